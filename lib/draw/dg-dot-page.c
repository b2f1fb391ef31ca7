/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-error.h"
#include "dg-writer-dot-private.h"

/* Pages a drawing is fitted to (dg_dot_writer_set_page()): paper sizes by
 * name, or a width and height with their unit. */

/* Paper sizes, portrait, in inches. */
static const struct
{
  const char *name;
  double width, height;
} pages[] = {
  { "a4", 8.27, 11.69 }, { "a3", 11.69, 16.54 }, { "letter", 8.5, 11.0 }, { "legal", 8.5, 14.0 }
};

/* A length with its unit (in, cm, mm; inches when none) in inches. */
static gboolean
parse_length (const char *text, double *inches)
{
  char *end;
  double v = g_ascii_strtod (text, &end);

  if (end == text || !(v > 0) || v > 1000.0)
    return FALSE;
  if (*end == '\0' || g_str_equal (end, "in"))
    *inches = v;
  else if (g_str_equal (end, "cm"))
    *inches = v / 2.54;
  else if (g_str_equal (end, "mm"))
    *inches = v / 25.4;
  else
    return FALSE;
  return TRUE;
}

gboolean
dg_dot_page_parse (const char *page, double *width, double *height, GError **error)
{
  g_autofree char *lower = NULL;
  g_auto (GStrv) sides = NULL;
  gboolean landscape;
  double w = 0, h = 0;

  lower = g_ascii_strdown (page, -1);
  landscape = g_str_has_suffix (lower, "-landscape");
  if (landscape)
    lower[strlen (lower) - strlen ("-landscape")] = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (pages) && !w; i++)
    if (g_str_equal (lower, pages[i].name))
      {
        w = pages[i].width;
        h = pages[i].height;
      }
  sides = w ? NULL : g_strsplit (lower, "x", 2);
  if (sides && sides[0] && sides[1])
    {
      /* "210x297mm": the unit of the second side is the first's too. */
      const char *unit = sides[1] + strspn (sides[1], "0123456789.");
      g_autofree char *first = g_strconcat (sides[0], strpbrk (sides[0], "cimn") ? "" : unit, NULL);

      if (!parse_length (first, &w) || !parse_length (sides[1], &h))
        w = h = 0;
    }
  if (!w || !h)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "unknown page \"%s\" (a4, a3, letter, legal, with -landscape; or WxH in "
                   "in, cm or mm)",
                   page);
      return FALSE;
    }
  *width = landscape ? h : w;
  *height = landscape ? w : h;
  return TRUE;
}
