//! Articles as they come: saved web pages, news crawls (WARC) and gzip, with the shipped gazetteer.
//!
//! The pages (`tests/fixtures/pages/`) are made like English, German and Dutch news pages as a browser saves
//! them, around the field articles of `tests/fixtures/field/`: cookie banners, menus, teasers, advertisements,
//! comments and footers that name other companies. The crawls (`tests/fixtures/warc/`, written by its
//! `make.py` with warcio) hold those pages among request, robots.txt, redirect, image and metadata records.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Write};
use std::path::Path;

use serde_json::Value;

use crate::util::{folder_with, read_csv, read_json, repo, run, run_in, tempdir};

/// The pages, the field article each is made around, its metadata, and companies its furniture names that its
/// article does not.
const PAGES: &[(&str, [&str; 5], &[&str])] = &[
    (
        "en_axon_lapd",
        [
            "LAPD expands Axon contract for body cameras and AI-written reports",
            "2024-03-12",
            "https://www.metroledger.co.uk/technology/2024/mar/12/lapd-axon-body-cameras-contract-expanded",
            "en",
            "The Metro Ledger",
        ],
        &[
            "google",
            "meta",
            "oracle",
            "apple",
            "amazon",
            "nvidia",
            "salesforce",
            "cisco",
            "palantir",
            "clearview-ai",
            "ring",
            "openai",
            "chatgpt",
            "tiktok",
            "bytedance",
            "deepmind",
            "ibm",
            "aws",
            "washington-post",
            "facebook",
            "twitter",
        ],
    ),
    (
        "de_palantir_europol",
        [
            "Europol kauft Analyseplattform von Palantir",
            "2024-06-04",
            "https://www.tagesblick.de/netzwelt/europol-palantir-analyseplattform-a-8f21c0de",
            "de",
            "Tagesblick",
        ],
        &[
            "google",
            "microsoft",
            "sap",
            "deutsche-telekom",
            "nvidia",
            "apple",
            "tiktok",
            "amazon",
            "clearview-ai",
            "hikvision",
            "delos-cloud",
            "nso-group",
            "pegasus",
            "oracle",
            "aws",
            "huawei",
            "t-systems",
            "meta",
            "ibm",
            "whatsapp",
            "google-cloud",
            "cologne",
        ],
    ),
    (
        "nl_politie_cameras",
        [
            "Politie gebruikt duizenden Chinese camera's",
            "2023-11-21",
            "https://www.dagbladnoord.nl/binnenland/artikel/2189931/politie-gebruikt-duizenden-chinese-cameras",
            "nl",
            "dagbladnoord.nl",
        ],
        &[
            "google",
            "meta",
            "tiktok",
            "clearview-ai",
            "microsoft",
            "amazon",
            "oracle",
            "apple",
            "samsung",
            "nvidia",
            "whatsapp",
            "facebook",
            "linkedin",
            "azure",
        ],
    ),
];

fn fixture(path: &str) -> std::path::PathBuf {
    repo().join("tests/fixtures").join(path)
}

/// Builds `inputs` with the shipped gazetteer into a new folder: the folder and standard error.
fn build_shipped(inputs: &[&Path], extra: &[&str], code: i32) -> (tempfile::TempDir, String) {
    let out = tempdir();
    let mut args = vec!["build".to_string()];
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    args.extend(["--gazetteer", "gazetteer", "--out"].map(String::from));
    args.push(out.path().display().to_string());
    args.extend(extra.iter().map(|s| s.to_string()));
    let result = run(&args.iter().map(String::as_str).collect::<Vec<_>>()).expect_code(code);
    (out, result.stderr)
}

/// The entity ids a build's mention table names, by document.
fn entities(out: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for m in read_csv(&out.join("mentions.csv")) {
        found
            .entry(m["document"].clone())
            .or_default()
            .insert(m["entity"].clone());
    }
    found
}

/// What a graph says about its entities and links, without document ids or evidence: what a page and its
/// text, or a crawl and its pages, must share.
fn shape(out: &Path) -> (Vec<Value>, Vec<Value>) {
    let graph = read_json(&out.join("graph.json"));
    let nodes = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| serde_json::json!([n["id"], n["mentions"], n["documents"], n["windows"]]))
        .collect();
    let mut links: Vec<Value> = graph["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| serde_json::json!([l["source"], l["target"], l["kind"], l["weight"], l["documents"]]))
        .collect();
    links.sort_by_key(|l| l.to_string());
    (nodes, links)
}

#[test]
fn a_saved_page_gives_the_entities_of_its_article_none_from_its_furniture_and_its_metadata() {
    for (name, [title, date, url, lang, outlet], furniture) in PAGES {
        let page = fixture(&format!("pages/{name}.html"));
        let (page_out, stderr) = build_shipped(&[&page], &[], 0);
        assert!(!stderr.contains("skipped"), "{stderr}");
        let (text_out, _) = build_shipped(&[&fixture(&format!("field/{name}.txt"))], &[], 0);

        let found = entities(page_out.path());
        assert_eq!(
            found.get(*name),
            entities(text_out.path()).get(*name),
            "{name}: the article's entities"
        );
        let leaked: Vec<&&str> = furniture.iter().filter(|id| found[*name].contains(**id)).collect();
        assert!(leaked.is_empty(), "{name}: furniture matched: {leaked:?}");
        assert_eq!(shape(page_out.path()), shape(text_out.path()), "{name}: the same graph");

        let graph = read_json(&page_out.path().join("graph.json"));
        let expected = serde_json::json!([{
            "id": name, "title": title, "date": date, "url": url, "lang": lang, "outlet": outlet
        }]);
        assert_eq!(graph["documents"], expected, "{name}");
        let gexf = std::fs::read_to_string(page_out.path().join("graph.gexf")).unwrap();
        assert!(
            gexf.contains(&format!("start=\"{date}\"")),
            "{name}: the GEXF timeline has the page's date"
        );

        // `gazegraph text` prints the text `build` read, which mention spans slice.
        let text = run(&["text", page.to_str().unwrap()]).expect_code(0).stdout;
        assert!(!text.contains("Cookie") && !text.contains("cookies"), "{name}: {text}");
        for m in read_csv(&page_out.path().join("mentions.csv")) {
            let (start, end): (usize, usize) = (m["start"].parse().unwrap(), m["end"].parse().unwrap());
            assert_eq!(text.get(start..end), Some(m["surface"].as_str()), "{name}: {m:?}");
        }
    }
}

/// The crawl fixture with its last record cut off in the middle.
fn cut_crawl() -> Vec<u8> {
    let crawl = std::fs::read(fixture("warc/crawl.warc.gz")).unwrap();
    let shards: usize = (1..=3)
        .map(|i| {
            std::fs::metadata(fixture(&format!("warc/shard-{i}.warc.gz")))
                .unwrap()
                .len() as usize
        })
        .sum();
    let last = crawl.len() - shards;
    crawl[..shards + last / 2].to_vec()
}

#[test]
fn a_crawl_gives_the_graph_of_its_pages_and_says_what_it_ignored_and_what_was_broken() {
    let shards: usize = (1..=3)
        .map(|i| {
            std::fs::metadata(fixture(&format!("warc/shard-{i}.warc.gz")))
                .unwrap()
                .len() as usize
        })
        .sum();
    let corpus = folder_with(&[("CC-NEWS-20240312.warc.gz", &cut_crawl())]);
    let (crawl_out, stderr) = build_shipped(&[corpus.path()], &[], 0);
    let pages: Vec<_> = PAGES
        .iter()
        .map(|(name, ..)| fixture(&format!("pages/{name}.html")))
        .collect();
    let (pages_out, _) = build_shipped(&pages.iter().map(|p| p.as_path()).collect::<Vec<_>>(), &[], 0);
    assert_eq!(shape(crawl_out.path()), shape(pages_out.path()));

    let location = corpus.path().join("CC-NEWS-20240312.warc.gz");
    let broken = format!(
        "gazegraph: skipped {}: record at byte {shards}: cut off (the compressed data ends early)",
        location.display()
    );
    assert!(stderr.contains(&broken), "{stderr}");
    assert!(
        stderr.contains("3 documents (") && stderr.contains("1 skipped"),
        "{stderr}"
    );
    for counted in [
        "6 WARC request records",
        "3 WARC robots.txt",
        "3 WARC image/gif responses",
        "3 WARC HTTP 301 responses",
        "3 WARC metadata records",
        "3 WARC warcinfo records",
    ] {
        assert!(stderr.contains(counted), "{counted}: {stderr}");
    }
    // Each page is named after the crawl and its record's offset, with its URL and date from the page.
    let graph = read_json(&crawl_out.path().join("graph.json"));
    let documents = graph["documents"].as_array().unwrap();
    assert_eq!(documents.len(), 3);
    assert!(
        documents
            .iter()
            .all(|d| d["id"].as_str().unwrap().starts_with("CC-NEWS-20240312:"))
    );
    assert_eq!(
        documents
            .iter()
            .map(|d| d["outlet"].as_str().unwrap())
            .collect::<BTreeSet<_>>(),
        BTreeSet::from(["The Metro Ledger", "Tagesblick", "dagbladnoord.nl"])
    );
    // --strict: the broken record fails the run; records that hold no article do not.
    build_shipped(&[corpus.path()], &["--strict"], 1);
    build_shipped(&[&fixture("warc/shard-1.warc.gz")], &["--strict"], 0);
}

/// The crawl, decompressed to a plain `.warc`.
fn plain_crawl() -> Vec<u8> {
    let mut plain = Vec::new();
    flate2::read::MultiGzDecoder::new(std::fs::File::open(fixture("warc/crawl.warc.gz")).unwrap())
        .read_to_end(&mut plain)
        .unwrap();
    plain
}

#[test]
fn a_warc_record_with_a_wrong_length_is_reported_by_offset_and_the_rest_is_read() {
    let plain = plain_crawl();
    let find = |from: usize, what: &str| {
        from + plain[from..]
            .windows(what.len())
            .position(|w| w == what.as_bytes())
            .unwrap()
    };
    // The first robots.txt response (the first response record), and its Content-Length.
    let robots = find(0, "WARC-Type: response");
    let record = plain[..robots].windows(7).rposition(|w| w == b"WARC/1.").unwrap();
    let length_at = find(robots, "Content-Length: ") + "Content-Length: ".len();
    let length_end = find(length_at, "\r");
    let length: usize = std::str::from_utf8(&plain[length_at..length_end])
        .unwrap()
        .parse()
        .unwrap();
    for wrong in [length + 40, length - 5, 9_999_999] {
        let warc = [&plain[..length_at], wrong.to_string().as_bytes(), &plain[length_end..]].concat();
        let corpus = folder_with(&[("crawl.warc", &warc)]);
        let (out, stderr) = build_shipped(&[corpus.path()], &[], 0);
        let expected = format!("record at byte {record}: ");
        assert!(stderr.contains(&expected), "{wrong}: {stderr}");
        // The three pages and the last one (whole here) are read.
        let graph = read_json(&out.path().join("graph.json"));
        assert_eq!(graph["graph"]["documents"], 4, "{wrong}: {stderr}");
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

#[test]
fn gzip_of_every_kind_in_folders_named_and_on_standard_input() {
    let txt = std::fs::read(fixture("field/en_axon_lapd.txt")).unwrap();
    let html = std::fs::read(fixture("pages/de_palantir_europol.html")).unwrap();
    let jsonl = b"{\"id\": \"j1\", \"text\": \"Europol kauft bei Palantir.\", \"outlet\": \"Tagesblick\"}\n";
    let warc = std::fs::read(fixture("warc/shard-3.warc.gz")).unwrap();
    let cut = gzip(&txt);
    let corpus = folder_with(&[
        ("a.txt.gz", &gzip(&txt)),
        ("b.html.gz", &gzip(&html)),
        ("c.jsonl.gz", &gzip(jsonl)),
        ("d.warc.gz", &warc),
        ("e.txt.gz", &cut[..cut.len() / 2]),
        ("f.tar.gz", &gzip(b"not read")),
    ]);
    let (out, stderr) = build_shipped(&[corpus.path()], &[], 0);
    let expected = format!(
        "gazegraph: skipped {}: cannot read: the gzip data is cut off",
        corpus.path().join("e.txt.gz").display()
    );
    assert!(stderr.contains(&expected), "{stderr}");
    assert!(stderr.contains("1 .gz files"), "{stderr}");
    let found: Vec<String> = entities(out.path()).into_keys().collect();
    assert_eq!(found.len(), 4, "{found:?}");
    assert!(
        found[..2] == ["a", "b"] && found[2].starts_with("d:") && found[3] == "j1",
        "{found:?}"
    );
    let graph = read_json(&out.path().join("graph.json"));
    let outlets: Vec<&str> = graph["documents"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["outlet"].as_str())
        .collect();
    assert!(outlets.contains(&"Tagesblick"), "{outlets:?}");

    // Standard input: gzip is found by its bytes, the format by what they hold.
    let cwd = repo();
    for (input, documents) in [(gzip(jsonl), 1), (gzip(&html), 1), (warc.clone(), 1), (gzip(&txt), 1)] {
        let out = tempdir();
        let result = run_in(
            &cwd,
            &[
                "build",
                "-",
                "--gazetteer",
                "gazetteer",
                "--out",
                out.path().to_str().unwrap(),
            ],
            Some(&input),
        )
        .expect_code(0);
        let graph = read_json(&out.path().join("graph.json"));
        assert_eq!(graph["graph"]["documents"], documents, "{}", result.stderr);
    }
}

#[test]
fn broken_pages_and_archives_get_a_word_and_no_panic() {
    let corpus = folder_with(&[
        (
            "unclosed.html",
            b"<html><body><div><p>Palantir arbeitet mit Europol. <b>Airbus und <i>Thales",
        ),
        ("binary.html", b"\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0"),
        (
            "empty.html",
            b"<!doctype html><html><head><title>x</title></head><body></body></html>",
        ),
        (
            "junk.warc",
            b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999999999999999\r\n\r\nx",
        ),
        (
            "noise.warc",
            b"this is not a web archive\r\n\r\nWARC/1.0\r\nno colon here\r\n\r\n",
        ),
        ("ok.txt", b"Palantir and Airbus."),
    ]);
    let (out, stderr) = build_shipped(&[corpus.path()], &[], 0);
    assert!(!stderr.contains("panicked"), "{stderr}");
    for (file, word) in [
        ("empty.html", "a web page with no article text found in it"),
        ("junk.warc", "record at byte 0: no valid Content-Length"),
        ("noise.warc", "record at byte 0: not a WARC record"),
    ] {
        let expected = format!("{}: {word}", corpus.path().join(file).display());
        assert!(stderr.contains(&expected), "{file}: {stderr}");
    }
    let found = entities(out.path());
    assert!(found["unclosed"].contains("palantir"), "{found:?}");
    assert!(found.contains_key("ok"));
}
