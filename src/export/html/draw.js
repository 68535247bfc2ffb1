// graph.html, part 1 of 2: reads the embedded graph, draws it with sigma.js, and applies the filters and the
// focus. Part 2 (panels.js) holds the header, search, panels and the address. Both share the object GG.
//
// Fields of graph.json that an older graph lacks (a link's `directed` and `origin`, a node's `outlets`,
// `origin`, `rule`, `located_in`, a document's `outlet`) are derived or left out, never required.
"use strict";

const GG = {};

(function () {
  const data = JSON.parse(document.getElementById("gazegraph-data").textContent);
  const nodes = data.nodes || [];
  const links = data.links || [];
  const page = data.page || {};
  const xy = page.xy || [];
  GG.data = data;
  GG.nodes = nodes;
  GG.links = links;

  // ---- looks: the palette graph.dot and graph.gexf use, sent by gazegraph (export::style) ----
  const styles = new Map();
  let other = { colour: "#d9d9d9", shape: "circle" };
  for (const s of page.styles || []) {
    if (s.type) styles.set(s.type, s);
    else other = s;
  }
  GG.style = (type) => styles.get(type) || other;
  const SHAPES = { circle: 0, square: 1, diamond: 2, triangle: 3, hexagon: 4 };

  // ---- what links say ----
  GG.kind = (l) => l.kind || "cooccurrence";
  GG.directed = (l) =>
    typeof l.directed === "boolean" ? l.directed : !["cooccurrence", "partners_with"].includes(GG.kind(l));
  GG.origin = (l) => l.origin || (GG.kind(l) === "cooccurrence" ? "text" : "gazetteer");

  // ---- indexes: node number by id, links per node, one drawn edge per pair of entities ----
  GG.byId = new Map();
  nodes.forEach((n, i) => GG.byId.set(n.id, i));
  GG.adj = nodes.map(() => []);
  const pairIndex = new Map();
  GG.pairs = [];
  links.forEach((l, k) => {
    const a = GG.byId.get(l.source);
    const b = GG.byId.get(l.target);
    l._k = k;
    l._a = a;
    l._b = b;
    if (a === undefined || b === undefined || a === b) return;
    GG.adj[a].push(k);
    GG.adj[b].push(k);
    const key = a < b ? a * nodes.length + b : b * nodes.length + a;
    let p = pairIndex.get(key);
    if (p === undefined) {
      p = GG.pairs.length;
      pairIndex.set(key, p);
      GG.pairs.push({ a: Math.min(a, b), b: Math.max(a, b), links: [] });
    }
    GG.pairs[p].links.push(k);
    l._pair = p;
  });
  GG.pairOf = (a, b) => pairIndex.get(a < b ? a * nodes.length + b : b * nodes.length + a);

  // ---- dates: every date named, sorted, for the range slider ----
  const dates = new Set();
  for (const d of data.documents || []) if (d.date) dates.add(d.date);
  for (const n of nodes) {
    if (n.first_date) dates.add(n.first_date);
    if (n.last_date) dates.add(n.last_date);
  }
  GG.dates = [...dates].sort();
  // `2018` and `2018-11` are periods: a period starts at its first day and ends at its last.
  const startKey = (d) => (d + "-00-00").slice(0, 10);
  const endKey = (d) => (d + "-99-99").slice(0, 10);

  // ---- filters and focus ----
  const maxWeight = links.reduce((m, l) => Math.max(m, l.weight || 1), 1);
  GG.maxWeight = maxWeight;
  GG.filter = {
    types: new Set(nodes.map((n) => n.type)),
    kinds: new Set(links.map(GG.kind)),
    minWeight: 1,
    minNpmi: -1,
    from: 0,
    to: Math.max(0, GG.dates.length - 1),
    focus: null, // {center, depth}
  };
  GG.nodeShown = new Uint8Array(nodes.length);
  GG.linkShown = new Uint8Array(links.length);
  GG.pairShown = new Uint8Array(GG.pairs.length);

  const inPeriod = (first, last) => {
    const f = GG.filter;
    if (GG.dates.length === 0 || (f.from === 0 && f.to === GG.dates.length - 1)) return true;
    if (!first && !last) return false;
    return startKey(first || last) <= endKey(GG.dates[f.to]) && endKey(last || first) >= startKey(GG.dates[f.from]);
  };

  /** Recomputes what is shown from the filters and the focus, and redraws. */
  GG.apply = function () {
    const f = GG.filter;
    nodes.forEach((n, i) => {
      GG.nodeShown[i] = f.types.has(n.type) && inPeriod(n.first_date, n.last_date) ? 1 : 0;
    });
    links.forEach((l, k) => {
      const ok =
        l._pair !== undefined &&
        GG.nodeShown[l._a] &&
        GG.nodeShown[l._b] &&
        f.kinds.has(GG.kind(l)) &&
        (GG.origin(l) !== "text" || (l.weight || 0) >= f.minWeight) &&
        (typeof l.npmi !== "number" || f.minNpmi <= -1 || l.npmi >= f.minNpmi) &&
        inPeriod(l.first_date, l.last_date);
      GG.linkShown[k] = ok ? 1 : 0;
    });
    if (f.focus) {
      const near = GG.around(f.focus.center, f.focus.depth);
      nodes.forEach((_, i) => {
        if (!near.has(i)) GG.nodeShown[i] = 0;
      });
      links.forEach((l, k) => {
        if (GG.linkShown[k] && !(GG.nodeShown[l._a] && GG.nodeShown[l._b])) GG.linkShown[k] = 0;
      });
    }
    GG.pairs.forEach((p, i) => {
      GG.pairShown[i] = p.links.some((k) => GG.linkShown[k]) ? 1 : 0;
    });
    if (GG.renderer) GG.renderer.refresh({ skipIndexation: true });
    if (GG.onApply) GG.onApply();
  };

  /** The nodes at most `depth` shown links from `center`, the centre included. */
  GG.around = function (center, depth) {
    const near = new Set([center]);
    let ring = [center];
    for (let d = 0; d < depth; d++) {
      const next = [];
      for (const i of ring)
        for (const k of GG.adj[i]) {
          if (!GG.linkShown[k]) continue;
          const j = links[k]._a === i ? links[k]._b : links[k]._a;
          if (!near.has(j)) {
            near.add(j);
            next.push(j);
          }
        }
      ring = next;
    }
    return near;
  };

  // ---- selection: the entity or pair whose panel is open ----
  GG.selected = null; // {node} or {pair}
  GG.neighbours = new Set();
  GG.select = function (selection) {
    GG.selected = selection;
    GG.neighbours = new Set();
    if (selection && selection.node !== undefined)
      for (const k of GG.adj[selection.node]) GG.neighbours.add(links[k]._a === selection.node ? links[k]._b : links[k]._a);
    if (GG.renderer) GG.renderer.refresh({ skipIndexation: true });
  };

  // ---- drawing ----
  const maxMentions = nodes.reduce((m, n) => Math.max(m, n.mentions || 0), 1);
  const nodeSize = (n) => 3 + (12 * Math.log1p(n.mentions || 0)) / Math.log1p(maxMentions);
  const edgeSize = (w) => 0.5 + (maxWeight > 1 ? (2.5 * Math.log(Math.max(1, w))) / Math.log(maxWeight) : 0);
  const FADED = "#e8e8e8";

  function draw() {
    if (typeof Sigma === "undefined" || typeof graphology === "undefined") throw new Error("no library");
    const g = new graphology.Graph({ type: "undirected", multi: false, allowSelfLoops: false });
    nodes.forEach((n, i) => {
      const s = GG.style(n.type);
      g.addNode(String(i), {
        x: xy[2 * i] || 0,
        y: xy[2 * i + 1] || 0,
        size: nodeSize(n),
        color: s.colour,
        shape: SHAPES[s.shape] || 0,
        label: n.label,
        type: "shape",
      });
    });
    // Past a few thousand links, edges are drawn as 1-pixel lines, shaded by weight: in a software WebGL
    // (headless Chromium, machines without a GPU) the first frame of 50,000 thick edges took 5.4 s, of lines
    // 1.6 s (BENCHMARKS.md, "The graph page").
    const lines = GG.pairs.length > 5000;
    GG.pairs.forEach((p, i) => {
      const typed = p.links.every((k) => GG.kind(links[k]) !== "cooccurrence");
      const w = Math.max(...p.links.map((k) => links[k].weight || 1));
      const strength = maxWeight > 1 ? Math.log(w) / Math.log(maxWeight) : 1;
      g.addEdgeWithKey(String(i), String(p.a), String(p.b), {
        size: lines ? 1 : edgeSize(w),
        color: typed ? "#7a6a9a" : lines ? `rgba(0,0,0,${(0.1 + 0.5 * strength).toFixed(2)})` : "#b8b8b8",
      });
    });
    const renderer = new Sigma(g, document.getElementById("graph"), {
      nodeProgramClasses: { shape: shapeProgram() },
      defaultNodeType: "shape",
      ...(lines ? { edgeProgramClasses: { line: Sigma.rendering.EdgeLineProgram } } : {}),
      labelRenderedSizeThreshold: 7,
      labelDensity: 0.4,
      labelFont: "system-ui, sans-serif",
      zIndex: true,
      enableEdgeEvents: GG.pairs.length <= 20000,
      hideEdgesOnMove: GG.pairs.length > 20000,
      nodeReducer: (key, attrs) => {
        const i = +key;
        if (!GG.nodeShown[i]) return { ...attrs, hidden: true };
        const s = GG.selected;
        if (!s) return attrs;
        if (s.node === i) return { ...attrs, highlighted: true, forceLabel: true, zIndex: 2 };
        if (s.pair !== undefined && (GG.pairs[s.pair].a === i || GG.pairs[s.pair].b === i))
          return { ...attrs, highlighted: true, forceLabel: true, zIndex: 2 };
        if (s.node !== undefined && GG.neighbours.has(i))
          return { ...attrs, forceLabel: GG.neighbours.size <= 40, zIndex: 1 };
        return { ...attrs, color: FADED, label: "", zIndex: 0 };
      },
      edgeReducer: (key, attrs) => {
        const p = +key;
        if (!GG.pairShown[p]) return { ...attrs, hidden: true };
        const s = GG.selected;
        if (!s) return attrs;
        const pair = GG.pairs[p];
        if (s.pair === p) return { ...attrs, color: "#d62828", size: attrs.size + 2, zIndex: 2 };
        if (s.node !== undefined && (pair.a === s.node || pair.b === s.node))
          return { ...attrs, color: "#555", zIndex: 1 };
        return { ...attrs, color: "#f2f2f2", zIndex: 0 };
      },
    });
    renderer.on("clickNode", ({ node }) => GG.open({ node: +node }));
    renderer.on("clickEdge", ({ edge }) => GG.open({ pair: +edge }));
    renderer.on("clickStage", () => GG.open(null));
    renderer.on("enterNode", () => (document.getElementById("graph").style.cursor = "pointer"));
    renderer.on("leaveNode", () => (document.getElementById("graph").style.cursor = ""));
    GG.renderer = renderer;
  }

  /** Moves the view to these nodes, zoomed so that they fill about two thirds of it. */
  GG.showNodes = function (list) {
    if (!GG.renderer) return;
    const shown = list.map((j) => GG.renderer.getNodeDisplayData(String(j))).filter(Boolean);
    if (!shown.length) return;
    const xs = shown.map((d) => d.x);
    const ys = shown.map((d) => d.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1, Math.max(0.3, 1.5 * Math.max(x1 - x0, y1 - y0)));
    GG.renderer.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration: 400 });
  };

  // A node program that draws each node's shape (circle, square, diamond, triangle, hexagon) from a per-node
  // number: sigma 3 draws circles only. It follows sigma's own NodeCircleProgram: one triangle per node, wide
  // enough for every shape, and a fragment shader that keeps the pixels inside the shape.
  function shapeProgram() {
    const { NodeProgram } = Sigma.rendering;
    const { floatColor } = Sigma.utils;
    const GL = WebGLRenderingContext;
    const VERTEX = `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;
attribute float a_angle;
uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
varying vec4 v_color;
varying vec2 v_diff;
varying float v_radius;
varying float v_shape;
const float bias = 255.0 / 254.0;
void main() {
  float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;
  vec2 diff = 1.3 * size * vec2(cos(a_angle), sin(a_angle));
  gl_Position = vec4((u_matrix * vec3(a_position + diff, 1)).xy, 0, 1);
  v_diff = diff;
  v_radius = size / 2.0;
  v_shape = a_shape;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}`;
    const FRAGMENT = `
precision highp float;
varying vec4 v_color;
varying vec2 v_diff;
varying float v_radius;
varying float v_shape;
uniform float u_correctionRatio;
void main(void) {
  vec2 p = v_diff / v_radius;
  vec2 q = abs(p);
  float d;
  if (v_shape < 0.5) d = length(p) - 1.0;
  else if (v_shape < 1.5) d = max(q.x, q.y) - 0.85;
  else if (v_shape < 2.5) d = (q.x + q.y) / 1.2 - 1.0;
  else if (v_shape < 3.5) d = (max(-p.y, 0.866 * q.x + 0.5 * p.y) - 0.55) / 0.9;
  else d = max(q.y, 0.866 * q.x + 0.5 * q.y) - 0.9;
  float border = u_correctionRatio * 2.0 / v_radius;
  #ifdef PICKING_MODE
  if (d > 0.0) discard;
  gl_FragColor = v_color;
  #else
  float t = clamp((d + border) / border, 0.0, 1.0);
  gl_FragColor = mix(v_color, vec4(0.0), t);
  #endif
}`;
    return class ShapeProgram extends NodeProgram {
      getDefinition() {
        return {
          VERTICES: 3,
          VERTEX_SHADER_SOURCE: VERTEX,
          FRAGMENT_SHADER_SOURCE: FRAGMENT,
          METHOD: GL.TRIANGLES,
          UNIFORMS: ["u_sizeRatio", "u_correctionRatio", "u_matrix"],
          ATTRIBUTES: [
            { name: "a_position", size: 2, type: GL.FLOAT },
            { name: "a_size", size: 1, type: GL.FLOAT },
            { name: "a_color", size: 4, type: GL.UNSIGNED_BYTE, normalized: true },
            { name: "a_id", size: 4, type: GL.UNSIGNED_BYTE, normalized: true },
            { name: "a_shape", size: 1, type: GL.FLOAT },
          ],
          CONSTANT_ATTRIBUTES: [{ name: "a_angle", size: 1, type: GL.FLOAT }],
          CONSTANT_DATA: [[0], [(2 * Math.PI) / 3], [(4 * Math.PI) / 3]],
        };
      }
      processVisibleItem(nodeIndex, startIndex, d) {
        const a = this.array;
        a[startIndex++] = d.x;
        a[startIndex++] = d.y;
        a[startIndex++] = d.size;
        a[startIndex++] = floatColor(d.color);
        a[startIndex++] = nodeIndex;
        a[startIndex++] = d.shape || 0;
      }
      setUniforms(params, { gl, uniformLocations }) {
        gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
        gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
        gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
      }
    };
  }

  GG.start = function () {
    GG.apply();
    const probe = document.createElement("canvas");
    if (!(probe.getContext("webgl2") || probe.getContext("webgl"))) {
      document.getElementById("no-webgl").hidden = false;
      return;
    }
    draw();
  };
})();
