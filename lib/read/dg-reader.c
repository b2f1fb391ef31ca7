/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "dg-diagnostic.h"
#include "dg-error.h"
#include "dg-graph-private.h"
#include "dg-input-private.h"
#include "dg-ontology-private.h"
#include "dg-reader.h"
#include "dg-reader-private.h"
#include "dg-text-private.h"
#include "dg-text.h"
#include "dg-validate.h"
#include "dg-xsd-private.h"

/**
 * DgReader:
 *
 * Reads the `.dg` authoring format, tables (`.tsv`) and RDF (Turtle,
 * N-Triples, N-Quads, TriG, RDF/XML; see dg_reader_format_for_name()) into a
 * #DgGraph.
 *
 * Several files may be read into one graph; ids may be used before they are
 * defined, in the same file or another.  Problems do not stop the reader:
 * each is recorded as a #DgDiagnostic with its `file:line:col`, and
 * dg_reader_finish() resolves references, validates the graph against the
 * ontology and fails if any error was found.  The format is described in
 * `doc/format.md`.
 */

/*
 * The reader object: its diagnostics, the files it has read (by device and
 * inode), the statements that wait for the end (forward references,
 * citations), dispatch by input format to the reader of each syntax
 * (dg-reader-dg.c, dg-reader-tsv.c, dg-reader-rdf.c), and finishing:
 * references resolved, citations added, the graph validated.
 */

#define MAX_DIAGNOSTICS 1000

G_DEFINE_FINAL_TYPE (DgReader, dg_reader, G_TYPE_OBJECT)

static void
dg_reader_finalize (GObject *object)
{
  DgReader *self = DG_READER (object);

  dg_reader_drop_apart (self);
  g_queue_free (self->apart);
  g_clear_object (&self->graph);
  g_clear_object (&self->mapping);
  g_clear_pointer (&self->refused_rows, g_hash_table_destroy);
  g_clear_pointer (&self->mapped_files, g_array_unref);
  g_ptr_array_unref (self->diagnostics);
  g_string_chunk_free (self->strings);
  g_ptr_array_unref (self->files);
  g_array_unref (self->rdf_files);
  g_hash_table_unref (self->read_files);
  g_ptr_array_unref (self->include_stack);
  g_ptr_array_unref (self->include_names);
  g_array_unref (self->defined);
  if (self->progress_notify)
    self->progress_notify (self->progress_data);
  g_hash_table_unref (self->inline_counts);
  g_hash_table_unref (self->source_languages);
  g_hash_table_unref (self->article_texts);
  g_array_unref (self->quotes);
  g_array_unref (self->pending);
  g_array_unref (self->edge_pos);
  g_free (self->input_format);
  g_free (self->base_iri);
  G_OBJECT_CLASS (dg_reader_parent_class)->finalize (object);
}

static void
dg_reader_class_init (DgReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dg_reader_finalize;
}

static void
dg_reader_init (DgReader *self)
{
  self->diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)dg_diagnostic_free);
  self->strings = g_string_chunk_new (16 * 1024);
  self->files = g_ptr_array_new ();
  self->rdf_files = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->read_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->include_stack = g_ptr_array_new_with_free_func (g_free);
  self->include_names = g_ptr_array_new_with_free_func (g_free);
  self->defined = g_array_new (FALSE, TRUE, sizeof (DgPos));
  self->inline_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->source_languages = g_hash_table_new (NULL, NULL);
  self->article_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->quotes = g_array_new (FALSE, FALSE, sizeof (DgPending));
  self->pending = g_array_new (FALSE, FALSE, sizeof (DgPending));
  self->edge_pos = g_array_new (FALSE, FALSE, sizeof (DgPos));
  self->n_threads = 1;
  self->apart = g_queue_new ();
}

/**
 * dg_reader_new:
 * @graph: the graph to read into
 *
 * Returns: (transfer full): a new #DgReader
 */
DgReader *
dg_reader_new (DgGraph *graph)
{
  DgReader *self;

  g_return_val_if_fail (DG_IS_GRAPH (graph), NULL);
  self = g_object_new (DG_TYPE_READER, NULL);
  self->graph = g_object_ref (graph);
  self->ontology = dg_graph_get_ontology (graph);
  self->edge_base = dg_graph_get_n_statements (graph);
  return self;
}

const char *
dg_reader_keep (DgReader *self, const char *s)
{
  return s ? g_string_chunk_insert_const (self->strings, s) : NULL;
}

/* Each severity's list stops at MAX_DIAGNOSTICS, with a last entry of the
 * same severity saying so: a flood of warnings neither hides an error nor,
 * with the warnings silenced, reads as one. */
static void
diagnose (DgReader *self, DgSeverity severity, const DgPos *pos, const char *message)
{
  const char *file = pos ? g_ptr_array_index (self->files, pos->file) : NULL;
  guint n = severity == DG_SEVERITY_ERROR ? ++self->n_errors : ++self->n_warnings;

  if (severity == DG_SEVERITY_ERROR && pos && self->refused_rows)
    dg_reader_refuse_row (self, pos);
  if (n > MAX_DIAGNOSTICS + 1)
    return;
  if (n == MAX_DIAGNOSTICS + 1)
    message = severity == DG_SEVERITY_ERROR ? "too many errors; stopping the list"
                                            : "too many warnings; stopping the list";
  g_ptr_array_add (self->diagnostics, dg_diagnostic_new (file, pos ? pos->line : 0,
                                                         pos ? pos->column : 0, severity, message));
}


/* A row of a table read through a mapping has an error: counted refused
 * once, whether the error was found as it was read or at the end (a
 * relation's domain or range). */
void
dg_reader_refuse_row (DgReader *self, const DgPos *pos)
{
  guint64 key = ((guint64)pos->file << 32) | pos->line;

  if (!self->refused_rows || pos->file >= self->mapped_files->len
      || !g_array_index (self->mapped_files, gboolean, pos->file)
      || g_hash_table_contains (self->refused_rows, &key))
    return;
  g_hash_table_add (self->refused_rows, g_memdup2 (&key, sizeof key));
  /* Counted mapped already: found at the end. */
  if (self->counting_row != key)
    {
      self->rows_mapped--;
      self->rows_refused++;
    }
}

gboolean
dg_reader_row_refused (DgReader *self, guint file, guint line)
{
  guint64 key = ((guint64)file << 32) | line;
  return self->refused_rows && g_hash_table_contains (self->refused_rows, &key);
}

guint
dg_reader_add_file (DgReader *self, const char *name, gboolean rdf)
{
  g_ptr_array_add (self->files, (gpointer)dg_reader_keep (self, name));
  g_array_append_val (self->rdf_files, rdf);
  return self->files->len - 1;
}

void
dg_reader_report (DgReader *self, DgSeverity severity, const DgPos *pos, const char *format, ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  diagnose (self, severity, pos, message);
}

static void note_positions (DgReader *self, const DgPos *pos);

void
dg_reader_note_statements (DgReader *self, const DgPos *pos)
{
  note_positions (self, pos);
}

void
dg_reader_define (DgReader *self, guint node, const DgPos *pos)
{
  if (node >= self->defined->len)
    g_array_set_size (self->defined, node + 1);
  if (g_array_index (self->defined, DgPos, node).line == 0)
    g_array_index (self->defined, DgPos, node) = *pos;
}

const char *
dg_reader_get_base_iri (DgReader *self)
{
  return self->base_iri;
}

DgGraph *
dg_reader_get_graph (DgReader *self)
{
  return self->graph;
}

static void apply (DgReader *self, const DgPending *p);
static void link_to (DgReader *self, const DgPending *p, guint object);

/* A statement that needs nothing read later goes into the graph at once:
 * values, and links to a node named by an IRI or already defined.  Only
 * forward references, citations (a quote takes its source's language, which
 * may come later) and `about` checks wait for dg_reader_finish(), so memory
 * follows the graph rather than the statements read. */
void
dg_reader_push_pending (DgReader *r, DgPending *p)
{
  guint node;

  switch (p->kind)
    {
    case DG_PENDING_LITERAL:
    case DG_PENDING_IRI:
    case DG_PENDING_NODE:
      apply (r, p);
      return;
    case DG_PENDING_REF:
      if (dg_graph_lookup_node (r->graph, p->iri, &node) && dg_reader_definition_of (r, node))
        {
          link_to (r, p, node);
          return;
        }
      break;
    case DG_PENDING_CITE:
    case DG_PENDING_ABOUT:
      break;
    }
  /* Deferred: its strings (borrowed from the line being read) are kept;
   * its slot says where a part read apart applies it (dg-reader-parts.c). */
  p->slot = dg_graph_get_n_statements (r->graph);
  p->property = dg_reader_keep (r, p->property);
  p->iri = dg_reader_keep (r, p->iri);
  p->name = dg_reader_keep (r, p->name);
  p->lexical = dg_reader_keep (r, p->lexical);
  p->datatype = dg_reader_keep (r, p->datatype);
  p->language = dg_reader_keep (r, p->language);
  g_array_append_val (r->pending, *p);
}

/* Node ids are dense, so definitions are an array by node rather than a
 * hash table of allocated positions: 12 bytes a node. */
void
dg_reader_define_node (DgReader *r, guint node, DgPos pos)
{
  GArray *defined = r->defined;

  if (node >= defined->len)
    g_array_set_size (defined, node + 1);
  g_array_index (defined, DgPos, node) = pos;
}

/* Valid until the next dg_reader_define_node(). */
const DgPos *
dg_reader_definition_of (DgReader *self, guint node)
{
  const DgPos *pos;

  if (node >= self->defined->len)
    return NULL;
  pos = &g_array_index (self->defined, DgPos, node);
  return pos->line ? pos : NULL;
}

/**
 * dg_reader_set_progress_func:
 * @self: a #DgReader
 * @func: (nullable) (scope notified) (closure user_data) (destroy notify): told how
 *   far the reader is in each file, or %NULL
 * @user_data: data for @func
 * @notify: (nullable): frees @user_data when @func is replaced or the reader
 *   is finalized
 *
 * Lets a caller show progress through large files (the command line shows
 * rows and rows per second when its standard error is a terminal).
 */
void
dg_reader_set_progress_func (DgReader *self, DgProgressFunc func, gpointer user_data,
                             GDestroyNotify notify)
{
  g_return_if_fail (DG_IS_READER (self));
  if (self->progress_notify)
    self->progress_notify (self->progress_data);
  self->progress = func;
  self->progress_data = user_data;
  self->progress_notify = notify;
}

/* The input formats, by the extension of a file's name. */
static const struct
{
  const char *suffix, *format;
} formats[] = {
  { ".dg", "dg" },       { ".tsv", "tsv" },    { ".ttl", "turtle" }, { ".turtle", "turtle" },
  { ".nt", "ntriples" }, { ".nq", "nquads" },  { ".trig", "trig" },  { ".rdf", "rdfxml" },
  { ".owl", "rdfxml" },  { ".xml", "rdfxml" },
};

gboolean
dg_reader_format_is_rdf (const char *format)
{
  return format && !g_str_equal (format, "dg") && !g_str_equal (format, "tsv");
}

/**
 * dg_reader_format_for_name:
 * @name: a file name
 *
 * The input format a file name's extension stands for: `dg`, `tsv`, or an
 * RDF syntax — `turtle` (.ttl), `ntriples` (.nt), `nquads` (.nq), `trig`
 * (.trig) or `rdfxml` (.rdf, .owl, .xml).
 *
 * Returns: (nullable): the format, or %NULL for another extension (read
 *   as `.dg`)
 */
const char *
dg_reader_format_for_name (const char *name)
{

  g_return_val_if_fail (name != NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_has_suffix (name, formats[i].suffix))
      return formats[i].format;
  return NULL;
}

/**
 * dg_reader_set_input_format:
 * @self: a #DgReader
 * @format: (nullable): `dg`, `tsv`, `turtle`, `ntriples`, `nquads`, `trig`
 *   or `rdfxml`; %NULL to go by each file's name
 * @error: return location for a #GError, or %NULL
 *
 * Reads the next inputs (standard input among them) as @format.
 *
 * Returns: %TRUE if @format is one of those
 */
gboolean
dg_reader_set_input_format (DgReader *self, const char *format, GError **error)
{
  gboolean known = format == NULL;

  g_return_val_if_fail (DG_IS_READER (self), FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (formats) && !known; i++)
    known = g_str_equal (format, formats[i].format);
  if (!known)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "unknown input format \"%s\" (dg, tsv, turtle, ntriples, nquads, trig or "
                   "rdfxml)",
                   format);
      return FALSE;
    }
  g_free (self->input_format);
  self->input_format = g_strdup (format);
  return TRUE;
}

/**
 * dg_reader_set_mapping:
 * @self: a #DgReader
 * @mapping: (nullable): how to read tables, or %NULL for our own header rows
 *
 * Reads the next tables — files whose name does not say `.dg` or an RDF
 * syntax (`.csv`, `.CSV`, `.tsv`, `.txt` …) — a row at a time through
 * the mapping, as GDELT's event files or a dataset's CSV are read.
 */
void
dg_reader_set_mapping (DgReader *self, DgMapping *mapping)
{
  g_return_if_fail (DG_IS_READER (self));
  g_set_object (&self->mapping, mapping);
}

/**
 * dg_reader_set_threads:
 * @self: a #DgReader
 * @n_threads: how many threads may read, or 0 for one per processor
 *
 * Lets the reader read a large table (`.tsv`) in parts on @n_threads
 * threads at once, and tables read through a mapping
 * (dg_reader_set_mapping()) a file to a thread.  What it reads is the same as one thread reads, to the
 * order of the statements, so every writer writes the same bytes: a part
 * whose reading could depend on the rows before it (it has an error,
 * defines an id defined before, or the table has directives among its
 * rows) is read again in order.  The default is 1.
 */
void
dg_reader_set_threads (DgReader *self, guint n_threads)
{
  g_return_if_fail (DG_IS_READER (self));
  self->n_threads = n_threads ? n_threads : g_get_num_processors ();
}

/**
 * dg_reader_get_n_rows:
 * @self: a #DgReader
 * @n_mapped: (out) (optional): the rows that became nodes
 * @n_refused: (out) (optional): the rows with an error
 *
 * Returns: the rows read through a mapping
 */
guint64
dg_reader_get_n_rows (DgReader *self, guint64 *n_mapped, guint64 *n_refused)
{
  g_return_val_if_fail (DG_IS_READER (self), 0);
  dg_reader_append_apart (self, TRUE);
  if (n_mapped)
    *n_mapped = self->rows_mapped;
  if (n_refused)
    *n_refused = self->rows_refused;
  return self->rows_read;
}

/**
 * dg_reader_get_n_rows_left_out:
 * @self: a #DgReader
 *
 * Returns: the rows read through a mapping that its `keep` left out (COW's
 *   dyad-years with no exchange); neither mapped nor refused
 */
guint64
dg_reader_get_n_rows_left_out (DgReader *self)
{
  g_return_val_if_fail (DG_IS_READER (self), 0);
  dg_reader_append_apart (self, TRUE);
  return self->rows_left_out;
}

/**
 * dg_reader_set_base_iri:
 * @self: a #DgReader
 * @base_iri: (nullable): the IRI relative IRIs in RDF input resolve
 *   against; %NULL for the input file's own `file:` URI
 * @error: return location for a #GError, or %NULL
 *
 * Returns: %TRUE if @base_iri is a valid IRI
 */
gboolean
dg_reader_set_base_iri (DgReader *self, const char *base_iri, GError **error)
{
  g_return_val_if_fail (DG_IS_READER (self), FALSE);
  if (base_iri && !dg_iri_validate (base_iri, error))
    return FALSE;
  g_free (self->base_iri);
  self->base_iri = g_strdup (base_iri);
  return TRUE;
}

/* Reads @data, known as @key (the file's identity) for includes and for
 * not reading a file twice, in its syntax. */
static void
read_contents (DgReader *self, const char *data, gsize len, const char *name, const char *key,
               const char *syntax)
{
  g_hash_table_add (self->read_files, g_strdup (key));
  if (dg_reader_format_is_rdf (syntax) || (self->mapping && (!syntax || g_str_equal (syntax, "tsv"))))
    {
      g_autoptr (GInputStream) in = g_memory_input_stream_new_from_data (data, (gssize)len, NULL);
      if (dg_reader_format_is_rdf (syntax))
        dg_reader_read_stream (self, in, name, syntax);
      else
        dg_reader_read_mapped (self, in, name, self->mapping);
      return;
    }
  dg_reader_read_dg (self, data, len, name, key);
}

/* The syntaxes read as a stream, a statement at a time: RDF. */
void
dg_reader_read_stream (DgReader *self, GInputStream *in, const char *name, const char *format)
{
  g_return_if_fail (dg_reader_format_is_rdf (format));
  dg_reader_read_rdf (self, in, name, format);
}

/**
 * dg_reader_read_data:
 * @self: a #DgReader
 * @data: (array length=length) (element-type guint8): `.dg` text, a table,
 *   or RDF (see dg_reader_format_for_name())
 * @length: length of @data in bytes, or -1 if it is nul-terminated
 * @name: the file name to use in diagnostics
 * @error: return location for a #GError, or %NULL
 *
 * Reads @data.  Problems in it become diagnostics, not errors; `@include`
 * paths are relative to the directory of @name.
 *
 * Returns: %FALSE only if @data cannot be read at all (too large)
 */
gboolean
dg_reader_read_data (DgReader *self, const char *data, gssize length, const char *name,
                     GError **error)
{
  g_autofree char *canonical = NULL;
  gsize len;

  g_return_val_if_fail (DG_IS_READER (self), FALSE);
  g_return_val_if_fail (data != NULL && name != NULL, FALSE);
  g_return_val_if_fail (!self->finished, FALSE);
  dg_reader_append_apart (self, TRUE);
  len = length < 0 ? strlen (data) : (gsize)length;
  if (len > DG_READER_MAX_FILE)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_LIMIT, "%s: larger than %d bytes", name,
                   DG_READER_MAX_FILE);
      return FALSE;
    }
  canonical = g_canonicalize_filename (name, NULL);
  read_contents (self, data, len, name, canonical,
                 self->input_format ? self->input_format : dg_reader_format_for_name (name));
  return TRUE;
}

/**
 * dg_reader_read_file:
 * @self: a #DgReader
 * @path: (type filename): a `.dg` file, or `-` for standard input
 * @error: return location for a #GError, or %NULL
 *
 * Reads @path and the files it includes.  A file that was already read
 * (directly or through an include, under any name) is not read again.
 *
 * Returns: %FALSE if @path cannot be read; problems in its content are
 *   diagnostics
 */
gboolean
dg_reader_read_file (DgReader *self, const char *path, GError **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *key = NULL;
  g_autofree char *unzipped_name = NULL;
  g_autoptr (GInputStream) in = NULL;
  g_autoptr (GError) local_error = NULL;
  const char *name, *syntax;
  gboolean gzip;
  gsize length;

  g_return_val_if_fail (DG_IS_READER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (!self->finished, FALSE);
  name = g_str_equal (path, "-") ? "<stdin>" : path;
  in = dg_input_open (path, &key, error);
  if (!in)
    return FALSE;
  if (g_hash_table_contains (self->read_files, key) || dg_reader_reads_apart (self, key))
    return TRUE;
  gzip = g_str_has_suffix (name, ".gz");
  if (!gzip)
    {
      GInputStream *sniffed = dg_input_sniff_gzip (in, &gzip, &local_error);

      if (!sniffed)
        {
          g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: %s", name, local_error->message);
          return FALSE;
        }
      g_object_unref (in);
      in = sniffed;
    }
  if (gzip)
    {
      /* Datasets come compressed (GDELT's zip aside): read through zlib,
       * in the syntax of the name without ".gz". */
      GInputStream *plain = dg_input_gunzip (in);

      g_object_unref (in);
      in = plain;
      if (g_str_has_suffix (name, ".gz"))
        unzipped_name = g_strndup (name, strlen (name) - 3);
    }
  syntax = self->input_format ? self->input_format
                              : dg_reader_format_for_name (unzipped_name ? unzipped_name : name);
  if (self->mapping && (!syntax || g_str_equal (syntax, "tsv")))
    {
      /* A table in a layout of its own: a row at a time, on a thread of
       * its own when there are several. */
      if (dg_reader_read_apart (self, in, path, name, key))
        return TRUE;
      dg_reader_append_apart (self, TRUE);
      g_hash_table_add (self->read_files, g_strdup (key));
      dg_reader_read_mapped (self, in, name, self->mapping);
      return TRUE;
    }
  /* What was read apart comes before this. */
  dg_reader_append_apart (self, TRUE);
  if (dg_reader_format_is_rdf (syntax))
    {
      /* RDF streams: a statement at a time, whatever the file's size. */
      g_hash_table_add (self->read_files, g_strdup (key));
      dg_reader_read_stream (self, in, name, syntax);
      return TRUE;
    }
  if (!dg_input_read_all (in, name, DG_READER_MAX_FILE, &contents, &length, error))
    return FALSE;
  read_contents (self, contents, length, name, key, syntax);
  return TRUE;
}

/**
 * dg_reader_has_read:
 * @self: a #DgReader
 * @path: (type filename): a file name, or `-` for standard input
 *
 * Whether @path is a file the reader has read, directly or through an
 * include, under this or any other name: a program should not write its
 * output over it.
 *
 * Returns: %TRUE if @path names a file read
 */
gboolean
dg_reader_has_read (DgReader *self, const char *path)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (DG_IS_READER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  dg_reader_append_apart (self, TRUE);
  key = dg_input_key (path);
  return key && g_hash_table_contains (self->read_files, key);
}

/* ------------------------------------------------------------------------
 * Finishing: references, citations, validation
 * ------------------------------------------------------------------------ */

static void
note_positions (DgReader *self, const DgPos *pos)
{
  guint n = dg_graph_get_n_statements (self->graph) - self->edge_base;

  while (self->edge_pos->len < n)
    g_array_append_val (self->edge_pos, *pos);
}

static void
report_unknown_id (DgReader *self, const DgPending *p)
{
  const char *best = NULL;
  guint best_d = 3;
  g_autofree char *values = p->property ? dg_ontology_explain_value (self->ontology, p->property, p->name)
                                        : NULL;

  /* A value of an enumeration (role=PrimeMinster, level=CSP). */
  if (values)
    {
      dg_reader_error_at (self, &p->pos, "unknown id \"%s\" (%s)", p->name, values);
      return;
    }

  for (guint node = 0; node < self->defined->len; node++)
    {
      const char *name;
      guint d;

      if (!dg_reader_definition_of (self, node))
        continue;
      name = dg_text_iri_tail (dg_graph_get_node_iri (self->graph, node));
      d = dg_text_edit_distance (p->name, name, 2);
      if (d < best_d || (d == best_d && best && strcmp (name, best) < 0))
        {
          best_d = d;
          best = name;
        }
    }
  if (best)
    dg_reader_error_at (self, &p->pos, "unknown id \"%s\" (did you mean \"%s\"?)", p->name, best);
  else
    dg_reader_error_at (self, &p->pos, "unknown id \"%s\"", p->name);
}

/* The node an id names: one defined in the data, else an individual of the
 * ontology (a role, a partnership level). */
static gboolean
resolve_ref (DgReader *self, const DgPending *p, guint *node)
{
  DgTerm *individual;

  if (dg_graph_lookup_node (self->graph, p->iri, node)
      && (dg_reader_definition_of (self, *node) || dg_graph_get_node_class (self->graph, *node)))
    return TRUE;
  individual = dg_ontology_find (self->ontology, DG_TERM_INDIVIDUAL, p->name);
  if (individual)
    return dg_graph_add_node (self->graph, individual->iri, NULL, node, NULL);
  report_unknown_id (self, p);
  return FALSE;
}

/* A quote is in the language of its source.  Looked up once per source:
 * each citation changes the graph, and a lookup on a changed graph would
 * rebuild its index. */
static const char *
source_language (DgReader *self, guint source)
{
  gpointer found;

  if (!g_hash_table_lookup_extended (self->source_languages, GUINT_TO_POINTER (source), NULL,
                                     &found))
    {
      DgTerm *language = dg_ontology_provenance_term (self->ontology, DG_PROVENANCE_LANGUAGE);
      const DgLiteral *l
          = language ? dg_graph_find_literal (self->graph, source, language->iri) : NULL;
      found = (gpointer)(l ? dg_reader_keep (self, dg_graph_string (self->graph, l->lexical)) : NULL);
      g_hash_table_insert (self->source_languages, GUINT_TO_POINTER (source), found);
    }
  return found;
}

/* A reference resolved: the link, at the reference's place. */
static void
link_to (DgReader *self, const DgPending *p, guint object)
{
  GError *error = NULL;

  if (!dg_graph_add_relation (self->graph, p->subject, p->property, object, &error))
    {
      dg_reader_error_at (self, &p->pos, "%s", error->message);
      g_error_free (error);
    }
  note_positions (self, &p->pos);
}

static void
apply (DgReader *self, const DgPending *p)
{
  GError *error = NULL;
  guint object;
  gboolean ok = TRUE;

  switch (p->kind)
    {
    case DG_PENDING_ABOUT:
      if (!dg_reader_definition_of (self, p->subject) && !dg_graph_get_node_class (self->graph, p->subject))
        report_unknown_id (self, p);
      return;
    case DG_PENDING_REF:
      if (resolve_ref (self, p, &object))
        link_to (self, p, object);
      return;
    case DG_PENDING_IRI:
      ok = dg_graph_add_node (self->graph, p->iri, NULL, &object, &error)
           && dg_graph_add_relation (self->graph, p->subject, p->property, object, &error);
      break;
    case DG_PENDING_NODE:
      ok = dg_graph_add_relation (self->graph, p->subject, p->property, p->object, &error);
      break;
    case DG_PENDING_LITERAL:
      ok = dg_graph_add_literal (self->graph, p->subject, p->property, p->lexical, p->datatype,
                                 p->language, &error);
      break;
    case DG_PENDING_CITE:
      {
        const char *language = p->language;

        if (!resolve_ref (self, p, &object))
          return;
        if (!language)
          language = source_language (self, object);
        ok = dg_graph_add_citation (self->graph, p->subject, object, p->lexical, language, NULL,
                                    &error);
        /* Looked for in the article once every citation is in: a
         * lookup on a graph each citation changes would index it again. */
        if (ok)
          {
            DgPending q = *p;
            q.object = object;
            g_array_append_val (self->quotes, q);
          }
      }
      break;
    default:
      g_assert_not_reached ();
    }
  if (!ok)
    {
      dg_reader_error_at (self, &p->pos, "%s", error->message);
      g_error_free (error);
    }
  note_positions (self, &p->pos);
}

static void
on_problem (DgSeverity severity, guint node, guint statement, const char *message,
            gpointer user_data)
{
  DgReader *self = user_data;
  const DgPos *pos = NULL;

  if (statement != DG_NO_STATEMENT && statement >= self->edge_base
      && statement - self->edge_base < self->edge_pos->len)
    pos = &g_array_index (self->edge_pos, DgPos, statement - self->edge_base);
  else
    pos = dg_reader_definition_of (self, node);
  diagnose (self, severity, pos, message);
}

static int
compare_diagnostics (gconstpointer a, gconstpointer b, gpointer files)
{
  const DgDiagnostic *x = *(DgDiagnostic **)a, *y = *(DgDiagnostic **)b;
  const char *fx = dg_diagnostic_get_file (x), *fy = dg_diagnostic_get_file (y);
  int c = g_strcmp0 (fx, fy);

  (void)files;
  if (c)
    return c;
  if (dg_diagnostic_get_line (x) != dg_diagnostic_get_line (y))
    return dg_diagnostic_get_line (x) < dg_diagnostic_get_line (y) ? -1 : 1;
  if (dg_diagnostic_get_column (x) != dg_diagnostic_get_column (y))
    return dg_diagnostic_get_column (x) < dg_diagnostic_get_column (y) ? -1 : 1;
  return 0;
}

/**
 * dg_reader_finish:
 * @self: a #DgReader
 * @error: return location for a #GError, or %NULL
 *
 * Resolves the ids every file used, adds the statements and citations to the
 * graph, and validates the graph against the ontology.  Diagnostics are then
 * sorted by file, line and column.
 *
 * Returns: %TRUE if no error was found (warnings may have been)
 */
gboolean
dg_reader_finish (DgReader *self, GError **error)
{
  g_return_val_if_fail (DG_IS_READER (self), FALSE);
  g_return_val_if_fail (!self->finished, FALSE);
  dg_reader_append_apart (self, TRUE);
  self->finished = TRUE;
  /* Citations last: a quote takes its source's language, which may be
   * stated after the quote. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->pending->len; i++)
      {
        const DgPending *p = &g_array_index (self->pending, DgPending, i);
        if ((p->kind == DG_PENDING_CITE) == (pass == 1))
          apply (self, p);
      }
  for (guint i = 0; i < self->quotes->len; i++)
    {
      const DgPending *q = &g_array_index (self->quotes, DgPending, i);
      dg_reader_check_quote (self, &q->pos, q->object, q->lexical);
    }
  dg_graph_validate (self->graph, on_problem, self);
  dg_reader_check_identity (self);
  dg_reader_check_same_facts (self);
  g_ptr_array_sort_with_data (self->diagnostics, compare_diagnostics, NULL);
  if (self->n_errors > 0)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_VALIDATION, "%u error%s", self->n_errors,
                   self->n_errors == 1 ? "" : "s");
      return FALSE;
    }
  return TRUE;
}

/**
 * dg_reader_get_diagnostics:
 * @self: a #DgReader
 *
 * Returns: (transfer none) (element-type DgDiagnostic): the problems found
 */
GPtrArray *
dg_reader_get_diagnostics (DgReader *self)
{
  g_return_val_if_fail (DG_IS_READER (self), NULL);
  dg_reader_append_apart (self, TRUE);
  return self->diagnostics;
}

/**
 * dg_reader_get_n_errors:
 * @self: a #DgReader
 *
 * Returns: the number of errors found
 */
guint
dg_reader_get_n_errors (DgReader *self)
{
  g_return_val_if_fail (DG_IS_READER (self), 0);
  dg_reader_append_apart (self, TRUE);
  return self->n_errors;
}

/**
 * dg_reader_get_n_warnings:
 * @self: a #DgReader
 *
 * Returns: the number of warnings found
 */
guint
dg_reader_get_n_warnings (DgReader *self)
{
  g_return_val_if_fail (DG_IS_READER (self), 0);
  dg_reader_append_apart (self, TRUE);
  return self->n_warnings;
}
