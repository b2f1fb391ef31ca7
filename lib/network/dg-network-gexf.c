/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-network-private.h"

/* GEXF 1.2draft (gexf.net), dynamic: each node and edge has the start and
 * end of its fact as dates, so Gephi's timeline shows partnerships come
 * and go.  1.2draft, not 1.3: networkx 2.8 reads only the former.  Start
 * and end are days (timeformat="date"); GEXF 1.2 has no date attribute
 * type, so a fact's other dates are text, each beside its precision. */

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

static const char *
gexf_type (DgColumnType type)
{
  return type == DG_COLUMN_DATE ? "string" : dg_column_type_name (type);
}

/* The columns written as attvalues: all but the element's own. */
static gboolean
declare (DgNetworkOut *out, const DgNetworkTable *table, const char *what)
{
  dg_network_out_printf (out, "    <attributes class=\"%s\" mode=\"static\">\n", what);
  for (guint i = 0; i < table->columns->len; i++)
    {
      const DgNetworkColumn *c = g_ptr_array_index (table->columns, i);

      if (c->element)
        continue;
      dg_network_out_printf (out, "      <attribute id=\"%u\" title=\"", i);
      if (!dg_network_out_xml (out, c->name))
        return FALSE;
      dg_network_out_printf (out, "\" type=\"%s\"/>\n", gexf_type (c->type));
    }
  dg_network_out_printf (out, "    </attributes>\n");
  return TRUE;
}

/* The element's label, start and end, then ">" and its attvalues. */
static gboolean
values (DgNetworkOut *out, const DgNetworkTable *table, const GPtrArray *row)
{
  for (guint i = 0; i < table->columns->len; i++)
    {
      const DgNetworkColumn *c = g_ptr_array_index (table->columns, i);

      if (c->element && !attribute (out, c->name, dg_network_table_cell (row, i)))
        return FALSE;
    }
  dg_network_out_printf (out, ">\n        <attvalues>\n");
  for (guint i = 0; i < table->columns->len; i++)
    {
      const DgNetworkColumn *c = g_ptr_array_index (table->columns, i);
      const char *value = dg_network_table_cell (row, i);

      if (c->element || !value[0])
        continue;
      dg_network_out_printf (out, "          <attvalue for=\"%u\" value=\"", i);
      if (!dg_network_out_xml (out, value))
        return FALSE;
      dg_network_out_printf (out, "\"/>\n");
    }
  dg_network_out_printf (out, "        </attvalues>\n");
  return TRUE;
}

gboolean
dg_network_write_gexf (const DgNetwork *net, DgNetworkOut *out)
{
  dg_network_out_printf (out,
                         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
                         "  <meta>\n    <creator>diplograph</creator>\n  </meta>\n"
                         "  <graph mode=\"dynamic\" defaultedgetype=\"%s\" timeformat=\"date\">\n",
                         dg_network_is_undirected (net) ? "undirected" : "directed");
  if (!declare (out, net->node_table, "node") || !declare (out, net->edge_table, "edge"))
    return FALSE;
  dg_network_out_printf (out, "    <nodes>\n");
  for (guint i = 0; i < net->nodes->len; i++)
    {
      const DgNetworkNode *n = &g_array_index (net->nodes, DgNetworkNode, i);

      dg_network_out_printf (out, "      <node");
      if (!attribute (out, "id", n->id) || !values (out, net->node_table, n->row))
        return FALSE;
      dg_network_out_printf (out, "      </node>\n");
    }
  dg_network_out_printf (out, "    </nodes>\n    <edges>\n");
  for (guint i = 0; i < net->edges->len; i++)
    {
      const DgNetworkEdge *e = &g_array_index (net->edges, DgNetworkEdge, i);

      dg_network_out_printf (out, "      <edge id=\"%u\"", i);
      if (!attribute (out, "source", g_array_index (net->nodes, DgNetworkNode, e->source).id)
          || !attribute (out, "target", g_array_index (net->nodes, DgNetworkNode, e->target).id)
          || !values (out, net->edge_table, e->row))
        return FALSE;
      dg_network_out_printf (out, "      </edge>\n");
    }
  dg_network_out_printf (out, "    </edges>\n  </graph>\n</gexf>\n");
  return TRUE;
}
