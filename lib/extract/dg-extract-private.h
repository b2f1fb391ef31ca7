/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-extract-values-private.h"
#include "dg-lexicon-private.h"
#include "dg-output-private.h"

G_BEGIN_DECLS

/* Whose the posts a sentence lists with no state are, as its words tell. */
typedef enum
{
  DG_CUE_NONE,
  DG_CUE_GUEST, /* of whom they accompany: a word of company or delegation */
  DG_CUE_HOST,  /* the host's: a word of welcoming or seeing off */
} DgSideCue;

/* An entity an article names: one of the gazetteer's nodes, or a new one
 * the article's words make (a name after a title, a name with a head word). */
typedef struct
{
  char *ref;        /* how the output names it: an id or an <IRI> */
  DgTerm *klass;    /* NULL when not a class of the ontology */
  char *label;      /* a new entity's name as written */
  const char *last; /* the last word of its name, folded (partial names) */
  const char *first; /* and the first */
  const char *core;  /* and the one before a suffix ("Marcos" of "Marcos Jr."), or NULL */
  int stands_for;   /* a person: the state their post is in, or -1 */
  gboolean is_new;
  int block;        /* a new entity: the candidate that defines it, or -1 */
  guint sentence;   /* a new entity: the sentence that first names it */
  guint lead;       /* mentions in the article's lead */
  guint lead_first; /* the order of its first mention there */
  gboolean seen;    /* named in the article by a name of its own alone */
  char *world;      /* of the world gazetteer: its class, labels and codes, as
                       the output defines it; NULL for the user's */
} DgEntity;

/* A block of the output: a candidate fact, or a new entity. */
typedef struct
{
  DgTerm *klass;
  char *id;   /* a new fact's id; NULL for a block about an entity */
  int entity; /* the entity of an `about` block, or -1 */
  GString *items;
  GPtrArray *quotes; /* char*: every sentence stating it */
  char *rule;
  char *inferred;
  double sure;
  DgTerm *lacks;          /* a key relation of its frame it has too few values of: a hint */
  const char *doubt;      /* why it is a hint though it has every key role, or NULL */
  gboolean pair_inferred; /* its parties are the article's two main states */
  gboolean host_inferred; /* its host is the other of them (less sure; still one visit) */
  DgTerm *status;         /* the status a word gave it (planned, former), or NULL */
  char *date_assumed;     /* the item of the article's date it was given, or NULL */
  int holder;         /* a post: the entity holding it, or -1 */
  int inviter;        /* a visit: the person who invited ("atas undangan X"), or -1 */
  DgSideCue cue;      /* a post with no state: whose its sentence's words make it */
  int cue_state;      /* and, of a guest's cue, the state of whom they accompany, or -1 */
  DgTerm *holder_rel; /* and the relation from the holder */
} DgCandidate;

/* Writes the candidates of an article as a .dg file. */
typedef struct
{
  const char *base; /* NULL: no @base */
  const char *name; /* the article's file name */
  const char *language;
  const char *source_ref; /* the source document's id */
  gboolean source_known;  /* the gazetteer defines it: `about` it */
  const char *url, *date;
  guint n_sentences;
  GPtrArray *entities;   /* DgEntity*, every entity */
  GPtrArray *candidates; /* DgCandidate* */
  double min_sure;       /* a fact below it is written as a commented hint */
} DgExtractOutput;

/* An entity named in a sentence: words [first, last). */
typedef struct
{
  guint first, last;
  int entity;
  gboolean of_title; /* names whose post a title is: not an actor itself */
} DgMention;

/* What the extractor knows before an article: its words and the
 * gazetteer's entities. */
typedef struct
{
  DgOntology *ontology;
  DgLexicon *lexicon;
  DgWords *words;
  GPtrArray *entities;         /* DgEntity*: the gazetteer's */
  DgPhrases *names;            /* their names; data: entity index + 1 */
  GHashTable *ids;             /* the gazetteer's ids (refs), as a set */
  DgTerm *person;              /* the class that holds posts (the holder relation's domain) */
  DgTerm *holder_rel, *of_rel; /* from the frame of posts */
  DgTerm *state;               /* the class of the article's main pair ("kedua negara") */
  GHashTable *unique_roles;    /* role local names a state has one holder of (dg:uniqueInState) */
  GHashTable *acts_for; /* DgTerm* classes whose new entities act for a state named in them */
  GHashTable *between_states; /* DgTerm* classes of relations of states (dg:betweenStates) */
  GHashTable *between_acting; /* DgTerm* classes (inherited) of facts of states and what acts
                                 for them (dg:betweenStates "acting") */
  GHashTable *of_two;   /* DgTerm* event class -> DgTerm* class of its candidates of two persons */
  GHashTable *abroad;   /* DgTerm* event class -> DgTerm* class of a guest's taking part in it */
} DgExtractContext;

/* dg-extract-context.c: what the ontology says of its terms beside the
 * lexicon, into @cx's sets and maps (and the relations of dg:standsFor,
 * as IRIs, into @stands_via); FALSE on a malformed annotation. */
G_GNUC_INTERNAL gboolean dg_extract_context_read_terms (DgExtractContext *cx,
                                                        GHashTable *stands_via, GError **error);
G_GNUC_INTERNAL void dg_extract_context_clear_terms (DgExtractContext *cx);

/* In the data of a gazetteer's name phrase, beside the entity's index + 1
 * (negative for a name in context): the name is an acronym, found only
 * where the text writes it in capitals. */
#define DG_NAME_ACRONYM (1 << 30)

/* One article being read. */
typedef struct
{
  DgExtractContext *cx;
  const char *text;
  const char *language;
  const char *source_ref;
  DgDate today;
  DgDate news_day;       /* the day in the week up to @today it dates an event first, or none */
  GPtrArray *entities;   /* DgEntity*: the gazetteer's, then the article's new ones */
  guint n_known;         /* how many of @entities are the gazetteer's */
  DgPhrases *names;      /* the new entities' names */
  GPtrArray *candidates; /* DgCandidate* */
  GHashTable *ids;       /* ids this article's output uses */
  GHashTable *counters;  /* DgTerm* class -> candidates of it so far */
  GHashTable *posts;     /* "holder role of" -> TRUE: posts proposed */
  GHashTable *by_ref; /* ref -> entity index + 1, made when first asked, once the article is read */
  GArray *people;        /* int: persons the article names, for partial names */
  int pair[2], pair_people[2];
  int delegation; /* the state whose delegation the sentence lists, or -1 */
  guint delegation_at; /* and the word that names it */
  DgSideCue cue;  /* whose the posts it lists with no state are */
  guint cue_at;   /* the word of a guest's cue */
  guint n_sentences;
  guint sentence;    /* the one being read */
  guint n_lead;      /* mentions counted in the lead */
  gboolean no_dates; /* a fact the sentence's dates are not about */
  /* buffers reused from sentence to sentence */
  GArray *words, *hits, *index, *mentions, *dates, *amounts;
  GArray *triggers; /* guint: where the sentence's triggers are */
} DgArticle;

/* An article is read three times: for the names of its new entities (so
 * that "Kishida" finds the "Fumio Kishida" named later), for the entities
 * its lead names most (its two main states and leaders), and for facts. */
typedef enum
{
  DG_PASS_NAMES,
  DG_PASS_LEAD,
  DG_PASS_FACTS,
} DgPass;

/* The two entities of @klass the article's lead names most (ties: the
 * first named), into @pair (-1 for none). */
G_GNUC_INTERNAL void dg_extract_main_pair (DgArticle *a, DgTerm *klass, int pair[2]);
/* Reads sentence number @index, @text[@start, @end), in @pass. */
G_GNUC_INTERNAL void dg_extract_sentence (DgArticle *a, guint index, gsize start, gsize end,
                                          DgPass pass);

/* Entity number @index of the article (an accessor every pass uses: it
 * lives here so that the passes do not call one another for it). */
static inline DgEntity *
dg_article_entity (DgArticle *a, int index)
{
  return g_ptr_array_index (a->entities, index);
}

static inline gboolean
dg_article_is_person (DgArticle *a, int entity)
{
  DgEntity *e = dg_article_entity (a, entity);
  return a->cx->person && e->klass && dg_term_is_a (e->klass, a->cx->person);
}

static inline gboolean
dg_article_is_state (DgArticle *a, int entity)
{
  DgEntity *e = dg_article_entity (a, entity);
  return a->cx->state && e->klass && dg_term_is_a (e->klass, a->cx->state);
}

/* Is a gap between two words one inside a name (none, a hyphen, an
 * apostrophe)? */
static inline gboolean
dg_extract_joined (char gap)
{
  return gap == 0 || gap == '-' || gap == '\'';
}

/* dg-extract-name-words.c: which words name what. */
/* The entity named at word @i (the longest name, the article's own or the
 * gazetteer's), its length in @len; or -1. */
G_GNUC_INTERNAL int dg_extract_name_at (DgArticle *a, const DgSentence *s, guint i, guint *len);
/* Is a name other than one of the article's new persons at word @i? */
G_GNUC_INTERNAL gboolean dg_extract_known_name_at (DgArticle *a, const DgSentence *s, guint i);
/* "APEC", "KTT": all capitals, a name of an organisation, never a person's. */
G_GNUC_INTERNAL gboolean dg_extract_is_acronym (const DgSentence *s, const DgWord *w);
G_GNUC_INTERNAL gboolean dg_extract_is_regnal (const DgSentence *s, const DgWord *w);
G_GNUC_INTERNAL gboolean dg_extract_possessive_at (const DgSentence *s, guint k);
G_GNUC_INTERNAL int dg_extract_possessor (DgArticle *a, const DgSentence *s, guint at);
G_GNUC_INTERNAL int dg_extract_person_by_last_name (DgArticle *a, const DgSentence *s, guint j,
                                                    guint run, gboolean first_too);
G_GNUC_INTERNAL int dg_extract_person_by_first_words (DgArticle *a, const DgSentence *s, guint j,
                                                      guint run);
/* Is word @k inside one of the lexicon's phrases (not a portfolio word)? */
G_GNUC_INTERNAL gboolean dg_extract_covered (const DgSentence *s, guint k);
/* The number of capitalised words from @i that may be a new name (a
 * person's, with @person). */
G_GNUC_INTERNAL guint dg_extract_name_run (DgArticle *a, const DgSentence *s, guint i,
                                           gboolean person);

/* dg-extract-posts.c: the post a title gives a person, found so. */
typedef enum
{
  DG_POST_BEFORE_NAME, /* "Presiden X" */
  DG_POST_AFTER_NAME,  /* "X, Minister of Health" */
  DG_POST_COUNTERPART, /* "Prime Minister A ... his counterpart B" */
} DgPostHow;
G_GNUC_INTERNAL void dg_extract_propose_post (DgArticle *a, const DgSentence *s,
                                              const char *sentence, const DgLexHit *title, int of,
                                              int holder, DgPostHow how);
G_GNUC_INTERNAL int dg_extract_titled_person (DgArticle *a, const DgSentence *s,
                                              const DgLexHit *title, guint j, int of);

/* dg-extract-names.c: the entities the sentence names, into a->mentions
 * (new ones made on the way); the posts its titles give in the facts pass. */
G_GNUC_INTERNAL void dg_extract_find_mentions (DgArticle *a, const DgSentence *s,
                                               const char *sentence, DgPass pass);

/* dg-extract-dates.c: the dates and amounts of a candidate. */
/* Is a word of @kind in [from, to)? */
G_GNUC_INTERNAL gboolean dg_extract_word_between (const DgSentence *s, DgLexKind kind, guint from,
                                                  guint to);
/* A phrase of @kind that ends right before word @at, or NULL. */
G_GNUC_INTERNAL const DgLexHit *dg_extract_hit_before (const DgSentence *s, DgLexKind kind,
                                                       guint at);
/* Is the person at word @at no actor of the sentence's facts: named right
 * after a not-actor word ("pelantikan") or a memorial one ("makam")? */
G_GNUC_INTERNAL gboolean dg_extract_no_actor_before (const DgSentence *s, guint at);
/* Is word @k inside parentheses the sentence opened before it? */
G_GNUC_INTERNAL gboolean dg_extract_in_parentheses (const DgSentence *s, guint k);
/* Is @d a day of the week up to @today, or of its month when @today is one? */
G_GNUC_INTERNAL gboolean dg_extract_in_last_week (const DgDate *today, const DgDate *d);
/* The amount of the sentence nearest word @at, or NULL. */
G_GNUC_INTERNAL const DgAmount *dg_extract_amount_near (DgArticle *a, guint at);
/* The dates of @c by @frame for the trigger [at, end) (of @amount, for a
 * figure); returns the slots filled, the date found into @found. */
G_GNUC_INTERNAL guint dg_extract_fill_dates (DgArticle *a, const DgSentence *s, DgCandidate *c,
                                             const DgFrame *frame, guint at, guint end,
                                             const DgAmount *amount, const DgDateSpan **found);
/* A figure's amount, unit and metric; returns the slots filled. */
G_GNUC_INTERNAL guint dg_extract_fill_amount (DgArticle *a, const DgSentence *s, DgCandidate *c,
                                              const DgFrame *frame, guint at, guint end,
                                              const DgAmount *amount);

/* dg-extract-facts.c: the candidate facts of the sentence. */
G_GNUC_INTERNAL void dg_extract_propose (DgArticle *a, const DgSentence *s, const char *sentence);

/* dg-extract-candidate.c */
/* @text[start, end), trimmed, each run of whitespace one space. */
G_GNUC_INTERNAL char *dg_extract_normalise (const char *text, gsize start, gsize end);
/* Words [first, last) of the sentence, normalised. */
G_GNUC_INTERNAL char *dg_extract_span_text (const DgSentence *s, guint first, guint last);
/* The quote of a candidate at word @around: the whole @sentence, or, when
 * it is long, the words around. */
G_GNUC_INTERNAL char *dg_extract_quote_of (const DgSentence *s, const char *sentence, guint around);
/* A new block (@entity -1: a new fact, given an id), appended to the
 * article's candidates; takes @rule and @quote. */
G_GNUC_INTERNAL DgCandidate *dg_candidate_new (DgArticle *a, DgTerm *klass, int entity, char *rule,
                                               double sure, char *quote);
/* Adds " relation=value" once. */
G_GNUC_INTERNAL void dg_candidate_add_item (DgCandidate *c, DgTerm *rel, const char *value);
/* Drops @c, the candidate made last, freeing its id's number. */
G_GNUC_INTERNAL void dg_candidate_discard_last (DgArticle *a, DgCandidate *c);
/* dg-extract-bounds.c: the sentences of @text[0, @length), as byte
 * pairs [start, end) appended to @bounds (guint). */
G_GNUC_INTERNAL gboolean dg_extract_sentence_bounds (DgLexicon *lexicon, const char *text,
                                                     gsize length, const char *language,
                                                     GArray *bounds, GError **error);
/* dg-extract-actors.c: who a frame takes.  Is @e in @list (of entity
 * indices)? */
G_GNUC_INTERNAL gboolean dg_extract_has_entity (GArray *list, int e);
/* Does @entity fit @rel's range? */
G_GNUC_INTERNAL gboolean dg_extract_fits (DgArticle *a, int entity, DgTerm *rel);
/* The actors of words [@from, @to) that @rel (and the class @only) takes,
 * but @self and those in @taken; a person's state for @for_state; the
 * first group of those that fit (@first_group) or of those named at all
 * (@nearest) only.  A new array of entity indices. */
G_GNUC_INTERNAL GArray *dg_extract_actors (DgArticle *a, const DgSentence *s, DgTerm *rel,
                                           DgTerm *only, guint from, guint to, int self,
                                           gboolean for_state, gboolean first_group,
                                           gboolean nearest, GArray *taken);
G_GNUC_INTERNAL void dg_extract_add_actors (DgArticle *a, DgCandidate *c, DgTerm *rel,
                                            GArray *list);
/* Is another trigger of the sentence between words @from and @to? */
G_GNUC_INTERNAL gboolean dg_extract_trigger_between (DgArticle *a, guint from, guint to);
/* Does what is said at word @from go on to word @to: no event's trigger
 * or word of invitation between ("a Vietnamese delegation arrived ...,
 * at the invitation of the country's Prime Minister X": X is no
 * delegate)? */
G_GNUC_INTERNAL gboolean dg_extract_same_clause (DgArticle *a, const DgSentence *s, guint from,
                                                 guint to);
/* The entities marker words give ("di Kuala Lumpur") to the trigger [@at,
 * @end): relations into @marked, entities into @taken; returns how many. */
G_GNUC_INTERNAL guint dg_extract_fill_marked (DgArticle *a, const DgSentence *s, DgCandidate *c,
                                              const DgFrame *frame, guint at, guint end,
                                              GPtrArray *marked, GArray *taken);
/* The host where no actor is one (frame slots place and other); returns
 * the entities added. */
G_GNUC_INTERNAL guint dg_extract_fill_host (DgArticle *a, DgCandidate *c, const DgFrame *frame,
                                            GPtrArray *marked, GArray *taken);
/* The values of @c's items of @rel, in the order they were found. */
G_GNUC_INTERNAL GStrv dg_candidate_values (const DgCandidate *c, DgTerm *rel);
/* Has @c a value of @rel? */
G_GNUC_INTERNAL gboolean dg_candidate_has_value (const DgCandidate *c, DgTerm *rel);
/* The entity whose ref is @ref, or -1; asked once the article is read. */
G_GNUC_INTERNAL int dg_article_find (DgArticle *a, const char *ref);
G_GNUC_INTERNAL DgTerm *dg_candidate_lacks (const DgCandidate *c, const DgFrame *frame);
/* dg-extract-post-states.c: gives posts with no state the other of the
 * article's two states where a counterpart holds the same post in one, or
 * where their holder visits one of them or meets someone of one. */
G_GNUC_INTERNAL void dg_candidate_infer_post_states (DgArticle *a);
/* One visit per host of a visit to several. */
G_GNUC_INTERNAL void dg_candidate_split_hosts (DgArticle *a);
/* A summit of two leaders is their talks (dg:twoPersonClass). */
G_GNUC_INTERNAL void dg_candidate_events_of_two (DgArticle *a);
/* Talks of two sides held in one's state are the other's visit to it
 * (dg:abroadClass), where the article states no such visit. */
G_GNUC_INTERNAL void dg_candidate_visits_abroad (DgArticle *a);
/* One meeting per pair where one person of one side meets several of the
 * other. */
G_GNUC_INTERNAL void dg_candidate_split_meetings (DgArticle *a);
G_GNUC_INTERNAL void dg_candidate_doubt_one_side (DgArticle *a);
G_GNUC_INTERNAL void dg_candidate_take_dates (DgArticle *a, DgCandidate *o, const DgCandidate *c);
/* Doubts a visit whose host the article gives and whose visitor is on the
 * host's side of a stated visit. */
G_GNUC_INTERNAL void dg_candidate_doubt_host_visitors (DgArticle *a);
/* Drops from visits the hosts their visitors stand for. */
G_GNUC_INTERNAL void dg_candidate_drop_own_states (DgArticle *a);
/* Adds @c (made last) to a candidate stating the same fact, and returns
 * TRUE; FALSE if there is none. */
G_GNUC_INTERNAL gboolean dg_candidate_merge_repeat (DgArticle *a, DgCandidate *c);

G_GNUC_INTERNAL gboolean dg_extract_write (const DgExtractOutput *out, GOutputStream *stream,
                                           GError **error);
G_GNUC_INTERNAL void dg_candidate_free (DgCandidate *c);
G_GNUC_INTERNAL void dg_entity_free (DgEntity *e);

G_END_DECLS
