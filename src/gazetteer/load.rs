//! Loading a gazetteer: its files read into rows (`rows`), the rows applied in order (`layers`), the result
//! checked (`validate`, `lint`), the rules assembled on it.

use std::collections::BTreeSet;
use std::path::PathBuf;

use rustc_hash::{FxHashMap, FxHashSet};
use sha2::{Digest, Sha256};

use super::built::Built;
use super::layers::{self, Change, Removed};
use super::problem::{LoadError, Problem};
use super::rows::{self, Rows};
use super::rules::{self, Rule};
use super::source::{self, Source};
use super::{BUILT_ATTRIBUTES, Entity, Gazetteer, Options, lint, validate};

pub(super) fn load(sources: &[Source], options: &Options) -> Result<Gazetteer, LoadError> {
    let mut gazetteer = from_sources(source::read(sources)?, options)?;
    gazetteer.sources = sources.to_vec();
    Ok(gazetteer)
}

/// Everything the files say, problems included: the loader refuses a gazetteer with problems, while
/// `gazetteer check` goes on to lint the entities that could be read, so that one run shows every finding.
pub(super) struct Parsed {
    pub entities: Vec<Entity>,
    pub rules: Vec<Rule>,
    built: Built,
    by_id: FxHashMap<String, usize>,
    /// Folded forms left out of matching ([`Ambiguous::Drop`]).
    pub ambiguous: FxHashSet<String>,
    pub problems: Vec<Problem>,
    pub warnings: Vec<Problem>,
    /// Findings that are worth knowing and need no change: `gazetteer check` shows them, `build` does not.
    pub notes: Vec<Problem>,
    pub changes: Vec<Change>,
    pub removed: Vec<Removed>,
    /// How many problems `--ambiguous drop` would have turned into warnings.
    droppable: usize,
    attribute_names: BTreeSet<String>,
    sha256: String,
    files: Vec<PathBuf>,
}

pub(super) fn from_sources(sources: Vec<(PathBuf, Vec<u8>)>, options: &Options) -> Result<Gazetteer, LoadError> {
    let parsed = parse(sources, options);
    if !parsed.problems.is_empty() {
        return Err(LoadError {
            problems: parsed.problems,
            droppable: parsed.droppable,
        });
    }
    Ok(Gazetteer {
        entities: parsed.entities,
        ambiguous: parsed.ambiguous,
        by_id: parsed.by_id,
        rules: parsed.rules,
        built: parsed.built,
        attribute_names: parsed.attribute_names.into_iter().collect(),
        sha256: parsed.sha256,
        files: parsed.files,
        sources: Vec::new(),
        warnings: parsed.warnings,
        changes: parsed.changes,
        removed: parsed.removed,
    })
}

pub(super) fn parse(sources: Vec<(PathBuf, Vec<u8>)>, options: &Options) -> Parsed {
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mut rows = Vec::new();
    let mut rule_rows = Vec::new();
    let mut hasher = Sha256::new();
    let mut attribute_names = BTreeSet::new();
    let mut files = Vec::new();
    for (file, bytes) in &sources {
        // Names (not paths) and bytes: the shipped gazetteer and a folder of the same files hash alike.
        let name = file
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
        files.push(file.clone());
        let legacy = rows::read_file(
            file,
            bytes,
            options.encoding,
            &mut Rows {
                entities: &mut rows,
                rules: &mut rule_rows,
                attribute_names: &mut attribute_names,
                problems: &mut problems,
                warnings: &mut warnings,
            },
        );
        // The same bytes read in another encoding are another gazetteer; UTF-8 files add nothing, so that their
        // digest is as it always was.
        if let Some(encoding) = legacy {
            hasher.update(b"\0encoding\0");
            hasher.update(encoding.name().as_bytes());
        }
    }
    let layered = layers::apply(rows, &mut problems, &mut warnings);
    let valid = validate::check(layered.drafts, options.ambiguous, &mut problems, &mut warnings);
    let entities = valid.entities;
    warnings.extend(super::types::one_off_types(&entities));
    let notes = lint::own_types(&entities);
    let rules = rules::assemble(rule_rows, &entities, &mut problems);
    let by_id: FxHashMap<String, usize> = entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
    let built = Built::new(&rules, &entities, &by_id, &valid.forms, &mut warnings);
    if built.end() > entities.len() {
        attribute_names.extend(BUILT_ATTRIBUTES.iter().map(|a| a.to_string()));
    }
    Parsed {
        entities,
        rules,
        built,
        by_id,
        ambiguous: valid.dropped,
        problems,
        warnings,
        notes,
        changes: layered.changes,
        removed: layered.removed,
        droppable: valid.droppable,
        attribute_names,
        sha256: hasher.finalize().iter().map(|b| format!("{b:02x}")).collect(),
        files,
    }
}
