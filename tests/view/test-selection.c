/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "test-util.h"

#define DG DG_NAMESPACE
#define SEED "https://w3id.org/diplograph/seed/"

static guint
node (DgGraph *g, const char *id)
{
  g_autofree char *iri = g_strconcat (SEED, id, NULL);
  guint n;

  g_assert_true (dg_graph_lookup_node (g, iri, &n));
  return n;
}

static gboolean
kept (DgSelection *s, const char *id)
{
  return dg_selection_contains_node (s, node (dg_selection_get_graph (s), id));
}

static void
test_everything_by_default (void)
{
  g_autoptr (DgGraph) g = test_seed_graph ();
  g_autoptr (DgSelection) s = dg_selection_new (g);

  g_assert_cmpuint (dg_selection_get_n_nodes (s), ==, dg_graph_get_n_nodes (g));
  g_assert_true (dg_selection_contains_relation (s, DG "party"));
}

static void
test_find_node (void)
{
  g_autoptr (DgGraph) g = test_seed_graph ();
  g_autoptr (DgSelection) s = dg_selection_new (g);
  g_autoptr (GError) error = NULL;
  guint n;

  g_assert_true (dg_selection_find_node (s, "to-lam", &n, NULL));
  g_assert_cmpuint (n, ==, node (g, "to-lam"));
  g_assert_true (dg_selection_find_node (s, SEED "to-lam", &n, NULL));
  g_assert_false (dg_selection_find_node (s, "to-lan", &n, &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_UNKNOWN_NODE);
  g_assert_cmpstr (error->message, ==, "no node \"to-lan\" (did you mean \"to-lam\"?)");
  g_clear_error (&error);
  /* A focus on a node that does not exist leaves the selection as it was. */
  g_assert_false (dg_selection_set_focus (s, "nowhere-at-all-xyz", 1, &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_UNKNOWN_NODE);
  g_assert_cmpuint (dg_selection_get_n_nodes (s), ==, dg_graph_get_n_nodes (g));
}

static void
test_ambiguous_node (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autoptr (DgSelection) s = dg_selection_new (g);
  g_autoptr (GError) error = NULL;

  g_assert_true (dg_graph_add_node (g, "https://a.example/x", DG "State", NULL, NULL));
  g_assert_true (dg_graph_add_node (g, "https://b.example/x", DG "State", NULL, NULL));
  g_assert_false (dg_selection_find_node (s, "x", NULL, &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_UNKNOWN_NODE);
  g_assert_nonnull (strstr (error->message, "ambiguous"));
}

static void
test_classes (void)
{
  g_autoptr (DgGraph) g = test_seed_graph ();
  g_autoptr (DgSelection) s = dg_selection_new (g);
  g_autoptr (GError) error = NULL;
  const char *const states[] = { "State", NULL };
  const char *const agreements[] = { "Agreement", NULL };
  const char *const typo[] = { "Stat", NULL };

  g_assert_true (dg_selection_set_classes (s, states, NULL));
  g_assert_cmpuint (dg_selection_get_n_nodes (s), ==, 4);
  g_assert_true (kept (s, "vietnam") && kept (s, "korea") && kept (s, "japan")
                 && kept (s, "china"));
  /* Subclasses count: an MoU and a partnership are agreements. */
  g_assert_true (dg_selection_set_classes (s, agreements, NULL));
  g_assert_true (kept (s, "mou-sbv-pboc"));
  g_assert_true (kept (s, "vn-kr-csp"));
  g_assert_false (kept (s, "vietnam"));
  g_assert_false (dg_selection_set_classes (s, typo, &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_UNKNOWN_TERM);
  g_assert_nonnull (strstr (error->message, "did you mean \"State\""));
}

static void
test_relations (void)
{
  g_autoptr (DgGraph) g = test_seed_graph ();
  g_autoptr (DgSelection) s = dg_selection_new (g);
  g_autoptr (GError) error = NULL;
  const char *const party[] = { "party", NULL };
  const char *const under[] = { "under", NULL }; /* a keyword */
  const char *const bogus[] = { "partyy", NULL };

  g_assert_true (dg_selection_set_relations (s, party, NULL));
  g_assert_true (dg_selection_contains_relation (s, DG "party"));
  g_assert_false (dg_selection_contains_relation (s, DG "participant"));
  g_assert_true (dg_selection_set_relations (s, under, NULL));
  g_assert_true (dg_selection_contains_relation (s, DG "subOrganizationOf"));
  g_assert_false (dg_selection_set_relations (s, bogus, &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_UNKNOWN_TERM);
}

static void
test_source (void)
{
  g_autoptr (DgGraph) g = test_seed_graph ();
  g_autoptr (DgSelection) s = dg_selection_new (g);
  g_autoptr (GError) error = NULL;

  g_assert_true (dg_selection_set_source (s, "s003", NULL));
  g_assert_true (kept (s, "vo-van-thuong"));
  g_assert_true (kept (s, "japan"));
  g_assert_true (kept (s, "vietnam")); /* cited by every article */
  g_assert_false (kept (s, "xi-jinping"));
  g_assert_false (kept (s, "korea")); /* s003 does not name Korea */
  /* The same source by its file name. */
  g_assert_true (dg_selection_set_source (s, "004_8ab517d14aded5b6.txt", NULL));
  g_assert_true (kept (s, "xi-jinping"));
  g_assert_false (kept (s, "vo-van-thuong"));
  g_assert_false (dg_selection_set_source (s, "s009", &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_UNKNOWN_NODE);
}

static void
test_time_window (void)
{
  g_autoptr (DgGraph) g = test_seed_graph ();
  g_autoptr (DgSelection) s = dg_selection_new (g);
  g_autoptr (GError) error = NULL;

  g_assert_true (dg_selection_set_time_window (s, "2015", "2020", NULL));
  /* Undated nodes stay. */
  g_assert_true (kept (s, "vietnam"));
  g_assert_true (kept (s, "to-lam"));
  /* The Extensive Strategic Partnership (2014) was in force until the
   * Comprehensive one that upgraded it (2023-11-27). */
  g_assert_true (kept (s, "vn-jp-esp"));
  g_assert_false (kept (s, "vn-jp-csp"));
  /* Lasting facts with no end: from their date on. */
  g_assert_true (kept (s, "vn-kr-relations"));    /* established 1992 */
  g_assert_true (kept (s, "land-border-treaty")); /* signed 1999 */
  g_assert_false (kept (s, "vn-kr-csp"));         /* upgraded 2022 */
  /* Events are points or spans. */
  g_assert_false (kept (s, "visit-kr-2025"));
  g_assert_false (kept (s, "ho-chi-minh-guangzhou-1924"));
  /* Partial dates cover their whole period. */
  g_assert_true (dg_selection_set_time_window (s, "2025-08-13", "2025-08-13", NULL));
  g_assert_true (kept (s, "visit-kr-2025"));
  g_assert_true (kept (s, "vn-kr-joint-statement-2025")); /* dated 2025-08 */
  g_assert_false (kept (s, "vn-jp-esp"));
  g_assert_true (kept (s, "vn-jp-csp"));
  /* An open window. */
  g_assert_true (dg_selection_set_time_window (s, NULL, "1930", NULL));
  g_assert_true (kept (s, "ho-chi-minh-guangzhou-1924"));
  g_assert_false (kept (s, "vn-kr-relations"));
  g_assert_false (dg_selection_set_time_window (s, "2020", "2019", &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (dg_selection_set_time_window (s, "2020-13", NULL, &error));
  g_assert_nonnull (error);
}

static void
test_focus (void)
{
  g_autoptr (DgGraph) g = test_seed_graph ();
  g_autoptr (DgSelection) s = dg_selection_new (g);
  const char *const people[] = { "Person", "Event", NULL };

  g_assert_true (dg_selection_set_focus (s, "to-lam", 0, NULL));
  g_assert_cmpuint (dg_selection_get_n_nodes (s), ==, 1);
  g_assert_true (dg_selection_set_focus (s, "to-lam", 1, NULL));
  /* Both directions: his posts (he points to them) and the events that
   * name him (they point to him). */
  g_assert_true (kept (s, "to-lam-gs-cpv"));
  g_assert_true (kept (s, "talks-to-lam-xi-2024"));
  g_assert_false (kept (s, "cpv"));
  g_assert_false (kept (s, "xi-jinping"));
  /* Sources are hidden: following citations would join everything. */
  g_assert_false (kept (s, "vo-van-thuong"));
  g_assert_true (dg_selection_set_focus (s, "to-lam", 2, NULL));
  g_assert_true (kept (s, "cpv"));
  g_assert_true (kept (s, "xi-jinping"));
  /* A class filter applies first: the focus walks only kept nodes. */
  g_assert_true (dg_selection_set_classes (s, people, NULL));
  g_assert_true (kept (s, "xi-jinping"));
  g_assert_false (kept (s, "cpv"));
  g_assert_false (kept (s, "to-lam-gs-cpv"));
}

/* Drawn collapsed, a partnership is part of the edge between its parties:
 * depth 1 around Vietnam reaches its partners, and no further. */
static void
test_focus_collapse (void)
{
  g_autoptr (DgGraph) g = test_seed_graph ();
  g_autoptr (DgSelection) s = dg_selection_new (g);

  g_assert_true (dg_selection_set_focus (s, "vietnam", 1, NULL));
  g_assert_true (kept (s, "vn-kr-csp"));
  g_assert_false (kept (s, "korea"));
  dg_selection_set_collapse (s, TRUE);
  g_assert_true (kept (s, "vn-kr-csp"));
  g_assert_true (kept (s, "korea"));
  g_assert_true (kept (s, "japan"));
  g_assert_true (kept (s, "china"));
  /* A post held is collapsed too: its holder and organization are one
   * step apart. */
  g_assert_true (dg_selection_set_focus (s, "to-lam", 1, NULL));
  g_assert_true (kept (s, "cpv"));
  g_assert_true (dg_selection_set_focus (s, "to-lam", 0, NULL));
  g_assert_cmpuint (dg_selection_get_n_nodes (s), ==, 1);
  dg_selection_set_collapse (s, FALSE);
  g_assert_true (dg_selection_set_focus (s, "to-lam", 1, NULL));
  g_assert_false (kept (s, "cpv"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/selection/everything-by-default", test_everything_by_default);
  g_test_add_func ("/selection/find-node", test_find_node);
  g_test_add_func ("/selection/ambiguous-node", test_ambiguous_node);
  g_test_add_func ("/selection/classes", test_classes);
  g_test_add_func ("/selection/relations", test_relations);
  g_test_add_func ("/selection/source", test_source);
  g_test_add_func ("/selection/time-window", test_time_window);
  g_test_add_func ("/selection/focus", test_focus);
  g_test_add_func ("/selection/focus-collapse", test_focus_collapse);
  return g_test_run ();
}
