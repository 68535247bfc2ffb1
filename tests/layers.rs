//! Which gazetteer a command uses: the one built into the binary, a `gazetteer/` folder, `--gazetteer` layers
//! on each other, `gazetteer export`; gazetteers in legacy encodings; and how near a `context` entity must be.

use std::path::Path;

use crate::util::{folder_with, read_csv, read_json, repo, run, run_in, tempdir};

/// (entity, surface) of every mention of a build, in order.
fn mentions(out: &Path) -> Vec<(String, String)> {
    read_csv(&out.join("mentions.csv"))
        .into_iter()
        .map(|m| (m["entity"].clone(), m["surface"].clone()))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

/// `gazegraph ARGS` in `cwd`, with `--out OUT` added.
fn build_in(cwd: &Path, args: &[&str], out: &Path) -> crate::util::Output {
    let mut all = vec!["build"];
    all.extend_from_slice(args);
    all.extend(["--out", out.to_str().unwrap()]);
    run_in(cwd, &all, None)
}

#[test]
fn the_shipped_gazetteer_works_outside_the_clone_and_a_gazetteer_folder_replaces_it() {
    let corpus = folder_with(&[("a.txt", "Palantir liefert dem Bundeskriminalamt Software.".as_bytes())]);
    let corpus = corpus.path().to_str().unwrap();
    // a folder with no gazetteer/ in it, as an installed binary is run
    let cwd = tempdir();
    let out = tempdir();
    let result = build_in(cwd.path(), &[corpus], out.path()).expect_code(0);
    assert!(
        result.stderr.contains(" with the shipped gazetteer; wrote "),
        "{}",
        result.stderr
    );
    assert_eq!(
        mentions(out.path()),
        pairs(&[("palantir", "Palantir"), ("bka", "Bundeskriminalamt")])
    );
    let meta = &read_json(&out.path().join("graph.json"))["graph"]["gazetteer"];
    assert!(meta["entities"].as_u64().unwrap() > 30_000, "{meta}");
    // `gazetteer/` in the working directory takes its place
    std::fs::create_dir(cwd.path().join("gazetteer")).unwrap();
    std::fs::write(
        cwd.path().join("gazetteer/mine.csv"),
        "id,name,type,aliases\nbka,Bundeskriminalamt,agency,\n",
    )
    .unwrap();
    let result = build_in(cwd.path(), &[corpus], out.path()).expect_code(0);
    assert!(result.stderr.contains(" with gazetteer/; wrote "), "{}", result.stderr);
    assert_eq!(mentions(out.path()), pairs(&[("bka", "Bundeskriminalamt")]));
    // and `--gazetteer` replaces both, or names the shipped one as a layer
    let mine = cwd.path().join("gazetteer/mine.csv");
    let mine = mine.to_str().unwrap();
    let result = build_in(cwd.path(), &[corpus, "-g", "shipped"], out.path()).expect_code(0);
    assert!(
        result.stderr.contains(" with the shipped gazetteer; "),
        "{}",
        result.stderr
    );
    assert_eq!(mentions(out.path()).len(), 2);
    let result = build_in(cwd.path(), &[corpus, "-g", "shipped", "-g", mine], out.path()).expect_code(2);
    assert!(result.stderr.contains("duplicate id `bka`"), "{}", result.stderr);
}

#[test]
fn export_writes_the_shipped_gazetteer_out_and_it_reads_as_the_same_gazetteer() {
    let cwd = tempdir();
    let result = run_in(cwd.path(), &["gazetteer", "export", "gazetteer"], None).expect_code(0);
    assert!(
        result.stderr.contains("wrote the shipped gazetteer"),
        "{}",
        result.stderr
    );
    for entry in std::fs::read_dir(repo().join("gazetteer")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap();
        assert!(
            std::fs::read(&path).unwrap() == std::fs::read(cwd.path().join("gazetteer").join(name)).unwrap(),
            "{name:?} differs"
        );
    }
    // a second export would overwrite the user's edits
    std::fs::write(cwd.path().join("gazetteer/people.csv"), "id,name,type,aliases\n").unwrap();
    let result = run_in(cwd.path(), &["gazetteer", "export", "gazetteer"], None).expect_code(2);
    assert!(
        result.stderr.contains("people.csv")
            && result
                .stderr
                .contains("PLACES-LICENSE.md are already there; nothing was written (--force overwrites them)"),
        "{}",
        result.stderr
    );
    assert_eq!(
        std::fs::read_to_string(cwd.path().join("gazetteer/people.csv")).unwrap(),
        "id,name,type,aliases\n"
    );
    run_in(cwd.path(), &["gazetteer", "export", "gazetteer", "--force"], None).expect_code(0);
    // the exported folder and the shipped gazetteer are one gazetteer: the graph records the same digest
    let corpus = folder_with(&[("a.txt", b"Palantir in Munich.")]);
    let corpus = corpus.path().to_str().unwrap();
    let (from_folder, shipped) = (tempdir(), tempdir());
    let result = build_in(cwd.path(), &[corpus], from_folder.path()).expect_code(0);
    assert!(result.stderr.contains(" with gazetteer/; "), "{}", result.stderr);
    build_in(cwd.path(), &[corpus, "-g", "shipped"], shipped.path()).expect_code(0);
    let digest = |out: &Path| read_json(&out.join("graph.json"))["graph"]["gazetteer"]["sha256"].clone();
    assert_eq!(digest(from_folder.path()), digest(shipped.path()));
}

/// A user's layer on the shipped gazetteer: an entity of its own, and a row for each action.
const MINE: &str = "\
id,name,type,aliases,action,sector
zentrix,Zentrix Systems,organisation,Zentrix,,security
palantir,,,PLTR,change,defence
bka,,,Bundeskriminalamt,remove-forms,
frontex,,,,remove,
microsoft,,agency,,change,
";

#[test]
fn a_later_layer_adds_changes_and_removes_and_check_shows_where_each_field_comes_from() {
    let dir = folder_with(&[("mine.csv", MINE.as_bytes())]);
    let mine = dir.path().join("mine.csv");
    let mine = mine.to_str().unwrap();
    let corpus = folder_with(&[(
        "a.txt",
        "Zentrix und PLTR beliefern das Bundeskriminalamt, das BKA und Frontex. Microsoft auch.".as_bytes(),
    )]);
    let out = tempdir();
    let result = build_in(
        &repo(),
        &[corpus.path().to_str().unwrap(), "-g", "shipped", "-g", mine],
        out.path(),
    )
    .expect_code(0);
    assert!(
        result
            .stderr
            .contains(&format!(" with the shipped gazetteer + {mine}; ")),
        "{}",
        result.stderr
    );
    // `Bundeskriminalamt` is no form of the BKA any more, `BKA` still is; Frontex is gone
    assert_eq!(
        mentions(out.path()),
        pairs(&[
            ("zentrix", "Zentrix"),
            ("palantir", "PLTR"),
            ("bka", "BKA"),
            ("microsoft", "Microsoft")
        ])
    );
    let nodes = read_csv(&out.path().join("nodes.csv"));
    let node = |id: &str| nodes.iter().find(|n| n["Id"] == id).unwrap().clone();
    assert_eq!(node("microsoft")["Type"], "agency");
    assert_eq!(
        (node("palantir")["sector"].as_str(), node("zentrix")["sector"].as_str()),
        ("defence", "security")
    );
    let check = run(&["gazetteer", "check", "-g", "shipped", "-g", mine]).expect_code(0);
    let stdout = check.stdout.replace(&format!("{}/", dir.path().display()), "");
    for expected in [
        "provenance (the entities a later row changed or removed):",
        "  palantir (Palantir): defined at <shipped>/organisations.csv:5\n    aliases +PLTR  at mine.csv:3\n    \
         sector = defence  at mine.csv:3",
        "  bka (Federal Criminal Police Office): defined at <shipped>/agencies.csv:43\n    aliases \
         -Bundeskriminalamt  at mine.csv:4",
        "  frontex (Frontex): defined at <shipped>/agencies.csv:100\n    removed at mine.csv:5",
        "  microsoft (Microsoft): defined at <shipped>/organisations.csv:3\n    type = agency  at mine.csv:6",
    ] {
        assert!(stdout.contains(expected), "{expected:?} not in:\n{stdout}");
    }
    assert!(
        !stdout.contains("zentrix ("),
        "an entity no later row touched has no provenance lines"
    );
}

#[test]
fn a_folder_of_several_files_is_layered_in_sorted_order() {
    let dir = folder_with(&[
        (
            "1-base.csv",
            b"id,name,type,aliases\nacme,Acme Analytics,organisation,Acme\nzeta,Zeta Labs,organisation,\n",
        ),
        (
            "2-mine.csv",
            b"id,name,type,aliases,action\nacme,,,Acme Corp,change\nzeta,,,,remove\nzeta,Zeta Systems,organisation,,add\n",
        ),
    ]);
    let corpus = folder_with(&[("a.txt", b"Acme Corp and Zeta Systems, not Zeta Labs.")]);
    let out = tempdir();
    build_in(
        &repo(),
        // only the gazetteer's entities: `Zeta Labs` would otherwise be found in the text as an organisation
        &[
            corpus.path().to_str().unwrap(),
            "-g",
            dir.path().to_str().unwrap(),
            "--listed-only",
        ],
        out.path(),
    )
    .expect_code(0);
    assert_eq!(
        mentions(out.path()),
        pairs(&[("acme", "Acme Corp"), ("zeta", "Zeta Systems")])
    );
    let check = run(&[
        "gazetteer",
        "check",
        "-g",
        dir.path().to_str().unwrap(),
        "--provenance",
        "--json",
    ])
    .expect_code(0);
    let report: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    let provenance = report["provenance"].as_array().unwrap();
    let summary: Vec<(&str, &str, usize, bool)> = provenance
        .iter()
        .map(|p| {
            let defined = p["defined"].as_str().unwrap();
            (
                p["id"].as_str().unwrap(),
                &defined[defined.rfind('/').unwrap() + 1..],
                p["changes"].as_array().unwrap().len(),
                p.get("removed").is_some(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("acme", "1-base.csv:2", 1, false),
            ("zeta", "1-base.csv:3", 0, true),
            ("zeta", "2-mine.csv:4", 0, false)
        ]
    );
}

#[test]
fn a_form_two_files_claim_is_refused_naming_both_files_and_the_ways_out() {
    let dir = folder_with(&[(
        "mine.csv",
        b"id,name,type,aliases\nmy-palantir,Palantir Germany,organisation,Palantir\n",
    )]);
    let mine = dir.path().join("mine.csv");
    let mine = mine.to_str().unwrap();
    let corpus = folder_with(&[("a.txt", b"Palantir in Munich.")]);
    let corpus = corpus.path().to_str().unwrap();
    let out = tempdir();
    let result = build_in(&repo(), &[corpus, "-g", "shipped", "-g", mine], out.path()).expect_code(2);
    for expected in [
        &format!("{mine}:2: column `aliases`: `Palantir` would name two entities: `my-palantir` here and `palantir`"),
        &format!("{mine} and the shipped organisations.csv both claim it"),
        "make this row a `change` of `palantir`",
        "remove `palantir` (a row with its id and the action `remove`)",
        "--ambiguous drop",
        "1 of them is a form that names two entities: --ambiguous drop leaves such forms out of matching",
    ] {
        assert!(
            result.stderr.contains(expected),
            "{expected:?} not in:\n{}",
            result.stderr
        );
    }
    assert!(!out.path().join("graph.json").exists());
    // the check says the same, as an error
    let check = run(&["gazetteer", "check", "-g", "shipped", "-g", mine]).expect_code(1);
    assert!(
        check
            .stdout
            .contains("error: `Palantir` would name two entities: `my-palantir` here and `palantir`"),
        "{}",
        check.stdout
    );
    // --ambiguous drop builds, without the form, and says so
    let result = build_in(
        &repo(),
        &[corpus, "-g", "shipped", "-g", mine, "--ambiguous", "drop"],
        out.path(),
    )
    .expect_code(0);
    assert!(
        result
            .stderr
            .contains("1 form names more than one entity and is left out of matching"),
        "{}",
        result.stderr
    );
    assert_eq!(mentions(out.path()), pairs(&[("munich", "Munich")]));
}

#[test]
fn a_gazetteer_saved_by_excel_in_windows_1252_is_read_as_articles_are() {
    // Excel on a German Windows: semicolons, CRLF, `ü` and `ö` as one byte each
    let bytes = b"id;name;type;aliases\r\nmunich;M\xfcnchen;city;\r\nkoeln;K\xf6ln;city;\r\n";
    let dir = folder_with(&[("g.csv", bytes)]);
    let g = dir.path().to_str().unwrap();
    let corpus = folder_with(&[("a.txt", "Von München nach Köln.".as_bytes())]);
    let corpus = corpus.path().to_str().unwrap();
    let out = tempdir();
    let result = build_in(&repo(), &[corpus, "-g", g], out.path()).expect_code(0);
    let stderr = result.stderr.replace(&format!("{g}/"), "");
    assert!(
        stderr.contains(
            "gazegraph: warning: g.csv:2: the file is not UTF-8; read as windows-1252 (guessed, as for articles), \
             which makes this line say `München`\n    fix: if that is wrong, name the encoding with --encoding"
        ),
        "{stderr}"
    );
    assert_eq!(mentions(out.path()), pairs(&[("munich", "München"), ("koeln", "Köln")]));
    // named, it is no guess: no warning; the check agrees with the build
    let result = build_in(&repo(), &[corpus, "-g", g, "--encoding", "windows-1252"], out.path()).expect_code(0);
    assert!(!result.stderr.contains("warning"), "{}", result.stderr);
    assert_eq!(mentions(out.path()).len(), 2);
    let check = run(&["gazetteer", "check", "-g", g]).expect_code(0);
    assert!(
        check
            .stdout
            .contains("warning: the file is not UTF-8; read as windows-1252"),
        "{}",
        check.stdout
    );
    let check = run(&["gazetteer", "check", "-g", g, "--encoding", "cp1252"]).expect_code(0);
    assert!(check.stdout.contains("0 error(s), 0 warning(s)"), "{}", check.stdout);
    run(&["gazetteer", "check", "-g", g, "--encoding", "klingon"]).expect_code(2);
}

#[test]
fn a_context_scope_says_how_near_the_context_entity_must_be() {
    let g = folder_with(&[(
        "g.csv",
        b"id,name,type,aliases,context,context_scope\n\
          frontex,Frontex,agency,,,\n\
          hermes,Hermes,product,,frontex,sentence\n\
          argus,Argus,product,,frontex,Paragraph\n\
          heron,Heron,product,,frontex,\n\
          orbiter,Orbiter,product,,frontex,document\n",
    )]);
    let corpus = folder_with(&[(
        "a.txt",
        b"Frontex kauft Hermes und Argus. Hermes fliegt, Argus auch.\n\nArgus nicht, Hermes nicht, Heron und Orbiter schon.\n",
    )]);
    let out = tempdir();
    build_in(
        &repo(),
        &[corpus.path().to_str().unwrap(), "-g", g.path().to_str().unwrap()],
        out.path(),
    )
    .expect_code(0);
    assert_eq!(
        mentions(out.path()),
        pairs(&[
            ("frontex", "Frontex"),
            ("hermes", "Hermes"),
            ("argus", "Argus"),
            ("argus", "Argus"),
            ("heron", "Heron"),
            ("orbiter", "Orbiter"),
        ])
    );
    let g = folder_with(&[(
        "g.csv",
        b"id,name,type,aliases,context,context_scope\nfrontex,Frontex,agency,,,\nhermes,Hermes,product,,frontex,nearby\n",
    )]);
    let check = run(&["gazetteer", "check", "-g", g.path().to_str().unwrap()]).expect_code(1);
    assert!(
        check.stdout.contains(
            "g.csv:3: column `context_scope`: error: unknown context scope `nearby`; use `sentence`, `paragraph` or \
             `document`"
        ),
        "{}",
        check.stdout
    );
}
