/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The commands that write the graph's data or read articles: rdf, push,
 * terms and extract. */
#include "config.h"

#include <gio/gunixinputstream.h>
#include <gio/gunixoutputstream.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diplograph-cli.h"

int
write_rdf (DgGraph *graph, const char *command)
{
  g_autoptr (DgRdfWriter) writer = NULL;
  DgRdfFormat format = DG_RDF_FORMAT_TURTLE;

  (void)command;
  if (opt_format && !dg_rdf_format_from_name (opt_format, &format))
    {
      DgNetworkFormat network;
      g_autofree char *as_name = g_strconcat ("x.", opt_format, NULL);
      /* A network format asked of rdf: say which command writes it. */
      gboolean is_network = dg_network_format_for_name (as_name, &network)
                            || g_ascii_strcasecmp (opt_format, "csv") == 0
                            || g_ascii_strcasecmp (opt_format, "cytoscape") == 0;
      g_autofree char *msg = g_strdup_printf (
          "unknown format \"%s\" (turtle, ntriples, nquads or trig)%s", opt_format,
          is_network ? "; networks are written by diplograph network -f FORMAT" : "");
      print_error (msg);
      return EXIT_USAGE;
    }
  if (!opt_quiet && dg_graph_has_named_graphs (graph) && !dg_rdf_format_has_graphs (format))
    fprintf (stderr,
             "diplograph: warning: the input has named graphs, which %s cannot hold: "
             "every statement is written to the one graph (use -f trig or nquads "
             "to keep them)\n",
             format == DG_RDF_FORMAT_TURTLE ? "Turtle" : "N-Triples");
  writer = dg_rdf_writer_new (graph, format);
  dg_rdf_writer_set_default_graph (writer, opt_default_graph);
  dg_rdf_writer_set_with_ontology (writer, opt_with_ontology);
  dg_rdf_writer_set_threads (writer, (guint)opt_jobs);
  return write_out (writer, (ToFileFunc)dg_rdf_writer_write_file,
                    (ToStreamFunc)dg_rdf_writer_write);
}

static char *
read_password (GError **error)
{
  g_autofree char *contents = NULL;

  if (!opt_password_file)
    {
      if (!g_getenv ("DIPLOGRAPH_PASSWORD"))
        {
          g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                       "--user %s needs a password: set DIPLOGRAPH_PASSWORD or give "
                       "--password-file FILE",
                       opt_user);
          return NULL;
        }
      return g_strdup (g_getenv ("DIPLOGRAPH_PASSWORD"));
    }
  if (!g_file_get_contents (opt_password_file, &contents, NULL, error))
    return NULL;
  contents[strcspn (contents, "\r\n")] = '\0';
  return g_steal_pointer (&contents);
}

int
push (DgGraph *graph, const char *command)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DgGraphStore) store = dg_graph_store_new (opt_endpoint, &error);
  g_autofree char *password = NULL;
  g_autofree char *shown = NULL;

  (void)command;
  if (!store)
    {
      print_error (error->message);
      return EXIT_USAGE;
    }
  shown = dg_graph_store_get_endpoint (store);
  if (opt_timeout < 0)
    {
      print_error ("--timeout must be 0 or more");
      return EXIT_USAGE;
    }
  dg_graph_store_set_timeout (store, (guint)opt_timeout);
  dg_graph_store_set_with_ontology (store, opt_with_ontology);
  dg_graph_store_set_unsourced_graph (store, opt_unsourced_graph);
  if (opt_user)
    {
      password = read_password (&error);
      if (error)
        {
          print_error (error->message);
          return g_error_matches (error, DG_ERROR, DG_ERROR_INVALID_VALUE) ? EXIT_USAGE : EXIT_IO;
        }
      dg_graph_store_set_credentials (store, opt_user, password);
      if (password)
        memset (password, 0, strlen (password));
    }
  if (!dg_graph_store_push (store, graph, opt_graph, opt_add ? DG_PUSH_ADD : DG_PUSH_REPLACE,
                            &error))
    {
      print_error (error->message);
      return g_error_matches (error, DG_ERROR, DG_ERROR_INVALID_VALUE) ? EXIT_USAGE : EXIT_IO;
    }
  if (!opt_quiet)
    fprintf (stderr, "diplograph: %" G_GUINT64_FORMAT " triples sent to %s in %u requests; %s\n",
             dg_graph_store_get_n_triples (store), shown, dg_graph_store_get_n_requests (store),
             opt_add ? "added to each graph (POST)" : "each graph replaced (PUT)");
  return EXIT_OK;
}

/* The terms listing, made first (it is small) so that an unknown term is
 * a usage error before any output. */
static gboolean
bytes_to_stream (gpointer data, GOutputStream *stream, GError **error)
{
  gsize size;
  const char *text = g_bytes_get_data (data, &size);

  return g_output_stream_write_all (stream, text, size, NULL, NULL, error);
}

static gboolean
bytes_to_file (gpointer data, const char *path, GError **error)
{
  return dg_output_write_file (path, bytes_to_stream, data, error);
}

int
terms (DgGraph *graph, const char *command)
{
  g_auto (GStrv) langs = opt_lang ? split_list (opt_lang) : NULL;
  g_autoptr (GOutputStream) mem = g_memory_output_stream_new_resizable ();
  g_autoptr (GBytes) text = NULL;
  g_autoptr (GError) error = NULL;
  DgTermsFormat format = DG_TERMS_TEXT;

  if (opt_terms_format && g_str_equal (opt_terms_format, "tsv"))
    format = DG_TERMS_TSV;
  else if (opt_terms_format && !g_str_equal (opt_terms_format, "text"))
    {
      fprintf (stderr, "diplograph %s: unknown format \"%s\" (text or tsv)\n", command,
               opt_terms_format);
      return EXIT_USAGE;
    }
  if (!dg_ontology_write_terms (dg_graph_get_ontology (graph), command_files[0],
                                (const char *const *)langs, format, mem, &error)
      || !g_output_stream_close (mem, NULL, &error))
    {
      print_error (error->message);
      return g_error_matches (error, DG_ERROR, DG_ERROR_UNKNOWN_TERM) ? EXIT_USAGE : EXIT_IO;
    }
  text = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (mem));
  return write_out (text, bytes_to_file, bytes_to_stream);
}

/* Reads the article into memory: a file, or standard input. */
static gboolean
read_article (const char *path, char **text, gsize *length, GError **error)
{
  if (g_str_equal (path, "-"))
    {
      g_autoptr (GInputStream) in = g_unix_input_stream_new (STDIN_FILENO, FALSE);
      g_autoptr (GOutputStream) mem = g_memory_output_stream_new_resizable ();

      if (g_output_stream_splice (mem, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, error) < 0)
        return FALSE;
      *length = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (mem));
      *text = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (mem));
      return TRUE;
    }
  return g_file_get_contents (path, text, length, error);
}

static gboolean
same_file (const char *a, const char *b)
{
  struct stat sa, sb;

  return stat (a, &sa) == 0 && stat (b, &sb) == 0 && sa.st_dev == sb.st_dev
         && sa.st_ino == sb.st_ino;
}

int
extract (DgGraph *graph, const char *command)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DgExtractor) extractor = NULL;
  g_autofree char *text = NULL;
  const char *name = command_files[0];
  gsize length;
  int status;

  if (!command_files[0] || command_files[1])
    {
      fprintf (stderr, "diplograph %s: give one article\n", command);
      return EXIT_USAGE;
    }
  if (writes_file () && !g_str_equal (name, "-") && same_file (name, opt_output))
    {
      fprintf (stderr, "diplograph %s: the output %s is also an input; refusing to overwrite it\n",
               command, opt_output);
      return EXIT_USAGE;
    }
  extractor = dg_extractor_new (dg_graph_get_ontology (graph), opt_lang ? opt_lang : "id", &error);
  if (!extractor || !dg_extractor_set_source (extractor, opt_source_id, opt_url, opt_date, &error))
    {
      print_error (error->message);
      return g_error_matches (error, DG_ERROR, DG_ERROR_IO) ? EXIT_IO : EXIT_USAGE;
    }
  dg_extractor_add_gazetteer (extractor, graph);
  if (opt_min_sure < 0 || opt_min_sure > 1)
    {
      fprintf (stderr, "diplograph %s: --min-sure takes a number from 0 to 1\n", command);
      return EXIT_USAGE;
    }
  dg_extractor_set_min_sure (extractor, opt_min_sure);
  if (!opt_no_world && !dg_extractor_add_world (extractor, &error))
    {
      print_error (error->message);
      return EXIT_IO;
    }
  if (!read_article (name, &text, &length, &error))
    {
      print_error (error->message);
      return EXIT_IO;
    }
  if (g_str_equal (name, "-"))
    name = "stdin";
  if (!dg_extractor_set_article (extractor, text, (gssize)length, name, &error))
    {
      print_error (error->message);
      return EXIT_INVALID;
    }
  status = write_out (extractor, (ToFileFunc)dg_extractor_write_file,
                      (ToStreamFunc)dg_extractor_write);
  if (status == EXIT_OK && !opt_quiet)
    fprintf (stderr, "diplograph: %s: %u sentences, %u new entities, %u candidate facts\n", name,
             dg_extractor_get_n_sentences (extractor), dg_extractor_get_n_new_entities (extractor),
             dg_extractor_get_n_candidates (extractor));
  return status;
}
