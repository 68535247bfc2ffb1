//! Finding the unknown names of one sentence, with the cues around them.
//!
//! A name is a run of capitalised words (or acronyms) that no known mention covers, joined by the connectors
//! of the language (`Bank of America`, `Bundesamt für Migration und Flüchtlinge`, `Jan van Dijk`). A run is cut
//! at a title or role inside it (`Police Chief Jane Doe` → `Police` | `Jane Doe`), unless the head of an agency
//! follows (`Sheriff's Department`); then its edges are trimmed of what is not the name but says what the name
//! is: articles, a sentence's first ordinary word, cue words written with a capital (`Software`, `Firma`,
//! `Sprecherin`), legal forms (`GmbH`, kept as an alias), a possessive. The words around the run give the
//! other cues (`the company …`, `… said`, `according to …`, `…, a spokesperson`). What is left is an
//! [`Occurrence`], unless it is no name: an ordinary word alone, a German noun without a cue, a title-case
//! headline's words.

use crate::gazetteer::words::Language;

use super::cue::Cue;
use super::cues::{Cues, Section, first_name};
use super::tokens::{Known, Token};
use super::words::{
    collapse, foreign, german_common_noun, german_common_noun_or_compound, german_listed_noun, german_noun, headline,
    ordinary, ordinary_any, shouting,
};

/// One unknown name in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Occurrence {
    /// Byte span of the name in the document.
    pub start: usize,
    pub end: usize,
    /// The name as written, white space collapsed.
    pub name: String,
    pub words: usize,
    pub acronym: bool,
    /// Starts the sentence: its capital says less.
    pub initial: bool,
    /// Made of ordinary words only (`Facial Recognition Technology`): a name less often.
    pub plain: bool,
    /// A phrase that no cue names and that may be no name: listed only when it comes back.
    pub doubtful: bool,
    pub cues: Vec<Cue>,
    /// Other forms the sentence gives: with a legal form (`Acme GmbH`), an acronym defined after it.
    pub aliases: Vec<String>,
}

/// The scanner of one document.
pub(crate) struct Scanner<'a> {
    pub text: &'a str,
    pub language: Language,
    pub cues: &'a Cues,
}

impl Scanner<'_> {
    /// The unknown names of a sentence, given as its tokens.
    pub(crate) fn sentence(&self, tokens: &[Token<'_>], out: &mut Vec<Occurrence>) {
        let words: Vec<&Token<'_>> = tokens.iter().filter(|t| t.word).collect();
        if words.is_empty() || shouting(&words) {
            return;
        }
        // Title case is an English habit; German and Dutch headlines are written as sentences.
        let headline = self.language == Language::English && headline(&words);
        let mut i = 0;
        while i < tokens.len() {
            if !self.part(tokens, i) {
                i += 1;
                continue;
            }
            let end = self.run_end(tokens, i);
            // A head written in lower case begins the name it joins: `het ministerie van Justitie en Veiligheid`.
            let start = if i >= 2
                && tokens[i - 2].word
                && tokens[i - 2].known.is_none()
                && !tokens[i - 2].capitalised()
                && self.agency(&tokens[i - 2])
                && tokens[i - 1].word
                && self.cues.is(Section::ConnectorAgency, tokens[i - 1].text)
            {
                i - 2
            } else {
                i
            };
            if (i..=end).any(|k| self.nameish(tokens, k)) {
                self.run(tokens, start, end, headline, out);
            }
            i = end + 1;
        }
    }

    /// Whether `tokens[i]` may be a word of a name: capitalised or an acronym, not known, not a stop word, not
    /// the head of a compound with a known name (`Microsoft-Angestellte`).
    fn nameish(&self, tokens: &[Token<'_>], i: usize) -> bool {
        let t = &tokens[i];
        t.word
            && t.known.is_none()
            && (t.capitalised() || t.acronym())
            && !t.quantity()
            && !t.contraction()
            && !self.cues.is(Section::Stop, t.text)
            && !(t.joined && i > 0 && tokens[i - 1].known.is_some_and(|k| k != Known::Place))
    }

    /// Whether `tokens[i]` may be part of a name: a name word, or a known place, which may begin or end a
    /// longer name (`Washington Post`, `US-Verteidigungsministerium`) but is not a name of its own.
    fn part(&self, tokens: &[Token<'_>], i: usize) -> bool {
        self.nameish(tokens, i) || (tokens[i].known == Some(Known::Place) && tokens[i].capitalised())
    }

    fn agency(&self, t: &Token<'_>) -> bool {
        t.word && self.cues.is(Section::Agency, t.text)
    }

    /// The last token of the run of name words that starts at `start`.
    fn run_end(&self, tokens: &[Token<'_>], start: usize) -> usize {
        let mut end = start;
        while let Some(next) = tokens.get(end + 1) {
            // An abbreviation that is no name alone may end one: `Clearview AI`.
            let abbreviation =
                next.word && next.known.is_none() && (next.acronym() || next.camel()) && !next.quantity();
            if self.part(tokens, end + 1) || abbreviation {
                end += 1;
                continue;
            }
            // A connector joins two name words: `of`, `&`, `für` in an agency's name, `van` after a first name.
            // In German and Dutch the head comes first (`Bundesamt für …`, `Ministerie van …`), and a German
            // head must be no ordinary noun (`Polizei zur Verfügung` is none); English has both orders
            // (`Department of …`, `Immigration and Customs Enforcement`).
            let (Some(after), true) = (tokens.get(end + 2), next.word || next.text == "&") else {
                break;
            };
            let head_before = tokens[start..=end]
                .iter()
                .any(|t| self.agency(t) && !(self.language == Language::German && ordinary(t.text, Language::German)));
            let joins = next.text == "&"
                || self.cues.is(Section::Connector, next.text)
                || (self.cues.is(Section::ConnectorAgency, next.text)
                    && (head_before || (self.language == Language::English && self.agency(after))))
                || (self.cues.is(Section::Particle, next.text) && first_name(tokens[end].text));
            if joins && !next.text.chars().next().is_some_and(char::is_uppercase) && self.part(tokens, end + 2) {
                end += 2;
            } else if joins
                && self.cues.is(Section::Particle, next.text)
                && tokens.get(end + 3).is_some()
                && self.nameish(tokens, end + 3)
                && self.cues.is(Section::Particle, after.text)
            {
                end += 3; // `van der`, `von der`
            } else {
                break;
            }
        }
        end
    }

    /// Cuts a run at its titles and roles, then makes a name of each piece.
    fn run(&self, tokens: &[Token<'_>], start: usize, end: usize, headline: bool, out: &mut Vec<Occurrence>) {
        let mut piece = start;
        let mut cue_before = None;
        for k in start..=end {
            let t = &tokens[k];
            let role = t.word && (self.cues.is(Section::Title, t.text) || self.cues.is(Section::Role, t.text));
            let places = tokens[piece..k].iter().all(|t| t.known == Some(Known::Place));
            let prefix = tokens[piece..k]
                .iter()
                .all(|t| t.known == Some(Known::Place) || t.acronym());
            if self.language == Language::German
                && t.joined
                && k > piece
                && !(prefix && self.agency(t))
                && (german_noun(t.text) || role || self.word_cue_before(t).is_some() || self.agency(t))
            {
                // A German compound `X-Kopf` is a noun whose head says what X is: `Hessendata-Software`,
                // `Hensoldt-Chef`, `Rheinmetall-Konzern`; the head is no part of the name.
                let head = if role {
                    Some(Cue::RoleOf)
                } else if self.cues.is(Section::ProductAfter, t.text) || self.cues.is(Section::ProductBefore, t.text) {
                    Some(Cue::ProductAfter)
                } else if self.cues.is(Section::OrganisationAfter, t.text)
                    || self.cues.is(Section::OrganisationBefore, t.text)
                {
                    Some(Cue::OrganisationAfter)
                } else {
                    None
                };
                if !places {
                    self.piece(tokens, piece, k - 1, cue_before, head, headline, out);
                }
                cue_before = role.then_some(Cue::Role);
                piece = k + 1;
                continue;
            }
            // A German cue noun inside a run names what follows: `die US-Polizeibehörde ICE`, `Firma Hensoldt`.
            if self.language == Language::German
                && k > piece
                && k < end
                && !t.joined
                && self.part(tokens, k + 1)
                && !self.cues.is(Section::Legal, tokens[k + 1].text)
                && let Some(cue) = self.word_cue_before(t)
            {
                if !places && (piece..k).any(|i| self.nameish(tokens, i)) {
                    self.piece(tokens, piece, k - 1, cue_before, None, headline, out);
                }
                cue_before = Some(cue);
                piece = k + 1;
                continue;
            }
            if role && !tokens[k + 1..=end].iter().any(|t| self.agency(t)) {
                if k > piece && !places {
                    self.piece(tokens, piece, k - 1, cue_before, Some(Cue::RoleOf), headline, out);
                }
                cue_before = Some(Cue::Role);
                piece = k + 1;
            }
        }
        if piece <= end && (piece..=end).any(|k| self.nameish(tokens, k)) {
            self.piece(tokens, piece, end, cue_before, None, headline, out);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn piece(
        &self,
        tokens: &[Token<'_>],
        mut first: usize,
        mut last: usize,
        cue_before: Option<Cue>,
        cue_after: Option<Cue>,
        headline: bool,
        out: &mut Vec<Occurrence>,
    ) {
        let mut cues: Vec<Cue> = cue_before.into_iter().chain(cue_after).collect();
        let mut aliases = Vec::new();
        // The edges: what is not the name, and what it says.
        while first <= last {
            let t = &tokens[first];
            let lone = first == last;
            let joined_on = tokens.get(first + 1).is_some_and(|n| {
                n.word && (self.cues.is(Section::Connector, n.text) || self.cues.is(Section::ConnectorAgency, n.text))
            });
            if let Some(cue) = self.word_cue_before(t).filter(|_| !joined_on) {
                cues.push(cue);
            } else if !((self.cues.is(Section::Article, t.text)
                && (self.initial(tokens, first) || !t.capitalised() || lone))
                || !t.word
                || self.cues.is(Section::Connector, t.text)
                || self.cues.is(Section::ConnectorAgency, t.text)
                || (self.initial(tokens, first)
                    && !lone
                    && !t.acronym()
                    && (ordinary(t.text, self.language)
                        || (self.language == Language::German && !t.camel() && !first_name(t.text))))
                || (self.language == Language::German
                    && !lone
                    && german_noun(t.text)
                    && !first_name(t.text)
                    && tokens.get(first + 1).is_some_and(|n| first_name(n.text))))
            {
                break;
            }
            first += 1;
        }
        while first <= last {
            let t = &tokens[last];
            if self.cues.is(Section::Legal, t.text) && last > first {
                cues.push(Cue::Legal);
                let full = &self.text[tokens[first].start..t.end + usize::from(t.dot)];
                aliases.push(collapse(full));
            } else if t.word
                && self.cues.is(Section::ProductAfter, t.text)
                && t.capitalised()
                && last > first
                && !self.agency(t)
                && !cues.contains(&Cue::Legal)
            {
                cues.push(Cue::ProductAfter);
            } else if t.joined
                || !(self.cues.is(Section::Article, t.text)
                    || !t.word
                    || self.cues.is(Section::Connector, t.text)
                    || self.cues.is(Section::ConnectorAgency, t.text)
                    || self.cues.is(Section::Particle, t.text))
            {
                break;
            }
            if last == first {
                return;
            }
            last -= 1;
        }
        if first > last || !(first..=last).any(|k| self.nameish(tokens, k)) {
            return;
        }
        if tokens
            .get(last + 1)
            .is_some_and(|t| t.text == "-" && t.start == tokens[last].end)
        {
            return; // the first half of `Gesichtserkennungs- und Überwachungssoftware`
        }
        let (start, mut end) = (tokens[first].start, tokens[last].end);
        let name_text = &self.text[start..end];
        if let Some(stem) = name_text.strip_suffix("'s").or_else(|| name_text.strip_suffix("’s")) {
            end = start + stem.len();
            if self.role_next(tokens, last + 1) {
                cues.push(Cue::RoleOf);
            }
        }
        self.context(tokens, first, last, &mut cues, &mut aliases);
        let words: Vec<&Token<'_>> = tokens[first..=last].iter().filter(|t| t.word).collect();
        if words.iter().any(|t| self.agency(t)) {
            cues.push(Cue::Agency);
        } else if words.len() > 1 && self.cues.is(Section::County, words[words.len() - 1].text) {
            cues.push(Cue::County);
        }
        if (2..=4).contains(&words.len())
            && first_name(words[0].text)
            && words[1..].iter().all(|t| !t.acronym())
            && !cues.contains(&Cue::Agency)
        {
            cues.push(Cue::FirstName);
        }
        if words.len() > 1 && self.cues.is(Section::OrganisationHead, words[words.len() - 1].text) {
            cues.push(Cue::OrganisationAfter);
        }
        if self.cues.is_word(Section::ProductHead, words[0].text) && words.len() > 1 {
            cues.push(Cue::ProductBefore);
        }
        if first > 0
            && tokens[first - 1].known == Some(Known::Organisation)
            && tokens[first - 1].end < tokens[first].start
            && words.len() <= 3
        {
            cues.push(Cue::Maker);
        }
        if words.len() == 2
            && words.iter().all(|t| {
                t.known.is_none()
                    && !t.acronym()
                    && !t.camel()
                    && !t.joined
                    && t.text.chars().all(char::is_alphabetic)
                    && !ordinary_any(t.text)
                    && !self.cues.is(Section::OrganisationHead, t.text)
                    && !(self.language == Language::German && german_noun(t.text))
            })
            && !cues.iter().any(|c| {
                matches!(
                    c,
                    Cue::Agency | Cue::Legal | Cue::ProductBefore | Cue::ProductAfter | Cue::Maker | Cue::County
                )
            })
        {
            cues.push(Cue::PersonShape);
        }
        cues.sort();
        cues.dedup();
        let name = collapse(&self.text[start..end]);
        let acronym = words.len() == 1 && words[0].acronym();
        let initial = self.initial(tokens, first);
        let licensed = cues.iter().any(|c| c.licenses_word());
        let Some(weak) = self.is_name(&words, acronym, initial, &cues) else {
            return;
        };
        if headline && !acronym && !licensed {
            return;
        }
        let plain = !acronym && words.iter().all(|t| t.known.is_none() && ordinary_any(t.text));
        // A phrase no cue names, of ordinary words or (in German) with a noun: a name only if it comes back.
        let german = self.language == Language::German;
        let doubtful = !acronym
            && cues.iter().all(|c| matches!(c, Cue::Speech | Cue::Quoted))
            && !words.iter().any(|t| t.camel())
            && (plain
                || (german && words.iter().any(|t| t.joined))
                || (german && words.len() > 1 && words.iter().any(|t| german_noun(t.text))));
        out.push(Occurrence {
            start,
            end,
            name,
            words: words.len(),
            acronym,
            initial,
            plain,
            doubtful: doubtful || (weak && !(self.language == Language::German && foreign(words[0].text))),
            cues,
            aliases,
        });
    }

    /// Whether what is left is a name, by its words and cues: `Some(weak)`, weak when it is only a German
    /// word that is no known noun and that no cue names (`Palantir`, but also `Wegwerfkamera`), which then
    /// counts only if it comes back.
    fn is_name(&self, words: &[&Token<'_>], acronym: bool, initial: bool, cues: &[Cue]) -> Option<bool> {
        const NAME: Option<bool> = Some(false);
        const WEAK: Option<bool> = Some(true);
        let letters = words
            .iter()
            .flat_map(|t| t.text.chars())
            .filter(|c| c.is_alphabetic())
            .count();
        if letters < 2 {
            return None;
        }
        if acronym {
            return NAME;
        }
        let german = self.language == Language::German;
        let strong = cues.iter().any(|c| c.strong());
        let licensed = cues.iter().any(|c| c.licenses_word());
        if words.len() > 1 {
            // Heads of agencies and the words that say what kind of office it is are a description (`the City
            // Council`, `the Sheriff's Office`), not a name: a place or a proper word makes one. So are they with
            // a title (`Deputy Police Chief …` leaves `Deputy Police`).
            let generic = |t: &&Token<'_>| {
                self.agency(t) || self.cues.is(Section::Generic, t.text) || self.cues.is(Section::Title, t.text)
            };
            if words.iter().all(generic) && words.iter().any(|t| self.agency(t)) {
                return None;
            }
            // A German run of nouns (`böswillige Akteure Daten`) is no name, unless a strong cue says it is.
            let nouns = german
                && !strong
                && !cues.contains(&Cue::Agency)
                && words
                    .iter()
                    .all(|t| german_noun(t.text) && t.known.is_none() && !t.camel());
            return (!nouns).then_some(false);
        }
        let one = words[0];
        // German gender forms are nouns: `Beamt:innen`, `Bürger*innen`, `EinwandererInnen`.
        if one.text.contains([':', '*', '_']) || one.text.ends_with("Innen") {
            return None;
        }
        // A cue word is no name, with its possessive too (`Sheriff’s deputies`).
        let bare = one
            .text
            .strip_suffix("'s")
            .or_else(|| one.text.strip_suffix("’s"))
            .unwrap_or(one.text);
        let cue_word = [
            Section::Title,
            Section::Role,
            Section::Legal,
            Section::Article,
            Section::Speech,
        ]
        .iter()
        .any(|&s| self.cues.is(s, one.text) || self.cues.is(s, bare))
            || self.cues.is_word(Section::Agency, one.text)
            || self.word_cue_before(one).is_some();
        if cue_word {
            return None;
        }
        if one.camel() {
            return NAME;
        }
        if !german {
            // English and Dutch write ordinary words in lower case: a capitalised word is a name, unless it
            // is an ordinary word that could be capitalised for another reason (a sentence's start, a title).
            if !ordinary(one.text, self.language) || (licensed && !initial) {
                return NAME;
            }
            // An ordinary word capitalised in the middle of a sentence may be a name (`Twitter`, `Ring`).
            return (!initial).then_some(true);
        }
        // German capitalises every noun: one word is a name only when a cue says so, and not a listed noun
        // (`die Software Informationen` is none); weaker cues also refuse what looks like a compound noun. A word
        // a cue names (quoted, after `Firma`, `die Software`, …) is judged by the common nouns only: a company or
        // a product may be named by a rarer one (`die Firma Falke`, `Drohnen vom Typ „Falke“`).
        let cued = cues.contains(&Cue::Quoted) || strong || licensed;
        let noun = if cued { german_common_noun } else { german_listed_noun };
        if noun(one.text) || ordinary(one.text, Language::German) || (initial && !strong) {
            return None;
        }
        if ordinary_any(one.text) && !strong {
            return WEAK; // an English word in a German text: `Cloud`, `Smart`
        }
        if strong || cues.contains(&Cue::Media) {
            return NAME;
        }
        if cues.contains(&Cue::Agency) {
            return self.cues.starts(Section::ProperAgency, one.text).then_some(false);
        }
        let noun = if cued {
            german_common_noun_or_compound
        } else {
            german_noun
        };
        if noun(one.text) {
            return None;
        }
        if licensed { NAME } else { WEAK }
    }
}
