/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A fact's time and provenance (lib/model/dg-fact.c), read through the
 * ontology's annotations: the built-in ones, and an extension's. */
#include "config.h"

#include <string.h>

#include "dg-fact-private.h"
#include "test-util.h"

#define EX "https://example.org/fact/"

static DgGraph *
graph_of (DgOntology *ontology, const char *dg)
{
  DgGraph *g = dg_graph_new (ontology);
  g_autoptr (DgReader) r = dg_reader_new (g);

  g_assert_true (dg_reader_read_data (r, dg, -1, "fact.dg", NULL));
  if (!dg_reader_finish (r, NULL))
    g_error ("%s", test_diagnostics_text (r));
  return g;
}

static guint
node (DgGraph *g, const char *id)
{
  g_autofree char *iri = g_strconcat (EX, id, NULL);
  guint n;

  g_assert_true (dg_graph_lookup_node (g, iri, &n));
  return n;
}

static void
test_time (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autoptr (DgGraph) g = graph_of (
      o, "@base <" EX ">\n"
         "State vn \"Vietnam\"@en\nState jp \"Japan\"@en\n"
         "Partnership sp \"SP\"@en party=vn party=jp level=StrategicPartnership "
         "established=2009\n"
         "Partnership csp \"CSP\"@en party=vn party=jp level=ComprehensiveStrategicPartnership "
         "upgraded=2023-11-27 upgradedFrom=sp\n"
         "Visit v \"Visit\"@en visitor=vn host=jp date=2024-03-07\n");
  g_autoptr (DgFactTerms) terms = dg_fact_terms_new (g);
  g_autofree gint64 *ends = dg_fact_successor_ends (terms);
  DgFactTime t;

  /* A state is timeless. */
  g_assert_false (dg_fact_time (terms, node (g, "vn"), &t));
  /* A partnership lasts from its start; the one it was upgraded to ends it
   * the day before the upgrade. */
  g_assert_true (dg_fact_time (terms, node (g, "sp"), &t));
  g_assert_cmpint (t.start, ==, 20090101);
  g_assert_false (t.ends || t.point);
  g_assert_cmpint (ends[node (g, "sp")], ==, 20231126);
  g_assert_cmpint (ends[node (g, "csp")], ==, G_MAXINT64);
  /* An event is a point in time. */
  g_assert_true (dg_fact_time (terms, node (g, "v"), &t));
  g_assert_true (t.point);
  g_assert_cmpint (t.start, ==, 20240307);
  g_assert_cmpint (t.point_end, ==, 20240307);
  /* A label prefers the upgrade to the start. */
  g_assert_cmpstr (dg_fact_label_date (terms, node (g, "csp")), ==, "2023-11-27");
  g_assert_cmpstr (dg_fact_label_date (terms, node (g, "sp")), ==, "2009");
}

/* An extension's property with a role is read like the built-in ones: no
 * property is named in C. */
static void
test_extension (void)
{
  static const char ext[]
      = "@prefix dg: <https://w3id.org/diplograph#> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        "dg:terminated a owl:DatatypeProperty ; rdfs:range xsd:date ; dg:factTime \"end\" .\n";
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autoptr (DgGraph) g = NULL;
  g_autoptr (DgFactTerms) terms = NULL;
  g_autoptr (DgSelection) s = NULL;
  g_autoptr (GError) error = NULL;
  DgFactTime t;

  g_assert_true (dg_ontology_load_data (o, ext, -1, "ext.ttl", &error));
  g_assert_no_error (error);
  g = graph_of (o, "@base <" EX ">\nState a \"A\"@en\nState b \"B\"@en\n"
                   "Partnership p \"P\"@en party=a party=b established=1990 terminated=1999\n");
  terms = dg_fact_terms_new (g);
  g_assert_true (dg_fact_time (terms, node (g, "p"), &t));
  g_assert_true (t.ends);
  g_assert_cmpint (t.end, ==, 19991231);
  /* And the time window follows it. */
  s = dg_selection_new (g);
  g_assert_true (dg_selection_set_time_window (s, "2005", NULL, NULL));
  g_assert_false (dg_selection_contains_node (s, node (g, "p")));
  g_assert_true (dg_selection_set_time_window (s, "1995", "1996", NULL));
  g_assert_true (dg_selection_contains_node (s, node (g, "p")));
  /* A role the annotation does not know is an error of the ontology. */
  {
    g_autoptr (DgOntology) bad = dg_ontology_new (NULL);
    static const char wrong[] = "@prefix dg: <https://w3id.org/diplograph#> .\n"
                                "dg:date dg:factTime \"sometime\" .\n";

    g_assert_false (dg_ontology_load_data (bad, wrong, -1, "bad.ttl", &error));
    g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
    g_assert_nonnull (strstr (error->message, "dg:factTime \"sometime\" is not one of start"));
  }
}

typedef struct
{
  GString *text;
  DgFactTerms *terms;
} Quotes;

static void
collect (const DgLiteral *quote, guint source, gpointer data)
{
  Quotes *q = data;
  DgGraph *g = dg_fact_terms_get_graph (q->terms);

  const char *file = dg_fact_source_file (q->terms, source);

  g_string_append_printf (q->text, "[%s] %s\n", file ? file : "-",
                          dg_graph_string (g, quote->lexical));
}

static void
test_provenance (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autoptr (DgGraph) g = graph_of (
      o, "@base <" EX ">\n"
         "SourceDocument s1 \"One\"@en file=\"one.txt\"\nSourceDocument s2 \"Two\"@en\n"
         "State vn \"Vietnam\"@en\n  cite s1 \"Viet Nam\"\n  cite s2 \"Vietnam\"\n"
         "State jp \"Japan\"@en\n");
  g_autoptr (DgFactTerms) terms = dg_fact_terms_new (g);
  g_autoptr (GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint));
  Quotes q = { g_string_new (NULL), terms };

  g_assert_true (dg_fact_is_from (terms, node (g, "vn"), node (g, "s1")));
  g_assert_false (dg_fact_is_from (terms, node (g, "jp"), node (g, "s1")));
  dg_fact_sources (terms, node (g, "vn"), sources);
  g_assert_cmpuint (sources->len, ==, 2);
  g_assert_cmpstr (dg_fact_source_file (terms, node (g, "s1")), ==, "one.txt");
  g_assert_null (dg_fact_source_file (terms, node (g, "s2")));
  dg_fact_foreach_citation (terms, node (g, "vn"), collect, &q);
  g_assert_cmpstr (q.text->str, ==, "[one.txt] Viet Nam\n[-] Vietnam\n");
  g_string_free (q.text, TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/fact/time", test_time);
  g_test_add_func ("/fact/extension", test_extension);
  g_test_add_func ("/fact/provenance", test_provenance);
  return g_test_run ();
}
