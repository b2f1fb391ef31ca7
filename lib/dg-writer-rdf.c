/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "diplograph.h"
#include "dg-graph-private.h"
#include "dg-output-private.h"
#include "dg-text-private.h"
#include "dg-xsd-private.h"

/**
 * DgRdfWriter:
 *
 * Writes a #DgGraph as Turtle or N-Triples in one streaming pass.
 *
 * The writer walks the graph's subject index and writes each node's
 * statements as it reaches them, so it holds no second copy of the graph.
 * It is the project's own rather than raptor2's: raptor2 2.0.15's Turtle
 * serializer keeps every statement in memory until the end, drops objects
 * after invalid UTF-8 and mis-escapes IRIs, CR and language tags.  The
 * graph validates every value on the way in; the writer escapes what is
 * left for its syntax and checks at the end that it wrote exactly as many
 * triples as the graph holds.
 */

struct _DgRdfWriter
{
  GObject parent_instance;
  DgGraph *graph;
  DgRdfFormat format;
  guint64 n_written;
  /* During a write: */
  DgSink sink;
  GPtrArray *prefixes;  /* prefix, namespace, ... (borrowed) */
  char *data_namespace; /* the empty prefix, for the data's own IRIs */
};

G_DEFINE_FINAL_TYPE (DgRdfWriter, dg_rdf_writer, G_TYPE_OBJECT)

static void
dg_rdf_writer_finalize (GObject *object)
{
  DgRdfWriter *self = DG_RDF_WRITER (object);

  g_clear_object (&self->graph);
  g_free (self->data_namespace);
  G_OBJECT_CLASS (dg_rdf_writer_parent_class)->finalize (object);
}

static void
dg_rdf_writer_class_init (DgRdfWriterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dg_rdf_writer_finalize;
}

static void
dg_rdf_writer_init (DgRdfWriter *self)
{
}

/**
 * dg_rdf_format_from_name:
 * @name: `turtle`, `ttl`, `ntriples` or `nt`
 * @format: (out): the format
 *
 * Returns: %TRUE if @name names a format
 */
gboolean
dg_rdf_format_from_name (const char *name, DgRdfFormat *format)
{
  if (g_str_equal (name, "turtle") || g_str_equal (name, "ttl"))
    *format = DG_RDF_FORMAT_TURTLE;
  else if (g_str_equal (name, "ntriples") || g_str_equal (name, "nt"))
    *format = DG_RDF_FORMAT_NTRIPLES;
  else
    return FALSE;
  return TRUE;
}

/**
 * dg_rdf_writer_new:
 * @graph: the graph to write
 * @format: the syntax to write it in
 *
 * Returns: (transfer full): a new #DgRdfWriter
 */
DgRdfWriter *
dg_rdf_writer_new (DgGraph *graph, DgRdfFormat format)
{
  DgRdfWriter *self;

  g_return_val_if_fail (DG_IS_GRAPH (graph), NULL);
  self = g_object_new (DG_TYPE_RDF_WRITER, NULL);
  self->graph = g_object_ref (graph);
  self->format = format;
  return self;
}

static void
write_iri (DgRdfWriter *self, const char *iri)
{
  GString *out = self->sink.buf;

  if (self->format == DG_RDF_FORMAT_TURTLE)
    {
      if (g_str_equal (iri, DG_RDF "type"))
        {
          g_string_append_c (out, 'a');
          return;
        }
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
              g_string_append_printf (out, "%s:%s", prefix, iri + strlen (ns));
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
write_string (GString *out, const char *s)
{
  g_string_append_c (out, '"');
  for (const char *p = s; *p; p++)
    {
      guchar c = (guchar)*p;
      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7f)
            g_string_append_printf (out, "\\u%04X", c);
          else
            g_string_append_c (out, (char)c);
        }
    }
  g_string_append_c (out, '"');
}

static void
write_object (DgRdfWriter *self, const DgEdge *e)
{
  const DgLiteral *lit;

  if (!e->is_literal)
    {
      write_iri (self, dg_graph_get_node_iri (self->graph, e->object));
      return;
    }
  lit = dg_graph_literal (self->graph, e->object);
  write_string (self->sink.buf, dg_graph_string (self->graph, lit->lexical));
  if (lit->language)
    {
      g_string_append_c (self->sink.buf, '@');
      g_string_append (self->sink.buf, dg_graph_string (self->graph, lit->language));
    }
  else if (lit->datatype)
    {
      g_string_append (self->sink.buf, "^^");
      write_iri (self, dg_graph_string (self->graph, lit->datatype));
    }
}

static void
write_node_ntriples (DgRdfWriter *self, guint node, const guint32 *edges, guint n)
{
  const char *klass = dg_graph_get_node_class (self->graph, node);
  const char *subject = dg_graph_get_node_iri (self->graph, node);

  if (klass && dg_graph_node_class_asserted (self->graph, node))
    {
      g_string_append_printf (self->sink.buf, "<%s> <" DG_RDF "type> <%s> .\n", subject, klass);
      self->n_written++;
    }
  for (guint i = 0; i < n; i++)
    {
      const DgEdge *e = dg_graph_edge (self->graph, edges[i]);

      g_string_append_printf (self->sink.buf, "<%s> <%s> ", subject,
                              dg_graph_string (self->graph, e->predicate));
      write_object (self, e);
      g_string_append (self->sink.buf, " .\n");
      self->n_written++;
    }
}

/* A subject's statements, each predicate once with all its objects, in the
 * order predicates first appear.  A subject with very many distinct
 * predicates keeps plain insertion order, so the grouping stays linear. */
#define MAX_GROUPED_PREDICATES 64

static void
write_node_turtle (DgRdfWriter *self, guint node, const guint32 *edges, guint n)
{
  GString *out = self->sink.buf;
  const char *klass = dg_graph_get_node_class (self->graph, node);
  gboolean typed = klass && dg_graph_node_class_asserted (self->graph, node);
  guint32 predicates[MAX_GROUPED_PREDICATES];
  guint n_predicates = 0, written = 0;
  gboolean grouped = TRUE;

  for (guint i = 0; i < n && grouped; i++)
    {
      guint32 p = dg_graph_edge (self->graph, edges[i])->predicate;
      guint k = 0;

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
  write_iri (self, dg_graph_get_node_iri (self->graph, node));
  if (typed)
    {
      g_string_append (out, " a ");
      write_iri (self, klass);
      self->n_written++;
    }
  for (guint k = 0; k < (grouped ? n_predicates : 1); k++)
    {
      guint32 last_predicate = 0;

      for (guint i = 0; i < n; i++)
        {
          const DgEdge *e = dg_graph_edge (self->graph, edges[i]);

          if (grouped && e->predicate != predicates[k])
            continue;
          if (written > 0 && e->predicate == last_predicate)
            g_string_append (out, ", ");
          else
            {
              g_string_append (out, typed || written > 0 ? " ;\n    " : " ");
              write_iri (self, dg_graph_string (self->graph, e->predicate));
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

/* The namespace most of the data's subjects share, for the empty prefix. */
static char *
find_data_namespace (DgGraph *graph, GPtrArray *prefixes)
{
  g_autoptr (GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_nodes = dg_graph_get_n_nodes (graph), best_count = 0;
  char *best = NULL;
  GHashTableIter iter;
  gpointer key, value;

  for (guint node = 0; node < n_nodes; node++)
    {
      const char *iri = dg_graph_get_node_iri (graph, node);
      const char *cut = NULL;
      gboolean known = FALSE;

      for (const char *p = iri; *p; p++)
        if (*p == '/' || *p == '#' || *p == ':')
          cut = p;
      if (!cut || !dg_graph_get_node_class (graph, node))
        continue;
      for (guint i = 0; i + 1 < prefixes->len && !known; i += 2)
        known = g_str_has_prefix (iri, g_ptr_array_index (prefixes, i + 1));
      if (!known)
        {
          char *ns = g_strndup (iri, cut - iri + 1);
          guint c = GPOINTER_TO_UINT (g_hash_table_lookup (counts, ns)) + 1;
          g_hash_table_replace (counts, ns, GUINT_TO_POINTER (c));
        }
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > best_count
        || (GPOINTER_TO_UINT (value) == best_count && strcmp (key, best) < 0))
      {
        best_count = GPOINTER_TO_UINT (value);
        best = key;
      }
  return g_strdup (best);
}

static void
write_prefixes (DgRdfWriter *self)
{
  /* Only the prefixes whose namespace some IRI in the output starts with
   * would be needed, but declaring the ontology's few is cheaper than a
   * pass to find out, and harmless. */
  if (self->data_namespace)
    g_string_append_printf (self->sink.buf, "@prefix : <%s> .\n", self->data_namespace);
  for (guint i = 0; i + 1 < self->prefixes->len; i += 2)
    if (*(char *)g_ptr_array_index (self->prefixes, i) != '\0')
      g_string_append_printf (self->sink.buf, "@prefix %s: <%s> .\n",
                              (char *)g_ptr_array_index (self->prefixes, i),
                              (char *)g_ptr_array_index (self->prefixes, i + 1));
  g_string_append_c (self->sink.buf, '\n');
}

/**
 * dg_rdf_writer_write:
 * @self: a #DgRdfWriter
 * @stream: where to write
 * @error: return location for a #GError, or %NULL
 *
 * Writes the graph to @stream: subjects in the order their nodes were
 * added, each with its class and then its statements in the order they were
 * added, so the same input gives byte-identical output.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_rdf_writer_write (DgRdfWriter *self, GOutputStream *stream, GError **error)
{
  guint n_nodes;
  guint64 expected;
  gboolean ok;

  g_return_val_if_fail (DG_IS_RDF_WRITER (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  self->n_written = 0;
  dg_sink_init (&self->sink, stream);
  self->prefixes = dg_ontology_get_prefixes (dg_graph_get_ontology (self->graph));
  g_clear_pointer (&self->data_namespace, g_free);
  if (self->format == DG_RDF_FORMAT_TURTLE)
    {
      self->data_namespace = find_data_namespace (self->graph, self->prefixes);
      write_prefixes (self);
    }
  n_nodes = dg_graph_get_n_nodes (self->graph);
  for (guint node = 0; node < n_nodes; node++)
    {
      guint n;
      const guint32 *edges = dg_graph_edges_of (self->graph, node, &n);
      gboolean typed = dg_graph_node_class_asserted (self->graph, node);

      if (n == 0 && !typed)
        continue;
      if (self->format == DG_RDF_FORMAT_TURTLE)
        write_node_turtle (self, node, edges, n);
      else
        write_node_ntriples (self, node, edges, n);
      dg_sink_flush_if_full (&self->sink);
    }
  ok = dg_sink_finish (&self->sink, error);
  expected = dg_graph_get_n_triples (self->graph);
  if (ok && self->n_written != expected)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INTERNAL,
                   "wrote %" G_GUINT64_FORMAT " triples, but the graph holds %" G_GUINT64_FORMAT,
                   self->n_written, expected);
      return FALSE;
    }
  return ok;
}

static gboolean
write_cb (gpointer writer, GOutputStream *stream, GError **error)
{
  return dg_rdf_writer_write (writer, stream, error);
}

/**
 * dg_rdf_writer_write_file:
 * @self: a #DgRdfWriter
 * @path: (type filename): the file to write
 * @error: return location for a #GError, or %NULL
 *
 * Writes the graph to @path through a temporary file in the same directory,
 * renamed over @path only when everything was written: a failure leaves any
 * existing @path untouched.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_rdf_writer_write_file (DgRdfWriter *self, const char *path, GError **error)
{
  g_return_val_if_fail (DG_IS_RDF_WRITER (self), FALSE);
  return dg_output_write_file (path, write_cb, self, error);
}

/**
 * dg_rdf_writer_get_n_written:
 * @self: a #DgRdfWriter
 *
 * Returns: the number of triples the last write wrote
 */
guint64
dg_rdf_writer_get_n_written (DgRdfWriter *self)
{
  g_return_val_if_fail (DG_IS_RDF_WRITER (self), 0);
  return self->n_written;
}
