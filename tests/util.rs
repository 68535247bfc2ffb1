//! Helpers for the end-to-end tests: running the `gazegraph` binary and reading what it wrote.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The repository root, where `seeds/`, `gazetteer/` and `out/` live.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// What a run of the binary did.
#[derive(Debug)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    /// Panics with the run's output unless it exited with `code`.
    pub fn expect_code(self, code: i32) -> Output {
        assert_eq!(
            self.code, code,
            "exit status\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

/// Runs `gazegraph ARGS` in `cwd`, with `stdin` as standard input.
pub fn run_in(cwd: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    run_env(cwd, args, stdin, &[])
}

/// Runs `gazegraph ARGS` in `cwd` with more environment variables. Each run remembers its graph (see `query
/// --graph`) in a state folder of its own, so that runs of parallel tests never read each other's, and nothing
/// is written into the home folder.
pub fn run_env(cwd: &Path, args: &[&str], stdin: Option<&[u8]>, env: &[(&str, &str)]) -> Output {
    let state = tempdir();
    let mut child = Command::new(env!("CARGO_BIN_EXE_gazegraph"))
        .args(args)
        .current_dir(cwd)
        .env("XDG_STATE_HOME", state.path())
        .envs(env.iter().copied())
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs `gazegraph ARGS` in the repository root.
pub fn run(args: &[&str]) -> Output {
    run_in(&repo(), args, None)
}

/// What `build` writes, in the order a sorted listing of its folder gives.
pub const OUTPUTS: [&str; 8] = [
    "edges.csv",
    "graph.dot",
    "graph.gexf",
    "graph.graphml",
    "graph.html",
    "graph.json",
    "mentions.csv",
    "nodes.csv",
];

/// What `build` writes besides the mention table: the files that do not depend on the order of the inputs.
pub fn graph_files() -> Vec<&'static str> {
    OUTPUTS.into_iter().filter(|name| *name != "mentions.csv").collect()
}

/// A fresh temporary folder.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// Builds `corpus` with the shipped gazetteer into a new folder, with extra arguments: the folder and the run.
pub fn build_folder(corpus: &Path, extra: &[&str]) -> (tempfile::TempDir, Output) {
    let out = tempdir();
    let mut args = vec!["build", corpus.to_str().unwrap(), "--out", out.path().to_str().unwrap()];
    args.extend_from_slice(extra);
    let result = run(&args);
    (out, result)
}

/// Builds the seeds with the shipped gazetteer into a new folder, with extra arguments.
pub fn build_seeds(extra: &[&str]) -> tempfile::TempDir {
    let out = tempdir();
    let out_arg = out.path().to_str().unwrap().to_string();
    let mut args = vec![
        "build",
        "seeds",
        "--gazetteer",
        "gazetteer",
        "--out",
        &out_arg,
        "--quiet",
    ];
    args.extend_from_slice(extra);
    run(&args).expect_code(0);
    out
}

/// The rows of a CSV file as maps from column name to value.
pub fn read_csv(path: &Path) -> Vec<HashMap<String, String>> {
    let mut reader = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .map(String::from)
                .zip(r.iter().map(String::from))
                .collect()
        })
        .collect()
}

pub fn read_json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Writes `files` (name, contents) into a new folder.
pub fn folder_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempdir();
    for (name, contents) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
    }
    dir
}

/// The co-occurrence link between two node ids in a node-link graph, whichever way it is written.
pub fn link<'a>(graph: &'a serde_json::Value, a: &str, b: &str) -> Option<&'a serde_json::Value> {
    link_of(graph, a, b, "cooccurrence")
}

/// The link of a kind between two node ids, whichever way it is written.
pub fn link_of<'a>(graph: &'a serde_json::Value, a: &str, b: &str, kind: &str) -> Option<&'a serde_json::Value> {
    graph["links"].as_array().unwrap().iter().find(|l| {
        let (s, t) = (l["source"].as_str().unwrap(), l["target"].as_str().unwrap());
        l["kind"] == kind && ((s == a && t == b) || (s == b && t == a))
    })
}

/// The names in a folder, sorted, hidden ones too.
pub fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
