//! Rules on real sentence patterns of the three languages: a city's, county's and state's institutions named
//! through the place, a place that is an ordinary word found only where a rule vouches for it, and what must not
//! join into a rule's name. The gazetteer is a small one of its own, with the shapes of the shipped rules.

use std::path::PathBuf;

use super::check_with;
use crate::{Extractor, Gazetteer};

const PLACES: &str = "\
id,name,type,aliases,match,adjectives,country,state
cologne,Cologne,city,Köln|Keulen,,,DE,
munich,Munich,city,München,,de:Münchner,DE,
essen,Essen,city,,in-rules,,DE,
chicago,Chicago,city,,,,US,
detroit,Detroit,city,,,,US,
amsterdam,Amsterdam,city,,,,NL,
the-hague,The Hague,city,Den Haag,,nl:Haagse,NL,
los-angeles-county,Los Angeles County,county,L.A. County,,en:Los Angeles,US,
los-angeles,Los Angeles,city,,,,US,
bavaria,Bavaria,state,Bayern|Beieren,,de:bayerisch|nl:Beiers|en:Bavarian,DE,
north-rhine-westphalia,North Rhine-Westphalia,state,Nordrhein-Westfalen|NRW,,,DE,
germany,Germany,country,Deutschland,,de:deutsch|en:German,DE,
ukraine,Ukraine,country,Oekraïne,,de:ukrainisch|nl:Oekraïens|en:Ukrainian,UA,
ohio,Ohio,state,,,,US,
dayton,Dayton,city,,,,US,ohio
";

const LISTED: &str = "\
id,name,type,aliases
detroit-police-department,Detroit Police Department,agency,DPD|Polizei von Detroit
bmi,Federal Ministry of the Interior,agency,Bundesinnenministerium
bundeswehr,Bundeswehr,agency,German Armed Forces|deutsche Streitkräfte
";

const RULES: &str = "\
rule,lang,type,id,name,forms,countries
police-city,en,agency,{id}-police,{name} Police,{city} police|{city} Police Department|police in {city},
police-state,en,agency,{id}-state-police,{name} State Police,{state} State Police|{state} police,
police-city,de,,,,Polizei {city}|{city:adj} Polizei|Polizeipräsidium {city}|Polizei in {city},
police-city,nl,,,,politie {city}|{city:adj} politie|politie van {city},
prosecutor-city,de,agency,{id}-public-prosecutor,{name} Public Prosecutor's Office,Staatsanwaltschaft {city},DE|AT|CH
sheriff-county,en,agency,{id}-sheriff,{name} Sheriff's Office,{county} Sheriff's Department|{county} Sheriff's Office|{county:adj} Sheriff's Department,US
interior-ministry,de,agency,{id}-interior-ministry,{name} Interior Ministry,Innenministerium {state}|{state:adj} Innenministerium,
lka,de,agency,{id}-lka,{name} State Criminal Police Office,Landeskriminalamt {state}|LKA {state}|{state:adj} Landeskriminalamt,DE
city-government,de,,{id},,Stadt {city},
city-government,en,,,,the city of {city},
city-government,nl,,,,gemeente {city},
armed-forces,en,agency,armed-forces-of-{id},Armed Forces of {name},{country:adj} armed forces,
armed-forces,de,,,,{country:adj} Streitkräfte|{country:adj} Armee,
armed-forces,nl,,,,{country:adj} leger,
";

pub(super) fn gazetteer() -> (Gazetteer, Extractor) {
    let files = [("places.csv", PLACES), ("agencies.csv", LISTED), ("rules.csv", RULES)]
        .map(|(name, text)| (PathBuf::from(name), text.as_bytes().to_vec()))
        .to_vec();
    let gazetteer = Gazetteer::from_files(files).expect("the rules gazetteer loads");
    let extractor = Extractor::new(&gazetteer).expect("it compiles");
    (gazetteer, extractor)
}

#[test]
fn institutions_named_through_a_place() {
    let (gazetteer, extractor) = gazetteer();
    check_with(
        &gazetteer,
        &extractor,
        &[
            (
                "Die Polizei Köln setzt Drohnen ein.",
                &[("Polizei Köln", "cologne-police")],
            ),
            (
                "Die Kölner Polizei testet die Software.",
                &[("Kölner Polizei", "cologne-police")],
            ),
            (
                "Das Polizeipräsidium Köln bestätigte den Vertrag.",
                &[("Polizeipräsidium Köln", "cologne-police")],
            ),
            (
                "Laut der Polizei in Köln läuft der Test.",
                &[("Polizei in Köln", "cologne-police")],
            ),
            (
                "Die Münchner Polizei und die Münchener Polizei.",
                &[
                    ("Münchner Polizei", "munich-police"),
                    ("Münchener Polizei", "munich-police"),
                ],
            ),
            (
                "The Chicago police bought drones.",
                &[("Chicago police", "chicago-police")],
            ),
            (
                "Chicago’s police in Chicago.",
                &[("Chicago’s police", "chicago-police"), ("Chicago", "chicago")],
            ),
            (
                "de Amsterdamse politie en de Haagse politie",
                &[
                    ("Amsterdamse politie", "amsterdam-police"),
                    ("Haagse politie", "the-hague-police"),
                ],
            ),
            (
                "Volgens de politie van Den Haag",
                &[("politie van Den Haag", "the-hague-police")],
            ),
            (
                "the Los Angeles County Sheriff's Department and the L.A. County Sheriff’s Office",
                &[
                    ("Los Angeles County Sheriff's Department", "los-angeles-county-sheriff"),
                    ("L.A. County Sheriff’s Office", "los-angeles-county-sheriff"),
                ],
            ),
            // a country's military; where a listed one has a form of the rule, the listed one
            (
                "an die ukrainischen Streitkräfte geliefert; het Oekraïense leger; die deutsche Armee",
                &[
                    ("ukrainischen Streitkräfte", "armed-forces-of-ukraine"),
                    ("Oekraïense leger", "armed-forces-of-ukraine"),
                    ("deutsche Armee", "bundeswehr"),
                ],
            ),
            // a county's bare name before the office is the county's (its English attributive form); alone
            // it is the city's
            (
                "Reveal uncovered the Los Angeles sheriff’s department initiative in Los Angeles.",
                &[
                    ("Los Angeles sheriff’s department", "los-angeles-county-sheriff"),
                    ("Los Angeles", "los-angeles"),
                ],
            ),
            (
                "Das bayerische Innenministerium und das Innenministerium Bayerns",
                &[
                    ("bayerische Innenministerium", "bavaria-interior-ministry"),
                    ("Innenministerium Bayerns", "bavaria-interior-ministry"),
                ],
            ),
            (
                "beim Landeskriminalamt Nordrhein-Westfalen und beim LKA NRW",
                &[
                    ("Landeskriminalamt Nordrhein-Westfalen", "north-rhine-westphalia-lka"),
                    ("LKA NRW", "north-rhine-westphalia-lka"),
                ],
            ),
            (
                "Die Staatsanwaltschaft Köln ermittelt.",
                &[("Staatsanwaltschaft Köln", "cologne-public-prosecutor")],
            ),
        ],
    );
}

#[test]
fn the_list_wins_and_rules_name_places() {
    let (gazetteer, extractor) = gazetteer();
    check_with(
        &gazetteer,
        &extractor,
        &[
            // `Detroit Police Department` is `{city} Police Department` for Detroit: the listed entity is the
            // rule's for Detroit, whichever of the rule's forms the text uses
            (
                "Die Polizei Detroit und die Detroit police",
                &[
                    ("Polizei Detroit", "detroit-police-department"),
                    ("Detroit police", "detroit-police-department"),
                ],
            ),
            ("Die Stadt Essen kauft Kameras.", &[("Essen", "essen")]),
            (
                "gemeente Amsterdam and the city of Detroit",
                &[("Amsterdam", "amsterdam"), ("Detroit", "detroit")],
            ),
            (
                "Die Polizei Essen und die Essener Polizei",
                &[("Polizei Essen", "essen-police"), ("Essener Polizei", "essen-police")],
            ),
            // A place whose name is an ordinary word is nothing alone, nor is an adjective.
            ("Wir essen in Essen zu Mittag.", &[]),
            ("Der Kölner Dom und die bayerische Küche", &[]),
            // Staatsanwaltschaft is a German institution (countries DE, AT, CH)
            ("Staatsanwaltschaft Chicago", &[("Chicago", "chicago")]),
        ],
    );
}

#[test]
fn what_does_not_join_a_rules_name() {
    let (gazetteer, extractor) = gazetteer();
    check_with(
        &gazetteer,
        &extractor,
        &[
            ("Er ging zur Polizei. Köln ist groß.", &[("Köln", "cologne")]),
            ("Polizei, Köln, Bayern", &[("Köln", "cologne"), ("Bayern", "bavaria")]),
            ("Kölner Polizeisprecher", &[]),
            // a city qualified by its state, then a rule's words: the city's police, not the state's
            (
                "Dayton, Ohio police said so.",
                &[("Dayton, Ohio police", "dayton-police")],
            ),
            (
                "The Dayton, Ohio, Police Department bought drones.",
                &[("Dayton, Ohio, Police Department", "dayton-police")],
            ),
            ("Ohio police said so.", &[("Ohio police", "ohio-state-police")]),
            // but not across a sentence, nor after another state
            (
                "He left Dayton, Ohio. Police said so.",
                &[("Dayton", "dayton"), ("Ohio", "ohio")],
            ),
            (
                "Dayton, Bavaria police said so.",
                &[("Dayton", "dayton"), ("Bavaria police", "bavaria-state-police")],
            ),
            // the words before a place never reach into the mention before it
            (
                "Bundesinnenministerium Bayern",
                &[("Bundesinnenministerium", "bmi"), ("Bayern", "bavaria")],
            ),
        ],
    );
}

#[test]
fn built_entities_have_ids_names_and_places() {
    let (gazetteer, _) = gazetteer();
    let i = gazetteer.index_of("cologne-police").expect("a built id resolves");
    assert!(i >= gazetteer.len(), "built entities come after the listed ones");
    let police = gazetteer.entity(i);
    assert_eq!(
        (police.id.as_str(), police.name.as_str(), police.kind.as_str()),
        ("cologne-police", "Cologne Police", "agency")
    );
    assert_eq!(police.attribute("located_in"), Some("cologne"));
    assert_eq!(police.attribute("rule"), Some("police-city"));
    assert_eq!(police.attribute("origin"), Some("rule"));
    let cologne = gazetteer.index_of("cologne").unwrap();
    assert_eq!(gazetteer.located_in(i), Some(cologne));
    let dpd = gazetteer.index_of("detroit-police-department").unwrap();
    assert_eq!(
        gazetteer.located_in(dpd),
        gazetteer.index_of("detroit"),
        "the list's entity is the rule's"
    );
    assert_eq!(
        gazetteer.index_of("chicago-public-prosecutor"),
        None,
        "the rule does not apply to Chicago"
    );
    assert_eq!(gazetteer.index_of("nowhere-police"), None);
    assert!(gazetteer.entity_space() > gazetteer.len());
}
