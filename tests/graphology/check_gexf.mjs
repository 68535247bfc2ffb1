// CI check (run by .ci/run when Node.js is there): graphology-gexf, the GEXF reader of Gephi Lite, reads each
// folder's graph.gexf into the graph its graph.json describes: the same nodes with their type, counts and the
// gazetteer's columns under their own names, the same edges (by ends and kind) with their weights, and the
// colours and sizes Gephi draws with.
import fs from 'node:fs';
import Graph from 'graphology';
import gexf from 'graphology-gexf';

let failures = 0;
const fail = (message) => {
  console.error(`FAIL ${message}`);
  failures += 1;
};

for (const dir of process.argv.slice(2)) {
  const read = gexf.parse(Graph, fs.readFileSync(`${dir}/graph.gexf`, 'utf8'));
  const json = JSON.parse(fs.readFileSync(`${dir}/graph.json`, 'utf8'));
  if (read.order !== json.nodes.length) fail(`${dir}: ${read.order} nodes, graph.json has ${json.nodes.length}`);
  if (read.size !== json.links.length) fail(`${dir}: ${read.size} edges, graph.json has ${json.links.length}`);
  for (const node of json.nodes) {
    if (!read.hasNode(node.id)) {
      fail(`${dir}: node ${node.id} missing`);
      continue;
    }
    const got = read.getNodeAttributes(node.id);
    const columns = Object.keys(node).filter((k) => !['id', 'label', 'aliases'].includes(k));
    for (const column of columns) {
      if (String(got[column]) !== String(node[column])) {
        fail(`${dir}: node ${node.id} ${column} = ${got[column]}, graph.json says ${node[column]}`);
      }
    }
    if (got.label !== node.label) fail(`${dir}: node ${node.id} label ${got.label}`);
    if (!got.color || !(got.size > 0)) fail(`${dir}: node ${node.id} has no colour or size`);
  }
  const key = (a, b, kind) => [a, b].sort().join(' ') + ' ' + kind;
  const weights = new Map();
  read.forEachEdge((edge, attributes, source, target) => {
    weights.set(key(source, target, attributes.kind), attributes.weight);
  });
  for (const link of json.links) {
    const k = key(link.source, link.target, link.kind ?? 'cooccurrence');
    if (!weights.has(k)) fail(`${dir}: edge ${k} missing`);
    else if (weights.get(k) !== link.weight) fail(`${dir}: edge ${k} weight ${weights.get(k)}, graph.json says ${link.weight}`);
  }
  console.log(`${dir}: graphology-gexf read ${read.order} nodes and ${read.size} edges as graph.json has them`);
}
process.exit(failures ? 1 : 0);
