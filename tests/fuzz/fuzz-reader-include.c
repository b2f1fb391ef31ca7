/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: the readers across files.  The input is a small file
 * table, files separated by a 0x1E byte, written to a directory of the
 * process's own as a.dg, b.dg, c.ttl, d.nt and e.tsv; a.dg is read, so
 * that @include (cycles, repeats, RDF and tables included, links) is
 * reached.  Includes that leave the directory are skipped: the fuzzer is
 * kept off the rest of the file system. */
#define _GNU_SOURCE /* memmem */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "diplograph.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static const char *const names[] = { "a.dg", "b.dg", "c.ttl", "d.nt", "e.tsv" };

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static DgOntology *ontology;
  static char *dir;
  g_autoptr (DgGraph) graph = NULL;
  g_autoptr (DgReader) reader = NULL;
  g_autofree char *main_file = NULL;
  const guint8 *p = data, *end = data + size;

  if (memmem (data, size, "/", 1) || memmem (data, size, "..", 2))
    return 0;
  if (!ontology)
    {
      ontology = dg_ontology_new (NULL);
      dir = g_dir_make_tmp ("dg-fuzz-include-XXXXXX", NULL);
      if (!dir)
        abort ();
      /* A link to a file of the table, under another name. */
      {
        g_autofree char *link = g_build_filename (dir, "link.dg", NULL);
        if (symlink ("b.dg", link) != 0)
          abort ();
      }
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      const guint8 *sep = p < end ? memchr (p, 0x1E, end - p) : NULL;
      const guint8 *stop = sep ? sep : end;

      if (!g_file_set_contents (path, (const char *)p, p < end ? stop - p : 0, NULL))
        abort ();
      p = sep ? sep + 1 : end;
    }
  graph = dg_graph_new (ontology);
  reader = dg_reader_new (graph);
  main_file = g_build_filename (dir, "a.dg", NULL);
  dg_reader_read_file (reader, main_file, NULL);
  dg_reader_finish (reader, NULL);
  for (guint i = 0; i < dg_reader_get_diagnostics (reader)->len; i++)
    g_free (dg_diagnostic_to_string (g_ptr_array_index (dg_reader_get_diagnostics (reader), i)));
  return 0;
}
