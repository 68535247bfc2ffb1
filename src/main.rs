//! The `gazegraph` command line: a thin layer over the library that parses arguments, shows progress and maps
//! errors to exit codes. See `gazegraph --help`.

mod cmd;

/// Extraction allocates many short-lived buffers per document on every worker thread; mimalloc's thread-local
/// free lists made whole builds about 10% faster than the system allocator here.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (`include/mimalloc.h` of the mimalloc 3 that `libmimalloc-sys` vendors;
/// the enum keeps retired options as placeholders so that the numbers stay stable).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> std::process::ExitCode {
    // A build frees a chunk of articles every few milliseconds and allocates the next at once. With mimalloc's
    // default purge delay (1 s) the freed pages went back to the kernel and came straight back, each fault
    // zeroing a 2 MB huge page: thousands of faults and a tenth of a build's time. Keeping freed memory costs
    // nothing here, since the next chunk reuses it and peak memory is the same.
    // SAFETY: sets a global option before any thread is started; mimalloc reads it when it purges.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    no_transparent_huge_pages();
    cmd::run()
}

/// Transparent huge pages made every first touch of a fresh 2 MB region zero all of it: mimalloc spreads its
/// size classes over the arena, so a build's resident memory was twice what it used (40 MB where 20 MB were
/// touched, on the 100 MB benchmark corpus) and zeroing it a tenth of the run. The setting is the process's
/// and takes effect for the memory touched from now on, which is nearly all of it.
#[cfg(target_os = "linux")]
fn no_transparent_huge_pages() {
    // SAFETY: PR_SET_THP_DISABLE takes one integer argument (the others must be 0) and only sets a flag of the
    // process; failure (an old kernel) leaves things as they were.
    unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
}

#[cfg(not(target_os = "linux"))]
fn no_transparent_huge_pages() {}

#[cfg(test)]
mod tests {
    /// The option number is mimalloc's purge delay: its default, 1000 ms (`src/options.c`), is what the number
    /// reads before `main` changes it (the options around it default to other values).
    #[test]
    fn the_purge_delay_option_is_the_one_set() {
        // SAFETY: reads a global option.
        assert_eq!(
            unsafe { libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY) },
            1000
        );
    }
}
