/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-graph-private.h"
#include "dg-graph-data-private.h"
#include "dg-intern-private.h"

/* Appending a graph read apart (a part of a table read on another thread,
 * a file read through a mapping on its own) onto the graph read before
 * it, as if it had been read there. */

struct _DgGraphMerge
{
  DgGraph *self, *part;
  guint32 *strings; /* the part's string ids -> ours */
  guint32 *nodes;   /* the part's nodes -> ours */
  guint literal_base;
};

DgGraphMerge *
dg_graph_merge_begin (DgGraph *self, DgGraph *part)
{
  DgGraphMerge *m;
  guint n_strings = dg_intern_get_size (part->strings) + 1;

  /* Labels of blank nodes are numbered per graph, and citations and named
   * graphs keep state of their own: such a part is read again in order. */
  if (part->n_blank || part->named_graphs || part->current_graph
      || g_hash_table_size (part->n_citations) || self->current_graph)
    return NULL;
  for (guint i = 0; i < part->nodes->len; i++)
    {
      const Node *pn = dg_graph_node_at (part, i);
      guint found;

      if (pn->asserted
          && dg_graph_lookup_node (self, dg_intern_get (part->strings, pn->iri), &found)
          && dg_graph_node_at (self, found)->asserted
          && !g_str_equal (dg_intern_get (self->strings, dg_graph_node_at (self, found)->klass),
                           dg_intern_get (part->strings, pn->klass)))
        return NULL; /* read in order, it is an error where it is stated */
    }
  if ((guint64)self->nodes->len + part->nodes->len >= DG_NO_NODE - 1
      || (guint64)self->literals->len + part->literals->len >= G_MAXUINT32 - 1)
    return NULL;

  m = g_new0 (DgGraphMerge, 1);
  m->self = self;
  m->part = g_object_ref (part);
  /* Strings in the part's order: those new to us get ids in the order a
   * reading in turn would have given them. */
  m->strings = g_new (guint32, n_strings);
  m->strings[0] = 0;
  for (guint s = 1; s < n_strings; s++)
    m->strings[s] = dg_intern_add (self->strings, dg_intern_get (part->strings, s));
  m->nodes = g_new (guint32, MAX (part->nodes->len, 1));
  for (guint i = 0; i < part->nodes->len; i++)
    {
      const Node *pn = dg_graph_node_at (part, i);
      guint32 iri = m->strings[pn->iri];
      guint32 found
          = iri < self->node_by_iri->len ? g_array_index (self->node_by_iri, guint32, iri) : 0;
      Node *n;

      if (found)
        {
          m->nodes[i] = found - 1;
          n = dg_graph_node_at (self, found - 1);
          if (pn->asserted)
            dg_graph_set_class_id (self, n, m->strings[pn->klass]);
          continue;
        }
      {
        Node fresh = { iri, m->strings[pn->klass], pn->asserted, 0 };

        g_array_append_val (self->nodes, fresh);
        if (iri >= self->node_by_iri->len)
          g_array_set_size (self->node_by_iri, iri + 1);
        g_array_index (self->node_by_iri, guint32, iri) = self->nodes->len;
        m->nodes[i] = self->nodes->len - 1;
        self->n_typed += pn->asserted;
      }
    }
  m->literal_base = self->literals->len;
  for (guint i = 0; i < part->literals->len; i++)
    {
      const DgLiteral *pl = &g_array_index (part->literals, DgLiteral, i);
      DgLiteral l = { m->strings[pl->lexical], m->strings[pl->datatype], m->strings[pl->language] };

      g_array_append_val (self->literals, l);
    }
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
  for (guint i = from; i < to; i++)
    {
      const DgEdge *pe = &g_array_index (m->part->edges, DgEdge, i);

      dg_graph_append_edge_in (m->self, m->nodes[pe->subject], m->strings[pe->predicate],
                               pe->is_literal ? m->literal_base + pe->object : m->nodes[pe->object],
                               pe->is_literal, 0);
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
  g_free (m);
}
