//! What inputs are, beyond files of articles: pipes, devices, named pipes, gazegraph's own outputs, files of
//! other kinds, text headers, and JSON that Python writes.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{GAZETTEER, build};
use crate::util::{folder_with, read_csv, read_json, run, tempdir};

fn gazetteer() -> tempfile::TempDir {
    folder_with(&[("g.csv", GAZETTEER.as_bytes())])
}

/// The documents a build's graph.json lists, as (id, metadata).
fn documents(out: &Path) -> Vec<serde_json::Value> {
    read_json(&out.join("graph.json"))["documents"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn a_pipe_named_as_an_input_is_streamed_as_standard_input_is() {
    let g = gazetteer();
    let out = tempdir();
    // Process substitution: `/dev/fd/63`, a pipe with no name to tell its format; gzip and JSONL are found
    // from the bytes.
    let script = format!(
        "printf '%s\\n' '{{\"id\": \"p1\", \"text\": \"Palantir in München.\"}}' | gzip > {dir}/news.jsonl.gz; \
         printf 'Microsoft in Köln.\\n' > {dir}/a.txt; \
         exec {bin} build <(gzip -dc {dir}/news.jsonl.gz) <(cat {dir}/a.txt) <(gzip -c {dir}/a.txt) \
         --gazetteer {g} --out {out}",
        dir = out.path().display(),
        bin = env!("CARGO_BIN_EXE_gazegraph"),
        g = g.path().display(),
        out = out.path().join("graph").display(),
    );
    let result = Command::new("bash").arg("-c").arg(&script).output().unwrap();
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(result.status.success(), "{stderr}");
    let mentions = read_csv(&out.path().join("graph/mentions.csv"));
    let found: Vec<(&str, &str)> = mentions
        .iter()
        .map(|m| (m["document"].as_str(), m["entity"].as_str()))
        .collect();
    assert_eq!(found.len(), 6, "{found:?}");
    assert!(
        found.contains(&("p1", "palantir")) && found.contains(&("p1", "munich")),
        "{found:?}"
    );
    assert_eq!(found.iter().filter(|(_, e)| *e == "microsoft").count(), 2, "{found:?}");
}

#[test]
fn devices_are_refused_at_once() {
    let g = gazetteer();
    let out = tempdir();
    for device in ["/dev/zero", "/dev/urandom", "/dev/null"] {
        let started = Instant::now();
        let result = build(&[Path::new(device)], g.path(), out.path(), &[]).expect_code(2);
        assert!(
            result
                .stderr
                .contains(&format!("{device}: a character device, not a file of articles")),
            "{}",
            result.stderr
        );
        assert!(started.elapsed() < Duration::from_secs(10), "{device} was read");
    }
}

fn mkfifo(path: &Path) {
    let name = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
}

#[test]
fn a_named_pipe_says_it_waits_for_a_writer_and_one_in_a_folder_is_not_read() {
    let g = gazetteer();
    let dir = folder_with(&[("corpus/a.txt", b"Palantir in Munich.")]);
    let fifo = dir.path().join("news.fifo");
    mkfifo(&fifo);
    mkfifo(&dir.path().join("corpus/stuck.txt"));
    let out = tempdir();
    let mut child = Command::new(env!("CARGO_BIN_EXE_gazegraph"))
        .args([
            "build",
            dir.path().join("corpus").to_str().unwrap(),
            fifo.to_str().unwrap(),
        ])
        .args([
            "--gazetteer",
            g.path().to_str().unwrap(),
            "--out",
            out.path().to_str().unwrap(),
        ])
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut said = String::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !said.contains("waiting for a program to write to it") {
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("no word of waiting: {said}");
        }
        let mut line = String::new();
        assert!(stderr.read_line(&mut line).unwrap() > 0, "ended early: {said}");
        said.push_str(&line);
    }
    std::fs::OpenOptions::new()
        .write(true)
        .open(&fifo)
        .unwrap()
        .write_all(b"Microsoft in Cologne.")
        .unwrap();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    assert!(child.wait().unwrap().success(), "{said}{rest}");
    let stuck = dir.path().join("corpus/stuck.txt");
    let word = format!("{}: a named pipe, not a file: not read", stuck.display());
    assert!(said.contains(&word) || rest.contains(&word), "{said}{rest}");
    assert_eq!(
        read_json(&out.path().join("graph.json"))["graph"]["documents"],
        2,
        "{rest}"
    );
}

#[test]
fn gazegraphs_own_outputs_in_an_input_folder_are_skipped_with_one_line() {
    let g = gazetteer();
    let corpus = folder_with(&[
        ("a.txt", b"Palantir in Munich."),
        ("b.jsonl", b"{\"text\": \"Microsoft in Cologne.\"}\n"),
    ]);
    let dir = corpus.path();
    // A partial and a graph written into the folder being read, as a careless first run leaves them.
    build(&[dir], g.path(), &dir.join("shard"), &["--partial"]).expect_code(0);
    build(&[dir], g.path(), &dir.join("graph"), &[]).expect_code(0);
    std::fs::copy(dir.join("shard/partial.jsonl"), dir.join("copied-partial.jsonl")).unwrap();
    std::fs::create_dir(dir.join("moved")).unwrap();
    std::fs::copy(dir.join("shard/partial.jsonl"), dir.join("moved/partial.jsonl")).unwrap();
    let out = tempdir();
    let result = build(&[dir], g.path(), out.path(), &[]).expect_code(0);
    for folder in ["graph", "shard"] {
        let line = format!(
            "gazegraph: {}: gazegraph's own outputs, not articles: not read",
            dir.join(folder).display()
        );
        assert_eq!(result.stderr.matches(&line).count(), 1, "{}", result.stderr);
    }
    let moved = format!(
        "gazegraph: {}: gazegraph's own outputs",
        dir.join("moved/partial.jsonl").display()
    );
    assert!(result.stderr.contains(&moved), "{}", result.stderr);
    // A partial renamed is no longer known by its name, and its lines are not articles: skipped as such.
    assert!(
        result.stderr.contains("copied-partial.jsonl:1: no `text` field"),
        "{}",
        result.stderr
    );
    assert_eq!(
        read_json(&out.path().join("graph.json"))["graph"]["documents"],
        2,
        "{}",
        result.stderr
    );
}

#[test]
fn a_jsonl_line_with_a_lone_surrogate_keeps_its_article_with_a_warning() {
    let g = gazetteer();
    // What Python's json.dumps writes for a string holding half of an emoji.
    let corpus = folder_with(&[(
        "news.jsonl",
        b"{\"id\": \"cut\", \"text\": \"Palantir in M\\u00fcnchen \\ud83d and Microsoft.\"}\n{\"id\": \"ok\", \"text\": \"Microsoft in Cologne \\ud83d\\ude00.\"}\n",
    )]);
    let out = tempdir();
    let result = build(&[corpus.path()], g.path(), out.path(), &["--strict"]).expect_code(0);
    let warning = format!(
        "gazegraph: warning: {}:1: 1 lone UTF-16 surrogate escape (such as \\ud800, half of a character) read as U+FFFD",
        corpus.path().join("news.jsonl").display()
    );
    assert!(result.stderr.contains(&warning), "{}", result.stderr);
    assert!(
        result.stderr.contains("1 document read with a warning"),
        "{}",
        result.stderr
    );
    let text = run(&[
        "text",
        corpus.path().join("news.jsonl").to_str().unwrap(),
        "--id",
        "cut",
    ])
    .stdout;
    assert_eq!(text, "Palantir in München \u{FFFD} and Microsoft.");
    let entities: Vec<String> = read_csv(&out.path().join("mentions.csv"))
        .iter()
        .map(|m| m["entity"].clone())
        .collect();
    assert_eq!(entities, ["palantir", "munich", "microsoft", "microsoft", "cologne"]);
}

#[test]
fn files_that_are_not_articles_are_counted_by_kind_and_named() {
    let g = gazetteer();
    let corpus = folder_with(&[
        ("a.txt", b"Palantir in Munich."),
        ("b.pdf", b"%PDF-1.7"),
        ("c.docx", b"PK\x03\x04"),
        ("d.md", b"# Microsoft"),
        ("e.PDF", b"%PDF-1.7"),
        ("README", b"notes"),
        ("sub/f.md", b"# Palantir"),
    ]);
    let dir = corpus.path();
    let out = tempdir();
    let result = build(&[dir], g.path(), out.path(), &[]).expect_code(0);
    let summary = format!(
        "gazegraph: ignored 1 .docx files, 2 .md files, 2 .pdf files, 1 files without an extension ({}, {}, {}, …; --verbose names them all)",
        dir.join("README").display(),
        dir.join("b.pdf").display(),
        dir.join("c.docx").display(),
    );
    assert!(result.stderr.contains(&summary), "{}", result.stderr);
    assert!(result.stderr.contains("1 document ("), "{}", result.stderr);
    // --verbose names each; --strict does not fail for files that are no articles.
    let result = build(&[dir], g.path(), out.path(), &["--verbose", "--strict"]).expect_code(0);
    for name in ["b.pdf", "c.docx", "d.md", "e.PDF", "README", "sub/f.md"] {
        assert!(
            result
                .stderr
                .contains(&format!("gazegraph: ignored {} (", dir.join(name).display())),
            "{name}: {}",
            result.stderr
        );
    }
    assert!(
        result
            .stderr
            .contains("gazegraph: ignored 1 .docx files, 2 .md files, 2 .pdf files, 1 files without an extension\n"),
        "{}",
        result.stderr
    );
}

#[test]
fn a_text_files_header_gives_its_metadata_and_is_not_matched() {
    let g = gazetteer();
    let corpus = folder_with(&[
        (
            "header.txt",
            "title: Microsoft in München\r\nDate: 2024-03-12T06:00:00Z\r\nurl: https://example.org/a\r\noutlet: Example News\r\nlang: de\r\n\r\nPalantir arbeitet in Köln.\r\n".as_bytes(),
        ),
        ("old.txt", b" date 2018-11 Palantir in Munich."),
        ("prose.txt", b"Title: not a header, since the next line is prose\nPalantir in Munich.\n\nMicrosoft."),
        ("unknown.txt", b"author: someone\n\nPalantir."),
        ("partial.txt", b"outlet: Tagesblick\n\nMicrosoft."),
    ]);
    let out = tempdir();
    let result = build(&[corpus.path()], g.path(), out.path(), &["--window", "document"]).expect_code(0);
    let docs = documents(out.path());
    let by_id = |id: &str| docs.iter().find(|d| d["id"] == id).cloned().unwrap_or_default();
    assert_eq!(
        by_id("header"),
        serde_json::json!({"id": "header", "title": "Microsoft in München", "date": "2024-03-12",
                           "url": "https://example.org/a", "lang": "de", "outlet": "Example News"}),
        "{}",
        result.stderr
    );
    assert_eq!(by_id("old")["date"], "2018-11");
    assert_eq!(by_id("prose"), serde_json::Value::Null, "no header: no metadata");
    let mentions = read_csv(&out.path().join("mentions.csv"));
    let of = |doc: &str| -> Vec<String> {
        mentions
            .iter()
            .filter(|m| m["document"] == doc)
            .map(|m| m["entity"].clone())
            .collect()
    };
    // The header is not matched (Microsoft, München), and spans still point into the whole file.
    assert_eq!(of("header"), ["palantir", "cologne"]);
    let text = std::fs::read_to_string(corpus.path().join("header.txt")).unwrap();
    for m in mentions.iter().filter(|m| m["document"] == "header") {
        let (start, end): (usize, usize) = (m["start"].parse().unwrap(), m["end"].parse().unwrap());
        assert_eq!(&text[start..end], m["surface"]);
    }
    assert_eq!(of("prose"), ["palantir", "munich", "microsoft"]);
    assert_eq!(of("unknown"), ["palantir"]);
    let help = run(&["build", "--help"]).stdout;
    assert!(
        help.contains("`title:`, `date:`, `url:`, `outlet:` and `lang:`"),
        "{help}"
    );
}
