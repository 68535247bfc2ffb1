//! Verbs at the end of their clause (the German and Dutch perfect, subordinate clauses, their passives), verbs
//! split around what is said of them, nouns of an act with their agent, and roles whose person is a report's
//! source or works in a department.

use super::check;

#[test]
fn perfect_tenses_and_clause_final_verbs() {
    check(&[
        // the perfect is the German and Dutch news's past: its participle closes the clause
        (
            "Palantir hat die Software an das BKA verkauft.",
            &["palantir supplies bka"],
        ),
        (
            "Genetec hat Kameras an die Bundeswehr geliefert.",
            &["genetec supplies bundeswehr"],
        ),
        (
            "Genetec hat der Bundeswehr zwölf Kameras geliefert.",
            &["genetec supplies bundeswehr"],
        ),
        (
            "Genetec hat die Bundeswehr mit Kameras ausgestattet.",
            &["genetec supplies bundeswehr"],
        ),
        (
            "Genetec hat der Bundeswehr die Kameras bereitgestellt.",
            &["genetec supplies bundeswehr"],
        ),
        ("Palantir beliefert das BKA seit 2017.", &["palantir supplies bka"]),
        (
            "Genetec heeft camera's aan de Nationale Politie geleverd.",
            &["genetec supplies politie"],
        ),
        (
            "Genetec heeft de software aan de Nationale Politie verkocht.",
            &["genetec supplies politie"],
        ),
        // in the passive the agent turns them round, wherever the auxiliary stands
        (
            "Die Kameras wurden von Genetec an die Bundeswehr ausgeliefert.",
            &["genetec supplies bundeswehr"],
        ),
        (
            "Die Bundeswehr wird von Genetec beliefert.",
            &["genetec supplies bundeswehr"],
        ),
        (
            "Es ist bekannt, dass Palantir vom BKA genutzt wird.",
            &["palantir supplies bka"],
        ),
        (
            "Genetec, dat door de Nationale Politie wordt gebruikt, ligt onder vuur.",
            &["genetec supplies politie"],
        ),
        (
            "Die Software Gotham, die vom BKA genutzt wird, stammt von Palantir.",
            &["gotham made_by palantir", "gotham supplies bka"],
        ),
        // English: the -ing forms, a contract received from a customer, an investor
        ("ICE is purchasing licenses from Palantir.", &["palantir supplies ice"]),
        (
            "Microsoft received a $10 billion contract from DHS.",
            &["microsoft supplies dhs"],
        ),
        // backing is no ownership: lawsuits and bills are backed too
        ("Palantir is backed by Jeff Bezos.", &[]),
    ]);
}

#[test]
fn a_place_glued_to_a_noun_stands_between_nothing() {
    check(&[
        (
            "Das BKA nutzt Software der US-Firma Palantir.",
            &["palantir supplies bka"],
        ),
        (
            "Das BKA arbeitet mit dem US-Unternehmen Palantir zusammen.",
            &["bka partners_with palantir"],
        ),
    ]);
}

#[test]
fn where_someone_has_worked() {
    check(&[
        (
            "Jeff Bezos, der früher beim BKA gearbeitet hat, sagte das.",
            &["jeff-bezos works_for bka"],
        ),
        (
            "Satya Nadella, die jarenlang bij de Nationale Politie heeft gewerkt, zei dat.",
            &["satya-nadella works_for politie"],
        ),
        // who has worked with an organisation does not work for it
        ("Jeff Bezos, der früher mit Palantir gearbeitet hat, sagte das.", &[]),
        // a participle between the two names closes another clause
        (
            "Bekend werd dat de politie niet met Clearview heeft gewerkt en ook Satya Nadella zei dat.",
            &[],
        ),
    ]);
}

#[test]
fn roles_in_a_department_and_of_a_source() {
    check(&[
        (
            "\"We are proud,\" said Satya Nadella, director of public policy at Microsoft.",
            &["satya-nadella works_for microsoft"],
        ),
        (
            "Satya Nadella, Leiter der Rechtsabteilung bei Microsoft, sagte das.",
            &["satya-nadella works_for microsoft"],
        ),
        (
            "Satya Nadella, hoofd juridische zaken bij Microsoft, zei dat.",
            &["satya-nadella works_for microsoft"],
        ),
        // the source of a report is no party to it, but its role in an apposition is said
        (
            "According to Satya Nadella, a spokesperson for Microsoft, the deal is done.",
            &["satya-nadella works_for microsoft"],
        ),
        (
            "Laut Satya Nadella, Sprecher von Microsoft, ist das so.",
            &["satya-nadella works_for microsoft"],
        ),
        (
            "According to Satya Nadella, ICE uses Palantir.",
            &["palantir supplies ice"],
        ),
        (
            "Laut Satya Nadella nutzt das BKA die Software von Palantir.",
            &["palantir supplies bka"],
        ),
    ]);
}

#[test]
fn split_verbs_and_nouns_of_the_act() {
    check(&[
        // `maakt … gebruik van`: what stands between says how, the object follows `van`
        (
            "De Nationale Politie maakt al jaren gebruik van software van Palantir.",
            &["palantir supplies politie"],
        ),
        (
            "Sinds 2019 maakt de Nationale Politie gebruik van Palantir.",
            &["palantir supplies politie"],
        ),
        (
            "Genetec maakt samen met de Nationale Politie gebruik van Azure.",
            &["azure supplies genetec"],
        ),
        // a noun of buying or taking over, its object, and its agent after `by`, `durch`, `door`
        (
            "Die Beschaffung der Software von Palantir durch das BKA kostete Millionen.",
            &["palantir supplies bka"],
        ),
        (
            "De aanschaf van software van Palantir door de Nationale Politie kostte miljoenen.",
            &["palantir supplies politie"],
        ),
        ("The purchase of Gotham by ICE was approved.", &["gotham supplies ice"]),
        (
            "The acquisition of Genetec by Palantir closed in 2018.",
            &["genetec owned_by palantir"],
        ),
        (
            "Die Übernahme von Genetec durch Palantir ist abgeschlossen.",
            &["genetec owned_by palantir"],
        ),
        (
            "De overname van Genetec door Palantir is rond.",
            &["genetec owned_by palantir"],
        ),
        // without an agent, the noun says nothing of who bought
        ("The purchase of Gotham angered ICE.", &[]),
        ("Die Beschaffung von Gotham kritisierte das BKA.", &[]),
    ]);
}

#[test]
fn what_is_reported_and_what_a_relative_clause_plans() {
    check(&[
        // a modal with a perfect infinitive reports what happened; with a plain infinitive it plans
        (
            "Das BKA soll Palantir schon 2017 genutzt haben.",
            &["palantir supplies bka"],
        ),
        ("Das BKA soll Palantir künftig nutzen.", &[]),
        // the source of a report, named with its article after `laut` or a report's noun, is no party to it
        (
            "Laut einem Bericht des BKA setzt die Bundeswehr Palantir ein.",
            &["palantir supplies bundeswehr"],
        ),
        (
            "Laut dem BKA setzt die Bundeswehr Palantir ein.",
            &["palantir supplies bundeswehr"],
        ),
        (
            "Nach Recherchen der Bundeswehr kauft das BKA Kameras von Genetec.",
            &["genetec supplies bka"],
        ),
        // who is named after `von` sold (no passive here: no auxiliary)
        (
            "Das BKA soll von Genetec 2020 Kameras gekauft haben.",
            &["genetec supplies bka"],
        ),
        (
            "Das BKA soll von Genetec Gotham gekauft haben.",
            &["genetec supplies bka", "gotham supplies bka"],
        ),
        // names in the words before a clause-final verb count for nothing, as between two names
        (
            "Das BKA soll von Genetec 2020 eine modifizierte Version der Spionage-Software Gotham gekauft haben.",
            &["genetec supplies bka"],
        ),
        (
            "De Nationale Politie zou Clearview hebben gebruikt.",
            &["clearview supplies politie"],
        ),
        ("De Nationale Politie zou Clearview gaan gebruiken.", &[]),
        // an English relative clause after the relation, without a comma, says what is to become of it
        (
            "Palantir sells software to ICE that agents will use in the field.",
            &["palantir supplies ice"],
        ),
        ("Palantir will sell software to ICE that agents use in the field.", &[]),
        (
            "ICE uses software from Palantir that it did not buy.",
            &["palantir supplies ice"],
        ),
    ]);
}

#[test]
fn the_subject_of_a_verb_is_the_nearest_name_before_it() {
    check(&[
        (
            "Microsoft said Palantir sells software to ICE.",
            &["palantir supplies ice"],
        ),
        (
            "Microsoft und Amazon behaupten, dass Palantir Software an das BKA verkauft.",
            &["palantir supplies bka"],
        ),
        // `von` before a clause-final verb is a passive's agent only with the passive's auxiliary: in the active
        // it says where from, and the subject is before it
        (
            "Klar ist, dass das BKA die Software von Palantir nutzt.",
            &["palantir supplies bka"],
        ),
        // (and an agency right before a product is no maker of it, but the clause's subject)
        (
            "Es ist klar, dass die Bundeswehr Gotham von Palantir nutzt.",
            &["gotham made_by palantir", "gotham supplies bundeswehr"],
        ),
        // (an auxiliary in the clause before the comma is that clause's)
        (
            "Es wurde bekannt, dass die Bundeswehr Gotham von Palantir nutzt.",
            &["gotham made_by palantir", "gotham supplies bundeswehr"],
        ),
        (
            "Es wurde bekannt, dass Palantir von der Bundeswehr genutzt wird.",
            &["palantir supplies bundeswehr"],
        ),
        (
            "Es ist klar, dass die Bundeswehr und das BKA Gotham von Palantir nutzen.",
            &[
                "gotham made_by palantir",
                "gotham supplies bka",
                "gotham supplies bundeswehr",
            ],
        ),
        (
            "Es ist klar, dass Gotham von der Bundeswehr genutzt wird.",
            &["gotham supplies bundeswehr"],
        ),
        // a list before the verb is its subject
        (
            "Palantir and Microsoft sell software to ICE.",
            &["microsoft supplies ice", "palantir supplies ice"],
        ),
        // an apposition between the first name and its verb is said of it, and names in it are no subject
        (
            "Palantir, based in Detroit, sells software to ICE.",
            &["palantir supplies ice"],
        ),
        (
            "Palantir, a company based in Detroit, has sold software to ICE.",
            &["palantir supplies ice"],
        ),
        (
            "Palantir, a partner of Microsoft, sells software to ICE.",
            &["palantir partners_with microsoft", "palantir supplies ice"],
        ),
        (
            "Palantir, the FBI said, sells software to ICE.",
            &["palantir supplies ice"],
        ),
        // after a product, a name is its maker
        (
            "Gotham, the software by Palantir, is used by ICE.",
            &["gotham supplies ice"],
        ),
        // who is told is no subject of what follows; a name after `since` begins a clause of when
        ("The bureau told Microsoft that it purchased Gotham.", &[]),
        ("A spokesperson told Palantir that ICE bought the software.", &[]),
        ("Jeff Bezos has led the project since Google pulled out.", &[]),
        (
            "ICE has used Palantir since Microsoft quit.",
            &["palantir supplies ice"],
        ),
        ("Das BKA nutzt die Software, seit Palantir ausgestiegen ist.", &[]),
        ("Jeff Bezos leads Amazon.", &["jeff-bezos works_for amazon"]),
    ]);
}

#[test]
fn what_the_review_found() {
    check(&[
        // two names joined by `and` before a verb are its subject together
        (
            "Microsoft en Palantir leveren sinds 2019 software aan de Nationale Politie.",
            &["microsoft supplies politie", "palantir supplies politie"],
        ),
        // a relative clause is no department
        (
            "Satya Nadella, a spokesman who testified at the FBI hearing, said so.",
            &[],
        ),
        // the list after an object is the object's when it names no public body
        (
            "Thousands of agencies use Amazon products, including Ring, to watch streets.",
            &[],
        ),
        // `haben` without a participle before it, `hebben` after `te`: no report, the plan holds
        (
            "De Nationale Politie zou Clearview gaan gebruiken om meer zicht te hebben op verdachten.",
            &[],
        ),
        ("Das BKA soll Palantir nutzen und Zugriff auf die Daten haben.", &[]),
        // a buying verb's object after `at` is where
        ("Genetec installed its cameras at Microsoft stores.", &[]),
        ("Genetec leases cameras to ICE.", &["genetec supplies ice"]),
        // `wird` after an infinitive is a future, no passive
        (
            "Es ist bekannt, dass Palantir künftig von Microsoft Rechenzentren nutzen wird.",
            &["microsoft supplies palantir"],
        ),
        // a two-word introducer before a member without an article
        (
            "Several agencies, such as ICE, use Clearview AI.",
            &["clearview supplies ice"],
        ),
    ]);
}
