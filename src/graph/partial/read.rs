//! Reading a partial: line by line, each record checked to be what a partial holds there, so that a damaged
//! one is an error and never a wrong graph.

use std::io::{self, BufRead, Read};

use serde::de::DeserializeOwned;

use super::{End, Error, FORMAT, FORMAT_VERSION, Header, Input, MAX_HEADER_BYTES, Probe, Section, verify};
use crate::extract::found::{Found, FoundKind};
use crate::gazetteer::{Gazetteer, slug};
use crate::graph::accumulate::{EntityTotal, PairTotal};
use crate::graph::outlets::OutletSet;
use crate::graph::{Accumulator, DocumentInfo, EdgeKind};

/// A partial being read, line by line.
pub(super) struct Reader<R> {
    pub label: String,
    reader: R,
    /// The number of the line last read, for messages.
    line: u64,
    buffer: String,
    /// The digest of the lines before the one in the buffer.
    hasher: sha2::Sha256,
}

impl<R: BufRead> Reader<R> {
    pub(super) fn new(input: Input<R>) -> Reader<R> {
        Reader {
            label: input.label,
            reader: input.reader,
            line: 0,
            buffer: String::new(),
            hasher: sha2::Sha256::default(),
        }
    }

    /// Reads the next line into the buffer; false at the end of the file.
    pub(super) fn next_line(&mut self, limit: Option<u64>) -> Result<bool, Error> {
        sha2::Digest::update(&mut self.hasher, self.buffer.as_bytes());
        self.buffer.clear();
        self.line += 1;
        let read = match limit {
            Some(limit) => (&mut self.reader).take(limit).read_line(&mut self.buffer),
            None => self.reader.read_line(&mut self.buffer),
        };
        match read {
            Ok(n) => Ok(n > 0),
            Err(e) if e.kind() == io::ErrorKind::InvalidData => Err(self.damaged("not UTF-8 text")),
            Err(source) => Err(Error::Read {
                label: self.label.clone(),
                source,
            }),
        }
    }

    pub(super) fn header(&mut self) -> Result<Header, Error> {
        let not_partial = |label: &str| Error::NotPartial {
            label: label.to_string(),
        };
        match self.next_line(Some(MAX_HEADER_BYTES)) {
            Ok(true) if self.buffer.ends_with('\n') => {}
            Ok(_) | Err(Error::Damaged { .. }) => return Err(not_partial(&self.label)),
            Err(e) => return Err(e),
        }
        let probe: Probe = serde_json::from_str(&self.buffer).map_err(|_| not_partial(&self.label))?;
        if probe.format != FORMAT {
            return Err(not_partial(&self.label));
        }
        if probe.format_version > FORMAT_VERSION {
            return Err(Error::NewerFormat {
                label: self.label.clone(),
                found: probe.format_version,
            });
        }
        if probe.format_version < FORMAT_VERSION {
            return Err(Error::OlderFormat {
                label: self.label.clone(),
                found: probe.format_version,
            });
        }
        serde_json::from_str(&self.buffer).map_err(|e| self.damaged(format!("header: {e}")))
    }

    /// The next record, which should be `what`.
    pub(super) fn record<T: DeserializeOwned>(&mut self, what: &str) -> Result<T, Error> {
        // Every record ends in a newline: one without is the end of a file that was cut short.
        if !self.next_line(None)? || !self.buffer.ends_with('\n') {
            return Err(self.damaged(format!("the file ends where {what} should be (cut short?)")));
        }
        serde_json::from_str(&self.buffer).map_err(|e| self.damaged(format!("{what}: {e}")))
    }

    /// Reads the start of a section; returns the number of records in it.
    pub(super) fn section(&mut self, name: &str) -> Result<u64, Error> {
        let section: Section = self.record(&format!("the start of the {name}"))?;
        if section.section != name {
            return Err(self.damaged(format!("the {name} should start here, not the {}", section.section)));
        }
        Ok(section.count)
    }

    /// The next document id, while `left` says there are more.
    pub(super) fn next_id(&mut self, left: &mut u64) -> Result<Option<String>, Error> {
        if *left == 0 {
            return Ok(None);
        }
        *left -= 1;
        self.record("a document id").map(Some)
    }

    /// Adds the entities, pairs and documents (what follows the ids) to `sum`, checking that they are what a
    /// partial holds, so that a damaged one is an error here and not a wrong or failed graph later.
    pub(super) fn body(&mut self, sum: &mut Accumulator, gazetteer: &Gazetteer, header: &Header) -> Result<(), Error> {
        let mut names: Vec<String> = Vec::new();
        for _ in 0..self.section("outlets")? {
            let name: String = self.record("an outlet")?;
            if names.last().is_some_and(|p| *p >= name) || !name.chars().any(char::is_alphanumeric) {
                return Err(self.damaged(format!("outlet `{name}` out of order, or no name")));
            }
            names.push(name);
        }
        // this partial's outlet numbers → the merge's
        let map = sum.outlet_map(&names);
        let check = |reader: &Self, outlets: &OutletSet| match outlets.iter().last() {
            Some(n) if n as usize >= map.len() => Err(reader.damaged(format!("outlet number {n} of {}", map.len()))),
            _ => Ok(()),
        };
        // The entities found in the text, numbered after the gazetteer's and those of the partials before.
        let mut previous: Option<String> = None;
        for _ in 0..self.section("found")? {
            let (id, name, kind): (String, String, String) = self.record("an entity found in the text")?;
            let kind = FoundKind::from_type_name(&kind);
            let sound = kind.is_some() && slug(&name) == id && gazetteer.index_of(&id).is_none();
            if previous.as_ref().is_some_and(|p| *p >= id) || !sound {
                return Err(self.damaged(format!(
                    "found entity `{id}` out of order, listed, or not named `{name}`"
                )));
            }
            sum.number_found_entity(&Found {
                id: id.clone(),
                name,
                kind: kind.expect("checked"),
            });
            previous = Some(id);
        }
        let index_of = |sum: &Accumulator, id: &str| gazetteer.index_of(id).or_else(|| sum.found.index_of(id));
        // The entities' totals, by index, to check the pairs against.
        let mut mentioned: Vec<Option<(String, EntityTotal)>> = vec![None; sum.found.end()];
        let mut mentions = 0u64;
        let mut previous: Option<String> = None;
        for _ in 0..self.section("entities")? {
            let (id, total): (String, EntityTotal) = self.record("an entity")?;
            let Some(entity) = index_of(sum, &id) else {
                return Err(self.damaged(format!("`{id}` is no entity of the gazetteer, nor found")));
            };
            if previous.is_some_and(|p| p >= id) || !total.named() {
                return Err(self.damaged(format!("entity `{id}` out of order, or never named")));
            }
            check(self, &total.outlets)?;
            verify::entity(&id, &total, header).map_err(|what| self.damaged(what))?;
            mentions = mentions.saturating_add(total.mentions);
            sum.add_entity(entity, &total, Some(&map));
            mentioned[entity] = Some((id.clone(), total));
            previous = Some(id);
        }
        if mentions != header.mentions {
            return Err(self.damaged(format!(
                "the entities' mentions add up to {mentions}, and the header counts {}",
                header.mentions
            )));
        }
        let entity = |i: usize| mentioned[i].as_ref().map(|(id, t)| (id.as_str(), t));
        let cap = header.settings.evidence_cap;
        let mut previous: Option<(String, String)> = None;
        for _ in 0..self.section("pairs")? {
            let (a, b, total): (String, String, PairTotal) = self.record("a pair")?;
            let end = |id: &str| index_of(sum, id).filter(|&i| mentioned[i].is_some());
            let (Some(x), Some(y)) = (end(&a), end(&b)) else {
                return Err(self.damaged(format!("pair `{a}`–`{b}` of an entity not among its entities")));
            };
            let pair = (a, b);
            if pair.0 >= pair.1 || previous.is_some_and(|p| p >= pair) {
                return Err(self.damaged(format!("pair `{}`–`{}` out of order", pair.0, pair.1)));
            }
            check(self, &total.outlets)?;
            if let (Some(ea), Some(eb)) = (entity(x), entity(y)) {
                verify::pair(ea, eb, &total, cap).map_err(|what| self.damaged(what))?;
            }
            sum.add_pair((x.min(y) as u32, x.max(y) as u32), total, Some(&map));
            previous = Some(pair);
        }
        let mut previous: Option<(String, String, EdgeKind)> = None;
        for _ in 0..self.section("relations")? {
            let (a, b, kind, total): (String, String, EdgeKind, PairTotal) = self.record("a relation")?;
            let end = |id: &str| index_of(sum, id).filter(|&i| mentioned[i].is_some());
            let (Some(x), Some(y)) = (end(&a), end(&b)) else {
                return Err(self.damaged(format!("relation `{a}`–`{b}` of an entity not among its entities")));
            };
            let typed = kind != EdgeKind::Cooccurrence && kind != EdgeKind::LocatedIn;
            let key = (a, b, kind);
            if !typed
                || key.0 == key.1
                || (!kind.has_direction() && key.0 > key.1)
                || previous.as_ref().is_some_and(|p| *p >= key)
            {
                return Err(self.damaged(format!(
                    "relation `{}`–`{}` ({}) out of order",
                    key.0,
                    key.1,
                    kind.name()
                )));
            }
            let (x, y) = if kind.has_direction() {
                (x, y)
            } else {
                (x.min(y), x.max(y))
            };
            check(self, &total.outlets)?;
            if let (Some(ea), Some(eb)) = (entity(x), entity(y)) {
                verify::relation(ea, eb, kind.name(), &total, cap).map_err(|what| self.damaged(what))?;
            }
            sum.add_relation((x as u32, y as u32, kind), total, Some(&map));
            previous = Some(key);
        }
        let mut previous: Option<String> = None;
        for _ in 0..self.section("documents")? {
            let info: DocumentInfo = self.record("a document's metadata")?;
            if previous.is_some_and(|p| p >= info.id) {
                return Err(self.damaged(format!("document `{}` out of order", info.id)));
            }
            if let Some(date) = &info.date {
                verify::date_is_valid(date, &format!("document `{}`", info.id)).map_err(|what| self.damaged(what))?;
            }
            previous = Some(info.id.clone());
            sum.infos.insert(info.id.clone(), info);
        }
        let end: End = self.record("the digest")?;
        if end.section != "end" {
            return Err(self.damaged(format!("the digest should be here, not the {}", end.section)));
        }
        // The digest covers every line before its own, which `next_line` hashed as it read the next one.
        let expected = verify::hex(self.hasher.clone());
        if end.sha256 != expected {
            return Err(self.damaged(
                "the content does not match the digest on this line: the partial was changed or damaged after it \
                 was written; build the shard again",
            ));
        }
        if self.next_line(None)? {
            return Err(self.damaged("more after the digest"));
        }
        Ok(())
    }

    pub(super) fn damaged(&self, what: impl Into<String>) -> Error {
        Error::Damaged {
            label: self.label.clone(),
            line: self.line,
            what: what.into(),
        }
    }
}
