/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-error.h"
#include "dg-ontology-private.h"
#include "dg-ontology.h"
#include "dg-output-private.h"
#include "dg-text-private.h"

/* The vocabulary at hand (`diplograph terms`): the classes as a tree, the
 * relations with their domain and range, and the values of enumerations
 * (roles, partnership levels), each with its label in a language chain
 * and its IRI; or one term in detail.  Read from the ontology as loaded,
 * extensions included. */

#define DG_NS "https://w3id.org/diplograph#"

typedef struct
{
  DgOntology *ontology;
  const char *const *languages;
  DgTermsFormat format;
  GString *out;
} Lister;

/* "dg:State" for our terms, the IRI for others. */
static void
append_name (GString *out, const DgTerm *t)
{
  if (g_str_has_prefix (t->iri, DG_NS))
    g_string_append_printf (out, "dg:%s", t->local);
  else
    g_string_append_printf (out, "<%s>", t->iri);
}

static void
append_list (GString *out, GPtrArray *terms, const char *sep)
{
  for (guint i = 0; i < terms->len; i++)
    g_string_append_printf (out, "%s%s", i ? sep : "",
                            ((DgTerm *)g_ptr_array_index (terms, i))->local);
}

/* "  a kind of: A, B" on a line of its own, when @t has parents. */
static void
append_parents (GString *out, const DgTerm *t)
{
  if (!t->parents->len)
    return;
  g_string_append (out, "  a kind of: ");
  append_list (out, t->parents, ", ");
  g_string_append_c (out, '\n');
}

static void
append_keywords (GString *out, const DgTerm *t, const char *open, const char *close)
{
  if (!t->keywords->len)
    return;
  g_string_append (out, open);
  for (guint i = 0; i < t->keywords->len; i++)
    g_string_append_printf (out, "%s%s", i ? ", " : "",
                            (const char *)g_ptr_array_index (t->keywords, i));
  g_string_append (out, close);
}

static const char *
kind_word (DgTermKind kind)
{
  switch (kind)
    {
    case DG_TERM_CLASS:
      return "class";
    case DG_TERM_OBJECT_PROPERTY:
      return "relation";
    case DG_TERM_DATATYPE_PROPERTY:
      return "value";
    case DG_TERM_INDIVIDUAL:
    default:
      return "individual";
    }
}

/* The range of a relation as a reader says it: classes, or the datatype's
 * local name ("date", "decimal", "langString"). */
static void
append_range (GString *out, const DgTerm *t)
{
  if (t->kind == DG_TERM_DATATYPE_PROPERTY)
    g_string_append (out, t->datatype ? dg_text_iri_tail (t->datatype) : "text");
  else if (t->range->len)
    append_list (out, t->range, " | ");
  else
    g_string_append (out, "any");
}

static void
append_domain (GString *out, const DgTerm *t, const char *sep, const char *any)
{
  if (t->domain->len)
    append_list (out, t->domain, sep);
  else
    g_string_append (out, any);
}

/* A TSV row: kind, name, IRI, label, keywords, parents or types, domain,
 * range; tabs and newlines in labels become spaces. */
static void
tsv_row (Lister *l, const DgTerm *t)
{
  GString *out = l->out;
  const char *label = dg_term_label (t, l->languages);

  g_string_append_printf (out, "%s\t%s\t%s\t", kind_word (t->kind), t->local, t->iri);
  for (const char *p = label; *p; p++)
    g_string_append_c (out, *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
  g_string_append_c (out, '\t');
  for (guint i = 0; i < t->keywords->len; i++)
    g_string_append_printf (out, "%s%s", i ? "," : "",
                            (const char *)g_ptr_array_index (t->keywords, i));
  g_string_append_c (out, '\t');
  append_list (out, t->kind == DG_TERM_INDIVIDUAL ? t->types : t->parents, ",");
  g_string_append_c (out, '\t');
  append_list (out, t->domain, ",");
  g_string_append_c (out, '\t');
  if (t->kind == DG_TERM_OBJECT_PROPERTY || t->kind == DG_TERM_DATATYPE_PROPERTY)
    append_range (out, t);
  g_string_append_c (out, '\n');
}

static void
text_line (Lister *l, const DgTerm *t, guint depth)
{
  GString *out = l->out;

  g_string_append_printf (out, "%*s%s", 2 + 2 * depth, "", t->local);
  append_keywords (out, t, " (also ", ")");
  g_string_append_printf (out, "  \"%s\"", dg_term_label (t, l->languages));
  if (t->kind == DG_TERM_OBJECT_PROPERTY || t->kind == DG_TERM_DATATYPE_PROPERTY)
    {
      g_string_append (out, "  ");
      append_domain (out, t, " | ", "any");
      g_string_append (out, " -> ");
      append_range (out, t);
    }
  g_string_append (out, "  ");
  append_name (out, t);
  g_string_append_c (out, '\n');
}

static GPtrArray *
terms_of (DgOntology *o, DgTermKind kind)
{
  g_auto (GStrv) iris = dg_ontology_list_terms (o, kind);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; iris[i]; i++)
    g_ptr_array_add (out, dg_ontology_term (o, iris[i]));
  return out;
}

/* The class tree: each class under its first superclass of the ontology. */
static void
class_tree (Lister *l, GPtrArray *classes, DgTerm *parent, guint depth)
{
  for (guint i = 0; i < classes->len && depth < 32; i++)
    {
      DgTerm *c = g_ptr_array_index (classes, i);
      DgTerm *first = c->parents->len ? g_ptr_array_index (c->parents, 0) : NULL;

      if (first != parent)
        continue;
      text_line (l, c, depth);
      class_tree (l, classes, c, depth + 1);
    }
}

/* The enumerations: classes with individuals, under the relation that
 * takes them. */
static void
values_text (Lister *l, GPtrArray *classes, GPtrArray *individuals, GPtrArray *relations)
{
  for (guint i = 0; i < classes->len; i++)
    {
      DgTerm *c = g_ptr_array_index (classes, i);
      gboolean header = FALSE;

      for (guint k = 0; k < individuals->len; k++)
        {
          DgTerm *ind = g_ptr_array_index (individuals, k);

          if (!ind->types->len || g_ptr_array_index (ind->types, 0) != c)
            continue;
          if (!header)
            {
              g_string_append_printf (l->out, "  %s", c->local);
              for (guint r = 0; r < relations->len; r++)
                {
                  DgTerm *rel = g_ptr_array_index (relations, r);
                  if (rel->range->len == 1 && g_ptr_array_index (rel->range, 0) == c)
                    g_string_append_printf (l->out, " (%s=…)", rel->local);
                }
              g_string_append_c (l->out, '\n');
              header = TRUE;
            }
          text_line (l, ind, 1);
        }
    }
}

static void
list_all (Lister *l)
{
  g_autoptr (GPtrArray) classes = terms_of (l->ontology, DG_TERM_CLASS);
  g_autoptr (GPtrArray) objects = terms_of (l->ontology, DG_TERM_OBJECT_PROPERTY);
  g_autoptr (GPtrArray) values = terms_of (l->ontology, DG_TERM_DATATYPE_PROPERTY);
  g_autoptr (GPtrArray) individuals = terms_of (l->ontology, DG_TERM_INDIVIDUAL);

  if (l->format == DG_TERMS_TSV)
    {
      GPtrArray *all[] = { classes, objects, values, individuals };
      g_string_append (l->out, "kind\tname\tiri\tlabel\tkeywords\tparents\tdomain\trange\n");
      for (guint a = 0; a < G_N_ELEMENTS (all); a++)
        for (guint i = 0; i < all[a]->len; i++)
          tsv_row (l, g_ptr_array_index (all[a], i));
      return;
    }
  g_string_append (l->out, "Classes (the first word of a statement: \"State vietnam ...\")\n");
  class_tree (l, classes, NULL, 0);
  g_string_append (l->out, "\nRelations to nodes (key=id: \"party=vietnam\"; domain -> range)\n");
  for (guint i = 0; i < objects->len; i++)
    text_line (l, g_ptr_array_index (objects, i), 0);
  g_string_append (l->out, "\nValues (key=value: \"date=2023-11-27\"; domain -> type)\n");
  for (guint i = 0; i < values->len; i++)
    text_line (l, g_ptr_array_index (values, i), 0);
  g_string_append (
      l->out, "\nEnumerations (the values a relation takes: \"level=StrategicPartnership\")\n");
  values_text (l, classes, individuals, objects);
}

/* One term in detail: what it is, where it sits, what goes with it. */
static void
describe (Lister *l, DgTerm *t)
{
  GString *out = l->out;
  g_autoptr (GPtrArray) classes = terms_of (l->ontology, DG_TERM_CLASS);
  g_autoptr (GPtrArray) objects = terms_of (l->ontology, DG_TERM_OBJECT_PROPERTY);
  g_autoptr (GPtrArray) values = terms_of (l->ontology, DG_TERM_DATATYPE_PROPERTY);
  g_autoptr (GPtrArray) individuals = terms_of (l->ontology, DG_TERM_INDIVIDUAL);

  if (l->format == DG_TERMS_TSV)
    {
      tsv_row (l, t);
      return;
    }
  g_string_append_printf (out, "%s: %s %s", t->local,
                          t->kind == DG_TERM_INDIVIDUAL ? "an" : "a", kind_word (t->kind));
  append_keywords (out, t, ", also written ", "");
  g_string_append (out, ", ");
  append_name (out, t);
  g_string_append_printf (out, "\n  label: \"%s\"\n", dg_term_label (t, l->languages));
  if (t->kind == DG_TERM_CLASS)
    {
      GPtrArray *lists[] = { objects, values };

      append_parents (out, t);
      for (guint i = 0, n = 0; i < classes->len; i++)
        {
          DgTerm *c = g_ptr_array_index (classes, i);
          if (g_ptr_array_find (c->parents, t, NULL))
            g_string_append_printf (out, "%s%s", n++ ? " " : "  kinds of it: ", c->local);
          if (i + 1 == classes->len && n)
            g_string_append_c (out, '\n');
        }
      g_string_append (out, "  its relations and values:");
      for (guint a = 0; a < G_N_ELEMENTS (lists); a++)
        for (guint i = 0; i < lists[a]->len; i++)
          {
            DgTerm *r = g_ptr_array_index (lists[a], i);
            if (r->domain->len && dg_term_in_classes (t, r->domain))
              g_string_append_printf (out, " %s", r->local);
          }
      g_string_append (out, "\n  relations that point to it:");
      for (guint i = 0; i < objects->len; i++)
        {
          DgTerm *r = g_ptr_array_index (objects, i);
          if (r->range->len && dg_term_in_classes (t, r->range))
            g_string_append_printf (out, " %s", r->local);
        }
      g_string_append_c (out, '\n');
    }
  else if (t->kind == DG_TERM_INDIVIDUAL)
    {
      g_string_append (out, "  a value of type ");
      append_list (out, t->types, ", ");
      for (guint i = 0; i < objects->len; i++)
        {
          DgTerm *r = g_ptr_array_index (objects, i);
          if (t->types->len && r->range->len == 1
              && g_ptr_array_index (r->range, 0) == g_ptr_array_index (t->types, 0))
            g_string_append_printf (out, ": write %s=%s", r->local, t->local);
        }
      g_string_append_c (out, '\n');
    }
  else
    {
      g_string_append (out, "  on: ");
      append_domain (out, t, ", ", "any node");
      g_string_append (out, "\n  takes: ");
      append_range (out, t);
      g_string_append_c (out, '\n');
      append_parents (out, t);
      for (guint i = 0, n = 0; i < individuals->len; i++)
        {
          DgTerm *ind = g_ptr_array_index (individuals, i);
          if (ind->types->len && t->range->len
              && dg_term_in_classes (g_ptr_array_index (ind->types, 0), t->range))
            g_string_append_printf (out, "%s%s", n++ ? ", " : "  values: ", ind->local);
          if (i + 1 == individuals->len && n)
            g_string_append_c (out, '\n');
        }
    }
}

/**
 * dg_ontology_write_terms:
 * @self: a #DgOntology
 * @name: (nullable): a class, relation or value (its local name or a
 *   keyword) to describe, or %NULL for every term
 * @languages: (array zero-terminated=1) (nullable): the label languages,
 *   most preferred first
 * @format: text for people, or TSV for scripts
 * @stream: where to write
 * @error: return location for a #GError, or %NULL
 *
 * Writes the vocabulary: the classes as a tree, the relations with their
 * domain and range, the values of enumerations (roles, partnership levels),
 * each with its label and IRI; or the one term @name in detail.  An unknown
 * @name is a %DG_ERROR_UNKNOWN_TERM error with a suggestion.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_ontology_write_terms (DgOntology *self, const char *name, const char *const *languages,
                         DgTermsFormat format, GOutputStream *stream, GError **error)
{
  static const char *const english[] = { "en", NULL };
  Lister l = { self, languages ? languages : english, format, NULL };
  DgSink sink;

  g_return_val_if_fail (DG_IS_ONTOLOGY (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  if (name)
    {
      static const DgTermKind kinds[]
          = { DG_TERM_CLASS, DG_TERM_OBJECT_PROPERTY, DG_TERM_INDIVIDUAL };
      DgTerm *t = NULL;

      for (guint k = 0; k < G_N_ELEMENTS (kinds) && !t; k++)
        t = dg_ontology_find (self, kinds[k], name);
      if (!t)
        {
          /* The class lookup's message: a suggestion, or what a value is. */
          g_autoptr (GError) e = NULL;
          g_autoptr (GError) r = NULL;

          dg_ontology_lookup (self, DG_TERM_CLASS, name, &e);
          dg_ontology_lookup (self, DG_TERM_OBJECT_PROPERTY, name, &r);
          g_set_error (error, DG_ERROR, DG_ERROR_UNKNOWN_TERM, "%s",
                       strstr (r->message, "did you mean") && !strstr (e->message, "did you mean")
                           ? r->message
                           : e->message);
          return FALSE;
        }
    }
  dg_sink_init (&sink, stream);
  l.out = sink.buf;
  if (name)
    describe (&l, dg_ontology_find (self, DG_TERM_CLASS, name)
                      ?: dg_ontology_find (self, DG_TERM_OBJECT_PROPERTY, name)
                      ?: dg_ontology_find (self, DG_TERM_INDIVIDUAL, name));
  else
    list_all (&l);
  return dg_sink_finish (&sink, error);
}
