//! Making the graph of what an [`Accumulator`] counted: nodes, co-occurrence edges that pass the filters and
//! are scored, the typed relations the sentences state, and the edges the gazetteer states.

use petgraph::graph::UnGraph;
use rustc_hash::FxHashMap;

use super::accumulate::{Accumulator, PairTotal, npmi};
use super::{Edge, EdgeKind, EdgeOrigin, GazetteerMeta, Graph, Meta, Node};
use crate::gazetteer::Gazetteer;

impl Accumulator {
    /// The graph: nodes for entities mentioned at least once, co-occurrence edges that pass the filters, and
    /// the edges the gazetteer states between nodes: ownership, and the places rule-built entities are in.
    pub fn finish(self, gazetteer: &Gazetteer) -> Graph {
        let settings = self.settings;
        // Outlets are counted where some document names one; otherwise there is nothing to count.
        let any_outlet = self.outlets.len() > 0;
        let outlets = |set: &super::outlets::OutletSet| any_outlet.then(|| set.len());
        let mentioned: Vec<usize> = (0..self.entities.len())
            .filter(|&i| self.entities[i].mentions > 0)
            .collect();
        // Built entities are made once here; listed ones are borrowed.
        let mut entities: FxHashMap<usize, std::borrow::Cow<'_, crate::gazetteer::Entity>> = mentioned
            .iter()
            .map(|&i| (i, self.found.entity(gazetteer, i)))
            .collect();
        let mut order = mentioned;
        order.sort_by(|a, b| entities[a].id.cmp(&entities[b].id));
        let mut graph = UnGraph::with_capacity(order.len(), self.pairs.len());
        let mut index = vec![None; self.entities.len()];
        for &i in &order {
            let (entity, total) = (&entities[&i], &self.entities[i]);
            index[i] = Some(
                graph.add_node(Node {
                    id: entity.id.clone(),
                    label: entity.name.clone(),
                    kind: entity.kind.clone(),
                    mentions: total.mentions,
                    documents: total.documents,
                    windows: total.windows,
                    outlets: outlets(&total.outlets),
                    first_date: total.dates.first.clone(),
                    last_date: total.dates.last.clone(),
                    aliases: entity.aliases.clone(),
                    attributes: entity
                        .attributes
                        .iter()
                        .map(|(name, value)| (name.to_string(), value.clone()))
                        .collect(),
                }),
            );
        }
        let id = |e: u32| entities[&(e as usize)].id.as_str();
        let windows = |e: u32| self.entities[e as usize].windows;
        let mut edges: Vec<((u32, u32), PairTotal, f64)> = self
            .pairs
            .into_iter()
            .map(|((a, b), p)| {
                let score = npmi(p.windows, windows(a), windows(b), self.windows);
                ((a, b), p, score)
            })
            // (what only reprints name has no windows, and no edge)
            .filter(|(_, p, score)| {
                p.windows >= settings.min_weight.max(1) && settings.min_score.is_none_or(|min| *score >= min)
            })
            .collect();
        for ((a, b), _, _) in &mut edges {
            if id(*a) > id(*b) {
                std::mem::swap(a, b);
            }
        }
        edges.sort_by(|(pa, ta, _), (pb, tb, _)| {
            tb.windows
                .cmp(&ta.windows)
                .then_with(|| (id(pa.0), id(pa.1)).cmp(&(id(pb.0), id(pb.1))))
        });
        let node = |e: u32| index[e as usize].expect("both ends of a pair are mentioned");
        for ((a, b), total, score) in edges {
            graph.add_edge(
                node(a),
                node(b),
                Edge {
                    kind: EdgeKind::Cooccurrence,
                    directed: false,
                    origin: EdgeOrigin::Text,
                    weight: total.windows,
                    documents: total.documents,
                    outlets: outlets(&total.outlets),
                    reprints: total.reprints,
                    npmi: Some(score),
                    first_date: total.dates.first,
                    last_date: total.dates.last,
                    evidence: total.evidence,
                },
            );
        }
        // The relations the sentences state, beside the co-occurrence edges: by kind, then heaviest first. They
        // are statements, not counts of togetherness, so no filter of co-occurrence applies to them.
        let mut relations: Vec<((u32, u32, EdgeKind), PairTotal)> = self
            .relations
            .into_iter()
            .filter(|(_, total)| total.windows > 0)
            .map(|((a, b, kind), total)| match kind.has_direction() || id(a) < id(b) {
                true => ((a, b, kind), total),
                false => ((b, a, kind), total),
            })
            .collect();
        relations.sort_by(|((a, b, k), x), ((c, d, l), y)| {
            (k, std::cmp::Reverse(x.windows), id(*a), id(*b)).cmp(&(l, std::cmp::Reverse(y.windows), id(*c), id(*d)))
        });
        for ((a, b, kind), total) in relations {
            graph.add_edge(
                node(a),
                node(b),
                Edge {
                    kind,
                    directed: kind.has_direction(),
                    origin: EdgeOrigin::Text,
                    weight: total.windows,
                    documents: total.documents,
                    outlets: outlets(&total.outlets),
                    reprints: total.reprints,
                    npmi: None,
                    first_date: total.dates.first,
                    last_date: total.dates.last,
                    evidence: total.evidence,
                },
            );
        }
        let cited: std::collections::BTreeSet<&str> = graph
            .edge_weights()
            .flat_map(|e| e.evidence.iter().map(|ev| ev.document.as_str()))
            .collect();
        let documents = cited.into_iter().filter_map(|id| self.infos.get(id).cloned()).collect();
        let mut stated: Vec<(EdgeKind, usize, usize)> = order
            .iter()
            .filter_map(|&i| {
                let owner = gazetteer.index_of(entities[&i].owner.as_deref()?)?;
                index.get(owner).copied().flatten()?;
                let kind = if entities[&i].kind == "product" {
                    EdgeKind::MadeBy
                } else {
                    EdgeKind::OwnedBy
                };
                Some((kind, i, owner))
            })
            .chain(order.iter().filter_map(|&i| {
                let place = gazetteer.located_in(i)?;
                index[place]?;
                Some((EdgeKind::LocatedIn, i, place))
            }))
            .collect();
        for &(_, _, to) in &stated {
            entities.entry(to).or_insert_with(|| self.found.entity(gazetteer, to));
        }
        stated.sort_by(|x, y| {
            (x.0, &entities[&x.1].id, &entities[&x.2].id).cmp(&(y.0, &entities[&y.1].id, &entities[&y.2].id))
        });
        for (kind, from, to) in stated {
            let origin = if kind == EdgeKind::LocatedIn {
                EdgeOrigin::Rule
            } else {
                EdgeOrigin::Gazetteer
            };
            graph.add_edge(node(from as u32), node(to as u32), Edge::stated(kind, origin));
        }
        Graph {
            meta: Meta {
                tool: "gazegraph".to_string(),
                version: env!("CARGO_PKG_VERSION").to_string(),
                window: settings.window,
                min_weight: settings.min_weight,
                min_score: settings.min_score,
                evidence_cap: settings.evidence_cap,
                roll_up: settings.roll_up,
                relations: settings.relations,
                reprints: settings.reprints,
                documents: self.documents,
                reprint_documents: self.reprints,
                outlets: any_outlet.then_some(u64::from(self.outlets.len())),
                documents_without_outlet: any_outlet.then_some(self.without_outlet),
                windows: self.windows,
                mentions: self.mentions,
                first_date: self.dates.first,
                last_date: self.dates.last,
                gazetteer: GazetteerMeta::of(gazetteer),
            },
            graph,
            documents,
        }
    }
}
