/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-intern-private.h"
#include "dg-ontology-private.h"

G_BEGIN_DECLS

/* The ontology's own data, for the files that load it (dg-ontology.c) and
 * look terms up in it (dg-ontology-lookup.c). */

#define N_GROUPS 3

typedef struct
{
  guint32 s, p, o;
  guint32 datatype, language;
  guint8 o_type;
} RawTriple;

struct _DgOntology
{
  GObject parent_instance;
  DgIntern *strings;
  GArray *triples;     /* RawTriple, every triple of every load */
  GPtrArray *prefixes; /* alternating prefix, iri (borrowed from strings) */
  guint n_loads;
  /* rebuilt by rebuild(): */
  GPtrArray *terms;                 /* DgTerm*, owned */
  GPtrArray *by_kind[4];            /* DgTerm*, borrowed */
  GHashTable *by_iri;               /* iri -> DgTerm* */
  GHashTable *by_keyword[N_GROUPS]; /* keyword -> GPtrArray of DgTerm* */
  GHashTable *by_subject;           /* subject id -> GArray of triple indexes */
  GPtrArray *fact_terms;            /* DgTerm* with a fact time or provenance role */
};

/* Keywords are looked up in three groups: classes, relations, individuals. */
G_GNUC_INTERNAL int dg_ontology_group_of (DgTermKind kind);

G_END_DECLS
