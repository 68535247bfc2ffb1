//! Summing documents' contributions into the graph, and scoring its edges.

use std::collections::hash_map::Entry;

use petgraph::graph::UnGraph;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::count::{Contribution, Passage};
use super::{
    Cue, DocumentInfo, Edge, EdgeKind, EdgeOrigin, Evidence, GazetteerMeta, Graph, Meta, Node, RollUp, Window,
};
use crate::gazetteer::Gazetteer;

/// How a graph is counted and filtered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub window: Window,
    /// Evidence passages kept per edge.
    pub evidence_cap: usize,
    /// Co-occurrence edges shared by fewer windows are left out.
    pub min_weight: u64,
    /// Co-occurrence edges with a lower NPMI are left out.
    pub min_score: Option<f64>,
    pub roll_up: RollUp,
    /// Whether sentences are read for typed relations (see [`super::relate`]).
    #[serde(default = "super::yes")]
    pub relations: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            window: Window::Sentence,
            evidence_cap: 5,
            min_weight: 1,
            min_score: None,
            roll_up: RollUp::None,
            relations: true,
        }
    }
}

/// Sums contributions into a graph.
///
/// Entities are counted by their index in the gazetteer; a [partial](super::partial) names them by id instead,
/// so that it means the same without the gazetteer's order.
#[derive(Clone, Debug)]
pub struct Accumulator {
    pub(super) settings: Settings,
    pub(super) documents: u64,
    pub(super) windows: u64,
    pub(super) mentions: u64,
    pub(super) dates: Dates,
    pub(super) entities: Vec<EntityTotal>,
    pub(super) pairs: FxHashMap<(u32, u32), PairTotal>,
    /// Typed relations the sentences state, by (source, target, kind); the lower index first for a relation
    /// without direction. Counted as pairs are: sentences, documents, dates and the first passages.
    pub(super) relations: FxHashMap<(u32, u32, EdgeKind), PairTotal>,
    /// Metadata of documents that supplied evidence (some of which later evidence may have displaced).
    pub(super) infos: FxHashMap<String, DocumentInfo>,
}

/// An entity's counts; a partial stores them as they are.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct EntityTotal {
    pub mentions: u64,
    pub documents: u64,
    pub windows: u64,
    #[serde(default, skip_serializing_if = "Dates::is_empty")]
    pub dates: Dates,
}

impl EntityTotal {
    fn merge(&mut self, other: &EntityTotal) {
        self.mentions = self.mentions.saturating_add(other.mentions);
        self.documents = self.documents.saturating_add(other.documents);
        self.windows = self.windows.saturating_add(other.windows);
        self.dates.merge(&other.dates);
    }
}

/// A pair's counts and evidence; a partial stores them as they are.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct PairTotal {
    pub windows: u64,
    pub documents: u64,
    #[serde(default, skip_serializing_if = "Dates::is_empty")]
    pub dates: Dates,
    pub evidence: Vec<Evidence>,
}

impl PairTotal {
    /// Adds one document's count of windows and its passages; says whether a passage was kept.
    fn count(
        &mut self,
        windows: u64,
        date: Option<&String>,
        document: &str,
        passages: &[Passage],
        text: Option<&str>,
        cap: usize,
    ) -> bool {
        self.windows += windows;
        self.documents += 1;
        self.dates.add(date);
        admit(&mut self.evidence, document, passages, text, cap)
    }

    /// Sums the counts and keeps the first `cap` passages of both: since each side kept its own first `cap`, the
    /// first `cap` of those are the first `cap` of everything either side was offered.
    fn merge(&mut self, other: PairTotal, cap: usize) {
        self.windows = self.windows.saturating_add(other.windows);
        self.documents = self.documents.saturating_add(other.documents);
        self.dates.merge(&other.dates);
        self.evidence.extend(other.evidence);
        self.evidence.sort_unstable();
        self.evidence.truncate(cap);
    }
}

/// The earliest and latest date seen.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Dates {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<String>,
}

impl Dates {
    fn add(&mut self, date: Option<&String>) {
        let Some(date) = date else { return };
        if self.first.as_ref().is_none_or(|f| date < f) {
            self.first = Some(date.clone());
        }
        if self.last.as_ref().is_none_or(|l| date > l) {
            self.last = Some(date.clone());
        }
    }

    pub fn merge(&mut self, other: &Dates) {
        self.add(other.first.as_ref());
        self.add(other.last.as_ref());
    }

    pub fn is_empty(&self) -> bool {
        self.first.is_none() && self.last.is_none()
    }
}

impl Accumulator {
    /// An empty accumulator for a gazetteer of `entities` entities.
    pub fn new(entities: usize, settings: Settings) -> Accumulator {
        Accumulator {
            settings,
            documents: 0,
            windows: 0,
            mentions: 0,
            dates: Dates::default(),
            entities: vec![EntityTotal::default(); entities],
            pairs: FxHashMap::default(),
            relations: FxHashMap::default(),
            infos: FxHashMap::default(),
        }
    }

    /// Adds a document's counts; `text` is the document's text while it is still in memory (the passages of a
    /// document read in segments are already copied).
    pub fn add(&mut self, contribution: Contribution, text: Option<&str>) {
        let date = contribution.date.as_ref();
        self.documents += 1;
        self.windows += contribution.windows;
        self.mentions += contribution.mentions;
        self.dates.add(date);
        for count in contribution.entities {
            let total = &mut self.entities[count.entity as usize];
            total.mentions += count.mentions;
            total.windows += count.windows;
            total.documents += 1;
            total.dates.add(date);
        }
        let mut cited = false;
        let cap = self.settings.evidence_cap;
        for c in contribution.pairs {
            let total = self.pairs.entry(c.pair).or_default();
            let passages = &contribution.passages[c.passages.start as usize..c.passages.end as usize];
            cited |= total.count(c.windows, date, &contribution.document, passages, text, cap);
        }
        for c in contribution.relations {
            let total = self.relations.entry(c.key).or_default();
            let passages = &contribution.passages[c.passages.start as usize..c.passages.end as usize];
            cited |= total.count(c.windows, date, &contribution.document, passages, text, cap);
        }
        // Only a document that supplied evidence can be cited, so only its metadata is kept: memory then grows
        // with the evidence, not with the corpus.
        if cited && let Some(info) = contribution.info {
            self.infos.insert(info.id.clone(), info);
        }
    }

    /// Adds another accumulator's counts, as if its documents had been added to this one. Both must count the
    /// same gazetteer with the same settings, and different documents: [`super::partial::merge`] checks that
    /// for partials read from files.
    pub fn merge(&mut self, other: Accumulator) {
        assert_eq!(
            (self.entities.len(), &self.settings),
            (other.entities.len(), &other.settings),
            "merged accumulators count one gazetteer with one set of settings"
        );
        self.add_totals(other.documents, other.windows, other.mentions, &other.dates);
        for (i, total) in other.entities.iter().enumerate() {
            if total.mentions > 0 {
                self.add_entity(i, total);
            }
        }
        for (pair, total) in other.pairs {
            self.add_pair(pair, total);
        }
        for (key, total) in other.relations {
            self.add_relation(key, total);
        }
        self.infos.extend(other.infos);
    }

    /// The settings it counts with.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Number of documents added so far.
    pub fn documents(&self) -> u64 {
        self.documents
    }

    /// Number of mentions counted so far.
    pub fn mentions(&self) -> u64 {
        self.mentions
    }

    /// Number of entities mentioned so far.
    pub fn entities_mentioned(&self) -> usize {
        self.entities.iter().filter(|e| e.mentions > 0).count()
    }

    /// Number of pairs of entities that shared a window so far, before any filter.
    pub fn pairs(&self) -> usize {
        self.pairs.len()
    }

    pub(super) fn add_totals(&mut self, documents: u64, windows: u64, mentions: u64, dates: &Dates) {
        self.documents = self.documents.saturating_add(documents);
        self.windows = self.windows.saturating_add(windows);
        self.mentions = self.mentions.saturating_add(mentions);
        self.dates.merge(dates);
    }

    /// Adds an entity's counts; `entity` is its index in the gazetteer.
    pub(super) fn add_entity(&mut self, entity: usize, total: &EntityTotal) {
        self.entities[entity].merge(total);
    }

    /// Adds a pair's counts; the pair is two gazetteer indices, the lower first.
    pub(super) fn add_pair(&mut self, pair: (u32, u32), total: PairTotal) {
        add_total(&mut self.pairs, pair, total, self.settings.evidence_cap);
    }

    /// Adds a typed relation's counts.
    pub(super) fn add_relation(&mut self, key: (u32, u32, EdgeKind), total: PairTotal) {
        add_total(&mut self.relations, key, total, self.settings.evidence_cap);
    }
}

/// Adds a pair's or relation's counts to the map's.
fn add_total<K: std::hash::Hash + Eq>(map: &mut FxHashMap<K, PairTotal>, key: K, total: PairTotal, cap: usize) {
    {
        match map.entry(key) {
            Entry::Occupied(mut kept) => kept.get_mut().merge(total, cap),
            Entry::Vacant(slot) => {
                let mut total = total;
                total.evidence.sort_unstable();
                total.evidence.truncate(cap);
                slot.insert(total);
            }
        }
    }
}

impl Accumulator {
    /// The graph: nodes for entities mentioned at least once, co-occurrence edges that pass the filters, and
    /// the edges the gazetteer states between nodes: ownership, and the places rule-built entities are in.
    pub fn finish(self, gazetteer: &Gazetteer) -> Graph {
        let settings = self.settings;
        let mentioned: Vec<usize> = (0..self.entities.len())
            .filter(|&i| self.entities[i].mentions > 0)
            .collect();
        // Built entities are made once here; listed ones are borrowed.
        let mut entities: FxHashMap<usize, std::borrow::Cow<'_, crate::gazetteer::Entity>> =
            mentioned.iter().map(|&i| (i, gazetteer.entity(i))).collect();
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
            entities.entry(to).or_insert_with(|| gazetteer.entity(to));
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
                documents: self.documents,
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

/// Normalised pointwise mutual information of two entities that share `both` of `total` windows and appear in
/// `a` and `b` windows: log(p(ab) / (p(a) p(b))) / -log(p(ab)), rounded to 4 decimals. It is 1 for entities that
/// only ever appear together, 0 for independent ones, and, unlike a raw count, does not favour entities that
/// are everywhere.
pub fn npmi(both: u64, a: u64, b: u64, total: u64) -> f64 {
    if both == 0 || total == 0 {
        return -1.0;
    }
    let p = |n: u64| n as f64 / total as f64;
    let p_ab = p(both);
    let score = if p_ab >= 1.0 {
        1.0
    } else {
        (p_ab / (p(a) * p(b))).ln() / -p_ab.ln()
    };
    (score.clamp(-1.0, 1.0) * 10_000.0).round() / 10_000.0
}

/// Keeps an edge's first `cap` passages by (document, sentence), copying a passage's text only when it is kept;
/// says whether it kept any. Documents mostly arrive in id order, so once an edge's evidence is full one
/// comparison turns the rest away.
fn admit(kept: &mut Vec<Evidence>, document: &str, passages: &[Passage], text: Option<&str>, cap: usize) -> bool {
    let mut any = false;
    for passage in passages {
        let key = (document, passage.sentence);
        // Documents mostly come in id order: once the evidence is full, the last kept passage turns the rest away.
        if kept.len() >= cap && kept.last().is_none_or(|e| (e.document.as_str(), e.sentence) <= key) {
            return any;
        }
        let at = kept.partition_point(|e| (e.document.as_str(), e.sentence) < key);
        if at >= cap {
            return any;
        }
        any = true;
        let text = passage.text.text(text);
        // a cue past where a long passage was cut is not shown
        let cue = passage
            .cue
            .as_ref()
            .filter(|c| c.end as usize <= text.len() && text.is_char_boundary(c.end as usize))
            .map(|c| Cue {
                start: c.start,
                end: c.end,
            });
        kept.insert(
            at,
            Evidence {
                document: document.to_string(),
                sentence: passage.sentence,
                text,
                cue,
            },
        );
        kept.truncate(cap);
    }
    any
}

#[cfg(test)]
mod tests {
    use super::npmi;

    #[test]
    fn npmi_bounds_and_independence() {
        // always together
        assert_eq!(npmi(10, 10, 10, 100), 1.0);
        // as often as chance: p(a) = p(b) = 0.1, p(ab) = 0.01
        assert_eq!(npmi(1, 10, 10, 100), 0.0);
        // less often than chance is negative, more often positive
        assert!(npmi(1, 50, 50, 100) < 0.0);
        assert!(npmi(5, 10, 10, 100) > 0.0);
        // in every window
        assert_eq!(npmi(100, 100, 100, 100), 1.0);
        assert_eq!(npmi(0, 10, 10, 100), -1.0);
    }
}
