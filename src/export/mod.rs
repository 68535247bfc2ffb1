//! Writing a graph in the formats our users' tools read: node-link JSON (networkx, d3, scripts), GEXF (Gephi),
//! GraphML (Cytoscape, yEd, networkx), a CSV pair in Gephi's spreadsheet convention, DOT for Graphviz, and the
//! mention table. Each format's writer is a public function of the graph, so that any command can write any
//! subgraph it makes.
//!
//! Outputs are staged and put in place only when everything was written, the whole set in one step where the
//! system allows, in a folder locked for the run: see [`output`].

pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod json;
pub mod output;
pub mod style;
pub mod tables;
pub mod xml;

use std::path::{Path, PathBuf};

pub use output::{OutputDir, Staged};

/// An output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {source}", crate::show::ShownPath(path))]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}: not a gazegraph graph: {source}", crate::show::ShownPath(path))]
    Json { path: PathBuf, source: serde_json::Error },
    #[error(
        "{}: another run is writing into this folder{}; wait for it to end, or write elsewhere",
        crate::show::ShownPath(path),
        holder.as_ref().map_or_else(String::new, |h| format!(" ({h})"))
    )]
    Busy { path: PathBuf, holder: Option<String> },
    #[error("{}: this is {what}, not a graph.json", crate::show::ShownPath(path))]
    NotFile { path: PathBuf, what: &'static str },
    #[error(
        "{}: larger than {} GiB, more than any graph.json gazegraph writes; is it one?",
        crate::show::ShownPath(path),
        limit >> 30
    )]
    TooLarge { path: PathBuf, limit: u64 },
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Error {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// Every file `build` and `merge` write: a run replaces the whole set, so that the graph files of an earlier
/// build do not stay beside a partial, nor a partial beside graph files.
pub const RUN_OUTPUTS: &[&str] = &[
    "graph.json",
    "graph.gexf",
    "graph.graphml",
    "nodes.csv",
    "edges.csv",
    "graph.dot",
    "graph.html",
    "mentions.csv",
    crate::graph::partial::FILE_NAME,
];

/// The graph files every run writes: `graph.json`, `graph.gexf`, `graph.graphml`, `nodes.csv`, `edges.csv`,
/// `graph.dot` (drawn with the default options), `graph.html`.
pub fn write_graph_files(out: &mut OutputDir, graph: &crate::Graph) -> Result<(), Error> {
    write_graph_files_with(out, graph, &dot::Options::default())
}

/// The graph files, with the diagram drawn as `diagram` says (`build --top`).
pub fn write_graph_files_with(out: &mut OutputDir, graph: &crate::Graph, diagram: &dot::Options) -> Result<(), Error> {
    out.write_file("graph.json", |w| json::write(graph, w))?;
    out.write_file("graph.gexf", |w| gexf::write(graph, w))?;
    out.write_file("graph.graphml", |w| graphml::write(graph, w))?;
    out.write_file("nodes.csv", |w| {
        tables::write_nodes(graph, w).map_err(std::io::Error::other)
    })?;
    out.write_file("edges.csv", |w| {
        tables::write_edges(graph, w).map_err(std::io::Error::other)
    })?;
    out.write_file("graph.dot", |w| {
        w.write_all(dot::to_dot_with(graph, diagram).as_bytes())
    })?;
    out.write_file("graph.html", |w| html::write(graph, w))?;
    Ok(())
}
