//! Entities found in the text, end to end: a person and a product the shipped gazetteer does not list become
//! nodes with `origin` `text` and how they were found, one node for the name in every document; the mention
//! table names them; the graph is the same bytes whatever the threads and when built in shards; `--listed-only`
//! leaves them out; `suggest` still lists them for review.

use std::path::Path;

use crate::util::{OUTPUTS, folder_with, read_csv, read_json, run, tempdir};

const EN: &str = "Sheriff pilots face recognition\n\nThe county tested the software \"VisionGuard 3\" for a year, \
said Kendra Okafor, a lawyer who reviewed the contract. Okafor said the county paid Palantir.\n";
const DE: &str = "Polizei testet Software\n\nDie Polizei nutzt die Software „VisionGuard 3“ seit Mai. Das bestätigte \
Kendra Okafor am Montag.\n";

fn corpus() -> tempfile::TempDir {
    folder_with(&[("a_en.txt", EN.as_bytes()), ("b_de.txt", DE.as_bytes())])
}

/// Builds the texts `(file name, text)` with the shipped gazetteer: the output folder, its mention rows.
fn built(texts: &[(&str, &str)]) -> (tempfile::TempDir, Vec<std::collections::HashMap<String, String>>) {
    let files: Vec<(&str, &[u8])> = texts.iter().map(|(name, text)| (*name, text.as_bytes())).collect();
    let corpus = folder_with(&files);
    let out = tempdir();
    build(&[corpus.path()], out.path(), &[]);
    let mentions = read_csv(&out.path().join("mentions.csv"));
    (out, mentions)
}

/// The node `id` of a graph.json.
fn node(graph: &serde_json::Value, id: &str) -> serde_json::Value {
    graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == id)
        .unwrap_or_else(|| panic!("no node {id}"))
        .clone()
}

fn build(inputs: &[&Path], out: &Path, extra: &[&str]) {
    let mut args = vec!["build"];
    args.extend(inputs.iter().map(|p| p.to_str().unwrap()));
    args.extend(["--gazetteer", "gazetteer", "--out", out.to_str().unwrap(), "--quiet"]);
    args.extend_from_slice(extra);
    run(&args).expect_code(0);
}

#[test]
fn people_and_products_found_in_the_text_are_nodes() {
    let corpus = corpus();
    let out = tempdir();
    build(&[corpus.path()], out.path(), &[]);
    let graph = read_json(&out.path().join("graph.json"));
    let person = node(&graph, "kendra-okafor");
    assert_eq!(person["label"], "Kendra Okafor");
    assert_eq!(person["type"], "person");
    assert_eq!(person["origin"], "text");
    assert_eq!(person["found_by"], "first name and surname, or after a rank");
    // named in both documents, by the surname too in the first
    assert_eq!(person["documents"], 2);
    assert_eq!(person["mentions"], 3);
    let product = node(&graph, "visionguard-3");
    assert_eq!(product["type"], "product");
    assert_eq!(product["found_by"], "quoted after a product noun");
    assert_eq!(product["documents"], 2);
    let rows = read_csv(&out.path().join("mentions.csv"));
    let surnames: Vec<_> = rows.iter().filter(|r| r["surface"] == "Okafor").collect();
    assert_eq!(surnames.len(), 1);
    assert_eq!(surnames[0]["entity"], "kendra-okafor");
    assert_eq!(surnames[0]["type"], "person");
    // and they are linked like any entity, with the sentence
    let answer = run(&[
        "query",
        "evidence",
        "Kendra Okafor",
        "Palantir",
        "--graph",
        out.path().join("graph.json").to_str().unwrap(),
    ])
    .expect_code(0);
    assert!(
        answer.stdout.contains("Okafor said the county paid Palantir."),
        "{}",
        answer.stdout
    );
}

#[test]
fn found_entities_are_the_same_whatever_the_threads_or_shards() {
    let corpus = corpus();
    let dir = tempdir();
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    build(&[corpus.path()], &one, &["--threads", "1"]);
    build(&[corpus.path()], &two, &["--threads", "2"]);
    for name in OUTPUTS {
        assert_eq!(
            std::fs::read(one.join(name)).unwrap(),
            std::fs::read(two.join(name)).unwrap(),
            "{name}"
        );
    }
    // each shard finds the names on its own; the merge makes them one node each, as one build does
    let (en, de) = (corpus.path().join("a_en.txt"), corpus.path().join("b_de.txt"));
    let (a, b, merged) = (dir.path().join("a"), dir.path().join("b"), dir.path().join("merged"));
    build(&[&en], &a, &["--partial"]);
    build(&[&de], &b, &["--partial"]);
    let partial = std::fs::read_to_string(a.join("partial.jsonl")).unwrap();
    assert!(
        partial.contains("[\"kendra-okafor\",\"Kendra Okafor\",\"person\"]"),
        "{partial}"
    );
    run(&[
        "merge",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "--out",
        merged.to_str().unwrap(),
        "--quiet",
    ])
    .expect_code(0);
    for name in ["graph.json", "nodes.csv", "edges.csv", "graph.gexf", "graph.graphml"] {
        assert_eq!(
            std::fs::read(one.join(name)).unwrap(),
            std::fs::read(merged.join(name)).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn listed_only_leaves_them_out_and_suggest_lists_them() {
    let corpus = corpus();
    let out = tempdir();
    build(&[corpus.path()], out.path(), &["--listed-only"]);
    let graph = read_json(&out.path().join("graph.json"));
    assert!(
        graph["nodes"].as_array().unwrap().iter().all(|n| n["origin"] != "text"),
        "{graph}"
    );
    let suggested = run(&[
        "suggest",
        corpus.path().to_str().unwrap(),
        "--gazetteer",
        "gazetteer",
        "--json",
        "--quiet",
    ])
    .expect_code(0);
    let candidates: serde_json::Value = serde_json::from_str(&suggested.stdout).unwrap();
    let names: Vec<&str> = candidates["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert!(names.contains(&"Kendra Okafor"), "{names:?}");
}

/// Organisations a noun introduces, end to end with the shipped gazetteer: a new one is a node named again
/// wherever the document writes it (`Aerialsolutions haalde…`, a hyphenated compound too), a listed one's short
/// name is the listed one (`Stark` of `Stark Defence`), and a word that begins two listed names (`Reveal`: Reveal
/// Media and Reveal News) is neither, nor a new node.
#[test]
fn organisations_a_noun_introduces_are_nodes_or_the_listed_ones() {
    let nl = "Drones voor het leger\n\nLeverancier is het bedrijf Aerialsolutions uit Wilrijk. Aerialsolutions haalde \
het contract binnen; de Aerialsolutions-drones zijn klein.\n";
    let de = "Drohnen im Test\n\nGetestet wurden die Drohnen der Unternehmen Helsing und Stark. Eine Drohne von Stark \
verfehlte das Ziel. Die Firma Reveal lieferte Kameras.\n";
    let corpus = folder_with(&[("a_nl.txt", nl.as_bytes()), ("b_de.txt", de.as_bytes())]);
    let out = tempdir();
    build(&[corpus.path()], out.path(), &[]);
    let mentions = read_csv(&out.path().join("mentions.csv"));
    let named = |word: &str| -> Vec<(String, String)> {
        mentions
            .iter()
            .filter(|m| m["surface"] == word)
            .map(|m| (m["document"].clone(), m["entity"].clone()))
            .collect()
    };
    let rows = |doc: &str, entity: &str, n: usize| vec![(doc.to_string(), entity.to_string()); n];
    assert_eq!(named("Aerialsolutions"), rows("a_nl", "aerialsolutions", 3));
    assert_eq!(named("Stark"), rows("b_de", "stark-defence", 2));
    assert!(named("Reveal").is_empty(), "{:?}", named("Reveal"));
    let graph = read_json(&out.path().join("graph.json"));
    let node = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "aerialsolutions")
        .expect("a node for the found organisation");
    assert_eq!(node["type"], "organisation");
    assert_eq!(node["origin"], "text");
    assert!(!graph["nodes"].as_array().unwrap().iter().any(|n| n["id"] == "stark"));
}

/// A place after a first name is the person's surname (`Eddie Garcia`: García is a Mexican city; `Michael
/// Jordan`), unless in a dateline's capitals; after a first name that is an ordinary word it stays the place.
#[test]
fn a_place_after_a_first_name_is_a_surname() {
    let en = "Chief speaks\n\nDallas Police Chief Eddie Garcia said Michael Jordan was never in Jordan. \
JACKSON, Tenn. - The city of Jackson bought drones.\n";
    let (_out, mentions) = built(&[("a_en.txt", en)]);
    let entity = |surface: &str| -> Vec<String> {
        mentions
            .iter()
            .filter(|m| m["surface"] == surface)
            .map(|m| m["entity"].clone())
            .collect()
    };
    assert_eq!(entity("Eddie Garcia"), ["eddie-garcia"]);
    assert_eq!(entity("Michael Jordan"), ["michael-jordan"]);
    assert_eq!(entity("Jordan"), ["jordan"]);
    assert_eq!(entity("JACKSON"), ["jackson-tennessee"]);
    assert!(entity("Garcia").is_empty(), "{:?}", entity("Garcia"));
}

/// An institution an article defines by its acronym (`Name (ACR)`, the words spelling it) is a node of the kind
/// its noun says, the acronym names it later in the document, and relations treat a found agency as an agency:
/// here a customer. A term defined the same way (`Automatic Number Plate Recognition (ANPR)`) is no node.
#[test]
fn institutions_an_acronym_defines_are_nodes_of_their_kind() {
    let de = "Gesichtserkennung\n\nDer Vorsitzende der Gewerkschaft der Polizei (GdP) lobte den Test. Die GdP \
fordert mehr Kameras.\n";
    let en = "Plates\n\nThe Regional Intelligence Office (RIO) uses Automatic Number Plate Recognition (ANPR) \
cameras. The RIO buys software from Palantir.\n";
    let (out, mentions) = built(&[("a_de.txt", de), ("b_en.txt", en)]);
    let named = |entity: &str| -> Vec<String> {
        mentions
            .iter()
            .filter(|m| m["entity"] == entity)
            .map(|m| m["surface"].clone())
            .collect()
    };
    assert_eq!(
        named("gewerkschaft-der-polizei"),
        ["Gewerkschaft der Polizei", "GdP", "GdP"]
    );
    assert_eq!(
        named("regional-intelligence-office"),
        ["Regional Intelligence Office", "RIO", "RIO"]
    );
    assert!(
        !mentions
            .iter()
            .any(|m| m["surface"].contains("ANPR") || m["surface"].contains("Plate"))
    );
    let graph = read_json(&out.path().join("graph.json"));
    assert_eq!(node(&graph, "gewerkschaft-der-polizei")["type"], "organisation");
    let office = node(&graph, "regional-intelligence-office");
    assert_eq!(office["type"], "agency");
    assert_eq!(
        office["found_by"],
        "defined by its acronym in brackets, after a noun for an agency, or a capitalised name ending in Command"
    );
    let supplies =
        graph["links"].as_array().unwrap().iter().any(|l| {
            l["kind"] == "supplies" && l["source"] == "palantir" && l["target"] == "regional-intelligence-office"
        });
    assert!(supplies, "Palantir supplies the office");
}
