/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Opens @path for reading ("-" is standard input, not closed by
 * g_object_unref of the stream).  @key gets the file's identity, its device
 * and inode as text, the same through any name, link or include. */
G_GNUC_INTERNAL GInputStream *dg_input_open (const char *path, char **key, GError **error);

/* The identity dg_input_open() gives, of a file not opened; NULL if it
 * cannot be found. */
G_GNUC_INTERNAL char *dg_input_key (const char *path);

/* Reads @in to its end, failing as soon as more than @limit bytes have
 * come (an endless FIFO or standard input is not read into memory first).
 * The contents are NUL-terminated. */
G_GNUC_INTERNAL gboolean dg_input_read_all (GInputStream *in, const char *name, gsize limit,
                                            char **contents, gsize *length, GError **error);

G_END_DECLS
