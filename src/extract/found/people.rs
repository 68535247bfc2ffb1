//! People by their names: a first name, a surname, and the surname alone after.
//!
//! A name is a first name of the lists (`first-names.txt`, German, English and Dutch given names), a second
//! first name or an initial if any (`Hans Peter`, `John F.`), the particles of a surname (`de`, `van der`,
//! `von`), and a surname: a capitalised word that is no ordinary word as written (the German noun `Sicherheit` is
//! no surname; `Müller` and `Young` are), unless the surname list has it (`Koch`), and that heads no name of a
//! place or an institution (`Police`, `Beach`, `University`). What follows must not continue the name: a
//! capitalised word after it that is no ordinary word (`John Jay College`) makes it part of a longer
//! name, which is left alone. A first name at the start of a sentence that is also an ordinary word (`Will`,
//! `May`) is read as the word unless the surname is a known one or no word at all.
//!
//! After a person is named in full, the surname alone is the person in that document, as written (`Granick
//! said`), unless two people found there share it.

use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::scan::{WordTable, without_possessive};
use super::{Found, FoundKind, Taken, Word, adjacent, capitalised};
use crate::extract::names::is_legal_form;
use crate::gazetteer::words::{Language, ordinary_word};
use crate::text::MONTHS;

/// Particles that begin a surname (`John de Mol`, `Ursula von der Leyen`), as written inside a name.
const PARTICLES: &[&str] = &[
    "von", "van", "vom", "zu", "de", "der", "den", "ter", "ten", "te", "da", "di", "del", "la", "le",
];

/// Words that end the names of places and institutions rather than people's names: after a first name they
/// make a place or an institution (`Austin Police`, `Virginia Beach`, `Georgia Tech`), not a person.
const HEADS: &[&str] = &[
    // en
    "Academy",
    "Agency",
    "Airport",
    "Alliance",
    "Association",
    "Attorney",
    "Avenue",
    "Bank",
    "Bay",
    "Beach",
    "Bridge",
    "Bureau",
    "Capital",
    "Center",
    "Centre",
    "Church",
    "City",
    "Club",
    "College",
    "Commission",
    "Committee",
    "Company",
    "Corporation",
    "Council",
    "County",
    "Court",
    "Department",
    "Falls",
    "Forum",
    "Foundation",
    "Fund",
    "Group",
    "Hall",
    "Heights",
    "Hills",
    "Hospital",
    "Hotel",
    "House",
    "Institute",
    "Island",
    "Journal",
    "Lake",
    "Labs",
    "Lawyer",
    "Mall",
    "Media",
    "Memorial",
    "Mountain",
    "Museum",
    "News",
    "Office",
    "Park",
    "Partners",
    "Police",
    "Post",
    "Press",
    "Project",
    "Radio",
    "River",
    "Road",
    "School",
    "Senate",
    "Springs",
    "Square",
    "Stadium",
    "State",
    "Station",
    "Street",
    "Systems",
    "Tech",
    "Technologies",
    "Times",
    "Tower",
    "Township",
    "Tribune",
    "Trust",
    "University",
    "Valley",
    "Village",
    // the words that end companies' names (`Veltronix Analytics`, `Skyvale Robotics`), which an office may stand
    // before as well as before a person (`Spokesman Skyvale Robotics denied`)
    "Aerospace",
    "Analytics",
    "Consulting",
    "Defence",
    "Defense",
    "Dynamics",
    "Electronics",
    "Holdings",
    "Industries",
    "Innovations",
    "Intelligence",
    "Logistics",
    "Networks",
    "Photonics",
    "Robotics",
    "Security",
    "Services",
    "Software",
    "Solutions",
    "Ventures",
    // de, nl
    "Polizei",
    "Stiftung",
    "Universität",
    "Straße",
    "Strasse",
    "Platz",
    "Politie",
    "Stichting",
    "Universiteit",
    "Straat",
    "Plein",
    "Gemeente",
];

/// Words after a surname that are part of the name, not a longer name (`Martin Luther King Jr.`).
const SUFFIXES: &[&str] = &["Jr", "Sr", "II", "III", "IV"];

fn list(text: &'static str) -> FxHashSet<&'static str> {
    text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

pub(super) fn first_names() -> &'static FxHashSet<&'static str> {
    static NAMES: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| list(include_str!("first-names.txt")))
}

pub(super) fn last_names() -> &'static FxHashSet<&'static str> {
    static NAMES: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| list(include_str!("last-names.txt")))
}

/// The first names as a table that rules out most capitalised words by their first bytes.
pub(super) fn first_name_table() -> &'static WordTable {
    static TABLE: OnceLock<WordTable> = OnceLock::new();
    TABLE.get_or_init(|| WordTable::new(first_names()))
}

/// A word as written that some language writes so (a German noun; `Mark` is not, `mark` is English).
pub(super) fn ordinary_as_written(word: &str) -> bool {
    ordinary_word(word).iter().any(|(_, w)| *w == word)
}

/// Whether a word may be a surname.
///
/// Beyond the word lists: a double-barrelled surname capitalises each part (`Rogall-Grothe`; `„Luna NY-vitro“`
/// is a model's designation), and a legal form ends a company's name (`Harris Corp.`).
pub(super) fn surname_word(word: &str) -> bool {
    let letters = word.chars().all(|c| c.is_alphabetic() || super::inner_joiner(c));
    letters
        && capitalised(word)
        && word.chars().count() >= 2
        && !HEADS.contains(&word)
        && word.split('-').all(capitalised)
        && !is_legal_form(word)
        && (last_names().contains(word) || !ordinary_as_written(word))
}

/// Whether a capitalised word is the plural of an English noun of the word lists (`Awards`: `award`,
/// `Companies`: `company`, `Boxes`: `box`).
fn english_plural(word: &str) -> bool {
    let noun = |stem: &str| {
        stem.chars().count() >= 3
            && ordinary_word(&stem.to_lowercase())
                .iter()
                .any(|(language, w)| *language == Language::English && w.starts_with(char::is_lowercase))
    };
    word.strip_suffix("ies").is_some_and(|stem| noun(&format!("{stem}y")))
        || word.strip_suffix("es").is_some_and(noun)
        || word.strip_suffix('s').is_some_and(noun)
}

/// The full name that begins with the first of `words` (a first name), if one does: (the span of the mention,
/// with a possessive; the span of the name; person).
pub(super) fn full_name(
    text: &str,
    words: &[Word],
    taken: &Taken<'_>,
) -> Option<(Range<usize>, Range<usize>, FoundKind)> {
    let start = words.first()?;
    let given = start.text(text);
    let last = surname_end(text, words, 0)?;
    // at the start of a sentence, a first name that is an ordinary word (`Will`, `May`, `John`) may be the
    // word: the surname must then be no word at all, or a known surname (`May Day` is none, `John F. Kelly` is)
    let surname = without_possessive(words[last].text(text));
    if start.initial
        && !ordinary_word(given).is_empty()
        && !last_names().contains(surname)
        && !ordinary_word(surname).is_empty()
    {
        return None;
    }
    // anywhere, a first name that is a word before the plural of an English noun is a phrase, as title case
    // writes it (`Army IT Deal Tops $45 Billion in June Awards`), unless the surname list knows the plural
    // (`Will Banks`); after a first name that is no word it is a surname (`Jochen Tops`)
    let word = !ordinary_word(given).is_empty() || MONTHS.contains(&given);
    if word && !last_names().contains(surname) && english_plural(surname) {
        return None;
    }
    let end = words[last].range.start + surname.len();
    let span = start.range.start..words[last].range.end;
    if longer_name(text, words, last) || taken.covers(&span) {
        return None;
    }
    Some((span, start.range.start..end, FoundKind::Person))
}

/// Drops the listed places of `mentions[from..]` (`is_place` of their entities) that are a person's surname: a
/// single capitalised word right after a first name of the lists that is no ordinary word, and no mention's
/// (`Police Chief Eddie Garcia`: García, Mexico; `Andrew Jackson`, `Michael Jordan`). A place so written is
/// the person's far more often than a town after a first name, and once the place is dropped the person is
/// found as any other. A place in capitals (a dateline's `JACKSON, Tenn.`) is kept.
///
/// And those that are a person's first name: a place named like one (`Victoria`, `Virginia`, `Alberta`) right
/// before a capitalised word that may be a surname and is no word of any language, nor the start of another
/// mention (`Victoria Nuland`, `Virginia Woolf`; not `Virginia Beach`, `Victoria Police`, `Alberta Health`).
pub(in crate::extract) fn drop_surname_places(
    text: &str,
    mentions: &mut Vec<super::super::Mention>,
    from: usize,
    is_place: impl Fn(u32) -> bool,
) {
    let mut keep = vec![true; mentions.len() - from];
    for (k, m) in mentions[from..].iter().enumerate() {
        let surname = &text[m.start..m.end];
        if !is_place(m.entity)
            || !capitalised(surname)
            || surname.contains(' ')
            || surname.chars().all(|c| !c.is_lowercase())
        {
            continue;
        }
        let Some(before) = text[..m.start].strip_suffix(' ') else {
            continue;
        };
        let given_at = before
            .rfind(|c: char| !c.is_alphabetic())
            .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
        let given = &before[given_at..];
        let covered = k > 0 && mentions[from + k - 1].end > given_at;
        if first_names().contains(given) && ordinary_word(given).is_empty() && !covered {
            keep[k] = false;
        }
    }
    for (k, m) in mentions[from..].iter().enumerate() {
        let given = &text[m.start..m.end];
        if !keep[k] || !is_place(m.entity) || !first_names().contains(given) {
            continue;
        }
        let Some(rest) = text[m.end..].strip_prefix(' ') else {
            continue;
        };
        let surname = &rest[..rest
            .find(|c: char| !(c.is_alphabetic() || super::inner_joiner(c)))
            .unwrap_or(rest.len())];
        let next_mention = mentions.get(from + k + 1).is_some_and(|n| n.start == m.end + 1);
        if surname_word(surname)
            && !surname.chars().all(|c| !c.is_lowercase())
            && (last_names().contains(surname) || ordinary_word(surname).is_empty())
            && !english_plural(surname)
            && !next_mention
        {
            keep[k] = false;
        }
    }
    let mut k = 0;
    mentions.retain(|_| {
        let kept = k < from || keep[k - from];
        k += 1;
        kept
    });
}

/// The index of the surname's word of a name that starts with a first name at `i`, if one follows.
fn surname_end(text: &str, words: &[Word], i: usize) -> Option<usize> {
    let mut j = i + 1;
    let next = words.get(j)?;
    if !adjacent(text, &words[i], next) {
        return None;
    }
    let word = next.text(text);
    let after = words.get(j + 1);
    // an initial (`John F. Kennedy`: the words are `F` and `Kennedy`, with `. ` between)
    let initial = word.len() == 1
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && after.is_some_and(|a| text[next.range.end..a.range.start] == *". ");
    // a second first name with a surname after it (`Hans Peter Müller`; in `Hans Peter` alone, `Peter` is
    // the surname)
    let second = first_names().contains(word)
        && after.is_some_and(|a| adjacent(text, next, a) && surname_word(without_possessive(a.text(text))));
    if initial || second {
        j += 1;
    }
    let mut particles = 0;
    while let Some(w) = words.get(j) {
        if !PARTICLES.contains(&w.text(text)) || particles == 3 {
            break;
        }
        if !words.get(j + 1).is_some_and(|a| adjacent(text, w, a)) {
            return None;
        }
        particles += 1;
        j += 1;
    }
    let last = words.get(j)?;
    let joined = initial && j == i + 2 && particles == 0 || adjacent(text, &words[j - 1], last);
    (joined && surname_word(without_possessive(last.text(text)))).then_some(j)
}

/// Whether the name ending at word `last` goes on into a longer name: a capitalised word right after it (or
/// after a suffix) that no language writes so as an ordinary word.
fn longer_name(text: &str, words: &[Word], last: usize) -> bool {
    let surname = words[last].text(text);
    if without_possessive(surname) != surname {
        return false;
    }
    let mut k = last + 1;
    if words.get(k).is_some_and(|w| SUFFIXES.contains(&w.text(text))) {
        k += 1;
    }
    let Some(next) = words.get(k) else {
        return false;
    };
    let word = next.text(text);
    adjacent(text, &words[k - 1], next)
        && word.chars().next().is_some_and(char::is_uppercase)
        && !ordinary_as_written(word)
}

/// The surnames alone of the people found in the document: each written as in the full name (or, Dutch,
/// with its particle capitalised: `De Mol`), where no first name stands before it.
pub(super) fn surnames(text: &str, words: &[Word], found: &[Found], out: &mut Vec<(Range<usize>, u32)>) {
    let surnames: Vec<(u32, Vec<&str>)> = found
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == FoundKind::Person)
        .filter_map(|(k, f)| Some((k as u32, surname_of(&f.name)?)))
        .collect();
    for (k, surname) in &surnames {
        let shared = surnames.iter().any(|(other, s)| other != k && s == surname);
        let last = surname[surname.len() - 1];
        if shared || HEADS.contains(&last) || (ordinary_as_written(last) && surname.len() == 1) {
            continue;
        }
        for (i, w) in words
            .iter()
            .enumerate()
            .filter(|(_, w)| w.capital || PARTICLES.contains(&w.text(text)))
        {
            let n = surname.len();
            if i + n > words.len() {
                break;
            }
            let same = (0..n).all(|d| {
                let written = without_possessive(words[i + d].text(text));
                let want = surname[d];
                written == want || (d == 0 && n > 1 && capitalise(want) == written)
            }) && (1..n).all(|d| adjacent(text, &words[i + d - 1], &words[i + d]));
            let after_first_name =
                i > 0 && adjacent(text, &words[i - 1], w) && first_names().contains(words[i - 1].text(text));
            if same && !after_first_name {
                out.push((w.range.start..words[i + n - 1].range.end, *k));
            }
        }
    }
}

/// The words of a found person's surname: the last word with the particles before it.
fn surname_of(name: &str) -> Option<Vec<&str>> {
    let words: Vec<&str> = name.split(' ').collect();
    let last = words.len().checked_sub(1).filter(|&l| l > 0)?;
    let mut first = last;
    while first > 1 && PARTICLES.contains(&words[first - 1]) {
        first -= 1;
    }
    Some(words[first..].to_vec())
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(chars)
        .collect()
}
