//! `gazegraph text`: the text `build` reads, for checking `mentions.csv` spans and for turning pages and crawls
//! into JSON Lines.
//!
//! A command rather than a `--keep-text` output of `build`: keeping every document's text beside the graph
//! would double what a build over a crawl writes, for the few documents anyone looks at; and a command can be
//! pointed at one page, or turn a crawl into JSON Lines once, which later builds then read without reducing
//! every page to its article again. It runs the build's own reading (the same pipeline, with a gazetteer of
//! nothing), so the text and the ids are exactly `build`'s.

use std::io::{IsTerminal, Write};
use std::sync::Mutex;

use anyhow::Context;
use gazegraph::pipeline::{self, Observer, Options};
use gazegraph::text::Input;
use gazegraph::text::decode::encoding_for_label;
use gazegraph::text::source::{Ignored, Warning};
use gazegraph::{Document, Extraction, Extractor, Gazetteer};

use super::Outcome;
use super::progress::Progress;

/// Print the text `build` reads from the INPUTs: a page's article, a crawl's pages, a text without its header.
///
/// Mention spans in mentions.csv (`start`, `end`) are byte offsets into this text. With one document, the
/// text is printed as it is; with more, each is preceded by a line `==> ID <==` (use --id to print one).
/// --json prints one JSON object per line (`id`, `title`, `date`, `url`, `lang`, `outlet`, `text`), which
/// `gazegraph build` reads: turn a crawl into JSON Lines once, build it many times.
#[derive(clap::Args)]
#[command(
    verbatim_doc_comment,
    after_help = "Examples:
  gazegraph text saved-page.html
  gazegraph text CC-NEWS-20240312.warc.gz --id CC-NEWS-20240312:48213
  gazegraph text crawl/ --json > articles.jsonl"
)]
pub struct Args {
    /// Files or folders to read, as `build` reads them; `-` reads standard input
    #[arg(value_name = "INPUT", required = true)]
    inputs: Vec<String>,

    /// Print only the document with this id (as mentions.csv names it)
    #[arg(long, value_name = "ID")]
    id: Option<String>,

    /// Print JSON Lines, one document per line, with its metadata
    #[arg(long)]
    json: bool,

    /// Encoding of files that are not UTF-8 (e.g. windows-1252); guessed when not given
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,

    /// Print nothing on standard error but errors
    #[arg(short, long)]
    quiet: bool,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let encoding = match &args.encoding {
        Some(label) => Some(encoding_for_label(label).with_context(|| format!("unknown encoding `{label}`"))?),
        None => None,
    };
    let nothing = Gazetteer::from_csv("(none)", "id,name,type,aliases\n")?;
    let mut extractor = Extractor::new(&nothing)?;
    extractor.set_finding(false);
    let inputs: Vec<Input> = args.inputs.iter().map(|s| Input::from(s.as_str())).collect();
    let options = Options {
        encoding,
        ..Options::default()
    };
    let printer = Printer {
        progress: Progress::new(args.quiet, false),
        escape: std::io::stdout().is_terminal(),
        args: &args,
        state: Mutex::new(State::default()),
    };
    let (_, summary) = pipeline::count(&nothing, &extractor, &inputs, &options, &mut std::io::sink(), &printer)?;
    let state = printer.state.into_inner().unwrap_or_else(|e| e.into_inner());
    if let Some(error) = state.error {
        super::term::written(Err(error))?;
    }
    if let Some((_, held)) = state.held {
        super::term::written(printed(&held, printer.escape))?;
    }
    super::term::written(std::io::stdout().lock().flush())?;
    if summary.documents == 0 {
        anyhow::bail!("no documents found in {}", args.inputs.join(", "));
    }
    if let Some(id) = &args.id
        && state.printed == 0
    {
        anyhow::bail!("no document has the id `{id}`");
    }
    Ok(Outcome::Success)
}

/// Prints documents as the build reads them, in input order.
struct Printer<'a> {
    progress: Progress,
    /// Whether the text goes to a terminal, where an article's control characters (`ESC ] 0 ;` sets the
    /// window's title) are shown escaped rather than obeyed; into a file or a pipe the text stays exact, so
    /// that mentions.csv's byte spans slice it.
    escape: bool,
    args: &'a Args,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    /// The first document (id and text), held until a second shows whether headers are needed.
    held: Option<(String, String)>,
    /// Documents seen, and printed.
    seen: u64,
    printed: u64,
    error: Option<std::io::Error>,
}

impl Printer<'_> {
    /// Prints a document's text (`whole`), or a segment of a long one (the first when `!continued`).
    fn print(&self, doc: &Document, text: &str, whole: bool, continued: bool) {
        let Ok(mut state) = self.state.lock() else { return };
        if state.error.is_some() || self.args.id.as_deref().is_some_and(|id| id != doc.id) {
            return;
        }
        if !continued {
            state.seen += 1;
            state.printed += 1;
        }
        let mut chunk = String::new();
        if self.args.json {
            if continued {
                return;
            }
            // The article without a text file's header, whose fields are the line's.
            let line = Line {
                id: &doc.id,
                title: doc.title.as_deref(),
                date: doc.date.as_deref(),
                url: doc.url.as_deref(),
                lang: doc.lang.as_deref(),
                outlet: doc.outlet.as_deref(),
                text: doc.body(),
            };
            chunk = serde_json::to_string(&line).unwrap_or_default() + "\n";
        } else if self.args.id.is_some() || continued || (state.seen == 1 && !whole) {
            chunk.push_str(text);
        } else if state.seen == 1 {
            state.held = Some((doc.id.clone(), text.to_string()));
            return;
        } else {
            if let Some((id, held)) = state.held.take() {
                chunk.push_str(&headed(&id, &held));
            }
            chunk.push_str(&headed(&doc.id, text));
        }
        if let Err(e) = printed(&chunk, self.escape && !self.args.json) {
            state.error = Some(e);
        }
    }
}

/// Writes text to standard output, its control characters (but line feeds) escaped with `escape`; a closed
/// pipe ends the program there, as it ends `cat`.
fn printed(text: &str, escape: bool) -> std::io::Result<()> {
    let text = if escape {
        gazegraph::show::escape_lines(text)
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => super::term::closed_pipe(),
        result => result,
    }
}

/// A document as a JSON line `build` reads.
#[derive(serde::Serialize)]
struct Line<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet: Option<&'a str>,
    text: &'a str,
}

/// A document's text after a line naming it, ending with a line break.
fn headed(id: &str, text: &str) -> String {
    let mut out = format!("==> {id} <==\n{text}");
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

impl Observer for Printer<'_> {
    fn processed(&self, doc: &Document, _extraction: &Extraction) {
        self.print(doc, &doc.text, true, false);
    }

    fn streamed(&self, doc: &Document, base: usize, segment: &str) {
        self.print(doc, segment, false, base > 0);
    }

    fn skipped(&self, skip: &gazegraph::text::Skip) {
        self.progress.skipped(skip);
    }

    fn ignored(&self, ignored: &Ignored) {
        self.progress.ignored(ignored);
    }

    fn warned(&self, warning: &Warning) {
        self.progress.warned(warning);
    }

    fn waiting(&self, pipe: &std::path::Path) {
        self.progress.waiting(pipe);
    }

    fn cancelled(&self) -> bool {
        self.progress.cancelled()
    }
}
