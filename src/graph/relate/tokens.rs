//! A sentence as words and list punctuation, for cue matching.
//!
//! Cues are compared word by word in lower case, so that `Microsoft-Chef` is `microsoft chef`, `co-founder`
//! `co founder` and `doesn't` `doesn t`, whatever quotes and hyphens the text uses. Commas, semicolons, colons
//! and brackets are kept as tokens of their own: they separate clauses and list items, and a relation never
//! reaches across them unnoticed.
//!
//! Every word is looked up once, as it is read, in the [`Vocabulary`] of the words the lexicons and rules name:
//! from then on, a cue is matched by comparing numbers, not strings.

use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::text::fold::is_invisible;

/// One token: a word (lower case, in the buffer of its [`Tokens`]) or a separating punctuation mark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Token {
    /// Byte span in the document's text.
    pub span: Range<usize>,
    /// Range of the lower-cased word in [`Tokens::words`]; empty for punctuation.
    pub word: Range<u32>,
    /// The punctuation mark, for a punctuation token.
    pub mark: Option<char>,
}

/// A sentence's tokens; reused from sentence to sentence.
#[derive(Debug, Default)]
pub(super) struct Tokens {
    pub list: Vec<Token>,
    /// The number of each token's word in the [`Vocabulary`] (`UNKNOWN` for other words and punctuation).
    pub ids: Vec<u32>,
    words: String,
}

/// The words that lexicons and rules name, numbered.
#[derive(Clone, Debug, Default)]
pub(super) struct Vocabulary {
    ids: FxHashMap<Box<str>, u32>,
}

impl Vocabulary {
    /// The number of a word the vocabulary does not hold, and of punctuation: equal to no word of a cue.
    pub const UNKNOWN: u32 = u32::MAX;

    /// The number of `word`, added if it is new.
    pub fn add(&mut self, word: &str) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry(word.into()).or_insert(next)
    }

    /// The number of `word`, or [`Self::UNKNOWN`].
    pub fn id(&self, word: &str) -> u32 {
        self.ids.get(word).copied().unwrap_or(Self::UNKNOWN)
    }

    /// How many words it holds: their numbers are `0..len`.
    pub fn len(&self) -> usize {
        self.ids.len()
    }
}

/// The lower case of each ASCII letter or digit, and 0 for every other ASCII character.
const ASCII_WORD: [u8; 128] = {
    let mut table = [0; 128];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphanumeric() {
            table[b] = (b as u8).to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

impl Tokens {
    /// Tokenises `text[range]`, replacing what was held, and numbers its words by `vocabulary`.
    pub fn read(&mut self, text: &str, range: Range<usize>, vocabulary: &Vocabulary) {
        self.list.clear();
        self.ids.clear();
        self.words.clear();
        let bytes = text.as_bytes();
        let mut word: Option<(usize, u32)> = None;
        let mut at = range.start;
        while at < range.end {
            // most text is ASCII, read a byte at a time without Unicode's tables
            let b = bytes[at];
            if b.is_ascii() {
                let lower = ASCII_WORD[b as usize];
                if lower != 0 {
                    if word.is_none() {
                        word = Some((at, self.words.len() as u32));
                    }
                    self.words.push(char::from(lower));
                } else {
                    self.end_word(&mut word, at, vocabulary);
                    self.mark(char::from(b), at);
                }
                at += 1;
                continue;
            }
            let c = text[at..].chars().next().expect("a character starts here");
            let letter = c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c);
            if letter || (is_invisible(c) && word.is_some()) {
                if word.is_none() {
                    word = Some((at, self.words.len() as u32));
                }
                if letter {
                    self.words.extend(c.to_lowercase());
                }
            } else {
                self.end_word(&mut word, at, vocabulary);
                self.mark(c, at);
            }
            at += c.len_utf8();
        }
        self.end_word(&mut word, range.end, vocabulary);
    }

    fn end_word(&mut self, word: &mut Option<(usize, u32)>, end: usize, vocabulary: &Vocabulary) {
        if let Some((start, from)) = word.take() {
            self.list.push(Token {
                span: start..end,
                word: from..self.words.len() as u32,
                mark: None,
            });
            self.ids.push(vocabulary.id(&self.words[from as usize..]));
        }
    }

    /// Keeps `c` at byte `at` as a token if it is list punctuation.
    fn mark(&mut self, c: char, at: usize) {
        if matches!(c, ',' | ';' | ':' | '(' | ')' | '[' | ']') {
            self.list.push(Token {
                span: at..at + c.len_utf8(),
                word: 0..0,
                mark: Some(c),
            });
            self.ids.push(Vocabulary::UNKNOWN);
        }
    }

    /// The word of token `i` (empty for punctuation).
    pub fn word(&self, i: usize) -> &str {
        let w = &self.list[i].word;
        &self.words[w.start as usize..w.end as usize]
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether the words numbered `ids` stand at tokens `at..`, one word each.
    pub fn matches(&self, at: usize, ids: &[u32]) -> bool {
        self.ids.get(at..at + ids.len()) == Some(ids)
    }

    /// The tokens whose spans lie within `span`.
    pub fn within(&self, span: Range<usize>) -> Range<usize> {
        let first = self.list.partition_point(|t| t.span.start < span.start);
        let end = self.list.partition_point(|t| t.span.end <= span.end);
        first..end.max(first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_lower_case_and_list_punctuation() {
        let text = "Microsoft-Chef Satya Nadella, der „Kunde“ (AWS) doesn't.";
        let mut vocabulary = Vocabulary::default();
        let [microsoft, chef, nadella, der] = ["microsoft", "chef", "nadella", "der"].map(|w| vocabulary.add(w));
        let mut tokens = Tokens::default();
        tokens.read(text, 0..text.len(), &vocabulary);
        let shown: Vec<String> = (0..tokens.len())
            .map(|i| match tokens.list[i].mark {
                Some(c) => c.to_string(),
                None => tokens.word(i).to_string(),
            })
            .collect();
        assert_eq!(
            shown,
            [
                "microsoft",
                "chef",
                "satya",
                "nadella",
                ",",
                "der",
                "kunde",
                "(",
                "aws",
                ")",
                "doesn",
                "t"
            ]
        );
        assert_eq!(&text[tokens.list[1].span.clone()], "Chef");
        assert!(tokens.matches(0, &[microsoft, chef]));
        assert!(!tokens.matches(3, &[nadella, der]), "a comma stands between");
        let nadella = text.find("Satya").unwrap()..text.find(',').unwrap();
        assert_eq!(tokens.within(nadella), 2..4);
    }
}
