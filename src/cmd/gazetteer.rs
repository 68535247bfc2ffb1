//! `gazegraph gazetteer check|export`, and the gazetteer arguments every command that loads one shares.

use std::path::PathBuf;

use anyhow::Context;
use gazegraph::gazetteer::Options;
use gazegraph::gazetteer::check::{self, Severity};
use gazegraph::gazetteer::source::{self, Source};
use gazegraph::show::escape;
use gazegraph::text::decode::encoding_for_label;
use gazegraph::{Extractor, Gazetteer};

use super::progress::Progress;
use super::{AmbiguousArg, Outcome};

/// The help of `--gazetteer`, the same for every command.
const GAZETTEER_HELP: &str = "\
A gazetteer folder (every *.csv in it), file, or `shipped` (the gazetteer built into gazegraph). Given several \
times, each is a layer on the ones before: its rows may add entities and, with an `action` column, change or \
remove those of earlier ones (README: \"Extending the shipped gazetteer\"). Default: ./gazetteer/ when there \
is one, else the shipped gazetteer";

/// `--gazetteer` and `--ambiguous`, for the commands that load a gazetteer.
#[derive(clap::Args, Debug)]
pub struct GazetteerArgs {
    #[arg(short, long, value_name = "DIR|FILE|shipped", help = GAZETTEER_HELP, long_help = GAZETTEER_HELP)]
    gazetteer: Vec<PathBuf>,

    /// A form that names more than one entity: refuse the gazetteer (naming each), or leave the form out of
    /// matching (for gazetteers drawn from Wikidata or GeoNames)
    #[arg(long, value_enum, value_name = "WHAT", default_value_t = AmbiguousArg::Refuse)]
    ambiguous: AmbiguousArg,
}

impl GazetteerArgs {
    /// Where the gazetteer comes from: the arguments, or the default.
    pub fn sources(&self) -> anyhow::Result<Vec<Source>> {
        Ok(Source::resolve(&self.gazetteer)?)
    }

    /// Loads the gazetteer, with the encoding named for files that are not UTF-8.
    pub fn load(&self, encoding: Option<&str>) -> anyhow::Result<Gazetteer> {
        let sources = self.sources()?;
        let options = self.options(encoding)?;
        Gazetteer::open(&sources, &options).with_context(|| format!("cannot load {}", source::describe(&sources)))
    }

    /// Loads the gazetteer as `build` and `suggest` run on it: its warnings said (unless `--quiet`), and
    /// compiled on as many threads as the run matches on, so that `--threads 1` is one thread throughout.
    pub fn load_compiled(
        &self,
        encoding: Option<&str>,
        threads: usize,
        progress: &Progress,
    ) -> anyhow::Result<(Gazetteer, Extractor)> {
        let gazetteer = self.load(encoding)?;
        if !progress.quiet() {
            for line in warning_lines(&gazetteer) {
                progress.say(&line);
            }
        }
        let extractor = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()?
            .install(|| Extractor::new(&gazetteer))?;
        Ok((gazetteer, extractor))
    }

    fn options(&self, encoding: Option<&str>) -> anyhow::Result<Options> {
        Ok(Options {
            ambiguous: self.ambiguous.into(),
            encoding: parse_encoding(encoding)?,
        })
    }
}

/// The encoding an `--encoding` label names.
pub fn parse_encoding(label: Option<&str>) -> anyhow::Result<Option<&'static encoding_rs::Encoding>> {
    match label {
        Some(label) => Ok(Some(
            encoding_for_label(label).with_context(|| format!("unknown encoding `{label}`"))?,
        )),
        None => Ok(None),
    }
}

/// Work on a gazetteer.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    Check(CheckArgs),
    Export(ExportArgs),
}

/// Check a gazetteer: everything `build` would refuse or warn about, at once, and where each entity comes from
///
/// It loads the gazetteer as `build` does, with the same options, and uses the same words: an error is what
/// stops `build` (exit status 1), a warning what `build` prints and goes on.
///
/// Errors: a missing column, an empty name or type, a duplicate id, one form given to two entities (unless
/// --ambiguous drop), an unknown id in `context` or `owner`, an ownership cycle, a file that cannot be decoded,
/// broken quoting, a row that changes an entity no earlier row defines.
///
/// Warnings:
///   - a one-word form that is an ordinary German, English or Dutch word (`Ring`, `Echo`, `Apple`) and has no
///     rule that keeps the word from matching. A `context` rule always counts. `match=case-sensitive` counts
///     when the form is written differently from the word: English and Dutch write words in lower case, so
///     `Apple` is safe; German capitalises nouns, so `Ring` is not, and needs a `context`. A form written in
///     capitals (`ICE`) is an acronym and matches only as written. `match=accept-word` says you have judged
///     that the word reading does not occur in your articles (`amazon`, `google`): the warning goes;
///   - a type used by one entity only and none of the known eight (a typo?), a form of one or two letters that
///     matches in any case, an empty alias or one listed twice, a file read in a guessed legacy encoding, a
///     later row that adds a form the entity has or takes one it lacks.
///
/// Notes (never printed by `build`): a type of your own, used by several entities.
///
/// Each finding names its file, line and column (by its header) and says what to change. Then, for a layered
/// gazetteer, the provenance of every entity a later row changed or removed: which row set which field.
#[derive(clap::Args)]
#[command(
    verbatim_doc_comment,
    after_help = "Examples:
  gazegraph gazetteer check
  gazegraph gazetteer check -g shipped -g mine.csv
  gazegraph gazetteer check -g my-gazetteer/ -g extra.csv --json

JSON (--json): {\"files\": [\"gazetteer/agencies.csv\", …], \"entities\": 99, \"errors\": 1, \"warnings\": 0,
  \"infos\": 0, \"findings\": [{\"severity\": \"error\"|\"warning\"|\"info\", \"file\": \"gazetteer/products.csv\",
  \"line\": 4, \"column\": \"name\", \"message\": \"…\", \"hint\": \"…\"}], \"provenance\": [{\"id\": \"palantir\",
  \"name\": \"Palantir Technologies\", \"defined\": \"<shipped>/organisations.csv:412\", \"changes\": [{\"column\":
  \"aliases\", \"value\": \"+PLTR\", \"at\": \"mine.csv:2\"}], \"removed\": \"mine.csv:5\"}]}
  (line, column, hint and removed are null or left out where they do not apply)

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 the files could not be read"
)]
struct CheckArgs {
    /// Gazetteer folders or files, as for --gazetteer (kept for the older `gazetteer check DIR` form)
    #[arg(value_name = "DIR|FILE", conflicts_with = "gazetteer")]
    paths: Vec<PathBuf>,

    #[command(flatten)]
    gazetteer: GazetteerArgs,

    /// Encoding of files that are not UTF-8 (e.g. windows-1252); guessed when not given, as for articles
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,

    /// Show the provenance of every entity, not only of those a later row changed or removed
    #[arg(long)]
    provenance: bool,

    /// Print the findings as one JSON object on standard output
    #[arg(long)]
    json: bool,
}

/// Write the shipped gazetteer's files into a folder, to edit them or to read them
///
/// The files are the ones gazegraph was built with; a `gazetteer/` folder in the working directory (or
/// --gazetteer) takes their place. To add to them rather than replace them, keep your own rows in a file of
/// your own and load both: `--gazetteer shipped --gazetteer mine.csv`.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  gazegraph gazetteer export gazetteer     # ./gazetteer/ is then used instead of the shipped one
  gazegraph gazetteer export /tmp/shipped --force")]
struct ExportArgs {
    /// The folder to write into (created when missing)
    #[arg(value_name = "DIR")]
    dir: PathBuf,

    /// Overwrite files of the same names
    #[arg(long)]
    force: bool,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    match args.command {
        Command::Check(args) => run_check(args),
        Command::Export(args) => run_export(args),
    }
}

fn run_check(args: CheckArgs) -> anyhow::Result<Outcome> {
    let sources = if args.paths.is_empty() {
        args.gazetteer.sources()?
    } else {
        Source::resolve(&args.paths)?
    };
    let options = args.gazetteer.options(args.encoding.as_deref())?;
    let report = check::check(&sources, &options, args.provenance).context("cannot check the gazetteer")?;
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
        if !report.provenance.is_empty() {
            text.push_str(&format!(
                "provenance ({}):\n",
                if args.provenance {
                    "every entity"
                } else {
                    "the entities a later row changed or removed"
                }
            ));
            for entity in &report.provenance {
                text.push_str(&format!("  {entity}\n"));
            }
        }
        text.push_str(&format!(
            "{}: {} file(s), {} entities: {errors} error(s), {warnings} warning(s), {infos} note(s)\n",
            source::describe(&sources),
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

fn run_export(args: ExportArgs) -> anyhow::Result<Outcome> {
    let written = source::export(&args.dir, args.force)?;
    super::term::say(&format!(
        "gazegraph: wrote the shipped gazetteer ({} files) into {}",
        written.len(),
        args.dir.display()
    ));
    Ok(Outcome::Success)
}

/// How many of a gazetteer's warnings a command prints before it counts the rest: a gazetteer drawn from
/// Wikidata may have thousands, and `gazegraph gazetteer check` lists them all.
const WARNINGS_SHOWN: usize = 20;

/// The lines that say a loaded gazetteer's warnings: the first few, and how many more there are.
pub fn warning_lines(gazetteer: &Gazetteer) -> Vec<String> {
    let warnings = gazetteer.warnings();
    let mut lines: Vec<String> = warnings
        .iter()
        .take(WARNINGS_SHOWN)
        .map(|w| format!("gazegraph: warning: {w}"))
        .collect();
    if warnings.len() > WARNINGS_SHOWN {
        lines.push(format!(
            "gazegraph: … and {} more warnings on the gazetteer (`gazegraph gazetteer check` lists them all)",
            warnings.len() - WARNINGS_SHOWN
        ));
    }
    lines
}
