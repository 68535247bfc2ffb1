//! Questions asked of a built graph: who is linked to an entity, what the press says links two, how two are
//! connected, who sits at the centre, which groups work together, and an entity's neighbourhood as a graph of
//! its own.
//!
//! Everything here reads a [`Graph`] (as `graph.json` is read back by [`crate::export::json::read`]) and never
//! re-extracts: a question over a large corpus costs what the graph costs, not what the articles did. The module
//! knows nothing of the terminal; `gazegraph query` prints what it returns.
//!
//! # Which edges count
//!
//! A graph has two kinds of edges: co-occurrence edges (the press mentions two entities together; weighted,
//! scored, with evidence) and ownership edges from the gazetteer (`made_by`, `owned_by`; facts the user typed
//! in, with no weight of their own). The questions are about what the press says, so every algorithm walks
//! the co-occurrence edges that pass a [`Filter`] (`--min-weight`, `--min-score`). Ownership edges are shown
//! beside them where they help read an answer (a neighbour that is also a product of the entity, a hop between
//! an owner and what it owns) and become links of their own only when asked ([`Filter::ownership`]), for paths
//! and neighbourhoods; centrality and communities never use them, since a gazetteer fact repeated for every
//! product would make every maker look central.
//!
//! # Determinism
//!
//! A [`Net`] numbers the nodes in id order and every algorithm breaks ties by that number, so the same graph
//! gives the same answer whatever order its file lists nodes and edges in.

pub mod centrality;
pub mod community;
pub mod ego;
pub mod path;
mod resolve;

use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use serde::Serialize;

use crate::graph::{Edge, EdgeKind, Graph, Node};

pub use resolve::{Candidate, ResolveError, resolve};

/// Which edges a question looks at: co-occurrences by default, or typed relations.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// Edges shared by fewer windows (or stated by fewer sentences) are ignored.
    pub min_weight: u64,
    /// Edges with a lower NPMI (or none) are ignored.
    pub min_score: Option<f64>,
    /// Ownership edges (`made_by`, `owned_by`) count as links between pairs that are never mentioned together.
    pub ownership: bool,
    /// Walk the typed relations (of one kind, or any) instead of the co-occurrences (`--relation`): who
    /// supplies whom, rather than who is named with whom.
    pub relation: Option<RelationFilter>,
}

/// Which typed relations count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelationFilter {
    /// Every typed relation: what the text states and what the gazetteer states.
    Any,
    /// One kind (`made_by` and `owned_by` are both ownership: either matches either).
    Kind(EdgeKind),
}

impl RelationFilter {
    fn matches(self, kind: EdgeKind) -> bool {
        match self {
            RelationFilter::Any => kind != EdgeKind::Cooccurrence,
            RelationFilter::Kind(k) => k == kind || (k.is_ownership() && kind.is_ownership()),
        }
    }
}

impl Filter {
    /// Whether an edge passes: a co-occurrence edge by weight and score, or, when the filter asks for typed
    /// relations, one of them by kind and weight.
    pub fn passes(&self, edge: &Edge) -> bool {
        match self.relation {
            Some(relation) => relation.matches(edge.kind) && edge.weight >= self.min_weight.max(1),
            None => {
                edge.kind == EdgeKind::Cooccurrence
                    && edge.weight >= self.min_weight.max(1)
                    && self.min_score.is_none_or(|min| edge.npmi.is_some_and(|s| s >= min))
            }
        }
    }
}

/// What "strong" means when ordering neighbours and choosing paths.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Rank {
    /// Windows shared: what the press says most often. Favours entities that are everywhere.
    #[default]
    Weight,
    /// NPMI: how much more often than chance. Favours specific pairs over ubiquitous ones.
    Npmi,
}

impl Rank {
    pub fn name(self) -> &'static str {
        match self {
            Rank::Weight => "weight",
            Rank::Npmi => "npmi",
        }
    }
}

/// The NPMI of an edge, within its bounds; 0 (chance) for an ownership edge, which has none.
pub fn npmi(edge: &Edge) -> f64 {
    edge.npmi
        .map_or(0.0, |s| if s.is_nan() { 0.0 } else { s.clamp(-1.0, 1.0) })
}

/// A graph prepared for questions: nodes numbered in id order, and the links that pass a filter as adjacency
/// lists (compressed rows, neighbours in id order), which every algorithm here walks.
#[derive(Debug)]
pub struct Net<'g> {
    pub graph: &'g Graph,
    pub filter: Filter,
    /// Graph node of each number.
    nodes: Vec<NodeIndex>,
    /// Number of each graph node (by its index).
    numbers: Vec<u32>,
    offsets: Vec<usize>,
    /// Per adjacency entry: the neighbour's number and the edge.
    targets: Vec<u32>,
    edges: Vec<EdgeIndex>,
    /// Per adjacency entry: the edge's weight, kept beside the neighbour so that the algorithms that loop over
    /// every link many times (betweenness, PageRank, Louvain) never touch the graph's large edge records.
    weights: Vec<f64>,
}

impl<'g> Net<'g> {
    pub fn new(graph: &'g Graph, filter: Filter) -> Net<'g> {
        let g = &graph.graph;
        let mut nodes: Vec<NodeIndex> = g.node_indices().collect();
        nodes.sort_by(|&a, &b| g[a].id.cmp(&g[b].id).then(a.cmp(&b)));
        let mut numbers = vec![0u32; g.node_count()];
        for (n, &i) in nodes.iter().enumerate() {
            numbers[i.index()] = n as u32;
        }
        // An ownership edge links a pair only when no co-occurrence edge that passes does.
        let cooccurring: rustc_hash::FxHashSet<(u32, u32)> = g
            .edge_references()
            .filter(|e| filter.ownership && filter.passes(e.weight()))
            .map(|e| ordered(numbers[e.source().index()], numbers[e.target().index()]))
            .collect();
        let mut adjacency: Vec<(u32, u32, EdgeIndex)> = Vec::with_capacity(2 * g.edge_count());
        for e in g.edge_references() {
            let (a, b) = (numbers[e.source().index()], numbers[e.target().index()]);
            let keep = if filter.relation.is_some() || e.weight().kind == EdgeKind::Cooccurrence {
                filter.passes(e.weight())
            } else {
                filter.ownership && !cooccurring.contains(&ordered(a, b))
            };
            if keep && a != b {
                adjacency.push((a, b, e.id()));
                adjacency.push((b, a, e.id()));
            }
        }
        adjacency.sort_unstable();
        // Two ownership edges between one pair (a hand-edited file): keep the first.
        adjacency.dedup_by_key(|&mut (a, b, _)| (a, b));
        let mut offsets = vec![0usize; nodes.len() + 1];
        for &(a, _, _) in &adjacency {
            offsets[a as usize + 1] += 1;
        }
        for i in 0..nodes.len() {
            offsets[i + 1] += offsets[i];
        }
        Net {
            graph,
            filter,
            nodes,
            numbers,
            offsets,
            targets: adjacency.iter().map(|&(_, b, _)| b).collect(),
            edges: adjacency.iter().map(|&(_, _, e)| e).collect(),
            weights: adjacency.iter().map(|&(_, _, e)| g[e].weight as f64).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Number of links (each counted once).
    pub fn link_count(&self) -> usize {
        self.targets.len() / 2
    }

    /// The graph node numbered `n`.
    pub fn node_index(&self, n: u32) -> NodeIndex {
        self.nodes[n as usize]
    }

    pub fn node(&self, n: u32) -> &'g Node {
        &self.graph.graph[self.nodes[n as usize]]
    }

    /// The number of a graph node.
    pub fn number(&self, i: NodeIndex) -> u32 {
        self.numbers[i.index()]
    }

    pub fn edge(&self, e: EdgeIndex) -> &'g Edge {
        &self.graph.graph[e]
    }

    /// The neighbours of `n` and the edges to them, in id order.
    pub fn links(&self, n: u32) -> impl ExactSizeIterator<Item = (u32, EdgeIndex)> + '_ {
        let range = self.offsets[n as usize]..self.offsets[n as usize + 1];
        self.targets[range.clone()]
            .iter()
            .copied()
            .zip(self.edges[range].iter().copied())
    }

    /// The neighbours of `n`, in id order.
    pub fn neighbours(&self, n: u32) -> &[u32] {
        &self.targets[self.offsets[n as usize]..self.offsets[n as usize + 1]]
    }

    /// The weights of the links of `n`, in the order of [`Net::neighbours`].
    pub fn weights(&self, n: u32) -> &[f64] {
        &self.weights[self.offsets[n as usize]..self.offsets[n as usize + 1]]
    }

    /// Number of links of `n`.
    pub fn degree(&self, n: u32) -> usize {
        self.offsets[n as usize + 1] - self.offsets[n as usize]
    }

    /// The ownership edges between two graph nodes, whichever way they point.
    pub fn ownership_between(&self, a: NodeIndex, b: NodeIndex) -> Vec<Ownership> {
        let g = &self.graph.graph;
        let mut found: Vec<Ownership> = g
            .edges_connecting(a, b)
            .chain(g.edges_connecting(b, a))
            .filter(|e| e.weight().kind.is_ownership())
            .map(|e| Ownership::of(self.graph, e.id()))
            .collect();
        found.sort();
        found.dedup();
        found
    }

    /// The ownership edges of a graph node.
    pub fn ownership_of(&self, a: NodeIndex) -> Vec<Ownership> {
        let g = &self.graph.graph;
        let mut found: Vec<Ownership> = g
            .edges(a)
            .filter(|e| e.weight().kind.is_ownership())
            .map(|e| Ownership::of(self.graph, e.id()))
            .collect();
        found.sort();
        found.dedup();
        found
    }
}

fn ordered(a: u32, b: u32) -> (u32, u32) {
    (a.min(b), a.max(b))
}

/// A gazetteer fact: `source` is made or owned by `target`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Ownership {
    pub source: String,
    pub target: String,
    pub kind: EdgeKind,
}

impl Ownership {
    fn of(graph: &Graph, e: EdgeIndex) -> Ownership {
        let g = &graph.graph;
        let (s, t) = g.edge_endpoints(e).expect("an edge of the graph");
        Ownership {
            source: g[s].id.clone(),
            target: g[t].id.clone(),
            kind: g[e].kind,
        }
    }
}

/// A co-occurrence neighbour of an entity.
#[derive(Clone, Debug)]
pub struct Neighbor {
    pub node: NodeIndex,
    pub edge: EdgeIndex,
}

/// The neighbours of `center` by the links that pass the net's filter (co-occurrences, or typed relations)
/// and whose type is one of `types` (any when empty; compared case-insensitively), strongest first by `rank`,
/// then by the other measure, then by document count, then by id.
pub fn neighbors(net: &Net, center: NodeIndex, rank: Rank, types: &[String]) -> Vec<Neighbor> {
    let mut found: Vec<(u32, EdgeIndex)> = net
        .links(net.number(center))
        .filter(|&(_, e)| net.filter.passes(net.edge(e)))
        .filter(|&(n, _)| types.is_empty() || types.iter().any(|t| t.eq_ignore_ascii_case(&net.node(n).kind)))
        .collect();
    found.sort_by(|&(na, ea), &(nb, eb)| {
        let (a, b) = (net.edge(ea), net.edge(eb));
        let by_weight = b.weight.cmp(&a.weight);
        let by_npmi = npmi(b).total_cmp(&npmi(a));
        match rank {
            Rank::Weight => by_weight.then(by_npmi),
            Rank::Npmi => by_npmi.then(by_weight),
        }
        .then(b.documents.cmp(&a.documents))
        .then(na.cmp(&nb))
    });
    found
        .into_iter()
        .map(|(n, edge)| Neighbor {
            node: net.node_index(n),
            edge,
        })
        .collect()
}

/// The typed relations between two entities (what the text states first, then what the gazetteer states; by
/// kind, heaviest first), whatever the filters.
pub fn relations(graph: &Graph, a: NodeIndex, b: NodeIndex) -> Vec<EdgeIndex> {
    let g = &graph.graph;
    let mut found: Vec<EdgeIndex> = g
        .edges_connecting(a, b)
        .filter(|e| e.weight().kind != EdgeKind::Cooccurrence)
        .map(|e| e.id())
        .collect();
    found.sort_by_key(|&e| (g[e].origin, g[e].kind, std::cmp::Reverse(g[e].weight), e));
    found.dedup();
    found
}

/// The co-occurrence edge between two entities, whatever the filters.
pub fn cooccurrence(graph: &Graph, a: NodeIndex, b: NodeIndex) -> Option<EdgeIndex> {
    let g = &graph.graph;
    g.edges_connecting(a, b)
        .find(|e| e.weight().kind == EdgeKind::Cooccurrence)
        .map(|e| e.id())
}

#[cfg(test)]
pub(crate) mod tests {
    use std::collections::BTreeMap;

    use petgraph::graph::UnGraph;

    use super::*;
    use crate::graph::{GazetteerMeta, Meta};

    /// A graph of `nodes` (ids) and co-occurrence `edges` (ids and weight), for tests of the algorithms.
    pub fn graph(nodes: &[&str], edges: &[(&str, &str, u64)]) -> Graph {
        let mut g = UnGraph::new_undirected();
        for id in nodes {
            g.add_node(node(id));
        }
        let mut graph = Graph {
            meta: Meta::for_tests(
                100,
                0,
                GazetteerMeta {
                    sha256: String::new(),
                    entities: nodes.len(),
                    files: Vec::new(),
                },
            ),
            graph: g,
            documents: Vec::new(),
        };
        for &(a, b, weight) in edges {
            add(&mut graph, a, b, EdgeKind::Cooccurrence, weight);
        }
        graph
    }

    pub fn node(id: &str) -> Node {
        Node {
            id: id.to_string(),
            label: id.to_uppercase(),
            kind: "organisation".into(),
            mentions: 1,
            documents: 1,
            windows: 1,
            outlets: None,
            first_date: None,
            last_date: None,
            aliases: Vec::new(),
            attributes: BTreeMap::new(),
        }
    }

    pub fn add(graph: &mut Graph, a: &str, b: &str, kind: EdgeKind, weight: u64) {
        let (a, b) = (graph.node(a).unwrap(), graph.node(b).unwrap());
        graph.graph.add_edge(
            a,
            b,
            Edge {
                kind,
                directed: kind.has_direction(),
                origin: if kind == EdgeKind::Cooccurrence {
                    crate::graph::EdgeOrigin::Text
                } else {
                    crate::graph::EdgeOrigin::Gazetteer
                },
                weight,
                documents: 1,
                outlets: None,
                reprints: 0,
                npmi: (kind == EdgeKind::Cooccurrence).then_some(0.5),
                first_date: None,
                last_date: None,
                evidence: Vec::new(),
            },
        );
    }

    fn ids(graph: &Graph, found: &[Neighbor]) -> Vec<String> {
        found.iter().map(|n| graph.graph[n.node].id.clone()).collect()
    }

    #[test]
    fn neighbors_strongest_first_ties_by_id() {
        let g = graph(
            &["a", "b", "c", "d", "e"],
            &[("a", "c", 2), ("a", "b", 2), ("a", "d", 5), ("d", "e", 9)],
        );
        let net = Net::new(&g, Filter::default());
        let a = g.node("a").unwrap();
        assert_eq!(ids(&g, &neighbors(&net, a, Rank::Weight, &[])), ["d", "b", "c"]);
        let net = Net::new(
            &g,
            Filter {
                min_weight: 3,
                ..Filter::default()
            },
        );
        assert_eq!(ids(&g, &neighbors(&net, a, Rank::Weight, &[])), ["d"]);
    }

    #[test]
    fn neighbors_by_npmi_and_type() {
        let mut g = graph(&["a", "b", "c"], &[("a", "b", 5), ("a", "c", 1)]);
        let e = cooccurrence(&g, g.node("a").unwrap(), g.node("c").unwrap()).unwrap();
        g.graph[e].npmi = Some(0.9);
        let c = g.node("c").unwrap();
        g.graph[c].kind = "agency".into();
        let net = Net::new(&g, Filter::default());
        let a = g.node("a").unwrap();
        assert_eq!(ids(&g, &neighbors(&net, a, Rank::Npmi, &[])), ["c", "b"]);
        assert_eq!(ids(&g, &neighbors(&net, a, Rank::Weight, &["Agency".into()])), ["c"]);
        let strict = Net::new(
            &g,
            Filter {
                min_score: Some(0.6),
                ..Filter::default()
            },
        );
        assert_eq!(ids(&g, &neighbors(&strict, a, Rank::Weight, &[])), ["c"]);
    }

    #[test]
    fn ownership_links_only_when_asked_and_not_beside_cooccurrence() {
        let mut g = graph(&["a", "b", "c"], &[("a", "b", 1)]);
        add(&mut g, "b", "a", EdgeKind::MadeBy, 1);
        add(&mut g, "c", "a", EdgeKind::OwnedBy, 1);
        let plain = Net::new(&g, Filter::default());
        assert_eq!(plain.link_count(), 1);
        let owned = Net::new(
            &g,
            Filter {
                ownership: true,
                ..Filter::default()
            },
        );
        assert_eq!(owned.link_count(), 2);
        let a = g.node("a").unwrap();
        assert_eq!(owned.ownership_of(a).len(), 2);
        assert_eq!(
            owned.ownership_between(a, g.node("b").unwrap())[0].kind,
            EdgeKind::MadeBy
        );
        // neighbours are co-occurrence neighbours, with or without ownership links
        assert_eq!(ids(&g, &neighbors(&owned, a, Rank::Weight, &[])), ["b"]);
    }

    #[test]
    fn numbering_follows_ids_not_file_order() {
        let g = graph(&["z", "a", "m"], &[("z", "a", 1), ("z", "m", 1)]);
        let net = Net::new(&g, Filter::default());
        let order: Vec<&str> = (0..3).map(|n| net.node(n).id.as_str()).collect();
        assert_eq!(order, ["a", "m", "z"]);
        let z = net.number(g.node("z").unwrap());
        let linked: Vec<&str> = net.links(z).map(|(n, _)| net.node(n).id.as_str()).collect();
        assert_eq!(linked, ["a", "m"]);
    }
}
