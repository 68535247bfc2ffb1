//! The reading of one pair of a sentence's names: the cues between them, around them and after the second,
//! the commas and clauses between, and what the types let the cues say (steps 3 to 5 of [`super`]).

use std::ops::Range;

use super::fit::{
    described_then_relative, description_before, fits, infinitive, list_between, made_and_supplied, maker,
};
use super::found::{Found, Reading, Spans};
use super::lexicon::{self, Direction, Place, Requires, Says};
use super::members::{self, introduces_members};
use super::tokens::Tokens;
use super::words::{
    AGAINST, AGENTS, AND, APPOSITION_ENDS, ARTICLES, AT_FOR, AUXILIARIES, CONTRACTS, FINITE, INDEFINITE, LOCATIVES,
    MAKERS, PREPOSITIONS, RELATIVES, ROLE_GLUE, SELLERS, TEMPORAL, TOLD, WITH, Words,
};
use super::{AGENCY, MAX_GAP, MAX_TAIL, ORGANISATION, OTHER, PERSON, PLACE, PRODUCT, Relater, Stated};
use crate::graph::EdgeKind;

/// The particles of German and Dutch separable verbs (`setzt … ein`, `neemt … af`), as opposed to the second
/// part of a cue that is a phrase (`für … entwickelte`).
const PARTICLES: &[&str] = &[
    "ein", "an", "aus", "ab", "auf", "vor", "mit", "her", "zusammen", "in", "af", "op", "over", "samen", "binnen",
    "uit", "toe",
];

impl Relater {
    /// The relation between mentions `i` and `j` (`i` first in the text), if the words say one.
    pub(super) fn pair(
        &self,
        tokens: &Tokens,
        spans: &Spans,
        kinds: &[u8],
        found: &Found,
        reading: &Reading,
        (i, j): (usize, usize),
    ) -> Option<Stated> {
        let inverted = reading.inverted;
        let region = spans[i].end..spans[j].start;
        // names between count for nothing: `auf Atlanta, Brasilien und Singapur` is one object
        let words = region
            .clone()
            .filter(|&t| tokens.list[t].mark.is_none() && !spans.named(t))
            .count();
        if words > MAX_GAP {
            return None;
        }
        // `FaceFirst is a spinoff of Airborne Technologies and is backed by Kayne Anderson`, `Palantir worked
        // with Genetec and sells software to ICE`: `and` right after the first name, then a verb, begins a second
        // predicate of the sentence's subject; the first name is the object of the one before
        let mut first = region.start;
        while first < region.end && tokens.list[first].mark == Some(',') {
            first += 1;
        }
        if first + 1 < region.end
            && tokens.is(first, AND)
            && !spans.named(first + 1)
            && (tokens.is(first + 1, FINITE) || found.anywhere(first + 1).any(|c| matches!(c.says, Says::Relation(..))))
        {
            return None;
        }
        // a comma between two names is a list's (`auf Atlanta, Brasilien und Singapur`), not a clause's
        let named = |t: usize| spans.named(t);
        // (an article after it, when an `and` ends the list: `the FBI, the DEA and DHS`; without one, the
        // article is a relative pronoun, `das BKA, das Holger Münch leitet`)
        let list_comma = |t: usize| {
            let and_follows = || (t + 3..tokens.len().min(t + 12)).any(|k| tokens.is(k, AND));
            let article = || t + 2 < tokens.len() && tokens.is(t + 1, ARTICLES) && named(t + 2) && and_follows();
            t > 0 && named(t - 1) && (named(t + 1) || article())
        };
        let marks = || {
            region
                .clone()
                .filter(|&t| !list_comma(t))
                .filter_map(|t| tokens.list[t].mark)
        };
        // `minister David van Weel (Justitie en Veiligheid)`: a ministry in brackets after a person (a party in
        // brackets is an organisation, and no role)
        let bracketed = region.len() == 1
            && tokens.list[region.start].mark == Some('(')
            && tokens.list.get(spans[j].end).is_some_and(|t| t.mark == Some(')'))
            && (kinds[i], kinds[j]) == (PERSON, AGENCY);
        if !bracketed && marks().any(|c| c != ',') {
            return None;
        }
        let mut commas = marks().count();
        // `Palantir, a company based in Detroit, sells software to ICE`: an apposition between commas right after
        // the first name, with the verb right after the second comma, is said of the first name, and its commas
        // are no clause's (a verb after an auxiliary or two: `…, has sold`, `…, is used by`)
        if commas >= 2
            && tokens.list[region.start].mark == Some(',')
            && let Some(close) = (region.start + 2..region.end).find(|&t| tokens.list[t].mark == Some(','))
            && let Some(verb) =
                (close + 1..region.end.min(close + 4)).find(|&t| !(tokens.is(t, FINITE) || tokens.is(t, AUXILIARIES)))
            && found
                .anywhere(verb)
                .any(|c| matches!(c.says, Says::Relation(..)) && matches!(c.place, Place::Between | Place::Tail))
        {
            commas -= (region.start..=close)
                .filter(|&t| tokens.list[t].mark == Some(',') && !list_comma(t))
                .count();
        }
        // `sells to several agencies, including ICE`, `Verträge mit Behörden, darunter das BKA`: a list that
        // names the members of a plural noun, after its comma, is the noun's
        if commas == 1
            && let Some(comma) = region.clone().find(|&t| tokens.list[t].mark == Some(','))
            && comma > region.start
            && !named(comma - 1)
            && tokens.list[comma - 1].mark.is_none()
            && introduces_members(tokens, comma + 1)
        {
            commas = 0;
        }
        // `Several agencies, including the FBI and the DEA, use Clearview`: the comma closes a list of members
        // inserted after the subject, where the first name stands
        if commas == 1
            && let Some(comma) = region.clone().find(|&t| tokens.list[t].mark == Some(','))
            && (region.start..comma).all(|t| named(t) || tokens.is(t, AND) || tokens.is(t, ARTICLES))
            && members::inserted(tokens, spans, spans[i].start)
        {
            commas = 0;
        }
        // `agencies started using Clearview AI last year, including the FBI`: the members of the subject
        let subject_members = (commas <= 1)
            .then(|| members::of_the_subject(tokens, spans, found, (i, j), matches!(kinds[j], AGENCY | PLACE)))
            .flatten();
        if subject_members.is_some() {
            commas = 0;
        }
        // `IDentify, die auf Microsofts Cloud läuft`: a relative clause about the first name is its clause
        // `Amazon is implicated, providing services that enable ICE`: an English participle after the comma
        // continues the clause of the name before it
        if commas == 1
            && let Some(comma) = region.clone().find(|&t| tokens.list[t].mark == Some(','))
            && comma + 1 < region.end
            && tokens.word(comma + 1).ends_with("ing")
            && found.anywhere(comma + 1).any(|c| matches!(c.says, Says::Relation(..)))
        {
            commas = 0;
        }
        // `Ring, owned by Amazon`, `ICE, a customer of Palantir`: an apposition after the first name says what it
        // is: a participle or noun with its preposition right after the comma (and an article). A finite verb
        // there (`…, sells to ICE`) begins another clause, whose subject is not known here.
        if commas == 1 && tokens.list[region.start].mark == Some(',') {
            let mut at = region.start + 1;
            if at < region.end && (tokens.is(at, ARTICLES) || tokens.is(at, INDEFINITE)) {
                at += 1;
            }
            let apposition = |c: &lexicon::Cue| {
                matches!(c.says, Says::Relation(..))
                    && c.ids.last().is_some_and(|&w| self.vocabulary.is(w, APPOSITION_ENDS))
            };
            if at < region.end && found.anywhere(at).any(apposition) {
                commas = 0;
            }
            if described_then_relative(tokens, spans, at..region.end) {
                commas = 0;
            }
        }
        // (a separable verb's particle may stand before the comma: `bietet IDentify an, die auf …`)
        let comma = (region.start..region.end.min(region.start + 2)).find(|&t| tokens.list[t].mark == Some(','));
        let mut relative = false;
        if commas == 1
            && let Some(comma) = comma
            && comma + 1 < region.end
            && tokens.is(comma + 1, RELATIVES)
        {
            commas = 0;
            relative = true;
        }
        let occupied = |t: usize| spans.named(t);
        // the tail ends at a clause's punctuation or after `MAX_TAIL` words; names in it count for nothing, as
        // between the two (`von der NSO Group 2020 eine modifizierte Version der Spionage-Software Pegasus
        // gekauft`)
        let mut words_in_tail = 0;
        let tail_end = (spans[j].end..tokens.len())
            .find(|&t| {
                if tokens.list[t].mark.is_some() {
                    return !list_comma(t);
                }
                words_in_tail += usize::from(!spans.named(t));
                words_in_tail > MAX_TAIL
            })
            .unwrap_or(tokens.len());
        let tail = spans[j].end..tail_end;
        // (kind, direction, whether the cue stands after the second name, its tokens, what it requires)
        let mut cues: Vec<(EdgeKind, Direction, bool, Range<usize>, Requires)> = Vec::new();
        let mut listed = false;
        // the short verb between a vendor's customers and the one named after it (`Zu den Kunden von Palantir
        // gehört das BKA`) only links them: its own reading (`gehört`: owned by) is not said of the two
        let mut linking: Option<Range<usize>> = None;
        // a passive: an agent (`von`) before the second name, an auxiliary (`wird`) before the verb, or after it
        // at the end of a subordinate clause (`dass Palantir von der Polizei genutzt wird`, `dat door de politie
        // wordt gebruikt`)
        // (an auxiliary before the first name's clause, after a comma, is another clause's: `Es wurde bekannt,
        // dass die Bundeswehr Gotham von Palantir nutzt`)
        let in_clause = || {
            let clause_start = (0..spans[i].start)
                .rev()
                .find(|&t| tokens.list[t].mark == Some(','))
                .map_or(0, |comma| comma + 1);
            reading.auxiliary >= clause_start
                || (clause_start..spans[j].start).any(|t| found.anywhere(t).any(|c| c.says == Says::Auxiliary))
        };
        let mut passive = (reading.auxiliary < spans[j].start && in_clause())
            || (reading.auxiliary < tail.end
                && tail.clone().any(|t| {
                    found.anywhere(t).any(|c| c.says == Says::Auxiliary) && !(t > 0 && infinitive(tokens, t - 1))
                }));
        let mut agent = false;
        for lexicon in 0..found.lexicons().len() {
            let mut at = region.start;
            while at < region.end {
                let mut next = at + 1;
                for cue in found.at(lexicon, at) {
                    let end = at + cue.words.len();
                    if end > region.end || (at..end).any(occupied) {
                        continue;
                    }
                    next = end;
                    match (cue.says, cue.place) {
                        (Says::Passive, _) => agent = true,
                        (Says::Relation(kind, direction), Place::Between | Place::Tail) => {
                            // a separable verb's particle after the second name, or after the verb before it
                            // (`werkt al sinds 2014 samen met`)
                            let particle = (end..region.end)
                                .chain(tail.clone())
                                .find(|&t| !occupied(t) && tokens.matches(t, &cue.particle_ids))
                                // a phrase that ends in a preposition governs the name after it (`maakt al jaren
                                // gebruik van Palantir`): names before it are no object; a separable verb's
                                // particle is no such phrase (`wählte Genetec als Lieferanten aus`)
                                .filter(|&p| {
                                    let last = p + cue.particle.len().max(1) - 1;
                                    cue.particle.is_empty()
                                        || p + cue.particle.len() <= region.end
                                        || !tokens.is(last, PREPOSITIONS)
                                        || cue.particle.iter().all(|w| PARTICLES.contains(&&**w))
                                });
                            // `die von der Sirrix AG für das BSI entwickelte Surfumgebung`: an agent between the
                            // first name and a separable verb is that verb's subject
                            let agent_before = (spans[i].end..at).any(|t| {
                                found.anywhere(t).any(|c| c.says == Says::Passive)
                                    && (t + 1..(t + 3).min(at)).any(|n| spans.named(n))
                            });
                            if cue.particle.is_empty() {
                                cues.push((kind, direction, false, at..end, cue.requires));
                            } else if let Some(p) = particle.filter(|_| !agent_before) {
                                cues.push((kind, direction, false, at..p + cue.particle.len(), cue.requires));
                            }
                        }
                        _ => {}
                    }
                }
                at = next;
            }
            // a passive's agent between the second name and a verb after it is that verb's subject (`die
            // Palantir-Software Gotham wird von der Polizei genutzt`): the verb is not the pair's. Without the
            // passive's auxiliary, `von` says where from (`dass die Bundeswehr Gotham von Palantir nutzt`)
            let agent_after = |at: usize| {
                (spans[j].end..at)
                    .any(|t| found.anywhere(t).any(|c| c.says == Says::Passive) && (t + 1..at).any(|n| spans.named(n)))
            };
            // two names joined by `and` before a verb at the end are its subject together (`Microsoft en
            // Palantir leveren … aan de politie`): it says nothing directed between them
            let coordinated = !region.is_empty()
                && region.clone().any(|t| tokens.is(t, AND))
                && region
                    .clone()
                    .all(|t| tokens.is(t, AND) || tokens.is(t, ARTICLES) || tokens.list[t].mark == Some(','));
            for at in tail.clone() {
                if passive && agent_after(at) {
                    continue;
                }
                for cue in found.at(lexicon, at) {
                    let end = at + cue.words.len();
                    // a clause-final verb, or a role after the organisation (`Sundar Pichai, the Google CEO`); a
                    // verb is final when only auxiliaries follow it in its clause (an `and` begins another), and
                    // perhaps a phrase that begins with a preposition
                    let last = (end..tail.end).find(|&t| tokens.is(t, AND)).unwrap_or(tail.end);
                    let final_verb = (end..last)
                        .find(|&t| !tokens.is(t, AUXILIARIES))
                        .is_none_or(|t| tokens.is(t, PREPOSITIONS));
                    let verb = matches!(cue.place, Place::Tail | Place::End);
                    let role = matches!(cue.says, Says::Relation(EdgeKind::WorksFor, _)) && !cue.requires.clause;
                    if let Says::Relation(kind, direction) = cue.says
                        && (verb || kind == EdgeKind::WorksFor)
                        && end <= tail.end
                        && (role || final_verb)
                        && !(coordinated && direction != Direction::None)
                    {
                        cues.push((kind, direction, true, at..end, cue.requires));
                    }
                }
            }
            // an apposition after a role or partnership of the first name: `ein Partner von Microsoft,
            // SuperDroid Robots`, `der Polizeisprecher von Durban, Parboo Sewpersad`
            let apposition = region.len() == 1 && tokens.list[region.start].mark == Some(',');
            // a role before a person whose organisation follows with `of`: `minister Grapperhaus van Justitie`,
            // `CEO Jeff Bezos of Amazon`, or in brackets
            let role_of = bracketed
                || (!region.is_empty()
                    && region
                        .clone()
                        .all(|t| tokens.list[t].mark.is_none() && tokens.is(t, ROLE_GLUE))
                    && kinds[i] == PERSON);
            // the cue may end in glue words before the name (`Partner von`, `der Sprecher von`)
            let mut head = spans[i].start;
            while head > 0 && head + 3 > spans[i].start && tokens.is(head - 1, ROLE_GLUE) {
                head -= 1;
            }
            for at in head.saturating_sub(3)..spans[i].start {
                for cue in found.at(lexicon, at) {
                    let end = at + cue.words.len();
                    if let Says::Relation(kind, direction) = cue.says
                        && apposition
                        && matches!(kind, EdgeKind::WorksFor | EdgeKind::PartnersWith)
                        && (head..=spans[i].start).contains(&end)
                    {
                        cues.push((kind, direction, false, at..end, cue.requires));
                        listed = true;
                    } else if let Says::Relation(kind @ EdgeKind::WorksFor, direction) = cue.says
                        && role_of
                        && end == spans[i].start
                    {
                        cues.push((kind, direction, false, at..end, cue.requires));
                    }
                }
            }
            // a verb before the first name, its subject with its article, in a clause that names nothing before
            // the verb (`Seit 2007 nutzt das BKA die Software von Cognitec`, `Sinds 2014 gebruikt de politie …`);
            // without an article the name is the object (`Polizeikräfte benutzen Genetec und Microsoft`)
            let mut subject = spans[i].start;
            if subject > 0 && tokens.is(subject - 1, ARTICLES) {
                subject -= 1;
            }
            for at in subject.saturating_sub(3)..subject {
                for cue in found.at(lexicon, at) {
                    let clause = (0..at)
                        .rev()
                        .find(|&t| tokens.list[t].mark.is_some())
                        .map_or(0, |t| t + 1);
                    // (a description begins with its article: `verkaufte das Unternehmen`)
                    let with_article = subject < spans[i].start || tokens.is(spans[i].start, ARTICLES);
                    // a separable verb's particle stands after the object (`Bisher setzt die Bundeswehr die Drohne
                    // Aladin ein`)
                    // (`für … entwickelte` is a participle's phrase, no verb before its subject; a particle that
                    // ends in a preposition stands before its object: `Sinds 2019 maakt de politie gebruik van`)
                    let particles = cue.particle.iter().all(|p| PARTICLES.contains(&&**p));
                    let len = cue.particle.len();
                    let particle = if cue.particle.is_empty() {
                        Some(subject)
                    } else {
                        (spans[i].end..region.end)
                            .chain(tail.clone())
                            .find(|&t| !occupied(t) && tokens.matches(t, &cue.particle_ids))
                            .filter(|&p| particles || (p + len <= region.end && tokens.is(p + len - 1, PREPOSITIONS)))
                            .map(|p| p + len)
                    };
                    if let Says::Relation(kind, direction) = cue.says
                        && inverted
                        && with_article
                        && matches!(cue.place, Place::Between | Place::Tail)
                        && matches!(kind, EdgeKind::Supplies | EdgeKind::RunsOn)
                        && at + cue.words.len() == subject
                        && !spans.iter().any(|s| !s.is_empty() && s.start >= clause && s.start < at)
                        && let Some(end) = particle
                    {
                        cues.push((kind, direction, false, at..end, cue.requires));
                    }
                }
            }
            // an office whose name ends in its holder's title, right before the person: `Tippecanoe County
            // Sheriff Barry Richard`, `San Diego County District Attorney Summer Stephan`
            if region.is_empty() && (kinds[i], kinds[j]) == (AGENCY, PERSON) {
                for at in spans[i].clone() {
                    for cue in found.at(lexicon, at) {
                        if let Says::Relation(kind @ EdgeKind::WorksFor, direction) = cue.says
                            && at + cue.words.len() == spans[i].end
                            && cue.particle.is_empty()
                        {
                            cues.push((kind, direction, false, at..spans[i].end, cue.requires));
                        }
                    }
                }
            }
            // `eine Kooperation zwischen Amazon und dem Militär`: the two names a list's
            let joined = region.clone().any(|t| tokens.is(t, AND)) && list_between(tokens, spans, &region);
            let by_agent = !region.is_empty()
                && tokens.is(region.start, AGENTS)
                && (region.start + 1..region.end).all(|t| tokens.is(t, ARTICLES));
            let mut before = spans[i].start;
            if before > 0 && tokens.is(before - 1, ARTICLES) {
                before -= 1;
            }
            // (a `zwischen` or a consortium's `of` may stand before what the first name is: `een consortium van
            // de Europese fabrikant MBDA en …`)
            let described_from = description_before(tokens, spans, before);
            for at in described_from.saturating_sub(5)..before {
                for cue in found.at(lexicon, at) {
                    // `Zu den Kunden von Palantir gehören das BKA und …`, `Tot de klanten van Palantir behoren
                    // de politie en …`: a vendor's customers named after a short verb
                    let listed_after = matches!(cue.says, Says::Relation(EdgeKind::Supplies, _))
                        && region.len() <= 3
                        && region.clone().all(|t| tokens.list[t].mark.is_none() && !named(t));
                    if let Says::Relation(kind, direction) = cue.says
                        && cue.place == Place::Before
                        && (at + cue.words.len() == before
                            || at + cue.words.len() == described_from
                            // (the cue may end in the description's article: `zu den Kunden der Firma …`)
                            || (described_from < before
                                && tokens.is(described_from, ARTICLES)
                                && at + cue.words.len() == described_from + 1))
                        && (joined || listed_after)
                        // (a place in the list says whose a member is: `a consortium of Italy's Leonardo and …`)
                        && !(kind == EdgeKind::PartnersWith && (kinds[i] == PLACE || kinds[j] == PLACE))
                    {
                        cues.push((kind, direction, false, at..before, cue.requires));
                        listed = true;
                        if !joined {
                            linking = Some(region.clone());
                        }
                    }
                    // `the purchase of Gotham by ICE`, `die Beschaffung der Software Gotham durch das BKA`: a noun
                    // of the act, `of` or the like, perhaps two words for what the first name is, and the second
                    // as the agent
                    let end = at + cue.words.len();
                    let described = end < before
                        && at + 5 >= before
                        && before - end <= 3
                        && tokens.is(end, ROLE_GLUE)
                        && (end..before).all(|t| tokens.list[t].mark.is_none() && !named(t));
                    if let Says::Relation(kind, direction) = cue.says
                        && cue.place == Place::Agent
                        && described
                        && by_agent
                    {
                        // (with its `of`, which is no buyer's `from`: `die Übernahme von Genetec`)
                        cues.push((kind, direction, false, at..end + 1, cue.requires));
                        listed = true;
                    }
                }
            }
        }
        if let Some((cue, requires)) = subject_members {
            cues.push((EdgeKind::Supplies, Direction::Forward, false, cue, requires));
            listed = true;
        }
        passive &= agent;
        if let Some(by) = maker(tokens, found, kinds, spans, (i, j)) {
            cues.push((
                EdgeKind::MadeBy,
                Direction::Forward,
                false,
                by..by + 1,
                Requires::default(),
            ));
        }
        let (a, b) = (kinds[i], kinds[j]);
        // a place after `in` is where something happens, not a party to it
        let located = |k: usize| (spans[k].start.saturating_sub(3)..spans[k].start).any(|t| tokens.is(t, LOCATIVES));
        let (a, b) = (
            if a == PLACE && located(i) { OTHER } else { a },
            if b == PLACE && located(j) { OTHER } else { b },
        );
        // the word right before name `k` or its article, if any
        let word_before = |k: usize| {
            let mut at = spans[k].start;
            if at > 0 && tokens.is(at - 1, ARTICLES) {
                at -= 1;
            }
            at.checked_sub(1)
        };
        // whether name `k`, or its article, follows one of `words` (asked once per pair, not per cue)
        let follows = |k: usize, words: Words| word_before(k).is_some_and(|t| tokens.is(t, words));
        // who is told something is no party to it (`The bureau told The Guardian that it purchased Pegasus`);
        // a name after `since` begins a clause of when, no object of a verb before it (`has led the project
        // since Google pulled out`)
        if follows(i, TOLD) || follows(j, TOLD) {
            return None;
        }
        let temporal = follows(j, TEMPORAL);
        let mut read: Option<(EdgeKind, bool, bool, Range<usize>)> = None;
        // an acquisition, which the same words' sale gives way to
        let mut acquired: Option<(EdgeKind, bool, bool, Range<usize>)> = None;
        for (kind, direction, after, cue, requires) in cues {
            if linking
                .as_ref()
                .is_some_and(|l| l.start <= cue.start && cue.end <= l.end)
            {
                continue;
            }
            // a person's role, as opposed to a verb of the clause (`founded`)
            let role = kind == EdgeKind::WorksFor && !requires.clause;
            // across a comma, only an apposition of a person's role, or the list a `zwischen` begins
            if commas > 0 && !(role && commas <= 2) && !(listed && kind == EdgeKind::PartnersWith) {
                continue;
            }
            // a founding verb at the end of the clause types only its passive (`Amazon wurde von Jeff Bezos
            // gegründet`): another name between may be anything else (`von Thiel mithilfe der CIA gegründet`);
            // or a relative clause about the first name (`Holger Münch, der das BKA leitet`)
            if after && requires.clause && !passive && !relative {
                continue;
            }
            if !self.cue_fits(tokens, spans, kinds, (i, j), &cue, after, (kind, role), listed) {
                continue;
            }
            let flip = after && passive;
            let fitted = match direction {
                Direction::Forward | Direction::Backward => {
                    let forward = (direction == Direction::Forward) != flip;
                    let (s, t) = if forward { (a, b) } else { (b, a) };
                    fits(kind, s, t).map(|k| (k, forward, true))
                }
                Direction::Types => match (fits(kind, a, b), fits(kind, b, a)) {
                    (Some(k), None) => Some((k, true, true)),
                    (None, Some(k)) => Some((k, false, true)),
                    _ => None,
                },
                Direction::None => fits(kind, a, b)
                    .filter(|_| fits(kind, b, a).is_some())
                    .map(|k| (k, true, false)),
            };
            let Some((kind, forward, directed)) = fitted else {
                continue;
            };
            // (the two names as supplier and customer, should the relation be a supply)
            let (supplier, customer) = if forward { (i, j) } else { (j, i) };
            let customer_type = if forward { b } else { a };
            if requires.public && kind == EdgeKind::Supplies && !matches!(customer_type, AGENCY | PLACE) {
                continue;
            }
            // whether name `k`, or its article, follows one of `words` that is not the cue's own
            let after_word =
                |k: usize, words: Words| word_before(k).is_some_and(|t| tokens.is(t, words) && !cue.contains(&t));
            // a buying or using verb, its customer first and no passive: its object after `at` or `for` is where or
            // for whom, not who supplies (`Flock Safety installed its cameras at Home Depot stores`), and who is
            // named after `from` or `von` sells, and is no buyer (`Das BKA soll von der NSO Group … die Software
            // Pegasus gekauft haben`)
            if kind == EdgeKind::Supplies
                && direction == Direction::Backward
                && !passive
                && !listed
                && (after_word(j, AT_FOR) || after_word(i, SELLERS))
            {
                continue;
            }
            // who is named after `against` is an adversary, whatever the verb (`Microsoft won a lawsuit against
            // the FBI`, `the FBI's case against Microsoft`)
            if kind == EdgeKind::Supplies && (after_word(customer, AGAINST) || after_word(j, AGAINST)) {
                continue;
            }
            if temporal && !after && !role {
                continue;
            }
            // `die Behörde testet mit der Deutschen Bahn …`: who is tested with is a partner in the test, not
            // its object; and who works with an organisation (`der mit Palantir gearbeitet hat`) does not work
            // for it
            if ((requires.public && kind == EdgeKind::Supplies)
                || (requires.clause && after && kind == EdgeKind::WorksFor))
                && after_word(j, WITH)
            {
                continue;
            }
            // `Amazon bought Ring`: a buyer owns what it buys when it is a company or a person and buys a company,
            // not from one (`bought cameras from Hikvision`); that reading then is the words' (a buyer is no
            // customer of the company it buys)
            if requires.private {
                let (owned, owner) = if forward { (i, j) } else { (j, i) };
                // (`von` may be the cue's own: `die Übernahme von Genetec durch Palantir`)
                let from = spans[owned].start > 0
                    && tokens.is(spans[owned].start - 1, MAKERS)
                    && !cue.contains(&(spans[owned].start - 1));
                if kind != EdgeKind::OwnedBy || !matches!(kinds[owner], ORGANISATION | PERSON) || from {
                    continue;
                }
                acquired = Some((kind, forward, directed, cue));
                continue;
            }
            // a product named before a contract's noun (a word for what it is may stand between) names the
            // contract, which supplies nothing (`the Pentagon awarded its JEDI cloud contract`)
            if kind == EdgeKind::Supplies
                && kinds[supplier] == PRODUCT
                && (spans[supplier].end..tokens.len().min(spans[supplier].end + 2)).any(|t| tokens.is(t, CONTRACTS))
            {
                continue;
            }
            match &read {
                None => read = Some((kind, forward, directed, cue)),
                Some((k, f, _, _)) if *k == kind && (*f == forward || !directed) => {}
                // a product is not supplied to its maker: the clause's verb is said of the product, and the maker
                // stands in its description (`die von Palantir entwickelte Software Gotham ist beim BKA im Einsatz`)
                Some((k, f, _, _)) if *f == forward && made_and_supplied(*k, kind) => {
                    if kind == EdgeKind::MadeBy {
                        read = Some((kind, forward, directed, cue));
                    }
                }
                Some(_) => return None,
            }
        }
        let acquired_by_sale = |(k, _, _, c): &(EdgeKind, bool, bool, Range<usize>)| {
            *k == EdgeKind::Supplies && acquired.as_ref().is_some_and(|a| a.3 == *c)
        };
        let (kind, forward, directed, cue) = match read {
            Some(sale) if !acquired_by_sale(&sale) => sale,
            _ => acquired?,
        };
        let (source, target) = if forward { (i, j) } else { (j, i) };
        let span = tokens.list[cue.start].span.start..tokens.list[cue.end - 1].span.end;
        Some(Stated {
            source,
            target,
            kind,
            directed,
            cue: span,
        })
    }
}
