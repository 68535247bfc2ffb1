//! Arbitrary bytes as the `graph.json` that `query` reads: refused, or every question answered without a
//! panic, and what `query` writes reads back the same.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/properties/graphs.rs"]
mod graphs;

fuzz_target!(|data: &[u8]| {
    graphs::check_graph_json(data);
});
