//! Summing documents' contributions into the graph's counts, reprints once ([`super::finish`] makes the graph
//! of them).
//!
//! A document that is a reprint of an earlier one ([`super::reprint`]) adds its outlet to everything it names,
//! a reprint to every edge, and may supply evidence; it adds nothing to mentions, windows, documents or dates,
//! which its original counted. What only a reprint names (a sentence an outlet added) therefore has no weight,
//! and is left out of the graph: the original's report is what counts.

use std::collections::hash_map::Entry;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};

use super::count::{Contribution, Passage};
use super::outlets::{OutletSet, Outlets};
use super::reprint::Index;
use super::{Cue, DocumentInfo, EdgeKind, Evidence, Reprints, RollUp, Window};
use crate::extract::found::Found;

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
    /// Whether reprints count once (see [`super::reprint`]).
    #[serde(default)]
    pub reprints: Reprints,
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
            reprints: Reprints::Collapse,
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
    /// Documents found to be reprints.
    pub(super) reprints: u64,
    /// Documents that named no outlet.
    pub(super) without_outlet: u64,
    pub(super) outlets: Outlets,
    /// The documents that were not reprints, for finding reprints of them; `None` when reprints are kept.
    index: Option<Index>,
    /// The entities found in the text, numbered after the gazetteer's.
    pub(super) found: super::numbered::Numbered,
}

/// An entity's counts; a partial stores them as they are, but for the outlets' numbers, which it translates.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct EntityTotal {
    pub mentions: u64,
    pub documents: u64,
    pub windows: u64,
    #[serde(default, skip_serializing_if = "Dates::is_empty")]
    pub dates: Dates,
    /// The outlets that name it.
    #[serde(default, skip_serializing_if = "OutletSet::is_empty")]
    pub outlets: OutletSet,
    /// Reprints that name it.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub reprints: u64,
}

impl EntityTotal {
    /// Adds another total, whose outlet numbers `map` translates (`known` outlets numbered).
    fn merge(&mut self, other: &EntityTotal, map: Option<&[u32]>, known: u32) {
        self.mentions = self.mentions.saturating_add(other.mentions);
        self.documents = self.documents.saturating_add(other.documents);
        self.windows = self.windows.saturating_add(other.windows);
        self.dates.merge(&other.dates);
        self.outlets.union(&other.outlets, map, known);
        self.reprints = self.reprints.saturating_add(other.reprints);
    }

    /// Whether any document named it: one that counted, or a reprint.
    pub fn named(&self) -> bool {
        self.mentions > 0 || self.reprints > 0
    }
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// A pair's counts and evidence; a partial stores them as they are, but for the outlets' numbers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct PairTotal {
    pub windows: u64,
    pub documents: u64,
    #[serde(default, skip_serializing_if = "Dates::is_empty")]
    pub dates: Dates,
    /// The outlets whose documents have such a window.
    #[serde(default, skip_serializing_if = "OutletSet::is_empty")]
    pub outlets: OutletSet,
    /// Reprints that have such a window.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub reprints: u64,
    pub evidence: Vec<Evidence>,
}

impl PairTotal {
    /// Sums the counts and keeps the first `cap` passages of both: since each side kept its own first `cap`, the
    /// first `cap` of those are the first `cap` of everything either side was offered (and, with `distinct`,
    /// the first of each text: the first of a text overall is the first of it on its side).
    fn merge(&mut self, other: PairTotal, how: Keep, map: Option<&[u32]>, known: u32) {
        self.windows = self.windows.saturating_add(other.windows);
        self.documents = self.documents.saturating_add(other.documents);
        self.dates.merge(&other.dates);
        self.outlets.union(&other.outlets, map, known);
        self.reprints = self.reprints.saturating_add(other.reprints);
        self.evidence.extend(other.evidence);
        how.first(&mut self.evidence);
    }
}

/// Which evidence an edge keeps: the first `cap` passages by (document, sentence), and with `distinct` only
/// the first of each text, so that a sentence that reprints repeat word for word is shown once (when reprints
/// are collapsed).
#[derive(Clone, Copy, Debug)]
pub(super) struct Keep {
    pub cap: usize,
    pub distinct: bool,
}

impl Keep {
    fn of(settings: &Settings) -> Keep {
        Keep {
            cap: settings.evidence_cap,
            distinct: settings.reprints == Reprints::Collapse,
        }
    }

    /// Sorts `evidence` and keeps what the edge keeps of it.
    fn first(self, evidence: &mut Vec<Evidence>) {
        evidence.sort_unstable();
        if self.distinct {
            let mut seen = FxHashSet::default();
            let keep: Vec<bool> = evidence.iter().map(|e| seen.insert(e.text.as_str())).collect();
            let mut flags = keep.into_iter();
            evidence.retain(|_| flags.next().unwrap_or(false));
        }
        evidence.truncate(self.cap);
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

/// How many entities found in the text an accumulator has room for before its vector of totals grows.
const FOUND_ROOM: usize = 4096;

impl Accumulator {
    /// An empty accumulator for a gazetteer of `entities` entities.
    pub fn new(entities: usize, settings: Settings) -> Accumulator {
        Accumulator {
            settings: settings.clone(),
            documents: 0,
            windows: 0,
            mentions: 0,
            dates: Dates::default(),
            entities: {
                // room for the entities found in the text after the gazetteer's, so that the first of them does
                // not double a vector as long as the gazetteer (20 MB for the shipped one)
                let mut totals = Vec::with_capacity(entities + FOUND_ROOM);
                totals.resize(entities, EntityTotal::default());
                totals
            },
            pairs: FxHashMap::default(),
            relations: FxHashMap::default(),
            infos: FxHashMap::default(),
            reprints: 0,
            without_outlet: 0,
            outlets: Outlets::default(),
            index: (settings.reprints == Reprints::Collapse).then(Index::default),
            found: super::numbered::Numbered::new(entities),
        }
    }

    /// Adds a document's counts; `text` is the document's text while it is still in memory (the passages of a
    /// document read in segments are already copied). Documents must come in input order: a reprint is one of
    /// the first earlier document it copies.
    pub fn add(&mut self, mut contribution: Contribution, text: Option<&str>) {
        self.number_found(&mut contribution);
        let original = self.original(&contribution);
        let reprint = original.is_some();
        let date = contribution.date.as_ref();
        self.documents += 1;
        self.dates.add(date);
        let outlet = contribution.outlet.as_deref().and_then(|o| self.outlets.number(o));
        self.without_outlet += u64::from(outlet.is_none());
        let known = self.outlets.len();
        if reprint {
            self.reprints += 1;
        } else {
            self.windows += contribution.windows;
            self.mentions += contribution.mentions;
        }
        for count in contribution.entities {
            let total = &mut self.entities[count.entity as usize];
            if reprint {
                total.reprints += 1;
            } else {
                total.mentions += count.mentions;
                total.windows += count.windows;
                total.documents += 1;
                total.dates.add(date);
            }
            if let Some(outlet) = outlet {
                total.outlets.insert(outlet, known);
            }
        }
        let mut cited = false;
        let keep = Keep::of(&self.settings);
        let mut add = |total: &mut PairTotal, windows: u64, passages: std::ops::Range<u32>| {
            if reprint {
                total.reprints += 1;
            } else {
                total.windows += windows;
                total.documents += 1;
                total.dates.add(date);
            }
            if let Some(outlet) = outlet {
                total.outlets.insert(outlet, known);
            }
            let passages = &contribution.passages[passages.start as usize..passages.end as usize];
            cited |= admit(&mut total.evidence, &contribution.document, passages, text, keep);
        };
        for c in contribution.pairs {
            add(self.pairs.entry(c.pair).or_default(), c.windows, c.passages);
        }
        for c in contribution.relations {
            add(self.relations.entry(c.key).or_default(), c.windows, c.passages);
        }
        // Only a document that supplied evidence can be cited, so only its metadata is kept: memory then grows
        // with the evidence, not with the corpus.
        if cited && let Some(mut info) = contribution.info.take() {
            info.reprint_of = original;
            self.infos.insert(info.id.clone(), info);
        }
    }

    /// The document this one is a reprint of, when reprints are collapsed; if it is none, it is indexed as an
    /// original for later ones.
    fn original(&mut self, contribution: &Contribution) -> Option<String> {
        let (index, fingerprint) = (self.index.as_mut()?, contribution.fingerprint.as_deref()?);
        let original = index.original(fingerprint).map(String::from);
        if original.is_none() {
            index.insert(fingerprint, &contribution.document);
        }
        original
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
        self.add_outlet_totals(other.reprints, other.without_outlet);
        let map = self.outlet_map(other.outlets.names());
        for (i, total) in other.entities.iter().enumerate() {
            if total.named() {
                self.add_entity(i, total, Some(&map));
            }
        }
        for (pair, total) in other.pairs {
            self.add_pair(pair, total, Some(&map));
        }
        for (key, total) in other.relations {
            self.add_relation(key, total, Some(&map));
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

    /// Number of documents found to be reprints so far.
    pub fn reprints(&self) -> u64 {
        self.reprints
    }

    /// Number of documents the reprint index holds (those that were not reprints), and so the memory it takes.
    pub fn indexed(&self) -> usize {
        self.index.as_ref().map_or(0, Index::len)
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

    pub(super) fn add_outlet_totals(&mut self, reprints: u64, without_outlet: u64) {
        self.reprints = self.reprints.saturating_add(reprints);
        self.without_outlet = self.without_outlet.saturating_add(without_outlet);
    }

    /// The numbers here of outlets named `names` elsewhere (numbering those not seen yet).
    pub(super) fn outlet_map(&mut self, names: &[String]) -> Vec<u32> {
        names
            .iter()
            .map(|name| self.outlets.number(name).expect("an outlet's name is a valid name"))
            .collect()
    }

    /// Adds an entity's counts; `entity` is its index in the gazetteer, and `map` translates its outlets'
    /// numbers into this accumulator's.
    pub(super) fn add_entity(&mut self, entity: usize, total: &EntityTotal, map: Option<&[u32]>) {
        let known = self.outlets.len();
        self.entities[entity].merge(total, map, known);
    }

    /// Adds a pair's counts; the pair is two gazetteer indices, the lower first.
    pub(super) fn add_pair(&mut self, pair: (u32, u32), total: PairTotal, map: Option<&[u32]>) {
        let (how, known) = (Keep::of(&self.settings), self.outlets.len());
        add_total(&mut self.pairs, pair, total, how, map, known);
    }

    /// Adds a typed relation's counts.
    pub(super) fn add_relation(&mut self, key: (u32, u32, EdgeKind), total: PairTotal, map: Option<&[u32]>) {
        let (how, known) = (Keep::of(&self.settings), self.outlets.len());
        add_total(&mut self.relations, key, total, how, map, known);
    }
}

/// Adds a pair's or relation's counts to the map's.
fn add_total<K: std::hash::Hash + Eq>(
    totals: &mut FxHashMap<K, PairTotal>,
    key: K,
    total: PairTotal,
    how: Keep,
    map: Option<&[u32]>,
    known: u32,
) {
    match totals.entry(key) {
        Entry::Occupied(mut kept) => kept.get_mut().merge(total, how, map, known),
        Entry::Vacant(slot) => {
            let mut total = total;
            if let Some(map) = map {
                total.outlets = total.outlets.renumbered(map, known);
            }
            how.first(&mut total.evidence);
            slot.insert(total);
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
    // `+ 0.0`: a score just below zero rounds to -0.0, which would be written `-0.0`
    (score.clamp(-1.0, 1.0) * 10_000.0).round() / 10_000.0 + 0.0
}

/// Keeps an edge's first passages by (document, sentence) ([`Keep`]), copying a passage's text only when it
/// is kept; says whether it kept any. Documents mostly arrive in id order, so once an edge's evidence is full
/// one comparison turns the rest away.
fn admit(kept: &mut Vec<Evidence>, document: &str, passages: &[Passage], text: Option<&str>, how: Keep) -> bool {
    let cap = how.cap;
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
        let text = passage.text.text(text);
        if how.distinct
            && let Some(same) = kept.iter().position(|e| e.text == text)
        {
            // the same words, already kept from an earlier passage: this one is not shown; from a later one:
            // this one is shown in its place
            if same < at {
                continue;
            }
            kept.remove(same);
        }
        any = true;
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

impl Accumulator {
    /// Numbers the found entities a contribution names (its own, numbered from the accumulator's base) with
    /// the accumulator's numbers.
    pub(super) fn number_found(&mut self, contribution: &mut Contribution) {
        if contribution.found.is_empty() {
            return;
        }
        let found = std::mem::take(&mut contribution.found);
        let numbers: Vec<u32> = found.iter().map(|f| self.found.number(f)).collect();
        let base = self.found.base();
        contribution.renumber(|e| if e >= base { numbers[(e - base) as usize] } else { e });
        self.cover(self.found.end());
    }

    /// Numbers a found entity a partial names, and makes room for its counts.
    pub(super) fn number_found_entity(&mut self, found: &Found) -> usize {
        let n = self.found.number(found) as usize;
        self.cover(n + 1);
        n
    }

    /// Makes room for the counts of `entities` entity indices.
    pub(super) fn cover(&mut self, entities: usize) {
        if self.entities.len() < entities {
            self.entities.resize(entities, Default::default());
        }
    }
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
