/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

void dg_output_remove_partial_files (void);

G_END_DECLS
