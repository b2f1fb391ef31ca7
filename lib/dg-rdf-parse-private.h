/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

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

/* Parses @len bytes of RDF in @syntax (a raptor2 parser name such as
 * "turtle").  The bytes are checked for invalid UTF-8 and NUL first, since
 * raptor2 2.0.15 silently truncates literals at either.  Errors come back as
 * "@filename:line:col: message". */
G_GNUC_INTERNAL gboolean dg_rdf_parse (const char *data, gsize len, const char *syntax,
                                       const char *base_iri, const char *filename,
                                       const char *blank_prefix, const DgRdfSink *sink,
                                       gpointer sink_data, GError **error);

G_END_DECLS
