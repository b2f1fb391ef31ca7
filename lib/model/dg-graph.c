/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-error.h"
#include "dg-graph.h"
#include "dg-ontology.h"
#include "dg-relation.h"
#include "dg-text.h"
#include "dg-validate.h"
#include "dg-graph-private.h"
#include "dg-graph-data-private.h"
#include "dg-graph-index-private.h"
#include "dg-intern-private.h"
#include "dg-text-private.h"
#include "dg-xsd-private.h"

/**
 * DgGraph:
 *
 * A typed graph of diplomatic facts.
 *
 * Nodes are named by IRI and carry a class from the ontology; statements
 * link a node to another node or to a literal.  N-ary facts — a post held, a
 * partnership, a visit — are nodes of their own whose parts are statements,
 * and citations are PROV-O derivations of the fact from a source document.
 *
 * The graph owns everything in it.  Nodes are referred to by integer ids
 * (0 to dg_graph_get_n_nodes() - 1) that stay valid as long as the graph;
 * every string is interned once, and statements are 16-byte records in one
 * array, so ten million triples fit in well under a GiB.  Every value is
 * validated on the way in (IRIs, language tags, UTF-8, XSD lexical forms),
 * so writers never see a string that could corrupt their output.
 */

G_DEFINE_FINAL_TYPE (DgGraph, dg_graph, G_TYPE_OBJECT)

static void
dg_graph_finalize (GObject *object)
{
  DgGraph *self = DG_GRAPH (object);

  g_clear_object (&self->ontology);
  dg_intern_free (self->strings);
  g_array_unref (self->nodes);
  g_ptr_array_unref (self->segments);
  g_array_unref (self->segment_starts);
  g_array_unref (self->literals);
  g_array_unref (self->graph_runs);
  g_free (self->literal_table);
  g_array_unref (self->repeated);
  g_array_unref (self->node_by_iri);
  g_hash_table_unref (self->terms);
  g_hash_table_unref (self->derived_from);
  g_hash_table_unref (self->n_citations);
  g_array_unref (self->order);
  g_array_unref (self->offsets);
  G_OBJECT_CLASS (dg_graph_parent_class)->finalize (object);
}

static void
dg_graph_class_init (DgGraphClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dg_graph_finalize;
}

static void
dg_graph_init (DgGraph *self)
{
  self->strings = dg_intern_new ();
  self->nodes = g_array_new (FALSE, FALSE, sizeof (Node));
  self->segments = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  g_ptr_array_add (self->segments, g_array_new (FALSE, FALSE, sizeof (DgEdge)));
  self->segment_starts = g_array_new (FALSE, TRUE, sizeof (guint32));
  g_array_set_size (self->segment_starts, 1);
  self->literals = g_array_new (FALSE, FALSE, sizeof (DgLiteral));
  self->graph_runs = g_array_new (FALSE, FALSE, sizeof (GraphRun));
  self->literal_mask = 63;
  self->literal_table = g_new0 (guint32, self->literal_mask + 1);
  self->repeated = g_array_new (FALSE, TRUE, sizeof (guint8));
  /* String ids are dense: an array by id is 4 bytes a string, where a
   * hash table would take 20 or more a node. */
  self->node_by_iri = g_array_new (FALSE, TRUE, sizeof (guint32));
  self->terms = g_hash_table_new (NULL, NULL);
  self->derived_from = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->n_citations = g_hash_table_new (NULL, NULL);
  self->order = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
}

/**
 * dg_graph_new:
 * @ontology: the ontology that types the graph
 *
 * Returns: (transfer full): a new, empty #DgGraph
 */
DgGraph *
dg_graph_new (DgOntology *ontology)
{
  DgGraph *self;

  g_return_val_if_fail (DG_IS_ONTOLOGY (ontology), NULL);
  self = g_object_new (DG_TYPE_GRAPH, NULL);
  self->ontology = g_object_ref (ontology);
  return self;
}

/**
 * dg_graph_get_ontology:
 * @self: a #DgGraph
 *
 * Returns: (transfer none): the ontology of the graph
 */
DgOntology *
dg_graph_get_ontology (DgGraph *self)
{
  g_return_val_if_fail (DG_IS_GRAPH (self), NULL);
  return self->ontology;
}

const char *
dg_graph_string (DgGraph *self, guint32 id)
{
  return dg_intern_get (self->strings, id);
}

gboolean
dg_graph_string_id (DgGraph *self, const char *str, guint32 *id)
{
  return dg_intern_lookup (self->strings, str, id);
}

guint32
dg_graph_intern (DgGraph *self, const char *str)
{
  return dg_intern_add (self->strings, str);
}

void
dg_graph_set_current_graph (DgGraph *self, guint32 graph)
{
  g_return_if_fail (graph <= DG_MAX_GRAPH_ID);
  self->current_graph = graph;
  if (graph && !self->default_graph && g_str_equal (dg_intern_get (self->strings, graph), ""))
    self->default_graph = graph;
  if (graph && graph != self->default_graph)
    self->named_graphs = TRUE;
}

Node *
dg_graph_node_at (DgGraph *self, guint node)
{
  return &g_array_index (self->nodes, Node, node);
}

/* The ontology term named by an interned IRI, cached since the writers and
 * the validator ask once per statement. */
static DgTerm *
term_of (DgGraph *self, guint32 iri)
{
  gpointer found;

  if (iri == 0)
    return NULL;
  if (!g_hash_table_lookup_extended (self->terms, GUINT_TO_POINTER (iri), NULL, &found))
    {
      found = dg_ontology_term (self->ontology, dg_intern_get (self->strings, iri));
      g_hash_table_insert (self->terms, GUINT_TO_POINTER (iri), found);
    }
  return found;
}

DgTerm *
dg_graph_node_term (DgGraph *self, guint node)
{
  return term_of (self, dg_graph_node_at (self, node)->klass);
}

DgTerm *
dg_graph_predicate_term (DgGraph *self, guint32 predicate)
{
  return term_of (self, predicate);
}

gboolean
dg_graph_node_class_asserted (DgGraph *self, guint node)
{
  return dg_graph_node_at (self, node)->asserted;
}

guint32
dg_graph_node_name_id (DgGraph *self, guint node)
{
  return dg_graph_node_at (self, node)->iri;
}

guint32
dg_graph_node_class_id (DgGraph *self, guint node)
{
  return dg_graph_node_at (self, node)->klass;
}

guint32
dg_graph_node_type_graph (DgGraph *self, guint node)
{
  return dg_graph_node_at (self, node)->type_graph;
}

/**
 * dg_graph_lookup_node:
 * @self: a #DgGraph
 * @iri: the IRI of a node
 * @node: (out) (optional): its id
 *
 * Returns: %TRUE if the graph has a node named @iri
 */
gboolean
dg_graph_lookup_node (DgGraph *self, const char *iri, guint *node)
{
  guint32 id, found;

  g_return_val_if_fail (DG_IS_GRAPH (self), FALSE);
  if (!dg_intern_lookup (self->strings, iri, &id))
    return FALSE;
  found = id < self->node_by_iri->len ? g_array_index (self->node_by_iri, guint32, id) : 0;
  if (!found)
    return FALSE;
  if (node)
    *node = found - 1;
  return TRUE;
}

static gboolean
check_node (DgGraph *self, guint node, GError **error)
{
  if (node >= self->nodes->len)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "no node %u in the graph", node);
      return FALSE;
    }
  return TRUE;
}

static void
append_edge (DgGraph *self, guint subject, guint32 predicate, guint32 object, gboolean literal)
{
  dg_graph_append_edge_in (self, subject, predicate, object, literal, self->current_graph);
}

/* A node for @name, which the caller checked is not one yet. */
static gboolean
new_node (DgGraph *self, const char *name, guint *node, GError **error)
{
  Node fresh = { dg_intern_add (self->strings, name), 0, FALSE, 0 };
  DgTerm *t;
  guint id;

  if (self->nodes->len >= DG_NO_NODE - 1)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_LIMIT, "too many nodes");
      return FALSE;
    }
  id = self->nodes->len;
  t = dg_ontology_term (self->ontology, name);
  if (t && t->kind == DG_TERM_INDIVIDUAL && t->types->len > 0)
    fresh.klass = dg_intern_add (self->strings, ((DgTerm *)g_ptr_array_index (t->types, 0))->iri);
  g_array_append_val (self->nodes, fresh);
  if (fresh.iri >= self->node_by_iri->len)
    g_array_set_size (self->node_by_iri, fresh.iri + 1);
  g_array_index (self->node_by_iri, guint32, fresh.iri) = id + 1;
  self->index_valid = FALSE;
  if (node)
    *node = id;
  return TRUE;
}

static gboolean intern_iri (DgGraph *self, const char *iri, guint32 *id, GError **error);

static gboolean
new_node_or_find (DgGraph *self, const char *iri, guint *node, GError **error)
{
  return dg_graph_lookup_node (self, iri, node) || new_node (self, iri, node, error);
}

void
dg_graph_set_class_id (DgGraph *self, Node *n, guint32 klass)
{
  if (!n->asserted)
    self->n_typed++;
  n->klass = klass;
  n->asserted = TRUE;
  n->type_graph = self->current_graph;
}

/**
 * dg_graph_add_node:
 * @self: a #DgGraph
 * @iri: the IRI of the node
 * @class_iri: (nullable): its class, or %NULL if it is not stated
 * @node: (out) (optional): the id of the node
 * @error: return location for a #GError, or %NULL
 *
 * Adds a node, or finds the one named @iri.  Giving a class to a node that
 * has none sets it; giving a different class than it has fails, unless the
 * class it has (read from RDF) is not in the ontology: that one is then
 * kept as an `rdf:type` statement.  A node
 * named after an individual of the ontology (a role, a partnership level)
 * takes that individual's class without stating it.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_graph_add_node (DgGraph *self, const char *iri, const char *class_iri, guint *node,
                   GError **error)
{
  guint id;
  guint32 k = 0;
  Node *n;

  g_return_val_if_fail (DG_IS_GRAPH (self), FALSE);
  g_return_val_if_fail (iri != NULL, FALSE);
  /* A class recurs on every row of a table: validated once while recent. */
  if (class_iri && !intern_iri (self, class_iri, &k, error))
    return FALSE;
  /* A node's IRI was validated when the node was made. */
  if (!dg_graph_lookup_node (self, iri, &id)
      && (!dg_iri_validate (iri, error) || !new_node (self, iri, &id, error)))
    return FALSE;
  n = dg_graph_node_at (self, id);
  if (class_iri)
    {

      /* A class from RDF input that the ontology does not know gives way
       * (it stays as an rdf:type statement); two of the ontology's do not. */
      if (n->asserted && n->klass != k && !term_of (self, n->klass))
        {
          if (!dg_graph_add_type (self, id, class_iri, error))
            return FALSE;
        }
      else if (n->asserted && n->klass != k)
        {
          g_set_error (error, DG_ERROR, DG_ERROR_VALIDATION, "<%s> is already a <%s>, not a <%s>",
                       iri, dg_intern_get (self->strings, n->klass), class_iri);
          return FALSE;
        }
      else
        dg_graph_set_class_id (self, n, k);
    }
  if (node)
    *node = id;
  return TRUE;
}

/**
 * dg_graph_add_blank_node:
 * @self: a #DgGraph
 * @node: (out) (optional): the id of the new node
 * @error: return location for a #GError, or %NULL
 *
 * Adds a node without an IRI (an RDF blank node).  Its name, which
 * dg_graph_get_node_iri() returns, is a blank node label of the graph's own
 * (`_:b1`, `_:b2`, …): stable for one graph, but not a name to link to.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_graph_add_blank_node (DgGraph *self, guint *node, GError **error)
{
  char label[32];

  g_return_val_if_fail (DG_IS_GRAPH (self), FALSE);
  g_snprintf (label, sizeof label, "_:b%u", ++self->n_blank);
  return new_node (self, label, node, error);
}

/**
 * dg_graph_node_is_blank:
 * @self: a #DgGraph
 * @node: a node id
 *
 * Returns: %TRUE if @node is a blank node (see dg_graph_add_blank_node())
 */
gboolean
dg_graph_node_is_blank (DgGraph *self, guint node)
{
  const char *name;

  g_return_val_if_fail (DG_IS_GRAPH (self), FALSE);
  g_return_val_if_fail (node < self->nodes->len, FALSE);
  name = dg_intern_get (self->strings, dg_graph_node_at (self, node)->iri);
  /* No IRI starts so: a scheme begins with a letter. */
  return name[0] == '_' && name[1] == ':';
}

gboolean
dg_graph_add_type (DgGraph *self, guint node, const char *class_iri, GError **error)
{
  Node *n;
  guint32 k, old_class, old_graph;
  DgTerm *known;
  guint type_node;

  if (!check_node (self, node, error) || !dg_iri_validate (class_iri, error))
    return FALSE;
  n = dg_graph_node_at (self, node);
  k = dg_intern_add (self->strings, class_iri);
  if (!n->asserted || (n->klass == k && n->type_graph == self->current_graph))
    {
      dg_graph_set_class_id (self, n, k);
      return TRUE;
    }
  known = term_of (self, k);
  old_class = k;
  old_graph = self->current_graph;
  if (known && known->kind == DG_TERM_CLASS && !term_of (self, n->klass))
    {
      /* The ontology's class is the one to draw and validate by; the
       * foreign one stays, as a statement in the graph it was stated in. */
      old_class = n->klass;
      old_graph = n->type_graph;
      n->klass = k;
      n->type_graph = self->current_graph;
    }
  if (!new_node_or_find (self, dg_intern_get (self->strings, old_class), &type_node, error))
    return FALSE;
  dg_graph_append_edge_in (self, node, dg_intern_add (self->strings, DG_RDF "type"), type_node,
                           FALSE, old_graph);
  return TRUE;
}

/* The interned id of a relation or datatype IRI, validated.  A string seen
 * at the same address with the same content was validated then. */
static gboolean
intern_iri (DgGraph *self, const char *iri, guint32 *id, GError **error)
{
  gsize len = strlen (iri);
  /* The slot by the IRI's length and last characters, not its address:
   * readers reuse one buffer for every predicate they read. */
  guint slot
      = (guint)(len * 7 + (guchar)iri[len ? len - 1 : 0] * 3 + (guchar)iri[len > 1 ? len - 2 : 0])
        % G_N_ELEMENTS (self->recent);

  if (self->recent[slot].iri
      && strcmp (dg_intern_get (self->strings, self->recent[slot].id), iri) == 0)
    {
      *id = self->recent[slot].id;
      return TRUE;
    }
  if (!dg_iri_validate (iri, error))
    return FALSE;
  *id = dg_intern_add (self->strings, iri);
  if (*id > DG_MAX_GRAPH_ID)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_LIMIT, "too many names in the graph");
      return FALSE;
    }
  self->recent[slot].iri = iri;
  self->recent[slot].id = *id;
  return TRUE;
}

/**
 * dg_graph_add_relation:
 * @self: a #DgGraph
 * @subject: a node
 * @property_iri: the relation
 * @object: another node
 * @error: return location for a #GError, or %NULL
 *
 * Adds the statement @subject @property_iri @object.  Whether the relation
 * fits the classes of the two nodes is for dg_graph_validate() to say.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_graph_add_relation (DgGraph *self, guint subject, const char *property_iri, guint object,
                       GError **error)
{
  guint32 p;

  g_return_val_if_fail (DG_IS_GRAPH (self), FALSE);
  if (!check_node (self, subject, error) || !check_node (self, object, error)
      || !intern_iri (self, property_iri, &p, error))
    return FALSE;
  append_edge (self, subject, p, object, FALSE);
  return TRUE;
}

/**
 * dg_graph_add_literal:
 * @self: a #DgGraph
 * @subject: a node
 * @property_iri: the relation
 * @lexical: the literal's text
 * @datatype: (nullable): its datatype IRI, or %NULL for a string
 * @language: (nullable): its language tag, or %NULL
 * @error: return location for a #GError, or %NULL
 *
 * Adds a statement with a literal object.  The text must be valid UTF-8,
 * the language tag well-formed, and the lexical form valid for the XSD
 * datatype; a literal cannot have both a datatype and a language.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_graph_add_literal (DgGraph *self, guint subject, const char *property_iri, const char *lexical,
                      const char *datatype, const char *language, GError **error)
{
  return dg_graph_add_literal_full (self, subject, property_iri, lexical, datatype, language, FALSE,
                                    error);
}

gboolean
dg_graph_add_literal_full (DgGraph *self, guint subject, const char *property_iri,
                           const char *lexical, const char *datatype, const char *language,
                           gboolean as_written, GError **error)
{
  DgLiteral lit = { 0 };
  guint32 p;

  g_return_val_if_fail (DG_IS_GRAPH (self), FALSE);
  g_return_val_if_fail (lexical != NULL, FALSE);
  if (datatype && g_str_equal (datatype, DG_XSD "string") && !as_written)
    datatype = NULL;
  if (datatype && g_str_equal (datatype, DG_RDF "langString") && language)
    datatype = NULL;
  if (!check_node (self, subject, error) || !intern_iri (self, property_iri, &p, error)
      || !(as_written ? dg_text_validate_held (lexical, error)
                      : dg_text_validate (lexical, -1, error))
      || (language && !dg_language_tag_validate (language, error))
      || (datatype && !intern_iri (self, datatype, &lit.datatype, error))
      || (datatype && !as_written && !dg_xsd_validate (lexical, datatype, error)))
    return FALSE;
  if (datatype && language)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "a literal has a datatype or a language tag, not both");
      return FALSE;
    }
  if (self->literals->len >= G_MAXUINT32 - 1)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_LIMIT, "too many literals");
      return FALSE;
    }
  lit.lexical = dg_intern_add (self->strings, lexical);
  lit.language = language ? dg_intern_add (self->strings, language) : 0;
  append_edge (self, subject, p,
               dg_graph_literal_id (self, lit.lexical, lit.datatype, lit.language), TRUE);
  return TRUE;
}

/**
 * dg_graph_add_label:
 * @self: a #DgGraph
 * @node: a node
 * @text: the label
 * @language: (nullable): its language tag
 * @error: return location for a #GError, or %NULL
 *
 * Adds an `rdfs:label` to @node.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_graph_add_label (DgGraph *self, guint node, const char *text, const char *language,
                    GError **error)
{
  return dg_graph_add_literal (self, node, DG_RDFS "label", text, NULL, language, error);
}

/**
 * dg_graph_add_citation:
 * @self: a #DgGraph
 * @fact: the node the source states
 * @source: the source document
 * @quote: the verbatim text of the source that states it
 * @language: (nullable): the language of @quote
 * @citation: (out) (optional): the id of the new citation node
 * @error: return location for a #GError, or %NULL
 *
 * Records that @source states @fact, in PROV-O terms: @fact
 * `prov:wasDerivedFrom` @source, and `prov:qualifiedDerivation` a
 * `dg:Citation` node whose `prov:entity` is @source and whose `dg:quote` is
 * @quote.  Citation nodes are named after the fact (`<fact>-cite-1`, …), so
 * the same input gives the same IRIs.
 *
 * Returns: %TRUE on success
 */
/* The IRI of the ontology's term with provenance @role.  The built-in
 * ontology has each; an extension cannot take one away. */
static const char *
provenance_iri (DgGraph *self, DgProvenanceRole role)
{
  DgTerm *t = dg_ontology_provenance_term (self->ontology, role);

  g_assert (t != NULL);
  return t->iri;
}

/* The class of a citation: what the "citation" relation points to. */
static const char *
citation_class (DgGraph *self)
{
  DgTerm *t = dg_ontology_provenance_term (self->ontology, DG_PROVENANCE_CITATION);

  g_assert (t != NULL && t->range->len == 1);
  return ((DgTerm *)g_ptr_array_index (t->range, 0))->iri;
}

gboolean
dg_graph_add_citation (DgGraph *self, guint fact, guint source, const char *quote,
                       const char *language, guint *citation, GError **error)
{
  guint n, cit;
  gint64 pair;
  g_autofree char *iri = NULL;

  g_return_val_if_fail (DG_IS_GRAPH (self), FALSE);
  g_return_val_if_fail (quote != NULL, FALSE);
  /* Check everything first so that a failure adds nothing. */
  if (!check_node (self, fact, error) || !check_node (self, source, error)
      || !dg_text_validate (quote, -1, error)
      || (language && !dg_language_tag_validate (language, error)))
    return FALSE;
  n = GPOINTER_TO_UINT (g_hash_table_lookup (self->n_citations, GUINT_TO_POINTER (fact))) + 1;
  {
    /* Named by what it says, not by how many came before: the same
     * citation read by another process, with other files, gets the same
     * IRI (a shard of a build), and a new citation renames no other. */
    g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
    const char *source_iri = dg_graph_get_node_iri (self, source);

    g_checksum_update (sum, (const guchar *)source_iri, (gssize)strlen (source_iri) + 1);
    g_checksum_update (sum, (const guchar *)(language ? language : ""),
                       (gssize)strlen (language ? language : "") + 1);
    g_checksum_update (sum, (const guchar *)quote, -1);
    iri = g_strdup_printf ("%s-cite-%.12s", dg_graph_get_node_iri (self, fact),
                           g_checksum_get_string (sum));
  }
  if (!dg_graph_add_node (self, iri, citation_class (self), &cit, error))
    return FALSE;
  g_hash_table_insert (self->n_citations, GUINT_TO_POINTER (fact), GUINT_TO_POINTER (n));
  /* g_int64_hash hashes the low 32 bits only: put the fact there. */
  pair = ((gint64)source << 32) | fact;
  if (!g_hash_table_contains (self->derived_from, &pair))
    {
      gint64 *key = g_new (gint64, 1);

      *key = pair;
      g_hash_table_add (self->derived_from, key);
      dg_graph_add_relation (self, fact, provenance_iri (self, DG_PROVENANCE_SOURCE), source, NULL);
    }
  dg_graph_add_relation (self, fact, provenance_iri (self, DG_PROVENANCE_CITATION), cit, NULL);
  dg_graph_add_relation (self, cit, provenance_iri (self, DG_PROVENANCE_CITED_SOURCE), source,
                         NULL);
  dg_graph_add_literal (self, cit, provenance_iri (self, DG_PROVENANCE_QUOTE), quote, NULL,
                        language, NULL);
  if (citation)
    *citation = cit;
  return TRUE;
}

/**
 * dg_graph_has_named_graphs:
 * @self: a #DgGraph
 *
 * Returns: %TRUE if statements were read from named graphs of an RDF
 *   dataset (TriG, N-Quads)
 */
gboolean
dg_graph_has_named_graphs (DgGraph *self)
{
  g_return_val_if_fail (DG_IS_GRAPH (self), FALSE);
  return self->named_graphs;
}

/**
 * dg_graph_get_n_nodes:
 * @self: a #DgGraph
 *
 * Returns: the number of nodes
 */
guint
dg_graph_get_n_nodes (DgGraph *self)
{
  g_return_val_if_fail (DG_IS_GRAPH (self), 0);
  return self->nodes->len;
}

/**
 * dg_graph_get_n_statements:
 * @self: a #DgGraph
 *
 * Returns: the number of statements, not counting the class of each node
 */
guint
dg_graph_get_n_statements (DgGraph *self)
{
  g_return_val_if_fail (DG_IS_GRAPH (self), 0);
  return self->n_edges;
}

/**
 * dg_graph_get_n_distinct_statements:
 * @self: a #DgGraph
 *
 * The statements as the writers write them: a statement read twice (two
 * rows of a table, two files) counts once.
 *
 * Returns: the number of distinct statements, not counting the class of
 *   each node
 */
guint
dg_graph_get_n_distinct_statements (DgGraph *self)
{
  g_return_val_if_fail (DG_IS_GRAPH (self), 0);
  dg_graph_build_index (self);
  return self->n_edges - self->n_duplicates;
}

/**
 * dg_graph_get_n_triples:
 * @self: a #DgGraph
 *
 * Returns: the number of RDF triples the graph writes: its statements (a
 *   statement read twice counts once) plus one `rdf:type` for each node
 *   whose class the data states
 */
guint64
dg_graph_get_n_triples (DgGraph *self)
{
  g_return_val_if_fail (DG_IS_GRAPH (self), 0);
  dg_graph_build_index (self);
  return self->n_edges - self->n_duplicates + self->n_typed;
}

/**
 * dg_graph_get_node_iri:
 * @self: a #DgGraph
 * @node: a node id
 *
 * Returns: (transfer none): the IRI of @node
 */
const char *
dg_graph_get_node_iri (DgGraph *self, guint node)
{
  g_return_val_if_fail (DG_IS_GRAPH (self), NULL);
  g_return_val_if_fail (node < self->nodes->len, NULL);
  return dg_intern_get (self->strings, dg_graph_node_at (self, node)->iri);
}

/**
 * dg_graph_get_node_class:
 * @self: a #DgGraph
 * @node: a node id
 *
 * Returns: (transfer none) (nullable): the class IRI of @node, or %NULL if
 *   it has none
 */
const char *
dg_graph_get_node_class (DgGraph *self, guint node)
{
  g_return_val_if_fail (DG_IS_GRAPH (self), NULL);
  g_return_val_if_fail (node < self->nodes->len, NULL);
  return dg_graph_node_at (self, node)->klass
             ? dg_intern_get (self->strings, dg_graph_node_at (self, node)->klass)
             : NULL;
}

const DgLiteral *
dg_graph_literal (DgGraph *self, guint literal)
{
  return &g_array_index (self->literals, DgLiteral, literal);
}

const DgLiteral *
dg_graph_find_literal (DgGraph *self, guint node, const char *property)
{
  guint32 p, n;
  const guint32 *edges;

  if (!dg_intern_lookup (self->strings, property, &p))
    return NULL;
  edges = dg_graph_edges_of (self, node, &n);
  for (guint i = 0; i < n; i++)
    {
      const DgEdge *e = dg_graph_edge (self, edges[i]);
      if (e->predicate == p && e->is_literal)
        return dg_graph_literal (self, e->object);
    }
  return NULL;
}

/**
 * dg_graph_get_memory_size:
 * @self: a #DgGraph
 *
 * Returns: an estimate of the bytes the graph's tables hold
 */
gsize
dg_graph_get_memory_size (DgGraph *self)
{
  g_return_val_if_fail (DG_IS_GRAPH (self), 0);
  return self->nodes->len * sizeof (Node) + self->n_edges * sizeof (DgEdge)
         + self->literals->len * sizeof (DgLiteral) + (self->literal_mask + 1) * sizeof (guint32)
         + self->graph_runs->len * sizeof (GraphRun) + dg_intern_get_bytes (self->strings)
         + dg_intern_get_size (self->strings) * (sizeof (gpointer) * 2 + sizeof (guint))
         + self->order->len * sizeof (guint32) + self->offsets->len * sizeof (guint32);
}
