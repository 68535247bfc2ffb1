//! Finding the entity a user means from what they typed: `ICE`, `ice`, `Immigration and Customs Enforcement`
//! and `Einwanderungs- und Zollbehörde` all name ICE.
//!
//! Names are compared after the folding the matcher uses ([`crate::text::fold::fold`]: case, hyphens, white
//! space, invisible characters), against every node's id, label and aliases, which `graph.json` carries so that
//! no gazetteer is needed. Unlike matching in articles, an acronym matches in any case here: nobody queries
//! frozen water. An id typed exactly always wins, so an entity stays reachable even if another's alias folds
//! to the same text.

use std::fmt;

use petgraph::graph::NodeIndex;
use serde::Serialize;

use crate::graph::{Graph, Node};
use crate::show::Escaped;
use crate::text::fold::fold;

/// How many close names an unknown name is answered with.
const CLOSEST: usize = 5;

/// Names less similar than this are not offered (unless none is closer): at 0.8 Jaro-Winkler, `Palantier`
/// finds Palantir but not Atlanta.
const CLOSE_ENOUGH: f64 = 0.8;

/// An entity offered to the user when a name did not resolve.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Candidate {
    pub id: String,
    pub label: String,
    #[serde(rename = "type")]
    pub kind: String,
}

impl Candidate {
    fn of(node: &Node) -> Candidate {
        Candidate {
            id: node.id.clone(),
            label: node.label.clone(),
            kind: node.kind.clone(),
        }
    }
}

/// A name that names no entity, or several.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResolveError {
    /// No id, name or alias folds to it; the closest names first.
    Unknown { name: String, closest: Vec<Candidate> },
    /// It names several entities.
    Ambiguous { name: String, candidates: Vec<Candidate> },
}

impl fmt::Display for ResolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (list, verb) = match self {
            ResolveError::Unknown { name, closest } if closest.is_empty() => {
                return write!(
                    f,
                    "no entity is called \"{}\" (the graph has no entities)",
                    Escaped(name)
                );
            }
            ResolveError::Unknown { name, closest } => {
                write!(f, "no entity is called \"{}\"; the closest names are:", Escaped(name))?;
                (closest, "")
            }
            ResolveError::Ambiguous { name, candidates } => {
                write!(f, "\"{}\" names {} entities:", Escaped(name), candidates.len())?;
                (candidates, " (use the id)")
            }
        };
        let width = list.iter().map(|c| c.id.chars().count()).max().unwrap_or(0);
        for c in list {
            let id = Escaped(&c.id).to_string();
            write!(f, "\n  {id:width$}  {} ({})", Escaped(&c.label), Escaped(&c.kind))?;
        }
        f.write_str(verb)
    }
}

impl std::error::Error for ResolveError {}

/// The node `name` names: its id exactly, or its id, label or an alias after folding.
pub fn resolve(graph: &Graph, name: &str) -> Result<NodeIndex, ResolveError> {
    let g = &graph.graph;
    let exact: Vec<NodeIndex> = g.node_indices().filter(|&i| g[i].id == name).collect();
    if let [one] = exact[..] {
        return Ok(one);
    }
    let wanted = key(name);
    let mut found: Vec<NodeIndex> = g
        .node_indices()
        .filter(|&i| forms(&g[i]).any(|form| key(form) == wanted))
        .collect();
    found.sort_by(|&a, &b| g[a].id.cmp(&g[b].id));
    match found[..] {
        [one] => Ok(one),
        [] => Err(ResolveError::Unknown {
            name: name.to_string(),
            closest: closest(graph, &wanted),
        }),
        _ => Err(ResolveError::Ambiguous {
            name: name.to_string(),
            candidates: found.iter().map(|&i| Candidate::of(&g[i])).collect(),
        }),
    }
}

/// A name folded as the matcher folds it, with white space trimmed and collapsed (folding turns hyphens and
/// dots into spaces: `Einwanderungs- und` has a hyphen and a space).
fn key(name: &str) -> String {
    fold(name).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn forms(node: &Node) -> impl Iterator<Item = &str> {
    [node.id.as_str(), node.label.as_str()]
        .into_iter()
        .chain(node.aliases.iter().map(String::as_str))
}

/// The entities whose names are most like `wanted` (folded): Jaro-Winkler similarity, which rewards a shared
/// beginning and forgives typos (`Palantier`), raised for a name that contains the query or is contained in
/// it as whole words (`Detroit police` → Detroit Police Department).
fn closest(graph: &Graph, wanted: &str) -> Vec<Candidate> {
    let g = &graph.graph;
    let mut scored: Vec<(f64, &Node)> = g
        .node_weights()
        .map(|node| {
            let best = forms(node)
                .map(|form| similarity(wanted, &key(form)))
                .fold(0.0, f64::max);
            (best, node)
        })
        .collect();
    scored.sort_by(|(sa, a), (sb, b)| sb.total_cmp(sa).then_with(|| a.id.cmp(&b.id)));
    let best = scored.first().map_or(0.0, |&(score, _)| score);
    scored
        .into_iter()
        .take(CLOSEST)
        .take_while(|&(score, _)| score >= CLOSE_ENOUGH.min(best))
        .map(|(_, node)| Candidate::of(node))
        .collect()
}

fn similarity(wanted: &str, form: &str) -> f64 {
    let score = strsim::jaro_winkler(wanted, form);
    let words = |s: &str| format!(" {s} ");
    let contained =
        wanted.chars().count() >= 3 && (words(form).contains(&words(wanted)) || words(wanted).contains(&words(form)));
    if contained { score.max(0.9) + 0.05 } else { score }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::tests::graph;

    fn sample() -> Graph {
        let mut g = graph(&["ice", "detroit", "detroit-police-department", "palantir"], &[]);
        let ice = g.node("ice").unwrap();
        g.graph[ice].label = "Immigration and Customs Enforcement".into();
        g.graph[ice].aliases = vec!["ICE".into(), "Einwanderungs- und Zollbehörde".into()];
        let dpd = g.node("detroit-police-department").unwrap();
        g.graph[dpd].label = "Detroit Police Department".into();
        g.graph[dpd].aliases = vec!["DPD".into()];
        g
    }

    #[test]
    fn names_ids_and_aliases_in_any_case() {
        let g = sample();
        let ice = g.node("ice").unwrap();
        for name in [
            "ICE",
            "ice",
            "Ice",
            "Immigration and Customs Enforcement",
            "immigration  and customs enforcement",
        ] {
            assert_eq!(resolve(&g, name), Ok(ice), "{name}");
        }
        assert_eq!(resolve(&g, "EINWANDERUNGS UND ZOLLBEHÖRDE"), Ok(ice));
        assert_eq!(
            resolve(&g, "Detroit Police Department"),
            Ok(g.node("detroit-police-department").unwrap())
        );
        assert_eq!(resolve(&g, "detroit police-department"), resolve(&g, "dpd"));
    }

    #[test]
    fn unknown_lists_the_closest() {
        let g = sample();
        let Err(ResolveError::Unknown { closest, .. }) = resolve(&g, "Palantier") else {
            panic!("resolved")
        };
        assert_eq!(closest.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["palantir"]);
        let Err(ResolveError::Unknown { closest, .. }) = resolve(&g, "Detroit police") else {
            panic!("resolved")
        };
        assert_eq!(closest[0].id, "detroit-police-department");
        let message = resolve(&g, "Palantier").unwrap_err().to_string();
        assert!(
            message.contains("\"Palantier\"") && message.contains("palantir"),
            "{message}"
        );
    }

    #[test]
    fn ambiguous_lists_the_candidates_and_an_exact_id_wins() {
        let mut g = sample();
        let palantir = g.node("palantir").unwrap();
        g.graph[palantir].aliases = vec!["Detroit".into()];
        let Err(ResolveError::Ambiguous { candidates, .. }) = resolve(&g, "DETROIT") else {
            panic!("not ambiguous")
        };
        let ids: Vec<&str> = candidates.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["detroit", "palantir"]);
        assert_eq!(resolve(&g, "detroit"), Ok(g.node("detroit").unwrap()));
    }
}
