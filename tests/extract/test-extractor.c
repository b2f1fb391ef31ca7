/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Candidate facts from news text (lib/extract/dg-extractor.c and the lexicon it
 * reads): what each rule proposes in English and Indonesian, that the
 * output checks with its gazetteer, and what bad input gets. */
#include "config.h"

#include <string.h>

#include "test-util.h"

#define BASE "https://example.org/gaz/"

static const char gazetteer[]
    = "@base <" BASE ">\n"
      "State vietnam \"Vietnam\"@en \"Việt Nam\"@vi iso3166=VN\n"
      "State japan \"Japan\"@en \"Jepang\"@id iso3166=JP\n"
      "State korea \"Republic of Korea\"@en \"Korea Selatan\"@id iso3166=KR\n"
      "City tokyo \"Tokyo\"@en\n"
      "InternationalOrganization asean \"ASEAN\"@en\n"
      "Person to-lam \"Tô Lâm\"@vi \"To Lam\"@en\n"
      "SourceDocument s1 \"An article\"@en\n";

static DgGraph *
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
static char *
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
static char *
extract_full (DgOntology *o, const char *lang, const char *text, const char *id, const char *date)
{
  return extract_with (o, lang, gazetteer, FALSE, text, id, date);
}

/* With the world gazetteer alone, as a new user runs it, dated. */
static char *
extract_dated (DgOntology *o, const char *lang, const char *text, const char *id, const char *date)
{
  return extract_with (o, lang, NULL, TRUE, text, id, date);
}

static char *
extract (DgOntology *o, const char *lang, const char *text)
{
  return extract_full (o, lang, text, "a1", NULL);
}

/* The block of the output that holds @needle: from the comment before it
 * to the blank line after. */
static char *
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

static void
assert_has (const char *text, const char *needle)
{
  if (!strstr (text, needle))
    g_error ("no \"%s\" in:\n%s", needle, text);
}

static void
test_english_visit (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *out
      = extract (o, "en",
                 "General Secretary To Lam visited Japan from 10 to 13 September 2023.\n"
                 "Prime Minister Fumio Kishida met To Lam in Tokyo on September 11, 2023.\n");
  g_autofree char *visit = block_with (out, "Visit a1-visit-1");
  g_autofree char *meeting = block_with (out, "Meeting a1-meeting-1");
  g_autofree char *post = block_with (out, "role=GeneralSecretary");

  assert_has (out, "@base <" BASE ">");
  assert_has (visit, " visitor=to-lam");
  assert_has (visit, " host=japan");
  assert_has (visit, " startDate=2023-09-10 endDate=2023-09-13");
  assert_has (visit,
              "cite a1 \"General Secretary To Lam visited Japan from 10 to 13 September 2023.\"");
  assert_has (visit, "# word \"visited\" -> Visit");
  /* A new person after a title; the meeting's people, its place by "in". */
  assert_has (out, "about Person fumio-kishida \"Fumio Kishida\"@en");
  assert_has (meeting, "participant=fumio-kishida participant=to-lam");
  assert_has (meeting, "location=tokyo");
  assert_has (meeting, "date=2023-09-11");
  /* A post in no state named is a hint for the reviewer, not a fact. */
  assert_has (post, "too few postIn values for a fact");
  assert_has (post, "#hint about to-lam\n#hint   holds=");
}

static void
test_indonesian_morphology (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *out = extract (
      o, "id",
      "Perdana Menteri Jepang Fumio Kishida mengunjungi Vietnam dari 7 hingga 9 Maret 2024.\n"
      "Kedua negara menjalin hubungan diplomatik pada tahun 1973.\n"
      "Perjanjian Transfer Peralatan Pertahanan ditandatangani pada September 2021.\n"
      "Kishida berkunjung ke Tokyo.\n");
  g_autofree char *visit = block_with (out, "Visit a1-visit-1");
  g_autofree char *relation = block_with (out, "DiplomaticRelation a1-diplomaticrelation-1");
  g_autofree char *agreement = block_with (out, "about Agreement");
  g_autofree char *post = block_with (out, "role=PrimeMinister");

  /* "mengunjungi" is found by its stem, "kunjung", as "kunjungan" is. */
  assert_has (visit, "# word \"kunjungan\" -> Visit");
  assert_has (visit, "visitor=fumio-kishida host=vietnam");
  assert_has (visit, "startDate=2024-03-07 endDate=2024-03-09");
  assert_has (post, "postIn=japan");
  /* "Kedua negara": the two states the lead names most. */
  assert_has (relation, "party=japan party=vietnam");
  assert_has (relation, "established=1973");
  /* "ditandatangani" fills the agreement the sentence names. */
  assert_has (agreement, "\"Perjanjian Transfer Peralatan Pertahanan\"@id");
  assert_has (agreement, "date=2021-09");
  /* A surname alone is the person named in full. */
  g_assert_null (strstr (out, "about Person kishida"));
  assert_has (out, "Visit a1-visit-2 visitor=fumio-kishida");
}

static void
test_amounts_and_dates (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *id
      = extract_full (o, "id",
                      "Perdagangan bilateral mencapai 13,8 miliar dolar AS pada tahun 2024.\n"
                      "Presiden To Lam bertemu Perdana Menteri Fumio Kishida hari ini.\n"
                      "Menteri Luar Negeri Bui Thanh Son bertemu Yoko Kamikawa pada 27 November.\n",
                      "a2", "2023-11-20");
  g_autofree char *en = extract (o, "en",
                                 "Trade between Vietnam and Japan reached 139 billion "
                                 "US dollars in 2023.\n");
  g_autofree char *figure = block_with (id, "Figure a2-figure-1");

  assert_has (figure, "amount=13800000000 unit=\"USD\"");
  assert_has (figure, "date=2024");
  assert_has (figure, "metric=\"Perdagangan\"@id");
  /* "hari ini" is the article's date; a date without a year takes its year. */
  assert_has (id,
              "Meeting a2-meeting-1 participant=to-lam participant=fumio-kishida date=2023-11-20");
  {
    g_autofree char *second = block_with (id, "Meeting a2-meeting-2");
    assert_has (second, "date=2023-11-27");
  }
  assert_has (id, "published=2023-11-20");
  assert_has (en,
              "Figure a1-figure-1 date=2023 amount=139000000000 unit=\"USD\" metric=\"Trade\"@en");
}

/* A weekday is the latest such day up to the article's date, "kemarin"
 * the day before it, an undated agreement the article's; a meeting of
 * nobody named is no fact. */
static void
test_weekdays (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  /* 2017-04-12 is a Wednesday. */
  g_autofree char *en = extract_full (o, "en",
                                      "Vietnam and Japan signed a memorandum of understanding on "
                                      "Monday.\nThe next meeting will be held soon.\n",
                                      "a4", "2017-04-12");
  g_autofree char *id = extract_full (o, "id",
                                      "Vietnam dan Jepang menandatangani Nota Kesepahaman pada "
                                      "Rabu.\n",
                                      "a5", "2017-04-12");

  g_autofree char *kemarin = extract_full (o, "id",
                                           "Vietnam dan Jepang menandatangani Nota Kesepahaman "
                                           "kemarin.\n",
                                           "a6", "2017-04-12");
  g_autofree char *undated = extract_full (o, "en",
                                           "Vietnam and Japan signed a memorandum of "
                                           "understanding on energy.\n",
                                           "a7", "2017-04-12");
  /* What the article reports first happened yesterday: what it reports
   * next without a date happened then too; a date of last month does not
   * count as that day. */
  g_autofree char *reported = extract_full (o, "en",
                                            "On 2 March Vietnam and Japan signed a treaty.\n"
                                            "Vietnam and Japan yesterday signed seven documents."
                                            "\nAlso signed was a memorandum of understanding on "
                                            "energy.\n",
                                            "a8", "2017-04-12");

  assert_has (en, "date=2017-04-10");
  assert_has (id, "date=2017-04-12");
  assert_has (kemarin, "date=2017-04-11");
  g_assert_null (strstr (en, "Meeting a4-"));
  /* An agreement its sentence does not date is the article's, said so. */
  assert_has (undated, "date=2017-04-12");
  assert_has (undated, "news reports what happened on its day");
  {
    g_autofree char *mou = block_with (reported, "MemorandumOfUnderstanding a8-");
    assert_has (mou, "date=2017-04-11");
    assert_has (mou, "the article gives what it reports first");
  }
  /* The day may be a visit's, and, in an article dated by its month
   * alone, any of that month. */
  {
    g_autofree char *visit = extract_full (o, "en",
                                           "To Lam began a state visit to Japan on Monday.\n"
                                           "Vietnam and Japan signed a memorandum of "
                                           "understanding on energy.\n",
                                           "a9", "2017-04-12");
    g_autofree char *month = extract_full (o, "en",
                                           "On 9 April Vietnam and Japan signed a treaty.\n"
                                           "Also signed was a memorandum of understanding on "
                                           "energy.\n",
                                           "a10", "2017-04");
    g_autofree char *after_visit = block_with (visit, "MemorandumOfUnderstanding a9-");
    g_autofree char *in_month = block_with (month, "MemorandumOfUnderstanding a10-");

    assert_has (after_visit, "date=2017-04-10");
    assert_has (in_month, "date=2017-04-09");
  }
}

/* With @user (or no gazetteer) and then the world's. */
static char *
extract_world (DgOntology *o, const char *lang, const char *user, const char *text)
{
  return extract_with (o, lang, user, TRUE, text, "w1", "2024-11-01");
}

#define COUNTRY "<https://w3id.org/diplograph/country/"

/* The lookalike first: "Korea Utara" is North Korea, never the user's
 * Korea, whose labels include "Korea". */
static void
test_world_lookalike (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  const char *user = "@base <" BASE ">\n"
                     "State korea \"Republic of Korea\"@en \"Korea Selatan\"@id \"Korea\"@id "
                     "iso3166=KR\n";
  g_autofree char *out = extract_world (
      o, "id", user,
      "Korea Utara dan Rusia menandatangani perjanjian kemitraan strategis komprehensif pada "
      "Juni 2024.\n");

  assert_has (out, "party=" COUNTRY "PRK>");
  assert_has (out, "party=" COUNTRY "RUS>");
  g_assert_null (strstr (out, "party=korea"));
  /* Defined in the output, so that it checks as written. */
  assert_has (out, "about State " COUNTRY "PRK> \"North Korea\"@en \"Korea Utara\"@id");
}

/* A name several states share ("Korea") is the one the article names
 * otherwise, and none when it names none or both. */
static void
test_world_context_names (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *south = extract_world (
      o, "en", NULL,
      "South Korea and Vietnam agreed to deepen ties.\n"
      "Korea and Vietnam signed a memorandum of understanding on trade on Monday.\n");
  g_autofree char *alone = extract_world (
      o, "en", NULL, "Korea and Vietnam signed a memorandum of understanding on trade.\n");
  g_autofree char *mou = block_with (south, "MemorandumOfUnderstanding w1-");

  assert_has (mou, COUNTRY "KOR>");
  g_assert_null (strstr (south, COUNTRY "PRK>"));
  g_assert_null (strstr (alone, COUNTRY "KOR>"));
  g_assert_null (strstr (alone, COUNTRY "PRK>"));
}

/* The user's gazetteer wins where it names the entity: by ISO code or by
 * a name; a currency is not a state ("dolar AS"). */
static void
test_world_user_wins (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *out = extract_world (
      o, "id", gazetteer,
      "Vietnam dan Jepang menandatangani Nota Kesepahaman di Tokyo pada 3 Mei 2024.\n"
      "Perdagangan bilateral mencapai 50 miliar dolar AS pada tahun 2023.\n");

  assert_has (out, "party=vietnam");
  assert_has (out, "party=japan");
  g_assert_null (strstr (out, COUNTRY "VNM>"));
  g_assert_null (strstr (out, COUNTRY "JPN>"));
  g_assert_null (strstr (out, "/city/JPN-tokyo"));
  g_assert_null (strstr (out, COUNTRY "USA>"));
}

/* "his Australian counterpart Malcolm Turnbull": a person after a person
 * word, who stands for the state before it. */
static void
test_counterpart (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *en = extract_full (
      o, "en",
      "Prime Minister Narendra Modi met his Japanese counterpart Fumio Kishida on Monday.\n",
      "b1", "2024-03-06");

  assert_has (en, "about Person fumio-kishida \"Fumio Kishida\"@en");
  assert_has (en, "participant=narendra-modi participant=fumio-kishida");
}

/* "from X in 2018 to Y in 2019": a figure an amount, each with its own
 * date; a conversion in parentheses is none; "$" gives the unit. */
static void
test_figures (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *id = extract_full (
      o, "id",
      "Perdagangan Vietnam dan Jepang naik dari 8,47 miliar dolar AS (Rp119,9 triliun) pada "
      "2018 menjadi 9,07 miliar dolar AS (Rp128 triliun) pada 2019, dan perdagangan 2020 "
      "tercatat 5,7 miliar dolar AS.\n",
      "a8", "2020-01-10");
  g_autofree char *en = extract_full (o, "en",
                                      "Trade between Japan and Vietnam reached $23.49 billion in "
                                      "2022.\nIn 2022 trade reached $23.49 billion, up from "
                                      "$21.83 billion in 2021.\n",
                                      "a9", "2023-01-10");

  assert_has (id, "amount=8470000000 unit=\"USD\"");
  assert_has (id, "date=2018 amount=8470000000");
  assert_has (id, "date=2019 amount=9070000000");
  g_assert_null (strstr (id, "IDR"));
  g_assert_null (strstr (id, "amount=119"));
  assert_has (en, "amount=23490000000 unit=\"USD\"");
  /* An amount's date: not one another amount has. */
  assert_has (id, "#hint Figure a8-figure-3 amount=5700000000");
  g_assert_null (strstr (en, "date=2021 amount=23490000000"));
  assert_has (en, "date=2021 amount=21830000000");
}

/* A minus sign is the amount's; a hyphen between two numbers is not. */
static void
test_negative_amounts (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *id
      = extract_full (o, "id",
                      "Neraca perdagangan Vietnam dengan Jepang tercatat -2,5 miliar dolar AS pada "
                      "tahun 2023.\n"
                      "Perdagangan bilateral tumbuh \xE2\x88\x92" "3 persen pada tahun 2024.\n"
                      "Perdagangan bilateral tahun 2020-2025 mencapai 40 miliar dolar AS.\n",
                      "a3", "2025-01-10");

  assert_has (id, "amount=-2500000000 unit=\"USD\"");
  assert_has (id, "amount=-3 unit=");
  assert_has (id, "amount=40000000000 unit=\"USD\"");
}

static void
test_known_source_and_entities (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  const char *text = "Presiden Park Jin Ho bertemu To Lam di Tokyo.\n";
  g_autofree char *first = extract_full (o, "id", text, "s1", NULL);
  g_autofree char *second = extract_full (o, "id", text, "a2", NULL);

  /* The gazetteer's source document is added to, not defined again. */
  assert_has (first, "\nabout s1\n");
  assert_has (second, "\nSourceDocument a2 file=\"article.txt\" lang=id\n");
  /* Two articles that name one new person give it one id; together with
   * the gazetteer they read as one node, without a duplicate. */
  assert_has (first, "about Person park-jin-ho \"Park Jin Ho\"@id");
  assert_has (second, "about Person park-jin-ho \"Park Jin Ho\"@id");
  {
    const char *names[] = { "gazetteer.dg", "first.dg", "second.dg", NULL };
    const char *texts[] = { gazetteer, first, second, NULL };
    g_autoptr (DgGraph) g = read_graph (o, names, texts);
    guint n;

    g_assert_true (dg_graph_lookup_node (g, BASE "park-jin-ho", &n));
    g_assert_cmpstr (dg_graph_get_node_class (g, n), ==, "https://w3id.org/diplograph#Person");
  }
}

static void
test_empty_article (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *out = extract (o, "id", "");

  assert_has (out, "0 sentences, 0 new entities, 0 candidate facts");
  assert_has (out, "SourceDocument a1 file=\"article.txt\" lang=id\n");
  g_assert_null (strstr (out, "cite"));
}

static void
test_bad_input (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autoptr (DgExtractor) x = dg_extractor_new (o, "id", NULL);
  g_autoptr (GError) error = NULL;
  static const char nul[] = "Baris satu.\nDua\0tiga.\n";

  g_assert_false (dg_extractor_set_article (x, "Baris satu.\nab\xC3(\n", -1, "bad.txt", &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
  g_assert_cmpstr (error->message, ==, "bad.txt:2:3: invalid UTF-8");
  g_clear_error (&error);
  g_assert_false (dg_extractor_set_article (x, nul, sizeof nul - 1, "nul.txt", &error));
  g_assert_cmpstr (error->message, ==, "nul.txt:2:4: NUL byte in text");
  g_clear_error (&error);
  g_assert_false (
      dg_extractor_set_article (x, "Satu.\nDua \033[1m tiga.\n", -1, "esc.txt", &error));
  g_assert_cmpstr (error->message, ==, "esc.txt:2:5: control character U+001B in text");
  g_clear_error (&error);
  /* Whitespace controls are whitespace. */
  {
    g_autoptr (DgExtractor) y = dg_extractor_new (o, "id", NULL);
    g_assert_true (dg_extractor_set_article (y, "Satu.\fDua\ttiga.\r\n", -1, "ws.txt", &error));
  }
  /* Nothing set: nothing to write. */
  {
    g_autoptr (GOutputStream) mem = g_memory_output_stream_new_resizable ();
    g_assert_false (dg_extractor_write (x, mem, &error));
    g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
    g_clear_error (&error);
  }
  g_assert_false (dg_extractor_set_source (x, "bad id", NULL, NULL, &error));
  g_clear_error (&error);
  g_assert_false (dg_extractor_set_source (x, NULL, NULL, "2023-02-30", &error));
  g_clear_error (&error);
  g_assert_null (dg_extractor_new (o, "not a tag!", &error));
  g_clear_error (&error);
}

/* A word, a language: an extension of the ontology, no recompilation. */
static void
test_lexicon_extension (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr (DgExtractor) bad = NULL;

  g_assert_true (dg_ontology_load_data (
      o,
      "@prefix dg: <https://w3id.org/diplograph#> .\n"
      "dg:Meeting dg:trigger \"rendezvous\"@en, \"incontro\"@it .\n"
      "<https://w3id.org/diplograph> dg:monthNames \"gennaio febbraio marzo aprile maggio "
      "giugno luglio agosto settembre ottobre novembre dicembre\"@it .\n",
      -1, "ext.ttl", &error));
  g_assert_no_error (error);
  out = extract (o, "en", "To Lam had a rendezvous in Tokyo.\n");
  assert_has (out, "Meeting a1-meeting-1 participant=to-lam location=tokyo");
  g_free (out);
  out = extract (o, "it", "To Lam: incontro il 5 marzo 2024.\n");
  assert_has (out, "Meeting a1-meeting-1 participant=to-lam date=2024-03-05");

  /* A frame that names a relation the class does not have is refused. */
  g_assert_true (dg_ontology_load_data (o,
                                        "@prefix dg: <https://w3id.org/diplograph#> .\n"
                                        "dg:Visit dg:frame \"subject=iso3166\" .\n",
                                        -1, "bad.ttl", &error));
  bad = dg_extractor_new (o, "en", &error);
  g_assert_null (bad);
  g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "\"iso3166\" does not apply to Visit"));
}

static void
test_partnership_upgrade (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *id
      = extract (o, "id",
                 "Vietnam dan Jepang meningkatkan hubungan dari Kemitraan Strategis "
                 "yang Luas menjadi Kemitraan Strategis Komprehensif pada 27 "
                 "November 2023.\n");
  g_autofree char *en
      = extract (o, "en",
                 "Vietnam and Japan upgraded their ties from an Extensive Strategic "
                 "Partnership to a Comprehensive Strategic Partnership on November "
                 "27, 2023.\n");

  /* The longest level named is the one meant ("Kemitraan Strategis" is
   * inside both); the one after "dari" is the level before. */
  for (guint i = 0; i < 2; i++)
    {
      const char *out = i ? en : id;
      assert_has (out, "Partnership a1-partnership-1 party=vietnam party=japan "
                       "level=ComprehensiveStrategicPartnership upgraded=2023-11-27 "
                       "upgradedFrom=a1-partnership-2\n");
      assert_has (out, "Partnership a1-partnership-2 party=vietnam party=japan "
                       "level=ExtensiveStrategicPartnership\n");
      g_assert_null (strstr (out, "level=StrategicPartnership"));
    }
  /* A level as Indonesian writes it with a relative clause. */
  {
    g_autofree char *relative = extract (o, "id",
                                         "Vietnam dan Jepang membangun kemitraan strategis yang "
                                         "komprehensif.\n");
    assert_has (relative, "level=ComprehensiveStrategicPartnership");
  }
}

/* Titles in a row share their name; a body between a title and a name is
 * whose post it is. */
static void
test_titles (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *out
      = extract (o, "id",
                 "To Lam bertemu Sekretaris Jenderal dan Presiden Jepang Taro Yamada.\n"
                 "Ketua Majelis Nasional Jepang, Hanako Suzuki, hadir.\n");

  assert_has (out, "role=GeneralSecretary");
  assert_has (out, "role=President postIn=japan");
  {
    g_auto (GStrv) parts = g_strsplit (out, "about taro-yamada\n  holds=", -1);
    g_assert_cmpuint (g_strv_length (parts), ==, 3); /* two posts */
  }
  /* The title with no state takes the one the article puts the person's
   * post in, and says so. */
  {
    g_autofree char *general = block_with (out, "role=GeneralSecretary");
    assert_has (general, "role=GeneralSecretary postIn=japan");
    assert_has (general, "inferred=\"The state: the one the gazetteer or the article");
  }
  assert_has (out, "about Parliament majelis-nasional-jepang \"Majelis Nasional Jepang\"@id");
  assert_has (out, "role=Chair postIn=majelis-nasional-jepang");
  assert_has (out, "about hanako-suzuki\n  holds=");
}

/* Posts and names, each case an article read with the world gazetteer:
 * what its output must hold, and must not. */
typedef struct
{
  const char *why, *lang, *text;
  const char *has[5], *lacks[2];
} Case;

static const Case title_cases[] = {
  { "A portfolio after the title is not the name; a name after a comma follows the title's state",
    "id",
    "Menteri Kebudayaan Nguyen Van An bertemu Menteri Perhubungan Ghana, Felix Lamah.\n",
    { "about Person nguyen-van-an \"Nguyen Van An\"@id",
      "about Person felix-lamah \"Felix Lamah\"@id",
      "role=Minister postIn=<https://w3id.org/diplograph/country/GHA>" },
    { NULL } },
  { "A deputy's post is its own; a former one says so and takes no date from the article; an "
    "assistant's title is not their post",
    "id",
    "Wakil Menteri Luar Negeri Vietnam Do Hung Viet hadir.\nMantan Presiden Indonesia Susilo "
    "Bambang Yudhoyono hadir.\nAsisten Presiden Jepang Taro Yamada hadir.\n",
    { "role=DeputyMinister postIn=<https://w3id.org/diplograph/country/VNM>",
      "role=President postIn=<https://w3id.org/diplograph/country/IDN> status=Former\n" },
    { "postIn=<https://w3id.org/diplograph/country/JPN>" } },
  { "Initials are part of a name and end no sentence; a monarch's title is the head of the "
    "state; an aide's title is no post; a government named by its state acts for it",
    "id",
    "Menlu RI Retno L.P. Marsudi bertemu Sekjen ASEAN Dato Lim Jock Hoi.\nEmir Qatar Sheikh "
    "Tamim bin Hamad Al Thani tiba.\nAjudan Presiden Rusia, Yury Ushakov, berbicara.\n"
    "Pemerintah Jepang menerima kunjungan Presiden Vietnam Vo Van Thuong.\n",
    { "about Person retno-l-p-marsudi \"Retno L.P. Marsudi\"@id", "about Person lim-jock-hoi ",
      "role=Head postIn=<https://w3id.org/diplograph/country/QAT>",
      "host=<https://w3id.org/diplograph/country/JPN> visitor=vo-van-thuong" },
    { "postIn=<https://w3id.org/diplograph/country/RUS>" } },
  { "A title ends a body's name: the person after it is no part of it",
    "en",
    "The Investment Council and Planning Minister Ali Raza attended.\n",
    { "about Person ali-raza \"Ali Raza\"@en" },
    { "Minister Ali Raza\"@en" } },
  { "A state's adjective before a title, or \"of\" and the state after it",
    "en",
    "Mongolian President Ukhnaagiin Khurelsukh met President of Uzbekistan Shavkat Mirziyoyev.\n",
    { "role=President postIn=<https://w3id.org/diplograph/country/MNG>",
      "role=President postIn=<https://w3id.org/diplograph/country/UZB>",
      "about shavkat-mirziyoyev\n  holds=" },
    { NULL } },
  { "A state with a possessive, the apostrophe plain or typographic, is whose post the title "
    "is",
    "en",
    "LONDON \u2013 Argentina\u2019s President Alberto Fernandez met Chile's President Gabriel "
    "Boric.\n",
    { "role=President postIn=<https://w3id.org/diplograph/country/ARG>",
      "role=President postIn=<https://w3id.org/diplograph/country/CHL>" },
    { "country/GBR>" } },
  { "A state's long form before its name, however the gazetteer writes it, is the state, not "
    "part of a person's name",
    "id",
    "Presiden Republik Demokratik Timor Leste Jose Ramos-Horta tiba.\n",
    { "role=President postIn=<https://w3id.org/diplograph/country/TLS>",
      "about Person jose-ramos-horta \"Jose Ramos-Horta\"@id" },
    { "republik-demokratik" } },
  { "The members a state's delegation lists hold their posts in it, its name before or after",
    "id",
    "Delegasi Indonesia terdiri atas Menlu Marty Natalegawa dan Mendag Gita Wirjawan.\n",
    { "role=ForeignMinister postIn=<https://w3id.org/diplograph/country/IDN>",
      "role=Minister postIn=<https://w3id.org/diplograph/country/IDN>" },
    { NULL } },
  { "The members a state's delegation lists hold their posts in it (English)",
    "en",
    "The Vietnamese delegation includes Minister of Planning and Investment Nguyen Chi Dung.\n",
    { "role=Minister postIn=<https://w3id.org/diplograph/country/VNM>" },
    { NULL } },
  { "A body's name ends with its state's before \"and\", and never with \"and\" before a title",
    "en",
    "Malaysia and Turkey signed an MoU between Exim Bank Malaysia and Turk Eximbank.\nThe "
    "Central Committee To Lam and President Kassym-Jomart Tokayev met.\n",
    { "about Bank bank-malaysia \"Bank Malaysia\"@en" },
    { "Turk Eximbank\"@en", " and\"@en" } },
  { "A title-case headline's capitals make no person's name; the body's do",
    "id",
    "Menlu Sebut Presiden Jerman Undang Prabowo Kunjungi Berlin\n\nPresiden Jerman "
    "Frank-Walter Steinmeier mengundang Presiden Indonesia Prabowo Subianto ke Berlin.\n",
    { "about Person frank-walter-steinmeier ", "about Person prabowo-subianto " },
    { "undang-prabowo" } },
  { "A post with no state, in an article on two: a visitor to one holds it in the other",
    "en",
    "Singapore and Vietnam mark 50 years of diplomatic ties.\nPresident Tran Dai Quang began a "
    "state visit to Singapore on Monday.\n",
    { "role=President date=2024-11-01 postIn=<https://w3id.org/diplograph/country/VNM>\n"
      "  inferred=\"The state: the other of the article's two, as its holder visits the one." },
    { "postIn=<https://w3id.org/diplograph/country/SGP>" } },
  { "The state an ambassador is to is not theirs",
    "id",
    "Duta Besar Brasil untuk Indonesia George Monteiro Prata hadir.\nDuta Besar RI untuk Brasil "
    "Andhika Chrisnayudhanto hadir.\n",
    { "role=Ambassador postIn=<https://w3id.org/diplograph/country/BRA>",
      "about george-monteiro-prata\n  holds=w1-postholding-1",
      "role=Ambassador postIn=<https://w3id.org/diplograph/country/IDN>",
      "about andhika-chrisnayudhanto\n  holds=w1-postholding-2" },
    { NULL } },
  { "The state an ambassador is to is not theirs (English)",
    "en",
    "Japanese Ambassador to Vietnam Ito Naoki attended.\n",
    { "role=Ambassador postIn=<https://w3id.org/diplograph/country/JPN>",
      "about ito-naoki\n  holds=" },
    { NULL } },
  { "A title's abbreviation in parentheses is passed over; \"Dr.\" and initials end no sentence "
    "and are no part of the name before it",
    "id",
    "Perdana Menteri (PM) Pakistan Shehbaz Sharif hadir.\nMenteri Luar Negeri Bangladesh, Dr. A. "
    "K. Abdul Momen, melakukan kunjungan resmi ke Indonesia.\n",
    { "role=PrimeMinister postIn=<https://w3id.org/diplograph/country/PAK>",
      "about Person a-k-abdul-momen \"A. K. Abdul Momen\"@id",
      "visitor=a-k-abdul-momen host=<https://w3id.org/diplograph/country/IDN>", "# 2 sentences," },
    { NULL } },
  { "An honorific before a name is not part of it; a particle inside is",
    "id",
    "Perdana Menteri Arab Saudi, Pangeran Mohammed bin Salman Al Saud, bertemu Joko Widodo.\n",
    { "about Person mohammed-bin-salman-al-saud \"Mohammed bin Salman Al Saud\"@id" },
    { "pangeran" } },
};

static void
test_title_cases (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (title_cases); i++)
    {
      const Case *c = &title_cases[i];
      g_autofree char *out = extract_world (o, c->lang, NULL, c->text);

      g_test_message ("%s", c->why);
      for (guint k = 0; k < G_N_ELEMENTS (c->has) && c->has[k]; k++)
        assert_has (out, c->has[k]);
      for (guint k = 0; k < G_N_ELEMENTS (c->lacks) && c->lacks[k]; k++)
        if (strstr (out, c->lacks[k]))
          g_error ("%s: \"%s\" in:\n%s", c->why, c->lacks[k], out);
    }
}

/* Key roles of a frame ("object+=host:State"): a visit's host is a
 * state, a capital standing for its own (dg:standsFor), never the
 * visitor's; an event named again ("kunjungan tersebut", "this visit") or
 * stated again with the article's date is one candidate. */
static void
test_key_roles (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *en
      = extract_dated (o, "en",
                       "Japanese Foreign Minister Taro Yamada visited Seoul on 13 January 2025.\n"
                       "Yamada called this visit a new start.\n"
                       "Vietnam and Laos held talks in Vientiane.\n",
                       "a1", "2025-01-14");
  g_autofree char *id
      = extract_dated (o, "id",
                       "Presiden Indonesia Joko Widodo bertemu Presiden Vietnam Tran Dai Quang.\n"
                       "Joko Widodo melakukan kunjungan ke Hanoi pada 11 September 2018.\n"
                       "Kunjungan tersebut membahas perdagangan.\n"
                       "Pertemuan Joko Widodo dan Tran Dai Quang berlangsung hangat.\n",
                       "a2", "2018-09-11");
  g_autofree char *visit = block_with (en, "Visit a1-visit-1");
  g_autofree char *kunjungan = block_with (id, "Visit a2-visit-1");
  g_autofree char *pertemuan = block_with (id, "Meeting a2-meeting-1");

  /* The capital is where, its state the host; Japan is Yamada's own. */
  assert_has (visit, " visitor=taro-yamada host=<https://w3id.org/diplograph/country/KOR>");
  g_assert_null (strstr (visit, "country/JPN>"));
  assert_has (visit, "startDate=2025-01-13");
  assert_has (visit, "cite a1 \"Yamada called this visit a new start.\"");
  g_assert_null (strstr (en, "a1-visit-2"));
  /* Talks of two states, no person: no meeting proposed. */
  g_assert_null (strstr (en, "Talks a1-talks-1"));
  assert_has (kunjungan, "host=<https://w3id.org/diplograph/country/VNM>");
  assert_has (kunjungan, "cite a2 \"Kunjungan tersebut membahas perdagangan.\"");
  g_assert_null (strstr (id, "a2-visit-2"));
  /* A visit's programme in the host's capital is the same visit. */
  {
    g_autofree char *span = extract_dated (
        o, "id",
        "Presiden Vietnam Nguyen Xuan Phuc tiba di Vientiane pada 9 Agustus 2021.\nPhuc juga "
        "mengunjungi Kedutaan Besar Vietnam di Vientiane.\n",
        "a3", "2021-08-10");
    assert_has (span, "cite a3 \"Phuc juga mengunjungi Kedutaan Besar Vietnam di Vientiane.\"");
    g_assert_null (strstr (span, "a3-visit-2"));
  }
  /* A visit to two states is one visit to each. */
  {
    g_autofree char *two = extract_dated (
        o, "id",
        "Presiden Vietnam Tran Dai Quang melakukan kunjungan kenegaraan ke Singapura dan Malaysia "
        "pada 28 Agustus 2016.\n",
        "a9", "2016-08-29");
    g_autofree char *first = block_with (two, "StateVisit a9-statevisit-1 ");
    g_autofree char *second = block_with (two, "StateVisit a9-statevisit-2 ");
    assert_has (first, "host=<https://w3id.org/diplograph/country/SGP>");
    g_assert_null (strstr (first, "country/MYS>"));
    assert_has (second, "host=<https://w3id.org/diplograph/country/MYS>");
    g_assert_null (strstr (second, "country/SGP>"));
    assert_has (second, "visitor=tran-dai-quang");
  }
  /* The headline's visit, then its dates in the text: one, dated. */
  {
    g_autofree char *headline = extract_dated (
        o, "id",
        "Presiden Vietnam Nguyen Xuan Phuc melakukan kunjungan kenegaraan ke Laos.\nPresiden "
        "Vietnam Nguyen Xuan Phuc melakukan kunjungan kenegaraan ke Laos dari 9 hingga 10 "
        "Agustus 2021.\n",
        "a7", "2021-08-11");
    assert_has (headline, "startDate=2021-08-09 endDate=2021-08-10");
    g_assert_null (strstr (headline, "a7-statevisit-2"));
  }
  /* The meeting named again with the article's date is the first one. */
  assert_has (pertemuan, "participant=joko-widodo participant=tran-dai-quang");
  assert_has (pertemuan,
              "cite a2 \"Pertemuan Joko Widodo dan Tran Dai Quang berlangsung hangat.\"");
  g_assert_null (strstr (id, "a2-meeting-2"));
}

/* Who did what: who receives a visit hosts it ("menerima kunjungan");
 * where a visitor arrives, there is the host; the host is the first group
 * after the trigger; a date after "since" is not the visit's; a
 * counterpart holds the post of the title before, in their state. */
static void
test_who_did_what (void)
{
  static const struct
  {
    const char *lang, *id, *date, *text;
  } articles[] = {
    { "id", "a1", "2024-05-02",
      "Presiden Indonesia Joko Widodo menerima kunjungan Perdana Menteri Jepang Taro Yamada di "
      "Jakarta.\n" },
    { "en", "a2", "2024-05-04",
      "Prime Minister Hanako Suzuki of Japan held talks with her Australian counterpart, Jane "
      "Smith.\nForeign Minister Taro Yamada of Japan arrived in Seoul on 3 May 2024.\nYamada has "
      "visited Korea twice since he took office in March 2022.\nJane Smith said she is visiting "
      "Tokyo before Mexico and the Philippines.\nJapan and Australia reached an agreement "
      "on Sunday.\n" },
  };
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *id
      = extract_dated (o, articles[0].lang, articles[0].text, articles[0].id, articles[0].date);
  g_autofree char *en
      = extract_dated (o, articles[1].lang, articles[1].text, articles[1].id, articles[1].date);
  g_autofree char *received = block_with (id, "Visit a1-visit-1");
  g_autofree char *counterpart = NULL, *arrived = NULL;

  assert_has (received, "host=<https://w3id.org/diplograph/country/IDN> visitor=taro-yamada");
  arrived = block_with (en, "Visit a2-visit-1");
  counterpart = block_with (en, "about jane-smith\n  holds=");
  assert_has (arrived, "visitor=taro-yamada");
  assert_has (arrived, "host=<https://w3id.org/diplograph/country/KOR>");
  assert_has (arrived, "startDate=2024-05-03");
  /* A visit with no host named, in an article on two states: the other
   * one than the visiting person's; a state visits no one (a visitor is a
   * person). */
  {
    g_autofree char *other = extract_dated (
        o, "en",
        "US President Joe Biden and Vietnamese General Secretary Nguyen Phu Trong held talks.\n"
        "It was Biden's first visit to the country as president.\nVietnam and the United "
        "States exchanged visits at all levels.\n",
        "a4", "2023-09-11");
    assert_has (
        other, "Visit a4-visit-1 visitor=joe-biden host=<https://w3id.org/diplograph/country/VNM>");
    assert_has (other, "Host: the other of the two states the article is about.");
    g_assert_null (strstr (other, "visitor=<https://w3id.org/diplograph/country/VNM>"));
  }
  /* "visiting" before a person: the person visits; nobody visits the
   * state their post is in, as the article finally tells it. */
  {
    g_autofree char *visiting = extract_dated (
        o, "en",
        "India and New Zealand agreed to deepen ties.\nNew Zealand Foreign Minister Amit Rao "
        "met Foreign Minister Ruth Hale.\nPrime Minister Narendra Modi held talks with visiting New "
        "Zealand Prime Minister Christopher Luxon.\nRuth Hale visited India often.\n",
        "a8", "2025-03-17");
    assert_has (visiting, "Visit a8-visit-1 visitor=christopher-luxon "
                          "host=<https://w3id.org/diplograph/country/IND>");
    g_assert_null (strstr (visiting, "visitor=narendra-modi"));
    /* Ruth Hale's post is India's (her counterpart's is New Zealand's). */
    assert_has (visiting, "#hint Visit a8-visit-2 visitor=ruth-hale\n");
  }
  /* "Joko Widodo (Jokowi)": the name in parentheses is the person's. */
  {
    g_autofree char *alias = extract_dated (
        o, "id",
        "Presiden Joko Widodo (Jokowi) tiba di Tokyo.\nJokowi bertemu Perdana Menteri Jepang "
        "Taro Yamada.\n",
        "a5", "2014-08-13");
    assert_has (alias, "Meeting a5-meeting-1 participant=joko-widodo participant=taro-yamada");
  }
  /* A planned event says so, and is not dated by the article. */
  {
    g_autofree char *planned = extract_dated (
        o, "id",
        "Presiden Indonesia Joko Widodo akan mengunjungi Vietnam.\nPresiden Joko Widodo "
        "dijadwalkan bertemu Perdana Menteri Jepang Taro Yamada.\n",
        "a6", "2018-09-01");
    assert_has (planned, "Visit a6-visit-1 visitor=joko-widodo "
                         "host=<https://w3id.org/diplograph/country/VNM> status=Planned\n");
    assert_has (planned, "Meeting a6-meeting-1 participant=joko-widodo participant=taro-yamada "
                         "status=Planned\n");
  }
  /* An agreement reached is no document signed. */
  g_assert_null (strstr (en, "Agreement a2-agreement-1"));
  /* "since he took office in March 2022" dates no visit. */
  g_assert_null (strstr (en, "startDate=2022-03"));
  /* Tokyo is the host of Jane Smith's visit, not the states after it. */
  {
    g_autofree char *tokyo = block_with (en, "visitor=jane-smith");
    assert_has (tokyo, "visitor=jane-smith host=<https://w3id.org/diplograph/country/JPN>");
    g_assert_null (strstr (tokyo, "country/PHL>"));
    g_assert_null (strstr (tokyo, "country/MEX>"));
  }
  assert_has (counterpart, "role=PrimeMinister postIn=<https://w3id.org/diplograph/country/AUS>");
  assert_has (counterpart, "# counterpart of the \"Prime Minister\" before it -> PostHolding");
  /* A post with no state named, in an article on two states whose other
   * holds the same post: the other state; a post no counterpart holds
   * stays a hint. */
  {
    g_autofree char *pair = extract_dated (
        o, "id",
        "Indonesia dan Tiongkok memperkuat kerja sama.\nMenteri Luar Negeri Tiongkok Wang Yi "
        "bertemu Menteri Luar Negeri Retno Marsudi di Jakarta.\nPresiden Joko Widodo juga hadir.\n"
        "Menteri Tiongkok Li Wei bertemu Menteri Budi Santoso.\n",
        "a3", "2024-04-18");
    g_autofree char *retno = block_with (pair, "about retno-marsudi\n  holds=");
    assert_has (
        retno,
        "role=ForeignMinister date=2024-04-18 postIn=<https://w3id.org/diplograph/country/IDN>");
    assert_has (retno, "where a counterpart holds the same post");
    assert_has (pair, "#hint PostHolding a3-postholding-3 role=President");
    /* A state has many ministers: no counterpart's state for one. */
    assert_has (pair, "#hint PostHolding a3-postholding-5 role=Minister");
  }
}

/* A text with no sentence breaks is read in bounded windows. */
static void
test_long_sentence (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  GString *text = g_string_new (NULL);
  g_autofree char *out = NULL;

  for (guint i = 0; i < 5000; i++)
    g_string_append (text, "To Lam mengunjungi Jepang dan ");
  out = extract (o, "id", text->str);
  assert_has (out, "1 sentences");
  assert_has (out, "Visit a1-visit-1 visitor=to-lam host=japan");
  /* The quote is cut to the words around the trigger: a verbatim part. */
  g_assert_null (strstr (out,
                         "cite a1 \"To Lam mengunjungi Jepang dan To Lam mengunjungi Jepang dan "
                         "To Lam mengunjungi Jepang dan To Lam mengunjungi Jepang dan To Lam "
                         "mengunjungi Jepang dan To Lam mengunjungi Jepang dan To Lam mengunjungi "
                         "Jepang dan To Lam mengunjungi Jepang dan To Lam mengunjungi Jepang dan"));
  g_string_free (text, TRUE);
}

/* "kunjungan resmi Presiden X di Islamabad": the person right after a
 * visit's noun makes it; each visit of a sentence takes the places
 * marked beside it, not past another visit. */
static void
test_visit_forms (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *noun = extract_dated (
      o, "id",
      "Kunjungan resmi Presiden Indonesia Prabowo Subianto di Islamabad berlangsung pada Selasa, "
      "9 Desember 2025.\n",
      "v1", "2025-12-10");
  g_autofree char *two = extract_dated (
      o, "id",
      "Perdana Menteri India Narendra Modi dan Presiden Indonesia Joko Widodo bertemu.\n"
      "Kedatangan PM Modi ke Indonesia merupakan kunjungan resmi pertama sebagai balasan atas "
      "kunjungan kenegaraan Presiden Joko Widodo ke India pada Desember 2016.\n",
      "v2", "2018-05-30");
  g_autofree char *modi = block_with (two, "visitor=narendra-modi");
  g_autofree char *jokowi = block_with (two, "visitor=joko-widodo");

  assert_has (noun, "OfficialVisit v1-officialvisit-1 visitor=prabowo-subianto "
                    "host=<https://w3id.org/diplograph/country/PAK>");
  assert_has (modi, "host=<https://w3id.org/diplograph/country/IDN>");
  assert_has (jokowi, "host=<https://w3id.org/diplograph/country/IND>");
  g_assert_null (strstr (jokowi, "country/IDN>"));
  /* Not even as a hint. */
  g_assert_null (
      strstr (two, "visitor=narendra-modi location=<https://w3id.org/diplograph/country/IND>"));
  g_assert_null (
      strstr (two, "visitor=joko-widodo location=<https://w3id.org/diplograph/country/IDN>"));
}

/* An anniversary dates itself, not the relation: the relation began the
 * years it counts before ("the 70th anniversary ... in 2024": 1954), or on
 * a start the sentence gives; with no count, on no date given. */
static void
test_anniversaries (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *en = extract_dated (o, "en",
                                       "Mongolia and Vietnam will celebrate the 70th founding "
                                       "anniversary of diplomatic relations in 2024.\n",
                                       "n1", "2023-12-20");
  g_autofree char *id = extract_dated (o, "id",
                                       "Kunjungan ini menyambut 70 tahun hubungan diplomatik "
                                       "Indonesia-India pada 2019.\n",
                                       "n2", "2018-05-30");
  g_autofree char *range = extract_dated (o, "en",
                                          "Malaysia and Vietnam celebrate the 50th anniversary of "
                                          "diplomatic relations (March 30, 1973 - March 30, "
                                          "2023).\n",
                                          "n3", "2023-01-18");
  g_autofree char *jubilee = extract_dated (o, "en",
                                            "Malaysia and Vietnam: the year 2023 marks the Golden "
                                            "Jubilee of the establishment of diplomatic "
                                            "relations.\n",
                                            "n4", "2023-01-18");

  assert_has (en, "established=1954\n");
  assert_has (en, "The year: the anniversary the sentence dates, less the years it counts.");
  assert_has (id, "established=1949\n");
  assert_has (range, "established=1973-03-30\n");
  assert_has (jubilee, "DiplomaticRelation n4-");
  g_assert_null (strstr (jubilee, "established="));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extractor/english-visit", test_english_visit);
  g_test_add_func ("/extractor/indonesian-morphology", test_indonesian_morphology);
  g_test_add_func ("/extractor/amounts-and-dates", test_amounts_and_dates);
  g_test_add_func ("/extractor/negative-amounts", test_negative_amounts);
  g_test_add_func ("/extractor/weekdays", test_weekdays);
  g_test_add_func ("/extractor/figures", test_figures);
  g_test_add_func ("/extractor/counterpart", test_counterpart);
  g_test_add_func ("/extractor/world-lookalike", test_world_lookalike);
  g_test_add_func ("/extractor/world-context-names", test_world_context_names);
  g_test_add_func ("/extractor/world-user-wins", test_world_user_wins);
  g_test_add_func ("/extractor/known-source-and-entities", test_known_source_and_entities);
  g_test_add_func ("/extractor/empty-article", test_empty_article);
  g_test_add_func ("/extractor/bad-input", test_bad_input);
  g_test_add_func ("/extractor/lexicon-extension", test_lexicon_extension);
  g_test_add_func ("/extractor/long-sentence", test_long_sentence);
  g_test_add_func ("/extractor/partnership-upgrade", test_partnership_upgrade);
  g_test_add_func ("/extractor/titles", test_titles);
  g_test_add_func ("/extractor/title-cases", test_title_cases);
  g_test_add_func ("/extractor/key-roles", test_key_roles);
  g_test_add_func ("/extractor/who-did-what", test_who_did_what);
  g_test_add_func ("/extractor/visit-forms", test_visit_forms);
  g_test_add_func ("/extractor/anniversaries", test_anniversaries);
  return g_test_run ();
}
