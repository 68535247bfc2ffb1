//! Companies by their legal form: `die Sirrix AG`, `Rola Security Solutions GmbH`, `Zepcam B.V.`, `Kayne
//! Anderson Capital Advisors LLC`, `Atos IT Solutions and Services GmbH`.
//!
//! A legal form is the one sign of a company that all three languages write the same way, and the press writes
//! it mostly where it introduces a company its readers do not know, which is what a list lacks. The name is the
//! run of capitalised words (acronyms too: `IT`) before the form, with `&`, `and`, `und`, `en` between
//! them; the mention takes the form in, as a reader checking the span expects, and the entity's name leaves it
//! out, so that `Sirrix AG` and a later `Sirrix` are one company (see `products::again`).
//!
//! What precedes a name in German is capitalised too: a noun for what the company is (`die Firma Sirrix AG`,
//! `der Drohnenhersteller Quantum-Systems GmbH`) or an adjective (`Deutsche`). Leading words that a language's
//! word lists know, or that are such nouns (see `introduced`), are therefore no part of the name, and a name of
//! such words only (`Security Solutions GmbH`, `Deutsche Bahn AG`) is none.
//! `AG` is English's Attorney General too (`Texas AG Ken Paxton`), so it is a legal form only where the
//! paragraph is not English, and `Inc`, `Corp`, `Ltd` only as the press writes them, capitalised.

use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::introduced::before_a_name;
use super::organisations::previous_word;
use super::scan::WordTable;
use super::{FoundKind, Taken};
use crate::gazetteer::words::ordinary_word;

/// Legal forms as the scan meets them: the word the form begins with (`B` of `B.V.`).
const FORMS: &[&str] = &[
    "GmbH", "AG", "Inc", "LLC", "Ltd", "Corp", "BV", "B", "NV", "N", "KG", "SE",
];

/// Words that may join the words of a name.
const CONNECTORS: &[&str] = &["&", "and", "und", "en"];

/// The most words a name before its form has.
const MAX_WORDS: usize = 6;

/// The legal forms as a table of their first bytes.
pub(super) fn form_table() -> &'static WordTable {
    static WORDS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    static TABLE: OnceLock<WordTable> = OnceLock::new();
    TABLE.get_or_init(|| WordTable::new(WORDS.get_or_init(|| FORMS.iter().copied().collect())))
}

/// The legal form that begins at `at` of `text[..limit]`, if one does: where it ends. `B` and `N` only as `B.V.`
/// and `N.V.`, `AG` only outside English, a full stop after `Inc`, `Corp`, `Ltd` with them.
fn form_end(text: &str, at: usize, limit: usize, english: impl FnOnce() -> bool) -> Option<usize> {
    let end = super::scan::word_end(text, at, limit);
    let word = &text[at..end];
    let rest = &text[end..limit];
    let end = match word {
        "B" | "N" => end + rest.strip_prefix(".V.").map(|_| 3)?,
        "AG" if english() => return None,
        "Inc" | "Corp" | "Ltd" if rest.starts_with('.') => end + 1,
        w if FORMS.contains(&w) => end,
        _ => return None,
    };
    // a letter right after the form makes it another word (`N.V.A`)
    let after = text[end..limit].chars().next();
    (!after.is_some_and(char::is_alphanumeric)).then_some(end)
}

/// Whether a word may be part of a company's name: capitalised, or an acronym, or a number.
fn name_word(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The company whose legal form begins at `at` of `text[para]`: (the span of the mention, with the form; the span
/// of the name; organisation). `english` says whether the paragraph is English, asked only of `AG`.
pub(super) fn named_at(
    text: &str,
    para: &Range<usize>,
    at: usize,
    english: impl FnOnce() -> bool,
    taken: &Taken<'_>,
) -> Option<(Range<usize>, Range<usize>, FoundKind)> {
    let end = form_end(text, at, para.end, english)?;
    // the words before the form, back to the first that is no part of a name
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = at;
    while let Some((word, from)) = previous_word(text, para.start, start) {
        // another company's form ends its name (`droneparts GmbH und Dronivo GmbH`)
        let another_form = FORMS.contains(&word.trim_end_matches('.'));
        if words.len() == MAX_WORDS || another_form || !(name_word(word) || CONNECTORS.contains(&word)) {
            break;
        }
        words.push((from, word));
        start = from;
    }
    words.reverse();
    // leading words that the word lists know, or joiners, are what stands before a name (`die Firma`)
    let first = words
        .iter()
        .position(|(_, w)| !CONNECTORS.contains(w) && ordinary_word(w).is_empty() && !before_a_name(w))?;
    let (name_start, _) = words[first];
    let (last, last_word) = *words.last()?;
    if CONNECTORS.contains(&last_word) {
        return None;
    }
    let name = name_start..last + last_word.len();
    let span = name_start..end;
    if taken.covers(&span) {
        return None;
    }
    Some((span, name, FoundKind::Organisation))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_before_legal_forms() {
        // (paragraph, English?, the name found, if one)
        let rows: &[(&str, bool, Option<&str>)] = &[
            (
                "So musste die von der Sirrix AG für das BSI entwickelte Surfumgebung angeschafft werden.",
                false,
                Some("Sirrix"),
            ),
            (
                "Den Zuschlag bekam die Firma Atos IT Solutions and Services GmbH.",
                false,
                Some("Atos IT Solutions and Services"),
            ),
            (
                "Den Auftrag erhielt die Firma Rola Security Solutions GmbH aus Oberhausen.",
                false,
                Some("Rola Security Solutions"),
            ),
            (
                "De drones komen van Aerialsolutions B.V. uit Wilrijk.",
                false,
                Some("Aerialsolutions"),
            ),
            (
                "It is backed by Kayne Anderson Capital Advisors LLC.",
                true,
                Some("Kayne Anderson Capital Advisors"),
            ),
            (
                "The contract went to Acme Widgets Inc. last year.",
                true,
                Some("Acme Widgets"),
            ),
            (
                "Der Drohnenhersteller Quantum-Systems GmbH liefert.",
                false,
                Some("Quantum-Systems"),
            ),
            ("Die Firma Heckler & Koch GmbH liefert.", false, Some("Heckler & Koch")),
            // two companies with their forms: the second's name begins after the first's form
            (
                "Die Händler droneparts GmbH und Dronivo GmbH setzten sich durch.",
                false,
                Some("Dronivo"),
            ),
            // a name of the word lists' words only, the Attorney General, a form with a word after it
            ("Die Security Solutions GmbH hat geliefert.", false, None),
            ("Texas AG Ken Paxton sued the company.", true, None),
            ("Sie ist eine AG nach deutschem Recht.", false, None),
            ("Die Firma und GmbH war pleite.", false, None),
        ];
        let mut failures = Vec::new();
        for &(text, english, expected) in rows {
            let taken = Taken { listed: &[] };
            let para = 0..text.len();
            let found = FORMS
                .iter()
                .flat_map(|f| text.match_indices(f).map(|(i, _)| i))
                .filter(|&i| i == 0 || !text[..i].ends_with(char::is_alphanumeric))
                .find_map(|at| named_at(text, &para, at, || english, &taken))
                .map(|(_, name, _)| &text[name]);
            if found != expected {
                failures.push(format!("{text:?}: expected {expected:?}, got {found:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
