/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-input-private.h"
#include "dg-reader-private.h"
#include "dg-text-private.h"
#include "dg-xsd-private.h"

/* A quote a `cite` gives must be the source's own words: where the source
 * document names its file (file="article.txt") and that file is beside
 * the file that defines the document, the quote is looked for in it,
 * whitespace runs taken as one space (as the extractor quotes).  Candidate
 * facts are reviewed by hand: a quote edited with them would otherwise
 * pass unseen.  A file not at hand is not checked. */

/* The article files' texts are read once: path -> collapsed text, or "" for
 * a file that could not be read. */
static const char *
article_text (DgReader *self, const char *path)
{
  char *text = g_hash_table_lookup (self->article_texts, path);

  if (!text)
    {
      g_autofree char *raw = NULL;
      g_autofree char *key = NULL;
      g_autoptr (GInputStream) in = dg_input_open (path, &key, NULL);
      gsize length = 0;

      text = in && dg_input_read_all (in, path, DG_READER_MAX_FILE, &raw, &length, NULL)
                 ? dg_text_collapse_spaces (raw, length)
                 : g_strdup ("");
      g_hash_table_insert (self->article_texts, g_strdup (path), text);
    }
  return text;
}

/* The file of source document @source, as a path: its dg:fileName beside
 * the file that defines it; NULL when it names none or it is not there. */
static char *
article_path (DgReader *self, guint source)
{
  const DgPos *pos = dg_reader_definition_of (self, source);
  const char *file = NULL;
  const guint32 *edges;
  guint n;

  if (!pos || pos->file >= self->files->len)
    return NULL;
  edges = dg_graph_edges_of (self->graph, source, &n);
  for (guint i = 0; i < n && !file; i++)
    {
      const DgEdge *e = dg_graph_edge (self->graph, edges[i]);
      if (e->is_literal
          && g_str_equal (dg_graph_string (self->graph, e->predicate), DG_NS "fileName"))
        file = dg_graph_string (self->graph, dg_graph_literal (self->graph, e->object)->lexical);
    }
  if (!file || !*file || strchr (file, '/'))
    return NULL;
  {
    g_autofree char *dir = g_path_get_dirname (g_ptr_array_index (self->files, pos->file));
    char *path = g_build_filename (dir, file, NULL);

    if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
      {
        g_free (path);
        return NULL;
      }
    return path;
  }
}

void
dg_reader_check_quote (DgReader *self, const DgPos *pos, guint source, const char *quote)
{
  g_autofree char *path = article_path (self, source);
  g_autofree char *wanted = NULL;
  const char *text;

  if (!path)
    return;
  text = article_text (self, path);
  if (!*text)
    return;
  wanted = dg_text_collapse_spaces (quote, strlen (quote));
  if (!strstr (text, wanted))
    dg_reader_error_at (self, pos, "the quote is not in %s word for word", path);
}
