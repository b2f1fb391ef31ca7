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
  DgReadLines read_lines;
  GThread *thread;
} Part;

static gpointer
read_part (gpointer data)
{
  Part *part = data;

  part->read_lines (&part->fs, part->p, (gsize)(part->end - part->p), part->p, part->end,
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

  part->fs.reader = dg_reader_new_like (r, graph);
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

gboolean
dg_reader_read_table_parts (DgFileState *fs, const char *data, gsize len, const char *p,
                            const char *end, const char *name, DgReadLines read_lines)
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
      parts[k].read_lines = read_lines;
      if (k > 0)
        part_init (&parts[k], fs, name, lines);
      for (const char *c = at; c < stop && (c = memchr (c, '\n', (gsize)(stop - c))); c++)
        lines++;
      at = stop;
    }
  for (guint k = 1; k < n; k++)
    if (parts[k].p < parts[k].end)
      parts[k].thread = g_thread_new ("dg-table-part", read_part, &parts[k]);
  read_lines (fs, data, len, parts[0].p, parts[0].end, name);
  for (guint k = 1; k < n; k++)
    {
      Part *part = &parts[k];

      if (part->thread)
        g_thread_join (part->thread);
      if (appending && part->p < part->end)
        appending = dg_reader_append (fs->reader, part->fs.reader, fs->file, 0, NULL, NULL);
      n_apart += appending;
      if (appending)
        fs->line_no = part->fs.line_no;
      else
        read_lines (fs, data, len, part->p, part->end, name);
      if (r->progress)
        r->progress (name, fs->line_no, (gsize)(part->end - data), len, r->progress_data);
      part_clear (part);
    }
  /* Said for tests and the curious (G_MESSAGES_DEBUG=diplograph). */
  g_debug ("%s: rows read in %u parts, %u of them apart", name, n, n_apart);
  return TRUE;
}
