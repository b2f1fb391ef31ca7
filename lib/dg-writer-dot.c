/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <string.h>

#include "dg-error.h"
#include "dg-graph.h"
#include "dg-selection.h"
#include "dg-text.h"
#include "dg-writer-dot.h"
#include "dg-fact-private.h"
#include "dg-graph-private.h"
#include "dg-text-private.h"
#include "dg-output-private.h"
#include "dg-xsd-private.h"
#include "dg-writer-dot-private.h"

/**
 * DgDotWriter:
 *
 * Writes a #DgGraph, or the part of it a #DgSelection keeps, as a Graphviz
 * DOT diagram built with cgraph, or renders it to SVG, PNG or PDF with gvc.
 *
 * Nodes are shaped and coloured by class and edges styled by relation, as
 * the ontology's `dg:nodeShape`, `dg:fillColor`, `dg:edgeStyle` and
 * `dg:edgeColor` say; classes and relations marked `dg:hiddenInDiagram`
 * (citations, sources, roles) are not drawn.  N-ary facts are nodes of their
 * own joining their parts.  Each node links to its IRI and its tooltip
 * shows its class and the quotes it is cited with.
 *
 * Options add clusters per state, a legend, and n-ary facts collapsed to
 * labelled edges.  All cgraph and gvc calls of the library are in this
 * file.
 */

struct _DgDotWriter
{
  GObject parent_instance;
  DgGraph *graph;
  DgSelection *selection; /* nullable */
  GStrv languages;
  DgDotFlags flags;
  guint wrap_width;
  char *rankdir;
  char *layout; /* NULL: not set, dot */
};

G_DEFINE_FINAL_TYPE (DgDotWriter, dg_dot_writer, G_TYPE_OBJECT)

static void
dg_dot_writer_finalize (GObject *object)
{
  DgDotWriter *self = DG_DOT_WRITER (object);

  g_clear_object (&self->graph);
  g_clear_object (&self->selection);
  g_strfreev (self->languages);
  g_free (self->rankdir);
  g_free (self->layout);
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
  self->rankdir = g_strdup ("LR");
  self->wrap_width = 28;
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
 * @error: return location for a #GError, or %NULL
 *
 * Sets the languages labels are chosen in; a node with no label in any of
 * them shows its untagged, English or first label.  The default is English.
 *
 * Returns: %TRUE if every tag is a valid language tag (else nothing is
 *   changed)
 */
gboolean
dg_dot_writer_set_languages (DgDotWriter *self, const char *const *languages, GError **error)
{
  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  g_return_val_if_fail (languages != NULL, FALSE);
  for (guint i = 0; languages[i]; i++)
    if (!dg_language_tag_validate (languages[i], error))
      return FALSE;
  g_strfreev (self->languages);
  self->languages = g_strdupv ((char **)languages);
  return TRUE;
}

/**
 * dg_dot_writer_set_selection:
 * @self: a #DgDotWriter
 * @selection: (nullable): what of the graph to draw, or %NULL for all of it
 *
 * Draws only the nodes and relations @selection keeps.  @selection must be
 * of the writer's graph.
 */
void
dg_dot_writer_set_selection (DgDotWriter *self, DgSelection *selection)
{
  g_return_if_fail (DG_IS_DOT_WRITER (self));
  g_return_if_fail (!selection || dg_selection_get_graph (selection) == self->graph);
  g_set_object (&self->selection, selection);
}

/**
 * dg_dot_writer_set_flags:
 * @self: a #DgDotWriter
 * @flags: the layout aids to use
 *
 * %DG_DOT_CLUSTERS groups the nodes that lead to a node of a
 * `dg:clusterRoot` class (a state) by `dg:clusterVia` relations
 * (`subOrganizationOf`, `postIn`, `holds`) in a cluster labelled with it.
 *
 * %DG_DOT_LEGEND adds a legend of the classes and relations drawn, in the
 * order they are first drawn.
 *
 * %DG_DOT_COLLAPSE draws each fact of a `dg:collapsible` class
 * (partnership, diplomatic relation, post held) that joins exactly two
 * drawn nodes as one edge between them, labelled with its label property
 * (the partnership level, the role) or label and its earliest date:
 * "Comprehensive Strategic Partnership (2022)".  Links from other nodes to
 * a collapsed fact are not drawn.  Without it facts are nodes joining their
 * parts.
 *
 * None is set by default.
 */
void
dg_dot_writer_set_flags (DgDotWriter *self, DgDotFlags flags)
{
  g_return_if_fail (DG_IS_DOT_WRITER (self));
  self->flags = flags;
}

/**
 * dg_dot_writer_set_wrap_width:
 * @self: a #DgDotWriter
 * @width: characters per line of a node label, or 0 not to wrap
 *
 * Breaks long labels at spaces into lines of about @width characters
 * (edge labels get a few more), so that long names do not stretch the
 * layout.  The default is 28.
 */
void
dg_dot_writer_set_wrap_width (DgDotWriter *self, guint width)
{
  g_return_if_fail (DG_IS_DOT_WRITER (self));
  self->wrap_width = width;
}

/**
 * dg_dot_writer_set_rankdir:
 * @self: a #DgDotWriter
 * @rankdir: `LR` (the default), `RL`, `TB` or `BT`
 * @error: return location for a #GError, or %NULL
 *
 * Sets the direction in which `dot` ranks the diagram.
 *
 * Returns: %TRUE on success; %FALSE for another value
 */
gboolean
dg_dot_writer_set_rankdir (DgDotWriter *self, const char *rankdir, GError **error)
{
  static const char *const values[] = { "LR", "RL", "TB", "BT", NULL };

  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  if (!g_strv_contains (values, rankdir))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "unknown rank direction \"%s\" (LR, RL, TB or BT)", rankdir);
      return FALSE;
    }
  g_free (self->rankdir);
  self->rankdir = g_strdup (rankdir);
  return TRUE;
}

/**
 * dg_dot_writer_set_layout:
 * @self: a #DgDotWriter
 * @engine: (nullable): a Graphviz layout engine: `dot`, `neato`, `fdp`,
 *   `sfdp`, `circo`, `twopi` or `osage`; %NULL for the default (`dot`)
 * @error: return location for a #GError, or %NULL
 *
 * Sets the layout engine: written as the graph's `layout` attribute, and
 * used by dg_dot_writer_render().
 *
 * Returns: %TRUE on success; %FALSE for an unknown engine
 */
gboolean
dg_dot_writer_set_layout (DgDotWriter *self, const char *engine, GError **error)
{
  static const char *const engines[]
      = { "dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", NULL };

  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  if (engine && !g_strv_contains (engines, engine))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "unknown layout engine \"%s\" (dot, neato, fdp, sfdp, circo, twopi or osage)",
                   engine);
      return FALSE;
    }
  g_free (self->layout);
  self->layout = g_strdup (engine);
  return TRUE;
}

static char *escape_with (const char *text, const char *backslash, GError **error);

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
 * are refused.  Labels are never HTML-like, and never records.  A string of
 * digits, `-` and `.` that is not a DOT numeral (`-.`) has its `-` and `.`
 * written as entities: cgraph would leave it unquoted, and unparseable.
 *
 * Returns: (transfer full) (nullable): the escaped text, or %NULL on error
 */
char *
dg_dot_escape (const char *text, GError **error)
{
  return escape_with (text, "&#92;&#92;", error);
}

/* A tooltip goes through one more round of escapes than a label: Graphviz
 * decodes its entities first, then substitutes \G, \N, \E … and reads \\
 * twice; so a backslash needs four, or a \G in the text would become the
 * graph's name. */
static char *
escape_tooltip (const char *text, GError **error)
{
  return escape_with (text, "&#92;&#92;&#92;&#92;", error);
}

static char *
escape_with (const char *text, const char *backslash, GError **error)
{
  GString *s = g_string_sized_new (strlen (text) + 8);

  for (const char *p = text; *p; p++)
    {
      guchar c = (guchar)*p;

      if (c == '&')
        g_string_append (s, "&amp;");
      else if (c == '\\')
        g_string_append (s, backslash);
      else if (c == '\r' && p[1] == '\n')
        continue;
      else if (c == '\n' || c == '\r')
        g_string_append (s, "\\n");
      else if ((c < 0x20 && c != '\t') || c == 0x7f || (c == 0xC0 && (guchar)p[1] == 0x80))
        {
          if (c == 0xC0)
            c = 0; /* DG_TEXT_HELD_NUL */
          g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                       "control character U+%04X cannot be shown in a diagram", c);
          g_string_free (s, TRUE);
          return NULL;
        }
      else
        g_string_append_c (s, (char)c);
    }
  /* cgraph 2.42 writes some strings of digits, '-' and '.' unquoted that
   * are not DOT numerals ("-."), and the result does not parse: spell such
   * a string's '-' and '.' as entities, which makes cgraph quote it. */
  /* Such a string is a DOT numeral, -?(.[0-9]+|[0-9]+(.[0-9]*)?), exactly
   * when it is an xsd:decimal. */
  if (s->len > 0 && strspn (s->str, "-.0123456789") == s->len
      && !dg_xsd_validate (s->str, DG_XSD "decimal", NULL))
    {
      GString *safe = g_string_sized_new (s->len * 5);

      for (gsize i = 0; i < s->len; i++)
        if (s->str[i] == '-')
          g_string_append (safe, "&#45;");
        else if (s->str[i] == '.')
          g_string_append (safe, "&#46;");
        else
          g_string_append_c (safe, s->str[i]);
      g_string_free (s, TRUE);
      return g_string_free (safe, FALSE);
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
  DgFactTerms *terms;
  GString *text;
} TooltipState;

static void
add_citation (const DgLiteral *quote, guint source, gpointer data)
{
  TooltipState *st = data;
  DgGraph *g = dg_fact_terms_get_graph (st->terms);

  g_string_append_c (st->text, '\n');
  if (source != DG_NO_NODE)
    {
      const char *file = dg_fact_source_file (st->terms, source);
      g_string_append_printf (st->text, "[%s] ",
                              file ? file : dg_text_iri_tail (dg_graph_get_node_iri (g, source)));
    }
  g_string_append_printf (st->text, "\"%s\"", dg_graph_string (g, quote->lexical));
}

/* The class and the cited quotes of a node, one per line. */
static char *
tooltip_of (DgDotWriter *self, DgFactTerms *terms, guint node)
{
  DgGraph *g = self->graph;
  DgTerm *klass = dg_graph_node_term (g, node);
  TooltipState st = { terms, NULL };

  st.text = g_string_new (klass ? dg_term_label (klass, (const char *const *)self->languages)
                                : dg_text_iri_tail (dg_graph_get_node_class (g, node)));
  dg_fact_foreach_citation (terms, node, add_citation, &st);
  return g_string_free (st.text, FALSE);
}

/* Sets @sym on @obj to @text, escaped; FALSE (with @error) if it cannot be. */
static gboolean
set_text_escaped (void *obj, Agsym_t *sym, const char *text, const char *iri,
                  char *(*escape) (const char *, GError **), GError **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *escaped = escape (text, &local_error);

  if (!escaped)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "<%s>: %s", iri, local_error->message);
      return FALSE;
    }
  agxset (obj, sym, escaped);
  return TRUE;
}

static gboolean
set_text (void *obj, Agsym_t *sym, const char *text, const char *iri, GError **error)
{
  return set_text_escaped (obj, sym, text, iri, dg_dot_escape, error);
}

static gboolean
set_tooltip (void *obj, Agsym_t *sym, const char *text, const char *iri, GError **error)
{
  return set_text_escaped (obj, sym, text, iri, escape_tooltip, error);
}

/* An SVG link is followed by a click: only to a web page, never to a
 * javascript: or data: IRI that the data may hold. */
static void
set_link (void *obj, Agsym_t *sym, const char *iri)
{
  if (g_ascii_strncasecmp (iri, "http://", 7) == 0 || g_ascii_strncasecmp (iri, "https://", 8) == 0)
    agxset (obj, sym, (char *)iri);
}

/* What a diagram is being built from, and the cgraph objects so far. */
typedef struct
{
  DgDotWriter *self;
  DgGraph *g;
  Agraph_t *ag;
  Agsym_t *label, *shape, *fillcolor, *tooltip, *url;
  Agsym_t *elabel, *estyle, *ecolor, *edir, *etooltip, *eurl, *epenwidth;
  Agsym_t *glabel, *gstyle, *gcolor, *gfillcolor;
  Agnode_t **nodes;     /* per graph node, NULL when not drawn as a node */
  guint32 *ends;        /* per node: two ends of a collapsed fact, or DG_NO_NODE */
  gboolean *directed;   /* per collapsed node: the first end is the subject side */
  GPtrArray *classes;   /* DgTerm* of the nodes drawn, first seen first */
  GPtrArray *relations; /* DgTerm* of the links drawn, first seen first */
  DgFactTerms *terms;   /* the fact time and provenance terms of the graph */
} Build;

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

static gboolean
shown (DgDotWriter *self, guint node)
{
  return drawn (self->graph, node)
         && (!self->selection || dg_selection_contains_node (self->selection, node));
}

static gboolean
relation_shown (DgDotWriter *self, DgTerm *prop, const char *iri)
{
  if (prop && prop->hidden)
    return FALSE;
  return !self->selection || dg_selection_contains_relation (self->selection, iri);
}

static void
note_term (GPtrArray *seen, DgTerm *term)
{
  if (term && !g_ptr_array_find (seen, term, NULL))
    g_ptr_array_add (seen, term);
}

/* With --collapse, a shown fact of a collapsible class whose collapse-end
 * relations reach exactly two shown nodes is drawn as an edge between them:
 * directed from the end that links to the fact when the other is linked
 * from it (a person holds a post in an organization), undirected when both
 * are alike (the two parties of a partnership). */
typedef struct
{
  guint32 end[2];
  guint8 n;        /* ends found; 3 means too many */
  guint8 incoming; /* bit i: end[i] links to the fact */
} Ends;

static void
add_end (Build *b, Ends *ends, guint fact, guint end, gboolean incoming)
{
  Ends *f = &ends[fact];

  if (f->n > 2 || !shown (b->self, fact) || !shown (b->self, end))
    return;
  for (guint i = 0; i < f->n; i++)
    if (f->end[i] == end)
      return;
  if (f->n == 2)
    {
      f->n = 3;
      return;
    }
  f->end[f->n] = end;
  if (incoming)
    f->incoming |= 1 << f->n;
  f->n++;
}

static void
find_collapsed (Build *b)
{
  DgGraph *g = b->g;
  guint n_nodes = dg_graph_get_n_nodes (g);
  g_autofree Ends *ends = NULL;

  for (guint v = 0; v < 2 * n_nodes; v++)
    b->ends[v] = DG_NO_NODE;
  if (!(b->self->flags & DG_DOT_COLLAPSE))
    return;
  ends = g_new0 (Ends, MAX (n_nodes, 1));
  for (guint s = 0; s < n_nodes; s++)
    {
      guint n;
      const guint32 *edges = dg_graph_edges_of (g, s, &n);
      DgTerm *sk = dg_graph_node_term (g, s);

      for (guint i = 0; i < n; i++)
        {
          const DgEdge *e = dg_graph_edge (g, edges[i]);
          DgTerm *prop = dg_graph_predicate_term (g, e->predicate), *ok;

          if (e->is_literal || !prop || !(prop->flags & DG_TERM_COLLAPSE_END))
            continue;
          ok = dg_graph_node_term (g, e->object);
          if (sk && (sk->flags & DG_TERM_COLLAPSIBLE))
            add_end (b, ends, s, e->object, FALSE);
          else if (ok && (ok->flags & DG_TERM_COLLAPSIBLE))
            add_end (b, ends, e->object, s, TRUE);
        }
    }
  for (guint v = 0; v < n_nodes; v++)
    {
      gboolean swap = ends[v].incoming == 2;

      if (ends[v].n != 2)
        continue;
      b->ends[2 * v] = ends[v].end[swap ? 1 : 0];
      b->ends[2 * v + 1] = ends[v].end[swap ? 0 : 1];
      b->directed[v] = ends[v].incoming == 1 || ends[v].incoming == 2;
    }
}

static gboolean
collapsed (Build *b, guint node)
{
  return b->ends[2 * node] != DG_NO_NODE;
}

/* Long names ("Agreement on Basic Principles Guiding the Settlement of
 * Maritime Issues …") make wide nodes that stretch the whole layout: break
 * them at spaces into lines of about @width characters. */
char *
dg_dot_wrap (const char *text, guint width)
{
  GString *out = g_string_sized_new (strlen (text) + 8);
  guint column = 0;
  const char *p = text;

  if (width == 0)
    return g_string_free (g_string_append (out, text), FALSE);
  while (*p)
    {
      const char *space = strchr (p, ' ');
      const char *end = space ? space : p + strlen (p);
      const char *newline = memchr (p, '\n', end - p);
      guint length;

      if (newline)
        end = newline;
      length = g_utf8_strlen (p, end - p);
      if (column > 0 && column + 1 + length > width)
        {
          g_string_append_c (out, '\n');
          column = 0;
        }
      else if (column > 0)
        {
          g_string_append_c (out, ' ');
          column++;
        }
      g_string_append_len (out, p, end - p);
      column += length;
      if (newline)
        {
          g_string_append_c (out, '\n');
          column = 0;
        }
      p = *end ? end + 1 : end;
    }
  return g_string_free (out, FALSE);
}

static gboolean
add_nodes (Build *b, GError **error)
{
  DgDotWriter *self = b->self;
  DgGraph *g = b->g;
  guint n_nodes = dg_graph_get_n_nodes (g);
  const char *const *langs = (const char *const *)self->languages;

  for (guint node = 0; node < n_nodes; node++)
    {
      DgTerm *klass;
      const char *iri, *label;
      g_autofree char *tooltip = NULL, *wrapped = NULL;
      Agnode_t *an;

      if (!shown (self, node) || collapsed (b, node))
        continue;
      iri = dg_graph_get_node_iri (g, node);
      klass = dg_graph_node_term (g, node);
      /* Node names are IRIs: unique, and cgraph quotes them. */
      an = agnode (b->ag, (char *)iri, TRUE);
      b->nodes[node] = an;
      label = dg_graph_get_node_label (g, node, langs);
      wrapped = dg_dot_wrap (label ? label : dg_text_iri_tail (iri), self->wrap_width);
      tooltip = tooltip_of (self, b->terms, node);
      if (!set_text (an, b->label, wrapped, iri, error)
          || !set_tooltip (an, b->tooltip, tooltip, iri, error))
        return FALSE;
      set_link (an, b->url, iri);
      if (klass && klass->shape)
        agxset (an, b->shape, (char *)klass->shape);
      if (klass && klass->fill_color)
        agxset (an, b->fillcolor, (char *)klass->fill_color);
      note_term (b->classes, klass);
    }
  return TRUE;
}

static Agedge_t *
add_edge (Build *b, Agnode_t *tail, Agnode_t *head, DgTerm *style, const char *label,
          const char *iri, GError **error)
{
  Agedge_t *ae = agedge (b->ag, tail, head, NULL, TRUE);

  if (!set_text (ae, b->elabel, label, iri, error))
    return NULL;
  if (style && style->edge_style)
    agxset (ae, b->estyle, (char *)style->edge_style);
  if (style && style->edge_color)
    agxset (ae, b->ecolor, (char *)style->edge_color);
  return ae;
}

static gboolean
add_edges (Build *b, GError **error)
{
  DgDotWriter *self = b->self;
  DgGraph *g = b->g;
  guint n_nodes = dg_graph_get_n_nodes (g);

  for (guint node = 0; node < n_nodes; node++)
    {
      guint n;
      const guint32 *edges;

      if (!b->nodes[node])
        continue;
      edges = dg_graph_edges_of (g, node, &n);
      for (guint i = 0; i < n; i++)
        {
          const DgEdge *e = dg_graph_edge (g, edges[i]);
          DgTerm *prop;
          const char *p;

          if (e->is_literal || !b->nodes[e->object])
            continue;
          prop = dg_graph_predicate_term (g, e->predicate);
          p = dg_graph_string (g, e->predicate);
          if (!relation_shown (self, prop, p))
            continue;
          if (!add_edge (b, b->nodes[node], b->nodes[e->object], prop,
                         prop ? dg_term_label (prop, (const char *const *)self->languages)
                              : dg_text_iri_tail (p),
                         p, error))
            return FALSE;
          note_term (b->relations, prop);
        }
    }
  return TRUE;
}

/* A collapsed fact's edge: "Comprehensive Strategic Partnership (2022)",
 * labelled by the class's label property when it has one. */
static gboolean
add_collapsed_edges (Build *b, GError **error)
{
  DgDotWriter *self = b->self;
  DgGraph *g = b->g;
  guint n_nodes = dg_graph_get_n_nodes (g);
  const char *const *langs = (const char *const *)self->languages;

  for (guint node = 0; node < n_nodes; node++)
    {
      DgTerm *klass;
      const char *iri, *label = NULL, *date;
      g_autofree char *text = NULL, *tooltip = NULL;
      Agnode_t *tail, *head;
      Agedge_t *ae;

      if (!collapsed (b, node))
        continue;
      tail = b->nodes[b->ends[2 * node]];
      head = b->nodes[b->ends[2 * node + 1]];
      if (!tail || !head)
        continue;
      iri = dg_graph_get_node_iri (g, node);
      klass = dg_graph_node_term (g, node);
      if (klass && klass->label_property)
        {
          guint32 p;
          guint n;
          const guint32 *edges = dg_graph_edges_of (g, node, &n);

          if (dg_graph_string_id (g, klass->label_property->iri, &p))
            for (guint i = 0; i < n && !label; i++)
              {
                const DgEdge *e = dg_graph_edge (g, edges[i]);
                if (e->predicate == p && !e->is_literal)
                  label = dg_graph_get_node_label (g, e->object, langs);
              }
        }
      if (!label)
        label = dg_graph_get_node_label (g, node, langs);
      if (!label)
        label = dg_text_iri_tail (iri);
      date = dg_fact_label_date (b->terms, node);
      text = dg_dot_wrap (label, self->wrap_width ? self->wrap_width + 4 : 0);
      if (date)
        {
          char *dated = g_strdup_printf ("%s (%s)", text, date);
          g_free (text);
          text = dated;
        }
      tooltip = tooltip_of (self, b->terms, node);
      ae = add_edge (b, tail, head, klass, text, iri, error);
      if (!ae || !set_tooltip (ae, b->etooltip, tooltip, iri, error))
        return FALSE;
      set_link (ae, b->eurl, iri);
      agxset (ae, b->epenwidth, (char *)"2");
      if (!b->directed[node])
        agxset (ae, b->edir, (char *)"none");
      note_term (b->relations, klass);
    }
  return TRUE;
}

/* The node whose cluster @node belongs in: itself for a cluster root (a
 * state), else that of what it points to by a cluster-via relation
 * (subOrganizationOf, postIn, holds), first such link first. */
static guint
cluster_root (DgGraph *g, guint node, guint32 *memo, guint depth)
{
  DgTerm *klass = dg_graph_node_term (g, node);
  guint n;
  const guint32 *edges;

  if (memo[node] != G_MAXUINT32 - 1)
    return memo[node];
  if (klass && (klass->flags & DG_TERM_CLUSTER_ROOT))
    return memo[node] = node;
  memo[node] = DG_NO_NODE; /* also what a cycle meets */
  if (depth > 64)
    return DG_NO_NODE;
  edges = dg_graph_edges_of (g, node, &n);
  for (guint i = 0; i < n; i++)
    {
      const DgEdge *e = dg_graph_edge (g, edges[i]);
      DgTerm *prop;
      guint root;

      if (e->is_literal)
        continue;
      prop = dg_graph_predicate_term (g, e->predicate);
      if (!prop || !(prop->flags & DG_TERM_CLUSTER_VIA))
        continue;
      root = cluster_root (g, e->object, memo, depth + 1);
      if (root != DG_NO_NODE)
        return memo[node] = root;
    }
  return DG_NO_NODE;
}

static gboolean
add_clusters (Build *b, GError **error)
{
  DgGraph *g = b->g;
  guint n_nodes = dg_graph_get_n_nodes (g);
  g_autofree guint32 *memo = g_new (guint32, MAX (n_nodes, 1));
  g_autofree guint *members = g_new0 (guint, MAX (n_nodes, 1));
  g_autofree Agraph_t **clusters = g_new0 (Agraph_t *, MAX (n_nodes, 1));
  guint n_clusters = 0;

  for (guint v = 0; v < n_nodes; v++)
    memo[v] = G_MAXUINT32 - 1;
  for (guint v = 0; v < n_nodes; v++)
    if (b->nodes[v])
      {
        guint root = cluster_root (g, v, memo, 0);
        if (root != DG_NO_NODE)
          members[root]++;
      }
  for (guint v = 0; v < n_nodes; v++)
    {
      guint root;

      if (!b->nodes[v])
        continue;
      root = cluster_root (g, v, memo, 0);
      /* A box needs two members; the state itself need not be in view for
       * its ministries to be boxed under its name. */
      if (root == DG_NO_NODE || members[root] < 2)
        continue;
      if (!clusters[root])
        {
          const char *iri = dg_graph_get_node_iri (g, root);
          const char *label
              = dg_graph_get_node_label (g, root, (const char *const *)b->self->languages);
          g_autofree char *name = g_strdup_printf ("cluster_%u", n_clusters++);

          clusters[root] = agsubg (b->ag, name, TRUE);
          if (!set_text (clusters[root], b->glabel, label ? label : dg_text_iri_tail (iri), iri,
                         error))
            return FALSE;
          agxset (clusters[root], b->gstyle, (char *)"rounded,filled");
          agxset (clusters[root], b->gcolor, (char *)"#9fb8d0");
          agxset (clusters[root], b->gfillcolor, (char *)"#f5f9fc");
        }
      agsubnode (clusters[root], b->nodes[v], TRUE);
    }
  return TRUE;
}

/* A key to the classes and relations drawn, in the order first drawn.  The
 * class samples have no links, so dot ranks them together: one column
 * (a row top to bottom), with the relation samples spanning the next. */
static gboolean
add_legend (Build *b, GError **error)
{
  const char *const *langs = (const char *const *)b->self->languages;
  Agraph_t *legend;

  if (b->classes->len == 0 && b->relations->len == 0)
    return TRUE;
  legend = agsubg (b->ag, (char *)"cluster_legend", TRUE);
  agxset (legend, b->glabel, (char *)"Legend");
  agxset (legend, b->gstyle, (char *)"rounded");
  agxset (legend, b->gcolor, (char *)"#999999");
  /* Names with spaces cannot be IRIs, so they never meet a data node. */
  for (guint i = 0; i < b->classes->len; i++)
    {
      DgTerm *t = g_ptr_array_index (b->classes, i);
      g_autofree char *name = g_strdup_printf ("legend class %u", i);
      Agnode_t *an = agnode (legend, name, TRUE);

      if (!set_text (an, b->label, dg_term_label (t, langs), t->iri, error))
        return FALSE;
      if (t->shape)
        agxset (an, b->shape, (char *)t->shape);
      if (t->fill_color)
        agxset (an, b->fillcolor, (char *)t->fill_color);
      agxset (an, b->url, (char *)t->iri);
    }
  for (guint i = 0; i < b->relations->len; i++)
    {
      DgTerm *t = g_ptr_array_index (b->relations, i);
      g_autofree char *tail_name = g_strdup_printf ("legend relation %u", i);
      g_autofree char *head_name = g_strdup_printf ("legend relation %u end", i);
      Agnode_t *tail = agnode (legend, tail_name, TRUE);
      Agnode_t *head = agnode (legend, head_name, TRUE);
      Agedge_t *ae;

      agxset (tail, b->shape, (char *)"point");
      agxset (head, b->shape, (char *)"point");
      ae = add_edge (b, tail, head, t, dg_term_label (t, langs), t->iri, error);
      if (!ae)
        return FALSE;
      if (t->kind == DG_TERM_CLASS)
        {
          /* A collapsed fact: drawn as its class is. */
          agxset (ae, b->epenwidth, (char *)"2");
        }
    }
  return TRUE;
}

#define NO_SLOT G_MAXSIZE

/* The attributes every diagram declares, with their defaults, and where the
 * builder keeps the ones it sets per object. */
static const struct
{
  int kind;
  const char *name, *value;
  gsize slot;
} attributes[] = {
  { AGRAPH, "fontname", "Helvetica", NO_SLOT },
  { AGRAPH, "overlap", "false", NO_SLOT },
  { AGRAPH, "fontsize", "12", NO_SLOT },
  { AGRAPH, "label", "", G_STRUCT_OFFSET (Build, glabel) },
  { AGRAPH, "style", "", G_STRUCT_OFFSET (Build, gstyle) },
  { AGRAPH, "color", "", G_STRUCT_OFFSET (Build, gcolor) },
  { AGRAPH, "fillcolor", "", G_STRUCT_OFFSET (Build, gfillcolor) },
  { AGNODE, "style", "filled", NO_SLOT },
  { AGNODE, "fontname", "Helvetica", NO_SLOT },
  { AGNODE, "fontsize", "11", NO_SLOT },
  { AGNODE, "shape", "box", G_STRUCT_OFFSET (Build, shape) },
  { AGNODE, "fillcolor", "#ffffff", G_STRUCT_OFFSET (Build, fillcolor) },
  /* Graphviz's own default, so that an empty label is written as one
   * rather than left to show the node's name. */
  { AGNODE, "label", "\\N", G_STRUCT_OFFSET (Build, label) },
  { AGNODE, "tooltip", "", G_STRUCT_OFFSET (Build, tooltip) },
  { AGNODE, "URL", "", G_STRUCT_OFFSET (Build, url) },
  { AGEDGE, "fontname", "Helvetica", NO_SLOT },
  { AGEDGE, "fontsize", "9", NO_SLOT },
  { AGEDGE, "fontcolor", "#555555", NO_SLOT },
  { AGEDGE, "label", "", G_STRUCT_OFFSET (Build, elabel) },
  { AGEDGE, "style", "solid", G_STRUCT_OFFSET (Build, estyle) },
  { AGEDGE, "color", "#555555", G_STRUCT_OFFSET (Build, ecolor) },
  { AGEDGE, "dir", "forward", G_STRUCT_OFFSET (Build, edir) },
  { AGEDGE, "tooltip", "", G_STRUCT_OFFSET (Build, etooltip) },
  { AGEDGE, "URL", "", G_STRUCT_OFFSET (Build, eurl) },
  { AGEDGE, "penwidth", "1", G_STRUCT_OFFSET (Build, epenwidth) },
};

/* Builds the diagram in cgraph; the caller closes it. */
static Agraph_t *
build (DgDotWriter *self, Agdisc_t *disc, GError **error)
{
  guint n_nodes = dg_graph_get_n_nodes (self->graph);
  g_autofree Agnode_t **nodes = g_new0 (Agnode_t *, n_nodes + 1);
  g_autofree guint32 *ends = g_new (guint32, 2 * n_nodes + 2);
  g_autofree gboolean *directed = g_new0 (gboolean, n_nodes + 1);
  g_autoptr (GPtrArray) classes = g_ptr_array_new ();
  g_autoptr (GPtrArray) relations = g_ptr_array_new ();
  g_autoptr (DgFactTerms) terms = dg_fact_terms_new (self->graph);
  Build b = { .self = self, .g = self->graph, .terms = terms };
  gboolean ok;

  b.ag = agopen ((char *)"diplograph", Agdirected, disc);
  b.nodes = nodes;
  b.ends = ends;
  b.directed = directed;
  b.classes = classes;
  b.relations = relations;
  agattr (b.ag, AGRAPH, (char *)"rankdir", self->rankdir);
  if (self->layout)
    agattr (b.ag, AGRAPH, (char *)"layout", self->layout);
  /* dot's older ranking fails ("trouble in init_rank") on many graphs
   * with clusters; the single global ranking of newrank does not. */
  if (self->flags & DG_DOT_CLUSTERS)
    agattr (b.ag, AGRAPH, (char *)"newrank", (char *)"true");
  for (guint i = 0; i < G_N_ELEMENTS (attributes); i++)
    {
      Agsym_t *sym = agattr (b.ag, attributes[i].kind, (char *)attributes[i].name,
                             (char *)attributes[i].value);
      if (attributes[i].slot != NO_SLOT)
        G_STRUCT_MEMBER (Agsym_t *, &b, attributes[i].slot) = sym;
    }

  find_collapsed (&b);
  ok = add_nodes (&b, error) && add_edges (&b, error) && add_collapsed_edges (&b, error)
       && (!(self->flags & DG_DOT_CLUSTERS) || add_clusters (&b, error))
       && (!(self->flags & DG_DOT_LEGEND) || add_legend (&b, error));
  if (!ok)
    {
      agclose (b.ag);
      return NULL;
    }
  return b.ag;
}

/**
 * dg_dot_writer_count_nodes:
 * @self: a #DgDotWriter
 *
 * Counts the nodes of the graph the diagram shows (as nodes, or as
 * collapsed edges), after the selection and without the legend: a caller
 * can warn before a slow layout.
 *
 * Returns: the number of nodes drawn
 */
guint
dg_dot_writer_count_nodes (DgDotWriter *self)
{
  guint n_nodes, count = 0;

  g_return_val_if_fail (DG_IS_DOT_WRITER (self), 0);
  n_nodes = dg_graph_get_n_nodes (self->graph);
  for (guint v = 0; v < n_nodes; v++)
    count += shown (self, v);
  return count;
}

/* An ID discipline that numbers named objects in creation order.  cgraph's
 * default uses the address of the interned name as the ID, and writes
 * subgraphs in ID order — so clusters came out in an order that changed
 * from run to run.  Named objects get even IDs, anonymous ones odd, as in
 * the default. */
typedef struct
{
  Agraph_t *graph;
  GHashTable *ids;  /* name -> index + 1 */
  GPtrArray *names; /* in cgraph's string pool, which agwrite expects */
  IDTYPE anonymous;
} IdMap;

static void *
id_open (Agraph_t *g, Agdisc_t *disc)
{
  IdMap *m = g_new0 (IdMap, 1);

  m->graph = g;
  m->ids = g_hash_table_new (g_str_hash, g_str_equal);
  m->names = g_ptr_array_new ();
  return m;
}

static long
id_map (void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
  IdMap *m = state;
  gpointer index;

  if (!str)
    {
      *id = 2 * m->anonymous++ + 1;
      return TRUE;
    }
  if (g_hash_table_lookup_extended (m->ids, str, NULL, &index))
    {
      *id = 2 * (IDTYPE)GPOINTER_TO_UINT (index);
      return TRUE;
    }
  if (!createflag)
    return FALSE;
  g_ptr_array_add (m->names, agstrdup (m->graph, str));
  g_hash_table_insert (m->ids, g_ptr_array_index (m->names, m->names->len - 1),
                       GUINT_TO_POINTER (m->names->len));
  *id = 2 * (IDTYPE)m->names->len;
  return TRUE;
}

static long
id_alloc (void *state, int objtype, IDTYPE id)
{
  return id % 2 == 0;
}

static void
id_free (void *state, int objtype, IDTYPE id)
{
}

static char *
id_print (void *state, int objtype, IDTYPE id)
{
  IdMap *m = state;

  if (id % 2 != 0 || id == 0 || id / 2 > m->names->len)
    return NULL;
  return g_ptr_array_index (m->names, id / 2 - 1);
}

static void
id_close (void *state)
{
  IdMap *m = state;

  /* Called before cgraph closes its string pool. */
  for (guint i = 0; i < m->names->len; i++)
    agstrfree (m->graph, g_ptr_array_index (m->names, i));
  g_hash_table_unref (m->ids);
  g_ptr_array_unref (m->names);
  g_free (m);
}

static void
id_register (void *state, int objtype, void *obj)
{
}

static Agiddisc_t sequential_ids
    = { id_open, id_map, id_alloc, id_free, id_print, id_close, id_register };

static void
init_disc (Agdisc_t *disc, Agiodisc_t *io)
{
  *io = (Agiodisc_t){ 0 };
  io->afread = AgIoDisc.afread;
  io->putstr = sink_putstr;
  io->flush = sink_flush;
  *disc = (Agdisc_t){ 0 };
  disc->mem = &AgMemDisc;
  disc->id = &sequential_ids;
  disc->io = io;
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
  Agiodisc_t io;
  Agdisc_t disc;
  Agraph_t *ag;
  DgSink sink;
  gboolean ok;

  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  init_disc (&disc, &io);
  ag = build (self, &disc, error);
  if (!ag)
    return FALSE;
  dg_sink_init (&sink, stream);
  if (agwrite (ag, &sink) != 0)
    {
      dg_sink_finish (&sink, NULL);
      g_set_error (error, DG_ERROR, DG_ERROR_IO, "cgraph could not write the diagram");
      ok = FALSE;
    }
  else
    ok = dg_sink_finish (&sink, error);
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

/* What dg_dot_writer_render() writes, and the file name endings that ask
 * for it. */
static const struct
{
  const char *format, *suffix;
} render_formats[] = { { "svg", ".svg" }, { "png", ".png" }, { "pdf", ".pdf" } };

/**
 * dg_dot_writer_can_render:
 * @format: a format name
 *
 * Returns: %TRUE if dg_dot_writer_render() writes @format (`svg`, `png`,
 *   `pdf`)
 */
gboolean
dg_dot_writer_can_render (const char *format)
{
  g_return_val_if_fail (format != NULL, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (render_formats); i++)
    if (g_str_equal (render_formats[i].format, format))
      return TRUE;
  return FALSE;
}

/**
 * dg_dot_writer_render_format_for_name:
 * @file_name: (type filename): a file name
 *
 * Returns: (nullable): the format a file name's ending asks
 *   dg_dot_writer_render() for (`x.png`: `png`), or %NULL for another one
 */
const char *
dg_dot_writer_render_format_for_name (const char *file_name)
{
  g_return_val_if_fail (file_name != NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (render_formats); i++)
    if (g_str_has_suffix (file_name, render_formats[i].suffix))
      return render_formats[i].format;
  return NULL;
}

/* One Graphviz context for the process, used under a lock.  Graphviz 2.42's
 * pango plugin caches the last font name in a static that points into the
 * context's font table, so a second context reads freed memory; and gvc is
 * not thread-safe.  The context stays reachable until the process ends. */
static GMutex gvc_lock;

static GVC_t *
shared_context (void)
{
  static GVC_t *gvc;

  if (!gvc)
    gvc = gvContext ();
  return gvc;
}

/**
 * dg_dot_writer_render:
 * @self: a #DgDotWriter
 * @format: `svg`, `png` or `pdf`
 * @stream: where to write
 * @error: return location for a #GError, or %NULL
 *
 * Lays the diagram out and renders it in-process with Graphviz's gvc, with
 * the layout engine of dg_dot_writer_set_layout() (`dot` by default).  In
 * SVG each node links to its IRI and shows its citations as its tooltip.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_dot_writer_render (DgDotWriter *self, const char *format, GOutputStream *stream, GError **error)
{
  g_autoptr (GOutputStream) text = NULL;
  Agraph_t *ag;
  GVC_t *gvc;
  char *data = NULL;
  unsigned int length = 0;
  gboolean ok = FALSE;

  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  g_return_val_if_fail (format != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  if (!dg_dot_writer_can_render (format))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "cannot render \"%s\" (svg, png or pdf)", format);
      return FALSE;
    }
  /* Lay out the DOT text as written, read back as the dot program reads
   * it, so the picture is exactly the one `dot` draws from our output. */
  text = g_memory_output_stream_new_resizable ();
  if (!dg_dot_writer_write (self, text, error)
      || !g_output_stream_write_all (text, "", 1, NULL, NULL, error)
      || !g_output_stream_close (text, NULL, error))
    return FALSE;
  ag = agmemread (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (text)));
  if (!ag)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INTERNAL, "cgraph could not read back the diagram");
      return FALSE;
    }
  g_mutex_lock (&gvc_lock);
  gvc = shared_context ();
  if (gvLayout (gvc, ag, self->layout ? self->layout : "dot") != 0)
    g_set_error (error, DG_ERROR, DG_ERROR_IO, "Graphviz could not lay out the diagram with %s",
                 self->layout ? self->layout : "dot");
  else
    {
      if (gvRenderData (gvc, ag, format, &data, &length) != 0)
        g_set_error (error, DG_ERROR, DG_ERROR_IO, "Graphviz could not render %s", format);
      else
        ok = g_output_stream_write_all (stream, data, length, NULL, NULL, error);
      gvFreeRenderData (data);
      /* Graphviz 2.42 (Debian 12) frees a rank array twice in dot_cleanup
       * when a cluster meets a labelled flat edge — the `dot` program never
       * frees its last layout, so it does not show.  With clusters, the
       * layout's memory is left to agclose() and the process: a bounded
       * leak instead of heap corruption. */
      if (!agfstsubg (ag))
        gvFreeLayout (gvc, ag);
    }
  agclose (ag);
  g_mutex_unlock (&gvc_lock);
  return ok;
}

typedef struct
{
  DgDotWriter *self;
  const char *format;
} RenderJob;

static gboolean
render_cb (gpointer job, GOutputStream *stream, GError **error)
{
  RenderJob *r = job;
  return dg_dot_writer_render (r->self, r->format, stream, error);
}

/**
 * dg_dot_writer_render_file:
 * @self: a #DgDotWriter
 * @format: `svg`, `png` or `pdf`
 * @path: (type filename): the file to write
 * @error: return location for a #GError, or %NULL
 *
 * Renders the diagram (see dg_dot_writer_render()) to @path through a
 * temporary file renamed into place.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_dot_writer_render_file (DgDotWriter *self, const char *format, const char *path, GError **error)
{
  RenderJob job = { self, format };

  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  return dg_output_write_file (path, render_cb, &job, error);
}
