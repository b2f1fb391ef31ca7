/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-writer-network.h"

G_BEGIN_DECLS

/* A view of a graph as a network (dg-writer-network.c builds it from the
 * diagram of the view, so the network is what `dot` would draw): nodes,
 * and edges that are links or collapsed n-ary facts, with the time each
 * holds.  One file per syntax writes it (dg-network-graphml.c, …). */

typedef struct
{
  const char *id;          /* the node's IRI */
  char *label;             /* in the language chain */
  const char *klass;       /* its class's IRI, or "" */
  const char *klass_label; /* in the language chain, or "" */
  char start[11], end[11]; /* YYYY-MM-DD, or "" */
} DgNetworkNode;

typedef struct
{
  guint source, target;    /* indexes into nodes */
  const char *relation;    /* the relation's IRI, or a collapsed fact's class */
  const char *fact;        /* a collapsed fact's IRI, or "" */
  char *label;             /* the relation's label, or the fact's */
  char start[11], end[11]; /* YYYY-MM-DD, or "" */
  gboolean directed;       /* FALSE: a fact whose two ends are alike */
} DgNetworkEdge;

typedef struct
{
  GArray *nodes; /* DgNetworkNode */
  GArray *edges; /* DgNetworkEdge */
  gboolean any_directed, any_undirected;
} DgNetwork;

/* A buffered stream: each syntax writes through it, the first error kept. */
typedef struct
{
  GOutputStream *stream;
  GString *buffer;
  GError **error;
  gboolean failed;
} DgNetworkOut;

G_GNUC_INTERNAL void dg_network_out_flush (DgNetworkOut *out);
G_GNUC_INTERNAL void dg_network_out_printf (DgNetworkOut *out, const char *format, ...)
    G_GNUC_PRINTF (2, 3);
/* Text in XML content or attributes; FALSE (and an error) for a character
 * XML 1.0 cannot hold, which no reader would take back. */
G_GNUC_INTERNAL gboolean dg_network_out_xml (DgNetworkOut *out, const char *text);
/* A JSON string, quoted. */
G_GNUC_INTERNAL void dg_network_out_json (DgNetworkOut *out, const char *text);
/* An RFC 4180 field, quoted when it holds a comma, quote or line break; a
 * field a spreadsheet would take for a formula (=, +, -, @, tab or CR
 * first, and not a number) is written as text behind a "'"; FALSE (and an
 * error) for U+0000. */
G_GNUC_INTERNAL gboolean dg_network_out_csv (DgNetworkOut *out, const char *text);

/* How the edges are directed: "directed" or "undirected" when all are
 * alike; a network with both is written directed, and each edge says
 * whether its fact is symmetric (networkx refuses a directed graph with an
 * undirected edge). */
G_GNUC_INTERNAL gboolean dg_network_is_undirected (const DgNetwork *network);

G_GNUC_INTERNAL gboolean dg_network_write_graphml (const DgNetwork *network, DgNetworkOut *out);
G_GNUC_INTERNAL gboolean dg_network_write_gexf (const DgNetwork *network, DgNetworkOut *out);
G_GNUC_INTERNAL gboolean dg_network_write_cytoscape (const DgNetwork *network, DgNetworkOut *out);
G_GNUC_INTERNAL gboolean dg_network_write_csv_nodes (const DgNetwork *network, DgNetworkOut *out);
G_GNUC_INTERNAL gboolean dg_network_write_csv_edges (const DgNetwork *network, DgNetworkOut *out);

G_END_DECLS
