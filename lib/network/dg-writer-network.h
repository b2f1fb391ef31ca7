/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <gio/gio.h>

#include "dg-view.h"

G_BEGIN_DECLS

/**
 * DgNetworkFormat:
 * @DG_NETWORK_GRAPHML: GraphML, typed keys for nodes and for edges
 *   (networkx, igraph, Gephi, yEd)
 * @DG_NETWORK_GEXF: GEXF 1.2draft, dynamic: nodes and edges with the
 *   start and end of their facts, for Gephi's timeline (networkx reads it)
 * @DG_NETWORK_CSV: a node list and an edge list, RFC 4180 (written into a
 *   directory as `nodes.csv` and `edges.csv`)
 * @DG_NETWORK_CYTOSCAPE: Cytoscape.js elements JSON
 *
 * The formats of a #DgNetworkWriter.
 */
typedef enum
{
  DG_NETWORK_GRAPHML,
  DG_NETWORK_GEXF,
  DG_NETWORK_CSV,
  DG_NETWORK_CYTOSCAPE,
} DgNetworkFormat;

/**
 * DgNetworkPart:
 * @DG_NETWORK_NODES: the nodes' table
 * @DG_NETWORK_EDGES: the edges' table
 *
 * Which table of a network dg_network_writer_list_columns() describes.
 */
typedef enum
{
  DG_NETWORK_NODES,
  DG_NETWORK_EDGES,
} DgNetworkPart;

#define DG_TYPE_NETWORK_WRITER (dg_network_writer_get_type ())
G_DECLARE_FINAL_TYPE (DgNetworkWriter, dg_network_writer, DG, NETWORK_WRITER, GObject)

DgNetworkWriter *dg_network_writer_new (DgView *view);
void dg_network_writer_set_format (DgNetworkWriter *self, DgNetworkFormat format);
gboolean dg_network_writer_set_format_name (DgNetworkWriter *self, const char *name,
                                            GError **error);
gboolean dg_network_format_for_name (const char *file_name, DgNetworkFormat *format);
guint dg_network_writer_count_nodes (DgNetworkWriter *self, guint *n_edges);
char **dg_network_writer_list_columns (DgNetworkWriter *self, DgNetworkPart part,
                                       char ***types);
gboolean dg_network_writer_write (DgNetworkWriter *self, GOutputStream *stream, GError **error);
gboolean dg_network_writer_write_file (DgNetworkWriter *self, const char *path, GError **error);

G_END_DECLS
