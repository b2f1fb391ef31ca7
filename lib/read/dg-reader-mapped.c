/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-input-private.h"
#include "dg-mapping-private.h"
#include "dg-ontology-private.h"
#include "dg-reader-private.h"
#include "dg-text-private.h"
#include "dg-text.h"
#include "dg-xsd-private.h"

/* A table read through a mapping (dg_reader_set_mapping()): a row at a
 * time from the stream, TSV or CSV (RFC 4180: quoted cells hold commas,
 * quotes doubled, and line breaks), each row becoming the nodes and
 * statements the mapping says.  A cell that does not fit is an error at
 * its file:line:col, and the row is counted as refused; no row is dropped
 * without one. */

#define DG_RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"

typedef struct
{
  DgReader *reader;
  DgMapping *m;
  guint file;
  GPtrArray *cells;  /* char*: the row's cells, in the mapping's column order, borrowed */
  GArray *cell_cols; /* guint: where each starts (see dg_cells_column()) */
  GArray *order;     /* int: table position -> mapping column (header) */
  guint line;        /* of the row's first line */
  guint *made;       /* node made by each mapping node, or G_MAXUINT */
  gboolean row_failed;
  GArray *reported;       /* gboolean by column: an error said of it in this row */
  GHashTable *classes;    /* keyword -> class IRI (or "" when unknown) */
  GHashTable *properties; /* keyword -> property IRI */
  GHashTable *fixed_properties; /* DgMapItem* -> property IRI, of keys that are text alone */
  GArray *described;      /* gboolean by node: its statements made by an earlier row */
  GHashTable *seen;       /* "node property value" of such nodes' statements */
  gboolean again;         /* the node being stated was by an earlier row */
  gboolean header_due;    /* the next row is the header */
  GString *said;          /* a statement's key in seen, made again for each */
  GString *row_text;      /* the row's cells, each ended by a NUL (dg_cells_split()) */
  const char *name;       /* the file's, as diagnostics name it */
} Rows;

static void row_error (Rows *r, int column, const char *format, ...) G_GNUC_PRINTF (3, 4);


static void
row_error (Rows *r, int column, const char *format, ...)
{
  va_list args;
  g_autofree char *message = NULL;
  DgPos pos = { r->file, r->line,
                column >= 0 && (guint)column < r->cell_cols->len
                    ? dg_cells_column (r->row_text, r->m->csv, g_array_index (r->cell_cols, guint, column))
                    : 1 };

  r->row_failed = TRUE;
  /* One message a cell: two nodes may read one code. */
  if (column >= 0 && (guint)column < r->reported->len)
    {
      if (g_array_index (r->reported, gboolean, column))
        return;
      g_array_index (r->reported, gboolean, column) = TRUE;
    }
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  dg_reader_report (r->reader, DG_SEVERITY_ERROR, &pos, "%s", message);
}

static const char *
cell (Rows *r, int column)
{
  return column >= 0 && (guint)column < r->cells->len ? g_ptr_array_index (r->cells, column) : "";
}

/* A value in an IRI: what is not unreserved or a sub-delimiter is
 * percent-encoded, so a cell cannot break out of its template. */
static void
append_iri_part (GString *out, const char *value)
{
  g_string_append_uri_escaped (out, value, "!$&'()*+,;=:@", TRUE);
}

/* The template's text for this row; NULL when a piece it needs is empty
 * (a column with no value, a code no list has). @first_column: the first
 * column it reads, for messages. */
static char *
expand (Rows *r, const DgTemplate *t, gboolean iri, int *first_column)
{
  GString *out = g_string_new (NULL);

  if (first_column)
    *first_column = -1;
  for (guint i = 0; i < t->pieces->len; i++)
    {
      const DgPiece *p = &g_array_index (t->pieces, DgPiece, i);
      const char *v;
      g_autofree char *owned = NULL;

      if (p->text)
        {
          g_string_append (out, p->text);
          continue;
        }
      if (first_column && *first_column < 0)
        *first_column = p->column;
      v = cell (r, p->column);
      if (p->list >= 0)
        {
          const DgCodeList *list = g_ptr_array_index (r->m->lists, p->list);
          /* A code the list does not know does not fit the mapping. */
          if (v[0] && !dg_code_list_has (list, v))
            {
              row_error (r, p->column, "unknown code \"%s\" in column %s (code list \"%s\")", v,
                         (const char *)g_ptr_array_index (r->m->columns, p->column), list->name);
              g_string_free (out, TRUE);
              return NULL;
            }
          v = dg_code_list_lookup (list, v, p->field);
        }
      else if (p->filter && g_str_equal (p->filter, "yyyymmdd") && v[0])
        {
          if (strlen (v) != 8 || strspn (v, "0123456789") != 8)
            {
              row_error (r, p->column, "\"%s\" is not a date written YYYYMMDD", v);
              v = NULL;
            }
          else
            v = owned = g_strdup_printf ("%.4s-%.2s-%.2s", v, v + 4, v + 6);
        }
      else if (p->filter && g_str_equal (p->filter, "url"))
        {
          if (!(g_str_has_prefix (v, "http://") || g_str_has_prefix (v, "https://"))
              || !dg_iri_validate (v, NULL))
            v = NULL;
          else
            {
              g_string_append (out, v); /* an IRI already */
              continue;
            }
        }
      if (!v || !v[0] || g_str_equal (v, "-"))
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      if (iri)
        append_iri_part (out, v);
      else
        g_string_append (out, v);
    }
  return g_string_free (out, FALSE);
}

static gboolean
holds (Rows *r, GArray *conditions)
{
  for (guint i = 0; i < conditions->len; i++)
    {
      const DgCondition *c = &g_array_index (conditions, DgCondition, i);
      const char *a = cell (r, c->column);

      if (c->empty || !a[0])
        {
          if (c->empty == !a[0])
            continue;
          return FALSE;
        }
      if (c->literal && g_str_equal (a, c->literal) != c->equal)
        return FALSE;
      if (c->other >= 0 && g_str_equal (a, cell (r, c->other)) != c->equal)
        return FALSE;
    }
  return TRUE;
}

static const char *
class_iri (Rows *r, const char *keyword, int column)
{
  const char *iri = g_hash_table_lookup (r->classes, keyword);
  g_autoptr (GError) error = NULL;

  if (!iri)
    {
      iri = dg_ontology_lookup (r->reader->ontology, DG_TERM_CLASS, keyword, &error);
      g_hash_table_insert (r->classes, g_strdup (keyword), (gpointer)(iri ? iri : ""));
      if (!iri)
        {
          row_error (r, column, "the mapping gives %s", error->message);
          return NULL;
        }
    }
  return iri[0] ? iri : NULL;
}

static int
node_index (Rows *r, const char *key)
{
  for (guint i = 0; i < r->m->nodes->len; i++)
    if (g_str_equal (((DgMapNode *)g_ptr_array_index (r->m->nodes, i))->key, key))
      return (int)i;
  return -1;
}

static void
append_number (GString *out, guint n)
{
  char digits[12], *p = digits + sizeof digits;

  *--p = '\0';
  do
    *--p = (char)('0' + n % 10);
  while ((n /= 10));
  g_string_append (out, p);
}

/* Whether a statement of a node stated by an earlier row is new: its key
 * (subject, property, then @object and @language) not seen yet. */
static gboolean
first_time (Rows *r, guint subject, const char *property, const char *object, const char *language)
{
  GString *said = r->said;

  if (!r->again)
    return TRUE;
  g_string_truncate (said, 0);
  append_number (said, subject);
  g_string_append_c (said, ' ');
  g_string_append (said, property);
  g_string_append_c (said, ' ');
  g_string_append (said, object);
  if (language)
    {
      g_string_append_c (said, '@');
      g_string_append (said, language);
    }
  if (g_hash_table_contains (r->seen, said->str))
    return FALSE;
  g_hash_table_add (r->seen, g_strndup (said->str, said->len));
  return TRUE;
}

/* The property a key names: "label", or a term of the ontology. */
static const char *
property_of (Rows *r, const char *key, GError **error)
{
  const char *property;

  if (g_str_equal (key, "label"))
    return DG_RDFS_LABEL;
  if ((property = g_hash_table_lookup (r->properties, key)))
    return property;
  property = dg_ontology_lookup (r->reader->ontology, DG_TERM_OBJECT_PROPERTY, key, NULL);
  if (!property)
    property = dg_ontology_lookup (r->reader->ontology, DG_TERM_DATATYPE_PROPERTY, key, error);
  if (property)
    g_hash_table_insert (r->properties, g_strdup (key), (gpointer)property);
  return property;
}

/* Notes the property of each item whose key is text alone; one that does
 * not resolve is left to each row, which reports it at its place. */
static void
fix_properties (Rows *r)
{
  for (guint k = 0; k < r->m->nodes->len; k++)
    {
      const DgMapNode *n = g_ptr_array_index (r->m->nodes, k);

      for (guint i = 0; i < n->items->len; i++)
        {
          const DgMapItem *item = &g_array_index (n->items, DgMapItem, i);
          const GArray *pieces = item->key.pieces;
          const char *property;

          if (pieces->len != 1 || !g_array_index (pieces, DgPiece, 0).text)
            continue;
          property = property_of (r, g_array_index (pieces, DgPiece, 0).text, NULL);
          if (property)
            g_hash_table_insert (r->fixed_properties, (gpointer)item, (gpointer)property);
        }
    }
}

static void
add_item (Rows *r, guint subject, const DgMapItem *item)
{
  DgGraph *g = r->reader->graph;
  int key_col = -1, value_col;
  g_autoptr (GError) error = NULL;
  const char *property = g_hash_table_lookup (r->fixed_properties, item);
  DgTerm *term = NULL;

  /* A key that is text alone names one property in every row: looked up
   * once (see fixed_property()). */
  if (!property)
    {
      g_autofree char *key = expand (r, &item->key, FALSE, &key_col);

      if (!key)
        return; /* a role this code does not give */
      if (!(property = property_of (r, key, &error)))
        {
          row_error (r, key_col, "the mapping (line %u) gives %s", item->line, error->message);
          return;
        }
    }
  /* rdfs:label is no term of the ontology's: NULL for it. */
  term = dg_ontology_term (r->reader->ontology, property);
  if (item->refs)
    {
      for (guint i = 0; i < item->refs->len; i++)
        {
          int k = node_index (r, g_ptr_array_index (item->refs, i));
          if (k >= 0 && r->made[k] != G_MAXUINT)
            {
              char object[16];

              g_snprintf (object, sizeof object, "@%u", r->made[k]);
              if (!first_time (r, subject, property, object, NULL))
                return;
              if (!dg_graph_add_relation (g, subject, property, r->made[k], &error))
                row_error (r, key_col, "%s", error->message);
              return;
            }
        }
      return;
    }
  {
    g_autofree char *value = expand (r, &item->value, FALSE, &value_col);
    const char *datatype = NULL;
    DgDate d;

    if (!value)
      return;
    if (!first_time (r, subject, property, value, item->language ? item->language : ""))
      return;
    if (value_col < 0)
      value_col = key_col;
    if (term && term->kind == DG_TERM_OBJECT_PROPERTY)
      {
        /* A role or partnership level by its keyword, as in a .dg file;
         * anything else an IRI relative to the mapping's base. */
        DgTerm *individual = dg_ontology_find (r->reader->ontology, DG_TERM_INDIVIDUAL, value);
        g_autofree char *iri
            = individual ? g_strdup (individual->iri) : dg_iri_resolve (r->m->base, value);
        guint object;
        if (!dg_graph_add_node (g, iri, NULL, &object, &error)
            || !dg_graph_add_relation (g, subject, property, object, &error))
          row_error (r, value_col, "%s", error->message);
        return;
      }
    if (term && term->datatype && dg_xsd_is_date_type (term->datatype))
      {
        if (!dg_date_parse (value, &d, &error))
          {
            row_error (r, value_col, "%s", error->message);
            return;
          }
        datatype = dg_date_datatype (&d);
      }
    else if (term && term->datatype && !g_str_has_suffix (term->datatype, "#string")
             && !g_str_has_suffix (term->datatype, "#langString"))
      datatype = term->datatype;
    if (!dg_graph_add_literal (g, subject, property, value, datatype,
                               item->language && (!datatype) ? item->language : NULL, &error))
      row_error (r, value_col, "%s", error->message);
  }
}

/* Returns the number of nodes the row made. */
static guint
map_row (Rows *r)
{
  guint n_made = 0;
  DgGraph *g = r->reader->graph;
  DgMapping *m = r->m;
  g_autoptr (GError) error = NULL;

  for (guint k = 0; k < m->nodes->len; k++)
    {
      const DgMapNode *n = g_ptr_array_index (m->nodes, k);
      g_autofree char *klass = NULL, *rel = NULL, *iri = NULL;
      const char *class_i;
      int class_col, iri_col = -1;

      r->made[k] = G_MAXUINT;
      if (!holds (r, n->when) || !(klass = expand (r, &n->klass, FALSE, &class_col)))
        continue;
      for (guint a = 0; a < n->iris->len && !rel; a++)
        rel = expand (r, g_ptr_array_index (n->iris, a), TRUE, &iri_col);
      if (!rel && !r->row_failed && n->when->len == 0)
        {
          /* A node every row makes (no condition) with no IRI: the row
           * would count as mapped with nothing to show for it. */
          row_error (r, iri_col, "no IRI for the row's %s: column %s is empty", n->key,
                     iri_col >= 0 ? (const char *)g_ptr_array_index (m->columns, iri_col) : "?");
          continue;
        }
      if (!rel || !(class_i = class_iri (r, klass, class_col)))
        continue;
      iri = dg_iri_resolve (m->base, rel);
      if (!dg_graph_add_node (g, iri, class_i, &r->made[k], &error))
        {
          row_error (r, class_col, "%s", error->message);
          g_clear_error (&error);
          r->made[k] = G_MAXUINT;
        }
      else
        n_made++;
    }
  for (guint k = 0; k < m->nodes->len; k++)
    {
      const DgMapNode *n = g_ptr_array_index (m->nodes, k);
      guint node = r->made[k];

      if (node == G_MAXUINT)
        continue;
      /* A node many rows name (a state, an actor, a source) is stated in
       * full by the first; later rows add only what it does not have yet
       * (another spelling of its name), so that a hot node does not gather
       * a repeat a row. */
      if (node >= r->described->len)
        g_array_set_size (r->described, node + 1);
      r->again = g_array_index (r->described, gboolean, node);
      g_array_index (r->described, gboolean, node) = TRUE;
      for (guint i = 0; i < n->items->len; i++)
        add_item (r, node, &g_array_index (n->items, DgMapItem, i));
    }
  return n_made;
}

/* A row of a table read through a mapping has an error: counted refused
 * once, whether the error was found as it was read or at the end (a
 * relation's domain or range). */
static void
refuse_row (DgReader *self, const DgPos *pos)
{
  guint64 key = ((guint64)pos->file << 32) | pos->line;

  if (!self->refused_rows || pos->file >= self->mapped_files->len
      || !g_array_index (self->mapped_files, gboolean, pos->file)
      || g_hash_table_contains (self->refused_rows, &key))
    return;
  g_hash_table_add (self->refused_rows, g_memdup2 (&key, sizeof key));
  /* Counted mapped already: found at the end. */
  if (self->counting_row != key)
    {
      self->rows_mapped--;
      self->rows_refused++;
    }
}

gboolean
dg_reader_row_refused (DgReader *self, guint file, guint line)
{
  guint64 key = ((guint64)file << 32) | line;
  return self->refused_rows && g_hash_table_contains (self->refused_rows, &key);
}

void
dg_reader_note_mapped_file (DgReader *self, guint file)
{
  if (!self->refused_rows)
    {
      self->refused_rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      self->mapped_files = g_array_new (FALSE, TRUE, sizeof (gboolean));
      self->on_error = refuse_row;
    }
  if (self->mapped_files->len <= file)
    g_array_set_size (self->mapped_files, file + 1);
  g_array_index (self->mapped_files, gboolean, file) = TRUE;
}

/* The header row: the mapping's columns in the header's order.  FALSE,
 * after saying so, when it lacks a column the mapping reads: every row's
 * cell would be empty, so the file is not read. */
static gboolean
read_header (Rows *r, GPtrArray *raw)
{
  DgMapping *m = r->m;
  g_autofree gboolean *found = g_new0 (gboolean, m->columns->len);

  g_array_set_size (r->order, 0);
  for (guint i = 0; i < raw->len; i++)
    {
      int c = -1;
      for (guint k = 0; k < m->columns->len && c < 0; k++)
        {
          const char *h = g_ptr_array_index (m->headers, k);
          if (g_str_equal (h ? h : g_ptr_array_index (m->columns, k), g_ptr_array_index (raw, i)))
            c = (int)k;
        }
      if (c >= 0)
        found[c] = TRUE;
      g_array_append_val (r->order, c);
    }
  for (guint k = 0; k < m->n_required; k++)
    if (!found[k])
      {
        const char *h = g_ptr_array_index (m->headers, k);
        DgPos pos = { r->file, r->line, 1 };
        dg_reader_report (r->reader, DG_SEVERITY_ERROR, &pos,
                          "the header has no column \"%s\", which the mapping \"%s\" "
                          "reads: the file is not read",
                          h ? h : (const char *)g_ptr_array_index (m->columns, k), m->name);
        return FALSE;
      }
  return TRUE;
}

/* A row of cells @raw (at columns @cols of @line): counted read, then
 * mapped, refused or left out by the mapping's keep. */
static void
read_row (Rows *r, const char *line, GPtrArray *raw, GArray *cols)
{
  DgReader *self = r->reader;
  DgMapping *m = r->m;

  self->rows_read++;
  r->row_failed = FALSE;
  g_array_set_size (r->reported, 0);
  g_array_set_size (r->reported, m->columns->len);
  g_ptr_array_set_size (r->cells, 0);
  g_array_set_size (r->cell_cols, m->columns->len);
  for (guint k = 0; k < m->columns->len; k++)
    {
      g_ptr_array_add (r->cells, (gpointer) "");
      g_array_index (r->cell_cols, guint, k) = 1;
    }
  if (m->header ? raw->len != r->order->len
                : raw->len < m->n_required || raw->len > m->columns->len)
    {
      guint want = m->header ? r->order->len : m->columns->len;
      DgPos pos = { r->file, r->line,
                    raw->len > want ? dg_cells_column (r->row_text, r->m->csv, g_array_index (cols, guint, want))
                                    : (guint)g_utf8_strlen (line, -1) + 1 };
      if (m->header || m->n_required == m->columns->len)
        dg_reader_report (self, DG_SEVERITY_ERROR, &pos, "%u cells where %s has %u columns",
                          raw->len, m->header ? "the header" : "the mapping", want);
      else
        dg_reader_report (self, DG_SEVERITY_ERROR, &pos,
                          "%u cells where the mapping has %u to %u columns", raw->len,
                          m->n_required, want);
      self->rows_refused++;
      return;
    }
  for (guint i = 0; i < raw->len && i < r->order->len; i++)
    {
      int c = g_array_index (r->order, int, i);
      if (c < 0)
        continue;
      g_ptr_array_index (r->cells, c) = g_ptr_array_index (raw, i);
      g_array_index (r->cell_cols, guint, c) = g_array_index (cols, guint, i);
    }
  if (!holds (r, m->keep))
    {
      /* Left out by the mapping's "keep": counted, never a silent drop. */
      self->rows_left_out++;
      return;
    }
  if (map_row (r) == 0 && !r->row_failed)
    row_error (r, -1, "the row gives no node: the mapping \"%s\" needs its columns %s", m->name,
               "filled");
  {
    DgPos at = { r->file, r->line, 1 };
    /* Statements checked at the end (domain, range) are the row's. */
    dg_reader_note_statements (self, &at);
  }
  if (dg_reader_row_refused (self, r->file, r->line))
    self->rows_refused++;
  else
    self->rows_mapped++;
}

static void
rows_init (Rows *r, DgReader *self, DgMapping *m, const char *name)
{
  r->reader = self;
  r->m = m;
  r->name = name;
  r->header_due = m->header;
  r->file = dg_reader_add_file (self, name, FALSE);
  dg_reader_note_mapped_file (self, r->file);
  r->cells = g_ptr_array_new ();
  r->cell_cols = g_array_new (FALSE, FALSE, sizeof (guint));
  r->order = g_array_new (FALSE, FALSE, sizeof (int));
  r->reported = g_array_new (FALSE, TRUE, sizeof (gboolean));
  r->made = g_new (guint, m->nodes->len);
  r->classes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->properties = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->fixed_properties = g_hash_table_new (NULL, NULL);
  r->described = g_array_new (FALSE, TRUE, sizeof (gboolean));
  r->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->said = g_string_new (NULL);
  r->row_text = g_string_new (NULL);
  for (guint i = 0; i < m->columns->len; i++)
    g_array_append_val (r->order, i);
  fix_properties (r);
}

static void
rows_clear (Rows *r)
{
  g_ptr_array_unref (r->cells);
  g_array_unref (r->cell_cols);
  g_array_unref (r->order);
  g_array_unref (r->reported);
  g_free (r->made);
  g_hash_table_destroy (r->classes);
  g_hash_table_destroy (r->properties);
  g_hash_table_destroy (r->fixed_properties);
  g_array_unref (r->described);
  g_hash_table_destroy (r->seen);
  g_string_free (r->said, TRUE);
  g_string_free (r->row_text, TRUE);
}

/* Reads the rows of @in, its first line the file's @first_line, @at_start
 * if that is the file's start; FALSE when the file is read no further. */
static gboolean
read_rows (Rows *r, GInputStream *in, guint first_line, gboolean at_start)
{
  g_autoptr (DgLineReader) lines = dg_line_reader_new (in, DG_READER_MAX_LINE);
  g_autoptr (GString) pending = g_string_new (NULL);
  g_autoptr (GPtrArray) raw = g_ptr_array_new (); /* borrowed from r->row_text */
  g_autoptr (GArray) cols = g_array_new (FALSE, FALSE, sizeof (guint));
  DgReader *self = r->reader;
  guint line_no = first_line - 1, start_line = 0;
  gboolean more = TRUE;

  for (;;)
    {
      g_autoptr (GError) error = NULL;
      gsize length, bad;
      gboolean too_long;
      const char *line = dg_line_reader_next (lines, &length, &too_long, &error);

      if (error)
        {
          DgPos pos = { r->file, line_no + 1, 1 };
          self->counting_row = ((guint64)r->file << 32) | (line_no + 1);
          /* The file could not be read on (a cut .gz): an error, not a
           * row refused. */
          dg_reader_report (self, DG_SEVERITY_ERROR, &pos, "%s", error->message);
          more = FALSE;
          break;
        }
      if (!line)
        break;
      line_no++;
      if (!pending->len)
        start_line = line_no;
      /* A byte-order mark (spreadsheets' "CSV UTF-8") is no part of the
       * first cell. */
      if (at_start && line_no == first_line && length >= 3 && memcmp (line, "\xEF\xBB\xBF", 3) == 0)
        {
          line += 3;
          length -= 3;
        }
      /* A row too long, or holding a byte no text holds, is refused
       * whole, at its place. */
      if (too_long || pending->len + length > DG_READER_MAX_LINE
          || !dg_text_find_invalid (line, length, &bad))
        {
          gboolean long_row = too_long || pending->len + length > DG_READER_MAX_LINE;
          DgPos pos = { r->file, long_row ? start_line : line_no,
                        long_row ? 1 : (guint)g_utf8_strlen (line, (gssize)bad) + 1 };
          self->counting_row = ((guint64)r->file << 32) | pos.line;
          if (long_row)
            dg_reader_report (self, DG_SEVERITY_ERROR, &pos, "%s longer than %d bytes",
                              pending->len ? "row" : "line", DG_READER_MAX_LINE);
          else
            dg_reader_report (self, DG_SEVERITY_ERROR, &pos,
                              line[bad] ? "invalid UTF-8" : "NUL byte");
          self->rows_read++;
          self->rows_refused++;
          g_string_truncate (pending, 0);
          continue;
        }
      if (!line[0] && !pending->len)
        continue;
      g_ptr_array_set_size (raw, 0);
      g_array_set_size (cols, 0);
      if (!dg_cells_split (r->row_text, r->m->csv, line, raw, cols, pending))
        continue;
      r->line = start_line;
      self->counting_row = ((guint64)r->file << 32) | start_line;
      if (!r->header_due)
        read_row (r, line, raw, cols);
      else if (!read_header (r, raw))
        {
          more = FALSE;
          goto done;
        }
      r->header_due = FALSE;
    }
  if (pending->len)
    {
      DgPos pos = { r->file, start_line, 1 };
      self->counting_row = ((guint64)r->file << 32) | start_line;
      dg_reader_report (self, DG_SEVERITY_ERROR, &pos, "unterminated quoted cell");
      self->rows_read++;
      self->rows_refused++;
    }
done:
  self->counting_row = G_MAXUINT64;
  return more;
}

void
dg_reader_read_mapped (DgReader *self, GInputStream *in, const char *name, DgMapping *m)
{
  Rows r = { 0 };

  rows_init (&r, self, m, name);
  read_rows (&r, in, 1, TRUE);
  rows_clear (&r);
}

/* --- A large table read in parts (dg-reader-lines.c) --------------------- *
 * A part's rows state the nodes they name in full, as a file's first rows
 * do, since a part cannot know which rows before it stated them: the
 * statements an earlier part made too are repeats, which the graph's index
 * leaves out, so every writer writes what one reading writes. */

/* GDELT's files run to tens of megabytes; a part smaller than this costs
 * more to start and append than it saves. */
#define MIN_PART (1024 * 1024)

typedef struct
{
  Rows rows; /* first: the reading, as the parts see it */
  DgReader *reader;
} RowsApart;

static gpointer
rows_apart_new (gpointer reading)
{
  Rows *r = reading;
  RowsApart *a = g_new0 (RowsApart, 1);
  g_autoptr (DgGraph) graph = dg_graph_new (r->reader->ontology);

  a->reader = dg_reader_new_like (r->reader, graph);
  rows_init (&a->rows, a->reader, r->m, r->name);
  return a;
}

static gboolean
rows_read (gpointer reading, GInputStream *in, guint first_line, gboolean at_start)
{
  return read_rows (reading, in, first_line, at_start);
}

static gboolean
rows_append (gpointer reading, gpointer apart, guint first_line)
{
  Rows *r = reading;
  DgReader *self = r->reader, *w = ((RowsApart *)apart)->reader;

  if (!dg_reader_append (self, w, r->file, first_line - 1, NULL, NULL))
    return FALSE;
  self->rows_read += w->rows_read;
  self->rows_mapped += w->rows_mapped;
  self->rows_refused += w->rows_refused;
  self->rows_left_out += w->rows_left_out;
  return TRUE;
}

static void
rows_apart_free (gpointer apart)
{
  RowsApart *a = apart;

  rows_clear (&a->rows);
  g_object_unref (a->reader);
  g_free (a);
}

gboolean
dg_reader_mapped_in_parts (DgReader *self, DgSlices *slices, DgMapping *m)
{
  /* A header names the columns for every part after it, and a quoted CSV
   * cell may hold a line break: such a table is read in one piece. */
  return !m->header && !m->csv && dg_reader_count_parts (self, slices, MIN_PART) > 1;
}

gboolean
dg_reader_read_mapped_parts (DgReader *self, DgSlices *slices, const char *name, DgMapping *m)
{
  static const DgLineParts how = { rows_apart_new, rows_read, rows_append, rows_apart_free };
  Rows r = { 0 };

  if (!dg_reader_mapped_in_parts (self, slices, m))
    return FALSE;
  rows_init (&r, self, m, name);
  dg_reader_read_lines_in_parts (self, slices, MIN_PART, &how, &r, name);
  rows_clear (&r);
  return TRUE;
}
