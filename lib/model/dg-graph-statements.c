/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-graph-data-private.h"

/* How a graph holds its statements: 12 bytes each, in segments that a
 * graph read apart hands over whole; the named graph of each in runs; each
 * literal value once. */

/* Statements from @first on are in @graph. */
static void
add_graph_run (DgGraph *self, guint32 first, guint32 graph)
{
  GArray *runs = self->graph_runs;

  if (runs->len ? g_array_index (runs, GraphRun, runs->len - 1).graph != graph : graph != 0)
    {
      GraphRun run = { first, graph };

      /* A run given no statement is replaced, or dropped where the run
       * before it goes on. */
      if (runs->len && g_array_index (runs, GraphRun, runs->len - 1).first == first)
        {
          g_array_set_size (runs, runs->len - 1);
          add_graph_run (self, first, graph);
        }
      else
        g_array_append_val (runs, run);
    }
}

void
dg_graph_append_edge_in (DgGraph *self, guint subject, guint32 predicate, guint32 object,
                         gboolean literal, guint32 graph)
{
  DgEdge e = { subject, predicate, literal, object };

  g_array_append_val (g_ptr_array_index (self->segments, self->segments->len - 1), e);
  add_graph_run (self, self->n_edges++, graph);
  self->index_valid = FALSE;
}

void
dg_graph_adopt_edges (DgGraph *self, GArray *edges, GArray *runs, const guint32 *graph_ids)
{
  guint32 base = self->n_edges;

  if (!edges->len)
    return;
  add_graph_run (self, base, 0);
  for (guint i = 0; i < runs->len; i++)
    {
      const GraphRun *r = &g_array_index (runs, GraphRun, i);

      add_graph_run (self, base + r->first, graph_ids[r->graph]);
    }
  /* An empty last segment is replaced, not kept. */
  if (!((GArray *)g_ptr_array_index (self->segments, self->segments->len - 1))->len)
    {
      g_ptr_array_set_size (self->segments, self->segments->len - 1);
      g_array_set_size (self->segment_starts, self->segment_starts->len - 1);
    }
  g_ptr_array_add (self->segments, g_array_ref (edges));
  g_array_append_val (self->segment_starts, base);
  self->n_edges += edges->len;
  self->index_valid = FALSE;
}

const DgEdge *
dg_graph_edge (DgGraph *self, guint edge)
{
  const guint32 *starts = (const guint32 *)(gconstpointer)self->segment_starts->data;
  guint last = self->segments->len - 1, lo = 0, hi = last;

  /* Appending goes to the last segment: most statements are there. */
  if (edge >= starts[last])
    lo = last;
  else
    while (lo < hi)
      {
        guint mid = lo + (hi - lo + 1) / 2;

        if (starts[mid] <= edge)
          lo = mid;
        else
          hi = mid - 1;
      }
  return &g_array_index ((GArray *)g_ptr_array_index (self->segments, lo), DgEdge,
                         edge - starts[lo]);
}

guint32
dg_graph_edge_graph (DgGraph *self, guint edge)
{
  GArray *runs = self->graph_runs;
  guint lo = 0, hi = runs->len;

  /* The last run that starts at or before @edge. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (runs, GraphRun, mid).first <= edge)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo ? g_array_index (runs, GraphRun, lo - 1).graph : 0;
}

static guint
literal_hash (guint32 lexical, guint32 datatype, guint32 language)
{
  return (lexical * 2654435761u) ^ (datatype * 2246822519u) ^ (language * 3266489917u);
}

/* The slot holding the literal, or the empty one it would go into. */
static gsize
literal_slot (DgGraph *self, guint32 lexical, guint32 datatype, guint32 language)
{
  gsize i = literal_hash (lexical, datatype, language) & self->literal_mask;

  for (;; i = (i + 1) & self->literal_mask)
    {
      guint32 id = self->literal_table[i];
      const DgLiteral *l;

      if (!id)
        return i;
      l = &g_array_index (self->literals, DgLiteral, id - 1);
      if (l->lexical == lexical && l->datatype == datatype && l->language == language)
        return i;
    }
}

guint32
dg_graph_literal_id (DgGraph *self, guint32 lexical, guint32 datatype, guint32 language)
{
  gsize slot = literal_slot (self, lexical, datatype, language);
  DgLiteral l = { lexical, datatype, language };

  if (self->literal_table[slot])
    return self->literal_table[slot] - 1;
  g_array_append_val (self->literals, l);
  self->literal_table[slot] = self->literals->len;
  /* At most half full: a probe stays short. */
  if (self->literals->len * 2 > self->literal_mask)
    {
      gsize slots = (self->literal_mask + 1) * 2;

      g_free (self->literal_table);
      self->literal_table = g_new0 (guint32, slots);
      self->literal_mask = slots - 1;
      for (guint32 id = 0; id < self->literals->len; id++)
        {
          const DgLiteral *e = &g_array_index (self->literals, DgLiteral, id);

          self->literal_table[literal_slot (self, e->lexical, e->datatype, e->language)] = id + 1;
        }
    }
  return self->literals->len - 1;
}
