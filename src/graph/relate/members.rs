//! Lists that name the members of a plural noun after a comma: `agencies, including the FBI and ICE`,
//! `Behörden, darunter das BKA`, `diensten, waaronder de politie`.
//!
//! The press names a vendor's customers in bulk and then a few of them: `More than 600 law enforcement agencies
//! started using Clearview AI last year, including the FBI and the Department of Homeland Security`, `Several
//! agencies, including the FBI, use Clearview`. The verb's subject is the plural noun, which is no name, and the
//! members are its: read pair by pair, the member and the vendor have a comma between them, or no verb.
//!
//! - A plural noun right before the comma owns the list (`sells to several agencies, including ICE`): the
//!   comma is no clause's (see `pair`).
//! - A list right after the subject, closed by a comma before the verb, is an insertion (`Several agencies,
//!   including the FBI, use Clearview`): its closing comma is no clause's either ([`inserted`]).
//! - A list after the vendor, when the clause's subject is a plural noun for customers and the vendor the
//!   object of a buying or using verb (`agencies started using Clearview AI …, including the FBI`), names the
//!   subject's members, whom the vendor supplies ([`of_the_subject`]).

use std::ops::Range;

use super::found::{Found, Spans};
use super::lexicon::{Direction, Place, Requires, Says};
use super::tokens::Tokens;
use super::words::{AND, ARTICLES};
use crate::graph::EdgeKind;

/// Plural nouns for customers, lower case: the subjects whose members a list after the object names.
const CUSTOMERS: &[&str] = &[
    "agencies",
    "departments",
    "forces",
    "authorities",
    "cities",
    "counties",
    "governments",
    "sheriffs",
    "behörden",
    "polizeien",
    "polizeibehörden",
    "sicherheitsbehörden",
    "länder",
    "städte",
    "kommunen",
    "diensten",
    "gemeenten",
    "korpsen",
    "politiekorpsen",
    "overheden",
    "instanties",
];

/// Whether the words at token `t` introduce the members of a plural noun before them: `including`, `such as`,
/// `among them`, `darunter`, `unter anderem`, `waaronder`, `zoals`, `onder meer`, `onder andere`. (`wie` and
/// `like` are left out: after a comma they begin a clause as often, `…, wie das BKA mitteilte`.)
pub(super) fn introduces_members(tokens: &Tokens, t: usize) -> bool {
    introducer(tokens, t).is_some()
}

/// The length in tokens of the words at `t` that introduce members, if they do.
fn introducer(tokens: &Tokens, t: usize) -> Option<usize> {
    let word = |k: usize| {
        if k < tokens.len() && tokens.list[k].mark.is_none() {
            tokens.word(k)
        } else {
            ""
        }
    };
    match word(t) {
        "including" | "darunter" | "waaronder" | "zoals" => Some(1),
        "such" if word(t + 1) == "as" => Some(2),
        "among" if word(t + 1) == "them" => Some(2),
        "unter" if word(t + 1) == "anderem" => Some(2),
        "onder" if matches!(word(t + 1), "meer" | "andere") => Some(2),
        _ => None,
    }
}

/// Whether the name at `start` is one of a list of members inserted after a comma (`Several agencies,
/// including the FBI and ICE, use …`): going back over the list's names, articles, `and` and commas, the words
/// that introduce members, with a comma before them.
pub(super) fn inserted(tokens: &Tokens, spans: &Spans, start: usize) -> bool {
    let mut at = start;
    while at > 0
        && start - at < 12
        && (spans.named(at - 1)
            || tokens.is(at - 1, ARTICLES)
            || tokens.is(at - 1, AND)
            || tokens.list[at - 1].mark == Some(','))
    {
        at -= 1;
        if at >= 2 && tokens.list[at - 1].mark.is_none() && introducer(tokens, at - 1) == Some(1) {
            return tokens.list[at - 2].mark == Some(',');
        }
        if at >= 3 && introducer(tokens, at - 2) == Some(2) {
            return tokens.list[at - 3].mark == Some(',');
        }
    }
    (at >= 2 && introducer(tokens, at - 1) == Some(1) && tokens.list[at - 2].mark == Some(','))
        || (at >= 3 && introducer(tokens, at - 2) == Some(2) && tokens.list[at - 3].mark == Some(','))
}

/// The cue of a buying or using verb whose object is the first name `i` and whose subject is a plural noun for
/// customers, when the second name `j` is one of the members a comma after the object introduces (`More than
/// 600 agencies started using Clearview AI last year, including the FBI`): the cue's tokens and what it
/// requires. The vendor supplies the member, which must be public as the noun says (an agency or a place: in
/// `departments use Amazon products, including Ring`, the list is the object's).
pub(super) fn of_the_subject(
    tokens: &Tokens,
    spans: &Spans,
    found: &Found,
    (i, j): (usize, usize),
    public: bool,
) -> Option<(Range<usize>, Requires)> {
    if !public {
        return None;
    }
    let region = spans[i].end..spans[j].start;
    // after the object, a few words, the comma, the words that introduce members and perhaps an article
    let comma = region.clone().find(|&t| tokens.list[t].mark.is_some())?;
    let length = introducer(tokens, comma + 1)?;
    let plain = |t: usize| tokens.list[t].mark.is_none() && !spans.named(t);
    if tokens.list[comma].mark != Some(',')
        || comma - region.start > 4
        || !(region.start..comma).all(plain)
        || !(comma + 1 + length..region.end).all(|t| tokens.is(t, ARTICLES))
    {
        return None;
    }
    // right before the object (and its article), a verb of buying or using, the customer first
    let mut object = spans[i].start;
    if object > 0 && tokens.is(object - 1, ARTICLES) {
        object -= 1;
    }
    let (verb, cue) = (object.saturating_sub(3)..object).find_map(|t| {
        found
            .anywhere(t)
            .find(|c| {
                c.says == Says::Relation(EdgeKind::Supplies, Direction::Backward)
                    && matches!(c.place, Place::Between | Place::Tail)
                    && c.particle.is_empty()
                    && t + c.words.len() == object
            })
            .map(|c| (t, c))
    })?;
    // before the verb, in its clause and naming nothing, a plural noun for customers
    let clause = (0..verb)
        .rev()
        .find(|&t| tokens.list[t].mark.is_some())
        .map_or(0, |t| t + 1);
    let subject = (clause..verb).all(plain) && (clause..verb).any(|t| CUSTOMERS.contains(&tokens.word(t)));
    subject.then_some((verb..object, cue.requires))
}
