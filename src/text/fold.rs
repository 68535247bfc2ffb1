//! Folding: the one normalisation that both the gazetteer's surface forms and the articles go through before
//! matching, so that `Amazon`, `AMAZON` and `amazon`, `Black-Lives-Matter` and `Black Lives Matter`, or
//! `Micro\u{AD}soft` with a soft hyphen all meet in the same automaton state.
//!
//! Matching runs over the folded bytes, but mentions must point into the text as the user has it. Folding is
//! therefore length-preserving wherever it can be (ASCII and most Latin, Greek and Cyrillic letters lower-case to
//! a letter of the same UTF-8 length, and `-`, tab and newline fold to a space), and records a sparse list of
//! [`Edit`]s where it cannot (runs of white space collapse to one space, invisible characters disappear,
//! decomposed letters compose, a few letters change length). A typical article produces a handful of edits, so
//! translating an offset back is a binary search in a short list and the common case costs nothing.
//!
//! What folding does, in order, per character:
//! - drops invisible characters that break names without being seen: soft hyphen, zero-width space, joiners,
//!   word joiner, byte-order mark;
//! - composes a letter and the combining marks after it (NFC), so a decomposed `Ü` matches a composed one;
//! - turns every run of white space (including no-break spaces) into one space, so that a name broken over
//!   lines still matches;
//! - turns every other character that is not a letter, digit or `_` (hyphens, dots, quotes, brackets) into as
//!   many spaces as it has bytes, so that `Black-Lives-Matter` meets `Black Lives Matter`, and a name can be
//!   recognised as starting a word by the space before it;
//! - lower-cases with Rust's Unicode case mapping when the lower case is one character; a letter whose lower
//!   case is several characters (`İ`) is kept as written.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::{simd, swar};

/// A letter without its accents: its canonical decomposition less the combining marks (`é` → `e`, `ñ` → `n`);
/// a letter with none (`ł`), or of a script without them, as it is. What both an id made from a name and the
/// press's spelling of a name without its accents take away.
pub fn without_marks(c: char) -> impl Iterator<Item = char> {
    std::iter::once(c).nfd().filter(|&m| !is_combining_mark(m))
}

/// A place where folded and original offsets stop moving in step.
///
/// Offsets at or after `at` in the folded text correspond to `at + start_shift` in the original. The one
/// exception is a match *ending* exactly at `at`, which uses `end_shift`: when invisible characters were dropped
/// at `at`, a mention that ends there should end before them, and one that starts there should start after them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edit {
    pub at: usize,
    pub start_shift: isize,
    pub end_shift: isize,
}

/// A reusable buffer holding the folded form of a text and the edits that map it back.
#[derive(Default, Debug)]
pub struct Folded {
    bytes: Vec<u8>,
    edits: Vec<Edit>,
    shift: isize,
}

impl Folded {
    /// The folded text.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The original offset of a folded offset at which something starts.
    pub fn start_to_original(&self, pos: usize) -> usize {
        let i = self.edits.partition_point(|e| e.at <= pos);
        match i {
            0 => pos,
            _ => pos.wrapping_add_signed(self.edits[i - 1].start_shift),
        }
    }

    /// The original offset of a folded offset at which something ends.
    pub fn end_to_original(&self, pos: usize) -> usize {
        let i = self.edits.partition_point(|e| e.at <= pos);
        match i {
            0 => pos,
            _ => {
                let edit = self.edits[i - 1];
                let shift = if edit.at == pos {
                    edit.end_shift
                } else {
                    edit.start_shift
                };
                pos.wrapping_add_signed(shift)
            }
        }
    }

    /// The edits of the last fold; empty when folded and original offsets agree everywhere.
    pub fn edits(&self) -> &[Edit] {
        &self.edits
    }

    /// Folds `text` into this buffer, replacing what it held.
    pub fn fold(&mut self, text: &str) {
        self.bytes.clear();
        self.edits.clear();
        self.shift = 0;
        self.bytes.reserve(text.len());
        self.run(text);
    }

    /// Folds `text` after one space: the matcher's patterns each begin with a space, so that they can only
    /// match at the start of a word, and this gives the text's first word one too. Offsets map back as usual
    /// (the space itself maps to nothing).
    pub fn fold_padded(&mut self, text: &str) {
        self.bytes.clear();
        self.edits.clear();
        self.bytes.reserve(text.len() + 1);
        self.bytes.push(b' ');
        self.shift = -1;
        self.record();
        self.run(text);
    }

    fn run(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Most text is printable ASCII with single spaces: fold it sixteen bytes at a time where the
            // processor allows (`simd`); find where the rest of such a run ends eight bytes at a time (`swar`),
            // then copy and fold it in one loop the compiler vectorises.
            i += simd::fold_plain(&bytes[i..], &mut self.bytes);
            let mut end = i;
            while let Some(x) = swar::word(bytes, end) {
                let spaces = swar::eq(x, b' ');
                // A space before another, or last in the word before white space or anything not plain, starts
                // a run for `special`.
                let next_special = bytes.get(end + 8).is_none_or(|&n| !is_plain(n) || n == b' ');
                let runs = (spaces & (spaces >> 8)) | (spaces & ((next_special as u64) << 63));
                let plain = swar::first(swar::not_printable(x) | runs);
                end += plain;
                if plain < 8 {
                    break;
                }
            }
            if end > i {
                let start = self.bytes.len();
                self.bytes.extend_from_slice(&bytes[i..end]);
                for b in &mut self.bytes[start..] {
                    *b = fold_printable(*b);
                }
                i = end;
            }
            while i < bytes.len() {
                let b = bytes[i];
                if !is_plain(b) || (b == b' ' && bytes.get(i + 1).is_none_or(|&n| !is_plain(n) || n == b' ')) {
                    break;
                }
                self.bytes.push(ASCII_FOLD[b as usize]);
                i += 1;
                if swar::word(bytes, i).is_some() {
                    break;
                }
            }
            if i < bytes.len() && !is_plain(bytes[i]) || bytes.get(i) == Some(&b' ') {
                i = self.special(text, i);
            }
        }
    }

    /// Folds the character at `i`, which is not plain ASCII, and returns where the next one starts.
    fn special(&mut self, text: &str, i: usize) -> usize {
        let bytes = text.as_bytes();
        let b = bytes[i];
        if b == b' ' {
            return self.space_run(text, i);
        }
        if b < 0x80 {
            if !is_space_byte(b) {
                // A control character: kept as it is.
                self.bytes.push(b);
                return i + 1;
            }
            // A tab or line break, perhaps after a space already folded: fold the whole run of white space.
            if i > 0 && bytes[i - 1] == b' ' && self.bytes.last() == Some(&b' ') {
                self.bytes.pop();
                return self.space_run(text, i - 1);
            }
            return self.space_run(text, i);
        }
        let c = text[i..].chars().next().expect("i is on a char boundary");
        let len = c.len_utf8();
        if may_start_combining(b) && is_combining_mark(c) && i > 0 {
            // A combining mark after a plain ASCII letter: compose them (`U` + U+0308 = `Ü`).
            let before = text[..i].chars().next_back().expect("i > 0");
            if before.is_ascii() && self.bytes.last() == Some(&ASCII_FOLD[before as usize]) {
                self.bytes.pop();
                return self.compose(text, i - 1);
            }
        }
        if is_invisible(c) {
            self.drop_original(len);
            i + len
        } else if c.is_whitespace() {
            if i > 0 && bytes[i - 1] == b' ' && self.bytes.last() == Some(&b' ') {
                self.bytes.pop();
                return self.space_run(text, i - 1);
            }
            self.space_run(text, i)
        } else if bytes.get(i + len).is_some_and(|&n| may_start_combining(n)) && next_is_combining(text, i + len) {
            self.compose(text, i)
        } else if is_hyphen(c) {
            // A Unicode hyphen is one space, like `-`, so `Black‐Lives` meets `Black Lives`.
            self.bytes.push(b' ');
            self.moved(len);
            i + len
        } else if b == 0xC3 && (0x80..=0x9E).contains(&bytes[i + 1]) && bytes[i + 1] != 0x97 {
            // Latin-1 capitals (À…Þ but ×) lower-case by one bit, keeping their length: the umlauts of German
            // and Dutch take this road.
            self.bytes.extend_from_slice(&[0xC3, bytes[i + 1] + 0x20]);
            i + 2
        } else if b == 0xC3 && bytes[i + 1] >= 0x9F && bytes[i + 1] != 0xB7 {
            // Latin-1 small letters have no case to fold.
            self.bytes.extend_from_slice(&bytes[i..i + 2]);
            i + 2
        } else if (b == 0xE2 && bytes[i + 1] == 0x80) || !c.is_alphanumeric() {
            // Punctuation and symbols (U+2000…U+203F holds the typographic quotes and dashes of German text)
            // separate words: one space per byte, so that offsets stay in step.
            self.bytes.resize(self.bytes.len() + len, b' ');
            i + len
        } else {
            self.push_lower(c, len);
            i + len
        }
    }

    /// Folds a run of white space starting at `start` into one space; returns where the run ends.
    fn space_run(&mut self, text: &str, start: usize) -> usize {
        let bytes = text.as_bytes();
        let mut end = start;
        while end < bytes.len() {
            if is_space_byte(bytes[end]) {
                end += 1;
                continue;
            }
            if bytes[end] < 0x80 {
                break;
            }
            match text[end..].chars().next() {
                Some(c) if c.is_whitespace() || is_invisible(c) => end += c.len_utf8(),
                _ => break,
            }
        }
        self.bytes.push(b' ');
        self.moved(end - start);
        end
    }

    /// Composes the character at `start` with the combining marks after it, then lower-cases the result.
    fn compose(&mut self, text: &str, start: usize) -> usize {
        let rest = &text[start..];
        let mut end = rest.chars().next().map_or(0, char::len_utf8);
        for c in rest[end..].chars() {
            if !is_combining_mark(c) {
                break;
            }
            end += c.len_utf8();
        }
        let before = self.bytes.len();
        for c in rest[..end].nfc() {
            self.push_lower_unrecorded(c);
        }
        let written = self.bytes.len() - before;
        self.shift += end as isize - written as isize;
        self.record();
        start + end
    }

    fn push_lower(&mut self, c: char, len: usize) {
        let written = self.push_lower_unrecorded(c);
        if written != len {
            self.moved_written(len, written);
        }
    }

    fn push_lower_unrecorded(&mut self, c: char) -> usize {
        let mut lower = c.to_lowercase();
        let c = match (lower.next(), lower.next()) {
            (Some(l), None) => l,
            _ => c,
        };
        let mut buf = [0; 4];
        let s = c.encode_utf8(&mut buf);
        self.bytes.extend_from_slice(s.as_bytes());
        s.len()
    }

    /// One byte was written for `original` bytes of input.
    fn moved(&mut self, original: usize) {
        if original != 1 {
            self.moved_written(original, 1);
        }
    }

    fn moved_written(&mut self, original: usize, written: usize) {
        self.shift += original as isize - written as isize;
        self.record();
    }

    /// `original` bytes of input were dropped without writing anything.
    fn drop_original(&mut self, original: usize) {
        let end_shift = self.shift;
        self.shift += original as isize;
        let at = self.bytes.len();
        match self.edits.last_mut() {
            Some(last) if last.at == at => last.start_shift = self.shift,
            _ => self.edits.push(Edit {
                at,
                start_shift: self.shift,
                end_shift,
            }),
        }
    }

    fn record(&mut self) {
        let at = self.bytes.len();
        let edit = Edit {
            at,
            start_shift: self.shift,
            end_shift: self.shift,
        };
        match self.edits.last_mut() {
            Some(last) if last.at == at => *last = edit,
            _ => self.edits.push(edit),
        }
    }
}

/// Folds a short string (a surface form) and returns the folded text.
pub fn fold(text: &str) -> String {
    let mut folded = Folded::default();
    folded.fold(text);
    String::from_utf8(folded.bytes).expect("folding writes whole characters")
}

/// Normalises everything but case, the way [`fold`] does, and yields the characters: two texts that yield the
/// same characters differ at most in letter case. Case-sensitive forms (acronyms) compare this way.
pub fn same_but_case(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut after_space = false;
    text.nfc().filter(|&c| !is_invisible(c)).flat_map(move |c| {
        let space = c.is_whitespace();
        let repeat = space && after_space;
        after_space = space;
        // as many spaces as folding writes: one for white space and hyphens, one per byte for other symbols
        let spaces = match c {
            _ if repeat => 0,
            _ if space || is_hyphen(c) => 1,
            _ if !(c.is_alphanumeric() || c == '_') => c.len_utf8(),
            _ => return [Some(c), None, None, None].into_iter().flatten(),
        };
        let mut out = [None; 4];
        out.iter_mut().take(spaces).for_each(|s| *s = Some(' '));
        out.into_iter().flatten()
    })
}

/// Characters that are not seen but can sit inside a name.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// [`ASCII_FOLD`] for printable ASCII, without branches or tables so that a loop over a slice vectorises.
fn fold_printable(b: u8) -> u8 {
    let upper = b.wrapping_sub(b'A') < 26;
    let word = upper | (b.wrapping_sub(b'a') < 26) | (b.wrapping_sub(b'0') < 10) | (b == b'_');
    if !word {
        b' '
    } else if upper {
        b | 0x20
    } else {
        b
    }
}

/// Unicode hyphens other than the ASCII one, which fold to one space as `-` does.
fn is_hyphen(c: char) -> bool {
    matches!(c, '\u{2010}' | '\u{2011}')
}

/// Printable ASCII and the space: what folds by table alone.
fn is_plain(b: u8) -> bool {
    (b' '..0x7F).contains(&b)
}

fn is_space_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0B' | b'\x0C')
}

/// Whether a UTF-8 sequence starting with `byte` may encode a combining mark: the Latin-1 block (lead bytes
/// 0xC2, 0xC3) and most European letters (up to 0xCB) never do, so the common case skips the lookup.
fn may_start_combining(byte: u8) -> bool {
    byte >= 0xCC
}

fn next_is_combining(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(is_combining_mark)
}

/// ASCII folding table: upper case to lower case, other printable characters but digits and `_` to a space;
/// white space is handled as runs, control characters kept.
static ASCII_FOLD: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        table[i] = if b.is_ascii_alphanumeric() || b == b'_' || b < 0x20 || b == 0x7F {
            b.to_ascii_lowercase()
        } else {
            b' '
        };
        i += 1;
    }
    table
};
