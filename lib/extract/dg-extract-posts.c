/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-extract-private.h"

/* Posts held: what a title before (or after) a person's name proposes,
 * and who holds a post a title alone names again. */

/* The post a title gives @holder, once an article: in the state @of (or
 * the body of one) the title names, or one the article says @holder
 * stands for; @how says how the title was found. */
void
dg_extract_propose_post (DgArticle *a, const DgSentence *s, const char *sentence,
                         const DgLexHit *title, int of, int holder, DgPostHow how)
{
  static const char *const what[] = { "title", "title", "counterpart of the" };
  static const char *const where[] = { "before a name", "after a name", "before it" };
  DgExtractContext *cx = a->cx;
  const DgFrame *frame = dg_lexicon_get_frame (cx->lexicon, title->entry->klass);
  DgEntity *h = dg_article_entity (a, holder);
  g_autofree char *key = g_strdup_printf ("%s %s", h->ref, title->entry->term->local);
  gpointer known;
  DgCandidate *c;
  const char *inferred = NULL;
  const DgLexHit *status;

  if (!cx->holder_rel)
    return;
  /* "Asisten Presiden X": X is not the President. */
  /* "makam Presiden Ho Chi Minh": a post of one remembered is none now. */
  if (dg_extract_hit_before (s, DG_LEX_NOT_POST, title->at)
      || dg_extract_hit_before (s, DG_LEX_MEMORIAL, title->at))
    return;
  /* A post in a body or place of a state (a body acting for it, a city:
   * "Walikota Vientiane") is held in the state, as analysts record it: the
   * body or place stays an entity of the article. */
  for (guint hops = 0; of >= 0 && cx->state && hops < 4; hops++)
    {
      DgEntity *body = dg_article_entity (a, of);
      if (!body->klass || dg_term_is_a (body->klass, cx->state) || body->stands_for < 0)
        break;
      of = body->stands_for;
      inferred = "The state: the one the body or place the title names is of.";
    }
  /* "ketua Komite Tetap Kongres Rakyat Nasional": a body the article's
   * words made, that tells no state, gives the post none (the article may
   * yet).  A gazetteer's body is the post's, as its user wrote it. */
  if (of >= 0 && cx->state && !dg_article_is_state (a, of) && dg_article_entity (a, of)->is_new)
    of = -1;
  /* One post a person and role, whose body the first statement naming
   * one gives ("Presiden Republik Korea Lee Jae-myung", then "Presiden Lee
   * Jae-myung"). */
  if (g_hash_table_lookup_extended (a->posts, key, NULL, &known))
    {
      c = g_ptr_array_index (a->candidates, GPOINTER_TO_UINT (known));
      if (of >= 0 && !strstr (c->items->str, frame->slot[DG_SLOT_OF]->local))
        {
          dg_candidate_add_item (c, frame->slot[DG_SLOT_OF], dg_article_entity (a, of)->ref);
          g_ptr_array_add (c->quotes, dg_extract_quote_of (s, sentence, title->at));
        }
      return;
    }
  g_hash_table_insert (a->posts, g_steal_pointer (&key), GUINT_TO_POINTER (a->candidates->len));
  /* A title with no state ("Presiden To Lam"): the state the person's
   * post is in where the gazetteer or the article says it. */
  if (of < 0 && h->stands_for >= 0 && dg_article_is_person (a, holder))
    {
      of = h->stands_for;
      inferred = "The state: the one the gazetteer or the article puts this person's post in.";
    }
  c = dg_candidate_new (a, frame->klass, -1,
                        g_strdup_printf ("%s \"%s\" %s -> %s", what[how], title->entry->text,
                                         where[how], frame->klass->local),
                        of >= 0 && !inferred ? 0.8 : 0.6,
                        dg_extract_quote_of (s, sentence, title->at));
  dg_candidate_add_item (c, frame->slot[DG_SLOT_TITLE], title->entry->term->local);
  if (of >= 0)
    dg_candidate_add_item (c, frame->slot[DG_SLOT_OF], dg_article_entity (a, of)->ref);
  /* "mantan Presiden": a former post, not held on the article's day. */
  if (frame->slot[DG_SLOT_STATUS] && title->at > 0
      && (status = dg_sentence_hit (s, title->at - 1, DG_LEX_STATUS)))
    {
      c->status = status->entry->term;
      dg_candidate_add_item (c, frame->slot[DG_SLOT_STATUS], c->status->local);
    }
  if (frame->slot[DG_SLOT_DATE] && a->today.year > 0 && !c->status)
    {
      g_autofree char *date = dg_date_format (&a->today);
      dg_candidate_add_item (c, frame->slot[DG_SLOT_DATE], date);
      c->inferred = g_strdup ("The date is the article's: the post is held then.");
    }
  if (inferred)
    {
      char *before = c->inferred;
      c->inferred = before ? g_strconcat (inferred, " ", before, NULL) : g_strdup (inferred);
      g_free (before);
    }
  c->holder = holder;
  c->holder_rel = frame->slot[DG_SLOT_HOLDER];
  if (of < 0
      && (a->cue == DG_CUE_HOST
          || (a->cue == DG_CUE_GUEST && title->at > a->cue_at
              && dg_extract_same_clause (a, s, a->cue_at, title->at)))
      && !dg_extract_no_actor_before (s, title->at))
    {
      c->cue = a->cue;
      /* "Xi was accompanied by Vice Premier He Lifeng": whom they
       * accompany, the person named last before the word, where placed. */
      for (guint m = 0; a->cue == DG_CUE_GUEST && m < a->mentions->len; m++)
        {
          const DgMention *men = &g_array_index (a->mentions, DgMention, m);
          if (men->last <= a->cue_at && men->entity != holder
              && dg_article_is_person (a, men->entity))
            c->cue_state = dg_article_entity (a, men->entity)->stands_for;
        }
    }
}

/* Does the title of @title stand again from word @j on ("Kunjungan
 * terakhir Presiden Iran ... ketika Presiden Hassan Rouhani ...": the
 * sentence names who held it then)? */
static gboolean
title_again (const DgSentence *s, const DgLexHit *title, guint j)
{
  for (guint k = j; k < s->n_words; k++)
    {
      const DgLexHit *hit = dg_sentence_hit (s, k, DG_LEX_TITLE);

      if (hit && hit->entry->term == title->entry->term)
        return TRUE;
    }
  return FALSE;
}

/* "Menlu Bangladesh bertemu dengan ...": the one person the article has
 * named holding the post @title gives in the state @of, where the title
 * does not stand again from word @j on; or -1. */
int
dg_extract_titled_person (DgArticle *a, const DgSentence *s, const DgLexHit *title, guint j, int of)
{
  int found = -1;

  if (title_again (s, title, j))
    return -1;
  for (guint i = 0; of >= 0 && i < a->people->len; i++)
    {
      int p = g_array_index (a->people, int, i);
      g_autofree char *key
          = g_strdup_printf ("%s %s", dg_article_entity (a, p)->ref, title->entry->term->local);

      if (dg_article_entity (a, p)->stands_for == of && g_hash_table_contains (a->posts, key))
        {
          if (found >= 0)
            return -1;
          found = p;
        }
    }
  return found;
}
