/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-extract-private.h"
#include "dg-text-private.h"

/* The entities a sentence names: the gazetteer's by their labels, new ones
 * by a title before a person's name or a head word at the start (or end)
 * of a capitalised name, and the posts titles give.  See
 * doc/extract.md for the rules. */

/* How many words a body's name after a title may have ("the Communist
 * Party of Vietnam Central Committee"). */
#define BODY_WORDS 10

static char *
slug_of (const char *folded_name)
{
  GString *out = g_string_new (NULL);

  for (const char *p = folded_name; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, *p);
      else if (out->len && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* Is the sentence a title or heading in title case (no full stop, at
 * most twenty words, mostly capitalised: "Menlu Sebut Presiden Jerman
 * Undang Prabowo")?  Its capitals tell no names, only the body's do.  (A
 * long list of titled names that ends with no full stop, "... Tran
 * Quoc Khanh.-VNA", is no heading.) */
static gboolean
headline (const DgSentence *s, const char *sentence)
{
  guint words = 0, capitals = 0;
  gsize n = strlen (sentence);

  if (n && strchr (".!?\"", sentence[n - 1]))
    return FALSE;
  for (guint k = 0; k < s->n_words; k++)
    if (!(s->words[k].flags & DG_WORD_NUMBER))
      {
        words++;
        capitals += (s->words[k].flags & DG_WORD_CAPITAL) != 0;
      }
  return words >= 4 && words <= 20 && capitals * 10 >= words * 7;
}

/* A new entity named by words [first, last), or the one the article
 * already made of that name; its block cites the sentence. */
static int
new_entity (DgArticle *a, const DgSentence *s, const char *sentence, guint first, guint last,
            DgTerm *klass, const char *rule, double sure)
{
  DgExtractContext *cx = a->cx;
  g_autofree char *label = dg_extract_span_text (s, first, last);
  g_autofree char *folded = NULL, *slug = NULL;
  DgEntity *e;
  int index;

  folded = g_utf8_strdown (dg_words_fold (cx->words, label, strlen (label)), -1);
  slug = slug_of (folded);
  if (!slug[0] || !g_ascii_isalnum (slug[0]))
    {
      g_autofree char *lower = g_ascii_strdown (klass->local, -1);
      g_free (slug);
      slug = g_strdup_printf ("%s-%08x", lower, g_str_hash (folded));
    }
  /* Never one of the gazetteer's ids for something else. */
  if (g_hash_table_contains (cx->ids, slug))
    {
      g_autofree char *lower = g_ascii_strdown (klass->local, -1);
      char *other = g_strdup_printf ("%s-%s", slug, lower);
      g_free (slug);
      slug = other;
    }
  for (guint i = a->n_known; i < a->entities->len; i++)
    if (g_str_equal (dg_article_entity (a, (int)i)->ref, slug))
      return (int)i;
  e = g_new0 (DgEntity, 1);
  e->ref = g_steal_pointer (&slug);
  e->klass = klass;
  e->label = g_steal_pointer (&label);
  e->last = s->words[last - 1].folded;
  e->first = s->words[first].folded;
  if (last > first + 1 && dg_lexicon_is_name_suffix (cx->lexicon, e->last))
    e->core = s->words[last - 2].folded;
  e->stands_for = -1;
  e->is_new = TRUE;
  e->sentence = a->sentence;
  index = (int)a->entities->len;
  g_ptr_array_add (a->entities, e);
  g_hash_table_add (a->ids, g_strdup (e->ref));
  {
    g_autofree const char **keys = g_new (const char *, last - first);
    for (guint k = first; k < last; k++)
      keys[k - first] = s->words[k].folded;
    dg_phrases_add (a->names, keys, last - first, TRUE,
                    GINT_TO_POINTER (index - (int)a->n_known + 1));
  }
  /* "Pemerintah Indonesia": a body of a class that acts for a state
   * named in its name (dg:actsFor) stands for it. */
  if (cx->state && g_hash_table_contains (cx->acts_for, klass))
    for (guint k = first + 1; k < last && e->stands_for < 0; k++)
      {
        guint len;
        int named = dg_extract_name_at (a, s, k, &len);
        if (named >= 0 && dg_article_entity (a, named)->klass
            && dg_term_is_a (dg_article_entity (a, named)->klass, cx->state))
          e->stands_for = named;
      }
  e->block = (int)a->candidates->len;
  dg_candidate_new (a, klass, index, g_strdup (rule), sure,
                    dg_extract_quote_of (s, sentence, first));
  return index;
}

static void
note_person (DgArticle *a, int entity)
{
  for (guint i = 0; i < a->people->len; i++)
    if (g_array_index (a->people, int, i) == entity)
      return;
  g_array_append_val (a->people, entity);
}

/* A mention of words [first, last), in the sentence's order. */
static void
add_mention (DgArticle *a, guint first, guint last, int entity, gboolean of_title)
{
  DgMention m = { first, last, entity, of_title };
  guint at = a->mentions->len;

  while (at > 0 && g_array_index (a->mentions, DgMention, at - 1).first > first)
    at--;
  g_array_insert_val (a->mentions, at, m);
  if (dg_article_is_person (a, entity))
    note_person (a, entity);
}

/* Does mention @m end right before word @i, or before a possessive there
 * ("Japan's Prime Minister", "India's counterpart")? */
static gboolean
ends_before (const DgSentence *s, const DgMention *m, guint i)
{
  return m->last == i || (m->last + 1 == i && dg_extract_possessive_at (s, m->last));
}

/* A capitalised name from word @i whose head word (first, or last in a
 * language whose names may end in it: "Hanoi University") gives its class,
 * longer than any known name there: sets @entity to the new entity it is,
 * and returns its length, or 0. */
static guint
head_name_at (DgArticle *a, const DgSentence *s, const char *sentence, guint i, int *entity)
{
  const DgLexHit *head;
  guint run, known = 0;
  gboolean proper = FALSE;

  if (!(s->words[i].flags & DG_WORD_CAPITAL) || (run = dg_extract_name_run (a, s, i, FALSE)) < 2)
    return 0;
  if (dg_extract_name_at (a, s, i, &known) >= 0)
    {
      /* A known name takes more than a number after it ("Partai Komunis
       * Vietnam ke-13" is the known party) to make another. */
      gboolean more = FALSE;
      for (guint k = i + known; k < i + run && !more; k++)
        more = (s->words[k].flags & DG_WORD_CAPITAL) != 0;
      if (!more)
        return 0;
    }
  head = dg_sentence_hit (s, i, DG_LEX_HEAD);
  if (!head && dg_lexicon_head_last (a->cx->lexicon))
    for (guint k = i + 1; k < i + run && !head; k++)
      {
        const DgLexHit *h = dg_sentence_hit (s, k, DG_LEX_HEAD);
        if (h && k + h->len == i + run)
          head = h;
      }
  /* A name is more than lexicon words ("Pernyataan Bersama" is a trigger,
   * not a name). */
  for (guint k = i; head && k < i + run && !proper; k++)
    proper = (s->words[k].flags & (DG_WORD_CAPITAL | DG_WORD_NUMBER)) && !dg_extract_covered (s, k);
  if (!head || !proper)
    return 0;
  {
    g_autofree char *rule = g_strdup_printf ("head word \"%s\" of a name -> %s", head->entry->text,
                                             head->entry->term->local);
    *entity = new_entity (a, s, sentence, i, i + run, head->entry->term, rule, 0.6);
  }
  return run;
}

/* The state a body named in words [j, j + len) is of, where a word of its
 * name is the state's or a place's in it ("Partai Komunis Vietnam",
 * "Komite Rakyat Hanoi"): a post in it is held in that state, as analysts
 * record it; else @body. */
static int
state_in_body (DgArticle *a, const DgSentence *s, guint j, guint len, int body)
{
  DgEntity *e = dg_article_entity (a, body);

  if (!a->cx->state || !e->klass || dg_term_is_a (e->klass, a->cx->state))
    return body;
  for (guint k = j + 1, n; k < j + len; k++)
    {
      int named = dg_extract_name_at (a, s, k, &n);

      if (named >= 0 && named != body && !dg_article_is_person (a, named)
          && dg_article_entity (a, named)->stands_for >= 0)
        named = dg_article_entity (a, named)->stands_for;
      if (named >= 0 && named != body && dg_article_is_state (a, named))
        return named;
    }
  return body;
}

/* Is @e a state, or an entity that stands for one? */
static gboolean
tells_state (DgArticle *a, int e)
{
  return dg_article_is_state (a, e) || dg_article_entity (a, e)->stands_for >= 0;
}

/* Is word @j a portfolio's: capitalised, no known name nor a title's
 * start ("Deputy Prime Minister and Foreign Minister X"), and a portfolio
 * word (dg:portfolioWord), one the dictionary derives from a stem, or a
 * body's acronym ("Kepala BRIN X")? */
static gboolean
portfolio_at (DgArticle *a, const DgSentence *s, guint j)
{
  return j + 1 < s->n_words && (s->words[j].flags & DG_WORD_CAPITAL)
         && (s->words[j].stems[0] || dg_sentence_hit (s, j, DG_LEX_PORTFOLIO)
             || dg_extract_is_acronym (s, &s->words[j]))
         && !dg_extract_known_name_at (a, s, j) && !dg_sentence_hit (s, j, DG_LEX_TITLE);
}

/* The word after a title's extras (its first word @j): an abbreviation
 * in parentheses ("Perdana Menteri (PM) Pakistan Shehbaz Sharif",
 * "Menteri Luar Negeri (Menlu) Retno Marsudi"), the
 * word after whose ")" is then @paren; and a portfolio, its words joined
 * by name connectors or commas ("Menteri Sumber Daya Alam dan Lingkungan
 * Hidup Do Duc Duy", "Minister of Education and Training Phung Xuan Nha",
 * "Menteri Perhubungan Guinea, Felix Lamah"): part of the title, not the
 * name. */
static guint
past_title (DgArticle *a, const DgSentence *s, guint j, guint *paren)
{
  if (j + 1 < s->n_words && s->words[j].gap == '('
      && (dg_extract_is_acronym (s, &s->words[j]) || dg_sentence_hit (s, j, DG_LEX_TITLE))
      && s->words[j + 1].gap == ')')
    *paren = ++j;
  for (guint w = j, start = j; w < start + 12 && w < s->n_words;)
    {
      const DgLexHit *c = dg_sentence_hit (s, w, DG_LEX_CONNECTOR);
      gboolean gap
          = dg_extract_joined (s->words[w].gap) || w == *paren
            || (s->words[w].gap == ',' && (w > start || !dg_sentence_hit (s, w, DG_LEX_TITLE)));

      if (gap && portfolio_at (a, s, w))
        j = ++w;
      else if (gap && c && c->len == 1 && !(s->words[w].flags & DG_WORD_CAPITAL)
               && portfolio_at (a, s, w + 1) && dg_extract_joined (s->words[w + 1].gap))
        w++;
      else
        break;
    }
  return j;
}

/* What stands between a title (its extras end at word @j) and a name is
 * whose post it is, into @of; when it cannot be (an event), it is passed
 * over: up to two such names ("Sekretaris Jenderal Komite Sentral Partai
 * Komunis Vietnam, X"), the second replacing the first where it tells a
 * state.  The word after them. */
static guint
past_bodies (DgArticle *a, const DgSentence *s, const char *sentence, guint j, guint paren,
             const DgFrame *frame, int *of)
{
  guint len = 0, run = 0;
  int named = -1;

  for (guint b = 0; b < 2 && (*of < 0 || !tells_state (a, *of)) && j < s->n_words
                    && (dg_extract_joined (s->words[j].gap) || j == paren)
                    && ((run = head_name_at (a, s, sentence, j, &named)) > 0
                        || (named = dg_extract_name_at (a, s, j, &len)) >= 0)
                    && !dg_article_is_person (a, named);
       b++)
    {
      DgEntity *e = dg_article_entity (a, named);

      len = MAX (len, run);
      if (frame->slot[DG_SLOT_OF] && e->klass
          && dg_term_in_any (e->klass, frame->slot[DG_SLOT_OF]->range))
        {
          int in = state_in_body (a, s, j, len, named);
          if (*of < 0 || tells_state (a, in))
            *of = in;
        }
      add_mention (a, j, j + len, named, TRUE);
      j += len;
      len = run = 0;
    }
  return j;
}

/* Whose post the title at word @i is, told before it ("US President",
 * "Japanese Prime Minister", "Menteri Luar Negeri RI" aside): the body
 * named right before it, which is then not an actor of its own; else, in
 * a sentence listing a state's delegation, that state.  -1 if neither. */
static int
post_of_before (DgArticle *a, const DgSentence *s, guint i, DgTerm *of_rel)
{
  if (a->mentions->len > 0)
    {
      DgMention *m = &g_array_index (a->mentions, DgMention, a->mentions->len - 1);
      DgEntity *e = dg_article_entity (a, m->entity);

      if (ends_before (s, m, i) && !m->of_title && e->klass && !dg_article_is_person (a, m->entity)
          && dg_term_in_any (e->klass, of_rel->range) && dg_extract_joined (s->words[i].gap))
        {
          m->of_title = TRUE;
          return m->entity;
        }
    }
  return a->delegation >= 0 && dg_extract_same_clause (a, s, a->delegation_at, i) ? a->delegation
                                                                                  : -1;
}

/* "Turkish Foreign Minister Hakan Fidan, Interior Minister Ali Yerlikaya":
 * a title with no state, listed after a comma or semicolon right after a
 * person whose post has one (a portfolio before the title as English
 * writes it), is in that state; else -1.  Not after "and": "President
 * Macron and Prime Minister Sunak" are the two sides. */
static int
listed_state (DgArticle *a, const DgSentence *s, guint i)
{
  const DgMention *m;
  guint k, portfolio = 0;

  if (!a->mentions->len)
    return -1;
  m = &g_array_index (a->mentions, DgMention, a->mentions->len - 1);
  if (m->last > i || m->last >= s->n_words || !dg_article_is_person (a, m->entity)
      || dg_article_entity (a, m->entity)->stands_for < 0)
    return -1;
  k = m->last;
  if (s->words[k].gap != ',' && s->words[k].gap != ';')
    return -1;
  for (; k < i; k++, portfolio++)
    if (!(s->words[k].flags & DG_WORD_CAPITAL) || portfolio >= 3
        || (k > m->last && s->words[k].gap))
      return -1;
  return dg_article_entity (a, m->entity)->stands_for;
}

/* The word after a post-of word at @j ("of", dg:postOfWord) and the
 * lower-case words of a state's long form after it ("the"); the sentence's
 * end where no post-of word stands at @j. */
static guint
after_post_of (const DgSentence *s, guint j)
{
  const DgLexHit *of = j + 1 < s->n_words && dg_extract_joined (s->words[j].gap)
                           ? dg_sentence_hit (s, j, DG_LEX_POST_OF)
                           : NULL;
  guint at = of ? j + of->len : s->n_words;

  while (at + 1 < s->n_words && !(s->words[at].flags & DG_WORD_CAPITAL)
         && dg_sentence_hit (s, at, DG_LEX_STATE_FORM))
    at++;
  return at;
}

/* "President of Uzbekistan Shavkat Mirziyoyev", "President of the
 * Republic of Kenya": the word before whose post the title at @j's is
 * (dg:postOfWord), and a lower-case word of a state's long form, are
 * passed over where whose post it can be follows.  The word after them. */
static guint
past_post_of (DgArticle *a, const DgSentence *s, guint j, const DgFrame *frame)
{
  guint at = after_post_of (s, j), len;
  int named;

  if (at < s->n_words && dg_extract_joined (s->words[at].gap)
      && (named = dg_extract_name_at (a, s, at, &len)) >= 0 && !dg_article_is_person (a, named)
      && frame->slot[DG_SLOT_OF] && dg_article_entity (a, named)->klass
      && dg_term_in_any (dg_article_entity (a, named)->klass, frame->slot[DG_SLOT_OF]->range))
    return at;
  return j;
}

/* "General Secretary of the Communist Party of Vietnam Central Committee
 * To Lam", "Chairman of the National Assembly of Vietnam Tran Thanh Man":
 * after the post-of word at @j, a body's name runs to its last head word
 * (dg:headWord), and a state after "of" there; the state in it says whose
 * the post is, into @of.  The word after the body, or @j if there is none
 * or it names no state. */
static guint
past_body_of (DgArticle *a, const DgSentence *s, guint j, int *of)
{
  const DgLexHit *hit;
  guint k = after_post_of (s, j), end = 0, len;
  int named, state = -1;

  for (guint m = k; m < s->n_words && m < k + BODY_WORDS && dg_extract_joined (s->words[m].gap);
       m++)
    {
      const DgLexHit *head = dg_sentence_hit (s, m, DG_LEX_HEAD);

      if (!(s->words[m].flags & DG_WORD_CAPITAL) && !dg_sentence_hit (s, m, DG_LEX_STATE_FORM))
        break;
      if (head && (s->words[m].flags & DG_WORD_CAPITAL))
        end = m + head->len;
    }
  if (!end || end >= s->n_words)
    return j;
  /* "the National Assembly of Vietnam" */
  if (end + 1 < s->n_words && dg_extract_joined (s->words[end].gap)
      && (hit = dg_sentence_hit (s, end, DG_LEX_POST_OF))
      && (named = dg_extract_name_at (a, s, end + hit->len, &len)) >= 0
      && dg_article_is_state (a, named))
    end += hit->len + len;
  for (guint m = k; m < end && state < 0; m++)
    if ((named = dg_extract_name_at (a, s, m, &len)) >= 0 && m + len <= end
        && !dg_article_is_person (a, named) && tells_state (a, named))
      {
        state = dg_article_is_state (a, named) ? named : dg_article_entity (a, named)->stands_for;
        add_mention (a, m, m + len, named, TRUE);
      }
  /* A body that tells no state ("the State President Office") may be
   * the guest's or the host's: the post is left to what else says. */
  if (state < 0)
    return j;
  *of = state;
  return end;
}

/* "King Philippe of Belgium", "Prime Minister Kaja Tamm of Estonia": the
 * length of "of [the] STATE" at word @k after a titled name (the state
 * into @state), or 0. */
static guint
of_state_at (DgArticle *a, const DgSentence *s, guint k, int *state)
{
  guint at = after_post_of (s, k), len;

  if (at < s->n_words && dg_extract_joined (s->words[at].gap)
      && (*state = dg_extract_name_at (a, s, at, &len)) >= 0 && dg_article_is_state (a, *state))
    return at + len - k;
  return 0;
}

/* "Abdul Rahman Al Owais, Minister of Health and Prevention, and ...",
 * "bertemu Nguyen Van An, Wakil Perdana Menteri Vietnam": a title with no
 * name after it, right after a comma (with whose post it is before it:
 * word @b), and ending where the sentence or a lower-case word goes on
 * (word @j), is the post of the name before the comma: the person named
 * there, or a new one of two to four capitalised words.  The holder, or
 * -1. */
static int
name_before (DgArticle *a, const DgSentence *s, const char *sentence, guint b, guint j,
             const DgLexHit *title)
{
  guint k = b, run;

  /* "Menteri Perdagangan, Thomas Lembong", "Kepala BKPM (X) Y", "Chairman
   * of the Investment Coordinating Board Y": a name after, unread, is the
   * title's. */
  if (j < s->n_words
      && ((s->words[j].flags & DG_WORD_CAPITAL) || s->words[j].gap == '('
          || (dg_extract_joined (s->words[j].gap) && dg_sentence_hit (s, j, DG_LEX_POST_OF))))
    return -1;

  for (guint m = 0; m < a->mentions->len; m++)
    {
      const DgMention *o = &g_array_index (a->mentions, DgMention, m);

      if (o->last == b && o->of_title)
        b = k = o->first;
    }
  if (b < 2 || s->words[b].gap != ',' || !a->cx->person || headline (s, sentence))
    return -1;
  for (guint m = 0; m < a->mentions->len; m++)
    {
      const DgMention *o = &g_array_index (a->mentions, DgMention, m);

      if (o->last == b)
        return dg_article_is_person (a, o->entity) && !o->of_title ? o->entity : -1;
      if (o->last > b - 2 && o->first < b)
        return -1;
    }
  while (k > 0 && (s->words[k - 1].flags & DG_WORD_CAPITAL)
         && (k == b || dg_extract_joined (s->words[k].gap)))
    k--;
  run = dg_extract_name_run (a, s, k, TRUE);
  if (run != b - k || run < 2 || run > 4)
    return -1;
  {
    g_autofree char *rule = g_strdup_printf ("name before the title \"%s\" -> %s",
                                             title->entry->text, a->cx->person->local);
    int holder = new_entity (a, s, sentence, k, b, a->cx->person, rule, 0.7);

    add_mention (a, k, b, holder, FALSE);
    return holder;
  }
}

/* "..., Pangeran Mohammed bin Salman", "Datuk Dr Zambry Abd Kadir": up
 * to three honorifics from word @j are not the name.  The word after. */
static guint
past_honorifics (const DgSentence *s, guint j)
{
  const DgLexHit *next;

  for (guint k = 0;
       k < 3 && (next = dg_sentence_hit (s, j, DG_LEX_HONORIFIC)) && j + next->len < s->n_words
       && (dg_extract_joined (s->words[j + next->len].gap) || s->words[j + next->len].gap == '.');
       k++)
    j += next->len;
  return j;
}

/* "Menteri Luar Negeri, Retno Marsudi, dalam ...": is the name after the
 * comma at word @j, of two words or more, set off by another comma (or the
 * sentence's end) as the title's?  (A portfolio's words there are the
 * title's: past_title.) */
static gboolean
apposed_name (DgArticle *a, const DgSentence *s, guint j)
{
  guint len = 0;
  int named = dg_extract_name_at (a, s, j, &len);

  if (named >= 0 && !dg_article_is_person (a, named))
    return FALSE;
  if (named < 0)
    len = dg_extract_name_run (a, s, j, TRUE);
  return len >= 2 && (j + len == s->n_words || s->words[j + len].gap == ',');
}

/* A title, maybe whose post it is, then a name: a post held.  Titles in a
 * row share the name ("Sekretaris Jenderal dan Presiden Tiongkok Xi
 * Jinping", "Ketua Komite Sentral ..., Presiden Republik ... X"); a name
 * after a comma follows a body ("Ketua Konferensi ... Tiongkok, Wang
 * Huning").  Returns the word after the name, and the holder in @holder_out
 * (-1 if none). */
static guint
read_title (DgArticle *a, const DgSentence *s, const char *sentence, guint i, const DgLexHit *title,
            DgPass pass, int *holder_out, guint depth)
{
  DgExtractContext *cx = a->cx;
  const DgFrame *frame = dg_lexicon_get_frame (cx->lexicon, title->entry->klass);
  guint j = i + title->len, len = 0, run = 0, paren = G_MAXUINT, next_word;
  int of = -1, holder = -1, named = -1, listed;
  const DgLexHit *next;
  DgPostHow how = DG_POST_BEFORE_NAME;

  *holder_out = -1;
  j = past_title (a, s, j, &paren);
  if ((next_word = past_post_of (a, s, j, frame)) == j && frame->slot[DG_SLOT_OF])
    next_word = past_body_of (a, s, j, &of);
  j = past_bodies (a, s, sentence, next_word, paren, frame, &of);
  if (of < 0 && frame->slot[DG_SLOT_OF])
    of = post_of_before (a, s, i, frame->slot[DG_SLOT_OF]);
  listed = of < 0 && frame->slot[DG_SLOT_OF] ? listed_state (a, s, i) : -1;
  /* "Duta Besar Brasil untuk Indonesia George Monteiro Prata", "Japanese
   * Ambassador to Vietnam Ito Naoki": the state the post is to is passed
   * over (dg:accreditedWord). */
  if (of >= 0 && j + 1 < s->n_words && (next = dg_sentence_hit (s, j, DG_LEX_ACCREDITED))
      && (named = dg_extract_name_at (a, s, j + next->len, &len)) >= 0
      && !dg_article_is_person (a, named))
    {
      add_mention (a, j + next->len, j + next->len + len, named, TRUE);
      j += next->len + len;
    }
  if (j >= s->n_words)
    return j;
  /* Another title in a row: its name is this one's too. */
  if (depth < 4)
    {
      guint k = j;
      const DgLexHit *c = dg_sentence_hit (s, k, DG_LEX_CONNECTOR);

      if (c && s->words[k].gap != ',')
        k += c->len;
      if (k < s->n_words && (next = dg_sentence_hit (s, k, DG_LEX_TITLE))
          && (k > j || s->words[k].gap == ','))
        {
          j = read_title (a, s, sentence, k, next, pass, &holder, depth + 1);
          if (holder >= 0)
            goto found;
          return j;
        }
    }
  if (!dg_extract_joined (s->words[j].gap) && j != paren
      && !(s->words[j].gap == ','
           && (j > i + title->len
               || (apposed_name (a, s, j) && !dg_extract_hit_before (s, DG_LEX_NOT_POST, i)))))
    {
      if ((holder = name_before (a, s, sentence, i, j, title)) >= 0)
        {
          how = DG_POST_AFTER_NAME;
          goto found;
        }
      return j;
    }
  j = past_honorifics (s, j);
  holder = dg_extract_name_at (a, s, j, &len);
  if (holder >= 0 && !dg_article_is_person (a, holder))
    return j;
  if (holder < 0)
    {
      run = dg_extract_name_run (a, s, j, TRUE);
      if (!run && (holder = name_before (a, s, sentence, i, j, title)) >= 0)
        {
          how = DG_POST_AFTER_NAME;
          goto found;
        }
      /* "Menlu Bangladesh bertemu dengan ...": a title and its state with
       * no name is who the article named holding it. */
      if (!run && pass == DG_PASS_FACTS
          && (named = dg_extract_titled_person (a, s, title, j, of)) >= 0)
        add_mention (a, i, j, named, dg_extract_no_actor_before (s, i));
      if (!run || !cx->person)
        return j;
      if ((holder = dg_extract_person_by_last_name (a, s, j, run, TRUE)) >= 0
          || (holder = dg_extract_person_by_first_words (a, s, j, run)) >= 0)
        len = run;
      else if (run == 1 && !of_state_at (a, s, j + 1, &named))
        return j; /* one word is a surname of a full name, or not a name;
                     a monarch's with their state after ("King Philippe of
                     Belgium") is one */
      else if (headline (s, sentence))
        return j; /* "Presiden Jerman Undang Prabowo": capitals are no name there */
      else
        {
          g_autofree char *rule = g_strdup_printf ("name after the title \"%s\" -> %s",
                                                   title->entry->text, cx->person->local);
          holder = new_entity (a, s, sentence, j, j + run, cx->person, rule, 0.7);
          len = run;
        }
    }
  add_mention (a, j, j + len, holder, dg_extract_no_actor_before (s, i));
  j += len;
  if (of < 0 && (len = of_state_at (a, s, j, &named)) > 0)
    {
      of = named;
      add_mention (a, j + len - 1, j + len, named, TRUE);
      j += len;
    }
found:
  *holder_out = holder;
  /* A person the gazetteer or article puts in a state is in it still. */
  if (of < 0 && listed >= 0 && dg_article_entity (a, holder)->stands_for < 0)
    of = listed;
  if (of >= 0 && dg_article_entity (a, holder)->stands_for < 0)
    {
      /* The state a leader stands for: the post's body, or what it is
       * under; none where that is a body the article made that tells no
       * state ("Komite Tetap"). */
      int st
          = dg_article_entity (a, of)->stands_for >= 0 ? dg_article_entity (a, of)->stands_for : of;
      if (!a->cx->state || dg_article_is_state (a, st) || !dg_article_entity (a, st)->is_new)
        dg_article_entity (a, holder)->stands_for = st;
    }
  if (pass == DG_PASS_FACTS)
    dg_extract_propose_post (a, s, sentence, title, of, holder, how);
  return j;
}

/* The state (or what acts for one: "Pemerintah RI") named right before or
 * after the delegation word @hit at word @i, or -1. */
static int
delegation_state (DgArticle *a, const DgSentence *s, guint i, const DgLexHit *hit)
{
  int e = -1;
  guint len;

  if (a->mentions->len > 0
      && ends_before (s, &g_array_index (a->mentions, DgMention, a->mentions->len - 1), i))
    e = g_array_index (a->mentions, DgMention, a->mentions->len - 1).entity;
  else if (i + hit->len < s->n_words && dg_extract_joined (s->words[i + hit->len].gap))
    e = dg_extract_name_at (a, s, i + hit->len, &len);
  if (e >= 0 && !dg_article_is_person (a, e) && dg_article_entity (a, e)->stands_for >= 0)
    e = dg_article_entity (a, e)->stands_for;
  return e >= 0 && dg_article_is_state (a, e) ? e : -1;
}

/* "his Australian counterpart Malcolm Turnbull", "mitranya Wang Yi": the
 * name after a person word (dg:personWord) is a person's, standing for the
 * state named right before the word.  Returns the word after the name, or
 * the word after @hit when no name follows. */
static guint
person_after (DgArticle *a, const DgSentence *s, const char *sentence, guint i, const DgLexHit *hit,
              const DgLexHit *title, DgPass pass)
{
  guint j = i + hit->len, len = 0, run;
  /* "his Vietnamese counterpart, Bui Thanh Son" */
  gboolean next = j < s->n_words && (dg_extract_joined (s->words[j].gap) || s->words[j].gap == ',');
  int person = next ? dg_extract_name_at (a, s, j, &len) : -1;

  if (person >= 0 && !dg_article_is_person (a, person))
    return i + hit->len;
  if (person < 0)
    {
      g_autofree char *rule = NULL;

      if (!next || (run = dg_extract_name_run (a, s, j, TRUE)) < 2 || headline (s, sentence))
        return i + hit->len;
      rule = g_strdup_printf ("name after the word \"%s\" -> %s", hit->entry->text,
                              a->cx->person->local);
      person = new_entity (a, s, sentence, j, j + run, a->cx->person, rule, 0.6);
      len = run;
    }
  if (a->mentions->len > 0 && dg_article_entity (a, person)->stands_for < 0)
    {
      DgMention *m = &g_array_index (a->mentions, DgMention, a->mentions->len - 1);
      if (ends_before (s, m, i) && !dg_article_is_person (a, m->entity))
        dg_article_entity (a, person)->stands_for = m->entity;
    }
  add_mention (a, j, j + len, person, FALSE);
  /* A counterpart holds the post of the title before ("Prime Minister
   * Modi ... his Japanese counterpart Fumio Kishida"), in their state. */
  if (pass == DG_PASS_FACTS && title && dg_article_entity (a, person)->stands_for >= 0)
    dg_extract_propose_post (a, s, sentence, title, dg_article_entity (a, person)->stands_for,
                             person, DG_POST_COUNTERPART);
  return j + len;
}

/* "Joko Widodo (Jokowi)": one capitalised word in parentheses right after
 * a new person's name is another name of them, found in the sentences
 * after ("kata Jokowi"). */
static void
note_aliases (DgArticle *a, const DgSentence *s)
{
  for (guint m = 0; m < a->mentions->len; m++)
    {
      const DgMention *mention = &g_array_index (a->mentions, DgMention, m);
      guint k = mention->last;
      const char *key;

      if (mention->of_title || mention->entity < (int)a->n_known
          || !dg_article_is_person (a, mention->entity) || k >= s->n_words || s->words[k].gap != '('
          || !(s->words[k].flags & DG_WORD_CAPITAL)
          || (k + 1 < s->n_words && s->words[k + 1].gap != ')'))
        continue;
      key = s->words[k].folded;
      dg_phrases_add (a->names, &key, 1, TRUE,
                      GINT_TO_POINTER (mention->entity - (int)a->n_known + 1));
    }
}

/* The entities the sentence names, left to right. */
/* Is mention @m a state's named right after a body's, after a comma,
 * and before a comma, "dan" or the end ("Kantor Berita Vietnam, Republik
 * Sosialis Vietnam, dan ...")? */
static gboolean
apposed (DgArticle *a, const DgSentence *s, guint m)
{
  const DgMention *o = &g_array_index (a->mentions, DgMention, m);
  const DgMention *before = m > 0 ? o - 1 : NULL;

  return before && before->last == o->first && s->words[o->first].gap == ','
         && dg_article_is_state (a, o->entity) && !before->of_title
         && !dg_article_is_person (a, before->entity)
         && dg_article_entity (a, before->entity)->klass && !dg_article_is_state (a, before->entity)
         && (o->last >= s->n_words || s->words[o->last].gap == ','
             || dg_sentence_hit (s, o->last, DG_LEX_CONNECTOR));
}

/* "antara Kantor Berita Vietnam, Republik Sosialis Vietnam, dan Kantor
 * Berita Xinhua, Republik Rakyat Tiongkok": where a sentence names two
 * bodies or more each with its state after a comma, the states say whose
 * the bodies are (as a title's state says whose post it is): no actors of
 * their own.  (The bodies do not act for them: they are the parties.) */
static void
apposed_states (DgArticle *a, const DgSentence *s)
{
  guint n = 0;

  for (guint m = 0; a->cx->state && m < a->mentions->len; m++)
    n += apposed (a, s, m);
  for (guint m = 0; n >= 2 && m < a->mentions->len; m++)
    if (apposed (a, s, m))
      g_array_index (a->mentions, DgMention, m).of_title = TRUE;
}

void
dg_extract_find_mentions (DgArticle *a, const DgSentence *s, const char *sentence, DgPass pass)
{
  const DgLexHit *title = NULL; /* the last title before a name */

  g_array_set_size (a->mentions, 0);
  a->delegation = -1;
  /* A word of welcoming at an airport makes the posts the sentence lists
   * with no state the host's (at a hotel or embassy, the guest's own
   * staff welcome too); else one of company, those after it of whom they
   * accompany. */
  a->cue = DG_CUE_NONE;
  for (guint h = 0, welcome = 0; h < s->hits->len && a->cue != DG_CUE_HOST; h++)
    {
      const DgLexHit *hit = &g_array_index (s->hits, DgLexHit, h);
      welcome |= (hit->entry->kind == DG_LEX_WELCOME) | (hit->entry->kind == DG_LEX_AIRPORT) << 1;
      if (welcome == 3)
        a->cue = DG_CUE_HOST;
      else if (!a->cue
               && (hit->entry->kind == DG_LEX_COMPANY || hit->entry->kind == DG_LEX_DELEGATION))
        {
          a->cue = DG_CUE_GUEST;
          a->cue_at = hit->at;
        }
    }
  for (guint i = 0; i < s->n_words;)
    {
      const DgLexHit *hit;
      guint len = 0, run;
      int e;

      if ((hit = dg_sentence_hit (s, i, DG_LEX_DELEGATION)))
        {
          a->delegation = delegation_state (a, s, i, hit);
          a->delegation_at = i;
          i += hit->len;
          continue;
        }

      if ((hit = dg_sentence_hit (s, i, DG_LEX_TITLE)))
        {
          int holder;
          guint next = read_title (a, s, sentence, i, hit, pass, &holder, 0);
          if (holder >= 0)
            title = hit;
          i = MAX (next, i + hit->len);
          continue;
        }
      if ((hit = dg_sentence_hit (s, i, DG_LEX_PERSON_WORD)) && a->cx->person)
        {
          guint next = person_after (a, s, sentence, i, hit, title, pass);
          if (next > i + hit->len)
            {
              i = next;
              continue;
            }
        }
      e = dg_extract_name_at (a, s, i, &len);
      run = head_name_at (a, s, sentence, i, &e);
      len = MAX (len, run);
      /* A surname alone: the person the article named in full. */
      if (e < 0 && (s->words[i].flags & DG_WORD_CAPITAL)
          && (run = dg_extract_name_run (a, s, i, TRUE)) > 0
          && (e = dg_extract_person_by_last_name (a, s, i, run,
                                                  dg_extract_possessive_at (s, i + run)))
                 >= 0)
        len = run;
      if (e >= 0)
        {
          add_mention (a, i, i + len, e,
                       (dg_article_is_person (a, e) && dg_extract_no_actor_before (s, i))
                           || dg_extract_hit_before (s, DG_LEX_SOURCE, i));
          i += len;
          continue;
        }
      if ((hit = dg_sentence_hit (s, i, DG_LEX_PAIR)) && pass == DG_PASS_FACTS)
        {
          int *pair = dg_term_is_a (hit->entry->term, a->cx->person) ? a->pair_people : a->pair;
          for (guint k = 0; k < 2; k++)
            if (pair[k] >= 0)
              add_mention (a, i, i + hit->len, pair[k], FALSE);
          i += hit->len;
          continue;
        }
      i++;
    }
  apposed_states (a, s);
  if (pass == DG_PASS_NAMES)
    note_aliases (a, s);
}

/* --- Frames ------------------------------------------------------------------ */
