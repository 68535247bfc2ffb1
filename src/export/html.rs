//! `graph.html`: the graph as one page to open in a browser, explore and send to someone. One file: the graph
//! with its evidence is embedded as JSON, and the drawing library (sigma.js on graphology, WebGL), the page's
//! own script and style are inlined, so that it opens from `file://` with no network and no server.
//!
//! - **Layout** is computed here ([`layout`], ForceAtlas2), so that the page shows its picture at once and the
//!   same one at every open, and the file is the same bytes for the same graph.
//! - **Safety.** The JSON sits in a `<script type="application/json">`, with `<`, `>`, `&`, U+2028 and U+2029
//!   written as `\u` escapes ([`script_safe`]), so no name or sentence can end that element or start a comment
//!   in it; the page shows every text from articles and gazetteers as text (`textContent`, never HTML). A
//!   Content-Security-Policy lets only the page's own scripts run (by their SHA-256) and forbids every load
//!   and connection, so even a bug could not make the page fetch anything or run an injected handler.
//! - **Scale.** Past [`Options::max_nodes`] entities the page keeps the most connected ones (as
//!   `graph.dot --top` chooses them), past [`Options::max_links`] links the heaviest, and says what it left out
//!   and how to see it.
//!
//! The libraries are the pinned npm releases that `tools/fetch_viewer_assets.sh` put into
//! `src/export/html/vendor/` (`VERSIONS` records their SHA-256s, which a test checks).

mod layout;

use std::collections::HashSet;
use std::io::Write;

use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::style;
use crate::graph::{DocumentInfo, Edge, Graph, Meta, Node};

/// The page's HTML, with `{{name}}` where [`write_with`] puts each part.
const TEMPLATE: &str = include_str!("html/page.html");
const CSS: &str = include_str!("html/page.css");
/// The page's scripts, in load order: the libraries, then ours.
const GRAPHOLOGY: &str = include_str!("html/vendor/graphology.umd.min.js");
const SIGMA: &str = include_str!("html/vendor/sigma.min.js");
const DRAW: &str = include_str!("html/draw.js");
const PANELS: &str = include_str!("html/panels.js");
/// What `tools/fetch_viewer_assets.sh` fetched: package, version, file, SHA-256.
pub const VERSIONS: &str = include_str!("html/vendor/VERSIONS");
const LICENCES: [(&str, &str); 2] = [
    ("sigma.js", include_str!("html/vendor/LICENSE-sigma.txt")),
    ("graphology", include_str!("html/vendor/LICENSE-graphology.txt")),
];

/// What to put on the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The entity whose panel the page opens with (`query ego`'s centre), unless the address names another.
    pub focus: Option<String>,
    /// At most this many entities: the most connected.
    pub max_nodes: usize,
    /// At most this many links: the heaviest among the entities kept.
    pub max_links: usize,
    /// What to tell the reader to run to see the rest, when some is left out.
    pub more: &'static str,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            focus: None,
            max_nodes: 20_000,
            max_links: 200_000,
            more: "gazegraph render --top N -o part.html draws the N most connected entities; \
                   gazegraph query ego NAME --format html -o name.html one entity's neighbourhood",
        }
    }
}

/// Writes the graph page with the default options.
pub fn write(graph: &Graph, out: &mut dyn Write) -> std::io::Result<()> {
    write_with(graph, &Options::default(), out)
}

/// Writes the graph page.
pub fn write_with(graph: &Graph, options: &Options, out: &mut dyn Write) -> std::io::Result<()> {
    let data = data(graph, options);
    let mut json = Vec::new();
    serde_json::to_writer(&mut json, &data)?;
    let scripts = [GRAPHOLOGY, SIGMA, DRAW, PANELS].map(strip_source_map);
    let csp = format!(
        "default-src 'none'; script-src {}; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
        scripts
            .iter()
            .map(|s| format!("'sha256-{}'", base64(&Sha256::digest(s.as_bytes()))))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let mut rest = TEMPLATE;
    while let Some(at) = rest.find("{{") {
        out.write_all(&rest.as_bytes()[..at])?;
        let end = rest[at..].find("}}").map_or(rest.len(), |e| at + e + 2);
        match &rest[at..end] {
            "{{csp}}" => out.write_all(text(&csp).as_bytes())?,
            "{{css}}" => out.write_all(CSS.as_bytes())?,
            "{{data}}" => script_safe(&json, out)?,
            "{{graphology}}" => out.write_all(scripts[0].as_bytes())?,
            "{{sigma}}" => out.write_all(scripts[1].as_bytes())?,
            "{{draw}}" => out.write_all(scripts[2].as_bytes())?,
            "{{panels}}" => out.write_all(scripts[3].as_bytes())?,
            "{{licences}}" => {
                for (name, licence) in LICENCES {
                    write!(out, "<h3>{}</h3><pre>{}</pre>", text(name), text(licence))?;
                }
            }
            other => out.write_all(other.as_bytes())?,
        }
        rest = &rest[end..];
    }
    out.write_all(rest.as_bytes())
}

/// Everything the page's script reads: graph.json's parts (the same fields, so that what the graph model
/// gains reaches the page) and the page's own (`page`).
#[derive(Serialize)]
struct Data<'g> {
    graph: &'g Meta,
    nodes: Vec<&'g Node>,
    links: Vec<Link<'g>>,
    documents: Vec<&'g DocumentInfo>,
    page: Page,
}

#[derive(Serialize)]
struct Link<'g> {
    source: &'g str,
    target: &'g str,
    #[serde(flatten)]
    edge: &'g Edge,
}

#[derive(Serialize)]
struct Page {
    /// Positions, `x, y` per node in node order.
    xy: Vec<f64>,
    /// The whole graph's counts, when the page shows a part.
    #[serde(skip_serializing_if = "Option::is_none")]
    total: Option<Total>,
    #[serde(skip_serializing_if = "Option::is_none")]
    focus: Option<String>,
    styles: Vec<PageStyle>,
    /// The libraries embedded, as `VERSIONS` records them.
    libraries: Vec<String>,
}

#[derive(Serialize)]
struct Total {
    nodes: usize,
    links: usize,
    more: &'static str,
}

#[derive(Serialize)]
struct PageStyle {
    #[serde(rename = "type")]
    kind: &'static str,
    colour: &'static str,
    shape: &'static str,
}

fn data<'g>(graph: &'g Graph, options: &Options) -> Data<'g> {
    let g = &graph.graph;
    let (nodes, links) = select(graph, options);
    let mut number = vec![u32::MAX; g.node_count()];
    for (n, &i) in nodes.iter().enumerate() {
        number[i.index()] = n as u32;
    }
    let ends: Vec<(u32, u32, f64)> = links
        .iter()
        .map(|&e| {
            let (a, b) = g.edge_endpoints(e).expect("a kept edge exists");
            (number[a.index()], number[b.index()], g[e].weight.max(1) as f64)
        })
        .collect();
    let xy = layout::layout(nodes.len(), &ends)
        .into_iter()
        .flat_map(|(x, y)| [x, y])
        .collect();
    let cited: HashSet<&str> = links
        .iter()
        .flat_map(|&e| g[e].evidence.iter().map(|ev| ev.document.as_str()))
        .collect();
    let total = (nodes.len() < g.node_count() || links.len() < g.edge_count()).then(|| Total {
        nodes: g.node_count(),
        links: g.edge_count(),
        more: options.more,
    });
    Data {
        graph: &graph.meta,
        nodes: nodes.iter().map(|&i| &g[i]).collect(),
        links: links
            .iter()
            .map(|&e| {
                let (a, b) = g.edge_endpoints(e).expect("a kept edge exists");
                Link {
                    source: &g[a].id,
                    target: &g[b].id,
                    edge: &g[e],
                }
            })
            .collect(),
        documents: graph
            .documents
            .iter()
            .filter(|d| cited.contains(d.id.as_str()))
            .collect(),
        page: Page {
            xy,
            total,
            focus: options.focus.clone(),
            styles: style::STYLES
                .iter()
                .chain([&style::OTHER])
                .map(|s| PageStyle {
                    kind: s.kind,
                    colour: s.colour,
                    shape: s.page_shape,
                })
                .collect(),
            libraries: libraries()
                .map(|(name, version, _, _)| format!("{name} {version}"))
                .collect(),
        },
    }
}

/// The nodes and edges the page shows, in the graph's order: all of them, or the most connected
/// `max_nodes` entities ([`super::dot::strongest`]) and the heaviest `max_links` links between them.
fn select(graph: &Graph, options: &Options) -> (Vec<NodeIndex>, Vec<EdgeIndex>) {
    let g = &graph.graph;
    let keep = if g.node_count() > options.max_nodes {
        super::dot::strongest(graph, options.max_nodes)
    } else {
        vec![true; g.node_count()]
    };
    let nodes: Vec<NodeIndex> = g.node_indices().filter(|i| keep[i.index()]).collect();
    let mut links: Vec<EdgeIndex> = g
        .edge_references()
        .filter(|e| keep[e.source().index()] && keep[e.target().index()])
        .map(|e| e.id())
        .collect();
    if links.len() > options.max_links {
        links.sort_by(|&a, &b| g[b].weight.cmp(&g[a].weight).then(a.cmp(&b)));
        links.truncate(options.max_links);
        links.sort();
    }
    (nodes, links)
}

/// Writes JSON so that it cannot end the `<script>` element it sits in, nor open a comment there: `<`, `>`
/// and `&` as `\u003c`, `\u003e`, `\u0026`, and U+2028 and U+2029 (line breaks to older JavaScript) as
/// `\u2028`, `\u2029`. Valid JSON has these characters only inside strings, where the escapes mean the same.
pub fn script_safe(json: &[u8], out: &mut dyn Write) -> std::io::Result<()> {
    let mut from = 0;
    let mut i = 0;
    while i < json.len() {
        let escape: Option<(&[u8], usize)> = match json[i] {
            b'<' => Some((b"\\u003c", 1)),
            b'>' => Some((b"\\u003e", 1)),
            b'&' => Some((b"\\u0026", 1)),
            0xE2 if json.get(i + 1) == Some(&0x80) && json.get(i + 2) == Some(&0xA8) => Some((b"\\u2028", 3)),
            0xE2 if json.get(i + 1) == Some(&0x80) && json.get(i + 2) == Some(&0xA9) => Some((b"\\u2029", 3)),
            _ => None,
        };
        match escape {
            Some((with, len)) => {
                out.write_all(&json[from..i])?;
                out.write_all(with)?;
                i += len;
                from = i;
            }
            None => i += 1,
        }
    }
    out.write_all(&json[from..])
}

/// The embedded scripts as `VERSIONS` lists them: package, version, file, SHA-256.
pub fn libraries() -> impl Iterator<Item = (&'static str, &'static str, &'static str, &'static str)> {
    VERSIONS.lines().filter(|l| !l.starts_with('#')).filter_map(|l| {
        let mut parts = l.split(' ');
        let line = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
        line.2.ends_with(".js").then_some(line)
    })
}

/// Text for HTML element content and attribute values.
fn text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A library without its last line's `//# sourceMappingURL=…`: the map is not beside the page, and a
/// browser's developer tools would try to fetch it.
fn strip_source_map(script: &str) -> &str {
    let trimmed = script.trim_end();
    match trimmed.rfind('\n') {
        Some(at) if trimmed[at + 1..].starts_with("//# sourceMappingURL=") => &script[..at + 1],
        _ => script,
    }
}

/// Standard base64 with padding, for the policy's script hashes.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
