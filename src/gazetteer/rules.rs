//! Rules: how names are built from other entities, so that a gazetteer of places names every city's police,
//! every county's sheriff and every state's interior ministry without a row for each.
//!
//! Agencies, governments and institutions are named through a place, and every language does it its own way:
//! `Chicago Police Department`, `Chicago police`; `Polizei Köln`, `Kölner Polizei`, `Polizeipräsidium Köln`;
//! `politie Amsterdam`, `de Amsterdamse politie`; `Los Angeles County Sheriff's Department`; `bayerisches
//! Innenministerium`, `das Innenministerium Bayerns`. A list cannot keep up with that (tens of thousands of
//! places times a dozen institutions times three languages), but the pattern is regular, so a rule says it
//! once. A rules file is a CSV whose header has the columns `rule` and `forms`:
//!
//! ```csv
//! rule,lang,type,id,name,forms,countries
//! police-city,en,agency,{id}-police,{name} Police,{city} Police Department|{city} police|police in {city},
//! police-city,de,,,,Polizei {city}|{city:adj} Polizei|Polizeipräsidium {city},
//! police-city,nl,,,,politie {city}|{city:adj} politie,
//! city-government,de,,{id},,Stadt {city},
//! ```
//!
//! Rows with the same `rule` are one rule, in several languages. `forms` are templates with one slot: `{city}`
//! is any name of a place of type `city` (`Köln`, `Cologne`, `Keulen`, with a genitive `Kölns`), `{city:adj}` its
//! adjectives in the row's `lang` (`Kölner`; see [`super::places`]; a US county's English one is its bare name
//! before a noun, `the Los Angeles sheriff's department`). Any place type can be a slot (`{county}`,
//! `{state}`, `{country}`, or a type of the user's own). `type`, `id` and `name` (given once per rule) say what is
//! built: `{id}` is the place's id and `{name}` its canonical name, so Köln builds `cologne-police`, named
//! `Cologne Police`, whichever language the article is in. `countries` (ISO codes, `|`-separated) limits a rule
//! to places whose `country` attribute is one of them: sheriffs are American, Landeskriminalämter German.
//!
//! An `id` of exactly `{id}` names the place itself: `Stadt Essen`, `the city of Detroit` and `gemeente
//! Utrecht` are the city (the mention is the place's name alone), which lets a place whose name is an ordinary
//! word (`match=in-rules`) be found where a rule vouches for it.
//!
//! What a rule builds for a place is an entity like any other, with an id, a name and a `located_in` edge to
//! the place, but it has no row: [`super::Gazetteer::entity`] makes it when asked. When the gazetteer lists the
//! same institution by hand, the list wins: a listed entity whose id is the one a rule would build, or one of
//! whose forms a rule would build (`Detroit Police Department` is `{city} Police Department` for Detroit), is
//! what the rule yields for that place, with its own name and aliases.

use std::sync::Arc;

use super::problem::Problem;
use super::{Entity, Origin};

/// The columns a rules file must have, which tell it from an entity file.
pub(super) const REQUIRED: &[&str] = &["rule", "forms"];

/// Columns with a meaning in a rules file; `note` and any other column are for the reader.
const COLUMNS: &[&str] = &["rule", "lang", "type", "id", "name", "forms", "countries"];

/// Words that make no institution: a form whose literal part is only these (`in {city}`, `the {city}`) would
/// turn every place into an entity.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to", "aus", "bei", "das", "dem", "den",
    "der", "des", "die", "für", "im", "nach", "und", "vom", "von", "zu", "zum", "zur", "de", "een", "en", "het", "op",
    "te", "uit", "van", "voor",
];

/// One rule: what it builds, and the forms that name it.
#[derive(Clone, Debug)]
pub struct Rule {
    /// The `rule` column.
    pub id: String,
    /// The type of what it builds (`agency`); for a rule that names the place itself, the place's type.
    pub kind: String,
    /// The place type of the slot (`city`).
    pub slot: String,
    /// The `id` template, around `{id}`.
    id_template: (String, String),
    /// The `name` template, around `{name}`.
    name_template: (String, String),
    /// ISO codes of the countries whose places it applies to (upper case); empty for all.
    pub countries: Vec<String>,
    pub forms: Vec<RuleForm>,
    /// Where the rule's first row is.
    pub origin: Origin,
}

/// One template of a rule, in one language: the words before the slot, the slot, the words after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleForm {
    /// The row's `lang` (`de`, `en`, `nl`, …), which says whose adjectives `{…:adj}` takes.
    pub lang: String,
    pub before: String,
    /// `{city:adj}` rather than `{city}`.
    pub adjective: bool,
    pub after: String,
}

impl Rule {
    /// Whether the rule names the place itself (`Stadt Köln` is Köln) rather than building an entity.
    pub fn names_the_place(&self) -> bool {
        self.id_template.0.is_empty() && self.id_template.1.is_empty()
    }

    /// The id of what the rule builds from a place.
    pub fn built_id(&self, place: &Entity) -> String {
        format!("{}{}{}", self.id_template.0, place.id, self.id_template.1)
    }

    /// The canonical name of what the rule builds from a place.
    pub fn built_name(&self, place: &Entity) -> String {
        format!("{}{}{}", self.name_template.0, place.name, self.name_template.1)
    }

    /// What the ids the rule builds have before and after the place's id (`("", "-police")`).
    pub fn id_template(&self) -> (&str, &str) {
        (&self.id_template.0, &self.id_template.1)
    }

    /// The place id inside an id the rule would build, if `id` has the rule's shape.
    pub fn place_id<'i>(&self, id: &'i str) -> Option<&'i str> {
        let (before, after) = &self.id_template;
        id.strip_prefix(before.as_str())?
            .strip_suffix(after.as_str())
            .filter(|place| !place.is_empty())
    }

    /// Whether the rule applies to this entity: a place of the slot's type, in one of the rule's countries.
    pub fn applies_to(&self, place: &Entity) -> bool {
        place.kind == self.slot
            && (self.countries.is_empty()
                || place
                    .attribute("country")
                    .is_some_and(|c| self.countries.iter().any(|k| k.eq_ignore_ascii_case(c))))
    }
}

/// Whether a header row is a rules file's.
pub(super) fn is_rules_header(headers: &[String]) -> bool {
    REQUIRED
        .iter()
        .all(|c| headers.iter().any(|h| h.eq_ignore_ascii_case(c)))
}

/// One row of a rules file, as read.
pub(super) struct RuleRow {
    pub rule: String,
    pub lang: String,
    pub kind: String,
    pub id: String,
    pub name: String,
    pub forms: String,
    pub countries: String,
    pub origin: Origin,
}

/// Reads the rows of a rules file from its records (header `headers`), reporting empty required cells.
pub(super) fn read_rows(
    file: &Arc<std::path::Path>,
    headers: &[String],
    records: impl Iterator<Item = (u64, csv::StringRecord)>,
    rows: &mut Vec<RuleRow>,
    problems: &mut Vec<Problem>,
) {
    let position = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let at: Vec<Option<usize>> = COLUMNS.iter().map(|c| position(c)).collect();
    for (line, record) in records {
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let cell = |i: usize| at[i].and_then(|i| record.get(i)).unwrap_or("").trim().to_string();
        let origin = Origin {
            file: file.clone(),
            line,
        };
        let row = RuleRow {
            rule: cell(0),
            lang: cell(1).to_lowercase(),
            kind: cell(2).to_lowercase(),
            id: cell(3),
            name: cell(4),
            forms: cell(5),
            countries: cell(6),
            origin,
        };
        if row.rule.is_empty() {
            problems.push(row.problem("rule", "the rule has no id; every row needs one".to_string()));
        } else if row.forms.is_empty() {
            problems.push(row.problem("forms", format!("rule `{}` has a row without forms", row.rule)));
        } else {
            rows.push(row);
        }
    }
}

impl RuleRow {
    fn problem(&self, column: &str, message: String) -> Problem {
        Problem {
            file: self.origin.file.to_path_buf(),
            line: Some(self.origin.line),
            column: Some(column.to_string()),
            message,
            hint: None,
        }
    }
}

/// The rules of all rows, grouped by rule id in the order they first appear, checked against the entities
/// (a slot must name a type some entity has). Problems are errors: a rule that is not what it seems to say
/// would build wrong names silently.
pub(super) fn assemble(rows: Vec<RuleRow>, entities: &[Entity], problems: &mut Vec<Problem>) -> Vec<Rule> {
    let mut rules: Vec<Rule> = Vec::new();
    let mut broken: Vec<String> = Vec::new();
    for row in rows {
        if broken.contains(&row.rule) {
            continue;
        }
        let before = problems.len();
        let forms = parse_forms(&row, problems);
        let slot = forms.first().map(|(slot, _)| slot.clone());
        if let Some((other, _)) = forms.iter().find(|(s, _)| Some(s) != slot.as_ref()) {
            problems.push(row.problem(
                "forms",
                format!(
                    "rule `{}` mixes the slots {{{}}} and {{{other}}}; a rule builds from one type of place",
                    row.rule,
                    slot.as_deref().unwrap_or_default()
                ),
            ));
        }
        let forms: Vec<RuleForm> = forms.into_iter().map(|(_, form)| form).collect();
        match rules.iter_mut().find(|r| r.id == row.rule) {
            Some(rule) => {
                if slot.as_ref().is_some_and(|s| *s != rule.slot) {
                    problems.push(row.problem(
                        "forms",
                        format!(
                            "rule `{}` builds from {{{}}} in its first row ({}); one rule, one type of place",
                            rule.id, rule.slot, rule.origin
                        ),
                    ));
                }
                for (column, given, kept) in [
                    ("type", row.kind.as_str(), rule.kind.clone()),
                    ("id", row.id.as_str(), template(&rule.id_template, "id")),
                    ("name", row.name.as_str(), template(&rule.name_template, "name")),
                    ("countries", row.countries.as_str(), rule.countries.join("|")),
                ] {
                    let same = if column == "countries" {
                        countries(given).join("|") == kept
                    } else {
                        given == kept
                    };
                    if !given.is_empty() && !same {
                        problems.push(row.problem(
                            column,
                            format!(
                                "rule `{}` says `{given}` here and `{kept}` at {}; give it once, on the rule's first row",
                                rule.id, rule.origin
                            ),
                        ));
                    }
                }
                rule.forms.extend(forms);
            }
            None => {
                let Some(slot) = slot else { continue };
                let id_template = split_template(&row, "id", "{id}", problems);
                let name_template = split_template(&row, "name", "{name}", problems);
                let names_the_place = id_template.as_ref().is_some_and(|(b, a)| b.is_empty() && a.is_empty());
                let kind = if names_the_place {
                    slot.clone()
                } else if row.kind.is_empty() {
                    problems.push(row.problem(
                        "type",
                        format!(
                            "rule `{}` does not say the type of what it builds (`agency`, …)",
                            row.rule
                        ),
                    ));
                    continue;
                } else {
                    row.kind.clone()
                };
                if problems.len() > before {
                    broken.push(row.rule.clone());
                    continue;
                }
                rules.push(Rule {
                    id: row.rule.clone(),
                    kind,
                    slot,
                    id_template: id_template.unwrap_or_default(),
                    name_template: name_template.unwrap_or_default(),
                    countries: countries(&row.countries),
                    forms,
                    origin: row.origin.clone(),
                });
            }
        }
    }
    for rule in &rules {
        if !entities.iter().any(|e| e.kind == rule.slot) {
            problems.push(Problem {
                file: rule.origin.file.to_path_buf(),
                line: Some(rule.origin.line),
                column: Some("forms".to_string()),
                message: format!(
                    "unknown slot {{{}}} in rule `{}`: no entity has the type `{}`",
                    rule.slot, rule.id, rule.slot
                ),
                hint: Some(
                    "a slot names a type of place in the gazetteer: {city}, {county}, {state}, {country}".into(),
                ),
            });
        }
    }
    rules
}

fn template((before, after): &(String, String), slot: &str) -> String {
    format!("{before}{{{slot}}}{after}")
}

fn countries(cell: &str) -> Vec<String> {
    let mut codes: Vec<String> = cell
        .split('|')
        .map(|c| c.trim().to_uppercase())
        .filter(|c| !c.is_empty())
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

/// Splits the `id` or `name` template around its one `{id}` or `{name}`; the name defaults to `{name}` for a
/// rule that names the place itself.
fn split_template(row: &RuleRow, column: &str, slot: &str, problems: &mut Vec<Problem>) -> Option<(String, String)> {
    let given = if column == "id" { &row.id } else { &row.name };
    if given.is_empty() && column == "name" && row.id == "{id}" {
        return Some((String::new(), String::new()));
    }
    match given.split_once(slot) {
        Some((before, after)) if !after.contains(slot) && !before.contains('{') && !after.contains('{') => {
            Some((before.to_string(), after.to_string()))
        }
        _ => {
            problems.push(row.problem(
                column,
                format!(
                    "rule `{}` needs a `{column}` with one {slot} in it (`{slot}-police`, `{slot} Police`), not `{given}`",
                    row.rule
                ),
            ));
            None
        }
    }
}

/// The templates of a row's `forms`, each with its slot's place type.
fn parse_forms(row: &RuleRow, problems: &mut Vec<Problem>) -> Vec<(String, RuleForm)> {
    let mut forms = Vec::new();
    for written in row.forms.split('|').map(str::trim).filter(|f| !f.is_empty()) {
        let bad = |message: String| row.problem("forms", format!("rule `{}`: `{written}` {message}", row.rule));
        let slots = written.matches('{').count();
        let (Some(open), Some(close)) = (written.find('{'), written.find('}')) else {
            problems.push(bad("has no slot such as {city} or {city:adj}".into()));
            continue;
        };
        if slots != 1 || written.matches('}').count() != 1 || close < open {
            problems.push(bad("must have exactly one slot such as {city} or {city:adj}".into()));
            continue;
        }
        let inner = &written[open + 1..close];
        let (slot, adjective) = match inner.split_once(':') {
            None => (inner.trim(), false),
            Some((slot, "adj")) => (slot.trim(), true),
            Some((_, other)) => {
                problems.push(bad(format!("has the slot modifier `:{other}`; the only one is `:adj`")));
                continue;
            }
        };
        if slot.is_empty() || !slot.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-') {
            problems.push(bad(format!(
                "has the slot {{{inner}}}; a slot names a place type, as in {{city}}"
            )));
            continue;
        }
        if adjective && row.lang.is_empty() {
            problems.push(bad(format!(
                "uses {{{inner}}}, whose adjectives depend on the language: give the row a `lang` (de, en, nl)"
            )));
            continue;
        }
        let (before, after) = (written[..open].trim(), written[close + 1..].trim());
        let words: Vec<String> = before
            .split_whitespace()
            .chain(after.split_whitespace())
            .map(str::to_lowercase)
            .collect();
        if words.is_empty() {
            problems.push(bad("is only a slot: it would make every place an entity".into()));
            continue;
        }
        if words.iter().all(|w| FUNCTION_WORDS.contains(&w.as_str())) {
            problems.push(bad(format!(
                "has only ordinary words ({}) around its slot: every `{written}` in any text would be an entity; \
                 name the institution (`Polizei in {{{slot}}}`)",
                words.join(" ")
            )));
            continue;
        }
        forms.push((
            slot.to_string(),
            RuleForm {
                lang: row.lang.clone(),
                before: before.to_string(),
                adjective,
                after: after.to_string(),
            },
        ));
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(rule: &str, lang: &str, kind: &str, id: &str, name: &str, forms: &str) -> RuleRow {
        RuleRow {
            rule: rule.into(),
            lang: lang.into(),
            kind: kind.into(),
            id: id.into(),
            name: name.into(),
            forms: forms.into(),
            countries: String::new(),
            origin: Origin {
                file: Arc::from(std::path::Path::new("rules.csv")),
                line: 2,
            },
        }
    }

    fn city(id: &str, name: &str) -> Entity {
        let mut city = crate::gazetteer::tests::entity(id, name, "city");
        city.attributes.push((Arc::from("country"), "DE".to_string()));
        city
    }

    #[test]
    fn rows_of_one_rule_make_one_rule_in_several_languages() {
        let mut problems = Vec::new();
        let rules = assemble(
            vec![
                row(
                    "police",
                    "en",
                    "agency",
                    "{id}-police",
                    "{name} Police",
                    "{city} police|police in {city}",
                ),
                row("police", "de", "", "", "", "Polizei {city}|{city:adj} Polizei"),
                row("gov", "de", "", "{id}", "", "Stadt {city}"),
            ],
            &[city("cologne", "Cologne")],
            &mut problems,
        );
        assert!(problems.is_empty(), "{problems:#?}");
        assert_eq!(rules.len(), 2);
        let police = &rules[0];
        assert_eq!((police.kind.as_str(), police.slot.as_str()), ("agency", "city"));
        assert_eq!(police.forms.len(), 4);
        assert_eq!(
            police.forms[3],
            RuleForm {
                lang: "de".into(),
                before: String::new(),
                adjective: true,
                after: "Polizei".into()
            }
        );
        let place = city("cologne", "Cologne");
        assert_eq!(police.built_id(&place), "cologne-police");
        assert_eq!(police.built_name(&place), "Cologne Police");
        assert_eq!(police.place_id("cologne-police"), Some("cologne"));
        assert_eq!(police.place_id("-police"), None);
        assert!(!police.names_the_place());
        assert!(rules[1].names_the_place());
        assert_eq!(rules[1].kind, "city", "a rule naming the place has the place's type");
    }

    #[test]
    fn each_problem_is_named() {
        let cases: &[(RuleRow, &str)] = &[
            (row("a", "en", "agency", "{id}-a", "{name} A", "police"), "has no slot"),
            (
                row("a", "en", "agency", "{id}-a", "{name} A", "{city} and {city}"),
                "exactly one slot",
            ),
            (
                row("a", "en", "agency", "{id}-a", "{name} A", "{city:adv} police"),
                "the only one is `:adj`",
            ),
            (
                row("a", "", "agency", "{id}-a", "{name} A", "{city:adj} Polizei"),
                "give the row a `lang`",
            ),
            (
                row("a", "en", "agency", "{id}-a", "{name} A", "{city}"),
                "is only a slot",
            ),
            (
                row("a", "en", "agency", "{id}-a", "{name} A", "in the {city}"),
                "only ordinary words",
            ),
            (
                row("a", "en", "agency", "police", "{name} A", "{city} police"),
                "needs a `id` with one {id}",
            ),
            (
                row("a", "en", "agency", "{id}-a", "A", "{city} police"),
                "needs a `name` with one {name}",
            ),
            (
                row("a", "en", "", "{id}-a", "{name} A", "{city} police"),
                "does not say the type",
            ),
            (
                row("a", "en", "agency", "{id}-a", "{name} A", "{town} police"),
                "unknown slot {town}",
            ),
            (
                row(
                    "a",
                    "en",
                    "agency",
                    "{id}-a",
                    "{name} A",
                    "{city} police|{state} police",
                ),
                "mixes the slots",
            ),
        ];
        for (case, expected) in cases {
            let mut problems = Vec::new();
            let case = RuleRow {
                ..row(&case.rule, &case.lang, &case.kind, &case.id, &case.name, &case.forms)
            };
            assemble(vec![case], &[city("cologne", "Cologne")], &mut problems);
            assert!(
                problems.iter().any(|p| p.message.contains(expected)),
                "wanted `{expected}`, got {problems:#?}"
            );
        }
        let mut problems = Vec::new();
        assemble(
            vec![
                row("a", "en", "agency", "{id}-a", "{name} A", "{city} police"),
                row("a", "de", "organisation", "", "", "Polizei {city}"),
            ],
            &[city("cologne", "Cologne")],
            &mut problems,
        );
        assert!(
            problems[0].message.contains("says `organisation` here and `agency`"),
            "{problems:#?}"
        );
    }

    #[test]
    fn countries_limit_the_places() {
        let mut row = row(
            "sheriff",
            "en",
            "agency",
            "{id}-sheriff",
            "{name} Sheriff",
            "{city} sheriff",
        );
        row.countries = "us| US ".into();
        let mut problems = Vec::new();
        let rules = assemble(vec![row], &[city("cologne", "Cologne")], &mut problems);
        assert_eq!(rules[0].countries, ["US"]);
        assert!(!rules[0].applies_to(&city("cologne", "Cologne")));
        let mut detroit = city("detroit", "Detroit");
        detroit.attributes[0].1 = "us".into();
        assert!(rules[0].applies_to(&detroit));
    }
}
