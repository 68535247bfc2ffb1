//! What a sentence's relations spread to, once its pairs are read: the products a seller sells between
//! its verb and the buyer, and the names a list continues; and what it takes back, a relation stated both ways.

use std::ops::Range;

use super::tokens::Tokens;
use super::words::{AND, ARTICLES};
use super::{AGENCY, PLACE, PRODUCT, Relater, Stated};
use crate::extract::Mention;
use crate::graph::EdgeKind;

impl Relater {
    /// Rule 5: a product between a seller's verb and the buyer supplies the buyer too.
    pub(super) fn products_sold(
        &self,
        tokens: &Tokens,
        spans: &[Range<usize>],
        (mentions, kinds): (&[Mention], &[u8]),
        from: usize,
        out: &mut Vec<Stated>,
    ) {
        let mut more = Vec::new();
        for stated in &out[from..] {
            if stated.kind != EdgeKind::Supplies || stated.source > stated.target {
                continue;
            }
            let cue_end = tokens.within(stated.cue.clone()).end;
            for (k, m) in mentions.iter().enumerate() {
                let between = spans[k].start >= cue_end && spans[k].end <= spans[stated.target].start;
                let known = out[from..].iter().chain(&more).any(|s: &Stated| {
                    (s.source, s.target) == (k, stated.target) || (s.source, s.target) == (stated.target, k)
                });
                if between
                    && !known
                    && kinds[k] == PRODUCT
                    && m.entity != mentions[stated.source].entity
                    && m.entity != mentions[stated.target].entity
                {
                    more.push(Stated {
                        source: k,
                        ..stated.clone()
                    });
                }
            }
        }
        out.extend(more);
    }

    /// A list that continues the later name of a relation shares it: `providing services that enable ICE and
    /// DHS`, `an die Polizei, die Bundeswehr und den Zoll`. Only names of the later one's type join (a product
    /// after an agency is something else; but a customer that is a place and one that is an agency may share a
    /// list), and only across commas, `and` and articles.
    pub(super) fn conjuncts(
        &self,
        tokens: &Tokens,
        spans: &[Range<usize>],
        (mentions, kinds): (&[Mention], &[u8]),
        from: usize,
        out: &mut Vec<Stated>,
    ) {
        let mut more: Vec<Stated> = Vec::new();
        for stated in &out[from..] {
            let later = stated.source.max(stated.target);
            let other = stated.source.min(stated.target);
            let kind = kinds[later];
            let mut last = later;
            for k in later + 1..mentions.len() {
                if spans[k].is_empty() || spans[k].start < spans[last].end {
                    continue;
                }
                let mut glue = spans[last].end..spans[k].start;
                // a member's brackets say what it is, and the list goes on after them: `Northrop Grumman
                // (NYSE:NOC), Lockheed Martin (NYSE:LMT), and Boeing`, `das Bundeskriminalamt (BKA), die
                // Bundespolizei und der Zoll`; a name inside them (`BKA`) is none of the list's
                match bracket_after(tokens, glue.clone()) {
                    Bracket::Open => continue,
                    Bracket::Closed(after) => glue = after..glue.end,
                    Bracket::None => {}
                }
                let joined = !glue.is_empty()
                    && glue
                        .clone()
                        .any(|t| tokens.list[t].mark == Some(',') || tokens.is(t, AND))
                    && glue.clone().all(|t| {
                        tokens.list[t].mark == Some(',')
                            || (tokens.list[t].mark.is_none() && (tokens.is(t, AND) || tokens.is(t, ARTICLES)))
                    });
                // (a supplier's customers may be a place and then an agency in one list, `to Detroit and the
                // Michigan State Police`, with an `and` between: after a comma alone a state says where the agency
                // is, and a place after an agency is as often an adjective or a new clause's subject, `to the LAPD
                // and Chicago officials criticised`, `to ICE and Germany's BKA`)
                let customers = stated.kind == EdgeKind::Supplies
                    && stated.target == later
                    && (kind, kinds[k]) == (PLACE, AGENCY)
                    && glue.clone().any(|t| tokens.is(t, AND));
                if !joined || (kinds[k] != kind && !customers) {
                    break;
                }
                last = k;
                let entity = mentions[k].entity;
                let known = out[from..].iter().chain(&more).any(|s: &Stated| {
                    let ends = [mentions[s.source].entity, mentions[s.target].entity];
                    ends.contains(&entity) && ends.contains(&mentions[other].entity)
                });
                if !known && entity != mentions[other].entity {
                    let mut shared = stated.clone();
                    if stated.source == later {
                        shared.source = k;
                    } else {
                        shared.target = k;
                    }
                    more.push(shared);
                }
            }
        }
        out.extend(more);
    }
}

/// The brackets, if any, that follow a name at the start of `glue` (the tokens up to the next name).
enum Bracket {
    None,
    /// They are still open where the next name starts: it is inside them.
    Open,
    /// They close at the token before this one.
    Closed(usize),
}

/// The most tokens inside a member's brackets (`NYSE : NOC`; `BKA`).
const MAX_BRACKETED: usize = 5;

fn bracket_after(tokens: &Tokens, glue: Range<usize>) -> Bracket {
    if glue.is_empty() || tokens.list[glue.start].mark != Some('(') {
        return Bracket::None;
    }
    let inside = glue.start + 1..tokens.len().min(glue.start + 2 + MAX_BRACKETED);
    match inside.clone().find(|&t| tokens.list[t].mark.is_some_and(|m| m != ':')) {
        Some(close) if tokens.list[close].mark == Some(')') && close > glue.start + 1 => {
            if close >= glue.end {
                Bracket::Open
            } else {
                Bracket::Closed(close + 1)
            }
        }
        _ => Bracket::None,
    }
}

/// Drops relations of one kind between two entities that the sentence states both ways.
pub(super) fn drop_contradictions(mentions: &[Mention], from: usize, out: &mut Vec<Stated>) {
    let key = |s: &Stated| (mentions[s.source].entity, mentions[s.target].entity, s.kind);
    let stated = out.split_off(from);
    let found: Vec<_> = stated.iter().map(key).collect();
    out.extend(stated.into_iter().filter(|s| {
        let (a, b, kind) = key(s);
        !(s.directed && found.contains(&(b, a, kind)))
    }));
}
