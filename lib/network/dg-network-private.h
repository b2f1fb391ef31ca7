/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-writer-network.h"

G_BEGIN_DECLS

/* A view of a graph as a network (dg-writer-network.c builds it from the
 * diagram of the view, so the network is what `dot` would draw): nodes,
 * and edges that are links or collapsed n-ary facts, with the time each
 * holds.  One file per syntax writes it (dg-network-graphml.c, …). */

/* What a column holds, as the formats type it: GraphML's attr.type, GEXF's
 * attribute type, JSON numbers and booleans.  A date is written as the
 * first day it may denote ("2014" as 2014-01-01), beside a column
 * NAME_precision saying what it was. */
typedef enum
{
  DG_COLUMN_STRING,
  DG_COLUMN_LONG,
  DG_COLUMN_DOUBLE,
  DG_COLUMN_BOOLEAN,
  DG_COLUMN_DATE,
} DgColumnType;

typedef struct
{
  char *name;
  DgColumnType type;
  gboolean element; /* GEXF writes it as the element's own attribute */
} DgNetworkColumn;

/* The columns of the nodes or of the edges, and their rows: each row a
 * GPtrArray of cells (char *, NULL where the row has no value), by column. */
typedef struct
{
  GPtrArray *columns; /* DgNetworkColumn * */
  GHashTable *index;  /* name -> column + 1 */
  GHashTable *owner;  /* name -> the predicate it holds, for a data column */
} DgNetworkTable;

G_GNUC_INTERNAL DgNetworkTable *dg_network_table_new (void);
G_GNUC_INTERNAL void dg_network_table_free (DgNetworkTable *table);
/* The column @name, added when missing; a column given values of two
 * types becomes text. */
G_GNUC_INTERNAL guint dg_network_table_column (DgNetworkTable *table, const char *name,
                                               DgColumnType type);
/* Sets @row's cell in @column; a second value joins the first ("; ") and
 * makes the column text, so no value is dropped. */
G_GNUC_INTERNAL void dg_network_table_set (DgNetworkTable *table, GPtrArray *row, guint column,
                                           const char *value);
/* The cell, or "" when the row has none. */
G_GNUC_INTERNAL const char *dg_network_table_cell (const GPtrArray *row, guint column);
/* Puts the columns from @first on in the order of their names, in every
 * row of @rows (GPtrArray * each). */
G_GNUC_INTERNAL void dg_network_table_sort (DgNetworkTable *table, guint first, GPtrArray *rows);
G_GNUC_INTERNAL const char *dg_column_type_name (DgColumnType type);

typedef struct
{
  const char *id; /* the node's IRI */
  GPtrArray *row;
} DgNetworkNode;

typedef struct
{
  guint source, target; /* indexes into nodes */
  gboolean directed;    /* FALSE: a fact whose two ends are alike */
  GPtrArray *row;
} DgNetworkEdge;

typedef struct
{
  GArray *nodes;         /* DgNetworkNode */
  GArray *edges;         /* DgNetworkEdge */
  DgNetworkTable *node_table, *edge_table;
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

/* Whether @type's cells are written bare in JSON (numbers, booleans). */
G_GNUC_INTERNAL gboolean dg_column_is_json_literal (DgColumnType type);

G_GNUC_INTERNAL gboolean dg_network_write_graphml (const DgNetwork *network, DgNetworkOut *out);
G_GNUC_INTERNAL gboolean dg_network_write_gexf (const DgNetwork *network, DgNetworkOut *out);
G_GNUC_INTERNAL gboolean dg_network_write_cytoscape (const DgNetwork *network, DgNetworkOut *out);
G_GNUC_INTERNAL gboolean dg_network_write_csv_nodes (const DgNetwork *network, DgNetworkOut *out);
G_GNUC_INTERNAL gboolean dg_network_write_csv_edges (const DgNetwork *network, DgNetworkOut *out);

G_END_DECLS
