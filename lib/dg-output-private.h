/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef gboolean (*DgWriteFunc) (gpointer writer, GOutputStream *stream, GError **error);

/* Writes @path through @func so that it is never left half-written: the
 * output goes to a temporary file beside @path, renamed over it only once
 * @func and every write have succeeded, and removed otherwise. */
G_GNUC_INTERNAL gboolean dg_output_write_file (const char *path, DgWriteFunc func, gpointer writer,
                                               GError **error);

/* A buffer in front of a stream: writers append text, and it goes out in
 * large writes.  The first write error is kept and reported by _finish. */
typedef struct
{
  GOutputStream *stream;
  GString *buf;
  GError *error;
} DgSink;

G_GNUC_INTERNAL void dg_sink_init (DgSink *sink, GOutputStream *stream);
G_GNUC_INTERNAL void dg_sink_flush_if_full (DgSink *sink);
G_GNUC_INTERNAL gboolean dg_sink_finish (DgSink *sink, GError **error);

G_END_DECLS
