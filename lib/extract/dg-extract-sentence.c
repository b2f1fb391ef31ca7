/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-extract-private.h"
#include "dg-text-private.h"

/* One sentence of an article: the entities it names, the posts its titles
 * give, and the candidate facts its trigger words propose, each filled by
 * the frame of its class (see ontology/diplograph-lexicon.ttl).  The rules
 * are patterns of news language, not of one text:
 *   - a title before a name is a post held ("Perdana Menteri Fumio Kishida");
 *   - a capitalised name whose first or last word is a head word is a new
 *     entity of the head word's class ("Kementerian Luar Negeri ...");
 *   - a trigger word proposes a fact of its class; actors before it are its
 *     subject, after it its object; a marker word ties the entity after it
 *     to a relation ("di", "ke" before a place);
 *   - leaders act for their states where a relation takes states;
 *   - "the two countries" names the article's two main states. */

/* Longer sentences are read in windows of this many words, so that the
 * work stays linear in a text with no sentence breaks. */
#define WINDOW 160

/* How far into a sentence a dateline's dash may stand. */
#define DATELINE_BYTES 60

/* Is @s, a sentence's first window, a link to another article ("Baca
 * juga: ...", "Read more: ...": dg:linkPhrase and a colon)? */
static gboolean
link_line (DgArticle *a, const DgSentence *s)
{
  const DgLexHit *hit
      = s->words == (DgWord *)a->words->data ? dg_sentence_hit (s, 0, DG_LEX_LINK) : NULL;

  return hit && hit->len < s->n_words && s->words[hit->len].gap == ':';
}

/* Is @e a state, or a place that stands for one (a city)? */
static gboolean
place_like (DgArticle *a, int e)
{
  return dg_article_is_state (a, e)
         || (!dg_article_is_person (a, e) && dg_article_entity (a, e)->stands_for >= 0
             && dg_article_is_state (a, dg_article_entity (a, e)->stands_for));
}

/* A dateline ("New York, IDN Times - ...", "LONDON (AA) – ..."): the
 * capitalised words before a spaced dash within a sentence's first words,
 * a place first, name where a report was filed, not who acted in it.  Its
 * mentions are none of the sentence's actors. */
static void
dateline (DgArticle *a, const DgSentence *s)
{
  const char *text = s->text + s->words[0].start;
  guint k = 0;
  const char *dash = NULL;

  if (s->words != (DgWord *)a->words->data)
    return;
  for (const char *p = text; *p && p < text + DATELINE_BYTES && !dash; p++)
    if (p[0] == ' '
        && (g_str_has_prefix (p + 1, "- ") || g_str_has_prefix (p + 1, "\xe2\x80\x93 ")
            || g_str_has_prefix (p + 1, "\xe2\x80\x94 ")))
      dash = p;
  if (!dash)
    return;
  for (k = 0; k < s->n_words && s->text + s->words[k].start < dash; k++)
    if (!(s->words[k].flags & DG_WORD_CAPITAL))
      return; /* "Both countries will also discuss ... - ": no dateline */
  /* A place, or a state, begins it ("KTT ASEAN - Korea ke-26", a caption,
   * is none). */
  if (a->mentions->len == 0 || g_array_index (a->mentions, DgMention, 0).first != 0
      || !place_like (a, g_array_index (a->mentions, DgMention, 0).entity))
    return;
  for (guint m = 0; m < a->mentions->len; m++)
    {
      DgMention *mention = &g_array_index (a->mentions, DgMention, m);
      if (mention->last <= k)
        mention->of_title = TRUE;
    }
}

static void
read_window (DgArticle *a, const char *sentence, DgSentence *s, DgPass pass)
{
  dg_lexicon_find (a->cx->lexicon, s);
  if (link_line (a, s))
    return;
  dg_extract_find_mentions (a, s, sentence, pass);
  dateline (a, s);
  if (pass == DG_PASS_NAMES)
    return;
  for (guint i = 0; i < a->amounts->len; i++)
    dg_amount_clear (&g_array_index (a->amounts, DgAmount, i));
  g_array_set_size (a->dates, 0);
  g_array_set_size (a->amounts, 0);
  dg_values_find (a->cx->lexicon, s, &a->today, a->dates, a->amounts);
  if (pass == DG_PASS_FACTS)
    {
      dg_extract_propose (a, s, sentence);
      return;
    }
  for (guint m = 0; m < a->mentions->len; m++)
    {
      DgEntity *e = dg_article_entity (a, g_array_index (a->mentions, DgMention, m).entity);
      if (!e->lead++)
        e->lead_first = a->n_lead++;
      /* "General Secretary To Lam visits Korea" is about Vietnam too. */
      if (e->stands_for >= 0 && !dg_article_entity (a, e->stands_for)->lead++)
        dg_article_entity (a, e->stands_for)->lead_first = a->n_lead++;
    }
  /* An article given no date takes its dateline's: the first full date of
   * its lead. */
  for (guint i = 0; i < a->dates->len && !a->today.year; i++)
    {
      const DgDateSpan *d = &g_array_index (a->dates, DgDateSpan, i);
      if (d->start.day && d->start.year)
        a->today = d->start;
    }
}

void
dg_extract_sentence (DgArticle *a, guint index, gsize start, gsize end, DgPass pass)
{
  DgSentence s = { a->text, NULL, 0, a->hits, a->index };
  g_autofree char *sentence = NULL;

  a->sentence = index;
  g_array_set_size (a->words, 0);
  dg_words_split (a->cx->words, a->text, start, end, a->words);
  if (a->words->len == 0)
    return;
  sentence = dg_extract_normalise (a->text, start, end);
  for (guint w = 0; w < a->words->len; w += WINDOW)
    {
      s.words = &g_array_index (a->words, DgWord, w);
      s.n_words = MIN (WINDOW, a->words->len - w);
      read_window (a, sentence, &s, pass);
    }
}

/* Does the lead name @e more than @other, or as often and first? */
static gboolean
before (const DgEntity *e, const DgEntity *other)
{
  return e->lead > other->lead || (e->lead == other->lead && e->lead_first < other->lead_first);
}

/* The two entities of @klass the lead names most (ties: the first named). */
void
dg_extract_main_pair (DgArticle *a, DgTerm *klass, int pair[2])
{
  pair[0] = pair[1] = -1;
  if (!klass)
    return;
  for (guint i = 0; i < a->entities->len; i++)
    {
      DgEntity *e = dg_article_entity (a, (int)i);
      if (!e->lead || !e->klass || !dg_term_is_a (e->klass, klass))
        continue;
      if (pair[0] < 0 || before (e, dg_article_entity (a, pair[0])))
        {
          pair[1] = pair[0];
          pair[0] = (int)i;
        }
      else if (pair[1] < 0 || before (e, dg_article_entity (a, pair[1])))
        pair[1] = (int)i;
    }
}
