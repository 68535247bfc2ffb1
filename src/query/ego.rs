//! An entity's neighbourhood as a graph of its own, to draw "Amazon's network" alone: the entities within a
//! number of hops over the net's links, and every edge of the graph between them.
//!
//! The result is an ordinary [`Graph`], so it is written by the same exporters as `build`'s (and can be
//! queried again). Its metadata is the whole graph's (the corpus it was counted from); its document table
//! keeps the documents its evidence cites. Co-occurrence edges between the entities are kept when they pass the
//! filter, ownership edges between them always (they are drawn apart, and say what the gazetteer says).

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;

use super::Net;
use crate::graph::{EdgeKind, Graph};

/// The subgraph of the entities at most `depth` hops from `center`, and each kept node's distance in hops.
pub fn ego(net: &Net, center: NodeIndex, depth: usize) -> (Graph, Vec<(NodeIndex, usize)>) {
    let g = &net.graph.graph;
    let mut hops = vec![usize::MAX; net.len()];
    let start = net.number(center);
    hops[start as usize] = 0;
    let mut layer = vec![start];
    for d in 1..=depth {
        let mut next = Vec::new();
        for &v in &layer {
            for (u, _) in net.links(v) {
                if hops[u as usize] == usize::MAX {
                    hops[u as usize] = d;
                    next.push(u);
                }
            }
        }
        if next.is_empty() {
            break;
        }
        layer = next;
    }
    let mut sub = UnGraph::new_undirected();
    let mut index = vec![None; g.node_count()];
    let mut distance = Vec::new();
    // graph order, which build writes in id order
    for i in g.node_indices() {
        let d = hops[net.number(i) as usize];
        if d != usize::MAX {
            index[i.index()] = Some(sub.add_node(g[i].clone()));
            distance.push((i, d));
        }
    }
    for e in g.edge_references() {
        let (Some(a), Some(b)) = (index[e.source().index()], index[e.target().index()]) else {
            continue;
        };
        let edge = e.weight();
        if edge.kind != EdgeKind::Cooccurrence || net.filter.passes(edge) {
            sub.add_edge(a, b, edge.clone());
        }
    }
    let cited: std::collections::BTreeSet<&str> = sub
        .edge_weights()
        .flat_map(|e| e.evidence.iter().map(|ev| ev.document.as_str()))
        .collect();
    let documents = net
        .graph
        .documents
        .iter()
        .filter(|d| cited.contains(d.id.as_str()))
        .cloned()
        .collect();
    let graph = Graph {
        meta: net.graph.meta.clone(),
        graph: sub,
        documents,
    };
    (graph, distance)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::Evidence;
    use crate::query::Filter;
    use crate::query::tests::{add, graph};

    fn ids(g: &Graph) -> Vec<&str> {
        g.graph.node_weights().map(|n| n.id.as_str()).collect()
    }

    #[test]
    fn neighbourhood_by_depth_with_edges_between_members() {
        let mut g = graph(
            &["a", "b", "c", "d", "e"],
            &[
                ("a", "b", 3),
                ("b", "c", 1),
                ("a", "c", 2),
                ("c", "d", 1),
                ("d", "e", 4),
            ],
        );
        add(&mut g, "b", "c", EdgeKind::MadeBy, 1);
        add(&mut g, "e", "a", EdgeKind::OwnedBy, 1);
        let net = Net::new(&g, Filter::default());
        let a = g.node("a").unwrap();
        let (one, distance) = ego(&net, a, 1);
        assert_eq!(ids(&one), ["a", "b", "c"]);
        assert_eq!(distance.iter().map(|&(_, d)| d).collect::<Vec<_>>(), [0, 1, 1]);
        // b–c co-occurrence and made_by both kept: edges between members, not only to the centre
        assert_eq!(one.graph.edge_count(), 4);
        assert_eq!(ids(&ego(&net, a, 2).0), ["a", "b", "c", "d"]);
        assert_eq!(ids(&ego(&net, a, 9).0), ["a", "b", "c", "d", "e"]);
        assert_eq!(ids(&ego(&net, a, 0).0), ["a"]);
        // the filter prunes the walk and the edges
        let strong = Net::new(
            &g,
            Filter {
                min_weight: 2,
                ..Filter::default()
            },
        );
        let (sub, _) = ego(&strong, a, 1);
        assert_eq!(ids(&sub), ["a", "b", "c"]);
        assert_eq!(
            sub.graph
                .edge_weights()
                .filter(|e| e.kind == EdgeKind::Cooccurrence)
                .count(),
            2
        );
        // ownership links walked only when asked
        let owned = Net::new(
            &g,
            Filter {
                ownership: true,
                ..Filter::default()
            },
        );
        assert_eq!(ids(&ego(&owned, a, 1).0), ["a", "b", "c", "e"]);
    }

    #[test]
    fn documents_of_kept_evidence_only() {
        let mut g = graph(&["a", "b", "c"], &[("a", "b", 1), ("b", "c", 1)]);
        for (i, doc) in ["d1", "d2"].iter().enumerate() {
            let e = petgraph::graph::EdgeIndex::new(i);
            g.graph[e].evidence.push(Evidence {
                document: doc.to_string(),
                sentence: 0,
                text: "x".into(),
                cue: None,
            });
            g.documents.push(crate::graph::DocumentInfo {
                id: doc.to_string(),
                title: Some(doc.to_uppercase()),
                ..Default::default()
            });
        }
        let net = Net::new(&g, Filter::default());
        let (sub, _) = ego(&net, g.node("a").unwrap(), 1);
        assert_eq!(sub.documents.len(), 1);
        assert_eq!(sub.documents[0].id, "d1");
    }
}
