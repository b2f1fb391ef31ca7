/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: `diplograph extract` on any text.  The first byte
 * picks the language (Indonesian, with hunspell, or English); the rest is
 * the article.  Text that is not UTF-8 must be refused; any other must give
 * a .dg file that reads back, with the gazetteer, with no error: whatever
 * the text, the candidates check. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "diplograph.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static const char gazetteer[]
    = "@base <https://example.org/gaz/>\n"
      "State vietnam \"Vietnam\"@en \"Việt Nam\"@vi iso3166=VN\n"
      "State japan \"Japan\"@en \"Jepang\"@id iso3166=JP\n"
      "City tokyo \"Tokyo\"@en\n"
      "InternationalOrganization asean \"ASEAN\"@en abbreviation=ASEAN\n"
      "Person to-lam \"Tô Lâm\"@vi \"To Lam\"@en\n"
      "PostHolding to-lam-gs role=GeneralSecretary of=vietnam\n"
      "about to-lam\n  holds=to-lam-gs\n"
      "Partnership vn-jp-csp party=vietnam party=japan level=ComprehensiveStrategicPartnership\n"
      "SourceDocument s1 \"An article\"@en\n";

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static DgOntology *ontology;
  static DgGraph *gaz;
  static DgExtractor *extractor[2];
  g_autoptr (GOutputStream) mem = NULL;
  g_autoptr (DgGraph) both = NULL;
  g_autoptr (DgReader) reader = NULL;
  g_autofree char *out = NULL;
  DgExtractor *x;

  if (!ontology)
    {
      g_autoptr (DgReader) r = NULL;

      ontology = dg_ontology_new (NULL);
      gaz = dg_graph_new (ontology);
      r = dg_reader_new (gaz);
      if (!dg_reader_read_data (r, gazetteer, -1, "gazetteer.dg", NULL)
          || !dg_reader_finish (r, NULL))
        abort ();
      extractor[0] = dg_extractor_new (ontology, "id", NULL);
      extractor[1] = dg_extractor_new (ontology, "en", NULL);
      if (!extractor[0] || !extractor[1])
        abort ();
      for (guint i = 0; i < 2; i++)
        dg_extractor_add_gazetteer (extractor[i], gaz);
    }
  if (size < 1)
    return 0;
  x = extractor[data[0] & 1];
  if (!dg_extractor_set_article (x, (const char *)data + 1, (gssize)size - 1, "fuzz.txt", NULL))
    {
      const char *p = (const char *)data + 1;
      gboolean control = FALSE;

      if (!g_utf8_validate_len (p, size - 1, NULL))
        return 0;
      for (const char *q = p; q < p + size - 1; q = g_utf8_next_char (q))
        control
            |= g_unichar_iscntrl (g_utf8_get_char (q)) && !g_unichar_isspace (g_utf8_get_char (q));
      if (!control)
        abort (); /* valid UTF-8 with no control character must be accepted */
      return 0;
    }
  mem = g_memory_output_stream_new_resizable ();
  if (!dg_extractor_write (x, mem, NULL) || g_output_stream_write (mem, "", 1, NULL, NULL) != 1
      || !g_output_stream_close (mem, NULL, NULL))
    abort ();
  out = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (mem));
  both = dg_graph_new (ontology);
  reader = dg_reader_new (both);
  if (!dg_reader_read_data (reader, gazetteer, -1, "gazetteer.dg", NULL)
      || !dg_reader_read_data (reader, out, -1, "out.dg", NULL) || !dg_reader_finish (reader, NULL))
    {
      GPtrArray *d = dg_reader_get_diagnostics (reader);
      for (guint i = 0; i < d->len; i++)
        {
          g_autofree char *text = dg_diagnostic_to_string (g_ptr_array_index (d, i));
          fprintf (stderr, "%s\n", text);
        }
      fprintf (stderr, "%s", out);
      abort ();
    }
  return 0;
}
