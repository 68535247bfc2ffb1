//! What a name right before a person or a product says, and a role right before a person whose holder the
//! sentence names elsewhere.
//!
//! - A person named by their employer's possessive (`the LAPD's Michel Moore`) works for it; a product named by
//!   its maker's possessive (`Amazon's Rekognition`) or after a compound of the maker's name and a noun for a
//!   product (`die Palantir-Software namens „Beagle“`) is made by it. English and German name people and
//!   products so, often in a sentence with no other cue; and the maker in such a compound is nothing else to its
//!   product (no customer of it by a verb after both).
//! - A person joined by `of` to the organisation right after (`said Jay Stanley of the ACLU`) speaks for it: the
//!   way English news names an affiliation. German and Dutch write it so of a public body (`Jan Müller von der
//!   Polizei`), and of parties and companies for members and customers too, so there it holds of agencies only.
//! - `Leverancier is het bedrijf Aerialsolutions uit Wilrijk, zo bevestigt bedrijfsleider Tim Ketels`,
//!   `Greenfield Police Department purchased a drone …, said Lt. J.D. Fortner`: a quote's speaker is named by
//!   role and name after what is said, and the employer is the one the sentence is about, named before, often
//!   across a comma and a clause, which the reading of pairs does not cross. Where the role says which kind of
//!   employer it is — a company's (`CEO`, `Geschäftsführer`, `bedrijfsleider`) or a police force's or
//!   prosecutor's (`Lt.`, `Polizeipräsident`, `hoofdcommissaris`) — and the sentence names exactly one employer
//!   of that kind, it is the holder's. Roles any employer has (`spokesperson`, `director`, `woordvoerder`) are
//!   left to the reading of pairs: with a company and an agency in one sentence, they could be either's.

use std::ops::Range;

use super::lexicon::Gate;
use super::lexicon::{Direction, Says};
use super::tokens::Tokens;
use super::words::{AGENCY_ROLES, AND, COMPANY_ROLES, POSSESSIVES};
use super::{AGENCY, ORGANISATION, PERSON, PRODUCT, Relater, Stated};
use crate::extract::Mention;
use crate::extract::found::Found as FoundEntity;
use crate::graph::EdgeKind;

impl Relater {
    /// Adds to `out` what a maker's or an employer's name right before a person or a product says, unless the
    /// sentence types the pair already: a `works_for` for a person after an organisation's or an agency's
    /// possessive (`the LAPD's Michel Moore`, `Microsoft's Brad Smith`), a `made_by` for a product after a
    /// company's possessive (`Amazon's Rekognition`) or after a compound of the company's name and a noun for a
    /// product (`die Palantir-Software namens „Beagle“`, `die Cognitec-Software „Examiner“`). English and
    /// German name a person by their employer and a product by its maker so, often in a sentence with no other
    /// cue.
    pub(super) fn possessive_roles(
        &self,
        text: &str,
        (mentions, found): (&[Mention], &[FoundEntity]),
        from: usize,
        out: &mut Vec<Stated>,
    ) {
        for i in 0..mentions.len().saturating_sub(1) {
            let (m, next) = (&mentions[i], &mentions[i + 1]);
            let written = &text[m.start..m.end];
            let possessive =
                (written.ends_with("'s") || written.ends_with("’s")) && text.get(m.end..next.start) == Some(" ");
            let between = text.get(m.end..next.start).unwrap_or_default();
            let compound = if possessive { None } else { maker_compound(between) };
            let (employer, product) = (self.type_of(m.entity, found), self.type_of(next.entity, found));
            // `said Jay Stanley of the ACLU`: see `affiliation`
            if !possessive
                && compound.is_none()
                && let Some(of) = affiliation(between, (employer, product))
            {
                let typed = out[from..].iter().any(|s| s.source == i && s.target == i + 1);
                if !typed {
                    out.push(Stated {
                        source: i,
                        target: i + 1,
                        kind: EdgeKind::WorksFor,
                        directed: true,
                        cue: m.end + of.start..m.end + of.end,
                    });
                }
                continue;
            }
            if !possessive && compound.is_none() {
                continue;
            }
            let kind = match (employer, product) {
                (ORGANISATION | AGENCY, PERSON) if possessive => EdgeKind::WorksFor,
                (ORGANISATION, PRODUCT) => EdgeKind::MadeBy,
                _ => continue,
            };
            let typed = out[from..]
                .iter()
                .any(|s| (s.source, s.target) == (i + 1, i) || (s.source, s.target) == (i, i + 1));
            if !typed {
                // (the cue is the possessive's `s`, or the compound's noun: a cue begins with a word's letter)
                let cue = compound.map_or(m.end - 1..m.end, |noun| m.end + noun.start..m.end + noun.end);
                out.push(Stated {
                    source: i + 1,
                    target: i,
                    kind,
                    directed: true,
                    cue,
                });
            }
        }
    }

    /// Adds to `out` a `works_for` for each person right after a role whose one employer of the role's kind the
    /// sentence names, unless the sentence already types the person's role (`out[from..]`) or the role is a past
    /// one (`former CEO`).
    pub(super) fn roles_named_apart(
        &self,
        tokens: &Tokens,
        spans: &[Range<usize>],
        (mentions, kinds): (&[Mention], &[u8]),
        gates: &[(usize, Gate)],
        from: usize,
        out: &mut Vec<Stated>,
    ) {
        let mut more = Vec::new();
        for (p, span) in spans.iter().enumerate() {
            if kinds[p] != PERSON || span.is_empty() {
                continue;
            }
            // (a role after a possessive says whose it is, whatever else the sentence says of the person)
            let has_role = out[from..]
                .iter()
                .any(|s| s.source == p && s.kind == EdgeKind::WorksFor);
            if !has_role && let Some(stated) = self.role_of_possessor(tokens, spans, (mentions, kinds), gates, p) {
                more.push(stated);
                continue;
            }
            if out[from..].iter().any(|s| s.source == p || s.target == p) {
                continue;
            }
            // the role's word, with the full stop of an abbreviation (`Lt.`) between it and the name
            let mut role = span.start;
            if role > 0 && tokens.list[role - 1].mark == Some('.') {
                role -= 1;
            }
            let Some(role) = role.checked_sub(1) else {
                continue;
            };
            let wanted = if tokens.is(role, COMPANY_ROLES) {
                ORGANISATION
            } else if tokens.is(role, AGENCY_ROLES) {
                AGENCY
            } else {
                continue;
            };
            if gates
                .iter()
                .any(|&(t, g)| g == Gate::Ended && (role.saturating_sub(2)..role).contains(&t))
            {
                continue;
            }
            let mut employers = (0..mentions.len()).filter(|&k| kinds[k] == wanted && !spans[k].is_empty());
            let Some(first) = employers.next() else {
                continue;
            };
            if employers.any(|k| mentions[k].entity != mentions[first].entity) {
                continue;
            }
            more.push(Stated {
                source: p,
                target: first,
                kind: EdgeKind::WorksFor,
                directed: true,
                cue: tokens.list[role].span.clone(),
            });
        }
        out.extend(more);
    }

    /// A `works_for` for the person `p` after a possessive pronoun and a role (`Amazon alleged … against its
    /// founder, Jeff Bezos`, `Microsoft said its president, Brad Smith, …`, `Palantir und sein Chef Alex Karp`):
    /// the pronoun's organisation is the one organisation or agency the sentence names before it, or the one right
    /// before its `and` (`Palantir and its CEO`). A past role (`its former CEO`) is none.
    fn role_of_possessor(
        &self,
        tokens: &Tokens,
        spans: &[Range<usize>],
        (mentions, kinds): (&[Mention], &[u8]),
        gates: &[(usize, Gate)],
        p: usize,
    ) -> Option<Stated> {
        let mut end = spans[p].start;
        if end > 0 && tokens.list[end - 1].mark == Some(',') {
            end -= 1;
        }
        let is_role = |at: usize| {
            self.lexicons.iter().chain([&self.own]).any(|l| {
                l.at(tokens, at).any(|c| {
                    matches!(c.says, Says::Relation(EdgeKind::WorksFor, Direction::Types))
                        && !c.requires.clause
                        && at + c.words.len() == end
                })
            })
        };
        let role = (end.saturating_sub(3)..end).find(|&at| is_role(at))?;
        let pronoun = role.checked_sub(1).filter(|&t| tokens.is(t, POSSESSIVES))?;
        if gates
            .iter()
            .any(|&(t, g)| g == Gate::Ended && (pronoun..role + 1).contains(&t))
        {
            return None;
        }
        let party = |k: usize| matches!(kinds[k], ORGANISATION | AGENCY) && !spans[k].is_empty();
        // `Palantir and its CEO`: the name right before the `and`
        let joined = (0..mentions.len())
            .find(|&k| party(k) && pronoun >= 2 && spans[k].end == pronoun - 1 && tokens.is(pronoun - 1, AND));
        let employer = joined.or_else(|| {
            let mut before = (0..mentions.len()).filter(|&k| party(k) && spans[k].end <= pronoun);
            let first = before.next()?;
            before
                .all(|k| mentions[k].entity == mentions[first].entity)
                .then_some(first)
        })?;
        Some(Stated {
            source: p,
            target: employer,
            kind: EdgeKind::WorksFor,
            directed: true,
            cue: tokens.list[role].span.start..tokens.list[end - 1].span.end,
        })
    }
}

/// Where the `of` is in `between`, the text between a person's name and an organisation's or an agency's
/// (`types`), when it joins them: ` of `, ` of the ` (`Jack Poulson of Tech Inquiry`, `said Jay Stanley of the
/// ACLU`), the way English news names whom a person speaks for. German and Dutch write it so of a public body
/// (`Jan Müller von der Polizei Köln`, `Vera Prins van de politie`), and of parties and companies also for
/// their members and customers, so there only of an agency.
fn affiliation(between: &str, types: (u8, u8)) -> Option<Range<usize>> {
    const JOINS: &[(&str, bool)] = &[
        (" of ", true),
        (" of the ", true),
        (" von ", false),
        (" vom ", false),
        (" von der ", false),
        (" van ", false),
        (" van de ", false),
        (" van het ", false),
    ];
    let (person, other) = types;
    let &(join, any_organisation) = JOINS.iter().find(|(join, _)| *join == between)?;
    let fits = other == AGENCY || (any_organisation && other == ORGANISATION);
    let word = join[1..].split(' ').next().unwrap_or_default();
    (person == PERSON && fits).then_some(1..1 + word.len())
}

/// Words that may stand between a product's noun and its name: `die Palantir-Software namens „Beagle“`.
const LINKS: &[&str] = &["namens", "genannt", "called", "named", "genaamd"];

/// The beginnings of a compound's noun that make the product a rival's (`Konkurrenzsystem`, `concurrentieproduct`).
const RIVALS: &[&str] = &["konkurrenz", "concurrent", "rivalen", "alternativ"];

/// Where the noun is in `between`, the text between a company's name and a product's, when it is the rest of a
/// compound of the name and a noun for a product, perhaps a linking word and a quote: `-Software namens „`,
/// `-Software „`, `-app `.
pub(super) fn maker_compound(between: &str) -> Option<Range<usize>> {
    let rest = between.strip_prefix('-')?;
    let noun_end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    let noun = &rest[..noun_end];
    // (a rival's product is no product of the company it rivals: `des Palantir-Konkurrenzsystems Gotham`)
    let lower = noun.to_lowercase();
    if !crate::extract::found::is_product_noun(noun) || RIVALS.iter().any(|r| lower.starts_with(r)) {
        return None;
    }
    let mut after = rest[noun_end..].trim_start();
    if let Some((link, tail)) = after.split_once(' ')
        && LINKS.contains(&link)
    {
        after = tail.trim_start();
    }
    let after = after.trim_start_matches(['"', '„', '“', '”', '«', '»', '\'']);
    after.is_empty().then_some(1..1 + noun_end)
}
