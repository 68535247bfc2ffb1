//! Reading one gazetteer file into rows: entities it adds, and (with an `action` column) changes to entities
//! defined before it. What the rows mean together is for `layers` and `validate`.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use encoding_rs::Encoding;

use super::places::parse_adjectives;
use super::problem::{Problem, problem};
use super::rules::{self, RuleRow};
use super::spreadsheet::{self, Flaw, Sheet};
use super::{BUILT_ATTRIBUTES, ContextScope, Entity, MatchRule, Origin, slug};

/// Columns with a meaning of their own; all others become node attributes.
const RESERVED: &[&str] = &[
    "id",
    "name",
    "type",
    "aliases",
    "match",
    "context",
    "context_scope",
    "owner",
    "adjectives",
    "action",
];

/// Node attributes the graph computes, which a gazetteer column must not shadow.
const COMPUTED: &[&str] = &["label", "mentions", "documents", "first_date", "last_date", "windows"];

/// What a row does (the `action` column; empty is `add`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Action {
    Add,
    /// Sets the fields whose cells are filled, adds the forms in `aliases` and `adjectives`.
    Change,
    Remove,
    /// Takes the forms in `aliases` and `adjectives` from the entity.
    RemoveForms,
}

impl Action {
    fn parse(word: &str) -> Option<Action> {
        match word.to_ascii_lowercase().as_str() {
            "" | "add" => Some(Action::Add),
            "change" => Some(Action::Change),
            "remove" => Some(Action::Remove),
            "remove-forms" => Some(Action::RemoveForms),
            _ => None,
        }
    }
}

/// A cell of a `change` row: empty (the field stays as it was), a value, or `-` (the field is cleared).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Cell<T> {
    Keep,
    Set(T),
    Clear,
}

/// The `match` column's values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Matching {
    Auto,
    CaseSensitive,
    AcceptWord,
    InRules,
}

impl Matching {
    pub fn name(self) -> &'static str {
        match self {
            Matching::Auto => "auto",
            Matching::CaseSensitive => "case-sensitive",
            Matching::AcceptWord => "accept-word",
            Matching::InRules => "in-rules",
        }
    }

    pub fn set(self, rule: &mut MatchRule) {
        rule.case_sensitive = self == Matching::CaseSensitive;
        rule.accept_word = self == Matching::AcceptWord;
        rule.in_rules = self == Matching::InRules;
    }
}

/// A row read from an entity file.
pub(super) enum Row {
    /// A new entity.
    Add { entity: Entity, explicit_id: bool },
    /// A change to the entity of an earlier row.
    Edit(Edit),
}

/// A `change`, `remove` or `remove-forms` row.
pub(super) struct Edit {
    pub action: Action,
    pub origin: Origin,
    pub id: String,
    pub name: Option<String>,
    pub kind: Option<String>,
    pub aliases: Vec<String>,
    pub matching: Option<Matching>,
    pub context: Cell<Vec<String>>,
    pub scope: Option<ContextScope>,
    pub owner: Cell<String>,
    pub adjectives: Vec<(String, String)>,
    pub attributes: Vec<(Arc<str>, Cell<String>)>,
}

/// Where the rows of the files go: entity files' and rules files'.
pub(super) struct Rows<'a> {
    pub entities: &'a mut Vec<Row>,
    pub rules: &'a mut Vec<RuleRow>,
    pub attribute_names: &'a mut BTreeSet<String>,
    pub problems: &'a mut Vec<Problem>,
    pub warnings: &'a mut Vec<Problem>,
}

/// Reads the rows of one file, reporting malformed ones; returns how it was decoded when it is not UTF-8.
pub(super) fn read_file(
    file: &Path,
    bytes: &[u8],
    encoding: Option<&'static Encoding>,
    out: &mut Rows<'_>,
) -> Option<&'static Encoding> {
    let shared_file: Arc<Path> = Arc::from(file);
    let flawed = |flaw: Flaw, headers: &[String]| Problem {
        column: headers.get(flaw.field).filter(|h| !h.is_empty()).cloned(),
        ..problem(file, Some(flaw.line), &flaw.message)
    };
    let sheet = match Sheet::decode(bytes, encoding) {
        Ok(sheet) => sheet,
        Err(flaw) => {
            out.problems.push(flawed(flaw, &spreadsheet::lenient_headers(bytes)));
            return None;
        }
    };
    if let Some(legacy) = &sheet.legacy
        && legacy.guessed
    {
        let (line, word) = sheet.first_non_ascii().unwrap_or((1, ""));
        out.warnings.push(Problem {
            hint: Some(
                "if that is wrong, name the encoding with --encoding (windows-1252, iso-8859-15, mac…), or save \
                 the file as \"CSV UTF-8\""
                    .to_string(),
            ),
            ..problem(
                file,
                Some(line),
                &format!(
                    "the file is not UTF-8; read as {} (guessed, as for articles), which makes this line say `{word}`",
                    legacy.encoding.name()
                ),
            )
        });
    }
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
            out.problems
                .push(problem(file, Some(1), &format!("cannot read the header row: {e}")));
            return None;
        }
    };
    out.problems
        .extend(flaws.into_iter().map(|flaw| flawed(flaw, &headers)));
    for (i, header) in headers.iter().enumerate() {
        if !header.is_empty() && headers[..i].iter().any(|h| h.eq_ignore_ascii_case(header)) {
            out.problems.push(Problem {
                column: Some(header.clone()),
                ..problem(
                    file,
                    Some(1),
                    "the header row names this column twice, and one of them would be ignored; rename or remove one",
                )
            });
        }
    }
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
                out.problems
                    .push(problem(file, Some(line), &format!("malformed row: {e}")));
            }
        }
    }
    if rules::is_rules_header(&headers) {
        rules::read_rows(&shared_file, &headers, records.into_iter(), out.rules, out.problems);
    } else {
        read_entities(&shared_file, &headers, sheet.delimiter, records, out);
    }
    sheet.legacy.map(|l| l.encoding)
}

/// Where each column of an entity file is.
struct Columns {
    id: Option<usize>,
    name: Option<usize>,
    kind: Option<usize>,
    aliases: Option<usize>,
    matching: Option<usize>,
    context: Option<usize>,
    scope: Option<usize>,
    owner: Option<usize>,
    adjectives: Option<usize>,
    action: Option<usize>,
    /// The attribute columns: (position, header).
    extra: Vec<(usize, Arc<str>)>,
}

fn read_entities(
    file: &Arc<Path>,
    headers: &[String],
    delimiter: u8,
    records: Vec<(u64, csv::StringRecord)>,
    out: &mut Rows<'_>,
) {
    let Some(columns) = columns(file, headers, out) else {
        return;
    };
    for (line, record) in records {
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if record.len() > headers.len() {
            out.problems.push(problem(
                file,
                Some(line),
                &format!(
                    "this row has {} fields but the header has {} columns; quote fields that contain the delimiter \
                     (`{}`)",
                    record.len(),
                    headers.len(),
                    char::from(delimiter).escape_default()
                ),
            ));
            continue;
        }
        if let Some(row) = read_row(file, line, &record, &columns, out.problems, out.warnings) {
            out.entities.push(row);
        }
    }
}

/// The columns of an entity file, or `None` (with a problem) when required ones are missing: `name`, `type` and
/// `aliases`, or, in a file with an `action` column (whose rows may only change entities), `id`.
fn columns(file: &Path, headers: &[String], out: &mut Rows<'_>) -> Option<Columns> {
    let position = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let required: &[&str] = if position("action").is_some() {
        &["id"]
    } else {
        &["name", "type", "aliases"]
    };
    let missing: Vec<&str> = required.iter().copied().filter(|c| position(c).is_none()).collect();
    if !missing.is_empty() {
        out.problems.push(problem(
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
        return None;
    }
    let mut extra = Vec::new();
    for (i, header) in headers.iter().enumerate() {
        let lower = header.to_ascii_lowercase();
        if header.is_empty() || RESERVED.contains(&lower.as_str()) {
            continue;
        }
        if COMPUTED.contains(&lower.as_str()) || BUILT_ATTRIBUTES.contains(&lower.as_str()) {
            out.problems.push(Problem {
                column: Some(header.clone()),
                ..problem(
                    file,
                    Some(1),
                    "this name is taken by an attribute the graph computes; rename the column",
                )
            });
            continue;
        }
        out.attribute_names.insert(header.clone());
        extra.push((i, Arc::<str>::from(header.as_str())));
    }
    Some(Columns {
        id: position("id"),
        name: position("name"),
        kind: position("type"),
        aliases: position("aliases"),
        matching: position("match"),
        context: position("context"),
        scope: position("context_scope"),
        owner: position("owner"),
        adjectives: position("adjectives"),
        action: position("action"),
        extra,
    })
}

fn read_row(
    file: &Arc<Path>,
    line: u64,
    record: &csv::StringRecord,
    columns: &Columns,
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<Problem>,
) -> Option<Row> {
    let cell = |at: Option<usize>| at.and_then(|i| record.get(i)).unwrap_or("").trim();
    let at_column = |name: &str, message: String| Problem {
        column: Some(name.to_string()),
        ..problem(file, Some(line), &message)
    };
    let Some(action) = Action::parse(cell(columns.action)) else {
        problems.push(at_column(
            "action",
            format!(
                "unknown action `{}`; use `add` (or leave it empty), `change`, `remove` or `remove-forms`",
                cell(columns.action)
            ),
        ));
        return None;
    };
    let name = cell(columns.name);
    let mut aliases = Vec::new();
    for alias in cell(columns.aliases).split('|').map(str::trim) {
        if !alias.is_empty() {
            aliases.push(alias.to_string());
        } else if !cell(columns.aliases).is_empty() {
            warnings.push(at_column(
                "aliases",
                format!(
                    "`{}` has an empty alias (two `|` in a row, or one at an end); it is ignored",
                    if name.is_empty() { cell(columns.id) } else { name }
                ),
            ));
        }
    }
    let matching = match cell(columns.matching).to_ascii_lowercase().as_str() {
        "" => None,
        "auto" => Some(Matching::Auto),
        "case-sensitive" | "case" => Some(Matching::CaseSensitive),
        "accept-word" => Some(Matching::AcceptWord),
        "in-rules" => Some(Matching::InRules),
        other => {
            problems.push(at_column(
                "match",
                format!(
                    "unknown match rule `{other}`; use `auto` (or leave it empty), `case-sensitive`, \
                     `accept-word` or `in-rules`"
                ),
            ));
            return None;
        }
    };
    let scope = match cell(columns.scope) {
        "" => None,
        word => match ContextScope::parse(word) {
            Some(scope) => Some(scope),
            None => {
                problems.push(at_column(
                    "context_scope",
                    format!("unknown context scope `{word}`; use `sentence`, `paragraph` or `document`"),
                ));
                return None;
            }
        },
    };
    let adjectives = match parse_adjectives(cell(columns.adjectives)) {
        Ok(adjectives) => adjectives,
        Err(message) => {
            problems.push(at_column("adjectives", message));
            return None;
        }
    };
    let list = |text: &str| -> Vec<String> {
        text.split('|')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect()
    };
    let given_id = cell(columns.id);
    let origin = Origin {
        file: file.clone(),
        line,
    };
    if action != Action::Add {
        if given_id.is_empty() {
            problems.push(at_column(
                "id",
                format!(
                    "a `{}` row names the entity it {} by its id; the `id` is empty",
                    cell(columns.action).to_ascii_lowercase(),
                    if action == Action::Change {
                        "changes"
                    } else {
                        "takes from"
                    }
                ),
            ));
            return None;
        }
        // In a change row, `-` clears a field that may be empty.
        let edit_cell = |text: &str| match text {
            "" => Cell::Keep,
            "-" => Cell::Clear,
            value => Cell::Set(value.to_string()),
        };
        let text = |at: Option<usize>| Some(cell(at)).filter(|c| !c.is_empty()).map(str::to_string);
        return Some(Row::Edit(Edit {
            action,
            origin,
            id: given_id.to_string(),
            name: text(columns.name),
            kind: text(columns.kind).map(|k| k.to_lowercase()),
            aliases,
            matching,
            context: match edit_cell(cell(columns.context)) {
                Cell::Set(value) => Cell::Set(list(&value)),
                Cell::Keep => Cell::Keep,
                Cell::Clear => Cell::Clear,
            },
            scope,
            owner: edit_cell(cell(columns.owner)),
            adjectives,
            attributes: columns
                .extra
                .iter()
                .map(|(i, header)| (header.clone(), edit_cell(record.get(*i).unwrap_or("").trim())))
                .filter(|(_, value)| *value != Cell::Keep)
                .collect(),
        }));
    }
    if name.is_empty() {
        problems.push(at_column("name", "the name is empty; every row needs one".into()));
        return None;
    }
    let kind = cell(columns.kind).to_lowercase();
    if kind.is_empty() {
        problems.push(at_column(
            "type",
            format!("`{name}` has no type (organisation, agency, product, city, county, state, country, person, …)"),
        ));
        return None;
    }
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
        return None;
    }
    let mut rule = MatchRule {
        context: list(cell(columns.context)),
        context_scope: scope.unwrap_or_default(),
        ..MatchRule::default()
    };
    matching.unwrap_or(Matching::Auto).set(&mut rule);
    let attributes: Vec<(Arc<str>, String)> = columns
        .extra
        .iter()
        .filter_map(|(i, header)| {
            let value = record.get(*i).unwrap_or("").trim();
            (!value.is_empty()).then(|| (header.clone(), value.to_string()))
        })
        .collect();
    Some(Row::Add {
        entity: Entity {
            id,
            name: name.to_string(),
            kind,
            aliases,
            rule,
            owner: Some(cell(columns.owner)).filter(|o| !o.is_empty()).map(str::to_string),
            adjectives,
            attributes,
            origin,
        },
        explicit_id: !given_id.is_empty(),
    })
}
