//! A sentence as words and list punctuation, for cue matching.
//!
//! Cues are compared word by word in lower case, so that `Microsoft-Chef` is `microsoft chef`, `co-founder`
//! `co founder` and `doesn't` `doesn t`, whatever quotes and hyphens the text uses. Commas, semicolons, colons
//! and brackets are kept as tokens of their own: they separate clauses and list items, and a relation never
//! reaches across them unnoticed.
//!
//! Every word is looked up once, as it is read, in the [`Vocabulary`] of the words the lexicons and rules name:
//! from then on, a cue is matched by comparing numbers, and a word is found in a rule's list by a bit (see
//! [`Words`]), not by comparing strings.

use std::ops::Range;

use super::words::Words;
use crate::text::MONTHS;
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
    /// The lists each token's word is in (bits of [`Words`]).
    classes: Vec<u64>,
    /// The lower-cased words, one after the other (UTF-8).
    words: Vec<u8>,
}

/// The words that lexicons and rules name, numbered, with the lists each is in.
///
/// Every word of every sentence is looked up, and most are not there: an open-addressed table, at most a
/// quarter full, answers that with one probe, after a hash that is a few instructions a byte.
#[derive(Clone, Debug, Default)]
pub(super) struct Vocabulary {
    /// The words, by number.
    words: Vec<Box<[u8]>>,
    /// Per word number: the bits of the [`Words`] it is in.
    classes: Vec<u64>,
    /// Word numbers at the slots their hashes lead to ([`Self::UNKNOWN`] where empty); a power of two long.
    slots: Vec<u32>,
    /// One bit per [`tail_key`] of the roles German and Dutch compounds end in (`…sprecher`): a word of seven
    /// bytes or more whose key is set is in [`ROLE_TAIL`](super::words::ROLE_TAIL) as it is read.
    role_tails: Vec<u64>,
}

/// A number below 2^15 for the last three bytes of a word of three bytes or more: five bits of each.
fn tail_key(word: &[u8]) -> usize {
    word[word.len() - 3..]
        .iter()
        .fold(0, |k, &b| (k << 5) | usize::from(b & 0x1F))
}

impl Vocabulary {
    /// The number of a word the vocabulary does not hold, and of punctuation: equal to no word of a cue.
    pub const UNKNOWN: u32 = u32::MAX;

    /// The number of `word`, added if it is new.
    pub fn add(&mut self, word: &str) -> u32 {
        if (self.words.len() + 1) * 4 > self.slots.len() {
            self.slots = vec![Self::UNKNOWN; (self.slots.len() * 2).max(64)];
            for id in 0..self.words.len() {
                let slot = self.slot(&self.words[id], Fnv::of(&self.words[id]));
                self.slots[slot] = id as u32;
            }
        }
        let slot = self.slot(word.as_bytes(), Fnv::of(word.as_bytes()));
        if self.slots[slot] == Self::UNKNOWN {
            self.slots[slot] = self.words.len() as u32;
            self.words.push(word.as_bytes().into());
            self.classes.push(0);
        }
        self.slots[slot]
    }

    /// Notes a role that compounds may end in (`sprecher`): see `role_tails`.
    pub fn add_role_tail(&mut self, role: &str) {
        if self.role_tails.is_empty() {
            self.role_tails = vec![0; (1 << 15) / 64];
        }
        if role.len() >= 3 {
            let k = tail_key(role.as_bytes());
            self.role_tails[k / 64] |= 1 << (k % 64);
        }
    }

    /// Whether a word may end in a role that compounds end in (its last bytes are one's).
    fn role_tail(&self, word: &[u8]) -> bool {
        word.len() >= 7 && !self.role_tails.is_empty() && {
            let k = tail_key(word);
            self.role_tails[k / 64] & (1 << (k % 64)) != 0
        }
    }

    /// Adds the words of a list, in it.
    pub fn add_list(&mut self, words: Words) {
        for word in words.list {
            let id = self.add(word);
            self.put(id, words);
        }
    }

    /// Puts word number `id` in the list `words`.
    pub fn put(&mut self, id: u32, words: Words) {
        self.classes[id as usize] |= words.bit;
    }

    /// The slot that holds `word` (whose hash is `hash`), or the empty one where it would go.
    fn slot(&self, word: &[u8], Fnv(hash): Fnv) -> usize {
        let mask = self.slots.len() - 1;
        let mut slot = (hash ^ hash >> 32) as usize & mask;
        loop {
            let id = self.slots[slot];
            if id == Self::UNKNOWN || *self.words[id as usize] == *word {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The number of the lower-cased `word` (whose hash is `hash`), or [`Self::UNKNOWN`].
    fn id(&self, word: &[u8], hash: Fnv) -> u32 {
        if self.slots.is_empty() {
            return Self::UNKNOWN;
        }
        self.slots[self.slot(word, hash)]
    }

    /// The lists word number `id` is in.
    fn classes(&self, id: u32) -> u64 {
        self.classes.get(id as usize).copied().unwrap_or(0)
    }

    /// Whether word number `id` is in the list `words`.
    pub fn is(&self, id: u32, words: Words) -> bool {
        self.classes(id) & words.bit != 0
    }
}

/// The FNV-1a hash of a word, taken a byte at a time as the word is read.
#[derive(Clone, Copy, Debug)]
struct Fnv(u64);

impl Fnv {
    const EMPTY: Fnv = Fnv(0xcbf2_9ce4_8422_2325);

    fn add(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
    }

    fn of(word: &[u8]) -> Fnv {
        let mut hash = Fnv::EMPTY;
        word.iter().for_each(|&b| hash.add(b));
        hash
    }
}

/// A word being read: where it starts in the text and in [`Tokens::words`], and its hash so far.
struct OpenWord {
    start: usize,
    from: u32,
    hash: Fnv,
}

/// The lower case of each ASCII letter or digit, and 0 for every other byte: one load a byte, rather than the
/// comparisons of `is_ascii_alphanumeric` and `to_ascii_lowercase`.
const ASCII_WORD: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphanumeric() {
            table[b] = (b as u8).to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// Whether `c` (beyond ASCII) is part of a word: alphanumeric or a combining mark. The most frequent such
/// characters are answered without Unicode's tables: Latin-1's letters, typographic quotes and dashes.
fn is_letter(c: char) -> bool {
    match c {
        '\u{C0}'..='\u{FF}' => c != '×' && c != '÷',
        '\u{2010}'..='\u{205F}' => false,
        _ => c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c),
    }
}

/// Gives the lower case of letter `c` to `to`, Latin-1's without Unicode's tables.
fn lower_case(c: char, to: impl FnMut(char)) {
    match c {
        '\u{C0}'..='\u{DE}' => [char::from(c as u8 + 0x20)].into_iter().for_each(to),
        '\u{DF}'..='\u{FF}' => [c].into_iter().for_each(to),
        _ => c.to_lowercase().for_each(to),
    }
}

/// Whether the comma at byte `at` separates a contract's term from its amount (`a five-year, $1.2 million
/// contract with Axon`, `a 23-month, £17.75m cloud deal`), two modifiers of one noun, as English news writes
/// every contract a council approves: it separates no clause.
fn between_terms(text: &str, at: usize) -> bool {
    const TERMS: [&str; 4] = ["-year", "-month", "-week", "multiyear"];
    let after = text[at + 1..].trim_start_matches(' ');
    let amount = after
        .strip_prefix(['$', '£', '€'])
        .or_else(|| after.strip_prefix("US$"))
        .is_some_and(|amount| amount.starts_with(|c: char| c.is_ascii_digit()));
    let before = &text.as_bytes()[..at];
    amount
        && TERMS.iter().any(|term| {
            before.len() >= term.len() && before[before.len() - term.len()..].eq_ignore_ascii_case(term.as_bytes())
        })
}

/// Whether the comma at byte `at` is one of an English date's (`on September 29, 2017, selected`): the one
/// between the day and the year, or the one after the year. They set the date apart, and separate no clause.
fn in_date(text: &str, at: usize) -> bool {
    // (and the abbreviations AP writes before a day)
    const ABBREVIATED: [&str; 9] = ["Jan.", "Feb.", "Mar.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec."];
    // (a date is short: the 32 bytes before the comma hold it)
    let mut from = at.saturating_sub(32);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..at];
    let year = |s: &str| s.len() == 4 && s.starts_with(['1', '2']) && s.bytes().all(|b| b.is_ascii_digit());
    let day = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    // `Month D` before the comma, a year after it
    let month_day = |s: &str| {
        s.rsplit_once(' ')
            .is_some_and(|(m, d)| day(d) && MONTHS.iter().chain(&ABBREVIATED).any(|month| m.ends_with(month)))
    };
    let after_year = text[at + 1..]
        .strip_prefix(' ')
        .is_some_and(|rest| year(rest.get(..4).unwrap_or("")) && !rest[4..].starts_with(|c: char| c.is_ascii_digit()));
    if before.ends_with(|c: char| c.is_ascii_digit()) && after_year && month_day(before) {
        return true;
    }
    // `Month D, YYYY` before the comma
    before
        .rsplit_once(", ")
        .is_some_and(|(head, y)| year(y) && month_day(head))
}

impl Tokens {
    /// Tokenises `text[range]`, replacing what was held, and numbers its words by `vocabulary`.
    pub fn read(&mut self, text: &str, range: Range<usize>, vocabulary: &Vocabulary) {
        self.list.clear();
        self.ids.clear();
        self.classes.clear();
        self.words.clear();
        let bytes = &text.as_bytes()[..range.end];
        let mut word: Option<OpenWord> = None;
        let mut at = range.start;
        while let Some(&b) = bytes.get(at) {
            // most text is ASCII, read without Unicode's tables: a run of letters and digits lower-cased at once
            if b.is_ascii() {
                if ASCII_WORD[b as usize] != 0 {
                    let word = word.get_or_insert_with(|| self.open_word(at));
                    while let Some(&lower) = bytes.get(at).map(|&b| &ASCII_WORD[b as usize])
                        && lower != 0
                    {
                        self.words.push(lower);
                        word.hash.add(lower);
                        at += 1;
                    }
                } else {
                    self.end_word(&mut word, at, vocabulary);
                    // a comma between digits groups a number (`2,000 cameras`), one between a contract's term
                    // and its amount joins two modifiers, and a date's set it apart: none separates a clause
                    let joining = b == b','
                        && ((at > 0
                            && bytes[at - 1].is_ascii_digit()
                            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit))
                            // (each asked only after the byte a term or a date ends in: most commas follow
                            // neither)
                            || (at > 0
                                && matches!(bytes[at - 1] | 0x20, b'r' | b'h' | b'k')
                                && between_terms(text, at))
                            || (at > 0 && bytes[at - 1].is_ascii_digit() && in_date(text, at)));
                    if !joining {
                        self.mark(char::from(b), at);
                    }
                    at += 1;
                }
                continue;
            }
            let c = text[at..].chars().next().expect("a character starts here");
            let letter = is_letter(c);
            if letter || (is_invisible(c) && word.is_some()) {
                let word = word.get_or_insert_with(|| self.open_word(at));
                if letter {
                    lower_case(c, |c| {
                        for &b in c.encode_utf8(&mut [0; 4]).as_bytes() {
                            self.words.push(b);
                            word.hash.add(b);
                        }
                    });
                }
            } else {
                self.end_word(&mut word, at, vocabulary);
                self.mark(c, at);
            }
            at += c.len_utf8();
        }
        self.end_word(&mut word, range.end, vocabulary);
    }

    /// A word that begins at byte `at`.
    fn open_word(&self, at: usize) -> OpenWord {
        OpenWord {
            start: at,
            from: self.words.len() as u32,
            hash: Fnv::EMPTY,
        }
    }

    fn end_word(&mut self, word: &mut Option<OpenWord>, end: usize, vocabulary: &Vocabulary) {
        if let Some(OpenWord { start, from, hash }) = word.take() {
            self.list.push(Token {
                span: start..end,
                word: from..self.words.len() as u32,
                mark: None,
            });
            let word = &self.words[from as usize..];
            let id = vocabulary.id(word, hash);
            let tail = if vocabulary.role_tail(word) {
                super::words::ROLE_TAIL.bit
            } else {
                0
            };
            self.ids.push(id);
            self.classes.push(vocabulary.classes(id) | tail);
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
            self.classes.push(0);
        }
    }

    /// Whether the word of token `t` is in the list `words` (never for punctuation).
    pub fn is(&self, t: usize, words: Words) -> bool {
        self.classes[t] & words.bit != 0
    }

    /// The word of token `i` (empty for punctuation).
    pub fn word(&self, i: usize) -> &str {
        let w = &self.list[i].word;
        std::str::from_utf8(&self.words[w.start as usize..w.end as usize]).expect("lower-cased text is UTF-8")
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether the words numbered `ids` stand at tokens `at..`, one word each.
    pub fn matches(&self, at: usize, ids: &[u32]) -> bool {
        // (compared one by one: a cue has a few words, too few for `memcmp`)
        self.ids.get(at..at + ids.len()).is_some_and(|here| here.iter().eq(ids))
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
        let [articles, function] = [1 << 1, 1 << 2].map(|bit| Words { bit, list: &["der"] });
        vocabulary.add_list(articles);
        tokens.read(text, 0..text.len(), &vocabulary);
        assert!(tokens.is(5, articles) && !tokens.is(5, function) && !tokens.is(4, articles));
        assert_eq!(tokens.ids[5], der);
    }

    #[test]
    fn the_shortcuts_beyond_ascii_are_unicode() {
        for c in ('\u{80}'..='\u{2FFF}').chain(['\u{1E9E}', '\u{0130}']) {
            let unicode = c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c);
            assert_eq!(is_letter(c), unicode, "{c:?}");
            if !unicode {
                continue;
            }
            let mut lower = String::new();
            lower_case(c, |l| lower.push(l));
            assert_eq!(lower, c.to_lowercase().to_string(), "{c:?}");
        }
    }
}
