/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-extract-private.h"
#include "dg-text-private.h"

/* The dates and amounts of a candidate fact: which of its sentence's
 * dates and amounts are its own, and the day of what an article reports
 * when its sentence dates nothing. */

#define trigger_between dg_extract_trigger_between

/* Is word @k inside parentheses the sentence opened before it? */
gboolean
dg_extract_in_parentheses (const DgSentence *s, guint k)
{
  int depth = 0;

  for (const char *p = s->text + s->words[0].start; p < s->text + s->words[k].start; p++)
    depth += *p == '(' ? 1 : *p == ')' && depth > 0 ? -1 : 0;
  return depth > 0;
}

/* Is a word of @kind in [from, to)? */
gboolean
dg_extract_word_between (const DgSentence *s, DgLexKind kind, guint from, guint to)
{
  for (guint k = from; k < to; k++)
    if (dg_sentence_hit (s, k, kind))
      return TRUE;
  return FALSE;
}

const DgLexHit *
dg_extract_hit_before (const DgSentence *s, DgLexKind kind, guint at)
{
  for (guint k = at >= 8 ? at - 8 : 0; k < at; k++)
    {
      const DgLexHit *hit = dg_sentence_hit (s, k, kind);

      if (hit && k + hit->len == at)
        return hit;
    }
  return NULL;
}

gboolean
dg_extract_no_actor_before (const DgSentence *s, guint at)
{
  return dg_extract_hit_before (s, DG_LEX_NOT_ACTOR, at)
         || dg_extract_hit_before (s, DG_LEX_MEMORIAL, at);
}

/* The date of the trigger [at, end): the first after it, or the last
 * before it, that no other trigger stands between.  Of an event (@moment),
 * not a date after "since" ("visit ... since he took office in 2015"):
 * that dates what has lasted since; of none, a date after a word of
 * saying ("kata Retno di Hanoi, Rabu 12 September 2018"): the saying's. */
static const DgDateSpan *
date_near (DgArticle *a, const DgSentence *s, guint at, guint end, gboolean moment)
{
  const DgDateSpan *before = NULL;

  for (guint i = 0; i < a->dates->len; i++)
    {
      const DgDateSpan *d = &g_array_index (a->dates, DgDateSpan, i);
      if (d->first >= end)
        return trigger_between (a, end, d->first)
                       || (moment && dg_extract_word_between (s, DG_LEX_SINCE, end, d->first + 1))
                       || dg_extract_word_between (s, DG_LEX_SAID, end, d->first)
                   ? before
                   : d;
      if (d->last <= at && !trigger_between (a, d->last, at))
        before = d;
    }
  return before;
}

/* Is an amount of the sentence inside [from, to), other than one in
 * parentheses ("8,47 miliar dolar AS (Rp119,9 triliun)": the same)? */
static gboolean
amount_between (DgArticle *a, const DgSentence *s, guint from, guint to)
{
  for (guint i = 0; i < a->amounts->len; i++)
    {
      const DgAmount *m = &g_array_index (a->amounts, DgAmount, i);
      if (m->first >= from && m->last <= to && !dg_extract_in_parentheses (s, m->first))
        return TRUE;
    }
  return FALSE;
}

/* The date of an amount: the first after it, unless another amount comes
 * first ("$23.49 billion, up from $21.83 billion in 2021": 2021 is the
 * second's); else the last before it ("pada tahun 2024 mencapai 208,2
 * miliar USD dan FDI ... 7,6 miliar USD": both), unless an amount right
 * before that date has it ("8.47 billion in 2018 to 9.07 billion in 2019,
 * and 5.7 billion": 5.7 has none). */
static const DgDateSpan *
date_of_amount (DgArticle *a, const DgSentence *s, const DgAmount *amount)
{
  const DgDateSpan *before = NULL;

  for (guint i = 0; i < a->dates->len; i++)
    {
      const DgDateSpan *d = &g_array_index (a->dates, DgDateSpan, i);
      if (d->first >= amount->last)
        {
          if (!amount_between (a, s, amount->last, d->first)
              && !trigger_between (a, amount->last, d->first))
            return d;
          break;
        }
      if (d->last <= amount->first)
        before = d;
    }
  if (!before)
    return NULL;
  for (guint i = 0; i < a->amounts->len; i++)
    {
      const DgAmount *m = &g_array_index (a->amounts, DgAmount, i);
      if (m->last <= before->first && !dg_extract_in_parentheses (s, m->first)
          && !amount_between (a, s, m->last, before->first)
          && !trigger_between (a, m->last, before->first))
        return NULL; /* the date of the amount before it */
    }
  return before;
}

const DgAmount *
dg_extract_amount_near (DgArticle *a, guint at)
{
  const DgAmount *best = NULL;
  guint best_distance = G_MAXUINT;

  for (guint i = 0; i < a->amounts->len; i++)
    {
      const DgAmount *m = &g_array_index (a->amounts, DgAmount, i);
      guint d = m->first > at ? m->first - at : at - m->first;
      if (d < best_distance)
        {
          best = m;
          best_distance = d;
        }
    }
  return best;
}

/* The number word @k begins with ("70th", "70"), or 0. */
static int
leading_number (const DgSentence *s, guint k)
{
  int n = 0;

  for (guint b = s->words[k].start; b < s->words[k].end && g_ascii_isdigit (s->text[b]) && n < 1000;
       b++)
    n = n * 10 + (s->text[b] - '0');
  return n;
}

/* An anniversary in the seven words before the trigger at @at ("the 70th
 * founding anniversary of diplomatic relations in 2024", "the Golden
 * Jubilee of the establishment of diplomatic relations", "HUT ke-50
 * hubungan diplomatik", "70 tahun hubungan diplomatik"): how many years it
 * counts, 0 when it does not say, -1 when there is none. */
static int
anniversary_before (const DgSentence *s, guint at)
{
  for (guint k = at; k-- > 0 && k + 7 >= at;)
    {
      const DgLexHit *hit = dg_sentence_hit (s, k, DG_LEX_ANNIVERSARY);
      int n = 0;

      if (hit && k + hit->len <= at)
        {
          for (guint w = k; w-- > 0 && w + 2 >= k && !n;)
            n = leading_number (s, w);
          for (guint w = k + hit->len; w < at && w < k + hit->len + 2 && !n; w++)
            n = (s->words[w].flags & DG_WORD_NUMBER) ? leading_number (s, w) : 0;
          return n;
        }
      if ((hit = dg_sentence_hit (s, k, DG_LEX_YEARS)) && k + hit->len <= at && k > 0
          && (s->words[k - 1].flags & DG_WORD_NUMBER) && (n = leading_number (s, k - 1)) > 0
          && n < 1000)
        return n;
    }
  return -1;
}

/* Is @d a day of the week up to @today, or of its month when @today is
 * a month ("published=2021-09")? */
gboolean
dg_extract_in_last_week (const DgDate *today, const DgDate *d)
{
  GDate day, until;
  gint days;

  if (d->day && !today->day && today->month)
    return d->year == today->year && d->month == today->month;
  if (!d->day || !today->day || !g_date_valid_dmy (d->day, d->month, d->year)
      || !g_date_valid_dmy (today->day, today->month, today->year))
    return FALSE;
  g_date_clear (&day, 1);
  g_date_clear (&until, 1);
  g_date_set_dmy (&day, d->day, d->month, d->year);
  g_date_set_dmy (&until, today->day, today->month, today->year);
  days = g_date_days_between (&day, &until);
  return days >= 0 && days <= 7;
}

/* The dates of @c: a figure's date is the amount's ("8,47 miliar dolar AS
 * pada 2018 menjadi 9,07 miliar dolar AS pada 2019"), an event's its
 * trigger's; news reports what happened on its day, so an agreement
 * signed or a meeting held that its sentence dates nothing is the
 * article's, or the day of the week before that the article dates an
 * event first ("yesterday witnessed the signing of seven documents ...
 * Also signed was"): what it reports happened then.  Returns the slots
 * filled; the date found into @found. */
guint
dg_extract_fill_dates (DgArticle *a, const DgSentence *s, DgCandidate *c, const DgFrame *frame,
                       guint at, guint end, const DgAmount *amount, const DgDateSpan **found)
{
  const DgDateSpan *date = NULL;
  guint filled = 0;
  /* A relation's anniversary dates the anniversary, not the relation. */
  int years = (c->klass->flags & DG_TERM_POINT_IN_TIME) ? -1 : anniversary_before (s, at);

  if (years >= 0)
    {
      const DgDateSpan *then = amount ? NULL : date_near (a, s, at, end, FALSE);
      g_autofree char *began = NULL;

      /* A date the years lead from to the article's is the start itself
       * ("50th anniversary ... (March 30, 1973 - March 30, 2023)"), as a
       * range's start is; one near the article's is the anniversary's. */
      gboolean start = then && a->today.year
                       && (then->end.year
                           || (years > 0 && ABS (then->start.year + years - a->today.year) <= 1));

      if (years > 0 && then && !start && ABS (then->start.year - a->today.year) <= 2
          && frame->slot[DG_SLOT_DATE])
        {
          DgDate began_on = { then->start.year - years, 0, 0 };
          const char *why
              = "The year: the anniversary the sentence dates, less the years it counts.";

          began = dg_date_format (&began_on);
          dg_candidate_add_item (c, frame->slot[DG_SLOT_DATE], began);
          c->inferred = c->inferred ? g_strconcat (c->inferred, " ", why, NULL) : g_strdup (why);
          filled |= 1u << DG_SLOT_DATE;
        }
      if (!start)
        {
          *found = NULL;
          return filled;
        }
    }
  if ((frame->slot[DG_SLOT_DATE] || frame->slot[DG_SLOT_END]) && !a->no_dates
      && (date = amount
                     ? date_of_amount (a, s, amount)
                     : date_near (a, s, at, end, (c->klass->flags & DG_TERM_POINT_IN_TIME) != 0)))
    {
      g_autofree char *start = NULL;
      g_autofree char *until = date->end.year ? dg_date_format (&date->end) : NULL;
      DgDate day = date->start;

      /* "will visit Türkiye on Wednesday": a plan's weekday is the next. */
      if (date->weekday && c->status && dg_date_surely_before (&day, &a->today))
        {
          GDate d;
          g_date_set_dmy (&d, day.day, day.month, (GDateYear)day.year);
          g_date_add_days (&d, 7);
          day = (DgDate){ g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d) };
        }
      start = dg_date_format (&day);
      /* "left Hanoi on April 22, concluding his official visit": the one
       * day before is the end (dg:endWord, up to five words before the
       * trigger: "concluding their three-day official visit"). */
      if (start && !until && frame->slot[DG_SLOT_END] && date->last <= at
          && dg_extract_word_between (s, DG_LEX_END, at >= 5 ? at - 5 : 0, at))
        {
          dg_candidate_add_item (c, frame->slot[DG_SLOT_END], start);
          filled |= 1u << DG_SLOT_END;
        }
      else if (start && frame->slot[DG_SLOT_DATE])
        {
          dg_candidate_add_item (c, frame->slot[DG_SLOT_DATE], start);
          filled |= 1u << DG_SLOT_DATE;
          if ((frame->slot[DG_SLOT_ARTICLE_DATE] || frame->slot[DG_SLOT_END]) && !c->status
              && !a->news_day.year && !until && dg_extract_in_last_week (&a->today, &date->start))
            a->news_day = date->start;
        }
      if (until && frame->slot[DG_SLOT_END] && !dg_date_surely_before (&date->end, &date->start))
        {
          dg_candidate_add_item (c, frame->slot[DG_SLOT_END], until);
          filled |= 1u << DG_SLOT_END;
        }
    }
  /* A planned event did not happen on the article's day, nor surely one
   * within a longer one ("during the visit"); an article dated by its
   * month alone gives no day. */
  if (frame->slot[DG_SLOT_ARTICLE_DATE] && !(filled & (1u << DG_SLOT_DATE)) && !a->no_dates
      && !c->status && a->today.year > 0 && (a->today.day > 0 || a->news_day.year > 0)
      && !dg_extract_word_between (s, DG_LEX_WITHIN, 0, at))
    {
      g_autofree char *today = dg_date_format (a->news_day.year ? &a->news_day : &a->today);
      const char *why = a->news_day.year ? "The date is the one the article gives what it reports "
                                           "first: news reports what happened that day."
                                         : "The date is the article's: news reports what "
                                           "happened on its day.";

      dg_candidate_add_item (c, frame->slot[DG_SLOT_ARTICLE_DATE], today);
      g_free (c->date_assumed);
      c->date_assumed = g_strdup_printf (" %s=%s", frame->slot[DG_SLOT_ARTICLE_DATE]->local, today);
      c->inferred = c->inferred ? g_strconcat (c->inferred, " ", why, NULL) : g_strdup (why);
    }
  *found = date;
  return filled;
}

/* A figure's amount and unit, and what it measures (the words of the
 * trigger); returns the slots filled. */
guint
dg_extract_fill_amount (DgArticle *a, const DgSentence *s, DgCandidate *c, const DgFrame *frame,
                        guint at, guint end, const DgAmount *amount)
{
  guint filled = 0;

  if (frame->slot[DG_SLOT_AMOUNT])
    {
      if (!amount)
        amount = dg_extract_amount_near (a, at);
      if (amount)
        {
          dg_candidate_add_item (c, frame->slot[DG_SLOT_AMOUNT], amount->amount);
          filled |= 1u << DG_SLOT_AMOUNT;
          if (amount->unit && frame->slot[DG_SLOT_UNIT])
            {
              GString *v = g_string_new (NULL);
              dg_text_append_quoted (v, amount->unit);
              dg_candidate_add_item (c, frame->slot[DG_SLOT_UNIT], v->str);
              g_string_free (v, TRUE);
            }
        }
    }
  if (frame->slot[DG_SLOT_METRIC] && end > at)
    {
      g_autofree char *metric = dg_extract_span_text (s, at, end);
      GString *v = g_string_new (NULL);
      dg_text_append_quoted (v, metric);
      g_string_append_printf (v, "@%s", a->language);
      dg_candidate_add_item (c, frame->slot[DG_SLOT_METRIC], v->str);
      g_string_free (v, TRUE);
    }
  return filled;
}
