/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "dg-error.h"
#include "dg-output.h"
#include "dg-writer-dot.h"
#include "dg-writer-dot-private.h"

/* Layout and rendering with Graphviz's gvc, in-process: the formats it
 * writes, and one context used under a lock.  The only file of the
 * library that calls gvc. */

/* What dg_dot_writer_render() writes, and the file name endings that ask
 * for it. */
static const struct
{
  const char *format, *suffix;
} render_formats[] = { { "svg", ".svg" }, { "png", ".png" }, { "pdf", ".pdf" } };

/**
 * dg_dot_writer_can_render:
 * @format: a format name
 *
 * Returns: %TRUE if dg_dot_writer_render() writes @format (`svg`, `png`,
 *   `pdf`)
 */
gboolean
dg_dot_writer_can_render (const char *format)
{
  g_return_val_if_fail (format != NULL, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (render_formats); i++)
    if (g_str_equal (render_formats[i].format, format))
      return TRUE;
  return FALSE;
}

/**
 * dg_dot_writer_render_format_for_name:
 * @file_name: (type filename): a file name
 *
 * Returns: (nullable): the format a file name's ending asks
 *   dg_dot_writer_render() for (`x.png`: `png`), or %NULL for another one
 */
const char *
dg_dot_writer_render_format_for_name (const char *file_name)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (file_name != NULL, NULL);
  lower = g_ascii_strdown (file_name, -1); /* x.PNG is a PNG too */
  for (guint i = 0; i < G_N_ELEMENTS (render_formats); i++)
    if (g_str_has_suffix (lower, render_formats[i].suffix))
      return render_formats[i].format;
  return NULL;
}

/* One Graphviz context for the process, used under a lock.  Graphviz 2.42's
 * pango plugin caches the last font name in a static that points into the
 * context's font table, so a second context reads freed memory; and gvc is
 * not thread-safe.  The context stays reachable until the process ends. */
static GMutex gvc_lock;

static GVC_t *
shared_context (void)
{
  static GVC_t *gvc;

  if (!gvc)
    gvc = gvContext ();
  return gvc;
}

gboolean
dg_render_text (const char *dot, const char *layout, const char *format, GOutputStream *stream,
                GError **error)
{
  Agraph_t *ag;
  GVC_t *gvc;
  char *data = NULL;
  unsigned int length = 0;
  gboolean ok = FALSE;

  ag = agmemread (dot);
  if (!ag)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INTERNAL, "cgraph could not read back the diagram");
      return FALSE;
    }
  g_mutex_lock (&gvc_lock);
  gvc = shared_context ();
  if (gvLayout (gvc, ag, layout) != 0)
    g_set_error (error, DG_ERROR, DG_ERROR_IO, "Graphviz could not lay out the diagram with %s",
                 layout);
  else
    {
      if (gvRenderData (gvc, ag, format, &data, &length) != 0)
        g_set_error (error, DG_ERROR, DG_ERROR_IO, "Graphviz could not render %s", format);
      else
        ok = g_output_stream_write_all (stream, data, length, NULL, NULL, error);
      gvFreeRenderData (data);
      /* Graphviz 2.42 (Debian 12) frees a rank array twice in dot_cleanup
       * when a cluster meets a labelled flat edge — the `dot` program never
       * frees its last layout, so it does not show.  With clusters, the
       * layout's memory is left to agclose() and the process: a bounded
       * leak instead of heap corruption. */
      if (!agfstsubg (ag))
        gvFreeLayout (gvc, ag);
    }
  agclose (ag);
  g_mutex_unlock (&gvc_lock);
  return ok;
}

/* Lays out the DOT text as written, read back as the dot program reads
 * it, so the picture is exactly the one `dot` draws from our output. */
static gboolean
lay_out (DgDotWriter *self, const DgDiagram *d, const char *layout, const char *format,
         GOutputStream *stream, GError **error)
{
  g_autoptr (GOutputStream) text = g_memory_output_stream_new_resizable ();

  if (!dg_dot_writer_write_diagram (self, d, text, error)
      || !g_output_stream_write_all (text, "", 1, NULL, NULL, error)
      || !g_output_stream_close (text, NULL, error))
    return FALSE;
  return dg_render_text (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (text)), layout,
                         format, stream, error);
}

gboolean
dg_dot_writer_render_diagram (DgDotWriter *self, const DgDiagram *d, const char *format,
                              GOutputStream *stream, GError **error)
{
  const char *layout = dg_dot_writer_get_layout (self);

  if (!dg_dot_writer_can_render (format))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "cannot render \"%s\" (svg, png or pdf)", format);
      return FALSE;
    }
  return lay_out (self, d, layout ? layout : "dot", format, stream, error);
}

gboolean
dg_dot_writer_place_diagram (DgDotWriter *self, const DgDiagram *d, const char *layout,
                             GOutputStream *stream, GError **error)
{
  return lay_out (self, d, layout, "plain", stream, error);
}

/**
 * dg_dot_writer_render:
 * @self: a #DgDotWriter
 * @format: `svg`, `png` or `pdf`
 * @stream: where to write
 * @error: return location for a #GError, or %NULL
 *
 * Lays the diagram out and renders it in-process with Graphviz's gvc, with
 * the layout engine of dg_dot_writer_set_layout() (`dot` by default).  In
 * SVG each node links to its IRI and shows its citations as its tooltip.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_dot_writer_render (DgDotWriter *self, const char *format, GOutputStream *stream, GError **error)
{
  g_autoptr (DgDiagram) d = NULL;

  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  g_return_val_if_fail (format != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  d = dg_view_new_diagram (dg_dot_writer_get_view (self));
  return dg_dot_writer_render_diagram (self, d, format, stream, error);
}

typedef struct
{
  DgDotWriter *self;
  const char *format;
} RenderJob;

static gboolean
render_cb (gpointer job, GOutputStream *stream, GError **error)
{
  RenderJob *r = job;
  return dg_dot_writer_render (r->self, r->format, stream, error);
}

/**
 * dg_dot_writer_render_file:
 * @self: a #DgDotWriter
 * @format: `svg`, `png` or `pdf`
 * @path: (type filename): the file to write
 * @error: return location for a #GError, or %NULL
 *
 * Renders the diagram (see dg_dot_writer_render()) to @path through a
 * temporary file renamed into place.
 *
 * Returns: %TRUE on success
 */
gboolean
dg_dot_writer_render_file (DgDotWriter *self, const char *format, const char *path, GError **error)
{
  RenderJob job = { self, format };

  g_return_val_if_fail (DG_IS_DOT_WRITER (self), FALSE);
  return dg_output_write_file (path, render_cb, &job, error);
}
