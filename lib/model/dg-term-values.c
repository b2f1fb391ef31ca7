/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-error.h"
#include "dg-term-values-private.h"
#include "dg-xsd-private.h"

/*
 * The values an ontology's diagram and role annotations may take: shapes,
 * colours and line styles Graphviz draws (and no record shapes, which parse
 * their label), the boolean diagram flags, and the fact time and provenance
 * roles by name.
 */

static gboolean
valid_shape (const char *shape)
{
  static const char *const shapes[] = {
    "box",          "rect",      "rectangle",     "square",        "ellipse",       "oval",
    "circle",       "point",     "egg",           "triangle",      "plaintext",     "plain",
    "diamond",      "trapezium", "parallelogram", "house",         "pentagon",      "hexagon",
    "septagon",     "octagon",   "doublecircle",  "doubleoctagon", "tripleoctagon", "invtriangle",
    "invtrapezium", "invhouse",  "note",          "tab",           "folder",        "box3d",
    "component",    "cylinder",  "star",          "underline",     "none",          NULL
  };
  /* record and Mrecord are absent on purpose: they parse their label. */
  return g_strv_contains (shapes, shape);
}

static gboolean
valid_color (const char *c)
{
  gsize n = strlen (c);

  if (c[0] == '#')
    {
      if (n != 7 && n != 9)
        return FALSE;
      for (gsize i = 1; i < n; i++)
        if (!g_ascii_isxdigit (c[i]))
          return FALSE;
      return TRUE;
    }
  if (n == 0 || n > 32)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalnum (c[i]))
      return FALSE;
  return TRUE;
}

static gboolean
valid_edge_style (const char *s)
{
  static const char *const styles[] = { "solid", "dashed", "dotted", "bold", "invis", NULL };
  return g_strv_contains (styles, s);
}

gboolean
dg_term_set_style (const char *iri, const char *what, const char *value, const char **slot,
                   GError **error)
{
  gboolean (*check) (const char *) = g_str_equal (what, "dg:nodeShape")   ? valid_shape
                                     : g_str_equal (what, "dg:edgeStyle") ? valid_edge_style
                                                                          : valid_color;

  if (!check (value))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "ontology: <%s> has %s \"%s\", which is not one diplograph draws", iri, what,
                   value);
      return FALSE;
    }
  *slot = value;
  return TRUE;
}

DgTermFlags
dg_term_flag_of (const char *property)
{
  static const struct
  {
    const char *iri;
    DgTermFlags flag;
  } flags[] = {
    { DG_NS "collapsible", DG_TERM_COLLAPSIBLE },
    { DG_NS "collapseEnd", DG_TERM_COLLAPSE_END },
    { DG_NS "clusterVia", DG_TERM_CLUSTER_VIA },
    { DG_NS "clusterRoot", DG_TERM_CLUSTER_ROOT },
    { DG_NS "pointInTime", DG_TERM_POINT_IN_TIME },
    { DG_NS "identifying", DG_TERM_IDENTIFYING },
    { DG_NS "legendFamily", DG_TERM_LEGEND_FAMILY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    if (g_str_equal (property, flags[i].iri))
      return flags[i].flag;
  return 0;
}

/* The values of the annotations that give a term a role, by name. */
typedef struct
{
  const char *name;
  int role;
} Role;

static const Role fact_time_roles[] = {
  { "start", DG_FACT_TIME_START }, { "upgrade", DG_FACT_TIME_UPGRADE },
  { "end", DG_FACT_TIME_END },     { "date", DG_FACT_TIME_DATE },
  { "succeeds", DG_FACT_TIME_SUCCEEDS },
};

static const Role provenance_roles[] = {
  { "source", DG_PROVENANCE_SOURCE },
  { "citation", DG_PROVENANCE_CITATION },
  { "citedSource", DG_PROVENANCE_CITED_SOURCE },
  { "quote", DG_PROVENANCE_QUOTE },
  { "fileName", DG_PROVENANCE_FILE_NAME },
  { "language", DG_PROVENANCE_LANGUAGE },
};

static gboolean
set_role (const char *iri, const char *annotation, const char *value, const Role *roles,
          guint n_roles, int *role, GError **error)
{
  g_autoptr (GString) names = g_string_new (NULL);

  for (guint i = 0; i < n_roles; i++)
    {
      if (g_str_equal (value, roles[i].name))
        {
          *role = roles[i].role;
          return TRUE;
        }
      g_string_append_printf (names, "%s%s", i ? ", " : "", roles[i].name);
    }
  g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "<%s>: %s \"%s\" is not one of %s", iri,
               annotation, value, names->str);
  return FALSE;
}

gboolean
dg_term_set_fact_time (const char *iri, const char *value, DgFactTimeRole *role, GError **error)
{
  int r;

  if (!set_role (iri, "dg:factTime", value, fact_time_roles, G_N_ELEMENTS (fact_time_roles), &r,
                 error))
    return FALSE;
  *role = (DgFactTimeRole)r;
  return TRUE;
}

gboolean
dg_term_set_provenance (const char *iri, const char *value, DgProvenanceRole *role,
                        GError **error)
{
  int r;

  if (!set_role (iri, "dg:provenance", value, provenance_roles, G_N_ELEMENTS (provenance_roles),
                 &r, error))
    return FALSE;
  *role = (DgProvenanceRole)r;
  return TRUE;
}
