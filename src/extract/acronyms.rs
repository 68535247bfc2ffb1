//! Acronyms an article defines: as something else than the gazetteer's entity, or for an entity the gazetteer
//! names only in full.
//!
//! An acronym names many things: `NSA` is the National Security Agency to the gazetteer and the National
//! Sheriffs' Association to an article about sheriffs; `BK` is Austria's criminal police office, `DAS` a
//! surveillance system or an article. News style defines an acronym at its first use, the name in full and the
//! acronym in brackets: `the National Sheriffs’ Association (NSA)`. When an article does so with words that are
//! not the listed entity's name (a bracket that no mention of the entity stands before) and whose initials spell
//! the acronym, the article says what it means by it, and none of its uses of the acronym is the listed entity.
//!
//! The check is narrow on purpose: the words before the bracket must spell the acronym, letter for letter, by
//! their capitals (`of`, `and`, `für`, `van`… may stand between), so that an explanation in other words
//! (`die US-Einwanderungsbehörde (ICE)`) leaves the acronym to the entity.
//!
//! The other way round, the same style names a listed or rule-built entity by an acronym no list can hold:
//! `the Springfield Police Department (SPD)`, `das Landeskriminalamt (LKA)`, `het Openbaar Ministerie (OM)`.
//! Each city's police has its own, and most are used by one article only, so the article's definition is the
//! source (see [`define_for_named`]): a mention of an entity followed by its acronym in brackets makes that
//! acronym, as written, a mention of the entity wherever the document (or its segment) writes it. Local news
//! often skips the definition (`the San Diego Police Department` … `SDPD`): the initials of a mention of three
//! capitalised words or more are its acronym too, where the document writes them as a word.

use std::ops::Range;

use super::Mention;
use super::names::{overlaps, stands_alone, with_possessive};

/// Small words a name's initials skip: `Immigration and Customs Enforcement`, `Bureau of Investigation`.
const SKIPPED: &[&str] = &[
    "of", "and", "for", "the", "on", "in", "&", "und", "für", "der", "die", "des", "van", "voor", "de", "het", "en",
];

/// Drops from `mentions[from..]` (of `text`) every mention written as an acronym that the text defines as
/// something else: `Words That Spell It (WTSI)` where no mention of the same entity ends right before the
/// bracket. The bracketed acronym is a mention itself, so the definitions are found among the mentions, with
/// no search of the text.
pub(super) fn drop_redefined(text: &str, mentions: &mut Vec<Mention>, from: usize) {
    let written = |m: &Mention| &text[m.start..m.end];
    let defines_otherwise = |m: &&Mention| {
        let word = written(m);
        let acronym = word.len() <= 8 && word.bytes().all(|b| b.is_ascii_uppercase());
        let bracketed = text[..m.start].ends_with('(') && text[m.end..].starts_with(')');
        if !(acronym && bracketed) {
            return false;
        }
        let open = m.start - 1;
        let by_entity = mentions[from..]
            .iter()
            .any(|n| n.entity == m.entity && n.end <= open && text[n.end..open].trim().is_empty());
        !by_entity && spells(text[..open].trim_end(), word)
    };
    let redefined: Vec<(u32, &str)> = mentions[from..]
        .iter()
        .filter(defines_otherwise)
        .map(|m| (m.entity, written(m)))
        .collect();
    if redefined.is_empty() {
        return;
    }
    let mut index = 0;
    mentions.retain(|m| {
        index += 1;
        index <= from || !redefined.iter().any(|&(e, w)| e == m.entity && w == written(m))
    });
}

/// Whether the words at the end of `before` spell `acronym` by their capitals: one capitalised word per
/// letter, read backwards, small words ([`SKIPPED`]) between them skipped.
pub(super) fn spells(before: &str, acronym: &str) -> bool {
    let mut letters = acronym.chars().rev().peekable();
    let mut words = before.rsplit(|c: char| c.is_whitespace()).filter(|w| !w.is_empty());
    while letters.peek().is_some() {
        let Some(word) = words.next() else {
            return false;
        };
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if SKIPPED.contains(&word) {
            continue;
        }
        let first = word.chars().next();
        if !first.is_some_and(char::is_uppercase) || first != letters.next() {
            return false;
        }
    }
    true
}

/// `Named Entity (NE)`: makes every acronym that `text` defines in brackets right after a mention of
/// `mentions[from..]` a mention of that entity, there and wherever the text of `within` writes it as a word, as
/// written (`NE`, `NE's`). `abbreviable(entity)` says whether the entity's type has acronyms (not a place:
/// `Berlin (AP)` is a dateline, `Texas (US)` a gloss; not a person: `Jeff Bezos (CEO)`); `locate(offset)`
/// gives the paragraph and sentence a new mention starts in.
///
/// What keeps it from inventing: the bracket holds 2–8 letters, at least two of them capitals (`SPD`, `DoD`,
/// `BfV`), whose first is the name's first letter and the rest follow in the name in order (`Bundeskriminalamt
/// (BK)`, `Wichita Police Department (WPD)`, but not `Amazon (AP)`); an acronym already a mention of another
/// entity there stays that entity's (`Innenministerium (NRW)`); one defined for two entities in one text is
/// neither's; and nothing already a mention is taken.
pub(super) fn define_for_named<'p>(
    text: &str,
    within: Range<usize>,
    mentions: &mut Vec<Mention>,
    from: usize,
    (abbreviable, police): (impl Fn(u32) -> bool, impl Fn(u32) -> Option<(&'p str, u32)>),
    locate: impl Fn(usize) -> (u32, u32),
) {
    let mut defined: Vec<(&str, u32)> = Vec::new();
    let mut twice: Vec<&str> = Vec::new();
    for (i, m) in mentions[from..].iter().enumerate() {
        let Some(acronym) = bracketed_after(text, m.end) else {
            continue;
        };
        let at = m.end + 2..m.end + 2 + acronym.len();
        // the acronym may already be a mention there: of this entity (nothing to add), or of another
        let there = mentions[from + i + 1..]
            .iter()
            .take_while(|n| n.start < at.end)
            .any(|n| n.end > at.start);
        if there || !abbreviable(m.entity) || !abbreviates(&text[m.start..m.end], acronym) {
            continue;
        }
        match defined.iter().find(|(a, _)| *a == acronym) {
            Some(&(_, e)) if e != m.entity => twice.push(acronym),
            Some(_) => {}
            None => defined.push((acronym, m.entity)),
        }
    }
    // `San Diego Police Department` … `SDPD`: the initials of a name of three capitalised words or more that the
    // text writes as a word are that name's acronym there, defined or not; initials of two entities are neither's
    let mut initials: Vec<(String, Option<u32>)> = Vec::new();
    for m in &mentions[from..] {
        // most names are of one or two words: counted before the initials are read
        let written = &text[m.start..m.end];
        if memchr::memchr_iter(b' ', written.as_bytes()).nth(1).is_none() {
            continue;
        }
        let Some(spelt) = initials_of(written) else {
            continue;
        };
        if !abbreviable(m.entity) || defined.iter().any(|(a, _)| *a == spelt) {
            continue;
        }
        claim(&mut initials, &spelt, m.entity);
    }
    // `WICHITA FALLS, TX` … `WFPD`: a US city the document names lends its police department its initials and `PD`
    for m in &mentions[from..] {
        let Some((spelt, entity)) = police(m.entity) else {
            continue;
        };
        if defined.iter().any(|(a, _)| *a == spelt) {
            continue;
        }
        claim(&mut initials, spelt, entity);
    }
    let initials: Vec<(&str, u32)> = initials
        .iter()
        .filter_map(|(a, e)| Some((as_word(&text[within.clone()], a)?, (*e)?)))
        .collect();
    defined.retain(|(a, _)| !twice.contains(a));
    defined.extend(initials);
    if defined.is_empty() {
        return;
    }
    let before = mentions.len();
    for (acronym, entity) in defined {
        for start in memchr::memmem::find_iter(text[within.clone()].as_bytes(), acronym.as_bytes()) {
            let start = within.start + start;
            if !stands_alone(text, &(start..start + acronym.len())) {
                continue;
            }
            let end = with_possessive(text, start + acronym.len());
            if overlaps(&mentions[from..before], &(start..end)) {
                continue;
            }
            let (paragraph, sentence) = locate(start);
            mentions.push(Mention {
                start,
                end,
                entity,
                paragraph,
                sentence,
            });
        }
    }
    mentions[from..].sort_by_key(|m| m.start);
}

/// Records that the initials `spelt` name `entity`: theirs while no other entity's initials are the same, then
/// `None` (initials of two entities are neither's).
fn claim(initials: &mut Vec<(String, Option<u32>)>, spelt: &str, entity: u32) {
    match initials.iter_mut().find(|(a, _)| a == spelt) {
        Some((_, e)) if *e != Some(entity) => *e = None,
        Some(_) => {}
        None => initials.push((spelt.to_string(), Some(entity))),
    }
}

/// The initials of a name of three or more capitalised words ([`SKIPPED`] words between them skipped), when
/// every other word is capitalised: `San Diego Police Department` → `SDPD`, `Los Angeles County Sheriff's
/// Department` → `LACSD`; `Chicago police` has none.
fn initials_of(name: &str) -> Option<String> {
    let mut initials = String::new();
    for word in name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
    {
        if SKIPPED.contains(&word) {
            continue;
        }
        let first = word.chars().next()?;
        if !first.is_ascii_uppercase() || !word.chars().any(char::is_lowercase) {
            return None;
        }
        initials.push(first);
    }
    (initials.len() >= 3).then_some(initials)
}

/// `needle` where `hay` first writes it as a word: the text's own copy, which lives as long as the text.
fn as_word<'t>(hay: &'t str, needle: &str) -> Option<&'t str> {
    memchr::memmem::find_iter(hay.as_bytes(), needle.as_bytes())
        .find(|&i| stands_alone(hay, &(i..i + needle.len())))
        .map(|i| &hay[i..i + needle.len()])
}

/// The acronym in ` (ACR)` at `at`, if that is what stands there: 2–8 ASCII letters, at least two of them
/// capitals, the first a capital.
fn bracketed_after(text: &str, at: usize) -> Option<&str> {
    let rest = text[at..].strip_prefix(" (")?;
    let (inner, _) = rest.split_once(')')?;
    let letters = inner.len() >= 2 && inner.len() <= 8 && inner.bytes().all(|b| b.is_ascii_alphabetic());
    let capitals = inner.bytes().filter(u8::is_ascii_uppercase).count();
    (letters && capitals >= 2 && inner.as_bytes()[0].is_ascii_uppercase()).then_some(inner)
}

/// Whether `acronym` may abbreviate `name`: its first letter is the name's first, and its other letters follow
/// in the name in order, whatever their case (`Bundeskriminalamt` → `BK`, `Department of Defense` → `DoD`).
fn abbreviates(name: &str, acronym: &str) -> bool {
    let mut name = name.chars().flat_map(char::to_lowercase);
    let mut letters = acronym.chars().map(|c| c.to_ascii_lowercase());
    if name.next() != letters.next() {
        return false;
    }
    letters.all(|l| name.any(|c| c == l))
}

#[cfg(test)]
mod tests {
    use super::{abbreviates, bracketed_after, initials_of, spells};

    #[test]
    fn names_of_three_capitalised_words_have_initials() {
        let rows = [
            ("San Diego Police Department", Some("SDPD")),
            ("Los Angeles County Sheriff's Department", Some("LACSD")),
            ("Department of Homeland Security", Some("DHS")),
            ("Landeskriminalamt Nordrhein-Westfalen", Some("LNW")),
            ("Chicago police department", None),
            ("Deutsche Bank", None),
            ("NYPD Strategic Response Group", None),
        ];
        for (name, expected) in rows {
            assert_eq!(initials_of(name).as_deref(), expected, "{name}");
        }
    }

    #[test]
    fn names_spell_their_acronyms() {
        let rows = [
            ("the National Sheriffs’ Association", "NSA", true),
            ("U.S. Immigration and Customs Enforcement", "ICE", true),
            ("das Bundesamt für Sicherheit in der Informationstechnik", "BSI", true),
            ("die US-Einwanderungsbehörde", "ICE", false),
            ("the national sheriffs association", "NSA", false),
            ("Sheriffs Association", "NSA", false),
            ("", "NSA", false),
        ];
        for (before, acronym, expected) in rows {
            assert_eq!(spells(before, acronym), expected, "{before:?} {acronym}");
        }
    }

    #[test]
    fn acronyms_abbreviate_names_by_their_letters_in_order() {
        let rows = [
            ("Springfield Police Department", "SPD", true),
            ("Bundeskriminalamt", "BK", true),
            ("Department of Defense", "DoD", true),
            ("Openbaar Ministerie", "OM", true),
            ("Bundesamt für Verfassungsschutz", "BfV", true),
            // the first letter must be the name's
            ("the Springfield Police Department", "SPD", false),
            ("Berlin", "AP", false),
            // letters out of order
            ("Polizei Köln", "KP", false),
        ];
        for (name, acronym, expected) in rows {
            assert_eq!(abbreviates(name, acronym), expected, "{name:?} {acronym}");
        }
    }

    #[test]
    fn an_acronym_is_two_to_eight_letters_in_brackets_with_two_capitals() {
        let rows = [
            (" (SPD) said", Some("SPD")),
            (" (DoD)", Some("DoD")),
            (" (JenV).", Some("JenV")),
            (" (Inc)", None),
            (" (2019)", None),
            (" (S)", None),
            (" (CDU/CSU)", None),
            ("(SPD)", None),
            (" (ABCDEFGHI)", None),
            (" (SPD", None),
        ];
        for (text, expected) in rows {
            assert_eq!(bracketed_after(text, 0), expected, "{text:?}");
        }
    }
}
