/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-fact-private.h"
#include "dg-network-private.h"

G_BEGIN_DECLS

/* Reads what a network's rows say of their node or fact beside its label
 * (dg-network-attributes.c). */
typedef struct _DgNetworkAttributes DgNetworkAttributes;

G_GNUC_INTERNAL DgNetworkAttributes *dg_network_attributes_new (DgFactTerms *terms,
                                                                const gint64 *successor_end,
                                                                const char *const *languages);
G_GNUC_INTERNAL void dg_network_attributes_free (DgNetworkAttributes *attributes);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgNetworkAttributes, dg_network_attributes_free)

/* The name a class or relation goes by: its local name in the ontology,
 * else its IRI's last part (dg_text_iri_tail()). */
G_GNUC_INTERNAL const char *dg_network_name (DgOntology *ontology, const char *iri);

/* start, end and their precision, when @node's fact has a time. */
G_GNUC_INTERNAL void dg_network_attributes_add_time (DgNetworkAttributes *a, DgNetworkTable *table,
                                                     GPtrArray *row, guint node);
G_GNUC_INTERNAL void dg_network_attributes_add_span (DgNetworkTable *table, GPtrArray *row,
                                                     const char start[11], const char end[11],
                                                     const char *const precision[2]);
/* quotes: how many citations; sources: how many source documents. */
G_GNUC_INTERNAL void dg_network_attributes_add_provenance (DgNetworkAttributes *a,
                                                           DgNetworkTable *table, GPtrArray *row,
                                                           guint node);
/* label_LANG for each language, and a column per relation to a value. */
G_GNUC_INTERNAL void dg_network_attributes_add_values (DgNetworkAttributes *a,
                                                       DgNetworkTable *table, GPtrArray *row,
                                                       guint node);

G_END_DECLS
