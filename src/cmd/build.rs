//! `gazegraph build`: the main job.

use std::path::PathBuf;

use anyhow::{Context, bail};
use gazegraph::export::{self, OutputDir};
use gazegraph::gazetteer::source::describe;
use gazegraph::graph::{Reprints, RollUp, Settings, partial};
use gazegraph::pipeline::{self, Options};
use gazegraph::text::Input;
use gazegraph::{Graph, Window};

use super::gazetteer::{GazetteerArgs, parse_encoding};
use super::progress::Progress;
use super::{Outcome, plural};

/// Build the graph of a corpus: find the gazetteer's entities and link those mentioned together.
///
/// Reads the articles under the INPUTs, finds the mentions of the gazetteer's entities, and writes to the
/// output folder (below). Articles are read from:
///
///   .txt          one article; it may start with a header of `title:`, `date:`, `url:`, `outlet:` and `lang:`
///                 lines ended by a blank line (or the older single line ` date 2018-11`)
///   .html .htm    a saved web page: only its article is read (menus, banners, teasers, comments and footers
///                 are dropped), with its title, date, URL, language and outlet (`gazegraph text` shows it)
///   .jsonl        one article per line: at least a `text` field; optionally `id`, `title`, `date`, `lang`,
///                 `url`, `outlet`
///   .warc         a web archive (a news crawl): the HTML page of every response record; other records are
///                 counted in the summary
///   …​.gz          any of these compressed with gzip (`.jsonl.gz`, `.warc.gz`, …)
///
/// Other files in folders are ignored and counted by kind (named with --verbose). Standard input (`-`) and
/// pipes (`<(zcat news.jsonl.gz)`) are streamed, gzip or not, and their format found from their content.
///
///   graph.json    node-link JSON (networkx, d3), with the evidence sentences of every edge
///   graph.gexf    Gephi (File → Open): attributes, colours, and a timeline when documents have dates
///   graph.graphml Cytoscape, yEd, networkx: typed attributes
///   nodes.csv     Gephi node table (Id, Label, Type, …)
///   edges.csv     Gephi edge table (Id, Source, Target, Type, Weight, …)
///   graph.dot     Graphviz diagram source (draw it with: gazegraph render)
///   graph.html    a page to open in a browser: search, filters, the evidence of every link (offline)
///   mentions.csv  every mention, with its document, sentence and byte span
///
/// The outputs are replaced only when the whole run succeeds, all at once where the system can swap two folders
/// (Linux; elsewhere file by file, with a marker that a stopped run leaves), and by one run at a time: a second
/// run into the same folder fails, naming the first. With no arguments it builds the shipped sample: seeds/ with
/// gazetteer/ into out/. Without --gazetteer it uses ./gazetteer/ when there is one, else the gazetteer built
/// into gazegraph; the summary line says which.
///
/// For a collection too large for one run, build it in shards with --partial (one shard per machine or job;
/// every document in exactly one shard) and combine them with `gazegraph merge`: the result is byte for byte the
/// graph one build over all the shards' inputs, in shard order, would write.
#[derive(clap::Args)]
#[command(
    verbatim_doc_comment,
    after_help = "Examples:
  gazegraph build
  gazegraph build articles/ --gazetteer my-gazetteer/ --out graph/
  gazegraph build articles/ --gazetteer shipped --gazetteer mine.csv --out graph/
  gazegraph build news.jsonl --window paragraph --min-weight 2
  cat article.txt | gazegraph build - --out /tmp/one
  gazegraph build 2019/ --partial --out shards/2019 && gazegraph build 2020/ --partial --out shards/2020
  gazegraph merge shards/2019 shards/2020 --out graph/"
)]
pub struct Args {
    /// Files or folders to read (folders recursively); `-` reads standard input
    #[arg(value_name = "INPUT", default_value = "seeds")]
    inputs: Vec<String>,

    #[command(flatten)]
    gazetteer: GazetteerArgs,

    /// Output folder
    #[arg(short, long, value_name = "DIR", default_value = "out")]
    out: PathBuf,

    /// What counts as mentioned together
    #[arg(short, long, value_enum, default_value_t = WindowArg::Sentence)]
    window: WindowArg,

    /// Leave out edges shared by fewer windows
    #[arg(long, value_name = "N", default_value_t = 1)]
    min_weight: u64,

    /// Leave out edges whose NPMI (from -1 through 0, chance, to 1, always together) is lower
    #[arg(long, value_name = "SCORE", allow_negative_numbers = true)]
    min_score: Option<f64>,

    /// Count products as their makers (`products`), or everything with an owner as its ultimate owner (`all`),
    /// for a company-level graph
    #[arg(long, value_enum, value_name = "WHAT", default_value_t = RollUpArg::None)]
    roll_up: RollUpArg,

    /// Evidence passages kept per edge
    #[arg(long, value_name = "N", default_value_t = 5)]
    evidence: usize,

    /// Reprints (the same article published again by another outlet, lightly edited): count each story once,
    /// adding the reprints' outlets (`collapse`), or count every copy (`keep`)
    #[arg(long, value_enum, value_name = "WHAT", default_value_t = ReprintsArg::Collapse)]
    reprints: ReprintsArg,

    /// Only the gazetteer's entities: do not add the people (`Jennifer Granick`, then `Granick`), products (`die
    /// Software „Gesichtsfinder“`) and organisations (`the Privacy Rights Foundation`) the text names that the
    /// gazetteer does not list (nodes with `origin` `text`)
    #[arg(long)]
    listed_only: bool,

    /// Do not read sentences for typed relations (supplies, runs_on, partners_with, owned_by, made_by,
    /// works_for): co-occurrence edges only
    #[arg(long)]
    no_relations: bool,

    /// A cue file of your own (CSV: cue,kind,direction,where; see README "Typed relations"), read beside the
    /// shipped German, English and Dutch cues; may be given several times
    #[arg(long, value_name = "FILE", conflicts_with = "no_relations")]
    cues: Vec<PathBuf>,

    /// Encoding of files (articles and gazetteer) that are not UTF-8 (e.g. windows-1252, iso-8859-15); guessed
    /// when not given
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,

    /// Worker threads (0: one per core)
    #[arg(short = 'j', long, value_name = "N", default_value_t = 0)]
    threads: usize,

    /// Fail (exit status 1, outputs untouched) if any input was skipped
    #[arg(long)]
    strict: bool,

    /// Draw only the N most connected entities in graph.dot (by windows shared with others), so that a big
    /// graph stays legible; the other files keep every entity
    #[arg(long, value_name = "N")]
    top: Option<std::num::NonZeroUsize>,

    /// Write a partial graph for `gazegraph merge` (partial.jsonl, with mentions.csv) instead of the graph files:
    /// for building a large collection in shards
    #[arg(long, conflicts_with = "top")]
    partial: bool,

    /// Print nothing but errors
    #[arg(short, long, conflicts_with = "verbose")]
    quiet: bool,

    /// Name every file ignored (not an article), rather than the first few
    #[arg(short, long)]
    verbose: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ReprintsArg {
    Collapse,
    Keep,
}

impl From<ReprintsArg> for Reprints {
    fn from(r: ReprintsArg) -> Reprints {
        match r {
            ReprintsArg::Collapse => Reprints::Collapse,
            ReprintsArg::Keep => Reprints::Keep,
        }
    }
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum RollUpArg {
    None,
    Products,
    All,
}

impl From<RollUpArg> for RollUp {
    fn from(r: RollUpArg) -> RollUp {
        match r {
            RollUpArg::None => RollUp::None,
            RollUpArg::Products => RollUp::Products,
            RollUpArg::All => RollUp::All,
        }
    }
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum WindowArg {
    Sentence,
    Paragraph,
    Document,
}

impl From<WindowArg> for Window {
    fn from(w: WindowArg) -> Window {
        match w {
            WindowArg::Sentence => Window::Sentence,
            WindowArg::Paragraph => Window::Paragraph,
            WindowArg::Document => Window::Document,
        }
    }
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let progress = Progress::new(args.quiet, args.verbose);
    let (gazetteer, mut extractor) = args
        .gazetteer
        .load_compiled(args.encoding.as_deref(), args.threads, &progress)?;
    extractor.set_finding(!args.listed_only);
    let encoding = parse_encoding(args.encoding.as_deref())?;
    if let Some(score) = args.min_score
        && !(-1.0..=1.0).contains(&score)
    {
        bail!("--min-score must be between -1 and 1 (NPMI), not {score}");
    }
    let options = Options {
        settings: Settings {
            window: args.window.into(),
            evidence_cap: args.evidence,
            min_weight: args.min_weight,
            min_score: args.min_score,
            roll_up: args.roll_up.into(),
            relations: !args.no_relations,
            reprints: args.reprints.into(),
        },
        encoding,
        threads: args.threads,
        keep_ids: args.partial,
        cues: read_cues(&args.cues)?,
    };
    let inputs: Vec<Input> = args.inputs.iter().map(|s| Input::from(s.as_str())).collect();

    let mut out = OutputDir::create(&args.out)?.replacing(export::RUN_OUTPUTS);
    super::warn_if_incomplete(&out, args.quiet);
    let mut mentions = out.create_file("mentions.csv")?;
    let (counted, summary) = pipeline::count(
        &gazetteer,
        &extractor,
        &inputs,
        &options,
        &mut mentions.writer,
        &progress,
    )
    .map_err(|e| match e {
        pipeline::Error::Input(e) if args.inputs == ["seeds"] => {
            anyhow::anyhow!(
                "{e}\n(with no INPUT, gazegraph reads ./seeds; run it in a gazegraph checkout, or name your inputs)"
            )
        }
        e => e.into(),
    })?;
    progress.finish();
    if summary.documents == 0 {
        bail!("no documents found in {}; nothing was written", args.inputs.join(", "));
    }
    if args.strict && !summary.skipped.is_empty() {
        super::term::say(&format!(
            "gazegraph: {} input(s) skipped and --strict is set; {} was left as it was",
            summary.skipped.len(),
            args.out.display()
        ));
        return Ok(Outcome::CheckFailed);
    }
    mentions.finish()?;
    // A partial gets no graph files: a shard's graph, filtered and scored on a part of the corpus, would only be
    // mistaken for the graph (`gazegraph merge` of the one partial makes it, where wanted).
    let reprints = counted.accumulator.reprints();
    let counts = if args.partial {
        let accumulator = &counted.accumulator;
        let counts = format!(
            "{} entities, {} pairs ({} window)",
            accumulator.entities_mentioned(),
            accumulator.pairs(),
            options.settings.window.name()
        );
        out.write_file(partial::FILE_NAME, |w| {
            partial::write(accumulator, counted.ids, &gazetteer, w)
        })?;
        counts
    } else {
        let graph = counted.accumulator.finish(&gazetteer);
        let diagram = export::dot::Options {
            top: args.top.map(usize::from),
            ..Default::default()
        };
        export::write_graph_files_with(&mut out, &graph, &diagram)?;
        graph_counts(&graph)
    };
    // A Ctrl-C while the graph files were written still leaves the previous outputs as they were.
    if gazegraph::pipeline::Observer::cancelled(&progress) {
        return Err(pipeline::Error::Cancelled.into());
    }
    out.commit()?;
    if !args.partial {
        super::locate::remember(&args.out);
    }

    if !args.quiet {
        let skipped = match summary.skipped.len() {
            0 => String::new(),
            n => format!(", {n} skipped"),
        };
        let warned = match summary.warnings {
            0 => String::new(),
            n => format!(", {} read with a warning", plural(n as usize, "document", "documents")),
        };
        let warned = match reprints {
            0 => warned,
            n => format!("{warned}, {} counted once", plural(n as usize, "reprint", "reprints")),
        };
        super::term::say(&format!(
            "gazegraph: {} ({}{skipped}{warned}), {} of {counts} in {:.2} s with {}; wrote {}{}",
            plural(summary.documents as usize, "document", "documents"),
            size(summary.bytes),
            plural(summary.mentions as usize, "mention", "mentions"),
            progress.elapsed().as_secs_f64(),
            describe(gazetteer.sources()),
            args.out.display(),
            if args.partial {
                " (a partial, for gazegraph merge)"
            } else {
                ""
            },
        ));
        if let Some(line) = ignored_line(&summary, &progress.ignored_names(), args.verbose) {
            super::term::say(&line);
        }
    }
    Ok(Outcome::Success)
}

/// What the summary says of what was not read because it holds no article: `gazegraph: ignored 2 .pdf files,
/// 1 files without an extension (a.pdf, b.pdf, notes; --verbose names them all)`.
pub(super) fn ignored_line(summary: &pipeline::Summary, names: &[String], verbose: bool) -> Option<String> {
    if summary.ignored.is_empty() {
        return None;
    }
    let counts: Vec<String> = summary.ignored.iter().map(|(kind, n)| format!("{n} {kind}")).collect();
    let files: u64 = summary
        .ignored
        .iter()
        .filter(|(kind, _)| !kind.starts_with("WARC "))
        .map(|(_, n)| n)
        .sum();
    let named = if verbose || names.is_empty() {
        String::new()
    } else if files as usize > names.len() {
        format!(" ({}, …; --verbose names them all)", names.join(", "))
    } else {
        format!(" ({})", names.join(", "))
    };
    Some(format!("gazegraph: ignored {}{named}", counts.join(", ")))
}

/// `62 KB`, `100.0 MB`: a corpus's size as a summary line gives it (the seeds are not `0.0 MB`).
fn size(bytes: u64) -> String {
    if bytes < 1_000_000 {
        format!("{} KB", bytes.div_ceil(1000))
    } else {
        format!("{:.1} MB", bytes as f64 / 1e6)
    }
}

/// What a summary line says of a graph: `94 entities, 217 edges (sentence window)`.
pub(super) fn graph_counts(graph: &Graph) -> String {
    let edges = graph
        .graph
        .edge_weights()
        .filter(|e| e.kind == gazegraph::graph::EdgeKind::Cooccurrence)
        .count();
    format!(
        "{}, {} ({} window)",
        plural(graph.graph.node_count(), "entity", "entities"),
        plural(edges, "edge", "edges"),
        graph.meta.window.name()
    )
}

/// The user's cue files, `(name, text)`.
pub(super) fn read_cues(files: &[PathBuf]) -> anyhow::Result<Vec<(String, String)>> {
    files
        .iter()
        .map(|f| {
            let text =
                std::fs::read_to_string(f).with_context(|| format!("cannot read the cue file {}", f.display()))?;
            Ok((f.display().to_string(), text))
        })
        .collect()
}
