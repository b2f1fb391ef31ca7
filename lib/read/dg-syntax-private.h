/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <gio/gio.h>

#include "dg-reader.h"

G_BEGIN_DECLS

/* The input syntaxes the reader knows (dg-syntax.c): one row each.  The
 * reader, `--input-format` and the command line's help all read this
 * table; a new syntax is a row here and, for a new kind, a file that reads
 * it, handed to the table from above (dg_syntax_register()). */

typedef enum
{
  DG_SYNTAX_TEXT,   /* read whole, with its @includes: `.dg` and its tables */
  DG_SYNTAX_STREAM, /* read a statement at a time, at any size: RDF */
  DG_SYNTAX_N_KINDS
} DgSyntaxKind;

typedef struct
{
  const char *name;        /* as --input-format names it */
  const char *suffixes[4]; /* file name endings that stand for it */
  DgSyntaxKind kind;
  gboolean table;       /* rows: read through a mapping when one is set */
  gboolean keeps_state; /* a statement's meaning depends on those before it (prefixes,
                         * a base, a subject carried on): only read from its start */
  gboolean dataset;     /* statements may name their graph */
} DgSyntax;

/* How each kind is read: into @reader, from @data of @len bytes known as
 * @key (TEXT), or from @in (STREAM). */
typedef void (*DgSyntaxReadText) (DgReader *reader, const DgSyntax *syntax, const char *data,
                                  gsize len, const char *name, const char *key);
typedef void (*DgSyntaxReadStream) (DgReader *reader, const DgSyntax *syntax, GInputStream *in,
                                    const char *name);

/* The syntax named @name, or NULL. */
G_GNUC_INTERNAL const DgSyntax *dg_syntax_lookup (const char *name);
/* The syntax a file name's ending stands for, or NULL. */
G_GNUC_INTERNAL const DgSyntax *dg_syntax_for_file (const char *file_name);
/* "dg, tsv, turtle, … or rdfxml", for messages and help. */
G_GNUC_INTERNAL const char *dg_syntax_list (void);
G_GNUC_INTERNAL const char *const *dg_syntax_names (void);

/* Hands the table the reader of @kind; once, before any is read. */
G_GNUC_INTERNAL void dg_syntax_register (DgSyntaxKind kind, DgSyntaxReadText read_text,
                                         DgSyntaxReadStream read_stream);
G_GNUC_INTERNAL void dg_syntax_read_text (const DgSyntax *syntax, DgReader *reader,
                                          const char *data, gsize len, const char *name,
                                          const char *key);
G_GNUC_INTERNAL void dg_syntax_read_stream (const DgSyntax *syntax, DgReader *reader,
                                            GInputStream *in, const char *name);

G_END_DECLS
