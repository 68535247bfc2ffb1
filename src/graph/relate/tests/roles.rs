//! Roles and makers named apart from the relation's verb: a role before a person with one employer in the
//! sentence, an employer's or a maker's possessive, compounds, relative clauses, participles as attributes.

use super::check;

#[test]
fn a_role_before_a_person_whose_employer_is_named_apart() {
    check(&[
        // a company's role, and one company in the sentence
        (
            "Palantir sold the software to ICE, said CEO Jeff Bezos.",
            &["palantir supplies ice", "jeff-bezos works_for palantir"],
        ),
        (
            "Die Firma Genetec liefert an das BKA, sagte Geschäftsführer Jeff Bezos.",
            &["genetec supplies bka", "jeff-bezos works_for genetec"],
        ),
        (
            "Leverancier is het bedrijf Genetec uit Wilrijk, zo bevestigt bedrijfsleider Jeff Bezos.",
            &["jeff-bezos works_for genetec"],
        ),
        // a police rank, and one agency in the sentence (the full stop of the rank ends no sentence)
        (
            "The Bundeswehr purchased a drone for $650, said Lt. Jeff Bezos.",
            &["jeff-bezos works_for bundeswehr"],
        ),
        // a British chief constable's force, named after the name
        (
            "“It has been a welcome step,” said Chief Constable Jeff Bezos, Bundeswehr.",
            &["jeff-bezos works_for bundeswehr"],
        ),
        // two companies: either's; a past role; a role any employer has
        (
            "Palantir sold software to Microsoft, said CEO Jeff Bezos.",
            &["palantir supplies microsoft"],
        ),
        ("Palantir was founded in 2004, said former CEO Jeff Bezos.", &[]),
        ("Palantir was founded in 2004, said spokesperson Jeff Bezos.", &[]),
        // the company's role is no agency's
        ("The Bundeswehr bought a drone, said CEO Jeff Bezos.", &[]),
    ]);
}

#[test]
fn participles_as_attributes() {
    check(&[
        // a participle before its noun is inflected, and its agent (`von`) is the supplier
        (
            "Eigens wurde die von Genetec für das BKA entwickelte Surfumgebung angeschafft.",
            &["genetec supplies bka"],
        ),
        (
            "Für die Palantir-Software musste die von Genetec für das BKA entwickelte Surfumgebung her.",
            &["genetec supplies bka"],
        ),
        // (`het gaat om`, it is about, plans nothing; `gaat … kopen` does)
        (
            "Het gaat om de door Genetec voor de politie ontwikkelde software.",
            &["genetec supplies politie"],
        ),
        ("De politie gaat software van Genetec kopen.", &[]),
        // the maker in a participle's agent makes the product it describes, and the clause's verb is said of the
        // product, not of its maker
        (
            "Die von Palantir entwickelte Software Gotham ist im Einsatz.",
            &["gotham made_by palantir"],
        ),
        (
            "Die von Palantir entwickelte Software Gotham ist beim BKA im Einsatz.",
            &["gotham made_by palantir", "gotham supplies bka"],
        ),
    ]);
}

#[test]
fn possessives_and_who_heads_what() {
    check(&[
        // an employer's possessive before a person, even where the sentence has no other cue
        (
            "The Bundeswehr's Jeff Bezos said nothing.",
            &["jeff-bezos works_for bundeswehr"],
        ),
        (
            "Palantir’s Jeff Bezos said nothing.",
            &["jeff-bezos works_for palantir"],
        ),
        // a relative clause that says whom the person heads, its verb at the end in German and Dutch
        (
            "Jeff Bezos, who heads the Bundeswehr, said nothing.",
            &["jeff-bezos works_for bundeswehr"],
        ),
        (
            "Jeff Bezos, der das BKA leitet, sagte nichts.",
            &["jeff-bezos works_for bka"],
        ),
        (
            "Jeff Bezos, die de politie leidt, zei niets.",
            &["jeff-bezos works_for politie"],
        ),
        (
            "Das BKA, das Jeff Bezos leitet, schwieg.",
            &["jeff-bezos works_for bka"],
        ),
        (
            "The Bundeswehr, led by Jeff Bezos, bought drones.",
            &["jeff-bezos works_for bundeswehr"],
        ),
        // a company leads no company by it
        ("Palantir leads the consortium with Microsoft.", &[]),
    ]);
}

#[test]
fn a_maker_named_with_its_product() {
    check(&[
        // a company's possessive before its product, and a compound of its name and a product's noun
        ("Amazon's Rekognition was tested.", &["rekognition made_by amazon"]),
        (
            "Die Palantir-Software namens „Gotham“ läuft.",
            &["gotham made_by palantir"],
        ),
        // a rival's product is not the rival's
        ("Der Hersteller des Palantir-Konkurrenzsystems Gotham schweigt.", &[]),
        // the maker is nothing else to its product: not its customer by a verb after both
        (
            "Die Palantir-Software Gotham wird von der Polizei genutzt.",
            &["gotham made_by palantir"],
        ),
        // and shares the product's ties (tests/gold/README.md: a maker named with its product)
        (
            "Die Palantir-Software Gotham wird von der Bundeswehr genutzt.",
            &[
                "gotham made_by palantir",
                "gotham supplies bundeswehr",
                "palantir supplies bundeswehr",
            ],
        ),
        (
            "Das BKA verwendet die Palantir-Software Gotham.",
            &[
                "gotham made_by palantir",
                "gotham supplies bka",
                "palantir supplies bka",
            ],
        ),
        // a German genitive of what the maker is
        (
            "Bisher setzt die Bundeswehr die Drohne Gotham des amerikanischen Herstellers Palantir ein.",
            &[
                "gotham made_by palantir",
                "gotham supplies bundeswehr",
                "palantir supplies bundeswehr",
            ],
        ),
        (
            "Die Polizei hat die Software Gotham der Firma Palantir beschafft.",
            &["gotham made_by palantir"],
        ),
        // a compound of a company's name and another noun says nothing of the product after it
        ("Die Palantir-Kritiker Gotham und Azure schwiegen.", &[]),
    ]);
}

/// Whom a person speaks for, named with `of` right after the name, and where they work, said by a verb.
#[test]
fn affiliations_and_workplaces() {
    check(&[
        (
            "The contract was spotted by Jeff Bezos of Genetec.",
            &["jeff-bezos works_for genetec"],
        ),
        (
            "\"It is legal,\" said Satya Nadella of the Department of Homeland Security.",
            &["satya-nadella works_for dhs"],
        ),
        (
            "Jeff Bezos von der Bundeswehr sagte das.",
            &["jeff-bezos works_for bundeswehr"],
        ),
        // German and Dutch name members and customers so too: only an agency
        ("Jeff Bezos von Genetec sagte das.", &[]),
        // a place is where someone is from
        ("Jeff Bezos of Detroit said that.", &[]),
        (
            "Jeff Bezos, who works at Microsoft, said that.",
            &["jeff-bezos works_for microsoft"],
        ),
        (
            "Jeff Bezos, der bei Microsoft arbeitet, sagte das.",
            &["jeff-bezos works_for microsoft"],
        ),
        (
            "Jeff Bezos, die bij Microsoft werkt, zei dat.",
            &["jeff-bezos works_for microsoft"],
        ),
        // the verb of a clause that is not about the person
        ("Jeff Bezos sagte, dass Microsoft mit Genetec arbeitet.", &[]),
    ]);
}

/// A role after a possessive pronoun is the role at the organisation the sentence names before it.
#[test]
fn roles_after_a_possessive_pronoun() {
    check(&[
        (
            "Amazon alleged that he retaliated against its founder, Jeff Bezos.",
            &["jeff-bezos works_for amazon"],
        ),
        (
            "Microsoft said its president, Satya Nadella, would testify.",
            &["satya-nadella works_for microsoft"],
        ),
        (
            "Palantir und sein Chef Jeff Bezos stehen in der Kritik.",
            &["jeff-bezos works_for palantir"],
        ),
        (
            "Het BKA en zijn woordvoerder Jeff Bezos zwegen.",
            &["jeff-bezos works_for bka"],
        ),
        // the name right before `and its`, when the sentence names another before
        (
            "Google criticized Palantir and its CEO Jeff Bezos.",
            &["jeff-bezos works_for palantir"],
        ),
        // two organisations before the pronoun, and a past role: none
        ("Google said Palantir praised its founder, Jeff Bezos.", &[]),
        ("Microsoft said its former president, Satya Nadella, was wrong.", &[]),
    ]);
}

/// German and Dutch build compounds on roles; a word that ends in one is that role.
#[test]
fn roles_in_compounds() {
    check(&[
        (
            "Jeff Bezos, politiewoordvoerder van de Nationale Politie, zei dat.",
            &["jeff-bezos works_for politie"],
        ),
        (
            "Jeff Bezos, biometriespecialist bij de Nationale Politie, zei dat.",
            &["jeff-bezos works_for politie"],
        ),
        (
            "\"Wir sind stolz\", sagte Palantir-Pressesprecher Jeff Bezos.",
            &["jeff-bezos works_for palantir"],
        ),
        (
            "Der Datenschutzbeauftragte des BKA, Jeff Bezos, sagte das.",
            &["jeff-bezos works_for bka"],
        ),
        (
            "Der Geheimdienstkoordinator im BKA, Jeff Bezos, sagte das.",
            &["jeff-bezos works_for bka"],
        ),
        // German roles as compounds: a `Referentin`, a `Verantwortliche`
        (
            "Jeff Bezos, Kommunikationsverantwortlicher bei Palantir, sagte das.",
            &["jeff-bezos works_for palantir"],
        ),
        (
            "Jeff Bezos, Pressereferent des BKA, sagte das.",
            &["jeff-bezos works_for bka"],
        ),
        // a word with a role's ending is no role when nothing is before it, or it is known
        // (what its maker's product is sold to, the maker supplies)
        (
            "Ein Halbleiter von Palantir wurde an das BKA verkauft.",
            &["palantir supplies bka"],
        ),
    ]);
}

/// Mentions may nest or overlap (a description inside a name, a cut reprint): reading what stands between two
/// of them must not slice the text backwards. A build of a 100 MB corpus panicked here once.
#[test]
fn overlapping_mentions_are_read_without_a_panic() {
    use crate::extract::Mention;
    use crate::graph::relate::{Relater, Scratch};
    let gazetteer = crate::Gazetteer::from_csv(
        "g.csv",
        "id,name,type,aliases\npalantir,Palantir,organisation,\ngotham,Gotham,product,\nice,ICE,agency,\n",
    )
    .unwrap();
    let relater = Relater::new(&gazetteer);
    let text = "Palantir-Software Gotham wird von ICE genutzt.";
    let at = |entity: u32, start: usize, end: usize| Mention {
        start,
        end,
        entity,
        paragraph: 0,
        sentence: 0,
    };
    // Gotham's span reaches back into Palantir's
    let mentions = [at(0, 0, 17), at(1, 9, 24), at(2, 34, 37)];
    let mut out = Vec::new();
    relater.relate(text, 0..text.len(), (&mentions, &[]), &mut Scratch::default(), &mut out);
    assert!(out.iter().all(|s| s.source < 3 && s.target < 3));
}

#[test]
fn copulas_hiring_and_joining() {
    check(&[
        // a copula right after the person joins the role after it
        (
            "Satya Nadella is the CEO of Microsoft.",
            &["satya-nadella works_for microsoft"],
        ),
        (
            "Satya Nadella ist Chef von Microsoft.",
            &["satya-nadella works_for microsoft"],
        ),
        (
            "Satya Nadella is topman van Microsoft.",
            &["satya-nadella works_for microsoft"],
        ),
        ("Satya Nadella is not the CEO of Microsoft.", &[]),
        // `was` says as often what someone no longer is
        ("Satya Nadella was the CEO of Microsoft until 2019.", &[]),
        // hired by, hired, wechselte … zu: who is hired works for who hires
        (
            "Satya Nadella, who was hired by Microsoft in 2020, said so.",
            &["satya-nadella works_for microsoft"],
        ),
        (
            "Microsoft hired Satya Nadella as its new chief.",
            &["satya-nadella works_for microsoft"],
        ),
        ("Satya Nadella hired Palantir to analyse the data.", &[]),
        // (`joined` is left out: one joins a call, an event, a lawsuit)
        ("Satya Nadella joined Palantir in calling for a ban.", &[]),
        (
            "Satya Nadella wechselte 2020 zu Microsoft.",
            &["satya-nadella works_for microsoft"],
        ),
        // a verb of the clause, read in a relative clause
        (
            "Satya Nadella, who works for Microsoft, said so.",
            &["satya-nadella works_for microsoft"],
        ),
    ]);
}
