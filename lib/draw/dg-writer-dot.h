/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <gio/gio.h>

#include "dg-graph.h"
#include "dg-selection.h"

G_BEGIN_DECLS

/**
 * DgDotFlags:
 * @DG_DOT_FLAGS_NONE: no layout aid
 * @DG_DOT_CLUSTERS: box each state with its leaders and organizations
 * @DG_DOT_LEGEND: add a legend of the classes and relations drawn
 * @DG_DOT_COLLAPSE: draw partnerships, relations and posts as labelled edges
 *
 * Layout aids of a #DgDotWriter; see dg_dot_writer_set_flags().
 */
typedef enum
{
  DG_DOT_FLAGS_NONE = 0,
  DG_DOT_CLUSTERS = 1 << 0,
  DG_DOT_LEGEND = 1 << 1,
  DG_DOT_COLLAPSE = 1 << 2,
} DgDotFlags;

#define DG_TYPE_DOT_WRITER (dg_dot_writer_get_type ())
G_DECLARE_FINAL_TYPE (DgDotWriter, dg_dot_writer, DG, DOT_WRITER, GObject)

DgDotWriter *dg_dot_writer_new (DgGraph *graph);
gboolean dg_dot_writer_set_languages (DgDotWriter *self, const char *const *languages,
                                      GError **error);
void dg_dot_writer_set_selection (DgDotWriter *self, DgSelection *selection);
void dg_dot_writer_set_flags (DgDotWriter *self, DgDotFlags flags);
void dg_dot_writer_set_wrap_width (DgDotWriter *self, guint width);
gboolean dg_dot_writer_set_date_precision (DgDotWriter *self, const char *precision, GError **error);
gboolean dg_dot_writer_set_dpi (DgDotWriter *self, guint dpi, GError **error);
gboolean dg_dot_writer_set_font (DgDotWriter *self, const char *family, GError **error);
gboolean dg_dot_writer_set_rankdir (DgDotWriter *self, const char *rankdir, GError **error);
gboolean dg_dot_writer_set_layout (DgDotWriter *self, const char *engine, GError **error);
guint dg_dot_writer_count_nodes (DgDotWriter *self);
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
