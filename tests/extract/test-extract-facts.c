/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Who did what in news text (lib/extract/dg-extract-facts.c,
 * dg-extract-post-states.c and the lexicon they read; who acts: in
 * test-extract-actors.c):
 * the roles a frame's slots take, the sides of a visit, one candidate per
 * event, the dates of relations. */
#include "config.h"

#include <string.h>

#include "extract-util.h"

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
                       "Presiden Indonesia Joko Wirawan bertemu Presiden Vietnam Tran Van Quang.\n"
                       "Joko Wirawan melakukan kunjungan ke Hanoi pada 11 September 2018.\n"
                       "Kunjungan tersebut membahas perdagangan.\n"
                       "Pertemuan Joko Wirawan dan Tran Van Quang berlangsung hangat.\n",
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
        "Presiden Vietnam Nguyen Xuan Phong tiba di Vientiane pada 9 Agustus 2021.\nPhuc juga "
        "mengunjungi Kedutaan Besar Vietnam di Vientiane.\n",
        "a3", "2021-08-10");
    assert_has (span, "cite a3 \"Phuc juga mengunjungi Kedutaan Besar Vietnam di Vientiane.\"");
    g_assert_null (strstr (span, "a3-visit-2"));
  }
  /* A visit to two states is one visit to each. */
  {
    g_autofree char *two = extract_dated (
        o, "id",
        "Presiden Vietnam Tran Van Quang melakukan kunjungan kenegaraan ke Singapura dan Malaysia "
        "pada 28 Agustus 2016.\n",
        "a9", "2016-08-29");
    g_autofree char *first = block_with (two, "StateVisit a9-statevisit-1 ");
    g_autofree char *second = block_with (two, "StateVisit a9-statevisit-2 ");
    assert_has (first, "host=<https://w3id.org/diplograph/country/SGP>");
    g_assert_null (strstr (first, "country/MYS>"));
    assert_has (second, "host=<https://w3id.org/diplograph/country/MYS>");
    g_assert_null (strstr (second, "country/SGP>"));
    assert_has (second, "visitor=tran-van-quang");
  }
  /* The headline's visit, then its dates in the text: one, dated. */
  {
    g_autofree char *headline = extract_dated (
        o, "id",
        "Presiden Vietnam Nguyen Xuan Phong melakukan kunjungan kenegaraan ke Laos.\nPresiden "
        "Vietnam Nguyen Xuan Phong melakukan kunjungan kenegaraan ke Laos dari 9 hingga 10 "
        "Agustus 2021.\n",
        "a7", "2021-08-11");
    assert_has (headline, "startDate=2021-08-09 endDate=2021-08-10");
    g_assert_null (strstr (headline, "a7-statevisit-2"));
  }
  /* The meeting named again with the article's date is the first one. */
  assert_has (pertemuan, "participant=joko-wirawan participant=tran-van-quang");
  assert_has (pertemuan,
              "cite a2 \"Pertemuan Joko Wirawan dan Tran Van Quang berlangsung hangat.\"");
  g_assert_null (strstr (id, "a2-meeting-2"));
}

/* A headline's "to visit" is a plan, as "will visit" is. */
static void
test_headline_plan (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *headline = extract_dated (
      o, "en", "Indonesian President Joko Wirawan to visit Vietnam in April\n", "a7", "2018-09-01");

  assert_has (headline, "Visit a7-visit-1 visitor=joko-wirawan "
                        "host=<https://w3id.org/diplograph/country/VNM> status=Planned");
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
      "Presiden Indonesia Joko Wirawan menerima kunjungan Perdana Menteri Jepang Taro Yamada di "
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
        "US President Joe Bidwell and Vietnamese General Secretary Nguyen Phu Tuan held talks.\n"
        "It was Bidwell's first visit to the country as president.\nVietnam and the United "
        "States exchanged visits at all levels.\n",
        "a4", "2023-09-11");
    assert_has (
        other,
        "Visit a4-visit-1 visitor=joe-bidwell host=<https://w3id.org/diplograph/country/VNM>");
    assert_has (other, "Host: the other of the two states the article is about.");
    g_assert_null (strstr (other, "visitor=<https://w3id.org/diplograph/country/VNM>"));
  }
  /* "visiting" before a person: the person visits; nobody visits the
   * state their post is in, as the article finally tells it. */
  {
    g_autofree char *visiting = extract_dated (
        o, "en",
        "India and New Zealand agreed to deepen ties.\nNew Zealand Foreign Minister Amit Rao "
        "met Foreign Minister Ruth Hale.\nPrime Minister Narendra Mohan held talks with visiting "
        "New "
        "Zealand Prime Minister Christopher Lawson.\nRuth Hale visited India often.\n",
        "a8", "2025-03-17");
    assert_has (visiting, "Visit a8-visit-1 visitor=christopher-lawson "
                          "host=<https://w3id.org/diplograph/country/IND>");
    g_assert_null (strstr (visiting, "visitor=narendra-mohan"));
    /* Ruth Hale's post is India's (her counterpart's is New Zealand's). */
    assert_has (visiting, "#hint Visit a8-visit-2 visitor=ruth-hale\n");
  }
  /* "Joko Wirawan (Jowan)": the name in parentheses is the person's. */
  {
    g_autofree char *alias = extract_dated (
        o, "id",
        "Presiden Joko Wirawan (Jowan) tiba di Tokyo.\nJowan bertemu Perdana Menteri Jepang "
        "Taro Yamada.\n",
        "a5", "2014-08-13");
    assert_has (alias, "Meeting a5-meeting-1 participant=joko-wirawan participant=taro-yamada");
  }
  /* A planned event says so, and is not dated by the article. */
  {
    g_autofree char *planned = extract_dated (
        o, "id",
        "Presiden Indonesia Joko Wirawan akan mengunjungi Vietnam.\nPresiden Joko Wirawan "
        "dijadwalkan bertemu Perdana Menteri Jepang Taro Yamada.\n",
        "a6", "2018-09-01");
    assert_has (planned, "Visit a6-visit-1 visitor=joko-wirawan "
                         "host=<https://w3id.org/diplograph/country/VNM> status=Planned\n");
    assert_has (planned, "Meeting a6-meeting-1 participant=joko-wirawan participant=taro-yamada "
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
        "Indonesia dan Tiongkok memperkuat kerja sama.\nMenteri Luar Negeri Tiongkok Wang Lei "
        "bertemu Menteri Luar Negeri Ratna Mardani di Jakarta.\nPresiden Joko Wirawan juga hadir.\n"
        "Menteri Tiongkok Li Wei bertemu Menteri Budi Santoso.\n",
        "a3", "2024-04-18");
    g_autofree char *retno = block_with (pair, "about ratna-mardani\n  holds=");
    assert_has (
        retno,
        "role=ForeignMinister date=2024-04-18 postIn=<https://w3id.org/diplograph/country/IDN>");
    assert_has (retno, "where a counterpart holds the same post");
    assert_has (pair, "#hint PostHolding a3-postholding-3 role=President");
    /* A state has many ministers: no counterpart's state for one. */
    assert_has (pair, "#hint PostHolding a3-postholding-5 role=Minister");
  }
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
      "Kunjungan resmi Presiden Indonesia Bowo Sutanto di Islamabad berlangsung pada Selasa, "
      "9 Desember 2025.\n",
      "v1", "2025-12-10");
  g_autofree char *two = extract_dated (
      o, "id",
      "Perdana Menteri India Narendra Mohan dan Presiden Indonesia Joko Wirawan bertemu.\n"
      "Kedatangan PM Mohan ke Indonesia merupakan kunjungan resmi pertama sebagai balasan atas "
      "kunjungan kenegaraan Presiden Joko Wirawan ke India pada Desember 2016.\n",
      "v2", "2018-05-30");
  g_autofree char *modi = block_with (two, "visitor=narendra-mohan");
  g_autofree char *jokowi = block_with (two, "visitor=joko-wirawan");

  assert_has (noun, "OfficialVisit v1-officialvisit-1 visitor=bowo-sutanto "
                    "host=<https://w3id.org/diplograph/country/PAK>");
  assert_has (modi, "host=<https://w3id.org/diplograph/country/IDN>");
  assert_has (jokowi, "host=<https://w3id.org/diplograph/country/IND>");
  g_assert_null (strstr (jokowi, "country/IDN>"));
  /* "At the invitation of X": X is on the host's side, never a visitor,
   * and holds their post in the host state; "kunjungan Sultan Brunei":
   * the state after the title is the visitor's, not the host. */
  {
    g_autofree char *invited = extract_dated (
        o, "en",
        "Spain and Vietnam mark 48 years of ties.\nAt the invitation of Prime Minister Pham Van "
        "Chinh, Prime Minister Pedro Salinas is visiting Vietnam from 8 to 10 April.\n",
        "v3", "2025-04-09");
    g_autofree char *atas = extract_dated (
        o, "id",
        "Atas undangan Sekretaris Jenderal Komite Sentral Partai Komunis Viet Nam, Presiden "
        "Nguyen Phu Tuan, Sultan Brunei Darussalam, Haji Hassanal Bakri melakukan kunjungan "
        "kenegaraan di Viet Nam.\nTuan mengatakan kunjungan Sultan Brunei Darussalam "
        "memperkuat hubungan Viet Nam dan Brunei.\n",
        "v4", "2019-03-27");
    g_autofree char *chinh = block_with (invited, "about pham-van-chinh\n");

    assert_has (invited, "Visit v3-visit-1 visitor=pedro-salinas "
                         "host=<https://w3id.org/diplograph/country/VNM>");
    g_assert_null (strstr (invited, "visitor=pham-van-chinh"));
    assert_has (chinh, "postIn=<https://w3id.org/diplograph/country/VNM>");
    assert_has (chinh, "The state: the one its holder invited a visitor to.");
    assert_has (atas, "StateVisit v4-statevisit-1 visitor=haji-hassanal-bakri "
                      "host=<https://w3id.org/diplograph/country/VNM>");
    g_assert_null (strstr (atas, "country/BRN> location"));
    g_assert_null (strstr (atas, "host=<https://w3id.org/diplograph/country/BRN>"));
    g_assert_null (strstr (atas,
                           "postIn=<https://w3id.org/diplograph/country/BRN> date=2019-03-27\n"
                           "  inferred=\"The state"));
  }
  /* Two visitors: as often a host taken for a visitor, so neither's post
   * is put in the other state. */
  {
    g_autofree char *pair = extract_dated (
        o, "en",
        "Spain and Vietnam mark 48 years of ties.\nPrime Minister Ana Lopez and Prime Minister "
        "Pedro Salinas visited Vietnam on 8 April.\n",
        "v5", "2025-04-09");
    g_assert_null (strstr (pair, "as its holder visits the one"));
  }
  /* Not even as a hint. */
  g_assert_null (
      strstr (two, "visitor=narendra-mohan location=<https://w3id.org/diplograph/country/IND>"));
  g_assert_null (
      strstr (two, "visitor=joko-wirawan location=<https://w3id.org/diplograph/country/IDN>"));
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

/* One person of one side meeting several of the other is one meeting
 * with each; a meeting whose sides are not all known stays one. */
static void
test_meetings_in_pairs (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *three = extract_dated (
      o, "en",
      "New Zealand Prime Minister Hana Rewi met Vietnamese Prime Minister Pham Van Long, "
      "Vietnamese President Nguyen Van Tuan and Vietnamese Foreign Minister Bui Van Hoa in "
      "Hanoi.\n",
      "p1", "2022-11-14");
  g_autofree char *unknown
      = extract_dated (o, "en",
                       "New Zealand Prime Minister Hana Rewi met President Nguyen Van Tuan, "
                       "Foreign Minister Bui Van "
                       "Hoa and Minister Tran Van Nam.\n",
                       "p2", "2022-11-14");
  /* Leaders of one state meeting are no relation between states. */
  g_autofree char *one_side = extract_dated (
      o, "en",
      "Vietnamese Prime Minister Pham Van Long met Vietnamese President Nguyen Van Tuan in "
      "Hanoi on Monday.\n",
      "p3", "2022-11-14");

  assert_has (three, "Meeting p1-meeting-1 participant=hana-rewi participant=pham-van-long "
                     "location=");
  assert_has (three, "Meeting p1-meeting-2 participant=hana-rewi "
                     "participant=nguyen-van-tuan location=");
  assert_has (three, "Meeting p1-meeting-3 participant=hana-rewi participant=bui-van-hoa "
                     "location=");
  assert_has (unknown, "Meeting p2-meeting-1 participant=hana-rewi "
                       "participant=nguyen-van-tuan participant=bui-van-hoa "
                       "participant=tran-van-nam");
  g_assert_null (strstr (unknown, "meeting-2"));
  assert_has (one_side, "; every participant on one side\n#hint Meeting p3-meeting-1 "
                        "participant=pham-van-long participant=nguyen-van-tuan");
}

/* One fact, its dates in a later sentence: stated again, or named by an
 * anaphor; a plan's weekday is the next such day, a report's the last,
 * and one the date follows that date. */
static const Case dated[] = {
  /* A figure's word inside another ("markas besar": "sebesar") does not
   * part a relation from its date. */
  { "id",
    "2025-09-30",
    "Upacara yang menetapkan hubungan diplomatik antara Vietnam dan Tuvalu berlangsung di markas "
    "besar pada tanggal 24 September.\n",
    { "party=<https://w3id.org/diplograph/country/TUV> established=2025-09-24" },
    { NULL } },
  { "en",
    "2024-12-20",
    "President Arun Perera of Sri Lanka concluded his state visit to India this week.\nPresident "
    "Perera made the three-day state visit from December 15 to 17 at the invitation of Indian "
    "President Meera Rao.\n",
    { "visitor=arun-perera host=<https://w3id.org/diplograph/country/IND> "
      "location=<https://w3id.org/diplograph/country/IND> startDate=2024-12-15 "
      "endDate=2024-12-17" },
    { NULL } },
  { "id",
    "2017-05-12",
    "Presiden Chile Rosa Vidal melakukan kunjungan kenegaraan ke Indonesia.\nKunjungan tersebut "
    "berlangsung pada 11-12 Mei 2017.\n",
    { "visitor=rosa-vidal host=<https://w3id.org/diplograph/country/IDN> "
      "location=<https://w3id.org/diplograph/country/IDN> startDate=2017-05-11 "
      "endDate=2017-05-12" },
    { NULL } },
  { "en",
    "2024-09-03",
    "Egyptian President Omar Said will visit Turkey on Wednesday.\nEgyptian President Omar Said "
    "visited Greece on Monday.\n",
    { "host=<https://w3id.org/diplograph/country/TUR> status=Planned startDate=2024-09-04",
      "host=<https://w3id.org/diplograph/country/GRC> startDate=2024-09-02" },
    { NULL } },
  /* An article dated by its month alone gives an undated event no day:
   * no date (one dated by its day gives its day). */
  { "id",
    "2025-04",
    "Presiden Laos Somsak Keola bertemu Presiden Vietnam Tran Van Hoa di Hanoi.\n",
    { "Meeting d1-meeting-1 participant=somsak-keola participant=tran-van-hoa "
      "location=<https://w3id.org/diplograph/city/VNM-hanoi>\n" },
    { "VNM-hanoi> date=" } },
  { "id",
    "2025-04-09",
    "Presiden Laos Somsak Keola bertemu Presiden Vietnam Tran Van Hoa di Hanoi.\n",
    { "Meeting d1-meeting-1 participant=somsak-keola participant=tran-van-hoa "
      "location=<https://w3id.org/diplograph/city/VNM-hanoi> date=2025-04-09\n" },
    { NULL } },
  /* The one day before an end word is the end; a range after it stays one. */
  { "en",
    "2024-04-23",
    "Chilean President Ana Lopes left Hanoi on April 22, concluding her official visit to "
    "Vietnam.\n",
    { "visitor=ana-lopes host=<https://w3id.org/diplograph/country/VNM> "
      "location=<https://w3id.org/diplograph/country/VNM> endDate=2024-04-22\n" },
    { "startDate=2024-04-22" } },
  { "id",
    "2024-04-23",
    "Presiden Chile Ana Lopes mengakhiri kunjungan resmi di Vietnam pada 20-22 April 2024.\n",
    { "startDate=2024-04-20 endDate=2024-04-22" },
    { NULL } },
  /* A range with a spaced dash. */
  { "id",
    "2019-02-22",
    "Presiden Argentina Mauro Ruiz, pada Kamis (21 Februari), mengakhiri kunjungan kenegaraan "
    "di Vietnam dari 19 \u2013 21 Februari.\n",
    { "visitor=mauro-ruiz host=<https://w3id.org/diplograph/country/VNM> "
      "location=<https://w3id.org/diplograph/country/VNM> startDate=2019-02-19 "
      "endDate=2019-02-21" },
    { NULL } },
  /* A weekday with its date: the date. */
  { "id",
    "2018-08-04",
    "Menlu Ratna Mardani melakukan pertemuan dengan Menlu AS Mike Ponder di Washington DC, pada "
    "Selasa 5 Juni 2018.\n",
    { "participant=mike-ponder location=<https://w3id.org/diplograph/city/USA-washington> "
      "date=2018-06-05" },
    { NULL } },
  /* The narrower trigger an arrival is for ("untuk kunjungan
   * kenegaraan") is the one fact: its roles and date read around the
   * arrival, not from who is named after it. */
  { "id",
    "2024-05-23",
    "Presiden Chile Rosa Vidal tiba di Jakarta pada Rabu (22/5/2024) untuk kunjungan kenegaraan "
    "yang memperkuat hubungan dengan Presiden Indonesia Budi Santoso.\n",
    { "StateVisit d1-statevisit-1 visitor=rosa-vidal "
      "host=<https://w3id.org/diplograph/country/IDN>",
      "startDate=2024-05-22" },
    { "visitor=budi-santoso", "Visit d1-visit-" } },
  /* A status word inside a name ("To Lam") is no status: the visit is
   * held, its weekday the last. */
  { "en",
    "2025-10-31",
    "General Secretary To Lam arrived in London on Monday.\n",
    { "location=<https://w3id.org/diplograph/city/GBR-london> startDate=2025-10-27" },
    { "status=Planned" } },
  /* "concluding his three-day official visit": an end word a few words
   * before the trigger makes the day the visit's end. */
  { "en",
    "2025-10-23",
    "President Ali Karimov of Uzbekistan left Helsinki on October 22, concluding his three-day "
    "official visit to Finland.\n",
    { "location=<https://w3id.org/diplograph/country/FIN> endDate=2025-10-22" },
    { "startDate=" } },
  /* Talks "during the visit" took place on one of its days: not given
   * the article's. */
  { "en",
    "2025-10-23",
    "During the visit, President Ali Karimov of Uzbekistan held talks with President Anna "
    "Virtanen of Finland.\n",
    { "Talks d1-talks-1 participant=ali-karimov participant=anna-virtanen\n" },
    { "The date is the article's: news" } },
  /* "jalinan diplomatik" is a relation too; its anniversary dates it. */
  { "id",
    "2024-11-25",
    "Korea Selatan dan Malaysia menyambut 65 tahun jalinan diplomatik antara keduanya yang akan "
    "jatuh pada tahun 2025.\n",
    { "party=<https://w3id.org/diplograph/country/KOR> "
      "party=<https://w3id.org/diplograph/country/MYS> established=1960" },
    { NULL } },
  /* A month's shortened name before its day ends no sentence. */
  { "en",
    "2024-08-09",
    "Trade rose during President Ali Karimov of Uzbekistan's state visit to Kazakhstan on Aug. "
    "8.\n",
    { "host=<https://w3id.org/diplograph/country/KAZ> "
      "location=<https://w3id.org/diplograph/country/KAZ> startDate=2024-08-08",
      "# 1 sentences" },
    { NULL } },
};

static void
test_dates_of_one_fact (void)
{
  check_cases (dated, G_N_ELEMENTS (dated));
}

/* Words that look like a fact's and are none: signing a guest book
 * (dg:notFactAfter), protocol as etiquette or an office; a protocol on
 * something is one. */
static const Case not_facts[] = {
  /* A dateline's place ("New York, Antara - ...") is where a report was
   * filed: no party of what it reports. */
  { "id",
    "2025-09-25",
    "New York, Antara - Indonesia dan Ekuador menandatangani Nota Kesepahaman tentang kerja sama "
    "diplomatik.\n",
    { "party=<https://w3id.org/diplograph/country/IDN> "
      "party=<https://w3id.org/diplograph/country/ECU> date=2025-09-25" },
    { "country/USA>" } },
  /* Who a report is according to is no party of what it reports. */
  { "id",
    "2025-09-25",
    "Vietnam dan Tuvalu menjalin hubungan diplomatik.\nMenurut informasi dari Kementerian Luar "
    "Negeri, upacara penandatanganan komunike bersama yang menetapkan hubungan antara kedua "
    "negara berlangsung di New York pada tanggal 24 September.\n",
    { "party=<https://w3id.org/diplograph/country/VNM> "
      "party=<https://w3id.org/diplograph/country/TUV> date=2025-09-24" },
    { "party=kementerian-luar-negeri" } },
  /* A line that links to another article ("Baca juga: ...") states
   * nothing of this one. */
  { "id",
    "2024-11-01",
    "Presiden Iran Ali Karimi tiba di Jakarta.\nBaca juga: Presiden Iran Ali Karimi akan "
    "mengunjungi Jepang\n",
    { "visitor=ali-karimi host=<https://w3id.org/diplograph/country/IDN>" },
    { "country/JPN>" } },
  { "id",
    "2024-05-13",
    "Presiden Chile Rosa Vidal menandatangani buku tamu kenegaraan di Istana Merdeka.\nIndonesia "
    "dan Chile menandatangani Protokol tentang persyaratan karantina buah.\n",
    { "Protocol d1-protocol-1 party=<https://w3id.org/diplograph/country/IDN> "
      "party=<https://w3id.org/diplograph/country/CHL>" },
    { "agreement-1 " } },
  { "id",
    "2024-05-13",
    "Presiden Chile Rosa Vidal tiba di Indonesia.\nPenyambutan diadakan dengan protokol untuk "
    "kepala negara.\n",
    { "visitor=rosa-vidal" },
    { "Protocol " } },
};

static void
test_not_facts (void)
{
  check_cases (not_facts, G_N_ELEMENTS (not_facts));
}

/* A relation of states (dg:betweenStates) has the states a sentence names
 * as its parties, not the forums beside them; one without levels is one. */
static const Case of_states[] = {
  /* A full stop the space after was lost ends the sentence: the states of
   * the next one are none of this one's parties. */
  { "en",
    "2024-02-15",
    "Turkish President Ali Demir and Egyptian President Omar Hassan signed a joint declaration in "
    "Cairo, the office said.Israel and Palestine were also discussed.\n",
    { "party=<https://w3id.org/diplograph/country/TUR> "
      "party=<https://w3id.org/diplograph/country/EGY> date=2024-02-15",
      "# 2 sentences" },
    { "country/ISR> ", NULL } },
  { "id",
    "2024-02-15",
    "Presiden Turki Ali Demir dan Presiden Mesir Omar Hassan menandatangani deklarasi bersama di "
    "Kairo, kata PBB.Israel dan Palestina juga dibahas.\n",
    { "party=<https://w3id.org/diplograph/country/TUR> "
      "party=<https://w3id.org/diplograph/country/EGY> date=2024-02-15",
      "# 2 sentences" },
    { "country/ISR> ", NULL } },
  /* A place marked ("di New York"), for what has no place or past another
   * trigger, is no party: not the state it lies in either; a person after
   * "oleh" stays a participant. */
  { "id",
    "2025-09-30",
    "Upacara penandatanganan komunike bersama yang menetapkan hubungan diplomatik antara Vietnam "
    "dan Tuvalu berlangsung di New York.\nPresiden Rusia Dmitri Orlov dan PM India Ravi Kumar "
    "hadir.\nKumar dijamu makan malam oleh Orlov, sebelum mengadakan pembicaraan di Kremlin.\n",
    { "party=<https://w3id.org/diplograph/country/VNM> "
      "party=<https://w3id.org/diplograph/country/TUV> "
      "date=",
      "participant=ravi-kumar participant=dmitri-orlov" },
    { "country/USA>", NULL } },
  { "id",
    "2024-05-13",
    "Indonesia dan Rusia, mitra di EAS, ARF dan ASEAN, sepakat meningkatkan hubungan ke tingkat "
    "Kemitraan Strategis.\n",
    { "Partnership d1-partnership-1 party=<https://w3id.org/diplograph/country/IDN> "
      "party=<https://w3id.org/diplograph/country/RUS> level=StrategicPartnership" },
    { "party=<https://w3id.org/diplograph/org/ASEAN>" } },
  /* An agreement of two states (dg:betweenStates "acting") has them as
   * parties, not a forum named beside them; where its sentence pairs its
   * parties ("antara"), those are its parties; a state after a body and a
   * comma says whose the body is, where two bodies have one each. */
  { "en",
    "2024-05-01",
    "Indonesia and Canada, both partners of ASEAN, signed an agreement on trade.\n",
    { "Agreement d1-agreement-1 party=<https://w3id.org/diplograph/country/IDN> "
      "party=<https://w3id.org/diplograph/country/CAN> date=" },
    { "party=<https://w3id.org/diplograph/org/ASEAN>" } },
  { "id",
    "2024-05-01",
    "Perjanjian kerja sama antara Kantor Berita Laos, Republik Demokratik Rakyat Laos, dan Kantor "
    "Berita Kuba, Republik Kuba, ditandatangani.\nIndonesia dan Laos menandatangani nota "
    "kesepahaman antara Kementerian Kesehatan dan Badan Pangan Laos.\n",
    { "Agreement d1-agreement-1 party=kantor-berita-laos party=kantor-berita-kuba date=",
      "party=kementerian-kesehatan party=badan-pangan-laos" },
    { "party=<https://w3id.org/diplograph/country/CUB>" } },
  /* A relation of states is of two: of more, where the article's two are
   * among them, theirs. */
  { "id",
    "2017-10-12",
    "Indonesia dan Laos sepakat memperkuat kerja sama.\nKedua negara merayakan 60 tahun "
    "hubungan diplomatik, dan Kamboja merayakan hari nasionalnya.\n",
    { "DiplomaticRelation d1-diplomaticrelation-1 party=<https://w3id.org/diplograph/country/IDN> "
      "party=<https://w3id.org/diplograph/country/LAO>" },
    { "party=<https://w3id.org/diplograph/country/KHM>" } },
  /* One diplomatic relation of two states, however often named. */
  { "id",
    "2017-10-12",
    "Indonesia dan Laos mempererat hubungan diplomatik kedua negara.\nIndonesia dan Laos "
    "merayakan 60 tahun hubungan diplomatik pada 2017.\n",
    { "DiplomaticRelation d1-diplomaticrelation-1 party=<https://w3id.org/diplograph/country/IDN> "
      "party=<https://w3id.org/diplograph/country/LAO> established=1957" },
    { "diplomaticrelation-2" } },
};

static void
test_relations_of_states (void)
{
  check_cases (of_states, G_N_ELEMENTS (of_states));
}

/* Talks of two sides held in a city of one are the other side's visit
 * (dg:abroadClass), with their date; not where the article states the
 * visit, or where the city is a third state's. */
static const Case abroad[] = {
  { "en",
    "2022-10-18",
    "South Korean Foreign Minister Kim Min-ho held talks with his Vietnamese counterpart Tran "
    "Van Hoa in Hanoi on Monday.\nIndian Prime Minister Ravi Menon met Japanese Prime Minister "
    "Kenji Sato in Jakarta on Monday.\n",
    { "Visit d1-visit-1 visitor=kim-min-ho host=<https://w3id.org/diplograph/country/VNM> "
      "startDate=2022-10-17" },
    { "visit-2" } },
  { "id",
    "2022-10-18",
    "Menteri Luar Negeri Korea Selatan Kim Min-ho melakukan kunjungan resmi ke Vietnam.\nKim "
    "Min-ho bertemu Menteri Luar Negeri Vietnam Tran Van Hoa di Hanoi pada Senin.\n",
    { "Visit d1-officialvisit-1 visitor=kim-min-ho "
      "host=<https://w3id.org/diplograph/country/VNM>",
      /* The visit stated, undated, is on the day of the talks held there. */
      "location=<https://w3id.org/diplograph/country/VNM> startDate=2022-10-17\n  inferred=\"The "
      "date: that of the talks held on the visit.\"" },
    { "Visit d1-visit-" } },
  /* Not on the article's day the talks were only assumed to be on. */
  { "id",
    "2022-10-18",
    "Menteri Luar Negeri Korea Selatan Kim Min-ho melakukan kunjungan resmi ke Vietnam.\nKim "
    "Min-ho bertemu Menteri Luar Negeri Vietnam Tran Van Hoa di Hanoi.\n",
    { "Visit d1-officialvisit-1 visitor=kim-min-ho "
      "host=<https://w3id.org/diplograph/country/VNM>" },
    { "startDate=" } },
};

static void
test_visits_abroad (void)
{
  check_cases (abroad, G_N_ELEMENTS (abroad));
}

/* A visit the other way round of one stated before, with no date or place
 * of its own, is that visit named by its host: a hint; one with its own
 * date is another visit. */
static const Case reversed[] = {
  { "en",
    "2024-08-09",
    "President Ali Karimov of Uzbekistan made a state visit to Kazakhstan on August 8.\n"
    "Welcoming his Uzbek counterpart, Kazakh President Nurlan Sadykov said the visit will give "
    "impetus to cooperation.\n",
    { "; the other way round of a visit the article stated before\n#hint Visit d1-visit-1 "
      "visitor=nurlan-sadykov host=<https://w3id.org/diplograph/country/UZB>" },
    { NULL } },
  { "en",
    "2024-08-09",
    "President Ali Karimov of Uzbekistan made a state visit to Kazakhstan on August 8.\n"
    "Kazakh President Nurlan Sadykov visited Uzbekistan in May 2023.\n",
    { "Visit d1-visit-1 visitor=nurlan-sadykov host=<https://w3id.org/diplograph/country/UZB>" },
    { "other way round" } },
};

static void
test_reversed_visits (void)
{
  check_cases (reversed, G_N_ELEMENTS (reversed));
}

/* Leaders of two sides who discuss or agree have met; states that agree
 * have not (participants are persons). */
static const Case met[] = {
  { "en",
    "2023-11-28",
    "Japanese Prime Minister Taro Yamada and Vietnamese President Tran Van Hoa agreed on Monday "
    "to upgrade their ties.\nJapan and Vietnam agreed to cooperate.\n",
    { "Meeting d1-meeting-1 participant=taro-yamada participant=tran-van-hoa date=2023-11-27" },
    { "#hint Meeting d1-meeting-2 participant=<" } },
  { "id",
    "2023-11-28",
    "Perdana Menteri Jepang Taro Yamada dan Presiden Vietnam Tran Van Hoa membahas kerja sama "
    "ekonomi pada Senin.\n",
    { "Meeting d1-meeting-1 participant=taro-yamada participant=tran-van-hoa date=2023-11-27" },
    { NULL } },
  /* A meeting of the same persons stated again that day is one meeting
   * with two quotes; a planned one is another. */
  { "id",
    "2024-04-18",
    "Menteri Luar Negeri China Li Hua melakukan pertemuan dengan Presiden Indonesia Budi Santoso "
    "di Jakarta.\nSelain itu, Li Hua dan Budi Santoso sepakat pentingnya perdamaian.\nLi Hua akan "
    "bertemu Budi Santoso lagi pada 2025.\n",
    { "happened on its day.\"\n  cite d1 \"Menteri Luar Negeri China Li Hua melakukan pertemuan "
      "dengan "
      "Presiden Indonesia Budi Santoso di Jakarta.\"\n  cite d1 \"Selain itu, Li Hua dan Budi "
      "Santoso sepakat pentingnya perdamaian.\"",
      "Meeting d1-meeting-2 participant=li-hua participant=budi-santoso status=Planned" },
    { "Meeting d1-meeting-3" } },
};

/* A person right after a not-actor word (dg:notActorWord: the
 * inauguration, the tomb of) is no participant; their post stays. */
static const Case not_actors[] = {
  { "id",
    "2024-10-31",
    "Dalam pertemuan itu, Menteri Luar Negeri Jepang Kenji Mori menyampaikan ucapan selamat "
    "atas pelantikan Presiden Indonesia Budi Hartono.\nKenji Mori bertemu Menteri Luar Negeri "
    "Indonesia Sari Dewi.\n",
    { "participant=kenji-mori participant=sari-dewi",
      "role=President postIn=<https://w3id.org/diplograph/country/IDN>" },
    { "participant=budi-hartono" } },
  /* One remembered (dg:memorialWord: the tomb of, in tribute to) is no
   * participant, and holds no post now, whoever's delegation names them. */
  { "en",
    "2024-10-31",
    "Indonesian President Budi Hartono met Vietnamese President Tran Van Hoa in Hanoi.\nThe "
    "Indonesian delegation laid wreaths in tribute to President Le Van Minh at his mausoleum.\n",
    { "participant=budi-hartono participant=tran-van-hoa" },
    { "about le-van-minh\n  holds=", "participant=le-van-minh" } },
};

static void
test_meeting_words (void)
{
  check_cases (met, G_N_ELEMENTS (met));
  check_cases (not_actors, G_N_ELEMENTS (not_actors));
}

/* A summit of two leaders is their talks (dg:twoPersonClass); one of
 * states and forums stays a summit. */
static void
test_summit_of_two (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *out = extract_dated (
      o, "en",
      "India and Japan agreed on many things.\nIndian Prime Minister Narendra Mohan and Japanese "
      "Prime Minister Fumio Kishimoto attended the India-Japan Annual Summit in New Delhi.\nASEAN "
      "leaders and Japan held a summit in Tokyo.\n",
      "s1", "2022-03-19");

  assert_has (out, "Talks s1-talks-1 participant=narendra-mohan participant=fumio-kishimoto");
  /* Summits have a share of their own (dg:keptShare on the class): a hint. */
  assert_has (out, "; sure 0.20\n#hint Summit s1-summit-2 "
                   "participant=<https://w3id.org/diplograph/org/ASEAN>");
  g_assert_null (strstr (out, "Summit s1-summit-1 "));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract-facts/key-roles", test_key_roles);
  g_test_add_func ("/extract-facts/who-did-what", test_who_did_what);
  g_test_add_func ("/extract-facts/visit-forms", test_visit_forms);
  g_test_add_func ("/extract-facts/anniversaries", test_anniversaries);
  g_test_add_func ("/extract-facts/meetings-in-pairs", test_meetings_in_pairs);
  g_test_add_func ("/extract-facts/summit-of-two", test_summit_of_two);
  g_test_add_func ("/extract-facts/visits-abroad", test_visits_abroad);
  g_test_add_func ("/extract-facts/meeting-words", test_meeting_words);
  g_test_add_func ("/extract-facts/reversed-visits", test_reversed_visits);
  g_test_add_func ("/extract-facts/dates-of-one-fact", test_dates_of_one_fact);
  g_test_add_func ("/extract-facts/not-facts", test_not_facts);
  g_test_add_func ("/extract-facts/relations-of-states", test_relations_of_states);
  g_test_add_func ("/extract-facts/headline-plan", test_headline_plan);
  return g_test_run ();
}
