/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <gio/gio.h>

#include "dg-diagnostic.h"
#include "dg-graph-private.h"
#include "dg-input-private.h"
#include "dg-ontology-private.h"
#include "dg-mapping.h"
#include "dg-reader.h"
#include "dg-syntax-private.h"

G_BEGIN_DECLS

/* A place in an input, for diagnostics: line 0 means none. */
typedef struct
{
  guint32 file; /* as dg_reader_add_file() returned it */
  guint32 line;
  guint32 column;
} DgPos;

/* dg-reader-positions.c: where each statement was stated, as runs of
 * statements at one place or on lines one after another. */
typedef struct _DgPositions DgPositions;
G_GNUC_INTERNAL DgPositions *dg_positions_new (void);
G_GNUC_INTERNAL void dg_positions_free (DgPositions *self);
/* How many statements have a position. */
G_GNUC_INTERNAL guint dg_positions_get_len (DgPositions *self);
/* The statements from the last with a position up to @n (exclusive) are at
 * @pos. */
G_GNUC_INTERNAL void dg_positions_extend (DgPositions *self, guint n, const DgPos *pos);
/* FALSE when @statement has none. */
G_GNUC_INTERNAL gboolean dg_positions_get (DgPositions *self, guint statement, DgPos *pos);
/* Appends the positions of @src's statements @from to @to (exclusive), in
 * file @file, @lines lines on. */
G_GNUC_INTERNAL void dg_positions_append (DgPositions *self, DgPositions *src, guint from, guint to,
                                          guint file, guint lines);

/* A statement read that waits, or goes into the graph at once (see
 * dg_reader_push_pending()). */
typedef enum
{
  DG_PENDING_REF,  /* object named by an id, resolved at finish */
  DG_PENDING_IRI,  /* object named by an IRI */
  DG_PENDING_NODE, /* object already known (an inline node) */
  DG_PENDING_LITERAL,
  DG_PENDING_CITE,  /* quote from a source named by an id */
  DG_PENDING_ABOUT, /* an `about` block: the id must be defined somewhere */
} DgPendingKind;

typedef struct
{
  DgPendingKind kind;
  guint subject;
  guint object;         /* DG_PENDING_NODE */
  const char *property; /* IRI */
  const char *iri;      /* REF, IRI, CITE, ABOUT: the object's IRI */
  const char *name;     /* REF, CITE, ABOUT: the id as written */
  const char *lexical;  /* LITERAL, CITE */
  const char *datatype;
  const char *language;
  DgPos pos;
  guint slot; /* statements in the graph when it was deferred */
} DgPending;

/* The reader, as the readers of each syntax see it. */
struct _DgReader
{
  GObject parent_instance;
  DgGraph *graph;
  DgOntology *ontology;
  GPtrArray *diagnostics;
  guint n_errors, n_warnings;
  GStringChunk *strings;
  GPtrArray *files;             /* display names, borrowed from strings */
  GArray *rdf_files;            /* gboolean by file: read as RDF */
  GArray *file_depth;           /* guint by file: 0 given, n through n @includes */
  guint include_depth;          /* of the file being read */
  GHashTable *read_files;       /* canonical paths already read */
  GPtrArray *include_stack;     /* canonical paths being read */
  GPtrArray *include_names;     /* the same files as diagnostics name them */
  GArray *defined;              /* DgPos of each node's definition, by node; line 0: none */
  GHashTable *inline_counts;    /* "node property" -> count */
  GHashTable *source_languages; /* source node -> language tag or NULL */
  GHashTable *article_texts;    /* cited sources' files: path -> text (dg-reader-quotes.c) */
  GArray *quotes;               /* DgPending: citations added, their source in object */
  GArray *pending;              /* DgPending */
  DgPositions *positions;       /* of each statement added since edge_base */
  char *input_format;           /* NULL: by file name */
  char *base_iri;               /* of RDF input; NULL: the file's URI */
  DgProgressFunc progress;
  gpointer progress_data;
  GDestroyNotify progress_notify;
  guint edge_base;
  gboolean finished;
  DgMapping *mapping;           /* tables are read through it, or NULL */
  guint64 rows_read, rows_mapped, rows_refused, rows_left_out;
  GHashTable *refused_rows;     /* guint64 file << 32 | line of rows with an error */
  GArray *mapped_files;         /* gboolean by file: read through a mapping */
  guint64 counting_row;         /* the row being read (its refusal is counted at its end) */
  guint n_threads;              /* large tables are read in this many parts at once */
  GQueue *apart;                /* tables read apart, to append in order (dg-reader-apart.c) */
  gboolean appending;           /* appending them: what is read now is read here */
  /* Set by the front (dg-reader.c): a file read again, in its turn, by
   * what read it apart. */
  gboolean (*read_file) (DgReader *self, const char *path, GError **error);
  /* Set by dg-reader-mapped.c once it reads a table: an error at @pos
   * refuses the row it is in. */
  void (*on_error) (DgReader *self, const DgPos *pos);
};


/* dg-reader-core.c: what the readers of each format share in a #DgReader. */
/* @self reads into @graph (once, as it is made). */
G_GNUC_INTERNAL void dg_reader_attach_graph (DgReader *self, DgGraph *graph);
/* A reader of @parent's kind into @graph, for a part read apart. */
G_GNUC_INTERNAL DgReader *dg_reader_new_like (DgReader *parent, DgGraph *graph);
/* The statements that waited, into the graph: references, then citations. */
G_GNUC_INTERNAL void dg_reader_apply_pending (DgReader *self);
/* The graph validated, each problem a diagnostic at its statement. */
G_GNUC_INTERNAL void dg_reader_validate (DgReader *self);
/* Appends what @w read apart (a part of a table or of N-Triples, a file)
 * to @r, as if @r had read it, its positions in file @file of @r
 * (G_MAXUINT: @w's own files, added) @lines lines on, its blank nodes @r's
 * as @blanks says
 * (see dg_graph_merge_begin()); FALSE, with nothing appended, when read
 * after what @r read it could have read otherwise: it is then read again
 * by @r. */
G_GNUC_INTERNAL gboolean dg_reader_append (DgReader *r, DgReader *w, guint file, guint lines,
                                           DgGraphBlanks blanks, gpointer blanks_data);
/* A file to name in diagnostics; @rdf if it is read as RDF. */
G_GNUC_INTERNAL guint dg_reader_add_file (DgReader *self, const char *name, gboolean rdf);
G_GNUC_PRINTF (4, 5)
G_GNUC_INTERNAL void dg_reader_report (DgReader *self, DgSeverity severity, const DgPos *pos,
                                       const char *format, ...);
/* The statements added to the graph since the last call come from @pos. */
G_GNUC_INTERNAL void dg_reader_note_statements (DgReader *self, const DgPos *pos);
/* @node is defined at @pos, unless it was defined before. */
G_GNUC_INTERNAL void dg_reader_define (DgReader *self, guint node, const DgPos *pos);
G_GNUC_INTERNAL const char *dg_reader_get_base_iri (DgReader *self);
/* @s kept as long as the reader (NULL for NULL). */
G_GNUC_INTERNAL const char *dg_reader_keep (DgReader *self, const char *s);
/* A statement read: into the graph now, or at dg_reader_finish() when it
 * names what may come later. */
G_GNUC_INTERNAL void dg_reader_push_pending (DgReader *self, DgPending *p);
/* @node is defined at @pos (a later definition is a duplicate). */
G_GNUC_INTERNAL void dg_reader_define_node (DgReader *self, guint node, DgPos pos);
G_GNUC_INTERNAL const DgPos *dg_reader_definition_of (DgReader *self, guint node);
#define dg_reader_error_at(self, pos, ...)                                                         \
  dg_reader_report (self, DG_SEVERITY_ERROR, pos, __VA_ARGS__)
G_GNUC_INTERNAL DgGraph *dg_reader_get_graph (DgReader *self);
/* dg-reader-cells.c: the cells of a row of a table read through a mapping,
 * into @raw (borrowed from @text, the row's copy) and where each starts
 * into @cols (see dg_cells_column()); CSV may span lines: FALSE asks for
 * the next, kept in @pending. */
G_GNUC_INTERNAL gboolean dg_cells_split (GString *text, gboolean csv, const char *line,
                                         GPtrArray *raw, GArray *cols, GString *pending);
/* The column (1-based, in characters) of a cell that starts at @start, as
 * dg_cells_split() gave it: TSV's cells by their byte in the row, counted
 * in characters only when a message needs it; CSV's in characters. */
G_GNUC_INTERNAL guint dg_cells_column (GString *text, gboolean csv, guint start);

/* dg-reader-mapped.c: a table read a row at a time through @mapping. */
G_GNUC_INTERNAL void dg_reader_read_mapped (DgReader *self, GInputStream *in, const char *name,
                                            DgMapping *mapping);
/* @file is read through a mapping: its rows' errors refuse them. */
G_GNUC_INTERNAL void dg_reader_note_mapped_file (DgReader *self, guint file);
G_GNUC_INTERNAL gboolean dg_reader_row_refused (DgReader *self, guint file, guint line);
/* dg-reader-identity.c: warns of one entity defined under two ids. */
G_GNUC_INTERNAL void dg_reader_check_identity (DgReader *self);

/* dg-reader-apart.c: reads the table @in, from the regular file @path,
 * through the reader's mapping on a thread of its own (or on this one,
 * when every other is busy) into a graph apart, to be appended after the
 * files before it; FALSE when it is to be read here, in turn. */
G_GNUC_INTERNAL gboolean dg_reader_read_apart (DgReader *self, GInputStream *in, const char *path,
                                               const char *name, const char *key);
/* Appends the tables read apart, in order: every one when @wait, else
 * those read so far.  Before anything else is read or asked. */
G_GNUC_INTERNAL void dg_reader_append_apart (DgReader *self, gboolean wait);
/* Whether a table read apart is the file @key. */
G_GNUC_INTERNAL gboolean dg_reader_reads_apart (DgReader *self, const char *key);
/* Stops reading apart, appending nothing (the reader is finalized). */
G_GNUC_INTERNAL void dg_reader_drop_apart (DgReader *self);

/* dg-reader-dg.c: reads @len bytes of `.dg` (or a table), known as @key,
 * and the files it includes (a DgSyntaxReadText). */
G_GNUC_INTERNAL void dg_reader_read_dg (DgReader *self, const DgSyntax *syntax, const char *data,
                                        gsize len, const char *name, const char *key);

/* dg-reader-rdf.c: reads RDF in @syntax from @in into the reader's graph,
 * a statement at a time (a DgSyntaxReadStream).  Problems are diagnostics. */
G_GNUC_INTERNAL void dg_reader_read_rdf (DgReader *self, const DgSyntax *syntax, GInputStream *in,
                                         const char *name);

/* dg-reader-rdf.c, dg-reader-mapped.c: read @slices (a regular file, or
 * bytes in memory) in parts on the reader's threads (see
 * dg-reader-lines.c), when the syntax (not Turtle, a table with a header
 * or CSV) and the size allow; FALSE, with nothing read, when it is to be
 * read in one piece. */
G_GNUC_INTERNAL gboolean dg_reader_read_rdf_parts (DgReader *self, const DgSyntax *syntax,
                                                   DgSlices *slices, const char *name);
G_GNUC_INTERNAL gboolean dg_reader_read_mapped_parts (DgReader *self, DgSlices *slices,
                                                      const char *name, DgMapping *m);
/* Whether dg_reader_read_mapped_parts() would read @slices in parts. */
G_GNUC_INTERNAL gboolean dg_reader_mapped_in_parts (DgReader *self, DgSlices *slices, DgMapping *m);

/* dg-reader-lines.c: a file of lines read in parts.  How a syntax reads a
 * part: a reading is of one file into one reader; one apart is of a part
 * of the same file, into a graph and reader of its own. */
typedef struct
{
  /* A reading apart like @reading, of the same file; NULL: none. */
  gpointer (*apart_new) (gpointer reading);
  /* Reads @in into @reading, its first line the file's @first_line,
   * @at_start if it starts the file; FALSE when the file is read no
   * further (a reading in order stops there). */
  gboolean (*read) (gpointer reading, GInputStream *in, guint first_line, gboolean at_start);
  /* Appends what @apart read after what @reading read, as if @reading had
   * read it, its line 1 the file's @first_line; FALSE, with nothing
   * appended, when @reading is to read it again. */
  gboolean (*append) (gpointer reading, gpointer apart, guint first_line);
  void (*apart_free) (gpointer apart);
} DgLineParts;

/* Into how many parts of at least @min_part bytes the reader would cut
 * @slices: under 2, it reads the file in one piece. */
G_GNUC_INTERNAL guint dg_reader_count_parts (DgReader *self, DgSlices *slices, guint64 min_part);
/* Reads @slices, the file @name, into @reading in parts (as many as
 * dg_reader_count_parts() says, at least 2), as @how says. */
G_GNUC_INTERNAL void dg_reader_read_lines_in_parts (DgReader *self, DgSlices *slices,
                                                    guint64 min_part, const DgLineParts *how,
                                                    gpointer reading, const char *name);

/* Warns of a fact defined in two files (dg-reader-facts.c). */
G_GNUC_INTERNAL void dg_reader_check_same_facts (DgReader *self);

/* Reports an error at @pos when @quote is not in the file of source
 * document @source, where that file is at hand (dg-reader-quotes.c). */
G_GNUC_INTERNAL void dg_reader_check_quote (DgReader *self, const DgPos *pos, guint source,
                                            const char *quote);

G_END_DECLS
