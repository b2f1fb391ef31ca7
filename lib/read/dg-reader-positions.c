/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-reader-private.h"

/* Where each statement read was stated, for the diagnostics found after
 * reading (a relation's domain, a class the ontology lacks).  Held as runs,
 * not a position a statement: the statements of a row of a table share
 * one, and those of N-Triples are a line each, so a run holds a row or a
 * whole file where a position a statement would cost 12 bytes each.  A
 * run is 8 bytes; its file, column and step are its place's, which the
 * runs of one file share (a table of 10^6 rows is 10^6 runs and a place). */

typedef struct
{
  guint32 start; /* the first statement of the run */
  guint32 line;  /* of the first */
} Run;

typedef struct
{
  guint32 first_run; /* the first run at this place */
  guint32 file;
  guint32 column;
  guint32 step; /* lines from one statement to the next: 0 or 1 */
} Place;

struct _DgPositions
{
  GArray *runs;   /* Run, by start */
  GArray *places; /* Place, by first_run */
  guint len;      /* statements with a position */
};

DgPositions *
dg_positions_new (void)
{
  DgPositions *self = g_new0 (DgPositions, 1);

  self->runs = g_array_new (FALSE, FALSE, sizeof (Run));
  self->places = g_array_new (FALSE, FALSE, sizeof (Place));
  return self;
}

void
dg_positions_free (DgPositions *self)
{
  if (!self)
    return;
  g_array_unref (self->runs);
  g_array_unref (self->places);
  g_free (self);
}

guint
dg_positions_get_len (DgPositions *self)
{
  return self->len;
}

static Place *
last_place (DgPositions *self)
{
  return self->places->len ? &g_array_index (self->places, Place, self->places->len - 1) : NULL;
}

/* A new run at @pos, with step 0. */
static void
new_run (DgPositions *self, const DgPos *pos)
{
  Run run = { self->len, pos->line };
  Place *place = last_place (self);

  if (!place || place->file != pos->file || place->column != pos->column || place->step != 0)
    {
      Place fresh = { self->runs->len, pos->file, pos->column, 0 };

      g_array_append_val (self->places, fresh);
    }
  g_array_append_val (self->runs, run);
  self->len++;
}

/* Statement @len at @pos, after the others. */
static void
add (DgPositions *self, const DgPos *pos)
{
  Run *last = self->runs->len ? &g_array_index (self->runs, Run, self->runs->len - 1) : NULL;
  Place *place = last_place (self);

  if (last && place->file == pos->file && place->column == pos->column)
    {
      guint32 n = self->len - last->start;
      guint64 line = (guint64)last->line + (guint64)place->step * n;

      /* A run of one takes the step its second statement gives: its place
       * does, one of its own if the place has other runs. */
      if (n == 1 && place->step == 0 && pos->line == last->line + 1)
        {
          if (place->first_run == self->runs->len - 1)
            place->step = 1;
          else
            {
              Place fresh = { self->runs->len - 1, pos->file, pos->column, 1 };

              g_array_append_val (self->places, fresh);
            }
          self->len++;
          return;
        }
      if (line == pos->line)
        {
          self->len++;
          return;
        }
    }
  new_run (self, pos);
}

void
dg_positions_extend (DgPositions *self, guint n, const DgPos *pos)
{
  while (self->len < n)
    {
      Run *last = self->runs->len ? &g_array_index (self->runs, Run, self->runs->len - 1) : NULL;
      Place *place = last_place (self);

      /* Several statements at one place: the run of that place, at once. */
      if (last && place->step == 0 && place->file == pos->file && last->line == pos->line
          && place->column == pos->column)
        {
          self->len = n;
          return;
        }
      add (self, pos);
    }
}

/* The index of the last entry of @array (of @size bytes each, a guint32
 * key first) whose key is at or before @key. */
static guint
last_at_or_before (GArray *array, gsize size, guint32 key)
{
  guint lo = 0, hi = array->len;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (*(const guint32 *)(gconstpointer)(array->data + mid * size) <= key)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/* The position of @statement, in run @k. */
static void
position_in (DgPositions *self, guint k, guint statement, DgPos *pos)
{
  const Run *run = &g_array_index (self->runs, Run, k);
  const Place *place
      = &g_array_index (self->places, Place, last_at_or_before (self->places, sizeof (Place), k));

  pos->file = place->file;
  pos->column = place->column;
  pos->line = run->line + place->step * (statement - run->start);
}

gboolean
dg_positions_get (DgPositions *self, guint statement, DgPos *pos)
{
  if (statement >= self->len)
    return FALSE;
  position_in (self, last_at_or_before (self->runs, sizeof (Run), statement), statement, pos);
  return TRUE;
}

/* @count statements from @pos on, @step lines apart, after the others. */
static void
add_run (DgPositions *self, DgPos pos, guint count, guint32 step)
{
  for (guint i = 0; i < count; i++, pos.line += step)
    {
      add (self, &pos);
      /* A run that goes on as these do holds the rest too, at once (a file
       * of N-Triples is one run). */
      if (last_place (self)->step == step)
        {
          self->len += count - i - 1;
          return;
        }
    }
}

void
dg_positions_append (DgPositions *self, DgPositions *src, guint from, guint to, guint file,
                     guint lines)
{
  to = MIN (to, src->len);
  /* Run by run, from the run of @from. */
  for (guint k = last_at_or_before (src->runs, sizeof (Run), from); from < to; k++)
    {
      guint end = k + 1 < src->runs->len ? g_array_index (src->runs, Run, k + 1).start : src->len;
      const Place *place
          = &g_array_index (src->places, Place, last_at_or_before (src->places, sizeof (Place), k));
      DgPos pos;

      end = MIN (end, to);
      position_in (src, k, from, &pos);
      pos.file = file;
      pos.line += lines;
      add_run (self, pos, end - from, place->step);
      from = end;
    }
}
