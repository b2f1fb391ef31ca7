/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "dg-extract-private.h"
#include "dg-text-private.h"

/* The candidates of an article as a .dg file a person reviews: the source
 * document, the new entities, then one block per candidate fact, each with
 * a comment naming the rule that proposed it and how sure it is. */

void
dg_candidate_free (DgCandidate *c)
{
  if (!c)
    return;
  g_free (c->id);
  g_string_free (c->items, TRUE);
  g_ptr_array_unref (c->quotes);
  g_free (c->rule);
  g_free (c->inferred);
  g_free (c->date_assumed);
  g_free (c);
}

void
dg_entity_free (DgEntity *e)
{
  if (!e)
    return;
  g_free (e->ref);
  g_free (e->label);
  g_free (e->world);
  g_free (e);
}

static void
comment (GString *out, const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    g_string_append_printf (out, "# %s\n", lines[i]);
}

static gboolean
needs_quotes (const char *name)
{
  for (const char *p = name; *p; p++)
    if ((guchar)*p < 0x20 || *p == 0x7f || *p == '"' || *p == '\\')
      return TRUE;
  return FALSE;
}

static void
write_block (const DgExtractOutput *o, const DgCandidate *c, GString *out)
{
  const DgEntity *e = c->entity >= 0 ? g_ptr_array_index (o->entities, c->entity) : NULL;
  g_autofree char *why
      = c->lacks && c->id ? g_strdup_printf ("%s; sure %.2f; too few %s values for a fact", c->rule,
                                             c->sure, c->lacks->local)
        : c->doubt && c->id ? g_strdup_printf ("%s; sure %.2f; %s", c->rule, c->sure, c->doubt)
                            : g_strdup_printf ("%s; sure %.2f", c->rule, c->sure);

  comment (out, why);
  if (c->id)
    g_string_append_printf (out, "%s %s", c->klass->local, c->id);
  else if (e->is_new)
    {
      g_string_append_printf (out, "about %s %s ", e->klass->local, e->ref);
      dg_text_append_quoted (out, e->label);
      g_string_append_printf (out, "@%s", o->language);
    }
  else
    g_string_append_printf (out, "about %s\n ", e->ref);
  g_string_append_len (out, c->items->str, (gssize)c->items->len);
  if (c->inferred)
    {
      g_string_append (out, "\n  inferred=");
      dg_text_append_quoted (out, c->inferred);
    }
  for (guint i = 0; i < c->quotes->len; i++)
    {
      g_string_append_printf (out, "\n  cite %s ", o->source_ref);
      dg_text_append_quoted (out, g_ptr_array_index (c->quotes, i));
    }
  g_string_append_c (out, '\n');
  if (c->holder >= 0 && c->id)
    {
      const DgEntity *h = g_ptr_array_index (o->entities, c->holder);
      g_string_append_printf (out, "about %s\n  %s=%s\n", h->ref, c->holder_rel->local, c->id);
    }
  g_string_append_c (out, '\n');
}

/* Sets @flags[i] to @value for each index @by_value gives a value of
 * @c's items ("party=<IRI>", "upgradedFrom=a-partnership-2"); TRUE when
 * one changed. */
static gboolean
set_by_items (const DgCandidate *c, GHashTable *by_value, gboolean *flags, gboolean value)
{
  g_auto (GStrv) tokens = g_strsplit_set (c->items->str, " \n", -1);
  gboolean changed = FALSE;

  for (guint t = 0; tokens[t]; t++)
    {
      const char *eq = strchr (tokens[t], '=');
      gpointer index;

      if (eq && g_hash_table_lookup_extended (by_value, eq + 1, NULL, &index)
          && flags[GPOINTER_TO_UINT (index)] != value)
        {
          flags[GPOINTER_TO_UINT (index)] = value;
          changed = TRUE;
        }
    }
  return changed;
}

/* Marks in @used the world entities the candidates name: as a block's
 * node, a post's holder, or a value of an item. */
static void
mark_world (const DgExtractOutput *o, GHashTable *by_ref, gboolean *used)
{
  for (guint i = 0; i < o->candidates->len; i++)
    {
      const DgCandidate *c = g_ptr_array_index (o->candidates, i);

      if (c->entity >= 0)
        used[c->entity] = TRUE;
      if (c->holder >= 0)
        used[c->holder] = TRUE;
      set_by_items (c, by_ref, used, TRUE);
    }
}

/* The world gazetteer's entities the candidates name, defined so that the
 * file checks as written and merges with other articles' candidates. */
static void
write_world (const DgExtractOutput *o, GString *out)
{
  g_autoptr (GHashTable) by_ref = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree gboolean *used = g_new0 (gboolean, o->entities->len);
  gboolean any = FALSE;

  for (guint i = 0; i < o->entities->len; i++)
    {
      const DgEntity *e = g_ptr_array_index (o->entities, i);
      if (e->world)
        g_hash_table_insert (by_ref, e->ref, GUINT_TO_POINTER (i));
    }
  if (!g_hash_table_size (by_ref))
    return;
  mark_world (o, by_ref, used);
  for (guint i = 0; i < o->entities->len; i++)
    {
      const DgEntity *e = g_ptr_array_index (o->entities, i);
      const char *space;

      if (!used[i] || !e->world)
        continue;
      if (!any)
        g_string_append (out, "# --- Entities of the world gazetteer the candidates name ---\n\n");
      any = TRUE;
      space = strchr (e->world, ' ');
      if (!space)
        space = e->world + strlen (e->world);
      g_string_append_printf (out, "about %.*s %s%s\n", (int)(space - e->world), e->world, e->ref,
                              space);
    }
  if (any)
    g_string_append_c (out, '\n');
}

/* Which candidates are hints: those below the bar, but for one a fact
 * names ("upgradedFrom=a-partnership-2"), which stays a fact so that the
 * file still checks. */
static gboolean *
find_hints (const DgExtractOutput *o)
{
  gboolean *hints = g_new0 (gboolean, o->candidates->len + 1);
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean changed = TRUE;

  for (guint i = 0; i < o->candidates->len; i++)
    {
      const DgCandidate *c = g_ptr_array_index (o->candidates, i);
      hints[i] = c->id && (c->sure < o->min_sure || c->lacks || c->doubt);
      if (c->id)
        g_hash_table_insert (by_id, c->id, GUINT_TO_POINTER (i));
    }
  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; i < o->candidates->len; i++)
        if (!hints[i])
          changed |= set_by_items (g_ptr_array_index (o->candidates, i), by_id, hints, FALSE);
    }
  return hints;
}

gboolean
dg_extract_write (const DgExtractOutput *o, GOutputStream *stream, GError **error)
{
  g_autofree gboolean *hints = find_hints (o);
  DgSink sink;
  guint n_new = 0, n_facts = 0;

  for (guint i = 0; i < o->candidates->len; i++)
    {
      const DgCandidate *c = g_ptr_array_index (o->candidates, i);
      if (c->id || c->entity < 0
          || !((DgEntity *)g_ptr_array_index (o->entities, c->entity))->is_new)
        n_facts++;
      else
        n_new++;
    }
  dg_sink_init (&sink, stream);
  /* The article's name comes from outside: one with a control character
   * is quoted, so that no line break in it can end the comment and start
   * a directive. */
  g_string_append (sink.buf, "# Candidate facts of ");
  if (needs_quotes (o->name))
    dg_text_append_quoted (sink.buf, o->name);
  else
    g_string_append (sink.buf, o->name);
  g_string_append_printf (
      sink.buf,
      " (language %s), proposed by `diplograph extract`:\n"
      "# %u sentences, %u new entities, %u candidate facts.  Each block says\n"
      "# which rule proposed it and how sure it is (0 to 1: the share of such\n"
      "# candidates a reviewer kept unchanged on news the rules were tried on).  Review:\n"
      "# delete what is wrong, correct what is not quite right, then check\n"
      "# it with the gazetteer it was made with:\n"
      "#   diplograph check GAZETTEER... THIS.dg\n",
      o->language, o->n_sentences, n_new, n_facts);
  if (o->base)
    g_string_append_printf (sink.buf, "@base <%s>\n", o->base);
  g_string_append_c (sink.buf, '\n');
  if (o->source_known)
    g_string_append_printf (sink.buf, "about %s", o->source_ref);
  else
    {
      g_autofree char *file = g_path_get_basename (o->name);

      g_string_append_printf (sink.buf, "SourceDocument %s file=", o->source_ref);
      dg_text_append_quoted (sink.buf, file);
      g_string_append_printf (sink.buf, " lang=%s", o->language);
    }
  if (o->url)
    {
      g_string_append (sink.buf, "\n  url=");
      dg_text_append_quoted (sink.buf, o->url);
    }
  if (o->date)
    g_string_append_printf (sink.buf, "\n  published=%s", o->date);
  g_string_append (sink.buf, "\n\n");
  write_world (o, sink.buf);
  for (int pass = 0; pass < 2; pass++)
    {
      if (pass == 0 && n_new)
        g_string_append (
            sink.buf, "# --- Entities the article names that the gazetteer does not have ---\n\n");
      if (pass == 1 && n_facts)
        g_string_append (sink.buf, "# --- Candidate facts ---\n\n");
      for (guint i = 0; i < o->candidates->len; i++)
        {
          const DgCandidate *c = g_ptr_array_index (o->candidates, i);
          gboolean is_new = !c->id && c->entity >= 0
                            && ((DgEntity *)g_ptr_array_index (o->entities, c->entity))->is_new;

          if (is_new == (pass == 0))
            {
              /* A candidate of a sureness below the bar is a hint: shown,
               * commented out, for a reviewer who wants it. */
              gboolean hint = hints[i];
              g_autoptr (GString) block = g_string_new (NULL);

              write_block (o, c, hint ? block : sink.buf);
              if (hint)
                {
                  g_auto (GStrv) lines = g_strsplit (block->str, "\n", -1);
                  for (guint l = 0; lines[l] && lines[l + 1]; l++)
                    g_string_append_printf (sink.buf, "%s%s\n",
                                            lines[l][0] && lines[l][0] != '#' ? "#hint " : "",
                                            lines[l]);
                }
            }
          dg_sink_flush_if_full (&sink);
        }
    }
  return dg_sink_finish (&sink, error);
}
