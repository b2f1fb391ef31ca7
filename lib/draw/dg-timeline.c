/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dg-error.h"
#include "dg-timeline-private.h"
#include "dg-xsd-private.h"

/* Where a timeline puts things, before anything is drawn: its lanes (one
 * per partner of the focus, or per pair of parties), the bars of the facts
 * that hold over time and the marks of events in each, the axis, and each
 * lane's height with its marks stacked where they would overlap.  The
 * drawing is dg-writer-timeline.c's. */

/* A day key (YYYYMMDD, see dg_date_first_day()) as a year with its
 * fraction. */
double
dg_timeline_year_of_day (gint64 day)
{
  return day / 10000 + ((day / 100 % 100 - 1) * 30.5 + (day % 100 - 1)) / 366.0;
}

static void
lane_clear (Lane *l)
{
  g_free (l->label);
}

static double
year_of (const char *iso)
{
  DgDate date;

  return iso && *iso && dg_date_parse (iso, &date, NULL)
             ? dg_timeline_year_of_day (dg_date_first_day (&date))
             : NAN;
}

static guint
side_of (Timeline *t, guint node)
{
  guint cluster = g_array_index (t->d->nodes, DgDiagramNode, node).cluster;

  return cluster != DG_DIAGRAM_NO_CLUSTER && t->cluster_root[cluster] != G_MAXUINT
             ? t->cluster_root[cluster]
             : node;
}

static guint
lane_for (Timeline *t, guint a, guint b)
{
  guint lo = t->focus != G_MAXUINT ? (a == t->focus ? b : a) : MIN (a, b);
  guint hi = t->focus != G_MAXUINT ? G_MAXUINT - 1 : MAX (a, b);

  for (guint i = 0; i < t->lanes->len; i++)
    {
      const Lane *l = &g_array_index (t->lanes, Lane, i);
      if (l->a == lo && l->b == hi)
        return i;
    }
  return G_MAXUINT;
}

static guint
add_lane (Timeline *t, guint a, guint b)
{
  guint i = lane_for (t, a, b);
  Lane l = { 0 };

  if (i != G_MAXUINT)
    return i;
  if (t->focus != G_MAXUINT)
    {
      l.a = a == t->focus ? b : a;
      l.b = G_MAXUINT - 1;
      l.label = g_strdup (g_array_index (t->d->nodes, DgDiagramNode, l.a).label);
    }
  else
    {
      l.a = MIN (a, b);
      l.b = MAX (a, b);
      l.label
          = g_strdup_printf ("%s \u2013 %s", g_array_index (t->d->nodes, DgDiagramNode, l.a).label,
                             g_array_index (t->d->nodes, DgDiagramNode, l.b).label);
    }
  l.first = INFINITY;
  g_array_append_val (t->lanes, l);
  return t->lanes->len - 1;
}

/* Bars: each undirected collapsed fact (a partnership, a relation) of the
 * focus, or of any pair, with a start. */
static void
find_bars (Timeline *t)
{
  for (guint i = 0; i < t->d->edges->len; i++)
    {
      const DgDiagramEdge *de = &g_array_index (t->d->edges, DgDiagramEdge, i);
      char start[11], end[11];
      Bar bar = { .fact = de->fact, .edge = de };

      if (!de->collapsed || !de->undirected)
        continue;
      if (t->focus != G_MAXUINT && de->tail != t->focus && de->head != t->focus)
        continue;
      /* A fact with no date is still the lane's: named at its end. */
      dg_fact_span (t->terms, t->successor_end, de->fact, start, end);
      bar.from = year_of (start);
      bar.to = year_of (end);
      bar.open = isnan (bar.to);
      if (!bar.open)
        bar.to += 1.0 / 366.0; /* through its last day */
      bar.lane = add_lane (t, de->tail, de->head);
      g_array_append_val (t->bars, bar);
    }
}

/* A party a lane may be for: a node of a class that boxes others (a
 * state), as a partnership's parties are. */
static gboolean
is_party (Timeline *t, guint node)
{
  const DgTerm *klass = g_array_index (t->d->nodes, DgDiagramNode, node).klass;

  return klass && (klass->flags & DG_TERM_CLUSTER_ROOT);
}

static void
find_marks (Timeline *t, gboolean lanes_from_events)
{
  guint n = t->d->nodes->len;
  g_autofree guint *sides = g_new (guint, n + 1);
  g_autofree guint *offsets = g_new0 (guint, n + 2);
  g_autofree guint *fill = NULL;
  g_autofree guint *neighbours = NULL;

  /* Each node's neighbours by links (not collapsed facts), both ways, as
   * a compressed index: one pass counts, the second files. */
  for (guint i = 0; i < t->d->edges->len; i++)
    {
      const DgDiagramEdge *de = &g_array_index (t->d->edges, DgDiagramEdge, i);
      if (!de->collapsed)
        {
          offsets[de->tail + 1]++;
          offsets[de->head + 1]++;
        }
    }
  for (guint v = 0; v < n; v++)
    offsets[v + 1] += offsets[v];
  neighbours = g_new (guint, offsets[n] + 1);
  fill = g_memdup2 (offsets, sizeof (guint) * (n + 1));
  for (guint i = 0; i < t->d->edges->len; i++)
    {
      const DgDiagramEdge *de = &g_array_index (t->d->edges, DgDiagramEdge, i);
      if (!de->collapsed)
        {
          neighbours[fill[de->tail]++] = de->head;
          neighbours[fill[de->head]++] = de->tail;
        }
    }
  for (guint v = 0; v < n; v++)
    {
      const DgDiagramNode *dn = &g_array_index (t->d->nodes, DgDiagramNode, v);
      const char *written;
      DgFactTime time;
      char start[11], end[11];
      guint n_sides = 0;
      gboolean with_focus = FALSE;

      if (!dg_fact_time (t->terms, dn->node, &time) || !time.point
          || !dg_fact_span (t->terms, t->successor_end, dn->node, start, end) || !*start)
        continue;
      for (guint i = offsets[v]; i < offsets[v + 1]; i++)
        {
          guint side = side_of (t, neighbours[i]);
          gboolean seen = FALSE;

          for (guint k = 0; k < n_sides; k++)
            seen |= sides[k] == side;
          if (!seen)
            sides[n_sides++] = side;
          with_focus |= side == t->focus;
        }
      written = dg_fact_label_date (t->terms, dn->node);
      /* Event data (GDELT, ICEWS) has no partnerships: its events make the
       * lanes, one for each other party of the focus, or each pair. */
      for (guint k = 0; lanes_from_events && k < n_sides; k++)
        for (guint j = 0; j < n_sides; j++)
          if (sides[k] != sides[j] && is_party (t, sides[k]) && is_party (t, sides[j])
              && (t->focus == G_MAXUINT ? sides[k] < sides[j] : sides[k] == t->focus))
            add_lane (t, sides[k], sides[j]);
      /* An event of the focus with no partner of it belongs to no lane. */
      for (guint i = 0; i < t->lanes->len; i++)
        {
          const Lane *l = &g_array_index (t->lanes, Lane, i);
          gboolean has_a = FALSE, has_b = l->b == G_MAXUINT - 1 ? with_focus : FALSE;
          Mark m = { .lane = i, .fact = dn->node, .at = year_of (start), .node = dn };

          for (guint k = 0; k < n_sides; k++)
            {
              has_a |= sides[k] == l->a;
              has_b |= sides[k] == l->b;
            }
          if (!has_a || !has_b)
            continue;
          g_strlcpy (m.date, written ? written : start, sizeof m.date);
          g_array_append_val (t->marks, m);
        }
    }
}

static gint
compare_lanes (gconstpointer a, gconstpointer b, gpointer lanes)
{
  const Lane *x = &g_array_index ((GArray *)lanes, Lane, *(const guint *)a);
  const Lane *y = &g_array_index ((GArray *)lanes, Lane, *(const guint *)b);

  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return g_utf8_collate (x->label, y->label);
}

static void
order_lanes (Timeline *t)
{
  guint n = t->lanes->len;
  g_autofree guint *order = g_new (guint, n + 1);
  g_autofree guint *renumber = g_new (guint, n + 1);
  g_autoptr (GArray) lanes = g_array_sized_new (FALSE, FALSE, sizeof (Lane), n);

  for (guint i = 0; i < t->bars->len; i++)
    {
      const Bar *b = &g_array_index (t->bars, Bar, i);
      Lane *l = &g_array_index (t->lanes, Lane, b->lane);
      if (!isnan (b->from))
        l->first = MIN (l->first, b->from);
    }
  for (guint i = 0; i < t->marks->len; i++)
    {
      const Mark *m = &g_array_index (t->marks, Mark, i);
      Lane *l = &g_array_index (t->lanes, Lane, m->lane);
      l->first = MIN (l->first, m->at);
    }
  /* Sort the lanes' indexes, then renumber what points at lanes. */
  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, (gint)n, sizeof (guint), compare_lanes, t->lanes);
  for (guint i = 0; i < n; i++)
    {
      renumber[order[i]] = i;
      g_array_append_val (lanes, g_array_index (t->lanes, Lane, order[i]));
    }
  /* The lanes move, labels and all: the old array must not free them. */
  g_array_set_clear_func (t->lanes, NULL);
  g_array_set_size (t->lanes, 0);
  g_array_append_vals (t->lanes, lanes->data, n);
  g_array_set_clear_func (t->lanes, (GDestroyNotify)lane_clear);
  for (guint i = 0; i < t->bars->len; i++)
    g_array_index (t->bars, Bar, i).lane = renumber[g_array_index (t->bars, Bar, i).lane];
  for (guint i = 0; i < t->marks->len; i++)
    g_array_index (t->marks, Mark, i).lane = renumber[g_array_index (t->marks, Mark, i).lane];
}

/* The axis: from the five-year mark before the first date to the year
 * after the last. */
static void
find_axis (Timeline *t)
{
  double lo = INFINITY, hi = -INFINITY;

  for (guint i = 0; i < t->bars->len; i++)
    {
      const Bar *b = &g_array_index (t->bars, Bar, i);
      if (isnan (b->from))
        continue;
      lo = MIN (lo, b->from);
      hi = MAX (hi, b->open ? b->from : b->to);
    }
  for (guint i = 0; i < t->marks->len; i++)
    {
      lo = MIN (lo, g_array_index (t->marks, Mark, i).at);
      hi = MAX (hi, g_array_index (t->marks, Mark, i).at);
    }
  if (!isfinite (lo))
    lo = hi = 2000;
  if (hi - lo < 2.0)
    {
      /* Event data of a few months (a month of GDELT): the axis is the
       * data's months, not five years with the events in one sliver. */
      t->start = isnan (t->from) ? floor (lo * 12.0) / 12.0 : t->from;
      t->end
          = isnan (t->to) ? MAX ((floor (hi * 12.0) + 1.0) / 12.0, t->start + 3.0 / 12.0) : t->to;
    }
  else
    {
      t->start = isnan (t->from) ? floor (lo / 5.0) * 5.0 : t->from;
      t->end = isnan (t->to) ? floor (hi) + 1.0 : t->to;
      if (isnan (t->to) && t->end - t->start < 5.0)
        t->end = t->start + 5.0;
    }
  if (t->end <= t->start)
    t->end = t->start + 1.0;
  /* Bars are cut to the axis; marks outside it are not drawn. */
  for (guint i = 0; i < t->bars->len; i++)
    {
      Bar *b = &g_array_index (t->bars, Bar, i);

      if (isnan (b->from))
        continue;
      if (b->from < t->start)
        b->from = t->start;
      if (b->open || b->to > t->end)
        b->to = t->end;
      b->outside = b->to <= b->from;
    }
  for (guint i = t->marks->len; i-- > 0;)
    if (g_array_index (t->marks, Mark, i).at < t->start
        || g_array_index (t->marks, Mark, i).at > t->end)
      g_array_remove_index (t->marks, i);
}

/* A break is drawn as long as this many years. */
#define BREAK_YEARS 2.0

/* @year on the axis with the breaks drawn short: years from its start. */
static double
shown_years (Timeline *t, double year)
{
  double shown = year - t->start;

  for (guint i = 0; t->breaks && i + 1 < t->breaks->len; i += 2)
    {
      double from = g_array_index (t->breaks, double, i);
      double to = g_array_index (t->breaks, double, i + 1);
      double in = CLAMP (year, from, to) - from;

      shown -= in * (1.0 - BREAK_YEARS / (to - from));
    }
  return shown;
}

double
dg_timeline_x_of (Timeline *t, double year)
{
  return LABEL_WIDTH + shown_years (t, year) / shown_years (t, t->end) * t->axis_width;
}

gboolean
dg_timeline_in_break (Timeline *t, double year)
{
  for (guint i = 0; t->breaks && i + 1 < t->breaks->len; i += 2)
    if (year > g_array_index (t->breaks, double, i)
        && year < g_array_index (t->breaks, double, i + 1))
      return TRUE;
  return FALSE;
}

static int
compare_years (gconstpointer a, gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

/* Long stretches where nothing begins, ends or happens (Vietnam's
 * relations of 1950, 1973 and 1992, then its partnerships of the 2010s)
 * would take most of the axis from the years that hold the events: each
 * stretch longer than a quarter of the axis, and ten years, is drawn two
 * years long, with a mark on the axis where it is cut.  Only an axis the
 * data decided: one asked for is drawn as asked. */
static void
find_breaks (Timeline *t)
{
  g_autoptr (GArray) years = g_array_new (FALSE, FALSE, sizeof (double));
  double least = MAX (10.0, (t->end - t->start) / 4.0);

  t->breaks = g_array_new (FALSE, FALSE, sizeof (double));
  if (!isnan (t->from) || !isnan (t->to))
    return;
  g_array_append_val (years, t->start);
  g_array_append_val (years, t->end);
  for (guint i = 0; i < t->bars->len; i++)
    {
      const Bar *b = &g_array_index (t->bars, Bar, i);
      if (isnan (b->from) || b->outside)
        continue;
      g_array_append_val (years, b->from);
      if (!b->open)
        g_array_append_val (years, b->to);
    }
  for (guint i = 0; i < t->marks->len; i++)
    g_array_append_val (years, g_array_index (t->marks, Mark, i).at);
  g_array_sort (years, compare_years);
  for (guint i = 0; i + 1 < years->len; i++)
    {
      /* A year's margin either side, and whole years, so that ticks and
       * dates near a cut stay readable. */
      double from = ceil (g_array_index (years, double, i)) + 1.0;
      double to = floor (g_array_index (years, double, i + 1)) - 1.0;

      if (to - from >= least)
        {
          g_array_append_val (t->breaks, from);
          g_array_append_val (t->breaks, to);
        }
    }
}

static gint
compare_marks (gconstpointer a, gconstpointer b)
{
  const Mark *x = a, *y = b;

  if (x->lane != y->lane)
    return x->lane < y->lane ? -1 : 1;
  if (x->at != y->at)
    return x->at < y->at ? -1 : 1;
  return x->fact < y->fact ? -1 : x->fact > y->fact;
}

/* Marks that would overlap stack up; a date is written where no other is
 * within its width; each lane is as tall as its stacks. */
static void
layout_lanes (Timeline *t)
{
  guint n = t->lanes->len;
  g_autofree guint *depth = g_new0 (guint, n + 1);
  g_autofree double *last_date = g_new (double, n + 1);
  double y = 40.0;

  for (guint i = 0; i < n; i++)
    last_date[i] = -INFINITY;
  g_array_sort (t->marks, compare_marks);
  /* A day of GDELT holds dozens of events of one pair: a pile of marks
   * taller than MAX_PILE is one mark that says how many (found again when
   * the axis is shortened). */
  for (guint i = 0; i < t->marks->len; i++)
    {
      g_array_index (t->marks, Mark, i).count = 1;
      g_array_index (t->marks, Mark, i).folded = FALSE;
    }
  for (guint i = 0; i < t->marks->len;)
    {
      Mark *first = &g_array_index (t->marks, Mark, i);
      double x0 = dg_timeline_x_of (t, first->at);
      guint k = i + 1;

      while (k < t->marks->len && g_array_index (t->marks, Mark, k).lane == first->lane
             && dg_timeline_x_of (t, g_array_index (t->marks, Mark, k).at) - x0 < MARK_SIZE + 1)
        k++;
      if (k - i > MAX_PILE)
        {
          first->count = k - i;
          for (guint j = i + 1; j < k; j++)
            g_array_index (t->marks, Mark, j).folded = TRUE;
        }
      i = k;
    }
  for (guint i = 0; i < t->marks->len; i++)
    {
      Mark *m = &g_array_index (t->marks, Mark, i);
      double x = dg_timeline_x_of (t, m->at);

      m->level = 0;
      if (m->folded)
        continue;
      /* Sorted by lane and time: only the marks just before can overlap. */
      for (guint k = i; k-- > 0;)
        {
          const Mark *o = &g_array_index (t->marks, Mark, k);
          if (o->folded)
            continue;
          if (o->lane != m->lane || x - dg_timeline_x_of (t, o->at) >= MARK_SIZE + 1)
            break;
          m->level = MAX (m->level, o->level + 1);
        }
      m->dated = x - last_date[m->lane] >= DATE_WIDTH;
      if (m->dated)
        last_date[m->lane] = x;
      /* A pile's box is two marks high. */
      depth[m->lane] = MAX (depth[m->lane], m->level + (m->count > 1 ? 2 : 1));
    }
  t->bottom = g_new (double, n + 1);
  t->height = g_new (double, n + 1);
  /* Lanes top to bottom; Graphviz's y grows upwards. */
  for (guint i = n; i-- > 0;)
    {
      t->height[i] = MARKS_Y + MAX (depth[i], 1) * (MARK_SIZE + 1) + 10.0;
      t->bottom[i] = y;
      y += t->height[i];
    }
}

void
dg_timeline_clear (Timeline *t)
{
  g_clear_pointer (&t->lanes, g_array_unref);
  g_clear_pointer (&t->bars, g_array_unref);
  g_clear_pointer (&t->marks, g_array_unref);
  g_clear_pointer (&t->cluster_root, g_free);
  g_clear_pointer (&t->bottom, g_free);
  g_clear_pointer (&t->height, g_free);
  g_clear_pointer (&t->d, dg_diagram_free);
  g_clear_pointer (&t->successor_end, g_free);
  g_clear_pointer (&t->terms, dg_fact_terms_free);
  g_clear_pointer (&t->breaks, g_array_unref);
}

/* How high the lanes are drawn, the axis's labels below them. */
static double
drawn_height (Timeline *t)
{
  return (t->lanes->len ? t->bottom[0] + t->height[0] : 40.0) + 8.0;
}

gboolean
dg_timeline_lay_out (Timeline *t, const char *focus, double from, double to, GError **error)
{
  t->focus = G_MAXUINT;
  t->from = from;
  t->to = to;
  t->g = t->d->in.graph;
  t->terms = dg_fact_terms_new (t->g);
  t->successor_end = dg_fact_successor_ends (t->terms);
  t->lanes = g_array_new (FALSE, FALSE, sizeof (Lane));
  g_array_set_clear_func (t->lanes, (GDestroyNotify)lane_clear);
  t->bars = g_array_new (FALSE, FALSE, sizeof (Bar));
  t->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  /* A person or body counts as the state it is boxed under. */
  t->cluster_root = g_new (guint, t->d->clusters->len + 1);
  for (guint c = 0; c < t->d->clusters->len; c++)
    t->cluster_root[c] = G_MAXUINT;
  for (guint i = 0; i < t->d->nodes->len; i++)
    {
      const DgDiagramNode *dn = &g_array_index (t->d->nodes, DgDiagramNode, i);
      if (dn->cluster != DG_DIAGRAM_NO_CLUSTER
          && g_array_index (t->d->clusters, DgDiagramCluster, dn->cluster).root == dn->node)
        t->cluster_root[dn->cluster] = i;
    }
  if (focus)
    {
      for (guint i = 0; i < t->d->nodes->len; i++)
        if (g_str_equal (g_array_index (t->d->nodes, DgDiagramNode, i).iri, focus))
          t->focus = i;
      if (t->focus == G_MAXUINT)
        {
          g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "<%s> is not in the view", focus);
          dg_timeline_clear (t);
          return FALSE;
        }
    }
  find_bars (t);
  find_marks (t, t->lanes->len == 0);
  if (t->lanes->len == 0)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   focus ? "nothing to draw along time: <%s> has no dated partnership, relation "
                           "or event with another state in the view"
                         : "nothing to draw along time: the view has no dated partnership, "
                           "relation or event between two states%s",
                   focus ? focus : "");
      dg_timeline_clear (t);
      return FALSE;
    }
  order_lanes (t);
  find_axis (t);
  find_breaks (t);
  t->axis_width = AXIS_WIDTH;
  layout_lanes (t);
  /* Few lanes under a long axis make a strip no page holds: the axis is
   * shortened to keep the drawing within twice as wide as it is high
   * (its lanes, the axis's labels below and a margin), and the marks are
   * stacked again along it. */
  {
    double height = drawn_height (t);
    double width = LABEL_WIDTH + AXIS_WIDTH + 30.0;

    if (width > 2 * height)
      {
        t->axis_width = MAX (MIN_AXIS_WIDTH, 2 * height - LABEL_WIDTH - 30.0);
        g_clear_pointer (&t->bottom, g_free);
        g_clear_pointer (&t->height, g_free);
        layout_lanes (t);
        /* Still too flat at the shortest axis: the lanes get the room. */
        height = drawn_height (t);
        width = LABEL_WIDTH + t->axis_width + 30.0;
        if (width > 2 * height && t->lanes->len)
          {
            double extra = (width / 2 - height) / t->lanes->len;
            double y = t->bottom[t->lanes->len - 1];

            t->lane_extra = extra;
            for (guint i = t->lanes->len; i-- > 0;)
              {
                t->height[i] += extra;
                t->bottom[i] = y;
                y += t->height[i];
              }
          }
      }
  }
  return TRUE;
}
