/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-reader-private.h"

G_BEGIN_DECLS

/* The state of one file being read as `.dg` statements (a `.dg` file or a
 * table), its tokens, and the statements they make (dg-reader-statements.c). */

typedef enum
{
  DG_TOKEN_WORD,
  DG_TOKEN_STRING,
  DG_TOKEN_IRI,
} DgTokenType;

typedef struct
{
  DgTokenType type;
  char *text;     /* decoded */
  char *language; /* STRING@lang */
  char *datatype; /* STRING^^type, as written (IRI or prefixed name) */
  gboolean datatype_is_iri;
  guint column;
  char *key; /* key=value: the key; the token is the value */
  guint key_column;
} DgToken;

typedef struct _DgFileState
{
  DgReader *reader;
  guint32 file;
  const char *dir; /* for @include */
  char *base;
  GHashTable *prefixes; /* prefix -> namespace IRI, owned strings */
  /* The line being read. */
  const char *line;
  guint line_no;
  guint bom; /* bytes of a byte-order mark before the line, not counted as a column */
  /* The last place dg_stmt_pos_at() counted to on this line, so that the
   * columns of a line's tokens are counted once, not from its start each
   * time. */
  const char *counted_line, *counted_to;
  guint counted_line_no, counted_column;
  /* Where continuation lines go: frames of (indent, node). */
  GArray *frames;
  gboolean have_subject;
  guint depth;
  /* Tables (.tsv): the header's columns, once read. */
  gboolean is_table;
  GArray *columns; /* Column */
  char *stem;      /* for the ids of rows without an id column */
  gboolean parts_decided; /* whether to read the rows in parts is decided */
} DgFileState;

typedef struct
{
  guint indent;
  guint node;
} DgFrame;


G_GNUC_INTERNAL void dg_token_clear (DgToken *t);

/* The place of byte @p of the line being read, or of character @column. */
G_GNUC_INTERNAL DgPos dg_stmt_pos_at (DgFileState *fs, const char *p);
G_GNUC_INTERNAL DgPos dg_stmt_pos_col (DgFileState *fs, guint column);
G_GNUC_INTERNAL gboolean dg_stmt_is_word_char (char c);

/* `Class id "label"@lang key=value ...` */
G_GNUC_INTERNAL void dg_stmt_header (DgFileState *fs, GArray *tokens);
/* `about id`: more statements about a node defined elsewhere. */
G_GNUC_INTERNAL void dg_stmt_about (DgFileState *fs, GArray *tokens);
/* `cite SOURCE "quote"`: @fact is stated there. */
G_GNUC_INTERNAL void dg_stmt_cite (DgFileState *fs, guint fact, GArray *tokens);
/* An indented line: items, a citation or an inline node of the block. */
G_GNUC_INTERNAL void dg_stmt_continuation (DgFileState *fs, guint indent, GArray *tokens);
/* After a broken header its block is skipped. */
G_GNUC_INTERNAL void dg_stmt_skip_block (DgFileState *fs);
/* The ontology's property for @keyword; NULL after reporting at @column. */
G_GNUC_INTERNAL DgTerm *dg_stmt_find_property (DgFileState *fs, const char *keyword, guint column);

/* Reads the lines from @p to @end (line numbers go on from fs->line_no),
 * reporting progress through the whole @data: dg-reader-dg.c's, handed to
 * the parts below so that they do not call back into it. */
typedef void (*DgReadLines) (DgFileState *fs, const char *data, gsize len, const char *p,
                             const char *end, const char *name);

/* dg-reader-parts.c: whether the rest of a table, @p to @end of @data, is
 * worth reading in parts on several threads; if so, reads it: the first
 * part here, the others on threads of their own into graphs apart, which
 * are then appended in order (or, where that could not give what one
 * reading gives, read again here).  FALSE, with nothing read, when the
 * rest is to be read here in one piece. */
G_GNUC_INTERNAL gboolean dg_reader_read_table_parts (DgFileState *fs, const char *data, gsize len,
                                                     const char *p, const char *end,
                                                     const char *name, DgReadLines read_lines);

G_END_DECLS
