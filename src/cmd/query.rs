//! `gazegraph query`: questions asked of a built graph, answered as aligned tables or, with `--json`, as one
//! documented JSON object per command (see `README.md`, "Questions you can ask").

mod answer;
mod groups;
mod passage;
mod table;

use std::path::PathBuf;

use anyhow::{Context, bail};
use gazegraph::Graph;
use gazegraph::export;
use gazegraph::graph::EdgeKind;
use gazegraph::query::centrality::Measure;
use gazegraph::query::{Filter, Rank, RelationFilter};

use super::Outcome;

/// Ask a built graph who works with whom: neighbours, evidence, paths, centrality, communities, ego graphs.
///
/// Reads the graph `build` wrote (see --graph: a file or folder, $GAZEGRAPH_GRAPH, or the last build's
/// output); nothing is extracted again. Entities are
/// named by id, name or any alias, in any case: `ICE`, `ice` and `Immigration and Customs Enforcement` are
/// one entity. An unknown name is an error that lists the closest names.
///
/// Every question walks the co-occurrence links (the press mentions both in one sentence), filtered by
/// --min-weight and --min-score; gazetteer ownership (made_by, owned_by) is shown beside them, and counts as
/// a link for `path` and `ego` with --ownership.
#[derive(clap::Args)]
#[command(after_help = concat!(
    "Examples:
  gazegraph query neighbors ICE
  gazegraph query evidence Palantir AWS
  gazegraph query path Amazon Detroit
  gazegraph query top --by betweenness --type organisation
  gazegraph query communities
  gazegraph query ego Amazon --format dot -o amazon.dot
  gazegraph query neighbors ICE --json | jq '.neighbors[].id'

", "Exit status: 0 an answer; 1 no answer (no link between the two, no path); 2 an error (no graph, an unknown \
or ambiguous name)."))]
pub struct Args {
    #[command(subcommand)]
    command: Question,

    #[arg(long, global = true, value_name = "FILE|DIR", help = super::locate::GRAPH_HELP)]
    graph: Option<PathBuf>,

    /// Print one JSON object instead of a table (complete: evidence is not shortened)
    #[arg(long, global = true)]
    json: bool,
}

#[derive(clap::Subcommand)]
enum Question {
    #[command(visible_alias = "neighbours")]
    Neighbors(NeighborsArgs),
    Evidence(EvidenceArgs),
    Path(PathArgs),
    Top(TopArgs),
    Communities(CommunitiesArgs),
    Ego(EgoArgs),
}

/// Which co-occurrence links count.
#[derive(clap::Args, Clone)]
struct Filters {
    /// Ignore links shared by fewer windows (sentences, by default)
    #[arg(long, value_name = "N", default_value_t = 1)]
    min_weight: u64,

    /// Ignore links whose NPMI (-1 never together, 0 chance, 1 always together) is lower
    #[arg(long, value_name = "SCORE", allow_negative_numbers = true)]
    min_score: Option<f64>,

    /// Walk typed relations of this kind instead of co-occurrences: who supplies whom, rather than who is named
    /// with whom (`any`: every typed relation, from the text and the gazetteer)
    #[arg(long, value_enum, value_name = "KIND")]
    relation: Option<RelationArg>,
}

/// `--relation`.
#[derive(Clone, Copy, clap::ValueEnum)]
enum RelationArg {
    Any,
    Supplies,
    RunsOn,
    PartnersWith,
    OwnedBy,
    MadeBy,
    WorksFor,
    LocatedIn,
}

impl From<RelationArg> for RelationFilter {
    fn from(r: RelationArg) -> RelationFilter {
        let kind = match r {
            RelationArg::Any => return RelationFilter::Any,
            RelationArg::Supplies => EdgeKind::Supplies,
            RelationArg::RunsOn => EdgeKind::RunsOn,
            RelationArg::PartnersWith => EdgeKind::PartnersWith,
            RelationArg::OwnedBy => EdgeKind::OwnedBy,
            RelationArg::MadeBy => EdgeKind::MadeBy,
            RelationArg::WorksFor => EdgeKind::WorksFor,
            RelationArg::LocatedIn => EdgeKind::LocatedIn,
        };
        RelationFilter::Kind(kind)
    }
}

impl Filters {
    fn filter(&self, ownership: bool) -> anyhow::Result<Filter> {
        if let Some(score) = self.min_score
            && !(-1.0..=1.0).contains(&score)
        {
            bail!("--min-score must be between -1 and 1 (NPMI), not {score}");
        }
        if self.relation.is_some() && self.min_score.is_some() {
            bail!("--min-score scores co-occurrences; typed relations (--relation) have no NPMI");
        }
        Ok(Filter {
            min_weight: self.min_weight,
            min_score: self.min_score,
            ownership,
            relation: self.relation.map(RelationFilter::from),
        })
    }
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum RankArg {
    Weight,
    Npmi,
}

impl From<RankArg> for Rank {
    fn from(r: RankArg) -> Rank {
        match r {
            RankArg::Weight => Rank::Weight,
            RankArg::Npmi => Rank::Npmi,
        }
    }
}

/// The entities mentioned together with ENTITY, strongest first, with the first evidence sentence.
///
/// Ranked by weight (sentences shared; favours entities that are everywhere) or by NPMI (how much more
/// often than chance; favours specific partners), ties by the other, then by documents, then by id.
/// The entity's ownership relations from the gazetteer are listed below the table.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  gazegraph query neighbors ICE
  gazegraph query neighbors Amazon --type agency --rank npmi
  gazegraph query neighbors Microsoft --min-weight 2 --limit 5 --json")]
struct NeighborsArgs {
    /// Id, name or alias of the entity
    entity: String,

    /// Only neighbours of this type (organisation, agency, product, …); may be given several times
    #[arg(short, long = "type", value_name = "TYPE")]
    types: Vec<String>,

    /// Order by windows shared or by NPMI
    #[arg(long, value_enum, default_value_t = RankArg::Weight)]
    rank: RankArg,

    /// Show at most N neighbours (0: all)
    #[arg(short = 'n', long, value_name = "N", default_value_t = 20)]
    limit: usize,

    #[command(flatten)]
    filters: Filters,
}

/// Every evidence sentence behind the link A–B, with its document (and title, date, URL when known).
///
/// The graph keeps the first few passages per link (`build --evidence N`, 5 by default); the output says
/// when there were more. A gazetteer ownership relation between the two is shown too.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  gazegraph query evidence Palantir AWS
  gazegraph query evidence 'Immigration and Customs Enforcement' amazon --json")]
struct EvidenceArgs {
    /// Id, name or alias of one entity
    a: String,
    /// Id, name or alias of the other
    b: String,
}

/// The cheapest paths between A and B, strong links being cheap, each hop with its evidence.
///
/// A hop costs 1/weight (--rank weight: two links of weight 4 cost less than one of weight 1) or
/// −ln((1 + NPMI) / 2) (--rank npmi: specific links are cheap, links through ubiquitous entities dear).
/// All paths tied for the lowest cost with at most --max-hops hops are shown, fewest hops first.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  gazegraph query path Amazon Detroit
  gazegraph query path Palantir 'Detroit Police Department' --max-hops 6 --rank npmi
  gazegraph query path Ring ICE --ownership --json")]
struct PathArgs {
    /// Id, name or alias of the start
    a: String,
    /// Id, name or alias of the end
    b: String,

    /// Longest path considered, in hops
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..=32))]
    max_hops: u32,

    /// Cost of a hop: 1/weight, or −ln((1 + NPMI) / 2)
    #[arg(long, value_enum, default_value_t = RankArg::Weight)]
    rank: RankArg,

    /// Let gazetteer ownership (made_by, owned_by) link pairs never mentioned together, at the cost of a
    /// weight-1 (or NPMI-0) link
    #[arg(long)]
    ownership: bool,

    /// Show at most N tied paths
    #[arg(short = 'n', long, value_name = "N", default_value_t = 5)]
    limit: usize,

    #[command(flatten)]
    filters: Filters,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum MeasureArg {
    Degree,
    Strength,
    Betweenness,
    Pagerank,
}

impl From<MeasureArg> for Measure {
    fn from(m: MeasureArg) -> Measure {
        match m {
            MeasureArg::Degree => Measure::Degree,
            MeasureArg::Strength => Measure::Strength,
            MeasureArg::Betweenness => Measure::Betweenness,
            MeasureArg::Pagerank => Measure::Pagerank,
        }
    }
}

/// The most central entities.
///
///   degree       entities mentioned with
///   strength     sentences shared with anybody (sum of link weights)
///   betweenness  share of shortest paths (in hops) between others that pass through: the brokers;
///                exact up to 20 million steps (entities × 2 × links), estimated from a fixed sample
///                of sources beyond (the output says so)
///   pagerank     weighted PageRank (damping 0.85): linked strongly to the central
///
/// Centrality is computed over all entities; --type only filters the list. Ties are broken by id.
#[derive(clap::Args)]
#[command(
    verbatim_doc_comment,
    after_help = "Examples:
  gazegraph query top
  gazegraph query top --by betweenness --limit 10
  gazegraph query top --by pagerank --type organisation --type agency --json"
)]
struct TopArgs {
    /// What to rank by
    #[arg(long, value_enum, default_value_t = MeasureArg::Degree)]
    by: MeasureArg,

    /// Only list entities of this type; may be given several times
    #[arg(short, long = "type", value_name = "TYPE")]
    types: Vec<String>,

    /// Show at most N entities (0: all)
    #[arg(short = 'n', long, value_name = "N", default_value_t = 20)]
    limit: usize,

    #[command(flatten)]
    filters: Filters,
}

/// Groups of entities that work together: Louvain communities.
///
/// Louvain (Blondel et al. 2008) maximises modularity over the co-occurrence links, weighted by sentences
/// shared; made deterministic (entities visited in id order, ties to the lowest id), and groups that end up
/// disconnected are split. Groups are listed largest first, members most linked within the group first, with
/// the links that hold the group together, heaviest first.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  gazegraph query communities
  gazegraph query communities --min-weight 2 --resolution 1.5
  gazegraph query communities --json | jq '.communities[0].members[].id'")]
struct CommunitiesArgs {
    /// Above 1: more, smaller groups; below 1: fewer, larger ones
    #[arg(long, value_name = "GAMMA", default_value_t = 1.0)]
    resolution: f64,

    /// Leave out groups with fewer members (entities with no link are groups of one)
    #[arg(long, value_name = "N", default_value_t = 2)]
    min_size: usize,

    /// Links shown per group in the table (the JSON has them all)
    #[arg(long, value_name = "N", default_value_t = 5)]
    edges: usize,

    #[command(flatten)]
    filters: Filters,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum FormatArg {
    Json,
    Dot,
    Csv,
    Html,
}

/// ENTITY's neighbourhood as a graph of its own, in build's formats, to draw one entity's network alone.
///
/// Keeps the entities at most --depth links away and every link between them (co-occurrence links that pass
/// the filters; gazetteer ownership always).
///
///   json  node-link JSON like graph.json (it can be queried again with --graph)
///   dot   Graphviz source like graph.dot
///   csv   nodes.csv and edges.csv like build's, written into the folder -o DIR (required)
///   html  a page like graph.html that opens on the entity
///
/// json, dot and html go to standard output unless -o FILE.
#[derive(clap::Args)]
#[command(
    verbatim_doc_comment,
    after_help = "Examples:
  gazegraph query ego Amazon --format dot | sfdp -Tsvg -o amazon.svg
  gazegraph query ego ICE --depth 2 --min-weight 2 -o ice.json
  gazegraph query ego Palantir --format csv -o palantir/"
)]
struct EgoArgs {
    /// Id, name or alias of the entity
    entity: String,

    /// Hops from the entity
    #[arg(long, value_name = "N", default_value_t = 1)]
    depth: usize,

    /// Output format (--json is --format json)
    #[arg(short, long, value_enum, default_value_t = FormatArg::Json)]
    format: FormatArg,

    /// Output file (json, dot, html) or folder (csv)
    #[arg(short, long, value_name = "PATH")]
    out: Option<PathBuf>,

    /// Walk gazetteer ownership (made_by, owned_by) too
    #[arg(long)]
    ownership: bool,

    #[command(flatten)]
    filters: Filters,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let path = super::locate::graph(args.graph.as_deref())?;
    let mut graph = read_graph(&path)?;
    let json = args.json;
    // JSON, and an ego graph on standard output, are data: exact. Everything else is for people to read.
    let exact = json || matches!(args.command, Question::Ego(_));
    if !exact {
        for_people(&mut graph);
    }
    let (text, outcome) = match args.command {
        Question::Neighbors(a) => answer::neighbors(&graph, &a, json)?,
        Question::Evidence(a) => answer::evidence(&graph, &a, json)?,
        Question::Path(a) => answer::path(&graph, &a, json)?,
        Question::Top(a) => groups::top(&graph, &a, json)?,
        Question::Communities(a) => groups::communities(&graph, &a, json)?,
        Question::Ego(a) => ego(&graph, &a, json)?,
    };
    if exact {
        super::term::print_exact(&text)?;
    } else {
        super::term::print(&text)?;
    }
    Ok(outcome)
}

/// Reads the graph at `path` (see [`super::locate`]), warning when its folder was left mixed by a stopped run.
pub(super) fn read_graph(path: &std::path::Path) -> anyhow::Result<Graph> {
    let graph = export::json::read(path).map_err(|e| match e {
        export::Error::Io { ref source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
            anyhow::anyhow!(
                "{e}\n(build a graph first with `gazegraph build`, or name one with --graph or ${})",
                super::locate::ENV
            )
        }
        e => e.into(),
    })?;
    if let Some(dir) = path.parent()
        && export::output::is_incomplete(dir)
    {
        super::term::say(&format!(
            "gazegraph: warning: a run was stopped while it replaced the files in {}, so they may come from \
             two runs; {} is whole, but may be the older one. Build again to put it right.",
            gazegraph::show::ShownPath(dir),
            gazegraph::show::ShownPath(path)
        ));
    }
    Ok(graph)
}

/// Escapes the control characters of every text a table may show (see [`gazegraph::show`]): names, types,
/// aliases, evidence, document metadata.
fn for_people(graph: &mut Graph) {
    use gazegraph::show::escape;
    let tidy = |s: &mut String| {
        if let std::borrow::Cow::Owned(shown) = escape(s) {
            *s = shown;
        }
    };
    let tidy_option = |s: &mut Option<String>| {
        if let Some(s) = s {
            tidy(s);
        }
    };
    for node in graph.graph.node_weights_mut() {
        tidy(&mut node.id);
        tidy(&mut node.label);
        tidy(&mut node.kind);
        node.aliases.iter_mut().for_each(tidy);
        node.attributes.values_mut().for_each(tidy);
        tidy_option(&mut node.first_date);
        tidy_option(&mut node.last_date);
    }
    for edge in graph.graph.edge_weights_mut() {
        for evidence in &mut edge.evidence {
            tidy(&mut evidence.document);
            tidy(&mut evidence.text);
        }
        tidy_option(&mut edge.first_date);
        tidy_option(&mut edge.last_date);
    }
    for document in &mut graph.documents {
        tidy(&mut document.id);
        tidy_option(&mut document.title);
        tidy_option(&mut document.date);
        tidy_option(&mut document.url);
        tidy_option(&mut document.lang);
    }
}

/// Types given with --type that no entity has are an error, listing those the graph has.
fn check_types(graph: &Graph, types: &[String]) -> anyhow::Result<()> {
    let known: std::collections::BTreeSet<&str> = graph.graph.node_weights().map(|n| n.kind.as_str()).collect();
    for t in types {
        if !known.iter().any(|k| k.eq_ignore_ascii_case(t)) {
            bail!(
                "no entity has the type `{}`; the graph's types are: {}",
                gazegraph::show::Escaped(t),
                known.into_iter().collect::<Vec<_>>().join(", ")
            );
        }
    }
    Ok(())
}

fn ego(graph: &Graph, args: &EgoArgs, json: bool) -> anyhow::Result<(String, Outcome)> {
    let format = match (json, args.format) {
        (true, FormatArg::Json) | (false, _) => args.format,
        (true, _) => bail!("--json asks for JSON but --format asks for another format; give one of them"),
    };
    let net = gazegraph::query::Net::new(graph, args.filters.filter(args.ownership)?);
    let center = gazegraph::query::resolve(graph, &args.entity)?;
    let (sub, _) = gazegraph::query::ego::ego(&net, center, args.depth);
    let summary = format!(
        "gazegraph: {} entities and {} links within {} hop(s) of {}",
        sub.graph.node_count(),
        sub.graph.edge_count(),
        args.depth,
        gazegraph::show::Escaped(&graph.graph[center].label)
    );
    match (format, &args.out) {
        (FormatArg::Csv, None) => {
            bail!("--format csv writes two tables, nodes.csv and edges.csv: name their folder with -o DIR")
        }
        (FormatArg::Csv, Some(dir)) => {
            let mut out = export::OutputDir::create(dir)?;
            out.write_file("nodes.csv", |w| {
                export::tables::write_nodes(&sub, w).map_err(std::io::Error::other)
            })?;
            out.write_file("edges.csv", |w| {
                export::tables::write_edges(&sub, w).map_err(std::io::Error::other)
            })?;
            out.commit()?;
            super::term::say(&format!("{summary}; wrote {}", dir.display()));
            Ok((String::new(), Outcome::Success))
        }
        (_, out) => {
            let text = if format == FormatArg::Dot {
                export::dot::to_dot(&sub)
            } else {
                let mut bytes = Vec::new();
                if format == FormatArg::Html {
                    let options = export::html::Options {
                        focus: Some(graph.graph[center].id.clone()),
                        ..Default::default()
                    };
                    export::html::write_with(&sub, &options, &mut bytes)?;
                } else {
                    export::json::write(&sub, &mut bytes)?;
                }
                String::from_utf8(bytes).context("the output is UTF-8")?
            };
            match out {
                None => Ok((text, Outcome::Success)),
                Some(path) => {
                    std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?;
                    super::term::say(&format!("{summary}; wrote {}", path.display()));
                    Ok((String::new(), Outcome::Success))
                }
            }
        }
    }
}
