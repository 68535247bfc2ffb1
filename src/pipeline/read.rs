//! The parallel half of a build: the documents of the sources, in input order ([`Items`]), each read, decoded,
//! segmented and matched by whichever worker is free ([`process`]).
//!
//! Workers take one item at a time from the shared iterator, so none waits for another: an earlier design
//! matched batches in parallel and every worker waited at the end of each for the slowest document, and for
//! the thread that gathered the next batch, about a tenth of a two-thread build.

use std::io::{BufRead, Read};
use std::sync::Arc;

use super::sink::Processed;
use super::{Message, STREAM_BYTES, Shared};
use crate::extract::Scratch;
use crate::graph::Contribution;
use crate::text::source::{self, Lines, Opened, SkipReason, Walk};
use crate::text::{Format, Skip, Source};

/// A unit of work, in input order.
pub(super) enum Item {
    /// A one-article file, read by the worker.
    File(Source),
    /// One JSONL line.
    Line {
        stem: Arc<str>,
        location: Arc<str>,
        line: u64,
        bytes: Vec<u8>,
    },
    /// Standard input's text.
    Bytes(Vec<u8>),
    /// Standard input's text when it is too long to hold: its source, and its first bytes followed by the rest.
    LongStdin(Source, Box<dyn Read + Send>),
    /// An input, or part of one, that was not read.
    Skip(Skip),
}

/// The work items of the sources, in input order: a file at a time, a JSONL source a line at a time.
pub(super) struct Items {
    sources: Walk,
    /// The JSONL source being read: its lines, stem and location.
    lines: Option<(Lines, Arc<str>, Arc<str>)>,
}

impl Items {
    pub(super) fn new(sources: Walk) -> Items {
        Items { sources, lines: None }
    }

    /// The next line of the JSONL source being read, if any is left.
    fn next_line(&mut self) -> Option<Item> {
        let (lines, stem, location) = self.lines.as_mut()?;
        let item = match lines.next_line() {
            Ok(Some((line, bytes))) => Item::Line {
                stem: stem.clone(),
                location: location.clone(),
                line,
                bytes,
            },
            Ok(None) => {
                self.lines = None;
                return None;
            }
            // A source that fails midway is not read further (its lines so far were).
            Err(e) => {
                let skip = Item::Skip(Skip {
                    location: location.to_string(),
                    line: Some(lines.line + 1),
                    reason: SkipReason::Io(e.to_string()),
                });
                self.lines = None;
                skip
            }
        };
        Some(item)
    }

    /// The item of a source, or the start of its lines.
    fn open(&mut self, source: Source) -> Option<Item> {
        match (&source.path, source.format) {
            // Whether it is to be read whole or streamed, the worker finds out.
            (Some(_), Format::Text) => Some(Item::File(source)),
            (Some(_), Format::Jsonl) => match Lines::open(&source) {
                Ok(lines) => {
                    self.lines = Some((lines, source.stem().into(), source.label().into()));
                    None
                }
                Err(e) => Some(Item::Skip(Skip {
                    location: source.label(),
                    line: None,
                    reason: SkipReason::Io(e.to_string()),
                })),
            },
            (None, _) => self.open_stdin(source),
        }
    }

    /// Standard input: JSONL when its first non-blank byte is `{`, else one article, read whole up to
    /// [`STREAM_BYTES`] and in segments beyond, as a text file is.
    fn open_stdin(&mut self, source: Source) -> Option<Item> {
        let mut reader = std::io::BufReader::with_capacity(1 << 20, std::io::stdin());
        let first = reader
            .fill_buf()
            .map(|b| b.iter().find(|b| !b.is_ascii_whitespace()).copied());
        let read = match first {
            Ok(Some(b'{')) => {
                self.lines = Some((Lines::from_reader(Box::new(reader)), "stdin".into(), "<stdin>".into()));
                return None;
            }
            Ok(_) => {
                let mut bytes = Vec::new();
                (&mut reader)
                    .take(STREAM_BYTES + 1)
                    .read_to_end(&mut bytes)
                    .map(|_| bytes)
            }
            Err(e) => Err(e),
        };
        Some(match read {
            Ok(bytes) if bytes.len() as u64 > STREAM_BYTES => {
                Item::LongStdin(source, Box::new(std::io::Cursor::new(bytes).chain(reader)))
            }
            Ok(bytes) => Item::Bytes(bytes),
            Err(e) => Item::Skip(Skip {
                location: "<stdin>".to_string(),
                line: None,
                reason: SkipReason::Io(e.to_string()),
            }),
        })
    }
}

impl Iterator for Items {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.next_line() {
                return Some(item);
            }
            match self.sources.next()? {
                Ok(source) => {
                    if let Some(item) = self.open(source) {
                        return Some(item);
                    }
                }
                Err(skip) => return Some(Item::Skip(skip)),
            }
        }
    }
}

/// The items in chunks of about [`CHUNK_BYTES`] (or [`CHUNK_ITEMS`] items): what a worker takes at a time.
/// Handing over single documents cost a lock and a wake-up each (20,000 context switches for 100 MB of news,
/// a third more processor time); chunks as large as the earlier batches made workers wait for each other.
pub(super) struct Chunks(pub Items);

/// Bytes of input a chunk holds, at most (one large document may exceed it).
const CHUNK_BYTES: u64 = 256 << 10;
/// Items a chunk holds, at most.
const CHUNK_ITEMS: usize = 64;

impl Iterator for Chunks {
    type Item = Vec<Item>;

    fn next(&mut self) -> Option<Vec<Item>> {
        let mut chunk = Vec::new();
        let mut bytes = 0;
        while bytes < CHUNK_BYTES && chunk.len() < CHUNK_ITEMS {
            let Some(item) = self.0.next() else { break };
            bytes += item.bytes();
            chunk.push(item);
        }
        (!chunk.is_empty()).then_some(chunk)
    }
}

impl Item {
    /// Input bytes the item stands for (roughly, for chunking).
    fn bytes(&self) -> u64 {
        match self {
            Item::File(source) => source.size,
            Item::Line { bytes, .. } | Item::Bytes(bytes) => bytes.len() as u64,
            Item::LongStdin(..) => STREAM_BYTES,
            Item::Skip(_) => 0,
        }
    }
}

/// Reads, segments and matches one document; what the sink is to do with the item.
pub(super) fn process(item: Item, shared: Shared<'_>, scratch: &mut Scratch) -> Message {
    let options = shared.options;
    let read = match item {
        Item::Skip(skip) => return Message::Skip(skip),
        Item::LongStdin(source, reader) => return Message::Stream(source, Some(reader)),
        Item::File(source) => match source::read_text(&source, options.encoding, STREAM_BYTES) {
            Ok(Opened::Whole(doc, size)) => Ok((doc, size)),
            Ok(Opened::TooLong(source)) => return Message::Stream(source, None),
            Err(skip) => Err(skip),
        },
        Item::Line {
            stem,
            location,
            line,
            bytes,
        } => source::parse_line(&stem, &location, line, &bytes).map(|doc| (doc, bytes.len() as u64 + 1)),
        Item::Bytes(bytes) => {
            let size = bytes.len() as u64;
            source::document_from_bytes("stdin".to_string(), bytes, options.encoding)
                .map(|doc| (doc, size))
                .map_err(|e| Skip {
                    location: "<stdin>".to_string(),
                    line: None,
                    reason: e.into(),
                })
        }
    };
    let (doc, bytes) = match read {
        Ok(read) => read,
        Err(skip) => return Message::Skip(skip),
    };
    let extraction = shared.extractor.extract(&doc, scratch);
    let mut rows = Vec::with_capacity(extraction.mentions.len() * 64);
    shared.table.rows(&doc.id, &doc.text, &extraction, &mut rows);
    let contribution = Contribution::new(&doc, &extraction, &options.settings, shared.counts_as, shared.relater);
    Message::Document(Box::new(Processed {
        doc,
        extraction,
        rows,
        contribution,
        bytes,
    }))
}
