//! The hand-checked gold annotations stay well-formed against the articles they describe: `tests/gold/` for the
//! seeds, `tests/heldout/gold/` for the held-out articles, `tests/fresh/gold/`, `tests/blind/gold/` and
//! `tests/blind2/gold/` for the fresh and the two blind ones.
//!
//! `gazegraph eval` scores the extractor against these files, so a span that drifted off its surface, an id
//! that matches nothing, or a pair without evidence in the text would silently skew every score; these tests
//! make such mistakes fail loudly instead, and report every problem at once so a batch of edits can be fixed
//! in one pass.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use gazegraph::Gazetteer;

use crate::util::repo;

const TYPES: &[&str] = &[
    "organisation",
    "agency",
    "product",
    "city",
    "county",
    "state",
    "country",
    "person",
];
const RELATIONS: &[&str] = &[
    "sells_to",
    "supplies",
    "partners_with",
    "runs_on",
    "owns",
    "customer_of",
    "works_with",
    "works_for",
];
const STATUSES: &[&str] = &["current", "planned", "ended", "demanded", "denied"];

/// A gold set: its annotations, its articles, and the README section that lists the entities the gazetteer
/// lacks.
struct Set {
    gold: &'static str,
    articles: &'static str,
    readme: &'static str,
    section: &'static str,
}

const SEEDS: Set = Set {
    gold: "tests/gold",
    articles: "seeds",
    readme: "tests/gold/README.md",
    section: "## Entities not (yet) in the gazetteer",
};

const HELDOUT: Set = Set {
    gold: "tests/heldout/gold",
    articles: "tests/heldout/articles",
    readme: "tests/heldout/README.md",
    section: "## Entities not in the shipped gazetteer",
};

const FRESH: Set = Set {
    gold: "tests/fresh/gold",
    articles: "tests/fresh/articles",
    readme: "tests/fresh/README.md",
    section: "## Entities not in the shipped gazetteer",
};

const BLIND: Set = Set {
    gold: "tests/blind/gold",
    articles: "tests/blind/articles",
    readme: "tests/blind/README.md",
    section: "## Entities not in the shipped gazetteer",
};

const BLIND2: Set = Set {
    gold: "tests/blind2/gold",
    articles: "tests/blind2/articles",
    readme: "tests/blind2/README.md",
    section: "## Entities not in the shipped gazetteer",
};

const SETS: [Set; 5] = [SEEDS, HELDOUT, FRESH, BLIND, BLIND2];

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
    #[serde(default)]
    status: Option<String>,
    sentence: String,
}

fn gold_files(set: &Set) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join(set.gold))
        .expect("the gold folder exists")
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

/// The type of an entity id in the shipped gazetteer (listed, or built by one of its rules), or in the set's
/// README list of entities it lacks: the gold files may use only these ids, each with its one type.
fn known_entity(gazetteer: &Gazetteer, listed_new: &BTreeMap<String, String>, id: &str) -> Option<String> {
    match gazetteer.index_of(id) {
        Some(i) => Some(gazetteer.kind_of(i).to_string()),
        None => listed_new.get(id).cloned(),
    }
}

fn shipped_gazetteer() -> Gazetteer {
    Gazetteer::load(&[repo().join("gazetteer")]).expect("the shipped gazetteer loads")
}

/// The entities a set's README lists as not in the gazetteer, with their types.
fn listed_new(set: &Set) -> BTreeMap<String, String> {
    let mut known = BTreeMap::new();
    let readme = std::fs::read_to_string(repo().join(set.readme)).expect("the gold README exists");
    let section = readme
        .split(set.section)
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

fn article_stems(set: &Set) -> BTreeSet<String> {
    std::fs::read_dir(repo().join(set.articles))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| stem(&p))
        .collect()
}

fn article(set: &Set, document: &str) -> Option<String> {
    std::fs::read_to_string(repo().join(set.articles).join(format!("{document}.txt"))).ok()
}

#[test]
fn every_article_has_a_gold_file_and_every_gold_file_an_article() {
    for set in &SETS {
        let golds: BTreeSet<String> = gold_files(set).iter().map(|p| stem(p)).collect();
        assert_eq!(golds, article_stems(set), "{}", set.gold);
        for path in gold_files(set) {
            assert_eq!(read_gold(&path).document, stem(&path), "{}", path.display());
        }
    }
    assert_eq!(article_stems(&SEEDS).len(), 5, "the seeds are the five sample articles");
    // The held-out set: at least 12 articles, at least four in each language (the file stem starts with it).
    let heldout = article_stems(&HELDOUT);
    for lang in ["de", "en", "nl"] {
        let n = heldout.iter().filter(|s| s.starts_with(&format!("{lang}_"))).count();
        assert!(n >= 4, "{n} held-out articles in {lang}");
    }
    assert!(heldout.len() >= 12);
    for set in [&FRESH, &BLIND, &BLIND2] {
        let stems = article_stems(set);
        for lang in ["de", "en", "nl"] {
            let n = stems.iter().filter(|s| s.starts_with(&format!("{lang}_"))).count();
            assert!(n >= 4, "{n} articles in {lang} in {}", set.articles);
        }
    }
}

#[test]
fn mentions_are_sorted_spans_of_their_surface() {
    let mut problems = Vec::new();
    for set in &SETS {
        for path in gold_files(set) {
            let gold = read_gold(&path);
            let Some(text) = article(set, &gold.document) else {
                problems.push(format!("{}: no UTF-8 article in {}", gold.document, set.articles));
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
    }
    assert_no_problems("mention spans", &problems);
}

#[test]
fn mentions_use_known_slug_ids_with_their_type() {
    let gazetteer = shipped_gazetteer();
    let mut problems = Vec::new();
    for set in &SETS {
        let new = listed_new(set);
        for path in gold_files(set) {
            let gold = read_gold(&path);
            for m in &gold.mentions {
                let at = format!("{} {} {:?}", gold.document, m.start, m.surface);
                if !TYPES.contains(&m.kind.as_str()) {
                    problems.push(format!("{at}: type {:?} is not one of {TYPES:?}", m.kind));
                }
                if !is_slug(&m.entity) {
                    problems.push(format!("{at}: id {:?} is not a lowercase, hyphenated slug", m.entity));
                }
                match known_entity(&gazetteer, &new, &m.entity) {
                    None => problems.push(format!(
                        "{at}: {} is neither in gazetteer/ nor listed in {}",
                        m.entity, set.readme
                    )),
                    Some(kind) if kind != m.kind => {
                        problems.push(format!("{at}: {} is a {kind}, not a {}", m.entity, m.kind))
                    }
                    Some(_) => {}
                }
            }
        }
    }
    assert_no_problems("mention ids", &problems);
}

#[test]
fn pairs_join_mentioned_entities_with_evidence_that_names_both() {
    let mut problems = Vec::new();
    for set in &SETS {
        for path in gold_files(set) {
            let gold = read_gold(&path);
            let Some(text) = article(set, &gold.document) else {
                problems.push(format!("{}: no UTF-8 article", gold.document));
                continue;
            };
            pair_problems(&gold, &text, &mut problems);
        }
    }
    assert_no_problems("pairs", &problems);
}

fn pair_problems(gold: &Gold, text: &str, problems: &mut Vec<String>) {
    let entities: BTreeSet<&str> = gold.mentions.iter().map(|m| m.entity.as_str()).collect();
    let mut seen = BTreeSet::new();
    for p in &gold.pairs {
        let at = format!("{} {} {} {}", gold.document, p.a, p.relation, p.b);
        if !RELATIONS.contains(&p.relation.as_str()) {
            problems.push(format!("{at}: relation is not one of {RELATIONS:?}"));
        }
        if let Some(status) = &p.status
            && !STATUSES.contains(&status.as_str())
        {
            problems.push(format!("{at}: status {status:?} is not one of {STATUSES:?}"));
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
