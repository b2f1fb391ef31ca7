/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * DG_ERROR:
 *
 * The error domain of libdiplograph.
 */
#define DG_ERROR (dg_error_quark ())

/**
 * DgError:
 * @DG_ERROR_PARSE: the input does not follow its syntax
 * @DG_ERROR_INVALID_VALUE: a value (IRI, language tag, date, number, label)
 *   is not valid for where it is used
 * @DG_ERROR_UNKNOWN_TERM: a class, relation or individual the ontology does
 *   not define
 * @DG_ERROR_VALIDATION: the data breaks a constraint of the ontology
 * @DG_ERROR_IO: reading or writing a file failed
 * @DG_ERROR_LIMIT: the input exceeds a documented limit
 * @DG_ERROR_INTERNAL: a writer did not write what the graph holds
 * @DG_ERROR_UNKNOWN_NODE: no node of the graph has the name given
 *
 * Error codes in the %DG_ERROR domain.
 */
typedef enum
{
  DG_ERROR_PARSE,
  DG_ERROR_INVALID_VALUE,
  DG_ERROR_UNKNOWN_TERM,
  DG_ERROR_VALIDATION,
  DG_ERROR_IO,
  DG_ERROR_LIMIT,
  DG_ERROR_INTERNAL,
  DG_ERROR_UNKNOWN_NODE,
} DgError;

GQuark dg_error_quark (void);

G_END_DECLS
