//! `gazegraph render`: the diagram as a picture, without learning Graphviz's command line, or the graph as a
//! page (`-o graph.html`), as `build` writes it, for a graph.json built before or cut with --top.

use std::io::Write;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use gazegraph::export::{dot, html, json};
use graphviz_rust::cmd::{CommandArg, Format};

use super::Outcome;

/// Draw a built graph as SVG or PNG with Graphviz.
///
/// Reads the graph.json that `gazegraph build` wrote, makes the same styled diagram as graph.dot (colour and
/// shape by type, a legend, lines as wide as the link is strong), lets Graphviz lay it out and writes an SVG,
/// or a PNG when the output name ends in .png. Graphviz must be installed: apt-get install graphviz, brew
/// install graphviz, or the Windows installer from https://graphviz.org/download/. An output ending in .html
/// is the interactive page build writes as graph.html (no Graphviz needed).
#[derive(clap::Args)]
#[command(after_help = "Examples:
  gazegraph render                                  # out/graph.json → out/graph.svg
  gazegraph render --top 40 -o out/top40.svg        # the 40 most connected entities
  gazegraph render --graph my-graph/graph.json --png
  gazegraph render --top 500 -o out/top500.html      # a page of the 500 most connected")]
pub struct Args {
    /// The graph to draw, as written by `gazegraph build`
    #[arg(short, long, value_name = "FILE", default_value = "out/graph.json")]
    graph: PathBuf,

    /// Where to write the picture: a .svg or .png file, .dot for the diagram's source, or .html for the
    /// interactive page (no Graphviz needed for these two) [default: graph.svg beside the graph]
    #[arg(short, long, value_name = "FILE")]
    out: Option<PathBuf>,

    /// Layout: sfdp (fast, force-directed), neato (force-directed, small graphs), circo (circular), dot
    /// (hierarchical; can take minutes on a few hundred densely linked entities)
    #[arg(short, long, value_enum, default_value_t = LayoutArg::Sfdp)]
    layout: LayoutArg,

    /// Draw only the N most connected entities (by windows shared with others)
    #[arg(long, value_name = "N")]
    top: Option<NonZeroUsize>,

    /// Also write a PNG beside the SVG (same name, .png)
    #[arg(long)]
    png: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum LayoutArg {
    Sfdp,
    Neato,
    Circo,
    Dot,
}

impl From<LayoutArg> for dot::Layout {
    fn from(l: LayoutArg) -> dot::Layout {
        match l {
            LayoutArg::Sfdp => dot::Layout::Sfdp,
            LayoutArg::Neato => dot::Layout::Neato,
            LayoutArg::Circo => dot::Layout::Circo,
            LayoutArg::Dot => dot::Layout::Dot,
        }
    }
}

/// What to say when the Graphviz programs cannot be found.
pub const INSTALL_GRAPHVIZ: &str = "Graphviz is not installed, or its `dot` program is not on the PATH; \
gazegraph render runs it to lay out the diagram. Install Graphviz, then run this again:
  Debian, Ubuntu:  sudo apt-get install graphviz
  Fedora:          sudo dnf install graphviz
  macOS:           brew install graphviz
  Windows:         the installer from https://graphviz.org/download/ (choose to add Graphviz to the PATH)
graph.dot, beside graph.json, is the same diagram's source for any Graphviz tool.";

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let started = std::time::Instant::now();
    let graph = json::read(&args.graph).map_err(|e| match e {
        gazegraph::export::Error::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
            anyhow::anyhow!(
                "{}: no such file; build the graph first (gazegraph build), or name it with --graph",
                args.graph.display()
            )
        }
        e => e.into(),
    })?;
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| args.graph.with_file_name("graph.svg"));
    if is_html(&out) {
        if args.png {
            bail!("--png draws a picture beside an SVG; {} is a page", out.display());
        }
        return page(&graph, &out, args.top, started);
    }
    let mut targets = vec![(out.clone(), format_of(&out)?)];
    if args.png && targets[0].1 == Format::Svg {
        targets.push((out.with_extension("png"), Format::Png));
    }
    let options = dot::Options {
        top: args.top.map(usize::from),
        layout: args.layout.into(),
    };
    let source = dot::to_dot_with(&graph, &options);
    for (path, format) in &targets {
        if *format == Format::Dot {
            write_atomically(path, source.as_bytes())?;
            continue;
        }
        let picture = graphviz_rust::exec_dot(source.clone(), vec![CommandArg::Format(*format)]).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                anyhow::anyhow!("{INSTALL_GRAPHVIZ}")
            } else {
                anyhow::anyhow!("Graphviz could not draw the graph: {}", e.to_string().trim())
            }
        })?;
        write_atomically(path, &picture)?;
    }
    let shown = options
        .top
        .map_or(graph.graph.node_count(), |n| n.min(graph.graph.node_count()));
    let written: Vec<String> = targets.iter().map(|(p, _)| p.display().to_string()).collect();
    eprintln!(
        "gazegraph: drew {shown} of {} entities with {} in {:.2} s; wrote {}",
        graph.graph.node_count(),
        options.layout.name(),
        started.elapsed().as_secs_f64(),
        written.join(", ")
    );
    Ok(Outcome::Success)
}

fn is_html(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// Writes the graph page, of the `top` most connected entities when asked.
fn page(
    graph: &gazegraph::Graph,
    out: &Path,
    top: Option<NonZeroUsize>,
    started: std::time::Instant,
) -> anyhow::Result<Outcome> {
    let mut options = html::Options::default();
    if let Some(top) = top {
        options.max_nodes = options.max_nodes.min(top.get());
    }
    let mut bytes = Vec::new();
    html::write_with(graph, &options, &mut bytes)?;
    write_atomically(out, &bytes)?;
    eprintln!(
        "gazegraph: a page of {} of {} entities in {:.2} s; wrote {}",
        options.max_nodes.min(graph.graph.node_count()),
        graph.graph.node_count(),
        started.elapsed().as_secs_f64(),
        out.display()
    );
    Ok(Outcome::Success)
}

fn format_of(path: &Path) -> anyhow::Result<Format> {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("svg") => Ok(Format::Svg),
        Some("png") => Ok(Format::Png),
        Some("dot" | "gv") => Ok(Format::Dot),
        _ => bail!("{}: the output must end in .svg, .png, .dot or .html", path.display()),
    }
}

/// Writes `bytes` to `path` through a temporary file beside it, so that a failed run leaves the old picture
/// whole.
fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create the folder", dir.display()))?;
    }
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.gazegraph-{}", std::process::id()));
    let written = std::fs::File::create(&temporary)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&temporary, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temporary);
        return Err(e).with_context(|| format!("{}: cannot write", path.display()));
    }
    Ok(())
}
