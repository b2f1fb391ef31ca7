/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <graphviz/cgraph.h>

#include "dg-error.h"
#include "dg-output-private.h"
#include "dg-writer-dot.h"
#include "dg-writer-dot-private.h"

/* A cgraph graph as diplograph writes it: objects numbered in the order
 * they are made (so the same diagram gives the same DOT), written to a
 * GOutputStream, and text set only once escaped for DOT. */

static int
sink_putstr (void *chan, const char *str)
{
  DgSink *sink = chan;

  g_string_append (sink->buf, str);
  dg_sink_flush_if_full (sink);
  return 0;
}

static int
sink_flush (void *chan)
{
  return 0;
}

/* Sets @sym on @obj to @text, escaped; FALSE (with @error) if it cannot be. */
static gboolean
set_text_escaped (void *obj, Agsym_t *sym, const char *text, const char *iri,
                  char *(*escape) (const char *, GError **), GError **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *escaped = escape (text, &local_error);

  if (!escaped)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "<%s>: %s", iri, local_error->message);
      return FALSE;
    }
  agxset (obj, sym, escaped);
  return TRUE;
}

gboolean
dg_dot_set_text (void *obj, Agsym_t *sym, const char *text, const char *iri, GError **error)
{
  return set_text_escaped (obj, sym, text, iri, dg_dot_escape, error);
}

gboolean
dg_dot_set_tooltip (void *obj, Agsym_t *sym, const char *text, const char *iri, GError **error)
{
  return set_text_escaped (obj, sym, text, iri, dg_dot_escape_tooltip, error);
}

/* An ID discipline that numbers named objects in creation order.  cgraph's
 * default uses the address of the interned name as the ID, and writes
 * subgraphs in ID order — so clusters came out in an order that changed
 * from run to run.  Named objects get even IDs, anonymous ones odd, as in
 * the default. */
typedef struct
{
  Agraph_t *graph;
  GHashTable *ids;  /* name -> index + 1 */
  GPtrArray *names; /* in cgraph's string pool, which agwrite expects */
  IDTYPE anonymous;
} IdMap;

static void *
id_open (Agraph_t *g, Agdisc_t *disc)
{
  IdMap *m = g_new0 (IdMap, 1);

  m->graph = g;
  m->ids = g_hash_table_new (g_str_hash, g_str_equal);
  m->names = g_ptr_array_new ();
  return m;
}

static long
id_map (void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
  IdMap *m = state;
  gpointer index;

  if (!str)
    {
      *id = 2 * m->anonymous++ + 1;
      return TRUE;
    }
  if (g_hash_table_lookup_extended (m->ids, str, NULL, &index))
    {
      *id = 2 * (IDTYPE)GPOINTER_TO_UINT (index);
      return TRUE;
    }
  if (!createflag)
    return FALSE;
  g_ptr_array_add (m->names, agstrdup (m->graph, str));
  g_hash_table_insert (m->ids, g_ptr_array_index (m->names, m->names->len - 1),
                       GUINT_TO_POINTER (m->names->len));
  *id = 2 * (IDTYPE)m->names->len;
  return TRUE;
}

static long
id_alloc (void *state, int objtype, IDTYPE id)
{
  return id % 2 == 0;
}

static void
id_free (void *state, int objtype, IDTYPE id)
{
}

static char *
id_print (void *state, int objtype, IDTYPE id)
{
  IdMap *m = state;

  if (id % 2 != 0 || id == 0 || id / 2 > m->names->len)
    return NULL;
  return g_ptr_array_index (m->names, id / 2 - 1);
}

static void
id_close (void *state)
{
  IdMap *m = state;

  /* Called before cgraph closes its string pool. */
  for (guint i = 0; i < m->names->len; i++)
    agstrfree (m->graph, g_ptr_array_index (m->names, i));
  g_hash_table_unref (m->ids);
  g_ptr_array_unref (m->names);
  g_free (m);
}

static void
id_register (void *state, int objtype, void *obj)
{
}

static Agiddisc_t sequential_ids
    = { id_open, id_map, id_alloc, id_free, id_print, id_close, id_register };

static void
init_disc (Agdisc_t *disc, Agiodisc_t *io)
{
  *io = (Agiodisc_t){ 0 };
  io->afread = AgIoDisc.afread;
  io->putstr = sink_putstr;
  io->flush = sink_flush;
  *disc = (Agdisc_t){ 0 };
  disc->mem = &AgMemDisc;
  disc->id = &sequential_ids;
  disc->io = io;
}

Agdisc_t *
dg_dot_graph_disc (void)
{
  static Agiodisc_t io;
  static Agdisc_t disc;
  static gsize ready;

  /* Read-only once made: every graph, on any thread, shares it. */
  if (g_once_init_enter (&ready))
    {
      init_disc (&disc, &io);
      g_once_init_leave (&ready, 1);
    }
  return &disc;
}

Agraph_t *
dg_dot_open_graph (const char *name)
{
  return agopen ((char *)name, Agdirected, dg_dot_graph_disc ());
}

gboolean
dg_dot_write_graph (Agraph_t *ag, GOutputStream *stream, GError **error)
{
  DgSink sink;

  dg_sink_init (&sink, stream);
  if (agwrite (ag, &sink) != 0)
    {
      dg_sink_finish (&sink, NULL);
      g_set_error (error, DG_ERROR, DG_ERROR_IO, "cgraph could not write the diagram");
      return FALSE;
    }
  return dg_sink_finish (&sink, error);
}
