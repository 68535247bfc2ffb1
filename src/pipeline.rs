//! The build: inputs → documents → mentions → co-occurrences → graph, with the mention table streamed out.
//!
//! Documents are gathered into batches of a few megabytes; a batch is read, decoded, segmented and matched in
//! parallel (rayon), and its results are then added to the graph and written to the mention table in input
//! order. Memory therefore holds one batch of text, the graph and its capped evidence, whatever the size of the
//! corpus, and the outputs are the same bytes whatever the number of threads. A text file too long to hold
//! (over [`STREAM_BYTES`]) is read in segments of whole paragraphs instead, one after the other; its context
//! rules then look at one segment at a time.

use std::io::{BufRead, Read, Write};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::export::tables::{MENTIONS_HEADER, MentionTable};
use crate::extract::{Extraction, Extractor, Scratch};
use crate::gazetteer::Gazetteer;
use crate::graph::{Accumulator, Contribution, Counter, Graph, Settings};
use crate::text::source::{self, Discovered, InputError, Lines, SkipReason};
use crate::text::stream::{Segments, StreamError};
use crate::text::{Document, Format, Input, Skip, Source};

/// A batch is processed when it holds this many bytes of input…
const BATCH_BYTES: u64 = 8 << 20;
/// …or this many documents.
const BATCH_DOCUMENTS: usize = 1024;
/// Text files larger than this are read in segments rather than whole.
pub const STREAM_BYTES: u64 = 32 << 20;
/// The size of those segments.
const SEGMENT_BYTES: usize = 4 << 20;

/// How to build.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// How the graph is counted and filtered.
    pub settings: Settings,
    /// The encoding of files that are not UTF-8; guessed when `None`.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Worker threads; 0 means one per core.
    pub threads: usize,
}

/// Hears about a build as it goes; the command line shows progress with it.
pub trait Observer: Sync {
    /// The total size of the inputs, where known.
    fn started(&self, _total_bytes: u64) {}
    /// `bytes` more input bytes were processed.
    fn advanced(&self, _bytes: u64) {}
    /// Something was skipped.
    fn skipped(&self, _skip: &Skip) {}
    /// A document's id was already taken and it got another.
    fn renamed(&self, _from: &str, _to: &str) {}
    /// Whether the build should stop (the user pressed Ctrl-C); asked between batches and segments.
    fn cancelled(&self) -> bool {
        false
    }
    /// A document was read and matched (under its final id), in input order; `eval` keeps the ones it has gold
    /// annotations for. Documents read in segments (over [`STREAM_BYTES`]) are not reported.
    fn processed(&self, _doc: &Document, _extraction: &Extraction) {}
}

/// An observer that ignores everything.
pub struct Quiet;
impl Observer for Quiet {}

/// What a build did besides the graph.
#[derive(Debug, Default)]
pub struct Summary {
    pub documents: u64,
    pub bytes: u64,
    pub mentions: u64,
    pub sentences: u64,
    pub skipped: Vec<Skip>,
    /// Documents whose id was taken: (id, new id).
    pub renamed: Vec<(String, String)>,
}

/// A build failed as a whole (a skipped input is not a failure).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("cannot write the mention table: {0}")]
    Mentions(std::io::Error),
    #[error("cannot start worker threads: {0}")]
    Threads(#[from] rayon::ThreadPoolBuildError),
    #[error("interrupted")]
    Cancelled,
}

/// Builds the graph of `inputs`, writing `mentions.csv` to `mentions` as it goes.
pub fn build(
    gazetteer: &Gazetteer,
    extractor: &Extractor,
    inputs: &[Input],
    options: &Options,
    mentions: &mut (dyn Write + Send),
    observer: &dyn Observer,
) -> Result<(Graph, Summary), Error> {
    let (counted, summary) = count(gazetteer, extractor, inputs, options, mentions, observer)?;
    Ok((counted.accumulator.finish(gazetteer), summary))
}

/// What a build counted before it is finished into a graph: what `build --partial` saves for `merge`.
pub struct Counted {
    pub accumulator: Accumulator,
    /// Every document id the run gave out (renamed documents under their new id), in no particular order.
    pub ids: Vec<String>,
}

/// Counts `inputs` as [`build`] does, writing `mentions.csv` to `mentions`, without finishing the graph.
pub fn count(
    gazetteer: &Gazetteer,
    extractor: &Extractor,
    inputs: &[Input],
    options: &Options,
    mentions: &mut (dyn Write + Send),
    observer: &dyn Observer,
) -> Result<(Counted, Summary), Error> {
    let Discovered { sources, skipped } = source::discover(inputs)?;
    let pool = rayon::ThreadPoolBuilder::new().num_threads(options.threads).build()?;
    let counts_as = options.settings.roll_up.map(gazetteer);
    let table = MentionTable::new(gazetteer);
    let mut run = Run {
        table: &table,
        extractor,
        options,
        mentions,
        observer,
        accumulator: Accumulator::new(gazetteer.len(), options.settings.clone()),
        counts_as: &counts_as,
        summary: Summary::default(),
        ids: FxHashMap::default(),
        batch: Vec::new(),
        batch_bytes: 0,
    };
    for skip in skipped {
        run.skip(skip);
    }
    observer.started(sources.iter().map(|s| s.size).sum());
    run.mentions.write_all(MENTIONS_HEADER).map_err(Error::Mentions)?;
    pool.install(|| -> Result<(), Error> {
        for source in sources {
            run.read(source)?;
        }
        run.flush()
    })?;
    let counted = Counted {
        accumulator: run.accumulator,
        ids: run.ids.into_keys().collect(),
    };
    Ok((counted, run.summary))
}

/// A unit of parallel work: something that yields one document.
enum Item {
    /// A one-article file, read by the worker.
    File(Source),
    /// One JSONL line.
    Line {
        stem: String,
        location: String,
        line: u64,
        bytes: Vec<u8>,
    },
    /// Standard input's text.
    Bytes(Vec<u8>),
}

/// A document, processed.
struct Processed {
    doc: Document,
    extraction: Extraction,
    rows: Vec<u8>,
    contribution: Contribution,
    bytes: u64,
}

struct Run<'a> {
    table: &'a MentionTable,
    extractor: &'a Extractor,
    options: &'a Options,
    mentions: &'a mut (dyn Write + Send),
    observer: &'a dyn Observer,
    accumulator: Accumulator,
    /// The entity each entity is counted as.
    counts_as: &'a [u32],
    summary: Summary,
    /// Document ids seen, with how often.
    ids: FxHashMap<String, u32>,
    batch: Vec<Item>,
    batch_bytes: u64,
}

impl Run<'_> {
    fn read(&mut self, source: Source) -> Result<(), Error> {
        match (&source.path, source.format) {
            (Some(_), Format::Text) if source.size > STREAM_BYTES => {
                self.flush()?;
                self.stream(source)
            }
            (Some(_), Format::Text) => {
                let size = source.size;
                self.push(Item::File(source), size)
            }
            (Some(_), Format::Jsonl) => self.read_jsonl(source),
            (None, _) => self.read_stdin(),
        }
    }

    /// Standard input: JSONL when its first non-blank byte is `{`, else one article.
    fn read_stdin(&mut self) -> Result<(), Error> {
        let mut reader = std::io::BufReader::with_capacity(1 << 20, std::io::stdin());
        let first = reader
            .fill_buf()
            .map(|b| b.iter().find(|b| !b.is_ascii_whitespace()).copied());
        let stdin_skip = |e: std::io::Error| Skip {
            location: "<stdin>".to_string(),
            line: None,
            reason: SkipReason::Io(e.to_string()),
        };
        match first {
            Ok(Some(b'{')) => self.read_lines(Lines::from_reader(Box::new(reader)), "stdin", "<stdin>"),
            Ok(_) => {
                let mut bytes = Vec::new();
                match reader.read_to_end(&mut bytes) {
                    Ok(n) => self.push(Item::Bytes(bytes), n as u64),
                    Err(e) => {
                        self.skip(stdin_skip(e));
                        Ok(())
                    }
                }
            }
            Err(e) => {
                self.skip(stdin_skip(e));
                Ok(())
            }
        }
    }

    fn read_jsonl(&mut self, source: Source) -> Result<(), Error> {
        match Lines::open(&source) {
            Ok(lines) => self.read_lines(lines, &source.stem(), &source.label()),
            Err(e) => {
                self.skip(Skip {
                    location: source.label(),
                    line: None,
                    reason: SkipReason::Io(e.to_string()),
                });
                Ok(())
            }
        }
    }

    fn read_lines(&mut self, mut lines: Lines, stem: &str, location: &str) -> Result<(), Error> {
        loop {
            match lines.next_line() {
                Ok(Some((line, bytes))) => {
                    let size = bytes.len() as u64 + 1;
                    self.push(
                        Item::Line {
                            stem: stem.to_string(),
                            location: location.to_string(),
                            line,
                            bytes,
                        },
                        size,
                    )?;
                }
                Ok(None) => return Ok(()),
                Err(e) => {
                    self.skip(Skip {
                        location: location.to_string(),
                        line: Some(lines.line + 1),
                        reason: SkipReason::Io(e.to_string()),
                    });
                    return Ok(());
                }
            }
        }
    }

    fn push(&mut self, item: Item, bytes: u64) -> Result<(), Error> {
        self.batch.push(item);
        self.batch_bytes += bytes;
        if self.batch_bytes >= BATCH_BYTES || self.batch.len() >= BATCH_DOCUMENTS {
            self.flush()?;
        }
        Ok(())
    }

    /// Processes the batch in parallel, then adds its documents in order.
    fn flush(&mut self) -> Result<(), Error> {
        if self.observer.cancelled() {
            return Err(Error::Cancelled);
        }
        let batch = std::mem::take(&mut self.batch);
        self.batch_bytes = 0;
        let (table, extractor, options) = (self.table, self.extractor, self.options);
        let counts_as = self.counts_as;
        let results: Vec<Result<Processed, Skip>> = batch
            .into_par_iter()
            .map_init(Scratch::default, |scratch, item| {
                process(item, table, extractor, options, counts_as, scratch)
            })
            .collect();
        for result in results {
            match result {
                Ok(processed) => self.add(processed)?,
                Err(skip) => self.skip(skip),
            }
        }
        Ok(())
    }

    fn add(&mut self, mut p: Processed) -> Result<(), Error> {
        if let Some(id) = self.unique_id(&p.doc.id) {
            p.doc.id = id;
            p.contribution.rename(&p.doc.id);
            p.rows.clear();
            self.table.rows(&p.doc.id, &p.doc.text, &p.extraction, &mut p.rows);
        }
        self.observer.processed(&p.doc, &p.extraction);
        self.mentions.write_all(&p.rows).map_err(Error::Mentions)?;
        self.summary.documents += 1;
        self.summary.bytes += p.bytes;
        self.summary.mentions += p.extraction.mentions.len() as u64;
        self.summary.sentences += p.extraction.sentences.len() as u64;
        self.accumulator.add(p.contribution, Some(&p.doc.text));
        self.observer.advanced(p.bytes);
        Ok(())
    }

    /// A new id for a document whose id is taken (`id~2`, `id~3`, …), or `None` when it is free.
    fn unique_id(&mut self, id: &str) -> Option<String> {
        let seen = self.ids.entry(id.to_string()).or_insert(0);
        *seen += 1;
        if *seen == 1 {
            return None;
        }
        let mut n = *seen;
        let mut new = format!("{id}~{n}");
        while self.ids.contains_key(&new) {
            n += 1;
            new = format!("{id}~{n}");
        }
        self.ids.insert(new.clone(), 1);
        self.observer.renamed(id, &new);
        self.summary.renamed.push((id.to_string(), new.clone()));
        Some(new)
    }

    /// Reads, matches and counts a long text file segment by segment, writing its mentions as it goes.
    fn stream(&mut self, source: Source) -> Result<(), Error> {
        let path = source.path.clone().expect("only files are streamed");
        let skip = |e: StreamError| Skip {
            location: source.label(),
            line: None,
            reason: match e {
                StreamError::Io(e) => SkipReason::Io(e.to_string()),
                StreamError::Decode(e) => SkipReason::Decode(e),
            },
        };
        let mut segments = match Segments::open(&path, SEGMENT_BYTES, self.options.encoding) {
            Ok(segments) => segments,
            Err(e) => {
                self.skip(skip(e));
                return Ok(());
            }
        };
        let mut doc = Document {
            id: source.stem(),
            ..Document::default()
        };
        if let Some(id) = self.unique_id(&doc.id) {
            doc.id = id;
        }
        let (options, counts_as) = (self.options, self.counts_as);
        let mut counter = Counter::new(&options.settings, counts_as);
        let mut extraction = Extraction::default();
        let mut scratch = Scratch::default();
        let mut rows = Vec::new();
        let mut bytes = 0;
        loop {
            if self.observer.cancelled() {
                return Err(Error::Cancelled);
            }
            let (base, text) = match segments.next_segment() {
                Ok(Some(segment)) => segment,
                Ok(None) => break,
                Err(e) => {
                    // What was read is kept: the mentions are written, the counts added below.
                    self.skip(skip(e));
                    break;
                }
            };
            let mut body = 0;
            if base == 0
                && let Some((date, start)) = crate::text::leading_date(&text)
            {
                doc.date = Some(date);
                body = start;
            }
            extraction.next_segment(base - extraction.base.bytes);
            self.extractor
                .extract_into(&text, body..text.len(), &mut scratch, &mut extraction);
            rows.clear();
            self.table.rows(&doc.id, &text, &extraction, &mut rows);
            self.mentions.write_all(&rows).map_err(Error::Mentions)?;
            counter.add(&text, &extraction, true);
            self.summary.mentions += extraction.mentions.len() as u64;
            self.summary.sentences += extraction.sentences.len() as u64;
            bytes = base + text.len();
            self.observer.advanced(text.len() as u64);
        }
        if bytes == 0 {
            self.skip(Skip {
                location: source.label(),
                line: None,
                reason: SkipReason::Decode(crate::text::decode::DecodeError::Empty),
            });
            return Ok(());
        }
        self.summary.documents += 1;
        self.summary.bytes += source.size;
        self.accumulator.add(counter.finish(&doc), None);
        Ok(())
    }

    fn skip(&mut self, skip: Skip) {
        self.observer.skipped(&skip);
        self.summary.skipped.push(skip);
    }
}

/// Reads, segments and matches one document.
fn process(
    item: Item,
    table: &MentionTable,
    extractor: &Extractor,
    options: &Options,
    counts_as: &[u32],
    scratch: &mut Scratch,
) -> Result<Processed, Skip> {
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
    let extraction = extractor.extract(&doc, scratch);
    let mut rows = Vec::with_capacity(extraction.mentions.len() * 64);
    table.rows(&doc.id, &doc.text, &extraction, &mut rows);
    let contribution = Contribution::new(&doc, &extraction, &options.settings, counts_as);
    Ok(Processed {
        doc,
        extraction,
        rows,
        contribution,
        bytes,
    })
}
