//! The benchmarks' generated inputs (`benches/common`): the same seed gives the same bytes, and what is
//! generated loads and compiles, so that a benchmark never measures a gazetteer the loader would refuse.

#[path = "../benches/common/mod.rs"]
mod common;

use std::collections::HashSet;

use gazegraph::{Extractor, Gazetteer};

#[test]
fn a_generated_gazetteer_is_deterministic_and_loads_with_exactly_the_forms_asked_for() {
    let a = common::gazetteer(20_000, 7, &HashSet::new());
    let b = common::gazetteer(20_000, 7, &HashSet::new());
    assert_eq!(a.csv, b.csv);
    assert_ne!(a.csv, common::gazetteer(20_000, 8, &HashSet::new()).csv);
    assert_eq!(a.forms, 20_000);
    let gazetteer = Gazetteer::from_csv("synthetic.csv", &a.csv).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(gazetteer.len(), a.entities);
    let forms: usize = gazetteer.entities().iter().map(|e| e.forms().count()).sum();
    assert_eq!(forms, 20_000);
    assert!(gazetteer.warnings().is_empty(), "{:?}", &gazetteer.warnings()[..1]);
    // the shapes a real gazetteer has: several kinds, acronyms, owners, context rules, case-sensitive forms
    let kinds: HashSet<&str> = gazetteer.entities().iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds.len(), 5, "{kinds:?}");
    let entities = gazetteer.entities();
    assert!(
        entities
            .iter()
            .flat_map(|e| e.forms())
            .any(gazegraph::gazetteer::is_acronym)
    );
    assert!(entities.iter().any(|e| e.owner.is_some()));
    assert!(entities.iter().any(|e| !e.rule.context.is_empty()));
    assert!(entities.iter().any(|e| e.rule.case_sensitive));
    // every form is a pattern of its own, and a German-looking name of several words its weak inflection too
    // (`Deutsche Bank`, `Deutschen Bank`)
    let patterns = Extractor::new(&gazetteer).unwrap().patterns();
    let several_words = gazetteer
        .entities()
        .iter()
        .flat_map(|e| e.forms())
        .filter(|f| f.contains(' '))
        .count();
    assert!((20_000..=20_000 + several_words).contains(&patterns), "{patterns}");
}

#[test]
fn a_generated_gazetteer_avoids_the_forms_it_is_told_to_and_loads_beside_them() {
    let shipped = common::shipped_gazetteer();
    let padding = common::gazetteer(5_000, 1, &common::folded_forms(&shipped));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("synthetic.csv"), &padding.csv).unwrap();
    let both = Gazetteer::load(&[crate::util::repo().join("gazetteer"), dir.path().to_path_buf()])
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(both.len(), shipped.len() + padding.entities);
}

#[test]
fn a_generated_corpus_is_deterministic_and_about_the_size_asked_for() {
    let a = common::corpus(200_000, 3);
    let b = common::corpus(200_000, 3);
    assert_eq!(a, b);
    let bytes: usize = a.iter().map(|d| d.text.len()).sum();
    assert!((200_000..210_000).contains(&bytes), "{bytes}");
    // one paragraph of the seeds is 3.9 KB, so a document can run that far past its drawn size
    assert!(
        a.iter()
            .all(|d| d.date.is_some() && (3000..12_000).contains(&d.text.len()))
    );
}
