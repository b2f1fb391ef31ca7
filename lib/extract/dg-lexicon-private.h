/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-ontology-private.h"
#include "dg-phrases-private.h"

G_BEGIN_DECLS

/* The words of one language that `diplograph extract` looks for, read from
 * the ontology's lexicon annotations (ontology/diplograph-lexicon.ttl and
 * any extension): see doc/extract.md. */
typedef struct _DgLexicon DgLexicon;

typedef enum
{
  DG_LEX_TRIGGER,       /* term: the class (or relation) it signals */
  DG_LEX_HEAD,          /* term: the class a name with this head word is of */
  DG_LEX_MARKER,        /* term: the relation whose value follows */
  DG_LEX_PAIR,          /* term: the class of the article's main pair it names */
  DG_LEX_MULTIPLIER,    /* number: a power of ten */
  DG_LEX_VALUE,         /* term: the value property; value: its value */
  DG_LEX_MONTH,         /* number: 1 to 12 */
  DG_LEX_YEAR,          /* a word before a year */
  DG_LEX_RANGE,         /* a word between the days of a range */
  DG_LEX_TODAY,         /* the article's own date */
  DG_LEX_WEEKDAY,       /* number: 1 (Monday) to 7: the latest such day up to the article's */
  DG_LEX_RELATIVE_DAY,  /* number: days from the article's date ("kemarin": -1) */
  DG_LEX_RELATIVE_YEAR, /* number: years from the article's ("tahun lalu": -1) */
  DG_LEX_PERSON_WORD,   /* a word a person's name follows ("counterpart", "mitranya") */
  DG_LEX_CONNECTOR,     /* a lower-case word inside a name */
  DG_LEX_ANAPHOR, /* a word that makes the fact named beside it one named before ("tersebut") */
  DG_LEX_SINCE,   /* a word opening a clause of what has lasted since a date ("sejak") */
  DG_LEX_RECEIVE, /* a word right before a trigger that makes its subject its object ("menerima") */
  DG_LEX_HONORIFIC,   /* a word before a name after a title that is not part of it ("Pangeran") */
  DG_LEX_PARTICLE,    /* a lower-case word inside a person's name ("bin") */
  DG_LEX_STATUS,      /* term: the fact status a word before a trigger or title gives ("akan") */
  DG_LEX_NOT_POST,    /* a word right before a title that makes it another's post ("Asisten") */
  DG_LEX_NOT_FACT,    /* a phrase right after a trigger that makes it no fact ("buku tamu") */
  DG_LEX_ATTRIBUTIVE, /* a trigger form used before its subject ("visiting Prime Minister X") */
  DG_LEX_ACCREDITED,  /* a word between a post's state and the state it is to ("untuk") */
  DG_LEX_POST_OF,     /* a word between a title and whose post it is ("President of X") */
  DG_LEX_POSSESSIVE,  /* a word after an apostrophe that makes the name before it an owner ("'s") */
  DG_LEX_STATE_FORM,  /* a word of a state's long form before its name ("Republik Demokratik") */
  DG_LEX_DELEGATION,  /* a word for a state's delegation, whose members a sentence lists */
  DG_LEX_ANNIVERSARY, /* a word for an anniversary of what follows ("anniversary", "HUT") */
  DG_LEX_YEARS,       /* a word for years after a number ("70 tahun hubungan diplomatik") */
  DG_LEX_SAID, /* a word attributing speech ("kata", "said"): a date after it is the saying's */
  DG_LEX_INVITATION, /* a phrase before the person who invited ("atas undangan"): the host's side */
  DG_LEX_PORTFOLIO,  /* a word of a minister's portfolio between the title and the name */
  DG_LEX_END,        /* a word before a trigger that makes the sentence's day the fact's end */
  DG_LEX_BETWEEN,    /* a word before the two parties the sentence pairs ("antara X dan Y") */
  DG_LEX_NOT_ACTOR,  /* a word right before a person (or title) who is no actor ("pelantikan") */
  DG_LEX_MEMORIAL,   /* one before a person remembered ("makam"): no actor, no post held now */
  DG_LEX_WELCOME, /* a word of welcoming or seeing off a guest: the posts listed are the host's */
  DG_LEX_COMPANY, /* a word of accompanying: the posts listed are of whom they accompany */
  DG_LEX_AIRPORT, /* a word for an airport: where a guest's welcome is the host's */
  DG_LEX_PURPOSE, /* a word before a trigger that is another's purpose ("untuk"): one fact */
  DG_LEX_WITHIN,  /* a word before a trigger that puts its fact in a longer one ("during") */
  DG_LEX_SOURCE,  /* a word before an entity that names it as the report's source: no actor */
  DG_LEX_LINK,    /* a phrase that, with a colon, makes a line a link to another article */
  DG_LEX_SHARE,   /* a word that makes the amount it ends a share ("persen"): no figure */
  DG_LEX_INDIVIDUAL, /* term: an individual of a frame's individual slot; klass: that frame's class
                      */
  DG_LEX_TITLE,      /* term: a role individual; klass: the class of posts */
} DgLexKind;

typedef struct
{
  DgLexKind kind;
  DgTerm *term;
  DgTerm *klass;
  int number;
  const char *value;
  const char *text; /* as the lexicon writes it, for the comments of the output */
} DgLexEntry;

typedef enum
{
  DG_SLOT_SUBJECT,
  DG_SLOT_OBJECT,
  DG_SLOT_ALL,
  DG_SLOT_PAIR,
  DG_SLOT_INDIVIDUAL,
  DG_SLOT_TITLE,
  DG_SLOT_OF,
  DG_SLOT_HOLDER,
  DG_SLOT_DATE,
  DG_SLOT_END,
  DG_SLOT_AMOUNT,
  DG_SLOT_UNIT,
  DG_SLOT_METRIC,
  DG_SLOT_ARTICLE_DATE, /* with no date in its sentence, the article's fills it */
  DG_SLOT_PLACE,        /* with no actor filling it, the place marked for the fact fills it */
  DG_SLOT_OTHER,        /* with none filling it, the other of the article's two states */
  DG_SLOT_STATUS,       /* the status a word before the trigger gives (dg:statusWord) */
  DG_N_SLOTS
} DgSlot;

/* dg:frame of a class: the relation each slot fills, or NULL. */
typedef struct
{
  DgTerm *klass; /* the class that declares it */
  DgTerm *slot[DG_N_SLOTS];
  DgTerm *only[DG_N_SLOTS]; /* the class a slot's values must be of ("host:State"), or NULL */
  guint required;           /* bit set of DgSlot: no candidate without it ("slot!=") */
  guint key;                /* bit set of DgSlot: a hint, not a fact, without it ("slot+=") */
} DgFrame;

/* How many values key slot @slot of a fact needs: the two sides of a
 * pair or of everyone who took part, one otherwise. */
static inline guint
dg_frame_key_count (DgSlot slot)
{
  return slot == DG_SLOT_PAIR || slot == DG_SLOT_ALL ? 2 : 1;
}

G_GNUC_INTERNAL DgLexicon *dg_lexicon_new (DgOntology *ontology, const char *language,
                                           GError **error);
G_GNUC_INTERNAL void dg_lexicon_free (DgLexicon *self);
G_GNUC_INTERNAL DgWords *dg_lexicon_get_words (DgLexicon *self);
G_GNUC_INTERNAL DgPhrases *dg_lexicon_get_phrases (DgLexicon *self);
/* The frame of @klass, its own or its nearest superclass's; NULL if none. */
G_GNUC_INTERNAL const DgFrame *dg_lexicon_get_frame (DgLexicon *self, DgTerm *klass);
/* The class a pair phrase names other than @person ("kedua negara"): the
 * article's main pair of it is found from its lead. */
G_GNUC_INTERNAL DgTerm *dg_lexicon_get_pair_class (DgLexicon *self, DgTerm *person);
/* Do the values of @property name a node, as its labels do (dg:namesNode)? */
/* How a property's values name a node (dg:namesNode): never, always, or
 * only in an article that names the node otherwise too ("Korea"). */
typedef enum
{
  DG_NAMES_NEVER,
  DG_NAMES_ALWAYS,
  DG_NAMES_IN_CONTEXT,
} DgNames;
G_GNUC_INTERNAL DgNames dg_lexicon_names_node (DgLexicon *self, const char *property);
/* The share of candidates of @klass (where the class has its own
 * dg:keptShare), or of a rule's sureness @sure, a reviewer kept unchanged
 * on a corpus, or @sure where none was measured. */
G_GNUC_INTERNAL double dg_lexicon_kept_share (DgLexicon *self, DgTerm *klass, double sure);
/* Is the @len bytes at @word an honorific written with a full stop
 * ("Dr" of "Dr."), after which no sentence ends? */
G_GNUC_INTERNAL gboolean dg_lexicon_is_abbreviation (DgLexicon *self, const char *word, gsize len);
G_GNUC_INTERNAL gboolean dg_lexicon_is_month (DgLexicon *self, const char *word, gsize len);
G_GNUC_INTERNAL gboolean dg_lexicon_is_name_suffix (DgLexicon *self, const char *folded);
/* The unit a currency symbol ending at byte @at of @text gives ("$" before
 * "23.49 billion": USD; dg:symbol), or NULL. */
G_GNUC_INTERNAL const char *dg_lexicon_symbol_before (DgLexicon *self, const char *text, gsize at);
/* May a name end in its head word in this language (dg:headLast)? */
G_GNUC_INTERNAL gboolean dg_lexicon_head_last (DgLexicon *self);
G_GNUC_INTERNAL char dg_lexicon_get_decimal_mark (DgLexicon *self);
G_GNUC_INTERNAL gboolean dg_lexicon_month_first (DgLexicon *self);
G_GNUC_INTERNAL const char *dg_lexicon_get_language (DgLexicon *self);
/* Splits @text into keys (stems, unless it starts with "=") and adds it. */
G_GNUC_INTERNAL gboolean dg_lexicon_add_phrase (DgLexicon *self, DgPhrases *phrases,
                                                const char *text, gboolean stemmed, gpointer data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgLexicon, dg_lexicon_free)

G_END_DECLS

G_BEGIN_DECLS

/* The lexicon's phrases found in the words of one sentence. */
typedef struct
{
  guint at, len;
  const DgLexEntry *entry;
} DgLexHit;

typedef struct
{
  const char *text;
  const DgWord *words;
  guint n_words;
  GArray *hits;  /* DgLexHit, by position */
  GArray *index; /* guint, n_words + 1: the hits at word i are [index[i], index[i + 1]) */
} DgSentence;

/* Finds the lexicon's phrases in @s->words, filling @s->hits and @s->index. */
G_GNUC_INTERNAL void dg_lexicon_find (DgLexicon *self, DgSentence *s);
/* The first hit of @kind at word @at, or NULL. */
G_GNUC_INTERNAL const DgLexHit *dg_sentence_hit (const DgSentence *s, guint at, DgLexKind kind);

G_END_DECLS
