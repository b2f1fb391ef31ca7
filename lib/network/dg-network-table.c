/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-network-private.h"

/* The attribute table of a network's nodes or edges: columns typed by the
 * values put in them, so that every format declares the same types and a
 * column never claims a type one of its cells does not have. */

static void
column_free (gpointer data)
{
  DgNetworkColumn *c = data;

  g_free (c->name);
  g_free (c);
}

DgNetworkTable *
dg_network_table_new (void)
{
  DgNetworkTable *t = g_new0 (DgNetworkTable, 1);

  t->columns = g_ptr_array_new_with_free_func (column_free);
  t->index = g_hash_table_new (g_str_hash, g_str_equal);
  t->owner = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return t;
}

void
dg_network_table_free (DgNetworkTable *table)
{
  if (!table)
    return;
  g_hash_table_unref (table->index);
  g_hash_table_unref (table->owner);
  g_ptr_array_unref (table->columns);
  g_free (table);
}

guint
dg_network_table_column (DgNetworkTable *table, const char *name, DgColumnType type)
{
  guint i = GPOINTER_TO_UINT (g_hash_table_lookup (table->index, name));
  DgNetworkColumn *c;

  if (i)
    {
      c = g_ptr_array_index (table->columns, i - 1);
      if (c->type != type)
        c->type = DG_COLUMN_STRING;
      return i - 1;
    }
  c = g_new0 (DgNetworkColumn, 1);
  c->name = g_strdup (name);
  c->type = type;
  g_ptr_array_add (table->columns, c);
  g_hash_table_insert (table->index, c->name, GUINT_TO_POINTER (table->columns->len));
  return table->columns->len - 1;
}

void
dg_network_table_set (DgNetworkTable *table, GPtrArray *row, guint column, const char *value)
{
  char **cell;

  if (row->len <= column)
    g_ptr_array_set_size (row, column + 1);
  cell = (char **)&g_ptr_array_index (row, column);
  if (!*cell)
    {
      *cell = g_strdup (value);
      return;
    }
  if (g_str_equal (*cell, value))
    return;
  {
    char *joined = g_strconcat (*cell, "; ", value, NULL);

    g_free (*cell);
    *cell = joined;
  }
  ((DgNetworkColumn *)g_ptr_array_index (table->columns, column))->type = DG_COLUMN_STRING;
}

const char *
dg_network_table_cell (const GPtrArray *row, guint column)
{
  const char *cell = column < row->len ? g_ptr_array_index (row, column) : NULL;

  return cell ? cell : "";
}

static int
by_name (gconstpointer a, gconstpointer b, gpointer data)
{
  GPtrArray *columns = data;
  const DgNetworkColumn *x = g_ptr_array_index (columns, *(const guint *)a);
  const DgNetworkColumn *y = g_ptr_array_index (columns, *(const guint *)b);

  return strcmp (x->name, y->name);
}

void
dg_network_table_sort (DgNetworkTable *table, guint first, GPtrArray *rows)
{
  guint n = table->columns->len;
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  g_autoptr (GPtrArray) columns = g_ptr_array_new_with_free_func (column_free);

  for (guint i = 0; i < n; i++)
    order[i] = i;
  if (first >= n)
    return;
  g_qsort_with_data (order + first, (gint)(n - first), sizeof (guint), by_name, table->columns);
  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (rows, r);
      g_autofree gpointer *cells = g_new0 (gpointer, n);

      for (guint i = 0; i < n; i++)
        cells[i] = order[i] < row->len ? g_ptr_array_index (row, order[i]) : NULL;
      g_ptr_array_set_size (row, n);
      for (guint i = 0; i < n; i++)
        g_ptr_array_index (row, i) = cells[i];
    }
  /* The columns themselves, moved without copying their names. */
  g_ptr_array_set_free_func (table->columns, NULL);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (columns, g_ptr_array_index (table->columns, order[i]));
  g_ptr_array_set_size (table->columns, 0);
  g_ptr_array_set_free_func (table->columns, column_free);
  g_hash_table_remove_all (table->index);
  for (guint i = 0; i < n; i++)
    {
      DgNetworkColumn *c = g_ptr_array_index (columns, i);

      g_ptr_array_add (table->columns, c);
      g_hash_table_insert (table->index, c->name, GUINT_TO_POINTER (i + 1));
    }
  g_ptr_array_set_free_func (columns, NULL);
}

const char *
dg_column_type_name (DgColumnType type)
{
  switch (type)
    {
    case DG_COLUMN_LONG:
      return "long";
    case DG_COLUMN_DOUBLE:
      return "double";
    case DG_COLUMN_BOOLEAN:
      return "boolean";
    case DG_COLUMN_DATE:
      return "date";
    case DG_COLUMN_STRING:
    default:
      return "string";
    }
}

gboolean
dg_column_is_json_literal (DgColumnType type)
{
  return type == DG_COLUMN_LONG || type == DG_COLUMN_DOUBLE || type == DG_COLUMN_BOOLEAN;
}
