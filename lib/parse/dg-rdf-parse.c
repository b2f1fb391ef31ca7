/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-error.h"
#include "dg-rdf-parse-private.h"

/*
 * RDF parsing, one file per syntax family behind one function:
 * dg-rdf-parse-serd.c (Turtle, TriG, N-Triples, N-Quads: serd, streamed)
 * and dg-rdf-parse-rdfxml.c (RDF/XML: raptor2, read whole).
 */

typedef gboolean (*ParseFunc) (GInputStream *in, const char *syntax, const char *base_iri,
                               const char *filename, const char *blank_prefix,
                               const DgRdfSink *sink, gpointer sink_data, GError **error);

static gboolean
parse_rdfxml (GInputStream *in, const char *syntax, const char *base_iri, const char *filename,
              const char *blank_prefix, const DgRdfSink *sink, gpointer sink_data,
              GError **error)
{
  (void)syntax;
  return dg_rdf_parse_rdfxml (in, base_iri, filename, blank_prefix, sink, sink_data, error);
}

static const struct
{
  const char *syntax;
  ParseFunc parse;
} parsers[] = {
  { "turtle", dg_rdf_parse_serd }, { "ntriples", dg_rdf_parse_serd },
  { "nquads", dg_rdf_parse_serd }, { "trig", dg_rdf_parse_serd },
  { "rdfxml", parse_rdfxml },
};

gboolean
dg_rdf_parse_stream (GInputStream *in, const char *syntax, const char *base_iri,
                     const char *filename, const char *blank_prefix, const DgRdfSink *sink,
                     gpointer sink_data, GError **error)
{
  if (!base_iri)
    base_iri = "urn:x-diplograph:base";
  for (guint i = 0; i < G_N_ELEMENTS (parsers); i++)
    if (g_str_equal (parsers[i].syntax, syntax))
      return parsers[i].parse (in, syntax, base_iri, filename, blank_prefix, sink, sink_data,
                               error);
  g_set_error (error, DG_ERROR, DG_ERROR_PARSE, "%s: no RDF parser for syntax \"%s\"", filename,
               syntax);
  return FALSE;
}

gboolean
dg_rdf_parse (const char *data, gsize len, const char *syntax, const char *base_iri,
              const char *filename, const char *blank_prefix, const DgRdfSink *sink,
              gpointer sink_data, GError **error)
{
  g_autoptr (GInputStream) in = g_memory_input_stream_new_from_data (data, (gssize)len, NULL);

  return dg_rdf_parse_stream (in, syntax, base_iri, filename, blank_prefix, sink, sink_data,
                              error);
}
