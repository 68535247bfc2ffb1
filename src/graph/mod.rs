//! The co-occurrence graph: a node per entity mentioned at least once, an undirected edge per pair of entities
//! that share a window (a sentence, by default), weighted by the number of windows they share, and carrying the
//! evidence, the sentences that justify it.
//!
//! Building is split in two so that it parallelises and shards without changing the result: each document is
//! turned into a [`Contribution`] on its own (any thread), and an [`Accumulator`] adds contributions up. Every
//! quantity it keeps is a sum, a minimum or a maximum, and the evidence kept per edge is the first few by
//! (document id, sentence), so the order in which documents arrive cannot change the graph.

mod cooccur;

use std::collections::BTreeMap;

use petgraph::graph::{NodeIndex, UnGraph};
use serde::{Deserialize, Serialize};

pub use cooccur::{Accumulator, Contribution};

/// What counts as "together".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Window {
    #[default]
    Sentence,
    Paragraph,
    Document,
}

impl Window {
    pub fn name(self) -> &'static str {
        match self {
            Window::Sentence => "sentence",
            Window::Paragraph => "paragraph",
            Window::Document => "document",
        }
    }
}

/// An entity in the graph.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub id: String,
    pub label: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// Number of mentions.
    pub mentions: u64,
    /// Number of documents that mention it.
    pub documents: u64,
    /// Number of windows that mention it.
    pub windows: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_date: Option<String>,
    /// The gazetteer's extra columns (`wikidata`, `country`, …).
    #[serde(flatten)]
    pub attributes: BTreeMap<String, String>,
}

/// A pair of entities that share windows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    /// Number of windows both entities are mentioned in.
    pub weight: u64,
    /// Number of documents with at least one such window.
    pub documents: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_date: Option<String>,
    /// The first windows that mention both, by (document id, sentence); at most the run's evidence cap.
    pub evidence: Vec<Evidence>,
}

/// A passage that mentions both entities of an edge.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    pub document: String,
    /// Index of the (first) sentence quoted, in the document.
    pub sentence: u32,
    /// The sentence; for paragraph and document windows, the first sentence naming each entity, joined by
    /// ` … ` when they differ.
    pub text: String,
}

/// What a graph was made from and how: enough to reproduce it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub tool: String,
    pub version: String,
    pub window: Window,
    pub min_weight: u64,
    pub evidence_cap: usize,
    pub documents: u64,
    /// Number of windows of the chosen kind in all documents.
    pub windows: u64,
    pub mentions: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_date: Option<String>,
    pub gazetteer: GazetteerMeta,
}

/// The gazetteer a graph was built with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GazetteerMeta {
    pub sha256: String,
    pub entities: usize,
    /// File names, in load order.
    pub files: Vec<String>,
}

/// A finished graph. Nodes are in id order and edges heaviest first, so exports are deterministic.
#[derive(Clone, Debug)]
pub struct Graph {
    pub meta: Meta,
    pub graph: UnGraph<Node, Edge>,
}

impl Graph {
    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<NodeIndex> {
        self.graph.node_indices().find(|&i| self.graph[i].id == id)
    }
}
