/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <gio/gio.h>

#include "dg-view.h"

G_BEGIN_DECLS

#define DG_TYPE_DOT_WRITER (dg_dot_writer_get_type ())
G_DECLARE_FINAL_TYPE (DgDotWriter, dg_dot_writer, DG, DOT_WRITER, GObject)

DgDotWriter *dg_dot_writer_new (DgView *view);
DgView *dg_dot_writer_get_view (DgDotWriter *self);
void dg_dot_writer_set_wrap_width (DgDotWriter *self, guint width);
gboolean dg_dot_writer_set_dpi (DgDotWriter *self, guint dpi, GError **error);
gboolean dg_dot_writer_set_font (DgDotWriter *self, const char *family, GError **error);
gboolean dg_dot_writer_set_rankdir (DgDotWriter *self, const char *rankdir, GError **error);
gboolean dg_dot_writer_set_layout (DgDotWriter *self, const char *engine, GError **error);
gboolean dg_dot_writer_set_page (DgDotWriter *self, const char *page, GError **error);
gboolean dg_dot_writer_write (DgDotWriter *self, GOutputStream *stream, GError **error);
gboolean dg_dot_writer_write_file (DgDotWriter *self, const char *path, GError **error);
gboolean dg_dot_writer_render (DgDotWriter *self, const char *format, GOutputStream *stream,
                               GError **error);
gboolean dg_dot_writer_render_file (DgDotWriter *self, const char *format, const char *path,
                                    GError **error);
gboolean dg_dot_writer_write_html (DgDotWriter *self, GOutputStream *stream, GError **error);
gboolean dg_dot_writer_write_html_file (DgDotWriter *self, const char *path, GError **error);
gboolean dg_dot_writer_can_render (const char *format);
const char *dg_dot_writer_render_format_for_name (const char *file_name);
char *dg_dot_escape (const char *text, GError **error);

G_END_DECLS
