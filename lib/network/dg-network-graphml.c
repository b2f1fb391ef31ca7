/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-network-private.h"

/* GraphML (graphml.graphdrawing.org, 1.0).  Every key is declared for
 * nodes or for edges, never for="all", which igraph 0.10 ignores; values
 * left empty are left out (GraphML: no value).  Node ids are the IRIs.
 * GraphML has no date type: a date is text, YYYY-MM-DD, beside its
 * precision. */

static const char *
graphml_type (DgColumnType type)
{
  return type == DG_COLUMN_DATE ? "string" : dg_column_type_name (type);
}

/* Keys n0… for the nodes' columns, e0… for the edges'. */
static gboolean
keys (DgNetworkOut *out, const DgNetworkTable *table, const char *what, char prefix)
{
  for (guint i = 0; i < table->columns->len; i++)
    {
      const DgNetworkColumn *c = g_ptr_array_index (table->columns, i);

      dg_network_out_printf (out, "  <key id=\"%c%u\" for=\"%s\" attr.name=\"", prefix, i, what);
      if (!dg_network_out_xml (out, c->name))
        return FALSE;
      dg_network_out_printf (out, "\" attr.type=\"%s\"/>\n", graphml_type (c->type));
    }
  return TRUE;
}

static gboolean
data (DgNetworkOut *out, const GPtrArray *row, char prefix)
{
  for (guint i = 0; i < row->len; i++)
    {
      const char *value = dg_network_table_cell (row, i);

      if (!value[0])
        continue;
      dg_network_out_printf (out, "      <data key=\"%c%u\">", prefix, i);
      if (!dg_network_out_xml (out, value))
        return FALSE;
      dg_network_out_printf (out, "</data>\n");
    }
  return TRUE;
}

gboolean
dg_network_write_graphml (const DgNetwork *net, DgNetworkOut *out)
{
  gboolean undirected = dg_network_is_undirected (net);

  dg_network_out_printf (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                              "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                              "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                              "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  if (!keys (out, net->node_table, "node", 'n') || !keys (out, net->edge_table, "edge", 'e'))
    return FALSE;
  dg_network_out_printf (out, "  <graph id=\"G\" edgedefault=\"%s\">\n",
                         undirected ? "undirected" : "directed");
  for (guint i = 0; i < net->nodes->len; i++)
    {
      const DgNetworkNode *n = &g_array_index (net->nodes, DgNetworkNode, i);

      dg_network_out_printf (out, "    <node id=\"");
      if (!dg_network_out_xml (out, n->id))
        return FALSE;
      dg_network_out_printf (out, "\">\n");
      if (!data (out, n->row, 'n'))
        return FALSE;
      dg_network_out_printf (out, "    </node>\n");
    }
  for (guint i = 0; i < net->edges->len; i++)
    {
      const DgNetworkEdge *e = &g_array_index (net->edges, DgNetworkEdge, i);

      dg_network_out_printf (out, "    <edge id=\"e%u\" source=\"", i);
      if (!dg_network_out_xml (out, g_array_index (net->nodes, DgNetworkNode, e->source).id))
        return FALSE;
      dg_network_out_printf (out, "\" target=\"");
      if (!dg_network_out_xml (out, g_array_index (net->nodes, DgNetworkNode, e->target).id))
        return FALSE;
      dg_network_out_printf (out, "\">\n");
      if (!data (out, e->row, 'e'))
        return FALSE;
      dg_network_out_printf (out, "    </edge>\n");
    }
  dg_network_out_printf (out, "  </graph>\n</graphml>\n");
  return TRUE;
}
