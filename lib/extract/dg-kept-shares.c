/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dg-kept-shares-private.h"

struct _DgKeptShares
{
  GArray *rules;       /* double pairs: a rule's sureness, the share of its candidates kept */
  GHashTable *classes; /* DgTerm* class -> GArray of double pairs, as @rules; a sureness
                          of -1: every candidate of the class */
};

DgKeptShares *
dg_kept_shares_new (void)
{
  DgKeptShares *self = g_new0 (DgKeptShares, 1);

  self->rules = g_array_new (FALSE, FALSE, sizeof (double));
  self->classes
      = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify)g_array_unref);
  return self;
}

void
dg_kept_shares_free (DgKeptShares *self)
{
  if (!self)
    return;
  g_array_unref (self->rules);
  g_hash_table_destroy (self->classes);
  g_free (self);
}

gboolean
dg_kept_shares_add (DgKeptShares *self, gboolean on_class, DgTerm *klass, const char *text,
                    char **message)
{
  g_auto (GStrv) pairs = g_strsplit_set (text, " \t", -1);
  g_autoptr (GArray) unknown = NULL; /* of a class the ontology lacks: read, unused */
  GArray *into = self->rules;

  /* On a class, its own shares: one share ("0.20") that of its candidates
   * whatever their rule, or pairs those of its candidates of each. */
  if (on_class)
    {
      into = klass ? g_hash_table_lookup (self->classes, klass) : NULL;
      if (!into)
        {
          into = g_array_new (FALSE, FALSE, sizeof (double));
          if (klass)
            g_hash_table_insert (self->classes, klass, into);
          else
            unknown = into;
        }
    }
  for (guint i = 0; pairs[i]; i++)
    {
      double pair[2] = { -1, 0 };
      char *end = NULL, *eq = strchr (pairs[i], '=');

      if (!pairs[i][0])
        continue;
      if (eq || !on_class)
        pair[0] = eq ? g_ascii_strtod (pairs[i], &end) : -1;
      if ((eq || !on_class) && (!eq || end != eq || pair[0] < 0 || pair[0] > 1))
        {
          *message = g_strdup_printf ("dg:keptShare \"%s\": expected sureness=share pairs", text);
          return FALSE;
        }
      pair[1] = g_ascii_strtod (eq ? eq + 1 : pairs[i], &end);
      if (end == (eq ? eq + 1 : pairs[i]) || *end || pair[1] < 0 || pair[1] > 1)
        {
          *message = g_strdup_printf ("dg:keptShare \"%s\": expected a share from 0 to 1", text);
          return FALSE;
        }
      g_array_append_vals (into, pair, 2);
    }
  return TRUE;
}

double
dg_kept_shares_lookup (const DgKeptShares *self, DgTerm *klass, double sure)
{
  double best = sure, distance = 1.0;
  const GArray *of_class = NULL;
  GHashTableIter iter;
  gpointer t, pairs;

  /* The class's own shares, or the nearest class above it with some. */
  g_hash_table_iter_init (&iter, self->classes);
  while (klass && g_hash_table_iter_next (&iter, &t, &pairs))
    if (dg_term_is_a (klass, t) && (!of_class || t == klass))
      of_class = pairs;
  for (guint i = 0; of_class && i + 1 < of_class->len; i += 2)
    {
      double raw = g_array_index (of_class, double, i);
      if (raw < 0 || fabs (raw - sure) < 0.05)
        return g_array_index (of_class, double, i + 1);
    }
  /* The nearest sureness measured; none measured: the rule's own. */
  for (guint i = 0; i + 1 < self->rules->len; i += 2)
    {
      double raw = g_array_index (self->rules, double, i);
      if (fabs (raw - sure) < distance)
        {
          distance = fabs (raw - sure);
          best = g_array_index (self->rules, double, i + 1);
        }
    }
  return best;
}
