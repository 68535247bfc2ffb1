//! How two entities are connected: the cheapest paths between them, strong links being cheap.
//!
//! # Cost of a hop
//!
//! - `--rank weight` (default): `1 / weight`. A link the press makes in 4 sentences costs a quarter of one
//!   made once, so a path through two strong links (1/4 + 1/2) beats one weak direct link (1).
//! - `--rank npmi`: `−ln((1 + npmi) / 2)`, the negative log of the NPMI moved onto (0, 1]: 0 for a pair only
//!   ever mentioned together, ln 2 ≈ 0.69 for a pair together as often as chance, growing without bound as
//!   the pair avoids each other. This prefers specific links over ones through entities that are everywhere.
//! - An ownership link (with `--ownership`) costs what a co-occurrence of weight 1 or NPMI 0 does.
//!
//! # Why not petgraph's Dijkstra
//!
//! Users bound the length of an answer (`--max-hops`): a chain of ten strong links explains nothing. The
//! cheapest path with at most `h` hops is not a prefix of Dijkstra's answer, so this is Bellman-Ford cut at
//! `h` rounds, keeping each round's distances (`dist[k][v]`: the cheapest way to `v` in at most `k` hops), which
//! also lets every tied cheapest path be read back, not just the one Dijkstra happens to settle first. Each round
//! relaxes only the links of nodes that improved in the previous one and the rounds stop when nothing improves,
//! so on graphs of real news it costs a few passes over the edges.

use petgraph::graph::{EdgeIndex, NodeIndex};

use super::{Net, Rank, npmi};
use crate::graph::{Edge, EdgeKind};

/// A step of a path.
#[derive(Clone, Debug, PartialEq)]
pub struct Hop {
    pub from: NodeIndex,
    pub to: NodeIndex,
    pub edge: EdgeIndex,
    pub cost: f64,
}

/// A path and its total cost.
#[derive(Clone, Debug, PartialEq)]
pub struct Route {
    pub cost: f64,
    pub hops: Vec<Hop>,
}

/// Paths read back from the distances are abandoned after this many steps (ties can multiply paths).
const WALK_BUDGET: usize = 100_000;

/// The cost of crossing an edge (see the module documentation); infinite for an edge that cannot be crossed
/// (weight 0, NPMI −1).
pub fn cost(edge: &Edge, rank: Rank) -> f64 {
    match (edge.kind, rank) {
        (EdgeKind::Cooccurrence, Rank::Weight) if edge.weight == 0 => f64::INFINITY,
        (EdgeKind::Cooccurrence, Rank::Weight) => 1.0 / edge.weight as f64,
        (EdgeKind::Cooccurrence, Rank::Npmi) => -((1.0 + npmi(edge)) / 2.0).ln(),
        (_, Rank::Weight) => 1.0,
        (_, Rank::Npmi) => std::f64::consts::LN_2,
    }
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Whether any chain of links, however long, joins `from` to `to`: when no path of the allowed hops does, the
/// answer says whether a longer one would.
pub fn connected(net: &Net, from: NodeIndex, to: NodeIndex) -> bool {
    let (s, t) = (net.number(from), net.number(to));
    let mut seen = vec![false; net.len()];
    let mut stack = vec![s];
    seen[s as usize] = true;
    while let Some(n) = stack.pop() {
        if n == t {
            return true;
        }
        for &m in net.neighbours(n) {
            if !seen[m as usize] {
                seen[m as usize] = true;
                stack.push(m);
            }
        }
    }
    false
}

/// The cheapest paths from `from` to `to` with at most `max_hops` hops: all of those tied for the lowest cost,
/// up to `limit`, fewest hops first, then by the ids along the way. Empty when there is none.
pub fn cheapest_paths(
    net: &Net,
    from: NodeIndex,
    to: NodeIndex,
    rank: Rank,
    max_hops: usize,
    limit: usize,
) -> Vec<Route> {
    let (s, t) = (net.number(from), net.number(to));
    if s == t {
        return vec![Route {
            cost: 0.0,
            hops: Vec::new(),
        }];
    }
    let n = net.len();
    let mut dist: Vec<Vec<f64>> = vec![vec![f64::INFINITY; n]];
    dist[0][s as usize] = 0.0;
    let mut frontier = vec![s];
    let mut stamp = vec![0usize; n];
    let max_hops = max_hops.min(n.saturating_sub(1));
    for k in 1..=max_hops {
        let before = &dist[k - 1];
        let mut next = before.clone();
        let mut changed = Vec::new();
        for &u in &frontier {
            for (v, e) in net.links(u) {
                let d = before[u as usize] + cost(net.edge(e), rank);
                if d < next[v as usize] {
                    next[v as usize] = d;
                    if stamp[v as usize] != k {
                        stamp[v as usize] = k;
                        changed.push(v);
                    }
                }
            }
        }
        if changed.is_empty() {
            break;
        }
        changed.sort_unstable();
        dist.push(next);
        frontier = changed;
    }
    let best = dist[dist.len() - 1][t as usize];
    if !best.is_finite() {
        return Vec::new();
    }
    let mut walk = Walk {
        net,
        rank,
        dist: &dist,
        source: s,
        on_path: vec![false; n],
        hops: Vec::new(),
        found: Vec::new(),
        limit: limit.max(1),
        budget: WALK_BUDGET,
    };
    walk.on_path[t as usize] = true;
    walk.back(t, max_hops, best);
    let mut routes = walk.found;
    let key = |r: &Route| -> Vec<String> { r.hops.iter().map(|h| net.graph.graph[h.to].id.clone()).collect() };
    routes.sort_by(|a, b| a.hops.len().cmp(&b.hops.len()).then_with(|| key(a).cmp(&key(b))));
    routes
}

/// Reading tied paths back from the per-round distances, from the target to the source.
struct Walk<'a, 'g> {
    net: &'a Net<'g>,
    rank: Rank,
    /// The distances of each round until they stopped changing: later rounds are the last.
    dist: &'a [Vec<f64>],
    source: u32,
    on_path: Vec<bool>,
    /// Hops from the target backwards.
    hops: Vec<(u32, u32, EdgeIndex, f64)>,
    found: Vec<Route>,
    limit: usize,
    budget: usize,
}

impl Walk<'_, '_> {
    /// Extends the path back from `v`, reached in at most `k` hops at cost `d` (the cheapest such).
    fn back(&mut self, v: u32, k: usize, d: f64) {
        if self.found.len() >= self.limit || self.budget == 0 {
            return;
        }
        self.budget -= 1;
        if v == self.source {
            let hops = self
                .hops
                .iter()
                .rev()
                .map(|&(from, to, edge, cost)| Hop {
                    from: self.net.node_index(from),
                    to: self.net.node_index(to),
                    edge,
                    cost,
                })
                .collect::<Vec<_>>();
            let cost = hops.iter().map(|h| h.cost).sum();
            self.found.push(Route { cost, hops });
            return;
        }
        if k == 0 {
            return;
        }
        let net = self.net;
        for (u, e) in net.links(v) {
            if self.on_path[u as usize] {
                continue;
            }
            let (c, du) = (
                cost(net.edge(e), self.rank),
                self.dist[(k - 1).min(self.dist.len() - 1)][u as usize],
            );
            if du.is_finite() && c.is_finite() && same(du + c, d) {
                self.on_path[u as usize] = true;
                self.hops.push((u, v, e, c));
                self.back(u, k - 1, du);
                self.hops.pop();
                self.on_path[u as usize] = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::Filter;
    use crate::query::tests::{add, graph};

    fn ids(net: &Net, route: &Route) -> Vec<String> {
        let g = &net.graph.graph;
        let Some(first) = route.hops.first() else {
            return Vec::new();
        };
        let mut ids = vec![g[first.from].id.clone()];
        ids.extend(route.hops.iter().map(|h| g[h.to].id.clone()));
        ids
    }

    fn paths(net: &Net, a: &str, b: &str, rank: Rank, max_hops: usize) -> Vec<Vec<String>> {
        let g = net.graph;
        cheapest_paths(net, g.node(a).unwrap(), g.node(b).unwrap(), rank, max_hops, 10)
            .iter()
            .map(|r| ids(net, r))
            .collect()
    }

    #[test]
    fn strong_links_beat_a_weak_direct_one_within_the_hop_bound() {
        // a–d directly once (cost 1), or a–b–c–d through links of weight 4 (cost 3/4)
        let g = graph(
            &["a", "b", "c", "d"],
            &[("a", "d", 1), ("a", "b", 4), ("b", "c", 4), ("c", "d", 4)],
        );
        let net = Net::new(&g, Filter::default());
        assert_eq!(paths(&net, "a", "d", Rank::Weight, 6), [["a", "b", "c", "d"]]);
        assert_eq!(paths(&net, "a", "d", Rank::Weight, 2), [["a", "d"]]);
        let route = &cheapest_paths(&net, g.node("a").unwrap(), g.node("d").unwrap(), Rank::Weight, 6, 10)[0];
        assert!((route.cost - 0.75).abs() < 1e-12);
        assert_eq!(
            route.hops.iter().map(|h| h.cost).collect::<Vec<_>>(),
            [0.25, 0.25, 0.25]
        );
    }

    #[test]
    fn every_tied_path_fewest_hops_first() {
        // a–b–d and a–c–d both cost 1; a–e–f–d costs 1 too (1/3 each... 3 × 1/3 is 1 up to rounding)
        let g = graph(
            &["a", "b", "c", "d", "e", "f", "x"],
            &[
                ("a", "c", 2),
                ("c", "d", 2),
                ("a", "b", 2),
                ("b", "d", 2),
                ("a", "e", 3),
                ("e", "f", 3),
                ("f", "d", 3),
            ],
        );
        let net = Net::new(&g, Filter::default());
        assert_eq!(
            paths(&net, "a", "d", Rank::Weight, 4),
            [vec!["a", "b", "d"], vec!["a", "c", "d"], vec!["a", "e", "f", "d"]]
        );
        assert!(paths(&net, "a", "x", Rank::Weight, 4).is_empty());
        assert_eq!(paths(&net, "a", "a", Rank::Weight, 4).len(), 1);
    }

    #[test]
    fn npmi_cost_prefers_specific_links() {
        let mut g = graph(
            &["a", "hub", "b", "c"],
            &[("a", "hub", 9), ("hub", "b", 9), ("a", "c", 1), ("c", "b", 1)],
        );
        for (x, y, s) in [("a", "hub", 0.05), ("hub", "b", 0.05), ("a", "c", 0.8), ("c", "b", 0.8)] {
            let e = crate::query::cooccurrence(&g, g.node(x).unwrap(), g.node(y).unwrap()).unwrap();
            g.graph[e].npmi = Some(s);
        }
        let net = Net::new(&g, Filter::default());
        assert_eq!(paths(&net, "a", "b", Rank::Weight, 4), [["a", "hub", "b"]]);
        assert_eq!(paths(&net, "a", "b", Rank::Npmi, 4), [["a", "c", "b"]]);
    }

    #[test]
    fn ownership_links_only_with_the_flag() {
        let mut g = graph(&["a", "b", "c"], &[("a", "b", 1)]);
        add(&mut g, "c", "b", EdgeKind::MadeBy, 1);
        let plain = Net::new(&g, Filter::default());
        assert!(paths(&plain, "a", "c", Rank::Weight, 4).is_empty());
        let owned = Net::new(
            &g,
            Filter {
                ownership: true,
                ..Filter::default()
            },
        );
        assert_eq!(paths(&owned, "a", "c", Rank::Weight, 4), [["a", "b", "c"]]);
    }

    #[test]
    fn unusable_edges_are_skipped_not_a_panic() {
        let mut g = graph(&["a", "b"], &[("a", "b", 0)]);
        assert!(
            paths(
                &Net::new(
                    &g,
                    Filter {
                        min_weight: 0,
                        ..Filter::default()
                    }
                ),
                "a",
                "b",
                Rank::Weight,
                3
            )
            .is_empty()
        );
        let e = crate::query::cooccurrence(&g, g.node("a").unwrap(), g.node("b").unwrap()).unwrap();
        g.graph[e].weight = 2;
        g.graph[e].npmi = Some(-1.0);
        assert!(paths(&Net::new(&g, Filter::default()), "a", "b", Rank::Npmi, 3).is_empty());
        g.graph[e].npmi = Some(f64::NAN);
        assert_eq!(
            paths(&Net::new(&g, Filter::default()), "a", "b", Rank::Npmi, 3).len(),
            1
        );
    }
}
