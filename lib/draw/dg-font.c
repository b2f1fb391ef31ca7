/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <fontconfig/fontconfig.h>

#include "dg-error.h"
#include "dg-font-private.h"

/* fontconfig's own generic names, which any installed family may answer. */
static gboolean
generic (const char *family)
{
  static const char *const names[] = { "sans-serif", "sans", "serif", "monospace", "mono" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (family, names[i]) == 0)
      return TRUE;
  return FALSE;
}

char *
dg_font_resolve (const char *family, GError **error)
{
  FcPattern *pattern, *match;
  FcResult result;
  FcChar8 *found = NULL;
  char *answer = NULL;
  g_autofree char *wanted = NULL;

  /* Graphviz reads a fontname's style after a colon too; the family is
   * what must exist. */
  wanted = g_strndup (family, strcspn (family, ":"));
  g_strstrip (wanted);
  if (!*wanted || !g_utf8_validate (family, -1, NULL))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "font \"%s\": no family named", family);
      return NULL;
    }
  pattern = FcNameParse ((const FcChar8 *)wanted);
  if (!pattern)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "font \"%s\": not a font name", family);
      return NULL;
    }
  FcConfigSubstitute (NULL, pattern, FcMatchPattern);
  FcDefaultSubstitute (pattern);
  match = FcFontMatch (NULL, pattern, &result);
  FcPatternDestroy (pattern);
  if (!match || FcPatternGetString (match, FC_FAMILY, 0, &found) != FcResultMatch)
    {
      if (match)
        FcPatternDestroy (match);
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "font \"%s\": no font is installed",
                   family);
      return NULL;
    }
  if (generic (wanted))
    answer = g_strdup ((const char *)found);
  else
    {
      /* A match is exact when one of the font's family names is the one
       * asked for; fontconfig answers every name with something. */
      FcChar8 *name;
      for (int i = 0; FcPatternGetString (match, FC_FAMILY, i, &name) == FcResultMatch; i++)
        if (g_ascii_strcasecmp ((const char *)name, wanted) == 0)
          {
            answer = g_strdup ((const char *)name);
            break;
          }
      if (!answer)
        g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                     "font \"%s\" is not installed (fontconfig would draw \"%s\" instead); "
                     "`fc-list : family` lists those that are",
                     wanted, (const char *)found);
    }
  FcPatternDestroy (match);
  return answer;
}
