//! Place names that several places share, resolved by the state the document names: `Greenfield` in an article
//! datelined `LAFAYETTE, Ind.` is Greenfield, Indiana.
//!
//! A town's name is often another town's too (there are Greenfields in Indiana, Massachusetts, California and
//! Wisconsin), so the place files name such towns only by a qualified form (`Greenfield, Indiana`), and the bare
//! name matches nothing: US local news, which writes the bare name once the state is clear, loses its towns.
//! What makes it clear to a reader makes it clear here: a document that names exactly one of the states of
//! the places sharing a name means that state's place by it. A city or a county of a state names the state (`the
//! Tippecanoe County Sheriff`: Indiana), as does an office a rule builds on one. Only states qualify (a country
//! names too many towns for this), and only a bare name no entity has as a form.
//!
//! Where the bare name stands before the words of a rule (`Greenfield police`, `Greenfield Police Department`),
//! the mention is the rule's entity for that town (`greenfield-indiana-police`), as it would be for a town whose
//! name is its own; before a rule's word that makes no rule's name here it is left alone rather than made the
//! town.

use std::ops::Range;

use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::{FxHashMap, FxHashSet};

use super::Mention;
use super::names::{overlaps, stands_alone, with_possessive};
use super::rules::{NAME, Rules};
use crate::gazetteer::Gazetteer;
use crate::text::fold::{Folded, fold};

/// The shared names of a gazetteer's places, with their states.
#[derive(Clone, Debug, Default)]
pub(super) struct SharedPlaces {
    /// The bare names other places share, each once.
    names: Vec<Box<str>>,
    /// For each of `names`, its places and their states: (state, place).
    places: Vec<Vec<(u32, u32)>>,
    /// The states with a shared name.
    states: FxHashSet<u32>,
    /// The state of each US city and county the place files put in one (`Sonoma County`: California): a
    /// document that names the county names its state for the towns as well.
    state_of: FxHashMap<u32, u32>,
    /// The words the rules put after a place's name (`police`, `county`), folded.
    rule_words: FxHashSet<Box<str>>,
    /// An automaton of the shared names as listed and in capitals, and for each of its patterns the index of
    /// the name in `names`: one pass over a document that names any of the states, for all of their towns
    /// (one pass per named state cost several per cent of a build once cities and counties named their states).
    searcher: Option<(AhoCorasick, Vec<usize>)>,
}

impl SharedPlaces {
    /// The cities and counties named `Bare, State` whose bare name is no form of any entity (`is_form`, of a
    /// folded form), or `None` when there are none.
    pub fn new(
        gazetteer: &Gazetteer,
        is_form: impl Fn(&str) -> bool,
        rule_words: FxHashSet<Box<str>>,
    ) -> Option<SharedPlaces> {
        let entities = gazetteer.entities();
        let states: FxHashMap<&str, u32> = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == "state")
            .map(|(i, e)| (e.name.as_str(), i as u32))
            .collect();
        let mut shared = SharedPlaces {
            rule_words,
            ..SharedPlaces::default()
        };
        let mut index_of: FxHashMap<Box<str>, usize> = FxHashMap::default();
        for (index, entity) in entities.iter().enumerate() {
            if !matches!(entity.kind.as_str(), "city" | "county") {
                continue;
            }
            if let Some(state) = entity.attribute("state").and_then(|s| gazetteer.index_of(s)) {
                shared.state_of.insert(index as u32, state as u32);
            }
            let Some((bare, state)) = entity.name.split_once(", ") else {
                continue;
            };
            let Some(&state) = states.get(state) else {
                continue;
            };
            if bare.is_empty() || is_form(&fold(bare)) {
                continue;
            }
            let at = *index_of.entry(Box::<str>::from(bare)).or_insert_with(|| {
                shared.names.push(bare.into());
                shared.places.push(Vec::new());
                shared.names.len() - 1
            });
            shared.places[at].push((state, index as u32));
            shared.states.insert(state);
        }
        let mut patterns: Vec<String> = Vec::new();
        let mut which = Vec::new();
        let mut seen = FxHashSet::default();
        for (i, bare) in shared.names.iter().enumerate() {
            for written in [bare.to_string(), bare.to_uppercase()] {
                if seen.insert(written.clone()) {
                    patterns.push(written);
                    which.push(i);
                }
            }
        }
        // (a thousand short names or so; failing to build, no town is resolved)
        shared.searcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok()
            .map(|automaton| (automaton, which));
        (!shared.names.is_empty()).then_some(shared)
    }

    /// Adds to `mentions[from..]` (of `text`, in text order) the mentions of shared names in `within` that the
    /// states the mentions name resolve; `locate(offset)` gives the paragraph and sentence a mention starts in.
    pub fn resolve(
        &self,
        text: &str,
        within: Range<usize>,
        mentions: &mut Vec<Mention>,
        from: usize,
        rules: Option<&Rules>,
        locate: impl Fn(usize) -> (u32, u32),
    ) {
        // the states the document names, by name or through a city or county in them, or an office built on one
        // (`the Sonoma County Board of Supervisors`: California)
        let named: FxHashSet<u32> = mentions[from..]
            .iter()
            .map(|m| m.entity)
            .map(|e| rules.and_then(|r| r.place_of_built(e)).unwrap_or(e))
            .map(|e| self.state_of.get(&e).copied().unwrap_or(e))
            .filter(|e| self.states.contains(e))
            .collect();
        let Some((automaton, which)) = self.searcher.as_ref().filter(|_| !named.is_empty()) else {
            return;
        };
        let before = mentions.len();
        for found in automaton.find_iter(&text.as_bytes()[within.clone()]) {
            let mut places = self.places[which[found.pattern().as_usize()]]
                .iter()
                .filter(|(state, _)| named.contains(state));
            let (Some(&(_, place)), None) = (places.next(), places.next()) else {
                continue;
            };
            let start = within.start + found.start();
            let town = Town {
                name: &text[start..within.start + found.end()],
                place,
                rules,
            };
            self.add(text, &within, start, &town, mentions, from..before, &locate);
        }
        mentions[from..].sort_by_key(|m| m.start);
    }

    /// The mention of the town where `text` writes its name at `start`, if it is a word there and not inside
    /// another mention (`mentions[listed]`): the town's, or a rule's entity for it where the rule's words follow.
    #[allow(clippy::too_many_arguments)]
    fn add(
        &self,
        text: &str,
        within: &Range<usize>,
        start: usize,
        town: &Town<'_>,
        mentions: &mut Vec<Mention>,
        listed: Range<usize>,
        locate: &impl Fn(usize) -> (u32, u32),
    ) {
        let name = town.name;
        let end = start + name.len();
        if !stands_alone(text, &(start..end)) {
            return;
        }
        let (end, entity) = match town.by_rule(text, start..end, within.end) {
            Some(found) => found,
            None => {
                let end = with_possessive(text, end);
                // the next word: a capital begins a longer name, a rule's word a name no rule makes here
                let next: &str = text[end..]
                    .strip_prefix(' ')
                    .map_or("", |r| r.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(""));
                let longer = next.starts_with(char::is_uppercase) && end == start + name.len();
                // a town named like a person (`Evans`, `Jackson`) is the person as often (`Evans said`), unless
                // written in capitals, as a dateline writes it (`JACKSON, Tenn.`)
                let personal = crate::extract::found::is_personal_name(name);
                if longer || self.rule_words.contains(fold(next).trim()) || personal {
                    return;
                }
                (end, town.place)
            }
        };
        if overlaps(&mentions[listed.clone()], &(start..end))
            || mentions[listed.end..].iter().any(|m| m.start < end && m.end > start)
        {
            return;
        }
        let (paragraph, sentence) = locate(start);
        mentions.push(Mention {
            start,
            end,
            entity,
            paragraph,
            sentence,
        });
    }
}

/// A town a shared name resolved to, and the rules that build on it.
struct Town<'a> {
    /// Its name as the text may write it (as listed, or in capitals).
    name: &'a str,
    place: u32,
    rules: Option<&'a Rules>,
}

/// How far after the town's name a rule's words are looked for.
const RULE_WINDOW: usize = 80;

impl Town<'_> {
    /// The end and entity of the longest name a rule builds on the town at `name` with the words after it
    /// (`Greenfield Police Department`), if one fits.
    fn by_rule(&self, text: &str, name: Range<usize>, limit: usize) -> Option<(usize, u32)> {
        let rules = self.rules?;
        let mut end = (name.end + RULE_WINDOW).min(limit);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut folded = Folded::default();
        folded.fold_padded(&text[name.start..end]);
        // the padded space, then the town's folded name
        let place_end = 1 + fold(&text[name.clone()]).trim_end().len();
        if place_end > folded.as_bytes().len() {
            return None;
        }
        let found = rules.find(text, name.start, &folded, self.place, NAME, 0..place_end, 0)?;
        let end = name.start + folded.end_to_original(found.end);
        (!found.names_the_place && end > name.end && text.is_char_boundary(end)).then_some((end, found.entity))
    }
}
