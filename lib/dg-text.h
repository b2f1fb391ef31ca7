/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

gboolean dg_iri_validate (const char *iri, GError **error);
gboolean dg_language_tag_validate (const char *tag, GError **error);
gboolean dg_text_validate (const char *text, gssize length, GError **error);

G_END_DECLS
