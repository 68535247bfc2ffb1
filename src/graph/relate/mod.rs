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
//! 2. A clause with a word of negation, ending, demand or plan (`not`, `kein`, `geen`, `stopped`, `beendet`,
//!    `should`, `fordern`, `will`, `zou`) states no current relation, and yields none; nor does a sentence that
//!    denies (`denied`, `bestreitet`, `ontkent`), wherever the word stands. Such a word counts for every
//!    relation it stands before, and for the one whose clause it is in; only a clause after the relation's,
//!    after a comma, is left out (`… to ICE, which has not disclosed the price`). A wrong `supplies` edge in a
//!    published graph is worse than a missing one, so a clause that may be about something else than what is
//!    the case is left a co-occurrence.
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
//!    is typed too; so is a description of an agency (`the department`, `die Behörde`).
//! 7. A name right before a person or a product says who they belong to without another cue (`the LAPD's Michel
//!    Moore`, `Amazon's Rekognition`, `die Palantir-Software namens „Beagle“`), and a role that says its kind of
//!    employer, right before a person, is that of the one such employer the sentence names (`…, zo bevestigt
//!    bedrijfsleider Tim Ketels`; see [`roles`]). The reading of one pair is in [`pair`].

mod anaphora;
mod fit;
mod found;
pub mod lexicon;
mod members;
mod pair;
mod roles;
mod spread;
mod tokens;
mod words;

use std::ops::Range;

use rustc_hash::FxHashMap;

use fit::{company_noun, planned};
use found::{Found, Reading, Spans};
use lexicon::{Gate, Says};
pub use lexicon::{Lexicon, LexiconError};
use tokens::{Tokens, Vocabulary};
use words::{ACCORDING, ARTICLES, ATTRIBUTION, BEGINS_RELATION, ORIGINS, OUTLETS, REPORTS, ROLE_TAIL, TO, Words};

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
    /// Whether each entity index is a state (or province, or Land): what qualifies a city or a county after a
    /// comma.
    states: Vec<bool>,
    /// The owner (or maker) of each entity index the gazetteer gives one, as an index: a company's product or
    /// subsidiary supplies nothing to it.
    owners: FxHashMap<u32, u32>,
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
        let states = (0..gazetteer.entity_space())
            .map(|i| gazetteer.kind_of(i) == "state")
            .collect();
        // (only listed entities have owners: what the rules build is made on request, and there are many)
        let owners = gazetteer
            .entities()
            .iter()
            .enumerate()
            .filter_map(|(i, entity)| {
                let owner = gazetteer.index_of(entity.owner.as_deref()?)?;
                Some((i as u32, owner as u32))
            })
            .collect();
        let mut lexicons = SHIPPED.map(parse);
        // German and Dutch build compounds on their roles
        lexicons[0].compounds = true;
        lexicons[2].compounds = true;
        let mut relater = Relater {
            lexicons,
            own: Lexicon::default(),
            types,
            states,
            owners,
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
                Some(FoundKind::Agency) => AGENCY,
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
        // a company and its product or subsidiary supply nothing to each other, whatever the words seem to say
        // (`The towers are supplied Anduril Industries using its Sentry Tower`): the gazetteer's owner, or an
        // ownership this sentence states
        if out[from..].iter().any(|s| s.kind == EdgeKind::Supplies) {
            self.drop_supplies_within_owners((mentions, found_entities), from, out);
        }
    }

    /// Removes from `out[from..]` each `supplies` between a company (or a person) and what it owns or makes, by
    /// the gazetteer or by an ownership stated there too. (Rare: only sentences that state a supply are looked
    /// at.)
    fn drop_supplies_within_owners(
        &self,
        (mentions, found): (&[Mention], &[FoundEntity]),
        from: usize,
        out: &mut Vec<Stated>,
    ) {
        let pair = |s: &Stated| (mentions[s.source].entity, mentions[s.target].entity);
        // (owned, owner) as the sentence states them
        let owned: Vec<(u32, u32)> = out[from..]
            .iter()
            .filter(|s| matches!(s.kind, EdgeKind::OwnedBy | EdgeKind::MadeBy))
            .map(pair)
            .collect();
        // only a company's (or a person's) own: an agency's system supplies the agency (`Sinds 2019 gebruikt
        // de Nationale Politie het systeem`, CATCH being the police's), as the gold sets have it
        let company = |owner: u32| matches!(self.type_of(owner, found), ORGANISATION | PERSON);
        let owns = |owner: u32, owned_one: u32| {
            company(owner) && (self.owners.get(&owned_one) == Some(&owner) || owned.contains(&(owned_one, owner)))
        };
        let within = |(a, b): (u32, u32)| owns(a, b) || owns(b, a);
        let mut stated = out.split_off(from);
        stated.retain(|s| !(s.kind == EdgeKind::Supplies && within(pair(s))));
        out.append(&mut stated);
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
        let compound = |t: usize| self.lexicons.iter().any(|l| l.compound_role(tokens, t).is_some());
        if !(0..tokens.len()).any(|t| tokens.is(t, BEGINS_RELATION) || (tokens.is(t, ROLE_TAIL) && compound(t))) {
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
                Says::Gate(Gate::Planned | Gate::Demand)
                    if fit::reported(tokens, t, |k| {
                        found.anywhere(k).any(|c| matches!(c.says, Says::Relation(..)))
                    }) => {}
                Says::Gate(gate) => gates.push((t, gate)),
                Says::Auxiliary => auxiliary = auxiliary.min(t),
                Says::Relation(..) => relation = true,
                Says::Passive | Says::Phrase => {}
            }
        }
        if !relation {
            return;
        }
        // negation and ending hold for every relation of their clause but a person's role, which they end only
        // beside it (`a former executive at`, `kein Mitarbeiter von`): `minister Grapperhaus van Justitie zei dat
        // de politie niet …` is still the minister's; a demand or a plan leaves who someone is. A clause after the
        // relation's, after a comma, says something else (`Palantir sells software to ICE, which has not
        // disclosed the price`: see `fit::planned`); a denial holds for the whole sentence (`…, a spokesperson
        // denied`).
        let denied = gates.iter().any(|(_, g)| *g == Gate::Denial);
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
            // and so does one before the noun, written apart (`a contract with U.S. company Babel Street`, `the
            // U.S. defense firm Anduril`): the company it describes is the party, not the country
            let end = span.end;
            if kind == PLACE
                && span.start < end
                && (company_noun(tokens, end)
                    || (end < tokens.len() && tokens.list[end].mark.is_none() && company_noun(tokens, end + 1)))
            {
                *span = span.start..span.start;
            }
        }
        // a place after `aus`, `from`, `uit` right after another name says where that one is from (`von
        // Kongsberg und Raytheon aus den USA geliefert`, `Thales from France`): no party either
        for k in 1..spans.list.len() {
            let mut at = spans[k].start;
            if at > 0 && tokens.is(at - 1, ARTICLES) {
                at -= 1;
            }
            if kinds[k] == PLACE
                && at >= 2
                && tokens.is(at - 1, ORIGINS)
                && spans[k - 1].start < spans[k - 1].end
                && spans[k - 1].end == at - 1
            {
                let start = spans[k].start;
                spans.list[k] = start..start;
            }
        }
        // the source of a report is no party to what it reports (`Laut Amazon nutzt die Polizei Clearview`), but
        // a person's role may follow in an apposition (`Laut Hans Müller, Sprecher von Microsoft, …`), which
        // is read across the comma as roles are, and only roles
        for (span, &kind) in spans.iter_mut().zip(kinds) {
            let said = |back: usize, words: Words| span.start >= back && tokens.is(span.start - back, words);
            let apposition = kind == PERSON && span.end < tokens.len() && tokens.list[span.end].mark == Some(',');
            // (and with an article: `laut dem Spiegel`, `laut einem Bericht des Hessischen Rundfunks`)
            let reported = said(1, ARTICLES) && (said(2, ATTRIBUTION) || said(2, REPORTS));
            // (or after a noun for an outlet: `laut der israelischen Zeitung Haaretz`, `according to the news
            // agency Reuters`; no mark between)
            let outlet = said(1, OUTLETS)
                && (2..=5).any(|back| {
                    (said(back, ATTRIBUTION) || (said(back + 1, ACCORDING) && said(back, TO)))
                        && (span.start - back..span.start).all(|t| tokens.list[t].mark.is_none())
                });
            if (said(1, ATTRIBUTION) || (said(2, ACCORDING) && said(1, TO)) || reported || outlet) && !apposition {
                *span = span.start..span.start;
            }
        }
        spans.fold_defined(tokens, text, |m, k| mentions[m].entity == mentions[k].entity);
        // two names that are one for the reading of pairs:
        // - a city's or a county's state after a comma says which one it is (`Pinellas County, Florida Sheriff Bob
        //   Gualtieri`): part of the place's name, no party of its own;
        // - a maker glued to a product's noun right before the product is part of the product's name for everyone
        //   else (`das BKA verwendet die Cognitec-Software FaceVACS`): no other name between the verb and its
        //   object
        let state = |m: &Mention| self.states.get(m.entity as usize).copied().unwrap_or(false);
        for k in 1..mentions.len() {
            let (before, here) = (&mentions[k - 1], &mentions[k]);
            let between = text.get(before.end..here.start).unwrap_or_default();
            if spans[k - 1].is_empty() {
                continue;
            }
            match (kinds[k - 1], kinds[k]) {
                (PLACE, PLACE) if !state(before) && state(here) && between == ", " => {
                    spans[k - 1].end = spans[k].end;
                    spans[k] = spans[k].start..spans[k].start;
                }
                (ORGANISATION, PRODUCT) if roles::maker_compound(between).is_some() => {
                    spans[k].start = spans[k - 1].start;
                }
                _ => {}
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
                .any(|&(t, g)| matches!(g, Gate::Negation | Gate::Denial | Gate::Ended) && (from..to).contains(&t))
        };
        let from = out.len();
        for i in 0..mentions.len() {
            for j in i + 1..mentions.len() {
                if mentions[i].entity == mentions[j].entity || spans[i].is_empty() || spans[j].is_empty() {
                    continue;
                }
                // a maker glued to a product's noun right before the product makes it, and is nothing else to it
                // (`die Palantir-Software Gotham wird … genutzt`: see `roles`); mentions may nest or overlap (a
                // description inside a name, a reprint's cut), so the text between is taken with `get`
                let between = text.get(mentions[i].end..mentions[j].start).unwrap_or_default();
                if j == i + 1 && roles::maker_compound(between).is_some() {
                    continue;
                }
                // in a sentence that denies, only a person's role may hold
                if denied && kinds[i] != PERSON && kinds[j] != PERSON {
                    continue;
                }
                let Some(stated) = self.pair(tokens, spans, kinds, &found, &reading, (i, j)) else {
                    continue;
                };
                let holds = if stated.kind == EdgeKind::WorksFor {
                    !role_negated(&stated, (i, j))
                } else {
                    !denied && !planned(tokens, &gates, spans[j].end, &stated.cue)
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
}

#[cfg(test)]
mod tests;
