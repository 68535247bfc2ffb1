//! `gazegraph suggest`: the command line, the gazetteer rows it writes, and what it is worth, measured against
//! gold annotations.
//!
//! The measure (issue 14, §4): of the gold entities a build misses (eval's `missed_entities`, per document), how
//! many a candidate names (a candidate seen in that document on a gold mention of the entity, the same words up
//! to a genitive), how many of those with the gold type, and how many of the first 30 candidates are names of
//! the gold at all. The held-out articles measure it with the shipped gazetteer; the seeds, with a gazetteer of
//! places and rules only (so that nearly everything is missed), are the development set the cues were tuned
//! on. `cargo test --release --test integration suggest::measure -- --nocapture` prints the figures.

use std::collections::HashMap;
use std::path::PathBuf;

use gazegraph::eval::{self, GoldDocument};
use gazegraph::pipeline::Options;
use gazegraph::suggest::{Settings, Suggester};
use gazegraph::text::Input;
use gazegraph::{Extractor, Gazetteer};

use crate::util::{repo, run, run_in};

/// What suggest is worth on a gold set.
#[derive(Debug, Default)]
struct Figures {
    /// Gold entities (per document) the build misses.
    missed: usize,
    /// Of those, the ones whose every gold mention the build matched, as another entity (a rule's entity where
    /// the gold has a listed one): suggest leaves known names out, so it cannot name them.
    found_as_other: usize,
    /// Of those, named by a candidate.
    surfaced: usize,
    /// Of those, with the gold type.
    typed: usize,
    /// Of the first 30 candidates (or fewer), those that are gold names.
    top: usize,
    top_real: usize,
}

impl Figures {
    fn recall(&self) -> f64 {
        self.surfaced as f64 / self.missed.max(1) as f64
    }
    fn typing(&self) -> f64 {
        self.typed as f64 / self.surfaced.max(1) as f64
    }
    fn precision(&self) -> f64 {
        self.top_real as f64 / self.top.max(1) as f64
    }
    fn line(&self, what: &str) -> String {
        format!(
            "{what:<10} missed {:>3} ({:>2} found as another)  surfaced {:>3} ({:.2})  right type {:>3} ({:.2})  first {:>2}: {:>2} real ({:.2})",
            self.missed,
            self.found_as_other,
            self.surfaced,
            self.recall(),
            self.typed,
            self.typing(),
            self.top,
            self.top_real,
            self.precision()
        )
    }
}

/// A surface as gold and candidates are compared: lower case, without a genitive or possessive ending.
fn normal(surface: &str) -> String {
    let s = surface.trim().to_lowercase();
    let s = s.strip_suffix("'s").or_else(|| s.strip_suffix("’s")).unwrap_or(&s);
    s.strip_suffix('s').unwrap_or(s).to_string()
}

/// Measures suggest on `articles` against `gold`, with the gazetteer files `gazetteer`, overall and per
/// language (the `de_`/`en_`/`nl_` prefix of a document id, where it has one).
fn figures(gazetteer: &[PathBuf], articles: &str, gold: &str, show: bool) -> Vec<(String, Figures)> {
    let gazetteer = Gazetteer::load(gazetteer).expect("the gazetteer loads");
    let mut extractor = Extractor::new(&gazetteer).expect("it compiles");
    let gold: Vec<GoldDocument> = eval::gold::load(&repo().join(gold)).expect("the gold loads");
    let inputs = [Input::from(repo().join(articles).to_str().unwrap())];
    // what `build` misses, with the entities it finds in the text…
    let corpus = eval::read_corpus(&gazetteer, &extractor, &inputs, &Options::default(), &gold).unwrap();
    let relater = gazegraph::graph::relate::Relater::new(&gazetteer);
    let report = eval::evaluate(&gold, &corpus, &gazetteer, &relater).unwrap();
    // …and what `suggest` lists, which suggests those too, for review
    extractor.set_finding(false);
    let listed = eval::read_corpus(&gazetteer, &extractor, &inputs, &Options::default(), &gold).unwrap();
    let settings = Settings {
        keep_spans: true,
        ..Settings::default()
    };
    let mut suggester = Suggester::new(&gazetteer, &settings);
    for (doc, extraction) in &listed.documents {
        suggester.add(doc, extraction);
    }
    let suggestions = suggester.finish(&settings);
    let texts: HashMap<&str, &str> = corpus
        .documents
        .iter()
        .map(|(d, _)| (d.id.as_str(), d.text.as_str()))
        .collect();
    let gold_of: HashMap<&str, &GoldDocument> = gold.iter().map(|g| (g.document.as_str(), g)).collect();
    // Whether a candidate seen at `start..end` of `doc` names the gold mention `m`.
    let names = |doc: &str, start: usize, end: usize, m: &eval::GoldMention| {
        start < m.end && m.start < end && normal(&texts[doc][start..end]) == normal(&m.surface)
    };
    let language = |doc: &str| doc.get(..3).filter(|p| p.ends_with('_')).map(|p| p[..2].to_string());
    let mut figures: Vec<(String, Figures)> = vec![("all".into(), Figures::default())];
    let mut add = |doc: &str, f: &dyn Fn(&mut Figures)| {
        f(&mut figures[0].1);
        if let Some(lang) = language(doc) {
            match figures.iter_mut().find(|(l, _)| *l == lang) {
                Some((_, fig)) => f(fig),
                None => {
                    let mut fig = Figures::default();
                    f(&mut fig);
                    figures.push((lang, fig));
                }
            }
        }
    };
    for missed in &report.missed_entities {
        let doc = missed.document.as_str();
        let mentions: Vec<_> = gold_of[doc]
            .mentions
            .iter()
            .filter(|m| m.entity == missed.entity)
            .collect();
        let by = suggestions.candidates.iter().find(|c| {
            c.seen.iter().any(|s| {
                suggestions.documents[s.document as usize] == doc
                    && mentions.iter().any(|m| names(doc, s.start, s.end, m))
            })
        });
        let typed = by.is_some_and(|c| c.kind.name() == mentions[0].kind.name());
        let extraction = &corpus.documents.iter().find(|(d, _)| d.id == doc).unwrap().1;
        let other = mentions
            .iter()
            .all(|m| extraction.mentions.iter().any(|f| f.start < m.end && m.start < f.end));
        if show && !typed {
            let kind = by.map(|c| c.kind.name());
            eprintln!(
                "    missed {doc} {} {:?} ({}) got {kind:?}",
                missed.entity,
                mentions[0].surface,
                mentions[0].kind.name()
            );
        }
        add(doc, &|f: &mut Figures| {
            f.missed += 1;
            f.found_as_other += usize::from(other);
            f.surfaced += usize::from(by.is_some());
            f.typed += usize::from(typed);
        });
    }
    for candidate in suggestions.candidates.iter().take(30) {
        let real = candidate.seen.iter().any(|s| {
            let doc = suggestions.documents[s.document as usize].as_str();
            gold_of
                .get(doc)
                .is_some_and(|g| g.mentions.iter().any(|m| names(doc, s.start, s.end, m)))
        });
        let doc = suggestions.documents[candidate.seen[0].document as usize].clone();
        if show {
            eprintln!(
                "    {} {} {} {:?}",
                if real { "+" } else { "-" },
                candidate.name,
                candidate.kind.name(),
                candidate.cues
            );
        }
        add(&doc, &|f: &mut Figures| {
            f.top += 1;
            f.top_real += usize::from(real);
        });
    }
    figures.sort_by_key(|(l, _)| (l != "all", l.clone()));
    figures
}

fn print(title: &str, figures: &[(String, Figures)]) {
    eprintln!("{title}");
    for (what, f) in figures {
        eprintln!("  {}", f.line(what));
    }
}

fn shipped() -> Vec<PathBuf> {
    vec![repo().join("gazetteer")]
}

/// The shipped places and rules, without the entities, for the seeds' development measure: written to a
/// temporary folder, with the `context` cells that name other entities emptied.
fn places_only(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    for file in [
        "places-cities",
        "places-counties",
        "places-countries",
        "places-states",
        "rules",
    ] {
        let from = repo().join("gazetteer").join(format!("{file}.csv"));
        let mut reader = csv::Reader::from_path(&from).unwrap();
        let headers = reader.headers().unwrap().clone();
        let context = headers.iter().position(|h| h == "context");
        let to = dir.join(format!("{file}.csv"));
        let mut writer = csv::Writer::from_path(&to).unwrap();
        writer.write_record(&headers).unwrap();
        for row in reader.records() {
            let row = row.unwrap();
            let cells: Vec<&str> = row
                .iter()
                .enumerate()
                .map(|(i, c)| if Some(i) == context { "" } else { c })
                .collect();
            writer.write_record(&cells).unwrap();
        }
        writer.flush().unwrap();
        paths.push(to);
    }
    paths
}

#[test]
fn measure() {
    let heldout = figures(&shipped(), "tests/heldout/articles", "tests/heldout/gold", false);
    print("held-out articles, shipped gazetteer:", &heldout);
    let dir = tempfile::tempdir().unwrap();
    let seeds = figures(
        &places_only(dir.path()),
        "seeds",
        "tests/gold",
        std::env::var_os("SUGGEST_SHOW").is_some(),
    );
    print("seeds, places and rules only (development set):", &seeds);
    let (h, s) = (&heldout[0].1, &seeds[0].1);
    for (what, value, floor) in [
        // (0.54 until build found two of suggest's people itself and took an acronym for a listed entity: 0.46;
        // then the gazetteer took the Dutch `ministerie van Defensie`, another of suggest's finds: 0.43)
        ("held-out recall of missed entities", h.recall(), 0.40),
        ("held-out right type", h.typing(), 0.68),
        ("held-out first 30 real", h.precision(), 0.55),
        // (0.82 until build read `CPD` and `DPD` as the initials of the Chicago and Detroit police the article
        // names: with places and rules only, that is the rule's entity, "found as another", so no longer
        // surfaced; of the reachable misses suggest surfaces 0.90, as before)
        ("seeds recall of missed entities", s.recall(), 0.78),
        ("seeds right type", s.typing(), 0.78),
        ("seeds first 30 real", s.precision(), 0.80),
    ] {
        assert!(value >= floor, "{what}: {value:.2} < {floor}");
    }
}

#[test]
fn table_json_limit_and_min_documents() {
    let table = run(&["suggest", "-q"]).expect_code(0);
    let mut lines = table.stdout.lines();
    assert!(
        lines.next().unwrap().trim_start().starts_with("rank  name"),
        "{}",
        table.stdout
    );
    assert!(
        lines.next().is_some(),
        "the seeds have names the shipped gazetteer lacks"
    );

    let json = run(&["suggest", "-q", "--json", "--limit", "5"]).expect_code(0);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let candidates = value["candidates"].as_array().unwrap();
    assert!(!candidates.is_empty() && candidates.len() <= 5);
    for c in candidates {
        for key in ["name", "type", "documents", "mentions", "examples"] {
            assert!(c.get(key).is_some(), "{key} in {c}");
        }
        assert!(!c["examples"].as_array().unwrap().is_empty() && c["examples"].as_array().unwrap().len() <= 2);
    }
    let scores: Vec<f64> = candidates.iter().map(|c| c["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "rank order: {scores:?}");

    let twice = run(&["suggest", "-q", "--json", "--limit", "0", "--min-documents", "2"]).expect_code(0);
    let value: serde_json::Value = serde_json::from_str(&twice.stdout).unwrap();
    assert!(
        value["candidates"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["documents"].as_u64().unwrap() >= 2)
    );
}

#[test]
fn the_rows_it_writes_load_beside_the_gazetteer() {
    let dir = tempfile::tempdir().unwrap();
    let gazetteer = places_only(dir.path());
    let csv = dir.path().join("suggested.csv");
    let mut args = vec!["suggest".to_string(), "-q".into(), "--limit".into(), "0".into()];
    for g in &gazetteer {
        args.extend(["--gazetteer".to_string(), g.to_str().unwrap().to_string()]);
    }
    args.extend(["--csv".to_string(), csv.to_str().unwrap().to_string()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run(&args).expect_code(0);
    let mut reader = csv::Reader::from_path(&csv).unwrap();
    let headers = reader.headers().unwrap().clone();
    assert_eq!(
        &headers.iter().take(5).collect::<Vec<_>>(),
        &["id", "name", "type", "aliases", "status"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(
        rows.len() > 50,
        "with places only, the seeds name many unknown entities"
    );
    assert!(rows.iter().all(|r| &r[4] == "unreviewed"));
    // The user reviews the rows, then builds with them: they load beside the gazetteer they were made with.
    let out = dir.path().join("out");
    let mut build = vec![
        "build".to_string(),
        "seeds".into(),
        "-q".into(),
        "--out".into(),
        out.to_str().unwrap().into(),
    ];
    for g in gazetteer.iter().chain([&csv]) {
        build.extend(["--gazetteer".to_string(), g.to_str().unwrap().to_string()]);
    }
    let build: Vec<&str> = build.iter().map(String::as_str).collect();
    let built = run(&build).expect_code(0);
    assert!(built.stderr.is_empty(), "{}", built.stderr);
    let nodes = std::fs::read_to_string(out.join("nodes.csv")).unwrap();
    assert!(
        nodes.contains("unreviewed"),
        "the status column is carried to the nodes"
    );
}

#[test]
fn errors_exit_2() {
    let missing = run(&["suggest", "no/such/folder"]).expect_code(2);
    assert!(missing.stderr.contains("error"), "{}", missing.stderr);
    let empty = tempfile::tempdir().unwrap();
    run_in(
        empty.path(),
        &[
            "suggest",
            "-q",
            "--gazetteer",
            repo().join("gazetteer").to_str().unwrap(),
            ".",
        ],
        None,
    )
    .expect_code(2);
}
