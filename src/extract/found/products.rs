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

/// The participles before `as`, `als` that link a noun to the name it is known by: `a system known as
/// "Catch"`, `eine Software, bekannt als „Gotham“`, `software die bekendstaat als 'Catch'` (`bekend staat als`).
/// A relative pronoun and commas may stand between the noun and them.
const KNOWN: &[&str] = &["known", "bekannt", "bekend", "bekendstaat", "staat"];

/// Relative pronouns between a noun and `known as` in a clause of its own (`software die bekendstaat als`,
/// `a tool that is known as`, with the copula below).
const RELATIVES: &[&str] = &["that", "which", "die", "dat", "der", "das", "is", "ist", "wordt"];

/// Opening quotes and the closing quotes that may end them.
const QUOTES: &[(char, &[char])] = &[
    ('„', &['“', '”', '"']),
    ('“', &['”']),
    ('"', &['"']),
    ('«', &['»']),
    ('»', &['«']),
    // single quotes, which Dutch and English news use as often (`bekendstaat als 'Catch'`); an apostrophe
    // inside the name is no closing quote (see `quoted_name`)
    ('\'', &['\'']),
    ('‘', &['’']),
];

/// Whether a word is a German or Dutch compound that ends in a product noun (`Gesichtserkennungssystem`), not
/// the noun alone: English and the nouns alone name by an acronym in brackets what it abbreviates (`the
/// software (PDF)`, `a database (RMS)`).
fn compound_product_noun(word: &str) -> bool {
    product_noun_of(&word.to_lowercase(), true)
}

/// Whether a word is a product noun, or a compound that ends in one.
pub(super) fn product_noun(word: &str) -> bool {
    product_noun_of(&word.to_lowercase(), false)
}

/// Whether a word in small letters is a compound that ends in a product noun of four letters or more, or
/// (unless `compound_only`) the noun itself.
fn product_noun_of(lower: &str, compound_only: bool) -> bool {
    let noun_of = |lower: &str| {
        NOUNS.iter().any(|noun| {
            (!compound_only && lower == *noun)
                || (noun.len() >= 4 && lower.len() > noun.len() + 2 && lower.ends_with(noun))
        })
    };
    // (a German genitive or an English plural: `des Palantir-Systems Gotham`, `the systems`)
    noun_of(lower)
        || lower
            .strip_suffix('s')
            .is_some_and(|stem| stem.len() >= 5 && noun_of(stem))
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
    let mut linked = true;
    if LINKS.contains(&&text[cue.clone()]) {
        cue = word_before(text, para.start, cue.start)?;
    } else if matches!(&text[cue.clone()], "as" | "als") {
        cue = known_as(text, para.start, cue.start)?;
    } else {
        linked = false;
    }
    // single quotes also mark a headline's quoted words (`system 'Racist', says …`): ordinary words in them
    // are a name only after a link (`known as 'Catch'`)
    if matches!(open, '\'' | '‘') && !linked && text[name.clone()].split(' ').all(|w| !ordinary_word(w).is_empty()) {
        return None;
    }
    (product_noun(&text[cue]) && !taken.covers(&name)).then(|| (name.clone(), name, FoundKind::Product))
}

/// The noun before `known as` that ends at `at` (the start of `as`): the participle (`bekend staat` is two
/// words), then perhaps a relative pronoun or copula, with commas allowed around them.
fn known_as(text: &str, para_start: usize, at: usize) -> Option<Range<usize>> {
    let mut word = word_before(text, para_start, at)?;
    if !KNOWN.contains(&&text[word.clone()]) {
        return None;
    }
    if &text[word.clone()] == "staat" {
        word = word_before(text, para_start, word.start).filter(|w| &text[w.clone()] == "bekend")?;
    }
    for _ in 0..3 {
        // white space, perhaps a comma, between the words: `the program, known as`
        let before = text[para_start..word.start].trim_end();
        let before = before.strip_suffix(',').unwrap_or(before).trim_end();
        word = word_ending(text, para_start, para_start + before.len())?;
        if !RELATIVES.contains(&&text[word.clone()]) {
            return Some(word);
        }
    }
    None
}

/// Acronyms of kinds of technology, which a noun before them explains rather than names (`ein System (KI)`,
/// `cameras (ANPR)`).
const GENERIC_ACRONYMS: &[&str] = &[
    "AI", "KI", "IT", "ID", "API", "GPS", "LTE", "SMS", "DNA", "OCR", "LPR", "ALPR", "ANPR", "CCTV", "UAV", "UAS",
    "VR", "AR", "HD", "IP", "PC", "TV",
];

/// The product named by the acronym in brackets at `at` of `text[para]` (its first capital), if a German or
/// Dutch compound ending in a product noun stands right before the bracket: `mit dem Gesichtserkennungssystem
/// (GES) des BKA`. Such a compound names its product by the acronym as often as by a quoted name; the acronym is
/// then the product wherever the document writes it (`Das GES speichert …`). (span, name span, product)
pub(super) fn bracketed_at(
    text: &str,
    para: &Range<usize>,
    at: usize,
    taken: &Taken<'_>,
) -> Option<(Range<usize>, Range<usize>, FoundKind)> {
    let rest = &text[at..para.end];
    let len = rest
        .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit()))
        .unwrap_or(rest.len());
    let acronym = &rest[..len];
    let letters = acronym.chars().filter(char::is_ascii_uppercase).count();
    if !(2..=6).contains(&letters) || !rest[len..].starts_with(')') || GENERIC_ACRONYMS.contains(&acronym) {
        return None;
    }
    // (most acronyms in brackets are a listed name's, `(ICE)`: asked first)
    let name = at..at + len;
    if taken.covers(&name) {
        return None;
    }
    // the bracket opens right after the noun: `(` at `at - 1`, a space before it; a capitalised noun after
    // another capitalised word ends a name (`the Secret Service (USSS)`, `Information System (ARJIS)`)
    let noun = word_before(text, para.start, at - 1)?;
    let in_name = text[noun.clone()].starts_with(char::is_uppercase)
        && word_before(text, para.start, noun.start).is_some_and(|w| text[w].starts_with(char::is_uppercase));
    (!in_name && compound_product_noun(&text[noun])).then(|| (name.clone(), name, FoundKind::Product))
}

/// The word that ends right before `at` with only white space between, within the paragraph from
/// `para_start`.
fn word_before(text: &str, para_start: usize, at: usize) -> Option<Range<usize>> {
    let before = &text[para_start..at];
    let trimmed = before.trim_end_matches(char::is_whitespace);
    if trimmed.len() == before.len() {
        return None;
    }
    word_ending(text, para_start, para_start + trimmed.len())
}

/// The word that ends at `end` (letters and digits, joined by hyphens and apostrophes), within the paragraph
/// from `para_start`.
fn word_ending(text: &str, para_start: usize, end: usize) -> Option<Range<usize>> {
    let start = text[para_start..end]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || super::inner_joiner(*c))
        .last()
        .map(|(i, _)| i)?;
    Some(para_start + start..end)
}

/// The name quoted from `start` to one of the `close` quotes, if it looks like one.
fn quoted_name(text: &str, start: usize, close: &[char]) -> Option<Range<usize>> {
    let mut end = text.len().min(start + 64);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let rest = &text[start..end];
    // a single quote closes only where no letter follows it (`'Amazon's Ring'` is not `Amazon`)
    let end = rest
        .char_indices()
        .find(|&(i, c)| {
            close.contains(&c)
                && !(matches!(c, '\'' | '’')
                    && rest[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric))
        })
        .map(|(i, _)| i)?;
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
