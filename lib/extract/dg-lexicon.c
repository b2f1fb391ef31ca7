/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dg-error.h"
#include "dg-kept-shares-private.h"
#include "dg-lexicon-private.h"
#include "dg-text.h"

#define DG_NS "https://w3id.org/diplograph#"

struct _DgLexicon
{
  DgOntology *ontology;
  DgKeptShares *kept_shares;
  GPtrArray *symbols; /* char* pairs: a currency symbol, its unit ("$", "USD") */
  char *language; /* primary subtag, lower case */
  DgWords *words;
  DgPhrases *phrases;
  GPtrArray *entries; /* DgLexEntry*, owned */
  GHashTable *frames; /* DgTerm* class -> DgFrame* (own, owned) */
  GHashTable *inherited;       /* DgTerm* class -> const DgFrame*, or the lexicon for none */
  GHashTable *name_properties; /* IRI -> TRUE, rdfs:label among them */
  GHashTable *abbreviations;   /* honorifics ending in a full stop, folded, without it */
  GHashTable *months;          /* the months' names, folded: "Aug." before a day ends no sentence */
  GHashTable *suffixes;        /* name suffixes, folded, without a full stop ("jr") */
  char decimal_mark;
  gboolean month_first;
  gboolean head_last;
  char *dictionary;
  GError *error; /* the first error while reading the annotations */
};

static const char *const slot_names[DG_N_SLOTS] = {
  "subject", "object", "all",  "pair",   "individual",  "title", "of",    "holder", "date",
  "end",     "amount", "unit", "metric", "articleDate", "place", "other", "status",
};

/* Does a literal tagged @tag apply to the lexicon's language? */
static gboolean
applies (DgLexicon *self, const char *tag)
{
  gsize n = strlen (self->language);

  return tag[0] == '\0'
         || (g_ascii_strncasecmp (tag, self->language, n) == 0
             && (tag[n] == '\0' || tag[n] == '-'));
}

static DgLexEntry *
new_entry (DgLexicon *self, DgLexKind kind, DgTerm *term, const char *text)
{
  DgLexEntry *e = g_new0 (DgLexEntry, 1);

  e->kind = kind;
  e->term = term;
  e->text = dg_words_intern (self->words, text);
  g_ptr_array_add (self->entries, e);
  return e;
}

gboolean
dg_lexicon_add_phrase (DgLexicon *self, DgPhrases *phrases, const char *text, gboolean stemmed,
                       gpointer data)
{
  g_autoptr (GArray) words = g_array_new (FALSE, FALSE, sizeof (DgWord));
  g_autofree const char **keys = NULL;

  if (text[0] == '=')
    {
      text++;
      stemmed = FALSE;
    }
  dg_words_split (self->words, text, 0, strlen (text), words);
  if (words->len == 0)
    return FALSE;
  keys = g_new (const char *, words->len);
  for (guint i = 0; i < words->len; i++)
    {
      const DgWord *w = &g_array_index (words, DgWord, i);
      keys[i] = stemmed && w->stems[0] ? w->stems[0] : w->folded;
    }
  dg_phrases_add (phrases, keys, words->len, !stemmed, data);
  return TRUE;
}

static void fail (DgLexicon *self, const char *subject, const char *format, ...)
    G_GNUC_PRINTF (3, 4);

static void
fail (DgLexicon *self, const char *subject, const char *format, ...)
{
  va_list args;
  g_autofree char *message = NULL;

  if (self->error)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (&self->error, DG_ERROR, DG_ERROR_INVALID_VALUE, "lexicon: <%s>: %s", subject,
               message);
}

/* Names numbered by their place, "-" for none: the months (12, January
 * first) or the weekdays (7, Monday first). */
static void
add_numbered (DgLexicon *self, DgLexKind kind, const char *subject, const char *text, guint count,
              const char *property)
{
  g_auto (GStrv) names = g_strsplit_set (text, " \t", -1);
  guint n = 0;

  for (guint i = 0; names[i]; i++)
    if (names[i][0])
      {
        DgLexEntry *e;

        n++;
        if (g_str_equal (names[i], "-") || n > count)
          continue;
        e = new_entry (self, kind, NULL, names[i]);
        e->number = (int)n;
        if (kind == DG_LEX_MONTH)
          g_hash_table_add (self->months, dg_words_fold_text (names[i], strlen (names[i])));
        dg_lexicon_add_phrase (self, self->phrases, names[i], FALSE, e);
      }
  if (n != count)
    fail (self, subject, "dg:%s \"%s\" has %u names, not %u", property, text, n, count);
}

static DgTerm *
term_or_fail (DgLexicon *self, const char *subject, gboolean class_wanted)
{
  DgTerm *t = dg_ontology_term (self->ontology, subject);

  if (!t || (class_wanted != (t->kind == DG_TERM_CLASS)))
    {
      fail (self, subject, "not a %s of the ontology", class_wanted ? "class" : "relation");
      return NULL;
    }
  return t;
}

/* "word=value": the word and the value after the last "=". */
static gboolean
split_pair (const char *text, char **word, char **value)
{
  const char *eq = strrchr (text, '=');

  if (!eq || eq == text || eq[1] == '\0')
    return FALSE;
  *word = g_strndup (text, (gsize)(eq - text));
  *value = g_strdup (eq + 1);
  return TRUE;
}

typedef struct
{
  DgLexicon *self;
  DgLexKind kind;
  const char *predicate;
} Reading;

/* "billion=9", "dolar AS=USD": a word, then its value (a multiplier's
 * exponent of ten). */
static void
add_valued (DgLexicon *self, DgLexKind kind, const char *subject, const char *text)
{
  g_autofree char *word = NULL, *value = NULL;
  DgLexEntry *e;
  DgTerm *t;
  char *end;

  if (!(t = term_or_fail (self, subject, FALSE)))
    return;
  if (!split_pair (text, &word, &value))
    {
      fail (self, subject, "\"%s\" is not WORD=VALUE", text);
      return;
    }
  e = new_entry (self, kind, t, word);
  e->value = dg_words_intern (self->words, value);
  if (kind == DG_LEX_MULTIPLIER)
    {
      e->number = (int)strtol (value, &end, 10);
      if (*end || e->number < 0 || e->number > 18)
        {
          fail (self, subject, "\"%s\": the exponent must be 0 to 18", text);
          return;
        }
    }
  dg_lexicon_add_phrase (self, self->phrases, word, FALSE, e);
}

/* "kemarin=-1", "tahun lalu=-1": the phrase, then its offset in days or
 * years. */
static void
add_relative (DgLexicon *self, DgLexKind kind, const char *subject, const char *text)
{
  const char *name = kind == DG_LEX_RELATIVE_DAY ? "relativeDay" : "relativeYear";
  const char *unit = kind == DG_LEX_RELATIVE_DAY ? "days" : "years";
  const char *eq = strrchr (text, '=');
  char *end = NULL;
  long n = eq ? strtol (eq + 1, &end, 10) : 0;
  g_autofree char *word = eq ? g_strndup (text, (gsize)(eq - text)) : NULL;
  DgLexEntry *e;

  if (!eq || eq == text || !end || *end || n < -31 || n > 31)
    {
      fail (self, subject, "dg:%s \"%s\": expected word=%s (-31 to 31)", name, text, unit);
      return;
    }
  e = new_entry (self, kind, NULL, word);
  e->number = (int)n;
  dg_lexicon_add_phrase (self, self->phrases, word, FALSE, e);
}

static void
on_literal (const char *subject, const char *text, const char *language, gpointer data)
{
  Reading *r = data;
  DgLexicon *self = r->self;
  DgLexEntry *e;
  DgTerm *t;

  if (!applies (self, language))
    return;
  switch (r->kind)
    {
    case DG_LEX_TRIGGER:
      if (!(t = dg_ontology_term (self->ontology, subject)))
        {
          fail (self, subject, "dg:trigger on a term the ontology does not have");
          return;
        }
      e = new_entry (self, r->kind, t, text);
      dg_lexicon_add_phrase (self, self->phrases, text, TRUE, e);
      return;
    case DG_LEX_STATUS:
      if (!(t = dg_ontology_term (self->ontology, subject)) || t->kind != DG_TERM_INDIVIDUAL)
        {
          fail (self, subject, "dg:statusWord on no individual of the ontology");
          return;
        }
      e = new_entry (self, r->kind, t, text);
      dg_lexicon_add_phrase (self, self->phrases, text, TRUE, e);
      return;
    case DG_LEX_HEAD:
    case DG_LEX_PAIR:
      if (!(t = term_or_fail (self, subject, TRUE)))
        return;
      e = new_entry (self, r->kind, t, text);
      /* Head words are the first words of names, as written. */
      dg_lexicon_add_phrase (self, self->phrases, text, r->kind == DG_LEX_PAIR, e);
      return;
    case DG_LEX_MARKER:
      if (!(t = term_or_fail (self, subject, FALSE)))
        return;
      e = new_entry (self, r->kind, t, text);
      dg_lexicon_add_phrase (self, self->phrases, text, FALSE, e);
      return;
    case DG_LEX_MULTIPLIER:
    case DG_LEX_VALUE:
      add_valued (self, r->kind, subject, text);
      return;
    case DG_LEX_MONTH:
      add_numbered (self, r->kind, subject, text, 12, "monthNames");
      return;
    case DG_LEX_WEEKDAY:
      add_numbered (self, r->kind, subject, text, 7, "weekdayNames");
      return;
    case DG_LEX_RELATIVE_DAY:
    case DG_LEX_RELATIVE_YEAR:
      add_relative (self, r->kind, subject, text);
      return;
    case DG_LEX_YEAR:
    case DG_LEX_RANGE:
    case DG_LEX_PERSON_WORD:
    case DG_LEX_TODAY:
    case DG_LEX_CONNECTOR:
    case DG_LEX_ANAPHOR:
    case DG_LEX_SINCE:
    case DG_LEX_RECEIVE:
    case DG_LEX_PARTICLE:
    case DG_LEX_NOT_POST:
    case DG_LEX_NOT_FACT:
    case DG_LEX_ATTRIBUTIVE:
    case DG_LEX_ACCREDITED:
    case DG_LEX_POST_OF:
    case DG_LEX_POSSESSIVE:
    case DG_LEX_STATE_FORM:
    case DG_LEX_DELEGATION:
    case DG_LEX_ANNIVERSARY:
    case DG_LEX_YEARS:
    case DG_LEX_SAID:
    case DG_LEX_INVITATION:
    case DG_LEX_PORTFOLIO:
    case DG_LEX_END:
    case DG_LEX_BETWEEN:
    case DG_LEX_NOT_ACTOR:
    case DG_LEX_MEMORIAL:
    case DG_LEX_WELCOME:
    case DG_LEX_COMPANY:
    case DG_LEX_AIRPORT:
    case DG_LEX_SHARE:
    case DG_LEX_PURPOSE:
    case DG_LEX_WITHIN:
    case DG_LEX_LINK:
    case DG_LEX_SOURCE:
    case DG_LEX_HONORIFIC:
      if (r->kind == DG_LEX_HONORIFIC && g_str_has_suffix (text, ".") && !strchr (text, ' '))
        g_hash_table_add (self->abbreviations, dg_words_fold_text (text, strlen (text) - 1));
      e = new_entry (self, r->kind, NULL, text);
      dg_lexicon_add_phrase (self, self->phrases, text, FALSE, e);
      return;
    case DG_LEX_INDIVIDUAL:
    case DG_LEX_TITLE:
      g_assert_not_reached ();
    }
}

static void
on_setting (const char *subject, const char *text, const char *language, gpointer data)
{
  Reading *r = data;
  DgLexicon *self = r->self;

  if (language[0] == '\0' || !applies (self, language))
    return;
  if (g_str_equal (r->predicate, DG_NS "decimalMark"))
    {
      if (!g_str_equal (text, ",") && !g_str_equal (text, "."))
        {
          fail (self, subject, "dg:decimalMark must be \",\" or \".\"");
          return;
        }
      self->decimal_mark = text[0];
    }
  else if (g_str_equal (r->predicate, DG_NS "dateOrder"))
    {
      if (!g_str_equal (text, "dmy") && !g_str_equal (text, "mdy"))
        {
          fail (self, subject, "dg:dateOrder must be \"dmy\" or \"mdy\"");
          return;
        }
      self->month_first = text[0] == 'm';
    }
  else if (g_str_equal (r->predicate, DG_NS "headLast"))
    self->head_last = g_str_equal (text, "true");
  else if (!self->dictionary)
    self->dictionary = g_strdup (text);
}

/* dg:keptShare "0.8=0.54 0.7=0.30 ...": what a rule's sureness meant on
 * a corpus a reviewer went through; on a class, its candidates'. */
static void
on_kept_share (const char *subject, const char *text, const char *language, gpointer data)
{
  DgLexicon *self = data;
  gboolean on_class = !g_str_equal (subject, "https://w3id.org/diplograph");
  g_autofree char *message = NULL;

  if (applies (self, language)
      && !dg_kept_shares_add (self->kept_shares, on_class,
                              on_class ? dg_ontology_term (self->ontology, subject) : NULL, text,
                              &message))
    fail (self, subject, "%s", message);
}

/* dg:nameSuffix "Jr.": kept folded, without its full stop, as a text's
 * words are split. */
static void
on_suffix (const char *subject, const char *text, const char *language, gpointer data)
{
  Reading *r = data;
  gsize len = strlen (text);

  (void)subject;
  if (!applies (r->self, language))
    return;
  while (len > 0 && text[len - 1] == '.')
    len--;
  if (len > 0)
    g_hash_table_add (r->self->suffixes, dg_words_fold_text (text, len));
}

/* dg:symbol "$=USD": a sign written before a number that gives its unit. */
static void
on_symbol (const char *subject, const char *text, const char *language, gpointer data)
{
  DgLexicon *self = data;
  const char *eq = strrchr (text, '=');

  if (!applies (self, language))
    return;
  if (!eq || eq == text || !eq[1])
    {
      fail (self, subject, "dg:symbol \"%s\": expected SYMBOL=VALUE", text);
      return;
    }
  g_ptr_array_add (self->symbols, g_strndup (text, (gsize)(eq - text)));
  g_ptr_array_add (self->symbols, g_strdup (eq + 1));
}

const char *
dg_lexicon_symbol_before (DgLexicon *self, const char *text, gsize at)
{
  const char *best = NULL;
  gsize best_len = 0;

  /* The longest symbol ending right before @at ("US$" before "$"). */
  for (guint i = 0; i + 1 < self->symbols->len; i += 2)
    {
      const char *symbol = g_ptr_array_index (self->symbols, i);
      gsize n = strlen (symbol);

      if (n <= at && n > best_len && memcmp (text + at - n, symbol, n) == 0)
        {
          best = g_ptr_array_index (self->symbols, i + 1);
          best_len = n;
        }
    }
  return best;
}

gboolean
dg_lexicon_is_abbreviation (DgLexicon *self, const char *word, gsize len)
{
  g_autofree char *folded = dg_words_fold_text (word, len);
  return g_hash_table_contains (self->abbreviations, folded);
}

gboolean
dg_lexicon_is_month (DgLexicon *self, const char *word, gsize len)
{
  g_autofree char *folded = dg_words_fold_text (word, len);
  return g_hash_table_contains (self->months, folded);
}

gboolean
dg_lexicon_is_name_suffix (DgLexicon *self, const char *folded)
{
  return folded && g_hash_table_contains (self->suffixes, folded);
}

double
dg_lexicon_kept_share (DgLexicon *self, DgTerm *klass, double sure)
{
  return dg_kept_shares_lookup (self->kept_shares, klass, sure);
}

static void
on_names_node (const char *subject, const char *text, const char *language, gpointer data)
{
  DgLexicon *self = data;

  if (g_str_equal (text, "true"))
    g_hash_table_insert (self->name_properties, g_strdup (subject), GINT_TO_POINTER (DG_NAMES_ALWAYS));
  else if (g_str_equal (text, "context"))
    g_hash_table_insert (self->name_properties, g_strdup (subject), GINT_TO_POINTER (DG_NAMES_IN_CONTEXT));
}

static void
on_frame (const char *subject, const char *text, const char *language, gpointer data)
{
  Reading *r = data;
  DgLexicon *self = r->self;
  g_auto (GStrv) items = g_strsplit_set (text, " \t", -1);
  DgFrame *frame;
  DgTerm *klass;

  if (!applies (self, language) || !(klass = term_or_fail (self, subject, TRUE)))
    return;
  frame = g_new0 (DgFrame, 1);
  frame->klass = klass;
  g_hash_table_replace (self->frames, klass, frame);
  for (guint i = 0; items[i]; i++)
    {
      g_autofree char *slot = NULL, *name = NULL;
      gboolean required, key;
      DgTerm *rel, *only = NULL;
      char *colon;
      guint s;

      if (!items[i][0])
        continue;
      if (!split_pair (items[i], &slot, &name))
        {
          fail (self, subject, "dg:frame item \"%s\" is not SLOT=RELATION", items[i]);
          return;
        }
      /* "slot!+=relation:Class": the marks in any order. */
      required = key = FALSE;
      for (gsize end = strlen (slot); end && strchr ("!+", slot[end - 1]); end--)
        {
          required |= slot[end - 1] == '!';
          key |= slot[end - 1] == '+';
          slot[end - 1] = '\0';
        }
      if ((colon = strchr (name, ':')))
        {
          *colon = '\0';
          if (!(only = dg_ontology_find (self->ontology, DG_TERM_CLASS, colon + 1)))
            {
              fail (self, subject, "dg:frame: unknown class \"%s\"", colon + 1);
              return;
            }
        }
      for (s = 0; s < DG_N_SLOTS && !g_str_equal (slot_names[s], slot); s++)
        ;
      if (s == DG_N_SLOTS)
        {
          fail (self, subject, "dg:frame: unknown slot \"%s\"", slot);
          return;
        }
      rel = dg_ontology_find (self->ontology, DG_TERM_OBJECT_PROPERTY, name);
      if (!rel)
        rel = dg_ontology_find (self->ontology, DG_TERM_DATATYPE_PROPERTY, name);
      if (!rel)
        {
          fail (self, subject, "dg:frame: unknown relation \"%s\"", name);
          return;
        }
      /* The holder's relation points at the fact; every other at its value. */
      if (!dg_term_in_any (klass, s == DG_SLOT_HOLDER ? rel->range : rel->domain))
        {
          fail (self, subject, "dg:frame: \"%s\" does not apply to %s", name, klass->local);
          return;
        }
      frame->slot[s] = rel;
      frame->only[s] = only;
      if (required)
        frame->required |= 1u << s;
      if (key)
        frame->key |= 1u << s;
    }
}

/* The individuals a frame's individual or title slot is filled with are
 * found by their labels. */
typedef struct
{
  DgLexicon *self;
  const DgFrame *frame;
  DgTerm *rel;
  DgLexKind kind;
} Individuals;

/* An individual's other names (dg:alternativeName: "Foreign Minister",
 * "PM", "Menlu"), found as its labels are. */
static void
on_alternative_name (const char *subject, const char *text, const char *language, gpointer data)
{
  Individuals *in = data;
  DgTerm *ind = dg_ontology_term (in->self->ontology, subject);
  gboolean fits = FALSE;
  DgLexEntry *e;

  if (!ind || ind->kind != DG_TERM_INDIVIDUAL || !applies (in->self, language))
    return;
  for (guint k = 0; k < ind->types->len && !fits; k++)
    fits = dg_term_in_any (g_ptr_array_index (ind->types, k), in->rel->range);
  if (!fits)
    return;
  e = new_entry (in->self, in->kind, ind, text);
  e->klass = in->frame->klass;
  dg_lexicon_add_phrase (in->self, in->self->phrases, text, FALSE, e);
}

static void
add_individuals (DgLexicon *self, const DgFrame *frame, DgSlot slot, DgLexKind kind)
{
  DgTerm *rel = frame->slot[slot];
  g_auto (GStrv) iris = NULL;

  if (!rel)
    return;
  iris = dg_ontology_list_terms (self->ontology, DG_TERM_INDIVIDUAL);
  for (guint i = 0; iris[i]; i++)
    {
      DgTerm *ind = dg_ontology_term (self->ontology, iris[i]);
      gboolean fits = FALSE;

      for (guint k = 0; k < ind->types->len && !fits; k++)
        fits = dg_term_in_any (g_ptr_array_index (ind->types, k), rel->range);
      if (!fits)
        continue;
      for (guint l = 0; l < ind->labels->len; l++)
        {
          const DgLabel *label = &g_array_index (ind->labels, DgLabel, l);
          DgLexEntry *e;

          if (!applies (self, label->language))
            continue;
          e = new_entry (self, kind, ind, label->text);
          e->klass = frame->klass;
          dg_lexicon_add_phrase (self, self->phrases, label->text, FALSE, e);
        }
    }
  {
    Individuals in = { self, frame, rel, kind };
    dg_ontology_foreach_literal (self->ontology, DG_NS "alternativeName", on_alternative_name, &in);
  }
}

/* The word lists of the lexicon: the annotation property of each, and its
 * kind. */
static const struct
{
  const char *name;
  DgLexKind kind;
} lists[] = {
  { "trigger", DG_LEX_TRIGGER },
  { "headWord", DG_LEX_HEAD },
  { "marker", DG_LEX_MARKER },
  { "pairPhrase", DG_LEX_PAIR },
  { "multiplier", DG_LEX_MULTIPLIER },
  { "valueWord", DG_LEX_VALUE },
  { "monthNames", DG_LEX_MONTH },
  { "yearWord", DG_LEX_YEAR },
  { "rangeWord", DG_LEX_RANGE },
  { "todayWord", DG_LEX_TODAY },
  { "weekdayNames", DG_LEX_WEEKDAY },
  { "relativeDay", DG_LEX_RELATIVE_DAY },
  { "relativeYear", DG_LEX_RELATIVE_YEAR },
  { "personWord", DG_LEX_PERSON_WORD },
  { "nameConnector", DG_LEX_CONNECTOR },
  { "anaphor", DG_LEX_ANAPHOR },
  { "sinceWord", DG_LEX_SINCE },
  { "receiveWord", DG_LEX_RECEIVE },
  { "honorific", DG_LEX_HONORIFIC },
  { "nameParticle", DG_LEX_PARTICLE },
  { "statusWord", DG_LEX_STATUS },
  { "notPostWord", DG_LEX_NOT_POST },
  { "notFactAfter", DG_LEX_NOT_FACT },
  { "attributive", DG_LEX_ATTRIBUTIVE },
  { "accreditedWord", DG_LEX_ACCREDITED },
  { "postOfWord", DG_LEX_POST_OF },
  { "possessive", DG_LEX_POSSESSIVE },
  { "stateFormWord", DG_LEX_STATE_FORM },
  { "delegationWord", DG_LEX_DELEGATION },
  { "anniversaryWord", DG_LEX_ANNIVERSARY },
  { "yearsWord", DG_LEX_YEARS },
  { "saidWord", DG_LEX_SAID },
  { "invitationWord", DG_LEX_INVITATION },
  { "portfolioWord", DG_LEX_PORTFOLIO },
  { "endWord", DG_LEX_END },
  { "betweenWord", DG_LEX_BETWEEN },
  { "welcomeWord", DG_LEX_WELCOME },
  { "companyWord", DG_LEX_COMPANY },
  { "airportWord", DG_LEX_AIRPORT },
  { "shareWord", DG_LEX_SHARE },
  { "purposeWord", DG_LEX_PURPOSE },
  { "withinWord", DG_LEX_WITHIN },
  { "linkPhrase", DG_LEX_LINK },
  { "sourceWord", DG_LEX_SOURCE },
  { "notActorWord", DG_LEX_NOT_ACTOR },
  { "memorialWord", DG_LEX_MEMORIAL },
};

DgLexicon *
dg_lexicon_new (DgOntology *ontology, const char *language, GError **error)
{
  static const char *const settings[]
      = { "hunspellDictionary", "decimalMark", "dateOrder", "headLast" };
  g_autoptr (DgLexicon) self = g_new0 (DgLexicon, 1);
  g_autofree char *aff = NULL;
  GHashTableIter iter;
  gpointer frame;

  if (!dg_language_tag_validate (language, error))
    return NULL;
  self->ontology = g_object_ref (ontology);
  self->language = g_ascii_strdown (language, (gssize)strcspn (language, "-"));
  self->entries = g_ptr_array_new_with_free_func (g_free);
  self->frames = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  self->inherited = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->phrases = dg_phrases_new ();
  self->decimal_mark = '.';
  self->name_properties = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->abbreviations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->months = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->suffixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  {
    Reading r = { self, 0, DG_NS "nameSuffix" };
    dg_ontology_foreach_literal (ontology, r.predicate, on_suffix, &r);
  }
  g_hash_table_insert (self->name_properties, g_strdup ("http://www.w3.org/2000/01/rdf-schema#label"),
                       GINT_TO_POINTER (DG_NAMES_ALWAYS));
  dg_ontology_foreach_literal (ontology, DG_NS "namesNode", on_names_node, self);
  self->kept_shares = dg_kept_shares_new ();
  self->symbols = g_ptr_array_new_with_free_func (g_free);
  dg_ontology_foreach_literal (ontology, DG_NS "symbol", on_symbol, self);
  dg_ontology_foreach_literal (ontology, DG_NS "keptShare", on_kept_share, self);
  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    {
      g_autofree char *p = g_strconcat (DG_NS, settings[i], NULL);
      Reading r = { self, 0, p };
      dg_ontology_foreach_literal (ontology, p, on_setting, &r);
    }
  if (self->error)
    goto failed;
  if (self->dictionary)
    {
      aff = dg_words_find_dictionary (self->dictionary);
      if (!aff)
        {
          g_set_error (error, DG_ERROR, DG_ERROR_IO,
                       "no hunspell dictionary \"%s\" for language \"%s\" (in $DICPATH or %s; "
                       "on Debian, install hunspell-%s)",
                       self->dictionary, language, DG_HUNSPELL_DIR, self->language);
          return NULL;
        }
    }
  if (!(self->words = dg_words_new (aff, error)))
    return NULL;
  {
    Reading r = { self, 0, DG_NS "frame" };
    dg_ontology_foreach_literal (ontology, r.predicate, on_frame, &r);
  }
  for (guint i = 0; i < G_N_ELEMENTS (lists) && !self->error; i++)
    {
      g_autofree char *p = g_strconcat (DG_NS, lists[i].name, NULL);
      Reading r = { self, lists[i].kind, p };
      dg_ontology_foreach_literal (ontology, p, on_literal, &r);
    }
  g_hash_table_iter_init (&iter, self->frames);
  while (g_hash_table_iter_next (&iter, NULL, &frame))
    {
      add_individuals (self, frame, DG_SLOT_INDIVIDUAL, DG_LEX_INDIVIDUAL);
      add_individuals (self, frame, DG_SLOT_TITLE, DG_LEX_TITLE);
    }
  if (!self->error)
    return g_steal_pointer (&self);
failed:
  g_propagate_error (error, g_steal_pointer (&self->error));
  return NULL;
}

void
dg_lexicon_free (DgLexicon *self)
{
  if (!self)
    return;
  g_clear_object (&self->ontology);
  g_free (self->language);
  g_free (self->dictionary);
  if (self->frames)
    g_hash_table_destroy (self->frames);
  if (self->inherited)
    g_hash_table_destroy (self->inherited);
  if (self->name_properties)
    g_hash_table_destroy (self->name_properties);
  if (self->abbreviations)
    g_hash_table_destroy (self->abbreviations);
  if (self->months)
    g_hash_table_destroy (self->months);
  if (self->suffixes)
    g_hash_table_destroy (self->suffixes);
  dg_kept_shares_free (self->kept_shares);
  if (self->symbols)
    g_ptr_array_unref (self->symbols);
  if (self->entries)
    g_ptr_array_unref (self->entries);
  dg_phrases_free (self->phrases);
  dg_words_free (self->words);
  g_clear_error (&self->error);
  g_free (self);
}

DgWords *
dg_lexicon_get_words (DgLexicon *self)
{
  return self->words;
}

DgPhrases *
dg_lexicon_get_phrases (DgLexicon *self)
{
  return self->phrases;
}

static const DgFrame *
find_frame (DgLexicon *self, DgTerm *klass, guint depth)
{
  const DgFrame *frame = g_hash_table_lookup (self->frames, klass);

  /* Breadth would pick the nearest of two superclasses; the ontology's
   * classes have one superclass of our own, so depth-first is enough. */
  for (guint i = 0; !frame && depth < 32 && i < klass->parents->len; i++)
    frame = find_frame (self, g_ptr_array_index (klass->parents, i), depth + 1);
  return frame;
}

const DgFrame *
dg_lexicon_get_frame (DgLexicon *self, DgTerm *klass)
{
  gpointer found;

  if (!klass)
    return NULL;
  if (!g_hash_table_lookup_extended (self->inherited, klass, NULL, &found))
    {
      found = (gpointer)find_frame (self, klass, 0);
      g_hash_table_insert (self->inherited, klass, found);
    }
  return found;
}

DgTerm *
dg_lexicon_get_pair_class (DgLexicon *self, DgTerm *person)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      const DgLexEntry *e = g_ptr_array_index (self->entries, i);
      if (e->kind == DG_LEX_PAIR && e->term != person)
        return e->term;
    }
  return NULL;
}

DgNames
dg_lexicon_names_node (DgLexicon *self, const char *property)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (self->name_properties, property));
}

gboolean
dg_lexicon_head_last (DgLexicon *self)
{
  return self->head_last;
}

char
dg_lexicon_get_decimal_mark (DgLexicon *self)
{
  return self->decimal_mark;
}

gboolean
dg_lexicon_month_first (DgLexicon *self)
{
  return self->month_first;
}

const char *
dg_lexicon_get_language (DgLexicon *self)
{
  return self->language;
}

typedef struct
{
  DgSentence *s;
  guint at;
} Finding;

static gboolean
on_hit (const DgPhrase *phrase, gpointer data)
{
  Finding *f = data;
  DgLexHit hit = { f->at, phrase->n_keys, phrase->data };

  g_array_append_val (f->s->hits, hit);
  return TRUE;
}

void
dg_lexicon_find (DgLexicon *self, DgSentence *s)
{
  g_array_set_size (s->hits, 0);
  g_array_set_size (s->index, 0);
  for (guint i = 0; i < s->n_words; i++)
    {
      Finding f = { s, i };

      g_array_append_val (s->index, s->hits->len);
      dg_phrases_match (self->phrases, s->words, s->n_words, i, on_hit, &f);
    }
  g_array_append_val (s->index, s->hits->len);
}

const DgLexHit *
dg_sentence_hit (const DgSentence *s, guint at, DgLexKind kind)
{
  if (at >= s->n_words)
    return NULL;
  for (guint h = g_array_index (s->index, guint, at); h < g_array_index (s->index, guint, at + 1);
       h++)
    {
      const DgLexHit *hit = &g_array_index (s->hits, DgLexHit, h);
      if (hit->entry->kind == kind)
        return hit;
    }
  return NULL;
}
