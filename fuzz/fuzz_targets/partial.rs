//! Arbitrary bytes as a partial for `merge` (with the test gazetteer's digest put in for `GAZETTEER-SHA256`
//! and the digest line appended, so that mutations reach the checks behind them): refused naming the partial,
//! or a graph whose counts fit inside each other. `seeds/partial.jsonl`, a real partial in that form, starts
//! the corpus.

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/properties/invariants.rs"]
mod invariants;
#[path = "../../tests/properties/graphs.rs"]
mod graphs;

fuzz_target!(|data: &[u8]| {
    static GAZETTEER: OnceLock<gazegraph::Gazetteer> = OnceLock::new();
    let gazetteer = GAZETTEER.get_or_init(|| invariants::extractor().0);
    graphs::check_partial(data, gazetteer);
});
