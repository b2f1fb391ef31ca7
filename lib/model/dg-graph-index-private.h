/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-graph-private.h"

G_BEGIN_DECLS

/* An RDF graph is a set: in a subject index (@order grouped by subject,
 * @offsets per node and one past the last), leaves out each statement that
 * repeats an earlier one of its subject (same predicate, object or literal
 * value, and graph), keeping the first in its place; marks those left out
 * in @repeated (one byte per statement, zeroed by the caller).  A subject
 * with many statements is compared by hash, not pairwise.  Returns how many
 * were left out. */
G_GNUC_INTERNAL guint dg_edges_drop_repeats (GArray *edges, GArray *literals, guint32 *offsets,
                                             guint32 *order, guint n_nodes, guint8 *repeated);

G_END_DECLS
