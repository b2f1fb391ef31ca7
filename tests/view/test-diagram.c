/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The diagram model (lib/view/dg-diagram.c): what a view draws, decided once
 * for every visual writer. */
#include "config.h"

#include <string.h>

#include "dg-diagram-private.h"
#include "test-util.h"

#define EX "https://example.org/diagram/"

static DgGraph *
small_graph (void)
{
  DgGraph *g = test_graph_new ();
  g_autoptr (DgReader) r = dg_reader_new (g);
  const char *dg
      = "@base <" EX ">\n"
        "SourceDocument s1 \"One\"@en file=\"one.txt\"\n"
        "State vn \"Vietnam\"@en \"Việt Nam\"@vi\nState jp \"Japan\"@en\n"
        "Ministry mofa \"Ministry of Foreign Affairs\"@en subOrganizationOf=vn\n"
        "Ministry mic \"Ministry of Information\"@en subOrganizationOf=vn\n"
        "Partnership p \"VN-JP\"@en party=vn party=jp level=ComprehensiveStrategicPartnership "
        "upgraded=2023-11-27\n"
        "  cite s1 \"kemitraan\"\n"
        "State <javascript:alert(1)//x> \"Evil\"@en\n";

  g_assert_true (dg_reader_read_data (r, dg, -1, "d.dg", NULL));
  if (!dg_reader_finish (r, NULL))
    g_error ("%s", test_diagnostics_text (r));
  return g;
}

static const DgDiagramNode *
node_named (DgDiagram *d, const char *iri)
{
  for (guint i = 0; i < d->nodes->len; i++)
    if (g_str_equal (g_array_index (d->nodes, DgDiagramNode, i).iri, iri))
      return &g_array_index (d->nodes, DgDiagramNode, i);
  return NULL;
}

static void
test_plain (void)
{
  g_autoptr (DgGraph) g = small_graph ();
  const char *const langs[] = { "vi", "en", NULL };
  DgDiagramInputs in = { .graph = g, .languages = langs };
  g_autoptr (DgDiagram) d = dg_diagram_new (&in);
  const DgDiagramNode *vn = node_named (d, EX "vn"), *p = node_named (d, EX "p");
  const DgDiagramNode *evil = node_named (d, "javascript:alert(1)//x");

  /* The source document and the citation are hidden in diagrams. */
  g_assert_null (node_named (d, EX "s1"));
  g_assert_nonnull (vn);
  g_assert_cmpstr (vn->label, ==, "Việt Nam");
  g_assert_cmpstr (vn->link, ==, EX "vn");
  g_assert_null (evil->link);
  g_assert_nonnull (p);
  g_assert_cmpstr (p->tooltip, ==, "partnership\n[one.txt] \"kemitraan\"");
  g_assert_cmpuint (d->clusters->len, ==, 0);
  for (guint i = 0; i < d->edges->len; i++)
    g_assert_false (g_array_index (d->edges, DgDiagramEdge, i).collapsed);
  g_assert_cmpuint (d->classes->len, >=, 3);
}

static void
test_collapse_and_clusters (void)
{
  g_autoptr (DgGraph) g = small_graph ();
  const char *const langs[] = { "en", NULL };
  DgDiagramInputs in = { .graph = g, .flags = DG_VIEW_COLLAPSE | DG_VIEW_CLUSTERS, .languages = langs };
  g_autoptr (DgDiagram) d = dg_diagram_new (&in);
  const DgDiagramEdge *fact = NULL;
  guint collapsed = 0;

  /* The partnership is an undirected edge between its parties, with its
   * level's label and upgrade date. */
  g_assert_null (node_named (d, EX "p"));
  for (guint i = 0; i < d->edges->len; i++)
    if (g_array_index (d->edges, DgDiagramEdge, i).collapsed)
      {
        fact = &g_array_index (d->edges, DgDiagramEdge, i);
        collapsed++;
      }
  g_assert_cmpuint (collapsed, ==, 1);
  g_assert_cmpstr (fact->label, ==, "Comprehensive Strategic Partnership");
  g_assert_cmpstr (fact->date, ==, "2023-11-27");
  g_assert_true (fact->undirected);
  g_assert_cmpstr (fact->tooltip, ==, "partnership\n[one.txt] \"kemitraan\"");
  /* Vietnam and its two ministries share a box named after it; Japan,
   * alone, has none. */
  g_assert_cmpuint (d->clusters->len, ==, 1);
  g_assert_cmpstr (g_array_index (d->clusters, DgDiagramCluster, 0).label, ==, "Vietnam");
  g_assert_cmpuint (node_named (d, EX "mofa")->cluster, ==, 0);
  g_assert_cmpuint (node_named (d, EX "vn")->cluster, ==, 0);
  g_assert_cmpuint (node_named (d, EX "jp")->cluster, ==, DG_DIAGRAM_NO_CLUSTER);
  /* The legend lists the collapsed class among the relations. */
  g_assert_true (g_ptr_array_find (d->relations, fact->style, NULL));
  g_assert_cmpuint (dg_diagram_count_nodes (g, NULL), ==, 6);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/diagram/plain", test_plain);
  g_test_add_func ("/diagram/collapse-and-clusters", test_collapse_and_clusters);
  return g_test_run ();
}
