/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @text broken at spaces into lines of about @width characters (counted
 * in characters, not bytes); newlines it has are kept.  0: unchanged. */
G_GNUC_INTERNAL char *dg_dot_wrap (const char *text, guint width);

/* As dg_dot_escape(), for a tooltip, which Graphviz unescapes once more. */
G_GNUC_INTERNAL char *dg_dot_escape_tooltip (const char *text, GError **error);

G_END_DECLS
