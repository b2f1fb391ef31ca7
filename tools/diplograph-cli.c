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

#include "diplograph.h"

enum
{
  EXIT_OK = 0,
  EXIT_INVALID = 1, /* the input has errors */
  EXIT_USAGE = 2,
  EXIT_IO = 3, /* a file could not be read or written */
};

static char **opt_ontologies;
static char *opt_output;
static char *opt_lang;
static char *opt_format;
static gboolean opt_quiet;
static char *opt_input_format;
static char *opt_base;
static gboolean opt_default_graph;
static char *opt_focus;
static int opt_depth = 2;
static char *opt_relations;
static char *opt_classes;
static char *opt_from;
static char *opt_to;
static char *opt_source;
static gboolean opt_clusters;
static gboolean opt_legend;
static gboolean opt_collapse;
static char *opt_rankdir;
static char *opt_date_precision;
static gboolean opt_no_world;
static double opt_min_sure = DG_EXTRACTOR_MIN_SURE;
static int opt_dpi;
static char *opt_layout;
static char *opt_font;
static char *opt_render_format;
static char *opt_endpoint;
static char *opt_graph;
static gboolean opt_add;
static char *opt_unsourced_graph;
static int opt_timeout = 300;
static char *opt_user;
static char *opt_password_file;
static char **opt_gazetteers;
static char *opt_source_id;
static char *opt_url;
static char *opt_date;
static char *opt_terms_format;
static gboolean opt_with_ontology;
static char *opt_mapping;
static gint opt_jobs = 1;

/* Above this many nodes dot's layout takes minutes. */
#define LARGE_DIAGRAM 1000

/* Not const: --input-format's help is the reader's list of syntaxes. */
static GOptionEntry common_entries[]
    = { { "ontology", 'O', 0, G_OPTION_ARG_FILENAME_ARRAY, &opt_ontologies,
          "Add an ontology extension (Turtle); may be repeated", "FILE" },
        { "quiet", 'q', 0, G_OPTION_ARG_NONE, &opt_quiet, "Report errors only, not warnings",
          NULL },
        { "input-format", 'i', 0, G_OPTION_ARG_STRING, &opt_input_format, NULL, "FORMAT" },
        { "mapping", 'm', 0, G_OPTION_ARG_STRING, &opt_mapping,
          "Read tables (.csv, .tsv, …) through this mapping: a built-in one (gdelt-events, "
          "gdelt1-events, icews-events, cow-diplomatic-exchange) or a "
          "file",
          "NAME|FILE" },
        { "base", 0, 0, G_OPTION_ARG_STRING, &opt_base,
          "Resolve relative IRIs in RDF input against IRI (default: the file's URI)", "IRI" },
        { "jobs", 'j', 0, G_OPTION_ARG_INT, &opt_jobs,
          "Read large tables, and mapped files, on N threads (0: one per processor); the result is the same",
          "N" },
        { NULL } };

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
    = { { "lang", 'l', 0, G_OPTION_ARG_STRING, &opt_lang,
          "The article's language (default: id)", "LANG" },
        { "gazetteer", 'g', 0, G_OPTION_ARG_FILENAME_ARRAY, &opt_gazetteers,
          "A graph file whose nodes are the entities to find (repeatable)", "FILE" },
        { "source-id", 0, 0, G_OPTION_ARG_STRING, &opt_source_id,
          "The id of the article's source document (default: from the file name)", "ID" },
        { "url", 0, 0, G_OPTION_ARG_STRING, &opt_url, "The article's address", "URL" },
        { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date,
          "The article's date: the year of dates given without one", "DATE" },
        { "min-sure", 0, 0, G_OPTION_ARG_DOUBLE, &opt_min_sure,
          "Write a candidate less sure than X (the share of such candidates reviewers kept) as a "
          "commented hint (default 0.01: those no reviewer kept; 0: every candidate as a fact)",
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
typedef int (*CommandFunc) (DgGraph *graph, const char *command);

static int write_dot (DgGraph *graph, const char *command);
static int write_render (DgGraph *graph, const char *command);
static int write_rdf (DgGraph *graph, const char *command);
static int push (DgGraph *graph, const char *command);
static int extract (DgGraph *graph, const char *command);
static int terms (DgGraph *graph, const char *command);
static int write_network (DgGraph *graph, const char *command);
static int write_html (DgGraph *graph, const char *command);
static int write_diff (DgGraph *graph, const char *command);
static int write_timeline (DgGraph *graph, const char *command);

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
  { "check", "Validate FILEs and report every problem as file:line:col", { NULL }, NULL, ARGS_GRAPH },
  { "dot", "Write FILEs as a Graphviz DOT diagram",
    { output_entries, view_entries, dot_entries, NULL }, write_dot, ARGS_GRAPH },
  { "rdf", "Write FILEs as RDF (Turtle, N-Triples, N-Quads or TriG)",
    { output_entries, rdf_entries, NULL }, write_rdf, ARGS_GRAPH },
  { "render", "Lay out and render FILEs as SVG, PNG or PDF (in-process Graphviz)",
    { output_entries, view_entries, dot_entries, render_entries }, write_render, ARGS_GRAPH },
  { "html", "Write a view of FILEs as one interactive HTML page (works offline)",
    { output_entries, view_entries, dot_entries, NULL }, write_html, ARGS_GRAPH },
  { "network", "Write a view of FILEs as a network: GraphML, GEXF, CSV or Cytoscape.js JSON",
    { output_entries, view_entries, network_entries, NULL }, write_network, ARGS_GRAPH },
  { "timeline", "Draw a view along time: a lane per partner of --focus, levels as bars, events as marks",
    { output_entries, view_entries, dot_entries, timeline_entries }, write_timeline, ARGS_GRAPH },
  { "diff", "Say what changed between --from and --to: as text, an RDF Patch or a diagram",
    { output_entries, view_entries, dot_entries, diff_entries }, write_diff, ARGS_GRAPH },
  { "push", "Upload FILEs to a SPARQL store (Graph Store HTTP Protocol)", { push_entries, NULL },
    push, ARGS_GRAPH },
  { "extract", "Propose candidate facts from a news article (FILE: UTF-8 text) as .dg",
    { output_entries, extract_entries, NULL }, extract, ARGS_ARTICLES },
  { "terms", "List the classes, relations and values of the ontology, or describe one",
    { output_entries, terms_entries, NULL }, terms, ARGS_TERMS },
};

/* The FILEs of a command that reads articles. */
static char **command_files;

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

static void
print_error (const char *message)
{
  fprintf (stderr, "diplograph: %s\n", message);
}

/* An output file must not be one of the ontologies read: writing it would
 * destroy them.  (The inputs, includes and standard input among them, are
 * compared once read, by the reader, which knows every file it opened.) */
static gboolean
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

static gboolean
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
    g_autofree char *kept = left_out ? g_strdup_printf (", %" G_GUINT64_FORMAT " left out by its keep", left_out)
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

      dg_graph_count_provenance (graph, &stated, &citations, &sources);
      printf ("%u node%s (%u stated by a source), %u statement%s, %u citation%s from %u "
              "source%s; no error%s",
              dg_graph_get_n_nodes (graph), dg_graph_get_n_nodes (graph) == 1 ? "" : "s", stated,
              dg_graph_get_n_statements (graph), dg_graph_get_n_statements (graph) == 1 ? "" : "s",
              citations, citations == 1 ? "" : "s", sources, sources == 1 ? "" : "s",
              warnings ? "" : "\n");
      if (warnings)
        printf (", %u warning%s\n", warnings, warnings == 1 ? "" : "s");
    }
  return status;
}

static GStrv
split_list (const char *list)
{
  GStrv items = g_strsplit (list, ",", -1);

  for (guint i = 0; items[i]; i++)
    g_strstrip (items[i]);
  return items;
}

/* The selection the view options describe; NULL with @error when an
 * option names something the graph or the ontology does not have. */
static DgSelection *
configure_selection (DgGraph *graph, GError **error)
{
  g_autoptr (DgSelection) selection = dg_selection_new (graph);

  if (opt_depth < 0)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "--depth must be 0 or more");
      return NULL;
    }
  if (opt_relations)
    {
      g_auto (GStrv) names = split_list (opt_relations);
      if (!dg_selection_set_relations (selection, (const char *const *)names, error))
        return NULL;
    }
  if (opt_classes)
    {
      g_auto (GStrv) names = split_list (opt_classes);
      if (!dg_selection_set_classes (selection, (const char *const *)names, error))
        return NULL;
    }
  if ((opt_from || opt_to) && !dg_selection_set_time_window (selection, opt_from, opt_to, error))
    return NULL;
  if (opt_source && !dg_selection_set_source (selection, opt_source, error))
    return NULL;
  /* A collapsed fact is drawn as part of its edge: depth counts it so. */
  dg_selection_set_collapse (selection, opt_collapse);
  if (opt_focus && !dg_selection_set_focus (selection, opt_focus, (guint)opt_depth, error))
    return NULL;
  return g_steal_pointer (&selection);
}

/* The languages of --lang, or NULL for the default. */
static GStrv
view_languages (void)
{
  return opt_lang ? split_list (opt_lang) : NULL;
}

/* The view the view options describe; NULL with @error when an option
 * names something the graph or the ontology does not have. */
static DgView *
configure_view (DgGraph *graph, GError **error)
{
  g_autoptr (DgView) view = dg_view_new (graph);
  g_autoptr (DgSelection) selection = NULL;
  g_auto (GStrv) langs = view_languages ();

  if (langs && !dg_view_set_languages (view, (const char *const *)langs, error))
    return NULL;
  selection = configure_selection (graph, error);
  if (!selection)
    return NULL;
  dg_view_set_selection (view, selection);
  dg_view_set_flags (view, (opt_clusters ? DG_VIEW_CLUSTERS : 0) | (opt_legend ? DG_VIEW_LEGEND : 0)
                               | (opt_collapse ? DG_VIEW_COLLAPSE : 0));
  return g_steal_pointer (&view);
}

/* The drawing of that view the dot and render options describe; NULL with
 * @error when an option is not one. */
static DgDotWriter *
configure_dot_writer (DgGraph *graph, GError **error)
{
  g_autoptr (DgView) view = configure_view (graph, error);
  g_autoptr (DgDotWriter) writer = NULL;

  if (!view)
    return NULL;
  writer = dg_dot_writer_new (view);
  if ((opt_rankdir && !dg_dot_writer_set_rankdir (writer, opt_rankdir, error))
      || (opt_date_precision && !dg_view_set_date_precision (view, opt_date_precision, error))
      || (opt_dpi && !dg_dot_writer_set_dpi (writer, opt_dpi < 0 ? 1 : (guint)opt_dpi, error))
      || (opt_font && !dg_dot_writer_set_font (writer, opt_font, error))
      || (opt_layout && !dg_dot_writer_set_layout (writer, opt_layout, error)))
    return NULL;
  return g_steal_pointer (&writer);
}

/* The exit status of a view option the graph or ontology cannot satisfy. */
static int
view_status (const GError *error)
{
  return g_error_matches (error, DG_ERROR, DG_ERROR_UNKNOWN_NODE)
                 || g_error_matches (error, DG_ERROR, DG_ERROR_UNKNOWN_TERM)
                 || g_error_matches (error, DG_ERROR, DG_ERROR_INVALID_VALUE)
             ? EXIT_USAGE
             : EXIT_INVALID;
}

/* The exit status for an error of the library. */
static int
status_of (const GError *error)
{
  return g_error_matches (error, DG_ERROR, DG_ERROR_INVALID_VALUE) ? EXIT_INVALID : EXIT_IO;
}

static gboolean
to_stdout (void)
{
  return !writes_file ();
}

/* The writer of the dot and render options, and a warning when the view is
 * too large for dot to lay out quickly; NULL after printing why not. */
static DgDotWriter *
dot_writer_for (DgGraph *graph, int *status)
{
  g_autoptr (GError) error = NULL;
  DgDotWriter *writer = configure_dot_writer (graph, &error);
  guint n_drawn;

  if (!writer)
    {
      print_error (error->message);
      *status = view_status (error);
      return NULL;
    }
  n_drawn = dg_view_count_nodes (dg_dot_writer_get_view (writer));
  if (!opt_quiet && n_drawn > LARGE_DIAGRAM && (!opt_layout || g_str_equal (opt_layout, "dot")))
    fprintf (stderr,
             "diplograph: warning: %u nodes to draw; dot lays out this many slowly. Narrow "
             "the view (--focus, --classes, --source) or use --layout sfdp\n",
             n_drawn);
  return writer;
}

/* A writer's two ways out: to the -o file (replaced only when complete),
 * or to standard output. */
typedef gboolean (*ToFileFunc) (gpointer writer, const char *path, GError **error);
typedef gboolean (*ToStreamFunc) (gpointer writer, GOutputStream *stream, GError **error);

static int
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

/* The view of the dot options, written by a writer's pair of functions. */
static int
write_view (DgGraph *graph, ToFileFunc to_file, ToStreamFunc to_stream)
{
  g_autoptr (DgDotWriter) writer = NULL;
  int status = EXIT_OK;

  writer = dot_writer_for (graph, &status);
  if (!writer)
    return status;
  return write_out (writer, to_file, to_stream);
}

static int
write_dot (DgGraph *graph, const char *command)
{
  (void)command;
  return write_view (graph, (ToFileFunc)dg_dot_writer_write_file, (ToStreamFunc)dg_dot_writer_write);
}

/* The format of a drawing: -T, else the -o file's ending (.dot too when
 * @dot), else SVG; NULL after saying why when the ending names none, for
 * x.jpg would be SVG under a name that says otherwise.  @what says what
 * the command writes. */
static const char *
drawing_format (const char *what, gboolean dot)
{
  const char *format;
  g_autofree char *base = NULL;
  g_autofree char *msg = NULL;

  if (opt_render_format || to_stdout ())
    return opt_render_format ? opt_render_format : "svg";
  format = dg_dot_writer_render_format_for_name (opt_output);
  base = g_path_get_basename (opt_output);
  if (!format && dot && g_str_has_suffix (base, ".dot"))
    format = "dot";
  if (format || !strchr (base, '.'))
    return format ? format : "svg";
  msg = g_strdup_printf ("%s: %s, which the name does not say; give -T", opt_output, what);
  print_error (msg);
  return NULL;
}

/* The format render writes: -T, else the output file's ending, else SVG. */
static const char *render_format;

static gboolean
render_to_file (gpointer writer, const char *path, GError **error)
{
  return dg_dot_writer_render_file (writer, render_format, path, error);
}

static gboolean
render_to_stream (gpointer writer, GOutputStream *stream, GError **error)
{
  return dg_dot_writer_render (writer, render_format, stream, error);
}

static int
write_render (DgGraph *graph, const char *command)
{
  g_autoptr (DgDotWriter) writer = NULL;
  int status = EXIT_OK;

  (void)command;
  writer = dot_writer_for (graph, &status);
  if (!writer)
    return status;
  render_format = drawing_format ("render writes svg, png or pdf", FALSE);
  if (!render_format)
    return EXIT_USAGE;
  return write_out (writer, render_to_file, render_to_stream);
}

static int
write_html (DgGraph *graph, const char *command)
{
  (void)command;
  return write_view (graph, (ToFileFunc)dg_dot_writer_write_html_file,
                     (ToStreamFunc)dg_dot_writer_write_html);
}

static int
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

static int
write_network (DgGraph *graph, const char *command)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DgNetworkWriter) writer = NULL;
  g_autoptr (DgView) view = NULL;
  DgNetworkFormat format = DG_NETWORK_GRAPHML;

  (void)command;
  if (!(view = configure_view (graph, &error)))
    {
      print_error (error->message);
      return view_status (error);
    }
  writer = dg_network_writer_new (view);
  if (opt_format)
    {
      if (!dg_network_writer_set_format_name (writer, opt_format, &error))
        {
          print_error (error->message);
          return EXIT_USAGE;
        }
    }
  else if (!to_stdout () && dg_network_format_for_name (opt_output, &format))
    dg_network_writer_set_format (writer, format);
  else if (!to_stdout () && strchr (opt_output, '.') && !g_file_test (opt_output, G_FILE_TEST_IS_DIR))
    {
      /* -o x.png would be GraphML under a name that says otherwise. */
      g_autofree char *msg = g_strdup_printf (
          "%s: the name says no network format (.graphml, .gexf, .cyjs, .json); give -f",
          opt_output);
      print_error (msg);
      return EXIT_USAGE;
    }
  return write_out (writer, (ToFileFunc)dg_network_writer_write_file,
                    (ToStreamFunc)dg_network_writer_write);
}

/* The format diff writes, by the name of its -o file. */
static const struct
{
  const char *suffix, *format;
} diff_suffixes[] = { { ".txt", "text" }, { ".patch", "patch" }, { ".rdfp", "patch" },
                      { ".dot", "dot" },  { ".gv", "dot" },       { ".svg", "svg" },
                      { ".png", "png" },  { ".pdf", "pdf" } };

static int
write_diff (DgGraph *graph, const char *command)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DgDotWriter) drawing = NULL;
  g_autoptr (DgDiffWriter) writer = NULL;
  const char *format = opt_format;
  int status = EXIT_OK;

  (void)command;
  if (!opt_from || !opt_to)
    {
      print_error ("diff compares two dates: give --from and --to");
      return EXIT_USAGE;
    }
  if (!format && !to_stdout ())
    {
      g_autofree char *base = g_path_get_basename (opt_output);
      for (guint i = 0; i < G_N_ELEMENTS (diff_suffixes) && !format; i++)
        if (g_str_has_suffix (base, diff_suffixes[i].suffix))
          format = diff_suffixes[i].format;
      if (!format && strchr (base, '.'))
        {
          g_autofree char *msg = g_strdup_printf (
              "%s: the name says no diff format (.txt, .patch, .dot, .svg, .png, .pdf); give -f",
              opt_output);
          print_error (msg);
          return EXIT_USAGE;
        }
    }
  /* Facts are compared as the diagram draws them: collapsed to edges. */
  opt_collapse = TRUE;
  drawing = dot_writer_for (graph, &status);
  if (!drawing)
    return status;
  writer = dg_diff_writer_new (dg_dot_writer_get_view (drawing));
  dg_diff_writer_set_drawing (writer, drawing);
  if (!dg_diff_writer_set_dates (writer, opt_from, opt_to, &error)
      || !dg_diff_writer_set_format (writer, format ? format : "text", &error))
    {
      print_error (error->message);
      return EXIT_USAGE;
    }
  return write_out (writer, (ToFileFunc)dg_diff_writer_write_file,
                    (ToStreamFunc)dg_diff_writer_write);
}

static const char *timeline_format;

static gboolean
timeline_to_file (gpointer writer, const char *path, GError **error)
{
  return dg_timeline_writer_write_file (writer, timeline_format, path, error);
}

static gboolean
timeline_to_stream (gpointer writer, GOutputStream *stream, GError **error)
{
  return dg_timeline_writer_write (writer, timeline_format, stream, error);
}

static int
write_timeline (DgGraph *graph, const char *command)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DgDotWriter) drawing = NULL;
  g_autoptr (DgTimelineWriter) writer = NULL;
  int status = EXIT_OK;

  (void)command;
  timeline_format = drawing_format ("timeline draws svg, png, pdf or dot", TRUE);
  if (!timeline_format)
    return EXIT_USAGE;
  /* Partnerships are bars, not nodes: the view counts them as edges. */
  opt_collapse = TRUE;
  drawing = dot_writer_for (graph, &status);
  if (!drawing)
    return status;
  writer = dg_timeline_writer_new (dg_dot_writer_get_view (drawing));
  dg_timeline_writer_set_drawing (writer, drawing);
  dg_timeline_writer_set_legend (writer, opt_legend);
  if (!dg_timeline_writer_set_focus (writer, opt_focus, &error)
      || !dg_timeline_writer_set_span (writer, opt_from, opt_to, &error))
    {
      print_error (error->message);
      return view_status (error);
    }
  return write_out (writer, timeline_to_file, timeline_to_stream);
}

/* The password for --user: never an option, which other users could read
 * in the process list. */
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

static int
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
             dg_graph_store_get_n_triples (store), shown,
             dg_graph_store_get_n_requests (store),
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

static int
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

static int
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
  if (!extractor
      || !dg_extractor_set_source (extractor, opt_source_id, opt_url, opt_date, &error))
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
    fprintf (stderr, "diplograph: %s: %u sentences, %u new entities, %u candidate facts\n",
             name, dg_extractor_get_n_sentences (extractor),
             dg_extractor_get_n_new_entities (extractor),
             dg_extractor_get_n_candidates (extractor));
  return status;
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
  if (status != EXIT_OK || !command->run)
    return status;
  return command->run (graph, command->name);
}
