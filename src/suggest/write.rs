//! Writing candidates: as JSON for scripts, and as gazetteer rows for review.
//!
//! The rows are a gazetteer file as `build --gazetteer` reads it (`id,name,type,aliases` and attribute
//! columns), so that the review is an edit of a CSV: delete the wrong rows, fix names, types and aliases, and
//! add the rest to the gazetteer folder. A `status` column says `unreviewed` on every row, so that rows nobody
//! looked at are easy to find (it becomes a node attribute of whatever is built with them); `seen_in`, `cues`
//! and `example` say why each was suggested. Ids are slugs of the names, made unique against the gazetteer and
//! each other; an alias that another row also claims is left out, so the file always loads beside the
//! gazetteer it was made with.

use std::collections::HashSet;
use std::io::Write;

use serde::Serialize;

use super::Candidate;
use super::rank::key;
use crate::gazetteer::{Gazetteer, slug};

/// The value of every row's `status` column.
pub const UNREVIEWED: &str = "unreviewed";

#[derive(Serialize)]
struct Json<'a> {
    candidates: Vec<JsonCandidate<'a>>,
}

#[derive(Serialize)]
struct JsonCandidate<'a> {
    name: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    documents: usize,
    mentions: usize,
    examples: &'a [String],
    aliases: &'a [String],
    cues: Vec<&'static str>,
    doubtful: bool,
    score: f64,
}

/// Writes `{"candidates": [{"name", "type", "documents", "mentions", "examples", "aliases", "cues",
/// "doubtful", "score"}, …]}`, in rank order, with a final newline.
pub fn json(candidates: &[Candidate], mut out: impl Write) -> std::io::Result<()> {
    let value = Json {
        candidates: candidates
            .iter()
            .map(|c| JsonCandidate {
                name: &c.name,
                kind: c.kind.name(),
                documents: c.documents,
                mentions: c.mentions,
                examples: &c.examples,
                aliases: &c.aliases,
                cues: c.cues.iter().map(|c| c.name()).collect(),
                doubtful: c.doubtful,
                score: (c.score * 100.0).round() / 100.0,
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut out, &value)?;
    writeln!(out)
}

/// Writes the candidates as gazetteer rows, in rank order.
pub fn rows(candidates: &[Candidate], gazetteer: &Gazetteer, out: impl Write) -> Result<(), csv::Error> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(["id", "name", "type", "aliases", "status", "seen_in", "cues", "example"])?;
    let mut ids: HashSet<String> = HashSet::new();
    let mut claimed: HashSet<String> = candidates.iter().map(|c| key(&c.name)).collect();
    for candidate in candidates {
        let base = slug(&candidate.name);
        let mut id = base.clone();
        let mut n = 1;
        while gazetteer.index_of(&id).is_some() || ids.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        ids.insert(id.clone());
        let aliases: Vec<&str> = candidate
            .aliases
            .iter()
            .filter(|a| !a.contains('|') && claimed.insert(key(a)))
            .map(String::as_str)
            .collect();
        let seen = format!(
            "{} document{}, {} mention{}",
            candidate.documents,
            if candidate.documents == 1 { "" } else { "s" },
            candidate.mentions,
            if candidate.mentions == 1 { "" } else { "s" }
        );
        let cues: Vec<&str> = candidate
            .cues
            .iter()
            .map(|c| c.name())
            .chain(candidate.doubtful.then_some("doubtful"))
            .collect();
        writer.write_record([
            id.as_str(),
            &candidate.name,
            candidate.kind.name(),
            &aliases.join("|"),
            UNREVIEWED,
            &seen,
            &cues.join("|"),
            candidate.examples.first().map_or("", String::as_str),
        ])?;
    }
    writer.flush()?;
    Ok(())
}
