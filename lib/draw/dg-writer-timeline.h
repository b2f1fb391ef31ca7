/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <gio/gio.h>

#include "dg-writer-dot.h"

G_BEGIN_DECLS

#define DG_TYPE_TIMELINE_WRITER (dg_timeline_writer_get_type ())
G_DECLARE_FINAL_TYPE (DgTimelineWriter, dg_timeline_writer, DG, TIMELINE_WRITER, GObject)

DgTimelineWriter *dg_timeline_writer_new (DgView *view);
void dg_timeline_writer_set_drawing (DgTimelineWriter *self, DgDotWriter *drawing);
gboolean dg_timeline_writer_set_focus (DgTimelineWriter *self, const char *node, GError **error);
gboolean dg_timeline_writer_set_span (DgTimelineWriter *self, const char *from, const char *to,
                                      GError **error);
void dg_timeline_writer_set_legend (DgTimelineWriter *self, gboolean legend);
gboolean dg_timeline_writer_write (DgTimelineWriter *self, const char *format,
                                   GOutputStream *stream, GError **error);
gboolean dg_timeline_writer_write_file (DgTimelineWriter *self, const char *format,
                                        const char *path, GError **error);

G_END_DECLS
