/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-diagram-private.h"
#include "dg-fact-private.h"
#include "dg-writer-timeline.h"

G_BEGIN_DECLS

/* Geometry, in points. */
#define LABEL_WIDTH 190.0
/* The axis is as long as this, or shorter down to MIN_AXIS_WIDTH to keep a
 * drawing of few lanes within twice as wide as it is high. */
#define AXIS_WIDTH 860.0
#define MIN_AXIS_WIDTH 420.0
#define BAR_HEIGHT 15.0
#define MARK_SIZE 8.0
/* A lane, bottom up: a relation's line, an upgrade's date, the level bar,
 * then the marks stacked and their dates. */
#define RELATION_Y 4.0
#define UPGRADE_Y 11.0
#define BAR_Y 23.0
#define MARKS_Y 38.0
#define DATE_WIDTH 44.0

typedef struct
{
  guint a, b; /* the lane's parties (diagram nodes); b == G_MAXUINT: the focus alone */
  char *label;
  double first; /* its earliest year, for the order of lanes */
} Lane;

typedef struct
{
  guint lane;
  guint fact;       /* graph node */
  double from, to;  /* years */
  gboolean open;    /* no end: drawn to the axis's end */
  gboolean outside; /* wholly before or after the axis */
  const DgDiagramEdge *edge;
} Bar;

typedef struct
{
  guint lane;
  guint fact;
  double at;
  const DgDiagramNode *node;
  char date[11];
  guint level;    /* stacked above this many marks that would overlap it */
  gboolean dated; /* its date is written (none near it is) */
  guint count;    /* > 1: it stands for this many marks piled at its place */
  gboolean folded; /* counted by the mark before it, not drawn */
} Mark;

/* More marks than this at one place of a lane are drawn as their count. */
#define MAX_PILE 6

typedef struct
{
  DgTimelineWriter *self; /* the writer drawing it (not read here) */
  double from, to;        /* the axis asked for, in years; NAN: from the data */
  DgGraph *g;
  DgDiagram *d;
  DgFactTerms *terms;
  gint64 *successor_end;
  guint focus; /* diagram node, or G_MAXUINT */
  GArray *lanes, *bars, *marks;
  double start, end;   /* the axis, in years */
  double axis_width;   /* in points */
  /* Stretches of the axis where nothing begins, ends or happens, drawn
   * short (a break): pairs of years, from and to, in order. */
  GArray *breaks;      /* double */
  double lane_extra;   /* room each lane was given above its marks' dates */
  guint *cluster_root; /* per cluster: the diagram node it is named after, or G_MAXUINT */
  double *bottom;      /* per lane, in points from the drawing's bottom */
  double *height;
} Timeline;

/* A day key (YYYYMMDD, see dg_date_first_day()) as a year with its
 * fraction. */
G_GNUC_INTERNAL double dg_timeline_year_of_day (gint64 day);
/* Lays out @t's diagram (t->d, drawn collapsed and clustered) along time,
 * lanes for the partners of the node @focus (an IRI; NULL: pairs), the axis
 * from @from to @to (NAN: the data's); FALSE with @error when @focus is
 * not in the view. */
G_GNUC_INTERNAL gboolean dg_timeline_lay_out (Timeline *t, const char *focus, double from,
                                              double to, GError **error);
/* The x of @year, in points from the drawing's left. */
G_GNUC_INTERNAL double dg_timeline_x_of (Timeline *t, double year);
/* Whether @year is inside a break of the axis (not at its ends). */
G_GNUC_INTERNAL gboolean dg_timeline_in_break (Timeline *t, double year);
G_GNUC_INTERNAL void dg_timeline_clear (Timeline *t);

G_END_DECLS
