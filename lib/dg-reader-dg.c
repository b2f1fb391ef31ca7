/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <gio/gio.h>
#include <gio/gunixinputstream.h>
#include <string.h>

#include "diplograph.h"
#include "dg-graph-private.h"
#include "dg-input-private.h"
#include "dg-reader-private.h"
#include "dg-text-private.h"
#include "dg-xsd-private.h"

/**
 * DgReader:
 *
 * Reads the `.dg` authoring format, tables (`.tsv`) and RDF (Turtle,
 * N-Triples, N-Quads, TriG, RDF/XML; see dg_reader_format_for_name()) into a
 * #DgGraph.
 *
 * Several files may be read into one graph; ids may be used before they are
 * defined, in the same file or another.  Problems do not stop the reader:
 * each is recorded as a #DgDiagnostic with its `file:line:col`, and
 * dg_reader_finish() resolves references, validates the graph against the
 * ontology and fails if any error was found.  The format is described in
 * `doc/format.md`.
 */

#define MAX_DIAGNOSTICS 1000

typedef DgPos Pos;

typedef enum
{
  PENDING_REF,  /* object named by an id, resolved at finish */
  PENDING_IRI,  /* object named by an IRI */
  PENDING_NODE, /* object already known (an inline node) */
  PENDING_LITERAL,
  PENDING_CITE,  /* quote from a source named by an id */
  PENDING_ABOUT, /* an `about` block: the id must be defined somewhere */
} PendingKind;

typedef struct
{
  PendingKind kind;
  guint subject;
  guint object;         /* PENDING_NODE */
  const char *property; /* IRI */
  const char *iri;      /* REF, IRI, CITE, ABOUT: the object's IRI */
  const char *name;     /* REF, CITE, ABOUT: the id as written */
  const char *lexical;  /* LITERAL, CITE */
  const char *datatype;
  const char *language;
  Pos pos;
} Pending;

struct _DgReader
{
  GObject parent_instance;
  DgGraph *graph;
  DgOntology *ontology;
  GPtrArray *diagnostics;
  guint n_errors, n_warnings;
  GStringChunk *strings;
  GPtrArray *files;             /* display names, borrowed from strings */
  GArray *rdf_files;            /* gboolean by file: read as RDF */
  GHashTable *read_files;       /* canonical paths already read */
  GPtrArray *include_stack;     /* canonical paths being read */
  GPtrArray *include_names;     /* the same files as diagnostics name them */
  GArray *defined;              /* Pos of each node's definition, by node; line 0: none */
  GHashTable *inline_counts;    /* "node property" -> count */
  GHashTable *source_languages; /* source node -> language tag or NULL */
  GArray *pending;              /* Pending */
  GArray *edge_pos;             /* Pos of each statement added since edge_base */
  char *input_format;           /* NULL: by file name */
  char *base_iri;               /* of RDF input; NULL: the file's URI */
  DgProgressFunc progress;
  gpointer progress_data;
  GDestroyNotify progress_notify;
  guint edge_base;
  gboolean finished;
};

G_DEFINE_FINAL_TYPE (DgReader, dg_reader, G_TYPE_OBJECT)

static void
dg_reader_finalize (GObject *object)
{
  DgReader *self = DG_READER (object);

  g_clear_object (&self->graph);
  g_ptr_array_unref (self->diagnostics);
  g_string_chunk_free (self->strings);
  g_ptr_array_unref (self->files);
  g_array_unref (self->rdf_files);
  g_hash_table_unref (self->read_files);
  g_ptr_array_unref (self->include_stack);
  g_ptr_array_unref (self->include_names);
  g_array_unref (self->defined);
  if (self->progress_notify)
    self->progress_notify (self->progress_data);
  g_hash_table_unref (self->inline_counts);
  g_hash_table_unref (self->source_languages);
  g_array_unref (self->pending);
  g_array_unref (self->edge_pos);
  g_free (self->input_format);
  g_free (self->base_iri);
  G_OBJECT_CLASS (dg_reader_parent_class)->finalize (object);
}

static void
dg_reader_class_init (DgReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dg_reader_finalize;
}

static void
dg_reader_init (DgReader *self)
{
  self->diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)dg_diagnostic_free);
  self->strings = g_string_chunk_new (16 * 1024);
  self->files = g_ptr_array_new ();
  self->rdf_files = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->read_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->include_stack = g_ptr_array_new_with_free_func (g_free);
  self->include_names = g_ptr_array_new_with_free_func (g_free);
  self->defined = g_array_new (FALSE, TRUE, sizeof (Pos));
  self->inline_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->source_languages = g_hash_table_new (NULL, NULL);
  self->pending = g_array_new (FALSE, FALSE, sizeof (Pending));
  self->edge_pos = g_array_new (FALSE, FALSE, sizeof (Pos));
}

/**
 * dg_reader_new:
 * @graph: the graph to read into
 *
 * Returns: (transfer full): a new #DgReader
 */
DgReader *
dg_reader_new (DgGraph *graph)
{
  DgReader *self;

  g_return_val_if_fail (DG_IS_GRAPH (graph), NULL);
  self = g_object_new (DG_TYPE_READER, NULL);
  self->graph = g_object_ref (graph);
  self->ontology = dg_graph_get_ontology (graph);
  self->edge_base = dg_graph_get_n_statements (graph);
  return self;
}

static const char *
keep (DgReader *self, const char *s)
{
  return s ? g_string_chunk_insert_const (self->strings, s) : NULL;
}

/* Each severity's list stops at MAX_DIAGNOSTICS, with a last entry of the
 * same severity saying so: a flood of warnings neither hides an error nor,
 * with the warnings silenced, reads as one. */
static void
diagnose (DgReader *self, DgSeverity severity, const Pos *pos, const char *message)
{
  const char *file = pos ? g_ptr_array_index (self->files, pos->file) : NULL;
  guint n = severity == DG_SEVERITY_ERROR ? ++self->n_errors : ++self->n_warnings;

  if (n > MAX_DIAGNOSTICS + 1)
    return;
  if (n == MAX_DIAGNOSTICS + 1)
    message = severity == DG_SEVERITY_ERROR ? "too many errors; stopping the list"
                                            : "too many warnings; stopping the list";
  g_ptr_array_add (self->diagnostics, dg_diagnostic_new (file, pos ? pos->line : 0,
                                                         pos ? pos->column : 0, severity, message));
}

#define error_at(self, pos, ...) dg_reader_report (self, DG_SEVERITY_ERROR, pos, __VA_ARGS__)

guint
dg_reader_add_file (DgReader *self, const char *name, gboolean rdf)
{
  g_ptr_array_add (self->files, (gpointer)keep (self, name));
  g_array_append_val (self->rdf_files, rdf);
  return self->files->len - 1;
}

void
dg_reader_report (DgReader *self, DgSeverity severity, const DgPos *pos, const char *format, ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  diagnose (self, severity, pos, message);
}

static void note_positions (DgReader *self, const Pos *pos);

void
dg_reader_note_statements (DgReader *self, const DgPos *pos)
{
  note_positions (self, pos);
}

void
dg_reader_define (DgReader *self, guint node, const DgPos *pos)
{
  if (node >= self->defined->len)
    g_array_set_size (self->defined, node + 1);
  if (g_array_index (self->defined, Pos, node).line == 0)
    g_array_index (self->defined, Pos, node) = *pos;
}

const char *
dg_reader_get_base_iri (DgReader *self)
{
  return self->base_iri;
}

DgGraph *
dg_reader_get_graph (DgReader *self)
{
  return self->graph;
}

/* ------------------------------------------------------------------------
 * Lines and tokens
 * ------------------------------------------------------------------------ */

typedef enum
{
  TOKEN_WORD,
  TOKEN_STRING,
  TOKEN_IRI,
} TokenType;

typedef struct
{
  TokenType type;
  char *text;     /* decoded */
  char *language; /* STRING@lang */
  char *datatype; /* STRING^^type, as written (IRI or prefixed name) */
  gboolean datatype_is_iri;
  guint column;
  char *key; /* key=value: the key; the token is the value */
  guint key_column;
} Token;

static void
token_clear (Token *t)
{
  g_free (t->text);
  g_free (t->language);
  g_free (t->datatype);
  g_free (t->key);
}

typedef struct
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
  /* The last place pos_at() counted to on this line, so that the columns
   * of a line's tokens are counted once, not from its start each time. */
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
} FileState;

typedef struct
{
  guint indent;
  guint node;
} Frame;

static Pos
pos_at (FileState *fs, const char *p)
{
  Pos pos = { fs->file, fs->line_no, 1 };
  const char *start = fs->line + fs->bom;

  if (fs->counted_line != fs->line || fs->counted_line_no != fs->line_no || p < fs->counted_to)
    {
      fs->counted_line = fs->line;
      fs->counted_line_no = fs->line_no;
      fs->counted_to = start;
      fs->counted_column = 1;
    }
  fs->counted_column += (guint)g_utf8_strlen (fs->counted_to, p - fs->counted_to);
  fs->counted_to = p;
  pos.column = fs->counted_column;
  return pos;
}

static Pos
pos_col (FileState *fs, guint column)
{
  Pos pos = { fs->file, fs->line_no, column };
  return pos;
}

static gboolean
is_word_char (char c)
{
  return c != '\0' && !g_ascii_isspace (c) && c != '"' && c != '<' && c != '>' && c != '=';
}

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
    Pos at_ = pos_at (fs, where);                                                                  \
    error_at ((fs)->reader, &at_, __VA_ARGS__);                                                    \
  }                                                                                                \
  G_STMT_END

static gboolean
read_string (FileState *fs, const char **p, Token *t)
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
          Pos at = pos_at (fs, start);
          error_at (fs->reader, &at, "unterminated string");
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
      switch (*q)
        {
        case '"':
        case '\\':
          g_string_append_c (s, *q);
          q++;
          break;
        case 'n':
          g_string_append_c (s, '\n');
          q++;
          break;
        case 't':
          g_string_append_c (s, '\t');
          q++;
          break;
        case 'u':
        case 'U':
          {
            gunichar u;
            guint n = *q == 'u' ? 4 : 8;

            q++;
            if (!read_hex (&q, n, &u))
              {
                error_here (fs, here, "\\%c needs %u hex digits", n == 4 ? 'u' : 'U', n);
                goto fail;
              }
            if (u == 0 || (u >= 0xD800 && u <= 0xDFFF) || u > 0x10FFFF
                || (u < 0x20 && u != '\t' && u != '\n'))
              {
                error_here (fs, here, "\\%c escape of U+%04X, which text may not hold",
                          n == 4 ? 'u' : 'U', u);
                goto fail;
              }
            g_string_append_unichar (s, u);
          }
          break;
        case 'r':
          error_here (fs, here, "carriage return (\\r) is not allowed in text");
          goto fail;
        default:
          error_here (fs, here, "unknown escape \\%c (use \\\" \\\\ \\n \\t \\uXXXX)",
                    g_ascii_isprint (*q) ? *q : '?');
          goto fail;
        }
    }
  t->type = TOKEN_STRING;
  t->text = g_string_free (s, FALSE);
  if (*q == '@')
    {
      const char *l = ++q;
      GError *error = NULL;

      while (is_word_char (*q))
        q++;
      t->language = g_strndup (l, q - l);
      if (!dg_language_tag_validate (t->language, &error))
        {
          Pos at = pos_at (fs, l);
          error_at (fs->reader, &at, "%s", error->message);
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
              Pos at = pos_at (fs, d);
              error_at (fs->reader, &at, "unterminated IRI");
              return FALSE;
            }
          t->datatype = g_strndup (d + 1, q - d - 1);
          t->datatype_is_iri = TRUE;
          q++;
        }
      else
        {
          while (is_word_char (*q))
            q++;
          t->datatype = g_strndup (d, q - d);
        }
    }
  *p = q;
  return TRUE;

fail:
  g_string_free (s, TRUE);
  return FALSE;
}

static gboolean
read_value (FileState *fs, const char **p, Token *t)
{
  const char *start = *p;

  t->column = pos_at (fs, start).column;
  if (*start == '"')
    return read_string (fs, p, t);
  if (*start == '<')
    {
      const char *q = start + 1;
      while (*q && *q != '>' && !g_ascii_isspace (*q))
        q++;
      if (*q != '>')
        {
          Pos at = pos_at (fs, start);
          error_at (fs->reader, &at, "unterminated IRI (no spaces are allowed inside <...>)");
          return FALSE;
        }
      t->type = TOKEN_IRI;
      t->text = g_strndup (start + 1, q - start - 1);
      *p = q + 1;
      return TRUE;
    }
  if (!is_word_char (*start))
    {
      Pos at = pos_at (fs, start);
      error_at (fs->reader, &at, "expected a value");
      return FALSE;
    }
  while (is_word_char (**p))
    (*p)++;
  t->type = TOKEN_WORD;
  t->text = g_strndup (start, *p - start);
  return TRUE;
}

/* Splits the rest of a line into tokens; FALSE after reporting an error. */
static gboolean
tokenize (FileState *fs, const char *p, GArray *tokens)
{
  for (;;)
    {
      Token t = { 0 };

      while (*p == ' ' || *p == '\t')
        p++;
      if (*p == '\0' || *p == '#')
        return TRUE;
      if (!read_value (fs, &p, &t))
        {
          token_clear (&t);
          return FALSE;
        }
      if (t.type == TOKEN_WORD && *p == '=')
        {
          guint key_column = t.column;

          t.key = g_steal_pointer (&t.text);
          t.key_column = key_column;
          p++;
          if (!read_value (fs, &p, &t))
            {
              token_clear (&t);
              return FALSE;
            }
        }
      g_array_append_val (tokens, t);
      if (*p != '\0' && *p != ' ' && *p != '\t')
        {
          Pos at = pos_at (fs, p);
          error_at (fs->reader, &at, "expected a space before '%c'", *p);
          return FALSE;
        }
    }
}

/* ------------------------------------------------------------------------
 * Names
 * ------------------------------------------------------------------------ */

/* The IRI of an id, a prefixed name or an <IRI>; NULL after an error. */
static char *
resolve_name (FileState *fs, const Token *t, gboolean *is_id)
{
  const char *colon;
  Pos at = pos_col (fs, t->column);

  *is_id = FALSE;
  if (t->type == TOKEN_IRI)
    {
      GError *error = NULL;
      if (!dg_iri_validate (t->text, &error))
        {
          error_at (fs->reader, &at, "%s", error->message);
          g_error_free (error);
          return NULL;
        }
      return g_strdup (t->text);
    }
  if (t->type != TOKEN_WORD)
    {
      error_at (fs->reader, &at, "expected an id, not a quoted string");
      return NULL;
    }
  colon = strchr (t->text, ':');
  if (colon)
    {
      g_autofree char *prefix = g_strndup (t->text, colon - t->text);
      const char *ns = g_hash_table_lookup (fs->prefixes, prefix);
      char *iri;
      GError *error = NULL;

      if (!ns)
        {
          error_at (fs->reader, &at, "unknown prefix \"%s:\" (declare it with @prefix)", prefix);
          return NULL;
        }
      iri = g_strconcat (ns, colon + 1, NULL);
      if (!dg_iri_validate (iri, &error))
        {
          error_at (fs->reader, &at, "%s", error->message);
          g_error_free (error);
          g_free (iri);
          return NULL;
        }
      return iri;
    }
  if (!dg_text_is_simple_name (t->text))
    {
      error_at (
          fs->reader, &at,
          "invalid id \"%s\" (letters, digits, _ - and ., starting with a letter, digit or _)",
          t->text);
      return NULL;
    }
  *is_id = TRUE;
  return g_strconcat (fs->base, t->text, NULL);
}

/* ------------------------------------------------------------------------
 * Statements
 * ------------------------------------------------------------------------ */

static void apply (DgReader *self, const Pending *p);
static const Pos *definition_of (DgReader *self, guint node);
static const char *keep (DgReader *self, const char *s);

/* A statement that needs nothing read later goes into the graph at once:
 * values, and links to a node named by an IRI or already defined.  Only
 * forward references, citations (a quote takes its source's language, which
 * may come later) and `about` checks wait for dg_reader_finish(), so memory
 * follows the graph rather than the statements read. */
static void
push_pending (FileState *fs, Pending *p)
{
  DgReader *r = fs->reader;
  guint node;

  switch (p->kind)
    {
    case PENDING_LITERAL:
    case PENDING_IRI:
    case PENDING_NODE:
      apply (r, p);
      return;
    case PENDING_REF:
      if (dg_graph_lookup_node (r->graph, p->iri, &node) && definition_of (r, node))
        {
          apply (r, p);
          return;
        }
      break;
    case PENDING_CITE:
    case PENDING_ABOUT:
      break;
    }
  /* Deferred: its strings (borrowed from the line being read) are kept. */
  p->property = keep (r, p->property);
  p->iri = keep (r, p->iri);
  p->name = keep (r, p->name);
  p->lexical = keep (r, p->lexical);
  p->datatype = keep (r, p->datatype);
  p->language = keep (r, p->language);
  g_array_append_val (r->pending, *p);
}

static const char *
expand_datatype (FileState *fs, const Token *t)
{
  const char *colon;
  const char *ns;
  g_autofree char *prefix = NULL;

  if (t->datatype_is_iri)
    return keep (fs->reader, t->datatype);
  colon = strchr (t->datatype, ':');
  if (!colon)
    return NULL;
  prefix = g_strndup (t->datatype, colon - t->datatype);
  ns = g_hash_table_lookup (fs->prefixes, prefix);
  if (!ns)
    return NULL;
  {
    g_autofree char *iri = g_strconcat (ns, colon + 1, NULL);
    return keep (fs->reader, iri);
  }
}

/* A literal for datatype property @prop from @t, checked against the range. */
static void
add_literal_value (FileState *fs, guint subject, DgTerm *prop, const Token *t)
{
  DgReader *r = fs->reader;
  Pos at = pos_col (fs, t->column);
  const char *range = prop->datatype;
  Pending p = { .kind = PENDING_LITERAL, .subject = subject, .property = prop->iri };
  GError *error = NULL;

  p.pos = at;
  if (t->type == TOKEN_IRI && !(range && g_str_equal (range, DG_XSD "anyURI")))
    {
      error_at (r, &at, "\"%s\" takes a value, not an IRI", t->key);
      return;
    }
  p.lexical = t->text;
  if (t->datatype)
    {
      p.datatype = expand_datatype (fs, t);
      if (!p.datatype)
        {
          error_at (r, &at, "unknown datatype \"%s\"", t->datatype);
          return;
        }
    }
  else if (t->language)
    {
      if (range && !g_str_equal (range, DG_RDF "langString")
          && !g_str_equal (range, DG_RDFS "Literal"))
        {
          error_at (r, &at, "\"%s\" takes a plain value, not text with a language tag", t->key);
          return;
        }
      if (!dg_language_tag_validate (t->language, &error))
        {
          error_at (r, &at, "%s", error->message);
          g_error_free (error);
          return;
        }
      p.language = t->language;
    }
  else if (range && dg_xsd_is_date_type (range))
    {
      DgDate d;
      if (!dg_date_parse (t->text, &d, &error))
        {
          error_at (r, &at, "%s", error->message);
          g_error_free (error);
          return;
        }
      p.datatype = dg_date_datatype (&d);
    }
  else if (range && !g_str_equal (range, DG_XSD "string")
           && !g_str_equal (range, DG_RDF "langString") && !g_str_equal (range, DG_RDFS "Literal"))
    p.datatype = range;

  if (p.datatype && !dg_xsd_validate (p.lexical, p.datatype, &error))
    {
      error_at (r, &at, "%s", error->message);
      g_error_free (error);
      return;
    }
  if (p.datatype && g_str_equal (p.datatype, DG_XSD "anyURI")
      && !dg_iri_validate (p.lexical, &error))
    {
      error_at (r, &at, "%s", error->message);
      g_error_free (error);
      return;
    }
  push_pending (fs, &p);
}

static void
add_link_value (FileState *fs, guint subject, DgTerm *prop, const Token *t)
{
  Pos at = pos_col (fs, t->column);
  Pending p = { .kind = PENDING_REF, .subject = subject, .property = prop->iri };
  gboolean is_id;
  g_autofree char *iri = NULL;

  if (t->type == TOKEN_STRING)
    {
      error_at (fs->reader, &at, "\"%s\" links to a node: write its id, not a quoted string",
                t->key);
      return;
    }
  iri = resolve_name (fs, t, &is_id);
  if (!iri)
    return;
  p.kind = is_id ? PENDING_REF : PENDING_IRI;
  p.iri = iri;
  p.name = t->text;
  p.pos = at;
  push_pending (fs, &p);
}

static DgTerm *
find_property (FileState *fs, const char *keyword, guint column)
{
  GError *error = NULL;
  const char *iri
      = dg_ontology_lookup (fs->reader->ontology, DG_TERM_OBJECT_PROPERTY, keyword, &error);
  Pos at = pos_col (fs, column);

  if (!iri)
    {
      error_at (fs->reader, &at, "%s", error->message);
      g_error_free (error);
      return NULL;
    }
  return dg_ontology_term (fs->reader->ontology, iri);
}

/* Labels and key=value items of a header or continuation line. */
static void
add_items (FileState *fs, guint subject, GArray *tokens, guint first)
{
  for (guint i = first; i < tokens->len; i++)
    {
      Token *t = &g_array_index (tokens, Token, i);
      Pos at = pos_col (fs, t->column);
      DgTerm *prop;

      if (!t->key)
        {
          if (t->type == TOKEN_STRING && !t->datatype)
            {
              Pending p
                  = { .kind = PENDING_LITERAL, .subject = subject, .property = DG_RDFS "label" };
              GError *error = NULL;

              if (t->language && !dg_language_tag_validate (t->language, &error))
                {
                  error_at (fs->reader, &at, "%s", error->message);
                  g_error_free (error);
                  continue;
                }
              p.lexical = t->text;
              p.language = t->language;
              p.pos = at;
              push_pending (fs, &p);
            }
          else
            error_at (fs->reader, &at, "expected key=value or a quoted label, not \"%s\"", t->text);
          continue;
        }
      prop = find_property (fs, t->key, t->key_column);
      if (!prop)
        continue;
      if (prop->kind == DG_TERM_DATATYPE_PROPERTY)
        add_literal_value (fs, subject, prop, t);
      else
        add_link_value (fs, subject, prop, t);
    }
}

/* Node ids are dense, so definitions are an array by node rather than a
 * hash table of allocated positions: 12 bytes a node. */
static void
define_node (FileState *fs, guint node, Pos pos)
{
  GArray *defined = fs->reader->defined;

  if (node >= defined->len)
    g_array_set_size (defined, node + 1);
  g_array_index (defined, Pos, node) = pos;
}

/* Valid until the next define_node(). */
static const Pos *
definition_of (DgReader *self, guint node)
{
  const Pos *pos;

  if (node >= self->defined->len)
    return NULL;
  pos = &g_array_index (self->defined, Pos, node);
  return pos->line ? pos : NULL;
}

/* After a broken header, its indented lines are skipped: the header's
 * error says what is wrong, and reporting each line would bury it. */
static void
skip_block (FileState *fs)
{
  Frame dummy = { 0, DG_NO_NODE };

  fs->have_subject = FALSE;
  g_array_set_size (fs->frames, 0);
  g_array_append_val (fs->frames, dummy);
}

static void
start_subject (FileState *fs, guint node)
{
  Frame f = { 0, node };

  g_array_set_size (fs->frames, 0);
  g_array_append_val (fs->frames, f);
  fs->have_subject = TRUE;
}

/* `Class id "label"@lang key=value ...` */
static void
read_header (FileState *fs, GArray *tokens)
{
  DgReader *r = fs->reader;
  Token *klass = &g_array_index (tokens, Token, 0);
  Token *id;
  Pos at = pos_col (fs, klass->column);
  GError *error = NULL;
  const char *class_iri;
  g_autofree char *iri = NULL;
  gboolean is_id;
  guint node;
  const Pos *earlier;

  skip_block (fs);
  if (klass->key || klass->type != TOKEN_WORD)
    {
      error_at (r, &at, "expected a class name at the start of a statement");
      return;
    }
  class_iri = dg_ontology_lookup (r->ontology, DG_TERM_CLASS, klass->text, &error);
  if (!class_iri)
    {
      error_at (r, &at, "%s", error->message);
      g_clear_error (&error);
    }
  if (tokens->len < 2 || g_array_index (tokens, Token, 1).key)
    {
      error_at (r, &at, "expected an id after \"%s\"", klass->text);
      return;
    }
  id = &g_array_index (tokens, Token, 1);
  at = pos_col (fs, id->column);
  iri = resolve_name (fs, id, &is_id);
  if (!iri)
    return;
  if (!dg_graph_add_node (r->graph, iri, NULL, &node, &error))
    {
      error_at (r, &at, "%s", error->message);
      g_error_free (error);
      return;
    }
  earlier = definition_of (r, node);
  /* A node that RDF input has statements about may be defined here: RDF
   * has no definitions, only statements. */
  if (earlier && !g_array_index (r->rdf_files, gboolean, earlier->file))
    {
      error_at (r, &at, "duplicate id \"%s\" (first defined at %s:%u:%u)", id->text,
                (const char *)g_ptr_array_index (r->files, earlier->file), earlier->line,
                earlier->column);
      return;
    }
  if (class_iri && !dg_graph_add_node (r->graph, iri, class_iri, &node, &error))
    {
      error_at (r, &at, "%s", error->message);
      g_clear_error (&error);
    }
  define_node (fs, node, at);
  start_subject (fs, node);
  add_items (fs, node, tokens, 2);
}

/* `about id`: more statements about a node defined elsewhere. */
static void
read_about (FileState *fs, GArray *tokens)
{
  DgReader *r = fs->reader;
  Token *id;
  Pos at;
  g_autofree char *iri = NULL;
  gboolean is_id;
  guint node;
  Pending p = { .kind = PENDING_ABOUT };

  skip_block (fs);
  if (tokens->len != 2 || g_array_index (tokens, Token, 1).key)
    {
      at = pos_col (fs, g_array_index (tokens, Token, 0).column);
      error_at (r, &at, "expected \"about ID\"");
      return;
    }
  id = &g_array_index (tokens, Token, 1);
  at = pos_col (fs, id->column);
  iri = resolve_name (fs, id, &is_id);
  if (!iri || !dg_graph_add_node (r->graph, iri, NULL, &node, NULL))
    return;
  p.subject = node;
  p.iri = keep (r, iri);
  p.name = keep (r, id->text);
  p.pos = at;
  push_pending (fs, &p);
  start_subject (fs, node);
}

/* `cite SOURCE "quote"`: the fact of the current frame is stated there. */
static void
read_cite (FileState *fs, guint fact, GArray *tokens)
{
  DgReader *r = fs->reader;
  Token *src, *quote;
  Pos at = pos_col (fs, g_array_index (tokens, Token, 0).column);
  Pending p = { .kind = PENDING_CITE, .subject = fact };
  g_autofree char *iri = NULL;
  gboolean is_id;
  GError *error = NULL;

  if (tokens->len != 3 || g_array_index (tokens, Token, 1).key
      || g_array_index (tokens, Token, 2).key
      || g_array_index (tokens, Token, 2).type != TOKEN_STRING)
    {
      error_at (r, &at, "expected cite SOURCE \"verbatim quote\"");
      return;
    }
  src = &g_array_index (tokens, Token, 1);
  quote = &g_array_index (tokens, Token, 2);
  iri = resolve_name (fs, src, &is_id);
  if (!iri)
    return;
  if (quote->language && !dg_language_tag_validate (quote->language, &error))
    {
      Pos qat = pos_col (fs, quote->column);
      error_at (r, &qat, "%s", error->message);
      g_error_free (error);
      return;
    }
  p.iri = keep (r, iri);
  p.name = keep (r, src->text);
  p.lexical = keep (r, quote->text);
  p.language = keep (r, quote->language);
  p.pos = pos_col (fs, src->column);
  push_pending (fs, &p);
}

/* `relation key=value ...`: a new n-ary node of the relation's range class,
 * linked from the current frame's node. */
static void
read_inline (FileState *fs, guint parent, guint indent, GArray *tokens)
{
  DgReader *r = fs->reader;
  Token *word = &g_array_index (tokens, Token, 0);
  DgTerm *prop = find_property (fs, word->text, word->column);
  Pos at = pos_col (fs, word->column);
  DgTerm *klass;
  g_autofree char *key = NULL;
  g_autofree char *iri = NULL;
  guint n, node;
  GError *error = NULL;
  Pending p = { .kind = PENDING_NODE, .subject = parent };
  Frame f;

  if (!prop)
    return;
  if (prop->kind != DG_TERM_OBJECT_PROPERTY || prop->range->len != 1)
    {
      error_at (r, &at,
                "\"%s\" does not point to one class, so it cannot start an inline node; "
                "define the node on a line of its own",
                word->text);
      return;
    }
  klass = g_ptr_array_index (prop->range, 0);
  key = g_strdup_printf ("%u %s", parent, prop->iri);
  n = GPOINTER_TO_UINT (g_hash_table_lookup (r->inline_counts, key)) + 1;
  iri = g_strdup_printf ("%s-%s-%u", dg_graph_get_node_iri (r->graph, parent), prop->local, n);
  if (!dg_graph_add_node (r->graph, iri, klass->iri, &node, &error))
    {
      error_at (r, &at, "%s", error->message);
      g_error_free (error);
      return;
    }
  g_hash_table_insert (r->inline_counts, g_steal_pointer (&key), GUINT_TO_POINTER (n));
  define_node (fs, node, at);
  p.object = node;
  p.property = prop->iri;
  p.pos = at;
  push_pending (fs, &p);
  f.indent = indent;
  f.node = node;
  g_array_append_val (fs->frames, f);
  add_items (fs, node, tokens, 1);
}

static void
read_continuation (FileState *fs, guint indent, GArray *tokens)
{
  Token *first = &g_array_index (tokens, Token, 0);
  Frame *top;

  if (!fs->have_subject)
    {
      if (fs->frames->len == 0)
        {
          Pos at = pos_col (fs, first->key ? first->key_column : first->column);
          error_at (fs->reader, &at, "indented line with no statement above it");
          skip_block (fs);
        }
      return;
    }
  while (fs->frames->len > 1
         && g_array_index (fs->frames, Frame, fs->frames->len - 1).indent >= indent)
    g_array_set_size (fs->frames, fs->frames->len - 1);
  top = &g_array_index (fs->frames, Frame, fs->frames->len - 1);
  if (!first->key && first->type == TOKEN_WORD && g_str_equal (first->text, "cite"))
    read_cite (fs, top->node, tokens);
  else if (!first->key && first->type == TOKEN_WORD)
    read_inline (fs, top->node, indent, tokens);
  else
    add_items (fs, top->node, tokens, 0);
}

static void read_buffer (FileState *parent, const char *data, gsize len, const char *name,
                         const char *dir);

/* An included file as diagnostics name it: relative to the including
 * file, as that file is named. */
static char *
display_name (FileState *fs, const char *path)
{
  const char *shown = g_ptr_array_index (fs->reader->files, fs->file);
  g_autofree char *shown_dir = g_path_get_dirname (shown);

  return g_path_is_absolute (path) || g_str_equal (shown_dir, ".")
             ? g_strdup (path)
             : g_build_filename (shown_dir, path, NULL);
}

static void
read_include (FileState *fs, GArray *tokens)
{
  DgReader *r = fs->reader;
  Token *path;
  Pos at = pos_col (fs, g_array_index (tokens, Token, 0).column);
  g_autofree char *full = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *key = NULL;
  g_autoptr (GInputStream) in = NULL;
  const char *format;
  gsize length;
  GError *error = NULL;

  if (tokens->len != 2 || g_array_index (tokens, Token, 1).type != TOKEN_STRING
      || g_array_index (tokens, Token, 1).key)
    {
      error_at (r, &at, "expected @include \"file\"");
      return;
    }
  path = &g_array_index (tokens, Token, 1);
  at = pos_col (fs, path->column);
  full = g_canonicalize_filename (path->text, fs->dir);
  if (fs->depth + 1 > DG_READER_MAX_INCLUDE_DEPTH)
    {
      error_at (r, &at, "includes nested deeper than %d", DG_READER_MAX_INCLUDE_DEPTH);
      return;
    }
  if (!g_file_test (full, G_FILE_TEST_EXISTS))
    {
      error_at (r, &at, "cannot include \"%s\": no such file", path->text);
      return;
    }
  /* Files are known by device and inode, so that a file reached through a
   * link or another path is still the same file. */
  in = dg_input_open (full, &key, &error);
  if (!in)
    {
      error_at (r, &at, "cannot include %s", error->message);
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
        error_at (r, &at, "include cycle: %s", chain->str);
        return;
      }
  /* A file included from several places (shared entities) is read once. */
  if (g_hash_table_contains (r->read_files, key))
    return;
  format = dg_reader_format_for_name (full);
  if (dg_reader_format_is_rdf (format))
    {
      /* An included RDF file is read as RDF (its base is its own URI),
       * streamed: no size limit but the graph's. */
      g_autofree char *display = display_name (fs, path->text);

      g_hash_table_add (r->read_files, g_strdup (key));
      dg_reader_read_rdf (r, in, display, format);
      return;
    }
  if (!dg_input_read_all (in, path->text, DG_READER_MAX_FILE, &contents, &length, &error))
    {
      if (g_error_matches (error, DG_ERROR, DG_ERROR_LIMIT))
        error_at (r, &at, "cannot include \"%s\": larger than %d bytes", path->text,
                  DG_READER_MAX_FILE);
      else
        error_at (r, &at, "cannot include %s", error->message);
      g_error_free (error);
      return;
    }
  dir = g_path_get_dirname (full);
  g_hash_table_add (r->read_files, g_strdup (key));
  {
    g_autofree char *display = display_name (fs, path->text);

    g_ptr_array_add (r->include_stack, g_strdup (key));
    g_ptr_array_add (r->include_names, g_strdup (display));
    read_buffer (fs, contents, length, display, dir);
    g_ptr_array_remove_index (r->include_names, r->include_names->len - 1);
  }
  g_ptr_array_remove_index (r->include_stack, r->include_stack->len - 1);
}

static void
read_directive (FileState *fs, GArray *tokens)
{
  Token *d = &g_array_index (tokens, Token, 0);
  Pos at = pos_col (fs, d->column);
  GError *error = NULL;

  fs->have_subject = FALSE;
  g_array_set_size (fs->frames, 0);
  if (g_str_equal (d->text, "@include"))
    read_include (fs, tokens);
  else if (g_str_equal (d->text, "@base"))
    {
      Token *iri = tokens->len == 2 ? &g_array_index (tokens, Token, 1) : NULL;
      if (!iri || iri->type != TOKEN_IRI || iri->key)
        error_at (fs->reader, &at, "expected @base <IRI>");
      else if (!dg_iri_validate (iri->text, &error))
        {
          Pos iat = pos_col (fs, iri->column);
          error_at (fs->reader, &iat, "%s", error->message);
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
      Token *name = tokens->len == 3 ? &g_array_index (tokens, Token, 1) : NULL;
      Token *iri = tokens->len == 3 ? &g_array_index (tokens, Token, 2) : NULL;
      gsize n = name && name->type == TOKEN_WORD ? strlen (name->text) : 0;

      if (!name || name->key || iri->key || n == 0 || name->text[n - 1] != ':'
          || iri->type != TOKEN_IRI)
        error_at (fs->reader, &at, "expected @prefix name: <IRI>");
      else if (!dg_iri_validate (iri->text, &error))
        {
          Pos iat = pos_col (fs, iri->column);
          error_at (fs->reader, &iat, "%s", error->message);
          g_error_free (error);
        }
      else
        g_hash_table_replace (fs->prefixes, g_strndup (name->text, n - 1), g_strdup (iri->text));
    }
  else
    error_at (fs->reader, &at, "unknown directive %s (expected @base, @prefix or @include)",
              d->text);
}

/* A terminated copy of the line if it is within the length limit and valid
 * UTF-8 without NUL; NULL after reporting where it is not. */
static char *
checked_line (FileState *fs, const char *line, gsize len)
{
  gsize bad;

  fs->line = line;
  if (len > DG_READER_MAX_LINE)
    {
      Pos at = pos_col (fs, 1);
      error_at (fs->reader, &at, "line longer than %d bytes", DG_READER_MAX_LINE);
      return NULL;
    }
  if (!dg_text_find_invalid (line, len, &bad))
    {
      Pos at = pos_at (fs, line + bad);
      error_at (fs->reader, &at, line[bad] == '\0' ? "NUL byte" : "invalid UTF-8");
      return NULL;
    }
  return g_strndup (line, len);
}

static void read_table_line (FileState *fs, const char *line);

static void
read_line (FileState *fs, const char *line, gsize len)
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
        read_table_line (fs, rest);
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
          Pos at = pos_at (fs, cr);
          error_at (fs->reader, &at, "stray carriage return");
          return;
        }
    }
    tokens = g_array_new (FALSE, TRUE, sizeof (Token));
    g_array_set_clear_func (tokens, (GDestroyNotify)token_clear);
    if (!tokenize (fs, rest, tokens) || tokens->len == 0)
      {
        if (indent == 0)
          skip_block (fs);
        return;
      }
    {
      Token *first = &g_array_index (tokens, Token, 0);

      if (indent > 0)
        read_continuation (fs, indent, tokens);
      else if (!first->key && first->type == TOKEN_WORD && first->text[0] == '@')
        read_directive (fs, tokens);
      else if (!first->key && first->type == TOKEN_WORD && g_str_equal (first->text, "about"))
        read_about (fs, tokens);
      else
        read_header (fs, tokens);
    }
  }
}

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
read_table_header (FileState *fs, GPtrArray *cells, GArray *at)
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
      Pos pos = pos_col (fs, g_array_index (at, guint, i));
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
          DgTerm *prop = find_property (fs, name, pos.column);

          c.kind = !prop                                   ? COLUMN_SKIP
                   : prop->kind == DG_TERM_OBJECT_PROPERTY ? COLUMN_RELATION
                                                           : COLUMN_VALUE;
        }
      if (c.language && !dg_language_tag_validate (c.language, NULL))
        {
          error_at (r, &pos, "invalid language tag \"%s\"", c.language);
          c.kind = COLUMN_SKIP;
        }
      c.key = g_steal_pointer (&name);
      g_array_append_val (fs->columns, c);
    }
  if (!have_class)
    {
      Pos pos = pos_col (fs, 1);
      error_at (r, &pos, "the header has no class column (class, or class=Name for every row)");
      /* Its rows cannot be read: the header's error says why. */
      g_array_set_size (fs->columns, 0);
    }
}

/* One row: `CLASS id label key=value ...` built from its cells, with the
 * cells' columns, and read as a .dg statement; then its citation. */
static void
read_table_row (FileState *fs, GPtrArray *cells, GArray *at)
{
  DgReader *r = fs->reader;
  g_autoptr (GArray) tokens = g_array_new (FALSE, TRUE, sizeof (Token));
  Token klass = { .type = TOKEN_WORD }, id = { .type = TOKEN_WORD };
  const char *source = NULL, *quote = NULL, *quote_language = NULL;
  guint source_column = 1, quote_column = 1;

  g_array_set_clear_func (tokens, (GDestroyNotify)token_clear);
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
      Pos pos = pos_col (fs, column);
      error_at (r, &pos, "the row has %u cells, the header %u", cells->len, fs->columns->len);
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
      Token t = { .type = TOKEN_STRING };

      switch (c->kind)
        {
        case COLUMN_CLASS:
          if (*cell || c->fixed)
            {
              Token *k = &g_array_index (tokens, Token, 0);
              g_free (k->text);
              k->text = g_strdup (*cell ? cell : c->fixed);
              k->column = column;
            }
          continue;
        case COLUMN_ID:
          if (*cell)
            {
              Token *k = &g_array_index (tokens, Token, 1);
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
          t.type = cell[0] == '<' && g_str_has_suffix (cell, ">") ? TOKEN_IRI : TOKEN_WORD;
          t.key = g_strdup (c->key);
          break;
        case COLUMN_VALUE:
          t.key = g_strdup (c->key);
          break;
        }
      if (!*cell)
        {
          token_clear (&t);
          continue;
        }
      t.text = t.type == TOKEN_IRI    ? g_strndup (cell + 1, strlen (cell) - 2)
               : t.type == TOKEN_WORD ? g_strdup (cell)
                                      : unescape_cell (cell);
      t.language = g_strdup (c->language);
      t.column = t.key_column = column;
      g_array_append_val (tokens, t);
    }
  if (!g_array_index (tokens, Token, 0).text)
    {
      Pos pos = pos_col (fs, 1);
      error_at (r, &pos, "the row has no class");
      return;
    }
  if (!g_array_index (tokens, Token, 1).text)
    g_array_index (tokens, Token, 1).text = g_strdup_printf ("%s-%u", fs->stem, fs->line_no);
  if (source && *source && !(quote && *quote))
    {
      /* A source without a quote (an event table's source column): the
       * row is derived from it, as `wasDerivedFrom=source` says in .dg. */
      Token t = { .type = TOKEN_WORD, .column = source_column, .key_column = source_column };

      t.key = g_strdup ("wasDerivedFrom");
      t.text = g_strdup (source);
      g_array_append_val (tokens, t);
      source = NULL;
    }
  read_header (fs, tokens);
  if ((source && *source) || (quote && *quote))
    {
      g_autoptr (GArray) cite = g_array_new (FALSE, TRUE, sizeof (Token));
      Token word = { .type = TOKEN_WORD }, src = { .type = TOKEN_WORD };
      Token q = { .type = TOKEN_STRING };

      g_array_set_clear_func (cite, (GDestroyNotify)token_clear);
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
          Pos pos = pos_col (fs, quote_column);
          error_at (r, &pos, "a quote needs its source in the source column");
          return;
        }
      read_cite (fs, g_array_index (fs->frames, Frame, 0).node, cite);
    }
}

static void
read_table_line (FileState *fs, const char *line)
{
  g_autoptr (GArray) at = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GPtrArray) cells = NULL;

  if (*line == '\0')
    return;
  if (strchr (line, '\r'))
    {
      Pos pos = pos_at (fs, strchr (line, '\r'));
      error_at (fs->reader, &pos, "stray carriage return");
      return;
    }
  cells = split_cells (line, at);
  if (!fs->columns)
    read_table_header (fs, cells, at);
  else
    read_table_row (fs, cells, at);
}

static void
read_buffer (FileState *parent, const char *data, gsize len, const char *name, const char *dir)
{
  DgReader *r = parent ? parent->reader : NULL;
  FileState fs = { 0 };
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
  fs.frames = g_array_new (FALSE, FALSE, sizeof (Frame));
  fs.depth = parent->depth + (parent->file == G_MAXUINT32 ? 0 : 1);
  fs.is_table
      = r->input_format ? g_str_equal (r->input_format, "tsv") : g_str_has_suffix (name, ".tsv");
  if (fs.is_table)
    {
      g_autofree char *base = g_path_get_basename (name);

      fs.stem = g_strndup (base, strlen (base) - 4);
      for (char *c = fs.stem; *c; c++)
        if (!is_word_char (*c))
          *c = '-';
    }
  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize line_len = nl ? (gsize)(nl - p) : (gsize)(end - p);

      fs.line_no++;
      fs.bom = 0;
      if (fs.line_no == 1 && line_len >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
        fs.bom = 3;
      /* CRLF files: the CR belongs to the line ending. */
      read_line (&fs, p, line_len > 0 && p[line_len - 1] == '\r' ? line_len - 1 : line_len);
      p += line_len + 1;
      if (r->progress && (fs.line_no & 0xffff) == 0)
        r->progress (name, fs.line_no, MIN ((gsize)(p - data), len), len, r->progress_data);
    }
  if (r->progress)
    r->progress (name, fs.line_no, len, len, r->progress_data);
  g_free (fs.base);
  g_free (fs.stem);
  g_hash_table_unref (fs.prefixes);
  g_array_unref (fs.frames);
  g_clear_pointer (&fs.columns, g_array_unref);
}

/**
 * dg_reader_set_progress_func:
 * @self: a #DgReader
 * @func: (nullable) (scope notified) (closure user_data) (destroy notify): told how
 *   far the reader is in each file, or %NULL
 * @user_data: data for @func
 * @notify: (nullable): frees @user_data when @func is replaced or the reader
 *   is finalized
 *
 * Lets a caller show progress through large files (the command line shows
 * rows and rows per second when its standard error is a terminal).
 */
void
dg_reader_set_progress_func (DgReader *self, DgProgressFunc func, gpointer user_data,
                             GDestroyNotify notify)
{
  g_return_if_fail (DG_IS_READER (self));
  if (self->progress_notify)
    self->progress_notify (self->progress_data);
  self->progress = func;
  self->progress_data = user_data;
  self->progress_notify = notify;
}

/* The input formats, by the extension of a file's name. */
static const struct
{
  const char *suffix, *format;
} formats[] = {
  { ".dg", "dg" },       { ".tsv", "tsv" },    { ".ttl", "turtle" }, { ".turtle", "turtle" },
  { ".nt", "ntriples" }, { ".nq", "nquads" },  { ".trig", "trig" },  { ".rdf", "rdfxml" },
  { ".owl", "rdfxml" },  { ".xml", "rdfxml" },
};

gboolean
dg_reader_format_is_rdf (const char *format)
{
  return format && !g_str_equal (format, "dg") && !g_str_equal (format, "tsv");
}

/**
 * dg_reader_format_for_name:
 * @name: a file name
 *
 * The input format a file name's extension stands for: `dg`, `tsv`, or an
 * RDF syntax — `turtle` (.ttl), `ntriples` (.nt), `nquads` (.nq), `trig`
 * (.trig) or `rdfxml` (.rdf, .owl, .xml).
 *
 * Returns: (nullable): the format, or %NULL for another extension (read
 *   as `.dg`)
 */
const char *
dg_reader_format_for_name (const char *name)
{

  g_return_val_if_fail (name != NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_has_suffix (name, formats[i].suffix))
      return formats[i].format;
  return NULL;
}

/**
 * dg_reader_set_input_format:
 * @self: a #DgReader
 * @format: (nullable): `dg`, `tsv`, `turtle`, `ntriples`, `nquads`, `trig`
 *   or `rdfxml`; %NULL to go by each file's name
 * @error: return location for a #GError, or %NULL
 *
 * Reads the next inputs (standard input among them) as @format.
 *
 * Returns: %TRUE if @format is one of those
 */
gboolean
dg_reader_set_input_format (DgReader *self, const char *format, GError **error)
{
  gboolean known = format == NULL;

  g_return_val_if_fail (DG_IS_READER (self), FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (formats) && !known; i++)
    known = g_str_equal (format, formats[i].format);
  if (!known)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "unknown input format \"%s\" (dg, tsv, turtle, ntriples, nquads, trig or "
                   "rdfxml)",
                   format);
      return FALSE;
    }
  g_free (self->input_format);
  self->input_format = g_strdup (format);
  return TRUE;
}

/**
 * dg_reader_set_base_iri:
 * @self: a #DgReader
 * @base_iri: (nullable): the IRI relative IRIs in RDF input resolve
 *   against; %NULL for the input file's own `file:` URI
 * @error: return location for a #GError, or %NULL
 *
 * Returns: %TRUE if @base_iri is a valid IRI
 */
gboolean
dg_reader_set_base_iri (DgReader *self, const char *base_iri, GError **error)
{
  g_return_val_if_fail (DG_IS_READER (self), FALSE);
  if (base_iri && !dg_iri_validate (base_iri, error))
    return FALSE;
  g_free (self->base_iri);
  self->base_iri = g_strdup (base_iri);
  return TRUE;
}

/* Reads @data, known as @key (the file's identity) for includes and for
 * not reading a file twice. */
static void
read_contents (DgReader *self, const char *data, gsize len, const char *name, const char *key)
{
  FileState root = { 0 };
  g_autofree char *dir = NULL;
  g_autofree char *canonical = NULL;
  GPtrArray *prefixes;
  const char *syntax;

  g_hash_table_add (self->read_files, g_strdup (key));
  syntax = self->input_format ? self->input_format : dg_reader_format_for_name (name);
  if (dg_reader_format_is_rdf (syntax))
    {
      g_autoptr (GInputStream) in = g_memory_input_stream_new_from_data (data, (gssize)len, NULL);
      dg_reader_read_rdf (self, in, name, syntax);
      return;
    }
  canonical = g_canonicalize_filename (name, NULL);
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

/**
 * dg_reader_read_data:
 * @self: a #DgReader
 * @data: (array length=length) (element-type guint8): `.dg` text, a table,
 *   or RDF (see dg_reader_format_for_name())
 * @length: length of @data in bytes, or -1 if it is nul-terminated
 * @name: the file name to use in diagnostics
 * @error: return location for a #GError, or %NULL
 *
 * Reads @data.  Problems in it become diagnostics, not errors; `@include`
 * paths are relative to the directory of @name.
 *
 * Returns: %FALSE only if @data cannot be read at all (too large)
 */
gboolean
dg_reader_read_data (DgReader *self, const char *data, gssize length, const char *name,
                     GError **error)
{
  g_autofree char *canonical = NULL;
  gsize len;

  g_return_val_if_fail (DG_IS_READER (self), FALSE);
  g_return_val_if_fail (data != NULL && name != NULL, FALSE);
  g_return_val_if_fail (!self->finished, FALSE);
  len = length < 0 ? strlen (data) : (gsize)length;
  if (len > DG_READER_MAX_FILE)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_LIMIT, "%s: larger than %d bytes", name,
                   DG_READER_MAX_FILE);
      return FALSE;
    }
  canonical = g_canonicalize_filename (name, NULL);
  read_contents (self, data, len, name, canonical);
  return TRUE;
}

/**
 * dg_reader_read_file:
 * @self: a #DgReader
 * @path: (type filename): a `.dg` file, or `-` for standard input
 * @error: return location for a #GError, or %NULL
 *
 * Reads @path and the files it includes.  A file that was already read
 * (directly or through an include, under any name) is not read again.
 *
 * Returns: %FALSE if @path cannot be read; problems in its content are
 *   diagnostics
 */
gboolean
dg_reader_read_file (DgReader *self, const char *path, GError **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *key = NULL;
  g_autoptr (GInputStream) in = NULL;
  const char *name, *syntax;
  gsize length;

  g_return_val_if_fail (DG_IS_READER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (!self->finished, FALSE);
  name = g_str_equal (path, "-") ? "<stdin>" : path;
  in = dg_input_open (path, &key, error);
  if (!in)
    return FALSE;
  if (g_hash_table_contains (self->read_files, key))
    return TRUE;
  syntax = self->input_format ? self->input_format : dg_reader_format_for_name (name);
  if (dg_reader_format_is_rdf (syntax))
    {
      /* RDF streams: a statement at a time, whatever the file's size. */
      g_hash_table_add (self->read_files, g_strdup (key));
      dg_reader_read_rdf (self, in, name, syntax);
      return TRUE;
    }
  if (!dg_input_read_all (in, name, DG_READER_MAX_FILE, &contents, &length, error))
    return FALSE;
  read_contents (self, contents, length, name, key);
  return TRUE;
}

/**
 * dg_reader_has_read:
 * @self: a #DgReader
 * @path: (type filename): a file name, or `-` for standard input
 *
 * Whether @path is a file the reader has read, directly or through an
 * include, under this or any other name: a program should not write its
 * output over it.
 *
 * Returns: %TRUE if @path names a file read
 */
gboolean
dg_reader_has_read (DgReader *self, const char *path)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (DG_IS_READER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  key = dg_input_key (path);
  return key && g_hash_table_contains (self->read_files, key);
}

/* ------------------------------------------------------------------------
 * Finishing: references, citations, validation
 * ------------------------------------------------------------------------ */

static void
note_positions (DgReader *self, const Pos *pos)
{
  guint n = dg_graph_get_n_statements (self->graph) - self->edge_base;

  while (self->edge_pos->len < n)
    g_array_append_val (self->edge_pos, *pos);
}

static void
report_unknown_id (DgReader *self, const Pending *p)
{
  const char *best = NULL;
  guint best_d = 3;

  for (guint node = 0; node < self->defined->len; node++)
    {
      const char *name;
      guint d;

      if (!definition_of (self, node))
        continue;
      name = dg_text_iri_tail (dg_graph_get_node_iri (self->graph, node));
      d = dg_text_edit_distance (p->name, name, 2);
      if (d < best_d || (d == best_d && best && strcmp (name, best) < 0))
        {
          best_d = d;
          best = name;
        }
    }
  if (best)
    error_at (self, &p->pos, "unknown id \"%s\" (did you mean \"%s\"?)", p->name, best);
  else
    error_at (self, &p->pos, "unknown id \"%s\"", p->name);
}

/* The node an id names: one defined in the data, else an individual of the
 * ontology (a role, a partnership level). */
static gboolean
resolve_ref (DgReader *self, const Pending *p, guint *node)
{
  DgTerm *individual;

  if (dg_graph_lookup_node (self->graph, p->iri, node)
      && (definition_of (self, *node) || dg_graph_get_node_class (self->graph, *node)))
    return TRUE;
  individual = dg_ontology_find (self->ontology, DG_TERM_INDIVIDUAL, p->name);
  if (individual)
    return dg_graph_add_node (self->graph, individual->iri, NULL, node, NULL);
  report_unknown_id (self, p);
  return FALSE;
}

/* A quote is in the language of its source.  Looked up once per source:
 * each citation changes the graph, and a lookup on a changed graph would
 * rebuild its index. */
static const char *
source_language (DgReader *self, guint source)
{
  gpointer found;

  if (!g_hash_table_lookup_extended (self->source_languages, GUINT_TO_POINTER (source), NULL,
                                     &found))
    {
      const DgLiteral *l = dg_graph_find_literal (self->graph, source, DG_NS "language");
      found = (gpointer)(l ? keep (self, dg_graph_string (self->graph, l->lexical)) : NULL);
      g_hash_table_insert (self->source_languages, GUINT_TO_POINTER (source), found);
    }
  return found;
}

static void
apply (DgReader *self, const Pending *p)
{
  GError *error = NULL;
  guint object;
  gboolean ok = TRUE;

  switch (p->kind)
    {
    case PENDING_ABOUT:
      if (!definition_of (self, p->subject) && !dg_graph_get_node_class (self->graph, p->subject))
        report_unknown_id (self, p);
      return;
    case PENDING_REF:
      if (!resolve_ref (self, p, &object))
        return;
      ok = dg_graph_add_relation (self->graph, p->subject, p->property, object, &error);
      break;
    case PENDING_IRI:
      ok = dg_graph_add_node (self->graph, p->iri, NULL, &object, &error)
           && dg_graph_add_relation (self->graph, p->subject, p->property, object, &error);
      break;
    case PENDING_NODE:
      ok = dg_graph_add_relation (self->graph, p->subject, p->property, p->object, &error);
      break;
    case PENDING_LITERAL:
      ok = dg_graph_add_literal (self->graph, p->subject, p->property, p->lexical, p->datatype,
                                 p->language, &error);
      break;
    case PENDING_CITE:
      {
        const char *language = p->language;

        if (!resolve_ref (self, p, &object))
          return;
        if (!language)
          language = source_language (self, object);
        ok = dg_graph_add_citation (self->graph, p->subject, object, p->lexical, language, NULL,
                                    &error);
      }
      break;
    default:
      g_assert_not_reached ();
    }
  if (!ok)
    {
      error_at (self, &p->pos, "%s", error->message);
      g_error_free (error);
    }
  note_positions (self, &p->pos);
}

static void
on_problem (DgSeverity severity, guint node, guint statement, const char *message,
            gpointer user_data)
{
  DgReader *self = user_data;
  const Pos *pos = NULL;

  if (statement != DG_NO_STATEMENT && statement >= self->edge_base
      && statement - self->edge_base < self->edge_pos->len)
    pos = &g_array_index (self->edge_pos, Pos, statement - self->edge_base);
  else
    pos = definition_of (self, node);
  diagnose (self, severity, pos, message);
}

static int
compare_diagnostics (gconstpointer a, gconstpointer b, gpointer files)
{
  const DgDiagnostic *x = *(DgDiagnostic **)a, *y = *(DgDiagnostic **)b;
  const char *fx = dg_diagnostic_get_file (x), *fy = dg_diagnostic_get_file (y);
  int c = g_strcmp0 (fx, fy);

  (void)files;
  if (c)
    return c;
  if (dg_diagnostic_get_line (x) != dg_diagnostic_get_line (y))
    return dg_diagnostic_get_line (x) < dg_diagnostic_get_line (y) ? -1 : 1;
  if (dg_diagnostic_get_column (x) != dg_diagnostic_get_column (y))
    return dg_diagnostic_get_column (x) < dg_diagnostic_get_column (y) ? -1 : 1;
  return 0;
}

/**
 * dg_reader_finish:
 * @self: a #DgReader
 * @error: return location for a #GError, or %NULL
 *
 * Resolves the ids every file used, adds the statements and citations to the
 * graph, and validates the graph against the ontology.  Diagnostics are then
 * sorted by file, line and column.
 *
 * Returns: %TRUE if no error was found (warnings may have been)
 */
gboolean
dg_reader_finish (DgReader *self, GError **error)
{
  g_return_val_if_fail (DG_IS_READER (self), FALSE);
  g_return_val_if_fail (!self->finished, FALSE);
  self->finished = TRUE;
  /* Citations last: a quote takes its source's language, which may be
   * stated after the quote. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->pending->len; i++)
      {
        const Pending *p = &g_array_index (self->pending, Pending, i);
        if ((p->kind == PENDING_CITE) == (pass == 1))
          apply (self, p);
      }
  dg_graph_validate (self->graph, on_problem, self);
  g_ptr_array_sort_with_data (self->diagnostics, compare_diagnostics, NULL);
  if (self->n_errors > 0)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_VALIDATION, "%u error%s", self->n_errors,
                   self->n_errors == 1 ? "" : "s");
      return FALSE;
    }
  return TRUE;
}

/**
 * dg_reader_get_diagnostics:
 * @self: a #DgReader
 *
 * Returns: (transfer none) (element-type DgDiagnostic): the problems found
 */
GPtrArray *
dg_reader_get_diagnostics (DgReader *self)
{
  g_return_val_if_fail (DG_IS_READER (self), NULL);
  return self->diagnostics;
}

/**
 * dg_reader_get_n_errors:
 * @self: a #DgReader
 *
 * Returns: the number of errors found
 */
guint
dg_reader_get_n_errors (DgReader *self)
{
  g_return_val_if_fail (DG_IS_READER (self), 0);
  return self->n_errors;
}

/**
 * dg_reader_get_n_warnings:
 * @self: a #DgReader
 *
 * Returns: the number of warnings found
 */
guint
dg_reader_get_n_warnings (DgReader *self)
{
  g_return_val_if_fail (DG_IS_READER (self), 0);
  return self->n_warnings;
}
