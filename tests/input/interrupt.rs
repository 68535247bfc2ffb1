//! Runs stopped midway, by Ctrl-C (SIGINT) and by SIGKILL: the previous outputs stay byte for byte, and no
//! staging folder or half-written file is left behind (after a kill, the next run removes it).
//!
//! A timed kill would race the run. Instead the build reads a folder of articles and then standard input (a
//! merge, a partial through a named pipe), which the test holds open: it cannot finish before the test lets it, and the test kills it once the run has
//! written part of its mention table into the staging folder, then waits for the run to say it heard the
//! signal. Timeouts only turn a hang into a failure.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use crate::util::{OUTPUTS, build_seeds, folder_with, repo};

/// How long a step may take before the test calls it a hang.
const PATIENCE: Duration = Duration::from_secs(120);

pub use crate::util::entries;

/// The files of a folder (not its folders) with their bytes.
fn contents(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    entries(dir)
        .into_iter()
        .filter(|name| dir.join(name).is_file())
        .map(|name| {
            let bytes = std::fs::read(dir.join(&name)).unwrap();
            (name, bytes)
        })
        .collect()
}

/// `lines` JSONL articles.
fn articles(lines: usize) -> Vec<u8> {
    (0..lines)
        .map(|i| {
            format!("{{\"id\": \"s{i}\", \"text\": \"Palantir runs on AWS. ICE relies on Palantir and Amazon.\"}}\n")
        })
        .collect::<String>()
        .into_bytes()
}

/// A build of a folder and then of standard input, into `out`.
struct Held {
    child: Child,
    stdin: Option<ChildStdin>,
    stderr: Receiver<String>,
    said: Vec<String>,
    out: PathBuf,
}

impl Held {
    fn start(out: &Path) -> (Held, tempfile::TempDir) {
        let corpus = folder_with(&[
            ("a.txt", b"Microsoft works with Genetec in Detroit."),
            ("b.txt", b"Palantir."),
        ]);
        let args = [
            "build",
            corpus.path().to_str().unwrap(),
            "-",
            "--out",
            out.to_str().unwrap(),
        ];
        (Held::spawn(&args, out), corpus)
    }

    /// Runs `gazegraph ARGS`, writing into `out`, with standard input held open.
    fn spawn(args: &[&str], out: &Path) -> Held {
        let mut child = Command::new(env!("CARGO_BIN_EXE_gazegraph"))
            .args(args)
            .current_dir(repo())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (send, stderr) = channel();
        let pipe = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                let _ = send.send(line);
            }
        });
        Held {
            stdin: child.stdin.take(),
            child,
            stderr,
            said: Vec::new(),
            out: out.to_path_buf(),
        }
    }

    /// Feeds articles; the run may already have stopped reading, so a broken pipe is no error.
    fn feed(&mut self, lines: usize) {
        if let Some(stdin) = &mut self.stdin {
            let _ = stdin.write_all(&articles(lines));
        }
    }

    /// Waits until the run has written part of its mention table into its staging folder; returns the folder.
    fn wait_for_half_written_output(&mut self) -> PathBuf {
        let started = Instant::now();
        loop {
            // beside the output folder (`.NAME.gazegraph-staging-…`, to be swapped in) or inside it
            let name = self.out.file_name().unwrap().to_string_lossy().into_owned();
            let parent = self.out.parent().unwrap();
            let staging = entries(parent)
                .into_iter()
                .find(|n| n.starts_with(&format!(".{name}.gazegraph-staging-")))
                .map(|n| parent.join(n))
                .or_else(|| {
                    entries(&self.out)
                        .into_iter()
                        .find(|n| n.starts_with(".gazegraph-staging-"))
                        .map(|n| self.out.join(n))
                });
            if let Some(staging) = staging
                && std::fs::metadata(staging.join("mentions.csv")).is_ok_and(|m| m.len() > 0)
            {
                return staging;
            }
            assert!(started.elapsed() < PATIENCE, "the run never wrote: {:?}", self.said);
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn signal(&self, signal: &str) {
        let status = Command::new("kill")
            .args([signal, &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success(), "kill {signal}");
    }

    /// Waits for standard error to say `needle`.
    fn wait_to_say(&mut self, needle: &str) {
        let deadline = Instant::now() + PATIENCE;
        while !self.said.iter().any(|l| l.contains(needle)) {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.stderr.recv_timeout(left) {
                Ok(line) => self.said.push(line),
                Err(_) => panic!("the run never said {needle:?}: {:?}", self.said),
            }
        }
    }

    /// Waits for the run to end, without closing its standard input; returns its exit code.
    fn wait(&mut self) -> Option<i32> {
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                self.said.extend(self.stderr.try_iter());
                return status.code();
            }
            if started.elapsed() > PATIENCE {
                let _ = self.child.kill();
                panic!("the run did not stop: {:?}", self.said);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

#[test]
fn ctrl_c_midway_leaves_the_previous_outputs_and_nothing_else() {
    let out = build_seeds(&[]);
    let before = contents(out.path());
    assert_eq!(entries(out.path()), OUTPUTS);

    let (mut run, _corpus) = Held::start(out.path());
    // more than a batch (1,024 documents), so that the run matches them and writes their mentions
    run.feed(1500);
    run.wait_for_half_written_output();
    run.signal("-INT");
    run.wait_to_say("interrupted; stopping after the documents in hand");
    // the run stops within a few documents, while its input is still open
    run.feed(1500);
    assert_eq!(run.wait(), Some(130), "{:?}", run.said);
    assert!(
        run.said
            .iter()
            .any(|l| l.contains("interrupted; the outputs were left as they were")),
        "{:?}",
        run.said
    );
    assert_eq!(
        entries(out.path()),
        OUTPUTS,
        "no staging folder or temporary file is left"
    );
    assert!(
        contents(out.path()) == before,
        "the previous outputs are byte for byte as they were"
    );
}

#[test]
fn a_killed_run_leaves_the_previous_outputs_and_the_next_run_clears_its_staging_folder() {
    let out = build_seeds(&[]);
    let before = contents(out.path());

    let (mut run, _corpus) = Held::start(out.path());
    run.feed(1500);
    let staging = run.wait_for_half_written_output();
    run.signal("-KILL");
    // reaped, so that its process id is gone when the next run looks for it
    assert_eq!(run.wait(), None, "killed by a signal");
    assert!(
        staging.exists(),
        "a killed run cannot clean up: its staging folder is there"
    );
    assert!(
        contents(out.path()) == before,
        "the previous outputs are byte for byte as they were"
    );

    let result = crate::util::run(&["build", "--out", out.path().to_str().unwrap(), "--quiet"]).expect_code(0);
    assert!(
        !staging.exists(),
        "the next run removed the stale staging folder: {}",
        result.stderr
    );
    assert_eq!(entries(out.path()), OUTPUTS);
}

/// A merge interrupted while it reads a partial, here a named pipe that the test writes the partial into only
/// after the Ctrl-C, stops before its next step and leaves the previous outputs and nothing else.
#[test]
fn ctrl_c_during_a_merge_leaves_the_previous_outputs_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(repo().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    seeds.sort();
    let shard = |name: &str, files: &[PathBuf]| -> PathBuf {
        let folder = dir.path().join(name);
        let mut args = vec!["build", "--partial", "--quiet", "--out", folder.to_str().unwrap()];
        args.extend(files.iter().map(|f| f.to_str().unwrap()));
        crate::util::run(&args).expect_code(0);
        folder
    };
    let (a, b) = (shard("a", &seeds[..2]), shard("b", &seeds[2..]));
    let out = dir.path().join("out");
    let arg = |p: &Path| p.to_str().unwrap().to_string();
    crate::util::run(&["merge", &arg(&a), &arg(&b), "--out", &arg(&out), "--quiet"]).expect_code(0);
    let before = contents(&out);
    assert_eq!(entries(&out), OUTPUTS);

    let piped = dir.path().join("piped");
    std::fs::create_dir(&piped).unwrap();
    std::fs::copy(b.join("mentions.csv"), piped.join("mentions.csv")).unwrap();
    let fifo = piped.join("partial.jsonl");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let mut run = Held::spawn(&["merge", &arg(&a), &arg(&fifo), "--out", &arg(&out)], &out);
    // The merge opens its partials after it has taken over Ctrl-C.
    let mut pipe = open_when_read(&fifo, &mut run);
    run.signal("-INT");
    run.wait_to_say("interrupted; stopping after the step in hand");
    pipe.write_all(&std::fs::read(b.join("partial.jsonl")).unwrap())
        .unwrap();
    drop(pipe);
    assert_eq!(run.wait(), Some(130), "{:?}", run.said);
    assert_eq!(entries(&out), OUTPUTS, "no staging folder or temporary file is left");
    assert!(
        contents(&out) == before,
        "the previous outputs are byte for byte as they were"
    );
}

/// Opens the named pipe `fifo` for writing once `run` has opened it for reading.
fn open_when_read(fifo: &Path, run: &mut Held) -> std::fs::File {
    use std::os::unix::fs::OpenOptionsExt;
    let started = Instant::now();
    loop {
        // Without a reader, a non-blocking open fails at once (ENXIO) instead of waiting for one.
        match std::fs::OpenOptions::new()
            .write(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(fifo)
        {
            Ok(_) => return std::fs::OpenOptions::new().write(true).open(fifo).unwrap(),
            Err(e) if e.raw_os_error() == Some(libc::ENXIO) => {}
            Err(e) => panic!("{}: {e}", fifo.display()),
        }
        if let Some(status) = run.child.try_wait().unwrap() {
            panic!(
                "the merge ended ({status}) before reading: {:?}",
                run.stderr.try_iter().collect::<Vec<_>>()
            );
        }
        assert!(
            started.elapsed() < PATIENCE,
            "the merge never opened {}",
            fifo.display()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn help_documents_the_exit_status_of_an_interrupted_run() {
    let help = crate::util::run(&["--help"]).expect_code(0).stdout;
    assert!(help.contains("130  interrupted by Ctrl-C"), "{help}");
}
