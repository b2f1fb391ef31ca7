/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-network-private.h"

/* GEXF 1.2draft (gexf.net), dynamic: each node and edge has the start and
 * end of its fact as dates, so Gephi's timeline shows partnerships come
 * and go.  1.2draft, not 1.3: networkx 2.8 reads only the former. */

static gboolean
attribute (DgNetworkOut *out, const char *name, const char *value)
{
  if (!value[0])
    return TRUE;
  dg_network_out_printf (out, " %s=\"", name);
  if (!dg_network_out_xml (out, value))
    return FALSE;
  dg_network_out_printf (out, "\"");
  return TRUE;
}

static gboolean
attvalue (DgNetworkOut *out, guint id, const char *value)
{
  if (!value[0])
    return TRUE;
  dg_network_out_printf (out, "          <attvalue for=\"%u\" value=\"", id);
  if (!dg_network_out_xml (out, value))
    return FALSE;
  dg_network_out_printf (out, "\"/>\n");
  return TRUE;
}

gboolean
dg_network_write_gexf (const DgNetwork *net, DgNetworkOut *out)
{
  gboolean mixed = net->any_directed && net->any_undirected;

  dg_network_out_printf (out,
                         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
                         "  <meta>\n    <creator>diplograph</creator>\n  </meta>\n"
                         "  <graph mode=\"dynamic\" defaultedgetype=\"%s\" timeformat=\"date\">\n"
                         "    <attributes class=\"node\" mode=\"static\">\n"
                         "      <attribute id=\"0\" title=\"class\" type=\"string\"/>\n"
                         "      <attribute id=\"1\" title=\"class_label\" type=\"string\"/>\n"
                         "    </attributes>\n"
                         "    <attributes class=\"edge\" mode=\"static\">\n"
                         "      <attribute id=\"0\" title=\"relation\" type=\"string\"/>\n"
                         "      <attribute id=\"1\" title=\"fact\" type=\"string\"/>\n"
                         "%s"
                         "    </attributes>\n"
                         "    <nodes>\n",
                         dg_network_is_undirected (net) ? "undirected" : "directed",
                         mixed ? "      <attribute id=\"2\" title=\"symmetric\" type=\"boolean\"/>\n"
                               : "");
  for (guint i = 0; i < net->nodes->len; i++)
    {
      const DgNetworkNode *n = &g_array_index (net->nodes, DgNetworkNode, i);

      dg_network_out_printf (out, "      <node");
      if (!attribute (out, "id", n->id) || !attribute (out, "label", n->label)
          || !attribute (out, "start", n->start) || !attribute (out, "end", n->end))
        return FALSE;
      dg_network_out_printf (out, ">\n        <attvalues>\n");
      if (!attvalue (out, 0, n->klass) || !attvalue (out, 1, n->klass_label))
        return FALSE;
      dg_network_out_printf (out, "        </attvalues>\n      </node>\n");
    }
  dg_network_out_printf (out, "    </nodes>\n    <edges>\n");
  for (guint i = 0; i < net->edges->len; i++)
    {
      const DgNetworkEdge *e = &g_array_index (net->edges, DgNetworkEdge, i);

      dg_network_out_printf (out, "      <edge id=\"%u\"", i);
      if (!attribute (out, "source", g_array_index (net->nodes, DgNetworkNode, e->source).id)
          || !attribute (out, "target", g_array_index (net->nodes, DgNetworkNode, e->target).id)
          || !attribute (out, "label", e->label) || !attribute (out, "start", e->start)
          || !attribute (out, "end", e->end))
        return FALSE;
      dg_network_out_printf (out, ">\n        <attvalues>\n");
      if (!attvalue (out, 0, e->relation) || !attvalue (out, 1, e->fact))
        return FALSE;
      if (mixed)
        dg_network_out_printf (out, "          <attvalue for=\"2\" value=\"%s\"/>\n",
                               e->directed ? "false" : "true");
      dg_network_out_printf (out, "        </attvalues>\n      </edge>\n");
    }
  dg_network_out_printf (out, "    </edges>\n  </graph>\n</gexf>\n");
  return TRUE;
}
