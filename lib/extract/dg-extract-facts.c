/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-extract-private.h"

/* The candidate facts of a sentence: its trigger words, each filling the
 * frame of its class from the entities, dates and amounts around it.  See
 * doc/extract.md for the rules. */

#define trigger_between dg_extract_trigger_between

/* The sentences at the article's start whose dates may give the day of
 * what it reports. */
#define NEWS_DAY_SENTENCES 6

/* Is the first actor named from word @from on, within eight words, a
 * person (titles and their states between)? */
static gboolean
person_next (DgArticle *a, guint from)
{
  for (guint m = 0; m < a->mentions->len; m++)
    {
      const DgMention *mention = &g_array_index (a->mentions, DgMention, m);
      if (mention->first < from || mention->of_title)
        continue;
      return mention->first <= from + 8 && dg_article_is_person (a, mention->entity)
             && !trigger_between (a, from, mention->first);
    }
  return FALSE;
}

/* The mention word @at is in, or -1. */
static int
mention_covering (DgArticle *a, guint at)
{
  for (guint m = 0; m < a->mentions->len; m++)
    {
      const DgMention *mention = &g_array_index (a->mentions, DgMention, m);
      if (mention->first <= at && at < mention->last)
        return (int)m;
    }
  return -1;
}

/* The status a word in the three before word @at gives ("akan
 * mengunjungi", "is scheduled to visit": planned), with no other trigger
 * between, and not part of a name ("To Lam arrived"); NULL if none. */
static DgTerm *
status_before (DgArticle *a, const DgSentence *s, guint at)
{
  for (guint k = at; k-- > 0 && k + 3 >= at;)
    {
      const DgLexHit *hit = dg_sentence_hit (s, k, DG_LEX_STATUS);
      if (hit && k + hit->len <= at && !trigger_between (a, k + hit->len, at)
          && mention_covering (a, k) < 0)
        return hit->entry->term;
    }
  return NULL;
}

/* "Atas undangan Presiden X, ...", "At the invitation of Prime Minister
 * X, ...": the person who invited, before the trigger at @at, is on the
 * host's side, never a visitor.  Adds them to @taken; returns them, or
 * -1. */
static int
inviter (DgArticle *a, const DgSentence *s, guint at, GArray *taken)
{
  for (guint k = 0; k < at; k++)
    {
      const DgLexHit *hit = dg_sentence_hit (s, k, DG_LEX_INVITATION);
      /* "Atas undangan Sekjen Komite Sentral Partai Komunis Viet Nam,
       * Presiden Nguyen Phu Trong": a title's bodies before the name. */
      gboolean titled;

      if (!hit || k + hit->len > at)
        continue;
      titled = dg_sentence_hit (s, k + hit->len, DG_LEX_TITLE) != NULL;
      for (guint m = 0; m < a->mentions->len; m++)
        {
          const DgMention *mention = &g_array_index (a->mentions, DgMention, m);

          if (mention->first < k + hit->len || mention->of_title)
            continue;
          if (mention->first >= at)
            return -1;
          if (!dg_article_is_person (a, mention->entity))
            {
              if (titled)
                continue;
              return -1;
            }
          g_array_append_val (taken, mention->entity);
          return mention->entity;
        }
    }
  return -1;
}

/* Of a relation of states (dg:betweenStates), two states or more named
 * are its parties: bodies and forums named beside them ("RI dan Rusia,
 * mitra di EAS, ARF dan ASEAN") are not; of an agreement
 * (dg:betweenStates "acting"), those that act for none of them are not,
 * unless the sentence pairs its parties (@paired: "antara Kementerian ...
 * dan Administrasi ..."). */
static void
two_states (DgArticle *a, GArray *list, DgTerm *klass, gboolean paired)
{
  gboolean strict = g_hash_table_contains (a->cx->between_states, klass), acting = FALSE;
  GHashTableIter iter;
  gpointer t;
  guint states = 0;

  g_hash_table_iter_init (&iter, a->cx->between_acting);
  while (!strict && !acting && !paired && g_hash_table_iter_next (&iter, &t, NULL))
    acting = dg_term_is_a (klass, t);
  if (!a->cx->state || (!strict && !acting))
    return;
  for (guint i = 0; i < list->len; i++)
    states += dg_article_is_state (a, g_array_index (list, int, i));
  for (guint i = list->len; states >= 2 && i-- > 0;)
    {
      int e = g_array_index (list, int, i);
      if (!dg_article_is_state (a, e) && (strict || dg_article_entity (a, e)->stands_for < 0))
        g_array_remove_index (list, i);
    }
  /* A relation of states is of two: of more, where the article's two are
   * among them, it is theirs ("kedua negara ... 50 tahun hubungan
   * diplomatik ..., dan ... Korea Selatan"). */
  if (strict && states > 2 && a->pair[0] >= 0 && a->pair[1] >= 0
      && dg_extract_has_entity (list, a->pair[0]) && dg_extract_has_entity (list, a->pair[1]))
    for (guint i = list->len; i-- > 0;)
      if (g_array_index (list, int, i) != a->pair[0] && g_array_index (list, int, i) != a->pair[1])
        g_array_remove_index (list, i);
}

/* "kunjungan Sultan Brunei Darussalam": a title right after the noun at
 * [at, end) names who makes the visit; the state after the title is
 * theirs, not the host: into @taken. */
static void
take_titled_state (DgArticle *a, const DgSentence *s, guint at, guint end, GArray *taken)
{
  const DgLexHit *title = dg_sentence_hit (s, at, DG_LEX_ATTRIBUTIVE) && end < s->n_words
                              ? dg_sentence_hit (s, end, DG_LEX_TITLE)
                              : NULL;

  for (guint m = 0; title && m < a->mentions->len; m++)
    if (g_array_index (a->mentions, DgMention, m).first == end + title->len)
      g_array_append_val (taken, g_array_index (a->mentions, DgMention, m).entity);
}

/* "The two countries" of the article, as a reader takes them, added to
 * @list of fewer than two; TRUE if any was. */
static gboolean
add_pair (DgArticle *a, DgTerm *rel, GArray *list)
{
  gboolean added = FALSE;

  for (guint p = 0; p < 2; p++)
    if (a->pair[p] >= 0 && dg_extract_fits (a, a->pair[p], rel)
        && (list->len == 0 || g_array_index (list, int, 0) != a->pair[p]) && list->len < 2)
      {
        g_array_append_val (list, a->pair[p]);
        added = TRUE;
      }
  return added;
}

/* Fills @c by @frame from the sentence around the trigger [at, end);
 * FALSE when a required slot stays empty. */
static gboolean
fill (DgArticle *a, const DgSentence *s, DgCandidate *c, const DgFrame *frame, guint at, guint end,
      const DgLexEntry *individual, const DgAmount *amount)
{
  guint filled = 0, entities = 0;
  gboolean inferred_pair = FALSE;
  int invited_by, owner;
  const DgDateSpan *date = NULL;
  static const DgSlot actor_slots[]
      = { DG_SLOT_SUBJECT, DG_SLOT_OBJECT, DG_SLOT_ALL, DG_SLOT_PAIR };

  g_autoptr (GPtrArray) marked = g_ptr_array_new (); /* relations a marker filled */
  g_autoptr (GArray) taken = g_array_new (FALSE, FALSE, sizeof (int)); /* and their entities */

  /* "menerima kunjungan", "welcomed the visit": who receives it stands
   * before the trigger, who makes it after. */
  gboolean received = at > 0 && dg_sentence_hit (s, at - 1, DG_LEX_RECEIVE);
  /* "talks with visiting New Zealand Prime Minister Luxon": a trigger used
   * as an adjective right before a person makes that person the subject,
   * and leaves the object to the place (or the article's other state). */
  gboolean attributive
      = !received && dg_sentence_hit (s, at, DG_LEX_ATTRIBUTIVE) && person_next (a, end);

  entities = dg_extract_fill_marked (a, s, c, frame, at, end, marked, taken);
  /* "kunjungan ... oleh Presiden X": a subject a marker filled is filled. */
  if (frame->slot[DG_SLOT_SUBJECT] && g_ptr_array_find (marked, frame->slot[DG_SLOT_SUBJECT], NULL))
    filled |= 1u << DG_SLOT_SUBJECT;
  invited_by = frame->slot[DG_SLOT_SUBJECT] && !received ? inviter (a, s, at, taken) : -1;
  if (!attributive && !received)
    take_titled_state (a, s, at, end, taken);
  c->inviter = invited_by;
  for (guint k = 0; k < G_N_ELEMENTS (actor_slots); k++)
    {
      DgSlot slot = actor_slots[k];
      DgSlot as = !received                 ? slot
                  : slot == DG_SLOT_SUBJECT ? DG_SLOT_OBJECT
                  : slot == DG_SLOT_OBJECT  ? DG_SLOT_SUBJECT
                                            : slot;
      DgTerm *rel = frame->slot[as];
      g_autoptr (GArray) list = NULL;

      if (!rel || g_ptr_array_find (marked, rel, NULL) || (attributive && slot == DG_SLOT_OBJECT))
        continue;
      if (as == DG_SLOT_SUBJECT && !attributive && (owner = dg_extract_possessor (a, s, at)) >= 0
          && dg_extract_fits (a, owner, rel))
        {
          /* "Abiy's state visit": who makes it, whoever else is named. */
          list = g_array_new (FALSE, FALSE, sizeof (int));
          g_array_append_val (list, owner);
        }
      else
        list = dg_extract_actors (
            a, s, rel, frame->only[as],
            slot == DG_SLOT_OBJECT || (attributive && slot == DG_SLOT_SUBJECT) ? end : 0,
            slot == DG_SLOT_SUBJECT && !attributive ? at : s->n_words, c->entity,
            slot == DG_SLOT_PAIR, slot == DG_SLOT_SUBJECT, slot == DG_SLOT_OBJECT, taken);
      if (slot == DG_SLOT_PAIR && list->len < 2)
        inferred_pair |= add_pair (a, rel, list);
      if (slot == DG_SLOT_PAIR)
        two_states (a, list, c->klass, dg_extract_word_between (s, DG_LEX_BETWEEN, at, s->n_words));
      if (list->len)
        filled |= 1u << as;
      entities += list->len;
      dg_extract_add_actors (a, c, rel, list);
      g_array_append_vals (taken, list->data, list->len);
      /* Nobody visits or hosts their own state. */
      if (as == DG_SLOT_SUBJECT)
        for (guint i = 0; i < list->len; i++)
          {
            int own = dg_article_entity (a, g_array_index (list, int, i))->stands_for;
            if (own >= 0)
              g_array_append_val (taken, own);
          }
    }
  /* Who invited hosts, where no place or actor says who does. */
  if (invited_by >= 0 && frame->slot[DG_SLOT_OBJECT]
      && !dg_candidate_has_value (c, frame->slot[DG_SLOT_OBJECT])
      && dg_article_entity (a, invited_by)->stands_for >= 0
      && dg_extract_fits (a, dg_article_entity (a, invited_by)->stands_for,
                          frame->slot[DG_SLOT_OBJECT]))
    dg_candidate_add_item (
        c, frame->slot[DG_SLOT_OBJECT],
        dg_article_entity (a, dg_article_entity (a, invited_by)->stands_for)->ref);
  entities += dg_extract_fill_host (a, c, frame, marked, taken);
  /* Written after the actors, as a reader says it: who, then where. */
  for (guint m = 0; m < marked->len; m++)
    dg_candidate_add_item (c, g_ptr_array_index (marked, m),
                           dg_article_entity (a, g_array_index (taken, int, m))->ref);
  if (frame->slot[DG_SLOT_INDIVIDUAL] && individual)
    {
      dg_candidate_add_item (c, frame->slot[DG_SLOT_INDIVIDUAL], individual->term->local);
      filled |= 1u << DG_SLOT_INDIVIDUAL;
    }
  if (frame->slot[DG_SLOT_STATUS] && (c->status = status_before (a, s, at)))
    dg_candidate_add_item (c, frame->slot[DG_SLOT_STATUS], c->status->local);
  filled |= dg_extract_fill_dates (a, s, c, frame, at, end, amount, &date);
  filled |= dg_extract_fill_amount (a, s, c, frame, at, end, amount);
  if ((filled & frame->required) != frame->required)
    return FALSE;
  c->sure = 0.4 + (entities >= 2 ? 0.3 : entities == 1 ? 0.1 : 0) + (date ? 0.1 : 0);
  if (c->host_inferred)
    c->sure -= 0.2; /* a host taken from the article */
  if (inferred_pair)
    {
      c->pair_inferred = TRUE;
      c->sure -= 0.2;
      const char *why = "Parties: the two states the article is about, as its lead names them.";
      char *before = c->inferred;

      c->inferred = before ? g_strconcat (why, " ", before, NULL) : g_strdup (why);
      g_free (before);
    }
  c->sure = CLAMP (c->sure, 0.1, 0.9);
  return TRUE;
}

/* --- Candidates -------------------------------------------------------------- */

/* Is the trigger [at, at + len) a fact named before ("kunjungan tersebut",
 * "this visit")?  The anaphor stands where the language puts a noun's
 * determiner: before it where heads come last (dg:headLast), else after. */
static gboolean
anaphoric (DgArticle *a, const DgSentence *s, guint at, guint len)
{
  if (dg_lexicon_head_last (a->cx->lexicon))
    return at > 0 && dg_sentence_hit (s, at - 1, DG_LEX_ANAPHOR);
  return at + len < s->n_words && dg_sentence_hit (s, at + len, DG_LEX_ANAPHOR);
}

/* The fact an anaphoric trigger of @klass names: the latest candidate of
 * its class or of one it is one with (an MoU is an agreement), or NULL. */
static DgCandidate *
antecedent (DgArticle *a, DgTerm *klass)
{
  for (guint i = a->candidates->len; i-- > 0;)
    {
      DgCandidate *o = g_ptr_array_index (a->candidates, i);
      if (o->id && (dg_term_is_a (o->klass, klass) || dg_term_is_a (klass, o->klass)))
        return o;
    }
  return NULL;
}

/* "menandatangani buku tamu": what follows a trigger (at @k, or a word
 * on: "the guest book") makes it no fact (dg:notFactAfter). */
static gboolean
no_fact_after (const DgSentence *s, guint k)
{
  return (k < s->n_words && dg_sentence_hit (s, k, DG_LEX_NOT_FACT))
         || (k + 1 < s->n_words && dg_sentence_hit (s, k + 1, DG_LEX_NOT_FACT));
}

/* How many words before a trigger a purpose word ("on a two-day state
 * visit") may stand. */
#define PURPOSE_WORDS 4

typedef struct
{
  const DgLexHit *hit;
  DgTerm *klass;
  int entity; /* a named entity the trigger is part of, or -1 */
} Trigger;

/* The dates the sentence of an anaphoric mention gives it ("the three-day
 * state visit from December 15 to 17") are those of the fact it names,
 * where that has none. */
static void
date_antecedent (DgArticle *a, const DgSentence *s, const char *sentence, const Trigger *t,
                 const DgFrame *frame, DgCandidate *o)
{
  DgCandidate *c;

  if (!frame->slot[DG_SLOT_DATE] || dg_candidate_has_value (o, frame->slot[DG_SLOT_DATE]))
    return;
  c = dg_candidate_new (a, t->klass, -1, g_strdup ("anaphor"), 0.5,
                        dg_extract_quote_of (s, sentence, t->hit->at));
  fill (a, s, c, frame, t->hit->at, t->hit->at + t->hit->len, NULL, NULL);
  dg_candidate_take_dates (a, o, c);
  dg_candidate_discard_last (a, c);
}

/* Is @hit inside a longer phrase of its kind ("Strategic Partnership" in
 * "Extensive Strategic Partnership")? */
static gboolean
shadowed (const DgSentence *s, const DgLexHit *hit)
{
  for (guint p = hit->at >= 8 ? hit->at - 8 : 0; p <= hit->at; p++)
    for (guint h = g_array_index (s->index, guint, p); h < g_array_index (s->index, guint, p + 1);
         h++)
      {
        const DgLexHit *other = &g_array_index (s->hits, DgLexHit, h);
        if (other != hit && other->entry->kind == hit->entry->kind
            && other->at + other->len >= hit->at + hit->len
            && (other->at < hit->at || other->len > hit->len))
          return TRUE;
      }
  return FALSE;
}

/* Is @hit the start of a body's name ("Strategic Partnership Council"):
 * a capitalised head word right after it? */
static gboolean
names_a_body (const DgSentence *s, const DgLexHit *hit)
{
  guint next = hit->at + hit->len;

  return next < s->n_words && (s->words[next].flags & DG_WORD_CAPITAL) && s->words[next].gap == 0
         && dg_sentence_hit (s, next, DG_LEX_HEAD);
}

/* The marker of a relation from a class to itself right before the
 * individual @hit ("dari Kemitraan Strategis menjadi ..."): the level a
 * partnership was upgraded from.  NULL if none. */
static const DgLexHit *
former_marker (const DgSentence *s, const DgLexHit *hit)
{
  DgTerm *klass = hit->entry->klass;

  for (guint p = hit->at >= 4 ? hit->at - 4 : 0; p < hit->at; p++)
    for (guint h = g_array_index (s->index, guint, p); h < g_array_index (s->index, guint, p + 1);
         h++)
      {
        const DgLexHit *m = &g_array_index (s->hits, DgLexHit, h);
        DgTerm *rel = m->entry->term;

        if (m->entry->kind == DG_LEX_MARKER && m->at + m->len == hit->at
            && dg_term_in_any (klass, rel->domain) && rel->range->len
            && dg_term_in_any (klass, rel->range))
          return m;
      }
  return NULL;
}

/* Is @later the purpose of @earlier: a purpose word a few words before it
 * ("tiba di Moskow untuk kunjungan kenegaraan")? */
static gboolean
purpose_of (const DgSentence *s, const DgLexHit *earlier, const DgLexHit *later)
{
  guint from = later->at > PURPOSE_WORDS ? later->at - PURPOSE_WORDS : 0;

  return earlier->at < later->at
         && dg_extract_word_between (s, DG_LEX_PURPOSE, MAX (from, earlier->at + earlier->len),
                                     later->at);
}

/* The class triggers of the sentence: one a class, the most specific
 * ("kunjungan kenegaraan" over "kunjungan"). */
static GArray *
triggers (DgArticle *a, const DgSentence *s)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Trigger));

  for (guint h = 0; h < s->hits->len; h++)
    {
      const DgLexHit *hit = &g_array_index (s->hits, DgLexHit, h);
      DgTerm *klass;
      Trigger t = { hit, NULL, -1 };
      int m;
      gboolean keep = TRUE;

      if (hit->entry->kind == DG_LEX_TRIGGER && hit->entry->term->kind == DG_TERM_CLASS)
        klass = hit->entry->term;
      else if (hit->entry->kind == DG_LEX_INDIVIDUAL && !shadowed (s, hit)
               && !former_marker (s, hit) && !names_a_body (s, hit))
        klass = hit->entry->klass;
      else
        continue;
      t.klass = klass;
      if ((m = mention_covering (a, hit->at)) >= 0)
        {
          const DgMention *mention = &g_array_index (a->mentions, DgMention, m);
          DgEntity *e = dg_article_entity (a, mention->entity);
          /* A trigger inside a name is that named fact ("KTT ASEAN-Korea"),
           * or nothing of its own ("Kantor Perdana Menteri"). */
          if (!e->klass || !dg_term_is_a (e->klass, klass) || mention->of_title)
            continue;
          t.entity = mention->entity;
          t.klass = e->klass;
        }
      else
        {
          /* "Perjanjian X ... ditandatangani": the named agreement is the one. */
          for (guint k = 0; k < a->mentions->len && t.entity < 0; k++)
            {
              const DgMention *mention = &g_array_index (a->mentions, DgMention, k);
              DgEntity *e = dg_article_entity (a, mention->entity);
              if (!mention->of_title && e->klass && dg_term_is_a (e->klass, klass))
                {
                  t.entity = mention->entity;
                  t.klass = e->klass;
                }
            }
        }
      for (guint i = 0; i < out->len && keep; i++)
        {
          Trigger *o = &g_array_index (out, Trigger, i);
          if (dg_term_is_a (o->klass, t.klass))
            keep = FALSE; /* as specific, or more, already */
          else if (dg_term_is_a (t.klass, o->klass))
            {
              /* "tiba di Moskow ... untuk kunjungan kenegaraan": one
               * event, of the specific class, its roles read around the
               * word that first tells it. */
              const DgLexHit *first = purpose_of (s, o->hit, t.hit) ? o->hit : t.hit;
              *o = t;
              o->hit = first;
              keep = FALSE;
            }
        }
      if (keep)
        g_array_append_val (out, t);
    }
  return out;
}

/* Relation triggers ("menghadiri"): the nearest entities of the relation's
 * domain and range around it. */
static void
relation_triggers (DgArticle *a, const DgSentence *s, const char *sentence)
{
  for (guint h = 0; h < s->hits->len; h++)
    {
      const DgLexHit *hit = &g_array_index (s->hits, DgLexHit, h);
      DgTerm *rel = hit->entry->term;
      int subject = -1, object = -1;
      DgCandidate *c;

      if (hit->entry->kind != DG_LEX_TRIGGER || rel->kind == DG_TERM_CLASS)
        continue;
      for (guint m = 0; m < a->mentions->len; m++)
        {
          const DgMention *mention = &g_array_index (a->mentions, DgMention, m);
          DgEntity *e = dg_article_entity (a, mention->entity);

          if (mention->of_title || !e->klass)
            continue;
          if (subject < 0 && mention->first >= hit->at + hit->len
              && dg_term_in_any (e->klass, rel->domain) && !dg_term_in_any (e->klass, rel->range))
            subject = mention->entity;
          else if (mention->last <= hit->at && dg_term_in_any (e->klass, rel->range))
            object = mention->entity;
        }
      if (subject < 0 || object < 0)
        continue;
      if (dg_article_entity (a, subject)->is_new
          && dg_article_entity (a, subject)->sentence == a->sentence)
        c = g_ptr_array_index (a->candidates, dg_article_entity (a, subject)->block);
      else
        c = dg_candidate_new (a, dg_article_entity (a, subject)->klass, subject,
                              g_strdup_printf ("word \"%s\" -> %s", hit->entry->text, rel->local),
                              0.5, dg_extract_quote_of (s, sentence, hit->at));
      dg_candidate_add_item (c, rel, dg_article_entity (a, object)->ref);
    }
}

/* Each amount of the sentence is one figure or target ("omzet perdagangan
 * ... 208,2 miliar USD dan FDI ... 7,6 miliar USD" are two).  Its class is
 * the first such trigger since the amount before it, its metric the
 * nearest ("target omzet perdagangan ... 150 miliar" is a target of
 * trade); with none before it, the first after it. */

static void
figures (DgArticle *a, const DgSentence *s, const char *sentence)
{
  guint since = 0;
  const DgLexHit *previous = NULL;

  for (guint m = 0; m < a->amounts->len; m++)
    {
      const DgAmount *amount = &g_array_index (a->amounts, DgAmount, m);
      const DgLexHit *first = NULL, *nearest = NULL, *after = NULL;
      const DgFrame *frame;
      DgCandidate *c;

      for (guint h = 0; h < s->hits->len; h++)
        {
          const DgLexHit *hit = &g_array_index (s->hits, DgLexHit, h);
          const DgFrame *f;

          if (hit->entry->kind != DG_LEX_TRIGGER || hit->entry->term->kind != DG_TERM_CLASS
              || !(f = dg_lexicon_get_frame (a->cx->lexicon, hit->entry->term))
              || !(f->required & (1u << DG_SLOT_AMOUNT)) || mention_covering (a, hit->at) >= 0
              || hit->at < since)
            continue;
          if (hit->at < amount->first)
            {
              if (!first)
                first = hit;
              nearest = hit;
            }
          else if (!after)
            after = hit;
        }
      since = amount->last;
      /* "8,47 miliar dolar AS (Rp119,9 triliun)": a conversion in
       * parentheses is no figure of its own; one a word of its own names
       * there is ("(ekspor ... senilai 276 juta Dolar AS dan impor ...)"). */
      if (dg_extract_in_parentheses (s, amount->first)
          && !(nearest && dg_extract_in_parentheses (s, nearest->at)
               && !memchr (s->text + s->words[nearest->at].start, '(',
                           s->words[amount->first].start - s->words[nearest->at].start)))
        continue;
      /* "up 10.9 percent": a share is no figure of its own. */
      if (dg_extract_word_between (s, DG_LEX_SHARE, amount->first, amount->last))
        {
          previous = first ? first : previous;
          continue;
        }
      if (!first)
        first = nearest = after;
      /* "from X in 2018 to Y in 2019": a later amount with no word of its
       * own is a figure of the same thing. */
      if (!first)
        first = nearest = previous;
      if (!first)
        continue;
      previous = first;
      frame = dg_lexicon_get_frame (a->cx->lexicon, first->entry->term);
      c = dg_candidate_new (a, first->entry->term, -1,
                            g_strdup_printf ("word \"%s\" before an amount -> %s",
                                             first->entry->text[0] == '=' ? first->entry->text + 1
                                                                          : first->entry->text,
                                             first->entry->term->local),
                            0.5, dg_extract_quote_of (s, sentence, amount->first));
      if (!fill (a, s, c, frame, nearest->at, nearest->at + nearest->len, NULL, amount)
          || dg_candidate_merge_repeat (a, c))
        dg_candidate_discard_last (a, c);
    }
}

/* "dari Kemitraan Strategis menjadi Kemitraan Strategis Komprehensif":
 * the former level is a partnership of its own, which the new one was
 * upgraded from; it takes the same parties and no date. */
static void
formers (DgArticle *a, const DgSentence *s, const char *sentence)
{
  for (guint h = 0; h < s->hits->len; h++)
    {
      const DgLexHit *hit = &g_array_index (s->hits, DgLexHit, h), *marker;
      DgTerm *rel, *klass = hit->entry->klass;
      const DgFrame *frame;
      DgCandidate *now = NULL, *before;
      g_autofree char *quote = NULL;

      if (hit->entry->kind != DG_LEX_INDIVIDUAL || shadowed (s, hit)
          || !(marker = former_marker (s, hit))
          || !(frame = dg_lexicon_get_frame (a->cx->lexicon, klass)))
        continue;
      rel = marker->entry->term;
      quote = dg_extract_quote_of (s, sentence, hit->at);
      /* The fact this sentence proposed of the class, made last. */
      for (guint i = a->candidates->len; i-- > 0 && !now;)
        {
          DgCandidate *c = g_ptr_array_index (a->candidates, i);
          if (c->klass == klass && c->id && c->quotes->len
              && g_str_equal (g_ptr_array_index (c->quotes, c->quotes->len - 1), quote))
            now = c;
        }
      if (!now)
        continue;
      before = dg_candidate_new (a, klass, -1,
                                 g_strdup_printf ("name \"%s\" after \"%s\" -> %s (%s)",
                                                  hit->entry->text, marker->entry->text,
                                                  klass->local, rel->local),
                                 0.5, g_steal_pointer (&quote));
      a->no_dates = TRUE;
      if (!fill (a, s, before, frame, hit->at, hit->at + hit->len, hit->entry, NULL))
        {
          a->no_dates = FALSE;
          dg_candidate_discard_last (a, before);
          continue;
        }
      a->no_dates = FALSE;
      dg_candidate_add_item (now, rel, before->id);
    }
}

void
dg_extract_propose (DgArticle *a, const DgSentence *s, const char *sentence)
{
  g_autoptr (GArray) found = triggers (a, s);

  g_array_set_size (a->triggers, 0);
  for (guint i = 0; i < found->len; i++)
    g_array_append_val (a->triggers, g_array_index (found, Trigger, i).hit->at);
  /* In an article dated by its month, a day of that month its lead gives
   * ("Rabu pagi (27 Maret), acara penyambutan resmi ...") is the day of
   * what it reports, whether a fact of its own is proposed there or not. */
  for (guint i = 0;
       i < a->dates->len && !a->news_day.year && !a->today.day && a->sentence < NEWS_DAY_SENTENCES;
       i++)
    {
      const DgDateSpan *d = &g_array_index (a->dates, DgDateSpan, i);

      if (!d->end.year && dg_extract_in_last_week (&a->today, &d->start)
          && !dg_extract_word_between (s, DG_LEX_SINCE, 0, d->first + 1))
        a->news_day = d->start;
    }

  for (guint i = 0; i < found->len; i++)
    {
      const Trigger *t = &g_array_index (found, Trigger, i);
      const DgFrame *frame = dg_lexicon_get_frame (a->cx->lexicon, t->klass);
      const DgLexEntry *entry = t->hit->entry;
      DgEntity *named = t->entity >= 0 ? dg_article_entity (a, t->entity) : NULL;
      DgCandidate *c;
      g_autofree char *rule = NULL;

      if (!frame)
        continue;
      if (named && named->is_new)
        {
          /* A new entity's block is filled where it is first named. */
          if (named->sentence == a->sentence)
            fill (a, s, g_ptr_array_index (a->candidates, named->block), frame, t->hit->at,
                  t->hit->at + t->hit->len, entry->kind == DG_LEX_INDIVIDUAL ? entry : NULL, NULL);
          continue;
        }
      if (frame->required & (1u << DG_SLOT_AMOUNT))
        continue; /* one a figure, below */
      if (no_fact_after (s, t->hit->at + t->hit->len))
        continue;
      if (!named && anaphoric (a, s, t->hit->at, t->hit->len) && (c = antecedent (a, t->klass)))
        {
          /* One event, one candidate: its quotes tell each mention. */
          g_autofree char *quote = dg_extract_quote_of (s, sentence, t->hit->at);
          gboolean known = FALSE;

          for (guint q = 0; q < c->quotes->len && !known; q++)
            known = g_str_equal (g_ptr_array_index (c->quotes, q), quote);
          if (!known)
            g_ptr_array_add (c->quotes, g_steal_pointer (&quote));
          date_antecedent (a, s, sentence, t, frame, c);
          continue;
        }
      rule = g_strdup_printf ("%s \"%s\" -> %s", entry->kind == DG_LEX_INDIVIDUAL ? "name" : "word",
                              entry->text[0] == '=' ? entry->text + 1 : entry->text,
                              t->klass->local);
      c = dg_candidate_new (a, t->klass, t->entity, g_steal_pointer (&rule), 0.5,
                            dg_extract_quote_of (s, sentence, t->hit->at));
      if (!fill (a, s, c, frame, t->hit->at, t->hit->at + t->hit->len,
                 entry->kind == DG_LEX_INDIVIDUAL ? entry : NULL, NULL)
          || dg_candidate_merge_repeat (a, c))
        dg_candidate_discard_last (a, c);
    }
  figures (a, s, sentence);
  formers (a, s, sentence);
  relation_triggers (a, s, sentence);
}
