//! Measuring extraction against gold annotations, so that its quality is a number a test can hold.
//!
//! For documents a person has annotated (see [`gold`]), the evaluation compares what gazegraph finds with what
//! the annotator says is there:
//!
//! - **mentions**: precision, recall and F1 of exact (span, entity) matches, overall and per entity type (a
//!   correct mention and a miss count under the gold type, a false hit under the type the gazetteer gives);
//! - **entities per document**: the same for the set of (document, entity) pairs, what a graph's nodes and
//!   edges are made of;
//! - **gold pairs**: whether the co-occurrence graph links each pair the annotator marked, by a sentence (and by
//!   a paragraph) of that document;
//!
//! and lists every miss and false hit with its sentence, which is what a user needs to fix the gazetteer.
//!
//! The work is done by the library's own stages: the pipeline reads and matches the corpus, and the graphs
//! are counted by [`crate::graph`] as `build` counts them, so the numbers describe what `build` does.

pub mod gold;
pub mod relations;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Mutex;

use petgraph::visit::EdgeRef;
use serde::{Serialize, Serializer};

pub use gold::{GoldDocument, GoldError, GoldMention, GoldPair};

use crate::extract::{Extraction, Extractor};
use crate::gazetteer::Gazetteer;
use crate::graph::relate::Relater;
use crate::graph::{Accumulator, Contribution, EdgeKind, RollUp, Settings, Window};
use crate::pipeline::{self, Observer, Options};
use crate::text::{Document, Input, Skip};

/// The documents of a corpus that have gold annotations, read and matched.
#[derive(Debug, Default)]
pub struct Corpus {
    /// In input order.
    pub documents: Vec<(Document, Extraction)>,
    /// All documents read, annotated or not.
    pub read: u64,
    pub skipped: Vec<Skip>,
}

/// Keeps the documents whose id is wanted, as the pipeline hands them over.
struct Keep<'a> {
    wanted: &'a HashSet<&'a str>,
    kept: Mutex<Vec<(Document, Extraction)>>,
}

impl Observer for Keep<'_> {
    fn processed(&self, doc: &Document, extraction: &Extraction) {
        if self.wanted.contains(doc.id.as_str()) {
            let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
            kept.push((doc.clone(), extraction.clone()));
        }
    }
}

/// Reads and matches `inputs` with the pipeline, keeping the documents `gold` annotates.
pub fn read_corpus(
    gazetteer: &Gazetteer,
    extractor: &Extractor,
    inputs: &[Input],
    options: &Options,
    gold: &[GoldDocument],
) -> Result<Corpus, pipeline::Error> {
    let wanted: HashSet<&str> = gold.iter().map(|g| g.document.as_str()).collect();
    let keep = Keep {
        wanted: &wanted,
        kept: Mutex::new(Vec::new()),
    };
    let (_, summary) = pipeline::build(gazetteer, extractor, inputs, options, &mut std::io::sink(), &keep)?;
    Ok(Corpus {
        documents: keep.kept.into_inner().unwrap_or_else(|e| e.into_inner()),
        read: summary.documents,
        skipped: summary.skipped,
    })
}

/// Precision, recall and F1 of a set of findings against a gold set.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Scores {
    /// In the gold annotations.
    pub gold: u64,
    /// Found by gazegraph.
    pub found: u64,
    /// Found and in the gold annotations.
    pub correct: u64,
    /// `correct / found`; none when nothing was found.
    #[serde(serialize_with = "rounded")]
    pub precision: Option<f64>,
    /// `correct / gold`; none when there is nothing to find.
    #[serde(serialize_with = "rounded")]
    pub recall: Option<f64>,
    /// The harmonic mean of precision and recall; 0 when nothing correct was found, none when there was
    /// nothing to find and nothing was found.
    #[serde(serialize_with = "rounded")]
    pub f1: Option<f64>,
}

impl Scores {
    fn new(gold: u64, found: u64, correct: u64) -> Scores {
        let ratio = |n: u64, d: u64| (d > 0).then(|| n as f64 / d as f64);
        let (precision, recall) = (ratio(correct, found), ratio(correct, gold));
        let f1 = match (precision, recall) {
            _ if gold == 0 && found == 0 => None,
            _ if correct == 0 => Some(0.0),
            (Some(p), Some(r)) => Some(2.0 * p * r / (p + r)),
            _ => None,
        };
        Scores {
            gold,
            found,
            correct,
            precision,
            recall,
            f1,
        }
    }
}

/// Ratios are written with 4 decimals, enough to read and stable across platforms.
fn rounded<S: Serializer>(value: &Option<f64>, serializer: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => serializer.serialize_f64((v * 10_000.0).round() / 10_000.0),
        None => serializer.serialize_none(),
    }
}

/// Mention scores, overall and per entity type.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MentionScores {
    #[serde(flatten)]
    pub overall: Scores,
    pub by_type: BTreeMap<String, Scores>,
}

/// How many gold pairs the co-occurrence graph links, with one window and another.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PairScores {
    pub gold: u64,
    pub sentence: PairRecall,
    pub paragraph: PairRecall,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PairRecall {
    pub found: u64,
    #[serde(serialize_with = "rounded")]
    pub recall: Option<f64>,
}

/// A miss or a false hit, with its sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MentionError {
    pub document: String,
    pub start: usize,
    pub end: usize,
    pub surface: String,
    /// The gold entity: for a miss, the one missed; for a false hit, the gold mention it overlaps, if any.
    pub expected: Option<String>,
    /// The entity gazegraph found: for a false hit, the one found; for a miss, the mention found in its place
    /// (a wrong span or entity), if any.
    pub found: Option<String>,
    pub sentence: String,
}

/// An entity of a document: missed altogether, or found where the gold has none.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct DocumentEntity {
    pub document: String,
    pub entity: String,
}

/// A gold pair and whether the graph links it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PairResult {
    pub document: String,
    pub a: String,
    pub b: String,
    pub relation: gold::Relation,
    pub sentence: String,
    /// Linked by a sentence of the document.
    pub in_sentence: bool,
    /// Linked by a paragraph of the document.
    pub in_paragraph: bool,
}

/// The floors a run must meet, each optional: what CI holds the measured quality to.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Thresholds {
    /// Overall mention F1.
    pub min_f1: Option<f64>,
    /// Precision of entities per document.
    pub min_entity_precision: Option<f64>,
    /// Recall of entities per document.
    pub min_entity_recall: Option<f64>,
    /// Precision of typed relations (kind and direction).
    pub min_relation_precision: Option<f64>,
    /// Recall of typed relations (kind and direction).
    pub min_relation_recall: Option<f64>,
}

/// A threshold the user asked for.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Check {
    /// The threshold's name: `min_f1`, `min_entity_precision`, `min_entity_recall`, `min_relation_precision`
    /// or `min_relation_recall`.
    pub name: &'static str,
    pub threshold: f64,
    #[serde(serialize_with = "rounded")]
    pub value: Option<f64>,
    /// Met when the value is at least the threshold; a value that cannot be computed does not meet it.
    pub passed: bool,
}

/// What an evaluation found.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Report {
    /// Documents with gold annotations, all of them found among the inputs.
    pub documents: usize,
    /// Documents read that have no gold annotations (not evaluated).
    pub unannotated: u64,
    pub mentions: MentionScores,
    pub entities: Scores,
    pub pairs: PairScores,
    /// Typed relations: what the sentences state (and the gazetteer of entities named together) against the
    /// gold pairs stated as current, by kind and direction.
    pub relations: relations::RelationScores,
    pub missed_mentions: Vec<MentionError>,
    pub false_mentions: Vec<MentionError>,
    pub missed_entities: Vec<DocumentEntity>,
    pub false_entities: Vec<DocumentEntity>,
    /// Gold pairs no sentence links.
    pub missed_pairs: Vec<PairResult>,
    pub missed_relations: Vec<relations::RelationError>,
    pub false_relations: Vec<relations::RelationError>,
    pub checks: Vec<Check>,
}

impl Report {
    /// Adds the thresholds' checks.
    pub fn check(&mut self, thresholds: &Thresholds) {
        let mut add = |name, threshold: Option<f64>, value: Option<f64>| {
            if let Some(threshold) = threshold {
                self.checks.push(Check {
                    name,
                    threshold,
                    value,
                    passed: value.is_some_and(|v| v >= threshold),
                });
            }
        };
        add("min_f1", thresholds.min_f1, self.mentions.overall.f1);
        add(
            "min_entity_precision",
            thresholds.min_entity_precision,
            self.entities.precision,
        );
        add("min_entity_recall", thresholds.min_entity_recall, self.entities.recall);
        add(
            "min_relation_precision",
            thresholds.min_relation_precision,
            self.relations.overall.precision,
        );
        add(
            "min_relation_recall",
            thresholds.min_relation_recall,
            self.relations.overall.recall,
        );
    }

    pub fn passed(&self) -> bool {
        self.checks.iter().all(|c| c.passed)
    }
}

/// Compares the corpus with the gold annotations. Fails when a gold document is not in the corpus or does not
/// fit its text.
pub fn evaluate(
    gold: &[GoldDocument],
    corpus: &Corpus,
    gazetteer: &Gazetteer,
    relater: &Relater,
) -> Result<Report, GoldError> {
    let by_id: HashMap<&str, &(Document, Extraction)> = corpus.documents.iter().map(|d| (d.0.id.as_str(), d)).collect();
    let mut problems = Vec::new();
    let mut pairs_of_docs = Vec::with_capacity(gold.len());
    for g in gold {
        match by_id.get(g.document.as_str()) {
            None => problems.push((
                g.file.clone(),
                format!(
                    "document `{}` is not among the inputs ({} documents read)",
                    g.document, corpus.read
                ),
            )),
            Some(found) => {
                problems.extend(
                    gold::check_against(g, &found.0)
                        .into_iter()
                        .map(|p| (g.file.clone(), p)),
                );
                pairs_of_docs.push((g, *found));
            }
        }
    }
    if !problems.is_empty() {
        return Err(GoldError { problems });
    }
    let typed = relations::score(&pairs_of_docs, gazetteer, relater);
    let linked_by_sentence = linked(&pairs_of_docs, gazetteer, Window::Sentence);
    let linked_by_paragraph = linked(&pairs_of_docs, gazetteer, Window::Paragraph);
    let mut report = Report {
        documents: gold.len(),
        unannotated: corpus.read.saturating_sub(gold.len() as u64),
        relations: typed.scores,
        missed_relations: typed.missed,
        false_relations: typed.false_found,
        ..Report::default()
    };
    let mut by_type: BTreeMap<String, (u64, u64, u64)> = BTreeMap::new();
    let (mut mention_totals, mut entity_totals, mut pair_found) = ((0, 0, 0), (0, 0, 0), (0, 0));
    for (g, (doc, extraction)) in pairs_of_docs {
        let ids: Vec<std::borrow::Cow<'_, str>> = extraction
            .mentions
            .iter()
            .map(|m| extraction.id_of(gazetteer, m.entity))
            .collect();
        let found: Vec<(usize, usize, &str, &str)> = extraction
            .mentions
            .iter()
            .zip(&ids)
            .map(|(m, id)| (m.start, m.end, id.as_ref(), extraction.kind_of(gazetteer, m.entity)))
            .collect();
        let gold_set: HashSet<(usize, usize, &str)> =
            g.mentions.iter().map(|m| (m.start, m.end, m.entity.as_str())).collect();
        let found_set: HashSet<(usize, usize, &str)> = found.iter().map(|&(s, e, id, _)| (s, e, id)).collect();
        let sentence = |start: usize| sentence_at(doc, extraction, start);
        for m in &g.mentions {
            let counts = by_type.entry(m.kind.name().to_string()).or_default();
            counts.0 += 1;
            if found_set.contains(&(m.start, m.end, m.entity.as_str())) {
                counts.1 += 1;
                counts.2 += 1;
                mention_totals.2 += 1;
            } else {
                report.missed_mentions.push(MentionError {
                    document: g.document.clone(),
                    start: m.start,
                    end: m.end,
                    surface: m.surface.clone(),
                    expected: Some(m.entity.clone()),
                    found: found
                        .iter()
                        .find(|f| f.0 < m.end && m.start < f.1)
                        .map(|f| f.2.to_string()),
                    sentence: sentence(m.start),
                });
            }
        }
        for &(start, end, id, kind) in &found {
            if !gold_set.contains(&(start, end, id)) {
                by_type.entry(kind.to_string()).or_default().1 += 1;
                report.false_mentions.push(MentionError {
                    document: g.document.clone(),
                    start,
                    end,
                    surface: doc.text[start..end].to_string(),
                    expected: g
                        .mentions
                        .iter()
                        .find(|m| m.start < end && start < m.end)
                        .map(|m| m.entity.clone()),
                    found: Some(id.to_string()),
                    sentence: sentence(start),
                });
            }
        }
        mention_totals.0 += g.mentions.len() as u64;
        mention_totals.1 += found.len() as u64;

        let gold_entities: BTreeSet<&str> = g.mentions.iter().map(|m| m.entity.as_str()).collect();
        let found_entities: BTreeSet<&str> = found.iter().map(|f| f.2).collect();
        let entity = |id: &&str| DocumentEntity {
            document: g.document.clone(),
            entity: id.to_string(),
        };
        report
            .missed_entities
            .extend(gold_entities.difference(&found_entities).map(entity));
        report
            .false_entities
            .extend(found_entities.difference(&gold_entities).map(entity));
        entity_totals.0 += gold_entities.len() as u64;
        entity_totals.1 += found_entities.len() as u64;
        entity_totals.2 += gold_entities.intersection(&found_entities).count() as u64;

        for p in &g.pairs {
            let key = ordered(&p.a, &p.b);
            let is_linked = |links: &HashMap<(String, String), HashSet<String>>| {
                links.get(&key).is_some_and(|docs| docs.contains(&g.document))
            };
            let (in_sentence, in_paragraph) = (is_linked(&linked_by_sentence), is_linked(&linked_by_paragraph));
            pair_found.0 += u64::from(in_sentence);
            pair_found.1 += u64::from(in_paragraph);
            if !in_sentence {
                report.missed_pairs.push(PairResult {
                    document: g.document.clone(),
                    a: p.a.clone(),
                    b: p.b.clone(),
                    relation: p.relation,
                    sentence: p.sentence.clone(),
                    in_sentence,
                    in_paragraph,
                });
            }
        }
        report.pairs.gold += g.pairs.len() as u64;
    }
    report.mentions = MentionScores {
        overall: Scores::new(mention_totals.0, mention_totals.1, mention_totals.2),
        by_type: by_type
            .into_iter()
            .map(|(kind, (gold, found, correct))| (kind, Scores::new(gold, found, correct)))
            .collect(),
    };
    report.entities = Scores::new(entity_totals.0, entity_totals.1, entity_totals.2);
    let recall = |found: u64| PairRecall {
        found,
        recall: Scores::new(report.pairs.gold, found, found).recall,
    };
    report.pairs.sentence = recall(pair_found.0);
    report.pairs.paragraph = recall(pair_found.1);
    Ok(report)
}

fn ordered(a: &str, b: &str) -> (String, String) {
    if a <= b {
        (a.to_string(), b.to_string())
    } else {
        (b.to_string(), a.to_string())
    }
}

/// For each pair of entity ids the co-occurrence graph links, with `window`, the documents whose windows do.
/// Counted by the graph module as `build` counts, with every window kept as evidence and no filter.
fn linked(
    documents: &[(&GoldDocument, &(Document, Extraction))],
    gazetteer: &Gazetteer,
    window: Window,
) -> HashMap<(String, String), HashSet<String>> {
    let settings = Settings {
        window,
        evidence_cap: usize::MAX,
        min_weight: 1,
        min_score: None,
        roll_up: RollUp::None,
        relations: false,
        // every gold document is scored on its own, copy or not
        reprints: crate::graph::Reprints::Keep,
    };
    let counts_as = RollUp::None.map(gazetteer);
    let mut accumulator = Accumulator::new(gazetteer.entity_space(), settings.clone());
    for (_, (doc, extraction)) in documents {
        accumulator.add(
            Contribution::new(doc, extraction, &settings, &counts_as, None),
            Some(&doc.text),
        );
    }
    let graph = accumulator.finish(gazetteer).graph;
    let mut links: HashMap<(String, String), HashSet<String>> = HashMap::new();
    for edge in graph.edge_references() {
        if edge.weight().kind != EdgeKind::Cooccurrence {
            continue;
        }
        let key = ordered(&graph[edge.source()].id, &graph[edge.target()].id);
        links
            .entry(key)
            .or_default()
            .extend(edge.weight().evidence.iter().map(|e| e.document.clone()));
    }
    links
}

/// The sentence a byte offset is in.
fn sentence_at(doc: &Document, extraction: &Extraction, offset: usize) -> String {
    let i = extraction.sentences.partition_point(|s| s.end <= offset);
    extraction
        .sentences
        .get(i)
        .filter(|s| s.start <= offset)
        .map_or_else(String::new, |s| doc.text[s.clone()].to_string())
}

#[cfg(test)]
mod tests;
