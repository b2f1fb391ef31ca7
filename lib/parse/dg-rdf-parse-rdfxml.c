/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <raptor2.h>
#include <string.h>

#include "dg-error.h"
#include "dg-input-private.h"
#include "dg-rdf-parse-private.h"
#include "dg-text-private.h"
#include "dg-text.h"

/*
 * RDF/XML, read by raptor2 (libxml2), whole: its DTD's entities are
 * checked before libxml2 expands them, and its text before raptor2 sees
 * it (raptor2 2.0.15 cuts literals at bytes it cannot read).
 */

#define CHUNK (64 * 1024)

/* ------------------------------------------------------------------------
 * raptor2: RDF/XML
 * ------------------------------------------------------------------------ */

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
} RaptorState;

/* NULL when raptor gives no string (it does after a failed allocation). */
static const char *
term_of_raptor (RaptorState *st, raptor_term *term, GString *buf, DgRdfTermType *type)
{
  const char *s;

  if (!term)
    return NULL;
  switch (term->type)
    {
    case RAPTOR_TERM_TYPE_URI:
      *type = DG_RDF_TERM_IRI;
      return term->value.uri ? (const char *)raptor_uri_as_string (term->value.uri) : NULL;
    case RAPTOR_TERM_TYPE_BLANK:
      *type = DG_RDF_TERM_BLANK;
      if (!term->value.blank.string)
        return NULL;
      g_string_assign (buf, st->blank_prefix);
      g_string_append (buf, (const char *)term->value.blank.string);
      return buf->str;
    case RAPTOR_TERM_TYPE_LITERAL:
      *type = DG_RDF_TERM_LITERAL;
      s = (const char *)term->value.literal.string;
      return s ? s : (term->value.literal.string_len == 0 ? "" : NULL);
    case RAPTOR_TERM_TYPE_UNKNOWN:
    default:
      return NULL;
    }
}

static void
on_raptor_statement (void *user_data, raptor_statement *statement)
{
  RaptorState *st = user_data;
  DgRdfTriple t = { 0 };
  DgRdfTermType ptype;
  raptor_locator *loc;

  if (st->error)
    return;
  t.subject = term_of_raptor (st, statement->subject, st->subject, &t.subject_type);
  t.predicate = term_of_raptor (st, statement->predicate, NULL, &ptype);
  t.object = term_of_raptor (st, statement->object, st->object, &t.object_type);
  if (statement->graph)
    t.graph = term_of_raptor (st, statement->graph, st->graph, &t.graph_type);
  if (!t.subject || !t.predicate || !t.object || (statement->graph && !t.graph))
    {
      g_set_error (&st->error, DG_ERROR, DG_ERROR_LIMIT,
                   "%s: the RDF/XML parser could not hold a statement (out of memory?)",
                   st->filename);
      raptor_parser_parse_abort (st->parser);
      return;
    }
  loc = raptor_parser_get_locator (st->parser);
  t.line = loc ? loc->line : -1;
  t.column = loc ? loc->column : -1;
  if (t.object_type == DG_RDF_TERM_LITERAL)
    {
      if (statement->object->value.literal.datatype)
        t.datatype = (const char *)raptor_uri_as_string (statement->object->value.literal.datatype);
      t.language = (const char *)statement->object->value.literal.language;
    }
  st->sink->triple (&t, st->sink_data);
}

static void
on_raptor_namespace (void *user_data, raptor_namespace *ns)
{
  RaptorState *st = user_data;
  const unsigned char *prefix = raptor_namespace_get_prefix (ns);
  raptor_uri *uri = raptor_namespace_get_uri (ns);

  if (st->sink->prefix && uri)
    st->sink->prefix (prefix ? (const char *)prefix : "", (const char *)raptor_uri_as_string (uri),
                      st->sink_data);
}

/* Warnings too: raptor2's RDF/XML parser only warns of some invalid input
 * (rdf:aboutEach, a removed term), which must not be read as valid. */
static void
on_raptor_log (void *user_data, raptor_log_message *message)
{
  RaptorState *st = user_data;
  raptor_locator *loc = message->locator;

  if (message->level < RAPTOR_LOG_LEVEL_WARN || st->error)
    return;
  if (message->level == RAPTOR_LOG_LEVEL_WARN && !strstr (message->text, "rdf:aboutEach")
      && !strstr (message->text, "aboutEachPrefix"))
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

/* The most an RDF/XML file's entity references may expand to, in all.  A
 * few kilobytes of references to a long entity would otherwise make a
 * gigabyte label. */
#define MAX_ENTITY_EXPANSION (64 * 1024 * 1024)

typedef struct
{
  char *value;
  gsize expanded; /* G_MAXSIZE while being computed */
} Entity;

static void
entity_free (gpointer data)
{
  Entity *e = data;

  g_free (e->value);
  g_free (e);
}

static gsize expansion_of (GHashTable *entities, const char *text, gsize len, guint depth);

static gsize
entity_length (GHashTable *entities, const char *name, guint depth)
{
  Entity *e = g_hash_table_lookup (entities, name);

  if (!e)
    return strlen (name) + 2;
  if (e->expanded == G_MAXSIZE || depth > 64)
    return MAX_ENTITY_EXPANSION + 1;
  if (e->expanded == 0)
    {
      e->expanded = G_MAXSIZE;
      e->expanded = expansion_of (entities, e->value, strlen (e->value), depth + 1);
    }
  return e->expanded;
}

/* What @text expands to, in bytes, capped just past the limit. */
static gsize
expansion_of (GHashTable *entities, const char *text, gsize len, guint depth)
{
  gsize total = 0;

  for (gsize i = 0; i < len && total <= MAX_ENTITY_EXPANSION; i++)
    {
      const char *end;
      g_autofree char *name = NULL;

      if (text[i] != '&' || (i + 1 < len && text[i + 1] == '#'))
        {
          total++;
          continue;
        }
      end = memchr (text + i, ';', len - i);
      if (!end || end - (text + i) > 256)
        {
          total++;
          continue;
        }
      name = g_strndup (text + i + 1, end - (text + i) - 1);
      total += entity_length (entities, name, depth);
      i = end - text;
    }
  return MIN (total, MAX_ENTITY_EXPANSION + 1);
}

/* The internal DTD subset's entities; an external one is refused, since it
 * would be read from elsewhere (raptor2 drops its text without a word). */
static gboolean
check_entities (const char *data, gsize len, const char *filename, GError **error)
{
  g_autoptr (GHashTable) entities
      = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, entity_free);
  const char *p = data, *end = data + len, *body;

  while ((p = g_strstr_len (p, end - p, "<!ENTITY")))
    {
      const char *q = p + 8, *name_start, *close;
      g_autofree char *name = NULL;
      gboolean parameter = FALSE;
      guint line, column;

      while (q < end && g_ascii_isspace (*q))
        q++;
      if (q < end && *q == '%')
        {
          parameter = TRUE;
          q++;
          while (q < end && g_ascii_isspace (*q))
            q++;
        }
      name_start = q;
      while (q < end && !g_ascii_isspace (*q) && *q != '>')
        q++;
      name = g_strndup (name_start, q - name_start);
      while (q < end && g_ascii_isspace (*q))
        q++;
      if (q < end && (*q == '"' || *q == '\''))
        {
          close = memchr (q + 1, *q, end - q - 1);
          if (!close)
            break;
          if (!parameter)
            {
              Entity *e = g_new0 (Entity, 1);
              e->value = g_strndup (q + 1, close - q - 1);
              g_hash_table_replace (entities, g_steal_pointer (&name), e);
            }
          p = close + 1;
          continue;
        }
      dg_text_locate (data, p - data, &line, &column);
      g_set_error (error, DG_ERROR, DG_ERROR_PARSE,
                   "%s:%u:%u: external entity \"%s\": diplograph does not read other files "
                   "or the network for a document (put its text in the file)",
                   filename, line, column, name);
      return FALSE;
    }
  /* The references in the document proper. */
  body = g_strstr_len (data, len, "]>");
  body = body ? body + 2 : data;
  if (g_hash_table_size (entities) > 0
      && expansion_of (entities, body, end - body, 0) > MAX_ENTITY_EXPANSION)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_LIMIT,
                   "%s: its entity references expand to more than %d MiB", filename,
                   MAX_ENTITY_EXPANSION / (1024 * 1024));
      return FALSE;
    }
  return TRUE;
}

/* Whether an XML document says it is in an encoding other than UTF-8: a
 * UTF-16 byte-order mark, or an encoding declaration.  libxml2 decodes
 * those; only UTF-8 is checked here. */
static gboolean
declares_other_encoding (const char *data, gsize len)
{
  const char *decl_end, *enc;

  if (len >= 2
      && (((guchar)data[0] == 0xFF && (guchar)data[1] == 0xFE)
          || ((guchar)data[0] == 0xFE && (guchar)data[1] == 0xFF)))
    return TRUE;
  if (len < 5 || strncmp (data, "<?xml", 5) != 0)
    return FALSE;
  decl_end = g_strstr_len (data, MIN (len, 512), "?>");
  enc = decl_end ? g_strstr_len (data, decl_end - data, "encoding") : NULL;
  if (!enc)
    return FALSE;
  enc += 8;
  while (enc < decl_end && (*enc == ' ' || *enc == '=' || *enc == '"' || *enc == '\''))
    enc++;
  return g_ascii_strncasecmp (enc, "utf-8", 5) != 0 && g_ascii_strncasecmp (enc, "utf8", 4) != 0;
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

static gboolean
parse_rdfxml (const char *data, gsize len, const char *base_iri, const char *filename,
              const char *blank_prefix, const DgRdfSink *sink, gpointer sink_data,
              GError **error)
{
  RaptorState st = { sink, sink_data, filename, blank_prefix, NULL, NULL, NULL, NULL, NULL };
  raptor_world *world;
  raptor_parser *parser;
  raptor_uri *base;
  gsize bad;
  int rc;

  if (!declares_other_encoding (data, len) && !dg_text_find_invalid (data, len, &bad))
    {
      guint line, column;

      dg_text_locate (data, bad, &line, &column);
      g_set_error (error, DG_ERROR, DG_ERROR_PARSE, "%s:%u:%u: %s", filename, line, column,
                   data[bad] == '\0' ? "NUL byte" : "invalid UTF-8");
      return FALSE;
    }
  if (find_long_xml_lang (data, len, &bad))
    {
      guint line, column;

      dg_text_locate (data, bad, &line, &column);
      g_set_error (error, DG_ERROR, DG_ERROR_LIMIT,
                   "%s:%u:%u: language tag longer than %d characters", filename, line, column,
                   DG_LANGUAGE_TAG_MAX);
      return FALSE;
    }
  if (!check_entities (data, len, filename, error))
    return FALSE;

  /* One world per parse: raptor keeps state there, and nothing else needs
   * to share it. */
  world = raptor_new_world ();
  if (!world || raptor_world_open (world))
    {
      raptor_free_world (world);
      g_set_error (error, DG_ERROR, DG_ERROR_INTERNAL, "%s: cannot start the RDF parser", filename);
      return FALSE;
    }
  raptor_world_set_log_handler (world, &st, on_raptor_log);
  parser = raptor_new_parser (world, "rdfxml");
  if (!parser)
    {
      raptor_free_world (world);
      g_set_error (error, DG_ERROR, DG_ERROR_INTERNAL, "%s: no RDF/XML parser", filename);
      return FALSE;
    }
  /* Input is data, never a reason to fetch anything. */
  raptor_parser_set_option (parser, RAPTOR_OPTION_NO_NET, NULL, 1);
  raptor_parser_set_option (parser, RAPTOR_OPTION_NO_FILE, NULL, 1);
  raptor_parser_set_statement_handler (parser, &st, on_raptor_statement);
  raptor_parser_set_namespace_handler (parser, &st, on_raptor_namespace);
  st.parser = parser;
  st.subject = g_string_new (NULL);
  st.object = g_string_new (NULL);
  st.graph = g_string_new (NULL);
  base = raptor_new_uri (world, (const unsigned char *)base_iri);
  rc = base ? raptor_parser_parse_start (parser, base) : 1;
  /* Fixed-size chunks: raptor2 keeps the buffer of a chunk that ends at a
   * newline, and grows quadratic on line-sized ones. */
  for (gsize off = 0; rc == 0 && !st.error && off < len; off += CHUNK)
    rc = raptor_parser_parse_chunk (parser, (const unsigned char *)data + off,
                                    MIN (CHUNK, len - off), 0);
  if (rc == 0 && !st.error)
    rc = raptor_parser_parse_chunk (parser, NULL, 0, 1);
  if (base)
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
      g_set_error (error, DG_ERROR, DG_ERROR_PARSE, "%s: RDF/XML parse failed", filename);
      return FALSE;
    }
  return TRUE;
}

gboolean
dg_rdf_parse_rdfxml (GInputStream *in, const char *base_iri, const char *filename,
                     const char *blank_prefix, const DgRdfSink *sink, gpointer sink_data,
                     GError **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  if (!dg_input_read_all (in, filename, DG_RDF_MAX_WHOLE, &data, &len, error))
    return FALSE;
  return parse_rdfxml (data, len, base_iri, filename, blank_prefix, sink, sink_data, error);
}
