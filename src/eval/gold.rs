//! Gold annotations: what a person says a document mentions, and which pairs it shows working together.
//!
//! One JSON file per document:
//!
//! ```json
//! {"document": "000_5fc0c75c47dbb2ca",
//!  "mentions": [{"start": 14, "end": 20, "surface": "Amazon", "entity": "amazon", "type": "organisation"}],
//!  "pairs": [{"a": "amazon", "b": "ice", "relation": "sells_to", "sentence": "Amazon will … verkaufen."}]}
//! ```
//!
//! Spans are UTF-8 byte offsets into the document's decoded text, as in `mentions.csv`. A gold file is checked
//! twice: on its own when it is read (known types and relations, sorted non-overlapping spans), and against
//! the document's text when the document is found (each span slices to its surface, each sentence is in the
//! text), since a gold file that drifted from its document would measure nonsense.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::graph::EdgeKind;
use crate::text::Document;

/// The annotations of one document.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct GoldDocument {
    pub document: String,
    pub mentions: Vec<GoldMention>,
    pub pairs: Vec<GoldPair>,
    /// The file it was read from.
    #[serde(skip)]
    pub file: PathBuf,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct GoldMention {
    pub start: usize,
    pub end: usize,
    pub surface: String,
    pub entity: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
}

/// The entity types a gold mention may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Organisation,
    Agency,
    Product,
    City,
    County,
    State,
    Country,
    Person,
}

impl EntityType {
    pub fn name(self) -> &'static str {
        match self {
            EntityType::Organisation => "organisation",
            EntityType::Agency => "agency",
            EntityType::Product => "product",
            EntityType::City => "city",
            EntityType::County => "county",
            EntityType::State => "state",
            EntityType::Country => "country",
            EntityType::Person => "person",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct GoldPair {
    pub a: String,
    pub b: String,
    pub relation: Relation,
    /// Whether the text states the tie as a fact or as something planned, ended, demanded or denied.
    #[serde(default)]
    pub status: Status,
    /// The sentence that says so, verbatim.
    pub sentence: String,
}

/// How a text states a tie. Only a [`Status::Current`] tie is one a typed edge should assert: the others are
/// ties the text mentions without saying they hold (a plan, an end, a demand, a denial).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Stated as a fact, present or past: sold, provides, has used, pitched, tested.
    #[default]
    Current,
    /// Will, wants to, plans to.
    Planned,
    /// Stopped, terminated, cancelled.
    Ended,
    /// Someone calls for it to stop or to start.
    Demanded,
    /// The text says it is not so.
    Denied,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Current => "current",
            Status::Planned => "planned",
            Status::Ended => "ended",
            Status::Demanded => "demanded",
            Status::Denied => "denied",
        }
    }
}

/// What a gold pair says about its entities.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    SellsTo,
    Supplies,
    PartnersWith,
    RunsOn,
    Owns,
    CustomerOf,
    WorksWith,
    /// A person's role in an organisation: CEO, founder, head, spokesperson, employee (`a` is the person).
    WorksFor,
}

impl Relation {
    pub fn name(self) -> &'static str {
        match self {
            Relation::SellsTo => "sells_to",
            Relation::Supplies => "supplies",
            Relation::PartnersWith => "partners_with",
            Relation::RunsOn => "runs_on",
            Relation::Owns => "owns",
            Relation::CustomerOf => "customer_of",
            Relation::WorksWith => "works_with",
            Relation::WorksFor => "works_for",
        }
    }

    /// The graph's kind of relation this is, and whether `b` is its source rather than `a`: `a customer_of b`
    /// is `b supplies a`, `a owns b` is `b owned_by a`; `works_with`, a collaboration, is `partners_with`.
    pub fn typed(self) -> (EdgeKind, bool) {
        match self {
            Relation::SellsTo | Relation::Supplies => (EdgeKind::Supplies, false),
            Relation::CustomerOf => (EdgeKind::Supplies, true),
            Relation::RunsOn => (EdgeKind::RunsOn, false),
            Relation::Owns => (EdgeKind::OwnedBy, true),
            Relation::PartnersWith | Relation::WorksWith => (EdgeKind::PartnersWith, false),
            Relation::WorksFor => (EdgeKind::WorksFor, false),
        }
    }
}

/// Gold files that cannot be used, with every problem found.
#[derive(Debug, thiserror::Error)]
pub struct GoldError {
    /// Each problem with the file it is in.
    pub problems: Vec<(PathBuf, String)>,
}

impl fmt::Display for GoldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        write!(
            f,
            "the gold annotations have {n} problem{}",
            if n == 1 { "" } else { "s" }
        )?;
        for (file, problem) in &self.problems {
            write!(f, "\n  {}: {problem}", file.display())?;
        }
        Ok(())
    }
}

impl GoldError {
    fn one(file: &Path, message: String) -> GoldError {
        GoldError {
            problems: vec![(file.to_path_buf(), message)],
        }
    }
}

/// Reads the gold files: every `*.json` of a folder (not recursively), in name order, or one file.
pub fn load(path: &Path) -> Result<Vec<GoldDocument>, GoldError> {
    let files = if path.is_dir() {
        let entries = std::fs::read_dir(path).map_err(|e| GoldError::one(path, format!("cannot read: {e}")))?;
        let mut files = Vec::new();
        for entry in entries {
            let file = entry
                .map_err(|e| GoldError::one(path, format!("cannot read: {e}")))?
                .path();
            if file.is_file() && file.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")) {
                files.push(file);
            }
        }
        if files.is_empty() {
            return Err(GoldError::one(path, "no *.json gold files in this folder".to_string()));
        }
        files.sort();
        files
    } else {
        vec![path.to_path_buf()]
    };
    let mut problems = Vec::new();
    let mut documents: Vec<GoldDocument> = Vec::new();
    for file in files {
        let parsed = std::fs::read(&file)
            .map_err(|e| format!("cannot read: {e}"))
            .and_then(|bytes| parse(&bytes));
        match parsed {
            Ok(mut doc) => {
                if let Some(other) = documents.iter().find(|d| d.document == doc.document) {
                    problems.push((
                        file.clone(),
                        format!(
                            "document `{}` is already annotated in {}",
                            doc.document,
                            other.file.display()
                        ),
                    ));
                }
                doc.file = file;
                documents.push(doc);
            }
            Err(message) => problems.push((file, message)),
        }
    }
    if problems.is_empty() {
        Ok(documents)
    } else {
        Err(GoldError { problems })
    }
}

/// Parses and checks one gold file on its own; the message says what is wrong and where.
pub fn parse(bytes: &[u8]) -> Result<GoldDocument, String> {
    let doc: GoldDocument = serde_json::from_slice(bytes).map_err(|e| format!("not a gold annotation: {e}"))?;
    let mut problems = Vec::new();
    if doc.document.trim().is_empty() {
        problems.push("`document` is empty".to_string());
    }
    let mut previous_end = 0;
    for (i, m) in doc.mentions.iter().enumerate() {
        let at = format!("mention {i} ({}..{} `{}`)", m.start, m.end, m.surface);
        if m.start >= m.end {
            problems.push(format!("{at}: `start` must be less than `end`"));
        } else if m.start < previous_end {
            problems.push(format!(
                "{at}: mentions must be sorted and must not overlap (the one before ends at {previous_end})"
            ));
        }
        if m.entity.trim().is_empty() {
            problems.push(format!("{at}: `entity` is empty"));
        }
        previous_end = previous_end.max(m.end);
    }
    for (i, p) in doc.pairs.iter().enumerate() {
        if p.a == p.b {
            problems.push(format!("pair {i}: `a` and `b` are both `{}`", p.a));
        }
        if p.a.trim().is_empty() || p.b.trim().is_empty() {
            problems.push(format!("pair {i}: `a` and `b` must name entities"));
        }
        if p.sentence.trim().is_empty() {
            problems.push(format!("pair {i} ({} – {}): `sentence` is empty", p.a, p.b));
        }
    }
    if problems.is_empty() {
        Ok(doc)
    } else {
        Err(problems.join("; "))
    }
}

/// Checks a gold file against its document's text: the problems, each saying what is wrong.
pub fn check_against(gold: &GoldDocument, doc: &Document) -> Vec<String> {
    let text = &doc.text;
    let mut problems = Vec::new();
    for (i, m) in gold.mentions.iter().enumerate() {
        let at = format!("mention {i} ({}..{} `{}`)", m.start, m.end, m.surface);
        match text.get(m.start..m.end) {
            None if m.end > text.len() => problems.push(format!(
                "{at}: the span ends past the end of the document ({} bytes)",
                text.len()
            )),
            None => problems.push(format!(
                "{at}: the span does not start and end on character boundaries (offsets are UTF-8 bytes)"
            )),
            Some(found) if found != m.surface => problems.push(format!(
                "{at}: the document has `{found}` there; offsets are UTF-8 bytes into the text, as in mentions.csv"
            )),
            Some(_) => {}
        }
    }
    for (i, p) in gold.pairs.iter().enumerate() {
        if !text.contains(p.sentence.as_str()) {
            problems.push(format!(
                "pair {i} ({} – {}): the sentence is not in the document verbatim: `{}`",
                p.a, p.b, p.sentence
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document::from_text("d".to_string(), text.to_string())
    }

    #[test]
    fn a_well_formed_file_parses() {
        let gold = parse(
            br#"{"document": "d", "mentions": [{"start": 0, "end": 6, "surface": "Amazon", "entity": "amazon",
                "type": "organisation"}], "pairs": [{"a": "amazon", "b": "ice", "relation": "sells_to",
                "sentence": "Amazon sells to ICE."}]}"#,
        )
        .unwrap();
        assert_eq!(gold.mentions[0].kind, EntityType::Organisation);
        assert_eq!(gold.pairs[0].relation, Relation::SellsTo);
        assert_eq!(
            gold.pairs[0].status,
            Status::Current,
            "the status a pair has when it names none"
        );
        let later = parse(
            br#"{"document": "d", "mentions": [], "pairs": [{"a": "jeff-bezos", "b": "amazon", "relation":
                "works_for", "status": "ended", "sentence": "s"}]}"#,
        )
        .unwrap();
        assert_eq!(
            (later.pairs[0].relation, later.pairs[0].status),
            (Relation::WorksFor, Status::Ended)
        );
        assert!(check_against(&gold, &doc("Amazon sells to ICE.")).is_empty());
    }

    #[test]
    fn each_problem_is_named() {
        let cases: &[(&str, &str)] = &[
            (r#"{"document": "d", "mentions": []}"#, "missing field `pairs`"),
            (
                r#"{"document": "d", "mentions": [{"start": 0, "end": 1, "surface": "A", "entity": "a",
                    "type": "company"}], "pairs": []}"#,
                "unknown variant `company`",
            ),
            (
                r#"{"document": "d", "mentions": [], "pairs": [{"a": "x", "b": "y", "relation": "likes",
                    "sentence": "s"}]}"#,
                "unknown variant `likes`",
            ),
            (
                r#"{"document": "d", "mentions": [], "pairs": [{"a": "x", "b": "y", "relation": "owns",
                    "status": "rumoured", "sentence": "s"}]}"#,
                "unknown variant `rumoured`",
            ),
            (
                r#"{"document": "d", "mentions": [{"start": 5, "end": 9, "surface": "abcd", "entity": "a",
                    "type": "city"}, {"start": 7, "end": 12, "surface": "cdefg", "entity": "b", "type": "city"}],
                    "pairs": []}"#,
                "mention 1 (7..12 `cdefg`): mentions must be sorted and must not overlap",
            ),
            (
                r#"{"document": "d", "mentions": [{"start": 5, "end": 5, "surface": "", "entity": "a",
                    "type": "city"}], "pairs": []}"#,
                "`start` must be less than `end`",
            ),
            (
                r#"{"document": "d", "mentions": [], "pairs": [{"a": "x", "b": "x", "relation": "owns",
                    "sentence": "s"}]}"#,
                "pair 0: `a` and `b` are both `x`",
            ),
            ("[1, 2]", "not a gold annotation"),
        ];
        for (json, expected) in cases {
            let error = parse(json.as_bytes()).unwrap_err();
            assert!(
                error.contains(expected),
                "{json}\n  gave: {error}\n  wanted: {expected}"
            );
        }
    }

    #[test]
    fn spans_and_sentences_are_checked_against_the_text() {
        let gold = parse(
            r#"{"document": "d", "mentions": [
                {"start": 1, "end": 6, "surface": "mter", "entity": "a", "type": "agency"},
                {"start": 7, "end": 12, "surface": "Amazn", "entity": "amazon", "type": "organisation"},
                {"start": 20, "end": 99, "surface": "x", "entity": "x", "type": "city"}],
               "pairs": [{"a": "a", "b": "amazon", "relation": "works_with", "sentence": "not there"}]}"#
                .as_bytes(),
        )
        .unwrap();
        let problems = check_against(&gold, &doc("Ämter: Amazon und so weiter."));
        assert_eq!(problems.len(), 4, "{problems:#?}");
        assert!(
            problems[0].contains("character boundaries"),
            "Ä is two bytes: {}",
            problems[0]
        );
        assert!(
            problems[1].contains("the document has ` Amaz` there"),
            "{}",
            problems[1]
        );
        assert!(problems[2].contains("past the end"));
        assert!(problems[3].contains("not in the document verbatim"));
    }

    #[test]
    fn a_folder_is_read_in_order_and_duplicates_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, id: &str| {
            std::fs::write(
                dir.path().join(name),
                format!(r#"{{"document": "{id}", "mentions": [], "pairs": []}}"#),
            )
            .unwrap()
        };
        write("b.json", "two");
        write("a.json", "one");
        std::fs::write(dir.path().join("notes.txt"), "not gold").unwrap();
        let docs = load(dir.path()).unwrap();
        assert_eq!(
            docs.iter().map(|d| d.document.as_str()).collect::<Vec<_>>(),
            ["one", "two"]
        );
        assert_eq!(docs[0].file, dir.path().join("a.json"));
        write("c.json", "one");
        let error = load(dir.path()).unwrap_err();
        assert_eq!(error.problems.len(), 1);
        assert_eq!(error.problems[0].0, dir.path().join("c.json"));
        assert!(error.problems[0].1.contains("already annotated in"), "{error}");
        let empty = tempfile::tempdir().unwrap();
        assert!(
            load(empty.path())
                .unwrap_err()
                .to_string()
                .contains("no *.json gold files")
        );
    }
}
