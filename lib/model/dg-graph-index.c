/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdlib.h>

#include "dg-graph-index-private.h"

/* Whether two statements of one subject say the same: an RDF graph is a
 * set, and a statement read twice is written once. */
static gboolean
same_statement (GArray *literals, const DgEdge *a, const DgEdge *b)
{
  const DgLiteral *la, *lb;

  if (a->predicate != b->predicate || a->is_literal != b->is_literal || a->graph != b->graph)
    return FALSE;
  if (!a->is_literal)
    return a->object == b->object;
  if (a->object == b->object)
    return TRUE;
  la = &g_array_index (literals, DgLiteral, a->object);
  lb = &g_array_index (literals, DgLiteral, b->object);
  return la->lexical == lb->lexical && la->datatype == lb->datatype
         && la->language == lb->language;
}

static guint32
statement_hash (GArray *literals, const DgEdge *e)
{
  guint32 h = e->predicate * 2654435761u ^ e->graph * 40503u ^ e->is_literal;

  if (!e->is_literal)
    return h ^ (e->object * 2246822519u);
  {
    const DgLiteral *l = &g_array_index (literals, DgLiteral, e->object);
    return h ^ (l->lexical * 2246822519u) ^ (l->datatype * 3266489917u) ^ l->language;
  }
}

typedef struct
{
  guint32 hash;
  guint32 position; /* in the subject's list */
} Keyed;

static int
keyed_compare (gconstpointer a, gconstpointer b)
{
  const Keyed *x = a, *y = b;

  if (x->hash != y->hash)
    return x->hash < y->hash ? -1 : 1;
  return x->position < y->position ? -1 : x->position > y->position;
}

/* Marks in @keep the statements of one subject (@list, @n long) that repeat
 * an earlier one.  Few statements are compared pairwise; many are sorted by
 * hash first, so that a hub with 10^6 statements is not quadratic. */
static void
mark_repeats (GArray *edges, GArray *literals, const guint32 *list, guint n, gboolean *keep)
{
  if (n <= 32)
    {
      for (guint i = 0; i < n; i++)
        {
          keep[i] = TRUE;
          for (guint j = 0; j < i && keep[i]; j++)
            if (keep[j]
                && same_statement (literals, &g_array_index (edges, DgEdge, list[i]),
                                   &g_array_index (edges, DgEdge, list[j])))
              keep[i] = FALSE;
        }
      return;
    }
  {
    g_autofree Keyed *keys = g_new (Keyed, n);

    for (guint i = 0; i < n; i++)
      {
        keys[i].hash = statement_hash (literals, &g_array_index (edges, DgEdge, list[i]));
        keys[i].position = i;
        keep[i] = TRUE;
      }
    qsort (keys, n, sizeof (Keyed), keyed_compare);
    for (guint i = 0; i < n; i++)
      for (guint j = i + 1; j < n && keys[j].hash == keys[i].hash; j++)
        if (keep[keys[j].position]
            && same_statement (literals, &g_array_index (edges, DgEdge, list[keys[i].position]),
                               &g_array_index (edges, DgEdge, list[keys[j].position])))
          keep[keys[j].position] = FALSE;
  }
}

guint
dg_edges_drop_repeats (GArray *edges, GArray *literals, guint32 *offsets, guint32 *order,
                       guint n_nodes, guint8 *repeated)
{
  g_autoptr (GArray) keep = g_array_new (FALSE, FALSE, sizeof (gboolean));
  guint32 out = 0;
  guint n_repeated = 0;

  for (guint node = 0; node < n_nodes; node++)
    {
      guint32 start = offsets[node], n = offsets[node + 1] - start;

      g_array_set_size (keep, n);
      if (n > 1)
        mark_repeats (edges, literals, order + start, n, (gboolean *)(gpointer)keep->data);
      offsets[node] = out;
      for (guint i = 0; i < n; i++)
        if (n == 1 || g_array_index (keep, gboolean, i))
          order[out++] = order[start + i];
        else
          {
            repeated[order[start + i]] = 1;
            n_repeated++;
          }
    }
  offsets[n_nodes] = out;
  return n_repeated;
}
