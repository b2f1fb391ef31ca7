/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <glib-object.h>

#include "dg-graph.h"

G_BEGIN_DECLS

#define DG_TYPE_SELECTION (dg_selection_get_type ())
G_DECLARE_FINAL_TYPE (DgSelection, dg_selection, DG, SELECTION, GObject)

DgSelection *dg_selection_new (DgGraph *graph);
DgGraph *dg_selection_get_graph (DgSelection *self);

gboolean dg_selection_set_focus (DgSelection *self, const char *node, guint depth, GError **error);
void dg_selection_set_collapse (DgSelection *self, gboolean collapse);
gboolean dg_selection_set_relations (DgSelection *self, const char *const *relations,
                                     GError **error);
gboolean dg_selection_set_classes (DgSelection *self, const char *const *classes, GError **error);
gboolean dg_selection_set_time_window (DgSelection *self, const char *from, const char *to,
                                       GError **error);
gboolean dg_selection_set_source (DgSelection *self, const char *source, GError **error);
void dg_selection_set_stated_nodes (DgSelection *self, const guint *nodes, gsize n_nodes);

gboolean dg_selection_find_node (DgSelection *self, const char *name, guint *node, GError **error);
gboolean dg_selection_contains_node (DgSelection *self, guint node);
gboolean dg_selection_contains_relation (DgSelection *self, const char *property_iri);
guint dg_selection_get_n_nodes (DgSelection *self);

G_END_DECLS
