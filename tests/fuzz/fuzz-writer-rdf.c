/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: the Turtle and N-Triples writers fed fuzzed labels and
 * language tags.  Whatever the graph accepts comes back from raptor2 as the
 * same triples: the label, its language, and nothing injected. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "diplograph.h"
#include "dg-rdf-parse-private.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

typedef struct
{
  const char *label, *language;
  guint n_triples, n_labels;
} Expect;

static void
check (const DgRdfTriple *t, gpointer data)
{
  Expect *x = data;

  x->n_triples++;
  if (strcmp (t->predicate, "http://www.w3.org/2000/01/rdf-schema#label") == 0)
    {
      x->n_labels++;
      if (strcmp (t->object, x->label) != 0 || !t->language
          || g_ascii_strcasecmp (t->language, x->language) != 0)
        abort ();
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static DgOntology *ontology;
  g_autoptr (DgGraph) graph = NULL;
  g_autofree char *language = NULL, *label = NULL;
  static const struct
  {
    DgRdfFormat format;
    const char *syntax;
  } formats[] = { { DG_RDF_FORMAT_TURTLE, "turtle" },
                  { DG_RDF_FORMAT_NTRIPLES, "ntriples" },
                  { DG_RDF_FORMAT_NQUADS, "nquads" },
                  { DG_RDF_FORMAT_TRIG, "trig" } };
  const guint8 *split;
  guint node, source;

  if (!ontology)
    ontology = dg_ontology_new (NULL);
  /* "tag\nlabel": the first line is the language tag. */
  split = memchr (data, '\n', size);
  if (!split)
    return 0;
  language = g_strndup ((const char *)data, split - data);
  label = g_strndup ((const char *)split + 1, size - (split - data) - 1);
  graph = dg_graph_new (ontology);
  if (!dg_graph_add_node (graph, "https://example.org/n", "https://w3id.org/diplograph#State",
                          &node, NULL)
      || !dg_graph_add_label (graph, node, label, language, NULL))
    return 0;
  /* Every writer's output, read back by raptor2: the label exactly once.
   * The fact cites a source, so the datasets put it in a named graph. */
  if (!dg_graph_add_node (graph, "https://example.org/src",
                          "https://w3id.org/diplograph#SourceDocument", &source, NULL)
      || !dg_graph_add_relation (graph, node, "http://www.w3.org/ns/prov#wasDerivedFrom", source,
                                 NULL))
    abort ();
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autoptr (DgRdfWriter) writer = dg_rdf_writer_new (graph, formats[f].format);
      g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
      const DgRdfSink sink = { check, NULL };
      Expect x = { label, language, 0, 0 };

      if (!dg_rdf_writer_write (writer, out, NULL))
        abort (); /* the graph accepted it, so it must be writable */
      g_output_stream_close (out, NULL, NULL);
      if (!dg_rdf_parse (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                         g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)),
                         formats[f].syntax, "https://example.org/", "fuzz", "f", &sink, &x, NULL)
          || x.n_triples != 4 || x.n_labels != 1)
        abort ();
    }
  return 0;
}
