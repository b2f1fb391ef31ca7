/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where the first byte that is not valid UTF-8 (or is NUL) lies in @buf.
 * Returns FALSE and fills @offset when there is one. */
G_GNUC_INTERNAL gboolean dg_text_find_invalid (const char *buf, gsize len, gsize *offset);

/* U+0000, which RDF literals may hold (written \u0000) and C strings
 * cannot, is held in a literal of RDF input as these two bytes (as
 * "modified UTF-8" does): nothing else produces them, since they are not
 * valid UTF-8, and writers write them back as \u0000. */
#define DG_TEXT_HELD_NUL "\xC0\x80"

/* @text (consumed) for a terminal: C0 and C1 control characters but the
 * newline, and a held U+0000, each become U+FFFD, so that data cannot
 * move the cursor or set a title.  Free with g_free(). */
G_GNUC_INTERNAL char *dg_text_for_terminal (char *text);

/* As dg_text_validate(), but a held U+0000 is valid. */
G_GNUC_INTERNAL gboolean dg_text_validate_held (const char *text, GError **error);

/* @ref resolved against @base by RFC 3986 (5.2: merged paths, "." and
 * ".." segments removed); the parts are taken as written, so IRIs resolve
 * as URIs do.  Total: any two strings give a result, validated by the
 * caller. */
G_GNUC_INTERNAL char *dg_iri_resolve (const char *base, const char *ref);

/* 1-based line and column (in characters) of byte @offset in @buf. */
G_GNUC_INTERNAL void dg_text_locate (const char *buf, gsize offset, guint *line, guint *column);

/* Is @s a name that needs no escaping anywhere: ASCII letters, digits,
 * "_", "-" and ".", starting with a letter, digit or "_" and not ending in
 * ".".  Both the .dg ids and the Turtle prefixed names we write use it. */
G_GNUC_INTERNAL gboolean dg_text_is_simple_name (const char *s);

/* The part of an IRI after its last "#", "/" or ":" — how people name it. */
G_GNUC_INTERNAL const char *dg_text_iri_tail (const char *iri);

/* Levenshtein distance, bounded: returns @limit + 1 once it is exceeded. */
G_GNUC_INTERNAL guint dg_text_edit_distance (const char *a, const char *b, guint limit);

/* Appends @s as a quoted string literal of Turtle and N-Triples: quote,
 * backslash and controls escaped, a held U+0000 as \u0000.  Text with no
 * CR and no held NUL comes out a valid .dg string too. */
G_GNUC_INTERNAL void dg_text_append_quoted (GString *out, const char *s);

/* @text as a quoted JSON string onto @out; with @in_html also "<", ">",
 * "&" and U+2028/U+2029 escaped, so that it cannot end the <script>
 * element that holds it. */
G_GNUC_INTERNAL void dg_text_append_json (GString *out, const char *text, gboolean in_html);

/* A copy of @languages (a language chain, most preferred first) when each
 * is a valid tag; NULL with @error otherwise. */
G_GNUC_INTERNAL char **dg_language_chain_copy (const char *const *languages, GError **error);

/* @text's @length bytes with every run of whitespace one space, and none
 * at either end: how a quote and the text it is taken from compare. */
G_GNUC_INTERNAL char *dg_text_collapse_spaces (const char *text, gsize length);

G_END_DECLS
