//! Rules at match time: around a place the automaton found, the words a rule puts before and after it.
//!
//! A rule's forms are not patterns of the automaton: with tens of thousands of places they would be millions.
//! The automaton finds the place (`Köln`, or its adjective `Kölner`), and the rule's words are compared with
//! the folded text on either side, word by word: `Polizei` before `Köln`, `Polizei` after `Kölner`, `Police
//! Department` after `Chicago`. The longest rule that fits wins, and its mention covers its words and the place
//! (`Polizeipräsidium Köln`); a rule that names the place itself (`Stadt Essen`) leaves the mention on the
//! place's name. Only white space, hyphens and apostrophes may stand between the words, so that a sentence or
//! a list never joins them (`… bei der Polizei. Köln …`, `Polizei, Köln`), and the words before a place must not
//! reach into the mention before it. One comma is read: a US city's state after it, the way US news qualifies a
//! city (`Dayton, Ohio police`, `the Miamisburg, Ohio, Police Department`), is part of the city's institution's
//! name, which would otherwise be the state's (`Ohio police`).

use std::ops::Range;

use crate::gazetteer::{Built, Gazetteer};
use crate::text::fold::{Folded, fold, is_invisible};

/// A variant that is not a form of a place a rule builds from.
pub(super) const NOT_SLOT: u8 = u8::MAX;
/// A variant that is one of a place's names; a variant of kind `1 + k` is an adjective in language `k`.
pub(super) const NAME: u8 = 0;

/// The rules, compiled for the scan.
#[derive(Clone, Debug)]
pub(super) struct Rules {
    /// For each listed entity, the index of its type among the slot types, or [`NOT_SLOT`].
    slot_of: Vec<u8>,
    /// The languages of adjective slots, whose position `k` makes the form kind `1 + k`.
    languages: Vec<String>,
    /// The templates for each (slot type, form kind), at `slot * kinds + kind`.
    templates: Vec<Vec<Template>>,
    kinds: usize,
    built: Built,
    /// For each listed city of a state, the state's name, folded: US news qualifies a city so before a rule's
    /// words (`Dayton, Ohio police`, `the Miamisburg, Ohio, Police Department`). (A county so qualified before
    /// an office, `Pinellas County, Florida Sheriff Bob Gualtieri`, is left to the county and the state, as the
    /// held-out gold annotates it.)
    qualifiers: Vec<Option<Box<[u8]>>>,
}

/// One form of a rule, folded into words.
#[derive(Clone, Debug)]
struct Template {
    rule: u32,
    before: Vec<Box<[u8]>>,
    after: Vec<Box<[u8]>>,
    names_the_place: bool,
}

/// What a rule makes of a place: the entity, and the folded span of the whole name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct RuleMatch {
    pub entity: u32,
    pub start: usize,
    pub end: usize,
    /// The rule names the place itself: the mention stays the place's name.
    pub names_the_place: bool,
}

impl Rules {
    /// The rules of a gazetteer, or `None` when it has none (and the scan does what it always did).
    pub fn new(gazetteer: &Gazetteer) -> Option<Rules> {
        let rules = gazetteer.rules();
        if rules.is_empty() {
            return None;
        }
        let mut slots: Vec<&str> = rules.iter().map(|r| r.slot.as_str()).collect();
        slots.sort_unstable();
        slots.dedup();
        let mut languages: Vec<String> = rules
            .iter()
            .flat_map(|r| &r.forms)
            .filter(|f| f.adjective)
            .map(|f| f.lang.clone())
            .collect();
        languages.sort_unstable();
        languages.dedup();
        let kinds = 1 + languages.len();
        let mut templates = vec![Vec::new(); slots.len() * kinds];
        for (r, rule) in rules.iter().enumerate() {
            let slot = slots
                .binary_search(&rule.slot.as_str())
                .expect("every rule's slot is listed");
            for form in &rule.forms {
                let kind = match form.adjective {
                    false => NAME as usize,
                    true => {
                        1 + languages
                            .binary_search(&form.lang)
                            .expect("every adjective language is listed")
                    }
                };
                templates[slot * kinds + kind].push(Template {
                    rule: r as u32,
                    before: words(&form.before),
                    after: words(&form.after),
                    names_the_place: rule.names_the_place(),
                });
            }
        }
        let slot_of = gazetteer
            .entities()
            .iter()
            .map(|e| slots.binary_search(&e.kind.as_str()).map_or(NOT_SLOT, |s| s as u8))
            .collect();
        let qualifiers = gazetteer
            .entities()
            .iter()
            .map(|e| {
                let state = e.attribute("state").filter(|_| e.kind == "city")?;
                let state = &gazetteer.entities()[gazetteer.index_of(state)?];
                Some(fold(&state.name).into_bytes().into_boxed_slice())
            })
            .collect();
        Some(Rules {
            slot_of,
            languages,
            templates,
            kinds,
            built: gazetteer.built_entities().clone(),
            qualifiers,
        })
    }

    /// The first word each rule puts after a place's name (`police`, `county`, `sheriff`), folded.
    pub fn words_after_names(&self) -> rustc_hash::FxHashSet<Box<str>> {
        self.templates
            .iter()
            .flatten()
            .filter_map(|t| t.after.first())
            .map(|w| String::from_utf8_lossy(w).trim().into())
            .collect()
    }

    /// The acronyms of US city police departments, by city: `WFPD` for the `{city} Police Department` of
    /// Wichita Falls (see `acronyms::define_for_named`). The US press names a city's police by the city's
    /// initials and `PD` (`NYPD`, `SDPD`, `WFPD`), mostly without defining it. Only for the rules that have the
    /// form `… Police Department` right after the place (`{city} Police Department`, and a county's: `Fairfax
    /// County` … `FCPD`), and only for places the gazetteer puts in the US, where the convention holds: elsewhere
    /// such letters are as often a party (`KPD`).
    pub fn police_acronyms(&self, gazetteer: &Gazetteer) -> rustc_hash::FxHashMap<u32, (Box<str>, u32)> {
        let department = |t: &Template| {
            t.before.is_empty() && t.after.len() == 2 && &*t.after[0] == b"police" && &*t.after[1] == b"department"
        };
        let mut rules: Vec<u32> = self
            .templates
            .iter()
            .flatten()
            .filter(|t| department(t))
            .map(|t| t.rule)
            .collect();
        rules.sort_unstable();
        rules.dedup();
        let mut acronyms = rustc_hash::FxHashMap::default();
        for (place, entity) in gazetteer.entities().iter().enumerate() {
            if self.slot_of[place] == NOT_SLOT || entity.attribute("country") != Some("US") {
                continue;
            }
            let Some(initials) = initials(&entity.name) else {
                continue;
            };
            for &rule in &rules {
                if let Some(police) = self.built.index(rule as usize, place) {
                    acronyms.insert(place as u32, (format!("{initials}PD").into_boxed_str(), police));
                }
            }
        }
        acronyms
    }

    /// The place a built entity was built from, if `entity` is one.
    pub fn place_of_built(&self, entity: u32) -> Option<u32> {
        self.built.place(entity as usize).map(|p| p as u32)
    }

    /// Whether a rule builds from entities of this listed entity's type.
    pub fn is_slot(&self, entity: u32) -> bool {
        self.slot_of[entity as usize] != NOT_SLOT
    }

    /// The form kind of an adjective in `lang`, when some rule uses adjectives of that language for the type of
    /// `entity`.
    pub fn adjective_kind(&self, entity: u32, lang: &str) -> Option<u8> {
        let slot = self.slot_of[entity as usize];
        if slot == NOT_SLOT {
            return None;
        }
        let k = self.languages.iter().position(|l| l == lang)?;
        let kind = 1 + k;
        (!self.templates[slot as usize * self.kinds + kind].is_empty()).then_some(kind as u8)
    }

    /// The longest rule around a place found at folded `start..end` (`start` the space before it, `end` after
    /// any genitive ending) as a form of kind `kind`, not reaching before `floor`. `text` is the original of
    /// the folded paragraph, which starts at byte `base` of it.
    #[allow(clippy::too_many_arguments)]
    pub fn find(
        &self,
        text: &str,
        base: usize,
        folded: &Folded,
        place: u32,
        kind: u8,
        place_span: Range<usize>,
        floor: usize,
    ) -> Option<RuleMatch> {
        let slot = self.slot_of[place as usize];
        if slot == NOT_SLOT {
            return None;
        }
        let hay = folded.as_bytes();
        let joined = |from: usize, to: usize| {
            let (from, to) = (base + folded.end_to_original(from), base + folded.start_to_original(to));
            from <= to && text.get(from..to).is_some_and(|gap| gap.chars().all(joins_words))
        };
        let mut best: Option<(usize, RuleMatch)> = None;
        // `Dayton, Ohio police`: the place's state after a comma, and the rule's words after that (a comma may
        // stand before them too: `Miamisburg, Ohio, Police Department`)
        let qualified = (kind == NAME)
            .then(|| self.qualifiers.get(place as usize)?.as_deref())
            .flatten()
            .and_then(|state| {
                let at = place_span.end + 2;
                let gap = (
                    base + folded.end_to_original(place_span.end),
                    base + folded.start_to_original(at),
                );
                let comma = text.get(gap.0..gap.1) == Some(", ");
                let end = at + state.len();
                (comma && hay.get(at..end) == Some(state) && hay.get(end) == Some(&b' ')).then_some(end)
            });
        let comma_or_joined = |from: usize, to: usize| {
            let (from, to) = (base + folded.end_to_original(from), base + folded.start_to_original(to));
            from <= to
                && text.get(from..to).is_some_and(|gap| {
                    let gap = gap.strip_prefix(',').unwrap_or(gap);
                    !gap.is_empty() && gap.chars().all(joins_words)
                })
        };
        // The words around the place first: most templates do not fit, and which entity one builds is a look-up.
        for template in &self.templates[slot as usize * self.kinds + kind as usize] {
            let Some(start) = words_before(hay, place_span.start, &template.before, &joined) else {
                continue;
            };
            // the words before end where the space before the place is: `start` is the space before the first
            if start < floor {
                continue;
            }
            let qualified_end = || {
                let after = qualified.filter(|_| template.before.is_empty() && !template.after.is_empty())?;
                words_after(hay, after, &template.after[..1], &comma_or_joined)
                    .and_then(|first| words_after(hay, first, &template.after[1..], &joined))
            };
            let Some(end) = words_after(hay, place_span.end, &template.after, &joined).or_else(qualified_end) else {
                continue;
            };
            let length = end - start;
            if best.as_ref().is_some_and(|(l, _)| length <= *l) {
                continue;
            }
            let Some(entity) = (match template.names_the_place {
                true => Some(place),
                false => self.built.index(template.rule as usize, place as usize),
            }) else {
                continue;
            };
            let names_the_place = template.names_the_place;
            best = Some((
                length,
                RuleMatch {
                    entity,
                    start,
                    end,
                    names_the_place,
                },
            ));
        }
        best.map(|(_, m)| m)
    }
}

/// The initials of a place's name, when every word of it is capitalised: `Wichita Falls` → `WF`, `Winston-Salem`
/// → `WS`, `Chicago` → `C`.
fn initials(name: &str) -> Option<String> {
    name.split([' ', '-'])
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().next().filter(char::is_ascii_uppercase))
        .collect()
}

/// The folded words of a template's literal part.
fn words(literal: &str) -> Vec<Box<[u8]>> {
    fold(literal)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| w.as_bytes().into())
        .collect()
}

/// What may stand between the words of a rule's name: white space, hyphens, apostrophes and invisible
/// characters, but no punctuation that ends a sentence or separates items of a list.
fn joins_words(c: char) -> bool {
    c.is_whitespace()
        || is_invisible(c)
        || matches!(
            c,
            '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\'' | '\u{2019}' | '\u{02BC}'
        )
}

/// Matches `words` right before the space at `at` (the space before the place), each preceded by a space:
/// returns the position of the space before the first word (`at` itself when there are none).
fn words_before(hay: &[u8], at: usize, words: &[Box<[u8]>], joined: &dyn Fn(usize, usize) -> bool) -> Option<usize> {
    let mut space = at;
    let mut next_start = at + 1;
    for word in words.iter().rev() {
        // skip back over the run of spaces before `space`
        let mut end = space;
        while end > 0 && hay[end - 1] == b' ' {
            end -= 1;
        }
        let start = end.checked_sub(word.len())?;
        if start == 0 || hay[start - 1] != b' ' || hay[start..end] != word[..] || !joined(end, next_start) {
            return None;
        }
        space = start - 1;
        next_start = start;
    }
    Some(space)
}

/// Matches `words` after the place ending at `at`, each after a run of spaces; returns where the last ends
/// (with a German genitive `s` glued to it: `des Kölner Polizeipräsidiums`), or `at` when there are none.
fn words_after(hay: &[u8], at: usize, words: &[Box<[u8]>], joined: &dyn Fn(usize, usize) -> bool) -> Option<usize> {
    let mut end = at;
    for word in words {
        let mut start = end;
        while hay.get(start) == Some(&b' ') {
            start += 1;
        }
        let stop = start + word.len();
        if start == end
            || hay.get(start..stop) != Some(&word[..])
            || !matches!(hay.get(stop), None | Some(b' ') | Some(b's'))
            || !joined(end, start)
        {
            return None;
        }
        end = stop;
    }
    if end > at && hay.get(end) == Some(&b's') {
        // a genitive glued to the last word, and nothing else (`Polizeipräsidiums`, not `Polizeisprecher`)
        if matches!(hay.get(end + 1), None | Some(b' ')) {
            end += 1;
        } else {
            return None;
        }
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hay(text: &str) -> Vec<u8> {
        let mut folded = Folded::default();
        folded.fold_padded(text);
        folded.as_bytes().to_vec()
    }

    fn w(list: &[&str]) -> Vec<Box<[u8]>> {
        list.iter().map(|s| s.as_bytes().into()).collect()
    }

    #[test]
    fn words_are_matched_on_either_side() {
        let always = |_: usize, _: usize| true;
        let h = hay("die Polizei in Köln sagte");
        let köln = h.windows(6).position(|x| x == " köln".as_bytes()).unwrap();
        assert_eq!(words_before(&h, köln, &w(&["polizei", "in"]), &always), Some(4));
        assert_eq!(words_before(&h, köln, &w(&["in"]), &always), Some(12));
        assert_eq!(words_before(&h, köln, &w(&["polizei"]), &always), None);
        assert_eq!(words_before(&h, köln, &[], &always), Some(köln));
        let h = hay("Chicago Police Department's budget");
        assert_eq!(words_after(&h, 8, &w(&["police", "department"]), &always), Some(26));
        assert_eq!(words_after(&h, 8, &w(&["police"]), &always), Some(15));
        let h = hay("des Kölner Polizeipräsidiums");
        assert_eq!(
            words_after(&h, " des kölner".len(), &w(&["polizeipräsidium"]), &always),
            Some(h.len()),
            "the genitive s belongs to the name"
        );
        let h = hay("Kölner Polizeisprecher");
        assert_eq!(
            words_after(&h, " kölner".len(), &w(&["polizei"]), &always),
            None,
            "a word is matched whole"
        );
    }
}
