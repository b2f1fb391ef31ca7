/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dg-network-attributes-private.h"
#include "dg-text-private.h"
#include "dg-xsd-private.h"

/* What a network says of a node or a collapsed fact beside its label:
 * every value the graph holds for it, typed by its datatype (a Goldstein
 * score a double, a count a long, an ISO code text, a date a day with its
 * precision), a value from the ontology (a partnership's level, a post's
 * role) by its name and label, its labels in each language, and how many
 * quotes and sources say it.  Columns are named by the relation's local
 * name; nothing here names a relation, so an extension's values come out
 * too. */

struct _DgNetworkAttributes
{
  DgGraph *graph;
  DgOntology *ontology;
  DgFactTerms *terms;
  const gint64 *successor_end;
  const char *const *languages;
  guint32 label; /* rdfs:label's id, 0 when the graph has none */
};

DgNetworkAttributes *
dg_network_attributes_new (DgFactTerms *terms, const gint64 *successor_end,
                           const char *const *languages)
{
  DgNetworkAttributes *a = g_new0 (DgNetworkAttributes, 1);

  a->graph = dg_fact_terms_get_graph (terms);
  a->ontology = dg_graph_get_ontology (a->graph);
  a->terms = terms;
  a->successor_end = successor_end;
  a->languages = languages;
  if (!dg_graph_string_id (a->graph, DG_RDFS "label", &a->label))
    a->label = 0;
  return a;
}

void
dg_network_attributes_free (DgNetworkAttributes *attributes)
{
  g_free (attributes);
}

void
dg_network_attributes_add_time (DgNetworkAttributes *a, DgNetworkTable *table, GPtrArray *row,
                                guint node)
{
  char start[11], end[11];
  const char *precision[2];

  if (!dg_fact_span_precision (a->terms, a->successor_end, node, start, end, precision))
    return;
  dg_network_attributes_add_span (table, row, start, end, precision);
}

void
dg_network_attributes_add_span (DgNetworkTable *table, GPtrArray *row, const char start[11],
                                const char end[11], const char *const precision[2])
{
  static const char *const names[][2]
      = { { "start", "start_precision" }, { "end", "end_precision" } };
  const char *days[2] = { start, end };

  for (guint i = 0; i < 2; i++)
    if (days[i][0])
      {
        guint day = dg_network_table_column (table, names[i][0], DG_COLUMN_DATE);
        guint what = dg_network_table_column (table, names[i][1], DG_COLUMN_STRING);

        dg_network_table_set (table, row, day, days[i]);
        dg_network_table_set (table, row, what, precision[i] ? precision[i] : "day");
      }
}

typedef struct
{
  guint quotes;
  GArray *sources;
} Provenance;

static void
count_citation (const DgLiteral *quote, guint source, gpointer data)
{
  Provenance *p = data;

  p->quotes++;
  if (source != DG_NO_NODE)
    g_array_append_val (p->sources, source);
}

static int
compare_nodes (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

void
dg_network_attributes_add_provenance (DgNetworkAttributes *a, DgNetworkTable *table, GPtrArray *row,
                                      guint node)
{
  Provenance p = { 0, g_array_new (FALSE, FALSE, sizeof (guint)) };
  guint distinct = 0;
  char text[16];

  dg_fact_sources (a->terms, node, p.sources);
  dg_fact_foreach_citation (a->terms, node, count_citation, &p);
  g_array_sort (p.sources, compare_nodes);
  for (guint i = 0; i < p.sources->len; i++)
    if (i == 0 || g_array_index (p.sources, guint, i) != g_array_index (p.sources, guint, i - 1))
      distinct++;
  g_array_unref (p.sources);
  g_snprintf (text, sizeof text, "%u", p.quotes);
  dg_network_table_set (table, row, dg_network_table_column (table, "quotes", DG_COLUMN_LONG),
                        text);
  g_snprintf (text, sizeof text, "%u", distinct);
  dg_network_table_set (table, row, dg_network_table_column (table, "sources", DG_COLUMN_LONG),
                        text);
}

const char *
dg_network_name (DgOntology *ontology, const char *iri)
{
  DgTerm *term = dg_ontology_term (ontology, iri);

  return term ? term->local : dg_text_iri_tail (iri);
}

/* The column of @predicate's values: the relation's local name, or its
 * IRI when another relation has that name already. */
static guint
value_column (DgNetworkAttributes *a, DgNetworkTable *table, const char *predicate,
              const char *suffix, DgColumnType type)
{
  const char *local = dg_network_name (a->ontology, predicate);
  g_autofree char *name = NULL;
  const char *owner;

  name = g_strconcat (local, suffix, NULL);
  owner = g_hash_table_lookup (table->owner, name);
  /* The names the formats give ids and ends are never a value's. */
  if ((owner && !g_str_equal (owner, predicate))
      || (!owner
          && (g_hash_table_contains (table->index, name) || g_str_equal (name, "id")
              || g_str_equal (name, "source") || g_str_equal (name, "target")
              || g_str_equal (name, "directed"))))
    {
      g_free (name);
      name = g_strconcat (predicate, suffix, NULL);
    }
  if (!owner)
    g_hash_table_insert (table->owner, g_strdup (name), g_strdup (predicate));
  return dg_network_table_column (table, name, type);
}

static gboolean
is_integer_type (const char *local)
{
  static const char *const names[] = { "integer",
                                       "nonNegativeInteger",
                                       "positiveInteger",
                                       "negativeInteger",
                                       "nonPositiveInteger",
                                       "long",
                                       "int",
                                       "short",
                                       "byte",
                                       "unsignedInt",
                                       "unsignedShort",
                                       "unsignedByte" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (local, names[i]))
      return TRUE;
  return FALSE;
}

/* The column type of a value, and its text as that type writes it; a
 * value invalid for its datatype is text. */
static DgColumnType
value_type (const char *lexical, const char *datatype, char **text, const char **precision)
{
  const char *local
      = datatype && g_str_has_prefix (datatype, DG_XSD) ? datatype + strlen (DG_XSD) : "";
  DgDate date;

  *precision = NULL;
  if (is_integer_type (local))
    {
      gint64 v;

      if (g_ascii_string_to_signed (lexical, 10, G_MININT64, G_MAXINT64, &v, NULL))
        {
          *text = g_strdup_printf ("%" G_GINT64_FORMAT, v);
          return DG_COLUMN_LONG;
        }
    }
  else if (g_str_equal (local, "decimal") || g_str_equal (local, "double")
           || g_str_equal (local, "float"))
    {
      char *end = NULL;
      double v = g_ascii_strtod (lexical, &end);

      /* JSON and GraphML readers take a finite number only. */
      if (lexical[0] && end && !*end && isfinite (v))
        {
          *text = g_strdup (lexical[0] == '+' ? lexical + 1 : lexical);
          return DG_COLUMN_DOUBLE;
        }
    }
  else if (g_str_equal (local, "boolean"))
    {
      if (g_str_equal (lexical, "true") || g_str_equal (lexical, "1"))
        return *text = g_strdup ("true"), DG_COLUMN_BOOLEAN;
      if (g_str_equal (lexical, "false") || g_str_equal (lexical, "0"))
        return *text = g_strdup ("false"), DG_COLUMN_BOOLEAN;
    }
  else if (datatype && dg_xsd_is_date_type (datatype) && dg_date_parse (lexical, &date, NULL)
           && date.year >= 1 && date.year <= 9999)
    {
      *text
          = g_strdup_printf ("%04d-%02u-%02u", date.year, MAX (date.month, 1u), MAX (date.day, 1u));
      *precision = dg_date_precision (&date);
      return DG_COLUMN_DATE;
    }
  *text = g_strdup (lexical);
  return DG_COLUMN_STRING;
}

static void
add_literal (DgNetworkAttributes *a, DgNetworkTable *table, GPtrArray *row, const DgEdge *e)
{
  DgGraph *g = a->graph;
  const DgLiteral *lit = dg_graph_literal (g, e->object);
  const char *lexical = dg_graph_string (g, lit->lexical);
  const char *predicate = dg_graph_string (g, e->predicate);
  const char *precision;
  g_autofree char *text = NULL;
  DgColumnType type;

  if (e->predicate == a->label)
    {
      g_autofree char *name = NULL;

      /* The label column holds the one in the language chain; these, each language's. */
      if (!lit->language)
        return;
      name = g_strconcat ("label_", dg_graph_string (g, lit->language), NULL);
      dg_network_table_set (table, row, dg_network_table_column (table, name, DG_COLUMN_STRING),
                            lexical);
      return;
    }
  type = value_type (lexical, lit->datatype ? dg_graph_string (g, lit->datatype) : NULL, &text,
                     &precision);
  dg_network_table_set (table, row, value_column (a, table, predicate, "", type), text);
  if (precision)
    dg_network_table_set (
        table, row, value_column (a, table, predicate, "_precision", DG_COLUMN_STRING), precision);
}

void
dg_network_attributes_add_values (DgNetworkAttributes *a, DgNetworkTable *table, GPtrArray *row,
                                  guint node)
{
  DgGraph *g = a->graph;
  guint n;
  const guint32 *edges = dg_graph_edges_of (g, node, &n);

  for (guint i = 0; i < n; i++)
    {
      const DgEdge *e = dg_graph_edge (g, edges[i]);
      DgTerm *value;
      const char *predicate;

      if (dg_graph_edge_is_repeated (g, edges[i]))
        continue;
      if (e->is_literal)
        {
          add_literal (a, table, row, e);
          continue;
        }
      /* A link to an ontology individual (a level, a role) is a value. */
      value = dg_ontology_term (a->ontology, dg_graph_get_node_iri (g, e->object));
      if (!value || value->kind != DG_TERM_INDIVIDUAL)
        continue;
      predicate = dg_graph_string (g, e->predicate);
      dg_network_table_set (table, row, value_column (a, table, predicate, "", DG_COLUMN_STRING),
                            value->local);
      dg_network_table_set (table, row,
                            value_column (a, table, predicate, "_label", DG_COLUMN_STRING),
                            dg_term_label (value, a->languages));
    }
}
