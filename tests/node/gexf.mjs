// SPDX-License-Identifier: LGPL-2.1-or-later
// node gexf.mjs FILE.gexf: parses the file with graphology-gexf (the GEXF
// reader of the graphology network library) and prints its node and edge
// counts, each edge's label, start and end, and every node's attributes
// (with their JavaScript types: numbers stay numbers), as JSON.
import fs from 'node:fs';
import graphology from 'graphology';
import gexf from 'graphology-gexf';

const graph = gexf.parse(graphology.MultiGraph, fs.readFileSync(process.argv[2], 'utf8'),
                         { allowUndeclaredAttributes: true });
const edges = [];
graph.forEachEdge((key, attributes, source, target) => {
  edges.push({ source, target, label: attributes.label, start: attributes.start,
               end: attributes.end });
});
const nodes = {};
graph.forEachNode((key, attributes) => { nodes[key] = attributes; });
console.log(JSON.stringify({ order: graph.order, size: graph.size, type: graph.type, edges, nodes }));
