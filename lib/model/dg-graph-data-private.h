/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-graph-private.h"
#include "dg-intern-private.h"

G_BEGIN_DECLS

/* The graph's own data, for the files that make it (dg-graph.c) and
 * append to it (dg-graph-merge.c); everything else goes through
 * dg-graph-private.h. */

typedef struct
{
  guint32 iri;             /* interned; "_:b<n>" for a blank node */
  guint32 klass;           /* interned class IRI, 0 when unknown */
  guint32 asserted : 1;    /* the class is stated in the data */
  guint32 type_graph : 31; /* where, as dg_graph_edge_graph() */
} Node;

/* The named graph of the statements from @first on, to the next run. */
typedef struct
{
  guint32 first;
  guint32 graph; /* as dg_graph_edge_graph() */
} GraphRun;

struct _DgGraph
{
  GObject parent_instance;
  DgOntology *ontology;
  DgIntern *strings;
  GArray *nodes;            /* Node */
  /* Statements in segments, each a GArray of DgEdge from its start on: a
   * graph read apart on another thread hands its statements over whole
   * (dg-graph-merge.c) instead of copying them, so that a reading in parts
   * never holds them twice.  Most graphs have one segment. */
  GPtrArray *segments;
  GArray *segment_starts; /* guint32, the first statement of each */
  guint n_edges;
  GArray *literals;   /* DgLiteral, each value once */
  GArray *graph_runs; /* GraphRun by first: where the graph changes */
  /* Literal ids + 1 by value (open addressing, at most half full): a value
   * stated again takes the same literal, as a repeated IRI takes the same
   * string. */
  guint32 *literal_table;
  gsize literal_mask;
  GArray *node_by_iri;      /* guint32 node + 1 by interned string id, 0: no node */
  GHashTable *terms;        /* interned iri -> DgTerm* or NULL */
  GHashTable *derived_from; /* (source << 32 | fact) pairs already linked */
  GHashTable *n_citations;  /* fact -> count */
  /* IRIs that name relations and datatypes recur on every statement: the
   * last ones seen, with their interned ids (iri is set once a slot is). */
  struct
  {
    const char *iri;
    guint32 id;
  } recent[16];
  guint64 n_typed;
  guint32 current_graph; /* see dg_graph_set_current_graph() */
  guint32 default_graph; /* the interned "", once a reader names it */
  gboolean named_graphs; /* a statement is in a named graph */
  guint n_blank;
  /* Subject index, rebuilt on demand after changes. */
  GArray *order;      /* guint32 edge indexes grouped by subject */
  GArray *offsets;    /* guint32 per node + 1 */
  guint n_duplicates; /* statements the index leaves out as repeated */
  GArray *repeated;   /* a bit per statement: left out of the index */
  gboolean index_valid;
};

G_GNUC_INTERNAL Node *dg_graph_node_at (DgGraph *self, guint node);
/* Appends @edges, statements of the graph already (their graphs as
 * @runs say, from their first on), taking the array. */
G_GNUC_INTERNAL void dg_graph_adopt_edges (DgGraph *self, GArray *edges, GArray *runs,
                                           const guint32 *graph_ids);
G_GNUC_INTERNAL void dg_graph_append_edge_in (DgGraph *self, guint subject, guint32 predicate,
                                              guint32 object, gboolean literal, guint32 graph);
/* The literal of that value, made if need be (its ids interned). */
G_GNUC_INTERNAL guint32 dg_graph_literal_id (DgGraph *self, guint32 lexical, guint32 datatype,
                                             guint32 language);
/* @n is of class @klass (an interned IRI), stated in the current graph. */
G_GNUC_INTERNAL void dg_graph_set_class_id (DgGraph *self, Node *n, guint32 klass);

G_END_DECLS
