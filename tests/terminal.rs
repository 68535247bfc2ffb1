//! Standard output and error as Unix tools treat them: a full disk is an error, a closed pipe a quiet end, a
//! full standard error never a panic; and text from articles, gazetteers, file names and arguments cannot drive
//! the terminal or forge a line.

use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::util::{folder_with, repo, run, tempdir};

/// A graph of the seeds, built once per test into a folder of its own.
fn seeds_graph() -> tempfile::TempDir {
    crate::util::build_seeds(&[])
}

/// Every subcommand that writes to standard output, with arguments that make it write.
fn printing(graph: &Path) -> Vec<Vec<String>> {
    let g = graph.to_str().unwrap();
    let eval =
        "eval --gold tests/fixtures/eval/gold tests/fixtures/eval/docs --gazetteer tests/fixtures/eval/gazetteer.csv";
    [
        "--help",
        "--version",
        "build --help",
        "gazetteer check tests/fixtures/eval/gazetteer.csv",
        "gazetteer check tests/fixtures/eval/gazetteer.csv --json",
        eval,
        &format!("{eval} --json"),
        &format!("query --graph {g} neighbors ICE"),
        &format!("query --graph {g} neighbours ICE --json"),
        &format!("query --graph {g} evidence Palantir AWS"),
        &format!("query --graph {g} path Amazon Detroit"),
        &format!("query --graph {g} top --by betweenness"),
        &format!("query --graph {g} communities --json"),
        &format!("query --graph {g} ego Amazon"),
        &format!("query --graph {g} ego Amazon --format dot"),
        "suggest seeds --limit 5",
        "suggest seeds --limit 5 --json",
        "text seeds/000_5fc0c75c47dbb2ca.txt",
        "text seeds --json",
        "completions bash",
        "completions zsh",
        "completions fish",
        "completions powershell",
        "man",
    ]
    .iter()
    .map(|line| line.split(' ').map(String::from).collect())
    .collect()
}

/// Every subcommand that writes files and messages only, with arguments that make it succeed.
fn quiet_on_stdout(graph: &Path, scratch: &Path) -> Vec<Vec<String>> {
    let g = graph.to_str().unwrap();
    let s = scratch.to_str().unwrap();
    [
        format!("build seeds/000_5fc0c75c47dbb2ca.txt --out {s}/build"),
        format!("build seeds/000_5fc0c75c47dbb2ca.txt --partial --out {s}/shard"),
        format!("merge {s}/shard --out {s}/merged"),
        format!("render --graph {g} -o {s}/diagram.dot"),
        format!("render --graph {g} --top 20 -o {s}/page.html"),
        format!("query --graph {g} ego Amazon -o {s}/amazon.json"),
        format!("man -o {s}/man"),
        format!("gazetteer export {s}/shipped --force"),
    ]
    .iter()
    .map(|line| line.split(' ').map(String::from).collect())
    .collect()
}

struct Ran {
    code: Option<i32>,
    signal: Option<i32>,
    stderr: String,
}

fn spawn(args: &[String], stdout: Stdio, stderr: Stdio) -> Ran {
    let state = tempdir();
    let out = Command::new(env!("CARGO_BIN_EXE_gazegraph"))
        .args(args)
        .current_dir(repo())
        .env("XDG_STATE_HOME", state.path())
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .output()
        .unwrap();
    Ran {
        code: out.status.code(),
        signal: out.status.signal(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn full() -> Stdio {
    Stdio::from(std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap())
}

/// A pipe whose reading end is already closed: every write to it fails at once.
fn closed_pipe() -> Stdio {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    Stdio::from(writer)
}

#[test]
fn a_full_disk_on_standard_output_is_an_error_for_every_subcommand() {
    let graph = seeds_graph();
    for args in printing(graph.path()) {
        let ran = spawn(&args, full(), Stdio::piped());
        assert_eq!(ran.code, Some(2), "{args:?}: {}", ran.stderr);
        assert!(
            ran.stderr
                .starts_with("gazegraph: error: cannot write to standard output: No space left on device"),
            "{args:?}: {}",
            ran.stderr
        );
        assert_eq!(
            ran.stderr.matches("os error").count(),
            1,
            "{args:?}: said once: {}",
            ran.stderr
        );
    }
    let scratch = tempdir();
    for args in quiet_on_stdout(graph.path(), scratch.path()) {
        let ran = spawn(&args, full(), Stdio::piped());
        assert_eq!(ran.code, Some(0), "{args:?}: nothing to write there: {}", ran.stderr);
    }
}

#[test]
fn a_closed_standard_output_ends_quietly_as_cat_does() {
    let graph = seeds_graph();
    for args in printing(graph.path()) {
        let ran = spawn(&args, closed_pipe(), Stdio::piped());
        assert_eq!(
            (ran.code, ran.signal),
            (None, Some(libc::SIGPIPE)),
            "{args:?}: {}",
            ran.stderr
        );
        assert_eq!(ran.stderr, "", "{args:?}: quietly");
    }
}

#[test]
fn a_full_or_closed_standard_error_is_never_a_panic() {
    let graph = seeds_graph();
    let scratch = tempdir();
    let g = graph.path().to_str().unwrap().to_string();
    let failing: Vec<Vec<String>> = [
        vec!["build", "nowhere/"],
        vec!["query", "--graph", &g, "neighbors", "Nobody"],
        vec!["gazetteer", "check", "nowhere.csv"],
        vec!["frobnicate"],
    ]
    .iter()
    .map(|a| a.iter().map(|s| s.to_string()).collect())
    .collect();
    for stderr in [full as fn() -> Stdio, closed_pipe] {
        for args in quiet_on_stdout(graph.path(), scratch.path()) {
            let ran = spawn(&args, Stdio::null(), stderr());
            assert_eq!(ran.code, Some(0), "{args:?}");
        }
        for args in printing(graph.path()) {
            let ran = spawn(&args, Stdio::null(), stderr());
            assert!(matches!(ran.code, Some(0 | 1)), "{args:?}: {:?}", ran.code);
        }
        for args in &failing {
            let ran = spawn(args, Stdio::null(), stderr());
            assert_eq!(ran.code, Some(2), "{args:?}");
        }
    }
}

#[test]
fn an_os_error_is_said_once() {
    let dir = tempdir();
    let file = dir.path().join("taken");
    std::fs::write(&file, "").unwrap();
    let out = format!("{}/sub", file.display());
    let cases: Vec<Vec<&str>> = vec![
        vec!["build", "seeds/000_5fc0c75c47dbb2ca.txt", "--out", &out],
        vec!["query", "--graph", dir.path().to_str().unwrap(), "top"],
        vec!["query", "--graph", "/dev/zero", "top"],
        vec!["render", "--graph", "nowhere.json"],
    ];
    for args in cases {
        let result = run(&args).expect_code(2);
        let said = result.stderr.matches("(os error").count();
        assert!(said <= 1, "{args:?}: {}", result.stderr);
        for line in result.stderr.lines() {
            let parts: Vec<&str> = line.split(": ").collect();
            assert!(parts.windows(2).all(|w| w[0] != w[1]), "{args:?}: repeated: {line}");
        }
    }
}

const ATTACK: &str = "\u{1b}]0;owned\u{7}\u{1b}[2J";

#[test]
fn article_text_entity_names_and_file_names_are_shown_escaped() {
    let article = format!("Palantir works with ICE.{ATTACK} Palantir and ICE again.\n");
    let corpus = folder_with(&[
        ("article.txt", article.as_bytes()),
        (&format!("{ATTACK}.txt"), b""),
        (
            "second.jsonl",
            b"{\"id\": \"doc\\u001b[31m\", \"title\": \"T\\r\\nforged\", \"text\": \"Palantir met ICE.\"}\n",
        ),
    ]);
    let out = tempdir();
    let build = run(&[
        "build",
        corpus.path().to_str().unwrap(),
        "--out",
        out.path().to_str().unwrap(),
    ])
    .expect_code(0);
    assert!(!build.stderr.contains('\u{1b}'), "{}", build.stderr);
    assert!(
        build.stderr.contains("\\u{1b}]0;owned\\u{7}\\u{1b}[2J.txt"),
        "{}",
        build.stderr
    );

    let graph = out.path().to_str().unwrap();
    let shown = run(&["query", "--graph", graph, "evidence", "Palantir", "ICE"]).expect_code(0);
    assert!(!shown.stdout.contains(['\u{1b}', '\u{7}', '\r']), "{}", shown.stdout);
    assert!(
        shown.stdout.contains("\\u{1b}]0;owned\\u{7}\\u{1b}[2J"),
        "{}",
        shown.stdout
    );
    assert!(shown.stdout.contains("doc\\u{1b}[31m"), "{}", shown.stdout);
    assert!(
        shown.stdout.lines().all(|l| !l.starts_with("forged")),
        "{}",
        shown.stdout
    );
    let table = run(&["query", "--graph", graph, "neighbors", "ICE"]).expect_code(0);
    assert!(!table.stdout.contains('\u{1b}'), "{}", table.stdout);

    let json = run(&["query", "--graph", graph, "evidence", "Palantir", "ICE", "--json"]).expect_code(0);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let texts: Vec<&str> = value["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    assert!(texts.iter().any(|t| t.contains(ATTACK)), "JSON stays exact: {texts:?}");
}

#[test]
fn an_argument_cannot_forge_a_line() {
    let graph = seeds_graph();
    let g = graph.path().to_str().unwrap();
    for args in [
        vec!["query", "--graph", g, "neighbors", "ICE\r\ngazegraph: forged"],
        vec!["query", "--graph", g, "evidence", "ICE", "ICE\r\ngazegraph: forged"],
        vec!["query", "--graph", g, "top", "--type", "x\r\ngazegraph: forged"],
        vec!["man", "x\r\ngazegraph: forged"],
    ] {
        let result = run(&args);
        assert_eq!(result.code, 2, "{args:?}");
        assert!(
            result.stderr.lines().all(|l| !l.starts_with("gazegraph: forged")),
            "{args:?}: {}",
            result.stderr
        );
        assert!(
            result.stderr.contains("\\r\\ngazegraph: forged"),
            "{args:?}: {}",
            result.stderr
        );
    }
}

/// `text` prints an article's bytes exactly into a pipe (mentions.csv's spans slice them), and escaped onto a
/// terminal, which `script` provides (util-linux; where it is missing the terminal half is not run).
#[test]
fn text_is_exact_in_a_pipe_and_escaped_on_a_terminal() {
    let corpus = folder_with(&[("article.txt", format!("Palantir {ATTACK} ICE.\n").as_bytes())]);
    let file = corpus.path().join("article.txt");
    let piped = run(&["text", file.to_str().unwrap()]).expect_code(0);
    assert_eq!(piped.stdout, format!("Palantir {ATTACK} ICE.\n"));
    let command = format!("{} text {}", env!("CARGO_BIN_EXE_gazegraph"), file.display());
    let Ok(shown) = Command::new("script").args(["-qc", &command, "/dev/null"]).output() else {
        return;
    };
    let shown = String::from_utf8_lossy(&shown.stdout);
    assert!(!shown.contains('\u{1b}'), "{shown:?}");
    assert!(
        shown.contains("Palantir \\u{1b}]0;owned\\u{7}\\u{1b}[2J ICE."),
        "{shown:?}"
    );
}
