/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: large inputs from small ones.  The first byte picks a
 * syntax and a count; the rest, repeated that many times (up to 4,000, so
 * up to 32 MB), is read.  A reader that is quadratic in a line, a string or
 * a file, or that keeps more than it should, shows as a timeout or the
 * memory limit. */
#define _GNU_SOURCE /* memmem */
#include "config.h"

#include <string.h>

#include "diplograph.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static const char *const names[] = { "large.dg", "large.tsv", "large.nt", "large.ttl" };

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static DgOntology *ontology;
  g_autoptr (DgGraph) graph = NULL;
  g_autoptr (DgReader) reader = NULL;
  g_autoptr (GString) big = NULL;
  guint copies;

  if (size < 2)
    return 0;
  if (memmem (data, size, "@include", 8))
    return 0;
  if (!ontology)
    ontology = dg_ontology_new (NULL);
  copies = 1 + (guint)(data[0] >> 2) * 63;
  big = g_string_sized_new ((size - 1) * copies);
  for (guint i = 0; i < copies; i++)
    g_string_append_len (big, (const char *)data + 1, (gssize)size - 1);
  graph = dg_graph_new (ontology);
  reader = dg_reader_new (graph);
  dg_reader_read_data (reader, big->str, (gssize)big->len, names[data[0] & 3], NULL);
  dg_reader_finish (reader, NULL);
  return 0;
}
