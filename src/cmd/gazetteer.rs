//! `gazegraph gazetteer check`: lint a gazetteer before building with it.

use std::path::PathBuf;

use anyhow::Context;
use gazegraph::gazetteer::check::{self, Severity};
use gazegraph::show::escape;

use super::Outcome;

/// Work on a gazetteer.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    Check(CheckArgs),
}

/// Lint a gazetteer: what the loader refuses, and the forms that will produce false entities
///
/// Errors (exit status 1):
///   - everything that stops `build` from loading the gazetteer: a missing column, an empty name or type, a
///     duplicate id, one form given to two entities, an unknown id in `context` or `owner`, an ownership cycle;
///   - a one-word form that is an ordinary German, English or Dutch word (`Ring`, `Echo`, `Apple`) and has no
///     rule that keeps the word from matching. A `context` rule always counts. `match=case-sensitive` counts
///     when the form is written differently from the word: English and Dutch write words in lower case, so
///     `Apple` is safe; German capitalises nouns, so `Ring` is not, and needs a `context`. A form written in
///     capitals (`ICE`) is an acronym and matches only as written. `match=accept-word` says you have judged
///     that the word reading does not occur in your articles (`amazon`, `google`): matching is unchanged and
///     the check lets the form pass.
///
/// Warnings (exit status 0): a type used by one entity only and none of the known six (a typo?), a form of one
/// or two letters that matches in any case, an empty alias or one listed twice.
/// Info: a type of your own, used by several entities.
///
/// Each finding names its file, line and column (by its header) and says what to change.
#[derive(clap::Args)]
#[command(
    verbatim_doc_comment,
    after_help = "Examples:
  gazegraph gazetteer check
  gazegraph gazetteer check my-gazetteer/ extra.csv --json

JSON (--json): {\"files\": [\"gazetteer/agencies.csv\", …], \"entities\": 99, \"errors\": 1, \"warnings\": 0,
  \"infos\": 0, \"findings\": [{\"severity\": \"error\"|\"warning\"|\"info\", \"file\": \"gazetteer/products.csv\",
  \"line\": 4, \"column\": \"name\", \"message\": \"…\", \"hint\": \"…\"}]}
  (line, column and hint are null or left out where they do not apply)

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 the files could not be read"
)]
struct CheckArgs {
    /// Gazetteer folders (every *.csv in them) or files
    #[arg(value_name = "DIR|FILE", default_value = "gazetteer")]
    paths: Vec<PathBuf>,

    /// Print the findings as one JSON object on standard output
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    match args.command {
        Command::Check(args) => run_check(args),
    }
}

fn run_check(args: CheckArgs) -> anyhow::Result<Outcome> {
    let report = check::check(&args.paths).context("cannot check the gazetteer")?;
    let (errors, warnings, infos) = (
        report.count(Severity::Error),
        report.count(Severity::Warning),
        report.count(Severity::Info),
    );
    if args.json {
        let mut value = serde_json::to_value(&report)?;
        value["errors"] = errors.into();
        value["warnings"] = warnings.into();
        value["infos"] = infos.into();
        super::term::print_exact(&format!("{}\n", serde_json::to_string_pretty(&value)?))?;
    } else {
        let mut text = String::new();
        for finding in &report.findings {
            // A name quoted in a message may hold a line break (a quoted cell): shown as `\n`, it cannot make
            // a line of its own that looks like another finding.
            let mut shown = finding.clone();
            shown.message = escape(&finding.message).into_owned();
            shown.hint = finding.hint.as_deref().map(|h| escape(h).into_owned());
            shown.column = finding.column.as_deref().map(|c| escape(c).into_owned());
            shown.file = escape(&finding.file.to_string_lossy()).into_owned().into();
            text.push_str(&format!("{shown}\n"));
        }
        text.push_str(&format!(
            "{} file(s), {} entities: {errors} error(s), {warnings} warning(s), {infos} note(s)\n",
            report.files.len(),
            report.entities
        ));
        super::term::print(&text)?;
    }
    Ok(if report.has_errors() {
        Outcome::CheckFailed
    } else {
        Outcome::Success
    })
}
