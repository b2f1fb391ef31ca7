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
 * The reader's front: the files a caller hands it (opened, decompressed,
 * known by device and inode so none is read twice), each dispatched by
 * its syntax (dg-syntax.c) to the reader of that kind, or through a
 * mapping, or apart on a thread of its own (dg-reader-apart.c); and
 * finishing: references resolved, citations added, quotes looked for in
 * their articles, the graph validated.  The state every syntax shares is
 * dg-reader-core.c's.
 */

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
  g_array_unref (self->file_depth);
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
  dg_positions_free (self->positions);
  g_free (self->input_format);
  g_free (self->base_iri);
  G_OBJECT_CLASS (dg_reader_parent_class)->finalize (object);
}

static void
dg_reader_class_init (DgReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dg_reader_finalize;
  /* Each kind of syntax handed to the table, from above: the table and
   * the readers of each syntax do not name one another. */
  dg_syntax_register (DG_SYNTAX_TEXT, dg_reader_read_dg, NULL);
  dg_syntax_register (DG_SYNTAX_STREAM, NULL, dg_reader_read_rdf);
}

static void
dg_reader_init (DgReader *self)
{
  self->diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)dg_diagnostic_free);
  self->strings = g_string_chunk_new (16 * 1024);
  self->files = g_ptr_array_new ();
  self->rdf_files = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->file_depth = g_array_new (FALSE, TRUE, sizeof (guint));
  self->read_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->include_stack = g_ptr_array_new_with_free_func (g_free);
  self->include_names = g_ptr_array_new_with_free_func (g_free);
  self->defined = g_array_new (FALSE, TRUE, sizeof (DgPos));
  self->inline_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->source_languages = g_hash_table_new (NULL, NULL);
  self->article_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->quotes = g_array_new (FALSE, FALSE, sizeof (DgPending));
  self->pending = g_array_new (FALSE, FALSE, sizeof (DgPending));
  self->positions = dg_positions_new ();
  self->n_threads = 1;
  self->apart = g_queue_new ();
  self->read_file = dg_reader_read_file;
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
  dg_reader_attach_graph (self, graph);
  return self;
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
  const DgSyntax *syntax;

  g_return_val_if_fail (name != NULL, NULL);
  syntax = dg_syntax_for_file (name);
  return syntax ? syntax->name : NULL;
}

/**
 * dg_reader_get_formats:
 *
 * Returns: (transfer none) (array zero-terminated=1): the input formats a
 *   reader reads (dg_reader_set_input_format()), in the order help lists
 *   them
 */
const char *const *
dg_reader_get_formats (void)
{
  return dg_syntax_names ();
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
  g_return_val_if_fail (DG_IS_READER (self), FALSE);
  if (format && !dg_syntax_lookup (format))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "unknown input format \"%s\" (%s)",
                   format, dg_syntax_list ());
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
 * Lets the reader read a large table (`.tsv`) or N-Triples or N-Quads
 * file in parts on @n_threads threads at once, and tables read through a
 * mapping (dg_reader_set_mapping()) a file to a thread, a large one in
 * parts.  What it reads is
 * the same as one thread reads, to the order of the statements, so every
 * writer writes the same bytes: a part whose reading could depend on what
 * comes before it (it has an error, defines an id defined before, types a
 * node another way, or the table has directives among its rows) is read
 * again in order.  The default is 1.
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

/* The syntax to read @name in: --input-format's, else its name's. */
static const DgSyntax *
syntax_of (DgReader *self, const char *name)
{
  return self->input_format ? dg_syntax_lookup (self->input_format) : dg_syntax_for_file (name);
}

/* Whether a file in @syntax (NULL: its name says none) is read a row at a
 * time through the reader's mapping. */
static gboolean
through_mapping (DgReader *self, const DgSyntax *syntax)
{
  return self->mapping && (!syntax || syntax->table);
}

/* Reads @slices, the file @name, in parts on the reader's threads when
 * its syntax and size allow (dg-reader-lines.c): N-Triples, N-Quads, a
 * table read through a mapping; FALSE, with nothing read, when not. */
static gboolean
read_in_parts (DgReader *self, const DgSyntax *syntax, DgSlices *slices, const char *name)
{
  if (self->n_threads < 2)
    return FALSE;
  if (through_mapping (self, syntax))
    return dg_reader_read_mapped_parts (self, slices, name, self->mapping);
  return syntax && dg_reader_read_rdf_parts (self, syntax, slices, name);
}

/* Reads @data, known as @key (the file's identity) for includes and for
 * not reading a file twice, in its syntax (NULL: `.dg`). */
static void
read_contents (DgReader *self, const char *data, gsize len, const char *name, const char *key,
               const DgSyntax *syntax)
{
  g_hash_table_add (self->read_files, g_strdup (key));
  if ((syntax && syntax->kind == DG_SYNTAX_STREAM) || through_mapping (self, syntax))
    {
      g_autoptr (GInputStream) in = g_memory_input_stream_new_from_data (data, (gssize)len, NULL);
      g_autoptr (DgSlices) slices = dg_slices_new_for_data (data, len);

      if (read_in_parts (self, syntax, slices, name))
        return;
      if (syntax && syntax->kind == DG_SYNTAX_STREAM)
        dg_syntax_read_stream (syntax, self, in, name);
      else
        dg_reader_read_mapped (self, in, name, self->mapping);
      return;
    }
  dg_syntax_read_text (syntax ? syntax : dg_syntax_lookup ("dg"), self, data, len, name, key);
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
  read_contents (self, data, len, name, canonical, syntax_of (self, name));
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
  g_autoptr (DgSlices) slices = NULL;
  const char *name;
  const DgSyntax *syntax;
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
  syntax = syntax_of (self, unzipped_name ? unzipped_name : name);
  /* Only a regular file, read as it is, can be read at several places at
   * once; only tables read through a mapping and RDF ever are. */
  if (self->n_threads > 1 && !gzip && !g_str_equal (path, "-")
      && (through_mapping (self, syntax) || (syntax && syntax->kind == DG_SYNTAX_STREAM)))
    slices = dg_slices_new_for_file (path, NULL);
  if (through_mapping (self, syntax))
    {
      /* A table in a layout of its own: a row at a time; a large one in
       * parts, others on a thread of their own when there are several. */
      if (slices && dg_reader_mapped_in_parts (self, slices, self->mapping))
        {
          /* What was read apart comes before this. */
          dg_reader_append_apart (self, TRUE);
          g_hash_table_add (self->read_files, g_strdup (key));
          dg_reader_read_mapped_parts (self, slices, name, self->mapping);
          return TRUE;
        }
      if (dg_reader_read_apart (self, in, path, name, key))
        return TRUE;
      dg_reader_append_apart (self, TRUE);
      g_hash_table_add (self->read_files, g_strdup (key));
      dg_reader_read_mapped (self, in, name, self->mapping);
      return TRUE;
    }
  /* What was read apart comes before this. */
  dg_reader_append_apart (self, TRUE);
  if (syntax && syntax->kind == DG_SYNTAX_STREAM)
    {
      /* RDF streams: a statement at a time, whatever the file's size; a
       * large file of lines in parts, on several threads. */
      g_hash_table_add (self->read_files, g_strdup (key));
      if (!slices || !read_in_parts (self, syntax, slices, name))
        dg_syntax_read_stream (syntax, self, in, name);
      return TRUE;
    }
  if (!dg_input_read_all (in, name, DG_READER_MAX_FILE, &contents, &length, error))
    return FALSE;
  read_contents (self, contents, length, name, key, syntax);
  return TRUE;
}

/**
 * dg_reader_get_stated_nodes:
 * @self: a #DgReader
 *
 * The nodes the files given state themselves, as a view of them draws
 * them: an article's file that includes a gazetteer states its facts, and
 * the gazetteer's entities are drawn only where those facts link them.  A
 * file that states nothing itself but includes others (an index of
 * articles, with the gazetteer they share) stands for all they state, and
 * a table a file includes is its own data.
 *
 * Returns: (transfer full) (nullable) (element-type guint): the nodes
 *   defined in the files given, in graph order; %NULL when those define
 *   every node, or none, so that no view needs to leave any out
 */
GArray *
dg_reader_get_stated_nodes (DgReader *self)
{
  guint n_nodes, nearest = G_MAXUINT, furthest = 0;
  g_autofree guint *depth = NULL;
  GArray *out;

  g_return_val_if_fail (DG_IS_READER (self), NULL);
  dg_reader_append_apart (self, TRUE);
  n_nodes = MIN (self->defined->len, dg_graph_get_n_nodes (self->graph));
  /* Each defined node's depth: how many @includes away its file is. */
  depth = g_new (guint, n_nodes + 1);
  for (guint v = 0; v < n_nodes; v++)
    {
      const DgPos *pos = dg_reader_definition_of (self, v);

      depth[v] = pos && pos->file < self->file_depth->len
                     ? g_array_index (self->file_depth, guint, pos->file)
                     : G_MAXUINT;
      if (depth[v] != G_MAXUINT)
        {
          nearest = MIN (nearest, depth[v]);
          furthest = MAX (furthest, depth[v]);
        }
    }
  if (nearest != 0 || furthest == 0)
    return NULL;
  out = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint v = 0; v < n_nodes; v++)
    if (depth[v] == 0)
      g_array_append_val (out, v);
  return out;
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
  dg_reader_apply_pending (self);
  for (guint i = 0; i < self->quotes->len; i++)
    {
      const DgPending *q = &g_array_index (self->quotes, DgPending, i);
      dg_reader_check_quote (self, &q->pos, q->object, q->lexical);
    }
  dg_reader_validate (self);
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
