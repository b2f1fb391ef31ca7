// SPDX-License-Identifier: LGPL-2.1-or-later
// N3.js for bench/run.sh: stream-parse N-Triples and stream-write Turtle.
const fs = require('fs');
const { StreamParser, StreamWriter } = require('n3');

const parser = new StreamParser({ format: 'N-Triples' });
const writer = new StreamWriter({ format: 'Turtle' });
fs.createReadStream(process.argv[2]).pipe(parser).pipe(writer).pipe(process.stdout);
