//! What is found once per sentence and then asked for every pair of its names: the cues at each token of each
//! lexicon, which tokens are names, and what holds for the whole sentence. Reading a sentence asks about every
//! word between every two names, so these are looked up a single time and then read from tables.

use std::ops::Range;

use super::Relater;
use super::lexicon::{Cue, Lexicon, Says};
use super::tokens::{Tokens, Vocabulary};
use super::words::{BEGINS_RELATION, FUNCTION_WORDS, LISTS, PREPOSITIONS};

/// The cues that start at each token, per lexicon the sentence is read with.
pub(super) struct Found<'l> {
    lexicons: Vec<&'l Lexicon>,
    cues: Vec<&'l Cue>,
    /// `cues[at[lexicon * tokens + token]]`.
    at: Vec<Range<u32>>,
    tokens: usize,
}

impl<'l> Found<'l> {
    /// Looks up the cues of `lexicons` at every token of `tokens`.
    pub fn new(lexicons: Vec<&'l Lexicon>, tokens: &Tokens) -> Found<'l> {
        let mut cues = Vec::new();
        let mut at = Vec::with_capacity(lexicons.len() * tokens.len());
        for lexicon in &lexicons {
            for t in 0..tokens.len() {
                let start = cues.len() as u32;
                lexicon.longest_at(tokens, t, &mut cues);
                at.push(start..cues.len() as u32);
            }
        }
        Found {
            lexicons,
            cues,
            at,
            tokens: tokens.len(),
        }
    }

    /// The lexicons, in the order the sentence is read with them.
    pub fn lexicons(&self) -> &[&'l Lexicon] {
        &self.lexicons
    }

    /// The longest cues of lexicon number `lexicon` that start at token `t` (none past the sentence's end).
    pub fn at(&self, lexicon: usize, t: usize) -> impl Iterator<Item = &'l Cue> + '_ {
        let range = if t < self.tokens {
            self.at[lexicon * self.tokens + t].clone()
        } else {
            0..0
        };
        self.cues[range.start as usize..range.end as usize].iter().copied()
    }

    /// The cues of every lexicon that start at token `t`.
    pub fn anywhere(&self, t: usize) -> impl Iterator<Item = &'l Cue> + '_ {
        (0..self.lexicons.len()).flat_map(move |l| self.at(l, t))
    }

    /// Every cue of the sentence, with the token it starts at.
    pub fn all(&self) -> impl Iterator<Item = (usize, &'l Cue)> + '_ {
        (0..self.lexicons.len())
            .flat_map(move |l| (0..self.tokens).flat_map(move |t| self.at(l, t).map(move |c| (t, c))))
    }
}

/// What holds for the whole sentence, found once rather than for every pair of its names.
pub(super) struct Reading {
    /// German or Dutch, where a verb may stand before its subject.
    pub inverted: bool,
    /// The token where the first passive auxiliary (`wird`, `wordt`) starts, or `usize::MAX`.
    pub auxiliary: usize,
}

/// The token spans of a sentence's mentions (one per mention, empty for a mention that is no party), and which
/// tokens they cover: asked for every word between every two names, so looked up, not searched.
#[derive(Debug, Default)]
pub(super) struct Spans {
    pub list: Vec<Range<usize>>,
    named: Vec<bool>,
}

impl Spans {
    /// Whether token `t` is part of a name.
    pub fn named(&self, t: usize) -> bool {
        self.named.get(t).copied().unwrap_or(false)
    }

    /// Folds a short form defined in brackets right after a name into the name: `the Federal Bureau of
    /// Investigation (FBI) uses Clearview`, `das Bundeskriminalamt (BKA) nutzt …`. Newswriting defines almost
    /// every agency's acronym so, at its first and most informative mention; left as it stands, the brackets
    /// would be a mark between the name and the rest of its clause, and nothing said there would be typed. The
    /// bracket is folded when it holds a mention of the same entity (`same(name, inner)`), whose own span then
    /// names nothing, or one word in capitals the gazetteer does not know (`Polizeipräsidium Köln (PP)`).
    pub fn fold_defined(&mut self, tokens: &Tokens, text: &str, same: impl Fn(usize, usize) -> bool) {
        let open = |t: usize| tokens.list.get(t).is_some_and(|t| t.mark == Some('('));
        let close = |t: usize| tokens.list.get(t).is_some_and(|t| t.mark == Some(')'));
        for m in 0..self.list.len() {
            let end = self.list[m].end;
            if self.list[m].is_empty() || !open(end) {
                continue;
            }
            let inner = (0..self.list.len()).find(|&k| k != m && self.list[k].start == end + 1);
            let folded = match inner {
                Some(k) if close(self.list[k].end) && same(m, k) => {
                    let to = self.list[k].end + 1;
                    self.list[k] = self.list[k].start..self.list[k].start;
                    Some(to)
                }
                Some(_) => None,
                None => {
                    let word = tokens.list.get(end + 1).filter(|t| t.mark.is_none());
                    let capitals = word
                        .map(|t| &text[t.span.clone()])
                        .is_some_and(|w| (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()));
                    (capitals && close(end + 2)).then_some(end + 3)
                }
            };
            if let Some(to) = folded {
                self.list[m].end = to;
            }
        }
    }

    /// Marks the tokens the spans cover, once the spans are final.
    pub fn cover(&mut self, tokens: usize) {
        self.named.clear();
        self.named.resize(tokens, false);
        for span in &self.list {
            for t in span.clone() {
                if let Some(n) = self.named.get_mut(t) {
                    *n = true;
                }
            }
        }
    }
}

impl std::ops::Deref for Spans {
    type Target = [Range<usize>];
    fn deref(&self) -> &[Range<usize>] {
        &self.list
    }
}

impl std::ops::DerefMut for Spans {
    fn deref_mut(&mut self) -> &mut [Range<usize>] {
        &mut self.list
    }
}

impl Relater {
    /// Numbers the words of the lexicons and of the lists the rules ask about, and notes which words a
    /// relation's cue begins with; again whenever a lexicon changes.
    pub(super) fn number(&mut self) {
        let mut vocabulary = Vocabulary::default();
        for lexicon in self.lexicons.iter_mut().chain([&mut self.own]) {
            lexicon.number(&mut vocabulary);
        }
        for words in FUNCTION_WORDS.into_iter().chain(LISTS) {
            vocabulary.add_list(words);
        }
        for lexicon in self.lexicons.iter().chain([&self.own]) {
            for cue in &lexicon.cues {
                if matches!(cue.says, Says::Relation(..)) {
                    // a split cue needs both its parts: one that begins with a preposition (`für … gebaut`,
                    // `auf … läuft`) marks its sentences by the part after the object, as the preposition is in
                    // most sentences of the language
                    let id = match cue.particle_ids.first() {
                        Some(&particle) if vocabulary.is(cue.ids[0], PREPOSITIONS) => particle,
                        _ => cue.ids[0],
                    };
                    vocabulary.put(id, BEGINS_RELATION);
                }
            }
        }
        self.vocabulary = vocabulary;
    }

    /// The language of a sentence (an index of [`FUNCTION_WORDS`]), when its function words say which.
    pub(super) fn language(&self, tokens: &Tokens) -> Option<usize> {
        let mut score = [0usize; 3];
        for t in 0..tokens.len() {
            for (score, words) in score.iter_mut().zip(FUNCTION_WORDS) {
                *score += usize::from(tokens.is(t, words));
            }
        }
        let best = *score.iter().max().expect("three languages");
        let leaders = score.iter().filter(|&&s| s == best).count();
        (best >= 2 && leaders == 1).then(|| score.iter().position(|&s| s == best).expect("the best is there"))
    }

    /// The lexicons to read a sentence of `language` with: its language's (all three when it is not known), and
    /// the user's if there is one (an empty lexicon would only be asked for nothing at every word of every pair).
    pub(super) fn lexicons_for(&self, language: Option<usize>) -> Vec<&Lexicon> {
        let mut chosen: Vec<&Lexicon> = match language {
            Some(language) => vec![&self.lexicons[language]],
            None => self.lexicons.iter().collect(),
        };
        if !self.own.cues.is_empty() {
            chosen.push(&self.own);
        }
        chosen
    }
}
