//! Arbitrary bytes, decoded as an article file is, then extracted with a gazetteer of tricky forms: no panic,
//! and the invariants of `tests/properties/invariants.rs`.

#![no_main]

use std::sync::OnceLock;

use gazegraph::{Extractor, Gazetteer};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/properties/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    static EXTRACTOR: OnceLock<(Gazetteer, Extractor)> = OnceLock::new();
    let (gazetteer, extractor) = EXTRACTOR.get_or_init(invariants::extractor);
    invariants::check_bytes(data, gazetteer, extractor);
});
