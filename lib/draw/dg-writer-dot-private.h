/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>
#include <graphviz/cgraph.h>

#include "dg-diagram-private.h"
#include "dg-view-private.h"
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

/* @d drawn by @self: written as DOT, or laid out and rendered (svg, png,
 * pdf).  A caller that adds to the view's diagram (marks, element ids)
 * builds it once and hands it here. */
G_GNUC_INTERNAL gboolean dg_dot_writer_write_diagram (DgDotWriter *self, const DgDiagram *d,
                                                      GOutputStream *stream, GError **error);
G_GNUC_INTERNAL gboolean dg_dot_writer_render_diagram (DgDotWriter *self, const DgDiagram *d,
                                                       const char *format, GOutputStream *stream,
                                                       GError **error);
/* @d laid out by @layout, written as Graphviz's plain text: a line
 * `node NAME X Y …` per node, in inches (dg-render.c). */
G_GNUC_INTERNAL gboolean dg_dot_writer_place_diagram (DgDotWriter *self, const DgDiagram *d,
                                                      const char *layout, GOutputStream *stream,
                                                      GError **error);

/* The layout engine set with dg_dot_writer_set_layout(); NULL when none
 * was (dot is drawn). */
G_GNUC_INTERNAL const char *dg_dot_writer_get_layout (DgDotWriter *self);

/* dg-dot-page.c: @page (see dg_dot_writer_set_page()) in inches; FALSE
 * with @error when it names no page. */
G_GNUC_INTERNAL gboolean dg_dot_page_parse (const char *page, double *width, double *height,
                                            GError **error);

/* dg-render.c: lays out @dot (DOT text) with @layout and renders @format
 * (svg, png, pdf, or Graphviz's plain text of positions) in-process, as
 * the dot program would draw it. */
G_GNUC_INTERNAL gboolean dg_render_text (const char *dot, const char *layout, const char *format,
                                         GOutputStream *stream, GError **error);

/* dg-dot-graph.c: the discipline every graph is opened with (stable
 * numbering, output to a stream); a graph for another drawing opened with
 * it, written with dg_dot_write_graph(); close it with agclose(). */
G_GNUC_INTERNAL Agdisc_t *dg_dot_graph_disc (void);
G_GNUC_INTERNAL Agraph_t *dg_dot_open_graph (const char *name);
G_GNUC_INTERNAL gboolean dg_dot_write_graph (Agraph_t *ag, GOutputStream *stream, GError **error);

/* Sets @sym of @obj to @text escaped for DOT (dg_dot_escape()), or to
 * @text escaped for a tooltip; FALSE with @error naming @iri when it
 * cannot be. */
G_GNUC_INTERNAL gboolean dg_dot_set_text (void *obj, Agsym_t *sym, const char *text, const char *iri,
                                          GError **error);
G_GNUC_INTERNAL gboolean dg_dot_set_tooltip (void *obj, Agsym_t *sym, const char *text,
                                             const char *iri, GError **error);
/* The installed font a drawing names (dg_dot_writer_set_font()). */
G_GNUC_INTERNAL char *dg_dot_writer_dup_font (DgDotWriter *self);
/* Its PNG resolution (dg_dot_writer_set_dpi()); 0 for Graphviz's. */
G_GNUC_INTERNAL guint dg_dot_writer_get_dpi (DgDotWriter *self);
/* The marks of the legend for @diagram, set on @ag as its label in the
 * bottom right corner (nothing when the diagram draws nothing). */
G_GNUC_INTERNAL void dg_dot_set_legend (Agraph_t *ag, const DgDiagram *diagram,
                                        const char *const *languages);

G_END_DECLS
