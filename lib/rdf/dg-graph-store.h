/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <gio/gio.h>

#include "dg-graph.h"

G_BEGIN_DECLS

/**
 * DgPushMode:
 * @DG_PUSH_REPLACE: replace each graph (HTTP PUT)
 * @DG_PUSH_ADD: add to each graph (HTTP POST)
 *
 * What a push does to the graphs already in the store.
 */
typedef enum
{
  DG_PUSH_REPLACE,
  DG_PUSH_ADD,
} DgPushMode;

#define DG_TYPE_GRAPH_STORE (dg_graph_store_get_type ())
G_DECLARE_FINAL_TYPE (DgGraphStore, dg_graph_store, DG, GRAPH_STORE, GObject)

DgGraphStore *dg_graph_store_new (const char *endpoint, GError **error);
char *dg_graph_store_get_endpoint (DgGraphStore *self);
void dg_graph_store_set_credentials (DgGraphStore *self, const char *user, const char *password);
void dg_graph_store_set_unsourced_graph (DgGraphStore *self, const char *graph_iri);
void dg_graph_store_set_timeout (DgGraphStore *self, guint seconds);
void dg_graph_store_set_with_ontology (DgGraphStore *self, gboolean with_ontology);
gboolean dg_graph_store_push (DgGraphStore *self, DgGraph *graph, const char *graph_iri,
                              DgPushMode mode, GError **error);
guint dg_graph_store_get_n_requests (DgGraphStore *self);
guint64 dg_graph_store_get_n_triples (DgGraphStore *self);

G_END_DECLS
