use std::path::PathBuf;

use crate::Gazetteer;
use crate::gazetteer::LoadError;

/// A base file as the shipped ones are written.
const BASE: &str = "\
id,name,type,aliases,match,context,owner,country
amazon,Amazon,organisation,Amazon.com,accept-word,,,US
ring,Ring,organisation,Ring Doorbell,,amazon,amazon,US
palantir,Palantir,organisation,Palantir Technologies,,,,US
hessen-police,Polizei Hessen,agency,Hessische Polizei,,,,DE
";

fn load(layers: &[(&str, &str)]) -> Result<Gazetteer, LoadError> {
    let mut files = vec![(PathBuf::from("base.csv"), BASE.as_bytes().to_vec())];
    files.extend(layers.iter().map(|(n, t)| (PathBuf::from(n), t.as_bytes().to_vec())));
    Gazetteer::from_files(files)
}

fn forms(g: &Gazetteer, id: &str) -> Vec<String> {
    g.get(id).unwrap().forms().map(str::to_string).collect()
}

/// The problems of a layered gazetteer that does not load, as `file:line: message`.
fn problems(layers: &[(&str, &str)]) -> Vec<String> {
    let error = load(layers).expect_err("the gazetteer is refused");
    error
        .problems
        .iter()
        .map(|p| format!("{}:{}: {}", p.file.display(), p.line.unwrap_or(0), p.message))
        .collect()
}

#[test]
fn a_later_file_adds_changes_removes_and_takes_forms() {
    let g = load(&[(
        "mine.csv",
        "id,name,type,aliases,action,owner,country,note\n\
         hessendata,HessenDATA,product,,,palantir,,my own\n\
         palantir,,,PLTR|Palantir Gotham Inc,change,,,checked\n\
         hessen-police,,,Hessische Polizei,remove-forms,,,\n\
         ring,,product,,change,,-,\n\
         amazon,,,,remove,,,\n",
    )])
    .unwrap();
    // added, with its attribute
    let hessendata = g.get("hessendata").unwrap();
    assert_eq!(
        (hessendata.kind.as_str(), hessendata.owner.as_deref()),
        ("product", Some("palantir"))
    );
    assert_eq!(hessendata.attribute("note"), Some("my own"));
    // aliases added, attributes set, the rest as it was
    assert_eq!(
        forms(&g, "palantir"),
        ["Palantir", "Palantir Technologies", "PLTR", "Palantir Gotham Inc"]
    );
    let palantir = g.get("palantir").unwrap();
    assert_eq!(
        (palantir.attribute("note"), palantir.attribute("country")),
        (Some("checked"), Some("US"))
    );
    assert_eq!(
        palantir.origin.to_string(),
        "base.csv:4",
        "an entity stays defined where it was"
    );
    // a form taken away
    assert_eq!(forms(&g, "hessen-police"), ["Polizei Hessen"]);
    // a type changed, an attribute cleared with `-`; its owner and context went with `amazon`
    let ring = g.get("ring").unwrap();
    assert_eq!(
        (ring.kind.as_str(), ring.attribute("country"), ring.owner.as_deref()),
        ("product", None, None)
    );
    assert_eq!(
        ring.rule.context,
        ["ring"],
        "only a longer form of its own licenses `Ring` now"
    );
    assert!(g.get("amazon").is_none());
    assert_eq!(g.len(), 4);
    let changes: Vec<String> = g
        .changes()
        .iter()
        .map(|c| format!("{} {} {} {}", c.entity, c.column, c.value, c.origin))
        .collect();
    assert_eq!(
        changes,
        [
            "palantir aliases +PLTR mine.csv:3",
            "palantir aliases +Palantir Gotham Inc mine.csv:3",
            "palantir note checked mine.csv:3",
            "hessen-police aliases -Hessische Polizei mine.csv:4",
            "ring type product mine.csv:5",
            "ring country - mine.csv:5",
            "ring owner - (`amazon` removed) mine.csv:6",
            "ring context -amazon (removed) mine.csv:6",
        ]
    );
    let removed = &g.removed()[0];
    assert_eq!(
        (
            removed.id.as_str(),
            removed.defined.to_string(),
            removed.removed.to_string()
        ),
        ("amazon", "base.csv:2".to_string(), "mine.csv:6".to_string())
    );
}

#[test]
fn a_new_name_keeps_the_old_one_as_a_form_and_remove_then_add_replaces() {
    let g = load(&[(
        "mine.csv",
        "id,name,type,aliases,action\n\
         palantir,Palantir Technologies Inc.,,,change\n\
         hessen-police,,,,remove\n\
         hessen-police,Hessische Polizei,agency,Polizeipräsidium Hessen,\n",
    )])
    .unwrap();
    // the new name was an alias: it is the name now, and the old name an alias
    assert_eq!(
        forms(&g, "palantir"),
        ["Palantir Technologies Inc.", "Palantir Technologies", "Palantir"]
    );
    assert_eq!(
        forms(&g, "hessen-police"),
        ["Hessische Polizei", "Polizeipräsidium Hessen"]
    );
    assert_eq!(g.get("hessen-police").unwrap().origin.to_string(), "mine.csv:4");
}

#[test]
fn what_a_layer_cannot_do_is_refused_with_its_row_and_the_way_out() {
    for (layer, expected) in [
        (
            "id,name,type,aliases\npalantir,Palantir Inc,organisation,\n",
            "mine.csv:2: duplicate id `palantir`: already used at base.csv:4",
        ),
        (
            "id,aliases,action\nnobody,X,change\n",
            "mine.csv:2: unknown entity id `nobody`: a row with an action changes an entity defined before it",
        ),
        (
            "id,aliases,action\namazon,,remove\namazon,Amazon Inc,change\n",
            "mine.csv:3: `amazon` was removed at mine.csv:2; there is nothing left to change",
        ),
        (
            "id,aliases,action\npalantir,palantir,remove-forms\n",
            "mine.csv:2: `palantir` is the name of `palantir` and cannot be taken from it",
        ),
        ("id,action\npalantir,rename\n", "mine.csv:2: unknown action `rename`"),
        (
            "id,name,action\n,Palantir,change\n",
            "mine.csv:2: a `change` row names the entity it changes by its id",
        ),
        (
            "id,name,type,aliases\nmy-palantir,Palantir GmbH,organisation,Palantir\n",
            "mine.csv:2: `Palantir` would name two entities: `my-palantir` here and `palantir` (as `Palantir`) at \
             base.csv:4",
        ),
        (
            "id,aliases,action\namazon,,remove\nmy-ring,,\n",
            "mine.csv:3: the name is empty",
        ),
    ] {
        let found = problems(&[("mine.csv", layer)]);
        assert!(found.iter().any(|p| p.starts_with(expected)), "{expected}\n{found:#?}");
    }
}

#[test]
fn messages_on_layers_point_to_the_override() {
    let error = load(&[("mine.csv", "id,name,type,aliases\npalantir,Palantir,organisation,\n")])
        .err()
        .unwrap();
    let hint = error.problems[0].hint.as_deref().unwrap();
    assert!(hint.contains("set `action` to `change`"), "{hint}");
    let error = load(&[(
        "mine.csv",
        "id,name,type,aliases\nmy-palantir,Palantir GmbH,organisation,Palantir\n",
    )])
    .err()
    .unwrap();
    let hint = error.problems[0].hint.as_deref().unwrap();
    assert!(hint.starts_with("mine.csv and base.csv both claim it."), "{hint}");
    assert!(hint.contains("a `change` of `palantir`"), "{hint}");
    assert!(hint.contains("--ambiguous drop"), "{hint}");
    assert_eq!(error.droppable, 1);
    assert!(
        error
            .to_string()
            .contains("--ambiguous drop leaves such forms out of matching"),
        "{error}"
    );
    // a change to an id no file defines, with no shipped gazetteer loaded: load it first
    let error = load(&[("mine.csv", "id,aliases,action\nclearview,Clearview AI,change\n")])
        .err()
        .unwrap();
    assert_eq!(
        error.problems[0].hint.as_deref(),
        Some("to change an entity of the shipped gazetteer, load it first: --gazetteer shipped --gazetteer mine.csv")
    );
}

#[test]
fn layer_warnings_name_the_row() {
    let g = load(&[(
        "mine.csv",
        "id,aliases,action\npalantir,Palantir Technologies,change\npalantir,Gotham,remove-forms\n",
    )])
    .unwrap();
    let warnings: Vec<String> = g.warnings().iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        [
            "mine.csv:2: column `aliases`: `Palantir Technologies` is a form of `palantir` already; nothing added",
            "mine.csv:3: column `aliases`: `Gotham` is no form of `palantir`; nothing taken away",
        ]
    );
}
