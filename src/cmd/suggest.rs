//! `gazegraph suggest`: what the gazetteer is missing.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, bail};
use gazegraph::pipeline::Options;
use gazegraph::suggest::{self, Candidate, Settings};
use gazegraph::text::Input;
use unicode_width::UnicodeWidthStr;

use super::gazetteer::{GazetteerArgs, parse_encoding};
use super::progress::Progress;
use super::{Outcome, plural};

/// List the names in the articles that the gazetteer does not know, to review and add
///
/// Reads the INPUTs as `build` does, finds what the gazetteer already names (listed entities, their
/// inflections, what its rules build), and lists the other names: runs of capitalised words, acronyms, and
/// names that cues introduce — roles (`CEO`, `spokesperson`, `Sprecherin`, `woordvoerder`), legal forms
/// (`Inc.`, `GmbH`, `B.V.`), heads of agencies (`Department`, `Behörde`, `politie`), media (`according to`,
/// `laut`, `volgens`) and products (`software`, `Plattform`, `app`). Each comes with a type guessed from its
/// cues (organisation, agency, product, person; places rarely), the documents and mentions that name it, and
/// two example sentences, best first: names in more documents, with stronger cues, of several words.
///
/// Left out: a sentence's first word when it is an ordinary word, German nouns (German capitalises them all, so a
/// German name of one word needs a cue: `die Software Gotham`, `„Gotham“`, `Gotham-Chef`), and every name the
/// gazetteer knows, with its inflections (`Microsofts`) and, for people, their surname alone.
///
/// The curation loop: `gazegraph suggest articles/ --csv suggested.csv`, review the rows (delete the wrong
/// ones, fix names, types and aliases, change or drop the `status` column), add them to the gazetteer folder
/// or keep them as a layer of their own (`--gazetteer shipped --gazetteer suggested.csv`), and build again.
#[derive(clap::Args)]
#[command(
    verbatim_doc_comment,
    after_help = "Examples:
  gazegraph suggest
  gazegraph suggest articles/ --gazetteer my-gazetteer/ --min-documents 2
  gazegraph suggest articles/ --csv suggested.csv --limit 200
  gazegraph suggest articles/ --json | jq -r '.candidates[] | select(.type == \"person\") | .name'

JSON (--json), in rank order:
  {\"candidates\": [{\"name\": \"Clearview AI\", \"type\": \"organisation\", \"documents\": 3, \"mentions\": 7,
                   \"examples\": [\"…\", \"…\"], \"aliases\": [\"Clearview AI Inc.\"],
                   \"cues\": [\"legal-form\", \"organisation\"], \"score\": 12.5}, …]}"
)]
pub struct Args {
    /// Files or folders to read (folders recursively); `-` reads standard input
    #[arg(value_name = "INPUT", default_value = "seeds")]
    inputs: Vec<String>,

    #[command(flatten)]
    gazetteer: GazetteerArgs,

    /// List at most N candidates, the best first (0: all)
    #[arg(short = 'n', long, value_name = "N", default_value_t = 50)]
    limit: usize,

    /// Only names seen in at least N documents
    #[arg(long, value_name = "N", default_value_t = 1)]
    min_documents: usize,

    /// Print the candidates as one JSON object on standard output instead of a table
    #[arg(long)]
    json: bool,

    /// Also write the candidates as gazetteer rows (marked `status=unreviewed`) to FILE, for review
    #[arg(long, value_name = "FILE")]
    csv: Option<PathBuf>,

    /// Encoding of files (articles and gazetteer) that are not UTF-8 (e.g. windows-1252, iso-8859-15); guessed
    /// when not given
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,

    /// Worker threads (0: one per core)
    #[arg(short = 'j', long, value_name = "N", default_value_t = 0)]
    threads: usize,

    /// Print nothing on standard error but errors
    #[arg(short, long)]
    quiet: bool,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let progress = Progress::new(args.quiet, false);
    let (gazetteer, mut extractor) = args
        .gazetteer
        .load_compiled(args.encoding.as_deref(), args.threads, &progress)?;
    // what `build` finds in the text is no more listed than any other name: it is suggested for review
    extractor.set_finding(false);
    let encoding = parse_encoding(args.encoding.as_deref())?;
    let options = Options {
        encoding,
        threads: args.threads,
        ..Options::default()
    };
    let settings = Settings {
        limit: (args.limit > 0).then_some(args.limit),
        min_documents: args.min_documents.max(1),
        keep_spans: false,
    };
    let inputs: Vec<Input> = args.inputs.iter().map(|s| Input::from(s.as_str())).collect();
    let (suggestions, summary) = suggest::suggest(&gazetteer, &extractor, &inputs, &options, &settings, &progress)?;
    progress.finish();
    if summary.documents == 0 {
        bail!("no documents found in {}", args.inputs.join(", "));
    }
    let candidates = &suggestions.candidates;
    if let Some(path) = &args.csv {
        let mut rows = Vec::new();
        suggest::write::rows(candidates, &gazetteer, &mut rows)
            .with_context(|| format!("{}: cannot write", gazegraph::show::ShownPath(path)))?;
        super::render::write_atomically(path, &rows)?;
    }
    // The table holds names and sentences of the articles, shown with their control characters escaped; the
    // JSON is exact. A full disk is an error, a closed pipe (`| head`) a quiet end (see `term`).
    let mut printed = Vec::new();
    if args.json {
        suggest::write::json(candidates, &mut printed)?;
        super::term::print_bytes(&printed)?;
    } else {
        table(candidates, &mut printed)?;
        super::term::print(&String::from_utf8_lossy(&printed))?;
    }
    if !args.quiet {
        super::term::say(&format!(
            "gazegraph: {} read in {:.2} s; {} the gazetteer does not know{}{}",
            plural(summary.documents as usize, "document", "documents"),
            progress.elapsed().as_secs_f64(),
            plural(candidates.len(), "name", "names"),
            if settings.limit == Some(candidates.len()) {
                " listed (--limit)"
            } else {
                ""
            },
            match &args.csv {
                Some(path) => format!("; wrote {}", path.display()),
                None => String::new(),
            }
        ));
    }
    Ok(Outcome::Success)
}

/// An aligned table: rank, name, type, documents, mentions, and the first example, cut to fit a line.
fn table(candidates: &[Candidate], out: &mut impl Write) -> std::io::Result<()> {
    let width = |s: &str| UnicodeWidthStr::width(s);
    let name_width = candidates
        .iter()
        .map(|c| width(&c.name))
        .max()
        .unwrap_or(4)
        .clamp(4, 40);
    writeln!(
        out,
        "{:>4}  {:<name_width$}  {:<12}  {:>4}  {:>8}  example",
        "rank", "name", "type", "docs", "mentions"
    )?;
    for (i, c) in candidates.iter().enumerate() {
        let name = cut(&c.name, name_width);
        let pad = name_width.saturating_sub(width(&name));
        let example = cut(c.examples.first().map_or("", String::as_str), 70);
        writeln!(
            out,
            "{:>4}  {name}{:pad$}  {:<12}  {:>4}  {:>8}  {example}",
            i + 1,
            "",
            c.kind.name(),
            c.documents,
            c.mentions
        )?;
    }
    Ok(())
}

/// At most `max` columns of `text`, with `…` where it was cut.
fn cut(text: &str, max: usize) -> String {
    if UnicodeWidthStr::width(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        if UnicodeWidthStr::width(out.as_str()) + 2 > max {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}
