//! People a rank or title introduces: `Lt. J.D. Fortner`, `Commander Myers`, `Sgt. Maria Lopez`, `Deputy Chief
//! Brian Barkow`.
//!
//! Local news quotes police and sheriff's officers by rank, and often by the rank and the surname alone, or with
//! initials for a first name: no first-name list finds them. A rank is a closed class ([`RANKS`]; the
//! abbreviated ones with their dot), so the capitalised words right after one are a person's name when they
//! look like one: initials (`J.D.`, `J. D.`), up to two given names and a surname, the last a word no language
//! writes so (`Commander Safety` is none) unless the surname lists know it (`Young`). A rank may follow another
//! (`Deputy Chief`). The person's name is the words after the rank, without it.

use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::people::{first_names, last_names, surname_word};
use super::scan::{WordTable, word_end};
use super::{FoundKind, Taken, capitalised};
use crate::gazetteer::words::ordinary_word;

/// Ranks written out, then abbreviated (these need their dot: `Lt.`, `Sgt.`).
const RANKS: &[&str] = &[
    "Lieutenant",
    "Sergeant",
    "Captain",
    "Detective",
    "Commander",
    "Deputy",
    "Officer",
    "Trooper",
    "Corporal",
    "Inspector",
    "Superintendent",
    "Undersheriff",
    "Chief",
    "Marshal",
    // British and Canadian police (`Chief Constable Matt Jukes`), a county's sheriff, a federal agent
    "Constable",
    "Sheriff",
    "Agent",
];
const ABBREVIATED: &[&str] = &["Lt", "Sgt", "Capt", "Det", "Cpl", "Insp", "Supt", "Cmdr", "Cmdt", "Dep"];

/// The ranks, written out and abbreviated, as a table of their first bytes.
pub(super) fn rank_table() -> &'static WordTable {
    static WORDS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    static TABLE: OnceLock<WordTable> = OnceLock::new();
    TABLE.get_or_init(|| WordTable::new(WORDS.get_or_init(|| RANKS.iter().chain(ABBREVIATED).copied().collect())))
}

/// The last four bytes of the offices before a person's name (`names::offices`), for the scan
/// (`scan::tails`).
pub(super) fn office_tails() -> &'static [u32] {
    static TAILS: OnceLock<Vec<u32>> = OnceLock::new();
    TAILS.get_or_init(|| super::scan::tails(crate::extract::names::offices().iter().copied()))
}

/// The end of the rank at `at` with its dot (and of a second rank after it), and where the next word starts, if
/// a rank stands there followed by a space.
fn after_rank(text: &str, end: usize, at: usize) -> Option<usize> {
    let mut i = at;
    for n in 0..2 {
        let stop = word_end(text, i, end);
        let word = &text[i..stop];
        let dotted = ABBREVIATED.contains(&word) && text[stop..end].starts_with(". ");
        let written = RANKS.contains(&word) && text[stop..end].starts_with(' ');
        if !(dotted || written) {
            return (n > 0).then_some(i);
        }
        i = stop + if dotted { 2 } else { 1 };
    }
    Some(i)
}

/// The person a rank at `at` of `text[para]` introduces: (the span of the mention, the span of the name,
/// person).
pub(super) fn person_after(
    text: &str,
    para: &Range<usize>,
    at: usize,
    taken: &Taken<'_>,
) -> Option<(Range<usize>, Range<usize>, FoundKind)> {
    let start = after_rank(text, para.end, at)?;
    name_at(text, para, start, taken, 1)
}

/// The person whose name begins at `at`, right after an office (`topman Gerben Edelijn`, `directeur Onno
/// Eichelsheim`, `Mayor Snehal Patel`), when no first-name list knows the first name: a given name and a surname at least,
/// as after a rank, and the given name no word of any language (`woordvoerder Politie Amsterdam`, `Sprecher
/// Deutsche Bahn` are none). Offices are few and closed (`names::OFFICES`), and the press puts them before the
/// full name of whoever holds one, whatever the name's origin.
pub(super) fn person_after_office(
    text: &str,
    para: &Range<usize>,
    at: usize,
    taken: &Taken<'_>,
) -> Option<(Range<usize>, Range<usize>, FoundKind)> {
    let given = &text[at..word_end(text, at, para.end)];
    // (a first name the lists know begins a name found as any other)
    if !ordinary_word(given).is_empty() || first_names().contains(given) {
        return None;
    }
    name_at(text, para, at, taken, 2)
}

/// A person's name at `start`: initials, then up to three capitalised words that may be a surname, at least
/// `least` of them; no capitalised word after.
fn name_at(
    text: &str,
    para: &Range<usize>,
    start: usize,
    taken: &Taken<'_>,
    least: usize,
) -> Option<(Range<usize>, Range<usize>, FoundKind)> {
    let mut i = start;
    // initials: `J.D.`, `J. D.`
    let mut initials = 0;
    while let [c, b'.', rest @ ..] = &text.as_bytes()[i..para.end] {
        if !c.is_ascii_uppercase() {
            break;
        }
        initials += 1;
        i += 2;
        if rest.first() == Some(&b' ') && rest.get(1).is_some_and(u8::is_ascii_uppercase) {
            i += 1;
        }
    }
    if initials > 0 && !text[..i].ends_with(' ') {
        if !text[i..para.end].starts_with(' ') {
            return None;
        }
        i += 1;
    }
    // given names and a surname: capitalised words with a single space between
    let mut words: Vec<Range<usize>> = Vec::new();
    while words.len() < 3 {
        let stop = word_end(text, i, para.end);
        let word = &text[i..stop];
        if stop == i || !capitalised(word) || !surname_word(word) {
            break;
        }
        words.push(i..stop);
        if !text[stop..para.end].starts_with(' ') {
            break;
        }
        i = stop + 1;
    }
    if initials + words.len() < least {
        return None;
    }
    let last = words.last()?.clone();
    // (a possessive is the mention's, not the name's: `Mayor Mitch Landrieu's office`)
    let possessive = ["'s", "’s"]
        .iter()
        .find(|p| text[last.clone()].ends_with(*p))
        .map_or(0, |p| p.len());
    let name_end = last.end - possessive;
    let surname = &text[last.start..name_end];
    // a capitalised word after the name makes it a longer one (`Officer Jane Doe Memorial`)
    let next = text[last.end..para.end]
        .strip_prefix(' ')
        .and_then(|r| r.chars().next());
    let plain = ordinary_word(surname).is_empty() || last_names().contains(surname);
    if next.is_some_and(char::is_uppercase) || !plain {
        return None;
    }
    let span = start..last.end;
    (!taken.covers(&span)).then_some((span, start..name_end, FoundKind::Person))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Mention;

    #[test]
    fn ranks_introduce_people() {
        let rows: &[(&str, Option<&str>)] = &[
            ("said Lt. J.D. Fortner.", Some("J.D. Fortner")),
            ("said Lt. J. D. Fortner.", Some("J. D. Fortner")),
            ("Commander Myers with the sheriff’s department said", Some("Myers")),
            ("Chief Deputy Brian Barkow told reporters", Some("Brian Barkow")),
            (
                "said Chief Constable Matt Jukes, South Wales Police.",
                Some("Matt Jukes"),
            ),
            ("Sheriff Gualtieri will chair the group", Some("Gualtieri")),
            ("Special Agent Dana Wilks of the FBI said", Some("Dana Wilks")),
            ("the Sheriff Department said", None),
            ("Sgt. Maria Lopez confirmed it", Some("Maria Lopez")),
            ("Sgt Maria Lopez confirmed it", None),
            ("the Chief Executive Officer said", None),
            ("Officer Safety Week began", None),
            // (`Captain America` is left to the finder, which knows America is a place)
            ("Detective Jane Doe Memorial Fund", None),
        ];
        let none: [Mention; 0] = [];
        let taken = Taken { listed: &none };
        for (text, expected) in rows {
            let at = text
                .char_indices()
                .find(|&(i, c)| c.is_uppercase() && rank_table().contains(&text[i..word_end(text, i, text.len())]))
                .map(|(i, _)| i)
                .unwrap_or(0);
            let got = person_after(text, &(0..text.len()), at, &taken).map(|(_, name, _)| &text[name]);
            assert_eq!(got, *expected, "{text}");
        }
    }
}
