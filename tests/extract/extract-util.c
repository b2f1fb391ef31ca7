/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "extract-util.h"

const char gazetteer[] = "@base <" BASE ">\n"
                         "State vietnam \"Vietnam\"@en \"Việt Nam\"@vi iso3166=VN\n"
                         "State japan \"Japan\"@en \"Jepang\"@id iso3166=JP\n"
                         "State korea \"Republic of Korea\"@en \"Korea Selatan\"@id iso3166=KR\n"
                         "City tokyo \"Tokyo\"@en\n"
                         "InternationalOrganization asean \"ASEAN\"@en\n"
                         "Person to-lam \"Tô Lâm\"@vi \"To Lam\"@en\n"
                         "SourceDocument s1 \"An article\"@en\n";

DgGraph *
read_graph (DgOntology *ontology, const char *const *names, const char *const *texts)
{
  DgGraph *g = dg_graph_new (ontology);
  g_autoptr (DgReader) r = dg_reader_new (g);

  for (guint i = 0; names[i]; i++)
    g_assert_true (dg_reader_read_data (r, texts[i], -1, names[i], NULL));
  if (!dg_reader_finish (r, NULL))
    g_error ("%s", test_diagnostics_text (r));
  return g;
}

/* The .dg the extractor writes for @text with the gazetteer @user (or
 * none), and then the world's when @world, as `diplograph extract` runs;
 * checked with @user alone. */
char *
extract_with (DgOntology *o, const char *lang, const char *user, gboolean world, const char *text,
              const char *id, const char *date)
{
  const char *gnames[] = { "gazetteer.dg", NULL };
  const char *gtexts[] = { user, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (DgExtractor) x = dg_extractor_new (o, lang, &error);
  g_autoptr (GOutputStream) mem = g_memory_output_stream_new_resizable ();
  char *out;

  g_assert_no_error (error);
  if (user)
    {
      g_autoptr (DgGraph) gaz = read_graph (o, gnames, gtexts);
      dg_extractor_add_gazetteer (x, gaz);
    }
  if (world)
    g_assert_true (dg_extractor_add_world (x, &error));
  g_assert_true (dg_extractor_set_source (x, id, NULL, date, &error));
  g_assert_true (dg_extractor_set_article (x, text, -1, "article.txt", &error));
  g_assert_true (dg_extractor_write (x, mem, &error));
  g_assert_true (g_output_stream_write (mem, "", 1, NULL, NULL) == 1);
  g_assert_true (g_output_stream_close (mem, NULL, NULL));
  out = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (mem));
  {
    const char *names[] = { "gazetteer.dg", "out.dg", NULL };
    const char *texts[] = { user ? user : "", out, NULL };
    g_autoptr (DgGraph) both = read_graph (o, names, texts);
  }
  return out;
}

/* With the test's gazetteer, no world. */
char *
extract_full (DgOntology *o, const char *lang, const char *text, const char *id, const char *date)
{
  return extract_with (o, lang, gazetteer, FALSE, text, id, date);
}

/* With the world gazetteer alone, as a new user runs it, dated. */
char *
extract_dated (DgOntology *o, const char *lang, const char *text, const char *id, const char *date)
{
  return extract_with (o, lang, NULL, TRUE, text, id, date);
}

char *
extract (DgOntology *o, const char *lang, const char *text)
{
  return extract_full (o, lang, text, "a1", NULL);
}

/* The block of the output that holds @needle: from the comment before it
 * to the blank line after. */
char *
block_with (const char *out, const char *needle)
{
  const char *at = strstr (out, needle), *start, *end;

  if (!at)
    g_error ("no \"%s\" in:\n%s", needle, out);
  start = g_strrstr_len (out, at - out, "\n\n");
  end = strstr (at, "\n\n");
  return g_strndup (start ? start + 2 : out,
                    (gsize)((end ? end : at + strlen (at)) - (start ? start + 2 : out)));
}

void
assert_has (const char *text, const char *needle)
{
  if (!strstr (text, needle))
    g_error ("no \"%s\" in:\n%s", needle, text);
}

/* With @user (or no gazetteer) and then the world's. */
char *
extract_world (DgOntology *o, const char *lang, const char *user, const char *text)
{
  return extract_with (o, lang, user, TRUE, text, "w1", "2024-11-01");
}

void
check_cases (const Case *cases, guint n)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *out = extract_dated (o, cases[i].lang, cases[i].text, "d1", cases[i].date);
      for (guint k = 0; k < G_N_ELEMENTS (cases[i].has) && cases[i].has[k]; k++)
        assert_has (out, cases[i].has[k]);
      for (guint k = 0; k < G_N_ELEMENTS (cases[i].lacks) && cases[i].lacks[k]; k++)
        if (strstr (out, cases[i].lacks[k]))
          g_error ("\"%s\" in:\n%s", cases[i].lacks[k], out);
    }
}
