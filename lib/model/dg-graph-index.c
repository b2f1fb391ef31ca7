/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dg-graph-data-private.h"
#include "dg-graph-index-private.h"

/* A statement of one subject as compared: an RDF graph is a set, and a
 * statement read twice is written once. */
typedef struct
{
  guint32 hash;
  guint32 position; /* in the subject's list */
  guint32 predicate;
  guint32 object; /* node or literal: a literal value is one literal */
  guint32 graph;
  guint32 is_literal;
} Keyed;

static gboolean
same_statement (const Keyed *a, const Keyed *b)
{
  return a->predicate == b->predicate && a->object == b->object && a->is_literal == b->is_literal
         && a->graph == b->graph;
}

static void
key_of (DgGraph *graph, guint32 edge, guint position, Keyed *k)
{
  const DgEdge *e = dg_graph_edge (graph, edge);

  k->predicate = e->predicate;
  k->object = e->object;
  k->is_literal = e->is_literal;
  k->graph = dg_graph_edge_graph (graph, edge);
  k->hash = (k->predicate * 2654435761u) ^ (k->graph * 40503u) ^ (k->object * 2246822519u)
            ^ k->is_literal;
  k->position = position;
}

static int
keyed_compare (gconstpointer a, gconstpointer b)
{
  const Keyed *x = a, *y = b;

  if (x->hash != y->hash)
    return x->hash < y->hash ? -1 : 1;
  return x->position < y->position ? -1 : x->position > y->position;
}

/* Few statements, the usual case, are compared pairwise. */
#define PAIRWISE 32

/* Marks in @keep the statements of one subject (@list, @n long) that repeat
 * an earlier one.  Few statements are compared pairwise; many are sorted by
 * hash first, so that a hub with 10^6 statements is not quadratic. */
static void
mark_repeats (DgGraph *graph, const guint32 *list, guint n, gboolean *keep)
{
  Keyed local[PAIRWISE];
  g_autofree Keyed *many = n > PAIRWISE ? g_new (Keyed, n) : NULL;
  Keyed *keys = many ? many : local;

  for (guint i = 0; i < n; i++)
    {
      key_of (graph, list[i], i, &keys[i]);
      keep[i] = TRUE;
    }
  if (n <= PAIRWISE)
    {
      for (guint i = 0; i < n; i++)
        for (guint j = 0; j < i && keep[i]; j++)
          if (keep[j] && same_statement (&keys[i], &keys[j]))
            keep[i] = FALSE;
      return;
    }
  qsort (keys, n, sizeof (Keyed), keyed_compare);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n && keys[j].hash == keys[i].hash; j++)
      if (keep[keys[j].position] && same_statement (&keys[i], &keys[j]))
        keep[keys[j].position] = FALSE;
}

/* Leaves out of the index each statement that repeats an earlier one of
 * its subject, keeping the first in its place; marks them in @repeated (a
 * bit per statement, zeroed by the caller).  Returns how many. */
static guint
drop_repeats (DgGraph *graph, guint32 *offsets, guint32 *order, guint n_nodes, guint8 *repeated)
{
  g_autoptr (GArray) keep = g_array_new (FALSE, FALSE, sizeof (gboolean));
  guint32 out = 0;
  guint n_repeated = 0;

  for (guint node = 0; node < n_nodes; node++)
    {
      guint32 start = offsets[node], n = offsets[node + 1] - start;

      g_array_set_size (keep, n);
      if (n > 1)
        mark_repeats (graph, order + start, n, (gboolean *)(gpointer)keep->data);
      offsets[node] = out;
      for (guint i = 0; i < n; i++)
        if (n == 1 || g_array_index (keep, gboolean, i))
          order[out++] = order[start + i];
        else
          {
            guint32 e = order[start + i];

            repeated[e / 8] |= 1u << (e % 8);
            n_repeated++;
          }
    }
  offsets[n_nodes] = out;
  return n_repeated;
}

void
dg_graph_build_index (DgGraph *self)
{
  guint n_nodes = self->nodes->len, n_edges = self->n_edges;
  guint32 *offsets, *order;

  if (self->index_valid)
    return;
  /* Counting sort by subject: linear, and stable, so each node's statements
   * keep the order in which they were added. */
  g_array_set_size (self->offsets, n_nodes + 1);
  g_array_set_size (self->order, n_edges);
  offsets = (guint32 *)(gpointer)self->offsets->data;
  order = (guint32 *)(gpointer)self->order->data;
  memset (offsets, 0, (n_nodes + 1) * sizeof (guint32));
  for (guint s = 0; s < self->segments->len; s++)
    {
      GArray *segment = g_ptr_array_index (self->segments, s);

      for (guint i = 0; i < segment->len; i++)
        offsets[g_array_index (segment, DgEdge, i).subject + 1]++;
    }
  for (guint i = 0; i < n_nodes; i++)
    offsets[i + 1] += offsets[i];
  /* Each node's offset serves as its fill mark, ending at the next node's;
   * shifted back after, so that no copy of them is held beside the order. */
  for (guint s = 0, i = 0; s < self->segments->len; s++)
    {
      GArray *segment = g_ptr_array_index (self->segments, s);

      for (guint k = 0; k < segment->len; k++, i++)
        order[offsets[g_array_index (segment, DgEdge, k).subject]++] = i;
    }
  memmove (offsets + 1, offsets, n_nodes * sizeof (guint32));
  offsets[0] = 0;
  g_array_set_size (self->repeated, 0);
  g_array_set_size (self->repeated, (n_edges + 7) / 8);
  self->n_duplicates = drop_repeats (self, offsets, order, n_nodes, (guint8 *)self->repeated->data);
  self->index_valid = TRUE;
}

const guint32 *
dg_graph_edges_of (DgGraph *self, guint node, guint *n_edges)
{
  const guint32 *offsets;

  dg_graph_build_index (self);
  offsets = (const guint32 *)(gconstpointer)self->offsets->data;
  *n_edges = offsets[node + 1] - offsets[node];
  /* An empty array may have no storage at all. */
  if (*n_edges == 0)
    return NULL;
  return (const guint32 *)(gconstpointer)self->order->data + offsets[node];
}

gboolean
dg_graph_edge_is_repeated (DgGraph *self, guint edge)
{
  dg_graph_build_index (self);
  return (g_array_index (self->repeated, guint8, edge / 8) >> (edge % 8)) & 1;
}
