/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: tables read through a mapping.  The first byte picks
 * the built-in GDELT mapping (TSV, no header) or a small CSV mapping with a
 * header; the rest is the table.  Any input gives diagnostics or a graph,
 * never a crash, hang or leak; and every row is counted once, as mapped or
 * refused. */
#include "config.h"

#include <string.h>

#include "diplograph.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static const char csv_mapping[]
    = "table csv\nheader yes\ncolumns id when who whom note\n"
      "base <https://example.org/v/>\n"
      "codes people prefix name kind\n  TL \"To Lam\" Person\n  * - Person\n"
      "node visitor {who|people:kind} person/{who} when=who\n  label=\"{who|people:name}\"@en\n"
      "node host State state/{whom} when=whom when=whom!=who\n"
      "node visit Visit visit/{id}|row/{note}\n"
      "  visitor=@visitor host=@host start={when|yyyymmdd} description=\"{note}\"@en\n";

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static DgOntology *ontology;
  static DgMapping *mappings[2];
  g_autoptr (DgGraph) graph = NULL;
  g_autoptr (DgReader) reader = NULL;
  guint64 read, mapped, refused;

  if (!ontology)
    {
      ontology = dg_ontology_new (NULL);
      mappings[0] = dg_mapping_new ("gdelt-events", NULL);
      mappings[1] = dg_mapping_new_from_data (csv_mapping, -1, "visits.map", NULL);
      if (!mappings[0] || !mappings[1])
        abort ();
    }
  if (size < 1)
    return 0;
  graph = dg_graph_new (ontology);
  reader = dg_reader_new (graph);
  dg_reader_set_mapping (reader, mappings[data[0] & 1]);
  dg_reader_read_data (reader, (const char *)data + 1, (gssize)size - 1, "fuzz.csv", NULL);
  dg_reader_finish (reader, NULL);
  read = dg_reader_get_n_rows (reader, &mapped, &refused);
  if (mapped + refused != read)
    abort ();
  for (guint i = 0; i < dg_reader_get_diagnostics (reader)->len; i++)
    g_free (dg_diagnostic_to_string (g_ptr_array_index (dg_reader_get_diagnostics (reader), i)));
  return 0;
}
