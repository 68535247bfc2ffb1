//! `gazegraph gazetteer check` end to end.

use crate::util::{folder_with, run};

const HEADER: &str = "id,name,type,aliases,match,context,owner\n";

fn check(files: &[(&str, &str)], extra: &[&str]) -> crate::util::Output {
    let owned: Vec<(&str, &[u8])> = files.iter().map(|(n, c)| (*n, c.as_bytes())).collect();
    let dir = folder_with(&owned);
    let path = dir.path().to_str().unwrap().to_string();
    let mut args = vec!["gazetteer", "check", path.as_str()];
    args.extend_from_slice(extra);
    let out = run(&args);
    // the findings name files by the path given: make them relative for the assertions
    crate::util::Output {
        stdout: out
            .stdout
            .replace(&format!("{path}/: "), "DIR/: ")
            .replace(&format!("{path}/"), ""),
        ..out
    }
}

#[test]
fn errors_are_listed_with_file_line_column_and_fix_and_fail_the_check() {
    let out = check(
        &[
            (
                "companies.csv",
                &format!(
                    "{HEADER}ring,Ring,organisation,Ring LLC,case-sensitive,,\nacme,Acme,organisation,,,,nobody\n"
                ),
            ),
            ("people.csv", &format!("{HEADER}x,Xu,person,,,,\n")),
        ],
        &[],
    )
    .expect_code(1);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        lines,
        [
            // one vocabulary with `build`: an ordinary word without a rule is a warning there and here
            "companies.csv:2: column `name`: warning: `Ring` of `ring` is an ordinary word (German `Ring`) with no \
             rule: the word will be taken for the organisation",
            "    fix: give a `context` (ids of entities that must be mentioned near it); \
             `match=case-sensitive` does not help, as the word is written `Ring` too; or, if the word reading does \
             not occur in your articles, set `match` to `accept-word` to say so",
            "companies.csv:3: column `owner`: error: unknown entity id `nobody`",
            "people.csv:2: column `name`: warning: `Xu` of `x` is 2 letter(s) long and matches in any case",
            "    fix: write it in capitals if it is an acronym, or set `match` to `case-sensitive`",
            "DIR/: 2 file(s), 3 entities: 1 error(s), 2 warning(s), 0 note(s)",
        ],
        "{}",
        out.stdout
    );
}

#[test]
fn warnings_alone_pass_and_json_counts_them() {
    let out = check(
        &[(
            "g.csv",
            &format!("{HEADER}ring,Ring,organisation,,,amazon,\namazon,Amazon Web Services,organisation,,,,\nx,Xu,persn,,,,\n"),
        )],
        &["--json"],
    )
    .expect_code(0);
    let report: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        (&report["errors"], &report["warnings"], &report["infos"]),
        (&0.into(), &2.into(), &0.into())
    );
    assert_eq!(report["entities"], 3);
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings[0]["severity"], "warning");
    assert_eq!(findings[0]["line"], 4);
    assert_eq!(findings[0]["column"], "name");
    assert_eq!(findings[1]["column"], "type");
    assert_eq!(findings[1]["hint"], "did you mean `person`?");
}

#[test]
fn a_form_listed_twice_is_one_written_the_same_or_matched_in_any_case() {
    let out = check(
        &[(
            "g.csv",
            &format!(
                "{HEADER}dod,Department of Defense,agency,DoD|DOD|Defense Department,case-sensitive,,\n\
                 acme,Acme Corporation,organisation,Acme Corp|acme corp|ACME|Acme,,,\n"
            ),
        )],
        &[],
    )
    .expect_code(0);
    // `DoD` and `DOD` of a case-sensitive entity, and the acronym `ACME` beside `Acme`, are different forms
    let twice: Vec<&str> = out.stdout.lines().filter(|l| l.contains("listed twice")).collect();
    assert_eq!(
        twice,
        ["g.csv:3: column `aliases`: warning: `acme corp` is listed twice for `Acme Corporation`"],
        "{}",
        out.stdout
    );
}

#[test]
fn an_unreadable_gazetteer_is_an_error() {
    let out = run(&["gazetteer", "check", "no/such/folder"]).expect_code(2);
    assert!(out.stderr.contains("no/such/folder: cannot read"), "{}", out.stderr);
    let out = check(&[("notes.txt", "no csv here")], &[]).expect_code(2);
    assert!(out.stderr.contains("no *.csv files in this folder"), "{}", out.stderr);
}

#[test]
fn help_says_what_counts_as_a_rule_and_shows_the_json() {
    let out = run(&["gazetteer", "check", "--help"]).expect_code(0);
    for expected in [
        "German capitalises nouns, so `Ring` is not, and needs a `context`",
        "gazegraph gazetteer check -g my-gazetteer/ -g extra.csv --json",
        "\"findings\": [{\"severity\": \"error\"|\"warning\"|\"info\"",
    ] {
        assert!(out.stdout.contains(expected), "{expected:?} not in:\n{}", out.stdout);
    }
}
