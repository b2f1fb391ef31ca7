/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <gio/gio.h>

#include "dg-graph.h"

G_BEGIN_DECLS

/**
 * DgRdfFormat:
 * @DG_RDF_FORMAT_TURTLE: Turtle, with the ontology's prefixes
 * @DG_RDF_FORMAT_NTRIPLES: N-Triples
 * @DG_RDF_FORMAT_NQUADS: N-Quads, with a named graph per source document
 * @DG_RDF_FORMAT_TRIG: TriG, with a named graph per source document
 *
 * The RDF syntaxes a #DgRdfWriter writes.  Turtle and N-Triples hold one
 * graph; N-Quads and TriG a dataset of named graphs.
 */
typedef enum
{
  DG_RDF_FORMAT_TURTLE,
  DG_RDF_FORMAT_NTRIPLES,
  DG_RDF_FORMAT_NQUADS,
  DG_RDF_FORMAT_TRIG,
} DgRdfFormat;

gboolean dg_rdf_format_from_name (const char *name, DgRdfFormat *format);
gboolean dg_rdf_format_has_graphs (DgRdfFormat format);

#define DG_TYPE_RDF_WRITER (dg_rdf_writer_get_type ())
G_DECLARE_FINAL_TYPE (DgRdfWriter, dg_rdf_writer, DG, RDF_WRITER, GObject)

DgRdfWriter *dg_rdf_writer_new (DgGraph *graph, DgRdfFormat format);
void dg_rdf_writer_set_default_graph (DgRdfWriter *self, gboolean default_graph);
gboolean dg_rdf_writer_write (DgRdfWriter *self, GOutputStream *stream, GError **error);
gboolean dg_rdf_writer_write_file (DgRdfWriter *self, const char *path, GError **error);
guint64 dg_rdf_writer_get_n_written (DgRdfWriter *self);
void dg_rdf_writer_set_with_ontology (DgRdfWriter *self, gboolean with_ontology);
void dg_rdf_writer_set_threads (DgRdfWriter *self, guint n_threads);

G_END_DECLS
