/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-intern-private.h"

struct _DgIntern
{
  GStringChunk *chunk;
  GHashTable *ids;    /* borrowed string in chunk -> id */
  GPtrArray *strings; /* id -> borrowed string in chunk */
  gsize bytes;
};

DgIntern *
dg_intern_new (void)
{
  DgIntern *self = g_new0 (DgIntern, 1);

  self->chunk = g_string_chunk_new (64 * 1024);
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->strings = g_ptr_array_new ();
  g_ptr_array_add (self->strings, NULL); /* id 0: none */
  return self;
}

void
dg_intern_free (DgIntern *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->ids);
  g_ptr_array_unref (self->strings);
  g_string_chunk_free (self->chunk);
  g_free (self);
}

guint32
dg_intern_add (DgIntern *self, const char *str)
{
  gpointer found;
  char *copy;
  guint32 id;

  if (g_hash_table_lookup_extended (self->ids, str, NULL, &found))
    return GPOINTER_TO_UINT (found);
  copy = g_string_chunk_insert (self->chunk, str);
  id = self->strings->len;
  g_ptr_array_add (self->strings, copy);
  g_hash_table_insert (self->ids, copy, GUINT_TO_POINTER (id));
  self->bytes += strlen (str) + 1;
  return id;
}

gboolean
dg_intern_lookup (DgIntern *self, const char *str, guint32 *id)
{
  gpointer found;

  if (!g_hash_table_lookup_extended (self->ids, str, NULL, &found))
    return FALSE;
  *id = GPOINTER_TO_UINT (found);
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
