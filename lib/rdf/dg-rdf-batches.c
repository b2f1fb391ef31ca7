/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-graph-private.h"
#include "dg-rdf-out-private.h"

/* Turtle and N-Triples on several threads, the same bytes as one writes:
 * nodes in batches, each batch written by a thread into a buffer of its
 * own, and the buffers written out in node order by a thread of their
 * own while the next batches are made. */

/* Nodes a thread writes at a time, into a buffer of its own. */
#define BATCH_NODES 8192

/* A batch of nodes written apart: a copy of what the writer writes with,
 * a buffer and counts of its own.  Writing a Turtle or N-Triples node only
 * reads the graph (its index is built first) and the writer's settings, so
 * copies may write on several threads; N-Quads and TriG look up sources
 * and are written on one. */
typedef struct
{
  DgRdfOut copy;
  guint from, to;
  GThread *thread;
} Batch;

static gpointer
write_batch (gpointer data)
{
  Batch *b = data;

  for (guint node = b->from; node < b->to; node++)
    dg_rdf_out_node (&b->copy, node);
  return NULL;
}

/* Buffers written by the output thread: the batches of a round fill some
 * while it writes others, and wait for a free one when it lags. */
#define OUTPUT_BUFFERS 8

typedef struct
{
  GOutputStream *stream;
  GAsyncQueue *full, *free;
  GError *error;
} Output;

/* The end of the buffers to write. */
static GString end_of_output;

static gpointer
write_output (gpointer data)
{
  Output *o = data;
  GString *buf;

  while ((buf = g_async_queue_pop (o->full)) != &end_of_output)
    {
      if (!o->error && buf->len)
        g_output_stream_write_all (o->stream, buf->str, buf->len, NULL, NULL, &o->error);
      g_string_truncate (buf, 0);
      g_async_queue_push (o->free, buf);
    }
  return NULL;
}

/* As the one-thread loop writes, byte for byte: batches in node order,
 * written out by a thread of their own while the next are made. */
void
dg_rdf_out_in_batches (DgRdfOut *self, guint n_nodes, guint n_threads)
{
  guint n_batches = n_threads;
  g_autofree Batch *batches = g_new0 (Batch, n_batches);
  Output o = { self->sink.stream, g_async_queue_new (), g_async_queue_new (), NULL };
  GThread *output;

  if (n_nodes)
    dg_graph_edges_of (self->graph, 0, &(guint){ 0 });
  for (guint i = 0; i < OUTPUT_BUFFERS + n_batches; i++)
    g_async_queue_push (o.free, g_string_sized_new (1 << 20));
  /* What the sink holds (the prefixes) goes first. */
  {
    GString *first = g_async_queue_pop (o.free);

    g_string_append_len (first, self->sink.buf->str, (gssize)self->sink.buf->len);
    g_string_truncate (self->sink.buf, 0);
    g_async_queue_push (o.full, first);
  }
  output = g_thread_new ("dg-rdf-output", write_output, &o);
  for (guint k = 0; k < n_batches; k++)
    batches[k].copy = *self;
  for (guint start = 0; start < n_nodes; start += BATCH_NODES * n_batches)
    {
      for (guint k = 0; k < n_batches; k++)
        {
          Batch *b = &batches[k];

          b->from = MIN (n_nodes, start + BATCH_NODES * k);
          b->to = MIN (n_nodes, b->from + BATCH_NODES);
          b->copy.n_written = b->copy.n_statements = 0;
          b->copy.sink.buf = g_async_queue_pop (o.free);
          if (k > 0 && b->from < b->to)
            b->thread = g_thread_new ("dg-rdf-writer", write_batch, b);
        }
      write_batch (&batches[0]);
      for (guint k = 0; k < n_batches; k++)
        {
          Batch *b = &batches[k];

          if (b->thread)
            g_thread_join (g_steal_pointer (&b->thread));
          self->n_written += b->copy.n_written;
          self->n_statements += b->copy.n_statements;
          g_async_queue_push (o.full, b->copy.sink.buf);
        }
    }
  g_async_queue_push (o.full, &end_of_output);
  g_thread_join (output);
  for (guint i = 0; i < OUTPUT_BUFFERS + n_batches; i++)
    g_string_free (g_async_queue_pop (o.free), TRUE);
  g_async_queue_unref (o.full);
  g_async_queue_unref (o.free);
  /* The sink reports the first error, as if it had written. */
  if (o.error && !self->sink.error)
    self->sink.error = g_steal_pointer (&o.error);
  g_clear_error (&o.error);
}
