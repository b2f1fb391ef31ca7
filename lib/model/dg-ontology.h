/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * DG_NAMESPACE:
 *
 * The namespace IRI of the diplograph ontology (prefix `dg:`).
 */
#define DG_NAMESPACE "https://w3id.org/diplograph#"

/**
 * DgTermKind:
 * @DG_TERM_CLASS: a class (`owl:Class`)
 * @DG_TERM_OBJECT_PROPERTY: a relation between nodes (`owl:ObjectProperty`)
 * @DG_TERM_DATATYPE_PROPERTY: a relation to a literal (`owl:DatatypeProperty`)
 * @DG_TERM_INDIVIDUAL: a named individual such as a role or partnership level
 *
 * What an ontology term is.
 */
typedef enum
{
  DG_TERM_CLASS,
  DG_TERM_OBJECT_PROPERTY,
  DG_TERM_DATATYPE_PROPERTY,
  DG_TERM_INDIVIDUAL,
} DgTermKind;

/**
 * DgTermsFormat:
 * @DG_TERMS_TEXT: for people: a class tree, relations, enumerations
 * @DG_TERMS_TSV: for scripts: one term a row (kind, name, IRI, label,
 *   keywords, parents, domain, range), with a header row
 *
 * How dg_ontology_write_terms() lists the vocabulary.
 */
typedef enum
{
  DG_TERMS_TEXT,
  DG_TERMS_TSV,
} DgTermsFormat;

#define DG_TYPE_ONTOLOGY (dg_ontology_get_type ())
G_DECLARE_FINAL_TYPE (DgOntology, dg_ontology, DG, ONTOLOGY, GObject)

DgOntology *dg_ontology_new (GError **error);
DgOntology *dg_ontology_new_empty (void);
gboolean dg_ontology_load_file (DgOntology *self, const char *path, GError **error);
gboolean dg_ontology_load_data (DgOntology *self, const char *data, gssize length, const char *name,
                                GError **error);

const char *dg_ontology_lookup (DgOntology *self, DgTermKind kind, const char *keyword,
                                GError **error);
gboolean dg_ontology_has_term (DgOntology *self, const char *iri, DgTermKind *kind);
gboolean dg_ontology_is_subclass_of (DgOntology *self, const char *class_iri,
                                     const char *super_iri);
const char *dg_ontology_get_label (DgOntology *self, const char *iri, const char *const *languages);
char **dg_ontology_list_terms (DgOntology *self, DgTermKind kind);
guint dg_ontology_get_n_terms (DgOntology *self);
gboolean dg_ontology_write_terms (DgOntology *self, const char *name, const char *const *languages,
                                  DgTermsFormat format, GOutputStream *stream, GError **error);

G_END_DECLS
