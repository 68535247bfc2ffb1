//! The sentences of the three languages whose nouns and links introduce names, and what they introduce.

use super::*;

/// Sentences of the three languages, and the names their nouns introduce.
const SENTENCES: &[(&str, &[&str])] = &[
    (
        "Damals sah es so aus, als hätte es die Firma Reveal geschafft.",
        &["Reveal"],
    ),
    (
        "Darunter sind die deutschen Unternehmen Helsing und Stark – mit denen Verträge geschlossen wurden.",
        &["Helsing", "Stark"],
    ),
    (
        "Sie habe ergeben, dass die Firmen IBM, SAP und SAS keine vergleichbare Lösung anbieten konnten.",
        &["IBM", "SAP", "SAS"],
    ),
    (
        "Die Software stammt von der Softwarefirma Cognitec Systems GmbH. Der Preis war hoch.",
        &["Cognitec Systems"],
    ),
    ("Der Drohnenhersteller Quantum Systems wächst.", &["Quantum Systems"]),
    (
        "Das System hat die Polizei von der Bremer Firma Opto Precision beschafft.",
        &["Opto Precision"],
    ),
    (
        "Der Vertreiber, die Wiener IT-Firma Salzgeber, bekam den Zuschlag.",
        &["Salzgeber"],
    ),
    (
        "Den Markt dominiert die US-Firma Axon, auch die Geräte stammen von ihr.",
        &["Axon"],
    ),
    ("Zudem hat das Unternehmen Verträge mit der Polizei geschlossen.", &[]),
    ("Seitdem hat das Unternehmen Millionen verdient.", &[]),
    (
        "Inzwischen liefert die Firma Analyseprogramme für riesige Datenmengen.",
        &[],
    ),
    (
        "Fahnder nutzen Software des Anbieters DigiTask Telekommunikation.",
        &["DigiTask"],
    ),
    ("Dafür hat der Konzern Anfang des Jahres gezahlt.", &[]),
    ("Was unternehmen Sie dagegen?", &[]),
    (
        "Leverancier is het gespecialiseerde bedrijf Aerialsolutions uit Wilrijk.",
        &["Aerialsolutions"],
    ),
    (
        "Er wordt gebruikgemaakt van clouddiensten van Amerikaanse leveranciers Microsoft en Netskope.",
        &["Microsoft", "Netskope"],
    ),
    ("Het technologiebedrijf Palantir is omstreden.", &["Palantir"]),
    ("The surveillance firm Biometrica declined to comment.", &["Biometrica"]),
    ("The company Tuesday announced a new contract.", &[]),
    ("The company Chief Executive Brad Smith said so.", &[]),
    ("They accompany Trump on his trips.", &[]),
    (
        "The vendors Axon and Motorola Solutions bid for it.",
        &["Axon", "Motorola Solutions"],
    ),
    ("A contract with the firm Acme Inc. was signed.", &["Acme"]),
    ("Volgens de fabrikant 10 uur mee.", &[]),
    // nouns only public bodies have introduce agencies; a news agency or a cloud service is none
    (
        "Die europäische Beschaffungsagentur Occar hat Airbus beauftragt.",
        &["Occar"],
    ),
    ("De militaire inlichtingendienst Adiv kocht software.", &["Adiv"]),
    ("Der Geheimdienst Bnd nutzt die Software.", &["Bnd"]),
    // news and rating agencies, and the object after `die Behörde`, are none
    ("Iran's official news agency Irna said so.", &[]),
    ("Het Iraanse nieuwsagentschap Tasnim meldt het.", &[]),
    ("Im Jahr 2021 hat die Behörde Skylens beauftragt.", &[]),
    ("Die Nachrichtenagentur Reuters meldet das.", &[]),
    ("Das LKA wertet im Auftrag der Behörde Geräte aus.", &[]),
    ("De clouddienst Azure draait bij de politie.", &[]),
    ("The agency Tuesday announced a contract.", &[]),
];

/// What `Finder::find` does: the names after each capitalised word `scan::places` stops at.
fn names_in(text: &str) -> Vec<Introduced> {
    let mut out: Vec<Introduced> = Vec::new();
    for (at, c) in text.char_indices() {
        let start = at == 0 || !text[..at].ends_with(char::is_alphanumeric);
        let free = out.last().is_none_or(|n| n.span.end <= at);
        if c.is_uppercase() && start && free && super::super::scan::follows_noun(text.as_bytes(), 0, at, tails()) {
            let english = || super::super::organisations::english(text);
            names_after(text, 0..text.len(), at, english, &mut out);
        }
    }
    out.retain(|n| !n.ordinary);
    out
}

#[test]
fn nouns_introduce_names_in_three_languages() {
    for (sentence, expected) in SENTENCES {
        let out = names_in(sentence);
        let names: Vec<&str> = out.iter().map(|n| &sentence[n.name.clone()]).collect();
        assert_eq!(names, *expected, "{sentence}");
    }
}

/// Products a noun introduces, and organisations a linking word does.
const PRODUCTS_AND_LINKS: &[(&str, &[(&str, Introduces)])] = &[
    (
        "Das BKA nutzt die Analysesoftware Gotham seit 2020.",
        &[("Gotham", Introduces::Product)],
    ),
    (
        "Die Polizei setzt das System Precobs ein.",
        &[("Precobs", Introduces::Product)],
    ),
    (
        "De politie gebruikt het gezichtsherkenningssysteem Catch.",
        &[("Catch", Introduces::Product)],
    ),
    // a model's designation, capitals and digits joined by a hyphen
    (
        "Zusammen mit dem Militär entwickelte Helsing die Kampfdrohne HF-1, die dort gebaut wird.",
        &[("HF-1", Introduces::Product)],
    ),
    (
        "Defensie koopt het systeem MQ-9B van General Atomics.",
        &[("MQ-9B", Introduces::Product)],
    ),
    // a hyphen without a digit is no designation (`die Drohne EU-weit`)
    ("Die Drohne EU-weit einzusetzen, war geplant.", &[]),
    (
        "Eine Software namens Beagle kam hinzu.",
        &[("Beagle", Introduces::Product)],
    ),
    (
        "The police used an app called Citizen to find him.",
        &[("Citizen", Introduces::Product)],
    ),
    (
        "Palantir sells a platform named Gotham.",
        &[("Gotham", Introduces::Product)],
    ),
    (
        "The police flew a system called Gorgon Stare.",
        &[("Gorgon Stare", Introduces::Product)],
    ),
    (
        "A company called Clearview scraped the web.",
        &[("Clearview", Introduces::Organisation)],
    ),
    // a verb after a company, not a link
    ("The company named Jane Doe its chief executive.", &[]),
    // an English noun alone introduces no product; nor does title case in an English paragraph
    ("The police bought the camera Tuesday.", &[]),
    ("Police Software Company Acquires Rival for the Market", &[]),
    ("Surveillance Company Buys Drone Maker", &[]),
    // a noun inside a name of several capitalised words introduces nothing, nor does a legal form name anything
    (
        "Het contract is gesloten met het bedrijf General Atomics Aeronautical System Inc. (GA-ASI).",
        &[],
    ),
    ("Die Lieferung kommt von Acme Defence System GmbH aus Bremen.", &[]),
    ("Das Unternehmen GmbH & Co. KG ist neu.", &[]),
    // German nouns and points in time after a German noun
    ("Die Software Daten sammelt, ist umstritten.", &[]),
    ("Das System Ende 2020 einzuführen, war geplant.", &[]),
    (
        "Die Drohnen können der Datenplattform Luftbilder zur Verfügung stellen.",
        &[],
    ),
];

#[test]
fn products_and_names_after_a_link() {
    for (sentence, expected) in PRODUCTS_AND_LINKS {
        let out = names_in(sentence);
        let names: Vec<(&str, Introduces)> = out.iter().map(|n| (&sentence[n.name.clone()], n.kind)).collect();
        assert_eq!(names, *expected, "{sentence}");
    }
}

#[test]
fn a_legal_form_is_the_mentions_not_the_names() {
    let sentence = "A contract with the firm Acme Inc. was signed, and with die Firma Sirrix AG too.";
    let out = names_in(sentence);
    let spans: Vec<&str> = out.iter().map(|n| &sentence[n.span.clone()]).collect();
    assert_eq!(spans, ["Acme Inc.", "Sirrix AG"]);
}
