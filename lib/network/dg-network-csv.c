/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-network-private.h"

/* Node and edge lists, RFC 4180 (CRLF line ends, fields quoted when they
 * hold a comma, a quote or a line break), with the column names Gephi's
 * spreadsheet import knows (Id, Label; Source, Target, Type). */

static void
row (DgNetworkOut *out, const char *const *fields, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      if (i)
        dg_network_out_printf (out, ",");
      dg_network_out_csv (out, fields[i]);
    }
  dg_network_out_printf (out, "\r\n");
}

gboolean
dg_network_write_csv_nodes (const DgNetwork *net, DgNetworkOut *out)
{
  static const char *const header[] = { "Id", "Label", "Class", "ClassLabel", "Start", "End" };

  row (out, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < net->nodes->len; i++)
    {
      const DgNetworkNode *n = &g_array_index (net->nodes, DgNetworkNode, i);
      const char *fields[] = { n->id, n->label, n->klass, n->klass_label, n->start, n->end };
      row (out, fields, G_N_ELEMENTS (fields));
    }
  return TRUE;
}

gboolean
dg_network_write_csv_edges (const DgNetwork *net, DgNetworkOut *out)
{
  static const char *const header[]
      = { "Source", "Target", "Type", "Label", "Relation", "Fact", "Start", "End" };

  row (out, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < net->edges->len; i++)
    {
      const DgNetworkEdge *e = &g_array_index (net->edges, DgNetworkEdge, i);
      const char *fields[] = { g_array_index (net->nodes, DgNetworkNode, e->source).id,
                               g_array_index (net->nodes, DgNetworkNode, e->target).id,
                               e->directed ? "Directed" : "Undirected",
                               e->label,
                               e->relation,
                               e->fact,
                               e->start,
                               e->end };
      row (out, fields, G_N_ELEMENTS (fields));
    }
  return TRUE;
}
