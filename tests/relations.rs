//! Typed relations end to end: what a sentence says of an organisation it only describes (`the company`,
//! `das Unternehmen`, `het bedrijf`) is typed for the organisation named in the sentences before, with that
//! sentence as evidence; a description that cannot be resolved, or describes a name after it, types nothing.

use crate::util::{folder_with, read_json, run, tempdir};

/// The typed edges of a build of `files` with the shipped gazetteer: (source, kind, target, first evidence).
fn typed(files: &[(&str, &[u8])]) -> Vec<(String, String, String, String)> {
    let corpus = folder_with(files);
    let out = tempdir();
    let graph = out.path().join("graph.json");
    run(&[
        "build",
        corpus.path().to_str().unwrap(),
        "--gazetteer",
        "gazetteer",
        "--out",
        out.path().to_str().unwrap(),
        "--quiet",
    ])
    .expect_code(0);
    let graph = read_json(&graph);
    let mut edges: Vec<_> = graph["links"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] != "cooccurrence" && e["origin"] == "text")
        .map(|e| {
            let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
            (
                text(&e["source"]),
                text(&e["kind"]),
                text(&e["target"]),
                text(&e["evidence"][0]["text"]),
            )
        })
        .collect();
    edges.sort();
    edges
}

/// The (source, kind, target) of `typed`'s edges.
fn said(edges: &[(String, String, String, String)]) -> Vec<(&str, &str, &str)> {
    edges
        .iter()
        .map(|(s, k, t, _)| (s.as_str(), k.as_str(), t.as_str()))
        .collect()
}

#[test]
fn a_description_of_the_company_named_before_is_typed_for_it() {
    let edges = typed(&[
        (
            "en.txt",
            b"Palantir was founded in 2004.\n\nLast year the company sold its software to ICE.\n",
        ),
        (
            "de.txt",
            "Palantir wurde 2004 gegründet. Erst kürzlich verkaufte das Unternehmen Software an das BKA.\n".as_bytes(),
        ),
        (
            "nl.txt",
            b"Hikvision maakt camera's. Daarna leverde het bedrijf camera's aan de Nederlandse politie.\n",
        ),
    ]);
    let said = said(&edges);
    assert!(said.contains(&("palantir", "supplies", "ice")), "{edges:?}");
    assert!(said.contains(&("palantir", "supplies", "bka")), "{edges:?}");
    assert!(said.contains(&("hikvision", "supplies", "politie")), "{edges:?}");
    let evidence = |target: &str| {
        edges
            .iter()
            .find(|e| e.2 == target)
            .map(|e| e.3.clone())
            .unwrap_or_default()
    };
    assert!(evidence("ice").starts_with("Last year the company sold"), "{edges:?}");
}

#[test]
fn a_company_s_customers_named_after_it_are_its_customers() {
    let edges = typed(&[
        (
            "en.txt",
            b"Palantir makes software.\n\nIts customers include the FBI and ICE.\n",
        ),
        (
            "de.txt",
            "Frequentis baut Leitstellen. Zu den Kunden zählen auch die NASA und die Bundeswehr.\n".as_bytes(),
        ),
        (
            "nl.txt",
            b"Hikvision maakt camera's. Tot zijn klanten behoren de Nationale Politie en het OM.\n",
        ),
        // (two companies before: whose is not known; a possessive after a subject is the subject's)
        (
            "two.txt",
            "Palantir und Microsoft streiten. Zu den Kunden zählen das BKA und die Bundespolizei.\n".as_bytes(),
        ),
        (
            "subject.txt",
            b"Microsoft sells software. The utility said its customers include the DEA.\n",
        ),
        // (what else its customers do says nothing of whom it supplies)
        (
            "praised.txt",
            b"Amazon sells cloud services. Its customers praised the CIA's report.\n",
        ),
    ]);
    let said = said(&edges);
    for (source, target) in [
        ("palantir", "fbi"),
        ("palantir", "ice"),
        ("frequentis", "nasa"),
        ("frequentis", "bundeswehr"),
        ("hikvision", "politie"),
        ("hikvision", "openbaar-ministerie"),
    ] {
        assert!(
            said.contains(&(source, "supplies", target)),
            "{source} {target}: {edges:?}"
        );
    }
    assert!(
        !said
            .iter()
            .any(|(_, _, t)| ["bka", "bundespolizei", "dea", "cia"].contains(t)),
        "{edges:?}"
    );
}

#[test]
fn a_title_stands_for_the_one_agency_the_article_named() {
    let edges = typed(&[
        (
            "police.txt",
            b"The Detroit Police Department bought software from DataWorks Plus.\n\nIt said so. It did. \
              Police Chief James Craig said the software works.\n",
        ),
        (
            "council.txt",
            b"The Detroit City Council approved the contract. Council President Brenda Jones objected.\n",
        ),
        // (two forces named before: which one is not known; none named: nothing)
        (
            "two.txt",
            b"The Oakland Police Department and the Berkeley Police Department use drones. \
              Police Chief Jane Smith said so.\n",
        ),
        (
            "none.txt",
            b"Palantir sells to ICE. Police Chief John Roe said it works.\n",
        ),
    ]);
    let said = said(&edges);
    assert!(
        said.contains(&("james-craig", "works_for", "detroit-police-department")),
        "{edges:?}"
    );
    assert!(
        said.contains(&("brenda-jones", "works_for", "detroit-city-council")),
        "{edges:?}"
    );
    assert!(
        !said.iter().any(|(s, _, _)| ["jane-smith", "john-roe"].contains(s)),
        "{edges:?}"
    );
}

#[test]
fn a_source_the_sentence_cites_is_not_what_it_describes() {
    let edges = typed(&[
        (
            "de.txt",
            "Palantir verkauft Software. Laut Haaretz steht das BKA auf der Kundenliste des Unternehmens.\n".as_bytes(),
        ),
        (
            "en.txt",
            b"Palantir sells software. According to Reuters, the company signed a contract with ICE.\n",
        ),
        // but a company that says something of a company is that company
        (
            "said.txt",
            b"Palantir sells software. Microsoft said the company signed a contract with the FBI.\n",
        ),
    ]);
    let said = said(&edges);
    assert!(said.contains(&("palantir", "supplies", "bka")), "{edges:?}");
    assert!(said.contains(&("palantir", "supplies", "ice")), "{edges:?}");
    assert!(!said.contains(&("palantir", "supplies", "fbi")), "{edges:?}");
}

#[test]
fn a_description_that_names_nothing_known_types_nothing() {
    let edges = typed(&[
        // two companies before: which one is meant is not known
        (
            "two.txt",
            b"Microsoft and Amazon bid for the cloud.\n\nLast year the company sold its software to ICE.\n",
        ),
        // the description is of the name after it
        (
            "apposition.txt",
            "Palantir wurde 2004 gegründet. Den Zuschlag des BKA bekam die Firma Cognitec.\n".as_bytes(),
        ),
        // too far back
        (
            "far.txt",
            b"Palantir was founded in 2004. It grew. It hired. It moved. Then the company sold software to ICE.\n",
        ),
    ]);
    assert!(
        !edges
            .iter()
            .any(|(s, _, _, _)| s == "palantir" || s == "microsoft" || s == "amazon"),
        "{edges:?}"
    );
}

#[test]
fn a_description_of_the_agency_named_before_is_typed_for_it() {
    let edges = typed(&[
        (
            "en.txt",
            b"The Los Angeles Police Department has 9,000 officers. Last year the department bought drones from DJI.\n",
        ),
        (
            "sheriff.txt",
            b"The Tippecanoe County Sheriff's Office got a grant. The sheriff's office bought a drone from DJI.\n",
        ),
        (
            "de.txt",
            "Das BKA hat 5000 Mitarbeiter. Die Behörde nutzt seit 2008 Software von Cognitec.\n".as_bytes(),
        ),
        (
            "nl.txt",
            b"Het ministerie van Justitie en Veiligheid betaalt. Het ministerie gebruikt software van Palantir.\n",
        ),
        // two agencies before: neither
        (
            "two.txt",
            b"ICE and the FBI are federal agencies. The agency uses Palantir.\n",
        ),
        // a sheriff's office is a sheriff's, not the county board named last
        (
            "board.txt",
            b"The Sonoma County Board of Supervisors approved the money. The sheriff's office bought drones from DJI.\n",
        ),
    ]);
    let said = said(&edges);
    for expected in [
        ("dji", "supplies", "lapd"),
        ("dji", "supplies", "tippecanoe-county-sheriff"),
        ("cognitec", "supplies", "bka"),
        ("palantir", "supplies", "jenv"),
    ] {
        assert!(said.contains(&expected), "{expected:?} in {edges:?}");
    }
    assert!(
        !said
            .iter()
            .any(|(_, _, t)| *t == "ice" || *t == "fbi" || t.contains("board")),
        "{edges:?}"
    );
}

#[test]
fn a_description_of_the_product_named_before_is_typed_for_it() {
    let edges = typed(&[
        (
            "en.txt",
            b"Palantir makes Gotham. Last year the software was bought by ICE.\n",
        ),
        (
            "de.txt",
            "Pegasus von der NSO Group gilt als mächtig. Das BKA hat die Software offenbar heimlich angeschafft.\n"
                .as_bytes(),
        ),
        (
            "nl.txt",
            b"Het NFI heeft het systeem CATCH gebouwd. Sinds 2019 gebruikt de Nationale Politie het systeem.\n",
        ),
        // two products before: which one is meant is not known
        (
            "two.txt",
            b"Palantir sells Gotham and Foundry. Last year the software was bought by the FBI.\n",
        ),
    ]);
    let said = said(&edges);
    for expected in [
        ("gotham", "supplies", "ice"),
        ("pegasus", "supplies", "bka"),
        ("catch-politie", "supplies", "politie"),
    ] {
        assert!(said.contains(&expected), "{expected:?} in {edges:?}");
    }
    assert!(!said.iter().any(|(_, _, t)| *t == "fbi"), "{edges:?}");
}
