//! Reading a long text file (or standard input) in segments of whole paragraphs, decoding as it goes, so that a
//! document of any size is processed in bounded memory.
//!
//! The encoding is decided from the first 64 KiB as [`super::decode`] decides it for a whole file (byte-order
//! mark, else UTF-8 if they are UTF-8, perhaps damaged, else the given or guessed legacy encoding); later
//! malformed bytes become U+FFFD. Segments end after a blank line, so
//! paragraphs (and sentences, and names) are never cut; a paragraph longer than a segment, which real articles
//! do not have, is cut at a line break, or failing that at white space.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use encoding_rs::{Decoder, Encoding};

use super::decode::{DecodeError, detect, sniff};

/// How many bytes of the file decide its encoding.
const SNIFF_BYTES: usize = 64 << 10;
/// Bytes read from the file at a time.
const READ_BYTES: usize = 1 << 20;

/// A file (or any reader) being read segment by segment.
pub struct Segments {
    file: Box<dyn Read + Send>,
    decoder: Decoder,
    pending: String,
    raw: Vec<u8>,
    /// Decoded bytes handed out so far.
    consumed: usize,
    eof: bool,
    target: usize,
}

/// Why a long file cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Decode(#[from] DecodeError),
}

impl Segments {
    /// Opens `path` for segments of about `target` bytes; `fallback` is the encoding of non-UTF-8 text (guessed
    /// when `None`).
    pub fn open(path: &Path, target: usize, fallback: Option<&'static Encoding>) -> Result<Segments, StreamError> {
        Segments::from_reader(Box::new(File::open(path)?), target, fallback)
    }

    /// Reads `file` as [`Segments::open`] reads a file.
    pub fn from_reader(
        mut file: Box<dyn Read + Send>,
        target: usize,
        fallback: Option<&'static Encoding>,
    ) -> Result<Segments, StreamError> {
        let mut head = Vec::with_capacity(SNIFF_BYTES);
        (&mut file).take(SNIFF_BYTES as u64).read_to_end(&mut head)?;
        let (encoding, bom) = match Encoding::for_bom(&head) {
            Some(found) => found,
            None => {
                sniff(&head)?;
                (detect(&head, fallback), 0)
            }
        };
        let mut segments = Segments {
            file,
            decoder: encoding.new_decoder_without_bom_handling(),
            pending: String::new(),
            raw: Vec::with_capacity(READ_BYTES),
            consumed: 0,
            eof: false,
            target: target.max(1),
        };
        segments.decode(&head[bom..], false);
        Ok(segments)
    }

    fn decode(&mut self, bytes: &[u8], last: bool) {
        let needed = self
            .decoder
            .max_utf8_buffer_length(bytes.len())
            .unwrap_or(bytes.len() * 3 + 16);
        self.pending.reserve(needed);
        let (_, _, _) = self.decoder.decode_to_string(bytes, &mut self.pending, last);
    }

    /// The next segment: how many decoded bytes of the document come before it, and its text. `None` at the end.
    pub fn next_segment(&mut self) -> Result<Option<(usize, String)>, StreamError> {
        while !self.eof && self.pending.len() < 2 * self.target {
            self.raw.clear();
            let read = (&mut self.file).take(READ_BYTES as u64).read_to_end(&mut self.raw)?;
            let raw = std::mem::take(&mut self.raw);
            self.eof = read == 0;
            self.decode(&raw, self.eof);
            self.raw = raw;
        }
        if self.pending.is_empty() {
            return Ok(None);
        }
        let cut = if self.eof && self.pending.len() <= 2 * self.target {
            self.pending.len()
        } else {
            cut_point(&self.pending, self.target)
        };
        let rest = self.pending.split_off(cut);
        let segment = std::mem::replace(&mut self.pending, rest);
        let base = self.consumed;
        self.consumed += segment.len();
        Ok(Some((base, segment)))
    }
}

/// Where to end a segment of `text` (longer than `target`): after the last blank line before `target`, else
/// after the first one within another `target` bytes, else after the last line break, else after the last white
/// space there, else at `target`; never at 0, never inside a character.
fn cut_point(text: &str, target: usize) -> usize {
    let boundary = |mut at: usize| {
        at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let (near, far) = (boundary(target), boundary(target.saturating_mul(2)));
    if let Some(at) = blank_line_ends(&text[..near]).last() {
        return at;
    }
    if let Some(at) = blank_line_ends(&text[..far]).find(|&at| at > near) {
        return at;
    }
    let bytes = &text.as_bytes()[..far];
    if let Some(at) = memchr::memrchr2(b'\n', b'\r', bytes) {
        return at + 1;
    }
    if let Some((at, c)) = text[..far].char_indices().rev().find(|(_, c)| c.is_whitespace()) {
        return at + c.len_utf8();
    }
    if near == 0 { text.len() } else { near }
}

/// The offsets just after each blank line of `text` (a line holding only white space, after a line break;
/// CRLF is one break).
fn blank_line_ends(text: &str) -> impl DoubleEndedIterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    // (first byte of the break, first byte after it)
    let mut breaks: Vec<(usize, usize)> = Vec::new();
    for at in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        match breaks.last_mut() {
            Some(last) if bytes[at] == b'\n' && last.1 == at && bytes[at - 1] == b'\r' => last.1 = at + 1,
            _ => breaks.push((at, at + 1)),
        }
    }
    (1..breaks.len()).filter_map(move |i| {
        let (start, end) = (breaks[i - 1].1, breaks[i].0);
        text[start..end].trim().is_empty().then_some(breaks[i].1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_end_after_blank_lines_and_cover_the_text() {
        let paragraph = "Palantir runs on AWS. ICE relies on Palantir.\n";
        let text: String = (0..200).map(|i| format!("{i}: {paragraph}\n")).collect();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("long.txt");
        std::fs::write(&path, &text).unwrap();
        let mut segments = Segments::open(&path, 1000, None).unwrap();
        let mut joined = String::new();
        let mut count = 0;
        while let Some((base, segment)) = segments.next_segment().unwrap() {
            assert_eq!(base, joined.len());
            assert!(
                segment.ends_with("\n\n") || joined.len() + segment.len() == text.len(),
                "{segment:?}"
            );
            joined.push_str(&segment);
            count += 1;
        }
        assert_eq!(joined, text);
        assert!(count > 5, "{count} segments");
    }

    #[test]
    fn cuts_fall_back_to_lines_then_spaces() {
        // the last blank line before the target, else the first after it
        assert_eq!(cut_point("a\n\nb\n\nccccccc", 6), 6);
        assert_eq!(cut_point("aaaaaa\n\nbb", 5), 8);
        assert_eq!(cut_point("a b\r\n\r\nc d", 4), 7);
        // no blank line: the last line break, then white space, then a character boundary
        assert_eq!(cut_point("a b\nc d\ne f", 4), 8);
        assert_eq!(cut_point("ab cd ef", 4), 6);
        assert_eq!(cut_point("äöüäöü", 5), 4);
    }
}
