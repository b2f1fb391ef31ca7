/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target, differential: a large table read on one thread and in
 * parts on three (lib/read/dg-reader-parts.c) must give the same diagnostics
 * and the same Turtle, byte for byte.  The input's first line is the
 * header; its other lines are repeated to 200 KiB, so that the table is
 * cut into parts and rows of every part name rows of the others (rows
 * without an id column are named by their line, and so do not repeat). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "diplograph.h"

#define TABLE_SIZE (200 * 1024)

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

/* The diagnostics and the Turtle of @table read on @n_threads threads. */
static GString *
read_and_write (DgOntology *ontology, const char *table, gsize len, guint n_threads)
{
  g_autoptr (DgGraph) graph = dg_graph_new (ontology);
  g_autoptr (DgReader) reader = dg_reader_new (graph);
  g_autoptr (DgRdfWriter) writer = NULL;
  g_autoptr (GOutputStream) out = NULL;
  GPtrArray *diagnostics;
  GString *result = g_string_new (NULL);

  dg_reader_set_threads (reader, n_threads);
  dg_reader_read_data (reader, table, (gssize)len, "fuzz.tsv", NULL);
  dg_reader_finish (reader, NULL);
  diagnostics = dg_reader_get_diagnostics (reader);
  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *text = dg_diagnostic_to_string (g_ptr_array_index (diagnostics, i));
      g_string_append_printf (result, "%s\n", text);
    }
  if (dg_reader_get_n_errors (reader) > 0)
    return result;
  writer = dg_rdf_writer_new (graph, DG_RDF_FORMAT_TURTLE);
  dg_rdf_writer_set_threads (writer, n_threads);
  out = g_memory_output_stream_new_resizable ();
  if (!dg_rdf_writer_write (writer, out, NULL))
    abort (); /* the graph is valid: writing it cannot fail */
  g_string_append_len (result, g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                       (gssize)g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
  return result;
}

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static DgOntology *ontology;
  const guint8 *nl = memchr (data, '\n', size);
  g_autoptr (GString) table = NULL;
  GString *one, *three;
  gboolean same;

  /* Directives would read files, and make the table one piece anyway. */
  if (!nl || nl + 1 == data + size || memchr (data, '@', size))
    return 0;
  if (!ontology)
    ontology = dg_ontology_new (NULL);
  table = g_string_new_len ((const char *)data, (nl + 1) - data);
  while (table->len < TABLE_SIZE)
    {
      g_string_append_len (table, (const char *)nl + 1, (gssize)(size - (gsize)(nl + 1 - data)));
      if (data[size - 1] != '\n')
        g_string_append_c (table, '\n');
    }
  one = read_and_write (ontology, table->str, table->len, 1);
  three = read_and_write (ontology, table->str, table->len, 3);
  same = g_string_equal (one, three);
  g_string_free (one, TRUE);
  g_string_free (three, TRUE);
  if (!same)
    abort ();
  return 0;
}
