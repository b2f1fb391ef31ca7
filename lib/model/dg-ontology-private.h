/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-ontology.h"
#include "dg-rdf-parse-private.h"

G_BEGIN_DECLS

typedef struct _DgTerm DgTerm;

/* Boolean diagram annotations of a term (inherited by its subterms). */
typedef enum
{
  DG_TERM_COLLAPSIBLE = 1 << 0,  /* dg:collapsible: an n-ary class a diagram may draw as an edge */
  DG_TERM_COLLAPSE_END = 1 << 1, /* dg:collapseEnd: a relation to one end of such an edge */
  DG_TERM_CLUSTER_VIA = 1 << 2,  /* dg:clusterVia: a node is boxed with what this points to */
  DG_TERM_CLUSTER_ROOT = 1 << 3, /* dg:clusterRoot: a class whose nodes get a box */
  DG_TERM_POINT_IN_TIME = 1 << 4, /* dg:pointInTime: a class whose date is a moment, not a start */
  DG_TERM_IDENTIFYING = 1 << 5,   /* dg:identifying: a value names one entity (ISO code, sameAs) */
  DG_TERM_LEGEND_FAMILY = 1 << 6, /* dg:legendFamily: a class heads a family in a legend */
} DgTermFlags;

/* dg:factTime: what a datatype property's date says of a fact's time
 * (see dg-fact-private.h). */
typedef enum
{
  DG_FACT_TIME_NONE,
  DG_FACT_TIME_START,    /* "start": the fact begins */
  DG_FACT_TIME_UPGRADE,  /* "upgrade": it begins at a new level, ending what it succeeds */
  DG_FACT_TIME_END,      /* "end": it ends */
  DG_FACT_TIME_DATE,     /* "date": a moment for a point-in-time class, else a start */
  DG_FACT_TIME_SUCCEEDS, /* "succeeds" (object property): the fact it points to ends */
} DgFactTimeRole;

/* dg:provenance: the part a term plays in saying where a fact comes from. */
typedef enum
{
  DG_PROVENANCE_NONE,
  DG_PROVENANCE_SOURCE,       /* "source": fact -> the source document stating it */
  DG_PROVENANCE_CITATION,     /* "citation": fact -> a citation of it */
  DG_PROVENANCE_CITED_SOURCE, /* "citedSource": citation -> its source document */
  DG_PROVENANCE_QUOTE,        /* "quote": citation -> its verbatim quote */
  DG_PROVENANCE_FILE_NAME,    /* "fileName": source document -> the file it was read from */
  DG_PROVENANCE_LANGUAGE,     /* "language": source document -> the language of its quotes */
} DgProvenanceRole;

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
  GPtrArray *keywords;  /* const char*: the dg:keywords it is also named by */
  guint64 *ancestors;   /* classes: bit set over class indexes, self included */
  const char *shape, *fill_color, *edge_style, *edge_color;
  gboolean hidden;
  DgTermFlags flags;
  DgFactTimeRole fact_time;
  DgProvenanceRole provenance;
  DgTerm *label_property;
  DgTerm *not_before;
};

G_GNUC_INTERNAL DgTerm *dg_ontology_term (DgOntology *self, const char *iri);
/* Calls @func for every literal object of @predicate, in the order read:
 * subject IRI (or blank node label), text, language ("" when untagged). */
typedef void (*DgLiteralFunc) (const char *subject, const char *text, const char *language,
                               gpointer data);
G_GNUC_INTERNAL void dg_ontology_foreach_literal (DgOntology *self, const char *predicate,
                                                  DgLiteralFunc func, gpointer data);
/* The terms with a dg:factTime or a dg:provenance role, in declaration
 * order (borrowed). */
G_GNUC_INTERNAL GPtrArray *dg_ontology_get_fact_terms (DgOntology *self);
/* The first term with provenance @role, or NULL if the ontology has none. */
G_GNUC_INTERNAL DgTerm *dg_ontology_provenance_term (DgOntology *self, DgProvenanceRole role);
G_GNUC_INTERNAL DgTerm *dg_ontology_find (DgOntology *self, DgTermKind kind, const char *keyword);
G_GNUC_INTERNAL gboolean dg_term_is_a (const DgTerm *klass, const DgTerm *super);
G_GNUC_INTERNAL gboolean dg_term_in_classes (const DgTerm *klass, GPtrArray *classes);
/* As dg_term_in_classes(), but an empty list (a domain or range of any
 * class) holds every class. */
G_GNUC_INTERNAL gboolean dg_term_in_any (const DgTerm *klass, GPtrArray *classes);
G_GNUC_INTERNAL const char *dg_term_label (const DgTerm *term, const char *const *languages);
/* The class heading @klass's family in a legend (dg:legendFamily), or NULL. */
G_GNUC_INTERNAL const DgTerm *dg_term_legend_family (const DgTerm *klass);
/* When @property takes an enumeration (roles, partnership levels), what to
 * say of the unknown value @wrong: "did you mean ...?" or the values it
 * takes; NULL otherwise.  Free with g_free(). */
G_GNUC_INTERNAL char *dg_ontology_explain_value (DgOntology *self, const char *property_iri,
                                                 const char *wrong);
/* The IRI of the ontology, which names the graph it is written to. */
#define DG_ONTOLOGY_IRI "https://w3id.org/diplograph"
/* Every triple read into the ontology, built-in and extensions, in order
 * (blank nodes as "_:" labels of the ontology's own). */
typedef void (*DgOntologyTripleFunc) (const DgRdfTriple *triple, gpointer data);
G_GNUC_INTERNAL void dg_ontology_foreach_triple (DgOntology *self, DgOntologyTripleFunc func,
                                                 gpointer data);
G_GNUC_INTERNAL guint dg_ontology_get_n_triples (DgOntology *self);
/* Prefix declarations of the loaded files, in order: prefix, iri, ... */
G_GNUC_INTERNAL GPtrArray *dg_ontology_get_prefixes (DgOntology *self);

G_END_DECLS
