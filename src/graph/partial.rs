//! Partial graphs: what an [`Accumulator`] counted, saved to a file, so that a corpus too large for one run is
//! built in shards (`gazegraph build --partial`, one per machine or job) and merged (`gazegraph merge`) into
//! exactly the graph one run over all the shards' inputs, in order, gives.
//!
//! Merging is exact because everything the accumulator keeps is a sum, a minimum, a maximum or a union (of
//! outlets), and an edge's evidence is its first few passages by (document id, sentence): the first few of the
//! shards' first few are the first few of all.
//!
//! Reprints are found within a shard, not across shards: a partial holds counts, not its documents'
//! fingerprints, and a document counted as a report in one shard cannot be taken back when a merge finds it a
//! copy of a document of another. So copies of a story built in different shards count once per shard (their
//! outlets are still counted exactly, once each). One build, or shards cut by date (a wire story is reprinted
//! within days), keeps them together.
//!
//! What a merge cannot reproduce it refuses: a document id counted in two shards (one run would have renamed
//! the second `id~2`), and shards counted differently (another gazetteer, other settings, another version of
//! gazegraph).
//!
//! # Format
//!
//! JSON Lines in UTF-8, one record a line, so that both ends handle one record at a time and a merge checks every
//! header before it reads anything else:
//!
//! ```text
//! {"format":"gazegraph-partial","format_version":4,"tool":"gazegraph","version":"0.1.0","settings":{…},
//!     "gazetteer":{"sha256":"…","entities":625,"files":[…]},"documents":2,"windows":165,"mentions":140,
//!     "dates":{"first":"2018-11","last":"2018-11"}}                       (one line)
//! {"section":"ids","count":2}
//! "000_5fc0c75c47dbb2ca"                    every document id the run gave out, sorted by bytes
//! {"section":"outlets","count":2}
//! "heise online"                            every outlet named, by comparison key (lower case), sorted by bytes
//! {"section":"found","count":1}
//! ["jennifer-lynch","Jennifer Lynch","person"]    entities found in the text (not listed), sorted by id
//! {"section":"entities","count":34}
//! ["amazon",{"mentions":42,"documents":2,"windows":41,"dates":{…},"outlets":[0,1]}]     sorted by entity id
//! {"section":"pairs","count":49}
//! ["amazon","ice",{"windows":5,"documents":2,"dates":{…},"outlets":[1],"reprints":1,"evidence":[{"document":"…",
//!     "sentence":0,"text":"…"}]}]
//! {"section":"relations","count":3}
//! ["palantir","ice","supplies",{"windows":2,"documents":1,"evidence":[{…,"cue":{"start":9,"end":17}}]}]
//! {"section":"documents","count":0}
//! {"id":"…","title":"…","date":"…","url":"…","lang":"…"}               documents cited in evidence, by id
//! {"section":"end","sha256":"…"}            the SHA-256 of every byte before this line
//! ```
//!
//! A merge checks every record against what a build writes, and the digest against the bytes
//! ([`verify`]), so that a partial damaged or edited since it was written is refused, naming the line.
//!
//! Entities are named by gazetteer id, not by position, so a partial means the same without the gazetteer's row
//! order; outlets are named by their place in the partial's own sorted list (a merge matches them by name); pairs
//! put the lower id first and keep every pair, before `--min-weight` and `--min-score`, which only the finished
//! graph applies. The ids come first and sorted so that the duplicate check is a k-way merge of the
//! partials' id lists, read as they stream by: it is exact and holds one id per partial in memory, however many
//! millions of documents the shards counted. The rest of each partial is then read one record at a time, one
//! partial after the other, so a merge holds the merged counts (the graph), a read buffer per partial, and
//! nothing else.

use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap};
use std::io::{self, BufRead, Write};

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::accumulate::{Dates, EntityTotal, PairTotal};
use super::{Accumulator, DocumentInfo, EdgeKind, GazetteerMeta, Settings};
use crate::extract::found::Found;
use crate::gazetteer::Gazetteer;
use read::Reader;

/// The name `build --partial` gives a partial in its output folder.
pub const FILE_NAME: &str = "partial.jsonl";
/// The format version this build writes and reads; a partial of another cannot be merged by it.
pub const FORMAT_VERSION: u32 = 4;
const FORMAT: &str = "gazegraph-partial";
const TOOL: &str = "gazegraph";
const VERSION: &str = env!("CARGO_PKG_VERSION");
/// A first line longer than this is no header: a large file that is not a partial is not read whole.
const MAX_HEADER_BYTES: u64 = 1 << 20;

/// A partial cannot be merged, or the merge cannot be written.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no partials to merge")]
    NoInputs,
    #[error("{label}: {source}")]
    Read { label: String, source: io::Error },
    #[error("{label}: not a gazegraph partial (`gazegraph build --partial` writes one, {FILE_NAME})")]
    NotPartial { label: String },
    #[error(
        "{label}: partial format {found} is newer than this gazegraph reads ({FORMAT_VERSION}); merge with the \
         gazegraph that wrote it"
    )]
    NewerFormat { label: String, found: u32 },
    #[error(
        "{label}: partial format {found} is older than this gazegraph reads ({FORMAT_VERSION}): it lacks what a \
         merge needs now (outlets and reprints since format 2, a digest of its content since format 3, the entities \
         found in the text since format 4); build the \
         shard again"
    )]
    OlderFormat { label: String, found: u32 },
    #[error("{label}, line {line}: damaged partial: {what}")]
    Damaged { label: String, line: u64, what: String },
    #[error(
        "{second} was made by gazegraph {second_version} and {first} by gazegraph {first_version}: the shards of one \
         graph must be built by one version"
    )]
    Versions {
        first: String,
        first_version: String,
        second: String,
        second_version: String,
    },
    #[error(
        "{label} was made by {found}, and this is gazegraph {VERSION}: merge with the version that built the \
         shards, so that the graph is the one it would have built"
    )]
    Version { label: String, found: String },
    #[error(
        "{second} was counted with {setting} {second_value} and {first} with {setting} {first_value}: the shards \
         of one graph must be built with the same --window, --evidence, --min-weight, --min-score, --roll-up and \
         --reprints"
    )]
    Settings {
        first: String,
        second: String,
        setting: &'static str,
        first_value: String,
        second_value: String,
    },
    #[error(
        "{label} was built with another gazetteer (sha256 {found}) than the one given (sha256 {expected}): merge \
         with the gazetteer the shards were built with"
    )]
    Gazetteer {
        label: String,
        found: String,
        expected: String,
    },
    #[error(
        "document id `{id}` was counted by both {first} and {second}: one run would have renamed the second \
         `{id}~2`, which a merge cannot do; give each document one shard, and documents of different shards \
         different ids"
    )]
    Duplicate { id: String, first: String, second: String },
    #[error("cannot write the merged partial: {0}")]
    Write(io::Error),
}

/// A partial to merge: its bytes, and what to call it in messages (its path).
pub struct Input<R> {
    pub label: String,
    pub reader: R,
}

#[derive(Clone, Serialize, Deserialize)]
struct Header {
    format: String,
    format_version: u32,
    tool: String,
    version: String,
    settings: Settings,
    gazetteer: GazetteerMeta,
    documents: u64,
    windows: u64,
    mentions: u64,
    #[serde(default, skip_serializing_if = "Dates::is_empty")]
    dates: Dates,
    /// Documents found to be reprints.
    #[serde(default, skip_serializing_if = "is_zero")]
    reprint_documents: u64,
    /// Documents that named no outlet.
    #[serde(default, skip_serializing_if = "is_zero")]
    documents_without_outlet: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl Header {
    fn of(accumulator: &Accumulator, gazetteer: &Gazetteer) -> Header {
        Header {
            format: FORMAT.to_string(),
            format_version: FORMAT_VERSION,
            tool: TOOL.to_string(),
            version: VERSION.to_string(),
            settings: accumulator.settings.clone(),
            gazetteer: GazetteerMeta::of(gazetteer),
            documents: accumulator.documents,
            windows: accumulator.windows,
            mentions: accumulator.mentions,
            dates: accumulator.dates.clone(),
            reprint_documents: accumulator.reprints,
            documents_without_outlet: accumulator.without_outlet,
        }
    }
}

/// Just enough of a header to tell a partial of another format version from something else.
#[derive(Deserialize)]
struct Probe {
    format: String,
    format_version: u32,
}

#[derive(Serialize, Deserialize)]
struct Section {
    section: String,
    count: u64,
}

/// The last line: the digest of every byte before it.
#[derive(Serialize, Deserialize)]
struct End {
    section: String,
    sha256: String,
}

/// Writes what `accumulator` counted as a partial; `ids` are the ids of the documents the run gave out (every
/// one, renamed ones under their new id), in any order.
pub fn write(
    accumulator: &Accumulator,
    mut ids: Vec<String>,
    gazetteer: &Gazetteer,
    out: &mut dyn Write,
) -> io::Result<()> {
    ids.sort_unstable();
    ids.dedup();
    let out = &mut verify::Digesting::new(out);
    write_head(accumulator, gazetteer, ids.len() as u64, out)?;
    for id in &ids {
        line(out, id)?;
    }
    write_body(accumulator, gazetteer, out)?;
    write_end(out)
}

/// Merges partials, checking that they can be: see [`Error`] for what is refused.
pub fn merge<R: BufRead>(inputs: Vec<Input<R>>, gazetteer: &Gazetteer) -> Result<Accumulator, Error> {
    merge_to(inputs, gazetteer, None)
}

/// Merges partials into a partial (to merge many shards in stages), and returns the counts too.
pub fn merge_into<R: BufRead>(
    inputs: Vec<Input<R>>,
    gazetteer: &Gazetteer,
    out: &mut dyn Write,
) -> Result<Accumulator, Error> {
    merge_to(inputs, gazetteer, Some(out))
}

fn merge_to<R: BufRead>(
    inputs: Vec<Input<R>>,
    gazetteer: &Gazetteer,
    out: Option<&mut dyn Write>,
) -> Result<Accumulator, Error> {
    let mut out = out.map(verify::Digesting::new);
    let mut headers = Vec::with_capacity(inputs.len());
    let mut readers = Vec::with_capacity(inputs.len());
    let mut first: Option<(String, Header)> = None;
    let mut accumulator: Option<Accumulator> = None;
    let mut ids = 0u64;
    for input in inputs {
        let mut reader = Reader::new(input);
        let header = reader.header()?;
        check(&reader.label, &header, first.as_ref(), gazetteer)?;
        verify::header(&header).map_err(|what| reader.damaged(what))?;
        let count = reader.section("ids")?;
        if count != header.documents {
            return Err(reader.damaged(format!(
                "{count} document ids for the header's {} documents",
                header.documents
            )));
        }
        ids = ids.saturating_add(count);
        let sum =
            accumulator.get_or_insert_with(|| Accumulator::new(gazetteer.entity_space(), header.settings.clone()));
        sum.add_totals(header.documents, header.windows, header.mentions, &header.dates);
        sum.add_outlet_totals(header.reprint_documents, header.documents_without_outlet);
        if first.is_none() {
            first = Some((reader.label.clone(), header.clone()));
        }
        headers.push(header);
        readers.push((reader, count));
    }
    let mut accumulator = accumulator.ok_or(Error::NoInputs)?;
    if let Some(out) = out.as_mut() {
        write_head(&accumulator, gazetteer, ids, out).map_err(Error::Write)?;
    }
    merge_ids(&mut readers, |id| match out.as_mut() {
        Some(out) => line(out, id).map_err(Error::Write),
        None => Ok(()),
    })?;
    for ((mut reader, _), header) in readers.into_iter().zip(headers) {
        reader.body(&mut accumulator, gazetteer, &header)?;
    }
    if let Some(out) = out.as_mut() {
        write_body(&accumulator, gazetteer, out).map_err(Error::Write)?;
        write_end(out).map_err(Error::Write)?;
    }
    Ok(accumulator)
}

/// Refuses a partial that was counted otherwise than the first one, or than this gazegraph and this gazetteer
/// would count it.
fn check(label: &str, header: &Header, first: Option<&(String, Header)>, gazetteer: &Gazetteer) -> Result<(), Error> {
    if let Some((first_label, first)) = first {
        if (&header.tool, &header.version) != (&first.tool, &first.version) {
            return Err(Error::Versions {
                first: first_label.clone(),
                first_version: first.version.clone(),
                second: label.to_string(),
                second_version: header.version.clone(),
            });
        }
        if let Some((setting, first_value, second_value)) = difference(&first.settings, &header.settings) {
            return Err(Error::Settings {
                first: first_label.clone(),
                second: label.to_string(),
                setting,
                first_value,
                second_value,
            });
        }
    }
    if header.tool != TOOL || header.version != VERSION {
        return Err(Error::Version {
            label: label.to_string(),
            found: format!("{} {}", header.tool, header.version),
        });
    }
    if header.gazetteer.sha256 != gazetteer.sha256() {
        return Err(Error::Gazetteer {
            label: label.to_string(),
            found: header.gazetteer.sha256.clone(),
            expected: gazetteer.sha256().to_string(),
        });
    }
    Ok(())
}

/// The first setting in which two partials differ: its name and both values.
fn difference(a: &Settings, b: &Settings) -> Option<(&'static str, String, String)> {
    let show = |s: &Settings| {
        [
            ("window", s.window.name().to_string()),
            ("evidence cap", s.evidence_cap.to_string()),
            ("min weight", s.min_weight.to_string()),
            (
                "min score",
                s.min_score.map_or_else(|| "none".to_string(), |m| m.to_string()),
            ),
            ("roll-up", s.roll_up.name().to_string()),
            ("reprints", s.reprints.name().to_string()),
        ]
    };
    show(a)
        .into_iter()
        .zip(show(b))
        .find(|(x, y)| x.1 != y.1)
        .map(|((name, x), (_, y))| (name, x, y))
}

/// Reads every partial's ids in one sorted stream, failing on an id two partials share; `each` sees every id
/// once, in order. Each partial's ids are sorted, so a heap of one id per partial is all it holds.
fn merge_ids<R: BufRead>(
    readers: &mut [(Reader<R>, u64)],
    mut each: impl FnMut(&str) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut heap = BinaryHeap::with_capacity(readers.len());
    for (i, (reader, left)) in readers.iter_mut().enumerate() {
        if let Some(id) = reader.next_id(left)? {
            heap.push(Reverse((id, i)));
        }
    }
    let mut last: Option<(String, usize)> = None;
    while let Some(Reverse((id, i))) = heap.pop() {
        if let Some((previous, j)) = &last
            && *previous == id
        {
            return Err(Error::Duplicate {
                id,
                first: readers[*j].0.label.clone(),
                second: readers[i].0.label.clone(),
            });
        }
        each(&id)?;
        let (reader, left) = &mut readers[i];
        if let Some(next) = reader.next_id(left)? {
            if next <= id {
                return Err(reader.damaged(format!("document ids out of order: `{next}` after `{id}`")));
            }
            heap.push(Reverse((next, i)));
        }
        last = Some((id, i));
    }
    Ok(())
}

/// Writes the header and the start of the ids section.
fn write_head(accumulator: &Accumulator, gazetteer: &Gazetteer, ids: u64, out: &mut dyn Write) -> io::Result<()> {
    line(out, &Header::of(accumulator, gazetteer))?;
    section(out, "ids", ids)
}

/// Writes the outlets, entities, pairs and cited documents, each sorted, so that a partial's bytes depend only
/// on what was counted.
fn write_body(accumulator: &Accumulator, gazetteer: &Gazetteer, out: &mut dyn Write) -> io::Result<()> {
    // Outlets by name: the numbers written are places in this list, not the order the build met them in.
    let mut names = accumulator.outlets.clone();
    let place = names.sort();
    let known = names.len();
    section(out, "outlets", u64::from(known))?;
    for name in names.names() {
        line(out, name)?;
    }
    let in_place = place.iter().enumerate().all(|(i, &p)| i as u32 == p);
    let place = (!in_place).then_some((place.as_slice(), known));
    // The entities found in the text, by id: a merge numbers them anew.
    let mut found: Vec<&Found> = (0..accumulator.entities.len())
        .filter(|&i| accumulator.entities[i].named())
        .filter_map(|i| accumulator.found.get(i))
        .collect();
    found.sort_unstable_by(|a, b| a.id.cmp(&b.id));
    section(out, "found", found.len() as u64)?;
    for f in found {
        line(out, &(&f.id, &f.name, f.kind.type_name()))?;
    }
    let ids: FxHashMap<u32, Cow<'_, str>> = (0..accumulator.entities.len())
        .filter(|&i| accumulator.entities[i].named())
        .map(|i| (i as u32, accumulator.found.id_of(gazetteer, i)))
        .collect();
    let id = |i: u32| ids[&i].as_ref();
    let mut mentioned: Vec<(&str, &EntityTotal)> = ids
        .iter()
        .map(|(&i, id)| (id.as_ref(), &accumulator.entities[i as usize]))
        .collect();
    mentioned.sort_unstable_by_key(|&(id, _)| id);
    section(out, "entities", mentioned.len() as u64)?;
    for &(id, total) in &mentioned {
        match place.filter(|_| !total.outlets.is_empty()) {
            None => line(out, &(id, total))?,
            Some((place, known)) => {
                let outlets = total.outlets.renumbered(place, known);
                line(
                    out,
                    &(
                        id,
                        &EntityTotal {
                            outlets,
                            ..total.clone()
                        },
                    ),
                )?
            }
        }
    }
    let mut pairs: Vec<(&str, &str, &PairTotal)> = accumulator
        .pairs
        .iter()
        .map(|(&(a, b), total)| {
            let (a, b) = (id(a), id(b));
            if a < b { (a, b, total) } else { (b, a, total) }
        })
        .collect();
    pairs.sort_unstable_by_key(|&(a, b, _)| (a, b));
    section(out, "pairs", pairs.len() as u64)?;
    for &(a, b, total) in &pairs {
        line(out, &(a, b, placed(total, place)))?;
    }
    // Typed relations by (source, target, kind); one without direction has its ends in id order.
    let mut relations: Vec<(&str, &str, EdgeKind, &PairTotal)> = accumulator
        .relations
        .iter()
        .map(|(&(a, b, kind), total)| {
            let (a, b) = (id(a), id(b));
            if kind.has_direction() || a < b {
                (a, b, kind, total)
            } else {
                (b, a, kind, total)
            }
        })
        .collect();
    relations.sort_unstable_by_key(|&(a, b, kind, _)| (a, b, kind));
    section(out, "relations", relations.len() as u64)?;
    for &(a, b, kind, total) in &relations {
        line(out, &(a, b, kind, placed(total, place)))?;
    }
    let cited: BTreeSet<&str> = pairs
        .iter()
        .map(|(_, _, total)| *total)
        .chain(relations.iter().map(|(_, _, _, total)| *total))
        .flat_map(|total| total.evidence.iter().map(|e| e.document.as_str()))
        .collect();
    let infos: Vec<&DocumentInfo> = cited.into_iter().filter_map(|d| accumulator.infos.get(d)).collect();
    section(out, "documents", infos.len() as u64)?;
    for info in infos {
        line(out, info)?;
    }
    Ok(())
}

/// A pair's or relation's total with its outlets renumbered by `place` (a copy, made one at a time).
fn placed<'a>(total: &'a PairTotal, place: Option<(&[u32], u32)>) -> Cow<'a, PairTotal> {
    match place.filter(|_| !total.outlets.is_empty()) {
        None => Cow::Borrowed(total),
        Some((place, known)) => Cow::Owned(PairTotal {
            outlets: total.outlets.renumbered(place, known),
            evidence: total.evidence.clone(),
            dates: total.dates.clone(),
            ..*total
        }),
    }
}

/// Writes the digest of everything written before it.
fn write_end(out: &mut verify::Digesting<'_>) -> io::Result<()> {
    let end = End {
        section: "end".to_string(),
        sha256: out.hex(),
    };
    line(out, &end)
}

fn section(out: &mut dyn Write, name: &str, count: u64) -> io::Result<()> {
    line(
        out,
        &Section {
            section: name.to_string(),
            count,
        },
    )
}

/// One record: compact JSON, which escapes every newline, so a record is one line.
fn line(out: &mut dyn Write, record: &(impl Serialize + ?Sized)) -> io::Result<()> {
    serde_json::to_writer(&mut *out, record)?;
    out.write_all(b"\n")
}

mod read;
#[cfg(test)]
mod tests;
mod verify;
