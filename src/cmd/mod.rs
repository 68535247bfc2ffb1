//! One module per subcommand, each with its clap arguments and a `run`; this module parses the command line,
//! dispatches, and turns the outcome into an exit status.

mod build;
mod completions;
mod eval;
mod gazetteer;
mod locate;
mod man;
mod merge;
mod progress;
mod query;
mod render;
mod suggest;
mod term;
mod text;

use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

const EXIT_STATUS: &str = "\
Exit status:
  0  success
  1  the work was done but a check failed (an input skipped under --strict, …)
  2  error: bad arguments, an invalid gazetteer, unreadable inputs, unwritable outputs
  130  interrupted by Ctrl-C; the outputs were left as they were
  A command whose standard output is closed early (`gazegraph query … | head`) ends quietly as cat and grep do,
  by the SIGPIPE signal (status 141 in shells).";

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
    Completions(completions::Args),
    Man(man::Args),
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

/// The command line's definition, for completions and manual pages.
fn command() -> clap::Command {
    Cli::command()
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
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return clap_said(&error),
    };
    let result = match cli.command {
        Command::Build(args) => build::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Gazetteer(args) => gazetteer::run(args),
        Command::Merge(args) => merge::run(args),
        Command::Query(args) => query::run(args),
        Command::Render(args) => render::run(args),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
        Command::Suggest(args) => suggest::run(args),
        Command::Text(args) => text::run(args),
    };
    match result {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::CheckFailed) => ExitCode::from(1),
        Err(error) if progress::is_interrupted(&error) => {
            term::say("gazegraph: interrupted; the outputs were left as they were");
            ExitCode::from(progress::INTERRUPTED)
        }
        Err(error) => {
            term::say(&format!("gazegraph: error: {}", term::describe(&error)));
            ExitCode::from(2)
        }
    }
}

/// Shows what clap has to say (help, the version, a usage error) and returns its exit status; help written to
/// a full disk is an error, to a closed pipe a quiet end, as any other output.
fn clap_said(error: &clap::Error) -> ExitCode {
    use std::io::Write;
    if error.use_stderr() {
        let _ = error.print();
        return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
    }
    let text = if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        error.render().ansi().to_string()
    } else {
        error.render().to_string()
    };
    let mut out = std::io::stdout().lock();
    match term::written(out.write_all(text.as_bytes()).and_then(|()| out.flush())) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            term::say(&format!("gazegraph: error: {}", term::describe(&e)));
            ExitCode::from(2)
        }
    }
}

/// Says that an earlier run into the output folder was stopped while it replaced its files one by one, which
/// this run puts right.
fn warn_if_incomplete(out: &gazegraph::export::OutputDir, quiet: bool) {
    if out.was_incomplete() && !quiet {
        term::say(&format!(
            "gazegraph: warning: a run was stopped while it replaced the files in {}, so they may come from two \
             runs; this run replaces them all",
            gazegraph::show::ShownPath(out.path())
        ));
    }
}

/// A count and its noun: `1 document`, `2 documents`.
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
