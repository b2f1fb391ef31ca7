/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "dg-ontology-private.h"

G_BEGIN_DECLS

/* What a rule's sureness meant on a corpus a reviewer went through
 * (dg:keptShare): the share of its candidates kept, for every rule or for
 * the candidates of one class. */
typedef struct _DgKeptShares DgKeptShares;

G_GNUC_INTERNAL DgKeptShares *dg_kept_shares_new (void);
G_GNUC_INTERNAL void dg_kept_shares_free (DgKeptShares *self);

/* Reads one dg:keptShare value: "0.8=0.54 0.7=0.30" on the ontology
 * (@on_class FALSE), or on a class @klass (NULL: one the ontology lacks,
 * read and unused), where one share alone ("0.20") covers every
 * sureness.  FALSE with a message on a malformed value. */
G_GNUC_INTERNAL gboolean dg_kept_shares_add (DgKeptShares *self, gboolean on_class, DgTerm *klass,
                                             const char *text, char **message);

/* The share of a candidate of @klass with the rule's sureness @sure: the
 * class's own (or the nearest class's above it), else the nearest
 * sureness measured, else @sure. */
G_GNUC_INTERNAL double dg_kept_shares_lookup (const DgKeptShares *self, DgTerm *klass, double sure);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgKeptShares, dg_kept_shares_free)

G_END_DECLS
