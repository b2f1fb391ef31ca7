/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: the DOT writer fed fuzzed labels.  Whatever the graph
 * accepts, the writer either refuses with an error or writes DOT that
 * cgraph reads back as exactly one node carrying the escaped label. */
#include "config.h"

#include <graphviz/cgraph.h>
#include <stdlib.h>
#include <string.h>

#include "diplograph.h"
#include "dg-writer-dot-private.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static DgOntology *ontology;
  g_autoptr (DgGraph) graph = NULL;
  g_autoptr (DgView) view = NULL;
  g_autoptr (DgDotWriter) writer = NULL;
  g_autoptr (GOutputStream) out = NULL;
  g_autofree char *label = NULL, *text = NULL, *wrapped = NULL, *escaped = NULL;
  guint width, node;
  Agraph_t *ag;
  Agnode_t *n;

  if (size < 1)
    return 0;
  if (!ontology)
    ontology = dg_ontology_new (NULL);
  width = data[0] % 40; /* 0: no wrapping */
  label = g_strndup ((const char *)data + 1, size - 1);
  graph = dg_graph_new (ontology);
  if (!dg_graph_add_node (graph, "https://example.org/n", "https://w3id.org/diplograph#State",
                          &node, NULL)
      || !dg_graph_add_label (graph, node, label, "en", NULL))
    return 0; /* refused on the way in: invalid UTF-8, NUL */
  view = dg_view_new (graph);
  writer = dg_dot_writer_new (view);
  dg_dot_writer_set_wrap_width (writer, width);
  out = g_memory_output_stream_new_resizable ();
  wrapped = dg_dot_wrap (label, width);
  escaped = dg_dot_escape (wrapped, NULL);
  if (!dg_dot_writer_write (writer, out, NULL))
    {
      if (escaped)
        abort (); /* refused a label it can escape */
      return 0;
    }
  if (!escaped)
    abort (); /* wrote a label it cannot escape */
  g_output_stream_write_all (out, "", 1, NULL, NULL, NULL);
  g_output_stream_close (out, NULL, NULL);
  text = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
  ag = agmemread (text);
  if (!ag || agnnodes (ag) != 1 || agnedges (ag) != 0)
    abort ();
  n = agfstnode (ag);
  if (strcmp (agnameof (n), "https://example.org/n") != 0
      || strcmp (agget (n, (char *)"label"), escaped) != 0)
    abort ();
  agclose (ag);
  return 0;
}
