//! The words around a name that say what it is: a capitalised cue word before it (`die Software …`, `Firma
//! …`), a role after it (`Acme's CEO`), and the cues of [`Scanner::context`] (`the company …`, `… said`,
//! `according to …`, `…, a spokesperson`). Kept apart from [`super::scan`], which finds the names.

use super::cue::Cue;
use super::cues::{Section, normal};
use super::scan::Scanner;
use super::tokens::Token;

impl Scanner<'_> {
    /// The cue a capitalised word before a name is (`Software`, `Firma`, `Stadt`), for German above all.
    pub(super) fn word_cue_before(&self, t: &Token<'_>) -> Option<Cue> {
        if !t.word {
            return None;
        }
        [
            (Section::ProductBefore, Cue::ProductBefore),
            (Section::OrganisationBefore, Cue::OrganisationBefore),
            (Section::AgencyBefore, Cue::AgencyBefore),
            (Section::CityBefore, Cue::City),
            (Section::StateBefore, Cue::State),
            (Section::MediaBefore, Cue::Media),
        ]
        .into_iter()
        .find(|&(s, _)| self.cues.is(s, t.text))
        .map(|(_, c)| c)
    }

    /// Whether a role noun comes at `at` (possibly after articles): `Acme's CEO`, `Acme spokesperson`.
    pub(super) fn role_next(&self, tokens: &[Token<'_>], at: usize) -> bool {
        tokens[at.min(tokens.len())..]
            .iter()
            .find(|t| !(t.word && self.cues.is(Section::Article, t.text)))
            .is_some_and(|t| t.word && (self.cues.is(Section::Role, t.text) || self.cues.is(Section::Title, t.text)))
    }

    /// Whether the token is the first word of its sentence, or of a clause after a colon.
    pub(super) fn initial(&self, tokens: &[Token<'_>], at: usize) -> bool {
        !tokens[..at].iter().any(|t| t.word) || tokens[..at].last().is_some_and(|t| t.text == ":")
    }

    /// The cues in the words around `tokens[first..=last]`.
    pub(super) fn context(
        &self,
        tokens: &[Token<'_>],
        first: usize,
        last: usize,
        cues: &mut Vec<Cue>,
        aliases: &mut Vec<String>,
    ) {
        let quote_open = |t: &Token<'_>| matches!(t.text, "„" | "“" | "\"" | "«" | "‚" | "'" | "‘" | "»");
        let quote_close = |t: &Token<'_>| matches!(t.text, "“" | "”" | "\"" | "»" | "‘" | "'" | "’" | "«");
        // The words before, nearest last, up to a mark other than a quotation mark, articles dropped.
        let mut before: Vec<String> = Vec::new();
        let mut k = first;
        let mut quoted_open = false;
        while k > 0 && before.len() < 5 {
            k -= 1;
            let t = &tokens[k];
            if !t.word {
                if quote_open(t) && k + 1 == first {
                    quoted_open = true;
                    continue;
                }
                break;
            }
            before.push(normal(t.text));
        }
        before.reverse();
        let mut after: Vec<String> = Vec::new();
        let mut comma = false;
        let mut k = last + 1;
        if tokens.get(k).is_some_and(quote_close) {
            if quoted_open {
                cues.push(Cue::Quoted);
            }
            k += 1;
        }
        if tokens.get(k).is_some_and(|t| t.text == "(")
            && let (Some(a), Some(close)) = (tokens.get(k + 1), tokens.get(k + 2))
            && a.acronym()
            && close.text == ")"
        {
            aliases.push(a.text.to_string());
        }
        if tokens.get(k).is_some_and(|t| t.text == ",") {
            comma = true;
            k += 1;
        }
        for t in &tokens[k.min(tokens.len())..] {
            if !t.word || after.len() >= 4 {
                break;
            }
            if !(after.is_empty() && self.cues.is(Section::Article, t.text)) {
                after.push(normal(t.text));
            }
        }
        let c = self.cues;
        if !before.is_empty() {
            // An article may stand between a cue and the name (`the company Acme`, `laut dem Spiegel`), but not
            // between a role and a person; `des` in `Sprecher des …` is both an article and a `role-of` word.
            let last = &before[before.len() - 1];
            let article = c.is(Section::Article, last);
            let core = if article {
                &before[..before.len() - 1]
            } else {
                &before[..]
            };
            let role_of = c
                .ends_with(Section::RoleOf, core)
                .is_some_and(|n| c.ends_with(Section::Role, &core[..core.len() - n]).is_some())
                || (article && c.is(Section::RoleOf, last) && c.ends_with(Section::Role, core).is_some());
            if role_of {
                cues.push(Cue::RoleOf);
            } else if !article
                && (c.ends_with(Section::Title, &before).is_some() || c.ends_with(Section::Role, &before).is_some())
            {
                cues.push(Cue::Role);
            }
            let before = core;
            for (section, cue) in [
                (Section::Speech, Cue::Speech),
                (Section::MediaBefore, Cue::Media),
                (Section::ProductBefore, Cue::ProductBefore),
                (Section::OrganisationBefore, Cue::OrganisationBefore),
                (Section::AgencyBefore, Cue::AgencyBefore),
                (Section::CityBefore, Cue::City),
                (Section::StateBefore, Cue::State),
            ] {
                if c.ends_with(section, before).is_some() {
                    cues.push(cue);
                }
            }
        }
        if after.is_empty() {
            return;
        }
        if comma {
            if c.starts_with(Section::Role, &after) || c.starts_with(Section::Title, &after) {
                cues.push(Cue::RoleAfter);
            }
            if c.starts_with(Section::Legal, &after) {
                cues.push(Cue::Legal);
            }
            if c.starts_with(Section::OrganisationAfter, &after) || c.starts_with(Section::OrganisationBefore, &after) {
                cues.push(Cue::OrganisationAfter);
            }
            if c.starts_with(Section::Speech, &after) {
                cues.push(Cue::Speech);
            }
            return;
        }
        if c.starts_with(Section::Role, &after) {
            cues.push(Cue::RoleOf);
        }
        for (section, cue) in [
            (Section::Legal, Cue::Legal),
            (Section::Speech, Cue::Speech),
            (Section::MediaAfter, Cue::Media),
            (Section::ProductAfter, Cue::ProductAfter),
            (Section::OrganisationAfter, Cue::OrganisationAfter),
        ] {
            if c.starts_with(section, &after) {
                cues.push(cue);
            }
        }
    }
}
