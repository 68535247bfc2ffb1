//! Exchanging two folders in one step: Linux's `renameat2(RENAME_EXCHANGE)`; elsewhere nothing, and the caller
//! renames file by file.

use std::path::Path;

/// Whether a swap may replace the folder `real`: on Linux, when it is not the working directory (or one of its
/// ancestors, which a swap would leave the process, and the shell it came from, outside of), not a mount point,
/// and the test hook `GAZEGRAPH_TEST_NO_SWAP` is not set.
#[cfg(target_os = "linux")]
pub fn possible(real: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    if std::env::var_os("GAZEGRAPH_TEST_NO_SWAP").is_some() {
        return false;
    }
    if std::env::current_dir().is_ok_and(|cwd| cwd.starts_with(real)) {
        return false;
    }
    let Some(parent) = real.parent() else { return false };
    match (std::fs::metadata(real), std::fs::metadata(parent)) {
        (Ok(dir), Ok(parent)) => dir.dev() == parent.dev(),
        _ => false,
    }
}

#[cfg(not(target_os = "linux"))]
pub fn possible(_: &Path) -> bool {
    false
}

/// Exchanges the folders `a` and `b`; false, with nothing changed, when the system or file system cannot.
#[cfg(target_os = "linux")]
pub fn exchange(a: &Path, b: &Path) -> std::io::Result<bool> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let path = |p: &Path| CString::new(p.as_os_str().as_bytes()).map_err(std::io::Error::other);
    let (a, b) = (path(a)?, path(b)?);
    // SAFETY: two NUL-terminated paths that live through the call; the system call (through `syscall`, since
    // C libraries before glibc 2.28 lack the wrapper) only reads them.
    let done = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if done == 0 {
        return Ok(true);
    }
    let error = std::io::Error::last_os_error();
    match error.raw_os_error() {
        // no renameat2 (old kernel, a sandbox), a file system without exchange, another file system
        Some(libc::ENOSYS | libc::EINVAL | libc::EXDEV | libc::EPERM | libc::ENOTSUP) => Ok(false),
        _ => Err(error),
    }
}

#[cfg(not(target_os = "linux"))]
pub fn exchange(_: &Path, _: &Path) -> std::io::Result<bool> {
    Ok(false)
}

/// Gives the new folder the old one's permissions; false when it cannot have its owner (a folder of somebody
/// else's, or of another group, is then not swapped, which would change its ownership).
#[cfg(unix)]
pub fn same_owner_and_mode(old: &Path, new: &Path) -> std::io::Result<bool> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let (was, is) = (std::fs::metadata(old)?, std::fs::metadata(new)?);
    if (was.uid(), was.gid()) != (is.uid(), is.gid()) {
        return Ok(false);
    }
    std::fs::set_permissions(new, std::fs::Permissions::from_mode(was.mode() & 0o7777))?;
    Ok(true)
}

#[cfg(not(unix))]
pub fn same_owner_and_mode(_: &Path, _: &Path) -> std::io::Result<bool> {
    Ok(false)
}

#[cfg(unix)]
pub fn symlink(to: &Path, at: &Path) -> std::io::Result<()> {
    std::os::unix::fs::symlink(to, at)
}

#[cfg(not(unix))]
pub fn symlink(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}
