/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-intern-private.h"

/* A string is one id however often it is added, and every id gives its
 * string back, through the table's growth: many strings, and strings
 * that differ only at their end, as IRIs of one namespace do. */
static void
test_ids (void)
{
  g_autoptr (DgIntern) t = dg_intern_new ();
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree guint32 *ids = NULL;
  guint32 id;
  guint n = 20000;

  g_assert_false (dg_intern_lookup (t, "", &id));
  g_assert_cmpuint (dg_intern_add (t, ""), ==, 1);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (names, g_strdup_printf ("https://example.org/kg/e%u", i));
  ids = g_new (guint32, n);
  for (guint i = 0; i < n; i++)
    {
      ids[i] = dg_intern_add (t, g_ptr_array_index (names, i));
      g_assert_cmpuint (ids[i], ==, i + 2);
    }
  g_assert_cmpuint (dg_intern_get_size (t), ==, n + 1);
  for (guint i = 0; i < n; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      g_assert_cmpuint (dg_intern_add (t, name), ==, ids[i]);
      g_assert_true (dg_intern_lookup (t, name, &id));
      g_assert_cmpuint (id, ==, ids[i]);
      g_assert_cmpstr (dg_intern_get (t, ids[i]), ==, name);
    }
  g_assert_cmpuint (dg_intern_get_size (t), ==, n + 1);
  g_assert_false (dg_intern_lookup (t, "https://example.org/kg/e", &id));
  g_assert_false (dg_intern_lookup (t, "https://example.org/kg/e20000", &id));
  g_assert_true (dg_intern_lookup (t, "", &id));
  g_assert_cmpuint (id, ==, 1);
  g_assert_null (dg_intern_get (t, 0));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/intern/ids", test_ids);
  return g_test_run ();
}
