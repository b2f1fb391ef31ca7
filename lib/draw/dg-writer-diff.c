/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-diagram-private.h"
#include "dg-error.h"
#include "dg-fact-private.h"
#include "dg-ontology-private.h"
#include "dg-output.h"
#include "dg-output-private.h"
#include "dg-text-private.h"
#include "dg-writer-diff.h"
#include "dg-writer-dot-private.h"
#include "dg-rdf-out-private.h"
#include "dg-writer-rdf.h"
#include "dg-xsd-private.h"

/**
 * DgDiffWriter:
 *
 * What changed in a view of a graph between two dates, read with the rule
 * of time windows (see dg_selection_set_time_window()): facts that began
 * (a partnership, a post taken, an agreement signed), those upgraded (a
 * fact that succeeds one that ended the day before), those that ended,
 * and events dated between the two.  Each is written with its quotes as
 * text, as an RDF Patch (`D` lines for what ended, `A` lines for what
 * began, turning the graph in force before the first date into the one in
 * force after the second), or as the view's diagram with each change in
 * its kind's colour.
 *
 * The kinds, their names and their colours are the ontology's
 * (`dg:ChangeKind`); what is compared is a #DgView, drawn (when a diagram
 * is asked for) by a #DgDotWriter of it.  The view's time window should be
 * the same two dates, so that it holds what was in force at either.
 */

typedef enum
{
  FORMAT_TEXT,
  FORMAT_PATCH,
  FORMAT_DOT,
  FORMAT_RENDER,
} Format;

struct _DgDiffWriter
{
  GObject parent_instance;
  DgView *view;
  DgDotWriter *drawing; /* nullable: a plain one of the view */
  gint64 from, to;      /* first and last day */
  char *from_text, *to_text;
  Format format;
  char *render_format; /* svg, png, pdf */
};

G_DEFINE_FINAL_TYPE (DgDiffWriter, dg_diff_writer, G_TYPE_OBJECT)

static void
dg_diff_writer_finalize (GObject *object)
{
  DgDiffWriter *self = DG_DIFF_WRITER (object);

  g_clear_object (&self->view);
  g_clear_object (&self->drawing);
  g_free (self->from_text);
  g_free (self->to_text);
  g_free (self->render_format);
  G_OBJECT_CLASS (dg_diff_writer_parent_class)->finalize (object);
}

static void
dg_diff_writer_class_init (DgDiffWriterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dg_diff_writer_finalize;
}

static void
dg_diff_writer_init (DgDiffWriter *self)
{
  self->from = G_MININT64;
  self->to = G_MAXINT64;
}

/**
 * dg_diff_writer_new:
 * @view: the view whose changes to write: its graph, selection, languages
 *   and diagram options
 *
 * Returns: (transfer full): a new #DgDiffWriter writing text
 */
DgDiffWriter *
dg_diff_writer_new (DgView *view)
{
  DgDiffWriter *self;

  g_return_val_if_fail (DG_IS_VIEW (view), NULL);
  self = g_object_new (DG_TYPE_DIFF_WRITER, NULL);
  self->view = g_object_ref (view);
  return self;
}

/**
 * dg_diff_writer_set_drawing:
 * @self: a #DgDiffWriter
 * @drawing: (nullable): a #DgDotWriter of the same view, whose layout,
 *   font and resolution draw the changes; %NULL for the defaults
 */
void
dg_diff_writer_set_drawing (DgDiffWriter *self, DgDotWriter *drawing)
{
  g_return_if_fail (DG_IS_DIFF_WRITER (self));
  g_return_if_fail (!drawing || dg_dot_writer_get_view (drawing) == self->view);
  g_set_object (&self->drawing, drawing);
}

/**
 * dg_diff_writer_set_dates:
 * @self: a #DgDiffWriter
 * @from: the first day compared (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`: its
 *   first day)
 * @to: the last (its last day)
 * @error: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success; %FALSE if a date is not one, or @to is
 *   before @from
 */
gboolean
dg_diff_writer_set_dates (DgDiffWriter *self, const char *from, const char *to, GError **error)
{
  DgDate f, t;

  g_return_val_if_fail (DG_IS_DIFF_WRITER (self), FALSE);
  g_return_val_if_fail (from && to, FALSE);
  if (!dg_date_parse (from, &f, error) || !dg_date_parse (to, &t, error))
    return FALSE;
  if (dg_date_last_day (&t) < dg_date_first_day (&f))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "%s is before %s", to, from);
      return FALSE;
    }
  self->from = dg_date_first_day (&f);
  self->to = dg_date_last_day (&t);
  g_free (self->from_text);
  g_free (self->to_text);
  self->from_text = g_strdup (from);
  self->to_text = g_strdup (to);
  return TRUE;
}

/**
 * dg_diff_writer_set_format:
 * @self: a #DgDiffWriter
 * @format: `text`, `patch` (RDF Patch), `dot`, or a rendered diagram:
 *   `svg`, `png`, `pdf`
 * @error: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success; %FALSE for a format it does not write
 */
gboolean
dg_diff_writer_set_format (DgDiffWriter *self, const char *format, GError **error)
{
  g_return_val_if_fail (DG_IS_DIFF_WRITER (self), FALSE);
  g_clear_pointer (&self->render_format, g_free);
  if (g_str_equal (format, "text"))
    self->format = FORMAT_TEXT;
  else if (g_str_equal (format, "patch"))
    self->format = FORMAT_PATCH;
  else if (g_str_equal (format, "dot"))
    self->format = FORMAT_DOT;
  else if (dg_dot_writer_can_render (format))
    {
      self->format = FORMAT_RENDER;
      self->render_format = g_strdup (format);
    }
  else
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "unknown format \"%s\" (text, patch, dot, svg, png or pdf)", format);
      return FALSE;
    }
  return TRUE;
}

/* One change: a fact, its kind, the day it happened, and for an upgrade
 * the fact it succeeds. */
typedef struct
{
  guint fact;
  const DgTerm *kind;
  char day[11];
  guint previous; /* DG_NO_NODE unless upgraded */
  guint edge;     /* the diagram edge drawing it, or G_MAXUINT for a node */
  guint order;    /* of the kind, for sorting */
} Change;

typedef struct
{
  DgGraph *g;
  DgFactTerms *terms;
  gint64 *successor_end;
  DgDiagram *d;
  const DgTerm *kinds[4]; /* upgraded, began, ended, happened */
  GArray *changes;        /* Change */
  GHashTable *marks;      /* graph node -> kind, for the diagram */
} Diff;

static const char *const kind_names[] = { "Upgraded", "Began", "Ended", "Happened" };

static gint64
day_of (const char *iso)
{
  DgDate date;

  return *iso && dg_date_parse (iso, &date, NULL) ? dg_date_first_day (&date) : G_MAXINT64;
}

/* The fact @fact succeeds ("succeeds" role), or DG_NO_NODE. */
static guint
predecessor (Diff *df, guint fact)
{
  guint n;
  const guint32 *edges = dg_graph_edges_of (df->g, fact, &n);

  for (guint i = 0; i < n; i++)
    {
      const DgEdge *e = dg_graph_edge (df->g, edges[i]);
      DgTerm *prop = e->is_literal ? NULL : dg_graph_predicate_term (df->g, e->predicate);

      if (prop && prop->fact_time == DG_FACT_TIME_SUCCEEDS)
        return e->object;
    }
  return DG_NO_NODE;
}

static void
add_change (Diff *df, guint fact, guint edge, guint kind, const char *day, guint previous)
{
  Change c = {
    .fact = fact, .kind = df->kinds[kind], .previous = previous, .edge = edge, .order = kind
  };
  const char *written = kind != 2 ? dg_fact_label_date (df->terms, fact) : NULL;

  /* A beginning as written ("2024", not "2024-01-01"); an end may be the
   * eve of an upgrade, which no one wrote. */
  g_strlcpy (c.day, written && strlen (written) <= 10 ? written : day, sizeof c.day);
  g_array_append_val (df->changes, c);
}

/* Classifies @fact, drawn as a node or as diagram edge @edge. */
static void
classify (DgDiffWriter *self, Diff *df, guint fact, guint edge, GHashTable *succeeded)
{
  DgFactTime t;
  char start[11], end[11];
  gint64 s, e;

  if (!dg_fact_time (df->terms, fact, &t) || dg_fact_is_citation (df->terms, fact))
    return;
  dg_fact_span (df->terms, df->successor_end, fact, start, end);
  s = day_of (start);
  e = day_of (end);
  if (t.point)
    {
      if (s >= self->from && s <= self->to)
        add_change (df, fact, edge, 3, start, DG_NO_NODE);
      return;
    }
  if (s >= self->from && s <= self->to)
    {
      guint previous = predecessor (df, fact);

      add_change (df, fact, edge, previous != DG_NO_NODE ? 0 : 1, start, previous);
      if (previous != DG_NO_NODE)
        g_hash_table_add (succeeded, GUINT_TO_POINTER (previous));
    }
  if (e >= self->from && e <= self->to)
    add_change (df, fact, edge, 2, end, DG_NO_NODE);
}

static gint
compare_changes (gconstpointer a, gconstpointer b)
{
  const Change *x = a, *y = b;
  int c = x->order != y->order ? (x->order < y->order ? -1 : 1) : strcmp (x->day, y->day);

  return c ? c : x->fact < y->fact ? -1 : x->fact > y->fact;
}

static void
diff_clear (Diff *df)
{
  g_clear_pointer (&df->changes, g_array_unref);
  g_clear_pointer (&df->marks, g_hash_table_unref);
  g_clear_pointer (&df->d, dg_diagram_free);
  g_clear_pointer (&df->successor_end, g_free);
  g_clear_pointer (&df->terms, dg_fact_terms_free);
}

/* The changes of the view, sorted by kind then day; FALSE with @error if
 * the ontology lacks a kind. */
static gboolean
diff_compute (DgDiffWriter *self, Diff *df, GError **error)
{
  DgOntology *o;
  g_autoptr (GHashTable) succeeded = g_hash_table_new (NULL, NULL);
  GArray *kept;

  if (self->from == G_MININT64)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "a diff needs two dates");
      return FALSE;
    }
  df->g = dg_view_get_graph (self->view);
  o = dg_graph_get_ontology (df->g);
  for (guint k = 0; k < G_N_ELEMENTS (kind_names); k++)
    {
      g_autofree char *iri = g_strconcat (DG_NAMESPACE, kind_names[k], NULL);

      if (!(df->kinds[k] = dg_ontology_term (o, iri)))
        {
          g_set_error (error, DG_ERROR, DG_ERROR_UNKNOWN_TERM, "the ontology has no <%s>", iri);
          return FALSE;
        }
    }
  df->terms = dg_fact_terms_new (df->g);
  df->successor_end = dg_fact_successor_ends (df->terms);
  df->d = dg_view_new_diagram (self->view);
  df->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  df->marks = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < df->d->nodes->len; i++)
    classify (self, df, g_array_index (df->d->nodes, DgDiagramNode, i).node, G_MAXUINT, succeeded);
  for (guint i = 0; i < df->d->edges->len; i++)
    {
      const DgDiagramEdge *de = &g_array_index (df->d->edges, DgDiagramEdge, i);
      if (de->collapsed)
        classify (self, df, de->fact, i, succeeded);
    }
  /* An upgrade says what it ended: the fact it succeeds is not listed
   * again as ended, though the diagram still marks it so. */
  kept = g_array_new (FALSE, FALSE, sizeof (Change));
  for (guint i = 0; i < df->changes->len; i++)
    {
      Change *c = &g_array_index (df->changes, Change, i);

      /* A fact that began and ended in the window is drawn as ended. */
      if (c->order == 2 || !g_hash_table_contains (df->marks, GUINT_TO_POINTER (c->fact)))
        g_hash_table_insert (df->marks, GUINT_TO_POINTER (c->fact), (gpointer)c->kind);
      if (!(c->order == 2 && g_hash_table_contains (succeeded, GUINT_TO_POINTER (c->fact))))
        g_array_append_val (kept, *c);
    }
  g_array_unref (df->changes);
  df->changes = kept;
  g_array_sort (df->changes, compare_changes);
  return TRUE;
}

/**
 * dg_diff_writer_count_changes:
 * @self: a #DgDiffWriter
 *
 * Returns: how many changes the writer writes (an upgrade counts once),
 *   0 when the dates are not set
 */
guint
dg_diff_writer_count_changes (DgDiffWriter *self)
{
  Diff df = { 0 };
  guint n;

  g_return_val_if_fail (DG_IS_DIFF_WRITER (self), 0);
  if (!diff_compute (self, &df, NULL))
    {
      diff_clear (&df);
      return 0;
    }
  n = df.changes->len;
  diff_clear (&df);
  return n;
}

/* What a change is about: "Vietnam – Japan: Comprehensive Strategic
 * Partnership" for a fact drawn as an edge, else the fact's label. */
static char *
describe (Diff *df, const Change *c, const char *const *langs)
{
  const char *label;

  if (c->edge != G_MAXUINT)
    {
      const DgDiagramEdge *de = &g_array_index (df->d->edges, DgDiagramEdge, c->edge);
      const DgDiagramNode *tail = &g_array_index (df->d->nodes, DgDiagramNode, de->tail);
      const DgDiagramNode *head = &g_array_index (df->d->nodes, DgDiagramNode, de->head);
      g_autofree char *was = NULL;

      if (c->previous != DG_NO_NODE)
        for (guint i = 0; i < df->d->edges->len && !was; i++)
          {
            const DgDiagramEdge *pe = &g_array_index (df->d->edges, DgDiagramEdge, i);
            if (pe->collapsed && pe->fact == c->previous)
              was = g_strconcat (pe->label, " \u2192 ", NULL);
          }
      return g_strdup_printf ("%s \u2013 %s: %s%s", tail->label, head->label, was ? was : "",
                              de->label);
    }
  label = dg_graph_get_node_label (df->g, c->fact, langs);
  return g_strdup_printf ("%s (%s)",
                          label ? label : dg_text_iri_tail (dg_graph_get_node_iri (df->g, c->fact)),
                          dg_term_label (dg_graph_node_term (df->g, c->fact), langs));
}

typedef struct
{
  DgFactTerms *terms;
  GString *out;
} QuoteState;

static void
add_quote (const DgLiteral *quote, guint source, gpointer data)
{
  QuoteState *st = data;
  DgGraph *g = dg_fact_terms_get_graph (st->terms);
  g_autofree char *text = g_strdup (dg_graph_string (g, quote->lexical));

  /* One line a quote, under its change. */
  g_strdelimit (text, "\r\n", ' ');
  g_string_append_printf (st->out, "              \"%s\"", text);
  if (source != DG_NO_NODE)
    g_string_append_printf (st->out, " [%s]", dg_fact_source_name (st->terms, source));
  g_string_append_c (st->out, '\n');
}

/* Text for a terminal: a summary line, then each kind with its changes,
 * their days and quotes.  Text from the data is written as it is, but a
 * control character in it would reach the terminal: those are escaped. */
static char *
to_text (DgDiffWriter *self, Diff *df)
{
  const char *const *langs = dg_view_get_languages (self->view);
  GString *out = g_string_new (NULL);
  guint counts[G_N_ELEMENTS (kind_names)] = { 0 };
  const DgTerm *heading = NULL;

  for (guint i = 0; i < df->changes->len; i++)
    counts[g_array_index (df->changes, Change, i).order]++;
  g_string_append_printf (out, "%s \u2013 %s:", self->from_text, self->to_text);
  for (guint k = 0; k < G_N_ELEMENTS (kind_names); k++)
    g_string_append_printf (out, "%s %u %s", k ? "," : "", counts[k],
                            dg_term_label (df->kinds[k], langs));
  g_string_append_c (out, '\n');
  for (guint i = 0; i < df->changes->len; i++)
    {
      const Change *c = &g_array_index (df->changes, Change, i);
      g_autofree char *what = describe (df, c, langs);
      QuoteState st = { df->terms, out };

      if (c->kind != heading)
        {
          heading = c->kind;
          g_string_append_printf (out, "\n%s\n", dg_term_label (c->kind, langs));
        }
      g_string_append_printf (out, "  %-10s  %s\n", c->day, what);
      dg_fact_foreach_citation (df->terms, c->fact, add_quote, &st);
    }
  return dg_text_for_terminal (g_string_free (out, FALSE));
}

/* A fact that began and ended between the dates is in neither state: the
 * patch neither adds nor removes it ('N'). */
static void
note_subject (GHashTable *subjects, guint node, gpointer sign)
{
  gpointer key = GUINT_TO_POINTER (node + 1);
  gpointer was = g_hash_table_lookup (subjects, key);

  g_hash_table_insert (subjects, key, was && was != sign ? GINT_TO_POINTER ('N') : sign);
}

/* The subjects whose statements a change adds or removes: the fact and
 * its citations. */
static void
add_subjects (Diff *df, guint fact, GHashTable *subjects, gpointer sign)
{
  guint n;
  const guint32 *edges = dg_graph_edges_of (df->g, fact, &n);

  note_subject (subjects, fact, sign);
  for (guint i = 0; i < n; i++)
    {
      const DgEdge *e = dg_graph_edge (df->g, edges[i]);
      DgTerm *prop = e->is_literal ? NULL : dg_graph_predicate_term (df->g, e->predicate);

      if (prop && prop->provenance == DG_PROVENANCE_CITATION)
        note_subject (subjects, e->object, sign);
    }
}

/* A statement of @node (its class when @e is NULL) in the patch: removed,
 * added, or not there. */
static void
patch_line (DgRdfOut *nt, GString *removed, GString *added, gpointer sign, guint node,
            const DgEdge *e)
{
  if (GPOINTER_TO_INT (sign) != 'D' && GPOINTER_TO_INT (sign) != 'A')
    return;
  nt->sink.buf = GPOINTER_TO_INT (sign) == 'D' ? removed : added;
  g_string_append (nt->sink.buf, GPOINTER_TO_INT (sign) == 'D' ? "D " : "A ");
  dg_rdf_out_line (nt, node, e);
}

/* An RDF Patch (https://afs.github.io/rdf-patch/): one transaction that
 * deletes the statements of what ended and adds those of what began,
 * upgraded or happened, each an N-Triples line as the graph's own writer
 * writes it, in the graph's order. */
static void
to_patch (Diff *df, GString *out)
{
  g_autoptr (GHashTable) subjects = g_hash_table_new (NULL, NULL);
  g_autoptr (GString) adds = g_string_new (NULL);
  DgRdfOut nt = { .graph = df->g, .format = DG_RDF_FORMAT_NTRIPLES };
  guint n_nodes = dg_graph_get_n_nodes (df->g);

  for (guint i = 0; i < df->changes->len; i++)
    {
      const Change *c = &g_array_index (df->changes, Change, i);

      add_subjects (df, c->fact, subjects, GINT_TO_POINTER (c->order == 2 ? 'D' : 'A'));
      if (c->previous != DG_NO_NODE)
        add_subjects (df, c->previous, subjects, GINT_TO_POINTER ('D'));
    }
  g_string_append (out, "TX .\n");
  for (guint node = 0; node < n_nodes; node++)
    {
      guint n;
      const guint32 *edges = dg_graph_edges_of (df->g, node, &n);
      gpointer own = g_hash_table_lookup (subjects, GUINT_TO_POINTER (node + 1));

      if (dg_graph_get_node_class (df->g, node) && dg_graph_node_class_asserted (df->g, node))
        patch_line (&nt, out, adds, own, node, NULL);
      for (guint i = 0; i < n; i++)
        {
          const DgEdge *e = dg_graph_edge (df->g, edges[i]);
          /* A link to a fact that changed (a person "holds" a post)
           * changes with it. */
          gpointer sign = own ? own
                          : e->is_literal
                              ? NULL
                              : g_hash_table_lookup (subjects, GUINT_TO_POINTER (e->object + 1));

          patch_line (&nt, out, adds, sign, node, e);
        }
    }
  g_string_append (out, adds->str);
  g_string_append (out, "TC .\n");
}

static gboolean
write_cb (gpointer writer, GOutputStream *stream, GError **error)
{
  return dg_diff_writer_write (writer, stream, error);
}

/**
 * dg_diff_writer_write:
 * @self: a #DgDiffWriter
 * @stream: where to write
 * @error: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success
 */
gboolean
dg_diff_writer_write (DgDiffWriter *self, GOutputStream *stream, GError **error)
{
  Diff df = { 0 };
  gboolean ok;

  g_return_val_if_fail (DG_IS_DIFF_WRITER (self), FALSE);
  if (!diff_compute (self, &df, error))
    {
      diff_clear (&df);
      return FALSE;
    }
  if (self->format == FORMAT_DOT || self->format == FORMAT_RENDER)
    {
      g_autoptr (DgDotWriter) plain = self->drawing ? NULL : dg_dot_writer_new (self->view);
      DgDotWriter *drawing = self->drawing ? self->drawing : plain;
      g_autoptr (DgDiagram) marked = NULL;
      DgDiagramInputs in;

      dg_view_get_inputs (self->view, &in);
      in.marks = df.marks;
      marked = dg_diagram_new (&in);
      ok = self->format == FORMAT_DOT
               ? dg_dot_writer_write_diagram (drawing, marked, stream, error)
               : dg_dot_writer_render_diagram (drawing, marked, self->render_format, stream, error);
    }
  else
    {
      g_autoptr (GString) out = g_string_new (NULL);

      if (self->format == FORMAT_TEXT)
        {
          g_autofree char *text = to_text (self, &df);
          g_string_append (out, text);
        }
      else
        to_patch (&df, out);
      ok = g_output_stream_write_all (stream, out->str, out->len, NULL, NULL, error)
           && g_output_stream_flush (stream, NULL, error);
    }
  diff_clear (&df);
  return ok;
}

/**
 * dg_diff_writer_write_file:
 * @self: a #DgDiffWriter
 * @path: the file to write, replaced only when complete
 * @error: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success
 */
gboolean
dg_diff_writer_write_file (DgDiffWriter *self, const char *path, GError **error)
{
  g_return_val_if_fail (DG_IS_DIFF_WRITER (self), FALSE);
  return dg_output_write_file (path, write_cb, self, error);
}
