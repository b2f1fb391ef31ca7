/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-error.h"
#include "dg-text.h"
#include "dg-text-private.h"

/*
 * Every string that reaches a writer passes through one of these checks
 * first: on Debian 12, raptor2 and cgraph let malformed IRIs, language tags
 * and byte sequences through or drop data silently, so the library refuses
 * them at the door instead.
 */

gboolean
dg_text_find_invalid (const char *buf, gsize len, gsize *offset)
{
  const char *end = NULL;

  if (g_utf8_validate_len (buf, len, &end))
    return TRUE;
  *offset = (gsize)(end - buf);
  return FALSE;
}

void
dg_text_locate (const char *buf, gsize offset, guint *line, guint *column)
{
  guint l = 1;
  gsize line_start = 0;

  for (gsize i = 0; i < offset; i++)
    if (buf[i] == '\n')
      {
        l++;
        line_start = i + 1;
      }
  *line = l;
  /* Columns count characters, as editors show them; the prefix is valid
   * UTF-8 because @offset is at or before the first invalid byte. */
  *column = (guint)g_utf8_strlen (buf + line_start, (gssize)(offset - line_start)) + 1;
}

gboolean
dg_text_is_simple_name (const char *s)
{
  gsize n = strlen (s);

  if (n == 0 || !(g_ascii_isalnum (s[0]) || s[0] == '_') || s[n - 1] == '.')
    return FALSE;
  for (gsize i = 1; i < n; i++)
    if (!(g_ascii_isalnum (s[i]) || s[i] == '_' || s[i] == '-' || s[i] == '.'))
      return FALSE;
  return TRUE;
}

const char *
dg_text_iri_tail (const char *iri)
{
  const char *cut = NULL;

  for (const char *p = iri; *p; p++)
    if (*p == '#' || *p == '/' || *p == ':')
      cut = p;
  return cut && cut[1] ? cut + 1 : iri;
}

guint
dg_text_edit_distance (const char *a, const char *b, guint limit)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *row = NULL;

  if ((la > lb ? la - lb : lb - la) > limit)
    return limit + 1;
  row = g_new (guint, lb + 1);
  for (gsize j = 0; j <= lb; j++)
    row[j] = (guint)j;
  for (gsize i = 1; i <= la; i++)
    {
      guint diag = row[0], best;
      row[0] = (guint)i;
      best = row[0];
      for (gsize j = 1; j <= lb; j++)
        {
          guint up = row[j];
          guint cost = g_ascii_tolower (a[i - 1]) == g_ascii_tolower (b[j - 1]) ? 0 : 1;
          guint v = MIN (MIN (row[j - 1] + 1, up + 1), diag + cost);
          row[j] = v;
          diag = up;
          best = MIN (best, v);
        }
      if (best > limit)
        return limit + 1;
    }
  return MIN (row[lb], limit + 1);
}

/**
 * dg_text_validate:
 * @text: a string
 * @length: its length in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError, or %NULL
 *
 * Checks that @text is valid UTF-8 with no NUL byte and no surrogate code
 * point: what every label, quote and literal in a graph must be.
 *
 * Returns: %TRUE if @text is acceptable
 */
gboolean
dg_text_validate_held (const char *text, GError **error)
{
  gsize len = strlen (text), off = 0, bad;

  while (!dg_text_find_invalid (text + off, len - off, &bad))
    {
      if (memcmp (text + off + bad, DG_TEXT_HELD_NUL, 2) != 0)
        return dg_text_validate (text, -1, error);
      off += bad + 2;
    }
  return TRUE;
}

gboolean
dg_text_validate (const char *text, gssize length, GError **error)
{
  gsize len, bad;

  g_return_val_if_fail (text != NULL, FALSE);
  len = length < 0 ? strlen (text) : (gsize)length;
  if (!dg_text_find_invalid (text, len, &bad))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   text[bad] == '\0' ? "NUL byte at byte %" G_GSIZE_FORMAT
                                     : "invalid UTF-8 at byte %" G_GSIZE_FORMAT,
                   bad + 1);
      return FALSE;
    }
  return TRUE;
}

/**
 * dg_language_tag_validate:
 * @tag: a language tag
 * @error: return location for a #GError, or %NULL
 *
 * Checks @tag against the syntax RDF 1.1 allows for language tags,
 * `[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*`, and a length of at most
 * %DG_LANGUAGE_TAG_MAX characters.  Anything else could inject syntax into
 * Turtle or N-Triples output; and raptor2 2.0.15 keeps a tag's length in a
 * byte, so a tag of 256 characters or more corrupts the memory of whatever
 * reads it back (rapper, and stores built on raptor2).  BCP 47 asks
 * implementations to support 35 characters; real tags are far shorter.
 *
 * Returns: %TRUE if @tag is well-formed
 */
gboolean
dg_language_tag_validate (const char *tag, GError **error)
{
  gsize run = 0;
  gboolean first = TRUE;

  g_return_val_if_fail (tag != NULL, FALSE);
  if (strlen (tag) > DG_LANGUAGE_TAG_MAX)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "language tag longer than %d characters", DG_LANGUAGE_TAG_MAX);
      return FALSE;
    }
  for (const char *p = tag;; p++)
    {
      if (*p == '-' || *p == '\0')
        {
          if (run == 0 || run > 8)
            break;
          if (*p == '\0')
            return TRUE;
          run = 0;
          first = FALSE;
          continue;
        }
      if (!(g_ascii_isalpha (*p) || (!first && g_ascii_isdigit (*p))))
        break;
      run++;
    }
  g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
               "invalid language tag \"%s\" (expected letters, then -subtags, e.g. en or zh-Hant)",
               g_utf8_validate (tag, -1, NULL) ? tag : "(not UTF-8)");
  return FALSE;
}

static inline gboolean
not_in_iri (guchar c)
{
  switch (c)
    {
    case '<':
    case '>':
    case '"':
    case '{':
    case '}':
    case '|':
    case '^':
    case '`':
    case '\\':
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * dg_iri_validate:
 * @iri: an absolute IRI
 * @error: return location for a #GError, or %NULL
 *
 * Checks that @iri is an absolute IRI (RFC 3987): a scheme, then characters
 * that may stand unescaped between `<` and `>` in Turtle — no spaces,
 * controls, or any of `<>"{}|^`\`, and every `%` followed by two hex digits.
 *
 * Returns: %TRUE if @iri is acceptable
 */
gboolean
dg_iri_validate (const char *iri, GError **error)
{
  const char *p = iri;
  const char *why = NULL;

  g_return_val_if_fail (iri != NULL, FALSE);
  if (!g_utf8_validate (iri, -1, NULL))
    why = "not valid UTF-8";
  else if (!g_ascii_isalpha (*p))
    why = "no scheme";
  else
    {
      while (g_ascii_isalnum (*p) || *p == '+' || *p == '-' || *p == '.')
        p++;
      if (*p != ':')
        why = "no scheme";
    }
  for (; !why && *p; p++)
    {
      guchar c = (guchar)*p;
      /* A switch, not strchr() per character: every IRI of a graph comes
       * through here. */
      if (c <= 0x20 || c == 0x7f || not_in_iri (c))
        why = "a space, control character or one of <>\"{}|^`\\";
      else if (c == '%' && !(g_ascii_isxdigit (p[1]) && g_ascii_isxdigit (p[2])))
        why = "a % not followed by two hex digits";
    }
  if (why)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "invalid IRI <%s>: %s",
                   g_utf8_validate (iri, -1, NULL) ? iri : "(not UTF-8)", why);
      return FALSE;
    }
  return TRUE;
}
