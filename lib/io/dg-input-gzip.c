/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <gio/gio.h>

#include "dg-input-private.h"

/* GIO's zlib decompressor ends at the end of the first gzip member, and
 * says nothing of what follows: a file made by `cat a.gz b.gz` (log
 * rotation, split downloads) would be read to its first half.  This
 * converter starts a new member where one ends, as gzip -d does. */

#define DG_TYPE_GUNZIP (dg_gunzip_get_type ())
G_DECLARE_FINAL_TYPE (DgGunzip, dg_gunzip, DG, GUNZIP, GObject)

typedef enum
{
  IN_MEMBER,    /* inside a member */
  AFTER_MEMBER, /* between members: a new one, padding or the end */
  PADDING,      /* zero bytes after the last member */
} State;

struct _DgGunzip
{
  GObject parent;
  GConverter *member;
  State state;
};

static void dg_gunzip_converter_init (GConverterIface *iface);

G_DEFINE_TYPE_WITH_CODE (DgGunzip, dg_gunzip, G_TYPE_OBJECT,
                         G_IMPLEMENT_INTERFACE (G_TYPE_CONVERTER, dg_gunzip_converter_init))

static void
dg_gunzip_finalize (GObject *object)
{
  g_clear_object (&DG_GUNZIP (object)->member);
  G_OBJECT_CLASS (dg_gunzip_parent_class)->finalize (object);
}

static void
dg_gunzip_class_init (DgGunzipClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dg_gunzip_finalize;
}

static void
dg_gunzip_init (DgGunzip *self)
{
  self->member = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP));
}

static void
garbage (GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "trailing data after the end of the gzip stream");
}

static GConverterResult
dg_gunzip_convert (GConverter *converter, const void *inbuf, gsize inbuf_size, void *outbuf,
                   gsize outbuf_size, GConverterFlags flags, gsize *bytes_read,
                   gsize *bytes_written, GError **error)
{
  DgGunzip *self = DG_GUNZIP (converter);
  const guint8 *in = inbuf;
  gsize zeros = 0;
  GConverterResult result;

  *bytes_read = *bytes_written = 0;
  if (self->state != IN_MEMBER)
    {
      /* A member starts with 1f 8b; zero bytes are padding (tar, dd). */
      if (self->state == AFTER_MEMBER && inbuf_size > 0 && in[0] == 0x1f)
        {
          if (inbuf_size < 2 && !(flags & G_CONVERTER_INPUT_AT_END))
            {
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT, "need more input");
              return G_CONVERTER_ERROR;
            }
          if (inbuf_size < 2 || in[1] != 0x8b)
            {
              garbage (error);
              return G_CONVERTER_ERROR;
            }
          g_converter_reset (self->member);
          self->state = IN_MEMBER;
        }
      else
        {
          while (zeros < inbuf_size && in[zeros] == 0)
            zeros++;
          if (zeros < inbuf_size)
            {
              garbage (error);
              return G_CONVERTER_ERROR;
            }
          self->state = zeros ? PADDING : self->state;
          *bytes_read = zeros;
          if (flags & G_CONVERTER_INPUT_AT_END)
            return G_CONVERTER_FINISHED;
          if (zeros)
            return G_CONVERTER_CONVERTED;
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT, "need more input");
          return G_CONVERTER_ERROR;
        }
    }
  result
      = g_converter_convert (self->member, inbuf, inbuf_size, outbuf, outbuf_size,
                             flags & ~G_CONVERTER_INPUT_AT_END, bytes_read, bytes_written, error);
  if (result == G_CONVERTER_FINISHED)
    {
      self->state = AFTER_MEMBER;
      if (*bytes_read == inbuf_size && (flags & G_CONVERTER_INPUT_AT_END))
        return G_CONVERTER_FINISHED;
      if (*bytes_read == 0 && *bytes_written == 0)
        return dg_gunzip_convert (converter, inbuf, inbuf_size, outbuf, outbuf_size, flags,
                                  bytes_read, bytes_written, error);
      return G_CONVERTER_CONVERTED;
    }
  if (result == G_CONVERTER_ERROR && (flags & G_CONVERTER_INPUT_AT_END)
      && g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
    {
      g_clear_error (error);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT,
                           "unexpected end of the gzip data (a truncated file)");
    }
  return result;
}

static void
dg_gunzip_reset (GConverter *converter)
{
  DgGunzip *self = DG_GUNZIP (converter);

  g_converter_reset (self->member);
  self->state = IN_MEMBER;
}

static void
dg_gunzip_converter_init (GConverterIface *iface)
{
  iface->convert = dg_gunzip_convert;
  iface->reset = dg_gunzip_reset;
}

GInputStream *
dg_input_gunzip (GInputStream *in)
{
  g_autoptr (DgGunzip) gunzip = g_object_new (DG_TYPE_GUNZIP, NULL);

  return g_converter_input_stream_new (in, G_CONVERTER (gunzip));
}

GInputStream *
dg_input_sniff_gzip (GInputStream *in, gboolean *gzip, GError **error)
{
  g_autoptr (GInputStream) buffered = g_buffered_input_stream_new (in);
  GBufferedInputStream *b = G_BUFFERED_INPUT_STREAM (buffered);
  const guint8 *head;
  gsize have;

  /* Reads larger than the buffer go straight to @in: it costs one copy of
   * the first bytes. */
  while ((have = g_buffered_input_stream_get_available (b)) < 2)
    {
      gssize n = g_buffered_input_stream_fill (b, 2 - (gssize)have, NULL, error);
      if (n < 0)
        return NULL;
      if (n == 0)
        break;
    }
  head = g_buffered_input_stream_peek_buffer (b, &have);
  *gzip = have >= 2 && head[0] == 0x1f && head[1] == 0x8b;
  return g_steal_pointer (&buffered);
}
