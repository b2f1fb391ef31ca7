/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Words of news text, as `diplograph extract` compares them: each word's
 * case- and diacritic-folded form and, in a language with a hunspell
 * dictionary, its stems.  Every form is interned, so two forms are equal
 * exactly when their pointers are. */
typedef struct _DgWords DgWords;

typedef enum
{
  DG_WORD_CAPITAL = 1 << 0, /* starts with an upper-case letter */
  DG_WORD_NUMBER = 1 << 1,  /* digits, with "." or "," between digits */
} DgWordFlags;

typedef struct
{
  guint start, end;     /* bytes of the text */
  const char *folded;   /* interned */
  const char *stems[2]; /* interned; NULL when none */
  guint8 flags;         /* DgWordFlags */
  char gap;             /* punctuation between the word before and this one, or 0 */
} DgWord;

/* Where hunspell dictionaries are looked for after $DICPATH (hunspell's
 * own variable), as the hunspell program does. */
#ifndef DG_HUNSPELL_DIR
#define DG_HUNSPELL_DIR "/usr/share/hunspell"
#endif

/* The path of the .aff file of the hunspell dictionary @name ("id_ID")
 * in $DICPATH or DG_HUNSPELL_DIR, or NULL. */
G_GNUC_INTERNAL char *dg_words_find_dictionary (const char *name);
/* @dictionary: the path of a hunspell .aff file (its .dic beside it), or
 * NULL to compare folded forms only. */
G_GNUC_INTERNAL DgWords *dg_words_new (const char *dictionary, GError **error);
G_GNUC_INTERNAL void dg_words_free (DgWords *self);
/* Appends the words of @text[@start, @end) to @out (of DgWord). */
G_GNUC_INTERNAL void dg_words_split (DgWords *self, const char *text, gsize start, gsize end,
                                     GArray *out);
/* The @len bytes at @s case- and diacritic-folded ("Tô Lâm" -> "to lam"),
 * in a new string. */
G_GNUC_INTERNAL char *dg_words_fold_text (const char *s, gsize len);
/* The interned folded form of the @len bytes at @s. */
G_GNUC_INTERNAL const char *dg_words_fold (DgWords *self, const char *s, gsize len);
/* The interned copy of @s. */
G_GNUC_INTERNAL const char *dg_words_intern (DgWords *self, const char *s);
/* Does @w have the form or stem @key (interned)? */
G_GNUC_INTERNAL gboolean dg_word_has (const DgWord *w, const char *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgWords, dg_words_free)

G_END_DECLS
