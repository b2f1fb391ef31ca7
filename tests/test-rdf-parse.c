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

/* Malformed input in each syntax raptor2 parses fails with the position
 * raptor2 gives (it gives none for RDF/XML), and never with success. */
static void
test_malformed (void)
{
  static const struct
  {
    const char *syntax, *text, *message;
  } cases[] = {
    { "turtle", "@prefix e: <https://e.org/> .\ne:s e:p e:o ;\n  e:q \"unterminated .\n",
      "bad:3: syntax error at '\"'" },
    { "ntriples",
      "<https://e.org/s> <https://e.org/p> <https://e.org/o> .\n"
      "<https://e.org/s> <https://e.org/p> .\n",
      "bad:2:37: Unexpected end of line" },
    { "nquads", "<https://e.org/s> <https://e.org/p> \"o\" <https://e.org/g> <x> .\n",
      "bad:1:61: URI 'x' is not absolute." },
    { "trig", "@prefix e: <https://e.org/> .\ne:g {\n e:s e:p e:o .\n",
      "bad:4: syntax error, unexpected $end" },
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

/* raptor2 2.0.15 would cut a literal at NUL or after invalid UTF-8 and
 * report success; the bytes are checked first, and the first bad byte is
 * reported as file:line:col. */
static void
test_bad_bytes (void)
{
  static const char nul[] = "<https://e.org/s> <https://e.org/p> \"a\0b\" .\n";
  static const char utf8[] = "<https://e.org/s>\n  <https://e.org/p> \"a\xc3\" .\n";
  const DgRdfSink sink = { count, NULL };
  g_autoptr (GError) error = NULL;
  guint n = 0;

  g_assert_false (
      dg_rdf_parse (nul, sizeof nul - 1, "ntriples", NULL, "bad.nt", "b", &sink, &n, &error));
  g_assert_cmpstr (error->message, ==, "bad.nt:1:39: NUL byte");
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
 * more (found by fuzz-writer-rdf): longer tags than diplograph accepts are
 * refused before raptor2 sees them, in every syntax. */
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

        g_assert_false (
            dg_rdf_parse (text, strlen (text), syntaxes[i], NULL, "long", "b", &sink, &n, &error));
        g_assert_error (error, DG_ERROR, DG_ERROR_LIMIT);
        g_assert_true (
            g_str_has_suffix (error->message, ": language tag longer than 63 characters"));
        g_assert_cmpuint (n, ==, 0);
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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rdf-parse/each-syntax", test_each_syntax);
  g_test_add_func ("/rdf-parse/malformed", test_malformed);
  g_test_add_func ("/rdf-parse/bad-bytes", test_bad_bytes);
  g_test_add_func ("/rdf-parse/nesting", test_nesting);
  g_test_add_func ("/rdf-parse/long-language-tag", test_long_language_tag);
  return g_test_run ();
}
