//! `The company`, `the department`: a definite description that names, in the sentence after, the organisation
//! or the agency a text has just named, so that what that sentence says of it is typed too.
//!
//! News names a company once and then describes it: `Palantir was founded in 2004. Last year the company won
//! a contract from the US Army.`, `… erhielt das Unternehmen einen Auftrag vom US-Militär`, `Daarna leverde het
//! bedrijf camera's aan de politie`. It does so with agencies too: `The Los Angeles Police Department … Last year
//! the department bought drones from DJI`, `Das BKA … Die Behörde nutzt …`, `het ministerie`. Read sentence by
//! sentence, the second sentence names only the Army (or DJI), and the relation it states is lost. The
//! description is read as the organisation or agency when nothing else can be meant:
//!
//! - the words are a definite article and a noun for a company or for an agency (`the company`, `the firm`,
//!   `das Unternehmen`, `het bedrijf`; `the department`, `the sheriff's office`, `die Behörde`, `het
//!   ministerie`; [`NOUNS`] after [`ARTICLES`]), and the noun says which of the two it describes;
//! - one of the two sentences before names one of that type, the nearer such sentence names exactly one (`ICE
//!   signed with Palantir. The company said …`: Palantir; with Microsoft and Amazon in it, neither); an
//!   agency's noun that says what it is asks for an agency named so (`the department` for `the Chicago Police
//!   Department`, `the sheriff's office` for a sheriff's, not for the county board named last);
//! - the sentence itself names none of that type before the description (`Microsoft said the company …` is
//!   Microsoft's own, already named), nor a name right after it (`die Firma Atos` describes Atos).
//!
//! A product is described the same way (`the software`, `die Software`, `het systeem`, `die Plattform`):
//! `Pegasus von der NSO Group … Das BKA hat die Software angeschafft`, with the same rules (one product in the
//! nearer sentence, none named before the description in its own), unless a word for a company follows the
//! noun (`the software company`) or a hyphen glues it to another (`die Software-Firma`, `das System-Update`).
//! The first description of a kind named within reach is read: `Critics of the software say the company …`
//! after a company and no product is the company's. `the app` and `the tool` are left out: as strings they
//! are inside many words (`apparently`, `toolkit`), and every sentence would pay to look at them.
//!
//! `the police`, `die Polizei`, `the city` are left out: the press writes them for the police or the town in
//! general as often as for the force or the council it has named.
//!
//! Only typed relations read it: the co-occurrence graph counts what the text names, and the description is
//! no name.

use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::words::{ACCORDING, ATTRIBUTION};
use super::{AGENCY, ORGANISATION, PERSON, PRODUCT, Relater};
use crate::extract::Mention;
use crate::extract::found::Found as FoundEntity;

/// Nouns for a company, an agency or a product, as written after a definite article ([`ARTICLES`]), with the type they
/// describe and the word the antecedent's name must have, if any: `the department` is a department named so
/// (`the sheriff's office` is not the county board), `die Behörde` any agency, `the company` any company. The nouns are
/// what is searched for (the articles are everywhere, the nouns rare), so a sentence without one costs a pass
/// of a SIMD prefilter.
const NOUNS: &[(&str, u8, &str)] = &[
    // en
    ("company", ORGANISATION, ""),
    ("firm", ORGANISATION, ""),
    ("startup", ORGANISATION, ""),
    ("vendor", ORGANISATION, ""),
    ("contractor", ORGANISATION, ""),
    ("manufacturer", ORGANISATION, ""),
    ("department", AGENCY, "department"),
    ("agency", AGENCY, "agency"),
    ("sheriff's office", AGENCY, "sheriff"),
    ("sheriff’s office", AGENCY, "sheriff"),
    ("ministry", AGENCY, "ministry"),
    // de
    ("Unternehmen", ORGANISATION, ""),
    ("Unternehmens", ORGANISATION, ""),
    ("Firma", ORGANISATION, ""),
    ("Konzern", ORGANISATION, ""),
    ("Konzerns", ORGANISATION, ""),
    ("Hersteller", ORGANISATION, ""),
    ("Herstellers", ORGANISATION, ""),
    ("Anbieter", ORGANISATION, ""),
    ("Anbieters", ORGANISATION, ""),
    ("Start-up", ORGANISATION, ""),
    ("Behörde", AGENCY, ""),
    ("Ministerium", AGENCY, "ministerium"),
    ("Ministeriums", AGENCY, "ministerium"),
    // nl
    ("bedrijf", ORGANISATION, ""),
    ("firma", ORGANISATION, ""),
    ("concern", ORGANISATION, ""),
    ("fabrikant", ORGANISATION, ""),
    ("leverancier", ORGANISATION, ""),
    ("ministerie", AGENCY, "ministerie"),
    ("dienst", AGENCY, "dienst"),
    // products, in all three
    ("software", PRODUCT, ""),
    ("Software", PRODUCT, ""),
    ("system", PRODUCT, ""),
    ("System", PRODUCT, ""),
    ("systeem", PRODUCT, ""),
    ("platform", PRODUCT, ""),
    ("Plattform", PRODUCT, ""),
];
/// Nouns for a company's customers after a possessive that stands for the company (`Its customers include the
/// FBI`, `Zu seinen Kunden zählen`, `Tot zijn klanten behoren`), or after the article of German `zu den` and
/// Dutch `tot de` (`Zu den Kunden zählen auch die NASA`), at the sentence's start: the possessive, or the
/// article, is read as the company, and the noun stays the relation's cue, as in `Palantir's customers include
/// the FBI`.
const CUSTOMERS: &[&str] = &["customers", "clients", "Kunden", "klanten"];
/// The possessives before [`CUSTOMERS`] that stand for a company, lower case.
const POSSESSIVES: &[&str] = &["its", "seine", "seinen", "ihre", "ihren", "zijn", "haar"];
/// The prepositions before `den` or `de` that make them the article of a company's customers (`zu den Kunden`,
/// `tot de klanten`), lower case.
const AMONG: &[&str] = &["zu", "tot"];
/// The verbs after [`CUSTOMERS`] that list them (`Its customers include`, `Among its clients are`, `Zu den
/// Kunden zählen`, `Tot zijn klanten behoren`): what else a company's customers do (`Its customers praised
/// Microsoft's cloud`) says nothing of whom it supplies, and whose customers they are, when the sentence names
/// it (`Zu den Kunden von Palantir gehört`), is no one's named before.
const LISTING: &[&str] = &[
    "include",
    "included",
    "including",
    "are",
    "were",
    "comprise",
    "zählen",
    "zählten",
    "gehören",
    "gehörten",
    "zählt",
    "gehört",
    "behoren",
    "behoorden",
    "hoort",
    "horen",
    "zijn",
    "waren",
];

/// Titles that name a person's office in an organisation the article has named before, without naming it
/// again (`Police Chief James Craig` after `the Detroit Police Department`, `Council President Brenda Jones`
/// after `the Detroit City Council`), as US local news writes them: the title's first word stands for the
/// organisation and the rest is the role (`[the department] Chief James Craig`, as `Detroit Police Chief James
/// Craig` is read), with the word the organisation's name must hold.
const TITLES: &[(&str, &str)] = &[
    ("Police Chief", "police"),
    ("police chief", "police"),
    ("Police Commissioner", "police"),
    ("police commissioner", "police"),
    ("Police Superintendent", "police"),
    ("police superintendent", "police"),
    ("Council President", "council"),
    ("council president", "council"),
    ("Council Member", "council"),
    ("Council member", "council"),
    ("council member", "council"),
];

/// Words after a product's noun that make it a company's (`the software company`, `the system maker`).
const MAKERS: &[&str] = &[
    "company",
    "companies",
    "firm",
    "firms",
    "maker",
    "makers",
    "giant",
    "provider",
    "providers",
    "developer",
    "developers",
    "vendor",
    "vendors",
    "startup",
    "integrator",
];
/// The definite articles before a description, lower case.
const ARTICLES: &[&str] = &["the", "der", "die", "das", "des", "dem", "den", "de", "het"];

/// How many sentences back the agency of a title is looked for: an article's length.
const TITLE_REACH: u32 = 200;
/// How many sentences back an antecedent is looked for.
const REACH: u32 = 2;

fn automaton() -> &'static AhoCorasick {
    static AUTOMATON: OnceLock<AhoCorasick> = OnceLock::new();
    AUTOMATON.get_or_init(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(NOUNS.iter().map(|(noun, _, _)| noun).chain(CUSTOMERS))
            .expect("the nouns compile")
    })
}

fn title_automaton() -> &'static AhoCorasick {
    static AUTOMATON: OnceLock<AhoCorasick> = OnceLock::new();
    AUTOMATON.get_or_init(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(TITLES.iter().map(|(title, _)| title))
            .expect("the titles compile")
    })
}

impl Relater {
    /// The agency a title before a person in `text[sentence]` stands for (see [`TITLES`]), as a mention at the
    /// title's first word: when the document so far (up to [`TITLE_REACH`] sentences back) names exactly one
    /// agency whose name holds the title's word (the article's police department, wherever it named it), the
    /// sentence none, and no name stands right before the title (`Fremont Police Chief …` names its own).
    fn titled(
        &self,
        text: &str,
        (sentence, number): (&Range<usize>, u32),
        group: &[Mention],
        before: &[Mention],
        found: &[FoundEntity],
    ) -> Option<Mention> {
        // (a title stands before a person: most sentences name none, and are not searched)
        if !group.iter().any(|g| self.type_of(g.entity, found) == PERSON) {
            return None;
        }
        let bytes = text.as_bytes();
        let m = title_automaton().find(&bytes[sentence.clone()])?;
        let (title, head) = TITLES[m.pattern().as_usize()];
        let (start, end) = (sentence.start + m.start(), sentence.start + m.end());
        let person = |g: &Mention| g.start == end + 1 && self.type_of(g.entity, found) == PERSON;
        let word_before = text[..start].chars().next_back().is_some_and(char::is_alphanumeric);
        let name_before = group.iter().any(|g| g.end + 1 >= start && g.end <= start);
        if word_before || name_before || !text[end..].starts_with(' ') || !group.iter().any(person) {
            return None;
        }
        let holds = |g: &&Mention| {
            self.type_of(g.entity, found) == AGENCY
                && text
                    .get(g.start..g.end)
                    .is_some_and(|name| name.to_lowercase().contains(head))
        };
        if group.iter().any(|g| holds(&g)) {
            return None;
        }
        // (an article's length back: a document read whole, however long, is not read again for each title)
        let mut named = before
            .iter()
            .rev()
            .take_while(|g| g.sentence + TITLE_REACH >= number)
            .filter(holds);
        let first = named.next()?;
        if named.any(|g| g.entity != first.entity) {
            return None;
        }
        let word = title.find(' ').unwrap_or(title.len());
        Some(Mention {
            start,
            end: start + word,
            sentence: number,
            ..*first
        })
    }

    /// The organisation a description in `text[sentence]` names, as a mention at the description's span: when
    /// the sentence (whose mentions are `group`, sentence number `number`) has such a description and the
    /// mentions `before` (of the sentences before, in text order) name its antecedent (see the module's
    /// rules). `found` are the document's found entities, which some mentions may name.
    pub fn antecedent(
        &self,
        text: &str,
        (sentence, number): (Range<usize>, u32),
        group: &[Mention],
        before: &[Mention],
        found: &[FoundEntity],
    ) -> Option<Mention> {
        if let Some(titled) = self.titled(text, (&sentence, number), group, before, found) {
            return Some(titled);
        }
        // most sentences have no organisation or agency within reach before them: they are not searched
        let in_reach = before.iter().rev().take_while(|m| m.sentence + REACH >= number);
        // (the types within reach, as bits)
        let reached: u32 = in_reach
            .map(|m| self.type_of(m.entity, found))
            .filter(|&t| t == ORGANISATION || t == AGENCY || t == PRODUCT)
            .fold(0, |bits, t| bits | 1 << t);
        if reached == 0 {
            return None;
        }
        // (the first description of a kind named within reach: `Critics of the software say the company …`
        // after a company and no product is the company's)
        let sentence_start = sentence.start;
        let (span, kind, head) = description(text, sentence, |kind| reached & 1 << kind != 0)?;
        let organisation = |m: &Mention| {
            self.type_of(m.entity, found) == kind
                && (head.is_empty() || text[m.start..m.end].to_lowercase().contains(head))
        };
        // the nearer sentence with an organisation (or an agency), within reach: exactly one in it
        let nearest = before
            .iter()
            .rev()
            .take_while(|m| m.sentence + REACH >= number)
            .find(|m| organisation(m))?;
        let mut named = before
            .iter()
            .rev()
            .skip_while(|m| m.sentence > nearest.sentence)
            .take_while(|m| m.sentence == nearest.sentence)
            .filter(|m| organisation(m))
            .map(|m| m.entity);
        if named.any(|e| e != nearest.entity) {
            return None;
        }
        // (a source the sentence cites is not what it describes: `Laut Haaretz steht Deutschland auf der
        // Kundenliste des Unternehmens`, `According to Reuters, the company …`)
        let named_before = group
            .iter()
            .any(|m| m.start < span.start && organisation(m) && !cited(text, sentence_start, m.start));
        let named_here = group.iter().any(|m| m.entity == nearest.entity);
        // a description with a name after it is that name's (`bekam die Firma Atos den Zuschlag`)
        let describes_next = group
            .iter()
            .any(|m| m.start >= span.end && text[span.end..m.start].trim().is_empty());
        (!named_before && !named_here && !describes_next).then_some(Mention {
            start: span.start,
            end: span.end,
            sentence: number,
            ..*nearest
        })
    }
}

/// Whether the name at `at` is a source the sentence cites: a word of [`ATTRIBUTION`] (`laut`, `volgens`) or
/// `according to` among the five words before it, with no comma or other mark between (`laut einem Bericht der
/// Zeitung Bild`). Read on the text: descriptions are resolved before the sentence's words are.
fn cited(text: &str, sentence_start: usize, at: usize) -> bool {
    let mut from = at.saturating_sub(48).max(sentence_start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..at];
    let words: Vec<&str> = before
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .take(5)
        .collect();
    let mut previous = "";
    for word in &words {
        if word.contains([',', ';', ':', '.', '(', ')']) {
            return false;
        }
        let lower = word.to_lowercase();
        if ATTRIBUTION.list.contains(&lower.as_str()) || (ACCORDING.list.contains(&lower.as_str()) && previous == "to")
        {
            return true;
        }
        previous = word;
    }
    false
}

/// The first description of a company or an agency in `text[sentence]`, a definite article and a noun for one
/// as whole words, with the type it describes.
fn description(
    text: &str,
    sentence: Range<usize>,
    wanted: impl Fn(u8) -> bool,
) -> Option<(Range<usize>, u8, &'static str)> {
    let bytes = text.as_bytes();
    automaton()
        .find_iter(&bytes[sentence.clone()])
        .map(|m| {
            let (kind, head) = NOUNS
                .get(m.pattern().as_usize())
                .map_or((ORGANISATION, ""), |n| (n.1, n.2));
            let customers = m.pattern().as_usize() >= NOUNS.len();
            (
                sentence.start + m.start()..sentence.start + m.end(),
                kind,
                head,
                customers,
            )
        })
        .find_map(|(noun, kind, head, customers)| {
            let after = text[noun.end..].chars().next();
            let before = text[..noun.start].strip_suffix(' ')?;
            // (the character before the article may be of several bytes: a no-break space)
            let word_start = |before: &str| {
                before
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| !c.is_alphabetic())
                    .map_or(0, |(i, c)| i + c.len_utf8())
            };
            let article_at = word_start(before);
            let article = &before[article_at..];
            if customers {
                // the possessive or the article alone is the company
                let after_to = || {
                    let to = before[..article_at].strip_suffix(' ').unwrap_or_default();
                    let to = &to[word_start(to)..];
                    matches!(article, "den" | "de") && AMONG.iter().any(|w| w.eq_ignore_ascii_case(to))
                };
                let next = text[noun.end..sentence.end]
                    .split_whitespace()
                    .next()
                    .unwrap_or_default();
                let listing = LISTING.contains(&next);
                let possessive = POSSESSIVES.iter().any(|p| p.eq_ignore_ascii_case(article));
                // (at the sentence's start, or after its first word: `Among its customers are`; further on, a
                // possessive is as often the subject's before it, `The utility said its customers …`)
                let opening = text[sentence.start..article_at].split_whitespace().count() <= 1;
                let fits = article_at >= sentence.start
                    && opening
                    && !after.is_some_and(char::is_alphanumeric)
                    && (possessive || after_to())
                    && listing;
                return (fits && wanted(kind)).then_some((article_at..article_at + article.len(), kind, head));
            }
            let known = ARTICLES.iter().any(|a| a.eq_ignore_ascii_case(article));
            // a product's noun is a company's before a word for one (`the software company`), and no bare
            // noun glued to another by a hyphen (`die Software-Firma`, `das System-Update`)
            let rest = &text[noun.end..sentence.end];
            let next = rest
                .trim_start()
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or_default();
            let maker = kind == PRODUCT && (rest.starts_with('-') || MAKERS.contains(&next));
            let fits = known && article_at >= sentence.start && !after.is_some_and(char::is_alphanumeric);
            (fits && !maker && wanted(kind)).then_some((article_at..noun.end, kind, head))
        })
}

#[cfg(test)]
mod tests {
    use super::description;

    #[test]
    fn descriptions_are_whole_words_in_any_case() {
        let rows = [
            ("Then the company said so.", Some("the company")),
            ("Das Unternehmen erhielt den Auftrag.", Some("Das Unternehmen")),
            ("Daarna leverde het bedrijf camera's.", Some("het bedrijf")),
            ("the company's lawyers", Some("the company")),
            ("the companyless and the firmware", None),
            ("bathe company", None),
            ("Dann\u{a0}das Unternehmen\u{a0}das", Some("das Unternehmen")),
            ("Then the software was bought.", Some("the software")),
            ("Then the software company said so.", None),
            ("Dann sagte die Software-Firma das.", None),
            ("Het systeem werkt.", Some("Het systeem")),
            // a company's customers: the possessive, or the article after `zu` or `tot`, is the company
            ("Its customers include the FBI.", Some("Its")),
            ("Zu den Kunden zählen die NASA und die ESA.", Some("den")),
            ("Tot zijn klanten behoren de politie en het OM.", Some("zijn")),
            ("Zu den Kunden von Palantir gehört das BKA.", None),
            ("Er erklärte den Kunden das Produkt.", None),
            ("The utility said its customers include Denver.", None),
            ("Its customers praised the cloud.", None),
            ("Its customers' data is stored.", None),
        ];
        for (text, expected) in rows {
            let got = description(text, 0..text.len(), |_| true).map(|(r, _, _)| &text[r]);
            assert_eq!(got, expected, "{text:?}");
        }
    }
}
