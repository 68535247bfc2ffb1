//! Counting one document's windows: which entities share them, and which passages show it.
//!
//! Passages are kept as byte ranges into the document while it is still in memory and copied out only for the
//! few the [`Accumulator`](super::Accumulator) keeps: a large corpus offers millions of candidate passages for a
//! few thousand evidence slots, and copying them all would cost more than matching.

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::relate::{self, Relater, Stated};
use super::reprint::Fingerprint;
use super::{DocumentInfo, EdgeKind, Reprints, Settings, Window};
use crate::extract::found::Found;
use crate::extract::{Extraction, Mention};
use crate::text::Document;

/// Evidence longer than this many bytes is cut (at a character boundary) and ends in `…`.
const MAX_EVIDENCE_BYTES: usize = 1000;

/// What one document adds to the graph.
#[derive(Clone, Debug, Default)]
pub struct Contribution {
    pub document: String,
    pub date: Option<String>,
    /// The document's metadata, for the evidence it may supply.
    pub info: Option<DocumentInfo>,
    /// The outlet that published it, as the document names it.
    pub outlet: Option<String>,
    /// Its text's fingerprint, to find it a reprint of an earlier document by (when the settings collapse
    /// reprints, and it is long enough).
    pub fingerprint: Option<Box<Fingerprint>>,
    /// Windows of the chosen kind in the document.
    pub windows: u64,
    pub mentions: u64,
    /// Per entity mentioned, sorted by entity.
    pub(super) entities: Vec<EntityCount>,
    /// Per pair of entities sharing a window, sorted by pair.
    pub(super) pairs: Vec<PairCount>,
    /// Per relation a sentence states, sorted by (source, target, kind).
    pub(super) relations: Vec<RelationCount>,
    /// The pairs' passages, each pair's together (see [`PairCount::passages`]), then the relations': one vector for the document
    /// rather than one per pair, which for a document naming dozens of entities was dozens of allocations, freed
    /// on another thread.
    pub(super) passages: Vec<Passage>,
    /// The entities found in its text, which its counts number from the gazetteer's end (see `found`).
    pub(super) found: Vec<Found>,
}

#[derive(Clone, Debug)]
pub(super) struct EntityCount {
    pub entity: u32,
    pub mentions: u64,
    pub windows: u64,
}

#[derive(Clone, Debug)]
pub(super) struct PairCount {
    pub pair: (u32, u32),
    pub windows: u64,
    /// The document's first passages for the pair, in sentence order, at most the evidence cap: a range of the
    /// contribution's `passages` (while counting, its length is the number the pair has so far).
    pub passages: Range<u32>,
}

/// A typed relation the document's sentences state: its ends (source and target; the lower first for a
/// relation without direction) and kind, and the sentences that state it.
#[derive(Clone, Debug)]
pub(super) struct RelationCount {
    pub key: (u32, u32, EdgeKind),
    pub windows: u64,
    /// A range of the contribution's `passages`, as for a pair.
    pub passages: Range<u32>,
}

/// A passage showing a pair together, not yet copied out of its document.
#[derive(Clone, Debug)]
pub(super) struct Passage {
    /// Number of the (first) sentence quoted.
    pub sentence: u32,
    pub text: PassageText,
    /// For a typed relation, the bytes of the passage's text that say it.
    pub cue: Option<Range<u32>>,
}

#[derive(Clone, Debug)]
pub(super) enum PassageText {
    /// A sentence, or two joined by ` … `, by byte range in the document's text.
    Spans(Range<usize>, Option<Range<usize>>),
    /// Already copied (from a segment of a document too long to keep).
    Owned(String),
}

impl PassageText {
    /// The passage's text; `document` is the text the spans index.
    pub fn text(&self, document: Option<&str>) -> String {
        match self {
            PassageText::Owned(text) => text.clone(),
            PassageText::Spans(first, second) => {
                let document = document.expect("spans are resolved while their document is in memory");
                match second {
                    None => clip(&document[first.clone()]).into_owned(),
                    Some(second) => format!(
                        "{} … {}",
                        clip(&document[first.clone()]),
                        clip(&document[second.clone()])
                    ),
                }
            }
        }
    }

    fn copied(self, document: &str) -> PassageText {
        match self {
            PassageText::Spans(..) => PassageText::Owned(self.text(Some(document))),
            owned => owned,
        }
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

/// The entity an entity is counted as: `counts_as` maps the gazetteer's; an entity found in the text (numbered
/// after them) is counted as itself.
fn counted_as(counts_as: &[u32], entity: u32) -> u32 {
    counts_as.get(entity as usize).copied().unwrap_or(entity)
}

impl Contribution {
    /// Counts a document extracted in one piece.
    pub fn new(
        doc: &Document,
        extraction: &Extraction,
        settings: &Settings,
        counts_as: &[u32],
        relater: Option<&Relater>,
    ) -> Contribution {
        let mut counter = Counter::new(settings, counts_as, relater);
        counter.add(&doc.text, extraction, false);
        let mut contribution = counter.finish(doc);
        if settings.reprints == Reprints::Collapse {
            contribution.fingerprint = Fingerprint::of(doc.body()).map(Box::new);
        }
        contribution
    }

    /// Gives the entities other numbers (see `found`), keeping every list sorted and each pair and undirected
    /// relation lower number first.
    pub(super) fn renumber(&mut self, number: impl Fn(u32) -> u32) {
        for e in &mut self.entities {
            e.entity = number(e.entity);
        }
        self.entities.sort_unstable_by_key(|e| e.entity);
        for p in &mut self.pairs {
            let (a, b) = (number(p.pair.0), number(p.pair.1));
            p.pair = (a.min(b), a.max(b));
        }
        self.pairs.sort_unstable_by_key(|p| p.pair);
        for r in &mut self.relations {
            let (a, b, kind) = r.key;
            let (a, b) = (number(a), number(b));
            r.key = if kind.has_direction() {
                (a, b, kind)
            } else {
                (a.min(b), a.max(b), kind)
            };
        }
        self.relations.sort_unstable_by_key(|r| r.key);
    }

    /// Gives the document another id (when two inputs share one).
    pub fn rename(&mut self, id: &str) {
        self.document = id.to_string();
        if let Some(info) = &mut self.info {
            info.id = id.to_string();
        }
    }
}

/// Counts a document's windows, segment by segment.
pub struct Counter<'a> {
    settings: &'a Settings,
    counts_as: &'a [u32],
    /// Types the relations sentences state, when the build does (`Settings::relations`).
    relater: Option<&'a Relater>,
    windows: u64,
    mentions: u64,
    tallies: Tallies,
    /// The entities found in the document's text so far.
    found: Vec<Found>,
}

/// What a [`Counter`] counts into. A build counts every document of the corpus, each with a handful of
/// entities, so the tallies of one thread are kept and cleared between documents rather than allocated anew
/// (growing fresh hash maps was a tenth of a build).
#[derive(Default)]
struct Tallies {
    /// Per entity of the gazetteer: its index in `entities`, or `u32::MAX` while the document has not named it.
    slot: Vec<u32>,
    entities: Vec<EntityCount>,
    /// Per pair: its index in `pairs`.
    pair_slot: FxHashMap<(u32, u32), u32>,
    pairs: Vec<PairCount>,
    /// Passages, each with the index in `pairs` of the pair it shows, in the order found.
    passages: Vec<(u32, Passage)>,
    /// For the document window: each entity's first sentence and its passage.
    firsts: FxHashMap<u32, (u32, PassageText)>,
    distinct: Vec<u32>,
    /// Per relation: its index in `relations`.
    relation_slot: FxHashMap<(u32, u32, EdgeKind), u32>,
    relations: Vec<RelationCount>,
    /// The relations' passages, each with the index in `relations` of the one it shows.
    relation_passages: Vec<(u32, Passage)>,
    stated: Vec<Stated>,
    relate: relate::Scratch,
    /// A sentence's mentions with the organisation a description in it names (see `relate::anaphora`).
    described: Vec<Mention>,
}

thread_local! {
    static TALLIES: std::cell::Cell<Tallies> = std::cell::Cell::new(Tallies::default());
}

impl<'a> Counter<'a> {
    /// `counts_as` maps each entity to the one it is counted as (see [`super::RollUp::map`]); `relater` types the
    /// relations the sentences state (none when `settings.relations` is off).
    pub fn new(settings: &'a Settings, counts_as: &'a [u32], relater: Option<&'a Relater>) -> Counter<'a> {
        let mut tallies = TALLIES.take();
        if tallies.slot.len() < counts_as.len() {
            tallies.slot.resize(counts_as.len(), u32::MAX);
        }
        Counter {
            settings,
            counts_as,
            relater: relater.filter(|_| settings.relations),
            windows: 0,
            mentions: 0,
            tallies,
            found: Vec::new(),
        }
    }

    fn entity(&self, m: &Mention) -> u32 {
        counted_as(self.counts_as, m.entity)
    }

    /// Counts the windows of one segment; `text` is what the extraction's ranges index. With `copy`, passages
    /// are copied now, because the text will be gone before the document is finished.
    pub fn add(&mut self, text: &str, extraction: &Extraction, copy: bool) {
        let window = self.settings.window;
        let mentions = &extraction.mentions;
        self.mentions += mentions.len() as u64;
        // entities found in the text are numbered after the gazetteer's
        if !extraction.found.is_empty() {
            let space = extraction.found_base as usize + extraction.found.len();
            if self.tallies.slot.len() < space {
                self.tallies.slot.resize(space, u32::MAX);
            }
            self.found.clone_from(&extraction.found);
        }
        for m in mentions {
            let e = self.entity(m);
            let t = &mut self.tallies;
            let slot = &mut t.slot[e as usize];
            if *slot == u32::MAX {
                *slot = t.entities.len() as u32;
                t.entities.push(EntityCount {
                    entity: e,
                    mentions: 0,
                    windows: 0,
                });
            }
            t.entities[*slot as usize].mentions += 1;
        }
        self.relate(text, extraction, copy);
        if window == Window::Document {
            for m in mentions {
                let e = self.entity(m);
                self.tallies.firsts.entry(e).or_insert_with(|| {
                    let span = PassageText::Spans(extraction.sentence(m.sentence), None);
                    (m.sentence, if copy { span.copied(text) } else { span })
                });
            }
            return;
        }
        self.windows += match window {
            Window::Sentence => extraction.sentences.len(),
            _ => extraction.paragraphs.len(),
        } as u64;
        let key = |m: &Mention| {
            if window == Window::Sentence {
                m.sentence
            } else {
                m.paragraph
            }
        };
        let mut start = 0;
        while start < mentions.len() {
            let k = key(&mentions[start]);
            let end = mentions[start..]
                .iter()
                .position(|m| key(m) != k)
                .map_or(mentions.len(), |n| start + n);
            self.count_window(text, extraction, &mentions[start..end], copy);
            start = end;
        }
    }

    /// Counts the relations each sentence with two or more mentions states (whatever the window: a relation is
    /// what one sentence says).
    fn relate(&mut self, text: &str, extraction: &Extraction, copy: bool) {
        let Some(relater) = self.relater else { return };
        let mentions = &extraction.mentions;
        let cap = self.settings.evidence_cap;
        let mut start = 0;
        while start < mentions.len() {
            let s = mentions[start].sentence;
            let end = mentions[start..]
                .iter()
                .position(|m| m.sentence != s)
                .map_or(mentions.len(), |n| start + n);
            let t = &mut self.tallies;
            let sentence = extraction.sentence(s);
            // a description (`the company`) of the organisation named just before joins the sentence's names
            let mut group = &mentions[start..end];
            let before = &mentions[..start];
            let described = relater.antecedent(text, (sentence.clone(), s), group, before, &extraction.found);
            if let Some(described) = described {
                t.described.clear();
                t.described.extend_from_slice(group);
                let at = t.described.partition_point(|m| m.start < described.start);
                t.described.insert(at, described);
                group = &t.described;
            }
            start = end;
            t.stated.clear();
            relater.relate(
                text,
                sentence.clone(),
                (group, &extraction.found),
                &mut t.relate,
                &mut t.stated,
            );
            let mut seen: Vec<(u32, u32, EdgeKind)> = Vec::new();
            for stated in &t.stated {
                let (a, b) = (
                    counted_as(self.counts_as, group[stated.source].entity),
                    counted_as(self.counts_as, group[stated.target].entity),
                );
                let key = if stated.directed {
                    (a, b, stated.kind)
                } else {
                    (a.min(b), a.max(b), stated.kind)
                };
                // one sentence is one statement of a relation, however often it names the two
                if a == b || seen.contains(&key) {
                    continue;
                }
                seen.push(key);
                let next = t.relations.len() as u32;
                let at = *t.relation_slot.entry(key).or_insert(next) as usize;
                if at == t.relations.len() {
                    t.relations.push(RelationCount {
                        key,
                        windows: 0,
                        passages: 0..0,
                    });
                }
                let count = &mut t.relations[at];
                count.windows += 1;
                if (count.passages.end as usize) < cap {
                    count.passages.end += 1;
                    let passage = PassageText::Spans(sentence.clone(), None);
                    let cue = (stated.cue.start - sentence.start) as u32..(stated.cue.end - sentence.start) as u32;
                    t.relation_passages.push((
                        at as u32,
                        Passage {
                            sentence: s,
                            text: if copy { passage.copied(text) } else { passage },
                            cue: Some(cue),
                        },
                    ));
                }
            }
        }
    }

    /// Counts one window, given its mentions.
    fn count_window(&mut self, text: &str, extraction: &Extraction, group: &[Mention], copy: bool) {
        let t = &mut self.tallies;
        let counts_as = self.counts_as;
        t.distinct.clear();
        t.distinct.extend(group.iter().map(|m| counted_as(counts_as, m.entity)));
        t.distinct.sort_unstable();
        t.distinct.dedup();
        for &e in &t.distinct {
            t.entities[t.slot[e as usize] as usize].windows += 1;
        }
        let cap = self.settings.evidence_cap;
        for (i, &a) in t.distinct.iter().enumerate() {
            for &b in &t.distinct[i + 1..] {
                let next = t.pairs.len() as u32;
                let at = *t.pair_slot.entry((a, b)).or_insert(next) as usize;
                if at == t.pairs.len() {
                    t.pairs.push(PairCount {
                        pair: (a, b),
                        windows: 0,
                        passages: 0..0,
                    });
                }
                let count = &mut t.pairs[at];
                count.windows += 1;
                if (count.passages.end as usize) < cap {
                    let first = |e: u32| {
                        group
                            .iter()
                            .find(|m| counted_as(counts_as, m.entity) == e)
                            .expect("in the group")
                    };
                    let (sa, sb) = match self.settings.window {
                        Window::Sentence => (group[0].sentence, group[0].sentence),
                        _ => {
                            let (x, y) = (first(a).sentence, first(b).sentence);
                            (x.min(y), x.max(y))
                        }
                    };
                    let second = (sb != sa).then(|| extraction.sentence(sb));
                    let passage = PassageText::Spans(extraction.sentence(sa), second);
                    count.passages.end += 1;
                    t.passages.push((
                        at as u32,
                        Passage {
                            sentence: sa,
                            text: if copy { passage.copied(text) } else { passage },
                            cue: None,
                        },
                    ));
                }
            }
        }
    }

    /// The document's contribution.
    pub fn finish(mut self, doc: &Document) -> Contribution {
        if self.settings.window == Window::Document {
            self.finish_document_window();
        }
        let t = &mut self.tallies;
        for e in &t.entities {
            t.slot[e.entity as usize] = u32::MAX;
        }
        let mut entities = std::mem::take(&mut t.entities);
        entities.sort_unstable_by_key(|e| e.entity);
        // The next document's list starts with about this one's room.
        t.entities = Vec::with_capacity(entities.len());
        // The pairs in order, and their passages gathered behind each other in that order (a stable sort by
        // the pair's new place keeps each pair's in the order found).
        let mut order: Vec<u32> = (0..t.pairs.len() as u32).collect();
        order.sort_unstable_by_key(|&i| t.pairs[i as usize].pair);
        let mut place = vec![0u32; order.len()];
        for (new, &old) in order.iter().enumerate() {
            place[old as usize] = new as u32;
        }
        t.passages.sort_by_key(|(pair, _)| place[*pair as usize]);
        let mut start = 0;
        let pairs: Vec<PairCount> = order
            .iter()
            .map(|&old| {
                let pair = &t.pairs[old as usize];
                let end = start + pair.passages.end;
                let gathered = PairCount {
                    pair: pair.pair,
                    windows: pair.windows,
                    passages: start..end,
                };
                start = end;
                gathered
            })
            .collect();
        let mut passages: Vec<Passage> = t.passages.drain(..).map(|(_, passage)| passage).collect();
        // The relations likewise, their passages after the pairs'.
        let mut order: Vec<u32> = (0..t.relations.len() as u32).collect();
        order.sort_unstable_by_key(|&i| t.relations[i as usize].key);
        let mut place = vec![0u32; order.len()];
        for (new, &old) in order.iter().enumerate() {
            place[old as usize] = new as u32;
        }
        t.relation_passages
            .sort_by_key(|(relation, _)| place[*relation as usize]);
        let mut start = passages.len() as u32;
        let relations: Vec<RelationCount> = order
            .iter()
            .map(|&old| {
                let relation = &t.relations[old as usize];
                let end = start + relation.passages.end;
                let gathered = RelationCount {
                    key: relation.key,
                    windows: relation.windows,
                    passages: start..end,
                };
                start = end;
                gathered
            })
            .collect();
        passages.extend(t.relation_passages.drain(..).map(|(_, passage)| passage));
        t.pairs.clear();
        t.pair_slot.clear();
        t.firsts.clear();
        t.relations.clear();
        t.relation_slot.clear();
        TALLIES.set(std::mem::take(&mut self.tallies));
        Contribution {
            document: doc.id.clone(),
            date: doc.date.clone(),
            info: if pairs.is_empty() && relations.is_empty() {
                None
            } else {
                DocumentInfo::of(doc)
            },
            outlet: doc.outlet.clone(),
            fingerprint: None,
            windows: self.windows,
            mentions: self.mentions,
            entities,
            pairs,
            relations,
            passages,
            found: std::mem::take(&mut self.found),
        }
    }

    /// The whole document is one window: every two entities in it are a pair, shown by their first sentences.
    fn finish_document_window(&mut self) {
        self.windows = 1;
        let t = &mut self.tallies;
        let mut distinct: Vec<u32> = t.firsts.keys().copied().collect();
        distinct.sort_unstable();
        for &e in &distinct {
            t.entities[t.slot[e as usize] as usize].windows = 1;
        }
        let cap = self.settings.evidence_cap;
        for (i, &a) in distinct.iter().enumerate() {
            for &b in &distinct[i + 1..] {
                let (fa, fb) = (&t.firsts[&a], &t.firsts[&b]);
                let (first, second) = if fa.0 <= fb.0 { (fa, fb) } else { (fb, fa) };
                let text = match (&first.1, &second.1) {
                    _ if first.0 == second.0 => first.1.clone(),
                    (PassageText::Spans(x, _), PassageText::Spans(y, _)) => {
                        PassageText::Spans(x.clone(), Some(y.clone()))
                    }
                    (x, y) => PassageText::Owned(format!("{} … {}", x.text(None), y.text(None))),
                };
                let kept = if cap > 0 {
                    t.passages.push((
                        t.pairs.len() as u32,
                        Passage {
                            sentence: first.0,
                            text,
                            cue: None,
                        },
                    ));
                    1
                } else {
                    0
                };
                t.pairs.push(PairCount {
                    pair: (a, b),
                    windows: 1,
                    passages: 0..kept,
                });
            }
        }
    }
}
