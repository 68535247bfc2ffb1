//! How each entity type and each kind of edge looks, in one place for every output that draws: the fill colour and the shape by type
//! that `graph.dot` draws, `graph.gexf` colours nodes with (`viz:color`) and `graph.html` draws, so that an
//! entity has the same colour in Graphviz, Gephi and the browser.

/// An entity type's looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    pub kind: &'static str,
    /// Fill colour, `#rrggbb`.
    pub colour: &'static str,
    /// Graphviz node shape.
    pub dot_shape: &'static str,
    /// Shape in the graph page: `circle`, `square`, `diamond`, `triangle` or `hexagon` (what its WebGL node
    /// program draws), the nearest to the Graphviz shape.
    pub page_shape: &'static str,
}

/// Colour and shape per entity type, in legend order; other types look like [`OTHER`].
pub const STYLES: &[Style] = &[
    Style::new("organisation", "#8ecae6", "box", "square"),
    Style::new("agency", "#f4a261", "hexagon", "hexagon"),
    Style::new("product", "#a7c957", "ellipse", "circle"),
    Style::new("city", "#e9c46a", "house", "triangle"),
    Style::new("county", "#f1d98a", "house", "triangle"),
    Style::new("state", "#d8c3e4", "octagon", "diamond"),
    Style::new("country", "#cdb4db", "octagon", "diamond"),
    Style::new("person", "#f28482", "egg", "circle"),
];

/// The looks of a type not in [`STYLES`]: grey ellipses.
pub const OTHER: Style = Style::new("", "#d9d9d9", "ellipse", "circle");

impl Style {
    const fn new(kind: &'static str, colour: &'static str, dot_shape: &'static str, page_shape: &'static str) -> Style {
        Style {
            kind,
            colour,
            dot_shape,
            page_shape,
        }
    }
}

/// The looks of an entity type.
pub fn of(kind: &str) -> &'static Style {
    STYLES.iter().find(|s| s.kind == kind).unwrap_or(&OTHER)
}

/// The fill colour and Graphviz shape of an entity type.
pub fn style(kind: &str) -> (&'static str, &'static str) {
    let s = of(kind);
    (s.colour, s.dot_shape)
}

/// A type's place in the legend: the order of [`STYLES`], other types after them.
pub fn rank(kind: &str) -> usize {
    STYLES.iter().position(|s| s.kind == kind).unwrap_or(STYLES.len())
}

/// How an edge that is not a co-occurrence looks: its colour, whether it is dashed (what the gazetteer states
/// rather than the text), and its label (what a sentence states is labelled with its kind).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EdgeLook {
    pub colour: &'static str,
    pub dashed: bool,
    pub label: Option<&'static str>,
}

/// The looks of a relation edge: a colour per kind for what the text states, grey dashes for what the
/// gazetteer or a rule states.
pub fn relation(kind: crate::graph::EdgeKind, origin: crate::graph::EdgeOrigin) -> EdgeLook {
    use crate::graph::{EdgeKind, EdgeOrigin};
    if origin != EdgeOrigin::Text {
        return EdgeLook {
            colour: "#555555",
            dashed: true,
            label: None,
        };
    }
    let (colour, label) = match kind {
        EdgeKind::Supplies => ("#b5179e", "supplies"),
        EdgeKind::RunsOn => ("#3a86ff", "runs on"),
        EdgeKind::PartnersWith => ("#2a9d8f", "partners with"),
        EdgeKind::OwnedBy => ("#6d597a", "owned by"),
        EdgeKind::MadeBy => ("#6d597a", "made by"),
        EdgeKind::WorksFor => ("#e76f51", "works for"),
        EdgeKind::LocatedIn => ("#555555", "located in"),
        EdgeKind::Cooccurrence => ("#000000", ""),
    };
    EdgeLook {
        colour,
        dashed: false,
        label: Some(label),
    }
}
