/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dg-diagram-private.h"
#include "dg-error.h"
#include "dg-fact-private.h"
#include "dg-ontology-private.h"
#include "dg-output.h"
#include "dg-selection.h"
#include "dg-text-private.h"
#include "dg-writer-dot-private.h"
#include "dg-writer-timeline.h"
#include "dg-timeline-private.h"
#include "dg-xsd-private.h"

/**
 * DgTimelineWriter:
 *
 * A view of a graph along time: one lane for each partner of a node (the
 * other party of its partnerships and diplomatic relations), or for each
 * pair of parties when no node is chosen; a partnership's levels as bars
 * from their start to their upgrade or end, in the level's colour; events
 * (visits, summits, signings) as marks at their dates.  In SVG every bar
 * and mark shows its quotes as its tooltip and links to its IRI.
 *
 * Drawn with Graphviz, every object at its place (neato with pinned
 * positions), so PNG and PDF come out as SVG does.  The view (selection,
 * languages) is a #DgView, taken with %DG_VIEW_COLLAPSE and
 * %DG_VIEW_CLUSTERS: an event joins a lane when it links both parties, or
 * people and bodies boxed under them.  A #DgDotWriter of the view gives
 * the font and resolution.
 */

struct _DgTimelineWriter
{
  GObject parent_instance;
  DgView *view;
  DgDotWriter *drawing; /* nullable: the defaults */
  char *focus;          /* the node whose partners are the lanes; NULL: pairs */
  gboolean legend;
  double from, to; /* the axis asked for, in years; NAN: from the data */
};

G_DEFINE_FINAL_TYPE (DgTimelineWriter, dg_timeline_writer, G_TYPE_OBJECT)

static void
dg_timeline_writer_finalize (GObject *object)
{
  DgTimelineWriter *self = DG_TIMELINE_WRITER (object);

  g_clear_object (&self->view);
  g_clear_object (&self->drawing);
  g_free (self->focus);
  G_OBJECT_CLASS (dg_timeline_writer_parent_class)->finalize (object);
}

static void
dg_timeline_writer_class_init (DgTimelineWriterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dg_timeline_writer_finalize;
}

static void
dg_timeline_writer_init (DgTimelineWriter *self)
{
  self->from = self->to = NAN;
}

/**
 * dg_timeline_writer_new:
 * @view: the view to draw along time: its graph, selection and languages
 *
 * Returns: (transfer full): a new #DgTimelineWriter
 */
DgTimelineWriter *
dg_timeline_writer_new (DgView *view)
{
  DgTimelineWriter *self;

  g_return_val_if_fail (DG_IS_VIEW (view), NULL);
  self = g_object_new (DG_TYPE_TIMELINE_WRITER, NULL);
  self->view = g_object_ref (view);
  return self;
}

/**
 * dg_timeline_writer_set_drawing:
 * @self: a #DgTimelineWriter
 * @drawing: (nullable): a #DgDotWriter of the same view, whose font and
 *   resolution the timeline is drawn in; %NULL for the defaults
 */
void
dg_timeline_writer_set_drawing (DgTimelineWriter *self, DgDotWriter *drawing)
{
  g_return_if_fail (DG_IS_TIMELINE_WRITER (self));
  g_return_if_fail (!drawing || dg_dot_writer_get_view (drawing) == self->view);
  g_set_object (&self->drawing, drawing);
}

/**
 * dg_timeline_writer_set_focus:
 * @self: a #DgTimelineWriter
 * @node: (nullable): the IRI or id of the node whose partners are the
 *   lanes, or %NULL for a lane per pair of parties
 * @error: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success; %FALSE if @node names no node
 */
gboolean
dg_timeline_writer_set_focus (DgTimelineWriter *self, const char *node, GError **error)
{
  g_autoptr (DgSelection) any = NULL;
  guint id;

  g_return_val_if_fail (DG_IS_TIMELINE_WRITER (self), FALSE);
  any = dg_selection_new (dg_view_get_graph (self->view));
  if (node && !dg_selection_find_node (any, node, &id, error))
    return FALSE;
  g_free (self->focus);
  self->focus = node ? g_strdup (dg_graph_get_node_iri (dg_view_get_graph (self->view), id)) : NULL;
  return TRUE;
}

/**
 * dg_timeline_writer_set_span:
 * @self: a #DgTimelineWriter
 * @from: (nullable): the axis's first day (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`),
 *   or %NULL for the earliest date drawn
 * @to: (nullable): its last day, or %NULL for the year after the latest
 * @error: return location for a #GError, or %NULL
 *
 * The time the axis spans; bars are cut to it.  The view's own time window
 * (dg_selection_set_time_window()) decides what is drawn.
 *
 * Returns: %TRUE on success; %FALSE if a date is not one
 */
gboolean
dg_timeline_writer_set_span (DgTimelineWriter *self, const char *from, const char *to,
                             GError **error)
{
  DgDate f, t;

  g_return_val_if_fail (DG_IS_TIMELINE_WRITER (self), FALSE);
  if ((from && !dg_date_parse (from, &f, error)) || (to && !dg_date_parse (to, &t, error)))
    return FALSE;
  self->from = from ? dg_timeline_year_of_day (dg_date_first_day (&f)) : NAN;
  self->to = to ? dg_timeline_year_of_day (dg_date_last_day (&t)) + 1.0 / 366.0 : NAN;
  if (from && to && self->to <= self->from)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "%s is before %s", to, from);
      self->from = self->to = NAN;
      return FALSE;
    }
  return TRUE;
}

/**
 * dg_timeline_writer_set_legend:
 * @self: a #DgTimelineWriter
 * @legend: whether to add a legend of the levels and events drawn
 */
void
dg_timeline_writer_set_legend (DgTimelineWriter *self, gboolean legend)
{
  g_return_if_fail (DG_IS_TIMELINE_WRITER (self));
  self->legend = legend;
}

typedef struct
{
  Agraph_t *ag;
  guint n;
  Agsym_t *pos, *width, *height, *label, *shape, *style, *fill, *color, *fontsize, *tooltip, *url,
      *fontcolor, *penwidth;
} Draw;

/* A node pinned at (@x, @y), @w × @h points. */
static Agnode_t *
place (Draw *dr, double x, double y, double w, double h, const char *shape)
{
  char name[32], pos[64], width[32], height[32];
  Agnode_t *n;

  g_snprintf (name, sizeof name, "t%u", dr->n++);
  n = agnode (dr->ag, name, TRUE);
  g_snprintf (pos, sizeof pos, "%.2f,%.2f!", x, y);
  g_snprintf (width, sizeof width, "%.4f", w / 72.0);
  g_snprintf (height, sizeof height, "%.4f", h / 72.0);
  agxset (n, dr->pos, pos);
  agxset (n, dr->width, width);
  agxset (n, dr->height, height);
  agxset (n, dr->shape, (char *)shape);
  return n;
}

/* About how wide @text is at @size points (DejaVu Sans: about 0.62 em a
 * character), so that a box is never too small for Graphviz. */
static double
text_width (const char *text, double size)
{
  return g_utf8_strlen (text, -1) * size * 0.62;
}

/* A filled shape with no outline of another colour. */
static void
paint (Draw *dr, Agnode_t *n, const char *color)
{
  agxset (n, dr->style, (char *)"filled");
  agxset (n, dr->fill, (char *)color);
  agxset (n, dr->color, (char *)color);
}

static gboolean
text_at (Draw *dr, double x, double y, const char *text, const char *size, const char *iri,
         GError **error)
{
  double w = text_width (text, g_ascii_strtod (size, NULL)) + 4;
  Agnode_t *n = place (dr, x, y, w, g_ascii_strtod (size, NULL) + 4, "plaintext");

  agxset (n, dr->fontsize, (char *)size);
  return dg_dot_set_text (n, dr->label, text, iri, error);
}

/* What a bar or mark says when pointed at, and where it links. */
static gboolean
annotate (Timeline *t, Draw *dr, Agnode_t *n, guint fact, const char *what, GError **error)
{
  GString *quotes = g_string_new (what);
  const char *iri = dg_graph_get_node_iri (t->g, fact);
  const char *link = dg_diagram_link_of (iri);
  g_autofree char *text = NULL;

  dg_fact_append_citations (t->terms, fact, quotes);
  text = g_string_free (quotes, FALSE);
  if (link)
    agxset (n, dr->url, (char *)link);
  return dg_dot_set_tooltip (n, dr->tooltip, text, iri, error);
}

/* @text wrapped at @width characters, each line flush right (Graphviz's
 * "\r" line end), escaped line by line; NULL with @error naming @iri. */
static char *
right_aligned (const char *text, guint width, const char *iri, GError **error)
{
  g_autofree char *wrapped = dg_dot_wrap (text, width);
  g_auto (GStrv) lines = g_strsplit (wrapped, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    {
      g_autoptr (GError) local = NULL;
      g_autofree char *escaped = dg_dot_escape (lines[i], &local);

      if (!escaped)
        {
          g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "<%s>: %s", iri, local->message);
          g_string_free (out, TRUE);
          return NULL;
        }
      g_string_append_printf (out, "%s\\r", escaped);
    }
  return g_string_free (out, FALSE);
}

static gboolean
draw_bars (Timeline *t, Draw *dr, GError **error)
{
  for (guint i = 0; i < t->bars->len; i++)
    {
      const Bar *b = &g_array_index (t->bars, Bar, i);
      const DgDiagramEdge *de = b->edge;
      /* A relation is a thin line under the lane's partnerships. */
      gboolean thin = de->value == NULL;
      const char *color = de->value && de->value->edge_color   ? de->value->edge_color
                          : de->style && de->style->edge_color ? de->style->edge_color
                                                               : "#555555";
      double bottom = t->bottom[b->lane], x0, x1;
      g_autofree char *what = NULL;
      gboolean fits;
      Agnode_t *n;

      if (b->outside)
        continue;
      if (isnan (b->from))
        {
          /* Undated: no place on the axis, so named under the lane's
           * name, in its colour, rather than lost. */
          g_autofree char *note = g_strdup_printf ("%s, no date", de->label);
          g_autofree char *text = right_aligned (note, 44, de->iri, error);
          double lines = 0;

          if (!text)
            return FALSE;
          for (const char *c = text; (c = strstr (c, "\\r")); c += 2)
            lines++;
          n = place (dr, LABEL_WIDTH / 2 - 6, bottom + t->height[b->lane] / 2 - 8 - lines * 4.5,
                     LABEL_WIDTH - 12, lines * 9 + 2, "plaintext");
          agxset (n, dr->fontsize, (char *)"7");
          agxset (n, dr->fontcolor, (char *)color);
          agxset (n, dr->label, text);
          if (!annotate (t, dr, n, b->fact, note, error))
            return FALSE;
          continue;
        }
      x0 = dg_timeline_x_of (t, b->from);
      x1 = dg_timeline_x_of (t, b->open ? t->end : b->to);
      n = place (dr, (x0 + x1) / 2, bottom + (thin ? RELATION_Y : BAR_Y), MAX (x1 - x0, 2.0),
                 thin ? 3.0 : BAR_HEIGHT, "box");
      what = g_strdup_printf ("%s (%s%s)", de->label, de->date ? de->date : "",
                              b->open ? " \u2013" : "");
      /* The level's name inside its bar when it fits. */
      fits = !thin && text_width (de->label, 8) < x1 - x0 - 6;
      paint (dr, n, color);
      agxset (n, dr->fontcolor, (char *)"#ffffff");
      agxset (n, dr->fontsize, (char *)"8");
      if (!dg_dot_set_text (n, dr->label, fits ? de->label : "", de->iri, error)
          || !annotate (t, dr, n, b->fact, what, error))
        return FALSE;
      /* When it began, under its start. */
      if (!thin && de->date)
        {
          double w = text_width (de->date, 7) + 4;
          if (!text_at (dr, x0 + w / 2, bottom + UPGRADE_Y, de->date, "7", de->iri, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Marks piled too high at one place (mark @i and those it counts): one
 * box with their number, and in its tooltip what they are. */
static gboolean
draw_pile (Timeline *t, Draw *dr, guint i, GError **error)
{
  const Mark *m = &g_array_index (t->marks, Mark, i);
  double x = dg_timeline_x_of (t, m->at), bottom = t->bottom[m->lane];
  g_autoptr (GString) what = g_string_new (NULL);
  g_autofree char *count = g_strdup_printf ("%u", m->count);
  const char *last = g_array_index (t->marks, Mark, i + m->count - 1).date;
  Agnode_t *n;

  g_string_printf (what, "%u events, %s%s%s:", m->count, m->date,
                   g_str_equal (m->date, last) ? "" : " \u2013 ",
                   g_str_equal (m->date, last) ? "" : last);
  for (guint k = i; k < i + m->count && k < i + 12; k++)
    {
      const Mark *e = &g_array_index (t->marks, Mark, k);
      g_string_append_printf (what, "\n%s (%s)", e->node->label, e->date);
    }
  if (m->count > 12)
    g_string_append_printf (what, "\n\u2026 and %u more", m->count - 12);
  n = place (dr, x, bottom + MARKS_Y + MARK_SIZE, 2 * MARK_SIZE + 4, 2 * MARK_SIZE, "box");
  agxset (n, dr->style, (char *)"filled,rounded");
  agxset (n, dr->fill, (char *)"#f3f3f3");
  agxset (n, dr->color, (char *)"#333333");
  agxset (n, dr->fontsize, (char *)"8");
  agxset (n, dr->label, count);
  if (!dg_dot_set_tooltip (n, dr->tooltip, what->str, m->node->iri, error))
    return FALSE;
  return !m->dated
         || text_at (dr, x, bottom + t->height[m->lane] - t->lane_extra - 7, m->date, "6",
                     m->node->iri, error);
}

static gboolean
draw_marks (Timeline *t, Draw *dr, GError **error)
{
  for (guint i = 0; i < t->marks->len; i++)
    {
      const Mark *m = &g_array_index (t->marks, Mark, i);
      double x = dg_timeline_x_of (t, m->at), bottom = t->bottom[m->lane];
      g_autofree char *what = NULL;
      Agnode_t *n;

      if (m->folded)
        continue;
      if (m->count > 1)
        {
          if (!draw_pile (t, dr, i, error))
            return FALSE;
          continue;
        }
      /* In its class's shape and colour, as the legend shows it. */
      n = place (dr, x, bottom + MARKS_Y + m->level * (MARK_SIZE + 1), MARK_SIZE, MARK_SIZE,
                 m->node->klass && m->node->klass->shape ? m->node->klass->shape : "ellipse");
      agxset (n, dr->style, (char *)"filled");
      agxset (n, dr->fill,
              (char *)(m->node->klass && m->node->klass->fill_color ? m->node->klass->fill_color
                                                                    : "#d9d2e9"));
      agxset (n, dr->color, (char *)"#333333");
      agxset (n, dr->label, (char *)"");
      what = g_strdup_printf ("%s (%s)", m->node->label, m->date);
      if (!annotate (t, dr, n, m->fact, what, error))
        return FALSE;
      /* Dates on one line above the lane's stacks, clear of the bars. */
      if (m->dated
          && !text_at (dr, x, bottom + t->height[m->lane] - t->lane_extra - 7, m->date, "6",
                       m->node->iri, error))
        return FALSE;
    }
  return TRUE;
}

/* Years between two labels of an axis @span years long: 1, 5 or 10, and
 * past two centuries the first of 20, 50, 100, 200, 500 … that labels it
 * at most 20 times, so that the work is bounded by what is drawn, not by
 * the years spanned (--to 99999). */
static double
axis_step (double span)
{
  double step = span > 40 ? 10 : span > 12 ? 5 : 1;

  for (double scale = 10; span / step > 20; scale *= 10)
    for (guint i = 0; i < 3 && span / step > 20; i++)
      step = scale * (double[]){ 2, 5, 10 }[i];
  return step;
}

/* Lane names, lane rules, the axis with a label every five or ten years
 * (more on a longer axis), and light rules at those years. */
static gboolean
draw_frame (Timeline *t, Draw *dr, GError **error)
{
  guint n = t->lanes->len;
  double bottom = n ? t->bottom[n - 1] : 40.0, top = n ? t->bottom[0] + t->height[0] : 80.0;
  double step = axis_step (t->end - t->start);

  for (guint i = 0; i < n; i++)
    {
      const Lane *l = &g_array_index (t->lanes, Lane, i);
      double y = t->bottom[i] + t->height[i] / 2;
      Agnode_t *rule
          = place (dr, LABEL_WIDTH + t->axis_width / 2, t->bottom[i], t->axis_width, 0.5, "box");
      Agnode_t *name;
      g_autofree char *aligned = right_aligned (l->label, 34, l->label, error);

      paint (dr, rule, "#e6e6e6");
      guint lines = 0;

      if (!aligned)
        return FALSE;
      for (const char *c = aligned; (c = strstr (c, "\\r")); c += 2)
        lines++;
      name = place (dr, LABEL_WIDTH / 2 - 6, y, LABEL_WIDTH - 12, lines * 13.0 + 2, "plaintext");
      agxset (name, dr->label, aligned);
    }
  /* Under two years the axis is marked by months, "2017-05". */
  if (t->end - t->start < 2.0)
    step = (t->end - t->start) * 12.0 > 12.0 ? 3.0 / 12.0 : 1.0 / 12.0;
  for (double at = ceil (t->start / step - 1e-6) * step; at <= t->end + 1e-6; at += step)
    {
      char text[16];
      double x = dg_timeline_x_of (t, at);
      Agnode_t *rule;

      if (dg_timeline_in_break (t, at))
        continue;
      rule = place (dr, x, (top + bottom) / 2, 0.4, top - bottom, "box");
      long month = lround (at * 12.0);

      paint (dr, rule, "#dddddd");
      if (step < 1.0)
        g_snprintf (text, sizeof text, "%04ld-%02ld", month / 12, month % 12 + 1);
      else
        g_snprintf (text, sizeof text, "%.0f", at);
      if (!text_at (dr, x, bottom - 10, text, "9", "axis", error))
        return FALSE;
    }
  /* Each break: the cut drawn across the axis, and its two years. */
  for (guint i = 0; t->breaks && i + 1 < t->breaks->len; i += 2)
    {
      double from = g_array_index (t->breaks, double, i);
      double to = g_array_index (t->breaks, double, i + 1);
      double x = (dg_timeline_x_of (t, from) + dg_timeline_x_of (t, to)) / 2;
      char text[64];

      g_snprintf (text, sizeof text, "%.0f\u2009\u2248\u2009%.0f", from, to);
      if (!text_at (dr, x, bottom + 6, "\u2248", "12", "axis break", error)
          || !text_at (dr, x, bottom - 20, text, "7", "axis break", error))
        return FALSE;
    }
  {
    Agnode_t *axis = place (dr, LABEL_WIDTH + t->axis_width / 2, bottom, t->axis_width, 0.8, "box");
    paint (dr, axis, "#555555");
  }
  return TRUE;
}

/* The legend: the levels and relations drawn as bars, the event classes
 * drawn as marks. */
static void
draw_legend (Timeline *t, Draw *dr)
{
  DgDiagram legend = { 0 };
  const char *const *langs = dg_view_get_languages (t->self->view);

  legend.nodes = g_array_new (FALSE, FALSE, sizeof (DgDiagramNode));
  legend.edges = g_array_new (FALSE, FALSE, sizeof (DgDiagramEdge));
  legend.classes = g_ptr_array_new ();
  legend.relations = g_ptr_array_new ();
  legend.values = g_ptr_array_new ();
  for (guint i = 0; i < t->bars->len; i++)
    {
      const DgDiagramEdge *de = g_array_index (t->bars, Bar, i).edge;
      gpointer term = (gpointer)(de->value ? de->value : de->style);

      if (term && !g_ptr_array_find (legend.values, term, NULL))
        g_ptr_array_add (legend.values, term);
    }
  for (guint i = 0; i < t->marks->len; i++)
    {
      gpointer klass = (gpointer)g_array_index (t->marks, Mark, i).node->klass;

      if (klass && !g_ptr_array_find (legend.classes, klass, NULL))
        g_ptr_array_add (legend.classes, klass);
    }
  dg_dot_set_legend (dr->ag, &legend, langs);
  g_array_unref (legend.nodes);
  g_array_unref (legend.edges);
  g_ptr_array_unref (legend.classes);
  g_ptr_array_unref (legend.relations);
  g_ptr_array_unref (legend.values);
}

/* The node attributes a drawing sets, their defaults, and where it keeps
 * them. */
static const struct
{
  const char *name, *value;
  gsize slot;
} node_attributes[] = {
  { "pos", "", G_STRUCT_OFFSET (Draw, pos) },
  { "width", "0.1", G_STRUCT_OFFSET (Draw, width) },
  { "height", "0.1", G_STRUCT_OFFSET (Draw, height) },
  { "label", "", G_STRUCT_OFFSET (Draw, label) },
  { "shape", "box", G_STRUCT_OFFSET (Draw, shape) },
  { "style", "", G_STRUCT_OFFSET (Draw, style) },
  { "fillcolor", "#ffffff", G_STRUCT_OFFSET (Draw, fill) },
  { "color", "#333333", G_STRUCT_OFFSET (Draw, color) },
  { "fontcolor", "#222222", G_STRUCT_OFFSET (Draw, fontcolor) },
  { "fontsize", "10", G_STRUCT_OFFSET (Draw, fontsize) },
  { "tooltip", "", G_STRUCT_OFFSET (Draw, tooltip) },
  { "URL", "", G_STRUCT_OFFSET (Draw, url) },
};

/* The drawing as a cgraph graph, every node pinned; NULL with @error. */
static Agraph_t *
build (DgTimelineWriter *self, GError **error)
{
  Timeline t = { .self = self, .focus = G_MAXUINT };
  Draw dr = { 0 };
  g_autoptr (DgDotWriter) plain = self->drawing ? NULL : dg_dot_writer_new (self->view);
  DgDotWriter *drawing = self->drawing ? self->drawing : plain;
  g_autofree char *font = dg_dot_writer_dup_font (drawing);
  DgDiagramInputs in;
  gboolean ok;

  dg_view_get_inputs (self->view, &in);
  in.flags = DG_VIEW_COLLAPSE | DG_VIEW_CLUSTERS;
  t.g = in.graph;
  t.d = dg_diagram_new (&in);
  if (!dg_timeline_lay_out (&t, self->focus, self->from, self->to, error))
    return NULL;

  dr.ag = dg_dot_open_graph ("timeline");
  agattr (dr.ag, AGRAPH, (char *)"layout", (char *)"neato");
  agattr (dr.ag, AGRAPH, (char *)"inputscale", (char *)"72");
  agattr (dr.ag, AGRAPH, (char *)"overlap", (char *)"true");
  agattr (dr.ag, AGRAPH, (char *)"splines", (char *)"false");
  agattr (dr.ag, AGRAPH, (char *)"fontname", font);
  agattr (dr.ag, AGRAPH, (char *)"fontsize", (char *)"10");
  if (dg_dot_writer_get_dpi (drawing))
    {
      char dpi[16];
      g_snprintf (dpi, sizeof dpi, "%u", dg_dot_writer_get_dpi (drawing));
      agattr (dr.ag, AGRAPH, (char *)"dpi", dpi);
    }
  agattr (dr.ag, AGNODE, (char *)"fontname", font);
  agattr (dr.ag, AGNODE, (char *)"fixedsize", (char *)"true");
  agattr (dr.ag, AGNODE, (char *)"margin", (char *)"0");
  for (guint i = 0; i < G_N_ELEMENTS (node_attributes); i++)
    G_STRUCT_MEMBER (Agsym_t *, &dr, node_attributes[i].slot)
        = agattr (dr.ag, AGNODE, (char *)node_attributes[i].name, (char *)node_attributes[i].value);
  ok = draw_frame (&t, &dr, error) && draw_bars (&t, &dr, error) && draw_marks (&t, &dr, error);
  if (ok && self->legend)
    draw_legend (&t, &dr);
  dg_timeline_clear (&t);
  if (!ok)
    {
      agclose (dr.ag);
      return NULL;
    }
  return dr.ag;
}

/**
 * dg_timeline_writer_write:
 * @self: a #DgTimelineWriter
 * @format: `svg`, `png`, `pdf`, or `dot` for the DOT Graphviz draws
 * @stream: where to write
 * @error: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success
 */
gboolean
dg_timeline_writer_write (DgTimelineWriter *self, const char *format, GOutputStream *stream,
                          GError **error)
{
  g_autoptr (GOutputStream) text = NULL;
  Agraph_t *ag;
  gboolean ok;

  g_return_val_if_fail (DG_IS_TIMELINE_WRITER (self), FALSE);
  if (!g_str_equal (format, "dot") && !dg_dot_writer_can_render (format))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "cannot draw \"%s\" (svg, png, pdf or dot)", format);
      return FALSE;
    }
  ag = build (self, error);
  if (!ag)
    return FALSE;
  if (g_str_equal (format, "dot"))
    {
      ok = dg_dot_write_graph (ag, stream, error);
      agclose (ag);
      return ok;
    }
  text = g_memory_output_stream_new_resizable ();
  ok = dg_dot_write_graph (ag, text, error)
       && g_output_stream_write_all (text, "", 1, NULL, NULL, error)
       && g_output_stream_close (text, NULL, error);
  agclose (ag);
  return ok
         && dg_render_text (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (text)),
                            "neato", format, stream, error);
}

typedef struct
{
  DgTimelineWriter *self;
  const char *format;
} Job;

static gboolean
write_cb (gpointer data, GOutputStream *stream, GError **error)
{
  Job *job = data;
  return dg_timeline_writer_write (job->self, job->format, stream, error);
}

/**
 * dg_timeline_writer_write_file:
 * @self: a #DgTimelineWriter
 * @format: as for dg_timeline_writer_write()
 * @path: (type filename): the file to write, replaced only when complete
 * @error: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success
 */
gboolean
dg_timeline_writer_write_file (DgTimelineWriter *self, const char *format, const char *path,
                               GError **error)
{
  Job job = { self, format };

  g_return_val_if_fail (DG_IS_TIMELINE_WRITER (self), FALSE);
  return dg_output_write_file (path, write_cb, &job, error);
}
