//! Organisations a noun introduces: `die Firma Reveal`, `das Start-up Stark`, `het bedrijf Aerialsolutions`,
//! `the surveillance firm Biometrica`, and the lists a plural noun introduces (`die Firmen IBM, SAP und SAS`,
//! `leveranciers Microsoft en Netskope`); products and agencies too (see [`PRODUCTS`], [`AGENCIES`]).
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
//! Products are named the same way in German and Dutch, with the noun for what they are before the name and
//! no quotes (`die Analysesoftware Gotham`, `das System Precobs`, `het gezichtsherkenningssysteem Catch`), and in
//! all three languages after a linking word (`an app called Citizen`, `eine Software namens Beagle`, `een
//! systeem genaamd Catch`; `a company called Clearview` introduces an organisation). English writes a product's
//! noun after its name (`the Citizen app`), so an English noun alone introduces none; nor does a German one in an
//! English paragraph, whose title case capitalises nouns too (`Police Software Company`).
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
use crate::gazetteer::words::{Language, ordinary_word};
use crate::text::MONTHS;

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
    ("firma", Lang::Nl, false),
    ("dienstverlener", Lang::Nl, false),
    ("dienstverleners", Lang::Nl, true),
    ("vennootschap", Lang::Nl, false),
    ("onderneming", Lang::Nl, false),
    ("ondernemingen", Lang::Nl, true),
    ("bedrijven", Lang::Nl, true),
    ("leverancier", Lang::Nl, false),
    ("leveranciers", Lang::Nl, true),
    ("fabrikant", Lang::Nl, false),
    ("fabrikanten", Lang::Nl, true),
    ("producent", Lang::Nl, false),
    ("concern", Lang::Nl, false),
];

/// The nouns that introduce a product, folded to lower case, with their language. German and Dutch ones may end
/// a compound (`Analysesoftware`, `gezichtsherkenningssysteem`); the English ones introduce a name only after a
/// linking word ([`LINKS`]). Nouns of services (`Dienst`, `service`) are left out: an agency is one too.
const PRODUCTS: &[(&str, Lang)] = &[
    ("software", Lang::De),
    ("programm", Lang::De),
    ("plattform", Lang::De),
    ("system", Lang::De),
    ("drohne", Lang::De),
    ("datenbank", Lang::De),
    ("kamera", Lang::De),
    ("software", Lang::Nl),
    ("programma", Lang::Nl),
    ("platform", Lang::Nl),
    ("systeem", Lang::Nl),
    ("applicatie", Lang::Nl),
    ("databank", Lang::Nl),
    ("database", Lang::Nl),
    ("algoritme", Lang::Nl),
    ("app", Lang::En),
    ("application", Lang::En),
    ("tool", Lang::En),
    ("program", Lang::En),
    ("programme", Lang::En),
    ("platform", Lang::En),
    ("system", Lang::En),
    ("drone", Lang::En),
    ("database", Lang::En),
    ("camera", Lang::En),
    ("algorithm", Lang::En),
    ("device", Lang::En),
];

/// The nouns that introduce an agency, folded to lower case, with their language: `die Beschaffungsagentur
/// Occar`, `der Geheimdienst BND`, `de inlichtingendienst ADIV`. German and Dutch ones may end a compound. Only
/// nouns no other kind of body shares: an `Agentur`, an `agentschap` or an English `agency` is as often a news,
/// rating or advertising agency, a `dienst` a cloud service, and after `die Behörde` German's word order may put
/// the object (`hat die Behörde Skylens beauftragt`).
const AGENCIES: &[(&str, Lang)] = &[
    ("beschaffungsagentur", Lang::De),
    ("grenzschutzagentur", Lang::De),
    ("geheimdienst", Lang::De),
    ("nachrichtendienst", Lang::De),
    ("inlichtingendienst", Lang::Nl),
    ("veiligheidsdienst", Lang::Nl),
];

/// Words between a noun and the name it introduces, with the language whose rules judge the name.
const LINKS: &[(&str, Lang)] = &[
    ("called", Lang::En),
    ("named", Lang::En),
    ("dubbed", Lang::En),
    ("namens", Lang::De),
    ("genannt", Lang::De),
    ("genaamd", Lang::Nl),
];

/// What a noun introduces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Introduces {
    Organisation,
    Product,
    Agency,
}

/// Weekdays, the German months and the German words for a point in a period (the English months are
/// [`MONTHS`]), which follow a subject noun as often as a name does (`the company Tuesday announced`, `der Konzern
/// Anfang des Jahres`).
const DAYS_AND_GERMAN_MONTHS: &[&str] = &[
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

/// Whether a capitalised word is a month, a weekday or one of the German words for a point in a period.
fn month_or_day(word: &str) -> bool {
    MONTHS.contains(&word) || DAYS_AND_GERMAN_MONTHS.contains(&word)
}

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
    pub kind: Introduces,
}

/// The last four bytes of each noun, in small letters, as little-endian numbers, sorted: a capitalised word
/// is read as a name only when the four bytes before its space are one of them (`scan::follows_noun`, which
/// looks at every capitalised word of every text, and so at four bytes and nothing else; an Aho-Corasick
/// search for the nouns over all text cost a tenth of a build).
pub(super) fn tails() -> &'static [u32] {
    static TAILS: OnceLock<Vec<u32>> = OnceLock::new();
    TAILS.get_or_init(|| {
        let products = PRODUCTS.iter().filter(|(_, lang)| *lang != Lang::En);
        super::scan::tails(
            NOUNS
                .iter()
                .map(|(noun, _, _)| *noun)
                .chain(products.map(|(noun, _)| *noun))
                .chain(AGENCIES.iter().map(|(noun, _)| *noun))
                .chain(LINKS.iter().map(|(link, _)| *link)),
        )
    })
}

/// The names that the noun before the capitalised word at `at` introduces (none when the word before is no
/// noun after all), in text order. `english` says whether the paragraph is English (asked only of a capitalised
/// noun, and answered once per paragraph by the caller).
pub(super) fn names_after(
    text: &str,
    para: Range<usize>,
    at: usize,
    mut english: impl FnMut() -> bool,
    out: &mut Vec<Introduced>,
) {
    let word_before = |end: usize| {
        let start = text[para.start..end]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphabetic() || c == '-')
            .last()
            .map_or(end, |(i, _)| para.start + i);
        (start, text[start..end].to_lowercase())
    };
    let (mut noun_start, mut word) = word_before(at - 1);
    let mut noun_end = at - 1;
    // `an app called Citizen`, `eine Software namens Beagle`: the noun stands before the link, whose language
    // judges the name
    let link = LINKS.iter().find(|(l, _)| *l == word).map(|&(_, lang)| lang);
    if link.is_some() {
        if noun_start < para.start + 2 || text.as_bytes()[noun_start - 1] != b' ' {
            return;
        }
        noun_end = noun_start - 1;
        (noun_start, word) = word_before(noun_end);
    }
    // (`the company named Jane Doe its chief executive`: a verb after a company, not a link)
    let named = link.is_some() && text[noun_end + 1..].starts_with("named");
    let capital = text[noun_start..].starts_with(|c: char| c.is_uppercase());
    let (noun, lang, plural, kind) = if let Some(&(noun, lang, plural)) = noun_of(&word, capital).filter(|_| !named) {
        (noun, lang, plural, Introduces::Organisation)
    } else if let Some(&(noun, lang)) = product_of(&word, link.is_some()) {
        // a German noun's capital in an English paragraph may be its title case, and a Dutch noun that is an
        // English word too (`software`, `platform`) introduces no name there: English writes the name first
        if lang != Lang::En && link.is_none() && english() {
            return;
        }
        (noun, lang, false, Introduces::Product)
    } else if let Some(&(noun, lang)) = agency_of(&word) {
        // (a German noun in an English paragraph may be title case, as for products)
        if lang != Lang::En && english() {
            return;
        }
        (noun, lang, false, Introduces::Agency)
    } else {
        return;
    };
    let in_compound = word.len() > noun.len();
    let fits = match lang {
        Lang::En => true,
        // a German noun is capitalised, or ends a compound in small letters (`Softwarefirma`)
        // (and after a capitalised word only at a sentence's start: `General Atomics Aeronautical System Inc.`
        // is one name, whose `System` introduces nothing)
        Lang::De => {
            if in_compound {
                // (`Softwarefirma`, or capitalised after a hyphen: `die US-Firma Axon`)
                let part = noun_end - noun.len();
                text.get(part..)
                    .is_some_and(|n| n.starts_with(|c: char| c.is_lowercase()))
                    || (text[..part].ends_with('-') && !after_name_word(text, para.start, noun_start))
            } else {
                capital && !after_name_word(text, para.start, noun_start)
            }
        }
        // (a Dutch compound is written in small letters too: capitalised inside a sentence, it is a name,
        // `Dedrone`; but an acronym before a hyphen keeps its capitals, `het AI-bedrijf`, `de ICT-dienstverlener`)
        Lang::Nl => {
            let acronym_first = text[noun_start..noun_end]
                .split_once('-')
                .is_some_and(|(first, _)| first.len() >= 2 && first.chars().all(|c| c.is_ascii_uppercase()));
            !capital || acronym_first || sentence_start(text, para.start, noun_start)
        }
    };
    // (after a link, the link says that a name follows, whatever the noun's case)
    if !fits && link.is_none() {
        return;
    }
    // `start-up` written capitalised in German (`das Start-up`) is judged as German; after a link, the link's
    // language judges
    let lang = if let Some(link) = link {
        link
    } else if lang == Lang::En && capital && !sentence_start(text, para.start, noun_start) {
        // any other English noun capitalised there is title case (`Police Software Company Acquires Rival`), and
        // so is a start-up in an English paragraph
        if !noun.starts_with("start") || english() {
            return;
        }
        Lang::De
    } else {
        lang
    };
    let mut at = at;
    let listed = out.len();
    while let Some(mut found) = name_at(text, para.end, at, lang, kind) {
        // a link names what follows: `an app called Citizen`, though `citizen` is a word
        if link.is_some() && kind == Introduces::Product && capitalised(&text[found.name.clone()]) {
            found.ordinary = false;
        }
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
    // a plural noun names a list of two names or more: one word after it is its object (`präsentieren
    // internationale Rüstungskonzerne Störsender und unbemannte Luftfahrzeuge`)
    // (German nouns the same in both numbers introduce one name as well: `der Drohnenhersteller Quantum Systems`)
    const BOTH_NUMBERS: &[&str] = &["unternehmen", "hersteller", "anbieter", "zulieferer", "dienstleister"];
    if plural && out.len() == listed + 1 && !BOTH_NUMBERS.contains(&noun) {
        out.pop();
    }
}

/// Whether the word before the one at `at` is capitalised and begins no sentence: the word at `at` is then
/// part of a name (`Aeronautical System`), not a German noun after its article. A town's adjective in `-er`
/// right after an article is no name's (`der Bremer Firma Opto Precision`, `die Wiener IT-Firma Salzgeber`).
fn after_name_word(text: &str, para_start: usize, at: usize) -> bool {
    const ARTICLES: &[&str] = &[
        "der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "eines", "vom", "beim", "zur", "zum",
    ];
    let before = &text[para_start..at];
    let Some(end) = before.strip_suffix(' ').map(str::len) else {
        return false;
    };
    let start = before[..end]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '-')
        .last()
        .map_or(end, |(i, _)| i);
    let word = &before[start..end];
    let article_before = before[..start]
        .strip_suffix(' ')
        .and_then(|b| b.rsplit(' ').next())
        .is_some_and(|w| ARTICLES.contains(&w));
    let town_adjective = word.ends_with("er") && article_before;
    start < end && capitalised(word) && !town_adjective && !sentence_start(text, para_start, para_start + start)
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
fn name_at(text: &str, end: usize, at: usize, lang: Lang, kind: Introduces) -> Option<Introduced> {
    let mut words: Vec<Range<usize>> = Vec::new();
    let mut i = at;
    while words.len() < 5 {
        let word_end = super::scan::word_end(text, i, end);
        let word = &text[i..word_end];
        // (a model's designation joins capitals and digits with a hyphen: `die Kampfdrohne HF-1`)
        let designation = word.contains('-') && word.chars().any(|c| c.is_ascii_digit());
        let acronym = word.len() >= 2
            && word
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || (designation && c == '-'))
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
    // a legal form alone names nothing (`… System Inc.`)
    if is_legal_form(first) {
        return None;
    }
    let judged = match lang {
        // a German object may follow a product's noun (`der Datenplattform Luftbilder zur Verfügung stellen`),
        // and German builds it from nouns the word lists know
        Lang::De if matches!(kind, Introduces::Product | Introduces::Agency) => {
            !ordinary_as_written(first) && !german_noun(first) && !german_compound(first)
        }
        Lang::De => !ordinary_as_written(first) && !german_noun(first),
        // a product's name after a Dutch noun is often an English word (`het systeem Catch`): only Dutch ones
        // are ordinary there, as Dutch writes them in small letters
        Lang::Nl if kind == Introduces::Product => !ordinary_word(first).iter().any(|(l, _)| *l == Language::Dutch),
        Lang::En | Lang::Nl => ordinary_word(first).is_empty(),
    };
    // a compound whose last part is in small letters is an adjective or adverb (`EU-weit`, `US-amerikanische`)
    let adverb = first
        .rsplit_once('-')
        .is_some_and(|(_, last)| last.starts_with(char::is_lowercase));
    let plain = !month_or_day(first) && !adverb;
    (first.chars().count() >= 2).then(|| Introduced {
        span: at..span_end,
        name: at..words[name_words - 1].end,
        ordinary: !(judged && plain),
        kind,
    })
}

/// Whether a word is a noun that introduces an organisation, or a German or Dutch compound ending in one
/// (`Firma`, `Drohnenhersteller`, `technologiebedrijf`), or has a German noun's ending: what stands before a
/// name, not in it.
pub(super) fn before_a_name(word: &str) -> bool {
    german_noun(word) || noun_of(&word.to_lowercase(), capitalised(word)).is_some()
}

/// The noun of [`NOUNS`] a word in small letters is, or (in German and Dutch) ends in as a compound.
///
/// A noun German and Dutch share (`Firma`, `firma`) is German's where it is capitalised and Dutch's where it is
/// not: `capital` says which.
fn noun_of(lower: &str, capital: bool) -> Option<&'static (&'static str, Lang, bool)> {
    let mut nouns = NOUNS.iter().filter(|(noun, lang, _)| match lang {
        Lang::En => lower == *noun,
        Lang::De | Lang::Nl => lower.ends_with(noun),
    });
    let first = nouns.next()?;
    let written = |lang: Lang| match lang {
        Lang::De => capital,
        Lang::Nl => !capital,
        Lang::En => true,
    };
    if written(first.1) {
        return Some(first);
    }
    Some(nouns.find(|(_, lang, _)| written(*lang)).unwrap_or(first))
}

/// The noun of [`AGENCIES`] a word in small letters is, or (in German and Dutch) ends in as a compound.
fn agency_of(lower: &str) -> Option<&'static (&'static str, Lang)> {
    AGENCIES.iter().find(|(noun, lang)| match lang {
        Lang::En => lower == *noun,
        Lang::De | Lang::Nl => lower.ends_with(noun),
    })
}

/// The noun of [`PRODUCTS`] a word in small letters is, or (in German and Dutch) ends in as a compound; an
/// English one only `after_link`.
///
/// A programme of broadcasting or politics is no software's (`het radioprogramma Sven op 1`, `das
/// Wahlprogramm`, `das Förderprogramm`).
fn product_of(lower: &str, after_link: bool) -> Option<&'static (&'static str, Lang)> {
    const NO_SOFTWARE: &[&str] = &[
        "radio",
        "tv",
        "fernseh",
        "televisie",
        "nieuws",
        "nachrichten",
        "actualiteiten",
        "wahl",
        "verkiezings",
        "partei",
        "partij",
        "regierungs",
        "regerings",
        "förder",
        "hilfs",
        "spar",
        "rüstungs",
        "investitions",
    ];
    PRODUCTS.iter().find(|(noun, lang)| match lang {
        Lang::En => after_link && lower == *noun,
        Lang::De | Lang::Nl => {
            lower.ends_with(noun)
                && !(noun.starts_with("programm")
                    && NO_SOFTWARE.iter().any(|p| lower.trim_start_matches('-').starts_with(p)))
        }
    })
}

/// Whether a capitalised word is a German compound whose last part is a noun of the word lists, perhaps in its
/// plural (`Luftbilder`: `Bild`). Product names are seldom built so when unquoted (`Gotham`, `Precobs`); German
/// company names often are (`Rheinmetall`), so only a product's name is judged by it.
fn german_compound(word: &str) -> bool {
    const PLURALS: &[&str] = &["", "er", "en", "e", "n", "s", "es"];
    // (a noun of the word lists in its plural is one too: `Geräte`)
    let plural = || {
        PLURALS[1..].iter().any(|p| {
            word.strip_suffix(p)
                .is_some_and(|stem| stem.chars().count() >= 4 && ordinary_as_written(stem))
        })
    };
    capitalised(word)
        && (plural()
            || word.char_indices().skip(3).any(|(i, c)| {
                let rest = &word[i + c.len_utf8()..];
                let noun = |stem: &str| {
                    let mut written = String::with_capacity(stem.len());
                    written.extend(c.to_uppercase());
                    written.push_str(stem);
                    written.chars().count() >= 4 && ordinary_as_written(&written)
                };
                PLURALS.iter().any(|p| rest.strip_suffix(p).is_some_and(noun))
            }))
}

/// Whether a capitalised word has the ending of a German noun or plural, or is a long word in `-e`, a compound's
/// plural (`Analyseprogramme`; `Dedrone` is short).
fn german_noun(word: &str) -> bool {
    let long_plural = word.ends_with('e') && word.chars().count() >= 10;
    capitalised(word) && (long_plural || GERMAN_NOUN_ENDINGS.iter().any(|e| word.ends_with(e)))
}

#[cfg(test)]
mod tests;
