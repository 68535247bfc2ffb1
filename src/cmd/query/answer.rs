//! The answers about entities (`neighbors`, `evidence`, `path`), as a table for people or one JSON object for
//! scripts, and what the other answers share. The JSON shapes are the `Serialize` types, documented in the
//! README; tables shorten evidence, JSON never does.

use gazegraph::Graph;
use gazegraph::graph::{Edge, EdgeKind, EdgeOrigin, Node};
use gazegraph::query::path::cheapest_paths;
use gazegraph::query::{self, Filter, Net, Ownership, Rank, resolve};
use gazegraph::show::Escaped;
use serde::Serialize;

use super::passage::{Documents, Passage, marked};
use super::table::{Table, shorten};
use super::{EvidenceArgs, NeighborsArgs, Outcome, PathArgs, check_types};
use crate::cmd::plural;

/// Display columns of an evidence sentence in a table.
const EVIDENCE_WIDTH: usize = 90;
/// Display columns of a line of text around tables.
pub(super) const LINE_WIDTH: usize = 100;

pub(super) type Answer = anyhow::Result<(String, Outcome)>;

#[derive(Serialize)]
pub(super) struct EntityRef<'a> {
    pub id: &'a str,
    pub label: &'a str,
    #[serde(rename = "type")]
    pub kind: &'a str,
}

pub(super) fn entity(node: &Node) -> EntityRef<'_> {
    EntityRef {
        id: &node.id,
        label: &node.label,
        kind: &node.kind,
    }
}

pub(super) fn to_json(value: &impl Serialize) -> anyhow::Result<String> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    Ok(text)
}

/// `x` rounded to `places` decimals, never a negative zero (which would print as `-0`).
pub(super) fn round(x: f64, places: i32) -> f64 {
    let scale = 10f64.powi(places);
    (x * scale).round() / scale + 0.0
}

/// `, 4 outlets, 3 reprints` after a count of documents: what the graph knows of who reported it.
fn outlets_note(outlets: Option<u64>, reprints: u64) -> String {
    let mut s = String::new();
    if let Some(n) = outlets {
        s.push_str(&format!(", {}", plural(n as usize, "outlet", "outlets")));
    }
    if reprints > 0 {
        s.push_str(&format!(
            ", {} counted once",
            plural(reprints as usize, "reprint", "reprints")
        ));
    }
    s
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

fn npmi_cell(edge: &Edge) -> String {
    edge.npmi.map_or_else(|| "–".to_string(), |s| format!("{s:.4}"))
}

/// `3 sentences`, or paragraphs or documents for a graph built with another window.
fn windows(graph: &Graph, n: u64) -> String {
    let one = graph.meta.window.name();
    plural(n as usize, one, &format!("{one}s"))
}

/// `ICE is owned by DHS`
fn ownership_line(graph: &Graph, o: &Ownership) -> String {
    let label = |id: &str| graph.node(id).map_or(id.to_string(), |i| graph.graph[i].label.clone());
    let verb = match o.kind {
        EdgeKind::MadeBy => "is made by",
        _ => "is owned by",
    };
    format!("{} {verb} {}", label(&o.source), label(&o.target))
}

fn ownership_block(graph: &Graph, list: &[Ownership]) -> String {
    if list.is_empty() {
        return String::new();
    }
    let mut out = "\nGazetteer ownership:\n".to_string();
    for o in list {
        out.push_str(&format!("  {}\n", ownership_line(graph, o)));
    }
    out
}

#[derive(Serialize)]
struct NeighborsJson<'a> {
    entity: EntityRef<'a>,
    rank: Rank,
    /// Neighbours that pass the filters, before --limit.
    total: usize,
    neighbors: Vec<NeighborJson<'a>>,
    ownership: Vec<Ownership>,
}

#[derive(Serialize)]
struct NeighborJson<'a> {
    #[serde(flatten)]
    entity: EntityRef<'a>,
    weight: u64,
    documents: u64,
    /// Distinct outlets that reported it; absent when no document of the corpus names its outlet.
    #[serde(skip_serializing_if = "Option::is_none")]
    outlets: Option<u64>,
    /// Reprints it counted once.
    #[serde(skip_serializing_if = "is_zero")]
    reprints: u64,
    npmi: Option<f64>,
    first_date: Option<&'a str>,
    last_date: Option<&'a str>,
    evidence: Option<Passage<'a>>,
    /// What links the two: `cooccurrence`, or the typed relation asked for with `--relation`.
    kind: EdgeKind,
    /// For a relation with a direction: `out` when the entity asked about is its source (ICE `supplies` →),
    /// `in` when it is its target.
    #[serde(skip_serializing_if = "Option::is_none")]
    direction: Option<&'static str>,
}

/// `out` or `in` as seen from `center`, for a directed edge.
fn direction(
    graph: &Graph,
    edge: petgraph::graph::EdgeIndex,
    center: petgraph::graph::NodeIndex,
) -> Option<&'static str> {
    let g = &graph.graph;
    let (source, _) = g.edge_endpoints(edge)?;
    g[edge].directed.then_some(if source == center { "out" } else { "in" })
}

pub fn neighbors(graph: &Graph, args: &NeighborsArgs, json: bool) -> Answer {
    check_types(graph, &args.types)?;
    let net = Net::new(graph, args.filters.filter(false)?);
    let center = resolve(graph, &args.entity)?;
    let rank = Rank::from(args.rank);
    let found = query::neighbors(&net, center, rank, &args.types);
    let total = found.len();
    let shown = if args.limit == 0 { total } else { total.min(args.limit) };
    let docs = Documents::of(graph);
    let g = &graph.graph;
    let ownership = net.ownership_of(center);
    let rows: Vec<NeighborJson> = found[..shown]
        .iter()
        .map(|n| {
            let edge = &g[n.edge];
            NeighborJson {
                entity: entity(&g[n.node]),
                weight: edge.weight,
                documents: edge.documents,
                outlets: edge.outlets,
                reprints: edge.reprints,
                npmi: edge.npmi,
                first_date: edge.first_date.as_deref(),
                last_date: edge.last_date.as_deref(),
                evidence: edge.evidence.first().map(|e| docs.passage(e)),
                kind: edge.kind,
                direction: direction(graph, n.edge, center),
            }
        })
        .collect();
    if json {
        let answer = NeighborsJson {
            entity: entity(&g[center]),
            rank,
            total,
            neighbors: rows,
            ownership,
        };
        return Ok((to_json(&answer)?, Outcome::Success));
    }
    let node = &g[center];
    let typed = net.filter.relation.is_some();
    let mut out = format!(
        "{} ({}, {}): {} {}, strongest first by {}\n\n",
        node.label,
        node.id,
        node.kind,
        plural(total, "entity", "entities"),
        if typed {
            "in typed relations with it"
        } else {
            "mentioned with it"
        },
        if typed { "sentences" } else { rank.name() }
    );
    let last = if typed { "relation" } else { ">npmi" };
    // outlets are a column where the corpus names them
    let counted = graph.meta.outlets.is_some();
    let mut columns = vec![">#", "entity", "type", ">weight", ">docs"];
    if counted {
        columns.push(">outlets");
    }
    columns.extend([last, "first evidence"]);
    let mut table = Table::new(&columns);
    for (i, (row, n)) in rows.iter().zip(&found).enumerate() {
        let measure = match row.direction {
            _ if !typed => npmi_cell(&g[n.edge]),
            Some("out") => format!("{} →", row.kind.name()),
            Some(_) => format!("← {}", row.kind.name()),
            None => row.kind.name().to_string(),
        };
        let mut cells = vec![
            (i + 1).to_string(),
            row.entity.label.to_string(),
            row.entity.kind.to_string(),
            row.weight.to_string(),
            row.documents.to_string(),
        ];
        if counted {
            cells.push(row.outlets.unwrap_or(0).to_string());
        }
        cells.extend([
            measure,
            row.evidence
                .as_ref()
                .map_or(String::new(), |p| shorten(p.text, EVIDENCE_WIDTH)),
        ]);
        table.row(cells);
    }
    if !table.is_empty() {
        out.push_str(&table.render(0));
    }
    if shown < total {
        out.push_str(&format!("(the first {shown} of {total}; --limit 0 shows all)\n"));
    }
    out.push_str(&ownership_block(graph, &ownership));
    Ok((out, Outcome::Success))
}

#[derive(Serialize)]
struct EvidenceJson<'a> {
    a: EntityRef<'a>,
    b: EntityRef<'a>,
    /// Sentences (windows) shared: 0 when never mentioned together.
    weight: u64,
    documents: u64,
    /// Distinct outlets that reported them together; absent when no document of the corpus names its outlet.
    #[serde(skip_serializing_if = "Option::is_none")]
    outlets: Option<u64>,
    /// Reprints that had them together, counted once.
    #[serde(skip_serializing_if = "is_zero")]
    reprints: u64,
    npmi: Option<f64>,
    first_date: Option<&'a str>,
    last_date: Option<&'a str>,
    /// Every passage the graph kept (at most the build's evidence cap), by document and sentence.
    evidence: Vec<Passage<'a>>,
    /// What the text states of the two (and what the gazetteer states), before what they are merely together.
    relations: Vec<RelationJson<'a>>,
    ownership: Vec<Ownership>,
}

/// A typed relation between two entities, with the passages that state it.
#[derive(Serialize)]
struct RelationJson<'a> {
    source: &'a str,
    target: &'a str,
    kind: EdgeKind,
    directed: bool,
    origin: EdgeOrigin,
    /// Sentences that state it (1 for what the gazetteer states).
    weight: u64,
    documents: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    outlets: Option<u64>,
    #[serde(skip_serializing_if = "is_zero")]
    reprints: u64,
    evidence: Vec<Passage<'a>>,
}

pub fn evidence(graph: &Graph, args: &EvidenceArgs, json: bool) -> Answer {
    let (a, b) = (resolve(graph, &args.a)?, resolve(graph, &args.b)?);
    let g = &graph.graph;
    if a == b {
        anyhow::bail!(
            "\"{}\" and \"{}\" are the same entity ({})",
            Escaped(&args.a),
            Escaped(&args.b),
            Escaped(&g[a].id)
        );
    }
    let net = Net::new(graph, Filter::default());
    let edge = query::cooccurrence(graph, a, b).map(|e| &g[e]);
    let docs = Documents::of(graph);
    let answer = EvidenceJson {
        a: entity(&g[a]),
        b: entity(&g[b]),
        weight: edge.map_or(0, |e| e.weight),
        documents: edge.map_or(0, |e| e.documents),
        outlets: edge.and_then(|e| e.outlets),
        reprints: edge.map_or(0, |e| e.reprints),
        npmi: edge.and_then(|e| e.npmi),
        first_date: edge.and_then(|e| e.first_date.as_deref()),
        last_date: edge.and_then(|e| e.last_date.as_deref()),
        evidence: edge.map_or_else(Vec::new, |e| e.evidence.iter().map(|ev| docs.passage(ev)).collect()),
        relations: query::relations(graph, a, b)
            .into_iter()
            .map(|e| {
                let (s, t) = g.edge_endpoints(e).expect("an edge of the graph");
                let edge = &g[e];
                RelationJson {
                    source: &g[s].id,
                    target: &g[t].id,
                    kind: edge.kind,
                    directed: edge.directed,
                    origin: edge.origin,
                    weight: edge.weight,
                    documents: edge.documents,
                    outlets: edge.outlets,
                    reprints: edge.reprints,
                    evidence: edge.evidence.iter().map(|ev| docs.passage(ev)).collect(),
                }
            })
            .collect(),
        ownership: net.ownership_between(a, b),
    };
    let outcome = if edge.is_some() || !answer.ownership.is_empty() || !answer.relations.is_empty() {
        Outcome::Success
    } else {
        Outcome::CheckFailed
    };
    if json {
        return Ok((to_json(&answer)?, outcome));
    }
    let (la, lb) = (answer.a.label, answer.b.label);
    let label = |id: &str| graph.node(id).map_or(id.to_string(), |i| g[i].label.clone());
    let mut said = String::new();
    for r in answer.relations.iter().filter(|r| r.origin == EdgeOrigin::Text) {
        let verb = r.kind.name().replace('_', " ");
        said.push_str(&format!(
            "{} {verb} {}: stated in {} of {}{}\n",
            label(r.source),
            label(r.target),
            plural(r.weight as usize, "sentence", "sentences"),
            plural(r.documents as usize, "document", "documents"),
            outlets_note(r.outlets, r.reprints),
        ));
        for p in &r.evidence {
            said.push_str(&format!("  {}\n    {}\n", p.source(), marked(p)));
        }
    }
    if !said.is_empty() {
        said.push('\n');
    }
    let mut out = said;
    out.push_str(&match edge {
        None => format!("{la} and {lb} are never mentioned together.\n"),
        Some(e) => {
            let dates = match (&e.first_date, &e.last_date) {
                (Some(f), Some(l)) if f != l => format!(", {f} to {l}"),
                (Some(f), _) => format!(", {f}"),
                _ => String::new(),
            };
            format!(
                "{la} – {lb}: together in {} of {}{} (NPMI {}{dates})\n",
                windows(graph, e.weight),
                plural(e.documents as usize, "document", "documents"),
                outlets_note(e.outlets, e.reprints),
                npmi_cell(e),
            )
        }
    });
    for (i, p) in answer.evidence.iter().enumerate() {
        out.push_str(&format!("\n[{}] {}\n", i + 1, p.source()));
        out.push_str(&format!(
            "    {}\n",
            p.text.split_whitespace().collect::<Vec<_>>().join(" ")
        ));
    }
    if let Some(e) = edge
        && (e.evidence.len() as u64) < e.weight
    {
        out.push_str(&format!(
            "\n(the graph keeps the first {} of {} passages; `build --evidence N` keeps more)\n",
            e.evidence.len(),
            e.weight
        ));
    }
    out.push_str(&ownership_block(graph, &answer.ownership));
    Ok((out, outcome))
}

#[derive(Serialize)]
struct PathJson<'a> {
    from: EntityRef<'a>,
    to: EntityRef<'a>,
    rank: Rank,
    /// The cost of a hop: `1/weight` or `-ln((1+npmi)/2)`.
    cost: &'static str,
    max_hops: u32,
    /// Whether any chain of links joins the two, however many hops.
    connected: bool,
    /// Every path tied for the lowest cost (up to --limit), fewest hops first; empty when there is none.
    paths: Vec<RouteJson<'a>>,
}

#[derive(Serialize)]
struct RouteJson<'a> {
    cost: f64,
    hops: Vec<HopJson<'a>>,
}

#[derive(Serialize)]
struct HopJson<'a> {
    from: EntityRef<'a>,
    to: EntityRef<'a>,
    kind: EdgeKind,
    weight: u64,
    documents: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    outlets: Option<u64>,
    #[serde(skip_serializing_if = "is_zero")]
    reprints: u64,
    npmi: Option<f64>,
    cost: f64,
    evidence: Vec<Passage<'a>>,
    ownership: Vec<Ownership>,
}

pub fn path(graph: &Graph, args: &PathArgs, json: bool) -> Answer {
    let (a, b) = (resolve(graph, &args.a)?, resolve(graph, &args.b)?);
    let g = &graph.graph;
    if a == b {
        anyhow::bail!(
            "\"{}\" and \"{}\" are the same entity ({})",
            Escaped(&args.a),
            Escaped(&args.b),
            Escaped(&g[a].id)
        );
    }
    let net = Net::new(graph, args.filters.filter(args.ownership)?);
    let rank = Rank::from(args.rank);
    let routes = cheapest_paths(&net, a, b, rank, args.max_hops as usize, args.limit);
    let connected = !routes.is_empty() || gazegraph::query::path::connected(&net, a, b);
    let docs = Documents::of(graph);
    let answer = PathJson {
        from: entity(&g[a]),
        to: entity(&g[b]),
        rank,
        cost: match rank {
            Rank::Weight => "1/weight",
            Rank::Npmi => "-ln((1+npmi)/2)",
        },
        max_hops: args.max_hops,
        connected,
        paths: routes
            .iter()
            .map(|r| RouteJson {
                cost: round(r.cost, 6),
                hops: r
                    .hops
                    .iter()
                    .map(|h| {
                        let edge = &g[h.edge];
                        HopJson {
                            from: entity(&g[h.from]),
                            to: entity(&g[h.to]),
                            kind: edge.kind,
                            weight: edge.weight,
                            documents: edge.documents,
                            outlets: edge.outlets,
                            reprints: edge.reprints,
                            npmi: edge.npmi,
                            cost: round(h.cost, 6),
                            evidence: edge.evidence.iter().map(|e| docs.passage(e)).collect(),
                            ownership: net.ownership_between(h.from, h.to),
                        }
                    })
                    .collect(),
            })
            .collect(),
    };
    let outcome = if routes.is_empty() {
        Outcome::CheckFailed
    } else {
        Outcome::Success
    };
    if json {
        return Ok((to_json(&answer)?, outcome));
    }
    let (la, lb) = (answer.from.label, answer.to.label);
    if !connected {
        return Ok((
            format!("There is no path from {la} to {lb}: no chain of links that pass the filters joins them.\n"),
            outcome,
        ));
    }
    if routes.is_empty() {
        return Ok((
            format!(
                "No path from {la} to {lb} of at most {} over the links that pass the filters; a longer one \
                 joins them (--max-hops).\n",
                plural(args.max_hops as usize, "hop", "hops")
            ),
            outcome,
        ));
    }
    let mut out = format!(
        "{la} → {lb}: {} of cost {} (a hop costs {}; at most {})\n",
        plural(routes.len(), "cheapest path", "cheapest paths tied"),
        round(routes[0].cost, 4),
        answer.cost,
        plural(args.max_hops as usize, "hop", "hops"),
    );
    for route in &answer.paths {
        let mut line = route.hops[0].from.label.to_string();
        for hop in &route.hops {
            let link = match hop.kind {
                EdgeKind::Cooccurrence => format!("{}", hop.weight),
                kind => kind.name().to_string(),
            };
            line.push_str(&format!(" —{link}— {}", hop.to.label));
        }
        out.push_str(&format!("\n{line}\n"));
        for hop in &route.hops {
            let about = match hop.kind {
                EdgeKind::Cooccurrence => format!(
                    "{} in {}{}, NPMI {}",
                    windows(graph, hop.weight),
                    plural(hop.documents as usize, "document", "documents"),
                    outlets_note(hop.outlets, hop.reprints),
                    hop.npmi.map_or("–".into(), |s| format!("{s:.4}"))
                ),
                _ => "gazetteer ownership, not mentioned together".to_string(),
            };
            out.push_str(&format!(
                "  {} – {}: {about}; cost {}\n",
                hop.from.label,
                hop.to.label,
                round(hop.cost, 4)
            ));
            for o in &hop.ownership {
                out.push_str(&format!("    gazetteer: {}\n", ownership_line(graph, o)));
            }
            if let Some(p) = hop.evidence.first() {
                out.push_str(&format!("    {}: {}\n", p.document, shorten(p.text, EVIDENCE_WIDTH)));
            }
        }
    }
    Ok((out, outcome))
}
