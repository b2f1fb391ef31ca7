/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target, differential: a large N-Triples or N-Quads file read
 * on one thread and in parts on three (lib/read/dg-reader-lines.c)
 * must give the same diagnostics and the same N-Quads, byte for byte.  The
 * input's first byte picks the syntax; the rest, lines, is repeated to
 * 800 KiB, so that the file is cut into three parts and blank node labels,
 * subjects and graph names recur in every part. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz-read-write.h"

#define FILE_SIZE (800 * 1024)

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static DgOntology *ontology;
  g_autoptr (GString) text = NULL;
  const char *name;

  if (size < 2)
    return 0;
  if (!ontology)
    ontology = dg_ontology_new (NULL);
  name = data[0] & 1 ? "fuzz.nq" : "fuzz.nt";
  data++;
  size--;
  text = g_string_sized_new (FILE_SIZE + size + 1);
  while (text->len < FILE_SIZE)
    {
      g_string_append_len (text, (const char *)data, (gssize)size);
      if (data[size - 1] != '\n')
        g_string_append_c (text, '\n');
    }
  fuzz_same_on_1_and_3 (ontology, text, name, DG_RDF_FORMAT_NQUADS);
  return 0;
}
