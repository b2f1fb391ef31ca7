/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-graph.h"
#include "dg-fact-private.h"
#include "dg-graph-private.h"
#include "dg-ontology-private.h"
#include "dg-relation.h"
#include "dg-xsd-private.h"

/*
 * How a node is shown and its statements handed out: labels in a language
 * chain, and relations as owned DgRelation copies.
 */

static const char *
own_label (DgGraph *self, guint node, const char *const *languages)
{
  guint32 label, n;
  const guint32 *edges;
  const char *untagged = NULL, *english = NULL, *any = NULL;

  if (!dg_graph_string_id (self, DG_RDFS "label", &label))
    return NULL;
  edges = dg_graph_edges_of (self, node, &n);
  for (guint l = 0; languages && languages[l]; l++)
    for (guint i = 0; i < n; i++)
      {
        const DgEdge *e = dg_graph_edge (self, edges[i]);
        const DgLiteral *lit;

        if (e->predicate != label || !e->is_literal)
          continue;
        lit = dg_graph_literal (self, e->object);
        if (lit->language
            && g_ascii_strcasecmp (dg_graph_string (self, lit->language), languages[l]) == 0)
          return dg_graph_string (self, lit->lexical);
      }
  for (guint i = 0; i < n; i++)
    {
      const DgEdge *e = dg_graph_edge (self, edges[i]);
      const DgLiteral *lit;
      const char *text;

      if (e->predicate != label || !e->is_literal)
        continue;
      lit = dg_graph_literal (self, e->object);
      text = dg_graph_string (self, lit->lexical);
      if (!lit->language && !untagged)
        untagged = text;
      else if (lit->language && !english
               && g_ascii_strncasecmp (dg_graph_string (self, lit->language), "en", 2) == 0)
        english = text;
      if (!any)
        any = text;
    }
  return untagged ? untagged : english ? english : any;
}

/**
 * dg_graph_get_node_label:
 * @self: a #DgGraph
 * @node: a node id
 * @languages: (array zero-terminated=1) (nullable): language tags in order
 *   of preference
 *
 * The label to show for @node: its `rdfs:label` in the first of @languages
 * it has one in, else its untagged, English or first label.  A node with no
 * label of its own is named by its class's `dg:labelProperty` (a post held
 * shows its role), or, if it is an ontology individual, by the ontology.
 *
 * Returns: (transfer none) (nullable): the label, or %NULL if none is known
 */
const char *
dg_graph_get_node_label (DgGraph *self, guint node, const char *const *languages)
{
  const char *label;
  DgTerm *klass, *term;

  g_return_val_if_fail (DG_IS_GRAPH (self), NULL);
  g_return_val_if_fail (node < dg_graph_get_n_nodes (self), NULL);
  label = own_label (self, node, languages);
  if (label)
    return label;
  term = dg_ontology_term (dg_graph_get_ontology (self), dg_graph_get_node_iri (self, node));
  if (term)
    return dg_term_label (term, languages);
  klass = dg_graph_node_term (self, node);
  if (klass && klass->label_property)
    {
      guint32 p, n;
      const guint32 *edges = dg_graph_edges_of (self, node, &n);

      if (dg_graph_string_id (self, klass->label_property->iri, &p))
        for (guint i = 0; i < n; i++)
          {
            const DgEdge *e = dg_graph_edge (self, edges[i]);
            /* One step only: a label property pointing back cannot loop. */
            if (e->predicate == p && !e->is_literal)
              {
                label = own_label (self, e->object, languages);
                term = dg_ontology_term (dg_graph_get_ontology (self), dg_graph_get_node_iri (self, e->object));
                return label ? label : term ? dg_term_label (term, languages) : NULL;
              }
          }
    }
  return NULL;
}

static DgRelation *
relation_of (DgGraph *self, const DgEdge *e)
{
  DgRelation *r = g_new0 (DgRelation, 1);

  r->subject = e->subject;
  r->predicate = g_strdup (dg_graph_string (self, e->predicate));
  if (e->is_literal)
    {
      const DgLiteral *l = dg_graph_literal (self, e->object);

      r->object = DG_NO_OBJECT;
      r->value = g_strdup (dg_graph_string (self, l->lexical));
      r->datatype = l->datatype ? g_strdup (dg_graph_string (self, l->datatype)) : NULL;
      r->language = l->language ? g_strdup (dg_graph_string (self, l->language)) : NULL;
    }
  else
    r->object = e->object;
  return r;
}

/**
 * dg_graph_get_relations:
 * @self: a #DgGraph
 * @node: a node
 *
 * The statements about @node (links and values, not its class), in the
 * order they were added.  Citations are among them, as
 * `prov:wasDerivedFrom` and `prov:qualifiedDerivation` links.
 *
 * The array has no free function, so that bindings can take the elements
 * over; in C free each with dg_relation_free(), for instance by
 * g_ptr_array_set_free_func() before g_ptr_array_unref().
 *
 * Returns: (transfer full) (element-type DgRelation): the statements
 */
GPtrArray *
dg_graph_get_relations (DgGraph *self, guint node)
{
  GPtrArray *list;
  const guint32 *edges;
  guint n;

  g_return_val_if_fail (DG_IS_GRAPH (self), NULL);
  g_return_val_if_fail (node < dg_graph_get_n_nodes (self), NULL);
  edges = dg_graph_edges_of (self, node, &n);
  list = g_ptr_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (list, relation_of (self, dg_graph_edge (self, edges[i])));
  return list;
}

/**
 * dg_graph_get_relations_to:
 * @self: a #DgGraph
 * @node: a node
 *
 * The links that point at @node (the events it took part in, the
 * agreements it is a party to …), in the order they were added.  Reads
 * every statement of the graph.  Free as for dg_graph_get_relations().
 *
 * Returns: (transfer full) (element-type DgRelation): the links
 */
GPtrArray *
dg_graph_get_relations_to (DgGraph *self, guint node)
{
  GPtrArray *list;

  g_return_val_if_fail (DG_IS_GRAPH (self), NULL);
  g_return_val_if_fail (node < dg_graph_get_n_nodes (self), NULL);
  list = g_ptr_array_new ();
  for (guint i = 0; i < dg_graph_get_n_statements (self); i++)
    {
      const DgEdge *e = dg_graph_edge (self, i);

      if (!e->is_literal && e->object == node && !dg_graph_edge_is_repeated (self, i))
        g_ptr_array_add (list, relation_of (self, e));
    }
  return list;
}


static void
count_citation (const DgLiteral *quote, guint source, gpointer user_data)
{
  (*(guint *)user_data)++;
}

/**
 * dg_graph_count_provenance:
 * @self: a #DgGraph
 * @n_stated: (out) (optional): the nodes a source document states
 * @n_citations: (out) (optional): their citations (verbatim quotes)
 * @n_sources: (out) (optional): the source documents that state them
 *
 * Counts what the graph says of where its facts come from, through the
 * ontology's provenance roles (dg:provenance).
 */
void
dg_graph_count_provenance (DgGraph *self, guint *n_stated, guint *n_citations, guint *n_sources)
{
  g_autoptr (DgFactTerms) terms = NULL;
  g_autoptr (GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint stated = 0, citations = 0;

  g_return_if_fail (DG_IS_GRAPH (self));
  terms = dg_fact_terms_new (self);
  for (guint n = 0; n < dg_graph_get_n_nodes (self); n++)
    {
      guint before = citations;

      g_array_set_size (sources, 0);
      dg_fact_foreach_citation (terms, n, count_citation, &citations);
      dg_fact_sources (terms, n, sources);
      /* A citation names its source too; it is not a fact of its own. */
      if (citations > before
          || (sources->len && !dg_fact_is_citation (terms, n)))
        stated++;
      for (guint i = 0; i < sources->len; i++)
        g_hash_table_add (seen, GUINT_TO_POINTER (g_array_index (sources, guint, i)));
    }
  if (n_stated)
    *n_stated = stated;
  if (n_citations)
    *n_citations = citations;
  if (n_sources)
    *n_sources = g_hash_table_size (seen);
}
