/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: the .dg reader and validation on arbitrary bytes.  Any
 * input must give diagnostics or a graph, never a crash, hang or leak.
 * Built a second time with DG_FUZZ_NAME "fuzz.tsv" for the table reader. */
#define _GNU_SOURCE /* memmem */
#include "config.h"

#include <string.h>

#include "diplograph.h"

#ifndef DG_FUZZ_NAME
#define DG_FUZZ_NAME "fuzz.dg"
#endif

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static DgOntology *ontology;
  g_autoptr (DgGraph) graph = NULL;
  g_autoptr (DgReader) reader = NULL;

  /* @include reads files: keep the fuzzer off the file system. */
  if (memmem (data, size, "@include", 8))
    return 0;
  if (!ontology)
    ontology = dg_ontology_new (NULL);
  graph = dg_graph_new (ontology);
  reader = dg_reader_new (graph);
  dg_reader_read_data (reader, (const char *)data, (gssize)size, DG_FUZZ_NAME, NULL);
  dg_reader_finish (reader, NULL);
  /* The diagnostics must be printable. */
  for (guint i = 0; i < dg_reader_get_diagnostics (reader)->len; i++)
    g_free (dg_diagnostic_to_string (g_ptr_array_index (dg_reader_get_diagnostics (reader), i)));
  return 0;
}
