//! The scan of a compiled gazetteer (see `compile`) with its boundary, inflection, case and context rules.

use std::ops::Range;

use aho_corasick::{AhoCorasick, Anchored, Input};
use rustc_hash::FxHashSet;

use super::Mention;
use super::chars::is_word;
use super::names::{after_office, genitive_end, legal_form_end};
use super::rules::{NAME, NOT_SLOT, Rules};
use super::starts::Starts;
use crate::gazetteer::ContextScope;
use crate::text::fold::{Folded, same_but_case};

/// One way a folded pattern may be read: which entity, and under which rules.
#[derive(Clone, Debug)]
pub(super) struct Variant {
    pub entity: u32,
    /// The form as written, in `Extractor::forms`, compared when `case_sensitive`.
    pub form: Range<u32>,
    pub case_sensitive: bool,
    /// A form with dots, compared with the text so that its dots are dots there too (`Calif.`).
    pub dotted: bool,
    /// A one-word form of an entity with a context rule.
    pub conditional: bool,
    /// For a place some rule builds from: which of its forms this is (a name, or an adjective in a language;
    /// see `rules`); `NOT_SLOT` otherwise.
    pub slot: u8,
    /// Whether the form names the entity on its own, outside a rule's name: not an adjective, not a one-word
    /// form of a `match=in-rules` place.
    pub alone: bool,
    /// A person's surname (see `names::surname`): after an office (`minister Dekker`) it names the person as
    /// the full name does, and licenses the surname alone in the document.
    pub surname: bool,
}

/// The gazetteer compiled for matching.
#[derive(Clone, Debug)]
pub struct Extractor {
    /// What finds the entities the gazetteer does not list (see `found`); `None` when only listed ones are
    /// wanted.
    pub(super) found: Option<super::found::Finder>,
    /// The gazetteer's rules, when it has any.
    pub(super) rules: Option<Rules>,
    /// The place names several places share, which the states a document names resolve (see `shared`).
    pub(super) shared: Option<super::shared::SharedPlaces>,
    /// The acronym of each US city's police department, by city (`WFPD`; see `Rules::police_acronyms`).
    pub(super) police_acronyms: rustc_hash::FxHashMap<u32, (Box<str>, u32)>,
    /// For each US city, its state's postal code and the state (see `postal`).
    pub(super) postal_codes: rustc_hash::FxHashMap<u32, ([u8; 2], u32)>,
    /// For each listed entity, what its type lets a name have around its form ([`ORGANISATION`], [`PLACE`]).
    pub(super) traits: Vec<u8>,
    /// The patterns (a space and a folded form each, in sorted order), as anchored automata, one for the
    /// patterns of each byte after the space: run only at the spaces `starts` allows, with the automaton of the
    /// byte that follows.
    pub(super) groups: Vec<Group>,
    /// For each byte, the index of its group in `groups`, or `NO_GROUP`.
    pub(super) group_of: [u16; 256],
    pub(super) starts: Starts,
    /// Folded length of each pattern.
    pub(super) lengths: Vec<u32>,
    /// For each pattern, the folded length of a German or Dutch article it starts with (see `names`), or 0.
    pub(super) articles: Vec<u8>,
    /// The variants of pattern `p` are `variants[variant_at[p]..variant_at[p + 1]]`.
    pub(super) variant_at: Vec<u32>,
    pub(super) variants: Vec<Variant>,
    /// Case-sensitive forms as written, one after the other.
    pub(super) forms: String,
    /// Patterns that are a proper prefix of pattern `p` ending before a non-word character, longest first:
    /// `shorter[shorter_at[p]..shorter_at[p + 1]]`.
    pub(super) shorter_at: Vec<u32>,
    pub(super) shorter: Vec<u32>,
    /// For each entity, the entities whose mention licenses its conditional forms.
    pub(super) context: Vec<Vec<u32>>,
    /// For each listed entity, how near such a mention must be.
    pub(super) scope: Vec<ContextScope>,
}

/// The automaton of the patterns that share the byte after their space.
#[derive(Clone, Debug)]
pub(super) struct Group {
    pub automaton: AhoCorasick,
    /// The number of the group's first pattern: its patterns are numbered on from there, in sorted order.
    pub first: u32,
}

/// An entity whose name may be followed by a legal form (`GmbH`, `Inc.`).
pub(super) const ORGANISATION: u8 = 1;
/// An entity whose forms keep a leading article (`Den Haag`).
pub(super) const PLACE: u8 = 2;
/// A person, whom no acronym abbreviates (see `acronyms`).
pub(super) const PERSON: u8 = 4;
/// A city, whose German genitive takes no article (see `Extractor::accept`).
pub(super) const CITY: u8 = 8;

/// What [`Extractor::accept`] makes of a candidate.
enum Candidate {
    /// A mention, and where it ends in the folded text.
    Mention(Hit, usize),
    /// Not a mention; a shorter form at the same place may be.
    No,
    /// A form that names something only inside a rule's name (an adjective, an `in-rules` place), with no rule
    /// around it: the words here are that form, so no shorter form inside them is a name (`US-amerikanisch` is
    /// not `US`).
    Blocked,
}

/// `Extractor::group_of` for a byte that starts no pattern.
pub(super) const NO_GROUP: u16 = u16::MAX;

/// Buffers reused across calls, one per thread, so that extraction allocates nothing per paragraph.
#[derive(Debug, Default)]
pub struct Scratch {
    folded: Folded,
    pub(super) hits: Vec<Hit>,
    pub(super) conditional: Vec<bool>,
}

/// A mention as the scan finds it, before sentences and context rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub entity: u32,
    pub conditional: bool,
}

impl Extractor {
    /// The number of distinct folded surface forms compiled.
    pub fn patterns(&self) -> usize {
        self.lengths.len()
    }

    /// Appends to `out` the mentions in `text[range]`, in order, not overlapping, with spans into `text`.
    pub fn find(&self, text: &str, range: Range<usize>, scratch: &mut Scratch, out: &mut Vec<Hit>) {
        let folded = &mut scratch.folded;
        folded.fold_padded(&text[range.clone()]);
        let hay = folded.as_bytes();
        let mut at = 0;
        // where the last mention ends: a rule's words before a place may not reach into it
        let mut floor = 0;
        while let Some(space) = self.starts.next(hay, at) {
            at = space + 1;
            // `starts` only finds spaces with a byte after them
            let g = self.group_of[hay[space + 1] as usize];
            if g == NO_GROUP {
                continue;
            }
            let group = &self.groups[g as usize];
            let input = Input::new(hay).span(space..hay.len()).anchored(Anchored::Yes);
            let Some(m) = group.automaton.find(input) else {
                continue;
            };
            let (start, pattern) = (m.start(), (group.first + m.pattern().as_u32()) as usize);
            let shorter = &self.shorter[self.shorter_at[pattern] as usize..self.shorter_at[pattern + 1] as usize];
            let mut accepted = None;
            for p in std::iter::once(pattern).chain(shorter.iter().map(|&p| p as usize)) {
                match self.accept(text, range.start, folded, p, start, floor) {
                    Candidate::Mention(hit, end) => {
                        accepted = Some((hit, end));
                        break;
                    }
                    Candidate::No => {}
                    Candidate::Blocked => break,
                }
            }
            match accepted {
                // A form that ends in punctuation (`U.S.`) has used up the space the next name starts with.
                Some((hit, end)) => {
                    out.push(hit);
                    at = if hay[end - 1] == b' ' { end - 1 } else { end };
                    floor = at;
                }
                None => at = start + 1,
            }
        }
    }

    /// Checks a candidate: pattern `p` at folded `start` (the space before the name). Returns the mention and
    /// where it ends in the folded text (after a genitive ending, or a rule's words). A place's form that a rule
    /// takes becomes the rule's name when one fits around it (the longest), and a form that does not name its
    /// entity alone (an adjective, an `in-rules` place) is a mention only then.
    fn accept(&self, text: &str, base: usize, folded: &Folded, p: usize, start: usize, floor: usize) -> Candidate {
        let end = start + self.lengths[p] as usize;
        let hay = folded.as_bytes();
        // A character that folds to several spaces (a typographic quote or dash) can meet a form's punctuation
        // with any of them (`‘s-Hertogenbosch` for `'s-Hertogenbosch`, `U.S–` for `U.S.`): the mention then
        // covers the whole character, so that it never splits one.
        let name_start = floor_boundary(text, base + folded.start_to_original(start + 1));
        let core_end = ceil_boundary(text, base + folded.end_to_original(end));
        // What the folded space stands for matters at both ends: a dot between letters joins a web address.
        let mut before = text[..name_start].chars().rev();
        if let Some(c) = before.next()
            && (is_word(c) || (c == '.' && before.next().is_some_and(is_word)))
        {
            return Candidate::No;
        }
        let variants = &self.variants[self.variant_at[p] as usize..self.variant_at[p + 1] as usize];
        let written = &text[name_start..core_end];
        let mut alone: Option<(Hit, usize)> = None;
        let mut by_rule: Option<(Hit, usize)> = None;
        let mut rules_only = false;
        for variant in variants {
            let form = &self.forms[variant.form.start as usize..variant.form.end as usize];
            if (variant.case_sensitive
                && !same_as_written(written, form)
                && !(title_case_of(written, form) && next_word_small(&text[core_end..])))
                || (variant.dotted && !same_dots(written, form))
            {
                continue;
            }
            let Some(full_end) = genitive_end(text, hay, core_end, end, variant.case_sensitive) else {
                continue;
            };
            // A surname alone before a surname of the name lists that no language writes as a word is another
            // person's name (`Sprecher Alexander Renner`: a first name and a surname, not Keith Alexander); before
            // any other name it is the person (`bezocht Tuinman Elbit`, German and Dutch word order).
            if variant.surname && before_a_surname(&text[core_end..]) {
                continue;
            }
            // A genitive without an apostrophe (`Palantirs`, `Bayerns`) is a capitalised name's: after a name
            // of several words written small, the `s` makes a plural of a phrase (`try to track groups of people`
            // is no Track Group's); a German form that begins with its adjective keeps it (`des deutschen
            // Inlandsgeheimdiensts`), and so does one word: a product's plural is the product (`iPhones`).
            let last_word_small = written
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase));
            if full_end == end + 1 && last_word_small && written.contains(' ') {
                continue;
            }
            // A German city's genitive takes no article: `Bündes`, but `des Bundes` is the federation's, not
            // the town's (`Bunde` being `Bünde` without its accent); nor does it begin a compound (`Bundes-CIO`).
            let genitive_end = base + folded.end_to_original(full_end);
            if full_end > end
                && self.traits[variant.entity as usize] & CITY != 0
                && (after_genitive_article(&text[..name_start])
                    || text[genitive_end..].starts_with('-')
                        && text[genitive_end + 1..].starts_with(char::is_alphabetic))
            {
                continue;
            }
            // A city's name before `County` is the county's (`Macon County`, whose state the text may not say):
            // the county or nothing, not the city.
            if self.traits[variant.entity as usize] & CITY != 0 && before_county(&text[core_end..]) {
                continue;
            }
            // A one-word name that needs a context entity to be told from a word (`Ring`, `Defensie`) is written
            // as a name: `a ring of cameras`, `investeringen in defensie` are words even beside Amazon or the Hague.
            if variant.conditional && !variant.case_sensitive && !written.starts_with(char::is_uppercase) {
                continue;
            }
            // A place's name alone in quotes names something else after it (`het proefproject ‘Athene’`, `die
            // Operation „Paris“`): the press quotes the names of projects and products, not of places.
            if self.traits[variant.entity as usize] & PLACE != 0 && in_quotes(text, name_start, core_end) {
                continue;
            }
            let hit = Hit {
                start: name_start,
                end: ceil_boundary(text, base + folded.end_to_original(full_end)),
                entity: variant.entity,
                conditional: variant.conditional && !(variant.surname && after_office(&text[..name_start])),
            };
            rules_only |= !variant.alone && variant.slot != NOT_SLOT;
            // A place a rule builds from is a proper noun in all three languages: `politie zou` is no
            // police of a town called Zou.
            let proper = variant.slot != NAME || written.chars().any(char::is_uppercase);
            if variant.slot != NOT_SLOT
                && proper
                && let Some(rules) = &self.rules
                && let Some(found) =
                    rules.find(text, base, folded, variant.entity, variant.slot, start..full_end, floor)
                && by_rule
                    .as_ref()
                    .is_none_or(|(h, _)| found.end - found.start > h.end - h.start)
            {
                by_rule = Some(if found.names_the_place {
                    (
                        Hit {
                            conditional: false,
                            ..hit
                        },
                        full_end,
                    )
                } else {
                    let hit = Hit {
                        start: floor_boundary(text, base + folded.start_to_original(found.start + 1)),
                        end: ceil_boundary(text, base + folded.end_to_original(found.end)),
                        entity: found.entity,
                        conditional: false,
                    };
                    (hit, found.end)
                });
            }
            // A place's name alone is a proper noun in all three languages: `the valley`, `wangen` (Dutch
            // cheeks) and `hof` name no town.
            let named = self.traits[variant.entity as usize] & PLACE == 0 || written.chars().any(char::is_uppercase);
            if variant.alone && named && alone.is_none() {
                alone = Some(self.around(text, base, folded, p, start, hit, full_end));
            }
        }
        match by_rule.or(alone) {
            Some((hit, end)) => Candidate::Mention(hit, end),
            None if rules_only => Candidate::Blocked,
            None => Candidate::No,
        }
    }

    /// A name found alone, with what its entity's type adds around it (see `names`): a legal form after an
    /// organisation, and without the German or Dutch article that starts the form of a non-place.
    #[allow(clippy::too_many_arguments)]
    fn around(
        &self,
        text: &str,
        base: usize,
        folded: &Folded,
        p: usize,
        start: usize,
        mut hit: Hit,
        end: usize,
    ) -> (Hit, usize) {
        let traits = self.traits[hit.entity as usize];
        let mut end = end;
        if traits & ORGANISATION != 0
            && let Some(legal) = legal_form_end(text, base, folded, end)
        {
            end = legal;
            hit.end = ceil_boundary(text, base + folded.end_to_original(end));
        }
        let article = self.articles[p] as usize;
        if traits & PLACE == 0 && article > 0 {
            // the pattern's space, the article, the space after it: the name starts after that
            hit.start = floor_boundary(text, base + folded.start_to_original(start + article + 1));
        }
        (hit, end)
    }

    /// Drops conditional mentions that nothing in the text licenses: a mention of the entity by a longer form
    /// anywhere in the text (a document names a thing in full before it shortens it), or one of a context
    /// entity within the entity's context scope. `conditional[i]` says whether `mentions[from + i]` came from a
    /// conditional form; the mentions before `from` are left alone.
    pub(super) fn apply_context(&self, mentions: &mut Vec<Mention>, from: usize, conditional: &[bool]) {
        if !conditional.iter().any(|&c| c) {
            return;
        }
        let anchors = || {
            mentions[from..]
                .iter()
                .zip(conditional)
                .filter(|&(_, &c)| !c)
                .map(|(m, _)| m)
        };
        let anywhere: FxHashSet<u32> = anchors().map(|m| m.entity).collect();
        let in_paragraph: FxHashSet<(u32, u32)> = anchors().map(|m| (m.entity, m.paragraph)).collect();
        let in_sentence: FxHashSet<(u32, u32)> = anchors().map(|m| (m.entity, m.sentence)).collect();
        let licensed = |m: &Mention| {
            anywhere.contains(&m.entity)
                || self.context[m.entity as usize]
                    .iter()
                    .any(|&c| match self.scope[m.entity as usize] {
                        ContextScope::Document => anywhere.contains(&c),
                        ContextScope::Paragraph => in_paragraph.contains(&(c, m.paragraph)),
                        ContextScope::Sentence => in_sentence.contains(&(c, m.sentence)),
                    })
        };
        let keep: Vec<bool> = mentions[from..]
            .iter()
            .zip(conditional)
            .map(|(m, &c)| !c || licensed(m))
            .collect();
        let mut index = 0;
        mentions.retain(|_| {
            index += 1;
            index <= from || keep[index - from - 1]
        });
    }
}

/// Whether `text[start..end]` stands alone in quotes: an opening quote right before it and a closing one right
/// after it that no letter follows (`‘Athene’`, not `Athene’s`).
fn in_quotes(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let mut after = text[end..].chars();
    let (close, next) = (after.next(), after.next());
    matches!(before, Some('‘' | '\'' | '"' | '„' | '“' | '«' | '»' | '‚'))
        && matches!(close, Some('’' | '\'' | '"' | '“' | '”' | '«' | '»' | '‘'))
        && !next.is_some_and(char::is_alphanumeric)
}

/// Whether the text after a name begins with a space and a capitalised word that is no ordinary word of the
/// three languages and is a name of the name lists (a surname after a first name).
fn before_a_surname(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let word = &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())];
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && crate::gazetteer::words::ordinary_word(word).is_empty()
        && super::found::is_personal_name(word)
}

/// Whether the text `written` is the case-sensitive `form`, up to what folding normalises besides case (white
/// space, invisible characters, composition). Most candidates are an ordinary word against an acronym (`das`
/// against `DAS`, `us` against `US`), plain ASCII on both sides, where that is plain equality.
fn same_as_written(written: &str, form: &str) -> bool {
    let plain = |s: &str| s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    written == form || (!(plain(written) && plain(form)) && same_but_case(written).eq(same_but_case(form)))
}

/// Whether the next word after a name, past spaces and punctuation, begins with a small letter: a name written
/// in title case is the name in running text (`Volgens Follow The Money, dat …`), but a headline's words are
/// all capitalised (`Police Will Follow The Money In Spyware Cases`).
fn next_word_small(after: &str) -> bool {
    after
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
}

/// Whether `written` is `form` with its small words capitalised, every other word as it is. A name of several
/// words is also written so (`Follow The Money` for `Follow the Money`): case-sensitive forms are so to keep the
/// phrase written small (`follow the money`) out, which a capital on every word does where the text around is
/// not a headline's (see [`next_word_small`]).
fn title_case_of(written: &str, form: &str) -> bool {
    let (mut written, mut form) = (written.split(' '), form.split(' '));
    let mut capitalised = false;
    loop {
        match (written.next(), form.next()) {
            (None, None) => return capitalised,
            (Some(w), Some(f)) if w == f => {}
            (Some(w), Some(f)) => {
                let mut f_chars = f.chars();
                let Some(first) = f_chars.next().filter(|c| c.is_lowercase()) else {
                    return false;
                };
                let mut w_chars = w.chars();
                if !w_chars
                    .next()
                    .is_some_and(|c| c.is_uppercase() && c.to_lowercase().eq([first]))
                    || !w_chars.eq(f_chars)
                {
                    return false;
                }
                capitalised = true;
            }
            _ => return false,
        }
    }
}

/// Whether the text `written` has the dots of `form` where it has them, in any case: `Calif.` is not `calif`,
/// `spiegel.de` not `Spiegel de`.
fn same_dots(written: &str, form: &str) -> bool {
    let significant = |s: &str| {
        s.chars()
            .filter(|&c| c.is_alphanumeric() || c == '.')
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    significant(written) == significant(form)
}

/// The start of the character that byte `i` of `text` is in.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The end of the character that byte `i - 1` of `text` is in.
fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Whether the text before a name ends in a German genitive article (`des`, `eines`), which no city's
/// genitive takes.
fn after_genitive_article(before: &str) -> bool {
    let word = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    matches!(word, "des" | "Des" | "eines" | "Eines")
}

/// Whether the text after a name begins with the word that makes a US place's name a county's or a parish's
/// (`Macon County`, `Orleans Parish`).
fn before_county(after: &str) -> bool {
    ["County", "Parish", "Township"].iter().any(|w| {
        after
            .strip_prefix(' ')
            .and_then(|a| a.strip_prefix(w))
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    })
}
