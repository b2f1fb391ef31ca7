/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-graph.h"
#include "dg-ontology-private.h"

G_BEGIN_DECLS

#define DG_NO_NODE G_MAXUINT32

/* A statement: subject, predicate and either a node or a literal.  The
 * class of a node is not a statement; writers emit it as rdf:type. */
typedef struct
{
  guint32 subject;
  guint32 predicate; /* interned IRI */
  guint32 object;    /* node, or literal when is_literal */
  guint32 is_literal;
} DgEdge;

typedef struct
{
  guint32 lexical;  /* interned */
  guint32 datatype; /* interned IRI, 0 for a plain or language-tagged string */
  guint32 language; /* interned tag, 0 when none */
} DgLiteral;

G_GNUC_INTERNAL const char *dg_graph_string (DgGraph *self, guint32 id);
G_GNUC_INTERNAL gboolean dg_graph_string_id (DgGraph *self, const char *str, guint32 *id);
G_GNUC_INTERNAL const DgEdge *dg_graph_edge (DgGraph *self, guint edge);
G_GNUC_INTERNAL const DgLiteral *dg_graph_literal (DgGraph *self, guint literal);
G_GNUC_INTERNAL DgTerm *dg_graph_node_term (DgGraph *self, guint node);
G_GNUC_INTERNAL DgTerm *dg_graph_predicate_term (DgGraph *self, guint32 predicate);
/* Whether the node's class is stated in the data (and so written as
 * rdf:type) rather than known from the ontology. */
G_GNUC_INTERNAL gboolean dg_graph_node_class_asserted (DgGraph *self, guint node);
/* The edges whose subject is @node, in the order they were added, as
 * indexes into an array the graph owns; valid until the graph changes. */
G_GNUC_INTERNAL const guint32 *dg_graph_edges_of (DgGraph *self, guint node, guint *n_edges);
/* The first literal of @node for @property, or NULL. */
G_GNUC_INTERNAL const DgLiteral *dg_graph_find_literal (DgGraph *self, guint node,
                                                        const char *property);

G_END_DECLS
