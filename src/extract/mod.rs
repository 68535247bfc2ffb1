//! Extraction: finding the gazetteer's entities in running text.
//!
//! Every surface form is folded (see [`crate::text::fold`]) and compiled into one Aho-Corasick automaton with
//! leftmost-longest semantics, so that `Amazon Web Services` wins over `Amazon` and the whole text is scanned
//! once, whatever the gazetteer's size. A paragraph is folded the same way and scanned; each candidate is then
//! checked against the rules a raw automaton cannot know:
//!
//! - it must start and end on a word boundary (Unicode-aware: `Amazon` in `Amazonas` is none), where quotes and
//!   hyphens are boundaries (`„Rekognition“`, `Amazon-Angestellte`) but a dot before a letter is not
//!   (`Flurfunk-Dresden.de` is a web address, not the city);
//! - a genitive or possessive ending belongs to the name: `Microsofts`, `Genetecs`, `Amazon's`, `Palantir’s`;
//! - a form written all in capitals (an acronym) matches only as written, so `Das` is not the Domain Awareness
//!   System while `DAS` is; an entity whose `match` rule is `case-sensitive` matches only as written;
//! - an entity with a `context` rule counts its one-word forms only in documents that also mention one of the
//!   context entities (or the entity itself by a longer form): `Ring` next to `Amazon`, not on a finger.
//!
//! When the longest candidate at a position fails a check, the longest shorter form that starts there and
//! passes is taken instead, and failing that the scan resumes one character later; so a failed check never
//! hides a valid mention.

mod matcher;

use std::ops::Range;

pub use matcher::{BuildError, Extractor, Hit, Scratch};

use crate::text::Document;
use crate::text::segment;

/// One mention of an entity in a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Byte span in the document's text; it includes a genitive ending (`Microsofts`).
    pub start: usize,
    pub end: usize,
    /// Index of the entity in the gazetteer.
    pub entity: u32,
    /// Index of the paragraph in the document, from 0.
    pub paragraph: u32,
    /// Index of the sentence in the document, from 0.
    pub sentence: u32,
}

/// What extraction finds in one document: its paragraphs and sentences (byte ranges, in order) and its
/// mentions, in text order, each assigned to the sentence and paragraph it starts in.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    pub paragraphs: Vec<Range<usize>>,
    pub sentences: Vec<Range<usize>>,
    /// The paragraph of each sentence.
    pub sentence_paragraph: Vec<u32>,
    pub mentions: Vec<Mention>,
}

impl Extractor {
    /// Segments a document and finds its mentions.
    pub fn extract(&self, doc: &Document, scratch: &mut Scratch) -> Extraction {
        let mut out = Extraction {
            paragraphs: segment::paragraphs(&doc.text, doc.body_start..doc.text.len()),
            ..Extraction::default()
        };
        let mut conditional = Vec::new();
        let mut found = Vec::new();
        for (p, para) in out.paragraphs.iter().enumerate() {
            let first_sentence = out.sentences.len();
            for sentence in segment::sentences(&doc.text, para.clone()) {
                out.sentences.push(sentence);
                out.sentence_paragraph.push(p as u32);
            }
            found.clear();
            self.find(&doc.text, para.clone(), scratch, &mut found);
            let mut s = first_sentence;
            for hit in &found {
                while s + 1 < out.sentences.len() && out.sentences[s + 1].start <= hit.start {
                    s += 1;
                }
                out.mentions.push(Mention {
                    start: hit.start,
                    end: hit.end,
                    entity: hit.entity,
                    paragraph: p as u32,
                    sentence: s as u32,
                });
                conditional.push(hit.conditional);
            }
        }
        self.apply_context(&mut out.mentions, &conditional);
        out
    }
}
