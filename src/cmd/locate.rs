//! Which graph `query` and `render` read when none is named: so that after `gazegraph build articles/ --out
//! my-graph/`, `gazegraph query neighbors ICE` asks my-graph/ without `--graph` on every question.
//!
//! In order: `--graph` (a graph.json, or the folder holding it); `$GAZEGRAPH_GRAPH` (the same); the graph the
//! last `build` or `merge` run from the current directory wrote; `out/graph.json`. The last build's output
//! folder is recorded, per working directory, in `$XDG_STATE_HOME/gazegraph/last-graphs.json` (by default
//! `~/.local/state/gazegraph/`); nothing is recorded where neither `XDG_STATE_HOME` nor `HOME` is set.

use std::path::{Path, PathBuf};

use anyhow::bail;
use gazegraph::show::ShownPath;
use serde::{Deserialize, Serialize};

use super::term::say;

/// What `--graph` says in `--help`.
pub const GRAPH_HELP: &str = "The graph to read: a graph.json written by `build` or `merge`, or the folder \
holding it [default: $GAZEGRAPH_GRAPH, else the graph the last build or merge run in this directory wrote, \
else out/graph.json]. A file or pipe of at most 2 GiB; devices are refused";

/// The environment variable naming the graph to read.
pub const ENV: &str = "GAZEGRAPH_GRAPH";

/// Working directories remembered; the oldest are forgotten.
const REMEMBERED: usize = 64;

/// The graph.json to read, and why it was chosen when that is worth saying.
pub fn graph(named: Option<&Path>) -> anyhow::Result<PathBuf> {
    if let Some(path) = named {
        return Ok(in_folder(path));
    }
    if let Some(path) = std::env::var_os(ENV).filter(|p| !p.is_empty()) {
        return Ok(in_folder(Path::new(&path)));
    }
    let default = PathBuf::from("out/graph.json");
    if let Some(last) = last_graph()
        && last.is_file()
    {
        if !last.ends_with(&default) || !default.is_file() {
            say(&format!(
                "gazegraph: reading {}, which the last build here wrote (--graph or ${ENV} reads another)",
                ShownPath(&last)
            ));
        }
        return Ok(last);
    }
    if !default.exists() {
        bail!(
            "{}: no such file; build a graph first (gazegraph build), or name one with --graph or ${ENV}",
            default.display()
        );
    }
    Ok(default)
}

/// A folder stands for the graph.json in it.
fn in_folder(path: &Path) -> PathBuf {
    if path.is_dir() {
        path.join("graph.json")
    } else {
        path.to_path_buf()
    }
}

/// Remembers that a build or merge run here wrote its graph into `out`. A failure to do so changes nothing
/// else and is not reported: the graph is written, and `--graph` still reads it.
pub fn remember(out: &Path) {
    let (Some(file), Ok(here), Ok(out)) = (state_file(), std::env::current_dir(), std::path::absolute(out)) else {
        return;
    };
    let mut list = read_list(&file);
    list.retain(|r| r.dir != here);
    list.insert(
        0,
        Record {
            dir: here,
            graph: out.join("graph.json"),
        },
    );
    list.truncate(REMEMBERED);
    let Some(folder) = file.parent() else { return };
    if std::fs::create_dir_all(folder).is_err() {
        return;
    }
    let Ok(text) = serde_json::to_string_pretty(&list) else {
        return;
    };
    // Through a file of its own, renamed: two builds that finish together leave one list or the other, whole.
    let temporary = folder.join(format!(".last-graphs.{}.json", std::process::id()));
    if std::fs::write(&temporary, text).is_err() || std::fs::rename(&temporary, &file).is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
}

#[derive(Serialize, Deserialize)]
struct Record {
    dir: PathBuf,
    graph: PathBuf,
}

fn last_graph() -> Option<PathBuf> {
    let here = std::env::current_dir().ok()?;
    read_list(&state_file()?)
        .into_iter()
        .find(|r| r.dir == here)
        .map(|r| r.graph)
}

fn read_list(file: &Path) -> Vec<Record> {
    std::fs::read(file)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

fn state_file() -> Option<PathBuf> {
    let base = match std::env::var_os("XDG_STATE_HOME").filter(|p| !p.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(std::env::var_os("HOME").filter(|p| !p.is_empty())?).join(".local/state"),
    };
    Some(base.join("gazegraph").join("last-graphs.json"))
}
