/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DG_XSD "http://www.w3.org/2001/XMLSchema#"
#define DG_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define DG_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define DG_OWL "http://www.w3.org/2002/07/owl#"
#define DG_PROV "http://www.w3.org/ns/prov#"
#define DG_NS "https://w3id.org/diplograph#"

/* A date of year, year-month or day precision (month/day 0 when absent). */
typedef struct
{
  gint year;
  guint8 month;
  guint8 day;
} DgDate;

G_GNUC_INTERNAL gboolean dg_date_parse (const char *text, DgDate *date, GError **error);
/* xsd:gYear, xsd:gYearMonth or xsd:date, after the precision of @date. */
G_GNUC_INTERNAL const char *dg_date_datatype (const DgDate *date);
/* "year", "month" or "day": what @date says, for a reader given it as a day. */
G_GNUC_INTERNAL const char *dg_date_precision (const DgDate *date);
/* TRUE when every day @later may denote is before every day @earlier may. */
G_GNUC_INTERNAL gboolean dg_date_surely_before (const DgDate *later, const DgDate *earlier);

/* The first and last day @date may denote, as YYYYMMDD numbers that
 * compare as the days do. */
G_GNUC_INTERNAL gint64 dg_date_first_day (const DgDate *date);
G_GNUC_INTERNAL gint64 dg_date_last_day (const DgDate *date);

/* Is @datatype one of the date types dg_date_parse() produces? */
G_GNUC_INTERNAL gboolean dg_xsd_is_date_type (const char *datatype);

/* Checks @lexical against the lexical space of the XSD @datatype, for the
 * types whose writers could otherwise emit invalid RDF; others pass. */
G_GNUC_INTERNAL gboolean dg_xsd_validate (const char *lexical, const char *datatype,
                                          GError **error);

G_END_DECLS
