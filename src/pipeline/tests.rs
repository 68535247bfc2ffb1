//! A document that meets a bug is skipped and reported; the build goes on with the others.

use super::{Options, Quiet, build};
use crate::text::Input;
use crate::text::source::SkipReason;
use crate::{Extractor, Gazetteer};

/// The text that makes matching panic in a test build, as a bug would.
const FAILS: &str = "this sentence fails on purpose";

/// Panics on the test's marked text; compiled into test builds only.
pub(super) fn fail_on_purpose(text: &str) {
    if text.contains(FAILS) {
        panic!("failed on purpose");
    }
}

fn gazetteer() -> (Gazetteer, Extractor) {
    let gazetteer = Gazetteer::from_csv(
        "test.csv",
        "id,name,type,aliases,match,context\npalantir,Palantir,organisation,,,\nice,ICE,agency,,,\n",
    )
    .unwrap();
    let extractor = Extractor::new(&gazetteer).unwrap();
    (gazetteer, extractor)
}

#[test]
fn a_panic_skips_its_document_and_the_build_goes_on() {
    let (gazetteer, extractor) = gazetteer();
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus.jsonl");
    let lines = [
        r#"{"id": "a", "text": "ICE uses Palantir."}"#.to_string(),
        format!(r#"{{"id": "b", "text": "ICE and Palantir: {FAILS}."}}"#),
        r#"{"id": "c", "text": "Palantir sells to ICE."}"#.to_string(),
    ];
    std::fs::write(&corpus, lines.join("\n")).unwrap();
    for threads in [1, 2] {
        let options = Options {
            threads,
            ..Options::default()
        };
        let mut mentions = Vec::new();
        let (graph, summary) = build(
            &gazetteer,
            &extractor,
            &[Input::Path(corpus.clone())],
            &options,
            &mut mentions,
            &Quiet,
        )
        .unwrap();
        assert_eq!(summary.documents, 2, "{threads} threads");
        assert_eq!(summary.skipped.len(), 1);
        let skip = &summary.skipped[0];
        assert_eq!(skip.line, Some(2));
        assert!(skip.location.ends_with("corpus.jsonl"), "{}", skip.location);
        assert!(
            matches!(&skip.reason, SkipReason::Internal(m) if m == "failed on purpose"),
            "{:?}",
            skip.reason
        );
        let text = String::from_utf8(mentions).unwrap();
        assert!(
            text.contains("\na,") && text.contains("\nc,") && !text.contains("\nb,"),
            "{text}"
        );
        // Palantir and ICE together in the two documents read, not three.
        let documents: Vec<u64> = graph.graph.edge_weights().map(|e| e.documents).collect();
        assert!(
            !documents.is_empty() && documents.iter().all(|&d| d == 2),
            "{documents:?}"
        );
    }
}

#[test]
fn a_panic_in_a_long_text_keeps_the_segments_before() {
    let (gazetteer, extractor) = gazetteer();
    let dir = tempfile::tempdir().unwrap();
    let long = dir.path().join("long.txt");
    let paragraph = "ICE uses Palantir.\n\n";
    let before = (super::STREAM_BYTES as usize / 2) / paragraph.len() + 12_345;
    let mut text = paragraph.repeat(before);
    text.push_str(&format!("ICE and Palantir: {FAILS}.\n\n"));
    text.push_str(&paragraph.repeat(before + 1000));
    std::fs::write(&long, text).unwrap();
    let mut mentions = Vec::new();
    let (graph, summary) = build(
        &gazetteer,
        &extractor,
        &[Input::Path(long)],
        &Options::default(),
        &mut mentions,
        &Quiet,
    )
    .unwrap();
    assert_eq!(summary.documents, 1);
    assert_eq!(summary.skipped.len(), 1);
    let reason = summary.skipped[0].reason.to_string();
    assert!(reason.contains("failed on purpose (at byte "), "{reason}");
    // The segments before the failing one were kept, whole paragraphs; none after it.
    let rows = mentions.iter().filter(|&&b| b == b'\n').count() - 1;
    assert!(
        rows > 0 && rows % 2 == 0 && rows < 2 * before,
        "{rows} of {}",
        2 * before
    );
    assert!(graph.graph.edge_count() > 0);
}
