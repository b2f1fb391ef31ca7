/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gfiledescriptorbased.h>
#include <gio/gunixoutputstream.h>
#include <glib/gstdio.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dg-error.h"
#include "dg-output.h"
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

/* ------------------------------------------------------------------------
 * Partial files, for signal handlers
 *
 * While a file is written its temporary file is listed here, in storage a
 * signal handler may read without locks or allocation.
 * ------------------------------------------------------------------------ */

#define MAX_PARTIAL 4

static char partial_paths[MAX_PARTIAL][4096];
static volatile sig_atomic_t partial_used[MAX_PARTIAL];

static int
partial_add (const char *path)
{
  for (int i = 0; i < MAX_PARTIAL; i++)
    if (!partial_used[i] && strlen (path) < sizeof partial_paths[i])
      {
        strcpy (partial_paths[i], path);
        partial_used[i] = 1;
        return i;
      }
  return -1;
}

static void
partial_remove (int slot)
{
  if (slot >= 0)
    partial_used[slot] = 0;
}

/**
 * dg_output_remove_partial_files: (skip)
 *
 * Removes the temporary files of the writes under way, so that a program
 * stopped by a signal leaves no half-written file behind.  Safe to call
 * from a signal handler (it only calls unlink()); the writes themselves are
 * not resumed, so the program should exit after it.
 */
void
dg_output_remove_partial_files (void)
{
  for (int i = 0; i < MAX_PARTIAL; i++)
    if (partial_used[i])
      {
        unlink (partial_paths[i]);
        partial_used[i] = 0;
      }
}

/* ------------------------------------------------------------------------
 * Writing a file
 * ------------------------------------------------------------------------ */

/* How many symbolic links a path may go through, as the kernel allows. */
#define MAX_LINKS 40

/* The descriptor a path names (/dev/stdout, /dev/stderr, /dev/fd/N,
 * /proc/self/fd/N), or -1.  Such a path means the descriptor itself:
 * following its link would reach the file or pipe behind it and replace
 * it, losing what the shell opened it for (`>>` appends). */
static int
descriptor_of (const char *path)
{
  static const char *const prefixes[] = { "/dev/fd/", "/proc/self/fd/" };
  const char *digits = NULL;
  guint64 fd;

  if (g_str_equal (path, "/dev/stdin"))
    return STDIN_FILENO;
  if (g_str_equal (path, "/dev/stdout"))
    return STDOUT_FILENO;
  if (g_str_equal (path, "/dev/stderr"))
    return STDERR_FILENO;
  for (guint i = 0; i < G_N_ELEMENTS (prefixes) && !digits; i++)
    if (g_str_has_prefix (path, prefixes[i]))
      digits = path + strlen (prefixes[i]);
  if (!digits || !g_ascii_string_to_unsigned (digits, 10, 0, G_MAXINT, &fd, NULL))
    return -1;
  return (int)fd;
}

/* @file (not a link) in its directory as the kernel finds it: GIO takes
 * ".." in a path by its text, which is not where "d/../b" is when d is a
 * link, nor anywhere when d is missing. */
static char *
in_real_directory (const char *path, const char *file, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (file);
  g_autofree char *base = g_path_get_basename (file);
  g_autofree char *real = realpath (dir, NULL);

  if (!real)
    {
      int saved = errno;
      g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: cannot write: %s", path, g_strerror (saved));
      return NULL;
    }
  return g_build_filename (real, base, NULL);
}

/* Where @path leads: its symbolic links followed to the file they name, so
 * that a link stays and its target is written (a dangling link gives the
 * path of the file to create), or, in *@fd, the descriptor it names.  A
 * relative link is taken from the directory of the link, as the kernel
 * does; the path is not canonicalized, since `..` after a link is the
 * link target's parent. */
static char *
follow_links (const char *path, int *fd, GError **error)
{
  g_autofree char *current = g_strdup (path);

  *fd = -1;
  for (int hops = 0; hops < MAX_LINKS; hops++)
    {
      g_autoptr (GError) local_error = NULL;
      g_autofree char *target = NULL;
      g_autofree char *dir = NULL;

      *fd = descriptor_of (current);
      if (*fd >= 0)
        return g_steal_pointer (&current);
      target = g_file_read_link (current, &local_error);
      if (!target)
        {
          if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_INVAL)
              || g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
            return in_real_directory (path, current, error);
          g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: %s", path, local_error->message);
          return NULL;
        }
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_path_is_absolute (target) ? g_steal_pointer (&target)
                                            : g_build_filename (dir, target, NULL);
    }
  g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: too many levels of symbolic links", path);
  return NULL;
}

/* Writes through @fd, which it owns and closes, straight into what it is
 * open on. */
static gboolean
write_into (const char *path, int fd, DgWriteFunc func, gpointer writer, GError **error)
{
  g_autoptr (GOutputStream) out = g_unix_output_stream_new (fd, TRUE);
  g_autoptr (GError) local_error = NULL;

  if (!func (writer, out, error))
    return FALSE;
  if (!g_output_stream_close (out, NULL, &local_error))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: %s", path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* An open descriptor is written through a copy of it, from where it
 * stands: neither truncated nor replaced, and appended to when it was
 * opened to append.  A FIFO, a device or a socket is opened and written
 * straight into: it cannot be replaced by renaming, and must not be. */
static gboolean
write_special (const char *path, const char *target, int descriptor, DgWriteFunc func,
               gpointer writer, GError **error)
{
  int fd = descriptor >= 0 ? fcntl (descriptor, F_DUPFD_CLOEXEC, 3)
                           : g_open (target, O_WRONLY | O_NOCTTY | O_CLOEXEC, 0);

  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: cannot open: %s", path, g_strerror (saved));
      return FALSE;
    }
  return write_into (path, fd, func, writer, error);
}

/* The temporary file GIO writes @stream into, found by its inode among the
 * names GIO gives them; NULL when it writes the file in place. */
static char *
temporary_name (const char *target, GFileOutputStream *stream)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autoptr (GDir) listing = NULL;
  struct stat st, target_st;
  const char *name;
  int fd;

  if (!G_IS_FILE_DESCRIPTOR_BASED (stream))
    return NULL;
  fd = g_file_descriptor_based_get_fd (G_FILE_DESCRIPTOR_BASED (stream));
  if (fstat (fd, &st) != 0
      || (g_stat (target, &target_st) == 0 && target_st.st_dev == st.st_dev
          && target_st.st_ino == st.st_ino))
    return NULL;
  listing = g_dir_open (dir, 0, NULL);
  while (listing && (name = g_dir_read_name (listing)))
    {
      g_autofree char *candidate = NULL;
      struct stat cst;

      if (name[0] != '.')
        continue;
      candidate = g_build_filename (dir, name, NULL);
      if (g_lstat (candidate, &cst) == 0 && cst.st_dev == st.st_dev && cst.st_ino == st.st_ino)
        return g_steal_pointer (&candidate);
    }
  return NULL;
}

/* SIGINT, SIGTERM and SIGHUP held back, the mask as it was kept in @old;
 * then the mask restored. */
static void
hold_fatal_signals (sigset_t *old)
{
  sigset_t set;

  sigemptyset (&set);
  sigaddset (&set, SIGINT);
  sigaddset (&set, SIGTERM);
  sigaddset (&set, SIGHUP);
  pthread_sigmask (SIG_BLOCK, &set, old);
}

static void
release_fatal_signals (const sigset_t *old)
{
  pthread_sigmask (SIG_SETMASK, old, NULL);
}

/* GIO's replace: a temporary file beside @target renamed over it once
 * complete and synced, with the old file's mode and owner; a cancelled
 * close throws the temporary file away.  A file that did not exist (@new)
 * is written under its own name, and removed if the write fails. */
static gboolean
replace_regular (const char *path, const char *target, gboolean new, DgWriteFunc func,
                 gpointer writer, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (target);
  g_autoptr (GFileOutputStream) out = NULL;
  g_autoptr (GCancellable) cancel = g_cancellable_new ();
  g_autoptr (GError) local_error = NULL;
  g_autofree char *tmp = NULL;
  gboolean ok;
  int slot;
  sigset_t held;

  /* A signal between the temporary file's creation and its registration
   * would leave it behind: the fatal signals wait until it is known. */
  hold_fatal_signals (&held);
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &local_error);
  if (!out)
    {
      release_fatal_signals (&held);
      g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: cannot write: %s", path,
                   local_error->message);
      return FALSE;
    }
  tmp = new ? g_strdup (target) : temporary_name (target, out);
  slot = tmp ? partial_add (tmp) : -1;
  release_fatal_signals (&held);
  ok = func (writer, G_OUTPUT_STREAM (out), error);
  if (!ok)
    g_cancellable_cancel (cancel);
  if (!g_output_stream_close (G_OUTPUT_STREAM (out), cancel, &local_error) && ok)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: %s", path, local_error->message);
      ok = FALSE;
    }
  if (!ok && new)
    g_unlink (target);
  partial_remove (slot);
  return ok;
}

/* A file with other hard links is written in place, so that every name
 * keeps seeing it; the output is made whole in a temporary file first, so
 * that a failed write leaves the file as it was. */
static gboolean
replace_linked (const char *path, const char *target, DgWriteFunc func, gpointer writer,
                GError **error)
{
  g_autoptr (GFileIOStream) io = NULL;
  g_autoptr (GFile) tmp = NULL;
  g_autoptr (GInputStream) in = NULL;
  g_autoptr (GOutputStream) out = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *tmp_path = NULL;
  gboolean ok;
  int slot, fd;
  sigset_t held;

  hold_fatal_signals (&held);
  tmp = g_file_new_tmp (".dgXXXXXX", &io, error);
  if (!tmp)
    {
      release_fatal_signals (&held);
      return FALSE;
    }
  tmp_path = g_file_get_path (tmp);
  slot = partial_add (tmp_path);
  release_fatal_signals (&held);
  ok = func (writer, g_io_stream_get_output_stream (G_IO_STREAM (io)), error)
       && g_io_stream_close (G_IO_STREAM (io), NULL, error);
  if (ok)
    {
      fd = g_open (target, O_WRONLY | O_TRUNC | O_NOCTTY | O_CLOEXEC, 0);
      in = G_INPUT_STREAM (g_file_read (tmp, NULL, &local_error));
      out = fd >= 0 ? g_unix_output_stream_new (fd, TRUE) : NULL;
      if (fd < 0)
        g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: cannot open: %s", path,
                     g_strerror (errno));
      else if (!in
               || g_output_stream_splice (out, in, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE, NULL,
                                          &local_error)
                      < 0
               || fsync (fd) != 0 || !g_output_stream_close (out, NULL, &local_error))
        g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: %s", path,
                     local_error ? local_error->message : g_strerror (errno));
      ok = fd >= 0 && !local_error && !(error && *error);
    }
  g_file_delete (tmp, NULL, NULL);
  partial_remove (slot);
  return ok;
}

/* Root may write anything; a file nobody may write is taken as one the
 * user meant to keep. */
static gboolean
may_replace (const char *path, const struct stat *st, GError **error)
{
  if ((st->st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0
      || (geteuid () != 0 && g_access (path, W_OK) != 0))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_IO,
                   "%s: the file is read-only (mode %04o); refusing to replace it", path,
                   (unsigned)(st->st_mode & 07777));
      return FALSE;
    }
  return TRUE;
}

gboolean
dg_output_write_file (const char *path, DgWriteFunc func, gpointer writer, GError **error)
{
  int fd;
  g_autofree char *target = follow_links (path, &fd, error);
  struct stat st;

  if (!target)
    return FALSE;
  if (fd >= 0)
    return write_special (path, target, fd, func, writer, error);
  if (g_stat (target, &st) != 0)
    {
      int saved = errno;

      if (saved != ENOENT)
        {
          g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: %s", path, g_strerror (saved));
          return FALSE;
        }
      return replace_regular (path, target, TRUE, func, writer, error);
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s: is a directory", path);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    return write_special (path, target, -1, func, writer, error);
  if (!may_replace (path, &st, error))
    return FALSE;
  if (st.st_nlink > 1)
    return replace_linked (path, target, func, writer, error);
  return replace_regular (path, target, FALSE, func, writer, error);
}
