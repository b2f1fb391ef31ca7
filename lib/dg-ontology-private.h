/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-ontology.h"

G_BEGIN_DECLS

typedef struct _DgTerm DgTerm;

/* Boolean diagram annotations of a term (inherited by its subterms). */
typedef enum
{
  DG_TERM_COLLAPSIBLE = 1 << 0,  /* dg:collapsible: an n-ary class a diagram may draw as an edge */
  DG_TERM_COLLAPSE_END = 1 << 1, /* dg:collapseEnd: a relation to one end of such an edge */
  DG_TERM_CLUSTER_VIA = 1 << 2,  /* dg:clusterVia: a node is boxed with what this points to */
  DG_TERM_CLUSTER_ROOT = 1 << 3, /* dg:clusterRoot: a class whose nodes get a box */
} DgTermFlags;

typedef struct
{
  const char *language; /* "" when untagged */
  const char *text;
} DgLabel;

/* A term of the ontology, with its inherited values resolved.  Owned by the
 * ontology; valid until the next load. */
struct _DgTerm
{
  DgTermKind kind;
  guint index; /* among the terms of its kind */
  const char *iri;
  const char *local;    /* local name, the main .dg keyword */
  GArray *labels;       /* DgLabel */
  GPtrArray *parents;   /* DgTerm*: superclasses or superproperties */
  GPtrArray *domain;    /* DgTerm* classes, empty when any */
  GPtrArray *range;     /* DgTerm* classes, empty when any (object properties) */
  const char *datatype; /* range of a datatype property, or NULL */
  GPtrArray *types;     /* DgTerm* classes of an individual */
  guint64 *ancestors;   /* classes: bit set over class indexes, self included */
  const char *shape, *fill_color, *edge_style, *edge_color;
  gboolean hidden;
  DgTermFlags flags;
  DgTerm *label_property;
  DgTerm *not_before;
};

G_GNUC_INTERNAL DgTerm *dg_ontology_term (DgOntology *self, const char *iri);
G_GNUC_INTERNAL DgTerm *dg_ontology_find (DgOntology *self, DgTermKind kind, const char *keyword);
G_GNUC_INTERNAL gboolean dg_term_is_a (const DgTerm *klass, const DgTerm *super);
G_GNUC_INTERNAL gboolean dg_term_in_classes (const DgTerm *klass, GPtrArray *classes);
G_GNUC_INTERNAL const char *dg_term_label (const DgTerm *term, const char *const *languages);
/* Prefix declarations of the loaded files, in order: prefix, iri, ... */
G_GNUC_INTERNAL GPtrArray *dg_ontology_get_prefixes (DgOntology *self);

G_END_DECLS
