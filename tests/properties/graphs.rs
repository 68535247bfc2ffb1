//! What must hold of the files gazegraph reads back, whatever their bytes: a partial that `merge` accepts
//! gives a graph a build could have written, and a `graph.json` that `query` accepts answers every question
//! without a panic. Checked by the proptest suite (`tests/properties.rs`) on changed real files, and by the
//! cargo-fuzz targets `partial` and `graph_json`, which include this file.

#![allow(dead_code)]

use gazegraph::graph::partial::{self, Input};
use gazegraph::graph::{EdgeKind, Graph};
use gazegraph::query::centrality::{self, Measure};
use gazegraph::query::{self, Filter, Net, Rank};
use gazegraph::{Document, Extractor, Gazetteer};
use sha2::{Digest, Sha256};

/// What a partial's header says for the gazetteer's digest in fuzz inputs; replaced by the real one, so that
/// the fuzzer reaches the checks behind it.
pub const GAZETTEER_SHA: &str = "GAZETTEER-SHA256";

/// A real partial of a few documents with the test gazetteer, its gazetteer digest replaced by
/// [`GAZETTEER_SHA`] and without its last line (the digest, which [`check_partial`] appends): a start for the
/// fuzzer and for changes.
pub fn sample_partial(gazetteer: &Gazetteer, extractor: &Extractor) -> Vec<u8> {
    let texts = [
        "Amazon sells Rekognition to ICE. AWS hosts Palantir for ICE.",
        "Jeff Bezos said Amazon works with the FBI in München.",
        "The U.S. and Köln/Bonn. Ring Doorbell and Amazon.",
    ];
    let settings = gazegraph::graph::Settings::default();
    let counts_as = settings.roll_up.map(gazetteer);
    let mut sum = gazegraph::graph::Accumulator::new(gazetteer.entity_space(), settings.clone());
    let mut ids = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        let mut doc = Document::from_text(format!("d{i}"), text.to_string());
        doc.date = Some(format!("2019-0{}", i + 1));
        let extraction = extractor.extract(&doc, &mut Default::default());
        let contribution = gazegraph::graph::Contribution::new(&doc, &extraction, &settings, &counts_as, None);
        sum.add(contribution, Some(&doc.text));
        ids.push(doc.id.clone());
    }
    let mut bytes = Vec::new();
    partial::write(&sum, ids, gazetteer, &mut bytes).unwrap();
    let text = String::from_utf8(bytes)
        .unwrap()
        .replace(gazetteer.sha256(), GAZETTEER_SHA);
    let mut lines: Vec<&str> = text.lines().collect();
    lines.pop();
    lines.iter().map(|l| format!("{l}\n")).collect::<String>().into_bytes()
}

/// Merges `content` as a partial, after putting in the gazetteer's digest and appending the digest line: it is
/// refused with a message naming the partial, or gives a graph [`check_graph`] accepts.
pub fn check_partial(content: &[u8], gazetteer: &Gazetteer) {
    let content = String::from_utf8_lossy(content).replace(GAZETTEER_SHA, gazetteer.sha256());
    let digest: String = Sha256::digest(content.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let bytes = format!("{content}{{\"section\":\"end\",\"sha256\":\"{digest}\"}}\n").into_bytes();
    let input = Input {
        label: "p.jsonl".to_string(),
        reader: bytes.as_slice(),
    };
    match partial::merge(vec![input], gazetteer) {
        Err(error) => assert!(
            error.to_string().starts_with("p.jsonl"),
            "an error not naming the partial: {error}"
        ),
        Ok(sum) => check_graph(&sum.finish(gazetteer)),
    }
}

/// What a build's graph is: counts that fit inside each other, scores in range and never `-0`, valid dates.
pub fn check_graph(graph: &Graph) {
    let g = &graph.graph;
    let date = |d: &Option<String>| {
        if let Some(d) = d {
            assert_eq!(
                gazegraph::text::normalize_date(d).as_deref(),
                Some(d.as_str()),
                "a date no build writes"
            );
        }
    };
    for node in g.node_weights() {
        assert!(
            node.mentions >= 1 && node.documents <= node.windows && node.windows <= node.mentions,
            "{node:?}"
        );
        assert!(
            node.documents <= graph.meta.documents && node.windows <= graph.meta.windows,
            "{node:?}"
        );
        date(&node.first_date);
        date(&node.last_date);
    }
    for e in g.edge_indices() {
        let edge = &g[e];
        let (a, b) = g.edge_endpoints(e).unwrap();
        assert_ne!(a, b, "a self-loop");
        if edge.kind != EdgeKind::Cooccurrence {
            continue;
        }
        assert!(
            edge.weight >= 1 && edge.documents >= 1 && edge.documents <= edge.weight,
            "{edge:?}"
        );
        for n in [a, b] {
            assert!(
                edge.weight <= g[n].windows && edge.documents <= g[n].documents,
                "{edge:?}"
            );
        }
        let npmi = edge.npmi.expect("a co-occurrence edge has an NPMI");
        assert!(
            (-1.0..=1.0).contains(&npmi) && !(npmi == 0.0 && npmi.is_sign_negative()),
            "{edge:?}"
        );
        assert!(edge.evidence.len() <= graph.meta.evidence_cap, "{edge:?}");
        date(&edge.first_date);
        date(&edge.last_date);
    }
}

/// Reads `bytes` as a `graph.json`: refused, or every question is answered, and what `query` writes reads
/// back the same.
pub fn check_graph_json(bytes: &[u8]) {
    let Ok(graph) = gazegraph::export::json::parse(bytes) else {
        return;
    };
    let g = &graph.graph;
    let mut ids = std::collections::HashSet::new();
    for e in g.edge_indices() {
        let (a, b) = g.edge_endpoints(e).unwrap();
        assert_ne!(a, b, "a self-loop was accepted");
    }
    for node in g.node_weights() {
        assert!(ids.insert(node.id.clone()), "a node id twice was accepted");
    }
    for (ownership, relation) in [(false, None), (true, None), (false, Some(query::RelationFilter::Any))] {
        let net = Net::new(
            &graph,
            Filter {
                min_weight: 1,
                min_score: None,
                ownership,
                relation,
            },
        );
        let nodes: Vec<_> = g.node_indices().take(8).collect();
        for &n in &nodes {
            let _ = query::resolve(&graph, &g[n].label);
            for rank in [Rank::Weight, Rank::Npmi] {
                query::neighbors(&net, n, rank, &[]);
            }
            let (sub, _) = query::ego::ego(&net, n, 2);
            gazegraph::export::dot::to_dot(&sub);
        }
        if let [a, b, ..] = nodes[..] {
            for rank in [Rank::Weight, Rank::Npmi] {
                query::path::cheapest_paths(&net, a, b, rank, 4, 5);
            }
            query::path::connected(&net, a, b);
        }
        for measure in [
            Measure::Degree,
            Measure::Strength,
            Measure::Betweenness,
            Measure::Pagerank,
        ] {
            for score in centrality::scores(&net, measure).scores {
                assert!(!(score == 0.0 && score.is_sign_negative()), "a negative zero");
            }
        }
        query::community::louvain(&net, 1.0);
    }
    let mut written = Vec::new();
    gazegraph::export::json::write(&graph, &mut written).unwrap();
    let again = gazegraph::export::json::parse(&written).expect("what query writes, it reads");
    assert_eq!(again.graph.node_count(), g.node_count());
    assert_eq!(again.graph.edge_count(), g.edge_count());
}
