/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-ontology-private.h"
#include "test-util.h"

#define DG DG_NAMESPACE

static void
test_builtin (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DgOntology) o = dg_ontology_new (&error);
  const char *const id[] = { "id", NULL };
  g_auto (GStrv) classes = NULL;
  DgTerm *t;
  DgTermKind kind;

  g_assert_no_error (error);
  g_assert_cmpstr (dg_ontology_lookup (o, DG_TERM_CLASS, "State", NULL), ==, DG "State");
  g_assert_cmpstr (dg_ontology_lookup (o, DG_TERM_CLASS, "MoU", NULL), ==,
                   DG "MemorandumOfUnderstanding");
  g_assert_cmpstr (dg_ontology_lookup (o, DG_TERM_OBJECT_PROPERTY, "of", NULL), ==, DG "postIn");
  g_assert_cmpstr (dg_ontology_lookup (o, DG_TERM_DATATYPE_PROPERTY, "since", NULL), ==,
                   DG "startDate");
  g_assert_true (dg_ontology_has_term (o, DG "President", &kind));
  g_assert_cmpint (kind, ==, DG_TERM_INDIVIDUAL);
  g_assert_true (dg_ontology_is_subclass_of (o, DG "StateVisit", DG "Event"));
  g_assert_true (dg_ontology_is_subclass_of (o, DG "State", DG "CollectiveActor"));
  g_assert_true (dg_ontology_is_subclass_of (o, DG "Summit", DG "Forum"));
  g_assert_false (dg_ontology_is_subclass_of (o, DG "Person", DG "CollectiveActor"));
  g_assert_cmpstr (dg_ontology_get_label (o, DG "State", id), ==, "negara");
  g_assert_cmpstr (dg_ontology_get_label (o, DG "State", NULL), ==, "state");

  /* Styles are data, inherited down the hierarchy. */
  t = dg_ontology_term (o, DG "StateVisit");
  g_assert_cmpstr (t->shape, ==, "oval");      /* from Event */
  g_assert_cmpstr (t->fill_color, ==, "#b4a7d6"); /* from Visit */
  /* A partnership level carries its colour on the ramp. */
  t = dg_ontology_term (o, DG "ComprehensiveStrategicPartnership");
  g_assert_cmpstr (t->edge_color, ==, "#980043");
  g_assert_cmpstr (dg_term_label (t, (const char *const[]){ "vi", NULL }), ==,
                   "Đối tác Chiến lược Toàn diện");
  t = dg_ontology_term (o, DG "visitor");
  g_assert_cmpuint (t->domain->len, ==, 1);
  t = dg_ontology_term (o, DG "party");
  g_assert_cmpuint (t->domain->len, ==, 3); /* owl:unionOf */
  t = dg_ontology_term (o, DG "endDate");
  g_assert_true (t->not_before == dg_ontology_term (o, DG "startDate"));

  /* Every class has an English and an Indonesian label. */
  classes = dg_ontology_list_terms (o, DG_TERM_CLASS);
  g_assert_cmpuint (g_strv_length (classes), >=, 40);
  for (guint i = 0; classes[i]; i++)
    {
      DgTerm *c = dg_ontology_term (o, classes[i]);
      gboolean en = FALSE, ind = FALSE;

      for (guint l = 0; l < c->labels->len; l++)
        {
          en |= g_str_equal (g_array_index (c->labels, DgLabel, l).language, "en");
          ind |= g_str_equal (g_array_index (c->labels, DgLabel, l).language, "id");
        }
      g_test_message ("class %s", classes[i]);
      g_assert_true (en && ind);
    }
}

static void
test_suggestion (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autoptr (GError) error = NULL;

  g_assert_null (dg_ontology_lookup (o, DG_TERM_CLASS, "Stat", &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_UNKNOWN_TERM);
  g_assert_cmpstr (error->message, ==, "unknown class \"Stat\" (did you mean \"State\"?)");
  g_clear_error (&error);
  g_assert_null (dg_ontology_lookup (o, DG_TERM_OBJECT_PROPERTY, "visiter", &error));
  g_assert_cmpstr (error->message, ==, "unknown relation \"visiter\" (did you mean \"visitor\"?)");
  g_clear_error (&error);
  g_assert_null (dg_ontology_lookup (o, DG_TERM_CLASS, "Xyzzyplugh", &error));
  g_assert_cmpstr (error->message, ==, "unknown class \"Xyzzyplugh\"");
}

static void
test_extension (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "extension.ttl", NULL);
  guint before = dg_ontology_get_n_terms (o);
  DgTerm *t;

  g_assert_null (dg_ontology_lookup (o, DG_TERM_CLASS, "Embassy", NULL));
  g_assert_true (dg_ontology_load_file (o, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (dg_ontology_get_n_terms (o), ==, before + 2);
  g_assert_cmpstr (dg_ontology_lookup (o, DG_TERM_CLASS, "Embassy", NULL), ==,
                   "https://example.org/ext#Embassy");
  g_assert_true (dg_ontology_is_subclass_of (o, "https://example.org/ext#Embassy", DG "Agent"));
  t = dg_ontology_term (o, "https://example.org/ext#Embassy");
  g_assert_cmpstr (t->shape, ==, "tab");
  t = dg_ontology_term (o, "https://example.org/ext#accreditedTo");
  g_assert_cmpint (t->kind, ==, DG_TERM_OBJECT_PROPERTY);
  g_assert_cmpstr (t->edge_style, ==, "dashed");
  /* The extension refined a built-in class. */
  g_assert_cmpstr (dg_ontology_term (o, DG "State")->shape, ==, "box3d");
}

static void
test_bad_extension (void)
{
  static const struct
  {
    const char *ttl;
    const char *message;
  } cases[] = {
    { "@prefix dg: <https://w3id.org/diplograph#> .\n"
      "dg:State dg:nodeShape \"record\" .\n",
      "ontology: <https://w3id.org/diplograph#State> has dg:nodeShape \"record\", which is not "
      "one diplograph draws" },
    { "@prefix dg: <https://w3id.org/diplograph#> .\n"
      "dg:State dg:fillColor \"red\\\" ] ; x\" .\n",
      "ontology: <https://w3id.org/diplograph#State> has dg:fillColor \"red\" ] ; x\", which is "
      "not one diplograph draws" },
    { "@prefix dg: <https://w3id.org/diplograph#> .\n"
      "dg:State dg:nodeShape \"box\" \n",
      NULL /* a syntax error: the message is raptor's */ },
    { "dg:State a \"c\xff"
      "d\" .\n",
      "bad.ttl:1:14: invalid UTF-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (DgOntology) o = dg_ontology_new (NULL);
      g_autoptr (GError) error = NULL;
      guint before = dg_ontology_get_n_terms (o);

      g_assert_false (dg_ontology_load_data (o, cases[i].ttl, -1, "bad.ttl", &error));
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      if (cases[i].message)
        g_assert_cmpstr (error->message, ==, cases[i].message);
      else
        g_assert_true (g_str_has_prefix (error->message, "bad.ttl:"));
      /* A failed load leaves the ontology as it was. */
      g_assert_cmpuint (dg_ontology_get_n_terms (o), ==, before);
      g_assert_cmpstr (dg_ontology_term (o, DG "State")->shape, ==, "box");
    }
}

static char *
terms_text (DgOntology *o, const char *name, const char *const *langs, DgTermsFormat format,
            GError **error)
{
  g_autoptr (GOutputStream) mem = g_memory_output_stream_new_resizable ();

  if (!dg_ontology_write_terms (o, name, langs, format, mem, error))
    return NULL;
  g_assert_true (g_output_stream_write (mem, "", 1, NULL, NULL) == 1);
  g_assert_true (g_output_stream_close (mem, NULL, NULL));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (mem));
}

/* The vocabulary at hand: every term listed, with labels and IRIs; one
 * term described; an extension's terms included. */
static void
test_terms (void)
{
  g_autoptr (DgOntology) o = dg_ontology_new (NULL);
  static const char *const id[] = { "id", NULL };
  g_autoptr (GError) error = NULL;
  g_autofree char *all = terms_text (o, NULL, NULL, DG_TERMS_TEXT, NULL);
  g_autofree char *tsv = terms_text (o, NULL, NULL, DG_TERMS_TSV, NULL);
  g_autofree char *state = terms_text (o, "State", id, DG_TERMS_TEXT, NULL);
  g_autofree char *level = terms_text (o, "level", NULL, DG_TERMS_TEXT, NULL);
  g_autofree char *ext = NULL;
  g_auto (GStrv) rows = g_strsplit (tsv, "\n", -1);

  /* The tree: State under CollectiveActor under Agent. */
  g_assert_nonnull (strstr (all, "\n  Agent  \"agent\"  dg:Agent\n"));
  g_assert_nonnull (strstr (all, "\n      State  \"state\"  dg:State\n"));
  g_assert_nonnull (strstr (all, "  party  \"party\"  Agreement | DiplomaticRelation | Initiative -> CollectiveActor  dg:party\n"));
  g_assert_nonnull (strstr (all, "  PartnershipLevel (level=…)\n"));
  g_assert_nonnull (strstr (all, "    ComprehensiveStrategicPartnership (also ComprehensiveStrategic)"));
  /* A row a term, and a header. */
  g_assert_cmpuint (g_strv_length (rows) - 2, ==, dg_ontology_get_n_terms (o));
  g_assert_cmpstr (rows[0], ==, "kind\tname\tiri\tlabel\tkeywords\tparents\tdomain\trange");
  g_assert_nonnull (strstr (tsv, "\nclass\tState\thttps://w3id.org/diplograph#State\tstate\t\tCollectiveActor,Place\t\t\n"));
  g_assert_nonnull (strstr (state, "State: a class, dg:State\n  label: \"negara\"\n  a kind of: CollectiveActor, Place\n"));
  g_assert_nonnull (strstr (level, "  values: ComprehensivePartnership, StrategicPartnership,"));
  g_assert_null (terms_text (o, "Stat", NULL, DG_TERMS_TEXT, &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_UNKNOWN_TERM);
  g_assert_cmpstr (error->message, ==, "unknown class \"Stat\" (did you mean \"State\"?)");
  g_clear_error (&error);
  g_assert_true (dg_ontology_load_data (o,
                                        "@prefix dg: <https://w3id.org/diplograph#> .\n"
                                        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                                        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                                        "dg:Consulate a owl:Class ; rdfs:subClassOf dg:DiplomaticMission ;\n"
                                        "  rdfs:label \"consulate\"@en .\n",
                                        -1, "ext.ttl", &error));
  ext = terms_text (o, NULL, NULL, DG_TERMS_TEXT, NULL);
  g_assert_nonnull (strstr (ext, "\n            Consulate  \"consulate\"  dg:Consulate\n"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ontology/builtin", test_builtin);
  g_test_add_func ("/ontology/suggestion", test_suggestion);
  g_test_add_func ("/ontology/extension", test_extension);
  g_test_add_func ("/ontology/bad-extension", test_bad_extension);
  g_test_add_func ("/ontology/terms", test_terms);
  return g_test_run ();
}
