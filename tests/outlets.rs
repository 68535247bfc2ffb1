//! Outlets and reprints end to end: a story carried by ten outlets is one report with ten outlets, in every
//! output and in `query`; `--reprints keep` counts every copy; what `merge` does with reprints across shards.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::util::{OUTPUTS, graph_files, link, read_csv, read_json, repo, run, tempdir};

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// The fixture's wire story: its header lines and its article.
fn wire() -> (String, String) {
    let text = std::fs::read_to_string(repo().join("tests/fixtures/reprints/en_wire.txt")).unwrap();
    let (header, body) = text.split_once("\n\n").unwrap();
    (header.to_string(), body.to_string())
}

/// Writes the wire story (`00_wire.txt`, outlet Wire Service) and nine copies of it by nine other outlets,
/// each with a headline, a URL and a first sentence of its own (naming two of the story's companies), as
/// outlets edit wire copy; returns the files
/// in input order.
fn ten_copies(dir: &Path) -> Vec<PathBuf> {
    let (header, body) = wire();
    let mut files = Vec::new();
    for i in 0..10 {
        let path = dir.join(format!("{i:02}_{}.txt", if i == 0 { "wire" } else { "copy" }));
        let text = if i == 0 {
            format!("{header}\n\n{body}")
        } else {
            format!(
                "title: Copy {i}: Chicago police choose new cameras\ndate: 2024-03-1{}\noutlet: Paper Number {i}\n\
                 url: https://paper{i}.example/axon\n\n\
                 Axon and Motorola Solutions wanted the contract, says our reporter {i}.\n\n{body}",
                2 + i % 3
            )
        };
        std::fs::write(&path, text).unwrap();
        files.push(path);
    }
    files
}

/// `gazegraph build INPUTS --out OUT EXTRA…` with the shipped gazetteer; must succeed.
fn build(inputs: &[PathBuf], out: &Path, extra: &[&str]) {
    let mut args = vec!["build", "--gazetteer", "gazetteer", "--out", arg(out), "--quiet"];
    args.extend(inputs.iter().map(|p| arg(p)));
    args.extend_from_slice(extra);
    run(&args).expect_code(0);
}

fn links(graph: &Value) -> &Vec<Value> {
    graph["links"].as_array().unwrap()
}

fn count(value: &Value, field: &str) -> u64 {
    value[field].as_u64().unwrap_or(0)
}

/// The text edges of a graph by (source, target, kind): weight, documents, outlets, reprints.
fn text_edges(graph: &Value) -> std::collections::BTreeMap<(String, String, String), [u64; 4]> {
    links(graph)
        .iter()
        .filter(|l| l["origin"] == "text")
        .map(|l| {
            let key = (
                l["source"].as_str().unwrap().to_string(),
                l["target"].as_str().unwrap().to_string(),
                l["kind"].as_str().unwrap().to_string(),
            );
            (
                key,
                [
                    count(l, "weight"),
                    count(l, "documents"),
                    count(l, "outlets"),
                    count(l, "reprints"),
                ],
            )
        })
        .collect()
}

/// Issue #16's "done when": ten copies of one story from ten outlets count as one report with ten outlets.
/// Every edge of the wire story has the weight it has when the wire story is built alone, ten outlets and
/// nine reprints; the copies' own sentence adds nothing.
#[test]
fn ten_copies_from_ten_outlets_count_as_one_report_with_ten_outlets() {
    let dir = tempdir();
    let inputs = ten_copies(dir.path());
    let (alone, all) = (dir.path().join("alone"), dir.path().join("all"));
    build(&inputs[..1], &alone, &[]);
    build(&inputs, &all, &[]);
    let (alone, all_graph) = (read_json(&alone.join("graph.json")), read_json(&all.join("graph.json")));
    let (one, ten) = (text_edges(&alone), text_edges(&all_graph));
    assert!(ten.len() > 20, "the wire story has edges: {}", ten.len());
    assert_eq!(one.keys().collect::<Vec<_>>(), ten.keys().collect::<Vec<_>>());
    for (key, [weight, documents, outlets, reprints]) in &ten {
        let [w1, d1, o1, _] = one[key];
        assert_eq!((*weight, *documents), (w1, d1), "{key:?}: the weight of one report");
        assert_eq!(
            (o1, *outlets, *reprints),
            (1, 10, 9),
            "{key:?}: ten outlets, nine reprints"
        );
    }
    let meta = &all_graph["graph"];
    assert_eq!(
        (
            count(meta, "documents"),
            count(meta, "reprint_documents"),
            count(meta, "outlets")
        ),
        (10, 9, 10)
    );
    assert_eq!(meta["reprints"], "collapse");
    assert_eq!(meta["mentions"], alone["graph"]["mentions"]);
    assert_eq!(meta["windows"], alone["graph"]["windows"]);
    for node in all_graph["nodes"].as_array().unwrap() {
        assert_eq!(count(node, "outlets"), 10, "{}", node["id"]);
    }
    // one passage of each text: the copies' sentences are the wire story's, shown once
    for l in links(&all_graph) {
        let texts: Vec<&str> = l["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["text"].as_str().unwrap())
            .collect();
        let distinct: std::collections::BTreeSet<&&str> = texts.iter().collect();
        assert_eq!(distinct.len(), texts.len(), "{} – {}", l["source"], l["target"]);
    }
    // the wire story is no reprint; the copies cited (for their own sentence) are
    let cited = all_graph["documents"].as_array().unwrap();
    assert!(cited.len() > 1, "a copy's own sentence is evidence");
    for doc in cited {
        let expected = (doc["id"] != "00_wire").then_some("00_wire");
        assert_eq!(doc["reprint_of"].as_str(), expected, "{}", doc["id"]);
    }

    // every format says it
    let nodes = read_csv(&all.join("nodes.csv"));
    assert!(nodes.iter().all(|n| n["Outlets"] == "10"));
    let edges = read_csv(&all.join("edges.csv"));
    let axon = edges
        .iter()
        .find(|e| e["Source"] == "axon" && e["Target"] == "motorola-solutions" && e["Kind"] == "cooccurrence")
        .expect("axon – motorola-solutions");
    assert_eq!((axon["Outlets"].as_str(), axon["Reprints"].as_str()), ("10", "9"));
    let gexf = std::fs::read_to_string(all.join("graph.gexf")).unwrap();
    assert!(gexf.contains(r#"<attribute id="outlets" title="outlets" type="long"/>"#));
    assert!(gexf.contains(r#"<attvalue for="reprints" value="9"/>"#));
    let graphml = std::fs::read_to_string(all.join("graph.graphml")).unwrap();
    assert!(graphml.contains(r#"attr.name="outlets""#) && graphml.contains(r#"<data key="e_reprints">9</data>"#));
    let dot = std::fs::read_to_string(all.join("graph.dot")).unwrap();
    assert!(
        dot.contains(", 10 outlets, 9 reprints"),
        "the DOT tooltips count outlets"
    );
    let html = std::fs::read_to_string(all.join("graph.html")).unwrap();
    assert!(html.contains(r#""reprint_of":"00_wire""#) && html.contains(r#""outlets":10"#));

    // and query
    let graph = all.join("graph.json");
    let out = run(&["query", "neighbors", "axon", "--graph", arg(&graph), "--json"]).expect_code(0);
    let answer: Value = serde_json::from_str(&out.stdout).unwrap();
    let motorola = answer["neighbors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "motorola-solutions")
        .unwrap();
    assert_eq!((count(motorola, "outlets"), count(motorola, "reprints")), (10, 9));
    let text = run(&[
        "query",
        "evidence",
        "axon",
        "motorola-solutions",
        "--graph",
        arg(&graph),
    ])
    .expect_code(0)
    .stdout;
    assert!(text.contains(", 10 outlets, 9 reprints counted once"), "{text}");
}

/// `--reprints keep` counts every copy: the wire story's counts and nine copies' (the story and their own
/// first sentence), still ten outlets, no reprints.
#[test]
fn reprints_keep_counts_every_copy() {
    let dir = tempdir();
    let inputs = ten_copies(dir.path());
    let (wire, copy, kept) = (
        dir.path().join("wire"),
        dir.path().join("copy"),
        dir.path().join("kept"),
    );
    build(&inputs[..1], &wire, &[]);
    build(&inputs[1..2], &copy, &[]);
    build(&inputs, &kept, &["--reprints", "keep"]);
    let wire = text_edges(&read_json(&wire.join("graph.json")));
    let copy = text_edges(&read_json(&copy.join("graph.json")));
    let kept_graph = read_json(&kept.join("graph.json"));
    let ten = text_edges(&kept_graph);
    let axon = (
        "axon".to_string(),
        "motorola-solutions".to_string(),
        "cooccurrence".to_string(),
    );
    assert_eq!(copy[&axon][0], wire[&axon][0] + 1, "a copy's own sentence is one more");
    for (key, got) in &ten {
        let [w, d, o, _] = wire.get(key).copied().unwrap_or_default();
        let [cw, cd, co, _] = copy.get(key).copied().unwrap_or_default();
        assert_eq!(*got, [w + 9 * cw, d + 9 * cd, o + 9 * co, 0], "{key:?}");
    }
    assert_eq!(kept_graph["graph"]["reprints"], "keep");
    assert!(kept_graph["graph"].get("reprint_documents").is_none());
    assert!(
        kept_graph["documents"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d.get("reprint_of").is_none())
    );
}

/// The fixtures in three languages, wire story first: the edited copies are reprints, the other articles on
/// the same events are not; and the outputs are the same bytes with one thread or two.
#[test]
fn the_fixtures_copies_are_reprints_and_the_same_story_told_again_is_not() {
    let fixtures = repo().join("tests/fixtures/reprints");
    let order = [
        "en_wire",
        "en_reprint_headline",
        "en_same_topic",
        "en_reprint_quotes",
        "en_reprint_trimmed",
        "de_wire",
        "de_same_topic",
        "de_reprint",
        "nl_wire",
        "nl_reprint",
        "nl_same_topic",
    ];
    let inputs: Vec<PathBuf> = order.iter().map(|n| fixtures.join(format!("{n}.txt"))).collect();
    let dir = tempdir();
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    build(&inputs, &one, &["--threads", "1", "--evidence", "50"]);
    build(&inputs, &two, &["--threads", "2", "--evidence", "50"]);
    for name in OUTPUTS {
        assert!(
            std::fs::read(one.join(name)).unwrap() == std::fs::read(two.join(name)).unwrap(),
            "{name} differs between 1 and 2 threads"
        );
    }
    let graph = read_json(&one.join("graph.json"));
    assert_eq!(
        (
            count(&graph["graph"], "reprint_documents"),
            count(&graph["graph"], "outlets")
        ),
        (5, 11)
    );
    let reprint_of: std::collections::BTreeMap<&str, Option<&str>> = graph["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["id"].as_str().unwrap(), d["reprint_of"].as_str()))
        .collect();
    let expected = |id: &str| match id {
        "en_reprint_headline" | "en_reprint_quotes" | "en_reprint_trimmed" => Some("en_wire"),
        "de_reprint" => Some("de_wire"),
        "nl_reprint" => Some("nl_wire"),
        _ => None,
    };
    // a copy whose every passage is the wire story's words is not cited, the rest are
    assert!(reprint_of.len() >= order.len() - 2, "{reprint_of:?}");
    assert!(
        reprint_of.values().filter(|o| o.is_some()).count() >= 3,
        "{reprint_of:?}"
    );
    for (id, original) in reprint_of {
        assert_eq!(original, expected(id), "{id}");
    }
    // the other article on Axon and Chicago is a report of its own outlet
    let axon = link(&graph, "axon", "chicago-police-department").expect("axon – chicago-police-department");
    assert_eq!(count(axon, "reprints"), 3);
    assert!(count(axon, "outlets") >= 5, "{axon}");
}

/// Reprints are found within a shard: a merge adds the shards' counts and cannot take back a copy that one
/// shard counted as a report because its original is in another. Outlets are counted exactly either way. So
/// the copies kept in one shard merge into exactly the single build; split across two, each shard's first
/// copy counts once more.
#[test]
fn merge_is_exact_when_a_story_stays_in_its_shard_and_counts_it_once_per_shard_when_split() {
    let dir = tempdir();
    let copies = ten_copies(dir.path());
    let other = dir.path().join("99_other.txt");
    std::fs::write(
        &other,
        "outlet: Another Paper\n\nPalantir sold Gotham to the Chicago Police Department.\n",
    )
    .unwrap();
    let inputs: Vec<PathBuf> = copies.iter().cloned().chain([other.clone()]).collect();
    let single = dir.path().join("single");
    build(&inputs, &single, &[]);
    let merged = |shards: &[&[PathBuf]], name: &str| -> PathBuf {
        let mut partials = Vec::new();
        for (i, shard) in shards.iter().enumerate() {
            let out = dir.path().join(format!("{name}-{i}"));
            build(shard, &out, &["--partial"]);
            partials.push(out);
        }
        let out = dir.path().join(name);
        let mut args = vec!["merge", "--gazetteer", "gazetteer", "--out", arg(&out), "--quiet"];
        args.extend(partials.iter().map(|p| arg(p)));
        run(&args).expect_code(0);
        out
    };
    // the story in one shard: the same bytes as one build
    let together = merged(&[&copies, &[other]], "together");
    for name in graph_files() {
        assert!(
            std::fs::read(single.join(name)).unwrap() == std::fs::read(together.join(name)).unwrap(),
            "{name} of the merge differs from the single build's"
        );
    }
    // split after the fourth copy: the second shard's first copy is a report there, its own sentence too
    let split = merged(&[&copies[..5], &inputs[5..]], "split");
    let copy = dir.path().join("copy");
    build(&copies[5..6], &copy, &[]);
    let (one, two) = (
        read_json(&single.join("graph.json")),
        read_json(&split.join("graph.json")),
    );
    assert_eq!(count(&two["graph"], "reprint_documents"), 8);
    assert_eq!(count(&two["graph"], "outlets"), count(&one["graph"], "outlets"));
    let (one, two, copy) = (
        text_edges(&one),
        text_edges(&two),
        text_edges(&read_json(&copy.join("graph.json"))),
    );
    for (key, [weight, documents, outlets, reprints]) in &one {
        if *reprints == 9 {
            let [cw, cd, _, _] = copy[key];
            assert_eq!(two[key], [weight + cw, documents + cd, *outlets, 8], "{key:?}");
        }
    }
}

/// Shards built with and without reprint detection are counted differently, and a merge says so.
#[test]
fn shards_with_other_reprint_settings_are_refused() {
    let dir = tempdir();
    let copies = ten_copies(dir.path());
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    build(&copies[..5], &a, &["--partial"]);
    build(&copies[5..], &b, &["--partial", "--reprints", "keep"]);
    let out = dir.path().join("merged");
    let stderr = run(&[
        "merge",
        "--gazetteer",
        "gazetteer",
        "--out",
        arg(&out),
        arg(&a),
        arg(&b),
    ])
    .expect_code(2)
    .stderr;
    assert!(
        stderr.contains("reprints keep") && stderr.contains("reprints collapse"),
        "{stderr}"
    );
}
