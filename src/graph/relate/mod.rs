//! Typed relations: who supplies whom, who runs on whose cloud, who partners, owns or works for whom — read
//! from the sentence that says so, with its direction and the words that say it.
//!
//! A co-occurrence edge says that two entities are named together; a journalist's question is sharper (who
//! sells to ICE? whose cloud does Palantir run on?). A sentence answers it with a few words between or around
//! the two names: a verb with its voice (`sells to`, `nutzt`, `wordt gebruikt door`, `setzt … ein`), a noun
//! (`customer of`, `Kunde`, `contract with`), a role (`Microsoft-Chef`, `topman van`). Those words are data,
//! one lexicon per language (see [`lexicon`]), and this module reads a sentence against them:
//!
//! 1. The sentence is cut into words; its language is guessed from its function words, and the lexicon of
//!    that language is used (all three when the guess is unsure).
//! 2. A sentence with a word of negation, ending, demand or plan (`not`, `kein`, `geen`, `stopped`, `beendet`,
//!    `should`, `fordern`, `will`, `zou`) states no current relation, and yields none. A wrong `supplies` edge
//!    in a published graph is worse than a missing one, so a sentence that may be about something else than
//!    what is the case is left a co-occurrence.
//! 3. For two names of the sentence, the cues between them (and a verb at the end of the clause, where German
//!    and Dutch put it; a `zwischen` before the first for a partnership) say the kind and the direction: the
//!    name before `sells` is the seller, the name before `uses` the customer; `von`/`door` before a verb that
//!    stands after the second name turn it round (`wird von ICE genutzt`). Where the cue does not decide, the
//!    types do (a vendor supplies an agency; a person works for an organisation), or nothing is typed.
//! 4. Every relation must fit the types of its ends (an agency supplies nothing, a product is no customer, only
//!    a person works for someone); cues that disagree leave the pair untyped. Across a semicolon, colon or
//!    bracket nothing is typed; across a comma only a role (`Satya Nadella, CEO of Microsoft`).
//! 5. A product between a selling verb and the buyer is what is sold, and supplies the buyer too (`Amazon
//!    verkauft Rekognition an ICE`: Amazon and Rekognition supply ICE).
//! 6. A description of a company (`the company`, `das Unternehmen`, `het bedrijf`) is the organisation the
//!    sentences just before named, when that is clear (see [`anaphora`]), so that what the sentence says of it
//!    is typed too.

mod anaphora;
mod fit;
mod found;
pub mod lexicon;
mod roles;
mod spread;
mod tokens;
mod words;

use std::ops::Range;

use fit::{fits, maker, planned};
use found::{Found, Reading, Spans};
use lexicon::{Direction, Gate, Place, Requires, Says};
pub use lexicon::{Lexicon, LexiconError};
use tokens::{Tokens, Vocabulary};
use words::{
    ACCORDING, AND, APPOSITION_ENDS, ARTICLES, ATTRIBUTION, BEGINS_RELATION, CONTRACTS, FINITE, INDEFINITE, LOCATIVES,
    MAKERS, RELATIVES, ROLE_GLUE, TO, WITH, Words,
};

use super::EdgeKind;
use crate::extract::Mention;
use crate::extract::found::{Found as FoundEntity, FoundKind};
use crate::gazetteer::Gazetteer;

/// The shipped lexicons.
pub const SHIPPED: [(&str, &str); 3] = [
    ("cues/de.csv", include_str!("cues/de.csv")),
    ("cues/en.csv", include_str!("cues/en.csv")),
    ("cues/nl.csv", include_str!("cues/nl.csv")),
];

/// The most words between two names that a relation reaches across.
const MAX_GAP: usize = 12;
/// The most words after the second name in which a clause-final verb is looked for.
const MAX_TAIL: usize = 8;

/// The types a relation's ends may have.
const ORGANISATION: u8 = 1;
const AGENCY: u8 = 2;
const PRODUCT: u8 = 3;
const PERSON: u8 = 4;
const PLACE: u8 = 5;
const OTHER: u8 = 0;

/// The lexicons and the types of the gazetteer's entities: what typing needs, shared by every thread.
#[derive(Clone, Debug)]
pub struct Relater {
    /// German, English and Dutch, in the order of [`FUNCTION_WORDS`](words::FUNCTION_WORDS).
    lexicons: [Lexicon; 3],
    /// The user's cues, read whatever the language.
    own: Lexicon,
    /// The type of each entity index, listed and built.
    types: Vec<u8>,
    /// The words of the lexicons and of the lists of words the rules ask about, numbered.
    vocabulary: Vocabulary,
}

/// A relation a sentence states: between two of its mentions (indices into the mentions given), from
/// `source` to `target` when `directed`, with the byte span of its cue in the document's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stated {
    pub source: usize,
    pub target: usize,
    pub kind: EdgeKind,
    pub directed: bool,
    pub cue: Range<usize>,
}

/// Buffers reused from sentence to sentence.
#[derive(Debug, Default)]
pub struct Scratch {
    tokens: Tokens,
    spans: Spans,
    /// The type of each mention of the sentence.
    kinds: Vec<u8>,
}

impl Relater {
    /// The shipped lexicons, for the entities of `gazetteer`.
    pub fn new(gazetteer: &Gazetteer) -> Relater {
        let parse = |(name, text): (&str, &str)| Lexicon::parse(name, text).expect("the shipped lexicons are valid");
        let types = (0..gazetteer.entity_space())
            .map(|i| match gazetteer.kind_of(i) {
                "organisation" => ORGANISATION,
                "agency" => AGENCY,
                "product" => PRODUCT,
                "person" => PERSON,
                "city" | "county" | "state" | "country" => PLACE,
                _ => OTHER,
            })
            .collect();
        let mut relater = Relater {
            lexicons: SHIPPED.map(parse),
            own: Lexicon::default(),
            types,
            vocabulary: Vocabulary::default(),
        };
        relater.number();
        relater
    }

    /// Adds a user's cue file (CSV, see [`lexicon`]), read for every language.
    pub fn add_cues(&mut self, file: &str, text: &str) -> Result<(), LexiconError> {
        self.own.add(file, text)?;
        self.number();
        Ok(())
    }

    /// The type of an entity index: the gazetteer's, or that of the document's found entity (`found`, numbered
    /// after the gazetteer's indices).
    fn type_of(&self, entity: u32, found: &[FoundEntity]) -> u8 {
        match self.types.get(entity as usize) {
            Some(&kind) => kind,
            None => match found.get(entity as usize - self.types.len()).map(|f| f.kind) {
                Some(FoundKind::Person) => PERSON,
                Some(FoundKind::Product) => PRODUCT,
                Some(FoundKind::Organisation) => ORGANISATION,
                None => OTHER,
            },
        }
    }

    /// The relations the sentence `text[sentence]` states between its `mentions` (in text order), appended to
    /// `out`; `found` are the entities found in the document's text, which some mentions may name.
    pub fn relate(
        &self,
        text: &str,
        sentence: Range<usize>,
        (mentions, found_entities): (&[Mention], &[FoundEntity]),
        scratch: &mut Scratch,
        out: &mut Vec<Stated>,
    ) {
        let from = out.len();
        self.read_cues(text, sentence, (mentions, found_entities), scratch, out);
        // (no cue word needed: the possessive is the cue)
        self.possessive_roles(text, (mentions, found_entities), from, out);
    }

    /// What the cues of the sentence say (see [`Relater::relate`]).
    fn read_cues(
        &self,
        text: &str,
        sentence: Range<usize>,
        (mentions, found_entities): (&[Mention], &[FoundEntity]),
        scratch: &mut Scratch,
        out: &mut Vec<Stated>,
    ) {
        if mentions.len() < 2 {
            return;
        }
        let Scratch { tokens, spans, kinds } = scratch;
        tokens.read(text, sentence, &self.vocabulary);
        // without a word that a relation's cue begins with, a sentence states none: nothing more is read
        if !(0..tokens.len()).any(|t| tokens.is(t, BEGINS_RELATION)) {
            return;
        }
        let language = self.language(tokens);
        let found = Found::new(self.lexicons_for(language), tokens);
        // what holds for all of the sentence: its gates, where a passive's auxiliary is, whether any cue of a
        // relation is there at all
        let mut gates: Vec<(usize, Gate)> = Vec::new();
        let mut auxiliary = usize::MAX;
        let mut relation = false;
        for (t, cue) in found.all() {
            match cue.says {
                Says::Gate(gate) => gates.push((t, gate)),
                Says::Auxiliary => auxiliary = auxiliary.min(t),
                Says::Relation(..) => relation = true,
                Says::Passive | Says::Phrase => {}
            }
        }
        if !relation {
            return;
        }
        // negation and ending hold for every relation but a person's role, which they end only beside it (`a
        // former executive at`, `kein Mitarbeiter von`): `minister Grapperhaus van Justitie zei dat de politie
        // niet …` is still the minister's; a demand or a plan leaves who someone is
        let negated = gates.iter().any(|(_, g)| matches!(g, Gate::Negation | Gate::Ended));
        kinds.clear();
        kinds.extend(mentions.iter().map(|m| self.type_of(m.entity, found_entities)));
        let kinds = &kinds[..];
        spans.list.clear();
        spans
            .list
            .extend(mentions.iter().map(|m| tokens.within(m.start..m.end)));
        // a place glued to a noun by a hyphen says where the noun is from (`die US-Firma Palantir`): it is no
        // party, and no subject standing between two others
        for ((span, m), &kind) in spans.iter_mut().zip(mentions).zip(kinds) {
            let mut rest = text[m.end.min(text.len())..].chars();
            if kind == PLACE && rest.next() == Some('-') && rest.next().is_some_and(char::is_alphabetic) {
                *span = span.start..span.start;
            }
        }
        // the source of a report is no party to what it reports (`Laut Amazon nutzt die Polizei Clearview`)
        for span in spans.iter_mut() {
            let said = |back: usize, words: Words| span.start >= back && tokens.is(span.start - back, words);
            if said(1, ATTRIBUTION) || (said(2, ACCORDING) && said(1, TO)) {
                *span = span.start..span.start;
            }
        }
        // German and Dutch put the verb before its subject after an adverbial (`Seit 2007 nutzt das BKA …`)
        let inverted = matches!(language, Some(0 | 2));
        spans.cover(tokens.len());
        let reading = Reading { inverted, auxiliary };
        let role_negated = |stated: &Stated, (i, j): (usize, usize)| {
            let cue = tokens.within(stated.cue.clone());
            let from = spans[i].start.min(cue.start).saturating_sub(2);
            let to = spans[j].end.max(cue.end);
            gates
                .iter()
                .any(|&(t, g)| matches!(g, Gate::Negation | Gate::Ended) && (from..to).contains(&t))
        };
        let from = out.len();
        for i in 0..mentions.len() {
            for j in i + 1..mentions.len() {
                if mentions[i].entity == mentions[j].entity || spans[i].is_empty() || spans[j].is_empty() {
                    continue;
                }
                // a maker glued to a product's noun right before the product makes it, and is nothing else to it
                // (`die Palantir-Software Gotham wird … genutzt`: see `roles`)
                if j == i + 1 && roles::maker_compound(&text[mentions[i].end..mentions[j].start]).is_some() {
                    continue;
                }
                // in a negated sentence only a person's role may hold
                if negated && kinds[i] != PERSON && kinds[j] != PERSON {
                    continue;
                }
                let Some(stated) = self.pair(tokens, spans, kinds, &found, &reading, (i, j)) else {
                    continue;
                };
                let holds = if stated.kind == EdgeKind::WorksFor {
                    !role_negated(&stated, (i, j))
                } else {
                    !negated && !planned(tokens, &gates, spans[j].end, &stated.cue)
                };
                if holds {
                    out.push(stated);
                }
            }
        }
        self.products_sold(tokens, spans, (mentions, kinds), from, out);
        self.conjuncts(tokens, spans, (mentions, kinds), from, out);
        self.roles_named_apart(tokens, spans, (mentions, kinds), &gates, from, out);
        spread::drop_contradictions(mentions, from, out);
    }

    /// The relation between mentions `i` and `j` (`i` first in the text), if the words say one.
    fn pair(
        &self,
        tokens: &Tokens,
        spans: &Spans,
        kinds: &[u8],
        found: &Found,
        reading: &Reading,
        (i, j): (usize, usize),
    ) -> Option<Stated> {
        let inverted = reading.inverted;
        let region = spans[i].end..spans[j].start;
        // names between count for nothing: `auf Atlanta, Brasilien und Singapur` is one object
        let words = region
            .clone()
            .filter(|&t| tokens.list[t].mark.is_none() && !spans.named(t))
            .count();
        if words > MAX_GAP {
            return None;
        }
        // `FaceFirst is a spinoff of Airborne Technologies and is backed by Kayne Anderson`, `Palantir worked
        // with Genetec and sells software to ICE`: `and` right after the first name, then a verb, begins a second
        // predicate of the sentence's subject; the first name is the object of the one before
        let mut first = region.start;
        while first < region.end && tokens.list[first].mark == Some(',') {
            first += 1;
        }
        if first + 1 < region.end
            && tokens.is(first, AND)
            && !spans.named(first + 1)
            && (tokens.is(first + 1, FINITE) || found.anywhere(first + 1).any(|c| matches!(c.says, Says::Relation(..))))
        {
            return None;
        }
        // a comma between two names is a list's (`auf Atlanta, Brasilien und Singapur`), not a clause's
        let named = |t: usize| spans.named(t);
        let list_comma = |t: usize| t > 0 && named(t - 1) && named(t + 1);
        let marks = || {
            region
                .clone()
                .filter(|&t| !list_comma(t))
                .filter_map(|t| tokens.list[t].mark)
        };
        // `minister David van Weel (Justitie en Veiligheid)`: a ministry in brackets after a person (a party in
        // brackets is an organisation, and no role)
        let bracketed = region.len() == 1
            && tokens.list[region.start].mark == Some('(')
            && tokens.list.get(spans[j].end).is_some_and(|t| t.mark == Some(')'))
            && (kinds[i], kinds[j]) == (PERSON, AGENCY);
        if !bracketed && marks().any(|c| c != ',') {
            return None;
        }
        let mut commas = marks().count();
        // `IDentify, die auf Microsofts Cloud läuft`: a relative clause about the first name is its clause
        // `Amazon is implicated, providing services that enable ICE`: an English participle after the comma
        // continues the clause of the name before it
        if commas == 1
            && let Some(comma) = region.clone().find(|&t| tokens.list[t].mark == Some(','))
            && comma + 1 < region.end
            && tokens.word(comma + 1).ends_with("ing")
            && found.anywhere(comma + 1).any(|c| matches!(c.says, Says::Relation(..)))
        {
            commas = 0;
        }
        // `Ring, owned by Amazon`, `ICE, a customer of Palantir`: an apposition after the first name says what it
        // is: a participle or noun with its preposition right after the comma (and an article). A finite verb
        // there (`…, sells to ICE`) begins another clause, whose subject is not known here.
        if commas == 1 && tokens.list[region.start].mark == Some(',') {
            let mut at = region.start + 1;
            if at < region.end && (tokens.is(at, ARTICLES) || tokens.is(at, INDEFINITE)) {
                at += 1;
            }
            let apposition = |c: &lexicon::Cue| {
                matches!(c.says, Says::Relation(..))
                    && c.ids.last().is_some_and(|&w| self.vocabulary.is(w, APPOSITION_ENDS))
            };
            if at < region.end && found.anywhere(at).any(apposition) {
                commas = 0;
            }
        }
        // (a separable verb's particle may stand before the comma: `bietet IDentify an, die auf …`)
        let comma = (region.start..region.end.min(region.start + 2)).find(|&t| tokens.list[t].mark == Some(','));
        let mut relative = false;
        if commas == 1
            && let Some(comma) = comma
            && comma + 1 < region.end
            && tokens.is(comma + 1, RELATIVES)
        {
            commas = 0;
            relative = true;
        }
        let occupied = |t: usize| spans.named(t);
        let tail_end = (spans[j].end..tokens.len())
            .take(MAX_TAIL)
            .find(|&t| tokens.list[t].mark.is_some() && !list_comma(t))
            .unwrap_or_else(|| tokens.len().min(spans[j].end + MAX_TAIL));
        let tail = spans[j].end..tail_end;
        // (kind, direction, whether the cue stands after the second name, its tokens, what it requires)
        let mut cues: Vec<(EdgeKind, Direction, bool, Range<usize>, Requires)> = Vec::new();
        let mut listed = false;
        // a passive: an agent (`von`) before the second name, an auxiliary (`wird`) before the verb
        let mut passive = reading.auxiliary < spans[j].start;
        let mut agent = false;
        for lexicon in 0..found.lexicons().len() {
            let mut at = region.start;
            while at < region.end {
                let mut next = at + 1;
                for cue in found.at(lexicon, at) {
                    let end = at + cue.words.len();
                    if end > region.end || (at..end).any(occupied) {
                        continue;
                    }
                    next = end;
                    match (cue.says, cue.place) {
                        (Says::Passive, _) => agent = true,
                        (Says::Relation(kind, direction), Place::Between | Place::Tail) => {
                            // a separable verb's particle after the second name, or after the verb before it
                            // (`werkt al sinds 2014 samen met`)
                            let particle = (end..region.end)
                                .chain(tail.clone())
                                .find(|&t| !occupied(t) && tokens.matches(t, &cue.particle_ids));
                            // `die von der Sirrix AG für das BSI entwickelte Surfumgebung`: an agent between the
                            // first name and a separable verb is that verb's subject
                            let agent_before = (spans[i].end..at).any(|t| {
                                found.anywhere(t).any(|c| c.says == Says::Passive)
                                    && (t + 1..(t + 3).min(at)).any(|n| spans.named(n))
                            });
                            if cue.particle.is_empty() {
                                cues.push((kind, direction, false, at..end, cue.requires));
                            } else if let Some(p) = particle.filter(|_| !agent_before) {
                                cues.push((kind, direction, false, at..p + cue.particle.len(), cue.requires));
                            }
                        }
                        _ => {}
                    }
                }
                at = next;
            }
            // a passive's agent between the second name and a verb after it is that verb's subject (`die
            // Palantir-Software Gotham wird von der Polizei genutzt`): the verb is not the pair's
            let agent_after = |at: usize| {
                (spans[j].end..at)
                    .any(|t| found.anywhere(t).any(|c| c.says == Says::Passive) && (t + 1..at).any(|n| spans.named(n)))
            };
            for at in tail.clone() {
                if agent_after(at) {
                    continue;
                }
                for cue in found.at(lexicon, at) {
                    let end = at + cue.words.len();
                    // a clause-final verb, or a role after the organisation (`Sundar Pichai, the Google CEO`)
                    if let Says::Relation(kind, direction) = cue.says
                        && (cue.place == Place::Tail || kind == EdgeKind::WorksFor)
                        && end <= tail.end
                    {
                        cues.push((kind, direction, true, at..end, cue.requires));
                    }
                }
            }
            // an apposition after a role or partnership of the first name: `ein Partner von Microsoft,
            // SuperDroid Robots`, `der Polizeisprecher von Durban, Parboo Sewpersad`
            let apposition = region.len() == 1 && tokens.list[region.start].mark == Some(',');
            // a role before a person whose organisation follows with `of`: `minister Grapperhaus van Justitie`,
            // `CEO Jeff Bezos of Amazon`, or in brackets
            let role_of = bracketed
                || (!region.is_empty()
                    && region
                        .clone()
                        .all(|t| tokens.list[t].mark.is_none() && tokens.is(t, ROLE_GLUE))
                    && kinds[i] == PERSON);
            // the cue may end in glue words before the name (`Partner von`, `der Sprecher von`)
            let mut head = spans[i].start;
            while head > 0 && head + 3 > spans[i].start && tokens.is(head - 1, ROLE_GLUE) {
                head -= 1;
            }
            for at in head.saturating_sub(3)..spans[i].start {
                for cue in found.at(lexicon, at) {
                    let end = at + cue.words.len();
                    if let Says::Relation(kind, direction) = cue.says
                        && apposition
                        && matches!(kind, EdgeKind::WorksFor | EdgeKind::PartnersWith)
                        && (head..=spans[i].start).contains(&end)
                    {
                        cues.push((kind, direction, false, at..end, cue.requires));
                        listed = true;
                    } else if let Says::Relation(kind @ EdgeKind::WorksFor, direction) = cue.says
                        && role_of
                        && end == spans[i].start
                    {
                        cues.push((kind, direction, false, at..end, cue.requires));
                    }
                }
            }
            // a verb before the first name, its subject with its article, in a clause that names nothing before
            // the verb (`Seit 2007 nutzt das BKA die Software von Cognitec`, `Sinds 2014 gebruikt de politie …`);
            // without an article the name is the object (`Polizeikräfte benutzen Genetec und Microsoft`)
            let mut subject = spans[i].start;
            if subject > 0 && tokens.is(subject - 1, ARTICLES) {
                subject -= 1;
            }
            for at in subject.saturating_sub(3)..subject {
                for cue in found.at(lexicon, at) {
                    let clause = (0..at)
                        .rev()
                        .find(|&t| tokens.list[t].mark.is_some())
                        .map_or(0, |t| t + 1);
                    // (a description begins with its article: `verkaufte das Unternehmen`)
                    let with_article = subject < spans[i].start || tokens.is(spans[i].start, ARTICLES);
                    if let Says::Relation(kind, direction) = cue.says
                        && inverted
                        && with_article
                        && cue.place != Place::Before
                        && cue.particle.is_empty()
                        && matches!(kind, EdgeKind::Supplies | EdgeKind::RunsOn)
                        && at + cue.words.len() == subject
                        && !spans.iter().any(|s| !s.is_empty() && s.start >= clause && s.start < at)
                    {
                        cues.push((kind, direction, false, at..subject, cue.requires));
                    }
                }
            }
            // an office whose name ends in its holder's title, right before the person: `Tippecanoe County
            // Sheriff Barry Richard`, `San Diego County District Attorney Summer Stephan`
            if region.is_empty() && (kinds[i], kinds[j]) == (AGENCY, PERSON) {
                for at in spans[i].clone() {
                    for cue in found.at(lexicon, at) {
                        if let Says::Relation(kind @ EdgeKind::WorksFor, direction) = cue.says
                            && at + cue.words.len() == spans[i].end
                            && cue.particle.is_empty()
                        {
                            cues.push((kind, direction, false, at..spans[i].end, cue.requires));
                        }
                    }
                }
            }
            // `eine Kooperation zwischen Amazon und dem Militär`
            let joined = region.clone().any(|t| tokens.is(t, AND));
            let mut before = spans[i].start;
            if before > 0 && tokens.is(before - 1, ARTICLES) {
                before -= 1;
            }
            for at in before.saturating_sub(4)..before {
                for cue in found.at(lexicon, at) {
                    if let Says::Relation(kind, direction) = cue.says
                        && cue.place == Place::Before
                        && at + cue.words.len() == before
                        && joined
                    {
                        cues.push((kind, direction, false, at..before, cue.requires));
                        listed = true;
                    }
                }
            }
        }
        passive &= agent;
        if let Some(by) = maker(tokens, found, kinds, spans, (i, j)) {
            cues.push((
                EdgeKind::MadeBy,
                Direction::Forward,
                false,
                by..by + 1,
                Requires::default(),
            ));
        }
        let (a, b) = (kinds[i], kinds[j]);
        // a place after `in` is where something happens, not a party to it
        let located = |k: usize| (spans[k].start.saturating_sub(3)..spans[k].start).any(|t| tokens.is(t, LOCATIVES));
        let (a, b) = (
            if a == PLACE && located(i) { OTHER } else { a },
            if b == PLACE && located(j) { OTHER } else { b },
        );
        let mut read: Option<(EdgeKind, bool, bool, Range<usize>)> = None;
        // an acquisition, which the same words' sale gives way to
        let mut acquired: Option<(EdgeKind, bool, bool, Range<usize>)> = None;
        for (kind, direction, after, cue, requires) in cues {
            // a person's role, as opposed to a verb of the clause (`founded`)
            let role = kind == EdgeKind::WorksFor && !requires.clause;
            // across a comma, only an apposition of a person's role, or the list a `zwischen` begins
            if commas > 0 && !(role && commas <= 2) && !(listed && kind == EdgeKind::PartnersWith) {
                continue;
            }
            // a founding verb at the end of the clause types only its passive (`Amazon wurde von Jeff Bezos
            // gegründet`): another name between may be anything else (`von Thiel mithilfe der CIA gegründet`);
            // or a relative clause about the first name (`Holger Münch, der das BKA leitet`)
            if after && requires.clause && !passive && !relative {
                continue;
            }
            if !self.cue_fits(tokens, spans, kinds, (i, j), &cue, after, (kind, role), listed) {
                continue;
            }
            let flip = after && passive;
            let fitted = match direction {
                Direction::Forward | Direction::Backward => {
                    let forward = (direction == Direction::Forward) != flip;
                    let (s, t) = if forward { (a, b) } else { (b, a) };
                    fits(kind, s, t).map(|k| (k, forward, true))
                }
                Direction::Types => match (fits(kind, a, b), fits(kind, b, a)) {
                    (Some(k), None) => Some((k, true, true)),
                    (None, Some(k)) => Some((k, false, true)),
                    _ => None,
                },
                Direction::None => fits(kind, a, b)
                    .filter(|_| fits(kind, b, a).is_some())
                    .map(|k| (k, true, false)),
            };
            let Some((kind, forward, directed)) = fitted else {
                continue;
            };
            let customer = if forward { b } else { a };
            if requires.public && kind == EdgeKind::Supplies && !matches!(customer, AGENCY | PLACE) {
                continue;
            }
            // `die Behörde testet mit der Deutschen Bahn …`: who is tested with is a partner in the test, not
            // its object
            if requires.public && kind == EdgeKind::Supplies {
                let mut at = spans[j].start;
                if at > 0 && tokens.is(at - 1, ARTICLES) {
                    at -= 1;
                }
                if at > 0 && tokens.is(at - 1, WITH) && !(at - 1..at).any(|t| cue.contains(&t)) {
                    continue;
                }
            }
            // `Amazon bought Ring`: a buyer owns what it buys when it is a company or a person and buys a company,
            // not from one (`bought cameras from Hikvision`); that reading then is the words' (a buyer is no
            // customer of the company it buys)
            if requires.private {
                let (owned, owner) = if forward { (i, j) } else { (j, i) };
                let from = spans[owned].start > 0 && tokens.is(spans[owned].start - 1, MAKERS);
                if kind != EdgeKind::OwnedBy || !matches!(kinds[owner], ORGANISATION | PERSON) || from {
                    continue;
                }
                acquired = Some((kind, forward, directed, cue));
                continue;
            }
            // a product named before a contract's noun (a word for what it is may stand between) names the
            // contract, which supplies nothing (`the Pentagon awarded its JEDI cloud contract`)
            let supplier = if forward { i } else { j };
            if kind == EdgeKind::Supplies
                && kinds[supplier] == PRODUCT
                && (spans[supplier].end..tokens.len().min(spans[supplier].end + 2)).any(|t| tokens.is(t, CONTRACTS))
            {
                continue;
            }
            match &read {
                None => read = Some((kind, forward, directed, cue)),
                Some((k, f, _, _)) if *k == kind && (*f == forward || !directed) => {}
                Some(_) => return None,
            }
        }
        let acquired_by_sale = |(k, _, _, c): &(EdgeKind, bool, bool, Range<usize>)| {
            *k == EdgeKind::Supplies && acquired.as_ref().is_some_and(|a| a.3 == *c)
        };
        let (kind, forward, directed, cue) = match read {
            Some(sale) if !acquired_by_sale(&sale) => sale,
            _ => acquired?,
        };
        let (source, target) = if forward { (i, j) } else { (j, i) };
        let span = tokens.list[cue.start].span.start..tokens.list[cue.end - 1].span.end;
        Some(Stated {
            source,
            target,
            kind,
            directed,
            cue: span,
        })
    }
}

#[cfg(test)]
mod tests;
