//! `gazegraph render`: the diagram as a picture, without learning Graphviz's command line, or the graph as a
//! page (`-o graph.html`), as `build` writes it, for a graph.json built before or cut with --top.

use std::io::Write;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use gazegraph::export::{dot, html};
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
  gazegraph render --top 30 -o out/top30.svg        # the 30 most connected entities
  gazegraph render --graph my-graph/ --png          # my-graph/graph.svg and .png
  gazegraph render -o out/diagram.dot               # the diagram's source, for Graphviz by hand
  gazegraph render --top 500 -o out/top500.html     # a page of the 500 most connected")]
pub struct Args {
    #[arg(short, long, value_name = "FILE|DIR", help = super::locate::GRAPH_HELP)]
    graph: Option<PathBuf>,

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

    /// Entities with no line to another one drawn: left out of the picture (drop), or drawn apart (keep)
    #[arg(long, value_enum, value_name = "WHAT", default_value_t = IsolatedArg::Drop)]
    isolated: IsolatedArg,

    /// Also write a PNG beside the SVG (same name, .png)
    #[arg(long)]
    png: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum IsolatedArg {
    Keep,
    Drop,
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
    let path = super::locate::graph(args.graph.as_deref())?;
    let graph = super::query::read_graph(&path)?;
    let out = args.out.clone().unwrap_or_else(|| path.with_file_name("graph.svg"));
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
        drop_isolated: args.isolated == IsolatedArg::Drop,
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
    let shown = dot::drawn(&graph, &options).iter().filter(|&&k| k).count();
    let written: Vec<String> = targets.iter().map(|(p, _)| p.display().to_string()).collect();
    let how = if targets.iter().all(|(_, f)| *f == Format::Dot) {
        // Graphviz has not run: the source names the layout for whoever draws it.
        format!(
            "wrote the diagram's source for {} ({} layout)",
            shown_of(shown, &graph),
            options.layout.name()
        )
    } else {
        format!(
            "drew {} with {} in {:.2} s",
            shown_of(shown, &graph),
            options.layout.name(),
            started.elapsed().as_secs_f64()
        )
    };
    super::term::say(&format!("gazegraph: {how}; wrote {}", written.join(", ")));
    Ok(Outcome::Success)
}

/// `30 of 95 entities`
fn shown_of(shown: usize, graph: &gazegraph::Graph) -> String {
    format!(
        "{shown} of {}",
        super::plural(graph.graph.node_count(), "entity", "entities")
    )
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
    let shown = options.max_nodes.min(graph.graph.node_count());
    super::term::say(&format!(
        "gazegraph: a page of {} in {:.2} s; wrote {}",
        shown_of(shown, graph),
        started.elapsed().as_secs_f64(),
        gazegraph::show::ShownPath(out)
    ));
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
pub(super) fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
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
