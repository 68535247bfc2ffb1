//! The parallel half of a build: finding the documents in the sources, in input order, and reading, decoding,
//! segmenting and matching them a batch at a time on the pool's threads.

use std::io::{BufRead, Read};

use rayon::prelude::*;

use super::sink::Processed;
use super::{BATCH_BYTES, BATCH_DOCUMENTS, Error, Message, STREAM_BYTES, Shared};
use crate::extract::Scratch;
use crate::graph::Contribution;
use crate::text::source::{self, Lines, SkipReason};
use crate::text::{Format, Skip, Source};

/// Where messages for the sink go.
pub(super) type Emit<'e> = dyn FnMut(Message) -> Result<(), Error> + Send + 'e;

/// Gathers documents into batches and matches each batch in parallel.
pub(super) struct Reader<'a> {
    shared: Shared<'a>,
    batch: Vec<Item>,
    batch_bytes: u64,
}

/// A unit of parallel work: something that yields one document.
enum Item {
    /// A one-article file, read by the worker.
    File(Source),
    /// One JSONL line.
    Line {
        stem: std::sync::Arc<str>,
        location: std::sync::Arc<str>,
        line: u64,
        bytes: Vec<u8>,
    },
    /// Standard input's text.
    Bytes(Vec<u8>),
}

impl<'a> Reader<'a> {
    pub(super) fn new(shared: Shared<'a>) -> Reader<'a> {
        Reader {
            shared,
            batch: Vec::new(),
            batch_bytes: 0,
        }
    }

    /// Reads every source, handing each batch, long file and skip to `emit` in input order.
    pub(super) fn read_all(&mut self, sources: Vec<Source>, emit: &mut Emit<'_>) -> Result<(), Error> {
        for source in sources {
            self.read(source, emit)?;
        }
        self.flush(emit)
    }

    fn read(&mut self, source: Source, emit: &mut Emit<'_>) -> Result<(), Error> {
        match (&source.path, source.format) {
            (Some(_), Format::Text) if source.size > STREAM_BYTES => {
                self.flush(emit)?;
                emit(Message::Stream(source))
            }
            (Some(_), Format::Text) => {
                let size = source.size;
                self.push(Item::File(source), size, emit)
            }
            (Some(_), Format::Jsonl) => self.read_jsonl(source, emit),
            (None, _) => self.read_stdin(emit),
        }
    }

    /// Standard input: JSONL when its first non-blank byte is `{`, else one article.
    fn read_stdin(&mut self, emit: &mut Emit<'_>) -> Result<(), Error> {
        let mut reader = std::io::BufReader::with_capacity(1 << 20, std::io::stdin());
        let first = reader
            .fill_buf()
            .map(|b| b.iter().find(|b| !b.is_ascii_whitespace()).copied());
        let stdin_skip = |e: std::io::Error| {
            Message::Skip(Skip {
                location: "<stdin>".to_string(),
                line: None,
                reason: SkipReason::Io(e.to_string()),
            })
        };
        match first {
            Ok(Some(b'{')) => self.read_lines(Lines::from_reader(Box::new(reader)), "stdin", "<stdin>", emit),
            Ok(_) => {
                let mut bytes = Vec::new();
                match reader.read_to_end(&mut bytes) {
                    Ok(n) => self.push(Item::Bytes(bytes), n as u64, emit),
                    Err(e) => emit(stdin_skip(e)),
                }
            }
            Err(e) => emit(stdin_skip(e)),
        }
    }

    fn read_jsonl(&mut self, source: Source, emit: &mut Emit<'_>) -> Result<(), Error> {
        match Lines::open(&source) {
            Ok(lines) => self.read_lines(lines, &source.stem(), &source.label(), emit),
            Err(e) => emit(Message::Skip(Skip {
                location: source.label(),
                line: None,
                reason: SkipReason::Io(e.to_string()),
            })),
        }
    }

    fn read_lines(&mut self, mut lines: Lines, stem: &str, location: &str, emit: &mut Emit<'_>) -> Result<(), Error> {
        let (stem, location): (std::sync::Arc<str>, std::sync::Arc<str>) = (stem.into(), location.into());
        loop {
            match lines.next_line() {
                Ok(Some((line, bytes))) => {
                    let size = bytes.len() as u64 + 1;
                    let item = Item::Line {
                        stem: stem.clone(),
                        location: location.clone(),
                        line,
                        bytes,
                    };
                    self.push(item, size, emit)?;
                }
                Ok(None) => return Ok(()),
                Err(e) => {
                    return emit(Message::Skip(Skip {
                        location: location.to_string(),
                        line: Some(lines.line + 1),
                        reason: SkipReason::Io(e.to_string()),
                    }));
                }
            }
        }
    }

    fn push(&mut self, item: Item, bytes: u64, emit: &mut Emit<'_>) -> Result<(), Error> {
        self.batch.push(item);
        self.batch_bytes += bytes;
        if self.batch_bytes >= BATCH_BYTES || self.batch.len() >= BATCH_DOCUMENTS {
            self.flush(emit)?;
        }
        Ok(())
    }

    /// Matches the batch in parallel and hands the results on, in order.
    fn flush(&mut self, emit: &mut Emit<'_>) -> Result<(), Error> {
        if self.shared.observer.cancelled() {
            return Err(Error::Cancelled);
        }
        if self.batch.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.batch);
        self.batch_bytes = 0;
        let shared = self.shared;
        let results: Vec<Result<Processed, Skip>> = batch
            .into_par_iter()
            .map_init(Scratch::default, |scratch, item| process(item, shared, scratch))
            .collect();
        emit(Message::Batch(results))
    }
}

/// Reads, segments and matches one document.
fn process(item: Item, shared: Shared<'_>, scratch: &mut Scratch) -> Result<Processed, Skip> {
    let options = shared.options;
    let (doc, bytes) = match item {
        Item::File(source) => {
            let doc = source::read_text(&source, options.encoding)?;
            (doc, source.size)
        }
        Item::Line {
            stem,
            location,
            line,
            bytes,
        } => (
            source::parse_line(&stem, &location, line, &bytes)?,
            bytes.len() as u64 + 1,
        ),
        Item::Bytes(bytes) => {
            let size = bytes.len() as u64;
            let doc = source::document_from_bytes("stdin".to_string(), bytes, options.encoding).map_err(|e| Skip {
                location: "<stdin>".to_string(),
                line: None,
                reason: e.into(),
            })?;
            (doc, size)
        }
    };
    let extraction = shared.extractor.extract(&doc, scratch);
    let mut rows = Vec::with_capacity(extraction.mentions.len() * 64);
    shared.table.rows(&doc.id, &doc.text, &extraction, &mut rows);
    let contribution = Contribution::new(&doc, &extraction, &options.settings, shared.counts_as);
    Ok(Processed {
        doc,
        extraction,
        rows,
        contribution,
        bytes,
    })
}
