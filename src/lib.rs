//! gazegraph turns a pile of news articles into a graph of who works with whom.
//!
//! A user brings a *gazetteer* (CSV files naming the organisations, agencies, products, places and people of
//! their field, with the aliases the press uses) and articles in German, English or Dutch. gazegraph finds every
//! mention of a gazetteer entity, links entities that are mentioned in the same sentence (or paragraph, or
//! document), and writes the graph with the sentences that justify each link, for Gephi, Graphviz, networkx
//! and scripts.
//!
//! # Why a gazetteer, and why these rules
//!
//! Investigative work needs a graph whose every edge can be defended in print. A statistical NER model finds
//! more names but cannot say why it found them, and its mistakes move when the model does; a gazetteer the
//! researcher edits is transparent, repeatable and exactly as complete as they make it. What remains is to match
//! it well, which is less trivial than it looks in three languages: German inflects and compounds names
//! (`Microsofts`, `Amazon-Chef`, `„Rekognition“-Software`), acronyms collide with ordinary words (`DAS` the
//! surveillance system, `das` the article), and some names are ordinary words (`Ring`). The [`extract`]
//! module documents the rules, each of which is tested on real sentences.
//!
//! # The pipeline
//!
//! Data flows one way through modules named for the stages:
//!
//! - [`gazetteer`] loads and validates the CSV files;
//! - [`text`] finds, decodes and segments the articles;
//! - [`extract`] finds the mentions, with an Aho-Corasick automaton over folded text;
//! - [`graph`] counts co-occurrences into a petgraph graph;
//! - [`export`] writes JSON, GEXF, GraphML, CSV and DOT;
//!
//! and [`pipeline`] runs them over a corpus in parallel, in bounded memory, with byte-identical results
//! whatever the number of threads. The library never prints: the `gazegraph` binary owns the terminal.

pub mod eval;
pub mod export;
pub mod extract;
pub mod gazetteer;
pub mod graph;
pub mod pipeline;
pub mod query;
pub mod suggest;
pub mod text;

#[cfg(test)]
mod tests;

pub use extract::{Extraction, Extractor, Mention};
pub use gazetteer::Gazetteer;
pub use graph::{Graph, Window};
pub use text::Document;
