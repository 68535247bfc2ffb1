//! Counting co-occurrences: per document, then over the corpus.

use petgraph::graph::UnGraph;
use rustc_hash::FxHashMap;

use super::{Edge, Evidence, GazetteerMeta, Graph, Meta, Node, Window};
use crate::extract::{Extraction, Mention};
use crate::gazetteer::Gazetteer;
use crate::text::Document;

/// Evidence longer than this many bytes is cut (at a character boundary) and ends in `…`.
const MAX_EVIDENCE_BYTES: usize = 1000;

/// What one document adds to the graph.
#[derive(Clone, Debug, Default)]
pub struct Contribution {
    pub document: String,
    pub date: Option<String>,
    /// Windows of the chosen kind in the document.
    pub windows: u64,
    pub mentions: u64,
    /// Per entity mentioned, sorted by entity.
    entities: Vec<EntityCount>,
    /// Per pair of entities sharing a window, sorted by pair.
    pairs: Vec<PairCount>,
}

#[derive(Clone, Debug)]
struct EntityCount {
    entity: u32,
    mentions: u64,
    windows: u64,
}

#[derive(Clone, Debug)]
struct PairCount {
    pair: (u32, u32),
    windows: u64,
    evidence: Vec<Evidence>,
}

impl Contribution {
    /// Counts the windows of one document, keeping up to `cap` evidence passages per pair.
    pub fn new(doc: &Document, extraction: &Extraction, window: Window, cap: usize) -> Contribution {
        let mentions = &extraction.mentions;
        let key = |m: &Mention| match window {
            Window::Sentence => m.sentence,
            Window::Paragraph => m.paragraph,
            Window::Document => 0,
        };
        let mut entities: FxHashMap<u32, EntityCount> = FxHashMap::default();
        let mut pairs: FxHashMap<(u32, u32), PairCount> = FxHashMap::default();
        let mut distinct: Vec<u32> = Vec::new();
        let mut group_start = 0;
        while group_start < mentions.len() {
            let k = key(&mentions[group_start]);
            let group_end = mentions[group_start..]
                .iter()
                .position(|m| key(m) != k)
                .map_or(mentions.len(), |n| group_start + n);
            let group = &mentions[group_start..group_end];
            distinct.clear();
            distinct.extend(group.iter().map(|m| m.entity));
            distinct.sort_unstable();
            distinct.dedup();
            for m in group {
                let count = entities.entry(m.entity).or_insert(EntityCount {
                    entity: m.entity,
                    mentions: 0,
                    windows: 0,
                });
                count.mentions += 1;
            }
            for &e in &distinct {
                entities.get_mut(&e).expect("counted above").windows += 1;
            }
            for (i, &a) in distinct.iter().enumerate() {
                for &b in &distinct[i + 1..] {
                    let count = pairs.entry((a, b)).or_insert_with(|| PairCount {
                        pair: (a, b),
                        windows: 0,
                        evidence: Vec::new(),
                    });
                    count.windows += 1;
                    if count.evidence.len() < cap {
                        count.evidence.push(evidence(doc, extraction, window, group, a, b));
                    }
                }
            }
            group_start = group_end;
        }
        let mut entities: Vec<EntityCount> = entities.into_values().collect();
        entities.sort_unstable_by_key(|e| e.entity);
        let mut pairs: Vec<PairCount> = pairs.into_values().collect();
        pairs.sort_unstable_by_key(|p| p.pair);
        Contribution {
            document: doc.id.clone(),
            date: doc.date.clone(),
            windows: match window {
                Window::Sentence => extraction.sentences.len(),
                Window::Paragraph => extraction.paragraphs.len(),
                Window::Document => 1,
            } as u64,
            mentions: mentions.len() as u64,
            entities,
            pairs,
        }
    }

    /// Gives the document another id (when two inputs share one).
    pub fn rename(&mut self, id: &str) {
        self.document = id.to_string();
        for pair in &mut self.pairs {
            for evidence in &mut pair.evidence {
                evidence.document = id.to_string();
            }
        }
    }
}

/// The passage of one window that shows `a` and `b` together.
fn evidence(doc: &Document, extraction: &Extraction, window: Window, group: &[Mention], a: u32, b: u32) -> Evidence {
    let first = |e: u32| group.iter().find(|m| m.entity == e).expect("in the group").sentence;
    let (sa, sb) = match window {
        Window::Sentence => (group[0].sentence, group[0].sentence),
        _ => {
            let (x, y) = (first(a), first(b));
            (x.min(y), x.max(y))
        }
    };
    let sentence = |s: u32| clip(&doc.text[extraction.sentences[s as usize].clone()]);
    let text = if sa == sb {
        sentence(sa).to_string()
    } else {
        format!("{} … {}", sentence(sa), sentence(sb))
    };
    Evidence {
        document: doc.id.clone(),
        sentence: sa,
        text,
    }
}

fn clip(text: &str) -> std::borrow::Cow<'_, str> {
    if text.len() <= MAX_EVIDENCE_BYTES {
        return text.into();
    }
    let mut end = MAX_EVIDENCE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end]).into()
}

/// Sums contributions into a graph.
#[derive(Clone, Debug)]
pub struct Accumulator {
    window: Window,
    cap: usize,
    documents: u64,
    windows: u64,
    mentions: u64,
    dates: Dates,
    entities: Vec<EntityTotal>,
    pairs: FxHashMap<(u32, u32), PairTotal>,
}

#[derive(Clone, Debug, Default)]
struct EntityTotal {
    mentions: u64,
    documents: u64,
    windows: u64,
    dates: Dates,
}

#[derive(Clone, Debug, Default)]
struct PairTotal {
    windows: u64,
    documents: u64,
    dates: Dates,
    evidence: Vec<Evidence>,
}

/// The earliest and latest date seen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Dates {
    first: Option<String>,
    last: Option<String>,
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
}

impl Accumulator {
    /// An empty accumulator for a gazetteer of `entities` entities.
    pub fn new(entities: usize, window: Window, cap: usize) -> Accumulator {
        Accumulator {
            window,
            cap,
            documents: 0,
            windows: 0,
            mentions: 0,
            dates: Dates::default(),
            entities: vec![EntityTotal::default(); entities],
            pairs: FxHashMap::default(),
        }
    }

    pub fn add(&mut self, contribution: Contribution) {
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
        for count in contribution.pairs {
            let total = self.pairs.entry(count.pair).or_default();
            total.windows += count.windows;
            total.documents += 1;
            total.dates.add(date);
            merge_evidence(&mut total.evidence, count.evidence, self.cap);
        }
    }

    /// The graph: nodes for entities mentioned at least once, edges of at least `min_weight` windows.
    pub fn finish(self, gazetteer: &Gazetteer, min_weight: u64) -> Graph {
        let entities = gazetteer.entities();
        let mut order: Vec<usize> = (0..entities.len()).filter(|&i| self.entities[i].mentions > 0).collect();
        order.sort_by(|&a, &b| entities[a].id.cmp(&entities[b].id));
        let mut graph = UnGraph::with_capacity(order.len(), self.pairs.len());
        let mut index = vec![None; entities.len()];
        for &i in &order {
            let (entity, total) = (&entities[i], &self.entities[i]);
            index[i] = Some(graph.add_node(Node {
                id: entity.id.clone(),
                label: entity.name.clone(),
                kind: entity.kind.clone(),
                mentions: total.mentions,
                documents: total.documents,
                windows: total.windows,
                first_date: total.dates.first.clone(),
                last_date: total.dates.last.clone(),
                attributes: entity.attributes.clone(),
            }));
        }
        let mut edges: Vec<((u32, u32), PairTotal)> = self
            .pairs
            .into_iter()
            .filter(|(_, p)| p.windows >= min_weight.max(1))
            .collect();
        let id = |e: u32| entities[e as usize].id.as_str();
        for ((a, b), _) in &mut edges {
            if id(*a) > id(*b) {
                std::mem::swap(a, b);
            }
        }
        edges.sort_by(|(pa, ta), (pb, tb)| {
            tb.windows
                .cmp(&ta.windows)
                .then_with(|| (id(pa.0), id(pa.1)).cmp(&(id(pb.0), id(pb.1))))
        });
        for ((a, b), total) in edges {
            let (Some(na), Some(nb)) = (index[a as usize], index[b as usize]) else {
                unreachable!("both ends of a pair are mentioned");
            };
            graph.add_edge(
                na,
                nb,
                Edge {
                    weight: total.windows,
                    documents: total.documents,
                    first_date: total.dates.first,
                    last_date: total.dates.last,
                    evidence: total.evidence,
                },
            );
        }
        Graph {
            meta: Meta {
                tool: "gazegraph".to_string(),
                version: env!("CARGO_PKG_VERSION").to_string(),
                window: self.window,
                min_weight,
                evidence_cap: self.cap,
                documents: self.documents,
                windows: self.windows,
                mentions: self.mentions,
                first_date: self.dates.first,
                last_date: self.dates.last,
                gazetteer: GazetteerMeta {
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
                },
            },
            graph,
        }
    }
}

/// Keeps the first `cap` passages of both sorted lists, by (document, sentence).
fn merge_evidence(kept: &mut Vec<Evidence>, new: Vec<Evidence>, cap: usize) {
    if new.is_empty() {
        return;
    }
    if kept.len() >= cap && kept.last().is_some_and(|last| new[0] >= *last) {
        return;
    }
    kept.extend(new);
    kept.sort();
    kept.dedup();
    kept.truncate(cap);
}
