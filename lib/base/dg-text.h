/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

gboolean dg_iri_validate (const char *iri, GError **error);
/**
 * DG_LANGUAGE_TAG_MAX:
 *
 * The longest language tag diplograph accepts, in characters.
 */
#define DG_LANGUAGE_TAG_MAX 63

gboolean dg_language_tag_validate (const char *tag, GError **error);
gboolean dg_text_validate (const char *text, gssize length, GError **error);

G_END_DECLS
