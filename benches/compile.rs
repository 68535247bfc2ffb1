//! `cargo bench --bench compile`: loading a gazetteer (reading, parsing and validating its CSV) and compiling it
//! for matching (folding every form, building the automaton), at 1,000, 10,000 and 100,000 surface forms of a
//! generated gazetteer (`common::gazetteer`). A million forms take too long for criterion's repetitions: the
//! `gazetteer_scale` example measures that size, and peak memory (see BENCHMARKS.md).

mod common;

use std::collections::HashSet;
use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gazegraph::{Extractor, Gazetteer};

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("gazetteer");
    group.sample_size(10).measurement_time(Duration::from_secs(4));
    for forms in [1_000, 10_000, 100_000] {
        let dir = tempfile::tempdir().unwrap();
        let generated = common::gazetteer(forms, 42, &HashSet::new());
        std::fs::write(dir.path().join("synthetic.csv"), &generated.csv).unwrap();
        group.throughput(Throughput::Elements(forms as u64));
        group.bench_function(format!("load {forms} forms"), |b| {
            b.iter(|| black_box(Gazetteer::load(&[dir.path()]).unwrap().len()))
        });
        let gazetteer = Gazetteer::load(&[dir.path()]).unwrap();
        group.bench_function(format!("compile {forms} forms"), |b| {
            b.iter(|| black_box(Extractor::new(&gazetteer).unwrap().patterns()))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
