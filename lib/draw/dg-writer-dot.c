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
#include "dg-diagram-private.h"
#include "dg-graph-private.h"
#include "dg-text-private.h"
#include "dg-output-private.h"
#include "dg-xsd-private.h"
#include "dg-font-private.h"
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
  char *layout;         /* NULL: not set, dot */
  gboolean element_ids; /* id and class on nodes and edges, for a page's script */
  guint date_length;    /* characters of a date a label keeps: 4, 7, 10; 0: as written */
  guint dpi;            /* of PNG output; 0: Graphviz's 96 */
  char *font;           /* an installed family; NULL: fontconfig's sans-serif */
  GHashTable *marks;    /* graph node -> DgTerm* change kind (diff), or NULL */
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
  g_free (self->font);
  g_clear_pointer (&self->marks, g_hash_table_unref);
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
  char **copy;

  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  g_return_val_if_fail (languages != NULL, FALSE);
  copy = dg_language_chain_copy (languages, error);
  if (!copy)
    return FALSE;
  g_strfreev (self->languages);
  self->languages = copy;
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
 * dg_dot_writer_set_date_precision:
 * @self: a #DgDotWriter
 * @precision: (nullable): `year`, `month` or `day`, or %NULL for dates as
 *   the data writes them
 * @error: return location for a #GError, or %NULL
 *
 * Writes the dates beside collapsed facts at one precision, so that a
 * diagram does not show "(2022)" beside "(2023-11-27)"; a date written
 * less precisely than asked stays as written.
 *
 * Returns: %TRUE if @precision is one of those
 */
gboolean
dg_dot_writer_set_date_precision (DgDotWriter *self, const char *precision, GError **error)
{
  static const struct
  {
    const char *name;
    guint length;
  } precisions[] = { { "year", 4 }, { "month", 7 }, { "day", 10 } };

  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  if (!precision)
    {
      self->date_length = 0;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (precisions); i++)
    if (g_str_equal (precision, precisions[i].name))
      {
        self->date_length = precisions[i].length;
        return TRUE;
      }
  g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
               "unknown date precision \"%s\" (year, month or day)", precision);
  return FALSE;
}

/**
 * dg_dot_writer_set_dpi:
 * @self: a #DgDotWriter
 * @dpi: dots per inch of rendered PNG, 36 to 1200; 0 for Graphviz's 96
 * @error: return location for a #GError, or %NULL
 *
 * Returns: %TRUE if @dpi is in range
 */
gboolean
dg_dot_writer_set_dpi (DgDotWriter *self, guint dpi, GError **error)
{
  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  if (dpi != 0 && (dpi < 36 || dpi > 1200))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "--dpi %u: give 36 to 1200", dpi);
      return FALSE;
    }
  self->dpi = dpi;
  return TRUE;
}

/**
 * dg_dot_writer_set_font:
 * @self: a #DgDotWriter
 * @family: (nullable): a font family that is installed ("DejaVu Serif"),
 *   or a generic one ("sans-serif"); %NULL for fontconfig's sans-serif
 * @error: return location for a #GError, or %NULL
 *
 * The font of every label.  The DOT names the installed family fontconfig
 * finds for @family, so the DOT, the SVG and the fonts a PDF embeds agree.
 *
 * Returns: %TRUE on success; %FALSE if no such family is installed
 */
gboolean
dg_dot_writer_set_font (DgDotWriter *self, const char *family, GError **error)
{
  char *font = NULL;

  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  if (family && !(font = dg_font_resolve (family, error)))
    return FALSE;
  g_free (self->font);
  self->font = font;
  return TRUE;
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

gboolean
dg_dot_set_text (void *obj, Agsym_t *sym, const char *text, const char *iri, GError **error)
{
  return set_text_escaped (obj, sym, text, iri, dg_dot_escape, error);
}

gboolean
dg_dot_set_tooltip (void *obj, Agsym_t *sym, const char *text, const char *iri, GError **error)
{
  return set_text_escaped (obj, sym, text, iri, dg_dot_escape_tooltip, error);
}

/* What a diagram is being built from, and the cgraph objects so far. */
typedef struct
{
  DgDotWriter *self;
  DgGraph *g;
  Agraph_t *ag;
  Agsym_t *label, *shape, *fillcolor, *tooltip, *url;
  Agsym_t *elabel, *estyle, *ecolor, *edir, *etooltip, *elabeltooltip, *eurl, *epenwidth;
  Agsym_t *edecorate;
  Agsym_t *color, *penwidth, *nstyle;
  Agsym_t *glabel, *gstyle, *gcolor, *gfillcolor;
  Agsym_t *id, *klass, *eid, *eclass; /* with element ids, else NULL */
  DgDiagram *d;     /* what to draw */
  Agnode_t **nodes; /* per node of d */
} Build;


static Agedge_t *
add_edge (Build *b, Agnode_t *tail, Agnode_t *head, DgTerm *style, const char *label,
          const char *iri, GError **error)
{
  Agedge_t *ae = agedge (b->ag, tail, head, NULL, TRUE);

  if (!dg_dot_set_text (ae, b->elabel, label, iri, error))
    return NULL;
  if (style && style->edge_style)
    agxset (ae, b->estyle, (char *)style->edge_style);
  if (style && style->edge_color)
    agxset (ae, b->ecolor, (char *)style->edge_color);
  return ae;
}

/* A fact a diff marks (dg_dot_writer_set_marks()): outlined or drawn in
 * its kind's colour and line, thick. */
static const DgTerm *
mark_of (Build *b, guint node)
{
  return b->self->marks ? g_hash_table_lookup (b->self->marks, GUINT_TO_POINTER (node)) : NULL;
}

static void
mark_node (Build *b, Agnode_t *an, guint node)
{
  const DgTerm *kind = mark_of (b, node);

  if (!kind || !kind->edge_color)
    return;
  agxset (an, b->color, (char *)kind->edge_color);
  agxset (an, b->penwidth, (char *)"3");
  if (kind->edge_style)
    {
      g_autofree char *style = g_strconcat ("filled,", kind->edge_style, NULL);
      agxset (an, b->nstyle, style);
    }
}

static void
mark_edge (Build *b, Agedge_t *ae, guint fact)
{
  const DgTerm *kind = mark_of (b, fact);

  if (!kind || !kind->edge_color)
    return;
  agxset (ae, b->ecolor, (char *)kind->edge_color);
  agxset (ae, b->epenwidth, (char *)"3.5");
  if (kind->edge_style)
    agxset (ae, b->estyle, (char *)kind->edge_style);
}

/* The diagram's nodes, edges and boxes, in its order: the same diagram
 * gives the same DOT. */
static gboolean
add_nodes (Build *b, GError **error)
{
  DgDotWriter *self = b->self;

  for (guint i = 0; i < b->d->nodes->len; i++)
    {
      const DgDiagramNode *dn = &g_array_index (b->d->nodes, DgDiagramNode, i);
      g_autofree char *wrapped = dg_dot_wrap (dn->label, self->wrap_width);
      /* Node names are IRIs: unique, and cgraph quotes them. */
      Agnode_t *an = agnode (b->ag, (char *)dn->iri, TRUE);

      b->nodes[i] = an;
      if (!dg_dot_set_text (an, b->label, wrapped, dn->iri, error)
          || !dg_dot_set_tooltip (an, b->tooltip, dn->tooltip, dn->iri, error))
        return FALSE;
      if (dn->link)
        agxset (an, b->url, (char *)dn->link);
      if (dn->klass && dn->klass->shape)
        agxset (an, b->shape, (char *)dn->klass->shape);
      if (dn->klass && dn->klass->fill_color)
        agxset (an, b->fillcolor, (char *)dn->klass->fill_color);
      mark_node (b, an, dn->node);
      if (b->id)
        {
          /* Ours, not the data's: what a page's script finds elements by. */
          g_autofree char *id = g_strdup_printf ("dgn%u", i);
          g_autofree char *klass = g_strdup_printf ("dgc%u", dn->klass ? dn->klass->index : G_MAXUINT);
          agxset (an, b->id, id);
          agxset (an, b->klass, klass);
        }
    }
  return TRUE;
}

/* With element ids, an edge is "dge" and the index of its diagram edge. */
static void
set_edge_id (Build *b, Agedge_t *ae, guint index)
{
  g_autofree char *id = NULL;

  if (!b->eid)
    return;
  id = g_strdup_printf ("dge%u", index);
  agxset (ae, b->eid, id);
}

static gboolean
add_edges (Build *b, GError **error)
{
  DgDotWriter *self = b->self;

  for (guint i = 0; i < b->d->edges->len; i++)
    {
      const DgDiagramEdge *de = &g_array_index (b->d->edges, DgDiagramEdge, i);
      g_autofree char *text = NULL;
      Agedge_t *ae;

      if (!de->collapsed)
        {
          ae = add_edge (b, b->nodes[de->tail], b->nodes[de->head], (DgTerm *)de->style,
                         de->label, de->iri, error);
          if (!ae)
            return FALSE;
          set_edge_id (b, ae, i);
          continue;
        }
      text = dg_dot_wrap (de->label, self->wrap_width ? self->wrap_width + 4 : 0);
      if (de->date)
        {
          guint keep = self->date_length ? self->date_length : (guint)strlen (de->date);
          char *dated = g_strdup_printf ("%s (%.*s)", text, (int)keep, de->date);
          g_free (text);
          text = dated;
        }
      ae = add_edge (b, b->nodes[de->tail], b->nodes[de->head], (DgTerm *)de->style, text,
                     de->iri, error);
      /* The label's own link gets the same tooltip: left unset, Graphviz
       * titles it with the label, its line breaks as a literal "\n". */
      if (!ae || !dg_dot_set_tooltip (ae, b->etooltip, de->tooltip, de->iri, error)
          || !dg_dot_set_tooltip (ae, b->elabeltooltip, de->tooltip, de->iri, error))
        return FALSE;
      set_edge_id (b, ae, i);
      if (de->link)
        agxset (ae, b->eurl, (char *)de->link);
      agxset (ae, b->epenwidth, (char *)"2");
      /* A level colours its partnership, on the ontology's ramp. */
      if (de->value && de->value->edge_color)
        agxset (ae, b->ecolor, (char *)de->value->edge_color);
      /* Underlined and tied to its edge by a line: where edges share a
       * corridor, a label cannot be read as another edge's. */
      agxset (ae, b->edecorate, (char *)"true");
      mark_edge (b, ae, de->fact);
      if (de->undirected)
        agxset (ae, b->edir, (char *)"none");
    }
  return TRUE;
}

static gboolean
add_clusters (Build *b, GError **error)
{
  g_autofree Agraph_t **boxes = g_new0 (Agraph_t *, b->d->clusters->len + 1);

  for (guint i = 0; i < b->d->nodes->len; i++)
    {
      guint c = g_array_index (b->d->nodes, DgDiagramNode, i).cluster;

      if (c == DG_DIAGRAM_NO_CLUSTER)
        continue;
      if (!boxes[c])
        {
          const DgDiagramCluster *dc = &g_array_index (b->d->clusters, DgDiagramCluster, c);
          g_autofree char *name = g_strdup_printf ("cluster_%u", c);

          boxes[c] = agsubg (b->ag, name, TRUE);
          if (!dg_dot_set_text (boxes[c], b->glabel, dc->label, dc->iri, error))
            return FALSE;
          agxset (boxes[c], b->gstyle, (char *)"rounded,filled");
          agxset (boxes[c], b->gcolor, (char *)"#9fb8d0");
          agxset (boxes[c], b->gfillcolor, (char *)"#f5f9fc");
        }
      agsubnode (boxes[c], b->nodes[i], TRUE);
    }
  return TRUE;
}

void
dg_dot_set_legend (Agraph_t *ag, const DgDiagram *diagram, const char *const *languages)
{
  g_autofree char *html = dg_dot_legend_html (diagram, languages);
  char *s;

  if (!html)
    return;
  /* agxset() interns the value; interned first as HTML, it stays HTML. */
  s = agstrdup_html (ag, html);
  agattr (ag, AGRAPH, (char *)"label", (char *)"");
  agset (ag, (char *)"label", s);
  agstrfree (ag, s);
  agattr (ag, AGRAPH, (char *)"labelloc", (char *)"b");
  agattr (ag, AGRAPH, (char *)"labeljust", (char *)"r");
  /* Clusters keep their names on top, centred, whatever reads the DOT. */
  for (Agraph_t *sg = agfstsubg (ag); sg; sg = agnxtsubg (sg))
    {
      agset (sg, (char *)"labelloc", (char *)"t");
      agset (sg, (char *)"labeljust", (char *)"c");
    }
}

/* The legend: one table as the graph's label, in the bottom right corner,
 * where every layout engine puts it (dg-dot-legend.c). */
static gboolean
add_legend (Build *b, GError **error)
{
  (void)error;
  dg_dot_set_legend (b->ag, b->d, (const char *const *)b->self->languages);
  return TRUE;
}

/* Nodes with no edge drawn, outside any box, chained by invisible edges
 * into rows of about the square root of their number: dot puts them all
 * in its first rank, one tall column, otherwise. */
static void
pack_isolated (Build *b)
{
  g_autofree gboolean *linked = g_new0 (gboolean, b->d->nodes->len + 1);
  g_autoptr (GArray) alone = g_array_new (FALSE, FALSE, sizeof (guint));
  guint row;

  for (guint i = 0; i < b->d->edges->len; i++)
    {
      const DgDiagramEdge *de = &g_array_index (b->d->edges, DgDiagramEdge, i);
      linked[de->tail] = linked[de->head] = TRUE;
    }
  for (guint i = 0; i < b->d->nodes->len; i++)
    if (!linked[i] && g_array_index (b->d->nodes, DgDiagramNode, i).cluster == DG_DIAGRAM_NO_CLUSTER)
      g_array_append_val (alone, i);
  if (alone->len < 4)
    return;
  for (row = 1; row * row < alone->len; row++)
    ;
  for (guint k = 0; k + 1 < alone->len; k++)
    {
      Agedge_t *ae;

      if ((k + 1) % row == 0)
        continue;
      ae = agedge (b->ag, b->nodes[g_array_index (alone, guint, k)],
                   b->nodes[g_array_index (alone, guint, k + 1)], NULL, TRUE);
      agxset (ae, b->estyle, (char *)"invis");
      agxset (ae, b->elabel, (char *)"");
    }
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
  { AGNODE, "style", "filled", G_STRUCT_OFFSET (Build, nstyle) },
  { AGNODE, "fontname", "Helvetica", NO_SLOT },
  { AGNODE, "fontsize", "11", NO_SLOT },
  { AGNODE, "shape", "box", G_STRUCT_OFFSET (Build, shape) },
  { AGNODE, "fillcolor", "#ffffff", G_STRUCT_OFFSET (Build, fillcolor) },
  /* Graphviz's own default, so that an empty label is written as one
   * rather than left to show the node's name. */
  { AGNODE, "label", "\\N", G_STRUCT_OFFSET (Build, label) },
  { AGNODE, "tooltip", "", G_STRUCT_OFFSET (Build, tooltip) },
  { AGNODE, "URL", "", G_STRUCT_OFFSET (Build, url) },
  { AGNODE, "color", "black", G_STRUCT_OFFSET (Build, color) },
  { AGNODE, "penwidth", "1", G_STRUCT_OFFSET (Build, penwidth) },
  { AGEDGE, "fontname", "Helvetica", NO_SLOT },
  { AGEDGE, "fontsize", "9", NO_SLOT },
  { AGEDGE, "fontcolor", "#555555", NO_SLOT },
  { AGEDGE, "label", "", G_STRUCT_OFFSET (Build, elabel) },
  { AGEDGE, "style", "solid", G_STRUCT_OFFSET (Build, estyle) },
  { AGEDGE, "color", "#555555", G_STRUCT_OFFSET (Build, ecolor) },
  { AGEDGE, "dir", "forward", G_STRUCT_OFFSET (Build, edir) },
  { AGEDGE, "tooltip", "", G_STRUCT_OFFSET (Build, etooltip) },
  { AGEDGE, "labeltooltip", "", G_STRUCT_OFFSET (Build, elabeltooltip) },
  { AGEDGE, "URL", "", G_STRUCT_OFFSET (Build, eurl) },
  { AGEDGE, "penwidth", "1", G_STRUCT_OFFSET (Build, epenwidth) },
  { AGEDGE, "decorate", "false", G_STRUCT_OFFSET (Build, edecorate) },
};

/* A diagram of changes draws the facts marked and what they link: the
 * ends of a marked edge, the neighbours of a marked node. */
static void
keep_marked (DgDotWriter *self, DgDiagram *d)
{
  g_autofree gboolean *nodes = g_new0 (gboolean, d->nodes->len + 1);
  g_autofree gboolean *edges = g_new0 (gboolean, d->edges->len + 1);
  g_autofree gboolean *marked = g_new0 (gboolean, d->nodes->len + 1);

  for (guint i = 0; i < d->nodes->len; i++)
    marked[i] = nodes[i] = g_hash_table_contains (
        self->marks, GUINT_TO_POINTER (g_array_index (d->nodes, DgDiagramNode, i).node));
  for (guint i = 0; i < d->edges->len; i++)
    {
      const DgDiagramEdge *de = &g_array_index (d->edges, DgDiagramEdge, i);

      edges[i] = (de->collapsed && g_hash_table_contains (self->marks, GUINT_TO_POINTER (de->fact)))
                 || marked[de->tail] || marked[de->head];
      if (edges[i])
        nodes[de->tail] = nodes[de->head] = TRUE;
    }
  dg_diagram_prune (d, nodes, edges);
  /* Facts drawn as edges are all drawn in their change's colour: their
   * classes' and levels' colours would not be seen, so the legend says
   * only the kinds of change. */
  g_ptr_array_set_size (d->values, 0);
  for (guint i = d->relations->len; i-- > 0;)
    {
      gboolean plain = FALSE;

      for (guint k = 0; k < d->edges->len; k++)
        {
          const DgDiagramEdge *de = &g_array_index (d->edges, DgDiagramEdge, k);
          plain |= de->style == g_ptr_array_index (d->relations, i)
                   && !(de->collapsed && g_hash_table_contains (self->marks, GUINT_TO_POINTER (de->fact)));
        }
      if (!plain)
        g_ptr_array_remove_index (d->relations, i);
    }
}

static gint
by_index (gconstpointer a, gconstpointer b)
{
  const DgTerm *x = *(DgTerm *const *)a, *y = *(DgTerm *const *)b;

  return x->index < y->index ? -1 : x->index > y->index;
}

/* Builds the diagram in cgraph; the caller closes it. */
static Agraph_t *
build (DgDotWriter *self, Agdisc_t *disc, GError **error)
{
  g_autoptr (DgDiagram) d = dg_diagram_new (self->graph, self->selection, self->flags,
                                            (const char *const *)self->languages);
  g_autofree Agnode_t **nodes = g_new0 (Agnode_t *, d->nodes->len + 1);
  Build b = { .self = self, .g = self->graph, .d = d, .nodes = nodes };

  if (self->marks)
    keep_marked (self, d);
  /* The kinds of change drawn join the legend, after the values. */
  for (guint i = 0; self->marks && i < d->nodes->len + d->edges->len; i++)
    {
      guint node = i < d->nodes->len ? g_array_index (d->nodes, DgDiagramNode, i).node
                                     : g_array_index (d->edges, DgDiagramEdge, i - d->nodes->len).fact;
      gpointer kind = g_hash_table_lookup (self->marks, GUINT_TO_POINTER (node));

      if (kind && !g_ptr_array_find (d->values, kind, NULL))
        g_ptr_array_add (d->values, kind);
    }
  if (self->marks)
    g_ptr_array_sort (d->values, by_index); /* the ontology's order of kinds */
  gboolean ok;

  b.ag = agopen ((char *)"diplograph", Agdirected, disc);
  agattr (b.ag, AGRAPH, (char *)"rankdir", self->rankdir);
  if (self->dpi)
    {
      char dpi[16];
      g_snprintf (dpi, sizeof dpi, "%u", self->dpi);
      agattr (b.ag, AGRAPH, (char *)"dpi", dpi);
    }
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
  {
    g_autofree char *font = dg_dot_writer_dup_font (self);

    agattr (b.ag, AGRAPH, (char *)"fontname", font);
    agattr (b.ag, AGNODE, (char *)"fontname", font);
    agattr (b.ag, AGEDGE, (char *)"fontname", font);
  }
  if (self->element_ids)
    {
      b.id = agattr (b.ag, AGNODE, (char *)"id", (char *)"");
      b.klass = agattr (b.ag, AGNODE, (char *)"class", (char *)"");
      b.eid = agattr (b.ag, AGEDGE, (char *)"id", (char *)"");
    }
  ok = add_nodes (&b, error) && add_edges (&b, error)
       && (!(self->flags & DG_DOT_CLUSTERS) || add_clusters (&b, error))
       && (!(self->flags & DG_DOT_LEGEND) || add_legend (&b, error));
  if (ok)
    pack_isolated (&b);
  if (!ok)
    {
      agclose (b.ag);
      return NULL;
    }
  return b.ag;
}

guint
dg_dot_writer_get_dpi (DgDotWriter *self)
{
  return self->dpi;
}

/* The font, resolved now rather than at set time when none was asked
 * for: fontconfig's sans-serif, by its installed name. */
char *
dg_dot_writer_dup_font (DgDotWriter *self)
{
  char *sans;

  if (self->font)
    return g_strdup (self->font);
  sans = dg_font_resolve ("sans-serif", NULL);
  return sans ? sans : g_strdup ("Helvetica");
}

void
dg_dot_writer_set_marks (DgDotWriter *self, GHashTable *marks)
{
  g_clear_pointer (&self->marks, g_hash_table_unref);
  self->marks = marks ? g_hash_table_ref (marks) : NULL;
}

void
dg_dot_writer_set_element_ids (DgDotWriter *self, gboolean ids)
{
  self->element_ids = ids;
}

DgDiagram *
dg_dot_writer_new_diagram_with (DgDotWriter *self, DgDotFlags flags)
{
  return dg_diagram_new (self->graph, self->selection, flags, (const char *const *)self->languages);
}

DgDiagram *
dg_dot_writer_new_diagram (DgDotWriter *self)
{
  return dg_diagram_new (self->graph, self->selection, self->flags,
                         (const char *const *)self->languages);
}

DgGraph *
dg_dot_writer_get_graph (DgDotWriter *self)
{
  return self->graph;
}

const char *const *
dg_dot_writer_get_languages (DgDotWriter *self)
{
  return (const char *const *)self->languages;
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
  g_return_val_if_fail (DG_IS_DOT_WRITER (self), 0);
  return dg_diagram_count_nodes (self->graph, self->selection);
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
/* For other drawings (dg-writer-timeline.c): a graph whose agwrite()
 * goes to a sink, and its writing out. */
Agraph_t *
dg_dot_open_graph (const char *name)
{
  static Agiodisc_t io;
  static Agdisc_t disc;

  if (!disc.io)
    init_disc (&disc, &io);
  return agopen ((char *)name, Agdirected, &disc);
}

gboolean
dg_dot_write_graph (Agraph_t *ag, GOutputStream *stream, GError **error)
{
  DgSink sink;

  dg_sink_init (&sink, stream);
  if (agwrite (ag, &sink) != 0)
    {
      dg_sink_finish (&sink, NULL);
      g_set_error (error, DG_ERROR, DG_ERROR_IO, "cgraph could not write the diagram");
      return FALSE;
    }
  return dg_sink_finish (&sink, error);
}

gboolean
dg_dot_writer_write (DgDotWriter *self, GOutputStream *stream, GError **error)
{
  Agiodisc_t io;
  Agdisc_t disc;
  Agraph_t *ag;
  gboolean ok;

  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  init_disc (&disc, &io);
  ag = build (self, &disc, error);
  if (!ag)
    return FALSE;
  ok = dg_dot_write_graph (ag, stream, error);
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
  g_autofree char *lower = NULL;

  g_return_val_if_fail (file_name != NULL, NULL);
  lower = g_ascii_strdown (file_name, -1); /* x.PNG is a PNG too */
  for (guint i = 0; i < G_N_ELEMENTS (render_formats); i++)
    if (g_str_has_suffix (lower, render_formats[i].suffix))
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
  return dg_dot_render_text (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (text)),
                             self->layout ? self->layout : "dot", format, stream, error);
}

gboolean
dg_dot_render_text (const char *dot, const char *layout, const char *format, GOutputStream *stream,
                    GError **error)
{
  Agraph_t *ag;
  GVC_t *gvc;
  char *data = NULL;
  unsigned int length = 0;
  gboolean ok = FALSE;

  ag = agmemread (dot);
  if (!ag)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INTERNAL, "cgraph could not read back the diagram");
      return FALSE;
    }
  g_mutex_lock (&gvc_lock);
  gvc = shared_context ();
  if (gvLayout (gvc, ag, layout) != 0)
    g_set_error (error, DG_ERROR, DG_ERROR_IO, "Graphviz could not lay out the diagram with %s",
                 layout);
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
