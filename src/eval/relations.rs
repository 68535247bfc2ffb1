//! Scoring typed relations: what the sentences of a document state (and what the gazetteer states of two
//! entities a sentence names together) against the gold pairs' relations, by kind and direction.
//!
//! A gold pair says what the text says of two entities: `sells_to`, `customer_of`, `owns` … (see
//! [`super::gold::Relation`]), and how (`status`). Only a tie the text states as a current fact is one a
//! typed edge should assert, so the relations expected are the gold pairs whose status is `current`, each
//! mapped to the graph's kind and direction (`a customer_of b` is `b supplies a`). A relation found is
//! correct when the document has the same one expected; a relation found for a pair the gold calls planned,
//! ended, demanded or denied, or does not list at all, is false. `owned_by` and `made_by` count as one (the
//! gold says `owns` for both), and a relation without direction matches either way round. What the gazetteer
//! states (an `owner` column, a rule's place) is not read from the text: it is scored only where the gold has
//! a pair for the two entities, since elsewhere the text makes no claim it could be right or wrong about.

use std::collections::{BTreeMap, BTreeSet};

use petgraph::visit::EdgeRef;
use serde::Serialize;

use super::gold::{GoldDocument, Status};
use super::{Scores, sentence_at};
use crate::extract::Extraction;
use crate::gazetteer::Gazetteer;
use crate::graph::relate::Relater;
use crate::graph::{Accumulator, Contribution, EdgeKind, EdgeOrigin, RollUp, Settings, Window};
use crate::text::Document;

/// Typed relations scored, overall and per kind.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RelationScores {
    pub overall: Scores,
    pub by_kind: BTreeMap<String, Scores>,
}

/// A relation expected and not found, or found and not expected.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct RelationError {
    pub document: String,
    pub source: String,
    pub target: String,
    pub kind: String,
    pub directed: bool,
    /// The gold pair's sentence for a miss; the sentence that states it (or names both) for a false one.
    pub sentence: String,
}

/// What relation scoring found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RelationResults {
    pub scores: RelationScores,
    pub missed: Vec<RelationError>,
    pub false_found: Vec<RelationError>,
}

/// (source, target, kind) with `made_by` as `owned_by` and a relation without direction in id order: what
/// is compared.
type Key = (String, String, EdgeKind);

fn key(source: &str, target: &str, kind: EdgeKind) -> Key {
    let kind = if kind == EdgeKind::MadeBy {
        EdgeKind::OwnedBy
    } else {
        kind
    };
    if kind.has_direction() || source <= target {
        (source.to_string(), target.to_string(), kind)
    } else {
        (target.to_string(), source.to_string(), kind)
    }
}

/// Scores the relations of the documents against their gold annotations.
pub fn score(
    documents: &[(&GoldDocument, &(Document, Extraction))],
    gazetteer: &Gazetteer,
    relater: &Relater,
) -> RelationResults {
    let mut results = RelationResults::default();
    let mut totals: BTreeMap<String, (u64, u64, u64)> = BTreeMap::new();
    for (gold, (doc, extraction)) in documents {
        let expected: BTreeMap<Key, &str> = gold
            .pairs
            .iter()
            .filter(|p| p.status == Status::Current)
            .map(|p| {
                let (kind, reversed) = p.relation.typed();
                let (s, t) = if reversed { (&p.b, &p.a) } else { (&p.a, &p.b) };
                (key(s, t, kind), p.sentence.as_str())
            })
            .collect();
        let paired: BTreeSet<(&str, &str)> = gold
            .pairs
            .iter()
            .flat_map(|p| [(p.a.as_str(), p.b.as_str()), (p.b.as_str(), p.a.as_str())])
            .collect();
        let found: BTreeMap<Key, String> = found(doc, extraction, gazetteer, relater)
            .into_iter()
            .filter(|((s, t, _), (_, from_text))| *from_text || paired.contains(&(s.as_str(), t.as_str())))
            .map(|(k, (sentence, _))| (k, sentence))
            .collect();
        for (k, sentence) in &expected {
            let counts = totals.entry(name(k.2)).or_default();
            counts.0 += 1;
            if !found.contains_key(k) {
                results.missed.push(error(&gold.document, k, sentence));
            }
        }
        for (k, sentence) in &found {
            let counts = totals.entry(name(k.2)).or_default();
            counts.1 += 1;
            if expected.contains_key(k) {
                counts.2 += 1;
            } else {
                results.false_found.push(error(&gold.document, k, sentence));
            }
        }
    }
    let (mut gold_n, mut found_n, mut correct_n) = (0, 0, 0);
    for (kind, (g, f, c)) in totals {
        results.scores.by_kind.insert(kind, Scores::new(g, f, c));
        gold_n += g;
        found_n += f;
        correct_n += c;
    }
    results.scores.overall = Scores::new(gold_n, found_n, correct_n);
    results.missed.sort();
    results.false_found.sort();
    results
}

/// The kind's name as scored: `made_by` counts as `owned_by`.
fn name(kind: EdgeKind) -> String {
    kind.name().to_string()
}

fn error(document: &str, (source, target, kind): &Key, sentence: &str) -> RelationError {
    RelationError {
        document: document.to_string(),
        source: source.clone(),
        target: target.clone(),
        kind: name(*kind),
        directed: kind.has_direction(),
        sentence: sentence.to_string(),
    }
}

/// The typed relations of one document's graph, built as `build` builds it (sentence window, no roll-up):
/// what its sentences state, and what the gazetteer states of two entities a sentence names together. Each
/// with the first sentence that states it (or names the two), and whether the text states it.
fn found(
    doc: &Document,
    extraction: &Extraction,
    gazetteer: &Gazetteer,
    relater: &Relater,
) -> BTreeMap<Key, (String, bool)> {
    let settings = Settings {
        window: Window::Sentence,
        evidence_cap: 1,
        reprints: crate::graph::Reprints::Keep,
        ..Settings::default()
    };
    let counts_as = RollUp::None.map(gazetteer);
    let mut accumulator = Accumulator::new(gazetteer.entity_space(), settings.clone());
    accumulator.add(
        Contribution::new(doc, extraction, &settings, &counts_as, Some(relater)),
        Some(&doc.text),
    );
    let graph = accumulator.finish(gazetteer).graph;
    let together: BTreeSet<(&str, &str)> = graph
        .edge_references()
        .filter(|e| e.weight().kind == EdgeKind::Cooccurrence)
        .flat_map(|e| {
            let (a, b) = (graph[e.source()].id.as_str(), graph[e.target()].id.as_str());
            [(a, b), (b, a)]
        })
        .collect();
    let mut found = BTreeMap::new();
    for e in graph.edge_references() {
        let edge = e.weight();
        let (s, t) = (graph[e.source()].id.as_str(), graph[e.target()].id.as_str());
        let stated_together = edge.kind != EdgeKind::LocatedIn && together.contains(&(s, t));
        let sentence = match edge.evidence.first() {
            Some(evidence) => evidence.text.clone(),
            None if stated_together => first_sentence_naming(doc, extraction, gazetteer, s, t),
            None => continue,
        };
        if edge.kind != EdgeKind::Cooccurrence {
            let from_text = edge.origin == EdgeOrigin::Text;
            let entry = found.entry(key(s, t, edge.kind)).or_insert((sentence, from_text));
            entry.1 |= from_text;
        }
    }
    found
}

/// The first sentence of the document that names both entities.
fn first_sentence_naming(doc: &Document, extraction: &Extraction, gazetteer: &Gazetteer, a: &str, b: &str) -> String {
    let named = |id: &str, sentence: u32| {
        extraction
            .mentions
            .iter()
            .any(|m| m.sentence == sentence && extraction.id_of(gazetteer, m.entity) == id)
    };
    extraction
        .mentions
        .iter()
        .map(|m| m.sentence)
        .find(|&s| named(a, s) && named(b, s))
        .map(|s| sentence_at(doc, extraction, extraction.sentence(s).start))
        .unwrap_or_default()
}
