//! DOT for Graphviz, built as a graphviz-rust syntax tree and printed by it.
//!
//! Nodes are coloured and shaped by entity type, edges drawn thicker the more windows they share, and the
//! graph attributes ask for a force-directed layout without overlaps: `sfdp` lays out a few hundred nodes in a
//! fraction of a second where `dot` (hierarchical) can run for minutes on a dense co-occurrence graph.
//! Labels are quoted and escaped here (graphviz-rust prints escaped ids as given).

use graphviz_rust::dot_structures::{
    Attribute, Edge as DotEdge, EdgeTy, Graph as DotGraph, GraphAttributes, Id, Node as DotNode, NodeId, Stmt, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use petgraph::visit::EdgeRef;

use crate::graph::Graph;

/// Fill colour and shape per entity type; other types are grey ellipses.
pub const STYLES: &[(&str, &str, &str)] = &[
    ("organisation", "#8ecae6", "box"),
    ("agency", "#f4a261", "hexagon"),
    ("product", "#a7c957", "ellipse"),
    ("city", "#e9c46a", "house"),
    ("country", "#cdb4db", "octagon"),
    ("person", "#f28482", "egg"),
];

const OTHER_STYLE: (&str, &str) = ("#d9d9d9", "ellipse");

/// The fill colour and shape of an entity type.
pub fn style(kind: &str) -> (&'static str, &'static str) {
    STYLES
        .iter()
        .find(|(k, _, _)| *k == kind)
        .map_or(OTHER_STYLE, |&(_, colour, shape)| (colour, shape))
}

/// The graph as DOT source.
pub fn to_dot(graph: &Graph) -> String {
    let g = &graph.graph;
    let attr = |k: &str, v: Id| Attribute(Id::Plain(k.to_string()), v);
    let plain = |v: &str| Id::Plain(v.to_string());
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("layout", plain("sfdp")),
            attr("overlap", plain("prism")),
            attr("splines", plain("curved")),
            attr("outputorder", plain("edgesfirst")),
            attr("fontname", quoted("Helvetica")),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("style", quoted("filled")),
            attr("fontname", quoted("Helvetica")),
            attr("fontsize", plain("11")),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![attr("color", quoted("#00000055"))])),
    ];
    let max_mentions = g.node_weights().map(|n| n.mentions).max().unwrap_or(1).max(1) as f64;
    for node in g.node_weights() {
        let (colour, shape) = style(&node.kind);
        let size = 0.9 + (node.mentions as f64).ln_1p() / max_mentions.ln_1p() * 0.9;
        stmts.push(Stmt::Node(DotNode {
            id: NodeId(quoted(&node.id), None),
            attributes: vec![
                attr("label", quoted(&wrap(&node.label, 18))),
                attr("fillcolor", quoted(colour)),
                attr("shape", plain(shape)),
                attr("fontsize", plain(&format!("{:.1}", 10.0 + size * 4.0))),
                attr(
                    "tooltip",
                    quoted(&format!("{} ({}): {} mentions", node.label, node.kind, node.mentions)),
                ),
            ],
        }));
    }
    for e in g.edge_references().filter(|e| e.weight().kind.is_directed()) {
        stmts.push(Stmt::Edge(DotEdge {
            ty: EdgeTy::Pair(
                Vertex::N(NodeId(quoted(&g[e.source()].id), None)),
                Vertex::N(NodeId(quoted(&g[e.target()].id), None)),
            ),
            attributes: vec![
                attr("style", plain("dashed")),
                attr("dir", plain("forward")),
                attr("arrowsize", plain("0.6")),
                attr("color", quoted("#555555")),
                attr("tooltip", quoted(e.weight().kind.name())),
            ],
        }));
    }
    for e in g.edge_references().filter(|e| !e.weight().kind.is_directed()) {
        let edge = e.weight();
        let width = 1.0 + (edge.weight as f64).log2();
        stmts.push(Stmt::Edge(DotEdge {
            ty: EdgeTy::Pair(
                Vertex::N(NodeId(quoted(&g[e.source()].id), None)),
                Vertex::N(NodeId(quoted(&g[e.target()].id), None)),
            ),
            attributes: vec![
                attr("penwidth", plain(&format!("{width:.2}"))),
                attr("weight", plain(&edge.weight.to_string())),
                attr(
                    "tooltip",
                    quoted(&format!("{} windows in {} documents", edge.weight, edge.documents)),
                ),
            ],
        }));
    }
    let dot = DotGraph::Graph {
        id: quoted("gazegraph"),
        strict: false,
        stmts,
    };
    let mut text = dot.print(&mut PrinterContext::default());
    text.push('\n');
    text
}

/// A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`.
pub fn quoted(s: &str) -> Id {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out.push('"');
    Id::Escaped(out)
}

/// Breaks a long label into lines of about `width` characters at spaces, so nodes stay compact.
fn wrap(label: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in label.split(' ') {
        let len = word.chars().count();
        if line > 0 && line + 1 + len > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += len;
    }
    out
}
