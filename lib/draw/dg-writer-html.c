/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-diagram-private.h"
#include "dg-error.h"
#include "dg-fact-private.h"
#include "dg-graph-private.h"
#include "dg-ontology-private.h"
#include "dg-output.h"
#include "dg-text-private.h"
#include "dg-writer-dot-private.h"
#include "dg-writer-dot.h"

/* The interactive page of a view (dg_dot_writer_write_html()): the
 * drawing Graphviz lays out in-process, as inline SVG whose nodes and
 * edges carry ids; the view's data as JSON (every label of each node, its
 * class, dates and quotes); and the viewer's script with the svg-pan-zoom
 * library it uses, vendored at build time from npm (lib/draw/viewer).  The
 * template and scripts are resources of the library. */

#define RESOURCES "/org/diplograph/viewer/"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"
G_GNUC_INTERNAL GResource *_dg_get_resource (void);

typedef struct
{
  DgGraph *g;
  DgFactTerms *terms;
  GString *out;
  gboolean first;
} Quotes;

static void
add_quote (const DgLiteral *quote, guint source, gpointer data)
{
  Quotes *q = data;
  const char *file = source != DG_NO_NODE ? dg_fact_source_file (q->terms, source) : NULL;
  const char *label = source != DG_NO_NODE ? dg_graph_get_node_label (q->g, source, NULL) : NULL;

  g_string_append (q->out, q->first ? "{\"text\":" : ",{\"text\":");
  q->first = FALSE;
  dg_text_append_json (q->out, dg_graph_string (q->g, quote->lexical), TRUE);
  g_string_append (q->out, ",\"lang\":");
  dg_text_append_json (q->out, quote->language ? dg_graph_string (q->g, quote->language) : "",
                       TRUE);
  g_string_append (q->out, ",\"source\":");
  dg_text_append_json (q->out,
                       source == DG_NO_NODE ? ""
                       : label              ? label
                               : dg_text_iri_tail (dg_graph_get_node_iri (q->g, source)),
                       TRUE);
  g_string_append (q->out, ",\"file\":");
  dg_text_append_json (q->out, file ? file : "", TRUE);
  g_string_append_c (q->out, '}');
}

static void
append_quotes (GString *out, DgGraph *g, DgFactTerms *terms, guint node)
{
  Quotes q = { g, terms, out, TRUE };

  g_string_append (out, ",\"quotes\":[");
  dg_fact_foreach_citation (terms, node, add_quote, &q);
  g_string_append_c (out, ']');
}

static void
append_span (GString *out, DgFactTerms *terms, const gint64 *successor_end, guint node)
{
  char start[11], end[11];
  DgTerm *klass = dg_graph_node_term (dg_fact_terms_get_graph (terms), node);

  const char *written = dg_fact_label_date (terms, node);

  dg_fact_span (terms, successor_end, node, start, end);
  g_string_append_printf (out, ",\"start\":\"%s\",\"end\":\"%s\",\"point\":%s,\"written\":", start,
                          end, klass && (klass->flags & DG_TERM_POINT_IN_TIME) ? "true" : "false");
  /* The date as the source gave it ("2024"), for the panel. */
  dg_text_append_json (out, written ? written : "", TRUE);
}

/* Every label of @node, in every language: search finds a name in any. */
static void
append_labels (GString *out, DgGraph *g, guint node, guint32 label_id, gboolean have_label)
{
  guint n;
  const guint32 *edges = dg_graph_edges_of (g, node, &n);
  gboolean first = TRUE;

  g_string_append (out, ",\"labels\":[");
  for (guint i = 0; i < n && have_label; i++)
    {
      const DgEdge *e = dg_graph_edge (g, edges[i]);

      if (!e->is_literal || e->predicate != label_id)
        continue;
      if (!first)
        g_string_append_c (out, ',');
      first = FALSE;
      dg_text_append_json (out, dg_graph_string (g, dg_graph_literal (g, e->object)->lexical),
                           TRUE);
    }
  g_string_append_c (out, ']');
}

static char *
data_json (const DgDiagram *d, guint *n_nodes, guint *n_edges)
{
  DgGraph *g = d->in.graph;
  const char *const *langs = d->in.languages;
  g_autoptr (DgFactTerms) terms = dg_fact_terms_new (g);
  g_autofree gint64 *successor_end = dg_fact_successor_ends (terms);
  g_autoptr (GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  GString *out = g_string_new ("{\"nodes\":[");
  guint32 label_id = 0;
  gboolean have_label = dg_graph_string_id (g, RDFS_LABEL, &label_id);

  for (guint i = 0; i < d->nodes->len; i++)
    {
      const DgDiagramNode *dn = &g_array_index (d->nodes, DgDiagramNode, i);
      const char *klass = dg_graph_get_node_class (g, dn->node);
      gpointer key = GUINT_TO_POINTER ((dn->klass ? dn->klass->index : G_MAXUINT) + 1);

      if (!g_hash_table_contains (counts, key))
        g_ptr_array_add (order, (gpointer)dn);
      g_hash_table_insert (
          counts, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
      g_string_append (out, i ? ",\n{\"iri\":" : "\n{\"iri\":");
      dg_text_append_json (out, dn->iri, TRUE);
      g_string_append (out, ",\"label\":");
      dg_text_append_json (out, dn->label, TRUE);
      append_labels (out, g, dn->node, label_id, have_label);
      g_string_append_printf (
          out, ",\"cls\":\"dgc%u\",\"classLabel\":", dn->klass ? dn->klass->index : G_MAXUINT);
      dg_text_append_json (out,
                           dn->klass ? dg_term_label (dn->klass, langs)
                           : klass   ? dg_text_iri_tail (klass)
                                     : "",
                           TRUE);
      append_span (out, terms, successor_end, dn->node);
      append_quotes (out, g, terms, dn->node);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "],\"edges\":[");
  for (guint i = 0; i < d->edges->len; i++)
    {
      const DgDiagramEdge *de = &g_array_index (d->edges, DgDiagramEdge, i);
      guint fact;

      g_string_append_printf (out, "%s{\"tail\":%u,\"head\":%u,\"label\":", i ? ",\n" : "\n",
                              de->tail, de->head);
      dg_text_append_json (out, de->label, TRUE);
      g_string_append (out, ",\"fact\":");
      dg_text_append_json (out, de->collapsed ? de->iri : "", TRUE);
      if (de->collapsed && dg_graph_lookup_node (g, de->iri, &fact))
        {
          append_span (out, terms, successor_end, fact);
          append_quotes (out, g, terms, fact);
        }
      else
        {
          /* A link holds while the dated end's fact does. */
          guint tail = g_array_index (d->nodes, DgDiagramNode, de->tail).node;
          guint head = g_array_index (d->nodes, DgDiagramNode, de->head).node;
          DgFactTime t;
          append_span (out, terms, successor_end, dg_fact_time (terms, tail, &t) ? tail : head);
          g_string_append (out, ",\"quotes\":[]");
        }
      g_string_append_c (out, '}');
    }
  g_string_append (out, "],\"classes\":[");
  for (guint i = 0; i < order->len; i++)
    {
      const DgDiagramNode *dn = g_ptr_array_index (order, i);
      const char *klass = dg_graph_get_node_class (g, dn->node);
      guint index = dn->klass ? dn->klass->index : G_MAXUINT;

      g_string_append_printf (
          out, "%s{\"key\":\"dgc%u\",\"count\":%u,\"label\":", i ? "," : "", index,
          GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (index + 1))));
      dg_text_append_json (out,
                           dn->klass ? dg_term_label (dn->klass, langs)
                           : klass   ? dg_text_iri_tail (klass)
                                     : "?",
                           TRUE);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "]}");
  *n_nodes = d->nodes->len;
  *n_edges = d->edges->len;
  return g_string_free (out, FALSE);
}

static GBytes *
resource (const char *name, GError **error)
{
  g_autofree char *path = g_strconcat (RESOURCES, name, NULL);
  return g_resource_lookup_data (_dg_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

/* The drawing of @d (made with element ids) as SVG, from its <svg>
 * element on. */
static char *
svg_of (DgDotWriter *self, const DgDiagram *d, GError **error)
{
  g_autoptr (GOutputStream) mem = g_memory_output_stream_new_resizable ();
  const char *data, *start;

  if (!dg_dot_writer_render_diagram (self, d, "svg", mem, error)
      || !g_output_stream_write_all (mem, "", 1, NULL, NULL, error)
      || !g_output_stream_close (mem, NULL, error))
    return NULL;
  data = g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (mem));
  start = strstr (data, "<svg");
  if (!start)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INTERNAL, "Graphviz wrote no <svg> element");
      return NULL;
    }
  return g_strdup (start);
}

/**
 * dg_dot_writer_write_html:
 * @self: a #DgDotWriter
 * @stream: where to write
 * @error: return location for a #GError, or %NULL
 *
 * Writes the diagram as one self-contained interactive HTML page: the
 * drawing laid out by Graphviz in-process (with the writer's view, layout
 * and flags) with pan and zoom, search by label in any language, a panel
 * showing a node's class, dates, IRI and the quotes that cite it with
 * their sources, its neighbours highlighted, a class filter and a time
 * slider that hides the facts not in force.  The page loads nothing from
 * elsewhere (its content security policy forbids it), so it works from
 * `file://` with no network.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_dot_writer_write_html (DgDotWriter *self, GOutputStream *stream, GError **error)
{
  g_autoptr (GBytes) page = NULL, css = NULL, script = NULL, panzoom = NULL, licence = NULL;
  g_autofree char *svg = NULL, *json = NULL, *title = NULL, *licences = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (DgDiagram) d = NULL;
  DgDiagramInputs in;
  const char *p;
  guint n_nodes, n_edges;

  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  if (!(page = resource ("viewer.html", error)) || !(css = resource ("viewer.css", error))
      || !(script = resource ("viewer.js", error))
      || !(panzoom = resource ("svg-pan-zoom.min.js", error))
      || !(licence = resource ("svg-pan-zoom.LICENSE", error)))
    return FALSE;
  /* One diagram for the drawing and the page's data: the script finds
   * each element by its index in it. */
  dg_view_get_inputs (dg_dot_writer_get_view (self), &in);
  in.element_ids = TRUE;
  d = dg_diagram_new (&in);
  svg = svg_of (self, d, error);
  if (!svg)
    return FALSE;
  json = data_json (d, &n_nodes, &n_edges);
  title = g_strdup_printf ("diplograph: %u nodes, %u edges", n_nodes, n_edges);
  licences = g_strdup_printf ("svg-pan-zoom 3.6.2 (github.com/bumbu/svg-pan-zoom), %.*s",
                              (int)g_bytes_get_size (licence),
                              (const char *)g_bytes_get_data (licence, NULL));
  /* The template's @@NAME@@ marks, each replaced by its part. */
  p = g_bytes_get_data (page, NULL);
  for (const char *end = p + g_bytes_get_size (page); p < end;)
    {
      const char *mark = g_strstr_len (p, end - p, "@@");
      const char *close = mark ? g_strstr_len (mark + 2, end - mark - 2, "@@") : NULL;
      g_autofree char *name = NULL;

      if (!mark || !close)
        {
          g_string_append_len (out, p, end - p);
          break;
        }
      g_string_append_len (out, p, mark - p);
      name = g_strndup (mark + 2, close - mark - 2);
      if (g_str_equal (name, "TITLE"))
        g_string_append (out, title);
      else if (g_str_equal (name, "CSS"))
        g_string_append_len (out, g_bytes_get_data (css, NULL), g_bytes_get_size (css));
      else if (g_str_equal (name, "SVG"))
        g_string_append (out, svg);
      else if (g_str_equal (name, "DATA"))
        g_string_append (out, json);
      else if (g_str_equal (name, "PANZOOM"))
        g_string_append_len (out, g_bytes_get_data (panzoom, NULL), g_bytes_get_size (panzoom));
      else if (g_str_equal (name, "VIEWER"))
        g_string_append_len (out, g_bytes_get_data (script, NULL), g_bytes_get_size (script));
      else if (g_str_equal (name, "LICENSES"))
        {
          /* Inside a comment: "--" is not allowed there. */
          g_autofree char *safe = NULL;
          g_auto (GStrv) parts = g_strsplit (licences, "--", -1);
          safe = g_strjoinv ("- -", parts);
          g_string_append (out, safe);
        }
      else
        {
          g_set_error (error, DG_ERROR, DG_ERROR_INTERNAL,
                       "the page template has an unknown @@%s@@", name);
          return FALSE;
        }
      p = close + 2;
    }
  return g_output_stream_write_all (stream, out->str, out->len, NULL, NULL, error);
}

static gboolean
write_html_cb (gpointer writer, GOutputStream *stream, GError **error)
{
  return dg_dot_writer_write_html (writer, stream, error);
}

/**
 * dg_dot_writer_write_html_file:
 * @self: a #DgDotWriter
 * @path: (type filename): the file to write
 * @error: return location for a #GError, or %NULL
 *
 * Writes the page of dg_dot_writer_write_html() to @path, replaced only
 * once complete.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_dot_writer_write_html_file (DgDotWriter *self, const char *path, GError **error)
{
  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  return dg_output_write_file (path, write_html_cb, self, error);
}
