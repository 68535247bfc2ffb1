//! Whether what a pair's words say fits the pair: a cue is the pair's own (not another name's, not a role of
//! someone else), a relation fits the types of its ends, a product's maker stands right after it, and a plan
//! or a demand in the sentence holds for it. The reading of the cues themselves is in [`super`].

use std::ops::Range;

use super::found::{Found, Spans};
use super::lexicon::Gate;
use super::tokens::Tokens;
use super::words::{
    AGENTS, AND, ARTICLES, AUXILIARIES, COPULAS, FINITE, LIST_GLUE, MAKERS, NOT_COMPANIES, ORGANISATION_ENDINGS,
    ORGANISATION_NOUNS, PREPOSITIONS, RELATIVES, ROLE_GLUE, ROLE_MODIFIERS,
};
use super::{AGENCY, ORGANISATION, PERSON, PLACE, PRODUCT, Relater, Says};
use crate::graph::EdgeKind;

impl Relater {
    /// Whether a cue found for the pair of mentions around `region` is theirs: the next name after a verb is its
    /// object (`die Partnerschaft mit Genetec für den DPD` is Genetec's), a verb after the second name needs
    /// words between the two (`Microsoft Azure betrieben` says nothing of Microsoft and Azure), a role stands
    /// right beside both.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn cue_fits(
        &self,
        tokens: &Tokens,
        spans: &Spans,
        kinds: &[u8],
        (i, j): (usize, usize),
        cue: &Range<usize>,
        after: bool,
        (kind, role): (EdgeKind, bool),
        listed: bool,
    ) -> bool {
        let region = &(spans[i].end..spans[j].start);
        let product = kinds[j] == PRODUCT;
        // two names side by side before a clause-final verb are its subject and object (`dat de politie
        // Clearview gekocht heeft`, `dass das BKA Gotham nutzt`), except a maker before its product, which is one
        // name (`Microsoft Azure`): an agency makes none
        if after && region.is_empty() && product && kinds[i] != AGENCY {
            return false;
        }
        // a verb at the end of the clause belongs to the name closest before the second: another name between
        // the two is its subject (`BuzzFeed berichtete, dass die Polizei Clearview genutzt hat`), unless it is
        // the maker right before its product (`von Microsoft Azure betrieben`)
        if after
            && !role
            && spans.iter().any(|s| {
                s.start >= region.start && s.end <= region.end && (s.end < region.end || !product) && !s.is_empty()
            })
        {
            return false;
        }
        if role {
            // other roles of the person may stand beside (`Microsoft-Angestellten ihren CEO, Satya Nadella`)
            let role = |t: usize| {
                self.lexicons.iter().chain([&self.own]).any(|l| {
                    (t.saturating_sub(3)..=t).any(|at| {
                        l.at(tokens, at)
                            .any(|c| matches!(c.says, Says::Relation(EdgeKind::WorksFor, _)) && at + c.words.len() > t)
                    })
                })
            };
            let described = described(tokens, region);
            let department = department(tokens, spans, region, cue);
            let glue = listed
                || region.clone().filter(|t| !cue.contains(t)).all(|t| {
                    tokens.list[t].mark.is_some()
                            || tokens.is(t, ROLE_GLUE)
                            || tokens.is(t, ROLE_MODIFIERS)
                            // `Alex Karp is the CEO of Palantir`: the copula right after the person
                            || (t == region.start && kinds[i] == PERSON && tokens.is(t, COPULAS))
                            || described.contains(&t)
                            || department.contains(&t)
                            || role(t)
                            // two roles of one person (`Microsoft-Präsident und Leiter der Rechtsabteilung`): the
                            // `and` between, and the second role's own department after its article
                            || (tokens.is(t, AND) && t + 1 < tokens.len() && role(t + 1))
                            || (t >= 2 && tokens.is(t - 1, ROLE_GLUE) && role(t - 2) && !cue.contains(&(t - 2)))
                });
            // after the second name, the role must follow it at once and be the first name's (`Sundar
            // Pichai, the Google CEO`, `Google's CEO`)
            let close = !after || (cue.start <= spans[j].end + 1 && kinds[i] == PERSON);
            return glue && close;
        }
        if listed {
            return true;
        }
        // names between the first name and a cue between the two: the nearest is the verb's subject (`Microsoft
        // said Palantir sells software to ICE` says nothing of Microsoft), unless the first name begins a list
        // with them (`Palantir and Microsoft sell to ICE`), or they are the objects of a predicate before the
        // cue's (`Palantir worked with Genetec and sells software to ICE`). Only an organisation or an agency
        // there is a subject: a place or a person is said of the first name in an apposition (`Flock Safety,
        // based in Atlanta, sells …`, `Palantir, co-founded by Peter Thiel, sells …`), a product is what it
        // makes or uses (`Palantir's Gotham is used by ICE`); and after a product, a name is its maker (`De
        // FinFisher spyware van Gamma Group is aangeschaft door …`, `Gotham, Palantir's software used by`).
        if !after && kinds[i] != PRODUCT && cue.start >= region.start && cue.start < region.end {
            // (after the comma that closes an apposition of the first name: see `pair`)
            let zone_start = (region.start..cue.start)
                .rfind(|&t| tokens.list[t].mark == Some(','))
                .map_or(region.start, |c| c + 1);
            let zone = zone_start..cue.start;
            // (most zones name nothing, and are done with at once)
            let list = || {
                zone.clone()
                    .all(|t| spans.named(t) || tokens.list[t].mark == Some(',') || tokens.is(t, LIST_GLUE))
            };
            if zone.clone().any(|t| spans.named(t)) && !list() {
                let last = spans
                    .iter()
                    .zip(kinds)
                    .filter(|&(span, &type_)| {
                        !span.is_empty()
                            && span.start >= zone.start
                            && span.end <= zone.end
                            && matches!(type_, ORGANISATION | AGENCY)
                    })
                    .map(|(span, _)| span.end)
                    .max();
                let second_predicate = |end: usize| {
                    end < zone.end
                        && tokens.is(end, AND)
                        && (end + 1..zone.end).all(|t| tokens.is(t, FINITE) || tokens.is(t, AUXILIARIES))
                };
                if last.is_some_and(|end| !second_predicate(end)) {
                    return false;
                }
            }
        }
        // names between the cue and the second name: what is sold, for a sale, or a list the second name ends
        // (`benutzt Genetec Stratocast und Microsoft Azure`)
        let from = if cue.start >= region.start && cue.end <= region.end {
            cue.end
        } else if cue.end <= region.start {
            region.start
        } else {
            region.end
        };
        let inside = |t: usize| spans.named(t);
        let list = (from..region.end).all(|t| inside(t) || tokens.list[t].mark == Some(',') || tokens.is(t, LIST_GLUE));
        // a place glued to a noun is no name here (`die US-Firma Palantir`): its span is empty
        list || spans.iter().zip(kinds).all(|(span, &type_)| {
            span.is_empty()
                || !(span.start >= from && span.end <= region.end)
                || (kind == EdgeKind::Supplies && type_ == PRODUCT)
        })
    }
}

/// Whether a negation, an ending, a demand or a plan (`gates`, with their tokens) holds for a relation whose
/// second name ends at token `end` and whose cue spans the bytes `cue`: any such word of the sentence does,
/// except one in a clause that follows the relation after a comma (`… gekauft, die gegen Terror eingesetzt
/// werden soll`, `… sold to ICE, which will use it`, `… to ICE, which has not disclosed the price`), which says
/// what is to become of it or something else, not whether it was done; and one in an English relative clause
/// after it, which needs no comma (`Palantir sells software to ICE that agents will use in the field`).
pub(super) fn planned(tokens: &Tokens, gates: &[(usize, Gate)], end: usize, cue: &Range<usize>) -> bool {
    let relation_end = end.max(tokens.within(cue.clone()).end);
    let clause_end = (relation_end..tokens.len())
        .find(|&t| {
            matches!(tokens.list[t].mark, Some(',' | ';'))
                || (tokens.list[t].mark.is_none() && matches!(tokens.word(t), "that" | "which" | "who"))
        })
        .unwrap_or(tokens.len());
    gates.iter().any(|&(t, _)| t < clause_end)
}

/// Whether the modal verb at token `t` reports rather than plans: with a perfect infinitive after it in its
/// clause, `soll` and `zou` say what is said to have happened (`Die Polizei soll Clearview genutzt haben`,
/// `de politie zou Clearview hebben gebruikt`), which the press reports as it reports any claim. The perfect
/// infinitive is a relation's verb (`verb`, a participle there) right before `haben` or right after `hebben`;
/// `haben` alone is no perfect (`soll … Zugriff auf die Daten haben`, `om meer zicht te hebben`).
pub(super) fn reported(tokens: &Tokens, t: usize, verb: impl Fn(usize) -> bool) -> bool {
    matches!(tokens.word(t), "soll" | "sollen" | "zou" | "zouden")
        && (t + 1..tokens.len())
            .take_while(|&k| tokens.list[k].mark.is_none())
            .any(|k| match tokens.word(k) {
                "haben" => verb(k - 1),
                "hebben" => k + 1 < tokens.len() && verb(k + 1),
                _ => false,
            })
}

/// A product and its maker after it, with nothing but a preposition, an article and what the maker is between
/// (`„Gesichtsfinder“ von Cognitec`, `die Software „Face-VACS“ von der Dresdner Firma Cognitec`, `Gotham by
/// Palantir`), or a German genitive of what the maker is (`Aladin des Herstellers EMT`), and perhaps one word
/// for what the product is (`die „Rekognition“-Software von Amazon`): the preposition's token. A verb between (`Gotham wird von Palantir vertrieben`, `Citigraf wird von Microsoft Azure
/// betrieben`) is a clause, read by its cues: the word may be no cue of any kind.
pub(super) fn maker(
    tokens: &Tokens,
    found: &Found,
    kinds: &[u8],
    spans: &Spans,
    (i, j): (usize, usize),
) -> Option<usize> {
    if kinds[i] != PRODUCT || kinds[j] != ORGANISATION {
        return None;
    }
    let region = spans[i].end..spans[j].start;
    let word = |t: usize| tokens.list[t].mark.is_none() && !spans.named(t);
    // a German genitive of what the maker is (`die Drohne Aladin des bayerischen Herstellers EMT`, `die
    // Software „Examiner“ der Firma Cognitec`): the article stands for the preposition
    if !region.is_empty()
        && matches!(tokens.word(region.start), "des" | "der")
        && described(tokens, &region) == (region.start + 1..region.end)
    {
        return Some(region.start);
    }
    let by = region.clone().take(2).find(|&t| tokens.is(t, MAKERS))?;
    if by > region.start && !(word(region.start) && found.anywhere(region.start).next().is_none()) {
        return None;
    }
    let described = described(tokens, &region);
    (by + 1..region.end)
        .all(|t| word(t) && (tokens.is(t, ARTICLES) || described.contains(&t)))
        .then_some(by)
}

/// Whether the words between two names are a list's that a cue before the first begins (`a consortium of
/// Airbus and the French firm Thales`, `een consortium van MBDA en het Amerikaanse Raytheon`): an `and`, and
/// besides names, commas and articles at most two words before each name (what it is), none a preposition (`A
/// consortium of Airbus and Thales builds satellites for the Bundeswehr` names no partner of the Bundeswehr).
pub(super) fn list_between(tokens: &Tokens, spans: &Spans, region: &Range<usize>) -> bool {
    const ENGLISH: &[&str] = &[
        "for", "with", "to", "from", "by", "at", "on", "of", "in", "against", "than",
    ];
    let mut run = 0;
    let mut and = false;
    for t in region.clone() {
        if spans.named(t) {
            run = 0;
        } else if tokens.list[t].mark == Some(',') || tokens.is(t, ARTICLES) {
        } else if tokens.is(t, AND) {
            and = true;
        } else if tokens.list[t].mark.is_some() || tokens.is(t, PREPOSITIONS) || ENGLISH.contains(&tokens.word(t)) {
            return false;
        } else {
            run += 1;
            if run > 2 {
                return false;
            }
        }
    }
    and
}

/// Whether the word of token `t` is a noun for what an organisation is ([`ORGANISATION_NOUNS`]), or a compound
/// that ends in one ([`ORGANISATION_ENDINGS`]): the last word of a description before its name.
pub(super) fn organisation_noun(tokens: &Tokens, t: usize) -> bool {
    tokens.list[t].mark.is_none()
        && (tokens.is(t, ORGANISATION_NOUNS) || {
            let word = tokens.word(t);
            ORGANISATION_ENDINGS.iter().any(|e| word.ends_with(e))
        })
}

/// Whether the word of token `t` is a noun for what a company is: an organisation's noun that is no agency's,
/// department's or phrasal verb's ([`NOT_COMPANIES`]: `the Detroit transit department` is the city's, `Germany
/// steps up orders` Germany's), and no compound's first part (`Germany company-wide`). A place right before
/// one, or one word before, describes the company (`a contract with U.S. company Babel Street`).
pub(super) fn company_noun(tokens: &Tokens, t: usize) -> bool {
    t < tokens.len()
        && organisation_noun(tokens, t)
        && !tokens.is(t, NOT_COMPANIES)
        && tokens.list.get(t + 1).is_none_or(|next| next.mark != Some('-'))
}

/// Whether `region` (the words after an apposition's comma and article) begins with what an organisation is and
/// a relative pronoun that is its clause's subject: `DataWorks Plus, a South Carolina company that provides
/// facial recognition technology to Detroit`, `Genetec, een Canadees bedrijf dat camera's levert aan de politie`;
/// the verb after it is said of the name before the comma. A pronoun before an agent, a preposition or a name
/// is another clause's (`een bedrijf dat door Microsoft is overgenomen` is a passive's, whose agent the reading
/// would turn round).
pub(super) fn described_then_relative(tokens: &Tokens, spans: &Spans, region: Range<usize>) -> bool {
    let Some(noun) = (region.start..region.end.min(region.start + 4)).find(|&t| organisation_noun(tokens, t)) else {
        return false;
    };
    (region.start..noun).all(|t| tokens.list[t].mark.is_none())
        && noun + 2 < region.end
        && tokens.is(noun + 1, RELATIVES)
        && !(tokens.is(noun + 2, AGENTS) || tokens.is(noun + 2, PREPOSITIONS) || spans.named(noun + 2))
}

/// Where a short description of what an organisation is begins, right before its name at `at` (or its
/// article): an article, perhaps an adjective, and a noun of [`ORGANISATION_NOUNS`] (`van de Europese
/// fabrikant MBDA`, `of the French firm Thales`). `at` itself when there is none.
pub(super) fn description_before(tokens: &Tokens, spans: &Spans, at: usize) -> usize {
    let Some(noun) = at.checked_sub(1) else {
        return at;
    };
    if !organisation_noun(tokens, noun) {
        return at;
    }
    // (at most one more word before the noun, and an article before them)
    for start in [noun, noun.saturating_sub(1)] {
        if start > 0
            && start <= noun
            && (start..noun).all(|t| tokens.list[t].mark.is_none() && !spans.named(t) && !tokens.is(t, AND))
            && tokens.is(start - 1, ARTICLES)
        {
            return start - 1;
        }
    }
    at
}

/// The words of a department between a role and the organisation it is at (`director of public policy at
/// Microsoft`, `Leiter der Rechtsabteilung bei Microsoft`, `hoofd juridische zaken bij de politie`): up to four
/// words after the role, with no mark or name among them, and the `at`, `bei` or `bij` after them, which only
/// an article may follow before the organisation. Empty when there are none.
fn department(tokens: &Tokens, spans: &Spans, region: &Range<usize>, cue: &Range<usize>) -> Range<usize> {
    if cue.end <= region.start || cue.end >= region.end {
        return 0..0;
    }
    let Some(at) =
        (cue.end + 1..region.end.min(cue.end + 5)).find(|&t| matches!(tokens.word(t), "at" | "bei" | "beim" | "bij"))
    else {
        return 0..0;
    };
    // (a relative clause or a verb is no department: `a spokeswoman who testified at the FBI hearing`)
    let words = (cue.end..at).all(|t| {
        tokens.list[t].mark.is_none()
            && !spans.named(t)
            && !matches!(
                tokens.word(t),
                "who" | "which" | "that" | "whom" | "welcher" | "welche" | "dat"
            )
            && !tokens.is(t, FINITE)
            && !tokens.is(t, AUXILIARIES)
    });
    let article = (at + 1..region.end).all(|t| tokens.is(t, ARTICLES));
    if words && article { cue.end..at + 1 } else { 0..0 }
}

/// The words right before the second name of `region` that describe what it is, after a role's `of` (`CEO of
/// surveillance firm Flock`, `Mitbegründer des KI-Unternehmens Helsing`): up to three words ending in a noun for
/// an organisation, with `of`, an article or the like before them. Empty when there are none.
pub(super) fn described(tokens: &Tokens, region: &Range<usize>) -> Range<usize> {
    let Some(noun) = region.end.checked_sub(1).filter(|&t| t >= region.start) else {
        return 0..0;
    };
    if !organisation_noun(tokens, noun) {
        return 0..0;
    }
    let mut start = noun;
    while start > region.start
        && start + 2 > noun
        && tokens.list[start - 1].mark.is_none()
        && !tokens.is(start - 1, ROLE_GLUE)
    {
        start -= 1;
    }
    if start > region.start && tokens.is(start - 1, ROLE_GLUE) {
        start..noun + 1
    } else {
        0..0
    }
}

/// Whether a relation of `kind` may go from an entity of type `source` to one of type `target`, and the kind
/// it then is (an `owned_by` from a product is its maker's, `made_by`).
pub(super) fn fits(kind: EdgeKind, source: u8, target: u8) -> Option<EdgeKind> {
    let party = |t: u8| matches!(t, ORGANISATION | AGENCY | PLACE);
    let ok = match kind {
        EdgeKind::Supplies => matches!(source, ORGANISATION | PRODUCT) && party(target),
        EdgeKind::RunsOn => {
            matches!(source, PRODUCT | ORGANISATION | AGENCY) && matches!(target, ORGANISATION | PRODUCT)
        }
        EdgeKind::PartnersWith => party(source) && party(target),
        EdgeKind::OwnedBy => {
            matches!(source, ORGANISATION | PRODUCT | AGENCY) && matches!(target, ORGANISATION | AGENCY | PERSON)
        }
        EdgeKind::MadeBy => source == PRODUCT && target == ORGANISATION,
        EdgeKind::WorksFor => source == PERSON && party(target),
        EdgeKind::Cooccurrence | EdgeKind::LocatedIn => false,
    };
    match kind {
        EdgeKind::OwnedBy if ok && source == PRODUCT => (target == ORGANISATION).then_some(EdgeKind::MadeBy),
        _ => ok.then_some(kind),
    }
}

/// Whether two readings of a pair, in the same direction, are a product made by an organisation and supplied to
/// it, in either order.
pub(super) fn made_and_supplied(a: EdgeKind, b: EdgeKind) -> bool {
    matches!(
        (a, b),
        (EdgeKind::MadeBy, EdgeKind::Supplies) | (EdgeKind::Supplies, EdgeKind::MadeBy)
    )
}

/// Whether the word at token `t` is a German infinitive before `wird`/`werden`, which then makes a future, not a
/// passive (`dass Palantir künftig von Microsoft Rechenzentren nutzen wird`): a word in `-en` that is no
/// participle (`ge…en`, or one of the common strong participles without `ge-`: `betrieben`, `erworben`, …).
pub(super) fn infinitive(tokens: &Tokens, t: usize) -> bool {
    const STRONG: &[&str] = &[
        "betrieben",
        "erworben",
        "vertrieben",
        "übernommen",
        "unternommen",
        "bekommen",
        "empfohlen",
        "verboten",
        "entworfen",
    ];
    let word = tokens.word(t);
    tokens.list[t].mark.is_none()
        && word.ends_with("en")
        && !word.starts_with("ge")
        && !word.contains("ge")
        && !STRONG.contains(&word)
}
