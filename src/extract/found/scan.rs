//! Where a found name may be, without reading every word: a capitalised word that is a first name, that ends
//! an organisation's name or that follows a noun for one, or an opening quote. Every article's text goes through here, and finding was a third of a build while it read
//! every word of every paragraph; now one pass over the bytes picks the few places worth reading, and only
//! the words after a first name are read one by one (see `places`).

use std::ops::Range;

use rustc_hash::FxHashSet;

/// How far after a first name the words are read: enough for a second first name or an initial, particles, a
/// surname and the word after it.
const AFTER: usize = 120;

/// The places of `text[para]` where a found name may begin, in text order: each capitalised word that is a
/// first name, and each opening quote with a capital or a digit after it.
pub(super) fn places(text: &str, para: Range<usize>, tables: &Tables, out: &mut Vec<Place>) {
    let bytes = text.as_bytes();
    let mut i = para.start;
    while i < para.end {
        // most bytes are small letters, digits, spaces and punctuation: nothing begins there, and they are
        // passed eight at a time
        if let Some(chunk) = bytes.get(i..i + 8).filter(|_| i + 8 <= para.end) {
            let interesting = interesting(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
            if interesting == 0 {
                i += 8;
                continue;
            }
            i += (interesting.trailing_zeros() / 8) as usize;
        }
        let b = bytes[i];
        if !(b.is_ascii_uppercase() || b == b'"' || b >= 0xC2) {
            i += 1;
            continue;
        }
        // small Latin-1 letters (`ä`, `ö`, `ü`, `ß`, `é`), the most frequent characters beyond ASCII here
        if b == 0xC3 && bytes.get(i + 1).is_some_and(|&c| c >= 0x9F) {
            i += 2;
            continue;
        }
        let (c, len) = char_at(text, i);
        if c.is_uppercase() {
            // the first bytes rule out most capitalised words before the word is read and looked up
            if word_start(text, para.start, i) {
                // a single quote or a bracket right before: one byte's test for every word, the rest for few
                if i > para.start && matches!(bytes[i - 1], b'\'' | 0x98 | b'(') {
                    // a single quote before a capital, after a space, opens a quote (`als 'Catch'`); looked at
                    // only here, as the apostrophes of `it's` are many and open nothing
                    if let Some(quote) = single_quote_before(bytes, para.start, i) {
                        out.push(Place::Quote(quote));
                    }
                    // letters in brackets after a word: an acronym a noun before it may introduce (`dem
                    // Gesichtserkennungssystem (GES)`), or that the words before it spell (`der Gewerkschaft der
                    // Polizei (GdP)`)
                    if i > para.start + 1
                        && bytes[i - 1] == b'('
                        && bytes[i - 2] == b' '
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
                    {
                        out.push(Place::Bracketed(i));
                    }
                }
                // (the four bytes before are read once, and a bit of their hash rules out most words for both
                // tables)
                if let Some(tail) = tail_before(bytes, para.start, i)
                    && in_filter(tables.tail_filter, tail)
                {
                    if tables.noun_tails.binary_search(&tail).is_ok() {
                        out.push(Place::AfterNoun(i));
                    }
                    if tables.office_tails.binary_search(&tail).is_ok() {
                        out.push(Place::AfterOffice(i));
                    }
                }
                // (a `K` or `W` and capitals: call letters, looked at only where news cites a station)
                if matches!(b, b'K' | b'W')
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase)
                    && let Some(end) = super::stations::letters_end(text, i)
                {
                    out.push(Place::CallLetters(i));
                    i = end;
                    continue;
                }
                let at = &bytes[i..para.end];
                // one look-up in the union of the tables rules out most words; then each table's own
                let k = key(at);
                let any = tables.any[k >> 6] & (1 << (k & 63)) != 0;
                let first_name = any && tables.first_names.has_key(k);
                let head = any && tables.heads.has_key(k);
                let rank = any && tables.ranks.has_key(k);
                let form = any && tables.forms.has_key(k);
                if first_name || head || rank || form {
                    let end = word_end(text, i, para.end);
                    let word = &text[i..end];
                    if first_name && tables.first_names.contains(word) {
                        out.push(Place::FirstName(i));
                    } else if head && tables.heads.contains(without_possessive(word)) {
                        out.push(Place::Head(i));
                    } else if rank && tables.ranks.contains(word) {
                        out.push(Place::Rank(i));
                    } else if form && tables.forms.contains(word) {
                        out.push(Place::LegalForm(i));
                    }
                    i = end;
                    continue;
                }
            }
        } else if matches!(c, '"' | '„' | '“' | '«' | '»')
            && text[i + len..para.end]
                .chars()
                .next()
                .is_some_and(|n| n.is_uppercase() || n.is_ascii_digit())
        {
            // only a capital or a digit after a quote begins a name
            out.push(Place::Quote(i));
        }
        i += len;
    }
}

/// Where a single quote (`'` or `‘`) opens right before the capital at `at`: at the paragraph's start or after
/// white space or an opening bracket.
fn single_quote_before(bytes: &[u8], para_start: usize, at: usize) -> Option<usize> {
    let quote = if at > para_start && bytes[at - 1] == b'\'' {
        at - 1
    } else if at >= para_start + 3 && bytes[at - 3..at] == [0xE2, 0x80, 0x98] {
        at - 3
    } else {
        return None;
    };
    (quote == para_start || matches!(bytes[quote - 1], b' ' | b'\n' | b'\t' | b'(')).then_some(quote)
}

/// The high bit of each of eight bytes that may begin something: a capital A–Z, `"`, or a byte of a character
/// beyond ASCII (whose own test follows). Each test is on seven-bit values, so no byte carries into the next.
#[inline]
fn interesting(x: u64) -> u64 {
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let each = |b: u8| u64::from(b) * 0x0101_0101_0101_0101;
    let t = x & LOW;
    let at_least_a = (t + each(0x80 - b'A')) & HIGH;
    let beyond_z = (t + each(0x80 - b'Z' - 1)) & HIGH;
    let not_quote = ((t ^ each(b'"')) + LOW) & HIGH;
    (x & HIGH) | (at_least_a & !beyond_z) | (!not_quote & HIGH)
}

/// A place where a found name may begin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Place {
    /// A capitalised word that is a first name begins here.
    FirstName(usize),
    /// An opening quote is here, a capital or a digit after it.
    Quote(usize),
    /// A word that ends the names of organisations begins here (`Association`, `Technologies`).
    Head(usize),
    /// A capitalised word begins here after a word that may be a noun for an organisation (`die Firma Reveal`).
    AfterNoun(usize),
    /// A rank begins here (`Lt.`, `Commander`): a person's name may follow.
    Rank(usize),
    /// A capitalised word begins here after a word that may be an office (`topman Gerben Edelijn`, `CEO`,
    /// `Sprecherin`): a person's name whose first name no list has may begin here.
    AfterOffice(usize),
    /// A legal form begins here (`GmbH`, `AG`, `Inc.`, `B.V.`): a company's name may end before it.
    LegalForm(usize),
    /// A `K` or `W` and two or three more capitals begin here: a US station's call letters, perhaps.
    CallLetters(usize),
    /// Two capitals or more begin here, right after an opening bracket and a space: an acronym, perhaps.
    Bracketed(usize),
}

/// The words places are looked for by.
pub(super) struct Tables {
    pub first_names: &'static WordTable,
    pub heads: &'static WordTable,
    pub ranks: &'static WordTable,
    pub forms: &'static WordTable,
    /// The union of the four tables' beginnings ([`WordTable::union`]).
    pub any: &'static [u64],
    /// The last four bytes of the nouns for organisations, in small letters, sorted (`introduced::tails`).
    pub noun_tails: &'static [u32],
    /// The same of the offices before a person's name (`titled::office_tails`).
    pub office_tails: &'static [u32],
    /// A bit for the hash of each of the two tables' tails ([`tail_filter`]).
    pub tail_filter: &'static [u64; 64],
}

/// The last four bytes of each of `words` (lower case), a shorter word's with the space before it (` ceo`),
/// sorted and without repeats: a table for [`follows_noun`].
pub(super) fn tails<'a>(words: impl Iterator<Item = &'a str>) -> Vec<u32> {
    let mut tails: Vec<u32> = words
        .map(|word| {
            let spaced = format!(" {word}");
            let b = spaced.as_bytes();
            u32::from_le_bytes(b[b.len() - 4..].try_into().expect("four bytes"))
        })
        .collect();
    tails.sort_unstable();
    tails.dedup();
    tails
}

/// Whether the word that starts at byte `at` may follow a noun whose last four bytes are among `tails`: a
/// space before it, and the four bytes before the space, in small letters, one of them.
#[cfg(test)]
pub(super) fn follows_noun(bytes: &[u8], para_start: usize, at: usize, tails: &[u32]) -> bool {
    tail_before(bytes, para_start, at).is_some_and(|tail| tails.binary_search(&tail).is_ok())
}

/// The four bytes before the space before the word at `at`, in small letters, if a space stands there.
fn tail_before(bytes: &[u8], para_start: usize, at: usize) -> Option<u32> {
    if at < para_start + 5 || bytes[at - 1] != b' ' {
        return None;
    }
    Some(u32::from_le_bytes(bytes[at - 5..at - 1].try_into().expect("four bytes")) | 0x2020_2020)
}

/// Twelve bits of a tail's hash: the bit [`tail_filter`] keeps for it.
#[inline]
fn tail_hash(tail: u32) -> u32 {
    tail.wrapping_mul(0x9E37_79B1) >> 20
}

/// One bit of 4,096 for each tail of `tables`: most capitalised words follow a word that has none (`the`, `der`,
/// `said`), and one look-up rules them out of every table's binary search.
pub(super) fn tail_filter(tables: &[&[u32]]) -> [u64; 64] {
    let mut filter = [0u64; 64];
    for &tail in tables.iter().flat_map(|t| t.iter()) {
        let (word, bit) = filter_bit(tail);
        filter[word] |= bit;
    }
    filter
}

/// Whether `filter` ([`tail_filter`]) has the bit of `tail`.
#[inline]
fn in_filter(filter: &[u64; 64], tail: u32) -> bool {
    let (word, bit) = filter_bit(tail);
    filter[word] & bit != 0
}

/// The word and the bit of a tail's in a filter.
#[inline]
fn filter_bit(tail: u32) -> (usize, u64) {
    let h = tail_hash(tail);
    ((h >> 6) as usize, 1 << (h & 63))
}

/// A set of words with a table of their first four bytes: a look-up there rules out most capitalised words
/// more cheaply than reading them to their end and hashing them.
pub(super) struct WordTable {
    /// One bit per key ([`key`]) of the words' beginnings.
    beginnings: Vec<u64>,
    words: &'static FxHashSet<&'static str>,
}

/// Bits in the table of beginnings: 2²⁰, 128 KB (five bits of each of four bytes). Three bytes in 4 KB let
/// through so many capitalised words that reading and hashing them cost more.
const KEY_BITS: u32 = 20;

impl WordTable {
    pub fn new(words: &'static FxHashSet<&'static str>) -> WordTable {
        let mut beginnings = vec![0u64; 1 << (KEY_BITS - 6)];
        for word in words {
            let k = key(word.as_bytes());
            beginnings[k >> 6] |= 1 << (k & 63);
        }
        WordTable { beginnings, words }
    }

    /// Whether a word of the set may begin a capitalised word whose beginning's key ([`key`]) is `k`.
    fn has_key(&self, k: usize) -> bool {
        self.beginnings[k >> 6] & (1 << (k & 63)) != 0
    }

    /// The union of the tables' beginnings: one look-up for all of them at every capitalised word.
    pub fn union(tables: &[&WordTable]) -> Vec<u64> {
        let mut any = vec![0u64; 1 << (KEY_BITS - 6)];
        for table in tables {
            for (a, b) in any.iter_mut().zip(&table.beginnings) {
                *a |= b;
            }
        }
        any
    }

    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }
}

/// A number below 2^[`KEY_BITS`] for the beginning of a word: five bits of each of its first four bytes, or of
/// fewer where a byte that is no ASCII letter or digit ends it (`Ali said` and `Ali` alike). No hashing: a
/// build computes it for every capitalised word.
#[inline]
fn key(bytes: &[u8]) -> usize {
    let mut k = 0;
    for i in 0..4 {
        let b = bytes.get(i).copied().unwrap_or(b' ');
        let b = if b < 0x80 && !b.is_ascii_alphanumeric() {
            0
        } else {
            b & 0x1F
        };
        k = (k << 5) | usize::from(b);
        if b == 0 {
            return k << (5 * (3 - i));
        }
    }
    k
}

/// The stretch of `text[para]` from `start` that a name beginning there may take, with the word after it:
/// [`AFTER`] bytes, to the end of a word.
pub(super) fn after(text: &str, para: &Range<usize>, start: usize) -> Range<usize> {
    let mut to = (start + AFTER).min(para.end);
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let to = if to < para.end {
        word_end(text, to, para.end)
    } else {
        to
    };
    start..to
}

/// The character at byte `i` (a boundary) and its length; ASCII without decoding.
#[inline]
pub(super) fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.as_bytes()[i] {
        b if b < 0x80 => (b as char, 1),
        _ => text[i..].chars().next().map_or(('\0', 1), |c| (c, c.len_utf8())),
    }
}

fn char_before(text: &str, i: usize) -> char {
    text[..i].chars().next_back().unwrap_or(' ')
}

/// A word without an English possessive (`Mol's` → `Mol`, `Coalition’s` → `Coalition`).
pub(super) fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// Whether a word begins at `i`: no letter or digit right before it.
fn word_start(text: &str, para_start: usize, i: usize) -> bool {
    match text.as_bytes()[..i].last() {
        _ if i == para_start => true,
        Some(&b) if b < 0x80 => !b.is_ascii_alphanumeric(),
        _ => !char_before(text, i).is_alphanumeric(),
    }
}

/// The end of the word at `i`: letters and digits, with hyphens and apostrophes between them.
pub(super) fn word_end(text: &str, i: usize, limit: usize) -> usize {
    let mut i = i;
    while i < limit {
        let (c, len) = char_at(text, i);
        let joins = super::inner_joiner(c) && i + len < limit && char_at(text, i + len).0.is_alphanumeric();
        if !c.is_alphanumeric() && !joins {
            break;
        }
        i += len;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::interesting;

    #[test]
    fn eight_bytes_at_a_time_miss_no_capital_quote_or_other_character() {
        for b in 0u8..=255 {
            let wanted = b.is_ascii_uppercase() || b == b'"' || b >= 0x80;
            for at in 0..8 {
                let mut bytes = *b"abcdefgh";
                bytes[at] = b;
                let mask = interesting(u64::from_le_bytes(bytes));
                assert_eq!(mask != 0, wanted, "byte {b:#x} at {at}");
                if wanted {
                    assert_eq!(mask.trailing_zeros() / 8, at as u32, "byte {b:#x} at {at}");
                }
            }
        }
    }
}
