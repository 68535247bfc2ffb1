//! Property tests: the invariants of `properties/invariants.rs` on generated articles, encodings and
//! gazetteers. The fuzz targets in `fuzz/` run the same checks on mutated bytes for as long as one likes; these
//! run a few hundred cases with a fixed seed, so that `cargo test` stays fast and gives the same result on
//! every machine.

mod invariants;

use std::path::PathBuf;

use gazegraph::text::decode::decode;
use gazegraph::text::stream::Segments;
use proptest::prelude::*;
use proptest::test_runner::RngSeed;

/// Surface forms of the test gazetteer, and near misses.
const FORMS: &[&str] = &[
    "United States",
    "U.S.",
    "USA",
    "US",
    "us",
    "Vereinigte Staaten",
    "Amazon",
    "Amazonas",
    "Amazon.com",
    "Amazon Web Services",
    "AWS",
    "Ring",
    "Ring Doorbell",
    "Apple",
    "apple",
    "DAS",
    "Das",
    "Domain Awareness System",
    "Black-Lives-Matter",
    "Black Lives Matter",
    "München",
    "Mu\u{308}nchen",
    "MÜNCHEN",
    "Muenchen",
    "Köln",
    "Köln/Bonn",
    "O'Reilly Media",
    "O’Reilly",
    "'s-Hertogenbosch",
    "Straße des 17. Juni",
    "STRASSE DES 17. JUNI",
    "İstanbul",
    "istanbul",
    "Ελλάδα",
    "FBI",
    "F.B.I.",
    "LT2-F",
    "ICE",
    "ice",
    "Jeff Bezos",
];

/// What comes between and inside names: white space of every kind, invisible characters, combining marks,
/// quotes, genitives, sentence ends and the abbreviations that are none.
const JOINS: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "\r\n\r\n",
    "\r\r",
    "\t",
    "\u{A0}",
    "\u{AD}",
    "\u{200B}",
    "\u{200D}",
    "\u{2060}",
    "\u{FEFF}",
    "\u{308}",
    "\u{301}",
    "\u{2028}",
    "\u{2029}",
    "\u{B}",
    ". ",
    ".",
    "! ",
    "? ",
    "?!",
    "…",
    "„",
    "“",
    "”",
    "»",
    "«",
    "'s",
    "’s",
    "s",
    "S",
    "-",
    "–",
    "/",
    "(",
    ")",
    ",",
    ":",
    " z.B. ",
    " Dr. ",
    " 11. Juni ",
    " 3.000 ",
    " 11.12.2020 ",
    " date 2018-11 ",
];

const WORDS: &[&str] = &[
    "und", "the", "das", "een", "Polizei", "works", "with", "verkauft", "an", "die", "de", "of", "Straße", "ß", "ﬁ",
];

/// Flips the case of the letters of `text` where `bits` has a one.
fn recase(text: &str, bits: u64) -> String {
    text.chars()
        .enumerate()
        .flat_map(|(i, c)| {
            let flip = bits >> (i % 64) & 1 == 1;
            let changed: Vec<char> = match (flip, c.is_uppercase()) {
                (false, _) => vec![c],
                (true, true) => c.to_lowercase().collect(),
                (true, false) => c.to_uppercase().collect(),
            };
            changed
        })
        .collect()
}

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(FORMS).prop_map(str::to_string),
        4 => prop::sample::select(JOINS).prop_map(str::to_string),
        2 => prop::sample::select(WORDS).prop_map(str::to_string),
        1 => (prop::sample::select(FORMS), any::<u64>()).prop_map(|(form, bits)| recase(form, bits)),
        1 => any::<char>().prop_map(String::from),
    ]
}

/// A made-up article: names, near misses and words, joined by anything.
fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..48).prop_map(|parts| parts.concat())
}

/// `text` as a file in one of the encodings articles come in: UTF-8, with a BOM, UTF-16 LE or BE with a BOM,
/// Windows-1252 (where it can hold the text).
fn encode(text: &str, encoding: u8) -> Vec<u8> {
    let utf16 = |big_endian: bool| {
        std::iter::once(0xFEFF)
            .chain(text.encode_utf16())
            .flat_map(|u| if big_endian { u.to_be_bytes() } else { u.to_le_bytes() })
            .collect()
    };
    match encoding {
        0 => text.as_bytes().to_vec(),
        1 => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        2 => utf16(false),
        3 => utf16(true),
        _ => encoding_rs::WINDOWS_1252.encode(text).0.into_owned(),
    }
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(0x9a2e_6a9b),
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(384))]

    #[test]
    fn extraction_keeps_its_invariants_on_any_article(text in article()) {
        let (gazetteer, extractor) = invariants::extractor();
        invariants::check_text(&text, &gazetteer, &extractor);
    }

    #[test]
    fn decoding_then_extraction_keeps_them_in_any_encoding_with_damage(
        text in article(),
        encoding in 0u8..5,
        damage in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..3),
    ) {
        let (gazetteer, extractor) = invariants::extractor();
        let mut bytes = encode(&text, encoding);
        for (at, byte) in damage {
            let at = at.index(bytes.len() + 1);
            bytes.insert(at, byte);
        }
        invariants::check_bytes(&bytes, &gazetteer, &extractor);
    }

    #[test]
    fn a_streamed_file_decodes_to_the_text_of_the_whole_file(
        text in article(),
        encoding in 0u8..5,
        target in 1usize..64,
    ) {
        let bytes = encode(&text, encoding);
        let Ok(whole) = decode(bytes.clone(), None) else { return Ok(()) };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("long.txt");
        std::fs::write(&path, &bytes).unwrap();
        let mut segments = Segments::open(&path, target, None).unwrap();
        let mut joined = String::new();
        while let Some((base, segment)) = segments.next_segment().unwrap() {
            prop_assert_eq!(base, joined.len());
            prop_assert!(!segment.is_empty());
            joined.push_str(&segment);
        }
        prop_assert_eq!(joined, whole.text);
    }
}

/// An input as it comes: a WARC of page and other records, a web page or JSON Lines around a generated article,
/// perhaps gzipped, perhaps cut off or with bytes changed.
fn input() -> impl Strategy<Value = Vec<u8>> {
    let record = (article(), 0u8..4, any::<i8>()).prop_map(|(text, kind, skew)| {
        let (kind, block) = match kind {
            0 => ("response", format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><article><p>{text}</p></article></body></html>")),
            1 => ("response", format!("HTTP/1.1 404 Not Found\r\n\r\n{text}")),
            2 => ("request", "GET / HTTP/1.1\r\n\r\n".to_string()),
            _ => ("resource", text),
        };
        let length = (block.len() as i64 + i64::from(skew) * i64::from(skew % 3 == 0)).max(0);
        format!("WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: https://example.org/a\r\nContent-Type: text/html\r\nContent-Length: {length}\r\n\r\n{block}\r\n\r\n")
    });
    let warc = prop::collection::vec(record, 1..4).prop_map(|records| records.concat());
    let page = article().prop_map(|text| {
        format!("<!doctype html><html lang=de><head><title>T | Site</title></head><body><nav><a>Amazon</a></nav><article><h1>T</h1><p>{text}</p></article><footer class=ad-slot>AWS</footer></body></html>")
    });
    let jsonl =
        article().prop_map(|text| format!("{}\n{{\"text\": \"\\ud800\"}}\n", serde_json::json!({"text": text})));
    (
        prop_oneof![warc, page, jsonl],
        any::<bool>(),
        any::<prop::sample::Index>(),
        prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..2),
    )
        .prop_map(|(text, gzip, cut, damage)| {
            let mut bytes = text.into_bytes();
            if gzip {
                let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
                std::io::Write::write_all(&mut encoder, &bytes).unwrap();
                bytes = encoder.finish().unwrap();
            }
            for (at, byte) in damage {
                let at = at.index(bytes.len());
                bytes[at] = byte;
            }
            let keep = bytes.len() - cut.index(bytes.len() / 4 + 1);
            bytes.truncate(keep);
            bytes
        })
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_input_is_read_without_a_panic_or_a_loop(bytes in input()) {
        let (gazetteer, extractor) = invariants::extractor();
        invariants::check_input(&bytes, &gazetteer, &extractor);
    }
}

/// One cell of a gazetteer row: a form, a near miss, or something a person might type.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(FORMS).prop_map(str::to_string),
        1 => prop::sample::select(&["", " ", "organisation", "person", "orgnisation", "case-sensitive",
            "accept-word", "auto", "bogus", "a", "b", "amazon", "usa", "-", "|", "a|b", " | ", "x|", "\"", "\"\"",
            ";", ",", "\t", "\n", "\r\n", "\u{AD}", "\u{FEFF}"][..]).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
    ]
}

/// A row meant to load: an id, a name, a type, aliases, a rule, a context and an owner of the kinds the
/// loader takes, any of which may still collide with another row's.
fn entity_row() -> impl Strategy<Value = Vec<String>> {
    let ids = || prop::sample::select(&["", "", "", "", "", "amazon", "x y"][..]).prop_map(str::to_string);
    let forms = || prop::sample::select(FORMS).prop_map(str::to_string);
    (
        ids(),
        forms(),
        prop::sample::select(&["organisation", "person", "country", "orgnisation", "ngo"][..]),
        prop::collection::vec(forms(), 0..3).prop_map(|a| a.join("|")),
        prop::sample::select(&["", "case-sensitive", "accept-word"][..]),
        ids(),
        ids(),
        forms(),
    )
        .prop_map(|(id, name, kind, aliases, rule, context, owner, note)| {
            vec![
                id,
                name,
                kind.to_string(),
                aliases,
                rule.to_string(),
                context,
                owner,
                note,
            ]
        })
}

/// A gazetteer file as a spreadsheet or a person might write it: rows meant to load or rows of anything, any
/// delimiter, BOM or not, any line end, cells quoted properly, or not at all.
fn gazetteer_file() -> impl Strategy<Value = Vec<u8>> {
    let messy_row = prop::collection::vec(prop::collection::vec(cell(), 1..3).prop_map(|c| c.concat()), 0..9);
    let rows = prop_oneof![
        prop::collection::vec(entity_row(), 0..5),
        prop::collection::vec(prop_oneof![entity_row(), messy_row], 0..7),
    ];
    (
        rows,
        prop::sample::select(&[",", ";", "\t"][..]),
        prop::sample::select(&["\n", "\r\n", "\r"][..]),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(rows, delimiter, line_end, bom, quote)| {
            let write = |cell: &str| {
                if quote {
                    format!("\"{}\"", cell.replace('"', "\"\""))
                } else {
                    cell.to_string()
                }
            };
            let header = ["id", "name", "type", "aliases", "match", "context", "owner", "note"].join(delimiter);
            let body: Vec<String> = rows
                .iter()
                .map(|row| row.iter().map(|c| write(c)).collect::<Vec<_>>().join(delimiter))
                .collect();
            let text = std::iter::once(header).chain(body).collect::<Vec<_>>().join(line_end);
            [if bom { b"\xEF\xBB\xBF".as_slice() } else { b"" }, text.as_bytes()].concat()
        })
}

proptest! {
    #![proptest_config(config(192))]

    #[test]
    fn any_gazetteer_loads_or_names_file_and_line_for_every_problem(
        files in prop::collection::vec(gazetteer_file(), 1..3),
    ) {
        let files = files
            .into_iter()
            .enumerate()
            .map(|(i, bytes)| (PathBuf::from(format!("g{i}.csv")), bytes))
            .collect();
        invariants::check_gazetteer(files);
    }
}
