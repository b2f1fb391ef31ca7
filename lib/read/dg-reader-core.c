/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-diagnostic.h"
#include "dg-graph-private.h"
#include "dg-ontology-private.h"
#include "dg-reader-private.h"
#include "dg-text-private.h"
#include "dg-text.h"
#include "dg-validate.h"

/*
 * The reader's state, as the reader of each syntax sees it: the files
 * named in diagnostics, the diagnostics themselves (a bounded list per
 * severity), where each node was defined and each statement came from, and
 * the statements that wait for the end (forward references, citations).
 * The syntaxes (dg-reader-dg.c, dg-reader-rdf.c, dg-reader-mapped.c …) use
 * these services; none calls another syntax or the reader's front
 * (dg-reader.c) but through the hooks the front sets.
 */

#define MAX_DIAGNOSTICS 1000

static void note_positions (DgReader *self, const DgPos *pos);
static void apply (DgReader *self, const DgPending *p);
static void link_to (DgReader *self, const DgPending *p, guint object);

void
dg_reader_attach_graph (DgReader *self, DgGraph *graph)
{
  self->graph = g_object_ref (graph);
  self->ontology = dg_graph_get_ontology (graph);
  self->edge_base = dg_graph_get_n_statements (graph);
}

DgReader *
dg_reader_new_like (DgReader *parent, DgGraph *graph)
{
  DgReader *self = g_object_new (G_OBJECT_TYPE (parent), NULL);

  dg_reader_attach_graph (self, graph);
  return self;
}

const char *
dg_reader_keep (DgReader *self, const char *s)
{
  return s ? g_string_chunk_insert_const (self->strings, s) : NULL;
}

/* Each severity's list stops at MAX_DIAGNOSTICS, with a last entry of the
 * same severity saying so: a flood of warnings neither hides an error nor,
 * with the warnings silenced, reads as one. */
static void
diagnose (DgReader *self, DgSeverity severity, const DgPos *pos, const char *message)
{
  const char *file = pos ? g_ptr_array_index (self->files, pos->file) : NULL;
  guint n = severity == DG_SEVERITY_ERROR ? ++self->n_errors : ++self->n_warnings;

  /* An error refuses the row of a mapped table it is in (the mapped
   * reader's hook, set when it reads one). */
  if (severity == DG_SEVERITY_ERROR && pos && self->on_error)
    self->on_error (self, pos);
  if (n > MAX_DIAGNOSTICS + 1)
    return;
  if (n == MAX_DIAGNOSTICS + 1)
    message = severity == DG_SEVERITY_ERROR ? "too many errors; stopping the list"
                                            : "too many warnings; stopping the list";
  g_ptr_array_add (self->diagnostics, dg_diagnostic_new (file, pos ? pos->line : 0,
                                                         pos ? pos->column : 0, severity, message));
}

guint
dg_reader_add_file (DgReader *self, const char *name, gboolean rdf)
{
  g_ptr_array_add (self->files, (gpointer)dg_reader_keep (self, name));
  g_array_append_val (self->rdf_files, rdf);
  g_array_append_val (self->file_depth, self->include_depth);
  return self->files->len - 1;
}

void
dg_reader_report (DgReader *self, DgSeverity severity, const DgPos *pos, const char *format, ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  diagnose (self, severity, pos, message);
}

void
dg_reader_note_statements (DgReader *self, const DgPos *pos)
{
  note_positions (self, pos);
}

void
dg_reader_define (DgReader *self, guint node, const DgPos *pos)
{
  if (node >= self->defined->len)
    g_array_set_size (self->defined, node + 1);
  if (g_array_index (self->defined, DgPos, node).line == 0)
    g_array_index (self->defined, DgPos, node) = *pos;
}

const char *
dg_reader_get_base_iri (DgReader *self)
{
  return self->base_iri;
}

DgGraph *
dg_reader_get_graph (DgReader *self)
{
  return self->graph;
}

/* A statement that needs nothing read later goes into the graph at once:
 * values, and links to a node named by an IRI or already defined.  Only
 * forward references, citations (a quote takes its source's language, which
 * may come later) and `about` checks wait for dg_reader_finish(), so memory
 * follows the graph rather than the statements read. */
void
dg_reader_push_pending (DgReader *r, DgPending *p)
{
  guint node;

  switch (p->kind)
    {
    case DG_PENDING_LITERAL:
    case DG_PENDING_IRI:
    case DG_PENDING_NODE:
      apply (r, p);
      return;
    case DG_PENDING_REF:
      if (dg_graph_lookup_node (r->graph, p->iri, &node) && dg_reader_definition_of (r, node))
        {
          link_to (r, p, node);
          return;
        }
      break;
    case DG_PENDING_CITE:
    case DG_PENDING_ABOUT:
      break;
    }
  /* Deferred: its strings (borrowed from the line being read) are kept;
   * its slot says where a part read apart applies it (dg-reader-parts.c). */
  p->slot = dg_graph_get_n_statements (r->graph);
  p->property = dg_reader_keep (r, p->property);
  p->iri = dg_reader_keep (r, p->iri);
  p->name = dg_reader_keep (r, p->name);
  p->lexical = dg_reader_keep (r, p->lexical);
  p->datatype = dg_reader_keep (r, p->datatype);
  p->language = dg_reader_keep (r, p->language);
  g_array_append_val (r->pending, *p);
}

/* Node ids are dense, so definitions are an array by node rather than a
 * hash table of allocated positions: 12 bytes a node. */
void
dg_reader_define_node (DgReader *r, guint node, DgPos pos)
{
  GArray *defined = r->defined;

  if (node >= defined->len)
    g_array_set_size (defined, node + 1);
  g_array_index (defined, DgPos, node) = pos;
}

/* Valid until the next dg_reader_define_node(). */
const DgPos *
dg_reader_definition_of (DgReader *self, guint node)
{
  const DgPos *pos;

  if (node >= self->defined->len)
    return NULL;
  pos = &g_array_index (self->defined, DgPos, node);
  return pos->line ? pos : NULL;
}

/* --- Statements that waited: references, citations ---------------------- */

static void
note_positions (DgReader *self, const DgPos *pos)
{
  dg_positions_extend (self->positions, dg_graph_get_n_statements (self->graph) - self->edge_base,
                       pos);
}

static void
report_unknown_id (DgReader *self, const DgPending *p)
{
  const char *best = NULL;
  guint best_d = 3;
  g_autofree char *values
      = p->property ? dg_ontology_explain_value (self->ontology, p->property, p->name) : NULL;

  /* A value of an enumeration (role=PrimeMinster, level=CSP). */
  if (values)
    {
      dg_reader_error_at (self, &p->pos, "unknown id \"%s\" (%s)", p->name, values);
      return;
    }

  for (guint node = 0; node < self->defined->len; node++)
    {
      const char *name;
      guint d;

      if (!dg_reader_definition_of (self, node))
        continue;
      name = dg_text_iri_tail (dg_graph_get_node_iri (self->graph, node));
      d = dg_text_edit_distance (p->name, name, 2);
      if (d < best_d || (d == best_d && best && strcmp (name, best) < 0))
        {
          best_d = d;
          best = name;
        }
    }
  if (best)
    dg_reader_error_at (self, &p->pos, "unknown id \"%s\" (did you mean \"%s\"?)", p->name, best);
  else
    dg_reader_error_at (self, &p->pos, "unknown id \"%s\"", p->name);
}

/* The node an id names: one defined in the data, else an individual of the
 * ontology (a role, a partnership level). */
static gboolean
resolve_ref (DgReader *self, const DgPending *p, guint *node)
{
  DgTerm *individual;

  if (dg_graph_lookup_node (self->graph, p->iri, node)
      && (dg_reader_definition_of (self, *node) || dg_graph_get_node_class (self->graph, *node)))
    return TRUE;
  individual = dg_ontology_find (self->ontology, DG_TERM_INDIVIDUAL, p->name);
  if (individual)
    return dg_graph_add_node (self->graph, individual->iri, NULL, node, NULL);
  report_unknown_id (self, p);
  return FALSE;
}

/* A quote is in the language of its source.  Looked up once per source:
 * each citation changes the graph, and a lookup on a changed graph would
 * rebuild its index. */
static const char *
source_language (DgReader *self, guint source)
{
  gpointer found;

  if (!g_hash_table_lookup_extended (self->source_languages, GUINT_TO_POINTER (source), NULL,
                                     &found))
    {
      DgTerm *language = dg_ontology_provenance_term (self->ontology, DG_PROVENANCE_LANGUAGE);
      const DgLiteral *l
          = language ? dg_graph_find_literal (self->graph, source, language->iri) : NULL;
      found
          = (gpointer)(l ? dg_reader_keep (self, dg_graph_string (self->graph, l->lexical)) : NULL);
      g_hash_table_insert (self->source_languages, GUINT_TO_POINTER (source), found);
    }
  return found;
}

/* A reference resolved: the link, at the reference's place. */
static void
link_to (DgReader *self, const DgPending *p, guint object)
{
  GError *error = NULL;

  if (!dg_graph_add_relation (self->graph, p->subject, p->property, object, &error))
    {
      dg_reader_error_at (self, &p->pos, "%s", error->message);
      g_error_free (error);
    }
  note_positions (self, &p->pos);
}

static void
apply (DgReader *self, const DgPending *p)
{
  GError *error = NULL;
  guint object;
  gboolean ok = TRUE;

  switch (p->kind)
    {
    case DG_PENDING_ABOUT:
      if (!dg_reader_definition_of (self, p->subject)
          && !dg_graph_get_node_class (self->graph, p->subject))
        report_unknown_id (self, p);
      return;
    case DG_PENDING_REF:
      if (resolve_ref (self, p, &object))
        link_to (self, p, object);
      return;
    case DG_PENDING_IRI:
      ok = dg_graph_add_node (self->graph, p->iri, NULL, &object, &error)
           && dg_graph_add_relation (self->graph, p->subject, p->property, object, &error);
      break;
    case DG_PENDING_NODE:
      ok = dg_graph_add_relation (self->graph, p->subject, p->property, p->object, &error);
      break;
    case DG_PENDING_LITERAL:
      ok = dg_graph_add_literal (self->graph, p->subject, p->property, p->lexical, p->datatype,
                                 p->language, &error);
      break;
    case DG_PENDING_CITE:
      {
        const char *language = p->language;

        if (!resolve_ref (self, p, &object))
          return;
        if (!language)
          language = source_language (self, object);
        ok = dg_graph_add_citation (self->graph, p->subject, object, p->lexical, language, NULL,
                                    &error);
        /* Looked for in the article once every citation is in: a
         * lookup on a graph each citation changes would index it again. */
        if (ok)
          {
            DgPending q = *p;
            q.object = object;
            g_array_append_val (self->quotes, q);
          }
      }
      break;
    default:
      g_assert_not_reached ();
    }
  if (!ok)
    {
      dg_reader_error_at (self, &p->pos, "%s", error->message);
      g_error_free (error);
    }
  note_positions (self, &p->pos);
}

static void
on_problem (DgSeverity severity, guint node, guint statement, const char *message,
            gpointer user_data)
{
  DgReader *self = user_data;
  const DgPos *pos = NULL;
  DgPos at;

  if (statement != DG_NO_STATEMENT && statement >= self->edge_base
      && dg_positions_get (self->positions, statement - self->edge_base, &at))
    pos = &at;
  else
    pos = dg_reader_definition_of (self, node);
  diagnose (self, severity, pos, message);
}

void
dg_reader_apply_pending (DgReader *self)
{
  /* Citations last: a quote takes its source's language, which may be
   * stated after the quote. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->pending->len; i++)
      {
        const DgPending *p = &g_array_index (self->pending, DgPending, i);
        if ((p->kind == DG_PENDING_CITE) == (pass == 1))
          apply (self, p);
      }
}

void
dg_reader_validate (DgReader *self)
{
  dg_graph_validate (self->graph, on_problem, self);
}

/* --- What a reader read apart, appended --------------------------------- */

/* Whether reading @part's rows after what @r read would have found
 * something the part, read alone, could not: then it is read again. */
static gboolean
part_stands_alone (DgReader *r, DgReader *w, gboolean rdf)
{
  DgGraph *wg = w->graph;

  if (w->n_errors || w->n_warnings || g_hash_table_size (w->inline_counts)
      || w->files->len != 1
      /* Every statement has its place, so positions append as they are. */
      || dg_positions_get_len (w->positions) != dg_graph_get_n_statements (wg)
      || dg_positions_get_len (r->positions) != dg_graph_get_n_statements (r->graph) - r->edge_base)
    return FALSE;
  /* RDF states a subject in as many statements as it likes. */
  for (guint i = 0; !rdf && i < dg_graph_get_n_nodes (wg); i++)
    {
      guint found;

      /* An id defined twice: an error where the part defines it. */
      if (dg_reader_definition_of (w, i)
          && dg_graph_lookup_node (r->graph, dg_graph_get_node_iri (wg, i), &found)
          && dg_reader_definition_of (r, found))
        return FALSE;
    }
  return TRUE;
}

static DgPos
in_file (const DgPos *pos, guint file, guint lines)
{
  DgPos p = *pos;

  p.file = file;
  p.line += lines;
  return p;
}

/* Appends what @w read as if it had been read here, after what was read:
 * its file is @file, or when G_MAXUINT a file of ours added now. */
gboolean
dg_reader_append (DgReader *r, DgReader *w, guint file, guint lines, DgGraphBlanks blanks,
                  gpointer blanks_data)
{
  DgGraphMerge *m;
  guint done = 0, n = dg_graph_get_n_statements (w->graph);
  gboolean rdf = w->rdf_files->len > 0 && g_array_index (w->rdf_files, gboolean, 0);

  if (!part_stands_alone (r, w, rdf)
      || !(m = dg_graph_merge_begin (r->graph, w->graph, blanks, blanks_data)))
    return FALSE;
  if (file == G_MAXUINT)
    file = dg_reader_add_file (r, g_ptr_array_index (w->files, 0), FALSE);
  /* A reference the part left waiting, to an id defined before the part,
   * is one that a reading in order applies at once: at its place among the
   * statements.  Definitions are appended after, so that "before the part"
   * is what is asked. */
  for (guint i = 0; i < w->pending->len; i++)
    {
      DgPending p = g_array_index (w->pending, DgPending, i);

      if (done < p.slot)
        {
          dg_graph_merge_statements (m, done, p.slot);
          dg_positions_append (r->positions, w->positions, done, p.slot, file, lines);
          done = p.slot;
        }
      p.subject = dg_graph_merge_node (m, p.subject);
      if (p.kind == DG_PENDING_NODE)
        p.object = dg_graph_merge_node (m, p.object);
      p.pos = in_file (&p.pos, file, lines);
      dg_reader_push_pending (r, &p);
    }
  dg_graph_merge_statements (m, done, n);
  dg_positions_append (r->positions, w->positions, done, n, file, lines);
  for (guint i = 0; i < dg_graph_get_n_nodes (w->graph); i++)
    {
      const DgPos *def = dg_reader_definition_of (w, i);

      DgPos at;

      if (!def)
        continue;
      at = in_file (def, file, lines);
      /* An RDF subject is defined where it is first stated. */
      if (rdf)
        dg_reader_define (r, dg_graph_merge_node (m, i), &at);
      else
        dg_reader_define_node (r, dg_graph_merge_node (m, i), at);
    }
  dg_graph_merge_free (m);
  return TRUE;
}
