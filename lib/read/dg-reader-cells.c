/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-reader-private.h"

/* A row of a table read through a mapping, as cells: TSV's split at tabs,
 * CSV's (RFC 4180) unquoted, every cell a NUL-ended piece of one copy of
 * the row, so that a row costs one copy however many columns it has. */

guint
dg_cells_column (GString *text, gboolean csv, guint start)
{
  if (csv)
    return start;
  return (guint)g_utf8_pointer_to_offset (text->str, text->str + start - 1) + 1;
}

gboolean
dg_cells_split (GString *text, gboolean csv, const char *line, GPtrArray *raw, GArray *cols,
                GString *pending)
{
  g_autoptr (GArray) starts = NULL;

  /* The cells are borrowed from @text, the row's copy, split in place. */
  g_string_truncate (text, 0);
  if (!csv)
    {
      char *p;

      g_string_append (text, line);
      p = text->str;
      for (;;)
        {
          char *tab = strchr (p, '\t');
          guint col = (guint)(p - text->str) + 1; /* a byte: see dg_cells_column() */

          g_ptr_array_add (raw, p);
          g_array_append_val (cols, col);
          if (!tab)
            break;
          *tab = '\0';
          p = tab + 1;
        }
      return TRUE;
    }
  /* CSV: a quoted cell ends at a lone quote; "" is a quote inside. */
  g_string_append (pending, line);
  {
    const char *p = pending->str;
    guint quotes = 0;
    for (; *p; p++)
      quotes += *p == '"';
    if (quotes % 2)
      {
        g_string_append_c (pending, '\n');
        return FALSE;
      }
  }
  starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  {
    const char *p = pending->str;
    guint col = 1;
    while (TRUE)
      {
        const char *start = p;
        gsize at = text->len;

        if (*p == '"')
          {
            p++;
            while (*p)
              {
                if (*p == '"' && p[1] == '"')
                  {
                    g_string_append_c (text, '"');
                    p += 2;
                  }
                else if (*p == '"')
                  {
                    p++;
                    break;
                  }
                else
                  g_string_append_c (text, *p++);
              }
            while (*p && *p != ',')
              g_string_append_c (text, *p++);
          }
        else
          while (*p && *p != ',')
            g_string_append_c (text, *p++);
        g_string_append_c (text, '\0');
        g_array_append_val (starts, at);
        g_array_append_val (cols, col);
        col += (guint)g_utf8_strlen (start, p - start) + 1;
        if (*p != ',')
          break;
        p++;
      }
  }
  for (guint i = 0; i < starts->len; i++)
    g_ptr_array_add (raw, text->str + g_array_index (starts, gsize, i));
  g_string_truncate (pending, 0);
  return TRUE;
}
