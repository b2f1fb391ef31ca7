/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Who acts in news text (lib/extract/dg-extract-actors.c and the lexicon
 * it reads): who makes a visit, who a marker names, and which places are
 * no party. */
#include "config.h"

#include "extract-util.h"

/* Who owns a visit makes it ("Abiy's state visit", "the Ethiopian
 * leader's state visit"), whoever else the sentence names; an owner of
 * something else after the trigger ("after Omar Said's trip"), or the
 * subject of another trigger, is no host. */
static const Case owners[] = {
  { "en",
    "2024-02-28",
    "Kenyan President Daniel Kiprop welcomed Ethiopian Prime Minister Abiy Tesfaye in Nairobi on "
    "Wednesday, marking the Ethiopian leader\u2019s inaugural state visit to Kenya.\n",
    { "StateVisit d1-statevisit-1 visitor=abiy-tesfaye "
      "host=<https://w3id.org/diplograph/country/KEN>" },
    { "visitor=daniel-kiprop" } },
  { "en",
    "2024-02-28",
    "Kenyan President Daniel Kiprop welcomed Ethiopian Prime Minister Abiy Tesfaye on Wednesday, "
    "marking Abiy's state visit to Kenya.\n",
    { "StateVisit d1-statevisit-1 visitor=abiy-tesfaye "
      "host=<https://w3id.org/diplograph/country/KEN>" },
    { "visitor=daniel-kiprop" } },
  { "en",
    "2022-12-08",
    "President Li Wei of China arrived in Riyadh on Wednesday.\nChina and Saudi Arabia signed "
    "deals.\nThe Chinese leader's visit comes three months after US President Joe Biden visited "
    "the kingdom.\n",
    { "Visit d1-visit-1 visitor=li-wei host=<https://w3id.org/diplograph/country/SAU>" },
    { "host=<https://w3id.org/diplograph/country/USA>" } },
  { "en",
    "2022-12-08",
    "President Li Wei of China arrived in Riyadh on Wednesday.\nChina and Saudi Arabia signed "
    "deals.\nThe Chinese leader's visit comes after US President Joe Biden's trip.\n",
    { "Visit d1-visit-1 visitor=li-wei host=<https://w3id.org/diplograph/country/SAU>" },
    { "host=<https://w3id.org/diplograph/country/USA>" } },
};

/* "by" (dg:marker of the visitor) after a visit's noun: who makes it,
 * their title and its state passed over; after a word of welcoming, who
 * welcomes, no visitor. */
static const Case by_whom[] = {
  { "en",
    "2019-07-01",
    "The official visit to Vietnam by Armenian Prime Minister Aram Petrosyan from July 4-7 is a "
    "boost.\n",
    { "host=<https://w3id.org/diplograph/country/VNM>", "visitor=aram-petrosyan "
                                                        "startDate=2019-07-04 endDate=2019-07-07" },
    { "status=Planned" } },
  /* "upcoming" is a plan's word. */
  { "en",
    "2019-07-01",
    "The upcoming official visit to Vietnam by Armenian Prime Minister Aram Petrosyan from July "
    "4-7 is a boost.\n",
    { "visitor=aram-petrosyan status=Planned" },
    { NULL } },
  { "id",
    "2024-11-14",
    "Presiden Chile Rosa Vidal tiba di Lima dan disambut hangat oleh Kepala Protokol Negara Peru, "
    "Luis Escalante.\n",
    { "Visit d1-visit-1 visitor=rosa-vidal host=<https://w3id.org/diplograph/country/PER>" },
    { "visitor=luis-escalante" } },
};

static void
test_by_whom (void)
{
  check_cases (by_whom, G_N_ELEMENTS (by_whom));
}

static void
test_owners (void)
{
  check_cases (owners, G_N_ELEMENTS (owners));
}

/* Places a marker names past another trigger are no parties, nor the
 * places set off by commas after them, a state among them. */
static const Case places[] = {
  /* The places a place's marker lists, set off by commas, a state among
   * them, are no parties either. */
  { "id",
    "2024-09-24",
    "Menteri Luar Negeri Irak Fuad Hussein menandatangani perjanjian bebas visa dengan Menteri "
    "Luar Negeri Indonesia Retno Marsudi di Markas Besar PBB, New York, Amerika Serikat (AS), "
    "Senin (23/9/2024).\n",
    { "party=<https://w3id.org/diplograph/country/IRQ> "
      "party=<https://w3id.org/diplograph/country/IDN>" },
    { "country/USA>" } },
};

static void
test_places (void)
{
  check_cases (places, G_N_ELEMENTS (places));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract-actors/owners", test_owners);
  g_test_add_func ("/extract-actors/by-whom", test_by_whom);
  g_test_add_func ("/extract-actors/places", test_places);
  return g_test_run ();
}
