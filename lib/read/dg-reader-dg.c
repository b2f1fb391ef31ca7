/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "dg-error.h"
#include "dg-input-private.h"
#include "dg-ontology-private.h"
#include "dg-reader-private.h"
#include "dg-reader-statements-private.h"
#include "dg-reader-tsv-private.h"
#include "dg-text-private.h"
#include "dg-text.h"

/*
 * The `.dg` syntax (doc/format.md): lines, tokens, directives (@base,
 * @prefix, @include), and the line loop that tables share.  What a line
 * states is built by dg-reader-statements.c.
 */

/* ------------------------------------------------------------------------
 * Tokens
 * ------------------------------------------------------------------------ */

/* Reads \uXXXX or \UXXXXXXXX at @p (after the backslash and letter). */
static gboolean
read_hex (const char **p, guint n, gunichar *out)
{
  gunichar v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isxdigit ((*p)[i]))
        return FALSE;
      v = v * 16 + (gunichar)g_ascii_xdigit_value ((*p)[i]);
    }
  *p += n;
  *out = v;
  return TRUE;
}

/* A quoted string at *@p.  Text may hold any character but controls other
 * than tab; escapes give the rest, except NUL, CR and surrogates, which no
 * label or quote should hold and which RDF and DOT tools mishandle. */
#define error_here(fs, where, ...)                                                                 \
  G_STMT_START                                                                                     \
  {                                                                                                \
    DgPos at_ = dg_stmt_pos_at (fs, where);                                                        \
    dg_reader_error_at ((fs)->reader, &at_, __VA_ARGS__);                                          \
  }                                                                                                \
  G_STMT_END

/* The escape after a backslash at *@q (the string's @here), onto @s. */
static gboolean
read_escape (DgFileState *fs, const char **q, const char *here, GString *s)
{
  switch (**q)
    {
    case '"':
    case '\\':
      g_string_append_c (s, **q);
      (*q)++;
      return TRUE;
    case 'n':
      g_string_append_c (s, '\n');
      (*q)++;
      return TRUE;
    case 't':
      g_string_append_c (s, '\t');
      (*q)++;
      return TRUE;
    case 'u':
    case 'U':
      {
        gunichar u;
        guint n = **q == 'u' ? 4 : 8;

        (*q)++;
        if (!read_hex (q, n, &u))
          {
            error_here (fs, here, "\\%c needs %u hex digits", n == 4 ? 'u' : 'U', n);
            return FALSE;
          }
        if (u == 0 || (u >= 0xD800 && u <= 0xDFFF) || u > 0x10FFFF
            || (u < 0x20 && u != '\t' && u != '\n'))
          {
            error_here (fs, here, "\\%c escape of U+%04X, which text may not hold",
                        n == 4 ? 'u' : 'U', u);
            return FALSE;
          }
        g_string_append_unichar (s, u);
        return TRUE;
      }
    case 'r':
      error_here (fs, here, "carriage return (\\r) is not allowed in text");
      return FALSE;
    default:
      error_here (fs, here, "unknown escape \\%c (use \\\" \\\\ \\n \\t \\uXXXX)",
                  g_ascii_isprint (**q) ? **q : '?');
      return FALSE;
    }
}

/* What may follow a string at *@q: a language tag or a datatype. */
static gboolean
read_string_tag (DgFileState *fs, const char **pq, DgToken *t)
{
  const char *q = *pq;

  if (*q == '@')
    {
      const char *l = ++q;
      GError *error = NULL;

      while (dg_stmt_is_word_char (*q))
        q++;
      t->language = g_strndup (l, q - l);
      if (!dg_language_tag_validate (t->language, &error))
        {
          DgPos at = dg_stmt_pos_at (fs, l);
          dg_reader_error_at (fs->reader, &at, "%s", error->message);
          g_error_free (error);
          return FALSE;
        }
    }
  else if (q[0] == '^' && q[1] == '^')
    {
      const char *d = q += 2;
      if (*q == '<')
        {
          while (*q && *q != '>' && !g_ascii_isspace (*q))
            q++;
          if (*q != '>')
            {
              DgPos at = dg_stmt_pos_at (fs, d);
              dg_reader_error_at (fs->reader, &at, "unterminated IRI");
              return FALSE;
            }
          t->datatype = g_strndup (d + 1, q - d - 1);
          t->datatype_is_iri = TRUE;
          q++;
        }
      else
        {
          while (dg_stmt_is_word_char (*q))
            q++;
          t->datatype = g_strndup (d, q - d);
        }
    }
  *pq = q;
  return TRUE;
}

static gboolean
read_string (DgFileState *fs, const char **p, DgToken *t)
{
  const char *start = *p;
  GString *s = g_string_new (NULL);
  const char *q = start + 1;

  for (;;)
    {
      char c = *q;
      /* Where the character is: found only for a message, since counting
       * the columns of every character made long strings quadratic. */
      const char *here = q;

      if (c == '\0')
        {
          DgPos at = dg_stmt_pos_at (fs, start);
          dg_reader_error_at (fs->reader, &at, "unterminated string");
          goto fail;
        }
      if (c == '"')
        {
          q++;
          break;
        }
      if ((guchar)c < 0x20 && c != '\t')
        {
          error_here (fs, here, "control character U+%04X in a string", (guint)c);
          goto fail;
        }
      if (c != '\\')
        {
          g_string_append_c (s, c);
          q++;
          continue;
        }
      q++;
      if (!read_escape (fs, &q, here, s))
        goto fail;
    }
  t->type = DG_TOKEN_STRING;
  t->text = g_string_free (s, FALSE);
  if (!read_string_tag (fs, &q, t))
    return FALSE;
  *p = q;
  return TRUE;

fail:
  g_string_free (s, TRUE);
  return FALSE;
}

static gboolean
read_value (DgFileState *fs, const char **p, DgToken *t)
{
  const char *start = *p;

  t->column = dg_stmt_pos_at (fs, start).column;
  if (*start == '"')
    return read_string (fs, p, t);
  if (*start == '<')
    {
      const char *q = start + 1;
      while (*q && *q != '>' && !g_ascii_isspace (*q))
        q++;
      if (*q != '>')
        {
          DgPos at = dg_stmt_pos_at (fs, start);
          dg_reader_error_at (fs->reader, &at,
                              "unterminated IRI (no spaces are allowed inside <...>)");
          return FALSE;
        }
      t->type = DG_TOKEN_IRI;
      t->text = g_strndup (start + 1, q - start - 1);
      *p = q + 1;
      return TRUE;
    }
  if (!dg_stmt_is_word_char (*start))
    {
      DgPos at = dg_stmt_pos_at (fs, start);
      dg_reader_error_at (fs->reader, &at, "expected a value");
      return FALSE;
    }
  while (dg_stmt_is_word_char (**p))
    (*p)++;
  t->type = DG_TOKEN_WORD;
  t->text = g_strndup (start, *p - start);
  return TRUE;
}

/* Splits the rest of a line into tokens; FALSE after reporting an error. */
static gboolean
tokenize (DgFileState *fs, const char *p, GArray *tokens)
{
  for (;;)
    {
      DgToken t = { 0 };

      while (*p == ' ' || *p == '\t')
        p++;
      if (*p == '\0' || *p == '#')
        return TRUE;
      if (!read_value (fs, &p, &t))
        {
          dg_token_clear (&t);
          return FALSE;
        }
      if (t.type == DG_TOKEN_WORD && *p == '=')
        {
          guint key_column = t.column;

          t.key = g_steal_pointer (&t.text);
          t.key_column = key_column;
          p++;
          if (!read_value (fs, &p, &t))
            {
              dg_token_clear (&t);
              return FALSE;
            }
        }
      g_array_append_val (tokens, t);
      if (*p != '\0' && *p != ' ' && *p != '\t')
        {
          DgPos at = dg_stmt_pos_at (fs, p);
          dg_reader_error_at (fs->reader, &at, "expected a space before '%c'", *p);
          return FALSE;
        }
    }
}

static gboolean is_table (DgReader *r, const char *name);
static void read_buffer (DgFileState *parent, const char *data, gsize len, const char *name,
                         const char *dir);

/* An included file as diagnostics name it: relative to the including
 * file, as that file is named. */
static char *
display_name (DgFileState *fs, const char *path)
{
  const char *shown = g_ptr_array_index (fs->reader->files, fs->file);
  g_autofree char *shown_dir = g_path_get_dirname (shown);

  return g_path_is_absolute (path) || g_str_equal (shown_dir, ".")
             ? g_strdup (path)
             : g_build_filename (shown_dir, path, NULL);
}

static void
read_include (DgFileState *fs, GArray *tokens)
{
  DgReader *r = fs->reader;
  DgToken *path;
  DgPos at = dg_stmt_pos_col (fs, g_array_index (tokens, DgToken, 0).column);
  g_autofree char *full = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *key = NULL;
  g_autoptr (GInputStream) in = NULL;
  const DgSyntax *syntax;
  gsize length;
  GError *error = NULL;

  if (tokens->len != 2 || g_array_index (tokens, DgToken, 1).type != DG_TOKEN_STRING
      || g_array_index (tokens, DgToken, 1).key)
    {
      dg_reader_error_at (r, &at, "expected @include \"file\"");
      return;
    }
  path = &g_array_index (tokens, DgToken, 1);
  at = dg_stmt_pos_col (fs, path->column);
  full = g_canonicalize_filename (path->text, fs->dir);
  if (fs->depth + 1 > DG_READER_MAX_INCLUDE_DEPTH)
    {
      dg_reader_error_at (r, &at, "includes nested deeper than %d", DG_READER_MAX_INCLUDE_DEPTH);
      return;
    }
  if (!g_file_test (full, G_FILE_TEST_EXISTS))
    {
      dg_reader_error_at (r, &at, "cannot include \"%s\": no such file", path->text);
      return;
    }
  /* Files are known by device and inode, so that a file reached through a
   * link or another path is still the same file. */
  in = dg_input_open (full, &key, &error);
  if (!in)
    {
      dg_reader_error_at (r, &at, "cannot include %s", error->message);
      g_clear_error (&error);
      return;
    }
  for (guint i = 0; i < r->include_stack->len; i++)
    if (g_str_equal (g_ptr_array_index (r->include_stack, i), key))
      {
        g_autoptr (GString) chain = g_string_new (NULL);
        for (guint j = i; j < r->include_names->len; j++)
          g_string_append_printf (chain, "%s -> ", (char *)g_ptr_array_index (r->include_names, j));
        g_string_append (chain, g_ptr_array_index (r->include_names, i));
        dg_reader_error_at (r, &at, "include cycle: %s", chain->str);
        return;
      }
  /* A file included from several places (shared entities) is read once. */
  if (g_hash_table_contains (r->read_files, key))
    return;
  syntax = dg_syntax_for_file (full);
  if (syntax && syntax->kind == DG_SYNTAX_STREAM)
    {
      /* An included RDF file is read as RDF (its base is its own URI),
       * streamed: no size limit but the graph's. */
      g_autofree char *display = display_name (fs, path->text);

      g_hash_table_add (r->read_files, g_strdup (key));
      r->include_depth++;
      dg_syntax_read_stream (syntax, r, in, display);
      r->include_depth--;
      return;
    }
  if (!dg_input_read_all (in, path->text, DG_READER_MAX_FILE, &contents, &length, &error))
    {
      if (g_error_matches (error, DG_ERROR, DG_ERROR_LIMIT))
        dg_reader_error_at (r, &at, "cannot include \"%s\": larger than %d bytes", path->text,
                            DG_READER_MAX_FILE);
      else
        dg_reader_error_at (r, &at, "cannot include %s", error->message);
      g_error_free (error);
      return;
    }
  dir = g_path_get_dirname (full);
  g_hash_table_add (r->read_files, g_strdup (key));
  {
    g_autofree char *display = display_name (fs, path->text);

    g_ptr_array_add (r->include_stack, g_strdup (key));
    g_ptr_array_add (r->include_names, g_strdup (display));
    /* A table included is the includer's own data (an index of tables);
     * a .dg included is another's (a gazetteer): one @include further. */
    gboolean table = is_table (r, display);

    r->include_depth += !table;
    read_buffer (fs, contents, length, display, dir);
    r->include_depth -= !table;
    g_ptr_array_remove_index (r->include_names, r->include_names->len - 1);
  }
  g_ptr_array_remove_index (r->include_stack, r->include_stack->len - 1);
}

static void
read_directive (DgFileState *fs, GArray *tokens)
{
  DgToken *d = &g_array_index (tokens, DgToken, 0);
  DgPos at = dg_stmt_pos_col (fs, d->column);
  GError *error = NULL;

  fs->have_subject = FALSE;
  g_array_set_size (fs->frames, 0);
  if (g_str_equal (d->text, "@include"))
    read_include (fs, tokens);
  else if (g_str_equal (d->text, "@base"))
    {
      DgToken *iri = tokens->len == 2 ? &g_array_index (tokens, DgToken, 1) : NULL;
      if (!iri || iri->type != DG_TOKEN_IRI || iri->key)
        dg_reader_error_at (fs->reader, &at, "expected @base <IRI>");
      else if (!dg_iri_validate (iri->text, &error))
        {
          DgPos iat = dg_stmt_pos_col (fs, iri->column);
          dg_reader_error_at (fs->reader, &iat, "%s", error->message);
          g_error_free (error);
        }
      else
        {
          g_free (fs->base);
          fs->base = g_strdup (iri->text);
        }
    }
  else if (g_str_equal (d->text, "@prefix"))
    {
      DgToken *name = tokens->len == 3 ? &g_array_index (tokens, DgToken, 1) : NULL;
      DgToken *iri = tokens->len == 3 ? &g_array_index (tokens, DgToken, 2) : NULL;
      gsize n = name && name->type == DG_TOKEN_WORD ? strlen (name->text) : 0;

      if (!name || name->key || iri->key || n == 0 || name->text[n - 1] != ':'
          || iri->type != DG_TOKEN_IRI)
        dg_reader_error_at (fs->reader, &at, "expected @prefix name: <IRI>");
      else if (!dg_iri_validate (iri->text, &error))
        {
          DgPos iat = dg_stmt_pos_col (fs, iri->column);
          dg_reader_error_at (fs->reader, &iat, "%s", error->message);
          g_error_free (error);
        }
      else
        g_hash_table_replace (fs->prefixes, g_strndup (name->text, n - 1), g_strdup (iri->text));
    }
  else
    dg_reader_error_at (fs->reader, &at,
                        "unknown directive %s (expected @base, @prefix or @include)", d->text);
}

/* A terminated copy of the line if it is within the length limit and valid
 * UTF-8 without NUL; NULL after reporting where it is not. */
static char *
checked_line (DgFileState *fs, const char *line, gsize len)
{
  gsize bad;

  fs->line = line;
  if (len > DG_READER_MAX_LINE)
    {
      DgPos at = dg_stmt_pos_col (fs, 1);
      dg_reader_error_at (fs->reader, &at, "line longer than %d bytes", DG_READER_MAX_LINE);
      return NULL;
    }
  if (!dg_text_find_invalid (line, len, &bad))
    {
      DgPos at = dg_stmt_pos_at (fs, line + bad);
      dg_reader_error_at (fs->reader, &at, line[bad] == '\0' ? "NUL byte" : "invalid UTF-8");
      return NULL;
    }
  return g_strndup (line, len);
}

static void
read_line (DgFileState *fs, const char *line, gsize len)
{
  g_autoptr (GArray) tokens = NULL;
  guint indent = 0;
  const char *rest;

  /* The line is now valid UTF-8 of @len bytes; a NUL ends it for the
   * tokenizer, so work on a terminated copy. */
  {
    g_autofree char *copy = checked_line (fs, line, len);

    if (!copy)
      return;
    fs->line = copy;
    rest = copy + fs->bom;
    /* A table's rows and header; its directives are read as in .dg. */
    if (fs->is_table && *rest != '@' && *rest != '#')
      {
        dg_read_table_line (fs, rest);
        return;
      }
    while (*rest == ' ' || *rest == '\t')
      rest++, indent++;
    if (*rest == '\0' || *rest == '#')
      return;
    {
      const char *cr = strchr (rest, '\r');
      if (cr)
        {
          DgPos at = dg_stmt_pos_at (fs, cr);
          dg_reader_error_at (fs->reader, &at, "stray carriage return");
          return;
        }
    }
    tokens = g_array_new (FALSE, TRUE, sizeof (DgToken));
    g_array_set_clear_func (tokens, (GDestroyNotify)dg_token_clear);
    if (!tokenize (fs, rest, tokens) || tokens->len == 0)
      {
        if (indent == 0)
          dg_stmt_skip_block (fs);
        return;
      }
    {
      DgToken *first = &g_array_index (tokens, DgToken, 0);

      if (indent > 0)
        dg_stmt_continuation (fs, indent, tokens);
      else if (!first->key && first->type == DG_TOKEN_WORD && first->text[0] == '@')
        read_directive (fs, tokens);
      else if (!first->key && first->type == DG_TOKEN_WORD && g_str_equal (first->text, "about"))
        dg_stmt_about (fs, tokens);
      else
        dg_stmt_header (fs, tokens);
    }
  }
}

static void
read_lines (DgFileState *fs, const char *data, gsize len, const char *p, const char *end,
            const char *name)
{
  DgReader *r = fs->reader;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize line_len = nl ? (gsize)(nl - p) : (gsize)(end - p);

      fs->line_no++;
      fs->bom = 0;
      if (fs->line_no == 1 && line_len >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
        fs->bom = 3;
      /* CRLF files: the CR belongs to the line ending. */
      read_line (fs, p, line_len > 0 && p[line_len - 1] == '\r' ? line_len - 1 : line_len);
      p += line_len + 1;
      if (r->progress && (fs->line_no & 0xffff) == 0)
        r->progress (name, fs->line_no, MIN ((gsize)(p - data), len), len, r->progress_data);
      /* Once a table's header is read, its rows may be read in parts. */
      if (fs->is_table && fs->columns && !fs->parts_decided)
        {
          fs->parts_decided = TRUE;
          if (p < end && dg_reader_read_table_parts (fs, data, len, p, end, name, read_lines))
            return;
        }
    }
}

/* A file read as a table: so says --input-format, else its name (x.tsv,
 * x.tsv.gz). */
static gboolean
is_table (DgReader *r, const char *name)
{
  g_autofree char *plain
      = g_str_has_suffix (name, ".gz") ? g_strndup (name, strlen (name) - 3) : NULL;
  const DgSyntax *syntax = r->input_format ? dg_syntax_lookup (r->input_format)
                                           : dg_syntax_for_file (plain ? plain : name);

  return syntax && syntax->table;
}

static void
read_buffer (DgFileState *parent, const char *data, gsize len, const char *name, const char *dir)
{
  DgReader *r = parent ? parent->reader : NULL;
  DgFileState fs = { 0 };
  const char *p = data, *end = data + len;

  g_assert (parent != NULL);
  fs.reader = r;
  fs.file = r->files->len;
  dg_reader_add_file (r, name, FALSE);
  fs.dir = dir;
  fs.base = g_strdup (parent->base);
  fs.prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  {
    GHashTableIter iter;
    gpointer k, v;
    g_hash_table_iter_init (&iter, parent->prefixes);
    while (g_hash_table_iter_next (&iter, &k, &v))
      g_hash_table_insert (fs.prefixes, g_strdup (k), g_strdup (v));
  }
  fs.frames = g_array_new (FALSE, FALSE, sizeof (DgFrame));
  fs.depth = parent->depth + (parent->file == G_MAXUINT32 ? 0 : 1);
  fs.is_table = is_table (r, name);
  if (fs.is_table)
    {
      g_autofree char *base = g_path_get_basename (name);
      char *dot = strstr (base, ".tsv");

      fs.stem = dot ? g_strndup (base, (gsize)(dot - base)) : g_strdup (base);
      for (char *c = fs.stem; *c; c++)
        if (!dg_stmt_is_word_char (*c))
          *c = '-';
    }
  read_lines (&fs, data, len, p, end, name);
  if (r->progress)
    r->progress (name, fs.line_no, len, len, r->progress_data);
  g_free (fs.base);
  g_free (fs.stem);
  g_hash_table_unref (fs.prefixes);
  g_array_unref (fs.frames);
  g_clear_pointer (&fs.columns, g_array_unref);
}

void
dg_reader_read_dg (DgReader *self, const DgSyntax *syntax, const char *data, gsize len,
                   const char *name, const char *key)
{
  DgFileState root = { 0 };
  g_autofree char *dir = NULL;
  g_autofree char *canonical = g_canonicalize_filename (name, NULL);
  GPtrArray *prefixes;

  (void)syntax; /* a table is told by its name, as an included one is */
  dir = g_path_get_dirname (canonical);
  root.reader = self;
  root.file = G_MAXUINT32;
  root.base = g_strdup (DG_READER_DEFAULT_BASE);
  root.prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  prefixes = dg_ontology_get_prefixes (self->ontology);
  for (guint i = 0; i + 1 < prefixes->len; i += 2)
    g_hash_table_insert (root.prefixes, g_strdup (g_ptr_array_index (prefixes, i)),
                         g_strdup (g_ptr_array_index (prefixes, i + 1)));
  g_ptr_array_add (self->include_stack, g_strdup (key));
  g_ptr_array_add (self->include_names, g_strdup (name));
  read_buffer (&root, data, len, name, dir);
  g_ptr_array_remove_index (self->include_stack, self->include_stack->len - 1);
  g_ptr_array_remove_index (self->include_names, self->include_names->len - 1);
  g_free (root.base);
  g_hash_table_unref (root.prefixes);
}
