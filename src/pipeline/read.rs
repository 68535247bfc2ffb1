//! The parallel half of a build: the documents of the sources, in input order ([`Items`]), each read, decoded,
//! segmented and matched by whichever worker is free ([`process`]).
//!
//! Workers take one item at a time from the shared iterator, so none waits for another: an earlier design
//! matched batches in parallel and every worker waited at the end of each for the slowest document, and for
//! the thread that gathered the next batch, about a tenth of a two-thread build.
//!
//! What is read in turn, inside the iterator, is only what must be: the lines of a JSONL source, the records of
//! a WARC, and sources that can be read only once (standard input, pipes). A text file or a page is opened by
//! the worker that takes it, and a WARC's pages are reduced to their articles by the workers, which is most of
//! the work of reading a crawl.

use std::io::Read;
use std::sync::Arc;
use std::time::Duration;

use super::sink::Processed;
use super::{Message, Observer, STREAM_BYTES, Shared, guarded};
use crate::extract::Scratch;
use crate::graph::Contribution;
use crate::text::html::{self, Hints, PageError};
use crate::text::jsonl::{self, Lines};
use crate::text::open::{self, One, Opened};
use crate::text::source::{Found, Ignored, IgnoredKind, SkipReason, Walk, Warning};
use crate::text::warc::{Record, Records};
use crate::text::{Document, Format, Skip, Source};

/// A unit of work, in input order.
pub(super) enum Item {
    /// A one-article file (text or page), opened and read by the worker.
    File(Source),
    /// The one article of a source read in turn (standard input, a pipe), in its format.
    Bytes {
        source: Source,
        format: Format,
        bytes: Vec<u8>,
    },
    /// A text read in turn that is too long to hold: its source, and its first bytes followed by the rest.
    LongText(Source, Box<dyn Read + Send>),
    /// One JSONL line.
    Line {
        stem: Arc<str>,
        location: Arc<str>,
        line: u64,
        bytes: Vec<u8>,
    },
    /// A page of a WARC record, and the input bytes read since the previous one.
    Page {
        stem: Arc<str>,
        location: Arc<str>,
        offset: u64,
        hints: Hints,
        body: Vec<u8>,
        read: u64,
    },
    /// An input, or part of one, that was not read.
    Skip(Skip),
    /// Something that holds no article.
    Ignored(Ignored),
}

/// The source being read in turn.
enum Reading {
    Lines(Lines, Arc<str>, Arc<str>),
    /// A WARC's records, with its stem, location, and the input bytes read when the last page was handed out.
    Records(Records, Arc<str>, Arc<str>, u64),
}

/// The work items of the sources, in input order: a file at a time, a JSONL source a line at a time, a WARC a
/// record at a time.
pub(super) struct Items<'a> {
    sources: Walk,
    reading: Option<Reading>,
    observer: &'a dyn Observer,
}

/// How long opening a named pipe may take before the user is told it waits for a writer.
const PATIENCE: Duration = Duration::from_millis(300);

impl<'a> Items<'a> {
    pub(super) fn new(sources: Walk, observer: &'a dyn Observer) -> Items<'a> {
        Items {
            sources,
            reading: None,
            observer,
        }
    }

    /// The next item of the source being read in turn, if any is left.
    fn next_read(&mut self) -> Option<Item> {
        let item = match self.reading.as_mut()? {
            Reading::Lines(lines, stem, location) => match lines.next_line() {
                Ok(Some((line, bytes))) => Some(Item::Line {
                    stem: stem.clone(),
                    location: location.clone(),
                    line,
                    bytes,
                }),
                Ok(None) => None,
                // A source that fails midway is not read further (its lines so far were).
                Err(e) => {
                    let skip = Skip {
                        line: Some(lines.line + 1),
                        ..Skip::of(location.to_string(), SkipReason::Io(e.to_string()))
                    };
                    self.reading = None;
                    return Some(Item::Skip(skip));
                }
            },
            Reading::Records(records, stem, location, read_before) => match records.next_record() {
                Some(Ok(Record::Page { offset, hints, body })) => {
                    let read = records.consumed();
                    let item = Item::Page {
                        stem: stem.clone(),
                        location: location.clone(),
                        offset,
                        hints,
                        body,
                        read: read.saturating_sub(*read_before),
                    };
                    *read_before = read;
                    Some(item)
                }
                Some(Ok(Record::Other { kind, .. })) => Some(Item::Ignored(Ignored {
                    location: location.to_string(),
                    kind: IgnoredKind::Record(kind),
                })),
                Some(Err(e)) => Some(Item::Skip(Skip {
                    offset: Some(e.offset),
                    ..Skip::of(location.to_string(), SkipReason::Record(e.message))
                })),
                None => None,
            },
        };
        if item.is_none() {
            self.reading = None;
        }
        item
    }

    /// The item of a source, or the start of its lines or records.
    fn open(&mut self, source: Source) -> Option<Item> {
        if source.regular && matches!(source.format, Some(Format::Text | Format::Html)) {
            // Whether it is to be read whole or streamed, the worker finds out.
            return Some(Item::File(source));
        }
        let Opened { format, stream } = match self.open_waiting(&source) {
            Ok(opened) => opened,
            Err(e) => return Some(Item::Skip(Skip::of(source.label(), SkipReason::Io(e.to_string())))),
        };
        let (stem, location): (Arc<str>, Arc<str>) = (source.stem().into(), source.label().into());
        match format {
            Format::Jsonl => match Lines::new(stream) {
                Ok(lines) => {
                    self.reading = Some(Reading::Lines(lines, stem, location));
                    None
                }
                Err(e) => Some(Item::Skip(Skip::of(source.label(), SkipReason::Io(e.to_string())))),
            },
            Format::Warc => {
                self.reading = Some(Reading::Records(Records::new(stream), stem, location, 0));
                None
            }
            Format::Text | Format::Html => {
                let limit = if format == Format::Html {
                    html::MAX_PAGE_BYTES as u64
                } else {
                    STREAM_BYTES
                };
                let mut stream = stream;
                let mut bytes = Vec::new();
                Some(match (&mut stream).take(limit + 1).read_to_end(&mut bytes) {
                    Err(e) => Item::Skip(Skip::of(source.label(), SkipReason::Io(e.to_string()))),
                    Ok(_) if bytes.len() as u64 <= limit => Item::Bytes { source, format, bytes },
                    Ok(_) if format == Format::Text => {
                        Item::LongText(source, Box::new(std::io::Cursor::new(bytes).chain(stream)))
                    }
                    Ok(_) => Item::Skip(Skip::of(source.label(), PageError::TooLarge.into())),
                })
            }
        }
    }

    /// Opens a source; a named pipe that has no writer yet blocks, and the user is told so.
    fn open_waiting(&self, source: &Source) -> std::io::Result<Opened> {
        let Some(path) = source.path.as_ref().filter(|_| !source.regular) else {
            return open::open(source);
        };
        let (send, receive) = std::sync::mpsc::channel();
        let pipe = source.clone();
        std::thread::spawn(move || send.send(open::open(&pipe)));
        match receive.recv_timeout(PATIENCE) {
            Ok(opened) => opened,
            Err(_) => {
                self.observer.waiting(path);
                receive
                    .recv()
                    .unwrap_or_else(|_| Err(std::io::Error::other("the pipe could not be opened")))
            }
        }
    }
}

impl Iterator for Items<'_> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.next_read() {
                return Some(item);
            }
            match self.sources.next()? {
                Found::Source(source) => {
                    if let Some(item) = self.open(source) {
                        return Some(item);
                    }
                }
                Found::Skip(skip) => return Some(Item::Skip(skip)),
                Found::Ignored(ignored) => return Some(Item::Ignored(ignored)),
            }
        }
    }
}

/// The items in chunks of about [`CHUNK_BYTES`] (or [`CHUNK_ITEMS`] items): what a worker takes at a time.
/// Handing over single documents cost a lock and a wake-up each (20,000 context switches for 100 MB of news,
/// a third more processor time); chunks as large as the earlier batches made workers wait for each other.
pub(super) struct Chunks<'a>(pub Items<'a>);

/// Bytes of input a chunk holds, at most (one large document may exceed it).
const CHUNK_BYTES: u64 = 256 << 10;
/// Items a chunk holds, at most.
const CHUNK_ITEMS: usize = 64;

impl Iterator for Chunks<'_> {
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
            Item::Line { bytes, .. } | Item::Bytes { bytes, .. } => bytes.len() as u64,
            // A page costs many times its size to reduce to its article.
            Item::Page { body, .. } => 4 * body.len() as u64,
            Item::LongText(..) => STREAM_BYTES,
            Item::Skip(_) | Item::Ignored(_) => 0,
        }
    }
}

/// A document read, with the input bytes it came from, a warning about how it was read, and where it was read
/// from (a skip of it without its reason, in case matching it fails).
type ReadDocument = (Document, u64, Option<Warning>, Skip);

/// Reads, segments and matches one document; what the sink is to do with the item.
pub(super) fn process(item: Item, shared: Shared<'_>, scratch: &mut Scratch) -> Message {
    let encoding = shared.options.encoding;
    let read: Result<ReadDocument, Message> = match item {
        Item::Skip(skip) => return Message::Skip(skip),
        Item::Ignored(ignored) => return Message::Ignored(ignored),
        Item::LongText(source, reader) => return Message::Stream(source, reader),
        Item::File(source) => {
            let format = source.format.unwrap_or(Format::Text);
            let skip = |reason| Message::Skip(Skip::of(source.label(), reason));
            match open::open(&source) {
                Err(e) => Err(skip(SkipReason::Io(e.to_string()))),
                Ok(opened) => match open::read_one(source.stem(), format, opened.stream, encoding, STREAM_BYTES) {
                    Ok(One::Whole(doc, size)) => Ok((doc, size, None, Skip::of(source.label(), SkipReason::NoText))),
                    Ok(One::Long(reader)) => return Message::Stream(source, reader),
                    Err(reason) => Err(skip(reason)),
                },
            }
        }
        Item::Bytes { source, format, bytes } => {
            let size = bytes.len() as u64;
            let doc = match format {
                Format::Html => {
                    html::page(source.stem(), &bytes, &Hints::default(), encoding).map_err(SkipReason::from)
                }
                _ => open::text_document(source.stem(), bytes, encoding).map_err(SkipReason::from),
            };
            doc.map(|doc| (doc, size, None, Skip::of(source.label(), SkipReason::NoText)))
                .map_err(|reason| Message::Skip(Skip::of(source.label(), reason)))
        }
        Item::Line {
            stem,
            location,
            line,
            bytes,
        } => jsonl::parse_line(&stem, &location, line, &bytes)
            .map(|(doc, warning)| {
                let warning = warning.map(|message| Warning {
                    location: location.to_string(),
                    line: Some(line),
                    message,
                });
                let at = Skip {
                    line: Some(line),
                    ..Skip::of(location.to_string(), SkipReason::NoText)
                };
                (doc, bytes.len() as u64 + 1, warning, at)
            })
            .map_err(Message::Skip),
        Item::Page {
            stem,
            location,
            offset,
            hints,
            body,
            read,
        } => match html::page(format!("{stem}:{offset}"), &body, &hints, encoding) {
            Ok(doc) => {
                let at = Skip {
                    offset: Some(offset),
                    ..Skip::of(location.to_string(), SkipReason::NoText)
                };
                Ok((doc, read, None, at))
            }
            // A crawl holds many pages that are no articles (front pages, tag pages, errors): they are counted,
            // not reported one by one.
            Err(PageError::NoArticle | PageError::Decode(_) | PageError::TooLarge) => Err(Message::Ignored(Ignored {
                location: location.to_string(),
                kind: IgnoredKind::Record("pages without article text".into()),
            })),
        },
    };
    let (doc, bytes, warning, at) = match read {
        Ok(read) => read,
        Err(message) => return message,
    };
    let matched = guarded(|| {
        #[cfg(test)]
        super::tests::fail_on_purpose(&doc.text);
        let extraction = shared.extractor.extract(&doc, scratch);
        let mut rows = Vec::with_capacity(extraction.mentions.len() * 64);
        shared.table.rows(&doc.id, &doc.text, &extraction, &mut rows);
        let contribution = Contribution::new(
            &doc,
            &extraction,
            &shared.options.settings,
            shared.counts_as,
            shared.relater,
        );
        (extraction, rows, contribution)
    });
    let (extraction, rows, contribution) = match matched {
        Ok(matched) => matched,
        Err(reason) => {
            // The buffers may hold what the failed document left half done.
            *scratch = Scratch::default();
            return Message::Skip(Skip { reason, ..at });
        }
    };
    Message::Document(Box::new(Processed {
        doc,
        extraction,
        rows,
        contribution,
        bytes,
        warning,
    }))
}
