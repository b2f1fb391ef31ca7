// SPDX-License-Identifier: LGPL-2.1-or-later
// node oxigraph.mjs DATA.trig ONTOLOGY.ttl QUERY.rq...: loads the dataset
// (each named graph as itself) and the ontology (in the default graph) into
// an in-memory Oxigraph store, runs each query over the union of all graphs
// and prints {query: [[header...], [row...]...]} as JSON, values as strings
// the way SPARQL's CSV results give them.
import fs from 'node:fs';
import oxigraph from 'oxigraph';

const [dataPath, ontologyPath, ...queries] = process.argv.slice(2);
const store = new oxigraph.Store();
store.load(fs.readFileSync(dataPath, 'utf8'), { format: 'application/trig' });
store.load(fs.readFileSync(ontologyPath, 'utf8'), { format: 'text/turtle' });
const out = { quads: store.size, graphs: 0, results: {} };
out.graphs = new Set(store.match().map(q => q.graph.value)).size;
for (const q of queries) {
  try {
    const csv = store.query(fs.readFileSync(q, 'utf8'),
                            { use_default_graph_as_union: true, results_format: 'csv' });
    out.results[q] = csv;
  } catch (e) {
    out.results[q] = 'error: ' + String(e);
  }
}
console.log(JSON.stringify(out));
