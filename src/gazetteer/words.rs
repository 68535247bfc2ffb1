//! The ordinary words of German, English and Dutch that are also names (`Ring`, `Echo`, `Signal`): what a
//! surface form must not be without a rule. The lists (`words/{de,en,nl}.txt`) are made by
//! `tools/common_words.py`, which says where they come from.

use std::collections::HashMap;
use std::sync::OnceLock;

/// A language of the word lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    German,
    English,
    Dutch,
}

impl Language {
    pub fn name(self) -> &'static str {
        match self {
            Language::German => "German",
            Language::English => "English",
            Language::Dutch => "Dutch",
        }
    }
}

/// The ordinary words `form` is, in any case: each language with the word as that language writes it.
pub fn ordinary_word(form: &str) -> &'static [(Language, &'static str)] {
    static WORDS: OnceLock<HashMap<String, Vec<(Language, &'static str)>>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut words: HashMap<String, Vec<(Language, &'static str)>> = HashMap::new();
        for (language, list) in [
            (Language::German, include_str!("words/de.txt")),
            (Language::English, include_str!("words/en.txt")),
            (Language::Dutch, include_str!("words/nl.txt")),
        ] {
            for word in list.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
                words.entry(word.to_lowercase()).or_default().push((language, word));
            }
        }
        words
    });
    words.get(&form.to_lowercase()).map_or(&[], Vec::as_slice)
}
