//! Text: finding the articles in the inputs, reading them in whatever form they come (text, JSON Lines, web
//! pages, web archives, gzip), decoding them, and cutting them into paragraphs and sentences.
//!
//! [`source`] finds the inputs and says what their names tell; [`open`] opens them and finds the rest from their
//! bytes; [`jsonl`], [`html`] and [`warc`] read each format. Offsets everywhere in gazegraph are byte offsets
//! into a document's text ([`Document::text`]): for a UTF-8 text file the file itself, so a mention's span
//! slices the source file to its surface; for a web page the article extracted from it, which `gazegraph text`
//! prints.

pub mod decode;
pub mod fold;
pub mod html;
pub mod jsonl;
pub mod open;
pub mod segment;
pub mod simd;
pub mod source;
pub mod stream;
pub mod swar;
pub mod warc;

pub use source::{Format, Input, Skip, Source};

/// One article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// The file stem for a text file, the `id` field (or `FILE:LINE`) for a JSONL line.
    pub id: String,
    /// The decoded text, metadata line included; see [`Document::body_start`].
    pub text: String,
    /// Where the article's text begins: after a leading header (` date 2018-11`, or `title:`, `date:` … lines).
    pub body_start: usize,
    pub title: Option<String>,
    /// A date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: Option<String>,
    pub lang: Option<String>,
    pub url: Option<String>,
    /// The outlet that published it: a page's `og:site_name` (else its URL's host), a JSONL `outlet` field.
    pub outlet: Option<String>,
}

impl Document {
    /// A document from a text file's contents, reading a leading header (see [`header`]) as metadata.
    pub fn from_text(id: String, text: String) -> Document {
        let header = header(&text);
        Document {
            id,
            body_start: header.end,
            title: header.title,
            date: header.date,
            lang: header.lang,
            url: header.url,
            outlet: header.outlet,
            text,
        }
    }

    /// The article's text, without its metadata line.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }
}

/// What a text file's header says, and where its article begins (0 without a header).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub lang: Option<String>,
    pub end: usize,
}

/// The header of a text file: lines `title: …`, `date: …`, `url: …`, `outlet: …`, `lang: …` (any of them, in
/// any order, names in any case) from the first line to the first blank line, as a scraper or a user writes
/// them above the article; or the older single line ` date 2018-11`, after which the article may go on on the
/// same line. Anything else before the first blank line means there is no header: an article that happens to
/// begin with "Title: …" is read whole.
pub fn header(text: &str) -> Header {
    fields(text).unwrap_or_else(|| match leading_date(text) {
        Some((date, end)) => Header {
            date: Some(date),
            end,
            ..Header::default()
        },
        None => Header::default(),
    })
}

/// A header of `name: value` lines ended by a blank line, or `None`.
fn fields(text: &str) -> Option<Header> {
    let mut header = Header::default();
    let mut at = text.len() - text.trim_start_matches('\u{FEFF}').len();
    let mut fields = 0;
    loop {
        let rest = &text[at..];
        let line_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
        let line = rest[..line_end].trim_end_matches(['\r', '\n']);
        if line.trim().is_empty() {
            if fields == 0 || line_end == 0 {
                return None;
            }
            header.end = at + line_end;
            return Some(header);
        }
        let (name, value) = line.split_once(':')?;
        let value = Some(value.trim()).filter(|v| !v.is_empty());
        match name.trim().to_ascii_lowercase().as_str() {
            "title" => header.title = value.map(String::from),
            "date" => header.date = value.and_then(normalize_date),
            "url" => header.url = value.map(String::from),
            "outlet" => header.outlet = value.map(String::from),
            "lang" => header.lang = value.map(String::from),
            _ => return None,
        }
        fields += 1;
        at += line_end;
    }
}

/// The English months, as written: what later stages ask of a capitalised word (a name never begins with one;
/// an English date's commas set `September 29, 2017` apart).
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A first line of the form ` date 2018-11` (as scraped articles carry): the date, and where the text after it
/// begins. The article may continue on the same line.
pub fn leading_date(text: &str) -> Option<(String, usize)> {
    let trimmed = text.trim_start_matches([' ', '\t', '\u{FEFF}']);
    let rest = trimmed.strip_prefix("date")?;
    let after_keyword = rest.trim_start_matches([' ', '\t', ':']);
    if after_keyword.len() == rest.len() {
        return None;
    }
    let date_len = after_keyword
        .find(|c: char| !(c.is_ascii_digit() || c == '-'))
        .unwrap_or(after_keyword.len());
    let date = normalize_date(&after_keyword[..date_len])?;
    let after_date = &after_keyword[date_len..];
    if !(after_date.is_empty() || after_date.starts_with(char::is_whitespace)) {
        return None;
    }
    let body = after_date.trim_start_matches([' ', '\t', '\r', '\n']);
    Some((date, text.len() - body.len()))
}

/// The ISO 8601 calendar date at the start of `raw` (`2018`, `2018-11`, `2018-11-05`, or a longer timestamp,
/// which is cut to its date), or `None` when it does not start with one.
pub fn normalize_date(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let bytes = raw.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes.get(range).is_some_and(|b| b.iter().all(u8::is_ascii_digit));
    if !digits(0..4) {
        return None;
    }
    let mut end = 4;
    if bytes.get(4) == Some(&b'-') && digits(5..7) {
        end = 7;
        if bytes.get(7) == Some(&b'-') && digits(8..10) {
            end = 10;
        }
    }
    let next = bytes.get(end);
    if next.is_some_and(|b| b.is_ascii_digit() || (*b == b'-' && end == 10)) {
        return None;
    }
    let month_ok = end < 7 || (1..=12).contains(&raw[5..7].parse::<u8>().unwrap_or(0));
    let day_ok = end < 10 || (1..=31).contains(&raw[8..10].parse::<u8>().unwrap_or(0));
    (month_ok && day_ok).then(|| raw[..end].to_string())
}
