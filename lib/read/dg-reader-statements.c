/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-error.h"
#include "dg-graph-private.h"
#include "dg-ontology-private.h"
#include "dg-reader-private.h"
#include "dg-reader-statements-private.h"
#include "dg-text-private.h"
#include "dg-text.h"
#include "dg-xsd-private.h"

/*
 * What a `.dg` statement says, built into the graph: a header (class, id,
 * labels, key=value), `about`, `cite`, inline nodes and continuation
 * lines.  The `.dg` syntax (dg-reader-dg.c) and tables (dg-reader-tsv.c,
 * whose rows are statements) both give their tokens here.
 */

void
dg_token_clear (DgToken *t)
{
  g_free (t->text);
  g_free (t->language);
  g_free (t->datatype);
  g_free (t->key);
}

DgPos
dg_stmt_pos_at (DgFileState *fs, const char *p)
{
  DgPos pos = { fs->file, fs->line_no, 1 };
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

DgPos
dg_stmt_pos_col (DgFileState *fs, guint column)
{
  DgPos pos = { fs->file, fs->line_no, column };
  return pos;
}

gboolean
dg_stmt_is_word_char (char c)
{
  return c != '\0' && !g_ascii_isspace (c) && c != '"' && c != '<' && c != '>' && c != '=';
}

/* ------------------------------------------------------------------------
 * Names
 * ------------------------------------------------------------------------ */

/* The IRI of an id, a prefixed name or an <IRI>; NULL after an error. */
static char *
resolve_name (DgFileState *fs, const DgToken *t, gboolean *is_id)
{
  const char *colon;
  DgPos at = dg_stmt_pos_col (fs, t->column);

  *is_id = FALSE;
  if (t->type == DG_TOKEN_IRI)
    {
      GError *error = NULL;
      if (!dg_iri_validate (t->text, &error))
        {
          dg_reader_error_at (fs->reader, &at, "%s", error->message);
          g_error_free (error);
          return NULL;
        }
      return g_strdup (t->text);
    }
  if (t->type != DG_TOKEN_WORD)
    {
      dg_reader_error_at (fs->reader, &at, "expected an id, not a quoted string");
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
          dg_reader_error_at (fs->reader, &at, "unknown prefix \"%s:\" (declare it with @prefix)", prefix);
          return NULL;
        }
      iri = g_strconcat (ns, colon + 1, NULL);
      if (!dg_iri_validate (iri, &error))
        {
          dg_reader_error_at (fs->reader, &at, "%s", error->message);
          g_error_free (error);
          g_free (iri);
          return NULL;
        }
      return iri;
    }
  if (!dg_text_is_simple_name (t->text))
    {
      dg_reader_error_at (
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

static const char *
expand_datatype (DgFileState *fs, const DgToken *t)
{
  const char *colon;
  const char *ns;
  g_autofree char *prefix = NULL;

  if (t->datatype_is_iri)
    return dg_reader_keep (fs->reader, t->datatype);
  colon = strchr (t->datatype, ':');
  if (!colon)
    return NULL;
  prefix = g_strndup (t->datatype, colon - t->datatype);
  ns = g_hash_table_lookup (fs->prefixes, prefix);
  if (!ns)
    return NULL;
  {
    g_autofree char *iri = g_strconcat (ns, colon + 1, NULL);
    return dg_reader_keep (fs->reader, iri);
  }
}

/* A literal for datatype property @prop from @t, checked against the range. */
static void
add_literal_value (DgFileState *fs, guint subject, DgTerm *prop, const DgToken *t)
{
  DgReader *r = fs->reader;
  DgPos at = dg_stmt_pos_col (fs, t->column);
  const char *range = prop->datatype;
  DgPending p = { .kind = DG_PENDING_LITERAL, .subject = subject, .property = prop->iri };
  GError *error = NULL;

  p.pos = at;
  if (t->type == DG_TOKEN_IRI && !(range && g_str_equal (range, DG_XSD "anyURI")))
    {
      dg_reader_error_at (r, &at, "\"%s\" takes a value, not an IRI", t->key);
      return;
    }
  p.lexical = t->text;
  if (t->datatype)
    {
      p.datatype = expand_datatype (fs, t);
      if (!p.datatype)
        {
          dg_reader_error_at (r, &at, "unknown datatype \"%s\"", t->datatype);
          return;
        }
    }
  else if (t->language)
    {
      if (range && !g_str_equal (range, DG_RDF "langString")
          && !g_str_equal (range, DG_RDFS "Literal"))
        {
          dg_reader_error_at (r, &at, "\"%s\" takes a plain value, not text with a language tag", t->key);
          return;
        }
      if (!dg_language_tag_validate (t->language, &error))
        {
          dg_reader_error_at (r, &at, "%s", error->message);
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
          dg_reader_error_at (r, &at, "%s", error->message);
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
      dg_reader_error_at (r, &at, "%s", error->message);
      g_error_free (error);
      return;
    }
  if (p.datatype && g_str_equal (p.datatype, DG_XSD "anyURI")
      && !dg_iri_validate (p.lexical, &error))
    {
      dg_reader_error_at (r, &at, "%s", error->message);
      g_error_free (error);
      return;
    }
  dg_reader_push_pending (fs->reader, &p);
}

static void
add_link_value (DgFileState *fs, guint subject, DgTerm *prop, const DgToken *t)
{
  DgPos at = dg_stmt_pos_col (fs, t->column);
  DgPending p = { .kind = DG_PENDING_REF, .subject = subject, .property = prop->iri };
  gboolean is_id;
  g_autofree char *iri = NULL;

  if (t->type == DG_TOKEN_STRING)
    {
      dg_reader_error_at (fs->reader, &at, "\"%s\" links to a node: write its id, not a quoted string",
                t->key);
      return;
    }
  iri = resolve_name (fs, t, &is_id);
  if (!iri)
    return;
  p.kind = is_id ? DG_PENDING_REF : DG_PENDING_IRI;
  p.iri = iri;
  p.name = t->text;
  p.pos = at;
  dg_reader_push_pending (fs->reader, &p);
}

DgTerm *
dg_stmt_find_property (DgFileState *fs, const char *keyword, guint column)
{
  GError *error = NULL;
  const char *iri
      = dg_ontology_lookup (fs->reader->ontology, DG_TERM_OBJECT_PROPERTY, keyword, &error);
  DgPos at = dg_stmt_pos_col (fs, column);

  if (!iri)
    {
      dg_reader_error_at (fs->reader, &at, "%s", error->message);
      g_error_free (error);
      return NULL;
    }
  return dg_ontology_term (fs->reader->ontology, iri);
}

/* Labels and key=value items of a header or continuation line. */
static void
add_items (DgFileState *fs, guint subject, GArray *tokens, guint first)
{
  for (guint i = first; i < tokens->len; i++)
    {
      DgToken *t = &g_array_index (tokens, DgToken, i);
      DgPos at = dg_stmt_pos_col (fs, t->column);
      DgTerm *prop;

      if (!t->key)
        {
          if (t->type == DG_TOKEN_STRING && !t->datatype)
            {
              DgPending p
                  = { .kind = DG_PENDING_LITERAL, .subject = subject, .property = DG_RDFS "label" };
              GError *error = NULL;

              if (t->language && !dg_language_tag_validate (t->language, &error))
                {
                  dg_reader_error_at (fs->reader, &at, "%s", error->message);
                  g_error_free (error);
                  continue;
                }
              p.lexical = t->text;
              p.language = t->language;
              p.pos = at;
              dg_reader_push_pending (fs->reader, &p);
            }
          else
            dg_reader_error_at (fs->reader, &at, "expected key=value or a quoted label, not \"%s\"", t->text);
          continue;
        }
      prop = dg_stmt_find_property (fs, t->key, t->key_column);
      if (!prop)
        continue;
      if (prop->kind == DG_TERM_DATATYPE_PROPERTY)
        add_literal_value (fs, subject, prop, t);
      else
        add_link_value (fs, subject, prop, t);
    }
}

/* After a broken header, its indented lines are skipped: the header's
 * error says what is wrong, and reporting each line would bury it. */
void
dg_stmt_skip_block (DgFileState *fs)
{
  DgFrame dummy = { 0, DG_NO_NODE };

  fs->have_subject = FALSE;
  g_array_set_size (fs->frames, 0);
  g_array_append_val (fs->frames, dummy);
}

static void
start_subject (DgFileState *fs, guint node)
{
  DgFrame f = { 0, node };

  g_array_set_size (fs->frames, 0);
  g_array_append_val (fs->frames, f);
  fs->have_subject = TRUE;
}

/* `Class id "label"@lang key=value ...` */
void
dg_stmt_header (DgFileState *fs, GArray *tokens)
{
  DgReader *r = fs->reader;
  DgToken *klass = &g_array_index (tokens, DgToken, 0);
  DgToken *id;
  DgPos at = dg_stmt_pos_col (fs, klass->column);
  GError *error = NULL;
  const char *class_iri;
  g_autofree char *iri = NULL;
  gboolean is_id;
  guint node;
  const DgPos *earlier;

  dg_stmt_skip_block (fs);
  if (klass->key || klass->type != DG_TOKEN_WORD)
    {
      dg_reader_error_at (r, &at, "expected a class name at the start of a statement");
      return;
    }
  class_iri = dg_ontology_lookup (r->ontology, DG_TERM_CLASS, klass->text, &error);
  if (!class_iri)
    {
      dg_reader_error_at (r, &at, "%s", error->message);
      g_clear_error (&error);
    }
  if (tokens->len < 2 || g_array_index (tokens, DgToken, 1).key)
    {
      dg_reader_error_at (r, &at, "expected an id after \"%s\"", klass->text);
      return;
    }
  id = &g_array_index (tokens, DgToken, 1);
  at = dg_stmt_pos_col (fs, id->column);
  iri = resolve_name (fs, id, &is_id);
  if (!iri)
    return;
  if (!dg_graph_add_node (r->graph, iri, NULL, &node, &error))
    {
      dg_reader_error_at (r, &at, "%s", error->message);
      g_error_free (error);
      return;
    }
  earlier = dg_reader_definition_of (r, node);
  /* A node that RDF input has statements about may be defined here: RDF
   * has no definitions, only statements. */
  if (earlier && !g_array_index (r->rdf_files, gboolean, earlier->file))
    {
      dg_reader_error_at (r, &at, "duplicate id \"%s\" (first defined at %s:%u:%u)", id->text,
                (const char *)g_ptr_array_index (r->files, earlier->file), earlier->line,
                earlier->column);
      return;
    }
  if (class_iri && !dg_graph_add_node (r->graph, iri, class_iri, &node, &error))
    {
      dg_reader_error_at (r, &at, "%s", error->message);
      g_clear_error (&error);
    }
  dg_reader_define_node (fs->reader, node, at);
  start_subject (fs, node);
  add_items (fs, node, tokens, 2);
}

/* `about id`: more statements about a node defined elsewhere.
 * `about CLASS id "label" key=value ...`: a node of that class that any
 * number of files may describe so, and one may define: what several
 * files name without owning it (the new entities of extracted articles). */
void
dg_stmt_about (DgFileState *fs, GArray *tokens)
{
  DgReader *r = fs->reader;
  DgToken *id;
  DgPos at;
  g_autofree char *iri = NULL;
  gboolean is_id;
  guint node;
  DgPending p = { .kind = DG_PENDING_ABOUT };
  const char *class_iri = NULL;
  GError *error = NULL;
  /* The node is an id, a prefixed name or an <IRI>, as a value is. */
  gboolean with_class = tokens->len >= 3 && g_array_index (tokens, DgToken, 1).type == DG_TOKEN_WORD
                        && !g_array_index (tokens, DgToken, 2).key
                        && (g_array_index (tokens, DgToken, 2).type == DG_TOKEN_WORD
                            || g_array_index (tokens, DgToken, 2).type == DG_TOKEN_IRI);

  dg_stmt_skip_block (fs);
  if ((tokens->len != 2 && !with_class) || g_array_index (tokens, DgToken, 1).key
      || (g_array_index (tokens, DgToken, 1).type != DG_TOKEN_WORD
          && (with_class || g_array_index (tokens, DgToken, 1).type != DG_TOKEN_IRI)))
    {
      at = dg_stmt_pos_col (fs, g_array_index (tokens, DgToken, 0).column);
      dg_reader_error_at (r, &at, "expected \"about ID\" or \"about CLASS ID\"");
      return;
    }
  if (with_class)
    {
      DgToken *klass = &g_array_index (tokens, DgToken, 1);

      at = dg_stmt_pos_col (fs, klass->column);
      class_iri = dg_ontology_lookup (r->ontology, DG_TERM_CLASS, klass->text, &error);
      if (!class_iri)
        {
          dg_reader_error_at (r, &at, "%s", error->message);
          g_clear_error (&error);
          return;
        }
    }
  id = &g_array_index (tokens, DgToken, with_class ? 2 : 1);
  at = dg_stmt_pos_col (fs, id->column);
  iri = resolve_name (fs, id, &is_id);
  if (!iri || !dg_graph_add_node (r->graph, iri, NULL, &node, NULL))
    return;
  if (class_iri)
    {
      if (!dg_graph_add_node (r->graph, iri, class_iri, &node, &error))
        {
          dg_reader_error_at (r, &at, "%s", error->message);
          g_clear_error (&error);
          return;
        }
      start_subject (fs, node);
      add_items (fs, node, tokens, 3);
      return;
    }
  p.subject = node;
  p.iri = dg_reader_keep (r, iri);
  p.name = dg_reader_keep (r, id->text);
  p.pos = at;
  dg_reader_push_pending (fs->reader, &p);
  start_subject (fs, node);
}

/* `cite SOURCE "quote"`: the fact of the current frame is stated there. */
void
dg_stmt_cite (DgFileState *fs, guint fact, GArray *tokens)
{
  DgReader *r = fs->reader;
  DgToken *src, *quote;
  DgPos at = dg_stmt_pos_col (fs, g_array_index (tokens, DgToken, 0).column);
  DgPending p = { .kind = DG_PENDING_CITE, .subject = fact };
  g_autofree char *iri = NULL;
  gboolean is_id;
  GError *error = NULL;

  if (tokens->len != 3 || g_array_index (tokens, DgToken, 1).key
      || g_array_index (tokens, DgToken, 2).key
      || g_array_index (tokens, DgToken, 2).type != DG_TOKEN_STRING)
    {
      dg_reader_error_at (r, &at, "expected cite SOURCE \"verbatim quote\"");
      return;
    }
  src = &g_array_index (tokens, DgToken, 1);
  quote = &g_array_index (tokens, DgToken, 2);
  iri = resolve_name (fs, src, &is_id);
  if (!iri)
    return;
  if (quote->language && !dg_language_tag_validate (quote->language, &error))
    {
      DgPos qat = dg_stmt_pos_col (fs, quote->column);
      dg_reader_error_at (r, &qat, "%s", error->message);
      g_error_free (error);
      return;
    }
  p.iri = dg_reader_keep (r, iri);
  p.name = dg_reader_keep (r, src->text);
  p.lexical = dg_reader_keep (r, quote->text);
  p.language = dg_reader_keep (r, quote->language);
  p.pos = dg_stmt_pos_col (fs, src->column);
  dg_reader_push_pending (fs->reader, &p);
}

/* `relation key=value ...`: a new n-ary node of the relation's range class,
 * linked from the current frame's node. */
static void
read_inline (DgFileState *fs, guint parent, guint indent, GArray *tokens)
{
  DgReader *r = fs->reader;
  DgToken *word = &g_array_index (tokens, DgToken, 0);
  DgTerm *prop = dg_stmt_find_property (fs, word->text, word->column);
  DgPos at = dg_stmt_pos_col (fs, word->column);
  DgTerm *klass;
  g_autofree char *key = NULL;
  g_autofree char *iri = NULL;
  guint n, node;
  GError *error = NULL;
  DgPending p = { .kind = DG_PENDING_NODE, .subject = parent };
  DgFrame f;

  if (!prop)
    return;
  if (prop->kind != DG_TERM_OBJECT_PROPERTY || prop->range->len != 1)
    {
      dg_reader_error_at (r, &at,
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
      dg_reader_error_at (r, &at, "%s", error->message);
      g_error_free (error);
      return;
    }
  g_hash_table_insert (r->inline_counts, g_steal_pointer (&key), GUINT_TO_POINTER (n));
  dg_reader_define_node (fs->reader, node, at);
  p.object = node;
  p.property = prop->iri;
  p.pos = at;
  dg_reader_push_pending (fs->reader, &p);
  f.indent = indent;
  f.node = node;
  g_array_append_val (fs->frames, f);
  add_items (fs, node, tokens, 1);
}

void
dg_stmt_continuation (DgFileState *fs, guint indent, GArray *tokens)
{
  DgToken *first = &g_array_index (tokens, DgToken, 0);
  DgFrame *top;

  if (!fs->have_subject)
    {
      if (fs->frames->len == 0)
        {
          DgPos at = dg_stmt_pos_col (fs, first->key ? first->key_column : first->column);
          dg_reader_error_at (fs->reader, &at, "indented line with no statement above it");
          dg_stmt_skip_block (fs);
        }
      return;
    }
  while (fs->frames->len > 1
         && g_array_index (fs->frames, DgFrame, fs->frames->len - 1).indent >= indent)
    g_array_set_size (fs->frames, fs->frames->len - 1);
  top = &g_array_index (fs->frames, DgFrame, fs->frames->len - 1);
  if (!first->key && first->type == DG_TOKEN_WORD && g_str_equal (first->text, "cite"))
    dg_stmt_cite (fs, top->node, tokens);
  else if (!first->key && first->type == DG_TOKEN_WORD)
    read_inline (fs, top->node, indent, tokens);
  else
    add_items (fs, top->node, tokens, 0);
}
