// Compares graph-drawing libraries for graph.html in headless Chromium (BENCHMARKS.md, "The graph page"):
// sigma.js 3 (what the page embeds), sigma.js 4, cytoscape.js with its canvas and its WebGL renderer, on the
// same 5,000 entities and 50,000 links at the positions gazegraph computed. For each: the time from the start
// of navigation to the second animation frame after the page's script ran (the first frame drawn), the mean
// and 95th-percentile frame time over 30 frames that each pan the view, and how long 10 mouse drags take.
//
//   mkdir /tmp/bench && cd /tmp/bench
//   npm install puppeteer-core@25.19.0 sigma@4.0.4 cytoscape@3.35.0
//   node tests/browser/big_graph.mjs big.json && gazegraph render --graph big.json -o big.html
//   node $REPO/tools/bench_viewer_libraries.mjs big.html $REPO/src/export/html/vendor [RUNS]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(join(process.cwd(), "x.js"));
const puppeteer = require("puppeteer-core");
const [pagePath, vendor, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 3);
const html = readFileSync(pagePath, "utf8");
const at = html.indexOf(">", html.indexOf('id="gazegraph-data"')) + 1;
const data = JSON.parse(html.slice(at, html.indexOf("</script>", at)));
const colours = new Map(data.page.styles.map((s) => [s.type, s.colour]));
const max = Math.max(...data.nodes.map((n) => n.mentions));
const slim = {
  nodes: data.nodes.map((n, i) => ({ id: n.id, label: n.label, color: colours.get(n.type) || "#d9d9d9",
    x: data.page.xy[2 * i], y: data.page.xy[2 * i + 1], size: 3 + (12 * Math.log1p(n.mentions)) / Math.log1p(max) })),
  edges: data.links.map((l) => ({ s: l.source, t: l.target })),
};
const json = JSON.stringify(slim);
const read = (p) => readFileSync(p, "utf8");
const shell = (scripts, body) => `<!doctype html><meta charset=utf-8><style>html,body{margin:0;height:100%}#c{width:100vw;height:100vh}</style>
<div id=c></div>${scripts.map((s) => `<script>${s}</script>`).join("")}<script>const D=${json};${body}
requestAnimationFrame(()=>requestAnimationFrame(()=>{window.__drawn=performance.now();}));</script>`;
const sigma = (lib, edgeType) => shell([read(join(vendor, "graphology.umd.min.js")), lib], `
const g=new graphology.Graph({type:'undirected'});
for(const n of D.nodes) g.addNode(n.id,{x:n.x,y:n.y,size:n.size,color:n.color,label:n.label});
for(const e of D.edges) if(!g.hasEdge(e.s,e.t)) g.addEdge(e.s,e.t,{size:1,color:'#ccc'});
const s=new Sigma(g,document.getElementById('c'),{labelRenderedSizeThreshold:7${edgeType}});
window.__pan=(dx)=>{const st=s.getCamera().getState(); s.getCamera().setState({x:st.x+dx/2000});};`);
const cytoscape = (webgl) => shell([read(join(process.cwd(), "node_modules/cytoscape/dist/cytoscape.min.js"))], `
const els=[]; for(const n of D.nodes) els.push({data:{id:n.id,label:n.label,color:n.color,size:2*n.size},position:{x:n.x,y:n.y}});
D.edges.forEach((e,i)=>els.push({data:{id:'l'+i,source:e.s,target:e.t}}));
const cy=cytoscape({container:document.getElementById('c'),elements:els,layout:{name:'preset'},renderer:{name:'canvas',webgl:${webgl}},
 style:[{selector:'node',style:{'background-color':'data(color)',width:'data(size)',height:'data(size)'}},{selector:'edge',style:{'curve-style':'haystack','line-color':'#ccc',width:1}}]});
window.__pan=(dx)=>cy.panBy({x:dx,y:0});`);
const variants = {
  "sigma.js 3.0.2, line edges (graph.html's choice)": sigma(read(join(vendor, "sigma.min.js")), ",edgeProgramClasses:{line:Sigma.rendering.EdgeLineProgram}"),
  "sigma.js 3.0.2, rectangle edges": sigma(read(join(vendor, "sigma.min.js")), ""),
  "sigma.js 4.0.4": sigma(read(join(process.cwd(), "node_modules/sigma/dist/sigma.min.js")), ""),
  "cytoscape.js 3.35.0, canvas": cytoscape(false),
  "cytoscape.js 3.35.0, WebGL": cytoscape(true),
};
const flags = ["--headless", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const dir = mkdtempSync(join(tmpdir(), "gazegraph-bench-"));
const results = new Map(Object.keys(variants).map((k) => [k, []]));
for (let run = 0; run < runs; run++) {
  for (const [name, page] of Object.entries(variants)) {
    const file = join(dir, "page.html");
    writeFileSync(file, page);
    const profile = mkdtempSync(join(dir, "profile-"));
    const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true,
      protocolTimeout: 600000, args: [...flags, `--user-data-dir=${profile}`] });
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1280, height: 800 });
    await tab.goto(`file://${resolve(file)}`, { timeout: 600000 });
    await tab.waitForFunction("window.__drawn", { timeout: 600000 });
    const drawn = await tab.evaluate("window.__drawn");
    const frames = await tab.evaluate(() => new Promise((done) => {
      const t = []; let last = performance.now();
      const step = (now) => { t.push(now - last); last = now; window.__pan(3); if (t.length < 31) requestAnimationFrame(step); else done(t.slice(1)); };
      requestAnimationFrame(step);
    }));
    frames.sort((a, b) => a - b);
    const started = Date.now();
    await tab.mouse.move(640, 400);
    await tab.mouse.down();
    for (let i = 1; i <= 10; i++) await tab.mouse.move(640 + 5 * i, 400);
    await tab.mouse.up();
    await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    results.get(name).push({ drawn, mean: frames.reduce((a, b) => a + b, 0) / frames.length,
      p95: frames[Math.floor(frames.length * 0.95)], drag: Date.now() - started });
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
rmSync(dir, { recursive: true, force: true });
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log("| library | first frame (ms) | frame while panning, mean / p95 (ms) | 10 drags (ms) |\n| --- | --- | --- | --- |");
for (const [name, r] of results) {
  const m = (k) => Math.round(median(r.map((x) => x[k])));
  console.log(`| ${name} | ${m("drawn")} | ${m("mean")} / ${m("p95")} | ${m("drag")} |`);
}
console.log(`(median of ${runs} runs each; runs interleaved)`);
