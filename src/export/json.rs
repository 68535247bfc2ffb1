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

/// Reads a graph written by [`write`].
pub fn read(path: &Path) -> Result<Graph, Error> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .map_err(|e| Error::io(path, e))?;
    let doc: NodeLink = serde_json::from_slice(&bytes).map_err(|source| Error::Json {
        path: path.to_path_buf(),
        source,
    })?;
    let mut graph = UnGraph::with_capacity(doc.nodes.len(), doc.links.len());
    let mut index = FxHashMap::default();
    for node in doc.nodes {
        let id = node.id.clone();
        index.insert(id, graph.add_node(node));
    }
    for link in doc.links {
        let end = |id: &str| {
            index.get(id).copied().ok_or_else(|| Error::Json {
                path: path.to_path_buf(),
                source: serde::de::Error::custom(format!("a link names the unknown node `{id}`")),
            })
        };
        let (a, b) = (end(&link.source)?, end(&link.target)?);
        graph.add_edge(a, b, link.edge);
    }
    Ok(Graph {
        meta: doc.graph,
        graph,
        documents: doc.documents,
    })
}
