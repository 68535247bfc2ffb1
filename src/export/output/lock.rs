//! The output folder's lock: an advisory `flock` on the folder itself, held for the run and released by the
//! kernel when the process ends, however it ends, so that no stale lock outlives a killed run.
//!
//! A second run into a locked folder fails at once rather than waiting: its outputs would replace the first
//! run's the moment it finished, so two runs into one folder are a mistake (two jobs of a batch given one
//! `--out`) that waiting would hide.

use std::fs::File;
use std::path::Path;

use super::Error;

/// A held lock; dropping it releases it.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

impl Lock {
    /// Locks the folder `dir`, or fails with [`Error::Busy`] when another process holds it.
    pub fn acquire(dir: &Path) -> Result<Lock, Error> {
        // The folder a run swaps in replaces the one that was at the path: a lock taken on the old one after
        // the swap is taken again on the new one.
        loop {
            let file = open(dir).map_err(|e| Error::io(dir, e))?;
            match fs4::FileExt::try_lock(&file) {
                Ok(()) if still_at(&file, dir) => return Ok(Lock { _file: file }),
                Ok(()) => continue,
                Err(fs4::TryLockError::WouldBlock) => {
                    return Err(Error::Busy {
                        path: dir.to_path_buf(),
                        holder: holder(&file),
                    });
                }
                // A file system without locks (some network ones): the run goes on unlocked, as before locks.
                Err(fs4::TryLockError::Error(_)) => return Ok(Lock { _file: file }),
            }
        }
    }
}

#[cfg(unix)]
fn open(dir: &Path) -> std::io::Result<File> {
    File::open(dir)
}

/// Where a folder cannot be opened as a file, a lock file inside it stands for it.
#[cfg(not(unix))]
fn open(dir: &Path) -> std::io::Result<File> {
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join(".gazegraph-lock"))
}

/// Whether the path still names the folder `file` is open on.
#[cfg(unix)]
fn still_at(file: &File, dir: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(dir)) {
        (Ok(a), Ok(b)) => (a.dev(), a.ino()) == (b.dev(), b.ino()),
        _ => false,
    }
}

#[cfg(not(unix))]
fn still_at(_: &File, _: &Path) -> bool {
    true
}

/// The process holding the lock on `file`, and its command line, where the system says: Linux lists every
/// lock with its process in `/proc/locks`.
#[cfg(target_os = "linux")]
fn holder(file: &File) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let meta = file.metadata().ok()?;
    let (major, minor) = (libc::major(meta.dev()), libc::minor(meta.dev()));
    let device = format!("{major:02x}:{minor:02x}:{}", meta.ino());
    let locks = std::fs::read_to_string("/proc/locks").ok()?;
    let pid = locks.lines().find_map(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        // `1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF`; a waiting lock has `->` after the number
        (fields.get(1) == Some(&"FLOCK") && fields.get(5) == Some(&device.as_str())).then(|| fields[4].to_string())
    })?;
    let command = std::fs::read(format!("/proc/{pid}/cmdline"))
        .ok()
        .map(|bytes| {
            let words: Vec<String> = bytes
                .split(|&b| b == 0)
                .filter(|w| !w.is_empty())
                .map(|w| String::from_utf8_lossy(w).into_owned())
                .collect();
            words.join(" ")
        })
        .filter(|c| !c.is_empty());
    Some(match command {
        Some(command) => format!("process {pid}: {command}"),
        None => format!("process {pid}"),
    })
}

#[cfg(not(target_os = "linux"))]
fn holder(_: &File) -> Option<String> {
    None
}
