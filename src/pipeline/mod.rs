//! The build: inputs → documents → mentions → co-occurrences → graph, with the mention table streamed out.
//!
//! The sources' documents are read, decoded, segmented and matched in parallel (rayon, [`read`]): each worker
//! takes the next document as it is free. What they find is then added to the graph and written to the mention
//! table in input order ([`sink`]), so the outputs are the same bytes whatever the number of threads, and
//! memory holds a few documents per worker, the graph and its capped evidence, whatever the size of the
//! corpus. A text file (or standard input's article) too long to hold, over [`STREAM_BYTES`], is read in
//! segments of whole paragraphs instead, one after the other; its context rules then look at one segment at a
//! time.
//!
//! The adding is sequential (one accumulator, one mention table, ids in input order). With one thread it
//! follows each document in turn. With more, it runs on a thread of its own, taking the documents as the
//! workers finish them and putting them back in order.

mod ids;
mod read;
mod sink;
#[cfg(test)]
mod tests;

use std::io::Write;

use rayon::prelude::*;

use crate::export::tables::MentionTable;
use crate::extract::{Extraction, Extractor, Scratch};
use crate::gazetteer::Gazetteer;
use crate::graph::relate::Relater;
use crate::graph::{Accumulator, Graph, Settings};
use crate::text::source::{self, Ignored, InputError, SkipReason, Walk, Warning};
use crate::text::{Document, Input, Skip, Source};
use read::Items;
use sink::Sink;

/// Chunks matched and not yet added, at most, beyond those the sink waits for to keep input order.
const IN_FLIGHT: usize = 4;
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
    /// Whether to keep every document id to list in [`Counted::ids`] (a partial build lists them); otherwise
    /// only their hashes are kept, to give repeated ones another.
    pub keep_ids: bool,
    /// Cue files of the user's, `(name, text)`, read beside the shipped lexicons (see [`crate::graph::relate`]).
    pub cues: Vec<(String, String)>,
}

/// Hears about a build as it goes; the command line shows progress with it.
pub trait Observer: Sync {
    /// Whether it wants the inputs' total size ([`Observer::sized`]): finding it takes a walk over the inputs
    /// of its own, beside the build, so it is done only for a progress bar.
    fn wants_total(&self) -> bool {
        false
    }
    /// The total size of the inputs, once known (the build is under way by then).
    fn sized(&self, _total_bytes: u64) {}
    /// `bytes` more input bytes were processed.
    fn advanced(&self, _bytes: u64) {}
    /// Something was skipped.
    fn skipped(&self, _skip: &Skip) {}
    /// Something that holds no article was found and not read.
    fn ignored(&self, _ignored: &Ignored) {}
    /// A document was read with a repair (and kept).
    fn warned(&self, _warning: &Warning) {}
    /// A named pipe has no writer yet, and the build waits for one.
    fn waiting(&self, _pipe: &std::path::Path) {}
    /// A document's id was already taken and it got another.
    fn renamed(&self, _from: &str, _to: &str) {}
    /// Whether the build should stop (the user pressed Ctrl-C); asked between documents (or chunks of them)
    /// and segments.
    fn cancelled(&self) -> bool {
        false
    }
    /// A document was read and matched (under its final id), in input order; `eval` keeps the ones it has gold
    /// annotations for. Documents read in segments (over [`STREAM_BYTES`]) are reported by
    /// [`Observer::streamed`] instead.
    fn processed(&self, _doc: &Document, _extraction: &Extraction) {}
    /// A segment of a document read in segments was read and matched: the document (its metadata, its final
    /// id, no text), the offset of the segment in its text, and the segment.
    fn streamed(&self, _doc: &Document, _base: usize, _segment: &str) {}
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
    /// What was found and not read because it holds no article, counted by kind
    /// ([`crate::text::source::IgnoredKind::label`]).
    pub ignored: std::collections::BTreeMap<String, u64>,
    /// Documents read with a repair.
    pub warnings: u64,
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
    #[error("the cue file {0}")]
    Cues(#[from] crate::graph::relate::LexiconError),
    #[error("interrupted")]
    Cancelled,
    /// The adding thread stopped (on an error of its own, which is the one reported).
    #[error("the mention table and graph stopped taking documents")]
    SinkStopped,
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
    /// Every document id the run gave out (renamed documents under their new id), in no particular order,
    /// when [`Options::keep_ids`] asked for them; else empty.
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
    let pool = rayon::ThreadPoolBuilder::new().num_threads(options.threads).build()?;
    source::check_inputs(inputs)?;
    let counts_as = options.settings.roll_up.map(gazetteer);
    let table = MentionTable::new(gazetteer);
    let relater = relater(gazetteer, options)?;
    let shared = Shared {
        table: &table,
        extractor,
        options,
        counts_as: &counts_as,
        relater: relater.as_ref(),
        observer,
    };
    let mut sink = Sink::new(shared, gazetteer, mentions);
    sink.write_header()?;
    let items = Items::new(Walk::new(inputs), observer);
    let sink = std::thread::scope(|scope| {
        if observer.wants_total() {
            scope.spawn(|| observer.sized(source::total_size(inputs, &|| observer.cancelled())));
        }
        if pool.current_num_threads() == 1 {
            pool.install(|| in_turn(items, shared, &mut sink))?;
            Ok(sink)
        } else {
            overlapped(&pool, items, shared, sink)
        }
    })?;
    Ok(sink.finish())
}

/// What types the sentences' relations, when the settings ask for them: the shipped lexicons and the user's.
pub fn relater(gazetteer: &Gazetteer, options: &Options) -> Result<Option<Relater>, Error> {
    if !options.settings.relations {
        return Ok(None);
    }
    let mut relater = Relater::new(gazetteer);
    for (name, text) in &options.cues {
        relater.add_cues(name, text)?;
    }
    Ok(Some(relater))
}

/// One thread: each item matched and added in turn.
fn in_turn(items: Items<'_>, shared: Shared<'_>, sink: &mut Sink<'_>) -> Result<(), Error> {
    let mut scratch = Scratch::default();
    for item in items {
        if shared.observer.cancelled() {
            return Err(Error::Cancelled);
        }
        sink.take(read::process(item, shared, &mut scratch))?;
    }
    Ok(())
}

/// Items matched by the pool's threads, each taking the next chunk as it is free, while another thread adds
/// what they found in input order.
fn overlapped<'a>(
    pool: &rayon::ThreadPool,
    items: Items<'_>,
    shared: Shared<'a>,
    mut sink: Sink<'a>,
) -> Result<Sink<'a>, Error> {
    std::thread::scope(|scope| {
        // Room for a few chunks per worker: when the sink falls behind, the workers wait for it.
        let (send, receive) = std::sync::mpsc::sync_channel::<(u64, Vec<Message>)>(IN_FLIGHT);
        let adder = scope.spawn(move || -> Result<Sink<'a>, Error> {
            let mut waiting = std::collections::BTreeMap::new();
            let mut next = 0;
            for (number, messages) in receive {
                waiting.insert(number, messages);
                while let Some(messages) = waiting.remove(&next) {
                    for message in messages {
                        sink.take(message)?;
                    }
                    next += 1;
                }
            }
            Ok(sink)
        });
        let read = pool.install(|| {
            (0u64..)
                .zip(read::Chunks(items))
                .par_bridge()
                .map_init(Scratch::default, |scratch, (number, chunk)| {
                    if shared.observer.cancelled() {
                        return Err(Error::Cancelled);
                    }
                    let messages = chunk
                        .into_iter()
                        .map(|item| read::process(item, shared, scratch))
                        .collect();
                    Ok((number, messages))
                })
                // A closed channel means the sink stopped on an error, which `join` reports.
                .try_for_each(|done| send.send(done?).map_err(|_| Error::SinkStopped))
        });
        drop(send);
        let added = adder.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        match (read, added) {
            (Err(Error::SinkStopped), Err(e)) | (Ok(()), Err(e)) => Err(e),
            (Err(e), _) => Err(e),
            (Ok(()), Ok(sink)) => Ok(sink),
        }
    })
}

/// What every stage reads and nobody changes.
#[derive(Clone, Copy)]
struct Shared<'a> {
    table: &'a MentionTable<'a>,
    extractor: &'a Extractor,
    options: &'a Options,
    /// The entity each entity is counted as.
    counts_as: &'a [u32],
    relater: Option<&'a Relater>,
    observer: &'a dyn Observer,
}

/// What the reading half hands the adding half, in input order.
enum Message {
    /// A document matched.
    Document(Box<sink::Processed>),
    /// A text too long to hold, for the sink to read segment by segment: its source, and its reader, with what
    /// was read of it already put back in front.
    Stream(Source, Box<dyn std::io::Read + Send>),
    /// An input that was not read.
    Skip(Skip),
    /// Something that holds no article.
    Ignored(Ignored),
}

/// Runs one document's matching, turning a panic into the reason the document is skipped.
///
/// A panic there is a bug of gazegraph's, not a fault of the input, but it is met on one document of a corpus:
/// without this, one unlucky sentence would stop a build of thousands of articles and lose all of it. The
/// document is reported like any unreadable one and the build goes on; the panic's own message is still printed
/// by the standard hook, with where it happened, for the bug report.
fn guarded<T>(work: impl FnOnce() -> T) -> Result<T, SkipReason> {
    // Nothing the closure borrows is looked at after a panic but the scratch buffers, which the caller resets.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        SkipReason::Internal(message)
    })
}
