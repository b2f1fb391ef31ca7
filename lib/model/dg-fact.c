/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-fact-private.h"
#include "dg-graph.h"
#include "dg-ontology-private.h"
#include "dg-text-private.h"
#include "dg-xsd-private.h"

/* A predicate of the graph with a role. */
typedef struct
{
  guint32 id;
  int role;
} RoleId;

struct _DgFactTerms
{
  DgGraph *graph;
  GArray *time;       /* RoleId: DgFactTimeRole */
  GArray *provenance; /* RoleId: DgProvenanceRole */
};

DgFactTerms *
dg_fact_terms_new (DgGraph *graph)
{
  DgFactTerms *t = g_new0 (DgFactTerms, 1);
  GPtrArray *terms = dg_ontology_get_fact_terms (dg_graph_get_ontology (graph));

  t->graph = graph;
  t->time = g_array_new (FALSE, FALSE, sizeof (RoleId));
  t->provenance = g_array_new (FALSE, FALSE, sizeof (RoleId));
  for (guint i = 0; terms && i < terms->len; i++)
    {
      DgTerm *term = g_ptr_array_index (terms, i);
      RoleId r;

      /* A term the graph never uses has no id: no statement has it. */
      if (!dg_graph_string_id (graph, term->iri, &r.id))
        continue;
      if (term->fact_time)
        {
          r.role = term->fact_time;
          g_array_append_val (t->time, r);
        }
      if (term->provenance)
        {
          r.role = term->provenance;
          g_array_append_val (t->provenance, r);
        }
    }
  return t;
}

void
dg_fact_terms_free (DgFactTerms *terms)
{
  if (!terms)
    return;
  g_array_unref (terms->time);
  g_array_unref (terms->provenance);
  g_free (terms);
}

DgGraph *
dg_fact_terms_get_graph (DgFactTerms *terms)
{
  return terms->graph;
}

static int
role_of (GArray *roles, guint32 predicate)
{
  for (guint i = 0; i < roles->len; i++)
    if (g_array_index (roles, RoleId, i).id == predicate)
      return g_array_index (roles, RoleId, i).role;
  return 0;
}

static gboolean
literal_days (DgGraph *g, const DgEdge *e, gint64 *first, gint64 *last, const char **precision)
{
  DgDate d;

  if (!e->is_literal
      || !dg_date_parse (dg_graph_string (g, dg_graph_literal (g, e->object)->lexical), &d, NULL))
    return FALSE;
  *first = dg_date_first_day (&d);
  *last = dg_date_last_day (&d);
  *precision = dg_date_precision (&d);
  return TRUE;
}

/* Keeps the earlier start (or the later end, @later) with its precision. */
static void
keep_day (gint64 *day, const char **precision, gint64 candidate, const char *its, gboolean later)
{
  if (later ? candidate > *day : candidate < *day)
    {
      *day = candidate;
      *precision = its;
    }
}

gboolean
dg_fact_time (DgFactTerms *terms, guint node, DgFactTime *time)
{
  DgGraph *g = terms->graph;
  DgTerm *klass = dg_graph_node_term (g, node);
  gboolean dated = FALSE;
  guint n;
  const guint32 *edges = dg_graph_edges_of (g, node, &n);

  time->start = G_MAXINT64;
  time->end = G_MININT64;
  time->point_end = G_MININT64;
  time->ends = FALSE;
  time->start_precision = time->end_precision = time->point_end_precision = NULL;
  time->point = klass && (klass->flags & DG_TERM_POINT_IN_TIME);
  for (guint i = 0; i < n; i++)
    {
      const DgEdge *e = dg_graph_edge (g, edges[i]);
      int role;
      gint64 f, l;
      const char *p;

      if (!e->is_literal || !(role = role_of (terms->time, e->predicate))
          || !literal_days (g, e, &f, &l, &p))
        continue;
      switch (role)
        {
        case DG_FACT_TIME_END:
          keep_day (&time->end, &time->end_precision, l, p, TRUE);
          keep_day (&time->start, &time->start_precision, f, p, FALSE);
          time->ends = TRUE;
          break;
        case DG_FACT_TIME_DATE:
          keep_day (&time->start, &time->start_precision, f, p, FALSE);
          if (time->point)
            keep_day (&time->point_end, &time->point_end_precision, l, p, TRUE);
          break;
        case DG_FACT_TIME_START:
        case DG_FACT_TIME_UPGRADE:
          keep_day (&time->start, &time->start_precision, f, p, FALSE);
          break;
        default:
          continue;
        }
      dated = TRUE;
    }
  return dated;
}

gint64 *
dg_fact_successor_ends (DgFactTerms *terms)
{
  DgGraph *g = terms->graph;
  guint n_nodes = dg_graph_get_n_nodes (g);
  gint64 *ends = g_new (gint64, MAX (n_nodes, 1));

  for (guint v = 0; v < n_nodes; v++)
    ends[v] = G_MAXINT64;
  for (guint other = 0; other < n_nodes; other++)
    {
      guint n;
      const guint32 *edges = dg_graph_edges_of (g, other, &n);
      gint64 start = G_MAXINT64;

      for (guint i = 0; i < n; i++)
        {
          const DgEdge *e = dg_graph_edge (g, edges[i]);
          gint64 f, l;
          const char *p;

          if (e->is_literal && role_of (terms->time, e->predicate) == DG_FACT_TIME_UPGRADE
              && literal_days (g, e, &f, &l, &p))
            start = MIN (start, f);
        }
      if (start == G_MAXINT64)
        continue;
      for (guint i = 0; i < n; i++)
        {
          const DgEdge *e = dg_graph_edge (g, edges[i]);

          if (!e->is_literal && role_of (terms->time, e->predicate) == DG_FACT_TIME_SUCCEEDS)
            ends[e->object] = MIN (ends[e->object], start - 1);
        }
    }
  return ends;
}

const char *
dg_fact_label_date (DgFactTerms *terms, guint node)
{
  /* The roles in the order a label prefers them. */
  static const int preferred[] = { DG_FACT_TIME_UPGRADE, DG_FACT_TIME_START, DG_FACT_TIME_DATE };
  DgGraph *g = terms->graph;
  guint n;
  const guint32 *edges = dg_graph_edges_of (g, node, &n);

  for (guint k = 0; k < G_N_ELEMENTS (preferred); k++)
    {
      const char *best = NULL;

      for (guint i = 0; i < n; i++)
        {
          const DgEdge *e = dg_graph_edge (g, edges[i]);
          const char *lexical;

          if (!e->is_literal || role_of (terms->time, e->predicate) != preferred[k])
            continue;
          lexical = dg_graph_string (g, dg_graph_literal (g, e->object)->lexical);
          /* ISO dates of one era sort as text. */
          if (!best || strcmp (lexical, best) < 0)
            best = lexical;
        }
      if (best)
        return best;
    }
  return NULL;
}

gboolean
dg_fact_is_from (DgFactTerms *terms, guint node, guint source)
{
  guint n;
  const guint32 *edges = dg_graph_edges_of (terms->graph, node, &n);

  for (guint i = 0; i < n; i++)
    {
      const DgEdge *e = dg_graph_edge (terms->graph, edges[i]);

      if (!e->is_literal && e->object == source
          && role_of (terms->provenance, e->predicate) == DG_PROVENANCE_SOURCE)
        return TRUE;
    }
  return FALSE;
}

void
dg_fact_sources (DgFactTerms *terms, guint node, GArray *sources)
{
  guint n;
  const guint32 *edges = dg_graph_edges_of (terms->graph, node, &n);

  for (guint i = 0; i < n; i++)
    {
      const DgEdge *e = dg_graph_edge (terms->graph, edges[i]);
      int role = e->is_literal ? 0 : role_of (terms->provenance, e->predicate);

      if (role == DG_PROVENANCE_SOURCE || role == DG_PROVENANCE_CITED_SOURCE)
        g_array_append_val (sources, e->object);
    }
}

/* The first literal of @node with provenance @role, or NULL. */
static const DgLiteral *
literal_with_role (DgFactTerms *terms, guint node, int role)
{
  guint n;
  const guint32 *edges = dg_graph_edges_of (terms->graph, node, &n);

  for (guint i = 0; i < n; i++)
    {
      const DgEdge *e = dg_graph_edge (terms->graph, edges[i]);

      if (e->is_literal && role_of (terms->provenance, e->predicate) == role)
        return dg_graph_literal (terms->graph, e->object);
    }
  return NULL;
}

void
dg_fact_foreach_citation (DgFactTerms *terms, guint node, DgCitationFunc func,
                          gpointer user_data)
{
  DgGraph *g = terms->graph;
  guint n;
  const guint32 *edges = dg_graph_edges_of (g, node, &n);

  for (guint i = 0; i < n; i++)
    {
      const DgEdge *e = dg_graph_edge (g, edges[i]);
      const DgLiteral *quote;
      guint source = DG_NO_NODE, m;
      const guint32 *cedges;

      if (e->is_literal || role_of (terms->provenance, e->predicate) != DG_PROVENANCE_CITATION)
        continue;
      quote = literal_with_role (terms, e->object, DG_PROVENANCE_QUOTE);
      if (!quote)
        continue;
      cedges = dg_graph_edges_of (g, e->object, &m);
      for (guint j = 0; j < m && source == DG_NO_NODE; j++)
        {
          const DgEdge *ce = dg_graph_edge (g, cedges[j]);

          if (!ce->is_literal
              && role_of (terms->provenance, ce->predicate) == DG_PROVENANCE_CITED_SOURCE)
            source = ce->object;
        }
      func (quote, source, user_data);
      /* The callback may look at other nodes, which leaves this list valid
       * (the graph does not change). */
    }
}

const char *
dg_fact_source_file (DgFactTerms *terms, guint source)
{
  const DgLiteral *file = literal_with_role (terms, source, DG_PROVENANCE_FILE_NAME);

  return file ? dg_graph_string (terms->graph, file->lexical) : NULL;
}

const char *
dg_fact_source_name (DgFactTerms *terms, guint source)
{
  const char *file = dg_fact_source_file (terms, source);

  return file ? file : dg_text_iri_tail (dg_graph_get_node_iri (terms->graph, source));
}

gboolean
dg_fact_is_citation (DgFactTerms *terms, guint node)
{
  return literal_with_role (terms, node, DG_PROVENANCE_QUOTE) != NULL;
}

/* A day as days are compared (YYYYMMDD), as an ISO date; "the day before
 * the first of a month" (an upgrade's start minus one) is that month's
 * eve. */
static void
day_text (gint64 day, char out[11])
{
  GDate d;
  int y = (int)(day / 10000), m = (int)(day / 100 % 100), dd = (int)(day % 100);

  out[0] = '\0';
  if (day == G_MAXINT64 || day == G_MININT64 || y < 1 || y > 9999 || m < 1 || m > 12)
    return;
  g_date_clear (&d, 1);
  if (dd == 0)
    {
      g_date_set_dmy (&d, 1, (GDateMonth)m, (GDateYear)y);
      g_date_subtract_days (&d, 1);
    }
  else if (g_date_valid_dmy ((GDateDay)dd, (GDateMonth)m, (GDateYear)y))
    g_date_set_dmy (&d, (GDateDay)dd, (GDateMonth)m, (GDateYear)y);
  else
    return;
  g_snprintf (out, 11, "%04u-%02u-%02u", g_date_get_year (&d), g_date_get_month (&d),
              g_date_get_day (&d));
}

gboolean
dg_fact_span (DgFactTerms *terms, const gint64 *successor_end, guint node, char start[11],
         char end[11])
{
  return dg_fact_span_precision (terms, successor_end, node, start, end, NULL);
}

gboolean
dg_fact_span_precision (DgFactTerms *terms, const gint64 *successor_end, guint node,
                        char start[11], char end[11], const char *precision[2])
{
  DgFactTime t;
  const char *end_precision;

  start[0] = end[0] = '\0';
  if (precision)
    precision[0] = precision[1] = NULL;
  if (!dg_fact_time (terms, node, &t))
    return FALSE;
  day_text (t.start, start);
  if (t.ends)
    day_text (t.end, end), end_precision = t.end_precision;
  else if (t.point_end != G_MININT64)
    day_text (t.point_end, end), end_precision = t.point_end_precision;
  else
    day_text (successor_end[node], end), end_precision = "day"; /* an eve, to the day */
  if (precision)
    {
      precision[0] = start[0] ? t.start_precision : NULL;
      precision[1] = end[0] ? end_precision : NULL;
    }
  return TRUE;
}

typedef struct
{
  DgFactTerms *terms;
  GString *out;
} CitationLines;

static void
add_citation_line (const DgLiteral *quote, guint source, gpointer data)
{
  CitationLines *cl = data;
  DgGraph *g = cl->terms->graph;

  g_string_append_c (cl->out, '\n');
  if (source != DG_NO_NODE)
    g_string_append_printf (cl->out, "[%s] ", dg_fact_source_name (cl->terms, source));
  g_string_append_printf (cl->out, "\"%s\"", dg_graph_string (g, quote->lexical));
}

void
dg_fact_append_citations (DgFactTerms *terms, guint node, GString *out)
{
  CitationLines cl = { terms, out };

  dg_fact_foreach_citation (terms, node, add_citation_line, &cl);
}
