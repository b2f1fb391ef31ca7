/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-rdf-parse-private.h"
#include "test-util.h"

static void
count (const DgRdfTriple *t, gpointer data)
{
  (*(guint *)data)++;
}

/* Malformed input in each syntax fails with the position its parser gives
 * (serd: line and column; raptor2 none for RDF/XML), never with success. */
static void
test_malformed (void)
{
  static const struct
  {
    const char *syntax, *text, *message;
  } cases[] = {
    { "turtle", "@prefix e: <https://e.org/> .\ne:s e:p e:o ;\n  e:q \"unterminated .\n",
      "bad:3:22: line end in short string" },
    { "ntriples",
      "<https://e.org/s> <https://e.org/p> <https://e.org/o> .\n"
      "<https://e.org/s> <https://e.org/p> .\n",
      "bad:2:37: expected: ':', '<', or '_'" },
    { "nquads", "<https://e.org/s> <https://e.org/p> \"o\" <https://e.org/g> <x> .\n",
      "bad:1:59: expected `.', not `<'" },
    { "trig", "@prefix e: <https://e.org/> .\ne:g {\n e:s e:p e:o .\n",
      "bad:4:1: bad subject" },
    { "rdfxml",
      "<?xml version=\"1.0\"?>\n"
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "<rdf:Description rdf:about=\"https://e.org/s\">\n</rdf:RDF>\n",
      "bad: XML parser error: Opening and ending tag mismatch: rdf:Description line 0 and "
      "rdf:RDF" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const DgRdfSink sink = { count, NULL };
      g_autoptr (GError) error = NULL;
      guint n = 0;

      g_test_message ("%s", cases[i].syntax);
      g_assert_false (dg_rdf_parse (cases[i].text, strlen (cases[i].text), cases[i].syntax,
                                    "https://e.org/", "bad", "b", &sink, &n, &error));
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
keep_object (const DgRdfTriple *t, gpointer data)
{
  g_string_assign (data, t->object);
}

/* raptor2 2.0.15 would cut a literal at NUL or after invalid UTF-8 and
 * report success.  Invalid UTF-8 is reported at its file:line:col; U+0000,
 * raw or escaped, which a literal may hold, is kept whole (as the bytes
 * C0 80, see DG_TEXT_HELD_NUL); in an IRI it is an error. */
static void
test_bad_bytes (void)
{
  static const char nul[] = "<https://e.org/s> <https://e.org/p> \"a\0b\" .\n";
  static const char escaped[] = "<https://e.org/s> <https://e.org/p> \"a\\u0000b tail\" .\n";
  static const char nul_iri[] = "<https://e.org/s\0x> <https://e.org/p> \"a\" .\n";
  static const char utf8[] = "<https://e.org/s>\n  <https://e.org/p> \"a\xc3\" .\n";
  const DgRdfSink sink = { count, NULL };
  const DgRdfSink keep = { keep_object, NULL };
  g_autoptr (GString) object = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  guint n = 0;

  g_assert_true (
      dg_rdf_parse (nul, sizeof nul - 1, "ntriples", NULL, "nul.nt", "b", &keep, object, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (object->str, ==, "a\xC0\x80" "b");
  g_assert_true (dg_rdf_parse (escaped, sizeof escaped - 1, "ntriples", NULL, "esc.nt", "b", &keep,
                               object, &error));
  g_assert_cmpstr (object->str, ==, "a\xC0\x80" "b tail");
  g_assert_false (dg_rdf_parse (nul_iri, sizeof nul_iri - 1, "ntriples", NULL, "iri.nt", "b",
                                &sink, &n, &error));
  g_assert_true (g_str_has_prefix (error->message, "iri.nt:1:"));
  g_clear_error (&error);
  g_assert_false (
      dg_rdf_parse (utf8, sizeof utf8 - 1, "turtle", NULL, "bad.ttl", "b", &sink, &n, &error));
  g_assert_cmpstr (error->message, ==, "bad.ttl:2:23: invalid UTF-8");
  g_assert_cmpuint (n, ==, 0);
}

static void
test_each_syntax (void)
{
  static const struct
  {
    const char *syntax, *text;
  } cases[] = {
    { "turtle", "@prefix e: <https://e.org/> .\ne:s e:p \"o\"@en, e:o2 .\n" },
    { "ntriples", "<https://e.org/s> <https://e.org/p> \"o\"@en .\n_:b <https://e.org/p> _:c .\n" },
    { "nquads", "<https://e.org/s> <https://e.org/p> \"o\" <https://e.org/g> .\n"
                "<https://e.org/s> <https://e.org/p> \"p\" .\n" },
    { "trig", "@prefix e: <https://e.org/> .\ne:g { e:s e:p e:o . e:s e:q 1 . }\n" },
    { "rdfxml", "<?xml version=\"1.0\"?>\n"
                "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                "<rdf:Description rdf:about=\"https://e.org/s\"><rdf:value>o</rdf:value>"
                "<rdf:type rdf:resource=\"https://e.org/T\"/></rdf:Description></rdf:RDF>\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const DgRdfSink sink = { count, NULL };
      g_autoptr (GError) error = NULL;
      guint n = 0;

      g_assert_true (dg_rdf_parse (cases[i].text, strlen (cases[i].text), cases[i].syntax,
                                   "https://e.org/", "good", "b", &sink, &n, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (n, ==, 2);
    }
}

/* Nesting is bounded before raptor2 sees it; brackets in strings, IRIs and
 * comments do not count. */
static void
test_nesting (void)
{
  const DgRdfSink sink = { count, NULL };
  g_autoptr (GString) deep = g_string_new ("<https://e.org/s> <https://e.org/p>\n");
  g_autoptr (GString) ok = g_string_new ("<https://e.org/s> <https://e.org/p> ");
  g_autoptr (GError) error = NULL;
  guint n = 0;

  for (guint i = 0; i < 300; i++)
    g_string_append (deep, "[ <https://e.org/p> ");
  g_string_append (deep, "1");
  for (guint i = 0; i < 300; i++)
    g_string_append (deep, " ]");
  g_string_append (deep, " .\n");
  g_assert_false (
      dg_rdf_parse (deep->str, deep->len, "turtle", NULL, "deep.ttl", "b", &sink, &n, &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==,
                   "deep.ttl:2:5121: blank nodes or collections nested deeper than 256 levels");
  g_clear_error (&error);

  for (guint i = 0; i < 300; i++)
    g_string_append (ok, "\"((([[\\\"\" ");
  g_string_append (ok, "\"\"\"[[[\n(((\"\"\" # [[[[[\n.\n");
  g_string_prepend (ok, "# a comment (((\n");
  for (guint i = 0; i < 300; i++)
    g_string_prepend (ok, "#[\n");
  g_assert_false (
      dg_rdf_parse (ok->str, ok->len, "turtle", NULL, "ok.ttl", "b", &sink, &n, &error));
  /* A syntax error from raptor (a list of objects needs commas), not the
   * nesting limit. */
  g_assert_false (g_error_matches (error, DG_ERROR, DG_ERROR_LIMIT));
}

/* raptor2 2.0.15 overruns a buffer on language tags of 256 characters or
 * more (found by fuzz-writer-rdf): in RDF/XML, the one syntax raptor2 still
 * parses, longer tags than diplograph accepts are refused before raptor2
 * sees them.  serd holds any tag, and passes it on whole (the graph then
 * refuses it, see test-reader-rdf). */
static void
test_long_language_tag (void)
{
  g_autofree char *tag = NULL;
  GString *t = g_string_new ("en");
  const DgRdfSink sink = { count, NULL };

  while (t->len < 300)
    g_string_append (t, "-abcdefgh");
  tag = g_string_free (t, FALSE);
  {
    static const char *const syntaxes[] = { "turtle", "ntriples", "nquads", "trig" };

    for (guint i = 0; i < G_N_ELEMENTS (syntaxes); i++)
      {
        g_autofree char *text
            = g_strdup_printf ("%s<https://e.org/s> <https://e.org/p> \"o\"@%s .%s\n",
                               g_str_equal (syntaxes[i], "trig") ? "<https://e.org/g> { " : "", tag,
                               g_str_equal (syntaxes[i], "trig") ? " }" : "");
        g_autoptr (GError) error = NULL;
        guint n = 0;

        g_assert_true (
            dg_rdf_parse (text, strlen (text), syntaxes[i], NULL, "long", "b", &sink, &n, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (n, ==, 1);
      }
  }
  {
    g_autofree char *xml = g_strdup_printf (
        "<?xml version=\"1.0\"?>\n<rdf:RDF "
        "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"https://e.org/s\"><rdf:value xml:lang=\"%s\">o</rdf:value>"
        "</rdf:Description></rdf:RDF>\n",
        tag);
    g_autoptr (GError) error = NULL;
    guint n = 0;

    g_assert_false (
        dg_rdf_parse (xml, strlen (xml), "rdfxml", NULL, "long.rdf", "b", &sink, &n, &error));
    g_assert_cmpstr (error->message, ==, "long.rdf:3:67: language tag longer than 63 characters");
  }
  /* In a string, @ and a long word are text. */
  {
    g_autofree char *text
        = g_strdup_printf ("<https://e.org/s> <https://e.org/p> \"mail \\\"@%s\" .\n", tag);
    guint n = 0;

    g_assert_true (
        dg_rdf_parse (text, strlen (text), "ntriples", NULL, "ok", "b", &sink, &n, NULL));
    g_assert_cmpuint (n, ==, 1);
  }
}

#define RDF_OPEN                                                                                   \
  "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "                            \
  "xmlns:ex=\"http://e.org/\">\n"

/* RDF/XML: entities bounded, external ones refused, other encodings
 * decoded, and rdf:aboutEach (which raptor2 only warns of) refused. */
static void
test_rdfxml_documents (void)
{
  const DgRdfSink keep = { keep_object, NULL };
  g_autoptr (GString) object = g_string_new (NULL);
  g_autoptr (GString) doc = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY e \"");
  g_autoptr (GError) error = NULL;
  g_autofree char *utf16 = NULL;
  gsize len;

  for (guint i = 0; i < 10000; i++)
    g_string_append_c (doc, 'x');
  g_string_append (doc, "\"> ]>\n" RDF_OPEN "<rdf:Description rdf:about=\"http://e.org/s\"><ex:p>");
  for (guint i = 0; i < 10000; i++)
    g_string_append (doc, "&e;");
  g_string_append (doc, "</ex:p></rdf:Description></rdf:RDF>\n");
  g_assert_false (dg_rdf_parse (doc->str, doc->len, "rdfxml", NULL, "ent.rdf", "b", &keep, object,
                                &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, "ent.rdf: its entity references expand to more than 64 MiB");
  g_clear_error (&error);
  {
    const char *ext = "<?xml version=\"1.0\"?>\n"
                      "<!DOCTYPE rdf:RDF [ <!ENTITY e SYSTEM \"file:///etc/hostname\"> ]>\n" RDF_OPEN
                      "<rdf:Description rdf:about=\"http://e.org/s\"><ex:p>a &e; b</ex:p>"
                      "</rdf:Description></rdf:RDF>\n";
    g_assert_false (
        dg_rdf_parse (ext, strlen (ext), "rdfxml", NULL, "ext.rdf", "b", &keep, object, &error));
    g_assert_true (g_str_has_prefix (error->message, "ext.rdf:2:21: external entity \"e\""));
    g_clear_error (&error);
  }
  {
    const char *ok = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY ex \"http://e.org/\"> ]>\n"
                     RDF_OPEN "<rdf:Description rdf:about=\"&ex;s\"><ex:p>ok &ex;</ex:p>"
                     "</rdf:Description></rdf:RDF>\n";
    g_assert_true (
        dg_rdf_parse (ok, strlen (ok), "rdfxml", NULL, "ok.rdf", "b", &keep, object, &error));
    g_assert_cmpstr (object->str, ==, "ok http://e.org/");
  }
  {
    const char *text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" RDF_OPEN
                       "<rdf:Description rdf:about=\"http://e.org/s\"><ex:p>caf\xe9</ex:p>"
                       "</rdf:Description></rdf:RDF>\n";
    g_assert_true (
        dg_rdf_parse (text, strlen (text), "rdfxml", NULL, "l1.rdf", "b", &keep, object, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (object->str, ==, "caf\xc3\xa9");
  }
  {
    const char *text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" RDF_OPEN
                       "<rdf:Description rdf:about=\"http://e.org/s\"><ex:p>Vi\xe1\xbb\x87t</ex:p>"
                       "</rdf:Description></rdf:RDF>\n";
    utf16 = g_convert (text, -1, "UTF-16", "UTF-8", NULL, &len, NULL);
    g_assert_nonnull (utf16);
    g_assert_true (dg_rdf_parse (utf16, len, "rdfxml", NULL, "u16.rdf", "b", &keep, object, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (object->str, ==, "Vi\xe1\xbb\x87t");
  }
  {
    const char *each = "<?xml version=\"1.0\"?>\n" RDF_OPEN
                       "<rdf:Description rdf:aboutEach=\"#b\"><ex:p>x</ex:p></rdf:Description>"
                       "</rdf:RDF>\n";
    g_assert_false (
        dg_rdf_parse (each, strlen (each), "rdfxml", NULL, "each.rdf", "b", &keep, object, &error));
    g_assert_nonnull (strstr (error->message, "aboutEach"));
  }
}

static void
count_typed (const DgRdfTriple *t, gpointer data)
{
  if (t->datatype)
    (*(guint *)data)++;
}

/* A quoted number in N-Triples and N-Quads is text, wherever it falls in
 * the pages the parser reads: the Turtle workaround for serd 0.30's bare
 * integers ("ex:count 12.") once typed some of them xsd:integer, reading
 * the bytes of the statement after. */
static void
test_quoted_numbers (void)
{
  static const char *const syntaxes[] = { "ntriples", "nquads" };
  const DgRdfSink sink = { count_typed, NULL };

  for (guint k = 0; k < G_N_ELEMENTS (syntaxes); k++)
    {
      g_autoptr (GString) text = g_string_new (NULL);
      g_autoptr (GError) error = NULL;
      guint typed = 0;

      for (guint i = 0; i < 60000; i++)
        g_string_append_printf (text,
                                "<https://e.org/e%u> <https://e.org/code> \"0%u0\" .\n"
                                "<https://e.org/e%u> <https://e.org/n> "
                                "\"%u\"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> .\n",
                                i, i % 10, i, i % 97);
      g_assert_true (dg_rdf_parse (text->str, text->len, syntaxes[k], NULL, "codes", "b", &sink,
                                   &typed, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (typed, ==, 60000);
    }
}

/* serd 0.30 ends N-Quads without an error at a line no statement can
 * start with: the rest of the file must not be lost in silence. */
static void
test_line_not_a_statement (void)
{
  static const char *const syntaxes[] = { "ntriples", "nquads" };
  static const char *const starts[] = { "x", "g", "1", "\"o\"", "foo:bar" };
  const DgRdfSink sink = { count_typed, NULL };

  for (guint k = 0; k < G_N_ELEMENTS (syntaxes); k++)
    for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
      {
        g_autofree char *text
            = g_strdup_printf ("<https://e.org/a> <https://e.org/p> \"1\" .\n"
                               "# a comment\n\n%s <https://e.org/p> <https://e.org/o> .\n"
                               "<https://e.org/b> <https://e.org/p> \"2\" .\n",
                               starts[i]);
        g_autoptr (GError) error = NULL;
        guint typed = 0;

        g_assert_false (dg_rdf_parse (text, strlen (text), syntaxes[k], NULL, "lines", "b", &sink,
                                      &typed, &error));
        g_assert_error (error, DG_ERROR, DG_ERROR_PARSE);
        g_assert_true (g_str_has_prefix (error->message, "lines:4:"));
      }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rdf-parse/each-syntax", test_each_syntax);
  g_test_add_func ("/rdf-parse/malformed", test_malformed);
  g_test_add_func ("/rdf-parse/bad-bytes", test_bad_bytes);
  g_test_add_func ("/rdf-parse/nesting", test_nesting);
  g_test_add_func ("/rdf-parse/long-language-tag", test_long_language_tag);
  g_test_add_func ("/rdf-parse/rdfxml-documents", test_rdfxml_documents);
  g_test_add_func ("/rdf-parse/quoted-numbers", test_quoted_numbers);
  g_test_add_func ("/rdf-parse/line-not-a-statement", test_line_not_a_statement);
  return g_test_run ();
}
