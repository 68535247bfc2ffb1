//! `gazegraph query` end to end, on the graph of the seeds and on small hand-made graphs.

use std::path::Path;

use serde_json::Value;

use crate::util::{build_seeds, folder_with, read_csv, read_json, repo, run, tempdir};

/// Runs `gazegraph query ARGS --graph DIR/graph.json`.
fn query(dir: &Path, args: &[&str]) -> crate::util::Output {
    let graph = dir.join("graph.json");
    let mut all = vec!["query"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--graph", graph.to_str().unwrap()]);
    run(&all)
}

/// The `--json` answer of a query that succeeds.
fn query_json(dir: &Path, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let out = query(dir, &all).expect_code(0);
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}\n{}", out.stdout))
}

fn ids(list: &Value, key: &str) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|v| v[key].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn neighbors_of_ice_are_led_by_amazon_palantir_and_rekognition() {
    let out = build_seeds(&[]);
    let answer = query_json(out.path(), &["neighbors", "ICE"]);
    assert_eq!(answer["entity"]["id"], "ice");
    assert_eq!(answer["rank"], "weight");
    let top: Vec<String> = ids(&answer["neighbors"], "id").into_iter().take(5).collect();
    for expected in ["amazon", "palantir", "rekognition"] {
        assert!(
            top.contains(&expected.to_string()),
            "{expected} not in the top 5: {top:?}"
        );
    }
    let first = &answer["neighbors"][0];
    assert_eq!(first["id"], "amazon");
    assert!(first["weight"].as_u64().unwrap() >= answer["neighbors"][1]["weight"].as_u64().unwrap());
    assert!(first["documents"].as_u64().unwrap() >= 1);
    let text = first["evidence"]["text"].as_str().unwrap();
    assert!(text.contains("Amazon") && text.contains("ICE"), "{text}");
    assert_eq!(answer["total"], answer["neighbors"].as_array().unwrap().len());
    // the gazetteer says ICE belongs to DHS
    let ownership = &answer["ownership"][0];
    assert_eq!(
        (&ownership["source"], &ownership["target"], &ownership["kind"]),
        (&"ice".into(), &"dhs".into(), &"owned_by".into())
    );

    // the same entity by every name, in any case
    for name in [
        "ice",
        "Immigration and Customs Enforcement",
        "immigration and customs enforcement",
        "Einwanderungs- und Zollbehörde",
    ] {
        assert_eq!(
            query_json(out.path(), &["neighbors", name])["entity"]["id"],
            "ice",
            "{name}"
        );
    }

    let table = query(out.path(), &["neighbors", "ICE"]).expect_code(0).stdout;
    assert!(
        table.starts_with("Immigration and Customs Enforcement (ice, agency)"),
        "{table}"
    );
    let rows: Vec<&str> = table
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    assert!(rows[0].contains("Amazon") && rows[1].contains("Palantir"), "{table}");
    assert!(table.contains(
        "\nGazetteer ownership:\n  Immigration and Customs Enforcement is owned by Department of Homeland Security\n"
    ));
}

#[test]
fn neighbors_filter_rank_and_limit() {
    let out = build_seeds(&[]);
    let agencies = query_json(out.path(), &["neighbors", "Amazon", "--type", "agency"]);
    let kinds: Vec<String> = ids(&agencies["neighbors"], "type");
    assert!(!kinds.is_empty() && kinds.iter().all(|k| k == "agency"), "{kinds:?}");

    let by_npmi = query_json(out.path(), &["neighbors", "Amazon", "--rank", "npmi"]);
    let scores: Vec<f64> = by_npmi["neighbors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["npmi"].as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");

    let strong = query_json(out.path(), &["neighbors", "Amazon", "--min-weight", "3"]);
    assert!(
        strong["neighbors"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["weight"].as_u64().unwrap() >= 3)
    );
    let limited = query_json(out.path(), &["neighbors", "Amazon", "--limit", "2"]);
    assert_eq!(limited["neighbors"].as_array().unwrap().len(), 2);
    assert!(limited["total"].as_u64().unwrap() > 2);

    let bad = query(out.path(), &["neighbors", "Amazon", "--type", "spaceship"]).expect_code(2);
    assert!(
        bad.stderr.contains("spaceship") && bad.stderr.contains("agency"),
        "{}",
        bad.stderr
    );
}

#[test]
fn evidence_of_palantir_and_aws_comes_from_the_english_and_the_dutch_article() {
    let out = build_seeds(&[]);
    let answer = query_json(out.path(), &["evidence", "Palantir", "AWS"]);
    assert_eq!(
        (&answer["a"]["id"], &answer["b"]["id"]),
        (&"palantir".into(), &"aws".into())
    );
    let evidence = answer["evidence"].as_array().unwrap();
    let documents: Vec<&str> = evidence.iter().map(|e| e["document"].as_str().unwrap()).collect();
    assert!(
        documents.contains(&"002_f08923bbbf1d2df1"),
        "Dutch article: {documents:?}"
    );
    assert!(
        documents.contains(&"003_9be7f01c49a02bb1"),
        "English article: {documents:?}"
    );
    assert_eq!(answer["documents"], 2);
    for e in evidence {
        let source = std::fs::read_to_string(
            repo()
                .join("seeds")
                .join(format!("{}.txt", e["document"].as_str().unwrap())),
        )
        .unwrap();
        assert!(
            source.contains(e["text"].as_str().unwrap()),
            "not a sentence of its document: {e}"
        );
    }
    let table = query(out.path(), &["evidence", "Palantir", "AWS"])
        .expect_code(0)
        .stdout;
    assert!(
        table.contains(
            "Op de tweede plek zou het bedrijf moeten stoppen met de verkoop van AWS clouddiensten aan Palantir."
        ),
        "{table}"
    );
    assert!(
        table.contains("The AWS cloud services should not be sold to Palantir."),
        "{table}"
    );
    assert!(table.contains("002_f08923bbbf1d2df1, sentence 9"), "{table}");
}

#[test]
fn evidence_shows_document_metadata_ownership_and_says_when_there_is_none() {
    let out = build_seeds(&[]);
    // the first seed has a date
    let answer = query_json(out.path(), &["evidence", "Amazon", "Rekognition"]);
    let dated = answer["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["document"] == "000_5fc0c75c47dbb2ca")
        .expect("evidence from the first seed");
    assert_eq!(dated["date"], "2018-11");
    assert_eq!(answer["ownership"][0]["kind"], "made_by");
    // 7 sentences, 5 kept
    let table = query(out.path(), &["evidence", "Amazon", "Rekognition"])
        .expect_code(0)
        .stdout;
    assert!(table.contains("(2018-11)"), "{table}");
    assert!(table.contains("keeps the first 5 of 7 passages"), "{table}");
    assert!(table.contains("Rekognition is made by Amazon"), "{table}");

    let none = query(out.path(), &["evidence", "Palantir", "Netflix"]).expect_code(1);
    assert!(none.stdout.contains("never mentioned together"), "{}", none.stdout);
    let mut args = vec!["evidence", "Palantir", "Netflix", "--json"];
    let json: Value = serde_json::from_str(&query(out.path(), &args).expect_code(1).stdout).unwrap();
    assert_eq!(json["weight"], 0);
    assert!(json["evidence"].as_array().unwrap().is_empty());
    args[2] = "palantir";
    assert!(query(out.path(), &args).stderr.contains("same entity"));
}

#[test]
fn path_from_amazon_to_detroit_has_evidence_for_every_hop() {
    let out = build_seeds(&[]);
    let answer = query_json(out.path(), &["path", "Amazon", "Detroit"]);
    assert_eq!(answer["cost"], "1/weight");
    let paths = answer["paths"].as_array().unwrap();
    assert!(!paths.is_empty());
    for path in paths {
        let hops = path["hops"].as_array().unwrap();
        assert_eq!(hops[0]["from"]["id"], "amazon");
        assert_eq!(hops.last().unwrap()["to"]["id"], "detroit");
        for pair in hops.windows(2) {
            assert_eq!(pair[0]["to"]["id"], pair[1]["from"]["id"]);
        }
        let mut total = 0.0;
        for hop in hops {
            assert_eq!(hop["kind"], "cooccurrence");
            let evidence = hop["evidence"].as_array().unwrap();
            assert!(!evidence.is_empty(), "hop without evidence: {hop}");
            let cost = hop["cost"].as_f64().unwrap();
            assert!((cost - 1.0 / hop["weight"].as_f64().unwrap()).abs() < 1e-6);
            total += cost;
        }
        assert!((total - path["cost"].as_f64().unwrap()).abs() < 1e-6);
        assert!(hops.len() <= 4);
    }
    let table = query(out.path(), &["path", "Amazon", "Detroit"]).expect_code(0).stdout;
    assert!(table.starts_with("Amazon → Detroit"), "{table}");

    // a hop bound that cannot be met, and no path at all
    let none = query(out.path(), &["path", "Amazon", "Detroit", "--max-hops", "1"]).expect_code(1);
    assert!(none.stdout.contains("No path"), "{}", none.stdout);
    let json: Value = serde_json::from_str(
        &query(out.path(), &["path", "Amazon", "Detroit", "--max-hops", "1", "--json"])
            .expect_code(1)
            .stdout,
    )
    .unwrap();
    assert!(json["paths"].as_array().unwrap().is_empty());
    query(out.path(), &["path", "Amazon", "Detroit", "--max-hops", "0"]).expect_code(2);

    let npmi = query_json(out.path(), &["path", "Amazon", "Detroit", "--rank", "npmi"]);
    assert_eq!(npmi["cost"], "-ln((1+npmi)/2)");
    assert!(!npmi["paths"].as_array().unwrap().is_empty());
}

#[test]
fn answers_count_the_graphs_own_windows() {
    let out = build_seeds(&["--window", "paragraph"]);
    let table = query(out.path(), &["evidence", "Palantir", "AWS"])
        .expect_code(0)
        .stdout;
    // what a sentence states comes first, then how often the two are together
    assert!(
        table.starts_with("Palantir runs on Amazon Web Services: stated in 1 sentence of 1 document"),
        "{table}"
    );
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("Palantir – Amazon Web Services: together in 2 paragraphs")),
        "{table}"
    );
}

#[test]
fn path_over_ownership_only_when_asked() {
    // Twitch is named with Amazon once; without that sentence only the gazetteer links it (Amazon owns it)
    let out = build_seeds(&[]);
    let none = query(out.path(), &["path", "Twitch", "ICE", "--min-weight", "2"]).expect_code(1);
    assert!(none.stdout.contains("No path"), "{}", none.stdout);
    let owned = query_json(
        out.path(),
        &["path", "Twitch", "ICE", "--min-weight", "2", "--ownership"],
    );
    let hops = owned["paths"][0]["hops"].as_array().unwrap();
    assert_eq!(hops[0]["kind"], "owned_by");
    assert_eq!(hops[0]["to"]["id"], "amazon");
    assert_eq!(hops[0]["cost"], 1.0);
    assert!(hops[0]["evidence"].as_array().unwrap().is_empty());
    assert_eq!(hops[0]["ownership"][0]["target"], "amazon");
    assert_eq!(hops[1]["kind"], "cooccurrence");
}

#[test]
fn top_by_every_measure_is_ranked_and_stable() {
    let out = build_seeds(&[]);
    for by in ["degree", "strength", "betweenness", "pagerank"] {
        let answer = query_json(out.path(), &["top", "--by", by, "--limit", "10"]);
        assert_eq!(answer["by"], by);
        assert_eq!(answer["exact"], true);
        let entities = answer["entities"].as_array().unwrap();
        assert_eq!(entities.len(), 10);
        let scores: Vec<f64> = entities.iter().map(|e| e["score"].as_f64().unwrap()).collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{by}: {scores:?}");
        for (i, e) in entities.iter().enumerate() {
            assert_eq!(e["rank"], i + 1);
        }
        assert_eq!(query_json(out.path(), &["top", "--by", by, "--limit", "10"]), answer);
    }
    let betweenness = query_json(out.path(), &["top", "--by", "betweenness", "--limit", "3"]);
    assert_eq!(ids(&betweenness["entities"], "id"), ["microsoft", "amazon", "usa"]);
    let agencies = query_json(out.path(), &["top", "--by", "pagerank", "--type", "agency"]);
    assert!(ids(&agencies["entities"], "type").iter().all(|t| t == "agency"));
    assert_eq!(agencies["entities"][0]["id"], "ice");
    let table = query(out.path(), &["top", "--by", "betweenness"]).expect_code(0).stdout;
    assert!(table.lines().nth(2).unwrap().contains("betweenness"), "{table}");
}

#[test]
fn communities_group_the_seeds_stories() {
    let out = build_seeds(&[]);
    let answer = query_json(out.path(), &["communities"]);
    assert_eq!(answer["algorithm"], "louvain");
    let modularity = answer["modularity"].as_f64().unwrap();
    assert!(modularity > 0.3 && modularity < 1.0, "{modularity}");
    let communities = answer["communities"].as_array().unwrap();
    let group_of = |id: &str| {
        communities
            .iter()
            .position(|c| c["members"].as_array().unwrap().iter().any(|m| m["id"] == id))
    };
    // the stories of the seeds: Amazon selling to ICE; Microsoft and Genetec in Detroit
    assert_eq!(group_of("amazon"), group_of("ice"));
    assert_eq!(group_of("amazon"), group_of("rekognition"));
    assert_eq!(group_of("microsoft"), group_of("genetec"));
    assert_ne!(group_of("amazon"), group_of("microsoft"));
    for c in communities {
        let members: Vec<String> = ids(&c["members"], "id");
        assert_eq!(c["size"], members.len());
        assert!(members.len() >= 2);
        for e in c["edges"].as_array().unwrap() {
            assert!(members.contains(&e["source"].as_str().unwrap().to_string()));
            assert!(members.contains(&e["target"].as_str().unwrap().to_string()));
        }
    }
    assert_eq!(query_json(out.path(), &["communities"]), answer, "stable");
    let table = query(out.path(), &["communities"]).expect_code(0).stdout;
    assert!(table.starts_with("Louvain communities"), "{table}");
    assert!(
        table.contains("Group 1:") && table.contains("held together by"),
        "{table}"
    );
}

#[test]
fn answers_do_not_depend_on_the_order_of_the_file() {
    let out = build_seeds(&[]);
    let mut graph = read_json(&out.path().join("graph.json"));
    graph["nodes"].as_array_mut().unwrap().reverse();
    graph["links"].as_array_mut().unwrap().reverse();
    let shuffled = tempdir();
    std::fs::write(
        shuffled.path().join("graph.json"),
        serde_json::to_string(&graph).unwrap(),
    )
    .unwrap();
    for args in [
        &["top", "--by", "betweenness"][..],
        &["top", "--by", "pagerank"],
        &["communities"],
        &["neighbors", "Microsoft"],
        &["path", "Amazon", "Detroit"],
    ] {
        assert_eq!(
            query_json(out.path(), args),
            query_json(shuffled.path(), args),
            "{args:?}"
        );
    }
}

#[test]
fn ego_writes_a_page_that_opens_on_the_entity() {
    let out = build_seeds(&[]);
    let file = out.path().join("ice.html");
    query(
        out.path(),
        &["ego", "ice", "--format", "html", "-o", file.to_str().unwrap()],
    )
    .expect_code(0);
    let (data, _) = crate::export::embedded_page_data(&file);
    assert_eq!(data["page"]["focus"], "ice");
    let ids: Vec<&str> = data["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"ice") && ids.contains(&"palantir"), "{ids:?}");
    let json = query(out.path(), &["ego", "ice"]).expect_code(0).stdout;
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(ids.len(), json["nodes"].as_array().unwrap().len());
    // to standard output without -o
    let page = query(out.path(), &["ego", "ice", "--format", "html"])
        .expect_code(0)
        .stdout;
    assert!(page.starts_with("<!DOCTYPE html>"));
}

#[test]
fn ego_writes_the_neighbourhood_in_builds_formats() {
    let out = build_seeds(&[]);
    let json = query(out.path(), &["ego", "Palantir"]).expect_code(0).stdout;
    let sub: Value = serde_json::from_str(&json).unwrap();
    let nodes = ids(&sub["nodes"], "id");
    assert!(
        nodes.contains(&"palantir".to_string())
            && nodes.contains(&"ice".to_string())
            && nodes.contains(&"aws".to_string())
    );
    let neighbours = query_json(out.path(), &["neighbors", "Palantir", "--limit", "0"]);
    assert_eq!(nodes.len(), neighbours["total"].as_u64().unwrap() as usize + 1);
    // links between neighbours are kept too, and the result is a graph to query again
    let dir = tempdir();
    std::fs::write(dir.path().join("graph.json"), &json).unwrap();
    let again = query_json(dir.path(), &["evidence", "Palantir", "AWS"]);
    assert_eq!(again, query_json(out.path(), &["evidence", "Palantir", "AWS"]));
    assert!(
        query_json(dir.path(), &["neighbors", "ICE"])["neighbors"]
            .as_array()
            .unwrap()
            .len()
            >= 2
    );
    assert_eq!(
        query(out.path(), &["ego", "Palantir", "--json"]).expect_code(0).stdout,
        json
    );

    let dot = query(out.path(), &["ego", "Amazon", "--format", "dot"])
        .expect_code(0)
        .stdout;
    assert!(
        dot.starts_with("graph \"gazegraph\" {") && dot.contains("\"rekognition\""),
        "{dot}"
    );
    assert!(!dot.contains("\"detroit\""), "Detroit is two hops from Amazon");
    let deeper = query(out.path(), &["ego", "Amazon", "--format", "dot", "--depth", "2"])
        .expect_code(0)
        .stdout;
    assert!(deeper.contains("\"detroit\""));

    let csv = tempdir();
    let target = csv.path().join("palantir");
    let written = query(
        out.path(),
        &["ego", "Palantir", "--format", "csv", "-o", target.to_str().unwrap()],
    )
    .expect_code(0);
    assert!(written.stderr.contains("entities"), "{}", written.stderr);
    let rows = read_csv(&target.join("nodes.csv"));
    assert_eq!(rows.len(), nodes.len());
    assert!(!read_csv(&target.join("edges.csv")).is_empty());
    let refused = query(out.path(), &["ego", "Palantir", "--format", "csv"]).expect_code(2);
    assert!(refused.stderr.contains("-o DIR"), "{}", refused.stderr);
    query(out.path(), &["ego", "Palantir", "--format", "dot", "--json"]).expect_code(2);

    let file = csv.path().join("amazon.dot");
    query(
        out.path(),
        &["ego", "Amazon", "--format", "dot", "-o", file.to_str().unwrap()],
    )
    .expect_code(0);
    assert_eq!(std::fs::read_to_string(file).unwrap(), dot);
}

#[test]
fn unknown_and_ambiguous_names_are_clear_errors() {
    let out = build_seeds(&[]);
    let unknown = query(out.path(), &["neighbors", "Palantier"]).expect_code(2);
    assert!(
        unknown.stderr.contains("no entity is called \"Palantier\""),
        "{}",
        unknown.stderr
    );
    assert!(unknown.stderr.contains("palantir"), "{}", unknown.stderr);
    let partial = query(out.path(), &["path", "Amazon", "Detroit police"]).expect_code(2);
    let offered = partial.stderr.lines().nth(1).unwrap_or("");
    assert!(offered.contains("detroit-police-department"), "{}", partial.stderr);

    // a hand-made graph where two entities share a name
    let graph = r#"{"directed": false, "multigraph": false,
      "graph": {"tool": "gazegraph", "version": "0", "window": "sentence", "min_weight": 1, "evidence_cap": 5,
                "documents": 1, "windows": 2, "mentions": 4,
                "gazetteer": {"sha256": "", "entities": 3, "files": []}},
      "nodes": [{"id": "apple", "label": "Apple", "type": "organisation", "mentions": 1, "documents": 1, "windows": 1},
                {"id": "apple-records", "label": "Apple Records", "type": "organisation", "mentions": 1, "documents": 1,
                 "windows": 1, "aliases": ["Apple"]},
                {"id": "beatles", "label": "The Beatles", "type": "organisation", "mentions": 2, "documents": 1, "windows": 2}],
      "links": [{"source": "apple-records", "target": "beatles", "weight": 1, "documents": 1, "npmi": 1.0,
                 "evidence": [{"document": "d", "sentence": 0, "text": "The Beatles founded Apple Records."}]}]}"#;
    let dir = folder_with(&[("graph.json", graph.as_bytes())]);
    let ambiguous = query(dir.path(), &["neighbors", "APPLE"]).expect_code(2);
    assert!(ambiguous.stderr.contains("names 2 entities"), "{}", ambiguous.stderr);
    assert!(
        ambiguous.stderr.contains("apple-records") && ambiguous.stderr.contains("use the id"),
        "{}",
        ambiguous.stderr
    );
    // the id typed exactly is unambiguous
    query(dir.path(), &["neighbors", "apple"]).expect_code(0);
    let answer = query_json(dir.path(), &["neighbors", "apple-records"]);
    assert_eq!(answer["neighbors"][0]["id"], "beatles");
}

#[test]
fn a_missing_or_malformed_graph_is_a_clear_error() {
    let empty = tempdir();
    let missing = query(empty.path(), &["top"]).expect_code(2);
    assert!(missing.stderr.contains("gazegraph build"), "{}", missing.stderr);
    for (name, text) in [
        ("not json", "{\"nodes\": ["),
        (
            "a link to nowhere",
            r#"{"directed": false, "multigraph": false, "graph": {"tool": "gazegraph", "version": "0", "window": "sentence", "min_weight": 1, "evidence_cap": 5, "documents": 0, "windows": 0, "mentions": 0, "gazetteer": {"sha256": "", "entities": 0, "files": []}}, "nodes": [], "links": [{"source": "a", "target": "b", "weight": 1, "documents": 1, "evidence": []}]}"#,
        ),
    ] {
        let dir = folder_with(&[("graph.json", text.as_bytes())]);
        let bad = query(dir.path(), &["top"]).expect_code(2);
        assert!(bad.stderr.contains("not a gazegraph graph"), "{name}: {}", bad.stderr);
    }
}

#[test]
fn help_explains_each_question_with_examples() {
    let help = run(&["query", "--help"]).expect_code(0).stdout;
    for command in ["neighbors", "evidence", "path", "top", "communities", "ego"] {
        assert!(help.contains(command), "`query --help` lacks {command}");
        let sub = run(&["query", command, "--help"]).expect_code(0).stdout;
        assert!(
            sub.contains("Examples:") && sub.contains(&format!("gazegraph query {command} ")),
            "{command}: {sub}"
        );
        assert!(sub.contains("--graph") && sub.contains("--json"), "{command}: {sub}");
    }
    let path = run(&["query", "path", "--help"]).expect_code(0).stdout;
    assert!(
        path.contains("1/weight") && path.contains("−ln((1 + NPMI) / 2)"),
        "{path}"
    );
    let communities = run(&["query", "communities", "--help"]).expect_code(0).stdout;
    assert!(communities.contains("Louvain"), "{communities}");
    // The measures keep a line each (clap would join the lines of a doc comment's paragraph).
    let top = run(&["query", "top", "--help"]).expect_code(0).stdout;
    for measure in ["degree", "strength", "betweenness", "pagerank"] {
        assert!(top.contains(&format!("\n  {measure} ")), "{measure}: {top}");
    }
    let ego = run(&["query", "ego", "--help"]).expect_code(0).stdout;
    for format in ["json", "dot", "csv"] {
        assert!(ego.contains(&format!("\n  {format} ")), "{format}: {ego}");
    }
    assert!(run(&["--help"]).expect_code(0).stdout.contains("query"));
}

/// The README's "Questions you can ask" shows real output: every block that starts with `$ gazegraph query`
/// is run on the seeds and must print what the README says (up to a line `…`, where the README abridges).
#[test]
fn readme_questions_show_real_output() {
    let out = build_seeds(&[]);
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let start = readme.find("## Questions you can ask").expect("README has the section");
    let section = &readme[start..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |i| i + 3)];
    let mut checked = 0;
    for block in section.split("```").skip(1).step_by(2) {
        let block = block.strip_prefix("text").unwrap_or(block).trim_start_matches('\n');
        let Some(command) = block.lines().next().and_then(|l| l.strip_prefix("$ gazegraph query ")) else {
            continue;
        };
        let args: Vec<&str> = command.split_whitespace().collect();
        let actual = query(out.path(), &args).stdout;
        let expected: Vec<&str> = block.lines().skip(1).collect();
        let actual: Vec<&str> = actual.lines().collect();
        let abridged = expected.iter().position(|l| l.trim() == "…");
        let n = abridged.unwrap_or(expected.len());
        let trimmed = |lines: &[&str]| lines.iter().map(|l| l.trim_end().to_string()).collect::<Vec<_>>();
        if abridged.is_some() {
            assert_eq!(
                trimmed(&expected[..n]),
                trimmed(&actual[..n.min(actual.len())]),
                "README: {command}"
            );
        } else {
            assert_eq!(trimmed(&expected), trimmed(&actual), "README: {command}");
        }
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} README examples checked");
}
