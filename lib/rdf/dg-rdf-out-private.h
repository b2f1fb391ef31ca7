/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-fact-private.h"
#include "dg-graph-private.h"
#include "dg-output-private.h"
#include "dg-writer-rdf.h"

G_BEGIN_DECLS

/* The id of the default graph where statements go: not a valid string id. */
#define DG_RDF_DEFAULT_GRAPH G_MAXUINT32

/* What writing statements takes (dg-rdf-out.c): the graph, the syntax,
 * where the bytes go and what was written.  The writer holds one; each
 * batch written on another thread a copy of it with a buffer of its own. */
typedef struct
{
  DgGraph *graph;
  DgRdfFormat format;
  gboolean default_graph; /* every statement in the default graph */
  DgSink sink;
  GPtrArray *prefixes;  /* prefix, namespace, ... (borrowed) */
  char *data_namespace; /* the empty prefix, for the data's own IRIs (the writer's) */
  /* For datasets: the graphs a node's statements go to when the data did
   * not say (dg_rdf_out_find_sources()), and the terms that decide. */
  GArray *sources;      /* guint32 graph ids */
  GArray *source_nodes; /* guint: the source documents of a node */
  DgFactTerms *terms;   /* the provenance terms, as the graph has them */
  guint32 id_default;
  guint64 n_written;    /* triples or quads written */
  guint64 n_statements; /* N-Triples, N-Quads: statements visited */
} DgRdfOut;

/* Turtle or TriG: prefixed names. */
G_GNUC_INTERNAL gboolean dg_rdf_out_is_turtle (DgRdfOut *self);
G_GNUC_INTERNAL void dg_rdf_out_iri (DgRdfOut *self, const char *iri);
/* The graphs @node's statements go to where the data did not say. */
G_GNUC_INTERNAL void dg_rdf_out_find_sources (DgRdfOut *self, guint node);
/* The graphs a statement stated in @stated goes to: @one, or the sources. */
G_GNUC_INTERNAL const guint32 *dg_rdf_out_graphs_of (DgRdfOut *self, guint32 stated, guint32 *one,
                                                     guint *n);
/* A subject and its statements in graph @graph (0: all) as Turtle. */
G_GNUC_INTERNAL void dg_rdf_out_node_turtle (DgRdfOut *self, guint node, const guint32 *edges,
                                             guint n, guint32 graph);
/* One statement of @node as an N-Triples line (its class when @e is
 * NULL), into self->sink.buf: what an RDF Patch's lines are made of. */
G_GNUC_INTERNAL void dg_rdf_out_line (DgRdfOut *self, guint node, const DgEdge *e);
/* A subject and its statements in Turtle, N-Triples or N-Quads. */
G_GNUC_INTERNAL void dg_rdf_out_node (DgRdfOut *self, guint node);

/* dg-rdf-batches.c: nodes 0 to @n_nodes written on @n_threads threads,
 * byte for byte as dg_rdf_out_node() writes them in order. */
G_GNUC_INTERNAL void dg_rdf_out_in_batches (DgRdfOut *self, guint n_nodes, guint n_threads);

G_END_DECLS
