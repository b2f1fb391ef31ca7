/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-graph-private.h"
#include "dg-ontology-private.h"
#include "dg-reader-private.h"
#include "dg-text-private.h"
#include "dg-xsd-private.h"

/* One fact stated in two files: candidates of an article merged into a
 * graph that holds their fact already.  Two nodes of one class defined in
 * different files are warned of when the statements of the relations the
 * ontology marks dg:factKey (parties, level, date …) are the same, at least
 * two of them links to nodes, and so are their labels where they have any
 * (two MoUs signed one day by the same states differ by their names). */

static void
on_fact_key (const char *subject, const char *text, const char *language, gpointer data)
{
  (void)language;
  if (g_str_equal (text, "true"))
    g_hash_table_add (data, g_strdup (subject));
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* The fact's key: its class, then its key statements and labels sorted;
 * NULL for a node that is no fact. */
static char *
fact_key (DgGraph *g, GHashTable *keys, guint node, char **shown)
{
  const char *klass = dg_graph_get_node_class (g, node);
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  GString *key, *why;
  const guint32 *edges;
  guint n, links = 0;

  if (!klass)
    return NULL;
  edges = dg_graph_edges_of (g, node, &n);
  for (guint i = 0; i < n; i++)
    {
      const DgEdge *e = dg_graph_edge (g, edges[i]);
      const char *p = dg_graph_string (g, e->predicate);
      gboolean label = g_str_equal (p, DG_RDFS "label");
      const char *value;

      if (!label && !g_hash_table_contains (keys, p))
        continue;
      if (e->is_literal)
        value = dg_graph_string (g, dg_graph_literal (g, e->object)->lexical);
      else
        {
          value = dg_graph_get_node_iri (g, e->object);
          links++;
        }
      g_ptr_array_add (parts, g_strdup_printf ("%s=%s", label ? "label" : dg_text_iri_tail (p),
                                               label ? value : dg_text_iri_tail (value)));
    }
  if (links < 2)
    return NULL;
  g_ptr_array_sort (parts, compare_strings);
  key = g_string_new (klass);
  why = g_string_new (NULL);
  for (guint i = 0; i < parts->len; i++)
    {
      g_string_append_printf (key, "\n%s", (char *)g_ptr_array_index (parts, i));
      g_string_append_printf (why, "%s%s", why->len ? " " : "",
                              (char *)g_ptr_array_index (parts, i));
    }
  *shown = g_string_free (why, FALSE);
  return g_string_free (key, FALSE);
}

void
dg_reader_check_same_facts (DgReader *self)
{
  DgGraph *g = self->graph;
  g_autoptr (GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Only facts of two files are warned of: one file read, nothing to do
   * (a large table converted is not keyed node by node). */
  if (self->files->len < 2)
    return;
  dg_ontology_foreach_literal (self->ontology, DG_NS "factKey", on_fact_key, keys);
  if (!g_hash_table_size (keys))
    return;
  for (guint node = 0; node < dg_graph_get_n_nodes (g); node++)
    {
      const DgPos *pos = dg_reader_definition_of (self, node);
      g_autofree char *shown = NULL;
      g_autofree char *key = NULL;
      gpointer first;

      if (!pos || g_array_index (self->rdf_files, gboolean, pos->file))
        continue;
      key = fact_key (g, keys, node, &shown);
      if (!key)
        continue;
      if (!g_hash_table_lookup_extended (seen, key, NULL, &first))
        {
          g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (node));
          continue;
        }
      {
        guint other = GPOINTER_TO_UINT (first);
        const DgPos *at = dg_reader_definition_of (self, other);

        if (at->file == pos->file)
          continue;
        dg_reader_report (self, DG_SEVERITY_WARNING, pos,
                          "<%s> may be the fact <%s>, defined at %s:%u:%u: both are a %s with %s; "
                          "if they are one, keep one (\"about %s\" adds to it)",
                          dg_graph_get_node_iri (g, node), dg_graph_get_node_iri (g, other),
                          (const char *)g_ptr_array_index (self->files, at->file), at->line,
                          at->column, dg_text_iri_tail (dg_graph_get_node_class (g, node)), shown,
                          dg_text_iri_tail (dg_graph_get_node_iri (g, other)));
      }
    }
}
