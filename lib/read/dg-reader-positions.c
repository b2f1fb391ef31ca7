/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-reader-private.h"

/* Where each statement read was stated, for the diagnostics found after
 * reading (a relation's domain, a class the ontology lacks).  Held as runs,
 * not a position a statement: the statements of a row of a table share
 * one, and those of N-Triples are a line each, so a run holds a row or a
 * whole file where a position a statement would cost 12 bytes each. */

typedef struct
{
  guint32 start; /* the first statement of the run */
  guint32 step;  /* lines from one statement to the next: 0 or 1 */
  DgPos pos;     /* of the first */
} Run;

struct _DgPositions
{
  GArray *runs; /* Run, by start */
  guint len;    /* statements with a position */
};

DgPositions *
dg_positions_new (void)
{
  DgPositions *self = g_new0 (DgPositions, 1);

  self->runs = g_array_new (FALSE, FALSE, sizeof (Run));
  return self;
}

void
dg_positions_free (DgPositions *self)
{
  if (!self)
    return;
  g_array_unref (self->runs);
  g_free (self);
}

guint
dg_positions_get_len (DgPositions *self)
{
  return self->len;
}

/* Statement @len at @pos, after the others. */
static void
add (DgPositions *self, const DgPos *pos)
{
  Run *last = self->runs->len ? &g_array_index (self->runs, Run, self->runs->len - 1) : NULL;

  if (last && last->pos.file == pos->file && last->pos.column == pos->column)
    {
      guint32 n = self->len - last->start;
      guint64 line = (guint64)last->pos.line + (guint64)last->step * n;

      /* A run of one takes the step its second statement gives. */
      if (n == 1 && last->step == 0 && pos->line == last->pos.line + 1)
        {
          last->step = 1;
          self->len++;
          return;
        }
      if (line == pos->line)
        {
          self->len++;
          return;
        }
    }
  {
    Run run = { self->len, 0, *pos };

    g_array_append_val (self->runs, run);
    self->len++;
  }
}

void
dg_positions_extend (DgPositions *self, guint n, const DgPos *pos)
{
  while (self->len < n)
    {
      Run *last = self->runs->len ? &g_array_index (self->runs, Run, self->runs->len - 1) : NULL;

      /* Several statements at one place: the run of that place, at once. */
      if (last && last->step == 0 && last->pos.file == pos->file && last->pos.line == pos->line
          && last->pos.column == pos->column)
        {
          self->len = n;
          return;
        }
      add (self, pos);
    }
}

/* The index of the last run starting at or before @statement. */
static guint
run_of (DgPositions *self, guint statement)
{
  guint lo = 0, hi = self->runs->len;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->runs, Run, mid).start <= statement)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

gboolean
dg_positions_get (DgPositions *self, guint statement, DgPos *pos)
{
  const Run *run;

  if (statement >= self->len)
    return FALSE;
  run = &g_array_index (self->runs, Run, run_of (self, statement));
  *pos = run->pos;
  pos->line += run->step * (statement - run->start);
  return TRUE;
}

void
dg_positions_append (DgPositions *self, DgPositions *src, guint from, guint to, guint file,
                     guint lines)
{
  guint k;

  to = MIN (to, src->len);
  if (from >= to)
    return;
  /* The run of @from, then on through the runs. */
  k = run_of (src, from);
  for (guint s = from; s < to; s++)
    {
      const Run *run;
      DgPos pos;

      while (k + 1 < src->runs->len && g_array_index (src->runs, Run, k + 1).start <= s)
        k++;
      run = &g_array_index (src->runs, Run, k);
      pos = run->pos;
      pos.file = file;
      pos.line += run->step * (s - run->start) + lines;
      add (self, &pos);
    }
}
