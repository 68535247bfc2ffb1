//! Arbitrary bytes as up to three gazetteer CSV files (split at the byte 0x1E, ASCII's record separator):
//! loading and linting never panic, every problem names its file and line, and what loads extracts soundly.

#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/properties/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let files = data
        .split(|&b| b == 0x1E)
        .take(3)
        .enumerate()
        .map(|(i, bytes)| (PathBuf::from(format!("g{i}.csv")), bytes.to_vec()))
        .collect();
    invariants::check_gazetteer(files);
});
