//! The README shows what the program writes, so that it cannot drift from it again.
//!
//! Every fenced block of README.md is a command to type (`sh`, `python`), a question whose answer
//! `tests/query.rs` checks (`$ gazegraph query …`), or is marked by an HTML comment on the line before it:
//!
//! - `<!-- sample: out/FILE -->`: an excerpt of what `build` writes for the seeds. Lines are found in the file
//!   in order, consecutive unless a line `…` stands between them; inside a line `…` stands for any text;
//!   indentation is not compared. A JSON
//!   sample is compared as JSON: every key it shows has the value shown (`"…"` is any value), and an array
//!   shows some of the elements in order, all of them unless it ends with `"…"`.
//! - `<!-- sample: out/graph.json, a link -->`: one of the links of graph.json, compared as JSON.
//! - `<!-- sample: gazegraph ARGS -->`: the same, of what the command prints.
//! - `<!-- synopsis -->`: every option shown exists in the `--help` of the command it is shown with.
//! - `<!-- not output: WHY -->`: a format description, not output.

use serde_json::Value;

use crate::util::{build_seeds, repo, run};

struct Block {
    /// Line of the opening fence, from 1.
    line: usize,
    lang: String,
    marker: Option<String>,
    body: Vec<String>,
}

fn blocks(readme: &str) -> Vec<Block> {
    let lines: Vec<&str> = readme.lines().collect();
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if let Some(lang) = lines[i].strip_prefix("```") {
            let end = (i + 1..lines.len())
                .find(|&j| lines[j].starts_with("```"))
                .expect("every fence is closed");
            let marker = i
                .checked_sub(1)
                .and_then(|p| lines[p].trim().strip_prefix("<!--"))
                .and_then(|m| m.strip_suffix("-->"))
                .map(|m| m.trim().to_string());
            blocks.push(Block {
                line: i + 1,
                lang: lang.trim().to_string(),
                marker,
                body: lines[i + 1..end].iter().map(|l| l.to_string()).collect(),
            });
            i = end;
        }
        i += 1;
    }
    blocks
}

fn readme() -> String {
    std::fs::read_to_string(repo().join("README.md")).unwrap()
}

#[test]
fn every_block_is_a_command_a_checked_answer_or_marked() {
    for block in blocks(&readme()) {
        let command = matches!(block.lang.as_str(), "sh" | "python");
        let answer = block.body.first().is_some_and(|l| l.starts_with("$ gazegraph query "));
        assert!(
            command || answer || block.marker.is_some(),
            "README.md:{}: a block that is neither a command, a query answer, nor marked as a sample, a synopsis \
             or not output",
            block.line
        );
    }
}

/// Whether `line` of the output matches `sample`, a line of the README in which `…` is any text.
fn line_matches(sample: &str, line: &str) -> bool {
    let pattern: Vec<String> = sample.trim().split('…').map(regex::escape).collect();
    regex::Regex::new(&format!("^{}$", pattern.join(".*")))
        .unwrap()
        .is_match(line.trim())
}

/// Checks the sample's lines against the output's, in order (see the module's documentation).
fn check_lines(where_: &str, sample: &[String], output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    let mut at = 0;
    let mut gap = true;
    for s in sample {
        if s.trim() == "…" {
            gap = true;
            continue;
        }
        let found = if gap {
            (at..lines.len()).find(|&i| line_matches(s, lines[i]))
        } else {
            (at < lines.len() && line_matches(s, lines[at])).then_some(at)
        };
        let Some(found) = found else {
            let near: Vec<&str> = lines.iter().skip(at.saturating_sub(1)).take(4).copied().collect();
            panic!(
                "{where_}: the README shows\n  {s}\nbut the output has, from there:\n  {}",
                near.join("\n  ")
            );
        };
        at = found + 1;
        gap = false;
    }
}

/// Checks an abridged JSON sample against the value (see the module's documentation); says where it differs.
fn check_json(path: &str, sample: &Value, actual: &Value) -> Result<(), String> {
    let differs = |what: &str| {
        Err(format!(
            "at {path}: {what}\nthe README shows {sample}\nthe output has {actual}"
        ))
    };
    let ellipsis = Value::String("…".into());
    match (sample, actual) {
        _ if *sample == ellipsis => Ok(()),
        (Value::Object(shown), Value::Object(real)) => {
            for (key, value) in shown {
                match real.get(key) {
                    Some(real) => check_json(&format!("{path}.{key}"), value, real)?,
                    None => return differs(&format!("no key `{key}`")),
                }
            }
            Ok(())
        }
        (Value::Array(shown), Value::Array(real)) => {
            let open = shown.last() == Some(&ellipsis);
            let shown: Vec<&Value> = shown.iter().filter(|v| **v != ellipsis).collect();
            if !open && shown.len() != real.len() {
                return differs(&format!("{} elements, not {}", real.len(), shown.len()));
            }
            let mut from = 0;
            for (i, element) in shown.iter().enumerate() {
                let here = format!("{path}[{i}]");
                match (from..real.len()).find(|&j| check_json(&here, element, &real[j]).is_ok()) {
                    Some(j) => from = j + 1,
                    // say why, against the element it would be in order
                    None => return check_json(&here, element, real.get(from).unwrap_or(&Value::Null)),
                }
            }
            Ok(())
        }
        _ if sample == actual => Ok(()),
        _ => differs("another value"),
    }
}

#[test]
fn every_sample_is_what_the_program_writes() {
    let readme = readme();
    let out = build_seeds(&[]);
    let mut checked = 0;
    for block in blocks(&readme) {
        let Some(marker) = &block.marker else { continue };
        let Some(source) = marker.strip_prefix("sample:").map(str::trim) else {
            continue;
        };
        let where_ = format!("README.md:{} ({source})", block.line);
        // `out/graph.json, a link`: the sample is one of the links.
        let (source, a_link) = match source.strip_suffix(", a link") {
            Some(file) => (file, true),
            None => (source, false),
        };
        let output = if let Some(file) = source.strip_prefix("out/") {
            std::fs::read_to_string(out.path().join(file)).unwrap()
        } else {
            let args: Vec<&str> = source
                .strip_prefix("gazegraph ")
                .expect("a gazegraph command")
                .split(' ')
                .collect();
            run(&args).stdout
        };
        if source.ends_with(".json") {
            let shown: Value = serde_json::from_str(&block.body.join("\n"))
                .unwrap_or_else(|e| panic!("{where_}: the sample is no JSON: {e}"));
            let actual: Value = serde_json::from_str(&output).unwrap();
            if a_link {
                let links = actual["links"].as_array().expect("graph.json has links");
                assert!(
                    links.iter().any(|link| check_json("", &shown, link).is_ok()),
                    "{where_}: no link of the output is the one shown"
                );
            } else if let Err(why) = check_json("", &shown, &actual) {
                panic!("{where_}: {why}");
            }
        } else {
            check_lines(&where_, &block.body, &output);
        }
        checked += 1;
    }
    assert!(checked >= 6, "the samples were found ({checked})");
}

#[test]
fn every_option_of_a_synopsis_exists() {
    let option = regex::Regex::new(r"--[a-z][a-z-]*").unwrap();
    for block in blocks(&readme())
        .into_iter()
        .filter(|b| b.marker.as_deref() == Some("synopsis"))
    {
        let mut help = String::new();
        for line in &block.body {
            if let Some(rest) = line.trim_start().strip_prefix("gazegraph ") {
                let command = rest.split(' ').next().unwrap();
                help = run(&[command, "--help"]).expect_code(0).stdout;
            }
            for flag in option.find_iter(line) {
                assert!(
                    help.contains(flag.as_str()),
                    "README.md:{}: {} is no option of the command it is shown with",
                    block.line,
                    flag.as_str()
                );
            }
        }
    }
}
