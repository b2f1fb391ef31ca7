/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-error.h"
#include "dg-graph.h"
#include "dg-ontology.h"
#include "dg-fact-private.h"
#include "dg-selection.h"
#include "dg-graph-private.h"
#include "dg-text-private.h"
#include "dg-xsd-private.h"

/**
 * DgSelection:
 *
 * A view of a #DgGraph: the nodes and relations a diagram (or another
 * writer) should show.  The criteria compose:
 *
 * - classes (dg_selection_set_classes()), source (dg_selection_set_source())
 *   and time window (dg_selection_set_time_window()) each keep the nodes
 *   that pass them;
 * - relations (dg_selection_set_relations()) keep only the links of those
 *   relations;
 * - then the focus (dg_selection_set_focus()) keeps what lies within a
 *   number of links of one node, following the kept links either way.
 *
 * Links the ontology marks `dg:hiddenInDiagram` (citations, sources, roles)
 * are never followed, so a focus does not spread through the sources every
 * fact shares.  The selection is computed when first asked and again after
 * any criterion changes.
 */

struct _DgSelection
{
  GObject parent_instance;
  DgGraph *graph;
  /* Criteria. */
  gboolean has_focus;
  guint focus;
  guint depth;
  gboolean collapse;    /* a collapsible fact is part of its edge, not a hop */
  GPtrArray *relations; /* DgTerm*, or NULL for all */
  GPtrArray *classes;   /* DgTerm*, or NULL for all */
  gboolean has_source;
  guint source;
  guint8 *stated; /* per node: what the files drawn state, or NULL for all */
  guint n_stated;
  gint64 from, to; /* day keys (see below); G_MININT64/G_MAXINT64 when open */
  /* Result. */
  guint8 *keep;
  guint n_nodes; /* of the graph when computed */
  guint n_kept;
  gboolean valid;
};

G_DEFINE_FINAL_TYPE (DgSelection, dg_selection, G_TYPE_OBJECT)

static void
dg_selection_finalize (GObject *object)
{
  DgSelection *self = DG_SELECTION (object);

  g_clear_object (&self->graph);
  g_clear_pointer (&self->relations, g_ptr_array_unref);
  g_clear_pointer (&self->classes, g_ptr_array_unref);
  g_free (self->stated);
  g_free (self->keep);
  G_OBJECT_CLASS (dg_selection_parent_class)->finalize (object);
}

static void
dg_selection_class_init (DgSelectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dg_selection_finalize;
}

static void
dg_selection_init (DgSelection *self)
{
  self->from = G_MININT64;
  self->to = G_MAXINT64;
}

/**
 * dg_selection_new:
 * @graph: the graph to select from
 *
 * Creates a selection of all of @graph; narrow it with the setters.
 *
 * Returns: (transfer full): a new #DgSelection
 */
DgSelection *
dg_selection_new (DgGraph *graph)
{
  DgSelection *self;

  g_return_val_if_fail (DG_IS_GRAPH (graph), NULL);
  self = g_object_new (DG_TYPE_SELECTION, NULL);
  self->graph = g_object_ref (graph);
  return self;
}

/**
 * dg_selection_get_graph:
 * @self: a #DgSelection
 *
 * Returns: (transfer none): the graph @self selects from
 */
DgGraph *
dg_selection_get_graph (DgSelection *self)
{
  g_return_val_if_fail (DG_IS_SELECTION (self), NULL);
  return self->graph;
}

/**
 * dg_selection_find_node:
 * @self: a #DgSelection
 * @name: a node's IRI, or its id (the last segment of its IRI, as a `.dg`
 *   file names it)
 * @node: (out) (optional): the node
 * @error: return location for a #GError, or %NULL
 *
 * Finds the node a user means by @name.  An id that several nodes end in,
 * or none, fails with %DG_ERROR_UNKNOWN_NODE (with a suggestion when an id
 * is close).
 *
 * Returns: %TRUE if exactly one node is meant
 */
gboolean
dg_selection_find_node (DgSelection *self, const char *name, guint *node, GError **error)
{
  guint n_nodes, found = 0, n_found = 0, best_distance, limit;
  const char *best = NULL, *other = NULL;

  g_return_val_if_fail (DG_IS_SELECTION (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  if (dg_graph_lookup_node (self->graph, name, node))
    return TRUE;
  n_nodes = dg_graph_get_n_nodes (self->graph);
  for (guint i = 0; i < n_nodes; i++)
    if (strcmp (dg_text_iri_tail (dg_graph_get_node_iri (self->graph, i)), name) == 0)
      {
        if (n_found++ == 0)
          found = i;
        else
          other = dg_graph_get_node_iri (self->graph, i);
      }
  if (n_found == 1)
    {
      if (node)
        *node = found;
      return TRUE;
    }
  /* Only a miss pays for a suggestion. */
  limit = MAX (2, (guint)strlen (name) / 3);
  best_distance = limit + 1;
  for (guint i = 0; i < n_nodes && n_found == 0; i++)
    {
      const char *tail = dg_text_iri_tail (dg_graph_get_node_iri (self->graph, i));
      guint d = dg_text_edit_distance (name, tail, limit);

      if (d < best_distance || (d == best_distance && best && strcmp (tail, best) < 0))
        {
          best_distance = d;
          best = tail;
        }
    }
  if (n_found > 1)
    g_set_error (error, DG_ERROR, DG_ERROR_UNKNOWN_NODE, "ambiguous node \"%s\": <%s> or <%s>",
                 name, dg_graph_get_node_iri (self->graph, found), other);
  else if (best && best_distance <= limit)
    g_set_error (error, DG_ERROR, DG_ERROR_UNKNOWN_NODE, "no node \"%s\" (did you mean \"%s\"?)",
                 name, best);
  else
    g_set_error (error, DG_ERROR, DG_ERROR_UNKNOWN_NODE, "no node \"%s\"", name);
  return FALSE;
}

static void
invalidate (DgSelection *self)
{
  self->valid = FALSE;
}

/**
 * dg_selection_set_focus:
 * @self: a #DgSelection
 * @node: (nullable): the IRI or id of the node to centre on, or %NULL for
 *   no focus
 * @depth: how many links away from @node to keep
 * @error: return location for a #GError, or %NULL
 *
 * Keeps the ego graph of @node: the nodes within @depth links of it,
 * following links in either direction.  N-ary facts are nodes, so a post
 * held or a partnership counts as one step between its parts.
 *
 * Returns: %TRUE on success; %FALSE if @node names no node
 */
gboolean
dg_selection_set_focus (DgSelection *self, const char *node, guint depth, GError **error)
{
  guint id;

  g_return_val_if_fail (DG_IS_SELECTION (self), FALSE);
  if (node && !dg_selection_find_node (self, node, &id, error))
    return FALSE;
  self->has_focus = node != NULL;
  self->focus = node ? id : 0;
  self->depth = depth;
  invalidate (self);
  return TRUE;
}

/**
 * dg_selection_set_collapse:
 * @self: a #DgSelection
 * @collapse: whether facts a diagram draws as edges count as those edges
 *
 * With @collapse, a focus's depth counts a fact of a collapsible class (a
 * partnership, a post held) and the link to its far end as one step, as a
 * diagram drawn with %DG_DOT_COLLAPSE shows it: depth 1 around a state
 * reaches its partners.  Without it (the default) the fact is a step of
 * its own.
 */
void
dg_selection_set_collapse (DgSelection *self, gboolean collapse)
{
  g_return_if_fail (DG_IS_SELECTION (self));
  self->collapse = collapse;
  invalidate (self);
}

/* The ontology terms @names mean: local names, keywords or IRIs, of @kind
 * (a class, or a relation of either property kind). */
static GPtrArray *
resolve_terms (DgSelection *self, const char *const *names, DgTermKind kind, GError **error)
{
  DgOntology *o = dg_graph_get_ontology (self->graph);
  g_autoptr (GPtrArray) terms = g_ptr_array_new ();

  for (guint i = 0; names[i]; i++)
    {
      DgTermKind found;
      const char *iri = names[i];
      gboolean same_kind;

      same_kind = dg_ontology_has_term (o, iri, &found)
                  && (found == kind
                      || (kind != DG_TERM_CLASS && kind != DG_TERM_INDIVIDUAL
                          && found != DG_TERM_CLASS && found != DG_TERM_INDIVIDUAL));
      if (!same_kind)
        iri = dg_ontology_lookup (o, kind, names[i], error);
      if (!iri)
        return NULL;
      g_ptr_array_add (terms, dg_ontology_term (o, iri));
    }
  return g_steal_pointer (&terms);
}

/* Replaces the criterion in @slot by the terms @names mean (NULL: none). */
static gboolean
set_terms (DgSelection *self, GPtrArray **slot, const char *const *names, DgTermKind kind,
           GError **error)
{
  g_autoptr (GPtrArray) terms = NULL;

  if (names && !(terms = resolve_terms (self, names, kind, error)))
    return FALSE;
  g_clear_pointer (slot, g_ptr_array_unref);
  *slot = g_steal_pointer (&terms);
  invalidate (self);
  return TRUE;
}

/**
 * dg_selection_set_relations:
 * @self: a #DgSelection
 * @relations: (array zero-terminated=1) (nullable): relation names (as in
 *   `.dg` files: `party`, `participant`, `under` …) or IRIs; %NULL for all
 * @error: return location for a #GError, or %NULL
 *
 * Keeps only the links of these relations (and their subrelations).
 *
 * Returns: %TRUE on success; %FALSE if a name is not a relation of the
 *   ontology
 */
gboolean
dg_selection_set_relations (DgSelection *self, const char *const *relations, GError **error)
{
  g_return_val_if_fail (DG_IS_SELECTION (self), FALSE);
  return set_terms (self, &self->relations, relations, DG_TERM_OBJECT_PROPERTY, error);
}

/**
 * dg_selection_set_classes:
 * @self: a #DgSelection
 * @classes: (array zero-terminated=1) (nullable): class names (`State`,
 *   `Person`, `Agreement` …) or IRIs; %NULL for all
 * @error: return location for a #GError, or %NULL
 *
 * Keeps only the nodes of these classes and their subclasses.
 *
 * Returns: %TRUE on success; %FALSE if a name is not a class of the
 *   ontology
 */
gboolean
dg_selection_set_classes (DgSelection *self, const char *const *classes, GError **error)
{
  g_return_val_if_fail (DG_IS_SELECTION (self), FALSE);
  return set_terms (self, &self->classes, classes, DG_TERM_CLASS, error);
}

/**
 * dg_selection_set_time_window:
 * @self: a #DgSelection
 * @from: (nullable): the first day of the window (`YYYY`, `YYYY-MM` or
 *   `YYYY-MM-DD`), or %NULL for no lower bound
 * @to: (nullable): its last day, or %NULL for no upper bound
 * @error: return location for a #GError, or %NULL
 *
 * Keeps the facts in force at some time in the window.  A fact's time is
 * read from its dates, as the ontology's `dg:factTime` annotations say:
 * `dg:startDate`, `dg:established`, `dg:upgraded` and (for agreements,
 * posts and other lasting facts) `dg:date` start it; `dg:endDate` ends it,
 * as does a later partnership that was upgraded from it.  The `dg:date` of
 * a class marked `dg:pointInTime` (events, figures) is a point in time.  A
 * lasting fact with no end is in force from its start on.  Nodes without
 * dates (states, people, organizations) are always kept.
 *
 * Returns: %TRUE on success; %FALSE if a date is malformed or @to is
 *   before @from
 */
gboolean
dg_selection_set_time_window (DgSelection *self, const char *from, const char *to, GError **error)
{
  DgDate f, t;

  g_return_val_if_fail (DG_IS_SELECTION (self), FALSE);
  if ((from && !dg_date_parse (from, &f, error)) || (to && !dg_date_parse (to, &t, error)))
    return FALSE;
  if (from && to && dg_date_last_day (&t) < dg_date_first_day (&f))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "the window ends (%s) before it starts (%s)", to, from);
      return FALSE;
    }
  self->from = from ? dg_date_first_day (&f) : G_MININT64;
  self->to = to ? dg_date_last_day (&t) : G_MAXINT64;
  invalidate (self);
  return TRUE;
}

/**
 * dg_selection_set_source:
 * @self: a #DgSelection
 * @source: (nullable): a source document's IRI, id or file name, or %NULL
 *   for all sources
 * @error: return location for a #GError, or %NULL
 *
 * Keeps the facts cited from @source.
 *
 * Returns: %TRUE on success; %FALSE if @source names no source document
 */
gboolean
dg_selection_set_source (DgSelection *self, const char *source, GError **error)
{
  guint node = 0;

  g_return_val_if_fail (DG_IS_SELECTION (self), FALSE);
  if (source)
    {
      guint n_nodes = dg_graph_get_n_nodes (self->graph);
      g_autoptr (DgFactTerms) terms = dg_fact_terms_new (self->graph);
      gboolean found = FALSE;

      for (guint i = 0; i < n_nodes && !found; i++)
        {
          const char *file = dg_fact_source_file (terms, i);

          if (file && strcmp (file, source) == 0)
            {
              node = i;
              found = TRUE;
            }
        }
      if (!found && !dg_selection_find_node (self, source, &node, error))
        return FALSE;
    }
  self->has_source = source != NULL;
  self->source = node;
  invalidate (self);
  return TRUE;
}

/**
 * dg_selection_set_stated_nodes:
 * @self: a #DgSelection
 * @nodes: (array length=n_nodes) (nullable): the nodes the files drawn
 *   state themselves (dg_reader_get_stated_nodes()), or %NULL for all
 * @n_nodes: their number
 *
 * Keeps @nodes and the nodes linked to them (either way), and no other:
 * an article's facts, and of the gazetteer it includes the entities they
 * name.
 */
void
dg_selection_set_stated_nodes (DgSelection *self, const guint *nodes, gsize n_nodes)
{
  guint n = dg_graph_get_n_nodes (self->graph);

  g_return_if_fail (DG_IS_SELECTION (self));
  g_clear_pointer (&self->stated, g_free);
  if (nodes)
    {
      self->stated = g_malloc0 (MAX (n, 1));
      for (gsize i = 0; i < n_nodes; i++)
        if (nodes[i] < n)
          self->stated[nodes[i]] = 1;
    }
  self->n_stated = n;
  self->valid = FALSE;
}

/* What the stated nodes are and link: 1 stated, 2 linked, 0 neither. */
static void
mark_linked (DgSelection *self, guint8 *shown)
{
  DgGraph *g = self->graph;
  guint n_nodes = MIN (self->n_stated, dg_graph_get_n_nodes (g));

  memcpy (shown, self->stated, n_nodes);
  for (guint s = 0; s < n_nodes; s++)
    {
      guint n;
      const guint32 *edges = dg_graph_edges_of (g, s, &n);

      for (guint i = 0; i < n; i++)
        {
          const DgEdge *e = dg_graph_edge (g, edges[i]);

          if (e->is_literal || e->object >= n_nodes)
            continue;
          if (self->stated[s] && !shown[e->object])
            shown[e->object] = 2;
          if (self->stated[e->object] && !shown[s])
            shown[s] = 2;
        }
    }
}

static gboolean
in_window (DgSelection *self, DgFactTerms *terms, const gint64 *successor_end, guint node)
{
  DgFactTime t;
  gint64 end;

  if (!dg_fact_time (terms, node, &t))
    return TRUE;
  end = t.ends ? t.end : t.point_end != G_MININT64 ? t.point_end : successor_end[node];
  return end >= self->from && t.start <= self->to;
}

static gboolean
edge_followed (DgSelection *self, const DgEdge *e)
{
  DgTerm *prop, *target;

  if (e->is_literal)
    return FALSE;
  prop = dg_graph_predicate_term (self->graph, e->predicate);
  if (prop && prop->hidden)
    return FALSE;
  target = dg_graph_node_term (self->graph, e->object);
  if ((target && target->hidden) || (prop == NULL && self->relations))
    return FALSE;
  return !self->relations
         || dg_selection_contains_relation (self, dg_graph_string (self->graph, e->predicate));
}

/* The cost of stepping from @v along @e (either way): a step leaving a
 * collapsed fact for one of its ends is part of the edge the fact is
 * drawn as, so it costs nothing. */
static guint
step_cost (DgSelection *self, guint v, const DgEdge *e)
{
  DgTerm *vk, *prop;

  if (!self->collapse)
    return 1;
  vk = dg_graph_node_term (self->graph, v);
  prop = dg_graph_predicate_term (self->graph, e->predicate);
  return vk && (vk->flags & DG_TERM_COLLAPSIBLE) && prop && (prop->flags & DG_TERM_COLLAPSE_END)
             ? 0
             : 1;
}

/* Relaxes @u to @d, the cheaper steps first (a 0-1 breadth-first search). */
static void
reach (GQueue *queue, guint *dist, guint u, guint d, guint cost)
{
  if (d >= dist[u])
    return;
  dist[u] = d;
  if (cost == 0)
    g_queue_push_head (queue, GUINT_TO_POINTER (u));
  else
    g_queue_push_tail (queue, GUINT_TO_POINTER (u));
}

/* Breadth-first over the followed links between kept nodes, both ways. */
static void
ego (DgSelection *self)
{
  DgGraph *g = self->graph;
  guint n_nodes = dg_graph_get_n_nodes (g);
  g_autofree guint *dist = g_new (guint, n_nodes);
  g_autofree guint *in_offsets = g_new0 (guint, n_nodes + 1);
  g_autofree guint32 *in_edges = NULL;
  g_autofree guint *fill = NULL;
  GQueue queue = G_QUEUE_INIT;

  /* Incoming links, as a compressed index of edge ids (the graph keeps
   * outgoing only): one pass counts them per node, the second files them. */
  for (guint pass = 0; pass < 2; pass++)
    {
      if (pass == 1)
        {
          for (guint v = 0; v < n_nodes; v++)
            in_offsets[v + 1] += in_offsets[v];
          in_edges = g_new (guint32, MAX (in_offsets[n_nodes], 1));
          fill = g_memdup2 (in_offsets, sizeof (guint) * MAX (n_nodes, 1));
        }
      for (guint s = 0; s < n_nodes; s++)
        {
          guint n;
          const guint32 *edges = dg_graph_edges_of (g, s, &n);

          for (guint i = 0; i < n; i++)
            {
              const DgEdge *e = dg_graph_edge (g, edges[i]);

              if (!edge_followed (self, e))
                continue;
              if (pass == 0)
                in_offsets[e->object + 1]++;
              else
                in_edges[fill[e->object]++] = edges[i];
            }
        }
    }

  for (guint v = 0; v < n_nodes; v++)
    dist[v] = G_MAXUINT;
  if (self->keep[self->focus])
    reach (&queue, dist, self->focus, 0, 0);
  while (!g_queue_is_empty (&queue))
    {
      guint v = GPOINTER_TO_UINT (g_queue_pop_head (&queue)), n;
      const guint32 *edges = dg_graph_edges_of (g, v, &n);

      for (guint i = 0; i < n; i++)
        {
          const DgEdge *e = dg_graph_edge (g, edges[i]);
          guint cost;

          if (!edge_followed (self, e) || !self->keep[e->object])
            continue;
          cost = step_cost (self, v, e);
          if (dist[v] + cost <= self->depth)
            reach (&queue, dist, e->object, dist[v] + cost, cost);
        }
      for (guint i = in_offsets[v]; i < in_offsets[v + 1]; i++)
        {
          const DgEdge *e = dg_graph_edge (g, in_edges[i]);
          guint cost;

          if (!self->keep[e->subject])
            continue;
          cost = step_cost (self, v, e);
          if (dist[v] + cost <= self->depth)
            reach (&queue, dist, e->subject, dist[v] + cost, cost);
        }
    }
  for (guint v = 0; v < n_nodes; v++)
    self->keep[v] = dist[v] != G_MAXUINT;
}

static void
update (DgSelection *self)
{
  DgGraph *g = self->graph;
  guint n_nodes = dg_graph_get_n_nodes (g);
  gboolean timed = self->from != G_MININT64 || self->to != G_MAXINT64;
  g_autofree gint64 *successor_end = NULL;
  g_autoptr (DgFactTerms) terms = NULL;

  /* Nodes added since make the result stale as well. */
  if (self->valid && self->n_nodes == n_nodes)
    return;
  terms = dg_fact_terms_new (g);
  if (timed)
    successor_end = dg_fact_successor_ends (terms);
  g_free (self->keep);
  self->keep = g_malloc (MAX (n_nodes, 1));
  if (self->stated)
    mark_linked (self, self->keep);
  for (guint v = 0; v < n_nodes; v++)
    {
      /* A node added after the stated ones were given is no file's. */
      gboolean keep = !self->stated || (v < self->n_stated && self->keep[v]);

      if (self->classes)
        {
          DgTerm *klass = dg_graph_node_term (g, v);
          keep = klass && dg_term_in_classes (klass, self->classes);
        }
      if (keep && self->has_source)
        keep = dg_fact_is_from (terms, v, self->source);
      if (keep && timed)
        keep = in_window (self, terms, successor_end, v);
      self->keep[v] = keep;
    }
  if (self->has_focus)
    ego (self);
  self->n_kept = 0;
  for (guint v = 0; v < n_nodes; v++)
    self->n_kept += self->keep[v];
  self->n_nodes = n_nodes;
  self->valid = TRUE;
}

/**
 * dg_selection_contains_node:
 * @self: a #DgSelection
 * @node: a node of the graph
 *
 * Returns: whether @node is in the selection
 */
gboolean
dg_selection_contains_node (DgSelection *self, guint node)
{
  g_return_val_if_fail (DG_IS_SELECTION (self), FALSE);
  g_return_val_if_fail (node < dg_graph_get_n_nodes (self->graph), FALSE);
  update (self);
  return self->keep[node];
}

static gboolean
relation_kept (DgSelection *self, DgTerm *prop, guint depth)
{
  if (g_ptr_array_find (self->relations, prop, NULL))
    return TRUE;
  for (guint i = 0; depth < 64 && i < prop->parents->len; i++)
    if (relation_kept (self, g_ptr_array_index (prop->parents, i), depth + 1))
      return TRUE;
  return FALSE;
}

/**
 * dg_selection_contains_relation:
 * @self: a #DgSelection
 * @property_iri: the IRI of a relation
 *
 * Returns: whether links of this relation are kept (between kept nodes)
 */
gboolean
dg_selection_contains_relation (DgSelection *self, const char *property_iri)
{
  DgTerm *prop;

  g_return_val_if_fail (DG_IS_SELECTION (self), FALSE);
  if (!self->relations)
    return TRUE;
  /* A subrelation of a kept relation is kept. */
  prop = dg_ontology_term (dg_graph_get_ontology (self->graph), property_iri);
  return prop && relation_kept (self, prop, 0);
}

/**
 * dg_selection_get_n_nodes:
 * @self: a #DgSelection
 *
 * Returns: how many nodes of the graph are in the selection
 */
guint
dg_selection_get_n_nodes (DgSelection *self)
{
  g_return_val_if_fail (DG_IS_SELECTION (self), 0);
  update (self);
  return self->n_kept;
}
