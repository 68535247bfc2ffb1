//! `The company`: a definite description that names, in the sentence after, the organisation a text has just
//! named, so that what that sentence says of it is typed too.
//!
//! News names a company once and then describes it: `Palantir was founded in 2004. Last year the company won
//! a contract from the US Army.`, `… erhielt das Unternehmen einen Auftrag vom US-Militär`, `Daarna leverde het
//! bedrijf camera's aan de politie`. Read sentence by sentence, the second sentence names only the Army, and the
//! relation it states is lost. The description is read as the organisation when nothing else can be meant:
//!
//! - the words are a definite article and a noun for a company (`the company`, `the firm`, `das Unternehmen`,
//!   `der Konzern`, `het bedrijf`, `de fabrikant`; [`NOUNS`] after [`ARTICLES`]);
//! - one of the two sentences before names an organisation, the nearer such sentence names exactly one (`ICE
//!   signed with Palantir. The company said …`: Palantir; with Microsoft and Amazon in it, neither);
//! - the sentence itself names no organisation before the description (`Microsoft said the company …` is
//!   Microsoft's own, already named), nor a name right after it (`die Firma Atos` describes Atos).
//!
//! Only typed relations read it: the co-occurrence graph counts what the text names, and the description is
//! no name.

use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::{ORGANISATION, Relater};
use crate::extract::Mention;
use crate::extract::found::Found as FoundEntity;

/// Nouns for a company, as written after a definite article ([`ARTICLES`]): `the company`, `das Unternehmen`,
/// `het bedrijf`. The nouns are what is searched for (the articles are everywhere, the nouns rare), so a
/// sentence without one costs a pass of a SIMD prefilter.
const NOUNS: &[&str] = &[
    // en
    "company",
    "firm",
    "startup",
    "vendor",
    "contractor",
    "manufacturer",
    // de
    "Unternehmen",
    "Unternehmens",
    "Firma",
    "Konzern",
    "Konzerns",
    "Hersteller",
    "Herstellers",
    "Anbieter",
    "Anbieters",
    "Start-up",
    // nl
    "bedrijf",
    "firma",
    "concern",
    "fabrikant",
    "leverancier",
];

/// The definite articles before a description, lower case.
const ARTICLES: &[&str] = &["the", "der", "die", "das", "des", "dem", "den", "de", "het"];

/// How many sentences back an antecedent is looked for.
const REACH: u32 = 2;

fn automaton() -> &'static AhoCorasick {
    static AUTOMATON: OnceLock<AhoCorasick> = OnceLock::new();
    AUTOMATON.get_or_init(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(NOUNS)
            .expect("the nouns compile")
    })
}

impl Relater {
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
        let organisation = |m: &Mention| self.type_of(m.entity, found) == ORGANISATION;
        // the nearer sentence with an organisation, within reach: exactly one organisation in it
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
        let span = description(text, sentence)?;
        let named_before = group.iter().any(|m| m.start < span.start && organisation(m));
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

/// The first description of a company in `text[sentence]`: a definite article and a noun for a company, as
/// whole words.
fn description(text: &str, sentence: Range<usize>) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    automaton()
        .find_iter(&bytes[sentence.clone()])
        .map(|m| sentence.start + m.start()..sentence.start + m.end())
        .find_map(|noun| {
            let after = text[noun.end..].chars().next();
            let before = text[..noun.start].strip_suffix(' ')?;
            // (the character before the article may be of several bytes: a no-break space)
            let article_at = before
                .char_indices()
                .rev()
                .find(|&(_, c)| !c.is_alphabetic())
                .map_or(0, |(i, c)| i + c.len_utf8());
            let article = &before[article_at..];
            let known = ARTICLES.iter().any(|a| a.eq_ignore_ascii_case(article));
            (known && article_at >= sentence.start && !after.is_some_and(char::is_alphanumeric))
                .then_some(article_at..noun.end)
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
        ];
        for (text, expected) in rows {
            let got = description(text, 0..text.len()).map(|r| &text[r]);
            assert_eq!(got, expected, "{text:?}");
        }
    }
}
