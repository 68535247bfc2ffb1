//! Suggesting what a gazetteer is missing: the names in a corpus that it does not know, each with a guessed
//! type, its counts and example sentences, ranked so that the first screen is worth a reviewer's time.
//!
//! A gazetteer is only as good as its coverage, and the actors that matter most in an investigation are often
//! the ones nobody has listed yet (the county sheriff who signed, the start-up that sold, the spokesperson
//! quoted). Finding them by reading is slow; this module reads for the user and proposes rows, which a person
//! then reviews: nothing it suggests enters a graph unreviewed.
//!
//! The corpus is read and matched by the [`pipeline`](crate::pipeline), exactly as `build` reads it, so that
//! whatever the extractor finds (listed entities, their inflections, what rules build) is known and left out.
//! In each sentence, [`scan`] finds runs of capitalised words and acronyms that no mention covers and reads the
//! cues around them from per-language data files ([`cues`]: role nouns, legal forms, heads of agencies, media
//! and product cues); [`rank`] adds them up over the corpus, leaves out known names, guesses a type and ranks.
//!
//! What it does not find: a German name of one word without a cue (German capitalises every noun, so
//! `Hessendata` alone is as capitalised as `Datenschutz`; `die Software Hessendata`, `„Hessendata“`,
//! `Hessendata-Chef` or `HessenData` are found), lower-case names (`netzpolitik.org`), and names in documents
//! too large to hold in memory (over [`STREAM_BYTES`](crate::pipeline::STREAM_BYTES)), which the pipeline reads
//! in segments and does not hand over whole.

mod around;
mod cue;
mod cues;
mod rank;
mod scan;
mod tokens;
mod words;
pub mod write;

#[cfg(test)]
mod tests;

use std::sync::Mutex;

use crate::extract::{Extraction, Extractor};
use crate::gazetteer::Gazetteer;
use crate::pipeline::{self, Observer, Options, Summary};
use crate::text::{Document, Input, Skip};

pub use cue::Cue;

/// The type of a suggested name: the gazetteer's types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Organisation,
    Agency,
    Product,
    Person,
    City,
    County,
    State,
    Country,
}

impl Kind {
    /// Every kind, in the order ties of votes are broken in.
    pub const ALL: [Kind; 8] = [
        Kind::Organisation,
        Kind::Agency,
        Kind::Product,
        Kind::Person,
        Kind::City,
        Kind::County,
        Kind::State,
        Kind::Country,
    ];

    /// The name a gazetteer's `type` column uses.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Organisation => "organisation",
            Kind::Agency => "agency",
            Kind::Product => "product",
            Kind::Person => "person",
            Kind::City => "city",
            Kind::County => "county",
            Kind::State => "state",
            Kind::Country => "country",
        }
    }
}

/// A name the gazetteer does not know.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// As most often written.
    pub name: String,
    /// Guessed from the cues.
    pub kind: Kind,
    /// Documents that name it.
    pub documents: usize,
    /// Times it is named.
    pub mentions: usize,
    /// Up to two sentences that name it, from two documents where there are two.
    pub examples: Vec<String>,
    /// Other forms the articles give: with a legal form (`Acme GmbH`), an acronym defined after it, a surname
    /// alone.
    pub aliases: Vec<String>,
    /// The kinds of cue seen around it.
    pub cues: Vec<Cue>,
    /// No cue named it anywhere and it may well be no name (see [`rank`]): ranked last.
    pub doubtful: bool,
    /// The ranking score (see [`rank`]).
    pub score: f64,
    /// Where it was seen, when [`Settings::keep_spans`] asked for it; else empty.
    pub seen: Vec<Seen>,
}

/// One place a candidate was seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Seen {
    /// The document's number, in input order (an index into [`Suggestions::documents`]).
    pub document: u32,
    /// Byte span in the document's text.
    pub start: usize,
    pub end: usize,
}

/// What to list.
#[derive(Clone, Debug)]
pub struct Settings {
    /// At most this many candidates, the best first.
    pub limit: Option<usize>,
    /// Only names seen in at least this many documents.
    pub min_documents: usize,
    /// Keep every span where a candidate was seen ([`Candidate::seen`]), for measuring against gold.
    pub keep_spans: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            limit: None,
            min_documents: 1,
            keep_spans: false,
        }
    }
}

/// The candidates of a corpus.
#[derive(Debug, Default)]
pub struct Suggestions {
    pub candidates: Vec<Candidate>,
    /// Document ids in input order, when [`Settings::keep_spans`] asked for spans; else empty.
    pub documents: Vec<String>,
}

/// Collects the unknown names of documents, one after the other.
pub struct Suggester<'g> {
    gazetteer: &'g Gazetteer,
    known: rank::Known,
    tally: rank::Tally,
    documents: u32,
    ids: Vec<String>,
    keep_spans: bool,
}

impl<'g> Suggester<'g> {
    pub fn new(gazetteer: &'g Gazetteer, settings: &Settings) -> Suggester<'g> {
        Suggester {
            gazetteer,
            known: rank::Known::new(gazetteer),
            tally: rank::Tally::default(),
            documents: 0,
            ids: Vec::new(),
            keep_spans: settings.keep_spans,
        }
    }

    /// Adds a document, as the extractor segmented and matched it.
    pub fn add(&mut self, doc: &Document, extraction: &Extraction) {
        let number = self.documents;
        self.documents += 1;
        if self.keep_spans {
            self.ids.push(doc.id.clone());
        }
        let text = &doc.text;
        let body = doc.body();
        let mut sample_end = body.len().min(8000);
        while !body.is_char_boundary(sample_end) {
            sample_end -= 1;
        }
        let sample: Vec<String> = body[..sample_end]
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let language = cues::language_of(doc.lang.as_deref(), &sample);
        let scanner = scan::Scanner {
            text,
            language,
            cues: cues::cues(language),
        };
        let known: Vec<(usize, usize, tokens::Known)> = extraction
            .mentions
            .iter()
            .map(|m| {
                let kind = match extraction.kind_of(self.gazetteer, m.entity) {
                    "city" | "county" | "state" | "country" => tokens::Known::Place,
                    "organisation" => tokens::Known::Organisation,
                    _ => tokens::Known::Other,
                };
                (extraction.base.bytes + m.start, extraction.base.bytes + m.end, kind)
            })
            .collect();
        let mut found = Vec::new();
        for sentence in &extraction.sentences {
            let range = extraction.base.bytes + sentence.start..extraction.base.bytes + sentence.end;
            let tokens = tokens::tokens(text, range.clone(), &known);
            found.clear();
            scanner.sentence(&tokens, &mut found);
            let sentence_text = example(&text[range]);
            for occurrence in found.drain(..) {
                self.tally.add(number, occurrence, &sentence_text, self.keep_spans);
            }
        }
    }

    /// The candidates, best first.
    pub fn finish(self, settings: &Settings) -> Suggestions {
        Suggestions {
            candidates: self.tally.finish(&self.known, settings),
            documents: self.ids,
        }
    }
}

/// A sentence as an example: white space collapsed, at most 300 characters.
fn example(sentence: &str) -> String {
    let collapsed = words::collapse(sentence);
    match collapsed.char_indices().nth(300) {
        Some((cut, _)) => format!("{}…", &collapsed[..cut]),
        None => collapsed,
    }
}

/// Hands each document to a [`Suggester`] and everything else to the caller's observer.
struct Collect<'a> {
    suggester: Mutex<Suggester<'a>>,
    inner: &'a dyn Observer,
}

impl Observer for Collect<'_> {
    fn wants_total(&self) -> bool {
        self.inner.wants_total()
    }
    fn sized(&self, total_bytes: u64) {
        self.inner.sized(total_bytes);
    }
    fn advanced(&self, bytes: u64) {
        self.inner.advanced(bytes);
    }
    fn skipped(&self, skip: &Skip) {
        self.inner.skipped(skip);
    }
    fn renamed(&self, from: &str, to: &str) {
        self.inner.renamed(from, to);
    }
    fn cancelled(&self) -> bool {
        self.inner.cancelled()
    }
    fn processed(&self, doc: &Document, extraction: &Extraction) {
        self.suggester
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .add(doc, extraction);
    }
}

/// Reads and matches `inputs` as `build` does and suggests the names the gazetteer lacks.
pub fn suggest(
    gazetteer: &Gazetteer,
    extractor: &Extractor,
    inputs: &[Input],
    options: &Options,
    settings: &Settings,
    observer: &dyn Observer,
) -> Result<(Suggestions, Summary), pipeline::Error> {
    let collect = Collect {
        suggester: Mutex::new(Suggester::new(gazetteer, settings)),
        inner: observer,
    };
    let (_, summary) = pipeline::count(gazetteer, extractor, inputs, options, &mut std::io::sink(), &collect)?;
    let suggester = collect.suggester.into_inner().unwrap_or_else(|e| e.into_inner());
    Ok((suggester.finish(settings), summary))
}
