//! Node-link JSON, the shape networkx's `node_link_graph` and d3's force layouts read:
//!
//! ```json
//! {"directed": false, "multigraph": false,
//!  "graph": {"tool": "gazegraph", "window": "sentence", "gazetteer": {"sha256": "…"}, …},
//!  "nodes": [{"id": "amazon", "label": "Amazon", "type": "organisation", "mentions": 61, …}],
//!  "links": [{"source": "amazon", "target": "ice", "weight": 4, "evidence": [{"document": "…", …}], …}]}
//! ```
//!
//! It is also the graph's exchange format inside gazegraph: `query` reads it back instead of re-extracting.
//! networkx 3.6 reads it with `nx.node_link_graph(data, edges="links")`. When the gazetteer's ownership adds
//! `made_by`/`owned_by` edges beside the co-occurrence ones, a pair can have two edges: the file then says
//! `"multigraph": true` and every link carries its kind as its `key`, so networkx builds a MultiGraph.

use std::io::{Read, Write};
use std::path::Path;

use petgraph::graph::UnGraph;
use petgraph::visit::EdgeRef;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::Error;
use crate::graph::{DocumentInfo, Edge, EdgeKind, Graph, Meta, Node};

#[derive(Serialize, Deserialize)]
struct NodeLink {
    directed: bool,
    multigraph: bool,
    graph: Meta,
    nodes: Vec<Node>,
    links: Vec<Link>,
    /// Title, date, URL and language of the documents cited in evidence, where known (networkx ignores it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    documents: Vec<DocumentInfo>,
}

#[derive(Serialize, Deserialize)]
struct Link {
    source: String,
    target: String,
    /// The edge kind, when the graph has several (so networkx builds a MultiGraph keyed by kind).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    #[serde(flatten)]
    edge: Edge,
}

/// Writes the graph as pretty-printed node-link JSON.
pub fn write(graph: &Graph, out: &mut dyn Write) -> std::io::Result<()> {
    let g = &graph.graph;
    // A relation may sit beside the co-occurrence edge of its pair.
    let multigraph = g.edge_weights().any(|e| e.kind != EdgeKind::Cooccurrence);
    let doc = NodeLink {
        directed: false,
        multigraph,
        graph: graph.meta.clone(),
        nodes: g.node_weights().cloned().collect(),
        links: g
            .edge_references()
            .map(|e| Link {
                source: g[e.source()].id.clone(),
                target: g[e.target()].id.clone(),
                key: multigraph.then(|| e.weight().kind.name().to_string()),
                edge: e.weight().clone(),
            })
            .collect(),
        documents: graph.documents.clone(),
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    out.write_all(b"\n")
}

/// The largest `graph.json` read: far more than the graphs of millions of articles (40,000 gave 92 MB), and a
/// bound on what a file that grows without end, or a wrong path, can make a query read into memory.
pub const MAX_BYTES: u64 = 2 << 30;

/// Reads a graph written by [`write`]: a file, or a pipe (`--graph <(zcat graph.json.gz)`); a device is
/// refused, and anything larger than [`MAX_BYTES`].
pub fn read(path: &Path) -> Result<Graph, Error> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let meta = file.metadata().map_err(|e| Error::io(path, e))?;
    if let Some(what) = special(&meta.file_type()) {
        return Err(Error::NotFile {
            path: path.to_path_buf(),
            what,
        });
    }
    // A file says its size; a pipe is read up to the limit.
    if meta.len() > MAX_BYTES {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            limit: MAX_BYTES,
        });
    }
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            limit: MAX_BYTES,
        });
    }
    parse(&bytes).map_err(|source| Error::Json {
        path: path.to_path_buf(),
        source,
    })
}

/// What a path that is neither a file, a folder nor a pipe is, for a message.
#[cfg(unix)]
fn special(kind: &std::fs::FileType) -> Option<&'static str> {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_char_device() {
        Some("a character device")
    } else if kind.is_block_device() {
        Some("a block device")
    } else if kind.is_socket() {
        Some("a socket")
    } else if kind.is_dir() {
        Some("a folder without a graph.json")
    } else {
        None
    }
}

#[cfg(not(unix))]
fn special(kind: &std::fs::FileType) -> Option<&'static str> {
    kind.is_dir().then_some("a folder without a graph.json")
}

/// Parses the bytes of a `graph.json`, refusing what no build writes: a link to a node that is not there,
/// a node id given twice, a link from a node to itself.
pub fn parse(bytes: &[u8]) -> Result<Graph, serde_json::Error> {
    use serde::de::Error as _;
    let doc: NodeLink = serde_json::from_slice(bytes)?;
    let mut graph = UnGraph::with_capacity(doc.nodes.len(), doc.links.len());
    let mut index = FxHashMap::default();
    for (i, node) in doc.nodes.into_iter().enumerate() {
        let id = node.id.clone();
        if let Some(first) = index.get(&id) {
            let first: &petgraph::graph::NodeIndex = first;
            return Err(serde_json::Error::custom(format!(
                "the node id `{}` is given twice (nodes {} and {}, counting from 1)",
                crate::show::Escaped(&id),
                first.index() + 1,
                i + 1
            )));
        }
        index.insert(id, graph.add_node(node));
    }
    for (i, link) in doc.links.into_iter().enumerate() {
        let end = |id: &str| {
            index.get(id).copied().ok_or_else(|| {
                serde_json::Error::custom(format!(
                    "link {} names the unknown node `{}`",
                    i + 1,
                    crate::show::Escaped(id)
                ))
            })
        };
        let (a, b) = (end(&link.source)?, end(&link.target)?);
        if a == b {
            return Err(serde_json::Error::custom(format!(
                "link {} joins `{}` to itself, which no build writes",
                i + 1,
                crate::show::Escaped(&link.source)
            )));
        }
        graph.add_edge(a, b, link.edge);
    }
    Ok(Graph {
        meta: doc.graph,
        graph,
        documents: doc.documents,
    })
}
