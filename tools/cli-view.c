/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The commands that write a view of the graph: dot, render, html,
 * network, diff and timeline, from the view options. */
#include "config.h"

#include <gio/gunixoutputstream.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "diplograph-cli.h"

/* Above this many nodes dot's layout takes minutes. */
#define LARGE_DIAGRAM 1000

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
  /* A file that includes a gazetteer draws what it states, and of the
   * gazetteer what that links; a view around a --focus is the focus's,
   * whichever file states it. */
  if (stated_nodes && !opt_with_includes && !opt_focus)
    dg_selection_set_stated_nodes (selection, (const guint *)(gconstpointer)stated_nodes->data,
                                   stated_nodes->len);
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
      || (opt_layout && !dg_dot_writer_set_layout (writer, opt_layout, error))
      || (opt_page && !dg_dot_writer_set_page (writer, opt_page, error)))
    return NULL;
  return g_steal_pointer (&writer);
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

int
write_dot (DgGraph *graph, const char *command)
{
  (void)command;
  return write_view (graph, (ToFileFunc)dg_dot_writer_write_file,
                     (ToStreamFunc)dg_dot_writer_write);
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

int
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

int
write_html (DgGraph *graph, const char *command)
{
  (void)command;
  return write_view (graph, (ToFileFunc)dg_dot_writer_write_html_file,
                     (ToStreamFunc)dg_dot_writer_write_html);
}

int
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
  else if (!to_stdout () && strchr (opt_output, '.')
           && !g_file_test (opt_output, G_FILE_TEST_IS_DIR))
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
} diff_suffixes[]
    = { { ".txt", "text" }, { ".patch", "patch" }, { ".rdfp", "patch" }, { ".dot", "dot" },
        { ".gv", "dot" },   { ".svg", "svg" },     { ".png", "png" },    { ".pdf", "pdf" } };

int
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

int
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
