/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  DG_RDF_TERM_IRI,
  DG_RDF_TERM_BLANK,
  DG_RDF_TERM_LITERAL,
} DgRdfTermType;

/* One parsed triple; every string is borrowed for the callback only.
 * Blank node labels are made unique per parse with @blank_prefix. */
typedef struct
{
  const char *subject;
  DgRdfTermType subject_type;
  const char *predicate;
  const char *object;
  DgRdfTermType object_type;
  const char *datatype; /* NULL unless a typed literal */
  const char *language; /* NULL unless a language-tagged literal */
  const char *graph;    /* NULL in the default graph */
  DgRdfTermType graph_type;
  int line; /* where the parser was when it gave the triple; -1 if unknown */
  int column;
} DgRdfTriple;

typedef struct
{
  void (*triple) (const DgRdfTriple *triple, gpointer data);
  void (*prefix) (const char *prefix, const char *iri, gpointer data);
} DgRdfSink;

/* RDF/XML is read whole (its entities are bounded before libxml2 expands
 * them): at most this many bytes.  The other syntaxes stream. */
#define DG_RDF_MAX_WHOLE (256 * 1024 * 1024)

/* Parses RDF in @syntax ("turtle", "ntriples", "nquads", "trig" or
 * "rdfxml") from @in, a statement at a time.  The text is checked as it
 * comes: invalid UTF-8, NUL and U+0000 are errors at their place, never a
 * string cut short.  Errors come back as "@filename:line:col: message". */
G_GNUC_INTERNAL gboolean dg_rdf_parse_stream (GInputStream *in, const char *syntax,
                                              const char *base_iri, const char *filename,
                                              const char *blank_prefix, const DgRdfSink *sink,
                                              gpointer sink_data, GError **error);

/* The parsers behind dg_rdf_parse_stream(), one file per syntax family. */
G_GNUC_INTERNAL gboolean dg_rdf_parse_serd (GInputStream *in, const char *syntax,
                                            const char *base_iri, const char *filename,
                                            const char *blank_prefix, const DgRdfSink *sink,
                                            gpointer sink_data, GError **error);
G_GNUC_INTERNAL gboolean dg_rdf_parse_rdfxml (GInputStream *in, const char *base_iri,
                                              const char *filename, const char *blank_prefix,
                                              const DgRdfSink *sink, gpointer sink_data,
                                              GError **error);

/* The same, of @len bytes in memory. */
G_GNUC_INTERNAL gboolean dg_rdf_parse (const char *data, gsize len, const char *syntax,
                                       const char *base_iri, const char *filename,
                                       const char *blank_prefix, const DgRdfSink *sink,
                                       gpointer sink_data, GError **error);

G_END_DECLS
