//! The co-occurrence graph: a node per entity mentioned at least once, an undirected edge per pair of entities
//! that share a window (a sentence, by default), weighted by the number of windows they share, scored by how
//! much more often they share one than chance would have it (NPMI), and carrying the evidence, the sentences
//! that justify it. Ownership known from the gazetteer (`owner` column) adds typed edges beside these:
//! `made_by` from a product to its maker, `owned_by` from anything else to its owner.
//!
//! Building is split in two so that it parallelises and shards without changing the result: each document is
//! turned into a [`Contribution`] on its own (any thread), and an [`Accumulator`] adds contributions up. Every
//! quantity it keeps is a sum, a minimum or a maximum, and the evidence kept per edge is the first few by
//! (document id, sentence), so the order in which documents arrive cannot change the graph. For the same reason
//! accumulators of different documents add up to the accumulator of all, which is what [`partial`] saves and
//! merges.

mod accumulate;
mod count;
mod finish;
mod numbered;
mod outlets;
pub mod partial;
pub mod relate;
pub mod reprint;

use std::collections::BTreeMap;

use petgraph::graph::{NodeIndex, UnGraph};
use serde::{Deserialize, Serialize};

pub use accumulate::{Accumulator, Settings, npmi};
pub use count::{Contribution, Counter};

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

/// What to do with reprints: the same article published again by another outlet (see [`reprint`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Reprints {
    /// A reprint adds its outlet to what it names, and nothing to the weights: a story carried by ten outlets
    /// is one report with ten outlets.
    #[default]
    Collapse,
    /// Every document counts, reprint or not.
    Keep,
}

impl Reprints {
    pub fn name(self) -> &'static str {
        match self {
            Reprints::Collapse => "collapse",
            Reprints::Keep => "keep",
        }
    }

    /// What a graph written before reprints were found was built with.
    fn kept() -> Reprints {
        Reprints::Keep
    }
}

/// Counting entities as their owners, for a company-level graph.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RollUp {
    /// Every entity counts as itself.
    #[default]
    None,
    /// Products count as their makers (transitively: SkyRanger → Aeryon Labs → FLIR Systems).
    Products,
    /// Everything with an owner counts as its ultimate owner (Ring → Amazon too).
    All,
}

impl RollUp {
    pub fn name(self) -> &'static str {
        match self {
            RollUp::None => "none",
            RollUp::Products => "products",
            RollUp::All => "all",
        }
    }

    /// For each entity index of the gazetteer (listed and built), the entity it counts as. What a rule builds
    /// has no owner and counts as itself.
    pub fn map(self, gazetteer: &crate::Gazetteer) -> Vec<u32> {
        let entities = gazetteer.entities();
        let rolls = |i: usize| match self {
            RollUp::None => false,
            RollUp::Products => entities[i].kind == "product",
            RollUp::All => true,
        };
        (0..gazetteer.entity_space())
            .map(|start| {
                if start >= entities.len() {
                    return start as u32;
                }
                let mut at = start;
                // The loader rejects ownership cycles; the bound only guards against a bug.
                for _ in 0..entities.len() {
                    match entities[at].owner.as_deref().and_then(|o| gazetteer.index_of(o)) {
                        Some(owner) if rolls(at) => at = owner,
                        _ => break,
                    }
                }
                at as u32
            })
            .collect()
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
    /// Number of distinct outlets whose documents mention it (reprints included); absent when no document
    /// of the corpus names its outlet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlets: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_date: Option<String>,
    /// The gazetteer's other surface forms, so that a graph can be queried by any of them without the gazetteer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The gazetteer's extra columns (`wikidata`, `country`, …).
    #[serde(flatten)]
    pub attributes: BTreeMap<String, String>,
}

/// What an edge says: that two entities are named together, or a relation between them.
///
/// The relation vocabulary of the graph. Where an edge comes from is [`EdgeOrigin`], and whether it has a
/// direction is [`Edge::directed`]; neither is implied by the kind alone in what readers do with an edge, so
/// code asks the question it means (`is_ownership`, `directed`, `== Cooccurrence`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    /// The two entities share windows; undirected.
    #[default]
    Cooccurrence,
    /// The source sells to, provides for or has a contract with the target, its customer.
    Supplies,
    /// The source (software, a service) runs on or is hosted by the target.
    RunsOn,
    /// The two partner or cooperate; undirected.
    PartnersWith,
    /// The source, a product, is made by the target.
    MadeBy,
    /// The source is owned by the target (a subsidiary, an agency of a department).
    OwnedBy,
    /// The source, a person, works for the target (CEO, founder, head, spokesperson).
    WorksFor,
    /// The source, an entity a rule built from a place, is located in the target, that place.
    LocatedIn,
}

impl EdgeKind {
    /// Every kind, in the order edges of one pair are listed.
    pub const ALL: [EdgeKind; 8] = [
        EdgeKind::Cooccurrence,
        EdgeKind::Supplies,
        EdgeKind::RunsOn,
        EdgeKind::PartnersWith,
        EdgeKind::MadeBy,
        EdgeKind::OwnedBy,
        EdgeKind::WorksFor,
        EdgeKind::LocatedIn,
    ];

    pub fn name(self) -> &'static str {
        match self {
            EdgeKind::Cooccurrence => "cooccurrence",
            EdgeKind::Supplies => "supplies",
            EdgeKind::RunsOn => "runs_on",
            EdgeKind::PartnersWith => "partners_with",
            EdgeKind::OwnedBy => "owned_by",
            EdgeKind::MadeBy => "made_by",
            EdgeKind::WorksFor => "works_for",
            EdgeKind::LocatedIn => "located_in",
        }
    }

    /// The kind with this name.
    pub fn from_name(name: &str) -> Option<EdgeKind> {
        EdgeKind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Whether an edge of this kind goes from its source to its target: every relation but co-occurrence and
    /// partnership.
    pub fn has_direction(self) -> bool {
        !matches!(self, EdgeKind::Cooccurrence | EdgeKind::PartnersWith)
    }

    /// Whether the edge says who owns or makes whom.
    pub fn is_ownership(self) -> bool {
        matches!(self, EdgeKind::OwnedBy | EdgeKind::MadeBy)
    }
}

/// Where an edge comes from: what the articles say, what the user typed into the gazetteer, or what a rule of
/// the gazetteer built. A graph meant for publication keeps them apart, since only the first is reported.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeOrigin {
    /// Counted from the articles.
    #[default]
    Text,
    /// A gazetteer column (`owner`).
    Gazetteer,
    /// A gazetteer rule (an entity built from a place is located in it).
    Rule,
}

impl EdgeOrigin {
    pub fn name(self) -> &'static str {
        match self {
            EdgeOrigin::Text => "text",
            EdgeOrigin::Gazetteer => "gazetteer",
            EdgeOrigin::Rule => "rule",
        }
    }
}

/// A pair of entities that share windows, or a relation between them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    #[serde(default)]
    pub kind: EdgeKind,
    /// Whether the edge goes from its source to its target ([`EdgeKind::has_direction`]).
    #[serde(default)]
    pub directed: bool,
    #[serde(default)]
    pub origin: EdgeOrigin,
    /// Number of windows both entities are mentioned in; 1 for an edge from the gazetteer.
    pub weight: u64,
    /// Number of documents with at least one such window; 0 for an edge from the gazetteer.
    pub documents: u64,
    /// Number of distinct outlets whose documents have such a window (reprints included); absent for an edge
    /// from the gazetteer, and when no document of the corpus names its outlet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlets: Option<u64>,
    /// Number of reprints that have such a window, counted once in the weight (as their original).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub reprints: u64,
    /// Normalised pointwise mutual information of the two entities' windows, from -1 (never together) through 0
    /// (as often as chance) to 1 (only together); rounded to 4 decimals. Only co-occurrence edges have one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub npmi: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_date: Option<String>,
    /// The first windows that mention both, by (document id, sentence); at most the run's evidence cap.
    pub evidence: Vec<Evidence>,
}

impl Edge {
    /// An edge the gazetteer states (ownership from the `owner` column, a built entity's place): no counts,
    /// no evidence.
    pub fn stated(kind: EdgeKind, origin: EdgeOrigin) -> Edge {
        Edge {
            kind,
            directed: kind.has_direction(),
            origin,
            weight: 1,
            documents: 0,
            outlets: None,
            reprints: 0,
            npmi: None,
            first_date: None,
            last_date: None,
            evidence: Vec::new(),
        }
    }
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
    /// For a typed relation from the text: the bytes of `text` that say it (`sells to`, `nutzt`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<Cue>,
}

/// Where in an evidence passage the words are that state its relation: byte offsets into its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Cue {
    pub start: u32,
    pub end: u32,
}

/// What a graph was made from and how: enough to reproduce it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub tool: String,
    pub version: String,
    pub window: Window,
    pub min_weight: u64,
    /// Co-occurrence edges with a lower NPMI were left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_score: Option<f64>,
    pub evidence_cap: usize,
    /// Which entities were counted as their owners (`--roll-up`).
    #[serde(default)]
    pub roll_up: RollUp,
    /// Whether sentences were read for typed relations.
    #[serde(default = "yes")]
    pub relations: bool,
    /// Whether reprints were counted once (`collapse`) or every time (`keep`).
    #[serde(default = "Reprints::kept")]
    pub reprints: Reprints,
    /// Documents read, reprints included.
    pub documents: u64,
    /// Documents found to be reprints of earlier ones, and counted only for their outlets.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub reprint_documents: u64,
    /// Number of distinct outlets; absent when no document names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlets: Option<u64>,
    /// Documents that name no outlet, which no outlet count includes; absent when no document names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documents_without_outlet: Option<u64>,
    /// Number of windows of the chosen kind in all documents but reprints.
    pub windows: u64,
    /// Mentions in all documents but reprints.
    pub mentions: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_date: Option<String>,
    pub gazetteer: GazetteerMeta,
}

#[cfg(test)]
impl Meta {
    /// The metadata of a one-document sentence-window run of `windows` windows and `mentions` mentions, for
    /// tests that make graphs by hand.
    pub(crate) fn for_tests(windows: u64, mentions: u64, gazetteer: GazetteerMeta) -> Meta {
        Meta {
            tool: "gazegraph".into(),
            version: "test".into(),
            window: Window::Sentence,
            min_weight: 1,
            min_score: None,
            evidence_cap: 5,
            roll_up: RollUp::None,
            relations: true,
            reprints: Reprints::Collapse,
            documents: 1,
            reprint_documents: 0,
            outlets: None,
            documents_without_outlet: None,
            windows,
            mentions,
            first_date: None,
            last_date: None,
            gazetteer,
        }
    }
}

/// The default of a setting that is on unless turned off (for files written before it existed).
pub(crate) fn yes() -> bool {
    true
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// The gazetteer a graph was built with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GazetteerMeta {
    pub sha256: String,
    pub entities: usize,
    /// File names, in load order.
    pub files: Vec<String>,
}

impl GazetteerMeta {
    pub fn of(gazetteer: &crate::Gazetteer) -> GazetteerMeta {
        GazetteerMeta {
            sha256: gazetteer.sha256().to_string(),
            entities: gazetteer.len(),
            files: gazetteer
                .files()
                .iter()
                .map(|f| {
                    f.file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
                })
                .collect(),
        }
    }
}

/// What is known of a document besides its text: shown with the evidence it is cited in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentInfo {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The outlet that published it (a page's site name or host, a JSONL `outlet`, a text header's `outlet:`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// For a reprint: the id of the earlier document it is a copy of (see [`reprint`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reprint_of: Option<String>,
}

impl DocumentInfo {
    /// The document's metadata, or `None` when it has none beyond its id.
    pub fn of(doc: &crate::Document) -> Option<DocumentInfo> {
        let info = DocumentInfo {
            id: doc.id.clone(),
            title: doc.title.clone(),
            date: doc.date.clone(),
            url: doc.url.clone(),
            lang: doc.lang.clone(),
            outlet: doc.outlet.clone(),
            reprint_of: None,
        };
        let known = [&info.title, &info.date, &info.url, &info.lang, &info.outlet];
        known.iter().any(|field| field.is_some()).then_some(info)
    }
}

/// A finished graph. Nodes are in id order and edges heaviest first, so exports are deterministic.
#[derive(Clone, Debug)]
pub struct Graph {
    pub meta: Meta,
    pub graph: UnGraph<Node, Edge>,
    /// Metadata of the documents cited in evidence, in id order (only those that have some).
    pub documents: Vec<DocumentInfo>,
}

impl Graph {
    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<NodeIndex> {
        self.graph.node_indices().find(|&i| self.graph[i].id == id)
    }
}
