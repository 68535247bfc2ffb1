//! CSV tables: the node and edge lists in Gephi's spreadsheet import convention, and the mention table.
//!
//! Gephi reads `nodes.csv` (`Id`, `Label`, then attributes) and `edges.csv` (`Id`, `Source`, `Target`, `Type`,
//! `Weight`, then attributes). Every edge has its own `Id` (Gephi silently drops edges with duplicate ids), its
//! `Type` is `Undirected`, and numbers are written with a dot, whatever the locale.
//!
//! # Formulas
//!
//! Excel and LibreOffice run a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return before
//! one) as a formula, and a gazetteer row or an article sentence can start so: `=HYPERLINK(…)` in a name, a
//! dialogue dash at the start of a sentence. So every text cell (ids, labels, types, dates, the gazetteer's
//! extra columns and their names, evidence, surfaces, document ids) whose text, after any apostrophes, starts
//! with one of `= + - @`, tab or carriage return is written with one more `'` in front, which spreadsheets show
//! as text. The data stays recoverable: strip one leading `'` from a cell that, after its apostrophes, starts
//! with one of those characters ([`unescape_cell`]); no other cell is touched (`'s-Hertogenbosch` stays as it
//! is). Numbers we write (counts, weights, a negative NPMI) are never prefixed.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::io::Write;

use petgraph::visit::EdgeRef;

use crate::extract::Extraction;
use crate::gazetteer::Gazetteer;
use crate::graph::Graph;

/// Writes `nodes.csv`: `Id,Label,Type,Mentions,Documents,Windows`, `Outlets` when some document names its
/// outlet, `FirstDate,LastDate` and the gazetteer's extra columns, in name order.
pub fn write_nodes(graph: &Graph, out: &mut dyn Write) -> csv::Result<()> {
    let nodes: Vec<_> = graph.graph.node_weights().collect();
    let extra: BTreeSet<&String> = nodes.iter().flat_map(|n| n.attributes.keys()).collect();
    let outlets = graph.meta.outlets.is_some();
    let mut csv = csv::Writer::from_writer(out);
    let mut header = vec!["Id", "Label", "Type", "Mentions", "Documents", "Windows"];
    if outlets {
        header.push("Outlets");
    }
    header.extend(["FirstDate", "LastDate"]);
    let extra_header: Vec<Cow<str>> = extra.iter().map(|s| cell(s)).collect();
    header.extend(extra_header.iter().map(|s| s.as_ref()));
    csv.write_record(&header)?;
    for node in nodes {
        let mut row = vec![
            cell(&node.id),
            cell(&node.label),
            cell(&node.kind),
            node.mentions.to_string().into(),
            node.documents.to_string().into(),
            node.windows.to_string().into(),
        ];
        if outlets {
            row.push(node.outlets.unwrap_or(0).to_string().into());
        }
        row.extend([
            cell(node.first_date.as_deref().unwrap_or("")),
            cell(node.last_date.as_deref().unwrap_or("")),
        ]);
        row.extend(
            extra
                .iter()
                .map(|k| cell(node.attributes.get(*k).map_or("", String::as_str))),
        );
        csv.write_record(row.iter().map(|c| c.as_bytes()))?;
    }
    csv.flush()?;
    Ok(())
}

/// Writes `edges.csv`: `Id,Source,Target,Type,Kind,Origin,Weight,Documents`, `Outlets` when some document names
/// its outlet, `Reprints` when some document was a reprint, `NPMI,FirstDate,LastDate,Evidence`, where `Kind` is
/// `cooccurrence` (an undirected edge) or a relation such as `made_by`/`owned_by` (directed; Gephi keeps
/// parallel edges of different kinds apart) and `Evidence` is the first passage (all are in `graph.json`).
pub fn write_edges(graph: &Graph, out: &mut dyn Write) -> csv::Result<()> {
    let g = &graph.graph;
    let (outlets, reprints) = (graph.meta.outlets.is_some(), graph.meta.reprint_documents > 0);
    let mut csv = csv::Writer::from_writer(out);
    let mut header = vec![
        "Id",
        "Source",
        "Target",
        "Type",
        "Kind",
        "Origin",
        "Weight",
        "Documents",
    ];
    if outlets {
        header.push("Outlets");
    }
    if reprints {
        header.push("Reprints");
    }
    header.extend(["NPMI", "FirstDate", "LastDate", "Evidence"]);
    csv.write_record(&header)?;
    for (i, e) in g.edge_references().enumerate() {
        let edge = e.weight();
        let mut row: Vec<Cow<str>> = vec![
            i.to_string().into(),
            cell(&g[e.source()].id),
            cell(&g[e.target()].id),
            if edge.directed { "Directed" } else { "Undirected" }.into(),
            edge.kind.name().into(),
            edge.origin.name().into(),
            edge.weight.to_string().into(),
            edge.documents.to_string().into(),
        ];
        if outlets {
            row.push(edge.outlets.map_or_else(String::new, |n| n.to_string()).into());
        }
        if reprints {
            row.push(edge.reprints.to_string().into());
        }
        row.extend([
            edge.npmi.map_or_else(String::new, |s| s.to_string()).into(),
            cell(edge.first_date.as_deref().unwrap_or("")),
            cell(edge.last_date.as_deref().unwrap_or("")),
            cell(edge.evidence.first().map_or("", |e| e.text.as_str())),
        ]);
        csv.write_record(row.iter().map(|c| c.as_bytes()))?;
    }
    csv.flush()?;
    Ok(())
}

/// The header of `mentions.csv`.
pub const MENTIONS_HEADER: &[u8] = b"document,paragraph,sentence,start,end,surface,entity,type\n";

/// Writes `mentions.csv` rows. A build writes one row per mention, millions for a large corpus, so the rows
/// are put together by hand: the entity's columns, which repeat on every row, are escaped once per entity.
pub struct MentionTable<'g> {
    /// Per listed entity: `,id,type` and the line break, escaped. What rules build (rarer, and too many to
    /// prepare) is escaped when it is met.
    tails: Vec<Vec<u8>>,
    gazetteer: &'g Gazetteer,
}

impl<'g> MentionTable<'g> {
    pub fn new(gazetteer: &'g Gazetteer) -> MentionTable<'g> {
        let tails = (0..gazetteer.len()).map(|i| tail(gazetteer, i)).collect();
        MentionTable { tails, gazetteer }
    }

    /// Appends to `out` the rows of one document (or one segment of it: offsets count from the document's
    /// start), with byte spans into the document's decoded text.
    pub fn rows(&self, document: &str, text: &str, extraction: &Extraction, out: &mut Vec<u8>) {
        let mut head = Vec::with_capacity(document.len() + 3);
        push_field(&mut head, &cell(document));
        head.push(b',');
        let base = extraction.base.bytes;
        let mut number = itoa::Buffer::new();
        for m in &extraction.mentions {
            out.extend_from_slice(&head);
            for n in [m.paragraph as usize, m.sentence as usize, base + m.start, base + m.end] {
                out.extend_from_slice(number.format(n).as_bytes());
                out.push(b',');
            }
            push_field(out, &cell(&text[m.start..m.end]));
            match (self.tails.get(m.entity as usize), extraction.found(m.entity)) {
                (Some(tail), _) => out.extend_from_slice(tail),
                (None, Some(found)) => out.extend_from_slice(&found_tail(found)),
                (None, None) => out.extend_from_slice(&tail(self.gazetteer, m.entity as usize)),
            }
        }
    }
}

/// `,id,type` of an entity and the line break, escaped.
fn tail(gazetteer: &Gazetteer, entity: usize) -> Vec<u8> {
    let mut tail = vec![b','];
    push_field(&mut tail, &cell(&gazetteer.id_of(entity)));
    tail.push(b',');
    push_field(&mut tail, &cell(gazetteer.kind_of(entity)));
    tail.push(b'\n');
    tail
}

/// `,id,type` of an entity found in the text and the line break, escaped.
fn found_tail(found: &crate::extract::found::Found) -> Vec<u8> {
    let mut tail = vec![b','];
    push_field(&mut tail, &cell(&found.id));
    tail.push(b',');
    push_field(&mut tail, found.kind.type_name());
    tail.push(b'\n');
    tail
}

/// A CSV field as RFC 4180 (and the csv crate) writes it: in quotes, with quotes doubled, when it holds a comma,
/// a quote or a line break.
fn push_field(out: &mut Vec<u8>, field: &str) {
    if !field.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r')) {
        out.extend_from_slice(field.as_bytes());
        return;
    }
    out.push(b'"');
    for b in field.bytes() {
        if b == b'"' {
            out.push(b'"');
        }
        out.push(b);
    }
    out.push(b'"');
}

/// Whether a spreadsheet could read the text as a formula, ignoring the apostrophes [`cell`] may have added.
fn formula_like(text: &str) -> bool {
    text.trim_start_matches('\'')
        .starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A text cell as written: with one more leading `'` when a spreadsheet could take it for a formula.
pub fn cell(text: &str) -> Cow<'_, str> {
    if formula_like(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The text of a cell written by [`cell`].
pub fn unescape_cell(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if formula_like(cell) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_get_an_apostrophe_that_comes_off_again() {
        for (text, written) in [
            ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
            ("+1 Party", "'+1 Party"),
            ("- Evilcorp said", "'- Evilcorp said"),
            ("@rocket", "'@rocket"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("'=1", "''=1"),
            ("'s-Hertogenbosch", "'s-Hertogenbosch"),
            ("Amazon", "Amazon"),
            ("", ""),
            ("a=b", "a=b"),
        ] {
            assert_eq!(cell(text), written, "{text:?}");
            assert_eq!(unescape_cell(written), text, "{written:?}");
        }
    }
}
