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

static int
compare_parts (gconstpointer a, gconstpointer b)
{
  guint64 x = *(const guint64 *)a, y = *(const guint64 *)b;
  return x < y ? -1 : x > y;
}

/* The fact's key statements as numbers, sorted: interned ids, so that
 * comparing two facts allocates no text (a graph holds millions).  A link
 * is its node, a value its interned text; empty for a node that is no
 * fact (fewer than two links). */
static void
fact_parts (DgGraph *g, GHashTable *keys, guint32 label, guint node, GArray *parts)
{
  const guint32 *edges;
  guint n, links = 0;

  g_array_set_size (parts, 0);
  if (!dg_graph_get_node_class (g, node))
    return;
  edges = dg_graph_edges_of (g, node, &n);
  for (guint i = 0; i < n; i++)
    {
      const DgEdge *e = dg_graph_edge (g, edges[i]);
      guint64 part = (guint64)e->predicate << 32;

      if (e->predicate != label && !g_hash_table_contains (keys, GUINT_TO_POINTER (e->predicate)))
        continue;
      if (e->is_literal)
        part |= dg_graph_literal (g, e->object)->lexical;
      else
        {
          /* A node, not a text of the same number. */
          part |= (guint64)e->object | (guint64)1 << 63;
          links++;
        }
      g_array_append_val (parts, part);
    }
  if (links < 2)
    g_array_set_size (parts, 0);
  else
    g_array_sort (parts, compare_parts);
}

static guint
parts_hash (GArray *parts, guint h)
{
  for (guint i = 0; i < parts->len; i++)
    {
      guint64 part = g_array_index (parts, guint64, i);
      h = h * 31 + (guint)(part ^ (part >> 32));
    }
  return h;
}

/* How the warning says the fact: its key statements, sorted. */
static char *
fact_text (DgGraph *g, GArray *parts)
{
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      guint64 part = g_array_index (parts, guint64, i);
      const char *p = dg_graph_string (g, (guint32)(part >> 32 & 0x7fffffff));
      guint32 v = (guint32)part;
      gboolean label = g_str_equal (p, DG_RDFS "label");
      const char *value
          = part >> 63 ? dg_text_iri_tail (dg_graph_get_node_iri (g, v)) : dg_graph_string (g, v);

      g_ptr_array_add (texts,
                       g_strdup_printf ("%s=%s", label ? "label" : dg_text_iri_tail (p), value));
    }
  g_ptr_array_sort (texts, compare_strings);
  for (guint i = 0; i < texts->len; i++)
    g_string_append_printf (out, "%s%s", i ? " " : "", (char *)g_ptr_array_index (texts, i));
  return g_string_free (out, FALSE);
}

void
dg_reader_check_same_facts (DgReader *self)
{
  DgGraph *g = self->graph;
  g_autoptr (GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) keys = g_hash_table_new (NULL, NULL);
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL); /* hash -> first node + 1 */
  g_autoptr (GArray) parts = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr (GArray) other = g_array_new (FALSE, FALSE, sizeof (guint64));
  GHashTableIter iter;
  gpointer name;
  guint32 label = 0, id;

  /* Only facts of two files are warned of: one file read, nothing to do. */
  if (self->files->len < 2)
    return;
  dg_ontology_foreach_literal (self->ontology, DG_NS "factKey", on_fact_key, names);
  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    if (dg_graph_string_id (g, name, &id))
      g_hash_table_add (keys, GUINT_TO_POINTER (id));
  if (!g_hash_table_size (keys))
    return;
  dg_graph_string_id (g, DG_RDFS "label", &label);
  for (guint node = 0; node < dg_graph_get_n_nodes (g); node++)
    {
      const DgPos *pos = dg_reader_definition_of (self, node);
      const char *klass;
      gpointer first;
      guint h;

      if (!pos || g_array_index (self->rdf_files, gboolean, pos->file))
        continue;
      fact_parts (g, keys, label, node, parts);
      if (!parts->len)
        continue;
      klass = dg_graph_get_node_class (g, node);
      h = parts_hash (parts, g_str_hash (klass));
      if (!g_hash_table_lookup_extended (seen, GUINT_TO_POINTER (h), NULL, &first))
        {
          g_hash_table_insert (seen, GUINT_TO_POINTER (h), GUINT_TO_POINTER (node + 1));
          continue;
        }
      {
        guint earlier = GPOINTER_TO_UINT (first) - 1;
        const DgPos *at = dg_reader_definition_of (self, earlier);
        g_autofree char *shown = NULL;

        /* Equal hashes: the same fact only with the same class and parts. */
        fact_parts (g, keys, label, earlier, other);
        if (at->file == pos->file || !g_str_equal (klass, dg_graph_get_node_class (g, earlier))
            || other->len != parts->len
            || memcmp (other->data, parts->data, parts->len * sizeof (guint64)) != 0)
          continue;
        shown = fact_text (g, parts);
        dg_reader_report (self, DG_SEVERITY_WARNING, pos,
                          "<%s> may be the fact <%s>, defined at %s:%u:%u: both are a %s with %s; "
                          "if they are one, keep one (\"about %s\" adds to it)",
                          dg_graph_get_node_iri (g, node), dg_graph_get_node_iri (g, earlier),
                          (const char *)g_ptr_array_index (self->files, at->file), at->line,
                          at->column, dg_text_iri_tail (klass), shown,
                          dg_text_iri_tail (dg_graph_get_node_iri (g, earlier)));
      }
    }
}
