/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <graphviz/cgraph.h>
#include <stdio.h>
#include <string.h>

#include "hostile.h"
#include "test-util.h"

#define DG DG_NAMESPACE
#define KG "https://example.org/kg/"

static DgGraph *
hostile_graph (void)
{
  DgGraph *g = test_graph_new ();

  for (guint i = 0; i < G_N_ELEMENTS (hostile_labels); i++)
    {
      g_autofree char *iri = g_strdup_printf (KG "n%u", i);
      guint n;

      g_assert_true (dg_graph_add_node (g, iri, DG "State", &n, NULL));
      g_assert_true (dg_graph_add_label (g, n, hostile_labels[i], "en", NULL));
    }
  return g;
}

static char *
write_dot (DgGraph *g, const char *name)
{
  g_autoptr (DgDotWriter) w = dg_dot_writer_new (g);
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (test_tmpdir (), name, NULL);

  g_assert_true (dg_dot_writer_write_file (w, path, &error));
  g_assert_no_error (error);
  return path;
}

static Agraph_t *
read_dot (const char *path)
{
  FILE *f = fopen (path, "r");
  Agraph_t *ag;

  g_assert_nonnull (f);
  ag = agread (f, NULL);
  fclose (f);
  g_assert_nonnull (ag);
  return ag;
}

/* cgraph reads back exactly the escaped labels, and no more nodes than
 * were written: nothing was injected. */
static void
test_cgraph_round_trip (void)
{
  g_autoptr (DgGraph) g = hostile_graph ();
  g_autofree char *path = write_dot (g, "hostile.dot");
  Agraph_t *ag = read_dot (path);

  g_assert_cmpint (agnnodes (ag), ==, G_N_ELEMENTS (hostile_labels));
  g_assert_cmpint (agnedges (ag), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (hostile_labels); i++)
    {
      g_autofree char *iri = g_strdup_printf (KG "n%u", i);
      g_autofree char *escaped = dg_dot_escape (hostile_labels[i], NULL);
      Agnode_t *n = agnode (ag, iri, FALSE);

      g_assert_nonnull (n);
      g_assert_cmpstr (agget (n, (char *)"label"), ==, escaped);
      g_assert_cmpstr (agget (n, (char *)"shape"), ==, "box");
      g_assert_cmpstr (agget (n, (char *)"fillcolor"), ==, "#cfe2f3");
      g_assert_cmpstr (agget (n, (char *)"URL"), ==, iri);
    }
  agclose (ag);
}

typedef struct
{
  GHashTable *labels; /* node name -> lines joined with \n */
  GString *current;
  char *title;
  int in_node; /* depth of the <g class="node"> element, 0 outside */
  int depth;
  gboolean in_title, in_text;
  guint n_nodes;
} Svg;

static void
svg_start (GMarkupParseContext *ctx, const char *element, const char **names, const char **values,
           gpointer data, GError **error)
{
  Svg *s = data;

  s->depth++;
  if (g_str_equal (element, "g"))
    for (guint i = 0; names[i]; i++)
      if (g_str_equal (names[i], "class") && g_str_equal (values[i], "node"))
        {
          s->in_node = s->depth;
          s->n_nodes++;
          s->current = g_string_new (NULL);
          g_clear_pointer (&s->title, g_free);
        }
  if (s->in_node && g_str_equal (element, "title"))
    s->in_title = TRUE;
  if (s->in_node && g_str_equal (element, "text"))
    {
      if (s->current->len)
        g_string_append_c (s->current, '\n');
      s->in_text = TRUE;
    }
}

static void
svg_end (GMarkupParseContext *ctx, const char *element, gpointer data, GError **error)
{
  Svg *s = data;

  if (s->in_node == s->depth)
    {
      g_hash_table_insert (s->labels, g_steal_pointer (&s->title),
                           g_string_free (s->current, FALSE));
      s->current = NULL;
      s->in_node = 0;
    }
  s->in_title = s->in_text = FALSE;
  s->depth--;
}

static void
svg_text (GMarkupParseContext *ctx, const char *text, gsize len, gpointer data, GError **error)
{
  Svg *s = data;

  if (s->in_title)
    {
      g_autofree char *t = g_strndup (text, len);
      g_free (s->title);
      s->title = g_strdup (t);
    }
  else if (s->in_text)
    g_string_append_len (s->current, text, (gssize)len);
}

/* What a reader of the rendered diagram sees: `dot -Tsvg`, parsed as XML,
 * shows every label as it was given. */
static void
test_rendered_labels (void)
{
  static const GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
  g_autoptr (DgGraph) g = NULL;
  g_autofree char *path = NULL;
  g_autofree char *svg = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GMarkupParseContext) ctx = NULL;
  Svg s = { 0 };

  if (!test_require_tool ("dot"))
    return;
  g = hostile_graph ();
  path = write_dot (g, "render.dot");
  {
    const char *argv[] = { test_tool ("dot"), "-Tsvg", path, NULL };
    g_assert_cmpint (test_run (argv, &svg, &err), ==, 0);
  }
  g_assert_cmpstr (err, ==, "");
  s.labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx = g_markup_parse_context_new (&parser, G_MARKUP_DEFAULT_FLAGS, &s, NULL);
  /* Skip the DOCTYPE, which GMarkup does not read. */
  g_assert_true (g_markup_parse_context_parse (ctx, strstr (svg, "<svg"), -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (ctx, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (s.n_nodes, ==, G_N_ELEMENTS (hostile_labels));
  for (guint i = 0; i < G_N_ELEMENTS (hostile_labels); i++)
    {
      g_autofree char *iri = g_strdup_printf (KG "n%u", i);
      const char *shown = g_hash_table_lookup (s.labels, iri);

      g_test_message ("label %u: %s", i, hostile_labels[i]);
      g_assert_nonnull (shown);
      g_assert_cmpstr (shown, ==, hostile_labels[i]);
    }
  g_hash_table_unref (s.labels);
}

static void
test_styles_and_hidden (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autofree char *path = NULL;
  guint person, post, src, role, state;
  Agraph_t *ag;
  Agnode_t *n;
  Agedge_t *e;

  g_assert_true (dg_graph_add_node (g, KG "to-lam", DG "Person", &person, NULL));
  g_assert_true (dg_graph_add_node (g, KG "vietnam", DG "State", &state, NULL));
  g_assert_true (dg_graph_add_node (g, KG "post", DG "PostHolding", &post, NULL));
  g_assert_true (dg_graph_add_node (g, KG "s0", DG "SourceDocument", &src, NULL));
  g_assert_true (dg_graph_add_node (g, DG "President", NULL, &role, NULL));
  g_assert_true (dg_graph_add_label (g, person, "To Lam", "en", NULL));
  g_assert_true (dg_graph_add_relation (g, person, DG "holds", post, NULL));
  g_assert_true (dg_graph_add_relation (g, post, DG "role", role, NULL));
  g_assert_true (dg_graph_add_relation (g, post, DG "postIn", state, NULL));
  g_assert_true (dg_graph_add_citation (g, post, src, "Presiden To Lam", "id", NULL, NULL));
  path = write_dot (g, "styles.dot");
  ag = read_dot (path);
  /* Sources, citations and roles are not drawn. */
  g_assert_cmpint (agnnodes (ag), ==, 3);
  g_assert_cmpint (agnedges (ag), ==, 2);
  n = agnode (ag, (char *)KG "to-lam", FALSE);
  g_assert_cmpstr (agget (n, (char *)"shape"), ==, "ellipse");
  g_assert_cmpstr (agget (n, (char *)"fillcolor"), ==, "#fce5cd");
  n = agnode (ag, (char *)KG "post", FALSE);
  g_assert_cmpstr (agget (n, (char *)"label"), ==, "President");
  g_assert_cmpstr (agget (n, (char *)"tooltip"), ==, "post held\\n[s0] \"Presiden To Lam\"");
  e = agfstout (ag, agnode (ag, (char *)KG "to-lam", FALSE));
  g_assert_cmpstr (agget (e, (char *)"label"), ==, "holds");
  agclose (ag);
}

static void
test_languages (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autoptr (DgDotWriter) w = dg_dot_writer_new (g);
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  const char *const id[] = { "id", NULL };
  g_autofree char *text = NULL;
  guint kr;

  g_assert_true (dg_graph_add_node (g, KG "korea", DG "State", &kr, NULL));
  g_assert_true (dg_graph_add_label (g, kr, "Republic of Korea", "en", NULL));
  g_assert_true (dg_graph_add_label (g, kr, "Korea Selatan", "id", NULL));
  dg_dot_writer_set_languages (w, id);
  g_assert_true (dg_dot_writer_write (w, out, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  text = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
  g_assert_nonnull (strstr (text, "label=\"Korea Selatan\""));
  g_assert_nonnull (strstr (text, "tooltip=negara"));
}

static void
test_control_refused (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autoptr (DgDotWriter) w = dg_dot_writer_new (g);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (test_tmpdir (), "keep.dot", NULL);
  g_autofree char *content = NULL;
  guint n;

  g_assert_true (dg_graph_add_node (g, KG "x", DG "State", &n, NULL));
  g_assert_true (dg_graph_add_label (g, n, "bell \x07 here", NULL, NULL));
  g_assert_true (g_file_set_contents (path, "KEEP", -1, NULL));
  g_assert_false (dg_dot_writer_write_file (w, path, &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
  g_assert_cmpstr (error->message, ==,
                   "<" KG "x>: control character U+0007 cannot be shown in a diagram");
  /* The failed write left the existing file as it was. */
  g_assert_true (g_file_get_contents (path, &content, NULL, NULL));
  g_assert_cmpstr (content, ==, "KEEP");
}

static void
test_deterministic (void)
{
  g_autoptr (DgGraph) g = hostile_graph ();
  g_autofree char *a = write_dot (g, "a.dot");
  g_autofree char *b = write_dot (g, "b.dot");
  g_autofree char *ca = NULL;
  g_autofree char *cb = NULL;

  g_assert_true (g_file_get_contents (a, &ca, NULL, NULL));
  g_assert_true (g_file_get_contents (b, &cb, NULL, NULL));
  g_assert_cmpstr (ca, ==, cb);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/writer-dot/cgraph-round-trip", test_cgraph_round_trip);
  g_test_add_func ("/writer-dot/rendered-labels", test_rendered_labels);
  g_test_add_func ("/writer-dot/styles-and-hidden", test_styles_and_hidden);
  g_test_add_func ("/writer-dot/languages", test_languages);
  g_test_add_func ("/writer-dot/control-refused", test_control_refused);
  g_test_add_func ("/writer-dot/deterministic", test_deterministic);
  return g_test_run ();
}
