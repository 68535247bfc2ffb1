//! `cargo bench --bench graph`: building the co-occurrence graph from extracted documents, as a build does
//! after matching: a `Contribution` per document (its windows, entities, pairs and passages), added to an
//! `Accumulator`, which is then finished into the graph (NPMI, evidence, ownership edges). The documents are
//! 16 MB of the seed articles recombined (`common::corpus`), extracted once with the shipped gazetteer before
//! measuring; throughput is in bytes of text, comparable with `cargo bench --bench extract`.

mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use gazegraph::extract::Scratch;
use gazegraph::graph::{Accumulator, Contribution, RollUp, Settings};
use gazegraph::{Extractor, Window};

fn bench(c: &mut Criterion) {
    let gazetteer = common::shipped_gazetteer();
    let extractor = Extractor::new(&gazetteer).unwrap();
    let corpus = common::corpus(16_000_000, 2);
    let bytes: usize = corpus.iter().map(|d| d.body().len()).sum();
    let mut scratch = Scratch::default();
    let extractions: Vec<_> = corpus.iter().map(|doc| extractor.extract(doc, &mut scratch)).collect();
    let counts_as = RollUp::None.map(&gazetteer);
    let mut group = c.benchmark_group(format!("graph-{}-documents", corpus.len()));
    group.sample_size(10).measurement_time(Duration::from_secs(4));
    group.throughput(Throughput::Bytes(bytes as u64));
    for window in [Window::Sentence, Window::Paragraph, Window::Document] {
        let settings = Settings {
            window,
            ..Settings::default()
        };
        let accumulate = || {
            let mut accumulator = Accumulator::new(gazetteer.len(), settings.clone());
            for (doc, extraction) in corpus.iter().zip(&extractions) {
                let contribution = Contribution::new(doc, extraction, &settings, &counts_as, None);
                accumulator.add(contribution, Some(&doc.text));
            }
            accumulator
        };
        group.bench_function(format!("count and add, {} window", window.name()), |b| {
            b.iter(|| black_box(accumulate().pairs()))
        });
        let accumulated = accumulate();
        group.bench_function(format!("finish, {} window", window.name()), |b| {
            b.iter_batched(
                || accumulated.clone(),
                |accumulator| black_box(accumulator.finish(&gazetteer).graph.edge_count()),
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
