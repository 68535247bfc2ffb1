//! The export formats read back by real parsers: serde_json, the csv crate, quick-xml for GEXF and GraphML (and
//! Graphviz's SVG), graphviz-rust for DOT; on the seeds and on a gazetteer of hostile names. `render` end to end.
//! (networkx and the GEXF schema are checked by `.ci/run`: see tests/check_networkx.py.)

use std::collections::{BTreeMap, BTreeSet};

mod parse;

use parse::{dot_nodes, drawn, parse_xml};

use crate::util::{build_seeds, folder_with, read_csv, read_json, run, run_in, tempdir};

/// Names that break naive writers: quotes, backslashes, markup, entities, a newline and runs of spaces, a
/// right-to-left override, an emoji, formula starts.
const HOSTILE: &[(&str, &str, &str, &str)] = &[
    // id, name, type, alias (what the articles say)
    ("evil", "Evil \"Quote\" <b>&amp;</b> Co", "<b>&\"type\"", "Evilcorp"),
    ("back", "Back\\slash \\\" \\n Corp", "organisation", "Backcorp"),
    ("line", "Line\nBreak   Inc", "organisation", "Linebreak"),
    ("rtl", "Trust\u{202e}gnp.exe", "organisation", "Rtlcorp"),
    ("@rocket", "Rocket 🚀 Labs", "product", "Rocketlabs"),
    ("q\"\\x", "+1 Party", "organisation", "Plusparty"),
    ("=cmd()", "=cmd()", "organisation", "Cmdcorp"),
    ("undated", "-Undated Ltd", "organisation", "Undatedcorp"),
];

/// Builds the hostile gazetteer over three articles (two dated) and returns the output folder.
fn build_hostile(extra: &[&str]) -> (tempfile::TempDir, tempfile::TempDir) {
    let mut gazetteer = csv::Writer::from_writer(Vec::new());
    gazetteer
        .write_record([
            "id",
            "name",
            "type",
            "aliases",
            "owner",
            "wikidata",
            "=HYPERLINK(\"http://x.example\")",
        ])
        .unwrap();
    for &(id, name, kind, alias) in HOSTILE {
        let owner = if id == "@rocket" { "evil" } else { "" };
        let (wikidata, formula) = if id == "evil" {
            ("Q1", "=cmd|' /C calc'!A0")
        } else {
            ("", "")
        };
        gazetteer
            .write_record([id, name, kind, alias, owner, wikidata, formula])
            .unwrap();
    }
    let articles = [
        serde_json::json!({"id": "d1", "date": "2019-03-04", "text":
            "Evilcorp works with Backcorp and Linebreak. Rtlcorp met Rocketlabs and Plusparty and Evilcorp and Cmdcorp."}),
        serde_json::json!({"id": "=d2", "date": "2020-07", "text":
            "- Evilcorp and Rocketlabs signed a deal with Backcorp.\n\n\u{1}Control: Plusparty and Rtlcorp."}),
        serde_json::json!({"id": "d3", "text": "Evilcorp and Linebreak met Undatedcorp, undated."}),
    ];
    let jsonl: String = articles.iter().map(|a| format!("{a}\n")).collect();
    let inputs = folder_with(&[
        ("gaz/g.csv", &gazetteer.into_inner().unwrap()),
        ("in/news.jsonl", jsonl.as_bytes()),
    ]);
    let out = tempdir();
    let dir = inputs.path();
    let mut args = vec![
        "build".to_string(),
        dir.join("in").display().to_string(),
        "--gazetteer".to_string(),
        dir.join("gaz").display().to_string(),
        "--out".to_string(),
        out.path().display().to_string(),
        "--quiet".to_string(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    run(&args.iter().map(String::as_str).collect::<Vec<_>>()).expect_code(0);
    (inputs, out)
}

fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn graphviz_installed() -> bool {
    std::process::Command::new("dot").arg("-V").output().is_ok()
}

#[test]
fn hostile_names_round_trip_in_every_format() {
    let (_inputs, out) = build_hostile(&[]);
    let out = out.path();
    let names: BTreeMap<&str, &str> = HOSTILE.iter().map(|&(id, name, _, _)| (id, name)).collect();

    // JSON
    let graph = read_json(&out.join("graph.json"));
    let labels: BTreeMap<String, String> = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["id"].as_str().unwrap().into(), n["label"].as_str().unwrap().into()))
        .collect();
    assert_eq!(labels.len(), names.len(), "{labels:?}");
    for (id, name) in &names {
        assert_eq!(labels[*id], *name);
    }

    // CSV: formulas are defused, and the data comes back by stripping one apostrophe
    let unescape = gazegraph::export::tables::unescape_cell;
    let nodes = read_csv(&out.join("nodes.csv"));
    for row in &nodes {
        let id = unescape(&row["Id"]);
        assert_eq!(unescape(&row["Label"]), names[id]);
        for (column, cell) in row {
            let text = cell.trim_start_matches('\'');
            if text.starts_with(['=', '+', '-', '@']) {
                assert!(cell.starts_with('\''), "{column} = {cell:?} would run as a formula");
            }
        }
    }
    let rocket = nodes
        .iter()
        .find(|r| r["Id"] == "'@rocket")
        .expect("@rocket is written '@rocket");
    assert_eq!(rocket["Label"], "Rocket 🚀 Labs");
    let evil = nodes.iter().find(|r| r["Id"] == "evil").unwrap();
    assert_eq!(evil["'=HYPERLINK(\"http://x.example\")"], "'=cmd|' /C calc'!A0");
    assert_eq!(evil["Type"], "<b>&\"type\"");
    let edges = read_csv(&out.join("edges.csv"));
    assert!(
        edges
            .iter()
            .any(|e| e["Evidence"] == "'- Evilcorp and Rocketlabs signed a deal with Backcorp.")
    );
    assert!(edges.iter().all(|e| names.contains_key(unescape(&e["Source"]))));
    let mentions = read_csv(&out.join("mentions.csv"));
    assert!(mentions.iter().any(|m| m["document"] == "'=d2"));
    assert!(mentions.iter().any(|m| m["entity"] == "'=cmd()"));

    // GEXF
    let gexf = parse_xml(&out.join("graph.gexf"));
    let gexf_labels: BTreeMap<&str, &str> = gexf
        .all("node")
        .iter()
        .map(|n| (n.attr("id"), n.attr("label")))
        .collect();
    assert_eq!(gexf_labels, names);
    let evil = gexf.all("node").into_iter().find(|n| n.attr("id") == "evil").unwrap();
    let values: BTreeMap<&str, &str> = evil
        .all("attvalue")
        .iter()
        .map(|v| (v.attr("for"), v.attr("value")))
        .collect();
    assert_eq!(values["type"], "<b>&\"type\"");
    assert_eq!(values["0"], "=cmd|' /C calc'!A0", "GEXF keeps data as it is");
    let titles: Vec<&str> = gexf.all("attribute").iter().map(|a| a.attr("title")).collect();
    assert!(titles.contains(&"=HYPERLINK(\"http://x.example\")") && titles.contains(&"wikidata"));
    let evidence: Vec<&str> = gexf
        .all("attvalue")
        .into_iter()
        .filter(|v| v.attr("for") == "evidence")
        .map(|v| v.attr("value"))
        .collect();
    assert!(
        evidence.contains(&"\u{fffd}Control: Plusparty and Rtlcorp."),
        "a control character XML cannot hold is replaced, not dropped silently: {evidence:?}"
    );

    // GraphML
    let graphml = parse_xml(&out.join("graph.graphml"));
    let keys: BTreeMap<&str, &str> = graphml
        .all("key")
        .iter()
        .map(|k| (k.attr("id"), k.attr("attr.name")))
        .collect();
    let mut graphml_labels = BTreeMap::new();
    for node in graphml.all("node") {
        for data in &node.children {
            if keys[data.attr("key")] == "label" {
                graphml_labels.insert(node.attr("id"), data.text.as_str());
            }
        }
    }
    assert_eq!(graphml_labels, names);

    // DOT: Graphviz's grammar accepts it, and draws each name (wrapped at spaces) and shows it whole as a tooltip
    let dot = dot_nodes(&out.join("graph.dot"));
    assert_eq!(dot.len(), names.len());
    for attributes in dot.values() {
        let (label, tooltip) = (drawn(&attributes["label"]), drawn(&attributes["tooltip"]));
        let name = names
            .values()
            .find(|n| tooltip.starts_with(&format!("{n} (")))
            .unwrap_or_else(|| panic!("no name for tooltip {tooltip:?}"));
        assert_eq!(words(&label), words(name), "label {label:?}");
    }

    // SVG: what Graphviz actually drew
    if !graphviz_installed() {
        eprintln!("Graphviz is not installed: the SVG round trip was not checked");
        return;
    }
    let svg = out.join("graph.svg");
    run(&["render", "--graph", out.join("graph.json").to_str().unwrap()]).expect_code(0);
    let svg = parse_xml(&svg);
    let drawn_titles: BTreeSet<String> = svg
        .all("a")
        .iter()
        .filter_map(|a| a.attributes.get("xlink:title"))
        .map(|t| words(t))
        .collect();
    for name in names.values() {
        assert!(
            drawn_titles
                .iter()
                .any(|t| t.starts_with(&format!("{} (", words(name)))),
            "{name:?} is not in the SVG's tooltips: {drawn_titles:?}"
        );
    }
}

#[test]
fn gexf_and_graphml_agree_with_json_on_the_seeds() {
    let out = build_seeds(&[]);
    let graph = read_json(&out.path().join("graph.json"));
    let links = graph["links"].as_array().unwrap();
    let json_edges: BTreeSet<(String, String, String, u64)> = links
        .iter()
        .map(|l| {
            (
                l["source"].as_str().unwrap().into(),
                l["target"].as_str().unwrap().into(),
                l["kind"].as_str().unwrap().into(),
                l["weight"].as_u64().unwrap(),
            )
        })
        .collect();

    let gexf = parse_xml(&out.path().join("graph.gexf"));
    assert_eq!(gexf.attr("version"), "1.3");
    assert_eq!(gexf.all("node").len(), graph["nodes"].as_array().unwrap().len());
    let gexf_edges: BTreeSet<(String, String, String, u64)> = gexf
        .all("edge")
        .iter()
        .map(|e| {
            (
                e.attr("source").into(),
                e.attr("target").into(),
                e.attr("kind").into(),
                e.attr("weight").parse().unwrap(),
            )
        })
        .collect();
    assert_eq!(gexf_edges, json_edges);
    let ids: BTreeSet<&str> = gexf.all("edge").iter().map(|e| e.attr("id")).collect();
    assert_eq!(ids.len(), links.len(), "edge ids are unique");
    // GEXF marks the relations with a direction directed (Gephi draws a mixed graph), as graph.json says
    let directed_json: BTreeSet<(String, String, String)> = links
        .iter()
        .filter(|l| l["directed"] == true)
        .map(|l| {
            (
                l["source"].as_str().unwrap().to_string(),
                l["target"].as_str().unwrap().to_string(),
                l["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let directed_gexf: BTreeSet<(String, String, String)> = gexf
        .all("edge")
        .iter()
        .filter(|e| e.attributes.get("type").map(String::as_str) == Some("directed"))
        .map(|e| (e.attr("source").into(), e.attr("target").into(), e.attr("kind").into()))
        .collect();
    assert!(!directed_json.is_empty());
    assert_eq!(directed_gexf, directed_json);
    // Amazon and Ring: an ownership edge beside the co-occurrence edge
    let amazon_ring: Vec<&str> = gexf
        .all("edge")
        .into_iter()
        .filter(|e| {
            let ends = BTreeSet::from([e.attr("source"), e.attr("target")]);
            ends == BTreeSet::from(["amazon", "ring"])
        })
        .map(|e| e.attr("kind"))
        .collect();
    assert_eq!(amazon_ring.len(), 2, "{amazon_ring:?}");
    // colour by type
    let amazon = gexf.all("node").into_iter().find(|n| n.attr("id") == "amazon").unwrap();
    let colour = &amazon.all("viz:color")[0];
    assert_eq!(
        (colour.attr("r"), colour.attr("g"), colour.attr("b")),
        ("142", "202", "230")
    );

    let graphml = parse_xml(&out.path().join("graph.graphml"));
    let keys: BTreeMap<&str, (&str, &str)> = graphml
        .all("key")
        .iter()
        .map(|k| (k.attr("id"), (k.attr("attr.name"), k.attr("attr.type"))))
        .collect();
    assert_eq!(keys["n_mentions"], ("mentions", "long"));
    assert_eq!(keys["e_npmi"], ("npmi", "double"));
    let graphml_edges: BTreeSet<(String, String, String, u64)> = graphml
        .all("edge")
        .iter()
        .map(|e| {
            let data: BTreeMap<&str, &str> = e
                .children
                .iter()
                .map(|d| (keys[d.attr("key")].0, d.text.as_str()))
                .collect();
            (
                e.attr("source").into(),
                e.attr("target").into(),
                data["kind"].into(),
                data["weight"].parse().unwrap(),
            )
        })
        .collect();
    assert_eq!(graphml_edges, json_edges);
}

#[test]
fn gexf_spells_follow_dates_and_a_graph_without_dates_is_static() {
    let (_inputs, out) = build_hostile(&[]);
    let gexf = parse_xml(&out.path().join("graph.gexf"));
    let graph = &gexf.all("graph")[0];
    assert_eq!((graph.attr("mode"), graph.attr("timeformat")), ("dynamic", "date"));
    assert_eq!((graph.attr("start"), graph.attr("end")), ("2019-03-04", "2020-07-31"));
    let spell = |id: &str| {
        let node = gexf.all("node").into_iter().find(|n| n.attr("id") == id).unwrap();
        (
            node.attributes.get("start").cloned(),
            node.attributes.get("end").cloned(),
        )
    };
    let some = |a: &str, b: &str| (Some(a.to_string()), Some(b.to_string()));
    assert_eq!(spell("line"), some("2019-03-04", "2019-03-04"));
    assert_eq!(
        spell("@rocket"),
        some("2019-03-04", "2020-07-31"),
        "a month ends on its last day"
    );
    assert_eq!(spell("undated"), (None, None), "seen only in an undated article");
    let made_by = gexf
        .all("edge")
        .into_iter()
        .find(|e| e.attr("kind") == "made_by")
        .unwrap();
    assert_eq!((made_by.attr("source"), made_by.attr("target")), ("@rocket", "evil"));
    assert!(!made_by.attributes.contains_key("start"), "ownership is not dated");

    let corpus = folder_with(&[("a.txt", b"Palantir runs on AWS. Microsoft works with Genetec.")]);
    let static_out = tempdir();
    run(&[
        "build",
        corpus.path().to_str().unwrap(),
        "--out",
        static_out.path().to_str().unwrap(),
        "--quiet",
    ])
    .expect_code(0);
    let gexf = parse_xml(&static_out.path().join("graph.gexf"));
    let graph = &gexf.all("graph")[0];
    assert!(!graph.attributes.contains_key("mode") && !graph.attributes.contains_key("timeformat"));
    assert!(gexf.all("node").iter().all(|n| !n.attributes.contains_key("start")));
}

#[test]
fn top_limits_the_diagram_to_the_most_connected_entities() {
    let out = build_seeds(&["--top", "12"]);
    let graph = read_json(&out.path().join("graph.json"));
    let all = graph["nodes"].as_array().unwrap().len();
    assert!(all > 12, "graph.json keeps every entity");
    let mut degree: BTreeMap<&str, u64> = BTreeMap::new();
    let mut mentions: BTreeMap<&str, u64> = BTreeMap::new();
    for n in graph["nodes"].as_array().unwrap() {
        degree.insert(n["id"].as_str().unwrap(), 0);
        mentions.insert(n["id"].as_str().unwrap(), n["mentions"].as_u64().unwrap());
    }
    for l in graph["links"].as_array().unwrap() {
        if l["kind"] == "cooccurrence" {
            for end in ["source", "target"] {
                *degree.get_mut(l[end].as_str().unwrap()).unwrap() += l["weight"].as_u64().unwrap();
            }
        }
    }
    let mut ranked: Vec<&str> = degree.keys().copied().collect();
    ranked.sort_by_key(|id| (std::cmp::Reverse((degree[id], mentions[id])), *id));
    let expected: BTreeSet<String> = ranked[..12].iter().map(|s| s.to_string()).collect();
    let dot = dot_nodes(&out.path().join("graph.dot"));
    assert_eq!(dot.keys().cloned().collect::<BTreeSet<_>>(), expected);
    let text = std::fs::read_to_string(out.path().join("graph.dot")).unwrap();
    assert!(text.contains(&format!("the 12 most connected of {all} entities")));
    assert_eq!(
        read_csv(&out.path().join("nodes.csv")).len(),
        all,
        "nodes.csv keeps every entity"
    );

    // render --top makes the same diagram source
    let drawn = out.path().join("top.dot");
    run(&[
        "render",
        "--graph",
        out.path().join("graph.json").to_str().unwrap(),
        "--top",
        "12",
        "-o",
        drawn.to_str().unwrap(),
    ])
    .expect_code(0);
    assert_eq!(std::fs::read_to_string(drawn).unwrap(), text);
    run(&["build", "--top", "0", "--out", "/nonexistent"]).expect_code(2);
}

#[test]
fn render_without_graphviz_says_how_to_install_it() {
    let out = build_seeds(&[]);
    let empty = tempdir();
    let result = std::process::Command::new(env!("CARGO_BIN_EXE_gazegraph"))
        .args(["render", "--graph", out.path().join("graph.json").to_str().unwrap()])
        .env("PATH", empty.path())
        .output()
        .unwrap();
    assert_eq!(result.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&result.stderr);
    for hint in [
        "apt-get install graphviz",
        "brew install graphviz",
        "graphviz.org/download",
    ] {
        assert!(stderr.contains(hint), "{hint:?} not in {stderr}");
    }
    assert!(!out.path().join("graph.svg").exists());
}

#[test]
fn render_draws_svg_and_png_with_graphviz() {
    if !graphviz_installed() {
        eprintln!("Graphviz is not installed: render was not checked");
        return;
    }
    let out = build_seeds(&[]);
    let result = run_in(out.path(), &["render", "--graph", "graph.json", "--png"], None).expect_code(0);
    assert!(result.stderr.contains("graph.svg"), "{}", result.stderr);
    let svg = parse_xml(&out.path().join("graph.svg"));
    let nodes = svg
        .all("g")
        .iter()
        .filter(|g| g.attributes.get("class").is_some_and(|c| c == "node"))
        .count();
    assert_eq!(
        nodes,
        read_json(&out.path().join("graph.json"))["nodes"]
            .as_array()
            .unwrap()
            .len()
    );
    let png = std::fs::read(out.path().join("graph.png")).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));

    let top = out.path().join("pictures/top.svg");
    run_in(
        out.path(),
        &[
            "render",
            "--graph",
            "graph.json",
            "--top",
            "5",
            "--layout",
            "neato",
            "-o",
            "pictures/top.svg",
        ],
        None,
    )
    .expect_code(0);
    let svg = parse_xml(&top);
    let nodes = svg
        .all("g")
        .iter()
        .filter(|g| g.attributes.get("class").is_some_and(|c| c == "node"))
        .count();
    assert_eq!(nodes, 5);
    run_in(out.path(), &["render", "--graph", "graph.json", "-o", "x.pdf"], None).expect_code(2);
}

/// The graph embedded in a `graph.html`, as the page's script reads it; and the raw text between the tags.
pub fn embedded_page_data(path: &std::path::Path) -> (serde_json::Value, String) {
    let html = std::fs::read_to_string(path).unwrap();
    let tag = r#"<script type="application/json" id="gazegraph-data">"#;
    let start = html.find(tag).unwrap() + tag.len();
    let raw = &html[start..start + html[start..].find("</script>").unwrap()];
    (serde_json::from_str(raw).unwrap(), raw.to_string())
}

#[test]
fn graph_html_embeds_hostile_names_as_data_that_cannot_end_its_script() {
    let (_inputs, out) = build_hostile(&[]);
    let (data, raw) = embedded_page_data(&out.path().join("graph.html"));
    assert!(
        !raw.contains('<') && !raw.contains('>') && !raw.contains('&'),
        "markup in the embedded JSON"
    );
    let json = read_json(&out.path().join("graph.json"));
    // the page carries graph.json's nodes, links and run as they are
    assert_eq!(data["nodes"], json["nodes"]);
    assert_eq!(data["graph"], json["graph"]);
    assert_eq!(
        data["links"].as_array().unwrap().len(),
        json["links"].as_array().unwrap().len()
    );
    let xy = data["page"]["xy"].as_array().unwrap();
    assert_eq!(xy.len(), 2 * HOSTILE.len());
    assert!(xy.iter().all(|v| v.as_f64().unwrap().abs() <= 1000.0));
}

#[test]
fn render_writes_the_page_of_the_most_connected() {
    let out = build_seeds(&[]);
    run_in(
        out.path(),
        &["render", "--graph", "graph.json", "-o", "top.html", "--top", "5"],
        None,
    )
    .expect_code(0);
    let (data, _) = embedded_page_data(&out.path().join("top.html"));
    assert_eq!(data["nodes"].as_array().unwrap().len(), 5);
    let total = read_json(&out.path().join("graph.json"))["nodes"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(data["page"]["total"]["nodes"], total);
    // the whole graph, as build writes it
    run_in(out.path(), &["render", "--graph", "graph.json", "-o", "all.HTML"], None).expect_code(0);
    assert!(
        std::fs::read(out.path().join("all.HTML")).unwrap() == std::fs::read(out.path().join("graph.html")).unwrap()
    );
    run_in(
        out.path(),
        &["render", "--graph", "graph.json", "-o", "x.html", "--png"],
        None,
    )
    .expect_code(2);
}

#[test]
fn new_formats_are_the_same_bytes_whatever_the_thread_count() {
    let (_a, one) = build_hostile(&["--threads", "1"]);
    let (_b, four) = build_hostile(&["--threads", "4"]);
    for name in ["graph.gexf", "graph.graphml", "graph.dot", "graph.html"] {
        assert!(
            std::fs::read(one.path().join(name)).unwrap() == std::fs::read(four.path().join(name)).unwrap(),
            "{name} differs between 1 and 4 threads"
        );
    }
}

/// The README's example of `graph.json` and its Gephi recipe state counts of the seeds' graph: they are the
/// committed `out/`'s (which another test keeps equal to what the code writes).
#[test]
fn readme_counts_are_the_seeds_graphs() {
    let readme = std::fs::read_to_string(crate::util::repo().join("README.md")).unwrap();
    let readme = readme.split_whitespace().collect::<Vec<_>>().join(" ");
    let out = crate::util::repo().join("out");
    let graph = read_json(&out.join("graph.json"));
    let meta = &graph["graph"];
    let aws = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "aws")
        .unwrap();
    let aws_palantir = crate::util::link(&graph, "aws", "palantir").unwrap();
    let gexf = std::fs::read_to_string(out.join("graph.gexf")).unwrap();
    for expected in [
        format!(
            "\"documents\": {}, \"windows\": {}, \"mentions\": {},",
            meta["documents"], meta["windows"], meta["mentions"]
        ),
        format!("\"entities\": {},", meta["gazetteer"]["entities"]),
        format!(
            "\"id\": \"aws\", \"label\": \"Amazon Web Services\", \"type\": \"organisation\", \"mentions\": {}, \
             \"documents\": {}, \"windows\": {}, \"aliases\": {}}}",
            aws["mentions"], aws["documents"], aws["windows"], aws["aliases"]
        ),
        format!(
            "\"source\": \"aws\", \"target\": \"palantir\", \"weight\": {}, \"documents\": {},",
            aws_palantir["weight"], aws_palantir["documents"]
        ),
        format!(
            "counts {} nodes and {} edges for the seeds",
            gexf.matches("<node ").count(),
            gexf.matches("<edge ").count()
        ),
    ] {
        assert!(readme.contains(&expected), "the README should say: {expected}");
    }
}
