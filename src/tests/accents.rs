//! Names written without their accents, as English papers and wire copy often do (`Zsolt Szabo`, `Sao
//! Paulo`, `Belgie`), are the entities whose forms have them; German's own letters are not dropped (`Munchen`
//! is no German spelling), and a plain form that another entity has as written stays that entity's.

use super::check_with;
use crate::{Extractor, Gazetteer};

const GAZETTEER: &str = "\
id,name,type,aliases
zsolt-szabo,Zsolt Szabó,person,
sao-paulo,São Paulo,city,
belgium,Belgium,country,België
munich,Munich,city,München
cafe-a,Café Oslo,organisation,
cafe-b,Cafe Oslo,organisation,
lech-walesa,Lech Wałęsa,person,
";

fn gazetteer() -> (Gazetteer, Extractor) {
    let gazetteer = Gazetteer::from_csv("accents.csv", GAZETTEER).expect("the gazetteer loads");
    let extractor = Extractor::new(&gazetteer).expect("it compiles");
    (gazetteer, extractor)
}

#[test]
fn names_without_their_accents_are_found() {
    let (gazetteer, extractor) = gazetteer();
    check_with(
        &gazetteer,
        &extractor,
        &[
            // a person in full, then by the surname after an office, both without the accent
            (
                "Zsolt Szabo spoke in Sao Paulo. Staatssecretaris Szabo zei niets.",
                &[
                    ("Zsolt Szabo", "zsolt-szabo"),
                    ("Sao Paulo", "sao-paulo"),
                    ("Szabo", "zsolt-szabo"),
                ],
            ),
            // as written with them, as before
            (
                "Zsolt Szabó in São Paulo.",
                &[("Zsolt Szabó", "zsolt-szabo"), ("São Paulo", "sao-paulo")],
            ),
            // a letter with no accent to drop
            ("Lech Walesa led Solidarity.", &[("Lech Walesa", "lech-walesa")]),
            // Dutch and German
            (
                "De politie in Belgie en België.",
                &[("Belgie", "belgium"), ("België", "belgium")],
            ),
            // German umlauts stay: `Munchen` is no spelling of München
            ("Die Polizei in Munchen.", &[]),
            // a plain form another entity has as written is that entity's
            (
                "Cafe Oslo and Café Oslo.",
                &[("Cafe Oslo", "cafe-b"), ("Café Oslo", "cafe-a")],
            ),
        ],
    );
}
