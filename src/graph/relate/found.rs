//! The cues of one sentence, found once: reading a sentence asks for the cues at every word between every two
//! of its names, so they are looked up at each token of each lexicon a single time and then read from a table.

use std::ops::Range;

use super::lexicon::{Cue, Lexicon};
use super::tokens::Tokens;

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
                cues.extend(lexicon.at(tokens, t));
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
