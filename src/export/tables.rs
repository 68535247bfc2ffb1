//! CSV tables: the node and edge lists in Gephi's spreadsheet import convention, and the mention table.
//!
//! Gephi reads `nodes.csv` (`Id`, `Label`, then attributes) and `edges.csv` (`Id`, `Source`, `Target`, `Type`,
//! `Weight`, then attributes). Every edge has its own `Id` (Gephi silently drops edges with duplicate ids), its
//! `Type` is `Undirected`, and numbers are written with a dot, whatever the locale.

use std::collections::BTreeSet;
use std::io::Write;

use petgraph::visit::EdgeRef;

use crate::extract::Extraction;
use crate::gazetteer::Gazetteer;
use crate::graph::Graph;

/// Writes `nodes.csv`: `Id,Label,Type,Mentions,Documents,Windows,FirstDate,LastDate` and the gazetteer's extra
/// columns, in name order.
pub fn write_nodes(graph: &Graph, out: &mut dyn Write) -> csv::Result<()> {
    let nodes: Vec<_> = graph.graph.node_weights().collect();
    let extra: BTreeSet<&String> = nodes.iter().flat_map(|n| n.attributes.keys()).collect();
    let mut csv = csv::Writer::from_writer(out);
    let mut header = vec![
        "Id",
        "Label",
        "Type",
        "Mentions",
        "Documents",
        "Windows",
        "FirstDate",
        "LastDate",
    ];
    header.extend(extra.iter().map(|s| s.as_str()));
    csv.write_record(&header)?;
    for node in nodes {
        let mut row = vec![
            node.id.clone(),
            node.label.clone(),
            node.kind.clone(),
            node.mentions.to_string(),
            node.documents.to_string(),
            node.windows.to_string(),
            node.first_date.clone().unwrap_or_default(),
            node.last_date.clone().unwrap_or_default(),
        ];
        row.extend(
            extra
                .iter()
                .map(|k| node.attributes.get(*k).cloned().unwrap_or_default()),
        );
        csv.write_record(&row)?;
    }
    csv.flush()?;
    Ok(())
}

/// Writes `edges.csv`: `Id,Source,Target,Type,Kind,Weight,Documents,NPMI,FirstDate,LastDate,Evidence`, where
/// `Kind` is `cooccurrence` (an undirected edge) or `made_by`/`owned_by` (directed, from the gazetteer; Gephi
/// keeps parallel edges of different kinds apart) and `Evidence` is the first passage (all are in
/// `graph.json`).
pub fn write_edges(graph: &Graph, out: &mut dyn Write) -> csv::Result<()> {
    let g = &graph.graph;
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record([
        "Id",
        "Source",
        "Target",
        "Type",
        "Kind",
        "Weight",
        "Documents",
        "NPMI",
        "FirstDate",
        "LastDate",
        "Evidence",
    ])?;
    for (i, e) in g.edge_references().enumerate() {
        let edge = e.weight();
        csv.write_record([
            i.to_string().as_str(),
            &g[e.source()].id,
            &g[e.target()].id,
            if edge.kind.is_directed() {
                "Directed"
            } else {
                "Undirected"
            },
            edge.kind.name(),
            &edge.weight.to_string(),
            &edge.documents.to_string(),
            &edge.npmi.map_or_else(String::new, |s| s.to_string()),
            edge.first_date.as_deref().unwrap_or(""),
            edge.last_date.as_deref().unwrap_or(""),
            edge.evidence.first().map_or("", |e| e.text.as_str()),
        ])?;
    }
    csv.flush()?;
    Ok(())
}

/// The header of `mentions.csv`.
pub const MENTIONS_HEADER: &[u8] = b"document,paragraph,sentence,start,end,surface,entity,type\n";

/// Appends to `out` the `mentions.csv` rows of one document (or one segment of it: offsets count from the
/// document's start), with byte spans into the document's decoded text.
pub fn mention_rows(document: &str, text: &str, extraction: &Extraction, gazetteer: &Gazetteer, out: &mut Vec<u8>) {
    let entities = gazetteer.entities();
    let base = extraction.base.bytes;
    let mut csv = csv::WriterBuilder::new().buffer_capacity(8192).from_writer(out);
    let mut number = itoa::Buffer::new();
    for m in &extraction.mentions {
        let entity = &entities[m.entity as usize];
        let write = |csv: &mut csv::Writer<&mut Vec<u8>>, field: &[u8]| {
            csv.write_field(field).expect("writing to memory cannot fail")
        };
        write(&mut csv, document.as_bytes());
        write(&mut csv, number.format(m.paragraph).as_bytes());
        write(&mut csv, number.format(m.sentence).as_bytes());
        write(&mut csv, number.format(base + m.start).as_bytes());
        write(&mut csv, number.format(base + m.end).as_bytes());
        write(&mut csv, &text.as_bytes()[m.start..m.end]);
        write(&mut csv, entity.id.as_bytes());
        write(&mut csv, entity.kind.as_bytes());
        csv.write_record(None::<&[u8]>).expect("writing to memory cannot fail");
    }
    csv.flush().expect("writing to memory cannot fail");
}
