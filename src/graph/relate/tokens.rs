//! A sentence as words and list punctuation, for cue matching.
//!
//! Cues are compared word by word in lower case, so that `Microsoft-Chef` is `microsoft chef`, `co-founder`
//! `co founder` and `doesn't` `doesn t`, whatever quotes and hyphens the text uses. Commas, semicolons, colons
//! and brackets are kept as tokens of their own: they separate clauses and list items, and a relation never
//! reaches across them unnoticed.

use std::ops::Range;

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
    words: String,
}

impl Tokens {
    /// Tokenises `text[range]`, replacing what was held.
    pub fn read(&mut self, text: &str, range: Range<usize>) {
        self.list.clear();
        self.words.clear();
        let mut word: Option<(usize, u32)> = None;
        for (at, c) in text[range.clone()].char_indices() {
            let at = range.start + at;
            let letter = c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c);
            if letter || (is_invisible(c) && word.is_some()) {
                if word.is_none() {
                    word = Some((at, self.words.len() as u32));
                }
                if letter {
                    if c.is_ascii() {
                        self.words.push(c.to_ascii_lowercase());
                    } else {
                        self.words.extend(c.to_lowercase());
                    }
                }
                continue;
            }
            self.end_word(&mut word, at);
            if matches!(c, ',' | ';' | ':' | '(' | ')' | '[' | ']') {
                self.list.push(Token {
                    span: at..at + c.len_utf8(),
                    word: 0..0,
                    mark: Some(c),
                });
            }
        }
        self.end_word(&mut word, range.end);
    }

    fn end_word(&mut self, word: &mut Option<(usize, u32)>, end: usize) {
        if let Some((start, from)) = word.take() {
            self.list.push(Token {
                span: start..end,
                word: from..self.words.len() as u32,
                mark: None,
            });
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

    /// Whether `words` stand at tokens `at..`, one word each.
    pub fn matches(&self, at: usize, words: &[Box<str>]) -> bool {
        at + words.len() <= self.list.len()
            && words
                .iter()
                .enumerate()
                .all(|(k, w)| self.list[at + k].mark.is_none() && self.word(at + k) == &**w)
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
        let mut tokens = Tokens::default();
        tokens.read(text, 0..text.len());
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
        assert!(tokens.matches(0, &["microsoft".into(), "chef".into()]));
        assert!(
            !tokens.matches(3, &["nadella".into(), "der".into()]),
            "a comma stands between"
        );
        let nadella = text.find("Satya").unwrap()..text.find(',').unwrap();
        assert_eq!(tokens.within(nadella), 2..4);
    }
}
