/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef gboolean (*DgWriteFunc) (gpointer writer, GOutputStream *stream, GError **error);

/* Writes @path through @func so that it is never left half-written: a
 * regular file is replaced only once @func and every write have succeeded
 * (keeping its mode, owner and hard links; a symbolic link is followed to
 * its target), and left as it was otherwise; a FIFO or a device is written
 * straight into.  A read-only file is refused. */
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
