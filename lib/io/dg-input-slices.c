/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "dg-input-private.h"

/* A regular file, or bytes in memory, read as slices that start at line
 * starts, each as a stream of its own, so that threads read a file's parts
 * at once.  A file is read with pread(), not mapped: bytes read are not
 * held, where a mapping's pages would count in the process's memory. */

struct _DgSlices
{
  int fd; /* -1: @data */
  const char *data;
  guint64 size;
};

#define DG_TYPE_SLICE_STREAM (dg_slice_stream_get_type ())
G_DECLARE_FINAL_TYPE (DgSliceStream, dg_slice_stream, DG, SLICE_STREAM, GInputStream)

struct _DgSliceStream
{
  GInputStream parent_instance;
  DgSlices *slices; /* borrowed: outlived by them */
  guint64 at, end;
  guint64 lines;
};

G_DEFINE_TYPE (DgSliceStream, dg_slice_stream, G_TYPE_INPUT_STREAM)

/* Up to @count bytes of @self at @offset: fewer only at the end. */
static gssize
read_at (DgSlices *self, void *buffer, gsize count, guint64 offset, GError **error)
{
  gsize got = 0;

  if (offset >= self->size)
    return 0;
  count = (gsize)MIN (count, self->size - offset);
  if (self->fd < 0)
    {
      memcpy (buffer, self->data + offset, count);
      return (gssize)count;
    }
  while (got < count)
    {
      ssize_t n = pread (self->fd, (char *)buffer + got, count - got, (off_t)(offset + got));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
          return -1;
        }
      if (n == 0) /* the file shrank while read: its end is here */
        break;
      got += (gsize)n;
    }
  return (gssize)got;
}

static gssize
slice_read (GInputStream *stream, void *buffer, gsize count, GCancellable *cancellable,
            GError **error)
{
  DgSliceStream *self = DG_SLICE_STREAM (stream);
  gssize n;

  (void)cancellable;
  count = (gsize)MIN (count, self->end - self->at);
  n = read_at (self->slices, buffer, count, self->at, error);
  if (n <= 0)
    return n;
  self->at += (guint64)n;
  for (const char *p = buffer, *end = p + n; p < end && (p = memchr (p, '\n', (gsize)(end - p)));
       p++)
    self->lines++;
  return n;
}

static void
dg_slice_stream_class_init (DgSliceStreamClass *klass)
{
  G_INPUT_STREAM_CLASS (klass)->read_fn = slice_read;
}

static void
dg_slice_stream_init (DgSliceStream *self)
{
  (void)self;
}

DgSlices *
dg_slices_new_for_file (const char *path, GError **error)
{
  DgSlices *self;
  struct stat st;
  /* Not blocking: a FIFO (refused below) waits for no writer. */
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0);

  if (fd < 0 || fstat (fd, &st) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", path,
                   g_strerror (saved));
      if (fd >= 0)
        close (fd);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, "%s: not a regular file", path);
      close (fd);
      return NULL;
    }
  self = g_new0 (DgSlices, 1);
  self->fd = fd;
  self->size = (guint64)st.st_size;
  return self;
}

DgSlices *
dg_slices_new_for_data (const char *data, gsize len)
{
  DgSlices *self = g_new0 (DgSlices, 1);

  self->fd = -1;
  self->data = data;
  self->size = len;
  return self;
}

void
dg_slices_free (DgSlices *self)
{
  if (!self)
    return;
  if (self->fd >= 0)
    close (self->fd);
  g_free (self);
}

guint64
dg_slices_get_size (DgSlices *self)
{
  return self->size;
}

guint64
dg_slices_next_line (DgSlices *self, guint64 at)
{
  char buf[4096];
  gssize n;

  while ((n = read_at (self, buf, sizeof buf, at, NULL)) > 0)
    {
      const char *nl = memchr (buf, '\n', (gsize)n);

      if (nl)
        return at + (guint64)(nl - buf) + 1;
      at += (guint64)n;
    }
  return MIN (at, self->size);
}

GInputStream *
dg_slices_open (DgSlices *self, guint64 start, guint64 end)
{
  DgSliceStream *s = g_object_new (DG_TYPE_SLICE_STREAM, NULL);

  s->slices = self;
  s->at = start;
  s->end = MAX (start, end);
  return G_INPUT_STREAM (s);
}

guint64
dg_slices_get_lines (GInputStream *slice)
{
  return DG_SLICE_STREAM (slice)->lines;
}
