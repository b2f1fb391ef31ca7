/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-extract-private.h"
#include "dg-text-private.h"

/* The blocks of the output being made: a candidate's items and quotes, and
 * a fact stated twice as one candidate. */

/* A quote longer than this is cut to the words around the trigger. */
#define MAX_QUOTE 600
#define QUOTE_CONTEXT 24
/* How far back a repeated statement of a fact is looked for. */
#define MERGE_WINDOW 256

/* @text[start, end), trimmed and whitespace normalised. */
char *
dg_extract_normalise (const char *text, gsize start, gsize end)
{
  return dg_text_collapse_spaces (text + start, end - start);
}

/* Words [first, last) of the sentence, whitespace normalised. */
char *
dg_extract_span_text (const DgSentence *s, guint first, guint last)
{
  return dg_extract_normalise (s->text, s->words[first].start, s->words[last - 1].end);
}

/* The sentence as its quote, or the words around @around when it is long.
 * Either is a verbatim part of the article, whitespace normalised. */
char *
dg_extract_quote_of (const DgSentence *s, const char *sentence, guint around)
{
  guint first, last;

  if (strnlen (sentence, MAX_QUOTE + 1) <= MAX_QUOTE)
    return g_strdup (sentence);
  first = around > QUOTE_CONTEXT ? around - QUOTE_CONTEXT : 0;
  last = MIN (s->n_words, around + QUOTE_CONTEXT);
  return dg_extract_span_text (s, first, last);
}

/* The next id of a candidate of @klass in the article ("s1-visit-2"). */
static char *
new_id (DgArticle *a, DgTerm *klass)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (a->counters, klass)) + 1;
  g_autofree char *lower = g_ascii_strdown (klass->local, -1);

  g_hash_table_insert (a->counters, klass, GUINT_TO_POINTER (n));
  return g_strdup_printf ("%s-%s-%u", a->source_ref, lower, n);
}

DgCandidate *
dg_candidate_new (DgArticle *a, DgTerm *klass, int entity, char *rule, double sure, char *quote)
{
  DgCandidate *c = g_new0 (DgCandidate, 1);

  c->klass = klass;
  c->entity = entity;
  c->items = g_string_new (NULL);
  c->rule = rule;
  c->sure = sure;
  c->quotes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (c->quotes, quote);
  c->holder = -1;
  c->inviter = -1;
  c->cue_state = -1;
  if (entity < 0)
    c->id = new_id (a, klass);
  g_ptr_array_add (a->candidates, c);
  return c;
}

void
dg_candidate_add_item (DgCandidate *c, DgTerm *rel, const char *value)
{
  g_autofree char *item = g_strdup_printf (" %s=%s", rel->local, value);

  if (!strstr (c->items->str, item))
    g_string_append (c->items, item);
}

/* The first key relation of @frame (dg:frame "slot+=relation") that
 * @c has fewer values of than a fact needs, or NULL: a visit with no
 * host, a meeting of one, a post in no state is not written as a fact. */
DgTerm *
dg_candidate_lacks (const DgCandidate *c, const DgFrame *frame)
{
  for (guint s = 0; frame && s < DG_N_SLOTS; s++)
    {
      g_auto (GStrv) values = NULL;

      if (!(frame->key & (1u << s)) || !frame->slot[s])
        continue;
      values = dg_candidate_values (c, frame->slot[s]);
      if (g_strv_length (values) < dg_frame_key_count (s))
        return frame->slot[s];
    }
  return NULL;
}

/* The values of @c's items of @rel, in the order they were found: "party=a
 * party=b" gives { "a", "b", NULL }. */
GStrv
dg_candidate_values (const DgCandidate *c, DgTerm *rel)
{
  g_autofree char *item = g_strdup_printf (" %s=", rel->local);
  g_autoptr (GStrvBuilder) values = g_strv_builder_new ();

  for (const char *at = strstr (c->items->str, item); at; at = strstr (at + 1, item))
    {
      const char *v = at + strlen (item), *end = strchr (v, ' ');
      g_autofree char *value = g_strndup (v, end ? (gsize)(end - v) : strlen (v));
      g_strv_builder_add (values, value);
    }
  return g_strv_builder_end (values);
}

gboolean
dg_candidate_has_value (const DgCandidate *c, DgTerm *rel)
{
  g_auto (GStrv) values = dg_candidate_values (c, rel);
  return values[0] != NULL;
}

int
dg_article_find (DgArticle *a, const char *ref)
{
  if (!a->by_ref)
    {
      a->by_ref = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint e = 0; e < a->entities->len; e++)
        g_hash_table_insert (a->by_ref, dg_article_entity (a, (int)e)->ref,
                             GUINT_TO_POINTER (e + 1));
    }
  return (int)GPOINTER_TO_UINT (g_hash_table_lookup (a->by_ref, ref)) - 1;
}

/* Where @c has the whole item @item (" rel=value"), or NULL. */
static char *
find_item (const DgCandidate *c, const char *item)
{
  gsize n = strlen (item);

  for (char *at = strstr (c->items->str, item); at; at = strstr (at + 1, item))
    if (at[n] == ' ' || at[n] == '\0')
      return at;
  return NULL;
}

/* Drops from a fact whose frame's object is a state (a visit's host) the
 * state its subject stands for, as the article finally tells it: nobody
 * visits their own state. */
void
dg_candidate_drop_own_states (DgArticle *a)
{
  for (guint i = 0; i < a->candidates->len; i++)
    {
      DgCandidate *c = g_ptr_array_index (a->candidates, i);
      const DgFrame *frame = c->id ? dg_lexicon_get_frame (a->cx->lexicon, c->klass) : NULL;

      if (!frame || !frame->only[DG_SLOT_OBJECT] || !frame->slot[DG_SLOT_SUBJECT]
          || !frame->slot[DG_SLOT_OBJECT])
        continue;
      for (guint e = 0; e < a->entities->len; e++)
        {
          DgEntity *subject = dg_article_entity (a, (int)e);
          g_autofree char *as_subject = NULL, *own = NULL;
          char *at;

          if (subject->stands_for < 0)
            continue;
          as_subject
              = g_strdup_printf (" %s=%s", frame->slot[DG_SLOT_SUBJECT]->local, subject->ref);
          own = g_strdup_printf (" %s=%s", frame->slot[DG_SLOT_OBJECT]->local,
                                 dg_article_entity (a, subject->stands_for)->ref);
          if (find_item (c, as_subject) && (at = find_item (c, own)))
            g_string_erase (c->items, at - c->items->str, (gssize)strlen (own));
        }
    }
}

/* Drops the candidate just made (the last), freeing its id's number. */
void
dg_candidate_discard_last (DgArticle *a, DgCandidate *c)
{
  if (c->id)
    g_hash_table_insert (
        a->counters, c->klass,
        GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (a->counters, c->klass)) - 1));
  g_ptr_array_remove_index (a->candidates, a->candidates->len - 1);
}

static guint
n_items (const char *items)
{
  guint n = 0;

  for (const char *p = items; *p; p++)
    n += *p == ' ';
  return n;
}

/* Is every item of @small in @big, and what @big has more only values
 * (dates, amounts), no other entity? */
static gboolean
items_within (const char *big, const char *small)
{
  g_auto (GStrv) items = g_strsplit (small, " ", -1);
  g_auto (GStrv) more = g_strsplit (big, " ", -1);
  g_autofree char *padded = g_strconcat (small, " ", NULL);
  g_autofree char *padded_big = g_strconcat (big, " ", NULL);

  for (guint i = 0; items[i]; i++)
    {
      g_autofree char *item = g_strdup_printf (" %s ", items[i]);
      if (items[i][0] && !strstr (padded_big, item))
        return FALSE;
    }
  for (guint i = 0; more[i]; i++)
    {
      g_autofree char *item = g_strdup_printf (" %s ", more[i]);
      const char *value = strchr (more[i], '=');
      if (more[i][0] && !strstr (padded, item) && value
          && !(g_ascii_isdigit (value[1]) || value[1] == '"'))
        return FALSE;
    }
  return TRUE;
}

/* Makes @c a repeat of @o: the more specific class, one more quote. */
static void
add_quote (DgCandidate *o, const DgCandidate *c)
{
  const char *quote = g_ptr_array_index (c->quotes, 0);
  gboolean known = FALSE;

  if (dg_term_is_a (c->klass, o->klass))
    o->klass = c->klass; /* the more specific */
  for (guint q = 0; q < o->quotes->len && !known; q++)
    known = g_str_equal (g_ptr_array_index (o->quotes, q), quote);
  if (!known)
    g_ptr_array_add (o->quotes, g_strdup (quote));
  o->sure = MAX (o->sure, c->sure);
}

static int
compare_strings (gconstpointer x, gconstpointer y)
{
  return strcmp (*(char *const *)x, *(char *const *)y);
}

/* The values of @c's items of @rel, sorted, joined by spaces. */
static char *
values_of (const DgCandidate *c, DgTerm *rel)
{
  g_auto (GStrv) values = dg_candidate_values (c, rel);

  qsort (values, g_strv_length (values), sizeof (char *), compare_strings);
  return g_strjoinv (" ", values);
}

/* A new candidate stating what @c does, made last. */
static DgCandidate *
copy_of (DgArticle *a, const DgCandidate *c)
{
  DgCandidate *copy = dg_candidate_new (a, c->klass, c->entity, g_strdup (c->rule), c->sure,
                                        g_strdup (g_ptr_array_index (c->quotes, 0)));

  g_string_assign (copy->items, c->items->str);
  for (guint q = 1; q < c->quotes->len; q++)
    g_ptr_array_add (copy->quotes, g_strdup (g_ptr_array_index (c->quotes, q)));
  copy->inferred = g_strdup (c->inferred);
  copy->status = c->status;
  return copy;
}

/* Drops from @c every item whose value is one of @values but the @keep-th:
 * a host's, and the same place as where. */
static void
only_value (DgCandidate *c, char **values, guint keep)
{
  for (guint v = 0; values[v]; v++)
    {
      gsize from = 0;
      char *eq;

      if (v == keep)
        continue;
      while ((eq = strchr (c->items->str + from, '=')))
        {
          gsize value = (gsize)(eq - c->items->str) + 1, start = value, end = value;

          while (start > 0 && c->items->str[start - 1] != ' ')
            start--;
          while (end < c->items->len && c->items->str[end] != ' ')
            end++;
          if (end - value == strlen (values[v])
              && !strncmp (c->items->str + value, values[v], end - value) && start > 0)
            {
              g_string_erase (c->items, (gssize)start - 1, (gssize)(end - start + 1));
              from = start - 1;
            }
          else
            from = end;
        }
    }
}

/* Have @o and @c the same values of every key relation of @frame, in any
 * order, and no two dates? */
static gboolean
same_keys (const DgFrame *frame, const DgCandidate *o, const DgCandidate *c)
{
  for (guint s = 0; s < DG_N_SLOTS; s++)
    if ((frame->key & (1u << s)) && frame->slot[s])
      {
        g_auto (GStrv) mine = dg_candidate_values (c, frame->slot[s]);
        g_auto (GStrv) theirs = dg_candidate_values (o, frame->slot[s]);

        if (!mine[0] || g_strv_length (mine) != g_strv_length (theirs))
          return FALSE;
        for (guint v = 0; mine[v]; v++)
          if (!g_strv_contains ((const char *const *)theirs, mine[v]))
            return FALSE;
      }
  /* Two dates, two facts (a partnership of 2014 and one of 2023). */
  if (frame->slot[DG_SLOT_DATE])
    {
      g_autofree char *mine = values_of (c, frame->slot[DG_SLOT_DATE]);
      g_autofree char *theirs = values_of (o, frame->slot[DG_SLOT_DATE]);
      if (mine[0] && theirs[0] && !g_str_equal (mine, theirs))
        return FALSE;
    }
  return frame->key != 0;
}

/* Are @o and @c one fact that spans days (its frame has an end slot): the
 * same values of every key relation, and no two start dates? */
static gboolean
same_span (DgArticle *a, const DgCandidate *o, const DgCandidate *c)
{
  const DgFrame *frame = dg_lexicon_get_frame (a->cx->lexicon, c->klass);

  return (dg_term_is_a (o->klass, c->klass) || dg_term_is_a (c->klass, o->klass)) && frame
         && frame->slot[DG_SLOT_END] && same_keys (frame, o, c);
}

/* The dates @c states (not the article's, assumed) are @o's, where @o
 * has none: one fact, its dates in another sentence ("The visit takes place
 * from 8 to 10 April"). */
void
dg_candidate_take_dates (DgArticle *a, DgCandidate *o, const DgCandidate *c)
{
  const DgFrame *frame = dg_lexicon_get_frame (a->cx->lexicon, o->klass);
  DgTerm *slots[2];

  if (!frame || !(slots[0] = frame->slot[DG_SLOT_DATE]) || dg_candidate_has_value (o, slots[0])
      || c->date_assumed || c->status || !dg_candidate_has_value (c, slots[0]))
    return;
  slots[1] = frame->slot[DG_SLOT_END];
  for (guint k = 0; k < G_N_ELEMENTS (slots); k++)
    {
      g_auto (GStrv) values = slots[k] ? dg_candidate_values (c, slots[k]) : NULL;
      for (guint v = 0; values && values[v]; v++)
        dg_candidate_add_item (o, slots[k], values[v]);
    }
}

/* The same fact stated again ("the two countries upgraded ...") is one
 * candidate with one more quote. */
gboolean
dg_candidate_merge_repeat (DgArticle *a, DgCandidate *c)
{
  const DgFrame *frame = dg_lexicon_get_frame (a->cx->lexicon, c->klass);

  /* The last MERGE_WINDOW candidates: every one of a news article, and
   * linear time on a corpus. */
  for (guint i = a->candidates->len > MERGE_WINDOW + 1 ? a->candidates->len - MERGE_WINDOW - 1 : 0;
       i + 1 < a->candidates->len; i++)
    {
      DgCandidate *o = g_ptr_array_index (a->candidates, i);

      /* Of events (dg:pointInTime), a class and its subclass may be one
       * ("talks" and, after them, "the meeting" of the same people); of
       * documents, an agreement and an MoU are two. */
      if (!(o->klass == c->klass
            || ((o->klass->flags & c->klass->flags & DG_TERM_POINT_IN_TIME)
                && (dg_term_is_a (o->klass, c->klass) || dg_term_is_a (c->klass, o->klass)))))
        continue;
      /* Parties taken from the article say too little to tell two
       * documents apart; a date assumed to be the article's says nothing
       * against an earlier one. */
      /* A relation of two states with no levels is one ("Rayakan 60 Tahun
       * Hubungan Diplomatik" ... "menjalin hubungan diplomatik sejak
       * 1957"): stated again with the same parties, it is the same, with
       * the dates it has.  (A partnership has levels, one after another.) */
      if (o->klass == c->klass && o->id && c->id
          && g_hash_table_contains (a->cx->between_states, c->klass) && frame
          && !frame->slot[DG_SLOT_INDIVIDUAL] && same_keys (frame, o, c))
        {
          dg_candidate_take_dates (a, o, c);
          add_quote (o, c);
          return TRUE;
        }
      /* A meeting of the same persons, stated again that day or undated
       * ("pertemuan bilateral dengan Jokowi" ... "Wang Yi dan Jokowi
       * sepakat"), is the same meeting.  (Talks and a meeting of the same
       * day may be two: the leaders' talks and the delegations'.) */
      if (o->id && c->id && o->klass == c->klass && o->status == c->status
          && (o->klass->flags & DG_TERM_POINT_IN_TIME) && frame && frame->slot[DG_SLOT_ALL]
          && same_keys (frame, o, c))
        {
          dg_candidate_take_dates (a, o, c);
          add_quote (o, c);
          return TRUE;
        }
      /* A visit stated again ("Kunjungan ini ...", its programme) by the
       * same visitors to the same hosts is the same one. */
      if (o->entity == c->entity && o->id && c->id && same_span (a, o, c))
        {
          /* The headline's visit, then its dates in the text. */
          if (items_within (c->items->str, o->items->str))
            g_string_assign (o->items, c->items->str);
          else
            dg_candidate_take_dates (a, o, c);
          add_quote (o, c);
          return TRUE;
        }
      if (o->entity != c->entity || o->id == NULL || c->id == NULL || o->pair_inferred
          || c->pair_inferred || (o->inferred && !o->date_assumed)
          || (c->inferred && !c->date_assumed))
        continue;
      if (c->date_assumed && !o->date_assumed)
        {
          g_autoptr (GString) stated = g_string_new (c->items->str);
          const char *at = strstr (stated->str, c->date_assumed);
          if (at)
            g_string_erase (stated, at - stated->str, (gssize)strlen (c->date_assumed));
          if (n_items (stated->str) >= 2 && items_within (o->items->str, stated->str))
            {
              add_quote (o, c);
              return TRUE;
            }
          continue;
        }
      /* Stated twice, once with more: "kunjungan kenegaraan ke Korea" in
       * the headline, with its dates in the text. */
      /* (Two items at least: "participant=to-lam" alone may be another
       * meeting.) */
      if (n_items (o->items->str) >= 2 && items_within (c->items->str, o->items->str))
        {
          g_string_assign (o->items, c->items->str);
          if (c->inferred && !o->inferred)
            o->inferred = g_strdup (c->inferred);
        }
      else if (!(g_str_equal (o->items->str, c->items->str)
                 || (n_items (c->items->str) >= 2 && items_within (o->items->str, c->items->str))))
        continue;
      add_quote (o, c);
      return TRUE;
    }
  return FALSE;
}

/* "kunjungan ke Malaysia dan Singapura": a fact that spans days (its frame
 * has an end slot) with several values of its object (hosts) is one fact
 * each, with the same quotes, dates and subject. */
void
dg_candidate_split_hosts (DgArticle *a)
{
  guint n = a->candidates->len;

  for (guint i = 0; i < n; i++)
    {
      DgCandidate *c = g_ptr_array_index (a->candidates, i);
      const DgFrame *frame = c->id ? dg_lexicon_get_frame (a->cx->lexicon, c->klass) : NULL;
      g_auto (GStrv) each = NULL;

      if (!frame || !frame->slot[DG_SLOT_END] || !frame->slot[DG_SLOT_OBJECT])
        continue;
      each = dg_candidate_values (c, frame->slot[DG_SLOT_OBJECT]);
      if (g_strv_length (each) < 2)
        continue;
      for (guint h = 1; each[h]; h++)
        only_value (copy_of (a, c), each, h);
      only_value (c, each, 0);
    }
}

/* The side the person @ref names is on (the state their post is in), or
 * -1. */
static int
side_of_person (DgArticle *a, const char *ref)
{
  int e = dg_article_find (a, ref);

  return e >= 0 && dg_article_is_person (a, e) ? dg_article_entity (a, e)->stands_for : -1;
}

/* The one of @who alone on their side, where everyone is on one of two
 * sides and one side has one; or -1. */
static int
lone_side (DgArticle *a, char **who)
{
  int side[2] = { -1, -1 }, count[2] = { 0, 0 }, first[2] = { -1, -1 };

  for (int v = 0; who[v]; v++)
    {
      int s = side_of_person (a, who[v]), k;

      if (s < 0)
        return -1;
      k = side[0] < 0 || side[0] == s ? 0 : side[1] < 0 || side[1] == s ? 1 : -1;
      if (k < 0)
        return -1; /* a third side */
      side[k] = s;
      if (!count[k]++)
        first[k] = v;
    }
  return side[1] < 0 ? -1 : count[0] == 1 ? first[0] : count[1] == 1 ? first[1] : -1;
}

/* The participants of @c, a fact whose frame's "all" slot takes persons
 * (a meeting's), or NULL. */
static GStrv
persons_of (DgArticle *a, const DgCandidate *c)
{
  const DgFrame *frame = c->id ? dg_lexicon_get_frame (a->cx->lexicon, c->klass) : NULL;

  if (!frame || !frame->slot[DG_SLOT_ALL] || !frame->only[DG_SLOT_ALL] || !a->cx->person
      || !dg_term_is_a (frame->only[DG_SLOT_ALL], a->cx->person))
    return NULL;
  return dg_candidate_values (c, frame->slot[DG_SLOT_ALL]);
}

/* A meeting of three or more where one person is on one side and the
 * rest on the other ("Prime Minister Jacinda Ardern met Pham Minh Chinh,
 * Nguyen Xuan Phuc and Vuong Dinh Hue") is one meeting of that person
 * with each. */
void
dg_candidate_split_meetings (DgArticle *a)
{
  guint n = a->candidates->len;

  for (guint i = 0; i < n; i++)
    {
      DgCandidate *c = g_ptr_array_index (a->candidates, i);
      g_auto (GStrv) who = persons_of (a, c);
      g_autoptr (GStrvBuilder) others = NULL;
      g_auto (GStrv) each = NULL;
      int lone;

      if (!who || g_strv_length (who) < 3 || (lone = lone_side (a, who)) < 0)
        continue;
      others = g_strv_builder_new ();
      for (int v = 0; who[v]; v++)
        if (v != lone)
          g_strv_builder_add (others, who[v]);
      each = g_strv_builder_end (others);
      for (guint h = 1; each[h]; h++)
        only_value (copy_of (a, c), each, h);
      only_value (c, each, 0);
    }
}

/* A meeting of persons who are all on one side ("Pham Minh Chinh and Vo
 * Van Thuong", "Kim Jong Un, as Kim Jong Il before him") is none of the
 * relations between states news reports on: it is written as a hint. */
void
dg_candidate_doubt_one_side (DgArticle *a)
{
  for (guint i = 0; i < a->candidates->len; i++)
    {
      DgCandidate *c = g_ptr_array_index (a->candidates, i);
      g_auto (GStrv) who = persons_of (a, c);
      int side = -1;
      gboolean one = TRUE;

      if (!who)
        continue;
      for (int v = 0; who[v] && one; v++)
        {
          int s = side_of_person (a, who[v]);
          one = s >= 0 && (side < 0 || s == side);
          side = s;
        }
      if (one && g_strv_length (who) >= 2)
        c->doubt = "every participant on one side";
    }
}

/* A candidate of an event class whose participants are two persons, of a
 * class the lexicon says such ones are (dg:twoPersonClass: "the 14th
 * India-Japan Annual Summit" of Modi and Kishida is their talks), is one
 * of that class, with an id of it. */
void
dg_candidate_events_of_two (DgArticle *a)
{
  for (guint i = 0; i < a->candidates->len; i++)
    {
      DgCandidate *c = g_ptr_array_index (a->candidates, i);
      const DgFrame *frame = c->id ? dg_lexicon_get_frame (a->cx->lexicon, c->klass) : NULL;
      DgTerm *to = c->id ? g_hash_table_lookup (a->cx->of_two, c->klass) : NULL;
      g_auto (GStrv) who = NULL;
      gboolean persons = TRUE;

      if (!to || !frame || !frame->slot[DG_SLOT_ALL])
        continue;
      who = dg_candidate_values (c, frame->slot[DG_SLOT_ALL]);
      if (g_strv_length (who) != 2)
        continue;
      for (guint w = 0; w < 2; w++)
        persons &= dg_article_find (a, who[w]) >= 0
                   && dg_article_is_person (a, dg_article_find (a, who[w]));
      if (!persons)
        continue;
      g_free (c->id);
      c->id = new_id (a, to);
      c->klass = to;
    }
}

/* The class a guest's taking part in @c is (dg:abroadClass on its class
 * or one it is a subclass of), or NULL. */
static DgTerm *
abroad_class (DgArticle *a, const DgCandidate *c)
{
  GHashTableIter iter;
  gpointer from, to;

  g_hash_table_iter_init (&iter, a->cx->abroad);
  while (c->id && g_hash_table_iter_next (&iter, &from, &to))
    if (dg_term_is_a (c->klass, from))
      return to;
  return NULL;
}

/* The state where @c is held: the first of its values, not one of @who,
 * that is a state or stands for one (a city, its capital); or -1. */
static int
held_in (DgArticle *a, const DgCandidate *c, char **who)
{
  g_auto (GStrv) items = g_strsplit (c->items->str, " ", -1);

  for (guint k = 0; items[k] && a->cx->state; k++)
    {
      const char *eq = strchr (items[k], '=');
      int e = eq ? dg_article_find (a, eq + 1) : -1;

      if (e < 0 || g_strv_contains ((const char *const *)who, eq + 1))
        continue;
      if (!dg_article_is_state (a, e))
        e = dg_article_entity (a, e)->stands_for;
      if (e >= 0 && dg_article_is_state (a, e))
        return e;
    }
  return -1;
}

/* The article's candidate of @klass whose subject is @guest, or stands for
 * @guest's state, and whose object is @host; or NULL. */
static DgCandidate *
visit_of (DgArticle *a, DgTerm *klass, const DgFrame *frame, const char *guest, int host)
{
  int side = side_of_person (a, guest);

  for (guint i = 0; i < a->candidates->len; i++)
    {
      DgCandidate *v = g_ptr_array_index (a->candidates, i);
      g_auto (GStrv) subjects = NULL, objects = NULL;
      gboolean same = FALSE;

      if (!v->id || !dg_term_is_a (v->klass, klass))
        continue;
      subjects = dg_candidate_values (v, frame->slot[DG_SLOT_SUBJECT]);
      objects = dg_candidate_values (v, frame->slot[DG_SLOT_OBJECT]);
      for (guint k = 0; subjects[k] && !same; k++)
        same = g_str_equal (subjects[k], guest)
               || (side >= 0 && side_of_person (a, subjects[k]) == side);
      if (same && g_strv_contains ((const char *const *)objects, dg_article_entity (a, host)->ref))
        return v;
    }
  return NULL;
}

/* The first of @who of a side other than @host's, where everyone is of
 * one of two sides, @host's one of them; or -1. */
static int
guest_of (DgArticle *a, char **who, int host)
{
  int guest = -1;
  gboolean home = FALSE;

  for (int w = 0; who[w]; w++)
    {
      int side = side_of_person (a, who[w]);

      if (side < 0 || (side != host && guest >= 0 && side != side_of_person (a, who[guest])))
        return -1; /* a side unknown, or a third */
      if (side == host)
        home = TRUE;
      else if (guest < 0)
        guest = w;
    }
  return home ? guest : -1;
}

/* "South Korean Foreign Minister Park Jin held talks with his Vietnamese
 * counterpart in Hanoi": talks of two sides held in one side's state are
 * the other side's visit to it (dg:abroadClass "Visit" on the class of
 * the talks), with their date and quote, where the article states no
 * visit of that side there. */
void
dg_candidate_visits_abroad (DgArticle *a)
{
  guint n = a->candidates->len;

  for (guint i = 0; i < n; i++)
    {
      DgCandidate *c = g_ptr_array_index (a->candidates, i), *v;
      DgTerm *to = c->doubt || c->status ? NULL : abroad_class (a, c);
      const DgFrame *frame = to ? dg_lexicon_get_frame (a->cx->lexicon, to) : NULL;
      const DgFrame *own = frame ? dg_lexicon_get_frame (a->cx->lexicon, c->klass) : NULL;
      g_auto (GStrv) who = own ? persons_of (a, c) : NULL, dates = NULL;
      int host = who ? held_in (a, c, who) : -1;
      int guest = host >= 0 ? guest_of (a, who, host) : -1;

      if (guest < 0 || !frame->slot[DG_SLOT_SUBJECT] || !frame->slot[DG_SLOT_OBJECT])
        continue;
      dates = own->slot[DG_SLOT_DATE] && frame->slot[DG_SLOT_DATE]
                  ? dg_candidate_values (c, own->slot[DG_SLOT_DATE])
                  : NULL;
      if ((v = visit_of (a, to, frame, who[guest], host)))
        {
          /* A held visit the article dates not is on the day its words
           * give the talks held there ("Erdogan arrived in Jeddah ...; the
           * talks were on Monday"); not the article's day assumed. */
          if (dates && dates[0] && !c->date_assumed && !v->status
              && !dg_candidate_has_value (v, frame->slot[DG_SLOT_DATE])
              && !(frame->slot[DG_SLOT_END]
                   && dg_candidate_has_value (v, frame->slot[DG_SLOT_END])))
            {
              const char *why = "The date: that of the talks held on the visit.";
              char *before = v->inferred;

              dg_candidate_add_item (v, frame->slot[DG_SLOT_DATE], dates[0]);
              v->inferred = before ? g_strconcat (before, " ", why, NULL) : g_strdup (why);
              g_free (before);
            }
          continue;
        }
      v = dg_candidate_new (
          a, to, -1,
          g_strdup_printf ("%s held where the other side is -> %s", c->klass->local, to->local),
          c->sure, g_strdup (g_ptr_array_index (c->quotes, 0)));
      dg_candidate_add_item (v, frame->slot[DG_SLOT_SUBJECT], who[guest]);
      dg_candidate_add_item (v, frame->slot[DG_SLOT_OBJECT], dg_article_entity (a, host)->ref);
      for (guint k = 0; dates && dates[k]; k++)
        dg_candidate_add_item (v, frame->slot[DG_SLOT_DATE], dates[k]);
      v->inferred = g_strdup (c->inferred);
    }
}

/* Is @value a value of two items of @c (a visit's host that is also the
 * place its sentence marks: "ke Korea")? */
static gboolean
twice (const DgCandidate *c, const char *value)
{
  g_autofree char *item = g_strconcat ("=", value, NULL);
  const char *at = strstr (c->items->str, item);

  return at && strstr (at + 1, item);
}

/* "Mirziyoyev's state visit to Kazakhstan ...  Welcoming his Uzbek
 * counterpart, Kazakh President Tokayev noted that the visit will ...": a
 * visit the other way round of one the article stated before it (its
 * visitor of the earlier one's host, its host the earlier visitor's
 * state), with no date and no place of its own, is the earlier visit
 * named by its host: a hint, saying so. */
void
dg_candidate_doubt_host_visitors (DgArticle *a)
{
  for (guint i = 0; i < a->candidates->len; i++)
    {
      DgCandidate *c = g_ptr_array_index (a->candidates, i);
      const DgFrame *frame
          = c->id && !c->doubt ? dg_lexicon_get_frame (a->cx->lexicon, c->klass) : NULL;
      g_auto (GStrv) visitors = NULL, hosts = NULL;
      int side;

      if (!frame || !frame->slot[DG_SLOT_SUBJECT] || !frame->slot[DG_SLOT_OBJECT]
          || !frame->slot[DG_SLOT_END]
          || (!c->host_inferred && frame->slot[DG_SLOT_DATE]
              && dg_candidate_has_value (c, frame->slot[DG_SLOT_DATE])))
        continue;
      visitors = dg_candidate_values (c, frame->slot[DG_SLOT_SUBJECT]);
      hosts = dg_candidate_values (c, frame->slot[DG_SLOT_OBJECT]);
      side = visitors[0] && hosts[0] && !twice (c, hosts[0]) ? side_of_person (a, visitors[0]) : -1;
      for (guint k = 0; side >= 0 && hosts[0] && k < i && !c->doubt; k++)
        {
          const DgCandidate *o = g_ptr_array_index (a->candidates, k);
          g_auto (GStrv) before = NULL, to = NULL;
          int from;

          if (!o->id || o->doubt || dg_lexicon_get_frame (a->cx->lexicon, o->klass) != frame)
            continue;
          before = dg_candidate_values (o, frame->slot[DG_SLOT_SUBJECT]);
          to = dg_candidate_values (o, frame->slot[DG_SLOT_OBJECT]);
          from = before[0] ? side_of_person (a, before[0]) : -1;
          if (from >= 0 && g_str_equal (hosts[0], dg_article_entity (a, from)->ref)
              && g_strv_contains ((const char *const *)to, dg_article_entity (a, side)->ref))
            c->doubt = "the other way round of a visit the article stated before";
        }
    }
}
