//! Opening a source: a file, a pipe or standard input, decompressed when it is gzip (whatever its name says),
//! and its format found from its content when its name does not give it.
//!
//! Every reader of articles starts here, so that what an input is and how it is read is decided in one place:
//! [`super::source`] finds the sources and what their names say, this module opens them, and the readers of
//! each format ([`super::jsonl`], [`super::warc`], [`super::html`], text) take the stream it gives.
//!
//! Gzip is read one member at a time (as `flate2`'s multi-member decoder does, which crawls need: a `.warc.gz`
//! is one member per record), keeping where each member starts, so that a WARC record is reported at the byte
//! offset a crawl's index gives it, and a corrupt member can be stepped over to the next one.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};

use encoding_rs::Encoding;
use flate2::bufread::GzDecoder;

use super::Document;
use super::decode::{DecodeError, decode};
use super::html::{self, Hints, MAX_PAGE_BYTES, PageError};
use super::source::{Format, SkipReason, Source};

/// Bytes read from a file at a time.
const BUFFER_BYTES: usize = 1 << 20;
/// The first bytes of a gzip member (magic and the deflate method).
const GZIP_MAGIC: [u8; 3] = [0x1F, 0x8B, 0x08];

/// A source's bytes (decompressed), and where they come from.
pub trait Stream: BufRead + Send {
    /// The byte offset to report for the next byte: its offset in the file for uncompressed input, the offset
    /// of the gzip member it is in for compressed input.
    fn offset(&mut self) -> u64;
    /// After corrupt compressed data, goes on at the next gzip member; false when the input is not compressed
    /// or has no further member.
    fn resync(&mut self) -> bool {
        false
    }
    /// Whether the input is gzip.
    fn compressed(&self) -> bool {
        false
    }
    /// Bytes of the input (compressed, for gzip) read so far, for progress.
    fn consumed(&self) -> u64;
}

/// An opened source.
pub struct Opened {
    /// Its format: as its name says, else as its first bytes say.
    pub format: Format,
    pub stream: Box<dyn Stream>,
}

/// Opens a source (a named FIFO blocks here until it has a writer).
pub fn open(source: &Source) -> io::Result<Opened> {
    let (raw, size): (Box<dyn Read + Send>, Option<u64>) = match &source.path {
        Some(path) => {
            let file = File::open(path)?;
            let size = file.metadata().ok().filter(|m| m.is_file()).map(|m| m.len());
            (Box::new(file), size)
        }
        None => (Box::new(io::stdin()), None),
    };
    open_sized(raw, source.format, size)
}

/// Opens `raw` as [`open`] opens a source whose name says `format` (`None`: its content says).
pub fn open_reader(raw: Box<dyn Read + Send>, format: Option<Format>) -> io::Result<Opened> {
    open_sized(raw, format, None)
}

/// [`open_reader`] for a source of `size` bytes, when known: a reader behind `dyn Read` has its buffer zeroed
/// before the first read, so a small article gets a small buffer (a 5 KB file and a 1 MiB buffer cost a memset
/// two hundred times its size, a twentieth of a build's time on a folder of articles).
fn open_sized(raw: Box<dyn Read + Send>, format: Option<Format>, size: Option<u64>) -> io::Result<Opened> {
    let capacity = size.map_or(BUFFER_BYTES, |n| {
        (n as usize).saturating_add(1).clamp(8 << 10, BUFFER_BYTES)
    });
    let mut plain = BufReader::with_capacity(capacity, Counting { inner: raw, count: 0 });
    let mut stream: Box<dyn Stream> = if plain.fill_buf()?.starts_with(&GZIP_MAGIC) {
        Box::new(BufReader::with_capacity(BUFFER_BYTES, Members::new(plain)))
    } else {
        Box::new(plain)
    };
    let format = match format {
        Some(format) => format,
        None => sniff(stream.fill_buf()?),
    };
    Ok(Opened { format, stream })
}

/// A one-article source (text or a web page), read.
pub enum One {
    /// The document, and how many bytes it was read from.
    Whole(Document, u64),
    /// A text too long to hold, to be read in segments: the stream, with what was read of it put back in front.
    Long(Box<dyn Read + Send>),
}

/// Reads the one article of `stream` (a text over `longer_than` bytes is left to be read in segments), with
/// the id `id`.
pub fn read_one(
    id: String,
    format: Format,
    mut stream: Box<dyn Stream>,
    encoding: Option<&'static Encoding>,
    longer_than: u64,
) -> Result<One, SkipReason> {
    let limit = match format {
        Format::Html => MAX_PAGE_BYTES as u64,
        _ => longer_than,
    };
    let mut bytes = Vec::new();
    (&mut stream)
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| SkipReason::Io(e.to_string()))?;
    let size = stream.consumed();
    if bytes.len() as u64 > limit {
        return match format {
            Format::Html => Err(PageError::TooLarge.into()),
            _ => Ok(One::Long(Box::new(io::Cursor::new(bytes).chain(stream)))),
        };
    }
    let doc = match format {
        Format::Html => html::page(id, &bytes, &Hints::default(), encoding)?,
        _ => text_document(id, bytes, encoding)?,
    };
    Ok(One::Whole(doc, size))
}

/// A text article from raw bytes.
pub fn text_document(id: String, bytes: Vec<u8>, encoding: Option<&'static Encoding>) -> Result<Document, DecodeError> {
    let decoded = decode(bytes, encoding)?;
    Ok(Document::from_text(id, decoded.text))
}

/// The format of content whose name does not say: JSONL when its first non-blank byte is `{`, WARC when it
/// starts with `WARC/`, HTML when it starts with a tag and has an `<html`, `<head` or `<body` (or a doctype)
/// early on, else text.
pub fn sniff(head: &[u8]) -> Format {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let head = &head[start..];
    if head.starts_with(b"{") {
        return Format::Jsonl;
    }
    if head.starts_with(b"WARC/") {
        return Format::Warc;
    }
    if head.starts_with(b"<") {
        let early = &head[..head.len().min(4096)];
        let has = |tag: &[u8]| early.windows(tag.len()).any(|w| w.eq_ignore_ascii_case(tag));
        if has(b"<!doctype html") || has(b"<html") || has(b"<head") || has(b"<body") {
            return Format::Html;
        }
    }
    Format::Text
}

/// A reader that counts the bytes read from it.
struct Counting {
    inner: Box<dyn Read + Send>,
    count: u64,
}

impl Read for Counting {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        Ok(n)
    }
}

impl Stream for BufReader<Counting> {
    fn offset(&mut self) -> u64 {
        self.get_ref().count - self.buffer().len() as u64
    }

    fn consumed(&self) -> u64 {
        self.get_ref().count - self.buffer().len() as u64
    }
}

/// Gzip members one after the other, decompressed, with where each starts.
struct Members {
    /// The member being read, or the compressed input between members.
    state: State,
    /// Decompressed bytes handed out so far.
    produced: u64,
    /// (decompressed offset, compressed offset) of the latest members' starts, oldest first.
    starts: VecDeque<(u64, u64)>,
}

enum State {
    Member(GzDecoder<BufReader<Counting>>),
    Between(BufReader<Counting>),
    /// Only while switching.
    Gone,
}

/// Member starts remembered: enough for the records a reader's buffer spans.
const STARTS_KEPT: usize = 4096;

impl Members {
    fn new(input: BufReader<Counting>) -> Members {
        let mut members = Members {
            state: State::Between(input),
            produced: 0,
            starts: VecDeque::new(),
        };
        members.start_member();
        members
    }

    /// Starts decoding the member at the input's position.
    fn start_member(&mut self) {
        if let State::Between(input) = std::mem::replace(&mut self.state, State::Gone) {
            let at = input.get_ref().count - input.buffer().len() as u64;
            if self.starts.len() == STARTS_KEPT {
                self.starts.pop_front();
            }
            self.starts.push_back((self.produced, at));
            self.state = State::Member(GzDecoder::new(input));
        }
    }

    /// The compressed offset of the member holding decompressed byte `at`.
    fn member_of(&self, at: u64) -> u64 {
        self.starts
            .iter()
            .rev()
            .find(|(produced, _)| *produced <= at)
            .or(self.starts.front())
            .map_or(0, |&(_, compressed)| compressed)
    }
}

impl Read for Members {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            match &mut self.state {
                State::Member(decoder) => {
                    let n = decoder.read(buf).map_err(|e| {
                        let what = if e.kind() == io::ErrorKind::UnexpectedEof {
                            "cut off"
                        } else {
                            "corrupt"
                        };
                        io::Error::new(e.kind(), format!("the gzip data is {what} ({e})"))
                    })?;
                    if n > 0 || buf.is_empty() {
                        self.produced += n as u64;
                        return Ok(n);
                    }
                    let State::Member(decoder) = std::mem::replace(&mut self.state, State::Gone) else {
                        unreachable!()
                    };
                    self.state = State::Between(decoder.into_inner());
                }
                State::Between(input) => {
                    if input.fill_buf()?.is_empty() {
                        return Ok(0);
                    }
                    self.start_member();
                }
                State::Gone => return Ok(0),
            }
        }
    }
}

impl Stream for BufReader<Members> {
    fn offset(&mut self) -> u64 {
        // With nothing buffered, the next byte may be in a member not yet started: start it (an error here
        // comes again on reading).
        if self.buffer().is_empty() {
            let _ = self.fill_buf();
        }
        let members = self.get_ref();
        members.member_of(members.produced - self.buffer().len() as u64)
    }

    fn resync(&mut self) -> bool {
        let buffered = self.buffer().len();
        self.consume(buffered);
        let members = self.get_mut();
        let mut input = match std::mem::replace(&mut members.state, State::Gone) {
            State::Member(decoder) => decoder.into_inner(),
            State::Between(input) => input,
            State::Gone => return false,
        };
        // The next member starts at the next magic; the damaged one's own, if the decoder stopped before it read
        // any of it, is stepped over.
        let damaged = members.starts.back().map(|&(_, compressed)| compressed);
        let mut skip_first = damaged == Some(input.get_ref().count - input.buffer().len() as u64);
        loop {
            let (found, length) = match input.fill_buf() {
                Ok([]) | Err(_) => {
                    members.state = State::Between(input);
                    return false;
                }
                Ok(bytes) => {
                    let from = usize::from(skip_first && bytes.starts_with(&GZIP_MAGIC));
                    let found = memchr::memmem::find(&bytes[from..], &GZIP_MAGIC).map(|at| from + at);
                    (found, bytes.len())
                }
            };
            skip_first = false;
            match found {
                Some(at) => {
                    input.consume(at);
                    members.state = State::Between(input);
                    members.start_member();
                    return true;
                }
                // Keep the last two bytes: a magic may straddle the buffer's end.
                None if length > 2 => input.consume(length - 2),
                None => input.consume(length),
            }
        }
    }

    fn compressed(&self) -> bool {
        true
    }

    fn consumed(&self) -> u64 {
        match &self.get_ref().state {
            State::Member(decoder) => decoder.get_ref().consumed(),
            State::Between(input) => input.consumed(),
            State::Gone => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    #[test]
    fn formats_are_sniffed_from_content() {
        assert_eq!(sniff(b"\xEF\xBB\xBF  {\"text\": 1}"), Format::Jsonl);
        assert_eq!(sniff(b"WARC/1.0\r\n"), Format::Warc);
        assert_eq!(sniff(b"<!DOCTYPE html><p>x"), Format::Html);
        assert_eq!(sniff(b"\n<html lang=de>"), Format::Html);
        assert_eq!(sniff(b"<b>bold</b> text"), Format::Text);
        assert_eq!(sniff(b"Palantir"), Format::Text);
    }

    #[test]
    fn members_are_read_in_turn_with_their_offsets_and_a_corrupt_one_is_stepped_over() {
        let (a, b, c) = (gzip(b"first\n"), gzip(b"second\n"), gzip(b"third\n"));
        let mut damaged = b.clone();
        let middle = damaged.len() / 2;
        damaged[middle..middle + 3].copy_from_slice(b"\xFF\xFF\xFF");
        let whole = [a.clone(), b.clone(), c.clone()].concat();
        let opened = open_reader(Box::new(io::Cursor::new(whole)), None).unwrap();
        assert_eq!(opened.format, Format::Text);
        let mut stream = opened.stream;
        let mut offsets = Vec::new();
        let mut text = String::new();
        loop {
            let at = stream.offset();
            let mut line = String::new();
            if stream.read_line(&mut line).unwrap() == 0 {
                break;
            }
            offsets.push(at);
            text.push_str(&line);
        }
        assert_eq!(text, "first\nsecond\nthird\n");
        assert_eq!(offsets, [0, a.len() as u64, (a.len() + b.len()) as u64]);

        let mut stream = open_reader(Box::new(io::Cursor::new([a, damaged, c].concat())), None)
            .unwrap()
            .stream;
        let mut text = String::new();
        let mut failures = 0;
        loop {
            let mut line = String::new();
            match stream.read_line(&mut line) {
                Ok(0) => break,
                Ok(_) => text.push_str(&line),
                Err(_) => {
                    failures += 1;
                    if !stream.resync() {
                        break;
                    }
                }
            }
        }
        assert_eq!((text.as_str(), failures), ("first\nthird\n", 1));
    }
}
