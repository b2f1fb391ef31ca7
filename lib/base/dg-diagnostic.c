/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-diagnostic.h"

struct _DgDiagnostic
{
  char *file;
  guint line;
  guint column;
  DgSeverity severity;
  char *message;
};

G_DEFINE_BOXED_TYPE (DgDiagnostic, dg_diagnostic, dg_diagnostic_copy, dg_diagnostic_free)

/**
 * dg_diagnostic_new:
 * @file: (nullable): the file the problem is in
 * @line: 1-based line, or 0 if unknown
 * @column: 1-based column in characters, or 0 if unknown
 * @severity: how serious it is
 * @message: what is wrong
 *
 * Returns: (transfer full): a new #DgDiagnostic
 */
DgDiagnostic *
dg_diagnostic_new (const char *file, guint line, guint column, DgSeverity severity,
                   const char *message)
{
  DgDiagnostic *self = g_new0 (DgDiagnostic, 1);

  self->file = g_strdup (file);
  self->line = line;
  self->column = column;
  self->severity = severity;
  self->message = g_strdup (message);
  return self;
}

/**
 * dg_diagnostic_copy:
 * @self: a #DgDiagnostic
 *
 * Returns: (transfer full): a copy of @self
 */
DgDiagnostic *
dg_diagnostic_copy (const DgDiagnostic *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return dg_diagnostic_new (self->file, self->line, self->column, self->severity, self->message);
}

/**
 * dg_diagnostic_free:
 * @self: (nullable): a #DgDiagnostic
 */
void
dg_diagnostic_free (DgDiagnostic *self)
{
  if (self == NULL)
    return;
  g_free (self->file);
  g_free (self->message);
  g_free (self);
}

/**
 * dg_diagnostic_get_file:
 * @self: a #DgDiagnostic
 *
 * Returns: (transfer none) (nullable): the file, if known
 */
const char *
dg_diagnostic_get_file (const DgDiagnostic *self)
{
  return self->file;
}

/**
 * dg_diagnostic_get_line:
 * @self: a #DgDiagnostic
 *
 * Returns: the 1-based line, or 0 if unknown
 */
guint
dg_diagnostic_get_line (const DgDiagnostic *self)
{
  return self->line;
}

/**
 * dg_diagnostic_get_column:
 * @self: a #DgDiagnostic
 *
 * Returns: the 1-based column in characters, or 0 if unknown
 */
guint
dg_diagnostic_get_column (const DgDiagnostic *self)
{
  return self->column;
}

/**
 * dg_diagnostic_get_severity:
 * @self: a #DgDiagnostic
 *
 * Returns: the severity
 */
DgSeverity
dg_diagnostic_get_severity (const DgDiagnostic *self)
{
  return self->severity;
}

/**
 * dg_diagnostic_get_message:
 * @self: a #DgDiagnostic
 *
 * Returns: (transfer none): the message
 */
const char *
dg_diagnostic_get_message (const DgDiagnostic *self)
{
  return self->message;
}

/**
 * dg_diagnostic_to_string:
 * @self: a #DgDiagnostic
 *
 * Formats @self the way compilers do: `file:line:col: error: message`.
 *
 * Returns: (transfer full): the formatted diagnostic
 */
char *
dg_diagnostic_to_string (const DgDiagnostic *self)
{
  GString *s = g_string_new (NULL);

  if (self->file)
    g_string_append_printf (s, "%s:", self->file);
  if (self->file && self->line)
    g_string_append_printf (s, "%u:", self->line);
  if (self->file && self->line && self->column)
    g_string_append_printf (s, "%u:", self->column);
  if (s->len)
    g_string_append_c (s, ' ');
  g_string_append_printf (s, "%s: %s", self->severity == DG_SEVERITY_ERROR ? "error" : "warning",
                          self->message);
  return g_string_free (s, FALSE);
}
