/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-graph-private.h"
#include "dg-selection.h"
#include "dg-writer-dot.h"

G_BEGIN_DECLS

/* What a view of a graph draws, decided once from the graph, a selection
 * and the ontology's diagram annotations (dg-diagram.c): its nodes, its
 * edges (links, and n-ary facts collapsed to labelled edges), the boxes
 * that cluster nodes, and the legend's classes and relations, with labels
 * in the chosen languages and the quotes that cite each.  A visual writer
 * maps it onto its format (dg-writer-dot.c onto cgraph); none makes these
 * decisions again.  Text is as the data has it: each writer escapes and
 * wraps it as its format needs. */

#define DG_DIAGRAM_NO_CLUSTER G_MAXUINT

typedef struct
{
  guint node;          /* the graph's node */
  const char *iri;     /* its IRI (the graph's) */
  char *label;         /* in the language chain, else the IRI's tail */
  char *tooltip;       /* the class, then each quote with its source */
  const char *link;    /* the IRI when a browser may follow it (http, https), else NULL */
  const DgTerm *klass; /* its style (shape, fill), or NULL */
  guint cluster;       /* index into clusters, or DG_DIAGRAM_NO_CLUSTER */
} DgDiagramNode;

typedef struct
{
  guint tail, head;    /* indexes into nodes */
  const char *iri;     /* the relation's IRI, or a collapsed fact's */
  char *label;         /* the relation's label, or the fact's */
  const char *date;    /* a collapsed fact's date, as written; NULL */
  char *tooltip;       /* a collapsed fact's tooltip; NULL for a link */
  const char *link;    /* a collapsed fact's IRI when a browser may follow it */
  const DgTerm *style; /* the relation, or the collapsed fact's class; nullable */
  const DgTerm *value; /* a collapsed fact's label value when it has an edge colour (a
                        * partnership's level), else NULL */
  gboolean collapsed;  /* an n-ary fact drawn as this edge */
  guint fact;          /* that fact's graph node; DG_NO_NODE for a link */
  gboolean undirected; /* a collapsed fact whose two ends are alike */
} DgDiagramEdge;

typedef struct
{
  guint root;      /* the graph node the box is named after (a state) */
  const char *iri; /* its IRI */
  char *label;
} DgDiagramCluster;

typedef struct
{
  GArray *nodes;        /* DgDiagramNode, in graph order */
  GArray *edges;        /* DgDiagramEdge: links in graph order, then collapsed facts */
  GArray *clusters;     /* DgDiagramCluster, in the order their first member comes */
  GPtrArray *classes;   /* const DgTerm*: the classes drawn, first drawn first */
  GPtrArray *relations; /* const DgTerm*: the relations (and collapsed classes) drawn */
  GPtrArray *values;    /* const DgTerm*: the coloured label values drawn (levels) */
} DgDiagram;

/* The diagram of @graph as @selection (nullable) keeps it, with @flags'
 * clusters and collapsed facts, labels in @languages. */
G_GNUC_INTERNAL DgDiagram *dg_diagram_new (DgGraph *graph, DgSelection *selection,
                                           DgDotFlags flags, const char *const *languages);
G_GNUC_INTERNAL void dg_diagram_free (DgDiagram *diagram);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgDiagram, dg_diagram_free)

/* Keeps the nodes and edges of @diagram whose flag is set (an edge also
 * needs both its ends), renumbered in order; the legend's lists follow. */
G_GNUC_INTERNAL void dg_diagram_prune (DgDiagram *diagram, const gboolean *keep_nodes,
                                       const gboolean *keep_edges);

/* How many of @graph's nodes @selection shows (as nodes or as collapsed
 * edges), without building the diagram. */
G_GNUC_INTERNAL guint dg_diagram_count_nodes (DgGraph *graph, DgSelection *selection);

G_END_DECLS
