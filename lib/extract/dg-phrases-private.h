/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-words-private.h"

G_BEGIN_DECLS

/* Phrases to find in a sequence of words: names, trigger words, titles.  A
 * phrase is a list of interned keys; a word matches a key by its folded
 * form, or, unless the phrase is exact, one of its stems (dg_word_has());
 * the words of a phrase must not be parted by punctuation other than "-",
 * "'" and ".". */
typedef struct _DgPhrases DgPhrases;

typedef struct
{
  guint n_keys;
  gboolean exact;
  guint seq; /* the order it was added in */
  const char **keys;
  gpointer data; /* the caller's */
} DgPhrase;

G_GNUC_INTERNAL DgPhrases *dg_phrases_new (void);
G_GNUC_INTERNAL void dg_phrases_free (DgPhrases *self);
/* Adds a phrase of @n_keys interned keys; returns it (owned by @self). */
G_GNUC_INTERNAL const DgPhrase *dg_phrases_add (DgPhrases *self, const char *const *keys,
                                                guint n_keys, gboolean exact, gpointer data);
/* Calls @func for every phrase that matches @words from @at, longest first;
 * @func returns FALSE to stop.  Returns the length of the longest match. */
typedef gboolean (*DgPhraseFunc) (const DgPhrase *phrase, gpointer user_data);
G_GNUC_INTERNAL guint dg_phrases_match (DgPhrases *self, const DgWord *words, guint n_words,
                                        guint at, DgPhraseFunc func, gpointer user_data);
G_GNUC_INTERNAL guint dg_phrases_get_size (DgPhrases *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgPhrases, dg_phrases_free)

G_END_DECLS
