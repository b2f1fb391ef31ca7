/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* For the differential fuzz targets: what reading @len bytes of @text,
 * known as @name, on @n_threads threads gives: its diagnostics, then, when
 * none is an error, the graph written in @format on as many threads; and
 * an abort unless one thread and three give the same. */
#pragma once

#include <stdlib.h>

#include "diplograph.h"

static GString *
fuzz_read_and_write (DgOntology *ontology, const char *text, gsize len, const char *name,
                     guint n_threads, DgRdfFormat format)
{
  g_autoptr (DgGraph) graph = dg_graph_new (ontology);
  g_autoptr (DgReader) reader = dg_reader_new (graph);
  g_autoptr (DgRdfWriter) writer = NULL;
  g_autoptr (GOutputStream) out = NULL;
  GPtrArray *diagnostics;
  GString *result = g_string_new (NULL);

  dg_reader_set_threads (reader, n_threads);
  dg_reader_read_data (reader, text, (gssize)len, name, NULL);
  dg_reader_finish (reader, NULL);
  diagnostics = dg_reader_get_diagnostics (reader);
  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *line = dg_diagnostic_to_string (g_ptr_array_index (diagnostics, i));
      g_string_append_printf (result, "%s\n", line);
    }
  if (dg_reader_get_n_errors (reader) > 0)
    return result;
  writer = dg_rdf_writer_new (graph, format);
  dg_rdf_writer_set_threads (writer, n_threads);
  out = g_memory_output_stream_new_resizable ();
  if (!dg_rdf_writer_write (writer, out, NULL))
    abort (); /* the graph is valid: writing it cannot fail */
  g_string_append_len (result, g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                       (gssize)g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
  return result;
}

static void
fuzz_same_on_1_and_3 (DgOntology *ontology, const GString *text, const char *name,
                      DgRdfFormat format)
{
  g_autoptr (GString) one = fuzz_read_and_write (ontology, text->str, text->len, name, 1, format);
  g_autoptr (GString) three = fuzz_read_and_write (ontology, text->str, text->len, name, 3, format);

  if (!g_string_equal (one, three))
    abort ();
}
