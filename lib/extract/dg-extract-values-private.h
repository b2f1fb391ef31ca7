/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-lexicon-private.h"
#include "dg-xsd-private.h"

G_BEGIN_DECLS

/* A date or a range of dates in a sentence: words [first, last); a year of
 * 0 is one neither the text nor the article's date gives. */
typedef struct
{
  guint first, last;
  DgDate start, end; /* end.year == 0 unless a range */
  gboolean weekday;  /* a weekday's name: the latest such day, or the next of a plan */
} DgDateSpan;

/* An amount: words [first, last); @amount an xsd:decimal lexical form. */
typedef struct
{
  guint first, last;
  char *amount;
  const char *unit; /* NULL when the text gives none */
  gboolean scaled;  /* with a multiplier ("miliar") */
} DgAmount;

/* Finds dates ("7 Maret 2024", "September 10, 2023", "dari 7 hingga 9
 * Maret 2024", "pada tahun 1973", "13/8/2025", "hari ini") and amounts
 * ("13,8 miliar dolar AS", "139 billion US dollars") in @s.  A date without
 * a year takes @today's year; "today" words give @today. */
G_GNUC_INTERNAL void dg_values_find (DgLexicon *lexicon, const DgSentence *s, const DgDate *today,
                                     GArray *dates, GArray *amounts);
G_GNUC_INTERNAL void dg_amount_clear (DgAmount *amount);
/* YYYY, YYYY-MM or YYYY-MM-DD; NULL for an unknown year or an impossible date. */
G_GNUC_INTERNAL char *dg_date_format (const DgDate *date);

G_END_DECLS
