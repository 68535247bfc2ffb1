//! What belongs to a name besides its form as the gazetteer writes it, and what does not.
//!
//! - A genitive or possessive ending belongs to it: `Microsofts`, `Amazon's`, `Palantir’s`, and the bare
//!   apostrophe after an `-s` (`Cognitec Systems’ software`).
//! - A company's legal form after its name belongs to it (`FaceFirst LLC`, `Cognitec Systems GmbH`, `Taser
//!   International, Inc.`): it is part of the name as written, and a reader checking a span expects it there.
//!   Only for organisations, and only as the press writes the forms (capitalised).
//! - A German or Dutch article at the start of a form does not (`Der Spiegel`, `de Volkskrant`, `Die Zeit`):
//!   the form needs it to tell the paper from the word, but the mention is the name after it, as the gold
//!   annotations have it. English keeps its article (`The Intercept`), and places keep theirs (`Den Haag`,
//!   `De Bilt`), which are part of their names.
//! - A person named in full is then named by the surname alone (`Satya Nadella` … `Nadella said`), as the
//!   press does: see [`surname`].

use std::borrow::Cow;
use std::ops::Range;

use super::chars::{char_at, is_word};
use crate::text::fold::{Folded, without_marks};

/// Where a name that ends at folded `end` (original `core_end`) ends with its genitive or possessive ending,
/// or `None` when the word goes on (`Amazonas`). An acronym's genitive `s` must be small (`ICEs`, not the
/// `USS` of a ship's name).
pub(super) fn genitive_end(text: &str, hay: &[u8], core_end: usize, end: usize, case_sensitive: bool) -> Option<usize> {
    let mut after = text[core_end..].chars();
    let full_end = match char_at(hay, end) {
        None => end,
        Some('s') if !char_at(hay, end + 1).is_some_and(is_word) => {
            if case_sensitive && after.next() != Some('s') {
                return None;
            }
            end + 1
        }
        Some(c) if is_word(c) => return None,
        Some(_) => match (after.next(), after.next(), after.next()) {
            (Some('.'), Some(c), _) if is_word(c) => return None,
            (Some(q @ ('\'' | '’')), Some('s'), next) if !next.is_some_and(is_word) => {
                let folded_end = end + q.len_utf8() + 1;
                if hay.get(folded_end - 1) == Some(&b's') {
                    folded_end
                } else {
                    end
                }
            }
            // `Systems’ software`: the possessive of a name in -s is the apostrophe alone
            (Some(q @ ('\'' | '’')), Some(next), _)
                if next.is_whitespace() && text[..core_end].ends_with(['s', 'x', 'z']) =>
            {
                end + q.len_utf8()
            }
            _ => end,
        },
    };
    Some(full_end)
}

/// Legal forms, folded into words, longest first where one begins another.
const LEGAL_FORMS: &[&[&str]] = &[
    &["gmbh", "co", "kg"],
    &["gmbh"],
    &["ag"],
    &["se"],
    &["kg"],
    &["kgaa"],
    &["inc"],
    &["llc"],
    &["l", "l", "c"],
    &["llp"],
    &["ltd"],
    &["limited"],
    &["plc"],
    &["corp"],
    &["b", "v"],
    &["bv"],
    &["n", "v"],
    &["nv"],
    &["s", "a"],
    &["sa"],
    &["s", "p", "a"],
    &["sarl"],
    &["pty", "ltd"],
    &["oy"],
    &["ab"],
    &["asa"],
];

/// Whether `text[range]` stands as a word: no letter or digit right before or right after it (`SDPD` in `the SDPD's`,
/// not in `SDPDX`).
pub(super) fn stands_alone(text: &str, range: &Range<usize>) -> bool {
    !text[..range.start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
        && !text[range.end..].chars().next().is_some_and(char::is_alphanumeric)
}

/// The end of a mention that ends at `end`, with an English possessive after it (`SDPD's`, `Greenfield’s`).
pub(super) fn with_possessive(text: &str, end: usize) -> usize {
    ["'s", "’s"]
        .iter()
        .find(|s| text[end..].starts_with(**s) && !text[end + s.len()..].starts_with(char::is_alphanumeric))
        .map_or(end, |s| end + s.len())
}

/// Whether a mention of `sorted` (in text order, none overlapping another) overlaps `range`.
pub(super) fn overlaps(sorted: &[super::Mention], range: &Range<usize>) -> bool {
    let i = sorted.partition_point(|m| m.end <= range.start);
    sorted.get(i).is_some_and(|m| m.start < range.end)
}

/// Whether a word as written is a legal form of one word (`GmbH`, `AG`, `Inc.`, `B.V.`): the dots left out, it
/// spells one of [`LEGAL_FORMS`].
pub(super) fn is_legal_form(word: &str) -> bool {
    // (asked of many capitalised words: the longest form, `G.m.b.H. & Co. KG` aside, has 8 letters and 4 dots)
    if word.len() > 12 || !word.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let letters: String = word
        .chars()
        .filter(|&c| c != '.')
        .flat_map(char::to_lowercase)
        .collect();
    LEGAL_FORMS.iter().any(|form| {
        let mut rest = letters.as_str();
        form.iter().all(|part| match rest.strip_prefix(part) {
            Some(after) => {
                rest = after;
                true
            }
            None => false,
        }) && rest.is_empty()
    })
}

/// Where a name ending at folded `end` ends with a legal form after it (`, Inc.`, ` GmbH`), or `None` when
/// none follows. `text` is the folded text's original, which starts at byte `base` of it.
pub(super) fn legal_form_end(text: &str, base: usize, folded: &Folded, end: usize) -> Option<usize> {
    let hay = folded.as_bytes();
    // Most names are followed by a word that begins no legal form: one look at it, before the forms' own checks
    // (this runs for every organisation's mention).
    let next = hay.get(end..)?;
    let start = next.iter().position(|&b| b != b' ')?;
    let word = &next[start..];
    let word = &word[..word.iter().position(|&b| b == b' ').unwrap_or(word.len())];
    if start == 0 || !LEGAL_FORMS.iter().any(|form| form[0].as_bytes() == word) {
        return None;
    }
    'forms: for form in LEGAL_FORMS {
        let mut at = end;
        for (n, word) in form.iter().enumerate() {
            let mut start = at;
            while hay.get(start) == Some(&b' ') {
                start += 1;
            }
            let stop = start + word.len();
            if start == at || hay.get(start..stop) != Some(word.as_bytes()) || hay.get(stop).is_some_and(|&b| b != b' ')
            {
                continue 'forms;
            }
            // the original between: white space, and a comma before the first word only; dots inside (`B.V.`)
            let gap = &text[base + folded.end_to_original(at)..base + folded.start_to_original(start)];
            let allowed = |c: char| c.is_whitespace() || (n == 0 && c == ',') || (n > 0 && c == '.');
            if gap.chars().filter(|&c| c == ',').count() > 1 || !gap.chars().all(allowed) {
                continue 'forms;
            }
            // written as the press writes it: capitalised
            let written = &text[base + folded.start_to_original(start)..];
            if n == 0 && !written.starts_with(|c: char| c.is_uppercase()) {
                continue 'forms;
            }
            at = stop;
        }
        // a trailing dot is an abbreviation's (`Inc.`, `B.V.`), part of the name; after `GmbH` it ends a sentence
        let abbreviation = form.len() > 1 || matches!(form[0], "inc" | "corp" | "ltd");
        let close = base + folded.end_to_original(at);
        let dot =
            abbreviation && text[close..].starts_with('.') && !text[close + 1..].starts_with(|c: char| is_word(c));
        return Some(if dot { at + 1 } else { at });
    }
    None
}

/// The folded length of a German or Dutch article that starts the pattern `key` (a space and a folded form),
/// with the space after it: what is matched but left out of the mention.
pub(super) fn article_len(key: &[u8]) -> usize {
    const ARTICLES: &[&str] = &[" der ", " die ", " das ", " den ", " dem ", " des ", " de ", " het "];
    ARTICLES
        .iter()
        .find(|a| key.len() > a.len() && key.starts_with(a.as_bytes()))
        .map_or(0, |a| a.len() - 1)
}

/// Offices that the press puts before a surname alone (`minister Dekker`, `Innenminister Peschorn`, `Sheriff
/// Gualtieri`), lower-cased; German compounds end in one (`Bundesinnenministerin`, `Polizeipräsident`). Only
/// offices: a courtesy title (`Mr.`, `Frau`) goes with any surname, an office narrows it to the few people who
/// hold one, which is what the listed people of this field are.
const OFFICES: &[&str] = &[
    // en
    "president",
    "senator",
    "sen",
    "rep",
    "governor",
    "gov",
    "mayor",
    "sheriff",
    "undersheriff",
    "minister",
    "secretary",
    "chancellor",
    "commissioner",
    "chairman",
    "chairwoman",
    "ceo",
    "founder",
    "director",
    "judge",
    "councilman",
    "councilwoman",
    "supervisor",
    "congressman",
    "congresswoman",
    "spokesman",
    "spokeswoman",
    // de
    "präsident",
    "präsidentin",
    "ministerin",
    "kanzler",
    "kanzlerin",
    "bürgermeister",
    "bürgermeisterin",
    "senatorin",
    "staatssekretär",
    "staatssekretärin",
    "chef",
    "chefin",
    "sprecher",
    "sprecherin",
    "direktor",
    "direktorin",
    "gründer",
    "gründerin",
    "landrat",
    "landrätin",
    "abgeordnete",
    "abgeordneter",
    // nl
    "premier",
    "staatssecretaris",
    "burgemeester",
    "wethouder",
    "topman",
    "topvrouw",
    "directeur",
    "oprichter",
    "woordvoerder",
    "woordvoerster",
    "korpschef",
    "kamerlid",
    "commissaris",
];

/// The offices ([`OFFICES`]), for the scan's table of their endings (`found::titled::office_tails`).
pub(super) fn offices() -> &'static [&'static str] {
    OFFICES
}

/// Whether the word before a name (the end of `before`) is an office ([`OFFICES`]), or a German compound that
/// ends in one.
pub(super) fn after_office(before: &str) -> bool {
    let Some(word) = before.trim_end().rsplit(|c: char| c.is_whitespace()).next() else {
        return false;
    };
    let word = word.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    let word = word.rsplit('-').next().unwrap_or(&word);
    OFFICES.contains(&word)
        || [
            "minister",
            "ministerin",
            "präsident",
            "präsidentin",
            "chef",
            "chefin",
            "sprecher",
            "sprecherin",
        ]
        .iter()
        .any(|office| word.len() > office.len() + 2 && word.ends_with(office))
}

/// Words after a surname that are not the surname: `Martin Luther King Jr.`.
const NAME_SUFFIXES: &[&str] = &["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];
/// Particles that begin a surname: `Ursula von der Leyen` is `von der Leyen`, `Edwin van der Sar` `van der
/// Sar`.
const SURNAME_PARTICLES: &[&str] = &[
    "von", "van", "vom", "zu", "zur", "de", "der", "den", "ter", "ten", "te", "da", "di", "del", "della", "la", "le",
];

/// The surname of a person's name as written (`Nadella` of `Satya Nadella`, `von der Leyen` of `Ursula von der
/// Leyen`), or `None` when the name is one word or its last word is no surname (an initial, a particle). News
/// style names a person in full once and by the surname after: the surname alone is then the person, in that
/// article, where it is written with its capital (the matcher makes it conditional on the full name and
/// case-sensitive).
pub(super) fn surname(name: &str) -> Option<&str> {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words
        .last()
        .is_some_and(|w| NAME_SUFFIXES.contains(&w.trim_end_matches(',')))
    {
        words.pop();
    }
    let (&last, inner) = words.split_last()?;
    let first = inner
        .iter()
        .skip(1)
        .find(|w| SURNAME_PARTICLES.contains(w))
        .unwrap_or(&last);
    let capitalised = last.chars().next().is_some_and(char::is_uppercase);
    let letters = last.chars().filter(|c| c.is_alphabetic()).count();
    let word = last
        .chars()
        .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’');
    if inner.is_empty() || !capitalised || letters < 2 || !word {
        return None;
    }
    // the words are slices of `name`: from the first's start to the last's end
    let offset = |w: &str| w.as_ptr() as usize - name.as_ptr() as usize;
    Some(&name[offset(first)..offset(last) + last.len()])
}

/// A form as the press writes it without its accents, when it has any: `Zsolt Szabo` for `Zsolt Szabó`,
/// `Sanchez` for `Sánchez`, `Belgie` for `België`. English papers, and wire copy typed on any keyboard, drop
/// them; German's own letters (`ä`, `ö`, `ü`, `ß`) are kept, since German writes `Müller` without its umlaut as
/// `Mueller`, never `Muller`. `ł`, `ø` and `đ`, which have no accent to drop, become `l`, `o` and `d`.
pub(super) fn without_accents(form: &str) -> Option<String> {
    if form.is_ascii() {
        return None;
    }
    let mut plain = String::with_capacity(form.len());
    for c in form.chars() {
        match c {
            'ä' | 'ö' | 'ü' | 'Ä' | 'Ö' | 'Ü' | 'ß' => plain.push(c),
            'ł' => plain.push('l'),
            'Ł' => plain.push('L'),
            'ø' => plain.push('o'),
            'Ø' => plain.push('O'),
            'đ' => plain.push('d'),
            'Đ' => plain.push('D'),
            c if c.is_ascii() => plain.push(c),
            c => plain.extend(without_marks(c)),
        }
    }
    (plain != form && !plain.trim().is_empty()).then_some(plain)
}

/// A surname and, when it has accents, the surname without them.
pub(super) fn surname_spellings(surname: &str) -> impl Iterator<Item = Cow<'_, str>> {
    std::iter::once(Cow::Borrowed(surname)).chain(without_accents(surname).map(Cow::Owned))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Folded {
        let mut folded = Folded::default();
        folded.fold_padded(text);
        folded
    }

    #[test]
    fn legal_forms_follow_organisations() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("FaceFirst LLC, a firm", "FaceFirst", Some("FaceFirst LLC")),
            (
                "Cognitec Systems GmbH.",
                "Cognitec Systems",
                Some("Cognitec Systems GmbH"),
            ),
            (
                "Taser International, Inc. makes",
                "Taser International",
                Some("Taser International, Inc."),
            ),
            (
                "Palantir Technologies Inc",
                "Palantir Technologies",
                Some("Palantir Technologies Inc"),
            ),
            ("ASML Holding N.V. said", "ASML Holding", Some("ASML Holding N.V.")),
            ("Siemens AG und", "Siemens", Some("Siemens AG")),
            ("Atos SE", "Atos", Some("Atos SE")),
            ("Siemens, AG und", "Siemens", Some("Siemens, AG")),
            ("Amazon and inc", "Amazon", None),
            ("Apple, and Google", "Apple", None),
            ("Microsoft agreed", "Microsoft", None),
            ("Siemens; AG", "Siemens", None),
        ];
        for (text, name, expected) in cases {
            let f = folded(text);
            // the name ends where its folded form does: one space of padding, then the same bytes (ASCII)
            let end = 1 + name.len();
            let got = legal_form_end(text, 0, &f, end).map(|e| &text[..f.end_to_original(e)]);
            assert_eq!(got, *expected, "{text}");
        }
    }

    #[test]
    fn articles_are_german_and_dutch_only() {
        assert_eq!(article_len(b" der spiegel"), 4);
        assert_eq!(article_len(b" de volkskrant"), 3);
        assert_eq!(article_len(b" het financieele dagblad"), 4);
        assert_eq!(article_len(b" the intercept"), 0);
        assert_eq!(article_len(b" der"), 0, "an article alone is no name");
        assert_eq!(article_len(b" derstandard"), 0);
    }

    #[test]
    fn a_bare_apostrophe_after_an_s_is_a_possessive() {
        for (text, name, expected) in [
            ("Cognitec Systems’ software", "Cognitec Systems", "Cognitec Systems’"),
            ("the Jones' case", "Jones", "Jones'"),
            ("Amazon’s deal", "Amazon", "Amazon’s"),
            ("Palantir' said", "Palantir", "Palantir"),
        ] {
            let f = folded(text);
            let start = text.find(name).unwrap();
            let (core_end, end) = (start + name.len(), 1 + start + name.len());
            let full = genitive_end(text, f.as_bytes(), core_end, end, false).unwrap();
            assert_eq!(&text[start..f.end_to_original(full)], expected, "{text}");
        }
    }
}
