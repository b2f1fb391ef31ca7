/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <serd/serd.h>
#include <stdarg.h>
#include <string.h>

#include "dg-error.h"
#include "dg-rdf-parse-private.h"
#include "dg-text-private.h"

/*
 * Turtle, TriG, N-Triples and N-Quads, read by serd: it streams (a
 * statement at a time, whatever the file's size), and passes the W3C
 * suites, with SPARQL-style PREFIX/BASE, GRAPH and blank-node graph labels,
 * that raptor2 2.0.15's parsers fail or accept wrongly.  serd gets its
 * bytes from a Source, which checks the text as it comes: invalid UTF-8 is
 * an error at its line and column.  U+0000, raw or escaped, is held in
 * literals (DG_TEXT_HELD_NUL), never cut short at.
 */

#define CHUNK (64 * 1024)

/* ------------------------------------------------------------------------
 * The bytes: a stream read in chunks, checked, handed out one at a time so
 * that the place of every statement is known exactly.
 * ------------------------------------------------------------------------ */

typedef struct
{
  GInputStream *in;
  const char *filename;
  guint8 *buf;
  gsize len, pos;
  gsize stop;       /* bytes are handed out up to here: len, or a bad byte */
  guint8 stop_why;  /* STOP_* */
  guint8 carry[4];  /* an incomplete UTF-8 sequence at the end of a chunk */
  gsize n_carry;
  guint8 before[3]; /* the last bytes of the chunk before, the newest last */
  gboolean eof;
  /* Line and column of the byte before buf[counted]: counted on demand
   * (for a statement or an error), not byte by byte. */
  gsize counted;
  guint line, column;
  GError *error;
  /* The Turtle family's nesting, followed outside comments, IRIs and
   * strings as each chunk arrives: serd parses '[' and '(' by recursion,
   * and a file of 200,000 of them would overflow the stack. */
  gboolean nesting;
  guint depth;
  guint8 state; /* SCAN_* */
  guint8 quote; /* the quote character of the string being read */
  guint8 quotes; /* quotes in a row: opening a string, or closing a long one */
  gboolean escaped;
} Source;

enum
{
  STOP_END,
  STOP_UTF8,
  STOP_DEEP,
};

/* Deeper nesting of blank nodes and collections than any real data has. */
#define MAX_NESTING 256

enum
{
  SCAN_NORMAL,
  SCAN_COMMENT,
  SCAN_IRI,
  SCAN_OPENING, /* after one or two quotes */
  SCAN_SHORT,
  SCAN_LONG,
};

/* Follows @c through the Turtle family's lexical states; FALSE when it
 * opens a bracket too deep. */
static gboolean
scan (Source *src, guint8 c)
{
  switch (src->state)
    {
    case SCAN_OPENING:
      if (c == src->quote)
        {
          if (++src->quotes == 3)
            {
              src->state = SCAN_LONG;
              src->quotes = 0;
            }
          return TRUE;
        }
      if (src->quotes == 2)
        src->state = SCAN_NORMAL; /* an empty string: read c as usual */
      else
        {
          /* c is the string's first character */
          src->state = SCAN_SHORT;
          src->escaped = c == '\\';
          if (c == '\n')
            src->state = SCAN_NORMAL;
          return TRUE;
        }
      break;
    case SCAN_SHORT:
      if (src->escaped)
        src->escaped = FALSE;
      else if (c == '\\')
        src->escaped = TRUE;
      else if (c == src->quote || c == '\n')
        src->state = SCAN_NORMAL;
      return TRUE;
    case SCAN_LONG:
      if (src->escaped)
        {
          src->escaped = FALSE;
          src->quotes = 0;
        }
      else if (c == '\\')
        {
          src->escaped = TRUE;
          src->quotes = 0;
        }
      else if (c == src->quote)
        {
          if (++src->quotes == 3)
            src->state = SCAN_NORMAL;
        }
      else
        src->quotes = 0;
      return TRUE;
    case SCAN_COMMENT:
      if (c == '\n' || c == '\r')
        src->state = SCAN_NORMAL;
      return TRUE;
    case SCAN_IRI:
      if (c == '>' || c == '\n' || c == ' ')
        src->state = SCAN_NORMAL;
      return TRUE;
    default:
      break;
    }
  switch (c)
    {
    case '#':
      src->state = SCAN_COMMENT;
      break;
    case '<':
      src->state = SCAN_IRI;
      break;
    case '"':
    case '\'':
      src->state = SCAN_OPENING;
      src->quote = c;
      src->quotes = 1;
      break;
    case '[':
    case '(':
      if (++src->depth > MAX_NESTING)
        return FALSE;
      break;
    case ']':
    case ')':
      if (src->depth > 0)
        src->depth--;
      break;
    default:
      break;
    }
  return TRUE;
}

static void
source_init (Source *src, GInputStream *in, const char *filename, gboolean nesting)
{
  memset (src, 0, sizeof *src);
  src->in = in;
  src->filename = filename;
  src->buf = g_malloc (CHUNK + 4);
  src->nesting = nesting;
  src->line = 1;
}

static void
source_clear (Source *src)
{
  g_free (src->buf);
  g_clear_error (&src->error);
}

/* The length of a complete prefix of @buf: an incomplete UTF-8 sequence at
 * its end waits for the next chunk. */
static gsize
complete_prefix (const guint8 *buf, gsize len)
{
  gsize i = len, back = 0;

  while (i > 0 && back < 4 && (buf[i - 1] & 0xC0) == 0x80)
    {
      i--;
      back++;
    }
  if (i > 0)
    {
      guint8 lead = buf[i - 1];
      gsize need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;

      if (lead >= 0xC0 && back + 1 < need)
        return i - 1;
    }
  return len;
}

/* Counts lines and columns up to buf[@upto]: lines by memchr, the column
 * only after the last line break. */
static void
source_count (Source *src, gsize upto)
{
  const guint8 *nl;

  while (src->counted < upto
         && (nl = memchr (src->buf + src->counted, '\n', upto - src->counted)))
    {
      src->line++;
      src->column = 0;
      src->counted = (gsize)(nl - src->buf) + 1;
    }
  for (gsize i = src->counted; i < upto; i++)
    src->column += (src->buf[i] & 0xC0) != 0x80;
  src->counted = MAX (src->counted, upto);
}

/* The line and column of the last byte handed out. */
static void
source_place (Source *src, guint *line, guint *column)
{
  source_count (src, src->pos);
  *line = src->line;
  *column = MAX (src->column, 1);
}

/* The byte handed out @back bytes ago (1: the last). */
static guint8
source_back (Source *src, gsize back)
{
  if (back <= src->pos)
    return src->buf[src->pos - back];
  back -= src->pos;
  return back <= 3 ? src->before[3 - back] : 0;
}

static gboolean
source_fill (Source *src)
{
  g_autoptr (GError) local_error = NULL;
  gsize have, complete, bad;
  gssize n;

  if (src->eof || src->error)
    return FALSE;
  source_count (src, src->len);
  for (guint i = 1; i <= 3; i++)
    src->before[3 - i] = source_back (src, i);
  memcpy (src->buf, src->carry, src->n_carry);
  have = src->n_carry;
  src->n_carry = 0;
  n = g_input_stream_read (src->in, src->buf + have, CHUNK, NULL, &local_error);
  if (n < 0)
    {
      g_set_error (&src->error, DG_ERROR, DG_ERROR_IO, "%s: %s", src->filename,
                   local_error->message);
      return FALSE;
    }
  if (n == 0)
    src->eof = TRUE;
  have += (gsize)n;
  complete = src->eof ? have : complete_prefix (src->buf, have);
  src->n_carry = have - complete;
  memcpy (src->carry, src->buf + complete, src->n_carry);
  src->len = src->stop = complete;
  src->pos = src->counted = 0;
  src->stop_why = STOP_END;
  /* A NUL byte is a character here: a literal may hold U+0000 raw, and
   * serd refuses it anywhere else. */
  for (gsize off = 0;
       off < complete && !dg_text_find_invalid ((const char *)src->buf + off, complete - off, &bad);
       off += bad + 1)
    if (src->buf[off + bad] != 0)
      {
        src->stop = off + bad;
        src->stop_why = STOP_UTF8;
        break;
      }
  if (src->nesting)
    for (gsize i = 0; i < src->stop; i++)
      if (!scan (src, src->buf[i]))
        {
          src->stop = i;
          src->stop_why = STOP_DEEP;
          break;
        }
  return complete > 0;
}

/* Past the bytes that may be handed out: the next chunk, or the error that
 * stopped them (at the byte after the last handed out). */
static gboolean
source_more (Source *src)
{
  while (src->pos == src->stop)
    {
      guint line, column;

      if (src->stop < src->len)
        {
          if (!src->error)
            {
              source_count (src, src->pos);
              line = src->line;
              column = src->column + 1;
              if (src->stop_why == STOP_DEEP)
                g_set_error (&src->error, DG_ERROR, DG_ERROR_LIMIT,
                             "%s:%u:%u: blank nodes or collections nested deeper than %d levels",
                             src->filename, line, column, MAX_NESTING);
              else
                g_set_error (&src->error, DG_ERROR, DG_ERROR_PARSE, "%s:%u:%u: invalid UTF-8",
                             src->filename, line, column);
            }
          return FALSE;
        }
      if (!source_fill (src))
        return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------------
 * serd: Turtle, TriG, N-Triples, N-Quads
 * ------------------------------------------------------------------------ */

typedef struct
{
  const DgRdfSink *sink;
  gpointer sink_data;
  const char *filename;
  const char *blank_prefix;
  Source src;
  SerdEnv *env;
  char *base; /* absolute: relative IRIs are resolved here, by RFC 3986 */
  guint line, column; /* where serd is, as locate() last found it */
  /* N-Triples and N-Quads are handed to serd a page at a time; each line
   * that holds a statement holds one, so the lines of the statements to
   * come are queued as their bytes go out. */
  gboolean by_line;
  GQueue statement_lines; /* line numbers, as pointers */
  guint page_line;        /* the line the next byte handed out is on */
  guint8 line_kind;       /* LINE_*, of the line being handed out */
  GString *terms[6]; /* subject, predicate, object, graph, datatype, scratch */
  GError *error;
} SerdState;

enum
{
  LINE_BLANK, /* nothing but spaces yet */
  LINE_STATEMENT,
  LINE_OTHER, /* a comment */
};

static void
locate (SerdState *st)
{
  source_place (&st->src, &st->line, &st->column);
}

/* Notes the lines that hold a statement among @n bytes handed out. */
static void
note_lines (SerdState *st, const guint8 *p, gsize n)
{
  const guint8 *end = p + n;

  while (p < end)
    {
      const guint8 *nl;

      for (; st->line_kind == LINE_BLANK && p < end && *p != '\n'; p++)
        if (*p != ' ' && *p != '\t' && *p != '\r')
          {
            st->line_kind = *p == '#' ? LINE_OTHER : LINE_STATEMENT;
            if (st->line_kind == LINE_STATEMENT)
              g_queue_push_tail (&st->statement_lines, GUINT_TO_POINTER (st->page_line));
          }
      nl = p < end ? memchr (p, '\n', end - p) : NULL;
      if (!nl)
        return;
      st->page_line++;
      st->line_kind = LINE_BLANK;
      p = nl + 1;
    }
}

/* serd asks for one byte at a time (a page of one byte), so that what it
 * has read is known exactly: the place of each statement. */
static size_t
serd_source (void *buf, size_t size, size_t nmemb, void *stream)
{
  SerdState *st = stream;
  Source *src = &st->src;
  gsize got = 0;

  (void)size;
  if (nmemb == 1)
    {
      if (G_UNLIKELY (src->pos == src->stop) && !source_more (src))
        return 0;
      *(guint8 *)buf = src->buf[src->pos++];
      return 1;
    }
  /* A page, for the line-based syntaxes: full but at the end. */
  while (got < nmemb && (src->pos < src->stop || source_more (src)))
    {
      gsize n = MIN (nmemb - got, src->stop - src->pos);

      note_lines (st, src->buf + src->pos, n);
      memcpy ((guint8 *)buf + got, src->buf + src->pos, n);
      src->pos += n;
      got += n;
    }
  return got;
}

static int
serd_stream_error (void *stream)
{
  SerdState *st = stream;

  return st->src.error != NULL;
}

static SerdStatus
on_serd_error (void *handle, const SerdError *e)
{
  SerdState *st = handle;
  g_autofree char *message = NULL;
  va_list args;
  int column;

  if (st->error || st->src.error)
    return SERD_SUCCESS;
  va_copy (args, *e->args);
  message = g_strdup_vprintf (e->fmt, args);
  va_end (args);
  g_strchomp (message);
  locate (st);
  /* serd 0.30 counts columns from 0 after a line break but from 1 on the
   * first line, where reading a byte at a time also counts the byte it
   * primes with. */
  column = e->col + 1;
  if (e->line == 1)
    column -= st->by_line ? 1 : 2;
  g_set_error (&st->error, DG_ERROR, DG_ERROR_PARSE, "%s:%u:%u: %s", st->filename,
               e->line ? e->line : st->line, e->line ? MAX (column, 1) : st->column,
               message);
  return SERD_SUCCESS;
}

/* Relative IRIs are resolved by dg_iri_resolve() (RFC 3986, dot segments
 * removed), not by serd 0.30, which keeps "g/../h", nor GLib, which trips on
 * IRIs that are not URIs. */
static SerdStatus
on_serd_base (void *handle, const SerdNode *uri)
{
  SerdState *st = handle;
  char *full = dg_iri_resolve (st->base, (const char *)uri->buf);

  g_free (st->base);
  st->base = full;
  return SERD_SUCCESS;
}

/* A URI with a scheme is used as written; only a relative one is resolved
 * (which allocates). */
static gboolean
is_absolute (const SerdNode *node)
{
  const guint8 *p = node->buf;

  if (!g_ascii_isalpha (*p))
    return FALSE;
  while (g_ascii_isalnum (*p) || *p == '+' || *p == '-' || *p == '.')
    p++;
  return *p == ':';
}

/* @node as a full IRI in @out: a CURIE expanded, a relative IRI resolved. */
static gboolean
expand_iri (SerdState *st, const SerdNode *node, GString *out)
{
  if (node->type == SERD_URI && is_absolute (node))
    {
      g_string_truncate (out, 0);
      g_string_append_len (out, (const char *)node->buf, (gssize)node->n_bytes);
      return TRUE;
    }
  if (node->type == SERD_CURIE)
    {
      SerdChunk prefix, suffix;

      if (serd_env_expand (st->env, node, &prefix, &suffix) != SERD_SUCCESS)
        return FALSE;
      g_string_truncate (out, 0);
      g_string_append_len (out, (const char *)prefix.buf, (gssize)prefix.len);
      g_string_append_len (out, (const char *)suffix.buf, (gssize)suffix.len);
      return TRUE;
    }
  {
    g_autofree char *full = dg_iri_resolve (st->base, (const char *)node->buf);

    g_string_assign (out, full);
    return TRUE;
  }
}

static SerdStatus
on_serd_prefix (void *handle, const SerdNode *name, const SerdNode *uri)
{
  SerdState *st = handle;
  SerdStatus status;

  /* The namespace is resolved now, against the base in force now. */
  if (!expand_iri (st, uri, st->terms[5]))
    return SERD_ERR_BAD_ARG;
  status = serd_env_set_prefix_from_strings (st->env, name->buf, (const guint8 *)st->terms[5]->str);
  if (status == SERD_SUCCESS && st->sink->prefix)
    st->sink->prefix ((const char *)name->buf, st->terms[5]->str, st->sink_data);
  return status;
}

/* Sets @out to @node as the sink wants it; FALSE (with st->error) if it
 * cannot be held. */
static gboolean
term_of (SerdState *st, const SerdNode *node, GString *out, DgRdfTermType *type)
{
  switch (node->type)
    {
    case SERD_URI:
    case SERD_CURIE:
      *type = DG_RDF_TERM_IRI;
      /* An escape such as \uD800 decodes to bytes that are no text (the
       * input itself was checked: only such an escape, encoded from 0xED,
       * can make them); checked before resolving, which would
       * percent-encode them. */
      if (memchr (node->buf, 0xED, node->n_bytes)
          && !g_utf8_validate_len ((const char *)node->buf, node->n_bytes, NULL))
        {
          g_set_error (&st->error, DG_ERROR, DG_ERROR_PARSE,
                       "%s:%u:%u: an IRI escapes a code point that is not a character",
                       st->filename, st->line, st->column);
          return FALSE;
        }
      if (expand_iri (st, node, out))
        return TRUE;
      g_set_error (&st->error, DG_ERROR, DG_ERROR_PARSE, "%s:%u:%u: cannot expand %s",
                   st->filename, st->line, st->column, (const char *)node->buf);
      return FALSE;
    case SERD_BLANK:
      *type = DG_RDF_TERM_BLANK;
      g_string_assign (out, st->blank_prefix);
      g_string_append_len (out, (const char *)node->buf, (gssize)node->n_bytes);
      return TRUE;
    case SERD_LITERAL:
      *type = DG_RDF_TERM_LITERAL;
      g_string_truncate (out, 0);
      /* U+0000 (written \u0000) is held as DG_TEXT_HELD_NUL: a C string
       * cannot hold it, and must not be cut short at it. */
      for (const guint8 *p = node->buf, *end = node->buf + node->n_bytes; p < end;)
        {
          const guint8 *nul = memchr (p, 0, end - p);

          g_string_append_len (out, (const char *)p, (nul ? nul : end) - p);
          if (!nul)
            break;
          g_string_append (out, DG_TEXT_HELD_NUL);
          p = nul + 1;
        }
      return TRUE;
    case SERD_NOTHING:
    default:
      g_set_error (&st->error, DG_ERROR, DG_ERROR_PARSE, "%s:%u:%u: a term of no kind",
                   st->filename, st->line, st->column);
      return FALSE;
    }
}

#define XSD_INTEGER "http://www.w3.org/2001/XMLSchema#integer"

static gboolean
is_integer (const char *s)
{
  if (*s == '+' || *s == '-')
    s++;
  if (!*s)
    return FALSE;
  for (; *s; s++)
    if (!g_ascii_isdigit (*s))
      return FALSE;
  return TRUE;
}

static SerdStatus
on_serd_statement (void *handle, SerdStatementFlags flags, const SerdNode *graph,
                   const SerdNode *subject, const SerdNode *predicate, const SerdNode *object,
                   const SerdNode *datatype, const SerdNode *lang)
{
  SerdState *st = handle;
  DgRdfTriple t = { 0 };
  DgRdfTermType ptype;

  (void)flags;
  if (st->by_line)
    {
      /* The statement's line; its column is that of the line's start. */
      if (!g_queue_is_empty (&st->statement_lines))
        st->line = GPOINTER_TO_UINT (g_queue_pop_head (&st->statement_lines));
      st->column = 1;
    }
  else
    locate (st);
  if (!term_of (st, subject, st->terms[0], &t.subject_type)
      || !term_of (st, predicate, st->terms[1], &ptype)
      || !term_of (st, object, st->terms[2], &t.object_type)
      || (graph && graph->type != SERD_NOTHING
          && !term_of (st, graph, st->terms[3], &t.graph_type)))
    return SERD_ERR_BAD_SYNTAX;
  /* An IRI holding U+0000 is not one: refused as a literal holding it is. */
  if (strlen (st->terms[0]->str) != st->terms[0]->len
      || strlen (st->terms[1]->str) != st->terms[1]->len
      || (t.object_type != DG_RDF_TERM_LITERAL && strlen (st->terms[2]->str) != st->terms[2]->len))
    {
      g_set_error (&st->error, DG_ERROR, DG_ERROR_PARSE, "%s:%u:%u: an IRI holds U+0000",
                   st->filename, st->line, st->column);
      return SERD_ERR_BAD_SYNTAX;
    }
  t.subject = st->terms[0]->str;
  t.predicate = st->terms[1]->str;
  t.object = st->terms[2]->str;
  t.graph = graph && graph->type != SERD_NOTHING ? st->terms[3]->str : NULL;
  if (t.object_type == DG_RDF_TERM_LITERAL)
    {
      if (datatype && datatype->type != SERD_NOTHING)
        {
          DgRdfTermType dtype;

          if (!term_of (st, datatype, st->terms[4], &dtype))
            return SERD_ERR_BAD_SYNTAX;
          t.datatype = st->terms[4]->str;
        }
      if (lang && lang->type != SERD_NOTHING)
        t.language = (const char *)lang->buf;
      /* serd 0.30 gives a Turtle integer right before a statement's final
       * dot ("ex:count 12.") with no datatype; its bytes show it: a digit,
       * the dot, and the byte serd looked at after it.  N-Triples and
       * N-Quads have no bare numbers, and serd reads them a page ahead, so
       * those bytes are another statement's: a quoted "060" is text there. */
      if (!st->by_line && !t.datatype && !t.language
          && g_ascii_isdigit (source_back (&st->src, 3))
          && source_back (&st->src, 2) == '.' && is_integer (t.object))
        t.datatype = XSD_INTEGER;
    }
  t.line = (int)st->line;
  t.column = (int)st->column;
  st->sink->triple (&t, st->sink_data);
  return SERD_SUCCESS;
}

static SerdSyntax
serd_syntax_of (const char *syntax)
{
  if (g_str_equal (syntax, "ntriples"))
    return SERD_NTRIPLES;
  if (g_str_equal (syntax, "nquads"))
    return SERD_NQUADS;
  if (g_str_equal (syntax, "trig"))
    return SERD_TRIG;
  return SERD_TURTLE;
}

gboolean
dg_rdf_parse_serd (GInputStream *in, const char *syntax, const char *base_iri, const char *filename,
            const char *blank_prefix, const DgRdfSink *sink, gpointer sink_data, GError **error)
{
  SerdState st = { 0 };
  SerdReader *reader;
  SerdStatus status;
  gboolean ok;

  st.sink = sink;
  st.sink_data = sink_data;
  st.filename = filename;
  st.blank_prefix = blank_prefix;
  /* N-Triples and N-Quads cannot nest. */
  source_init (&st.src, in, filename,
               g_str_equal (syntax, "turtle") || g_str_equal (syntax, "trig"));
  st.env = serd_env_new (NULL);
  st.base = g_strdup (base_iri);
  for (guint i = 0; i < G_N_ELEMENTS (st.terms); i++)
    st.terms[i] = g_string_sized_new (256);
  reader = serd_reader_new (serd_syntax_of (syntax), &st, NULL, on_serd_base, on_serd_prefix,
                            on_serd_statement, NULL);
  serd_reader_set_strict (reader, true);
  serd_reader_set_error_sink (reader, on_serd_error, &st);
  /* Turtle and TriG: a page of one byte, so that the place of each
   * statement is the place the source has reached; the line-based
   * syntaxes: pages of 64 KiB, and each statement's line from the queue. */
  st.by_line = g_str_equal (syntax, "ntriples") || g_str_equal (syntax, "nquads");
  st.page_line = 1;
  g_queue_init (&st.statement_lines);
  status = serd_reader_read_source (reader, serd_source, serd_stream_error, &st,
                                    (const guint8 *)filename, st.by_line ? CHUNK : 1);
  serd_reader_free (reader);
  serd_env_free (st.env);
  g_free (st.base);
  for (guint i = 0; i < G_N_ELEMENTS (st.terms); i++)
    g_string_free (st.terms[i], TRUE);
  ok = FALSE;
  if (st.src.error)
    g_propagate_error (error, g_steal_pointer (&st.src.error));
  else if (st.error)
    g_propagate_error (error, g_steal_pointer (&st.error));
  else if (status > SERD_FAILURE)
    {
      locate (&st);
      g_set_error (error, DG_ERROR, DG_ERROR_PARSE, "%s:%u:%u: %s", filename, st.line, st.column,
                   serd_strerror (status));
    }
  else if (st.by_line && !g_queue_is_empty (&st.statement_lines))
    /* serd 0.30 ends N-Quads quietly at a line that no statement can start
     * with: every line after it would be lost without a word. */
    g_set_error (error, DG_ERROR, DG_ERROR_PARSE,
                 "%s:%u:1: expected a statement, starting with '<' or '_:'", filename,
                 GPOINTER_TO_UINT (g_queue_peek_head (&st.statement_lines)));
  else
    ok = TRUE;
  g_queue_clear (&st.statement_lines);
  g_clear_error (&st.error);
  source_clear (&st.src);
  return ok;
}

