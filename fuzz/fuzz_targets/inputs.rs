//! Arbitrary bytes as an input of unknown kind, as standard input is read: gzip or not, sniffed as JSONL, a WARC,
//! a web page or text, and read with that format's reader; the invariants of `tests/properties/invariants.rs`.

#![no_main]

use std::sync::OnceLock;

use gazegraph::{Extractor, Gazetteer};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/properties/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    static EXTRACTOR: OnceLock<(Gazetteer, Extractor)> = OnceLock::new();
    let (gazetteer, extractor) = EXTRACTOR.get_or_init(invariants::extractor);
    invariants::check_input(data, gazetteer, extractor);
});
