/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <graphviz/cgraph.h>
#include <stdio.h>
#include <string.h>

#include "dg-graph-private.h"
#include "dg-writer-dot-private.h"
#include "hostile.h"
#include "test-util.h"

#define DG DG_NAMESPACE
#define KG "https://example.org/kg/"
#define SEED "https://w3id.org/diplograph/seed/"

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

/* Labels unwrapped, so that they come back exactly as given. */
static char *
write_dot (DgGraph *g, const char *name)
{
  g_autoptr (DgDotWriter) w = test_dot_writer_new (g);

  dg_dot_writer_set_wrap_width (w, 0);
  return test_write_dot_file (w, name);
}

/* Edges a reader sees: not the invisible ones that pack isolated nodes. */
static guint
count_visible_edges (Agraph_t *ag)
{
  guint n = 0;

  for (Agnode_t *v = agfstnode (ag); v; v = agnxtnode (ag, v))
    for (Agedge_t *e = agfstout (ag, v); e; e = agnxtout (ag, e))
      n += g_strcmp0 (agget (e, (char *)"style"), "invis") != 0;
  return n;
}

/* cgraph reads back exactly the escaped labels, and no more nodes than
 * were written: nothing was injected. */
static void
test_cgraph_round_trip (void)
{
  g_autoptr (DgGraph) g = hostile_graph ();
  g_autofree char *path = write_dot (g, "hostile.dot");
  Agraph_t *ag = test_read_dot (path);

  g_assert_cmpint (agnnodes (ag), ==, G_N_ELEMENTS (hostile_labels));
  g_assert_cmpint (count_visible_edges (ag), ==, 0);
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
 * shows every label as it was given, broken into lines only where the
 * writer wraps it (@width). */
static void
check_rendered_labels (guint width)
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
  {
    g_autoptr (DgDotWriter) w = test_dot_writer_new (g);
    dg_dot_writer_set_wrap_width (w, width);
    path = test_write_dot_file (w, "render.dot");
  }
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
      g_autofree char *expected = dg_dot_wrap (hostile_labels[i], width);

      g_test_message ("label %u: %s", i, hostile_labels[i]);
      g_assert_nonnull (shown);
      g_assert_cmpstr (shown, ==, expected);
    }
  g_hash_table_unref (s.labels);
}

static void
test_rendered_labels (void)
{
  check_rendered_labels (0);
}

static void
test_rendered_labels_wrapped (void)
{
  check_rendered_labels (16);
}

static void
test_wrap (void)
{
  static const struct
  {
    const char *text;
    guint width;
    const char *wrapped;
  } cases[] = {
    { "a b c", 3, "a b\nc" },
    { "Việt Nam Korea", 8, "Việt Nam\nKorea" }, /* characters, not bytes */
    { "Comprehensive Strategic Partnership", 10, "Comprehensive\nStrategic\nPartnership" },
    { "one\ntwo three", 5, "one\ntwo\nthree" },
    { "as is", 0, "as is" },
    { "", 5, "" },
    { "two  spaces", 20, "two  spaces" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = dg_dot_wrap (cases[i].text, cases[i].width);
      g_assert_cmpstr (got, ==, cases[i].wrapped);
    }
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
  ag = test_read_dot (path);
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
  g_autoptr (DgDotWriter) w = test_dot_writer_new (g);
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  const char *const id[] = { "id", NULL };
  g_autofree char *text = NULL;
  guint kr;

  g_assert_true (dg_graph_add_node (g, KG "korea", DG "State", &kr, NULL));
  g_assert_true (dg_graph_add_label (g, kr, "Republic of Korea", "en", NULL));
  g_assert_true (dg_graph_add_label (g, kr, "Korea Selatan", "id", NULL));
  g_assert_true (dg_view_set_languages (dg_dot_writer_get_view (w), id, NULL));
  /* A chain with an invalid tag is refused whole. */
  {
    const char *const bad[] = { "en", "not a tag!", NULL };
    g_autoptr (GError) error = NULL;

    g_assert_false (dg_view_set_languages (dg_dot_writer_get_view (w), bad, &error));
    g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
  }
  g_assert_true (dg_dot_writer_write (w, out, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  text = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
  g_assert_nonnull (strstr (text, "label=\"Korea Selatan\""));
  g_assert_nonnull (strstr (text, "tooltip=negara"));
}

/* An empty label is drawn empty, not as the node's name (Graphviz's
 * default label is \N); found by fuzz-writer-dot. */
static void
test_empty_label (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autofree char *path = NULL;
  Agraph_t *ag;
  guint n;

  g_assert_true (dg_graph_add_node (g, KG "x", DG "State", &n, NULL));
  g_assert_true (dg_graph_add_label (g, n, "", "en", NULL));
  path = write_dot (g, "empty.dot");
  ag = test_read_dot (path);
  g_assert_cmpstr (agget (agnode (ag, (char *)KG "x", FALSE), (char *)"label"), ==, "");
  agclose (ag);
}

static void
test_control_refused (void)
{
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autoptr (DgDotWriter) w = test_dot_writer_new (g);
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

static Agedge_t *
edge_between (Agraph_t *ag, const char *a, const char *b)
{
  Agnode_t *na = agnode (ag, (char *)a, FALSE), *nb = agnode (ag, (char *)b, FALSE);

  g_assert_nonnull (na);
  g_assert_nonnull (nb);
  for (Agedge_t *e = agfstout (ag, na); e; e = agnxtout (ag, e))
    if (aghead (e) == nb)
      return e;
  return NULL;
}

static Agraph_t *
cluster_labelled (Agraph_t *ag, const char *label)
{
  for (Agraph_t *sg = agfstsubg (ag); sg; sg = agnxtsubg (sg))
    if (g_strcmp0 (agget (sg, (char *)"label"), label) == 0)
      return sg;
  return NULL;
}

/* The seed graph with clusters, collapsed facts and a legend, read back
 * with cgraph: shapes and colours as the ontology says, partnerships and
 * posts as labelled edges, people boxed with their state. */
static void
test_seed_collapsed_clusters (void)
{
  g_autoptr (DgGraph) g = test_seed_graph ();
  g_autoptr (DgDotWriter) w = test_dot_writer_new (g);
  g_autofree char *path = NULL;
  DgOntology *o = dg_graph_get_ontology (g);
  Agraph_t *ag, *vn, *cn;
  Agedge_t *e;
  guint n_classed = 0;

  dg_view_set_flags (dg_dot_writer_get_view (w),
                     DG_VIEW_COLLAPSE | DG_VIEW_CLUSTERS | DG_VIEW_LEGEND);
  path = test_write_dot_file (w, "seed.dot");
  ag = test_read_dot (path);

  e = edge_between (ag, SEED "vietnam", SEED "korea");
  g_assert_nonnull (e);
  /* Wrapped as edge labels are: 32 characters a line. */
  g_assert_cmpstr (agget (e, (char *)"label"), ==, "Comprehensive Strategic\\nPartnership (2022)");
  /* Coloured by its level, on the ontology's ramp, and tied to its edge. */
  g_assert_cmpstr (agget (e, (char *)"color"), ==,
                   dg_ontology_term (o, DG "ComprehensiveStrategicPartnership")->edge_color);
  g_assert_cmpstr (agget (e, (char *)"decorate"), ==, "true");
  g_assert_cmpstr (agget (e, (char *)"dir"), ==, "none");
  g_assert_cmpstr (agget (e, (char *)"URL"), ==, SEED "vn-kr-csp");
  g_assert_nonnull (strstr (agget (e, (char *)"tooltip"), "[000_2fc4be84900a58b8.txt]"));
  g_assert_null (agnode (ag, (char *)SEED "vn-kr-csp", FALSE));
  e = edge_between (ag, SEED "to-lam", SEED "cpv");
  g_assert_nonnull (e);
  g_assert_cmpstr (agget (e, (char *)"label"), ==, "General Secretary (2024)");
  g_assert_cmpstr (agget (e, (char *)"dir"), ==, "forward");

  vn = cluster_labelled (ag, "Vietnam");
  cn = cluster_labelled (ag, "People's Republic of China");
  g_assert_nonnull (vn);
  g_assert_nonnull (cn);
  g_assert_nonnull (agnode (vn, (char *)SEED "to-lam", FALSE));
  g_assert_nonnull (agnode (vn, (char *)SEED "mofa-vn", FALSE)); /* under the government */
  g_assert_nonnull (agnode (cn, (char *)SEED "xi-jinping", FALSE));
  g_assert_nonnull (agnode (cn, (char *)SEED "pboc", FALSE));
  g_assert_null (agnode (cn, (char *)SEED "to-lam", FALSE));
  g_assert_null (agnode (vn, (char *)SEED "asean", FALSE));

  /* The legend is the graph's label, not nodes of its own. */
  g_assert_true (aghtmlstr (agget (ag, (char *)"label")));

  /* Every data node is shaped and filled as its class says. */
  for (Agnode_t *n = agfstnode (ag); n; n = agnxtnode (ag, n))
    {
      guint id;
      DgTerm *klass;

      if (!dg_graph_lookup_node (g, agnameof (n), &id))
        continue;
      klass = dg_ontology_term (o, dg_graph_get_node_class (g, id));
      g_assert_nonnull (klass);
      g_assert_cmpstr (agget (n, (char *)"shape"), ==, klass->shape ? klass->shape : "box");
      g_assert_cmpstr (agget (n, (char *)"fillcolor"), ==,
                       klass->fill_color ? klass->fill_color : "#ffffff");
      g_assert_cmpstr (agget (n, (char *)"URL"), ==, agnameof (n));
      n_classed++;
    }
  g_assert_cmpuint (n_classed, >, 200);
  agclose (ag);
}

/* Each view of the seed graph keeps what it says, draws with `dot -Tsvg`
 * and renders in-process, both to SVG that parses as XML. */
static void
test_seed_views (void)
{
  static const struct
  {
    const char *name, *source, *focus, *classes, *relations, *from, *to;
    guint depth;
    gboolean extras;
  } views[] = {
    { .name = "s000", .source = "s000" },
    { .name = "s001", .source = "s001", .extras = TRUE },
    { .name = "s002", .source = "s002" },
    { .name = "s003", .source = "s003", .extras = TRUE },
    { .name = "s004", .source = "s004", .extras = TRUE },
    { .name = "ego", .focus = "to-lam", .depth = 1, .extras = TRUE },
    { .name = "states-parties", .classes = "State,Agreement", .relations = "party" },
    { .name = "window", .from = "2023", .to = "2024", .extras = TRUE },
    { .name = "all", .extras = TRUE },
  };
  g_autoptr (DgGraph) g = test_seed_graph ();
  guint32 derived;

  g_assert_true (dg_graph_string_id (g, "http://www.w3.org/ns/prov#wasDerivedFrom", &derived));
  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autoptr (DgDotWriter) w = test_dot_writer_new (g);
      g_autoptr (DgSelection) s = dg_selection_new (g);
      g_autoptr (GError) error = NULL;
      g_autofree char *dot_name = g_strconcat (views[v].name, ".dot", NULL);
      g_autofree char *svg_path = g_build_filename (test_tmpdir (), "view.svg", NULL);
      g_autofree char *path = NULL;
      guint source = 0, n_data = 0;
      Agraph_t *ag;

      g_test_message ("view %s", views[v].name);
      if (views[v].source)
        {
          g_assert_true (dg_selection_set_source (s, views[v].source, NULL));
          g_assert_true (dg_selection_find_node (s, views[v].source, &source, NULL));
        }
      if (views[v].focus)
        g_assert_true (dg_selection_set_focus (s, views[v].focus, views[v].depth, NULL));
      if (views[v].classes)
        {
          g_auto (GStrv) c = g_strsplit (views[v].classes, ",", -1);
          g_assert_true (dg_selection_set_classes (s, (const char *const *)c, NULL));
        }
      if (views[v].relations)
        {
          g_auto (GStrv) r = g_strsplit (views[v].relations, ",", -1);
          g_assert_true (dg_selection_set_relations (s, (const char *const *)r, NULL));
        }
      if (views[v].from || views[v].to)
        g_assert_true (dg_selection_set_time_window (s, views[v].from, views[v].to, NULL));
      dg_view_set_selection (dg_dot_writer_get_view (w), s);
      dg_view_set_flags (dg_dot_writer_get_view (w),
                         views[v].extras ? DG_VIEW_LEGEND | DG_VIEW_CLUSTERS : 0);
      path = test_write_dot_file (w, dot_name);
      ag = test_read_dot (path);
      for (Agnode_t *n = agfstnode (ag); n; n = agnxtnode (ag, n))
        {
          guint id;

          if (!dg_graph_lookup_node (g, agnameof (n), &id))
            continue; /* a legend sample */
          n_data++;
          g_assert_true (dg_selection_contains_node (s, id));
          if (views[v].source)
            {
              guint ne;
              const guint32 *edges = dg_graph_edges_of (g, id, &ne);
              gboolean cited = FALSE;

              for (guint i = 0; i < ne; i++)
                {
                  const DgEdge *e = dg_graph_edge (g, edges[i]);
                  cited |= e->predicate == derived && !e->is_literal && e->object == source;
                }
              g_assert_true (cited);
            }
        }
      /* Everything kept and drawable is drawn. */
      g_assert_cmpuint (n_data, ==, dg_view_count_nodes (dg_dot_writer_get_view (w)));
      g_assert_cmpuint (n_data, >, 0);
      if (views[v].relations)
        for (Agnode_t *n = agfstnode (ag); n; n = agnxtnode (ag, n))
          for (Agedge_t *e = agfstout (ag, n); e; e = agnxtout (ag, e))
            if (g_strcmp0 (agget (e, (char *)"style"), "invis") != 0)
              g_assert_cmpstr (agget (e, (char *)"label"), ==, "party");
      agclose (ag);

      if (test_tool ("dot"))
        {
          const char *argv[] = { test_tool ("dot"), "-Tsvg", "-o", svg_path, path, NULL };
          g_autofree char *err = NULL;

          g_assert_cmpint (test_run (argv, NULL, &err), ==, 0);
          g_assert_cmpstr (err, ==, "");
          if (test_tool ("xmllint"))
            {
              const char *lint[] = { test_tool ("xmllint"), "--noout", svg_path, NULL };
              g_assert_cmpint (test_run (lint, NULL, NULL), ==, 0);
            }
        }
      g_assert_true (dg_dot_writer_render_file (w, "svg", svg_path, &error));
      g_assert_no_error (error);
      if (test_tool ("xmllint"))
        {
          const char *lint[] = { test_tool ("xmllint"), "--noout", svg_path, NULL };
          g_assert_cmpint (test_run (lint, NULL, NULL), ==, 0);
        }
    }
}

/* Rendering: the three formats, each with its signature; an unknown
 * format or engine is refused and leaves an existing file alone. */
static void
test_render_formats (void)
{
  g_autoptr (DgGraph) g = test_seed_graph ();
  g_autoptr (DgDotWriter) w = test_dot_writer_new (g);
  g_autoptr (DgSelection) s = dg_selection_new (g);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (test_tmpdir (), "render.out", NULL);
  static const struct
  {
    const char *format, *magic;
  } formats[] = { { "svg", "<?xml" }, { "png", "\x89PNG" }, { "pdf", "%PDF" } };

  g_assert_true (dg_selection_set_source (s, "s002", NULL));
  dg_view_set_selection (dg_dot_writer_get_view (w), s);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *data = NULL;
      gsize length;

      g_assert_true (dg_dot_writer_render_file (w, formats[i].format, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      g_assert_cmpuint (length, >, 1000);
      g_assert_true (g_str_has_prefix (data, formats[i].magic));
    }
  g_assert_true (g_file_set_contents (path, "KEEP", -1, NULL));
  g_assert_false (dg_dot_writer_render_file (w, "gif", path, &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (dg_dot_writer_set_layout (w, "dott", &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  {
    g_autofree char *content = NULL;
    g_assert_true (g_file_get_contents (path, &content, NULL, NULL));
    g_assert_cmpstr (content, ==, "KEEP");
  }
  /* Every engine lays the view out. */
  {
    static const char *const engines[]
        = { "dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage" };
    for (guint i = 0; i < G_N_ELEMENTS (engines); i++)
      {
        g_assert_true (dg_dot_writer_set_layout (w, engines[i], NULL));
        g_assert_true (dg_dot_writer_render_file (w, "svg", path, &error));
        g_assert_no_error (error);
      }
  }
}

/* The same input and options give byte-identical DOT. */
static void
test_seed_deterministic (void)
{
  g_autofree char *first = NULL;

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr (DgGraph) g = test_seed_graph ();
      g_autoptr (DgDotWriter) w = test_dot_writer_new (g);
      g_autofree char *path = NULL, *text = NULL;

      dg_view_set_flags (dg_dot_writer_get_view (w),
                         DG_VIEW_COLLAPSE | DG_VIEW_CLUSTERS | DG_VIEW_LEGEND);
      path = test_write_dot_file (w, round ? "b.dot" : "a.dot");
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      if (round == 0)
        first = g_steal_pointer (&text);
      else
        g_assert_cmpstr (text, ==, first);
    }
}

/* Nodes with no edge are packed into rows of invisible edges, about as
 * long as there are rows, rather than one column. */
static void
test_isolated_packed (void)
{
  g_autoptr (DgGraph) g = hostile_graph ();
  g_autofree char *path = write_dot (g, "isolated.dot");
  Agraph_t *ag = test_read_dot (path);
  guint n = agnnodes (ag), invisible = 0, starts = 0;

  for (Agnode_t *v = agfstnode (ag); v; v = agnxtnode (ag, v))
    {
      for (Agedge_t *e = agfstout (ag, v); e; e = agnxtout (ag, e))
        {
          g_assert_cmpstr (agget (e, (char *)"style"), ==, "invis");
          invisible++;
        }
      starts += agfstin (ag, v) == NULL;
    }
  g_assert_cmpuint (n, >=, 9);
  /* Rows: the nodes no invisible edge enters; about the square root. */
  g_assert_cmpuint (invisible, ==, n - starts);
  g_assert_cmpuint (starts * starts, >=, n / 2);
  g_assert_cmpuint (starts * starts, <=, 2 * n);
  agclose (ag);
}

/* Labels in the language chain: a level and a role in Vietnamese from
 * the ontology, whatever language the data labels them in. */
static void
test_levels_in_language (void)
{
  g_autoptr (DgGraph) g = test_seed_graph ();
  g_autoptr (DgDotWriter) w = test_dot_writer_new (g);
  const char *const vi[] = { "vi", NULL };
  g_autofree char *path = NULL;
  Agraph_t *ag;
  Agedge_t *e;

  g_assert_true (dg_view_set_languages (dg_dot_writer_get_view (w), vi, NULL));
  dg_dot_writer_set_wrap_width (w, 0);
  dg_view_set_flags (dg_dot_writer_get_view (w), DG_VIEW_COLLAPSE | DG_VIEW_LEGEND);
  path = test_write_dot_file (w, "vi.dot");
  ag = test_read_dot (path);
  e = edge_between (ag, SEED "vietnam", SEED "korea");
  g_assert_nonnull (e);
  g_assert_cmpstr (agget (e, (char *)"label"), ==, "Đối tác Chiến lược Toàn diện (2022)");
  e = edge_between (ag, SEED "to-lam", SEED "cpv");
  g_assert_nonnull (e);
  g_assert_cmpstr (agget (e, (char *)"label"), ==, "Tổng Bí thư (2024)");
  g_assert_nonnull (strstr (agget (ag, (char *)"label"), "Đối tác Chiến lược Toàn diện"));
  agclose (ag);
}

/* The font is one fontconfig has: a family that is not installed is
 * refused, and the default names the installed sans-serif. */
static void
test_font (void)
{
  g_autoptr (DgGraph) g = hostile_graph ();
  g_autoptr (DgDotWriter) w = test_dot_writer_new (g);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  Agraph_t *ag;
  g_autofree char *font = NULL;

  g_assert_false (dg_dot_writer_set_font (w, "No Such Font Family 7q", &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "not installed"));
  path = test_write_dot_file (w, "font.dot");
  ag = test_read_dot (path);
  font = g_strdup (agget (ag, (char *)"fontname"));
  g_assert_cmpstr (font, !=, "Helvetica");
  g_assert_cmpstr (agget (agfstnode (ag), (char *)"fontname"), ==, font);
  agclose (ag);
  /* The installed family, asked for by name in another case, is taken. */
  {
    g_autofree char *upper = g_ascii_strup (font, -1);
    g_autofree char *path2 = NULL;

    g_assert_true (dg_dot_writer_set_font (w, upper, NULL));
    path2 = test_write_dot_file (w, "font2.dot");
    ag = test_read_dot (path2);
    g_assert_cmpstr (agget (ag, (char *)"fontname"), ==, font);
    agclose (ag);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/writer-dot/cgraph-round-trip", test_cgraph_round_trip);
  g_test_add_func ("/writer-dot/rendered-labels", test_rendered_labels);
  g_test_add_func ("/writer-dot/rendered-labels-wrapped", test_rendered_labels_wrapped);
  g_test_add_func ("/writer-dot/wrap", test_wrap);
  g_test_add_func ("/writer-dot/styles-and-hidden", test_styles_and_hidden);
  g_test_add_func ("/writer-dot/languages", test_languages);
  g_test_add_func ("/writer-dot/empty-label", test_empty_label);
  g_test_add_func ("/writer-dot/control-refused", test_control_refused);
  g_test_add_func ("/writer-dot/deterministic", test_deterministic);
  g_test_add_func ("/writer-dot/seed-collapsed-clusters", test_seed_collapsed_clusters);
  g_test_add_func ("/writer-dot/seed-views", test_seed_views);
  g_test_add_func ("/writer-dot/isolated-packed", test_isolated_packed);
  g_test_add_func ("/writer-dot/levels-in-language", test_levels_in_language);
  g_test_add_func ("/writer-dot/font", test_font);
  g_test_add_func ("/writer-dot/render-formats", test_render_formats);
  g_test_add_func ("/writer-dot/seed-deterministic", test_seed_deterministic);
  return g_test_run ();
}
