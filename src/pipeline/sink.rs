//! The sequential half of a build: adding matched documents to the graph and their mentions to the mention
//! table, in input order, giving each document a unique id; and reading files too long to hold, segment by
//! segment.

use std::io::Write;

use super::ids::Ids;
use super::{Counted, Error, Message, SEGMENT_BYTES, Shared, Summary};
use crate::export::tables::MENTIONS_HEADER;
use crate::extract::{Extraction, Scratch};
use crate::gazetteer::Gazetteer;
use crate::graph::{Accumulator, Contribution, Counter};
use crate::text::source::{SkipReason, Warning};
use crate::text::stream::{Segments, StreamError};
use crate::text::{Document, Skip, Source};

/// A document, matched.
pub(super) struct Processed {
    pub doc: Document,
    pub extraction: Extraction,
    pub rows: Vec<u8>,
    pub contribution: Contribution,
    pub bytes: u64,
    pub warning: Option<Warning>,
}

/// Takes documents in input order.
pub(super) struct Sink<'a> {
    shared: Shared<'a>,
    mentions: &'a mut (dyn Write + Send),
    accumulator: Accumulator,
    summary: Summary,
    ids: Ids,
}

impl<'a> Sink<'a> {
    pub(super) fn new(shared: Shared<'a>, gazetteer: &Gazetteer, mentions: &'a mut (dyn Write + Send)) -> Sink<'a> {
        Sink {
            shared,
            mentions,
            accumulator: Accumulator::new(gazetteer.entity_space(), shared.options.settings.clone()),
            summary: Summary::default(),
            ids: Ids::new(shared.options.keep_ids),
        }
    }

    pub(super) fn write_header(&mut self) -> Result<(), Error> {
        self.mentions.write_all(MENTIONS_HEADER).map_err(Error::Mentions)
    }

    /// What was counted, and what happened on the way.
    pub(super) fn finish(self) -> (Counted, Summary) {
        let counted = Counted {
            accumulator: self.accumulator,
            ids: self.ids.into_list(),
        };
        (counted, self.summary)
    }

    pub(super) fn take(&mut self, message: Message) -> Result<(), Error> {
        match message {
            Message::Document(processed) => self.add(*processed),
            Message::Stream(source, reader) => self.stream(source, reader),
            Message::Skip(skip) => {
                self.skip(skip);
                Ok(())
            }
            Message::Ignored(ignored) => {
                self.shared.observer.ignored(&ignored);
                *self.summary.ignored.entry(ignored.kind.label()).or_default() += 1;
                Ok(())
            }
        }
    }

    fn add(&mut self, mut p: Processed) -> Result<(), Error> {
        if let Some(id) = self.unique_id(&p.doc.id) {
            p.doc.id = id;
            p.contribution.rename(&p.doc.id);
            p.rows.clear();
            self.shared
                .table
                .rows(&p.doc.id, &p.doc.text, &p.extraction, &mut p.rows);
        }
        if let Some(warning) = &p.warning {
            self.shared.observer.warned(warning);
            self.summary.warnings += 1;
        }
        self.shared.observer.processed(&p.doc, &p.extraction);
        self.mentions.write_all(&p.rows).map_err(Error::Mentions)?;
        self.summary.documents += 1;
        self.summary.bytes += p.bytes;
        self.summary.mentions += p.extraction.mentions.len() as u64;
        self.summary.sentences += p.extraction.sentences.len() as u64;
        self.accumulator.add(p.contribution, Some(&p.doc.text));
        self.shared.observer.advanced(p.bytes);
        Ok(())
    }

    /// A new id for a document whose id is taken (`id~2`, `id~3`, …), or `None` when it is free.
    fn unique_id(&mut self, id: &str) -> Option<String> {
        let new = self.ids.claim(id)?;
        self.shared.observer.renamed(id, &new);
        self.summary.renamed.push((id.to_string(), new.clone()));
        Some(new)
    }

    /// Reads, matches and counts a long text segment by segment, writing its mentions as it goes.
    fn stream(&mut self, source: Source, reader: Box<dyn std::io::Read + Send>) -> Result<(), Error> {
        let skip = |e: StreamError| {
            let reason = match e {
                StreamError::Io(e) => SkipReason::Io(e.to_string()),
                StreamError::Decode(e) => SkipReason::Decode(e),
            };
            Skip::of(source.label(), reason)
        };
        let encoding = self.shared.options.encoding;
        let mut segments = match Segments::from_reader(reader, SEGMENT_BYTES, encoding) {
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
        let (options, counts_as) = (self.shared.options, self.shared.counts_as);
        let mut counter = Counter::new(&options.settings, counts_as, self.shared.relater);
        let mut extraction = Extraction::default();
        let mut scratch = Scratch::default();
        let mut rows = Vec::new();
        let mut bytes = 0;
        loop {
            if self.shared.observer.cancelled() {
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
            if base == 0 {
                let header = crate::text::header(&text);
                (doc.title, doc.date, doc.url, doc.outlet, doc.lang) =
                    (header.title, header.date, header.url, header.outlet, header.lang);
                body = header.end;
            }
            extraction.next_segment(base - extraction.base.bytes);
            let matched = super::guarded(|| {
                #[cfg(test)]
                super::tests::fail_on_purpose(&text);
                self.shared
                    .extractor
                    .extract_into(&text, body..text.len(), &mut scratch, &mut extraction);
                rows.clear();
                self.shared.table.rows(&doc.id, &text, &extraction, &mut rows);
                counter.add(&text, &extraction, true);
            });
            if let Err(reason) = matched {
                // As after a read error midway, the segments before are kept; this one's counts may be part
                // done, and none of its mentions is written.
                let reason = match reason {
                    SkipReason::Internal(message) => SkipReason::Internal(format!("{message} (at byte {base})")),
                    other => other,
                };
                self.skip(Skip::of(source.label(), reason));
                if bytes == 0 {
                    return Ok(());
                }
                break;
            }
            self.mentions.write_all(&rows).map_err(Error::Mentions)?;
            self.shared.observer.streamed(&doc, base, &text);
            self.summary.mentions += extraction.mentions.len() as u64;
            self.summary.sentences += extraction.sentences.len() as u64;
            bytes = base + text.len();
            self.shared.observer.advanced(text.len() as u64);
        }
        if bytes == 0 {
            self.skip(Skip::of(
                source.label(),
                SkipReason::Decode(crate::text::decode::DecodeError::Empty),
            ));
            return Ok(());
        }
        // (after a panic in a segment the counts may be half done: finishing them is guarded too)
        let finished = match super::guarded(|| counter.finish(&doc)) {
            Ok(finished) => finished,
            Err(reason) => {
                self.skip(Skip::of(source.label(), reason));
                return Ok(());
            }
        };
        self.summary.documents += 1;
        // Standard input, pipes and compressed files have no size beforehand: the decoded length stands in.
        self.summary.bytes += if source.size > 0 { source.size } else { bytes as u64 };
        self.accumulator.add(finished, None);
        Ok(())
    }

    pub(super) fn skip(&mut self, skip: Skip) {
        self.shared.observer.skipped(&skip);
        self.summary.skipped.push(skip);
    }
}
