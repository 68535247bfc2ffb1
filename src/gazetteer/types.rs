//! Entity types: the ones gazegraph knows (and draws in their own style), and the unknown ones that look like
//! typos of them.

use std::collections::BTreeMap;

use super::Entity;
use super::problem::Problem;

/// The entity types gazegraph knows (and draws in their own style).
pub const KNOWN_TYPES: &[&str] = &[
    "organisation",
    "agency",
    "product",
    "city",
    "county",
    "state",
    "country",
    "person",
];

/// Types outside the known ones used by one entity only: likely typos, which the loader warns about too, so that
/// `build` says so. A type used by several entities is deliberate.
pub(super) fn one_off_types(entities: &[Entity]) -> Vec<Problem> {
    let known = KNOWN_TYPES.join(", ");
    by_unknown_type(entities)
        .into_iter()
        .filter_map(|(kind, users)| match users.as_slice() {
            [entity] => Some(Problem {
                file: entity.origin.file.to_path_buf(),
                line: Some(entity.origin.line),
                column: Some("type".to_string()),
                message: format!(
                    "type `{kind}` is used by `{}` only and is none of the known types: a typo?",
                    entity.id
                ),
                hint: Some(match closest_known_type(kind) {
                    Some(k) => format!("did you mean `{k}`?"),
                    None => format!("use one of {known}, or give the same type to the other entities it is meant for"),
                }),
            }),
            _ => None,
        })
        .collect()
}

pub(super) fn by_unknown_type(entities: &[Entity]) -> BTreeMap<&str, Vec<&Entity>> {
    let mut by_type: BTreeMap<&str, Vec<&Entity>> = BTreeMap::new();
    for entity in entities.iter().filter(|e| !KNOWN_TYPES.contains(&e.kind.as_str())) {
        by_type.entry(entity.kind.as_str()).or_default().push(entity);
    }
    by_type
}

/// The known type within two edits of `kind` (`organization`, `agencies`), if any.
fn closest_known_type(kind: &str) -> Option<&'static str> {
    KNOWN_TYPES
        .iter()
        .map(|k| (edit_distance(kind, k), *k))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (diagonal + usize::from(ca != *cb)).min(row[j] + 1).min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("organization", "organisation"), 1);
        assert_eq!(edit_distance("agencies", "agency"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(closest_known_type("agncy"), Some("agency"));
        assert_eq!(closest_known_type("ngo"), None);
    }
}
