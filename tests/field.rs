//! The shipped gazetteer on articles it was not written for: short made-up news pieces about the field
//! (`tests/fixtures/field/`), ordinary text full of words that are also names (`tests/fixtures/ordinary/`), and
//! the gazetteer files themselves.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

use crate::util::{link, link_of, read_csv, read_json, repo, run, tempdir};

/// Builds a fixture folder with the shipped gazetteer; returns the output folder and the run's standard error.
fn build_fixture(folder: &str) -> (tempfile::TempDir, String) {
    let out = tempdir();
    let input = repo().join("tests/fixtures").join(folder);
    let result = run(&[
        "build",
        input.to_str().unwrap(),
        "--gazetteer",
        "gazetteer",
        "--out",
        out.path().to_str().unwrap(),
    ])
    .expect_code(0);
    (out, result.stderr)
}

/// The entity ids mentioned in each document.
fn entities_by_document(out: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for m in read_csv(&out.join("mentions.csv")) {
        found
            .entry(m["document"].clone())
            .or_default()
            .insert(m["entity"].clone());
    }
    found
}

/// Every entity each field article names, and nothing else: a missing id is a name the gazetteer lacks, an
/// extra one a false match.
const FIELD_ENTITIES: &[(&str, &[&str])] = &[
    (
        "en_clearview_fbi",
        &[
            "aclu",
            "big-brother-watch",
            "cbp",
            "clearview-ai",
            "eff",
            "facebook",
            "fbi",
            "france",
            "greece",
            "hoan-ton-that",
            "ice",
            "instagram",
            "italy",
            "london",
            "met-police",
            "nec",
            "neoface",
            "united-kingdom",
            "youtube",
        ],
    ),
    (
        "en_axon_lapd",
        &[
            // "the Arizona company": a US state, a type since the place list of issue 14
            "arizona",
            "axon",
            "axon-body",
            "azure",
            "chicago",
            "draft-one",
            "evidence-com",
            "flock-safety",
            "lapd",
            "lasd",
            "microsoft",
            "motorola-solutions",
            "rick-smith",
            "shotspotter",
            "soundthinking",
            "stop-lapd-spying",
            "taser",
            "vigilant-solutions",
        ],
    ),
    (
        "en_border_defence",
        &[
            "anduril",
            "border-patrol",
            "cbp",
            "cellebrite",
            // "a Commerce Department blacklist" (the coverage rows of issue 14)
            "commerce-department",
            "department-of-defense",
            "elbit-systems",
            "frontex",
            "hikvision",
            "huawei",
            "iai",
            "lattice",
            "lighthouse-reports",
            "met-police",
            "mexico",
            "palantir",
            "palmer-luckey",
            "shield-ai",
            "skydio",
            "ufed",
            "us-army",
            "usa",
        ],
    ),
    (
        "de_palantir_europol",
        &[
            "airbus",
            "alex-karp",
            "alexander-dobrindt",
            // "in Bayern", "In Hessen": German Länder, a type since the place list of issue 14
            "bavaria",
            "bka",
            "bverfg",
            "ccc",
            "europol",
            "frontex",
            "germany",
            "gff",
            "gotham",
            "hesse",
            "hessendata",
            "netherlands",
            "netzpolitik-org",
            "palantir",
            "thales",
            "usa",
            "vera",
            "warsaw",
            "wiesbaden",
        ],
    ),
    (
        "de_nso_pegasus",
        &[
            "amnesty-international",
            "bka",
            // "bestätigte die Bundesregierung" (the coverage rows of issue 14)
            "bundesregierung",
            "citizen-lab",
            "european-commission",
            "greece",
            "hungary",
            "intellexa",
            "nso-group",
            "pegasus",
            "predator-spyware",
            "reuters",
            "shalev-hulio",
            // "an der Universität Toronto": the city's university, built by the university-city rule
            "university-of-toronto",
        ],
    ),
    (
        "de_messenger",
        &["bundespolizei", "ccc", "europol", "meta", "telegram", "whatsapp"],
    ),
    (
        "nl_politie_cameras",
        &[
            "aivd",
            "amsterdam",
            "autoriteit-persoonsgegevens",
            "bits-of-freedom",
            "cellebrite",
            "china",
            "dahua",
            "follow-the-money",
            "hikvision",
            "huawei",
            "jenv",
            "marechaussee",
            "politie",
            "rotterdam",
            // "op Schiphol": the airport, where the Marechaussee's cameras hang (the coverage rows of issue 14)
            "schiphol",
            "zte",
        ],
    ),
];

/// Pairs named in one sentence of the field articles: who sells to whom, on whose cloud, where.
const FIELD_EDGES: &[(&str, &str)] = &[
    ("clearview-ai", "fbi"),
    ("hoan-ton-that", "clearview-ai"),
    ("cbp", "ice"),
    ("met-police", "nec"),
    ("met-police", "neoface"),
    ("axon", "lapd"),
    ("taser", "axon"),
    ("lapd", "axon-body"),
    ("evidence-com", "azure"),
    ("evidence-com", "microsoft"),
    ("rick-smith", "draft-one"),
    ("lasd", "flock-safety"),
    ("shotspotter", "chicago"),
    ("shotspotter", "soundthinking"),
    ("motorola-solutions", "vigilant-solutions"),
    ("motorola-solutions", "flock-safety"),
    ("anduril", "cbp"),
    ("lattice", "border-patrol"),
    ("palantir", "anduril"),
    ("palantir", "department-of-defense"),
    ("skydio", "us-army"),
    ("frontex", "elbit-systems"),
    ("frontex", "iai"),
    ("cellebrite", "met-police"),
    ("europol", "palantir"),
    ("bka", "gotham"),
    ("bka", "wiesbaden"),
    ("palantir", "hessendata"),
    ("bverfg", "gff"),
    ("frontex", "airbus"),
    ("frontex", "thales"),
    ("nso-group", "pegasus"),
    ("citizen-lab", "amnesty-international"),
    ("predator-spyware", "intellexa"),
    ("bka", "pegasus"),
    ("politie", "hikvision"),
    ("marechaussee", "dahua"),
    ("huawei", "zte"),
    ("politie", "cellebrite"),
    ("marechaussee", "cellebrite"),
    ("bundespolizei", "whatsapp"),
    ("bundespolizei", "telegram"),
    ("meta", "whatsapp"),
];

/// Ownership the gazetteer knows, between entities the field articles name: (owned or made, owner, kind).
const FIELD_OWNERSHIP: &[(&str, &str, &str)] = &[
    ("taser", "axon", "made_by"),
    ("axon-body", "axon", "made_by"),
    ("evidence-com", "axon", "made_by"),
    ("draft-one", "axon", "made_by"),
    ("azure", "microsoft", "made_by"),
    ("shotspotter", "soundthinking", "made_by"),
    ("vigilant-solutions", "motorola-solutions", "owned_by"),
    ("neoface", "nec", "made_by"),
    ("lattice", "anduril", "made_by"),
    ("ufed", "cellebrite", "made_by"),
    ("border-patrol", "cbp", "owned_by"),
    ("us-army", "department-of-defense", "owned_by"),
    ("gotham", "palantir", "made_by"),
    ("hessendata", "palantir", "made_by"),
    ("vera", "palantir", "made_by"),
    ("pegasus", "nso-group", "made_by"),
    ("predator-spyware", "intellexa", "made_by"),
    ("whatsapp", "meta", "owned_by"),
];

#[test]
fn field_articles_yield_their_entities_and_nothing_else() {
    let (out, stderr) = build_fixture("field");
    assert!(
        !stderr.contains("warning"),
        "the shipped gazetteer loads without warnings:\n{stderr}"
    );
    let found = entities_by_document(out.path());
    let expected: BTreeMap<String, BTreeSet<String>> = FIELD_ENTITIES
        .iter()
        .map(|(doc, ids)| (doc.to_string(), ids.iter().map(|s| s.to_string()).collect()))
        .collect();
    for (doc, ids) in &expected {
        let got = found.get(doc).cloned().unwrap_or_default();
        let missing: Vec<_> = ids.difference(&got).collect();
        let extra: Vec<_> = got.difference(ids).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{doc}: missing {missing:?}, unexpected {extra:?}"
        );
    }
    assert_eq!(
        found.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>(),
        "every field article is checked"
    );
}

#[test]
fn field_articles_link_vendors_agencies_clouds_and_places() {
    let (out, _) = build_fixture("field");
    let graph = read_json(&out.path().join("graph.json"));
    for &(a, b) in FIELD_EDGES {
        let edge = link(&graph, a, b).unwrap_or_else(|| panic!("no co-occurrence edge {a} – {b}"));
        assert!(
            !edge["evidence"].as_array().unwrap().is_empty(),
            "{a} – {b} has no evidence"
        );
    }
    for &(owned, owner, kind) in FIELD_OWNERSHIP {
        let edge = link_of(&graph, owned, owner, kind).unwrap_or_else(|| panic!("no {kind} edge {owned} → {owner}"));
        assert_eq!(
            (edge["source"].as_str(), edge["target"].as_str()),
            (Some(owned), Some(owner)),
            "{kind} points from the owned to the owner"
        );
    }
    // Unrelated vendors in different articles never meet in a sentence.
    assert!(link(&graph, "clearview-ai", "nso-group").is_none());
    assert!(link(&graph, "axon", "palantir").is_none());
}

#[test]
fn short_forms_count_only_where_the_long_form_or_a_context_entity_is_named() {
    let (out, _) = build_fixture("field");
    let mentions = read_csv(&out.path().join("mentions.csv"));
    let surfaces = |doc: &str, entity: &str| -> Vec<String> {
        mentions
            .iter()
            .filter(|m| m["document"] == doc && m["entity"] == entity)
            .map(|m| m["surface"].clone())
            .collect()
    };
    // "The Met" after "the Metropolitan Police"; "Flock" after "Flock Safety"; "Lattice" next to Anduril;
    // "Gotham" next to Palantir; "Predator" next to Intellexa; capitalised "Politie" in a Dutch article.
    assert_eq!(
        surfaces("en_clearview_fbi", "met-police"),
        ["Metropolitan Police", "Met"]
    );
    assert_eq!(
        surfaces("en_axon_lapd", "flock-safety"),
        ["Flock Safety", "Flock", "Flock"]
    );
    assert_eq!(surfaces("en_axon_lapd", "taser"), ["Taser"]);
    assert_eq!(surfaces("en_border_defence", "lattice"), ["Lattice"]);
    assert_eq!(surfaces("de_palantir_europol", "gotham"), ["Gotham"]);
    assert_eq!(surfaces("de_nso_pegasus", "predator-spyware"), ["Predator"]);
    assert_eq!(
        surfaces("nl_politie_cameras", "politie"),
        ["Nationale Politie", "Politie"]
    );
    assert_eq!(
        surfaces("nl_politie_cameras", "marechaussee"),
        ["Koninklijke Marechaussee", "Marechaussee"]
    );
    // "Meta" next to WhatsApp; the German noun "Signal" ("ein fatales Signal an alle") is no messenger
    assert_eq!(surfaces("de_messenger", "meta"), ["Meta"]);
    assert!(surfaces("de_messenger", "signal").is_empty());
    // "NSO-Gründer": an acronym before a hyphenated compound
    assert_eq!(surfaces("de_nso_pegasus", "nso-group"), ["NSO Group", "NSO"]);
}

/// A country's defence ministry as the press names it through the country, in each language: the listed one
/// where the gazetteer has it (its forms are the rule's), a built one otherwise, and the bare Dutch name for the
/// Dutch ministry, as the other Dutch ministries' bare names are. The Dutch adjectives take their `-e` by the
/// spelling rules (`Belgisch` → `Belgische`, `Chinees` → `Chinese`).
const MINISTRIES: &[(&str, &str, &str)] = &[
    // English names a country's ministry through the country's possessive as often as its adjective
    (
        "On Wednesday officials from Israel’s Ministry of Defense visited the offices.",
        "Israel’s Ministry of Defense",
        "israel-mod",
    ),
    (
        "France's defence ministry confirmed it.",
        "France's defence ministry",
        "france-defence-ministry",
    ),
    (
        "Germany’s Interior Ministry bought it.",
        "Germany’s Interior Ministry",
        "bmi-de",
    ),
    (
        "Het Duitse ministerie van Defensie bestelde drones.",
        "Duitse ministerie van Defensie",
        "bmvg",
    ),
    (
        "Het Franse ministerie van Defensie bevestigde dat.",
        "Franse ministerie van Defensie",
        "france-defence-ministry",
    ),
    (
        "Het Belgische ministerie van Defensie kocht drones.",
        "Belgische ministerie van Defensie",
        "belgian-defence",
    ),
    (
        "Het Amerikaanse ministerie van Defensie betaalt.",
        "Amerikaanse ministerie van Defensie",
        "department-of-defense",
    ),
    (
        "Het ministerie van Defensie antwoordt ontkennend.",
        "ministerie van Defensie",
        "dutch-mod",
    ),
    (
        "Het Russische leger rukt op.",
        "Russische leger",
        "armed-forces-of-russia",
    ),
    (
        "Het Chinese ministerie van Justitie zweeg.",
        "Chinese ministerie van Justitie",
        "china-justice-ministry",
    ),
    (
        "Das französische Verteidigungsministerium bestätigte das.",
        "französische Verteidigungsministerium",
        "france-defence-ministry",
    ),
    (
        "Das deutsche Verteidigungsministerium bestätigte das.",
        "deutsche Verteidigungsministerium",
        "bmvg",
    ),
    (
        "The Japanese defense ministry signed the contract.",
        "Japanese defense ministry",
        "japan-defence-ministry",
    ),
    (
        "The Israeli Ministry of Defense said so.",
        "Israeli Ministry of Defense",
        "israel-mod",
    ),
];

/// Builds each text as a document of its own with the shipped gazetteer: the (surface, entity) of each one's
/// mentions, in text order.
fn mentions_of_texts(texts: &[&str]) -> Vec<Vec<(String, String)>> {
    let files: Vec<(String, &[u8])> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| (format!("{i:02}.txt"), text.as_bytes()))
        .collect();
    let files: Vec<(&str, &[u8])> = files.iter().map(|(n, t)| (n.as_str(), *t)).collect();
    let input = crate::util::folder_with(&files);
    let (out, result) = crate::util::build_folder(input.path(), &["--gazetteer", "gazetteer", "--quiet"]);
    result.expect_code(0);
    let mentions = read_csv(&out.path().join("mentions.csv"));
    (0..texts.len())
        .map(|i| {
            mentions
                .iter()
                .filter(|m| m["document"] == format!("{i:02}"))
                .map(|m| (m["surface"].clone(), m["entity"].clone()))
                .collect()
        })
        .collect()
}

/// Builds each row's text as a document of its own and checks that its mentions are the row's
/// `(surface, entity)` pairs, in text order.
pub(crate) fn builds_to(rows: &[(&str, &[(&str, &str)])]) {
    let texts: Vec<&str> = rows.iter().map(|(text, _)| *text).collect();
    for ((text, expected), found) in rows.iter().zip(mentions_of_texts(&texts)) {
        assert_eq!(found, owned(expected), "{text}");
    }
}

/// `(surface, entity)` rows as owned strings, to compare with [`mentions_of_texts`].
fn owned(rows: &[(&str, &str)]) -> Vec<(String, String)> {
    rows.iter().map(|(s, e)| (s.to_string(), e.to_string())).collect()
}

#[test]
fn ministries_are_named_through_their_country() {
    let texts: Vec<&str> = MINISTRIES.iter().map(|(text, _, _)| *text).collect();
    for ((text, surface, entity), found) in MINISTRIES.iter().zip(mentions_of_texts(&texts)) {
        assert_eq!(found, owned(&[(surface, entity)]), "{text}");
    }
}

/// A town's name that several towns share is the one of the state the document names: the dateline's `Ind.`
/// makes `LAFAYETTE` and `Greenfield's` Indiana's, and `Greenfield police` that town's police by the rule (a
/// county of the state names it as well); where no state or two of the towns' states are named, it is no place
/// at all.
const SHARED_TOWNS: &[(&str, &[(&str, &str)])] = &[
    (
        "LAFAYETTE, Ind. — Greenfield police bought a drone. The Greenfield Police Department paid. Greenfield's drone is small.",
        &[
            ("LAFAYETTE", "lafayette-indiana"),
            ("Ind.", "indiana"),
            ("Greenfield police", "greenfield-indiana-police"),
            ("Greenfield Police Department", "greenfield-indiana-police"),
            ("Greenfield's", "greenfield-indiana"),
        ],
    ),
    ("Officers in Greenfield fly a drone.", &[]),
    // a town named like a person is the town in a dateline's capitals or before a rule's words, not alone
    (
        "JACKSON, Tenn. — Jackson police bought a drone, Jackson said.",
        &[
            ("JACKSON", "jackson-tennessee"),
            ("Tenn.", "tennessee"),
            ("Jackson police", "jackson-tennessee-police"),
        ],
    ),
    // a county's adjective that serves its rules only leaves the bare name to the shared towns: Santa Rosa
    // County's `Santa Rosa`, and Santa Rosa, California named through Sonoma County's board
    (
        "SANTA ROSA — The Sonoma County Board of Supervisors approved the cameras.",
        &[
            ("SANTA ROSA", "santa-rosa-california"),
            (
                "Sonoma County Board of Supervisors",
                "sonoma-county-board-of-supervisors",
            ),
        ],
    ),
    // a county of the state names it too, and so does an office built on the county
    (
        "The Tippecanoe County Sheriff said Greenfield police bought a drone.",
        &[
            ("Tippecanoe County Sheriff", "tippecanoe-county-sheriff"),
            ("Greenfield police", "greenfield-indiana-police"),
        ],
    ),
    (
        "Greenfield is in Indiana, and another Greenfield in Massachusetts.",
        &[("Indiana", "indiana"), ("Massachusetts", "massachusetts")],
    ),
];

#[test]
fn shared_town_names_are_the_named_states_towns() {
    builds_to(SHARED_TOWNS);
}

/// A US city the document names lends its police department the city's initials and `PD`, which local news
/// writes without defining it; outside the US, and where two cities the document names share the initials, the
/// letters are nobody's. (And the postal code after a US city is its state.)
const POLICE_ACRONYMS: &[(&str, &[(&str, &str)])] = &[
    (
        "WICHITA FALLS, TX (KAUZ) - The council approved a grant for the WFPD. WFPD's officers will use the app.",
        &[
            ("WICHITA FALLS", "wichita-falls"),
            ("TX", "texas"),
            ("KAUZ", "kauz"),
            ("WFPD", "wichita-falls-police"),
            ("WFPD's", "wichita-falls-police"),
        ],
    ),
    (
        "Officers in San Diego use the app, the SDPD said.",
        &[("San Diego", "san-diego"), ("SDPD", "san-diego-police")],
    ),
    // a shared town's or county's name, resolved by the dateline's state (two capitals with their dots, as AP
    // writes `N.C.`), gives the offices a rule builds on it their initials too
    (
        "JACKSON, Miss. — Officers with the Jackson Police Department shared their success. JPD's chief said so.",
        &[
            ("JACKSON", "jackson-mississippi"),
            ("Miss.", "mississippi"),
            ("Jackson Police Department", "jackson-mississippi-police"),
            ("JPD's", "jackson-mississippi-police"),
        ],
    ),
    (
        "SALISBURY, N.C. — The Rowan County Sheriff’s Office bought the software. RCSO Capt. Ann Lee said so.",
        &[
            ("SALISBURY", "salisbury-north-carolina"),
            ("N.C.", "north-carolina"),
            ("Rowan County Sheriff’s Office", "rowan-county-north-carolina-sheriff"),
            ("RCSO", "rowan-county-north-carolina-sheriff"),
            ("Ann Lee", "ann-lee"),
        ],
    ),
    // Köln is no US city: the letters are the old party's
    ("In Köln war die KPD stark.", &[("Köln", "cologne")]),
    // Dallas and Denver: DPD is either's
    (
        "Dallas and Denver both bought drones; DPD did not say which.",
        &[("Dallas", "dallas"), ("Denver", "denver")],
    ),
];

/// Towns, villages and boroughs name their councils by what they are; each is the place's council, built by the
/// `city-council` rule.
const COUNCILS: &[(&str, &[(&str, &str)])] = &[
    (
        "The Skokie Village Board approved the cameras.",
        &[("Skokie Village Board", "skokie-city-council")],
    ),
    (
        "On Monday the Brookline Select Board voted against the drones.",
        &[("Brookline Select Board", "brookline-city-council")],
    ),
    (
        "Plano Town Council decided to wait.",
        &[("Plano Town Council", "plano-city-council")],
    ),
    // a board of trustees may be a college's, a library's or a pension fund's: not the place's council
    ("The Skokie Board of Trustees met on Tuesday.", &[("Skokie", "skokie")]),
];

/// Police forces by the other names US usage gives them: `Police Dept`, a state's `Highway Patrol`.
const POLICE_NAMES: &[(&str, &[(&str, &str)])] = &[
    (
        "The Skokie Police Dept. bought two drones.",
        &[("Skokie Police Dept", "skokie-police")],
    ),
    (
        "The Kansas Highway Patrol uses license plate readers.",
        &[("Kansas Highway Patrol", "kansas-state-police")],
    ),
    (
        "The Minnesota State Patrol declined to comment.",
        &[("Minnesota State Patrol", "minnesota-state-police")],
    ),
    (
        "The Missouri State Highway Patrol declined to comment.",
        &[("Missouri State Highway Patrol", "missouri-state-police")],
    ),
];

/// A US state's National Guard, which governors send to borders and protests, named through the state in the
/// three languages; governments of the German city-states and federal ministries beyond the security ones.
const GUARDS_AND_GOVERNMENTS: &[(&str, &[(&str, &str)])] = &[
    (
        "The Kentucky National Guard's brigade has been testing the system.",
        &[("Kentucky National Guard", "kentucky-national-guard")],
    ),
    (
        "Abbott deployed the Texas Army National Guard to the border.",
        &[("Texas Army National Guard", "texas-national-guard")],
    ),
    (
        "Die Nationalgarde von Kalifornien wurde eingesetzt.",
        &[("Nationalgarde von Kalifornien", "california-national-guard")],
    ),
    // a US state's Department of Justice is the state's, not the federal one
    (
        "A grant from the Wisconsin Department of Justice; the Department of Justice sued.",
        &[
            ("Wisconsin Department of Justice", "wisconsin-justice-ministry"),
            ("Department of Justice", "doj"),
        ],
    ),
    // the national one is listed, and a bare `National Guard` is any country's
    (
        "The U.S. National Guard and the National Guard of Ukraine.",
        &[("U.S. National Guard", "national-guard"), ("Ukraine", "ukraine")],
    ),
    (
        "Das schreibt der Hamburger Senat; auch der Berliner Senat und das Bundesfinanzministerium.",
        &[
            ("Hamburger Senat", "hamburg-senate"),
            ("Berliner Senat", "berlin-senate"),
            ("Bundesfinanzministerium", "bmf-de"),
        ],
    ),
];

/// Forms of German places the press writes: a town's river after a slash, the `-er` adjectives of two Länder
/// (which, as every adjective, name nothing alone), the genitive a city takes without an article, and a big town
/// without the river or region its official name adds (Dutch too); such a short name that is another place's
/// (`Brandenburg`) is left to the other place, and a small town's (`Landau`, `Weil`) is none: it is as often a
/// person's, a word or another town's.
const GERMAN_PLACE_FORMS: &[(&str, &[(&str, &str)])] = &[
    (
        "Das Landgericht Frankfurt/Oder urteilte, nicht das in Frankfurt.",
        &[("Frankfurt/Oder", "frankfurt-oder"), ("Frankfurt", "frankfurt")],
    ),
    (
        "Die Brandenburger Polizei und das Thüringer Innenministerium.",
        &[
            ("Brandenburger Polizei", "brandenburg-state-police"),
            ("Thüringer Innenministerium", "thuringia-interior-ministry"),
        ],
    ),
    ("Das Brandenburger Tor steht in Berlin.", &[("Berlin", "berlin")]),
    // a country with an article takes it in the genitive after its ministry
    (
        "Eine Bestellung vom Verteidigungsministerium der Ukraine.",
        &[("Verteidigungsministerium der Ukraine", "ukraine-defence-ministry")],
    ),
    (
        "Die Sicherheitsbehörden des Bundes und die Straßen Bündes.",
        &[("Bündes", "bunde")],
    ),
    (
        "Das Polizeipräsidium Ludwigshafen und die Feuerwehr Bad Homburg, nicht Homburg.",
        &[
            ("Polizeipräsidium Ludwigshafen", "ludwigshafen-am-rhein-police"),
            ("Feuerwehr Bad Homburg", "bad-homburg-vor-der-hohe-fire-department"),
            ("Homburg", "homburg"),
        ],
    ),
    (
        "Weil die Polizei in Brandenburg an der Havel klagte, kaufte Brandenburg und Weil am Rhein nichts.",
        &[
            ("Polizei in Brandenburg an der Havel", "brandenburg-an-der-havel-police"),
            ("Brandenburg", "brandenburg"),
            ("Weil am Rhein", "weil-am-rhein"),
        ],
    ),
    ("Die Polizei Landau an der Isar meldete einen Unfall.", &[]),
    (
        "De politie in Alphen en de gemeente Capelle aan den IJssel.",
        &[
            ("politie in Alphen", "alphen-aan-den-rijn-police"),
            ("Capelle aan den IJssel", "capelle-aan-den-ijssel"),
        ],
    ),
];

/// A US city's name before `County` is the county's, whose state an article may not give: then no place at
/// all, rather than the city.
const A_CITYS_NAME_IN_A_COUNTYS: &[(&str, &[(&str, &str)])] = &[
    ("The Macon County Sheriff's Department ran searches.", &[]),
    ("He grew up in Macon, where he was born.", &[("Macon", "macon")]),
];

/// Sentences a review of the twelfth session's patterns wrote to break them: a surname before a listed name in
/// German and Dutch word order, a German form's genitive `s`, a court's district, another country's `minister van
/// Defensie` in a Dutch article, and a headline's title case.
const REVIEWED: &[(&str, &[(&str, &str)])] = &[
    (
        "Staatssecretaris Gijs Tuinman is enthousiast. Vorige week bezocht Tuinman Elbit in Haifa.",
        &[
            ("Gijs Tuinman", "gijs-tuinman"),
            ("Tuinman", "gijs-tuinman"),
            ("Elbit", "elbit-systems"),
            ("Haifa", "haifa"),
        ],
    ),
    (
        "Nach Angaben des deutschen Inlandsgeheimdiensts wurde die Software nicht eingesetzt.",
        &[("deutschen Inlandsgeheimdiensts", "bfv")],
    ),
    (
        "The ruling came from the N.D. Cal. court in San Francisco.",
        &[("San Francisco", "san-francisco")],
    ),
    (
        "De Amerikaanse minister van Defensie bezocht Nederland en de Tweede Kamer.",
        &[("Nederland", "netherlands"), ("Tweede Kamer", "tweede-kamer")],
    ),
    ("Police Will Follow The Money In Spyware Cases, Minister Says", &[]),
];

#[test]
fn what_a_review_of_the_patterns_found() {
    builds_to(REVIEWED);
}

#[test]
fn a_citys_name_in_a_countys() {
    builds_to(A_CITYS_NAME_IN_A_COUNTYS);
}

#[test]
fn german_place_forms() {
    builds_to(GERMAN_PLACE_FORMS);
}

#[test]
fn police_by_their_other_us_names() {
    builds_to(POLICE_NAMES);
}

#[test]
fn national_guards_city_states_and_ministries() {
    builds_to(GUARDS_AND_GOVERNMENTS);
}

#[test]
fn town_and_village_councils_are_their_places_councils() {
    builds_to(COUNCILS);
}

#[test]
fn a_us_citys_initials_and_pd_are_its_police() {
    builds_to(POLICE_ACRONYMS);
}

#[test]
fn ordinary_words_in_three_languages_name_no_entity() {
    let (out, _) = build_fixture("ordinary");
    let mentions = read_csv(&out.path().join("mentions.csv"));
    let found: Vec<String> = mentions
        .iter()
        .map(|m| format!("{}: {:?} as {}", m["document"], m["surface"], m["entity"]))
        .collect();
    assert!(found.is_empty(), "ordinary words matched:\n{}", found.join("\n"));
    let graph = read_json(&out.path().join("graph.json"));
    assert_eq!(graph["graph"]["documents"], 3);
    assert!(graph["nodes"].as_array().unwrap().is_empty());
}

#[test]
fn the_shipped_gazetteer_covers_the_field() {
    let mut ids = Vec::new();
    let mut types = BTreeSet::new();
    let mut references = Vec::new();
    let files: Vec<_> = std::fs::read_dir(repo().join("gazetteer"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    let names: BTreeSet<String> = files
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "agencies.csv",
            // news outlets and agencies, organisations kept apart from the vendors and NGOs
            "media.csv",
            "organisations.csv",
            "people.csv",
            // generated by tools/places.py from GeoNames, ISO 3166 and CLDR
            "places-cities.csv",
            "places-counties.csv",
            "places-countries.csv",
            "places-states.csv",
            "products.csv",
            // how names are built from places (a city's police, a county's sheriff)
            "rules.csv",
        ]
        .into_iter()
        .map(String::from)
        .collect(),
        "the gazetteer stays organised by type"
    );
    for file in files.iter().filter(|f| !f.ends_with("rules.csv")) {
        let rows = read_csv(file);
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let places = name.starts_with("places-");
        for (i, row) in rows.iter().enumerate() {
            let at = format!("{name} row {}", i + 2);
            let columns: BTreeSet<&str> = row.keys().map(String::as_str).collect();
            // the curated files have their sources; the generated place files the data they come from
            let expected: &[&str] = if places {
                &["id", "name", "type", "aliases", "match", "context", "country"]
            } else {
                &[
                    "id",
                    "name",
                    "type",
                    "aliases",
                    "match",
                    "context",
                    "owner",
                    "wikidata",
                    "alias_source",
                ]
            };
            assert!(
                expected.iter().all(|c| columns.contains(c)),
                "{at}: the columns {columns:?} lack some of {expected:?}"
            );
            // (and `country`, which makes a listed force the rule's only in its own country: `Kent Police`)
            if !places {
                let optional = usize::from(columns.contains("country"));
                assert_eq!(
                    columns.len(),
                    expected.len() + optional,
                    "{at}: no columns beyond {expected:?} and `country`"
                );
            }
            let id = row["id"].as_str();
            assert!(!id.is_empty(), "{at}: every row has an explicit id");
            ids.push(id.to_string());
            types.insert(row["type"].clone());
            let wikidata = row.get("wikidata").map_or("", String::as_str);
            assert!(
                wikidata.is_empty()
                    || (wikidata.len() > 1
                        && wikidata.starts_with('Q')
                        && wikidata[1..].bytes().all(|b| b.is_ascii_digit())
                        && !wikidata[1..].starts_with('0')),
                "{at}: `{wikidata}` is no Wikidata id"
            );
            assert!(
                ["", "case-sensitive", "accept-word", "in-rules"].contains(&row["match"].as_str()),
                "{at}: match rule `{}`",
                row["match"]
            );
            for reference in row["context"].split('|').chain(row.get("owner").map(String::as_str)) {
                if !reference.is_empty() {
                    references.push((at.clone(), reference.to_string()));
                }
            }
            // a generated place's rule comes from tools/places.py, which says why in its report
            if !places && (!row["match"].is_empty() || !row["context"].is_empty()) {
                assert!(
                    !row["alias_source"].is_empty(),
                    "{at}: a match or context rule says why in alias_source"
                );
            }
        }
    }
    assert!(ids.len() >= 400, "only {} entities", ids.len());
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "duplicate ids");
    assert_eq!(
        types,
        gazegraph::gazetteer::KNOWN_TYPES
            .iter()
            .map(|t| t.to_string())
            .collect(),
        "the eight known types, and no others"
    );
    for (at, reference) in references {
        assert!(unique.contains(&reference), "{at}: `{reference}` names no entity");
    }
    // The seeds' gold ids stay.
    for id in [
        "amazon",
        "aws",
        "ice",
        "dhs",
        "palantir",
        "rekognition",
        "ring",
        "microsoft",
        "genetec",
        "nypd",
        "detroit-police-department",
        "project-maven",
        "usa",
        "detroit",
    ] {
        assert!(unique.contains(&id.to_string()), "`{id}` is gone");
    }
}
