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

#include "fuzz-read-write.h"

#define TABLE_SIZE (200 * 1024)

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static DgOntology *ontology;
  const guint8 *nl = memchr (data, '\n', size);
  g_autoptr (GString) table = NULL;

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
  fuzz_same_on_1_and_3 (ontology, table, "fuzz.tsv", DG_RDF_FORMAT_TURTLE);
  return 0;
}
