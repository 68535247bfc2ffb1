// Writes a graph.json of 5,000 entities and 50,000 co-occurrence links, for the page's speed check:
//   node tests/browser/big_graph.mjs big.json && gazegraph render --graph big.json -o big.html
// Seeded, so every run draws the same graph. Like benches/query.rs: one end of each link skewed towards
// low numbers (hubs, as Amazon or the USA are in real news), the other uniform; a few evidence sentences each.
import { writeFileSync } from "node:fs";

const [out, nodesArg, linksArg] = process.argv.slice(2);
const N = Number(nodesArg || 5000);
const E = Number(linksArg || 50000);
let seed = 42n;
const unit = () => {
  seed = (seed * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
  return Number(seed >> 11n) / 2 ** 53;
};
const types = ["organisation", "agency", "product", "city", "country", "person"];
const nodes = [];
for (let i = 0; i < N; i++) {
  nodes.push({
    id: `e${String(i).padStart(5, "0")}`,
    label: `Entity ${i}`,
    type: types[i % types.length],
    mentions: 1 + Math.floor(unit() ** 3 * 500),
    documents: 1,
    windows: 1,
    aliases: [`E${i}`],
  });
}
const seen = new Set();
const links = [];
while (links.length < E) {
  const a = Math.floor(N * unit() ** 3);
  const b = Math.floor(unit() * N);
  const key = Math.min(a, b) * N + Math.max(a, b);
  if (a === b || seen.has(key)) continue;
  seen.add(key);
  const weight = 1 + Math.floor(unit() ** 4 * 30);
  links.push({
    source: nodes[Math.min(a, b)].id,
    target: nodes[Math.max(a, b)].id,
    kind: "cooccurrence",
    weight,
    documents: Math.ceil(weight / 2),
    npmi: Math.round((unit() * 1.3 - 0.3) * 10000) / 10000,
    evidence: [
      {
        document: `doc${String(Math.floor(unit() * 50000)).padStart(6, "0")}`,
        sentence: Math.floor(unit() * 40),
        text: `Entity ${a} and Entity ${b} were mentioned together in this sentence of the news.`,
      },
    ],
  });
}
links.sort((x, y) => y.weight - x.weight);
const graph = {
  directed: false,
  multigraph: false,
  graph: {
    tool: "gazegraph", version: "test", window: "sentence", min_weight: 1, evidence_cap: 5, roll_up: "none",
    documents: 50000, windows: 1000000, mentions: 2000000,
    gazetteer: { sha256: "0".repeat(64), entities: N, files: [] },
  },
  nodes,
  links,
};
writeFileSync(out, JSON.stringify(graph));
console.log(`wrote ${out}: ${N} entities, ${E} links`);
