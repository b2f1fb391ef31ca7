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
/* A quote longer than this is cut to the words around the trigger. */
#define MAX_QUOTE 600
#define QUOTE_CONTEXT 24
/* How far back a repeated statement of a fact is looked for. */
#define MERGE_WINDOW 256

DgEntity *
dg_article_entity (DgArticle *a, int index)
{
  return g_ptr_array_index (a->entities, index);
}

static gboolean
joined (char gap)
{
  return gap == 0 || gap == '-' || gap == '\'';
}

typedef struct
{
  int entity;
} NameHit;

static gboolean
on_name (const DgPhrase *phrase, gpointer data)
{
  NameHit *hit = data;

  hit->entity = GPOINTER_TO_INT (phrase->data) - 1;
  return FALSE; /* the longest, first defined, is enough */
}

/* The entity named at word @i (the longest name, the article's own or
 * the gazetteer's), or -1. */
static int
name_at (DgArticle *a, const DgSentence *s, guint i, guint *len)
{
  NameHit known = { -1 }, own = { -1 };
  guint lk = dg_phrases_match (a->cx->names, s->words, s->n_words, i, on_name, &known);
  guint lo = dg_phrases_match (a->names, s->words, s->n_words, i, on_name, &own);

  if (lo > lk)
    {
      *len = lo;
      return own.entity + (int)a->n_known;
    }
  *len = lk;
  return lk ? known.entity : -1;
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

  return e >= 0 && !(a->cx->person && dg_article_entity (a, e)->klass
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
static guint
name_run (DgArticle *a, const DgSentence *s, guint i, gboolean person)
{
  guint j = i;

  while (j < s->n_words && (j == i || joined (s->words[j].gap)))
    {
      const DgWord *w = &s->words[j];
      guint len;

      if (person)
        {
          if (!(w->flags & DG_WORD_CAPITAL) || j - i == 4 || is_acronym (s, w)
              || has_hit (s, j, DG_LEX_TRIGGER)
              || has_hit (s, j, DG_LEX_HEAD) || has_hit (s, j, DG_LEX_TITLE)
              || has_hit (s, j, DG_LEX_MONTH) || has_hit (s, j, DG_LEX_INDIVIDUAL)
              || (j > i && known_name_at (a, s, j)))
            break;
        }
      /* A person's name, or a head word, begins another name: "Sekretaris
       * Partai To Lam", "Majelis Nasional Vietnam dan Kongres Rakyat". */
      else if (j > i && (person_name_at (a, s, j) || has_hit (s, j, DG_LEX_HEAD)))
        break;
      else if (j > i && (len = known_name_len (a, s, j)) > 0)
        {
          /* A known name inside ends it ("Majelis Nasional Korea" before
           * "Woo Won Sik"), unless a hyphen joins more ("Vietnam-Korea"). */
          j += len;
          if (j < s->n_words && s->words[j].gap != '-' && (s->words[j].flags & DG_WORD_CAPITAL))
            break;
          continue;
        }
      else if (!(w->flags & (DG_WORD_CAPITAL | DG_WORD_NUMBER)))
        {
          const DgLexHit *c = dg_sentence_hit (s, j, DG_LEX_CONNECTOR);
          guint k = c ? j + c->len : j;

          if (!c || k >= s->n_words || !joined (s->words[k].gap)
              || !(s->words[k].flags & (DG_WORD_CAPITAL | DG_WORD_NUMBER))
              || has_hit (s, k, DG_LEX_HEAD) || person_name_at (a, s, k))
            break;
          j = k;
          continue;
        }
      j++;
    }
  return j - i;
}

/* @text[start, end), trimmed and whitespace normalised. */
static char *
normalise (const char *text, gsize start, gsize end)
{
  GString *out = g_string_new (NULL);
  const char *p = text + start;
  gboolean space = FALSE;

  for (; p < text + end; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v')
        space = TRUE;
      else
        {
          if (space && out->len)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

/* Words [first, last) of the sentence, whitespace normalised. */
static char *
span_text (const DgSentence *s, guint first, guint last)
{
  return normalise (s->text, s->words[first].start, s->words[last - 1].end);
}

/* The sentence as its quote, or the words around @around when it is long.
 * Either is a verbatim part of the article, whitespace normalised. */
static char *
quote_of (const DgSentence *s, const char *sentence, guint around)
{
  guint first, last;

  if (strlen (sentence) <= MAX_QUOTE)
    return g_strdup (sentence);
  first = around > QUOTE_CONTEXT ? around - QUOTE_CONTEXT : 0;
  last = MIN (s->n_words, around + QUOTE_CONTEXT);
  return span_text (s, first, last);
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

static DgCandidate *
candidate_new (DgArticle *a, DgTerm *klass, int entity, char *rule, double sure, char *quote)
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
  if (entity < 0)
    {
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (a->counters, klass)) + 1;
      g_autofree char *lower = g_ascii_strdown (klass->local, -1);

      g_hash_table_insert (a->counters, klass, GUINT_TO_POINTER (n));
      c->id = g_strdup_printf ("%s-%s-%u", a->source_ref, lower, n);
    }
  g_ptr_array_add (a->candidates, c);
  return c;
}

static void
add_item (DgCandidate *c, DgTerm *rel, const char *value)
{
  g_autofree char *item = g_strdup_printf (" %s=%s", rel->local, value);

  if (!strstr (c->items->str, item))
    g_string_append (c->items, item);
}

/* A new entity named by words [first, last), or the one the article
 * already made of that name; its block cites the sentence. */
static int
new_entity (DgArticle *a, const DgSentence *s, const char *sentence, guint first, guint last,
            DgTerm *klass, const char *rule, double sure)
{
  DgExtractContext *cx = a->cx;
  g_autofree char *label = span_text (s, first, last);
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
    dg_phrases_add (a->names, keys, last - first, TRUE, GINT_TO_POINTER (index - (int)a->n_known + 1));
  }
  e->block = (int)a->candidates->len;
  candidate_new (a, klass, index, g_strdup (rule), sure, quote_of (s, sentence, first));
  return index;
}

static gboolean
is_person (DgArticle *a, int entity)
{
  DgEntity *e = dg_article_entity (a, entity);
  return a->cx->person && e->klass && dg_term_is_a (e->klass, a->cx->person);
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
  if (is_person (a, entity))
    note_person (a, entity);
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

/* The post a title gives @holder, once an article. */
static void
propose_post (DgArticle *a, const DgSentence *s, const char *sentence, const DgLexHit *title,
              int of, int holder)
{
  DgExtractContext *cx = a->cx;
  const DgFrame *frame = dg_lexicon_get_frame (cx->lexicon, title->entry->klass);
  DgEntity *h = dg_article_entity (a, holder);
  g_autofree char *key = g_strdup_printf ("%s %s", h->ref, title->entry->term->local);
  gpointer known;
  DgCandidate *c;

  if (!cx->holder_rel)
    return;
  /* One post a person and role, whose body the first statement naming
   * one gives ("Presiden Republik Korea Lee Jae-myung", then "Presiden Lee
   * Jae-myung"). */
  if (g_hash_table_lookup_extended (a->posts, key, NULL, &known))
    {
      c = g_ptr_array_index (a->candidates, GPOINTER_TO_UINT (known));
      if (of >= 0 && !strstr (c->items->str, frame->slot[DG_SLOT_OF]->local))
        {
          add_item (c, frame->slot[DG_SLOT_OF], dg_article_entity (a, of)->ref);
          g_ptr_array_add (c->quotes, quote_of (s, sentence, title->at));
        }
      return;
    }
  g_hash_table_insert (a->posts, g_steal_pointer (&key), GUINT_TO_POINTER (a->candidates->len));
  c = candidate_new (a, frame->klass, -1,
                     g_strdup_printf ("title \"%s\" before a name -> %s", title->entry->text,
                                      frame->klass->local),
                     of >= 0 ? 0.8 : 0.6, quote_of (s, sentence, title->at));
  add_item (c, frame->slot[DG_SLOT_TITLE], title->entry->term->local);
  if (of >= 0)
    add_item (c, frame->slot[DG_SLOT_OF], dg_article_entity (a, of)->ref);
  if (frame->slot[DG_SLOT_DATE] && a->today.year)
    {
      g_autofree char *date = dg_date_format (&a->today);
      add_item (c, frame->slot[DG_SLOT_DATE], date);
      c->inferred = g_strdup ("The date is the article's: the post is held then.");
    }
  c->holder = holder;
  c->holder_rel = frame->slot[DG_SLOT_HOLDER];
}

/* A title, maybe whose post it is, then a name: a post held.  Titles in a
 * row share the name ("Sekretaris Jenderal dan Presiden Tiongkok Xi
 * Jinping", "Ketua Komite Sentral ..., Presiden Republik ... X"); a name
 * after a comma follows a body ("Ketua Konferensi ... Tiongkok, Wang
 * Huning").  Returns the word after the name, and the holder in @holder_out
 * (-1 if none). */
static guint
read_title (DgArticle *a, const DgSentence *s, const char *sentence, guint i,
            const DgLexHit *title, DgPass pass, int *holder_out, guint depth)
{
  DgExtractContext *cx = a->cx;
  const DgFrame *frame = dg_lexicon_get_frame (cx->lexicon, title->entry->klass);
  guint j = i + title->len, len = 0, run = 0;
  int of = -1, holder = -1, named = -1;
  const DgLexHit *next;

  *holder_out = -1;
  if (j < s->n_words && joined (s->words[j].gap)
      && ((run = head_name_at (a, s, sentence, j, &named)) > 0
          || (named = name_at (a, s, j, &len)) >= 0)
      && !is_person (a, named))
    {
      DgEntity *e = dg_article_entity (a, named);

      len = MAX (len, run);
      /* What stands between a title and a name is whose post it is; when
       * it cannot be (an event), it is passed over. */
      if (frame->slot[DG_SLOT_OF] && e->klass
          && dg_term_in_any (e->klass, frame->slot[DG_SLOT_OF]->range))
        of = named;
      add_mention (a, j, j + len, named, TRUE);
      j += len;
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
  holder = name_at (a, s, j, &len);
  if (holder >= 0 && !is_person (a, holder))
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
  if (of >= 0 && dg_article_entity (a, holder)->stands_for < 0)
    {
      /* The state a leader stands for: the post's body, or what it is under. */
      dg_article_entity (a, holder)->stands_for = dg_article_entity (a, of)->stands_for >= 0
                                                      ? dg_article_entity (a, of)->stands_for
                                                      : of;
    }
  if (pass == DG_PASS_FACTS)
    propose_post (a, s, sentence, title, of, holder);
  return j;
}

/* The entities the sentence names, left to right. */
static void
find_mentions (DgArticle *a, const DgSentence *s, const char *sentence, DgPass pass)
{
  g_array_set_size (a->mentions, 0);
  for (guint i = 0; i < s->n_words;)
    {
      const DgLexHit *hit;
      guint len = 0, run;
      int e;

      if ((hit = dg_sentence_hit (s, i, DG_LEX_TITLE)))
        {
          int holder;
          guint next = read_title (a, s, sentence, i, hit, pass, &holder, 0);
          i = MAX (next, i + hit->len);
          continue;
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
}

/* --- Frames ------------------------------------------------------------------ */

static gboolean
fits (DgArticle *a, int entity, DgTerm *rel)
{
  DgEntity *e = dg_article_entity (a, entity);
  return e->klass && dg_term_in_any (e->klass, rel->range);
}

/* The actors of [from, to) that @rel takes: leaders before their states
 * when both fit (news names who acted), and a leader's state where only
 * states fit. */
static gboolean
taken_by (GArray *taken, int e)
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

static GArray *
actors (DgArticle *a, const DgSentence *s, DgTerm *rel, guint from, guint to, int self,
        gboolean for_state, gboolean first_group, GArray *taken)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (int));
  gboolean people = FALSE;
  const DgMention *last = NULL;

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < a->mentions->len; i++)
      {
        const DgMention *m = &g_array_index (a->mentions, DgMention, i);
        int e = m->entity;
        gboolean dup = FALSE;

        if (m->of_title || m->first < from || m->last > to || e == self || taken_by (taken, e))
          continue;
        if (pass == 0)
          {
            if (is_person (a, e) && fits (a, e, rel))
              people = TRUE;
            continue;
          }
        if (for_state && !fits (a, e, rel) && dg_article_entity (a, e)->stands_for >= 0)
          e = dg_article_entity (a, e)->stands_for;
        if (!fits (a, e, rel) || e == self || taken_by (taken, e) || (people && !is_person (a, e)))
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

static void
add_actors (DgArticle *a, DgCandidate *c, DgTerm *rel, GArray *list)
{
  for (guint i = 0; i < list->len; i++)
    add_item (c, rel, dg_article_entity (a, g_array_index (list, int, i))->ref);
}

/* Is another trigger of the sentence between words @from and @to? */
static gboolean
trigger_between (DgArticle *a, guint from, guint to)
{
  for (guint i = 0; i < a->triggers->len; i++)
    {
      guint t = g_array_index (a->triggers, guint, i);
      if (t >= from && t < to)
        return TRUE;
    }
  return FALSE;
}

/* The date of the trigger [at, end): the first after it, or the last
 * before it, that no other trigger stands between. */
static const DgDateSpan *
date_near (DgArticle *a, guint at, guint end)
{
  const DgDateSpan *before = NULL;

  for (guint i = 0; i < a->dates->len; i++)
    {
      const DgDateSpan *d = &g_array_index (a->dates, DgDateSpan, i);
      if (d->first >= end)
        return trigger_between (a, end, d->first) ? before : d;
      if (d->last <= at && !trigger_between (a, d->last, at))
        before = d;
    }
  return before;
}

static const DgAmount *
amount_near (DgArticle *a, guint at)
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

/* Fills @c by @frame from the sentence around the trigger [at, end);
 * FALSE when a required slot stays empty. */
static gboolean
fill (DgArticle *a, const DgSentence *s, DgCandidate *c, const DgFrame *frame, guint at,
      guint end, const DgLexEntry *individual, const DgAmount *amount)
{
  guint filled = 0, entities = 0;
  gboolean inferred_pair = FALSE;
  const DgDateSpan *date = NULL;
  static const DgSlot actor_slots[] = { DG_SLOT_SUBJECT, DG_SLOT_OBJECT, DG_SLOT_ALL, DG_SLOT_PAIR };

  g_autoptr (GPtrArray) marked = g_ptr_array_new (); /* relations a marker filled */
  g_autoptr (GArray) taken = g_array_new (FALSE, FALSE, sizeof (int)); /* and their entities */

  /* Marker words first: "di Kuala Lumpur", "ke Korea", "oleh To Lam" say
   * which relation an entity fills wherever it stands. */
  for (guint i = 0; i < s->n_words; i++)
    for (guint h = g_array_index (s->index, guint, i); h < g_array_index (s->index, guint, i + 1);
         h++)
      {
        const DgLexHit *hit = &g_array_index (s->hits, DgLexHit, h);
        DgTerm *rel = hit->entry->term;

        if (hit->entry->kind != DG_LEX_MARKER || !dg_term_in_any (c->klass, rel->domain))
          continue;
        for (guint m = 0; m < a->mentions->len; m++)
          {
            const DgMention *mention = &g_array_index (a->mentions, DgMention, m);
            if (mention->first == i + hit->len && mention->entity != c->entity
                && fits (a, mention->entity, rel))
              {
                g_ptr_array_add (marked, rel);
                g_array_append_val (taken, mention->entity);
                entities++;
              }
          }
      }
  for (guint k = 0; k < G_N_ELEMENTS (actor_slots); k++)
    {
      DgSlot slot = actor_slots[k];
      DgTerm *rel = frame->slot[slot];
      g_autoptr (GArray) list = NULL;

      if (!rel || g_ptr_array_find (marked, rel, NULL))
        continue;
      list = actors (a, s, rel, slot == DG_SLOT_OBJECT ? end : 0,
                     slot == DG_SLOT_SUBJECT ? at : s->n_words, c->entity, slot == DG_SLOT_PAIR,
                     slot == DG_SLOT_SUBJECT, taken);
      if (slot == DG_SLOT_PAIR && list->len < 2)
        {
          /* "The two countries" of the article, as a reader takes them. */
          for (guint p = 0; p < 2; p++)
            if (a->pair[p] >= 0 && fits (a, a->pair[p], rel)
                && (list->len == 0 || g_array_index (list, int, 0) != a->pair[p]) && list->len < 2)
              {
                g_array_append_val (list, a->pair[p]);
                inferred_pair = TRUE;
              }
        }
      if (list->len)
        filled |= 1u << slot;
      entities += list->len;
      add_actors (a, c, rel, list);
      g_array_append_vals (taken, list->data, list->len);
    }
  /* Written after the actors, as a reader says it: who, then where. */
  for (guint m = 0; m < marked->len; m++)
    add_item (c, g_ptr_array_index (marked, m),
              dg_article_entity (a, g_array_index (taken, int, m))->ref);
  if (frame->slot[DG_SLOT_INDIVIDUAL] && individual)
    {
      add_item (c, frame->slot[DG_SLOT_INDIVIDUAL], individual->term->local);
      filled |= 1u << DG_SLOT_INDIVIDUAL;
    }
  if ((frame->slot[DG_SLOT_DATE] || frame->slot[DG_SLOT_END]) && !a->no_dates
      && (date = date_near (a, at, end)))
    {
      g_autofree char *start = dg_date_format (&date->start);
      g_autofree char *until = date->end.year ? dg_date_format (&date->end) : NULL;

      if (start && frame->slot[DG_SLOT_DATE])
        {
          add_item (c, frame->slot[DG_SLOT_DATE], start);
          filled |= 1u << DG_SLOT_DATE;
        }
      if (until && frame->slot[DG_SLOT_END] && !dg_date_surely_before (&date->end, &date->start))
        {
          add_item (c, frame->slot[DG_SLOT_END], until);
          filled |= 1u << DG_SLOT_END;
        }
    }
  if (frame->slot[DG_SLOT_AMOUNT])
    {
      if (!amount)
        amount = amount_near (a, at);
      if (amount)
        {
          add_item (c, frame->slot[DG_SLOT_AMOUNT], amount->amount);
          filled |= 1u << DG_SLOT_AMOUNT;
          if (amount->unit && frame->slot[DG_SLOT_UNIT])
            {
              GString *v = g_string_new (NULL);
              dg_text_append_quoted (v, amount->unit);
              add_item (c, frame->slot[DG_SLOT_UNIT], v->str);
              g_string_free (v, TRUE);
            }
        }
    }
  if (frame->slot[DG_SLOT_METRIC] && end > at)
    {
      g_autofree char *metric = span_text (s, at, end);
      GString *v = g_string_new (NULL);
      dg_text_append_quoted (v, metric);
      g_string_append_printf (v, "@%s", a->language);
      add_item (c, frame->slot[DG_SLOT_METRIC], v->str);
      g_string_free (v, TRUE);
    }
  if ((filled & frame->required) != frame->required)
    return FALSE;
  c->sure = 0.4 + (entities >= 2 ? 0.3 : entities == 1 ? 0.1 : 0) + (date ? 0.1 : 0);
  if (inferred_pair)
    {
      c->sure -= 0.2;
      c->inferred = g_strdup ("Parties: the two states the article is about, as its lead names them.");
    }
  c->sure = CLAMP (c->sure, 0.1, 0.9);
  return TRUE;
}

/* --- Candidates -------------------------------------------------------------- */

typedef struct
{
  const DgLexHit *hit;
  DgTerm *klass;
  int entity; /* a named entity the trigger is part of, or -1 */
} Trigger;

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
      else if (hit->entry->kind == DG_LEX_INDIVIDUAL && !shadowed (s, hit) && !former_marker (s, hit))
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
              *o = t;
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
          if (subject < 0 && mention->first >= hit->at + hit->len && dg_term_in_any (e->klass, rel->domain)
              && !dg_term_in_any (e->klass, rel->range))
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
        c = candidate_new (a, dg_article_entity (a, subject)->klass, subject,
                           g_strdup_printf ("word \"%s\" -> %s", hit->entry->text, rel->local),
                           0.5, quote_of (s, sentence, hit->at));
      add_item (c, rel, dg_article_entity (a, object)->ref);
    }
}

/* Drops the candidate just made (the last), freeing its id's number. */
static void
discard_last (DgArticle *a, DgCandidate *c)
{
  if (c->id)
    g_hash_table_insert (a->counters, c->klass,
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

/* The same fact stated again ("the two countries upgraded ...") is one
 * candidate with one more quote. */
static gboolean
merge_repeat (DgArticle *a, DgCandidate *c)
{
  /* The last MERGE_WINDOW candidates: every one of a news article, and
   * linear time on a corpus. */
  for (guint i = a->candidates->len > MERGE_WINDOW + 1 ? a->candidates->len - MERGE_WINDOW - 1 : 0;
       i + 1 < a->candidates->len; i++)
    {
      DgCandidate *o = g_ptr_array_index (a->candidates, i);
      const char *quote = g_ptr_array_index (c->quotes, 0);
      gboolean known = FALSE;

      /* Parties taken from the article say too little to tell two
       * documents apart. */
      if (o->klass != c->klass || o->entity != c->entity || o->id == NULL || c->id == NULL
          || o->inferred || c->inferred)
        continue;
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
      for (guint q = 0; q < o->quotes->len && !known; q++)
        known = g_str_equal (g_ptr_array_index (o->quotes, q), quote);
      if (!known)
        g_ptr_array_add (o->quotes, g_strdup (quote));
      o->sure = MAX (o->sure, c->sure);
      return TRUE;
    }
  return FALSE;
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
      if (!first)
        first = nearest = after;
      if (!first)
        continue;
      frame = dg_lexicon_get_frame (a->cx->lexicon, first->entry->term);
      c = candidate_new (a, first->entry->term, -1,
                         g_strdup_printf ("word \"%s\" before an amount -> %s",
                                          first->entry->text[0] == '=' ? first->entry->text + 1
                                                                       : first->entry->text,
                                          first->entry->term->local),
                         0.5, quote_of (s, sentence, amount->first));
      if (!fill (a, s, c, frame, nearest->at, nearest->at + nearest->len, NULL, amount)
          || merge_repeat (a, c))
        discard_last (a, c);
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

      if (hit->entry->kind != DG_LEX_INDIVIDUAL || shadowed (s, hit) || !(marker = former_marker (s, hit))
          || !(frame = dg_lexicon_get_frame (a->cx->lexicon, klass)))
        continue;
      rel = marker->entry->term;
      quote = quote_of (s, sentence, hit->at);
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
      before = candidate_new (a, klass, -1,
                              g_strdup_printf ("name \"%s\" after \"%s\" -> %s (%s)",
                                               hit->entry->text, marker->entry->text,
                                               klass->local, rel->local),
                              0.5, g_steal_pointer (&quote));
      a->no_dates = TRUE;
      if (!fill (a, s, before, frame, hit->at, hit->at + hit->len, hit->entry, NULL))
        {
          a->no_dates = FALSE;
          discard_last (a, before);
          continue;
        }
      a->no_dates = FALSE;
      add_item (now, rel, before->id);
    }
}

static void
propose (DgArticle *a, const DgSentence *s, const char *sentence)
{
  g_autoptr (GArray) found = triggers (a, s);

  g_array_set_size (a->triggers, 0);
  for (guint i = 0; i < found->len; i++)
    g_array_append_val (a->triggers, g_array_index (found, Trigger, i).hit->at);

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
      rule = g_strdup_printf ("%s \"%s\" -> %s", entry->kind == DG_LEX_INDIVIDUAL ? "name" : "word",
                              entry->text[0] == '=' ? entry->text + 1 : entry->text,
                              t->klass->local);
      c = candidate_new (a, t->klass, t->entity, g_steal_pointer (&rule), 0.5,
                         quote_of (s, sentence, t->hit->at));
      if (!fill (a, s, c, frame, t->hit->at, t->hit->at + t->hit->len,
                 entry->kind == DG_LEX_INDIVIDUAL ? entry : NULL, NULL)
          || merge_repeat (a, c))
        discard_last (a, c);
    }
  figures (a, s, sentence);
  formers (a, s, sentence);
  relation_triggers (a, s, sentence);
}

static void
read_window (DgArticle *a, const char *sentence, DgSentence *s, DgPass pass)
{
  dg_lexicon_find (a->cx->lexicon, s);
  find_mentions (a, s, sentence, pass);
  if (pass == DG_PASS_NAMES)
    return;
  for (guint i = 0; i < a->amounts->len; i++)
    dg_amount_clear (&g_array_index (a->amounts, DgAmount, i));
  g_array_set_size (a->dates, 0);
  g_array_set_size (a->amounts, 0);
  dg_values_find (a->cx->lexicon, s, &a->today, a->dates, a->amounts);
  if (pass == DG_PASS_FACTS)
    {
      propose (a, s, sentence);
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
  sentence = normalise (a->text, start, end);
  for (guint w = 0; w < a->words->len; w += WINDOW)
    {
      s.words = &g_array_index (a->words, DgWord, w);
      s.n_words = MIN (WINDOW, a->words->len - w);
      read_window (a, sentence, &s, pass);
    }
}
