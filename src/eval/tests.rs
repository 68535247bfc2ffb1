//! The evaluation on a corpus small enough to count by hand.
//!
//! Gazetteer: Acme (also `Acme Corp`), City Police, SkyEye, Springfield. Documents:
//!
//! - `d1`: "Acme sells SkyEye to the City Police." / "Mayor Quimby praised the acme of policing in Springfield.
//!   The City Police agreed." The annotator marks Acme, SkyEye, City Police, Quimby (not in the gazetteer),
//!   Springfield and City Police; gazegraph also takes `acme` (the word) for Acme. Pairs: Acme – City Police
//!   (one sentence), Quimby – City Police (never linked: Quimby is unknown), Springfield – City Police (same
//!   paragraph, other sentence).
//! - `d2`: "Acme Corp works with Springfield." The annotator marks `Acme` alone (gazegraph: `Acme Corp`, a wrong
//!   span) and Springfield as the council (gazegraph: the city, a wrong entity). Pair: Acme – the council.
//! - a third document is read (`Corpus::read`) but not annotated.
//!
//! Mentions: 8 gold, 8 found, 5 correct. Entities per document: 7 gold, 6 found, 5 correct. Pairs: 4 gold, 1
//! linked by a sentence, 2 by a paragraph.

use super::gold::{EntityType, GoldDocument, GoldMention, GoldPair, Relation};
use super::*;
use crate::extract::Scratch;

const GAZETTEER: &str = "id,name,type,aliases\n\
    acme,Acme,organisation,Acme Corp\n\
    police,City Police,agency,\n\
    skyeye,SkyEye,product,\n\
    springfield,Springfield,city,\n";

const D1: &str = "Acme sells SkyEye to the City Police.\n\n\
    Mayor Quimby praised the acme of policing in Springfield. The City Police agreed.";
const D2: &str = "Acme Corp works with Springfield.";

fn corpus(gazetteer: &Gazetteer) -> Corpus {
    let extractor = Extractor::new(gazetteer).unwrap();
    let mut scratch = Scratch::default();
    let documents = [("d1", D1), ("d2", D2)]
        .into_iter()
        .map(|(id, text)| {
            let doc = Document::from_text(id.to_string(), text.to_string());
            let extraction = extractor.extract(&doc, &mut scratch);
            (doc, extraction)
        })
        .collect();
    Corpus {
        documents,
        read: 3,
        skipped: Vec::new(),
    }
}

/// A gold mention of the `nth` occurrence (from 0) of `surface`.
fn mention(text: &str, surface: &str, nth: usize, entity: &str, kind: EntityType) -> GoldMention {
    let start = text.match_indices(surface).nth(nth).expect("in the text").0;
    GoldMention {
        start,
        end: start + surface.len(),
        surface: surface.to_string(),
        entity: entity.to_string(),
        kind,
    }
}

fn pair(a: &str, b: &str, relation: Relation, sentence: &str) -> GoldPair {
    GoldPair {
        a: a.to_string(),
        b: b.to_string(),
        relation,
        status: Default::default(),
        sentence: sentence.to_string(),
    }
}

fn gold() -> Vec<GoldDocument> {
    use EntityType::*;
    vec![
        GoldDocument {
            document: "d1".to_string(),
            mentions: vec![
                mention(D1, "Acme", 0, "acme", Organisation),
                mention(D1, "SkyEye", 0, "skyeye", Product),
                mention(D1, "City Police", 0, "police", Agency),
                mention(D1, "Quimby", 0, "quimby", Person),
                mention(D1, "Springfield", 0, "springfield", City),
                mention(D1, "City Police", 1, "police", Agency),
            ],
            pairs: vec![
                pair(
                    "acme",
                    "police",
                    Relation::SellsTo,
                    "Acme sells SkyEye to the City Police.",
                ),
                pair(
                    "quimby",
                    "police",
                    Relation::WorksWith,
                    "Mayor Quimby praised the acme of policing",
                ),
                pair("police", "springfield", Relation::WorksWith, "The City Police agreed."),
            ],
            file: "gold/d1.json".into(),
        },
        GoldDocument {
            document: "d2".to_string(),
            mentions: vec![
                mention(D2, "Acme", 0, "acme", Organisation),
                mention(D2, "Springfield", 0, "springfield-council", Agency),
            ],
            pairs: vec![pair("acme", "springfield-council", Relation::PartnersWith, D2)],
            file: "gold/d2.json".into(),
        },
    ]
}

fn scores(gold: u64, found: u64, correct: u64, p: Option<f64>, r: Option<f64>, f1: Option<f64>) -> Scores {
    Scores {
        gold,
        found,
        correct,
        precision: p,
        recall: r,
        f1,
    }
}

#[test]
fn scores_count_by_hand() {
    let gazetteer = Gazetteer::from_csv("g.csv", GAZETTEER).unwrap();
    let report = evaluate(
        &gold(),
        &corpus(&gazetteer),
        &gazetteer,
        &crate::graph::relate::Relater::new(&gazetteer),
    )
    .unwrap();
    assert_eq!((report.documents, report.unannotated), (2, 1));
    assert_eq!(
        report.mentions.overall,
        scores(8, 8, 5, Some(0.625), Some(0.625), Some(0.625))
    );
    let by_type: Vec<(&str, &Scores)> = report.mentions.by_type.iter().map(|(k, v)| (k.as_str(), v)).collect();
    assert_eq!(
        by_type,
        [
            ("agency", &scores(3, 2, 2, Some(1.0), Some(2.0 / 3.0), Some(0.8))),
            ("city", &scores(1, 2, 1, Some(0.5), Some(1.0), Some(2.0 / 3.0))),
            ("organisation", &scores(2, 3, 1, Some(1.0 / 3.0), Some(0.5), Some(0.4))),
            ("person", &scores(1, 0, 0, None, Some(0.0), Some(0.0))),
            ("product", &scores(1, 1, 1, Some(1.0), Some(1.0), Some(1.0))),
        ]
    );
    let entities = &report.entities;
    assert_eq!((entities.gold, entities.found, entities.correct), (7, 6, 5));
    assert_eq!(entities.precision, Some(5.0 / 6.0));
    assert_eq!(entities.recall, Some(5.0 / 7.0));
    assert!((entities.f1.unwrap() - 10.0 / 13.0).abs() < 1e-12);
    assert_eq!(
        report.pairs,
        PairScores {
            gold: 4,
            sentence: PairRecall {
                found: 1,
                recall: Some(0.25)
            },
            paragraph: PairRecall {
                found: 2,
                recall: Some(0.5)
            },
        }
    );
}

#[test]
fn misses_and_false_hits_are_listed_with_their_sentences() {
    let gazetteer = Gazetteer::from_csv("g.csv", GAZETTEER).unwrap();
    let report = evaluate(
        &gold(),
        &corpus(&gazetteer),
        &gazetteer,
        &crate::graph::relate::Relater::new(&gazetteer),
    )
    .unwrap();
    let brief = |errors: &[MentionError]| -> Vec<(String, String, Option<String>, Option<String>)> {
        errors
            .iter()
            .map(|e| {
                (
                    e.document.clone(),
                    e.surface.clone(),
                    e.expected.clone(),
                    e.found.clone(),
                )
            })
            .collect()
    };
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        brief(&report.missed_mentions),
        [
            ("d1".into(), "Quimby".into(), s("quimby"), None),
            ("d2".into(), "Acme".into(), s("acme"), s("acme")),
            (
                "d2".into(),
                "Springfield".into(),
                s("springfield-council"),
                s("springfield")
            ),
        ]
    );
    assert_eq!(
        brief(&report.false_mentions),
        [
            ("d1".into(), "acme".into(), None, s("acme")),
            ("d2".into(), "Acme Corp".into(), s("acme"), s("acme")),
            (
                "d2".into(),
                "Springfield".into(),
                s("springfield-council"),
                s("springfield")
            ),
        ]
    );
    let quimby = &report.missed_mentions[0];
    assert_eq!(&D1[quimby.start..quimby.end], "Quimby");
    assert_eq!(
        quimby.sentence.trim(),
        "Mayor Quimby praised the acme of policing in Springfield."
    );
    assert_eq!(report.false_mentions[0].sentence, quimby.sentence);
    assert_eq!(report.missed_mentions[1].sentence, D2);

    let entity = |d: &str, e: &str| DocumentEntity {
        document: d.to_string(),
        entity: e.to_string(),
    };
    assert_eq!(
        report.missed_entities,
        [entity("d1", "quimby"), entity("d2", "springfield-council")]
    );
    assert_eq!(report.false_entities, [entity("d2", "springfield")]);

    let missed: Vec<(&str, &str, bool)> = report
        .missed_pairs
        .iter()
        .map(|p| (p.a.as_str(), p.b.as_str(), p.in_paragraph))
        .collect();
    assert_eq!(
        missed,
        [
            ("quimby", "police", false),
            ("police", "springfield", true),
            ("acme", "springfield-council", false)
        ]
    );
}

#[test]
fn thresholds_pass_only_when_met() {
    let gazetteer = Gazetteer::from_csv("g.csv", GAZETTEER).unwrap();
    let report = evaluate(
        &gold(),
        &corpus(&gazetteer),
        &gazetteer,
        &crate::graph::relate::Relater::new(&gazetteer),
    )
    .unwrap();
    let mut passing = report.clone();
    passing.check(&Thresholds {
        min_f1: Some(0.625),
        min_entity_precision: Some(0.8),
        ..Thresholds::default()
    });
    assert!(passing.passed(), "{:?}", passing.checks);
    assert_eq!(passing.checks.len(), 2);
    let mut failing = report.clone();
    failing.check(&Thresholds {
        min_f1: Some(0.63),
        ..Thresholds::default()
    });
    assert!(!failing.passed());
    assert_eq!(failing.checks[0].name, "min_f1");
    let mut strict = report;
    strict.check(&Thresholds {
        min_entity_precision: Some(1.0),
        ..Thresholds::default()
    });
    assert!(!strict.passed());
    assert_eq!(strict.checks[0].value, Some(5.0 / 6.0));
    // nothing to measure meets no threshold
    let mut empty = Report::default();
    empty.check(&Thresholds {
        min_f1: Some(0.0),
        min_entity_precision: Some(0.0),
        min_entity_recall: Some(0.0),
        min_relation_precision: Some(0.0),
        min_relation_recall: Some(0.0),
    });
    assert!(!empty.passed());
}

#[test]
fn gold_that_does_not_fit_the_corpus_is_refused_with_its_file() {
    let gazetteer = Gazetteer::from_csv("g.csv", GAZETTEER).unwrap();
    let mut gold = gold();
    gold[1].mentions[1].start += 1;
    gold.push(GoldDocument {
        document: "d9".to_string(),
        mentions: Vec::new(),
        pairs: Vec::new(),
        file: "gold/d9.json".into(),
    });
    let error = evaluate(
        &gold,
        &corpus(&gazetteer),
        &gazetteer,
        &crate::graph::relate::Relater::new(&gazetteer),
    )
    .unwrap_err();
    let problems: Vec<(String, &str)> = error
        .problems
        .iter()
        .map(|(f, p)| (f.display().to_string(), p.as_str()))
        .collect();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_eq!(problems[0].0, "gold/d2.json");
    assert!(
        problems[0].1.contains("the document has `pringfield` there"),
        "{}",
        problems[0].1
    );
    assert_eq!(problems[1].0, "gold/d9.json");
    assert!(
        problems[1]
            .1
            .contains("document `d9` is not among the inputs (3 documents read)")
    );
}

#[test]
fn json_rounds_ratios_and_writes_none_as_null() {
    let value = serde_json::to_value(scores(3, 0, 0, None, Some(2.0 / 3.0), Some(0.0))).unwrap();
    assert_eq!(
        value,
        serde_json::json!({"gold": 3, "found": 0, "correct": 0, "precision": null, "recall": 0.6667, "f1": 0.0})
    );
}
