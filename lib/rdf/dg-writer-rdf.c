/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-error.h"
#include "dg-graph.h"
#include "dg-ontology.h"
#include "dg-writer-rdf.h"
#include "dg-fact-private.h"
#include "dg-graph-private.h"
#include "dg-output-private.h"
#include "dg-writer-rdf-private.h"
#include "dg-rdf-out-private.h"
#include "dg-ontology-private.h"
#include "dg-text-private.h"
#include "dg-xsd-private.h"

/**
 * DgRdfWriter:
 *
 * Writes a #DgGraph as Turtle, N-Triples, N-Quads or TriG in one streaming
 * pass.
 *
 * In N-Quads and TriG every statement is in a named graph: the one it was
 * read from, if it was read from a dataset; else the graph named after each
 * source document that states it (the `prov:wasDerivedFrom` sources of its
 * subject, or for a citation its `prov:entity`), so that a SPARQL store can
 * answer which document said what.  Statements no source states, and all
 * of them with dg_rdf_writer_set_default_graph(), are in the default graph.
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
  DgRdfOut out;               /* the graph, the syntax, where statements go, the counts */
  guint32 only_graph;         /* see dg_rdf_writer_set_only_graph(); 0: all */
  gboolean with_ontology;     /* the ontology's triples too, in a graph of their own */
  gboolean only_ontology;     /* only those */
  guint64 n_ontology;         /* ontology triples written */
  guint64 n_expected;         /* TriG, or one graph: statements times their graphs */
  guint n_threads;            /* Turtle and N-Triples are written on this many */
  struct _Grouping *grouping; /* kept between writes of one graph each (a push) */
};

static void write_ontology (DgRdfWriter *self);
static void grouping_free (struct _Grouping *gr);

G_DEFINE_FINAL_TYPE (DgRdfWriter, dg_rdf_writer, G_TYPE_OBJECT)

static void
dg_rdf_writer_finalize (GObject *object)
{
  DgRdfWriter *self = DG_RDF_WRITER (object);

  g_clear_object (&self->out.graph);
  g_free (self->out.data_namespace);
  g_array_unref (self->out.sources);
  g_array_unref (self->out.source_nodes);
  dg_fact_terms_free (self->out.terms);
  g_clear_pointer (&self->grouping, grouping_free);
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
  self->out.sources = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->out.source_nodes = g_array_new (FALSE, FALSE, sizeof (guint));
  self->n_threads = 1;
}

/**
 * dg_rdf_format_has_graphs:
 * @format: a format
 *
 * Returns: %TRUE if @format holds named graphs (N-Quads, TriG); Turtle and
 *   N-Triples write every statement to one graph
 */
gboolean
dg_rdf_format_has_graphs (DgRdfFormat format)
{
  return format == DG_RDF_FORMAT_NQUADS || format == DG_RDF_FORMAT_TRIG;
}

/**
 * dg_rdf_format_from_name:
 * @name: `turtle` (or `ttl`), `ntriples` (`nt`), `nquads` (`nq`) or `trig`
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
  else if (g_str_equal (name, "nquads") || g_str_equal (name, "nq"))
    *format = DG_RDF_FORMAT_NQUADS;
  else if (g_str_equal (name, "trig"))
    *format = DG_RDF_FORMAT_TRIG;
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
  self->out.graph = g_object_ref (graph);
  self->out.format = format;
  return self;
}

/**
 * dg_rdf_writer_set_default_graph:
 * @self: a #DgRdfWriter
 * @default_graph: whether to write every statement to the default graph
 *
 * For N-Quads and TriG: put every statement in the default graph instead of
 * named graphs (Turtle and N-Triples have only that one).
 */
void
dg_rdf_writer_set_default_graph (DgRdfWriter *self, gboolean default_graph)
{
  g_return_if_fail (DG_IS_RDF_WRITER (self));
  self->out.default_graph = default_graph;
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
  if (self->out.data_namespace)
    g_string_append_printf (self->out.sink.buf, "@prefix : <%s> .\n", self->out.data_namespace);
  for (guint i = 0; i + 1 < self->out.prefixes->len; i += 2)
    if (*(char *)g_ptr_array_index (self->out.prefixes, i) != '\0')
      g_string_append_printf (self->out.sink.buf, "@prefix %s: <%s> .\n",
                              (char *)g_ptr_array_index (self->out.prefixes, i),
                              (char *)g_ptr_array_index (self->out.prefixes, i + 1));
  g_string_append_c (self->out.sink.buf, '\n');
}

/* Which graphs each node has statements in, found in one pass: one entry
 * (graph index, node) per node and graph, graphs in the order they first
 * appear, the default graph first. */
typedef struct _Grouping
{
  GHashTable *index; /* graph id -> index into names */
  GArray *names;     /* guint32 graph ids */
  GArray *counts;    /* guint64 statements in each graph */
  GArray *marks;     /* guint32: the last node + 1 that added an entry for each */
  GArray *entries;   /* guint32 pairs: graph index, node */
  /* The entries by graph: order[offsets[k] .. offsets[k + 1]) are graph k's. */
  guint32 *order, *offsets;
  /* What it was made from: made again when the graph or setting changed. */
  guint n_nodes;
  guint64 n_statements;
  gboolean default_graph;
} Grouping;

static void
grouping_add (DgRdfWriter *self, Grouping *gr, guint node, guint32 stated)
{
  guint32 one;
  guint n_graphs;
  const guint32 *graphs = dg_rdf_out_graphs_of (&self->out, stated, &one, &n_graphs);

  for (guint g = 0; g < n_graphs; g++)
    {
      gpointer found;
      guint k;

      if (g_hash_table_lookup_extended (gr->index, GUINT_TO_POINTER (graphs[g]), NULL, &found))
        k = GPOINTER_TO_UINT (found);
      else
        {
          guint32 zero = 0;
          guint64 none = 0;

          k = gr->names->len;
          g_array_append_val (gr->names, graphs[g]);
          g_array_append_val (gr->marks, zero);
          g_array_append_val (gr->counts, none);
          g_hash_table_insert (gr->index, GUINT_TO_POINTER (graphs[g]), GUINT_TO_POINTER (k));
        }
      g_array_index (gr->counts, guint64, k)++;
      if (g_array_index (gr->marks, guint32, k) != node + 1)
        {
          guint32 entry[2] = { k, node };

          g_array_index (gr->marks, guint32, k) = node + 1;
          g_array_append_vals (gr->entries, entry, 1);
        }
    }
}

static void
grouping_init (DgRdfWriter *self, Grouping *gr)
{
  guint n_nodes = dg_graph_get_n_nodes (self->out.graph);
  guint32 def = DG_RDF_DEFAULT_GRAPH, zero = 0;
  guint64 none = 0;

  gr->index = g_hash_table_new (NULL, NULL);
  gr->names = g_array_new (FALSE, FALSE, sizeof (guint32));
  gr->counts = g_array_new (FALSE, FALSE, sizeof (guint64));
  gr->marks = g_array_new (FALSE, FALSE, sizeof (guint32));
  gr->entries = g_array_new (FALSE, FALSE, 2 * sizeof (guint32));
  g_array_append_val (gr->names, def);
  g_array_append_val (gr->marks, zero);
  g_array_append_val (gr->counts, none);
  g_hash_table_insert (gr->index, GUINT_TO_POINTER (def), GUINT_TO_POINTER (0));
  for (guint node = 0; node < n_nodes; node++)
    {
      guint n;
      const guint32 *edges = dg_graph_edges_of (self->out.graph, node, &n);

      dg_rdf_out_find_sources (&self->out, node);
      if (dg_graph_node_class_asserted (self->out.graph, node))
        grouping_add (self, gr, node, dg_graph_node_type_graph (self->out.graph, node));
      for (guint i = 0; i < n; i++)
        grouping_add (self, gr, node, dg_graph_edge_graph (self->out.graph, edges[i]));
    }
}

static void
grouping_clear (Grouping *gr)
{
  g_hash_table_unref (gr->index);
  g_array_unref (gr->names);
  g_array_unref (gr->counts);
  g_array_unref (gr->marks);
  g_array_unref (gr->entries);
  g_free (gr->order);
  g_free (gr->offsets);
}

static void
grouping_free (Grouping *gr)
{
  grouping_clear (gr);
  g_free (gr);
}

/* The entries sorted by graph, in node order within each. */
static void
grouping_sort (Grouping *gr)
{
  const guint32 *entries = (const guint32 *)(gconstpointer)gr->entries->data;
  g_autofree guint32 *fill = NULL;

  gr->offsets = g_new0 (guint32, gr->names->len + 1);
  gr->order = g_new (guint32, gr->entries->len + 1);
  for (guint i = 0; i < gr->entries->len; i++)
    gr->offsets[entries[2 * i] + 1]++;
  for (guint k = 0; k < gr->names->len; k++)
    gr->offsets[k + 1] += gr->offsets[k];
  fill = g_memdup2 (gr->offsets, (gr->names->len + 1) * sizeof (guint32));
  for (guint i = 0; i < gr->entries->len; i++)
    gr->order[fill[entries[2 * i]]++] = i;
}

/* The grouping of the graph's statements, made once and kept while the
 * graph and the default-graph setting stay as they are: a push writes one
 * graph at a time, and grouping every node again for each graph would
 * cost graphs times nodes. */
static const Grouping *
grouping_kept (DgRdfWriter *self)
{
  guint n_nodes = dg_graph_get_n_nodes (self->out.graph);
  guint64 n_statements = dg_graph_get_n_statements (self->out.graph);
  Grouping *gr = self->grouping;

  if (gr
      && (gr->n_nodes != n_nodes || gr->n_statements != n_statements
          || gr->default_graph != self->out.default_graph))
    g_clear_pointer (&self->grouping, grouping_free);
  if (!self->grouping)
    {
      gr = self->grouping = g_new0 (Grouping, 1);
      grouping_init (self, gr);
      grouping_sort (gr);
      gr->n_nodes = n_nodes;
      gr->n_statements = n_statements;
      gr->default_graph = self->out.default_graph;
    }
  return self->grouping;
}

/* TriG: the default graph's statements first, then each named graph in a
 * block, in the order graphs first appear; subjects in node order within
 * each (a stable sort of the grouping's entries).  With @only, just that
 * graph's statements, as Turtle. */
static void
write_grouped (DgRdfWriter *self, guint32 only)
{
  Grouping whole = { 0 };
  const Grouping *gr = &whole;
  const guint32 *entries, *order, *offsets;

  /* One graph of several (a push) keeps its grouping for the next; a
   * whole dataset is written once, and its grouping freed after. */
  if (only)
    gr = grouping_kept (self);
  else
    {
      grouping_init (self, &whole);
      grouping_sort (&whole);
    }
  entries = (const guint32 *)(gconstpointer)gr->entries->data;
  order = gr->order;
  offsets = gr->offsets;
  for (guint k = 0; k < gr->names->len; k++)
    {
      guint32 graph = g_array_index (gr->names, guint32, k);
      gboolean block = !only && graph != DG_RDF_DEFAULT_GRAPH;

      if (offsets[k] == offsets[k + 1] || (only && graph != only))
        continue;
      self->n_expected += g_array_index (gr->counts, guint64, k);
      if (block)
        {
          dg_rdf_out_iri (&self->out, dg_graph_string (self->out.graph, graph));
          g_string_append (self->out.sink.buf, " {\n\n");
        }
      for (guint i = offsets[k]; i < offsets[k + 1]; i++)
        {
          guint node = entries[2 * order[i] + 1], n;
          const guint32 *edges = dg_graph_edges_of (self->out.graph, node, &n);

          dg_rdf_out_find_sources (&self->out, node);
          dg_rdf_out_node_turtle (&self->out, node, edges, n, graph);
          dg_sink_flush_if_full (&self->out.sink);
        }
      if (block)
        g_string_append (self->out.sink.buf, "}\n\n");
    }
  if (!only)
    grouping_clear (&whole);
}

static guint32
id_of (DgGraph *graph, const char *str)
{
  guint32 id = 0;

  dg_graph_string_id (graph, str, &id);
  return id;
}

/* The ids of the terms that place statements in graphs, as the graph has
 * them now. */
static void
find_term_ids (DgRdfWriter *self)
{
  dg_fact_terms_free (self->out.terms);
  self->out.terms = dg_fact_terms_new (self->out.graph);
  self->out.id_default = id_of (self->out.graph, "");
}

/**
 * dg_rdf_writer_write:
 * @self: a #DgRdfWriter
 * @stream: where to write
 * @error: return location for a #GError, or %NULL
 *
 * Writes the graph to @stream: subjects in the order their nodes were
 * added, each with its class and then its statements in the order they were
 * added, so the same input gives byte-identical output.  In TriG, the
 * default graph comes first and then each named graph, in the order they
 * first appear.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_rdf_writer_write (DgRdfWriter *self, GOutputStream *stream, GError **error)
{
  guint n_nodes;
  guint64 done, want;
  gboolean ok;

  g_return_val_if_fail (DG_IS_RDF_WRITER (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  self->out.n_written = 0;
  self->n_expected = 0;
  self->out.n_statements = 0;
  dg_sink_init (&self->out.sink, stream);
  self->out.prefixes = dg_ontology_get_prefixes (dg_graph_get_ontology (self->out.graph));
  find_term_ids (self);
  g_clear_pointer (&self->out.data_namespace, g_free);
  if (dg_rdf_out_is_turtle (&self->out))
    {
      self->out.data_namespace = find_data_namespace (self->out.graph, self->out.prefixes);
      write_prefixes (self);
    }
  n_nodes = dg_graph_get_n_nodes (self->out.graph);
  self->n_ontology = 0;
  if (self->only_ontology)
    n_nodes = 0;
  else if (self->out.format == DG_RDF_FORMAT_TRIG)
    write_grouped (self, 0);
  else if (self->only_graph && self->out.format == DG_RDF_FORMAT_TURTLE)
    write_grouped (self, self->only_graph);
  else if (self->n_threads > 1 && self->out.format != DG_RDF_FORMAT_NQUADS)
    dg_rdf_out_in_batches (&self->out, n_nodes, self->n_threads);
  else
    for (guint node = 0; node < n_nodes; node++)
      {
        dg_rdf_out_node (&self->out, node);
        dg_sink_flush_if_full (&self->out.sink);
      }
  if (self->with_ontology && (!self->only_graph || self->only_ontology))
    write_ontology (self);
  ok = dg_sink_finish (&self->out.sink, error);
  /* Turtle writes each statement once; N-Triples and N-Quads visit each
   * once, writing it once per graph; a grouped write counted beforehand
   * how many it would write. */
  if (self->only_ontology)
    done = want = 0;
  else if (self->out.format == DG_RDF_FORMAT_TRIG || self->only_graph)
    {
      done = self->out.n_written;
      want = self->n_expected;
    }
  else
    {
      done
          = self->out.format == DG_RDF_FORMAT_TURTLE ? self->out.n_written : self->out.n_statements;
      want = dg_graph_get_n_triples (self->out.graph);
    }
  if (ok && self->with_ontology && (!self->only_graph || self->only_ontology)
      && self->n_ontology != dg_ontology_get_n_triples (dg_graph_get_ontology (self->out.graph)))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INTERNAL,
                   "wrote %" G_GUINT64_FORMAT " triples of the ontology, but it holds %u",
                   self->n_ontology,
                   dg_ontology_get_n_triples (dg_graph_get_ontology (self->out.graph)));
      return FALSE;
    }
  self->out.n_written += self->n_ontology;
  if (ok && done != want)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INTERNAL,
                   "wrote %" G_GUINT64_FORMAT " statements, but the graph holds %" G_GUINT64_FORMAT,
                   done, want);
      return FALSE;
    }
  return ok;
}

static void
write_ontology_term (GString *out, const char *term, DgRdfTermType type)
{
  if (type == DG_RDF_TERM_BLANK)
    g_string_append (out, term); /* "_:o0_b1": the ontology's own labels */
  else
    g_string_append_printf (out, "<%s>", term);
}

static void
on_ontology_triple (const DgRdfTriple *t, gpointer data)
{
  DgRdfWriter *self = data;
  GString *out = self->out.sink.buf;

  g_string_append (out, self->out.format == DG_RDF_FORMAT_TRIG ? "  " : "");
  write_ontology_term (out, t->subject, t->subject_type);
  g_string_append_c (out, ' ');
  write_ontology_term (out, t->predicate, DG_RDF_TERM_IRI);
  g_string_append_c (out, ' ');
  if (t->object_type == DG_RDF_TERM_LITERAL)
    {
      dg_text_append_quoted (out, t->object);
      if (t->language)
        g_string_append_printf (out, "@%s", t->language);
      else if (t->datatype)
        g_string_append_printf (out, "^^<%s>", t->datatype);
    }
  else
    write_ontology_term (out, t->object, t->object_type);
  if (self->out.format == DG_RDF_FORMAT_NQUADS && !self->out.default_graph)
    g_string_append (out, " <" DG_ONTOLOGY_IRI ">");
  g_string_append (out, " .\n");
  self->n_ontology++;
  dg_sink_flush_if_full (&self->out.sink);
}

/* The ontology's triples, in the graph named after it (in the default
 * graph of Turtle and N-Triples, or with set_default_graph()): N-Triples
 * lines, which every one of the syntaxes reads. */
static void
write_ontology (DgRdfWriter *self)
{
  gboolean block = self->out.format == DG_RDF_FORMAT_TRIG && !self->out.default_graph;

  if (block)
    g_string_append (self->out.sink.buf, "\n<" DG_ONTOLOGY_IRI "> {\n");
  else if (dg_rdf_out_is_turtle (&self->out))
    g_string_append (self->out.sink.buf, "\n# The diplograph ontology\n");
  dg_ontology_foreach_triple (dg_graph_get_ontology (self->out.graph), on_ontology_triple, self);
  if (block)
    g_string_append (self->out.sink.buf, "}\n");
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
 * Returns: the number of triples (or quads) the last write wrote
 */
guint64
dg_rdf_writer_get_n_written (DgRdfWriter *self)
{
  g_return_val_if_fail (DG_IS_RDF_WRITER (self), 0);
  return self->out.n_written;
}

/**
 * dg_rdf_writer_set_threads:
 * @self: a #DgRdfWriter
 * @n_threads: how many threads may write, or 0 for one per processor
 *
 * Lets the writer write Turtle and N-Triples on @n_threads threads, each a
 * batch of subjects at a time; the output is the same, byte for byte, as
 * one thread writes.  The default is 1.
 */
void
dg_rdf_writer_set_threads (DgRdfWriter *self, guint n_threads)
{
  g_return_if_fail (DG_IS_RDF_WRITER (self));
  self->n_threads = n_threads ? n_threads : g_get_num_processors ();
}

/**
 * dg_rdf_writer_set_with_ontology:
 * @self: a #DgRdfWriter
 * @with_ontology: whether to write the ontology too
 *
 * Writes the ontology (built-in and extensions) after the data, in N-Quads
 * and TriG into its own named graph, `<https://w3id.org/diplograph>`, so
 * that a SPARQL store holding the output can answer by the ontology's
 * labels and hierarchy.
 */
void
dg_rdf_writer_set_with_ontology (DgRdfWriter *self, gboolean with_ontology)
{
  g_return_if_fail (DG_IS_RDF_WRITER (self));
  self->with_ontology = with_ontology;
}

GPtrArray *
dg_rdf_writer_list_graphs (DgRdfWriter *self)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);
  const Grouping *gr;

  find_term_ids (self);
  gr = grouping_kept (self);
  for (guint k = 0; k < gr->names->len; k++)
    {
      guint32 graph = g_array_index (gr->names, guint32, k);

      if (g_array_index (gr->counts, guint64, k) > 0)
        g_ptr_array_add (list, g_strdup (graph == DG_RDF_DEFAULT_GRAPH
                                             ? ""
                                             : dg_graph_string (self->out.graph, graph)));
    }
  if (self->with_ontology)
    g_ptr_array_add (list, g_strdup (DG_ONTOLOGY_IRI));
  return list;
}

gboolean
dg_rdf_writer_set_only_graph (DgRdfWriter *self, const char *graph)
{
  guint32 id;

  self->only_ontology = self->with_ontology && graph && g_str_equal (graph, DG_ONTOLOGY_IRI);
  if (self->only_ontology)
    self->only_graph = DG_RDF_DEFAULT_GRAPH; /* none of the data's */
  else if (!graph)
    self->only_graph = 0;
  else if (*graph == '\0')
    self->only_graph = DG_RDF_DEFAULT_GRAPH;
  else if (dg_graph_string_id (self->out.graph, graph, &id))
    self->only_graph = id;
  else
    return FALSE;
  return TRUE;
}
