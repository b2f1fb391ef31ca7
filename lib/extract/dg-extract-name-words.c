/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-extract-private.h"
#include "dg-text-private.h"

/* Which words of a sentence name what: the gazetteer's and the article's
 * names by their longest match, a name several entities share resolved
 * by context, runs of capitalised words that may be a new name, and a
 * partial name of a person named in full before. */
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
int
dg_extract_name_at (DgArticle *a, const DgSentence *s, guint i, guint *len)
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

      while (k < s->n_words && (k == i || dg_extract_joined (s->words[k].gap))
             && (form = dg_sentence_hit (s, k, DG_LEX_STATE_FORM)))
        k += form->len;
      if (k > i && k < s->n_words && dg_extract_joined (s->words[k].gap)
          && (s->words[k].flags & DG_WORD_CAPITAL) && !dg_sentence_hit (s, k, DG_LEX_STATE_FORM)
          && (e = dg_extract_name_at (a, s, k, &rest)) >= 0 && dg_article_is_state (a, e))
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
gboolean
dg_extract_known_name_at (DgArticle *a, const DgSentence *s, guint i)
{
  guint len;
  int e = dg_extract_name_at (a, s, i, &len);

  return e >= 0 && !(e >= (int)a->n_known && dg_article_entity (a, e)->klass == a->cx->person);
}

/* The length of a known name (not a person's) at word @i, or 0. */
static guint
known_name_len (DgArticle *a, const DgSentence *s, guint i)
{
  guint len;
  int e = dg_extract_name_at (a, s, i, &len);

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
  int e = dg_extract_name_at (a, s, i, &len);

  return e >= 0 && a->cx->person && dg_article_entity (a, e)->klass
         && dg_term_is_a (dg_article_entity (a, e)->klass, a->cx->person);
}

/* "APEC", "KTT": all capitals, a name of an organisation, never a person's. */
gboolean
dg_extract_is_acronym (const DgSentence *s, const DgWord *w)
{
  guint n = 0;

  for (const char *p = s->text + w->start; p < s->text + w->end; p = g_utf8_next_char (p), n++)
    if (!g_unichar_isupper (g_utf8_get_char (p)))
      return FALSE;
  return n >= 2;
}

/* Is @w a regnal number in Roman numerals ("II", "XVI")? */
gboolean
dg_extract_is_regnal (const DgSentence *s, const DgWord *w)
{
  gsize n = w->end - w->start;

  return n >= 1 && n <= 6 && strspn (s->text + w->start, "IVXL") == n;
}

/* Is word @k inside one of the lexicon's phrases?  Not a portfolio word:
 * those are words of names too ("Majelis Nasional"). */
gboolean
dg_extract_covered (const DgSentence *s, guint k)
{
  for (guint p = k >= 8 ? k - 8 : 0; p <= k; p++)
    for (guint h = g_array_index (s->index, guint, p); h < g_array_index (s->index, guint, p + 1);
         h++)
      if (p + g_array_index (s->hits, DgLexHit, h).len > k
          && g_array_index (s->hits, DgLexHit, h).entry->kind != DG_LEX_PORTFOLIO)
        return TRUE;
  return FALSE;
}

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

/* Is word @j, in a person's name from @i, a month's name there: before a
 * number, or first and before no other capitalised word ("Theresa May",
 * "Jan Lipavsky" are names)? */
static gboolean
month_at (const DgSentence *s, guint i, guint j)
{
  gboolean last = j + 1 >= s->n_words || !(s->words[j + 1].flags & DG_WORD_CAPITAL);

  return has_hit (s, j, DG_LEX_MONTH)
         && ((j + 1 < s->n_words && (s->words[j + 1].flags & DG_WORD_NUMBER)) || (j == i && last));
}

/* The capitalised words from @i: a person's name (at most four words, none
 * of them a lexicon word), or the name of an organisation, a document or a
 * forum (with lower-case connectors and numbers inside). */
guint
dg_extract_name_run (DgArticle *a, const DgSentence *s, guint i, gboolean person)
{
  guint j = i, particles = 0;

  while (j < s->n_words
         && (j == i || dg_extract_joined (s->words[j].gap)
             || (person && s->words[j].gap == '.' && initial (s, &s->words[j - 1]))))
    {
      const DgWord *w = &s->words[j];
      guint len;

      if (person)
        {
          /* "Mohammed bin Salman": a particle between two words of it. */
          if (j > i && !(w->flags & DG_WORD_CAPITAL) && dg_sentence_hit (s, j, DG_LEX_PARTICLE)
              && j + 1 < s->n_words && (s->words[j + 1].flags & DG_WORD_CAPITAL)
              && dg_extract_joined (s->words[j + 1].gap) && j - i - particles < 4)
            {
              j++;
              particles++;
              continue;
            }
          /* "Kim Min-ho", "Yoon Suk-yeol": a syllable after a hyphen. */
          if (j > i && w->gap == '-' && !(w->flags & (DG_WORD_CAPITAL | DG_WORD_NUMBER)))
            {
              j++;
              particles++;
              continue;
            }
          /* "Carl XVI Gustaf", "Margrethe II": a regnal number. */
          if (j > i && dg_extract_is_regnal (s, w))
            {
              j++;
              particles++;
              continue;
            }
          if (!(w->flags & DG_WORD_CAPITAL) || j - i - particles == 4
              || dg_extract_is_acronym (s, w) || has_hit (s, j, DG_LEX_TRIGGER)
              || has_hit (s, j, DG_LEX_HEAD) || has_hit (s, j, DG_LEX_TITLE) || month_at (s, i, j)
              || has_hit (s, j, DG_LEX_INDIVIDUAL) || (j > i && dg_extract_known_name_at (a, s, j)))
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
          DgEntity *e = dg_article_entity (a, dg_extract_name_at (a, s, j, &known));

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

          if (!c || k >= s->n_words || !dg_extract_joined (s->words[k].gap)
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

/* A surname alone, of @run words from @j ("Perdana Menteri Kishida", a
 * hyphened "President Keller-Sutter"), is a person the article has named
 * in full, when one's name ends in that word, or in it and a suffix
 * ("Marcos" of "Ferdinand Marcos Jr."); else, if @first_too (after
 * a title, or before a possessive: "Anwar's visit", "Yoon's state visit"),
 * one word is the one person whose name begins with it; or -1. */
int
dg_extract_person_by_last_name (DgArticle *a, const DgSentence *s, guint j, guint run,
                                gboolean first_too)
{
  int found = -1;

  for (guint k = 1; k < run; k++)
    if (s->words[j + k].gap != '-')
      return -1;
  for (guint i = 0; run > 0 && i < a->people->len; i++)
    {
      int p = g_array_index (a->people, int, i);
      const DgEntity *e = dg_article_entity (a, p);

      if (e->last == s->words[j + run - 1].folded || e->core == s->words[j + run - 1].folded)
        return p;
    }
  for (guint i = 0; run == 1 && first_too && i < a->people->len; i++)
    {
      int p = g_array_index (a->people, int, i);
      if (dg_article_entity (a, p)->first == s->words[j].folded)
        {
          if (found >= 0)
            return -1; /* two of that name: neither */
          found = p;
        }
    }
  return found;
}

/* "Raja Carl XVI" after "Raja Swedia Carl XVI Gustaf": a name of @run
 * words from @j ending in a regnal number is the person named before whose
 * name begins with it; or -1. */
int
dg_extract_person_by_first_words (DgArticle *a, const DgSentence *s, guint j, guint run)
{
  g_autoptr (GString) words = g_string_new (NULL);

  if (run < 2 || !dg_extract_is_regnal (s, &s->words[j + run - 1]))
    return -1;
  for (guint k = j; k < j + run; k++)
    g_string_append_printf (words, "%s ", s->words[k].folded);
  for (guint i = 0; i < a->people->len; i++)
    {
      int p = g_array_index (a->people, int, i);
      const char *label = dg_article_entity (a, p)->label;
      g_autofree char *folded = label ? dg_words_fold_text (label, strlen (label)) : NULL;

      if (folded && g_str_has_prefix (folded, words->str))
        return p;
    }
  return -1;
}

/* Is word @k a possessive after an apostrophe ("Anwar's")? */
gboolean
dg_extract_possessive_at (const DgSentence *s, guint k)
{
  return k < s->n_words && s->words[k].gap == '\'' && dg_sentence_hit (s, k, DG_LEX_POSSESSIVE);
}
