/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dg-phrases-private.h"

/* A trie on interned keys, so that finding the phrases at a word costs
 * the length of the longest match, not the number of phrases that share
 * a first word (a gazetteer of "Republic of ..." names). */
typedef struct _Node Node;
struct _Node
{
  GHashTable *children; /* key -> Node*; NULL until it has one */
  GPtrArray *ends;      /* DgPhrase* ending here, in the order added; or NULL */
};

struct _DgPhrases
{
  Node root;
  guint size;
};

/* A phrase found: its length, the form of the first word it was found by
 * (folded, first stem, second stem) and its order of addition, which
 * together give the order of the calls. */
typedef struct
{
  guint len, form, seq;
  const DgPhrase *phrase;
} Found;

/* The phrases found at a word: most words start a handful, kept on the
 * stack; more go to the heap (a word called this is looked up often, and
 * an allocation a call is what a sanitizer's malloc makes slow). */
#define MATCHES_ON_STACK 16

typedef struct
{
  Found stack[MATCHES_ON_STACK];
  Found *items;
  guint len, size;
} Matches;

static void
matches_add (Matches *m, const Found *f)
{
  if (m->len == m->size)
    {
      guint size = m->size * 2;
      Found *items = g_new (Found, size);

      memcpy (items, m->items, m->len * sizeof (Found));
      if (m->items != m->stack)
        g_free (m->items);
      m->items = items;
      m->size = size;
    }
  m->items[m->len++] = *f;
}

static void
node_clear (Node *node)
{
  if (node->children)
    g_hash_table_destroy (node->children);
  if (node->ends)
    g_ptr_array_unref (node->ends);
}

static void
node_free (gpointer p)
{
  node_clear (p);
  g_free (p);
}

DgPhrases *
dg_phrases_new (void)
{
  return g_new0 (DgPhrases, 1);
}

void
dg_phrases_free (DgPhrases *self)
{
  if (!self)
    return;
  node_clear (&self->root);
  g_free (self);
}

const DgPhrase *
dg_phrases_add (DgPhrases *self, const char *const *keys, guint n_keys, gboolean exact,
                gpointer data)
{
  DgPhrase *phrase;
  Node *node = &self->root;
  guint i;

  g_return_val_if_fail (n_keys > 0, NULL);
  /* One allocation: the phrase, then its keys. */
  phrase = g_malloc (sizeof *phrase + n_keys * sizeof (char *));
  phrase->n_keys = n_keys;
  phrase->exact = exact;
  phrase->seq = self->size++;
  phrase->keys = (const char **)(phrase + 1);
  for (i = 0; i < n_keys; i++)
    {
      Node *child;

      phrase->keys[i] = keys[i];
      if (!node->children)
        node->children = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, node_free);
      child = g_hash_table_lookup (node->children, keys[i]);
      if (!child)
        {
          child = g_new0 (Node, 1);
          g_hash_table_insert (node->children, (gpointer)keys[i], child);
        }
      node = child;
    }
  phrase->data = data;
  if (!node->ends)
    node->ends = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (node->ends, phrase);
  return phrase;
}

static gboolean
joined (char gap)
{
  return gap == 0 || gap == '-' || gap == '\'' || gap == '.';
}

/* The distinct forms of @w: its folded form first, then its stems. */
static guint
forms_of (const DgWord *w, const char *forms[3])
{
  guint n = 0;

  forms[n++] = w->folded;
  for (guint i = 0; i < 2; i++)
    if (w->stems[i] && w->stems[i] != w->folded && (i == 0 || w->stems[1] != w->stems[0]))
      forms[n++] = w->stems[i];
  return n;
}

/* Every phrase below @node that the words from @at + @depth continue;
 * @folded: every word so far matched by its folded form, as an exact
 * phrase must be. */
static void
collect (const Node *node, const DgWord *words, guint n_words, guint at, guint depth,
         guint form, gboolean folded, Matches *found)
{
  const char *forms[3];
  guint n;

  if (node->ends)
    for (guint i = 0; i < node->ends->len; i++)
      {
        const DgPhrase *phrase = g_ptr_array_index (node->ends, i);
        Found f = { depth, form, phrase->seq, phrase };

        if (folded || !phrase->exact)
          matches_add (found, &f);
      }
  if (!node->children || at + depth >= n_words || !joined (words[at + depth].gap))
    return;
  n = forms_of (&words[at + depth], forms);
  for (guint i = 0; i < n; i++)
    {
      const Node *child = g_hash_table_lookup (node->children, forms[i]);
      if (child)
        collect (child, words, n_words, at, depth + 1, form, folded && i == 0, found);
    }
}

static int
found_order (gconstpointer a, gconstpointer b)
{
  const Found *x = a, *y = b;

  if (x->len != y->len)
    return x->len > y->len ? -1 : 1;
  if (x->form != y->form)
    return x->form < y->form ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

guint
dg_phrases_match (DgPhrases *self, const DgWord *words, guint n_words, guint at, DgPhraseFunc func,
                  gpointer user_data)
{
  const char *forms[3];
  Matches found;
  guint n, longest;

  if (at >= n_words || !self->root.children)
    return 0;
  /* Most words start no phrase. */
  n = forms_of (&words[at], forms);
  {
    gboolean any = FALSE;
    for (guint i = 0; i < n && !any; i++)
      any = g_hash_table_lookup (self->root.children, forms[i]) != NULL;
    if (!any)
      return 0;
  }
  found.items = found.stack;
  found.len = 0;
  found.size = MATCHES_ON_STACK;
  /* The first word is found by any of its forms (an exact phrase by its
   * folded form alone); the gap before it does not matter. */
  for (guint i = 0; i < n; i++)
    {
      const Node *child = g_hash_table_lookup (self->root.children, forms[i]);
      if (child)
        collect (child, words, n_words, at, 1, i, i == 0, &found);
    }
  if (!found.len)
    return 0;
  qsort (found.items, found.len, sizeof (Found), found_order);
  for (guint i = 0; func && i < found.len; i++)
    if (!func (found.items[i].phrase, user_data))
      break;
  longest = found.items[0].len;
  if (found.items != found.stack)
    g_free (found.items);
  return longest;
}

guint
dg_phrases_get_size (DgPhrases *self)
{
  return self->size;
}
