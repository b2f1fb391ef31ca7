/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-error.h"
#include "dg-extract-private.h"
#include "dg-ontology-private.h"
#include "dg-xsd-private.h"

/* What the ontology tells the extractor about its terms beside the
 * lexicon: which roles a state has one holder of, which classes act for a
 * state or relate states, which classes an event's candidates become. */

typedef struct
{
  DgOntology *ontology;
  GHashTable *set;
  enum
  {
    BY_TERM,  /* the DgTerm* */
    BY_LOCAL, /* its local name */
    BY_IRI,   /* its IRI */
  } by;
  const char *value;
} On;

/* Terms annotated @value ("true"), into a set (the ontology owns what it
 * holds). */
static void
on_true_term (const char *subject, const char *text, const char *language, gpointer data)
{
  On *on = data;
  DgTerm *t = dg_ontology_term (on->ontology, subject);

  if (t && g_str_equal (text, on->value))
    g_hash_table_add (on->set, on->by == BY_TERM    ? (gpointer)t
                               : on->by == BY_LOCAL ? (gpointer)t->local
                                                    : (gpointer)t->iri);
}

/* A class annotated with the local name of another ("Talks"), into a map
 * of the one to the other. */
typedef struct
{
  DgOntology *ontology;
  GHashTable *map;
  const char *property;
  char *bad; /* the first value that names no class, or NULL */
} ClassOf;

static void
on_class_of (const char *subject, const char *text, const char *language, gpointer data)
{
  ClassOf *of = data;
  g_autofree char *iri = g_strconcat (DG_NS, text, NULL);
  DgTerm *from = dg_ontology_term (of->ontology, subject);
  DgTerm *to = dg_ontology_term (of->ontology, iri);

  if (from && to && from->kind == DG_TERM_CLASS && to->kind == DG_TERM_CLASS)
    g_hash_table_insert (of->map, from, to);
  else if (!of->bad)
    of->bad = g_strdup_printf ("dg:%s \"%s\" of <%s>: not two classes of the ontology",
                               of->property, text, subject);
}

static gboolean
read_class_of (DgOntology *ontology, const char *property, GHashTable *map, GError **error)
{
  g_autofree char *iri = g_strconcat (DG_NS, property, NULL);
  ClassOf of = { ontology, map, property, NULL };

  dg_ontology_foreach_literal (ontology, iri, on_class_of, &of);
  if (of.bad)
    {
      g_set_error_literal (error, DG_ERROR, DG_ERROR_INVALID_VALUE, of.bad);
      g_free (of.bad);
      return FALSE;
    }
  return TRUE;
}

gboolean
dg_extract_context_read_terms (DgExtractContext *cx, GHashTable *stands_via, GError **error)
{
  On on = { cx->ontology, stands_via, BY_IRI, "true" };

  cx->unique_roles = g_hash_table_new (g_str_hash, g_str_equal);
  cx->acts_for = g_hash_table_new (g_direct_hash, g_direct_equal);
  cx->between_states = g_hash_table_new (g_direct_hash, g_direct_equal);
  cx->between_acting = g_hash_table_new (g_direct_hash, g_direct_equal);
  cx->of_two = g_hash_table_new (g_direct_hash, g_direct_equal);
  cx->abroad = g_hash_table_new (g_direct_hash, g_direct_equal);
  dg_ontology_foreach_literal (cx->ontology, DG_NS "standsFor", on_true_term, &on);
  on = (On){ cx->ontology, cx->unique_roles, BY_LOCAL, "true" };
  dg_ontology_foreach_literal (cx->ontology, DG_NS "uniqueInState", on_true_term, &on);
  on = (On){ cx->ontology, cx->acts_for, BY_TERM, "true" };
  dg_ontology_foreach_literal (cx->ontology, DG_NS "actsFor", on_true_term, &on);
  on = (On){ cx->ontology, cx->between_states, BY_TERM, "true" };
  dg_ontology_foreach_literal (cx->ontology, DG_NS "betweenStates", on_true_term, &on);
  on = (On){ cx->ontology, cx->between_acting, BY_TERM, "acting" };
  dg_ontology_foreach_literal (cx->ontology, DG_NS "betweenStates", on_true_term, &on);
  return read_class_of (cx->ontology, "twoPersonClass", cx->of_two, error)
         && read_class_of (cx->ontology, "abroadClass", cx->abroad, error);
}

void
dg_extract_context_clear_terms (DgExtractContext *cx)
{
  g_clear_pointer (&cx->unique_roles, g_hash_table_destroy);
  g_clear_pointer (&cx->acts_for, g_hash_table_destroy);
  g_clear_pointer (&cx->between_states, g_hash_table_destroy);
  g_clear_pointer (&cx->between_acting, g_hash_table_destroy);
  g_clear_pointer (&cx->of_two, g_hash_table_destroy);
  g_clear_pointer (&cx->abroad, g_hash_table_destroy);
}
