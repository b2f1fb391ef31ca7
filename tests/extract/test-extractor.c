/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Candidate facts from news text (lib/extract/dg-extractor.c and the lexicon it
 * reads): what each rule proposes in English and Indonesian, that the
 * output checks with its gazetteer, and what bad input gets. */
#include "config.h"

#include <string.h>

#include "extract-util.h"

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
  /* A date after a word of saying is the saying's, not the signing's. */
  {
    g_autofree char *said = extract_full (o, "id",
                                          "\"Kemarin kita menandatangani MoU,\" kata Retno di "
                                          "Hanoi, Rabu 12 April 2017.\n",
                                          "a11", "2017-04-12");
    assert_has (said, "date=2017-04-11");
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
  /* In an article dated by its month, a day its lead gives where no fact
   * is proposed. */
  {
    g_autofree char *lead = extract_full (o, "id",
                                          "Pada Rabu (27 Maret), upacara penyambutan diadakan di "
                                          "Hanoi.\nVietnam dan Jepang menandatangani nota "
                                          "kesepahaman.\n",
                                          "a12", "2019-03");
    assert_has (lead, "date=2019-03-27");
  }
}

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
  /* "the South American country" is a region's adjective, not the United
   * States' ("American"). */
  {
    g_autofree char *region = extract_world (o, "en", NULL,
                                             "President Luong Cuong of Vietnam is on an official "
                                             "visit to the South American country.\n");
    g_assert_null (strstr (region, COUNTRY "USA>"));
  }
  /* The world's Vietnamese "Mỹ" is looked for in Vietnamese only: English
   * "My" is no state. */
  {
    g_autofree char *my = extract_world (o, "en", NULL,
                                         "My official visit to Vietnam marks 75 years of "
                                         "diplomatic relations between our two countries.\n");
    g_assert_null (strstr (my, COUNTRY "USA>"));
  }
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

/* "from X in 2018 to Y in 2019": a figure an amount, each with its own
 * date; a conversion in parentheses is none, a part named there is; "$"
 * gives the unit. */
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
  /* Deals "worth" an amount; currencies written in words and symbols. */
  {
    g_autofree char *worth
        = extract_full (o, "en",
                        "Vietnam and Japan signed deals worth 10 billion euros "
                        "in 2024.\nTrade reached 13.22 billion ringgit in 2022.\n",
                        "a10", "2024-01-10");
    assert_has (worth, "amount=10000000000 unit=\"EUR\"");
    assert_has (worth, "amount=13220000000 unit=\"MYR\"");
  }
  /* An amount with no unit is in the one of the amount before it; a
   * share is no figure; "last year" is the year before the article's. */
  {
    g_autofree char *listed = extract_full (
        o, "en",
        "Last year, exports and imports were valued at $11.13 billion and 12.35 billion.\n"
        "Two-way trade grew 17.9 per cent to US$14.8 billion last year.\n",
        "a11", "2023-01-10");
    assert_has (listed, "amount=12350000000 unit=\"USD\"");
    assert_has (listed, "date=2022 amount=14800000000 unit=\"USD\"");
    g_assert_null (strstr (listed, "amount=17.9"));
  }
  /* An amount in parentheses that a word of its own names there is a
   * figure: no conversion. */
  {
    g_autofree char *parts = extract_full (
        o, "id",
        "Perdagangan Indonesia dan Tanzania pada 2022 mencapai 339,5 juta dolar AS (ekspor "
        "Indonesia senilai 276 juta dolar AS dan impor senilai 63,5 juta dolar AS).\n",
        "a12", "2023-01-10");
    assert_has (parts, "date=2022 amount=276000000 unit=\"USD\"");
    assert_has (parts, "date=2022 amount=63500000 unit=\"USD\"");
  }
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
                      "Surplus perdagangan bilateral tercatat \xE2\x88\x92"
                      "3 miliar dolar AS pada "
                      "tahun 2024.\n"
                      "Perdagangan bilateral tahun 2020-2025 mencapai 40 miliar dolar AS.\n",
                      "a3", "2025-01-10");

  assert_has (id, "amount=-2500000000 unit=\"USD\"");
  assert_has (id, "amount=-3000000000 unit=");
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
/* An extractor is refused over the ontology with @extension, with an
 * error holding @message. */
static void
assert_lexicon_refused (const char *extension, const char *message)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *ttl
      = g_strconcat ("@prefix dg: <https://w3id.org/diplograph#> .\n", extension, NULL);
  g_autoptr (DgExtractor) bad = NULL;

  g_assert_true (dg_ontology_load_data (o, ttl, -1, "bad.ttl", &error));
  bad = dg_extractor_new (o, "en", &error);
  g_assert_null (bad);
  g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, message));
}

static void
test_lexicon_extension (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;

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

  /* A frame that names a relation the class does not have is refused;
   * so is a class of two persons, or abroad, the ontology does not have. */
  assert_lexicon_refused ("dg:Visit dg:frame \"subject=iso3166\" .\n",
                          "\"iso3166\" does not apply to Visit");
  assert_lexicon_refused ("dg:Summit dg:twoPersonClass \"Nope\" .\n", "dg:twoPersonClass \"Nope\"");
  assert_lexicon_refused ("dg:Talks dg:abroadClass \"Nope\" .\n", "dg:abroadClass \"Nope\"");
  assert_lexicon_refused ("dg:Talks dg:keptShare \"1.5\" .\n", "expected a share from 0 to 1");
  assert_lexicon_refused ("dg:Talks dg:keptShare \"0.7=x\" .\n", "expected a share from 0 to 1");
  assert_lexicon_refused ("dg:Talks dg:keptShare \"1.7=0.1\" .\n", "expected sureness=share");
  assert_lexicon_refused ("<https://w3id.org/diplograph> dg:relativeYear \"last year\"@en .\n",
                          "dg:relativeYear \"last year\": expected word=years");
  assert_lexicon_refused ("<https://w3id.org/diplograph> dg:relativeDay \"yesterday=-40\"@en .\n",
                          "dg:relativeDay \"yesterday=-40\": expected word=days");
}

/* A class's share of one sureness (dg:keptShare "0.7=0.11" on it) is
 * what its candidates of that sureness say, and below --min-sure makes them
 * hints; the other classes keep the language-wide share. */
static void
test_class_shares (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;

  g_assert_true (dg_ontology_load_data (o,
                                        "@prefix dg: <https://w3id.org/diplograph#> .\n"
                                        "dg:Talks dg:keptShare \"0.7=0.11\" .\n",
                                        -1, "ext.ttl", &error));
  g_assert_no_error (error);
  out = extract (o, "en",
                 "Indian Prime Minister Ravi Menon held talks with Japanese Prime Minister Kenji "
                 "Sato.\nIndian Prime Minister Ravi Menon met Chinese Premier Li Wen.\n");
  assert_has (out, "; sure 0.11\n#hint Talks ");
  assert_has (out, "; sure 0.50\nMeeting ");
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
  /* A level's name that begins a body's name is no partnership. */
  {
    g_autofree char *council = extract (o, "en",
                                        "Vietnam and Japan set up a Strategic Partnership Council "
                                        "on Tuesday.\n");
    g_assert_null (strstr (council, "Partnership a1-"));
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
  g_test_add_func ("/extractor/world-lookalike", test_world_lookalike);
  g_test_add_func ("/extractor/world-context-names", test_world_context_names);
  g_test_add_func ("/extractor/world-user-wins", test_world_user_wins);
  g_test_add_func ("/extractor/known-source-and-entities", test_known_source_and_entities);
  g_test_add_func ("/extractor/empty-article", test_empty_article);
  g_test_add_func ("/extractor/bad-input", test_bad_input);
  g_test_add_func ("/extractor/lexicon-extension", test_lexicon_extension);
  g_test_add_func ("/extractor/class-shares", test_class_shares);
  g_test_add_func ("/extractor/long-sentence", test_long_sentence);
  g_test_add_func ("/extractor/partnership-upgrade", test_partnership_upgrade);
  return g_test_run ();
}
