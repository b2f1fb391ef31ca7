/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-error.h"
#include "dg-view.h"
#include "dg-view-private.h"
#include "dg-text-private.h"

/**
 * DgView:
 *
 * What of a #DgGraph to show and how, whatever shows it: the part a
 * #DgSelection keeps (or all of it), the languages labels are chosen in,
 * whether n-ary facts are collapsed to edges, states boxed with their
 * members and a legend added, and the precision of the dates beside
 * collapsed facts.
 *
 * Every visual and network writer takes a view (#DgDotWriter,
 * #DgTimelineWriter, #DgDiffWriter, #DgNetworkWriter): the same view gives
 * the same nodes and edges in each, so the network a notebook reads is the
 * diagram a paper shows.  How a diagram is drawn (layout engine, font,
 * resolution) is the drawing writer's.
 */

struct _DgView
{
  GObject parent_instance;
  DgGraph *graph;
  DgSelection *selection; /* nullable */
  GStrv languages;
  DgViewFlags flags;
  guint date_length; /* characters of a date a label keeps: 4, 7, 10; 0: as written */
};

G_DEFINE_FINAL_TYPE (DgView, dg_view, G_TYPE_OBJECT)

static void
dg_view_finalize (GObject *object)
{
  DgView *self = DG_VIEW (object);

  g_clear_object (&self->graph);
  g_clear_object (&self->selection);
  g_strfreev (self->languages);
  G_OBJECT_CLASS (dg_view_parent_class)->finalize (object);
}

static void
dg_view_class_init (DgViewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dg_view_finalize;
}

static void
dg_view_init (DgView *self)
{
  const char *const defaults[] = { "en", NULL };

  self->languages = g_strdupv ((char **)defaults);
}

/**
 * dg_view_new:
 * @graph: the graph to show
 *
 * Returns: (transfer full): a view of all of @graph, labels in English
 */
DgView *
dg_view_new (DgGraph *graph)
{
  DgView *self;

  g_return_val_if_fail (DG_IS_GRAPH (graph), NULL);
  self = g_object_new (DG_TYPE_VIEW, NULL);
  self->graph = g_object_ref (graph);
  return self;
}

/**
 * dg_view_get_graph:
 * @self: a #DgView
 *
 * Returns: (transfer none): the graph shown
 */
DgGraph *
dg_view_get_graph (DgView *self)
{
  g_return_val_if_fail (DG_IS_VIEW (self), NULL);
  return self->graph;
}

/**
 * dg_view_set_selection:
 * @self: a #DgView
 * @selection: (nullable): what of the graph to show, or %NULL for all of it
 *
 * Shows only the nodes and relations @selection keeps.  @selection must be
 * of the view's graph.
 */
void
dg_view_set_selection (DgView *self, DgSelection *selection)
{
  g_return_if_fail (DG_IS_VIEW (self));
  g_return_if_fail (!selection || dg_selection_get_graph (selection) == self->graph);
  g_set_object (&self->selection, selection);
}

/**
 * dg_view_get_selection:
 * @self: a #DgView
 *
 * Returns: (transfer none) (nullable): the selection, or %NULL for all
 */
DgSelection *
dg_view_get_selection (DgView *self)
{
  g_return_val_if_fail (DG_IS_VIEW (self), NULL);
  return self->selection;
}

/**
 * dg_view_set_languages:
 * @self: a #DgView
 * @languages: (array zero-terminated=1): language tags, most preferred first
 * @error: return location for a #GError, or %NULL
 *
 * Sets the languages labels are chosen in; a node with no label in any of
 * them shows its untagged, English or first label.  The default is English.
 *
 * Returns: %TRUE if every tag is a valid language tag (else nothing is
 *   changed)
 */
gboolean
dg_view_set_languages (DgView *self, const char *const *languages, GError **error)
{
  char **copy;

  g_return_val_if_fail (DG_IS_VIEW (self), FALSE);
  g_return_val_if_fail (languages != NULL, FALSE);
  copy = dg_language_chain_copy (languages, error);
  if (!copy)
    return FALSE;
  g_strfreev (self->languages);
  self->languages = copy;
  return TRUE;
}

/**
 * dg_view_get_languages:
 * @self: a #DgView
 *
 * Returns: (transfer none) (array zero-terminated=1): the language chain
 */
const char *const *
dg_view_get_languages (DgView *self)
{
  g_return_val_if_fail (DG_IS_VIEW (self), NULL);
  return (const char *const *)self->languages;
}

/**
 * dg_view_set_flags:
 * @self: a #DgView
 * @flags: what to show besides the nodes
 *
 * %DG_VIEW_CLUSTERS groups the nodes that lead to a node of a
 * `dg:clusterRoot` class (a state) by `dg:clusterVia` relations
 * (`subOrganizationOf`, `postIn`, `holds`) in a cluster labelled with it.
 *
 * %DG_VIEW_LEGEND adds a legend of the classes and relations shown, in the
 * order they are first shown.
 *
 * %DG_VIEW_COLLAPSE shows each fact of a `dg:collapsible` class
 * (partnership, diplomatic relation, post held) that joins exactly two
 * shown nodes as one edge between them, labelled with its label property
 * (the partnership level, the role) or label and its earliest date:
 * "Comprehensive Strategic Partnership (2022)".  Links from other nodes to
 * a collapsed fact are not shown.  Without it facts are nodes joining their
 * parts.
 *
 * None is set by default.
 */
void
dg_view_set_flags (DgView *self, DgViewFlags flags)
{
  g_return_if_fail (DG_IS_VIEW (self));
  self->flags = flags;
}

/**
 * dg_view_get_flags:
 * @self: a #DgView
 *
 * Returns: the flags dg_view_set_flags() set
 */
DgViewFlags
dg_view_get_flags (DgView *self)
{
  g_return_val_if_fail (DG_IS_VIEW (self), DG_VIEW_FLAGS_NONE);
  return self->flags;
}

/**
 * dg_view_set_date_precision:
 * @self: a #DgView
 * @precision: (nullable): `year`, `month` or `day`, or %NULL for dates as
 *   the data writes them
 * @error: return location for a #GError, or %NULL
 *
 * Shows the dates beside collapsed facts at one precision, so that a
 * diagram does not show "(2022)" beside "(2023-11-27)"; a date written
 * less precisely than asked stays as written.
 *
 * Returns: %TRUE if @precision is one of those
 */
gboolean
dg_view_set_date_precision (DgView *self, const char *precision, GError **error)
{
  static const struct
  {
    const char *name;
    guint length;
  } precisions[] = { { "year", 4 }, { "month", 7 }, { "day", 10 } };

  g_return_val_if_fail (DG_IS_VIEW (self), FALSE);
  if (!precision)
    {
      self->date_length = 0;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (precisions); i++)
    if (g_str_equal (precision, precisions[i].name))
      {
        self->date_length = precisions[i].length;
        return TRUE;
      }
  g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
               "unknown date precision \"%s\" (year, month or day)", precision);
  return FALSE;
}

void
dg_view_get_inputs (DgView *self, DgDiagramInputs *in)
{
  *in = (DgDiagramInputs){ .graph = self->graph,
                           .selection = self->selection,
                           .flags = self->flags,
                           .languages = (const char *const *)self->languages,
                           .date_length = self->date_length };
}

DgDiagram *
dg_view_new_diagram (DgView *self)
{
  DgDiagramInputs in;

  dg_view_get_inputs (self, &in);
  return dg_diagram_new (&in);
}

/**
 * dg_view_count_nodes:
 * @self: a #DgView
 *
 * Counts the nodes of the graph the view shows (as nodes, or as collapsed
 * edges), after the selection and without the legend: a caller can warn
 * before a slow layout.
 *
 * Returns: the number of nodes shown
 */
guint
dg_view_count_nodes (DgView *self)
{
  g_return_val_if_fail (DG_IS_VIEW (self), 0);
  return dg_diagram_count_nodes (self->graph, self->selection);
}
