//! Web archives (WARC, ISO 28500), as news crawls publish them: the HTML pages of `response` records (and of
//! `resource` records), each with its URL and date; everything else is counted by kind.
//!
//! A record is a `WARC/1.x` line, named fields (`WARC-Type`, `WARC-Target-URI`, `WARC-Date`,
//! `Content-Length`, …), a blank line, `Content-Length` bytes of block, and two CRLFs; a response's block is
//! the HTTP response (`httparse` reads its status and headers). The records are read one at a time, holding one
//! record's block at most ([`MAX_RECORD_BYTES`]; larger ones are read past, not held), so a crawl of any size
//! is read in bounded memory.
//!
//! The `warc` crate reads records too, but it reads a header (and a body) with unbounded `read_until`, says
//! nothing of where a record was, and leaves the stream wherever an error stopped it. Here a record cut off or
//! corrupt is an error at its byte offset (of the record in a `.warc`, of its gzip member in a `.warc.gz`, as
//! crawl indexes give them), and reading goes on at the next record: after a `Content-Length` that does not
//! match, at the next `WARC/1.` line (inside the block if the length was too long); after corrupt gzip, at
//! the next gzip member.

use std::io::{self, BufRead, Read};

use super::html::Hints;
use super::open::Stream;

/// The largest record block held; a larger one (a video, an archive) is read past and counted.
pub const MAX_RECORD_BYTES: u64 = 64 << 20;
/// The longest header line, and the most header lines, of a record.
const MAX_HEADER_LINE: u64 = 64 << 10;
const MAX_HEADER_LINES: usize = 256;

/// What a record holds.
#[derive(Debug)]
pub enum Record {
    /// An HTML page: the HTTP body, and the record's URL, date and charset.
    Page { offset: u64, hints: Hints, body: Vec<u8> },
    /// Anything that is not an article, by kind (`request records`, `robots.txt`, `image/jpeg responses`,
    /// `HTTP 404 responses`, …).
    Other { offset: u64, kind: String },
}

/// A record that could not be read, at its byte offset.
#[derive(Debug, PartialEq, Eq)]
pub struct RecordError {
    pub offset: u64,
    pub message: String,
}

/// The records of a WARC stream, read one at a time.
pub struct Records {
    input: Input,
    done: bool,
    /// After an error: the next record is looked for line by line.
    lost: bool,
}

impl Records {
    pub fn new(stream: Box<dyn Stream>) -> Records {
        Records {
            input: Input {
                pending: Vec::new(),
                pending_at: 0,
                pending_offset: 0,
                stream,
            },
            done: false,
            lost: false,
        }
    }

    /// Bytes of the input (compressed, for gzip) read so far.
    pub fn consumed(&self) -> u64 {
        self.input.stream.consumed()
    }

    /// The next record, an error, or `None` at the end.
    pub fn next_record(&mut self) -> Option<Result<Record, RecordError>> {
        if self.done {
            return None;
        }
        let result = self.read_record();
        match result {
            Ok(Some(record)) => Some(Ok(record)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err((error, recover)) => {
                match recover {
                    Recover::Stop => self.done = true,
                    Recover::Scan => self.lost = true,
                    Recover::Resync => {
                        self.done = !self.input.stream.resync();
                        self.lost = true;
                    }
                }
                Some(Err(error))
            }
        }
    }

    fn read_record(&mut self) -> Result<Option<Record>, (RecordError, Recover)> {
        let input = &mut self.input;
        // Blank lines between records, and after an error everything up to the next `WARC/` line.
        let offset = loop {
            let offset = input.offset();
            let line = match input.line(MAX_HEADER_LINE) {
                Ok(Some(line)) => line,
                Ok(None) => return Ok(None),
                Err(e) => return Err(io_error(offset, e, input)),
            };
            if line.starts_with(b"WARC/") {
                self.lost = false;
                break offset;
            }
            if !self.lost && !line.iter().all(u8::is_ascii_whitespace) {
                let error = RecordError {
                    offset,
                    message: "not a WARC record (no `WARC/` line); looking for the next one".into(),
                };
                return Err((error, Recover::Scan));
            }
        };
        let corrupt = |message: String| (RecordError { offset, message }, Recover::Scan);
        let mut fields = Vec::new();
        loop {
            let line = match input.line(MAX_HEADER_LINE) {
                Ok(Some(line)) => line,
                Ok(None) => return Err(cut_off(offset, "in its header")),
                Err(e) => return Err(io_error(offset, e, input)),
            };
            if line.iter().all(u8::is_ascii_whitespace) {
                break;
            }
            if fields.len() == MAX_HEADER_LINES {
                return Err(corrupt(format!("a header of more than {MAX_HEADER_LINES} lines")));
            }
            let text = String::from_utf8_lossy(&line);
            let Some((name, value)) = text.split_once(':') else {
                return Err(corrupt(format!("a header line without a name: {:?}", text.trim())));
            };
            fields.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
        let field = |name: &str| fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
        let Some(length) = field("content-length").and_then(|v| v.parse::<u64>().ok()) else {
            return Err(corrupt("no valid Content-Length".into()));
        };
        let kind = field("warc-type").unwrap_or("unknown").to_ascii_lowercase();
        if length > MAX_RECORD_BYTES {
            return match io::copy(&mut (&mut *input).take(length), &mut io::sink()) {
                Ok(n) if n == length => {
                    input.trailer();
                    Ok(Some(Record::Other {
                        offset,
                        kind: format!("records over {} MiB", MAX_RECORD_BYTES >> 20),
                    }))
                }
                Ok(_) => Err(cut_off(offset, "in its block")),
                Err(e) => Err(io_error(offset, e, input)),
            };
        }
        let block_start = input.offset();
        let mut block = Vec::with_capacity(length as usize);
        match (&mut *input).take(length).read_to_end(&mut block) {
            Ok(n) if n as u64 == length => {}
            Ok(n) => {
                // A length too long swallows the records after it: they are looked for in what was read.
                if memchr::memmem::find(&block, b"\r\nWARC/1.").is_some() {
                    input.unread(block_start + 1, block.split_off(1));
                    let message = format!("its Content-Length ({length}) runs past the record's end");
                    return Err((RecordError { offset, message }, Recover::Scan));
                }
                let message = format!("cut off: the record says {length} bytes, the input ends after {n}");
                return Err((RecordError { offset, message }, Recover::Stop));
            }
            Err(e) => return Err(io_error(offset, e, input)),
        }
        if !input.trailer() {
            // The length was wrong: the next record is looked for from the block's second byte on.
            let rest = if block.is_empty() {
                Vec::new()
            } else {
                block.split_off(1)
            };
            input.unread(block_start + 1, rest);
            let message = format!("its Content-Length ({length}) does not match its content");
            return Err((RecordError { offset, message }, Recover::Scan));
        }
        let url = field("warc-target-uri").map(|u| u.trim_matches(['<', '>']).to_string());
        let date = field("warc-date").map(String::from);
        let record = match kind.as_str() {
            "response" => response(offset, &block, url, date),
            "resource" if field("content-type").is_some_and(is_html) => Record::Page {
                offset,
                hints: Hints {
                    url,
                    date,
                    charset: field("content-type").and_then(charset),
                },
                body: block,
            },
            "resource" => Record::Other {
                offset,
                kind: format!("{} resources", mime(field("content-type").unwrap_or("unknown"))),
            },
            _ => Record::Other {
                offset,
                kind: format!("{kind} records"),
            },
        };
        Ok(Some(record))
    }
}

/// How to go on after an error.
enum Recover {
    Stop,
    /// Look for the next `WARC/` line.
    Scan,
    /// Corrupt compressed data: go on at the next gzip member.
    Resync,
}

fn cut_off(offset: u64, place: &str) -> (RecordError, Recover) {
    let message = format!("cut off {place}: the input ends");
    (RecordError { offset, message }, Recover::Stop)
}

fn io_error(offset: u64, e: io::Error, input: &Input) -> (RecordError, Recover) {
    if e.kind() == io::ErrorKind::UnexpectedEof {
        return cut_off(offset, "(the compressed data ends early)");
    }
    let recover = if input.stream.compressed() {
        Recover::Resync
    } else {
        Recover::Stop
    };
    (
        RecordError {
            offset,
            message: format!("cannot read: {e}"),
        },
        recover,
    )
}

/// A response record: a page when its HTTP status is 200 and its content type HTML.
fn response(offset: u64, block: &[u8], url: Option<String>, date: Option<String>) -> Record {
    let other = |kind: String| Record::Other { offset, kind };
    let mut headers = [httparse::EMPTY_HEADER; 128];
    let mut http = httparse::Response::new(&mut headers);
    let Ok(httparse::Status::Complete(body_start)) = http.parse(block) else {
        return other("responses without a readable HTTP header".into());
    };
    let header = |name: &str| {
        http.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).into_owned())
    };
    let content_type = header("content-type").unwrap_or_default();
    if url.as_deref().is_some_and(|u| u.ends_with("/robots.txt")) {
        return other("robots.txt".into());
    }
    match http.code {
        Some(200) => {}
        Some(code) => return other(format!("HTTP {code} responses")),
        None => return other("responses without a status".into()),
    }
    if !is_html(&content_type) {
        return other(format!("{} responses", mime(&content_type)));
    }
    let mut body = block[body_start..].to_vec();
    if header("transfer-encoding").is_some_and(|t| t.eq_ignore_ascii_case("chunked")) {
        body = dechunk(&body).unwrap_or(body);
    }
    if header("content-encoding").is_some_and(|e| e.eq_ignore_ascii_case("gzip")) {
        let mut decoded = Vec::new();
        let limit = MAX_RECORD_BYTES * 2;
        if flate2::read::MultiGzDecoder::new(body.as_slice())
            .take(limit)
            .read_to_end(&mut decoded)
            .is_ok()
        {
            body = decoded;
        }
    }
    Record::Page {
        offset,
        hints: Hints {
            url,
            date,
            charset: charset(&content_type),
        },
        body,
    }
}

/// An HTTP body sent in chunks, joined; `None` when it is not well-formed.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let line_end = memchr::memchr(b'\n', body)?;
        let size_text = std::str::from_utf8(&body[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        body = &body[line_end + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?;
        body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))
            .unwrap_or(body);
    }
}

fn mime(content_type: &str) -> String {
    let mime = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if mime.is_empty() { "untyped".into() } else { mime }
}

fn is_html(content_type: &str) -> bool {
    matches!(mime(content_type).as_str(), "text/html" | "application/xhtml+xml")
}

fn charset(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches('"').to_string())
    })
}

/// The stream, after bytes put back.
struct Input {
    pending: Vec<u8>,
    pending_at: usize,
    /// The offset of the first pending byte (in an uncompressed input).
    pending_offset: u64,
    stream: Box<dyn Stream>,
}

impl Input {
    fn offset(&mut self) -> u64 {
        if self.pending_at < self.pending.len() && !self.stream.compressed() {
            self.pending_offset + self.pending_at as u64
        } else {
            self.stream.offset()
        }
    }

    /// Puts `bytes`, the first of which was at offset `first`, back in front of the stream.
    fn unread(&mut self, first: u64, bytes: Vec<u8>) {
        let mut rest = self.pending.split_off(self.pending_at);
        self.pending = bytes;
        self.pending.append(&mut rest);
        self.pending_at = 0;
        self.pending_offset = first;
    }

    /// The next line (with its line break), at most `limit` bytes; `None` at the end.
    fn line(&mut self, limit: u64) -> io::Result<Option<Vec<u8>>> {
        let mut line = Vec::new();
        let n = (&mut *self).take(limit).read_until(b'\n', &mut line)?;
        Ok((n > 0).then_some(line))
    }

    /// Reads the two CRLFs that end a record; false when something else is there (nothing at the very end is
    /// forgiven).
    fn trailer(&mut self) -> bool {
        let mut end = Vec::with_capacity(4);
        match (&mut *self).take(4).read_to_end(&mut end) {
            // Short only at the very end of the input, which is forgiven.
            Ok(_) if b"\r\n\r\n".starts_with(&end) => true,
            Ok(_) => {
                // (In a compressed input, offsets are its members', and this one is not used.)
                let offset = self.offset().saturating_sub(end.len() as u64);
                self.unread(offset, end);
                false
            }
            Err(_) => false,
        }
    }
}

impl Read for Input {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Input {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pending_at < self.pending.len() {
            return Ok(&self.pending[self.pending_at..]);
        }
        self.stream.fill_buf()
    }

    fn consume(&mut self, n: usize) {
        if self.pending_at < self.pending.len() {
            self.pending_at += n;
            if self.pending_at >= self.pending.len() {
                self.pending.clear();
                self.pending_at = 0;
            }
        } else {
            self.stream.consume(n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies_and_content_types() {
        assert_eq!(
            dechunk(b"5\r\nHello\r\n7;x=1\r\n, world\r\n0\r\n\r\n").unwrap(),
            b"Hello, world"
        );
        assert_eq!(dechunk(b"zz\r\n"), None);
        assert_eq!(
            charset("text/html; charset=\"ISO-8859-1\"").as_deref(),
            Some("ISO-8859-1")
        );
        assert!(is_html("Text/HTML;charset=utf-8"));
        assert_eq!(mime(""), "untyped");
    }
}
