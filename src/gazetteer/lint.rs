//! The forms that load fine but would make false entities: ordinary words without a rule, and forms of one or
//! two letters that match in any case. `build` and `gazetteer check` see the same findings with the same
//! severity: an error stops both, a warning is printed by both.
//!
//! # Ordinary words
//!
//! A surface form that is an ordinary word of German, English or Dutch (`Ring`, `Echo`, `Signal`, `Apple`)
//! matches the word as well as the name, and a co-occurrence edge built on the word is false. Such a form needs a
//! rule, and what counts as one depends on how the language writes the word:
//!
//! - a `context` rule always counts: the one-word form then matches only near a mention of one of the context
//!   entities (or anywhere in a document that names the entity by a longer form);
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
//! An ordinary word without a rule is a warning, in `build` as in the check, not an error: the lists flag what
//! may be a word, and many such forms never meet their word in a user's articles (`Amazon`, `Google`, `Oracle`
//! in a corpus about police technology). As an error it would refuse most first gazetteers a user writes (it
//! refused the test gazetteers of this repository); as a warning it names the form, its row and the rule to
//! give on every build until one is given or `accept-word` says the word does not occur. The shipped
//! gazetteer is held to no warnings by a test.
//!
//! A capitalised word at the start of a sentence is the one case these rules let through; it is rare in news
//! for the words concerned, and a context rule closes it where it matters.
//!
//! The word lists (`words/{de,en,nl}.txt`) hold each language's frequent ordinary words; see
//! `tools/common_words.py` for how they are made and where they come from.

use std::collections::BTreeMap;

use super::problem::Problem;
use super::problem_at as at;
use super::types::{KNOWN_TYPES, by_unknown_type};
use super::words::{Language, ordinary_word};
use super::{Entity, Origin, is_acronym};

/// The entity's forms with the column each is in.
fn forms_by_column(entity: &Entity) -> impl Iterator<Item = (&'static str, &str)> {
    std::iter::once(("name", entity.name.as_str())).chain(entity.aliases.iter().map(|a| ("aliases", a.as_str())))
}

const ACCEPT_WORD_HINT: &str =
    "or, if the word reading does not occur in your articles, set `match` to `accept-word` to say so";

/// One-word forms that are ordinary words and have no rule that keeps the word from matching: warnings.
pub(super) fn ordinary_words<'a>(
    entities: &[Entity],
    origin: &dyn Fn(usize, usize) -> &'a Origin,
    warnings: &mut Vec<Problem>,
) {
    for (index, entity) in entities.iter().enumerate() {
        // `in-rules` keeps a one-word form from matching alone, which is what an ordinary word needs.
        if !entity.rule.context.is_empty() || entity.rule.accept_word || entity.rule.in_rules {
            continue;
        }
        for (n, (column, form)) in forms_by_column(entity).enumerate() {
            warnings.extend(ordinary_word_problem(entity, column, form, origin(index, n)));
        }
    }
}

fn ordinary_word_problem(entity: &Entity, column: &str, form: &str, origin: &Origin) -> Option<Problem> {
    if is_acronym(form) || !form.chars().all(char::is_alphabetic) {
        return None;
    }
    let unprotected: Vec<(Language, &str)> = ordinary_word(form)
        .iter()
        .filter(|&&(_, word)| !entity.rule.case_sensitive || word == form)
        .copied()
        .collect();
    if unprotected.is_empty() {
        return None;
    }
    let mut by_language: BTreeMap<Language, Vec<&str>> = BTreeMap::new();
    for (language, word) in &unprotected {
        by_language.entry(*language).or_default().push(word);
    }
    let words: Vec<String> = by_language
        .iter()
        .map(|(language, spellings)| format!("{} `{}`", language.name(), spellings.join("`, `")))
        .collect();
    let owner = entity
        .owner
        .as_ref()
        .map(|o| format!(", e.g. its owner `{o}`"))
        .unwrap_or_default();
    let hint = if unprotected.iter().all(|&(_, word)| word != form) {
        format!(
            "set `match` to `case-sensitive`, or give a `context` (ids of entities that must be mentioned near \
             it{owner}); {ACCEPT_WORD_HINT}"
        )
    } else {
        format!(
            "give a `context` (ids of entities that must be mentioned near it{owner}); `match=case-sensitive` does \
             not help, as the word is written `{form}` too; {ACCEPT_WORD_HINT}"
        )
    };
    Some(at(
        origin,
        column,
        format!(
            "`{form}` of `{}` is an ordinary word ({}) with no rule: the word will be taken for the {}",
            entity.id,
            words.join(", "),
            entity.kind
        ),
        Some(hint),
    ))
}

/// Forms of one or two letters that match in any case: `Xi`, `EU` is fine (an acronym), `eu` is not.
pub(super) fn short_forms<'a>(
    entities: &[Entity],
    origin: &dyn Fn(usize, usize) -> &'a Origin,
    warnings: &mut Vec<Problem>,
) {
    for (index, entity) in entities.iter().enumerate() {
        if entity.rule.case_sensitive {
            continue;
        }
        for (n, (column, form)) in forms_by_column(entity).enumerate() {
            let letters = form.chars().filter(|c| c.is_alphanumeric()).count();
            if letters <= 2 && !is_acronym(form) {
                warnings.push(at(
                    origin(index, n),
                    column,
                    format!(
                        "`{form}` of `{}` is {letters} letter(s) long and matches in any case",
                        entity.id
                    ),
                    Some("write it in capitals if it is an acronym, or set `match` to `case-sensitive`".to_string()),
                ));
            }
        }
    }
}

/// Types of the user's own shared by several entities: worth a note (they are drawn in the default style).
pub(super) fn own_types(entities: &[Entity]) -> Vec<Problem> {
    let known = KNOWN_TYPES.join(", ");
    by_unknown_type(entities)
        .into_iter()
        .filter(|(_, users)| users.len() > 1)
        .map(|(kind, users)| {
            at(
                &users[0].origin,
                "type",
                format!(
                    "type `{kind}` ({} entities) is none of the known types ({known}); it is kept, and drawn in the \
                     default style",
                    users.len()
                ),
                None,
            )
        })
        .collect()
}
