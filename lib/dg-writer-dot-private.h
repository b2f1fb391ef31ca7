/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

#include "dg-diagram-private.h"
#include "dg-writer-dot.h"

G_BEGIN_DECLS

/* @text broken at spaces into lines of about @width characters (counted
 * in characters, not bytes); newlines it has are kept.  0: unchanged. */
G_GNUC_INTERNAL char *dg_dot_wrap (const char *text, guint width);

/* As dg_dot_escape(), for a tooltip, which Graphviz unescapes once more. */
G_GNUC_INTERNAL char *dg_dot_escape_tooltip (const char *text, GError **error);

/* The legend of @diagram as a Graphviz HTML-like table (dg-dot-legend.c),
 * labels in @languages; NULL when nothing is drawn. */
G_GNUC_INTERNAL char *dg_dot_legend_html (const DgDiagram *diagram, const char *const *languages);

/* Facts to draw marked (dg-diff.c): graph node -> const DgTerm* kind of
 * change, drawn in the kind's dg:edgeColor and dg:edgeStyle and listed in
 * the legend; %NULL for none.  The writer keeps a reference. */
G_GNUC_INTERNAL void dg_dot_writer_set_marks (DgDotWriter *self, GHashTable *marks);

/* For a page that scripts the drawing (dg-writer-html.c): nodes get
 * id="dgnI" (I: the diagram node) and class="dgcK" (K: the class term's
 * index), edges id="dgeI"; the same diagram, made again, gives the
 * indexes. */
G_GNUC_INTERNAL void dg_dot_writer_set_element_ids (DgDotWriter *self, gboolean ids);
G_GNUC_INTERNAL DgDiagram *dg_dot_writer_new_diagram (DgDotWriter *self);
G_GNUC_INTERNAL DgGraph *dg_dot_writer_get_graph (DgDotWriter *self);
G_GNUC_INTERNAL const char *const *dg_dot_writer_get_languages (DgDotWriter *self);

G_END_DECLS
