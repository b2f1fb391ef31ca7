/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "dg-text-private.h"
#include "test-util.h"

static void
test_iri (void)
{
  static const struct
  {
    const char *iri;
    gboolean ok;
  } cases[] = {
    { "https://example.org/kg/vietnam", TRUE },
    { "urn:diplograph:to-lam", TRUE },
    { "http://example.org/a%20b", TRUE },
    { "http://example.org/Việt-Nam", TRUE },
    { "http://example.org/a b", FALSE },
    { "http://example.org/a>b", FALSE },
    { "http://example.org/a<b", FALSE },
    { "http://example.org/a\"b", FALSE },
    { "http://example.org/a\\b", FALSE },
    { "http://example.org/{x}", FALSE },
    { "http://example.org/a|b", FALSE },
    { "http://example.org/a^b", FALSE },
    { "http://example.org/a`b", FALSE },
    { "http://example.org/a\nb", FALSE },
    { "http://example.org/a%zz", FALSE },
    { "http://example.org/a%2", FALSE },
    { "relative/path", FALSE },
    { "", FALSE },
    { "1http://x", FALSE },
    { "http://example.org/\xff", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      gboolean ok = dg_iri_validate (cases[i].iri, &error);

      g_test_message ("IRI %s", cases[i].iri);
      g_assert_cmpint (ok, ==, cases[i].ok);
      if (!ok)
        g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
    }
}

static void
test_language_tag (void)
{
  static const struct
  {
    const char *tag;
    gboolean ok;
  } cases[] = {
    { "en", TRUE },
    { "id", TRUE },
    { "zh-Hant", TRUE },
    { "en-US", TRUE },
    { "de-CH-1996", TRUE },
    { "x-private", TRUE },
    { "", FALSE },
    { "en-", FALSE },
    { "-en", FALSE },
    { "en--US", FALSE },
    { "e n", FALSE },
    { "en_US", FALSE },
    { "123", FALSE },
    { "toolongtag", FALSE },
    { "en . <http://evil/s> <http://evil/p> \"x\"", FALSE },
    { "en\n", FALSE },
    /* At most 63 characters: raptor2 2.0.15 overruns a buffer at 256. */
    { "en-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdef", TRUE },
    { "en-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdefg", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("tag %s", cases[i].tag);
      g_assert_cmpint (dg_language_tag_validate (cases[i].tag, NULL), ==, cases[i].ok);
    }
}

static void
test_utf8 (void)
{
  gsize offset = 0;
  guint line, column;
  const char text[] = "ok\nVi\xe1\xbb\x87t \xff!";
  const char with_nul[] = "ab\0cd";

  g_assert_true (dg_text_validate ("Tô Lâm 이재명", -1, NULL));
  g_assert_false (dg_text_validate ("c\xff"
                                    "d",
                                    -1, NULL));
  /* A UTF-8 encoded surrogate is not valid UTF-8. */
  g_assert_false (dg_text_validate ("\xed\xa0\x80", -1, NULL));
  g_assert_false (dg_text_validate (with_nul, 5, NULL));

  g_assert_false (dg_text_find_invalid (text, sizeof text - 1, &offset));
  g_assert_cmpuint (offset, ==, 10);
  dg_text_locate (text, offset, &line, &column);
  /* Columns count characters: "Việt " is five. */
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 6);
}

static void
test_edit_distance (void)
{
  g_assert_cmpuint (dg_text_edit_distance ("Stat", "State", 3), ==, 1);
  g_assert_cmpuint (dg_text_edit_distance ("party", "party", 3), ==, 0);
  g_assert_cmpuint (dg_text_edit_distance ("prty", "party", 3), ==, 1);
  g_assert_cmpuint (dg_text_edit_distance ("abc", "xyzxyzxyz", 2), ==, 3);
}

/* RFC 3986 section 5.4: every normal and abnormal example, and IRIs that
 * are no URIs (GLib's resolver trips on a ';' in the authority: found by
 * fuzz-reader-rdf). */
static void
test_iri_resolve (void)
{
  static const char *const cases[][2] = {
    { "g:h", "g:h" },         { "g", "http://a/b/c/g" },      { "./g", "http://a/b/c/g" },
    { "g/", "http://a/b/c/g/" }, { "/g", "http://a/g" },       { "//g", "http://g" },
    { "?y", "http://a/b/c/d;p?y" }, { "g?y", "http://a/b/c/g?y" }, { "#s", "http://a/b/c/d;p?q#s" },
    { "g#s", "http://a/b/c/g#s" }, { "g?y#s", "http://a/b/c/g?y#s" }, { ";x", "http://a/b/c/;x" },
    { "g;x", "http://a/b/c/g;x" }, { "g;x?y#s", "http://a/b/c/g;x?y#s" }, { "", "http://a/b/c/d;p?q" },
    { ".", "http://a/b/c/" },   { "./", "http://a/b/c/" },      { "..", "http://a/b/" },
    { "../", "http://a/b/" },   { "../g", "http://a/b/g" },     { "../..", "http://a/" },
    { "../../", "http://a/" },  { "../../g", "http://a/g" },    { "../../../g", "http://a/g" },
    { "../../../../g", "http://a/g" }, { "/./g", "http://a/g" }, { "/../g", "http://a/g" },
    { "g.", "http://a/b/c/g." }, { ".g", "http://a/b/c/.g" },   { "g..", "http://a/b/c/g.." },
    { "..g", "http://a/b/c/..g" }, { "./../g", "http://a/b/g" }, { "./g/.", "http://a/b/c/g/" },
    { "g/./h", "http://a/b/c/g/h" }, { "g/../h", "http://a/b/c/h" },
    { "g;x=1/./y", "http://a/b/c/g;x=1/y" }, { "g;x=1/../y", "http://a/b/c/y" },
    { "g?y/./x", "http://a/b/c/g?y/./x" }, { "g?y/../x", "http://a/b/c/g?y/../x" },
    { "g#s/./x", "http://a/b/c/g#s/./x" }, { "g#s/../x", "http://a/b/c/g#s/../x" },
    { "http:g", "http:g" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = dg_iri_resolve ("http://a/b/c/d;p?q", cases[i][0]);
      g_assert_cmpstr (got, ==, cases[i][1]);
    }
  {
    g_autofree char *odd = dg_iri_resolve ("http://ab;c/d:f/ghi", "../xyz");
    g_autofree char *vi = dg_iri_resolve ("https://e.org/đường/", "phố#ở");
    g_autofree char *bare = dg_iri_resolve ("http://a", "g");

    g_assert_cmpstr (odd, ==, "http://ab;c/xyz");
    g_assert_cmpstr (vi, ==, "https://e.org/đường/phố#ở");
    g_assert_cmpstr (bare, ==, "http://a/g");
  }
}

/* The short cuts dg_iri_resolve() takes (an http IRI with no dot
 * segment is itself; a plain path is the base before it) agree with the
 * full algorithm of RFC 3986, 5.2, against bases where they do not apply
 * too (no authority, an empty one, a dot segment, a query, a URN). */
static void
test_iri_resolve_short_cuts (void)
{
  static const char *const cases[][3] = {
    { "https://w3id.org/diplograph/gdelt/", "https://a.com", "https://a.com" },
    { "https://w3id.org/diplograph/gdelt/", "http://", "http://" },
    { "https://w3id.org/diplograph/gdelt/", "https://a.com/x/./y", "https://a.com/x/y" },
    { "https://w3id.org/diplograph/gdelt/", "https://a.com/x?q=../", "https://a.com/x?q=../" },
    { "https://w3id.org/diplograph/gdelt/", "https://a.com/x/..", "https://a.com/" },
    { "https://w3id.org/diplograph/gdelt/", "country/VNM",
      "https://w3id.org/diplograph/gdelt/country/VNM" },
    { "https://w3id.org/diplograph/gdelt/", "x.y/z", "https://w3id.org/diplograph/gdelt/x.y/z" },
    { "https://w3id.org/diplograph/gdelt/", ".hidden/x",
      "https://w3id.org/diplograph/gdelt/.hidden/x" },
    { "https://w3id.org/diplograph/gdelt/", "a/../b", "https://w3id.org/diplograph/gdelt/b" },
    { "https://w3id.org/diplograph/gdelt/", "a/.", "https://w3id.org/diplograph/gdelt/a/" },
    { "https://w3id.org/diplograph/gdelt/", "..", "https://w3id.org/diplograph/" },
    { "https://w3id.org/diplograph/gdelt/", "a:b", "a:b" },
    { "https://w3id.org/diplograph/gdelt/", "", "https://w3id.org/diplograph/gdelt/" },
    { "https://w3id.org/diplograph/gdelt/", "a#b", "https://w3id.org/diplograph/gdelt/a#b" },
    { "https://w3id.org/diplograph/gdelt/", "/abs", "https://w3id.org/abs" },
    { "https://w3id.org/diplograph/gdelt/", "//host/x", "https://host/x" },
    { "https://", "https://a.com", "https://a.com" },
    { "https://", "http://", "http://" },
    { "https://", "https://a.com/x/./y", "https://a.com/x/y" },
    { "https://", "https://a.com/x?q=../", "https://a.com/x?q=../" },
    { "https://", "https://a.com/x/..", "https://a.com/" },
    { "https://", "country/VNM", "https:///country/VNM" },
    { "https://", "x.y/z", "https:///x.y/z" },
    { "https://", ".hidden/x", "https:///.hidden/x" },
    { "https://", "a/../b", "https:///b" },
    { "https://", "a/.", "https:///a/" },
    { "https://", "..", "https:///" },
    { "https://", "a:b", "a:b" },
    { "https://", "", "https://" },
    { "https://", "a#b", "https:///a#b" },
    { "https://", "/abs", "https:///abs" },
    { "https://", "//host/x", "https://host/x" },
    { "https://a.org", "https://a.com", "https://a.com" },
    { "https://a.org", "http://", "http://" },
    { "https://a.org", "https://a.com/x/./y", "https://a.com/x/y" },
    { "https://a.org", "https://a.com/x?q=../", "https://a.com/x?q=../" },
    { "https://a.org", "https://a.com/x/..", "https://a.com/" },
    { "https://a.org", "country/VNM", "https://a.org/country/VNM" },
    { "https://a.org", "x.y/z", "https://a.org/x.y/z" },
    { "https://a.org", ".hidden/x", "https://a.org/.hidden/x" },
    { "https://a.org", "a/../b", "https://a.org/b" },
    { "https://a.org", "a/.", "https://a.org/a/" },
    { "https://a.org", "..", "https://a.org/" },
    { "https://a.org", "a:b", "a:b" },
    { "https://a.org", "", "https://a.org" },
    { "https://a.org", "a#b", "https://a.org/a#b" },
    { "https://a.org", "/abs", "https://a.org/abs" },
    { "https://a.org", "//host/x", "https://host/x" },
    { "http://x/./y/", "https://a.com", "https://a.com" },
    { "http://x/./y/", "http://", "http://" },
    { "http://x/./y/", "https://a.com/x/./y", "https://a.com/x/y" },
    { "http://x/./y/", "https://a.com/x?q=../", "https://a.com/x?q=../" },
    { "http://x/./y/", "https://a.com/x/..", "https://a.com/" },
    { "http://x/./y/", "country/VNM", "http://x/y/country/VNM" },
    { "http://x/./y/", "x.y/z", "http://x/y/x.y/z" },
    { "http://x/./y/", ".hidden/x", "http://x/y/.hidden/x" },
    { "http://x/./y/", "a/../b", "http://x/y/b" },
    { "http://x/./y/", "a/.", "http://x/y/a/" },
    { "http://x/./y/", "..", "http://x/" },
    { "http://x/./y/", "a:b", "a:b" },
    { "http://x/./y/", "", "http://x/./y/" },
    { "http://x/./y/", "a#b", "http://x/y/a#b" },
    { "http://x/./y/", "/abs", "http://x/abs" },
    { "http://x/./y/", "//host/x", "http://host/x" },
    { "http://x/y?q/", "https://a.com", "https://a.com" },
    { "http://x/y?q/", "http://", "http://" },
    { "http://x/y?q/", "https://a.com/x/./y", "https://a.com/x/y" },
    { "http://x/y?q/", "https://a.com/x?q=../", "https://a.com/x?q=../" },
    { "http://x/y?q/", "https://a.com/x/..", "https://a.com/" },
    { "http://x/y?q/", "country/VNM", "http://x/country/VNM" },
    { "http://x/y?q/", "x.y/z", "http://x/x.y/z" },
    { "http://x/y?q/", ".hidden/x", "http://x/.hidden/x" },
    { "http://x/y?q/", "a/../b", "http://x/b" },
    { "http://x/y?q/", "a/.", "http://x/a/" },
    { "http://x/y?q/", "..", "http://x/" },
    { "http://x/y?q/", "a:b", "a:b" },
    { "http://x/y?q/", "", "http://x/y?q/" },
    { "http://x/y?q/", "a#b", "http://x/a#b" },
    { "http://x/y?q/", "/abs", "http://x/abs" },
    { "http://x/y?q/", "//host/x", "http://host/x" },
    { "urn:x:y/", "https://a.com", "https://a.com" },
    { "urn:x:y/", "http://", "http://" },
    { "urn:x:y/", "https://a.com/x/./y", "https://a.com/x/y" },
    { "urn:x:y/", "https://a.com/x?q=../", "https://a.com/x?q=../" },
    { "urn:x:y/", "https://a.com/x/..", "https://a.com/" },
    { "urn:x:y/", "country/VNM", "urn:x:y/country/VNM" },
    { "urn:x:y/", "x.y/z", "urn:x:y/x.y/z" },
    { "urn:x:y/", ".hidden/x", "urn:x:y/.hidden/x" },
    { "urn:x:y/", "a/../b", "urn:x:y/b" },
    { "urn:x:y/", "a/.", "urn:x:y/a/" },
    { "urn:x:y/", "..", "urn:/" },
    { "urn:x:y/", "a:b", "a:b" },
    { "urn:x:y/", "", "urn:x:y/" },
    { "urn:x:y/", "a#b", "urn:x:y/a#b" },
    { "urn:x:y/", "/abs", "urn:/abs" },
    { "urn:x:y/", "//host/x", "urn://host/x" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = dg_iri_resolve (cases[i][0], cases[i][1]);
      g_assert_cmpstr (got, ==, cases[i][2]);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/iri", test_iri);
  g_test_add_func ("/text/language-tag", test_language_tag);
  g_test_add_func ("/text/utf8", test_utf8);
  g_test_add_func ("/text/edit-distance", test_edit_distance);
  g_test_add_func ("/text/iri-resolve", test_iri_resolve);
  g_test_add_func ("/text/iri-resolve-short-cuts", test_iri_resolve_short_cuts);
  return g_test_run ();
}
