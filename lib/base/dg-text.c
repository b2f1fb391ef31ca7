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

/* The five components of RFC 3986's regular expression (appendix B):
 * scheme, authority, path, query, fragment; a component that is absent has
 * no start. */
typedef struct
{
  const char *start[5];
  gsize len[5];
} IriParts;

enum
{
  SCHEME,
  AUTHORITY,
  PATH,
  QUERY,
  FRAGMENT
};

static void
split_iri (const char *iri, IriParts *parts)
{
  const char *p = iri, *q;

  memset (parts, 0, sizeof *parts);
  q = p + strcspn (p, ":/?#");
  if (*q == ':' && q > p)
    {
      parts->start[SCHEME] = p;
      parts->len[SCHEME] = q - p;
      p = q + 1;
    }
  if (p[0] == '/' && p[1] == '/')
    {
      p += 2;
      parts->start[AUTHORITY] = p;
      parts->len[AUTHORITY] = strcspn (p, "/?#");
      p += parts->len[AUTHORITY];
    }
  parts->start[PATH] = p;
  parts->len[PATH] = strcspn (p, "?#");
  p += parts->len[PATH];
  if (*p == '?')
    {
      parts->start[QUERY] = ++p;
      parts->len[QUERY] = strcspn (p, "#");
      p += parts->len[QUERY];
    }
  if (*p == '#')
    {
      parts->start[FRAGMENT] = ++p;
      parts->len[FRAGMENT] = strlen (p);
    }
}

/* RFC 3986 5.2.4: "." and ".." segments removed from @path. */
static void
remove_dot_segments (const char *path, gsize len, GString *out)
{
  g_autofree char *in_buf = g_strndup (path, len);
  const char *in = in_buf;

  while (*in)
    {
      if (g_str_has_prefix (in, "../"))
        in += 3;
      else if (g_str_has_prefix (in, "./"))
        in += 2;
      else if (g_str_has_prefix (in, "/./"))
        in += 2;
      else if (g_str_equal (in, "/."))
        in = "/";
      else if (g_str_has_prefix (in, "/../") || g_str_equal (in, "/.."))
        {
          const char *slash;

          in = in[3] ? in + 3 : "/";
          slash = strrchr (out->str, '/');
          g_string_truncate (out, slash ? (gsize)(slash - out->str) : 0);
        }
      else if (g_str_equal (in, ".") || g_str_equal (in, ".."))
        in = "";
      else
        {
          gsize n = strcspn (in + 1, "/") + 1;

          g_string_append_len (out, in, (gssize)n);
          in += n;
        }
    }
}

/* Whether @path has no segment "." or "..": resolving removes none. */
static gboolean
no_dot_segments (const char *path)
{
  for (const char *seg = path; seg; seg = strchr (seg, '/'), seg = seg ? seg + 1 : NULL)
    if (seg[0] == '.'
        && (seg[1] == '/' || !seg[1] || (seg[1] == '.' && (seg[2] == '/' || !seg[2]))))
      return FALSE;
  return TRUE;
}

/* @ref resolved against @base without the steps of RFC 3986, 5.2, where
 * they would change nothing: an http(s) IRI with no dot segment, query or
 * fragment is itself; a relative path with none of them, against an
 * absolute base ending with "/" (no query, fragment or dot segment), is
 * the base before it.  NULL otherwise.  The IRIs a mapping makes for
 * every row (a country, an actor, a source's URL) are mostly these. */
static char *
resolve_plain (const char *base, const char *ref)
{
  const char *colon, *path;

  if (g_str_has_prefix (ref, "http://") || g_str_has_prefix (ref, "https://"))
    {
      path = strchr (strstr (ref, "//") + 2, '/');
      return !strpbrk (ref, "?#") && (!path || no_dot_segments (path)) ? g_strdup (ref) : NULL;
    }
  colon = base ? strchr (base, ':') : NULL;
  if (strpbrk (ref, ":?#") || ref[0] == '/' || !no_dot_segments (ref) || !colon
      || !g_str_has_prefix (colon, "://") || !g_str_has_suffix (base, "/") || strpbrk (base, "?#"))
    return NULL;
  /* The base has a path, with no dot segment. */
  path = strchr (colon + 3, '/');
  if (!path || !no_dot_segments (path))
    return NULL;
  return g_strconcat (base, ref, NULL);
}

char *
dg_iri_resolve (const char *base, const char *ref)
{
  char *plain = resolve_plain (base, ref);
  IriParts b, r;
  GString *out;
  g_autoptr (GString) path = NULL;
  const char *query = NULL, *authority = NULL, *scheme;
  gsize query_len = 0, authority_len = 0, scheme_len;

  if (plain)
    return plain;
  out = g_string_new (NULL);
  path = g_string_new (NULL);
  split_iri (base, &b);
  split_iri (ref, &r);
  scheme = r.start[SCHEME] ? r.start[SCHEME] : b.start[SCHEME];
  scheme_len = r.start[SCHEME] ? r.len[SCHEME] : b.len[SCHEME];
  if (r.start[SCHEME] || r.start[AUTHORITY])
    {
      authority = r.start[AUTHORITY];
      authority_len = r.len[AUTHORITY];
      remove_dot_segments (r.start[PATH], r.len[PATH], path);
      query = r.start[QUERY];
      query_len = r.len[QUERY];
    }
  else
    {
      authority = b.start[AUTHORITY];
      authority_len = b.len[AUTHORITY];
      if (r.len[PATH] == 0)
        {
          g_string_append_len (path, b.start[PATH], (gssize)b.len[PATH]);
          query = r.start[QUERY] ? r.start[QUERY] : b.start[QUERY];
          query_len = r.start[QUERY] ? r.len[QUERY] : b.len[QUERY];
        }
      else
        {
          g_autoptr (GString) merged = g_string_new (NULL);

          if (r.start[PATH][0] == '/')
            g_string_append_len (merged, r.start[PATH], (gssize)r.len[PATH]);
          else
            {
              const char *last = g_strrstr_len (b.start[PATH], (gssize)b.len[PATH], "/");

              /* 5.2.3: merge with the base's path up to its last "/". */
              if (b.start[AUTHORITY] && b.len[PATH] == 0)
                g_string_append_c (merged, '/');
              else if (last)
                g_string_append_len (merged, b.start[PATH], last - b.start[PATH] + 1);
              g_string_append_len (merged, r.start[PATH], (gssize)r.len[PATH]);
            }
          remove_dot_segments (merged->str, merged->len, path);
          query = r.start[QUERY];
          query_len = r.len[QUERY];
        }
    }
  if (scheme)
    {
      g_string_append_len (out, scheme, (gssize)scheme_len);
      g_string_append_c (out, ':');
    }
  if (authority)
    {
      g_string_append (out, "//");
      g_string_append_len (out, authority, (gssize)authority_len);
    }
  g_string_append_len (out, path->str, (gssize)path->len);
  if (query)
    {
      g_string_append_c (out, '?');
      g_string_append_len (out, query, (gssize)query_len);
    }
  if (r.start[FRAGMENT])
    {
      g_string_append_c (out, '#');
      g_string_append_len (out, r.start[FRAGMENT], (gssize)r.len[FRAGMENT]);
    }
  return g_string_free (out, FALSE);
}

void
dg_text_append_quoted (GString *out, const char *s)
{
  g_string_append_c (out, '"');
  for (const char *p = s; *p; p++)
    {
      guchar c = (guchar)*p;
      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        case 0xC0:
          if ((guchar)p[1] == 0x80) /* DG_TEXT_HELD_NUL */
            {
              g_string_append (out, "\\u0000");
              p++;
              break;
            }
          g_string_append_c (out, (char)c);
          break;
        default:
          if (c < 0x20 || c == 0x7f)
            g_string_append_printf (out, "\\u%04X", c);
          else
            g_string_append_c (out, (char)c);
        }
    }
  g_string_append_c (out, '"');
}

char **
dg_language_chain_copy (const char *const *languages, GError **error)
{
  for (guint i = 0; languages[i]; i++)
    if (!dg_language_tag_validate (languages[i], error))
      return NULL;
  return g_strdupv ((char **)languages);
}

void
dg_text_append_json (GString *out, const char *text, gboolean in_html)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      unsigned char c = (unsigned char)*p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c == 0xC0 && (unsigned char)p[1] == 0x80) /* DG_TEXT_HELD_NUL */
        {
          g_string_append (out, "\\u0000");
          p++;
        }
      else if (c < 0x20 || (in_html && (c == '<' || c == '>' || c == '&')))
        g_string_append_printf (out, "\\u%04x", c);
      else if (in_html && c == 0xE2 && (unsigned char)p[1] == 0x80
               && ((unsigned char)p[2] == 0xA8 || (unsigned char)p[2] == 0xA9))
        {
          g_string_append_printf (out, "\\u%04x", (unsigned char)p[2] == 0xA8 ? 0x2028 : 0x2029);
          p += 2;
        }
      else
        g_string_append_c (out, (char)c);
    }
  g_string_append_c (out, '"');
}

char *
dg_text_for_terminal (char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p++)
    {
      guchar c = (guchar)*p, d = (guchar)p[1];

      if ((c < 0x20 && c != '\n') || c == 0x7f)
        g_string_append (out, "\uFFFD");
      else if ((c == 0xC2 && d >= 0x80 && d <= 0x9F) || (c == 0xC0 && d == 0x80))
        {
          g_string_append (out, "\uFFFD");
          p++;
        }
      else
        g_string_append_c (out, (char)c);
    }
  g_free (text);
  return g_string_free (out, FALSE);
}

char *
dg_text_collapse_spaces (const char *text, gsize length)
{
  GString *out = g_string_sized_new (length);
  gboolean space = FALSE;

  for (const char *p = text; p < text + length; p++)
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
