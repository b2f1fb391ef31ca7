/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: the output path (lib/io/dg-output.c) over generated path
 * forms.  Each input builds a small tree in a directory of its own, the
 * working directory: regular files (some read-only, some with a second
 * hard link), directories, and symbolic links, relative or absolute,
 * climbing with "..", chained, dangling, or naming a descriptor (a pipe
 * as /dev/fd/N, /dev/null).  Then one path form is written.  Whatever the
 * tree, the write must not crash, and:
 *  - when it succeeds, the path reads back as what was written (a pipe
 *    holds it), every link is still the same link, and a hard link sees
 *    the new content;
 *  - when it fails, every file holds what it held;
 *  - no temporary file is left behind. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dg-output.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static char *root;
static int pipe_fds[2] = { -1, -1 };

/* The names an input may make: files and links beside each other and in
 * a subdirectory. */
static const char *const names[] = { "a", "b", "c", "d/e", "d/f", "d/g/h" };

static const char *
target_form (guint8 k, const char *name, char *buf, gsize size)
{
  static const char *const forms[]
      = { "a", "b", "../a", "../b", "d/e", "./c", "d/../b", "g/h", "../d/f", "missing", "d" };
  (void)name;
  switch (k % 14)
    {
    case 11:
      g_snprintf (buf, size, "%s/%s", root, names[(k >> 4) % G_N_ELEMENTS (names)]);
      return buf;
    case 12:
      g_snprintf (buf, size, "/dev/fd/%d", pipe_fds[1]);
      return buf;
    case 13:
      return "/dev/null";
    default:
      return forms[k % 14];
    }
}

static void remove_tree (const char *path);

static void
remove_root (void)
{
  remove_tree (root);
  g_rmdir (root);
}

static gboolean
write_payload (gpointer payload, GOutputStream *out, GError **error)
{
  GBytes *bytes = payload;

  return g_output_stream_write_all (out, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    NULL, NULL, error);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      struct stat st;

      if (g_lstat (child, &st) == 0 && S_ISDIR (st.st_mode))
        {
          remove_tree (child);
          g_rmdir (child);
        }
      else
        g_unlink (child);
    }
  if (dir)
    g_dir_close (dir);
}

/* Every entry below @path: name -> "f:CONTENT", "l:TARGET" or "d". */
static void
snapshot (const char *path, const char *prefix, GHashTable *out)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      char *key = *prefix ? g_strconcat (prefix, "/", name, NULL) : g_strdup (name);
      struct stat st;

      if (g_lstat (child, &st) != 0)
        {
          g_free (key);
          continue;
        }
      if (S_ISLNK (st.st_mode))
        {
          g_autofree char *target = g_file_read_link (child, NULL);
          g_hash_table_insert (out, key, g_strconcat ("l:", target, NULL));
        }
      else if (S_ISDIR (st.st_mode))
        {
          g_hash_table_insert (out, key, g_strdup ("d"));
          snapshot (child, key, out);
        }
      else
        {
          g_autofree char *contents = NULL;
          g_file_get_contents (child, &contents, NULL, NULL);
          g_hash_table_insert (out, key, g_strconcat ("f:", contents ? contents : "", NULL));
        }
    }
  if (dir)
    g_dir_close (dir);
}

/* The tree the path is written into: two bytes an entry, what and which
 * name. */
static void
make_tree (const guint8 *data, size_t size)
{
  gsize i;

  for (i = 0; i + 1 < size - 1 && i < 24; i += 2)
    {
      const char *name = names[data[i + 1] % G_N_ELEMENTS (names)];
      g_autofree char *dir = g_path_get_dirname (name);
      char target[4096];

      if (g_file_test (name, G_FILE_TEST_EXISTS) || g_file_test (name, G_FILE_TEST_IS_SYMLINK))
        continue;
      switch (data[i] % 5)
        {
        case 0:
          g_file_set_contents (name, "old", -1, NULL);
          break;
        case 1:
          g_file_set_contents (name, "kept", -1, NULL);
          g_chmod (name, 0444);
          break;
        case 2:
          if (symlink (target_form (data[i] >> 3, name, target, sizeof target), name) != 0)
            g_assert_cmpint (errno, ==, EEXIST);
          break;
        case 3:
          {
            /* A hard link to a file made first. */
            g_autofree char *first = g_strconcat (name, ".1", NULL);
            if (!g_str_has_prefix (name, "d/g"))
              {
                g_file_set_contents (first, "linked", -1, NULL);
                link (first, name);
              }
          }
          break;
        default:
          g_mkdir (name, 0755);
          break;
        }
    }
}

/* The path written: a name as it is, or another form of it. */
static char *
path_form (guint8 byte)
{
  char *out_path;
  const char *name = names[byte % G_N_ELEMENTS (names)];
  switch ((byte >> 3) % 4)
    {
    case 0:
      out_path = g_strdup (name);
      break;
    case 1:
      out_path = g_strconcat ("./", name, NULL);
      break;
    case 2:
      out_path = g_strconcat ("d/../", name, NULL);
      break;
    default:
      out_path = g_build_filename (root, name, NULL);
      break;
    }
  return out_path;
}

/* What was written is what the path reads as (unless a device or a pipe);
 * links are the same links; without success, files are as they were;
 * nothing new but the file a dangling link named. */
static void
check_written (const char *path, gboolean ok, const guint8 *data, size_t size, GHashTable *before,
               GHashTable *after)
{
  GHashTableIter iter;
  gpointer key, value;
  char buf[4096];

  if (ok)
    {
      /* What the path reads as is what was written, unless it is a
       * device or a pipe. */
      struct stat st;
      if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode))
        {
          g_autofree char *contents = NULL;
          gsize len = 0;
          g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
          g_assert_cmpuint (len, ==, size);
          g_assert_true (memcmp (contents, data, size) == 0);
        }
      else if (g_stat (path, &st) == 0 && S_ISFIFO (st.st_mode))
        {
          gssize n = read (pipe_fds[0], buf, sizeof buf);
          g_assert_cmpint (n, ==, (gssize)size);
        }
      else
        g_assert_true (g_stat (path, &st) == 0);
    }
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *now = g_hash_table_lookup (after, key);
      g_assert_nonnull (now);
      if (g_str_has_prefix (value, "l:") || g_str_equal (value, "d") || !ok)
        g_assert_cmpstr (now, ==, value);
    }
  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (before, key))
      {
        g_autofree char *resolved = realpath (path, NULL);
        g_autofree char *mine = g_build_filename (root, key, NULL);
        g_assert_true (ok);
        g_assert_nonnull (resolved);
        g_assert_cmpstr (resolved, ==, mine);
      }
}

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  g_autoptr (GHashTable) before = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) after = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) payload = NULL;
  g_autofree char *out_path = NULL;
  char buf[4096];
  const char *path;
  gboolean ok;

  if (size < 2)
    return 0;
  if (!root)
    {
      root = g_dir_make_tmp ("dg-fuzz-output-XXXXXX", NULL);
      g_assert_nonnull (root);
      g_assert_cmpint (g_chdir (root), ==, 0);
      g_assert_cmpint (pipe (pipe_fds), ==, 0);
      fcntl (pipe_fds[0], F_SETFL, O_NONBLOCK);
      atexit (remove_root);
    }
  remove_tree (root);
  while (read (pipe_fds[0], buf, sizeof buf) > 0)
    ;
  g_mkdir ("d", 0755);
  g_mkdir ("d/g", 0755);
  make_tree (data, size);
  out_path = path_form (data[size - 1]);
  path = out_path;
  snapshot (".", "", before);
  payload = g_bytes_new (data, size);
  ok = dg_output_write_file (path, write_payload, payload, &error);
  g_assert_true (ok == (error == NULL));
  snapshot (".", "", after);
  check_written (path, ok, data, size, before, after);
  return 0;
}
