/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-ontology-private.h"
#include "dg-writer-dot-private.h"

/*
 * A diagram's legend as one Graphviz HTML-like table: what is drawn and
 * nothing else, in three groups (classes of nodes, one entry a family
 * with a swatch for each look in it; relations drawn as links, one entry
 * a look; facts drawn as edges, with the values that colour them), two or
 * three entries a row: about a dozen entries, not one per class.  A table is laid out as one label
 * by every engine, so the legend stays together where the graph's label goes (a corner); sample
 * nodes and edges were scattered by circo and took a row each.
 *
 * Every word in it is an ontology label; they are escaped, so an extension
 * cannot inject markup.  A table cannot hold a node shape, so a class's
 * sample is a glyph of its shape on its fill colour.
 */

/* Glyphs for Graphviz's node shapes, all in DejaVu Sans (Debian's default
 * font), so none is drawn as a missing-glyph box. */
static const struct
{
  const char *shape, *glyph;
} shape_glyphs[] = {
  { "box", "\u25ad" },         { "rect", "\u25ad" },         { "rectangle", "\u25ad" },
  { "square", "\u25a1" },      { "ellipse", "\u25ef" },      { "oval", "\u25ef" },
  { "circle", "\u25cb" },      { "doublecircle", "\u25ce" }, { "house", "\u2302" },
  { "hexagon", "\u2b21" },     { "pentagon", "\u2b20" },     { "box3d", "\u274f" },
  { "note", "\u25a4" },        { "component", "\u25eb" },    { "parallelogram", "\u25b1" },
  { "diamond", "\u25c7" },     { "Mdiamond", "\u25c7" },     { "triangle", "\u25b3" },
  { "invtriangle", "\u25bd" }, { "folder", "\u25ad" },       { "tab", "\u25ad" },
};

static const char *
glyph_of (const char *shape)
{
  for (guint i = 0; shape && i < G_N_ELEMENTS (shape_glyphs); i++)
    if (g_str_equal (shape, shape_glyphs[i].shape))
      return shape_glyphs[i].glyph;
  return "\u25ad"; /* Graphviz's default shape is a box */
}

/* A line drawn in @style: what an edge of it looks like, in text. */
static const char *
line_of (const char *style, gboolean thick)
{
  if (style && strstr (style, "dashed"))
    return "\u254c\u254c\u254c\u254c";
  if (style && strstr (style, "dotted"))
    return "\u2508\u2508\u2508\u2508";
  return thick ? "\u2501\u2501\u2501\u2501" : "\u2500\u2500\u2500\u2500";
}

typedef struct
{
  GString *html;
  guint columns;
  const char *const *langs;
} Legend;

static void
append_label (Legend *l, const DgTerm *t)
{
  g_autofree char *text = g_markup_escape_text (dg_term_label (t, l->langs), -1);

  g_string_append_printf (l->html, "<TD ALIGN=\"LEFT\">%s</TD>", text);
}

static gboolean
same_style (const DgTerm *a, const DgTerm *b)
{
  return g_strcmp0 (a->shape, b->shape) == 0 && g_strcmp0 (a->fill_color, b->fill_color) == 0
         && g_strcmp0 (a->edge_style, b->edge_style) == 0
         && g_strcmp0 (a->edge_color, b->edge_color) == 0;
}

/* The class a term's look comes from: its furthest ancestor (by first
 * parents) drawn alike, as a ministry's is the government body's. */
static const DgTerm *
look_family (const DgTerm *t)
{
  const DgTerm *f = t;

  while (f->parents->len && same_style (g_ptr_array_index (f->parents, 0), t))
    f = g_ptr_array_index (f->parents, 0);
  return f;
}

/* The name of terms drawn alike: the one's label, or those of the classes
 * their look comes from (a ministry and an agency: "government body"),
 * three at most. */
static char *
look_label (Legend *l, GPtrArray *look)
{
  g_autoptr (GPtrArray) families = g_ptr_array_new ();
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < look->len; i++)
    {
      const DgTerm *f = look->len == 1 ? g_ptr_array_index (look, 0)
                                       : look_family (g_ptr_array_index (look, i));
      if (!g_ptr_array_find (families, f, NULL))
        g_ptr_array_add (families, (gpointer)f);
    }
  for (guint i = 0; i < families->len && i < 3; i++)
    g_string_append_printf (text, "%s%s", i ? ", " : "",
                            dg_term_label (g_ptr_array_index (families, i), l->langs));
  if (families->len > 3)
    g_string_append (text, ", \u2026");
  return g_markup_escape_text (text->str, -1);
}

/* Groups @terms into legend entries: classes by their family, and those
 * of no family, and relations, by their look. */
static GPtrArray *
group_by_family (GPtrArray *terms, gboolean families)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);

  for (guint i = 0; i < terms->len; i++)
    {
      const DgTerm *t = g_ptr_array_index (terms, i);
      const DgTerm *key = families ? dg_term_legend_family (t) : NULL;
      GPtrArray *found = NULL;

      for (guint k = 0; k < groups->len && !found; k++)
        {
          GPtrArray *group = g_ptr_array_index (groups, k);
          const DgTerm *first = g_ptr_array_index (group, 0);
          const DgTerm *other = families ? dg_term_legend_family (first) : NULL;

          if (key ? key == other : !other && same_style (first, t))
            found = group;
        }
      if (!found)
        g_ptr_array_add (groups, found = g_ptr_array_new ());
      g_ptr_array_add (found, (gpointer)t);
    }
  return groups;
}

/* Whether every term of @group is drawn alike. */
static gboolean
alike (GPtrArray *group)
{
  for (guint i = 1; i < group->len; i++)
    if (!same_style (g_ptr_array_index (group, 0), g_ptr_array_index (group, i)))
      return FALSE;
  return TRUE;
}

/* The labels of @terms joined, @most at most and then "…", escaped. */
static char *
joined_labels (Legend *l, GPtrArray *terms, guint most)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < terms->len && i < most; i++)
    g_string_append_printf (text, "%s%s", i ? ", " : "",
                            dg_term_label (g_ptr_array_index (terms, i), l->langs));
  if (terms->len > most)
    g_string_append (text, ", \u2026");
  return g_markup_escape_text (text->str, -1);
}

static const char *
fill_of (const DgTerm *t)
{
  return t->fill_color ? t->fill_color : "#ffffff";
}

/* A family's entry: its glyph and its name; when the classes of it drawn
 * have several looks, each look's swatch with the classes drawn so, three
 * a line, in a table inside the cell — one entry however many classes. */
static void
class_cell (Legend *l, GPtrArray *group)
{
  const DgTerm *first = g_ptr_array_index (group, 0);
  const DgTerm *family = dg_term_legend_family (first);
  const DgTerm *head = family ? family : first;
  g_autoptr (GPtrArray) looks = NULL;
  g_autofree char *name = NULL;

  g_string_append_printf (l->html,
                          "<TD BGCOLOR=\"%s\" BORDER=\"1\" COLOR=\"#666666\" CELLPADDING=\"1\">"
                          "%s</TD>",
                          fill_of (alike (group) ? first : head),
                          glyph_of (alike (group) ? first->shape : head->shape));
  if (alike (group))
    {
      /* One look: the class's own name, or the family's for several. */
      name = group->len == 1 || !family
                 ? look_label (l, group)
                 : g_markup_escape_text (dg_term_label (family, l->langs), -1);
      g_string_append_printf (l->html, "<TD ALIGN=\"LEFT\">%s</TD>", name);
      return;
    }
  name = g_markup_escape_text (dg_term_label (head, l->langs), -1);
  g_string_append_printf (l->html,
                          "<TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"2\" "
                          "CELLPADDING=\"0\"><TR><TD ALIGN=\"LEFT\" COLSPAN=\"6\">%s</TD></TR>",
                          name);
  looks = group_by_family (group, FALSE);
  for (guint i = 0; i < looks->len; i++)
    {
      GPtrArray *look = g_ptr_array_index (looks, i);
      g_autofree char *names = look_label (l, look);

      if (i % 3 == 0)
        g_string_append (l->html, "<TR>");
      g_string_append_printf (l->html,
                              "<TD BGCOLOR=\"%s\" BORDER=\"1\" COLOR=\"#666666\" WIDTH=\"12\" "
                              "HEIGHT=\"12\" FIXEDSIZE=\"TRUE\"></TD><TD ALIGN=\"LEFT\">%s</TD>",
                              fill_of (g_ptr_array_index (look, 0)), names);
      if (i % 3 == 2 || i == looks->len - 1)
        g_string_append (l->html, "</TR>");
    }
  g_string_append (l->html, "</TABLE></TD>");
}

/* A relation or collapsed fact: its line, in its colour, with an arrowhead
 * when its edges are drawn directed. */
static void
line_cell (Legend *l, const DgTerm *t, const char *color, gboolean thick, gboolean arrow)
{
  g_string_append_printf (l->html, "<TD><FONT COLOR=\"%s\">%s%s</FONT></TD>",
                          color ? color : "#555555", line_of (t->edge_style, thick),
                          arrow ? "\u25b6" : "");
  append_label (l, t);
}

/* Relations drawn alike, one entry: each edge is labelled with its own,
 * so the entry names a few and says the look. */
static void
links_cell (Legend *l, GPtrArray *group)
{
  const DgTerm *t = g_ptr_array_index (group, 0);
  g_autofree char *names = joined_labels (l, group, 3);

  g_string_append_printf (l->html, "<TD><FONT COLOR=\"%s\">%s\u25b6</FONT></TD>",
                          t->edge_color ? t->edge_color : "#555555",
                          line_of (t->edge_style, FALSE));
  g_string_append_printf (l->html, "<TD ALIGN=\"LEFT\">%s</TD>", names);
}

static void
start_group (Legend *l, gboolean first)
{
  if (!first)
    g_string_append (l->html, "<HR/>");
}

/* Opens or closes a row around entry @i of @n. */
static void
row_open (Legend *l, guint i)
{
  if (i % l->columns == 0)
    g_string_append (l->html, "<TR>");
}

static void
row_close (Legend *l, guint i, guint n)
{
  if (i % l->columns == l->columns - 1 || i == n - 1)
    {
      /* A short last row is padded, so that every row spans the table. */
      for (guint k = i % l->columns + 1; k < l->columns; k++)
        g_string_append (l->html, "<TD></TD><TD></TD>");
      g_string_append (l->html, "</TR>");
    }
}

/* How @t's edges are drawn in @d: whether any is directed, whether it is
 * a collapsed fact, and whether any is drawn in @t's own colour rather
 * than a value's (a partnership with no level). */
static void
drawn_as (const DgDiagram *d, const DgTerm *t, gboolean *directed, gboolean *collapsed,
          gboolean *plain)
{
  *directed = *collapsed = *plain = FALSE;
  for (guint i = 0; i < d->edges->len; i++)
    {
      const DgDiagramEdge *e = &g_array_index (d->edges, DgDiagramEdge, i);

      if (e->style != t)
        continue;
      *collapsed |= e->collapsed;
      *directed |= !e->undirected;
      *plain |= e->value == NULL;
    }
}

char *
dg_dot_legend_html (const DgDiagram *d, const char *const *languages)
{
  Legend l = { NULL, 1, languages };
  guint n_links = 0, n_facts = 0, most;
  g_autoptr (GPtrArray) links = g_ptr_array_new ();
  g_autoptr (GPtrArray) facts = g_ptr_array_new ();
  g_autoptr (GArray) fact_arrows = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr (GPtrArray) classes = NULL, link_groups = NULL;
  gboolean first = TRUE;

  for (guint i = 0; i < d->relations->len; i++)
    {
      const DgTerm *t = g_ptr_array_index (d->relations, i);
      gboolean directed, collapsed, plain;

      drawn_as (d, t, &directed, &collapsed, &plain);
      if (collapsed && !plain)
        continue; /* its values' entries say it all */
      if (collapsed)
        {
          g_ptr_array_add (facts, (gpointer)t);
          g_array_append_val (fact_arrows, directed);
        }
      else
        g_ptr_array_add (links, (gpointer)t);
    }
  classes = group_by_family (d->classes, TRUE);
  link_groups = group_by_family (links, FALSE);
  n_links = link_groups->len;
  n_facts = facts->len + d->values->len;
  if (classes->len + n_links + n_facts == 0)
    return NULL;
  most = classes->len + n_links + n_facts;
  l.columns = most <= 6 ? 1 : most <= 16 ? 2 : 3;
  l.html = g_string_new (NULL);
  g_string_append_printf (l.html, "<TABLE BORDER=\"1\" COLOR=\"#999999\" CELLBORDER=\"0\" "
                                  "CELLSPACING=\"2\" CELLPADDING=\"2\" BGCOLOR=\"#ffffff\">");
  if (classes->len)
    {
      start_group (&l, first);
      first = FALSE;
      for (guint i = 0; i < classes->len; i++)
        {
          row_open (&l, i);
          class_cell (&l, g_ptr_array_index (classes, i));
          row_close (&l, i, classes->len);
        }
    }
  if (n_links)
    {
      start_group (&l, first);
      first = FALSE;
      for (guint i = 0; i < n_links; i++)
        {
          row_open (&l, i);
          links_cell (&l, g_ptr_array_index (link_groups, i));
          row_close (&l, i, n_links);
        }
    }
  if (n_facts)
    {
      start_group (&l, first);
      for (guint i = 0; i < n_facts; i++)
        {
          row_open (&l, i);
          if (i < facts->len)
            {
              const DgTerm *t = g_ptr_array_index (facts, i);
              line_cell (&l, t, t->edge_color, TRUE, g_array_index (fact_arrows, gboolean, i));
            }
          else
            {
              const DgTerm *v = g_ptr_array_index (d->values, i - facts->len);
              line_cell (&l, v, v->edge_color, TRUE, FALSE);
            }
          row_close (&l, i, n_facts);
        }
    }
  g_string_append (l.html, "</TABLE>");
  return g_string_free (l.html, FALSE);
}
