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

/* Lines of a stream, each ending at LF, CRLF or CR, read a chunk at a time
 * and never held longer than @max_line bytes: a longer line is cut to its
 * first @max_line bytes, the rest skipped, and *too_long set, so that a
 * file of one endless line costs no more memory than one line allowed. */
typedef struct _DgLineReader DgLineReader;

G_GNUC_INTERNAL DgLineReader *dg_line_reader_new (GInputStream *in, gsize max_line);
G_GNUC_INTERNAL void dg_line_reader_free (DgLineReader *self);
/* The next line, NUL-terminated after its @length bytes (it may hold NUL
 * bytes itself), valid until the next call; NULL at the end or on error. */
G_GNUC_INTERNAL const char *dg_line_reader_next (DgLineReader *self, gsize *length,
                                                 gboolean *too_long, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgLineReader, dg_line_reader_free)

/* @in decompressed as gzip, every member of it in turn (`cat a.gz b.gz`
 * is the two files' contents, as gzip -d reads it); trailing zero bytes
 * are padding, anything else after a member is an error.  Takes a
 * reference to @in. */
G_GNUC_INTERNAL GInputStream *dg_input_gunzip (GInputStream *in);

/* @in with its first bytes looked at: *@gzip tells whether they are
 * gzip's magic number, as in `cat x.gz | diplograph ... -` (no text file
 * starts with it: 1f 8b is not UTF-8).  Returns a stream to read instead
 * of @in, which it references; NULL on a read error. */
G_GNUC_INTERNAL GInputStream *dg_input_sniff_gzip (GInputStream *in, gboolean *gzip,
                                                   GError **error);

/* A regular file, or @len bytes of @data (borrowed), read in slices that
 * start at line starts, each a stream of its own: threads read parts of
 * one file at once (dg-input-slices.c). */
typedef struct _DgSlices DgSlices;

G_GNUC_INTERNAL DgSlices *dg_slices_new_for_file (const char *path, GError **error);
G_GNUC_INTERNAL DgSlices *dg_slices_new_for_data (const char *data, gsize len);
G_GNUC_INTERNAL void dg_slices_free (DgSlices *self);
G_GNUC_INTERNAL guint64 dg_slices_get_size (DgSlices *self);
/* Where the line after the one at @at starts (the size, when none does). */
G_GNUC_INTERNAL guint64 dg_slices_next_line (DgSlices *self, guint64 at);
/* Bytes @start to @end, as a stream that @self outlives. */
G_GNUC_INTERNAL GInputStream *dg_slices_open (DgSlices *self, guint64 start, guint64 end);
/* The line breaks a stream of dg_slices_open() has handed out so far. */
G_GNUC_INTERNAL guint64 dg_slices_get_lines (GInputStream *slice);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgSlices, dg_slices_free)

G_END_DECLS
