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

/* ------------------------------------------------------------------------
 * Lines of a stream, each within a limit
 * ------------------------------------------------------------------------ */

struct _DgLineReader
{
  GInputStream *in;
  gsize max;
  GByteArray *buf;
  gsize start;    /* where the next line begins in buf */
  gboolean eof;
};

DgLineReader *
dg_line_reader_new (GInputStream *in, gsize max_line)
{
  DgLineReader *self = g_new0 (DgLineReader, 1);

  self->in = g_object_ref (in);
  self->max = max_line;
  self->buf = g_byte_array_sized_new (READ_CHUNK);
  return self;
}

void
dg_line_reader_free (DgLineReader *self)
{
  if (!self)
    return;
  g_object_unref (self->in);
  g_byte_array_unref (self->buf);
  g_free (self);
}

/* More of the stream after what is held; FALSE at its end or on error. */
static gboolean
line_reader_fill (DgLineReader *self, GError **error)
{
  gsize have;
  gssize n;

  if (self->eof)
    return FALSE;
  if (self->start > 0)
    {
      g_byte_array_remove_range (self->buf, 0, (guint)self->start);
      self->start = 0;
    }
  have = self->buf->len;
  g_byte_array_set_size (self->buf, (guint)(have + READ_CHUNK));
  n = g_input_stream_read (self->in, self->buf->data + have, READ_CHUNK, NULL, error);
  g_byte_array_set_size (self->buf, (guint)(have + (n > 0 ? (gsize)n : 0)));
  if (n <= 0)
    self->eof = TRUE;
  return n > 0;
}

const char *
dg_line_reader_next (DgLineReader *self, gsize *length, gboolean *too_long, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  gsize scanned = 0;
  guint8 *line;

  *too_long = FALSE;
  for (;;)
    {
      gsize held = self->buf->len - self->start;
      gsize i = scanned;

      line = self->buf->data + self->start;
      while (i < held && line[i] != '\n' && line[i] != '\r')
        i++;
      /* A CR at the end of what is held may be the first half of CRLF. */
      if (i < held && !(line[i] == '\r' && i + 1 == held && !self->eof))
        {
          gsize ending = line[i] == '\r' && i + 1 < held && line[i + 1] == '\n' ? 2 : 1;

          self->start += i + ending;
          *too_long = *too_long || i > self->max;
          *length = MIN (i, self->max);
          line[*length] = '\0';
          return (const char *)line;
        }
      if (i > self->max)
        {
          /* Past the limit: only the line's first max bytes are kept (a
           * cut line is reported, not read), the rest is skipped, but for
           * a CR at the end, which may be the line's end. */
          gboolean cr = i < held;

          g_byte_array_set_size (self->buf, (guint)(self->start + self->max + cr));
          if (cr)
            self->buf->data[self->start + self->max] = '\r';
          *too_long = TRUE;
          i = self->max;
        }
      scanned = i;
      if (self->eof)
        break;
      /* At the end, the scan runs once more: a CR last ends its line. */
      if (!line_reader_fill (self, &local_error) && local_error)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  if (self->buf->len == self->start)
    return NULL;
  /* The last line, with no line break after it. */
  *length = self->buf->len - self->start;
  g_byte_array_append (self->buf, (const guint8 *)"", 1);
  line = self->buf->data + self->start;
  self->start = self->buf->len;
  return (const char *)line;
}
