//! Layering: later rows that change, remove or take forms from the entities of earlier ones.
//!
//! A user's list beside the shipped one is the normal case: `--gazetteer shipped --gazetteer mine.csv`. Rows
//! are applied in load order (the files in the order given, a folder's in sorted order, each file's from the
//! top), and a row's `action` column says what it does:
//!
//! - `add` (or empty): a new entity. An id that is taken stays an error: two rows that mean different entities
//!   under one id are the mistake a silent override would hide. `remove` and then `add` replaces an entity.
//! - `change`: the filled cells of the row set the entity's fields (`name`, `type`, `match`, `context`,
//!   `context_scope`, `owner`, attribute columns); `aliases` and `adjectives` are added to its forms; an empty
//!   cell leaves its field as it was, and `-` clears `context`, `owner` or an attribute. A new `name` keeps the
//!   old one as an alias: `change` never takes a form away.
//! - `remove`: the entity goes, and with it every reference to it: it is no one's `owner` any more, and no
//!   one's `context` (an entity left with no context entity counts its one-word forms only where it is named
//!   by a longer form, as before, rather than everywhere).
//! - `remove-forms`: the forms in `aliases` (and `adjectives`) are taken from the entity, compared as matching
//!   compares them (`palantir` takes `Palantir`).
//!
//! So a row is what a spreadsheet user writes: the id of the entity, the action, and only the cells that
//! change. Every change is recorded with its row, for `gazetteer check` to say which file set which field.

use rustc_hash::FxHashMap;

use super::problem::Problem;
use super::problem_at as at;
use super::rows::{Action, Cell, Edit, Row};
use super::source::SHIPPED_FOLDER;
use super::{Entity, Origin};
use crate::text::fold::fold;

/// An entity as the rows so far make it.
pub(super) struct Draft {
    pub entity: Entity,
    /// The row each form (the name, then the aliases) comes from, once a later row has changed the forms;
    /// `None` while they all come from the entity's own row.
    form_origins: Option<Vec<Origin>>,
}

impl Draft {
    /// The row form `n` (0 the name, then the aliases) comes from.
    pub fn form_origin(&self, n: usize) -> &Origin {
        self.form_origins
            .as_ref()
            .and_then(|o| o.get(n))
            .unwrap_or(&self.entity.origin)
    }

    /// The entity, and the rows of its forms when a later row changed them.
    pub fn into_parts(self) -> (Entity, Option<Vec<Origin>>) {
        (self.entity, self.form_origins)
    }

    fn form_origins(&mut self) -> &mut Vec<Origin> {
        let forms = 1 + self.entity.aliases.len();
        let origin = &self.entity.origin;
        self.form_origins.get_or_insert_with(|| vec![origin.clone(); forms])
    }
}

/// What a later row changed in an entity: `aliases` `+PLTR`, `type` `agency`, `owner` `-`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Change {
    /// The entity's id.
    pub entity: String,
    /// The column of the change (`aliases`, `type`, an attribute's).
    pub column: String,
    /// What it set: the value, `-` for a cleared field, `+form` and `-form` for forms added and taken away.
    pub value: String,
    #[serde(serialize_with = "as_text")]
    pub origin: Origin,
}

/// An entity a later row removed.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Removed {
    pub id: String,
    pub name: String,
    #[serde(serialize_with = "as_text")]
    pub defined: Origin,
    #[serde(serialize_with = "as_text")]
    pub removed: Origin,
}

fn as_text<S: serde::Serializer>(origin: &Origin, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(origin)
}

/// The entities the rows make, with the record of what later rows did to them.
pub(super) struct Layered {
    pub drafts: Vec<Draft>,
    pub changes: Vec<Change>,
    pub removed: Vec<Removed>,
}

/// Applies the rows in order.
pub(super) fn apply(rows: Vec<Row>, problems: &mut Vec<Problem>, warnings: &mut Vec<Problem>) -> Layered {
    let mut slots: Vec<Option<Draft>> = Vec::with_capacity(rows.len());
    let mut live: FxHashMap<String, usize> = FxHashMap::default();
    let mut gone: FxHashMap<String, Origin> = FxHashMap::default();
    let mut changes = Vec::new();
    let mut removed = Vec::new();
    let shipped_loaded = rows.iter().any(|row| match row {
        Row::Add { entity, .. } => entity.origin.file.starts_with(SHIPPED_FOLDER),
        Row::Edit(_) => false,
    });
    for row in rows {
        match row {
            Row::Add { entity, explicit_id } => {
                if let Some(&other) = live.get(&entity.id) {
                    problems.push(duplicate(&entity, explicit_id, &slots[other].as_ref().unwrap().entity));
                    continue;
                }
                gone.remove(&entity.id);
                live.insert(entity.id.clone(), slots.len());
                slots.push(Some(Draft {
                    entity,
                    form_origins: None,
                }));
            }
            Row::Edit(edit) => {
                let Some(&index) = live.get(&edit.id) else {
                    problems.push(unknown(&edit, gone.get(&edit.id), shipped_loaded));
                    continue;
                };
                match edit.action {
                    Action::Remove => {
                        let draft = slots[index].take().unwrap();
                        live.remove(&edit.id);
                        gone.insert(edit.id.clone(), edit.origin.clone());
                        removed.push(Removed {
                            id: edit.id,
                            name: draft.entity.name,
                            defined: draft.entity.origin,
                            removed: edit.origin,
                        });
                    }
                    Action::Change => change(slots[index].as_mut().unwrap(), edit, &mut changes, warnings),
                    Action::RemoveForms => {
                        remove_forms(slots[index].as_mut().unwrap(), edit, &mut changes, problems, warnings)
                    }
                    Action::Add => unreachable!("an added entity is no edit"),
                }
            }
        }
    }
    let mut drafts: Vec<Draft> = slots.into_iter().flatten().collect();
    if !gone.is_empty() {
        forget(&mut drafts, &gone, &mut changes);
    }
    Layered {
        drafts,
        changes,
        removed,
    }
}

fn duplicate(entity: &Entity, explicit_id: bool, other: &Entity) -> Problem {
    let how = if explicit_id {
        ""
    } else {
        " (derived from the name; give an `id` to tell them apart)"
    };
    let hint = (other.origin.file != entity.origin.file).then(|| {
        format!(
            "if this row means the entity of {}, set `action` to `change` to add to it (only the filled cells \
             change it), or add a row with id `{}` and action `remove` above this one to replace it",
            other.origin, entity.id
        )
    });
    at(
        &entity.origin,
        if explicit_id { "id" } else { "name" },
        format!("duplicate id `{}`{how}: already used at {}", entity.id, other.origin),
        hint,
    )
}

fn unknown(edit: &Edit, removed_at: Option<&Origin>, shipped_loaded: bool) -> Problem {
    let message = match removed_at {
        Some(origin) => format!("`{}` was removed at {origin}; there is nothing left to change", edit.id),
        None => format!(
            "unknown entity id `{}`: a row with an action changes an entity defined before it (in an earlier file, \
             or higher up in this one)",
            edit.id
        ),
    };
    let hint = (removed_at.is_none() && !shipped_loaded).then(|| {
        format!(
            "to change an entity of the shipped gazetteer, load it first: --gazetteer shipped --gazetteer {}",
            edit.origin.file.display()
        )
    });
    at(&edit.origin, "id", message, hint)
}

/// Applies a `change` row.
fn change(draft: &mut Draft, edit: Edit, changes: &mut Vec<Change>, warnings: &mut Vec<Problem>) {
    let mut record = |column: &str, value: String| {
        changes.push(Change {
            entity: edit.id.clone(),
            column: column.to_string(),
            value,
            origin: edit.origin.clone(),
        })
    };
    if let Some(name) = edit.name
        && name != draft.entity.name
    {
        // The old name stays a form; the new one is no alias of its own any more.
        draft.form_origins();
        let key = fold(&name);
        if let Some(i) = draft.entity.aliases.iter().position(|a| fold(a) == key) {
            draft.form_origins().remove(1 + i);
            draft.entity.aliases.remove(i);
        }
        let old = std::mem::replace(&mut draft.entity.name, name.clone());
        if fold(&old) != key {
            let old_origin = draft.form_origin(0).clone();
            draft.form_origins().push(old_origin);
            draft.entity.aliases.push(old);
        }
        draft.form_origins()[0] = edit.origin.clone();
        record("name", name);
    }
    if let Some(kind) = edit.kind {
        record("type", kind.clone());
        draft.entity.kind = kind;
    }
    for alias in edit.aliases {
        let key = fold(&alias);
        if draft.entity.forms().any(|f| fold(f) == key) {
            warnings.push(at(
                &edit.origin,
                "aliases",
                format!("`{alias}` is a form of `{}` already; nothing added", edit.id),
                None,
            ));
            continue;
        }
        record("aliases", format!("+{alias}"));
        draft.form_origins().push(edit.origin.clone());
        draft.entity.aliases.push(alias);
    }
    if let Some(matching) = edit.matching {
        record("match", matching.name().to_string());
        matching.set(&mut draft.entity.rule);
    }
    match edit.context {
        Cell::Keep => {}
        Cell::Set(ids) => {
            record("context", ids.join("|"));
            draft.entity.rule.context = ids;
        }
        Cell::Clear => {
            record("context", "-".to_string());
            draft.entity.rule.context.clear();
        }
    }
    if let Some(scope) = edit.scope {
        record("context_scope", scope.name().to_string());
        draft.entity.rule.context_scope = scope;
    }
    match edit.owner {
        Cell::Keep => {}
        Cell::Set(owner) => {
            record("owner", owner.clone());
            draft.entity.owner = Some(owner);
        }
        Cell::Clear => {
            record("owner", "-".to_string());
            draft.entity.owner = None;
        }
    }
    for (lang, form) in edit.adjectives {
        if !draft.entity.adjectives.iter().any(|(l, f)| *l == lang && *f == form) {
            record("adjectives", format!("+{lang}:{form}"));
            draft.entity.adjectives.push((lang, form));
        }
    }
    for (column, value) in edit.attributes {
        let attributes = &mut draft.entity.attributes;
        let at = attributes.iter().position(|(c, _)| *c == column);
        match (value, at) {
            (Cell::Set(value), Some(i)) => {
                record(&column, value.clone());
                attributes[i].1 = value;
            }
            (Cell::Set(value), None) => {
                record(&column, value.clone());
                attributes.push((column, value));
            }
            (Cell::Clear, Some(i)) => {
                record(&column, "-".to_string());
                attributes.remove(i);
            }
            (Cell::Clear, None) | (Cell::Keep, _) => {}
        }
    }
}

/// Applies a `remove-forms` row.
fn remove_forms(
    draft: &mut Draft,
    edit: Edit,
    changes: &mut Vec<Change>,
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<Problem>,
) {
    let forms = edit.name.iter().chain(&edit.aliases);
    for form in forms {
        let key = fold(form);
        if fold(&draft.entity.name) == key {
            problems.push(at(
                &edit.origin,
                "aliases",
                format!("`{form}` is the name of `{}` and cannot be taken from it", edit.id),
                Some(
                    "give the entity another name with a `change` row above this one (the old name then becomes an \
                     alias, which this row takes away), or remove the entity"
                        .to_string(),
                ),
            ));
            continue;
        }
        let before = draft.entity.aliases.len();
        for i in (0..before).rev() {
            if fold(&draft.entity.aliases[i]) == key {
                if let Some(origins) = draft.form_origins.as_mut() {
                    origins.remove(1 + i);
                }
                draft.entity.aliases.remove(i);
            }
        }
        if draft.entity.aliases.len() == before {
            warnings.push(at(
                &edit.origin,
                "aliases",
                format!("`{form}` is no form of `{}`; nothing taken away", edit.id),
                None,
            ));
        } else {
            changes.push(Change {
                entity: edit.id.clone(),
                column: "aliases".to_string(),
                value: format!("-{form}"),
                origin: edit.origin.clone(),
            });
        }
    }
    for (lang, form) in &edit.adjectives {
        let before = draft.entity.adjectives.len();
        draft
            .entity
            .adjectives
            .retain(|(l, f)| !(l == lang && fold(f) == fold(form)));
        if draft.entity.adjectives.len() == before {
            warnings.push(at(
                &edit.origin,
                "adjectives",
                format!("`{lang}:{form}` is no adjective of `{}`; nothing taken away", edit.id),
                None,
            ));
        } else {
            changes.push(Change {
                entity: edit.id.clone(),
                column: "adjectives".to_string(),
                value: format!("-{lang}:{form}"),
                origin: edit.origin.clone(),
            });
        }
    }
}

/// Takes the removed entities out of the `owner` and `context` of those that stay.
fn forget(drafts: &mut [Draft], gone: &FxHashMap<String, Origin>, changes: &mut Vec<Change>) {
    for draft in drafts {
        let entity = &mut draft.entity;
        if let Some(owner) = &entity.owner
            && let Some(origin) = gone.get(owner)
        {
            changes.push(Change {
                entity: entity.id.clone(),
                column: "owner".to_string(),
                value: format!("- (`{owner}` removed)"),
                origin: origin.clone(),
            });
            entity.owner = None;
        }
        let context = &mut entity.rule.context;
        if context.iter().any(|c| gone.contains_key(c)) {
            for id in context.iter().filter(|c| gone.contains_key(*c)) {
                changes.push(Change {
                    entity: entity.id.clone(),
                    column: "context".to_string(),
                    value: format!("-{id} (removed)"),
                    origin: gone[id].clone(),
                });
            }
            context.retain(|c| !gone.contains_key(c));
            if context.is_empty() {
                // Only a longer form of the entity itself licenses its one-word forms now.
                context.push(entity.id.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests;
