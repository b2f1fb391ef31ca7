/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-network-private.h"

/* Cytoscape.js elements JSON ({"elements": {"nodes": […], "edges": […]}}),
 * which cy.json() and Cytoscape Desktop read; each element's fields in its
 * "data". */

static void
field (DgNetworkOut *out, const char *name, const char *value)
{
  if (!value[0])
    return;
  dg_network_out_printf (out, ",\"%s\":", name);
  dg_network_out_json (out, value);
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
      field (out, "label", n->label);
      field (out, "class", n->klass);
      field (out, "class_label", n->klass_label);
      field (out, "start", n->start);
      field (out, "end", n->end);
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
      field (out, "label", e->label);
      field (out, "relation", e->relation);
      field (out, "fact", e->fact);
      field (out, "start", e->start);
      field (out, "end", e->end);
      dg_network_out_printf (out, ",\"directed\":%s}}", e->directed ? "true" : "false");
    }
  dg_network_out_printf (out, "\n]}}\n");
  return TRUE;
}
