//! `cargo bench --bench extract`: finding the mentions in 4 MB of the seed articles recombined
//! (`common::corpus`), with the shipped gazetteer (625 entities, 1,454 forms) and with it padded to 100,000
//! surface forms.
//!
//! Beside `Extractor::extract` (segmenting, folding, scanning, checking every candidate), `fold + scan` is the
//! raw Aho-Corasick scan: the same paragraphs folded the same way, and one unanchored leftmost-longest automaton
//! of the same patterns (DFA or contiguous NFA by the same rule) run over every byte, where the extractor runs
//! anchored automata at word starts only; `segment` cuts the text into paragraphs and sentences as the extractor
//! does. How close `extract` stays to `fold + scan` is the "close to the raw Aho-Corasick scan".

mod common;

use std::hint::black_box;
use std::time::Duration;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gazegraph::extract::Scratch;
use gazegraph::text::fold::Folded;
use gazegraph::text::segment;
use gazegraph::{Extractor, Gazetteer};

/// `src/extract/compile.rs` compiles DFAs up to this many patterns and contiguous NFAs beyond.
const DFA_MAX_PATTERNS: usize = 10_000;

fn bench(c: &mut Criterion) {
    let corpus = common::corpus(4_000_000, 1);
    let bytes: usize = corpus.iter().map(|d| d.body().len()).sum();
    let paragraphs: Vec<&str> = corpus
        .iter()
        .flat_map(|d| {
            segment::paragraphs(&d.text, d.body_start..d.text.len())
                .into_iter()
                .map(|p| &d.text[p])
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let gazetteers = [
        ("shipped gazetteer", common::shipped_gazetteer()),
        ("100k forms", common::padded_gazetteer(100_000, dir.path())),
    ];
    let mut group = c.benchmark_group("extract-4MB");
    group.sample_size(10).measurement_time(Duration::from_secs(6));
    group.throughput(Throughput::Bytes(bytes as u64));
    let (mut paragraph_ranges, mut sentences) = (Vec::new(), Vec::new());
    group.bench_function("segment", |b| {
        b.iter(|| {
            let mut found = 0;
            for doc in &corpus {
                paragraph_ranges.clear();
                segment::paragraphs_into(&doc.text, doc.body_start..doc.text.len(), &mut paragraph_ranges);
                for p in &paragraph_ranges {
                    sentences.clear();
                    segment::sentences_into(&doc.text, p.clone(), &mut sentences);
                    found += sentences.len();
                }
            }
            black_box(found)
        })
    });
    for (name, gazetteer) in &gazetteers {
        let extractor = Extractor::new(gazetteer).unwrap();
        let mut scratch = Scratch::default();
        group.bench_function(format!("extract, {name}"), |b| {
            b.iter(|| {
                corpus
                    .iter()
                    .map(|doc| extractor.extract(doc, &mut scratch).mentions.len())
                    .sum::<usize>()
            })
        });
        let automaton = bare_automaton(gazetteer);
        let mut folded = Folded::default();
        group.bench_function(format!("fold + scan, {name}"), |b| {
            b.iter(|| {
                let mut found = 0;
                for paragraph in &paragraphs {
                    folded.fold_padded(paragraph);
                    found += automaton.find_iter(folded.as_bytes()).count();
                }
                black_box(found)
            })
        });
    }
    group.finish();
}

/// One unanchored automaton of the patterns `Extractor::new` compiles.
fn bare_automaton(gazetteer: &Gazetteer) -> AhoCorasick {
    let patterns = common::patterns(gazetteer);
    let kind = if patterns.len() <= DFA_MAX_PATTERNS {
        AhoCorasickKind::DFA
    } else {
        AhoCorasickKind::ContiguousNFA
    };
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(kind))
        .prefilter(false)
        .build(&patterns)
        .unwrap()
}

criterion_group!(benches, bench);
criterion_main!(benches);
