/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-syntax-private.h"

/* The syntaxes, in the order help lists them.  N-Triples and N-Quads keep
 * no state from line to line (blank node labels are the document's, not
 * the line's), so a large file of either could be read in parts; the
 * others carry prefixes, a base or a subject from statement to statement.
 * A table's rows stand alone once its header is read. */
static const DgSyntax syntaxes[] = {
  { "dg", { ".dg" }, DG_SYNTAX_TEXT, FALSE, TRUE, FALSE },
  { "tsv", { ".tsv" }, DG_SYNTAX_TEXT, TRUE, FALSE, FALSE },
  { "turtle", { ".ttl", ".turtle" }, DG_SYNTAX_STREAM, FALSE, TRUE, FALSE },
  { "ntriples", { ".nt" }, DG_SYNTAX_STREAM, FALSE, FALSE, FALSE },
  { "nquads", { ".nq" }, DG_SYNTAX_STREAM, FALSE, FALSE, TRUE },
  { "trig", { ".trig" }, DG_SYNTAX_STREAM, FALSE, TRUE, TRUE },
  { "rdfxml", { ".rdf", ".owl", ".xml" }, DG_SYNTAX_STREAM, FALSE, TRUE, FALSE },
};

/* Set once by the reader (dg-reader.c), from above: the table names no
 * reader, so the readers may look syntaxes up in it. */
static struct
{
  DgSyntaxReadText text;
  DgSyntaxReadStream stream;
} readers[DG_SYNTAX_N_KINDS];

const DgSyntax *
dg_syntax_lookup (const char *name)
{
  for (guint i = 0; name && i < G_N_ELEMENTS (syntaxes); i++)
    if (g_str_equal (name, syntaxes[i].name))
      return &syntaxes[i];
  return NULL;
}

const DgSyntax *
dg_syntax_for_file (const char *file_name)
{
  for (guint i = 0; i < G_N_ELEMENTS (syntaxes); i++)
    for (guint k = 0; k < G_N_ELEMENTS (syntaxes[i].suffixes) && syntaxes[i].suffixes[k]; k++)
      if (g_str_has_suffix (file_name, syntaxes[i].suffixes[k]))
        return &syntaxes[i];
  return NULL;
}

const char *const *
dg_syntax_names (void)
{
  static const char *names[G_N_ELEMENTS (syntaxes) + 1];
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      for (guint i = 0; i < G_N_ELEMENTS (syntaxes); i++)
        names[i] = syntaxes[i].name;
      g_once_init_leave (&ready, 1);
    }
  return names;
}

const char *
dg_syntax_list (void)
{
  static char *list;
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      GString *s = g_string_new (NULL);

      for (guint i = 0; i < G_N_ELEMENTS (syntaxes); i++)
        g_string_append_printf (s, "%s%s",
                                i == 0                             ? ""
                                : i + 1 == G_N_ELEMENTS (syntaxes) ? " or "
                                                                   : ", ",
                                syntaxes[i].name);
      list = g_string_free (s, FALSE);
      g_once_init_leave (&ready, 1);
    }
  return list;
}

void
dg_syntax_register (DgSyntaxKind kind, DgSyntaxReadText read_text, DgSyntaxReadStream read_stream)
{
  g_return_if_fail (kind < DG_SYNTAX_N_KINDS);
  readers[kind].text = read_text;
  readers[kind].stream = read_stream;
}

void
dg_syntax_read_text (const DgSyntax *syntax, DgReader *reader, const char *data, gsize len,
                     const char *name, const char *key)
{
  g_return_if_fail (readers[syntax->kind].text != NULL);
  readers[syntax->kind].text (reader, syntax, data, len, name, key);
}

void
dg_syntax_read_stream (const DgSyntax *syntax, DgReader *reader, GInputStream *in, const char *name)
{
  g_return_if_fail (readers[syntax->kind].stream != NULL);
  readers[syntax->kind].stream (reader, syntax, in, name);
}
