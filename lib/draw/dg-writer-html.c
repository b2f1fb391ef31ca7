/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
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

/* The interactive page of a view (dg_dot_writer_write_html()): the view's
 * data as JSON (every label of each node, its class and colour, dates and
 * quotes, and where it starts on the canvas: Graphviz's layout, in-process,
 * for a view small enough to lay out in seconds, else a start in the
 * graph's shape that the page's force layout refines); the viewer's script; and sigma.js,
 * graphology and graphology-library, which it draws and lays out with, vendored at build time from
 * npm (lib/draw/viewer).  The template and scripts are resources of the library. */

#define RESOURCES "/org/diplograph/viewer/"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"
/* Above this many nodes dot takes minutes (10,000 nodes: about a minute
 * with sfdp): the page lays itself out instead, unless a layout is asked. */
#define GRAPHVIZ_MAX_NODES 2000
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

/* Where each node of @d starts: Graphviz's plain output read back, node
 * lines only ("node NAME X Y …", NAME quoted when it must be, as an IRI
 * always is); FALSE when Graphviz gave no position for some node. */
static gboolean
read_plain (const char *plain, const DgDiagram *d, double *xy)
{
  g_autoptr (GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto (GStrv) lines = g_strsplit (plain, "\n", -1);
  guint placed = 0;

  for (guint i = 0; i < d->nodes->len; i++)
    g_hash_table_insert (index, (gpointer)g_array_index (d->nodes, DgDiagramNode, i).iri,
                         GUINT_TO_POINTER (i + 1));
  for (guint l = 0; lines[l]; l++)
    {
      const char *p = lines[l];
      g_autoptr (GString) name = g_string_new (NULL);
      guint i;
      char *end;

      if (!g_str_has_prefix (p, "node "))
        continue;
      p += 5;
      if (*p == '"')
        for (p++; *p && *p != '"'; p++)
          g_string_append_c (name, *p == '\\' && p[1] ? *++p : *p);
      else
        while (*p && *p != ' ')
          g_string_append_c (name, *p++);
      i = GPOINTER_TO_UINT (g_hash_table_lookup (index, name->str));
      if (!i || !*p)
        continue;
      xy[2 * (i - 1)] = g_ascii_strtod (p + 1, &end);
      xy[2 * (i - 1) + 1] = g_ascii_strtod (end, NULL);
      placed++;
    }
  return placed == d->nodes->len;
}

static int
by_degree (gconstpointer a, gconstpointer b, gpointer data)
{
  const guint *degree = data;
  guint x = *(const guint *)a, y = *(const guint *)b;

  return degree[x] != degree[y] ? (degree[x] < degree[y] ? 1 : -1) : (x > y) - (x < y);
}

/* A start for the page's own layout, in the graph's shape: the nodes by
 * falling degree, each either near its best-linked neighbour placed
 * before it (an event beside the state it involves), or, with none, the
 * next place on a wide golden-angle spiral (a hub).  Deterministic. */
static void
seed_layout (const DgDiagram *d, const guint *degree, double *xy)
{
  guint n = d->nodes->len, hubs = 0;
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  g_autofree guint *best = g_new (guint, MAX (n, 1));
  g_autofree guint *rank = g_new (guint, MAX (n, 1));
  g_autofree guint *around = g_new0 (guint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    order[i] = i, best[i] = G_MAXUINT;
  g_qsort_with_data (order, (gint)n, sizeof (guint), by_degree, (gpointer)degree);
  for (guint r = 0; r < n; r++)
    rank[order[r]] = r;
  for (guint k = 0; k < d->edges->len; k++)
    {
      const DgDiagramEdge *e = &g_array_index (d->edges, DgDiagramEdge, k);
      guint ends[2] = { e->tail, e->head };

      for (guint j = 0; j < 2; j++)
        {
          guint self = ends[j], other = ends[1 - j];
          if (rank[other] < rank[self]
              && (best[self] == G_MAXUINT || rank[other] < rank[best[self]]))
            best[self] = other;
        }
    }
  for (guint r = 0; r < n; r++)
    {
      guint i = order[r], hub = best[i];
      double a, radius;

      if (hub == G_MAXUINT)
        {
          radius = 12.0 * sqrt (hubs + 0.5), a = hubs++ * 2.399963229728653;
          xy[2 * i] = radius * cos (a);
          xy[2 * i + 1] = radius * sin (a);
          continue;
        }
      /* Around its hub, ring after ring. */
      radius = 1.0 + 0.35 * sqrt (around[hub]), a = around[hub]++ * 2.399963229728653;
      xy[2 * i] = xy[2 * hub] + radius * cos (a);
      xy[2 * i + 1] = xy[2 * hub + 1] + radius * sin (a);
    }
}

/* The start positions of @d's nodes, and whether Graphviz made them. */
static double *
positions (DgDotWriter *self, const DgDiagram *d, const guint *degree, gboolean *laid_out,
           GError **error)
{
  const char *layout = dg_dot_writer_get_layout (self);
  double *xy = g_new0 (double, 2 * MAX (d->nodes->len, 1));

  *laid_out = FALSE;
  if (layout || d->nodes->len <= GRAPHVIZ_MAX_NODES)
    {
      g_autoptr (GOutputStream) mem = g_memory_output_stream_new_resizable ();

      if (!dg_dot_writer_place_diagram (self, d, layout ? layout : "dot", mem, error)
          || !g_output_stream_write_all (mem, "", 1, NULL, NULL, error)
          || !g_output_stream_close (mem, NULL, error))
        {
          g_free (xy);
          return NULL;
        }
      *laid_out
          = read_plain (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (mem)), d, xy);
    }
  if (!*laid_out)
    seed_layout (d, degree, xy);
  return xy;
}

static const char *
fill_of (const DgTerm *klass)
{
  return klass && klass->fill_color ? klass->fill_color : "#d9d9d9";
}

static guint *
degrees (const DgDiagram *d)
{
  guint *degree = g_new0 (guint, MAX (d->nodes->len, 1));

  for (guint i = 0; i < d->edges->len; i++)
    {
      degree[g_array_index (d->edges, DgDiagramEdge, i).tail]++;
      degree[g_array_index (d->edges, DgDiagramEdge, i).head]++;
    }
  return degree;
}

static char *
data_json (const DgDiagram *d, const double *xy, const guint *degree, gboolean laid_out,
           guint *n_nodes, guint *n_edges)
{
  DgGraph *g = d->in.graph;
  const char *const *langs = d->in.languages;
  g_autoptr (DgFactTerms) terms = dg_fact_terms_new (g);
  g_autofree gint64 *successor_end = dg_fact_successor_ends (terms);
  g_autoptr (GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  GString *out = g_string_new (NULL);
  guint32 label_id = 0;
  gboolean have_label = dg_graph_string_id (g, RDFS_LABEL, &label_id);
  /* A node's size grows with its links; smaller in a large view, where
   * thousands share the screen. */
  double base = d->nodes->len > 5000 ? 1.5 : 3.0, step = d->nodes->len > 5000 ? 0.8 : 1.5;

  g_string_append_printf (out, "{\"laidOut\":%s,\"nodes\":[", laid_out ? "true" : "false");

  for (guint i = 0; i < d->nodes->len; i++)
    {
      const DgDiagramNode *dn = &g_array_index (d->nodes, DgDiagramNode, i);
      const char *klass = dg_graph_get_node_class (g, dn->node);
      gpointer key = GUINT_TO_POINTER ((dn->klass ? dn->klass->index : G_MAXUINT) + 1);

      if (!g_hash_table_contains (counts, key))
        g_ptr_array_add (order, (gpointer)dn);
      g_hash_table_insert (
          counts, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
      char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append (out, i ? ",\n{\"iri\":" : "\n{\"iri\":");
      dg_text_append_json (out, dn->iri, TRUE);
      /* y grows upwards in Graphviz's plain output, as in sigma's graph space. */
      g_string_append_printf (out, ",\"x\":%s,\"y\":%s,\"size\":%.1f,\"color\":\"%s\"",
                              g_ascii_formatd (x, sizeof x, "%.3f", xy[2 * i]),
                              g_ascii_formatd (y, sizeof y, "%.3f", xy[2 * i + 1]),
                              MIN (base + step * sqrt (degree[i]), 18.0), fill_of (dn->klass));
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

      const DgTerm *colour = de->value && de->value->edge_color ? de->value : de->style;

      g_string_append_printf (
          out, "%s{\"tail\":%u,\"head\":%u,\"directed\":%s,\"color\":\"%s\",\"label\":",
          i ? ",\n" : "\n", de->tail, de->head, de->undirected ? "false" : "true",
          colour && colour->edge_color ? colour->edge_color : "#aab2bd");
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
      const DgTerm *family;

      g_string_append_printf (
          out, "%s{\"key\":\"dgc%u\",\"count\":%u,\"color\":\"%s\",\"label\":", i ? "," : "", index,
          GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (index + 1))),
          fill_of (dn->klass));
      dg_text_append_json (out,
                           dn->klass ? dg_term_label (dn->klass, langs)
                           : klass   ? dg_text_iri_tail (klass)
                                     : "?",
                           TRUE);
      /* The filter groups classes as the legend does, by family. */
      family = dn->klass ? dg_term_legend_family (dn->klass) : NULL;
      g_string_append (out, ",\"family\":");
      dg_text_append_json (out, family ? dg_term_label (family, langs) : "", TRUE);
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
/* The template's marks and the resource each is replaced by. */
static const struct
{
  const char *mark, *resource;
} parts[] = {
  { "CSS", "viewer.css" },     { "GRAPHOLOGY", "graphology.min.js" },
  { "SIGMA", "sigma.min.js" }, { "LIBRARY", "graphology-library.min.js" },
  { "VIEWER", "viewer.js" },
};

/* The vendored libraries' names and licences, for the page's last comment. */
static const struct
{
  const char *name, *resource;
} vendored[] = {
  { "graphology 0.26.0 (github.com/graphology/graphology)", "graphology.LICENSE" },
  { "sigma.js 3.0.3 (github.com/jacomyal/sigma.js)", "sigma.LICENSE" },
  { "graphology-library 0.8.0 (github.com/graphology/graphology)", "graphology-library.LICENSE" },
};

static gboolean
append_part (GString *out, const char *name, const char *title, const char *json, GError **error)
{
  if (g_str_equal (name, "TITLE"))
    g_string_append (out, title);
  else if (g_str_equal (name, "DATA"))
    g_string_append (out, json);
  else if (g_str_equal (name, "LICENSES"))
    {
      for (guint i = 0; i < G_N_ELEMENTS (vendored); i++)
        {
          g_autoptr (GBytes) text = resource (vendored[i].resource, error);
          g_autofree char *both = NULL, *joined = NULL;
          g_auto (GStrv) cut = NULL;

          if (!text)
            return FALSE;
          both = g_strdup_printf ("%s, %.*s", vendored[i].name, (int)g_bytes_get_size (text),
                                  (const char *)g_bytes_get_data (text, NULL));
          /* Inside a comment: "--" is not allowed there. */
          cut = g_strsplit (both, "--", -1);
          g_string_append (out, i ? "\n" : "");
          joined = g_strjoinv ("- -", cut);
          g_string_append (out, joined);
        }
    }
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
        if (g_str_equal (name, parts[i].mark))
          {
            g_autoptr (GBytes) text = resource (parts[i].resource, error);

            if (!text)
              return FALSE;
            g_string_append_len (out, g_bytes_get_data (text, NULL), g_bytes_get_size (text));
            return TRUE;
          }
      g_set_error (error, DG_ERROR, DG_ERROR_INTERNAL, "the page template has an unknown @@%s@@",
                   name);
      return FALSE;
    }
  return TRUE;
}

/**
 * dg_dot_writer_write_html:
 * @self: a #DgDotWriter
 * @stream: where to write
 * @error: return location for a #GError, or %NULL
 *
 * Writes the view as one self-contained interactive HTML page: the graph
 * drawn with WebGL (sigma.js), starting from the layout Graphviz makes
 * in-process with the writer's view and layout engine (for a view of at
 * most 2,000 nodes, or any view when a layout engine was set), else from
 * each node near its best-linked neighbour; a force layout (ForceAtlas2)
 * that runs in the page, on what
 * is shown when a filter changes and when asked; pan and zoom; search by
 * label in any language that brings the node found into view; a panel
 * showing a node's class, dates, IRI and the quotes that cite it with
 * their sources, its neighbours highlighted; a class filter with all and
 * none; and a time slider that hides the facts not in force.  The page
 * loads nothing from elsewhere (its content security policy forbids it),
 * so it works from `file://` with no network.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_dot_writer_write_html (DgDotWriter *self, GOutputStream *stream, GError **error)
{
  g_autoptr (GBytes) page = NULL;
  g_autofree char *json = NULL, *title = NULL;
  g_autofree double *xy = NULL;
  g_autofree guint *degree = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (DgDiagram) d = NULL;
  const char *p;
  guint n_nodes, n_edges;
  gboolean laid_out;

  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  if (!(page = resource ("viewer.html", error)))
    return FALSE;
  d = dg_view_new_diagram (dg_dot_writer_get_view (self));
  degree = degrees (d);
  if (!(xy = positions (self, d, degree, &laid_out, error)))
    return FALSE;
  json = data_json (d, xy, degree, laid_out, &n_nodes, &n_edges);
  title = g_strdup_printf ("diplograph: %u nodes, %u edges", n_nodes, n_edges);
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
      if (!append_part (out, name, title, json, error))
        return FALSE;
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
