/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-diagnostic.h"
#include "dg-reader-dg.h"

G_BEGIN_DECLS

/* A place in an input, for diagnostics: line 0 means none. */
typedef struct
{
  guint32 file; /* as dg_reader_add_file() returned it */
  guint32 line;
  guint32 column;
} DgPos;

/* What the readers of each format share in a #DgReader. */
/* A file to name in diagnostics; @rdf if it is read as RDF. */
G_GNUC_INTERNAL guint dg_reader_add_file (DgReader *self, const char *name, gboolean rdf);
G_GNUC_PRINTF (4, 5)
G_GNUC_INTERNAL void dg_reader_report (DgReader *self, DgSeverity severity, const DgPos *pos,
                                       const char *format, ...);
/* The statements added to the graph since the last call come from @pos. */
G_GNUC_INTERNAL void dg_reader_note_statements (DgReader *self, const DgPos *pos);
/* @node is defined at @pos, unless it was defined before. */
G_GNUC_INTERNAL void dg_reader_define (DgReader *self, guint node, const DgPos *pos);
G_GNUC_INTERNAL const char *dg_reader_get_base_iri (DgReader *self);
G_GNUC_INTERNAL DgGraph *dg_reader_get_graph (DgReader *self);

/* Whether @format (a name dg_reader_format_for_name() gives) is an RDF
 * syntax rather than `.dg` or a table. */
G_GNUC_INTERNAL gboolean dg_reader_format_is_rdf (const char *format);

/* dg-reader-rdf.c: reads RDF in @syntax from @in into the reader's graph,
 * a statement at a time.  Problems are diagnostics. */
G_GNUC_INTERNAL void dg_reader_read_rdf (DgReader *self, GInputStream *in, const char *name,
                                         const char *syntax);

G_END_DECLS
