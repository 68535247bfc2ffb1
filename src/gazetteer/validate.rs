//! Checks across rows, on the gazetteer the layers make: every form naming one entity, ids in `context` and
//! `owner` that exist, no ownership cycle.

use rustc_hash::{FxHashMap, FxHashSet};

use super::layers::Draft;
use super::lint;
use super::problem::Problem;
use super::problem_at as at;
use super::source::SHIPPED_FOLDER;
use super::{Ambiguous, Entity, Origin};
use crate::text::fold::fold;

/// Each folded form of the listed entities: the entity, and the form as written.
pub(super) type FormMap = FxHashMap<String, (usize, String)>;

/// What the checks leave: the entities, the forms left out of matching ([`Ambiguous::Drop`]), and the form map.
pub(super) struct Valid {
    pub entities: Vec<Entity>,
    pub dropped: FxHashSet<String>,
    pub forms: FormMap,
    /// How many problems (forms that name two entities) [`Ambiguous::Drop`] would have turned into a warning.
    pub droppable: usize,
}

pub(super) fn check(
    drafts: Vec<Draft>,
    ambiguous: Ambiguous,
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<Problem>,
) -> Valid {
    let mut forms: FormMap = FxHashMap::default();
    // The row of each form of the entities a later row changed the forms of, for messages.
    let mut form_rows: Vec<Option<Vec<Origin>>> = Vec::with_capacity(drafts.len());
    let mut dropped = FxHashSet::default();
    let mut first_dropped: Option<Problem> = None;
    let mut droppable = 0;
    let mut entities: Vec<Entity> = Vec::with_capacity(drafts.len());
    for draft in drafts {
        let index = entities.len();
        let entity = &draft.entity;
        let mut own = Vec::new();
        for (n, form) in entity.forms().enumerate() {
            let column = if n == 0 { "name" } else { "aliases" };
            let origin = draft.form_origin(n);
            let key = fold(form);
            // A NUL, an escape or another control character that is not white space can never match (articles
            // with one are skipped as binary, or hold it nowhere a name is); white space ones match as a space.
            if let Some(c) = form.chars().find(|&c| crate::show::is_control(c) && !c.is_whitespace()) {
                problems.push(at(
                    origin,
                    column,
                    format!(
                        "the form `{}` of `{}` holds the control character U+{:04X}; remove it",
                        crate::show::Escaped(form),
                        crate::show::Escaped(&entity.name),
                        c as u32
                    ),
                    None,
                ));
                continue;
            }
            if key.trim().is_empty() {
                problems.push(at(
                    origin,
                    column,
                    format!("the form `{form}` of `{}` has nothing to match", entity.name),
                    None,
                ));
                continue;
            }
            match forms.get(&key) {
                Some((other, _)) if *other == index => {
                    // forms matched as written differ when written differently (`DoD` and `DOD` of a
                    // case-sensitive entity, or any form beside an acronym)
                    let as_written = |f: &str| entity.rule.case_sensitive || super::is_acronym(f);
                    let same =
                        |(k, f): &(String, &str)| *k == key && (*f == form || !(as_written(f) || as_written(form)));
                    if own.iter().any(same) {
                        warnings.push(at(
                            origin,
                            column,
                            format!("`{form}` is listed twice for `{}`", entity.name),
                            None,
                        ));
                    }
                }
                Some((other, other_form)) => {
                    let other_entity = &entities[*other];
                    let other_origin = other_entity
                        .forms()
                        .position(|f| fold(f) == key)
                        .map_or(&other_entity.origin, |n| {
                            form_origin(other_entity, &form_rows[*other], n)
                        });
                    let problem = at(
                        origin,
                        column,
                        format!(
                            "`{form}` would name two entities: `{}` here and `{}` (as `{other_form}`) at {other_origin}",
                            entity.id, other_entity.id
                        ),
                        Some(shared_form_hint(entity, other_entity, other_form, origin, other_origin)),
                    );
                    match ambiguous {
                        Ambiguous::Refuse => {
                            droppable += 1;
                            problems.push(problem);
                        }
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
            own.push((key, form));
        }
        let (entity, origins) = draft.into_parts();
        form_rows.push(origins);
        entities.push(entity);
    }
    if let Some(mut first) = first_dropped {
        let n = dropped.len();
        first.message = format!(
            "{n} form{} name{} more than one entity and {} left out of matching (--ambiguous drop); the first: {}",
            if n == 1 { "" } else { "s" },
            if n == 1 { "s" } else { "" },
            if n == 1 { "is" } else { "are" },
            first.message
        );
        first.hint = Some("`gazegraph gazetteer check` lists them all".to_string());
        warnings.push(first);
    }
    let origin = |entity: usize, form: usize| form_origin(&entities[entity], &form_rows[entity], form);
    lint::ordinary_words(&entities, &origin, warnings);
    lint::short_forms(&entities, &origin, warnings);
    references(&entities, problems);
    Valid {
        entities,
        dropped,
        forms,
        droppable,
    }
}

/// The row form `n` of an entity (0 the name, then the aliases) comes from.
fn form_origin<'a>(entity: &'a Entity, rows: &'a Option<Vec<Origin>>, n: usize) -> &'a Origin {
    rows.as_ref().and_then(|r| r.get(n)).unwrap_or(&entity.origin)
}

/// What to do about a form two rows give to two entities: both files, and the three ways out.
fn shared_form_hint(entity: &Entity, other: &Entity, other_form: &str, here: &Origin, there: &Origin) -> String {
    let take = if fold(other_form) == fold(&other.name) {
        format!("remove `{}` (a row with its id and the action `remove`)", other.id)
    } else {
        format!(
            "take it from `{}` (a row with its id, the action `remove-forms` and `{other_form}` in `aliases`)",
            other.id
        )
    };
    let files = if here.file != there.file {
        let name = |o: &Origin| {
            if o.file.starts_with(SHIPPED_FOLDER) {
                format!(
                    "the shipped {}",
                    o.file.file_name().unwrap_or_default().to_string_lossy()
                )
            } else {
                o.file.display().to_string()
            }
        };
        format!("{} and {} both claim it. ", name(here), name(there))
    } else {
        String::new()
    };
    format!(
        "{files}If they are one entity, make this row a `change` of `{}` (its id, the action `change`, only the cells \
         that add to it); if the form should name `{}` only, {take} in a file loaded after {}; or leave the form out \
         of matching for both with --ambiguous drop",
        other.id,
        entity.id,
        there.file.file_name().unwrap_or_default().to_string_lossy()
    )
}

/// Ids in `context` and `owner` that exist; no entity owning itself, no ownership cycle.
fn references(entities: &[Entity], problems: &mut Vec<Problem>) {
    let ids: FxHashMap<&str, usize> = entities.iter().enumerate().map(|(i, e)| (e.id.as_str(), i)).collect();
    for entity in entities {
        let here = |column: &str, message: String| at(&entity.origin, column, message, None);
        for context in &entity.rule.context {
            if !ids.contains_key(context.as_str()) {
                problems.push(here("context", format!("unknown entity id `{context}`")));
            }
        }
        if let Some(owner) = &entity.owner {
            if !ids.contains_key(owner.as_str()) {
                problems.push(here("owner", format!("unknown entity id `{owner}`")));
            } else if owner == &entity.id {
                problems.push(here("owner", format!("`{}` cannot own itself", entity.id)));
            }
        }
    }
    ownership_cycles(entities, &ids, problems);
}

/// An owner chain that comes back to where it started (`a` owned by `b`, `b` by `a`) has no top to roll up to.
fn ownership_cycles(entities: &[Entity], ids: &FxHashMap<&str, usize>, problems: &mut Vec<Problem>) {
    let owner = |i: usize| entities[i].owner.as_ref().and_then(|o| ids.get(o.as_str())).copied();
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
