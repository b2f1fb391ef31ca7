/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-fact-private.h"
#include "dg-graph-private.h"
#include "dg-rdf-out-private.h"
#include "dg-text-private.h"
#include "dg-xsd-private.h"

/* Statements in each syntax the RDF writer writes: terms (prefixed names
 * in the Turtle family, blank node labels as the graph has them), a
 * subject's statements in N-Triples and N-Quads (one line each, in each of
 * its graphs) or in Turtle (grouped by predicate), and the graphs a
 * statement goes to in a dataset.  What is written, and on how many
 * threads, is the writer's (dg-writer-rdf.c, dg-rdf-batches.c). */

gboolean
dg_rdf_out_is_turtle (DgRdfOut *self)
{
  return self->format == DG_RDF_FORMAT_TURTLE || self->format == DG_RDF_FORMAT_TRIG;
}

void
dg_rdf_out_iri (DgRdfOut *self, const char *iri)
{
  GString *out = self->sink.buf;

  /* Blank node labels are the graph's own (_:b<n>): safe in every syntax. */
  if (iri[0] == '_' && iri[1] == ':')
    {
      g_string_append (out, iri);
      return;
    }
  if (dg_rdf_out_is_turtle (self))
    {
      if (self->data_namespace && g_str_has_prefix (iri, self->data_namespace)
          && dg_text_is_simple_name (iri + strlen (self->data_namespace)))
        {
          g_string_append_c (out, ':');
          g_string_append (out, iri + strlen (self->data_namespace));
          return;
        }
      for (guint i = 0; i + 1 < self->prefixes->len; i += 2)
        {
          const char *prefix = g_ptr_array_index (self->prefixes, i);
          const char *ns = g_ptr_array_index (self->prefixes, i + 1);
          /* The empty prefix is the data's own; see write_prefixes(). */
          if (*prefix && g_str_has_prefix (iri, ns) && dg_text_is_simple_name (iri + strlen (ns)))
            {
              g_string_append (out, prefix);
              g_string_append_c (out, ':');
              g_string_append (out, iri + strlen (ns));
              return;
            }
        }
    }
  /* IRIs were validated when they entered the graph: nothing in them needs
   * escaping between < and >. */
  g_string_append_c (out, '<');
  g_string_append (out, iri);
  g_string_append_c (out, '>');
}

static void
write_object (DgRdfOut *self, const DgEdge *e)
{
  const DgLiteral *lit;

  if (!e->is_literal)
    {
      dg_rdf_out_iri (self, dg_graph_get_node_iri (self->graph, e->object));
      return;
    }
  lit = dg_graph_literal (self->graph, e->object);
  dg_text_append_quoted (self->sink.buf, dg_graph_string (self->graph, lit->lexical));
  if (lit->language)
    {
      g_string_append_c (self->sink.buf, '@');
      g_string_append (self->sink.buf, dg_graph_string (self->graph, lit->language));
    }
  else if (lit->datatype)
    {
      g_string_append (self->sink.buf, "^^");
      dg_rdf_out_iri (self, dg_graph_string (self->graph, lit->datatype));
    }
}

/* Where the data put a statement, for a writer: DG_RDF_DEFAULT_GRAPH, a graph
 * name's id, or 0 when the data did not say. */
static guint32
stated_graph (DgRdfOut *self, guint32 graph)
{
  if (self->default_graph)
    return DG_RDF_DEFAULT_GRAPH;
  if (graph == 0)
    return 0;
  return graph == self->id_default ? DG_RDF_DEFAULT_GRAPH : graph;
}

/* The graphs of a statement the data placed nowhere: those of the sources
 * that state its subject, or the default graph. */
void
dg_rdf_out_find_sources (DgRdfOut *self, guint node)
{
  g_array_set_size (self->sources, 0);
  if (!self->default_graph)
    {
      g_array_set_size (self->source_nodes, 0);
      dg_fact_sources (self->terms, node, self->source_nodes);
      for (guint i = 0; i < self->source_nodes->len; i++)
        {
          guint32 g
              = dg_graph_node_name_id (self->graph, g_array_index (self->source_nodes, guint, i));
          g_array_append_val (self->sources, g);
        }
    }
  if (self->sources->len == 0)
    {
      guint32 g = DG_RDF_DEFAULT_GRAPH;
      g_array_append_val (self->sources, g);
    }
}

/* Whether a statement stated in @stated belongs in graph @graph; 0 for
 * @graph means every graph (Turtle and N-Triples). */
static gboolean
in_graph (DgRdfOut *self, guint32 stated, guint32 graph)
{
  if (graph == 0)
    return TRUE;
  stated = stated_graph (self, stated);
  if (stated)
    return stated == graph;
  for (guint i = 0; i < self->sources->len; i++)
    if (g_array_index (self->sources, guint32, i) == graph)
      return TRUE;
  return FALSE;
}

/* The graphs a statement goes to, for N-Quads: the one it was stated in, or
 * the sources of its subject. */
const guint32 *
dg_rdf_out_graphs_of (DgRdfOut *self, guint32 stated, guint32 *one, guint *n)
{
  *one = stated_graph (self, stated);
  if (*one || self->format == DG_RDF_FORMAT_NTRIPLES)
    {
      *n = 1;
      return one;
    }
  *n = self->sources->len;
  return (const guint32 *)(gconstpointer)self->sources->data;
}

static void
end_line (DgRdfOut *self, guint32 graph)
{
  if (self->format == DG_RDF_FORMAT_NQUADS && graph != DG_RDF_DEFAULT_GRAPH)
    {
      g_string_append_c (self->sink.buf, ' ');
      dg_rdf_out_iri (self, dg_graph_string (self->graph, graph));
    }
  g_string_append (self->sink.buf, " .\n");
  self->n_written++;
}

/* A statement of @subject, without its end: its class @klass when @e is
 * NULL. */
static void
write_triple (DgRdfOut *self, const char *subject, const DgEdge *e, const char *klass)
{
  dg_rdf_out_iri (self, subject);
  if (!e)
    {
      g_string_append (self->sink.buf, " <" DG_RDF "type> ");
      dg_rdf_out_iri (self, klass);
      return;
    }
  g_string_append (self->sink.buf, " <");
  g_string_append (self->sink.buf, dg_graph_string (self->graph, e->predicate));
  g_string_append (self->sink.buf, "> ");
  write_object (self, e);
}

void
dg_rdf_out_line (DgRdfOut *self, guint node, const DgEdge *e)
{
  write_triple (self, dg_graph_get_node_iri (self->graph, node), e,
                e ? NULL : dg_graph_get_node_class (self->graph, node));
  end_line (self, DG_RDF_DEFAULT_GRAPH);
}

static void
write_node_ntriples (DgRdfOut *self, guint node, const guint32 *edges, guint n)
{
  const char *klass = dg_graph_get_node_class (self->graph, node);
  const char *subject = dg_graph_get_node_iri (self->graph, node);
  const guint32 *graphs;
  guint32 one;
  guint n_graphs;

  if (klass && dg_graph_node_class_asserted (self->graph, node))
    {
      graphs = dg_rdf_out_graphs_of (self, dg_graph_node_type_graph (self->graph, node), &one,
                                     &n_graphs);
      self->n_statements++;
      for (guint g = 0; g < n_graphs; g++)
        {
          write_triple (self, subject, NULL, klass);
          end_line (self, graphs[g]);
        }
    }
  for (guint i = 0; i < n; i++)
    {
      const DgEdge *e = dg_graph_edge (self->graph, edges[i]);

      graphs = dg_rdf_out_graphs_of (self, dg_graph_edge_graph (self->graph, edges[i]), &one,
                                     &n_graphs);
      self->n_statements++;
      for (guint g = 0; g < n_graphs; g++)
        {
          write_triple (self, subject, e, NULL);
          end_line (self, graphs[g]);
        }
    }
}

/* A subject's statements, each predicate once with all its objects, in the
 * order predicates first appear.  A subject with very many distinct
 * predicates keeps plain insertion order, so the grouping stays linear. */
#define MAX_GROUPED_PREDICATES 64

void
dg_rdf_out_node_turtle (DgRdfOut *self, guint node, const guint32 *edges, guint n, guint32 graph)
{
  GString *out = self->sink.buf;
  const char *klass = dg_graph_get_node_class (self->graph, node);
  gboolean typed = klass && dg_graph_node_class_asserted (self->graph, node)
                   && in_graph (self, dg_graph_node_type_graph (self->graph, node), graph);
  guint32 predicates[MAX_GROUPED_PREDICATES];
  guint n_predicates = 0, written = 0;
  gboolean grouped = TRUE;

  for (guint i = 0; i < n && grouped; i++)
    {
      const DgEdge *e = dg_graph_edge (self->graph, edges[i]);
      guint32 p = e->predicate;
      guint k = 0;

      if (!in_graph (self, dg_graph_edge_graph (self->graph, edges[i]), graph))
        continue;
      while (k < n_predicates && predicates[k] != p)
        k++;
      if (k == n_predicates)
        {
          if (n_predicates == MAX_GROUPED_PREDICATES)
            grouped = FALSE;
          else
            predicates[n_predicates++] = p;
        }
    }
  dg_rdf_out_iri (self, dg_graph_get_node_iri (self->graph, node));
  if (typed)
    {
      g_string_append (out, " a ");
      dg_rdf_out_iri (self, klass);
      self->n_written++;
    }
  for (guint k = 0; k < (grouped ? n_predicates : 1); k++)
    {
      guint32 last_predicate = 0;

      for (guint i = 0; i < n; i++)
        {
          const DgEdge *e = dg_graph_edge (self->graph, edges[i]);

          if ((grouped && e->predicate != predicates[k])
              || !in_graph (self, dg_graph_edge_graph (self->graph, edges[i]), graph))
            continue;
          if (written > 0 && e->predicate == last_predicate)
            g_string_append (out, ", ");
          else
            {
              const char *predicate = dg_graph_string (self->graph, e->predicate);

              g_string_append (out, typed || written > 0 ? " ;\n    " : " ");
              /* "a" is rdf:type as a predicate only: as an object it would
               * not parse. */
              if (g_str_equal (predicate, DG_RDF "type"))
                g_string_append_c (out, 'a');
              else
                dg_rdf_out_iri (self, predicate);
              g_string_append_c (out, ' ');
            }
          write_object (self, e);
          last_predicate = e->predicate;
          written++;
          self->n_written++;
        }
    }
  g_string_append (out, " .\n\n");
}

/* A subject and its statements, in Turtle, N-Triples or N-Quads. */
void
dg_rdf_out_node (DgRdfOut *self, guint node)
{
  guint n;
  const guint32 *edges = dg_graph_edges_of (self->graph, node, &n);

  if (n == 0 && !dg_graph_node_class_asserted (self->graph, node))
    return;
  if (self->format == DG_RDF_FORMAT_TURTLE)
    dg_rdf_out_node_turtle (self, node, edges, n, 0);
  else
    {
      /* N-Triples has one graph: no sources to look for. */
      if (self->format == DG_RDF_FORMAT_NQUADS)
        dg_rdf_out_find_sources (self, node);
      write_node_ntriples (self, node, edges, n);
    }
}
