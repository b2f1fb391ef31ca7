/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gunixoutputstream.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diplograph.h"
#include "dg-output-private.h"

#define SINK_CHUNK (64 * 1024)

void
dg_sink_init (DgSink *sink, GOutputStream *stream)
{
  sink->stream = stream;
  sink->buf = g_string_sized_new (SINK_CHUNK * 2);
  sink->error = NULL;
}

static void
flush (DgSink *sink)
{
  if (!sink->error && sink->buf->len > 0)
    g_output_stream_write_all (sink->stream, sink->buf->str, sink->buf->len, NULL, NULL,
                               &sink->error);
  g_string_truncate (sink->buf, 0);
}

void
dg_sink_flush_if_full (DgSink *sink)
{
  if (sink->buf->len >= SINK_CHUNK)
    flush (sink);
}

gboolean
dg_sink_finish (DgSink *sink, GError **error)
{
  flush (sink);
  if (!sink->error)
    g_output_stream_flush (sink->stream, NULL, &sink->error);
  g_string_free (sink->buf, TRUE);
  sink->buf = NULL;
  if (sink->error)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_IO, "write failed: %s", sink->error->message);
      g_clear_error (&sink->error);
      return FALSE;
    }
  return TRUE;
}

gboolean
dg_output_write_file (const char *path, DgWriteFunc func, gpointer writer, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  g_autoptr (GOutputStream) out = NULL;
  g_autoptr (GError) local_error = NULL;
  mode_t mask;
  int fd;

  fd = g_mkstemp_full (tmp, O_WRONLY, 0666);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: cannot create a file in %s: %s", path, dir,
                   g_strerror (saved));
      return FALSE;
    }
  /* mkstemp makes the file private; give it the mode a plain creat() would. */
  mask = umask (0);
  umask (mask);
  if (fchmod (fd, 0666 & ~mask) != 0)
    g_debug ("%s: cannot set the mode of the output", path);
  out = g_unix_output_stream_new (fd, TRUE);
  if (!func (writer, out, error))
    goto fail;
  if (!g_output_stream_close (out, NULL, &local_error))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: %s", path, local_error->message);
      goto fail;
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: cannot replace: %s", path,
                   g_strerror (saved));
      goto fail;
    }
  return TRUE;

fail:
  g_output_stream_close (out, NULL, NULL);
  g_unlink (tmp);
  return FALSE;
}
