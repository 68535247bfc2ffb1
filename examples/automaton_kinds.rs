//! Which Aho-Corasick automaton suits which gazetteer size: build time, memory and scan speed of a DFA, a
//! contiguous NFA and a noncontiguous NFA over the patterns `Extractor::new` compiles, at several sizes.
//!
//! ```sh
//! cargo run --release --example automaton_kinds -- 1000 10000 100000 1000000
//! cargo run --release --example automaton_kinds -- --kinds cnfa --dense-depth 2,3,4,6 1000000
//! ```
//!
//! The patterns are those of the shipped gazetteer padded with a generated one (`benches/common`) to the
//! size asked for, each folded and led by a space as the extractor does; they are compiled as the extractor
//! compiles them (leftmost-longest, no prefilter) and scanned over 4 MB of the seed articles recombined, folded
//! paragraph by paragraph beforehand, so that the scan rate is the automaton's alone. Each automaton is built
//! in a child process of its own so that its peak memory (`VmHWM`, Linux only) is its own. `--dense-depth`
//! sets `AhoCorasickBuilder::dense_depth` (the library's default: 3 for the noncontiguous NFA, 2 for the
//! contiguous one); `--sorted` compiles the patterns in byte order; `--runs N` builds each automaton N times
//! and reports the fastest. A DFA is skipped above `--dfa-max` patterns (200,000 by default; it needs
//! gigabytes there).

#[path = "../benches/common/mod.rs"]
mod common;

use std::process::ExitCode;
use std::time::Instant;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use gazegraph::text::fold::Folded;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const KINDS: [&str; 3] = ["dfa", "cnfa", "nfa"];

const USAGE: &str = "usage: automaton_kinds [--kinds dfa,cnfa,nfa] [--dense-depth N,...] [--sorted] [--dfa-max N] \
                     [--runs N] PATTERNS...";

/// One measurement to make, in a child process.
#[derive(Clone, Debug)]
struct Case {
    kind: &'static str,
    patterns: usize,
    dense_depth: Option<usize>,
    sorted: bool,
    runs: usize,
}

/// Passes over the text per automaton: the fastest is reported, which on a busy machine is the one least
/// disturbed by other processes.
const SCANS: usize = 10;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("--child") => child(&args[1..]),
        _ => parent(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn number(s: &str) -> Result<usize, String> {
    s.replace('_', "")
        .parse()
        .map_err(|_| format!("not a number: {s}\n{USAGE}"))
}

fn parent(args: &[String]) -> Result<(), String> {
    let (mut kinds, mut depths, mut sorted, mut dfa_max, mut runs, mut sizes) =
        (KINDS.to_vec(), vec![None], false, 200_000, 1, Vec::new());
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| USAGE.to_string());
        match arg.as_str() {
            "--kinds" => {
                kinds = value()?
                    .split(',')
                    .map(|k| KINDS.into_iter().find(|&n| n == k).ok_or_else(|| kind(k).unwrap_err()))
                    .collect::<Result<_, _>>()?
            }
            "--dense-depth" => {
                depths = value()?
                    .split(',')
                    .map(|d| number(d).map(Some))
                    .collect::<Result<_, _>>()?
            }
            "--sorted" => sorted = true,
            "--dfa-max" => dfa_max = number(value()?)?,
            "--runs" => runs = number(value()?)?,
            "-h" | "--help" => return Err(USAGE.to_string()),
            size => sizes.push(number(size)?),
        }
    }
    if sizes.is_empty() {
        return Err(USAGE.to_string());
    }
    println!(
        "MB = 10^6 bytes; build: fastest of {runs}; heap: the automaton's own count; peak: the build's growth of \
         resident memory; scan: MB of text per second, fastest of {SCANS} passes over 4 MB"
    );
    println!(
        "{:>9} {:>5} {:>6} {:>8} {:>10} {:>9} {:>9} {:>9}",
        "patterns", "kind", "depth", "build s", "heap MB", "peak MB", "scan MB/s", "matches"
    );
    for &patterns in &sizes {
        // Generated here and read by each child, so that a child's peak memory is its automaton's.
        let file = tempfile::NamedTempFile::new().map_err(|e| e.to_string())?;
        std::fs::write(file.path(), keys(patterns).join("\n")).map_err(|e| e.to_string())?;
        for &kind in &kinds {
            if kind == "dfa" && patterns > dfa_max {
                println!("{patterns:>9} {kind:>5}  skipped (over --dfa-max {dfa_max})");
                continue;
            }
            for &dense_depth in &depths {
                let case = Case {
                    kind,
                    patterns,
                    dense_depth,
                    sorted,
                    runs,
                };
                println!("{}", run_child(&case, file.path())?);
            }
        }
    }
    Ok(())
}

fn kind(name: &str) -> Result<AhoCorasickKind, String> {
    match name {
        "dfa" => Ok(AhoCorasickKind::DFA),
        "cnfa" => Ok(AhoCorasickKind::ContiguousNFA),
        "nfa" => Ok(AhoCorasickKind::NoncontiguousNFA),
        other => Err(format!(
            "unknown kind {other}: dfa, cnfa (contiguous NFA) or nfa (noncontiguous)"
        )),
    }
}

fn run_child(case: &Case, patterns: &std::path::Path) -> Result<String, String> {
    let depth = case.dense_depth.map_or("default".to_string(), |d| d.to_string());
    let (sorted, runs) = (case.sorted.to_string(), case.runs.to_string());
    let args = [
        "--child",
        case.kind,
        &depth,
        &sorted,
        &runs,
        &patterns.to_string_lossy(),
    ];
    Ok(match common::run_self(&args) {
        Ok(line) => line.trim_end().to_string(),
        Err(e) => format!("{:>9} {:>5} {depth:>6}  failed: {e}", case.patterns, case.kind),
    })
}

/// The patterns `Extractor::new` would compile for the shipped gazetteer padded to `n` surface forms.
fn keys(n: usize) -> Vec<String> {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut keys = common::patterns(&common::padded_gazetteer(n, dir.path()));
    keys.truncate(n);
    keys
}

fn child(args: &[String]) -> Result<(), String> {
    let [kind_name, depth, sorted, runs, file] = args else {
        return Err(USAGE.to_string());
    };
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    let mut keys: Vec<&str> = text.split('\n').collect();
    if sorted == "true" {
        keys.sort_unstable();
    }
    let corpus = common::corpus(4_000_000, 1);
    let mut folded = Folded::default();
    let paragraphs: Vec<Vec<u8>> = corpus
        .iter()
        .flat_map(|d| d.body().split("\n\n"))
        .map(|p| {
            folded.fold_padded(p);
            folded.as_bytes().to_vec()
        })
        .collect();
    let text_bytes: usize = corpus.iter().map(|d| d.body().len()).sum();
    let before = common::status_mb("VmRSS")?;
    let mut builder = AhoCorasick::builder();
    builder
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(kind(kind_name)?))
        .prefilter(false);
    if depth != "default" {
        builder.dense_depth(number(depth)?);
    }
    let (mut build, mut automaton) = (f64::INFINITY, None);
    for _ in 0..number(runs)?.max(1) {
        drop(automaton.take());
        let started = Instant::now();
        automaton = Some(builder.build(&keys).map_err(|e| e.to_string())?);
        build = build.min(started.elapsed().as_secs_f64());
    }
    let automaton = automaton.expect("built at least once");
    let peak = common::status_mb("VmHWM")? - before;
    let (mut best, mut matches) = (f64::INFINITY, 0);
    for _ in 0..SCANS {
        let started = Instant::now();
        matches = paragraphs
            .iter()
            .map(|p| automaton.find_iter(p.as_slice()).count())
            .sum::<usize>();
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!(
        "{:>9} {:>5} {:>6} {:>8.3} {:>10.1} {:>9.0} {:>9.1} {:>9}",
        keys.len(),
        kind_name,
        depth,
        build,
        automaton.memory_usage() as f64 / 1e6,
        peak,
        text_bytes as f64 / 1e6 / best,
        matches
    );
    Ok(())
}
