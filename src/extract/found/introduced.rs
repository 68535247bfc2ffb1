//! Organisations a noun introduces: `die Firma Reveal`, `das Start-up Stark`, `het bedrijf Aerialsolutions`,
//! `the surveillance firm Biometrica`, and the lists a plural noun introduces (`die Firmen IBM, SAP und SAS`,
//! `leveranciers Microsoft en Netskope`).
//!
//! Most of the organisations a list lacks are small vendors, and the press names them the way it names any
//! company it cannot expect the reader to know: with what they are, right before the name. That holds in all
//! three languages, and the nouns are few ([`NOUNS`]). German and Dutch build compounds on them
//! (`Softwarefirma`, `Drohnenhersteller`, `technologiebedrijf`), so there a noun may end a longer word.
//!
//! What stands after the noun is a name only if it looks like one:
//! - capitalised words or acronyms, up to five, with only a space (or `&`) between them; a legal form after
//!   them (`Sirrix AG`) belongs to the mention, not the name;
//! - its first word no ordinary word. German capitalises its nouns, and the word after `das Unternehmen` may
//!   be the sentence's object (`hat das Unternehmen Verträge geschlossen`): after a German noun a word German
//!   writes so is no name, nor one with the endings of German nouns (`-ung`, `-heit`, `-schaft`, …) or of
//!   German plurals the word lists are too short to know. After an English or Dutch noun, where only names are
//!   capitalised, a word any language has in any case is left alone (`the company Chief Executive …`);
//! - no month or weekday (`the company Tuesday announced`).
//!
//! A plural noun introduces a list: `A, B und C`, `A and B`, `A en B`.
//!
//! What the name is, is decided by the caller (`Finder::find`): a name the gazetteer lists is left to its
//! mention; a listed organisation's form that did not match where it stands (kept to its context: `die Firma
//! Ring`) is that organisation, though an ordinary word is never a new name; and a single word that begins
//! exactly one listed organisation's longer name is that organisation (`Stark` of `Stark Defence`; `Reveal`
//! begins two, Reveal Media and Reveal News, and is neither). See `Finder::short_names`.
//!
//! Nouns for news outlets (`die Zeitung`, `the newspaper`, `de krant`) were tried too and left out: on the blind
//! gold set they added a wrong organisation and nothing right.

use std::ops::Range;
use std::sync::OnceLock;

use super::capitalised;
use super::people::ordinary_as_written;
use crate::extract::names::is_legal_form;
use crate::gazetteer::words::ordinary_word;

/// The language a noun is of, which decides how the word after it is judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lang {
    En,
    De,
    Nl,
}

/// The nouns that introduce an organisation, folded to lower case, with their language and whether they are
/// plural (and so introduce a list). German and Dutch ones may end a compound.
const NOUNS: &[(&str, Lang, bool)] = &[
    ("company", Lang::En, false),
    ("companies", Lang::En, true),
    ("firm", Lang::En, false),
    ("firms", Lang::En, true),
    ("startup", Lang::En, false),
    ("start-up", Lang::En, false),
    ("startups", Lang::En, true),
    ("start-ups", Lang::En, true),
    ("vendor", Lang::En, false),
    ("vendors", Lang::En, true),
    ("contractor", Lang::En, false),
    ("contractors", Lang::En, true),
    ("manufacturer", Lang::En, false),
    ("manufacturers", Lang::En, true),
    ("maker", Lang::En, false),
    ("makers", Lang::En, true),
    ("supplier", Lang::En, false),
    ("suppliers", Lang::En, true),
    ("subsidiary", Lang::En, false),
    ("provider", Lang::En, false),
    ("providers", Lang::En, true),
    ("firma", Lang::De, false),
    ("firmen", Lang::De, true),
    ("unternehmen", Lang::De, true),
    ("unternehmens", Lang::De, false),
    ("konzern", Lang::De, false),
    ("konzerns", Lang::De, false),
    ("konzerne", Lang::De, true),
    ("hersteller", Lang::De, true),
    ("herstellers", Lang::De, false),
    ("anbieter", Lang::De, true),
    ("anbieters", Lang::De, false),
    ("lieferant", Lang::De, false),
    ("lieferanten", Lang::De, true),
    ("zulieferer", Lang::De, true),
    ("dienstleister", Lang::De, true),
    ("bedrijf", Lang::Nl, false),
    ("bedrijven", Lang::Nl, true),
    ("leverancier", Lang::Nl, false),
    ("leveranciers", Lang::Nl, true),
    ("fabrikant", Lang::Nl, false),
    ("fabrikanten", Lang::Nl, true),
    ("producent", Lang::Nl, false),
    ("concern", Lang::Nl, false),
];

/// Months, weekdays and the German words for a point in a period, which follow a subject noun as often as a
/// name does (`the company Tuesday announced`, `der Konzern Anfang des Jahres`).
const MONTHS_AND_DAYS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Januar",
    "Februar",
    "März",
    "Juni",
    "Juli",
    "Oktober",
    "Dezember",
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonntag",
    "Anfang",
    "Ende",
    "Mitte",
];

/// Endings of German nouns and plurals that company names seldom have (`-tum` is left out: `Quantum`). A
/// German word after a noun is read as a name only when the word lists do not know it and it has none of them.
const GERMAN_NOUN_ENDINGS: &[&str] = &[
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen", "tät", "täten", "nis",
    "nisse", "ismus", "chen", "lein", "äge", "ände", "ücke", "ärke", "ern",
    // the commonest plural (`Millionen`, `Daten`, `Kunden`): few company names end so
    "en",
];

/// The words joining the names of a list.
const AND: &[&str] = &["und", "and", "en", "oder", "or", "of"];

/// A name a noun introduces: the span of the mention (with a legal form) and of the name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Introduced {
    pub span: Range<usize>,
    pub name: Range<usize>,
    /// Whether its first word is an ordinary word, a month or a weekday: then it is a name only if it is a listed
    /// organisation's (`die Firma Ring`).
    pub ordinary: bool,
}

/// The last four bytes of each noun, in small letters, as little-endian numbers, sorted: a capitalised word
/// is read as a name only when the four bytes before its space are one of them (`scan::follows_noun`, which
/// looks at every capitalised word of every text, and so at four bytes and nothing else; an Aho-Corasick
/// search for the nouns over all text cost a tenth of a build).
pub(super) fn tails() -> &'static [u32] {
    static TAILS: OnceLock<Vec<u32>> = OnceLock::new();
    TAILS.get_or_init(|| {
        let mut tails: Vec<u32> = NOUNS
            .iter()
            .map(|(noun, _, _)| {
                let b = noun.as_bytes();
                u32::from_le_bytes(b[b.len() - 4..].try_into().expect("nouns have four letters or more"))
            })
            .collect();
        tails.sort_unstable();
        tails.dedup();
        tails
    })
}

/// The names that the noun before the capitalised word at `at` introduces (none when the word before is no
/// noun after all), in text order.
pub(super) fn names_after(text: &str, para: Range<usize>, at: usize, out: &mut Vec<Introduced>) {
    let noun_end = at - 1;
    let noun_start = text[para.start..noun_end]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic() || c == '-')
        .last()
        .map_or(noun_end, |(i, _)| para.start + i);
    let word = text[noun_start..noun_end].to_lowercase();
    let Some(&(noun, lang, plural)) = noun_of(&word) else {
        return;
    };
    let in_compound = word.len() > noun.len();
    let capital = text[noun_start..].starts_with(|c: char| c.is_uppercase());
    let fits = match lang {
        Lang::En => true,
        // a German noun is capitalised, or ends a compound in small letters (`Softwarefirma`)
        Lang::De => {
            if in_compound {
                text.get(noun_end - noun.len()..)
                    .is_some_and(|n| n.starts_with(|c: char| c.is_lowercase()))
            } else {
                capital
            }
        }
        Lang::Nl => in_compound || !capital || sentence_start(text, para.start, noun_start),
    };
    if !fits {
        return;
    }
    // `start-up` written capitalised in German (`das Start-up`) is judged as German
    let lang = if lang == Lang::En && capital && !sentence_start(text, para.start, noun_start) {
        Lang::De
    } else {
        lang
    };
    let mut at = at;
    while let Some(found) = name_at(text, para.end, at, lang) {
        at = found.span.end;
        out.push(found);
        if !plural {
            break;
        }
        // the next name of a list: `, B`, ` und B`, `, B und C`
        let rest = &text[at..para.end];
        let next = rest.strip_prefix(", ").or_else(|| {
            AND.iter()
                .find_map(|w| rest.strip_prefix(' ')?.strip_prefix(w)?.strip_prefix(' '))
        });
        match next {
            Some(next) => at = para.end - next.len(),
            None => break,
        }
    }
}

/// Whether only white space and opening punctuation stand between the last sentence end and `at`.
fn sentence_start(text: &str, para_start: usize, at: usize) -> bool {
    text[para_start..at]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '„' | '“' | '»'))
}

/// The name that starts at `at`, if the words there make one.
fn name_at(text: &str, end: usize, at: usize, lang: Lang) -> Option<Introduced> {
    let mut words: Vec<Range<usize>> = Vec::new();
    let mut i = at;
    while words.len() < 5 {
        let word_end = super::scan::word_end(text, i, end);
        let word = &text[i..word_end];
        let acronym = word.len() >= 2
            && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
            && word.chars().any(char::is_uppercase);
        let name_word = capitalised(word) || acronym || (word == "&" && !words.is_empty());
        if word_end == i || !name_word {
            break;
        }
        words.push(i..word_end);
        // a dot ends the name (a sentence), unless it is a legal form's (`Inc.`, `B.V.`)
        let next = &text[word_end..end];
        if !next.starts_with(' ') || !next[1..].starts_with(|c: char| c.is_uppercase() || c == '&') {
            break;
        }
        i = word_end + 1;
    }
    // a German noun after the name is the sentence's, not the name's (`die Firma Palantir Software`,
    // `des Anbieters DigiTask Telekommunikation`)
    while words.len() > 1 && {
        let last = &text[words[words.len() - 1].clone()];
        ordinary_as_written(last) || (lang == Lang::De && german_noun(last))
    } {
        words.pop();
    }
    let span_end = words.last()?.end;
    // a legal form belongs to the mention, not the name; with a dot of its own (`Inc.`, `B.V.`)
    let mut name_words = words.len();
    while name_words > 1 && is_legal_form(&text[words[name_words - 1].clone()]) {
        name_words -= 1;
    }
    if text[words[name_words - 1].clone()] == *"&" {
        return None;
    }
    // the dot of an abbreviation (`Inc.`) is the form's; after `GmbH` it ends the sentence
    let abbreviation = matches!(
        text[words[words.len() - 1].clone()].to_lowercase().as_str(),
        "inc" | "corp" | "ltd" | "co"
    );
    let span_end = if name_words < words.len() && abbreviation && text[span_end..end].starts_with('.') {
        span_end + 1
    } else {
        span_end
    };
    let first = &text[words[0].clone()];
    let judged = match lang {
        Lang::De => !ordinary_as_written(first) && !german_noun(first),
        Lang::En | Lang::Nl => ordinary_word(first).is_empty(),
    };
    let plain = !MONTHS_AND_DAYS.contains(&first);
    (first.chars().count() >= 2).then(|| Introduced {
        span: at..span_end,
        name: at..words[name_words - 1].end,
        ordinary: !(judged && plain),
    })
}

/// Whether a word is a noun that introduces an organisation, or a German or Dutch compound ending in one
/// (`Firma`, `Drohnenhersteller`, `technologiebedrijf`), or has a German noun's ending: what stands before a
/// name, not in it.
pub(super) fn before_a_name(word: &str) -> bool {
    german_noun(word) || noun_of(&word.to_lowercase()).is_some()
}

/// The noun of [`NOUNS`] a word in small letters is, or (in German and Dutch) ends in as a compound.
fn noun_of(lower: &str) -> Option<&'static (&'static str, Lang, bool)> {
    NOUNS.iter().find(|(noun, lang, _)| match lang {
        Lang::En => lower == *noun,
        Lang::De | Lang::Nl => lower.ends_with(noun),
    })
}

/// Whether a capitalised word has the ending of a German noun or plural, or is a long word in `-e`, a compound's
/// plural (`Analyseprogramme`; `Dedrone` is short).
fn german_noun(word: &str) -> bool {
    let long_plural = word.ends_with('e') && word.chars().count() >= 10;
    capitalised(word) && (long_plural || GERMAN_NOUN_ENDINGS.iter().any(|e| word.ends_with(e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sentences of the three languages, and the names their nouns introduce.
    const SENTENCES: &[(&str, &[&str])] = &[
        (
            "Damals sah es so aus, als hätte es die Firma Reveal geschafft.",
            &["Reveal"],
        ),
        (
            "Darunter sind die deutschen Unternehmen Helsing und Stark – mit denen Verträge geschlossen wurden.",
            &["Helsing", "Stark"],
        ),
        (
            "Sie habe ergeben, dass die Firmen IBM, SAP und SAS keine vergleichbare Lösung anbieten konnten.",
            &["IBM", "SAP", "SAS"],
        ),
        (
            "Die Software stammt von der Softwarefirma Cognitec Systems GmbH. Der Preis war hoch.",
            &["Cognitec Systems"],
        ),
        ("Der Drohnenhersteller Quantum Systems wächst.", &["Quantum Systems"]),
        ("Zudem hat das Unternehmen Verträge mit der Polizei geschlossen.", &[]),
        ("Seitdem hat das Unternehmen Millionen verdient.", &[]),
        (
            "Inzwischen liefert die Firma Analyseprogramme für riesige Datenmengen.",
            &[],
        ),
        (
            "Fahnder nutzen Software des Anbieters DigiTask Telekommunikation.",
            &["DigiTask"],
        ),
        ("Dafür hat der Konzern Anfang des Jahres gezahlt.", &[]),
        ("Was unternehmen Sie dagegen?", &[]),
        (
            "Leverancier is het gespecialiseerde bedrijf Aerialsolutions uit Wilrijk.",
            &["Aerialsolutions"],
        ),
        (
            "Er wordt gebruikgemaakt van clouddiensten van Amerikaanse leveranciers Microsoft en Netskope.",
            &["Microsoft", "Netskope"],
        ),
        ("Het technologiebedrijf Palantir is omstreden.", &["Palantir"]),
        ("The surveillance firm Biometrica declined to comment.", &["Biometrica"]),
        ("The company Tuesday announced a new contract.", &[]),
        ("The company Chief Executive Brad Smith said so.", &[]),
        ("They accompany Trump on his trips.", &[]),
        (
            "The vendors Axon and Motorola Solutions bid for it.",
            &["Axon", "Motorola Solutions"],
        ),
        ("A contract with the firm Acme Inc. was signed.", &["Acme"]),
        ("Volgens de fabrikant 10 uur mee.", &[]),
    ];

    /// What `Finder::find` does: the names after each capitalised word `scan::places` stops at.
    fn names_in(text: &str) -> Vec<Introduced> {
        let mut out: Vec<Introduced> = Vec::new();
        for (at, c) in text.char_indices() {
            let start = at == 0 || !text[..at].ends_with(char::is_alphanumeric);
            let free = out.last().is_none_or(|n| n.span.end <= at);
            if c.is_uppercase() && start && free && super::super::scan::follows_noun(text.as_bytes(), 0, at, tails()) {
                names_after(text, 0..text.len(), at, &mut out);
            }
        }
        out.retain(|n| !n.ordinary);
        out
    }

    #[test]
    fn nouns_introduce_names_in_three_languages() {
        for (sentence, expected) in SENTENCES {
            let out = names_in(sentence);
            let names: Vec<&str> = out.iter().map(|n| &sentence[n.name.clone()]).collect();
            assert_eq!(names, *expected, "{sentence}");
        }
    }

    #[test]
    fn a_legal_form_is_the_mentions_not_the_names() {
        let sentence = "A contract with the firm Acme Inc. was signed, and with die Firma Sirrix AG too.";
        let out = names_in(sentence);
        let spans: Vec<&str> = out.iter().map(|n| &sentence[n.span.clone()]).collect();
        assert_eq!(spans, ["Acme Inc.", "Sirrix AG"]);
    }
}
