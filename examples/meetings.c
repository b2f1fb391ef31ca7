/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * meetings: the events a person took part in, with their dates, from .dg
 * files; a small program on the installed libdiplograph.
 *
 *   cc meetings.c $(pkg-config --cflags --libs diplograph) -o meetings
 *   ./meetings to-lam examples/vietnam/all.dg
 */
#include <diplograph.h>
#include <stdio.h>
#include <string.h>

#define DG "https://w3id.org/diplograph#"

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DgOntology) ontology = NULL;
  g_autoptr (DgGraph) graph = NULL;
  g_autoptr (DgReader) reader = NULL;
  g_autoptr (DgSelection) selection = NULL;
  g_autoptr (GPtrArray) links = NULL;
  const char *const english[] = { "en", NULL };
  guint person, n = 0;

  if (argc < 3)
    {
      fprintf (stderr, "usage: %s PERSON-ID FILE.dg...\n", argv[0]);
      return 2;
    }
  ontology = dg_ontology_new (&error);
  if (!ontology)
    goto fail;
  graph = dg_graph_new (ontology);
  reader = dg_reader_new (graph);
  for (int i = 2; i < argc; i++)
    if (!dg_reader_read_file (reader, argv[i], &error))
      goto fail;
  if (!dg_reader_finish (reader, &error))
    goto fail;
  selection = dg_selection_new (graph);
  if (!dg_selection_find_node (selection, argv[1], &person, &error))
    goto fail;

  links = dg_graph_get_relations_to (graph, person);
  g_ptr_array_set_free_func (links, (GDestroyNotify)dg_relation_free);
  for (guint i = 0; i < links->len; i++)
    {
      DgRelation *link = g_ptr_array_index (links, i);
      g_autoptr (GPtrArray) facts = NULL;
      const char *date = "";

      if (strcmp (link->predicate, DG "participant") != 0)
        continue;
      facts = dg_graph_get_relations (graph, link->subject);
      g_ptr_array_set_free_func (facts, (GDestroyNotify)dg_relation_free);
      for (guint j = 0; j < facts->len; j++)
        {
          DgRelation *fact = g_ptr_array_index (facts, j);
          if (strcmp (fact->predicate, DG "date") == 0
              || strcmp (fact->predicate, DG "startDate") == 0)
            date = fact->value;
        }
      printf ("%-10s %s\n", date, dg_graph_get_node_label (graph, link->subject, english));
      n++;
    }
  printf ("%u events\n", n);
  return 0;

fail:
  fprintf (stderr, "meetings: %s\n", error->message);
  return 1;
}
