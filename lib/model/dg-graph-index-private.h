/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-graph-private.h"

G_BEGIN_DECLS

/* Builds the subject index of @self if a change made it stale: @order
 * grouped by subject, @offsets per node and one past the last.  An RDF
 * graph is a set: the index leaves out each statement that repeats an
 * earlier one of its subject (same predicate, object or literal value, and
 * graph), keeping the first in its place, and marks it in @repeated. */
G_GNUC_INTERNAL void dg_graph_build_index (DgGraph *self);

G_END_DECLS
