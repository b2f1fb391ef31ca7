/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <graphviz/cgraph.h>

#include "diplograph.h"

G_BEGIN_DECLS

/* The path of an external tool the tests run (rapper, serdi, dot, xmllint),
 * from the environment make check sets, or NULL if it is not installed. */
const char *test_tool (const char *name);
/* Skips the current test, with a message, when @name is not installed. */
gboolean test_require_tool (const char *name);
/* Runs @argv; returns its exit status, filling @out and @err if given. */
int test_run (const char *const *argv, char **out, char **err);
/* A graph on the built-in ontology. */
DgGraph *test_graph_new (void);
/* The Vietnam seed graph of the examples (examples/vietnam/all.dg). */
DgGraph *test_seed_graph (void);
/* A reader's diagnostics, one "file:line:col: severity: message" a line. */
char *test_diagnostics_text (DgReader *reader);
/* A fresh temporary directory, removed at exit. */
const char *test_tmpdir (void);
/* A DOT writer of a view of all of @g, as a caller makes one. */
DgDotWriter *test_dot_writer_new (DgGraph *g);
/* @w's DOT written to @name in test_tmpdir(); its path. */
char *test_write_dot_file (DgDotWriter *w, const char *name);
/* A DOT file read back with cgraph (agclose() it). */
Agraph_t *test_read_dot (const char *path);

G_END_DECLS
