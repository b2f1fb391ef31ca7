/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The installed font family fontconfig gives for @family ("sans-serif",
 * "DejaVu Serif", "Noto Sans:bold"): a diagram names a font that exists,
 * so what its DOT asks for is what a PDF embeds and an SVG names.  A
 * family that is not installed is an error naming what fontconfig would
 * use instead; a generic family (sans-serif, serif, monospace) gives its
 * match.  Free with g_free(). */
G_GNUC_INTERNAL char *dg_font_resolve (const char *family, GError **error);

G_END_DECLS
