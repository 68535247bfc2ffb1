//! What reprint detection costs, apart from the rest of a build: the time to fingerprint an article, the time
//! to look it up in the index of the articles before it (and add it), and the memory that index takes, over N
//! distinct articles of 300 words (random words of a 50,000-word vocabulary, so that no two are reprints, as
//! in a crawl of different stories) and a copy of every tenth, lightly edited.
//!
//! ```sh
//! cargo run --release --example reprint_cost -- 200000
//! ```
//!
//! Memory is the growth of the process's peak resident set (`VmHWM`) while the index is filled, the articles'
//! texts being made one at a time and dropped.

use std::time::{Duration, Instant};

use gazegraph::graph::reprint::{Fingerprint, Index};

/// SplitMix64: a fixed sequence of well-mixed numbers.
fn next(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Article `n`: 300 words, in sentences of 12.
fn article(n: u64) -> String {
    let mut state = n.wrapping_mul(0x2545_f491_4f6c_dd1d);
    let mut text = String::with_capacity(2400);
    for i in 0..300 {
        text.push_str(&format!("w{}", next(&mut state) % 50_000));
        text.push_str(if i % 12 == 11 { ". " } else { " " });
    }
    text
}

/// The process's peak resident set, in KB.
fn peak_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    let n: u64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let before = peak_kb();
    let mut index = Index::default();
    let (mut fingerprinting, mut indexing) = (Duration::ZERO, Duration::ZERO);
    let (mut bytes, mut found, mut copies, mut wrong) = (0usize, 0u64, 0u64, 0u64);
    for i in 0..n + n / 10 {
        // every tenth article is followed by a copy of it with a sentence of its own and the end cut
        let copy = i >= n;
        let text = if copy {
            let original = article((i - n) * 10);
            format!(
                "An outlet's own first sentence, added here. {}",
                &original[..original.len() * 4 / 5]
            )
        } else {
            article(i)
        };
        bytes += text.len();
        let start = Instant::now();
        let fingerprint = Fingerprint::of(&text).expect("300 words are enough");
        fingerprinting += start.elapsed();
        let start = Instant::now();
        let id = format!("doc-{i:08}");
        match index.original(&fingerprint) {
            Some(original) => {
                found += 1;
                wrong += u64::from(!copy || original != format!("doc-{:08}", (i - n) * 10));
            }
            None => {
                wrong += u64::from(copy);
                index.insert(&fingerprint, &id);
            }
        }
        indexing += start.elapsed();
        copies += u64::from(copy);
    }
    let grown = peak_kb().saturating_sub(before);
    let articles = n + copies;
    println!(
        "{articles} articles ({:.1} MB, {copies} copies): {found} reprints found, {wrong} wrong\n\
         fingerprint {:.2} s ({:.1} µs an article, {:.0} MB/s); look up and index {:.2} s ({:.2} µs an article)\n\
         index of {} articles: peak resident set grew {:.1} MB ({:.0} bytes an article)",
        bytes as f64 / 1e6,
        fingerprinting.as_secs_f64(),
        fingerprinting.as_secs_f64() * 1e6 / articles as f64,
        bytes as f64 / 1e6 / fingerprinting.as_secs_f64(),
        indexing.as_secs_f64(),
        indexing.as_secs_f64() * 1e6 / articles as f64,
        index.len(),
        grown as f64 / 1e3,
        grown as f64 * 1e3 / index.len() as f64,
    );
}
