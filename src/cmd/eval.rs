//! `gazegraph eval`: measure extraction against gold annotations.

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{Context, bail};
use gazegraph::Extractor;
use gazegraph::eval::{self, MentionError, Report, Scores};
use gazegraph::graph::relate::Relater;
use gazegraph::pipeline::Options;
use gazegraph::text::Input;

use super::Outcome;
use super::gazetteer::{GazetteerArgs, parse_encoding};

/// Measure extraction against gold annotations: what it finds, what it misses, what it invents
///
/// Runs extraction on the INPUTs exactly as `build` does and compares the documents that have a gold file with
/// it:
///
///   mentions               precision, recall and F1 of exact (span, entity) matches, overall and per type
///   entities per document  the same for the set of (document, entity) pairs, what the graph is made of
///   gold pairs             how many the co-occurrence graph links by a sentence, and by a paragraph, of
///                          their document
///
/// and lists every missed mention and false hit with its sentence (what to fix in the gazetteer), and every
/// gold pair no sentence links. Documents without a gold file are read but not evaluated.
///
/// Gold files (every *.json in the --gold folder), one per document:
///
///   {"document": "000_5fc0c75c47dbb2ca",
///    "mentions": [{"start": 14, "end": 20, "surface": "Amazon", "entity": "amazon", "type": "organisation"}],
///    "pairs": [{"a": "amazon", "b": "ice", "relation": "sells_to", "sentence": "Amazon will … verkaufen."}]}
///
/// start/end are UTF-8 byte offsets into the document's text, as in mentions.csv; mentions sorted and not
/// overlapping; type: organisation, agency, product, city, county, state, country, person; relation: sells_to,
/// supplies, partners_with, runs_on, owns, customer_of, works_with, works_for; status (optional): current (the
/// default), planned, ended, demanded, denied; sentence: verbatim from the document.
#[derive(clap::Args)]
#[command(
    verbatim_doc_comment,
    after_help = "Examples:
  gazegraph eval --gold tests/gold
  gazegraph eval --gold annotated/ articles/ --gazetteer my-gazetteer/ --min-f1 0.95 --min-entity-precision 1
  gazegraph eval --gold tests/gold --json | jq .mentions.f1

JSON (--json), ratios with 4 decimals, null where undefined (precision when nothing was found):
  {\"documents\": 5, \"unannotated\": 0,
   \"mentions\": {\"gold\": 120, \"found\": 118, \"correct\": 115, \"precision\": 0.9746, \"recall\": 0.9583,
                \"f1\": 0.9664, \"by_type\": {\"agency\": {\"gold\": …, \"found\": …, …}, …}},
   \"entities\": {\"gold\": …, \"found\": …, \"correct\": …, \"precision\": …, \"recall\": …, \"f1\": …},
   \"pairs\": {\"gold\": 12, \"sentence\": {\"found\": 10, \"recall\": 0.8333}, \"paragraph\": {\"found\": 11, …}},
   \"missed_mentions\": [{\"document\": …, \"start\": …, \"end\": …, \"surface\": …, \"expected\": \"ice\",
                        \"found\": null, \"sentence\": …}],
   \"false_mentions\": [same shape; expected: the gold mention it overlaps or null],
   \"missed_entities\": [{\"document\": …, \"entity\": …}], \"false_entities\": [same],
   \"missed_pairs\": [{\"document\": …, \"a\": …, \"b\": …, \"relation\": …, \"sentence\": …,
                     \"in_sentence\": false, \"in_paragraph\": true}],
   \"checks\": [{\"name\": \"min_f1\", \"threshold\": 0.95, \"value\": 0.9664, \"passed\": true}]}

Exit status: 0 every threshold met; 1 a value below its --min-… threshold (mention F1, entity-per-document
precision or recall, typed-relation precision or recall; a value that cannot be computed meets no threshold); 2 error (a bad gold file, a gold
document not among the inputs, an invalid gazetteer)"
)]
pub struct Args {
    /// Folder of gold annotation files (*.json), or one file
    #[arg(long, value_name = "DIR")]
    gold: PathBuf,

    /// Files or folders to read (folders recursively); `-` reads standard input
    #[arg(value_name = "INPUT", default_value = "seeds")]
    inputs: Vec<String>,

    #[command(flatten)]
    gazetteer: GazetteerArgs,

    /// Only the gazetteer's entities, as `build --listed-only`: no people, products and organisations found in
    /// the text
    #[arg(long)]
    listed_only: bool,

    /// Encoding of files (articles and gazetteer) that are not UTF-8 (e.g. windows-1252); guessed when not given
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,

    /// Print the report as one JSON object on standard output
    #[arg(long)]
    json: bool,

    /// Fail (exit status 1) when the overall mention F1 is lower
    #[arg(long, value_name = "F")]
    min_f1: Option<f64>,

    /// Fail (exit status 1) when the precision of entities per document is lower
    #[arg(long, value_name = "P")]
    min_entity_precision: Option<f64>,

    /// Fail (exit status 1) when the recall of entities per document is lower
    #[arg(long, value_name = "R")]
    min_entity_recall: Option<f64>,

    /// Fail (exit status 1) when the precision of typed relations (kind and direction) is lower
    #[arg(long, value_name = "P")]
    min_relation_precision: Option<f64>,

    /// Fail (exit status 1) when the recall of typed relations (kind and direction) is lower
    #[arg(long, value_name = "R")]
    min_relation_recall: Option<f64>,

    /// A cue file of your own, read beside the shipped cues as `build --cues` does
    #[arg(long, value_name = "FILE")]
    cues: Vec<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    for (flag, value) in [
        ("--min-f1", args.min_f1),
        ("--min-entity-precision", args.min_entity_precision),
        ("--min-entity-recall", args.min_entity_recall),
        ("--min-relation-precision", args.min_relation_precision),
        ("--min-relation-recall", args.min_relation_recall),
    ] {
        if let Some(v) = value
            && !(0.0..=1.0).contains(&v)
        {
            bail!("{flag} must be between 0 and 1, not {v}");
        }
    }
    let gold = eval::gold::load(&args.gold)?;
    let gazetteer = args.gazetteer.load(args.encoding.as_deref())?;
    let mut extractor = Extractor::new(&gazetteer)?;
    extractor.set_finding(!args.listed_only);
    let inputs: Vec<Input> = args.inputs.iter().map(|s| Input::from(s.as_str())).collect();
    let options = Options {
        encoding: parse_encoding(args.encoding.as_deref())?,
        ..Options::default()
    };
    let corpus = eval::read_corpus(&gazetteer, &extractor, &inputs, &options, &gold)
        .with_context(|| format!("cannot read {}", args.inputs.join(", ")))?;
    for skip in &corpus.skipped {
        super::term::say(&format!("gazegraph: skipped {skip}"));
    }
    let mut relater = Relater::new(&gazetteer);
    for (name, text) in super::build::read_cues(&args.cues)? {
        relater.add_cues(&name, &text)?;
    }
    let mut report = eval::evaluate(&gold, &corpus, &gazetteer, &relater)?;
    report.check(&eval::Thresholds {
        min_f1: args.min_f1,
        min_entity_precision: args.min_entity_precision,
        min_entity_recall: args.min_entity_recall,
        min_relation_precision: args.min_relation_precision,
        min_relation_recall: args.min_relation_recall,
    });
    if args.json {
        super::term::print_exact(&format!("{}\n", serde_json::to_string_pretty(&report)?))?;
    } else {
        super::term::print(&table(&report))?;
    }
    for check in report.checks.iter().filter(|c| !c.passed) {
        super::term::say(&format!(
            "gazegraph: check failed: {} is {}, below {}",
            check.name.replace('_', "-"),
            ratio(check.value),
            check.threshold
        ));
    }
    Ok(if report.passed() {
        Outcome::Success
    } else {
        Outcome::CheckFailed
    })
}

fn ratio(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_string(), |v| format!("{v:.4}"))
}

/// The columns of a table of scores, under `label`.
fn heading(out: &mut String, label: &str) {
    let _ = writeln!(
        out,
        "{label:<24} {:>6} {:>6} {:>8} {:>9} {:>7} {:>7}",
        "gold", "found", "correct", "precision", "recall", "F1"
    );
}

/// One line of a table of scores.
fn row(out: &mut String, label: &str, s: &Scores) {
    let _ = writeln!(
        out,
        "{label:<24} {:>6} {:>6} {:>8} {:>9} {:>7} {:>7}",
        s.gold,
        s.found,
        s.correct,
        ratio(s.precision),
        ratio(s.recall),
        ratio(s.f1)
    );
}

/// The report for a person: the scores, then what to fix.
fn table(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} annotated document(s) evaluated{}\n",
        report.documents,
        match report.unannotated {
            0 => String::new(),
            n => format!(" ({n} other document(s) read, not annotated)"),
        }
    );
    heading(&mut out, "");
    row(&mut out, "mentions", &report.mentions.overall);
    for (kind, scores) in &report.mentions.by_type {
        row(&mut out, &format!("  {kind}"), scores);
    }
    row(&mut out, "entities per document", &report.entities);
    let pairs = &report.pairs;
    let _ = writeln!(
        out,
        "\ngold pairs linked: {} of {} by a sentence (recall {}), {} by a paragraph (recall {})",
        pairs.sentence.found,
        pairs.gold,
        ratio(pairs.sentence.recall),
        pairs.paragraph.found,
        ratio(pairs.paragraph.recall)
    );
    out.push('\n');
    heading(&mut out, "typed relations");
    row(&mut out, "  all kinds", &report.relations.overall);
    for (kind, scores) in &report.relations.by_kind {
        row(&mut out, &format!("  {kind}"), scores);
    }
    errors(
        &mut out,
        "missed mentions (in the gold, not found)",
        &report.missed_mentions,
    );
    errors(&mut out, "false hits (found, not in the gold)", &report.false_mentions);
    if !report.missed_pairs.is_empty() {
        let _ = writeln!(out, "\ngold pairs no sentence links:");
        for p in &report.missed_pairs {
            let _ = writeln!(
                out,
                "  {}  {} – {} ({}){}\n    | {}",
                p.document,
                p.a,
                p.b,
                p.relation.name(),
                if p.in_paragraph {
                    ", linked by the paragraph"
                } else {
                    ""
                },
                p.sentence
            );
        }
    }
    relation_errors(
        &mut out,
        "typed relations missed (stated as current in the gold, not found)",
        &report.missed_relations,
    );
    relation_errors(
        &mut out,
        "false typed relations (found, not stated as current in the gold)",
        &report.false_relations,
    );
    for check in &report.checks {
        let _ = writeln!(
            out,
            "\ncheck {}: {} {} {}: {}",
            check.name.replace('_', "-"),
            ratio(check.value),
            if check.passed { ">=" } else { "<" },
            check.threshold,
            if check.passed { "passed" } else { "FAILED" }
        );
    }
    out
}

fn relation_errors(out: &mut String, title: &str, errors: &[eval::relations::RelationError]) {
    if errors.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{title}:");
    for e in errors {
        let arrow = if e.directed { "→" } else { "–" };
        let _ = writeln!(
            out,
            "  {}  {} {arrow} {} ({})\n    | {}",
            e.document, e.source, e.target, e.kind, e.sentence
        );
    }
}

fn errors(out: &mut String, title: &str, errors: &[MentionError]) {
    if errors.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{title}:");
    for e in errors {
        let what = match (&e.expected, &e.found) {
            (Some(x), Some(f)) if x == f => format!("{x}, found with another span"),
            (Some(x), Some(f)) => format!("expected {x}, found {f}"),
            (Some(x), None) => format!("expected {x}, found nothing"),
            (None, Some(f)) => format!("found {f}, the gold has nothing here"),
            (None, None) => String::new(),
        };
        let _ = writeln!(
            out,
            "  {} {}..{} `{}`: {what}\n    | {}",
            e.document,
            e.start,
            e.end,
            e.surface,
            e.sentence.trim()
        );
    }
}
