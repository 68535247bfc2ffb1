//! `gazegraph build --partial` and `gazegraph merge` end to end: shards merged give, byte for byte, what one build
//! over all their inputs writes; what a merge could not reproduce exactly is refused.

use std::path::{Path, PathBuf};

use crate::util::{Output, graph_files, read_json, repo, run, tempdir};

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// `gazegraph build INPUTS --out OUT EXTRA…` with the shipped gazetteer; must succeed.
fn build(inputs: &[PathBuf], out: &Path, extra: &[&str]) {
    let mut args = vec!["build", "--gazetteer", "gazetteer", "--out", arg(out), "--quiet"];
    args.extend(inputs.iter().map(|p| arg(p)));
    args.extend_from_slice(extra);
    run(&args).expect_code(0);
}

/// Builds each shard with `--partial` into `dir/shard-N`; returns the folders.
fn build_shards(shards: &[Vec<PathBuf>], dir: &Path, extra: &[&str]) -> Vec<PathBuf> {
    shards
        .iter()
        .enumerate()
        .map(|(i, inputs)| {
            let out = dir.join(format!("shard-{i}"));
            build(inputs, &out, &[extra, &["--partial"]].concat());
            out
        })
        .collect()
}

/// `gazegraph merge PARTIALS --out OUT EXTRA…`, with the shipped gazetteer unless EXTRA names one.
fn merge(partials: &[PathBuf], out: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["merge", "--out", arg(out)];
    if !extra.contains(&"--gazetteer") {
        args.extend(["--gazetteer", "gazetteer"]);
    }
    args.extend(partials.iter().map(|p| arg(p)));
    args.extend_from_slice(extra);
    run(&args)
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Asserts that the files `names` are the same bytes in both folders.
fn assert_same_files(expected: &Path, got: &Path, names: &[&str], context: &str) {
    for name in names {
        assert!(
            read(&expected.join(name)) == read(&got.join(name)),
            "{context}: {name} of the merge differs from the single build's"
        );
    }
}

/// The seeds, in the order a build of the folder reads them.
fn seeds() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 5);
    files
}

/// Four shards that split `inputs` in order: the first gets two when there are five.
fn four_shards(inputs: &[PathBuf]) -> Vec<Vec<PathBuf>> {
    let cut = |i: usize| (i * inputs.len()).div_ceil(4);
    (0..4).map(|i| inputs[cut(i)..cut(i + 1)].to_vec()).collect()
}

const NAMES: &[&str] = &[
    "Amazon",
    "Rekognition",
    "Palantir",
    "Microsoft",
    "Azure",
    "Google",
    "Genetec",
    "Detroit",
    "Veritone",
    "Amazon Web Services",
    "Project Maven",
    "Immigration and Customs Enforcement",
];

/// One made-up article: paragraphs of sentences naming two or three entities each, chosen by a small
/// deterministic generator, so that every pair shares many sentences across the corpus.
fn article(seed: usize) -> String {
    let mut state = (seed as u64).wrapping_mul(6364136223846793005);
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize % n
    };
    let mut paragraphs = Vec::new();
    for p in 0..1 + next(3) {
        let sentences: Vec<String> = (0..2 + next(3))
            .map(|s| {
                let (a, b, c) = (
                    NAMES[next(NAMES.len())],
                    NAMES[next(NAMES.len())],
                    NAMES[next(NAMES.len())],
                );
                match next(3) {
                    0 => format!("In part {p}, {a} signed a contract with {b}."),
                    1 => format!("Reports say {a} works with {b} and {c} ({s})."),
                    _ => format!("Nobody else was named in sentence {s} of part {p}."),
                }
            })
            .collect();
        paragraphs.push(sentences.join(" "));
    }
    paragraphs.join("\n\n")
}

/// A corpus of JSONL files (ids, titles, dates, URLs, languages; lines without an id; an id given twice in one
/// file, which a build renames; a broken line, which it skips) and text files with a date line, in the order a
/// build of the folder reads them.
fn corpus(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut n = 0;
    for (f, name) in ["a.jsonl", "b.jsonl", "c.txt", "d.jsonl", "e.txt", "f.jsonl"]
        .iter()
        .enumerate()
    {
        let path = dir.join(name);
        let contents = if name.ends_with(".txt") {
            n += 1;
            format!(" date 2017-0{}\n{}", 1 + f, article(n))
        } else {
            let lines: Vec<String> = (0..8)
                .map(|i| {
                    n += 1;
                    let mut doc = serde_json::json!({
                        "text": article(n),
                        "date": format!("20{}-{:02}-{:02}", 18 + (n % 3), 1 + n % 12, 1 + n % 28),
                        "title": format!("Article {n}"),
                        "url": format!("https://news.example/{n}"),
                        "lang": "en",
                    });
                    match i {
                        0 => {}
                        3 | 4 => doc["id"] = format!("same-{f}").into(),
                        _ => doc["id"] = format!("n{n:03}").into(),
                    }
                    if i == 5 {
                        return "{\"text\": broken".to_string();
                    }
                    doc.to_string()
                })
                .collect();
            lines.join("\n") + "\n"
        };
        std::fs::write(&path, contents).unwrap();
        files.push(path);
    }
    files
}

/// Builds `inputs` once, and in four shards merged, with `extra` for both and `merge_extra` for the single build
/// and the merge; asserts that every file is the same. Returns the single build's folder and the shards.
fn single_and_merged(dir: &Path, inputs: &[PathBuf], extra: &[&str], merge_extra: &[&str]) -> (PathBuf, Vec<PathBuf>) {
    let single = dir.join("single");
    build(inputs, &single, &[extra, merge_extra].concat());
    let shards = build_shards(&four_shards(inputs), dir, extra);
    let merged = dir.join("merged");
    merge(&shards, &merged, &[merge_extra, &["--quiet"]].concat()).expect_code(0);
    let context = format!("{extra:?} {merge_extra:?}");
    assert_same_files(&single, &merged, &graph_files(), &context);
    assert_same_files(&single, &merged, &["mentions.csv"], &context);
    (single, shards)
}

#[test]
fn four_seed_shards_merge_into_the_single_build() {
    for (extra, merge_extra) in [
        (&[][..], &[][..]),
        (&["--window", "paragraph"][..], &[][..]),
        (
            &["--roll-up", "products", "--min-weight", "2"][..],
            &["--top", "12"][..],
        ),
    ] {
        let dir = tempdir();
        single_and_merged(dir.path(), &seeds(), extra, merge_extra);
    }
}

#[test]
fn four_shards_of_a_corpus_with_metadata_merge_into_the_single_build() {
    let dir = tempdir();
    let inputs = corpus(dir.path());
    // The generated articles are a few sentence templates filled with twelve names, so many share most of their
    // four-word sequences and reprint detection takes them for copies, which a merge finds only within a shard
    // (tests/outlets.rs tests that): counted with every copy, they test the sums, unions and evidence.
    for extra in [
        &["--evidence", "2", "--reprints", "keep"][..],
        &["--evidence", "2", "--reprints", "keep", "--window", "paragraph"],
        &["--evidence", "2", "--reprints", "keep", "--roll-up", "all"],
        &["--evidence", "2", "--reprints", "keep", "--min-weight", "3"],
        &[
            "--evidence",
            "1",
            "--reprints",
            "keep",
            "--window",
            "document",
            "--min-score",
            "0.05",
        ],
    ] {
        let work = tempdir();
        let (single, _) = single_and_merged(work.path(), &inputs, extra, &[]);
        // The premises: evidence caps cut, documents have metadata and dates, and an id was renamed.
        let graph = read_json(&single.join("graph.json"));
        let cap = graph["graph"]["evidence_cap"].as_u64().unwrap();
        let links = graph["links"].as_array().unwrap();
        assert!(
            links
                .iter()
                .any(|l| l["weight"].as_u64().unwrap() > cap && l["evidence"].as_array().unwrap().len() as u64 == cap),
            "{extra:?}: no evidence cap bites"
        );
        assert!(
            graph["documents"].as_array().is_some_and(|d| d.len() > 1),
            "{extra:?}: {}",
            graph["documents"]
        );
        assert!(graph["graph"]["first_date"] != graph["graph"]["last_date"], "{extra:?}");
        let mentions = String::from_utf8(read(&single.join("mentions.csv"))).unwrap();
        assert!(mentions.contains("\nsame-0~2,"), "{extra:?}: no document was renamed");
    }
}

#[test]
fn shard_order_changes_only_the_order_of_the_mention_table() {
    let dir = tempdir();
    let (single, shards) = single_and_merged(dir.path(), &seeds(), &[], &[]);
    let reversed: Vec<PathBuf> = shards.iter().rev().cloned().collect();
    let out = dir.path().join("reversed");
    let said = merge(&reversed, &out, &[]).expect_code(0).stderr;
    assert!(
        said.contains("gazegraph: merged 4 partials: 5 documents, 457 mentions of 97 entities, "),
        "{said}"
    );
    assert_same_files(&single, &out, &graph_files(), "shards in reverse order");
    let header = "document,paragraph,sentence,start,end,surface,entity,type\n";
    let mut joined = header.to_string();
    for shard in &reversed {
        let table = String::from_utf8(read(&shard.join("mentions.csv"))).unwrap();
        joined += table.strip_prefix(header).unwrap();
    }
    let mentions = String::from_utf8(read(&out.join("mentions.csv"))).unwrap();
    assert_eq!(
        mentions, joined,
        "mentions.csv is not the shards' tables in argument order"
    );
    assert_ne!(read(&out.join("mentions.csv")), read(&single.join("mentions.csv")));
}

#[test]
fn partials_merge_in_stages_and_a_merged_partial_is_the_partial_of_all() {
    let dir = tempdir();
    let inputs = corpus(dir.path());
    // (every copy counted: see the test above)
    let extra = ["--evidence", "2", "--reprints", "keep"];
    let (single, shards) = single_and_merged(dir.path(), &inputs, &extra, &[]);
    let whole = dir.path().join("whole");
    build(&inputs, &whole, &[&extra[..], &["--partial"]].concat());
    let mut names: Vec<String> = std::fs::read_dir(&whole)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["mentions.csv", "partial.jsonl"],
        "build --partial writes no graph files"
    );

    let (first, second) = (dir.path().join("stage-1"), dir.path().join("stage-2"));
    merge(&shards[..2], &first, &["--partial", "--quiet"]).expect_code(0);
    merge(&shards[2..], &second, &["--partial", "--quiet"]).expect_code(0);
    let all = dir.path().join("stages");
    merge(&[first.join("partial.jsonl"), second], &all, &["--partial", "--quiet"]).expect_code(0);
    assert_same_files(&whole, &all, &["partial.jsonl", "mentions.csv"], "merged partial");
    let graph = dir.path().join("graph");
    merge(&[all], &graph, &["--quiet"]).expect_code(0);
    assert_same_files(&single, &graph, &graph_files(), "merged in stages");
}

/// Merges `partials` into a folder that holds an earlier graph, expects exit status 2 with a message that
/// contains every one of `needles`, and the earlier graph untouched.
fn refused(partials: &[PathBuf], extra: &[&str], needles: &[&str]) {
    let out = tempdir();
    std::fs::write(out.path().join("graph.json"), "earlier").unwrap();
    let result = merge(partials, out.path(), extra).expect_code(2);
    for needle in needles {
        assert!(result.stderr.contains(needle), "no `{needle}` in: {}", result.stderr);
    }
    assert_eq!(read(&out.path().join("graph.json")), b"earlier");
    assert_eq!(
        std::fs::read_dir(out.path()).unwrap().count(),
        1,
        "the merge left files behind"
    );
}

#[test]
fn what_cannot_be_merged_exactly_is_refused() {
    let dir = tempdir();
    let files = seeds();
    let shards = build_shards(&[files[..2].to_vec(), files[2..].to_vec()], dir.path(), &[]);
    let partial = |i: usize| shards[i].join("partial.jsonl");
    let path = |p: &Path| p.display().to_string();

    // The same document in two shards: one build would have renamed the second.
    let again = dir.path().join("again");
    std::fs::create_dir(&again).unwrap();
    std::fs::copy(&files[1], again.join(files[1].file_name().unwrap())).unwrap();
    let duplicate = build_shards(&[vec![again]], &dir.path().join("dup"), &[]);
    let id = files[1].file_stem().unwrap().to_str().unwrap();
    refused(
        &[shards[0].clone(), shards[1].clone(), duplicate[0].clone()],
        &[],
        &[
            &format!("document id `{id}`"),
            &path(&partial(0)),
            &path(&duplicate[0].join("partial.jsonl")),
        ],
    );

    // Shards counted with other settings.
    for (name, settings, needles) in [
        (
            "paragraph",
            ["--window", "paragraph"],
            ["window paragraph", "window sentence"],
        ),
        ("evidence", ["--evidence", "3"], ["evidence cap 3", "evidence cap 5"]),
        ("roll-up", ["--roll-up", "all"], ["roll-up all", "roll-up none"]),
    ] {
        let other = build_shards(&[files[2..].to_vec()], &dir.path().join(name), &settings);
        let second = path(&other[0].join("partial.jsonl"));
        refused(
            &[shards[0].clone(), other[0].clone()],
            &[],
            &[needles[0], needles[1], &path(&partial(0)), &second],
        );
    }

    // Another gazetteer than the shards'.
    let gazetteer = dir.path().join("gazetteer");
    std::fs::create_dir(&gazetteer).unwrap();
    for entry in std::fs::read_dir(repo().join("gazetteer")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), gazetteer.join(entry.file_name())).unwrap();
    }
    std::fs::write(
        gazetteer.join("zzz-nowhere.csv"),
        "id,name,type,aliases\nnowhere-town,Nowhere Town,city,\n",
    )
    .unwrap();
    refused(
        &shards,
        &["--gazetteer", arg(&gazetteer)],
        &["another gazetteer", &path(&partial(0))],
    );

    // Files that are not partials, or whose partial is missing.
    refused(
        &[repo().join("out").join("graph.json")],
        &[],
        &["not a gazegraph partial"],
    );
    refused(&[repo().join("out")], &[], &["holds no partial.jsonl"]);

    // Edited headers: a newer format, another version of gazegraph.
    let edited = |name: &str, from: &str, to: &str| {
        let folder = dir.path().join(name);
        std::fs::create_dir(&folder).unwrap();
        let text = std::fs::read_to_string(partial(1)).unwrap();
        assert!(text.contains(from));
        std::fs::write(folder.join("partial.jsonl"), text.replacen(from, to, 1)).unwrap();
        std::fs::copy(shards[1].join("mentions.csv"), folder.join("mentions.csv")).unwrap();
        folder
    };
    let newer = edited("newer", "\"format_version\":4,", "\"format_version\":5,");
    refused(&[shards[0].clone(), newer], &[], &["partial format 5 is newer"]);
    // format 1 counted no outlets and no reprints, format 2 had no digest, format 3 no entities found in the
    // text: such a shard is built again
    for found in ["1", "2", "3"] {
        let before = edited(
            &format!("format-{found}"),
            "\"format_version\":4,",
            &format!("\"format_version\":{found},"),
        );
        refused(
            &[shards[0].clone(), before],
            &[],
            &[&format!("partial format {found} is older"), "build the shard again"],
        );
    }
    let older = edited("older", "\"version\":\"", "\"version\":\"0.0.1-");
    refused(
        &[shards[0].clone(), older.clone()],
        &[],
        &[
            "by gazegraph 0.0.1-",
            &path(&partial(0)),
            &path(&older.join("partial.jsonl")),
        ],
    );

    // A partial cut short, and one without its mention table.
    let cut = dir.path().join("cut");
    std::fs::create_dir(&cut).unwrap();
    let bytes = read(&partial(1));
    std::fs::write(cut.join("partial.jsonl"), &bytes[..bytes.len() * 2 / 3]).unwrap();
    std::fs::copy(shards[1].join("mentions.csv"), cut.join("mentions.csv")).unwrap();
    refused(&[shards[0].clone(), cut.clone()], &[], &["damaged partial"]);
    std::fs::write(cut.join("partial.jsonl"), &bytes).unwrap();
    std::fs::remove_file(cut.join("mentions.csv")).unwrap();
    refused(&[shards[0].clone(), cut], &[], &["no mentions.csv"]);
}

#[test]
fn partial_conflicts_with_top() {
    let out = tempdir();
    let result = run(&["build", "--partial", "--top", "5", "--out", arg(out.path())]).expect_code(2);
    assert!(result.stderr.contains("--top"), "{}", result.stderr);
}
