/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(DIPLOGRAPH_INSIDE) && !defined(DIPLOGRAPH_COMPILATION)
#error "Only <diplograph.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * DgSeverity:
 * @DG_SEVERITY_WARNING: worth a look; the data is still usable
 * @DG_SEVERITY_ERROR: the data is wrong and the run fails
 *
 * How serious a #DgDiagnostic is.
 */
typedef enum
{
  DG_SEVERITY_WARNING,
  DG_SEVERITY_ERROR,
} DgSeverity;

/**
 * DgDiagnostic:
 *
 * One problem found in the input, with where it is.  An immutable boxed
 * value.
 */
typedef struct _DgDiagnostic DgDiagnostic;

#define DG_TYPE_DIAGNOSTIC (dg_diagnostic_get_type ())
GType dg_diagnostic_get_type (void) G_GNUC_CONST;

DgDiagnostic *dg_diagnostic_new (const char *file, guint line, guint column, DgSeverity severity,
                                 const char *message);
DgDiagnostic *dg_diagnostic_copy (const DgDiagnostic *self);
void dg_diagnostic_free (DgDiagnostic *self);
const char *dg_diagnostic_get_file (const DgDiagnostic *self);
guint dg_diagnostic_get_line (const DgDiagnostic *self);
guint dg_diagnostic_get_column (const DgDiagnostic *self);
DgSeverity dg_diagnostic_get_severity (const DgDiagnostic *self);
const char *dg_diagnostic_get_message (const DgDiagnostic *self);
char *dg_diagnostic_to_string (const DgDiagnostic *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgDiagnostic, dg_diagnostic_free)

G_END_DECLS
