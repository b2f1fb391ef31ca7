/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-graph-private.h"
#include "dg-selection.h"
#include "dg-view.h"

G_BEGIN_DECLS

/* What a view of a graph draws, decided once from the graph, a selection
 * and the ontology's diagram annotations (dg-diagram.c): its nodes, its
 * edges (links, and n-ary facts collapsed to labelled edges), the boxes
 * that cluster nodes, and the legend's classes and relations, with labels
 * in the chosen languages and the quotes that cite each.  A visual writer
 * maps it onto its format (dg-writer-dot.c onto cgraph); none makes these
 * decisions again.  Text is as the data has it: each writer escapes and
 * wraps it as its format needs.  A diagram is built once per output. */

/* What a diagram is made from: a view's settings (dg_view_get_inputs()),
 * and what one output adds to them. */
typedef struct
{
  DgGraph *graph;
  DgSelection *selection;         /* nullable */
  DgViewFlags flags;              /* clusters, legend, collapsed facts */
  const char *const *languages;   /* borrowed for the diagram's life */
  guint date_length;              /* characters of a collapsed fact's date kept; 0: all */
  GHashTable *marks;              /* graph node -> const DgTerm* kind of change (a diff): only
                                   * what is marked and its neighbours is drawn; nullable */
  gboolean element_ids;           /* nodes and edges carry ids for a page's script */
} DgDiagramInputs;

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
  const DgTerm *mark;  /* its kind of change when marked, else NULL */
  const char *date;    /* an event's date, as written (a moment's class), else NULL */
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
  const DgTerm *mark;  /* a collapsed fact's kind of change when marked, else NULL */
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
  GPtrArray *values;    /* const DgTerm*: the coloured label values drawn (levels), then the
                         * kinds of change marked */
  DgDiagramInputs in;   /* what it was made from (marks not kept) */
} DgDiagram;

/* The diagram of @in's graph as its selection keeps it, with its flags'
 * clusters and collapsed facts, labels in its languages; when it has
 * marks, only what is marked and what that links. */
G_GNUC_INTERNAL DgDiagram *dg_diagram_new (const DgDiagramInputs *in);
G_GNUC_INTERNAL void dg_diagram_free (DgDiagram *diagram);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgDiagram, dg_diagram_free)

/* Keeps the nodes and edges of @diagram whose flag is set (an edge also
 * needs both its ends), renumbered in order; the legend's lists follow. */
G_GNUC_INTERNAL void dg_diagram_prune (DgDiagram *diagram, const gboolean *keep_nodes,
                                       const gboolean *keep_edges);

/* An IRI a browser may follow from a drawing (http, https), else NULL. */
G_GNUC_INTERNAL const char *dg_diagram_link_of (const char *iri);

/* How many of @graph's nodes @selection shows (as nodes or as collapsed
 * edges), without building the diagram. */
G_GNUC_INTERNAL guint dg_diagram_count_nodes (DgGraph *graph, DgSelection *selection);

G_END_DECLS
