/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* RDF input (lib/read/dg-reader-rdf.c): every syntax into the graph, merged with
 * .dg, and nothing dropped on the way back out. */
#include "config.h"

#include <string.h>

#include "dg-graph-private.h"
#include "test-util.h"

#define DG DG_NAMESPACE
#define EX "http://example.org/"
#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define XSD "http://www.w3.org/2001/XMLSchema#"

/* Reads @data as @name into a new graph; returns the reader for its
 * diagnostics, the graph in @graph. */
static DgReader *
read_one (const char *data, const char *name, DgGraph **graph)
{
  DgReader *reader;
  g_autoptr (GError) error = NULL;

  *graph = test_graph_new ();
  reader = dg_reader_new (*graph);
  g_assert_true (dg_reader_read_data (reader, data, -1, name, &error));
  g_assert_no_error (error);
  dg_reader_finish (reader, NULL);
  return reader;
}

static char *
write_string (DgGraph *graph, DgRdfFormat format)
{
  g_autoptr (DgRdfWriter) w = dg_rdf_writer_new (graph, format);
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr (GError) error = NULL;

  g_assert_true (dg_rdf_writer_write (w, out, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));
  g_output_stream_close (out, NULL, NULL);
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

/* The same three statements in each syntax raptor2 reads. */
static void
test_syntaxes (void)
{
  static const struct
  {
    const char *name, *data;
  } inputs[] = {
    { "a.ttl", "@prefix dg: <" DG "> . @prefix ex: <" EX "> .\n"
               "ex:vn a dg:State ; <http://www.w3.org/2000/01/rdf-schema#label> \"Vietnam\"@en ;\n"
               "  dg:memberOf ex:asean .\n" },
    { "a.nt", "<" EX "vn> <" RDF "type> <" DG "State> .\n"
              "<" EX "vn> <http://www.w3.org/2000/01/rdf-schema#label> \"Vietnam\"@en .\n"
              "<" EX "vn> <" DG "memberOf> <" EX "asean> .\n" },
    { "a.nq", "<" EX "vn> <" RDF "type> <" DG "State> .\n"
              "<" EX "vn> <http://www.w3.org/2000/01/rdf-schema#label> \"Vietnam\"@en .\n"
              "<" EX "vn> <" DG "memberOf> <" EX "asean> .\n" },
    { "a.trig",
      "@prefix dg: <" DG "> . @prefix ex: <" EX "> .\n"
      "{ ex:vn a dg:State ; <http://www.w3.org/2000/01/rdf-schema#label> \"Vietnam\"@en ;\n"
      "  dg:memberOf ex:asean . }\n" },
    { "a.rdf", "<?xml version=\"1.0\"?>\n"
               "<rdf:RDF xmlns:rdf=\"" RDF "\" xmlns:dg=\"" DG "\"\n"
               "    xmlns:rdfs=\"http://www.w3.org/2000/01/rdf-schema#\">\n"
               "  <dg:State rdf:about=\"" EX "vn\">\n"
               "    <rdfs:label xml:lang=\"en\">Vietnam</rdfs:label>\n"
               "    <dg:memberOf rdf:resource=\"" EX "asean\"/>\n"
               "  </dg:State>\n</rdf:RDF>\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (DgGraph) g = NULL;
      g_autoptr (DgReader) r = read_one (inputs[i].data, inputs[i].name, &g);
      g_autofree char *nt = write_string (g, DG_RDF_FORMAT_NTRIPLES);
      guint vn;

      g_test_message ("%s", inputs[i].name);
      g_assert_cmpuint (dg_reader_get_n_errors (r), ==, 0);
      g_assert_true (dg_graph_lookup_node (g, EX "vn", &vn));
      g_assert_cmpstr (dg_graph_get_node_class (g, vn), ==, DG "State");
      g_assert_cmpstr (dg_graph_get_node_label (g, vn, NULL), ==, "Vietnam");
      g_assert_cmpuint (dg_graph_get_n_triples (g), ==, 3);
      g_assert_nonnull (strstr (nt, "<" EX "vn> <" DG "memberOf> <" EX "asean> .\n"));
      g_assert_false (dg_graph_has_named_graphs (g));
    }
}

/* What the ontology does not know is kept, and each is one warning. */
static void
test_unknown_kept (void)
{
  const char *ttl = "@prefix dg: <" DG "> . @prefix ex: <" EX "> .\n"
                    "@prefix xsd: <" XSD "> .\n"
                    "ex:vn a dg:State, ex:Country ; ex:motto \"Độc lập\"@vi ;\n"
                    "  ex:code \"VN\"^^ex:iso ; ex:count \"twelve\"^^xsd:integer ;\n"
                    "  ex:old \"x\"@klingon ; ex:same \"a\"^^xsd:string ;\n"
                    "  ex:list ( 1 [ ex:p ex:q ] ) .\n"
                    "ex:hq a ex:Building ; ex:motto \"again\" .\n";
  g_autoptr (DgGraph) g = NULL;
  g_autoptr (DgReader) r = read_one (ttl, "unknown.ttl", &g);
  g_autofree char *text = test_diagnostics_text (r);
  g_autofree char *nt = write_string (g, DG_RDF_FORMAT_NTRIPLES);
  guint vn;

  g_test_message ("%s", text);
  g_assert_cmpuint (dg_reader_get_n_errors (r), ==, 0);
  g_assert_true (dg_graph_lookup_node (g, EX "vn", &vn));
  /* The ontology's class is the node's; the other is a statement. */
  g_assert_cmpstr (dg_graph_get_node_class (g, vn), ==, DG "State");
  g_assert_nonnull (strstr (nt, "<" EX "vn> <" RDF "type> <" EX "Country> .\n"));
  g_assert_nonnull (strstr (text, "vn is also a <" EX "Country>"));
  /* One warning per unknown relation, however often it is used. */
  /* The place is where the statement's object ends (serd gives each
   * statement as soon as it has read it). */
  g_assert_nonnull (strstr (text, "unknown.ttl:3:53: warning: relation <" EX "motto>"));
  g_assert_null (strstr (strstr (text, EX "motto>") + 1, EX "motto>"));
  g_assert_nonnull (strstr (text, "class <" EX "Building> is not in the ontology"));
  g_assert_nonnull (strstr (text, "datatype <" EX "iso> is not known"));
  g_assert_nonnull (strstr (text, "language tag \"klingon\" is not a BCP 47 language"));
  g_assert_nonnull (strstr (text, "\"twelve\" is not a valid <" XSD "integer>: kept as written"));
  g_assert_nonnull (strstr (text, "3 blank nodes: kept"));
  /* Written back exactly: ill-typed, unknown datatype, explicit xsd:string. */
  g_assert_nonnull (strstr (nt, "\"twelve\"^^<" XSD "integer>"));
  g_assert_nonnull (strstr (nt, "\"VN\"^^<" EX "iso>"));
  g_assert_nonnull (strstr (nt, "\"a\"^^<" XSD "string>"));
  g_assert_nonnull (strstr (nt, "\"x\"@klingon"));
  g_assert_nonnull (strstr (nt, " <" RDF "first> \"1\"^^<" XSD "integer> .\n"));
  g_assert_nonnull (strstr (nt, "\n_:b"));
  /* One each: ill-typed, blank nodes, second class, datatype, language
   * tag, the class, and seven relations (ex:motto twice, reported once). */
  g_assert_cmpuint (dg_reader_get_n_warnings (r), ==, 13);
}

/* Named graphs stay with their statements; so does the class. */
static void
test_named_graphs (void)
{
  const char *trig = "@prefix dg: <" DG "> . @prefix ex: <" EX "> .\n"
                     "ex:vn a dg:State .\n"
                     "ex:g1 { ex:vn ex:name \"Viet Nam\" . ex:jp a dg:State . }\n"
                     "ex:g2 { ex:vn ex:name \"Viet Nam\" . }\n";
  g_autoptr (DgGraph) g = NULL;
  g_autoptr (DgReader) r = read_one (trig, "named.trig", &g);
  g_autofree char *nq = write_string (g, DG_RDF_FORMAT_NQUADS);
  g_autofree char *text = test_diagnostics_text (r);
  g_autoptr (DgRdfWriter) w = dg_rdf_writer_new (g, DG_RDF_FORMAT_NQUADS);
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();

  g_assert_cmpuint (dg_reader_get_n_errors (r), ==, 0);
  g_assert_true (dg_graph_has_named_graphs (g));
  g_assert_nonnull (strstr (text, "named.trig:3:33: warning: named graph <" EX "g1>"));
  g_assert_nonnull (strstr (nq, "<" EX "vn> <" RDF "type> <" DG "State> .\n"));
  g_assert_nonnull (strstr (nq, "<" EX "vn> <" EX "name> \"Viet Nam\" <" EX "g1> .\n"));
  g_assert_nonnull (strstr (nq, "<" EX "vn> <" EX "name> \"Viet Nam\" <" EX "g2> .\n"));
  g_assert_nonnull (strstr (nq, "<" EX "jp> <" RDF "type> <" DG "State> <" EX "g1> .\n"));
  /* TriG puts each statement in its own graph's block only: read back, it
   * is the same dataset. */
  {
    g_autofree char *trig_out = write_string (g, DG_RDF_FORMAT_TRIG);
    g_autoptr (DgGraph) again = NULL;
    g_autoptr (DgReader) reread = read_one (trig_out, "again.trig", &again);
    g_autofree char *nq_again = write_string (again, DG_RDF_FORMAT_NQUADS);

    g_assert_cmpuint (dg_reader_get_n_errors (reread), ==, 0);
    g_assert_cmpstr (nq_again, ==, nq);
  }
  /* Flattened, each quad is a triple of the default graph. */
  dg_rdf_writer_set_default_graph (w, TRUE);
  g_assert_true (dg_rdf_writer_write (w, out, NULL));
  g_assert_cmpuint (dg_rdf_writer_get_n_written (w), ==, 4);
}

/* A .dg file links to a node an RDF file defines, and the two validate
 * together: a wrong range across them is an error of the .dg line. */
static void
test_merge_with_dg (void)
{
  const char *ttl = "@prefix dg: <" DG "> .\n<" EX "kr> a dg:State .\n<" EX "t> a dg:Treaty .\n"
                    "<" EX "vn> a <http://schema.org/Country> .\n";
  const char *dg = "@base <" EX ">\nState vn \"Vietnam\"@en\n"
                   "Visit v1 \"A visit\"@en visitor=vn host=kr date=2025\n"
                   "Visit v2 \"Another\"@en visitor=vn host=t date=2025\n";
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autoptr (DgReader) r = dg_reader_new (g);
  g_autofree char *text = NULL;
  guint v1, kr, vn;

  g_assert_true (dg_reader_read_data (r, ttl, -1, "states.ttl", NULL));
  g_assert_true (dg_reader_read_data (r, dg, -1, "visits.dg", NULL));
  g_assert_false (dg_reader_finish (r, NULL));
  text = test_diagnostics_text (r);
  g_test_message ("%s", text);
  g_assert_cmpuint (dg_reader_get_n_errors (r), ==, 1);
  g_assert_nonnull (strstr (text, "visits.dg:4:"));
  g_assert_nonnull (strstr (text, "\"host\" must point to Agent"));
  g_assert_true (dg_graph_lookup_node (g, EX "v1", &v1));
  g_assert_true (dg_graph_lookup_node (g, EX "kr", &kr));
  /* The colleague's class for vn gives way to the .dg file's, and stays. */
  g_assert_true (dg_graph_lookup_node (g, EX "vn", &vn));
  g_assert_cmpstr (dg_graph_get_node_class (g, vn), ==, DG "State");
  g_assert_nonnull (strstr (text, "vn is also a <http://schema.org/Country>"));
}

#define NUL_NT "<" EX "a> <" EX "b> \"x\0y\" .\n"

/* A literal holding U+0000 (raw or escaped) is kept whole and written back
 * as \u0000: raptor2 cut it there and merged the nodes. */
static void
test_nul_kept (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autoptr (DgReader) r = dg_reader_new (g);
  g_autofree char *nt = NULL;

  g_assert_true (dg_reader_read_data (r, NUL_NT, sizeof NUL_NT - 1, "nul.nt", NULL));
  g_assert_true (dg_reader_finish (r, NULL));
  nt = write_string (g, DG_RDF_FORMAT_NTRIPLES);
  g_assert_nonnull (strstr (nt, "\"x\\u0000y\" .\n"));
}

/* Syntax errors, invalid UTF-8, and IRIs diplograph refuses are errors at
 * file:line:col, and the reader goes on. */
static void
test_errors (void)
{
  static const struct
  {
    const char *name, *data;
    gssize len;
    const char *expected;
  } cases[] = {
    { "syntax.ttl", "<" EX "a> <" EX "b> <" EX "c> .\n<" EX "a> <" EX "b> .\n", -1,
      "syntax.ttl:2:" },
    { "utf8.nt", "<" EX "a> <" EX "b> \"x\xffy\" .\n", -1, "utf8.nt:1:49: error: invalid UTF-8" },
    /* raptor2's TriG parser lets a quote into a graph name. */
    { "graph.trig", "<" EX "g\\u0022> { <" EX "a> <" EX "b> <" EX "c> . }\n", -1,
      "graph.trig:1:100: error: invalid IRI <" EX "g\">" },
    { "object.ttl", "<" EX "a> <" EX "b> <" EX "c\\u007B> .\n", -1,
      "object.ttl:1:75: error: invalid IRI <" EX "c{>" },
    { "surrogate.nt", "<" EX "a> <" EX "b> \"\\uD800\" .\n", -1,
      "surrogate.nt:1:1: error: invalid UTF-8" },
    { "deep.ttl",
      "<" EX "a> <" EX "b> [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
      "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
      "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
      "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ .\n",
      -1, "deep.ttl:1:" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (DgGraph) g = test_graph_new ();
      g_autoptr (DgReader) r = dg_reader_new (g);
      g_autofree char *text = NULL;

      g_assert_true (dg_reader_read_data (r, cases[i].data, cases[i].len, cases[i].name, NULL));
      g_assert_false (dg_reader_finish (r, NULL));
      text = test_diagnostics_text (r);
      g_test_message ("%s", text);
      g_assert_nonnull (strstr (text, cases[i].expected));
    }
}

static void
test_format_names (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autoptr (DgReader) r = dg_reader_new (g);
  g_autoptr (GError) error = NULL;
  guint node;

  g_assert_cmpstr (dg_reader_format_for_name ("x.ttl"), ==, "turtle");
  g_assert_cmpstr (dg_reader_format_for_name ("x.nq"), ==, "nquads");
  g_assert_cmpstr (dg_reader_format_for_name ("x.owl"), ==, "rdfxml");
  g_assert_cmpstr (dg_reader_format_for_name ("x.tsv"), ==, "tsv");
  g_assert_null (dg_reader_format_for_name ("x.txt"));
  g_assert_false (dg_reader_set_input_format (r, "json-ld", &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (dg_reader_set_base_iri (r, "not an iri", &error));
  g_clear_error (&error);
  /* A forced format and a base for relative IRIs. */
  g_assert_true (dg_reader_set_input_format (r, "turtle", NULL));
  g_assert_true (dg_reader_set_base_iri (r, EX "doc/", NULL));
  g_assert_true (dg_reader_read_data (r, "<a> <b> <c> .\n", -1, "data.dg", NULL));
  g_assert_true (dg_reader_finish (r, NULL));
  g_assert_true (dg_graph_lookup_node (g, EX "doc/a", &node));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader-rdf/syntaxes", test_syntaxes);
  g_test_add_func ("/reader-rdf/unknown-kept", test_unknown_kept);
  g_test_add_func ("/reader-rdf/named-graphs", test_named_graphs);
  g_test_add_func ("/reader-rdf/merge-with-dg", test_merge_with_dg);
  g_test_add_func ("/reader-rdf/errors", test_errors);
  g_test_add_func ("/reader-rdf/nul-kept", test_nul_kept);
  g_test_add_func ("/reader-rdf/format-names", test_format_names);
  return g_test_run ();
}
