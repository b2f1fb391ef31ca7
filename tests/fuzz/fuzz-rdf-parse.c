/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: the RDF import path.  The first byte picks a raptor2
 * syntax; the rest goes through diplograph's byte checks into raptor2's
 * parser, and as Turtle into the ontology loader.  Run under ASan so that a
 * raptor2 crash is found here first. */
#include "config.h"

#include <string.h>

#include "diplograph.h"
#include "dg-rdf-parse-private.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
count (const DgRdfTriple *t, gpointer data)
{
  /* Every string handed out must be readable. */
  (*(gsize *)data) += strlen (t->subject) + strlen (t->predicate) + strlen (t->object)
                      + (t->datatype ? strlen (t->datatype) : 0)
                      + (t->language ? strlen (t->language) : 0);
}

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static const char *const syntaxes[] = { "turtle", "ntriples", "nquads", "trig", "rdfxml" };
  const DgRdfSink sink = { count, NULL };
  gsize total = 0;

  if (size < 1)
    return 0;
  dg_rdf_parse ((const char *)data + 1, size - 1, syntaxes[data[0] % G_N_ELEMENTS (syntaxes)],
                "https://example.org/", "fuzz", "f", &sink, &total, NULL);
  if (data[0] % G_N_ELEMENTS (syntaxes) == 0)
    {
      g_autoptr (DgOntology) o = dg_ontology_new_empty ();
      dg_ontology_load_data (o, (const char *)data + 1, (gssize)size - 1, "fuzz.ttl", NULL);
    }
  return 0;
}
