/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-ontology-private.h"

G_BEGIN_DECLS

/* @value of the style annotation @what ("dg:nodeShape", "dg:fillColor",
 * "dg:edgeColor", "dg:edgeStyle") of term @iri into @slot if it is one
 * diplograph draws; an error naming the term otherwise. */
G_GNUC_INTERNAL gboolean dg_term_set_style (const char *iri, const char *what, const char *value,
                                            const char **slot, GError **error);
/* The flag a boolean diagram annotation sets, or 0 for another property. */
G_GNUC_INTERNAL DgTermFlags dg_term_flag_of (const char *property);
/* The role a dg:factTime or dg:provenance value names; an error listing
 * the roles otherwise. */
G_GNUC_INTERNAL gboolean dg_term_set_fact_time (const char *iri, const char *value,
                                                DgFactTimeRole *role, GError **error);
G_GNUC_INTERNAL gboolean dg_term_set_provenance (const char *iri, const char *value,
                                                 DgProvenanceRole *role, GError **error);

G_END_DECLS
