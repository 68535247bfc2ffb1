//! Typed relations on sentence patterns of the three languages: each row a sentence and the relations it
//! states, as `source kind target` (`a partners_with b` for relations without direction, in text order). Rows
//! with nothing expected are the sentences that must stay co-occurrences: negations, endings, demands, plans,
//! lists of companies.

use super::{Relater, Scratch};
use crate::text::Document;
use crate::{Extractor, Gazetteer};

const GAZETTEER: &str = "\
id,name,type,aliases,match,context,owner
amazon,Amazon,organisation,,,,
aws,Amazon Web Services,organisation,AWS,,,amazon
microsoft,Microsoft,organisation,,,,
azure,Azure,product,,case-sensitive,,microsoft
palantir,Palantir,organisation,Palantir Technologies,,,
gotham,Gotham,product,,,,palantir
rekognition,Rekognition,product,,,,amazon
ring,Ring,organisation,,,amazon,amazon
apple,Apple,organisation,,case-sensitive,,
google,Google,organisation,,,,
clearview,Clearview AI,organisation,Clearview,,,
ice,Immigration and Customs Enforcement,agency,ICE,,,
dhs,Department of Homeland Security,agency,DHS,,,
fbi,Federal Bureau of Investigation,agency,FBI,,,
politie,Nationale Politie,agency,politie,,,
bka,Bundeskriminalamt,agency,BKA,,,
us-military,US military,agency,US-Militär|US-Militärs,,,
detroit,Detroit,city,,,,
michigan,Michigan,state,,,,
satya-nadella,Satya Nadella,person,Nadella,,,
jeff-bezos,Jeff Bezos,person,Bezos,,,
usa,United States,country,US,case-sensitive,,
bundeswehr,Bundeswehr,agency,,,,
genetec,Genetec,organisation,,,,
county-sheriff,Tippecanoe County Sheriff,agency,,,,
";

/// Runs every row and reports all failures at once.
fn check(rows: &[(&str, &[&str])]) {
    let gazetteer = Gazetteer::from_csv("relate.csv", GAZETTEER).expect("the test gazetteer loads");
    let extractor = Extractor::new(&gazetteer).expect("it compiles");
    let relater = Relater::new(&gazetteer);
    let mut failures = Vec::new();
    for &(text, expected) in rows {
        let doc = Document::from_text("t".into(), text.to_string());
        let extraction = extractor.extract(&doc, &mut Default::default());
        let mut got = Vec::new();
        for (s, sentence) in extraction.sentences.iter().enumerate() {
            let mentions: Vec<_> = extraction
                .mentions
                .iter()
                .filter(|m| m.sentence as usize == s)
                .copied()
                .collect();
            let mut stated = Vec::new();
            relater.relate(
                text,
                sentence.clone(),
                (&mentions, &extraction.found),
                &mut Scratch::default(),
                &mut stated,
            );
            for r in stated {
                let id = |k: usize| extraction.id_of(&gazetteer, mentions[k].entity).into_owned();
                got.push(format!("{} {} {}", id(r.source), r.kind.name(), id(r.target)));
                assert!(
                    text[r.cue.clone()].chars().next().is_some_and(char::is_alphanumeric),
                    "cue {:?}",
                    &text[r.cue]
                );
            }
        }
        got.sort();
        let mut want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
        want.sort();
        if got != want {
            failures.push(format!("{text:?}\n   expected {want:?}\n        got {got:?}"));
        }
    }
    crate::tests::all_rows_pass(&failures);
}

#[test]
fn supplies_in_three_languages_with_voice() {
    check(&[
        // a separable verb with words between it and its particle; a public customer only
        (
            "Das BKA setzt seit Jahren auf Software von Palantir.",
            &["palantir supplies bka"],
        ),
        ("Microsoft setzt seit Jahren auf Technik von Genetec.", &[]),
        // English, active and passive, seller first and customer first
        (
            "Amazon sells Rekognition to ICE.",
            &["amazon supplies ice", "rekognition supplies ice"],
        ),
        ("Palantir provides software to ICE.", &["palantir supplies ice"]),
        (
            "ICE uses Palantir's Gotham platform.",
            &[
                "palantir supplies ice",
                "gotham supplies ice",
                "gotham made_by palantir",
            ],
        ),
        ("Rekognition is used by ICE agents.", &["rekognition supplies ice"]),
        ("ICE signed a contract with Clearview AI.", &["clearview supplies ice"]),
        ("ICE is a customer of Palantir.", &["palantir supplies ice"]),
        // German: verb second, verb final, separable verbs, passive
        (
            "Amazon verkauft Rekognition an ICE.",
            &["amazon supplies ice", "rekognition supplies ice"],
        ),
        ("Das BKA nutzt Palantirs Software.", &["palantir supplies bka"]),
        (
            "Bekannt ist, dass das BKA die Software von Palantir nutzt.",
            &["palantir supplies bka"],
        ),
        (
            "Das BKA setzt die Software von Palantir ein.",
            &["palantir supplies bka"],
        ),
        (
            "Palantirs Software wird vom BKA eingesetzt.",
            &["palantir supplies bka"],
        ),
        ("Palantirs Software wird von ICE genutzt.", &["palantir supplies ice"]),
        // Dutch, active and passive
        (
            "De politie gebruikt software van Palantir.",
            &["palantir supplies politie"],
        ),
        (
            "De software van Palantir wordt gebruikt door de politie.",
            &["palantir supplies politie"],
        ),
        (
            "De politie maakt gebruik van Clearview.",
            &["clearview supplies politie"],
        ),
        // the verb at the end is the clause's whose subject stands closest before the object
        (
            "Volgens Amazon heeft de politie Clearview gekocht.",
            &["clearview supplies politie"],
        ),
        (
            "Palantir levert software aan de politie.",
            &["palantir supplies politie"],
        ),
    ]);
}

#[test]
fn clouds_partners_owners_and_roles() {
    check(&[
        // two roles of one person, the second with its department
        (
            "Stattdessen sprach Microsoft-Chef und Leiter der Cloudsparte Satya Nadella.",
            &["satya-nadella works_for microsoft"],
        ),
        ("We also know that Palantir runs on AWS.", &["palantir runs_on aws"]),
        ("IDentify, die auf Microsofts Cloud läuft, und Azure", &[]),
        ("Die Software läuft auf Azure, sagt Palantir.", &[]),
        ("Gotham läuft auf Azure.", &["gotham runs_on azure"]),
        ("Gotham draait op AWS.", &["gotham runs_on aws"]),
        ("AWS hosts Palantir's data.", &["palantir runs_on aws"]),
        (
            "Zudem bestehen bereits Kooperationen zwischen Amazon und dem US-Militär.",
            &["amazon partners_with us-military"],
        ),
        (
            "Amazon arbeitet mit dem US-Militär zusammen.",
            &["amazon partners_with us-military"],
        ),
        (
            "Palantir werkt samen met de politie.",
            &["palantir partners_with politie"],
        ),
        ("Die Amazon-Tochter Ring verkauft Kameras.", &["ring owned_by amazon"]),
        ("Ring, owned by Amazon, sells cameras.", &["ring owned_by amazon"]),
        // a relative clause between the seller and its verb is said of the seller, and Amazon is no seller
        (
            "Palantir, which competes with Amazon, sells to ICE.",
            &["palantir supplies ice"],
        ),
        ("Ring is owned by Amazon.", &["ring owned_by amazon"]),
        (
            "Rekognition, developed by Amazon, is sold widely.",
            &["rekognition made_by amazon"],
        ),
        (
            "ICE, a customer of Palantir, uses Gotham.",
            &["gotham supplies ice", "palantir supplies ice"],
        ),
        ("Rekognition is developed by Amazon.", &["rekognition made_by amazon"]),
        (
            "Microsoft-Chef Satya Nadella sagte nichts dazu.",
            &["satya-nadella works_for microsoft"],
        ),
        (
            "Satya Nadella, CEO of Microsoft, spoke.",
            &["satya-nadella works_for microsoft"],
        ),
        (
            "Amazon CEO Jeff Bezos wrote a letter.",
            &["jeff-bezos works_for amazon"],
        ),
        ("Bezos, topman van Amazon, zweeg.", &["jeff-bezos works_for amazon"]),
        (
            "Ein weiterer Partner von Microsoft, Palantir, kündigte das an.",
            &["microsoft partners_with palantir"],
        ),
    ]);
}

#[test]
fn what_is_not_a_current_relation() {
    check(&[
        // negations, endings, demands, plans
        ("There is no evidence that Palantir sells to ICE.", &[]),
        ("Palantir verkauft nicht an das BKA.", &[]),
        ("Palantir levert geen software aan de politie.", &[]),
        ("Google stopped providing software to the US military.", &[]),
        ("Das BKA hat die Zusammenarbeit mit Palantir beendet.", &[]),
        ("Workers demand that Amazon stop selling Rekognition to ICE.", &[]),
        ("The AWS cloud services should not be sold to Palantir.", &[]),
        ("Sie fordern, dass Amazon die Kooperation mit ICE beendet.", &[]),
        ("Amazon will seine Software Rekognition an ICE verkaufen.", &[]),
        ("Amazon will sell Rekognition to ICE next year.", &[]),
        ("De politie zou software van Palantir kopen.", &[]),
        // a denial holds for the whole sentence, wherever it stands
        ("Palantir supplies software to ICE, a spokesperson denied.", &[]),
        ("Palantir liefert Software an das BKA, bestreitet das Unternehmen.", &[]),
        ("Palantir levert software aan de politie, ontkent het bedrijf.", &[]),
        // a negation before the relation, or in its clause, too
        ("Palantir does not sell software to ICE, the company said.", &[]),
        ("Although it did not say so, ICE uses Palantir.", &[]),
        // but a negation in a clause after the relation's says something else
        (
            "Palantir sells software to ICE, which has not disclosed the price.",
            &["palantir supplies ice"],
        ),
        (
            "Das BKA nutzt die Software von Palantir, deren Preis nicht bekannt ist.",
            &["palantir supplies bka"],
        ),
        (
            "De politie gebruikt software van Palantir, maar wil de kosten niet noemen.",
            &["palantir supplies politie"],
        ),
        // lists and mere mentions are no relation
        (
            "Mitarbeiter von Microsoft, Apple, Amazon und Google tippen sie ab.",
            &[],
        ),
        ("The Amazon protest follows earlier ones at Google and Microsoft.", &[]),
        ("ICE; Palantir sells software.", &[]),
        // types decide: an agency supplies nothing, a product is no customer
        ("ICE provides Palantir with data.", &[]),
        ("Amazon verkauft Rekognition.", &[]),
    ]);
}

#[test]
fn word_order_lists_and_sources() {
    check(&[
        // German and Dutch put the verb before its subject after an adverbial
        (
            "Seit 2007 nutzt das BKA die Software von Palantir.",
            &["palantir supplies bka"],
        ),
        (
            "Sinds 2019 gebruikt de politie software van Palantir.",
            &["palantir supplies politie"],
        ),
        // without an article, the name after the verb is its object, and the subject is no name
        (
            "Polizeikräfte benutzen Genetec und Microsoft für die Videoüberwachung.",
            &[],
        ),
        // a place glued to a noun says where the noun is from: no party, no subject between two others
        (
            "Das BKA hat eine Software der US-Firma Palantir gekauft.",
            &["palantir supplies bka"],
        ),
        // the source of a report is no party to it
        (
            "Laut Amazon nutzt das BKA die Software von Clearview.",
            &["clearview supplies bka"],
        ),
        (
            "According to Microsoft, Palantir sells software to ICE.",
            &["palantir supplies ice"],
        ),
        // (also after a noun for an outlet)
        (
            "Laut der israelischen Zeitung Genetec steht das BKA auf der Kundenliste von Palantir.",
            &["palantir supplies bka"],
        ),
        (
            "According to the news agency Genetec, ICE uses Palantir.",
            &["palantir supplies ice"],
        ),
        // a short form defined in brackets is part of the name: no mark between it and its clause
        (
            "The Department of Homeland Security (DHS) uses Clearview, and Immigration and Customs Enforcement (ICE) pays Palantir.",
            &["clearview supplies dhs", "palantir supplies ice"],
        ),
        (
            "Das Bundeskriminalamt (BKA) nutzt die Software von Palantir.",
            &["palantir supplies bka"],
        ),
        (
            "De Nationale Politie (NP) gebruikt software van Palantir.",
            &["palantir supplies politie"],
        ),
        // another entity in brackets is no short form: a party after a person says nothing
        ("Satya Nadella (Microsoft) sprach über Palantir.", &[]),
        // a list of subjects, articles before its names
        (
            "The Department of Homeland Security, the Bundeswehr and ICE use Clearview.",
            &[
                "clearview supplies bundeswehr",
                "clearview supplies dhs",
                "clearview supplies ice",
            ],
        ),
        // a member's brackets (a ticker, a year, its short form) do not end the list
        (
            "The FBI awarded contracts to Amazon (NASDAQ:AMZN), Microsoft (NASDAQ:MSFT), and Palantir.",
            &["amazon supplies fbi", "microsoft supplies fbi", "palantir supplies fbi"],
        ),
        (
            "Palantir sells software to the FBI (since 2012), DHS and ICE.",
            &[
                "palantir supplies dhs",
                "palantir supplies fbi",
                "palantir supplies ice",
            ],
        ),
        (
            "Palantir verkauft Software an das Bundeskriminalamt (BKA), die Bundeswehr und die Polizei.",
            &["palantir supplies bka", "palantir supplies bundeswehr"],
        ),
        // but brackets that hold a clause's words are no member's
        (
            "Palantir sells software to ICE (which Amazon hosts for it), and Microsoft sells to DHS.",
            &["microsoft supplies dhs", "palantir supplies ice"],
        ),
        // members of a plural noun, named after its comma
        (
            "Clearview is used by more than 600 agencies, including the Bundeswehr and ICE.",
            &["clearview supplies bundeswehr", "clearview supplies ice"],
        ),
        (
            "Palantir has contracts with several agencies, such as ICE.",
            &["palantir supplies ice"],
        ),
        (
            "Palantir hat Verträge mit mehreren Behörden, darunter das BKA.",
            &["palantir supplies bka"],
        ),
        // but not a clause after a name's comma, nor one after `wie`
        ("Palantir liefert Software an Behörden, wie das BKA mitteilte.", &[]),
        (
            "Palantir sold software to ICE, including Gotham.",
            &["palantir supplies ice"],
        ),
        // a comma that ends the text after a name is read without reading past the end
        ("Das BKA nutzt Palantir,", &["palantir supplies bka"]),
        ("Das BKA nutzt Palantir, das", &["palantir supplies bka"]),
        // a city's state after a comma is part of its name, no party
        ("Detroit, Michigan uses Gotham.", &["gotham supplies detroit"]),
        (
            "Detroit, Michigan Mayor Jeff Bezos praised Genetec.",
            &["jeff-bezos works_for detroit"],
        ),
        // a vendor's customers named after a short verb
        (
            "Zu den Kunden von Palantir gehören das BKA und die Bundeswehr.",
            &["palantir supplies bka", "palantir supplies bundeswehr"],
        ),
        (
            "Tot de klanten van Palantir behoren de Nationale Politie en ICE.",
            &["palantir supplies ice", "palantir supplies politie"],
        ),
        // a list continuing the later name shares its relation, as far as the names are of one type
        (
            "Amazon provides services that enable ICE and DHS.",
            &["amazon supplies dhs", "amazon supplies ice"],
        ),
        (
            "Palantir liefert Software an das BKA, die Bundeswehr und Gotham.",
            &["palantir supplies bka", "palantir supplies bundeswehr"],
        ),
    ]);
}

#[test]
fn roles_described_and_founders() {
    check(&[
        // a role with words beside it, after a comma
        (
            "Satya Nadella, a senior staff attorney at Genetec, criticised the plan.",
            &["satya-nadella works_for genetec"],
        ),
        (
            "Jeff Bezos, der langjährige Chef von Amazon, schwieg.",
            &["jeff-bezos works_for amazon"],
        ),
        // what the organisation is, between the role and its name
        (
            "Jeff Bezos, Mitbegründer des KI-Unternehmens Genetec, sagte das.",
            &["jeff-bezos works_for genetec"],
        ),
        (
            "Satya Nadella, CEO of surveillance firm Clearview AI, said so.",
            &["satya-nadella works_for clearview"],
        ),
        (
            "Het zei Jeff Bezos, topman van het Chinese bedrijf Genetec.",
            &["jeff-bezos works_for genetec"],
        ),
        // a role before the person, the organisation after with `of`
        (
            "Toen zei minister Jeff Bezos van Amazon dat het klopte.",
            &["jeff-bezos works_for amazon"],
        ),
        (
            "Chief executive Satya Nadella of Microsoft agreed.",
            &["satya-nadella works_for microsoft"],
        ),
        // an office whose name ends in its holder's title, right before the person; not after a comma, nor
        // where the office's name ends otherwise
        (
            "Tippecanoe County Sheriff Jeff Bezos told the paper he will buy a drone.",
            &["jeff-bezos works_for county-sheriff"],
        ),
        ("The Tippecanoe County Sheriff, Jeff Bezos and others met.", &[]),
        ("The Bundeswehr Jeff Bezos visited was small.", &[]),
        // founding, in both voices
        ("Jeff Bezos founded Amazon in 1994.", &["jeff-bezos works_for amazon"]),
        ("Amazon, founded by Jeff Bezos, grew.", &["jeff-bezos works_for amazon"]),
        (
            "Amazon wurde 1994 von Jeff Bezos gegründet.",
            &["jeff-bezos works_for amazon"],
        ),
        (
            "Amazon werd opgericht door Jeff Bezos.",
            &["jeff-bezos works_for amazon"],
        ),
        // a product and its maker after it
        (
            "Die Polizei nutzt Gotham von der Firma Palantir.",
            &["gotham made_by palantir"],
        ),
        (
            "Die Polizei nutzt die „Gotham“-Software von Palantir.",
            &["gotham made_by palantir"],
        ),
        ("The police deployed Gotham by Palantir.", &["gotham made_by palantir"]),
        (
            "De politie gebruikt het systeem Gotham van Palantir.",
            &[
                "gotham made_by palantir",
                "gotham supplies politie",
                "palantir supplies politie",
            ],
        ),
        // an investor owns a share: with the preposition that names what it invests in; the noun alone is
        // left out, since it stands beside the investor or the company
        (
            "Jeff Bezos invested in Genetec years ago.",
            &["genetec owned_by jeff-bezos"],
        ),
        ("Microsoft holds a stake in Genetec.", &["genetec owned_by microsoft"]),
        ("Jeff Bezos ist Investor bei Genetec.", &["genetec owned_by jeff-bezos"]),
        ("Microsoft investierte in Genetec.", &["genetec owned_by microsoft"]),
        ("Jeff Bezos investeerde in Genetec.", &["genetec owned_by jeff-bezos"]),
        (
            "The Amazon investor and Microsoft founder Jeff Bezos spoke.",
            &["jeff-bezos works_for microsoft"],
        ),
        // a spin-off is its parent's
        ("Genetec is a spinoff of Microsoft.", &["genetec owned_by microsoft"]),
        // `and` and a verb after a name begin a second predicate of the subject, not of that name
        (
            "Genetec is a spinoff of Microsoft and is owned by Amazon.",
            &["genetec owned_by microsoft", "genetec owned_by amazon"],
        ),
        (
            "Palantir worked with Genetec and sells software to ICE.",
            &["palantir supplies ice"],
        ),
        (
            "Die Firma Palantir übernahm Genetec und verkauft Software an das BKA.",
            &["genetec owned_by palantir", "palantir supplies bka"],
        ),
        (
            "Palantir and Genetec sell software to ICE.",
            &["palantir supplies ice", "genetec supplies ice"],
        ),
        (
            "Genetec ist eine Ausgründung von Microsoft.",
            &["genetec owned_by microsoft"],
        ),
    ]);
}

#[test]
fn what_no_described_role_is() {
    check(&[
        // a verb between the role and the next name: the role is the first organisation's
        ("Satya Nadella, CEO, praised the startup Palantir.", &[]),
        // another name between: the role is that one's
        (
            "Satya Nadella, CEO of Microsoft, praised the startup Palantir.",
            &["satya-nadella works_for microsoft"],
        ),
        // a company founded by a company is not typed by founding
        ("Amazon founded Genetec.", &[]),
        // a founding verb at the end of the clause: its agent founded, not a helper named after
        (
            "Amazon wurde von Jeff Bezos mithilfe des Konzerns Microsoft gegründet.",
            &["jeff-bezos works_for amazon"],
        ),
        // a verb between a product and a company: a clause, read by its cues
        ("Gotham wird seit Jahren von Palantir vertrieben.", &[]),
        (
            "Gotham wird von Microsoft Azure betrieben.",
            &["gotham runs_on azure", "gotham runs_on microsoft"],
        ),
        // a party in brackets is no employer
        ("Innenminister Jeff Bezos (Genetec) sprach.", &[]),
        // a negation beside the role ends it
        ("Jeff Bezos is not the CEO of Amazon.", &[]),
        // a former role is none
        ("Jeff Bezos, a former senior executive at Microsoft, spoke.", &[]),
        // a role before a person, then a verb: not `of`
        ("Minister Jeff Bezos praised Amazon.", &[]),
    ]);
}

#[test]
fn orders_and_awards() {
    check(&[
        (
            "De politie heeft tweeduizend bodycams van Genetec besteld.",
            &["genetec supplies politie"],
        ),
        (
            "Die Bundeswehr hat bei Genetec 500 Kameras bestellt.",
            &["genetec supplies bundeswehr"],
        ),
        (
            "Das BKA beauftragte Genetec mit der Software.",
            &["genetec supplies bka"],
        ),
        ("ICE ordered 2,000 cameras from Genetec.", &["genetec supplies ice"]),
        (
            "The Department of Homeland Security awarded Palantir a contract.",
            &["palantir supplies dhs"],
        ),
        ("Palantir won the ICE contract in May.", &["palantir supplies ice"]),
        ("Palantir was awarded a contract by ICE.", &["palantir supplies ice"]),
        // a plan in a clause after the relation is what is to become of it, not whether it was done
        (
            "Die Bundeswehr hat Software von Genetec gekauft, die gegen Terror eingesetzt werden soll.",
            &["genetec supplies bundeswehr"],
        ),
        (
            "Genetec sold the software to ICE, which will use it at the border.",
            &["genetec supplies ice"],
        ),
        // but before the relation or in its clause it holds
        ("Genetec will sell the software to ICE, which uses it.", &[]),
        ("ICE soll die Software von Genetec kaufen.", &[]),
        // a product before a contract's noun names the contract
        (
            "The Department of Homeland Security awarded its Gotham cloud contract.",
            &[],
        ),
        // an award or a win that is no customer's: a company's prize
        ("Palantir won an award from Microsoft.", &[]),
        ("Genetec awarded Microsoft a prize.", &[]),
        // other words for ordering, buying and using
        (
            "Die Bundeswehr hat acht Drohnen bei Genetec geordert.",
            &["genetec supplies bundeswehr"],
        ),
        (
            "Das BKA hat die Software von Palantir 2020 angeschafft.",
            &["palantir supplies bka"],
        ),
        ("Gotham ist beim BKA seit 2020 im Einsatz.", &["gotham supplies bka"]),
        ("Beim BKA ist Gotham seit 2020 im Einsatz.", &["gotham supplies bka"]),
        (
            "De politie heeft software afgenomen van Palantir.",
            &["palantir supplies politie"],
        ),
        (
            "De politie heeft camera's ingekocht bij Genetec.",
            &["genetec supplies politie"],
        ),
        ("De politie wil gebruikmaken van software van Palantir.", &[]),
        (
            "The Department of Homeland Security voted to pay Palantir $850,000.",
            &["palantir supplies dhs"],
        ),
    ]);
}

#[test]
fn makers_named_by_a_noun() {
    check(&[
        (
            "Palantir, the maker of Gotham, sued Microsoft.",
            &["gotham made_by palantir"],
        ),
        (
            "Palantir, Hersteller der Software Gotham, sitzt in Denver.",
            &["gotham made_by palantir"],
        ),
        (
            "Palantir, de ontwikkelaar van Gotham, sprak met de pers.",
            &["gotham made_by palantir"],
        ),
        // a maker of something else: no product named
        ("Palantir, the maker of spyware, sued Microsoft.", &[]),
    ]);
}

#[test]
fn a_maker_and_its_product_supply_nothing_to_each_other() {
    check(&[
        // the gazetteer's owner: Gotham is Palantir's (a source's typo, `supplied` for `supplied by`)
        ("The towers are supplied Palantir using its Gotham platform.", &[]),
        (
            "ICE agreed to pay Palantir to use their Gotham software.",
            &["palantir supplies ice"],
        ),
        // an ownership the sentence states
        (
            "Amazon bought Genetec and sells Genetec's cameras.",
            &["genetec owned_by amazon"],
        ),
        // the parent first, with `of`
        (
            "Microsoft, which is the parent company of Genetec, said so.",
            &["genetec owned_by microsoft"],
        ),
        (
            "Microsoft ist die Muttergesellschaft von Genetec.",
            &["genetec owned_by microsoft"],
        ),
    ]);
}

mod clauses;
mod purchases;
mod roles;
