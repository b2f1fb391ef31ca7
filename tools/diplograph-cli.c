/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * diplograph: check .dg files, and write them as a Graphviz diagram or RDF.
 * A thin shell over libdiplograph: options, files and exit codes, with one
 * table of the commands; which formats exist and what each holds is the
 * library's to say.
 */
#include "config.h"

#include <gio/gunixinputstream.h>
#include <gio/gunixoutputstream.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diplograph-cli.h"

char **opt_ontologies;
char *opt_output;
char *opt_lang;
char *opt_format;
gboolean opt_quiet;
char *opt_input_format;
char *opt_base;
gboolean opt_default_graph;
char *opt_focus;
int opt_depth = 2;
char *opt_relations;
char *opt_classes;
char *opt_from;
char *opt_to;
char *opt_source;
gboolean opt_clusters;
gboolean opt_legend;
gboolean opt_collapse;
char *opt_rankdir;
char *opt_date_precision;
gboolean opt_no_world;
double opt_min_sure = DG_EXTRACTOR_MIN_SURE;
int opt_dpi;
char *opt_layout;
char *opt_page;
gboolean opt_with_includes;
GArray *stated_nodes;
char *opt_font;
char *opt_render_format;
char *opt_endpoint;
char *opt_graph;
gboolean opt_add;
char *opt_unsourced_graph;
int opt_timeout = 300;
char *opt_user;
char *opt_password_file;
char **opt_gazetteers;
char *opt_source_id;
char *opt_url;
char *opt_date;
char *opt_terms_format;
gboolean opt_with_ontology;
char *opt_mapping;
gint opt_jobs = 1;

/* Not const: --input-format's help is the reader's list of syntaxes. */
static GOptionEntry common_entries[] = {
  { "ontology", 'O', 0, G_OPTION_ARG_FILENAME_ARRAY, &opt_ontologies,
    "Add an ontology extension (Turtle); may be repeated", "FILE" },
  { "quiet", 'q', 0, G_OPTION_ARG_NONE, &opt_quiet, "Report errors only, not warnings", NULL },
  { "input-format", 'i', 0, G_OPTION_ARG_STRING, &opt_input_format, NULL, "FORMAT" },
  { "mapping", 'm', 0, G_OPTION_ARG_STRING, &opt_mapping,
    "Read tables (.csv, .tsv, …) through this mapping: a built-in one (gdelt-events, "
    "gdelt1-events, icews-events, cow-diplomatic-exchange) or a "
    "file",
    "NAME|FILE" },
  { "base", 0, 0, G_OPTION_ARG_STRING, &opt_base,
    "Resolve relative IRIs in RDF input against IRI (default: the file's URI)", "IRI" },
  { "jobs", 'j', 0, G_OPTION_ARG_INT, &opt_jobs,
    "Read large tables, N-Triples and N-Quads, and mapped files, in parts on N threads (0: one "
    "per processor); the result is the same",
    "N" },
  { NULL }
};

static const GOptionEntry output_entries[]
    = { { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
          "Write to FILE (replaced only when complete) instead of standard output", "FILE" },
        { NULL } };

static const GOptionEntry view_entries[]
    = { { "lang", 'l', 0, G_OPTION_ARG_STRING, &opt_lang,
          "Label languages, most preferred first (default: en)", "LANG[,LANG…]" },
        { "focus", 0, 0, G_OPTION_ARG_STRING, &opt_focus,
          "Keep only what lies within --depth links of node ID (an ego graph)", "ID" },
        { "depth", 0, 0, G_OPTION_ARG_INT, &opt_depth, "Links to follow from --focus (default: 2)",
          "N" },
        { "relations", 0, 0, G_OPTION_ARG_STRING, &opt_relations,
          "Keep only links of these relations", "REL[,REL…]" },
        { "classes", 0, 0, G_OPTION_ARG_STRING, &opt_classes,
          "Keep only nodes of these classes (and subclasses)", "CLASS[,CLASS…]" },
        { "from", 0, 0, G_OPTION_ARG_STRING, &opt_from, "Keep only facts in force on or after DATE",
          "DATE" },
        { "to", 0, 0, G_OPTION_ARG_STRING, &opt_to, "Keep only facts in force on or before DATE",
          "DATE" },
        { "source", 0, 0, G_OPTION_ARG_STRING, &opt_source,
          "Keep only facts cited from SOURCE (id, IRI or file name)", "SOURCE" },
        { "collapse", 0, 0, G_OPTION_ARG_NONE, &opt_collapse,
          "Partnerships, relations and posts between two nodes as labelled edges", NULL },
        { "with-includes", 0, 0, G_OPTION_ARG_NONE, &opt_with_includes,
          "Draw all that @included files state, not only what they state of the nodes the FILEs "
          "link",
          NULL },
        { NULL } };

static const GOptionEntry dot_entries[]
    = { { "clusters", 0, 0, G_OPTION_ARG_NONE, &opt_clusters,
          "Box each state with its leaders and organizations", NULL },
        { "legend", 0, 0, G_OPTION_ARG_NONE, &opt_legend,
          "Add a legend of the classes and relations drawn", NULL },
        { "rankdir", 0, 0, G_OPTION_ARG_STRING, &opt_rankdir, "LR (default), RL, TB or BT", "DIR" },
        { "date-precision", 0, 0, G_OPTION_ARG_STRING, &opt_date_precision,
          "Dates beside collapsed facts at one precision: year, month or day (default: as written)",
          "PRECISION" },
        { "font", 0, 0, G_OPTION_ARG_STRING, &opt_font,
          "Font family of every label, one installed (fc-list : family) or sans-serif, serif, "
          "monospace (default: sans-serif)",
          "FAMILY" },
        { "layout", 'K', 0, G_OPTION_ARG_STRING, &opt_layout,
          "Layout engine: dot (default), neato, fdp, sfdp, circo, twopi or osage", "ENGINE" },
        { "page", 0, 0, G_OPTION_ARG_STRING, &opt_page,
          "Scale a larger drawing down to fit PAGE: a4, a3, letter, legal (-landscape after "
          "one turns it), or WxH in in, cm or mm (default: 40 inches a side)",
          "PAGE" },
        { NULL } };

static const GOptionEntry network_entries[]
    = { { "format", 'f', 0, G_OPTION_ARG_STRING, &opt_format,
          "graphml, gexf (dynamic, for Gephi), csv (-o DIR: nodes.csv, edges.csv) or cytoscape "
          "(default: from the -o file name, else graphml)",
          "FORMAT" },
        { NULL } };

static const GOptionEntry render_entries[]
    = { { "format", 'T', 0, G_OPTION_ARG_STRING, &opt_render_format,
          "svg, png or pdf (default: from the -o file name, else svg)", "FORMAT" },
        { "dpi", 0, 0, G_OPTION_ARG_INT, &opt_dpi,
          "Dots per inch of PNG output, 36 to 1200 (default: 96)", "N" },
        { NULL } };

static const GOptionEntry diff_entries[]
    = { { "format", 'f', 0, G_OPTION_ARG_STRING, &opt_format,
          "text (default), patch (RDF Patch), dot, or a diagram: svg, png, pdf (default: from "
          "the -o file name, else text)",
          "FORMAT" },
        { "dpi", 0, 0, G_OPTION_ARG_INT, &opt_dpi,
          "Dots per inch of PNG output, 36 to 1200 (default: 96)", "N" },
        { NULL } };

static const GOptionEntry timeline_entries[]
    = { { "format", 'T', 0, G_OPTION_ARG_STRING, &opt_render_format,
          "svg, png, pdf or dot (default: from the -o file name, else svg)", "FORMAT" },
        { "dpi", 0, 0, G_OPTION_ARG_INT, &opt_dpi,
          "Dots per inch of PNG output, 36 to 1200 (default: 96)", "N" },
        { NULL } };

static const GOptionEntry rdf_entries[]
    = { { "format", 'f', 0, G_OPTION_ARG_STRING, &opt_format,
          "turtle (default), ntriples, nquads or trig (a named graph per source document)",
          "FORMAT" },
        { "with-ontology", 0, 0, G_OPTION_ARG_NONE, &opt_with_ontology,
          "Write the ontology too (N-Quads, TriG: in its own graph, <https://w3id.org/diplograph>)",
          NULL },
        { "default-graph", 0, 0, G_OPTION_ARG_NONE, &opt_default_graph,
          "With nquads or trig: put every statement in the default graph", NULL },
        { NULL } };

static const GOptionEntry push_entries[]
    = { { "endpoint", 'e', 0, G_OPTION_ARG_STRING, &opt_endpoint,
          "The store's Graph Store Protocol URL (required)", "URL" },
        { "graph", 'g', 0, G_OPTION_ARG_STRING, &opt_graph,
          "Put everything in this named graph (default: a graph per source document, the rest "
          "in the default graph)",
          "IRI" },
        { "unsourced-graph", 0, 0, G_OPTION_ARG_STRING, &opt_unsourced_graph,
          "Send what no source states to named graph IRI, not the default graph (for stores "
          "whose endpoint has none, such as Virtuoso)",
          "IRI" },
        { "timeout", 0, 0, G_OPTION_ARG_INT, &opt_timeout,
          "Wait at most SECONDS for the store to answer a request, 0 for ever (default: 300)",
          "SECONDS" },
        { "with-ontology", 0, 0, G_OPTION_ARG_NONE, &opt_with_ontology,
          "Send the ontology too, to its own graph <https://w3id.org/diplograph>", NULL },
        { "add", 0, 0, G_OPTION_ARG_NONE, &opt_add,
          "Add to the graphs (POST) instead of replacing them (PUT)", NULL },
        { "user", 'u', 0, G_OPTION_ARG_STRING, &opt_user,
          "Authenticate as NAME (HTTP Basic or Digest)", "NAME" },
        { "password-file", 0, 0, G_OPTION_ARG_FILENAME, &opt_password_file,
          "Read the password from the first line of FILE (default: the environment variable "
          "DIPLOGRAPH_PASSWORD)",
          "FILE" },
        { NULL } };

static const GOptionEntry extract_entries[]
    = { { "lang", 'l', 0, G_OPTION_ARG_STRING, &opt_lang, "The article's language (default: id)",
          "LANG" },
        { "gazetteer", 'g', 0, G_OPTION_ARG_FILENAME_ARRAY, &opt_gazetteers,
          "A graph file whose nodes are the entities to find (repeatable)", "FILE" },
        { "source-id", 0, 0, G_OPTION_ARG_STRING, &opt_source_id,
          "The id of the article's source document (default: from the file name)", "ID" },
        { "url", 0, 0, G_OPTION_ARG_STRING, &opt_url, "The article's address", "URL" },
        { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date,
          "The article's date: the year of dates given without one", "DATE" },
        { "min-sure", 0, 0, G_OPTION_ARG_DOUBLE, &opt_min_sure,
          "Write a candidate less sure than X (the share of such candidates reviewers kept) as a "
          "commented hint (default 0.4: those reviewers kept fewer than two in five of; 0: every "
          "candidate as a fact)",
          "X" },
        { "no-world", 0, 0, G_OPTION_ARG_NONE, &opt_no_world,
          "Find only the gazetteers' entities, not the built-in world's (states, capitals, "
          "international organizations)",
          NULL },
        { NULL } };

static const GOptionEntry terms_entries[]
    = { { "lang", 'l', 0, G_OPTION_ARG_STRING, &opt_lang,
          "Labels in these languages, most preferred first (default: en)", "LANG[,LANG...]" },
        { "format", 'f', 0, G_OPTION_ARG_STRING, &opt_terms_format,
          "text (default) or tsv (a row a term, for scripts)", "FORMAT" },
        { NULL } };

/* What a command does once its inputs are read into @graph. */

/* What a command's arguments are. */
typedef enum
{
  ARGS_GRAPH,    /* FILEs read into the graph */
  ARGS_ARTICLES, /* FILEs the command reads (articles); the graph is the --gazetteer files */
  ARGS_TERMS,    /* at most one term name; no graph */
} Args;

/* The commands: name, summary, the option groups beside the common ones,
 * what runs after the inputs are read (NULL: nothing, as for check), and
 * what their arguments are. */
typedef struct
{
  const char *name;
  const char *summary;
  const GOptionEntry *options[4];
  CommandFunc run;
  Args args;
} Command;

static const Command commands[] = {
  { "check",
    "Validate FILEs and report every problem as file:line:col",
    { NULL },
    NULL,
    ARGS_GRAPH },
  { "dot",
    "Write FILEs as a Graphviz DOT diagram",
    { output_entries, view_entries, dot_entries, NULL },
    write_dot,
    ARGS_GRAPH },
  { "rdf",
    "Write FILEs as RDF (Turtle, N-Triples, N-Quads or TriG)",
    { output_entries, rdf_entries, NULL },
    write_rdf,
    ARGS_GRAPH },
  { "render",
    "Lay out and render FILEs as SVG, PNG or PDF (in-process Graphviz)",
    { output_entries, view_entries, dot_entries, render_entries },
    write_render,
    ARGS_GRAPH },
  { "html",
    "Write a view of FILEs as one interactive HTML page (works offline)",
    { output_entries, view_entries, dot_entries, NULL },
    write_html,
    ARGS_GRAPH },
  { "network",
    "Write a view of FILEs as a network: GraphML, GEXF, CSV or Cytoscape.js JSON",
    { output_entries, view_entries, network_entries, NULL },
    write_network,
    ARGS_GRAPH },
  { "timeline",
    "Draw a view along time: a lane per partner of --focus, levels as bars, events as marks",
    { output_entries, view_entries, dot_entries, timeline_entries },
    write_timeline,
    ARGS_GRAPH },
  { "diff",
    "Say what changed between --from and --to: as text, an RDF Patch or a diagram",
    { output_entries, view_entries, dot_entries, diff_entries },
    write_diff,
    ARGS_GRAPH },
  { "push",
    "Upload FILEs to a SPARQL store (Graph Store HTTP Protocol)",
    { push_entries, NULL },
    push,
    ARGS_GRAPH },
  { "extract",
    "Propose candidate facts from a news article (FILE: UTF-8 text) as .dg",
    { output_entries, extract_entries, NULL },
    extract,
    ARGS_ARTICLES },
  { "terms",
    "List the classes, relations and values of the ontology, or describe one",
    { output_entries, terms_entries, NULL },
    terms,
    ARGS_TERMS },
};

/* The FILEs of a command that reads articles. */
char **command_files;

static void
usage (FILE *out)
{
  fprintf (out, "Usage: diplograph COMMAND [OPTION…] FILE…\n\nCommands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-8s %s\n", commands[i].name, commands[i].summary);
  fprintf (out, "\nFILE is a .dg file, a .tsv table, RDF (.ttl, .nt, .nq, .trig, .rdf), or - for\n"
                "standard input (for extract, a news article).\n"
                "Run 'diplograph COMMAND --help' for the options of a command.\n");
}

void
print_error (const char *message)
{
  fprintf (stderr, "diplograph: %s\n", message);
}

/* An output file must not be one of the ontologies read: writing it would
 * destroy them.  (The inputs, includes and standard input among them, are
 * compared once read, by the reader, which knows every file it opened.) */
gboolean
output_is_ontology (const char *output)
{
  struct stat out_st, in_st;

  if (stat (output, &out_st) != 0)
    return FALSE;
  for (guint i = 0; opt_ontologies && opt_ontologies[i]; i++)
    if (stat (opt_ontologies[i], &in_st) == 0 && out_st.st_dev == in_st.st_dev
        && out_st.st_ino == in_st.st_ino)
      return TRUE;
  return FALSE;
}

gboolean
writes_file (void)
{
  return opt_output && !g_str_equal (opt_output, "-");
}

/* A signal that ends the program leaves no temporary file behind. */
static void
on_fatal_signal (int sig)
{
  dg_output_remove_partial_files ();
  signal (sig, SIG_DFL);
  raise (sig);
}

static void
catch_fatal_signals (void)
{
  static const int signals[] = { SIGINT, SIGTERM, SIGHUP };
  struct sigaction action = { 0 };

  action.sa_handler = on_fatal_signal;
  sigemptyset (&action.sa_mask);
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    sigaction (signals[i], &action, NULL);
}

/* Large inputs only: a line that rewrites itself, rows and rows/s. */
#define PROGRESS_MIN_BYTES (16 * 1024 * 1024)

static void
show_progress (const char *name, gsize lines, gsize bytes, gsize total, gpointer user_data)
{
  gint64 *start = user_data;
  double seconds;

  if (total < PROGRESS_MIN_BYTES)
    return;
  if (*start == 0)
    *start = g_get_monotonic_time ();
  seconds = (g_get_monotonic_time () - *start) / 1e6;
  fprintf (stderr, "\r%s: %" G_GSIZE_FORMAT " rows, %.0f rows/s, %.0f%%", name, lines,
           seconds > 0 ? lines / seconds : 0.0, total ? 100.0 * bytes / total : 100.0);
  if (bytes >= total)
    {
      fputc ('\n', stderr);
      *start = 0;
    }
}

/* Reads @files into @graph and reports their problems; @summarize: says
 * what was read when there is none (check). */
static int
load (DgGraph *graph, char **files, gboolean summarize)
{
  g_autoptr (DgReader) reader = dg_reader_new (graph);
  GPtrArray *diagnostics;
  int status = EXIT_OK;
  gint64 start = 0;

  g_autoptr (GError) setup_error = NULL;

  if ((opt_input_format && !dg_reader_set_input_format (reader, opt_input_format, &setup_error))
      || (opt_base && !dg_reader_set_base_iri (reader, opt_base, &setup_error)))
    {
      print_error (setup_error->message);
      return EXIT_USAGE;
    }
  if (opt_mapping)
    {
      g_autoptr (DgMapping) mapping = dg_mapping_new (opt_mapping, &setup_error);
      if (!mapping)
        {
          print_error (setup_error->message);
          return g_error_matches (setup_error, DG_ERROR, DG_ERROR_IO) ? EXIT_USAGE : EXIT_INVALID;
        }
      dg_reader_set_mapping (reader, mapping);
    }
  if (opt_jobs < 0)
    {
      print_error ("--jobs must be 0 (one per processor) or more");
      return EXIT_USAGE;
    }
  dg_reader_set_threads (reader, (guint)opt_jobs);
  if (!opt_quiet && isatty (STDERR_FILENO))
    dg_reader_set_progress_func (reader, show_progress, &start, NULL);
  for (guint i = 0; files[i]; i++)
    {
      g_autoptr (GError) error = NULL;
      if (!dg_reader_read_file (reader, files[i], &error))
        {
          print_error (error->message);
          status = EXIT_IO;
        }
    }
  if (writes_file () && dg_reader_has_read (reader, opt_output))
    {
      fprintf (stderr, "diplograph: the output %s is also an input; refusing to overwrite it\n",
               opt_output);
      return EXIT_USAGE;
    }
  stated_nodes = dg_reader_get_stated_nodes (reader);
  if (!dg_reader_finish (reader, NULL) && status == EXIT_OK)
    status = EXIT_INVALID;
  diagnostics = dg_reader_get_diagnostics (reader);
  for (guint i = 0; i < diagnostics->len; i++)
    {
      DgDiagnostic *d = g_ptr_array_index (diagnostics, i);
      g_autofree char *text = NULL;

      if (opt_quiet && dg_diagnostic_get_severity (d) == DG_SEVERITY_WARNING)
        continue;
      text = dg_diagnostic_to_string (d);
      fprintf (stderr, "%s\n", text);
    }
  {
    guint64 mapped, refused, rows = dg_reader_get_n_rows (reader, &mapped, &refused);
    /* No row is lost without a word: what a mapping read, made and refused. */
    guint64 left_out = dg_reader_get_n_rows_left_out (reader);
    g_autofree char *kept
        = left_out ? g_strdup_printf (", %" G_GUINT64_FORMAT " left out by its keep", left_out)
                   : g_strdup ("");
    if (rows && (!opt_quiet || refused))
      fprintf (stderr,
               "diplograph: %" G_GUINT64_FORMAT " rows read through the mapping, %" G_GUINT64_FORMAT
               " mapped%s, %" G_GUINT64_FORMAT " refused\n",
               rows, mapped, kept, refused);
  }
  if (dg_reader_get_n_errors (reader) > 0)
    fprintf (stderr, "%u error%s, %u warning%s\n", dg_reader_get_n_errors (reader),
             dg_reader_get_n_errors (reader) == 1 ? "" : "s", dg_reader_get_n_warnings (reader),
             dg_reader_get_n_warnings (reader) == 1 ? "" : "s");
  else if (summarize && status == EXIT_OK && !opt_quiet)
    {
      guint stated, citations, sources, warnings = dg_reader_get_n_warnings (reader);
      /* As written: a statement two rows or files give counts once. */
      guint n_statements = dg_graph_get_n_distinct_statements (graph);

      dg_graph_count_provenance (graph, &stated, &citations, &sources);
      printf ("%u node%s (%u stated by a source), %u statement%s, %u citation%s from %u "
              "source%s; no error%s",
              dg_graph_get_n_nodes (graph), dg_graph_get_n_nodes (graph) == 1 ? "" : "s", stated,
              n_statements, n_statements == 1 ? "" : "s", citations, citations == 1 ? "" : "s",
              sources, sources == 1 ? "" : "s", warnings ? "" : "\n");
      if (warnings)
        printf (", %u warning%s\n", warnings, warnings == 1 ? "" : "s");
    }
  return status;
}

GStrv
split_list (const char *list)
{
  GStrv items = g_strsplit (list, ",", -1);

  for (guint i = 0; items[i]; i++)
    g_strstrip (items[i]);
  return items;
}

/* The exit status of a view option the graph or ontology cannot satisfy. */
int
view_status (const GError *error)
{
  return g_error_matches (error, DG_ERROR, DG_ERROR_UNKNOWN_NODE)
                 || g_error_matches (error, DG_ERROR, DG_ERROR_UNKNOWN_TERM)
                 || g_error_matches (error, DG_ERROR, DG_ERROR_INVALID_VALUE)
             ? EXIT_USAGE
             : EXIT_INVALID;
}

/* The exit status for an error of the library. */
int
status_of (const GError *error)
{
  return g_error_matches (error, DG_ERROR, DG_ERROR_INVALID_VALUE) ? EXIT_INVALID : EXIT_IO;
}

gboolean
to_stdout (void)
{
  return !writes_file ();
}

/* A writer's two ways out: to the -o file (replaced only when complete),
 * or to standard output. */

int
write_out (gpointer writer, ToFileFunc to_file, ToStreamFunc to_stream)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOutputStream) out = NULL;
  gboolean ok;

  if (!to_stdout ())
    ok = to_file (writer, opt_output, &error);
  else
    {
      out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
      ok = to_stream (writer, out, &error);
    }
  if (ok)
    return EXIT_OK;
  print_error (error->message);
  return status_of (error);
}

/* --input-format's help, from the reader's table of syntaxes. */
static char *
input_format_description (void)
{
  g_autofree char *names = g_strjoinv (", ", (char **)dg_reader_get_formats ());

  return g_strdup_printf ("Read every input as FORMAT, one of %s (default: by file name; .dg "
                          "for standard input)",
                          names);
}

int
main (int argc, char **argv)
{
  const Command *command = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (DgOntology) ontology = NULL;
  g_autoptr (DgGraph) graph = NULL;
  g_autofree char *parameter = NULL;
  g_autofree char *input_format_help = NULL;
  int status;

  setlocale (LC_ALL, "");
  /* Standard output may be the data written: GLib's messages go to
   * standard error, whatever their level. */
  g_log_writer_default_set_use_stderr (TRUE);
  if (argc < 2)
    {
      usage (stderr);
      return EXIT_USAGE;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")
      || g_str_equal (argv[1], "help"))
    {
      usage (stdout);
      return EXIT_OK;
    }
  if (g_str_equal (argv[1], "--version") || g_str_equal (argv[1], "-V"))
    {
      printf ("diplograph %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      command = &commands[i];
  if (!command)
    {
      fprintf (stderr, "diplograph: unknown command \"%s\"\n\n", argv[1]);
      usage (stderr);
      return EXIT_USAGE;
    }

  parameter = g_strdup_printf ("diplograph %s", command->name);
  g_set_prgname (parameter);
  context = g_option_context_new ("FILE…");
  g_option_context_set_summary (context, command->summary);
  input_format_help = input_format_description ();
  for (guint i = 0; common_entries[i].long_name; i++)
    if (g_str_equal (common_entries[i].long_name, "input-format"))
      common_entries[i].description = input_format_help;
  g_option_context_add_main_entries (context, common_entries, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (command->options) && command->options[i]; i++)
    g_option_context_add_main_entries (context, command->options[i], NULL);
  /* Drop the command word so GOption sees "diplograph [options] files". */
  argv[1] = argv[0];
  argc--;
  argv++;
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "diplograph %s: %s\n", command->name, error->message);
      return EXIT_USAGE;
    }
  if (argc < 2 && command->args != ARGS_TERMS)
    {
      fprintf (stderr, "diplograph %s: no input file (use - for standard input)\n", command->name);
      return EXIT_USAGE;
    }
  if (argc > 2 && command->args == ARGS_TERMS)
    {
      fprintf (stderr, "diplograph %s: give at most one term\n", command->name);
      return EXIT_USAGE;
    }
  if (command->run == push && !opt_endpoint)
    {
      fprintf (stderr, "diplograph push: --endpoint URL is required\n");
      return EXIT_USAGE;
    }
  if (writes_file () && output_is_ontology (opt_output))
    {
      fprintf (stderr, "diplograph %s: the output %s is also an input; refusing to overwrite it\n",
               command->name, opt_output);
      return EXIT_USAGE;
    }
  catch_fatal_signals ();

  /* Checked before the inputs are read; a timeline also writes its DOT. */
  if (opt_render_format && !dg_dot_writer_can_render (opt_render_format)
      && !(command->run == write_timeline && g_str_equal (opt_render_format, "dot")))
    {
      fprintf (stderr, "diplograph %s: cannot render \"%s\" (svg, png or pdf%s)\n", command->name,
               opt_render_format, command->run == write_timeline ? ", or dot" : "");
      return EXIT_USAGE;
    }

  ontology = dg_ontology_new (&error);
  if (!ontology)
    {
      print_error (error->message);
      return EXIT_IO;
    }
  for (guint i = 0; opt_ontologies && opt_ontologies[i]; i++)
    if (!dg_ontology_load_file (ontology, opt_ontologies[i], &error))
      {
        print_error (error->message);
        return g_error_matches (error, DG_ERROR, DG_ERROR_IO) ? EXIT_IO : EXIT_INVALID;
      }
  graph = dg_graph_new (ontology);
  if (command->args != ARGS_GRAPH)
    {
      command_files = argv + 1;
      status = opt_gazetteers ? load (graph, opt_gazetteers, FALSE) : EXIT_OK;
    }
  else
    status = load (graph, argv + 1, command->run == NULL);
  if (status == EXIT_OK && command->run)
    status = command->run (graph, command->name);
  g_clear_pointer (&stated_nodes, g_array_unref);
  return status;
}
