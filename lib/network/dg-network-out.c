/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-error.h"
#include "dg-network-private.h"
#include "dg-text-private.h"

/* What every network format writes through: a buffered stream that keeps
 * its first error, and the escaping of XML, JSON and CSV text.  The
 * formats (dg-network-*.c) use it; the writer (dg-writer-network.c) hands
 * each format its network, so no format calls the writer. */

gboolean
dg_network_is_undirected (const DgNetwork *network)
{
  return network->any_undirected && !network->any_directed;
}

void
dg_network_out_flush (DgNetworkOut *out)
{
  if (!out->failed && out->buffer->len
      && !g_output_stream_write_all (out->stream, out->buffer->str, out->buffer->len, NULL, NULL,
                                     out->error))
    out->failed = TRUE;
  g_string_truncate (out->buffer, 0);
}

static void
maybe_flush (DgNetworkOut *out)
{
  if (out->buffer->len >= 65536)
    dg_network_out_flush (out);
}

void
dg_network_out_printf (DgNetworkOut *out, const char *format, ...)
{
  va_list args;

  va_start (args, format);
  g_string_append_vprintf (out->buffer, format, args);
  va_end (args);
  maybe_flush (out);
}

/* Refuses @text for a character @c the format cannot hold, showing its
 * beginning with control characters as \uXXXX (cut between characters,
 * never inside an escape). */
static gboolean
refuse (DgNetworkOut *out, gunichar c, const char *text, const char *format, const char *others)
{
  if (!out->failed)
    {
      g_autoptr (GString) shown = g_string_new (NULL);
      guint n = 0;
      const char *p;

      for (p = text; *p && n < 60; p = g_utf8_next_char (p), n++)
        {
          gunichar d = g_utf8_get_char (p);
          if (d < 0x20 || d == 0x7f || d == 0xFFFE || d == 0xFFFF)
            g_string_append_printf (shown, "\\u%04X", d);
          else
            g_string_append_len (shown, p, g_utf8_next_char (p) - p);
        }
      g_set_error (out->error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "U+%04X in \"%s%s\": %s cannot hold it (%s can)", c, shown->str, *p ? "…" : "",
                   format, others);
    }
  out->failed = TRUE;
  return FALSE;
}

gboolean
dg_network_out_xml (DgNetworkOut *out, const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&':
          g_string_append (out->buffer, "&amp;");
          break;
        case '<':
          g_string_append (out->buffer, "&lt;");
          break;
        case '>':
          g_string_append (out->buffer, "&gt;");
          break;
        case '"':
          g_string_append (out->buffer, "&quot;");
          break;
        case '\'':
          g_string_append (out->buffer, "&apos;");
          break;
        case '\t':
          g_string_append (out->buffer, "&#9;");
          break;
        case '\n':
          g_string_append (out->buffer, "&#10;");
          break;
        case '\r':
          g_string_append (out->buffer, "&#13;");
          break;
        default:
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF)
            return refuse (out, c, text, "XML 1.0", c ? "JSON and CSV" : "JSON");
          g_string_append_len (out->buffer, p, g_utf8_next_char (p) - p);
        }
    }
  maybe_flush (out);
  return TRUE;
}

void
dg_network_out_json (DgNetworkOut *out, const char *text)
{
  dg_text_append_json (out->buffer, text, FALSE);
  maybe_flush (out);
}

/* Would a spreadsheet take the cell for a formula?  OWASP's list of first
 * characters, less a plain number ("-5.8", a Goldstein score), which is
 * read as the number it is. */
static gboolean
formula_like (const char *text)
{
  const char *p = text;

  if (!strchr ("=+-@\t\r", *p) || !*p)
    return FALSE;
  if (*p == '+' || *p == '-')
    p++;
  if (!g_ascii_isdigit (*p))
    return TRUE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      ;
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      while (g_ascii_isdigit (*p))
        p++;
    }
  return *p != '\0';
}

static void
quoted (DgNetworkOut *out, const char *prefix, const char *text)
{
  g_string_append_c (out->buffer, '"');
  g_string_append (out->buffer, prefix);
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out->buffer, '"');
      g_string_append_c (out->buffer, *p);
    }
  g_string_append_c (out->buffer, '"');
}

gboolean
dg_network_out_csv (DgNetworkOut *out, const char *text)
{
  /* U+0000, held in a literal as C0 80, has no place in CSV: Python's csv
   * and spreadsheets refuse or cut the file at it. */
  for (const char *p = text; *p; p++)
    if ((guchar)p[0] == 0xC0 && (guchar)p[1] == 0x80)
      return refuse (out, 0, text, "CSV", "Cytoscape JSON");
  if (formula_like (text))
    {
      /* A cell a spreadsheet would run as a formula is written as text,
       * behind a quote mark (OWASP's advice on CSV injection). */
      quoted (out, "'", text);
    }
  else if (strpbrk (text, ",\"\r\n"))
    quoted (out, "", text);
  else
    g_string_append (out->buffer, text);
  maybe_flush (out);
  return TRUE;
}
