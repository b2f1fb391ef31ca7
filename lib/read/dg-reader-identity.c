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
  GHashTable *said; /* "a b" node pairs warned of */
} Identity;

/* Why two nodes may be one: both have @property's @value, or, when
 * @property is NULL, both are a @klass labelled @value.  Said only when
 * warned of: most keys are seen once. */
typedef struct
{
  const char *property; /* local name */
  const char *klass;
  const char *value;
} Reason;

static void
warn (Identity *id, guint first, guint second, const Reason *reason)
{
  DgReader *r = id->reader;
  DgGraph *g = dg_reader_get_graph (r);
  const DgPos *a = dg_reader_definition_of (r, first), *b = dg_reader_definition_of (r, second);
  g_autofree char *pair = g_strdup_printf ("%u %u", MIN (first, second), MAX (first, second));
  const char *first_name = dg_text_iri_tail (dg_graph_get_node_iri (g, first));
  g_autofree char *why = NULL;

  if (g_hash_table_contains (id->said, pair))
    return;
  why = reason->property ? g_strdup_printf ("both have %s \"%s\"", reason->property, reason->value)
                         : g_strdup_printf ("both are a %s labelled \"%s\"",
                                            dg_text_iri_tail (reason->klass), reason->value);
  g_hash_table_add (id->said, g_steal_pointer (&pair));
  dg_reader_report (r, DG_SEVERITY_WARNING, b,
                    "<%s> may be <%s>, defined at %s:%u:%u: %s; if they are one entity, "
                    "keep one definition and name it from the other file "
                    "(its @base and \"about %s\", with @include of the file that defines it)",
                    dg_graph_get_node_iri (g, second), dg_graph_get_node_iri (g, first),
                    (const char *)g_ptr_array_index (r->files, a->file), a->line, a->column, why,
                    first_name);
}

/* The keys of the nodes @from to @to, computed apart from noting them so
 * that slices of the nodes can be computed on several threads at once (the
 * graph is only read; the ontology's terms are looked up, not the graph's
 * cache of them) and noted in node order, as one pass would. */
typedef struct
{
  guint node;
  guint32 edge;
  DgTerm *identifying; /* NULL: a label */
  char *key;
  guint hash;
} Key;

typedef struct
{
  DgReader *reader;
  guint from, to;
  guint32 label; /* 0: the graph has no label */
  GArray *keys;  /* Key */
  GHashTable *terms; /* predicate id -> DgTerm* or NULL */
  GThread *thread;
} Slice;

static DgTerm *
predicate_term (Slice *s, guint32 predicate)
{
  gpointer found;

  if (!g_hash_table_lookup_extended (s->terms, GUINT_TO_POINTER (predicate), NULL, &found))
    {
      DgGraph *g = dg_reader_get_graph (s->reader);
      found = dg_ontology_term (dg_graph_get_ontology (g), dg_graph_string (g, predicate));
      g_hash_table_insert (s->terms, GUINT_TO_POINTER (predicate), found);
    }
  return found;
}

static const char *
value_of (DgGraph *g, const DgEdge *e)
{
  return e->is_literal ? dg_graph_string (g, dg_graph_literal (g, e->object)->lexical)
                       : dg_graph_get_node_iri (g, e->object);
}

/* The key of statement @edge of @node: its class, the identifying
 * property and the value, or its class and the label folded. */
static char *
make_key (DgGraph *g, guint node, guint32 edge, gboolean identifying)
{
  const DgEdge *e = dg_graph_edge (g, edge);
  const char *klass = dg_graph_get_node_class (g, node), *value = value_of (g, e);
  g_autofree char *folded = NULL;

  if (identifying)
    return g_strconcat (klass, "\t", dg_graph_string (g, e->predicate), "\t", value, NULL);
  folded = dg_words_fold_text (value, strlen (value));
  return g_strconcat (klass, "\tlabel\t", folded, NULL);
}

static gpointer
collect_keys (gpointer data)
{
  Slice *s = data;
  DgReader *self = s->reader;
  DgGraph *g = dg_reader_get_graph (self);

  for (guint node = s->from; node < s->to; node++)
    {
      const DgPos *pos = dg_reader_definition_of (self, node);
      const guint32 *edges;
      guint n;

      /* Only what the files define: a node they merely name is not one. */
      if (!pos || !dg_graph_get_node_class (g, node) || g_array_index (self->rdf_files, gboolean, pos->file))
        continue;
      edges = dg_graph_edges_of (g, node, &n);
      /* Identifying values first: the surer reason is the one given. */
      for (guint pass = 0; pass < 2; pass++)
        for (guint i = 0; i < n; i++)
          {
            const DgEdge *e = dg_graph_edge (g, edges[i]);
            DgTerm *t = pass == 0 ? predicate_term (s, e->predicate) : NULL;
            Key k = { node, edges[i], NULL, NULL, 0 };

            if (pass == 0 && t && (t->flags & DG_TERM_IDENTIFYING))
              k.identifying = t;
            else if (!(pass == 1 && s->label && e->predicate == s->label && e->is_literal))
              continue;
            k.key = make_key (g, node, edges[i], k.identifying != NULL);
            k.hash = (g_str_hash (k.key) & ~1u) | (k.identifying != NULL);
            g_array_append_val (s->keys, k);
          }
    }
  return NULL;
}

/* Keys are noted in node order by as many threads as there are slices,
 * each the keys whose hash falls to it in a table of its own: a key's
 * first node is the same, and what each finds (a key seen before, for
 * another node) is then warned of in node order, as one pass would. */
/* The keys seen, by where they were seen rather than as strings: a
 * table of every labelled node's key held while the check runs would
 * cost more than the graph's labels themselves.  A key is made again from
 * its node and statement when another has its hash. */
typedef struct
{
  guint32 hash;       /* its lowest bit: the key is of an identifying value */
  guint32 node, edge; /* node + 1; 0: a free slot */
} Seen;

typedef struct
{
  Seen *slots;
  guint bits, n;
} SeenTable;

static guint
slot_of (guint32 hash, guint bits)
{
  /* Fibonacci hashing: a part's keys share their hash modulo the parts. */
  return (guint)((hash * 2654435761u) >> (32 - bits));
}

static void
seen_put (SeenTable *t, const Seen *seen)
{
  guint mask = (1u << t->bits) - 1, i = slot_of (seen->hash, t->bits);

  while (t->slots[i].node)
    i = (i + 1) & mask;
  t->slots[i] = *seen;
}

/* The node @key was first seen for, or G_MAXUINT when it is new (and now
 * seen for @key's node). */
static guint
seen_note (SeenTable *t, DgGraph *g, const Key *key)
{
  guint mask, i;

  if ((t->n + 1) * 4 > (3u << t->bits))
    {
      Seen *old = t->slots;
      guint n_old = 1u << t->bits;

      t->bits++;
      t->slots = g_new0 (Seen, 1u << t->bits);
      for (guint k = 0; k < n_old; k++)
        if (old[k].node)
          seen_put (t, &old[k]);
      g_free (old);
    }
  mask = (1u << t->bits) - 1;
  for (i = slot_of (key->hash, t->bits); t->slots[i].node; i = (i + 1) & mask)
    {
      const Seen *s = &t->slots[i];

      if (s->hash == key->hash)
        {
          g_autofree char *other = make_key (g, s->node - 1, s->edge, s->hash & 1);

          if (g_str_equal (other, key->key))
            return s->node - 1;
        }
    }
  t->slots[i] = (Seen){ key->hash, key->node + 1, key->edge };
  t->n++;
  return G_MAXUINT;
}

typedef struct
{
  DgReader *reader;
  Slice *slices;
  guint n_slices, part;
  SeenTable seen;
  GArray *found; /* Found */
  GThread *thread;
} Noter;

typedef struct
{
  guint slice, index; /* the key, in node order */
  guint first;
} Found;

static gpointer
note_keys (gpointer data)
{
  Noter *t = data;

  for (guint k = 0; k < t->n_slices; k++)
    for (guint i = 0; i < t->slices[k].keys->len; i++)
      {
        Key *key = &g_array_index (t->slices[k].keys, Key, i);
        guint first;

        if (key->hash % t->n_slices != t->part)
          continue;
        first = seen_note (&t->seen, dg_reader_get_graph (t->reader), key);
        g_clear_pointer (&key->key, g_free);
        /* A label names two entities of one file well enough. */
        if (first == G_MAXUINT || first == key->node
            || (!key->identifying
                && dg_reader_definition_of (t->reader, first)->file
                       == dg_reader_definition_of (t->reader, key->node)->file))
          continue;
        g_array_append_val (t->found, ((Found){ k, i, first }));
      }
  return NULL;
}

static int
compare_found (gconstpointer a, gconstpointer b)
{
  const Found *x = a, *y = b;

  if (x->slice != y->slice)
    return x->slice < y->slice ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* Nodes a round of slices covers: their keys are held until noted. */
#define ROUND_NODES 65536

void
dg_reader_check_identity (DgReader *self)
{
  DgGraph *g = dg_reader_get_graph (self);
  Identity id = { self, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) };
  guint n_nodes = dg_graph_get_n_nodes (g), n_slices = MAX (self->n_threads, 1), n;
  g_autofree Slice *slices = g_new0 (Slice, n_slices);
  g_autofree Noter *noters = g_new0 (Noter, n_slices);
  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (Found));
  guint32 label = 0;
  guint bits = 10;

  dg_graph_string_id (g, DG_RDFS "label", &label);
  /* The subject index, built here once: the slices only read it. */
  if (n_nodes)
    dg_graph_edges_of (g, 0, &n);
  for (guint k = 0; k < n_slices; k++)
    {
      slices[k].reader = self;
      slices[k].label = label;
      slices[k].keys = g_array_new (FALSE, FALSE, sizeof (Key));
      slices[k].terms = g_hash_table_new (NULL, NULL);
      /* About a key a node: sized once (pages never written cost
       * nothing), not doubled as it fills. */
      while (bits < 31 && (3u << bits) / 4 < n_nodes / n_slices + 1)
        bits++;
      noters[k] = (Noter){ self, slices, n_slices, k, { g_new0 (Seen, 1u << bits), bits, 0 },
                           g_array_new (FALSE, FALSE, sizeof (Found)), NULL };
    }
  for (guint start = 0; start < n_nodes; start += ROUND_NODES * n_slices)
    {
      guint round = MIN (ROUND_NODES * n_slices, n_nodes - start);

      for (guint k = 0; k < n_slices; k++)
        {
          slices[k].from = start + (guint)((guint64)round * k / n_slices);
          slices[k].to = start + (guint)((guint64)round * (k + 1) / n_slices);
          if (k > 0)
            slices[k].thread = g_thread_new ("dg-identity", collect_keys, &slices[k]);
        }
      collect_keys (&slices[0]);
      for (guint k = 1; k < n_slices; k++)
        g_thread_join (g_steal_pointer (&slices[k].thread));
      for (guint k = 1; k < n_slices; k++)
        noters[k].thread = g_thread_new ("dg-identity", note_keys, &noters[k]);
      note_keys (&noters[0]);
      g_array_set_size (found, 0);
      for (guint k = 0; k < n_slices; k++)
        {
          if (noters[k].thread)
            g_thread_join (g_steal_pointer (&noters[k].thread));
          g_array_append_vals (found, noters[k].found->data, noters[k].found->len);
          g_array_set_size (noters[k].found, 0);
        }
      g_array_sort (found, compare_found);
      for (guint i = 0; i < found->len; i++)
        {
          const Found *f = &g_array_index (found, Found, i);
          const Key *key = &g_array_index (slices[f->slice].keys, Key, f->index);
          Reason why = { key->identifying ? key->identifying->local : NULL,
                         dg_graph_get_node_class (g, key->node),
                         value_of (g, dg_graph_edge (g, key->edge)) };

          warn (&id, f->first, key->node, &why);
        }
      for (guint k = 0; k < n_slices; k++)
        g_array_set_size (slices[k].keys, 0);
    }
  for (guint k = 0; k < n_slices; k++)
    {
      g_array_unref (slices[k].keys);
      g_hash_table_unref (slices[k].terms);
      g_free (noters[k].seen.slots);
      g_array_unref (noters[k].found);
    }
  g_hash_table_destroy (id.said);
}
