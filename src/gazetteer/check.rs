//! Checking a gazetteer: everything `build` would say of it, at once, and where each field of the effective
//! gazetteer comes from.
//!
//! The loader collects every problem before it refuses a gazetteer; the check goes further and reports, beside
//! them, the warnings (which `build` prints too) and notes (worth knowing, nothing to fix) of the entities that
//! could be read, so that one run lists every finding. Errors and warnings are the loader's own, with the same
//! options (`--ambiguous`, `--encoding`): what the check calls an error stops `build`, and nothing else does.
//! The findings on ordinary words are described in `lint`.

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use super::load::{self, Parsed};
use super::problem::{LoadError, Problem};
use super::source::{self, Source};
use super::{Entity, Options};

/// How bad a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The gazetteer does not load: `build` refuses it.
    Error,
    /// Probably a mistake; `build` prints it and goes on.
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

/// Where an entity of the effective gazetteer comes from: the row that defines it, and what later rows did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Provenance {
    pub id: String,
    pub name: String,
    /// `file:line` of the row that defines it.
    pub defined: String,
    /// What later rows changed, in order: the column, what it set (`+form` and `-form` for forms added and taken
    /// away, `-` for a field cleared), and the row.
    pub changes: Vec<FieldChange>,
    /// `file:line` of the row that removed it, when one did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub column: String,
    pub value: String,
    pub at: String,
}

impl fmt::Display for Provenance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}): defined at {}", self.id, self.name, self.defined)?;
        for change in &self.changes {
            let value = if change.value.starts_with(['+', '-']) {
                change.value.clone()
            } else {
                format!("= {}", change.value)
            };
            write!(f, "\n    {} {value}  at {}", change.column, change.at)?;
        }
        if let Some(removed) = &self.removed {
            write!(f, "\n    removed at {removed}")?;
        }
        Ok(())
    }
}

/// What a check found.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// The files checked, in load order.
    pub files: Vec<PathBuf>,
    /// The entities of the effective gazetteer (of those that could be read).
    pub entities: usize,
    /// Sorted by file, line, severity.
    pub findings: Vec<Finding>,
    /// The entities a later row changed or removed (or, when asked for, every entity), in the order of the rows
    /// that define them.
    pub provenance: Vec<Provenance>,
}

impl Report {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == severity).count()
    }

    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }
}

/// Checks the gazetteer of `sources`, loaded with `options`; `all` gives the provenance of every entity rather
/// than of the layered ones. Fails only when a file cannot be read, since then there is nothing to check.
pub fn check(sources: &[Source], options: &Options, all: bool) -> Result<Report, LoadError> {
    Ok(check_files_with(source::read(sources)?, options, all))
}

/// Checks one CSV text as if it were the file `name`; for tests.
pub fn check_csv(name: &str, text: &str) -> Report {
    check_files(vec![(PathBuf::from(name), text.as_bytes().to_vec())])
}

/// Checks files' bytes as if read from their paths; for tests and fuzzing.
pub fn check_files(sources: Vec<(PathBuf, Vec<u8>)>) -> Report {
    check_files_with(sources, &Options::default(), false)
}

/// [`check_files`] with options.
pub fn check_files_with(sources: Vec<(PathBuf, Vec<u8>)>, options: &Options, all: bool) -> Report {
    let files: Vec<PathBuf> = sources.iter().map(|(f, _)| f.clone()).collect();
    let Parsed {
        entities,
        problems,
        warnings,
        notes,
        changes,
        removed,
        ..
    } = load::parse(sources, options);
    let mut findings: Vec<Finding> = problems
        .into_iter()
        .map(|p| from_problem(p, Severity::Error))
        .chain(warnings.into_iter().map(|p| from_problem(p, Severity::Warning)))
        .chain(notes.into_iter().map(|p| from_problem(p, Severity::Info)))
        .collect();
    findings.sort_by(|a, b| {
        (&a.file, a.line, a.severity, &a.column, &a.message).cmp(&(&b.file, b.line, b.severity, &b.column, &b.message))
    });
    let provenance = provenance(&files, &entities, &changes, &removed, all);
    Report {
        files,
        entities: entities.len(),
        findings,
        provenance,
    }
}

fn provenance(
    files: &[PathBuf],
    entities: &[Entity],
    changes: &[super::Change],
    removed: &[super::Removed],
    all: bool,
) -> Vec<Provenance> {
    let of = |entity: &str| -> Vec<FieldChange> {
        changes
            .iter()
            .filter(|c| c.entity == entity)
            .map(|c| FieldChange {
                column: c.column.clone(),
                value: c.value.clone(),
                at: c.origin.to_string(),
            })
            .collect()
    };
    let changed: std::collections::HashSet<&str> = changes.iter().map(|c| c.entity.as_str()).collect();
    let mut list: Vec<(&super::Origin, Provenance)> = entities
        .iter()
        .filter(|e| all || changed.contains(e.id.as_str()))
        .map(|e| {
            (
                &e.origin,
                Provenance {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    defined: e.origin.to_string(),
                    changes: of(&e.id),
                    removed: None,
                },
            )
        })
        .chain(removed.iter().map(|r| {
            (
                &r.defined,
                Provenance {
                    id: r.id.clone(),
                    name: r.name.clone(),
                    defined: r.defined.to_string(),
                    changes: Vec::new(),
                    removed: Some(r.removed.to_string()),
                },
            )
        }))
        .collect();
    // The files in load order, then the rows: where the entities are in the files.
    let order = |origin: &super::Origin| files.iter().position(|f| **f == *origin.file);
    list.sort_by_key(|(origin, _)| (order(origin), origin.line));
    list.into_iter().map(|(_, p)| p).collect()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::words::{Language, ordinary_word};

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
                // no rule at all: a warning, in `build` as here
                (Severity::Warning, 2, "name".into(), "Ring".into()),
                // loads, but `Ring` names two entities: the loader's error comes through
                (Severity::Error, 3, "name".into(), "Ring".into()),
                // case-sensitive does not protect a German noun
                (Severity::Warning, 3, "name".into(), "Ring".into()),
                (Severity::Error, 4, "name".into(), "Ring".into()),
                // `Apple` (line 6) is case-sensitive and English writes the fruit `apple`; but a lower-case form
                // written as the word is the word
                (Severity::Warning, 7, "aliases".into(), "signal".into()),
                (Severity::Warning, 8, "name".into(), "Twitch".into()),
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
        assert_eq!(errors.len(), 5, "{errors:#?}");
        for expected in [
            "ownership goes round",
            "duplicate id `a`",
            "name is empty",
            "has no type",
            "unknown entity id `nowhere`",
        ] {
            assert!(errors.iter().any(|e| e.contains(expected)), "{expected}: {errors:#?}");
        }
        // the ordinary word of the last row, read all the same, is a warning
        assert!(
            report
                .findings
                .iter()
                .any(|f| f.severity == Severity::Warning && f.message.contains("`Signal`")),
            "{:#?}",
            report.findings
        );
    }
}
