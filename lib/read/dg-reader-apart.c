/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-graph-private.h"
#include "dg-reader-private.h"

/* Tables read through a mapping (GDELT's files, a day or a quarter-hour
 * each), a file to a thread: each is read into a graph apart, by a thread
 * of its own or, when every other thread is busy, by this one, and they are
 * appended in the order they were given, as soon as they are read.  What a
 * mapping remembers from row to row (a node stated in full by the first
 * row naming it) it remembers per file, so a file read apart reads as it
 * does after the others; one that could not (a problem found, a node given
 * another class) is read again here, in its turn. */

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
  a->reader = dg_reader_new_like (self, graph);
  a->reader->mapping = g_object_ref (self->mapping);
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
      if (dg_reader_append (self, w, G_MAXUINT, 0, NULL, NULL))
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
          if (!self->read_file (self, a->path, &error))
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
