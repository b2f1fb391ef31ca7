/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Names and posts in news text (lib/extract/dg-extract-names.c and the
 * lexicon it reads): titles, whose post each is, where a name begins and
 * ends, in English and Indonesian. */
#include "config.h"

#include <string.h>

#include "extract-util.h"

/* "his Australian counterpart Malcolm Turnbull": a person after a person
 * word, who stands for the state before it. */
static void
test_counterpart (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *en = extract_full (
      o, "en",
      "Prime Minister Narendra Modi met his Japanese counterpart Fumio Kishida on Monday.\n", "b1",
      "2024-03-06");

  assert_has (en, "about Person fumio-kishida \"Fumio Kishida\"@en");
  assert_has (en, "participant=narendra-modi participant=fumio-kishida");
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
  /* A post in a state's body is held in the state, as analysts record it. */
  assert_has (out, "role=Chair postIn=japan");
  assert_has (out, "about hanako-suzuki\n  holds=");
}

/* Posts and names, each case an article read with the world gazetteer:
 * what its output must hold, and must not. */
typedef struct
{
  const char *why, *lang, *text;
  const char *has[5], *lacks[2];
} NameCase;

static const NameCase title_cases[] = {
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
    "Menlu RI Ratna L.P. Mardani bertemu Sekjen ASEAN Dato Lim Jock Hoi.\nEmir Qatar Sheikh "
    "Hamid bin Nasser Al Thani tiba.\nAjudan Presiden Rusia, Yury Ushakov, berbicara.\n"
    "Pemerintah Jepang menerima kunjungan Presiden Vietnam Vo Van Tam.\n",
    { "about Person ratna-l-p-mardani \"Ratna L.P. Mardani\"@id", "about Person lim-jock-hoi ",
      "role=Head postIn=<https://w3id.org/diplograph/country/QAT>",
      "host=<https://w3id.org/diplograph/country/JPN> visitor=vo-van-tam" },
    { "postIn=<https://w3id.org/diplograph/country/RUS>" } },
  { "A title ends a body's name: the person after it is no part of it",
    "en",
    "The Investment Council and Planning Minister Ali Raza attended.\n",
    { "about Person ali-raza \"Ali Raza\"@en" },
    { "Minister Ali Raza\"@en" } },
  { "A state's adjective before a title, or \"of\" and the state after it",
    "en",
    "Mongolian President Batbayar Enkhbold met President of Uzbekistan Aziz Karimov.\n",
    { "role=President postIn=<https://w3id.org/diplograph/country/MNG>",
      "role=President postIn=<https://w3id.org/diplograph/country/UZB>",
      "about aziz-karimov\n  holds=" },
    { NULL } },
  { "A state with a possessive, the apostrophe plain or typographic, is whose post the title "
    "is",
    "en",
    "LONDON \u2013 Argentina\u2019s President Alberto Ruiz met Chile's President Gabriel "
    "Soto.\n",
    { "role=President postIn=<https://w3id.org/diplograph/country/ARG>",
      "role=President postIn=<https://w3id.org/diplograph/country/CHL>" },
    { "country/GBR>" } },
  { "A state's long form before its name, however the gazetteer writes it, is the state, not "
    "part of a person's name",
    "id",
    "Presiden Republik Demokratik Timor Leste Jose Ramos-Belo tiba.\nPerdana Menteri Republik "
    "Demokrasi Timor Leste Mario Soares Belo tiba.\n",
    { "role=President postIn=<https://w3id.org/diplograph/country/TLS>",
      "about Person jose-ramos-belo \"Jose Ramos-Belo\"@id",
      "role=PrimeMinister postIn=<https://w3id.org/diplograph/country/TLS>" },
    { "republik-demokratik", "republik-demokrasi" } },
  { "The members a state's delegation lists hold their posts in it, its name before or after",
    "id",
    "Delegasi Indonesia terdiri atas Menlu Arif Santoso dan Mendag Budi Wirawan.\n",
    { "role=ForeignMinister postIn=<https://w3id.org/diplograph/country/IDN>",
      "role=Minister postIn=<https://w3id.org/diplograph/country/IDN>" },
    { NULL } },
  { "The members a state's delegation lists hold their posts in it (English)",
    "en",
    "The Vietnamese delegation includes Minister of Planning and Investment Nguyen Chi Hieu.\n",
    { "role=Minister postIn=<https://w3id.org/diplograph/country/VNM>" },
    { NULL } },
  { "A body's name ends with its state's before \"and\", and never with \"and\" before a title",
    "en",
    "Malaysia and Turkey signed an MoU between Exim Bank Malaysia and Turk Eximbank.\nThe "
    "Central Committee To Huy and President Kassym-Jomart Orazov met.\n",
    { "about Bank bank-malaysia \"Bank Malaysia\"@en" },
    { "Turk Eximbank\"@en", " and\"@en" } },
  { "A title-case headline's capitals make no person's name; the body's do",
    "id",
    "Menlu Sebut Presiden Jerman Undang Budiman Kunjungi Berlin\n\nPresiden Jerman "
    "Klaus-Peter Weber mengundang Presiden Indonesia Budiman Sujatmiko ke Berlin.\n",
    { "about Person klaus-peter-weber ", "about Person budiman-sujatmiko " },
    { "undang-budiman" } },
  { "A heading in title case inside the article makes no person's name either",
    "id",
    "Presiden Indonesia Budiman Sujatmiko tiba di Berlin.\n\nMomen Hangat: Presiden Jerman "
    "Undang Budiman Kunjungi Pameran\n\nPresiden Jerman Klaus-Peter Weber hadir.\n",
    { "about Person klaus-peter-weber " },
    { "undang-budiman" } },
  { "A post with no state, in an article on two: a visitor to one holds it in the other",
    "en",
    "Singapore and Vietnam mark 50 years of diplomatic ties.\nPresident Tran Van Quang began a "
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
    "Perdana Menteri (PM) Pakistan Shahid Karim hadir.\nMenteri Luar Negeri Bangladesh, Dr. A. "
    "K. Abdul Momen, melakukan kunjungan resmi ke Indonesia.\n",
    { "role=PrimeMinister postIn=<https://w3id.org/diplograph/country/PAK>",
      "about Person a-k-abdul-momen \"A. K. Abdul Momen\"@id",
      "visitor=a-k-abdul-momen host=<https://w3id.org/diplograph/country/IDN>", "# 2 sentences," },
    { NULL } },
  { "A post in a state's body or place is held in the state",
    "id",
    "Sekjen Partai Komunis Vietnam Nguyen Van Tuan hadir.\nWalikota Vientiane Somchai "
    "Phomvihane menyambut Presiden Vietnam Vo Van Tam.\n",
    { "role=GeneralSecretary postIn=<https://w3id.org/diplograph/country/VNM>",
      "role=Mayor postIn=<https://w3id.org/diplograph/country/LAO> date=2024-11-01\n"
      "  inferred=\"The state: the one the body or place the title names is of." },
    { "postIn=partai" } },
  { "Titles as news writes them: a chancellor, a governor-general, a chairwoman",
    "en",
    "German Chancellor Klaus Weber met Australian Governor-General Anne Baxter and the "
    "Vietnamese Chairwoman Nguyen Thi Lan.\n",
    { "role=PrimeMinister postIn=<https://w3id.org/diplograph/country/DEU>",
      "role=Head postIn=<https://w3id.org/diplograph/country/AUS>",
      "role=Chair postIn=<https://w3id.org/diplograph/country/VNM>" },
    { NULL } },
  { "An honorific of address is no part of a name; a Bolivarian long form is the state; a "
    "city named after a person is the city, no person",
    "id",
    "Menteri Luar Negeri Norwegia Y.M. Erik Haugland hadir.\nPresiden Republik Bolivariana "
    "Venezuela Carlos Rivas melakukan kunjungan ke Kota Ho Chi Minh.\n",
    { "about Person erik-haugland \"Erik Haugland\"@id",
      "role=President postIn=<https://w3id.org/diplograph/country/VEN>",
      "location=<https://w3id.org/diplograph/city/VNM-ho-chi-minh-city>" },
    { "republik-bolivariana", "person/ho-chi-minh" } },
  { "A title with no state listed after a comma right after a post with one is in that state; "
    "not after \"and\", which joins the two sides",
    "en",
    "Officials including Turkish Foreign Minister Kemal Arslan, Interior Minister Ali Demir, "
    "National Defense Minister Yusuf Kaya, and Hungarian envoys were present.\nFrench President "
    "Jean Morel and Prime Minister Tom Hale held talks in Paris.\n",
    { "about ali-demir\n  holds=", "about yusuf-kaya\n  holds=",
      "role=Minister postIn=<https://w3id.org/diplograph/country/TUR> date=2024-11-01\n" },
    { "role=PrimeMinister postIn=<https://w3id.org/diplograph/country/FRA>" } },
  { "A portfolio of several words, joined by \"dan\" or a comma, is part of the title",
    "id",
    "Menteri Sumber Daya Alam dan Lingkungan Hidup Laos Somchai Vongsa hadir.\nMenteri "
    "Pendidikan Tinggi, Sains dan Teknologi Laos Bounmy Keola bertemu Wakil Menteri Pertahanan "
    "Nasional Laos Khamla Sithon.\n",
    { "about Person somchai-vongsa \"Somchai Vongsa\"@id",
      "about Person bounmy-keola \"Bounmy Keola\"@id",
      "about Person khamla-sithon \"Khamla Sithon\"@id" },
    { "sumber-daya", "nasional-khamla" } },
  { "A portfolio word is still a word of a body's name (\"Nasional\")",
    "id",
    "Majelis Nasional menyetujui perjanjian itu.\n",
    { "about Parliament majelis-nasional \"Majelis Nasional\"@id" },
    { NULL } },
  { "An English portfolio after \"of\" is part of the title",
    "en",
    "Laotian Minister of Education and Sports Somchai Vongsa met Minister of Natural Resources "
    "and Environment of Laos Bounmy Keola.\nBelgian Minister of Foreign Affairs, European "
    "Affairs, and Development Cooperation Luc Peeters was present.\n",
    { "about Person somchai-vongsa \"Somchai Vongsa\"@en",
      "about Person bounmy-keola \"Bounmy Keola\"@en",
      "role=Minister postIn=<https://w3id.org/diplograph/country/LAO>",
      "role=ForeignMinister postIn=<https://w3id.org/diplograph/country/BEL>" },
    { "education", "natural-resources" } },
  { "A month's name is a name's first word before another (\"Jan\"), not before a number",
    "en",
    "Czech Foreign Minister Jan Kovar met British Prime Minister Anna Hale Jan 5.\n",
    { "about Person jan-kovar \"Jan Kovar\"@en", "about Person anna-hale \"Anna Hale\"@en" },
    { "hale-jan", NULL } },
  { "A title after a comma with no name after it is the post of the name before the comma; "
    "\"of the\" before a state's long form is whose post it is",
    "en",
    "The agreement was exchanged by Omar Haddad, Minister of Health and Prevention of the "
    "Republic of Tunisia, and Kemal Arslan, Turkish Minister of Culture and Tourism.\n",
    { "# title \"Minister\" after a name -> PostHolding",
      "role=Minister postIn=<https://w3id.org/diplograph/country/TUN>",
      "role=Minister postIn=<https://w3id.org/diplograph/country/TUR>",
      "about Person omar-haddad \"Omar Haddad\"@en" },
    { NULL } },
  { "A title after a comma is the post of the name before only where no name follows it",
    "id",
    "Presiden Joko Widodo bertemu Nguyen Van Binh, Wakil Perdana Menteri Vietnam, di Jakarta.\n"
    "Turut hadir Sekretaris Kabinet Budi Santoso, Ketua Badan Koordinasi Penanaman Modal (BKPM) "
    "Andi Wijaya.\n",
    { "role=DeputyPrimeMinister postIn=<https://w3id.org/diplograph/country/VNM>",
      "about nguyen-van-binh\n  holds=" },
    { "\"Ketua\" after a name" } },
  { "A title with no state after a semicolon, right after a post with one, is in that state; "
    "the head of a president's office is no president; shortened titles are titles",
    "id",
    "Yang hadir adalah Menteri Luar Negeri Laos Somsak Keola; Menteri Informasi dan Komunikasi "
    "Bounmy Vongsa; Kepala Kantor Presiden Khamla Sithon.\nMendagri Budi Hartono hadir.\n",
    { "about Person bounmy-vongsa \"Bounmy Vongsa\"@id", "about bounmy-vongsa\n  holds=",
      "role=Minister postIn=<https://w3id.org/diplograph/country/LAO>",
      "title \"Mendagri\" before a name" },
    { "role=President" } },
  { "A title in an office's name of three words (\"office of the\") gives no post",
    "en",
    "Head of the Office of the President Somsak Keola met Vietnamese Foreign Minister Tran "
    "Van Hoa.\n",
    { "role=ForeignMinister postIn=<https://w3id.org/diplograph/country/VNM>" },
    { "role=President" } },
  { "An honorific before a name is not part of it; a particle inside is",
    "id",
    "Perdana Menteri Arab Saudi, Pangeran Faisal bin Khalid Al Saud, bertemu Budi Santoso.\n"
    "Menteri Transportasi Malaysia Datuk Dr Ismail Harun hadir.\nPerdana Menteri Malaysia Datuk "
    "Seri Ahmad Zaki bertemu Presiden Indonesia Jenderal Budi Santoso.\n",
    { "about Person faisal-bin-khalid-al-saud \"Faisal bin Khalid Al Saud\"@id",
      "about Person ismail-harun \"Ismail Harun\"@id", "about Person ahmad-zaki \"Ahmad Zaki\"@id",
      "about Person budi-santoso \"Budi Santoso\"@id" },
    { "pangeran", "dr-ismail" } },
  { "Malay honorifics are honorifics in English too",
    "en",
    "The visit is at Prime Minister Datuk Seri Ahmad Zaki\u2019s invitation.\n",
    { "about Person ahmad-zaki \"Ahmad Zaki\"@en" },
    { "datuk" } },
  { "A hyphened surname alone is the person named in full; a demonym places the post",
    "en",
    "Swiss President Anna Weber-Roth met Vietnamese Prime Minister Tran Van Hoa in Bern.\n"
    "President Weber-Roth welcomed the visit.\n",
    { "role=President postIn=<https://w3id.org/diplograph/country/CHE>" },
    { "about Person weber-roth",
      "role=President postIn=<https://w3id.org/diplograph/country/VNM>" } },
  { "Those who welcome a guest at an airport are the host's; who accompany a visitor, the "
    "visitor's; the guest's own staff welcoming at a hotel are neither",
    "id",
    "Presiden Filipina Maria Santos tiba di Hanoi untuk kunjungan kenegaraan ke Vietnam.\n"
    "Yang menyambut delegasi di bandara adalah Menteri Konstruksi Tran Van Long dan Wakil "
    "Menteri Luar Negeri Le Van Nam.\nPresiden Maria Santos didampingi Menteri Perdagangan Jose "
    "Cruz.\nDelegasi itu mencakup Menteri Pertanian Pedro Lim.\nDi hotel, Presiden disambut oleh "
    "Sekretaris Jenderal Kementerian Luar Negeri Ana "
    "Reyes.\n",
    { "date=2024-11-01 postIn=<https://w3id.org/diplograph/country/VNM>\n  inferred=\"The state: "
      "the host's, as its holder welcomes or sees off the guest.",
      "about tran-van-long\n  holds=", "about le-van-nam\n  holds=",
      "postIn=<https://w3id.org/diplograph/country/PHL>\n  inferred=\"The state: that of whom its "
      "holder accompanies.",
      "postIn=<https://w3id.org/diplograph/country/PHL>\n  inferred=\"The state: the visitor's, as "
      "its holder is of the visitor's party." },
    { "about ana-reyes\n  holds=" } },
  { "Who accompany a person are of that person's state; a vice premier is a deputy prime "
    "minister; one named at a tomb accompanies nobody",
    "en",
    "Chinese President Li Wei met US President John Smith in Busan.\nLi Wei was accompanied by "
    "Vice Premier Zhang Hua.\nLi Wei and his delegation laid a wreath at the tomb of "
    "President Omar Bakr.\n",
    { "role=DeputyPrimeMinister date=2024-11-01 postIn=<https://w3id.org/diplograph/country/CHN>\n"
      "  inferred=\"The state: that of whom its holder accompanies." },
    { "about omar-bakr\n  holds=" } },
  { "A long list of titled names with no full stop is no heading; a deputy of a portfolio is a "
    "deputy minister",
    "en",
    "The Vietnamese delegation includes Minister of Education and Training Pham Van Long, Deputy "
    "Defence Minister Le Van Minh, Deputy Minister of Public Security Tran Van Nam, and Deputy "
    "Minister of Industry and Trade Vo Van Khanh.-VNA\n",
    { "about Person vo-van-khanh \"Vo Van Khanh\"@en",
      "title \"Deputy Defence Minister\" before a name",
      "role=DeputyMinister postIn=<https://w3id.org/diplograph/country/VNM>" },
    { NULL } },
  { "Two bodies may stand between a title and a name, the second telling the state; a party "
    "named with a state acts for it; a body that tells no state gives a post none",
    "id",
    "Sekretaris Jenderal Komite Sentral Partai Komunis Vietnam, Nguyen Van Minh, bertemu "
    "Presiden Indonesia Budi Santoso.\nIa bertemu Zhao Ming, ketua Komite Tetap Kongres Rakyat "
    "Nasional, kata juru bicara.\n",
    { "role=GeneralSecretary postIn=<https://w3id.org/diplograph/country/VNM>",
      "about nguyen-van-minh\n  holds=" },
    { "postIn=komite-tetap", "about zhao-ming\n  holds=" } },
  { "A party named with a state acts for it",
    "en",
    "Communist Party of Vietnam General Secretary Tran Van Hoa met Indonesian President Budi "
    "Santoso.\n",
    { "role=GeneralSecretary postIn=<https://w3id.org/diplograph/country/VNM>" },
    { NULL } },
  { "A body after \"Title of the\" runs to its last head word, and a state after \"of\"; "
    "the state in it is the post's; a body that tells no state gives none",
    "en",
    "General Secretary of the Communist Party of Vietnam Central Committee Tran Van Hoa met "
    "Chairwoman of the National Assembly of Laos Mai Vong.\nThe Lao delegation was welcomed by "
    "Chairman of the State President Office Le Van Tam.\n",
    { "role=GeneralSecretary postIn=<https://w3id.org/diplograph/country/VNM>",
      "about Person tran-van-hoa \"Tran Van Hoa\"@en",
      "role=Chair postIn=<https://w3id.org/diplograph/country/LAO>",
      "about Person mai-vong \"Mai Vong\"@en" },
    { "postholding-3 ", NULL } },
  { "A regnal number is part of a name; a name ending in one is the person named in full "
    "before; a head of a body is not the other side's counterpart of a monarch",
    "id",
    "Raja Swedia Carl XVI Gustaf tiba di Indonesia.\nKunjungan kenegaraan Raja Carl XVI ke "
    "Indonesia berlangsung tiga hari.\nIa bertemu Kepala Badan Riset, Budi Santoso.\n",
    { "about Person carl-xvi-gustaf \"Carl XVI Gustaf\"@id",
      "role=Head postIn=<https://w3id.org/diplograph/country/SWE>",
      "StateVisit w1-visit-1 visitor=carl-xvi-gustaf" },
    { "about Person carl-xvi \"", "role=Head date=2024-11-01 postIn=" } },
  { "\"of STATE\" after a titled name is whose post it is; a monarch's one name with it is a "
    "name",
    "en",
    "King Philippe of Belgium met Prime Minister Kaja Tamm of Estonia.\nQueen Margrethe II of "
    "Denmark sent a message.\n",
    { "about Person philippe \"Philippe\"@en",
      "role=Head postIn=<https://w3id.org/diplograph/country/BEL>",
      "role=PrimeMinister postIn=<https://w3id.org/diplograph/country/EST>",
      "about Person margrethe-ii \"Margrethe II\"@en",
      "role=Head postIn=<https://w3id.org/diplograph/country/DNK>" },
    { NULL } },
  { "A title after \"and\" is no portfolio of the title before: both are the name's posts",
    "en",
    "Pakistan's Deputy Prime Minister and Foreign Minister Ali Khan met Wang Yi.\n",
    { "role=DeputyPrimeMinister postIn=<https://w3id.org/diplograph/country/PAK>",
      "role=ForeignMinister postIn=<https://w3id.org/diplograph/country/PAK>" },
    { "role=Minister postIn=" } },
  { "A name after a bare title and a comma, set off by another comma or the sentence's end, "
    "is the title's; not words of a portfolio, nor after an office's word",
    "id",
    "Juga hadir Menteri Perdagangan, Thomas Lembong, dan Menteri Luar Negeri, Budi Santoso, "
    "dalam penandatanganan itu.\nMenteri Luar Negeri, Tenaga Kerja, dan Perdagangan Tuvalu Ana "
    "Novak hadir.\nMereka bertemu di Kantor Perdana Menteri, Downing Street.\n",
    { "about Person thomas-lembong \"Thomas Lembong\"@id",
      "about Person budi-santoso \"Budi Santoso\"@id", "about Person ana-novak \"Ana Novak\"@id",
      "role=ForeignMinister postIn=<https://w3id.org/diplograph/country/TUV>" },
    { "about Person tenaga-kerja", "about Person downing-street" } },
  { "A body's acronym after a title is part of it, not the name",
    "id",
    "Presiden Indonesia Joko Widodo melakukan kunjungan kenegaraan ke Iran.\nPresiden Joko "
    "Widodo didampingi Menteri ESDM Arifin Tasrif dan Kepala BRIN Budi Handoko.\n",
    { "about Person budi-handoko \"Budi Handoko\"@id",
      "role=Head date=2024-11-01 postIn=<https://w3id.org/diplograph/country/IDN>" },
    { NULL } },
  { "A first name alone before a possessive is the one person named in full with it; bare, "
    "it is no one",
    "en",
    "Prime Minister Ali Rahman of Malaysia met President Kemal Aydin of Turkey in Ankara.\nThe "
    "documents were signed during Ali\u2019s three-day official visit to Turkey.\nKemal arrived in "
    "Hanoi on Monday.\n",
    { "OfficialVisit w1-officialvisit-1 visitor=ali-rahman "
      "host=<https://w3id.org/diplograph/country/TUR>" },
    { "visitor=kemal-aydin" } },
  { "A title and its state with no name is who the article named holding it; not where the "
    "sentence names who held it then",
    "id",
    "Menteri Luar Negeri Bangladesh Abdul Karim tiba di Jakarta, Senin (18/7/2022).\nSelama "
    "kunjungan tersebut, Menlu Bangladesh bertemu dengan Menteri Perdagangan RI Budi "
    "Santoso.\nPresiden Iran Ali Karimi tiba di Jakarta.\nKunjungan terakhir Presiden Iran ke "
    "Indonesia dilakukan pada April 2015, ketika Presiden Hassan Rahimi menghadiri konferensi.\n",
    { "participant=abdul-karim participant=budi-santoso" },
    { "startDate=2015" } },
  { "A surname before a name's suffix names the person alone",
    "id",
    "Presiden Filipina Jose Santos Jr. tiba di Kuala Lumpur.\nSantos akan bertemu Perdana "
    "Menteri Malaysia Ali Rahman.\n",
    { "participant=jose-santos-jr participant=ali-rahman" },
    { NULL } },
  { "\"Eropa\" is a portfolio word",
    "id",
    "Wakil Perdana Menteri, Menteri Luar Negeri dan Urusan Eropa Republik Slovenia Ana Novak "
    "tiba di Jakarta.\n",
    { "about Person ana-novak \"Ana Novak\"@id",
      "role=DeputyPrimeMinister postIn=<https://w3id.org/diplograph/country/SVN>",
      "role=ForeignMinister postIn=<https://w3id.org/diplograph/country/SVN>" },
    { NULL } },
  { "A delegation's state stops at an event or an invitation: the inviting country's prime "
    "minister is no delegate",
    "en",
    "A Vietnamese delegation arrived in Tallinn, starting an official visit to Estonia at the "
    "invitation of the country's Prime Minister Kaja Tamm.\n",
    { "about Person kaja-tamm \"Kaja Tamm\"@en" },
    { "role=PrimeMinister date=2024-11-01 postIn=<https://w3id.org/diplograph/country/VNM>",
      "role=PrimeMinister postIn=<https://w3id.org/diplograph/country/VNM>" } },
  { "A name ending as a counterpart's may be the same person: no post in the other state; a "
    "gazetteer name's last word is the last as the text splits words (el-Sisi: Sisi)",
    "en",
    "Indian Prime Minister Ravi Kumar met visiting Philippine President Jose Santos Jr. in "
    "Delhi.\nPresident Santos Jr's visit coincides with the anniversary.\nEgyptian President "
    "Abdel Fattah el-Sisi sent a message.\nPresident Sisi met Prime Minister Ravi Kumar in "
    "Cairo.\n",
    { "role=President postIn=<https://w3id.org/diplograph/country/PHL>",
      "participant=<https://w3id.org/diplograph/person/abdel-fattah-el-sisi> "
      "participant=ravi-kumar" },
    { "role=President date=2024-11-01 postIn=<https://w3id.org/diplograph/country/IND>",
      "about Person sisi" } },
  { "A shortened title in parentheses after the title is part of it",
    "id",
    "Usai pertemuan, Menteri Luar Negeri (Menlu) Vietnam Tran Van Hoa dan Menteri Luar Negeri "
    "(Menlu) Indonesia Budi Santoso menyampaikan hal itu.\nMenteri Luar Negeri (Menlu) Retno "
    "Marsudi hadir.\n",
    { "role=ForeignMinister postIn=<https://w3id.org/diplograph/country/VNM>",
      "role=ForeignMinister postIn=<https://w3id.org/diplograph/country/IDN>",
      "about budi-santoso\n  holds=",
      "about <https://w3id.org/diplograph/person/retno-marsudi>\n  holds=" },
    { NULL } },
};

static void
test_title_cases (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (title_cases); i++)
    {
      const NameCase *c = &title_cases[i];
      g_autofree char *out = extract_world (o, c->lang, NULL, c->text);

      g_test_message ("%s", c->why);
      for (guint k = 0; k < G_N_ELEMENTS (c->has) && c->has[k]; k++)
        assert_has (out, c->has[k]);
      for (guint k = 0; k < G_N_ELEMENTS (c->lacks) && c->lacks[k]; k++)
        if (strstr (out, c->lacks[k]))
          g_error ("%s: \"%s\" in:\n%s", c->why, c->lacks[k], out);
    }
}

/* A title with no state before a leader the world gazetteer knows takes
 * the state of their post (ontology/world/leaders.tsv), by any of their
 * names; the person is the world's, so articles merge on them. */
static void
test_world_leaders (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autofree char *en = extract_dated (
      o, "en",
      "Prime Minister Anthony Albanese welcomed President Joko Widodo in Sydney on Tuesday.\n",
      "l1", "2023-07-05");
  g_autofree char *id = extract_dated (
      o, "id",
      "Presiden Jokowi menerima Perdana Menteri Anwar Ibrahim di Istana Bogor pada Senin.\n", "l2",
      "2023-06-12");

  assert_has (en,
              "about Person <https://w3id.org/diplograph/person/joko-widodo> \"Joko Widodo\"@en");
  assert_has (en, "role=PrimeMinister postIn=<https://w3id.org/diplograph/country/AUS>");
  assert_has (en, "role=President postIn=<https://w3id.org/diplograph/country/IDN>");
  assert_has (id, "role=President postIn=<https://w3id.org/diplograph/country/IDN>");
  assert_has (id, "role=PrimeMinister postIn=<https://w3id.org/diplograph/country/MYS>");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract-names/counterpart", test_counterpart);
  g_test_add_func ("/extract-names/titles", test_titles);
  g_test_add_func ("/extract-names/title-cases", test_title_cases);
  g_test_add_func ("/extract-names/world-leaders", test_world_leaders);
  return g_test_run ();
}
