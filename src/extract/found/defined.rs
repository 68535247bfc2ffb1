//! Organisations and agencies an article defines with their acronym: `the Center for Democracy and Technology
//! (CDT)`, `der Gewerkschaft der Polizei (GdP)`, `het Nederlands Forensisch Instituut (NFI)`.
//!
//! News style in all three languages names an institution in full at its first use, with its acronym in
//! brackets, and by the acronym after. The definition is the surest sign of a name the press gives: the words
//! before the bracket spell the acronym letter for letter, so where the name begins is no guess. Two things
//! keep it from inventing:
//!
//! - the words spell the acronym exactly: one capitalised word for each capital, a small word (`der`, `für`,
//!   `of`, `van`) for each small letter (`GdP`, `BfV`), small words between them skipped, nothing else;
//! - the name holds a noun for an institution before its complement (`Gewerkschaft` of `Gewerkschaft der
//!   Polizei`, `Center`, `Instituut`, or a compound ending in one: `Bundesamt`), so that the terms the press
//!   defines the same way (`Automatic Number Plate Recognition (ANPR)`, `Künstliche Intelligenz (KI)`,
//!   `Integrated Fixed Towers (IFT)`) are no names. That noun says whether it is an agency (`Office`, `Amt`,
//!   `Dienst`) or another organisation (`Union`, `Verband`, `Stichting`).
//!
//! A capitalised word right before the name may belong to it (`Texas Department of Public Safety (DPS)` spells
//! only from `Department`): then it is left alone, unless it is an article, a possessive (`the MoD’s`) or a
//! compound modifier (`the AFP-led`). The acronym names the entity wherever the document writes it
//! (`Finder::find`'s later mentions).

use std::ops::Range;

use super::{FoundKind, Taken};

/// Small words a name holds between its capitalised words; a small letter of an acronym stands for one.
const SMALL: &[&str] = &[
    "of", "and", "for", "the", "on", "in", "to", "&", "und", "für", "der", "die", "des", "im", "zur", "zum", "van",
    "voor", "de", "het", "en",
];

/// The small words that begin a name's complement (`for Democracy`, `der Polizei`, `van Justitie`): the
/// nouns after them are not what the name is.
const COMPLEMENT: &[&str] = &[
    "of", "for", "the", "on", "in", "to", "für", "der", "die", "des", "im", "zur", "zum", "van", "voor", "de", "het",
];

/// Articles, capitalised at a sentence's start, that may stand right before a name.
const ARTICLES: &[&str] = &["The", "Der", "Die", "Das", "De", "Het", "Een", "A", "An", "Ein", "Eine"];

/// Nouns (and compounds' endings, lower case) of agencies: a name whose head is one is an agency.
const AGENCY: &[&str] = &[
    "agency",
    "authority",
    "office",
    "bureau",
    "department",
    "ministry",
    "administration",
    "commission",
    "command",
    "directorate",
    "police",
    "guard",
    "inspectorate",
    "amt",
    "behörde",
    "ministerium",
    "polizei",
    "direktion",
    "präsidium",
    "kommando",
    "anstalt",
    "stelle",
    "agentur",
    "kommission",
    "verwaltung",
    "dienst",
    "ministerie",
    "politie",
    "inspectie",
    "autoriteit",
    "agentschap",
    "commissie",
    "korps",
    "marechaussee",
];

/// Nouns (and compounds' endings, lower case) of other organisations.
const ORGANISATION: &[&str] = &[
    "association",
    "alliance",
    "coalition",
    "committee",
    "council",
    "federation",
    "foundation",
    "institute",
    "society",
    "union",
    "center",
    "centre",
    "project",
    "network",
    "group",
    "trust",
    "organization",
    "organisation",
    "corporation",
    "company",
    "laboratory",
    "laboratories",
    "university",
    "college",
    "academy",
    "league",
    "forum",
    "consortium",
    "partnership",
    "initiative",
    "gewerkschaft",
    "verband",
    "verein",
    "stiftung",
    "institut",
    "zentrum",
    "gesellschaft",
    "akademie",
    "hochschule",
    "universität",
    "netzwerk",
    "vereniging",
    "stichting",
    "instituut",
    "centrum",
    "bond",
    "universiteit",
    "hogeschool",
    "academie",
    "federatie",
    "unie",
    // (companies' names end in `Services` as often as agencies' units)
    "services",
];

/// An institution's name and the acronym it is defined with.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Defined {
    pub name: Range<usize>,
    pub acronym: Range<usize>,
    /// Organisation or agency.
    pub kind: FoundKind,
}

/// The name the acronym in brackets at `at` of `text[para]` (its first letter, `(` right before it) defines,
/// if the words before the bracket spell it and name an institution.
pub(super) fn named_at(text: &str, para: &Range<usize>, at: usize, taken: &Taken<'_>) -> Option<Defined> {
    let rest = &text[at..para.end];
    let len = rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
    let acronym = &rest[..len];
    let capitals = acronym.bytes().filter(u8::is_ascii_uppercase).count();
    if !(2..=8).contains(&len) || capitals < 2 || !rest[len..].starts_with(')') {
        return None;
    }
    let acronym_span = at..at + len;
    // (a listed entity's acronym is its own: `acronyms::define_for_named` reads those)
    if taken.covers(&acronym_span) || at < para.start + 2 {
        return None;
    }
    let start = spelled_from(text, para.start, at - 1, acronym)?;
    let name = start..at - 2;
    if taken.covers(&name) {
        return None;
    }
    // a capitalised word right before the name, not an article or a compound modifier (`the AFP-led`), may be
    // part of it; a possessive (`Kenya’s Ministry of Interior (MoI)`, `the department’s Office of Inspector
    // General (OIG)`) or a place's level written small (`the state Department of Public Safety`) makes it a part
    // of another body or a generic name, which is no node of its own
    if let Some(before) = word_before(text, para.start, start) {
        let written = &text[before.clone()];
        let possessive =
            text[before.end..].starts_with(['’', '\'']) || written.ends_with("’s") || written.ends_with("'s");
        let modifier = written
            .rsplit_once('-')
            .is_some_and(|(_, last)| last.starts_with(char::is_lowercase));
        let level = matches!(written, "state" | "city" | "county" | "federal" | "national");
        let capitalised = written.starts_with(char::is_uppercase) && !ARTICLES.contains(&written) && !modifier;
        if possessive || level || capitalised {
            return None;
        }
    }
    // a name that is an office's noun and its complement alone (`Ministry of Interior`, `Office of Inspector
    // General`, `Ministerium des Innern`) is every country's, state's or city's: which one, the text says
    if generic(&text[name.clone()]) {
        return None;
    }
    let kind = kind_of(&text[name.clone()])?;
    Some(Defined {
        name,
        acronym: acronym_span,
        kind,
    })
}

/// Where the name begins that the words ending before the space before `end` spell `acronym` with: each capital
/// the first letter of a capitalised word, each small letter a small word of that letter, other small words
/// between skipped.
fn spelled_from(text: &str, para_start: usize, end: usize, acronym: &str) -> Option<usize> {
    let mut end = end;
    let mut start = None;
    for letter in acronym.chars().rev() {
        loop {
            let word = word_before(text, para_start, end)?;
            let written = &text[word.clone()];
            end = word.start;
            let small = SMALL.contains(&written);
            if letter.is_ascii_lowercase() {
                if small && written.starts_with(letter) {
                    break;
                }
                return None;
            }
            if small {
                continue;
            }
            if !written.starts_with(letter) || !written.chars().any(char::is_lowercase) {
                return None;
            }
            start = Some(word.start);
            break;
        }
    }
    start
}

/// Whether a name begins with a noun of the offices every state or city has, before its complement.
fn generic(name: &str) -> bool {
    const OFFICES: &[&str] = &[
        "Ministry",
        "Department",
        "Office",
        "Bureau",
        "Directorate",
        "Administration",
        "Ministerium",
        "Ministerie",
        "Departement",
        "Dienst",
        "Amt",
    ];
    let mut words = name.split(' ');
    words.next().is_some_and(|first| OFFICES.contains(&first))
        && words.next().is_some_and(|second| COMPLEMENT.contains(&second))
}

/// Whether all of `name`'s words spell `acronym`, as [`named_at`] reads them (`Gewerkschaft der Polizei`,
/// `GdP`).
pub(super) fn spells(name: &str, acronym: &str) -> bool {
    let padded = format!(" {name} ");
    spelled_from(&padded, 0, padded.len(), acronym) == Some(1)
}

/// The word that ends right before `at` with one space (or a comma and a space) between, within the paragraph.
fn word_before(text: &str, para_start: usize, at: usize) -> Option<Range<usize>> {
    let before = text[para_start..at].strip_suffix(' ')?;
    let before = before.strip_suffix(',').unwrap_or(before);
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '-' | '&' | '’' | '\''))
        .last()
        .map(|(i, _)| i)?;
    let word = para_start + start..para_start + before.len();
    let written = &text[word.clone()];
    // a plural possessive (`Sheriffs’`) is the word without it
    let trimmed = written.trim_end_matches(['’', '\'']);
    (!trimmed.is_empty() && !trimmed.starts_with(['-', '’', '\''])).then(|| word.start..word.start + trimmed.len())
}

/// Whether a name is an agency's or another organisation's, by the last noun for an institution among its
/// words before its complement (`Center` of `Center for Democracy and Technology`, `Gewerkschaft` of
/// `Gewerkschaft der Polizei`, `Dienst` of `Dienst Justitiële Inrichtingen`, `Services` of `Information
/// Systems and Services`); none when it has none.
fn kind_of(name: &str) -> Option<FoundKind> {
    let ends_in = |word: &str, nouns: &[&str]| nouns.iter().any(|n| word.ends_with(n));
    name.split([' ', ','])
        .filter(|w| !w.is_empty())
        .take_while(|w| !COMPLEMENT.contains(w))
        .map(str::to_lowercase)
        .filter_map(|w| {
            if ends_in(&w, AGENCY) {
                Some(FoundKind::Agency)
            } else if ends_in(&w, ORGANISATION) {
                Some(FoundKind::Organisation)
            } else {
                None
            }
        })
        .last()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Mention;

    /// Sentences of the three languages, and the name (with its kind) their bracketed acronym defines.
    const SENTENCES: &[(&str, Option<(&str, FoundKind)>)] = &[
        (
            "Der Vorsitzende der Gewerkschaft der Polizei (GdP) sagte das am Montag.",
            Some(("Gewerkschaft der Polizei", FoundKind::Organisation)),
        ),
        (
            "The Center for Democracy and Technology (CDT) criticised the plan.",
            Some(("Center for Democracy and Technology", FoundKind::Organisation)),
        ),
        (
            "A brief by the National Association of Criminal Defense Lawyers (NACDL) says so.",
            Some((
                "National Association of Criminal Defense Lawyers",
                FoundKind::Organisation,
            )),
        ),
        (
            "Het Nederlands Forensisch Instituut (NFI) onderzocht de telefoons.",
            Some(("Nederlands Forensisch Instituut", FoundKind::Organisation)),
        ),
        (
            "De Dienst Justitiële Inrichtingen (DJI) koopt camera’s.",
            Some(("Dienst Justitiële Inrichtingen", FoundKind::Agency)),
        ),
        (
            "Das Landesamt für Digitalisierung und Breitband (LDB) kaufte die Software.",
            Some(("Landesamt für Digitalisierung und Breitband", FoundKind::Agency)),
        ),
        // a possessive or a place's level before the name, or an office's noun and its complement alone: a part
        // of another body, or every state's
        (
            "It was the MoD’s Information Systems and Services (ISS) that signed.",
            None,
        ),
        ("Kenya's Ministry of Interior (MoI) bought phones.", None),
        ("The state Department of Public Safety (DPS) uses it.", None),
        ("The Office of Inspector General (OIG) will look into it.", None),
        ("Das Ministerium des Innern (MdI) in Brandenburg prüft.", None),
        // funds and services are programmes and products as often
        ("Money came from the Internal Security Fund (ISF).", None),
        ("It runs on the Secure Communication Service (SCS) of Motorola.", None),
        (
            "The Kaua‘i Police Department (KPD) bought a GrayKey.",
            None, // the okina splits the town's name: `i Police Department` spells no `KPD`
        ),
        (
            "Members of the National Sheriffs’ Association (NSA) met.",
            Some(("National Sheriffs’ Association", FoundKind::Organisation)),
        ),
        (
            "Members of the AFP-led Australian Centre to Counter Child Exploitation (ACCCE) registered.",
            Some((
                "Australian Centre to Counter Child Exploitation",
                FoundKind::Organisation,
            )),
        ),
        // terms defined the same way are no institutions
        ("Die Polizei setzt auf Künstliche Intelligenz (KI) bei der Suche.", None),
        (
            "Cameras use Automatic Number Plate Recognition (ANPR) to read plates.",
            None,
        ),
        ("The Integrated Fixed Towers (IFT) watch the border.", None),
        ("The Chief Executive Officer (CEO) left.", None),
        // the words must spell it, all of them
        ("The Center for Democracy and Technology (CT) criticised it.", None),
        ("The Privacy Center (PRC) criticised it.", None),
        // a capitalised word before the name may be part of it
        ("The Texas Department of Public Safety (DPS) uses it.", None),
        // an acronym alone, or in lower case, defines nothing
        ("The report (PDF) is online.", None),
        ("Het rapport (pdf) staat online.", None),
    ];

    #[test]
    fn a_bracketed_acronym_defines_the_institution_its_words_spell() {
        for (sentence, expected) in SENTENCES {
            let taken = Taken { listed: &[] };
            let at = sentence.find(" (").map(|i| i + 2).expect("a bracket");
            let got = named_at(sentence, &(0..sentence.len()), at, &taken)
                .map(|d| (&sentence[d.name], d.kind, &sentence[d.acronym]));
            let want = expected.map(|(name, kind)| (name, kind, &sentence[at..sentence[at..].find(')').unwrap() + at]));
            assert_eq!(got, want, "{sentence}");
        }
    }

    #[test]
    fn a_listed_name_or_acronym_is_left_to_the_list() {
        let sentence = "The Center for Democracy and Technology (CDT) criticised the plan.";
        let at = sentence.find('(').unwrap() + 1;
        for listed in [4..10, at..at + 3] {
            let mention = [Mention {
                start: listed.start,
                end: listed.end,
                entity: 0,
                paragraph: 0,
                sentence: 0,
            }];
            let taken = Taken { listed: &mention };
            assert_eq!(named_at(sentence, &(0..sentence.len()), at, &taken), None, "{listed:?}");
        }
    }
}
