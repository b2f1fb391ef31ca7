/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What the extractor's tests share: a small gazetteer, the .dg the
 * extractor writes for a text, read back with its gazetteer, and finding
 * in it. */
#pragma once

#include "test-util.h"

#define BASE "https://example.org/gaz/"
#define COUNTRY "<https://w3id.org/diplograph/country/"

/* Vietnam, Japan, Korea, Tokyo, ASEAN, To Lam and a source s1, under BASE. */
extern const char gazetteer[];

/* A new graph of the .dg @texts (named @names), read as one; errors fail. */
DgGraph *read_graph (DgOntology *ontology, const char *const *names, const char *const *texts);
/* The .dg the extractor writes for @text with the gazetteer @user (or
 * none), and then the world's when @world, as `diplograph extract` runs;
 * checked with @user alone. */
char *extract_with (DgOntology *o, const char *lang, const char *user, gboolean world,
                    const char *text, const char *id, const char *date);
/* With the test's gazetteer, no world. */
char *extract_full (DgOntology *o, const char *lang, const char *text, const char *id,
                    const char *date);
/* With the world gazetteer alone, as a new user runs it, dated. */
char *extract_dated (DgOntology *o, const char *lang, const char *text, const char *id,
                     const char *date);
/* With the test's gazetteer, as article a1, undated. */
char *extract (DgOntology *o, const char *lang, const char *text);
/* With @user (or no gazetteer) and then the world's, as article w1. */
char *extract_world (DgOntology *o, const char *lang, const char *user, const char *text);
/* The block of @out that holds @needle: from the comment before it to the
 * blank line after. */
char *block_with (const char *out, const char *needle);
/* Fails, showing @text, unless @text holds @needle. */
void assert_has (const char *text, const char *needle);

/* An article (language, date, text), what its output has and lacks. */
typedef struct
{
  const char *lang, *date, *text, *has[2], *lacks[2];
} Case;

/* Extracts each of @cases with the world gazetteer, as article d1, and
 * fails where the output lacks what it has to have, or has what not. */
void check_cases (const Case *cases, guint n);
