//! An output folder written as one: locked for the run, staged, and replaced in one step.
//!
//! A run writes its files into a staging folder and changes the output folder only when everything was written
//! ([`OutputDir::commit`]), so that a failed or interrupted run leaves the previous outputs as they were. How the
//! staged files replace the old ones decides what a run killed at that moment leaves:
//!
//! - **Swap** (Linux): the staging folder is a sibling of the output folder, gets a hard link to everything else
//!   the output folder holds, and is exchanged with it by one `renameat2(RENAME_EXCHANGE)`. A reader, and a run
//!   killed at any instant, sees the old folder or the new one, never a mix. The old folder, now under the
//!   staging name, is removed (a run killed before it could be is cleaned up by the next run into the folder).
//! - **Renames** (elsewhere, or where the swap cannot be made: another file system mounted on the output folder,
//!   one that refuses the exchange, a folder holding folders of its own or owned by somebody else, the working
//!   directory): file by file, each rename atomic. A marker file, [`INCOMPLETE`], is written before the first
//!   rename and removed after the last, so that a set mixed by a kill in between is detected by the next run
//!   into the folder and by `query` ([`is_incomplete`]).
//!
//! Two runs into one folder would interleave, so the output folder is locked for the run (`flock`, which the
//! kernel releases when the process ends, however it ends); a second run fails at once, naming the process that
//! holds the lock where the system says ([`Error::Busy`](super::Error::Busy)).
//!
//! Files are not forced to disk (`fsync`) before the commit. That guards against a crash of the whole machine,
//! not of the run, and it made every build wait for the disk to take its outputs, the mention table above all
//! (40 ms, a tenth of a 100 MB build on two threads); a build is repeatable, so what such a crash loses is one
//! run.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::Error;

/// The marker a run replacing files one by one leaves while it does: a kill in between leaves it behind.
pub const INCOMPLETE: &str = ".gazegraph-incomplete";

/// Prefix of staging folders, so that one left behind by a killed run is recognisable (and removed by the
/// next run into the same folder). Inside the output folder when files are renamed one by one; beside it,
/// `.NAME.gazegraph-staging-PID-…`, when the folder is swapped.
const STAGING_PREFIX: &str = ".gazegraph-staging-";

/// A folder holding more entries than this of its own (besides gazegraph's outputs) is not swapped: each would
/// need a hard link in the new folder.
const MAX_CARRIED: usize = 1000;

/// Whether `dir` was left mixed by a run stopped while it replaced its files one by one.
pub fn is_incomplete(dir: &Path) -> bool {
    dir.join(INCOMPLETE).exists()
}

/// An output folder being written.
#[derive(Debug)]
pub struct OutputDir {
    /// The folder as named, for messages and paths.
    dir: PathBuf,
    /// The folder itself (symbolic links resolved), which a swap replaces.
    real: PathBuf,
    staging: tempfile::TempDir,
    /// Whether the staging folder is beside the output folder, so that the two can be swapped.
    beside: bool,
    files: Vec<String>,
    /// Files of earlier runs that this run's outputs replace even when it does not write them.
    replaces: &'static [&'static str],
    was_incomplete: bool,
    _locks: Vec<lock::Lock>,
}

impl OutputDir {
    /// Creates `dir` if needed, locks it, and makes a staging folder beside it (or inside it).
    pub fn create(dir: &Path) -> Result<OutputDir, Error> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let folder_lock = lock::Lock::acquire(dir)?;
        let real = std::fs::canonicalize(dir).map_err(|e| Error::io(dir, e))?;
        let was_incomplete = is_incomplete(&real);
        let (staging, beside) = match staging_beside(&real) {
            Some(staging) => (staging, true),
            None => {
                remove_stale_staging(&real, STAGING_PREFIX);
                let staging = tempfile::Builder::new()
                    .prefix(&format!("{STAGING_PREFIX}{}-", std::process::id()))
                    .tempdir_in(&real)
                    .map_err(|e| Error::io(dir, e))?;
                (staging, false)
            }
        };
        let mut locks = vec![folder_lock];
        // Once swapped, the staging folder is the output folder: a run that comes then finds it locked too.
        if beside && let Ok(staging_lock) = lock::Lock::acquire(staging.path()) {
            locks.push(staging_lock);
        }
        Ok(OutputDir {
            dir: dir.to_path_buf(),
            real,
            staging,
            beside,
            files: Vec::new(),
            replaces: &[],
            was_incomplete,
            _locks: locks,
        })
    }

    /// Also removes, on commit, the files of this list that the run did not write: a run's outputs are the
    /// whole set it writes, so a `--partial` build leaves no graph files of an earlier build beside it.
    pub fn replacing(mut self, names: &'static [&'static str]) -> OutputDir {
        self.replaces = names;
        self
    }

    /// The final folder.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Whether an earlier run was stopped while it replaced the folder's files one by one (a commit of this
    /// one puts that right).
    pub fn was_incomplete(&self) -> bool {
        self.was_incomplete
    }

    /// A new file in the staging folder, to be renamed to `dir/name` on commit.
    pub fn create_file(&mut self, name: &str) -> Result<Staged, Error> {
        let path = self.staging.path().join(name);
        let file = File::create(&path).map_err(|e| Error::io(&path, e))?;
        self.files.push(name.to_string());
        Ok(Staged {
            writer: BufWriter::with_capacity(1 << 16, file),
            path,
        })
    }

    /// Writes a whole file with `write`.
    pub fn write_file(
        &mut self,
        name: &str,
        write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<(), Error> {
        let mut staged = self.create_file(name)?;
        write(&mut staged.writer).map_err(|e| Error::io(&staged.path, e))?;
        staged.finish()
    }

    /// Puts the staged files in place, all at once where the system allows (see the module's documentation);
    /// returns their final paths.
    pub fn commit(self) -> Result<Vec<PathBuf>, Error> {
        test_hook::point("commit");
        let done = self.files.iter().map(|name| self.dir.join(name)).collect();
        if self.beside && self.swap()? {
            return Ok(done);
        }
        self.rename_one_by_one()?;
        Ok(done)
    }

    /// Whether `name`, an entry of the output folder, is one this run replaces or its own machinery.
    fn owned(&self, name: &str) -> bool {
        name == INCOMPLETE
            || name.starts_with(STAGING_PREFIX)
            || self.files.iter().any(|f| f == name)
            || self.replaces.contains(&name)
    }

    /// Swaps the staging folder in, with what else the output folder holds; false, with nothing changed, when
    /// it cannot be done here.
    fn swap(&self) -> Result<bool, Error> {
        if !swap::possible(&self.real) || !self.carry_over()? {
            return Ok(false);
        }
        test_hook::point("swap");
        if !swap::exchange(self.staging.path(), &self.real).map_err(|e| Error::io(&self.dir, e))? {
            return Ok(false);
        }
        test_hook::point("swapped");
        // Whatever another program put into the old folder since the carry-over goes to the new one.
        if let Ok(entries) = std::fs::read_dir(self.staging.path()) {
            for entry in entries.flatten() {
                let name = entry.file_name();
                let target = self.real.join(&name);
                if !self.owned(&name.to_string_lossy()) && std::fs::symlink_metadata(&target).is_err() {
                    let _ = std::fs::rename(entry.path(), target);
                }
            }
        }
        // Dropping the staging folder (now the old one) removes it.
        Ok(true)
    }

    /// Links what the output folder holds besides gazegraph's outputs into the staging folder, so that the
    /// swap keeps it; false when that is not for a swap (folders of its own, too many entries, other owners).
    fn carry_over(&self) -> Result<bool, Error> {
        let entries = std::fs::read_dir(&self.real).map_err(|e| Error::io(&self.dir, e))?;
        let mut carried = 0;
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(&self.dir, e))?;
            let name = entry.file_name();
            if self.owned(&name.to_string_lossy()) {
                continue;
            }
            carried += 1;
            let Ok(kind) = entry.file_type() else { return Ok(false) };
            let target = self.staging.path().join(&name);
            let linked = if kind.is_file() {
                std::fs::hard_link(entry.path(), &target)
            } else if kind.is_symlink() {
                std::fs::read_link(entry.path()).and_then(|to| swap::symlink(&to, &target))
            } else {
                return Ok(false);
            };
            if carried > MAX_CARRIED || linked.is_err() {
                return Ok(false);
            }
        }
        swap::same_owner_and_mode(&self.real, self.staging.path()).map_err(|e| Error::io(&self.dir, e))
    }

    /// Renames the staged files into the output folder one by one, with the [`INCOMPLETE`] marker around.
    fn rename_one_by_one(self) -> Result<(), Error> {
        let marker = self.real.join(INCOMPLETE);
        std::fs::write(
            &marker,
            format!(
                "gazegraph (process {}) was replacing the outputs in this folder one by one when it stopped: they \
                 may come from two runs. Run it again; the next run into this folder removes this file.\n",
                std::process::id()
            ),
        )
        .map_err(|e| Error::io(&marker, e))?;
        for (i, name) in self.files.iter().enumerate() {
            let (from, to) = (self.staging.path().join(name), self.real.join(name));
            std::fs::rename(&from, &to).map_err(|e| Error::io(&self.dir.join(name), e))?;
            if i == 0 {
                test_hook::point("renamed");
            }
        }
        for name in self.replaces {
            if !self.files.iter().any(|f| f == name) {
                match std::fs::remove_file(self.real.join(name)) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                        return Err(Error::io(&self.dir.join(name), e));
                    }
                    _ => {}
                }
            }
        }
        std::fs::remove_file(&marker).map_err(|e| Error::io(&marker, e))?;
        self.staging.close().map_err(|e| Error::io(&self.dir, e))
    }
}

/// A file being written in the staging folder.
#[derive(Debug)]
pub struct Staged {
    pub writer: BufWriter<File>,
    pub path: PathBuf,
}

impl Staged {
    /// Flushes the file, so that a commit never renames a file whose bytes are still in a buffer, and reports
    /// any error writing them.
    pub fn finish(self) -> Result<(), Error> {
        let path = self.path;
        self.writer.into_inner().map_err(|e| Error::io(&path, e.into_error()))?;
        Ok(())
    }
}

/// A staging folder beside `real`, for a swap, when one can be made there: the parent is writable and on the
/// same file system. Removes the ones killed runs left.
fn staging_beside(real: &Path) -> Option<tempfile::TempDir> {
    if !swap::possible(real) {
        return None;
    }
    let parent = real.parent()?;
    let name = real.file_name()?.to_string_lossy();
    let prefix = format!(".{name}{STAGING_PREFIX}");
    remove_stale_staging(parent, &prefix);
    remove_stale_staging(real, STAGING_PREFIX);
    tempfile::Builder::new()
        .prefix(&format!("{prefix}{}-", std::process::id()))
        .tempdir_in(parent)
        .ok()
}

/// Removes staging folders (named `prefix` + process id + `-…`) that runs killed without a chance to clean up
/// left behind in `dir`: those whose process no longer exists (checked through `/proc` where there is one;
/// elsewhere, those older than a day).
fn remove_stale_staging(dir: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix(prefix) else {
            continue;
        };
        let pid = rest.split('-').next().unwrap_or("");
        let stale = if Path::new("/proc/self").exists() {
            !pid.is_empty() && !Path::new("/proc").join(pid).exists()
        } else {
            entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 24 * 3600)
        };
        if stale {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

mod lock;
mod swap;
pub mod test_hook;
