// graph.html, part 2 of 2: the header, the filters' controls, the search, the entity and link panels, and the
// address (#node=ice, #edge=palantir,ice) that names what is open. Every text from the graph is put on the
// page as text (textContent, text nodes), never as HTML: a name like <img src=x onerror=…> is shown, not run.
"use strict";

(function () {
  const { data, nodes, links } = GG;
  const meta = data.graph || {};
  const page = data.page || {};
  const $ = (id) => document.getElementById(id);
  const docs = new Map((data.documents || []).map((d) => [d.id, d]));
  const plural = (n, one, many) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

  /** An element with properties and children; strings become text nodes. */
  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === "class") e.className = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
    return e;
  }
  const swatch = (type) => {
    const s = GG.style(type);
    return el("span", { class: `swatch ${s.shape}`, style: `background:${s.colour}`, title: type });
  };
  const entity = (i) => el("button", { type: "button", class: "link", onclick: () => GG.open({ node: i }) }, nodes[i].label);
  const pairButton = (p, text) => el("button", { type: "button", class: "link", onclick: () => GG.open({ pair: p }) }, text);
  const dateSpan = (x) => (x.first_date ? (x.first_date === x.last_date ? x.first_date : `${x.first_date} – ${x.last_date}`) : "");
  const npmi = (x) => (typeof x.npmi === "number" ? x.npmi.toFixed(2) : "");

  // ---- header and run ----
  const typed = links.filter((l) => GG.kind(l) !== "cooccurrence").length;
  const counts = [plural(nodes.length, "entity", "entities"), plural(links.length, "link", "links")];
  if (typed) counts.push(`${typed.toLocaleString("en")} typed`);
  if (typeof meta.documents === "number") counts.push(plural(meta.documents, "document", "documents"));
  if (meta.first_date) counts.push(dateSpan(meta));
  if (meta.gazetteer && meta.gazetteer.sha256) counts.push(`gazetteer ${meta.gazetteer.sha256.slice(0, 12)}`);
  $("counts").textContent = counts.join(" · ");
  $("counts").title = meta.gazetteer && meta.gazetteer.sha256 ? `gazetteer SHA-256 ${meta.gazetteer.sha256}` : "";
  document.title = page.focus && GG.byId.has(page.focus)
    ? `${nodes[GG.byId.get(page.focus)].label} – gazegraph`
    : `gazegraph: ${plural(nodes.length, "entity", "entities")}`;
  const show = (v) => (v === null || typeof v !== "object" ? String(v) : Array.isArray(v) ? v.join(", ") : JSON.stringify(v));
  for (const [k, v] of Object.entries(meta)) {
    if (k === "gazetteer" && v && typeof v === "object") {
      for (const [gk, gv] of Object.entries(v)) $("run").append(el("dt", {}, `gazetteer ${gk}`), el("dd", {}, show(gv)));
    } else $("run").append(el("dt", {}, k.replace(/_/g, " ")), el("dd", {}, show(v)));
  }
  $("libraries").textContent = (page.libraries || []).join(" and ");
  if (page.total) {
    $("note").hidden = false;
    $("note").textContent =
      `This page shows the ${plural(nodes.length, "entity", "entities")} and ${plural(links.length, "link", "links")} ` +
      `most connected of ${plural(page.total.nodes, "entity", "entities")} and ${plural(page.total.links, "link", "links")}: ` +
      `a browser cannot draw more. To see the rest: ${page.total.more}.`;
  }

  // ---- filters ----
  function checks(box, values, set, countOf, label) {
    for (const v of values) {
      const input = el("input", { type: "checkbox" });
      input.checked = true;
      input.addEventListener("change", () => {
        if (input.checked) set.add(v);
        else set.delete(v);
        GG.apply();
      });
      box.append(el("label", { class: "check" }, input, label(v), v.replace(/_/g, " "), el("span", { class: "count" }, countOf(v))));
    }
  }
  const countBy = (list, f) => list.reduce((m, x) => m.set(f(x), (m.get(f(x)) || 0) + 1), new Map());
  const types = countBy(nodes, (n) => n.type);
  const order = (page.styles || []).map((s) => s.type);
  const rank = (t) => (order.includes(t) ? order.indexOf(t) : order.length);
  checks($("types"), [...types.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)), GG.filter.types, (t) => types.get(t), swatch);
  const kinds = countBy(links, GG.kind);
  checks($("kinds"), [...kinds.keys()].sort(), GG.filter.kinds, (k) => kinds.get(k), () => null);
  const range = (id, onInput) => $(id).addEventListener("input", () => {
    onInput(+$(id).value);
    GG.apply();
  });
  $("min-weight").max = String(GG.maxWeight);
  range("min-weight", (v) => {
    GG.filter.minWeight = v;
    $("min-weight-value").textContent = v;
  });
  range("min-npmi", (v) => {
    GG.filter.minNpmi = v;
    $("min-npmi-value").textContent = v <= -1 ? "any" : v.toFixed(2);
  });
  if (GG.dates.length > 1) {
    $("dates").hidden = false;
    for (const id of ["date-from", "date-to"]) $(id).max = String(GG.dates.length - 1);
    $("date-to").value = String(GG.dates.length - 1);
    const dateLabels = () => {
      $("date-from-value").textContent = GG.dates[GG.filter.from];
      $("date-to-value").textContent = GG.dates[GG.filter.to];
    };
    dateLabels();
    range("date-from", (v) => {
      GG.filter.from = Math.min(v, GG.filter.to);
      $("date-from").value = GG.filter.from;
      dateLabels();
    });
    range("date-to", (v) => {
      GG.filter.to = Math.max(v, GG.filter.from);
      $("date-to").value = GG.filter.to;
      dateLabels();
    });
  }
  GG.onApply = () => {
    const n = GG.nodeShown.reduce((a, b) => a + b, 0);
    const l = GG.linkShown.reduce((a, b) => a + b, 0);
    $("shown").textContent = `Shown: ${plural(n, "entity", "entities")}, ${plural(l, "link", "links")}.`;
    const f = GG.filter.focus;
    $("focus-bar").hidden = !f;
    if (f) {
      $("focus-text").textContent = `Neighbourhood of ${nodes[f.center].label}, depth ${f.depth} · `;
      $("focus-depth").textContent = f.depth === 1 ? "Depth 2" : "Depth 1";
    }
    if (GG.selected) render(GG.selected);
  };
  $("focus-depth").addEventListener("click", () => setFocus(GG.filter.focus.center, 3 - GG.filter.focus.depth));
  $("focus-back").addEventListener("click", () => setFocus(null));

  // ---- search: by id, name or alias in any case, as `gazegraph query` finds entities ----
  /** A name folded as gazegraph folds names (src/text/fold.rs): invisible characters dropped, composed
   *  (NFC), lower case where it is one character, anything but letters, digits and _ a space; then white
   *  space trimmed and collapsed (src/query/resolve.rs). */
  function fold(s) {
    let out = "";
    for (const ch of String(s).normalize("NFC").replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, "")) {
      if (/[\p{L}\p{N}_]/u.test(ch)) {
        const lower = ch.toLowerCase();
        out += [...lower].length === 1 ? lower : ch;
      } else out += " ";
    }
    return out.split(" ").filter(Boolean).join(" ");
  }
  GG.fold = fold;
  let index = null;
  const names = () => {
    if (!index) {
      index = new Map();
      nodes.forEach((n, i) => {
        for (const form of [n.id, n.label, ...(n.aliases || [])]) {
          const key = fold(form);
          if (!index.has(key)) index.set(key, new Set());
          index.get(key).add(i);
        }
      });
    }
    return index;
  };
  /** The entities a name names: an id typed exactly wins, then every entity a form of which folds to it. */
  GG.find = function (name) {
    if (GG.byId.has(name)) return [GG.byId.get(name)];
    return [...(names().get(fold(name)) || [])].sort((a, b) => (nodes[a].id < nodes[b].id ? -1 : 1));
  };
  function suggestions(text) {
    const key = fold(text);
    if (!key) return [];
    const found = [];
    for (const [form, set] of names()) {
      if (form.startsWith(key) || form.includes(` ${key}`)) for (const i of set) if (!found.includes(i)) found.push(i);
      if (found.length >= 12) break;
    }
    return found;
  }
  $("query").addEventListener("input", () => {
    const list = $("names");
    list.replaceChildren(...suggestions($("query").value).map((i) => el("option", { value: nodes[i].label })));
  });
  $("search").addEventListener("submit", (e) => {
    e.preventDefault();
    const text = $("query").value.trim();
    const out = $("search-result");
    out.replaceChildren();
    if (!text) return;
    const found = GG.find(text);
    if (found.length === 1) return GG.open({ node: found[0] });
    if (found.length > 1) return out.append(`“${text}” names ${found.length} entities: `, ...found.flatMap((i, n) => [n ? ", " : "", entity(i)]));
    const near = suggestions(text);
    out.append(`No entity is called “${text}”.`, ...(near.length ? [" Did you mean ", ...near.slice(0, 5).flatMap((i, n) => [n ? ", " : "", entity(i)]), "?"] : []));
  });

  // ---- the address names the selection ----
  /** Opens an entity ({node}), a pair's links ({pair}) or nothing, through the address. */
  GG.open = function (selection) {
    location.hash = address(selection, GG.filter.focus);
  };
  function address(selection, focus) {
    const parts = [];
    if (selection && selection.node !== undefined) parts.push(`node=${encodeURIComponent(nodes[selection.node].id)}`);
    if (selection && selection.pair !== undefined) {
      const p = GG.pairs[selection.pair];
      parts.push(`edge=${encodeURIComponent(nodes[p.a].id)},${encodeURIComponent(nodes[p.b].id)}`);
    }
    if (focus) parts.push(`focus=${encodeURIComponent(nodes[focus.center].id)},${focus.depth}`);
    return parts.join("&");
  }
  function setFocus(center, depth) {
    const focus = center === null ? null : { center, depth };
    location.hash = address(GG.selected, focus);
  }
  function route() {
    const params = new Map();
    for (const part of location.hash.replace(/^#/, "").split("&")) {
      const at = part.indexOf("=");
      if (at > 0) params.set(part.slice(0, at), part.slice(at + 1).split(",").map(decode));
    }
    const id = (name) => (GG.byId.has(name) ? GG.byId.get(name) : undefined);
    let selection = null;
    let missing = null;
    const focus = params.get("focus");
    const center = focus ? id(focus[0]) : undefined;
    GG.filter.focus = center === undefined ? null : { center, depth: focus[1] === "2" ? 2 : 1 };
    if (params.has("node")) {
      const i = id(params.get("node")[0]);
      if (i === undefined) missing = `No entity has the id “${params.get("node")[0]}”.`;
      else selection = { node: i };
    } else if (params.has("edge")) {
      const [a, b] = params.get("edge").map(id);
      const p = a === undefined || b === undefined ? undefined : GG.pairOf(a, b);
      if (p === undefined) missing = `No link joins “${params.get("edge").join("” and “")}”.`;
      else selection = { pair: p };
    }
    GG.select(selection);
    GG.apply();
    if (!selection) overview(missing);
    if (selection && selection.node !== undefined) GG.showNodes([selection.node, ...GG.neighbours]);
    if (selection && selection.pair !== undefined) GG.showNodes([GG.pairs[selection.pair].a, GG.pairs[selection.pair].b]);
  }
  function decode(s) {
    try {
      return decodeURIComponent(s);
    } catch (e) {
      return s;
    }
  }

  // ---- panels ----
  function render(selection) {
    if (selection.node !== undefined) entityPanel(selection.node);
    else linkPanel(selection.pair);
  }
  /** Replaces the panel's content; null parts are left out. */
  const panel = (...parts) => $("panel-body").replaceChildren(...parts.flat(2).filter((p) => p !== null && p !== undefined && p !== ""));

  function overview(message) {
    const top = nodes.map((_, i) => i).sort((a, b) => (nodes[b].mentions || 0) - (nodes[a].mentions || 0)).slice(0, 15);
    panel(
      message ? el("p", { class: "muted" }, message) : null,
      el("h2", {}, "Click an entity or a link"),
      el("p", {}, "Or find one by any of its names above. The most mentioned:"),
      el("ul", {}, top.map((i) => el("li", {}, swatch(nodes[i].type), " ", entity(i), el("span", { class: "count" }, ` ${nodes[i].mentions || 0}`)))),
    );
  }

  const PHRASES = {
    supplies: ["supplies", "is supplied by"],
    runs_on: ["runs on", "hosts"],
    owned_by: ["is owned by", "owns"],
    made_by: ["is made by", "makes"],
    works_for: ["works for", "employs"],
    located_in: ["is located in", "is where"],
    partners_with: ["partners with", "partners with"],
    cooccurrence: ["named with", "named with"],
  };
  /** What a link says seen from node i: "supplies", "is supplied by"… */
  const phrase = (l, i) => {
    const [forward, backward] = PHRASES[GG.kind(l)] || [GG.kind(l).replace(/_/g, " "), `← ${GG.kind(l).replace(/_/g, " ")}`];
    return !GG.directed(l) || l._a === i ? forward : backward;
  };
  const KNOWN = new Set(["id", "label", "type", "mentions", "documents", "windows", "first_date", "last_date", "aliases", "outlets", "origin", "rule", "located_in"]);

  function entityPanel(i) {
    const n = nodes[i];
    const facts = el("dl", {});
    const fact = (k, ...v) => facts.append(el("dt", {}, k), el("dd", {}, ...v));
    fact("type", n.type);
    fact("id", n.id);
    fact("mentions", String(n.mentions ?? ""), n.documents !== undefined ? ` in ${plural(n.documents, "document", "documents")}` : "");
    if (n.first_date) fact("dates", dateSpan(n));
    if (n.origin) fact("origin", n.rule ? `${n.origin} (rule ${n.rule})` : n.origin);
    if (n.located_in) fact("located in", GG.byId.has(n.located_in) ? entity(GG.byId.get(n.located_in)) : n.located_in);
    if (n.aliases && n.aliases.length) fact("aliases", n.aliases.join(" · "));
    if (Array.isArray(n.outlets) && n.outlets.length) fact("outlets", n.outlets.join(", "));
    else if (typeof n.outlets === "number") fact("outlets", plural(n.outlets, "outlet", "outlets"));
    for (const [k, v] of Object.entries(n)) if (!KNOWN.has(k) && v !== null && v !== "") fact(k.replace(/_/g, " "), show(v));

    const mine = GG.adj[i].map((k) => links[k]);
    const other = (l) => (l._a === i ? l._b : l._a);
    const relation = (l) => el("li", {}, phrase(l, i), " ", entity(other(l)), " ", pairButton(l._pair, "details"), GG.origin(l) !== "text" ? el("span", { class: "tag" }, GG.origin(l)) : "");
    const ownership = mine.filter((l) => ["owned_by", "made_by"].includes(GG.kind(l)));
    const relations = mine.filter((l) => !["owned_by", "made_by", "cooccurrence"].includes(GG.kind(l)));
    const f = GG.filter.focus;
    const focusing = f && f.center === i;
    panel(
      el("h2", {}, swatch(n.type), " ", n.label),
      facts,
      el("p", {}, el("button", { type: "button", onclick: () => setFocus(i, 1) }, "Focus: neighbours"), " ",
        el("button", { type: "button", onclick: () => setFocus(i, 2) }, "and theirs"), " ",
        focusing ? el("button", { type: "button", onclick: () => setFocus(null) }, "Show all") : null),
      relations.length ? [el("h3", {}, `Relations (${relations.length})`), el("ul", {}, relations.map(relation))] : null,
      ownership.length ? [el("h3", {}, "Ownership"), el("ul", {}, ownership.map(relation))] : null,
      neighbours(i, mine.filter((l) => GG.kind(l) === "cooccurrence")),
    );
  }

  let byNpmi = false;
  let showAll = false;
  // outlets are a column where the corpus names them (graph.outlets is their number)
  const counted = typeof meta.outlets === "number";
  function neighbours(i, list) {
    const shown = list.filter((l) => GG.linkShown[l._k]);
    shown.sort(byNpmi
      ? (a, b) => (b.npmi ?? -2) - (a.npmi ?? -2) || b.weight - a.weight
      : (a, b) => b.weight - a.weight || (b.npmi ?? -2) - (a.npmi ?? -2));
    const rows = (showAll ? shown : shown.slice(0, 50)).map((l) => {
      const j = l._a === i ? l._b : l._a;
      return el("tr", {}, el("td", {}, swatch(nodes[j].type), " ", pairButton(l._pair, nodes[j].label)),
        el("td", { class: "num" }, String(l.weight)), el("td", { class: "num" }, String(l.documents ?? "")),
        counted ? el("td", { class: "num" }, String(l.outlets ?? "")) : null, el("td", { class: "num" }, npmi(l)));
    });
    const sort = (npmiFirst, text) => el("button", { type: "button", class: "link", onclick: () => { byNpmi = npmiFirst; entityPanel(i); } }, text);
    const hidden = list.length - shown.length;
    return [
      el("h3", {}, `Named with (${shown.length})`),
      el("p", { class: "muted" }, "Ranked by ", byNpmi ? sort(false, "weight") : "weight", " or ", byNpmi ? "NPMI" : sort(true, "NPMI"),
        hidden ? `; ${hidden} hidden by the filters` : "", ". Click one for the sentences."),
      el("table", {}, el("tr", {}, el("th", {}, "entity"), el("th", { class: "num" }, meta.window ? `${meta.window}s` : "weight"),
        el("th", { class: "num" }, "docs"), counted ? el("th", { class: "num" }, "outlets") : null, el("th", { class: "num" }, "npmi")), rows),
      shown.length > 50 && !showAll ? el("button", { type: "button", onclick: () => { showAll = true; entityPanel(i); } }, `Show all ${shown.length}`) : null,
    ];
  }

  function linkPanel(p) {
    const pair = GG.pairs[p];
    const parts = [el("h2", {}, swatch(nodes[pair.a].type), " ", entity(pair.a), " – ", swatch(nodes[pair.b].type), " ", entity(pair.b))];
    for (const k of pair.links) {
      const l = links[k];
      const facts = el("dl", {});
      const fact = (name, v) => v !== undefined && v !== "" && facts.append(el("dt", {}, name), el("dd", {}, String(v)));
      fact("weight", l.weight);
      fact("documents", l.documents);
      fact("npmi", npmi(l));
      fact("dates", dateSpan(l));
      fact("origin", GG.origin(l));
      fact("outlets", l.outlets);
      fact("reprints", l.reprints);
      const title = GG.kind(l) === "cooccurrence"
        ? `Named together (${GG.kind(l)})`
        : `${nodes[l._a].label} ${phrase(l, l._a)} ${nodes[l._b].label}`;
      parts.push(el("h3", {}, title, GG.directed(l) ? el("span", { class: "tag" }, "directed") : ""), facts);
      for (const ev of l.evidence || []) parts.push(evidence(ev));
      if (!GG.linkShown[k]) parts.push(el("p", { class: "muted" }, "(hidden by the filters)"));
    }
    panel(...parts);
  }

  function evidence(ev) {
    const q = el("q", {});
    const text = String(ev.text ?? "");
    const cue = ev.cue;
    const bytes = new TextEncoder().encode(text);
    if (cue && Number.isInteger(cue.start) && Number.isInteger(cue.end) && cue.start <= cue.end && cue.end <= bytes.length) {
      const d = new TextDecoder();
      q.append(d.decode(bytes.slice(0, cue.start)), el("mark", {}, d.decode(bytes.slice(cue.start, cue.end))), d.decode(bytes.slice(cue.end)));
    } else q.append(text);
    const doc = docs.get(ev.document) || { id: ev.document };
    const source = [doc.title || doc.id, doc.date, doc.outlet, doc.lang, doc.reprint_of ? `reprint of ${doc.reprint_of}` : null]
      .filter(Boolean).join(" · ");
    const link = typeof doc.url === "string" && /^https?:\/\//i.test(doc.url)
      ? el("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, "article")
      : doc.url ? el("span", { class: "muted" }, doc.url) : null;
    return el("div", { class: "evidence" }, q, el("div", { class: "source" }, source, ` · sentence ${ev.sentence}`, link ? " · " : "", link));
  }

  GG.start();
  window.addEventListener("hashchange", route);
  if (!location.hash && page.focus && GG.byId.has(page.focus)) GG.open({ node: GG.byId.get(page.focus) });
  else route();
  document.body.dataset.ready = "true";
})();
