/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

#define DG_TYPE_MAPPING (dg_mapping_get_type ())
G_DECLARE_FINAL_TYPE (DgMapping, dg_mapping, DG, MAPPING, GObject)

DgMapping *dg_mapping_new (const char *name_or_path, GError **error);
DgMapping *dg_mapping_new_from_data (const char *data, gssize length, const char *name,
                                     GError **error);
const char *dg_mapping_get_name (DgMapping *self);
char **dg_mapping_list_builtin (void);

G_END_DECLS
