//! Reading and validating gazetteer CSV files.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};
use sha2::{Digest, Sha256};

use super::built::Built;
use super::places::parse_adjectives;
use super::problem::{LoadError, Problem, problem};
use super::rules::{self, Rule, RuleRow};
use super::spreadsheet::{self, Flaw, Sheet};
use super::{Ambiguous, BUILT_ATTRIBUTES, Entity, Gazetteer, MatchRule, Origin, slug};
use crate::text::fold::fold;

/// Columns with a meaning of their own; all others become node attributes.
const RESERVED: &[&str] = &[
    "id",
    "name",
    "type",
    "aliases",
    "match",
    "context",
    "owner",
    "adjectives",
];

/// Node attributes the graph computes, which a gazetteer column must not shadow.
const COMPUTED: &[&str] = &["label", "mentions", "documents", "first_date", "last_date", "windows"];

pub(super) fn load<P: AsRef<Path>>(paths: &[P], ambiguous: Ambiguous) -> Result<Gazetteer, LoadError> {
    from_sources(read_sources(paths)?, ambiguous)
}

/// The bytes of every file named or found in a folder, in load order; fails when one cannot be read.
pub(super) fn read_sources<P: AsRef<Path>>(paths: &[P]) -> Result<Vec<(PathBuf, Vec<u8>)>, LoadError> {
    let mut problems = Vec::new();
    let mut files = Vec::new();
    for path in paths {
        let path = path.as_ref();
        if path.is_dir() {
            match csv_files_in(path) {
                Ok(found) if found.is_empty() => problems.push(problem(path, None, "no *.csv files in this folder")),
                Ok(found) => files.extend(found),
                Err(e) => problems.push(problem(path, None, &e.to_string())),
            }
        } else {
            files.push(path.to_path_buf());
        }
    }
    let mut sources = Vec::new();
    for file in files {
        match std::fs::read(&file) {
            Ok(bytes) => sources.push((file, bytes)),
            Err(e) => problems.push(problem(&file, None, &format!("cannot read: {e}"))),
        }
    }
    if !problems.is_empty() {
        return Err(LoadError { problems });
    }
    Ok(sources)
}

fn csv_files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_file() && path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

/// What the rows of all files say, before cross-row checks.
struct Row {
    entity: Entity,
    /// Whether the id came from the `id` column (for the message on duplicates).
    explicit_id: bool,
}

/// Everything the files say, problems included: the loader refuses a gazetteer with problems, while
/// `gazetteer check` goes on to lint the entities that could be read, so that one run shows every finding.
pub(super) struct Parsed {
    pub entities: Vec<Entity>,
    pub rules: Vec<Rule>,
    built: Built,
    by_id: FxHashMap<String, usize>,
    /// Folded forms that name several entities, when they are dropped rather than refused.
    pub ambiguous: FxHashSet<String>,
    pub problems: Vec<Problem>,
    pub warnings: Vec<Problem>,
    attribute_names: BTreeSet<String>,
    sha256: String,
    files: Vec<PathBuf>,
}

pub(super) fn from_sources(sources: Vec<(PathBuf, Vec<u8>)>, ambiguous: Ambiguous) -> Result<Gazetteer, LoadError> {
    let parsed = parse(sources, ambiguous);
    if !parsed.problems.is_empty() {
        return Err(LoadError {
            problems: parsed.problems,
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
        warnings: parsed.warnings,
    })
}

pub(super) fn parse(sources: Vec<(PathBuf, Vec<u8>)>, ambiguous: Ambiguous) -> Parsed {
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mut rows = Vec::new();
    let mut rule_rows = Vec::new();
    let mut hasher = Sha256::new();
    let mut attribute_names = BTreeSet::new();
    let mut files = Vec::new();
    for (file, bytes) in &sources {
        let name = file
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
        files.push(file.clone());
        read_file(
            file,
            bytes,
            &mut Rows {
                entities: &mut rows,
                rules: &mut rule_rows,
            },
            &mut attribute_names,
            &mut problems,
            &mut warnings,
        );
    }
    let (entities, ambiguous, forms) = check_rows(rows, ambiguous, &mut problems, &mut warnings);
    warnings.extend(super::types::one_off_types(&entities));
    let rules = rules::assemble(rule_rows, &entities, &mut problems);
    let by_id: FxHashMap<String, usize> = entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
    let built = Built::new(&rules, &entities, &by_id, &forms, &mut warnings);
    if built.end() > entities.len() {
        attribute_names.extend(BUILT_ATTRIBUTES.iter().map(|a| a.to_string()));
    }
    Parsed {
        entities,
        rules,
        built,
        by_id,
        ambiguous,
        problems,
        warnings,
        attribute_names,
        sha256: hasher.finalize().iter().map(|b| format!("{b:02x}")).collect(),
        files,
    }
}

/// Where the rows of the files go: entity files' and rules files'.
struct Rows<'a> {
    entities: &'a mut Vec<Row>,
    rules: &'a mut Vec<RuleRow>,
}

/// Reads the rows of one file, reporting malformed ones.
fn read_file(
    file: &Path,
    bytes: &[u8],
    rows: &mut Rows<'_>,
    attribute_names: &mut BTreeSet<String>,
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<Problem>,
) {
    let shared_file: Arc<Path> = Arc::from(file);
    let flawed = |flaw: Flaw, headers: &[String]| Problem {
        column: headers.get(flaw.field).filter(|h| !h.is_empty()).cloned(),
        ..problem(file, Some(flaw.line), &flaw.message)
    };
    let sheet = match Sheet::decode(bytes) {
        Ok(sheet) => sheet,
        Err(flaw) => {
            problems.push(flawed(flaw, &spreadsheet::lenient_headers(bytes)));
            return;
        }
    };
    let flaws = sheet.flaws();
    // Rows from a line where quoting goes wrong for good on are not read: they would be one cell.
    let end = flaws
        .iter()
        .filter(|f| f.fatal)
        .map(|f| sheet.line_start_of(f.line))
        .min()
        .unwrap_or(sheet.text.len());
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sheet.delimiter)
        .flexible(true)
        .from_reader(&sheet.text.as_bytes()[..end]);
    let headers = match reader.headers() {
        Ok(h) => h.iter().map(|h| h.trim().to_string()).collect::<Vec<_>>(),
        Err(e) => {
            problems.push(problem(file, Some(1), &format!("cannot read the header row: {e}")));
            return;
        }
    };
    problems.extend(flaws.into_iter().map(|flaw| flawed(flaw, &headers)));
    for (i, header) in headers.iter().enumerate() {
        if !header.is_empty() && headers[..i].iter().any(|h| h.eq_ignore_ascii_case(header)) {
            problems.push(Problem {
                column: Some(header.clone()),
                ..problem(
                    file,
                    Some(1),
                    "the header row names this column twice, and one of them would be ignored; rename or remove one",
                )
            });
        }
    }
    if rules::is_rules_header(&headers) {
        let mut records = Vec::new();
        for record in reader.records() {
            match record {
                Ok(record) => records.push((
                    record.position().map_or(0, |p| sheet.row_line(p.byte() as usize)),
                    record,
                )),
                Err(e) => {
                    let line = e
                        .position()
                        .map_or(sheet.line(end), |p| sheet.row_line(p.byte() as usize));
                    problems.push(problem(file, Some(line), &format!("malformed row: {e}")));
                }
            }
        }
        rules::read_rows(&shared_file, &headers, records.into_iter(), rows.rules, problems);
        return;
    }
    let position = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let missing: Vec<&str> = ["name", "type", "aliases"]
        .into_iter()
        .filter(|c| position(c).is_none())
        .collect();
    if !missing.is_empty() {
        problems.push(problem(
            file,
            Some(1),
            &format!(
                "the header row lacks the column{} {}; it has {}",
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", "),
                if headers.is_empty() {
                    "none".to_string()
                } else {
                    headers.join(", ")
                }
            ),
        ));
        return;
    }
    let mut extra = Vec::new();
    for (i, header) in headers.iter().enumerate() {
        let lower = header.to_ascii_lowercase();
        if header.is_empty() || RESERVED.contains(&lower.as_str()) {
            continue;
        }
        if COMPUTED.contains(&lower.as_str()) || BUILT_ATTRIBUTES.contains(&lower.as_str()) {
            problems.push(Problem {
                column: Some(header.clone()),
                ..problem(
                    file,
                    Some(1),
                    "this name is taken by an attribute the graph computes; rename the column",
                )
            });
            continue;
        }
        attribute_names.insert(header.clone());
        extra.push((i, Arc::<str>::from(header.as_str())));
    }
    let column = |name: &str| position(name);
    let (name_at, type_at, aliases_at) = (
        column("name").unwrap(),
        column("type").unwrap(),
        column("aliases").unwrap(),
    );
    let (id_at, match_at, context_at, owner_at) = (column("id"), column("match"), column("context"), column("owner"));
    let adjectives_at = column("adjectives");
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e
                    .position()
                    .map_or(sheet.line(end), |p| sheet.row_line(p.byte() as usize));
                problems.push(problem(file, Some(line), &format!("malformed row: {e}")));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| sheet.row_line(p.byte() as usize));
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let cell = |at: Option<usize>| at.and_then(|i| record.get(i)).unwrap_or("").trim();
        let at_column = |name: &str, message: String| Problem {
            column: Some(name.to_string()),
            ..problem(file, Some(line), &message)
        };
        if record.len() > headers.len() {
            problems.push(problem(
                file,
                Some(line),
                &format!(
                    "this row has {} fields but the header has {} columns; quote fields that contain the delimiter \
                     (`{}`)",
                    record.len(),
                    headers.len(),
                    char::from(sheet.delimiter).escape_default()
                ),
            ));
            continue;
        }
        let name = cell(Some(name_at));
        if name.is_empty() {
            problems.push(at_column("name", "the name is empty; every row needs one".into()));
            continue;
        }
        let kind = cell(Some(type_at)).to_lowercase();
        if kind.is_empty() {
            problems.push(at_column(
                "type",
                format!(
                    "`{name}` has no type (organisation, agency, product, city, county, state, country, person, …)"
                ),
            ));
            continue;
        }
        let mut aliases = Vec::new();
        let alias_cell = cell(Some(aliases_at));
        if !alias_cell.is_empty() {
            for alias in alias_cell.split('|') {
                let alias = alias.trim();
                if alias.is_empty() {
                    warnings.push(at_column(
                        "aliases",
                        format!("`{name}` has an empty alias (two `|` in a row, or one at an end); it is ignored"),
                    ));
                } else {
                    aliases.push(alias.to_string());
                }
            }
        }
        let mut rule = MatchRule::default();
        match cell(match_at).to_ascii_lowercase().as_str() {
            "" | "auto" => {}
            "case-sensitive" | "case" => rule.case_sensitive = true,
            "accept-word" => rule.accept_word = true,
            "in-rules" => rule.in_rules = true,
            other => {
                problems.push(at_column(
                    "match",
                    format!(
                        "unknown match rule `{other}`; use `auto` (or leave it empty), `case-sensitive`, \
                         `accept-word` or `in-rules`"
                    ),
                ));
                continue;
            }
        }
        let adjectives = match parse_adjectives(cell(adjectives_at)) {
            Ok(adjectives) => adjectives,
            Err(message) => {
                problems.push(at_column("adjectives", message));
                continue;
            }
        };
        rule.context = cell(context_at)
            .split('|')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect();
        let owner = Some(cell(owner_at)).filter(|o| !o.is_empty()).map(str::to_string);
        let given_id = cell(id_at);
        let id = if given_id.is_empty() {
            slug(name)
        } else {
            given_id.to_string()
        };
        if id.is_empty() {
            problems.push(at_column(
                "id",
                format!("cannot derive an id from `{name}`; give one in an `id` column"),
            ));
            continue;
        }
        let attributes: Vec<(Arc<str>, String)> = extra
            .iter()
            .filter_map(|(i, header)| {
                let value = record.get(*i).unwrap_or("").trim();
                (!value.is_empty()).then(|| (header.clone(), value.to_string()))
            })
            .collect();
        rows.entities.push(Row {
            entity: Entity {
                id,
                name: name.to_string(),
                kind,
                aliases,
                rule,
                owner,
                adjectives,
                attributes,
                origin: Origin {
                    file: shared_file.clone(),
                    line,
                },
            },
            explicit_id: !given_id.is_empty(),
        });
    }
}

/// Each folded form of the listed entities: the entity, and the form as written.
type FormMap = FxHashMap<String, (usize, String)>;

/// Cross-row checks: unique ids, every form naming one entity (or, with [`Ambiguous::Drop`], the forms that do
/// not, which are returned), ids in `context` and `owner` that exist.
fn check_rows(
    rows: Vec<Row>,
    ambiguous: Ambiguous,
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<Problem>,
) -> (Vec<Entity>, FxHashSet<String>, FormMap) {
    let mut entities: Vec<Entity> = Vec::with_capacity(rows.len());
    let mut ids: FxHashMap<String, usize> = FxHashMap::default();
    let mut forms: FxHashMap<String, (usize, String)> = FxHashMap::default();
    let mut dropped = FxHashSet::default();
    let mut first_dropped: Option<Problem> = None;
    for row in rows {
        let entity = row.entity;
        let here = |column: &str, message: String| Problem {
            file: entity.origin.file.to_path_buf(),
            line: Some(entity.origin.line),
            column: Some(column.to_string()),
            message,
            hint: None,
        };
        if let Some(&other) = ids.get(&entity.id) {
            let how = if row.explicit_id {
                ""
            } else {
                " (derived from the name; give an `id` to tell them apart)"
            };
            problems.push(here(
                if row.explicit_id { "id" } else { "name" },
                format!(
                    "duplicate id `{}`{how}: already used at {}",
                    entity.id, entities[other].origin
                ),
            ));
            continue;
        }
        let index = entities.len();
        let mut own = Vec::new();
        for (n, form) in entity.forms().enumerate() {
            let column = if n == 0 { "name" } else { "aliases" };
            let key = fold(form);
            if key.trim().is_empty() {
                problems.push(here(
                    column,
                    format!("the form `{form}` of `{}` has nothing to match", entity.name),
                ));
                continue;
            }
            match forms.get(&key) {
                Some((other, _)) if *other == index => {
                    if own.contains(&key) {
                        warnings.push(here(column, format!("`{form}` is listed twice for `{}`", entity.name)));
                    }
                }
                Some((other, other_form)) => {
                    let problem = here(
                        column,
                        format!(
                            "`{form}` would name two entities: `{}` here and `{}` (as `{other_form}`) at {}",
                            entity.id, entities[*other].id, entities[*other].origin
                        ),
                    );
                    match ambiguous {
                        Ambiguous::Refuse => problems.push(problem),
                        Ambiguous::Drop => {
                            dropped.insert(key.clone());
                            first_dropped.get_or_insert(problem);
                        }
                    }
                }
                None => {
                    forms.insert(key.clone(), (index, form.to_string()));
                }
            }
            own.push(key);
        }
        ids.insert(entity.id.clone(), index);
        entities.push(entity);
    }
    for entity in &entities {
        let here = |column: &str, message: String| Problem {
            file: entity.origin.file.to_path_buf(),
            line: Some(entity.origin.line),
            column: Some(column.to_string()),
            message,
            hint: None,
        };
        for context in &entity.rule.context {
            if !ids.contains_key(context) {
                problems.push(here("context", format!("unknown entity id `{context}`")));
            }
        }
        if let Some(owner) = &entity.owner {
            if !ids.contains_key(owner) {
                problems.push(here("owner", format!("unknown entity id `{owner}`")));
            } else if owner == &entity.id {
                problems.push(here("owner", format!("`{}` cannot own itself", entity.id)));
            }
        }
    }
    report_ownership_cycles(&entities, &ids, problems);
    if let Some(mut first) = first_dropped {
        let n = dropped.len();
        first.message = format!(
            "{n} form{} name{} more than one entity and {} left out of matching (--ambiguous drop); the first: {}",
            if n == 1 { "" } else { "s" },
            if n == 1 { "s" } else { "" },
            if n == 1 { "is" } else { "are" },
            first.message
        );
        first.hint = Some("(`gazegraph gazetteer check` lists them all)".to_string());
        warnings.push(first);
    }
    (entities, dropped, forms)
}

/// An owner chain that comes back to where it started (`a` owned by `b`, `b` by `a`) has no top to roll up to.
fn report_ownership_cycles(entities: &[Entity], ids: &FxHashMap<String, usize>, problems: &mut Vec<Problem>) {
    let owner = |i: usize| entities[i].owner.as_ref().and_then(|o| ids.get(o)).copied();
    for start in 0..entities.len() {
        let mut chain = vec![start];
        let mut at = start;
        while let Some(next) = owner(at) {
            if next == start {
                // Report each cycle once, at its entity with the smallest id.
                if chain.iter().all(|&i| entities[start].id <= entities[i].id) {
                    let names: Vec<&str> = chain.iter().chain([&start]).map(|&i| entities[i].id.as_str()).collect();
                    problems.push(Problem {
                        file: entities[start].origin.file.to_path_buf(),
                        line: Some(entities[start].origin.line),
                        column: Some("owner".to_string()),
                        message: format!("ownership goes round in a circle: {}", names.join(" → ")),
                        hint: None,
                    });
                }
                break;
            }
            if chain.contains(&next) || chain.len() > entities.len() {
                break;
            }
            chain.push(next);
            at = next;
        }
    }
}
