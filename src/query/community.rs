//! Groups of entities that work together: Louvain community detection (Blondel et al. 2008) on the
//! co-occurrence links that pass the filter, weighted by the windows they share.
//!
//! Louvain maximises modularity, the share of link weight inside groups beyond what chance would put there.
//! It repeats two phases: move each entity to the neighbouring group that raises modularity most, until none
//! moves; then merge each group into one node and start again, until nothing moves at all. It is made
//! deterministic here by visiting nodes in id order, keeping a node where it is unless a move strictly
//! gains, and breaking ties between groups by their lowest member. Louvain can leave a group held together
//! only through a member that later moved away; such groups are split into their connected parts, which can
//! only raise modularity (the Leiden algorithm's guarantee, cheaply).
//!
//! `resolution` (γ) scales the chance term: above 1 gives more, smaller groups; below 1 fewer, larger ones.

use petgraph::graph::EdgeIndex;

use super::{Net, npmi};

/// A group found, by the net's numbering.
#[derive(Clone, Debug, PartialEq)]
pub struct Community {
    /// Members, the most strongly linked within the group first (then by id).
    pub members: Vec<u32>,
    /// The links inside the group, heaviest first (then by NPMI, then by the ends' ids).
    pub edges: Vec<EdgeIndex>,
    /// Sum of the weights of those links.
    pub weight: f64,
}

/// A partition of the net.
#[derive(Clone, Debug, PartialEq)]
pub struct Partition {
    /// Community of each node (by number); communities are numbered largest first, ties by lowest member.
    pub community: Vec<u32>,
    pub communities: Vec<Community>,
    pub modularity: f64,
}

/// One level's graph: weighted adjacency lists (no self entries) and each node's internal weight.
struct Level {
    adj: Vec<Vec<(u32, f64)>>,
    inside: Vec<f64>,
}

impl Level {
    fn strength(&self, i: usize) -> f64 {
        self.adj[i].iter().map(|&(_, w)| w).sum::<f64>() + 2.0 * self.inside[i]
    }
}

pub fn louvain(net: &Net, resolution: f64) -> Partition {
    let n = net.len();
    let mut level = Level {
        adj: (0..n as u32)
            .map(|v| {
                net.neighbours(v)
                    .iter()
                    .copied()
                    .zip(net.weights(v).iter().copied())
                    .collect()
            })
            .collect(),
        inside: vec![0.0; n],
    };
    let total: f64 = (0..n).map(|i| level.strength(i)).sum();
    // The community of each original node, through the levels.
    let mut community: Vec<u32> = (0..n as u32).collect();
    if total > 0.0 {
        loop {
            let (moved, local) = move_nodes(&level, total, resolution);
            if !moved {
                break;
            }
            let (renumbered, count) = renumber(&local);
            for c in &mut community {
                *c = renumbered[*c as usize];
            }
            level = aggregate(&level, &renumbered, count);
        }
    }
    finish(net, split_disconnected(net, &community), total, resolution)
}

/// The local moving phase: each node to the best neighbouring community, until no node moves. Returns whether
/// any moved, and each node's community (numbered by a member).
fn move_nodes(level: &Level, total: f64, resolution: f64) -> (bool, Vec<u32>) {
    let n = level.adj.len();
    let k: Vec<f64> = (0..n).map(|i| level.strength(i)).collect();
    let mut comm: Vec<u32> = (0..n as u32).collect();
    let mut tot = k.clone();
    let mut to = vec![0.0; n];
    let mut touched: Vec<u32> = Vec::new();
    let mut any = false;
    // Each move strictly raises modularity, so this ends; the bound guards against rounding.
    for _ in 0..1000 {
        let mut moved = false;
        for i in 0..n {
            let here = comm[i];
            for &(j, w) in &level.adj[i] {
                let c = comm[j as usize];
                if to[c as usize] == 0.0 {
                    touched.push(c);
                }
                to[c as usize] += w;
            }
            tot[here as usize] -= k[i];
            let gain = |c: u32| to[c as usize] - resolution * tot[c as usize] * k[i] / total;
            let (mut best, mut best_gain) = (here, gain(here));
            touched.sort_unstable();
            for &c in &touched {
                let g = gain(c);
                if g > best_gain + 1e-12 {
                    (best, best_gain) = (c, g);
                }
            }
            tot[best as usize] += k[i];
            if best != here {
                comm[i] = best;
                moved = true;
                any = true;
            }
            for &c in &touched {
                to[c as usize] = 0.0;
            }
            touched.clear();
        }
        if !moved {
            break;
        }
    }
    (any, comm)
}

/// Communities renumbered 0.. in order of their first node, and their count.
fn renumber(comm: &[u32]) -> (Vec<u32>, usize) {
    let mut map = vec![u32::MAX; comm.len()];
    let mut count = 0;
    let mut out = Vec::with_capacity(comm.len());
    for &c in comm {
        if map[c as usize] == u32::MAX {
            map[c as usize] = count;
            count += 1;
        }
        out.push(map[c as usize]);
    }
    (out, count as usize)
}

/// The next level: a node per community, the weight between communities summed, the weight inside kept.
fn aggregate(level: &Level, comm: &[u32], count: usize) -> Level {
    let mut inside = vec![0.0; count];
    let mut between: Vec<(u32, u32, f64)> = Vec::new();
    for (i, links) in level.adj.iter().enumerate() {
        let ci = comm[i];
        inside[ci as usize] += level.inside[i];
        for &(j, w) in links {
            let cj = comm[j as usize];
            if ci == cj {
                // seen from both ends
                inside[ci as usize] += w / 2.0;
            } else {
                between.push((ci, cj, w));
            }
        }
    }
    between.sort_unstable_by_key(|&(a, b, _)| (a, b));
    let mut adj: Vec<Vec<(u32, f64)>> = vec![Vec::new(); count];
    for (a, b, w) in between {
        match adj[a as usize].last_mut() {
            Some((last, sum)) if *last == b => *sum += w,
            _ => adj[a as usize].push((b, w)),
        }
    }
    Level { adj, inside }
}

/// Communities split into their connected parts.
fn split_disconnected(net: &Net, community: &[u32]) -> Vec<u32> {
    let n = net.len();
    let mut part = vec![u32::MAX; n];
    let mut count = 0;
    let mut queue = Vec::new();
    for start in 0..n as u32 {
        if part[start as usize] != u32::MAX {
            continue;
        }
        part[start as usize] = count;
        queue.push(start);
        while let Some(v) = queue.pop() {
            for (u, _) in net.links(v) {
                if part[u as usize] == u32::MAX && community[u as usize] == community[v as usize] {
                    part[u as usize] = count;
                    queue.push(u);
                }
            }
        }
        count += 1;
    }
    part
}

fn finish(net: &Net, part: Vec<u32>, total: f64, resolution: f64) -> Partition {
    let n = net.len();
    let count = part.iter().map(|&c| c as usize + 1).max().unwrap_or(0);
    let mut members: Vec<Vec<u32>> = vec![Vec::new(); count];
    for v in 0..n as u32 {
        members[part[v as usize] as usize].push(v);
    }
    let mut order: Vec<usize> = (0..count).collect();
    order.sort_by_key(|&c| (std::cmp::Reverse(members[c].len()), members[c][0]));
    let mut number = vec![0u32; count];
    for (new, &old) in order.iter().enumerate() {
        number[old] = new as u32;
    }
    let community: Vec<u32> = part.iter().map(|&c| number[c as usize]).collect();
    let mut modularity = 0.0;
    let mut communities = Vec::with_capacity(count);
    for &old in &order {
        let mut inner = vec![0.0; n];
        let mut degree_sum = 0.0;
        let mut edges = Vec::new();
        for &v in &members[old] {
            for (u, e) in net.links(v) {
                let w = net.edge(e).weight as f64;
                degree_sum += w;
                if part[u as usize] == old as u32 {
                    inner[v as usize] += w;
                    if v < u {
                        edges.push(e);
                    }
                }
            }
        }
        let weight: f64 = edges.iter().map(|&e| net.edge(e).weight as f64).sum();
        if total > 0.0 {
            modularity += 2.0 * weight / total - resolution * (degree_sum / total).powi(2);
        }
        let mut list = members[old].clone();
        list.sort_by(|&a, &b| inner[b as usize].total_cmp(&inner[a as usize]).then(a.cmp(&b)));
        let ends = |e: EdgeIndex| {
            let (a, b) = net.graph.graph.edge_endpoints(e).expect("an edge of the graph");
            let (a, b) = (net.number(a), net.number(b));
            (a.min(b), a.max(b))
        };
        edges.sort_by(|&x, &y| {
            let (ex, ey) = (net.edge(x), net.edge(y));
            ey.weight
                .cmp(&ex.weight)
                .then(npmi(ey).total_cmp(&npmi(ex)))
                .then(ends(x).cmp(&ends(y)))
        });
        communities.push(Community {
            members: list,
            edges,
            weight,
        });
    }
    Partition {
        community,
        communities,
        modularity,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::Filter;
    use crate::query::tests::graph;

    fn groups(net: &Net, p: &Partition) -> Vec<Vec<String>> {
        p.communities
            .iter()
            .map(|c| {
                let mut ids: Vec<String> = c.members.iter().map(|&m| net.node(m).id.clone()).collect();
                ids.sort();
                ids
            })
            .collect()
    }

    #[test]
    fn two_cliques_joined_by_one_edge_are_two_communities() {
        let mut edges = Vec::new();
        for clique in [["a", "b", "c", "d"], ["w", "x", "y", "z"]] {
            for i in 0..4 {
                for j in i + 1..4 {
                    edges.push((clique[i], clique[j], 3));
                }
            }
        }
        edges.push(("d", "w", 1));
        let g = graph(&["a", "b", "c", "d", "w", "x", "y", "z", "alone"], &edges);
        let net = Net::new(&g, Filter::default());
        let p = louvain(&net, 1.0);
        assert_eq!(
            groups(&net, &p),
            [vec!["a", "b", "c", "d"], vec!["w", "x", "y", "z"], vec!["alone"]]
        );
        // by hand: m = 37; each clique has 18 inside and degree sum 37: Q = 2 × (18/37 − (37/74)²)
        let expected = 2.0 * (18.0 / 37.0 - 0.25);
        assert!((p.modularity - expected).abs() < 1e-12, "{}", p.modularity);
        assert_eq!(p.communities[0].edges.len(), 6);
        assert_eq!(p.communities[0].weight, 18.0);
        // the bridge ends are the least linked inside
        assert_eq!(net.node(*p.communities[0].members.last().unwrap()).id, "d");
        assert_eq!(louvain(&net, 1.0), p, "deterministic");
    }

    #[test]
    fn a_ring_of_cliques() {
        // six triangles in a ring: Louvain finds the six
        let names: Vec<String> = (0..18).map(|i| format!("n{i:02}")).collect();
        let mut edges = Vec::new();
        for t in 0..6 {
            let (a, b, c) = (3 * t, 3 * t + 1, 3 * t + 2);
            edges.extend([(a, b, 5), (b, c, 5), (a, c, 5), (c, (3 * t + 3) % 18, 1)]);
        }
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let e: Vec<(&str, &str, u64)> = edges.iter().map(|&(a, b, w)| (refs[a], refs[b], w)).collect();
        let g = graph(&refs, &e);
        let net = Net::new(&g, Filter::default());
        let p = louvain(&net, 1.0);
        assert_eq!(p.communities.len(), 6);
        assert!(p.communities.iter().all(|c| c.members.len() == 3));
        // a lower resolution merges neighbouring triangles
        assert!(louvain(&net, 0.1).communities.len() < 6);
    }

    #[test]
    fn no_links_no_groups() {
        let g = graph(&["a", "b"], &[]);
        let net = Net::new(&g, Filter::default());
        let p = louvain(&net, 1.0);
        assert_eq!(p.communities.len(), 2);
        assert_eq!(p.modularity, 0.0);
        let empty = graph(&[], &[]);
        assert!(
            louvain(&Net::new(&empty, Filter::default()), 1.0)
                .communities
                .is_empty()
        );
    }
}
