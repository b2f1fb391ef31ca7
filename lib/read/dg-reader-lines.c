/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#ifdef HAVE_MALLOC_TRIM
#include <malloc.h>
#endif

#include "dg-reader-private.h"

/* ------------------------------------------------------------------------
 * A large file of lines read in parts, on as many threads as the reader
 * was given (dg_reader_set_threads()), for the syntaxes that carry nothing
 * from line to line that a part cannot state again: N-Triples, N-Quads,
 * tables read through a mapping.  The file is cut at line starts; each
 * part after the first is read into a reading apart (a graph and a reader
 * of its own) while this thread reads the first, and the parts are
 * appended in order, so that what was read is what one reading from the
 * first line to the last gives, to the bytes written.
 *
 * A part that found a problem, or read otherwise than it would have after
 * the parts before it, is not appended but read again here, in its turn,
 * where its problems are reported as one reading reports them; when a
 * reading stops (a syntax error), it stops here too.
 * ------------------------------------------------------------------------ */

typedef struct
{
  DgSlices *slices;
  guint64 start, end; /* its lines */
  gpointer apart;     /* its reading apart, or NULL */
  guint64 lines;      /* line breaks in it, once read */
  const DgLineParts *how;
  GThread *thread;
} Part;

/* Reads the part into @reading, its first line the file's @first_line
 * (1 apart: where it starts is known when it is appended); FALSE when the
 * file is read no further. */
static gboolean
read_part_into (Part *part, gpointer reading, guint64 first_line)
{
  g_autoptr (GInputStream) in = dg_slices_open (part->slices, part->start, part->end);
  gboolean more
      = part->how->read (reading, in, (guint)MIN (first_line, G_MAXUINT), part->start == 0);

  part->lines = dg_slices_get_lines (in);
  return more;
}

static gpointer
read_apart (gpointer data)
{
  Part *part = data;

  read_part_into (part, part->apart, 1);
  return NULL;
}

guint
dg_reader_count_parts (DgReader *self, DgSlices *slices, guint64 min_part)
{
  return (guint)MIN (self->n_threads, dg_slices_get_size (slices) / MAX (min_part, 1));
}

void
dg_reader_read_lines_in_parts (DgReader *self, DgSlices *slices, guint64 min_part,
                               const DgLineParts *how, gpointer reading, const char *name)
{
  guint64 size = dg_slices_get_size (slices), at = 0, line = 1;
  guint n = MAX (dg_reader_count_parts (self, slices, min_part), 1), n_apart = 0;
  g_autofree Part *parts = g_new0 (Part, n);
  gboolean more;

  /* Parts of about equal size, each from the start of a line. */
  for (guint k = 0; k < n; k++)
    {
      Part *part = &parts[k];

      part->slices = slices;
      part->how = how;
      part->start = at;
      part->end = at
          = k + 1 == n ? size : dg_slices_next_line (slices, MAX (at, size / n * (k + 1)));
      if (k > 0 && part->start < part->end && (part->apart = how->apart_new (reading)))
        part->thread = g_thread_new ("dg-read-part", read_apart, part);
    }
  more = read_part_into (&parts[0], reading, line);
  line += parts[0].lines;
  for (guint k = 1; k < n; k++)
    {
      Part *part = &parts[k];

      if (part->thread)
        g_thread_join (part->thread);
      if (more && part->apart && how->append (reading, part->apart, (guint)MIN (line, G_MAXUINT)))
        n_apart++;
      else if (more && part->start < part->end)
        more = read_part_into (part, reading, line);
      line += part->lines;
      if (self->progress)
        self->progress (name, (guint)MIN (line, G_MAXUINT), (gsize)part->end, (gsize)size,
                        self->progress_data);
      if (part->apart)
        how->apart_free (part->apart);
    }
#ifdef HAVE_MALLOC_TRIM
  /* A part's strings were allocated by its thread, in a heap of that
   * thread's own that frees to itself: without this, what the parts held
   * stays in the process beside what the graph holds now. */
  if (n > 1)
    malloc_trim (0);
#endif
  /* Said for tests and the curious (G_MESSAGES_DEBUG=diplograph). */
  g_debug ("%s: read in %u parts, %u of them apart", name, n, n_apart);
}
