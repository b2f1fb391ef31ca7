/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/**
 * SECTION:diplograph
 * @title: diplograph
 *
 * libdiplograph builds knowledge graphs of diplomatic relations — states,
 * leaders and their posts, agreements, forums, events, commitments and the
 * sources that state them — typed by an OWL ontology, and writes them as
 * Graphviz diagrams and RDF.
 */

#define DIPLOGRAPH_INSIDE

#include "dg-diagnostic.h"
#include "dg-enum-types.h"
#include "dg-error.h"
#include "dg-extractor.h"
#include "dg-graph.h"
#include "dg-graph-store.h"
#include "dg-mapping.h"
#include "dg-ontology.h"
#include "dg-output.h"
#include "dg-reader.h"
#include "dg-relation.h"
#include "dg-selection.h"
#include "dg-view.h"
#include "dg-text.h"
#include "dg-validate.h"
#include "dg-writer-dot.h"
#include "dg-writer-diff.h"
#include "dg-writer-network.h"
#include "dg-writer-timeline.h"
#include "dg-writer-rdf.h"

#undef DIPLOGRAPH_INSIDE
