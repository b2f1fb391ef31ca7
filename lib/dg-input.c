/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <gio/gunixinputstream.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dg-error.h"
#include "dg-input-private.h"

static char *
key_of (const struct stat *st)
{
  return g_strdup_printf ("%ju:%ju", (uintmax_t)st->st_dev, (uintmax_t)st->st_ino);
}

char *
dg_input_key (const char *path)
{
  struct stat st;

  if (g_str_equal (path, "-"))
    return fstat (STDIN_FILENO, &st) == 0 ? key_of (&st) : NULL;
  return g_stat (path, &st) == 0 ? key_of (&st) : NULL;
}

GInputStream *
dg_input_open (const char *path, char **key, GError **error)
{
  struct stat st;
  int fd;

  if (g_str_equal (path, "-"))
    {
      if (fstat (STDIN_FILENO, &st) != 0)
        {
          g_set_error (error, DG_ERROR, DG_ERROR_IO, "<stdin>: %s", g_strerror (errno));
          return NULL;
        }
      *key = key_of (&st);
      return g_unix_input_stream_new (STDIN_FILENO, FALSE);
    }
  fd = g_open (path, O_RDONLY | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: %s", path, g_strerror (saved));
      return NULL;
    }
  if (fstat (fd, &st) != 0 || S_ISDIR (st.st_mode))
    {
      int saved = S_ISDIR (st.st_mode) ? EISDIR : errno;
      close (fd);
      g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: %s", path, g_strerror (saved));
      return NULL;
    }
  *key = key_of (&st);
  return g_unix_input_stream_new (fd, TRUE);
}

#define READ_CHUNK (1024 * 1024)

gboolean
dg_input_read_all (GInputStream *in, const char *name, gsize limit, char **contents,
                   gsize *length, GError **error)
{
  g_autoptr (GByteArray) buf = g_byte_array_new ();
  g_autoptr (GError) local_error = NULL;

  for (;;)
    {
      gsize have = buf->len;
      gssize n;

      g_byte_array_set_size (buf, have + READ_CHUNK);
      n = g_input_stream_read (in, buf->data + have, READ_CHUNK, NULL, &local_error);
      if (n < 0)
        {
          g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: %s", name, local_error->message);
          return FALSE;
        }
      g_byte_array_set_size (buf, have + (gsize)n);
      if (buf->len > limit)
        {
          g_set_error (error, DG_ERROR, DG_ERROR_LIMIT, "%s: larger than %" G_GSIZE_FORMAT " bytes",
                       name, limit);
          return FALSE;
        }
      if (n == 0)
        break;
    }
  *length = buf->len;
  g_byte_array_append (buf, (const guint8 *)"", 1);
  *contents = (char *)g_byte_array_free (g_steal_pointer (&buf), FALSE);
  return TRUE;
}
