//! Organisations by the English nouns their names end in: `the National Sheriffs’ Association`, `Airborne
//! Technologies`, `Kayne Anderson Capital Advisors`, `the Community and Local Law Enforcement Task Force`.
//!
//! English names an organisation by capitalised words ending in a noun for what it is. Only English
//! paragraphs are read so ([`english`]): German capitalises its nouns, so `die Firma Quantum Systems` would
//! take the `Firma` in. A name is the run of capitalised words before such a noun ([`HEADS`]),
//! `of`, `and`, `for`, `on`, `&` allowed between them, a plural possessive too (`Sheriffs’`), within the
//! sentence. It needs two capitalised words or more (`the Association` is none; a `Task Force` needs two
//! before it); a leading `The` is no part of it; a run that begins a sentence with an ordinary word (`Local`)
//! may have begun earlier and is left alone; a name that goes on after the noun (`Union Pacific`, `Institute
//! of Technology`) or holds a listed name (`Amazon Web Services Group`) is left alone too, and so is one of
//! only the words of a place's institution (`the City Council`: which city's, the rules of the gazetteer say).
//!
//! Only nouns that name organisations are heads: not those of agencies (`Department`, `Office`, `Board`),
//! which the press also writes for what a place's institution is (`the Police Department`), nor `Center` or
//! `Project`, which name things as often. One agency's noun is: a military `Command` (`Army Contracting
//! Command`, `Naval Information Warfare Systems Command`), which names no place's institution; what it ends is
//! an agency.

use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::scan::WordTable;
use super::{FoundKind, Taken, capitalised};
use crate::gazetteer::words::ordinary_word;

/// The nouns organisations' names end in.
const HEADS: &[&str] = &[
    "Advisors",
    "Alliance",
    "Association",
    "Coalition",
    "Command",
    "Committee",
    "Cooperative",
    "Corporation",
    "Council",
    "Federation",
    "Force",
    "Foundation",
    "Holdings",
    "Initiative",
    "Institute",
    "Labs",
    "Partners",
    "Society",
    "Solutions",
    "Systems",
    "Technologies",
    "Union",
];

/// The words of a place's institution: a name made of them and a head alone says what the institution is
/// (`The City Council approved`, `the County Council`), not which, as `the Police Department` does.
const OF_A_PLACE: &[&str] = &[
    "City",
    "County",
    "Town",
    "Village",
    "Borough",
    "Township",
    "Parish",
    "State",
    "District",
    "Municipal",
    "Metropolitan",
    "Regional",
    "Provincial",
];

/// Small words that may stand between the capitalised words of a name.
const CONNECTORS: &[&str] = &["of", "and", "for", "on", "&"];

/// The heads as a table of their first bytes.
pub(super) fn head_table() -> &'static WordTable {
    static WORDS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    static TABLE: OnceLock<WordTable> = OnceLock::new();
    TABLE.get_or_init(|| WordTable::new(WORDS.get_or_init(|| HEADS.iter().copied().collect())))
}

/// The organisation whose name ends in the head word at `head` of `text[para]`, if the words before it make
/// one: (the span of the mention, with a possessive; the span of the name; organisation, or agency for a
/// `Command`).
pub(super) fn named_at(
    text: &str,
    para: &Range<usize>,
    sentences: &[Range<usize>],
    head: usize,
    taken: &Taken<'_>,
) -> Option<(Range<usize>, Range<usize>, FoundKind)> {
    let word_end = super::scan::word_end(text, head, para.end);
    let head_word = super::scan::without_possessive(&text[head..word_end]);
    let head_end = head + head_word.len();
    // the capitalised words (and connectors) before the head, back to the first capitalised one
    let mut start = head;
    let mut first = head;
    let mut capitals = 0;
    let mut words_before: Vec<&str> = Vec::new();
    while let Some((word, at)) = previous_word(text, para.start, start) {
        if capitalised(word) {
            capitals += 1;
            first = at;
        } else if !CONNECTORS.contains(&word) {
            break;
        }
        words_before.push(word);
        start = at;
    }
    let leading = &text[first..head];
    let mut first_word = leading.split(' ').next().unwrap_or("");
    if first_word == "The" {
        first += 4;
        capitals -= 1;
        first_word = text[first..head].split(' ').next().unwrap_or("");
    }
    let needed = if head_word == "Force" { 2 } else { 1 };
    let task_force = head_word != "Force" || words_before.first() == Some(&"Task");
    if capitals < needed || !task_force || first >= head {
        return None;
    }
    if text[first..head]
        .split(' ')
        .all(|w| w.is_empty() || OF_A_PLACE.contains(&w))
    {
        return None;
    }
    // a sentence that begins with an ordinary word may have the name begin before it, or not at all
    if sentence_initial(text, sentences, first) && !ordinary_word(first_word).is_empty() {
        return None;
    }
    // a possessive after the head belongs to the mention, not the name; a name may go on after the head
    let rest = &text[head_end..para.end];
    let possessive = ["’s", "'s"]
        .iter()
        .find(|p| rest.starts_with(*p))
        .map_or(0, |p| p.len());
    let after = &rest[possessive..];
    let goes_on = after.starts_with(" of ")
        || after
            .strip_prefix(' ')
            .and_then(|a| a.chars().next())
            .is_some_and(char::is_uppercase);
    let span = first..head_end + possessive;
    if goes_on || taken.covers(&span) {
        return None;
    }
    let kind = if head_word == "Command" {
        FoundKind::Agency
    } else {
        FoundKind::Organisation
    };
    Some((span, first..head_end, kind))
}

/// Whether a paragraph is English: more of its words are English function words than German or Dutch ones.
pub(super) fn english(paragraph: &str) -> bool {
    const EN: &[&str] = &[
        "the", "and", "of", "to", "is", "that", "for", "with", "was", "said", "has", "are", "from", "by", "this", "it",
        "have", "not", "but", "which", "will", "at", "its", "their",
    ];
    const DE: &[&str] = &[
        "der", "die", "das", "und", "ist", "mit", "von", "den", "dem", "nicht", "ein", "eine", "für", "auf", "sich",
        "auch", "wird", "zu", "im", "des", "bei",
    ];
    const NL: &[&str] = &[
        "de", "het", "een", "en", "van", "dat", "niet", "op", "voor", "met", "zijn", "wordt", "ook", "bij", "te",
        "aan", "die", "om", "er", "naar",
    ];
    let (mut en, mut de, mut nl) = (0, 0, 0);
    for word in paragraph
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| (2..=6).contains(&w.len()))
    {
        let word = word.to_lowercase();
        en += usize::from(EN.contains(&word.as_str()));
        de += usize::from(DE.contains(&word.as_str()));
        nl += usize::from(NL.contains(&word.as_str()));
    }
    en > de.max(nl)
}

/// The word before `at` (a word's start) when only a space stands between, or a plural possessive and a
/// space (`Sheriffs’ Association`): the word and where it starts.
pub(super) fn previous_word(text: &str, para_start: usize, at: usize) -> Option<(&str, usize)> {
    let before = text[para_start..at].strip_suffix(' ')?;
    let before = match before.strip_suffix('’').or_else(|| before.strip_suffix('\'')) {
        Some(plural) if plural.ends_with('s') => plural,
        Some(_) => return None,
        None => before,
    };
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '-' || c == '&')
        .last()
        .map(|(i, _)| i)?;
    Some((&before[start..], para_start + start))
}

/// Whether no letter or digit stands between the start of `at`'s sentence and `at`.
fn sentence_initial(text: &str, sentences: &[Range<usize>], at: usize) -> bool {
    let s = sentences.partition_point(|r| r.start <= at).saturating_sub(1);
    sentences
        .get(s)
        .is_none_or(|r| !text[r.start.min(at)..at].chars().any(char::is_alphanumeric))
}
