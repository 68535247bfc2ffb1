//! Standard output and standard error, as a command-line tool should treat them.
//!
//! - Human-readable text has its control characters escaped (see [`gazegraph::show`]): article text, entity
//!   names and file names cannot drive the terminal or forge a line. JSON, DOT, completions and the man page are
//!   written exactly, and so is `text`'s output but to a terminal (its byte offsets are mentions.csv's).
//! - A write error on standard output (`> /dev/full`) is an error: exit status 2, with the reason.
//! - A closed standard output (`| head`) ends the program at once and quietly, the way `cat` and `grep` end:
//!   by the SIGPIPE signal, which shells report as status 141 and pipelines take as the reader's choice. Rust
//!   ignores SIGPIPE so that writes fail instead; the default action is restored for that one moment.
//! - Standard error carries progress, warnings and the final error; when it cannot be written (`2>/dev/full`,
//!   a closed pipe) the run goes on and its exit status still tells how it ended.

use std::io::Write;

use anyhow::Context;
use gazegraph::show::escape_lines;

/// Prints human-readable text on standard output, control characters (but line feeds) escaped.
pub fn print(text: &str) -> anyhow::Result<()> {
    print_exact(&escape_lines(text))
}

/// Prints text exactly as it is (JSON, DOT, a completion script, a man page).
pub fn print_exact(text: &str) -> anyhow::Result<()> {
    print_bytes(text.as_bytes())
}

pub fn print_bytes(bytes: &[u8]) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    written(out.write_all(bytes).and_then(|()| out.flush()))
}

/// The outcome of a write to standard output: an error named as one, a closed pipe the end of the program.
pub fn written(result: std::io::Result<()>) -> anyhow::Result<()> {
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => closed_pipe(),
        result => result.context("cannot write to standard output"),
    }
}

/// Ends the program as one whose reader went away: killed by SIGPIPE.
pub fn closed_pipe() -> ! {
    #[cfg(unix)]
    // SAFETY: restores the default action of one signal and raises it; nothing runs after that in this process.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        libc::raise(libc::SIGPIPE);
    }
    std::process::exit(141)
}

/// Prints a line on standard error, control characters (but line feeds) escaped; a failure to write it is
/// ignored, since there is nowhere left to report it.
pub fn say(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{}", escape_lines(line));
}

/// An error and its causes on one line, each said once: a message that already quotes its cause (`path: File
/// exists (os error 17)`) is not followed by the cause again.
pub fn describe(error: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in error.chain() {
        let part = cause.to_string();
        if text.contains(&part) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&part);
    }
    text
}
