/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-mapping-private.h"

/* A mapping's code lists (`codes NAME [prefix] FIELD…`): a code's values,
 * by the longest listed prefix of a hierarchical code, or by "*". */

void
dg_code_list_free (DgCodeList *l)
{
  g_free (l->name);
  g_ptr_array_unref (l->fields);
  g_hash_table_destroy (l->codes);
  g_free (l);
}

static char **
entry_of (const DgCodeList *list, const char *code)
{
  char **values = g_hash_table_lookup (list->codes, code);

  if (!values && list->prefix)
    {
      /* Hierarchical codes: "0421" falls back to "042", then "04". */
      g_autofree char *shorter = g_strdup (code);
      for (gsize n = strlen (shorter); !values && n > 1; n--)
        {
          shorter[n - 1] = '\0';
          values = g_hash_table_lookup (list->codes, shorter);
        }
    }
  if (!values)
    values = g_hash_table_lookup (list->codes, "*");
  return values;
}

gboolean
dg_code_list_has (const DgCodeList *list, const char *code)
{
  return code && entry_of (list, code) != NULL;
}

const char *
dg_code_list_lookup (const DgCodeList *list, const char *code, int field)
{
  char **values = NULL;

  if (!code)
    return NULL;
  values = entry_of (list, code);
  if (!values || field < 0 || (guint)field >= g_strv_length (values)
      || g_str_equal (values[field], "-"))
    return NULL;
  /* "=": the code itself, so "*" can keep a name no list has. */
  return g_str_equal (values[field], "=") ? code : values[field];
}
