/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "test-util.h"

const char *
test_tool (const char *name)
{
  g_autofree char *var = g_ascii_strup (name, -1);
  const char *path = g_getenv (var);

  if (path && *path)
    return path;
  return NULL;
}

gboolean
test_require_tool (const char *name)
{
  if (test_tool (name))
    return TRUE;
  g_test_skip_printf ("%s is not installed", name);
  return FALSE;
}

int
test_run (const char *const *argv, char **out, char **err)
{
  g_autoptr (GError) error = NULL;
  int status = -1;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status,
                     &error))
    g_error ("cannot run %s: %s", argv[0], error->message);
  return g_spawn_check_wait_status (status, NULL) ? 0
         : WIFEXITED (status)                     ? WEXITSTATUS (status)
                                                  : 255;
}

DgGraph *
test_graph_new (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DgOntology) ontology = dg_ontology_new (&error);

  g_assert_no_error (error);
  return dg_graph_new (ontology);
}

DgGraph *
test_seed_graph (void)
{
  const char *examples = g_getenv ("DG_EXAMPLES");
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (DgReader) reader = NULL;
  DgGraph *graph = test_graph_new ();

  path = g_build_filename (examples ? examples : "../examples", "vietnam", "all.dg", NULL);
  reader = dg_reader_new (graph);
  g_assert_true (dg_reader_read_file (reader, path, &error));
  g_assert_no_error (error);
  g_assert_true (dg_reader_finish (reader, NULL));
  g_assert_cmpuint (dg_reader_get_n_errors (reader), ==, 0);
  return graph;
}

static char *tmpdir;

static void
remove_tmpdir (void)
{
  g_autoptr (GDir) dir = g_dir_open (tmpdir, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (tmpdir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (tmpdir);
  g_free (tmpdir);
}

const char *
test_tmpdir (void)
{
  if (!tmpdir)
    {
      tmpdir = g_dir_make_tmp ("dg-test-XXXXXX", NULL);
      g_assert_nonnull (tmpdir);
      atexit (remove_tmpdir);
    }
  return tmpdir;
}

char *
test_diagnostics_text (DgReader *reader)
{
  GPtrArray *list = dg_reader_get_diagnostics (reader);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < list->len; i++)
    {
      g_autofree char *line = dg_diagnostic_to_string (g_ptr_array_index (list, i));
      g_string_append_printf (s, "%s\n", line);
    }
  return g_string_free (s, FALSE);
}

/* A writer of a view of all of @g, as a caller makes one. */
DgDotWriter *
test_dot_writer_new (DgGraph *g)
{
  g_autoptr (DgView) view = dg_view_new (g);

  return dg_dot_writer_new (view);
}

char *
test_write_dot_file (DgDotWriter *w, const char *name)
{
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (test_tmpdir (), name, NULL);

  g_assert_true (dg_dot_writer_write_file (w, path, &error));
  g_assert_no_error (error);
  return path;
}

Agraph_t *
test_read_dot (const char *path)
{
  FILE *f = fopen (path, "r");
  Agraph_t *ag;

  g_assert_nonnull (f);
  ag = agread (f, NULL);
  fclose (f);
  g_assert_nonnull (ag);
  return ag;
}
