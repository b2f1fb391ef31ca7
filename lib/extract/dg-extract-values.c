/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dg-extract-values-private.h"

/* The value of word @i when it is a whole number of at most @digits
 * digits, or -1. */
static int
whole (const DgSentence *s, guint i, guint min_digits, guint max_digits)
{
  const DgWord *w;
  guint n;

  if (i >= s->n_words)
    return -1;
  w = &s->words[i];
  n = w->end - w->start;
  if (!(w->flags & DG_WORD_NUMBER) || n < min_digits || n > max_digits)
    return -1;
  for (guint k = w->start; k < w->end; k++)
    if (!g_ascii_isdigit (s->text[k]))
      return -1;
  return atoi (s->text + w->start);
}

static int
day_at (const DgSentence *s, guint i)
{
  int d = whole (s, i, 1, 2);
  return d >= 1 && d <= 31 ? d : -1;
}

static int
year_at (const DgSentence *s, guint i)
{
  int y = whole (s, i, 4, 4);
  return y >= 1800 && y <= 2199 ? y : -1;
}

static int
month_at (const DgSentence *s, guint i, guint *len)
{
  const DgLexHit *hit = dg_sentence_hit (s, i, DG_LEX_MONTH);

  if (!hit)
    return -1;
  *len = hit->len;
  return hit->entry->number;
}

/* A second day after a range word or a dash: "7 hingga 9", "10-13". */
static int
range_end (const DgSentence *s, guint *j)
{
  const DgLexHit *hit = dg_sentence_hit (s, *j, DG_LEX_RANGE);
  int d;

  if (hit && (d = day_at (s, *j + hit->len)) > 0)
    {
      *j += hit->len + 1;
      return d;
    }
  /* "19-21", "19 – 21" (a spaced dash: '|') */
  if (*j < s->n_words
      && (s->words[*j].gap == '-' || s->words[*j].gap == '~' || s->words[*j].gap == '|')
      && (d = day_at (s, *j)) > 0)
    {
      *j += 1;
      return d;
    }
  return -1;
}

static DgDate
make_date (int year, int month, int day)
{
  DgDate d = { year, (guint8)month, (guint8)day };
  return d;
}

static gboolean
valid (const DgDate *d)
{
  return d->year > 0 && d->month <= 12
         && (d->day == 0
             || (d->month > 0
                 && g_date_valid_dmy ((GDateDay)d->day, (GDateMonth)d->month, (GDateYear)d->year)));
}

/* Ends a date of month @m, day @d (and @d2 for a range) with the year at
 * word @j, after a year word maybe ("26 Februari tahun 1973"), or
 * @today's; returns the word after it. */
static guint
with_year (const DgSentence *s, guint j, const DgDate *today, int m, int d, int d2,
           DgDateSpan *span)
{
  const DgLexHit *word = dg_sentence_hit (s, j, DG_LEX_YEAR);
  int y = year_at (s, j);

  if (y <= 0 && word && (y = year_at (s, j + word->len)) > 0)
    j += word->len;
  if (y > 0)
    j++;
  else
    y = today->year;
  span->start = make_date (y, m, d);
  if (d2 > 0)
    span->end = make_date (y, m, d2);
  return j;
}

/* Day-first ("27 November 2023"), month-first ("November 27, 2023"),
 * month and year, or numeric; the first word is @i. */
static guint
date_at (DgLexicon *lexicon, const DgSentence *s, guint i, const DgDate *today, DgDateSpan *span)
{
  guint j, len = 0;
  int d, d2 = -1, m, y;

  memset (span, 0, sizeof *span);
  span->first = i;
  if ((d = day_at (s, i)) > 0)
    {
      j = i + 1;
      /* Numeric: 13/8/2025. */
      if (j + 1 < s->n_words && s->words[j].gap == '/' && s->words[j + 1].gap == '/'
          && (m = whole (s, j, 1, 2)) > 0 && (y = year_at (s, j + 1)) > 0)
        {
          gboolean mdy = dg_lexicon_month_first (lexicon);
          if ((mdy ? d : m) > 12)
            return 0;
          span->start = make_date (y, mdy ? d : m, mdy ? m : d);
          return j + 2;
        }
      d2 = range_end (s, &j);
      if ((m = month_at (s, j, &len)) < 0)
        return 0;
      j += len;
      return with_year (s, j, today, m, d, d2, span);
    }
  if ((m = month_at (s, i, &len)) > 0)
    {
      j = i + len;
      if ((d = day_at (s, j)) > 0)
        {
          j++;
          d2 = range_end (s, &j);
          return with_year (s, j, today, m, d, d2, span);
        }
      if ((y = year_at (s, j)) > 0)
        {
          span->start = make_date (y, m, 0);
          return j + 1;
        }
    }
  return 0;
}

/* The digits of number word @w with "." as its decimal point and no
 * grouping, or NULL: with "," as the decimal mark, "1.000" groups and
 * "13,8" is 13.8. */
static char *
number_text (const char *s, gsize len, char mark)
{
  GString *out = g_string_new (NULL);
  char group = mark == ',' ? '.' : ',';
  gboolean point = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      if (s[i] == group)
        {
          /* A group is three digits. */
          gsize k = i + 1;
          while (k < len && g_ascii_isdigit (s[k]))
            k++;
          if (k - i - 1 != 3 || point)
            goto bad;
        }
      else if (s[i] == mark)
        {
          if (point)
            goto bad;
          point = TRUE;
          g_string_append_c (out, '.');
        }
      else
        g_string_append_c (out, s[i]);
    }
  return g_string_free (out, FALSE);
bad:
  g_string_free (out, TRUE);
  return NULL;
}

/* @number times ten to @exp, as an xsd:decimal in canonical form. */
static char *
scale (const char *number, int exp)
{
  const char *dot = strchr (number, '.');
  GString *digits = g_string_new (NULL);
  int point;
  GString *out;

  for (const char *p = number; *p; p++)
    if (*p != '.')
      g_string_append_c (digits, *p);
  point = (dot ? (int)(dot - number) : (int)strlen (number)) + exp;
  while ((int)digits->len < point)
    g_string_append_c (digits, '0');
  out = g_string_new (NULL);
  g_string_append_len (out, digits->str, point);
  if ((gsize)point < digits->len)
    {
      g_string_append_c (out, '.');
      g_string_append (out, digits->str + point);
      while (out->str[out->len - 1] == '0')
        g_string_truncate (out, out->len - 1);
      if (out->str[out->len - 1] == '.')
        g_string_truncate (out, out->len - 1);
    }
  while (out->len > 1 && out->str[0] == '0' && out->str[1] != '.')
    g_string_erase (out, 0, 1);
  g_string_free (digits, TRUE);
  return g_string_free (out, FALSE);
}

/* Is the number at word @j written with a minus sign ("-5 persen",
 * "−2,3 miliar"), not a hyphen between it and the word before ("2020-2025")? */
static gboolean
minus_before (const DgSentence *s, guint j)
{
  const char *text = s->text;
  gsize at = s->words[j].start, sign;

  if (at >= 1 && text[at - 1] == '-')
    sign = 1;
  else if (at >= 3 && memcmp (text + at - 3, "\xE2\x88\x92", 3) == 0) /* U+2212 */
    sign = 3;
  else
    return FALSE;
  return at == sign || g_ascii_isspace (text[at - sign - 1]) || text[at - sign - 1] == '(';
}

/* "13,8 miliar dolar AS", "USD 150 miliar", "5 persen": a number with a
 * multiplier or a unit (a bare number is too often something else). */
static guint
amount_at (DgLexicon *lexicon, const DgSentence *s, guint i, DgAmount *amount)
{
  const DgLexHit *unit = NULL, *mult;
  g_autofree char *number = NULL;
  const char *symbol;
  gboolean negative;
  guint j = i;

  memset (amount, 0, sizeof *amount);
  if ((unit = dg_sentence_hit (s, j, DG_LEX_VALUE)) && unit->entry->term)
    j += unit->len;
  if (j >= s->n_words || !(s->words[j].flags & DG_WORD_NUMBER))
    return 0;
  number = number_text (s->text + s->words[j].start, s->words[j].end - s->words[j].start,
                        dg_lexicon_get_decimal_mark (lexicon));
  if (!number)
    return 0;
  negative = minus_before (s, j);
  symbol = unit ? NULL : dg_lexicon_symbol_before (lexicon, s->text, s->words[j].start);
  j++;
  mult = dg_sentence_hit (s, j, DG_LEX_MULTIPLIER);
  if (mult)
    j += mult->len;
  if (!unit && (unit = dg_sentence_hit (s, j, DG_LEX_VALUE)))
    j += unit->len;
  if (!mult && !unit && !symbol)
    return 0;
  amount->first = i;
  amount->last = j;
  amount->amount = scale (number, mult ? mult->entry->number : 0);
  if (negative && strcmp (amount->amount, "0") != 0)
    {
      char *signed_amount = g_strconcat ("-", amount->amount, NULL);
      g_free (amount->amount);
      amount->amount = signed_amount;
    }
  amount->unit = unit ? unit->entry->value : symbol;
  amount->scaled = mult != NULL;
  return j;
}

/* The day a relative-day word (its offset) or a weekday (the latest such
 * day up to the article's date, as news means "on Monday") names; FALSE
 * when the article has no full date. */
static gboolean
day_from (const DgDate *today, const DgLexHit *hit, DgDate *out)
{
  GDate d;
  int offset = hit->entry->number;

  if (!today->year || !today->day
      || !g_date_valid_dmy (today->day, today->month, (GDateYear)today->year))
    return FALSE;
  g_date_set_dmy (&d, today->day, today->month, (GDateYear)today->year);
  if (hit->entry->kind == DG_LEX_WEEKDAY)
    offset = -(((int)g_date_get_weekday (&d) - hit->entry->number + 7) % 7);
  if (offset < 0)
    g_date_subtract_days (&d, (guint)-offset);
  else
    g_date_add_days (&d, (guint)offset);
  *out = (DgDate){ g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d) };
  return TRUE;
}

void
dg_values_find (DgLexicon *lexicon, const DgSentence *s, const DgDate *today, GArray *dates,
                GArray *amounts)
{
  for (guint i = 0; i < s->n_words;)
    {
      DgDateSpan span;
      DgAmount amount;
      const DgLexHit *hit;
      guint next;
      int y;

      /* "tahun lalu", "last year": a year counted from the article's. */
      if ((hit = dg_sentence_hit (s, i, DG_LEX_RELATIVE_YEAR)) && today->year > 0)
        {
          span = (DgDateSpan){
            i, i + hit->len, { today->year + hit->entry->number, 0, 0 }, { 0 }, FALSE
          };
          g_array_append_val (dates, span);
          i += hit->len;
          continue;
        }
      /* "kemarin", "on Monday": a day counted from the article's date. */
      if ((hit = dg_sentence_hit (s, i, DG_LEX_RELATIVE_DAY))
          || (hit = dg_sentence_hit (s, i, DG_LEX_WEEKDAY)))
        {
          DgDateSpan given;

          /* "Selasa 5 Juni 2018", "Tuesday, June 5", "Kamis (6/9)": the
           * date after the weekday is the day. */
          if (hit->entry->kind == DG_LEX_WEEKDAY && i + hit->len < s->n_words
              && date_at (lexicon, s, i + hit->len, today, &given) > 0)
            {
              i += hit->len;
              continue;
            }
          if (day_from (today, hit, &span.start))
            {
              span = (DgDateSpan){
                i, i + hit->len, span.start, { 0 }, hit->entry->kind == DG_LEX_WEEKDAY
              };
              g_array_append_val (dates, span);
            }
          i += hit->len;
          continue;
        }
      if ((hit = dg_sentence_hit (s, i, DG_LEX_TODAY)))
        {
          if (today->year)
            {
              span = (DgDateSpan){ i, i + hit->len, *today, { 0 }, FALSE };
              g_array_append_val (dates, span);
            }
          i += hit->len;
          continue;
        }
      if ((next = date_at (lexicon, s, i, today, &span)) > 0)
        {
          span.last = next;
          if (valid (&span.start) && (!span.end.year || valid (&span.end)))
            g_array_append_val (dates, span);
          i = next;
          continue;
        }
      if ((hit = dg_sentence_hit (s, i, DG_LEX_YEAR)) && (y = year_at (s, i + hit->len)) > 0)
        {
          span = (DgDateSpan){ i, i + hit->len + 1, { y, 0, 0 }, { 0 }, FALSE };
          g_array_append_val (dates, span);
          i += hit->len + 1;
          continue;
        }
      if ((next = amount_at (lexicon, s, i, &amount)) > 0)
        {
          const DgAmount *before
              = amounts->len ? &g_array_index (amounts, DgAmount, amounts->len - 1) : NULL;

          /* "$11.13 billion and 12.35 billion": an amount with no unit of
           * its own is in the one the amount before it is in. */
          if (!amount.unit && before && before->scaled)
            amount.unit = before->unit;
          g_array_append_val (amounts, amount);
          i = next;
          continue;
        }
      i++;
    }
}

void
dg_amount_clear (DgAmount *amount)
{
  g_clear_pointer (&amount->amount, g_free);
}

char *
dg_date_format (const DgDate *d)
{
  if (!valid (d))
    return NULL;
  if (!d->month)
    return g_strdup_printf ("%04d", d->year);
  if (!d->day)
    return g_strdup_printf ("%04d-%02d", d->year, d->month);
  return g_strdup_printf ("%04d-%02d-%02d", d->year, d->month, d->day);
}
