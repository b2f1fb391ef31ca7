/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <glib-object.h>

#include "dg-graph.h"
#include "dg-selection.h"

G_BEGIN_DECLS

/**
 * DgViewFlags:
 * @DG_VIEW_FLAGS_NONE: no layout aid
 * @DG_VIEW_CLUSTERS: box each state with its leaders and organizations
 * @DG_VIEW_LEGEND: add a legend of the classes and relations drawn
 * @DG_VIEW_COLLAPSE: show partnerships, relations and posts as labelled edges
 *
 * What a view shows besides its nodes; see dg_view_set_flags().
 */
typedef enum
{
  DG_VIEW_FLAGS_NONE = 0,
  DG_VIEW_CLUSTERS = 1 << 0,
  DG_VIEW_LEGEND = 1 << 1,
  DG_VIEW_COLLAPSE = 1 << 2,
} DgViewFlags;

#define DG_TYPE_VIEW (dg_view_get_type ())
G_DECLARE_FINAL_TYPE (DgView, dg_view, DG, VIEW, GObject)

DgView *dg_view_new (DgGraph *graph);
DgGraph *dg_view_get_graph (DgView *self);
void dg_view_set_selection (DgView *self, DgSelection *selection);
DgSelection *dg_view_get_selection (DgView *self);
gboolean dg_view_set_languages (DgView *self, const char *const *languages, GError **error);
const char *const *dg_view_get_languages (DgView *self);
void dg_view_set_flags (DgView *self, DgViewFlags flags);
DgViewFlags dg_view_get_flags (DgView *self);
gboolean dg_view_set_date_precision (DgView *self, const char *precision, GError **error);
guint dg_view_count_nodes (DgView *self);

G_END_DECLS
