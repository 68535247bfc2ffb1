//! GEXF 1.3, Gephi's own format: File → Open gives a coloured, sized graph with every attribute, and a timeline
//! when the documents carry dates.
//!
//! What the file holds and why:
//!
//! - Nodes carry `type`, `mentions`, `documents`, `windows`, `outlets` (when some document names its outlet),
//!   `first_date`, `last_date`, `aliases` (joined by
//!   `|`, as in the gazetteer) and the gazetteer's extra columns, typed (`long` for counts) so that Gephi can
//!   rank by them; a `viz:color` by type (the DOT palette) and a `viz:size` by mentions.
//! - Edges carry their `weight` natively (Gephi's layouts and statistics use it) and `kind`, `documents`,
//!   `outlets` and `reprints` (when the corpus has any), `npmi`, the dates and the first evidence passage as
//!   attributes. Every edge has a unique id (edges.csv's
//!   `Id`) and the native GEXF `kind`, so that Gephi keeps an ownership edge and a co-occurrence edge between
//!   the same two entities apart instead of merging them.
//! - A relation with a direction (`supplies`, `owned_by`, …; see [`crate::graph::EdgeKind`]) is a
//!   `type="directed"` edge from its source to its target in an undirected graph: Gephi draws such a mixed
//!   graph with arrows where they belong, which is what a typed relation is for. networkx reads no mixed
//!   graphs ("Directed edge found in undirected graph"): its users read `graph.graphml` or `graph.json`, which
//!   keep every edge undirected with a `directed` attribute. `directed` and `origin` (text, gazetteer, rule)
//!   are attributes here too.
//! - When some document had a date, the graph is `mode="dynamic"` with `timeformat="date"`, and every node and
//!   edge seen in a dated document has one spell (`start`/`end`) from the first day of its earliest date to the
//!   last day of its latest: `2018` is 2018-01-01 to 2018-12-31, `2018-11` is 2018-11-01 to 2018-11-30. The
//!   graph keeps only the first and last date of each element, so an entity mentioned in 2015 and in 2020 is
//!   present in between too. Elements seen only in undated documents have no spell. Without any date the graph
//!   is static.

use std::collections::BTreeSet;
use std::io::Write;

use petgraph::visit::EdgeRef;

use super::style;
use super::xml::Xml;
use crate::graph::Graph;

/// Writes the graph as GEXF 1.3.
pub fn write(graph: &Graph, out: &mut dyn Write) -> std::io::Result<()> {
    let g = &graph.graph;
    let meta = &graph.meta;
    let extra: BTreeSet<&String> = g.node_weights().flat_map(|n| n.attributes.keys()).collect();
    // The gazetteer's columns are numbered: their names may be anything, and GEXF readers name a numbered
    // attribute by its title (graphology, which Gephi Lite reads GEXF with, names any other by its id).
    let extra_ids: Vec<String> = (0..extra.len()).map(|i| i.to_string()).collect();
    let dynamic = g
        .node_weights()
        .any(|n| n.first_date.as_deref().and_then(spell_start).is_some());

    let mut xml = Xml::new(out)?;
    xml.open(
        "gexf",
        &[
            ("xmlns", "http://gexf.net/1.3"),
            ("xmlns:viz", "http://gexf.net/1.3/viz"),
            ("version", "1.3"),
        ],
    )?;
    xml.open("meta", &[])?;
    xml.text("creator", &[], &format!("{} {}", meta.tool, meta.version))?;
    xml.text(
        "description",
        &[],
        &format!(
            "Entities of a gazetteer (sha256 {}) mentioned in the same {} of {} documents; edge weight: windows shared",
            meta.gazetteer.sha256,
            meta.window.name(),
            meta.documents
        ),
    )?;
    xml.close("meta")?;

    let mut graph_attributes = vec![("defaultedgetype", "undirected")];
    let (start, end) = (
        meta.first_date.as_deref().and_then(spell_start),
        meta.last_date.as_deref().and_then(spell_end),
    );
    if dynamic {
        graph_attributes.extend([("mode", "dynamic"), ("timeformat", "date")]);
        if let (Some(start), Some(end)) = (&start, &end) {
            graph_attributes.extend([("start", start.as_str()), ("end", end.as_str())]);
        }
    }
    xml.open("graph", &graph_attributes)?;

    // outlets and reprints are declared where the corpus has them, so that other graphs' files stay as they were
    let declared = |id: &str| match id {
        "outlets" => meta.outlets.is_some(),
        "reprints" => meta.reprint_documents > 0,
        _ => true,
    };
    xml.open("attributes", &[("class", "node")])?;
    for (id, kind) in NODE_ATTRIBUTES.into_iter().filter(|(id, _)| declared(id)) {
        xml.empty("attribute", &[("id", id), ("title", id), ("type", kind)])?;
    }
    for (id, title) in extra_ids.iter().zip(&extra) {
        xml.empty("attribute", &[("id", id), ("title", title), ("type", "string")])?;
    }
    xml.close("attributes")?;
    xml.open("attributes", &[("class", "edge")])?;
    for (id, kind) in EDGE_ATTRIBUTES.into_iter().filter(|(id, _)| declared(id)) {
        xml.empty("attribute", &[("id", id), ("title", id), ("type", kind)])?;
    }
    xml.close("attributes")?;

    let max_mentions = g.node_weights().map(|n| n.mentions).max().unwrap_or(1).max(1) as f64;
    let count = g.node_count().to_string();
    xml.open("nodes", &[("count", &count)])?;
    for node in g.node_weights() {
        let spell = spell(node.first_date.as_deref(), node.last_date.as_deref());
        let mut attributes = vec![("id", node.id.as_str()), ("label", node.label.as_str())];
        if let Some((start, end)) = &spell {
            attributes.extend([("start", start.as_str()), ("end", end.as_str())]);
        }
        xml.open("node", &attributes)?;
        xml.open("attvalues", &[])?;
        let (mentions, documents, windows) = (
            node.mentions.to_string(),
            node.documents.to_string(),
            node.windows.to_string(),
        );
        let outlets = node.outlets.map(|n| n.to_string()).unwrap_or_default();
        let aliases = node.aliases.join("|");
        let values = [
            ("type", node.kind.as_str()),
            ("mentions", &mentions),
            ("documents", &documents),
            ("windows", &windows),
            ("outlets", &outlets),
            ("first_date", node.first_date.as_deref().unwrap_or("")),
            ("last_date", node.last_date.as_deref().unwrap_or("")),
            ("aliases", &aliases),
        ];
        for (id, value) in values {
            if !value.is_empty() {
                xml.empty("attvalue", &[("for", id), ("value", value)])?;
            }
        }
        for (id, key) in extra_ids.iter().zip(&extra) {
            if let Some(value) = node.attributes.get(*key) {
                xml.empty("attvalue", &[("for", id), ("value", value)])?;
            }
        }
        xml.close("attvalues")?;
        let (r, g_, b) = rgb(style::style(&node.kind).0);
        xml.empty("viz:color", &[("r", &r), ("g", &g_), ("b", &b)])?;
        let size = 10.0 + 30.0 * (node.mentions as f64).ln_1p() / max_mentions.ln_1p();
        xml.empty("viz:size", &[("value", &format!("{size:.1}"))])?;
        xml.close("node")?;
    }
    xml.close("nodes")?;

    let count = g.edge_count().to_string();
    xml.open("edges", &[("count", &count)])?;
    for (i, e) in g.edge_references().enumerate() {
        let edge = e.weight();
        let (id, weight) = (i.to_string(), edge.weight.to_string());
        let spell = spell(edge.first_date.as_deref(), edge.last_date.as_deref());
        let mut attributes = vec![
            ("id", id.as_str()),
            ("source", g[e.source()].id.as_str()),
            ("target", g[e.target()].id.as_str()),
            ("kind", edge.kind.name()),
            ("weight", &weight),
        ];
        if edge.directed {
            attributes.push(("type", "directed"));
        }
        if let Some((start, end)) = &spell {
            attributes.extend([("start", start.as_str()), ("end", end.as_str())]);
        }
        xml.open("edge", &attributes)?;
        xml.open("attvalues", &[])?;
        let documents = edge.documents.to_string();
        let outlets = edge.outlets.map(|n| n.to_string()).unwrap_or_default();
        let reprints = Some(edge.reprints)
            .filter(|&n| n > 0)
            .map(|n| n.to_string())
            .unwrap_or_default();
        let npmi = edge.npmi.map(|s| s.to_string()).unwrap_or_default();
        let values = [
            ("kind", edge.kind.name()),
            ("directed", if edge.directed { "true" } else { "false" }),
            ("origin", edge.origin.name()),
            ("documents", &documents),
            ("outlets", &outlets),
            ("reprints", &reprints),
            ("npmi", &npmi),
            ("first_date", edge.first_date.as_deref().unwrap_or("")),
            ("last_date", edge.last_date.as_deref().unwrap_or("")),
            ("evidence", edge.evidence.first().map_or("", |e| e.text.as_str())),
        ];
        for (id, value) in values {
            if !value.is_empty() {
                xml.empty("attvalue", &[("for", id), ("value", value)])?;
            }
        }
        xml.close("attvalues")?;
        xml.close("edge")?;
    }
    xml.close("edges")?;
    xml.close("graph")?;
    xml.close("gexf")?;
    xml.finish()
}

/// Node attributes and their GEXF types; the id is also the title. Extra gazetteer columns get ids `x0`, `x1`, …
/// so that no column name can collide with these or with Gephi's own `id`, `label` and `weight`.
const NODE_ATTRIBUTES: [(&str, &str); 8] = [
    ("type", "string"),
    ("mentions", "long"),
    ("documents", "long"),
    ("windows", "long"),
    ("outlets", "long"),
    ("first_date", "string"),
    ("last_date", "string"),
    ("aliases", "string"),
];

const EDGE_ATTRIBUTES: [(&str, &str); 10] = [
    ("kind", "string"),
    ("directed", "boolean"),
    ("origin", "string"),
    ("documents", "long"),
    ("outlets", "long"),
    ("reprints", "long"),
    ("npmi", "double"),
    ("first_date", "string"),
    ("last_date", "string"),
    ("evidence", "string"),
];

/// Decimal red, green and blue of a `#rrggbb` colour (networkx reads `r`/`g`/`b`, not `hex`).
fn rgb(hex: &str) -> (String, String, String) {
    let channel = |at: usize| {
        hex.get(at..at + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .unwrap_or(0)
            .to_string()
    };
    (channel(1), channel(3), channel(5))
}

/// The spell of an element first and last seen at these dates: from the first day of the first date's period
/// to the last day of the last's. `None` when either is missing or is no calendar date.
pub fn spell(first: Option<&str>, last: Option<&str>) -> Option<(String, String)> {
    Some((spell_start(first?)?, spell_end(last?)?))
}

/// The first day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn spell_start(date: &str) -> Option<String> {
    let (year, month, day) = parse(date)?;
    Some(format!("{year:04}-{:02}-{:02}", month.unwrap_or(1), day.unwrap_or(1)))
}

/// The last day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn spell_end(date: &str) -> Option<String> {
    let (year, month, day) = parse(date)?;
    let month = month.unwrap_or(12);
    Some(format!(
        "{year:04}-{month:02}-{:02}",
        day.unwrap_or_else(|| days_in_month(year, month))
    ))
}

/// Year, month and day of a date as the graph keeps them. A day the month does not have (`2019-02-30`: the
/// date reader checks only 1–31) counts as the whole month; year 0 is no date (XML Schema has none).
fn parse(date: &str) -> Option<(u32, Option<u32>, Option<u32>)> {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str| {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    if parts.len() > 3 || parts[0].len() != 4 {
        return None;
    }
    let year = number(parts[0]).filter(|&y| y > 0)?;
    let month = match parts.get(1) {
        Some(m) => Some(number(m).filter(|m| (1..=12).contains(m))?),
        None => None,
    };
    let day = match (month, parts.get(2)) {
        (Some(m), Some(d)) => Some(number(d)?).filter(|d| (1..=days_in_month(year, m)).contains(d)),
        _ => None,
    };
    Some((year, month, day))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_become_whole_period_spells() {
        let s = |a: &str, b: &str| spell(Some(a), Some(b)).map(|(s, e)| format!("{s}..{e}"));
        assert_eq!(s("2018", "2018").unwrap(), "2018-01-01..2018-12-31");
        assert_eq!(s("2018-11", "2018-11").unwrap(), "2018-11-01..2018-11-30");
        assert_eq!(s("2018-11-05", "2019-02").unwrap(), "2018-11-05..2019-02-28");
        assert_eq!(s("2020-02", "2020-02").unwrap(), "2020-02-01..2020-02-29");
        assert_eq!(s("1900-02", "2000-02").unwrap(), "1900-02-01..2000-02-29");
        assert_eq!(s("2019-02-30", "2019-04-31").unwrap(), "2019-02-01..2019-04-30");
        assert_eq!(s("0000", "2018"), None);
        assert_eq!(s("2018-13", "2018"), None);
        assert_eq!(spell(None, Some("2018")), None);
    }
}
