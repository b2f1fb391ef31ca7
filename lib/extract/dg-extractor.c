/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-error.h"
#include "dg-extract-private.h"
#include "dg-extractor.h"
#include "dg-graph-private.h"
#include "dg-ontology-private.h"
#include "dg-reader.h"
#include "dg-text-private.h"
#include "dg-text.h"
#include "dg-xsd-private.h"

G_GNUC_INTERNAL GResource *_dg_get_resource (void);

/**
 * DgExtractor:
 *
 * Proposes candidate facts from the text of a news article, for a person to
 * review: a `.dg` file with a source document for the article and one block
 * per candidate, each citing the sentence it comes from, verbatim, with a
 * comment naming the rule that proposed it.
 *
 * The entities to find are the nodes of a gazetteer (any graph: every label
 * in every language is a name, compared case- and diacritic-folded); the
 * words to look for — triggers, titles, head words, month names — are the
 * ontology's lexicon annotations for the article's language, so a language
 * or a word is added with an ontology extension.  Sentences are found by
 * ICU's sentence break iterator; Indonesian words are compared by their
 * hunspell stems.
 */

/* The lead whose names decide an article's two main actors: its title and
 * first paragraph, as a reader takes them. */
#define LEAD_SENTENCES 3

struct _DgExtractor
{
  GObject parent_instance;
  DgExtractContext cx;
  char *language;
  char *base;
  char *source_id, *url, *date;
  GHashTable *sources; /* the gazetteer's source documents: ref -> TRUE */
  GHashTable *user_keys; /* what the user's gazetteers name: identity keys, folded names */
  GHashTable *stands_via; /* relation IRIs of dg:standsFor, as a set */
  char *text, *name;   /* the article */
  gsize length;
  guint n_sentences, n_candidates, n_new;
  double min_sure;
};

G_DEFINE_FINAL_TYPE (DgExtractor, dg_extractor, G_TYPE_OBJECT)

static void
dg_extractor_finalize (GObject *object)
{
  DgExtractor *self = DG_EXTRACTOR (object);

  g_clear_pointer (&self->cx.lexicon, dg_lexicon_free);
  g_clear_pointer (&self->cx.entities, g_ptr_array_unref);
  g_clear_pointer (&self->cx.names, dg_phrases_free);
  g_clear_pointer (&self->cx.ids, g_hash_table_destroy);
  g_clear_object (&self->cx.ontology);
  g_clear_pointer (&self->sources, g_hash_table_destroy);
  g_clear_pointer (&self->user_keys, g_hash_table_destroy);
  g_clear_pointer (&self->stands_via, g_hash_table_destroy);
  dg_extract_context_clear_terms (&self->cx);
  g_free (self->language);
  g_free (self->base);
  g_free (self->text);
  g_free (self->name);
  g_free (self->source_id);
  g_free (self->url);
  g_free (self->date);
  G_OBJECT_CLASS (dg_extractor_parent_class)->finalize (object);
}

static void
dg_extractor_class_init (DgExtractorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dg_extractor_finalize;
}

static void
dg_extractor_init (DgExtractor *self)
{
  self->cx.entities = g_ptr_array_new_with_free_func ((GDestroyNotify)dg_entity_free);
  self->cx.names = dg_phrases_new ();
  self->cx.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->user_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->stands_via = g_hash_table_new (g_str_hash, g_str_equal);
  self->min_sure = DG_EXTRACTOR_MIN_SURE;
}

/**
 * dg_extractor_new:
 * @ontology: the ontology, whose lexicon gives the words to look for
 * @language: the language of the articles, a BCP 47 tag such as "id" or "en"
 * @error: return location for a #GError, or %NULL
 *
 * Creates an extractor for articles in @language.  Fails when the lexicon
 * is inconsistent with the ontology, or when the language's hunspell
 * dictionary is not installed.
 *
 * Returns: (transfer full) (nullable): a new #DgExtractor, or %NULL on error
 */
DgExtractor *
dg_extractor_new (DgOntology *ontology, const char *language, GError **error)
{
  g_autoptr (DgExtractor) self = NULL;
  g_autoptr (GPtrArray) frames = NULL;
  g_auto (GStrv) classes = NULL;

  g_return_val_if_fail (DG_IS_ONTOLOGY (ontology), NULL);
  g_return_val_if_fail (language != NULL, NULL);
  self = g_object_new (DG_TYPE_EXTRACTOR, NULL);
  self->cx.ontology = g_object_ref (ontology);
  self->language = g_strdup (language);
  self->cx.lexicon = dg_lexicon_new (ontology, language, error);
  if (!self->cx.lexicon)
    return NULL;
  self->cx.words = dg_lexicon_get_words (self->cx.lexicon);
  /* Who holds posts, and how: the frame of the class a title proposes. */
  classes = dg_ontology_list_terms (ontology, DG_TERM_CLASS);
  for (guint i = 0; classes[i] && !self->cx.holder_rel; i++)
    {
      const DgFrame *f
          = dg_lexicon_get_frame (self->cx.lexicon, dg_ontology_term (ontology, classes[i]));
      if (f && f->slot[DG_SLOT_HOLDER] && f->slot[DG_SLOT_HOLDER]->domain->len == 1)
        {
          self->cx.holder_rel = f->slot[DG_SLOT_HOLDER];
          self->cx.of_rel = f->slot[DG_SLOT_OF];
          self->cx.person = g_ptr_array_index (f->slot[DG_SLOT_HOLDER]->domain, 0);
        }
    }
  if (!dg_extract_context_read_terms (&self->cx, self->stands_via, error))
    return NULL;
  self->cx.state = dg_lexicon_get_pair_class (self->cx.lexicon, self->cx.person);
  return g_steal_pointer (&self);
}

/* Do the language tags @a and @b name one language ("id", "id-ID")? */
static gboolean
same_language (const char *a, const char *b)
{
  gsize n = strcspn (a, "-");

  return n == strcspn (b, "-") && g_ascii_strncasecmp (a, b, n) == 0;
}

/* The namespace most node IRIs share: the base the output writes ids in. */
static char *
common_base (DgGraph *graph)
{
  g_autoptr (GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;
  char *best = NULL;
  guint best_n = 0;

  for (guint n = 0; n < dg_graph_get_n_nodes (graph); n++)
    {
      const char *iri = dg_graph_get_node_iri (graph, n);
      const char *tail;
      char *ns;

      if (dg_graph_node_is_blank (graph, n) || !dg_graph_get_node_class (graph, n))
        continue;
      tail = dg_text_iri_tail (iri);
      ns = g_strndup (iri, (gsize)(tail - iri));
      g_hash_table_insert (
          counts, ns, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, ns)) + 1));
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > best_n
        || (GPOINTER_TO_UINT (value) == best_n && best && strcmp (key, best) < 0))
      {
        best = key;
        best_n = GPOINTER_TO_UINT (value);
      }
  return best && best_n ? g_strdup (best) : NULL;
}

static char *
ref_of (DgExtractor *self, const char *iri)
{
  if (self->base && g_str_has_prefix (iri, self->base)
      && dg_text_is_simple_name (iri + strlen (self->base)))
    return g_strdup (iri + strlen (self->base));
  return g_strdup_printf ("<%s>", iri);
}

/* The node a relation of @node points to, of @rel or of one of the set
 * @rels of IRIs, or G_MAXUINT. */
static guint
follow (DgGraph *graph, guint node, DgTerm *rel, GHashTable *rels)
{
  g_autoptr (GPtrArray) relations = dg_graph_get_relations (graph, node);

  g_ptr_array_set_free_func (relations, (GDestroyNotify)dg_relation_free);
  for (guint i = 0; (rel || rels) && i < relations->len; i++)
    {
      const DgRelation *r = g_ptr_array_index (relations, i);
      if (dg_relation_is_link (r)
          && (rel ? g_str_equal (r->predicate, rel->iri)
                  : g_hash_table_contains (rels, r->predicate)))
        return r->object;
    }
  return G_MAXUINT;
}

/* The state a person stands for: the body of a post they hold, and up the
 * relations that box a body with its parent (dg:clusterVia: under, of). */
static guint
state_of (DgExtractor *self, DgGraph *graph, guint person)
{
  guint post = follow (graph, person, self->cx.holder_rel, NULL);
  guint body = post == G_MAXUINT ? G_MAXUINT : follow (graph, post, self->cx.of_rel, NULL);
  DgOntology *ontology = self->cx.ontology;

  for (guint hops = 0; body != G_MAXUINT && hops < 8; hops++)
    {
      g_autoptr (GPtrArray) relations = dg_graph_get_relations (graph, body);
      guint up = G_MAXUINT;

      g_ptr_array_set_free_func (relations, (GDestroyNotify)dg_relation_free);
      for (guint i = 0; i < relations->len && up == G_MAXUINT; i++)
        {
          const DgRelation *r = g_ptr_array_index (relations, i);
          DgTerm *t = dg_ontology_term (ontology, r->predicate);
          if (t && (t->flags & DG_TERM_CLUSTER_VIA) && dg_relation_is_link (r))
            up = r->object;
        }
      if (up == G_MAXUINT)
        break;
      body = up;
    }
  return body;
}

/* The key under which the user's gazetteer knows a value: an identifying
 * value with its relation, or a name, folded. */
static gboolean
identity_key (DgExtractor *self, DgGraph *graph, const DgRelation *r, char **key)
{
  DgTerm *t = dg_ontology_term (self->cx.ontology, r->predicate);

  if (t && (t->flags & DG_TERM_IDENTIFYING))
    *key = g_strconcat (r->predicate, " ",
                        r->value ? r->value : dg_graph_get_node_iri (graph, r->object), NULL);
  else if (r->value && dg_lexicon_names_node (self->cx.lexicon, r->predicate) == DG_NAMES_ALWAYS)
    *key = dg_words_fold_text (r->value, strlen (r->value));
  else
    return FALSE;
  return TRUE;
}

/* Does the user's gazetteer name what world node @n names: the same
 * identifying value (ISO code, Wikidata item) or a name of the same text? */
static gboolean
user_names (DgExtractor *self, DgGraph *graph, guint n)
{
  g_autoptr (GPtrArray) relations = dg_graph_get_relations (graph, n);

  g_ptr_array_set_free_func (relations, (GDestroyNotify)dg_relation_free);
  for (guint i = 0; i < relations->len; i++)
    {
      const DgRelation *r = g_ptr_array_index (relations, i);
      g_autofree char *key = NULL;

      if (identity_key (self, graph, r, &key) && g_hash_table_contains (self->user_keys, key))
        return TRUE;
    }
  return FALSE;
}

/* "US", "RI", "U.S.", "PBB": capitals (and full stops) only, at most five
 * letters: a name that must be written so, since folded it is a word. */
static gboolean
written_as_acronym (const char *text)
{
  guint letters = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isupper (c))
        letters++;
      else if (c != '.')
        return FALSE;
    }
  return letters >= 1 && letters <= 5;
}

/* How the output defines a node of the world gazetteer: its class, labels
 * and identifying values (`about State <IRI> "Japan"@en iso3166=JP`). */
static char *
world_definition (DgExtractor *self, DgGraph *graph, guint n, const char *klass)
{
  g_autoptr (GPtrArray) relations = dg_graph_get_relations (graph, n);
  GString *out = g_string_new (klass);

  g_ptr_array_set_free_func (relations, (GDestroyNotify)dg_relation_free);
  for (guint i = 0; i < relations->len; i++)
    {
      const DgRelation *r = g_ptr_array_index (relations, i);
      DgTerm *t = dg_ontology_term (self->cx.ontology, r->predicate);

      if (r->value && r->language && g_str_equal (r->predicate, DG_RDFS "label"))
        {
          g_string_append_c (out, ' ');
          dg_text_append_quoted (out, r->value);
          g_string_append_printf (out, "@%s", r->language);
        }
      else if (r->value && t && (t->flags & DG_TERM_IDENTIFYING))
        {
          g_string_append_printf (out, " %s=", t->local);
          dg_text_append_quoted (out, r->value);
        }
    }
  return g_string_free (out, FALSE);
}

static void
add_graph (DgExtractor *self, DgGraph *graph, gboolean world)
{
  DgOntology *ontology;
  g_autoptr (GArray) index_of = NULL;

  ontology = dg_graph_get_ontology (graph);
  if (!self->base && !world)
    self->base = common_base (graph);
  index_of = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint n = 0; n < dg_graph_get_n_nodes (graph); n++)
    {
      g_autoptr (GPtrArray) relations = NULL;
      const char *klass = dg_graph_get_node_class (graph, n);
      DgEntity *e;
      int index = -1;

      /* The user's gazetteer wins where it names the entity. */
      if (dg_graph_node_is_blank (graph, n) || (world && (!klass || user_names (self, graph, n))))
        {
          g_array_append_val (index_of, index);
          continue;
        }
      e = g_new0 (DgEntity, 1);
      e->ref = ref_of (self, dg_graph_get_node_iri (graph, n));
      e->klass = klass ? dg_ontology_term (ontology, klass) : NULL;
      e->stands_for = -1;
      e->block = -1;
      if (world && e->klass)
        e->world = world_definition (self, graph, n, e->klass->local);
      index = (int)self->cx.entities->len;
      g_array_append_val (index_of, index);
      g_ptr_array_add (self->cx.entities, e);
      g_hash_table_add (self->cx.ids, g_strdup (e->ref));
      if (e->klass && g_str_equal (e->klass->local, "SourceDocument"))
        g_hash_table_add (self->sources, g_strdup (e->ref));
      relations = dg_graph_get_relations (graph, n);
      g_ptr_array_set_free_func (relations, (GDestroyNotify)dg_relation_free);
      for (guint i = 0; i < relations->len; i++)
        {
          const DgRelation *r = g_ptr_array_index (relations, i);
          DgNames names = r->value ? dg_lexicon_names_node (self->cx.lexicon, r->predicate)
                                   : DG_NAMES_NEVER;
          g_autofree char *key = NULL;

          if (!world && identity_key (self, graph, r, &key))
            g_hash_table_add (self->user_keys, g_steal_pointer (&key));
          if (names == DG_NAMES_NEVER || g_utf8_strlen (r->value, -1) < 2)
            continue;
          /* The world's names in another language than the article's (or
           * English) are not looked for: Vietnamese "Mỹ" is the United
           * States, English "My" is not. */
          if (world && r->language && !same_language (r->language, "en")
              && !same_language (r->language, self->language))
            continue;
          /* A name in context is told apart by its sign, an acronym by
           * a flag (DG_NAME_ACRONYM): "US" is not "us". */
          {
            int value = (index + 1) | (written_as_acronym (r->value) ? DG_NAME_ACRONYM : 0);
            dg_lexicon_add_phrase (self->cx.lexicon, self->cx.names, r->value, FALSE,
                                   GINT_TO_POINTER (names == DG_NAMES_IN_CONTEXT ? -value : value));
          }
          if (!e->last && names == DG_NAMES_ALWAYS && g_str_equal (r->predicate, DG_RDFS "label"))
            {
              /* The last word as a text's words are split: "Jr" of
               * "Ferdinand Marcos Jr.", "Sisi" of "Abdel Fattah el-Sisi". */
              g_autofree char *name = g_strdup (r->value);
              const char *tail = name;
              gsize len = strlen (name);

              while (len > 0 && name[len - 1] == '.')
                name[--len] = '\0';
              for (const char *p = name; *p; p++)
                if (*p == ' ' || *p == '-')
                  tail = p + 1;
              e->last = dg_words_fold (self->cx.words, tail, strlen (tail));
              e->first = dg_words_fold (self->cx.words, name, strcspn (name, " -"));
              if (tail > name + 1 && dg_lexicon_is_name_suffix (self->cx.lexicon, e->last))
                {
                  const char *end = tail - 1, *word = end;

                  while (word > name && word[-1] != ' ' && word[-1] != '-')
                    word--;
                  e->core = dg_words_fold (self->cx.words, word, (gsize)(end - word));
                }
            }
        }
    }
  for (guint n = 0; n < dg_graph_get_n_nodes (graph); n++)
    {
      int index = g_array_index (index_of, int, n);
      DgEntity *e = index >= 0 ? g_ptr_array_index (self->cx.entities, index) : NULL;
      guint state;

      if (!e || !e->klass)
        continue;
      if (self->cx.person && dg_term_is_a (e->klass, self->cx.person))
        state = state_of (self, graph, n);
      else
        /* What a place or body stands for in news ("Seoul said", "a visit
         * to Tokyo"): where a dg:standsFor relation of it points. */
        state = follow (graph, n, NULL, self->stands_via);
      if (state != G_MAXUINT && state < index_of->len && g_array_index (index_of, int, state) >= 0)
        e->stands_for = g_array_index (index_of, int, state);
    }
}

/**
 * dg_extractor_add_gazetteer:
 * @self: a #DgExtractor
 * @graph: a graph whose nodes are the entities to find
 *
 * Adds the nodes of @graph as entities to find by their labels (and the
 * other values the lexicon says name a node).  The output names them by
 * their ids under the IRI most of them share (the graph's base), so that it
 * checks together with the files @graph was read from.  Add the gazetteers
 * of one's own before the world's (dg_extractor_add_world()): they win
 * where they name the same entity.
 */
void
dg_extractor_add_gazetteer (DgExtractor *self, DgGraph *graph)
{
  g_return_if_fail (DG_IS_EXTRACTOR (self));
  g_return_if_fail (DG_IS_GRAPH (graph));
  add_graph (self, graph, FALSE);
}

/**
 * dg_extractor_add_world:
 * @self: a #DgExtractor
 * @error: return location for a #GError, or %NULL
 *
 * Adds the built-in world gazetteer: every state of ISO 3166-1 (named
 * <https://w3id.org/diplograph/country/ISO3>, as the event mappings name
 * them) with its names in English, Indonesian and Vietnamese and the
 * variants news writes, capitals, and international organizations and
 * forums.  An entity the gazetteers added before name (by an ISO code, a
 * Wikidata item or a name) is left to them.  The output defines each
 * world entity its candidates name, so that it checks as written.
 *
 * Returns: %TRUE, or %FALSE if the built-in data cannot be read
 */
gboolean
dg_extractor_add_world (DgExtractor *self, GError **error)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (DgGraph) graph = NULL;
  g_autoptr (DgReader) reader = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (DG_IS_EXTRACTOR (self), FALSE);
  bytes = g_resource_lookup_data (_dg_get_resource (), "/org/diplograph/world/world.dg",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (!bytes)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  graph = dg_graph_new (self->cx.ontology);
  reader = dg_reader_new (graph);
  if (!dg_reader_read_data (reader, data, (gssize)size, "world.dg", error)
      || !dg_reader_finish (reader, error))
    return FALSE;
  add_graph (self, graph, TRUE);
  return TRUE;
}

/**
 * dg_extractor_set_min_sure:
 * @self: a #DgExtractor
 * @min_sure: from 0 to 1
 *
 * Sets the sureness below which a candidate fact is written as a hint,
 * commented out, rather than as a fact (default %DG_EXTRACTOR_MIN_SURE).
 * A candidate's sureness is the share of candidates of its rule's
 * sureness a reviewer kept unchanged on news the rules were tried on
 * (the lexicon's dg:keptShare); 0 writes every candidate as a fact.
 */
void
dg_extractor_set_min_sure (DgExtractor *self, double min_sure)
{
  g_return_if_fail (DG_IS_EXTRACTOR (self));
  g_return_if_fail (min_sure >= 0 && min_sure <= 1);
  self->min_sure = min_sure;
}

/**
 * dg_extractor_set_source:
 * @self: a #DgExtractor
 * @id: (nullable): the id of the article's source document, or %NULL to
 *   name it after the file
 * @url: (nullable): the article's address
 * @date: (nullable): its date (YYYY-MM-DD, YYYY-MM or YYYY): the year of
 *   dates the text gives without one, and "today"
 * @error: return location for a #GError, or %NULL
 *
 * Returns: %TRUE, or %FALSE if a value is not valid
 */
gboolean
dg_extractor_set_source (DgExtractor *self, const char *id, const char *url, const char *date,
                         GError **error)
{
  DgDate d;

  g_return_val_if_fail (DG_IS_EXTRACTOR (self), FALSE);
  if (id && !dg_text_is_simple_name (id))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "invalid source id \"%s\" (letters, digits, \"_\", \"-\" and \".\")", id);
      return FALSE;
    }
  if (url && !dg_iri_validate (url, error))
    return FALSE;
  if (date && !dg_date_parse (date, &d, error))
    return FALSE;
  /* Dates in the text are read as years of the Common Era, which has no
   * year 0: an article dated before it would date its facts wrongly. */
  if (date && d.year < 1)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "invalid article date \"%s\": a news article's date is from year 1 on", date);
      return FALSE;
    }
  g_free (self->source_id);
  g_free (self->url);
  g_free (self->date);
  self->source_id = g_strdup (id);
  self->url = g_strdup (url);
  self->date = g_strdup (date);
  return TRUE;
}

/* The id of the source document named after @name: its base name, without
 * the extension, made a valid id.  Letters beyond ASCII are transliterated
 * (ü.txt: u); where that loses anything ("日本.txt"), a hash of the name
 * follows, so that two such names do not share an id. */
static char *
source_id_for (const char *name)
{
  g_autofree char *base = g_path_get_basename (name);
  g_autofree char *ascii = NULL;
  char *dot = strrchr (base, '.');
  GString *out = g_string_new (NULL);
  gboolean lost = FALSE;

  if (dot && dot != base)
    *dot = '\0';
  ascii = g_str_to_ascii (base, "C");
  for (const char *p = ascii; *p; p++)
    {
      gboolean keep = g_ascii_isalnum (*p) || *p == '_' || *p == '-';
      g_string_append_c (out, keep ? *p : '_');
      lost |= !keep && *p != '_' && *p != ' ' && *p != '.';
    }
  if (!out->len || out->str[0] == '-')
    g_string_prepend (out, "article");
  if (lost)
    {
      g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, base, -1);
      g_string_append_printf (out, "-%.8s", sum);
    }
  return g_string_free (out, FALSE);
}

/**
 * dg_extractor_set_article:
 * @self: a #DgExtractor
 * @text: (array length=length) (element-type guint8): the article, UTF-8
 * @length: its length in bytes, or -1 if nul-terminated
 * @name: the article's file name, for its source document and messages
 * @error: return location for a #GError, or %NULL
 *
 * Sets the article dg_extractor_write() reads.  Text that is not UTF-8, or
 * holds a NUL byte or another control character than whitespace, is an
 * error at its `name:line:col`.
 *
 * Returns: %TRUE, or %FALSE if the text is not valid
 */
gboolean
dg_extractor_set_article (DgExtractor *self, const char *text, gssize length, const char *name,
                          GError **error)
{
  gsize len, bad;

  g_return_val_if_fail (DG_IS_EXTRACTOR (self), FALSE);
  g_return_val_if_fail (text != NULL && name != NULL, FALSE);
  len = length < 0 ? strlen (text) : (gsize)length;
  if (!dg_text_find_invalid (text, len, &bad))
    {
      guint line, column;
      dg_text_locate (text, bad, &line, &column);
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "%s:%u:%u: %s", name, line, column,
                   text[bad] ? "invalid UTF-8" : "NUL byte in text");
      return FALSE;
    }
  /* Other control characters have no place in a quote (nor a .dg
   * string): a text holding them is not the article it seems. */
  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_iscntrl (c) && !g_unichar_isspace (c))
        {
          guint line, column;
          dg_text_locate (text, (gsize)(p - text), &line, &column);
          g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                       "%s:%u:%u: control character U+%04X in text", name, line, column, c);
          return FALSE;
        }
    }
  if (len > G_MAXINT32)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "%s: larger than 2 GiB", name);
      return FALSE;
    }
  g_free (self->text);
  g_free (self->name);
  self->text = g_strndup (text, len);
  self->length = len;
  self->name = g_strdup (name);
  return TRUE;
}

/**
 * dg_extractor_write:
 * @self: a #DgExtractor
 * @stream: where the .dg candidates go
 * @error: return location for a #GError, or %NULL
 *
 * Reads the article set by dg_extractor_set_article() and writes its
 * candidate facts to @stream.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_extractor_write (DgExtractor *self, GOutputStream *stream, GError **error)
{
  const char *text;
  g_autoptr (GArray) bounds = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *source_ref = NULL;
  DgArticle a = { 0 };
  DgExtractOutput out = { 0 };
  gboolean ok;

  g_return_val_if_fail (DG_IS_EXTRACTOR (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  if (!self->text)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "no article to read");
      return FALSE;
    }
  text = self->text;
  if (!dg_extract_sentence_bounds (self->cx.lexicon, text, self->length, self->language, bounds,
                                   error))
    return FALSE;
  source_ref = self->source_id ? g_strdup (self->source_id) : source_id_for (self->name);
  a.cx = &self->cx;
  a.text = text;
  a.language = self->language;
  a.source_ref = source_ref;
  if (self->date)
    dg_date_parse (self->date, &a.today, NULL);
  a.entities = g_ptr_array_new ();
  for (guint i = 0; i < self->cx.entities->len; i++)
    {
      DgEntity *e = g_ptr_array_index (self->cx.entities, i);
      e->lead = e->lead_first = 0;
      e->seen = FALSE;
      g_ptr_array_add (a.entities, e);
    }
  a.n_known = a.entities->len;
  a.names = dg_phrases_new ();
  a.candidates = g_ptr_array_new_with_free_func ((GDestroyNotify)dg_candidate_free);
  a.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  a.counters = g_hash_table_new (g_direct_hash, g_direct_equal);
  a.posts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  a.people = g_array_new (FALSE, FALSE, sizeof (int));
  a.words = g_array_new (FALSE, FALSE, sizeof (DgWord));
  a.hits = g_array_new (FALSE, FALSE, sizeof (DgLexHit));
  a.index = g_array_new (FALSE, FALSE, sizeof (guint));
  a.mentions = g_array_new (FALSE, FALSE, sizeof (DgMention));
  a.dates = g_array_new (FALSE, FALSE, sizeof (DgDateSpan));
  a.amounts = g_array_new (FALSE, FALSE, sizeof (DgAmount));
  a.triggers = g_array_new (FALSE, FALSE, sizeof (guint));
  a.pair[0] = a.pair[1] = a.pair_people[0] = a.pair_people[1] = -1;

  for (DgPass pass = DG_PASS_NAMES; pass <= DG_PASS_FACTS; pass++)
    {
      if (pass == DG_PASS_FACTS)
        {
          dg_extract_main_pair (&a, dg_lexicon_get_pair_class (self->cx.lexicon, self->cx.person),
                                a.pair);
          dg_extract_main_pair (&a, self->cx.person, a.pair_people);
        }
      for (guint i = 0; i < bounds->len && (pass != DG_PASS_LEAD || i / 2 < LEAD_SENTENCES); i += 2)
        dg_extract_sentence (&a, i / 2, g_array_index (bounds, guint, i),
                             g_array_index (bounds, guint, i + 1), pass);
    }

  out.base = self->base;
  out.name = self->name;
  out.language = self->language;
  out.source_ref = source_ref;
  out.source_known = g_hash_table_contains (self->sources, source_ref);
  out.url = self->url;
  out.date = self->date;
  out.n_sentences = bounds->len / 2;
  out.entities = a.entities;
  out.candidates = a.candidates;
  out.min_sure = self->min_sure;
  dg_candidate_split_hosts (&a);
  dg_candidate_infer_post_states (&a);
  dg_candidate_events_of_two (&a);
  dg_candidate_split_meetings (&a);
  dg_candidate_doubt_one_side (&a);
  dg_candidate_visits_abroad (&a);
  dg_candidate_drop_own_states (&a);
  dg_candidate_doubt_host_visitors (&a);
  /* "sure" as what it meant on a corpus: the share a reviewer kept. */
  for (guint i = 0; i < a.candidates->len; i++)
    {
      DgCandidate *c = g_ptr_array_index (a.candidates, i);
      c->sure = dg_lexicon_kept_share (self->cx.lexicon, c->id ? c->klass : NULL, c->sure);
      if (c->id)
        c->lacks = dg_candidate_lacks (c, dg_lexicon_get_frame (self->cx.lexicon, c->klass));
    }
  ok = dg_extract_write (&out, stream, error);

  self->n_sentences = bounds->len / 2;
  self->n_new = a.entities->len - a.n_known;
  self->n_candidates = a.candidates->len - self->n_new;
  for (guint i = a.n_known; i < a.entities->len; i++)
    dg_entity_free (g_ptr_array_index (a.entities, i));
  g_ptr_array_unref (a.entities);
  dg_phrases_free (a.names);
  g_ptr_array_unref (a.candidates);
  g_hash_table_destroy (a.ids);
  g_hash_table_destroy (a.counters);
  g_hash_table_destroy (a.posts);
  g_clear_pointer (&a.by_ref, g_hash_table_destroy);
  g_array_unref (a.people);
  g_array_unref (a.words);
  g_array_unref (a.hits);
  g_array_unref (a.index);
  g_array_unref (a.mentions);
  for (guint i = 0; i < a.amounts->len; i++)
    dg_amount_clear (&g_array_index (a.amounts, DgAmount, i));
  g_array_unref (a.amounts);
  g_array_unref (a.dates);
  g_array_unref (a.triggers);
  return ok;
}

static gboolean
write_cb (gpointer self, GOutputStream *stream, GError **error)
{
  return dg_extractor_write (self, stream, error);
}

/**
 * dg_extractor_write_file:
 * @self: a #DgExtractor
 * @path: (type filename): the .dg file to write; a regular file is
 *   replaced only once complete, and left as it was on error
 * @error: return location for a #GError, or %NULL
 *
 * As dg_extractor_write(), into the file @path.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_extractor_write_file (DgExtractor *self, const char *path, GError **error)
{
  g_return_val_if_fail (DG_IS_EXTRACTOR (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  return dg_output_write_file (path, write_cb, self, error);
}

/**
 * dg_extractor_get_n_sentences:
 * @self: a #DgExtractor
 *
 * Returns: the number of sentences of the last article read
 */
guint
dg_extractor_get_n_sentences (DgExtractor *self)
{
  g_return_val_if_fail (DG_IS_EXTRACTOR (self), 0);
  return self->n_sentences;
}

/**
 * dg_extractor_get_n_candidates:
 * @self: a #DgExtractor
 *
 * Returns: the number of candidate facts of the last article read
 */
guint
dg_extractor_get_n_candidates (DgExtractor *self)
{
  g_return_val_if_fail (DG_IS_EXTRACTOR (self), 0);
  return self->n_candidates;
}

/**
 * dg_extractor_get_n_new_entities:
 * @self: a #DgExtractor
 *
 * Returns: the number of entities the last article named that the
 *   gazetteer does not have
 */
guint
dg_extractor_get_n_new_entities (DgExtractor *self)
{
  g_return_val_if_fail (DG_IS_EXTRACTOR (self), 0);
  return self->n_new;
}
