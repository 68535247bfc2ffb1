//! The lists of words that the rules ask about (`AND`, `ARTICLES`…), and the function words that tell the
//! languages apart. Each list is a bit of its own: a sentence's words are looked up once, as it is read, in the
//! [`Vocabulary`](super::tokens::Vocabulary), which gives each word its number and the lists it is in, and a
//! rule then asks for a bit rather than comparing strings.

/// A list of words that a rule asks about (`AND`, `ARTICLES`…), as one bit of the lists a word of the
/// [`Vocabulary`](super::tokens::Vocabulary) is in. Every list has a bit of its own.
#[derive(Clone, Copy, Debug)]
pub(super) struct Words {
    pub bit: u64,
    pub list: &'static [&'static str],
}

/// Function words that tell the three languages apart, for choosing a lexicon: German, English, Dutch.
pub(super) const FUNCTION_WORDS: [Words; 3] = [
    Words {
        bit: 1,
        list: &[
            "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "zu", "ein", "eine", "auf", "für",
            "des", "sich", "wird", "hat", "im",
        ],
    },
    Words {
        bit: 1 << 1,
        list: &[
            "the", "and", "of", "to", "is", "was", "that", "for", "with", "on", "its", "has", "have", "by", "from",
            "which", "are", "a",
        ],
    },
    Words {
        bit: 1 << 2,
        list: &[
            "de", "het", "en", "van", "een", "is", "niet", "met", "op", "voor", "dat", "zijn", "wordt", "heeft", "bij",
            "naar", "ook", "door",
        ],
    },
];

/// Conjunctions that join the two names a `before` cue relates (`zwischen A und B`).
pub(super) const AND: Words = Words {
    bit: 1 << 3,
    list: &["und", "and", "en", "sowie"],
};
/// Articles that may stand between a `before` cue and the first name.
pub(super) const ARTICLES: Words = Words {
    bit: 1 << 4,
    list: &["der", "die", "das", "dem", "den", "des", "the", "de", "het"],
};
/// Indefinite articles, which may begin an apposition as articles do (`ICE, a customer of Palantir`).
pub(super) const INDEFINITE: Words = Words {
    bit: 1 << 5,
    list: &["a", "an", "ein", "eine", "een"],
};
/// Words that name the source of what a sentence says: `laut Amazon`, `volgens de politie`.
pub(super) const ATTRIBUTION: Words = Words {
    bit: 1 << 6,
    list: &["laut", "volgens", "gemäß"],
};
/// `according to`, an attribution in two words.
pub(super) const ACCORDING: Words = Words {
    bit: 1 << 13,
    list: &["according"],
};
pub(super) const TO: Words = Words {
    bit: 1 << 14,
    list: &["to"],
};
/// Relative pronouns: after `X, die …` the clause is about X (`IDentify, die auf Microsofts Cloud läuft`).
pub(super) const RELATIVES: Words = Words {
    bit: 1 << 7,
    list: &[
        "die", "der", "das", "welche", "welcher", "which", "that", "who", "dat", "wie",
    ],
};
/// What may stand beside a role between a person and an organisation: `Microsoft CEO Satya Nadella`, `Satya
/// Nadella, CEO of Microsoft`, `het bedrijf van`… no more (`die Regierung von Präsident Trump` is not Trump's).
pub(super) const ROLE_GLUE: Words = Words {
    bit: 1 << 8,
    list: &[
        "of", "the", "at", "for", "s", "a", "an", "its", "their", "his", "her", "von", "des", "der", "bei", "beim",
        "im", "vom", "ein", "eine", "einer", "een", "ihr", "ihren", "ihre", "sein", "seinen", "seine", "van", "bij",
        "de", "het", "hun", "zijn", "haar",
    ],
};
/// What joins the names of a list.
pub(super) const LIST_GLUE: Words = Words {
    bit: 1 << 9,
    list: &[
        "und", "and", "en", "sowie", "or", "oder", "of", "der", "die", "das", "den", "dem", "des", "the", "de", "het",
        "een", "ein", "eine", "einen",
    ],
};
/// The prepositions an apposition's cue ends in (`owned by`, `a customer of`, `Tochter von`, `dochter van`).
pub(super) const APPOSITION_ENDS: Words = Words {
    bit: 1 << 10,
    list: &["by", "of", "von", "des", "der", "van", "door", "bei", "bij"],
};
/// Prepositions that make a place where something happens rather than a party (`in großen US-Städten`).
pub(super) const LOCATIVES: Words = Words {
    bit: 1 << 11,
    list: &["in", "im", "across", "throughout", "within", "op", "te", "nach", "naar"],
};
/// The words a relation's cue begins with, in any lexicon: not listed here but found in the lexicons.
pub(super) const BEGINS_RELATION: Words = Words {
    bit: 1 << 12,
    list: &[],
};
/// Words that may stand beside a role without being one: `a senior staff attorney at`, `der langjährige Chef
/// von`, `de waarnemend directeur van`. (`former`, `ehemalige`, `voormalig` are no modifiers: they end the role.)
pub(super) const ROLE_MODIFIERS: Words = Words {
    bit: 1 << 15,
    list: &[
        "senior",
        "junior",
        "deputy",
        "acting",
        "interim",
        "associate",
        "assistant",
        "staff",
        "lead",
        "principal",
        "executive",
        "general",
        "longtime",
        "long",
        "time",
        "founding",
        "global",
        "regional",
        "national",
        "press",
        "media",
        "policy",
        "legal",
        "technology",
        "technical",
        "managing",
        "vice",
        "co",
        "current",
        "new",
        "stellvertretende",
        "stellvertretender",
        "stellvertretenden",
        "leitende",
        "leitender",
        "leitenden",
        "zuständige",
        "zuständiger",
        "zuständigen",
        "langjährige",
        "langjähriger",
        "langjährigen",
        "neue",
        "neuer",
        "neuen",
        "amtierende",
        "amtierender",
        "plaatsvervangend",
        "plaatsvervangende",
        "waarnemend",
        "waarnemende",
        "nieuwe",
        "huidige",
        "algemeen",
    ],
};
/// Nouns for what an organisation is, which may end a description right before its name after a role (`CEO of
/// surveillance firm Flock`, `Mitbegründer des KI-Unternehmens Helsing`, `topman van het Chinese bedrijf
/// Hikvision`). German compounds are recognised by their ending too (see [`ORGANISATION_ENDINGS`]).
pub(super) const ORGANISATION_NOUNS: Words = Words {
    bit: 1 << 16,
    list: &[
        "company",
        "firm",
        "startup",
        "up",
        "vendor",
        "maker",
        "contractor",
        "developer",
        "manufacturer",
        "supplier",
        "provider",
        "group",
        "giant",
        "nonprofit",
        "profit",
        "organization",
        "organisation",
        "agency",
        "department",
        "office",
        "ministry",
        "unternehmen",
        "unternehmens",
        "firma",
        "konzern",
        "konzerns",
        "ups",
        "bedrijf",
        "leverancier",
        "fabrikant",
        "concern",
        "organisatie",
        "ministerie",
        "dienst",
    ],
};
/// The endings of German and Dutch compounds that name what an organisation is (`Rüstungskonzerns`,
/// `Drohnenherstellers`, `telecomoperator`).
pub(super) const ORGANISATION_ENDINGS: &[&str] = &[
    "unternehmen",
    "unternehmens",
    "firma",
    "konzern",
    "konzerns",
    "hersteller",
    "herstellers",
    "anbieter",
    "anbieters",
    "händler",
    "händlers",
    "dienstleister",
    "dienstleisters",
    "zulieferer",
    "zulieferers",
    "behörde",
    "ministerium",
    "ministeriums",
    "bedrijf",
    // Dutch compounds (`telecomoperator`, `softwareleverancier`, `botenbouwer`)
    "operator",
    "fabrikant",
    "leverancier",
    "producent",
    "bouwer",
    "dienstverlener",
];
/// The prepositions that name a product's maker after it: `„Gesichtsfinder“ von Cognitec`, `Gotham by
/// Palantir`, `het systeem Catch van Cognitec`.
pub(super) const MAKERS: Words = Words {
    bit: 1 << 17,
    list: &["von", "vom", "van", "by", "from"],
};
/// Nouns for a contract or a programme: a name right before one names it (`its JEDI cloud contract`, `der
/// Auftrag`, `het contract`), not what is supplied.
pub(super) const CONTRACTS: Words = Words {
    bit: 1 << 18,
    list: &[
        "contract",
        "contracts",
        "program",
        "programme",
        "vertrag",
        "vertrags",
        "auftrag",
        "auftrags",
        "programm",
        "programms",
        "opdracht",
        "programma",
    ],
};
/// Finite verbs that begin a second predicate after `and`: `a spinoff of Airborne and is backed by…`, `arbeitet
/// mit Genetec und ist…`. What follows them is said of the sentence's subject, not of the name before `and`.
pub(super) const FINITE: Words = Words {
    bit: 1 << 19,
    list: &[
        "is", "was", "has", "had", "are", "were", "ist", "war", "hat", "hatte", "wird", "wurde", "sind", "heeft",
        "wordt", "werd", "zijn",
    ],
};
/// `with`: a name after it is one that does the test with the subject (`die Behörde testet mit der Deutschen
/// Bahn die Erkennung`), not what it tests.
pub(super) const WITH: Words = Words {
    bit: 1 << 20,
    list: &["with", "mit", "met"],
};
/// A company's roles, written right before the holder's name (`CEO Satya Nadella`, `Geschäftsführer`,
/// `bedrijfsleider Tim Ketels`): the holder works for a company, not for an agency.
pub(super) const COMPANY_ROLES: Words = Words {
    bit: 1 << 21,
    list: &[
        "ceo",
        "cto",
        "cfo",
        "coo",
        "founder",
        "cofounder",
        "chairman",
        "chairwoman",
        "geschäftsführer",
        "geschäftsführerin",
        "gründer",
        "gründerin",
        "mitgründer",
        "mitgründerin",
        "firmenchef",
        "firmenchefin",
        "konzernchef",
        "konzernchefin",
        "vorstandschef",
        "vorstandschefin",
        "bedrijfsleider",
        "oprichter",
        "medeoprichter",
        "topman",
        "topvrouw",
    ],
};
/// A police force's ranks and a prosecutor's office, written right before the holder's name (`Lt. J.D.
/// Fortner`, `Polizeipräsident`, `hoofdcommissaris`): the holder works for an agency.
pub(super) const AGENCY_ROLES: Words = Words {
    bit: 1 << 22,
    list: &[
        "lt",
        "lieutenant",
        "sgt",
        "sergeant",
        "capt",
        "captain",
        "det",
        "detective",
        "cmdr",
        "commander",
        "sheriff",
        "undersheriff",
        "constable",
        "polizeipräsident",
        "polizeipräsidentin",
        "polizeisprecher",
        "polizeisprecherin",
        "kriminalhauptkommissar",
        "hauptkommissar",
        "oberstaatsanwalt",
        "oberstaatsanwältin",
        "korpschef",
        "hoofdcommissaris",
        "politiewoordvoerder",
    ],
};
/// No words of its own: the bit the tokens get whose last bytes are those of a role that German and Dutch build
/// compounds on (`…sprecher`, `…woordvoerder`), set as a sentence is read (see `Lexicon::compound_role`).
pub(super) const ROLE_TAIL: Words = Words {
    bit: 1 << 23,
    list: &[],
};
/// Possessive pronouns before a role: `its founder, Jeff Bezos`, `sein Chef Alex Karp`, `zijn topman`.
pub(super) const POSSESSIVES: Words = Words {
    bit: 1 << 24,
    list: &[
        "its", "their", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer",
        "dessen", "deren", "zijn", "haar", "hun",
    ],
};
/// Auxiliaries and modal verbs, which may follow a German or Dutch verb at the end of its clause (`dass
/// Palantir vom BKA genutzt wird`, `die software heeft geleverd`), and a phrase after them that begins with a
/// preposition ([`PREPOSITIONS`]). A verb after the second name followed by anything else is a main clause's,
/// whose subject is the second name (`die Amazon-Tochter Ring verkauft Kameras`).
pub(super) const AUXILIARIES: Words = Words {
    bit: 1 << 25,
    list: &[
        "hat", "haben", "hatte", "hatten", "habe", "ist", "sind", "war", "waren", "sei", "wird", "werden", "wurde",
        "wurden", "worden", "sein", "soll", "sollen", "sollte", "sollten", "kann", "können", "konnte", "konnten",
        "muss", "müssen", "musste", "will", "wollen", "wollte", "darf", "dürfen", "heeft", "hebben", "had", "hadden",
        "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "zal", "zullen", "zou", "zouden", "kan",
        "kunnen", "kon", "konden", "moet", "moeten", "wil", "willen", "mag", "mogen",
    ],
};
/// Prepositions, which may begin a phrase after a verb that closes its clause: German and Dutch put one there
/// often (`dat Google het Pentagon helpt met het analyseren`, `geordert – zu einem Stückpreis von …`).
pub(super) const PREPOSITIONS: Words = Words {
    bit: 1 << 26,
    list: &[
        "an", "mit", "für", "bei", "von", "vom", "zu", "zum", "zur", "in", "im", "um", "auf", "aus", "seit", "nach",
        "über", "gegen", "durch", "ab", "met", "aan", "voor", "bij", "van", "op", "om", "tot", "door", "uit", "sinds",
        "naar", "over", "tegen", "te",
    ],
};
/// The prepositions of a passive's agent after a noun of the act (`the purchase of Gotham by ICE`, `die
/// Beschaffung … durch das BKA`, `de aanschaf van Catch door de politie`); `von` is left out, which is `of`
/// as often (`der Kauf von Drohnen von Quantum Systems`).
pub(super) const AGENTS: Words = Words {
    bit: 1 << 27,
    list: &["by", "durch", "door"],
};
/// Copulas, which may join a person to the role that follows (`Alex Karp is the CEO of Palantir`, `ist Chef
/// von`, `is topman van`); `wird` and `wordt` are left out, which say what someone will become, and `was` and
/// `war`, which say as often what someone no longer is.
pub(super) const COPULAS: Words = Words {
    bit: 1 << 28,
    list: &["is", "ist", "became", "remains", "bleibt", "blijft"],
};
/// The prepositions before a seller (`bought … from Genetec`, `von der NSO Group … gekauft`): who is named after
/// one is no buyer. (`by` is left out: it names an agent or a maker as often.)
pub(super) const SELLERS: Words = Words {
    bit: 1 << 29,
    list: &["from", "von", "vom", "van"],
};
/// `at` and `for`: the object of a buying or using verb after one is where it happens or for whom (`installed
/// its cameras at Home Depot`), not who supplies. (`bei` and `bij` are left out: one orders from a vendor with
/// them, `bei Zepcam bestellt`.)
pub(super) const AT_FOR: Words = Words {
    bit: 1 << 30,
    list: &["at", "for", "für", "voor"],
};
/// `against`: who is named after it is an adversary (`won a lawsuit against the FBI`, `eine Klage gegen die
/// Bundeswehr`), no customer.
pub(super) const AGAINST: Words = Words {
    bit: 1 << 31,
    list: &["against", "gegen", "tegen"],
};
/// `told`: who is named right after it is told something (`The bureau told The Guardian that it purchased
/// Pegasus`), the addressee, no party to what the clause after it says. English only: German and Dutch put an
/// inverted subject there as often (`sagte der Sprecher`).
pub(super) const TOLD: Words = Words {
    bit: 1 << 32,
    list: &["told", "tell", "tells", "telling"],
};
/// Nouns of a report before its source's name in the genitive (`laut einem Bericht des Hessischen Rundfunks`,
/// `nach Recherchen der Süddeutschen Zeitung`, `einem Bericht der Zeit zufolge`): the source is no party to
/// what it reports, as after `laut` itself.
pub(super) const REPORTS: Words = Words {
    bit: 1 << 34,
    list: &[
        "bericht",
        "berichten",
        "berichts",
        "recherchen",
        "recherche",
        "angaben",
        "informationen",
        "onderzoek",
        "berichtgeving",
        "report",
        "reporting",
    ],
};
/// Words of time before a name: the name after them begins a clause of when (`has led the project since Google
/// pulled out`, `seit Google ausgestiegen ist`), and is no object of the verb before them.
pub(super) const TEMPORAL: Words = Words {
    bit: 1 << 33,
    list: &[
        "since", "until", "during", "seit", "seitdem", "während", "sinds", "tijdens", "totdat",
    ],
};
/// Nouns for an outlet before its name, after `laut`, `volgens`, `according to` (`laut der israelischen
/// Zeitung Haaretz`, `volgens het persbureau ANP`, `according to the news agency Reuters`): the outlet is the
/// source, as the name right after `laut` is.
pub(super) const OUTLETS: Words = Words {
    bit: 1 << 35,
    list: &[
        "zeitung",
        "tageszeitung",
        "wochenzeitung",
        "zeitschrift",
        "magazin",
        "nachrichtenmagazin",
        "sender",
        "nachrichtenagentur",
        "agentur",
        "krant",
        "dagblad",
        "weekblad",
        "omroep",
        "persbureau",
        "nieuwsdienst",
        "newspaper",
        "paper",
        "magazine",
        "broadcaster",
        "agency",
        "outlet",
        "site",
        "website",
    ],
};
/// The prepositions of where a company is from, right after its name (`Raytheon aus den USA`, `Thales from
/// France`, `Hikvision uit China`): the place after one says whose the company is, and is no party.
pub(super) const ORIGINS: Words = Words {
    bit: 1 << 36,
    list: &["aus", "from", "uit"],
};

/// The words of [`ORGANISATION_NOUNS`] that are no company's: an agency's, a department's, a group's, and the
/// `up` of `start-up` that is a phrasal verb's as often (`steps up`). A place before them is no description.
pub(super) const NOT_COMPANIES: Words = Words {
    bit: 1 << 37,
    list: &[
        "up",
        "ups",
        "profit",
        "agency",
        "department",
        "office",
        "ministry",
        "ministerie",
        "dienst",
        "group",
    ],
};

/// The lists above.
pub(super) const LISTS: [Words; 35] = [
    AND,
    ARTICLES,
    INDEFINITE,
    ATTRIBUTION,
    ACCORDING,
    TO,
    RELATIVES,
    ROLE_GLUE,
    LIST_GLUE,
    APPOSITION_ENDS,
    LOCATIVES,
    BEGINS_RELATION,
    ROLE_MODIFIERS,
    ORGANISATION_NOUNS,
    MAKERS,
    CONTRACTS,
    FINITE,
    WITH,
    COMPANY_ROLES,
    AGENCY_ROLES,
    ROLE_TAIL,
    POSSESSIVES,
    AUXILIARIES,
    PREPOSITIONS,
    AGENTS,
    COPULAS,
    SELLERS,
    AT_FOR,
    AGAINST,
    TOLD,
    TEMPORAL,
    REPORTS,
    OUTLETS,
    ORIGINS,
    NOT_COMPANIES,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_has_a_bit_of_its_own() {
        let all: Vec<Words> = FUNCTION_WORDS.into_iter().chain(LISTS).collect();
        for (i, a) in all.iter().enumerate() {
            assert_eq!(a.bit.count_ones(), 1, "{:?}", a.list);
            for b in &all[i + 1..] {
                assert_ne!(a.bit, b.bit, "{:?} {:?}", a.list, b.list);
            }
        }
    }
}
