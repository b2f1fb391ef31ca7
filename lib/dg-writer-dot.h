/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <gio/gio.h>

#include "dg-graph.h"

G_BEGIN_DECLS

#define DG_TYPE_DOT_WRITER (dg_dot_writer_get_type ())
G_DECLARE_FINAL_TYPE (DgDotWriter, dg_dot_writer, DG, DOT_WRITER, GObject)

DgDotWriter *dg_dot_writer_new (DgGraph *graph);
void dg_dot_writer_set_languages (DgDotWriter *self, const char *const *languages);
gboolean dg_dot_writer_write (DgDotWriter *self, GOutputStream *stream, GError **error);
gboolean dg_dot_writer_write_file (DgDotWriter *self, const char *path, GError **error);
char *dg_dot_escape (const char *text, GError **error);

G_END_DECLS
