/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-network-private.h"

/* Cytoscape.js elements JSON ({"elements": {"nodes": […], "edges": […]}}),
 * which cy.json() and Cytoscape Desktop read; each element's fields in its
 * "data". */

/* Numbers and booleans bare, the rest as strings. */
static void
fields (DgNetworkOut *out, const DgNetworkTable *table, const GPtrArray *row)
{
  for (guint i = 0; i < table->columns->len; i++)
    {
      const DgNetworkColumn *c = g_ptr_array_index (table->columns, i);
      const char *value = dg_network_table_cell (row, i);

      if (!value[0])
        continue;
      dg_network_out_printf (out, ",");
      dg_network_out_json (out, c->name);
      dg_network_out_printf (out, ":");
      if (dg_column_is_json_literal (c->type))
        dg_network_out_printf (out, "%s", value);
      else
        dg_network_out_json (out, value);
    }
}

gboolean
dg_network_write_cytoscape (const DgNetwork *net, DgNetworkOut *out)
{
  dg_network_out_printf (out, "{\"elements\":{\"nodes\":[");
  for (guint i = 0; i < net->nodes->len; i++)
    {
      const DgNetworkNode *n = &g_array_index (net->nodes, DgNetworkNode, i);

      dg_network_out_printf (out, "%s\n{\"data\":{\"id\":", i ? "," : "");
      dg_network_out_json (out, n->id);
      fields (out, net->node_table, n->row);
      dg_network_out_printf (out, "}}");
    }
  dg_network_out_printf (out, "],\"edges\":[");
  for (guint i = 0; i < net->edges->len; i++)
    {
      const DgNetworkEdge *e = &g_array_index (net->edges, DgNetworkEdge, i);

      dg_network_out_printf (out, "%s\n{\"data\":{\"id\":\"e%u\",\"source\":", i ? "," : "", i);
      dg_network_out_json (out, g_array_index (net->nodes, DgNetworkNode, e->source).id);
      dg_network_out_printf (out, ",\"target\":");
      dg_network_out_json (out, g_array_index (net->nodes, DgNetworkNode, e->target).id);
      fields (out, net->edge_table, e->row);
      dg_network_out_printf (out, ",\"directed\":%s}}", e->directed ? "true" : "false");
    }
  dg_network_out_printf (out, "\n]}}\n");
  return TRUE;
}
