/* SPDX-License-Identifier: LGPL-2.1-or-later */
#define _GNU_SOURCE /* memmem */
#include "config.h"

#include <string.h>

#include "dg-graph-private.h"
#include "dg-reader-private.h"
#include "dg-reader-statements-private.h"

/* ------------------------------------------------------------------------
 * A large table read in parts, on as many threads as the reader was given
 * (dg_reader_set_threads()).  Each part after the first is read into a
 * graph and a reader of its own while this thread reads the first; the
 * parts are then appended in order, so that what was read is exactly what
 * one reading from the first row to the last gives: the same nodes,
 * strings and statements in the same order, so the same bytes out.
 *
 * A part read apart does not see the rows before it.  Where that could
 * change what it reads — it found a problem, defines an id defined before
 * it, gives a node another class — the part is not appended but read again
 * here, after the parts before it, and every part after it too: a table
 * with errors is read as in one piece, with the same diagnostics.
 * ------------------------------------------------------------------------ */

/* Smaller parts are not worth a thread: starting it and appending what it
 * read would cost more than reading them. */
#define MIN_PART (64 * 1024)

typedef struct
{
  const char *p, *end; /* its lines */
  DgFileState fs;      /* its reader's state; fs.columns is the table's, borrowed */
  GThread *thread;
} Part;

static gpointer
read_part (gpointer data)
{
  Part *part = data;

  dg_reader_read_lines (&part->fs, part->p, (gsize)(part->end - part->p), part->p, part->end,
                        g_ptr_array_index (part->fs.reader->files, part->fs.file));
  return NULL;
}

/* A part's reader starts as @fs is at the part's first line: the table's
 * header, base and prefixes (no directive comes after the header). */
static void
part_init (Part *part, DgFileState *fs, const char *name, guint first_line)
{
  DgReader *r = fs->reader;
  g_autoptr (DgGraph) graph = dg_graph_new (r->ontology);
  GHashTableIter iter;
  gpointer k, v;

  part->fs.reader = dg_reader_new (graph);
  part->fs.file = dg_reader_add_file (part->fs.reader, name, FALSE);
  part->fs.dir = fs->dir;
  part->fs.base = g_strdup (fs->base);
  part->fs.prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_iter_init (&iter, fs->prefixes);
  while (g_hash_table_iter_next (&iter, &k, &v))
    g_hash_table_insert (part->fs.prefixes, g_strdup (k), g_strdup (v));
  part->fs.frames = g_array_new (FALSE, FALSE, sizeof (DgFrame));
  part->fs.depth = fs->depth;
  part->fs.is_table = TRUE;
  part->fs.columns = fs->columns;
  part->fs.stem = g_strdup (fs->stem);
  part->fs.parts_decided = TRUE;
  part->fs.line_no = first_line;
}

static void
part_clear (Part *part)
{
  g_clear_object (&part->fs.reader);
  g_free (part->fs.base);
  g_free (part->fs.stem);
  g_hash_table_unref (part->fs.prefixes);
  g_array_unref (part->fs.frames);
}

/* Whether reading @part's rows after what @r read would have found
 * something the part, read alone, could not: then it is read again. */
static gboolean
part_stands_alone (DgReader *r, DgReader *w)
{
  DgGraph *wg = w->graph;

  if (w->n_errors || w->n_warnings || g_hash_table_size (w->inline_counts) || w->files->len != 1
      /* Every statement has its place, so positions append as they are. */
      || w->edge_pos->len != dg_graph_get_n_statements (wg)
      || r->edge_pos->len != dg_graph_get_n_statements (r->graph) - r->edge_base)
    return FALSE;
  for (guint i = 0; i < dg_graph_get_n_nodes (wg); i++)
    {
      guint found;

      /* An id defined twice: an error where the part defines it. */
      if (dg_reader_definition_of (w, i)
          && dg_graph_lookup_node (r->graph, dg_graph_get_node_iri (wg, i), &found)
          && dg_reader_definition_of (r, found))
        return FALSE;
    }
  return TRUE;
}

static DgPos
in_file (const DgPos *pos, guint file)
{
  DgPos p = *pos;

  p.file = file;
  return p;
}

/* Appends what @w read as if it had been read here, after what was read:
 * its file is @file, or when G_MAXUINT a file of ours added now. */
static gboolean
append_reader (DgReader *r, DgReader *w, guint file)
{
  DgGraphMerge *m;
  guint done = 0, n = dg_graph_get_n_statements (w->graph);

  if (!part_stands_alone (r, w) || !(m = dg_graph_merge_begin (r->graph, w->graph)))
    return FALSE;
  if (file == G_MAXUINT)
    file = dg_reader_add_file (r, g_ptr_array_index (w->files, 0), FALSE);
  /* A reference the part left waiting, to an id defined before the part,
   * is one that a reading in order applies at once: at its place among the
   * statements.  Definitions are appended after, so that "before the part"
   * is what is asked. */
  for (guint i = 0; i < w->pending->len; i++)
    {
      DgPending p = g_array_index (w->pending, DgPending, i);

      for (; done < p.slot; done++)
        {
          DgPos at = in_file (&g_array_index (w->edge_pos, DgPos, done), file);

          dg_graph_merge_statements (m, done, done + 1);
          g_array_append_val (r->edge_pos, at);
        }
      p.subject = dg_graph_merge_node (m, p.subject);
      if (p.kind == DG_PENDING_NODE)
        p.object = dg_graph_merge_node (m, p.object);
      p.pos = in_file (&p.pos, file);
      dg_reader_push_pending (r, &p);
    }
  dg_graph_merge_statements (m, done, n);
  for (; done < n; done++)
    {
      DgPos at = in_file (&g_array_index (w->edge_pos, DgPos, done), file);
      g_array_append_val (r->edge_pos, at);
    }
  for (guint i = 0; i < dg_graph_get_n_nodes (w->graph); i++)
    {
      const DgPos *def = dg_reader_definition_of (w, i);

      if (def)
        dg_reader_define_node (r, dg_graph_merge_node (m, i), in_file (def, file));
    }
  dg_graph_merge_free (m);
  return TRUE;
}

gboolean
dg_reader_read_table_parts (DgFileState *fs, const char *data, gsize len, const char *p,
                            const char *end, const char *name)
{
  DgReader *r = fs->reader;
  gsize rest = (gsize)(end - p);
  guint n = MIN (r->n_threads, rest / MIN_PART), lines = fs->line_no;
  g_autofree Part *parts = NULL;
  gboolean appending = TRUE;
  const char *at = p;
  guint n_apart = 0;

  /* A directive among the rows (@base, @prefix, @include) changes how the
   * rows after it read: such a table is read in one piece.  @p follows the
   * header's newline. */
  if (n < 2 || memmem (p - 1, rest + 1, "\n@", 2))
    return FALSE;
  parts = g_new0 (Part, n);
  /* Parts of about equal size, each from the start of a line; a line's
   * number is counted to where its part starts. */
  for (guint k = 0; k < n; k++)
    {
      const char *stop = k + 1 == n ? end : p + rest / n * (k + 1);
      const char *nl;

      if (stop < at)
        stop = at;
      nl = stop < end ? memchr (stop, '\n', (gsize)(end - stop)) : NULL;
      stop = nl ? nl + 1 : end;
      parts[k].p = at;
      parts[k].end = stop;
      if (k > 0)
        part_init (&parts[k], fs, name, lines);
      for (const char *c = at; c < stop && (c = memchr (c, '\n', (gsize)(stop - c))); c++)
        lines++;
      at = stop;
    }
  for (guint k = 1; k < n; k++)
    if (parts[k].p < parts[k].end)
      parts[k].thread = g_thread_new ("dg-table-part", read_part, &parts[k]);
  dg_reader_read_lines (fs, data, len, parts[0].p, parts[0].end, name);
  for (guint k = 1; k < n; k++)
    {
      Part *part = &parts[k];

      if (part->thread)
        g_thread_join (part->thread);
      if (appending && part->p < part->end)
        appending = append_reader (fs->reader, part->fs.reader, fs->file);
      n_apart += appending;
      if (appending)
        fs->line_no = part->fs.line_no;
      else
        dg_reader_read_lines (fs, data, len, part->p, part->end, name);
      if (r->progress)
        r->progress (name, fs->line_no, (gsize)(part->end - data), len, r->progress_data);
      part_clear (part);
    }
  /* Said for tests and the curious (G_MESSAGES_DEBUG=diplograph). */
  g_debug ("%s: rows read in %u parts, %u of them apart", name, n, n_apart);
  return TRUE;
}

/* ------------------------------------------------------------------------
 * Tables read through a mapping (GDELT's files, a day or a quarter-hour
 * each), a file to a thread: each is read into a graph apart, by a thread
 * of its own or, when every other thread is busy, by this one, and they are
 * appended in the order they were given, as soon as they are read.  What a
 * mapping remembers from row to row (a node stated in full by the first
 * row naming it) it remembers per file, so a file read apart reads as it
 * does after the others; one that could not (a problem found, a node given
 * another class) is read again here, in its turn.
 * ------------------------------------------------------------------------ */

typedef struct
{
  char *path, *name, *key;
  GInputStream *in;
  DgReader *reader;
  GThread *thread;
  gint done; /* atomic: the thread has read it */
} Apart;

static void
apart_free (Apart *a)
{
  if (a->thread)
    g_thread_join (a->thread);
  g_free (a->path);
  g_free (a->name);
  g_free (a->key);
  g_clear_object (&a->in);
  g_clear_object (&a->reader);
  g_free (a);
}

static gpointer
read_apart (gpointer data)
{
  Apart *a = data;
  DgReader *w = a->reader;

  g_hash_table_add (w->read_files, g_strdup (a->key));
  dg_reader_read_mapped (w, a->in, a->name, w->mapping);
  g_clear_object (&a->in);
  g_atomic_int_set (&a->done, 1);
  return NULL;
}

gboolean
dg_reader_reads_apart (DgReader *self, const char *key)
{
  for (GList *l = self->apart->head; l; l = l->next)
    if (g_str_equal (((Apart *)l->data)->key, key))
      return TRUE;
  return FALSE;
}

gboolean
dg_reader_read_apart (DgReader *self, GInputStream *in, const char *path, const char *name,
                      const char *key)
{
  g_autoptr (DgGraph) graph = NULL;
  Apart *a;
  guint busy = 0;

  /* Only a file that can be read again, if it has to be. */
  if (self->n_threads < 2 || self->appending || !self->mapping || g_str_equal (path, "-")
      || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return FALSE;
  graph = dg_graph_new (self->ontology);
  a = g_new0 (Apart, 1);
  a->path = g_strdup (path);
  a->key = g_strdup (key);
  a->in = g_object_ref (in);
  a->reader = dg_reader_new (graph);
  dg_reader_set_mapping (a->reader, self->mapping);
  a->name = g_strdup (name);
  for (GList *l = self->apart->head; l; l = l->next)
    busy += ((Apart *)l->data)->thread && !g_atomic_int_get (&((Apart *)l->data)->done);
  g_queue_push_tail (self->apart, a);
  if (busy + 1 < self->n_threads)
    a->thread = g_thread_new ("dg-table-apart", read_apart, a);
  else
    read_apart (a);
  dg_reader_append_apart (self, FALSE);
  return TRUE;
}

void
dg_reader_append_apart (DgReader *self, gboolean wait)
{
  Apart *a;

  if (self->appending)
    return;
  self->appending = TRUE;
  while ((a = g_queue_peek_head (self->apart)))
    {
      DgReader *w = a->reader;

      if (!wait && !g_atomic_int_get (&a->done))
        break;
      g_queue_pop_head (self->apart);
      if (a->thread)
        g_thread_join (g_steal_pointer (&a->thread));
      if (append_reader (self, w, G_MAXUINT))
        {
          guint file = self->files->len - 1;

          g_hash_table_add (self->read_files, g_strdup (a->key));
          dg_reader_note_mapped_file (self, file);
          self->rows_read += w->rows_read;
          self->rows_mapped += w->rows_mapped;
          self->rows_refused += w->rows_refused;
          self->rows_left_out += w->rows_left_out;
          g_debug ("%s: read apart and appended", a->name);
        }
      else
        {
          /* Read again, here and now: the file's problems where they are. */
          g_autoptr (GError) error = NULL;

          g_debug ("%s: read again, in order", a->name);
          if (!dg_reader_read_file (self, a->path, &error))
            dg_reader_report (self, DG_SEVERITY_ERROR, NULL, "%s", error->message);
        }
      apart_free (a);
    }
  self->appending = FALSE;
}

void
dg_reader_drop_apart (DgReader *self)
{
  Apart *a;

  while ((a = g_queue_pop_head (self->apart)))
    apart_free (a);
}
