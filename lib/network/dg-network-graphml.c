/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-network-private.h"

/* GraphML (graphml.graphdrawing.org, 1.0).  Every key is declared for
 * nodes or for edges, never for="all", which igraph 0.10 ignores; values
 * left empty are left out (GraphML: no value).  Node ids are the IRIs. */

static const char *const node_keys[][2] = {
  { "label", "label" }, { "class", "class" }, { "class_label", "class_label" },
  { "start", "start" }, { "end", "end" },
};
static const char *const edge_keys[][2] = {
  { "e_label", "label" }, { "e_relation", "relation" }, { "e_fact", "fact" },
  { "e_start", "start" }, { "e_end", "end" },
};

static gboolean
data (DgNetworkOut *out, const char *key, const char *value)
{
  if (!value[0])
    return TRUE;
  dg_network_out_printf (out, "      <data key=\"%s\">", key);
  if (!dg_network_out_xml (out, value))
    return FALSE;
  dg_network_out_printf (out, "</data>\n");
  return TRUE;
}

gboolean
dg_network_write_graphml (const DgNetwork *net, DgNetworkOut *out)
{
  gboolean undirected = dg_network_is_undirected (net);
  gboolean mixed = net->any_directed && net->any_undirected;

  dg_network_out_printf (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                              "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                              "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                              "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  for (guint i = 0; i < G_N_ELEMENTS (node_keys); i++)
    dg_network_out_printf (out,
                           "  <key id=\"%s\" for=\"node\" attr.name=\"%s\" attr.type=\"string\"/>\n",
                           node_keys[i][0], node_keys[i][1]);
  for (guint i = 0; i < G_N_ELEMENTS (edge_keys); i++)
    dg_network_out_printf (out,
                           "  <key id=\"%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"string\"/>\n",
                           edge_keys[i][0], edge_keys[i][1]);
  if (mixed)
    dg_network_out_printf (out, "  <key id=\"e_symmetric\" for=\"edge\" attr.name=\"symmetric\" "
                                "attr.type=\"boolean\"/>\n");
  dg_network_out_printf (out, "  <graph id=\"G\" edgedefault=\"%s\">\n",
                         undirected ? "undirected" : "directed");
  for (guint i = 0; i < net->nodes->len; i++)
    {
      const DgNetworkNode *n = &g_array_index (net->nodes, DgNetworkNode, i);

      dg_network_out_printf (out, "    <node id=\"");
      if (!dg_network_out_xml (out, n->id))
        return FALSE;
      dg_network_out_printf (out, "\">\n");
      if (!data (out, "label", n->label) || !data (out, "class", n->klass)
          || !data (out, "class_label", n->klass_label) || !data (out, "start", n->start)
          || !data (out, "end", n->end))
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
      if (!data (out, "e_label", e->label) || !data (out, "e_relation", e->relation)
          || !data (out, "e_fact", e->fact) || !data (out, "e_start", e->start)
          || !data (out, "e_end", e->end))
        return FALSE;
      if (mixed)
        dg_network_out_printf (out, "      <data key=\"e_symmetric\">%s</data>\n",
                               e->directed ? "false" : "true");
      dg_network_out_printf (out, "    </edge>\n");
    }
  dg_network_out_printf (out, "  </graph>\n</graphml>\n");
  return TRUE;
}
