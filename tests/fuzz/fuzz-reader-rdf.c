/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: RDF import (lib/read/dg-reader-rdf.c) and the writers on
 * what it keeps.  The first byte picks the syntax.  Besides never crashing,
 * the output must read back as the same number of statements: whatever the
 * graph holds, the N-Quads written from it (every statement once, in the
 * default graph) is imported again without loss, and the TriG and Turtle
 * writers account for every statement. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "diplograph.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static char *
write_all (DgGraph *graph, DgRdfFormat format, gboolean flat, gsize *len)
{
  g_autoptr (DgRdfWriter) writer = dg_rdf_writer_new (graph, format);
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr (GError) error = NULL;

  dg_rdf_writer_set_default_graph (writer, flat);
  if (!dg_rdf_writer_write (writer, out, &error) || !g_output_stream_close (out, NULL, NULL))
    {
      /* The writers refuse nothing the graph accepted. */
      fprintf (stderr, "write failed: %s\n", error ? error->message : "?");
      abort ();
    }
  *len = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static const char *const names[] = { "fuzz.ttl", "fuzz.nt", "fuzz.nq", "fuzz.trig", "fuzz.rdf" };
  static DgOntology *ontology;
  g_autoptr (DgGraph) graph = NULL;
  g_autoptr (DgGraph) again = NULL;
  g_autoptr (DgReader) reader = NULL;
  g_autoptr (DgReader) reread = NULL;
  g_autofree char *nq = NULL;
  g_autofree char *trig = NULL;
  g_autofree char *ttl = NULL;
  gsize nq_len, trig_len, ttl_len;

  if (size < 1)
    return 0;
  if (!ontology)
    ontology = dg_ontology_new (NULL);
  graph = dg_graph_new (ontology);
  reader = dg_reader_new (graph);
  dg_reader_set_base_iri (reader, "https://fuzz.example/", NULL);
  dg_reader_read_data (reader, (const char *)data + 1, (gssize)size - 1,
                       names[data[0] % G_N_ELEMENTS (names)], NULL);
  dg_reader_finish (reader, NULL);
  for (guint i = 0; i < dg_reader_get_diagnostics (reader)->len; i++)
    g_free (dg_diagnostic_to_string (g_ptr_array_index (dg_reader_get_diagnostics (reader), i)));
  trig = write_all (graph, DG_RDF_FORMAT_TRIG, FALSE, &trig_len);
  ttl = write_all (graph, DG_RDF_FORMAT_TURTLE, FALSE, &ttl_len);
  nq = write_all (graph, DG_RDF_FORMAT_NQUADS, TRUE, &nq_len);
  again = dg_graph_new (ontology);
  reread = dg_reader_new (again);
  dg_reader_read_data (reread, nq, (gssize)nq_len, "again.nq", NULL);
  dg_reader_finish (reread, NULL);
  if (dg_graph_get_n_triples (again) != dg_graph_get_n_triples (graph))
    {
      fprintf (stderr, "read back %" G_GUINT64_FORMAT " statements of %" G_GUINT64_FORMAT "\n%s",
               dg_graph_get_n_triples (again), dg_graph_get_n_triples (graph), nq);
      abort ();
    }
  return 0;
}
