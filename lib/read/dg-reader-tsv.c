/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-ontology-private.h"
#include "dg-reader-private.h"
#include "dg-reader-statements-private.h"
#include "dg-reader-tsv-private.h"
#include "dg-text.h"

/* ------------------------------------------------------------------------
 * Tables (.tsv): a header row maps columns to ontology terms, and each row
 * becomes a statement, read as `.dg` statements are (doc/format.md).
 * ------------------------------------------------------------------------ */

typedef enum
{
  COLUMN_ID,
  COLUMN_CLASS,
  COLUMN_LABEL,
  COLUMN_SOURCE,
  COLUMN_QUOTE,
  COLUMN_RELATION, /* object property: the cell names a node */
  COLUMN_VALUE,    /* datatype property: the cell is a value */
  COLUMN_SKIP,     /* a header cell in error: its cells are not read */
} ColumnKind;

typedef struct
{
  ColumnKind kind;
  char *key;      /* the relation's keyword as written */
  char *language; /* name@lang */
  char *fixed;    /* class=Name: the class of rows with an empty cell */
} Column;

static void
column_clear (Column *c)
{
  g_free (c->key);
  g_free (c->language);
  g_free (c->fixed);
}

/* The cells of a row, split at tabs, with their character columns. */
static GPtrArray *
split_cells (const char *line, GArray *columns)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
  const char *p = line;
  guint column = 1;

  for (;;)
    {
      const char *tab = strchr (p, '\t');
      gsize len = tab ? (gsize)(tab - p) : strlen (p);
      guint c = column;

      g_ptr_array_add (cells, g_strndup (p, len));
      g_array_append_val (columns, c);
      column += g_utf8_strlen (p, (gssize)len) + 1;
      if (!tab)
        return cells;
      p = tab + 1;
    }
}

/* \t, \n and \\ in a cell; any other backslash is itself. */
static char *
unescape_cell (const char *cell)
{
  GString *s = g_string_sized_new (strlen (cell));

  for (const char *p = cell; *p; p++)
    {
      if (*p == '\\' && (p[1] == 't' || p[1] == 'n' || p[1] == '\\'))
        {
          p++;
          g_string_append_c (s, *p == 't' ? '\t' : *p == 'n' ? '\n' : '\\');
        }
      else
        g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

static void
read_table_header (DgFileState *fs, GPtrArray *cells, GArray *at)
{
  DgReader *r = fs->reader;
  gboolean have_class = FALSE;

  fs->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (fs->columns, (GDestroyNotify)column_clear);
  for (guint i = 0; i < cells->len; i++)
    {
      const char *cell = g_ptr_array_index (cells, i);
      const char *lang = strchr (cell, '@');
      const char *eq = strchr (cell, '=');
      g_autofree char *name = g_strndup (cell, lang ? (gsize)(lang - cell)
                                               : eq ? (gsize)(eq - cell)
                                                    : strlen (cell));
      DgPos pos = dg_stmt_pos_col (fs, g_array_index (at, guint, i));
      Column c = { 0 };

      if (lang)
        c.language = g_strdup (lang + 1);
      if (g_str_equal (name, "id"))
        c.kind = COLUMN_ID;
      else if (g_str_equal (name, "class"))
        {
          c.kind = COLUMN_CLASS;
          have_class = TRUE;
          if (eq)
            c.fixed = g_strdup (eq + 1);
        }
      else if (g_str_equal (name, "label"))
        c.kind = COLUMN_LABEL;
      else if (g_str_equal (name, "source"))
        c.kind = COLUMN_SOURCE;
      else if (g_str_equal (name, "quote"))
        c.kind = COLUMN_QUOTE;
      else
        {
          DgTerm *prop = dg_stmt_find_property (fs, name, pos.column);

          c.kind = !prop                                   ? COLUMN_SKIP
                   : prop->kind == DG_TERM_OBJECT_PROPERTY ? COLUMN_RELATION
                                                           : COLUMN_VALUE;
        }
      if (c.language && !dg_language_tag_validate (c.language, NULL))
        {
          dg_reader_error_at (r, &pos, "invalid language tag \"%s\"", c.language);
          c.kind = COLUMN_SKIP;
        }
      c.key = g_steal_pointer (&name);
      g_array_append_val (fs->columns, c);
    }
  if (!have_class)
    {
      DgPos pos = dg_stmt_pos_col (fs, 1);
      dg_reader_error_at (r, &pos,
                          "the header has no class column (class, or class=Name for every row)");
      /* Its rows cannot be read: the header's error says why. */
      g_array_set_size (fs->columns, 0);
    }
}

/* One row: `CLASS id label key=value ...` built from its cells, with the
 * cells' columns, and read as a .dg statement; then its citation. */
/* The row's citation: `cite SOURCE "QUOTE"` in .dg, from its source and
 * quote columns. */
static void
cite_row (DgFileState *fs, const char *source, guint source_column, const char *quote,
          guint quote_column, const char *quote_language)
{
  g_autoptr (GArray) cite = g_array_new (FALSE, TRUE, sizeof (DgToken));
  DgToken word = { .type = DG_TOKEN_WORD }, src = { .type = DG_TOKEN_WORD };
  DgToken q = { .type = DG_TOKEN_STRING };

  g_array_set_clear_func (cite, (GDestroyNotify)dg_token_clear);
  if (!fs->have_subject)
    return; /* the statement's own error says why */
  word.text = g_strdup ("cite");
  word.column = source_column;
  src.text = g_strdup (source ? source : "");
  src.column = source_column;
  q.text = quote ? unescape_cell (quote) : g_strdup ("");
  q.language = g_strdup (quote_language);
  q.column = quote_column;
  g_array_append_val (cite, word);
  g_array_append_val (cite, src);
  g_array_append_val (cite, q);
  if (!*src.text)
    {
      DgPos pos = dg_stmt_pos_col (fs, quote_column);
      dg_reader_error_at (fs->reader, &pos, "a quote needs its source in the source column");
      return;
    }
  dg_stmt_cite (fs, g_array_index (fs->frames, DgFrame, 0).node, cite);
}

static void
read_table_row (DgFileState *fs, GPtrArray *cells, GArray *at)
{
  DgReader *r = fs->reader;
  g_autoptr (GArray) tokens = g_array_new (FALSE, TRUE, sizeof (DgToken));
  DgToken klass = { .type = DG_TOKEN_WORD }, id = { .type = DG_TOKEN_WORD };
  const char *source = NULL, *quote = NULL, *quote_language = NULL;
  guint source_column = 1, quote_column = 1;

  g_array_set_clear_func (tokens, (GDestroyNotify)dg_token_clear);
  if (fs->columns->len == 0)
    return;
  if (cells->len != fs->columns->len)
    {
      /* At the first extra cell, or at the end of a short row. */
      guint last = cells->len - 1;
      guint column = cells->len > fs->columns->len
                         ? g_array_index (at, guint, fs->columns->len)
                         : g_array_index (at, guint, last)
                               + g_utf8_strlen (g_ptr_array_index (cells, last), -1);
      DgPos pos = dg_stmt_pos_col (fs, column);
      dg_reader_error_at (r, &pos, "the row has %u cells, the header %u", cells->len,
                          fs->columns->len);
      return;
    }
  klass.column = id.column = 1;
  g_array_append_val (tokens, klass);
  g_array_append_val (tokens, id);
  for (guint i = 0; i < cells->len; i++)
    {
      Column *c = &g_array_index (fs->columns, Column, i);
      const char *cell = g_ptr_array_index (cells, i);
      guint column = g_array_index (at, guint, i);
      DgToken t = { .type = DG_TOKEN_STRING };

      switch (c->kind)
        {
        case COLUMN_CLASS:
          if (*cell || c->fixed)
            {
              DgToken *k = &g_array_index (tokens, DgToken, 0);
              g_free (k->text);
              k->text = g_strdup (*cell ? cell : c->fixed);
              k->column = column;
            }
          continue;
        case COLUMN_ID:
          if (*cell)
            {
              DgToken *k = &g_array_index (tokens, DgToken, 1);
              g_free (k->text);
              k->text = g_strdup (cell);
              k->column = column;
            }
          continue;
        case COLUMN_SOURCE:
          source = cell;
          source_column = column;
          continue;
        case COLUMN_QUOTE:
          quote = cell;
          quote_column = column;
          quote_language = c->language;
          continue;
        case COLUMN_SKIP:
          continue;
        case COLUMN_LABEL:
          break;
        case COLUMN_RELATION:
          t.type = cell[0] == '<' && g_str_has_suffix (cell, ">") ? DG_TOKEN_IRI : DG_TOKEN_WORD;
          t.key = g_strdup (c->key);
          break;
        case COLUMN_VALUE:
          t.key = g_strdup (c->key);
          break;
        }
      if (!*cell)
        {
          dg_token_clear (&t);
          continue;
        }
      t.text = t.type == DG_TOKEN_IRI    ? g_strndup (cell + 1, strlen (cell) - 2)
               : t.type == DG_TOKEN_WORD ? g_strdup (cell)
                                         : unescape_cell (cell);
      t.language = g_strdup (c->language);
      t.column = t.key_column = column;
      g_array_append_val (tokens, t);
    }
  if (!g_array_index (tokens, DgToken, 0).text)
    {
      DgPos pos = dg_stmt_pos_col (fs, 1);
      dg_reader_error_at (r, &pos, "the row has no class");
      return;
    }
  if (!g_array_index (tokens, DgToken, 1).text)
    g_array_index (tokens, DgToken, 1).text = g_strdup_printf ("%s-%u", fs->stem, fs->line_no);
  if (source && *source && !(quote && *quote))
    {
      /* A source without a quote (an event table's source column): the
       * row is derived from it, as `wasDerivedFrom=source` says in .dg. */
      DgToken t = { .type = DG_TOKEN_WORD, .column = source_column, .key_column = source_column };

      t.key = g_strdup ("wasDerivedFrom");
      t.text = g_strdup (source);
      g_array_append_val (tokens, t);
      source = NULL;
    }
  dg_stmt_header (fs, tokens);
  if ((source && *source) || (quote && *quote))
    cite_row (fs, source, source_column, quote, quote_column, quote_language);
}

void
dg_read_table_line (DgFileState *fs, const char *line)
{
  g_autoptr (GArray) at = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GPtrArray) cells = NULL;

  if (*line == '\0')
    return;
  if (strchr (line, '\r'))
    {
      DgPos pos = dg_stmt_pos_at (fs, strchr (line, '\r'));
      dg_reader_error_at (fs->reader, &pos, "stray carriage return");
      return;
    }
  cells = split_cells (line, at);
  if (!fs->columns)
    read_table_header (fs, cells, at);
  else
    read_table_row (fs, cells, at);
}
