/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <raptor2.h>
#include <string.h>

#include "dg-graph-private.h"
#include "hostile.h"
#include "test-util.h"

#define DG DG_NAMESPACE
#define KG "https://example.org/kg/"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define XSD "http://www.w3.org/2001/XMLSchema#"

/* Labels with CR and controls, which RDF can carry although .dg cannot. */
static const char *const rdf_only_labels[] = {
  "carriage\rreturn",
  "crlf\r\nline",
  "control \x01\x02\x1f\x7f chars",
};

static const char *const languages[] = { "en", "zh-Hant", "x-private", "de-CH-1996", NULL };

typedef struct
{
  GPtrArray *labels;  /* "text@lang" strings, as parsed back */
  GPtrArray *typed;   /* "lexical^^datatype" */
  GHashTable *graphs; /* graph name -> statements in it; "" the default graph */
  guint n;
} Parsed;

static void
on_statement (void *data, raptor_statement *st)
{
  Parsed *p = data;
  raptor_term *o = st->object;

  p->n++;
  {
    const char *name = st->graph && st->graph->type == RAPTOR_TERM_TYPE_URI
                           ? (const char *)raptor_uri_as_string (st->graph->value.uri)
                           : "";
    guint count = GPOINTER_TO_UINT (g_hash_table_lookup (p->graphs, name));
    g_hash_table_replace (p->graphs, g_strdup (name), GUINT_TO_POINTER (count + 1));
  }
  if (o->type != RAPTOR_TERM_TYPE_LITERAL)
    return;
  /* Language tags are case-insensitive, and raptor2's N-Triples parser
   * lowercases them: compare them lowercased. */
  if (o->value.literal.language)
    {
      g_autofree char *lang = g_ascii_strdown ((char *)o->value.literal.language, -1);
      g_ptr_array_add (p->labels, g_strdup_printf ("%s@%s", o->value.literal.string, lang));
    }
  else if (o->value.literal.datatype)
    g_ptr_array_add (p->typed, g_strdup_printf ("%s^^%s", o->value.literal.string,
                                                raptor_uri_as_string (o->value.literal.datatype)));
  else
    g_ptr_array_add (p->labels, g_strdup ((char *)o->value.literal.string));
}

/* Parses @path with raptor2, the same library rapper is. */
static void
parse_back (const char *path, const char *syntax, Parsed *p)
{
  raptor_world *world = raptor_new_world ();
  raptor_parser *parser = raptor_new_parser (world, syntax);
  unsigned char *uri_string = raptor_uri_filename_to_uri_string (path);
  raptor_uri *uri = raptor_new_uri (world, uri_string);

  p->labels = g_ptr_array_new_with_free_func (g_free);
  p->typed = g_ptr_array_new_with_free_func (g_free);
  p->graphs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p->n = 0;
  raptor_parser_set_statement_handler (parser, p, on_statement);
  g_assert_cmpint (raptor_parser_parse_file (parser, uri, uri), ==, 0);
  raptor_free_uri (uri);
  raptor_free_memory (uri_string);
  raptor_free_parser (parser);
  raptor_free_world (world);
}

static void
parsed_clear (Parsed *p)
{
  g_ptr_array_unref (p->labels);
  g_ptr_array_unref (p->typed);
  g_hash_table_unref (p->graphs);
}

static gboolean
contains (GPtrArray *list, const char *s)
{
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (g_ptr_array_index (list, i), s))
      return TRUE;
  return FALSE;
}

static DgGraph *
hostile_graph (GPtrArray *expected)
{
  DgGraph *g = test_graph_new ();
  guint n;

  g_assert_true (dg_graph_add_node (g, KG "s", DG "State", &n, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (hostile_labels); i++)
    {
      const char *lang = languages[i % 5];
      g_assert_true (dg_graph_add_label (g, n, hostile_labels[i], lang, NULL));
      g_autofree char *lower = lang ? g_ascii_strdown (lang, -1) : NULL;
      g_ptr_array_add (expected, lang ? g_strdup_printf ("%s@%s", hostile_labels[i], lower)
                                      : g_strdup (hostile_labels[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (rdf_only_labels); i++)
    {
      g_assert_true (dg_graph_add_label (g, n, rdf_only_labels[i], NULL, NULL));
      g_ptr_array_add (expected, g_strdup (rdf_only_labels[i]));
    }
  g_assert_true (dg_graph_add_literal (g, n, DG "amount", "1", XSD "decimal", NULL, NULL));
  g_assert_true (dg_graph_add_literal (g, n, DG "startDate", "2022", XSD "gYear", NULL, NULL));
  return g;
}

static char *
write_to_file (DgGraph *g, DgRdfFormat format, const char *name)
{
  g_autoptr (DgRdfWriter) w = dg_rdf_writer_new (g, format);
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (test_tmpdir (), name, NULL);

  g_assert_true (dg_rdf_writer_write_file (w, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (dg_rdf_writer_get_n_written (w), ==, dg_graph_get_n_triples (g));
  return path;
}

static void
check_round_trip (DgRdfFormat format, const char *syntax, const char *name)
{
  g_autoptr (GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (DgGraph) g = hostile_graph (expected);
  g_autofree char *path = write_to_file (g, format, name);
  Parsed p;

  parse_back (path, syntax, &p);
  g_assert_cmpuint (p.n, ==, dg_graph_get_n_triples (g));
  g_assert_cmpuint (p.labels->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_test_message ("label %u: %s", i, (char *)g_ptr_array_index (expected, i));
      g_assert_true (contains (p.labels, g_ptr_array_index (expected, i)));
    }
  /* "1"^^xsd:decimal stays a decimal (raptor2's writer makes it an integer). */
  g_assert_true (contains (p.typed, "1^^" XSD "decimal"));
  g_assert_true (contains (p.typed, "2022^^" XSD "gYear"));
  parsed_clear (&p);
}

static void
test_turtle_hostile (void)
{
  check_round_trip (DG_RDF_FORMAT_TURTLE, "turtle", "hostile.ttl");
}

static void
test_ntriples_hostile (void)
{
  check_round_trip (DG_RDF_FORMAT_NTRIPLES, "ntriples", "hostile.nt");
}

static void
test_nquads_hostile (void)
{
  check_round_trip (DG_RDF_FORMAT_NQUADS, "nquads", "hostile.nq");
}

static void
test_trig_hostile (void)
{
  check_round_trip (DG_RDF_FORMAT_TRIG, "trig", "hostile.trig");
}

/* The seed graph as a dataset: a named graph per article, each holding
 * what the article states (a fact several state is in each of their
 * graphs), read back by raptor2 and by serdi. */
static void
test_dataset_seed (void)
{
  static const struct
  {
    DgRdfFormat format;
    const char *syntax, *name;
  } formats[] = { { DG_RDF_FORMAT_NQUADS, "nquads", "seed.nq" },
                  { DG_RDF_FORMAT_TRIG, "trig", "seed.trig" } };
  g_autoptr (DgGraph) g = test_seed_graph ();
  guint64 quads[2] = { 0, 0 };

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autoptr (DgRdfWriter) w = dg_rdf_writer_new (g, formats[f].format);
      g_autofree char *path = g_build_filename (test_tmpdir (), formats[f].name, NULL);
      g_autoptr (GError) error = NULL;
      guint in_default, flat_n;
      Parsed p;

      g_assert_true (dg_rdf_writer_write_file (w, path, &error));
      g_assert_no_error (error);
      quads[f] = dg_rdf_writer_get_n_written (w);
      parse_back (path, formats[f].syntax, &p);
      g_assert_cmpuint (p.n, ==, quads[f]);
      g_assert_cmpuint (p.n, >, dg_graph_get_n_triples (g));
      /* Five articles, and the default graph for what none states. */
      g_assert_cmpuint (g_hash_table_size (p.graphs), ==, 6);
      g_assert_true (g_hash_table_contains (p.graphs, "https://w3id.org/diplograph/seed/s004"));
      in_default = GPOINTER_TO_UINT (g_hash_table_lookup (p.graphs, ""));
      g_assert_cmpuint (in_default, >, 0);
      parsed_clear (&p);
      if (test_tool ("serdi"))
        {
          g_autofree char *out = NULL;
          g_autofree char *err = NULL;
          const char *argv[]
              = { test_tool ("serdi"), "-i", formats[f].syntax, "-o", "nquads", path, NULL };

          g_assert_cmpint (test_run (argv, &out, &err), ==, 0);
          g_assert_cmpstr (err, ==, "");
          g_auto (GStrv) lines = g_strsplit (out, "\n", -1);

          g_assert_cmpuint (g_strv_length (lines) - 1, ==, quads[f]);
        }
      /* Flattened: every statement once, in the default graph. */
      dg_rdf_writer_set_default_graph (w, TRUE);
      g_assert_true (dg_rdf_writer_write_file (w, path, NULL));
      parse_back (path, formats[f].syntax, &p);
      flat_n = GPOINTER_TO_UINT (g_hash_table_lookup (p.graphs, ""));
      g_assert_cmpuint (g_hash_table_size (p.graphs), ==, 1);
      g_assert_cmpuint (flat_n, ==, dg_graph_get_n_triples (g));
      parsed_clear (&p);
    }
  g_assert_cmpuint (quads[0], ==, quads[1]);
}

/* serdi is a second, independent parser: it must accept the output and find
 * every triple, and its N-Triples must carry the same labels. */
static void
test_serdi (void)
{
  g_autoptr (GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (DgGraph) g = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *nt = NULL;
  Parsed p;

  if (!test_require_tool ("serdi"))
    return;
  g = hostile_graph (expected);
  path = write_to_file (g, DG_RDF_FORMAT_TURTLE, "serdi.ttl");
  {
    const char *argv[] = { test_tool ("serdi"), "-i", "turtle", "-o", "ntriples", path, NULL };
    g_assert_cmpint (test_run (argv, &out, &err), ==, 0);
  }
  g_assert_cmpstr (err, ==, "");
  nt = g_build_filename (test_tmpdir (), "serdi.nt", NULL);
  g_assert_true (g_file_set_contents (nt, out, -1, NULL));
  parse_back (nt, "ntriples", &p);
  g_assert_cmpuint (p.n, ==, dg_graph_get_n_triples (g));
  for (guint i = 0; i < expected->len; i++)
    g_assert_true (contains (p.labels, g_ptr_array_index (expected, i)));
  parsed_clear (&p);
}

static void
test_rapper (void)
{
  g_autoptr (GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (DgGraph) g = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *want = NULL;

  if (!test_require_tool ("rapper"))
    return;
  g = hostile_graph (expected);
  path = write_to_file (g, DG_RDF_FORMAT_TURTLE, "rapper.ttl");
  {
    const char *argv[] = { test_tool ("rapper"), "-i", "turtle", "-c", path, NULL };
    g_assert_cmpint (test_run (argv, &out, &err), ==, 0);
  }
  want = g_strdup_printf ("returned %" G_GUINT64_FORMAT " triples", dg_graph_get_n_triples (g));
  g_assert_nonnull (strstr (err, want));
  g_assert_null (strstr (err, "Error"));
  g_assert_null (strstr (err, "Warning"));
}

static void
test_deterministic (void)
{
  g_autoptr (GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (DgGraph) g = hostile_graph (expected);
  g_autofree char *a = write_to_file (g, DG_RDF_FORMAT_TURTLE, "a.ttl");
  g_autofree char *b = write_to_file (g, DG_RDF_FORMAT_TURTLE, "b.ttl");
  g_autofree char *ca = NULL;
  g_autofree char *cb = NULL;

  g_assert_true (g_file_get_contents (a, &ca, NULL, NULL));
  g_assert_true (g_file_get_contents (b, &cb, NULL, NULL));
  g_assert_cmpstr (ca, ==, cb);
}

static void
test_prefixes (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autoptr (DgRdfWriter) w = dg_rdf_writer_new (g, DG_RDF_FORMAT_TURTLE);
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autofree char *text = NULL;
  guint a, b;

  g_assert_true (dg_graph_add_node (g, KG "vietnam", DG "State", &a, NULL));
  /* Not a safe prefixed name: written in full. */
  g_assert_true (dg_graph_add_node (g, KG "odd%20name.", DG "State", &b, NULL));
  g_assert_true (dg_rdf_writer_write (w, out, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  text = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
  g_assert_nonnull (strstr (text, "@prefix : <" KG "> .\n"));
  g_assert_nonnull (strstr (text, "\n:vietnam a dg:State .\n"));
  g_assert_nonnull (strstr (text, "\n<" KG "odd%20name.> a dg:State .\n"));
}

/* A subject's statements are grouped by predicate, in the order the
 * predicates first appear, whatever order they were added in. */
static void
test_grouped_predicates (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autoptr (DgRdfWriter) w = dg_rdf_writer_new (g, DG_RDF_FORMAT_TURTLE);
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autofree char *text = NULL;
  guint vn, kr, p;

  g_assert_true (dg_graph_add_node (g, KG "vietnam", DG "State", &vn, NULL));
  g_assert_true (dg_graph_add_node (g, KG "korea", DG "State", &kr, NULL));
  g_assert_true (dg_graph_add_node (g, KG "p", DG "Partnership", &p, NULL));
  g_assert_true (dg_graph_add_relation (g, p, DG "party", vn, NULL));
  g_assert_true (dg_graph_add_label (g, p, "VN-KR", "en", NULL));
  g_assert_true (dg_graph_add_relation (g, p, DG "party", kr, NULL));
  g_assert_true (dg_graph_add_label (g, p, "Việt–Hàn", "vi", NULL));
  g_assert_true (dg_rdf_writer_write (w, out, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  text = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
  g_assert_nonnull (strstr (text, "\n:p a dg:Partnership ;\n"
                                  "    dg:party :vietnam, :korea ;\n"
                                  "    rdfs:label \"VN-KR\"@en, \"Việt–Hàn\"@vi .\n"));
  g_assert_cmpuint (dg_rdf_writer_get_n_written (w), ==, dg_graph_get_n_triples (g));
}

static void
test_write_failure_keeps_file (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autoptr (DgRdfWriter) w = dg_rdf_writer_new (g, DG_RDF_FORMAT_TURTLE);
  g_autoptr (GError) error = NULL;

  /* A directory that does not exist: nothing can be written, and no
   * temporary file is left anywhere. */
  g_assert_false (dg_rdf_writer_write_file (w, "/nonexistent-dir/out.ttl", &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_IO);
}

/* The ontology beside the data: in N-Quads and TriG in a graph named
 * after it, and read back by our own reader as that many more quads. */
static void
test_with_ontology (void)
{
  static const DgRdfFormat formats[] = { DG_RDF_FORMAT_NTRIPLES, DG_RDF_FORMAT_NQUADS,
                                         DG_RDF_FORMAT_TRIG, DG_RDF_FORMAT_TURTLE };
  static const char *const names[] = { "o.nt", "o.nq", "o.trig", "o.ttl" };
  guint n_onto = 0;

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autoptr (DgGraph) g = test_seed_graph ();
      g_autoptr (DgRdfWriter) w = dg_rdf_writer_new (g, formats[f]);
      g_autoptr (GError) error = NULL;
      g_autofree char *path = g_build_filename (test_tmpdir (), names[f], NULL);
      g_autofree char *text = NULL;
      g_autoptr (DgGraph) back = test_graph_new ();
      g_autoptr (DgReader) r = dg_reader_new (back);

      dg_rdf_writer_set_with_ontology (w, TRUE);
      g_assert_true (dg_rdf_writer_write_file (w, path, &error));
      g_assert_no_error (error);
      /* N-Triples writes each statement once: what is more is the ontology. */
      if (formats[f] == DG_RDF_FORMAT_NTRIPLES)
        n_onto = (guint)(dg_rdf_writer_get_n_written (w) - dg_graph_get_n_triples (g));
      g_assert_cmpuint (n_onto, >, 1000);
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      if (formats[f] == DG_RDF_FORMAT_NQUADS)
        {
          g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
          guint in_graph = 0;
          for (guint i = 0; lines[i]; i++)
            in_graph += g_str_has_suffix (lines[i], " <https://w3id.org/diplograph> .");
          g_assert_cmpuint (in_graph, ==, n_onto);
        }
      if (formats[f] == DG_RDF_FORMAT_TRIG)
        g_assert_nonnull (strstr (text, "\n<https://w3id.org/diplograph> {\n"));
      /* It reads back with no error, the ontology's own terms kept whole
       * as RDF the ontology does not type. */
      g_assert_true (dg_reader_read_file (r, path, &error));
      g_assert_no_error (error);
      if (!dg_reader_finish (r, NULL))
        g_error ("%s: %s", names[f], test_diagnostics_text (r));
      g_assert_true (dg_graph_lookup_node (back, "https://w3id.org/diplograph#Partnership", NULL));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/writer-rdf/turtle-hostile", test_turtle_hostile);
  g_test_add_func ("/writer-rdf/with-ontology", test_with_ontology);
  g_test_add_func ("/writer-rdf/ntriples-hostile", test_ntriples_hostile);
  g_test_add_func ("/writer-rdf/nquads-hostile", test_nquads_hostile);
  g_test_add_func ("/writer-rdf/trig-hostile", test_trig_hostile);
  g_test_add_func ("/writer-rdf/dataset-seed", test_dataset_seed);
  g_test_add_func ("/writer-rdf/serdi", test_serdi);
  g_test_add_func ("/writer-rdf/rapper", test_rapper);
  g_test_add_func ("/writer-rdf/deterministic", test_deterministic);
  g_test_add_func ("/writer-rdf/prefixes", test_prefixes);
  g_test_add_func ("/writer-rdf/grouped-predicates", test_grouped_predicates);
  g_test_add_func ("/writer-rdf/write-failure", test_write_failure_keeps_file);
  return g_test_run ();
}
