//! The output folder changes as one, and only one run writes it at a time.
//!
//! Runs are stopped at named points of their commit by the test hook (`GAZEGRAPH_TEST_HOOK=POINT:FILE`: the run
//! creates FILE there and waits while it exists), so that a kill, or a second run, lands exactly there rather
//! than where timing puts it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{OUTPUTS, build_seeds, entries, repo, run, run_env, tempdir};

/// How long a run may take to reach its hook before the test calls it a hang.
const PATIENCE: Duration = Duration::from_secs(180);

/// The files of a folder with their bytes (symbolic links as their targets), hidden ones too.
fn contents(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| !e.file_type().unwrap().is_dir())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// Staging folders a run left beside `out`.
fn beside(out: &Path) -> Vec<String> {
    let name = out.file_name().unwrap().to_string_lossy().into_owned();
    entries(out.parent().unwrap())
        .into_iter()
        .filter(|n| n.starts_with(&format!(".{name}.gazegraph-staging-")))
        .collect()
}

/// A run stopped at a point of its commit.
struct Stopped {
    child: Child,
    hook: PathBuf,
    _hook_dir: tempfile::TempDir,
}

impl Stopped {
    /// Builds `inputs` into `out` and waits until the run is at `point`.
    fn build(inputs: &[&str], out: &Path, point: &str, env: &[(&str, &str)]) -> Stopped {
        let hook_dir = tempdir();
        let hook = hook_dir.path().join("reached");
        let mut args = vec!["build", "--quiet", "--out", out.to_str().unwrap()];
        args.extend_from_slice(inputs);
        let state = tempdir();
        let mut child = Command::new(env!("CARGO_BIN_EXE_gazegraph"))
            .args(&args)
            .current_dir(repo())
            .env("GAZEGRAPH_TEST_HOOK", format!("{point}:{}", hook.display()))
            .env("XDG_STATE_HOME", state.path())
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while !hook.exists() {
            if let Some(status) = child.try_wait().unwrap() {
                let mut stderr = String::new();
                std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut stderr).unwrap();
                panic!("the run ended ({status}) before {point}: {stderr}");
            }
            assert!(started.elapsed() < PATIENCE, "the run never reached {point}");
            std::thread::sleep(Duration::from_millis(10));
        }
        Stopped {
            child,
            hook,
            _hook_dir: hook_dir,
        }
    }

    /// SIGKILL, where it stands.
    fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }

    /// Lets it go on; returns its exit code and standard error.
    fn resume(self) -> (Option<i32>, String) {
        std::fs::remove_file(&self.hook).unwrap();
        let out = self.child.wait_with_output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// A build of one seed, into a new folder: what a run of that build leaves when it completes.
fn one_seed_outputs() -> BTreeMap<String, Vec<u8>> {
    contents(build_seeds_of(&["seeds/000_5fc0c75c47dbb2ca.txt"]).path())
}

fn build_seeds_of(inputs: &[&str]) -> tempfile::TempDir {
    let out = tempdir();
    let mut args = vec!["build", "--quiet", "--out", out.path().to_str().unwrap()];
    args.extend_from_slice(inputs);
    run(&args).expect_code(0);
    out
}

const ONE_SEED: &[&str] = &["seeds/000_5fc0c75c47dbb2ca.txt"];

#[test]
fn a_run_killed_just_before_the_swap_leaves_the_old_outputs_whole() {
    let out = build_seeds(&[]);
    std::fs::write(out.path().join("notes.txt"), "mine").unwrap();
    let before = contents(out.path());

    Stopped::build(ONE_SEED, out.path(), "swap", &[]).kill();
    assert_eq!(contents(out.path()), before, "the old set, every file of it");
    assert_eq!(beside(out.path()).len(), 1, "the killed run's staging folder is left");

    run(&["build", "--quiet", "--out", out.path().to_str().unwrap()]).expect_code(0);
    assert!(beside(out.path()).is_empty(), "the next run removed it");
}

#[test]
fn a_run_killed_just_after_the_swap_leaves_the_new_outputs_whole() {
    let out = build_seeds(&[]);
    std::fs::write(out.path().join("notes.txt"), "mine").unwrap();

    Stopped::build(ONE_SEED, out.path(), "swapped", &[]).kill();
    let mut expected = one_seed_outputs();
    expected.insert("notes.txt".into(), b"mine".to_vec());
    assert_eq!(contents(out.path()), expected, "the new set, and the user's file");
    assert_eq!(beside(out.path()).len(), 1, "the old folder, not yet removed");

    run(&["build", "--quiet", "--out", out.path().to_str().unwrap()]).expect_code(0);
    assert!(beside(out.path()).is_empty(), "the next run removed it");
}

#[test]
fn a_completed_run_replaces_the_folder_and_keeps_what_else_it_holds() {
    let out = build_seeds(&["--partial"]);
    assert_eq!(entries(out.path()), ["mentions.csv", "partial.jsonl"]);
    std::fs::write(out.path().join("graph.svg"), "<svg/>").unwrap();
    std::os::unix::fs::symlink("graph.svg", out.path().join("picture.svg")).unwrap();
    run(&["build", "--quiet", "--out", out.path().to_str().unwrap()]).expect_code(0);
    let mut expected: Vec<String> = OUTPUTS.iter().map(|s| s.to_string()).collect();
    expected.extend(["graph.svg".to_string(), "picture.svg".to_string()]);
    expected.sort();
    assert_eq!(
        entries(out.path()),
        expected,
        "the partial of the earlier run is gone, the picture stays"
    );
    assert_eq!(std::fs::read(out.path().join("picture.svg")).unwrap(), b"<svg/>");
    assert!(beside(out.path()).is_empty());

    run(&["build", "--quiet", "--partial", "--out", out.path().to_str().unwrap()]).expect_code(0);
    assert_eq!(
        entries(out.path()),
        ["graph.svg", "mentions.csv", "partial.jsonl", "picture.svg"],
        "no graph files of the earlier build beside the partial"
    );
}

#[test]
fn an_output_folder_given_as_a_symbolic_link_stays_one() {
    let dir = tempdir();
    let real = dir.path().join("real");
    let link = dir.path().join("link");
    std::fs::create_dir(&real).unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    run(&["build", "--quiet", "--out", link.to_str().unwrap()]).expect_code(0);
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert_eq!(entries(&real), OUTPUTS);
}

/// Where the folder cannot be swapped (here a folder of the user's inside it; the test hook forces the same),
/// files are renamed one by one under a marker: a kill in between leaves it, and `query` and the next build say
/// so; the next build puts it right.
#[test]
fn a_run_killed_between_renames_leaves_a_marker_that_query_and_the_next_run_see() {
    for force in [true, false] {
        let out = build_seeds(&[]);
        if !force {
            std::fs::create_dir(out.path().join("my-notes")).unwrap();
        }
        let env: &[(&str, &str)] = if force { &[("GAZEGRAPH_TEST_NO_SWAP", "1")] } else { &[] };
        Stopped::build(ONE_SEED, out.path(), "renamed", env).kill();
        let new = one_seed_outputs();
        let now = contents(out.path());
        assert!(now.contains_key(".gazegraph-incomplete"), "{:?}", now.keys());
        assert_eq!(
            now["mentions.csv"], new["mentions.csv"],
            "the first file is the new run's"
        );
        assert_ne!(now["graph.json"], new["graph.json"], "the others the old run's");

        let graph = out.path().to_str().unwrap();
        let query = run(&["query", "--graph", graph, "top", "--limit", "1"]).expect_code(0);
        assert!(
            query
                .stderr
                .contains("a run was stopped while it replaced the files in")
                && query.stderr.contains("Build again"),
            "{}",
            query.stderr
        );
        let next = run(&["build", "--out", graph]).expect_code(0);
        assert!(next.stderr.contains("this run replaces them all"), "{}", next.stderr);
        assert!(!out.path().join(".gazegraph-incomplete").exists());
        assert!(
            entries(out.path())
                .iter()
                .all(|n| !n.starts_with(".gazegraph-staging-")),
            "{:?}",
            entries(out.path())
        );
        let query = run(&["query", "--graph", graph, "top", "--limit", "1"]).expect_code(0);
        assert!(query.stderr.is_empty(), "{}", query.stderr);
    }
}

#[test]
fn a_second_run_into_a_folder_being_written_fails_naming_the_first() {
    let out = build_seeds(&[]);
    let first = Stopped::build(ONE_SEED, out.path(), "commit", &[]);
    let pid = first.child.id();
    let second = run_env(
        &repo(),
        &["build", "--quiet", "--out", out.path().to_str().unwrap()],
        None,
        &[],
    )
    .expect_code(2);
    assert!(
        second.stderr.contains("another run is writing into this folder")
            && second.stderr.contains(&format!("process {pid}: "))
            && second.stderr.contains("gazegraph build --quiet --out"),
        "{}",
        second.stderr
    );
    // and for a merge
    let shard = build_seeds(&["--partial"]);
    let merge = run(&[
        "merge",
        "--quiet",
        "--out",
        out.path().to_str().unwrap(),
        shard.path().to_str().unwrap(),
    ]);
    assert!(
        merge.code == 2 && merge.stderr.contains(&format!("process {pid}: ")),
        "{}",
        merge.stderr
    );

    let (code, stderr) = first.resume();
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        contents(out.path()),
        one_seed_outputs(),
        "the first run's outputs, and only those"
    );
    // the lock went with the run
    run(&["build", "--quiet", "--out", out.path().to_str().unwrap()]).expect_code(0);
}
