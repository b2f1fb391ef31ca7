/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "dg-graph-private.h"
#include "test-util.h"

#define KG "https://example.org/kg/"

/* Each file in bad/ is read alone; its diagnostics must be exactly those in
 * the .err file beside it, and the reader must fail. */
/* The first citation of the node @iri (its IRI is named by its content). */
static gboolean
citation_of (DgGraph *graph, const char *iri, guint *citation)
{
  guint node;
  g_autoptr (GPtrArray) rels = NULL;

  if (!dg_graph_lookup_node (graph, iri, &node))
    return FALSE;
  rels = dg_graph_get_relations (graph, node);
  g_ptr_array_set_free_func (rels, (GDestroyNotify)dg_relation_free);
  for (guint i = 0; i < rels->len; i++)
    {
      DgRelation *r = g_ptr_array_index (rels, i);
      if (g_str_equal (r->predicate, "http://www.w3.org/ns/prov#qualifiedDerivation"))
        {
          *citation = r->object;
          return g_str_has_prefix (dg_graph_get_node_iri (graph, r->object), iri)
                 && strstr (dg_graph_get_node_iri (graph, r->object), "-cite-") != NULL;
        }
    }
  return FALSE;
}

static void
test_bad_file (gconstpointer data)
{
  const char *name = data;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "bad", NULL);
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *stem = g_strndup (name, strrchr (name, '.') - name);
  g_autofree char *err_name = g_strconcat (stem, ".err", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  g_autoptr (DgGraph) graph = test_graph_new ();
  g_autoptr (DgReader) reader = dg_reader_new (graph);
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_chdir (dir), ==, 0);
  g_assert_true (g_file_get_contents (err_name, &expected, NULL, NULL));
  g_assert_true (dg_reader_read_file (reader, name, &error));
  g_assert_false (dg_reader_finish (reader, &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_VALIDATION);
  actual = test_diagnostics_text (reader);
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_assert_cmpstr (actual, ==, expected);
}

static void
test_good (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "main.dg", NULL);
  g_autoptr (DgGraph) graph = test_graph_new ();
  g_autoptr (DgReader) reader = dg_reader_new (graph);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  guint post, n;
  const DgLiteral *end;

  g_assert_true (dg_reader_read_file (reader, path, &error));
  g_assert_true (dg_reader_finish (reader, &error));
  text = test_diagnostics_text (reader);
  g_assert_cmpstr (text, ==, "");
  /* BOM, CRLF, includes read once, forward references, about blocks,
   * inline nodes with their own nested lines. */
  g_assert_true (dg_graph_lookup_node (graph, KG "to-lam-holds-1", &post));
  g_assert_cmpstr (dg_graph_get_node_class (graph, post), ==, DG_NAMESPACE "PostHolding");
  end = dg_graph_find_literal (graph, post, DG_NAMESPACE "endDate");
  g_assert_nonnull (end);
  g_assert_cmpstr (dg_graph_string (graph, end->lexical), ==, "2026");
  g_assert_true (dg_graph_lookup_node (graph, KG "to-lam-holds-2", NULL));
  g_assert_true (citation_of (graph, KG "vietnam", &n));
  g_assert_true (dg_graph_lookup_node (graph, KG "korea", NULL));
  g_assert_cmpuint (dg_graph_get_n_nodes (graph), ==, 15);
  g_assert_cmpuint (dg_graph_get_n_triples (graph), ==, 50);
}

/* `about CLASS id`: a node that several files name, none owning it (the
 * new entities of extracted articles), merges with a definition. */
static void
test_about_class (void)
{
  g_autoptr (DgGraph) graph = test_graph_new ();
  g_autoptr (DgReader) reader = dg_reader_new (graph);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GPtrArray) relations = NULL;
  guint node, n_labels = 0;

  g_assert_true (dg_reader_read_data (reader,
                                      "@base <" KG ">\n"
                                      "about Person kim \"Kim Min Seok\"@id\n"
                                      "  cite s1 \"Perdana Menteri Kim Min Seok\"\n"
                                      "SourceDocument s1\n",
                                      -1, "a.dg", &error));
  g_assert_true (dg_reader_read_data (reader,
                                      "@base <" KG ">\n"
                                      "about Person kim \"Kim Min Seok\"@id \"Kim Min-seok\"@en\n"
                                      "Meeting m participant=kim\n",
                                      -1, "b.dg", &error));
  g_assert_true (dg_reader_read_data (reader,
                                      "@base <" KG ">\nPerson kim \"Kim Min-seok\"@en\n", -1,
                                      "c.dg", &error));
  g_assert_true (dg_reader_finish (reader, &error));
  text = test_diagnostics_text (reader);
  g_assert_cmpstr (text, ==, "");
  g_assert_true (dg_graph_lookup_node (graph, KG "kim", &node));
  g_assert_cmpstr (dg_graph_get_node_class (graph, node), ==, DG_NAMESPACE "Person");
  relations = dg_graph_get_relations (graph, node);
  g_ptr_array_set_free_func (relations, (GDestroyNotify)dg_relation_free);
  for (guint i = 0; i < relations->len; i++)
    if (g_str_equal (((DgRelation *)g_ptr_array_index (relations, i))->predicate,
                     "http://www.w3.org/2000/01/rdf-schema#label"))
      n_labels++;
  g_assert_cmpuint (n_labels, ==, 2);
}

static void
test_long_line (void)
{
  g_autoptr (GString) data = g_string_new ("State a \"");
  g_autoptr (DgGraph) graph = test_graph_new ();
  g_autoptr (DgReader) reader = dg_reader_new (graph);
  g_autofree char *text = NULL;

  for (guint i = 0; i < 1024 * 1024; i++)
    g_string_append_c (data, 'x');
  g_string_append (data, "\"\nStat b\n");
  g_assert_true (dg_reader_read_data (reader, data->str, (gssize)data->len, "long.dg", NULL));
  g_assert_false (dg_reader_finish (reader, NULL));
  text = test_diagnostics_text (reader);
  /* The line is refused and reading goes on with the next one. */
  g_assert_cmpstr (text, ==,
                   "long.dg:1:1: error: line longer than 65536 bytes\n"
                   "long.dg:2:1: error: unknown class \"Stat\" (did you mean \"State\"?)\n");
}

static void
test_missing_file (void)
{
  g_autoptr (DgGraph) graph = test_graph_new ();
  g_autoptr (DgReader) reader = dg_reader_new (graph);
  g_autoptr (GError) error = NULL;

  g_assert_false (dg_reader_read_file (reader, "/nonexistent/x.dg", &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_IO);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *)a, *(char *const *)b);
}

/* A table: BOM and CRLF, a default class, generated ids, escapes in cells,
 * IRIs in relation cells, a source column with and without a quote. */
static void
test_table (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "events.tsv", NULL);
  g_autoptr (DgGraph) graph = test_graph_new ();
  g_autoptr (DgReader) reader = dg_reader_new (graph);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  const char *const en[] = { "en", NULL };
  guint v1, row, n;
  const DgLiteral *quote;

  g_assert_true (dg_reader_read_file (reader, path, &error));
  g_assert_true (dg_reader_finish (reader, &error));
  text = test_diagnostics_text (reader);
  /* The only diagnostic: the node named by an IRI has no class. */
  g_assert_true (g_str_has_suffix (text, "events.tsv:8:24: warning: the class of "
                                         "<https://example.org/other/jp> is not known, so "
                                         "\"host\" cannot be checked\n"));
  g_assert_cmpuint (dg_reader_get_n_warnings (reader), ==, 1);
  g_assert_true (dg_graph_lookup_node (graph, KG "v1", &v1));
  g_assert_cmpstr (dg_graph_get_node_class (graph, v1), ==, DG_NAMESPACE "Visit");
  g_assert_cmpstr (dg_graph_get_node_label (graph, v1, en), ==, "A visit\twith a tab");
  /* The row without an id is named after the file and its line. */
  g_assert_true (dg_graph_lookup_node (graph, KG "events-8", &row));
  g_assert_cmpstr (dg_graph_get_node_class (graph, row), ==, DG_NAMESPACE "StateVisit");
  g_assert_cmpstr (dg_graph_get_node_label (graph, row, en), ==, "Line\nbreak");
  g_assert_true (dg_graph_lookup_node (graph, "https://example.org/other/jp", NULL));
  g_assert_true (citation_of (graph, KG "v1", &n));
  quote = dg_graph_find_literal (graph, n, DG_NAMESPACE "quote");
  g_assert_cmpstr (dg_graph_string (graph, quote->lexical), ==, "kunjungan negara");
  g_assert_cmpstr (dg_graph_string (graph, quote->language), ==, "id");
  /* Without a quote, only the derivation. */
  g_assert_false (citation_of (graph, KG "events-8", &n));
  {
    g_autoptr (GPtrArray) rel = dg_graph_get_relations (graph, row);
    gboolean derived = FALSE;

    g_ptr_array_set_free_func (rel, (GDestroyNotify)dg_relation_free);
    for (guint i = 0; i < rel->len; i++)
      {
        DgRelation *r = g_ptr_array_index (rel, i);
        derived |= g_str_equal (r->predicate, "http://www.w3.org/ns/prov#wasDerivedFrom");
      }
    g_assert_true (derived);
  }
}

typedef struct
{
  guint calls;
  gsize lines, bytes, total;
} Progress;

static void
on_progress (const char *name, gsize lines, gsize bytes, gsize total, gpointer data)
{
  Progress *p = data;

  g_assert_cmpstr (name, ==, "big.tsv");
  g_assert_cmpuint (lines, >=, p->lines);
  g_assert_cmpuint (bytes, <=, total);
  p->calls++;
  p->lines = lines;
  p->bytes = bytes;
  p->total = total;
}

/* Progress every 65,536 lines and once at the end of a file. */
static void
test_progress (void)
{
  g_autoptr (DgGraph) graph = test_graph_new ();
  g_autoptr (DgReader) reader = dg_reader_new (graph);
  g_autoptr (GString) table = g_string_new ("class=State\tid\n");
  Progress p = { 0 };

  for (guint i = 0; i < 140000; i++)
    g_string_append_printf (table, "\ts%u\n", i);
  dg_reader_set_progress_func (reader, on_progress, &p, NULL);
  g_assert_true (dg_reader_read_data (reader, table->str, (gssize)table->len, "big.tsv", NULL));
  g_assert_true (dg_reader_finish (reader, NULL));
  g_assert_cmpuint (p.calls, ==, 3); /* at 65,536 and 131,072 lines, and at the end */
  g_assert_cmpuint (p.lines, ==, 140001);
  g_assert_cmpuint (p.bytes, ==, table->len);
  g_assert_cmpuint (p.total, ==, table->len);
  g_assert_cmpuint (dg_graph_get_n_nodes (graph), ==, 140000);
}

int
main (int argc, char **argv)
{
  g_autoptr (GDir) dir = NULL;
  g_autofree char *bad = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_test_init (&argc, &argv, NULL);
  bad = g_test_build_filename (G_TEST_DIST, "bad", NULL);
  dir = g_dir_open (bad, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_suffix (name, ".dg") || g_str_has_suffix (name, ".tsv"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_assert_cmpuint (names->len, >=, 20);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path
          = g_strdup_printf ("/reader-dg/bad/%s", (char *)g_ptr_array_index (names, i));
      g_test_add_data_func (path, g_ptr_array_index (names, i), test_bad_file);
    }
  g_test_add_func ("/reader-dg/good", test_good);
  g_test_add_func ("/reader-dg/long-line", test_long_line);
  g_test_add_func ("/reader-dg/about-class", test_about_class);
  g_test_add_func ("/reader-dg/table", test_table);
  g_test_add_func ("/reader-dg/progress", test_progress);
  g_test_add_func ("/reader-dg/missing-file", test_missing_file);
  return g_test_run ();
}
