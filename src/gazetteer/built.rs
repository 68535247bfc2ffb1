//! The entities rules build, and how they are numbered.
//!
//! A rule builds one entity for each place it applies to, but only a handful of them are ever mentioned, so
//! none is made until asked for. Each has an index all the same, so that extraction, counting and partials treat
//! it like a listed entity: the listed entities come first (`0..L`), then each rule's entities, one per place the
//! rule applies to, in the order of the places. A rule that names the place itself builds nothing and takes no
//! indices.
//!
//! The list wins: where the gazetteer lists what a rule would build for a place, under the id the rule would
//! give it or under a form the rule would build, the rule yields the listed entity for that place, and that
//! listed entity is then known to be located in the place.

use rustc_hash::FxHashMap;

use super::Entity;
use super::places::{adjective_forms, derived_from};
use super::problem::Problem;
use super::rules::Rule;
use crate::text::fold::fold;

/// The numbering of what rules build, and what the list says in their stead.
#[derive(Clone, Debug, Default)]
pub struct Built {
    /// For each rule, the places it applies to (listed indices, ascending).
    places: Vec<Vec<u32>>,
    /// For each rule, the index of its first entity.
    base: Vec<u32>,
    /// (rule, place) → the listed entity that is what the rule builds there.
    listed: FxHashMap<(u32, u32), u32>,
    /// For a listed entity that a rule builds, the place it is built from.
    listed_place: FxHashMap<u32, u32>,
    /// One past the last index.
    end: u32,
}

impl Built {
    /// Numbers what `rules` build from `entities` and finds the listed ones among them. `forms` maps each folded
    /// form of the listed entities to its entity. Two listed entities claiming one rule's result for a place
    /// are a warning; the first is kept.
    pub(super) fn new(
        rules: &[Rule],
        entities: &[Entity],
        by_id: &FxHashMap<String, usize>,
        forms: &FxHashMap<String, (usize, String)>,
        warnings: &mut Vec<Problem>,
    ) -> Built {
        let mut built = Built {
            end: entities.len() as u32,
            ..Built::default()
        };
        for rule in rules {
            built.base.push(built.end);
            let places: Vec<u32> = if rule.names_the_place() {
                Vec::new()
            } else {
                (0..entities.len())
                    .filter(|&i| rule.applies_to(&entities[i]))
                    .map(|i| i as u32)
                    .collect()
            };
            built.end += places.len() as u32;
            built.places.push(places);
        }
        if rules.iter().all(Rule::names_the_place) {
            return built;
        }
        let slots: Vec<&str> = rules.iter().map(|r| r.slot.as_str()).collect();
        let adjectives = adjective_index(entities, rules);
        // each rule's forms folded and split into words once, and each entity's forms once (this compares every
        // listed entity's forms with every rule's: it was most of loading the shipped gazetteer)
        let frames: Vec<Vec<Frame<'_>>> = rules.iter().map(|r| r.forms.iter().map(Frame::new).collect()).collect();
        let mut folded: Vec<(String, Vec<(usize, usize)>)> = Vec::new();
        for (e, entity) in entities.iter().enumerate() {
            if slots.contains(&entity.kind.as_str()) {
                continue;
            }
            folded.clear();
            folded.extend(entity.forms().map(|form| {
                let form = fold(form);
                let words = words_of(&form);
                (form, words)
            }));
            for (r, rule) in rules.iter().enumerate().filter(|(_, r)| !r.names_the_place()) {
                let by_id = rule.place_id(&entity.id).and_then(|id| by_id.get(id).copied());
                // (a listed entity that says its country is what a rule builds, by its id or a form, only for a
                // place of that country: the UK's Kent Police is not the police of Kent, Washington)
                let country = entity.attribute("country");
                let in_country = |p: usize| country.is_none_or(|c| entities[p].attribute("country") == Some(c));
                let by_form = || {
                    folded.iter().find_map(|(form, words)| {
                        places_of(&frames[r], form, words, forms, &adjectives)
                            .into_iter()
                            .find(|&p| built.is_built(r, p) && in_country(p))
                    })
                };
                if let Some(place) = by_id
                    .filter(|&p| built.is_built(r, p) && in_country(p))
                    .or_else(by_form)
                {
                    built.claim(r, place, e, rules, entities, warnings);
                }
            }
        }
        built
    }

    /// Whether rule `r` applies to `place`.
    fn is_built(&self, r: usize, place: usize) -> bool {
        self.places[r].binary_search(&(place as u32)).is_ok()
    }

    fn claim(
        &mut self,
        r: usize,
        place: usize,
        listed: usize,
        rules: &[Rule],
        entities: &[Entity],
        warnings: &mut Vec<Problem>,
    ) {
        let key = (r as u32, place as u32);
        match self.listed.get(&key) {
            Some(&other) if other as usize != listed => {
                let entity = &entities[listed];
                warnings.push(Problem {
                    file: entity.origin.file.to_path_buf(),
                    line: Some(entity.origin.line),
                    column: None,
                    message: format!(
                        "`{}` and `{}` (at {}) are both what rule `{}` builds for `{}`; `{}` is used",
                        entity.id,
                        entities[other as usize].id,
                        entities[other as usize].origin,
                        rules[r].id,
                        entities[place].id,
                        entities[other as usize].id
                    ),
                    hint: Some("give one of them the other's forms, or remove one".to_string()),
                });
            }
            Some(_) => {}
            None => {
                self.listed.insert(key, listed as u32);
                self.listed_place.entry(listed as u32).or_insert(place as u32);
            }
        }
    }

    /// The index of what rule `r` builds from `place`: the listed entity that is it, or the built one; `None`
    /// when the rule does not apply to the place (another type, another country) or names the place itself.
    pub fn index(&self, r: usize, place: usize) -> Option<u32> {
        if let Some(&listed) = self.listed.get(&(r as u32, place as u32)) {
            return Some(listed);
        }
        let at = self.places.get(r)?.binary_search(&(place as u32)).ok()?;
        Some(self.base[r] + at as u32)
    }

    /// The rule and place of a built entity's index.
    pub(super) fn source(&self, index: usize) -> Option<(usize, usize)> {
        let index = index as u32;
        if index >= self.end {
            return None;
        }
        // the last rule whose entities start at or before the index; rules that build nothing share a base
        let r = self.base.partition_point(|&b| b <= index).checked_sub(1)?;
        let at = (index - self.base[r]) as usize;
        self.places[r].get(at).map(|&p| (r, p as usize))
    }

    /// The place a built entity was built from (`sonoma-county-board-of-supervisors`: Sonoma County), or `None`
    /// for an index no rule builds.
    pub fn place(&self, index: usize) -> Option<usize> {
        self.source(index).map(|(_, place)| place)
    }

    /// The place a listed entity is what a rule builds from.
    pub(super) fn listed_place(&self, listed: usize) -> Option<usize> {
        self.listed_place.get(&(listed as u32)).map(|&p| p as usize)
    }

    /// One past the last index: the listed entities and everything the rules can build.
    pub fn end(&self) -> usize {
        self.end as usize
    }
}

/// A rule's form, folded and split into the words around its slot.
struct Frame<'r> {
    lang: &'r str,
    adjective: bool,
    before: Vec<String>,
    after: Vec<String>,
}

impl<'r> Frame<'r> {
    fn new(template: &'r super::rules::RuleForm) -> Frame<'r> {
        let words = |s: &str| fold(s).split_whitespace().map(str::to_string).collect();
        Frame {
            lang: &template.lang,
            adjective: template.adjective,
            before: words(&template.before),
            after: words(&template.after),
        }
    }
}

/// The words of a folded form: (start, length) of each, empty ones left out.
fn words_of(form: &str) -> Vec<(usize, usize)> {
    let mut at = 0;
    let mut words = Vec::new();
    for word in form.split(' ') {
        if !word.is_empty() {
            words.push((at, word.len()));
        }
        at += word.len() + 1;
    }
    words
}

/// The places a folded listed form (with its words) may be a rule's form of: `detroit police department` is
/// `{city} Police Department` for Detroit, `detroiter polizei` is `{city:adj} Polizei` for it. Whether the rule
/// applies to the place is for the caller to check.
fn places_of(
    frames: &[Frame<'_>],
    form: &str,
    words: &[(usize, usize)],
    forms: &FxHashMap<String, (usize, String)>,
    adjectives: &FxHashMap<(String, String), Vec<usize>>,
) -> Vec<usize> {
    let mut places = Vec::new();
    for frame in frames {
        let Some(middle) = between(form, words, &frame.before, &frame.after) else {
            continue;
        };
        if frame.adjective {
            let key = (frame.lang.to_string(), middle.to_string());
            places.extend(adjectives.get(&key).into_iter().flatten().copied());
            places.extend(
                derived_from(frame.lang, middle)
                    .iter()
                    .filter_map(|n| forms.get(n).map(|f| f.0)),
            );
        } else {
            places.extend(forms.get(middle).map(|f| f.0));
        }
    }
    places
}

/// What of the folded `form` lies between the words of `before` and of `after` (folded), compared word by
/// word, so that `sheriff’s` (a quote of three bytes, three spaces) meets `sheriff's`.
fn between<'f>(form: &'f str, words: &[(usize, usize)], before: &[String], after: &[String]) -> Option<&'f str> {
    if words.len() <= before.len() + after.len() {
        return None;
    }
    let word = |w: &(usize, usize)| &form[w.0..w.0 + w.1];
    let same = |ws: &[(usize, usize)], template: &[String]| ws.iter().map(word).eq(template.iter().map(String::as_str));
    if !same(&words[..before.len()], before) || !same(&words[words.len() - after.len()..], after) {
        return None;
    }
    let inner = &words[before.len()..words.len() - after.len()];
    let (first, last) = (inner[0], inner[inner.len() - 1]);
    Some(&form[first.0..last.0 + last.1])
}

/// The places' adjectives that a row gives, by (language, folded form), for the types rules use.
fn adjective_index(entities: &[Entity], rules: &[Rule]) -> FxHashMap<(String, String), Vec<usize>> {
    let mut index: FxHashMap<(String, String), Vec<usize>> = FxHashMap::default();
    for (i, entity) in entities.iter().enumerate() {
        if entity.adjectives.is_empty() || !rules.iter().any(|r| r.slot == entity.kind) {
            continue;
        }
        for (lang, form) in adjective_forms(entity) {
            index.entry((lang.to_string(), fold(&form))).or_default().push(i);
        }
    }
    index
}

#[cfg(test)]
mod tests {
    /// `super::between` with the form's words and the template's found here, as `Built::new` finds them once.
    fn between<'f>(form: &'f str, before: &str, after: &str) -> Option<&'f str> {
        let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        super::between(form, &super::words_of(form), &words(before), &words(after))
    }

    #[test]
    fn the_middle_is_found_word_by_word() {
        assert_eq!(
            between("detroit police department", "", "police department"),
            Some("detroit")
        );
        assert_eq!(between("polizei von new york", "polizei von", ""), Some("new york"));
        assert_eq!(
            between("st  louis county sheriff   s office", "", "sheriff s office"),
            Some("st  louis county")
        );
        assert_eq!(between("police department", "", "police department"), None);
        assert_eq!(between("detroit police", "", "police department"), None);
        assert_eq!(between("detroit police dept", "", "police department"), None);
    }
}
