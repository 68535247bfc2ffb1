//! DOT for Graphviz, built as a graphviz-rust syntax tree and printed by it: a diagram meant to be read.
//!
//! - Nodes are coloured and shaped by entity type, sized by mentions; a legend under the diagram names the
//!   types shown and says what line width and dashed arrows mean.
//! - Co-occurrence edges are wider and darker the more windows they share, relative to the strongest edge
//!   shown, so that a diagram of any corpus uses the same range of widths; a relation a sentence states is a
//!   coloured arrow labelled with its kind, one the gazetteer states (ownership, a rule's place) a grey dashed one.
//! - Labels wrap at about 18 characters and stop after three lines (the tooltip keeps the whole name), so a
//!   long agency name makes a taller node, not a wide one that hides its neighbours.
//! - The graph asks for `sfdp`, a force-directed layout, with `overlap=prism` (nodes moved apart, the layout
//!   kept), `splines=curved` and `outputorder=edgesfirst` (nodes drawn over edges). Measured on the seeds' 94
//!   nodes: `splines=true` (edges routed around nodes) took 34 s, `curved` 0.3 s; and `dot` (hierarchical)
//!   ran for over ten minutes on a 300-node co-occurrence graph that `sfdp` laid out in 0.2 s.
//! - [`Options::top`] keeps the strongest entities only (see [`strongest`]), for corpora whose full graph is
//!   a hairball.
//!
//! Text is escaped here (graphviz-rust prints identifiers as given): quotes and backslashes for the DOT
//! lexer, `&` as `&amp;` because Graphviz decodes HTML entities in labels (a name written `AT&amp;T` must not
//! be drawn `AT&T`), characters XML forbids dropped because Graphviz's SVG would carry them.

use graphviz_rust::dot_structures::{
    Attribute, Edge as DotEdge, EdgeTy, Graph as DotGraph, GraphAttributes, Id, Node as DotNode, NodeId, Stmt, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

use super::style::style;
use crate::graph::{EdgeKind, EdgeOrigin, Graph};

/// A Graphviz layout engine the diagram can ask for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    /// Force-directed, multiscale: fast on hundreds of nodes.
    #[default]
    Sfdp,
    /// Force-directed (stress majorisation): good below a hundred nodes.
    Neato,
    /// Circular.
    Circo,
    /// Hierarchical: slow on dense graphs (minutes for a few hundred nodes).
    Dot,
}

impl Layout {
    pub fn name(self) -> &'static str {
        match self {
            Layout::Sfdp => "sfdp",
            Layout::Neato => "neato",
            Layout::Circo => "circo",
            Layout::Dot => "dot",
        }
    }
}

/// How to draw the diagram.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Draw only this many of the strongest entities ([`strongest`]) and the edges between them.
    pub top: Option<usize>,
    pub layout: Layout,
    /// Leave out the entities that no line would join to another one drawn (`render --isolated drop`): in a
    /// picture they are only clutter around the network.
    pub drop_isolated: bool,
}

/// Characters per label line before wrapping, and lines before the label is cut.
const WRAP: usize = 18;
const MAX_LINES: usize = 3;

/// The graph as DOT source, drawn with the default options.
pub fn to_dot(graph: &Graph) -> String {
    to_dot_with(graph, &Options::default())
}

/// The graph as DOT source.
pub fn to_dot_with(graph: &Graph, options: &Options) -> String {
    let g = &graph.graph;
    let keep = drawn(graph, options);
    let kept = |i: NodeIndex| keep[i.index()];
    let attr = |k: &str, v: Id| Attribute(Id::Plain(k.to_string()), v);
    let plain = |v: &str| Id::Plain(v.to_string());
    let shown = keep.iter().filter(|&&k| k).count();
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("layout", plain(options.layout.name())),
            attr("overlap", plain("prism")),
            attr("splines", plain("curved")),
            attr("outputorder", plain("edgesfirst")),
            attr("fontname", quoted("Helvetica")),
            // the legend's text, grown with the diagram so that it stays readable beside it
            attr("fontsize", plain(&format!("{:.0}", 12.0 + 1.6 * (shown as f64).sqrt()))),
            attr("labelloc", plain("b")),
            attr("label", Id::Html(legend(graph, &keep, shown))),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("style", quoted("filled")),
            attr("fontname", quoted("Helvetica")),
            attr("fontsize", plain("11")),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![attr("color", quoted("#00000055"))])),
    ];
    let max_mentions = g
        .node_indices()
        .filter(|&i| kept(i))
        .map(|i| g[i].mentions)
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    for i in g.node_indices().filter(|&i| kept(i)) {
        let node = &g[i];
        let (colour, shape) = style(&node.kind);
        let size = 0.9 + (node.mentions as f64).ln_1p() / max_mentions.ln_1p() * 0.9;
        let mentions = match node.mentions {
            1 => "1 mention".to_string(),
            n => format!("{n} mentions"),
        };
        let mentions = format!("{mentions}{}", outlets_note(node.outlets));
        stmts.push(Stmt::Node(DotNode {
            id: NodeId(quoted(&node.id), None),
            attributes: vec![
                attr("label", text(&wrap(&node.label, WRAP, MAX_LINES))),
                attr("fillcolor", quoted(colour)),
                attr("shape", plain(shape)),
                attr("fontsize", plain(&format!("{:.1}", 10.0 + size * 4.0))),
                attr("tooltip", text(&format!("{} ({}): {mentions}", node.label, node.kind))),
            ],
        }));
    }
    let pair = |e: &petgraph::graph::EdgeReference<'_, crate::graph::Edge>| {
        EdgeTy::Pair(
            Vertex::N(NodeId(quoted(&g[e.source()].id), None)),
            Vertex::N(NodeId(quoted(&g[e.target()].id), None)),
        )
    };
    let shown_edges: Vec<_> = g
        .edge_references()
        .filter(|e| kept(e.source()) && kept(e.target()))
        .collect();
    // Relations: an arrow where they have a direction; what a sentence states coloured and labelled by its kind,
    // what the gazetteer states dashed (see `style::relation`).
    for e in shown_edges.iter().filter(|e| e.weight().kind != EdgeKind::Cooccurrence) {
        let edge = e.weight();
        let look = super::style::relation(edge.kind, edge.origin);
        let mut attributes = vec![
            attr("style", plain(if look.dashed { "dashed" } else { "solid" })),
            attr("dir", plain(if edge.directed { "forward" } else { "none" })),
            attr("arrowsize", plain("0.6")),
            attr("color", quoted(look.colour)),
            attr(
                "tooltip",
                text(&format!("{}{}", edge.kind.name(), outlets_note(edge.outlets))),
            ),
        ];
        if let Some(label) = look.label {
            attributes.extend([
                attr("label", text(label)),
                attr("fontsize", plain("9")),
                attr("fontcolor", quoted(look.colour)),
                attr("penwidth", plain("1.6")),
            ]);
        }
        stmts.push(Stmt::Edge(DotEdge {
            ty: pair(e),
            attributes,
        }));
    }
    let max_weight = shown_edges
        .iter()
        .filter(|e| e.weight().kind == EdgeKind::Cooccurrence)
        .map(|e| e.weight().weight)
        .max()
        .unwrap_or(1)
        .max(2) as f64;
    for e in shown_edges.iter().filter(|e| e.weight().kind == EdgeKind::Cooccurrence) {
        let edge = e.weight();
        let strength = (edge.weight.max(1) as f64).ln() / max_weight.ln();
        let width = 0.8 + 4.2 * strength;
        let alpha = 0x38 + (f64::from(0xb0 - 0x38) * strength).round() as u8;
        stmts.push(Stmt::Edge(DotEdge {
            ty: pair(e),
            attributes: vec![
                attr("penwidth", plain(&format!("{width:.2}"))),
                attr("weight", plain(&edge.weight.to_string())),
                attr("color", quoted(&format!("#000000{alpha:02x}"))),
                attr(
                    "tooltip",
                    text(&format!(
                        "{} – {}: {} in {}{}{}",
                        g[e.source()].label,
                        g[e.target()].label,
                        counted(edge.weight, graph.meta.window.name()),
                        counted(edge.documents, "document"),
                        outlets_note(edge.outlets),
                        match edge.reprints {
                            0 => String::new(),
                            1 => ", 1 reprint".to_string(),
                            n => format!(", {n} reprints"),
                        }
                    )),
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

/// Which entities the diagram draws, by node index: the strongest with `top`, without the isolated ones with
/// `drop_isolated`.
pub fn drawn(graph: &Graph, options: &Options) -> Vec<bool> {
    let g = &graph.graph;
    let keep = match options.top {
        Some(n) => strongest(graph, n),
        None => vec![true; g.node_count()],
    };
    if !options.drop_isolated {
        return keep;
    }
    let mut linked = vec![false; g.node_count()];
    for e in g.edge_references() {
        let (a, b) = (e.source().index(), e.target().index());
        if keep[a] && keep[b] && a != b {
            linked[a] = true;
            linked[b] = true;
        }
    }
    linked
}

/// Which nodes to keep to show the `n` strongest entities: those with the highest weighted degree (the
/// windows they share with others, summed over their co-occurrence edges), ties broken by more mentions, then
/// by id, so the choice is deterministic. Indexed by node index.
pub fn strongest(graph: &Graph, n: usize) -> Vec<bool> {
    let g = &graph.graph;
    let mut degree = vec![0u64; g.node_count()];
    for e in g
        .edge_references()
        .filter(|e| e.weight().kind == EdgeKind::Cooccurrence)
    {
        degree[e.source().index()] += e.weight().weight;
        degree[e.target().index()] += e.weight().weight;
    }
    let mut order: Vec<NodeIndex> = g.node_indices().collect();
    order.sort_by(|&a, &b| {
        (degree[b.index()], g[b].mentions)
            .cmp(&(degree[a.index()], g[a].mentions))
            .then_with(|| g[a].id.cmp(&g[b].id))
    });
    let mut keep = vec![false; g.node_count()];
    for i in order.into_iter().take(n) {
        keep[i.index()] = true;
    }
    keep
}

/// `1 sentence`, `3 sentences`.
fn counted(n: u64, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The legend, an HTML-like table under the diagram: one swatch per entity type shown, and what the lines
/// mean.
fn legend(graph: &Graph, keep: &[bool], shown: usize) -> String {
    let g = &graph.graph;
    let mut kinds: Vec<&str> = g
        .node_indices()
        .filter(|i| keep[i.index()])
        .map(|i| g[i].kind.as_str())
        .collect();
    kinds.sort_by_key(|k| (super::style::rank(k), *k));
    kinds.dedup();
    let mut cells = String::new();
    for kind in &kinds {
        cells.push_str(&format!("<TD BGCOLOR=\"{}\">{}</TD>", style(kind).0, html(kind)));
    }
    let mut note = format!("line width: {}s shared", graph.meta.window.name());
    if g.edge_weights()
        .any(|e| e.origin == EdgeOrigin::Text && e.kind != EdgeKind::Cooccurrence)
    {
        note.push_str(" · coloured labelled arrow: a relation a sentence states");
    }
    if g.edge_weights().any(|e| e.origin != EdgeOrigin::Text) {
        note.push_str(" · dashed: stated by the gazetteer (made by, owned by, located in)");
    }
    if shown < g.node_count() {
        note.push_str(&format!(" · the {shown} most connected of {} entities", g.node_count()));
    }
    format!(
        "<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"3\" CELLPADDING=\"4\"><TR>{cells}</TR>\
         <TR><TD COLSPAN=\"{}\" BORDER=\"0\">{}</TD></TR></TABLE>>",
        kinds.len().max(1),
        html(&note)
    )
}

/// Text for an HTML-like label.
fn html(s: &str) -> String {
    super::xml::clean(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`. For identifiers; text that
/// Graphviz draws goes through [`text`].
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

/// `, 3 outlets` for a tooltip, when outlets are counted.
fn outlets_note(outlets: Option<u64>) -> String {
    match outlets {
        None => String::new(),
        Some(1) => ", 1 outlet".to_string(),
        Some(n) => format!(", {n} outlets"),
    }
}

/// A DOT string for text Graphviz draws or shows (labels, tooltips): as [`quoted`], with `&` written `&amp;`
/// and characters an SVG cannot hold replaced.
pub fn text(s: &str) -> Id {
    quoted(&super::xml::clean(s).replace('&', "&amp;"))
}

/// Breaks a label into lines of about `width` characters at white space, at most `max_lines` of them (the
/// last ending in `…` when the label is longer). A word longer than `width + 12` is cut, so that a URL cannot
/// make a node as wide as the diagram.
fn wrap(label: &str, width: usize, max_lines: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut words: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        let chars: Vec<char> = word.chars().collect();
        for chunk in chars.chunks(width + 12) {
            words.push(chunk.iter().collect());
        }
    }
    for word in words {
        let (len, word_len) = (line.chars().count(), word.chars().count());
        if len > 0 && len + 1 + word_len > width {
            lines.push(std::mem::take(&mut line));
        } else if len > 0 {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        lines[max_lines - 1].push('…');
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_wrap_into_at_most_three_lines() {
        assert_eq!(wrap("Amazon", 18, 3), "Amazon");
        assert_eq!(wrap("Detroit Police Department", 18, 3), "Detroit Police\nDepartment");
        assert_eq!(
            wrap(
                "U.S. Immigration and Customs Enforcement of the Department of Homeland Security",
                18,
                3
            ),
            "U.S. Immigration\nand Customs\nEnforcement of the…"
        );
        assert_eq!(wrap("a\nb  c", 18, 3), "a b c");
        let url = "https://example.org/a/very/long/path/without/spaces";
        assert!(wrap(url, 18, 3).lines().all(|l| l.chars().count() <= 31));
    }

    #[test]
    fn text_is_escaped_for_the_lexer_and_for_graphviz_entities() {
        let Id::Escaped(s) = text("A \"q\" \\ AT&amp;T\n\u{1}") else {
            panic!()
        };
        assert_eq!(s, r#""A \"q\" \\ AT&amp;amp;T\n�""#);
    }
}
