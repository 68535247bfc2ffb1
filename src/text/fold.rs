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
//! - turns every run of white space (including no-break spaces) into one space, and hyphens into spaces, so
//!   that a name broken over lines or written as a hyphenated compound still matches;
//! - lower-cases with Rust's Unicode case mapping when the lower case is one character; a letter whose lower
//!   case is several characters (`İ`) is kept as written.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

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
    /// The folded text. It is valid UTF-8 (folding only writes whole characters).
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
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if is_space_byte(b) {
                    i = self.space_run(text, i);
                } else if bytes.get(i + 1).is_some_and(|&n| n >= 0x80) && next_is_combining(text, i + 1) {
                    i = self.compose(text, i);
                } else {
                    self.bytes.push(ASCII_FOLD[b as usize]);
                    i += 1;
                }
                continue;
            }
            let c = text[i..].chars().next().expect("i is on a char boundary");
            let len = c.len_utf8();
            if is_invisible(c) {
                self.drop_original(len);
                i += len;
            } else if c.is_whitespace() {
                i = self.space_run(text, i);
            } else if next_is_combining(text, i + len) {
                i = self.compose(text, i);
            } else if is_dash(c) {
                self.bytes.push(b' ');
                self.moved(len);
                i += len;
            } else {
                self.push_lower(c, len);
                i += len;
            }
        }
    }

    /// Folds a run of white space starting at `start` into one space; returns where the run ends.
    fn space_run(&mut self, text: &str, start: usize) -> usize {
        let rest = &text[start..];
        let run = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_whitespace() || is_invisible(c)))
            .map_or(rest.len(), |(at, _)| at);
        self.bytes.push(b' ');
        self.moved(run);
        start + run
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
    text.nfc().filter(|&c| !is_invisible(c)).filter_map(move |c| {
        let space = c.is_whitespace();
        let repeat = space && after_space;
        after_space = space;
        match c {
            _ if repeat => None,
            _ if space || c == '-' || is_dash(c) => Some(' '),
            _ => Some(c),
        }
    })
}

/// Characters that are not seen but can sit inside a name.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// Unicode hyphens other than the ASCII one, which fold to a space as `-` does.
fn is_dash(c: char) -> bool {
    matches!(c, '\u{2010}' | '\u{2011}')
}

fn is_space_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0B' | b'\x0C')
}

fn next_is_combining(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(is_combining_mark)
}

/// ASCII folding table: upper case to lower case, `-` to a space; white space is handled as runs.
static ASCII_FOLD: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        table[i] = (i as u8).to_ascii_lowercase();
        i += 1;
    }
    table[b'-' as usize] = b' ';
    table
};
