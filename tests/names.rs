//! Names read where the text has none, and names that a word, a designation or a compound hides: the patterns a
//! thirteenth unread collection of articles showed, each as sentences of its own.

use crate::field::builds_to;

/// A first name that is a word (a month too) before an English plural is title case, not a person, nor is a
/// name in a lawyer's or attorney's title; a
/// double-barrelled surname capitalises each part; a place named like a first name, accents aside, is no place
/// before a surname; a town's genitive that begins a compound and a place that is a German word are words.
const WORDS_AND_PEOPLE: &[(&str, &[(&str, &str)])] = &[
    ("Army IT Deal Tops $45 Billion in June Awards", &[]),
    (
        "In August Companies reported losses; The Lincoln Lawyer is a film.",
        &[],
    ),
    (
        "Woordvoerder Jochen Tops en June Walker zeiden het.",
        &[("Jochen Tops", "jochen-tops"), ("June Walker", "june-walker")],
    ),
    ("Der Konzern stellt hier unter anderem „Luna NY-vitro“ aus.", &[]),
    (
        "Luitenant-generaal Leo Beulen, commandant van de Koninklijke Landmacht, is blij.",
        &[
            ("Leo Beulen", "leo-beulen"),
            ("Koninklijke Landmacht", "koninklijke-landmacht"),
        ],
    ),
    (
        "In der Antwort von „Bundes-CIO“ Cornelia Rogall-Grothe; die Straßen Bündes.",
        &[
            ("Cornelia Rogall-Grothe", "cornelia-rogall-grothe"),
            ("Bündes", "bunde"),
        ],
    ),
    ("Das System wurde Mitte der siebziger Jahre installiert.", &[]),
    // a place named like a first name before a surname is the person's first name; Canada's provinces and
    // Australia's states are places
    (
        "Virginia Woolf met police in Nova Scotia, Victoria and Virginia Beach.",
        &[
            ("Virginia Woolf", "virginia-woolf"),
            ("Nova Scotia", "nova-scotia"),
            ("Victoria", "victoria"),
            ("Virginia Beach", "virginia-beach"),
        ],
    ),
    // an office introduces a person whose first name no list has; the given name is no word, and a possessive
    // is the mention's
    (
        "Dat zeggen topman Gerben Edelijn en directeur Onno Eichelsheim.",
        &[
            ("Gerben Edelijn", "gerben-edelijn"),
            ("Onno Eichelsheim", "onno-eichelsheim"),
        ],
    ),
    // (nor a company the gazetteer does not know, whose name ends in a company's word)
    ("Spokesman Skyvale Robotics denied the report.", &[]),
    (
        "Der Sprecher Deutsche Bahn und CEO Snehal Patel's team.",
        &[("Deutsche Bahn", "deutsche-bahn"), ("Snehal Patel's", "snehal-patel")],
    ),
    // English short forms of given names (the `nicknames` package), an ordinary word among them
    (
        "Matt Cagle, a lawyer, and Zach Whittaker said it; Ed Bridges sued.",
        &[
            ("Matt Cagle", "matt-cagle"),
            ("Zach Whittaker", "zach-whittaker"),
            ("Ed Bridges", "ed-bridges"),
        ],
    ),
    // (but not one the gazetteer has for a place or an adjective)
    (
        "Philadelphia Councilmember Mark Squilla and Dutch Railways said so.",
        &[("Philadelphia", "philadelphia"), ("Mark Squilla", "mark-squilla")],
    ),
];

/// Nouns that introduce an organisation: a Dutch `firma` in small letters, a `vennootschap`; not a German plural
/// before one word, its object, nor a broadcaster's programme before a product.
const INTRODUCED: &[(&str, &[(&str, &str)])] = &[
    (
        "In Belgische havens worden scanners van de Chinese firma Nuctech gebruikt.",
        &[("Nuctech", "nuctech")],
    ),
    (
        "De overheid betaalt de leverancier, de vennootschap Tetraned.",
        &[("Tetraned", "tetraned")],
    ),
    // an acronym before a Dutch compound's hyphen keeps its capitals
    (
        "Het AI-bedrijf Zoltech en de ICT-dienstverlener Veltronix leveren aan Defensie.",
        &[("Zoltech", "zoltech"), ("Veltronix", "veltronix")],
    ),
    // (a German `-schmiede` was tried and left out: a forge of a place, `die Rüstungsschmiede Europas`, or of
    // ideas, `die Ideenschmiede Zukunft`, is as often what follows)
    (
        "Die Softwareschmiede Walldorf liefert an die Bundeswehr.",
        &[("Bundeswehr", "bundeswehr")],
    ),
    (
        "Dort präsentieren internationale Rüstungskonzerne Störsender und unbemannte Luftfahrzeuge.",
        &[],
    ),
    (
        "Die Konzerne Exxeta und Helsing liefern.",
        &[("Exxeta", "exxeta"), ("Helsing", "helsing")],
    ),
    ("Dat zei ze in het radioprogramma Sven op 1.", &[]),
    ("Das Analyseprogramm Kesy scannt Kennzeichen.", &[("Kesy", "kesy")]),
    // a military command is an agency by the noun its name ends in; not a headline's verb and noun
    (
        "The Naval Information Warfare Systems Command awarded Leidos a contract.",
        &[
            (
                "Naval Information Warfare Systems Command",
                "naval-information-warfare-systems-command",
            ),
            ("Leidos", "leidos"),
        ],
    ),
    ("Army Takes Command Of Border Mission", &[]),
];

/// Names the gazetteer lists since that collection: the press's other names of listed ones (`Mounties`,
/// `Financieel Dagblad`), Thales beside the Dutch forces, and bodies and a network of the field.
const LISTED: &[(&str, &[(&str, &str)])] = &[
    (
        "Thales Hengelo levert negen radarsystemen aan de Koninklijke Landmacht.",
        &[
            ("Thales", "thales"),
            ("Hengelo", "hengelo"),
            ("Koninklijke Landmacht", "koninklijke-landmacht"),
        ],
    ),
    ("The Mounties bought the software.", &[("Mounties", "rcmp")]),
    (
        "Volgens het Financieel Dagblad kost het C2000-netwerk meer.",
        &[("Financieel Dagblad", "fd"), ("C2000-netwerk", "c2000")],
    ),
    (
        "Das Bundesamt für Rüstung armasuisse beauftragte die RUAG.",
        &[("Bundesamt für Rüstung armasuisse", "armasuisse"), ("RUAG", "ruag")],
    ),
    (
        "The Army Futures Command tested radios from Hytera.",
        &[("Army Futures Command", "army-futures-command"), ("Hytera", "hytera")],
    ),
];

#[test]
fn names_listed_since_the_collection() {
    builds_to(LISTED);
}

#[test]
fn words_and_people_a_name_may_look_like() {
    builds_to(WORDS_AND_PEOPLE);
}

#[test]
fn nouns_that_introduce_an_organisation_and_those_that_do_not() {
    builds_to(INTRODUCED);
}
