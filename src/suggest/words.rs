//! What kind of word a word is, for the scanner: ordinary (by the word lists of `gazetteer::words`), a German
//! noun (by the lists, its ending or its last part), borrowed-looking; and what kind of sentence a sentence is.

use super::tokens::Token;
use crate::gazetteer::words::{Language, ordinary_word};

/// Whether a word is an ordinary word of the document's language (for English and Dutch, which write ordinary
/// words in lower case, of either).
pub(crate) fn ordinary(word: &str, language: Language) -> bool {
    let entries = ordinary_word(word.trim_end_matches(['\'', '’']));
    match language {
        Language::German => entries.iter().any(|(l, _)| *l == Language::German),
        _ => entries.iter().any(|(l, _)| *l != Language::German),
    }
}

/// Whether a word is an ordinary word of any of the three languages: a phrase of such words (`Smart Speaker`,
/// `Business Intelligence`) is a name less often.
pub(crate) fn ordinary_any(word: &str) -> bool {
    !ordinary_word(word.trim_end_matches(['\'', '’'])).is_empty()
}

/// Whether a German word looks borrowed (a `y`, a `c` outside `ch` and `ck`, an `oo`, an `x`): a German noun
/// seldom does, a brand often (`Google`, `Netflix`, `Stratocast`).
pub(crate) fn foreign(word: &str) -> bool {
    if ordinary_any(word) {
        return false; // an English word in a German text (`Cloud`, `Smart`) is no brand
    }
    let w = word.to_lowercase();
    if ["en", "ern", "el", "ung", "ungen", "isch", "ismus"]
        .iter()
        .any(|e| w.ends_with(e))
    {
        return false; // `Scannen`, `Analysealgorithmen`, `Sexhandel`: German words of borrowed stems
    }
    let b = w.as_bytes();
    w.contains('y')
        || w.contains("oo")
        || w.contains('x')
        || b.iter()
            .enumerate()
            .any(|(i, &c)| c == b'c' && !matches!(b.get(i + 1), Some(b'h' | b'k')))
}

/// Whether a German word is a noun of the word lists, as written or with a plural or genitive ending
/// (`Fahrzeuge`, `Experten`): the common words of `gazetteer::words`, and the less common nouns of
/// `nouns-de.txt` (`Drohne`, `Abgleich`), which only `suggest` needs, made by `tools/common_words.py` too.
pub(crate) fn german_listed_noun(word: &str) -> bool {
    // in lower case, as the common words are looked up: a compound's last part is (`Aufklärungs|drohnen`)
    static NOUNS: std::sync::OnceLock<rustc_hash::FxHashSet<String>> = std::sync::OnceLock::new();
    let nouns = NOUNS.get_or_init(|| {
        include_str!("nouns-de.txt")
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_lowercase)
            .collect()
    });
    german_common_noun(word) || inflected(word, |w| nouns.contains(&w.to_lowercase()))
}

/// Whether a German word is a noun of the common words alone (`gazetteer::words`), as written or inflected: a
/// name a cue introduces may be a rarer noun (`die Firma Falke`, `Drohnen vom Typ „Falke“`).
pub(crate) fn german_common_noun(word: &str) -> bool {
    inflected(word, |w| {
        ordinary_word(w)
            .iter()
            .any(|(l, f)| *l == Language::German && f.starts_with(char::is_uppercase))
    })
}

/// Whether `listed` holds `word`, or `word` without a plural or genitive ending. (`tools/common_words.py` traces
/// the words of `nouns-de.txt` to their nouns by the same endings, its `INFLECTIONS`: keep the two alike.)
fn inflected(word: &str, listed: impl Fn(&str) -> bool) -> bool {
    listed(word)
        || ["e", "n", "en", "er", "s", "es", "nen"].iter().any(|e| {
            word.strip_suffix(e)
                .is_some_and(|w| w.chars().count() >= 3 && listed(w))
        })
}

/// Whether a capitalised German word is, by the word lists, its ending or its last part, a noun: `Polizei`,
/// `Forscherin`, `Bürgerrechtler`, `Luftbilder`, `Rechtsabteilung`.
pub(crate) fn german_noun(word: &str) -> bool {
    // Asked of the same words again and again (a name's words, in every sentence); the answer never changes.
    thread_local! {
        static SEEN: std::cell::RefCell<rustc_hash::FxHashMap<String, bool>> = Default::default();
    }
    if let Some(known) = SEEN.with(|s| s.borrow().get(word).copied()) {
        return known;
    }
    let noun = german_noun_uncached(word, german_listed_noun);
    SEEN.with(|s| {
        let mut seen = s.borrow_mut();
        if seen.len() > 100_000 {
            seen.clear(); // a bound on memory for a corpus of endless vocabulary
        }
        seen.insert(word.to_string(), noun);
    });
    noun
}

/// Whether a German word is a noun by the common words alone, its ending or its last part: what a word a cue
/// names must not be (`„Gesichtserkennungssoftware“`), while a rarer noun may be a name (`„Falke“`).
pub(crate) fn german_common_noun_or_compound(word: &str) -> bool {
    german_noun_uncached(word, german_common_noun)
}

pub(crate) fn german_noun_uncached(word: &str, listed: fn(&str) -> bool) -> bool {
    const ENDINGS: &[&str] = &[
        "ung", "ungen", "heit", "keit", "schaft", "ismus", "tion", "tionen", "tät", "ler", "erin", "erinnen", "ern",
        "nis", "ität", "ik", "ie", "ien", "schaften", "heiten", "keiten", "täten", "nisse",
    ];
    if let Some(stem) = word.strip_suffix('s')
        && (stem.ends_with("ung") || stem.ends_with("heit") || stem.ends_with("keit") || stem.ends_with("ion"))
    {
        return true; // a compound's first part with its linking `s`: `Überwachungs`
    }
    if listed(word) || (word.chars().count() > 5 && ENDINGS.iter().any(|e| word.ends_with(e))) {
        return true;
    }
    // A compound whose last part (four letters or more, after three or more) is a listed noun.
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    (3..chars.len().saturating_sub(3)).any(|i| listed(&word[chars[i].0..]))
}

/// A title-case headline: at least four words of four letters or more, nearly all capitalised.
pub(crate) fn headline(words: &[&Token<'_>]) -> bool {
    let long: Vec<_> = words.iter().filter(|t| t.text.chars().count() >= 4).collect();
    let lower = long.iter().filter(|t| !t.capitalised()).count();
    long.len() >= 4 && lower * 5 <= long.len()
}

/// A sentence in capitals: at least three words of three letters or more, most of them in capitals.
pub(crate) fn shouting(words: &[&Token<'_>]) -> bool {
    let long: Vec<_> = words.iter().filter(|t| t.text.chars().count() >= 3).collect();
    let caps = long.iter().filter(|t| t.acronym()).count();
    caps >= 3 && caps * 2 > long.len()
}

/// White space collapsed to single spaces.
pub(crate) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
