/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include "dg-diagnostic.h"
#include "dg-graph.h"

G_BEGIN_DECLS

/**
 * DG_NO_STATEMENT:
 *
 * Passed as the statement of a #DgValidateFunc report about a node itself.
 */
#define DG_NO_STATEMENT G_MAXUINT

/**
 * DgValidateFunc:
 * @severity: how serious the problem is
 * @node: the node it is about
 * @statement: the statement (in the order they were added), or
 *   %DG_NO_STATEMENT when it is about the node itself
 * @message: what is wrong
 * @user_data: the data passed to dg_graph_validate()
 *
 * Receives each problem dg_graph_validate() finds.
 */
typedef void (*DgValidateFunc) (DgSeverity severity, guint node, guint statement,
                                const char *message, gpointer user_data);

guint dg_graph_validate (DgGraph *graph, DgValidateFunc func, gpointer user_data);

G_END_DECLS
