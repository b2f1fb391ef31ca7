/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-error.h"
#include "dg-ontology.h"
#include "dg-ontology-private.h"
#include "dg-ontology-data-private.h"
#include "dg-text.h"
#include "dg-text-private.h"

/* Terms as users name them: a keyword of a `.dg` file to its term, with a
 * "did you mean" when it is none; the values an enumeration takes; and
 * the questions asked of a term (its class's ancestors, its label). */

static const char *
kind_name (DgTermKind kind)
{
  switch (kind)
    {
    case DG_TERM_CLASS:
      return "class";
    case DG_TERM_OBJECT_PROPERTY:
    case DG_TERM_DATATYPE_PROPERTY:
      return "relation";
    case DG_TERM_INDIVIDUAL:
    default:
      return "individual";
    }
}

/**
 * dg_ontology_lookup:
 * @self: a #DgOntology
 * @kind: %DG_TERM_CLASS, a property kind (either finds both) or
 *   %DG_TERM_INDIVIDUAL
 * @keyword: a local name or `dg:keyword` of a term
 * @error: return location for a #GError, or %NULL
 *
 * Finds the term a `.dg` file means by @keyword.  An unknown keyword fails
 * with %DG_ERROR_UNKNOWN_TERM and a "did you mean" suggestion when a known
 * keyword is close.
 *
 * Returns: (transfer none) (nullable): the IRI of the term, or %NULL
 */
static GPtrArray *values_of (DgOntology *self, DgTerm *property);

/* The relation whose values the individuals of @type are (level for
 * partnership levels, role for roles), or NULL. */
static DgTerm *
relation_for_values (DgOntology *self, DgTerm *type)
{
  for (guint i = 0; i < self->by_kind[DG_TERM_OBJECT_PROPERTY]->len; i++)
    {
      DgTerm *rel = g_ptr_array_index (self->by_kind[DG_TERM_OBJECT_PROPERTY], i);
      if (rel->range->len == 1 && g_ptr_array_index (rel->range, 0) == type)
        return rel;
    }
  return NULL;
}

const char *
dg_ontology_lookup (DgOntology *self, DgTermKind kind, const char *keyword, GError **error)
{
  GHashTable *table;
  GPtrArray *list;
  GHashTableIter iter;
  gpointer key;
  const char *best = NULL;
  guint best_distance, limit;

  g_return_val_if_fail (DG_IS_ONTOLOGY (self), NULL);
  table = self->by_keyword[dg_ontology_group_of (kind)];
  list = g_hash_table_lookup (table, keyword);
  if (list && list->len == 1)
    return ((DgTerm *)g_ptr_array_index (list, 0))->iri;
  if (list && list->len > 1)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_UNKNOWN_TERM, "ambiguous %s \"%s\": <%s> or <%s>",
                   kind_name (kind), keyword, ((DgTerm *)g_ptr_array_index (list, 0))->iri,
                   ((DgTerm *)g_ptr_array_index (list, 1))->iri);
      return NULL;
    }
  limit = MAX (2, (guint)strlen (keyword) / 3);
  best_distance = limit + 1;
  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint d = dg_text_edit_distance (keyword, key, limit);
      /* Ties go to the smaller keyword so the suggestion is deterministic. */
      if (d < best_distance || (d == best_distance && best && strcmp (key, best) < 0))
        {
          best_distance = d;
          best = key;
        }
    }
  if (kind == DG_TERM_CLASS
      && (list = g_hash_table_lookup (self->by_keyword[dg_ontology_group_of (DG_TERM_INDIVIDUAL)],
                                      keyword)))
    {
      /* "StrategicPartnership" as a class: say what it is, and where it goes. */
      DgTerm *ind = g_ptr_array_index (list, 0);
      DgTerm *type = ind->types->len ? g_ptr_array_index (ind->types, 0) : NULL;
      DgTerm *rel = type ? relation_for_values (self, type) : NULL;

      if (rel)
        g_set_error (error, DG_ERROR, DG_ERROR_UNKNOWN_TERM,
                     "\"%s\" is not a class but a value of %s: write %s=%s on a %s", keyword,
                     rel->local, rel->local, ind->local,
                     rel->domain->len ? ((DgTerm *)g_ptr_array_index (rel->domain, 0))->local
                                      : "node");
      else
        g_set_error (error, DG_ERROR, DG_ERROR_UNKNOWN_TERM, "\"%s\" is not a class but a %s",
                     keyword, type ? type->local : "value");
    }
  else if (best && best_distance <= limit)
    g_set_error (error, DG_ERROR, DG_ERROR_UNKNOWN_TERM, "unknown %s \"%s\" (did you mean \"%s\"?)",
                 kind_name (kind), keyword, best);
  else
    g_set_error (error, DG_ERROR, DG_ERROR_UNKNOWN_TERM, "unknown %s \"%s\"", kind_name (kind),
                 keyword);
  return NULL;
}

/* The individuals that are values of @property (an enumeration: roles,
 * partnership levels), or NULL when its range has none. */
static GPtrArray *
values_of (DgOntology *self, DgTerm *property)
{
  GPtrArray *out = NULL;

  if (!property || property->kind != DG_TERM_OBJECT_PROPERTY || !property->range->len)
    return NULL;
  for (guint i = 0; i < self->by_kind[DG_TERM_INDIVIDUAL]->len; i++)
    {
      DgTerm *ind = g_ptr_array_index (self->by_kind[DG_TERM_INDIVIDUAL], i);
      gboolean fits = FALSE;

      for (guint k = 0; k < ind->types->len && !fits; k++)
        fits = dg_term_in_classes (g_ptr_array_index (ind->types, k), property->range);
      if (!fits)
        continue;
      if (!out)
        out = g_ptr_array_new ();
      g_ptr_array_add (out, ind);
    }
  return out;
}

char *
dg_ontology_explain_value (DgOntology *self, const char *property_iri, const char *wrong)
{
  DgTerm *property = g_hash_table_lookup (self->by_iri, property_iri);
  g_autoptr (GPtrArray) values = values_of (self, property);
  guint limit = MAX (2, (guint)strlen (wrong) / 3), best_d;
  DgTerm *best = NULL;
  GString *out;

  if (!values)
    return NULL;
  best_d = limit + 1;
  for (guint i = 0; i < values->len; i++)
    {
      DgTerm *v = g_ptr_array_index (values, i);
      guint d = dg_text_edit_distance (wrong, v->local, limit);
      if (d < best_d)
        {
          best_d = d;
          best = v;
        }
    }
  if (best)
    return g_strdup_printf ("did you mean \"%s\"?", best->local);
  out = g_string_new (NULL);
  g_string_append_printf (out, "%s takes one of:", property->local);
  for (guint i = 0; i < values->len; i++)
    g_string_append_printf (out, "%s %s", i ? "," : "",
                            ((DgTerm *)g_ptr_array_index (values, i))->local);
  return g_string_free (out, FALSE);
}

gboolean
dg_term_is_a (const DgTerm *klass, const DgTerm *super)
{
  if (!klass || !super || klass->kind != DG_TERM_CLASS || super->kind != DG_TERM_CLASS)
    return FALSE;
  return (klass->ancestors[super->index / 64] >> (super->index % 64)) & 1;
}

gboolean
dg_term_in_classes (const DgTerm *klass, GPtrArray *classes)
{
  for (guint i = 0; i < classes->len; i++)
    if (dg_term_is_a (klass, g_ptr_array_index (classes, i)))
      return TRUE;
  return FALSE;
}

gboolean
dg_term_in_any (const DgTerm *klass, GPtrArray *classes)
{
  return classes->len == 0 || dg_term_in_classes (klass, classes);
}

/**
 * dg_ontology_is_subclass_of:
 * @self: a #DgOntology
 * @class_iri: a class IRI
 * @super_iri: another class IRI
 *
 * Returns: %TRUE if @class_iri is @super_iri or one of its subclasses
 */
gboolean
dg_ontology_is_subclass_of (DgOntology *self, const char *class_iri, const char *super_iri)
{
  g_return_val_if_fail (DG_IS_ONTOLOGY (self), FALSE);
  return dg_term_is_a (dg_ontology_term (self, class_iri), dg_ontology_term (self, super_iri));
}

const char *
dg_term_label (const DgTerm *term, const char *const *languages)
{
  for (guint l = 0; languages && languages[l]; l++)
    for (guint i = 0; i < term->labels->len; i++)
      {
        const DgLabel *label = &g_array_index (term->labels, DgLabel, i);
        if (g_ascii_strcasecmp (label->language, languages[l]) == 0)
          return label->text;
      }
  for (guint i = 0; i < term->labels->len; i++)
    {
      const DgLabel *label = &g_array_index (term->labels, DgLabel, i);
      if (label->language[0] == '\0' || g_ascii_strncasecmp (label->language, "en", 2) == 0)
        return label->text;
    }
  return term->local;
}

/**
 * dg_ontology_get_label:
 * @self: a #DgOntology
 * @iri: the IRI of a term
 * @languages: (array zero-terminated=1) (nullable): language tags in order of
 *   preference
 *
 * The label of a term in the first of @languages it has, else its English or
 * untagged label, else its local name.
 *
 * Returns: (transfer none) (nullable): the label, or %NULL if @iri is not a term
 */
const char *
dg_ontology_get_label (DgOntology *self, const char *iri, const char *const *languages)
{
  DgTerm *t;

  g_return_val_if_fail (DG_IS_ONTOLOGY (self), NULL);
  t = dg_ontology_term (self, iri);
  return t ? dg_term_label (t, languages) : NULL;
}

/* The legend family of class @t (dg:legendFamily): the furthest class
 * along its first parents that heads one (the flag is inherited, so that
 * is where it was stated); NULL when none does. */
const DgTerm *
dg_term_legend_family (const DgTerm *t)
{
  const DgTerm *f = NULL;

  for (const DgTerm *c = t; c; c = c->parents->len ? g_ptr_array_index (c->parents, 0) : NULL)
    if (c->flags & DG_TERM_LEGEND_FAMILY)
      f = c;
  return f;
}
