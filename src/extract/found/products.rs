//! Products by their names in quotes after the noun for what they are: `die Software „Gesichtsfinder“`, `die
//! Aufklärungsdrohne „Luna“`, `Drohnen vom Typ „Heron TP“`, `the app called "Neighbors"`, `het systeem “ProKid”`.
//!
//! The noun is one of each language's words for a product of this field (software, app, platform, system,
//! drone, database, camera…; [`NOUNS`]) or a German or Dutch compound ending in one
//! (`Gesichtserkennungssoftware`, `Referenzdatenbank`), directly before the quote or with `called`, `namens`,
//! `genaamd`… between. What is quoted must look like a name: a capital or a digit first, at most five words, no
//! sentence punctuation. Quotes alone are not enough: a quoted word is as often a term or a quotation.
//!
//! After that, the name is the product wherever the document writes it so, quoted or not, but not at the
//! start of a sentence when it is an ordinary word there (`Neighbors` may be a word in English).

use std::ops::Range;

use super::{Found, FoundKind, Taken, Word};
use crate::gazetteer::words::ordinary_word;

/// Nouns for products, lower case; a compound that ends in one of four letters or more is one too.
const NOUNS: &[&str] = &[
    // en
    "software",
    "app",
    "application",
    "platform",
    "system",
    "tool",
    "drone",
    "database",
    "camera",
    "algorithm",
    "chatbot",
    "service",
    "product",
    "program",
    "programme",
    "device",
    "sensor",
    "scanner",
    "robot",
    "model",
    "type",
    "suite",
    // de
    "programm",
    "anwendung",
    "plattform",
    "drohne",
    "datenbank",
    "kamera",
    "algorithmus",
    "dienst",
    "produkt",
    "gerät",
    "roboter",
    "modell",
    "typ",
    // nl
    "applicatie",
    "systeem",
    "databank",
    "programma",
    "apparaat",
    "algoritme",
];

/// Words that may stand between the noun and the quote.
const LINKS: &[&str] = &["called", "named", "dubbed", "namens", "genannt", "genaamd"];

/// Opening quotes and the closing quotes that may end them.
const QUOTES: &[(char, &[char])] = &[
    ('„', &['“', '”', '"']),
    ('“', &['”']),
    ('"', &['"']),
    ('«', &['»']),
    ('»', &['«']),
];

/// Whether a word is a product noun, or a compound that ends in one.
pub(super) fn product_noun(word: &str) -> bool {
    let word = word.to_lowercase();
    NOUNS
        .iter()
        .any(|noun| word == *noun || (noun.len() >= 4 && word.len() > noun.len() + 2 && word.ends_with(noun)))
}

/// The product named in quotes by the opening quote at `quote` of `text[para]`, if a product noun stands right
/// before it (or with a linking word between) and what is quoted looks like a name: (span, name span,
/// product).
pub(super) fn quoted_at(
    text: &str,
    para: &Range<usize>,
    quote: usize,
    taken: &Taken<'_>,
) -> Option<(Range<usize>, Range<usize>, FoundKind)> {
    let open = text[quote..].chars().next()?;
    let close = QUOTES.iter().find(|(o, _)| *o == open)?.1;
    let name = quoted_name(text, quote + open.len_utf8(), close).filter(|n| n.end <= para.end)?;
    let mut cue = word_before(text, para.start, quote)?;
    if LINKS.contains(&&text[cue.clone()]) {
        cue = word_before(text, para.start, cue.start)?;
    }
    (product_noun(&text[cue]) && !taken.covers(&name)).then(|| (name.clone(), name, FoundKind::Product))
}

/// The word that ends right before `at` with only white space between, within the paragraph from
/// `para_start`.
fn word_before(text: &str, para_start: usize, at: usize) -> Option<Range<usize>> {
    let before = &text[para_start..at];
    let trimmed = before.trim_end_matches(char::is_whitespace);
    if trimmed.len() == before.len() {
        return None;
    }
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || super::inner_joiner(*c))
        .last()
        .map(|(i, _)| i)?;
    Some(para_start + start..para_start + trimmed.len())
}

/// The name quoted from `start` to one of the `close` quotes, if it looks like one.
fn quoted_name(text: &str, start: usize, close: &[char]) -> Option<Range<usize>> {
    let mut end = text.len().min(start + 64);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let rest = &text[start..end];
    let end = rest.char_indices().find(|(_, c)| close.contains(c)).map(|(i, _)| i)?;
    let name = &rest[..end];
    let first = name.chars().next()?;
    let words = name.split_whitespace().count();
    let punctuation = name
        .chars()
        .any(|c| matches!(c, ',' | '.' | '!' | '?' | ';' | ':' | '\n'));
    let fits = (first.is_uppercase() || first.is_ascii_digit()) && words <= 5 && name.trim() == name;
    (fits && !punctuation && name.chars().any(char::is_alphabetic)).then_some(start..start + end)
}

/// The later mentions of the products and organisations found in the document: the name as written (see
/// [`as_written`]). A person is named again by the surname alone (`people::surnames`).
pub(super) fn again(
    text: &str,
    para: Range<usize>,
    words: &[Word],
    found: &[Found],
    out: &mut Vec<(Range<usize>, u32)>,
) {
    for (k, f) in found.iter().enumerate() {
        if f.kind != FoundKind::Person {
            as_written(text, para.clone(), words, &f.name, k as u32, out);
        }
    }
}

/// Where `name` is written in `text[para]`, quoted or not, with word boundaries (a hyphen is one: `die
/// Reveal-Kamera`), except where it starts a sentence and is an ordinary word: each as a mention of `k`.
pub(super) fn as_written(
    text: &str,
    para: Range<usize>,
    words: &[Word],
    name: &str,
    k: u32,
    out: &mut Vec<(Range<usize>, u32)>,
) {
    let paragraph = &text[para.clone()];
    let word = !ordinary_word(name).is_empty();
    for (i, _) in paragraph.match_indices(name) {
        let (start, end) = (para.start + i, para.start + i + name.len());
        let bounded = crate::extract::names::stands_alone(text, &(start..end));
        let initial = words.iter().find(|w| w.range.start == start).is_some_and(|w| w.initial);
        let quoted = text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| QUOTES.iter().any(|(open, _)| *open == c));
        if bounded && (quoted || !(initial && word)) {
            out.push((start..end, k));
        }
    }
}
