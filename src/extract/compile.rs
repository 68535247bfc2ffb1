//! Compiling a gazetteer for matching: every surface form folded and led by a space (a pattern), the patterns
//! sorted, and one anchored Aho-Corasick automaton per byte that follows the space, built in parallel.
//!
//! Why this shape. The scan only ever runs the automaton anchored at a word start (see `starts`), and a pattern
//! can only match there if its byte after the space is the text's, so the patterns split by that byte into
//! automata that never need each other: each is smaller, and they build side by side. Building is what a huge
//! gazetteer costs: aho-corasick computes failure transitions for every state whatever the search (40% of the
//! build of a million forms), and inserts patterns faster in sorted order (a third faster at a million). Sorted
//! patterns also need no map from pattern to number: a form's shorter prefixes are found by binary search.
//!
//! The automata are DFAs for a gazetteer of up to [`DFA_MAX_PATTERNS`] patterns, contiguous NFAs beyond: measured on
//! the benchmark machine (`examples/automaton_kinds.rs`, BENCHMARKS.md), a DFA scans about 1.3 times as fast at
//! 1,000 to 10,000 patterns, but at 100,000 it takes 455 MB and 1.3 s to build for a scan at most a fifth
//! faster, and at a million 4 GB and 30 s; the contiguous NFA takes 12 MB and 0.4 s at 100,000.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind, StartKind};
use rayon::prelude::*;

use super::chars::is_word;
use super::found::Finder;
use super::matcher::{CITY, Extractor, Group, NO_GROUP, ORGANISATION, PERSON, PLACE, Variant};
use super::names::{article_len, surname, surname_spellings, without_accents};
use super::rules::{NAME, NOT_SLOT, Rules};
use super::starts::Starts;
use crate::gazetteer::places::adjective_forms;
use crate::gazetteer::words::ordinary_word;
use crate::gazetteer::{Gazetteer, is_acronym};
use crate::text::fold::fold;

/// The most patterns a gazetteer compiles into DFAs rather than contiguous NFAs.
const DFA_MAX_PATTERNS: usize = 10_000;

/// The automaton could not be built (it ran out of the state ids it can address).
#[derive(Debug, thiserror::Error)]
#[error("cannot compile the gazetteer's {forms} surface forms: {source}")]
pub struct BuildError {
    forms: usize,
    source: aho_corasick::BuildError,
}

impl Extractor {
    /// Compiles every surface form of the gazetteer (on the current rayon pool's threads).
    pub fn new(gazetteer: &Gazetteer) -> Result<Extractor, BuildError> {
        let rules = Rules::new(gazetteer);
        let mut tagged: Vec<(String, Variant)> = Vec::new();
        let mut inflections: Vec<(String, Variant)> = Vec::new();
        let mut surnames: Vec<(String, u32, std::borrow::Cow<'_, str>)> = Vec::new();
        let mut forms = String::new();
        for (index, entity) in gazetteer.entities().iter().enumerate() {
            let has_context = !entity.rule.context.is_empty();
            let slot = rules.as_ref().is_some_and(|r| r.is_slot(index as u32));
            for form in entity.forms() {
                let folded = fold(form);
                if gazetteer.is_ambiguous(&folded) {
                    continue;
                }
                let case_sensitive = entity.rule.case_sensitive || is_acronym(form);
                // A form with dots (`Calif.`, `spiegel.de`) matches only with them: folded, a dot is a space,
                // and `Spiegel des` would otherwise be `spiegel.de` with a genitive.
                let dotted = !case_sensitive && form.contains('.');
                let range = if case_sensitive || dotted {
                    let start = forms.len() as u32;
                    forms.push_str(form);
                    start..forms.len() as u32
                } else {
                    0..0
                };
                let one_word = !folded.trim().contains(' ');
                let conditional = has_context && one_word;
                let variant = Variant {
                    entity: index as u32,
                    form: range,
                    case_sensitive,
                    dotted,
                    conditional,
                    slot: if slot { NAME } else { NOT_SLOT },
                    alone: !(entity.rule.in_rules && one_word),
                    surname: false,
                };
                // Weak inflections (`der Deutschen Presse-Agentur`) and the form without its accents (`Zsolt
                // Szabo`): forms only where no entity has them as written. A form matched as written is checked
                // against the other spelling as written.
                for other in weak_inflections(form).into_iter().chain(without_accents(form)) {
                    let range = if variant.form.is_empty() {
                        0..0
                    } else {
                        let start = forms.len() as u32;
                        forms.push_str(&other);
                        start..forms.len() as u32
                    };
                    inflections.push((
                        format!(" {}", fold(&other)),
                        Variant {
                            form: range,
                            ..variant.clone()
                        },
                    ));
                }
                // The space makes the pattern match only where a word starts (see `Folded::fold_padded`).
                tagged.push((format!(" {folded}"), variant));
            }
            if entity.kind == "person"
                && let Some(surname) = surname(&entity.name)
            {
                for spelling in surname_spellings(surname) {
                    surnames.push((format!(" {}", fold(&spelling)), index as u32, spelling));
                }
            }
            // A place's adjectives, in the languages some rule takes them in, for its rules only.
            let Some(rules) = rules.as_ref().filter(|_| slot) else {
                continue;
            };
            for (lang, adjective) in adjective_forms(entity) {
                let Some(kind) = rules.adjective_kind(index as u32, lang) else {
                    continue;
                };
                let folded = fold(&adjective);
                if folded.trim().is_empty() || gazetteer.is_ambiguous(&folded) {
                    continue;
                }
                tagged.push((
                    format!(" {folded}"),
                    Variant {
                        entity: index as u32,
                        form: 0..0,
                        case_sensitive: false,
                        dotted: false,
                        conditional: false,
                        slot: kind,
                        alone: false,
                        surname: false,
                    },
                ));
            }
        }
        // A weak inflection is a form only where no entity has it as written.
        let written: rustc_hash::FxHashSet<&str> = tagged.iter().map(|(key, _)| key.as_str()).collect();
        inflections.retain(|(key, _)| !written.contains(key.as_str()));
        // A surname alone is a person's only where the person is named in full or with an office (conditional),
        // as written, and where no entity has it as a form, no other person has it, and no language writes an
        // ordinary word so (the German noun `Koch`; the Dutch `dekker` is written small, `Dekker` is the name).
        surnames.sort_by(|a, b| a.0.cmp(&b.0));
        for (i, (key, entity, surname)) in surnames.iter().enumerate() {
            let surname: &str = surname;
            let shared = surnames.get(i.wrapping_sub(1)).is_some_and(|p| p.0 == *key)
                || surnames.get(i + 1).is_some_and(|n| n.0 == *key);
            let word = ordinary_word(surname).iter().any(|(_, w)| *w == surname);
            if shared || written.contains(key.as_str()) || word {
                continue;
            }
            // Dutch writes the particle of a surname alone with a capital (`Van der Sar`, `de heer Van Weel`).
            let mut chars = surname.chars();
            let capitalised: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(chars)
                .collect();
            let spellings = if capitalised == surname {
                vec![surname]
            } else {
                vec![surname, &capitalised]
            };
            for written_so in spellings {
                let start = forms.len() as u32;
                forms.push_str(written_so);
                inflections.push((
                    key.clone(),
                    Variant {
                        entity: *entity,
                        form: start..forms.len() as u32,
                        case_sensitive: true,
                        dotted: false,
                        conditional: true,
                        slot: NOT_SLOT,
                        alone: true,
                        surname: true,
                    },
                ));
            }
        }
        drop(written);
        tagged.extend(inflections);
        // Stable: the variants of a pattern stay in gazetteer order, case-insensitive ones first.
        tagged.sort_by(|(a, x), (b, y)| a.cmp(b).then(x.case_sensitive.cmp(&y.case_sensitive)));
        let mut keys: Vec<String> = Vec::new();
        let mut variant_at = Vec::new();
        let mut variants: Vec<Variant> = Vec::with_capacity(tagged.len());
        for (key, variant) in tagged {
            if keys.last() != Some(&key) {
                keys.push(key);
                variant_at.push(variants.len() as u32);
            }
            variants.push(variant);
        }
        variant_at.push(variants.len() as u32);
        // The same adjective of two places (two towns called Neustadt) says neither: both are left out, made
        // variants that neither match alone nor serve a rule.
        let is_adjective = |v: &Variant| v.slot != NAME && v.slot != NOT_SLOT;
        let mut twins = Vec::new();
        for k in 0..keys.len() {
            let of_key = &variants[variant_at[k] as usize..variant_at[k + 1] as usize];
            for (i, v) in of_key.iter().enumerate() {
                if is_adjective(v) && of_key.iter().any(|w| w.slot == v.slot && w.entity != v.entity) {
                    twins.push(variant_at[k] as usize + i);
                }
            }
        }
        for i in twins {
            variants[i].slot = NOT_SLOT;
        }
        let (shorter_at, shorter) = prefix_table(&keys);
        let lengths = keys.iter().map(|k| k.len() as u32).collect();
        let articles = keys.iter().map(|k| article_len(k.as_bytes()) as u8).collect();
        let traits = gazetteer
            .entities()
            .iter()
            .map(|e| match e.kind.as_str() {
                "organisation" => ORGANISATION,
                "city" => PLACE | CITY,
                "county" | "state" | "country" => PLACE,
                "person" => PERSON,
                _ => 0,
            })
            .collect();
        let (groups, group_of) = build_groups(&keys)?;
        let context = gazetteer
            .entities()
            .iter()
            .map(|e| {
                e.rule
                    .context
                    .iter()
                    .filter_map(|id| gazetteer.index_of(id))
                    .map(|i| i as u32)
                    .collect()
            })
            .collect();
        let scope = gazetteer.entities().iter().map(|e| e.rule.context_scope).collect();
        let starts = Starts::new(keys.iter().map(|k| k.as_bytes()));
        // a form of an entity, as opposed to a place's adjective that serves its rules only (Santa Rosa County's
        // `Santa Rosa`, which is no name of the county, leaves Santa Rosa, California its bare name)
        let is_form = |folded: &str| {
            keys.binary_search(&format!(" {folded}")).is_ok_and(|k| {
                variants[variant_at[k] as usize..variant_at[k + 1] as usize]
                    .iter()
                    .any(|v| !is_adjective(v))
            })
        };
        let shared = super::shared::SharedPlaces::new(
            gazetteer,
            is_form,
            rules.as_ref().map(Rules::words_after_names).unwrap_or_default(),
        );
        let police_acronyms = rules.as_ref().map(|r| r.police_acronyms(gazetteer)).unwrap_or_default();
        let known = keys
            .iter()
            .map(|k| k.trim_start())
            .chain(gazetteer.entities().iter().map(|e| e.id.as_str()))
            .map(Finder::key)
            .collect();
        let found = Some(Finder {
            base: gazetteer.entity_space() as u32,
            known,
            built_ids: gazetteer
                .rules()
                .iter()
                .map(|r| (r.id_template().0.to_string(), r.id_template().1.to_string()))
                .collect(),
            short_names: short_names(gazetteer),
            organisations: organisation_forms(gazetteer),
        });
        Ok(Extractor {
            found,
            rules,
            shared,
            police_acronyms,
            postal_codes: super::postal::codes(gazetteer),
            traits,
            articles,
            groups,
            group_of,
            starts,
            lengths,
            variant_at,
            variants,
            forms,
            shorter_at,
            shorter,
            context,
            scope,
        })
    }
}

/// Records that `key` names `entity`: it stays that entity's while no other entity claims it too, then it is
/// `None` (a name two organisations share is neither's).
fn claim(map: &mut rustc_hash::FxHashMap<String, Option<u32>>, key: String, entity: u32) {
    map.entry(key)
        .and_modify(|e| {
            if *e != Some(entity) {
                *e = None
            }
        })
        .or_insert(Some(entity));
}

/// Every folded form of the listed organisations, with the organisation (`None` where two share a form): see
/// `Finder::organisations`.
fn organisation_forms(gazetteer: &Gazetteer) -> rustc_hash::FxHashMap<String, Option<u32>> {
    let mut forms: rustc_hash::FxHashMap<String, Option<u32>> = rustc_hash::FxHashMap::default();
    for (index, entity) in gazetteer.entities().iter().enumerate() {
        if entity.kind != "organisation" {
            continue;
        }
        for form in entity.forms() {
            claim(&mut forms, fold(form).trim().to_string(), index as u32);
        }
    }
    forms
}

/// The first words of listed organisations' longer names that begin one organisation's names only (see
/// `Finder::short_names`): `Reveal` of `Reveal Media`, or `None` for a word that begins two organisations'
/// names (`Cambridge`). An article (`The Intercept`) is no short name.
fn short_names(gazetteer: &Gazetteer) -> rustc_hash::FxHashMap<String, Option<u32>> {
    const ARTICLES: &[&str] = &["the", "der", "die", "das", "de", "het", "a", "an", "la", "le", "el"];
    let mut first: rustc_hash::FxHashMap<String, Option<u32>> = rustc_hash::FxHashMap::default();
    for (index, entity) in gazetteer.entities().iter().enumerate() {
        if entity.kind != "organisation" {
            continue;
        }
        let mut words: Vec<&str> = entity
            .forms()
            .filter_map(|form| form.split_once(' ').map(|(word, _)| word))
            .filter(|word| word.chars().count() >= 2 && word.starts_with(|c: char| c.is_uppercase()))
            .filter(|word| !ARTICLES.contains(&word.to_lowercase().as_str()))
            .collect();
        words.sort_unstable();
        words.dedup();
        for word in words {
            claim(&mut first, word.to_string(), index as u32);
        }
    }
    first
}

/// The weakly inflected forms of a German name that starts with an adjective: `Deutsche Bank` is `der Deutschen
/// Bank`, and a plural noun in `-er` or `-el` after it takes the dative's `-n` too (`Freie Wähler`, `den
/// Freien Wählern`). Only a capitalised first word in `-e` of a name of several words; elsewhere (`Google
/// Assistant`) the variant is a word sequence no text has.
///
/// A name listed with its adjective's strong ending (`Auswärtiges Amt`, `Deutscher Bundestag`, `Bayerisches
/// Landeskriminalamt`) is written with the weak ones after an article, in every case but the nominative
/// without one: `das Auswärtige Amt`, `des Deutschen Bundestages`, `beim Bayerischen Landeskriminalamt`. Only
/// the endings of German adjectives that name institutions (`-isches`, `-iges`, `-ches`, `-ales` and their
/// `-er` forms), whose stems no other language writes so.
fn weak_inflections(form: &str) -> Vec<String> {
    const STRONG: &[&str] = &["isches", "ischer", "iges", "iger", "ches", "cher", "ales", "aler"];
    let Some((first, rest)) = form.split_once(' ') else {
        return Vec::new();
    };
    let capital = first.chars().next().is_some_and(char::is_uppercase);
    if !(capital && first.chars().all(char::is_alphabetic) && !is_acronym(first)) {
        return Vec::new();
    }
    if first.chars().count() >= 7 && STRONG.iter().any(|e| first.ends_with(e)) {
        let stem = &first[..first.len() - 2];
        return vec![format!("{stem}e {rest}"), format!("{stem}en {rest}")];
    }
    if !first.ends_with('e') {
        return Vec::new();
    }
    let mut inflected = vec![format!("{first}n {rest}")];
    let noun = !rest.contains(' ') && rest.chars().all(char::is_alphabetic);
    if noun && (rest.ends_with("er") || rest.ends_with("el")) {
        inflected.push(format!("{first}n {rest}n"));
    }
    inflected
}

/// One anchored automaton per byte after the space, over the sorted `keys`, and the group of each byte.
fn build_groups(keys: &[String]) -> Result<(Vec<Group>, [u16; 256]), BuildError> {
    // Sorted keys share their second byte in runs.
    let mut runs: Vec<(u8, std::ops::Range<usize>)> = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        let byte = key.as_bytes()[1];
        match runs.last_mut() {
            Some((b, range)) if *b == byte => range.end = i + 1,
            _ => runs.push((byte, i..i + 1)),
        }
    }
    // By the whole gazetteer's size: the DFAs of many groups take as much memory as one.
    let kind = if keys.len() <= DFA_MAX_PATTERNS {
        AhoCorasickKind::DFA
    } else {
        AhoCorasickKind::ContiguousNFA
    };
    let automata: Vec<AhoCorasick> = runs
        .par_iter()
        .map(|(_, range)| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(kind))
                // Searches start only where `starts` allows, anchored: no unanchored start state, and no
                // prefilter (every pattern starts with a space).
                .start_kind(StartKind::Anchored)
                .prefilter(false)
                .build(&keys[range.clone()])
        })
        .collect::<Result<_, _>>()
        .map_err(|source| BuildError {
            forms: keys.len(),
            source,
        })?;
    let mut group_of = [NO_GROUP; 256];
    let groups = runs
        .into_iter()
        .zip(automata)
        .enumerate()
        .map(|(g, ((byte, range), automaton))| {
            group_of[byte as usize] = g as u16;
            Group {
                automaton,
                first: range.start as u32,
            }
        })
        .collect();
    Ok((groups, group_of))
}

/// For each of the sorted `keys`, the other keys that are a prefix of it ending where it has a non-word
/// character (` amazon` in ` amazon web services`), longest first: the candidates when the longer one fails a
/// check.
fn prefix_table(keys: &[String]) -> (Vec<u32>, Vec<u32>) {
    let mut at = Vec::with_capacity(keys.len() + 1);
    let mut table = Vec::new();
    for key in keys {
        at.push(table.len() as u32);
        let first = table.len();
        for (i, c) in key.char_indices().skip(1) {
            if !is_word(c)
                && let Ok(p) = keys.binary_search_by(|k| k.as_str().cmp(&key[..i]))
            {
                table.push(p as u32);
            }
        }
        table[first..].reverse();
    }
    at.push(table.len() as u32);
    (at, table)
}
