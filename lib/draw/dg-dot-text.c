/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-error.h"
#include "dg-writer-dot.h"
#include "dg-writer-dot-private.h"
#include "dg-xsd-private.h"

/*
 * Text as a DOT diagram holds it: escaped for Graphviz's escStrings, and
 * long names wrapped.
 */

static char *escape_with (const char *text, const char *backslash, GError **error);

/**
 * dg_dot_escape:
 * @text: text to show in a label or tooltip
 * @error: return location for a #GError, or %NULL
 *
 * Makes @text safe as the value of a Graphviz escString attribute (`label`,
 * `tooltip`) that cgraph will quote.  cgraph escapes `"` only, and Graphviz
 * then reads `\N`, `\l`, `\G` … as escapes and decodes `&…;` entities.
 * Graphviz substitutes `\N`-style escapes first, then decodes entities,
 * then reads `\\`, `\n`, `\l`, `\r`; so `&` becomes `&amp;` and `\`
 * becomes `&#92;&#92;`, which passes the first step as plain text and the
 * last as one backslash — and no value ever ends in a `\` that cgraph
 * would leave unescaped before its closing quote.
 * Line breaks become `\n`.  Other control characters cannot be shown and
 * are refused.  Labels are never HTML-like, and never records.  A string of
 * digits, `-` and `.` that is not a DOT numeral (`-.`) has its `-` and `.`
 * written as entities: cgraph would leave it unquoted, and unparseable.
 *
 * Returns: (transfer full) (nullable): the escaped text, or %NULL on error
 */
char *
dg_dot_escape (const char *text, GError **error)
{
  return escape_with (text, "&#92;&#92;", error);
}

/* A tooltip goes through one more round of escapes than a label: Graphviz
 * decodes its entities first, then substitutes \G, \N, \E … and reads \\
 * twice; so a backslash needs four, or a \G in the text would become the
 * graph's name. */
char *
dg_dot_escape_tooltip (const char *text, GError **error)
{
  return escape_with (text, "&#92;&#92;&#92;&#92;", error);
}

static char *
escape_with (const char *text, const char *backslash, GError **error)
{
  GString *s = g_string_sized_new (strlen (text) + 8);

  for (const char *p = text; *p; p++)
    {
      guchar c = (guchar)*p;

      if (c == '&')
        g_string_append (s, "&amp;");
      else if (c == '\\')
        g_string_append (s, backslash);
      else if (c == '\r' && p[1] == '\n')
        continue;
      else if (c == '\n' || c == '\r')
        g_string_append (s, "\\n");
      else if ((c < 0x20 && c != '\t') || c == 0x7f || (c == 0xC0 && (guchar)p[1] == 0x80))
        {
          if (c == 0xC0)
            c = 0; /* DG_TEXT_HELD_NUL */
          g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                       "control character U+%04X cannot be shown in a diagram", c);
          g_string_free (s, TRUE);
          return NULL;
        }
      else
        g_string_append_c (s, (char)c);
    }
  /* cgraph 2.42 writes some strings of digits, '-' and '.' unquoted that
   * are not DOT numerals ("-."), and the result does not parse: spell such
   * a string's '-' and '.' as entities, which makes cgraph quote it. */
  /* Such a string is a DOT numeral, -?(.[0-9]+|[0-9]+(.[0-9]*)?), exactly
   * when it is an xsd:decimal. */
  if (s->len > 0 && strspn (s->str, "-.0123456789") == s->len
      && !dg_xsd_validate (s->str, DG_XSD "decimal", NULL))
    {
      GString *safe = g_string_sized_new (s->len * 5);

      for (gsize i = 0; i < s->len; i++)
        if (s->str[i] == '-')
          g_string_append (safe, "&#45;");
        else if (s->str[i] == '.')
          g_string_append (safe, "&#46;");
        else
          g_string_append_c (safe, s->str[i]);
      g_string_free (s, TRUE);
      return g_string_free (safe, FALSE);
    }
  return g_string_free (s, FALSE);
}


/* Long names ("Agreement on Basic Principles Guiding the Settlement of
 * Maritime Issues …") make wide nodes that stretch the whole layout: break
 * them at spaces into lines of about @width characters. */
char *
dg_dot_wrap (const char *text, guint width)
{
  GString *out = g_string_sized_new (strlen (text) + 8);
  guint column = 0;
  const char *p = text;

  if (width == 0)
    return g_string_free (g_string_append (out, text), FALSE);
  while (*p)
    {
      const char *space = strchr (p, ' ');
      const char *end = space ? space : p + strlen (p);
      const char *newline = memchr (p, '\n', end - p);
      guint length;

      if (newline)
        end = newline;
      length = g_utf8_strlen (p, end - p);
      if (column > 0 && column + 1 + length > width)
        {
          g_string_append_c (out, '\n');
          column = 0;
        }
      else if (column > 0)
        {
          g_string_append_c (out, ' ');
          column++;
        }
      g_string_append_len (out, p, end - p);
      column += length;
      if (newline)
        {
          g_string_append_c (out, '\n');
          column = 0;
        }
      p = *end ? end + 1 : end;
    }
  return g_string_free (out, FALSE);
}
