//! GraphML, for Cytoscape, yEd and networkx: every attribute declared by a typed `<key>` (`attr.type` `long`,
//! `double` or `string`), so counts arrive as numbers, not text.
//!
//! Nodes carry `label`, `type`, `mentions`, `documents`, `windows`, `outlets`, `first_date`, `last_date`,
//! `aliases` (joined by `|`) and the gazetteer's extra columns; edges carry `kind`, `weight`, `documents`,
//! `outlets`, `reprints`, `npmi`, the dates and the first evidence passage, and the graph carries the run's
//! metadata. `outlets` and `reprints` are declared only where the corpus has them (a document that names its
//! outlet, a reprint), so that other graphs' files are as they were. Edge ids are edges.csv's
//! `Id`. The graph is undirected and a relation with a direction says so by its `directed` attribute and its
//! `source` (the supplier, the owned entity): networkx refuses `directed="true"` edges in an undirected graph,
//! and GraphML is the format networkx users read (the GEXF, for Gephi, marks them directed). A pair
//! with an ownership edge and a co-occurrence edge has both; networkx reads the file as a MultiGraph then.

use std::collections::BTreeSet;
use std::io::Write;

use petgraph::visit::EdgeRef;

use super::xml::Xml;
use crate::graph::Graph;

/// Writes the graph as GraphML.
pub fn write(graph: &Graph, out: &mut dyn Write) -> std::io::Result<()> {
    let g = &graph.graph;
    let meta = &graph.meta;
    let extra: BTreeSet<&String> = g.node_weights().flat_map(|n| n.attributes.keys()).collect();
    let extra_keys: Vec<String> = (0..extra.len()).map(|i| format!("n_x{i}")).collect();

    let mut xml = Xml::new(out)?;
    xml.open(
        "graphml",
        &[
            ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
            ),
        ],
    )?;
    let key = |xml: &mut Xml, id: &str, domain: &str, name: &str, kind: &str| {
        xml.empty(
            "key",
            &[("id", id), ("for", domain), ("attr.name", name), ("attr.type", kind)],
        )
    };
    let declared = |name: &str| match name {
        "outlets" | "documents_without_outlet" => meta.outlets.is_some(),
        "reprints" | "reprint_documents" => meta.reprint_documents > 0,
        _ => true,
    };
    for (name, kind) in GRAPH_KEYS.into_iter().filter(|(name, _)| declared(name)) {
        key(&mut xml, &format!("g_{name}"), "graph", name, kind)?;
    }
    for (name, kind) in NODE_KEYS.into_iter().filter(|(name, _)| declared(name)) {
        key(&mut xml, &format!("n_{name}"), "node", name, kind)?;
    }
    for (id, name) in extra_keys.iter().zip(&extra) {
        key(&mut xml, id, "node", name, "string")?;
    }
    for (name, kind) in EDGE_KEYS.into_iter().filter(|(name, _)| declared(name)) {
        key(&mut xml, &format!("e_{name}"), "edge", name, kind)?;
    }

    xml.open("graph", &[("id", "gazegraph"), ("edgedefault", "undirected")])?;
    let count = |n: Option<u64>| n.map(|n| n.to_string());
    let data = |xml: &mut Xml, key: &str, value: &str| {
        if value.is_empty() {
            Ok(())
        } else {
            xml.text("data", &[("key", key)], value)
        }
    };
    let graph_values = [
        meta.tool.clone(),
        meta.version.clone(),
        meta.window.name().to_string(),
        meta.min_weight.to_string(),
        meta.documents.to_string(),
        count(Some(meta.reprint_documents).filter(|&n| n > 0)).unwrap_or_default(),
        count(meta.outlets).unwrap_or_default(),
        count(meta.documents_without_outlet).unwrap_or_default(),
        meta.windows.to_string(),
        meta.mentions.to_string(),
        meta.first_date.clone().unwrap_or_default(),
        meta.last_date.clone().unwrap_or_default(),
        meta.gazetteer.sha256.clone(),
    ];
    for ((name, _), value) in GRAPH_KEYS.iter().zip(&graph_values) {
        data(&mut xml, &format!("g_{name}"), value)?;
    }

    for node in g.node_weights() {
        xml.open("node", &[("id", &node.id)])?;
        let values = [
            node.label.clone(),
            node.kind.clone(),
            node.mentions.to_string(),
            node.documents.to_string(),
            node.windows.to_string(),
            count(node.outlets).unwrap_or_default(),
            node.first_date.clone().unwrap_or_default(),
            node.last_date.clone().unwrap_or_default(),
            node.aliases.join("|"),
        ];
        for ((name, _), value) in NODE_KEYS.iter().zip(&values) {
            data(&mut xml, &format!("n_{name}"), value)?;
        }
        for (id, name) in extra_keys.iter().zip(&extra) {
            data(&mut xml, id, node.attributes.get(*name).map_or("", String::as_str))?;
        }
        xml.close("node")?;
    }

    for (i, e) in g.edge_references().enumerate() {
        let edge = e.weight();
        xml.open(
            "edge",
            &[
                ("id", &i.to_string()),
                ("source", &g[e.source()].id),
                ("target", &g[e.target()].id),
            ],
        )?;
        let values = [
            edge.kind.name().to_string(),
            edge.directed.to_string(),
            edge.origin.name().to_string(),
            edge.weight.to_string(),
            edge.documents.to_string(),
            count(edge.outlets).unwrap_or_default(),
            count(Some(edge.reprints).filter(|&n| n > 0)).unwrap_or_default(),
            edge.npmi.map(|s| s.to_string()).unwrap_or_default(),
            edge.first_date.clone().unwrap_or_default(),
            edge.last_date.clone().unwrap_or_default(),
            edge.evidence.first().map(|e| e.text.clone()).unwrap_or_default(),
        ];
        for ((name, _), value) in EDGE_KEYS.iter().zip(&values) {
            data(&mut xml, &format!("e_{name}"), value)?;
        }
        xml.close("edge")?;
    }
    xml.close("graph")?;
    xml.close("graphml")?;
    xml.finish()
}

/// The run's metadata (as in graph.json's `graph`), as graph attributes.
const GRAPH_KEYS: [(&str, &str); 13] = [
    ("tool", "string"),
    ("version", "string"),
    ("window", "string"),
    ("min_weight", "long"),
    ("documents", "long"),
    ("reprint_documents", "long"),
    ("outlets", "long"),
    ("documents_without_outlet", "long"),
    ("windows", "long"),
    ("mentions", "long"),
    ("first_date", "string"),
    ("last_date", "string"),
    ("gazetteer_sha256", "string"),
];

const NODE_KEYS: [(&str, &str); 9] = [
    ("label", "string"),
    ("type", "string"),
    ("mentions", "long"),
    ("documents", "long"),
    ("windows", "long"),
    ("outlets", "long"),
    ("first_date", "string"),
    ("last_date", "string"),
    ("aliases", "string"),
];

const EDGE_KEYS: [(&str, &str); 11] = [
    ("kind", "string"),
    ("directed", "boolean"),
    ("origin", "string"),
    ("weight", "long"),
    ("documents", "long"),
    ("outlets", "long"),
    ("reprints", "long"),
    ("npmi", "double"),
    ("first_date", "string"),
    ("last_date", "string"),
    ("evidence", "string"),
];
