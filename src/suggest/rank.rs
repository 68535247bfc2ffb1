//! Adding up the occurrences of each name over a corpus, leaving out the known ones, guessing a type and
//! ranking.
//!
//! Occurrences are grouped by their folded name (`Clearview AI` and `CLEARVIEW AI` are one). Then:
//!
//! - a name the gazetteer knows under any form, or with a genitive `-s` (`Microsofts`), or a known person's
//!   surname alone, is left out: the extractor found the rest;
//! - a name with a genitive `-s` joins the name without it (`Hessendatas` → `Hessendata`), an acronym joins the
//!   name it was defined after (`Bundeskriminalamt (BKA)`), and a surname alone joins the one person of the
//!   corpus it ends (`Doe` → `Jane Doe`);
//! - the type is the one the cues vote for most, summed over the occurrences (organisation when none speaks);
//! - the score is twice the documents that name it, plus half its mentions (at most 10), plus the strengths
//!   of its distinct cues (at most 4), plus 1 for a name of several words or an acronym; minus 1 for a name
//!   only ever seen at a sentence's start, 1 for a name made of ordinary words, 2 for a name only ever
//!   doubtful, ½ for one word that no cue names. Higher first, ties by name. Doubtful is what no cue names and
//!   may well be no name: a phrase of ordinary words, a German phrase with a noun, one German word (but for a
//!   borrowed-looking one, `Netflix`), an ordinary word capitalised in an English or Dutch sentence
//!   (`Twitter`). It is listed after all the others, whatever its score.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::cue::Cue;
use super::scan::Occurrence;
use super::{Candidate, Kind, Seen, Settings};
use crate::gazetteer::Gazetteer;
use crate::gazetteer::places::adjective_forms;
use crate::text::fold::fold;

/// The key a name is grouped by: folded, white space collapsed.
pub(crate) fn key(name: &str) -> String {
    fold(name).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the gazetteer knows: every form, folded, and the surnames of its people.
pub(crate) struct Known {
    forms: HashSet<String>,
    surnames: HashSet<String>,
}

impl Known {
    pub(crate) fn new(gazetteer: &Gazetteer) -> Known {
        let mut forms = HashSet::new();
        let mut surnames = HashSet::new();
        for entity in gazetteer.entities() {
            for form in entity.forms() {
                let folded = key(form);
                if entity.kind == "person"
                    && let Some(last) = folded.rsplit(' ').next().filter(|_| folded.contains(' '))
                {
                    surnames.insert(last.to_string());
                }
                forms.insert(folded);
            }
            for (_, adjective) in adjective_forms(entity) {
                forms.insert(key(&adjective));
            }
        }
        Known { forms, surnames }
    }

    fn knows(&self, key: &str) -> bool {
        self.forms.contains(key)
            || key.strip_suffix('s').is_some_and(|k| self.forms.contains(k))
            || (!key.contains(' ') && self.surnames.contains(key))
    }
}

/// An example sentence.
#[derive(Clone, Debug)]
struct Example {
    document: u32,
    text: String,
}

/// The occurrences of one name so far.
#[derive(Debug, Default)]
struct Entry {
    /// Surface forms and how often each was seen, in order of first sight.
    forms: Vec<(String, u32)>,
    documents: BTreeSet<u32>,
    mentions: u32,
    votes: [f64; Kind::ALL.len()],
    cues: BTreeSet<Cue>,
    words: usize,
    acronym: bool,
    only_initial: bool,
    plain: bool,
    doubtful: bool,
    aliases: BTreeSet<String>,
    examples: Vec<Example>,
    seen: Vec<Seen>,
}

impl Entry {
    fn absorb(&mut self, other: Entry) {
        for (form, n) in other.forms {
            self.add_form(&form, n);
        }
        self.documents.extend(other.documents);
        self.mentions += other.mentions;
        for (v, o) in self.votes.iter_mut().zip(other.votes) {
            *v += o;
        }
        self.cues.extend(other.cues);
        self.only_initial &= other.only_initial;
        self.plain &= other.plain;
        self.doubtful &= other.doubtful;
        self.aliases.extend(other.aliases);
        for example in other.examples {
            self.add_example(example);
        }
        self.seen.extend(other.seen);
        self.seen.sort();
    }

    fn add_form(&mut self, form: &str, n: u32) {
        match self.forms.iter_mut().find(|(f, _)| f == form) {
            Some((_, count)) => *count += n,
            None => self.forms.push((form.to_string(), n)),
        }
    }

    /// Keeps two examples, from two documents where there are two.
    fn add_example(&mut self, example: Example) {
        if self.examples.iter().any(|e| e.text == example.text) {
            return;
        }
        if self.examples.len() < 2 {
            self.examples.push(example);
        } else if self.examples[0].document == self.examples[1].document
            && example.document != self.examples[0].document
        {
            self.examples[1] = example;
        }
    }

    /// The most frequent surface form, the first seen on a tie.
    fn name(&self) -> &str {
        let mut best = &self.forms[0];
        for form in &self.forms[1..] {
            if form.1 > best.1 {
                best = form;
            }
        }
        &best.0
    }

    /// The kind with most votes; organisation, the commonest, unless another has half a vote more.
    fn kind(&self) -> Kind {
        let mut best = Kind::Organisation;
        let mut best_vote = self.votes[Kind::Organisation as usize] + 0.5;
        for kind in Kind::ALL {
            if self.votes[kind as usize] > best_vote {
                best = kind;
                best_vote = self.votes[kind as usize];
            }
        }
        best
    }

    fn score(&self) -> f64 {
        let strength: f64 = self.cues.iter().map(|c| c.strength()).sum();
        let licensed = self.cues.iter().any(|c| c.strength() >= 1.5);
        2.0 * self.documents.len() as f64
            + 0.5 * f64::from(self.mentions.min(10))
            + strength.min(4.0)
            + if self.words > 1 || self.acronym { 1.0 } else { 0.0 }
            - if self.only_initial { 1.0 } else { 0.0 }
            - if self.plain { 1.0 } else { 0.0 }
            - if self.doubtful { 2.0 } else { 0.0 }
            - if self.words == 1 && !self.acronym && !licensed {
                0.5
            } else {
                0.0
            }
    }
}

/// The names of a corpus so far.
#[derive(Debug, Default)]
pub(crate) struct Tally {
    entries: BTreeMap<String, Entry>,
}

impl Tally {
    pub(crate) fn add(&mut self, document: u32, occurrence: Occurrence, sentence: &str, keep_spans: bool) {
        let entry = self.entries.entry(key(&occurrence.name)).or_insert_with(|| Entry {
            only_initial: true,
            plain: true,
            doubtful: true,
            ..Entry::default()
        });
        entry.add_form(&occurrence.name, 1);
        entry.documents.insert(document);
        entry.mentions += 1;
        for &cue in &occurrence.cues {
            let (kind, weight) = cue.vote();
            entry.votes[kind as usize] += weight;
        }
        entry.cues.extend(occurrence.cues.iter().copied());
        entry.words = entry.words.max(occurrence.words);
        entry.acronym |= occurrence.acronym;
        entry.only_initial &= occurrence.initial;
        entry.plain &= occurrence.plain;
        entry.doubtful &= occurrence.doubtful;
        entry.aliases.extend(occurrence.aliases);
        entry.add_example(Example {
            document,
            text: sentence.to_string(),
        });
        if keep_spans {
            entry.seen.push(Seen {
                document,
                start: occurrence.start,
                end: occurrence.end,
            });
        }
    }

    /// The candidates, known names left out, merged, typed, ranked and cut as `settings` say.
    pub(crate) fn finish(mut self, known: &Known, settings: &Settings) -> Vec<Candidate> {
        self.entries.retain(|key, _| !known.knows(key));
        let keys: Vec<String> = self.entries.keys().cloned().collect();
        // A genitive joins its name.
        for k in &keys {
            if let Some(stem) = k.strip_suffix('s')
                && self.entries.contains_key(stem)
                && let Some(entry) = self.entries.remove(k)
            {
                self.entries.get_mut(stem).expect("checked").absorb(entry);
            }
        }
        // An acronym joins the one name it was defined after.
        let mut defined: HashMap<String, Vec<String>> = HashMap::new();
        for (k, entry) in &self.entries {
            for alias in &entry.aliases {
                defined.entry(key(alias)).or_default().push(k.clone());
            }
        }
        for (acronym, names) in defined {
            if let [name] = names.as_slice()
                && *name != acronym
                && let Some(entry) = self.entries.remove(&acronym)
            {
                self.entries.get_mut(name).expect("a key").absorb(entry);
            }
        }
        // A surname alone joins the one person of the corpus whose name ends with it.
        let mut people: HashMap<String, Vec<String>> = HashMap::new();
        for (k, entry) in &self.entries {
            if entry.words > 1 && entry.kind() == Kind::Person {
                people
                    .entry(k.rsplit(' ').next().unwrap_or(k).to_string())
                    .or_default()
                    .push(k.clone());
            }
        }
        for (surname, names) in people {
            if let [name] = names.as_slice()
                && let Some(entry) = self.entries.remove(&surname)
            {
                self.entries.get_mut(name).expect("a key").absorb(entry);
            }
        }
        let mut candidates: Vec<Candidate> = self
            .entries
            .into_values()
            .filter(|e| e.documents.len() >= settings.min_documents)
            .map(|entry| {
                let name = entry.name().to_string();
                let own = key(&name);
                Candidate {
                    kind: entry.kind(),
                    documents: entry.documents.len(),
                    mentions: entry.mentions as usize,
                    examples: entry.examples.iter().map(|e| e.text.clone()).collect(),
                    aliases: entry
                        .forms
                        .iter()
                        .map(|(f, _)| f.clone())
                        .chain(entry.aliases.iter().cloned())
                        .filter(|a| key(a) != own && !known.knows(&key(a)))
                        .collect::<BTreeSet<_>>()
                        .into_iter()
                        .collect(),
                    cues: entry.cues.iter().copied().collect(),
                    doubtful: entry.doubtful,
                    score: entry.score(),
                    seen: entry.seen,
                    name,
                }
            })
            .collect();
        // Doubtful names come after all the others, whatever their score: in a large corpus a common noun that no
        // cue names is in many documents, and must not push a cued name off the first screen.
        candidates.sort_by(|a, b| {
            (a.doubtful.cmp(&b.doubtful))
                .then_with(|| b.score.total_cmp(&a.score))
                .then_with(|| a.name.cmp(&b.name))
        });
        if let Some(limit) = settings.limit {
            candidates.truncate(limit);
        }
        candidates
    }
}
