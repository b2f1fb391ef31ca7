/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-input-private.h"
#include "dg-reader-private.h"

/* ------------------------------------------------------------------------
 * A large N-Triples or N-Quads file read in parts, on as many threads as
 * the reader was given (dg_reader_set_threads()).  The syntaxes are a
 * statement a line with nothing carried from line to line, so the file is
 * cut at line starts; each part after the first is read into a graph and
 * a reader of its own while this thread reads the first, and the parts are
 * appended in order (dg_rdf_import_append()), so that what was read is
 * what one reading from the first line to the last gives: the same nodes,
 * strings and statements in the same order, the same bytes out.
 *
 * A blank node label names one node in the whole file, whichever part it
 * is in: the parts keep their labels and the append maps them.  A part
 * that found a problem, or types a node another way than the parts before
 * it, is read again here, in order, where the problem is reported as one
 * reading reports it; a syntax error ends the reading there, as it does.
 * ------------------------------------------------------------------------ */

/* Smaller parts are not worth a thread: starting it and appending what it
 * read would cost more than reading them. */
#define MIN_PART (256 * 1024)

typedef struct
{
  DgSlices *slices;
  guint64 start, end; /* its lines */
  DgRdfImport *im;    /* apart: its own reader and graph */
  guint64 lines;      /* line breaks in it, once read */
  GThread *thread;
} Part;

/* Reads the part into @im, its first line the file's @first_line; FALSE
 * after a syntax error. */
static gboolean
read_part_into (Part *part, DgRdfImport *im, guint64 first_line)
{
  g_autoptr (GInputStream) in = dg_slices_open (part->slices, part->start, part->end);
  gboolean read = dg_rdf_import_read (im, in, (guint)MIN (first_line, G_MAXUINT));

  part->lines = dg_slices_get_lines (in);
  return read;
}

static gpointer
read_part (gpointer data)
{
  Part *part = data;

  /* Its lines from 1: where it starts is known when it is appended. */
  read_part_into (part, part->im, 1);
  return NULL;
}

gboolean
dg_reader_read_rdf_parts (DgReader *self, const DgSyntax *syntax, DgSlices *slices,
                          const char *name)
{
  guint64 size = dg_slices_get_size (slices), at = 0, line = 1;
  guint n = (guint)MIN (self->n_threads, size / MIN_PART), n_apart = 0;
  g_autofree Part *parts = NULL;
  DgRdfImport *im;
  gboolean reading;

  if (syntax->kind != DG_SYNTAX_STREAM || syntax->keeps_state || n < 2)
    return FALSE;
  im = dg_rdf_import_new (self, syntax, name, NULL);
  parts = g_new0 (Part, n);
  /* Parts of about equal size, each from the start of a line. */
  for (guint k = 0; k < n; k++)
    {
      Part *part = &parts[k];

      part->slices = slices;
      part->start = at;
      part->end = at
          = k + 1 == n ? size : dg_slices_next_line (slices, MAX (at, size / n * (k + 1)));
      if (k > 0 && part->start < part->end)
        {
          g_autoptr (DgGraph) graph = dg_graph_new (self->ontology);
          g_autoptr (DgReader) reader = dg_reader_new_like (self, graph);

          part->im = dg_rdf_import_new (reader, syntax, name, im);
          part->thread = g_thread_new ("dg-rdf-part", read_part, part);
        }
    }
  reading = read_part_into (&parts[0], im, line);
  line += parts[0].lines;
  for (guint k = 1; k < n; k++)
    {
      Part *part = &parts[k];

      if (part->thread)
        g_thread_join (part->thread);
      /* After a syntax error, a reading in order reads no further. */
      if (reading && part->im && dg_rdf_import_append (im, part->im, line))
        n_apart++;
      else if (reading)
        reading = read_part_into (part, im, line);
      line += part->lines;
      if (self->progress)
        self->progress (name, (guint)MIN (line, G_MAXUINT), (gsize)part->end, (gsize)size,
                        self->progress_data);
      dg_rdf_import_free (part->im);
    }
  dg_rdf_import_free (im);
  /* Said for tests and the curious (G_MESSAGES_DEBUG=diplograph). */
  g_debug ("%s: read in %u parts, %u of them apart", name, n, n_apart);
  return TRUE;
}
