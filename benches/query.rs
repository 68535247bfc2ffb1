//! `cargo bench --bench query`: every question of `gazegraph query` on a synthetic graph of 100,000
//! co-occurrence edges between 20,000 entities, with hubs (a few entities linked to thousands, as Amazon or
//! the USA are in real news) and one evidence sentence per edge. Each measurement includes preparing the
//! [`Net`] from the graph, as the command does; reading `graph.json` is measured apart.

mod common;

use std::collections::{BTreeMap, HashSet};
use std::hint::black_box;
use std::time::Duration;

use common::Rng;
use criterion::{Criterion, criterion_group, criterion_main};
use gazegraph::Graph;
use gazegraph::graph::{Edge, EdgeKind, EdgeOrigin, Evidence, GazetteerMeta, Meta, Node, RollUp, Window};
use gazegraph::query::centrality::{self, Measure};
use gazegraph::query::{self, Filter, Net, Rank};
use petgraph::graph::UnGraph;

const NODES: usize = 20_000;
const EDGES: usize = 100_000;

fn synthetic() -> Graph {
    let mut rng = Rng(42);
    let mut g = UnGraph::with_capacity(NODES, EDGES);
    let kinds = ["organisation", "agency", "product", "city", "country", "person"];
    let nodes: Vec<_> = (0..NODES)
        .map(|i| {
            g.add_node(Node {
                id: format!("e{i:05}"),
                label: format!("Entity {i}"),
                kind: kinds[i % kinds.len()].to_string(),
                mentions: 10,
                documents: 3,
                windows: 8,
                outlets: None,
                first_date: None,
                last_date: None,
                aliases: vec![format!("E{i}")],
                attributes: BTreeMap::new(),
            })
        })
        .collect();
    let mut seen = HashSet::new();
    while seen.len() < EDGES {
        // one end skewed towards low numbers (hubs), the other uniform
        let a = (NODES as f64 * rng.unit().powi(3)) as usize;
        let b = (rng.next() % NODES as u64) as usize;
        if a == b || !seen.insert((a.min(b), a.max(b))) {
            continue;
        }
        let weight = 1 + (rng.unit().powi(4) * 30.0) as u64;
        g.add_edge(
            nodes[a],
            nodes[b],
            Edge {
                kind: EdgeKind::Cooccurrence,
                directed: false,
                origin: EdgeOrigin::Text,
                weight,
                documents: weight.div_ceil(2),
                outlets: None,
                reprints: 0,
                npmi: Some(((rng.unit() * 1.3 - 0.3) * 10_000.0).round() / 10_000.0),
                first_date: None,
                last_date: None,
                evidence: vec![Evidence {
                    document: format!("doc{:06}", rng.next() % 50_000),
                    sentence: (rng.next() % 40) as u32,
                    text: format!("Entity {a} and Entity {b} were mentioned together in this sentence of the news."),
                    cue: None,
                }],
            },
        );
    }
    Graph {
        meta: Meta {
            tool: "gazegraph".into(),
            version: "bench".into(),
            window: Window::Sentence,
            min_weight: 1,
            min_score: None,
            evidence_cap: 5,
            roll_up: RollUp::None,
            relations: true,
            reprints: gazegraph::graph::Reprints::Collapse,
            documents: 50_000,
            reprint_documents: 0,
            outlets: None,
            documents_without_outlet: None,
            windows: 1_000_000,
            mentions: 2_000_000,
            first_date: None,
            last_date: None,
            gazetteer: GazetteerMeta {
                sha256: String::new(),
                entities: NODES,
                files: Vec::new(),
            },
        },
        graph: g,
        documents: Vec::new(),
    }
}

fn bench(c: &mut Criterion) {
    let graph = synthetic();
    let net = |ownership| {
        Net::new(
            &graph,
            Filter {
                min_weight: 1,
                min_score: None,
                ownership,
                relation: None,
            },
        )
    };
    let hub = query::resolve(&graph, "e00000").unwrap();
    let mid = query::resolve(&graph, "E5000").unwrap();
    let far = query::resolve(&graph, "e19999").unwrap();
    {
        let n = net(false);
        eprintln!(
            "synthetic graph: {} entities, {} links; hub degree {}, betweenness exact: {}",
            n.len(),
            n.link_count(),
            n.degree(n.number(hub)),
            n.len() * 2 * n.link_count() <= centrality::EXACT_BETWEENNESS_WORK
        );
    }
    let mut group = c.benchmark_group("query-100k-edges");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    group.bench_function("prepare net", |b| b.iter(|| black_box(net(false).link_count())));
    group.bench_function("resolve a name", |b| {
        b.iter(|| query::resolve(&graph, black_box("entity 19999")).is_ok())
    });
    group.bench_function("resolve an unknown name (closest names)", |b| {
        b.iter(|| query::resolve(&graph, black_box("Entity 19999x")).is_err())
    });
    group.bench_function("neighbors of the hub", |b| {
        b.iter(|| black_box(query::neighbors(&net(false), hub, Rank::Weight, &[]).len()))
    });
    group.bench_function("evidence", |b| {
        b.iter(|| {
            let n = net(false);
            let mid_neighbour = query::neighbors(&n, mid, Rank::Weight, &[])[0].node;
            black_box(query::cooccurrence(&graph, mid, mid_neighbour))
        })
    });
    for (name, rank) in [("path weight", Rank::Weight), ("path npmi", Rank::Npmi)] {
        group.bench_function(name, |b| {
            b.iter(|| black_box(query::path::cheapest_paths(&net(false), far, mid, rank, 4, 5).len()))
        });
    }
    group.bench_function("path max-hops 32", |b| {
        b.iter(|| black_box(query::path::cheapest_paths(&net(false), far, mid, Rank::Weight, 32, 5).len()))
    });
    for measure in [
        Measure::Degree,
        Measure::Strength,
        Measure::Betweenness,
        Measure::Pagerank,
    ] {
        group.bench_function(format!("top {}", measure.name()), |b| {
            b.iter(|| {
                let n = net(false);
                let scores = centrality::scores(&n, measure);
                black_box(centrality::ranking(&scores.scores)[0])
            })
        });
    }
    group.bench_function("communities (louvain)", |b| {
        b.iter(|| black_box(query::community::louvain(&net(false), 1.0).modularity))
    });
    group.bench_function("ego depth 1 of the hub", |b| {
        b.iter(|| black_box(query::ego::ego(&net(false), hub, 1).0.graph.edge_count()))
    });
    group.finish();

    // What the command pays before any of these: reading graph.json.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("graph.json");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    gazegraph::export::json::write(&graph, &mut file).unwrap();
    drop(file);
    eprintln!(
        "graph.json: {:.1} MB",
        std::fs::metadata(&path).unwrap().len() as f64 / 1e6
    );
    let mut group = c.benchmark_group("load-100k-edges");
    group.sample_size(10).measurement_time(Duration::from_secs(5));
    group.bench_function("read graph.json", |b| {
        b.iter(|| black_box(gazegraph::export::json::read(&path).unwrap().graph.edge_count()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
