//! How long a gazetteer of 1k, 100k or 1M surface forms takes to load and compile, and how much memory it takes.
//!
//! ```sh
//! cargo run --release --example gazetteer_scale -- 1000 100000 1000000
//! cargo run --release --example gazetteer_scale -- --runs 5 100000
//! ```
//!
//! For each size it generates a gazetteer CSV of that many surface forms (names and aliases) into a temporary
//! folder (`benches/common`: deterministic, shaped like a real one), then measures `Gazetteer::load` (read,
//! parse, validate) and `Extractor::new` (fold, compile the automaton) in a fresh child process, so that the
//! peak memory is that of loading and compiling alone and not of generating. Each size is measured `--runs`
//! times (3 by default): the table shows the fastest time of each phase and the largest peak. Peak memory is
//! the kernel's high-water mark of resident memory (`VmHWM` in `/proc/self/status`), so it is measured on Linux
//! only. The allocator and its settings are the `gazegraph` binary's, whose memory this is meant to predict.
//!
//! To profile one phase, write a gazetteer once and measure it under the profiler:
//!
//! ```sh
//! cargo run --release --example gazetteer_scale -- --write /tmp/gaz-1m 1000000
//! perf record -e cpu-clock -g target/release/examples/gazetteer_scale --measure /tmp/gaz-1m
//! ```

#[path = "../benches/common/mod.rs"]
mod common;

use std::collections::HashSet;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use gazegraph::{Extractor, Gazetteer};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay`, which the binary sets to keep freed memory (see `src/main.rs`).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

const USAGE: &str = "usage: gazetteer_scale [--runs N] FORMS...   (e.g. 1000 100000 1000000)
       gazetteer_scale --write DIR FORMS     (write DIR/synthetic.csv)
       gazetteer_scale --measure DIR         (load and compile DIR once, print key=value)";

fn main() -> ExitCode {
    // SAFETY: sets a global option before any thread is started, as the binary does.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [flag, dir] if flag == "--measure" => measure(Path::new(dir)),
        [flag, dir, size] if flag == "--write" => parse(std::slice::from_ref(size)).and_then(|(_, sizes)| {
            std::fs::create_dir_all(dir).map_err(|e| format!("{dir}: {e}"))?;
            write(Path::new(dir), sizes[0]).map(drop)
        }),
        _ => parse(&args).and_then(|(runs, sizes)| compare(runs, &sizes)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn parse(args: &[String]) -> Result<(usize, Vec<usize>), String> {
    let number = |s: &str| {
        s.replace('_', "")
            .parse::<usize>()
            .map_err(|_| format!("not a number: {s}\n{USAGE}"))
    };
    let (mut runs, mut sizes) = (3, Vec::new());
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => runs = number(args.next().ok_or(USAGE)?)?.max(1),
            "-h" | "--help" => return Err(USAGE.to_string()),
            size => sizes.push(number(size)?),
        }
    }
    if sizes.is_empty() {
        return Err(USAGE.to_string());
    }
    Ok((runs, sizes))
}

/// What one child process measured.
#[derive(Clone, Copy, Default)]
struct Phases {
    load: f64,
    compile: f64,
    /// Resident MB after loading, and the peak after loading and after compiling.
    rss_loaded: f64,
    peak_loaded: f64,
    peak: f64,
    entities: usize,
    patterns: usize,
}

fn compare(runs: usize, sizes: &[usize]) -> Result<(), String> {
    println!("{runs} run(s) per size; fastest time per phase, largest peak; MB = 10^6 bytes");
    println!(
        "{:>9} {:>9} {:>7} {:>8} {:>9} {:>8} {:>9} {:>9} {:>9} {:>8}",
        "forms", "entities", "CSV MB", "load s", "compile s", "total s", "RSS load", "peak load", "peak all", "gen s"
    );
    for &size in sizes {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let started = Instant::now();
        let generated = write(dir.path(), size)?;
        let generating = started.elapsed().as_secs_f64();
        let mut best: Option<Phases> = None;
        for _ in 0..runs {
            let p = child(dir.path())?;
            best = Some(match best {
                None => p,
                Some(b) => Phases {
                    load: b.load.min(p.load),
                    compile: b.compile.min(p.compile),
                    rss_loaded: b.rss_loaded.max(p.rss_loaded),
                    peak_loaded: b.peak_loaded.max(p.peak_loaded),
                    peak: b.peak.max(p.peak),
                    ..p
                },
            });
        }
        let b = best.expect("at least one run");
        println!(
            "{:>9} {:>9} {:>7.1} {:>8.3} {:>9.3} {:>8.3} {:>9.0} {:>9.0} {:>9.0} {:>8.2}",
            b.patterns,
            b.entities,
            generated.csv.len() as f64 / 1e6,
            b.load,
            b.compile,
            b.load + b.compile,
            b.rss_loaded,
            b.peak_loaded,
            b.peak,
            generating
        );
    }
    println!("(RSS load: resident after Gazetteer::load; peak load / peak all: VmHWM after loading / after compiling)");
    Ok(())
}

/// Writes the gazetteer of `forms` surface forms as `dir/synthetic.csv`.
fn write(dir: &Path, forms: usize) -> Result<common::SyntheticGazetteer, String> {
    let generated = common::gazetteer(forms, 42, &HashSet::new());
    let file = dir.join("synthetic.csv");
    std::fs::write(&file, &generated.csv).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(generated)
}

fn child(dir: &Path) -> Result<Phases, String> {
    let text = common::run_self(&[std::ffi::OsStr::new("--measure"), dir.as_os_str()])
        .map_err(|e| format!("the measuring process failed: {e}"))?;
    let field = |name: &str| -> Result<f64, String> {
        text.split_whitespace()
            .find_map(|kv| kv.strip_prefix(name)?.strip_prefix('=')?.parse().ok())
            .ok_or_else(|| format!("no {name} in {text:?}"))
    };
    Ok(Phases {
        load: field("load")?,
        compile: field("compile")?,
        rss_loaded: field("rss_loaded")?,
        peak_loaded: field("peak_loaded")?,
        peak: field("peak")?,
        entities: field("entities")? as usize,
        patterns: field("patterns")? as usize,
    })
}

/// The child: loads and compiles the gazetteer in `dir` and prints what it measured as `key=value` words.
fn measure(dir: &Path) -> Result<(), String> {
    let started = Instant::now();
    let gazetteer = Gazetteer::load(&[dir]).map_err(|e| e.to_string())?;
    let load = started.elapsed().as_secs_f64();
    let (rss_loaded, peak_loaded) = (common::status_mb("VmRSS")?, common::status_mb("VmHWM")?);
    let started = Instant::now();
    let extractor = Extractor::new(&gazetteer).map_err(|e| e.to_string())?;
    let compile = started.elapsed().as_secs_f64();
    let peak = common::status_mb("VmHWM")?;
    println!(
        "load={load} compile={compile} rss_loaded={rss_loaded} peak_loaded={peak_loaded} peak={peak} entities={} \
         patterns={}",
        gazetteer.len(),
        extractor.patterns()
    );
    Ok(())
}
