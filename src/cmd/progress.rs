//! What a long run shows on the terminal: a progress bar once the work has taken a second (and only when
//! standard error is a terminal), skipped inputs as they happen, and a one-line summary at the end; and what it
//! does on Ctrl-C.
//!
//! Ctrl-C asks the build (or merge) to stop rather than killing it: the pipeline stops within a few documents or
//! at the next segment, a merge before its next step, the staging folder is removed as the error unwinds, and the
//! previous outputs stay as they were (exit status [`INTERRUPTED`]). A second Ctrl-C stops at once, leaving the
//! staging folder for the next run to remove.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Once, OnceLock};
use std::time::{Duration, Instant};

use gazegraph::pipeline::Observer;
use gazegraph::text::Skip;
use gazegraph::text::source::{Ignored, IgnoredKind, Warning};
use indicatif::{ProgressBar, ProgressStyle};

/// The exit status of a run stopped by Ctrl-C: 128 + SIGINT, what shells report for a program killed by it.
pub const INTERRUPTED: u8 = 130;

/// Set by the first Ctrl-C.
static CANCELLED: AtomicBool = AtomicBool::new(false);

/// Makes Ctrl-C set [`CANCELLED`] instead of killing the process, once per process; the first Ctrl-C says the
/// run is stopping after `work` (`the documents in hand`). Where no handler can be installed, Ctrl-C keeps its
/// default effect, and the next run removes what it left.
pub fn take_over_ctrl_c(work: &'static str) {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let _ = ctrlc::set_handler(move || {
            if CANCELLED.swap(true, Ordering::SeqCst) {
                std::process::exit(i32::from(INTERRUPTED));
            }
            super::term::say(&format!(
                "gazegraph: interrupted; stopping after {work} (Ctrl-C again to stop at once)"
            ));
        });
    });
}

/// Whether Ctrl-C was pressed (once [`take_over_ctrl_c`] has been called).
pub fn interrupted() -> bool {
    CANCELLED.load(Ordering::SeqCst)
}

/// Whether an error is the pipeline giving up because of Ctrl-C.
pub fn is_interrupted(error: &anyhow::Error) -> bool {
    matches!(
        error.downcast_ref::<gazegraph::pipeline::Error>(),
        Some(gazegraph::pipeline::Error::Cancelled)
    )
}

/// Progress of a build, for the terminal.
pub struct Progress {
    started: Instant,
    total: AtomicU64,
    done: AtomicU64,
    bar: OnceLock<ProgressBar>,
    show_bar: bool,
    quiet: bool,
    verbose: bool,
    /// The first few files ignored quietly, for the summary.
    ignored: std::sync::Mutex<Vec<String>>,
}

/// Files ignored quietly that the summary names without `--verbose`.
pub const IGNORED_NAMED: usize = 3;

impl Progress {
    /// Also takes over Ctrl-C, which from now on stops the build cleanly (see [`Observer::cancelled`]).
    /// When `verbose`, it names every file it ignores.
    pub fn new(quiet: bool, verbose: bool) -> Progress {
        take_over_ctrl_c("the documents in hand");
        Progress {
            started: Instant::now(),
            total: AtomicU64::new(0),
            done: AtomicU64::new(0),
            bar: OnceLock::new(),
            show_bar: !quiet && std::io::stderr().is_terminal(),
            quiet,
            verbose,
            ignored: std::sync::Mutex::new(Vec::new()),
        }
    }

    /// Whether the run says nothing but errors (`--quiet`).
    pub fn quiet(&self) -> bool {
        self.quiet
    }

    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Prints a line to standard error without tearing the bar.
    pub fn say(&self, line: &str) {
        match self.bar.get() {
            Some(bar) => bar.suspend(|| super::term::say(line)),
            None => super::term::say(line),
        }
    }

    /// The first few files ignored quietly (all of them, under `--verbose`, were named as they were found).
    pub fn ignored_names(&self) -> Vec<String> {
        self.ignored.lock().map(|names| names.clone()).unwrap_or_default()
    }

    /// Removes the bar before the summary.
    pub fn finish(&self) {
        if let Some(bar) = self.bar.get() {
            bar.finish_and_clear();
        }
    }
}

impl Observer for Progress {
    fn wants_total(&self) -> bool {
        self.show_bar
    }

    fn sized(&self, total_bytes: u64) {
        self.total.store(total_bytes, Ordering::Relaxed);
    }

    fn advanced(&self, bytes: u64) {
        let done = self.done.fetch_add(bytes, Ordering::Relaxed) + bytes;
        if !self.show_bar || self.started.elapsed() < Duration::from_secs(1) {
            return;
        }
        let bar = self.bar.get_or_init(|| {
            let total = self.total.load(Ordering::Relaxed);
            let bar = if total > 0 {
                ProgressBar::new(total)
            } else {
                ProgressBar::no_length()
            };
            let bar = bar.with_position(done).with_elapsed(self.started.elapsed());
            bar.set_style(
                ProgressStyle::with_template("{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({msg})")
                    .expect("a valid template"),
            );
            bar
        });
        // The total may arrive after the bar (it is found beside the build).
        let total = self.total.load(Ordering::Relaxed);
        if total > 0 && bar.length() != Some(total) {
            bar.set_length(total);
        }
        // Rate and time left over the whole run: indicatif's own estimate starts when the bar appears, after a
        // second of work, and takes that second's bytes for an instant's, which it shows as TiB/s.
        let rate = done as f64 / self.started.elapsed().as_secs_f64();
        if total > 0 {
            let left = total.saturating_sub(done) as f64 / rate;
            bar.set_message(format!("{:.1} MiB/s, {}s left", rate / 1048576.0, left.ceil() as u64));
        } else {
            bar.set_message(format!("{:.1} MiB/s", rate / 1048576.0));
        }
        bar.set_position(done);
    }

    fn cancelled(&self) -> bool {
        interrupted()
    }

    fn skipped(&self, skip: &Skip) {
        self.say(&format!("gazegraph: skipped {skip}"));
    }

    fn ignored(&self, ignored: &Ignored) {
        if self.quiet {
            return;
        }
        if ignored.kind.said() {
            self.say(&format!("gazegraph: {ignored}"));
        } else if self.verbose {
            self.say(&format!(
                "gazegraph: ignored {} ({})",
                ignored.location,
                ignored.kind.label()
            ));
        } else if !matches!(ignored.kind, IgnoredKind::Record(_))
            && let Ok(mut names) = self.ignored.lock()
            && names.len() < IGNORED_NAMED
        {
            names.push(ignored.location.clone());
        }
    }

    fn warned(&self, warning: &Warning) {
        if !self.quiet {
            self.say(&format!("gazegraph: warning: {warning}"));
        }
    }

    fn waiting(&self, pipe: &std::path::Path) {
        if !self.quiet {
            self.say(&format!(
                "gazegraph: {} is a named pipe: waiting for a program to write to it",
                pipe.display()
            ));
        }
    }

    fn renamed(&self, from: &str, to: &str) {
        if !self.quiet {
            self.say(&format!(
                "gazegraph: warning: two documents have the id `{from}`; the later one is `{to}`"
            ));
        }
    }
}
