//! Acronyms an article defines in brackets for an entity the gazetteer lists, or a rule builds, by its full
//! name only: the acronym is that entity wherever the article writes it. Sentences in the style of the press of
//! the three languages (none from a gold set); what must stay as it is, too.

use super::{check, check_with, rules};

#[test]
fn an_acronym_defined_for_a_listed_entity_names_it() {
    check(&[
        // en: defined at first use, then used alone and with a possessive
        (
            "Staff of the New York Police Department (NYPD) and Deutsche Bank (DB) met. DB's lawyers said nothing.",
            &[
                ("New York Police Department", "nypd"),
                ("NYPD", "nypd"),
                ("Deutsche Bank", "deutsche-bank"),
                ("DB", "deutsche-bank"),
                ("DB's", "deutsche-bank"),
            ],
        ),
        // an acronym with small letters (`DoD`-style), and one used before it is defined (a headline)
        (
            "MAPP for GA. Microsoft Advanced Patrol Platform (MAPP) reached Black Lives Matter (BlM)? No: the GA said so.",
            &[
                ("MAPP", "mapp"),
                ("Microsoft Advanced Patrol Platform", "mapp"),
                ("MAPP", "mapp"),
                ("Black Lives Matter", "blm"),
                ("BlM", "blm"),
            ],
        ),
    ]);
}

#[test]
fn an_acronym_defined_for_a_built_entity_names_it() {
    let (gazetteer, extractor) = rules::gazetteer();
    check_with(
        &gazetteer,
        &extractor,
        &[
            // en: a city's police, built by a rule
            (
                "The Chicago Police Department (CPD) bought the drones. CPD officers tested them.",
                &[
                    ("Chicago Police Department", "chicago-police"),
                    ("CPD", "chicago-police"),
                    ("CPD", "chicago-police"),
                ],
            ),
            // en: not defined, but the initials of a name of three capitalised words the article uses
            (
                "The Chicago Police Department bought the drones, and CPD officers tested them.",
                &[
                    ("Chicago Police Department", "chicago-police"),
                    ("CPD", "chicago-police"),
                ],
            ),
            // de: a compound's letters (`Bundesinnenministerium` → `BMI` is listed; `LKA` is defined here)
            (
                "Das Landeskriminalamt Nordrhein-Westfalen (LKA) prüft die Software. Das LKA äußerte sich nicht.",
                &[
                    ("Landeskriminalamt Nordrhein-Westfalen", "north-rhine-westphalia-lka"),
                    ("LKA", "north-rhine-westphalia-lka"),
                    ("LKA", "north-rhine-westphalia-lka"),
                ],
            ),
        ],
    );
}

#[test]
fn what_is_no_acronym_of_a_named_entity() {
    check(&[
        // a dateline after a place, a gloss after a person
        (
            "Detroit (AP) — Jeff Bezos (JB) spoke. AP and JB did not.",
            &[("Detroit", "detroit"), ("Jeff Bezos", "bezos")],
        ),
        // letters that do not abbreviate the name, a year, a party
        (
            "Palantir (PX) and Deutsche Bank (2019) talked to Microsoft (CDU). PX, CDU.",
            &[
                ("Palantir", "palantir"),
                ("Deutsche Bank", "deutsche-bank"),
                ("Microsoft", "microsoft"),
            ],
        ),
        // the bracket already names another entity: it stays that one
        (
            "Immigration and Customs Enforcement (ICE) works with the National Security Agency (NSA).",
            &[
                ("Immigration and Customs Enforcement", "ice"),
                ("ICE", "ice"),
                ("National Security Agency", "nsa"),
                ("NSA", "nsa"),
            ],
        ),
        // the initials of a name of two words are no acronym of it unless defined
        (
            "Deutsche Bank staff met; DB said nothing.",
            &[("Deutsche Bank", "deutsche-bank")],
        ),
        // one acronym defined for two entities: neither's
        (
            "Deutsche Bank (DS) and the Domain Awareness System (DS)? DS.",
            &[("Deutsche Bank", "deutsche-bank"), ("Domain Awareness System", "das")],
        ),
        // written otherwise, or inside a word, it is not the acronym
        (
            "New York Police Department (NYPDX) staff; Deutsche Bank (DB) in DBX and db.",
            &[
                ("New York Police Department", "nypd"),
                ("Deutsche Bank", "deutsche-bank"),
                ("DB", "deutsche-bank"),
            ],
        ),
    ]);
}
