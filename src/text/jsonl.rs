//! JSON Lines: one article per line, a JSON object with at least `text` and optionally `id`, `title`, `date`,
//! `lang`, `url` and `outlet`, read a line at a time so that a file of any size is read in bounded memory.

use std::io::{BufRead, Read};

use serde::Deserialize;

use super::Document;
use super::decode::DecodeError;
use super::open::Stream;
use super::source::{Skip, SkipReason};

/// The fields of a JSONL line that gazegraph reads; others are ignored.
#[derive(Deserialize)]
struct Article {
    text: Option<serde_json::Value>,
    id: Option<serde_json::Value>,
    title: Option<String>,
    date: Option<String>,
    lang: Option<String>,
    url: Option<String>,
    outlet: Option<String>,
}

/// An article from one JSONL line (1-based `line`) of the source whose ids start with `stem`, and a warning
/// when the line had to be repaired to be read.
///
/// Python's `json.dumps` writes a lone UTF-16 surrogate (`"\ud800"`, half of a character cut in two) as it is,
/// which is not Unicode and which serde_json refuses: such an escape is read as U+FFFD, and the article kept.
pub fn parse_line(stem: &str, location: &str, line: u64, bytes: &[u8]) -> Result<(Document, Option<String>), Skip> {
    let skip = |reason| Skip {
        location: location.to_string(),
        line: Some(line),
        offset: None,
        reason,
    };
    let (article, warning): (Article, _) = match serde_json::from_slice(bytes) {
        Ok(article) => (article, None),
        Err(e) => match replace_lone_surrogates(bytes) {
            Some((repaired, count)) => {
                let article = serde_json::from_slice(&repaired).map_err(|e| skip(SkipReason::Json(e.to_string())))?;
                let warning = format!(
                    "{} lone UTF-16 surrogate escape{} (such as \\ud800, half of a character) read as U+FFFD",
                    count,
                    if count == 1 { "" } else { "s" }
                );
                (article, Some(warning))
            }
            None => return Err(skip(SkipReason::Json(e.to_string()))),
        },
    };
    let Some(serde_json::Value::String(text)) = article.text else {
        return Err(skip(SkipReason::NoText));
    };
    if text.trim().is_empty() {
        return Err(skip(SkipReason::Decode(DecodeError::Empty)));
    }
    let id = match article.id {
        Some(serde_json::Value::String(id)) if !id.trim().is_empty() => id.trim().to_string(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => format!("{stem}:{line}"),
    };
    let nonempty = |field: Option<String>| field.filter(|f| !f.trim().is_empty());
    let doc = Document {
        id,
        text,
        body_start: 0,
        title: nonempty(article.title),
        date: article.date.as_deref().and_then(super::normalize_date),
        lang: nonempty(article.lang),
        url: nonempty(article.url),
        outlet: nonempty(article.outlet),
    };
    Ok((doc, warning))
}

/// `bytes` with every `\uD800`–`\uDFFF` escape that is not half of a well-formed pair replaced by `\uFFFD` (of
/// the same length), and how many there were; `None` when there were none.
fn replace_lone_surrogates(bytes: &[u8]) -> Option<(Vec<u8>, usize)> {
    let surrogate = |at: usize| -> Option<u16> {
        let digits = bytes.get(at..at + 6)?;
        if digits[0] != b'\\' || digits[1] != b'u' {
            return None;
        }
        let unit = u16::from_str_radix(std::str::from_utf8(&digits[2..]).ok()?, 16).ok()?;
        (0xD800..=0xDFFF).contains(&unit).then_some(unit)
    };
    let mut out = bytes.to_vec();
    let mut count = 0;
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] != b'\\' {
            at += 1;
            continue;
        }
        match surrogate(at) {
            Some(high @ 0xD800..=0xDBFF) if surrogate(at + 6).is_some_and(|low| low >= 0xDC00) => {
                let _ = high;
                at += 12;
            }
            Some(_) => {
                out[at..at + 6].copy_from_slice(b"\\uFFFD");
                count += 1;
                at += 6;
            }
            // Any other escape: skip its backslash and the character after it, so that `\\u…` is not read.
            None => at += 2,
        }
    }
    (count > 0).then_some((out, count))
}

/// The longest JSONL line read: one article, however long, is far shorter, and a file without line breaks (an
/// archive or a dump misnamed `.jsonl`) must not be read into memory whole.
pub const MAX_LINE_BYTES: usize = 64 << 20;

/// Reads the lines of a JSONL source one at a time, so that a file of any size is read in bounded memory.
pub struct Lines {
    reader: Box<dyn Stream>,
    pub line: u64,
    buffer: Vec<u8>,
}

impl Lines {
    /// Reads the lines of `stream`; a source that is empty, binary or UTF-16 is refused as a whole, with one
    /// error rather than one per line.
    pub fn new(mut stream: Box<dyn Stream>) -> std::io::Result<Lines> {
        check_head(stream.fill_buf()?).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
        Ok(Lines::from_reader(stream))
    }

    fn from_reader(reader: Box<dyn Stream>) -> Lines {
        Lines {
            reader,
            line: 0,
            buffer: Vec::new(),
        }
    }

    /// The next line that is not blank, with its number, or `None` at the end. A line longer than
    /// [`MAX_LINE_BYTES`] is an error (at the line after `self.line`), and the rest of the source is not read.
    pub fn next_line(&mut self) -> std::io::Result<Option<(u64, Vec<u8>)>> {
        loop {
            self.buffer.clear();
            let limit = MAX_LINE_BYTES as u64 + 1;
            let read = Read::take(&mut self.reader, limit).read_until(b'\n', &mut self.buffer)?;
            if read == 0 {
                return Ok(None);
            }
            if read as u64 == limit && self.buffer.last() != Some(&b'\n') {
                self.buffer = Vec::new();
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!(
                        "a line longer than {} MiB is no article; the rest of the file was not read",
                        MAX_LINE_BYTES >> 20
                    ),
                ));
            }
            self.line += 1;
            let mut line = self.buffer.as_slice();
            if self.line == 1 {
                line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Ok(Some((self.line, line.to_vec())));
        }
    }
}

/// Refuses a JSONL file by its first bytes: empty, a binary format, NUL bytes, or UTF-16 (JSONL is UTF-8).
pub(crate) fn check_head(head: &[u8]) -> Result<(), DecodeError> {
    if head.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(head)
        && encoding != encoding_rs::UTF_8
    {
        return Err(DecodeError::Utf16Jsonl);
    }
    super::decode::sniff(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_become_replacement_characters_and_pairs_stay() {
        let line = br#"{"text": "Palantir \ud800 und \ud83d\ude00 und \\ud800 \udc00"}"#;
        let (doc, warning) = parse_line("f", "f.jsonl", 1, line).unwrap();
        assert_eq!(doc.text, "Palantir \u{FFFD} und \u{1F600} und \\ud800 \u{FFFD}");
        assert!(warning.unwrap().starts_with("2 lone"));
        assert_eq!(parse_line("f", "f.jsonl", 1, br#"{"text": "ok"}"#).unwrap().1, None);
    }
}
