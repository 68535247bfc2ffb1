//! Merging accumulators and partials gives the graph of all their documents; damaged partials are errors.

use super::{Error, Input, merge, merge_into, write};
use crate::graph::{Accumulator, Contribution, RollUp, Settings, Window};
use crate::{Document, Extractor, Gazetteer, Graph};

const GAZETTEER: &str = "\
id,name,type,aliases,owner
amazon,Amazon,organisation,,
rekognition,Rekognition,product,,amazon
ice,Immigration and Customs Enforcement,agency,ICE,
palantir,Palantir,organisation,,
microsoft,Microsoft,organisation,,
azure,Azure,product,,microsoft
";

const NAMES: &[&str] = &["Amazon", "Rekognition", "ICE", "Palantir", "Microsoft", "Azure"];

/// Twelve documents in which every pair shares several sentences, so that an evidence cap of 2 bites; some
/// with dates, titles and URLs.
fn documents() -> Vec<Document> {
    (0..12)
        .map(|i| {
            let sentence = |k: usize| {
                let (a, b) = (NAMES[(i + k) % NAMES.len()], NAMES[(i * 5 + k * 3 + 1) % NAMES.len()]);
                format!("Sentence {k} of {i} says {a} works with {b}.")
            };
            let text = format!("{} {}\n\n{} {}", sentence(0), sentence(1), sentence(2), sentence(3));
            Document {
                id: format!("doc-{:02}", (i * 7) % 12),
                title: (i % 3 == 0).then(|| format!("Title {i}")),
                date: (i % 4 != 1).then(|| format!("20{:02}-0{}", 15 + i % 5, 1 + i % 9)),
                url: (i % 2 == 0).then(|| format!("https://example.org/{i}")),
                // outlets first met in another order in each part, one under two spellings, some documents none
                outlet: (i % 4 != 3)
                    .then(|| ["Wire", "heise online", "Der Spiegel", "NOS", "DER  SPIEGEL"][i % 5].into()),
                ..Document::from_text(String::new(), text)
            }
        })
        .collect()
}

fn fixture() -> (Gazetteer, Extractor, Vec<Document>) {
    let gazetteer = Gazetteer::from_csv("test.csv", GAZETTEER).expect("the test gazetteer loads");
    let extractor = Extractor::new(&gazetteer).expect("it compiles");
    (gazetteer, extractor, documents())
}

/// The settings the tests vary: each window, a cap that bites, a roll-up and the filters.
fn variants() -> Vec<Settings> {
    let base = Settings {
        evidence_cap: 2,
        ..Settings::default()
    };
    vec![
        base.clone(),
        Settings {
            window: Window::Paragraph,
            evidence_cap: 1,
            ..base.clone()
        },
        Settings {
            window: Window::Document,
            ..base.clone()
        },
        Settings {
            roll_up: RollUp::Products,
            min_weight: 2,
            min_score: Some(0.1),
            ..base
        },
    ]
}

fn accumulate(gazetteer: &Gazetteer, extractor: &Extractor, docs: &[Document], settings: &Settings) -> Accumulator {
    let counts_as = settings.roll_up.map(gazetteer);
    let relater = crate::graph::relate::Relater::new(gazetteer);
    let mut sum = Accumulator::new(gazetteer.entity_space(), settings.clone());
    for doc in docs {
        let extraction = extractor.extract(doc, &mut Default::default());
        sum.add(
            Contribution::new(doc, &extraction, settings, &counts_as, Some(&relater)),
            Some(&doc.text),
        );
    }
    sum
}

fn json(graph: &Graph) -> String {
    let mut bytes = Vec::new();
    crate::export::json::write(graph, &mut bytes).unwrap();
    String::from_utf8(bytes).unwrap()
}

fn partial(sum: &Accumulator, docs: &[Document], gazetteer: &Gazetteer) -> Vec<u8> {
    let mut bytes = Vec::new();
    write(sum, docs.iter().map(|d| d.id.clone()).collect(), gazetteer, &mut bytes).unwrap();
    bytes
}

fn inputs(partials: &[Vec<u8>]) -> Vec<Input<&[u8]>> {
    partials
        .iter()
        .enumerate()
        .map(|(i, bytes)| Input {
            label: format!("p{i}"),
            reader: bytes.as_slice(),
        })
        .collect()
}

#[test]
fn parts_merged_in_memory_and_through_partials_give_the_graph_of_all() {
    let (gazetteer, extractor, docs) = fixture();
    for settings in variants() {
        let all = accumulate(&gazetteer, &extractor, &docs, &settings);
        let expected = json(&all.clone().finish(&gazetteer));
        assert!(
            expected.contains("\"outlets\": 4,"),
            "four outlets, counted in every part"
        );
        let edges_capped = all
            .pairs
            .values()
            .filter(|p| p.windows > p.evidence.len() as u64)
            .count();
        assert!(
            edges_capped > 0 || settings.window == Window::Document,
            "{settings:?}: no cap bites"
        );
        let parts: Vec<&[Document]> = vec![&docs[..3], &docs[3..4], &docs[4..9], &docs[9..]];

        let mut in_memory = accumulate(&gazetteer, &extractor, parts[3], &settings);
        for part in &parts[..3] {
            in_memory.merge(accumulate(&gazetteer, &extractor, part, &settings));
        }
        assert_eq!(json(&in_memory.finish(&gazetteer)), expected, "{settings:?}, in memory");

        let partials: Vec<Vec<u8>> = parts
            .iter()
            .map(|part| partial(&accumulate(&gazetteer, &extractor, part, &settings), part, &gazetteer))
            .collect();
        let merged = merge(inputs(&partials), &gazetteer).unwrap();
        assert_eq!(
            json(&merged.finish(&gazetteer)),
            expected,
            "{settings:?}, through partials"
        );

        // In stages: a merged partial is the partial of all.
        let mut staged = Vec::new();
        merge_into(inputs(&partials[..2]), &gazetteer, &mut staged).unwrap();
        let rest = merge(
            inputs(&[staged.clone(), partials[2].clone(), partials[3].clone()]),
            &gazetteer,
        )
        .unwrap();
        assert_eq!(json(&rest.finish(&gazetteer)), expected, "{settings:?}, in stages");
        let mut two = Vec::new();
        merge_into(inputs(&partials), &gazetteer, &mut two).unwrap();
        assert_eq!(
            String::from_utf8(two).unwrap(),
            String::from_utf8(partial(&all, &docs, &gazetteer)).unwrap(),
            "{settings:?}: the merged partial is not the partial of all"
        );
    }
}

#[test]
fn a_document_id_in_two_partials_is_refused_with_both_named() {
    let (gazetteer, extractor, docs) = fixture();
    let settings = Settings::default();
    let a = partial(
        &accumulate(&gazetteer, &extractor, &docs[..5], &settings),
        &docs[..5],
        &gazetteer,
    );
    let b = partial(
        &accumulate(&gazetteer, &extractor, &docs[6..], &settings),
        &docs[6..],
        &gazetteer,
    );
    let c = partial(
        &accumulate(&gazetteer, &extractor, &docs[4..6], &settings),
        &docs[4..6],
        &gazetteer,
    );
    match merge(inputs(&[a, b, c]), &gazetteer) {
        Err(Error::Duplicate { id, first, second }) => {
            assert_eq!(
                (id.as_str(), first.as_str(), second.as_str()),
                (docs[4].id.as_str(), "p0", "p2")
            );
        }
        other => panic!("{:?}", other.map(|_| ())),
    }
}

#[test]
fn partials_counted_otherwise_are_refused() {
    let (gazetteer, extractor, docs) = fixture();
    let sentence = Settings::default();
    let paragraph = Settings {
        window: Window::Paragraph,
        ..Settings::default()
    };
    let a = partial(
        &accumulate(&gazetteer, &extractor, &docs[..5], &sentence),
        &docs[..5],
        &gazetteer,
    );
    let b = partial(
        &accumulate(&gazetteer, &extractor, &docs[5..], &paragraph),
        &docs[5..],
        &gazetteer,
    );
    match merge(inputs(&[a.clone(), b]), &gazetteer) {
        Err(Error::Settings {
            setting,
            first_value,
            second_value,
            ..
        }) => assert_eq!(
            (setting, first_value.as_str(), second_value.as_str()),
            ("window", "sentence", "paragraph")
        ),
        other => panic!("{:?}", other.map(|_| ())),
    }
    let other = Gazetteer::from_csv("test.csv", &format!("{GAZETTEER}ibm,IBM,organisation,,\n")).unwrap();
    assert!(matches!(merge(inputs(&[a]), &other), Err(Error::Gazetteer { .. })));
}

/// Every way of cutting a partial short, and every line swapped with the next, is an error: never a panic,
/// never a graph.
#[test]
fn damaged_partials_are_errors() {
    let (gazetteer, extractor, docs) = fixture();
    let settings = Settings {
        evidence_cap: 2,
        ..Settings::default()
    };
    let bytes = partial(&accumulate(&gazetteer, &extractor, &docs, &settings), &docs, &gazetteer);
    let text = String::from_utf8(bytes.clone()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(merge(inputs(std::slice::from_ref(&bytes)), &gazetteer).is_ok());
    for cut in (0..bytes.len()).filter(|&n| n % 7 == 0 || bytes[n] == b'\n') {
        let short = bytes[..cut].to_vec();
        assert!(merge(inputs(&[short]), &gazetteer).is_err(), "cut at {cut} merged");
    }
    for i in 1..lines.len() - 1 {
        if lines[i] == lines[i + 1] {
            continue;
        }
        let mut swapped = lines.clone();
        swapped.swap(i, i + 1);
        let damaged = format!("{}\n", swapped.join("\n")).into_bytes();
        assert!(
            matches!(merge(inputs(&[damaged]), &gazetteer), Err(Error::Damaged { .. })),
            "lines {i} and {} swapped merged",
            i + 1
        );
    }
    let extra = [bytes.as_slice(), b"{}\n"].concat();
    assert!(matches!(
        merge(inputs(&[extra]), &gazetteer),
        Err(Error::Damaged { .. })
    ));
    for other in [
        &b""[..],
        b"{\"format\":\"other\"}\n",
        b"\xff\xfe\n",
        b"document,paragraph\n",
    ] {
        assert!(matches!(
            merge(inputs(&[other.to_vec()]), &gazetteer),
            Err(Error::NotPartial { .. })
        ));
    }
    let newer = text
        .replacen("\"format_version\":4", "\"format_version\":5", 1)
        .into_bytes();
    assert!(matches!(
        merge(inputs(&[newer]), &gazetteer),
        Err(Error::NewerFormat { found: 5, .. })
    ));
    // partials of the formats before outlets (1), before the digest (2) and before found entities (3):
    // refused by name
    for found in [1, 2, 3] {
        let older = text
            .replacen("\"format_version\":4", &format!("\"format_version\":{found}"), 1)
            .into_bytes();
        assert!(matches!(
            merge(inputs(&[older]), &gazetteer),
            Err(Error::OlderFormat { found: f, .. }) if f == found
        ));
    }
}

/// The line of `text` that starts with `prefix` (its number from 1), changed by `edit`; the digest is made to
/// match again when `redigest`, as somebody editing the numbers with care would.
fn edited(text: &str, prefix: &str, edit: impl Fn(&str) -> String, redigest: bool) -> (Vec<u8>, u64) {
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no line starts with {prefix}"));
    lines[at] = edit(&lines[at]);
    if redigest {
        let end = lines.len() - 1;
        let body: String = lines[..end].iter().map(|l| format!("{l}\n")).collect();
        let digest = super::verify::hex(sha2::Digest::chain_update(sha2::Sha256::default(), body.as_bytes()));
        lines[end] = format!("{{\"section\":\"end\",\"sha256\":\"{digest}\"}}");
    }
    (format!("{}\n", lines.join("\n")).into_bytes(), at as u64 + 1)
}

/// Values a real build never writes are refused, naming the line, even when the digest was made to match; and
/// any change at all is refused by the digest.
#[test]
fn edited_partials_are_refused_naming_the_line() {
    let (gazetteer, extractor, mut docs) = fixture();
    // A sentence that states a typed relation, for the relations' section.
    docs.push(Document {
        id: "doc-relation".into(),
        ..Document::from_text(String::new(), "Palantir provides software to ICE.".into())
    });
    let settings = Settings {
        evidence_cap: 2,
        ..Settings::default()
    };
    let bytes = partial(&accumulate(&gazetteer, &extractor, &docs, &settings), &docs, &gazetteer);
    let text = String::from_utf8(bytes).unwrap();
    assert!(
        text.lines()
            .last()
            .unwrap()
            .starts_with("{\"section\":\"end\",\"sha256\":\"")
    );
    let value = |line: &str, key: &str, to: &str| {
        let re = regex::Regex::new(&format!("\"{key}\":[0-9]+")).unwrap();
        re.replace(line, format!("\"{key}\":{to}").as_str()).into_owned()
    };
    type Edit<'a> = Box<dyn Fn(&str) -> String + 'a>;
    let cases: Vec<(&str, &str, Edit, &str)> = vec![
        (
            "[\"amazon\",\"rekognition\"",
            "a pair's windows of 2^64 - 1",
            Box::new(|l| value(l, "windows", "18446744073709551615")),
            "more than",
        ),
        (
            "[\"amazon\",\"rekognition\"",
            "a pair's windows of 0",
            Box::new(|l| value(l, "windows", "0")),
            "windows in",
        ),
        (
            "[\"amazon\",\"rekognition\"",
            "a pair in more documents than windows",
            Box::new(|l| value(l, "documents", "99")),
            "windows in",
        ),
        (
            "[\"amazon\",{",
            "an entity's mentions",
            Box::new(|l| value(l, "mentions", "17")),
            "add up to",
        ),
        (
            "[\"amazon\",{",
            "an entity's windows above its mentions",
            Box::new(|l| value(l, "windows", "99999")),
            "no more windows than mentions",
        ),
        (
            "{\"format\"",
            "the header's documents",
            Box::new(|l| value(l, "documents", "99999")),
            "document ids for the header",
        ),
        (
            "{\"format\"",
            "no documents",
            Box::new(|l| value(l, "documents", "0")),
            "no documents",
        ),
        (
            "[\"amazon\",{",
            "an impossible date",
            Box::new(|l| {
                regex::Regex::new("\"first\":\"[0-9-]+\"")
                    .unwrap()
                    .replace(l, "\"first\":\"9999-99-99\"")
                    .into_owned()
            }),
            "no date a build writes",
        ),
    ];
    for (prefix, what, edit, says) in &cases {
        let (damaged, line) = edited(&text, prefix, edit, true);
        match merge(inputs(&[damaged]), &gazetteer) {
            Err(error @ Error::Damaged { line: at, .. }) => {
                assert!(error.to_string().contains(says), "{what}: {error}");
                // a sum, or a count, is checked where the last of what it counts is read
                if !says.contains("add up to") && !says.contains("document ids") {
                    assert_eq!(at, line, "{what}: {error}");
                }
            }
            other => panic!("{what}: {:?}", other.map(|_| "merged")),
        }
        let (damaged, _) = edited(&text, prefix, edit, false);
        match merge(inputs(&[damaged]), &gazetteer) {
            Err(Error::Damaged { .. }) => {}
            other => panic!("{what} without a new digest: {:?}", other.map(|_| "merged")),
        }
    }
    // A typed relation's counts are checked as a pair's are: it is counted per sentence, so its windows are
    // bounded by each entity's mentions.
    let relation = text
        .lines()
        .skip_while(|l| !l.contains("\"section\":\"relations\""))
        .nth(1)
        .filter(|l| l.starts_with('['))
        .expect("the fixture's sentences state relations");
    let prefix = &relation[..relation.find('{').unwrap()];
    for (to, says) in [("18446744073709551615", "more than"), ("0", "windows in")] {
        let (damaged, line) = edited(&text, prefix, |l| value(l, "windows", to), true);
        match merge(inputs(&[damaged]), &gazetteer) {
            Err(error @ Error::Damaged { line: at, .. }) => {
                assert!(
                    error.to_string().contains(says) && error.to_string().contains("relation"),
                    "{error}"
                );
                assert_eq!(at, line, "{error}");
            }
            other => panic!("a relation's windows of {to}: {:?}", other.map(|_| "merged")),
        }
    }

    // A change no other check sees: the evidence's text.
    let (damaged, _) = edited(
        &text,
        "[\"amazon\",\"rekognition\"",
        |l| l.replacen("Sentence", "Sentense", 1),
        false,
    );
    let error = merge(inputs(&[damaged]), &gazetteer).expect_err("refused");
    let lines = text.lines().count() as u64;
    assert!(
        matches!(error, Error::Damaged { line, .. } if line == lines)
            && error.to_string().contains("does not match the digest"),
        "{error}"
    );
}
