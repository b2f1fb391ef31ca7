/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <raptor2.h>

#include "diplograph.h"
#include "dg-rdf-parse-private.h"
#include "dg-text-private.h"

typedef struct
{
  const DgRdfSink *sink;
  gpointer sink_data;
  const char *filename;
  const char *blank_prefix;
  raptor_parser *parser;
  GString *subject;
  GString *object;
  GString *graph;
  GError *error;
} ParseState;

static const char *
term_string (ParseState *st, raptor_term *term, GString *buf, DgRdfTermType *type)
{
  switch (term->type)
    {
    case RAPTOR_TERM_TYPE_URI:
      *type = DG_RDF_TERM_IRI;
      return (const char *)raptor_uri_as_string (term->value.uri);
    case RAPTOR_TERM_TYPE_BLANK:
      *type = DG_RDF_TERM_BLANK;
      g_string_assign (buf, st->blank_prefix);
      g_string_append (buf, (const char *)term->value.blank.string);
      return buf->str;
    case RAPTOR_TERM_TYPE_LITERAL:
      *type = DG_RDF_TERM_LITERAL;
      return (const char *)term->value.literal.string;
    case RAPTOR_TERM_TYPE_UNKNOWN:
    default:
      return NULL;
    }
}

static void
on_statement (void *user_data, raptor_statement *statement)
{
  ParseState *st = user_data;
  DgRdfTriple t = { 0 };
  DgRdfTermType ptype;

  if (st->error)
    return;
  t.subject = term_string (st, statement->subject, st->subject, &t.subject_type);
  t.predicate = term_string (st, statement->predicate, NULL, &ptype);
  t.object = term_string (st, statement->object, st->object, &t.object_type);
  if (!t.subject || !t.predicate || !t.object)
    return;
  if (statement->graph)
    t.graph = term_string (st, statement->graph, st->graph, &t.graph_type);
  {
    raptor_locator *loc = raptor_parser_get_locator (st->parser);

    t.line = loc ? loc->line : -1;
    t.column = loc ? loc->column : -1;
  }
  if (t.object_type == DG_RDF_TERM_LITERAL)
    {
      if (statement->object->value.literal.datatype)
        t.datatype = (const char *)raptor_uri_as_string (statement->object->value.literal.datatype);
      t.language = (const char *)statement->object->value.literal.language;
    }
  st->sink->triple (&t, st->sink_data);
}

static void
on_namespace (void *user_data, raptor_namespace *ns)
{
  ParseState *st = user_data;
  const unsigned char *prefix = raptor_namespace_get_prefix (ns);
  raptor_uri *uri = raptor_namespace_get_uri (ns);

  if (st->sink->prefix && uri)
    st->sink->prefix (prefix ? (const char *)prefix : "", (const char *)raptor_uri_as_string (uri),
                      st->sink_data);
}

static void
on_log (void *user_data, raptor_log_message *message)
{
  ParseState *st = user_data;
  raptor_locator *loc = message->locator;

  if (message->level < RAPTOR_LOG_LEVEL_ERROR || st->error)
    return;
  if (loc && loc->line > 0 && loc->column > 0)
    g_set_error (&st->error, DG_ERROR, DG_ERROR_PARSE, "%s:%d:%d: %s", st->filename, loc->line,
                 loc->column, message->text);
  else if (loc && loc->line > 0)
    g_set_error (&st->error, DG_ERROR, DG_ERROR_PARSE, "%s:%d: %s", st->filename, loc->line,
                 message->text);
  else
    g_set_error (&st->error, DG_ERROR, DG_ERROR_PARSE, "%s: %s", st->filename, message->text);
}

/* Deeper nesting of blank nodes and collections than any real data has is
 * refused before raptor2 sees it: its parser gives up with "memory
 * exhausted" and no position, after using memory for every level. */
#define MAX_NESTING 256

typedef enum
{
  SCAN_OK,
  SCAN_DEEP,     /* '[' or '(' nested deeper than MAX_NESTING */
  SCAN_LONG_TAG, /* a language tag raptor2 cannot hold */
} ScanProblem;

static gsize
tag_length (const char *data, gsize len, gsize i)
{
  gsize n = 0;

  while (i + n < len && (g_ascii_isalnum (data[i + n]) || data[i + n] == '-'))
    n++;
  return n;
}

/* For the Turtle family (Turtle, TriG, N-Triples, N-Quads), outside
 * strings, IRIs and comments: the first bracket nested too deep, or the
 * first language tag longer than DG_LANGUAGE_TAG_MAX (raptor2 2.0.15 keeps
 * a tag's length in a byte and overruns its buffer at 256). */
static ScanProblem
scan_turtle (const char *data, gsize len, gsize *offset)
{
  guint depth = 0;

  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];

      if (c == '#')
        while (i < len && data[i] != '\n')
          i++;
      else if (c == '<')
        while (i < len && data[i] != '>' && data[i] != '\n')
          i++;
      else if (c == '"' || c == '\'')
        {
          gboolean long_string = i + 2 < len && data[i + 1] == c && data[i + 2] == c;

          i += long_string ? 3 : 1;
          for (; i < len; i++)
            if (data[i] == '\\')
              i++;
            else if (data[i] == c
                     && (!long_string || (i + 2 < len && data[i + 1] == c && data[i + 2] == c)))
              {
                i += long_string ? 2 : 0;
                break;
              }
          if (i + 1 < len && data[i + 1] == '@'
              && tag_length (data, len, i + 2) > DG_LANGUAGE_TAG_MAX)
            {
              *offset = i + 2;
              return SCAN_LONG_TAG;
            }
        }
      else if (c == '[' || c == '(')
        {
          if (++depth > MAX_NESTING)
            {
              *offset = i;
              return SCAN_DEEP;
            }
        }
      else if ((c == ']' || c == ')') && depth > 0)
        depth--;
    }
  return SCAN_OK;
}

/* For RDF/XML: the first xml:lang value longer than DG_LANGUAGE_TAG_MAX. */
static gboolean
find_long_xml_lang (const char *data, gsize len, gsize *offset)
{
  const char *p = data, *end = data + len;

  while ((p = g_strstr_len (p, end - p, "xml:lang")))
    {
      const char *q = p + 8;

      while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '='))
        q++;
      if (q < end && (*q == '"' || *q == '\''))
        {
          const char *close = memchr (q + 1, *q, end - q - 1);
          if ((close ? (gsize)(close - q - 1) : (gsize)(end - q - 1)) > DG_LANGUAGE_TAG_MAX)
            {
              *offset = q + 1 - data;
              return TRUE;
            }
        }
      p = q;
    }
  return FALSE;
}

gboolean
dg_rdf_parse (const char *data, gsize len, const char *syntax, const char *base_iri,
              const char *filename, const char *blank_prefix, const DgRdfSink *sink,
              gpointer sink_data, GError **error)
{
  ParseState st = { sink, sink_data, filename, blank_prefix, NULL, NULL, NULL, NULL, NULL };
  raptor_world *world;
  raptor_parser *parser;
  raptor_uri *base;
  gsize bad;
  int rc;

  if (!dg_text_find_invalid (data, len, &bad))
    {
      guint line, column;

      dg_text_locate (data, bad, &line, &column);
      g_set_error (error, DG_ERROR, DG_ERROR_PARSE, "%s:%u:%u: %s", filename, line, column,
                   data[bad] == '\0' ? "NUL byte" : "invalid UTF-8");
      return FALSE;
    }
  {
    ScanProblem problem = g_str_equal (syntax, "rdfxml")
                              ? (find_long_xml_lang (data, len, &bad) ? SCAN_LONG_TAG : SCAN_OK)
                              : scan_turtle (data, len, &bad);
    guint line, column;

    if (problem != SCAN_OK)
      {
        dg_text_locate (data, bad, &line, &column);
        if (problem == SCAN_DEEP)
          g_set_error (error, DG_ERROR, DG_ERROR_LIMIT,
                       "%s:%u:%u: blank nodes or collections nested deeper than %d levels",
                       filename, line, column, MAX_NESTING);
        else
          g_set_error (error, DG_ERROR, DG_ERROR_LIMIT,
                       "%s:%u:%u: language tag longer than %d characters", filename, line, column,
                       DG_LANGUAGE_TAG_MAX);
        return FALSE;
      }
  }

  /* One world per parse: raptor keeps state there, and nothing else needs
   * to share it. */
  world = raptor_new_world ();
  if (!world || raptor_world_open (world))
    {
      raptor_free_world (world);
      g_set_error (error, DG_ERROR, DG_ERROR_INTERNAL, "%s: cannot start the RDF parser", filename);
      return FALSE;
    }
  raptor_world_set_log_handler (world, &st, on_log);
  parser = raptor_new_parser (world, syntax);
  if (!parser)
    {
      raptor_free_world (world);
      g_set_error (error, DG_ERROR, DG_ERROR_PARSE, "%s: no RDF parser for syntax \"%s\"", filename,
                   syntax);
      return FALSE;
    }
  /* Input is data, never a reason to fetch anything. */
  raptor_parser_set_option (parser, RAPTOR_OPTION_NO_NET, NULL, 1);
  raptor_parser_set_option (parser, RAPTOR_OPTION_NO_FILE, NULL, 1);
  raptor_parser_set_statement_handler (parser, &st, on_statement);
  raptor_parser_set_namespace_handler (parser, &st, on_namespace);
  st.parser = parser;
  st.subject = g_string_new (NULL);
  st.object = g_string_new (NULL);
  st.graph = g_string_new (NULL);
  base = raptor_new_uri (world, (const unsigned char *)base_iri);
  rc = raptor_parser_parse_start (parser, base);
  if (rc == 0)
    rc = raptor_parser_parse_chunk (parser, (const unsigned char *)data, len, 1);
  raptor_free_uri (base);
  raptor_free_parser (parser);
  raptor_free_world (world);
  g_string_free (st.subject, TRUE);
  g_string_free (st.object, TRUE);
  g_string_free (st.graph, TRUE);
  if (st.error)
    {
      g_propagate_error (error, st.error);
      return FALSE;
    }
  if (rc != 0)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_PARSE, "%s: RDF parse failed", filename);
      return FALSE;
    }
  return TRUE;
}
