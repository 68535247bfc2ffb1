//! Where a gazetteer's files come from: folders and files on disk, and the gazetteer shipped inside the binary.
//!
//! The repository's `gazetteer/` folder is compiled into gazegraph (`include_bytes!`, about 2.5 MB), so that an
//! installed `gazegraph build articles/` works in any folder with the field's gazetteer. It is stored as the
//! files are, not compressed: the place lists compress to a fifth, but a decompressor in the binary and the
//! time to run it at every start cost more than 2 MB of a binary nobody downloads. Its files keep their names
//! (under the pseudo-folder `<shipped>`, which messages show), and the gazetteer's SHA-256 hashes names and
//! bytes, so the shipped gazetteer and a folder holding the same files have the same digest: a graph records
//! which gazetteer made it, not where it was read from.
//!
//! Which gazetteer a command uses (see [`Source::resolve`]): the `--gazetteer` arguments when there are any,
//! in order, each a layer on the ones before (`shipped` names the built-in one); else a `gazetteer/` folder in
//! the working directory, as the one a user exported and edits is, or the repository's; else the shipped one.

use std::fmt;
use std::path::{Path, PathBuf};

use super::problem::{LoadError, Problem, problem};

/// The name by which `--gazetteer` (and [`Source::from_arg`]) means the gazetteer built into gazegraph.
pub const SHIPPED: &str = "shipped";

/// The folder a gazetteer in the working directory is looked for in when none is named.
pub const DEFAULT_FOLDER: &str = "gazetteer";

/// The pseudo-folder the shipped files are named under in messages: `<shipped>/agencies.csv:12`.
pub const SHIPPED_FOLDER: &str = "<shipped>";

/// The shipped gazetteer's files, by name, in load order (sorted, as a folder's are read).
pub const SHIPPED_FILES: &[(&str, &[u8])] = &[
    ("agencies.csv", include_bytes!("../../gazetteer/agencies.csv")),
    ("media.csv", include_bytes!("../../gazetteer/media.csv")),
    ("organisations.csv", include_bytes!("../../gazetteer/organisations.csv")),
    ("people.csv", include_bytes!("../../gazetteer/people.csv")),
    ("places-cities.csv", include_bytes!("../../gazetteer/places-cities.csv")),
    (
        "places-counties.csv",
        include_bytes!("../../gazetteer/places-counties.csv"),
    ),
    (
        "places-countries.csv",
        include_bytes!("../../gazetteer/places-countries.csv"),
    ),
    ("places-states.csv", include_bytes!("../../gazetteer/places-states.csv")),
    ("products.csv", include_bytes!("../../gazetteer/products.csv")),
    ("rules.csv", include_bytes!("../../gazetteer/rules.csv")),
];

/// The shipped gazetteer's files that are not gazetteer data but go with it: the place lists' licence, which
/// `gazegraph gazetteer export` writes beside them.
pub const SHIPPED_EXTRAS: &[(&str, &[u8])] =
    &[("PLACES-LICENSE.md", include_bytes!("../../gazetteer/PLACES-LICENSE.md"))];

/// One layer of a gazetteer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The gazetteer built into gazegraph.
    Shipped,
    /// A folder (every `*.csv` in it, in sorted order) or a file.
    Path(PathBuf),
}

impl Source {
    /// A `--gazetteer` argument: `shipped` is the built-in gazetteer, anything else a path. When a file or folder
    /// called `shipped` exists too, the argument is refused rather than guessed: `./shipped` names that one.
    pub fn from_arg(arg: &Path) -> Result<Source, LoadError> {
        if arg.as_os_str() != SHIPPED {
            return Ok(Source::Path(arg.to_path_buf()));
        }
        if arg.exists() {
            return Err(LoadError {
                problems: vec![Problem {
                    hint: Some(format!(
                        "write `./{SHIPPED}` for the one in this folder; `{SHIPPED}` alone names the gazetteer built \
                         into gazegraph, so it cannot be used while they share the name"
                    )),
                    ..problem(arg, None, "names both the shipped gazetteer and a file or folder here")
                }],
                droppable: 0,
            });
        }
        Ok(Source::Shipped)
    }

    /// The gazetteer a command uses: its `--gazetteer` arguments, in order; with none, `./gazetteer/` when it is
    /// a folder, else the shipped gazetteer.
    pub fn resolve(args: &[PathBuf]) -> Result<Vec<Source>, LoadError> {
        if args.is_empty() {
            let folder = Path::new(DEFAULT_FOLDER);
            return Ok(vec![if folder.is_dir() {
                Source::Path(folder.to_path_buf())
            } else {
                Source::Shipped
            }]);
        }
        args.iter().map(|a| Source::from_arg(a)).collect()
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Shipped => f.write_str(SHIPPED),
            Source::Path(path) => write!(f, "{}", path.display()),
        }
    }
}

/// How a summary line names a gazetteer, after "with": `the shipped gazetteer`, `gazetteer/`, `the shipped
/// gazetteer + mine.csv` (a folder with a `/`, so that it reads as one).
pub fn describe(sources: &[Source]) -> String {
    let names: Vec<String> = sources
        .iter()
        .map(|source| match source {
            Source::Shipped => "the shipped gazetteer".to_string(),
            Source::Path(path) => {
                let name = path.display().to_string();
                if path.is_dir() && !name.ends_with(std::path::MAIN_SEPARATOR) && !name.ends_with('/') {
                    format!("{name}/")
                } else {
                    name
                }
            }
        })
        .collect();
    names.join(" + ")
}

/// The bytes of every file of the sources, in load order; fails when one cannot be read.
pub(super) fn read(sources: &[Source]) -> Result<Vec<(PathBuf, Vec<u8>)>, LoadError> {
    let mut problems = Vec::new();
    let mut files = Vec::new();
    for source in sources {
        match source {
            Source::Shipped => {
                for (name, bytes) in SHIPPED_FILES {
                    files.push((Path::new(SHIPPED_FOLDER).join(name), Some(bytes.to_vec())));
                }
            }
            Source::Path(path) if path.is_dir() => match csv_files_in(path) {
                Ok(found) if found.is_empty() => problems.push(problem(path, None, "no *.csv files in this folder")),
                Ok(found) => files.extend(found.into_iter().map(|f| (f, None))),
                Err(e) => problems.push(problem(path, None, &e.to_string())),
            },
            Source::Path(path) => files.push((path.clone(), None)),
        }
    }
    let mut read = Vec::new();
    for (file, bytes) in files {
        match bytes.map_or_else(|| std::fs::read(&file), Ok) {
            Ok(bytes) => read.push((file, bytes)),
            Err(e) => problems.push(problem(&file, None, &format!("cannot read: {e}"))),
        }
    }
    if !problems.is_empty() {
        return Err(LoadError { problems, droppable: 0 });
    }
    Ok(read)
}

fn csv_files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_file() && path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

/// Writes the shipped gazetteer's files (and its licence) into `dir`, creating it. Refuses, writing nothing,
/// when a file of the same name is there already and `overwrite` is not set: it may hold the user's edits.
pub fn export(dir: &Path, overwrite: bool) -> Result<Vec<PathBuf>, ExportError> {
    let all = || SHIPPED_FILES.iter().chain(SHIPPED_EXTRAS);
    if !overwrite {
        let existing: Vec<PathBuf> = all()
            .map(|(name, _)| dir.join(name))
            .filter(|path| path.exists())
            .collect();
        if !existing.is_empty() {
            return Err(ExportError::Exists(existing));
        }
    }
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut written = Vec::new();
    for (name, bytes) in all() {
        let path = dir.join(name);
        std::fs::write(&path, bytes).map_err(|source| ExportError::Io {
            path: path.clone(),
            source,
        })?;
        written.push(path);
    }
    Ok(written)
}

/// Why the shipped gazetteer could not be exported.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{} {} already there; nothing was written (--force overwrites them)", list(.0), if .0.len() == 1 { "is" } else { "are" })]
    Exists(Vec<PathBuf>),
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
}

fn list(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_files_are_the_repository_folder() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join(DEFAULT_FOLDER);
        let mut on_disk: Vec<String> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut shipped: Vec<&str> = SHIPPED_FILES.iter().chain(SHIPPED_EXTRAS).map(|(n, _)| *n).collect();
        shipped.sort();
        assert_eq!(
            on_disk, shipped,
            "a file added to gazetteer/ is added to SHIPPED_FILES too"
        );
        let names: Vec<&str> = SHIPPED_FILES.iter().map(|(n, _)| *n).collect();
        assert!(names.is_sorted(), "in the order a folder is read");
        for (name, bytes) in SHIPPED_FILES.iter().chain(SHIPPED_EXTRAS) {
            assert_eq!(std::fs::read(folder.join(name)).unwrap(), *bytes, "{name}");
        }
    }

    #[test]
    fn describing_the_sources() {
        let path = |p: &str| Source::Path(PathBuf::from(p));
        assert_eq!(describe(&[Source::Shipped]), "the shipped gazetteer");
        assert_eq!(
            describe(&[Source::Shipped, path("mine.csv")]),
            "the shipped gazetteer + mine.csv"
        );
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join(DEFAULT_FOLDER);
        assert_eq!(
            describe(&[Source::Path(folder.clone()), path("mine.csv")]),
            format!("{}/ + mine.csv", folder.display())
        );
        assert_eq!(
            Source::from_arg(Path::new("shipped")).unwrap(),
            Source::Shipped,
            "unless ./shipped exists"
        );
        assert_eq!(Source::from_arg(Path::new("./shipped")).unwrap(), path("./shipped"));
    }
}
