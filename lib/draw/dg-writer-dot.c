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
#include "dg-view-private.h"
#include "dg-graph-private.h"
#include "dg-text-private.h"
#include "dg-output-private.h"
#include "dg-xsd-private.h"
#include "dg-font-private.h"
#include "dg-writer-dot-private.h"

/**
 * DgDotWriter:
 *
 * Draws a #DgView of a graph: writes it as a Graphviz DOT diagram built
 * with cgraph, or renders it to SVG, PNG or PDF with gvc.
 *
 * Nodes are shaped and coloured by class and edges styled by relation, as
 * the ontology's `dg:nodeShape`, `dg:fillColor`, `dg:edgeStyle` and
 * `dg:edgeColor` say; classes and relations marked `dg:hiddenInDiagram`
 * (citations, sources, roles) are not drawn.  N-ary facts are nodes of their
 * own joining their parts.  Each node links to its IRI and its tooltip
 * shows its class and the quotes it is cited with.
 *
 * The view says what is drawn (selection, languages, clusters per state,
 * a legend, n-ary facts collapsed to labelled edges); the writer says how
 * (layout engine, rank direction, font, label width, resolution).  It maps
 * the view's diagram onto cgraph here; dg-dot-graph.c keeps cgraph's
 * numbering stable and its text escaped, and dg-render.c lays out and
 * renders with gvc.
 */

struct _DgDotWriter
{
  GObject parent_instance;
  DgView *view;
  guint wrap_width;
  char *rankdir;
  char *layout;                   /* NULL: not set, dot */
  guint dpi;                      /* of PNG output; 0: Graphviz's 96 */
  char *font;                     /* an installed family; NULL: fontconfig's sans-serif */
  double page_width, page_height; /* inches the drawing is scaled down to fit */
};

G_DEFINE_FINAL_TYPE (DgDotWriter, dg_dot_writer, G_TYPE_OBJECT)

static void
dg_dot_writer_finalize (GObject *object)
{
  DgDotWriter *self = DG_DOT_WRITER (object);

  g_clear_object (&self->view);
  g_free (self->rankdir);
  g_free (self->layout);
  g_free (self->font);
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
  self->rankdir = g_strdup ("LR");
  /* 40 inches: 3,840 pixels at 96 dpi, a poster's side.  A larger drawing
   * is scaled down to it rather than left for a viewer to shrink. */
  self->page_width = self->page_height = 40.0;
  self->wrap_width = 28;
}

/**
 * dg_dot_writer_new:
 * @view: the view to draw
 *
 * Returns: (transfer full): a new #DgDotWriter
 */
DgDotWriter *
dg_dot_writer_new (DgView *view)
{
  DgDotWriter *self;

  g_return_val_if_fail (DG_IS_VIEW (view), NULL);
  self = g_object_new (DG_TYPE_DOT_WRITER, NULL);
  self->view = g_object_ref (view);
  return self;
}

/**
 * dg_dot_writer_get_view:
 * @self: a #DgDotWriter
 *
 * Returns: (transfer none): the view drawn
 */
DgView *
dg_dot_writer_get_view (DgDotWriter *self)
{
  g_return_val_if_fail (DG_IS_DOT_WRITER (self), NULL);
  return self->view;
}

const char *
dg_dot_writer_get_layout (DgDotWriter *self)
{
  return self->layout;
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
 * dg_dot_writer_set_page:
 * @self: a #DgDotWriter
 * @page: (nullable): `a4`, `a3`, `letter` or `legal` (portrait; add
 *   `-landscape`, as `a4-landscape`), or `WxH` with a unit of `in`, `cm`
 *   or `mm` (inches when none: `8.5x11`, `210x297mm`); %NULL for the
 *   default, 40 inches a side
 * @error: return location for a #GError, or %NULL
 *
 * Scales a drawing larger than @page down to fit it, keeping its
 * proportions (the graph's `size` attribute); a smaller one keeps its
 * size.  At 96 dpi the default is 3,840 pixels a side.
 *
 * Returns: %TRUE if @page is one of those
 */
gboolean
dg_dot_writer_set_page (DgDotWriter *self, const char *page, GError **error)
{
  double w = 40.0, h = 40.0;

  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  if (page && !dg_dot_page_parse (page, &w, &h, error))
    return FALSE;
  self->page_width = w;
  self->page_height = h;
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

/* What a diagram is being built from, and the cgraph objects so far. */
typedef struct
{
  DgDotWriter *self;
  DgGraph *g;
  Agraph_t *ag;
  Agsym_t *label, *shape, *fillcolor, *tooltip, *url;
  Agsym_t *elabel, *estyle, *ecolor, *edir, *etooltip, *elabeltooltip, *eurl, *epenwidth;
  Agsym_t *edecorate, *eminlen;
  Agsym_t *color, *penwidth, *nstyle;
  Agsym_t *glabel, *gstyle, *gcolor, *gfillcolor;
  Agsym_t *id, *klass, *eid, *eclass; /* with element ids, else NULL */
  const DgDiagram *d;                 /* what to draw */
  Agnode_t **nodes;                   /* per node of d */
  Agedge_t **edges;                   /* per edge of d */
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

/* A fact a diff marks (DgDiagramInputs.marks): outlined or drawn in its
 * kind's colour and line, thick. */
static void
mark_node (Build *b, Agnode_t *an, const DgTerm *kind)
{
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
mark_edge (Build *b, Agedge_t *ae, const DgTerm *kind)
{
  if (!kind || !kind->edge_color)
    return;
  agxset (ae, b->ecolor, (char *)kind->edge_color);
  agxset (ae, b->epenwidth, (char *)"3.5");
  if (kind->edge_style)
    agxset (ae, b->estyle, (char *)kind->edge_style);
}

/* @label with @date (nullable) after it, at the view's date precision:
 * "Comprehensive Strategic Partnership (2022)". */
static char *
dated_label (const DgDiagram *d, const char *label, const char *date)
{
  guint keep;

  if (!date || !*date)
    return g_strdup (label);
  keep = d->in.date_length ? d->in.date_length : (guint)strlen (date);
  return g_strdup_printf ("%s (%.*s)", label, (int)keep, date);
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
      g_autofree char *dated = dated_label (b->d, dn->label, dn->date);
      g_autofree char *wrapped = dg_dot_wrap (dated, self->wrap_width);
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
      mark_node (b, an, dn->mark);
      if (b->id)
        {
          /* Ours, not the data's: what a page's script finds elements by. */
          g_autofree char *id = g_strdup_printf ("dgn%u", i);
          g_autofree char *klass
              = g_strdup_printf ("dgc%u", dn->klass ? dn->klass->index : G_MAXUINT);
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
          ae = b->edges[i] = add_edge (b, b->nodes[de->tail], b->nodes[de->head],
                                       (DgTerm *)de->style, de->label, de->iri, error);
          if (!ae)
            return FALSE;
          set_edge_id (b, ae, i);
          continue;
        }
      {
        g_autofree char *wrapped = dg_dot_wrap (de->label, self->wrap_width ? self->wrap_width + 4 : 0);
        text = dated_label (b->d, wrapped, de->date);
      }
      ae = b->edges[i] = add_edge (b, b->nodes[de->tail], b->nodes[de->head], (DgTerm *)de->style,
                                   text, de->iri, error);
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
      mark_edge (b, ae, de->mark);
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
  dg_dot_set_legend (b->ag, b->d, b->d->in.languages);
  return TRUE;
}

/* A hub with many satellites (nodes linked to it and at most one other:
 * a state's partners, the committees two states share, the facts an
 * article states of one leader) puts them all in one rank: one column as
 * long as all of them.  As Graphviz's unflatten does, each satellite's
 * edges get a length of 1 to k in turn, so that the satellites stand in k
 * columns of about equal length and the figure keeps a page's
 * proportions. */
#define STAGGER_MIN 12

/* Satellites in the order of their IRIs, so that the same graph read
 * from another syntax, its nodes in another order, is drawn alike. */
static gint
by_iri (gconstpointer a, gconstpointer b, gpointer diagram)
{
  const DgDiagram *d = diagram;
  const guint *x = a, *y = b;
  int c = x[0] < y[0] ? -1 : x[0] > y[0];

  return c ? c
           : strcmp (g_array_index (d->nodes, DgDiagramNode, x[1]).iri,
                     g_array_index (d->nodes, DgDiagramNode, y[1]).iri);
}

static void
stagger_satellites (Build *b)
{
  const DgDiagram *d = b->d;
  guint n = d->nodes->len;
  g_autofree guint *degree = g_new0 (guint, n + 1);
  g_autofree guint *satellites = g_new0 (guint, n + 1);
  g_autofree guint *level = g_new0 (guint, n + 1); /* per satellite; 0: none yet */
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, 2 * sizeof (guint)); /* hub, satellite */

  for (guint i = 0; i < d->edges->len; i++)
    {
      const DgDiagramEdge *de = &g_array_index (d->edges, DgDiagramEdge, i);
      if (de->tail != de->head)
        degree[de->tail]++, degree[de->head]++;
    }
  /* A hub's satellites: the ends of its edges with at most two edges. */
  for (guint i = 0; i < d->edges->len; i++)
    {
      const DgDiagramEdge *de = &g_array_index (d->edges, DgDiagramEdge, i);
      guint pair[2];

      if (de->tail == de->head)
        continue;
      if (degree[de->tail] <= 2 && degree[de->head] > 2)
        pair[0] = de->head, pair[1] = de->tail;
      else if (degree[de->head] <= 2 && degree[de->tail] > 2)
        pair[0] = de->tail, pair[1] = de->head;
      else
        continue;
      satellites[pair[0]]++;
      g_array_append_val (pairs, pair);
    }
  /* Each satellite's length: its place among its first hub's, by IRI, in
   * turn over the hub's columns. */
  g_array_sort_with_data (pairs, by_iri, (gpointer)d);
  for (guint i = 0, place = 0; i < pairs->len; i++)
    {
      const guint *pair = &g_array_index (pairs, guint, 2 * i);
      guint columns;

      place = i > 0 && g_array_index (pairs, guint, 2 * i - 2) == pair[0] ? place + 1 : 0;
      if (satellites[pair[0]] < STAGGER_MIN || level[pair[1]])
        continue;
      /* About four satellites in a column for each column beside it. */
      for (columns = 1; 4 * columns * columns < satellites[pair[0]]; columns++)
        ;
      level[pair[1]] = 1 + place % columns;
    }
  for (guint i = 0; i < d->edges->len; i++)
    {
      const DgDiagramEdge *de = &g_array_index (d->edges, DgDiagramEdge, i);
      guint sat = degree[de->tail] <= 2 && degree[de->head] > 2   ? de->tail
                  : degree[de->head] <= 2 && degree[de->tail] > 2 ? de->head
                                                                  : G_MAXUINT;
      char minlen[16];

      if (de->tail == de->head || sat == G_MAXUINT || !level[sat])
        continue;
      g_snprintf (minlen, sizeof minlen, "%u", level[sat]);
      agxset (b->edges[i], b->eminlen, minlen);
    }
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
    if (!linked[i]
        && g_array_index (b->d->nodes, DgDiagramNode, i).cluster == DG_DIAGRAM_NO_CLUSTER)
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
  { AGEDGE, "minlen", "1", G_STRUCT_OFFSET (Build, eminlen) },
};

/* Maps @d onto cgraph; the caller closes the graph. */
static Agraph_t *
build (DgDotWriter *self, const DgDiagram *d, Agdisc_t *disc, GError **error)
{
  g_autofree Agnode_t **nodes = g_new0 (Agnode_t *, d->nodes->len + 1);
  g_autofree Agedge_t **edges = g_new0 (Agedge_t *, d->edges->len + 1);
  Build b = { .self = self, .g = d->in.graph, .d = d, .nodes = nodes, .edges = edges };
  gboolean ok;

  b.ag = agopen ((char *)"diplograph", Agdirected, disc);
  agattr (b.ag, AGRAPH, (char *)"rankdir", self->rankdir);
  /* A page of the browser (element ids for its script) pans and zooms: it
   * is not fitted to paper.  A figure is: nodes close within a rank
   * (Graphviz's 0.25 in is roomy when ranks are long), and scaled down to
   * its page. */
  if (!d->in.element_ids)
    {
      agattr (b.ag, AGRAPH, (char *)"nodesep", (char *)"0.15");
      char size[64], w[G_ASCII_DTOSTR_BUF_SIZE], h[G_ASCII_DTOSTR_BUF_SIZE];

      g_snprintf (size, sizeof size, "%s,%s",
                  g_ascii_formatd (w, sizeof w, "%.2f", self->page_width),
                  g_ascii_formatd (h, sizeof h, "%.2f", self->page_height));
      agattr (b.ag, AGRAPH, (char *)"size", size);
    }
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
  if (d->in.flags & DG_VIEW_CLUSTERS)
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
  if (d->in.element_ids)
    {
      b.id = agattr (b.ag, AGNODE, (char *)"id", (char *)"");
      b.klass = agattr (b.ag, AGNODE, (char *)"class", (char *)"");
      b.eid = agattr (b.ag, AGEDGE, (char *)"id", (char *)"");
    }
  ok = add_nodes (&b, error) && add_edges (&b, error)
       && (!(d->in.flags & DG_VIEW_CLUSTERS) || add_clusters (&b, error))
       && (!(d->in.flags & DG_VIEW_LEGEND) || add_legend (&b, error));
  if (ok)
    {
      if (!d->in.element_ids)
        stagger_satellites (&b);
      pack_isolated (&b);
    }
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
  g_autoptr (DgDiagram) d = NULL;

  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  d = dg_view_new_diagram (self->view);
  return dg_dot_writer_write_diagram (self, d, stream, error);
}

gboolean
dg_dot_writer_write_diagram (DgDotWriter *self, const DgDiagram *d, GOutputStream *stream,
                             GError **error)
{
  Agraph_t *ag = build (self, d, dg_dot_graph_disc (), error);
  gboolean ok;

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
