/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-graph-private.h"
#include "test-util.h"

#define DG DG_NAMESPACE
#define KG "https://example.org/kg/"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define XSD "http://www.w3.org/2001/XMLSchema#"
/* SHA-256 of "<KG>s000\0id\0Kemitraan Strategis Komprehensif", by sha256sum. */
#define CITE_1 "bc525ab2d105"

static void
test_nodes (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autoptr (GError) error = NULL;
  guint vn, again, found;

  g_assert_true (dg_graph_add_node (g, KG "vietnam", DG "State", &vn, &error));
  g_assert_no_error (error);
  g_assert_true (dg_graph_add_node (g, KG "vietnam", NULL, &again, &error));
  g_assert_cmpuint (vn, ==, again);
  g_assert_true (dg_graph_lookup_node (g, KG "vietnam", &found));
  g_assert_cmpuint (found, ==, vn);
  g_assert_false (dg_graph_lookup_node (g, KG "korea", NULL));
  g_assert_cmpstr (dg_graph_get_node_class (g, vn), ==, DG "State");
  /* One node cannot have two stated classes. */
  g_assert_false (dg_graph_add_node (g, KG "vietnam", DG "Person", NULL, &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_VALIDATION);
  g_clear_error (&error);
  /* Hostile IRIs never enter the graph. */
  g_assert_false (
      dg_graph_add_node (g, KG "a> <http://evil/p> <http://evil/o", NULL, NULL, &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
  g_assert_cmpuint (dg_graph_get_n_nodes (g), ==, 1);
  g_assert_cmpuint (dg_graph_get_n_triples (g), ==, 1);
}

static void
test_literals (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  guint n;
  static const struct
  {
    const char *lexical, *datatype, *language;
    gboolean ok;
  } cases[] = {
    { "Việt Nam", NULL, "vi", TRUE },
    { "150000000000", XSD "decimal", NULL, TRUE },
    { "2022", XSD "gYear", NULL, TRUE },
    { "x", NULL, "en . <http://evil/s> <http://evil/p> \"y\"", FALSE },
    { "c\xff"
      "d",
      NULL, NULL, FALSE },
    { "0x10", XSD "decimal", NULL, FALSE },
    { "INF", XSD "decimal", NULL, FALSE },
    { "2023-02-29", XSD "date", NULL, FALSE },
    { "x", "not an iri", NULL, FALSE },
    { "x", XSD "token", "en", FALSE },
  };

  g_assert_true (dg_graph_add_node (g, KG "vietnam", DG "State", &n, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      guint before = dg_graph_get_n_statements (g);
      gboolean ok = dg_graph_add_literal (g, n, RDFS "label", cases[i].lexical, cases[i].datatype,
                                          cases[i].language, &error);

      g_test_message ("case %u", i);
      g_assert_cmpint (ok, ==, cases[i].ok);
      g_assert_cmpuint (dg_graph_get_n_statements (g), ==, before + (ok ? 1 : 0));
      if (!ok)
        g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
    }
}

static void
test_labels (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  const char *const id[] = { "id", "en", NULL };
  const char *const ko[] = { "ko", NULL };
  guint kr, post, role;

  g_assert_true (dg_graph_add_node (g, KG "korea", DG "State", &kr, NULL));
  g_assert_null (dg_graph_get_node_label (g, kr, NULL));
  g_assert_true (dg_graph_add_label (g, kr, "Korea Selatan", "id", NULL));
  g_assert_true (dg_graph_add_label (g, kr, "Republic of Korea", "en", NULL));
  g_assert_cmpstr (dg_graph_get_node_label (g, kr, id), ==, "Korea Selatan");
  /* No Korean label: English comes next. */
  g_assert_cmpstr (dg_graph_get_node_label (g, kr, ko), ==, "Republic of Korea");

  /* A post held has no label; its class names dg:role as its label. */
  g_assert_true (dg_graph_add_node (g, KG "post", DG "PostHolding", &post, NULL));
  g_assert_true (dg_graph_add_node (g, DG "President", NULL, &role, NULL));
  g_assert_cmpstr (dg_graph_get_node_class (g, role), ==, DG "Role");
  g_assert_false (dg_graph_node_class_asserted (g, role));
  g_assert_true (dg_graph_add_relation (g, post, DG "role", role, NULL));
  g_assert_cmpstr (dg_graph_get_node_label (g, post, id), ==, "Presiden");
}

static void
test_citation (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autoptr (GError) error = NULL;
  guint fact, src, c1, c2;
  guint64 before;

  g_assert_true (dg_graph_add_node (g, KG "csp", DG "Partnership", &fact, NULL));
  g_assert_true (dg_graph_add_node (g, KG "s000", DG "SourceDocument", &src, NULL));
  g_assert_true (
      dg_graph_add_citation (g, fact, src, "Kemitraan Strategis Komprehensif", "id", &c1, &error));
  /* Named by source, language and quote: the same in any process, with
   * any other input (SHA-256 of "<source>\0id\0<quote>", 12 digits). */
  g_assert_cmpstr (dg_graph_get_node_iri (g, c1), ==, KG "csp-cite-" CITE_1);
  g_assert_true (dg_graph_add_citation (g, fact, src, "pada tahun 2022", "id", &c2, &error));
  g_assert_true (g_str_has_prefix (dg_graph_get_node_iri (g, c2), KG "csp-cite-"));
  g_assert_cmpuint (c2, !=, c1);
  /* type + qualifiedDerivation + entity + quote, and wasDerivedFrom once. */
  g_assert_cmpuint (dg_graph_get_n_triples (g), ==, 2 + 2 * 4 + 1);
  before = dg_graph_get_n_triples (g);
  g_assert_false (dg_graph_add_citation (g, fact, src, "bad \xff", "id", NULL, &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
  g_assert_cmpuint (dg_graph_get_n_triples (g), ==, before);
}

/* A statement read twice (two rows, two files) is one as written. */
static void
test_distinct_statements (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  guint a, b;

  g_assert_true (dg_graph_add_node (g, KG "a", DG "State", &a, NULL));
  g_assert_true (dg_graph_add_node (g, KG "b", DG "State", &b, NULL));
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (dg_graph_add_relation (g, a, DG "memberOf", b, NULL));
      g_assert_true (dg_graph_add_literal (g, a, DG "iso3166", "VN", NULL, NULL, NULL));
    }
  g_assert_true (dg_graph_add_literal (g, a, DG "iso3166", "VNM", NULL, NULL, NULL));
  g_assert_cmpuint (dg_graph_get_n_statements (g), ==, 7);
  g_assert_cmpuint (dg_graph_get_n_distinct_statements (g), ==, 3);
  g_assert_cmpuint (dg_graph_get_n_triples (g), ==, 3 + 2);
}

static void
test_edges_of (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  guint a, b, n;
  const guint32 *edges;

  g_assert_true (dg_graph_add_node (g, KG "a", DG "State", &a, NULL));
  g_assert_true (dg_graph_add_node (g, KG "b", DG "State", &b, NULL));
  g_assert_true (dg_graph_add_label (g, b, "B", NULL, NULL));
  g_assert_true (dg_graph_add_label (g, a, "A1", NULL, NULL));
  g_assert_true (dg_graph_add_label (g, b, "B2", NULL, NULL));
  g_assert_true (dg_graph_add_label (g, a, "A2", NULL, NULL));
  edges = dg_graph_edges_of (g, a, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (edges[0], ==, 1);
  g_assert_cmpuint (edges[1], ==, 3);
  /* Adding invalidates and rebuilds the index. */
  g_assert_true (dg_graph_add_label (g, a, "A3", NULL, NULL));
  edges = dg_graph_edges_of (g, a, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (edges[2], ==, 4);
  edges = dg_graph_edges_of (g, b, &n);
  g_assert_cmpuint (n, ==, 2);
}

/* A graph with nodes and no statements has an empty index: no pointer
 * arithmetic on its missing storage (found by fuzz-reader-dg under clang's
 * UBSan, on tests/bad/bad-date.dg). */
static void
test_edges_of_none (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  guint a, n = 99;

  g_assert_true (dg_graph_add_node (g, KG "a", DG "State", &a, NULL));
  g_assert_null (dg_graph_edges_of (g, a, &n));
  g_assert_cmpuint (n, ==, 0);
}

/* An RDF graph is a set: a statement added twice is written and counted
 * once, wherever the repeat comes; the same value in another language is
 * another statement.  Past 32 statements of one subject repeats are found
 * by hash. */
static void
test_duplicates (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autoptr (GPtrArray) to = NULL;
  guint a, b, m, n;
  guint64 before;

  g_assert_true (dg_graph_add_node (g, KG "a", DG "State", &a, NULL));
  g_assert_true (dg_graph_add_node (g, KG "b", DG "State", &b, NULL));
  g_assert_true (dg_graph_add_node (g, KG "m", DG "MemorandumOfUnderstanding", &m, NULL));
  before = dg_graph_get_n_triples (g);
  g_assert_true (dg_graph_add_relation (g, m, DG "party", a, NULL));
  g_assert_true (dg_graph_add_relation (g, m, DG "party", b, NULL));
  g_assert_true (dg_graph_add_relation (g, m, DG "party", a, NULL));
  g_assert_true (dg_graph_add_label (g, a, "A", "en", NULL));
  g_assert_true (dg_graph_add_label (g, a, "A", "id", NULL));
  g_assert_true (dg_graph_add_label (g, a, "A", "en", NULL));
  dg_graph_edges_of (g, m, &n);
  g_assert_cmpuint (n, ==, 2);
  dg_graph_edges_of (g, a, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (dg_graph_get_n_triples (g), ==, before + 4);
  to = dg_graph_get_relations_to (g, a);
  g_ptr_array_set_free_func (to, (GDestroyNotify)dg_relation_free);
  g_assert_cmpuint (to->len, ==, 1);
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *label = g_strdup_printf ("B%u", i % 40);
      g_assert_true (dg_graph_add_label (g, b, label, "en", NULL));
    }
  dg_graph_edges_of (g, b, &n);
  g_assert_cmpuint (n, ==, 40);
}

/* The public view of statements: owned copies, links and values. */
static void
test_relations (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autoptr (GPtrArray) out = NULL;
  g_autoptr (GPtrArray) in = NULL;
  g_autoptr (DgRelation) copy = NULL;
  guint person, post;
  DgRelation *r;

  g_assert_true (dg_graph_add_node (g, KG "to-lam", DG "Person", &person, NULL));
  g_assert_true (dg_graph_add_node (g, KG "post", DG "PostHolding", &post, NULL));
  g_assert_true (dg_graph_add_label (g, person, "Tô Lâm", "vi", NULL));
  g_assert_true (dg_graph_add_relation (g, person, DG "holds", post, NULL));
  out = dg_graph_get_relations (g, person);
  g_ptr_array_set_free_func (out, (GDestroyNotify)dg_relation_free);
  g_assert_cmpuint (out->len, ==, 2);
  r = g_ptr_array_index (out, 0);
  g_assert_false (dg_relation_is_link (r));
  g_assert_cmpstr (r->predicate, ==, "http://www.w3.org/2000/01/rdf-schema#label");
  g_assert_cmpstr (r->value, ==, "Tô Lâm");
  g_assert_cmpstr (r->language, ==, "vi");
  g_assert_null (r->datatype);
  r = g_ptr_array_index (out, 1);
  g_assert_true (dg_relation_is_link (r));
  g_assert_cmpuint (r->object, ==, post);
  g_assert_null (r->value);
  in = dg_graph_get_relations_to (g, post);
  g_ptr_array_set_free_func (in, (GDestroyNotify)dg_relation_free);
  g_assert_cmpuint (in->len, ==, 1);
  r = g_ptr_array_index (in, 0);
  g_assert_cmpuint (r->subject, ==, person);
  g_assert_cmpstr (r->predicate, ==, DG "holds");
  copy = dg_relation_copy (r);
  g_assert_cmpstr (copy->predicate, ==, r->predicate);
  g_assert_true (copy->predicate != r->predicate);
  g_clear_pointer (&in, g_ptr_array_unref);
  in = dg_graph_get_relations_to (g, person);
  g_assert_cmpuint (in->len, ==, 0);
}

static void
on_problem (DgSeverity severity, guint node, guint statement, const char *message,
            gpointer user_data)
{
  g_ptr_array_add (
      user_data,
      g_strdup_printf ("%s %u: %s", severity == DG_SEVERITY_ERROR ? "E" : "W", statement, message));
}

static void
test_validate (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  guint mou, person, state, ext;

  g_assert_true (dg_graph_add_node (g, KG "mou", DG "MemorandumOfUnderstanding", &mou, NULL));
  g_assert_true (dg_graph_add_node (g, KG "to-lam", DG "Person", &person, NULL));
  g_assert_true (dg_graph_add_node (g, KG "vietnam", DG "State", &state, NULL));
  g_assert_true (dg_graph_add_node (g, "http://other.example/x", NULL, &ext, NULL));
  g_assert_true (dg_graph_add_relation (g, mou, DG "party", state, NULL));         /* 0 fine */
  g_assert_true (dg_graph_add_relation (g, mou, DG "party", person, NULL));        /* 1 range */
  g_assert_true (dg_graph_add_relation (g, person, DG "party", state, NULL));      /* 2 domain */
  g_assert_true (dg_graph_add_literal (g, mou, DG "date", "x", NULL, NULL, NULL)); /* 3 type */
  g_assert_true (dg_graph_add_relation (g, mou, "http://other.example/p", state, NULL)); /* 4 */
  g_assert_true (dg_graph_add_relation (g, mou, DG "party", ext, NULL));                 /* 5 */
  g_assert_true (dg_graph_add_literal (g, mou, DG "endDate", "2020", XSD "gYear", NULL, NULL));
  g_assert_true (dg_graph_add_literal (g, mou, DG "startDate", "2021-03", XSD "gYearMonth", NULL,
                                       NULL)); /* 6, 7: end before start */
  g_assert_true (dg_graph_add_relation (g, mou, DG "date", state, NULL)); /* 8 */
  /* 9: the same unknown relation again, reported at its first use only */
  g_assert_true (dg_graph_add_relation (g, state, "http://other.example/p", mou, NULL));

  g_assert_cmpuint (dg_graph_validate (g, on_problem, problems), ==, 5);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (char *)g_ptr_array_index (problems, i));
  {
    const char *const expected[] = {
      "E 1: \"party\" must point to CollectiveActor, but to-lam is a Person",
      "E 3: \"date\" takes a value of type date, not string",
      "W 4: relation <http://other.example/p> is not in the ontology: kept as is",
      "W 5: the class of <http://other.example/x> is not known, so \"party\" cannot be checked",
      "E 6: endDate 2020 is before startDate 2021-03",
      "E 8: \"date\" takes a value, not a link to a node",
      "E 2: \"party\" applies to Agreement, DiplomaticRelation or Initiative, but to-lam is a "
      "Person",
    };
    g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      g_assert_cmpstr (g_ptr_array_index (problems, i), ==, expected[i]);
  }
}

/* Blank nodes, and nodes of several classes: the ontology's is the node's
 * class, the others are kept as rdf:type statements. */
static void
test_blank_and_types (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  guint a, b, vn, n_edges;
  const guint32 *edges;

  g_assert_true (dg_graph_add_blank_node (g, &a, NULL));
  g_assert_true (dg_graph_add_blank_node (g, &b, NULL));
  g_assert_cmpuint (a, !=, b);
  g_assert_true (dg_graph_node_is_blank (g, a));
  g_assert_cmpstr (dg_graph_get_node_iri (g, a), ==, "_:b1");
  g_assert_cmpstr (dg_graph_get_node_iri (g, b), ==, "_:b2");
  g_assert_true (dg_graph_add_node (g, KG "vn", NULL, &vn, NULL));
  g_assert_false (dg_graph_node_is_blank (g, vn));
  /* An unknown class first, then the ontology's: they change places. */
  g_assert_true (dg_graph_add_type (g, vn, "http://other.example/Country", NULL));
  g_assert_cmpstr (dg_graph_get_node_class (g, vn), ==, "http://other.example/Country");
  g_assert_true (dg_graph_add_type (g, vn, DG "State", NULL));
  g_assert_cmpstr (dg_graph_get_node_class (g, vn), ==, DG "State");
  g_assert_true (dg_graph_add_type (g, vn, DG "State", NULL)); /* again: nothing new */
  g_assert_true (dg_graph_add_type (g, vn, "http://other.example/Nation", NULL));
  edges = dg_graph_edges_of (g, vn, &n_edges);
  g_assert_cmpuint (n_edges, ==, 2);
  for (guint i = 0; i < n_edges; i++)
    g_assert_cmpstr (dg_graph_string (g, dg_graph_edge (g, edges[i])->predicate), ==, RDF "type");
  /* Three rdf:type triples and nothing lost: the class and two statements. */
  g_assert_cmpuint (dg_graph_get_n_triples (g), ==, 3);
  g_assert_false (dg_graph_add_type (g, vn, "not an iri", NULL));
  g_assert_false (dg_graph_has_named_graphs (g));
  dg_graph_set_current_graph (g, dg_graph_intern (g, KG "g1"));
  g_assert_true (dg_graph_add_relation (g, vn, KG "p", a, NULL));
  dg_graph_set_current_graph (g, 0);
  g_assert_true (dg_graph_has_named_graphs (g));
  /* An ill-typed value only where RDF input asks to keep it as written. */
  g_assert_false (dg_graph_add_literal (g, vn, KG "n", "ten", XSD "integer", NULL, NULL));
  g_assert_true (dg_graph_add_literal_full (g, vn, KG "n", "ten", XSD "integer", NULL, TRUE, NULL));
  g_assert_true (dg_graph_add_literal_full (g, vn, KG "s", "x", XSD "string", NULL, TRUE, NULL));
  g_assert_cmpstr (dg_graph_string (g, dg_graph_find_literal (g, vn, KG "s")->datatype), ==,
                   XSD "string");
}

/* A value is held once however often it is stated; another datatype or
 * language is another value. */
static void
test_literal_values (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  guint a, b;

  g_assert_true (dg_graph_add_node (g, KG "a", DG "State", &a, NULL));
  g_assert_true (dg_graph_add_node (g, KG "b", DG "State", &b, NULL));
  g_assert_true (dg_graph_add_literal (g, a, KG "n", "1", XSD "integer", NULL, NULL));
  g_assert_true (dg_graph_add_literal (g, b, KG "n", "1", XSD "integer", NULL, NULL));
  g_assert_true (dg_graph_find_literal (g, a, KG "n") == dg_graph_find_literal (g, b, KG "n"));
  g_assert_true (dg_graph_add_literal (g, a, KG "d", "1", XSD "decimal", NULL, NULL));
  g_assert_true (dg_graph_add_literal (g, a, KG "s", "1", NULL, NULL, NULL));
  g_assert_true (dg_graph_add_literal (g, a, KG "l", "1", NULL, "en", NULL));
  g_assert_cmpstr (dg_graph_string (g, dg_graph_find_literal (g, a, KG "n")->datatype), ==,
                   XSD "integer");
  g_assert_cmpstr (dg_graph_string (g, dg_graph_find_literal (g, a, KG "d")->datatype), ==,
                   XSD "decimal");
  g_assert_cmpuint (dg_graph_find_literal (g, a, KG "s")->datatype, ==, 0);
  g_assert_cmpuint (dg_graph_find_literal (g, a, KG "s")->language, ==, 0);
  g_assert_cmpstr (dg_graph_string (g, dg_graph_find_literal (g, a, KG "l")->language), ==, "en");
  /* One predicate, one lexical form, three values: three statements. */
  g_assert_true (dg_graph_add_literal (g, b, KG "v", "1", XSD "integer", NULL, NULL));
  g_assert_true (dg_graph_add_literal (g, b, KG "v", "1", NULL, NULL, NULL));
  g_assert_true (dg_graph_add_literal (g, b, KG "v", "1", NULL, "en", NULL));
  g_assert_true (dg_graph_add_literal (g, b, KG "v", "1", NULL, NULL, NULL));
  g_assert_cmpuint (dg_graph_get_n_distinct_statements (g), ==, 8);
  /* Enough values to grow the table, each found again. */
  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *v = g_strdup_printf ("%u", i);
      g_autofree char *p = g_strdup_printf (KG "p%u", i % 7);

      g_assert_true (dg_graph_add_literal (g, i % 2 ? a : b, p, v, XSD "integer", NULL, NULL));
    }
  for (guint i = 0; i < 5000; i += 499)
    {
      g_autofree char *v = g_strdup_printf ("%u", i);
      guint n;
      const guint32 *edges = dg_graph_edges_of (g, i % 2 ? a : b, &n);
      gboolean found = FALSE;

      for (guint k = 0; k < n && !found; k++)
        {
          const DgEdge *e = dg_graph_edge (g, edges[k]);

          found = e->is_literal
                  && g_str_equal (dg_graph_string (g, dg_graph_literal (g, e->object)->lexical), v);
        }
      g_assert_true (found);
    }
  g_assert_cmpuint (dg_graph_get_n_distinct_statements (g), ==, 8 + 5000);
}

/* The named graph of each statement, kept in runs: through changes of
 * graph and back, and through a graph read apart and handed over whole. */
static void
test_statement_graphs (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autoptr (DgGraph) part = test_graph_new ();
  DgGraphMerge *m;
  guint32 g1, g2, p1, p2;
  guint a, b, pa, pb, before;

  g_assert_true (dg_graph_add_node (g, KG "a", DG "State", &a, NULL));
  g_assert_true (dg_graph_add_node (g, KG "b", DG "State", &b, NULL));
  g1 = dg_graph_intern (g, KG "g1");
  g2 = dg_graph_intern (g, KG "g2");
  g_assert_true (dg_graph_add_relation (g, a, KG "p", b, NULL)); /* 0: none said */
  dg_graph_set_current_graph (g, g1);
  g_assert_true (dg_graph_add_relation (g, a, KG "q", b, NULL)); /* 1 */
  g_assert_true (dg_graph_add_relation (g, b, KG "q", a, NULL)); /* 2 */
  dg_graph_set_current_graph (g, g2);
  g_assert_true (dg_graph_add_relation (g, a, KG "r", b, NULL)); /* 3 */
  dg_graph_set_current_graph (g, g1);
  g_assert_true (dg_graph_add_relation (g, a, KG "r", b, NULL)); /* 4: another statement */
  dg_graph_set_current_graph (g, 0);
  g_assert_true (dg_graph_add_relation (g, a, KG "s", b, NULL)); /* 5 */
  g_assert_true (dg_graph_add_literal (g, b, KG "n", "1", XSD "integer", NULL, NULL));
  dg_graph_set_current_graph (g, g1);
  g_assert_true (dg_graph_add_relation (g, b, KG "s", a, NULL)); /* 7 */
  dg_graph_set_current_graph (g, 0);
  g_assert_cmpuint (dg_graph_edge_graph (g, 0), ==, 0);
  g_assert_cmpuint (dg_graph_edge_graph (g, 1), ==, g1);
  g_assert_cmpuint (dg_graph_edge_graph (g, 2), ==, g1);
  g_assert_cmpuint (dg_graph_edge_graph (g, 3), ==, g2);
  g_assert_cmpuint (dg_graph_edge_graph (g, 4), ==, g1);
  g_assert_cmpuint (dg_graph_edge_graph (g, 5), ==, 0);
  g_assert_cmpuint (dg_graph_edge_graph (g, 7), ==, g1);
  g_assert_cmpuint (dg_graph_get_n_distinct_statements (g), ==, 8);

  /* A part that starts in no graph after ours ended in one, then names
   * graphs whose ids are not ours, handed over. */
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *name = g_strdup_printf (KG "x%u", i);

      dg_graph_intern (part, name);
    }
  g_assert_true (dg_graph_add_node (part, KG "b", DG "State", &pb, NULL));
  g_assert_true (dg_graph_add_node (part, KG "c", DG "State", &pa, NULL));
  p2 = dg_graph_intern (part, KG "g2");
  p1 = dg_graph_intern (part, KG "g3");
  g_assert_true (dg_graph_add_literal (part, pb, KG "n", "1", XSD "integer", NULL, NULL));
  dg_graph_set_current_graph (part, p1);
  g_assert_true (dg_graph_add_relation (part, pa, KG "p", pb, NULL));
  dg_graph_set_current_graph (part, p2);
  g_assert_true (dg_graph_add_literal (part, pa, KG "n", "1", XSD "integer", NULL, NULL));
  dg_graph_set_current_graph (part, 0);
  before = dg_graph_get_n_statements (g);
  m = dg_graph_merge_begin (g, part, NULL, NULL);
  g_assert_nonnull (m);
  dg_graph_merge_statements (m, 0, dg_graph_get_n_statements (part));
  dg_graph_merge_free (m);
  g_assert_cmpuint (dg_graph_get_n_statements (part), ==, 0);
  g_assert_cmpuint (dg_graph_get_n_statements (g), ==, before + 3);
  g_assert_cmpuint (dg_graph_edge_graph (g, before - 1), ==, g1);
  g_assert_cmpuint (dg_graph_edge_graph (g, before), ==, 0);
  g_assert_cmpstr (dg_graph_string (g, dg_graph_edge_graph (g, before + 1)), ==, KG "g3");
  g_assert_cmpuint (dg_graph_edge_graph (g, before + 2), ==, g2);
  g_assert_cmpuint (dg_graph_edge (g, before)->subject, ==, b);
  g_assert_true (dg_graph_edge (g, before)->is_literal);
  g_assert_cmpstr (dg_graph_string (g, dg_graph_edge (g, before + 1)->predicate), ==, KG "p");
  g_assert_cmpuint (dg_graph_edge (g, before + 1)->object, ==, b);
  g_assert_cmpstr (dg_graph_get_node_iri (g, dg_graph_edge (g, before + 2)->subject), ==, KG "c");
  /* A value of the part is ours, held once. */
  g_assert_true (dg_graph_literal (g, dg_graph_edge (g, before)->object)
                 == dg_graph_find_literal (g, b, KG "n"));
  /* What is added after goes on after it, in the graph set now. */
  dg_graph_set_current_graph (g, g1);
  g_assert_true (dg_graph_add_relation (g, b, KG "t", a, NULL));
  dg_graph_set_current_graph (g, 0);
  g_assert_cmpuint (dg_graph_edge_graph (g, before + 3), ==, g1);
  g_assert_cmpuint (dg_graph_edge (g, before + 3)->subject, ==, b);
  g_assert_cmpuint (dg_graph_edge (g, 3)->subject, ==, a);
  g_assert_cmpstr (dg_graph_string (g, dg_graph_edge (g, 3)->predicate), ==, KG "r");
  /* The part's value of b, in no graph, repeats ours: left out. */
  g_assert_cmpuint (dg_graph_get_n_distinct_statements (g), ==, before + 3);
  g_assert_true (dg_graph_edge_is_repeated (g, before));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/graph/nodes", test_nodes);
  g_test_add_func ("/graph/literals", test_literals);
  g_test_add_func ("/graph/labels", test_labels);
  g_test_add_func ("/graph/citation", test_citation);
  g_test_add_func ("/graph/edges-of", test_edges_of);
  g_test_add_func ("/graph/distinct-statements", test_distinct_statements);
  g_test_add_func ("/graph/edges-of-none", test_edges_of_none);
  g_test_add_func ("/graph/duplicates", test_duplicates);
  g_test_add_func ("/graph/relations", test_relations);
  g_test_add_func ("/graph/validate", test_validate);
  g_test_add_func ("/graph/blank-and-types", test_blank_and_types);
  g_test_add_func ("/graph/literal-values", test_literal_values);
  g_test_add_func ("/graph/statement-graphs", test_statement_graphs);
  return g_test_run ();
}
