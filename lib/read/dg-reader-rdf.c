/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-error.h"
#include "dg-input-private.h"
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
 *
 * A reading (DgRdfImport) is of one file, or of a range of its lines read
 * apart and appended after the ranges before it (dg-reader-lines.c):
 * blank node labels and named graphs are the file's, not the range's.
 */

/* One reading of a file, or of a range of its lines apart: @like, in
 * import_new(), is the reading of the file's start (it then notes what it
 * would warn of, for import_append()). */
typedef struct _DgRdfImport DgRdfImport;
struct _DgRdfImport
{
  DgReader *reader;
  DgGraph *graph;
  const DgSyntax *syntax;
  char *name;
  char *base;
  char *blank_prefix; /* the file's: parts of one file share their labels */
  guint file;
  guint line_offset;  /* lines of the file before what is being read */
  gboolean dataset;   /* the syntax has named graphs */
  gboolean apart;     /* a part read apart: what it would warn of, noted */
  guint32 default_id; /* the interned "" that names the default graph */
  GHashTable *blanks; /* the parser's label -> node + 1 */
  GHashTable *blank_labels; /* apart: node + 1 -> the parser's label (borrowed from blanks) */
  GHashTable *graphs; /* graph name ids already reported */
  GArray *new_graphs; /* NewGraph: apart, the graph names met, unreported */
  gboolean blank_graph; /* apart: a graph named by a blank node */
  DgPos first_blank;
  guint n_blank;
  /* The last subject: N-Triples and most Turtle give a subject's
   * statements together, and a look-up by IRI is the cost of each. */
  GString *last_subject;
  guint last_node;
};

typedef struct
{
  guint32 graph;
  DgPos pos;
} NewGraph;

static DgPos
pos_of (DgRdfImport *im, const DgRdfTriple *t)
{
  /* raptor2 gives no line for RDF/XML: then the diagnostic names the start
   * of the file. */
  DgPos pos = { im->file, (t->line > 0 ? (guint32)t->line : 1) + im->line_offset,
                t->column > 0 ? (guint32)t->column : 1 };
  return pos;
}

static gboolean
node_of (DgRdfImport *im, const char *term, DgRdfTermType type, const DgPos *pos, guint *node,
         GError **error)
{
  gpointer found;
  char *key;

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
  key = g_strdup (term);
  g_hash_table_insert (im->blanks, key, GUINT_TO_POINTER (*node + 1));
  if (im->blank_labels)
    g_hash_table_insert (im->blank_labels, GUINT_TO_POINTER (*node + 1), key);
  if (im->n_blank++ == 0)
    im->first_blank = *pos;
  return TRUE;
}

static void
warn_of_graph (DgRdfImport *im, guint32 graph, const DgPos *pos)
{
  const char *name = dg_graph_string (im->graph, graph);
  gboolean blank = name[0] == '_' && name[1] == ':';

  dg_reader_report (im->reader, DG_SEVERITY_WARNING, pos,
                    "named graph %s%s%s: kept, and written back in it as TriG or N-Quads",
                    blank ? "" : "<", name, blank ? "" : ">");
}

/* The graph id of a quad's graph name (see dg_graph_edge_graph()). */
static gboolean
graph_of (DgRdfImport *im, const DgRdfTriple *t, const DgPos *pos, guint32 *graph, GError **error)
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
      if (!im->apart)
        warn_of_graph (im, *graph, pos);
      else
        {
          /* Warned of when appended, unless a part before named it. */
          NewGraph g = { *graph, *pos };

          g_array_append_val (im->new_graphs, g);
          im->blank_graph |= t->graph_type == DG_RDF_TERM_BLANK;
        }
    }
  return TRUE;
}

static gboolean
add_triple (DgRdfImport *im, const DgRdfTriple *t, const DgPos *pos, guint *subject, GError **error)
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
  DgRdfImport *im = data;
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
report_parse_error (DgRdfImport *im, const char *message)
{
  const char *name = im->name;
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
          pos.line = (guint32)MIN (line + im->line_offset, G_MAXUINT32);
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

static DgRdfImport *
import_new (DgReader *reader, const DgSyntax *syntax, const char *name, DgRdfImport *like)
{
  DgRdfImport *im = g_new0 (DgRdfImport, 1);

  im->reader = g_object_ref (reader);
  im->graph = dg_reader_get_graph (reader);
  im->syntax = syntax;
  im->name = g_strdup (name);
  im->file = dg_reader_add_file (reader, name, TRUE);
  im->dataset = syntax->dataset;
  im->default_id = dg_graph_intern (im->graph, "");
  im->blanks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  im->graphs = g_hash_table_new (NULL, NULL);
  im->last_subject = g_string_new (NULL);
  if (like)
    {
      im->apart = TRUE;
      im->blank_labels = g_hash_table_new (NULL, NULL);
      im->new_graphs = g_array_new (FALSE, FALSE, sizeof (NewGraph));
      im->base = g_strdup (like->base);
      im->blank_prefix = g_strdup (like->blank_prefix);
      return im;
    }
  if (dg_reader_get_base_iri (reader))
    im->base = g_strdup (dg_reader_get_base_iri (reader));
  else if (g_str_equal (name, "<stdin>"))
    im->base = g_strdup (DG_READER_DEFAULT_BASE);
  else
    {
      g_autofree char *canonical = g_canonicalize_filename (name, NULL);
      im->base = g_filename_to_uri (canonical, NULL, NULL);
    }
  /* Blank node labels are per file: the same label in two files names two
   * nodes. */
  im->blank_prefix = g_strdup_printf ("f%u:", im->file);
  return im;
}

/* Reads @in, whose first line is line @first_line of the file; FALSE
 * after a syntax error (reported), where a reading in order stops. */
static gboolean
import_read (gpointer reading, GInputStream *in, guint first_line, gboolean at_start)
{
  static const DgRdfSink sink = { on_triple, NULL };
  DgRdfImport *im = reading;
  g_autoptr (GError) error = NULL;

  (void)at_start; /* nothing starts the file but its first line */
  im->line_offset = first_line - 1;
  if (dg_rdf_parse_stream (in, im->syntax->name, im->base ? im->base : DG_READER_DEFAULT_BASE,
                           im->name, im->blank_prefix, &sink, im, &error))
    return TRUE;
  report_parse_error (im, error->message);
  return FALSE;
}

/* A blank node of the part, @im's by its label (see DgGraphBlanks). */
typedef struct
{
  DgRdfImport *im, *part;
} Appending;

static guint
blank_of (DgGraph *graph, guint part_node, gboolean make, gpointer data)
{
  Appending *a = data;
  const char *label = g_hash_table_lookup (a->part->blank_labels, GUINT_TO_POINTER (part_node + 1));
  guint node = GPOINTER_TO_UINT (g_hash_table_lookup (a->im->blanks, label));

  if (node || !make)
    return node ? node - 1 : DG_NO_NODE;
  /* Cannot fail: the merge made sure the graph has room. */
  dg_graph_add_blank_node (graph, &node, NULL);
  g_hash_table_insert (a->im->blanks, g_strdup (label), GUINT_TO_POINTER (node + 1));
  a->im->n_blank++;
  return node;
}

/* Appends what @apart read after what @reading read, as if it had read
 * it (see dg_reader_append()): blank nodes by their labels, named graphs
 * warned of where first named; FALSE, with nothing appended, when it is
 * to be read again. */
static gboolean
import_append (gpointer reading, gpointer apart, guint first_line)
{
  DgRdfImport *im = reading, *part = apart;
  Appending a = { im, part };
  guint n_blank = im->n_blank;

  if (part->blank_graph
      || !dg_reader_append (im->reader, part->reader, im->file, first_line - 1, blank_of, &a))
    return FALSE;
  if (n_blank == 0 && im->n_blank > 0)
    {
      im->first_blank = part->first_blank;
      im->first_blank.file = im->file;
      im->first_blank.line += first_line - 1;
    }
  /* The graphs it named first, warned of where a reading in order would. */
  for (guint i = 0; i < part->new_graphs->len; i++)
    {
      const NewGraph *g = &g_array_index (part->new_graphs, NewGraph, i);
      guint32 graph = dg_graph_intern (im->graph, dg_graph_string (part->graph, g->graph));
      DgPos pos = g->pos;

      pos.file = im->file;
      pos.line += first_line - 1;
      if (!g_hash_table_contains (im->graphs, GUINT_TO_POINTER (graph)))
        {
          g_hash_table_add (im->graphs, GUINT_TO_POINTER (graph));
          warn_of_graph (im, graph, &pos);
        }
    }
  return TRUE;
}

/* Ends the reading: the file's warning about its blank nodes. */
static void
import_free (gpointer reading)
{
  DgRdfImport *im = reading;

  if (!im->apart && im->n_blank > 0)
    dg_reader_report (im->reader, DG_SEVERITY_WARNING, &im->first_blank,
                      "%u blank node%s: kept, under labels of diplograph's own", im->n_blank,
                      im->n_blank == 1 ? "" : "s");
  g_object_unref (im->reader);
  g_free (im->name);
  g_free (im->base);
  g_free (im->blank_prefix);
  if (im->blank_labels)
    g_hash_table_unref (im->blank_labels);
  g_hash_table_unref (im->blanks);
  g_hash_table_unref (im->graphs);
  if (im->new_graphs)
    g_array_unref (im->new_graphs);
  g_string_free (im->last_subject, TRUE);
  g_free (im);
}

/* --- A file of lines read in parts (dg-reader-lines.c) ------------------- */

/* Smaller parts are not worth a thread: starting it and appending what it
 * read would cost more than reading them. */
#define MIN_PART (256 * 1024)

static gpointer
import_apart_new (gpointer reading)
{
  DgRdfImport *im = reading;
  g_autoptr (DgGraph) graph = dg_graph_new (im->reader->ontology);
  g_autoptr (DgReader) reader = dg_reader_new_like (im->reader, graph);

  return import_new (reader, im->syntax, im->name, im);
}

gboolean
dg_reader_read_rdf_parts (DgReader *self, const DgSyntax *syntax, DgSlices *slices,
                          const char *name)
{
  static const DgLineParts how = { import_apart_new, import_read, import_append, import_free };
  DgRdfImport *im;

  /* Turtle and TriG carry prefixes and subjects from line to line. */
  if (syntax->kind != DG_SYNTAX_STREAM || syntax->keeps_state
      || dg_reader_count_parts (self, slices, MIN_PART) < 2)
    return FALSE;
  im = import_new (self, syntax, name, NULL);
  dg_reader_read_lines_in_parts (self, slices, MIN_PART, &how, im, name);
  import_free (im);
  return TRUE;
}

void
dg_reader_read_rdf (DgReader *self, const DgSyntax *syntax, GInputStream *in, const char *name)
{
  DgRdfImport *im = import_new (self, syntax, name, NULL);

  import_read (im, in, 1, TRUE);
  import_free (im);
}
