/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* What the command line's files share: its options as parsed, exit codes,
 * and the ways out every command takes (diplograph-cli.c); each command
 * is in the file of its kind (cli-view.c, cli-data.c). */

#include <gio/gio.h>

#include "diplograph.h"

enum
{
  EXIT_OK = 0,
  EXIT_INVALID = 1, /* the input has errors */
  EXIT_USAGE = 2,
  EXIT_IO = 3, /* a file could not be read or written */
};

/* The options, as GOption parsed them (diplograph-cli.c). */
extern char **opt_ontologies;
extern char *opt_output;
extern char *opt_lang;
extern char *opt_format;
extern gboolean opt_quiet;
extern char *opt_input_format;
extern char *opt_base;
extern gboolean opt_default_graph;
extern char *opt_focus;
extern int opt_depth;
extern char *opt_relations;
extern char *opt_classes;
extern char *opt_from;
extern char *opt_to;
extern char *opt_source;
extern gboolean opt_clusters;
extern gboolean opt_legend;
extern gboolean opt_collapse;
extern char *opt_rankdir;
extern char *opt_date_precision;
extern gboolean opt_no_world;
extern double opt_min_sure;
extern int opt_dpi;
extern char *opt_layout;
extern char *opt_page;
extern gboolean opt_with_includes;
/* What the FILEs state themselves (dg_reader_get_stated_nodes()), or NULL. */
extern GArray *stated_nodes;
extern char *opt_font;
extern char *opt_render_format;
extern char *opt_endpoint;
extern char *opt_graph;
extern gboolean opt_add;
extern char *opt_unsourced_graph;
extern int opt_timeout;
extern char *opt_user;
extern char *opt_password_file;
extern char **opt_gazetteers;
extern char *opt_source_id;
extern char *opt_url;
extern char *opt_date;
extern char *opt_terms_format;
extern gboolean opt_with_ontology;
extern char *opt_mapping;
extern gint opt_jobs;
extern char **command_files;

/* A writer's two ways out: to the -o file (replaced only when complete),
 * or to standard output. */
typedef gboolean (*ToFileFunc) (gpointer writer, const char *path, GError **error);
typedef gboolean (*ToStreamFunc) (gpointer writer, GOutputStream *stream, GError **error);

void print_error (const char *message);
gboolean writes_file (void);
gboolean output_is_ontology (const char *output);
GStrv split_list (const char *list);
int view_status (const GError *error);
int status_of (const GError *error);
gboolean to_stdout (void);
int write_out (gpointer writer, ToFileFunc to_file, ToStreamFunc to_stream);

/* The commands, run after their inputs are read into @graph. */
typedef int (*CommandFunc) (DgGraph *graph, const char *command);
int write_dot (DgGraph *graph, const char *command);
int write_render (DgGraph *graph, const char *command);
int write_html (DgGraph *graph, const char *command);
int write_network (DgGraph *graph, const char *command);
int write_diff (DgGraph *graph, const char *command);
int write_timeline (DgGraph *graph, const char *command);
int write_rdf (DgGraph *graph, const char *command);
int push (DgGraph *graph, const char *command);
int terms (DgGraph *graph, const char *command);
int extract (DgGraph *graph, const char *command);
