/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-error.h"
#include "dg-graph-private.h"
#include "dg-text.h"
#include "dg-rdf-parse-private.h"
#include "dg-reader-private.h"
#include "dg-xsd-private.h"

/*
 * RDF input (Turtle, N-Triples, N-Quads, TriG, RDF/XML) into a #DgGraph,
 * through the same #DgReader as `.dg` files so that the two merge: a `.dg`
 * file may link to a node an RDF file defines, and both are validated
 * together.  Nothing is dropped: a second class becomes an rdf:type
 * statement, an ill-typed value is kept as written, a blank node gets a
 * label of the graph's own, and the named graph of each quad is kept with
 * the statement.  What the ontology does not know is a warning.
 */

typedef struct
{
  DgReader *reader;
  DgGraph *graph;
  guint file;
  gboolean dataset;   /* the syntax has named graphs */
  guint32 default_id; /* the interned "" that names the default graph */
  GHashTable *blanks; /* the parser's label -> node + 1 */
  GHashTable *graphs; /* graph name ids already reported */
  DgPos first_blank;
  guint n_blank;
  /* The last subject: N-Triples and most Turtle give a subject's
   * statements together, and a look-up by IRI is the cost of each. */
  GString *last_subject;
  guint last_node;
} Import;

static DgPos
pos_of (Import *im, const DgRdfTriple *t)
{
  /* raptor2 gives no line for RDF/XML: then the diagnostic names the start
   * of the file. */
  DgPos pos
      = { im->file, t->line > 0 ? (guint32)t->line : 1, t->column > 0 ? (guint32)t->column : 1 };
  return pos;
}

static gboolean
node_of (Import *im, const char *term, DgRdfTermType type, const DgPos *pos, guint *node,
         GError **error)
{
  gpointer found;

  if (type != DG_RDF_TERM_BLANK)
    return dg_graph_add_node (im->graph, term, NULL, node, error);
  found = g_hash_table_lookup (im->blanks, term);
  if (found)
    {
      *node = GPOINTER_TO_UINT (found) - 1;
      return TRUE;
    }
  if (!dg_graph_add_blank_node (im->graph, node, error))
    return FALSE;
  g_hash_table_insert (im->blanks, g_strdup (term), GUINT_TO_POINTER (*node + 1));
  if (im->n_blank++ == 0)
    im->first_blank = *pos;
  return TRUE;
}

/* The graph id of a quad's graph name (see DgEdge.graph). */
static gboolean
graph_of (Import *im, const DgRdfTriple *t, const DgPos *pos, guint32 *graph, GError **error)
{
  guint node;

  if (!t->graph)
    {
      *graph = im->dataset ? im->default_id : 0;
      return TRUE;
    }
  if (t->graph_type == DG_RDF_TERM_BLANK)
    {
      if (!node_of (im, t->graph, DG_RDF_TERM_BLANK, pos, &node, error))
        return FALSE;
      *graph = dg_graph_node_name_id (im->graph, node);
    }
  else
    {
      if (!dg_iri_validate (t->graph, error))
        return FALSE;
      *graph = dg_graph_intern (im->graph, t->graph);
    }
  if (*graph > DG_MAX_GRAPH_ID)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_LIMIT, "too many names in the graph");
      return FALSE;
    }
  if (!g_hash_table_contains (im->graphs, GUINT_TO_POINTER (*graph)))
    {
      g_hash_table_add (im->graphs, GUINT_TO_POINTER (*graph));
      dg_reader_report (im->reader, DG_SEVERITY_WARNING, pos,
                        "named graph %s%s%s: kept, and written back in it as TriG or N-Quads",
                        t->graph_type == DG_RDF_TERM_BLANK ? "" : "<",
                        dg_graph_string (im->graph, *graph),
                        t->graph_type == DG_RDF_TERM_BLANK ? "" : ">");
    }
  return TRUE;
}

static gboolean
add_triple (Import *im, const DgRdfTriple *t, const DgPos *pos, guint *subject, GError **error)
{
  guint32 graph;
  guint object;

  if (!graph_of (im, t, pos, &graph, error))
    return FALSE;
  if (t->subject_type == DG_RDF_TERM_IRI && im->last_subject->len > 0
      && strcmp (im->last_subject->str, t->subject) == 0)
    *subject = im->last_node;
  else if (!node_of (im, t->subject, t->subject_type, pos, subject, error))
    return FALSE;
  else if (t->subject_type == DG_RDF_TERM_IRI)
    {
      g_string_assign (im->last_subject, t->subject);
      im->last_node = *subject;
    }
  dg_graph_set_current_graph (im->graph, graph);
  if (t->object_type == DG_RDF_TERM_LITERAL)
    {
      gboolean ill_typed
          = t->datatype && !t->language && !dg_xsd_validate (t->object, t->datatype, NULL);

      if (!dg_graph_add_literal_full (im->graph, *subject, t->predicate, t->object, t->datatype,
                                      t->language, TRUE, error))
        return FALSE;
      if (ill_typed)
        dg_reader_report (im->reader, DG_SEVERITY_WARNING, pos,
                          "\"%s\" is not a valid <%s>: kept as written", t->object, t->datatype);
      return TRUE;
    }
  /* A class is not a node unless it has to be (see dg_graph_add_type()). */
  if (t->object_type == DG_RDF_TERM_IRI && g_str_equal (t->predicate, DG_RDF "type"))
    return dg_graph_add_type (im->graph, *subject, t->object, error);
  return node_of (im, t->object, t->object_type, pos, &object, error)
         && dg_graph_add_relation (im->graph, *subject, t->predicate, object, error);
}

static void
on_triple (const DgRdfTriple *t, gpointer data)
{
  Import *im = data;
  DgPos pos = pos_of (im, t);
  g_autoptr (GError) error = NULL;
  guint subject;

  if (!add_triple (im, t, &pos, &subject, &error))
    dg_reader_report (im->reader, DG_SEVERITY_ERROR, &pos, "%s", error->message);
  else
    dg_reader_define (im->reader, subject, &pos);
  dg_graph_set_current_graph (im->graph, 0);
  dg_reader_note_statements (im->reader, &pos);
}

/* dg_rdf_parse() puts "name:line:col: " before the message when it knows
 * the place; a diagnostic wants the parts. */
static void
report_parse_error (Import *im, const char *name, const char *message)
{
  DgPos pos = { im->file, 0, 0 };
  gsize n = strlen (name);

  if (strncmp (message, name, n) == 0 && message[n] == ':')
    {
      char *end;
      guint64 line = g_ascii_strtoull (message + n + 1, &end, 10), column = 0;

      if (end != message + n + 1 && *end == ':')
        {
          message = end + 1;
          column = g_ascii_strtoull (message, &end, 10);
          if (end != message && *end == ':')
            message = end + 1;
          else
            column = 0;
          pos.line = (guint32)MIN (line, G_MAXUINT32);
          pos.column = (guint32)MIN (column, G_MAXUINT32);
        }
      else
        message += n + 1;
      while (*message == ' ')
        message++;
    }
  /* With no line, the diagnostic still names the file. */
  dg_reader_report (im->reader, DG_SEVERITY_ERROR, &pos, "%s", message);
}

void
dg_reader_read_rdf (DgReader *self, const DgSyntax *syntax, GInputStream *in, const char *name)
{
  static const DgRdfSink sink = { on_triple, NULL };
  Import im = { 0 };
  g_autoptr (GError) local_error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *prefix = NULL;
  DgGraph *graph = dg_reader_get_graph (self);

  im.reader = self;
  im.graph = graph;
  im.file = dg_reader_add_file (self, name, TRUE);
  im.dataset = syntax->dataset;
  im.default_id = dg_graph_intern (graph, "");
  im.blanks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  im.graphs = g_hash_table_new (NULL, NULL);
  im.last_subject = g_string_new (NULL);
  if (dg_reader_get_base_iri (self))
    base = g_strdup (dg_reader_get_base_iri (self));
  else if (g_str_equal (name, "<stdin>"))
    base = g_strdup (DG_READER_DEFAULT_BASE);
  else
    {
      g_autofree char *canonical = g_canonicalize_filename (name, NULL);
      base = g_filename_to_uri (canonical, NULL, NULL);
    }
  /* Blank node labels are per file: the same label in two files names two
   * nodes. */
  prefix = g_strdup_printf ("f%u:", im.file);
  if (!dg_rdf_parse_stream (in, syntax->name, base ? base : DG_READER_DEFAULT_BASE, name, prefix, &sink,
                            &im, &local_error))
    report_parse_error (&im, name, local_error->message);
  if (im.n_blank > 0)
    dg_reader_report (self, DG_SEVERITY_WARNING, &im.first_blank,
                      "%u blank node%s: kept, under labels of diplograph's own", im.n_blank,
                      im.n_blank == 1 ? "" : "s");
  g_hash_table_unref (im.blanks);
  g_hash_table_unref (im.graphs);
  g_string_free (im.last_subject, TRUE);
}
