//! The first hour at the command line: completions and man pages, finding the graph without typing its path,
//! and answers that read right (no `-0`, plurals, saying when there is no path at all).

use std::path::Path;

use crate::util::{build_seeds, repo, run, run_env, tempdir};

#[test]
fn completions_for_every_shell_name_the_subcommands() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let script = run(&["completions", shell]).expect_code(0).stdout;
        for word in ["build", "query", "neighbors", "render", "gazetteer", "min-weight"] {
            assert!(script.contains(word), "{shell}: {word}");
        }
    }
    let bash = run(&["completions", "bash"]).expect_code(0).stdout;
    let dir = tempdir();
    let file = dir.path().join("gazegraph.bash");
    std::fs::write(&file, bash).unwrap();
    let loaded = std::process::Command::new("bash")
        .args(["-c", &format!("source {} && complete -p gazegraph", file.display())])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&loaded.stdout).contains("gazegraph"),
        "bash loads it: {}",
        String::from_utf8_lossy(&loaded.stderr)
    );
    run(&["completions", "tcsh"]).expect_code(2);
}

#[test]
fn man_pages_for_gazegraph_and_each_subcommand() {
    let page = run(&["man"]).expect_code(0).stdout;
    assert!(
        page.contains(".TH gazegraph 1") && page.contains("build") && page.contains("SUBCOMMANDS"),
        "{page}"
    );
    let query = run(&["man", "query"]).expect_code(0).stdout;
    assert!(
        query.contains(".TH gazegraph-query 1") && query.contains("0.1.0"),
        "{query}"
    );
    let dir = tempdir();
    run(&["man", "-o", dir.path().to_str().unwrap()]).expect_code(0);
    for name in [
        "gazegraph.1",
        "gazegraph-build.1",
        "gazegraph-query.1",
        "gazegraph-query-neighbors.1",
    ] {
        assert!(dir.path().join(name).is_file(), "{name}");
    }
    let unknown = run(&["man", "frobnicate"]).expect_code(2);
    assert!(unknown.stderr.contains("build, eval"), "{}", unknown.stderr);
}

/// Runs `gazegraph ARGS` in `cwd` with the state folder `state` (where the last build is remembered).
fn run_here(cwd: &Path, state: &Path, args: &[&str], env: &[(&str, &str)]) -> crate::util::Output {
    let mut all = vec![("XDG_STATE_HOME", state.to_str().unwrap())];
    all.extend_from_slice(env);
    run_env(cwd, args, None, &all)
}

#[test]
fn query_finds_the_graph_by_folder_variable_or_the_last_build_here() {
    let seeds = repo().join("seeds");
    let work = tempdir();
    let state = tempdir();
    let (w, st) = (work.path(), state.path());

    let none = run_here(w, st, &["query", "top"], &[]).expect_code(2);
    assert!(
        none.stderr.contains("--graph") && none.stderr.contains("GAZEGRAPH_GRAPH"),
        "{}",
        none.stderr
    );

    let gazetteer = repo().join("gazetteer");
    let build = [
        "build",
        seeds.to_str().unwrap(),
        "--gazetteer",
        gazetteer.to_str().unwrap(),
        "--out",
        "my-graph",
        "--quiet",
    ];
    run_here(w, st, &build, &[]).expect_code(0);
    let folder = run_here(w, st, &["query", "--graph", "my-graph/", "top", "--limit", "1"], &[]).expect_code(0);
    assert!(folder.stdout.contains("Microsoft"), "{}", folder.stdout);
    let last = run_here(w, st, &["query", "top", "--limit", "1"], &[]).expect_code(0);
    assert!(last.stdout.contains("Microsoft"), "{}", last.stdout);
    assert!(
        last.stderr
            .contains("my-graph/graph.json, which the last build here wrote"),
        "{}",
        last.stderr
    );

    // another directory has its own last build, or none
    let elsewhere = tempdir();
    run_here(elsewhere.path(), st, &["query", "top"], &[]).expect_code(2);

    // the variable wins over the last build, and a folder works there too
    let other = build_seeds(&["--window", "document"]);
    let variable = run_here(
        w,
        st,
        &["query", "top", "--json"],
        &[("GAZEGRAPH_GRAPH", other.path().to_str().unwrap())],
    )
    .expect_code(0);
    let window: serde_json::Value = serde_json::from_str(&variable.stdout).unwrap();
    assert!(
        window["links"].as_u64().unwrap() > 190,
        "the document-window graph: {}",
        variable.stdout
    );
    assert!(variable.stderr.is_empty(), "{}", variable.stderr);

    // render reads the same graph and draws beside it
    let help = run(&["query", "--help"]).expect_code(0).stdout;
    assert!(
        help.contains("GAZEGRAPH_GRAPH") && help.contains("last build") && help.contains("2 GiB"),
        "{help}"
    );
    let render = run(&["render", "--help"]).expect_code(0).stdout;
    assert!(render.contains("GAZEGRAPH_GRAPH"), "{render}");
}

#[test]
fn query_refuses_devices_and_oversized_files_at_once() {
    let zero = run(&["query", "--graph", "/dev/zero", "top"]).expect_code(2);
    assert!(
        zero.stderr.contains("/dev/zero: this is a character device"),
        "{}",
        zero.stderr
    );
    let dir = tempdir();
    let huge = dir.path().join("graph.json");
    std::fs::File::create(&huge).unwrap().set_len((2 << 30) + 1).unwrap();
    let big = run(&["query", "--graph", dir.path().to_str().unwrap(), "top"]).expect_code(2);
    assert!(big.stderr.contains("larger than 2 GiB"), "{}", big.stderr);
}

#[test]
fn neighbours_is_neighbors() {
    let graph = build_seeds(&[]);
    let g = graph.path().to_str().unwrap();
    let us = run(&["query", "--graph", g, "neighbors", "ICE"]).expect_code(0).stdout;
    let uk = run(&["query", "--graph", g, "neighbours", "ICE"]).expect_code(0).stdout;
    assert_eq!(us, uk);
}

#[test]
fn no_negative_zero_anywhere() {
    let graph = build_seeds(&[]);
    let g = graph.path().to_str().unwrap();
    let negative_zero = regex::Regex::new(r"(^|[^0-9.])-0(\.0+)?([^0-9.]|$)").unwrap();
    for by in ["degree", "strength", "betweenness", "pagerank"] {
        for json in [false, true] {
            let mut args = vec!["query", "--graph", g, "top", "--by", by, "--limit", "0"];
            if json {
                args.push("--json");
            }
            let out = run(&args).expect_code(0).stdout;
            assert!(!negative_zero.is_match(&out), "{args:?}: {out}");
        }
    }
    for file in ["graph.json", "edges.csv", "graph.gexf", "graph.graphml"] {
        let text = std::fs::read_to_string(graph.path().join(file)).unwrap();
        assert!(!negative_zero.is_match(&text), "{file}");
    }
}

#[test]
fn path_between_unconnected_entities_says_there_is_none() {
    let graph = build_seeds(&[]);
    let g = graph.path().to_str().unwrap();
    let none = run(&["query", "--graph", g, "path", "Amazon", "UNHCR"]).expect_code(1);
    assert!(
        none.stdout.starts_with("There is no path from Amazon to UNHCR"),
        "{}",
        none.stdout
    );
    let json = run(&["query", "--graph", g, "path", "Amazon", "UNHCR", "--json"]).expect_code(1);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(value["connected"], false);
    let far = run(&["query", "--graph", g, "path", "Amazon", "Detroit", "--max-hops", "1"]).expect_code(1);
    assert!(
        far.stdout.contains("a longer one joins them (--max-hops)"),
        "{}",
        far.stdout
    );
}

#[test]
fn dot_tooltips_count_in_the_singular_and_plural() {
    let graph = build_seeds(&[]);
    let dot = std::fs::read_to_string(graph.path().join("graph.dot")).unwrap();
    assert!(dot.contains(": 1 sentence in 1 document\""), "the singular");
    assert!(dot.contains(" sentences in "), "the plural");
    for wrong in ["1 sentences", "1 documents", " 1 sentences"] {
        assert!(!dot.contains(&format!(": {wrong}")), "{wrong}");
    }
}

#[test]
fn render_to_dot_draws_nothing_and_leaves_isolated_entities_out_unless_asked() {
    let graph = build_seeds(&[]);
    let g = graph.path().to_str().unwrap();
    let dir = tempdir();
    let nodes = |file: &Path| {
        std::fs::read_to_string(file)
            .unwrap()
            .lines()
            .filter(|l| l.contains("fillcolor="))
            .count()
    };
    let dropped = dir.path().join("dropped.dot");
    let said = run(&["render", "--graph", g, "-o", dropped.to_str().unwrap()])
        .expect_code(0)
        .stderr;
    assert!(
        !said.contains("drew") && said.contains("wrote the diagram's source for"),
        "{said}"
    );
    let kept = dir.path().join("kept.dot");
    run(&[
        "render",
        "--graph",
        g,
        "--isolated",
        "keep",
        "-o",
        kept.to_str().unwrap(),
    ])
    .expect_code(0);
    let all: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(graph.path().join("graph.json")).unwrap()).unwrap();
    assert_eq!(nodes(&kept), all["nodes"].as_array().unwrap().len());
    assert!(nodes(&dropped) < nodes(&kept), "isolated entities left out");
    let top = dir.path().join("top.dot");
    let said = run(&["render", "--graph", g, "--top", "30", "-o", top.to_str().unwrap()])
        .expect_code(0)
        .stderr;
    assert!(said.contains(" of 9") && nodes(&top) <= 30, "{said}");
}

#[test]
fn a_control_character_in_a_gazetteer_form_is_an_error() {
    let dir = crate::util::folder_with(&[(
        "g.csv",
        b"name,type,aliases\n\"Acme\x01Corp\",organisation,\nPalantir,organisation,\"Pal\x1b]0;x\x07antir\"\nICE,agency,\n",
    )]);
    let g = dir.path().join("g.csv");
    let check = run(&["gazetteer", "check", g.to_str().unwrap()]).expect_code(1);
    for needle in [
        "g.csv:2: column `name`",
        "U+0001",
        "g.csv:3: column `aliases`",
        "Pal\\u{1b}]0;x\\u{7}antir",
    ] {
        assert!(check.stdout.contains(needle), "{needle}: {}", check.stdout);
    }
    assert!(!check.stdout.contains('\u{1b}'), "{}", check.stdout);
    let out = tempdir();
    let build = run(&[
        "build",
        "--gazetteer",
        g.to_str().unwrap(),
        "--out",
        out.path().to_str().unwrap(),
    ])
    .expect_code(2);
    assert!(
        build.stderr.contains("U+0001") && build.stderr.contains("U+001B"),
        "{}",
        build.stderr
    );

    // A NUL byte makes the whole file no text, as a spreadsheet's binary format would be.
    let nul = crate::util::folder_with(&[("g.csv", b"name,type,aliases\n\"Acme\x00Corp\",organisation,\n")]);
    let g = nul.path().join("g.csv");
    let check = run(&["gazetteer", "check", g.to_str().unwrap()]).expect_code(1);
    assert!(
        check.stdout.contains("g.csv:1: column `name`: error: not text"),
        "{}",
        check.stdout
    );
}
