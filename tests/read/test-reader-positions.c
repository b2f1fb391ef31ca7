/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Where each statement was stated (lib/read/dg-reader-positions.c): runs
 * of statements at one place or a line each, against a position a
 * statement kept plainly. */
#include "config.h"

#include "dg-reader-private.h"
#include "test-util.h"

static void
check_same (DgPositions *runs, GArray *plain)
{
  g_assert_cmpuint (dg_positions_get_len (runs), ==, plain->len);
  for (guint s = 0; s < plain->len; s++)
    {
      const DgPos *want = &g_array_index (plain, DgPos, s);
      DgPos got;

      g_assert_true (dg_positions_get (runs, s, &got));
      g_assert_cmpuint (got.file, ==, want->file);
      g_assert_cmpuint (got.line, ==, want->line);
      g_assert_cmpuint (got.column, ==, want->column);
    }
  {
    DgPos none;

    g_assert_false (dg_positions_get (runs, plain->len, &none));
  }
}

/* Statements a line each (N-Triples), a row's statements at one place
 * (a table), lines skipped, another file, another column: in any order. */
static void
test_runs (void)
{
  GRand *rand = g_rand_new_with_seed (7);

  for (guint round = 0; round < 200; round++)
    {
      DgPositions *runs = dg_positions_new ();
      g_autoptr (GArray) plain = g_array_new (FALSE, FALSE, sizeof (DgPos));
      DgPos pos = { 0, 1, 1 };

      for (guint k = 0; k < 300; k++)
        {
          guint n = g_rand_int_range (rand, 0, 4);

          switch (g_rand_int_range (rand, 0, 6))
            {
            case 0: /* the next line */
            case 1:
              pos.line++;
              break;
            case 2: /* lines skipped */
              pos.line += g_rand_int_range (rand, 2, 5);
              break;
            case 3: /* another column */
              pos.column = g_rand_int_range (rand, 1, 4);
              break;
            case 4: /* another file */
              pos.file = g_rand_int_range (rand, 0, 3);
              break;
            default: /* the same place */
              break;
            }
          for (guint i = 0; i < n; i++)
            g_array_append_val (plain, pos);
          dg_positions_extend (runs, plain->len, &pos);
        }
      check_same (runs, plain);
      /* Appended from another, in a file of ours, lines on: the pieces a
       * part is appended in, between the statements that waited. */
      {
        DgPositions *to = dg_positions_new ();
        g_autoptr (GArray) want = g_array_new (FALSE, FALSE, sizeof (DgPos));
        guint from = 0;

        while (from < plain->len)
          {
            guint step = g_rand_int_range (rand, 1, 60);
            guint upto = MIN (plain->len, from + step);

            dg_positions_append (to, runs, from, upto, 9, 1000);
            for (guint s = from; s < upto; s++)
              {
                DgPos p = g_array_index (plain, DgPos, s);

                p.file = 9;
                p.line += 1000;
                g_array_append_val (want, p);
              }
            from = upto;
          }
        check_same (to, want);
        dg_positions_free (to);
      }
      dg_positions_free (runs);
    }
  g_rand_free (rand);
}

/* A long file of one statement a line reads back line by line. */
static void
test_lines (void)
{
  DgPositions *runs = dg_positions_new ();
  DgPos pos = { 1, 1, 1 }, got;

  for (guint line = 1; line <= 100000; line++)
    {
      pos.line = line;
      dg_positions_extend (runs, line, &pos);
    }
  g_assert_true (dg_positions_get (runs, 99999, &got));
  g_assert_cmpuint (got.line, ==, 100000);
  g_assert_true (dg_positions_get (runs, 0, &got));
  g_assert_cmpuint (got.line, ==, 1);
  dg_positions_free (runs);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader-positions/runs", test_runs);
  g_test_add_func ("/reader-positions/lines", test_lines);
  return g_test_run ();
}
