//! Where articles come from: files and folders given on the command line, and standard input.
//!
//! A folder is read recursively, in sorted order, skipping hidden entries: `.txt` files are one article each,
//! `.jsonl` (or `.ndjson`) files hold one article per line as a JSON object with at least `text` and optionally
//! `id`, `title`, `date`, `lang` and `url`. A file named explicitly is read whatever its extension (as JSONL when
//! it ends in `.jsonl` or `.ndjson`). `-` is standard input: JSONL when its first non-blank byte is `{`, else one
//! article with the id `stdin`.
//!
//! Nothing here stops a run for one bad file: a file that cannot be read or decoded, a broken link, a link loop,
//! a JSONL line that is not an article, each becomes a [`Skip`] that says where and why, and the run goes on.

use std::fmt;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::Document;
use super::decode::{DecodeError, decode};

/// An input as the user named it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Stdin,
    Path(PathBuf),
}

impl From<&str> for Input {
    fn from(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }
}

/// How a source holds its articles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One article per file.
    Text,
    /// One article per line, as JSON.
    Jsonl,
}

/// A file (or standard input) to read articles from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// `None` for standard input.
    pub path: Option<PathBuf>,
    pub format: Format,
    /// Size in bytes when known, for progress.
    pub size: u64,
}

impl Source {
    /// The name used in messages: the path, or `<stdin>`.
    pub fn label(&self) -> String {
        self.path
            .as_ref()
            .map_or_else(|| "<stdin>".to_string(), |p| p.display().to_string())
    }

    /// The id of a one-article source, and the prefix of the ids of a JSONL source's lines: the file stem.
    pub fn stem(&self) -> String {
        match &self.path {
            Some(path) => path
                .file_stem()
                .map_or_else(|| path.display().to_string(), |s| s.to_string_lossy().into_owned()),
            None => "stdin".to_string(),
        }
    }
}

/// An input, or part of one, that was not read, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skip {
    /// Path, or `<stdin>`.
    pub location: String,
    /// The 1-based line of a JSONL source.
    pub line: Option<u64>,
    pub reason: SkipReason,
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.location, self.reason),
            None => write!(f, "{}: {}", self.location, self.reason),
        }
    }
}

/// Why something was skipped.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SkipReason {
    #[error("cannot read: {0}")]
    Io(String),
    #[error(transparent)]
    Decode(#[from] DecodeError),
    #[error("broken symbolic link")]
    BrokenLink,
    #[error("symbolic link loop")]
    LinkLoop,
    #[error("not a JSON object: {0}")]
    Json(String),
    #[error("no `text` field with a string")]
    NoText,
}

/// An input named on the command line that does not exist: an error, not a skip, since it is a typo more often
/// than a casualty of a large run.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct InputError {
    pub path: PathBuf,
    pub message: String,
}

/// Checks that every input named exists: a missing one is an error before anything is read, not a skip.
pub fn check_inputs(inputs: &[Input]) -> Result<(), InputError> {
    for input in inputs {
        if let Input::Path(path) = input {
            std::fs::metadata(path).map_err(|e| InputError {
                path: path.to_path_buf(),
                message: match path.symlink_metadata() {
                    Ok(_) => link_failure(path).to_string(),
                    Err(_) => e.to_string(),
                },
            })?;
        }
    }
    Ok(())
}

/// The sources in the inputs, in the order given (each folder in sorted order), found as they are read, and
/// what was skipped on the way: a list of every file of a corpus of a million articles would be the largest
/// thing a build held. A source found in a folder has no size yet (`size` 0): whoever reads it asks.
pub struct Walk {
    inputs: std::collections::VecDeque<Input>,
    folder: Option<FolderWalk>,
}

type FolderWalk = walkdir::FilterEntry<walkdir::IntoIter, fn(&walkdir::DirEntry) -> bool>;

impl Walk {
    pub fn new(inputs: &[Input]) -> Walk {
        Walk {
            inputs: inputs.iter().cloned().collect(),
            folder: None,
        }
    }

    /// The next source or skip of the folder being walked, if any is left.
    fn next_in_folder(&mut self) -> Option<Result<Source, Skip>> {
        let walk = self.folder.as_mut()?;
        for entry in walk.by_ref() {
            match entry {
                Ok(entry) if entry.file_type().is_file() => {
                    if let Some(format) = format_of(entry.path()) {
                        return Some(Ok(Source {
                            path: Some(entry.into_path()),
                            format,
                            size: 0,
                        }));
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    if let Some(skip) = walk_error(&e) {
                        return Some(Err(skip));
                    }
                }
            }
        }
        self.folder = None;
        None
    }
}

impl Iterator for Walk {
    type Item = Result<Source, Skip>;

    fn next(&mut self) -> Option<Result<Source, Skip>> {
        loop {
            if let Some(found) = self.next_in_folder() {
                return Some(found);
            }
            let path = match self.inputs.pop_front()? {
                Input::Stdin => {
                    return Some(Ok(Source {
                        path: None,
                        format: Format::Text,
                        size: 0,
                    }));
                }
                Input::Path(path) => path,
            };
            match std::fs::metadata(&path) {
                Ok(metadata) if metadata.is_dir() => {
                    let visible: fn(&walkdir::DirEntry) -> bool =
                        |e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.');
                    let walk = walkdir::WalkDir::new(&path)
                        .follow_links(true)
                        .sort_by_file_name()
                        .into_iter()
                        .filter_entry(visible);
                    self.folder = Some(walk);
                }
                Ok(metadata) => {
                    return Some(Ok(Source {
                        format: format_of(&path).unwrap_or(Format::Text),
                        size: metadata.len(),
                        path: Some(path),
                    }));
                }
                // Checked before (`check_inputs`); gone since.
                Err(e) => {
                    return Some(Err(Skip {
                        location: path.display().to_string(),
                        line: None,
                        reason: SkipReason::Io(e.to_string()),
                    }));
                }
            }
        }
    }
}

/// The total size of the article files in the inputs (standard input counts nothing), unless `stop` says to
/// give up.
pub fn total_size(inputs: &[Input], stop: &dyn Fn() -> bool) -> u64 {
    let mut total = 0;
    for source in Walk::new(inputs).flatten() {
        if stop() {
            break;
        }
        total += match (&source.path, source.size) {
            (Some(path), 0) => std::fs::metadata(path).map_or(0, |m| m.len()),
            (_, size) => size,
        };
    }
    total
}

/// What a walk error is worth reporting as: a link that cannot be followed is reported when it would have
/// been read, when its name is an article file's.
fn walk_error(e: &walkdir::Error) -> Option<Skip> {
    let location = e.path().map_or_else(String::new, |p| p.display().to_string());
    let (reason, dead_link) = if e.loop_ancestor().is_some() {
        (SkipReason::LinkLoop, false)
    } else if let Some(link) = e
        .path()
        .filter(|p| p.symlink_metadata().is_ok() && p.metadata().is_err())
    {
        (link_failure(link), true)
    } else {
        let message = e.io_error().map_or_else(|| e.to_string(), ToString::to_string);
        (SkipReason::Io(message), false)
    };
    let report = !dead_link || format_of(Path::new(&location)).is_some();
    report.then_some(Skip {
        location,
        line: None,
        reason,
    })
}

/// Why a symbolic link that cannot be followed cannot: it leads round in a circle (`a.txt` → `b.txt` →
/// `a.txt`), or to nothing. Followed by hand, since the standard library has no stable name for `ELOOP`.
fn link_failure(link: &Path) -> SkipReason {
    let mut seen = vec![link.to_path_buf()];
    let mut at = link.to_path_buf();
    while let Ok(target) = std::fs::read_link(&at) {
        at = at.parent().map_or_else(|| target.clone(), |dir| dir.join(&target));
        // As the kernel does, a chain this long counts as a loop.
        if seen.contains(&at) || seen.len() > 40 {
            return SkipReason::LinkLoop;
        }
        seen.push(at.clone());
    }
    SkipReason::BrokenLink
}

fn format_of(path: &Path) -> Option<Format> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    match extension.as_str() {
        "txt" | "text" => Some(Format::Text),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        _ => None,
    }
}

/// A one-article file, read whole, or found too long to be.
#[derive(Debug)]
pub enum Opened {
    /// The document, and the file's size.
    Whole(Document, u64),
    /// A file over `longer_than` bytes, with its size now known, to be read in segments.
    TooLong(Source),
}

/// Reads a one-article file whole, unless it is over `longer_than` bytes.
pub fn read_text(
    source: &Source,
    encoding: Option<&'static encoding_rs::Encoding>,
    longer_than: u64,
) -> Result<Opened, Skip> {
    let skip = |reason: SkipReason| Skip {
        location: source.label(),
        line: None,
        reason,
    };
    let io = |e: std::io::Error| skip(SkipReason::Io(e.to_string()));
    let Some(path) = &source.path else {
        let mut bytes = Vec::new();
        std::io::stdin().lock().read_to_end(&mut bytes).map_err(io)?;
        let size = bytes.len() as u64;
        let doc = document_from_bytes(source.stem(), bytes, encoding).map_err(|e| skip(e.into()))?;
        return Ok(Opened::Whole(doc, size));
    };
    let mut file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > longer_than {
        return Ok(Opened::TooLong(Source { size, ..source.clone() }));
    }
    let mut bytes = Vec::with_capacity(size as usize + 1);
    file.read_to_end(&mut bytes).map_err(io)?;
    let doc = document_from_bytes(source.stem(), bytes, encoding).map_err(|e| skip(e.into()))?;
    Ok(Opened::Whole(doc, size))
}

/// A text article from raw bytes.
pub fn document_from_bytes(
    id: String,
    bytes: Vec<u8>,
    encoding: Option<&'static encoding_rs::Encoding>,
) -> Result<Document, DecodeError> {
    let decoded = decode(bytes, encoding)?;
    Ok(Document::from_text(id, decoded.text))
}

/// The fields of a JSONL line that gazegraph reads; others are ignored.
#[derive(Deserialize)]
struct Article {
    text: Option<serde_json::Value>,
    id: Option<serde_json::Value>,
    title: Option<String>,
    date: Option<String>,
    lang: Option<String>,
    url: Option<String>,
}

/// An article from one JSONL line (1-based `line`) of the source whose ids start with `stem`.
pub fn parse_line(stem: &str, location: &str, line: u64, bytes: &[u8]) -> Result<Document, Skip> {
    let skip = |reason| Skip {
        location: location.to_string(),
        line: Some(line),
        reason,
    };
    let article: Article = serde_json::from_slice(bytes).map_err(|e| skip(SkipReason::Json(e.to_string())))?;
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
    Ok(Document {
        id,
        text,
        body_start: 0,
        title: article.title.filter(|t| !t.trim().is_empty()),
        date: article.date.as_deref().and_then(super::normalize_date),
        lang: article.lang.filter(|l| !l.trim().is_empty()),
        url: article.url.filter(|u| !u.trim().is_empty()),
    })
}

/// The longest JSONL line read: one article, however long, is far shorter, and a file without line breaks (an
/// archive or a dump misnamed `.jsonl`) must not be read into memory whole.
pub const MAX_LINE_BYTES: usize = 64 << 20;

/// Reads the lines of a JSONL source one at a time, so that a file of any size is read in bounded memory.
pub struct Lines {
    reader: Box<dyn BufRead + Send>,
    pub line: u64,
    buffer: Vec<u8>,
}

impl Lines {
    /// Opens a JSONL source; a file that is empty, binary or UTF-16 is refused as a whole, with one error rather
    /// than one per line.
    pub fn open(source: &Source) -> std::io::Result<Lines> {
        let mut reader: Box<dyn BufRead + Send> = match &source.path {
            Some(path) => Box::new(std::io::BufReader::with_capacity(1 << 20, std::fs::File::open(path)?)),
            None => Box::new(std::io::BufReader::new(std::io::stdin())),
        };
        if source.path.is_some() {
            check_head(reader.fill_buf()?).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
        }
        Ok(Lines::from_reader(reader))
    }

    pub fn from_reader(reader: Box<dyn BufRead + Send>) -> Lines {
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
            let read = (&mut self.reader).take(limit).read_until(b'\n', &mut self.buffer)?;
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
fn check_head(head: &[u8]) -> Result<(), DecodeError> {
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

    /// The walk finds a folder's article files in sorted order as it goes, with no size until asked; the
    /// total the progress bar gets counts them all, and stdin counts nothing.
    #[test]
    fn walk_finds_articles_in_order_and_the_total_counts_their_bytes() {
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes) in [
            ("b/2.txt", 3),
            ("a.txt", 5),
            ("b/1.jsonl", 7),
            ("c.md", 11),
            (".hidden.txt", 13),
        ] {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, vec![b'x'; bytes]).unwrap();
        }
        let named = dir.path().join("a.txt");
        let inputs = [
            Input::Path(dir.path().to_path_buf()),
            Input::Path(named.clone()),
            Input::Stdin,
        ];
        let found: Vec<(Option<PathBuf>, u64)> = Walk::new(&inputs)
            .map(|s| s.map(|s| (s.path, s.size)).unwrap())
            .collect();
        assert_eq!(
            found,
            [
                (Some(dir.path().join("a.txt")), 0),
                (Some(dir.path().join("b/1.jsonl")), 0),
                (Some(dir.path().join("b/2.txt")), 0),
                (Some(named), 5),
                (None, 0),
            ]
        );
        assert_eq!(total_size(&inputs, &|| false), 5 + 7 + 3 + 5);
        assert_eq!(total_size(&inputs, &|| true), 0);
    }
}
