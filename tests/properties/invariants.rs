//! What must hold for any input whatsoever, checked by the proptest suite (`cargo test`, `tests/properties.rs`)
//! and by the cargo-fuzz targets (`fuzz/`), which include this file: one definition of "correct" for both.
//! Every check panics with the input's story, which is what both tools catch.

#![allow(dead_code)]

use std::ops::Range;
use std::path::PathBuf;

use gazegraph::gazetteer::check;
use gazegraph::text::Format;
use gazegraph::text::decode::decode;
use gazegraph::text::fold::fold;
use gazegraph::text::html::{self, Hints};
use gazegraph::text::jsonl::{self, Lines};
use gazegraph::text::open::{self, Opened};
use gazegraph::text::warc::{Record, Records};
use gazegraph::{Document, Extractor, Gazetteer};

/// Forms that stress the matcher: acronyms (also with dots and digits), names with hyphens, slashes, quotes,
/// umlauts, `ß`, a dotted capital `İ` whose lower case is two characters, Greek, a leading apostrophe, a
/// case-sensitive word, a context rule, and names inside names.
pub const GAZETTEER: &str = "\
id,name,type,aliases,match,context
usa,United States,country,U.S.|USA|US|Vereinigte Staaten,,
amazon,Amazon,organisation,Amazon.com,,
aws,Amazon Web Services,organisation,AWS,,
ring,Ring,organisation,Ring Doorbell,,amazon
apple,Apple,organisation,,case-sensitive,
das,Domain Awareness System,product,DAS,,
blm,Black Lives Matter,organisation,Black-Lives-Matter,,
munich,München,city,Munich|Muenchen,,
cologne,Köln,city,Cologne,,
cgn,Köln/Bonn,city,,,
oreilly,O'Reilly Media,organisation,O’Reilly,,
bosch,'s-Hertogenbosch,city,Den Bosch,,
strasse,Straße des 17. Juni,city,,,
istanbul,İstanbul,city,,,
greece,Ελλάδα,country,,,
fbi,Federal Bureau of Investigation,agency,FBI|F.B.I.,,
lt2,LT2-F,product,,,
ice,Immigration and Customs Enforcement,agency,ICE,,
bezos,Jeff Bezos,person,Bezos,,
";

/// The test gazetteer and its extractor.
pub fn extractor() -> (Gazetteer, Extractor) {
    let gazetteer = Gazetteer::from_csv("fuzz.csv", GAZETTEER).expect("the test gazetteer loads");
    let extractor = Extractor::new(&gazetteer).expect("the test gazetteer compiles");
    (gazetteer, extractor)
}

/// Decodes `bytes` as a text file is decoded, then checks the extraction of what that gives.
pub fn check_bytes(bytes: &[u8], gazetteer: &Gazetteer, extractor: &Extractor) {
    if let Ok(decoded) = decode(bytes.to_vec(), None) {
        check_text(&decoded.text, gazetteer, extractor);
    }
}

/// Extracts `text` as a document and checks the result: paragraphs and sentences are trimmed, ordered,
/// non-overlapping ranges on character boundaries that cover every non-space character of the body; each
/// sentence lies in its paragraph; mentions are ordered, non-overlapping, lie in their paragraph, belong to
/// the last sentence starting at or before them, and slice the text to a surface that folds to a form of
/// their entity (a genitive ending aside).
pub fn check_text(text: &str, gazetteer: &Gazetteer, extractor: &Extractor) {
    let doc = Document::from_text("doc".into(), text.to_string());
    let found = extractor.extract(&doc, &mut Default::default());
    let body = doc.body_start..text.len();
    let story = |what: String| format!("{what}\ntext: {text:?}");

    covers(text, body.clone(), &found.paragraphs).unwrap_or_else(|e| panic!("{}", story(format!("paragraphs: {e}"))));
    assert_eq!(
        found.sentence_paragraph.len(),
        found.sentences.len(),
        "{}",
        story("one paragraph number per sentence".into())
    );
    for (p, paragraph) in found.paragraphs.iter().enumerate() {
        let own: Vec<Range<usize>> = found
            .sentences
            .iter()
            .zip(&found.sentence_paragraph)
            .filter(|&(_, &of)| of as usize == p)
            .map(|(s, _)| s.clone())
            .collect();
        covers(text, paragraph.clone(), &own)
            .unwrap_or_else(|e| panic!("{}", story(format!("sentences of paragraph {p} {paragraph:?}: {e}"))));
    }
    assert!(
        found.sentence_paragraph.is_sorted(),
        "{}",
        story("sentences in paragraph order".into())
    );

    let mut previous_end = 0;
    for m in &found.mentions {
        let what = || story(format!("mention {m:?}"));
        assert!(
            m.start < m.end && text.is_char_boundary(m.start) && text.is_char_boundary(m.end) && m.end <= text.len(),
            "{}",
            what()
        );
        assert!(
            m.start >= previous_end,
            "{} overlaps or precedes the one before",
            what()
        );
        previous_end = m.end;
        let paragraph = &found.paragraphs[m.paragraph as usize];
        assert!(
            paragraph.start <= m.start && m.end <= paragraph.end,
            "{} is not in its paragraph {paragraph:?}",
            what()
        );
        let sentence = m.sentence as usize;
        let starts_here = found.sentences[sentence].start <= m.start;
        let next_later = found
            .sentences
            .get(sentence + 1)
            .is_none_or(|next| next.start > m.start);
        assert!(starts_here && next_later, "{} is not in its sentence", what());
        let surface = &text[m.start..m.end];
        if let Some(f) = found.found(m.entity) {
            // a found entity's mention is its name, its surname (with a Dutch particle capitalised), or the
            // acronym the text defines for it
            let bare = surface.trim_end_matches("'s").trim_end_matches("’s");
            let acronym = bare.bytes().all(|b| b.is_ascii_uppercase());
            assert!(
                f.name.contains(bare) || f.name.to_lowercase().contains(&bare.to_lowercase()) || acronym,
                "{}: `{surface}` is not part of the found name `{}`",
                what(),
                f.name
            );
            continue;
        }
        let entity = &gazetteer.entities()[m.entity as usize];
        // or an acronym the text defines in brackets after a mention of it
        let bare = surface.trim_end_matches("'s").trim_end_matches("’s");
        let defined =
            bare.len() >= 2 && bare.bytes().all(|b| b.is_ascii_alphabetic()) && text.contains(&format!(" ({bare})"));
        assert!(
            names(entity.forms(), surface) || defined,
            "{}: `{surface}` folds to none of the forms of {}",
            what(),
            entity.id
        );
    }
}

/// Checks that `ranges` are trimmed, non-empty, ordered and non-overlapping ranges of `text` within `within`, on
/// character boundaries, that hold every non-space character of `text[within]`.
fn covers(text: &str, within: Range<usize>, ranges: &[Range<usize>]) -> Result<(), String> {
    let mut at = within.start;
    for r in ranges {
        if !(r.start < r.end && r.start >= at && r.end <= within.end) {
            return Err(format!("{r:?} is empty, out of order or outside {within:?}"));
        }
        if !(text.is_char_boundary(r.start) && text.is_char_boundary(r.end)) {
            return Err(format!("{r:?} cuts a character"));
        }
        let slice = &text[r.clone()];
        if slice.trim() != slice {
            return Err(format!("{r:?} is not trimmed: {slice:?}"));
        }
        if let Some(c) = text[at..r.start].chars().find(|c| !c.is_whitespace()) {
            return Err(format!("{c:?} before {r:?} is in no range"));
        }
        at = r.end;
    }
    match text[at..within.end].chars().find(|c| !c.is_whitespace()) {
        Some(c) => Err(format!("{c:?} after the last range is in no range")),
        None => Ok(()),
    }
}

/// Whether `surface`, or `surface` without a genitive ending (`s`, `'s`, `’s`, in either case as in a
/// headline's `MICROSOFTS`), folds to one of `forms`.
fn names<'a>(mut forms: impl Iterator<Item = &'a str>, surface: &str) -> bool {
    let key = |s: &str| fold(s).trim().to_string();
    let candidates: Vec<String> = std::iter::once(surface)
        .chain(
            ["'s", "’s", "s", "'S", "’S", "S"]
                .iter()
                .filter_map(|ending| surface.strip_suffix(ending)),
        )
        .map(key)
        .collect();
    forms.any(|form| candidates.contains(&key(form)) || candidates.contains(&key(&without_accents(form))))
}

/// A form without its accents, German's own letters kept, as the extractor also matches it.
fn without_accents(form: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    form.chars()
        .flat_map(|c| match c {
            'ä' | 'ö' | 'ü' | 'Ä' | 'Ö' | 'Ü' | 'ß' => vec![c],
            'ł' => vec!['l'],
            'Ł' => vec!['L'],
            'ø' => vec!['o'],
            'Ø' => vec!['O'],
            'đ' => vec!['d'],
            'Đ' => vec!['D'],
            c => std::iter::once(c)
                .nfd()
                .filter(|&m| !unicode_normalization::char::is_combining_mark(m))
                .collect(),
        })
        .collect()
}

/// Loads arbitrary files as a gazetteer, and lints them: neither panics, every problem and finding names one of
/// the files and a line, and a gazetteer that loads compiles and extracts a text made of its own forms.
pub fn check_gazetteer(files: Vec<(PathBuf, Vec<u8>)>) {
    let names: Vec<PathBuf> = files.iter().map(|(path, _)| path.clone()).collect();
    let report = check::check_files(files.clone());
    for finding in &report.findings {
        assert!(
            names.contains(&finding.file) && finding.line.is_some(),
            "a finding without its file and line: {finding}"
        );
    }
    match Gazetteer::from_files(files) {
        Err(error) => {
            assert!(!error.problems.is_empty(), "a load error with no problem");
            for problem in &error.problems {
                assert!(
                    names.contains(&problem.file) && problem.line.is_some(),
                    "a problem without its file and line: {problem}"
                );
            }
            assert!(
                report.has_errors(),
                "the loader refuses what the check lets pass: {error}"
            );
        }
        Ok(gazetteer) => {
            if let Ok(extractor) = Extractor::new(&gazetteer) {
                let text: Vec<&str> = gazetteer.entities().iter().flat_map(|e| e.forms()).collect();
                check_text(&text.join(" und "), &gazetteer, &extractor);
                check_text(&text.join(".\n\n"), &gazetteer, &extractor);
            }
        }
    }
}

/// Arbitrary bytes read as standard input is (gzip or not, the format found from the bytes) with the reader of
/// that format: no panic, no endless loop, every WARC record at an offset inside the input, every page's text
/// non-empty, and every page's text a document the extractor keeps its invariants on.
pub fn check_input(data: &[u8], gazetteer: &Gazetteer, extractor: &Extractor) {
    let Ok(Opened { format, mut stream }) = open::open_reader(Box::new(std::io::Cursor::new(data.to_vec())), None)
    else {
        return;
    };
    let check_page = |body: &[u8], hints: &Hints| {
        if let Ok(doc) = html::page("page".into(), body, hints, None) {
            assert!(!doc.text.trim().is_empty(), "an empty page text from {data:?}");
            check_text(&doc.text, gazetteer, extractor);
        }
    };
    match format {
        Format::Jsonl => {
            let Ok(mut lines) = Lines::new(stream) else { return };
            while let Ok(Some((number, line))) = lines.next_line() {
                let _ = jsonl::parse_line("input", "input.jsonl", number, &line);
            }
        }
        Format::Warc => {
            let mut records = Records::new(stream);
            let mut seen = 0;
            while let Some(record) = records.next_record() {
                seen += 1;
                assert!(seen <= data.len() + 1, "more records than bytes, a loop, in {data:?}");
                let offset = match &record {
                    Ok(Record::Page { offset, hints, body }) => {
                        check_page(body, hints);
                        *offset
                    }
                    Ok(Record::Other { offset, .. }) => *offset,
                    Err(e) => e.offset,
                };
                assert!(offset <= data.len() as u64, "{record:?} past the end of {data:?}");
            }
        }
        Format::Html | Format::Text => {
            let mut bytes = Vec::new();
            if std::io::Read::read_to_end(&mut stream, &mut bytes).is_ok() && format == Format::Html {
                check_page(&bytes, &Hints::default());
            }
        }
    }
}
