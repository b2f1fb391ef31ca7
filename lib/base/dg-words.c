/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <hunspell/hunspell.h>
#include <string.h>

#include "dg-error.h"
#include "dg-words-private.h"

/* Each distinct surface form is folded and stemmed once: news text repeats
 * its words, and hunspell takes microseconds a word. */
typedef struct
{
  const char *folded;
  const char *stems[2];
} Forms;

struct _DgWords
{
  Hunhandle *hunspell;
  GStringChunk *strings;
  GHashTable *forms; /* surface (in strings) -> Forms */
};

DgWords *
dg_words_new (const char *dictionary, GError **error)
{
  DgWords *self = g_new0 (DgWords, 1);

  if (dictionary)
    {
      g_autofree char *stem = g_strndup (dictionary, strlen (dictionary) - strlen (".aff"));
      g_autofree char *dic = g_strconcat (stem, ".dic", NULL);

      if (!g_str_has_suffix (dictionary, ".aff")
          || !g_file_test (dictionary, G_FILE_TEST_IS_REGULAR)
          || !g_file_test (dic, G_FILE_TEST_IS_REGULAR))
        {
          g_set_error (error, DG_ERROR, DG_ERROR_IO, "no hunspell dictionary %s", dictionary);
          g_free (self);
          return NULL;
        }
      self->hunspell = Hunspell_create (dictionary, dic);
    }
  self->strings = g_string_chunk_new (64 * 1024);
  self->forms = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  return self;
}

char *
dg_words_find_dictionary (const char *name)
{
  const char *env = g_getenv ("DICPATH");
  g_autofree char *dirs = g_strconcat (env ? env : "", ":" DG_HUNSPELL_DIR, NULL);
  g_auto (GStrv) list = g_strsplit (dirs, ":", -1);

  for (guint i = 0; list[i]; i++)
    {
      g_autofree char *aff = NULL;

      if (!list[i][0])
        continue;
      aff = g_strdup_printf ("%s/%s.aff", list[i], name);
      if (g_file_test (aff, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&aff);
    }
  return NULL;
}

void
dg_words_free (DgWords *self)
{
  if (!self)
    return;
  if (self->hunspell)
    Hunspell_destroy (self->hunspell);
  g_hash_table_destroy (self->forms);
  g_string_chunk_free (self->strings);
  g_free (self);
}

const char *
dg_words_intern (DgWords *self, const char *s)
{
  return g_string_chunk_insert_const (self->strings, s);
}

/* Case folded, with combining marks dropped after canonical decomposition
 * ("Thưởng" -> "thuong"); U+0110/U+0111, a letter with a stroke rather
 * than a mark, folds to "d" as Latin-ASCII transliteration does. */
char *
dg_words_fold_text (const char *s, gsize len)
{
  GString *out;
  g_autofree char *nfd = NULL;
  gboolean ascii = TRUE;

  for (gsize i = 0; i < len && ascii; i++)
    ascii = !(s[i] & 0x80);
  if (ascii)
    return g_ascii_strdown (s, (gssize)len);
  nfd = g_utf8_normalize (s, (gssize)len, G_NORMALIZE_NFD);
  out = g_string_sized_new (len);
  for (const char *p = nfd; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (c == 0x110 || c == 0x111)
        c = 'd';
      g_string_append_unichar (out, g_unichar_tolower (c));
    }
  return g_string_free (out, FALSE);
}

const char *
dg_words_fold (DgWords *self, const char *s, gsize len)
{
  g_autofree char *f = dg_words_fold_text (s, len);

  return dg_words_intern (self, f);
}

static const Forms *
forms_of (DgWords *self, const char *s, gsize len, gboolean number)
{
  char key[256];
  Forms *forms;

  if (len >= sizeof key)
    len = sizeof key - 1; /* longer words are compared by their start */
  memcpy (key, s, len);
  key[len] = '\0';
  forms = g_hash_table_lookup (self->forms, key);
  if (forms)
    return forms;
  forms = g_new0 (Forms, 1);
  forms->folded = dg_words_fold (self, key, len);
  /* The dictionary is ISO 8859-1: only ASCII words are asked. */
  if (self->hunspell && !number && g_str_is_ascii (forms->folded))
    {
      char **list = NULL;
      int n = Hunspell_stem (self->hunspell, &list, forms->folded);
      guint k = 0;

      for (int i = 0; i < n && k < 2; i++)
        {
          const char *stem = dg_words_intern (self, list[i]);

          if (stem != forms->folded && (k == 0 || forms->stems[0] != stem))
            forms->stems[k++] = stem;
        }
      Hunspell_free_list (self->hunspell, &list, n);
    }
  g_hash_table_insert (self->forms, (gpointer)dg_words_intern (self, key), forms);
  return forms;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

void
dg_words_split (DgWords *self, const char *text, gsize start, gsize end, GArray *out)
{
  const char *p = text + start, *limit = text + end;
  char gap = 0;
  gboolean spaced = FALSE;

  while (p < limit)
    {
      gunichar c = g_utf8_get_char (p);
      const char *w;
      gboolean number = TRUE;
      DgWord word = { 0 };
      const Forms *forms;

      if (!is_word_char (c))
        {
          /* The first punctuation of a gap is kept: "-" joins, "," parts;
           * a spaced dash (" - ", " – ") parts too. */
          if (g_unichar_isspace (c))
            spaced = TRUE;
          else if (!gap)
            gap = c < 0x80      ? (char)c
                  : c == 0x2013 ? '-'
                  : c == 0x2019 && !spaced && p + 3 < limit
                          && is_word_char (g_utf8_get_char (p + 3))
                      ? '\'' /* the typographic apostrophe: "Japan’s" */
                      : '~';
          p = g_utf8_next_char (p);
          continue;
        }
      if (gap == '-' && spaced)
        gap = '|';
      w = p;
      while (p < limit)
        {
          c = g_utf8_get_char (p);
          if (is_word_char (c))
            {
              if (!g_unichar_isdigit (c))
                number = FALSE;
              p = g_utf8_next_char (p);
            }
          /* "13,8" and "1.000" are one number. */
          else if (number && (c == ',' || c == '.') && p + 1 < limit && g_ascii_isdigit (p[1]))
            p++;
          else
            break;
        }
      forms = forms_of (self, w, (gsize)(p - w), number);
      word.start = (guint)(w - text);
      word.end = (guint)(p - text);
      word.folded = forms->folded;
      word.stems[0] = forms->stems[0];
      word.stems[1] = forms->stems[1];
      word.flags = (number ? DG_WORD_NUMBER : 0)
                   | (g_unichar_isupper (g_utf8_get_char (w)) ? DG_WORD_CAPITAL : 0);
      word.gap = gap;
      gap = 0;
      spaced = FALSE;
      g_array_append_val (out, word);
    }
}

gboolean
dg_word_has (const DgWord *w, const char *key)
{
  return w->folded == key || w->stems[0] == key || w->stems[1] == key;
}
