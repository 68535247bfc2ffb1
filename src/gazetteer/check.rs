//! Linting a gazetteer: everything the loader refuses, and the forms that load fine but will produce false
//! entities.
//!
//! The loader stops at the first file with problems only after collecting all of them; the check goes further
//! and lints the entities it could read even then, so that one run lists every finding.
//!
//! # Ordinary words
//!
//! A surface form that is an ordinary word of German, English or Dutch (`Ring`, `Echo`, `Signal`, `Apple`)
//! matches the word as well as the name, and a co-occurrence edge built on the word is false. Such a form needs a
//! rule, and what counts as one depends on how the language writes the word:
//!
//! - a `context` rule always counts: the one-word form then matches only in documents that also mention one of
//!   the context entities (or the entity by a longer form);
//! - `match=in-rules` always counts: the one-word form then matches only inside a name a rule builds (`Stadt
//!   Essen`, `Essener Polizei`), never alone;
//! - `match=case-sensitive` counts when the form as written differs from the word as the language writes it:
//!   English and Dutch write ordinary words in lower case, so `Apple` (case-sensitive) no longer matches
//!   `apple`; German capitalises nouns, so `Ring` (case-sensitive) still matches the German noun `Ring`, and only
//!   a `context` rule helps. German verbs and adjectives are lower case, like English words;
//! - a form written all in capitals is an acronym and already matches only as written (`ICE`, `DAS`);
//! - `match=accept-word` records a judgement instead of a rule: the word reading exists but is rare where the
//!   name is frequent (`amazon`, `google`), and a lower-case mention in the press means the name (`amazon
//!   workers`, a tag line of a seed). Matching is unchanged; the check takes the user's word for it.
//!
//! A capitalised word at the start of a sentence is the one case these rules let through; it is rare in news
//! for the words concerned, and a context rule closes it where it matters.
//!
//! The word lists (`words/{de,en,nl}.txt`) hold each language's frequent ordinary words; see
//! `tools/common_words.py` for how they are made and where they come from.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::load::{self, Parsed};
use super::problem::{LoadError, Problem};
use super::types::{KNOWN_TYPES, by_unknown_type};
use super::words::{Language, ordinary_word};
use super::{Ambiguous, Entity, is_acronym};

/// How bad a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The gazetteer does not load, or it will produce false entities.
    Error,
    /// Probably a mistake.
    Warning,
    /// Worth knowing; nothing to fix.
    Info,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// One finding, with where it is and what to change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    pub file: PathBuf,
    /// The line of the row (of its first line, for a row with quoted line breaks).
    pub line: Option<u64>,
    /// The CSV column (by its header) the finding is in.
    pub column: Option<String>,
    pub message: String,
    /// What to change, when the message does not say it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(column) = &self.column {
            write!(f, ": column `{column}`")?;
        }
        write!(f, ": {}: {}", self.severity.name(), self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n    fix: {hint}")?;
        }
        Ok(())
    }
}

/// What a check found.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// The files checked, in load order.
    pub files: Vec<PathBuf>,
    /// The entities that could be read.
    pub entities: usize,
    /// Sorted by file, line, severity.
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == severity).count()
    }

    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }
}

/// Checks the gazetteer files of `paths` (folders: every `*.csv` in them). Fails only when a file cannot be
/// read, since then there is nothing to check.
pub fn check<P: AsRef<Path>>(paths: &[P]) -> Result<Report, LoadError> {
    Ok(check_files(load::read_sources(paths)?))
}

/// Checks one CSV text as if it were the file `name`; for tests.
pub fn check_csv(name: &str, text: &str) -> Report {
    check_files(vec![(PathBuf::from(name), text.as_bytes().to_vec())])
}

/// Checks files' bytes as if read from their paths; for tests and fuzzing.
pub fn check_files(sources: Vec<(PathBuf, Vec<u8>)>) -> Report {
    let files = sources.iter().map(|(f, _)| f.clone()).collect();
    let Parsed {
        entities,
        problems,
        warnings,
        ..
    } = load::parse(sources, Ambiguous::Refuse);
    let mut findings: Vec<Finding> = problems
        .into_iter()
        .map(|p| from_problem(p, Severity::Error))
        .chain(warnings.into_iter().map(|p| from_problem(p, Severity::Warning)))
        .collect();
    for entity in &entities {
        ordinary_words(entity, &mut findings);
        short_forms(entity, &mut findings);
    }
    types(&entities, &mut findings);
    findings.sort_by(|a, b| {
        (&a.file, a.line, a.severity, &a.column, &a.message).cmp(&(&b.file, b.line, b.severity, &b.column, &b.message))
    });
    Report {
        files,
        entities: entities.len(),
        findings,
    }
}

fn from_problem(p: Problem, severity: Severity) -> Finding {
    Finding {
        severity,
        file: p.file,
        line: p.line,
        column: p.column,
        message: p.message,
        hint: p.hint,
    }
}

fn at(entity: &Entity, column: &str, severity: Severity, message: String, hint: Option<String>) -> Finding {
    Finding {
        severity,
        file: entity.origin.file.to_path_buf(),
        line: Some(entity.origin.line),
        column: Some(column.to_string()),
        message,
        hint,
    }
}

/// The entity's forms with the column each is in.
fn forms_by_column(entity: &Entity) -> impl Iterator<Item = (&'static str, &str)> {
    std::iter::once(("name", entity.name.as_str())).chain(entity.aliases.iter().map(|a| ("aliases", a.as_str())))
}

const ACCEPT_WORD_HINT: &str =
    "or, if the word reading does not occur in your articles, set `match` to `accept-word` to say so";

/// One-word forms that are ordinary words and have no rule that keeps the word from matching.
fn ordinary_words(entity: &Entity, findings: &mut Vec<Finding>) {
    // `in-rules` keeps a one-word form from matching alone, which is what an ordinary word needs.
    if !entity.rule.context.is_empty() || entity.rule.accept_word || entity.rule.in_rules {
        return;
    }
    for (column, form) in forms_by_column(entity) {
        if is_acronym(form) || !form.chars().all(char::is_alphabetic) {
            continue;
        }
        let unprotected: Vec<(Language, &str)> = ordinary_word(form)
            .iter()
            .filter(|&&(_, word)| !entity.rule.case_sensitive || word == form)
            .copied()
            .collect();
        if unprotected.is_empty() {
            continue;
        }
        let mut by_language: BTreeMap<Language, Vec<&str>> = BTreeMap::new();
        for (language, word) in &unprotected {
            by_language.entry(*language).or_default().push(word);
        }
        let words: Vec<String> = by_language
            .iter()
            .map(|(language, spellings)| format!("{} `{}`", language.name(), spellings.join("`, `")))
            .collect();
        let case_helps = unprotected.iter().all(|&(_, word)| word != form);
        let hint = if case_helps {
            format!(
                "set `match` to `case-sensitive`, or give a `context` (ids of entities that must be mentioned in \
                 the same document{}); {ACCEPT_WORD_HINT}",
                owner_hint(entity)
            )
        } else {
            format!(
                "give a `context` (ids of entities that must be mentioned in the same document{}); \
                 `match=case-sensitive` does not help, as the word is written `{form}` too; {ACCEPT_WORD_HINT}",
                owner_hint(entity)
            )
        };
        findings.push(at(
            entity,
            column,
            Severity::Error,
            format!(
                "`{form}` of `{}` is an ordinary word ({}) with no rule: the word will be taken for the {}",
                entity.id,
                words.join(", "),
                entity.kind
            ),
            Some(hint),
        ));
    }
}

fn owner_hint(entity: &Entity) -> String {
    entity
        .owner
        .as_ref()
        .map(|o| format!(", e.g. its owner `{o}`"))
        .unwrap_or_default()
}

/// Forms of one or two letters that match in any case: `Xi`, `EU` is fine (an acronym), `eu` is not.
fn short_forms(entity: &Entity, findings: &mut Vec<Finding>) {
    if entity.rule.case_sensitive {
        return;
    }
    for (column, form) in forms_by_column(entity) {
        let letters = form.chars().filter(|c| c.is_alphanumeric()).count();
        if letters <= 2 && !is_acronym(form) {
            findings.push(at(
                entity,
                column,
                Severity::Warning,
                format!(
                    "`{form}` of `{}` is {letters} letter(s) long and matches in any case",
                    entity.id
                ),
                Some("write it in capitals if it is an acronym, or set `match` to `case-sensitive`".to_string()),
            ));
        }
    }
}

/// Types of the user's own shared by several entities: worth a note (they are drawn in the default style).
fn types(entities: &[Entity], findings: &mut Vec<Finding>) {
    let known = KNOWN_TYPES.join(", ");
    for (kind, users) in by_unknown_type(entities) {
        if users.len() > 1 {
            findings.push(at(
                users[0],
                "type",
                Severity::Info,
                format!(
                    "type `{kind}` ({} entities) is none of the known types ({known}); it is kept, and drawn in the \
                     default style",
                    users.len()
                ),
                None,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "id,name,type,aliases,match,context,owner\n";

    fn check(rows: &str) -> Report {
        check_csv("g.csv", &format!("{HEADER}{rows}"))
    }

    /// (severity, line, column, form or type quoted first in the message)
    fn summary(report: &Report) -> Vec<(Severity, u64, String, String)> {
        report
            .findings
            .iter()
            .map(|f| {
                let quoted = f.message.split('`').nth(1).unwrap_or("").to_string();
                (
                    f.severity,
                    f.line.unwrap_or(0),
                    f.column.clone().unwrap_or_default(),
                    quoted,
                )
            })
            .collect()
    }

    #[test]
    fn the_word_lists_hold_the_words_that_are_also_names() {
        let has = |form: &str, language: Language, written: &str| {
            ordinary_word(form).contains(&(language, written)) || panic!("{form}: {:?}", ordinary_word(form))
        };
        for word in [
            "ring", "echo", "prime", "shield", "apple", "windows", "twitch", "signal",
        ] {
            assert!(has(word, Language::English, word));
        }
        for noun in ["Ring", "Echo", "Signal"] {
            assert!(has(noun, Language::German, noun));
        }
        assert!(has("ring", Language::Dutch, "ring"));
        // names are not words
        for name in ["Palantir", "Obama", "Microsoft", "Berlin", "Deutschland", "Genetec"] {
            assert_eq!(ordinary_word(name), &[], "{name}");
        }
    }

    #[test]
    fn ordinary_words_need_a_rule_that_works_in_each_language() {
        let report = check(
            "ring,Ring,organisation,,,,\n\
             ring2,Ring,organisation,,case-sensitive,,\n\
             ring3,Ring,organisation,,,amazon,\n\
             amazon,Amazon Web Services,organisation,,,,\n\
             apple,Apple,organisation,,case-sensitive,,\n\
             signal,Signal Messenger,product,signal,case-sensitive,,\n\
             twitch,Twitch,organisation,,,,\n\
             ice,Immigration and Customs Enforcement,agency,ICE,,,\n\
             google,Google,organisation,,accept-word,,\n",
        );
        assert_eq!(
            summary(&report),
            vec![
                // no rule at all
                (Severity::Error, 2, "name".into(), "Ring".into()),
                // loads, but `Ring` names two entities: the loader's error comes through
                (Severity::Error, 3, "name".into(), "Ring".into()),
                // case-sensitive does not protect a German noun
                (Severity::Error, 3, "name".into(), "Ring".into()),
                (Severity::Error, 4, "name".into(), "Ring".into()),
                // `Apple` (line 6) is case-sensitive and English writes the fruit `apple`; but a lower-case form
                // written as the word is the word
                (Severity::Error, 7, "aliases".into(), "signal".into()),
                (Severity::Error, 8, "name".into(), "Twitch".into()),
            ]
        );
        let ring = &report.findings[0];
        assert!(ring.message.contains("German `Ring`"), "{}", ring.message);
        assert!(ring.hint.as_ref().unwrap().contains("does not help"), "{ring:?}");
        assert!(
            report.findings[4].message.contains("(English `signal`)"),
            "{:?}",
            report.findings[4]
        );
        let twitch = report.findings.last().unwrap();
        assert!(
            twitch
                .hint
                .as_ref()
                .unwrap()
                .starts_with("set `match` to `case-sensitive`")
        );
        assert!(twitch.hint.as_ref().unwrap().contains("`accept-word`"), "{twitch:?}");
        // `Google` (line 10) is the English verb `google`, and `accept-word` says the user judged it: no finding
        assert!(!ordinary_word("Google").is_empty());
        assert!(
            report.findings.iter().all(|f| f.line != Some(10)),
            "{:?}",
            report.findings
        );
    }

    #[test]
    fn short_forms_and_types() {
        let report = check(
            "qx,Qx,person,XJ|qz,,,\n\
             eu,EU,agency,,,,\n\
             ok,Ok,organization,,case-sensitive,,\n\
             n1,Nonprofit One,ngo,,,,\n\
             n2,Nonprofit Two,ngo,,,,\n",
        );
        assert_eq!(
            summary(&report),
            vec![
                (Severity::Warning, 2, "aliases".into(), "qz".into()),
                (Severity::Warning, 2, "name".into(), "Qx".into()),
                (Severity::Warning, 4, "type".into(), "organization".into()),
                (Severity::Info, 5, "type".into(), "ngo".into()),
            ]
        );
        assert_eq!(report.findings[2].hint.as_deref(), Some("did you mean `organisation`?"));
        assert!(!report.has_errors());
    }

    #[test]
    fn every_load_problem_is_an_error_and_the_rest_is_still_checked() {
        let report = check(
            "a,A Corp,organisation,,,,b\n\
             b,B Corp,organisation,,,,a\n\
             a,Again,organisation,,,,\n\
             c,,organisation,,,,\n\
             d,D Corp,,,,,\n\
             e,E Corp,organisation,,,nowhere,\n\
             f,Signal,product,,,,\n",
        );
        let errors: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.message.as_str())
            .collect();
        assert_eq!(errors.len(), 6, "{errors:#?}");
        for expected in [
            "ownership goes round",
            "duplicate id `a`",
            "name is empty",
            "has no type",
            "unknown entity id `nowhere`",
            "`Signal`",
        ] {
            assert!(errors.iter().any(|e| e.contains(expected)), "{expected}: {errors:#?}");
        }
    }
}
