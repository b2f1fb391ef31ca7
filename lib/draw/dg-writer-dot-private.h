/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>
#include <graphviz/cgraph.h>

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

/* Lays out @dot (DOT text) with @layout and renders @format (svg, png,
 * pdf) in-process, as the dot program would draw it. */
G_GNUC_INTERNAL gboolean dg_dot_render_text (const char *dot, const char *layout, const char *format,
                                             GOutputStream *stream, GError **error);

/* A graph for another drawing whose agwrite() goes to a stream, with
 * dg_dot_write_graph(); close it with agclose(). */
G_GNUC_INTERNAL Agraph_t *dg_dot_open_graph (const char *name);
G_GNUC_INTERNAL gboolean dg_dot_write_graph (Agraph_t *ag, GOutputStream *stream, GError **error);

/* Sets @sym of @obj to @text escaped for DOT (dg_dot_escape()), or to
 * @text escaped for a tooltip; FALSE with @error naming @iri when it
 * cannot be. */
G_GNUC_INTERNAL gboolean dg_dot_set_text (void *obj, Agsym_t *sym, const char *text, const char *iri,
                                          GError **error);
G_GNUC_INTERNAL gboolean dg_dot_set_tooltip (void *obj, Agsym_t *sym, const char *text,
                                             const char *iri, GError **error);
/* An IRI a browser may follow from a drawing (http, https), else NULL. */
G_GNUC_INTERNAL const char *dg_dot_link_of (const char *iri);
/* The installed font a drawing names (dg_dot_writer_set_font()). */
G_GNUC_INTERNAL char *dg_dot_writer_dup_font (DgDotWriter *self);
/* Its PNG resolution (dg_dot_writer_set_dpi()); 0 for Graphviz's. */
G_GNUC_INTERNAL guint dg_dot_writer_get_dpi (DgDotWriter *self);
/* The marks of the legend for @diagram, set on @ag as its label in the
 * bottom right corner (nothing when the diagram draws nothing). */
G_GNUC_INTERNAL void dg_dot_set_legend (Agraph_t *ag, const DgDiagram *diagram,
                                        const char *const *languages);

/* For a page that scripts the drawing (dg-writer-html.c): nodes get
 * id="dgnI" (I: the diagram node) and class="dgcK" (K: the class term's
 * index), edges id="dgeI"; the same diagram, made again, gives the
 * indexes. */
G_GNUC_INTERNAL void dg_dot_writer_set_element_ids (DgDotWriter *self, gboolean ids);
G_GNUC_INTERNAL DgDiagram *dg_dot_writer_new_diagram (DgDotWriter *self);
/* The diagram of the writer's view drawn with @flags instead of its own. */
G_GNUC_INTERNAL DgDiagram *dg_dot_writer_new_diagram_with (DgDotWriter *self, DgDotFlags flags);
G_GNUC_INTERNAL DgGraph *dg_dot_writer_get_graph (DgDotWriter *self);
G_GNUC_INTERNAL const char *const *dg_dot_writer_get_languages (DgDotWriter *self);

G_END_DECLS
