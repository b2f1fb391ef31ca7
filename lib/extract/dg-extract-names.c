/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-extract-private.h"
#include "dg-text-private.h"

/* The entities a sentence names: the gazetteer's by their labels, new ones
 * by a title before a person's name or a head word at the start (or end)
 * of a capitalised name, and the posts titles give.  See
 * doc/extract.md for the rules. */

static gboolean
joined (char gap)
{
  return gap == 0 || gap == '-' || gap == '\'';
}

/* The entities a name may be, of its longest match: a name several
 * entities share (the user's "Korea" and the world's, or a name in
 * context) is resolved below, never by the order of definition alone. */
#define MAX_SAME_NAME 8

typedef struct
{
  guint len;
  guint n;
  int entity[MAX_SAME_NAME];
  gboolean in_context[MAX_SAME_NAME];
  gboolean acronym[MAX_SAME_NAME];
  gboolean capitals;      /* the words matched are written in capitals */
  gboolean capital_first; /* the first of them starts with a capital */
} NameHit;

static gboolean
on_name (const DgPhrase *phrase, gpointer data)
{
  NameHit *hit = data;
  int value = GPOINTER_TO_INT (phrase->data);

  if (hit->n && phrase->n_keys < hit->len)
    return FALSE; /* only the longest */
  hit->len = phrase->n_keys;
  if (hit->n < MAX_SAME_NAME)
    {
      hit->entity[hit->n] = (ABS (value) & ~DG_NAME_ACRONYM) - 1;
      hit->in_context[hit->n] = value < 0;
      hit->acronym[hit->n] = (ABS (value) & DG_NAME_ACRONYM) != 0;
      hit->n++;
    }
  return TRUE;
}

/* One entity for a name, or -1 where the article cannot tell which:
 * - a name of its own (a label, not a name in context) that one entity
 *   has is that entity;
 * - several entities with the name: the user's gazetteer's if just one of
 *   them is the user's, else the first defined (the user's own order);
 * - a name in context only ("Korea"): the one entity among them the
 *   article names otherwise ("Korea Utara", "South Korea"), else none. */
static int
resolve (DgArticle *a, const NameHit *hit)
{
  int plain = -1, user = -1, seen = -1;
  guint n_plain = 0, n_user = 0, n_seen = 0;

  for (guint i = 0; i < hit->n; i++)
    {
      DgEntity *e = dg_article_entity (a, hit->entity[i]);
      /* The world's names are proper names: capitalised in the text
       * ("lima" is five in Indonesian, "Lima" Peru's capital). */
      if ((hit->acronym[i] && !hit->capitals) || (e->world && !hit->capital_first))
        continue;
      if (hit->in_context[i])
        {
          if (e->seen && seen != hit->entity[i])
            {
              seen = hit->entity[i];
              n_seen++;
            }
          continue;
        }
      if (plain != hit->entity[i])
        {
          if (plain < 0)
            plain = hit->entity[i];
          n_plain++;
        }
      if (!e->world && user != hit->entity[i])
        {
          user = hit->entity[i];
          n_user++;
        }
    }
  if (n_plain)
    {
      int e = n_plain == 1 ? plain : n_user == 1 ? user : plain;
      dg_article_entity (a, e)->seen = TRUE;
      return e;
    }
  return n_seen == 1 ? seen : -1;
}

/* Is word @k inside a value phrase of the lexicon ("dolar AS" is a
 * currency, not the United States)? */
static gboolean
in_value (const DgSentence *s, guint k)
{
  for (guint p = k >= 8 ? k - 8 : 0; p <= k; p++)
    {
      const DgLexHit *hit = dg_sentence_hit (s, p, DG_LEX_VALUE);
      if (hit && p + hit->len > k && p < k)
        return TRUE;
    }
  return FALSE;
}

/* The entity named at word @i (the longest name, the article's own or
 * the gazetteer's), or -1. */
static int
name_at (DgArticle *a, const DgSentence *s, guint i, guint *len)
{
  NameHit known = { 0 }, own = { 0 };
  guint lk = dg_phrases_match (a->cx->names, s->words, s->n_words, i, on_name, &known);
  guint lo = dg_phrases_match (a->names, s->words, s->n_words, i, on_name, &own);
  int e;

  if (lo > lk)
    {
      *len = lo;
      return own.entity[0] + (int)a->n_known;
    }
  if (lk && in_value (s, i))
    lk = 0;
  if (lk)
    {
      known.capital_first = (s->words[i].flags & DG_WORD_CAPITAL) != 0;
      known.capitals = TRUE;
      for (guint k = i; k < i + lk && k < s->n_words && known.capitals; k++)
        for (const char *p = s->text + s->words[k].start; p < s->text + s->words[k].end;
             p = g_utf8_next_char (p))
          if (!g_unichar_isupper (g_utf8_get_char (p)) && *p != '.')
            {
              known.capitals = FALSE;
              break;
            }
    }
  e = lk ? resolve (a, &known) : -1;
  *len = e >= 0 ? lk : 0;
  if (e < 0 && (s->words[i].flags & DG_WORD_CAPITAL) && a->cx->state)
    {
      /* "Republik Demokratik Timor Leste": a state's long form, however
       * the gazetteer writes it (dg:stateFormWord). */
      const DgLexHit *form;
      guint k = i, rest;

      while (k < s->n_words && (k == i || joined (s->words[k].gap))
             && (form = dg_sentence_hit (s, k, DG_LEX_STATE_FORM)))
        k += form->len;
      if (k > i && k < s->n_words && joined (s->words[k].gap)
          && (s->words[k].flags & DG_WORD_CAPITAL) && !dg_sentence_hit (s, k, DG_LEX_STATE_FORM)
          && (e = name_at (a, s, k, &rest)) >= 0 && dg_article_entity (a, e)->klass
          && dg_term_is_a (dg_article_entity (a, e)->klass, a->cx->state))
        *len = k - i + rest;
      else
        e = -1;
    }
  return e;
}

static gboolean
has_hit (const DgSentence *s, guint i, DgLexKind kind)
{
  return dg_sentence_hit (s, i, kind) != NULL;
}

/* Is a name other than one of the article's new persons at word @i? */
static gboolean
known_name_at (DgArticle *a, const DgSentence *s, guint i)
{
  guint len;
  int e = name_at (a, s, i, &len);

  return e >= 0 && !(e >= (int)a->n_known && dg_article_entity (a, e)->klass == a->cx->person);
}

/* The length of a known name (not a person's) at word @i, or 0. */
static guint
known_name_len (DgArticle *a, const DgSentence *s, guint i)
{
  guint len;
  int e = name_at (a, s, i, &len);

  return e >= 0
                 && !(a->cx->person && dg_article_entity (a, e)->klass
                      && dg_term_is_a (dg_article_entity (a, e)->klass, a->cx->person))
             ? len
             : 0;
}

/* Is a person named at word @i? */
static gboolean
person_name_at (DgArticle *a, const DgSentence *s, guint i)
{
  guint len;
  int e = name_at (a, s, i, &len);

  return e >= 0 && a->cx->person && dg_article_entity (a, e)->klass
         && dg_term_is_a (dg_article_entity (a, e)->klass, a->cx->person);
}

/* "APEC", "KTT": all capitals, a name of an organisation, never a person's. */
static gboolean
is_acronym (const DgSentence *s, const DgWord *w)
{
  guint n = 0;

  for (const char *p = s->text + w->start; p < s->text + w->end; p = g_utf8_next_char (p), n++)
    if (!g_unichar_isupper (g_utf8_get_char (p)))
      return FALSE;
  return n >= 2;
}

/* Is word @k inside one of the lexicon's phrases? */
static gboolean
covered (const DgSentence *s, guint k)
{
  for (guint p = k >= 8 ? k - 8 : 0; p <= k; p++)
    for (guint h = g_array_index (s->index, guint, p); h < g_array_index (s->index, guint, p + 1);
         h++)
      if (p + g_array_index (s->hits, DgLexHit, h).len > k)
        return TRUE;
  return FALSE;
}

/* The capitalised words from @i: a person's name (at most four words, none
 * of them a lexicon word), or the name of an organisation, a document or a
 * forum (with lower-case connectors and numbers inside). */
/* "L.P" of "Retno L.P. Marsudi": initials, capital letters and dots. */
static gboolean
initial (const DgSentence *s, const DgWord *w)
{
  if (!(w->flags & DG_WORD_CAPITAL) || w->end - w->start > 5)
    return FALSE;
  for (guint b = w->start; b < w->end; b++)
    if (!g_ascii_isupper (s->text[b]) && s->text[b] != '.')
      return FALSE;
  return TRUE;
}

static guint
name_run (DgArticle *a, const DgSentence *s, guint i, gboolean person)
{
  guint j = i, particles = 0;

  while (j < s->n_words
         && (j == i || joined (s->words[j].gap)
             || (person && s->words[j].gap == '.' && initial (s, &s->words[j - 1]))))
    {
      const DgWord *w = &s->words[j];
      guint len;

      if (person)
        {
          /* "Mohammed bin Salman": a particle between two words of it. */
          if (j > i && !(w->flags & DG_WORD_CAPITAL) && dg_sentence_hit (s, j, DG_LEX_PARTICLE)
              && j + 1 < s->n_words && (s->words[j + 1].flags & DG_WORD_CAPITAL)
              && joined (s->words[j + 1].gap) && j - i - particles < 4)
            {
              j++;
              particles++;
              continue;
            }
          if (!(w->flags & DG_WORD_CAPITAL) || j - i - particles == 4 || is_acronym (s, w)
              || has_hit (s, j, DG_LEX_TRIGGER) || has_hit (s, j, DG_LEX_HEAD)
              || has_hit (s, j, DG_LEX_TITLE) || has_hit (s, j, DG_LEX_MONTH)
              || has_hit (s, j, DG_LEX_INDIVIDUAL) || (j > i && known_name_at (a, s, j)))
            break;
        }
      /* A person's name, or a head word, begins another name: "Sekretaris
       * Partai To Lam", "Majelis Nasional Vietnam dan Kongres Rakyat". */
      else if (j > i
               && (person_name_at (a, s, j) || has_hit (s, j, DG_LEX_HEAD)
                   || has_hit (s, j, DG_LEX_TITLE)))
        break; /* "... Council and Inter Provincial Coordination Minister" */
      else if (j > i && (len = known_name_len (a, s, j)) > 0)
        {
          /* A known name inside ends it ("Majelis Nasional Korea" before
           * "Woo Won Sik"), unless a hyphen joins more ("Vietnam-Korea"). */
          guint known;
          DgEntity *e = dg_article_entity (a, name_at (a, s, j, &known));

          j += len;
          if (j < s->n_words && s->words[j].gap != '-' && (s->words[j].flags & DG_WORD_CAPITAL))
            break;
          /* A body's name that ends in its state's is whole: "Exim Bank
           * Malaysia and Turk Eximbank" are two. */
          if (j < s->n_words && dg_sentence_hit (s, j, DG_LEX_CONNECTOR) && e->klass && a->cx->state
              && dg_term_is_a (e->klass, a->cx->state))
            break;
          continue;
        }
      else if (!(w->flags & (DG_WORD_CAPITAL | DG_WORD_NUMBER)))
        {
          const DgLexHit *c = dg_sentence_hit (s, j, DG_LEX_CONNECTOR);
          guint k = c ? j + c->len : j;

          if (!c || k >= s->n_words || !joined (s->words[k].gap)
              || !(s->words[k].flags & (DG_WORD_CAPITAL | DG_WORD_NUMBER))
              || has_hit (s, k, DG_LEX_HEAD) || has_hit (s, k, DG_LEX_TITLE)
              || person_name_at (a, s, k))
            break;
          j = k;
          continue;
        }
      j++;
    }
  return j - i;
}

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

/* Is the sentence a title or heading in title case (no full stop, its
 * words mostly capitalised: "Menlu Sebut Presiden Jerman Undang
 * Prabowo")?  Its capitals tell no names, only the body's do. */
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
  return words >= 4 && capitals * 10 >= words * 7;
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
        int named = name_at (a, s, k, &len);
        if (named >= 0 && dg_article_entity (a, named)->klass
            && dg_term_is_a (dg_article_entity (a, named)->klass, cx->state))
          e->stands_for = named;
      }
  e->block = (int)a->candidates->len;
  dg_candidate_new (a, klass, index, g_strdup (rule), sure,
                    dg_extract_quote_of (s, sentence, first));
  return index;
}

/* A name of one word after a title ("Perdana Menteri Kishida") is a person
 * the article has named in full, when one's name ends in that word. */
static int
person_by_last_name (DgArticle *a, const DgWord *w)
{
  for (guint i = 0; i < a->people->len; i++)
    {
      int p = g_array_index (a->people, int, i);
      if (dg_article_entity (a, p)->last == w->folded)
        return p;
    }
  return -1;
}

static void
note_person (DgArticle *a, int entity)
{
  for (guint i = 0; i < a->people->len; i++)
    if (g_array_index (a->people, int, i) == entity)
      return;
  g_array_append_val (a->people, entity);
}

static void
add_mention (DgArticle *a, guint first, guint last, int entity, gboolean of_title)
{
  DgMention m = { first, last, entity, of_title };

  g_array_append_val (a->mentions, m);
  if (dg_article_is_person (a, entity))
    note_person (a, entity);
}

/* Does mention @m end right before word @i, or before a possessive there
 * ("Japan's Prime Minister", "India's counterpart")? */
static gboolean
ends_before (const DgSentence *s, const DgMention *m, guint i)
{
  return m->last == i
         || (m->last + 1 == i && s->words[m->last].gap == '\''
             && dg_sentence_hit (s, m->last, DG_LEX_POSSESSIVE));
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

  if (!(s->words[i].flags & DG_WORD_CAPITAL) || (run = name_run (a, s, i, FALSE)) < 2)
    return 0;
  if (name_at (a, s, i, &known) >= 0)
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
    proper = (s->words[k].flags & (DG_WORD_CAPITAL | DG_WORD_NUMBER)) && !covered (s, k);
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
      int named = name_at (a, s, k, &n);

      if (named >= 0 && named != body && !dg_article_is_person (a, named)
          && dg_article_entity (a, named)->stands_for >= 0)
        named = dg_article_entity (a, named)->stands_for;
      if (named >= 0 && named != body && dg_article_entity (a, named)->klass
          && dg_term_is_a (dg_article_entity (a, named)->klass, a->cx->state))
        return named;
    }
  return body;
}

/* The word after a title's extras (its first word @j): an abbreviation
 * in parentheses ("Perdana Menteri (PM) Pakistan Shehbaz Sharif"), the
 * word after whose ")" is then @paren; and a portfolio, capitalised words
 * the dictionary derives from a stem ("Menteri Perdagangan Nguyen Van
 * An", "Menteri Perhubungan Guinea, Felix Lamah"): part of the title, not
 * the name. */
static guint
past_title (DgArticle *a, const DgSentence *s, guint j, guint *paren)
{
  if (j + 1 < s->n_words && s->words[j].gap == '(' && is_acronym (s, &s->words[j])
      && s->words[j + 1].gap == ')')
    *paren = ++j;
  for (guint k = 0;
       k < 2 && j + 1 < s->n_words && (joined (s->words[j].gap) || j == *paren)
       && (s->words[j].flags & DG_WORD_CAPITAL) && s->words[j].stems[0] && !known_name_at (a, s, j);
       k++)
    j++;
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
          && dg_term_in_any (e->klass, of_rel->range) && joined (s->words[i].gap))
        {
          m->of_title = TRUE;
          return m->entity;
        }
    }
  return a->delegation;
}

/* "Turkish Foreign Minister Hakan Fidan, Interior Minister Ali Yerlikaya":
 * a title with no state, listed after a comma right after a person whose
 * post has one (a portfolio before the title as English writes it), is in
 * that state; else -1.  Not after "and": "President Macron and Prime
 * Minister Sunak" are the two sides. */
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
  if (s->words[k].gap != ',')
    return -1;
  for (; k < i; k++, portfolio++)
    if (!(s->words[k].flags & DG_WORD_CAPITAL) || portfolio >= 3
        || (k > m->last && s->words[k].gap))
      return -1;
  return dg_article_entity (a, m->entity)->stands_for;
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
  guint j = i + title->len, len = 0, run = 0, paren = G_MAXUINT;
  int of = -1, holder = -1, named = -1, listed;
  const DgLexHit *next;

  *holder_out = -1;
  j = past_title (a, s, j, &paren);
  /* "President of Uzbekistan Shavkat Mirziyoyev": the word before whose
   * post it is (dg:postOfWord). */
  if (j + 1 < s->n_words && joined (s->words[j].gap)
      && (next = dg_sentence_hit (s, j, DG_LEX_POST_OF)) && j + next->len < s->n_words
      && joined (s->words[j + next->len].gap) && (named = name_at (a, s, j + next->len, &len)) >= 0
      && !dg_article_is_person (a, named) && frame->slot[DG_SLOT_OF]
      && dg_article_entity (a, named)->klass
      && dg_term_in_any (dg_article_entity (a, named)->klass, frame->slot[DG_SLOT_OF]->range))
    j += next->len;
  if (j < s->n_words && (joined (s->words[j].gap) || j == paren)
      && ((run = head_name_at (a, s, sentence, j, &named)) > 0
          || (named = name_at (a, s, j, &len)) >= 0)
      && !dg_article_is_person (a, named))
    {
      DgEntity *e = dg_article_entity (a, named);

      len = MAX (len, run);
      /* What stands between a title and a name is whose post it is; when
       * it cannot be (an event), it is passed over. */
      if (frame->slot[DG_SLOT_OF] && e->klass
          && dg_term_in_any (e->klass, frame->slot[DG_SLOT_OF]->range))
        of = state_in_body (a, s, j, len, named);
      add_mention (a, j, j + len, named, TRUE);
      j += len;
    }
  if (of < 0 && frame->slot[DG_SLOT_OF])
    of = post_of_before (a, s, i, frame->slot[DG_SLOT_OF]);
  listed = of < 0 && frame->slot[DG_SLOT_OF] ? listed_state (a, s, i) : -1;
  /* "Duta Besar Brasil untuk Indonesia George Monteiro Prata", "Japanese
   * Ambassador to Vietnam Ito Naoki": the state the post is to is passed
   * over (dg:accreditedWord). */
  if (of >= 0 && j + 1 < s->n_words && (next = dg_sentence_hit (s, j, DG_LEX_ACCREDITED))
      && (named = name_at (a, s, j + next->len, &len)) >= 0 && !dg_article_is_person (a, named))
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
  if (!joined (s->words[j].gap) && !(s->words[j].gap == ',' && j > i + title->len))
    return j;
  /* "..., Pangeran Mohammed bin Salman": an honorific is not the name. */
  if ((next = dg_sentence_hit (s, j, DG_LEX_HONORIFIC)) && j + next->len < s->n_words
      && (joined (s->words[j + next->len].gap) || s->words[j + next->len].gap == '.'))
    j += next->len;
  holder = name_at (a, s, j, &len);
  if (holder >= 0 && !dg_article_is_person (a, holder))
    return j;
  if (holder < 0)
    {
      run = name_run (a, s, j, TRUE);
      if (!run || !cx->person)
        return j;
      if (run == 1 && (holder = person_by_last_name (a, &s->words[j])) >= 0)
        len = 1;
      else if (run == 1)
        return j; /* one word is a surname of a full name, or not a name */
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
  add_mention (a, j, j + len, holder, FALSE);
  j += len;
found:
  *holder_out = holder;
  /* A person the gazetteer or article puts in a state is in it still. */
  if (of < 0 && listed >= 0 && dg_article_entity (a, holder)->stands_for < 0)
    of = listed;
  if (of >= 0 && dg_article_entity (a, holder)->stands_for < 0)
    {
      /* The state a leader stands for: the post's body, or what it is under. */
      dg_article_entity (a, holder)->stands_for
          = dg_article_entity (a, of)->stands_for >= 0 ? dg_article_entity (a, of)->stands_for : of;
    }
  if (pass == DG_PASS_FACTS)
    dg_extract_propose_post (a, s, sentence, title, of, holder, NULL);
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
  else if (i + hit->len < s->n_words && joined (s->words[i + hit->len].gap))
    e = name_at (a, s, i + hit->len, &len);
  if (e >= 0 && !dg_article_is_person (a, e) && dg_article_entity (a, e)->stands_for >= 0)
    e = dg_article_entity (a, e)->stands_for;
  return e >= 0 && a->cx->state && dg_article_entity (a, e)->klass
                 && dg_term_is_a (dg_article_entity (a, e)->klass, a->cx->state)
             ? e
             : -1;
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
  gboolean next = j < s->n_words && (joined (s->words[j].gap) || s->words[j].gap == ',');
  int person = next ? name_at (a, s, j, &len) : -1;

  if (person >= 0 && !dg_article_is_person (a, person))
    return i + hit->len;
  if (person < 0)
    {
      g_autofree char *rule = NULL;

      if (!next || (run = name_run (a, s, j, TRUE)) < 2 || headline (s, sentence))
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
                             person, "before it");
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
void
dg_extract_find_mentions (DgArticle *a, const DgSentence *s, const char *sentence, DgPass pass)
{
  const DgLexHit *title = NULL; /* the last title before a name */

  g_array_set_size (a->mentions, 0);
  a->delegation = -1;
  for (guint i = 0; i < s->n_words;)
    {
      const DgLexHit *hit;
      guint len = 0, run;
      int e;

      if ((hit = dg_sentence_hit (s, i, DG_LEX_DELEGATION)))
        {
          a->delegation = delegation_state (a, s, i, hit);
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
      e = name_at (a, s, i, &len);
      run = head_name_at (a, s, sentence, i, &e);
      len = MAX (len, run);
      /* A surname alone: the person the article named in full. */
      if (e < 0 && (s->words[i].flags & DG_WORD_CAPITAL) && name_run (a, s, i, TRUE) == 1)
        {
          e = person_by_last_name (a, &s->words[i]);
          len = 1;
        }
      if (e >= 0)
        {
          add_mention (a, i, i + len, e, FALSE);
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
  if (pass == DG_PASS_NAMES)
    note_aliases (a, s);
}

/* --- Frames ------------------------------------------------------------------ */
