//! Where articles come from: files and folders given on the command line, pipes, and standard input; and what
//! each is, as far as its name says.
//!
//! A folder is read recursively, in sorted order, skipping hidden entries. Its article files are known by their
//! extension, with or without a further `.gz`: `.txt` (one article; an optional header of `title:`, `date:`,
//! `url:`, `outlet:` and `lang:` lines, see [`super::header`]), `.html`/`.htm` (a web page, reduced to its
//! article, [`super::html`]), `.jsonl`/`.ndjson` (one article per line, [`super::jsonl`]) and `.warc` (a web
//! archive, [`super::warc`]). Anything else in a folder is ignored and counted by kind; a folder that holds
//! gazegraph's own outputs (a `mentions.csv` it wrote) is not read, with one word. A file named on the command
//! line is read whatever its name: by its extension when it has a known one, else by its content, as standard
//! input (`-`) and pipes (`<(zcat news.jsonl.gz)`) are, which are read once, as they come ([`super::open`]).
//!
//! Nothing here stops a run for one bad file: a file that cannot be read or decoded, a broken link, a link loop,
//! a JSONL line that is not an article, a WARC record cut off, each becomes a [`Skip`] that says where and why,
//! and the run goes on. Only an input named on the command line that does not exist, or that is a device, is an
//! error before anything is read.

use std::collections::HashSet;
use std::fmt;
use std::io::Read;
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};

use super::decode::DecodeError;
use super::html::PageError;

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
    /// A web page, one article.
    Html,
    /// A web archive of many pages.
    Warc,
}

/// A file, pipe or standard input to read articles from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// `None` for standard input.
    pub path: Option<PathBuf>,
    /// The format its name gives; `None` when its content is to tell.
    pub format: Option<Format>,
    /// A regular file, which a worker may open on its own; otherwise (standard input, a pipe) it is read once,
    /// in turn.
    pub regular: bool,
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

    /// The id of a one-article source, and the prefix of the ids of a JSONL or WARC source's articles: the file
    /// name without its extensions (`report.txt.gz` → `report`).
    pub fn stem(&self) -> String {
        match &self.path {
            Some(path) => {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                let Some(mut name) = name else {
                    return path.display().to_string();
                };
                for extension in [".gz", ""] {
                    if name.len() > extension.len() && name.to_ascii_lowercase().ends_with(extension) {
                        name.truncate(name.len() - extension.len());
                    }
                    if let Some(dot) = name.rfind('.').filter(|&dot| dot > 0)
                        && format_of_extension(&name[dot + 1..]).is_some()
                    {
                        name.truncate(dot);
                    }
                }
                name
            }
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
    /// The byte offset of a WARC record (of its gzip member in a `.warc.gz`).
    pub offset: Option<u64>,
    pub reason: SkipReason,
}

impl Skip {
    /// A skip of a whole input.
    pub fn of(location: String, reason: SkipReason) -> Skip {
        Skip {
            location,
            line: None,
            offset: None,
            reason,
        }
    }
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.offset) {
            (Some(line), _) => write!(f, "{}:{line}: {}", self.location, self.reason),
            (None, Some(offset)) => write!(f, "{}: record at byte {offset}: {}", self.location, self.reason),
            (None, None) => write!(f, "{}: {}", self.location, self.reason),
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
    #[error(transparent)]
    Page(#[from] PageError),
    #[error("broken symbolic link")]
    BrokenLink,
    #[error("symbolic link loop")]
    LinkLoop,
    #[error("not a JSON object: {0}")]
    Json(String),
    #[error("no `text` field with a string")]
    NoText,
    /// A WARC record that could not be read.
    #[error("{0}")]
    Record(String),
    /// Reading the document met a bug of gazegraph's (a panic, with its message).
    #[error("gazegraph failed on this document, a bug (please report it with the document): {0}")]
    Internal(String),
}

/// Something found among the inputs that holds no article and was not read, without being a fault: a file of
/// another kind in a folder, gazegraph's own outputs, a WARC record of a request or an image.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored {
    /// The path (of the folder, for outputs), or the WARC file of a record.
    pub location: String,
    pub kind: IgnoredKind,
}

/// What kind of thing was ignored.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum IgnoredKind {
    /// A file of a folder with an extension that is not an article's (lower-cased, with its dot: `.pdf`).
    Extension(String),
    /// A file of a folder without an extension.
    NoExtension,
    /// A folder of gazegraph's outputs (or a partial named on the command line).
    Outputs,
    /// A named pipe, socket or device inside a folder: reading one could wait forever.
    Special(&'static str),
    /// A WARC record that holds no article (`request records`, `robots.txt`, `image/jpeg responses`, …).
    Record(String),
}

impl IgnoredKind {
    /// How a summary names things of this kind.
    pub fn label(&self) -> String {
        match self {
            IgnoredKind::Extension(extension) => format!("{extension} files"),
            IgnoredKind::NoExtension => "files without an extension".into(),
            IgnoredKind::Outputs => "folders of gazegraph outputs".into(),
            IgnoredKind::Special(what) => format!("{what}s"),
            IgnoredKind::Record(kind) => format!("WARC {kind}"),
        }
    }

    /// Whether each one is worth a line of its own as it is found (the others are counted, and named on
    /// request).
    pub fn said(&self) -> bool {
        matches!(self, IgnoredKind::Outputs | IgnoredKind::Special(_))
    }
}

impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            IgnoredKind::Outputs => write!(f, "{}: gazegraph's own outputs, not articles: not read", self.location),
            IgnoredKind::Special(what) => write!(f, "{}: a {what}, not a file: not read", self.location),
            kind => write!(f, "{}: {}: not read", self.location, kind.label()),
        }
    }
}

/// Something read with a repair the user should know of: the article was kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub location: String,
    pub line: Option<u64>,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.location, self.message),
            None => write!(f, "{}: {}", self.location, self.message),
        }
    }
}

/// An input named on the command line that cannot be read at all: an error, not a skip, since it is a typo (or
/// a device that would be read forever) more often than a casualty of a large run.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct InputError {
    pub path: PathBuf,
    pub message: String,
}

/// Checks every input named before anything is read: a missing one is an error, and so is a character or block
/// device (`/dev/zero` would be read until memory ran out) or a socket.
pub fn check_inputs(inputs: &[Input]) -> Result<(), InputError> {
    for input in inputs {
        if let Input::Path(path) = input {
            let error = |message: String| InputError {
                path: path.to_path_buf(),
                message,
            };
            let metadata = std::fs::metadata(path).map_err(|e| {
                error(match path.symlink_metadata() {
                    Ok(_) => link_failure(path).to_string(),
                    Err(_) => e.to_string(),
                })
            })?;
            if let Some(what) = special(&metadata.file_type()).filter(|&what| what != "named pipe") {
                return Err(error(format!(
                    "a {what}, not a file of articles (gazegraph reads files, folders, pipes and `-`)"
                )));
            }
        }
    }
    Ok(())
}

/// What a file that is neither a regular file nor a folder is.
fn special(file_type: &std::fs::FileType) -> Option<&'static str> {
    if file_type.is_fifo() {
        Some("named pipe")
    } else if file_type.is_char_device() {
        Some("character device")
    } else if file_type.is_block_device() {
        Some("block device")
    } else if file_type.is_socket() {
        Some("socket")
    } else {
        None
    }
}

/// What a walk over the inputs finds.
#[derive(Debug)]
pub enum Found {
    Source(Source),
    Skip(Skip),
    Ignored(Ignored),
}

/// The sources in the inputs, in the order given (each folder in sorted order), found as they are read, and
/// what was skipped or ignored on the way: a list of every file of a corpus of a million articles would be the
/// largest thing a build held. A source found in a folder has no size yet (`size` 0): whoever reads it asks.
pub struct Walk {
    inputs: std::collections::VecDeque<Input>,
    folder: Option<FolderWalk>,
    /// Folders found to hold gazegraph's outputs, whose files are not read.
    outputs: HashSet<PathBuf>,
}

type FolderWalk = walkdir::FilterEntry<walkdir::IntoIter, fn(&walkdir::DirEntry) -> bool>;

impl Walk {
    pub fn new(inputs: &[Input]) -> Walk {
        Walk {
            inputs: inputs.iter().cloned().collect(),
            folder: None,
            outputs: HashSet::new(),
        }
    }

    /// The next thing found in the folder being walked, if any is left.
    fn next_in_folder(&mut self) -> Option<Found> {
        let walk = self.folder.as_mut()?;
        for entry in walk.by_ref() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => match walk_error(&e) {
                    Some(skip) => return Some(Found::Skip(skip)),
                    None => continue,
                },
            };
            let path = entry.path();
            let file_type = entry.file_type();
            if file_type.is_dir() {
                if holds_outputs(path) {
                    self.outputs.insert(path.to_path_buf());
                    return Some(Found::Ignored(Ignored {
                        location: path.display().to_string(),
                        kind: IgnoredKind::Outputs,
                    }));
                }
                continue;
            }
            if path.parent().is_some_and(|dir| self.outputs.contains(dir)) {
                continue;
            }
            if let Some(what) = special(&file_type) {
                return Some(Found::Ignored(Ignored {
                    location: path.display().to_string(),
                    kind: IgnoredKind::Special(what),
                }));
            }
            let format = format_of(path);
            if format.is_some() && !is_partial(path) {
                return Some(Found::Source(Source {
                    path: Some(entry.into_path()),
                    format,
                    regular: true,
                    size: 0,
                }));
            }
            let kind = match path.extension() {
                _ if format.is_some() => IgnoredKind::Outputs,
                Some(extension) => IgnoredKind::Extension(format!(".{}", extension.to_string_lossy().to_lowercase())),
                None => IgnoredKind::NoExtension,
            };
            return Some(Found::Ignored(Ignored {
                location: path.display().to_string(),
                kind,
            }));
        }
        self.folder = None;
        None
    }

    /// What a path named on the command line is.
    fn named(&mut self, path: PathBuf) -> Option<Found> {
        let metadata = match std::fs::metadata(&path) {
            Ok(metadata) => metadata,
            // Checked before (`check_inputs`); gone since.
            Err(e) => {
                return Some(Found::Skip(Skip::of(
                    path.display().to_string(),
                    SkipReason::Io(e.to_string()),
                )));
            }
        };
        if metadata.is_dir() {
            let visible: fn(&walkdir::DirEntry) -> bool =
                |e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.');
            let walk = walkdir::WalkDir::new(&path)
                .follow_links(true)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(visible);
            self.folder = Some(walk);
            return None;
        }
        if is_partial(&path) {
            return Some(Found::Ignored(Ignored {
                location: path.display().to_string(),
                kind: IgnoredKind::Outputs,
            }));
        }
        let regular = metadata.is_file();
        Some(Found::Source(Source {
            format: format_of(&path),
            size: if regular { metadata.len() } else { 0 },
            regular,
            path: Some(path),
        }))
    }
}

impl Iterator for Walk {
    type Item = Found;

    fn next(&mut self) -> Option<Found> {
        loop {
            if let Some(found) = self.next_in_folder() {
                return Some(found);
            }
            match self.inputs.pop_front()? {
                Input::Stdin => {
                    return Some(Found::Source(Source {
                        path: None,
                        format: None,
                        regular: false,
                        size: 0,
                    }));
                }
                Input::Path(path) => {
                    if let Some(found) = self.named(path) {
                        return Some(found);
                    }
                }
            }
        }
    }
}

/// The total size of the article files in the inputs (standard input and pipes count nothing), unless `stop`
/// says to give up.
pub fn total_size(inputs: &[Input], stop: &dyn Fn() -> bool) -> u64 {
    let mut total = 0;
    for found in Walk::new(inputs) {
        if stop() {
            break;
        }
        if let Found::Source(source) = found {
            total += match (&source.path, source.size) {
                (Some(path), 0) if source.regular => std::fs::metadata(path).map_or(0, |m| m.len()),
                (_, size) => size,
            };
        }
    }
    total
}

/// The first bytes of gazegraph's mention table (`export::tables::MENTIONS_HEADER`), by which a folder of its
/// outputs is known.
pub const MENTIONS_HEADER_START: &[u8] = b"document,paragraph,sentence,start,end,surface,entity";
/// The first bytes of a partial (`graph::partial`).
pub const PARTIAL_START: &[u8] = b"{\"format\":\"gazegraph-partial\"";

/// Whether a folder holds gazegraph's outputs: a `mentions.csv` that gazegraph wrote.
fn holds_outputs(dir: &Path) -> bool {
    starts_with(&dir.join("mentions.csv"), MENTIONS_HEADER_START)
}

/// Whether a file is a partial `build --partial` wrote.
fn is_partial(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == "partial.jsonl") && starts_with(path, PARTIAL_START)
}

fn starts_with(path: &Path, prefix: &[u8]) -> bool {
    let mut head = Vec::with_capacity(prefix.len());
    std::fs::File::open(path)
        .and_then(|f| f.take(prefix.len() as u64).read_to_end(&mut head))
        .is_ok_and(|_| head == prefix)
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
    report.then(|| Skip::of(location, reason))
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

/// The format a file's name gives: by its extension, looking through a `.gz`.
pub fn format_of(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let (stem, extension) = name.rsplit_once('.')?;
    if stem.is_empty() {
        return None;
    }
    format_of_extension(extension)
}

fn format_of_extension(extension: &str) -> Option<Format> {
    match extension.to_ascii_lowercase().as_str() {
        "txt" | "text" => Some(Format::Text),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "warc" => Some(Format::Warc),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The walk finds a folder's article files in sorted order as it goes, with no size until asked; the
    /// total the progress bar gets counts them all, and stdin counts nothing. Names give formats through `.gz`,
    /// and ids lose every extension.
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
            .filter_map(|found| match found {
                Found::Source(s) => Some((s.path, s.size)),
                _ => None,
            })
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
        for (name, format, stem) in [
            ("a.TXT", Some(Format::Text), "a"),
            ("news.jsonl.gz", Some(Format::Jsonl), "news"),
            ("CC-NEWS-1.warc.gz", Some(Format::Warc), "CC-NEWS-1"),
            ("page.htm", Some(Format::Html), "page"),
            ("v1.2.notes", None, "v1.2.notes"),
            ("x.tar.gz", None, "x.tar"),
            (".txt", None, ".txt"),
        ] {
            let source = Source {
                path: Some(PathBuf::from(name)),
                format: format_of(Path::new(name)),
                regular: true,
                size: 0,
            };
            assert_eq!((source.format, source.stem().as_str()), (format, stem), "{name}");
        }
    }
}
