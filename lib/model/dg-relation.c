/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-relation.h"

G_DEFINE_BOXED_TYPE (DgRelation, dg_relation, dg_relation_copy, dg_relation_free)

/**
 * dg_relation_copy:
 * @relation: a #DgRelation
 *
 * Returns: (transfer full): a copy of @relation
 */
DgRelation *
dg_relation_copy (const DgRelation *relation)
{
  DgRelation *copy;

  g_return_val_if_fail (relation != NULL, NULL);
  copy = g_new (DgRelation, 1);
  copy->subject = relation->subject;
  copy->predicate = g_strdup (relation->predicate);
  copy->object = relation->object;
  copy->value = g_strdup (relation->value);
  copy->datatype = g_strdup (relation->datatype);
  copy->language = g_strdup (relation->language);
  return copy;
}

/**
 * dg_relation_free:
 * @relation: (transfer full) (nullable): a #DgRelation
 */
void
dg_relation_free (DgRelation *relation)
{
  if (!relation)
    return;
  g_free (relation->predicate);
  g_free (relation->value);
  g_free (relation->datatype);
  g_free (relation->language);
  g_free (relation);
}

/**
 * dg_relation_is_link:
 * @relation: a #DgRelation
 *
 * Returns: %TRUE if @relation links to a node, %FALSE if it is a value
 */
gboolean
dg_relation_is_link (const DgRelation *relation)
{
  g_return_val_if_fail (relation != NULL, FALSE);
  return relation->object != DG_NO_OBJECT;
}
