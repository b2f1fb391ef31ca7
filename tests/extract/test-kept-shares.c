/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-kept-shares-private.h"

#define DG_NS "https://w3id.org/diplograph#"

/* The nearest sureness measured gives a rule's share; none measured, its own. */
static void
test_rules (void)
{
  g_autoptr (DgKeptShares) k = dg_kept_shares_new ();
  g_autofree char *message = NULL;

  g_assert_cmpfloat (dg_kept_shares_lookup (k, NULL, 0.7), ==, 0.7);
  g_assert_true (dg_kept_shares_add (k, FALSE, NULL, "0.8=0.54  0.5=0.20", &message));
  g_assert_cmpfloat (dg_kept_shares_lookup (k, NULL, 0.79), ==, 0.54);
  g_assert_cmpfloat (dg_kept_shares_lookup (k, NULL, 0.6), ==, 0.20);
}

/* A class's own shares win, and a class below it inherits them; a sureness
 * the class has none for takes the rules'. */
static void
test_classes (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autoptr (DgKeptShares) k = dg_kept_shares_new ();
  DgTerm *visit = dg_ontology_term (o, DG_NS "Visit");
  DgTerm *state_visit = dg_ontology_term (o, DG_NS "StateVisit");
  DgTerm *partnership = dg_ontology_term (o, DG_NS "Partnership");
  g_autofree char *message = NULL;

  g_assert_nonnull (visit);
  g_assert_true (dg_term_is_a (state_visit, visit));
  g_assert_true (dg_kept_shares_add (k, FALSE, NULL, "0.8=0.54 0.5=0.40", &message));
  g_assert_true (dg_kept_shares_add (k, TRUE, visit, "0.5=0.18", &message));
  g_assert_true (dg_kept_shares_add (k, TRUE, partnership, "0.30", &message));
  g_assert_cmpfloat (dg_kept_shares_lookup (k, visit, 0.5), ==, 0.18);
  g_assert_cmpfloat (dg_kept_shares_lookup (k, state_visit, 0.5), ==, 0.18);
  g_assert_cmpfloat (dg_kept_shares_lookup (k, visit, 0.8), ==, 0.54);
  g_assert_cmpfloat (dg_kept_shares_lookup (k, partnership, 0.9), ==, 0.30);
  g_assert_cmpfloat (dg_kept_shares_lookup (k, NULL, 0.5), ==, 0.40);
  /* A class the ontology lacks: read, checked, unused. */
  g_assert_true (dg_kept_shares_add (k, TRUE, NULL, "0.5=0.99", &message));
  g_assert_cmpfloat (dg_kept_shares_lookup (k, visit, 0.5), ==, 0.18);
}

static void
test_malformed (void)
{
  static const struct
  {
    gboolean on_class;
    const char *text, *says;
  } bad[] = {
    { FALSE, "0.8", "expected sureness=share pairs" },
    { FALSE, "1.5=0.2", "expected sureness=share pairs" },
    { TRUE, "x=0.2", "expected sureness=share pairs" },
    { TRUE, "0.5=2", "expected a share from 0 to 1" },
    { TRUE, "0.5=", "expected a share from 0 to 1" },
    { TRUE, "-0.1", "expected a share from 0 to 1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (DgKeptShares) k = dg_kept_shares_new ();
      g_autofree char *message = NULL;

      g_assert_false (dg_kept_shares_add (k, bad[i].on_class, NULL, bad[i].text, &message));
      g_assert_nonnull (strstr (message, bad[i].says));
      g_assert_nonnull (strstr (message, bad[i].text));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kept-shares/rules", test_rules);
  g_test_add_func ("/kept-shares/classes", test_classes);
  g_test_add_func ("/kept-shares/malformed", test_malformed);
  return g_test_run ();
}
