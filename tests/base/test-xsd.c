/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-xsd-private.h"
#include "test-util.h"

static void
test_dates (void)
{
  static const struct
  {
    const char *text;
    const char *datatype; /* NULL: refused */
  } cases[] = {
    { "2022", DG_XSD "gYear" },
    { "2022-12", DG_XSD "gYearMonth" },
    { "2025-08-10", DG_XSD "date" },
    { "2024-02-29", DG_XSD "date" },
    { "-0500", DG_XSD "gYear" },
    { "2025-08-10Z", DG_XSD "date" },
    { "2025-08-10+07:00", DG_XSD "date" },
    { "2023-02-29", NULL },
    { "1900-02-29", NULL },
    { "2025-13", NULL },
    { "2025-00", NULL },
    { "2025-04-31", NULL },
    { "2025-08-00", NULL },
    { "0000", NULL },
    { "22", NULL },
    { "2025-8-1", NULL },
    { "2025/08/10", NULL },
    { "2025-08-10T10:00", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      DgDate d;
      g_autoptr (GError) error = NULL;
      gboolean ok = dg_date_parse (cases[i].text, &d, &error);

      g_test_message ("date %s", cases[i].text);
      g_assert_cmpint (ok, ==, cases[i].datatype != NULL);
      if (ok)
        g_assert_cmpstr (dg_date_datatype (&d), ==, cases[i].datatype);
      else
        g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
    }
}

static void
test_date_order (void)
{
  DgDate a, b;

  g_assert_true (dg_date_parse ("2020", &a, NULL));
  g_assert_true (dg_date_parse ("2024-05", &b, NULL));
  g_assert_true (dg_date_surely_before (&a, &b));
  g_assert_false (dg_date_surely_before (&b, &a));
  /* 2024 may be any day of 2024, so it is not surely before May 2024. */
  g_assert_true (dg_date_parse ("2024", &a, NULL));
  g_assert_false (dg_date_surely_before (&a, &b));
  g_assert_false (dg_date_surely_before (&b, &a));
  g_assert_true (dg_date_parse ("2025-08-13", &a, NULL));
  g_assert_true (dg_date_parse ("2025-08-10", &b, NULL));
  g_assert_false (dg_date_surely_before (&a, &b));
  g_assert_true (dg_date_surely_before (&b, &a));
}

static void
test_lexical_forms (void)
{
  static const struct
  {
    const char *lexical;
    const char *type;
    gboolean ok;
  } cases[] = {
    { "150000000000", "decimal", TRUE },
    { "208.2", "decimal", TRUE },
    { "-0.5", "decimal", TRUE },
    { ".5", "decimal", TRUE },
    { "1", "decimal", TRUE },
    /* strtod accepts these; raptor2 then writes invalid Turtle. */
    { "0x10", "decimal", FALSE },
    { "INF", "decimal", FALSE },
    { "nan", "decimal", FALSE },
    { "1e5", "decimal", FALSE },
    { "1.", "decimal", TRUE },
    { "", "decimal", FALSE },
    { "1e5", "double", TRUE },
    { "INF", "double", TRUE },
    { "nan", "double", FALSE },
    { "47", "positiveInteger", TRUE },
    { "0", "positiveInteger", FALSE },
    { "-3", "positiveInteger", FALSE },
    { "+7", "integer", TRUE },
    { "7.0", "integer", FALSE },
    { "true", "boolean", TRUE },
    { "yes", "boolean", FALSE },
    { "id", "language", TRUE },
    { "en .", "language", FALSE },
    { "2022", "gYear", TRUE },
    { "2022-01", "gYear", FALSE },
    { "anything", "string", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *type = g_strconcat (DG_XSD, cases[i].type, NULL);

      g_test_message ("\"%s\"^^xsd:%s", cases[i].lexical, cases[i].type);
      g_assert_cmpint (dg_xsd_validate (cases[i].lexical, type, NULL), ==, cases[i].ok);
    }
  g_assert_true (dg_xsd_validate ("whatever", "http://example.org/myType", NULL));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/xsd/dates", test_dates);
  g_test_add_func ("/xsd/date-order", test_date_order);
  g_test_add_func ("/xsd/lexical-forms", test_lexical_forms);
  return g_test_run ();
}
