/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-intern-private.h"

/* The strings are kept in a GStringChunk, one after another, and found
 * through an open-addressing table of 4-byte ids (linear probing, at most
 * half full): a string costs its bytes, its pointer (8) and about 6 bytes
 * of table, where a GHashTable of string to id cost about 40.  Beside each
 * slot, a byte of the string's hash: a probe compares strings only where
 * it matches, not every string it passes (a cache miss each).   An event
 * table names four or five new strings a row (its id, its source's URL, a
 * tone), so this is a large part of what a row costs to hold. */

struct _DgIntern
{
  GStringChunk *chunk;
  GPtrArray *strings; /* id -> string in chunk; id 0: none */
  guint32 *table;     /* ids, 0 for an empty slot */
  guint8 *tags;       /* by slot: the top byte of the string's hash */
  gsize mask;         /* slots - 1, a power of two minus one */
  gsize bytes;
};

DgIntern *
dg_intern_new (void)
{
  DgIntern *self = g_new0 (DgIntern, 1);

  self->chunk = g_string_chunk_new (64 * 1024);
  self->strings = g_ptr_array_new ();
  g_ptr_array_add (self->strings, NULL); /* id 0: none */
  self->mask = 63;
  self->table = g_new0 (guint32, self->mask + 1);
  self->tags = g_new0 (guint8, self->mask + 1);
  return self;
}

void
dg_intern_free (DgIntern *self)
{
  if (self == NULL)
    return;
  g_free (self->table);
  g_free (self->tags);
  g_ptr_array_unref (self->strings);
  g_string_chunk_free (self->chunk);
  g_free (self);
}

/* The slot holding @str, or the empty one it would go into. */
static gsize
slot_of (DgIntern *self, const char *str, guint hash)
{
  gsize i = hash & self->mask;
  guint8 tag = hash >> 24;

  for (;; i = (i + 1) & self->mask)
    {
      guint32 id = self->table[i];

      if (!id || (self->tags[i] == tag && strcmp (g_ptr_array_index (self->strings, id), str) == 0))
        return i;
    }
}

static void
grow (DgIntern *self)
{
  gsize slots = (self->mask + 1) * 2;

  g_free (self->table);
  g_free (self->tags);
  self->table = g_new0 (guint32, slots);
  self->tags = g_new0 (guint8, slots);
  self->mask = slots - 1;
  for (guint32 id = 1; id < self->strings->len; id++)
    {
      const char *s = g_ptr_array_index (self->strings, id);
      guint hash = g_str_hash (s);
      gsize slot = slot_of (self, s, hash);

      self->table[slot] = id;
      self->tags[slot] = hash >> 24;
    }
}

guint32
dg_intern_add (DgIntern *self, const char *str)
{
  guint hash = g_str_hash (str);
  gsize slot = slot_of (self, str, hash);
  guint32 id;

  if (self->table[slot])
    return self->table[slot];
  g_return_val_if_fail (self->strings->len < G_MAXUINT32, 0);
  id = self->strings->len;
  g_ptr_array_add (self->strings, g_string_chunk_insert (self->chunk, str));
  self->bytes += strlen (str) + 1;
  /* At most half full: a probe stays short. */
  if ((gsize)id * 2 > self->mask)
    grow (self);
  else
    {
      self->table[slot] = id;
      self->tags[slot] = hash >> 24;
    }
  return id;
}

gboolean
dg_intern_lookup (DgIntern *self, const char *str, guint32 *id)
{
  guint32 found = self->table[slot_of (self, str, g_str_hash (str))];

  if (!found)
    return FALSE;
  *id = found;
  return TRUE;
}

const char *
dg_intern_get (DgIntern *self, guint32 id)
{
  g_return_val_if_fail (id < self->strings->len, NULL);
  return g_ptr_array_index (self->strings, id);
}

gsize
dg_intern_get_size (DgIntern *self)
{
  return self->strings->len - 1;
}

gsize
dg_intern_get_bytes (DgIntern *self)
{
  return self->bytes;
}
