//! Writes the same articles three ways, to time a crawl beside plain text: `articles.jsonl` (the texts),
//! `crawl.warc` and `crawl.warc.gz` (each article inside a copy of a saved news page, as a crawl holds it: a
//! request record and a response record per page, one gzip member per record in the `.gz`).
//!
//! ```sh
//! cargo run --release --example warc_corpus -- /tmp/warc-bench 100     # about 100 MB of article text
//! /usr/bin/time -f '%e s %M KB' target/release/gazegraph build /tmp/warc-bench/articles.jsonl --out /tmp/o1 --quiet
//! /usr/bin/time -f '%e s %M KB' target/release/gazegraph build /tmp/warc-bench/crawl.warc.gz --out /tmp/o2 --quiet
//! ```
//!
//! The articles are `benches/common`'s corpus (the seeds' paragraphs recombined, 3–8 KB each); the pages are
//! the three saved pages of `tests/fixtures/pages/` in turn, their article paragraphs replaced.

#[path = "../benches/common/mod.rs"]
mod common;

use std::io::Write;

/// The saved pages, and the URLs their copies get.
const PAGES: [(&str, &str); 3] = [
    ("en_axon_lapd", "https://www.metroledger.co.uk/technology/a"),
    ("de_palantir_europol", "https://www.tagesblick.de/netzwelt/a"),
    ("nl_politie_cameras", "https://www.dagbladnoord.nl/binnenland/a"),
];

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out, mb] = args.as_slice() else {
        eprintln!("usage: warc_corpus OUT_DIR MEGABYTES");
        std::process::exit(2);
    };
    let out = std::path::Path::new(out);
    std::fs::create_dir_all(out)?;
    let bytes = mb.parse::<usize>().expect("a number of megabytes") * 1_000_000;
    // Each page with its article's paragraphs (those of its field article) taken out but for a mark where the
    // first was.
    let templates: Vec<(String, &str)> = PAGES
        .iter()
        .map(|(name, url)| {
            let mut html =
                std::fs::read_to_string(format!("tests/fixtures/pages/{name}.html")).expect("run in the checkout");
            let text = std::fs::read_to_string(format!("tests/fixtures/field/{name}.txt")).expect("the field article");
            for (n, paragraph) in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).enumerate() {
                assert!(
                    html.contains(paragraph),
                    "{name}: a paragraph of the article is not in the page"
                );
                html = html.replacen(paragraph, if n == 0 { "\u{1}" } else { "" }, 1);
            }
            (html, *url)
        })
        .collect();
    let documents = common::corpus(bytes, 7);
    let mut jsonl = std::io::BufWriter::new(std::fs::File::create(out.join("articles.jsonl"))?);
    let mut plain = std::io::BufWriter::new(std::fs::File::create(out.join("crawl.warc"))?);
    let mut gzip = std::io::BufWriter::new(std::fs::File::create(out.join("crawl.warc.gz"))?);
    for (i, doc) in documents.iter().enumerate() {
        let body = doc.body();
        writeln!(jsonl, "{}", serde_json::json!({"id": doc.id, "text": body}))?;
        let (html, url) = &templates[i % templates.len()];
        let paragraphs: Vec<String> = body
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .map(|p| p.replace('&', "&amp;").replace('<', "&lt;").replace('\n', "<br>\n"))
            .collect();
        let page = html.replacen('\u{1}', &paragraphs.join("</p>\n<p>"), 1);
        let url = format!("{url}-{i}");
        let request = format!("GET /a-{i} HTTP/1.1\r\nHost: example\r\n\r\n");
        let response = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{page}");
        for (kind, block) in [("request", request), ("response", response)] {
            let record = format!(
                "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-03-12T07:00:00Z\r\n\
                 WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{i:012}>\r\nContent-Type: application/http; \
                 msgtype={kind}\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
                block.len()
            );
            plain.write_all(record.as_bytes())?;
            let mut member = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            member.write_all(record.as_bytes())?;
            gzip.write_all(&member.finish()?)?;
        }
    }
    jsonl.flush()?;
    plain.flush()?;
    gzip.flush()?;
    let size = |name: &str| std::fs::metadata(out.join(name)).map_or(0, |m| m.len()) as f64 / 1e6;
    println!(
        "{} articles: articles.jsonl {:.1} MB, crawl.warc {:.1} MB, crawl.warc.gz {:.1} MB",
        documents.len(),
        size("articles.jsonl"),
        size("crawl.warc"),
        size("crawl.warc.gz")
    );
    Ok(())
}
