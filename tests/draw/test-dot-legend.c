/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A diagram's legend (lib/draw/dg-dot-legend.c): what each view of the
 * seed graph draws and nothing else, classes drawn alike as one entry,
 * relations drawn alike as one (naming a few, "…" for the rest, which
 * their edges name), and at most 18 entries for an article's overview
 * (36 before families and looks were grouped). */
#include "config.h"

#include <graphviz/cgraph.h>
#include <string.h>

#include "dg-graph-private.h"
#include "dg-writer-dot-private.h"
#include "test-util.h"

#define DG "https://w3id.org/diplograph#"

/* The line entries of a legend table: each one's label, and its look
 * ("COLOUR LINE", the line's first character), in pairs. */
static GPtrArray *
legend_entries (const char *html)
{
  /* The entries drawn as lines (the classes' are legend_class_entries()). */
  g_autoptr (GRegex) re = g_regex_new ("<TD><FONT COLOR=\"([^\"]*)\">([^<]*)</FONT></TD>"
                                       "<TD ALIGN=\"LEFT\">([^<]*)</TD>",
                                       0, 0, NULL);
  g_autoptr (GMatchInfo) m = NULL;
  GPtrArray *pairs = g_ptr_array_new_with_free_func (g_free);

  g_regex_match (re, html, 0, &m);
  for (; g_match_info_matches (m); g_match_info_next (m, NULL))
    {
      g_autofree char *colour = g_match_info_fetch (m, 1), *line = g_match_info_fetch (m, 2);

      g_ptr_array_add (pairs, g_match_info_fetch (m, 3));
      g_ptr_array_add (pairs, g_strdup_printf ("%s %.3s", colour, line));
    }
  return pairs;
}

/* The look a legend gives an edge of @style in @colour. */
static char *
edge_look (const char *colour, const char *style, gboolean thick)
{
  const char *line = style && strstr (style, "dashed")   ? "\u254c"
                     : style && strstr (style, "dotted") ? "\u2508"
                     : thick                             ? "\u2501"
                                                         : "\u2500";
  return g_strdup_printf ("%s %s", colour && *colour ? colour : "#555555", line);
}

/* Whether a legend entry (@label, @look) covers the relation @name drawn
 * in @want_look: it names it, or it is of its look and names some only. */
static gboolean
covers (const char *label, const char *look, const char *name, const char *want_look)
{
  g_auto (GStrv) names = g_strsplit (label, ", ", -1);

  for (guint i = 0; names[i]; i++)
    if (g_str_equal (names[i], name))
      return TRUE;
  return g_str_has_suffix (label, "\u2026") && g_str_equal (look, want_look);
}

/* The class entries of a legend: their fill colours and labels, in
 * pairs. */
static GPtrArray *
legend_class_entries (const char *html)
{
  g_autoptr (GRegex) re = g_regex_new (
      "<TD BGCOLOR=\"([^\"]*)\"[^>]*>[^<]*</TD><TD ALIGN=\"LEFT\">([^<]*)</TD>", 0, 0, NULL);
  g_autoptr (GMatchInfo) m = NULL;
  GPtrArray *pairs = g_ptr_array_new_with_free_func (g_free);

  g_regex_match (re, html, 0, &m);
  for (; g_match_info_matches (m); g_match_info_next (m, NULL))
    {
      g_ptr_array_add (pairs, g_match_info_fetch (m, 1));
      g_ptr_array_add (pairs, g_match_info_fetch (m, 2));
    }
  return pairs;
}

/* How many entries a legend has for its classes: a family's or a look's
 * swatch beside its name, not the swatches inside a family's entry. */
static guint
n_class_entries (const char *html)
{
  g_autoptr (GRegex) re = g_regex_new ("CELLPADDING=\"1\">", 0, 0, NULL);
  g_autoptr (GMatchInfo) m = NULL;
  guint n = 0;

  g_regex_match (re, html, 0, &m);
  for (; g_match_info_matches (m); g_match_info_next (m, NULL))
    n++;
  return n;
}

/* Whether @label names @klass or a class it descends from. */
static gboolean
names_class_or_family (DgOntology *o, const DgTerm *klass, const char *label)
{
  g_auto (GStrv) names = g_strsplit (label, ", ", -1);
  g_auto (GStrv) classes = dg_ontology_list_terms (o, DG_TERM_CLASS);

  for (guint i = 0; names[i]; i++)
    for (guint k = 0; classes[k]; k++)
      if (g_str_equal (dg_ontology_get_label (o, classes[k], NULL), names[i])
          && dg_ontology_is_subclass_of (o, klass->iri, classes[k]))
        return TRUE;
  return FALSE;
}

/* The legend's classes: each look (shape and fill) of a drawn node once,
 * named by a class drawn so or a family of one; nothing not drawn. */
static void
check_legend_classes (DgGraph *g, Agraph_t *ag, const char *html, guint v)
{
  DgOntology *o = dg_graph_get_ontology (g);
  g_autoptr (GPtrArray) got = legend_class_entries (html);
  g_autoptr (GHashTable) looks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (Agnode_t *n = agfstnode (ag); n; n = agnxtnode (ag, n))
    {
      guint id;
      const DgTerm *klass;
      const char *color = agget (n, (char *)"fillcolor");
      gboolean named = FALSE;

      if (!dg_graph_lookup_node (g, agnameof (n), &id) || !(klass = dg_graph_node_term (g, id)))
        continue;
      g_hash_table_add (looks, g_strconcat (color, " ", agget (n, (char *)"shape"), NULL));
      for (guint i = 0; i + 1 < got->len && !named; i += 2)
        named = g_str_equal (g_ptr_array_index (got, i), color)
                && names_class_or_family (o, klass, g_ptr_array_index (got, i + 1));
      if (!named)
        g_error ("view %u: \"%s\" (%s) drawn but not in the legend", v, dg_term_label (klass, NULL),
                 color);
    }
  if (g_hash_table_size (looks) != got->len / 2)
    g_error ("view %u: %u looks in the legend, %u drawn", v, got->len / 2,
             g_hash_table_size (looks));
}

/* What a legend should hold for a drawn DOT besides its classes, worked
 * out from the graph: each link's relation, and each collapsed fact's
 * level (or class, when it has none). */
static GHashTable *
expected_entries (DgGraph *g, Agraph_t *ag)
{
  DgOntology *o = dg_graph_get_ontology (g);
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint32 level;

  g_assert_true (dg_graph_string_id (g, DG "level", &level));
  for (Agnode_t *n = agfstnode (ag); n; n = agnxtnode (ag, n))
    {
      guint id;

      if (!dg_graph_lookup_node (g, agnameof (n), &id))
        continue;
      for (Agedge_t *e = agfstout (ag, n); e; e = agnxtout (ag, e))
        {
          const char *url = agget (e, (char *)"URL");
          guint fact, ne;
          const guint32 *edges;
          const char *label = NULL;

          if (g_strcmp0 (agget (e, (char *)"style"), "invis") == 0)
            continue;
          if (!url || !*url || !dg_graph_lookup_node (g, url, &fact))
            {
              g_hash_table_insert (
                  set, g_strdup (agget (e, (char *)"label")),
                  edge_look (agget (e, (char *)"color"), agget (e, (char *)"style"), FALSE));
              continue;
            }
          edges = dg_graph_edges_of (g, fact, &ne);
          for (guint i = 0; i < ne; i++)
            {
              const DgEdge *de = dg_graph_edge (g, edges[i]);
              if (de->predicate == level)
                label = dg_term_label (dg_ontology_term (o, dg_graph_get_node_iri (g, de->object)),
                                       NULL);
            }
          g_hash_table_insert (
              set, g_strdup (label ? label : dg_term_label (dg_graph_node_term (g, fact), NULL)),
              edge_look (agget (e, (char *)"color"), agget (e, (char *)"style"), TRUE));
        }
    }
  return set;
}

/* The legend lists exactly what each view draws: nothing missing, nothing
 * that is not in the drawing, each entry once, as one table in the bottom
 * right corner. */
static void
test_legend_exact (void)
{
  static const char *const sources[] = { "s000", "s001", "s002", "s003", "s004", NULL, "vietnam" };
  g_autoptr (DgGraph) g = test_seed_graph ();

  for (guint v = 0; v < G_N_ELEMENTS (sources); v++)
    {
      g_autoptr (DgDotWriter) w = test_dot_writer_new (g);
      g_autoptr (DgSelection) s = dg_selection_new (g);
      g_autoptr (GPtrArray) got = NULL;
      g_autoptr (GHashTable) want = NULL;
      g_autofree char *path = NULL;
      GHashTableIter it;
      gpointer key, look;
      guint n_entries;
      const char *html;
      Agraph_t *ag;

      dg_dot_writer_set_wrap_width (w, 0);
      if (v + 1 == G_N_ELEMENTS (sources))
        {
          dg_selection_set_collapse (s, TRUE);
          g_assert_true (dg_selection_set_focus (s, sources[v], 1, NULL));
        }
      else if (sources[v])
        g_assert_true (dg_selection_set_source (s, sources[v], NULL));
      dg_view_set_selection (dg_dot_writer_get_view (w), s);
      dg_view_set_flags (dg_dot_writer_get_view (w),
                         DG_VIEW_COLLAPSE | DG_VIEW_CLUSTERS | DG_VIEW_LEGEND);
      path = test_write_dot_file (w, "legend.dot");
      ag = test_read_dot (path);
      html = agget (ag, (char *)"label");
      g_assert_true (aghtmlstr ((char *)html));
      g_assert_cmpstr (agget (ag, (char *)"labelloc"), ==, "b");
      g_assert_cmpstr (agget (ag, (char *)"labeljust"), ==, "r");
      check_legend_classes (g, ag, html, v);
      got = legend_entries (html);
      want = expected_entries (g, ag);

      g_test_message ("view %u: %u line entries", v, got->len / 2);
      g_hash_table_iter_init (&it, want);
      while (g_hash_table_iter_next (&it, &key, &look))
        {
          gboolean found = FALSE;

          for (guint i = 0; i + 1 < got->len && !found; i += 2)
            found = covers (g_ptr_array_index (got, i), g_ptr_array_index (got, i + 1), key, look);
          if (!found)
            g_error ("view %u: \"%s\" (%s) drawn but not in the legend", v, (char *)key,
                     (char *)look);
        }
      for (guint i = 0; i < got->len; i += 2)
        {
          g_auto (GStrv) names = g_strsplit (g_ptr_array_index (got, i), ", ", -1);

          for (guint k = 0; names[k]; k++)
            if (!g_str_equal (names[k], "\u2026") && !g_hash_table_contains (want, names[k]))
              g_error ("view %u: \"%s\" in the legend but not drawn", v, names[k]);
          /* An entry of a look names what is drawn in it. */
          for (guint k = 0; names[k]; k++)
            if (g_hash_table_contains (want, names[k]))
              g_assert_cmpstr (g_hash_table_lookup (want, names[k]), ==,
                               g_ptr_array_index (got, i + 1));
        }
      n_entries = got->len / 2 + n_class_entries (html);
      g_test_message ("view %u: %u legend entries", v, n_entries);
      if (sources[v] && g_str_has_prefix (sources[v], "s"))
        g_assert_cmpuint (n_entries, <=, 18);
      agclose (ag);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dot-legend/exact", test_legend_exact);
  return g_test_run ();
}
