/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <gio/gio.h>

#include "dg-writer-dot.h"

G_BEGIN_DECLS

#define DG_TYPE_DIFF_WRITER (dg_diff_writer_get_type ())
G_DECLARE_FINAL_TYPE (DgDiffWriter, dg_diff_writer, DG, DIFF_WRITER, GObject)

DgDiffWriter *dg_diff_writer_new (DgView *view);
void dg_diff_writer_set_drawing (DgDiffWriter *self, DgDotWriter *drawing);
gboolean dg_diff_writer_set_dates (DgDiffWriter *self, const char *from, const char *to,
                                   GError **error);
gboolean dg_diff_writer_set_format (DgDiffWriter *self, const char *format, GError **error);
guint dg_diff_writer_count_changes (DgDiffWriter *self);
gboolean dg_diff_writer_write (DgDiffWriter *self, GOutputStream *stream, GError **error);
gboolean dg_diff_writer_write_file (DgDiffWriter *self, const char *path, GError **error);

G_END_DECLS
