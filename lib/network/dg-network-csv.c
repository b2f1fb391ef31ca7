/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-network-private.h"

/* Node and edge lists, RFC 4180 (CRLF line ends, fields quoted when they
 * hold a comma, a quote or a line break), with the column names Gephi's
 * spreadsheet import knows (Id, Label; Source, Target, Type); the other columns are named as in
 * GraphML. */

static void
fields (DgNetworkOut *out, const GPtrArray *row, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      dg_network_out_printf (out, ",");
      dg_network_out_csv (out, dg_network_table_cell (row, i));
    }
  dg_network_out_printf (out, "\r\n");
}

/* Gephi's names for the columns it knows, the table's own for the rest. */
static void
header (DgNetworkOut *out, const char *first, const DgNetworkTable *table)
{
  dg_network_out_printf (out, "%s", first);
  for (guint i = 0; i < table->columns->len; i++)
    {
      const DgNetworkColumn *c = g_ptr_array_index (table->columns, i);

      dg_network_out_printf (out, ",");
      dg_network_out_csv (out, g_str_equal (c->name, "label") ? "Label" : c->name);
    }
  dg_network_out_printf (out, "\r\n");
}

gboolean
dg_network_write_csv_nodes (const DgNetwork *net, DgNetworkOut *out)
{
  guint n = net->node_table->columns->len;

  header (out, "Id", net->node_table);
  for (guint i = 0; i < net->nodes->len; i++)
    {
      const DgNetworkNode *node = &g_array_index (net->nodes, DgNetworkNode, i);

      dg_network_out_csv (out, node->id);
      fields (out, node->row, n);
    }
  return TRUE;
}

gboolean
dg_network_write_csv_edges (const DgNetwork *net, DgNetworkOut *out)
{
  guint n = net->edge_table->columns->len;

  header (out, "Source,Target,Type", net->edge_table);
  for (guint i = 0; i < net->edges->len; i++)
    {
      const DgNetworkEdge *e = &g_array_index (net->edges, DgNetworkEdge, i);

      dg_network_out_csv (out, g_array_index (net->nodes, DgNetworkNode, e->source).id);
      dg_network_out_printf (out, ",");
      dg_network_out_csv (out, g_array_index (net->nodes, DgNetworkNode, e->target).id);
      dg_network_out_printf (out, ",%s", e->directed ? "Directed" : "Undirected");
      fields (out, e->row, n);
    }
  return TRUE;
}
