/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-extract-private.h"

/* Who a candidate fact's frame takes: the actors around its trigger, the
 * entities marker words give, and a host where none is named.  See
 * doc/extract.md for the rules. */

gboolean
dg_extract_fits (DgArticle *a, int entity, DgTerm *rel)
{
  DgEntity *e = dg_article_entity (a, entity);
  return e->klass && dg_term_in_any (e->klass, rel->range);
}

gboolean
dg_extract_has_entity (GArray *taken, int e)
{
  for (guint i = 0; i < taken->len; i++)
    if (g_array_index (taken, int, i) == e)
      return TRUE;
  return FALSE;
}

/* Are mentions @m and @next one group ("Presiden A dan Perdana Menteri B"):
 * nothing between them but name connectors, titles and whose posts these
 * are? */
static gboolean
coordinated (DgArticle *a, const DgSentence *s, const DgMention *m, const DgMention *next)
{
  guint k = m->last;

  while (k < next->first)
    {
      const DgLexHit *hit = dg_sentence_hit (s, k, DG_LEX_CONNECTOR);
      if (!hit)
        hit = dg_sentence_hit (s, k, DG_LEX_TITLE);
      if (hit)
        {
          k += hit->len;
          continue;
        }
      {
        gboolean of = FALSE;
        for (guint i = 0; i < a->mentions->len && !of; i++)
          {
            const DgMention *o = &g_array_index (a->mentions, DgMention, i);
            if (o->of_title && o->first == k)
              {
                k = o->last;
                of = TRUE;
              }
          }
        if (!of)
          return FALSE;
      }
    }
  return k == next->first;
}

/* Does @entity fit @rel, and the class @only the frame asks of it? */
static gboolean
fits_only (DgArticle *a, int entity, DgTerm *rel, DgTerm *only)
{
  return dg_extract_fits (a, entity, rel)
         && (!only || dg_term_is_a (dg_article_entity (a, entity)->klass, only));
}

/* The actors of [from, to) that @rel takes: leaders before their states
 * when both fit (news names who acted), and a leader's state where only
 * states fit. */
GArray *
dg_extract_actors (DgArticle *a, const DgSentence *s, DgTerm *rel, DgTerm *only, guint from,
                   guint to, int self, gboolean for_state, gboolean first_group, gboolean nearest,
                   GArray *taken)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (int));
  gboolean people = FALSE;
  const DgMention *last = NULL, *seen = NULL;

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < a->mentions->len; i++)
      {
        const DgMention *m = &g_array_index (a->mentions, DgMention, i);
        int e = m->entity;
        gboolean dup = FALSE;

        if (m->of_title || m->first < from || m->last > to || e == self
            || dg_extract_has_entity (taken, e))
          continue;
        if (pass == 0)
          {
            if (dg_article_is_person (a, e) && fits_only (a, e, rel, only))
              people = TRUE;
            continue;
          }
        /* The object is the first group after the trigger, even where
         * none of it fits ("visiting Tokyo ... the Philippines"). */
        if (nearest && seen && !coordinated (a, s, seen, m))
          break;
        /* "... three months after Joe Biden's trip", "... after US
         * President Joe Biden visited Riyadh": an owner of something else,
         * or the subject of another trigger, is no object of this. */
        if (nearest && m->last < s->n_words
            && (dg_extract_possessive_at (s, m->last)
                || dg_sentence_hit (s, m->last, DG_LEX_TRIGGER)))
          break;
        seen = m;
        /* A place acts for the state it stands for ("Seoul said"); a
         * person, where only a state fits. */
        if (dg_article_entity (a, e)->stands_for >= 0
            && (!dg_article_is_person (a, e)
                || ((for_state || only) && !fits_only (a, e, rel, only))))
          e = dg_article_entity (a, e)->stands_for;
        if (!fits_only (a, e, rel, only) || e == self || dg_extract_has_entity (taken, e)
            || (people && !dg_article_is_person (a, e)))
          continue;
        /* The subject is the sentence's first group of actors. */
        if (first_group && last && !coordinated (a, s, last, m))
          break;
        last = m;
        for (guint k = 0; k < out->len && !dup; k++)
          dup = g_array_index (out, int, k) == e;
        if (!dup)
          g_array_append_val (out, e);
      }
  return out;
}

void
dg_extract_add_actors (DgArticle *a, DgCandidate *c, DgTerm *rel, GArray *list)
{
  for (guint i = 0; i < list->len; i++)
    dg_candidate_add_item (c, rel, dg_article_entity (a, g_array_index (list, int, i))->ref);
}

gboolean
dg_extract_trigger_between (DgArticle *a, guint from, guint to)
{
  for (guint i = 0; i < a->triggers->len; i++)
    {
      guint t = g_array_index (a->triggers, guint, i);
      if (t >= from && t < to)
        return TRUE;
    }
  return FALSE;
}

gboolean
dg_extract_same_clause (DgArticle *a, const DgSentence *s, guint from, guint to)
{
  for (guint h = 0; h < s->hits->len; h++)
    {
      const DgLexHit *hit = &g_array_index (s->hits, DgLexHit, h);
      const DgFrame *f;

      if (hit->at <= from || hit->at >= to)
        continue;
      if (hit->entry->kind == DG_LEX_INVITATION)
        return FALSE;
      /* (A figure's word is often a portfolio's: "Minister of Investment,
       * Trade and Industry".) */
      if (hit->entry->kind == DG_LEX_TRIGGER && hit->entry->term->kind == DG_TERM_CLASS
          && (hit->entry->term->flags & DG_TERM_POINT_IN_TIME)
          && (f = dg_lexicon_get_frame (a->cx->lexicon, hit->entry->term))
          && !(f->required & (1u << DG_SLOT_AMOUNT)))
        return FALSE;
    }
  return TRUE;
}

/* How many words after a place's marker its name may start ("di Markas
 * Besar PBB, New York"). */
#define PLACE_WORDS 4

/* "di Markas Besar PBB, New York, Amerika Serikat (AS), Senin": the places
 * set off by commas after the place of mention @m, a state among them,
 * where each ends at a comma, a parenthesis or the sentence's end (not
 * "di Jakarta, Indonesia dan Malaysia sepakat ..."), into @places. */
static void
apposed_places (DgArticle *a, const DgSentence *s, guint m, GArray *places)
{
  for (guint n = m + 1; n < a->mentions->len; n++)
    {
      const DgMention *prev = &g_array_index (a->mentions, DgMention, n - 1);
      const DgMention *next = &g_array_index (a->mentions, DgMention, n);
      DgEntity *e = dg_article_entity (a, next->entity);

      if (next->first != prev->last || next->first >= s->n_words || s->words[next->first].gap != ','
          || !e->klass || dg_article_is_person (a, next->entity)
          || (next->last < s->n_words && s->words[next->last].gap != ','
              && s->words[next->last].gap != '('))
        return;
      g_array_append_val (places, next->entity);
    }
}

/* "ditandatangani ... di New York": a place that is no state, named right
 * at word @at after a marker of @rel (of places: persons are none of its
 * values) that marks no value of this fact: a place, no party of it (nor
 * the state it stands for), into @places; and so are the places set off by
 * commas after the first name the marker's phrase has. */
static void
marked_place (DgArticle *a, const DgSentence *s, guint at, DgTerm *rel, GArray *places)
{
  for (guint m = 0; m < a->mentions->len; m++)
    {
      const DgMention *mention = &g_array_index (a->mentions, DgMention, m);
      DgEntity *e = dg_article_entity (a, mention->entity);

      if (mention->first < at || mention->first >= at + PLACE_WORDS || !a->cx->person
          || dg_term_in_any (a->cx->person, rel->range))
        continue;
      if (mention->first == at && e->klass && !dg_article_is_state (a, mention->entity)
          && dg_term_in_any (e->klass, rel->range))
        g_array_append_val (places, mention->entity);
      apposed_places (a, s, m, places);
      return;
    }
}

/* Word @k, or the word after the titles and whose posts they are that
 * stand there ("by Armenian Prime Minister Nikol Pashinyan"). */
static guint
past_titles (DgArticle *a, const DgSentence *s, guint k)
{
  for (gboolean moved = TRUE; moved && k < s->n_words;)
    {
      const DgLexHit *title = dg_sentence_hit (s, k, DG_LEX_TITLE);

      moved = FALSE;
      if (title)
        {
          k += title->len;
          moved = TRUE;
        }
      for (guint m = 0; m < a->mentions->len && !moved; m++)
        {
          const DgMention *o = &g_array_index (a->mentions, DgMention, m);
          if (o->first == k && o->of_title)
            {
              k = o->last;
              moved = TRUE;
            }
        }
    }
  return k;
}

/* Does a word of welcoming, company or receiving stand in the two words
 * before word @i ("disambut hangat oleh ...": who welcomes is no
 * visitor)? */
static gboolean
passive_before (const DgSentence *s, guint i)
{
  for (guint k = i >= 2 ? i - 2 : 0; k < i; k++)
    if (dg_sentence_hit (s, k, DG_LEX_WELCOME) || dg_sentence_hit (s, k, DG_LEX_COMPANY)
        || dg_sentence_hit (s, k, DG_LEX_RECEIVE))
      return TRUE;
  return FALSE;
}

/* Marker words first: "di Kuala Lumpur", "ke Korea", "oleh To Lam" say
 * which relation an entity fills wherever it stands, but past another
 * trigger ("kunjungan resmi Modi ke Indonesia ... atas kunjungan
 * kenegaraan Presiden Joko Widodo ke India": each visit its own).  The
 * relations into @marked, their entities into @taken; returns how many. */
guint
dg_extract_fill_marked (DgArticle *a, const DgSentence *s, DgCandidate *c, const DgFrame *frame,
                        guint at, guint end, GPtrArray *marked, GArray *taken)
{
  guint entities = 0;
  g_autoptr (GArray) places = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < s->n_words; i++)
    for (guint h = g_array_index (s->index, guint, i); h < g_array_index (s->index, guint, i + 1);
         h++)
      {
        const DgLexHit *hit = &g_array_index (s->hits, DgLexHit, h);
        DgTerm *rel = hit->entry->term;

        const DgMention *last = NULL; /* the one it marked: "ke Singapura dan Malaysia" */

        if (hit->entry->kind != DG_LEX_MARKER)
          continue;
        /* (A place marked past another trigger is that fact's place.) */
        if (!dg_term_in_any (c->klass, rel->domain)
            || (i >= end && dg_extract_trigger_between (a, end, i))
            || (i < at && dg_extract_trigger_between (a, i + hit->len, at)))
          {
            marked_place (a, s, i + hit->len, rel, places);
            continue;
          }
        /* "by Armenian Prime Minister Nikol Pashinyan": who makes it
         * after their title; other relations take what a marker stands
         * right before ("ke Presiden X" is no host). */
        guint start = rel == frame->slot[DG_SLOT_SUBJECT] && i >= end && !passive_before (s, i)
                          ? past_titles (a, s, i + hit->len)
                          : i + hit->len;

        for (guint m = 0; m < a->mentions->len; m++)
          {
            const DgMention *mention = &g_array_index (a->mentions, DgMention, m);
            DgTerm *only = NULL;
            int e = mention->entity;

            for (guint k = 0; k < DG_N_SLOTS; k++)
              if (frame->slot[k] == rel && frame->only[k])
                only = frame->only[k];
            /* "ke Hanoi": the host is the state the capital stands for. */
            if (only && !fits_only (a, e, rel, only) && dg_article_entity (a, e)->stands_for >= 0)
              e = dg_article_entity (a, e)->stands_for;
            if ((mention->first == start
                 || (last && !mention->of_title && coordinated (a, s, last, mention)))
                && e != c->entity && fits_only (a, e, rel, only))
              {
                g_ptr_array_add (marked, rel);
                g_array_append_val (taken, e);
                entities++;
                last = mention;
              }
          }
      }
  /* After the marked ones, as actors taken: no actor of this fact. */
  g_array_append_vals (taken, places->data, places->len);
  return entities;
}

/* Is @e among the actors in @taken (after the @n_marked entities markers
 * gave), or the state of one? */
static gboolean
an_actors (GArray *taken, guint n_marked, int e)
{
  for (guint k = n_marked; k < taken->len; k++)
    if (g_array_index (taken, int, k) == e)
      return TRUE;
  return FALSE;
}

/* Is one of the actors in @taken a person standing for @state? */
static gboolean
person_of (DgArticle *a, GArray *taken, guint n_marked, int state)
{
  for (guint k = n_marked; k < taken->len; k++)
    {
      int e = g_array_index (taken, int, k);
      if (dg_article_is_person (a, e) && dg_article_entity (a, e)->stands_for == state)
        return TRUE;
    }
  return FALSE;
}

/* Where no actor fills it: "Iwaya arrived in Seoul": the place marked for
 * the fact (the state it stands for, as the place slot asks); else, in an
 * article on two states, the other one than the state of the person who
 * is the subject ("Biden's first visit to the country": the other slot).
 * Returns the entities added. */
guint
dg_extract_fill_host (DgArticle *a, DgCandidate *c, const DgFrame *frame, GPtrArray *marked,
                      GArray *taken)
{
  DgTerm *rel = frame->slot[DG_SLOT_PLACE], *only = frame->only[DG_SLOT_PLACE];

  if (rel && !dg_candidate_has_value (c, rel))
    for (guint m = 0; m < marked->len; m++)
      {
        int e = g_array_index (taken, int, m);

        if (!fits_only (a, e, rel, only) && dg_article_entity (a, e)->stands_for >= 0)
          e = dg_article_entity (a, e)->stands_for;
        if (g_ptr_array_index (marked, m) != rel && fits_only (a, e, rel, only)
            && !an_actors (taken, marked->len, e))
          {
            dg_candidate_add_item (c, rel, dg_article_entity (a, e)->ref);
            return 1;
          }
      }
  /* Not where a place is named that is no state ("ke Tokyo" with no
   * state it stands for). */
  rel = frame->slot[DG_SLOT_OTHER];
  if (!rel || dg_candidate_has_value (c, rel) || marked->len || a->pair[0] < 0 || a->pair[1] < 0)
    return 0;
  for (guint p = 0; p < 2; p++)
    if (person_of (a, taken, marked->len, a->pair[p])
        && !an_actors (taken, marked->len, a->pair[!p])
        && fits_only (a, a->pair[!p], rel, frame->only[DG_SLOT_OTHER]))
      {
        const char *why = "Host: the other of the two states the article is about.";
        char *before = c->inferred;

        dg_candidate_add_item (c, rel, dg_article_entity (a, a->pair[!p])->ref);
        c->inferred = before ? g_strconcat (why, " ", before, NULL) : g_strdup (why);
        g_free (before);
        c->host_inferred = TRUE;
        return 1;
      }
  return 0;
}

/* The one person the article has named who stands for @state, or -1. */
static int
one_person_of (DgArticle *a, int state)
{
  int found = -1;

  for (guint i = 0; i < a->people->len; i++)
    {
      int p = g_array_index (a->people, int, i);

      if (dg_article_entity (a, p)->stands_for == state)
        {
          if (found >= 0)
            return -1;
          found = p;
        }
    }
  return found;
}

/* "Abiy's state visit", "during Anwar's three-day official visit": the
 * person whose possessive stands right before the trigger at @at (up to
 * three lower-case words between), who makes it, or the one person of the
 * state a possessive noun after it names ("the Ethiopian leader's"); or
 * -1. */
int
dg_extract_possessor (DgArticle *a, const DgSentence *s, guint at)
{
  guint k = at;

  while (k > 0 && at - k < 3 && !(s->words[k - 1].flags & DG_WORD_CAPITAL)
         && !dg_extract_possessive_at (s, k - 1))
    k--;
  if (k == 0 || !dg_extract_possessive_at (s, k - 1))
    return -1;
  for (guint m = 0; m < a->mentions->len; m++)
    {
      const DgMention *mention = &g_array_index (a->mentions, DgMention, m);

      if (mention->last == k - 1 && !mention->of_title && dg_article_is_person (a, mention->entity))
        return mention->entity;
      /* "the Ethiopian leader's": the one person the article puts there. */
      if (mention->last == k - 2 && dg_article_is_state (a, mention->entity)
          && !(s->words[k - 2].flags & DG_WORD_CAPITAL))
        return one_person_of (a, mention->entity);
    }
  return -1;
}
