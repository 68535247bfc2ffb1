//! What a partial must be to be merged, beyond its shape: what every build guarantees of its counts, and a
//! digest of its bytes.
//!
//! A partial is a file that sits on shared storage between a build and a merge, where it can be damaged, or
//! edited by hand. Its numbers go straight into the graph (an edited `windows` of 2^64 - 1 gave an edge of that
//! weight and NPMI 1.0), so a merge checks each record against what a real build writes, and the digest at the
//! end against the bytes before it, and refuses the partial naming the line. The digest guards against damage
//! and careless edits, not against somebody who recomputes it: it is a SHA-256 of the content, not a signature.

use sha2::{Digest, Sha256};

use super::Header;
use crate::graph::accumulate::{Dates, EntityTotal, PairTotal};

/// A writer that also hashes what passes through it, for the digest at the end of a partial.
pub struct Digesting<'a> {
    out: &'a mut dyn std::io::Write,
    hasher: Sha256,
}

impl<'a> Digesting<'a> {
    pub fn new(out: &'a mut dyn std::io::Write) -> Digesting<'a> {
        Digesting {
            out,
            hasher: Sha256::new(),
        }
    }

    /// The digest of everything written so far, in hexadecimal.
    pub fn hex(&self) -> String {
        hex(self.hasher.clone())
    }
}

impl std::io::Write for Digesting<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

pub fn hex(hasher: Sha256) -> String {
    hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// A header's totals and dates.
pub fn header(header: &Header) -> Result<(), String> {
    if header.documents == 0 {
        return Err("the header counts no documents, and no build writes a partial of none".into());
    }
    if header.reprint_documents > header.documents || header.documents_without_outlet > header.documents {
        return Err("the header counts more reprints, or documents without an outlet, than documents".into());
    }
    dates(&header.dates, "the run")
}

/// An entity's counts, against the run's totals: a window holding a mention of it, a document holding such a
/// window.
pub fn entity(id: &str, total: &EntityTotal, run: &Header) -> Result<(), String> {
    let EntityTotal {
        mentions,
        documents,
        windows,
        dates: seen,
        reprints,
        ..
    } = total;
    // A document counts, or is a reprint of one that does (its counts then only `reprints`).
    let only_reprints = *documents == 0 && *windows == 0 && *mentions == 0 && *reprints > 0;
    if !only_reprints && (*documents == 0 || documents > windows || windows > mentions) {
        return Err(format!(
            "entity `{id}` has {mentions} mentions in {windows} windows of {documents} documents; a build counts \
             at least one document (or reprint), no more documents than windows and no more windows than mentions"
        ));
    }
    if *documents > run.documents
        || *windows > run.windows
        || *mentions > run.mentions
        || *reprints > run.reprint_documents
    {
        return Err(format!(
            "entity `{id}` is counted more often than the header's totals allow"
        ));
    }
    dates(seen, &format!("entity `{id}`"))?;
    within(seen, &run.dates, &format!("entity `{id}`"), "the run's")
}

/// A pair's counts, against its two entities': a window holding both holds each.
pub fn pair(a: (&str, &EntityTotal), b: (&str, &EntityTotal), total: &PairTotal, cap: usize) -> Result<(), String> {
    shared(&format!("pair `{}`–`{}`", a.0, b.0), a, b, total, cap, |e| {
        (e.windows, "windows")
    })
}

/// A typed relation's counts, against its two entities': it is counted per sentence whatever the window, so
/// its sentences are bounded by each entity's mentions (a sentence stating it mentions both), not windows.
pub fn relation(
    a: (&str, &EntityTotal),
    b: (&str, &EntityTotal),
    kind: &str,
    total: &PairTotal,
    cap: usize,
) -> Result<(), String> {
    let name = format!("relation `{}`–`{}` ({kind})", a.0, b.0);
    shared(&name, a, b, total, cap, |e| (e.mentions, "mentions"))
}

/// What a pair and a relation share: at least one window, in no more documents than windows nor than either
/// entity has, dated within both, with evidence in order and within the cap; `bound` is the entity's count
/// that the windows may not exceed.
fn shared(
    name: &str,
    a: (&str, &EntityTotal),
    b: (&str, &EntityTotal),
    total: &PairTotal,
    cap: usize,
    bound: impl Fn(&EntityTotal) -> (u64, &'static str),
) -> Result<(), String> {
    // A window counts, or is in a reprint of a document that counts (its counts then only `reprints`).
    let only_reprints = total.documents == 0 && total.windows == 0 && total.reprints > 0;
    if !only_reprints && (total.documents == 0 || total.documents > total.windows) {
        return Err(format!(
            "{name} has {} windows in {} documents; a build counts at least one, and no more documents than \
             windows",
            total.windows, total.documents
        ));
    }
    for (id, entity) in [a, b] {
        let (most, what) = bound(entity);
        if total.windows > most || total.documents > entity.documents || total.reprints > entity.reprints {
            return Err(format!(
                "{name} has {} windows of {} documents, more than `{id}` has ({most} {what} of {} documents)",
                total.windows, total.documents, entity.documents
            ));
        }
        within(&total.dates, &entity.dates, name, &format!("`{id}`'s"))?;
    }
    dates(&total.dates, name)?;
    // Reprints may add passages of their own (a sentence the original does not have), so the cap is the bound.
    if total.evidence.len() > cap {
        return Err(format!(
            "{name} has {} evidence passages, more than the evidence cap ({cap})",
            total.evidence.len()
        ));
    }
    if total.evidence.windows(2).any(|w| w[0] >= w[1]) {
        return Err(format!("{name}: evidence out of order (by document, then sentence)"));
    }
    Ok(())
}

/// First and last dates: both or neither, each a calendar date a build writes (`2018`, `2018-11`,
/// `2018-11-05`), the first not after the last.
pub fn dates(dates: &Dates, what: &str) -> Result<(), String> {
    match (&dates.first, &dates.last) {
        (None, None) => Ok(()),
        (Some(first), Some(last)) => {
            for date in [first, last] {
                date_is_valid(date, what)?;
            }
            if first > last {
                return Err(format!("{what}: first date {first} after the last, {last}"));
            }
            Ok(())
        }
        _ => Err(format!(
            "{what}: a first date without a last, or a last without a first"
        )),
    }
}

pub fn date_is_valid(date: &str, what: &str) -> Result<(), String> {
    if crate::text::normalize_date(date).as_deref() != Some(date) {
        return Err(format!(
            "{what}: `{}` is no date a build writes",
            crate::show::Escaped(date)
        ));
    }
    Ok(())
}

/// Dates seen of a part lie within those of the whole.
fn within(part: &Dates, whole: &Dates, what: &str, whose: &str) -> Result<(), String> {
    let (Some(first), Some(last)) = (&part.first, &part.last) else {
        return Ok(());
    };
    match (&whole.first, &whole.last) {
        (Some(a), Some(b)) if a <= first && last <= b => Ok(()),
        _ => Err(format!("{what}: dates {first} to {last} outside {whose}")),
    }
}
