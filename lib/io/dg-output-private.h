/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <gio/gio.h>

#include "dg-output.h"

G_BEGIN_DECLS

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
