/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * DG_NO_OBJECT:
 *
 * The #DgRelation.object of a relation to a value rather than to a node.
 */
#define DG_NO_OBJECT G_MAXUINT

/**
 * DgRelation:
 * @subject: the node the statement is about
 * @predicate: the IRI of the relation
 * @object: the node it links to, or %DG_NO_OBJECT for a value
 * @value: (nullable): the lexical form of the value, or %NULL for a link
 * @datatype: (nullable): the value's datatype IRI, %NULL for text
 * @language: (nullable): the value's language tag, or %NULL
 *
 * One statement of a #DgGraph, as a copy that owns its strings: a link
 * from @subject to the node @object, or a value of @subject.
 */
typedef struct
{
  guint subject;
  char *predicate;
  guint object;
  char *value;
  char *datatype;
  char *language;
} DgRelation;

#define DG_TYPE_RELATION (dg_relation_get_type ())
GType dg_relation_get_type (void) G_GNUC_CONST;
DgRelation *dg_relation_copy (const DgRelation *relation);
void dg_relation_free (DgRelation *relation);
gboolean dg_relation_is_link (const DgRelation *relation);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgRelation, dg_relation_free)

G_END_DECLS
