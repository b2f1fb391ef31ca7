/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-writer-rdf.h"

G_BEGIN_DECLS

/* The graphs a dataset write would put statements in, each named by its IRI
 * or blank node label, "" for the default graph; for a client of a graph
 * store, which takes one graph per request. */
G_GNUC_INTERNAL GPtrArray *dg_rdf_writer_list_graphs (DgRdfWriter *self);
/* With Turtle: write only the statements of @graph (a name
 * dg_rdf_writer_list_graphs() gave), or all with %NULL.  %FALSE if the
 * graph has no such name. */
G_GNUC_INTERNAL gboolean dg_rdf_writer_set_only_graph (DgRdfWriter *self, const char *graph);

G_END_DECLS
