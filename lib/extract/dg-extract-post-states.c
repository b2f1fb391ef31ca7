/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-extract-private.h"

/* The state of a post its sentence names none for ("President Tran Dai
 * Quang began a state visit to Singapore"), told by the rest of an article
 * on two states: who stands where in its events.  A post is given a state
 * only where the article leaves one side. */

/* The value of @c's first item of @rel, in a new string, or NULL. */
static char *
value_of (const DgCandidate *c, DgTerm *rel)
{
  g_auto (GStrv) values = dg_candidate_values (c, rel);
  return g_strdup (values[0]);
}

/* Which of the article's two states @ref is: 0, 1, or -1. */
static int
side_of (DgArticle *a, const char *ref)
{
  for (int p = 0; p < 2; p++)
    if (g_str_equal (ref, dg_article_entity (a, a->pair[p])->ref))
      return p;
  return -1;
}

/* The person @ref names, with no state yet; or -1. */
static int
stateless_person (DgArticle *a, const char *ref)
{
  int e = dg_article_find (a, ref);

  return e >= 0 && dg_article_is_person (a, e) && dg_article_entity (a, e)->stands_for < 0 ? e : -1;
}

static void
give_side (DgArticle *a, GHashTable *told, int person, int side, const char *why)
{
  dg_article_entity (a, person)->stands_for = a->pair[side];
  g_hash_table_insert (told, GINT_TO_POINTER (person), (gpointer)why);
}

/* A visitor to one of the two states comes from the other: nobody visits
 * their own.  A visit whose host was itself inferred tells nothing.  (Of
 * two persons meeting, one of one state meets one of the other too; but
 * a meeting's participants are found less surely than a visit's host, and
 * one wrong participant would give a wrong state.) */
static void
place_visitors (DgArticle *a, GHashTable *told)
{
  for (guint i = 0; i < a->candidates->len; i++)
    {
      DgCandidate *c = g_ptr_array_index (a->candidates, i);
      const DgFrame *frame = c->id ? dg_lexicon_get_frame (a->cx->lexicon, c->klass) : NULL;

      if (!frame || c->pair_inferred || c->host_inferred)
        continue;
      if (frame->slot[DG_SLOT_SUBJECT] && frame->slot[DG_SLOT_OBJECT]
          && frame->only[DG_SLOT_OBJECT])
        {
          g_auto (GStrv) hosts = dg_candidate_values (c, frame->slot[DG_SLOT_OBJECT]);
          g_auto (GStrv) visitors = dg_candidate_values (c, frame->slot[DG_SLOT_SUBJECT]);
          int side = g_strv_length (hosts) == 1 ? side_of (a, hosts[0]) : -1, e;

          /* One visitor: two are as often a host taken for a visitor. */
          for (guint v = 0; side >= 0 && !visitors[1] && visitors[v]; v++)
            if ((e = stateless_person (a, visitors[v])) >= 0)
              give_side (a, told, e, 1 - side,
                         "The state: the other of the article's two, as its holder visits the "
                         "one.");
          if (side >= 0 && c->inviter >= 0 && dg_article_entity (a, c->inviter)->stands_for < 0)
            give_side (a, told, c->inviter, side,
                       "The state: the one its holder invited a visitor to.");
        }
    }
}

/* Which of the two states the article's first visit between them is to,
 * found surely (not inferred), and held (not planned): 0, 1, or -1. */
static int
host_side (DgArticle *a)
{
  for (guint i = 0; i < a->candidates->len; i++)
    {
      DgCandidate *c = g_ptr_array_index (a->candidates, i);
      const DgFrame *frame = c->id ? dg_lexicon_get_frame (a->cx->lexicon, c->klass) : NULL;

      if (frame && !c->pair_inferred && !c->host_inferred && !c->status
          && frame->slot[DG_SLOT_SUBJECT] && frame->slot[DG_SLOT_OBJECT]
          && frame->only[DG_SLOT_OBJECT])
        {
          g_auto (GStrv) hosts = dg_candidate_values (c, frame->slot[DG_SLOT_OBJECT]);
          int side = g_strv_length (hosts) == 1 ? side_of (a, hosts[0]) : -1;
          if (side >= 0)
            return side;
        }
    }
  return -1;
}

/* "Yang menyambut delegasi di bandara adalah Menteri X", "Xi was
 * accompanied by Vice Premier Y", "The delegation includes Minister Z":
 * the posts such a sentence lists with no state are the host's, or those
 * of whom they accompany (the person named before, else the visitor). */
static void
place_companions (DgArticle *a, GHashTable *told)
{
  int host = host_side (a);

  for (guint i = 0; i < a->candidates->len; i++)
    {
      DgCandidate *c = g_ptr_array_index (a->candidates, i);
      DgEntity *h = c->holder >= 0 ? dg_article_entity (a, c->holder) : NULL;

      if (!c->cue || !h || h->stands_for >= 0)
        continue;
      if (c->cue == DG_CUE_GUEST && c->cue_state >= 0 && dg_article_is_state (a, c->cue_state))
        {
          h->stands_for = c->cue_state;
          g_hash_table_insert (told, GINT_TO_POINTER (c->holder),
                               (gpointer) "The state: that of whom its holder accompanies.");
        }
      else if (host >= 0)
        give_side (a, told, c->holder, c->cue == DG_CUE_HOST ? host : 1 - host,
                   c->cue == DG_CUE_HOST
                       ? "The state: the host's, as its holder welcomes or sees off the guest."
                       : "The state: the visitor's, as its holder is of the visitor's party.");
    }
}

/* A post its sentence and the article give no state, in an article on two
 * states: the other one, where the same role, one a state has one holder
 * of (dg:uniqueInState), is held in one of them ("Foreign Minister Wang
 * Yi of China ... Foreign Minister Retno Marsudi"): counterparts meet.
 * Not where the role is held in both. */
static void
place_counterparts (DgArticle *a, const char *pair[2])
{
  for (guint i = 0; i < a->candidates->len; i++)
    {
      DgCandidate *c = g_ptr_array_index (a->candidates, i);
      const DgFrame *frame = dg_lexicon_get_frame (a->cx->lexicon, c->klass);
      DgTerm *title, *of;
      g_autofree char *role = NULL, *state = NULL;
      gboolean held[2] = { FALSE, FALSE };

      if (c->holder < 0 || !c->id || !frame || !(title = frame->slot[DG_SLOT_TITLE])
          || !(of = frame->slot[DG_SLOT_OF]) || (state = value_of (c, of))
          || !(role = value_of (c, title)) || !g_hash_table_contains (a->cx->unique_roles, role))
        continue;
      for (guint k = 0; k < a->candidates->len; k++)
        {
          DgCandidate *o = g_ptr_array_index (a->candidates, k);
          g_autofree char *other = NULL, *in = NULL;

          if (o == c || o->holder < 0 || o->holder == c->holder || o->klass != c->klass
              || !(other = value_of (o, title)) || !g_str_equal (other, role)
              || !(in = value_of (o, of)))
            continue;
          /* "President Marcos Jr" after "President Ferdinand R Marcos Jr":
           * a name ending as the counterpart's may be the same person. */
          if (dg_article_entity (a, o->holder)->last
              && dg_article_entity (a, o->holder)->last == dg_article_entity (a, c->holder)->last)
            {
              held[0] = held[1] = TRUE;
              break;
            }
          for (guint p = 0; p < 2; p++)
            held[p] |= g_str_equal (in, pair[p]);
        }
      if (held[0] != held[1])
        {
          const char *why = "The state: the other of the article's two, where a counterpart "
                            "holds the same post.";
          char *before = c->inferred;

          dg_candidate_add_item (c, of, pair[held[0] ? 1 : 0]);
          c->inferred = before ? g_strconcat (why, " ", before, NULL) : g_strdup (why);
          g_free (before);
          if (dg_article_entity (a, c->holder)->stands_for < 0)
            dg_article_entity (a, c->holder)->stands_for = a->pair[held[0] ? 1 : 0];
        }
    }
}

/* Gives the posts of the persons @told placed their state. */
static void
state_posts (DgArticle *a, GHashTable *told)
{
  for (guint i = 0; i < a->candidates->len; i++)
    {
      DgCandidate *c = g_ptr_array_index (a->candidates, i);
      const DgFrame *frame = c->id ? dg_lexicon_get_frame (a->cx->lexicon, c->klass) : NULL;
      const char *why;
      g_autofree char *state = NULL;
      char *before;

      if (c->holder < 0 || !frame || !frame->slot[DG_SLOT_OF]
          || (state = value_of (c, frame->slot[DG_SLOT_OF]))
          || !(why = g_hash_table_lookup (told, GINT_TO_POINTER (c->holder))))
        continue;
      dg_candidate_add_item (
          c, frame->slot[DG_SLOT_OF],
          dg_article_entity (a, dg_article_entity (a, c->holder)->stands_for)->ref);
      before = c->inferred;
      c->inferred = before ? g_strconcat (why, " ", before, NULL) : g_strdup (why);
      g_free (before);
    }
}

void
dg_candidate_infer_post_states (DgArticle *a)
{
  const char *pair[2];
  g_autoptr (GHashTable) told = NULL;

  if (a->pair[0] < 0 || a->pair[1] < 0)
    return;
  pair[0] = dg_article_entity (a, a->pair[0])->ref;
  pair[1] = dg_article_entity (a, a->pair[1])->ref;
  place_counterparts (a, pair);
  told = g_hash_table_new (g_direct_hash, g_direct_equal);
  place_visitors (a, told);
  place_companions (a, told);
  state_posts (a, told);
}
