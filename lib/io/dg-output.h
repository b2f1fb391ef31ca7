/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <gio/gio.h>

G_BEGIN_DECLS

void dg_output_remove_partial_files (void);

typedef gboolean (*DgWriteFunc) (gpointer writer, GOutputStream *stream, GError **error);

/* Writes @path through @func so that it is never left half-written: a
 * regular file is replaced only once @func and every write have succeeded
 * (keeping its mode, owner and hard links; a symbolic link is followed to
 * its target), and left as it was otherwise; a FIFO or a device is written
 * straight into.  A read-only file is refused. */
gboolean dg_output_write_file (const char *path, DgWriteFunc func, gpointer writer, GError **error);

G_END_DECLS
