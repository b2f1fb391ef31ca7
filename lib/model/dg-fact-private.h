/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-graph-private.h"

G_BEGIN_DECLS

/* What the graph says of a fact's time and of where it comes from, read
 * through the ontology's dg:factTime, dg:pointInTime and dg:provenance
 * annotations: no property or class is named here, so the selection, the
 * writers and the readers agree, and an extension can add its own. */
typedef struct _DgFactTerms DgFactTerms;

/* The terms of @graph's ontology with a role, as ids of the strings
 * @graph holds now: valid until the graph changes. */
G_GNUC_INTERNAL DgFactTerms *dg_fact_terms_new (DgGraph *graph);
G_GNUC_INTERNAL void dg_fact_terms_free (DgFactTerms *terms);
G_GNUC_INTERNAL DgGraph *dg_fact_terms_get_graph (DgFactTerms *terms);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgFactTerms, dg_fact_terms_free)

/* A fact's time, in days (see dg_date_first_day()). */
typedef struct
{
  gint64 start;     /* G_MAXINT64 when no date starts it */
  gint64 end;       /* the last day of its end dates; G_MININT64 when none */
  gint64 point_end; /* the last day of a point-in-time fact's dates */
  gboolean ends;    /* it has an end date */
  gboolean point;   /* its class is a point in time */
  /* What the dates that gave start, end and point_end say: "year",
   * "month" or "day" (see dg_date_precision()). */
  const char *start_precision, *end_precision, *point_end_precision;
} DgFactTime;

/* Fills @time from @node's dates; FALSE if it has none (it is timeless:
 * a state, a person). */
G_GNUC_INTERNAL gboolean dg_fact_time (DgFactTerms *terms, guint node, DgFactTime *time);

/* For each node, the day before the first upgrade of a fact that succeeds
 * it ("upgrade" and "succeeds" roles), G_MAXINT64 when none: where a later
 * level replaced it.  Free with g_free(). */
G_GNUC_INTERNAL gint64 *dg_fact_successor_ends (DgFactTerms *terms);

/* When @node's fact holds, as the selection's time window reads it, as
 * ISO dates ("" for none): from its first date to its end, a point in
 * time's last day, or the eve of the level that replaced it
 * (@successor_end from dg_fact_successor_ends()); FALSE for a timeless
 * node.  @precision, when given, receives what the dates behind start and
 * end say ("year", "month", "day"; NULL for no date), since "2014" is
 * written as the day 2014-01-01. */
G_GNUC_INTERNAL gboolean dg_fact_span (DgFactTerms *terms, const gint64 *successor_end, guint node,
                                       char start[11], char end[11]);
G_GNUC_INTERNAL gboolean dg_fact_span_precision (DgFactTerms *terms, const gint64 *successor_end,
                                                 guint node, char start[11], char end[11],
                                                 const char *precision[2]);

/* The date a diagram writes beside a fact, as written ("2022",
 * "2023-11-27"): its earliest upgrade, else its earliest start, else its
 * earliest date; NULL when it has none. */
G_GNUC_INTERNAL const char *dg_fact_label_date (DgFactTerms *terms, guint node);

/* Whether @node is stated by @source ("source" role). */
G_GNUC_INTERNAL gboolean dg_fact_is_from (DgFactTerms *terms, guint node, guint source);

/* The source documents @node names as its own: those a fact is derived
 * from, or a citation's source; appended to @sources as node ids. */
G_GNUC_INTERNAL void dg_fact_sources (DgFactTerms *terms, guint node, GArray *sources);

/* @func for each citation of @node: its quote, and its source document
 * (DG_NO_NODE when it names none). */
typedef void (*DgCitationFunc) (const DgLiteral *quote, guint source, gpointer user_data);
G_GNUC_INTERNAL void dg_fact_foreach_citation (DgFactTerms *terms, guint node,
                                               DgCitationFunc func, gpointer user_data);

/* Appends, for each citation of @node, a line: "\n[FILE] \"QUOTE\"" (the
 * source's file name, else its IRI's tail; no brackets when it names no
 * source) — what a drawing shows as a tooltip. */
G_GNUC_INTERNAL void dg_fact_append_citations (DgFactTerms *terms, guint node, GString *out);

/* Whether @node is a citation (it has a "quote"). */
G_GNUC_INTERNAL gboolean dg_fact_is_citation (DgFactTerms *terms, guint node);

/* The file a source document was read from ("fileName" role), or NULL. */
G_GNUC_INTERNAL const char *dg_fact_source_file (DgFactTerms *terms, guint source);
/* How to name @source to a reader: its file name, else its IRI's tail. */
G_GNUC_INTERNAL const char *dg_fact_source_name (DgFactTerms *terms, guint source);

G_END_DECLS
