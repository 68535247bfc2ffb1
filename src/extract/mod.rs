//! Extraction: finding the gazetteer's entities in running text.
//!
//! Every surface form is folded (see [`crate::text::fold`]) and compiled into one Aho-Corasick automaton with
//! leftmost-longest semantics, so that `Amazon Web Services` wins over `Amazon` and the text is scanned once,
//! whatever the gazetteer's size. A paragraph is folded the same way; the automaton runs anchored at the word
//! starts whose first bytes begin some form (`starts`), which is both faster than running it over every byte
//! and the same leftmost-longest search. Each candidate is then checked against the rules a raw automaton
//! cannot know:
//!
//! - it must start and end on a word boundary (Unicode-aware: `Amazon` in `Amazonas` is none), where quotes and
//!   hyphens are boundaries (`„Rekognition“`, `Amazon-Angestellte`) but a dot before a letter is not
//!   (`Flurfunk-Dresden.de` is a web address, not the city);
//! - a genitive or possessive ending belongs to the name: `Microsofts`, `Genetecs`, `Amazon's`, `Palantir’s`;
//! - a form written all in capitals (an acronym) matches only as written, so `Das` is not the Domain Awareness
//!   System while `DAS` is; an entity whose `match` rule is `case-sensitive` matches only as written;
//! - an entity with a `context` rule counts its one-word forms only in documents that also mention one of the
//!   context entities (or the entity itself by a longer form): `Ring` next to `Amazon`, not on a finger;
//! - an acronym the document defines as something else (`the National Sheriffs’ Association (NSA)`) is not
//!   the listed entity anywhere in it, and one it defines for a listed or built entity (`the Springfield Police
//!   Department (SPD)`) is that entity wherever the document writes it (see `acronyms`).
//!
//! When the longest candidate at a position fails a check, the longest shorter form that starts there and
//! passes is taken instead, and failing that the scan resumes one character later; so a failed check never
//! hides a valid mention.

mod acronyms;
mod chars;
mod compile;
pub mod found;
mod matcher;
mod names;
mod postal;
mod rules;
mod shared;
mod starts;

use std::ops::Range;

pub use compile::BuildError;
pub use matcher::{Extractor, Hit, Scratch};
use matcher::{PERSON, PLACE};

use crate::gazetteer::Gazetteer;
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

/// What extraction finds in one document, or in one segment of a long one: its paragraphs and sentences
/// (byte ranges into the text extracted from, in order) and its mentions, in text order, each assigned to the
/// sentence and paragraph it starts in.
///
/// A document too long to hold in memory is extracted segment by segment (whole paragraphs each), reusing one
/// `Extraction`: [`Extraction::next_segment`] moves `base` past the previous segment, so that paragraph and
/// sentence numbers count from the document's start and `base.bytes + start` is a mention's offset in the
/// document.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    pub base: Base,
    pub paragraphs: Vec<Range<usize>>,
    pub sentences: Vec<Range<usize>>,
    /// The paragraph (document-wide number) of each sentence.
    pub sentence_paragraph: Vec<u32>,
    pub mentions: Vec<Mention>,
    /// The entities found in the document's text that the gazetteer does not list (see [`found`]), in the order
    /// found; kept from segment to segment. A mention of the `k`th has the entity index `found_base + k`.
    pub found: Vec<found::Found>,
    /// The first index after the gazetteer's ([`crate::gazetteer::Gazetteer::entity_space`]).
    pub found_base: u32,
    /// The short names of listed organisations the document introduced (`die Firma Stark`: Stark Defence), as
    /// written, with their entity index (and [`found`]'s flag for a listed one); kept from segment to segment,
    /// like `found`.
    pub short_names: Vec<(String, u32)>,
}

/// What came before a segment in its document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Base {
    pub bytes: usize,
    pub paragraphs: u32,
    pub sentences: u32,
}

impl Extraction {
    /// The found entity a mention's index names, or `None` for the gazetteer's.
    pub fn found(&self, entity: u32) -> Option<&found::Found> {
        entity
            .checked_sub(self.found_base)
            .and_then(|k| self.found.get(k as usize))
    }

    /// The id of the entity a mention's index names: a found one's, or the gazetteer's.
    pub fn id_of<'a>(&'a self, gazetteer: &'a Gazetteer, entity: u32) -> std::borrow::Cow<'a, str> {
        match self.found(entity) {
            Some(found) => std::borrow::Cow::Borrowed(found.id.as_str()),
            None => gazetteer.id_of(entity as usize),
        }
    }

    /// The type of the entity a mention's index names.
    pub fn kind_of<'a>(&'a self, gazetteer: &'a Gazetteer, entity: u32) -> &'a str {
        match self.found(entity) {
            Some(found) => found.kind.type_name(),
            None => gazetteer.kind_of(entity as usize),
        }
    }

    /// The byte range of a sentence of this segment, by its document-wide number.
    pub fn sentence(&self, number: u32) -> Range<usize> {
        self.sentences[(number - self.base.sentences) as usize].clone()
    }

    /// Starts the next segment of the same document, `bytes` bytes after the start of this one.
    pub fn next_segment(&mut self, bytes: usize) {
        self.base.bytes += bytes;
        self.base.paragraphs += self.paragraphs.len() as u32;
        self.base.sentences += self.sentences.len() as u32;
        self.paragraphs.clear();
        self.sentences.clear();
        self.sentence_paragraph.clear();
        self.mentions.clear();
    }
}

impl Extractor {
    /// Whether entities the gazetteer does not list are found in the text too (see [`found`]); they are by
    /// default.
    pub fn set_finding(&mut self, on: bool) {
        if !on {
            self.found = None;
        }
    }

    /// Segments a document and finds its mentions.
    pub fn extract(&self, doc: &Document, scratch: &mut Scratch) -> Extraction {
        let mut out = Extraction::default();
        self.extract_into(&doc.text, doc.body_start..doc.text.len(), scratch, &mut out);
        out
    }

    /// Segments `text[range]` and finds its mentions, appending to `out` (numbering after `out.base`).
    pub fn extract_into(&self, text: &str, range: Range<usize>, scratch: &mut Scratch, out: &mut Extraction) {
        let first_paragraph = out.paragraphs.len();
        segment::paragraphs_into(text, range, &mut out.paragraphs);
        let mentions_before = out.mentions.len();
        let mut conditional = std::mem::take(&mut scratch.conditional);
        conditional.clear();
        let mut hits = std::mem::take(&mut scratch.hits);
        for p in first_paragraph..out.paragraphs.len() {
            let para = out.paragraphs[p].clone();
            let paragraph = out.base.paragraphs + p as u32;
            let first_sentence = out.sentences.len();
            segment::sentences_into(text, para.clone(), &mut out.sentences);
            out.sentence_paragraph.resize(out.sentences.len(), paragraph);
            hits.clear();
            self.find(text, para, scratch, &mut hits);
            let mut s = first_sentence;
            for hit in &hits {
                while s + 1 < out.sentences.len() && out.sentences[s + 1].start <= hit.start {
                    s += 1;
                }
                out.mentions.push(Mention {
                    start: hit.start,
                    end: hit.end,
                    entity: hit.entity,
                    paragraph,
                    sentence: out.base.sentences + s as u32,
                });
                conditional.push(hit.conditional);
            }
        }
        self.apply_context(&mut out.mentions, mentions_before, &conditional);
        acronyms::drop_redefined(text, &mut out.mentions, mentions_before);
        if let (Some(first), Some(last)) = (out.paragraphs.get(first_paragraph), out.paragraphs.last()) {
            // no place (`Berlin (AP)` is a dateline) and no person (`Jeff Bezos (CEO)`) has an acronym so
            let abbreviable = |e: u32| self.traits.get(e as usize).is_none_or(|&t| t & (PLACE | PERSON) == 0);
            let (sentences, of_sentence, base) = (&out.sentences, &out.sentence_paragraph, out.base.sentences);
            let locate = |at: usize| {
                let s = sentences.partition_point(|s| s.start <= at).saturating_sub(1);
                (of_sentence[s], base + s as u32)
            };
            postal::add_states(text, &self.postal_codes, &mut out.mentions, mentions_before);
            if let Some(shared) = &self.shared {
                shared.resolve(
                    text,
                    first.start..last.end,
                    &mut out.mentions,
                    mentions_before,
                    self.rules.as_ref(),
                    locate,
                );
            }
            // after the shared names are resolved: the offices a rule builds on them have initials too (`JACKSON,
            // Miss.` … `the Jackson Police Department` … `JPD`)
            let police = |place: u32| self.police_acronyms.get(&place).map(|(a, p)| (&**a, *p));
            acronyms::define_for_named(
                text,
                first.start..last.end,
                &mut out.mentions,
                mentions_before,
                (abbreviable, police),
                locate,
            );
        }
        if let Some(finder) = &self.found {
            let is_place = |e: u32| self.traits.get(e as usize).is_some_and(|&t| t & PLACE != 0);
            found::drop_surname_places(text, &mut out.mentions, mentions_before, is_place);
            out.found_base = finder.base;
            finder.find(text, out, first_paragraph, mentions_before);
        }
        scratch.conditional = conditional;
        scratch.hits = hits;
    }
}
