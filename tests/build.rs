//! `gazegraph build` end to end: on the seeds and on small made-up corpora.

use std::collections::{BTreeSet, HashMap};

use crate::util::{
    OUTPUTS, build_folder, build_seeds, folder_with, link, link_of, read_csv, read_json, repo, run, run_in, tempdir,
};

/// The edges the seeds must yield, each a documented fact of the articles.
const SEED_EDGES: &[(&str, &str)] = &[
    ("amazon", "ice"),
    ("amazon", "rekognition"),
    ("rekognition", "ice"),
    ("palantir", "ice"),
    ("palantir", "aws"),
    ("google", "project-maven"),
    ("microsoft", "genetec"),
    ("genetec", "detroit"),
    ("microsoft", "detroit"),
    ("microsoft", "veritone"),
    ("microsoft", "nypd"),
    ("amazon", "ring"),
];

#[test]
fn seed_edges_exist_with_evidence_that_names_both_ends() {
    let out = build_seeds(&[]);
    let graph = read_json(&out.path().join("graph.json"));
    let mentions = read_csv(&out.path().join("mentions.csv"));
    let mentioned = |entity: &str, doc: &str, sentence: u64| {
        mentions
            .iter()
            .any(|m| m["entity"] == entity && m["document"] == doc && m["sentence"] == sentence.to_string())
    };
    for &(a, b) in SEED_EDGES {
        let link = link(&graph, a, b).unwrap_or_else(|| panic!("no edge {a} – {b}"));
        let evidence = link["evidence"].as_array().unwrap();
        assert!(!evidence.is_empty(), "{a} – {b} has no evidence");
        for e in evidence {
            let (doc, sentence) = (e["document"].as_str().unwrap(), e["sentence"].as_u64().unwrap());
            assert!(
                mentioned(a, doc, sentence) && mentioned(b, doc, sentence),
                "evidence of {a} – {b} in {doc} sentence {sentence} does not mention both: {}",
                e["text"]
            );
            let source = std::fs::read_to_string(repo().join("seeds").join(format!("{doc}.txt"))).unwrap();
            assert!(
                source.contains(e["text"].as_str().unwrap()),
                "evidence is not a sentence of {doc}"
            );
        }
    }
}

#[test]
fn ordinary_words_are_not_entities() {
    let out = build_seeds(&[]);
    for m in read_csv(&out.path().join("mentions.csv")) {
        let surface = m["surface"].as_str();
        match m["entity"].as_str() {
            "domain-awareness-system" => assert!(surface == "DAS" || surface.starts_with("Domain"), "{m:?}"),
            "ice" => assert!(!surface.contains("ice"), "{m:?}"),
            _ => {}
        }
    }
    let corpus = folder_with(&[
        (
            "de.txt",
            "Das ist das Haus, das wir kauften. Sie trug einen Ring am Finger. Das Echo hallte im Tal. \
             Der ICE hatte wieder Verspätung."
                .as_bytes(),
        ),
        (
            "en.txt",
            b"The ice on the lake was thin. An apple a day keeps the doctor away. The pentagon has five sides. \
              We identify the azure sky, twitch and play our trump card. The hill was steep; the intercept failed.",
        ),
        ("nl.txt", b"Het echo van de ring in de kerk. Das is een Duits woord."),
    ]);
    let (out, result) = build_folder(corpus.path(), &["--quiet"]);
    result.expect_code(0);
    let mentions = read_csv(&out.path().join("mentions.csv"));
    assert!(mentions.is_empty(), "ordinary words matched: {mentions:?}");
}

#[test]
fn outputs_agree_with_each_other_and_with_the_sources() {
    let out = build_seeds(&[]);
    let graph = read_json(&out.path().join("graph.json"));
    assert_eq!(graph["graph"]["documents"], 5);
    assert_eq!(graph["directed"], false);

    let node_ids: BTreeSet<&str> = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    let nodes = read_csv(&out.path().join("nodes.csv"));
    assert_eq!(
        nodes.iter().map(|n| n["Id"].as_str()).collect::<BTreeSet<_>>(),
        node_ids
    );

    let edges = read_csv(&out.path().join("edges.csv"));
    assert_eq!(edges.len(), graph["links"].as_array().unwrap().len());
    let edge_ids: BTreeSet<&str> = edges.iter().map(|e| e["Id"].as_str()).collect();
    assert_eq!(edge_ids.len(), edges.len(), "edge ids are unique");
    for e in &edges {
        let link = link_of(&graph, &e["Source"], &e["Target"], &e["Kind"])
            .unwrap_or_else(|| panic!("edges.csv row {e:?} is no link"));
        assert_eq!(e["Weight"], link["weight"].to_string());
        assert_eq!(e["Documents"], link["documents"].to_string());
        assert_eq!(e["Kind"], link["kind"].as_str().unwrap());
        // a relation with a direction (supplies, owned_by, …) is Directed; co-occurrence and partnership not
        let directed = if link["directed"] == true {
            "Directed"
        } else {
            "Undirected"
        };
        assert_eq!(e["Type"], directed);
        assert_eq!(e["Origin"], link["origin"].as_str().unwrap());
    }

    let mentions = read_csv(&out.path().join("mentions.csv"));
    assert_eq!(graph["graph"]["mentions"], mentions.len());
    let mut per_entity: HashMap<&str, u64> = HashMap::new();
    for m in &mentions {
        let source = std::fs::read(repo().join("seeds").join(format!("{}.txt", m["document"]))).unwrap();
        let (start, end): (usize, usize) = (m["start"].parse().unwrap(), m["end"].parse().unwrap());
        assert_eq!(&source[start..end], m["surface"].as_bytes(), "span of {m:?}");
        *per_entity.entry(&m["entity"]).or_default() += 1;
        assert!(node_ids.contains(m["entity"].as_str()));
    }
    for n in graph["nodes"].as_array().unwrap() {
        assert_eq!(
            n["mentions"].as_u64().unwrap(),
            per_entity[n["id"].as_str().unwrap()],
            "{}",
            n["id"]
        );
    }
}

#[test]
fn committed_out_is_what_the_shipped_code_writes() {
    let fresh = tempdir();
    run(&["build", "--out", fresh.path().to_str().unwrap(), "--quiet"]).expect_code(0);
    let names = |dir: &std::path::Path| -> BTreeSet<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            // render's pictures, and the screenshot of graph.html in the README
            .filter(|n| !n.starts_with('.') && n != "graph.svg" && !n.ends_with(".png"))
            .collect()
    };
    let committed = repo().join("out");
    assert_eq!(
        names(&committed),
        names(fresh.path()),
        "out/ holds other files than a build writes"
    );
    for name in names(fresh.path()) {
        let (a, b) = (
            std::fs::read(committed.join(&name)).unwrap(),
            std::fs::read(fresh.path().join(&name)).unwrap(),
        );
        assert!(
            a == b,
            "out/{name} is stale: run `cargo run --release -- build` and commit out/"
        );
    }
}

#[test]
fn outputs_are_the_same_bytes_whatever_the_thread_count() {
    let one = build_seeds(&["--threads", "1"]);
    let four = build_seeds(&["--threads", "4"]);
    for name in [
        "graph.json",
        "nodes.csv",
        "edges.csv",
        "graph.dot",
        "graph.html",
        "mentions.csv",
    ] {
        let (a, b) = (
            std::fs::read(one.path().join(name)).unwrap(),
            std::fs::read(four.path().join(name)).unwrap(),
        );
        assert!(a == b, "{name} differs between 1 and 4 threads");
    }
}

#[test]
fn a_broken_gazetteer_is_refused_with_file_and_line() {
    let cases: &[(&str, &str)] = &[
        (
            "name,aliases\nAmazon,\n",
            "g.csv:1: the header row lacks the column type",
        ),
        (
            "id,name,type,aliases\namazon,Amazon,organisation,\nx,,organisation,\n",
            "g.csv:3: column `name`: the name is empty",
        ),
        (
            "id,name,type,aliases\na,Amazon,organisation,\na,Alexa,product,\n",
            "g.csv:3: column `id`: duplicate id `a`: already used at",
        ),
        (
            "id,name,type,aliases\namazon,Amazon,organisation,AWS\naws,Amazon Web Services,organisation,AWS\n",
            "g.csv:3: column `aliases`: `AWS` would name two entities",
        ),
        (
            "id,name,type,aliases,context\nring,Ring,organisation,,amazn\n",
            "g.csv:2: column `context`: unknown entity id `amazn`",
        ),
        ("id,name,type,aliases\nx,Thing,,\n", "g.csv:2: column `type`"),
    ];
    let input = folder_with(&[("a.txt", b"Amazon and AWS.")]);
    for (csv, expected) in cases {
        let gaz = folder_with(&[("g.csv", csv.as_bytes())]);
        let out = tempdir();
        let result = run(&[
            "build",
            input.path().to_str().unwrap(),
            "--gazetteer",
            gaz.path().to_str().unwrap(),
            "--out",
            out.path().to_str().unwrap(),
        ])
        .expect_code(2);
        assert!(
            result.stderr.contains(expected),
            "expected {expected:?} in:\n{}",
            result.stderr
        );
        assert!(
            !out.path().join("graph.json").exists(),
            "nothing is written for a broken gazetteer"
        );
    }
}

/// A gazetteer drawn from GeoNames names many places alike: refused by default, each such form named; with
/// `--ambiguous drop` the forms match nothing and one warning counts them, while every other form still matches.
#[test]
fn ambiguous_forms_are_refused_or_left_out_of_matching() {
    let gaz = folder_with(&[(
        "places.csv",
        "id,name,type,aliases\n\
         paul-re,Saint-Paul,city,Saint-Paul (Réunion)\n\
         paul-mn,Saint Paul,city,St. Paul (Minnesota)\n\
         springfield-il,Springfield,city,Springfield (Illinois)\n\
         springfield-ma,Springfield,city,\n\
         lyon,Lyon,city,\n"
            .as_bytes(),
    )]);
    let input = folder_with(&[(
        "a.txt",
        "From Saint Paul to Springfield and Lyon, then to St. Paul (Minnesota) and Saint-Paul (Réunion).".as_bytes(),
    )]);
    let args = |out: &std::path::Path, extra: &[&str]| {
        let mut args = vec![
            "build".to_string(),
            input.path().display().to_string(),
            "--gazetteer".to_string(),
            gaz.path().display().to_string(),
            "--out".to_string(),
            out.display().to_string(),
        ];
        args.extend(extra.iter().map(|s| s.to_string()));
        args
    };
    let out = tempdir();
    let refused = run(&args(out.path(), &[]).iter().map(String::as_str).collect::<Vec<_>>()).expect_code(2);
    for expected in [
        "places.csv:3: column `name`: `Saint Paul` would name two entities",
        "places.csv:5",
    ] {
        assert!(
            refused.stderr.contains(expected),
            "{expected:?} in:\n{}",
            refused.stderr
        );
    }
    let dropped = run(&args(out.path(), &["--ambiguous", "drop"])
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>())
    .expect_code(0);
    assert!(
        dropped
            .stderr
            .contains("places.csv:3: column `name`: 2 forms name more than one entity"),
        "{}",
        dropped.stderr
    );
    let found: Vec<(String, String)> = read_csv(&out.path().join("mentions.csv"))
        .into_iter()
        .map(|m| (m["surface"].clone(), m["entity"].clone()))
        .collect();
    let expected = [
        ("Lyon", "lyon"),
        ("St. Paul (Minnesota)", "paul-mn"),
        ("Saint-Paul (Réunion)", "paul-re"),
    ]
    .map(|(s, e)| (s.to_string(), e.to_string()));
    assert_eq!(found, expected);
}

#[test]
fn jsonl_and_standard_input() {
    let corpus = folder_with(&[(
        "news.jsonl",
        "{\"id\": \"a1\", \"title\": \"T\", \"date\": \"2019-03-04T10:00:00Z\", \"text\": \"Palantir runs on AWS.\"}\n\
         \n\
         {\"text\": \"Microsoft works with Genetec in Detroit.\", \"date\": \"2020-07\"}\n\
         not json\n\
         {\"title\": \"no text\"}\n"
            .as_bytes(),
    )]);
    let (out, result) = build_folder(corpus.path(), &[]);
    let result = result.expect_code(0);
    assert!(
        result.stderr.contains("news.jsonl:4: not a JSON object"),
        "{}",
        result.stderr
    );
    assert!(
        result.stderr.contains("news.jsonl:5: no `text` field"),
        "{}",
        result.stderr
    );
    let graph = read_json(&out.path().join("graph.json"));
    assert_eq!(graph["graph"]["documents"], 2);
    assert_eq!(link(&graph, "palantir", "aws").unwrap()["first_date"], "2019-03-04");
    let a1 = graph["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "a1")
        .expect("a1 is cited");
    assert_eq!(
        (a1["title"].as_str(), a1["date"].as_str()),
        (Some("T"), Some("2019-03-04"))
    );
    assert_eq!(
        link(&graph, "microsoft", "genetec").unwrap()["evidence"][0]["document"],
        "news:3"
    );

    let out = tempdir();
    run_in(
        &repo(),
        &["build", "-", "--out", out.path().to_str().unwrap()],
        Some(b"Palantir runs on AWS."),
    )
    .expect_code(0);
    let graph = read_json(&out.path().join("graph.json"));
    assert_eq!(
        link(&graph, "palantir", "aws").unwrap()["evidence"][0]["document"],
        "stdin"
    );

    let out = tempdir();
    let jsonl = b"{\"id\": \"x\", \"text\": \"Palantir runs on AWS.\"}\n{\"id\": \"y\", \"text\": \"ICE relies on Palantir.\"}\n";
    run_in(
        &repo(),
        &["build", "-", "--out", out.path().to_str().unwrap()],
        Some(jsonl),
    )
    .expect_code(0);
    assert_eq!(read_json(&out.path().join("graph.json"))["graph"]["documents"], 2);
}

#[test]
fn bad_files_are_skipped_and_reported_and_strict_fails_without_touching_outputs() {
    let corpus = folder_with(&[
        ("good.txt", b"Palantir runs on AWS."),
        ("empty.txt", b""),
        ("scan.txt", b"%PDF-1.7 binary"),
        ("nul.txt", b"abc\0def"),
        ("notes.md", b"ignored: not a .txt file"),
    ]);
    let out = tempdir();
    let out_arg = out.path().to_str().unwrap();
    let result = run(&["build", corpus.path().to_str().unwrap(), "--out", out_arg]).expect_code(0);
    for name in [
        "empty.txt: empty",
        "scan.txt: not text: looks like a PDF",
        "nul.txt: not text: contains NUL bytes",
    ] {
        assert!(result.stderr.contains(name), "expected {name:?} in {}", result.stderr);
    }
    assert!(result.stderr.contains("3 skipped"), "{}", result.stderr);
    let before = std::fs::read(out.path().join("graph.json")).unwrap();

    std::fs::write(corpus.path().join("good.txt"), "Microsoft works with Genetec.").unwrap();
    let result = run(&["build", corpus.path().to_str().unwrap(), "--out", out_arg, "--strict"]).expect_code(1);
    assert!(result.stderr.contains("--strict"), "{}", result.stderr);
    assert_eq!(
        std::fs::read(out.path().join("graph.json")).unwrap(),
        before,
        "--strict left the old graph"
    );
    let leftovers: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "staging left behind: {leftovers:?}");
}

#[test]
fn windows_and_min_weight_change_the_edges() {
    let sentence = read_json(&build_seeds(&[]).path().join("graph.json"));
    let paragraph = read_json(&build_seeds(&["--window", "paragraph"]).path().join("graph.json"));
    let document = read_json(&build_seeds(&["--window", "document"]).path().join("graph.json"));
    let cooccurrences = |g: &serde_json::Value| -> Vec<serde_json::Value> {
        g["links"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["kind"] == "cooccurrence")
            .cloned()
            .collect()
    };
    let count = |g: &serde_json::Value| cooccurrences(g).len();
    assert!(count(&sentence) < count(&paragraph) && count(&paragraph) < count(&document));
    assert_eq!(paragraph["graph"]["window"], "paragraph");
    let heavy = read_json(&build_seeds(&["--min-weight", "3"]).path().join("graph.json"));
    assert!(cooccurrences(&heavy).iter().all(|l| l["weight"].as_u64().unwrap() >= 3));
    assert!(count(&heavy) < count(&sentence));
    let strong = read_json(&build_seeds(&["--min-score", "0.5"]).path().join("graph.json"));
    assert!(
        cooccurrences(&strong)
            .iter()
            .all(|l| l["npmi"].as_f64().unwrap() >= 0.5)
    );
    assert!(count(&strong) < count(&sentence) && count(&strong) > 0);
}

#[test]
fn help_explains_the_build_with_examples() {
    let help = run(&["build", "--help"]).expect_code(0).stdout;
    for needle in [
        "graph.json",
        "edges.csv",
        "--window",
        "--min-weight",
        "Examples:",
        "gazegraph build articles/",
    ] {
        assert!(help.contains(needle), "`build --help` lacks {needle:?}");
    }
    // The table of outputs keeps a line per file (clap would join the lines of a doc comment's paragraph).
    for file in OUTPUTS {
        assert!(
            help.contains(&format!("\n  {file} ")),
            "`build --help` has no line for {file}:\n{help}"
        );
    }
    let top = run(&["--help"]).expect_code(0).stdout;
    assert!(top.contains("Exit status"), "{top}");
}

#[test]
fn ownership_becomes_typed_edges_and_can_roll_up() {
    let graph = read_json(&build_seeds(&[]).path().join("graph.json"));
    assert_eq!(
        graph["multigraph"], true,
        "ownership edges sit beside co-occurrence edges"
    );
    let typed = |source: &str, target: &str, kind: &str| {
        graph["links"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["source"] == source && l["target"] == target && l["kind"] == kind && l["key"] == kind)
    };
    assert!(typed("rekognition", "amazon", "made_by"));
    assert!(typed("azure", "microsoft", "made_by"));
    assert!(typed("ring", "amazon", "owned_by"));
    assert!(typed("aws", "amazon", "owned_by"));
    assert!(typed("aeryon-labs", "flir-systems", "owned_by"));
    assert!(typed("stratocast", "genetec", "made_by"));
    // Amazon and Ring also co-occur: two edges, told apart by kind
    assert!(link(&graph, "amazon", "ring").is_some());
    assert!(graph["links"].as_array().unwrap().iter().any(|l| {
        l["kind"] == "cooccurrence"
            && [&l["source"], &l["target"]]
                .iter()
                .all(|e| *e == "amazon" || *e == "ring")
    }));

    let products = read_json(&build_seeds(&["--roll-up", "products"]).path().join("graph.json"));
    let ids: BTreeSet<&str> = products["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    for product in ["rekognition", "azure", "skyranger", "stratocast"] {
        assert!(!ids.contains(product), "{product} was rolled up into its maker");
    }
    assert!(
        ids.contains("ring") && ids.contains("aws"),
        "organisations stay with --roll-up products"
    );
    assert!(link(&products, "amazon", "ice").is_some());
    assert_eq!(products["graph"]["roll_up"], "products");
    // SkyRanger → Aeryon Labs: its mention counts for its maker
    let all = read_json(&build_seeds(&["--roll-up", "all"]).path().join("graph.json"));
    let ids: BTreeSet<&str> = all["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert!(
        !ids.contains("ring") && !ids.contains("aws") && !ids.contains("aeryon-labs") && ids.contains("flir-systems")
    );
    assert!(
        link(&all, "amazon", "palantir").is_some(),
        "Palantir runs on AWS becomes Palantir with Amazon"
    );
}

#[test]
fn npmi_ranks_specific_pairs_above_ubiquitous_ones() {
    let graph = read_json(&build_seeds(&[]).path().join("graph.json"));
    let npmi = |a: &str, b: &str| {
        graph["links"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| {
                l["kind"] == "cooccurrence"
                    && ((l["source"] == a && l["target"] == b) || (l["source"] == b && l["target"] == a))
            })
            .unwrap_or_else(|| panic!("{a} – {b}"))["npmi"]
            .as_f64()
            .unwrap()
    };
    for l in graph["links"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["kind"] == "cooccurrence")
    {
        let score = l["npmi"].as_f64().unwrap();
        assert!((-1.0..=1.0).contains(&score), "{l}");
    }
    // Palantir and AWS share few sentences but little else; Microsoft is everywhere in its article
    assert!(npmi("palantir", "aws") > npmi("microsoft", "azure"));
}

#[test]
fn the_summary_counts_in_words() {
    for (text, expected) in [
        (
            "Palantir runs on AWS.\n",
            "gazegraph: 1 document (1 KB), 2 mentions of 2 entities, 1 edge (sentence window) in ",
        ),
        (
            "Palantir.\n",
            "gazegraph: 1 document (1 KB), 1 mention of 1 entity, 0 edges (sentence window) in ",
        ),
    ] {
        let corpus = folder_with(&[("a.txt", text.as_bytes())]);
        let result = build_folder(corpus.path(), &[]).1.expect_code(0);
        assert!(result.stderr.contains(expected), "{}", result.stderr);
    }
    // The seeds are 49 KB, not `0.0 MB`.
    let result = run(&["build", "--out", tempdir().path().to_str().unwrap()]).expect_code(0);
    assert!(
        result
            .stderr
            .contains("gazegraph: 5 documents (49 KB), 457 mentions of "),
        "{}",
        result.stderr
    );
}
