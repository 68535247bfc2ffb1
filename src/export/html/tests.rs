use super::*;
use crate::graph::{EdgeKind, EdgeOrigin, Evidence, GazetteerMeta};
use petgraph::graph::UnGraph;

fn node(id: &str, label: &str, kind: &str, mentions: u64) -> Node {
    Node {
        id: id.into(),
        label: label.into(),
        kind: kind.into(),
        mentions,
        documents: 1,
        windows: mentions,
        outlets: None,
        first_date: None,
        last_date: None,
        aliases: Vec::new(),
        attributes: Default::default(),
    }
}

fn edge(weight: u64, text: &str) -> Edge {
    Edge {
        kind: EdgeKind::Cooccurrence,
        directed: false,
        origin: EdgeOrigin::Text,
        weight,
        documents: 1,
        outlets: None,
        reprints: 0,
        npmi: Some(0.5),
        first_date: None,
        last_date: None,
        evidence: vec![Evidence {
            document: "d1".into(),
            sentence: 0,
            text: text.into(),
            cue: None,
        }],
    }
}

fn sample() -> Graph {
    let mut g = UnGraph::new_undirected();
    let hostile = g.add_node(node("x", "</script><script>alert(1)</script><!--", "organisation", 3));
    let ice = g.add_node(node("ice", "ICE", "agency", 9));
    let palantir = g.add_node(node("palantir", "Palantir", "organisation", 5));
    g.add_edge(ice, palantir, edge(4, "Palantir sells to ICE & more \u{2028} <b>"));
    g.add_edge(hostile, ice, edge(1, "a</SCRIPT> b"));
    Graph {
        meta: Meta::for_tests(
            3,
            17,
            GazetteerMeta {
                sha256: "ab".repeat(32),
                entities: 3,
                files: vec!["a.csv".into()],
            },
        ),
        graph: g,
        documents: vec![DocumentInfo {
            id: "d1".into(),
            title: Some("<i>Title</i>".into()),
            ..Default::default()
        }],
    }
}

fn page(graph: &Graph, options: &Options) -> String {
    let mut out = Vec::new();
    write_with(graph, options, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// The embedded JSON, as the page's script reads it.
fn embedded(html: &str) -> serde_json::Value {
    let start = html
        .find(r#"<script type="application/json" id="gazegraph-data">"#)
        .unwrap();
    let rest = &html[start..];
    let open = rest.find('>').unwrap() + 1;
    let close = rest.find("</script>").unwrap();
    serde_json::from_str(&rest[open..close]).unwrap()
}

#[test]
fn the_data_cannot_close_its_script_and_reads_back_unchanged() {
    let html = page(&sample(), &Options::default());
    let data = embedded(&html);
    // what sits between the tags holds none of the characters that could end it or open a comment
    let start = html.find(r#"id="gazegraph-data">"#).unwrap();
    let json = &html[start + 20..start + 20 + html[start + 20..].find("</script>").unwrap()];
    for bad in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
        assert!(!json.contains(bad), "{bad:?} in the embedded JSON");
    }
    assert_eq!(data["nodes"][0]["label"], "</script><script>alert(1)</script><!--");
    assert_eq!(
        data["links"][0]["evidence"][0]["text"],
        "Palantir sells to ICE & more \u{2028} <b>"
    );
    assert_eq!(data["documents"][0]["title"], "<i>Title</i>");
    assert_eq!(data["graph"]["gazetteer"]["sha256"], "ab".repeat(32));
    assert_eq!(data["page"]["xy"].as_array().unwrap().len(), 6);
    assert_eq!(data["links"][0]["source"], "ice");
    // the page has exactly its own scripts, one data block, and nothing that loads from elsewhere
    assert_eq!(html.matches("<script>").count(), 4);
    assert_eq!(
        html.matches(r#"<script type="application/json" id="gazegraph-data">"#)
            .count(),
        1
    );
    assert_eq!(html.matches("</script>").count(), 5);
    let markup = TEMPLATE.to_lowercase() + &CSS.to_lowercase();
    for remote in ["src=", "href=\"http", "<link", "@import", "url("] {
        assert!(!markup.contains(remote), "{remote} in the page's markup");
    }
}

#[test]
fn script_safe_escapes_exactly_the_dangerous_characters() {
    let mut out = Vec::new();
    script_safe("{\"a\":\"</script><!-- & \u{2028}\u{2029} é ü\"}".as_bytes(), &mut out).unwrap();
    let s = String::from_utf8(out).unwrap();
    assert_eq!(s, r#"{"a":"\u003c/script\u003e\u003c!-- \u0026 \u2028\u2029 é ü"}"#);
    let back: serde_json::Value = serde_json::from_str(&s).unwrap();
    assert_eq!(back["a"], "</script><!-- & \u{2028}\u{2029} é ü");
}

#[test]
fn the_same_graph_gives_the_same_bytes() {
    let graph = sample();
    assert_eq!(page(&graph, &Options::default()), page(&graph, &Options::default()));
}

#[test]
fn the_policy_allows_exactly_the_pages_scripts() {
    let html = page(&sample(), &Options::default());
    let csp = &html[html.find("Content-Security-Policy").unwrap()..];
    let csp = &csp[..csp.find('>').unwrap()];
    assert!(csp.contains("default-src 'none'"), "{csp}");
    assert_eq!(csp.matches("'sha256-").count(), 4, "{csp}");
    assert!(
        !csp.contains("unsafe-inline'; script") && !csp.contains("script-src 'unsafe"),
        "{csp}"
    );
    assert_eq!(base64(b""), "");
    assert_eq!(base64(b"f"), "Zg==");
    assert_eq!(base64(b"fo"), "Zm8=");
    assert_eq!(base64(b"foobar"), "Zm9vYmFy");
}

#[test]
fn a_big_graph_is_cut_to_its_strongest_part_with_a_note() {
    let mut graph = sample();
    let options = Options {
        max_nodes: 2,
        max_links: 1,
        ..Options::default()
    };
    let data = embedded(&page(&graph, &options));
    let ids: Vec<&str> = data["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["ice", "palantir"]);
    assert_eq!(data["links"].as_array().unwrap().len(), 1);
    assert_eq!(data["page"]["total"]["nodes"], 3);
    assert_eq!(data["page"]["total"]["links"], 2);
    // the heaviest links are kept when only the link limit bites
    let options = Options {
        max_links: 1,
        ..Options::default()
    };
    let data = embedded(&page(&graph, &options));
    assert_eq!(data["links"][0]["weight"], 4);
    // a whole graph has no note
    graph.documents.clear();
    assert!(
        embedded(&page(&graph, &Options::default()))["page"]
            .get("total")
            .is_none()
    );
}

#[test]
fn the_embedded_libraries_are_the_pinned_ones() {
    let files = [
        ("sigma.min.js", SIGMA),
        ("graphology.umd.min.js", GRAPHOLOGY),
        ("LICENSE-sigma.txt", LICENCES[0].1),
        ("LICENSE-graphology.txt", LICENCES[1].1),
    ];
    for (name, content) in files {
        let line = VERSIONS
            .lines()
            .find(|l| l.split(' ').nth(2) == Some(name))
            .unwrap_or_else(|| panic!("{name} is not in VERSIONS"));
        let sha: String = Sha256::digest(content.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(
            line.split(' ').nth(3),
            Some(sha.as_str()),
            "{name} is not the file VERSIONS records"
        );
    }
    let pinned = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tools/fetch_viewer_assets.sh")).unwrap();
    for (name, version, _, _) in libraries() {
        let variable = format!("{}={version}\n", name.to_uppercase());
        assert!(
            pinned.contains(&variable),
            "the fetch script does not pin {name} {version}"
        );
    }
    assert_eq!(libraries().count(), 2);
    for script in [GRAPHOLOGY, SIGMA, DRAW, PANELS] {
        let lower = strip_source_map(script).to_lowercase();
        assert!(
            !lower.contains("</script") && !lower.contains("<!--"),
            "a script could end its element"
        );
        assert!(!lower.contains("sourcemappingurl"));
    }
}

#[test]
fn the_pages_scripts_stay_small() {
    for (name, script) in [("draw.js", DRAW), ("panels.js", PANELS)] {
        assert!(script.lines().count() <= 600, "{name} has grown past 600 lines");
    }
}

#[test]
fn focus_is_passed_to_the_page() {
    let options = Options {
        focus: Some("ice".into()),
        ..Options::default()
    };
    assert_eq!(embedded(&page(&sample(), &options))["page"]["focus"], "ice");
}
