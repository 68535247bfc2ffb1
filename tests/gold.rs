//! The hand-checked gold annotations in `tests/gold/` stay well-formed against the seeds they describe.
//!
//! `gazegraph eval` scores the extractor against these files, so a span that drifted off its surface, an id
//! that matches nothing, or a pair without evidence in the text would silently skew every score; these tests
//! make such mistakes fail loudly instead, and report every problem at once so a batch of edits can be fixed
//! in one pass.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::util::{read_csv, repo};

const TYPES: &[&str] = &["organisation", "agency", "product", "city", "country", "person"];
const RELATIONS: &[&str] = &[
    "sells_to",
    "supplies",
    "partners_with",
    "runs_on",
    "owns",
    "customer_of",
    "works_with",
];

// Unknown fields are errors: a misspelt key (`entitiy`) would otherwise read as a missing value downstream.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Gold {
    document: String,
    mentions: Vec<Mention>,
    pairs: Vec<Pair>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Mention {
    start: usize,
    end: usize,
    surface: String,
    entity: String,
    #[serde(rename = "type")]
    kind: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Pair {
    a: String,
    b: String,
    relation: String,
    sentence: String,
}

fn gold_dir() -> PathBuf {
    repo().join("tests").join("gold")
}

fn gold_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(gold_dir())
        .expect("tests/gold exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn stem(path: &Path) -> String {
    path.file_stem().unwrap().to_str().unwrap().to_string()
}

fn read_gold(path: &Path) -> Gold {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Panics listing every problem, so one run shows all that needs fixing.
fn assert_no_problems(what: &str, problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{what}: {} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The types of the shipped gazetteer's entities, and of those the README lists as not (yet) in it: the gold
/// files may use only these ids, each with its one type.
fn known_entities() -> BTreeMap<String, String> {
    let mut known = BTreeMap::new();
    for entry in std::fs::read_dir(repo().join("gazetteer")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "csv") {
            for row in read_csv(&path) {
                known.insert(row["id"].clone(), row["type"].clone());
            }
        }
    }
    let readme = std::fs::read_to_string(gold_dir().join("README.md")).expect("tests/gold/README.md exists");
    let section = readme
        .split("## Entities not (yet) in the gazetteer")
        .nth(1)
        .expect("the README has a section of entities not in the gazetteer");
    let section = section.split("\n## ").next().unwrap();
    // Table rows: | `id` | type | forms |
    for line in section.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        known.insert(cells[1].trim_matches('`').to_string(), cells[2].to_string());
    }
    known
}

#[test]
fn every_seed_has_a_gold_file_and_every_gold_file_a_seed() {
    let seeds: BTreeSet<String> = std::fs::read_dir(repo().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| stem(&p))
        .collect();
    let golds: BTreeSet<String> = gold_files().iter().map(|p| stem(p)).collect();
    assert_eq!(seeds.len(), 5, "the seeds are the five sample articles");
    assert_eq!(golds, seeds);
    for path in gold_files() {
        assert_eq!(read_gold(&path).document, stem(&path), "{}", path.display());
    }
}

#[test]
fn mentions_are_sorted_spans_of_their_surface() {
    let mut problems = Vec::new();
    for path in gold_files() {
        let gold = read_gold(&path);
        let seed = repo().join("seeds").join(format!("{}.txt", gold.document));
        let Ok(text) = std::fs::read_to_string(&seed) else {
            problems.push(format!("{}: no UTF-8 seed {}", gold.document, seed.display()));
            continue;
        };
        assert!(!text.starts_with('\u{feff}'), "offsets assume no byte-order mark");
        assert!(!gold.mentions.is_empty(), "{}: no mentions", gold.document);
        let mut previous_end = 0;
        for m in &gold.mentions {
            let at = format!("{} {}..{} {:?}", gold.document, m.start, m.end, m.surface);
            if m.start >= m.end || m.end > text.len() {
                problems.push(format!("{at}: not a span of the {}-byte text", text.len()));
                continue;
            }
            if !text.is_char_boundary(m.start) || !text.is_char_boundary(m.end) {
                problems.push(format!("{at}: not on character boundaries"));
            } else if text[m.start..m.end] != m.surface {
                problems.push(format!("{at}: the text there is {:?}", &text[m.start..m.end]));
            }
            if m.start < previous_end {
                problems.push(format!(
                    "{at}: starts before the previous mention ends ({previous_end})"
                ));
            }
            previous_end = m.end;
        }
    }
    assert_no_problems("mention spans", &problems);
}

#[test]
fn mentions_use_known_slug_ids_with_their_type() {
    let known = known_entities();
    let mut problems = Vec::new();
    for path in gold_files() {
        let gold = read_gold(&path);
        for m in &gold.mentions {
            let at = format!("{} {} {:?}", gold.document, m.start, m.surface);
            if !TYPES.contains(&m.kind.as_str()) {
                problems.push(format!("{at}: type {:?} is not one of {TYPES:?}", m.kind));
            }
            if !is_slug(&m.entity) {
                problems.push(format!("{at}: id {:?} is not a lowercase, hyphenated slug", m.entity));
            }
            match known.get(&m.entity) {
                None => problems.push(format!(
                    "{at}: {} is neither in gazetteer/ nor listed in tests/gold/README.md",
                    m.entity
                )),
                Some(kind) if *kind != m.kind => {
                    problems.push(format!("{at}: {} is a {kind}, not a {}", m.entity, m.kind))
                }
                Some(_) => {}
            }
        }
    }
    assert_no_problems("mention ids", &problems);
}

#[test]
fn pairs_join_mentioned_entities_with_evidence_that_names_both() {
    let mut problems = Vec::new();
    for path in gold_files() {
        let gold = read_gold(&path);
        let Ok(text) = std::fs::read_to_string(repo().join("seeds").join(format!("{}.txt", gold.document))) else {
            problems.push(format!("{}: no UTF-8 seed", gold.document));
            continue;
        };
        let entities: BTreeSet<&str> = gold.mentions.iter().map(|m| m.entity.as_str()).collect();
        let mut seen = BTreeSet::new();
        for p in &gold.pairs {
            let at = format!("{} {} {} {}", gold.document, p.a, p.relation, p.b);
            if !RELATIONS.contains(&p.relation.as_str()) {
                problems.push(format!("{at}: relation is not one of {RELATIONS:?}"));
            }
            if p.a == p.b {
                problems.push(format!("{at}: an entity paired with itself"));
            }
            for end in [&p.a, &p.b] {
                if !entities.contains(end.as_str()) {
                    problems.push(format!("{at}: {end} is not mentioned in the document"));
                }
            }
            // One entry per unordered pair: the README's rule, and what a set-based score expects.
            let key = if p.a < p.b { (&p.a, &p.b) } else { (&p.b, &p.a) };
            if !seen.insert(key) {
                problems.push(format!("{at}: the pair is listed twice"));
            }
            if p.sentence.trim() != p.sentence || p.sentence.is_empty() {
                problems.push(format!("{at}: the sentence is empty or has surrounding white space"));
            }
            // The evidence must be the text's own words and name both ends, so a reader can check the pair
            // against the passage alone.
            let names_both = text.match_indices(p.sentence.as_str()).any(|(start, s)| {
                let end = start + s.len();
                let named = |entity: &str| {
                    gold.mentions
                        .iter()
                        .any(|m| m.entity == entity && start <= m.start && m.end <= end)
                };
                named(&p.a) && named(&p.b)
            });
            if !text.contains(p.sentence.as_str()) {
                problems.push(format!("{at}: the sentence is not verbatim in the document"));
            } else if !names_both {
                problems.push(format!("{at}: the sentence does not name both ends"));
            }
        }
    }
    assert_no_problems("pairs", &problems);
}
