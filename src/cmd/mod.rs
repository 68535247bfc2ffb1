//! One module per subcommand, each with its clap arguments and a `run`; this module parses the command line,
//! dispatches, and turns the outcome into an exit status.

mod build;
mod eval;
mod gazetteer;
mod merge;
mod progress;
mod query;
mod render;
mod suggest;
mod text;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

const EXIT_STATUS: &str = "\
Exit status:
  0  success
  1  the work was done but a check failed (an input skipped under --strict, …)
  2  error: bad arguments, an invalid gazetteer, unreadable inputs, unwritable outputs
  130  interrupted by Ctrl-C; the outputs were left as they were";

/// Turn news articles into a graph of who works with whom.
///
/// gazegraph finds the entities of a gazetteer (CSV files of organisations, agencies, products, places and
/// people, with their aliases) in articles in German, English or Dutch, links the entities mentioned together,
/// and writes the graph, with the sentences behind every link, for Gephi, Graphviz and scripts.
#[derive(Parser)]
#[command(name = "gazegraph", version, after_help = EXIT_STATUS)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Build(build::Args),
    Eval(eval::Args),
    Gazetteer(gazetteer::Args),
    Merge(merge::Args),
    Query(query::Args),
    Render(render::Args),
    Suggest(suggest::Args),
    Text(text::Args),
}

/// `--ambiguous`: what a form that names more than one entity does.
#[derive(Clone, Copy, Debug, Default, clap::ValueEnum)]
pub enum AmbiguousArg {
    /// Refuse the gazetteer, naming every such form
    #[default]
    Refuse,
    /// Leave such forms out of matching, for all the entities they name (for gazetteers drawn from Wikidata or
    /// GeoNames)
    Drop,
}

impl From<AmbiguousArg> for gazegraph::gazetteer::Ambiguous {
    fn from(a: AmbiguousArg) -> gazegraph::gazetteer::Ambiguous {
        match a {
            AmbiguousArg::Refuse => gazegraph::gazetteer::Ambiguous::Refuse,
            AmbiguousArg::Drop => gazegraph::gazetteer::Ambiguous::Drop,
        }
    }
}

/// How a command that did its work ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Success,
    /// The work was done but a check the user asked for failed.
    CheckFailed,
}

/// Runs the command line and returns the exit status.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => build::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Gazetteer(args) => gazetteer::run(args),
        Command::Merge(args) => merge::run(args),
        Command::Query(args) => query::run(args),
        Command::Render(args) => render::run(args),
        Command::Suggest(args) => suggest::run(args),
        Command::Text(args) => text::run(args),
    };
    match result {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::CheckFailed) => ExitCode::from(1),
        Err(error) if progress::is_interrupted(&error) => {
            eprintln!("gazegraph: interrupted; the outputs were left as they were");
            ExitCode::from(progress::INTERRUPTED)
        }
        Err(error) => {
            eprintln!("gazegraph: error: {error:#}");
            ExitCode::from(2)
        }
    }
}

/// A count and its noun: `1 document`, `2 documents`.
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
