/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include "dg-diagnostic.h"
#include "dg-graph.h"
#include "dg-mapping.h"

G_BEGIN_DECLS

/**
 * DG_READER_MAX_LINE:
 *
 * The longest line a `.dg` file may have, in bytes.
 */
#define DG_READER_MAX_LINE 65536
/**
 * DG_READER_MAX_FILE:
 *
 * The largest `.dg` file the reader reads, in bytes.
 */
#define DG_READER_MAX_FILE (256 * 1024 * 1024)
/**
 * DG_READER_MAX_INCLUDE_DEPTH:
 *
 * How deeply `@include` may nest.
 */
#define DG_READER_MAX_INCLUDE_DEPTH 32
/**
 * DG_READER_DEFAULT_BASE:
 *
 * The base IRI of ids in a file that sets none with `@base`.
 */
#define DG_READER_DEFAULT_BASE "urn:diplograph:"

/**
 * DgProgressFunc:
 * @name: the file being read
 * @lines: lines read so far
 * @bytes: bytes read so far
 * @total: the size of the file in bytes
 * @user_data: the data passed to dg_reader_set_progress_func()
 *
 * Told how far the reader is in a file: every 65,536 lines, and once at its
 * end (@bytes equals @total).
 */
typedef void (*DgProgressFunc) (const char *name, gsize lines, gsize bytes, gsize total,
                                gpointer user_data);

#define DG_TYPE_READER (dg_reader_get_type ())
G_DECLARE_FINAL_TYPE (DgReader, dg_reader, DG, READER, GObject)

DgReader *dg_reader_new (DgGraph *graph);
const char *dg_reader_format_for_name (const char *name);
const char *const *dg_reader_get_formats (void);
gboolean dg_reader_set_input_format (DgReader *self, const char *format, GError **error);
gboolean dg_reader_set_base_iri (DgReader *self, const char *base_iri, GError **error);
void dg_reader_set_mapping (DgReader *self, DgMapping *mapping);
void dg_reader_set_threads (DgReader *self, guint n_threads);
guint64 dg_reader_get_n_rows (DgReader *self, guint64 *n_mapped, guint64 *n_refused);
guint64 dg_reader_get_n_rows_left_out (DgReader *self);
gboolean dg_reader_read_file (DgReader *self, const char *path, GError **error);
gboolean dg_reader_has_read (DgReader *self, const char *path);
GArray *dg_reader_get_stated_nodes (DgReader *self);
gboolean dg_reader_read_data (DgReader *self, const char *data, gssize length, const char *name,
                              GError **error);
gboolean dg_reader_finish (DgReader *self, GError **error);
void dg_reader_set_progress_func (DgReader *self, DgProgressFunc func, gpointer user_data,
                                  GDestroyNotify notify);
GPtrArray *dg_reader_get_diagnostics (DgReader *self);
guint dg_reader_get_n_errors (DgReader *self);
guint dg_reader_get_n_warnings (DgReader *self);

G_END_DECLS
