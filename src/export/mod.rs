//! Writing a graph in the formats our users' tools read: node-link JSON (networkx, d3, scripts), GEXF (Gephi),
//! GraphML (Cytoscape, yEd, networkx), a CSV pair in Gephi's spreadsheet convention, DOT for Graphviz, and the
//! mention table. Each format's writer is a public function of the graph, so that any command can write any
//! subgraph it makes.
//!
//! Outputs are written into a hidden staging folder inside the output folder and renamed into place only when
//! everything was written ([`OutputDir::commit`]): a run that fails or is interrupted leaves the previous
//! outputs as they were. Renames within one folder are atomic, so a reader sees each file either old or new,
//! never half-written.
//!
//! Files are not forced to disk (`fsync`) before the rename. That guards against a crash of the whole machine,
//! not of the run, and it made every build wait for the disk to take its outputs, the mention table above all
//! (40 ms, a tenth of a 100 MB build on two threads); a build is repeatable, so what such a crash loses is
//! one run. (ext4, the usual Linux file system, writes a file's data before a rename that replaces another
//! file anyway.)

pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod json;
pub mod style;
pub mod tables;
pub mod xml;

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// An output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: not a gazegraph graph: {source}")]
    Json { path: PathBuf, source: serde_json::Error },
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Error {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

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

/// Prefix of staging folders, so that one left behind by a killed run is recognisable (and removed by the
/// next run into the same folder).
const STAGING_PREFIX: &str = ".gazegraph-staging-";

/// An output folder being written.
#[derive(Debug)]
pub struct OutputDir {
    dir: PathBuf,
    staging: tempfile::TempDir,
    files: Vec<String>,
}

impl OutputDir {
    /// Creates `dir` if needed, and a staging folder inside it.
    pub fn create(dir: &Path) -> Result<OutputDir, Error> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        remove_stale_staging(dir);
        let staging = tempfile::Builder::new()
            .prefix(&format!("{STAGING_PREFIX}{}-", std::process::id()))
            .tempdir_in(dir)
            .map_err(|e| Error::io(dir, e))?;
        Ok(OutputDir {
            dir: dir.to_path_buf(),
            staging,
            files: Vec::new(),
        })
    }

    /// The final folder.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// A new file in the staging folder, to be renamed to `dir/name` on commit.
    pub fn create_file(&mut self, name: &str) -> Result<Staged, Error> {
        let path = self.staging.path().join(name);
        let file = File::create(&path).map_err(|e| Error::io(&path, e))?;
        self.files.push(name.to_string());
        Ok(Staged {
            writer: BufWriter::with_capacity(1 << 16, file),
            path,
        })
    }

    /// Writes a whole file with `write`.
    pub fn write_file(
        &mut self,
        name: &str,
        write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<(), Error> {
        let mut staged = self.create_file(name)?;
        write(&mut staged.writer).map_err(|e| Error::io(&staged.path, e))?;
        staged.finish()
    }

    /// Moves every staged file into the output folder; returns their final paths.
    pub fn commit(self) -> Result<Vec<PathBuf>, Error> {
        let mut done = Vec::new();
        for name in &self.files {
            let (from, to) = (self.staging.path().join(name), self.dir.join(name));
            std::fs::rename(&from, &to).map_err(|e| Error::io(&to, e))?;
            done.push(to);
        }
        self.staging.close().map_err(|e| Error::io(&self.dir, e))?;
        Ok(done)
    }
}

/// A file being written in the staging folder.
#[derive(Debug)]
pub struct Staged {
    pub writer: BufWriter<File>,
    pub path: PathBuf,
}

impl Staged {
    /// Flushes the file, so that a commit never renames a file whose bytes are still in a buffer, and reports
    /// any error writing them.
    pub fn finish(self) -> Result<(), Error> {
        let path = self.path;
        self.writer.into_inner().map_err(|e| Error::io(&path, e.into_error()))?;
        Ok(())
    }
}

/// Removes staging folders that runs killed without a chance to clean up left behind: those whose process
/// no longer exists (checked through `/proc` where there is one; elsewhere, those older than a day).
fn remove_stale_staging(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix(STAGING_PREFIX) else {
            continue;
        };
        let pid = rest.split('-').next().unwrap_or("");
        let stale = if Path::new("/proc/self").exists() {
            !Path::new("/proc").join(pid).exists()
        } else {
            entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 24 * 3600)
        };
        if stale {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}
