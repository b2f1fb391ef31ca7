// SPDX-License-Identifier: LGPL-2.1-or-later
// node shacl.mjs SHAPES DATA...: validates the union of the DATA files
// (Turtle or TriG, all graphs merged) against SHAPES with rdf-validate-shacl
// and prints the report as JSON: {conforms, results: [{focus, path,
// message, constraint}]}.  Exit 0 either way; 2 if a file cannot be read.
import fs from 'node:fs';
import N3 from 'n3';
import factory from '@zazuko/env-node';
import SHACLValidator from 'rdf-validate-shacl';

function load (path) {
  const format = path.endsWith('.trig') ? 'application/trig' : 'text/turtle';
  const parser = new N3.Parser({ format, baseIRI: 'file://' + path });
  const dataset = factory.dataset();
  for (const q of parser.parse(fs.readFileSync(path, 'utf8')))
    dataset.add(factory.quad(q.subject, q.predicate, q.object)); // merge graphs
  return dataset;
}

try {
  const [shapesPath, ...dataPaths] = process.argv.slice(2);
  const shapes = load(shapesPath);
  const data = factory.dataset();
  for (const p of dataPaths)
    for (const q of load(p))
      data.add(q);
  const validator = new SHACLValidator(shapes, { factory });
  const report = await validator.validate(data);
  const results = report.results.map(r => ({
    focus: r.focusNode?.value,
    path: r.path?.value,
    message: r.message.map(m => m.value).join('; '),
    constraint: r.sourceConstraintComponent?.value,
  }));
  console.log(JSON.stringify({ conforms: report.conforms, shapes: shapes.size, triples: data.size, results }));
} catch (e) {
  console.error(String(e));
  process.exit(2);
}
