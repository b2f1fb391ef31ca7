/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <glib-object.h>

#include "dg-ontology.h"
#include "dg-relation.h"

G_BEGIN_DECLS

#define DG_TYPE_GRAPH (dg_graph_get_type ())
G_DECLARE_FINAL_TYPE (DgGraph, dg_graph, DG, GRAPH, GObject)

DgGraph *dg_graph_new (DgOntology *ontology);
DgOntology *dg_graph_get_ontology (DgGraph *self);

gboolean dg_graph_add_node (DgGraph *self, const char *iri, const char *class_iri, guint *node,
                            GError **error);
gboolean dg_graph_add_blank_node (DgGraph *self, guint *node, GError **error);
gboolean dg_graph_node_is_blank (DgGraph *self, guint node);
gboolean dg_graph_lookup_node (DgGraph *self, const char *iri, guint *node);
gboolean dg_graph_add_relation (DgGraph *self, guint subject, const char *property_iri,
                                guint object, GError **error);
gboolean dg_graph_add_literal (DgGraph *self, guint subject, const char *property_iri,
                               const char *lexical, const char *datatype, const char *language,
                               GError **error);
gboolean dg_graph_add_label (DgGraph *self, guint node, const char *text, const char *language,
                             GError **error);
gboolean dg_graph_add_citation (DgGraph *self, guint fact, guint source, const char *quote,
                                const char *language, guint *citation, GError **error);

gboolean dg_graph_has_named_graphs (DgGraph *self);
guint dg_graph_get_n_nodes (DgGraph *self);
guint dg_graph_get_n_statements (DgGraph *self);
guint dg_graph_get_n_distinct_statements (DgGraph *self);
guint64 dg_graph_get_n_triples (DgGraph *self);
const char *dg_graph_get_node_iri (DgGraph *self, guint node);
const char *dg_graph_get_node_class (DgGraph *self, guint node);
const char *dg_graph_get_node_label (DgGraph *self, guint node, const char *const *languages);
GPtrArray *dg_graph_get_relations (DgGraph *self, guint node);
GPtrArray *dg_graph_get_relations_to (DgGraph *self, guint node);
gsize dg_graph_get_memory_size (DgGraph *self);
void dg_graph_count_provenance (DgGraph *self, guint *n_stated, guint *n_citations,
                                guint *n_sources);

G_END_DECLS
