//! What a long run shows on the terminal: a progress bar once the work has taken a second (and only when
//! standard error is a terminal), skipped inputs as they happen, and a one-line summary at the end.

use std::io::IsTerminal;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use gazegraph::pipeline::Observer;
use gazegraph::text::Skip;
use indicatif::{ProgressBar, ProgressStyle};

/// Progress of a build, for the terminal.
pub struct Progress {
    started: Instant,
    total: AtomicU64,
    done: AtomicU64,
    bar: OnceLock<ProgressBar>,
    show_bar: bool,
    quiet: bool,
}

impl Progress {
    pub fn new(quiet: bool) -> Progress {
        Progress {
            started: Instant::now(),
            total: AtomicU64::new(0),
            done: AtomicU64::new(0),
            bar: OnceLock::new(),
            show_bar: !quiet && std::io::stderr().is_terminal(),
            quiet,
        }
    }

    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Prints a line to standard error without tearing the bar.
    pub fn say(&self, line: &str) {
        match self.bar.get() {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// Removes the bar before the summary.
    pub fn finish(&self) {
        if let Some(bar) = self.bar.get() {
            bar.finish_and_clear();
        }
    }
}

impl Observer for Progress {
    fn started(&self, total_bytes: u64) {
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
            bar.set_style(
                ProgressStyle::with_template(
                    "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}, {eta})",
                )
                .expect("a valid template"),
            );
            bar
        });
        bar.set_position(done);
    }

    fn skipped(&self, skip: &Skip) {
        self.say(&format!("gazegraph: skipped {skip}"));
    }

    fn renamed(&self, from: &str, to: &str) {
        if !self.quiet {
            self.say(&format!(
                "gazegraph: warning: two documents have the id `{from}`; the later one is `{to}`"
            ));
        }
    }
}
