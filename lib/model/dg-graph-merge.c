/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-graph-private.h"
#include "dg-graph-data-private.h"
#include "dg-intern-private.h"

/* Appending a graph read apart (a part of a table or of N-Triples read on
 * another thread, a file read through a mapping on its own) onto the graph
 * read before it, as if it had been read there. */

struct _DgGraphMerge
{
  DgGraph *self, *part;
  guint32 *strings; /* the part's string ids -> ours */
  guint32 *nodes;   /* the part's nodes -> ours */
  guint32 *literals; /* the part's literals -> ours */
};

static gboolean
is_blank_name (const char *name)
{
  return name[0] == '_' && name[1] == ':';
}

/* Whether string @a of @self is string @b of @part (0: none). */
static gboolean
same_string (DgGraph *self, guint32 a, DgGraph *part, guint32 b)
{
  return a == 0 ? b == 0
                : b != 0
                      && g_str_equal (dg_intern_get (self->strings, a),
                                      dg_intern_get (part->strings, b));
}

/* Our node @part_node is, or DG_NO_NODE. */
static guint
lookup (DgGraph *self, DgGraph *part, guint part_node, DgGraphBlanks blanks, gpointer data)
{
  const char *name = dg_intern_get (part->strings, dg_graph_node_at (part, part_node)->iri);
  guint found;

  if (is_blank_name (name))
    return blanks (self, part_node, FALSE, data);
  return dg_graph_lookup_node (self, name, &found) ? found : DG_NO_NODE;
}

/* Whether @part, read after what @self holds, would read as it did alone. */
static gboolean
can_merge (DgGraph *self, DgGraph *part, DgGraphBlanks blanks, gpointer data)
{
  if ((part->n_blank && !blanks) || g_hash_table_size (part->n_citations) || part->current_graph
      || self->current_graph)
    return FALSE;
  if ((guint64)self->nodes->len + part->nodes->len >= DG_NO_NODE - 1
      || (guint64)self->literals->len + part->literals->len >= G_MAXUINT32 - 1
      /* Graph names keep to the bits an edge has for them. */
      || (guint64)dg_intern_get_size (self->strings) + dg_intern_get_size (part->strings)
             >= DG_MAX_GRAPH_ID)
    return FALSE;
  for (guint i = 0; i < part->nodes->len; i++)
    {
      const Node *pn = dg_graph_node_at (part, i);
      const Node *n;
      guint found;

      if (!pn->asserted)
        continue;
      /* A class stated in a graph with a blank name: not worth mapping. */
      if (pn->type_graph && is_blank_name (dg_intern_get (part->strings, pn->type_graph)))
        return FALSE;
      found = lookup (self, part, i, blanks, data);
      if (found == DG_NO_NODE || !(n = dg_graph_node_at (self, found))->asserted)
        continue;
      /* Typed again, otherwise: read in order, an error or an rdf:type
       * statement where it is stated. */
      if (!same_string (self, n->klass, part, pn->klass)
          || !same_string (self, n->type_graph, part, pn->type_graph))
        return FALSE;
    }
  return TRUE;
}

DgGraphMerge *
dg_graph_merge_begin (DgGraph *self, DgGraph *part, DgGraphBlanks blanks, gpointer blanks_data)
{
  DgGraphMerge *m;
  guint n_strings = dg_intern_get_size (part->strings) + 1;

  if (!can_merge (self, part, blanks, blanks_data))
    return NULL;
  m = g_new0 (DgGraphMerge, 1);
  m->self = self;
  m->part = g_object_ref (part);
  /* Strings in the part's order: those new to us get ids in the order a
   * reading in turn would have given them.  A blank node's name is ours,
   * given as its node is mapped (G_MAXUINT32 till then). */
  m->strings = g_new0 (guint32, n_strings);
  for (guint i = 0; i < part->nodes->len; i++)
    {
      guint32 iri = dg_graph_node_at (part, i)->iri;

      if (is_blank_name (dg_intern_get (part->strings, iri)))
        m->strings[iri] = G_MAXUINT32;
    }
  for (guint s = 1; s < n_strings; s++)
    if (m->strings[s] != G_MAXUINT32)
      m->strings[s] = dg_intern_add (self->strings, dg_intern_get (part->strings, s));
  m->nodes = g_new (guint32, MAX (part->nodes->len, 1));
  for (guint i = 0; i < part->nodes->len; i++)
    {
      const Node *pn = dg_graph_node_at (part, i);
      guint32 iri = m->strings[pn->iri];
      guint32 found;
      Node *n;

      if (iri == G_MAXUINT32)
        {
          found = blanks (self, i, TRUE, blanks_data) + 1;
          m->strings[pn->iri] = dg_graph_node_at (self, found - 1)->iri;
        }
      else
        found = iri < self->node_by_iri->len ? g_array_index (self->node_by_iri, guint32, iri) : 0;
      if (found)
        {
          m->nodes[i] = found - 1;
          n = dg_graph_node_at (self, found - 1);
          if (pn->asserted && !n->asserted)
            {
              dg_graph_set_class_id (self, n, m->strings[pn->klass]);
              n->type_graph = m->strings[pn->type_graph];
            }
          continue;
        }
      {
        Node fresh = { iri, m->strings[pn->klass], pn->asserted, m->strings[pn->type_graph] };

        g_array_append_val (self->nodes, fresh);
        if (iri >= self->node_by_iri->len)
          g_array_set_size (self->node_by_iri, iri + 1);
        g_array_index (self->node_by_iri, guint32, iri) = self->nodes->len;
        m->nodes[i] = self->nodes->len - 1;
        self->n_typed += pn->asserted;
      }
    }
  m->literals = g_new (guint32, MAX (part->literals->len, 1));
  for (guint i = 0; i < part->literals->len; i++)
    {
      const DgLiteral *pl = &g_array_index (part->literals, DgLiteral, i);

      m->literals[i] = dg_graph_literal_id (self, m->strings[pl->lexical], m->strings[pl->datatype],
                                            m->strings[pl->language]);
    }
  if (part->default_graph && !self->default_graph)
    self->default_graph = m->strings[part->default_graph];
  self->named_graphs |= part->named_graphs;
  self->index_valid = FALSE;
  return m;
}

guint
dg_graph_merge_node (DgGraphMerge *m, guint part_node)
{
  return m->nodes[part_node];
}

void
dg_graph_merge_statements (DgGraphMerge *m, guint from, guint to)
{
  DgGraph *part = m->part;

  /* All of them, the usual case: translated where they are and handed
   * over, not copied. */
  if (from == 0 && to == part->n_edges && part->segments->len == 1)
    {
      GArray *edges = g_ptr_array_steal_index (part->segments, 0);

      for (guint i = 0; i < edges->len; i++)
        {
          DgEdge *e = &g_array_index (edges, DgEdge, i);

          e->subject = m->nodes[e->subject];
          e->predicate = m->strings[e->predicate];
          e->object = e->is_literal ? m->literals[e->object] : m->nodes[e->object];
        }
      dg_graph_adopt_edges (m->self, edges, part->graph_runs, m->strings);
      g_array_unref (edges);
      /* The part is spent: it holds no statement now. */
      g_ptr_array_add (part->segments, g_array_new (FALSE, FALSE, sizeof (DgEdge)));
      g_array_set_size (part->graph_runs, 0);
      part->n_edges = 0;
      part->index_valid = FALSE;
      return;
    }
  for (guint i = from; i < to; i++)
    {
      const DgEdge *pe = dg_graph_edge (part, i);

      dg_graph_append_edge_in (m->self, m->nodes[pe->subject], m->strings[pe->predicate],
                               pe->is_literal ? m->literals[pe->object] : m->nodes[pe->object],
                               pe->is_literal, m->strings[dg_graph_edge_graph (part, i)]);
    }
}

void
dg_graph_merge_free (DgGraphMerge *m)
{
  if (!m)
    return;
  g_object_unref (m->part);
  g_free (m->strings);
  g_free (m->nodes);
  g_free (m->literals);
  g_free (m);
}
