/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-graph.h"
#include "dg-ontology-private.h"

G_BEGIN_DECLS

#define DG_NO_NODE G_MAXUINT32

/* A statement: subject, predicate and either a node or a literal, in 12
 * bytes: an events table holds a dozen a row.  The class of a node is not a
 * statement; writers emit it as rdf:type.  The named graph a statement is
 * in is kept apart, in runs (dg_graph_edge_graph()), since statements
 * mostly come in long runs of one graph or none. */
typedef struct
{
  guint32 subject;
  guint32 predicate : 31; /* interned IRI */
  guint32 is_literal : 1;
  guint32 object; /* node, or literal when is_literal */
} DgEdge;

typedef struct
{
  guint32 lexical;  /* interned */
  guint32 datatype; /* interned IRI, 0 for a plain or language-tagged string */
  guint32 language; /* interned tag, 0 when none */
} DgLiteral;

/* Graph and predicate ids fit in the 31 bits a node's type graph and an
 * edge's predicate have for them. */
#define DG_MAX_GRAPH_ID 0x7fffffffu

G_GNUC_INTERNAL const char *dg_graph_string (DgGraph *self, guint32 id);
G_GNUC_INTERNAL guint32 dg_graph_intern (DgGraph *self, const char *str);
/* The graph that statements added from now on are in (see dg_graph_edge_graph());
 * 0 to say none.  Readers of RDF datasets set it per statement. */
G_GNUC_INTERNAL void dg_graph_set_current_graph (DgGraph *self, guint32 graph);
/* The named graph the class of @node was stated in, as dg_graph_edge_graph() gives. */
G_GNUC_INTERNAL guint32 dg_graph_node_name_id (DgGraph *self, guint node);
/* The interned IRI of @node's class, 0 when it has none. */
G_GNUC_INTERNAL guint32 dg_graph_node_class_id (DgGraph *self, guint node);
G_GNUC_INTERNAL guint32 dg_graph_node_type_graph (DgGraph *self, guint node);
/* States that @node is a @class_iri.  Unlike dg_graph_add_node(), a node may
 * have several classes: the first the ontology knows becomes its class, and
 * the others are kept as rdf:type statements. */
G_GNUC_INTERNAL gboolean dg_graph_add_type (DgGraph *self, guint node, const char *class_iri,
                                            GError **error);
/* As dg_graph_add_literal(), but with @as_written a value is kept as RDF
 * input wrote it: a lexical form invalid for its datatype (RDF calls it
 * ill-typed, not wrong), and an explicit xsd:string. */
G_GNUC_INTERNAL gboolean dg_graph_add_literal_full (DgGraph *self, guint subject,
                                                    const char *property_iri, const char *lexical,
                                                    const char *datatype, const char *language,
                                                    gboolean as_written, GError **error);
G_GNUC_INTERNAL gboolean dg_graph_string_id (DgGraph *self, const char *str, guint32 *id);
G_GNUC_INTERNAL const DgEdge *dg_graph_edge (DgGraph *self, guint edge);
/* The named graph the data put statement @edge in: 0 when it did not say
 * (a writer of datasets then places it by its sources), else the interned
 * graph name, "" for the default graph. */
G_GNUC_INTERNAL guint32 dg_graph_edge_graph (DgGraph *self, guint edge);
/* Whether statement @edge repeats an earlier one (and so is left out). */
G_GNUC_INTERNAL gboolean dg_graph_edge_is_repeated (DgGraph *self, guint edge);
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

/* Appending @part, a graph read apart from @self (a part of a table read
 * on another thread), as if it had been read into @self after what @self
 * holds: strings, nodes, literals and then statements in @part's order, so
 * that a reading in parts writes byte for byte what one reading writes.
 * Named graphs keep their names.  A blank node of @part is the node of
 * @self that @blanks says (made there with dg_graph_add_blank_node() when
 * @make, so in the order a reading in turn makes them; DG_NO_NODE when
 * @self has none yet); without @blanks a part with blank nodes is refused.
 * NULL, with @self unchanged, when that cannot be promised: @part has
 * citations, blank nodes with no @blanks or a blank graph name, or types a
 * node otherwise than @self does (read in order, that is an error or an
 * rdf:type statement where it is stated). */
typedef guint (*DgGraphBlanks) (DgGraph *self, guint part_node, gboolean make, gpointer data);
typedef struct _DgGraphMerge DgGraphMerge;
G_GNUC_INTERNAL DgGraphMerge *dg_graph_merge_begin (DgGraph *self, DgGraph *part,
                                                    DgGraphBlanks blanks, gpointer blanks_data);
/* Our id of @part's node. */
G_GNUC_INTERNAL guint dg_graph_merge_node (DgGraphMerge *m, guint part_node);
/* Appends @part's statements @from to @to (exclusive).  All of them at
 * once are handed over, not copied: @part holds none after. */
G_GNUC_INTERNAL void dg_graph_merge_statements (DgGraphMerge *m, guint from, guint to);
G_GNUC_INTERNAL void dg_graph_merge_free (DgGraphMerge *m);

G_END_DECLS
