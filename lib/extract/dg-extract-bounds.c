/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "dg-error.h"
#include "dg-extract-private.h"

/* Where an article's sentences are: ICU's sentence breaks in the
 * article's locale, but none at an initial or at an honorific's full stop,
 * which ICU's rules do not know in every language, nor at a month's
 * shortened name before its day ("on Aug. 8"), and one at a full stop a
 * space was lost after. */

/* Where the letters before @stop begin, if a space or @start is before
 * them; else @stop. */
static gsize
word_before (const char *text, gsize start, gsize stop)
{
  gsize word;

  for (word = stop; word > start && g_ascii_isalpha (text[word - 1]); word--)
    ;
  return word == start || text[word - 1] == ' ' ? word : stop;
}

/* Does [start, end) end in an initial ("L.P. "): a capital letter and a
 * full stop after a space or another full stop; or in an honorific
 * written with one ("Dr. ")? */
static gboolean
after_initial (DgLexicon *lexicon, const char *text, gsize start, gsize end)
{
  gsize word;

  while (end > start && g_ascii_isspace (text[end - 1]))
    end--;
  if (end < start + 2 || text[end - 1] != '.')
    return FALSE;
  if (g_ascii_isupper (text[end - 2])
      && (end == start + 2 || text[end - 3] == ' ' || text[end - 3] == '.'))
    return TRUE;
  word = word_before (text, start, end - 1);
  return dg_lexicon_is_abbreviation (lexicon, text + word, end - 1 - word);
}

/* Does [start, end) end in a month's name and a full stop, and a number
 * follow ("on Aug. 8, 2024")? */
static gboolean
before_day (DgLexicon *lexicon, const char *text, gsize start, gsize end, gsize length)
{
  gsize word, stop = end;

  while (stop > start && g_ascii_isspace (text[stop - 1]))
    stop--;
  if (stop < start + 2 || text[stop - 1] != '.' || end >= length || !g_ascii_isdigit (text[end]))
    return FALSE;
  word = word_before (text, start, stop - 1);
  return dg_lexicon_is_month (lexicon, text + word, stop - 1 - word);
}

/* Appends [start, end) to @bounds, split after a full stop a sentence's
 * words end at with no space before the next ("... the office
 * said.All aspects ...", "... Sidang Majelis Umum PBB.Dua pekan lalu"): a
 * word of three letters or more, then a capitalised one.  ICU breaks only
 * where a space follows. */
static void
append_split (GArray *bounds, const char *text, gsize start, gsize end)
{
  for (gsize i = start + 3; i + 2 < end; i++)
    if (text[i] == '.' && g_ascii_isalpha (text[i - 1]) && g_ascii_isalpha (text[i - 2])
        && g_ascii_isalpha (text[i - 3]) && g_ascii_isupper (text[i + 1])
        && g_ascii_islower (text[i + 2]))
      {
        guint pair[2] = { (guint)start, (guint)(i + 1) };
        g_array_append_vals (bounds, pair, 2);
        start = i + 1;
      }
  {
    guint pair[2] = { (guint)start, (guint)end };
    g_array_append_vals (bounds, pair, 2);
  }
}

gboolean
dg_extract_sentence_bounds (DgLexicon *lexicon, const char *text, gsize length,
                            const char *language, GArray *bounds, GError **error)
{
  UErrorCode status = U_ZERO_ERROR;
  UText *ut = utext_openUTF8 (NULL, text, (int64_t)length, &status);
  UBreakIterator *bi = NULL;
  int32_t start, end;

  if (U_SUCCESS (status))
    bi = ubrk_open (UBRK_SENTENCE, language, NULL, 0, &status);
  if (U_SUCCESS (status))
    ubrk_setUText (bi, ut, &status);
  if (U_FAILURE (status))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_IO, "ICU sentence break iterator: %s",
                   u_errorName (status));
      if (bi)
        ubrk_close (bi);
      utext_close (ut);
      return FALSE;
    }
  start = ubrk_first (bi);
  while ((end = ubrk_next (bi)) != UBRK_DONE)
    {
      if ((gsize)end < length && after_initial (lexicon, text, (gsize)start, (gsize)end))
        continue; /* "Retno L.P. Marsudi": no sentence ends at an initial */
      if (before_day (lexicon, text, (gsize)start, (gsize)end, length))
        continue;
      append_split (bounds, text, (gsize)start, (gsize)end);
      start = end;
    }
  ubrk_close (bi);
  utext_close (ut);
  return TRUE;
}
