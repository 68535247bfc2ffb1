//! Buying, paying, counting among customers, sponsoring and testing with: what each says of who supplies
//! whom, in the three languages.

use super::check;

#[test]
fn buying_a_company_and_buying_from_one() {
    check(&[
        // a company or a person that buys a company owns it, in all three languages and in the passive
        ("Amazon bought Ring in 2018.", &["ring owned_by amazon"]),
        ("Ring was bought by Amazon in 2018.", &["ring owned_by amazon"]),
        ("Amazon kaufte Ring im Jahr 2018.", &["ring owned_by amazon"]),
        ("Amazon kocht Ring in 2018.", &["ring owned_by amazon"]),
        ("Jeff Bezos bought Palantir.", &["palantir owned_by jeff-bezos"]),
        // an agency that buys is a customer, and what is bought from a company is supplied by it
        ("ICE bought cameras from Genetec.", &["genetec supplies ice"]),
        (
            "Microsoft bought cameras from Genetec.",
            &["genetec supplies microsoft"],
        ),
        ("ICE bought Gotham last year.", &["gotham supplies ice"]),
        ("Het BKA kocht camera's van Genetec.", &["genetec supplies bka"]),
        // a passive's agent between the second name and the verb after it is that verb's subject: Palantir
        // is no customer of its own software, but the maker named with its product supplies its customer
        (
            "Die Palantir-Software Gotham wird vom BKA genutzt.",
            &[
                "gotham made_by palantir",
                "gotham supplies bka",
                "palantir supplies bka",
            ],
        ),
        (
            "Die Palantir-Software Gotham wird von der Bundeswehr eingesetzt.",
            &[
                "gotham made_by palantir",
                "gotham supplies bundeswehr",
                "palantir supplies bundeswehr",
            ],
        ),
    ]);
}

#[test]
fn payments_customer_lists_and_sponsors() {
    check(&[
        // who pays is the customer, when it is public; a company that pays pays a fine or a settlement as often
        (
            "ICE has paid Palantir more than $40 million since 2014.",
            &["palantir supplies ice"],
        ),
        ("Das BKA zahlte Genetec 33.000 Euro.", &["genetec supplies bka"]),
        ("Das BKA hat Genetec 33.000 Euro bezahlt.", &["genetec supplies bka"]),
        (
            "De politie betaalde Genetec twee miljoen euro.",
            &["genetec supplies politie"],
        ),
        ("Palantir paid Microsoft $1.7 million.", &[]),
        // a vendor that counts a customer among its customers, and a customer among a vendor's
        (
            "Palantir counts ICE and DHS among its customers.",
            &["palantir supplies ice", "palantir supplies dhs"],
        ),
        ("Palantir zählte das BKA zu seinen Kunden.", &["palantir supplies bka"]),
        (
            "Palantir rekent de politie tot zijn klanten.",
            &["palantir supplies politie"],
        ),
        ("Das BKA gehört zu den Kunden von Palantir.", &["palantir supplies bka"]),
        (
            "De politie behoort tot de klanten van Palantir.",
            &["palantir supplies politie"],
        ),
        ("ICE is among the customers of Palantir.", &["palantir supplies ice"]),
        // (and what `gehört zu` says without the customers)
        ("Ring gehört zu Amazon.", &["ring owned_by amazon"]),
        // a sponsor partners the club it sponsors
        (
            "Genetec is a major sponsor of Microsoft.",
            &["genetec partners_with microsoft"],
        ),
        (
            "Genetec ist Sponsor von Microsoft.",
            &["genetec partners_with microsoft"],
        ),
        (
            "Genetec is een belangrijke sponsor van Microsoft.",
            &["genetec partners_with microsoft"],
        ),
    ]);
}

#[test]
fn who_tests_with_whom() {
    check(&[
        // who a test is done with is a partner in it, not what is tested
        ("Das BKA testet mit Genetec die Software.", &[]),
        ("ICE is testing with Genetec a new app.", &[]),
        // what is tested is supplied for the test
        ("Das BKA testet die Software von Genetec.", &["genetec supplies bka"]),
        ("ICE is testing Genetec's app.", &["genetec supplies ice"]),
    ]);
}

#[test]
fn choosing_a_supplier_and_framework_contracts() {
    check(&[
        // a public customer that selects or chooses a supplier, and the supplier selected by it
        (
            "The Bundeswehr selected Genetec for its program.",
            &["genetec supplies bundeswehr"],
        ),
        (
            "Genetec was selected by the Bundeswehr.",
            &["genetec supplies bundeswehr"],
        ),
        (
            "Die Bundeswehr wählte Genetec als Lieferanten aus.",
            &["genetec supplies bundeswehr"],
        ),
        ("De politie koos voor Genetec.", &["genetec supplies politie"]),
        // a headline's choosing and winning; not a headline's tapping of phones or hiring of officials
        ("ICE picks Palantir for its case system.", &["palantir supplies ice"]),
        (
            "Palantir bags $480M from the Bundeswehr",
            &["palantir supplies bundeswehr"],
        ),
        ("FBI taps phones of Microsoft employees", &[]),
        ("Palantir snags top Bundeswehr official as adviser", &[]),
        // what is obtained from a company is as often data by a court's order as a product
        ("The FBI obtained user data from Microsoft under a court order.", &[]),
        ("The FBI obtained a warrant against Microsoft.", &[]),
        // making for a customer, before a clause-final verb; not building pressure on one
        (
            "Genetec wird für die Bundeswehr Drohnen herstellen.",
            &["genetec supplies bundeswehr"],
        ),
        ("Palantir baut Druck auf das BKA auf.", &[]),
        // an award of a prize or a subsidy is none
        ("De Nationale Politie kende een innovatiesubsidie toe aan Genetec.", &[]),
        // what one hopes to receive, and what is done on someone's order, is none
        ("Palantir hofft von der Bundeswehr auf einen Großauftrag.", &[]),
        ("Microsoft kritisierte den vom BKA vergebenen Auftrag.", &[]),
        // a company's choice is none of these (a cloud chosen is said otherwise)
        ("Palantir selected Microsoft as its partner.", &[]),
        // a framework contract, and a contract a supplier brings in
        (
            "Genetec hat einen Rahmenvertrag mit der Bundeswehr geschlossen.",
            &["genetec supplies bundeswehr"],
        ),
        (
            "Genetec heeft het contract van de politie binnengehaald.",
            &["genetec supplies politie"],
        ),
    ]);
}

#[test]
fn customers_named_as_members_of_a_plural_noun() {
    check(&[
        // members listed after the vendor, of a subject that is a plural noun for customers
        (
            "More than 600 agencies started using Clearview AI last year, including the FBI and DHS.",
            &["clearview supplies dhs", "clearview supplies fbi"],
        ),
        (
            "Viele Behörden nutzen Palantir, darunter das BKA.",
            &["palantir supplies bka"],
        ),
        (
            "Verschillende diensten gebruiken Palantir, waaronder de Nationale Politie.",
            &["palantir supplies politie"],
        ),
        // members inserted after the subject, before the verb
        (
            "Several agencies, including the FBI and ICE, use Clearview AI.",
            &["clearview supplies fbi", "clearview supplies ice"],
        ),
        // members of what is no customer, or of no subject at all
        ("Many companies use Palantir, including Microsoft.", &[]),
        ("Critics of Clearview AI, including the FBI, spoke.", &[]),
    ]);
}

#[test]
fn installing_leasing_and_subscribing() {
    check(&[
        ("ICE installed 40 Genetec cameras last year.", &["genetec supplies ice"]),
        ("ICE leases cameras from Genetec.", &["genetec supplies ice"]),
        ("ICE subscribes to Palantir's service.", &["palantir supplies ice"]),
        (
            "Das BKA hat Kameras von Genetec installiert.",
            &["genetec supplies bka"],
        ),
        (
            "De Nationale Politie heeft camera's van Genetec geïnstalleerd.",
            &["genetec supplies politie"],
        ),
        // a vendor that installs for a customer is read by the types: an agency supplies nothing
        ("Genetec installed cameras for ICE.", &[]),
    ]);
}

#[test]
fn subcontractors_and_tenders() {
    check(&[
        // a subcontractor supplies the contractor: after the contractor, or before it with `of`, `to`, `von`
        (
            "Den Zuschlag bekam Microsoft mit dem Subunternehmen Genetec.",
            &["genetec supplies microsoft"],
        ),
        (
            "Genetec ist Subunternehmer von Microsoft.",
            &["genetec supplies microsoft"],
        ),
        (
            "Genetec arbeitet als Unterauftragnehmer des Konzerns Microsoft.",
            &["genetec supplies microsoft"],
        ),
        (
            "Genetec is onderaannemer voor Microsoft.",
            &["genetec supplies microsoft"],
        ),
        // (the plural noun is read for the name next to it: the list's first is not reached)
        (
            "Genetec and Palantir are subcontractors of Microsoft.",
            &["palantir supplies microsoft"],
        ),
        (
            "Microsoft works with subcontractor Genetec.",
            &["genetec supplies microsoft"],
        ),
        (
            "Genetec is a subcontractor to Microsoft.",
            &["genetec supplies microsoft"],
        ),
        (
            "Microsoft met onderaannemer Genetec won de opdracht.",
            &["genetec supplies microsoft"],
        ),
        // who wins a public customer's tender supplies it; nothing is won from a company
        ("Palantir gewann die Ausschreibung des BKA.", &["palantir supplies bka"]),
        (
            "Palantir won de aanbesteding van de Nationale Politie.",
            &["palantir supplies politie"],
        ),
        ("Palantir gewann das Vertrauen von Microsoft.", &[]),
        // the award between the names; a main contractor, a big order (`den Zuschlag` after both names was
        // tried and dropped: see purchases' cues and the blind set's README)
        ("Genetec erhielt den Zuschlag vom BKA.", &["genetec supplies bka"]),
        ("Palantir und Microsoft wollen den Zuschlag.", &[]),
        (
            "Genetec ist Hauptauftragnehmer der Bundeswehr.",
            &["genetec supplies bundeswehr"],
        ),
        (
            "Genetec erhält einen Millionenauftrag der Bundeswehr.",
            &["genetec supplies bundeswehr"],
        ),
        (
            "Palantir is de hoofdaannemer van de Nationale Politie.",
            &["palantir supplies politie"],
        ),
        // turning to someone and opting for something are no purchases (`turn to` and `opted for` were tried and
        // dropped: help, bans and alternatives are chosen so too)
        ("The FBI turned to Palantir to unlock the phone.", &[]),
        ("The FBI opted for a moratorium on Clearview AI.", &[]),
        // the verb of winning alone wins elections and lawsuits too: only a tender is won from a customer
        ("Palantir gewann 2016 eine Klage gegen die Bundeswehr.", &[]),
        ("Genetec gewann den Innovationspreis des BKA.", &[]),
        ("Palantir won een rechtszaak tegen de Nationale Politie.", &[]),
        // who is named after `against` is an adversary, whatever the verb
        ("Microsoft won a lawsuit against the FBI.", &[]),
        // the award hoped for, competed for or refused is none
        ("Palantir hofft beim BKA auf den Zuschlag.", &[]),
        ("Das BKA verweigerte Palantir den Zuschlag.", &[]),
        ("Palantir und Microsoft konkurrieren beim BKA um den Zuschlag.", &[]),
        // the short verb that links a vendor's customers to the one named after it is no relation of its own
        // (`gehört`: owned by)
        ("Zu den Kunden von Palantir gehört das BKA.", &["palantir supplies bka"]),
        (
            "Tot de klanten van Palantir behoort de Nationale Politie.",
            &["palantir supplies politie"],
        ),
    ]);
}

#[test]
fn providing_in_the_plural_and_the_perfect() {
    check(&[
        (
            "Palantir und Genetec stellten der Bundeswehr zwei Systeme zur Verfügung.",
            &["genetec supplies bundeswehr", "palantir supplies bundeswehr"],
        ),
        (
            "Palantir hat dem BKA Software zur Verfügung gestellt.",
            &["palantir supplies bka"],
        ),
        (
            "Dem BKA wurde von Palantir Software zur Verfügung gestellt.",
            &["palantir supplies bka"],
        ),
        (
            "Palantir stelt de Nationale Politie software ter beschikking.",
            &["palantir supplies politie"],
        ),
        (
            "Palantir heeft de Nationale Politie software ter beschikking gesteld.",
            &["palantir supplies politie"],
        ),
        // an agency supplies no company
        ("Das BKA hat Microsoft Daten zur Verfügung gestellt.", &[]),
    ]);
}

#[test]
fn fielded_operated_chosen_and_dated() {
    check(&[
        // in the passive, the military's fielding and a public body's operating of a product; in service with one
        ("Gotham was fielded by the Bundeswehr.", &["gotham supplies bundeswehr"]),
        ("Gotham is operated by ICE.", &["gotham supplies ice"]),
        (
            "Gotham has been in service with the Bundeswehr since 2019.",
            &["gotham supplies bundeswehr"],
        ),
        // but the active verbs are as often about questions, calls and ways of working
        ("The Bundeswehr fielded questions about Genetec.", &[]),
        ("ICE operates under rules written by Palantir.", &[]),
        // a German choice at the clause's end
        (
            "Die Bundeswehr hat sich für Genetec entschieden.",
            &["genetec supplies bundeswehr"],
        ),
        // a contract's term and amount, and an English date, are set apart by commas that separate no clause
        (
            "ICE signed a five-year, $1.2 million contract with Genetec.",
            &["genetec supplies ice"],
        ),
        (
            "The FBI approved a 23-month, £17.75m cloud deal with Microsoft.",
            &["microsoft supplies fbi"],
        ),
        (
            "DHS on September 29, 2017, selected Genetec for the contract.",
            &["genetec supplies dhs"],
        ),
        ("ICE signed a contract, $1.2 million, with Genetec.", &[]),
        (
            "On Sept. 29, Genetec, which sells to ICE, lost a bid.",
            &["genetec supplies ice"],
        ),
        // Dutch possession and working with are left alone: a seizure is none, nor information
        ("De Nationale Politie nam de camera's van Genetec in bezit.", &[]),
        ("De Nationale Politie beschikt over informatie van Palantir.", &[]),
        (
            "De Nationale Politie werkt al jaren samen met Palantir.",
            &["politie partners_with palantir"],
        ),
        // a German hope is no deal
        ("Palantir hofft auf einen Auftrag des BKA.", &[]),
    ]);
}

#[test]
fn consortia_builders_and_customers_of_a_described_vendor() {
    check(&[
        // the members of a consortium or joint venture partner each other, in each language, also when what
        // a member is stands before its name
        (
            "A consortium of Amazon and Microsoft won the contract.",
            &["amazon partners_with microsoft"],
        ),
        (
            "The deal went to a joint venture between the software firm Palantir and Genetec.",
            &["palantir partners_with genetec"],
        ),
        (
            "Ein Konsortium aus dem Konzern Amazon und der Firma Genetec gewann.",
            &["amazon partners_with genetec"],
        ),
        (
            "Een consortium van de Amerikaanse fabrikant Palantir en het Canadese Genetec levert de software.",
            &["palantir partners_with genetec"],
        ),
        (
            "Amazon hat sich mit dem Unternehmen Genetec zu einer Arbeitsgemeinschaft zusammengeschlossen.",
            &["amazon partners_with genetec"],
        ),
        (
            "Het contract ging naar een tijdelijke handelsvennootschap van de telecomoperator Palantir en Genetec.",
            &["palantir partners_with genetec"],
        ),
        // (a plan to join is none)
        ("Amazon will sich mit Genetec zusammenschließen.", &[]),
        // a contract's parties after a copula
        ("The FBI's new contract is with Palantir.", &["palantir supplies fbi"]),
        // what the consortium does is no partnership with whom it does it for, or against
        (
            "A consortium of Amazon and Microsoft builds satellites for the Bundeswehr.",
            &["amazon partners_with microsoft"],
        ),
        (
            "Ein Konsortium aus Amazon und Genetec verlor die Ausschreibung gegen Palantir.",
            &["amazon partners_with genetec"],
        ),
        // a place says whose a member is, and partners with none
        ("A consortium of Detroit's Genetec and Amazon won.", &[]),
        // a venture that failed, was dissolved or blocked is none
        (
            "The joint venture between Amazon and Microsoft collapsed in March.",
            &[],
        ),
        (
            "Das Gemeinschaftsunternehmen von Amazon und Genetec wurde aufgelöst.",
            &[],
        ),
        ("Het samenwerkingsverband van Palantir en Genetec is mislukt.", &[]),
        // Dutch `combinatie van` is as often a combination of things
        (
            "De combinatie van Palantir en Microsoft maakt de software krachtig.",
            &[],
        ),
        // a consortium of one names no partner
        ("A consortium of Amazon employees criticised Genetec.", &[]),
        // a Dutch or German builder for its customer, the verb right before `voor` or `für`
        (
            "Genetec mag vier nieuwe systemen bouwen voor de Nationale Politie.",
            &["genetec supplies politie"],
        ),
        (
            "Genetec baut für die Bundeswehr zehn Anlagen.",
            &["genetec supplies bundeswehr"],
        ),
        // (`voor het eerst`, for the first time, names no customer)
        ("Genetec bouwt voor het eerst een fregat met Palantir.", &[]),
        // customers of a vendor named with what it is
        (
            "Zu den Kunden der Firma Palantir gehören das BKA und die Bundeswehr.",
            &["palantir supplies bka", "palantir supplies bundeswehr"],
        ),
        (
            "Das BKA zählt zu den Kunden der Firma Palantir.",
            &["palantir supplies bka"],
        ),
        // a place on a customer list
        (
            "Das BKA steht auf der Kundenliste der Firma Palantir.",
            &["palantir supplies bka"],
        ),
        (
            "The FBI is on the customer list of Palantir.",
            &["palantir supplies fbi"],
        ),
    ]);
}

#[test]
fn places_that_say_where_a_party_is_from_and_contracts_that_went_to_a_supplier() {
    check(&[
        // a country before the noun for what a company is describes the company: the company is the party
        (
            "The FBI signed a contract with US company Palantir.",
            &["palantir supplies fbi"],
        ),
        (
            "ICE has a deal with the US surveillance firm Genetec.",
            &["genetec supplies ice"],
        ),
        // (a place that is the customer stays one, before a phrasal verb's `up` or a department's noun too)
        ("Palantir sells its software to the US.", &["palantir supplies usa"]),
        ("The US steps up its orders from Palantir.", &["palantir supplies usa"]),
        (
            "The Detroit transit department bought cameras from Genetec.",
            &["genetec supplies detroit"],
        ),
        // a place right after `aus`, `from`, `uit` and a company's name is where the company is from
        (
            "Das System wird von Palantir aus den US an die Bundeswehr geliefert.",
            &["palantir supplies bundeswehr"],
        ),
        ("Genetec from Detroit sells cameras to ICE.", &["genetec supplies ice"]),
        ("De camera's komen van Genetec uit Detroit.", &[]),
        // (what is bought from a place, after no company, leaves the place a party)
        ("ICE bought the cameras from Detroit.", &[]),
        // landing, scoring, bagging or clinching is as often something else than a contract, and says nothing
        ("Palantir landed on the FBI's watch list.", &[]),
        ("Axon scored highest in the FBI's evaluation.", &[]),
        ("Palantir bagged a fine from the Nationale Politie.", &[]),
        ("Palantir lands top FBI official as adviser", &[]),
        // a customer's contract that went to a supplier
        ("The ICE contract went to Palantir.", &["palantir supplies ice"]),
        (
            "The FBI contracts went to Genetec and Palantir.",
            &["genetec supplies fbi", "palantir supplies fbi"],
        ),
    ]);
}

#[test]
fn awards_after_the_second_name_relatives_after_a_description_and_mixed_customers() {
    check(&[
        // German `Zuschlag` or `Auftrag erteilt` and Dutch `gegund` after the second name: who supplies whom follows
        // from the types
        ("Das BKA hat Palantir den Zuschlag erteilt.", &["palantir supplies bka"]),
        (
            "Das BKA erteilte Palantir den Zuschlag für das neue System.",
            &["palantir supplies bka"],
        ),
        (
            "Die Bundeswehr hat Genetec im Mai einen Auftrag erteilt.",
            &["genetec supplies bundeswehr"],
        ),
        (
            "De Nationale Politie heeft Genetec de opdracht gegund.",
            &["genetec supplies politie"],
        ),
        // (a permit granted is no contract)
        ("Das BKA hat Palantir eine Genehmigung erteilt.", &[]),
        // a relative clause after what the first name is says what the first name does
        (
            "The deal is with Genetec, a Montreal company that provides cameras to the FBI.",
            &["genetec supplies fbi"],
        ),
        (
            "De deal is met Genetec, een Canadees bedrijf dat camera's levert aan de Nationale Politie.",
            &["genetec supplies politie"],
        ),
        // (and a relative clause with a subject of its own is that subject's)
        (
            "Palantir, a company that ICE criticised, sells software to the FBI.",
            &["palantir supplies fbi"],
        ),
        // a supplier's customers, a place and an agency, in one list
        (
            "Genetec provides facial recognition technology to Detroit and the FBI.",
            &["genetec supplies detroit", "genetec supplies fbi"],
        ),
        // (an agency, then a place: the place is as often an adjective or a new clause's subject)
        (
            "Genetec sells cameras to the FBI and Detroit officials criticised it.",
            &["genetec supplies fbi"],
        ),
        // (a relative clause in the passive is read no further)
        (
            "De deal is met Genetec, een bedrijf dat door Microsoft is overgenomen.",
            &[],
        ),
        // (a vendor after a customer is no customer)
        (
            "Palantir sells software to the FBI and Microsoft.",
            &["palantir supplies fbi"],
        ),
    ]);
}
