/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A string table: each distinct string is stored once and named by a small
 * integer, so the graph holds 4-byte ids instead of pointers and copies.
 * Id 0 is never handed out; it stands for "none". */
typedef struct _DgIntern DgIntern;

G_GNUC_INTERNAL DgIntern *dg_intern_new (void);
G_GNUC_INTERNAL void dg_intern_free (DgIntern *self);
G_GNUC_INTERNAL guint32 dg_intern_add (DgIntern *self, const char *str);
G_GNUC_INTERNAL gboolean dg_intern_lookup (DgIntern *self, const char *str, guint32 *id);
G_GNUC_INTERNAL const char *dg_intern_get (DgIntern *self, guint32 id);
G_GNUC_INTERNAL gsize dg_intern_get_size (DgIntern *self);
G_GNUC_INTERNAL gsize dg_intern_get_bytes (DgIntern *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgIntern, dg_intern_free)

G_END_DECLS
