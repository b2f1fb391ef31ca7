/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <graphviz/cgraph.h>
#include <string.h>

#include "diplograph.h"
#include "dg-graph-private.h"
#include "dg-text-private.h"
#include "dg-output-private.h"
#include "dg-xsd-private.h"

/**
 * DgDotWriter:
 *
 * Writes a #DgGraph as a Graphviz DOT diagram, built with cgraph.
 *
 * Nodes are shaped and coloured by class and edges styled by relation, as
 * the ontology's `dg:nodeShape`, `dg:fillColor`, `dg:edgeStyle` and
 * `dg:edgeColor` say; classes and relations marked `dg:hiddenInDiagram`
 * (citations, sources, roles) are not drawn.  N-ary facts are nodes of their
 * own joining their parts.  Each node links to its IRI and its tooltip
 * shows its class and the quotes it is cited with.
 *
 * All cgraph calls of the library are in this file.
 */

struct _DgDotWriter
{
  GObject parent_instance;
  DgGraph *graph;
  GStrv languages;
};

G_DEFINE_FINAL_TYPE (DgDotWriter, dg_dot_writer, G_TYPE_OBJECT)

static void
dg_dot_writer_finalize (GObject *object)
{
  DgDotWriter *self = DG_DOT_WRITER (object);

  g_clear_object (&self->graph);
  g_strfreev (self->languages);
  G_OBJECT_CLASS (dg_dot_writer_parent_class)->finalize (object);
}

static void
dg_dot_writer_class_init (DgDotWriterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dg_dot_writer_finalize;
}

static void
dg_dot_writer_init (DgDotWriter *self)
{
  const char *const defaults[] = { "en", NULL };

  self->languages = g_strdupv ((char **)defaults);
}

/**
 * dg_dot_writer_new:
 * @graph: the graph to draw
 *
 * Returns: (transfer full): a new #DgDotWriter
 */
DgDotWriter *
dg_dot_writer_new (DgGraph *graph)
{
  DgDotWriter *self;

  g_return_val_if_fail (DG_IS_GRAPH (graph), NULL);
  self = g_object_new (DG_TYPE_DOT_WRITER, NULL);
  self->graph = g_object_ref (graph);
  return self;
}

/**
 * dg_dot_writer_set_languages:
 * @self: a #DgDotWriter
 * @languages: (array zero-terminated=1): language tags, most preferred first
 *
 * Sets the languages labels are chosen in; a node with no label in any of
 * them shows its untagged, English or first label.  The default is English.
 */
void
dg_dot_writer_set_languages (DgDotWriter *self, const char *const *languages)
{
  g_return_if_fail (DG_IS_DOT_WRITER (self));
  g_strfreev (self->languages);
  self->languages = g_strdupv ((char **)languages);
}

/**
 * dg_dot_escape:
 * @text: text to show in a label or tooltip
 * @error: return location for a #GError, or %NULL
 *
 * Makes @text safe as the value of a Graphviz escString attribute (`label`,
 * `tooltip`) that cgraph will quote.  cgraph escapes `"` only, and Graphviz
 * then reads `\N`, `\l`, `\G` … as escapes and decodes `&…;` entities.
 * Graphviz substitutes `\N`-style escapes first, then decodes entities,
 * then reads `\\`, `\n`, `\l`, `\r`; so `&` becomes `&amp;` and `\`
 * becomes `&#92;&#92;`, which passes the first step as plain text and the
 * last as one backslash — and no value ever ends in a `\` that cgraph
 * would leave unescaped before its closing quote.
 * Line breaks become `\n`.  Other control characters cannot be shown and
 * are refused.  Labels are never HTML-like, and never records.
 *
 * Returns: (transfer full) (nullable): the escaped text, or %NULL on error
 */
char *
dg_dot_escape (const char *text, GError **error)
{
  GString *s = g_string_sized_new (strlen (text) + 8);

  for (const char *p = text; *p; p++)
    {
      guchar c = (guchar)*p;

      if (c == '&')
        g_string_append (s, "&amp;");
      else if (c == '\\')
        g_string_append (s, "&#92;&#92;");
      else if (c == '\r' && p[1] == '\n')
        continue;
      else if (c == '\n' || c == '\r')
        g_string_append (s, "\\n");
      else if ((c < 0x20 && c != '\t') || c == 0x7f)
        {
          g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                       "control character U+%04X cannot be shown in a diagram", c);
          g_string_free (s, TRUE);
          return NULL;
        }
      else
        g_string_append_c (s, (char)c);
    }
  return g_string_free (s, FALSE);
}

static int
sink_putstr (void *chan, const char *str)
{
  DgSink *sink = chan;

  g_string_append (sink->buf, str);
  dg_sink_flush_if_full (sink);
  return 0;
}

static int
sink_flush (void *chan)
{
  return 0;
}

typedef struct
{
  Agsym_t *label, *shape, *fillcolor, *tooltip, *url;
  Agsym_t *elabel, *estyle, *ecolor;
} Attrs;

static gboolean
drawn (DgGraph *graph, guint node)
{
  DgTerm *klass = dg_graph_node_term (graph, node);

  if (klass)
    return !klass->hidden;
  /* A class the ontology does not know is drawn plainly; a node with no
   * class at all is only a name another node points to. */
  return dg_graph_get_node_class (graph, node) != NULL;
}

/* The class and the cited quotes of a node, one per line. */
static char *
tooltip_of (DgDotWriter *self, guint node)
{
  DgGraph *g = self->graph;
  DgTerm *klass = dg_graph_node_term (g, node);
  GString *s = g_string_new (klass ? dg_term_label (klass, (const char *const *)self->languages)
                                   : dg_text_iri_tail (dg_graph_get_node_class (g, node)));
  guint32 derivation;
  guint n;
  const guint32 *edges = dg_graph_edges_of (g, node, &n);

  if (!dg_graph_string_id (g, DG_PROV "qualifiedDerivation", &derivation))
    return g_string_free (s, FALSE);
  for (guint i = 0; i < n; i++)
    {
      const DgEdge *e = dg_graph_edge (g, edges[i]);
      const DgLiteral *quote;
      guint32 entity;
      guint m;
      const guint32 *cedges;

      if (e->predicate != derivation || e->is_literal)
        continue;
      quote = dg_graph_find_literal (g, e->object, DG_NS "quote");
      if (!quote)
        continue;
      g_string_append_c (s, '\n');
      cedges = dg_graph_edges_of (g, e->object, &m);
      if (dg_graph_string_id (g, DG_PROV "entity", &entity))
        for (guint j = 0; j < m; j++)
          {
            const DgEdge *ce = dg_graph_edge (g, cedges[j]);
            if (ce->predicate == entity && !ce->is_literal)
              {
                const DgLiteral *file = dg_graph_find_literal (g, ce->object, DG_NS "fileName");
                g_string_append_printf (
                    s, "[%s] ",
                    file ? dg_graph_string (g, file->lexical)
                         : dg_text_iri_tail (dg_graph_get_node_iri (g, ce->object)));
                break;
              }
          }
      g_string_append_printf (s, "\"%s\"", dg_graph_string (g, quote->lexical));
    }
  return g_string_free (s, FALSE);
}

/* Sets @sym on @obj to @text, escaped; FALSE (with @error) if it cannot be. */
static gboolean
set_text (void *obj, Agsym_t *sym, const char *text, const char *iri, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *escaped = dg_dot_escape (text, &local_error);

  if (!escaped)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "<%s>: %s", iri, local_error->message);
      return FALSE;
    }
  agxset (obj, sym, escaped);
  return TRUE;
}

static gboolean
add_nodes (DgDotWriter *self, Agraph_t *ag, Attrs *a, Agnode_t **nodes, GError **error)
{
  DgGraph *g = self->graph;
  guint n_nodes = dg_graph_get_n_nodes (g);

  for (guint node = 0; node < n_nodes; node++)
    {
      DgTerm *klass;
      const char *iri, *label;
      g_autofree char *tooltip = NULL;
      Agnode_t *an;

      if (!drawn (g, node))
        continue;
      iri = dg_graph_get_node_iri (g, node);
      klass = dg_graph_node_term (g, node);
      /* Node names are IRIs: unique, and cgraph quotes them. */
      an = agnode (ag, (char *)iri, TRUE);
      nodes[node] = an;
      label = dg_graph_get_node_label (g, node, (const char *const *)self->languages);
      tooltip = tooltip_of (self, node);
      if (!set_text (an, a->label, label ? label : dg_text_iri_tail (iri), iri, error)
          || !set_text (an, a->tooltip, tooltip, iri, error))
        return FALSE;
      agxset (an, a->url, (char *)iri);
      if (klass && klass->shape)
        agxset (an, a->shape, (char *)klass->shape);
      if (klass && klass->fill_color)
        agxset (an, a->fillcolor, (char *)klass->fill_color);
    }
  return TRUE;
}

static gboolean
add_edges (DgDotWriter *self, Agraph_t *ag, Attrs *a, Agnode_t **nodes, GError **error)
{
  DgGraph *g = self->graph;
  guint n_nodes = dg_graph_get_n_nodes (g);

  for (guint node = 0; node < n_nodes; node++)
    {
      guint n;
      const guint32 *edges;

      if (!nodes[node])
        continue;
      edges = dg_graph_edges_of (g, node, &n);
      for (guint i = 0; i < n; i++)
        {
          const DgEdge *e = dg_graph_edge (g, edges[i]);
          DgTerm *prop;
          const char *p;
          Agedge_t *ae;

          if (e->is_literal || !nodes[e->object])
            continue;
          prop = dg_graph_predicate_term (g, e->predicate);
          if (prop && prop->hidden)
            continue;
          p = dg_graph_string (g, e->predicate);
          ae = agedge (ag, nodes[node], nodes[e->object], NULL, TRUE);
          if (!set_text (ae, a->elabel,
                         prop ? dg_term_label (prop, (const char *const *)self->languages)
                              : dg_text_iri_tail (p),
                         p, error))
            return FALSE;
          if (prop && prop->edge_style)
            agxset (ae, a->estyle, (char *)prop->edge_style);
          if (prop && prop->edge_color)
            agxset (ae, a->ecolor, (char *)prop->edge_color);
        }
    }
  return TRUE;
}

/**
 * dg_dot_writer_write:
 * @self: a #DgDotWriter
 * @stream: where to write
 * @error: return location for a #GError, or %NULL
 *
 * Writes the diagram to @stream.  Nodes and edges come in the order they
 * were added to the graph, so the same input gives byte-identical DOT.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_dot_writer_write (DgDotWriter *self, GOutputStream *stream, GError **error)
{
  Agiodisc_t io = { 0 };
  Agdisc_t disc = { 0 };
  Agraph_t *ag;
  Attrs a;
  DgSink sink;
  g_autofree Agnode_t **nodes = NULL;
  gboolean ok;

  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  io.afread = AgIoDisc.afread;
  io.putstr = sink_putstr;
  io.flush = sink_flush;
  disc.mem = &AgMemDisc;
  disc.id = &AgIdDisc;
  disc.io = &io;
  ag = agopen ((char *)"diplograph", Agdirected, &disc);
  agattr (ag, AGRAPH, (char *)"rankdir", (char *)"LR");
  agattr (ag, AGRAPH, (char *)"fontname", (char *)"Helvetica");
  agattr (ag, AGRAPH, (char *)"overlap", (char *)"false");
  agattr (ag, AGNODE, (char *)"style", (char *)"filled");
  agattr (ag, AGNODE, (char *)"fontname", (char *)"Helvetica");
  agattr (ag, AGNODE, (char *)"fontsize", (char *)"11");
  a.shape = agattr (ag, AGNODE, (char *)"shape", (char *)"box");
  a.fillcolor = agattr (ag, AGNODE, (char *)"fillcolor", (char *)"#ffffff");
  a.label = agattr (ag, AGNODE, (char *)"label", (char *)"");
  a.tooltip = agattr (ag, AGNODE, (char *)"tooltip", (char *)"");
  a.url = agattr (ag, AGNODE, (char *)"URL", (char *)"");
  agattr (ag, AGEDGE, (char *)"fontname", (char *)"Helvetica");
  agattr (ag, AGEDGE, (char *)"fontsize", (char *)"9");
  agattr (ag, AGEDGE, (char *)"fontcolor", (char *)"#555555");
  a.elabel = agattr (ag, AGEDGE, (char *)"label", (char *)"");
  a.estyle = agattr (ag, AGEDGE, (char *)"style", (char *)"solid");
  a.ecolor = agattr (ag, AGEDGE, (char *)"color", (char *)"#555555");

  nodes = g_new0 (Agnode_t *, dg_graph_get_n_nodes (self->graph) + 1);
  ok = add_nodes (self, ag, &a, nodes, error) && add_edges (self, ag, &a, nodes, error);
  if (ok)
    {
      dg_sink_init (&sink, stream);
      if (agwrite (ag, &sink) != 0)
        {
          dg_sink_finish (&sink, NULL);
          g_set_error (error, DG_ERROR, DG_ERROR_IO, "cgraph could not write the diagram");
          ok = FALSE;
        }
      else
        ok = dg_sink_finish (&sink, error);
    }
  agclose (ag);
  return ok;
}

static gboolean
write_cb (gpointer writer, GOutputStream *stream, GError **error)
{
  return dg_dot_writer_write (writer, stream, error);
}

/**
 * dg_dot_writer_write_file:
 * @self: a #DgDotWriter
 * @path: (type filename): the file to write
 * @error: return location for a #GError, or %NULL
 *
 * Writes the diagram to @path through a temporary file renamed into place,
 * so a failure leaves any existing @path untouched.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_dot_writer_write_file (DgDotWriter *self, const char *path, GError **error)
{
  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  return dg_output_write_file (path, write_cb, self, error);
}
