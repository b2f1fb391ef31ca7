/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* Labels that must come back unchanged through every writer and a real
 * parser of its output: syntax of DOT, Graphviz escapes, HTML, records,
 * Turtle and N-Triples, and text that is merely unusual. */
static const char *const hostile_labels[] = {
  "plain",
  "quote \" inside",
  "ends with a backslash \\",
  "\\",
  "\\\"",
  "Graphviz escapes \\N \\G \\E \\T \\H \\L \\l \\n \\r",
  "<b>bold</b> <i>not</i>",
  "{x|y} <port> | record",
  "AT&T &amp; &#92; &lt;",
  "first line\nsecond line",
  "tab\there",
  "RTL: עברית العربية",
  "Tô Lâm 이재명 习近平 🎉",
  "\"\"\" triple quotes '''",
  "x\" . <http://evil/s> <http://evil/p> \"y",
  "x\"@en . <http://evil/s> <http://evil/p> \"y",
  "]; evil [shape=record label=\"{a|b}\"",
  "a } digraph x { b",
  "// comment /* c */ # hash",
  /* cgraph 2.42 wrote "-." unquoted, which does not parse (found by
   * fuzz-writer-dot); the others are its neighbours. */
  "-.",
  "-",
  ".",
  "1..2",
  "-3.25",
  "2022",
};
