/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-diagram-private.h"
#include "dg-fact-private.h"
#include "dg-graph.h"
#include "dg-ontology-private.h"
#include "dg-selection.h"
#include "dg-text-private.h"

/*
 * The decisions of what a view draws (see dg-diagram-private.h), made from
 * the ontology's diagram annotations: dg:hiddenInDiagram, dg:collapsible
 * and dg:collapseEnd, dg:clusterRoot and dg:clusterVia, dg:labelProperty,
 * and the fact time and provenance roles for dates and quotes.
 */

#define NOT_DRAWN G_MAXUINT

typedef struct
{
  DgGraph *g;
  DgSelection *selection; /* nullable */
  DgViewFlags flags;
  const char *const *langs;
  DgFactTerms *terms;
  DgDiagram *d;
  guint *index;       /* per graph node: its index in d->nodes, or NOT_DRAWN */
  guint32 *ends;      /* per node: two ends of a collapsed fact, or DG_NO_NODE */
  gboolean *directed; /* per collapsed node: the first end is the subject side */
} Build;

static gboolean
drawn (DgGraph *graph, guint node)
{
  DgTerm *klass = dg_graph_node_term (graph, node);

  if (klass)
    return !klass->hidden;
  /* A class the ontology does not know is drawn plainly; a node with no
   * class at all is only a name another node points to. */
  return dg_graph_get_node_class (graph, node) != NULL;
}

static gboolean
shown (DgGraph *graph, DgSelection *selection, guint node)
{
  return drawn (graph, node) && (!selection || dg_selection_contains_node (selection, node));
}

static gboolean
relation_shown (Build *b, DgTerm *prop, const char *iri)
{
  if (prop && prop->hidden)
    return FALSE;
  return !b->selection || dg_selection_contains_relation (b->selection, iri);
}

static void
note_term (GPtrArray *seen, DgTerm *term)
{
  if (term && !g_ptr_array_find (seen, term, NULL))
    g_ptr_array_add (seen, term);
}

/* An SVG link is followed by a click: only to a web page, never to a
 * javascript: or data: IRI that the data may hold. */
const char *
dg_diagram_link_of (const char *iri)
{
  return g_ascii_strncasecmp (iri, "http://", 7) == 0
                 || g_ascii_strncasecmp (iri, "https://", 8) == 0
             ? iri
             : NULL;
}

/* The class and the cited quotes of a node, one per line. */
static char *
tooltip_of (Build *b, guint node)
{
  DgGraph *g = b->g;
  DgTerm *klass = dg_graph_node_term (g, node);
  GString *text = g_string_new (klass ? dg_term_label (klass, b->langs)
                                      : dg_text_iri_tail (dg_graph_get_node_class (g, node)));

  dg_fact_append_citations (b->terms, node, text);
  return g_string_free (text, FALSE);
}

/* With --collapse, a shown fact of a collapsible class whose collapse-end
 * relations reach exactly two shown nodes is drawn as an edge between them:
 * directed from the end that links to the fact when the other is linked
 * from it (a person holds a post in an organization), undirected when both
 * are alike (the two parties of a partnership). */
typedef struct
{
  guint32 end[2];
  guint8 n;        /* ends found; 3 means too many */
  guint8 incoming; /* bit i: end[i] links to the fact */
} Ends;

static void
add_end (Build *b, Ends *ends, guint fact, guint end, gboolean incoming)
{
  Ends *f = &ends[fact];

  if (f->n > 2 || !shown (b->g, b->selection, fact) || !shown (b->g, b->selection, end))
    return;
  for (guint i = 0; i < f->n; i++)
    if (f->end[i] == end)
      return;
  if (f->n == 2)
    {
      f->n = 3;
      return;
    }
  f->end[f->n] = end;
  if (incoming)
    f->incoming |= 1 << f->n;
  f->n++;
}

static void
find_collapsed (Build *b)
{
  DgGraph *g = b->g;
  guint n_nodes = dg_graph_get_n_nodes (g);
  g_autofree Ends *ends = NULL;

  for (guint v = 0; v < 2 * n_nodes; v++)
    b->ends[v] = DG_NO_NODE;
  if (!(b->flags & DG_VIEW_COLLAPSE))
    return;
  ends = g_new0 (Ends, MAX (n_nodes, 1));
  for (guint s = 0; s < n_nodes; s++)
    {
      guint n;
      const guint32 *edges = dg_graph_edges_of (g, s, &n);
      DgTerm *sk = dg_graph_node_term (g, s);

      for (guint i = 0; i < n; i++)
        {
          const DgEdge *e = dg_graph_edge (g, edges[i]);
          DgTerm *prop = dg_graph_predicate_term (g, e->predicate), *ok;

          if (e->is_literal || !prop || !(prop->flags & DG_TERM_COLLAPSE_END))
            continue;
          ok = dg_graph_node_term (g, e->object);
          if (sk && (sk->flags & DG_TERM_COLLAPSIBLE))
            add_end (b, ends, s, e->object, FALSE);
          else if (ok && (ok->flags & DG_TERM_COLLAPSIBLE))
            add_end (b, ends, e->object, s, TRUE);
        }
    }
  for (guint v = 0; v < n_nodes; v++)
    {
      gboolean swap = ends[v].incoming == 2;

      if (ends[v].n != 2)
        continue;
      b->ends[2 * v] = ends[v].end[swap ? 1 : 0];
      b->ends[2 * v + 1] = ends[v].end[swap ? 0 : 1];
      b->directed[v] = ends[v].incoming == 1 || ends[v].incoming == 2;
    }
}

static gboolean
collapsed (Build *b, guint node)
{
  return b->ends[2 * node] != DG_NO_NODE;
}

static void
add_nodes (Build *b)
{
  DgGraph *g = b->g;
  guint n_nodes = dg_graph_get_n_nodes (g);

  for (guint node = 0; node < n_nodes; node++)
    {
      DgDiagramNode dn = { .node = node };
      const char *label;

      b->index[node] = NOT_DRAWN;
      if (!shown (g, b->selection, node) || collapsed (b, node))
        continue;
      dn.iri = dg_graph_get_node_iri (g, node);
      dn.klass = dg_graph_node_term (g, node);
      label = dg_graph_get_node_label (g, node, b->langs);
      dn.label = g_strdup (label ? label : dg_text_iri_tail (dn.iri));
      dn.tooltip = tooltip_of (b, node);
      dn.link = dg_diagram_link_of (dn.iri);
      dn.cluster = DG_DIAGRAM_NO_CLUSTER;
      /* Events read alike ("Engage in material cooperation") but for their
       * dates: a drawing shows each beside its label. */
      if (dn.klass && (dn.klass->flags & DG_TERM_POINT_IN_TIME))
        dn.date = dg_fact_label_date (b->terms, node);
      b->index[node] = b->d->nodes->len;
      g_array_append_val (b->d->nodes, dn);
      note_term (b->d->classes, (DgTerm *)dn.klass);
    }
}

static void
add_edges (Build *b)
{
  DgGraph *g = b->g;
  guint n_nodes = dg_graph_get_n_nodes (g);

  for (guint node = 0; node < n_nodes; node++)
    {
      guint n;
      const guint32 *edges;

      if (b->index[node] == NOT_DRAWN)
        continue;
      edges = dg_graph_edges_of (g, node, &n);
      for (guint i = 0; i < n; i++)
        {
          const DgEdge *e = dg_graph_edge (g, edges[i]);
          DgDiagramEdge de = { 0 };
          DgTerm *prop;

          if (e->is_literal || b->index[e->object] == NOT_DRAWN)
            continue;
          prop = dg_graph_predicate_term (g, e->predicate);
          de.iri = dg_graph_string (g, e->predicate);
          if (!relation_shown (b, prop, de.iri))
            continue;
          de.tail = b->index[node];
          de.head = b->index[e->object];
          de.fact = DG_NO_NODE;
          de.label = g_strdup (prop ? dg_term_label (prop, b->langs) : dg_text_iri_tail (de.iri));
          de.style = prop;
          g_array_append_val (b->d->edges, de);
          note_term (b->d->relations, prop);
        }
    }
}

/* A collapsed fact's edge: "Comprehensive Strategic Partnership (2022)",
 * labelled by the class's label property when it has one. */
static void
add_collapsed_edges (Build *b)
{
  DgGraph *g = b->g;
  guint n_nodes = dg_graph_get_n_nodes (g);

  for (guint node = 0; node < n_nodes; node++)
    {
      DgDiagramEdge de = { 0 };
      DgTerm *klass;
      const char *label = NULL;
      guint tail, head;

      if (!collapsed (b, node))
        continue;
      tail = b->index[b->ends[2 * node]];
      head = b->index[b->ends[2 * node + 1]];
      if (tail == NOT_DRAWN || head == NOT_DRAWN)
        continue;
      de.iri = dg_graph_get_node_iri (g, node);
      klass = dg_graph_node_term (g, node);
      if (klass && klass->label_property)
        {
          guint32 p;
          guint n;
          const guint32 *edges = dg_graph_edges_of (g, node, &n);

          if (dg_graph_string_id (g, klass->label_property->iri, &p))
            for (guint i = 0; i < n && !label; i++)
              {
                const DgEdge *e = dg_graph_edge (g, edges[i]);
                DgTerm *value;

                if (e->predicate != p || e->is_literal)
                  continue;
                /* A value the ontology names (a level, a role) is labelled
                 * in the language chain from there; the data may not. */
                value = dg_ontology_term (dg_graph_get_ontology (g),
                                          dg_graph_get_node_iri (g, e->object));
                label = value ? dg_term_label (value, b->langs)
                              : dg_graph_get_node_label (g, e->object, b->langs);
                if (value && value->edge_color)
                  {
                    de.value = value;
                    note_term (b->d->values, value);
                  }
              }
        }
      if (!label)
        label = dg_graph_get_node_label (g, node, b->langs);
      de.label = g_strdup (label ? label : dg_text_iri_tail (de.iri));
      de.date = dg_fact_label_date (b->terms, node);
      de.tooltip = tooltip_of (b, node);
      de.link = dg_diagram_link_of (de.iri);
      de.tail = tail;
      de.head = head;
      de.style = klass;
      de.collapsed = TRUE;
      de.fact = node;
      de.undirected = !b->directed[node];
      g_array_append_val (b->d->edges, de);
      note_term (b->d->relations, klass);
    }
}

/* The node whose cluster @node belongs in: itself for a cluster root (a
 * state), else that of what it points to by a cluster-via relation
 * (subOrganizationOf, postIn, holds), first such link first. */
static guint
cluster_root (DgGraph *g, guint node, guint32 *memo, guint depth)
{
  DgTerm *klass = dg_graph_node_term (g, node);
  guint n;
  const guint32 *edges;

  if (memo[node] != G_MAXUINT32 - 1)
    return memo[node];
  if (klass && (klass->flags & DG_TERM_CLUSTER_ROOT))
    return memo[node] = node;
  memo[node] = DG_NO_NODE; /* also what a cycle meets */
  if (depth > 64)
    return DG_NO_NODE;
  edges = dg_graph_edges_of (g, node, &n);
  for (guint i = 0; i < n; i++)
    {
      const DgEdge *e = dg_graph_edge (g, edges[i]);
      DgTerm *prop;
      guint root;

      if (e->is_literal)
        continue;
      prop = dg_graph_predicate_term (g, e->predicate);
      if (!prop || !(prop->flags & DG_TERM_CLUSTER_VIA))
        continue;
      root = cluster_root (g, e->object, memo, depth + 1);
      if (root != DG_NO_NODE)
        return memo[node] = root;
    }
  return DG_NO_NODE;
}

/* Boxes: each drawn node whose cluster root heads two drawn nodes or more. */
static void
add_clusters (Build *b)
{
  DgGraph *g = b->g;
  guint n_nodes = dg_graph_get_n_nodes (g);
  g_autofree guint32 *memo = g_new (guint32, MAX (n_nodes, 1));
  g_autofree guint *members = g_new0 (guint, MAX (n_nodes, 1));
  g_autofree guint *cluster_of = g_new (guint, MAX (n_nodes, 1));

  for (guint v = 0; v < n_nodes; v++)
    {
      memo[v] = G_MAXUINT32 - 1;
      cluster_of[v] = DG_DIAGRAM_NO_CLUSTER;
    }
  for (guint v = 0; v < n_nodes; v++)
    if (b->index[v] != NOT_DRAWN)
      {
        guint root = cluster_root (g, v, memo, 0);
        if (root != DG_NO_NODE)
          members[root]++;
      }
  for (guint v = 0; v < n_nodes; v++)
    {
      guint root;

      if (b->index[v] == NOT_DRAWN)
        continue;
      root = cluster_root (g, v, memo, 0);
      /* A box needs two members; the state itself need not be in view for
       * its ministries to be boxed under its name. */
      if (root == DG_NO_NODE || members[root] < 2)
        continue;
      if (cluster_of[root] == DG_DIAGRAM_NO_CLUSTER)
        {
          DgDiagramCluster c = { .root = root, .iri = dg_graph_get_node_iri (g, root) };
          const char *label = dg_graph_get_node_label (g, root, b->langs);

          c.label = g_strdup (label ? label : dg_text_iri_tail (c.iri));
          cluster_of[root] = b->d->clusters->len;
          g_array_append_val (b->d->clusters, c);
        }
      g_array_index (b->d->nodes, DgDiagramNode, b->index[v]).cluster = cluster_of[root];
    }
}

static void
node_clear (DgDiagramNode *n)
{
  g_free (n->label);
  g_free (n->tooltip);
}

static void
edge_clear (DgDiagramEdge *e)
{
  g_free (e->label);
  g_free (e->tooltip);
}

static void
cluster_clear (DgDiagramCluster *c)
{
  g_free (c->label);
}

/* A diagram of changes draws the facts marked and what they link: the
 * ends of a marked edge, the neighbours of a marked node. */
static void
keep_marked (DgDiagram *d, GHashTable *marks)
{
  g_autofree gboolean *nodes = g_new0 (gboolean, d->nodes->len + 1);
  g_autofree gboolean *edges = g_new0 (gboolean, d->edges->len + 1);
  g_autofree gboolean *marked = g_new0 (gboolean, d->nodes->len + 1);

  for (guint i = 0; i < d->nodes->len; i++)
    marked[i] = nodes[i] = g_hash_table_contains (
        marks, GUINT_TO_POINTER (g_array_index (d->nodes, DgDiagramNode, i).node));
  for (guint i = 0; i < d->edges->len; i++)
    {
      const DgDiagramEdge *de = &g_array_index (d->edges, DgDiagramEdge, i);

      edges[i] = (de->collapsed && g_hash_table_contains (marks, GUINT_TO_POINTER (de->fact)))
                 || marked[de->tail] || marked[de->head];
      if (edges[i])
        nodes[de->tail] = nodes[de->head] = TRUE;
    }
  dg_diagram_prune (d, nodes, edges);
  /* Facts drawn as edges are all drawn in their change's colour: their
   * classes' and levels' colours would not be seen, so the legend says
   * only the kinds of change. */
  g_ptr_array_set_size (d->values, 0);
  for (guint i = d->relations->len; i-- > 0;)
    {
      gboolean plain = FALSE;

      for (guint k = 0; k < d->edges->len; k++)
        {
          const DgDiagramEdge *de = &g_array_index (d->edges, DgDiagramEdge, k);
          plain
              |= de->style == g_ptr_array_index (d->relations, i)
                 && !(de->collapsed && g_hash_table_contains (marks, GUINT_TO_POINTER (de->fact)));
        }
      if (!plain)
        g_ptr_array_remove_index (d->relations, i);
    }
}

static gint
by_index (gconstpointer a, gconstpointer b)
{
  const DgTerm *x = *(DgTerm *const *)a, *y = *(DgTerm *const *)b;

  return x->index < y->index ? -1 : x->index > y->index;
}

/* Each node and edge marked gets its kind of change, and the kinds drawn
 * join the legend after the values, in the ontology's order. */
static void
mark (DgDiagram *d, GHashTable *marks)
{
  keep_marked (d, marks);
  for (guint i = 0; i < d->nodes->len; i++)
    {
      DgDiagramNode *dn = &g_array_index (d->nodes, DgDiagramNode, i);
      dn->mark = g_hash_table_lookup (marks, GUINT_TO_POINTER (dn->node));
      if (dn->mark && !g_ptr_array_find (d->values, dn->mark, NULL))
        g_ptr_array_add (d->values, (gpointer)dn->mark);
    }
  for (guint i = 0; i < d->edges->len; i++)
    {
      DgDiagramEdge *de = &g_array_index (d->edges, DgDiagramEdge, i);
      de->mark = g_hash_table_lookup (marks, GUINT_TO_POINTER (de->fact));
      if (de->mark && !g_ptr_array_find (d->values, de->mark, NULL))
        g_ptr_array_add (d->values, (gpointer)de->mark);
    }
  g_ptr_array_sort (d->values, by_index);
}

DgDiagram *
dg_diagram_new (const DgDiagramInputs *in)
{
  DgGraph *graph = in->graph;
  guint n_nodes = dg_graph_get_n_nodes (graph);
  g_autofree guint *index = g_new (guint, n_nodes + 1);
  g_autofree guint32 *ends = g_new (guint32, 2 * n_nodes + 2);
  g_autofree gboolean *directed = g_new0 (gboolean, n_nodes + 1);
  g_autoptr (DgFactTerms) terms = dg_fact_terms_new (graph);
  DgDiagram *d = g_new0 (DgDiagram, 1);
  Build b = { graph, in->selection, in->flags, in->languages, terms, d, index, ends, directed };

  d->in = *in;
  d->in.marks = NULL;
  d->nodes = g_array_new (FALSE, FALSE, sizeof (DgDiagramNode));
  g_array_set_clear_func (d->nodes, (GDestroyNotify)node_clear);
  d->edges = g_array_new (FALSE, FALSE, sizeof (DgDiagramEdge));
  g_array_set_clear_func (d->edges, (GDestroyNotify)edge_clear);
  d->clusters = g_array_new (FALSE, FALSE, sizeof (DgDiagramCluster));
  g_array_set_clear_func (d->clusters, (GDestroyNotify)cluster_clear);
  d->classes = g_ptr_array_new ();
  d->relations = g_ptr_array_new ();
  d->values = g_ptr_array_new ();
  find_collapsed (&b);
  add_nodes (&b);
  add_edges (&b);
  add_collapsed_edges (&b);
  if (in->flags & DG_VIEW_CLUSTERS)
    add_clusters (&b);
  if (in->marks)
    mark (d, in->marks);
  return d;
}

void
dg_diagram_free (DgDiagram *diagram)
{
  if (!diagram)
    return;
  g_array_unref (diagram->nodes);
  g_array_unref (diagram->edges);
  g_array_unref (diagram->clusters);
  g_ptr_array_unref (diagram->classes);
  g_ptr_array_unref (diagram->relations);
  g_ptr_array_unref (diagram->values);
  g_free (diagram);
}

guint
dg_diagram_count_nodes (DgGraph *graph, DgSelection *selection)
{
  guint n_nodes = dg_graph_get_n_nodes (graph), count = 0;

  for (guint v = 0; v < n_nodes; v++)
    count += shown (graph, selection, v);
  return count;
}

void
dg_diagram_prune (DgDiagram *d, const gboolean *keep_nodes, const gboolean *keep_edges)
{
  g_autofree guint *renumber = g_new (guint, d->nodes->len + 1);
  guint n = 0, m = 0;

  for (guint i = 0; i < d->nodes->len; i++)
    {
      DgDiagramNode *dn = &g_array_index (d->nodes, DgDiagramNode, i);

      renumber[i] = keep_nodes[i] ? n : G_MAXUINT;
      if (!keep_nodes[i])
        node_clear (dn);
      else if (i != n++)
        g_array_index (d->nodes, DgDiagramNode, n - 1) = *dn;
    }
  /* The cleared ones are moved past the end: the array's clear function
   * must not see them again. */
  g_array_set_clear_func (d->nodes, NULL);
  g_array_set_size (d->nodes, n);
  g_array_set_clear_func (d->nodes, (GDestroyNotify)node_clear);
  for (guint i = 0; i < d->edges->len; i++)
    {
      DgDiagramEdge *de = &g_array_index (d->edges, DgDiagramEdge, i);

      if (!keep_edges[i] || renumber[de->tail] == G_MAXUINT || renumber[de->head] == G_MAXUINT)
        {
          edge_clear (de);
          continue;
        }
      de->tail = renumber[de->tail];
      de->head = renumber[de->head];
      if (i != m++)
        g_array_index (d->edges, DgDiagramEdge, m - 1) = *de;
    }
  g_array_set_clear_func (d->edges, NULL);
  g_array_set_size (d->edges, m);
  g_array_set_clear_func (d->edges, (GDestroyNotify)edge_clear);
  /* The legend lists what is still drawn. */
  g_ptr_array_set_size (d->classes, 0);
  g_ptr_array_set_size (d->relations, 0);
  g_ptr_array_set_size (d->values, 0);
  for (guint i = 0; i < d->nodes->len; i++)
    note_term (d->classes, (DgTerm *)g_array_index (d->nodes, DgDiagramNode, i).klass);
  for (guint i = 0; i < d->edges->len; i++)
    {
      const DgDiagramEdge *de = &g_array_index (d->edges, DgDiagramEdge, i);
      note_term (d->relations, (DgTerm *)de->style);
      note_term (d->values, (DgTerm *)de->value);
    }
}
