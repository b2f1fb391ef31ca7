/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-diagram-private.h"
#include "dg-view.h"

G_BEGIN_DECLS

/* The inputs of a diagram of @self: its graph, selection, flags, languages
 * and date precision; no marks, no element ids. */
G_GNUC_INTERNAL void dg_view_get_inputs (DgView *self, DgDiagramInputs *in);
/* A diagram of @self as it is set. */
G_GNUC_INTERNAL DgDiagram *dg_view_new_diagram (DgView *self);

G_END_DECLS
