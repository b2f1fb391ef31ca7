/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <gio/gio.h>
#include <stdlib.h>
#include <string.h>

#include "dg-error.h"
#include "dg-input-private.h"
#include "dg-mapping-private.h"
#include "dg-text-private.h"
#include "dg-text.h"

/**
 * DgMapping:
 *
 * How the rows of a table that names none of our terms — GDELT's event
 * files, a dataset's CSV — become nodes and statements: which column is
 * which, code lists (a CAMEO event code to a class and the roles of its
 * actors, a country code to a state), IRI templates, so that the same row
 * always gives the same IRIs.  A mapping is a file of its own, described
 * in doc/mappings.md; the built-in ones (`gdelt-events`) are embedded in
 * the library and installed beside the ontology.
 */

G_DEFINE_FINAL_TYPE (DgMapping, dg_mapping, G_TYPE_OBJECT)

#define RESOURCE_DIR "/org/diplograph/mappings/"
G_GNUC_INTERNAL GResource *_dg_get_resource (void);

static void
template_clear (DgTemplate *t)
{
  if (!t->pieces)
    return;
  for (guint i = 0; i < t->pieces->len; i++)
    {
      DgPiece *p = &g_array_index (t->pieces, DgPiece, i);
      g_free (p->text);
      g_free (p->filter);
    }
  g_array_unref (t->pieces);
  t->pieces = NULL;
}

static void
template_free (DgTemplate *t)
{
  template_clear (t);
  g_free (t);
}

static void
condition_clear (DgCondition *c)
{
  g_free (c->literal);
}

static GArray *
conditions_new (void)
{
  GArray *a = g_array_new (FALSE, TRUE, sizeof (DgCondition));
  g_array_set_clear_func (a, (GDestroyNotify)condition_clear);
  return a;
}

static void
node_free (DgMapNode *n)
{
  g_free (n->key);
  template_clear (&n->klass);
  g_ptr_array_unref (n->iris);
  g_array_unref (n->when);
  for (guint i = 0; i < n->items->len; i++)
    {
      DgMapItem *item = &g_array_index (n->items, DgMapItem, i);
      template_clear (&item->key);
      template_clear (&item->value);
      if (item->refs)
        g_ptr_array_unref (item->refs);
      g_free (item->language);
    }
  g_array_unref (n->items);
  g_free (n);
}

static void
dg_mapping_finalize (GObject *object)
{
  DgMapping *self = DG_MAPPING (object);

  g_free (self->name);
  g_free (self->base);
  g_ptr_array_unref (self->columns);
  g_ptr_array_unref (self->headers);
  g_array_unref (self->keep);
  g_ptr_array_unref (self->lists);
  g_ptr_array_unref (self->nodes);
  G_OBJECT_CLASS (dg_mapping_parent_class)->finalize (object);
}

static void
dg_mapping_class_init (DgMappingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dg_mapping_finalize;
}

static void
dg_mapping_init (DgMapping *self)
{
  self->columns = g_ptr_array_new_with_free_func (g_free);
  self->headers = g_ptr_array_new_with_free_func (g_free);
  self->keep = conditions_new ();
  self->lists = g_ptr_array_new_with_free_func ((GDestroyNotify)dg_code_list_free);
  self->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify)node_free);
}

/* --- Parsing ------------------------------------------------------------------ */

typedef struct
{
  DgMapping *m;
  const char *name;
  guint line;
  GError **error;
  gboolean failed;
  GFile *dir;  /* of the mapping file, or NULL: a built-in one */
  guint depth; /* of includes */
} Parser;

static void fail (Parser *p, guint column, const char *format, ...) G_GNUC_PRINTF (3, 4);

static void
fail (Parser *p, guint column, const char *format, ...)
{
  va_list args;
  g_autofree char *message = NULL;

  if (p->failed)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (p->error, DG_ERROR, DG_ERROR_INVALID_VALUE, "%s:%u:%u: %s", p->name, p->line, column,
               message);
  p->failed = TRUE;
}

/* Splits a line into words, a "quoted string" one word (its quotes kept),
 * with the column (1-based, in bytes) each starts at. */
static GPtrArray *
words_of (const char *line, GArray *columns)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  const char *p = line;

  while (*p)
    {
      const char *start;
      guint col;

      while (*p == ' ' || *p == '\t')
        p++;
      if (!*p || *p == '#')
        break;
      start = p;
      col = (guint)(p - line) + 1;
      while (*p && *p != ' ' && *p != '\t')
        {
          if (*p == '"')
            {
              p++;
              while (*p && *p != '"')
                p += (*p == '\\' && p[1]) ? 2 : 1;
            }
          if (*p)
            p++;
        }
      g_ptr_array_add (out, g_strndup (start, (gsize)(p - start)));
      g_array_append_val (columns, col);
    }
  return out;
}

static int
column_index (DgMapping *m, const char *name)
{
  for (guint i = 0; i < m->columns->len; i++)
    if (g_str_equal (g_ptr_array_index (m->columns, i), name))
      return (int)i;
  return -1;
}

static int
list_index (DgMapping *m, const char *name)
{
  for (guint i = 0; i < m->lists->len; i++)
    if (g_str_equal (((DgCodeList *)g_ptr_array_index (m->lists, i))->name, name))
      return (int)i;
  return -1;
}

/* "text{COLUMN|filter}text": pieces. */
static gboolean
parse_template (Parser *p, const char *s, guint column, DgTemplate *t)
{
  const char *q = s;

  t->pieces = g_array_new (FALSE, TRUE, sizeof (DgPiece));
  while (*q)
    {
      DgPiece piece = { NULL, -1, NULL, -1, 0 };
      const char *open = strchr (q, '{'), *close;

      if (open != q)
        {
          piece.text = g_strndup (q, open ? (gsize)(open - q) : strlen (q));
          g_array_append_val (t->pieces, piece);
          if (!open)
            break;
          q = open;
          continue;
        }
      close = strchr (q, '}');
      if (!close)
        {
          fail (p, column + (guint)(q - s), "unterminated {");
          return FALSE;
        }
      {
        g_autofree char *inside = g_strndup (q + 1, (gsize)(close - q - 1));
        char *bar = strchr (inside, '|');

        if (bar)
          *bar = '\0';
        piece.column = column_index (p->m, inside);
        if (piece.column < 0)
          {
            fail (p, column + (guint)(q - s) + 1, "unknown column \"%s\"", inside);
            return FALSE;
          }
        if (bar)
          {
            char *colon = strchr (bar + 1, ':');
            if (colon)
              *colon = '\0';
            piece.filter = g_strdup (bar + 1);
            if (!g_str_equal (piece.filter, "yyyymmdd") && !g_str_equal (piece.filter, "url"))
              {
                DgCodeList *list;
                piece.list = list_index (p->m, piece.filter);
                if (piece.list < 0)
                  {
                    fail (p, column + (guint)(bar - inside) + 2, "unknown code list \"%s\"",
                          piece.filter);
                    g_free (piece.filter);
                    return FALSE;
                  }
                list = g_ptr_array_index (p->m->lists, piece.list);
                for (piece.field = 0; colon && (guint)piece.field < list->fields->len;
                     piece.field++)
                  if (g_str_equal (g_ptr_array_index (list->fields, piece.field), colon + 1))
                    break;
                if (colon && (guint)piece.field == list->fields->len)
                  {
                    fail (p, column, "code list \"%s\" has no field \"%s\"", list->name, colon + 1);
                    g_free (piece.filter);
                    return FALSE;
                  }
              }
          }
      }
      g_array_append_val (t->pieces, piece);
      q = close + 1;
    }
  return TRUE;
}

/* A quoted word: its text unescaped, and its @language. */
static char *unquote (const char *word, char **language);

/* A quoted code ("South Korea"): its text. */
static char *
unquote_plain (const char *word)
{
  g_autofree char *language = NULL;
  return unquote (word, &language);
}

static char *
unquote (const char *word, char **language)
{
  GString *out = g_string_new (NULL);
  const char *p = word + 1;

  for (; *p && *p != '"'; p++)
    {
      if (*p == '\\' && p[1])
        p++;
      g_string_append_c (out, *p);
    }
  *language = (*p == '"' && p[1] == '@') ? g_strdup (p + 2) : NULL;
  return g_string_free (out, FALSE);
}

static void
parse_item (Parser *p, DgMapNode *node, const char *word, guint column)
{
  DgMapItem item = { 0 };
  const char *eq = strchr (word, '=');
  g_autofree char *key = NULL;
  const char *value;

  /* The key may be a template ({EventCode|cameo:role1}) holding "=" in none. */
  if (!eq)
    {
      fail (p, column, "expected KEY=VALUE");
      return;
    }
  key = g_strndup (word, (gsize)(eq - word));
  value = eq + 1;
  item.line = p->line;
  item.column = column;
  if (!parse_template (p, key, column, &item.key))
    return;
  if (value[0] == '@')
    {
      g_auto (GStrv) refs = g_strsplit (value, "|", -1);
      item.refs = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; refs[i]; i++)
        g_ptr_array_add (item.refs, g_strdup (refs[i] + (refs[i][0] == '@' ? 1 : 0)));
    }
  else if (value[0] == '"')
    {
      g_autofree char *text = unquote (value, &item.language);
      if (!parse_template (p, text, column + (guint)(value - word), &item.value))
        return;
    }
  else if (!parse_template (p, value, column + (guint)(value - word), &item.value))
    return;
  g_array_append_val (node->items, item);
}

/* COLUMN, COLUMN==OTHER, COLUMN!=OTHER, COLUMN=="TEXT", COLUMN!="TEXT". */
static gboolean
parse_condition (Parser *p, const char *text, guint column, GArray *into)
{
  DgCondition c = { -1, -1, NULL, FALSE, FALSE };
  const char *op;

  /* `!COLUMN`: the cell is empty (a GDELT actor with no country). */
  if (text[0] == '!' && !strpbrk (text, "=\""))
    {
      c.column = column_index (p->m, text + 1);
      c.empty = TRUE;
      if (c.column < 0)
        {
          fail (p, column + 1, "unknown column \"%s\"", text + 1);
          return FALSE;
        }
      g_array_append_val (into, c);
      return TRUE;
    }
  op = strstr (text, "==");
  const char *ne = strstr (text, "!=");
  g_autofree char *name = NULL;

  if (!op || (ne && ne < op))
    op = ne;
  c.equal = op && op[0] == '=';
  name = op ? g_strndup (text, (gsize)(op - text)) : g_strdup (text);
  c.column = column_index (p->m, name);
  if (c.column < 0)
    {
      fail (p, column, "unknown column \"%s\"", name);
      return FALSE;
    }
  if (op && op[2] == '"')
    {
      g_autofree char *language = NULL;
      c.literal = unquote (op + 2, &language);
    }
  else if (op)
    {
      c.other = column_index (p->m, op + 2);
      if (c.other < 0)
        {
          fail (p, column + (guint)(op - text) + 2, "unknown column \"%s\"", op + 2);
          return FALSE;
        }
    }
  g_array_append_val (into, c);
  return TRUE;
}

static void
parse_node (Parser *p, GPtrArray *words, GArray *cols)
{
  DgMapNode *node;

  if (words->len < 4)
    {
      fail (p, 1, "expected \"node KEY CLASS IRI-TEMPLATE [when=COLUMN]...\"");
      return;
    }
  node = g_new0 (DgMapNode, 1);
  node->key = g_strdup (g_ptr_array_index (words, 1));
  node->line = p->line;
  node->iris = g_ptr_array_new_with_free_func ((GDestroyNotify)template_free);
  node->when = conditions_new ();
  node->items = g_array_new (FALSE, TRUE, sizeof (DgMapItem));
  g_ptr_array_add (p->m->nodes, node);
  if (!parse_template (p, g_ptr_array_index (words, 2), g_array_index (cols, guint, 2),
                       &node->klass))
    return;
  {
    /* "{A|url}|source/{B}": split at the "|" between two templates. */
    g_autofree char *whole = g_strdup (g_ptr_array_index (words, 3));
    guint depth = 0;
    const char *start = whole;

    for (char *c = whole;; c++)
      {
        if (*c == '{')
          depth++;
        else if (*c == '}')
          depth--;
        if (*c == '\0' || (*c == '|' && depth == 0))
          {
            DgTemplate *t = g_new0 (DgTemplate, 1);
            gboolean end = *c == '\0';

            *c = '\0';
            g_ptr_array_add (node->iris, t);
            if (!parse_template (p, start, g_array_index (cols, guint, 3) + (guint)(start - whole),
                                 t))
              return;
            if (end)
              break;
            start = c + 1;
          }
      }
  }
  for (guint i = 4; i < words->len; i++)
    {
      const char *w = g_ptr_array_index (words, i);

      if (!g_str_has_prefix (w, "when="))
        {
          fail (p, g_array_index (cols, guint, i),
                "expected when=COLUMN, when=COLUMN!=COLUMN or when=COLUMN==\"TEXT\"");
          return;
        }
      if (!parse_condition (p, w + 5, g_array_index (cols, guint, i) + 5, node->when))
        return;
    }
}

static gboolean parse (DgMapping *m, const char *data, gsize len, const char *name, GFile *dir,
                       guint depth, GError **error);

/* A column of "columns": NAME, NAME="Header text" (a header that names it
 * otherwise, with spaces), NAME? (the rows may end before it). */
static void
add_column (Parser *p, const char *word, guint column)
{
  const char *eq = strchr (word, '=');
  g_autofree char *name = eq ? g_strndup (word, (gsize)(eq - word)) : g_strdup (word);
  gboolean optional = g_str_has_suffix (name, "?");
  char *header = NULL;

  if (optional)
    name[strlen (name) - 1] = '\0';
  else if (p->m->n_required < p->m->columns->len)
    {
      fail (p, column, "column \"%s\" follows an optional one: only the last columns may be", name);
      return;
    }
  if (eq)
    {
      g_autofree char *language = NULL;
      if (eq[1] != '"')
        {
          fail (p, column, "expected NAME=\"Header text\"");
          return;
        }
      header = unquote (eq + 1, &language);
    }
  if (!name[0] || strpbrk (name, "{}|=!\"") || column_index (p->m, name) >= 0)
    {
      fail (p, column, "column name \"%s\" is empty, taken or holds one of {}|=!\"", name);
      g_free (header);
      return;
    }
  g_ptr_array_add (p->m->columns, g_steal_pointer (&name));
  g_ptr_array_add (p->m->headers, header);
  if (!optional)
    p->m->n_required = p->m->columns->len;
}

/* A mapping is a small text: more than this is not one (an endless FIFO,
 * a device) and is not read on. */
#define MAX_MAPPING_FILE (16 * 1024 * 1024)

static gboolean
load_file (const char *path, char **contents, gsize *length, GError **error)
{
  g_autofree char *key = NULL;
  g_autoptr (GInputStream) in = dg_input_open (path, &key, error);

  return in && dg_input_read_all (in, path, MAX_MAPPING_FILE, contents, length, error);
}

/* Is @file inside @dir, its links followed?  An include stays beside the
 * mapping that names it (no "/x", no "..", no link out): a mapping passed
 * on must not read /etc/passwd into an error message. */
static gboolean
inside (GFile *dir, GFile *file)
{
  g_autofree char *dir_path = g_file_get_path (dir);
  g_autofree char *file_path = g_file_get_path (file);
  g_autofree char *real_dir = dir_path ? realpath (dir_path, NULL) : NULL;
  g_autofree char *real_file = file_path ? realpath (file_path, NULL) : NULL;

  return real_dir && real_file && g_str_has_prefix (real_file, real_dir)
         && real_file[strlen (real_dir)] == '/';
}

/* "include NAME" (a built-in part: the code lists every CAMEO dataset
 * shares) or "include FILE" (beside the including mapping). */
static void
include (Parser *p, const char *what, guint column)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autoptr (GFile) dir = NULL;
  g_autoptr (GError) local = NULL;
  gsize length = 0;

  if (p->depth >= 8)
    {
      fail (p, column, "includes nest deeper than 8 (one includes itself?)");
      return;
    }
  if (!strchr (what, '/') && !strchr (what, '.'))
    {
      g_autofree char *resource = g_strconcat (RESOURCE_DIR, what, ".inc", NULL);
      g_autoptr (GBytes) bytes = g_resource_lookup_data (_dg_get_resource (), resource,
                                                         G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      if (!bytes)
        {
          fail (p, column, "no built-in part \"%s\" to include", what);
          return;
        }
      contents = g_strndup (g_bytes_get_data (bytes, &length), g_bytes_get_size (bytes));
      name = g_strconcat ("resource://", resource, NULL);
    }
  else
    {
      g_autoptr (GFile) file = NULL;
      if (!p->dir)
        {
          fail (p, column, "a mapping not read from a file includes built-in parts only");
          return;
        }
      if (g_path_is_absolute (what) || g_str_equal (what, "..") || g_str_has_prefix (what, "../")
          || strstr (what, "/../") || g_str_has_suffix (what, "/.."))
        {
          fail (p, column,
                "cannot include \"%s\": an included file is beside the mapping "
                "(a name below its folder, no \"/\" first, no \"..\")",
                what);
          return;
        }
      file = g_file_resolve_relative_path (p->dir, what);
      name = g_file_get_path (file);
      if (!load_file (name, &contents, &length, &local))
        {
          fail (p, column, "cannot include \"%s\": %s", what, local->message);
          return;
        }
      if (!inside (p->dir, file))
        {
          fail (p, column, "cannot include \"%s\": a link out of the mapping's folder", what);
          return;
        }
      dir = g_file_get_parent (file);
    }
  if (!parse (p->m, contents, length, name, dir, p->depth + 1, p->error))
    p->failed = TRUE;
}

/* `codes NAME [prefix] FIELD…`: a new code list, or NULL after failing. */
static DgCodeList *
add_code_list (Parser *p, GPtrArray *words, GArray *cols)
{
  DgCodeList *list;
  guint w = 2;

  if (list_index (p->m, g_ptr_array_index (words, 1)) >= 0)
    {
      fail (p, g_array_index (cols, guint, 1), "a code list \"%s\" is already defined",
            (const char *)g_ptr_array_index (words, 1));
      return NULL;
    }
  list = g_new0 (DgCodeList, 1);
  list->name = g_strdup (g_ptr_array_index (words, 1));
  list->fields = g_ptr_array_new_with_free_func (g_free);
  list->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_strfreev);
  if (g_str_equal (g_ptr_array_index (words, 2), "prefix"))
    {
      list->prefix = TRUE;
      w++;
    }
  for (; w < words->len; w++)
    g_ptr_array_add (list->fields, g_strdup (g_ptr_array_index (words, w)));
  g_ptr_array_add (p->m->lists, list);
  return list;
}

/* An indented line of a code list: the code, then a value per field. */
static void
add_code (Parser *p, DgCodeList *list, GPtrArray *words)
{
  const char *first = g_ptr_array_index (words, 0);
  GStrv values = g_new0 (char *, words->len);

  for (guint w = 1; w < words->len; w++)
    {
      g_autofree char *lang = NULL;
      const char *v = g_ptr_array_index (words, w);
      values[w - 1] = v[0] == '"' ? unquote (v, &lang) : g_strdup (v);
    }
  if (words->len - 1 != list->fields->len)
    {
      fail (p, 1, "code \"%s\" has %u values where \"%s\" has %u fields", first, words->len - 1,
            list->name, list->fields->len);
      g_strfreev (values);
      return;
    }
  g_hash_table_replace (list->codes, first[0] == '"' ? unquote_plain (first) : g_strdup (first),
                        values);
}

static gboolean
parse (DgMapping *m, const char *data, gsize len, const char *name, GFile *dir, guint depth,
       GError **error)
{
  Parser p = { m, name, 0, error, FALSE, dir, depth };
  g_auto (GStrv) lines = NULL;
  g_autofree char *text = g_strndup (data, len);
  DgCodeList *list = NULL;
  DgMapNode *node = NULL;
  gboolean in_columns = FALSE;

  if (!dg_text_validate (text, (gssize)len, error))
    return FALSE;
  /* A byte-order mark and CRLF line ends, as Windows editors write. */
  lines = g_strsplit (g_str_has_prefix (text, "\xEF\xBB\xBF") ? text + 3 : text, "\n", -1);
  for (guint i = 0; lines[i] && !p.failed; i++)
    {
      gsize n = strlen (lines[i]);
      if (n && lines[i][n - 1] == '\r')
        lines[i][n - 1] = '\0';
    }
  for (guint i = 0; lines[i] && !p.failed; i++)
    {
      g_autoptr (GArray) cols = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr (GPtrArray) words = words_of (lines[i], cols);
      gboolean indented = lines[i][0] == ' ' || lines[i][0] == '\t';
      const char *first;

      p.line = i + 1;
      if (words->len == 0)
        continue;
      first = g_ptr_array_index (words, 0);
      if (indented)
        {
          if (in_columns)
            for (guint w = 0; w < words->len && !p.failed; w++)
              add_column (&p, g_ptr_array_index (words, w), g_array_index (cols, guint, w));
          else if (list)
            add_code (&p, list, words);
          else if (node)
            for (guint w = 0; w < words->len && !p.failed; w++)
              parse_item (&p, node, g_ptr_array_index (words, w), g_array_index (cols, guint, w));
          else
            fail (&p, 1, "an indented line belongs to \"columns\", \"codes\" or \"node\"");
          continue;
        }
      list = NULL;
      node = NULL;
      in_columns = FALSE;
      if (g_str_equal (first, "table") && words->len == 2)
        {
          const char *t = g_ptr_array_index (words, 1);
          if (!g_str_equal (t, "tsv") && !g_str_equal (t, "csv"))
            fail (&p, g_array_index (cols, guint, 1), "table is tsv or csv");
          m->csv = g_str_equal (t, "csv");
        }
      else if (g_str_equal (first, "header") && words->len == 2)
        m->header = g_str_equal (g_ptr_array_index (words, 1), "yes");
      else if (g_str_equal (first, "columns"))
        {
          in_columns = TRUE;
          for (guint w = 1; w < words->len && !p.failed; w++)
            add_column (&p, g_ptr_array_index (words, w), g_array_index (cols, guint, w));
        }
      else if (g_str_equal (first, "base") && words->len == 2)
        {
          const char *b = g_ptr_array_index (words, 1);
          g_autofree char *iri = g_strndup (b + 1, strlen (b) >= 2 ? strlen (b) - 2 : 0);
          if (b[0] != '<' || !g_str_has_suffix (b, ">") || !dg_iri_validate (iri, NULL))
            fail (&p, g_array_index (cols, guint, 1), "expected base <IRI>");
          g_free (m->base);
          m->base = g_steal_pointer (&iri);
        }
      else if (g_str_equal (first, "include") && words->len == 2)
        include (&p, g_ptr_array_index (words, 1), g_array_index (cols, guint, 1));
      else if (g_str_equal (first, "keep") && words->len >= 2)
        for (guint w = 1; w < words->len && !p.failed; w++)
          parse_condition (&p, g_ptr_array_index (words, w), g_array_index (cols, guint, w),
                           m->keep);
      else if (g_str_equal (first, "codes") && words->len >= 3)
        list = add_code_list (&p, words, cols);
      else if (g_str_equal (first, "node"))
        {
          parse_node (&p, words, cols);
          if (!p.failed)
            node = g_ptr_array_index (m->nodes, m->nodes->len - 1);
        }
      else
        fail (&p, 1,
              "unknown directive \"%s\" (table, header, columns, base, include, keep, codes, node)",
              first);
    }
  if (depth > 0)
    return !p.failed;
  if (!p.failed && !m->columns->len)
    {
      p.line = 1;
      fail (&p, 1, "no columns");
    }
  if (!p.failed && !m->nodes->len)
    {
      p.line = 1;
      fail (&p, 1, "no node");
    }
  return !p.failed;
}

static DgMapping *
new_from_data (const char *data, gssize length, const char *name, GFile *dir, GError **error)
{
  g_autoptr (DgMapping) self = g_object_new (DG_TYPE_MAPPING, NULL);
  g_autofree char *base = g_path_get_basename (name);
  char *dot = strrchr (base, '.');

  if (dot && dot != base)
    *dot = '\0';
  self->name = g_strdup (base);
  if (!parse (self, data, length < 0 ? strlen (data) : (gsize)length, name, dir, 0, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * dg_mapping_new_from_data:
 * @data: (array length=length) (element-type guint8): the mapping's text
 * @length: its length, or -1 if nul-terminated
 * @name: its name, for messages
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full) (nullable): the mapping, or %NULL with an error
 *   at its `name:line:col`
 */
DgMapping *
dg_mapping_new_from_data (const char *data, gssize length, const char *name, GError **error)
{
  g_return_val_if_fail (data != NULL && name != NULL, NULL);
  return new_from_data (data, length, name, NULL, error);
}

/**
 * dg_mapping_new:
 * @name_or_path: a built-in mapping's name (`gdelt-events`), or a mapping
 *   file
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full) (nullable): the mapping, or %NULL
 */
DgMapping *
dg_mapping_new (const char *name_or_path, GError **error)
{
  g_autofree char *resource = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GError) local = NULL;
  gsize length;

  g_return_val_if_fail (name_or_path != NULL, NULL);
  if (!strchr (name_or_path, '/') && !strchr (name_or_path, '.'))
    {
      resource = g_strconcat (RESOURCE_DIR, name_or_path, ".map", NULL);
      bytes = g_resource_lookup_data (_dg_get_resource (), resource, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                      NULL);
      if (bytes)
        {
          g_autofree char *name = g_strconcat ("resource://", resource, NULL);
          gsize size;
          const char *data = g_bytes_get_data (bytes, &size);
          return dg_mapping_new_from_data (data, (gssize)size, name, error);
        }
    }
  if (!load_file (name_or_path, &contents, &length, &local))
    {
      g_auto (GStrv) names = dg_mapping_list_builtin ();
      g_autofree char *list = g_strjoinv (", ", names);
      g_set_error (error, DG_ERROR, DG_ERROR_IO, "no mapping \"%s\" (built in: %s): %s",
                   name_or_path, list, local->message);
      return NULL;
    }
  {
    g_autoptr (GFile) file = g_file_new_for_path (name_or_path);
    g_autoptr (GFile) dir = g_file_get_parent (file);
    return new_from_data (contents, (gssize)length, name_or_path, dir, error);
  }
}

/**
 * dg_mapping_get_name:
 * @self: a #DgMapping
 *
 * Returns: the mapping's name: its file's, without the extension
 */
const char *
dg_mapping_get_name (DgMapping *self)
{
  g_return_val_if_fail (DG_IS_MAPPING (self), NULL);
  return self->name;
}

/**
 * dg_mapping_list_builtin:
 *
 * Returns: (transfer full) (array zero-terminated=1): the names of the
 *   built-in mappings
 */
char **
dg_mapping_list_builtin (void)
{
  g_auto (GStrv) files = g_resource_enumerate_children (_dg_get_resource (), RESOURCE_DIR,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; files && files[i]; i++)
    if (g_str_has_suffix (files[i], ".map"))
      g_ptr_array_add (out, g_strndup (files[i], strlen (files[i]) - 4));
  g_ptr_array_add (out, NULL);
  return (char **)g_ptr_array_free (out, FALSE);
}
