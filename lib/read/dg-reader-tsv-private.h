/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-reader-statements-private.h"

G_BEGIN_DECLS

/* dg-reader-tsv.c: a table's header or one of its rows (a line that is not
 * a directive or a comment), read as `.dg` statements. */
G_GNUC_INTERNAL void dg_read_table_line (DgFileState *fs, const char *line);

G_END_DECLS
