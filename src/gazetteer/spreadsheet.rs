//! What spreadsheet programs write when they save "CSV", and how to point into it.
//!
//! Gazetteers are edited in Excel and LibreOffice as often as in a text editor. Excel writes `;`-separated
//! files where the decimal separator is a comma (German, Dutch), "CSV UTF-8" with a byte-order mark, CRLF line
//! ends, and line breaks inside quoted cells; its "Unicode Text" is UTF-16 with tabs; old Mac Excel ends lines
//! with CR alone. The csv crate reads all of that. But it also forgives what it should not: a quote that is
//! never closed silently makes the rest of the file one cell (every row after it lost), and text after a
//! closing quote is silently glued to the cell. Those are found here, each with its line and field, before
//! the rows are read.

use encoding_rs::{Encoding, UTF_8};

use crate::text::decode::{damaged_utf8, detect, sniff};

/// A gazetteer file's text, ready for the csv crate.
pub(super) struct Sheet {
    /// The text without its byte-order mark; offsets below are into it.
    pub text: String,
    pub delimiter: u8,
    line_starts: Vec<usize>,
    /// How the file was read when it is not UTF-8 (nor UTF-16 with a byte-order mark).
    pub legacy: Option<Legacy>,
}

/// A file read in a legacy encoding, as Excel saves "CSV" on Windows (Windows-1252, `ä` as one byte).
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Legacy {
    pub encoding: &'static Encoding,
    /// Whether the encoding was guessed (`chardetng`, as for articles) rather than named (`--encoding`).
    pub guessed: bool,
}

/// Something wrong with a file below the level of rows.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Flaw {
    /// The 1-based line.
    pub line: u64,
    /// The 0-based field of the row, to be named by its header.
    pub field: usize,
    pub message: String,
    /// Whether the rows from this line on cannot be read as meant.
    pub fatal: bool,
}

impl Sheet {
    /// Decodes a file as articles are decoded (see [`crate::text::decode`]): by its byte-order mark (UTF-8,
    /// UTF-16), else as UTF-8 when it is UTF-8, else in `fallback` when given, else in the legacy encoding
    /// `chardetng` guesses. Two things are flaws where an article would be read anyway: UTF-8 with a few bytes
    /// that are not (a file that mixes encodings, where a name with U+FFFD in it would silently never match),
    /// and a file that is not text at all (an `.xlsx` named as a gazetteer).
    pub fn decode(bytes: &[u8], fallback: Option<&'static Encoding>) -> Result<Sheet, Flaw> {
        let mut legacy = None;
        let text = match Encoding::for_bom(bytes) {
            Some((encoding, bom)) if encoding != UTF_8 => {
                encoding.decode_without_bom_handling(&bytes[bom..]).0.into_owned()
            }
            found => {
                let bytes = &bytes[found.map_or(0, |(_, bom)| bom)..];
                if let Err(e) = sniff(bytes) {
                    return Err(Flaw {
                        line: 1,
                        field: 0,
                        message: format!(
                            "{e}; a gazetteer is a CSV file (in Excel: Save As > CSV UTF-8; in LibreOffice: Text CSV)"
                        ),
                        fatal: true,
                    });
                }
                match std::str::from_utf8(bytes) {
                    Ok(text) => text.to_string(),
                    Err(e) if found.is_some() || damaged_utf8(bytes) => {
                        return Err(not_utf8(bytes, e.valid_up_to()));
                    }
                    Err(_) => {
                        let encoding = detect(bytes, fallback);
                        legacy = Some(Legacy {
                            encoding,
                            guessed: fallback.is_none(),
                        });
                        encoding.decode_without_bom_handling(bytes).0.into_owned()
                    }
                }
            }
        };
        let delimiter = sniff_delimiter(text.as_bytes());
        let line_starts = line_starts(text.as_bytes());
        Ok(Sheet {
            text,
            delimiter,
            line_starts,
            legacy,
        })
    }

    /// The first line with a character outside ASCII, and its word: what a legacy encoding decoded, for the
    /// user to see whether it reads right (`München`, or `MŁnchen` when the guess is wrong).
    pub fn first_non_ascii(&self) -> Option<(u64, &str)> {
        let at = self.text.find(|c: char| !c.is_ascii())?;
        let separator = |c: char| c.is_whitespace() || c == '"' || c == '|' || c == char::from(self.delimiter);
        let start = self.text[..at].rfind(separator).map_or(0, |i| i + 1);
        let end = self.text[at..].find(separator).map_or(self.text.len(), |i| at + i);
        Some((self.line(at), &self.text[start..end]))
    }

    /// The 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> u64 {
        self.line_starts.partition_point(|&start| start <= offset) as u64
    }

    /// The line of the row the csv crate says starts at `offset`: it may point at the line break before the
    /// row (the `\n` of a CRLF, blank lines), so the line is the one of the first byte that is no line break.
    pub fn row_line(&self, offset: usize) -> u64 {
        let rest = self.text.as_bytes().get(offset..).unwrap_or(&[]);
        self.line(offset + rest.iter().take_while(|&&b| b == b'\n' || b == b'\r').count())
    }

    /// Where a 1-based line starts.
    pub fn line_start_of(&self, line: u64) -> usize {
        self.line_starts[line as usize - 1]
    }

    /// The quoting the csv crate would read without complaint but not as meant.
    pub fn flaws(&self) -> Vec<Flaw> {
        let scan = scan(self.text.as_bytes(), self.delimiter);
        let mut flaws: Vec<Flaw> = scan
            .glued
            .iter()
            .map(|&(offset, field)| Flaw {
                line: self.line(offset),
                field,
                message: "text after the closing quote of a quoted cell would be glued to the cell; quote the whole \
                          cell and double each quote inside it (\"\")"
                    .to_string(),
                fatal: false,
            })
            .collect();
        if let Some((offset, field)) = scan.unclosed {
            flaws.push(Flaw {
                line: self.line(offset),
                field,
                message: "this cell opens a quote that is never closed, so the rest of the file would be read as \
                          one cell; close the quote, or double each quote inside a quoted cell (\"\")"
                    .to_string(),
                fatal: true,
            });
        }
        flaws
    }
}

/// The flaw of a file that is UTF-8 but for the byte at `offset`.
fn not_utf8(bytes: &[u8], offset: usize) -> Flaw {
    let starts = line_starts(&bytes[..offset]);
    let delimiter = sniff_delimiter(bytes);
    let line_start = *starts.last().unwrap_or(&0);
    let character = String::from_utf8_lossy(&bytes[line_start..offset]).chars().count() + 1;
    Flaw {
        line: starts.len() as u64,
        field: scan(&bytes[..offset], delimiter).field,
        message: format!(
            "byte 0x{:02X} (character {character} of the line) is not UTF-8, though the rest of the file is: it \
             mixes encodings (rows pasted from a file saved otherwise?); retype the character, and save the file as \
             \"CSV UTF-8\" (in Excel: Save As > CSV UTF-8; in LibreOffice: character set Unicode (UTF-8))",
            bytes[offset]
        ),
        fatal: true,
    }
}

/// The header names of a file that could not be decoded, read leniently, to name a flaw's field.
pub(super) fn lenient_headers(bytes: &[u8]) -> Vec<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    csv::ReaderBuilder::new()
        .delimiter(sniff_delimiter(bytes))
        .flexible(true)
        .from_reader(bytes)
        .byte_headers()
        .map(|h| {
            h.iter()
                .map(|h| String::from_utf8_lossy(h).trim().to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The offsets at which lines start (a line ends at LF, CRLF or CR, as for the csv crate).
fn line_starts(bytes: &[u8]) -> Vec<usize> {
    let mut starts = vec![0];
    for at in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if !(bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n')) {
            starts.push(at + 1);
        }
    }
    starts
}

/// The delimiter of the header row: `;` (German Excel) or a tab (Excel's "Unicode Text") when it has more of
/// them than commas.
fn sniff_delimiter(bytes: &[u8]) -> u8 {
    let header = bytes.split(|&b| b == b'\n' || b == b'\r').next().unwrap_or(&[]);
    let count = |d: u8| header.iter().filter(|&&b| b == d).count();
    [b';', b'\t']
        .into_iter()
        .map(|d| (count(d), d))
        .filter(|&(n, _)| n > count(b','))
        .max()
        .map_or(b',', |(_, d)| d)
}

/// What a pass over the quoting found.
struct Scan {
    /// (offset, field) of each character after a closing quote, but white space.
    glued: Vec<(usize, usize)>,
    /// (offset, field) of a quote still open at the end.
    unclosed: Option<(usize, usize)>,
    /// The field the end is in.
    field: usize,
}

/// Reads quoting as the csv crate does: a quote opens a quoted cell only at the start of a cell, and `""`
/// inside one is a quote.
fn scan(bytes: &[u8], delimiter: u8) -> Scan {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        CellStart,
        Unquoted,
        Quoted,
        AfterQuote,
    }
    let mut found = Scan {
        glued: Vec::new(),
        unclosed: None,
        field: 0,
    };
    let mut state = State::CellStart;
    let mut opened = 0;
    for (at, &b) in bytes.iter().enumerate() {
        state = match (state, b) {
            (State::Quoted, b'"') => State::AfterQuote,
            (State::Quoted, _) => State::Quoted,
            (State::AfterQuote, b'"') => State::Quoted,
            (_, b) if b == delimiter => {
                found.field += 1;
                State::CellStart
            }
            (_, b'\n' | b'\r') => {
                found.field = 0;
                State::CellStart
            }
            (State::CellStart, b'"') => {
                opened = at;
                State::Quoted
            }
            (State::AfterQuote, b' ' | b'\t') => State::AfterQuote,
            (State::AfterQuote, _) => {
                found.glued.push((at, found.field));
                State::Unquoted
            }
            (State::CellStart | State::Unquoted, _) => State::Unquoted,
        };
    }
    if state == State::Quoted {
        found.unclosed = Some((opened, found.field));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flaws(text: &str) -> Vec<(u64, usize, bool)> {
        Sheet::decode(text.as_bytes(), None)
            .unwrap()
            .flaws()
            .iter()
            .map(|f| (f.line, f.field, f.fatal))
            .collect()
    }

    #[test]
    fn quoting_as_spreadsheets_write_it_is_no_flaw() {
        for text in [
            "a,b,c\n1,\"x, y\",\"line\nbreak\"\n",
            "a;b;c\r\n1;\"say \"\"hi\"\"\";\"\"\r\n",
            "a,b\r1,\"x\" \r2,Ama\"zon\r",
            "a\tb\n\"1\"\t\"2\"\n",
        ] {
            assert_eq!(flaws(text), [], "{text:?}");
        }
    }

    #[test]
    fn unclosed_and_glued_quotes_are_found_at_their_line_and_field() {
        assert_eq!(flaws("a,b,c\n1,2,3\nx,\"open,z\n4,5,6\n"), [(3, 1, true)]);
        assert_eq!(flaws("a;b\r\n1;\"x\"y\r\n\"2\";z"), [(2, 1, false)]);
        assert_eq!(flaws("a,b\r1,\"note\r2,x\r"), [(2, 1, true)]);
    }

    #[test]
    fn lines_count_lf_crlf_and_cr_alike() {
        let sheet = Sheet::decode(b"a\r\nb\rc\nd", None).unwrap();
        let lines: Vec<u64> = [0, 3, 5, 7].iter().map(|&at| sheet.line(at)).collect();
        assert_eq!(lines, [1, 2, 3, 4]);
        assert_eq!(sheet.line_start_of(sheet.line(4)), 3);
        assert_eq!((sheet.row_line(2), sheet.row_line(4)), (2, 3));
    }

    #[test]
    fn encodings_and_delimiters_of_spreadsheet_exports() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("name\ttype\naliases\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let sheet = Sheet::decode(&utf16, None).unwrap();
        assert_eq!((sheet.text.as_str(), sheet.delimiter), ("name\ttype\naliases\n", b'\t'));
        let sheet = Sheet::decode(b"\xEF\xBB\xBFid;name;type;aliases\r\n", None).unwrap();
        assert_eq!((sheet.text.starts_with("id"), sheet.delimiter), (true, b';'));
        assert_eq!(Sheet::decode(b"name,type;x\n", None).unwrap().delimiter, b',');
    }

    #[test]
    fn legacy_encodings_are_read_as_articles_are_and_mixed_ones_refused() {
        // Excel on a German Windows: semicolons, CRLF, `ü` as one byte
        let sheet = Sheet::decode(b"id;name\r\nmunich;M\xfcnchen\r\n", None).unwrap();
        assert_eq!(sheet.text, "id;name\r\nmunich;München\r\n");
        assert_eq!(
            sheet.legacy,
            Some(Legacy {
                encoding: encoding_rs::WINDOWS_1252,
                guessed: true
            })
        );
        assert_eq!(sheet.first_non_ascii(), Some((2, "München")));
        let named = Sheet::decode(b"name\n\xa4uro\n", Some(encoding_rs::ISO_8859_15)).unwrap();
        assert_eq!(
            (named.text.as_str(), named.legacy.unwrap().guessed),
            ("name\n€uro\n", false)
        );
        // UTF-8 but for one byte: a file that mixes encodings
        let mixed = ["id;name\r\nkoeln;Köln\r\nmunich;München\r\n".as_bytes(), b"x;\xfc\r\n"].concat();
        let flaw = Sheet::decode(&mixed, None).err().unwrap();
        assert_eq!((flaw.line, flaw.field), (4, 1));
        assert!(
            flaw.message
                .starts_with("byte 0xFC (character 3 of the line) is not UTF-8, though the rest of the file is"),
            "{}",
            flaw.message
        );
        let flaw = Sheet::decode(b"PK\x03\x04rest", None).err().unwrap();
        assert!(
            flaw.message.starts_with("not text: looks like a ZIP archive"),
            "{}",
            flaw.message
        );
        assert_eq!(lenient_headers(b"id;name\r\nmunich;M\xfcnchen"), ["id", "name"]);
    }
}
