/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-error.h"
#include "dg-text.h"
#include "dg-xsd-private.h"

static guint
days_in_month (gint year, guint month)
{
  static const guint8 days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  gboolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

  return month == 2 && leap ? 29 : days[month - 1];
}

/* Reads exactly @n digits (or at least @n when @at_least) into @out. */
static gboolean
read_digits (const char **p, guint n, gboolean at_least, gint *out)
{
  guint count = 0;
  gint64 v = 0;

  while (g_ascii_isdigit (**p) && (at_least || count < n) && count < 9)
    {
      v = v * 10 + (**p - '0');
      (*p)++;
      count++;
    }
  *out = (gint)v;
  return at_least ? count >= n : count == n;
}

/* Optional XSD timezone: Z or +hh:mm / -hh:mm. */
static gboolean
skip_timezone (const char **p)
{
  gint hh, mm;

  if (**p == 'Z')
    (*p)++;
  else if (**p == '+' || **p == '-')
    {
      (*p)++;
      if (!read_digits (p, 2, FALSE, &hh) || **p != ':')
        return FALSE;
      (*p)++;
      if (!read_digits (p, 2, FALSE, &mm) || hh > 14 || mm > 59)
        return FALSE;
    }
  return TRUE;
}

gboolean
dg_date_parse (const char *text, DgDate *date, GError **error)
{
  const char *p = text;
  gint year, month = 0, day = 0;
  gboolean negative = FALSE, has_month = FALSE, has_day = FALSE;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }
  if (!read_digits (&p, 4, TRUE, &year))
    goto malformed;
  if (*p == '-')
    {
      p++;
      has_month = TRUE;
      if (!read_digits (&p, 2, FALSE, &month))
        goto malformed;
      if (*p == '-')
        {
          p++;
          has_day = TRUE;
          if (!read_digits (&p, 2, FALSE, &day))
            goto malformed;
        }
    }
  if (!skip_timezone (&p) || *p != '\0')
    goto malformed;
  /* XSD has no year zero; months and days must exist in the calendar. */
  if (year == 0 || (has_month && (month < 1 || month > 12))
      || (has_day && (day < 1 || (guint)day > days_in_month (year, (guint)month))))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "impossible date \"%s\"", text);
      return FALSE;
    }
  date->year = negative ? -year : year;
  date->month = (guint8)month;
  date->day = (guint8)day;
  return TRUE;

malformed:
  g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
               "malformed date \"%s\" (expected YYYY, YYYY-MM or YYYY-MM-DD)", text);
  return FALSE;
}

const char *
dg_date_datatype (const DgDate *date)
{
  if (date->month == 0)
    return DG_XSD "gYear";
  if (date->day == 0)
    return DG_XSD "gYearMonth";
  return DG_XSD "date";
}

const char *
dg_date_precision (const DgDate *date)
{
  return date->month == 0 ? "year" : date->day == 0 ? "month" : "day";
}

gboolean
dg_xsd_is_date_type (const char *datatype)
{
  return g_str_equal (datatype, DG_XSD "date") || g_str_equal (datatype, DG_XSD "gYear")
         || g_str_equal (datatype, DG_XSD "gYearMonth");
}

/* Day numbers only need to order correctly, so a 372-day year is fine. */
static gint64
first_day (const DgDate *d)
{
  return (gint64)d->year * 372 + (d->month ? d->month - 1 : 0) * 31 + (d->day ? d->day - 1 : 0);
}

static gint64
last_day (const DgDate *d)
{
  return (gint64)d->year * 372 + (d->month ? d->month - 1 : 11) * 31 + (d->day ? d->day - 1 : 30);
}

gboolean
dg_date_surely_before (const DgDate *later, const DgDate *earlier)
{
  return last_day (later) < first_day (earlier);
}

static gboolean
match_integer (const char *s, gboolean allow_sign)
{
  if (allow_sign && (*s == '+' || *s == '-'))
    s++;
  if (!g_ascii_isdigit (*s))
    return FALSE;
  while (g_ascii_isdigit (*s))
    s++;
  return *s == '\0';
}

/* [+-]? (digits ('.' digits?)? | '.' digits), then an optional exponent. */
static gboolean
match_decimal (const char *s, gboolean allow_exponent)
{
  gboolean digits = FALSE;

  if (*s == '+' || *s == '-')
    s++;
  while (g_ascii_isdigit (*s))
    s++, digits = TRUE;
  if (*s == '.')
    {
      s++;
      while (g_ascii_isdigit (*s))
        s++, digits = TRUE;
    }
  if (!digits)
    return FALSE;
  if (allow_exponent && (*s == 'e' || *s == 'E'))
    return match_integer (s + 1, TRUE);
  return *s == '\0';
}

gboolean
dg_xsd_validate (const char *lexical, const char *datatype, GError **error)
{
  const char *local;
  gboolean ok = TRUE;

  if (!g_str_has_prefix (datatype, DG_XSD))
    return TRUE;
  local = datatype + strlen (DG_XSD);
  if (g_str_equal (local, "integer") || g_str_equal (local, "long") || g_str_equal (local, "int"))
    ok = match_integer (lexical, TRUE);
  else if (g_str_equal (local, "nonNegativeInteger"))
    ok = match_integer (lexical, FALSE)
         || (lexical[0] == '+' && match_integer (lexical + 1, FALSE));
  else if (g_str_equal (local, "positiveInteger"))
    {
      const char *digits = lexical[0] == '+' ? lexical + 1 : lexical;
      ok = match_integer (digits, FALSE) && digits[strspn (digits, "0")] != '\0';
    }
  else if (g_str_equal (local, "decimal"))
    ok = match_decimal (lexical, FALSE);
  else if (g_str_equal (local, "double") || g_str_equal (local, "float"))
    ok = match_decimal (lexical, TRUE) || g_str_equal (lexical, "INF")
         || g_str_equal (lexical, "-INF") || g_str_equal (lexical, "+INF")
         || g_str_equal (lexical, "NaN");
  else if (g_str_equal (local, "boolean"))
    ok = g_str_equal (lexical, "true") || g_str_equal (lexical, "false")
         || g_str_equal (lexical, "1") || g_str_equal (lexical, "0");
  else if (g_str_equal (local, "language"))
    return dg_language_tag_validate (lexical, error);
  else if (dg_xsd_is_date_type (datatype))
    {
      DgDate d;
      GError *local_error = NULL;

      if (!dg_date_parse (lexical, &d, &local_error))
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      if (!g_str_equal (dg_date_datatype (&d), datatype))
        ok = FALSE;
    }
  if (!ok)
    g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "\"%s\" is not a valid xsd:%s", lexical,
                 local);
  return ok;
}

gint64
dg_date_first_day (const DgDate *d)
{
  return (gint64)d->year * 10000 + (d->month ? d->month : 1) * 100 + (d->day ? d->day : 1);
}

gint64
dg_date_last_day (const DgDate *d)
{
  return (gint64)d->year * 10000 + (d->month ? d->month : 12) * 100 + (d->day ? d->day : 31);
}
