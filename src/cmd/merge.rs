//! `gazegraph merge`: the graph of a collection built in shards.

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, bail};
use gazegraph::export::tables::MENTIONS_HEADER;
use gazegraph::export::{self, OutputDir};
use gazegraph::graph::partial;

use super::build::graph_counts;
use super::gazetteer::GazetteerArgs;
use super::progress::{interrupted, take_over_ctrl_c};
use super::{Outcome, plural};

/// Combine the partial graphs of shards (`gazegraph build --partial`) into the graph of all of them.
///
/// Writes what `gazegraph build` writes (graph.json, graph.gexf, graph.graphml, nodes.csv, edges.csv,
/// graph.dot, graph.html, mentions.csv), and when the shards split a list of inputs in order, the very bytes one build over
/// that list would write. The graph files do not depend on the order of the PARTIALs; mentions.csv is the
/// shards' mention tables one after the other, in the order given.
///
/// A merge refuses (exit status 2, what --out held left as it was) partials it could not combine exactly: a document id
/// counted in two shards (one build would have renamed the second `ID~2`), shards built with another gazetteer
/// than the one given, with different --window, --evidence, --min-weight, --min-score or --roll-up, or by
/// another version of gazegraph.
///
/// It keeps every partial open while it checks their document ids, which it does in one pass holding one id
/// per partial: for more shards than the open-file limit (`ulimit -n`), merge them in stages with --partial.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  gazegraph merge shards/* --out graph/
  gazegraph merge shards/*/partial.jsonl --gazetteer my-gazetteer/ --out graph/ --top 100
  gazegraph merge shards/0* --partial --out stages/0        # in stages: one merge per group of shards,
  gazegraph merge shards/1* --partial --out stages/1        # then one of the groups
  gazegraph merge stages/0 stages/1 --out graph/")]
pub struct Args {
    /// A partial: a folder `build --partial` wrote into, or its partial.jsonl (with mentions.csv beside it)
    #[arg(value_name = "PARTIAL", required = true)]
    partials: Vec<PathBuf>,

    #[command(flatten)]
    gazetteer: GazetteerArgs,

    /// Encoding of files that are not UTF-8 (e.g. windows-1252); guessed when not given
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,

    /// Output folder
    #[arg(short, long, value_name = "DIR")]
    out: PathBuf,

    /// Write a merged partial (partial.jsonl, with mentions.csv) instead of the graph files, to merge again
    #[arg(long, conflicts_with = "top")]
    partial: bool,

    /// Draw only the N most connected entities in graph.dot, as `build --top` does
    #[arg(long, value_name = "N")]
    top: Option<std::num::NonZeroUsize>,

    /// Print nothing but errors
    #[arg(short, long)]
    quiet: bool,
}

/// A partial and the mention table written with it.
struct Shard {
    partial: PathBuf,
    mentions: PathBuf,
}

impl Shard {
    fn locate(path: &Path) -> anyhow::Result<Shard> {
        let partial = if path.is_dir() {
            let file = path.join(partial::FILE_NAME);
            if !file.is_file() {
                bail!(
                    "{}: holds no {} (`gazegraph build --partial` writes one)",
                    path.display(),
                    partial::FILE_NAME
                );
            }
            file
        } else {
            path.to_path_buf()
        };
        let mentions = partial.with_file_name("mentions.csv");
        if !mentions.is_file() {
            bail!(
                "{}: no mentions.csv beside it, which `build --partial` writes and merge joins",
                partial.display()
            );
        }
        Ok(Shard { partial, mentions })
    }
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    // Ctrl-C stops the merge before its next step: the staging folder goes, what --out held stays.
    take_over_ctrl_c("the step in hand");
    let gazetteer = args.gazetteer.load(args.encoding.as_deref())?;
    let shards = args
        .partials
        .iter()
        .map(|p| Shard::locate(p))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let inputs = shards
        .iter()
        .map(|shard| {
            let file = File::open(&shard.partial).with_context(|| shard.partial.display().to_string())?;
            Ok(partial::Input {
                label: shard.partial.display().to_string(),
                reader: BufReader::with_capacity(64 << 10, file),
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;

    let mut out = OutputDir::create(&args.out)?;
    let (documents, mentions, counts) = if args.partial {
        let mut staged = out.create_file(partial::FILE_NAME)?;
        let sum = partial::merge_into(inputs, &gazetteer, &mut staged.writer)?;
        staged.finish()?;
        join_mentions(&shards, &mut out)?;
        let counts = format!(
            "{} entities, {} pairs ({} window)",
            sum.entities_mentioned(),
            sum.pairs(),
            sum.settings().window.name()
        );
        (sum.documents(), sum.mentions(), counts)
    } else {
        let sum = partial::merge(inputs, &gazetteer)?;
        join_mentions(&shards, &mut out)?;
        let graph = sum.finish(&gazetteer);
        let diagram = export::dot::Options {
            top: args.top.map(usize::from),
            ..Default::default()
        };
        export::write_graph_files_with(&mut out, &graph, &diagram)?;
        (graph.meta.documents, graph.meta.mentions, graph_counts(&graph))
    };
    stop_if_interrupted()?;
    out.commit()?;

    if !args.quiet {
        eprintln!(
            "gazegraph: merged {}: {}, {} of {counts} in {:.2} s; wrote {}{}",
            plural(shards.len(), "partial", "partials"),
            plural(documents as usize, "document", "documents"),
            plural(mentions as usize, "mention", "mentions"),
            started.elapsed().as_secs_f64(),
            args.out.display(),
            if args.partial { " (a partial)" } else { "" },
        );
    }
    Ok(Outcome::Success)
}

/// An error that exits with the status of an interrupted run once Ctrl-C was pressed.
fn stop_if_interrupted() -> anyhow::Result<()> {
    if interrupted() {
        return Err(gazegraph::pipeline::Error::Cancelled.into());
    }
    Ok(())
}

/// Writes the shards' mention tables one after the other, with one header.
fn join_mentions(shards: &[Shard], out: &mut OutputDir) -> anyhow::Result<()> {
    let mut joined = out.create_file("mentions.csv")?;
    joined
        .writer
        .write_all(MENTIONS_HEADER)
        .with_context(|| joined.path.display().to_string())?;
    for shard in shards {
        stop_if_interrupted()?;
        let path = &shard.mentions;
        let mut reader =
            BufReader::with_capacity(1 << 20, File::open(path).with_context(|| path.display().to_string())?);
        let mut header = Vec::new();
        reader
            .read_until(b'\n', &mut header)
            .with_context(|| path.display().to_string())?;
        if header != MENTIONS_HEADER {
            bail!("{}: not a gazegraph mention table", path.display());
        }
        std::io::copy(&mut reader, &mut joined.writer)
            .with_context(|| format!("copying {} to {}", path.display(), joined.path.display()))?;
    }
    joined.finish()?;
    Ok(())
}
