/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dg-view-private.h"
#include "dg-error.h"
#include "dg-fact-private.h"
#include "dg-network-attributes-private.h"
#include "dg-network-private.h"
#include "dg-ontology-private.h"
#include "dg-output.h"
#include "dg-text.h"
#include "dg-text-private.h"

/**
 * DgNetworkWriter:
 *
 * Writes the view of a #DgGraph that a #DgSelection keeps as a network for
 * the tools network scientists use: GraphML (networkx, igraph), dynamic
 * GEXF (Gephi's timeline), node and edge lists in CSV, Cytoscape.js JSON.
 *
 * The network is what `diplograph dot` draws of the same view: the same
 * nodes, and the same edges, n-ary facts (partnerships, diplomatic
 * relations, posts) collapsed to edges when asked, so "the state–state
 * network of partnerships" is the view `--classes State,Partnership
 * --collapse`.  Each node and edge carries its label in the chosen
 * languages, its class or relation IRI and the start and end of its fact
 * (a partnership ends where a later level replaced it).
 */

struct _DgNetworkWriter
{
  GObject parent_instance;
  DgView *view;
  DgNetworkFormat format;
};

G_DEFINE_FINAL_TYPE (DgNetworkWriter, dg_network_writer, G_TYPE_OBJECT)

/* The syntaxes: name, the file endings that ask for it, and its writer. */
static const struct
{
  const char *name;
  const char *suffix[2];
  DgNetworkFormat format;
  gboolean (*write) (const DgNetwork *network, DgNetworkOut *out);
} formats[] = {
  { "graphml", { ".graphml", NULL }, DG_NETWORK_GRAPHML, dg_network_write_graphml },
  { "gexf", { ".gexf", NULL }, DG_NETWORK_GEXF, dg_network_write_gexf },
  { "csv", { NULL, NULL }, DG_NETWORK_CSV, NULL },
  { "cytoscape", { ".cyjs", ".json" }, DG_NETWORK_CYTOSCAPE, dg_network_write_cytoscape },
};

static void
dg_network_writer_finalize (GObject *object)
{
  DgNetworkWriter *self = DG_NETWORK_WRITER (object);

  g_clear_object (&self->view);
  G_OBJECT_CLASS (dg_network_writer_parent_class)->finalize (object);
}

static void
dg_network_writer_class_init (DgNetworkWriterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dg_network_writer_finalize;
}

static void
dg_network_writer_init (DgNetworkWriter *self)
{
  self->format = DG_NETWORK_GRAPHML;
}

/**
 * dg_network_writer_new:
 * @view: the view to write: its graph, selection, languages, and whether
 *   n-ary facts between two nodes are edges (%DG_VIEW_COLLAPSE: a
 *   partnership, a diplomatic relation or a post held between two nodes of
 *   the view is an edge between them, not a node)
 *
 * Returns: (transfer full): a writer of @view as GraphML, until
 *   dg_network_writer_set_format() says otherwise
 */
DgNetworkWriter *
dg_network_writer_new (DgView *view)
{
  DgNetworkWriter *self;

  g_return_val_if_fail (DG_IS_VIEW (view), NULL);
  self = g_object_new (DG_TYPE_NETWORK_WRITER, NULL);
  self->view = g_object_ref (view);
  return self;
}

/**
 * dg_network_writer_set_format:
 * @self: a #DgNetworkWriter
 * @format: the syntax to write
 */
void
dg_network_writer_set_format (DgNetworkWriter *self, DgNetworkFormat format)
{
  g_return_if_fail (DG_IS_NETWORK_WRITER (self));
  g_return_if_fail ((guint)format < G_N_ELEMENTS (formats));
  self->format = format;
}

/**
 * dg_network_writer_set_format_name:
 * @self: a #DgNetworkWriter
 * @name: `graphml`, `gexf`, `csv` or `cytoscape`
 * @error: return location for a #GError, or %NULL
 *
 * Returns: %TRUE if @name is a format
 */
gboolean
dg_network_writer_set_format_name (DgNetworkWriter *self, const char *name, GError **error)
{
  g_return_val_if_fail (DG_IS_NETWORK_WRITER (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (name, formats[i].name) == 0)
      {
        self->format = formats[i].format;
        return TRUE;
      }
  g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
               "unknown network format \"%s\" (graphml, gexf, csv or cytoscape)", name);
  return FALSE;
}

/**
 * dg_network_format_for_name:
 * @file_name: (type filename): an output file's name
 * @format: (out): the format its ending asks for
 *
 * Returns: %TRUE when the name ends as one format's files do (`.graphml`,
 *   `.gexf`, `.cyjs`, `.json`, case not minded)
 */
gboolean
dg_network_format_for_name (const char *file_name, DgNetworkFormat *format)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (file_name != NULL && format != NULL, FALSE);
  lower = g_ascii_strdown (file_name, -1);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    for (guint k = 0; k < G_N_ELEMENTS (formats[i].suffix) && formats[i].suffix[k]; k++)
      if (g_str_has_suffix (lower, formats[i].suffix[k]))
        {
          *format = formats[i].format;
          return TRUE;
        }
  return FALSE;
}

/* --- The network of a view ------------------------------------------------- */

static void
network_node_clear (DgNetworkNode *n)
{
  g_ptr_array_unref (n->row);
}

static void
network_edge_clear (DgNetworkEdge *e)
{
  g_ptr_array_unref (e->row);
}

static void
network_free (DgNetwork *network)
{
  g_array_unref (network->nodes);
  g_array_unref (network->edges);
  dg_network_table_free (network->node_table);
  dg_network_table_free (network->edge_table);
  g_free (network);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgNetwork, network_free)

/* The columns every network has, first and in this order; the values a
 * view's data holds follow, by name.  The GEXF elements' own attributes
 * are marked. */
static const char *const node_columns[]
    = { "label",           "class", "class_iri",     "class_label", "start",
        "start_precision", "end",   "end_precision", "quotes",      "sources" };
static const char *const edge_columns[]
    = { "label",           "relation", "relation_iri",  "fact",   "start",
        "start_precision", "end",      "end_precision", "quotes", "sources" };

static DgNetworkTable *
table_new (const char *const *names, guint n)
{
  DgNetworkTable *t = dg_network_table_new ();

  for (guint i = 0; i < n; i++)
    {
      DgColumnType type = g_str_equal (names[i], "start") || g_str_equal (names[i], "end")
                              ? DG_COLUMN_DATE
                          : g_str_equal (names[i], "quotes") || g_str_equal (names[i], "sources")
                              ? DG_COLUMN_LONG
                              : DG_COLUMN_STRING;
      guint k = dg_network_table_column (t, names[i], type);
      DgNetworkColumn *c = g_ptr_array_index (t->columns, k);

      c->element = g_str_equal (names[i], "label") || g_str_equal (names[i], "start")
                   || g_str_equal (names[i], "end");
    }
  return t;
}

static GPtrArray *
row_new (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

static void
set (DgNetworkTable *table, GPtrArray *row, const char *column, const char *value)
{
  if (value && value[0])
    dg_network_table_set (table, row, dg_network_table_column (table, column, DG_COLUMN_STRING),
                          value);
}

static void
add_node (DgNetwork *net, DgGraph *graph, DgNetworkAttributes *attrs, const DgDiagramNode *dn,
          const char *const *langs)
{
  DgNetworkTable *t = net->node_table;
  DgNetworkNode nn = { .id = dn->iri, .row = row_new () };
  const char *klass = dn->klass ? dn->klass->iri : dg_graph_get_node_class (graph, dn->node);

  set (t, nn.row, "label", dn->label);
  if (klass)
    {
      set (t, nn.row, "class", dg_network_name (dg_graph_get_ontology (graph), klass));
      set (t, nn.row, "class_iri", klass);
    }
  if (dn->klass)
    set (t, nn.row, "class_label", dg_term_label (dn->klass, langs));
  dg_network_attributes_add_time (attrs, t, nn.row, dn->node);
  dg_network_attributes_add_provenance (attrs, t, nn.row, dn->node);
  dg_network_attributes_add_values (attrs, t, nn.row, dn->node);
  g_array_append_val (net->nodes, nn);
}

static void
add_edge (DgNetwork *net, DgGraph *graph, DgNetworkAttributes *attrs, DgFactTerms *terms,
          const gint64 *successor_end, const DgDiagram *d, const DgDiagramEdge *de)
{
  DgNetworkTable *t = net->edge_table;
  DgNetworkEdge ne = { .source = de->tail, .target = de->head, .row = row_new () };
  DgOntology *ontology = dg_graph_get_ontology (graph);
  guint fact;

  ne.directed = !de->undirected;
  set (t, ne.row, "label", de->label);
  if (de->collapsed)
    {
      /* A fact drawn as an edge: its kind is its class, and its values are the edge's. */
      if (de->style)
        {
          set (t, ne.row, "relation", dg_network_name (ontology, de->style->iri));
          set (t, ne.row, "relation_iri", de->style->iri);
        }
      set (t, ne.row, "fact", de->iri);
      if (dg_graph_lookup_node (graph, de->iri, &fact))
        {
          dg_network_attributes_add_time (attrs, t, ne.row, fact);
          dg_network_attributes_add_provenance (attrs, t, ne.row, fact);
          dg_network_attributes_add_values (attrs, t, ne.row, fact);
        }
    }
  else
    {
      char start[11], end[11];
      const char *precision[2];

      set (t, ne.row, "relation", dg_network_name (ontology, de->iri));
      set (t, ne.row, "relation_iri", de->iri);
      /* A link holds while its fact does: the dated end (an event, a post). */
      if (dg_fact_span_precision (terms, successor_end,
                                  g_array_index (d->nodes, DgDiagramNode, de->tail).node, start,
                                  end, precision)
          || dg_fact_span_precision (terms, successor_end,
                                     g_array_index (d->nodes, DgDiagramNode, de->head).node, start,
                                     end, precision))
        dg_network_attributes_add_span (t, ne.row, start, end, precision);
    }
  if (ne.directed)
    net->any_directed = TRUE;
  else
    net->any_undirected = TRUE;
  g_array_append_val (net->edges, ne);
}

static GPtrArray *
rows_of (GArray *items, gsize size, gsize offset)
{
  GPtrArray *rows = g_ptr_array_sized_new (items->len);

  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (rows, *(GPtrArray **)(items->data + i * size + offset));
  return rows;
}

static DgNetwork *
network_new (DgNetworkWriter *self)
{
  DgGraph *graph = dg_view_get_graph (self->view);
  const char *const *langs = dg_view_get_languages (self->view);
  g_autoptr (DgDiagram) d = NULL;
  g_autoptr (DgFactTerms) terms = dg_fact_terms_new (graph);
  g_autofree gint64 *successor_end = dg_fact_successor_ends (terms);
  g_autoptr (DgNetworkAttributes) attrs = dg_network_attributes_new (terms, successor_end, langs);
  g_autoptr (GPtrArray) node_rows = NULL, edge_rows = NULL;
  DgNetwork *net = g_new0 (DgNetwork, 1);
  DgDiagramInputs in;

  /* Only collapsed facts change a network; boxes and legends are drawn. */
  dg_view_get_inputs (self->view, &in);
  in.flags &= DG_VIEW_COLLAPSE;
  d = dg_diagram_new (&in);
  net->node_table = table_new (node_columns, G_N_ELEMENTS (node_columns));
  net->edge_table = table_new (edge_columns, G_N_ELEMENTS (edge_columns));
  net->nodes = g_array_sized_new (FALSE, TRUE, sizeof (DgNetworkNode), d->nodes->len);
  g_array_set_clear_func (net->nodes, (GDestroyNotify)network_node_clear);
  net->edges = g_array_sized_new (FALSE, TRUE, sizeof (DgNetworkEdge), d->edges->len);
  g_array_set_clear_func (net->edges, (GDestroyNotify)network_edge_clear);
  for (guint i = 0; i < d->nodes->len; i++)
    add_node (net, graph, attrs, &g_array_index (d->nodes, DgDiagramNode, i), langs);
  for (guint i = 0; i < d->edges->len; i++)
    add_edge (net, graph, attrs, terms, successor_end, d,
              &g_array_index (d->edges, DgDiagramEdge, i));
  if (net->any_directed && net->any_undirected)
    {
      /* Written directed, each edge says whether its fact is symmetric. */
      guint c = dg_network_table_column (net->edge_table, "symmetric", DG_COLUMN_BOOLEAN);

      for (guint i = 0; i < net->edges->len; i++)
        {
          DgNetworkEdge *e = &g_array_index (net->edges, DgNetworkEdge, i);
          dg_network_table_set (net->edge_table, e->row, c, e->directed ? "false" : "true");
        }
    }
  node_rows = rows_of (net->nodes, sizeof (DgNetworkNode), G_STRUCT_OFFSET (DgNetworkNode, row));
  edge_rows = rows_of (net->edges, sizeof (DgNetworkEdge), G_STRUCT_OFFSET (DgNetworkEdge, row));
  dg_network_table_sort (net->node_table, G_N_ELEMENTS (node_columns), node_rows);
  dg_network_table_sort (net->edge_table, G_N_ELEMENTS (edge_columns), edge_rows);
  return net;
}

/**
 * dg_network_writer_count_nodes:
 * @self: a #DgNetworkWriter
 * @n_edges: (out) (optional): the number of edges
 *
 * Returns: the number of nodes the network has
 */
guint
dg_network_writer_count_nodes (DgNetworkWriter *self, guint *n_edges)
{
  g_autoptr (DgNetwork) net = NULL;

  g_return_val_if_fail (DG_IS_NETWORK_WRITER (self), 0);
  net = network_new (self);
  if (n_edges)
    *n_edges = net->edges->len;
  return net->nodes->len;
}

/**
 * dg_network_writer_list_columns:
 * @self: a #DgNetworkWriter
 * @part: the nodes' or the edges' table
 * @types: (out) (optional) (transfer full) (array zero-terminated=1): each
 *   column's type: `string`, `long`, `double`, `boolean` or `date` (a day,
 *   YYYY-MM-DD, beside a column NAME_precision saying whether the data gave
 *   a year, a month or the day)
 *
 * The attribute columns every format writes for @part, in their order:
 * for nodes `label`, `class` (the class's name), `class_iri`,
 * `class_label`, `start`, `end` and their precision, `quotes` and
 * `sources` (how many citations and source documents), then by name a
 * `label_LANG` per language and a column per relation to a value in the
 * view (`iso3166`, `goldsteinScale`, `level` and `level_label` …); for
 * edges `label`, `relation` (the relation's name, or a collapsed fact's
 * class), `relation_iri`, `fact` and the same.  A column's type is the one
 * every value in it has; values of two types make it `string`.  The ends
 * of an edge and the id of a node are not columns.
 *
 * Returns: (transfer full) (array zero-terminated=1): the column names
 */
char **
dg_network_writer_list_columns (DgNetworkWriter *self, DgNetworkPart part, char ***types)
{
  g_autoptr (DgNetwork) net = NULL;
  DgNetworkTable *table;
  GStrvBuilder *names, *kinds;

  g_return_val_if_fail (DG_IS_NETWORK_WRITER (self), NULL);
  net = network_new (self);
  table = part == DG_NETWORK_EDGES ? net->edge_table : net->node_table;
  names = g_strv_builder_new ();
  kinds = g_strv_builder_new ();
  for (guint i = 0; i < table->columns->len; i++)
    {
      const DgNetworkColumn *c = g_ptr_array_index (table->columns, i);

      g_strv_builder_add (names, c->name);
      g_strv_builder_add (kinds, dg_column_type_name (c->type));
    }
  if (types)
    *types = g_strv_builder_end (kinds);
  g_strv_builder_unref (kinds);
  {
    char **out = g_strv_builder_end (names);
    g_strv_builder_unref (names);
    return out;
  }
}

typedef gboolean (*SyntaxFunc) (const DgNetwork *network, DgNetworkOut *out);

static gboolean
write_syntax (const DgNetwork *net, SyntaxFunc func, GOutputStream *stream, GError **error)
{
  DgNetworkOut out = { stream, g_string_sized_new (65536 + 1024), error, FALSE };
  gboolean ok = func (net, &out) && !out.failed;

  if (ok)
    dg_network_out_flush (&out);
  g_string_free (out.buffer, TRUE);
  return ok && !out.failed;
}

static SyntaxFunc
syntax_of (DgNetworkFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == format)
      return formats[i].write;
  return NULL;
}

/**
 * dg_network_writer_write:
 * @self: a #DgNetworkWriter
 * @stream: where to write
 * @error: return location for a #GError, or %NULL
 *
 * Writes the network to @stream.  CSV is two files: it is written with
 * dg_network_writer_write_file() only.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_network_writer_write (DgNetworkWriter *self, GOutputStream *stream, GError **error)
{
  g_autoptr (DgNetwork) net = NULL;
  SyntaxFunc func;

  g_return_val_if_fail (DG_IS_NETWORK_WRITER (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  func = syntax_of (self->format);
  if (!func)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "csv is a node list and an edge list: write it to a directory (-o DIR)");
      return FALSE;
    }
  net = network_new (self);
  return write_syntax (net, func, stream, error);
}

typedef struct
{
  const DgNetwork *net;
  SyntaxFunc func;
} FileJob;

static gboolean
write_job (gpointer data, GOutputStream *stream, GError **error)
{
  FileJob *job = data;
  return write_syntax (job->net, job->func, stream, error);
}

/* CSV: DIR/nodes.csv and DIR/edges.csv, DIR made when missing; each file
 * replaced only once complete. */
static gboolean
write_csv_dir (const DgNetwork *net, const char *dir, GError **error)
{
  FileJob nodes = { net, dg_network_write_csv_nodes }, edges = { net, dg_network_write_csv_edges };
  g_autofree char *nodes_path = g_build_filename (dir, "nodes.csv", NULL);
  g_autofree char *edges_path = g_build_filename (dir, "edges.csv", NULL);

  if (g_mkdir (dir, 0777) != 0 && errno != EEXIST)
    {
      int saved = errno;
      g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: %s", dir, g_strerror (saved));
      return FALSE;
    }
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_IO,
                   "%s: not a directory (csv writes nodes.csv and edges.csv into one)", dir);
      return FALSE;
    }
  return dg_output_write_file (nodes_path, write_job, &nodes, error)
         && dg_output_write_file (edges_path, write_job, &edges, error);
}

/**
 * dg_network_writer_write_file:
 * @self: a #DgNetworkWriter
 * @path: (type filename): the file to write, or for CSV the directory
 * @error: return location for a #GError, or %NULL
 *
 * Writes the network to @path, replaced only once complete (a symbolic
 * link followed, a FIFO or device written into); for CSV, `nodes.csv` and
 * `edges.csv` in the directory @path, made when missing.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_network_writer_write_file (DgNetworkWriter *self, const char *path, GError **error)
{
  g_autoptr (DgNetwork) net = NULL;
  FileJob job;

  g_return_val_if_fail (DG_IS_NETWORK_WRITER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  net = network_new (self);
  if (self->format == DG_NETWORK_CSV)
    return write_csv_dir (net, path, error);
  job.net = net;
  job.func = syntax_of (self->format);
  return dg_output_write_file (path, write_job, &job, error);
}
