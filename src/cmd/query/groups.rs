//! The answers about the whole graph: who is central (`top`) and which groups work together (`communities`).

use std::collections::HashMap;

use gazegraph::Graph;
use gazegraph::query::Net;
use gazegraph::query::centrality::{self, Measure};
use gazegraph::query::community::louvain;
use petgraph::graph::NodeIndex;
use serde::Serialize;

use super::answer::{Answer, EntityRef, LINE_WIDTH, entity, round, to_json};
use super::table::{Table, wrap_list};
use super::{CommunitiesArgs, Outcome, TopArgs, check_types};
use crate::cmd::plural;

#[derive(Serialize)]
struct TopJson<'a> {
    by: Measure,
    /// False when betweenness was estimated from a sample of sources.
    exact: bool,
    samples: Option<usize>,
    /// Entities and co-occurrence links the measure was computed over.
    nodes: usize,
    links: usize,
    entities: Vec<TopEntity<'a>>,
}

#[derive(Serialize)]
struct TopEntity<'a> {
    rank: usize,
    #[serde(flatten)]
    entity: EntityRef<'a>,
    score: f64,
    degree: usize,
    strength: f64,
}

pub fn top(graph: &Graph, args: &TopArgs, json: bool) -> Answer {
    check_types(graph, &args.types)?;
    let net = Net::new(graph, args.filters.filter(false)?);
    let measure = Measure::from(args.by);
    let scores = centrality::scores(&net, measure);
    let strength = centrality::strength(&net);
    let mut entities = Vec::new();
    for n in centrality::ranking(&scores.scores) {
        let node = net.node(n);
        if !args.types.is_empty() && !args.types.iter().any(|t| t.eq_ignore_ascii_case(&node.kind)) {
            continue;
        }
        if args.limit != 0 && entities.len() == args.limit {
            break;
        }
        entities.push(TopEntity {
            rank: entities.len() + 1,
            entity: entity(node),
            score: round(scores.scores[n as usize], 6),
            degree: net.degree(n),
            strength: strength[n as usize],
        });
    }
    let answer = TopJson {
        by: measure,
        exact: scores.samples.is_none(),
        samples: scores.samples,
        nodes: net.len(),
        links: net.link_count(),
        entities,
    };
    if json {
        return Ok((to_json(&answer)?, Outcome::Success));
    }
    let how = match scores.samples {
        Some(k) => format!(", estimated from {k} sampled sources"),
        None => String::new(),
    };
    let mut out = format!(
        "Most central by {} over {} co-occurrence links of {} entities{how}\n\n",
        measure.name(),
        answer.links,
        answer.nodes
    );
    let mut columns = vec![">#", "entity", "type"];
    match measure {
        Measure::Betweenness => columns.push(">betweenness"),
        Measure::Pagerank => columns.push(">pagerank"),
        _ => {}
    }
    columns.extend([">degree", ">strength"]);
    let mut table = Table::new(&columns);
    for e in &answer.entities {
        let mut row = vec![
            e.rank.to_string(),
            e.entity.label.to_string(),
            e.entity.kind.to_string(),
        ];
        if matches!(measure, Measure::Betweenness | Measure::Pagerank) {
            row.push(format!("{:.4}", round(e.score, 4)));
        }
        row.extend([e.degree.to_string(), e.strength.to_string()]);
        table.row(row);
    }
    out.push_str(&table.render(0));
    Ok((out, Outcome::Success))
}

#[derive(Serialize)]
struct CommunitiesJson<'a> {
    algorithm: &'static str,
    resolution: f64,
    modularity: f64,
    /// Groups with at least --min-size members, largest first; `id` numbers all groups, these first.
    communities: Vec<CommunityJson<'a>>,
    /// Groups left out for being smaller than --min-size, and the entities in them.
    smaller_groups: usize,
    smaller_group_entities: usize,
}

#[derive(Serialize)]
struct CommunityJson<'a> {
    id: usize,
    size: usize,
    /// Sum of the weights of the links inside.
    weight: f64,
    members: Vec<MemberJson<'a>>,
    /// Every link inside, heaviest first.
    edges: Vec<LinkJson<'a>>,
}

#[derive(Serialize)]
struct MemberJson<'a> {
    #[serde(flatten)]
    entity: EntityRef<'a>,
    /// Weight of the member's links inside the group.
    inside: f64,
}

#[derive(Serialize)]
struct LinkJson<'a> {
    source: &'a str,
    target: &'a str,
    weight: u64,
    documents: u64,
    npmi: Option<f64>,
}

pub fn communities(graph: &Graph, args: &CommunitiesArgs, json: bool) -> Answer {
    if !(args.resolution.is_finite() && args.resolution > 0.0) {
        anyhow::bail!("--resolution must be a positive number, not {}", args.resolution);
    }
    let net = Net::new(graph, args.filters.filter(false)?);
    let partition = louvain(&net, args.resolution);
    let g = &graph.graph;
    let ends = |e| g.edge_endpoints(e).expect("an edge of the graph");
    let (kept, left): (Vec<_>, Vec<_>) = partition
        .communities
        .iter()
        .enumerate()
        .partition(|(_, c)| c.members.len() >= args.min_size);
    let answer = CommunitiesJson {
        algorithm: "louvain",
        resolution: args.resolution,
        modularity: round(partition.modularity, 6),
        communities: kept
            .iter()
            .map(|&(i, c)| {
                let mut inside: HashMap<NodeIndex, f64> = HashMap::new();
                for &e in &c.edges {
                    let (a, b) = ends(e);
                    *inside.entry(a).or_default() += g[e].weight as f64;
                    *inside.entry(b).or_default() += g[e].weight as f64;
                }
                CommunityJson {
                    id: i + 1,
                    size: c.members.len(),
                    weight: c.weight,
                    members: c
                        .members
                        .iter()
                        .map(|&m| MemberJson {
                            entity: entity(net.node(m)),
                            inside: inside.get(&net.node_index(m)).copied().unwrap_or(0.0),
                        })
                        .collect(),
                    edges: c
                        .edges
                        .iter()
                        .map(|&e| {
                            let (a, b) = ends(e);
                            LinkJson {
                                source: &g[a].id,
                                target: &g[b].id,
                                weight: g[e].weight,
                                documents: g[e].documents,
                                npmi: g[e].npmi,
                            }
                        })
                        .collect(),
                }
            })
            .collect(),
        smaller_groups: left.len(),
        smaller_group_entities: left.iter().map(|(_, c)| c.members.len()).sum(),
    };
    if json {
        return Ok((to_json(&answer)?, Outcome::Success));
    }
    let label = |id: &str| graph.node(id).map_or(id.to_string(), |i| g[i].label.clone());
    let mut out = format!(
        "Louvain communities over {} co-occurrence links of {} entities (resolution {}): modularity {:.4}\n",
        net.link_count(),
        net.len(),
        args.resolution,
        round(partition.modularity, 4)
    );
    out.push_str(&format!(
        "{} of at least {} members",
        plural(answer.communities.len(), "group", "groups"),
        args.min_size
    ));
    if answer.smaller_groups > 0 {
        out.push_str(&format!(
            "; {} in smaller groups not shown",
            plural(answer.smaller_group_entities, "entity", "entities")
        ));
    }
    out.push('\n');
    for c in &answer.communities {
        out.push_str(&format!(
            "\nGroup {}: {}, {} inside (weight {})\n",
            c.id,
            plural(c.size, "entity", "entities"),
            plural(c.edges.len(), "link", "links"),
            c.weight
        ));
        let names: Vec<String> = c.members.iter().map(|m| m.entity.label.to_string()).collect();
        out.push_str(&wrap_list(&names, LINE_WIDTH - 2, 2));
        if args.edges > 0 && !c.edges.is_empty() {
            let strongest: Vec<String> = c
                .edges
                .iter()
                .take(args.edges)
                .map(|l| format!("{} – {} ({})", label(l.source), label(l.target), l.weight))
                .collect();
            let shown = strongest.len();
            out.push_str(&if shown < c.edges.len() {
                format!(
                    "  held together by (the strongest {shown} of {} links):\n",
                    c.edges.len()
                )
            } else {
                "  held together by:\n".to_string()
            });
            out.push_str(&wrap_list(&strongest, LINE_WIDTH - 4, 4));
        }
    }
    Ok((out, Outcome::Success))
}
