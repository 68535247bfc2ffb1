//! A test-only hook that stops a run at a named point of its commit, so that tests kill it (or race another run
//! against it) there deterministically rather than by luck of timing.
//!
//! With `GAZEGRAPH_TEST_HOOK=POINT:FILE` in the environment, a run reaching `POINT` creates `FILE` and waits
//! while it exists: the test sees the file, does what it tests (a `SIGKILL`, a second run), and removes the file
//! to let the run go on. Points: `commit` (the outputs are staged, nothing replaced yet; the folder locked),
//! `swap` (the new folder is ready to be swapped in), `swapped` (swapped in, the old one not yet removed),
//! `renamed` (replacing file by file: the first file renamed, the others not). Nothing else reads it.

use std::time::Duration;

/// Waits at `point` when the hook names it.
pub fn point(point: &str) {
    let Some(hook) = std::env::var_os("GAZEGRAPH_TEST_HOOK") else {
        return;
    };
    let hook = hook.to_string_lossy();
    let Some((at, file)) = hook.split_once(':') else { return };
    if at != point || std::fs::write(file, point).is_err() {
        return;
    }
    while std::path::Path::new(file).exists() {
        std::thread::sleep(Duration::from_millis(10));
    }
}
