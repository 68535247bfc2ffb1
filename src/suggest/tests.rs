//! Tables of sentences and the names `suggest` lists for them, with their types, per language and pattern:
//! role nouns, legal forms, heads of agencies, media and product cues, acronyms, and what is left out. The
//! sentences follow the press of the field (the seeds' patterns, and made-up ones in the same style); each
//! row is one document, so a name seen once must be named by a cue to be listed.

use super::{Kind, Settings, Suggester};
use crate::text::Document;
use crate::{Extractor, Gazetteer};

const GAZETTEER: &str = "\
id,name,type,aliases,match,context
amazon,Amazon,organisation,Amazon.com,,
microsoft,Microsoft,organisation,,,
palantir,Palantir,organisation,Palantir Technologies,,
genetec,Genetec,organisation,,,
rekognition,Rekognition,product,,,
ice,Immigration and Customs Enforcement,agency,ICE,,
jeff-bezos,Jeff Bezos,person,,,
usa,United States,country,USA|US|U.S.,,
detroit,Detroit,city,,,
washington,Washington,city,,,
hesse,Hesse,state,Hessen,,
cologne,Cologne,city,Köln,,
amsterdam,Amsterdam,city,,,
";

/// The names (and types) listed for one document, in rank order, but for the doubtful ones.
fn suggested(text: &str) -> Vec<(String, Kind)> {
    candidates(text)
        .into_iter()
        .filter(|c| !c.doubtful)
        .map(|c| (c.name, c.kind))
        .collect()
}

/// The names of one document that are listed as doubtful.
fn doubtful(text: &str) -> Vec<String> {
    candidates(text)
        .into_iter()
        .filter(|c| c.doubtful)
        .map(|c| c.name)
        .collect()
}

fn candidates(text: &str) -> Vec<super::Candidate> {
    let gazetteer = Gazetteer::from_csv("test.csv", GAZETTEER).expect("the test gazetteer loads");
    let mut extractor = Extractor::new(&gazetteer).expect("it compiles");
    extractor.set_finding(false);
    let doc = Document::from_text("t".into(), text.to_string());
    let extraction = extractor.extract(&doc, &mut Default::default());
    let settings = Settings::default();
    let mut suggester = Suggester::new(&gazetteer, &settings);
    suggester.add(&doc, &extraction);
    suggester.finish(&settings).candidates
}

/// Checks that each text lists exactly the names expected (in any order), reporting every failure at once.
fn check(rows: &[(&str, &[(&str, Kind)])]) {
    let mut failures = Vec::new();
    for &(text, expected) in rows {
        let mut got = suggested(text);
        got.sort();
        let mut want: Vec<(String, Kind)> = expected.iter().map(|&(n, k)| (n.to_string(), k)).collect();
        want.sort();
        if got != want {
            failures.push(format!("{text:?}\n   expected {want:?}\n        got {got:?}"));
        }
    }
    crate::tests::all_rows_pass(&failures);
}

use Kind::{Agency, County, Organisation, Person, Product};

#[test]
fn english_roles_and_people() {
    check(&[
        (
            "The company's spokesperson Jane Hollister declined to comment.",
            &[("Jane Hollister", Person)],
        ),
        (
            "“We never sold it to them,” said Tom Reinhart, a spokesman for the vendor.",
            &[("Tom Reinhart", Person)],
        ),
        (
            "Sheriff Alex Villanueva signed the pilot in March.",
            &[("Alex Villanueva", Person)],
        ),
        (
            "Vigilant Solutions CEO Shawn Smith said the cameras read plates at night.",
            &[("Vigilant Solutions", Organisation), ("Shawn Smith", Person)],
        ),
        (
            "Microsoft President Brad Smith wrote to the council.",
            &[("Brad Smith", Person)],
        ),
    ]);
}

#[test]
fn english_organisations_agencies_and_products() {
    check(&[
        (
            "The contract went to Cognitec Systems Inc. of Detroit.",
            &[("Cognitec Systems", Organisation)],
        ),
        (
            "Documents obtained from the Department of Homeland Security show the pilot ran for a year.",
            &[("Department of Homeland Security", Agency)],
        ),
        (
            "Officers in Marin County tested the scanners.",
            &[("Marin County", County)],
        ),
        (
            "The sheriff's office bought the software Mobile Identifier last year.",
            &[("Mobile Identifier", Product)],
        ),
        (
            "Detroit uses Genetec Stratocast to store the video.",
            &[("Stratocast", Product)],
        ),
        (
            "According to Reuters, the deal was worth $20 million.",
            &[("Reuters", Organisation)],
        ),
        (
            "The startup Clearview AI scraped billions of photos.",
            &[("Clearview AI", Organisation)],
        ),
        (
            "The program, run by the Federal Bureau of Investigation (FBI), matched the photos.",
            &[("Federal Bureau of Investigation", Agency)],
        ),
        (
            "The Washington Post reported that the pilot had ended.",
            &[("Washington Post", Organisation)],
        ),
    ]);
}

#[test]
fn english_left_out() {
    check(&[
        // Known names, their possessives, and a known person's surname alone.
        ("Amazon's Rekognition was sold to ICE, Bezos said.", &[]),
        // A sentence's first word, a weekday, a month, and an ordinary word alone.
        ("However, on Monday in March the Police said nothing.", &[]),
        // A title-case headline without cues.
        ("Sheriff's Office Quietly Expands Facial Recognition Program", &[]),
        // A title with its possessive is no name (the deputies are the sheriff's).
        ("Records show that Sheriff’s deputies used the app.", &[]),
        // Abbreviations of the field are no names.
        ("The ALPR and CCTV cameras send data over the API.", &[]),
        // The kind of an office is no name: a place or a proper word makes one.
        (
            "The City Council voted. The Sheriff’s Office and the Police Department agreed.",
            &[],
        ),
        // Titles are cut from the name after them, and with the kind of an office make no name.
        (
            "“We need faster computers,” Deputy Police Chief Richard Hopper said.",
            &[("Richard Hopper", Person)],
        ),
        (
            "“It was a welcome step,” said Chief Constable Matt Jukes, a police chief.",
            &[("Matt Jukes", Person)],
        ),
        // Quantities with their units, and contractions, are no names.
        (
            "The cameras have 64GB of storage, a 3200mAh battery and record in 4K over 5G.",
            &[],
        ),
        (
            "\"I’m just saying it’s more than $10,000,\" he said. \"I've seen worse.\"",
            &[],
        ),
    ]);
}

#[test]
fn german_cues() {
    check(&[
        (
            "Das bestätigte ein Sprecher der Firma Hensoldt am Montag.",
            &[("Hensoldt", Organisation)],
        ),
        (
            "Die Polizei setzt die Software Gotham ein, sagte Innenminister Peter Beuth.",
            &[("Gotham", Product), ("Peter Beuth", Person)],
        ),
        (
            "Der Auftrag ging an die Quantum Systems GmbH aus Gilching.",
            &[("Quantum Systems", Organisation)],
        ),
        (
            "Palantir-Chef Alex Karp verteidigte den Vertrag.",
            &[("Alex Karp", Person)],
        ),
        (
            "Laut Handelsblatt kostet der Vertrag 14 Millionen Euro.",
            &[("Handelsblatt", Organisation)],
        ),
        (
            "Das Bundeskriminalamt (BKA) testet die Gesichtserkennung seit 2008.",
            &[("Bundeskriminalamt", Agency)],
        ),
        (
            "Die Analyseplattform „Hessendata“ basiert auf Palantirs Gotham.",
            &[("Hessendata", Product), ("Gotham", Product)],
        ),
        // a name a cue introduces may be a rarer noun (`Vogt`, `Falke`): only the common nouns refuse it
        (
            "Die Firma Vogt liefert die Kameras, die Software Falke wertet sie aus.",
            &[("Vogt", Organisation), ("Falke", Product)],
        ),
        (
            "Das Unternehmen verkauft seine Gesichtserkennungssoftware an die US-Einwanderungsbehörde.",
            &[("US-Einwanderungsbehörde", Agency)],
        ),
    ]);
}

#[test]
fn german_left_out() {
    check(&[
        // Nouns, a sentence's first word, compounds with a known name, a known genitive.
        ("Die Beamten fürchten um die Datenschutzrechte der Bürger.", &[]),
        (
            "Kritiker sehen in der Microsoft-Software ein Risiko, Microsofts Antwort blieb aus.",
            &[],
        ),
        ("Weitere Informationen gab die Polizei in Köln nicht heraus.", &[]),
        // less common nouns too (`suggest/nouns-de.txt`), in their plurals
        (
            "Die Kommandeure setzen Drohnen ein, für den Abgleich fehlen Sensoren und Module.",
            &[],
        ),
        // A gender mark and a capital I inside a word are no names.
        ("Die Beamt:innen und EinwanderInnen wurden befragt.", &[]),
    ]);
}

#[test]
fn dutch_cues() {
    check(&[
        (
            "Dat zegt woordvoerder Marieke de Vries van de politie.",
            &[("Marieke de Vries", Person)],
        ),
        // a caretaker minister: `demissionair` is no name before a role
        (
            "Demissionair minister Marieke de Vries zei dat de politie het systeem niet gebruikt.",
            &[("Marieke de Vries", Person)],
        ),
        (
            "Volgens NRC Handelsblad kocht de gemeente de camera's bij Hikvision.",
            &[("NRC Handelsblad", Organisation), ("Hikvision", Organisation)],
        ),
        (
            "Het bedrijf Nedap B.V. levert de software aan het Ministerie van Justitie en Veiligheid.",
            &[
                ("Nedap", Organisation),
                ("Ministerie van Justitie en Veiligheid", Agency),
            ],
        ),
        (
            "De politie gebruikt het systeem CATCH om gezichten te vergelijken.",
            &[("CATCH", Product)],
        ),
        ("De Amsterdamse politie zei dinsdag niets over Amazon.", &[]),
        // a capitalised adjective of Europe is no name
        ("Hij kan niet om de Europese regels heen.", &[]),
    ]);
}

#[test]
fn counts_merge_forms_and_leave_known_names_out() {
    let text = "Clearview AI sold its app to the police. Clearview AI's founder Hoan Ton-That said so. \
                Ton-That later told the BBC that the firm had stopped.";
    let got = suggested(text);
    assert!(got.contains(&("Clearview AI".to_string(), Organisation)), "{got:?}");
    assert!(got.contains(&("Hoan Ton-That".to_string(), Person)), "{got:?}");
    assert!(
        !got.iter().any(|(n, _)| n == "Ton-That"),
        "a surname alone joins its person: {got:?}"
    );
}

#[test]
fn doubtful_names_come_last() {
    // What no cue names is listed as doubtful: a German word alone, an ordinary word capitalised in English.
    let text = "Die Drohnen von Helsing fliegen schon. Helsing ist ein Start-up aus Köln, die Firma Helsing wächst.";
    assert_eq!(suggested(text), [("Helsing".to_string(), Organisation)]);
    assert_eq!(
        doubtful("Wenn Sie durch Instagram scrollen, sehen Sie die Werbung und das Bild nicht."),
        ["Instagram"]
    );
    assert_eq!(
        doubtful("Users of Ring cameras shared the videos with the police."),
        ["Ring"]
    );
    // a rarer noun in quotes may be a name (`Drohnen vom Typ „Falke“`), a common one not
    assert_eq!(
        doubtful("Seit Januar werden Aufklärungsdrohnen vom Typ „Falke“ an die Bundeswehr ausgeliefert."),
        ["Falke"]
    );
    assert!(doubtful("Die Behörde spricht von „Sicherheit“.").is_empty());
    assert!(
        doubtful("Die Beamten fürchten um ihre Privatsphäre.")
            .iter()
            .all(|n| n == "Privatsphäre")
    );
}

#[test]
fn the_shipped_cue_files_parse() {
    for data in [
        include_str!("cues/de.txt"),
        include_str!("cues/en.txt"),
        include_str!("cues/nl.txt"),
    ] {
        super::cues::Cues::parse(data).expect("parses");
    }
    assert!(super::cues::first_name("Jürgen") && super::cues::first_name("Sanne") && !super::cues::first_name("Van"));
}

#[test]
fn dutch_agencies_with_a_head_in_lower_case() {
    check(&[(
        "De politie mag de software van het ministerie van Justitie en Veiligheid niet gebruiken.",
        &[("ministerie van Justitie en Veiligheid", Agency)],
    )]);
}
