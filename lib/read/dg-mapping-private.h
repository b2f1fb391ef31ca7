/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-mapping.h"

G_BEGIN_DECLS

/* A mapping as read from its file (see doc/mappings.md). */

/* A piece of a template: text, or a column's value through a filter. */
typedef struct
{
  char *text;   /* literal text, or NULL */
  int column;   /* the column, or -1 */
  char *filter; /* NULL, "yyyymmdd", "url", or a code list name */
  int list;     /* the code list, or -1 */
  int field;    /* its field (0: the first after the code) */
} DgPiece;

typedef struct
{
  GArray *pieces; /* DgPiece */
} DgTemplate;

/* An item of a node: KEY=VALUE. */
typedef struct
{
  DgTemplate key;     /* a term keyword, maybe from a code list */
  GPtrArray *refs;    /* char*: @node alternatives, or NULL */
  DgTemplate value;   /* otherwise: a value */
  char *language;     /* of a quoted value, or NULL */
  guint line, column; /* in the mapping file */
} DgMapItem;

/* COLUMN (not empty), !COLUMN (empty), COLUMN==OTHER, COLUMN!=OTHER,
 * COLUMN=="text". */
typedef struct
{
  int column;
  int other;     /* the other column, or -1 */
  char *literal; /* the text compared with, or NULL */
  gboolean equal;
  gboolean empty; /* !COLUMN: holds when the cell is empty */
} DgCondition;

typedef struct
{
  char *key;
  DgTemplate klass;
  GPtrArray *iris; /* DgTemplate*: alternatives, the first not empty wins */
  GArray *when;    /* DgCondition: all hold */
  GArray *items;   /* DgMapItem */
  guint line;
} DgMapNode;

typedef struct
{
  char *name;
  gboolean prefix;   /* a code's longest prefix in the list counts */
  GPtrArray *fields; /* char* */
  GHashTable *codes; /* code -> GStrv of values */
} DgCodeList;

struct _DgMapping
{
  GObject parent_instance;
  char *name;
  gboolean csv;
  gboolean header;
  GPtrArray *columns; /* char* */
  GPtrArray *headers; /* char*: what the header calls each column */
  guint n_required;   /* the columns before the first optional one */
  GArray *keep;       /* DgCondition: the rows a mapping reads */
  char *base;
  GPtrArray *lists; /* DgCodeList* */
  GPtrArray *nodes; /* DgMapNode* */
};

/* The value of code @code in @list's @field, or NULL ("-" is none). */
/* Whether @list has @code (or a prefix of it, or a "*" entry). */
G_GNUC_INTERNAL void dg_code_list_free (DgCodeList *list);
G_GNUC_INTERNAL gboolean dg_code_list_has (const DgCodeList *list, const char *code);
G_GNUC_INTERNAL const char *dg_code_list_lookup (const DgCodeList *list, const char *code,
                                                 int field);

G_END_DECLS
