/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target, differential: the reading path over generated gzip
 * files.  The input is cut into 1 to 8 pieces, each gzipped as a member of
 * its own (GIO's compressor, another level per member), the members
 * concatenated, and then, as the first byte says, zero padding, a byte of
 * garbage or a cut added.  Read through dg_input_gunzip() and the line
 * reader, a whole file must give back exactly the pieces joined, in the
 * lines a plain split gives (each cut to the limit, and said to be); a
 * spoiled one must end in an error, never in data that was not there. */
#include "config.h"

#include <string.h>

#include "dg-input-private.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static GBytes *
gzip_member (const guint8 *data, gsize len, int level)
{
  g_autoptr (GZlibCompressor) z = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, level);
  g_autoptr (GInputStream) plain = g_memory_input_stream_new_from_data (data, (gssize)len, NULL);
  g_autoptr (GInputStream) in = g_converter_input_stream_new (plain, G_CONVERTER (z));
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();

  g_assert_cmpint (
      g_output_stream_splice (out, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, NULL), >=, 0);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

/* The lines a plain split gives, each cut to @max, as "len:cut:bytes|". */
static GString *
expected_lines (const char *text, gsize len, gsize max)
{
  GString *out = g_string_new (NULL);
  gsize start = 0;

  while (start < len)
    {
      gsize i = start, line_len, ending = 0;

      while (i < len && text[i] != '\n' && text[i] != '\r')
        i++;
      if (i < len)
        ending = text[i] == '\r' && i + 1 < len && text[i + 1] == '\n' ? 2 : 1;
      line_len = i - start;
      g_string_append_printf (out, "%zu:%d:", MIN (line_len, max), line_len > max);
      g_string_append_len (out, text + start, (gssize)MIN (line_len, max));
      g_string_append_c (out, '|');
      start = i + ending;
    }
  return out;
}

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  g_autoptr (GByteArray) file = g_byte_array_new ();
  g_autoptr (GInputStream) mem = NULL;
  g_autoptr (GInputStream) in = NULL;
  g_autoptr (DgLineReader) lines = NULL;
  g_autoptr (GString) want = NULL;
  g_autoptr (GString) got = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  const char *plain;
  gsize plain_len, max, at = 0, len;
  guint spoil, pieces;
  gboolean too_long;
  gssize kept = -1; /* after a cut between members: the plain bytes left */
  g_autoptr (GArray) boundaries = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) plain_ends = g_array_new (FALSE, FALSE, sizeof (gsize));

  if (size < 3)
    return 0;
  spoil = data[0] & 3; /* 0 whole, 1 padding, 2 garbage, 3 cut */
  pieces = 1 + ((data[0] >> 2) & 7);
  max = 1 + data[1] % 64; /* a small limit, so that lines are cut */
  plain = (const char *)data + 2;
  plain_len = size - 2;
  for (guint p = 0; p < pieces; p++)
    {
      gsize end = p + 1 == pieces ? plain_len : at + (plain_len - at) * (p + 1) / pieces / 2;
      g_autoptr (GBytes) member = gzip_member ((const guint8 *)plain + at, end - at, (int)(p % 10));
      g_byte_array_append (file, g_bytes_get_data (member, NULL), (guint)g_bytes_get_size (member));
      g_array_append_val (boundaries, file->len);
      g_array_append_val (plain_ends, end);
      at = end;
    }
  if (spoil == 1)
    g_byte_array_append (file, (const guint8 *)"\0\0\0\0", 1 + data[1] % 4);
  else if (spoil == 2)
    g_byte_array_append (file, data + 1, 1);
  else if (spoil == 3)
    {
      g_byte_array_set_size (file, file->len - 1 - data[1] % MIN (file->len, 24));
      /* A cut that takes whole members leaves a whole file of fewer. */
      for (guint i = 0; i < boundaries->len; i++)
        if (g_array_index (boundaries, guint, i) == file->len)
          kept = (gssize)g_array_index (plain_ends, gsize, i);
    }

  mem = g_memory_input_stream_new_from_data (file->data, file->len, NULL);
  in = dg_input_gunzip (mem);
  lines = dg_line_reader_new (in, max);
  for (const char *line; (line = dg_line_reader_next (lines, &len, &too_long, &error));)
    {
      g_assert_cmpuint (len, <=, max);
      g_assert_true (line[len] == '\0');
      g_string_append_printf (got, "%zu:%d:", len, too_long);
      g_string_append_len (got, line, (gssize)len);
      g_string_append_c (got, '|');
    }
  want = expected_lines (plain, kept >= 0 ? (gsize)kept : plain_len, max);
  if (spoil <= 1 || (spoil == 2 && data[1] == 0) || kept >= 0)
    {
      /* Whole, padded with zero bytes, or cut between members: exactly
       * the pieces it holds. */
      g_assert_no_error (error);
      g_assert_cmpuint (got->len, ==, want->len);
      g_assert_true (memcmp (got->str, want->str, got->len) == 0);
    }
  else
    {
      /* Garbage or a cut: an error, and only lines the pieces hold, each
       * ended by its line break, none made up. */
      g_assert_nonnull (error);
      g_assert_cmpuint (got->len, <=, want->len);
      g_assert_true (memcmp (got->str, want->str, got->len) == 0);
    }
  return 0;
}
