/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-phrases-private.h"

struct _DgPhrases
{
  GHashTable *by_first; /* first key -> GPtrArray of DgPhrase*, longest first */
  guint size;
};

static void
phrase_free (gpointer p)
{
  g_free (p);
}

DgPhrases *
dg_phrases_new (void)
{
  DgPhrases *self = g_new0 (DgPhrases, 1);

  self->by_first = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                          (GDestroyNotify)g_ptr_array_unref);
  return self;
}

void
dg_phrases_free (DgPhrases *self)
{
  if (!self)
    return;
  g_hash_table_destroy (self->by_first);
  g_free (self);
}

const DgPhrase *
dg_phrases_add (DgPhrases *self, const char *const *keys, guint n_keys, gboolean exact,
                gpointer data)
{
  DgPhrase *phrase;
  GPtrArray *list;
  guint i;

  g_return_val_if_fail (n_keys > 0, NULL);
  /* One allocation: the phrase, then its keys. */
  phrase = g_malloc (sizeof *phrase + n_keys * sizeof (char *));
  phrase->n_keys = n_keys;
  phrase->exact = exact;
  phrase->keys = (const char **)(phrase + 1);
  for (i = 0; i < n_keys; i++)
    phrase->keys[i] = keys[i];
  phrase->data = data;
  list = g_hash_table_lookup (self->by_first, keys[0]);
  if (!list)
    {
      list = g_ptr_array_new_with_free_func (phrase_free);
      g_hash_table_insert (self->by_first, (gpointer)keys[0], list);
    }
  for (i = 0; i < list->len; i++)
    if (((DgPhrase *)g_ptr_array_index (list, i))->n_keys < n_keys)
      break;
  g_ptr_array_insert (list, (gint)i, phrase);
  self->size++;
  return phrase;
}

static gboolean
joined (char gap)
{
  return gap == 0 || gap == '-' || gap == '\'' || gap == '.';
}

static gboolean
matches (const DgPhrase *phrase, const DgWord *words, guint n_words, guint at)
{
  if (at + phrase->n_keys > n_words)
    return FALSE;
  for (guint k = 1; k < phrase->n_keys; k++)
    if (!joined (words[at + k].gap)
        || !(phrase->exact ? words[at + k].folded == phrase->keys[k]
                           : dg_word_has (&words[at + k], phrase->keys[k])))
      return FALSE;
  return TRUE;
}

guint
dg_phrases_match (DgPhrases *self, const DgWord *words, guint n_words, guint at, DgPhraseFunc func,
                  gpointer user_data)
{
  const DgWord *w = &words[at];
  const char *firsts[3] = { w->folded, w->stems[0], w->stems[1] };
  guint longest = 0, max = 0;
  GPtrArray *lists[3] = { NULL };

  for (guint f = 0; f < 3; f++)
    if (firsts[f] && (f == 0 || firsts[f] != firsts[0]) && (f < 2 || firsts[2] != firsts[1]))
      {
        lists[f] = g_hash_table_lookup (self->by_first, firsts[f]);
        if (lists[f])
          max = MAX (max, ((DgPhrase *)g_ptr_array_index (lists[f], 0))->n_keys);
      }
  /* Longest first across the (at most three) lists. */
  for (guint len = MIN (max, n_words - at); len > 0; len--)
    for (guint f = 0; f < 3; f++)
      for (guint i = 0; lists[f] && i < lists[f]->len; i++)
        {
          const DgPhrase *phrase = g_ptr_array_index (lists[f], i);

          if (phrase->n_keys > len)
            continue;
          if (phrase->n_keys < len)
            break;
          /* An exact phrase is found by the folded form alone. */
          if ((f > 0 && phrase->exact) || !matches (phrase, words, n_words, at))
            continue;
          if (!longest)
            longest = len;
          if (func && !func (phrase, user_data))
            return longest;
        }
  return longest;
}

guint
dg_phrases_get_size (DgPhrases *self)
{
  return self->size;
}
