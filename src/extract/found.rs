//! Entities the text names that the gazetteer does not list: people named by a first name and a surname,
//! products named in quotes after a product noun, and organisations by the English noun their name ends in.
//!
//! No list is complete. On articles the gazetteer was not written from, most of the actors it misses are
//! people (the sheriff's spokesperson, the lawyer quoted), products (`die Software „Gesichtsfinder“`) and smaller
//! organisations, and the press names them in a few fixed ways that hold across German, English and Dutch:
//!
//! - a person is introduced by first name and surname (`Jennifer Granick`, `Sanne de Vries`, `Herbert Reul`),
//!   then called by the surname alone (`Granick said`); see `people`; or by a rank (`Lt. J.D. Fortner`,
//!   `Commander Myers`); see `titled`;
//! - a product is named in quotes after the noun for what it is (`die Aufklärungsdrohne „Luna“`, `the
//!   app called "Neighbors"`, `het systeem „ProKid“`), then in quotes or as written; see `products`;
//! - an organisation with an English name is named by capitalised words ending in a noun for what it is (`the
//!   Privacy Rights Foundation`, `Vigilant Solutions`); see `organisations`;
//! - an organisation in any of the languages is introduced by a noun for what it is (`die Firma Reveal`, `het
//!   bedrijf Aerialsolutions`, `the surveillance firm Biometrica`), then named as written, and an agency by a
//!   noun for a public body (`die Beschaffungsagentur Occar`); see `introduced`;
//! - a company is named with its legal form (`die Sirrix AG`, `Zepcam B.V.`, `Acme Widgets Inc.`); see `legal`;
//! - a US station by its call letters where local news cites one (`(KAUZ)`, `WISN reported`); see `stations`;
//! - any of them may be defined with an acronym in brackets (`Name (ACR)`), which then names it in that
//!   document; an institution may be found by that definition alone, where its words spell the acronym
//!   (`der Gewerkschaft der Polizei (GdP)`); see `defined`.
//!
//! Precision comes first, as everywhere in extraction: what a list names is never found again (its forms,
//! folded, are no found names, and a found name never overlaps a listed mention), a name is only taken whole
//! (`John Jay College` is no person), and a word of a language's vocabulary is no surname unless the
//! surname lists know it (`Young`, `Koch`), nor is a word that heads a name of a place or institution (`Austin
//! Police`, `Virginia Beach`).
//!
//! A found entity belongs to its document: the [`Extraction`] lists them (`found`), and their mentions carry
//! the index `found_base + k` for the `k`th of them, after every index of the gazetteer's. The graph's
//! accumulator numbers them by their id, in the order documents are added, which is input order (see
//! `graph::numbered`), so that the graph is the same whatever the number of threads; the same name found in two
//! documents is one node.
//!
//! Where all this runs: `Finder::find` after the listed entities are matched, over the few places a name may
//! begin (`scan`), so that finding costs a tenth of a build with the shipped gazetteer (BENCHMARKS.md).

mod defined;
mod introduced;
mod legal;
mod organisations;
mod people;
mod products;
mod scan;
mod stations;
mod titled;

use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use super::{Extraction, Mention};
use crate::gazetteer::slug;
use introduced::Introduces;

/// What a found entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FoundKind {
    Person,
    Product,
    Organisation,
    /// An agency: what an acronym defines as one (`defined`), or a noun for one introduces (`introduced`).
    Agency,
}

impl FoundKind {
    /// The gazetteer's type for it.
    pub fn type_name(self) -> &'static str {
        match self {
            FoundKind::Person => "person",
            FoundKind::Product => "product",
            FoundKind::Organisation => "organisation",
            FoundKind::Agency => "agency",
        }
    }

    /// The kind a gazetteer type names, if any.
    pub fn from_type_name(name: &str) -> Option<FoundKind> {
        [
            FoundKind::Person,
            FoundKind::Product,
            FoundKind::Organisation,
            FoundKind::Agency,
        ]
        .into_iter()
        .find(|k| k.type_name() == name)
    }

    /// How it was found, for the graph's `found_by` attribute.
    pub fn how(self) -> &'static str {
        match self {
            FoundKind::Person => "first name and surname, or after a rank",
            FoundKind::Product => "quoted after a product noun",
            FoundKind::Organisation => concat!(
                "capitalised name ending in an organisation's noun, after one, with a legal form, ",
                "or defined by its acronym"
            ),
            FoundKind::Agency => concat!(
                "defined by its acronym in brackets, after a noun for an agency, ",
                "or a capitalised name ending in Command"
            ),
        }
    }
}

/// An entity found in a document's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The slug of its name, as the gazetteer derives ids (`jennifer-lynch`).
    pub id: String,
    /// Its name as first written, without a possessive.
    pub name: String,
    pub kind: FoundKind,
}

/// What finding needs of the gazetteer: its ids and its forms, folded, so that nothing listed is found again.
#[derive(Clone, Debug, Default)]
pub(super) struct Finder {
    /// The first index after the gazetteer's: found entities are numbered from here.
    pub base: u32,
    /// Every folded form the gazetteer lists (and every listed id), whether or not it matches here, by a 64-bit
    /// hash ([`Finder::key`]): the shipped gazetteer has some 200,000, which as strings took 20 MB. Two forms
    /// sharing a hash would at worst keep a name from being found.
    pub known: FxHashSet<u64>,
    /// The id templates of the gazetteer's rules, (before, after) the place's id: a found name whose id has a
    /// rule's shape around a listed id would be a second node of that id.
    pub built_ids: Vec<(String, String)>,
    /// The first word of each listed organisation's longer names (`Stark` of `Stark Defence`), as written: a
    /// noun introduces a company by its short name (`die Firma Stark`), which is then the listed one, not a
    /// second node. `None` where the word begins two organisations' names (`Reveal`: Reveal Media, the body
    /// cameras, and Reveal News): it is one of them, and neither is told, nor a third made.
    pub short_names: FxHashMap<String, Option<u32>>,
    /// Every form of the listed organisations, folded: what a noun introduces may be one that did not match
    /// where it stands (`die Firma Ring`: `Ring` matches only near Amazon). `None` where two share it.
    pub organisations: FxHashMap<String, Option<u32>>,
}

/// Marks a span's entity as a listed one (a short name) rather than the index of a found one.
const LISTED: u32 = 1 << 31;

impl Finder {
    /// The key of a folded form or an id in `known`.
    pub fn key(form: &str) -> u64 {
        use std::hash::{BuildHasher, BuildHasherDefault};
        BuildHasherDefault::<rustc_hash::FxHasher>::default().hash_one(form)
    }

    /// The listed organisation a name is a form of (`None` inside when several are), if any.
    fn organisation(&self, name: &str) -> Option<Option<u32>> {
        self.organisations.get(crate::text::fold::fold(name).trim()).copied()
    }

    /// Whether a name is the gazetteer's: one of its forms or ids.
    fn knows(&self, name: &str) -> bool {
        let folded = crate::text::fold::fold(name);
        let id = slug(name);
        let built = |(before, after): &(String, String)| {
            id.strip_prefix(before.as_str())
                .and_then(|rest| rest.strip_suffix(after.as_str()))
                .is_some_and(|place| !place.is_empty() && self.known.contains(&Finder::key(place)))
        };
        self.known.contains(&Finder::key(folded.as_str()))
            || self.known.contains(&Finder::key(&id))
            || self.built_ids.iter().any(built)
    }

    /// Finds the entities of `text`'s paragraphs `out.paragraphs[first_paragraph..]` that no mention of
    /// `out.mentions[from..]` covers, adds them to `out.found` (or finds them there) and their mentions to
    /// `out.mentions`, which stay in text order.
    pub fn find(&self, text: &str, out: &mut Extraction, first_paragraph: usize, from: usize) {
        let taken = Taken {
            listed: &out.mentions[from..],
        };
        // First names and quotes: the words after a first name are read one by one, a quote from where it is.
        let (mut places, mut words) = (Vec::new(), Vec::new());
        let mut names: Vec<(Range<usize>, Range<usize>, FoundKind)> = Vec::new();
        let tables = scan::Tables {
            first_names: people::first_name_table(),
            heads: organisations::head_table(),
            ranks: titled::rank_table(),
            forms: legal::form_table(),
            any: any_table(),
            noun_tails: introduced::tails(),
            office_tails: titled::office_tails(),
            tail_filter: tail_filter(),
        };
        let mut introduced = Vec::new();
        for para in &out.paragraphs[first_paragraph..] {
            places.clear();
            scan::places(text, para.clone(), &tables, &mut places);
            let mut paragraph_english: Option<bool> = None;
            for &place in &places {
                match place {
                    // a first name of a listed name (`Satya Nadella`) begins no other
                    scan::Place::FirstName(at) if taken.covers(&(at..at + 1)) => {}
                    scan::Place::FirstName(at) => {
                        words.clear();
                        words_into(text, scan::after(text, para, at), &out.sentences, &mut words);
                        names.extend(people::full_name(text, &words, &taken));
                    }
                    scan::Place::Quote(at) => names.extend(products::quoted_at(text, para, at, &taken)),
                    scan::Place::Bracketed(at) => {
                        if let Some(product) = products::bracketed_at(text, para, at, &taken) {
                            names.push(product);
                        } else if let Some(d) = defined::named_at(text, para, at, &taken) {
                            names.push((d.name.clone(), d.name.clone(), d.kind));
                            names.push((d.acronym, d.name, d.kind));
                        }
                    }
                    scan::Place::Rank(at) => names.extend(titled::person_after(text, para, at, &taken)),
                    // (a given name that is a gazetteer's form, a listed person's surname among them, is that)
                    scan::Place::AfterOffice(at)
                        if super::names::after_office(&text[para.start..at])
                            && !self.knows(&text[at..scan::word_end(text, at, para.end)]) =>
                    {
                        names.extend(titled::person_after_office(text, para, at, &taken));
                    }
                    scan::Place::AfterOffice(_) => {}
                    scan::Place::AfterNoun(at) => {
                        introduced.clear();
                        let english =
                            || *paragraph_english.get_or_insert_with(|| organisations::english(&text[para.clone()]));
                        introduced::names_after(text, para.clone(), at, english, &mut introduced);
                        names.extend(
                            introduced
                                .drain(..)
                                .filter(|n| !taken.covers(&n.span))
                                .filter(|n| match n.kind {
                                    Introduces::Organisation => {
                                        !n.ordinary || self.organisation(&text[n.name.clone()]).is_some()
                                    }
                                    Introduces::Product | Introduces::Agency => !n.ordinary,
                                })
                                .map(|n| {
                                    let kind = match n.kind {
                                        Introduces::Organisation => FoundKind::Organisation,
                                        Introduces::Product => FoundKind::Product,
                                        Introduces::Agency => FoundKind::Agency,
                                    };
                                    (n.span, n.name, kind)
                                }),
                        );
                    }
                    scan::Place::Head(at) => {
                        // whether the paragraph is English, asked once and only of one with a head
                        let english =
                            *paragraph_english.get_or_insert_with(|| organisations::english(&text[para.clone()]));
                        if english {
                            names.extend(organisations::named_at(text, para, &out.sentences, at, &taken));
                        }
                    }
                    scan::Place::CallLetters(at) => {
                        let english =
                            *paragraph_english.get_or_insert_with(|| organisations::english(&text[para.clone()]));
                        if english {
                            names.extend(stations::named_at(text, para, at, &taken));
                        }
                    }
                    scan::Place::LegalForm(at) => {
                        // (only `AG` asks, and the paragraph's language is read once)
                        let english =
                            || *paragraph_english.get_or_insert_with(|| organisations::english(&text[para.clone()]));
                        names.extend(legal::named_at(text, para, at, english, &taken));
                    }
                }
            }
        }
        // in text order; of two that overlap, the one that starts first (the longer, at one start)
        names.sort_by_key(|(span, _, _)| (span.start, std::cmp::Reverse(span.end)));
        let mut spans: Vec<(Range<usize>, u32)> = Vec::new();
        // (the short names of earlier segments of the document count in this one too)
        let mut short = std::mem::take(&mut out.short_names);
        // the surnames of the people named in full: a rank and a surname (`Chief Borrego`) is one of them, whose
        // surname is found again below, not a person of its own
        let surnames: Vec<&str> = names
            .iter()
            .filter(|(_, _, kind)| *kind == FoundKind::Person)
            .filter_map(|(_, name, _)| text[name.clone()].rsplit_once(' ').map(|(_, s)| s))
            .collect();
        for (span, range, kind) in names.iter().cloned() {
            let name = normalise(&text[range.clone()]);
            if spans.last().is_some_and(|(s, _)| s.end > span.start) {
                continue;
            }
            if kind == FoundKind::Person && !name.contains(' ') && surnames.contains(&name.as_str()) {
                continue;
            }
            // a listed organisation's form, or its short name: that organisation, named again where the
            // document writes it so (as written here), unless a language writes an ordinary word so (`Ring`)
            let listed = (kind == FoundKind::Organisation)
                .then(|| {
                    self.organisation(&name)
                        .or_else(|| self.short_names.get(&name).copied())
                })
                .flatten();
            if let Some(listed) = listed {
                if let Some(listed) = listed {
                    let written = &text[range];
                    if !people::ordinary_as_written(&name) && !short.iter().any(|(s, _)| s == written) {
                        short.push((written.to_string(), listed | LISTED));
                    }
                    spans.push((span, listed | LISTED));
                }
                continue;
            }
            if self.knows(&name) {
                continue;
            }
            let k = out.found_index(&name, kind);
            spans.push((span, k));
        }
        if spans.is_empty() && out.found.is_empty() && short.is_empty() {
            return;
        }
        // Later mentions: surnames, names as written, acronyms; read in the paragraphs that have one of them,
        // before the name's introduction too (a headline names what the text introduces). A document too long
        // to hold is read in segments: what one introduces counts in it and in the segments after it, but cannot
        // reach back into one already written.
        let taken = Taken {
            listed: &out.mentions[from..],
        };
        let defined = acronyms(text, &spans);
        let needles = Needles::new(
            out.found
                .iter()
                .map(|f| match f.kind {
                    FoundKind::Person => f.name.rsplit(' ').next().unwrap_or(&f.name),
                    FoundKind::Product | FoundKind::Organisation | FoundKind::Agency => f.name.as_str(),
                })
                .chain(defined.iter().map(|(a, _)| *a))
                .chain(short.iter().map(|(s, _)| s.as_str())),
        );
        let mut again: Vec<(Range<usize>, u32)> = Vec::new();
        let mut more = Vec::new();
        for para in &out.paragraphs[first_paragraph..] {
            if !needles.in_(&text.as_bytes()[para.clone()]) {
                continue;
            }
            words.clear();
            words_into(text, para.clone(), &out.sentences, &mut words);
            more.clear();
            people::surnames(text, &words, &out.found, &mut more);
            products::again(text, para.clone(), &words, &out.found, &mut more);
            for (name, listed) in &short {
                products::as_written(text, para.clone(), &words, name, *listed, &mut more);
            }
            for w in words.iter().filter(|w| w.capital) {
                let written = w.text(text);
                more.extend(
                    defined
                        .iter()
                        .filter(|(a, _)| *a == written)
                        .map(|&(_, k)| (w.range.clone(), k)),
                );
            }
            more.sort_by_key(|(r, _): &(Range<usize>, u32)| r.start);
            for (range, k) in more.drain(..) {
                let free = !taken.covers(&range) && !overlaps_any(&spans, &range) && !overlaps_any(&again, &range);
                if free {
                    again.push((range, k));
                }
            }
        }
        spans.extend(again);
        out.short_names = short;
        if spans.is_empty() {
            return;
        }
        for (range, k) in spans {
            let sentence = out
                .sentences
                .partition_point(|s| s.start <= range.start)
                .saturating_sub(1);
            out.mentions.push(Mention {
                start: range.start,
                end: range.end,
                entity: if k & LISTED != 0 { k & !LISTED } else { self.base + k },
                paragraph: out.sentence_paragraph[sentence],
                sentence: out.base.sentences + sentence as u32,
            });
        }
        out.mentions[from..].sort_by_key(|m| m.start);
    }
}

/// Whether a word is one of the languages' nouns for a product of the field (`software`, `Drohne`, `systeem`), or
/// a compound ending in one (`Gesichtserkennungssoftware`): what typing reads in `Palantir-Software „Beagle“`.
pub fn is_product_noun(word: &str) -> bool {
    products::product_noun(word)
}

pub(super) use people::drop_surname_places;

/// Whether a word as written is in the first-name or surname lists (`Evans`, `Harvey`): a town of that name is
/// a person as often.
pub fn is_personal_name(word: &str) -> bool {
    people::first_names().contains(word) || people::last_names().contains(word)
}

/// The union of the tables `scan::places` looks capitalised words up in.
/// The filter of the scan's two tables of the words before a name (`scan::tail_filter`).
fn tail_filter() -> &'static [u64; 64] {
    static FILTER: std::sync::OnceLock<[u64; 64]> = std::sync::OnceLock::new();
    FILTER.get_or_init(|| scan::tail_filter(&[introduced::tails(), titled::office_tails()]))
}

fn any_table() -> &'static [u64] {
    static ANY: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    ANY.get_or_init(|| {
        scan::WordTable::union(&[
            people::first_name_table(),
            organisations::head_table(),
            titled::rank_table(),
            legal::form_table(),
        ])
    })
}

impl Extraction {
    /// The index among `found` of the entity named `name`, added when it is new (a name found again under
    /// another kind stays what it was found as first).
    fn found_index(&mut self, name: &str, kind: FoundKind) -> u32 {
        let id = slug(name);
        if let Some(k) = self.found.iter().position(|f| f.id == id) {
            return k as u32;
        }
        self.found.push(Found {
            id,
            name: name.to_string(),
            kind,
        });
        (self.found.len() - 1) as u32
    }
}

/// The listed mentions of a paragraph's segment, which found names must not overlap.
pub(super) struct Taken<'a> {
    listed: &'a [Mention],
}

impl Taken<'_> {
    /// Whether a listed mention overlaps `range`.
    pub fn covers(&self, range: &Range<usize>) -> bool {
        super::names::overlaps(self.listed, range)
    }
}

/// What the later mentions of a document's found entities contain (a surname, a name, an acronym), to read only
/// the paragraphs that hold one: a few are searched for one by one (memmem), many at once (a long document
/// read in segments keeps every name it found, and would search each paragraph for each).
enum Needles<'a> {
    Few(Vec<memchr::memmem::Finder<'a>>),
    Many(Option<aho_corasick::AhoCorasick>),
}

impl<'a> Needles<'a> {
    fn new(needles: impl Iterator<Item = &'a str>) -> Needles<'a> {
        let needles: Vec<&str> = needles.collect();
        if needles.len() <= 8 {
            Needles::Few(needles.into_iter().map(memchr::memmem::Finder::new).collect())
        } else {
            // failing to build (it cannot for a few thousand short names), every paragraph is read
            Needles::Many(aho_corasick::AhoCorasick::new(needles).ok())
        }
    }

    /// Whether `hay` holds a needle.
    fn in_(&self, hay: &[u8]) -> bool {
        match self {
            Needles::Few(finders) => finders.iter().any(|n| n.find(hay).is_some()),
            Needles::Many(Some(automaton)) => automaton.is_match(hay),
            Needles::Many(None) => true,
        }
    }
}

/// Whether a span of `sorted` (in text order, none overlapping another) overlaps `range`: a long document read in
/// segments has tens of thousands of found mentions in one, and comparing each with all was quadratic.
fn overlaps_any(sorted: &[(Range<usize>, u32)], range: &Range<usize>) -> bool {
    let i = sorted.partition_point(|(s, _)| s.end <= range.start);
    sorted.get(i).is_some_and(|(s, _)| s.start < range.end)
}

/// One word of a paragraph: letters and digits, with the hyphens and apostrophes inside it (`Jean-Luc`,
/// `O'Brien`, `Mol's`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Word {
    pub range: Range<usize>,
    /// Whether it is the first word of its sentence, where every language capitalises.
    pub initial: bool,
    /// Whether it begins with a capital: only such words begin a name.
    pub capital: bool,
}

impl Word {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.range.clone()]
    }
}

fn inner_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’')
}

/// The words of `text[para]` (a paragraph, or a stretch of one), each marked if it begins one of
/// `sentences`; ASCII is read byte by byte, and only other characters are decoded.
fn words_into(text: &str, para: Range<usize>, sentences: &[Range<usize>], out: &mut Vec<Word>) {
    let mut s = sentences.partition_point(|r| r.end <= para.start);
    // a stretch that starts inside a sentence after a word of it starts with no sentence's first word
    let inside = sentences
        .get(s)
        .is_some_and(|r| r.start < para.start && text[r.start..para.start].chars().any(char::is_alphanumeric));
    let mut sentence_seen = if inside { s } else { usize::MAX };
    let mut i = para.start;
    while i < para.end {
        let (c, len) = scan::char_at(text, i);
        if !c.is_alphanumeric() {
            i += len;
            continue;
        }
        let start = i;
        i = scan::word_end(text, i, para.end);
        while s + 1 < sentences.len() && sentences[s + 1].start <= start {
            s += 1;
        }
        let initial = sentence_seen != s;
        sentence_seen = s;
        out.push(Word {
            range: start..i,
            initial,
            capital: c.is_uppercase(),
        });
    }
}

/// Whether only a single space (or a no-break space) stands between two words.
pub(super) fn adjacent(text: &str, a: &Word, b: &Word) -> bool {
    matches!(&text[a.range.end..b.range.start], " " | "\u{a0}")
}

/// Whether a word begins with a capital and has a small letter (`Granick`, not `NSA`, `young` or `2024`).
pub(super) fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

/// A name with its white space made single spaces.
fn normalise(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `Name (ACR)`: a found name followed by an acronym in brackets that its capitals spell (its small words too:
/// `GdP`) names it in the document wherever the acronym is written so. The acronyms so defined, with the found
/// entity of each.
fn acronyms<'t>(text: &'t str, found_spans: &[(Range<usize>, u32)]) -> Vec<(&'t str, u32)> {
    let mut defined = Vec::new();
    for (span, k) in found_spans {
        // after a quoted name, its closing quote
        let rest = text[span.end..].trim_start_matches(['“', '”', '"', '»', '«']);
        let Some(inner) = rest.strip_prefix(" (").and_then(|r| r.split_once(')')).map(|(a, _)| a) else {
            continue;
        };
        let acronym = inner.len() >= 2
            && inner.len() <= 8
            && inner.bytes().all(|b| b.is_ascii_alphabetic())
            && inner.bytes().filter(u8::is_ascii_uppercase).count() >= 2;
        let name = &text[span.clone()];
        let spelt = super::acronyms::spells(name, inner) || defined::spells(name, inner);
        if acronym && spelt && !defined.contains(&(inner, *k)) {
            defined.push((inner, *k));
        }
    }
    defined
}

#[cfg(test)]
mod tests {
    use super::{Finder, acronyms, overlaps_any};

    #[test]
    fn a_name_the_gazetteer_has_or_a_rule_builds_is_no_found_name() {
        let finder = Finder {
            base: 10,
            known: ["detroit", "jane doe", "acme"].into_iter().map(Finder::key).collect(),
            built_ids: vec![
                (String::new(), "-police".into()),
                ("armed-forces-of-".into(), String::new()),
            ],
            short_names: Default::default(),
            organisations: Default::default(),
        };
        for (name, known) in [
            ("Jane Doe", true),
            ("ACME", true),
            ("Detroit Police", true),
            ("Armed Forces of Detroit", true),
            ("Jane Roe", false),
            ("Austin Police", false),
            ("Police", false),
        ] {
            assert_eq!(finder.knows(name), known, "{name}");
        }
    }

    #[test]
    fn an_acronym_defined_again_is_one_definition() {
        // a long document read in segments repeats its definitions thousands of times: each paragraph's words
        // are compared with every definition, so they must be few
        let text = "the Privacy Rights Foundation (PRF) and the Privacy Rights Foundation (PRF) again";
        let spans = [(4..29, 0), (44..69, 0)];
        assert_eq!(&text[spans[1].0.clone()], "Privacy Rights Foundation");
        assert_eq!(acronyms(text, &spans), vec![("PRF", 0)]);
    }

    #[test]
    fn overlaps_are_found_in_sorted_spans() {
        let sorted = [(0..5, 0), (10..15, 1), (20..25, 2)];
        let rows = [
            (5..10, false),
            (4..6, true),
            (14..20, true),
            (15..20, false),
            (25..30, false),
            (0..1, true),
        ];
        for (range, expected) in rows {
            assert_eq!(overlaps_any(&sorted, &range), expected, "{range:?}");
        }
    }
}
