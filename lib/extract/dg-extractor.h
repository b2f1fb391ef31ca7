/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <gio/gio.h>

#include "dg-graph.h"
#include "dg-ontology.h"

G_BEGIN_DECLS

#define DG_TYPE_EXTRACTOR (dg_extractor_get_type ())
G_DECLARE_FINAL_TYPE (DgExtractor, dg_extractor, DG, EXTRACTOR, GObject)

DgExtractor *dg_extractor_new (DgOntology *ontology, const char *language, GError **error);
void dg_extractor_add_gazetteer (DgExtractor *self, DgGraph *graph);
gboolean dg_extractor_add_world (DgExtractor *self, GError **error);

/**
 * DG_EXTRACTOR_MIN_SURE:
 *
 * The default sureness below which a candidate is written as a hint:
 * reviewers kept fewer than two in five of such candidates.
 */
#define DG_EXTRACTOR_MIN_SURE 0.4
void dg_extractor_set_min_sure (DgExtractor *self, double min_sure);
gboolean dg_extractor_set_source (DgExtractor *self, const char *id, const char *url,
                                  const char *date, GError **error);
gboolean dg_extractor_set_article (DgExtractor *self, const char *text, gssize length,
                                   const char *name, GError **error);
gboolean dg_extractor_write (DgExtractor *self, GOutputStream *stream, GError **error);
gboolean dg_extractor_write_file (DgExtractor *self, const char *path, GError **error);
guint dg_extractor_get_n_sentences (DgExtractor *self);
guint dg_extractor_get_n_candidates (DgExtractor *self);
guint dg_extractor_get_n_new_entities (DgExtractor *self);

G_END_DECLS
