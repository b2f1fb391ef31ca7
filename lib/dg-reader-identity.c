/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-graph-private.h"
#include "dg-ontology-private.h"
#include "dg-reader-private.h"
#include "dg-text-private.h"
#include "dg-words-private.h"
#include "dg-xsd-private.h"

/* One entity defined twice under two ids, as happens when a file extends a
 * shared graph with a @base of its own: a warning at the second definition
 * naming the first, when the two share a value the ontology marks as
 * identifying (dg:identifying: an ISO 3166 code, an owl:sameAs link), or,
 * when defined in different files, a class and a label (case and
 * diacritics folded).  Within one file, a same label may well name two
 * entities (two coast guards, "Penjaga Pantai"). */

typedef struct
{
  DgReader *reader;
  GHashTable *first; /* key -> node + 1 */
  GHashTable *said;  /* "a b" node pairs warned of */
} Identity;

static void
warn (Identity *id, guint first, guint second, const char *why)
{
  DgReader *r = id->reader;
  DgGraph *g = dg_reader_get_graph (r);
  const DgPos *a = dg_reader_definition_of (r, first), *b = dg_reader_definition_of (r, second);
  g_autofree char *pair = g_strdup_printf ("%u %u", MIN (first, second), MAX (first, second));
  const char *first_name = dg_text_iri_tail (dg_graph_get_node_iri (g, first));

  if (g_hash_table_contains (id->said, pair))
    return;
  g_hash_table_add (id->said, g_steal_pointer (&pair));
  dg_reader_report (r, DG_SEVERITY_WARNING, b,
                    "<%s> may be <%s>, defined at %s:%u:%u: %s; if they are one entity, "
                    "keep one definition and name it from the other file "
                    "(its @base and \"about %s\", with @include of the file that defines it)",
                    dg_graph_get_node_iri (g, second), dg_graph_get_node_iri (g, first),
                    (const char *)g_ptr_array_index (r->files, a->file), a->line, a->column, why,
                    first_name);
}

/* Records @key for @node; warns when another node had it. */
static void
note (Identity *id, char *key, guint node, const char *why, gboolean other_file_only)
{
  gpointer seen;

  if (!g_hash_table_lookup_extended (id->first, key, NULL, &seen))
    {
      g_hash_table_insert (id->first, key, GUINT_TO_POINTER (node + 1));
      return;
    }
  g_free (key);
  if (GPOINTER_TO_UINT (seen) - 1 == node)
    return;
  if (other_file_only
      && dg_reader_definition_of (id->reader, GPOINTER_TO_UINT (seen) - 1)->file
             == dg_reader_definition_of (id->reader, node)->file)
    return;
  warn (id, GPOINTER_TO_UINT (seen) - 1, node, why);
}

void
dg_reader_check_identity (DgReader *self)
{
  DgGraph *g = dg_reader_get_graph (self);
  Identity id = { self, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                  g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) };
  guint32 label;
  gboolean has_label = dg_graph_string_id (g, DG_RDFS "label", &label);

  for (guint node = 0; node < dg_graph_get_n_nodes (g); node++)
    {
      const DgPos *pos = dg_reader_definition_of (self, node);
      const char *klass = dg_graph_get_node_class (g, node);
      const guint32 *edges;
      guint n;

      /* Only what the files define: a node they merely name is not one. */
      if (!pos || !klass || g_array_index (self->rdf_files, gboolean, pos->file))
        continue;
      edges = dg_graph_edges_of (g, node, &n);
      /* Identifying values first: the surer reason is the one given. */
      for (guint pass = 0; pass < 2; pass++)
        for (guint i = 0; i < n; i++)
          {
            const DgEdge *e = dg_graph_edge (g, edges[i]);
            DgTerm *t = dg_graph_predicate_term (g, e->predicate);
            const char *value;
            g_autofree char *why = NULL;

            if (e->is_literal)
              value = dg_graph_string (g, dg_graph_literal (g, e->object)->lexical);
            else
              value = dg_graph_get_node_iri (g, e->object);
            if (pass == 0 && t && (t->flags & DG_TERM_IDENTIFYING))
              {
                why = g_strdup_printf ("both have %s \"%s\"", t->local, value);
                note (&id, g_strdup_printf ("%s\t%s\t%s", klass, t->iri, value), node, why, FALSE);
              }
            else if (pass == 1 && has_label && e->predicate == label && e->is_literal)
              {
                g_autofree char *folded = dg_words_fold_text (value, strlen (value));
                why = g_strdup_printf ("both are a %s labelled \"%s\"", dg_text_iri_tail (klass),
                                       value);
                note (&id, g_strdup_printf ("%s\tlabel\t%s", klass, folded), node, why, TRUE);
              }
          }
    }
  g_hash_table_destroy (id.first);
  g_hash_table_destroy (id.said);
}
