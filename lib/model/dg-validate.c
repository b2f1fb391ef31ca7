/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-diagnostic.h"
#include "dg-graph.h"
#include "dg-ontology.h"
#include "dg-validate.h"
#include "dg-graph-private.h"
#include "dg-text-private.h"
#include "dg-xsd-private.h"

typedef struct
{
  DgGraph *graph;
  DgValidateFunc func;
  gpointer user_data;
  guint n_errors;
  /* Terms the ontology does not know, each reported at its first use
   * only: data from elsewhere may use one a million times. */
  GHashTable *reported;
} Validation;

/* Whether @id (an interned IRI or tag) is reported for the first time. */
static gboolean
first_report (Validation *v, guint32 id, guint kind)
{
  gpointer key = GSIZE_TO_POINTER (((gsize)id << 3) | kind);

  if (g_hash_table_contains (v->reported, key))
    return FALSE;
  g_hash_table_add (v->reported, key);
  return TRUE;
}

/* RDF's own vocabulary (lists, containers, reification, rdfs:seeAlso…) is
 * not the ontology's to define. */
static gboolean
is_rdf_vocabulary (const char *iri)
{
  return g_str_has_prefix (iri, DG_RDF) || g_str_has_prefix (iri, DG_RDFS);
}

static gboolean
is_known_datatype (DgGraph *graph, const char *iri)
{
  DgTerm *t;

  if (g_str_has_prefix (iri, DG_XSD) || is_rdf_vocabulary (iri))
    return TRUE;
  t = dg_ontology_term (dg_graph_get_ontology (graph), iri);
  return t != NULL;
}

/* BCP 47's shape: a primary language subtag of 2 or 3 letters (ISO 639),
 * or the singletons of private use (x-…) and grandfathered tags (i-…).
 * Turtle accepts any letters. */
static gboolean
is_bcp47_language (const char *tag)
{
  gsize n = strcspn (tag, "-");

  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalpha (tag[i]))
      return FALSE;
  return n == 2 || n == 3
         || (n == 1 && (g_ascii_tolower (tag[0]) == 'x' || g_ascii_tolower (tag[0]) == 'i')
             && tag[1] == '-');
}

enum
{
  REPORT_RELATION,
  REPORT_CLASS,
  REPORT_DATATYPE,
  REPORT_LANGUAGE,
  REPORT_UNTYPED, /* of a node: a link to it whose range cannot be checked */
};

G_GNUC_PRINTF (5, 6)
static void
report (Validation *v, DgSeverity severity, guint node, guint edge, const char *format, ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (severity == DG_SEVERITY_ERROR)
    v->n_errors++;
  if (v->func)
    v->func (severity, node, edge, message, v->user_data);
}

/* Class names are English words: "an Initiative", "a State". */
static const char *
indefinite_article (const char *word)
{
  return strchr ("AEIOU", word[0]) && word[0] ? "an" : "a";
}

static char *
class_list (GPtrArray *classes)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < classes->len; i++)
    g_string_append_printf (s, "%s%s",
                            i == 0                  ? ""
                            : i + 1 == classes->len ? " or "
                                                    : ", ",
                            ((DgTerm *)g_ptr_array_index (classes, i))->local);
  return g_string_free (s, FALSE);
}

static const char *
literal_datatype (Validation *v, const DgLiteral *lit)
{
  if (lit->datatype)
    return dg_graph_string (v->graph, lit->datatype);
  return lit->language ? DG_RDF "langString" : DG_XSD "string";
}

static gboolean
datatype_fits (const char *range, const char *actual)
{
  if (g_str_equal (range, actual) || g_str_equal (range, DG_RDFS "Literal"))
    return TRUE;
  if (dg_xsd_is_date_type (range))
    return dg_xsd_is_date_type (actual);
  if (g_str_equal (range, DG_XSD "decimal"))
    return g_str_equal (actual, DG_XSD "integer");
  if (g_str_equal (range, DG_RDF "langString"))
    return g_str_equal (actual, DG_XSD "string");
  return FALSE;
}

static void
check_statement (Validation *v, guint node, DgTerm *klass, guint edge)
{
  const DgEdge *e = dg_graph_edge (v->graph, edge);
  const char *p = dg_graph_string (v->graph, e->predicate);
  DgTerm *prop = dg_graph_predicate_term (v->graph, e->predicate);

  if (g_str_equal (p, DG_RDFS "label") || g_str_equal (p, DG_RDFS "comment"))
    {
      if (!e->is_literal)
        report (v, DG_SEVERITY_ERROR, node, edge, "%s links to a node, not to text",
                dg_text_iri_tail (p));
      return;
    }
  if (e->is_literal)
    {
      const DgLiteral *lit = dg_graph_literal (v->graph, e->object);

      if (lit->datatype && !is_known_datatype (v->graph, dg_graph_string (v->graph, lit->datatype))
          && first_report (v, lit->datatype, REPORT_DATATYPE))
        report (v, DG_SEVERITY_WARNING, node, edge,
                "datatype <%s> is not known: values kept as written",
                dg_graph_string (v->graph, lit->datatype));
      if (lit->language && !is_bcp47_language (dg_graph_string (v->graph, lit->language))
          && first_report (v, lit->language, REPORT_LANGUAGE))
        report (v, DG_SEVERITY_WARNING, node, edge,
                "language tag \"%s\" is not a BCP 47 language: kept as written",
                dg_graph_string (v->graph, lit->language));
    }
  if (g_str_equal (p, DG_RDF "type") && !e->is_literal)
    {
      guint32 k;

      if (klass && dg_graph_string_id (v->graph, dg_graph_get_node_iri (v->graph, e->object), &k)
          && first_report (v, k, REPORT_CLASS))
        report (v, DG_SEVERITY_WARNING, node, edge,
                "%s is also a <%s>: kept, but drawn and checked as %s %s",
                dg_text_iri_tail (dg_graph_get_node_iri (v->graph, node)),
                dg_graph_get_node_iri (v->graph, e->object), indefinite_article (klass->local),
                klass->local);
      return;
    }
  if (!prop || (prop->kind != DG_TERM_OBJECT_PROPERTY && prop->kind != DG_TERM_DATATYPE_PROPERTY))
    {
      if (!is_rdf_vocabulary (p) && first_report (v, e->predicate, REPORT_RELATION))
        report (v, DG_SEVERITY_WARNING, node, edge,
                "relation <%s> is not in the ontology: kept as is", p);
      return;
    }
  if (klass && prop->domain->len && !dg_term_in_classes (klass, prop->domain))
    {
      g_autofree char *want = class_list (prop->domain);
      report (v, DG_SEVERITY_ERROR, node, edge, "\"%s\" applies to %s, but %s is %s %s",
              prop->local, want, dg_text_iri_tail (dg_graph_get_node_iri (v->graph, node)),
              indefinite_article (klass->local), klass->local);
    }
  if (prop->kind == DG_TERM_OBJECT_PROPERTY)
    {
      DgTerm *target;

      if (e->is_literal)
        {
          report (v, DG_SEVERITY_ERROR, node, edge, "\"%s\" links to a node, not to a value",
                  prop->local);
          return;
        }
      target = dg_graph_node_term (v->graph, e->object);
      if (prop->range->len == 0)
        return;
      /* Once a node: a gazetteer linking many nodes to one it does not
       * define would warn once a statement. */
      if (!target)
        {
          if (first_report (v, e->object, REPORT_UNTYPED))
            report (v, DG_SEVERITY_WARNING, node, edge,
                    "the class of <%s> is not known, so \"%s\" cannot be checked",
                    dg_graph_get_node_iri (v->graph, e->object), prop->local);
        }
      else if (!dg_term_in_classes (target, prop->range))
        {
          g_autofree char *want = class_list (prop->range);
          report (v, DG_SEVERITY_ERROR, node, edge, "\"%s\" must point to %s, but %s is %s %s",
                  prop->local, want, dg_text_iri_tail (dg_graph_get_node_iri (v->graph, e->object)),
                  indefinite_article (target->local), target->local);
        }
    }
  else if (!e->is_literal)
    report (v, DG_SEVERITY_ERROR, node, edge, "\"%s\" takes a value, not a link to a node",
            prop->local);
  else if (prop->datatype)
    {
      const char *actual = literal_datatype (v, dg_graph_literal (v->graph, e->object));

      if (!datatype_fits (prop->datatype, actual))
        report (v, DG_SEVERITY_ERROR, node, edge, "\"%s\" takes a value of type %s, not %s",
                prop->local, dg_text_iri_tail (prop->datatype), dg_text_iri_tail (actual));
    }
}

/* A date that must not precede another on the same node: end >= start. */
static void
check_order (Validation *v, guint node, guint edge)
{
  const DgEdge *e = dg_graph_edge (v->graph, edge);
  DgTerm *prop = dg_graph_predicate_term (v->graph, e->predicate);
  const DgLiteral *earlier;
  DgDate a, b;

  if (!prop || !prop->not_before || !e->is_literal)
    return;
  earlier = dg_graph_find_literal (v->graph, node, prop->not_before->iri);
  if (!earlier)
    return;
  if (dg_date_parse (dg_graph_string (v->graph, dg_graph_literal (v->graph, e->object)->lexical),
                     &a, NULL)
      && dg_date_parse (dg_graph_string (v->graph, earlier->lexical), &b, NULL)
      && dg_date_surely_before (&a, &b))
    report (v, DG_SEVERITY_ERROR, node, edge, "%s %s is before %s %s", prop->local,
            dg_graph_string (v->graph, dg_graph_literal (v->graph, e->object)->lexical),
            prop->not_before->local, dg_graph_string (v->graph, earlier->lexical));
}

/**
 * dg_graph_validate:
 * @graph: a #DgGraph
 * @func: (scope call) (nullable): called for each problem found
 * @user_data: data for @func
 *
 * Checks the graph against its ontology and reports every problem, not just
 * the first: classes, relations and datatypes the ontology does not define,
 * language tags that are not BCP 47 languages, and second classes of a node
 * (warnings, each at its first use: they are kept and written), relations used on the wrong class
 * of subject (domain) or pointing at the wrong class of node (range), values of the wrong datatype,
 * and end dates before start dates.
 *
 * Returns: the number of errors found
 */
guint
dg_graph_validate (DgGraph *graph, DgValidateFunc func, gpointer user_data)
{
  Validation v = { graph, func, user_data, 0, g_hash_table_new (NULL, NULL) };
  guint n_nodes;

  g_return_val_if_fail (DG_IS_GRAPH (graph), 0);
  n_nodes = dg_graph_get_n_nodes (graph);
  for (guint node = 0; node < n_nodes; node++)
    {
      DgTerm *klass = dg_graph_node_term (graph, node);
      const char *class_iri = dg_graph_get_node_class (graph, node);
      const guint32 *edges;
      guint n;

      guint32 class_id = 0;

      if (class_iri && !klass && dg_graph_string_id (graph, class_iri, &class_id)
          && first_report (&v, class_id, REPORT_CLASS))
        report (&v, DG_SEVERITY_WARNING, node, DG_NO_STATEMENT,
                "class <%s> is not in the ontology: kept as is", class_iri);
      else if (klass && klass->kind != DG_TERM_CLASS)
        {
          report (&v, DG_SEVERITY_ERROR, node, DG_NO_STATEMENT, "<%s> is not a class", class_iri);
          klass = NULL;
        }
      edges = dg_graph_edges_of (graph, node, &n);
      for (guint i = 0; i < n; i++)
        {
          check_statement (&v, node, klass, edges[i]);
          check_order (&v, node, edges[i]);
        }
    }
  g_hash_table_unref (v.reported);
  return v.n_errors;
}
