//! The gazetteer: the entities a user cares about, each with the surface forms that name it.
//!
//! It lives in CSV files a person can read and edit in a spreadsheet: one row per entity, columns `name`, `type`
//! and `aliases` (more surface forms, separated by `|`), optionally `id` (a stable slug, derived from `name` when
//! absent), `match` and `context` (how an ambiguous name may match, see [`MatchRule`]) and `owner` (the id of the
//! entity that owns or makes this one). Every other column is kept as a node attribute (`wikidata`, `country`,
//! `note`, …).
//!
//! Loading is all or nothing: every problem of every file is collected, each with its file and line, and the
//! load fails if there is one, so a half-read gazetteer can never produce a plausible-looking graph.
//!
//! A gazetteer may be layered: later files add entities and change or remove those of earlier ones (see
//! `layers`), so that a user's list extends the one shipped in the binary (see [`source`]).

mod built;
pub mod check;
mod layers;
mod lint;
mod load;
pub mod places;
mod problem;
mod rows;
pub mod rules;
pub mod source;
mod spreadsheet;
mod types;
mod validate;
pub mod words;

use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};

pub use built::Built;
pub use layers::{Change, Removed};
pub use problem::{LoadError, Problem};
pub use rules::{Rule, RuleForm};
pub use source::Source;
pub use types::KNOWN_TYPES;

/// One entity of the gazetteer.
#[derive(Clone, Debug)]
pub struct Entity {
    /// Stable identifier: the `id` column, or a slug of the name.
    pub id: String,
    /// Canonical name, used as the node label.
    pub name: String,
    /// Entity type (`organisation`, `agency`, `product`, `city`, `county`, `state`, `country`, `person`, or any other word).
    pub kind: String,
    /// Surface forms besides the name, as written in the file.
    pub aliases: Vec<String>,
    /// How the entity's forms may match.
    pub rule: MatchRule,
    /// Id of the entity that owns or makes this one (the `owner` column).
    pub owner: Option<String>,
    /// A place's adjectives from its `adjectives` column, `(language, form)`, as written; see [`places`].
    pub adjectives: Vec<(String, String)>,
    /// The file's other columns: (column name, value), in the file's column order. Empty cells are left out.
    /// A list with shared names rather than a map: a gazetteer drawn from Wikidata has a million entities with
    /// a column or two each, and a map per entity was a third of its memory.
    pub attributes: Vec<(Arc<str>, String)>,
    /// Where the entity was defined.
    pub origin: Origin,
}

impl Entity {
    /// Every surface form: the name first, then the aliases.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// The value of an attribute column (`country`, `wikidata`).
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// How an entity's forms may match, beyond the default (case-insensitive, except that a form written all in
/// capitals, an acronym like `ICE` or `DAS`, matches only as written).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MatchRule {
    /// `match` column `case-sensitive`: every form matches only as written (`Apple`, not `apple`).
    pub case_sensitive: bool,
    /// `match` column `accept-word`: forms match as by default, and the user has judged that a form which is
    /// also an ordinary word is, in their articles, the name (`amazon workers` is about the company, not about
    /// a warrior woman). It changes nothing in matching; `gazetteer check` takes it as the rule the word needs.
    pub accept_word: bool,
    /// `context` column: ids of entities that must be mentioned near this entity's one-word forms for them to
    /// count (`Ring` counts only next to `Amazon`; `Ring Doorbell` always counts); near is `context_scope`. A
    /// document that names the entity by a longer form licenses its one-word forms anywhere in it.
    pub context: Vec<String>,
    /// `context_scope` column: how near a context entity must be.
    pub context_scope: ContextScope,
    /// `match` column `in-rules`: the entity's one-word forms (and a place's adjectives, always) count only
    /// inside a name a [rule](rules) builds (`Polizei Essen`, `Stadt Essen`), never alone: for places whose
    /// name is an ordinary word (`Essen`, `Mobile`, `Reading`) or a person's name.
    pub in_rules: bool,
}

/// How near a `context` entity must be mentioned for a one-word form to count (the `context_scope` column).
///
/// The default, `document`, is the scope that was right most often on the two gold sets, measured with every
/// entity of the shipped gazetteer set to each scope in turn (`gazegraph eval`, mentions found and correct):
///
/// | scope     | seeds (457 gold mentions) | held-out set (285) |
/// |-----------|---------------------------|--------------------|
/// | sentence  | 448 found, 448 correct    | 221 found, 205 correct |
/// | paragraph | 454 found, 454 correct    | 222 found, 206 correct |
/// | document  | 456 found, 456 correct    | 222 found, 206 correct |
///
/// A narrower scope dropped correct mentions (`ICE`, `Alexa`, `Echo`, the township `Alexandra` on the seeds,
/// their context entities a sentence or a paragraph away) and no false one on either set, so it is a choice per entity, for the form whose other
/// sense shares documents with its context (`Hermes` the parcel company in a text on Frontex' drones).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ContextScope {
    /// The same sentence.
    Sentence,
    /// The same paragraph.
    Paragraph,
    /// Anywhere in the document.
    #[default]
    Document,
}

impl ContextScope {
    pub const ALL: [ContextScope; 3] = [ContextScope::Sentence, ContextScope::Paragraph, ContextScope::Document];

    /// The word of the `context_scope` column.
    pub fn name(self) -> &'static str {
        match self {
            ContextScope::Sentence => "sentence",
            ContextScope::Paragraph => "paragraph",
            ContextScope::Document => "document",
        }
    }

    /// Reads the word of the `context_scope` column.
    pub fn parse(word: &str) -> Option<ContextScope> {
        ContextScope::ALL
            .into_iter()
            .find(|s| s.name().eq_ignore_ascii_case(word.trim()))
    }
}

/// A file and line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// Shared by the entities of one file.
    pub file: Arc<Path>,
    pub line: u64,
}

/// A problem at a row and column of a gazetteer file: what loading, layering and the lint all report.
pub(super) fn problem_at(origin: &Origin, column: &str, message: String, hint: Option<String>) -> Problem {
    Problem {
        file: origin.file.to_path_buf(),
        line: Some(origin.line),
        column: Some(column.to_string()),
        message,
        hint,
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file.display(), self.line)
    }
}

/// What to do with a form that names more than one entity (two cities called `Saint Paul`, or `Saint-Paul` and
/// `Saint Paul`, which fold alike).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Ambiguous {
    /// Refuse the gazetteer, naming each such form: in a curated gazetteer it is a mistake.
    #[default]
    Refuse,
    /// Leave the form out of matching for every entity it names, with one warning that counts them: a
    /// gazetteer drawn from Wikidata or GeoNames has thousands, and taking one entity would invent links.
    Drop,
}

/// How to load a gazetteer.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// What a form that names several entities (or an ordinary word with no rule) does.
    pub ambiguous: Ambiguous,
    /// The encoding of files that are neither UTF-8 nor UTF-16 with a byte-order mark; guessed when `None`, as
    /// for articles.
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

/// A loaded, validated gazetteer.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    /// Folded forms that name several entities, left out of matching ([`Ambiguous::Drop`]).
    ambiguous: FxHashSet<String>,
    by_id: FxHashMap<String, usize>,
    attribute_names: Vec<String>,
    sha256: String,
    files: Vec<PathBuf>,
    /// What it was loaded from, when loaded with [`Gazetteer::open`].
    sources: Vec<Source>,
    warnings: Vec<Problem>,
    rules: Vec<Rule>,
    built: built::Built,
    changes: Vec<Change>,
    removed: Vec<Removed>,
}

impl Gazetteer {
    /// Loads the sources in order, each a layer on the ones before: every `*.csv` of a folder (not
    /// recursively, in sorted order), a file, or the shipped gazetteer.
    pub fn open(sources: &[Source], options: &Options) -> Result<Gazetteer, LoadError> {
        load::load(sources, options)
    }

    /// The gazetteer built into gazegraph.
    pub fn shipped() -> Result<Gazetteer, LoadError> {
        Gazetteer::open(&[Source::Shipped], &Options::default())
    }

    /// Loads every `*.csv` of each folder (not recursively) and each file given, in sorted order.
    pub fn load<P: AsRef<Path>>(paths: &[P]) -> Result<Gazetteer, LoadError> {
        Gazetteer::load_with(paths, Ambiguous::Refuse)
    }

    /// [`Gazetteer::load`], with a choice of what a form that names several entities does.
    pub fn load_with<P: AsRef<Path>>(paths: &[P], ambiguous: Ambiguous) -> Result<Gazetteer, LoadError> {
        let sources: Vec<Source> = paths.iter().map(|p| Source::Path(p.as_ref().to_path_buf())).collect();
        Gazetteer::open(
            &sources,
            &Options {
                ambiguous,
                ..Options::default()
            },
        )
    }

    /// Parses files' bytes as if read from their paths, in the order given; for tests, fuzzing and gazetteers
    /// that do not live on disk.
    pub fn from_files(files: Vec<(PathBuf, Vec<u8>)>) -> Result<Gazetteer, LoadError> {
        load::from_sources(files, &Options::default())
    }

    /// Parses one CSV text as if it were the file `name`; for tests and embedded gazetteers.
    pub fn from_csv(name: &str, text: &str) -> Result<Gazetteer, LoadError> {
        load::from_sources(
            vec![(PathBuf::from(name), text.as_bytes().to_vec())],
            &Options::default(),
        )
    }

    /// Whether a folded form names several entities and is left out of matching ([`Ambiguous::Drop`]).
    pub fn is_ambiguous(&self, folded: &str) -> bool {
        self.ambiguous.contains(folded)
    }

    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    pub fn len(&self) -> usize {
        self.entities.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// The index of the entity with this id, listed or built by a rule.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        if let Some(&i) = self.by_id.get(id) {
            return Some(i);
        }
        self.rules.iter().enumerate().find_map(|(r, rule)| {
            let place = self.by_id.get(rule.place_id(id)?)?;
            let i = self.built.index(r, *place)? as usize;
            (i >= self.entities.len()).then_some(i)
        })
    }

    /// The listed entity with this id.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.entities[i])
    }

    /// The rules, in the order of their files and rows.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// How many entity indices there are: the listed entities (`0..len()`), then everything the rules can
    /// build (see [`Gazetteer::entity`]).
    pub fn entity_space(&self) -> usize {
        self.built.end()
    }

    /// What rule `rule` yields for the listed place `place`: a listed entity (the list wins), a built one, or
    /// `None` when the rule does not apply to it or names the place itself.
    pub fn built(&self, rule: usize, place: usize) -> Option<usize> {
        self.built.index(rule, place).map(|i| i as usize)
    }

    /// The numbering of what the rules build, for the matcher to look up.
    pub fn built_entities(&self) -> &Built {
        &self.built
    }

    /// The rule and place a built entity's index comes from; `None` for a listed entity.
    pub fn built_from(&self, index: usize) -> Option<(&Rule, &Entity)> {
        let (rule, place) = self.built.source(index)?;
        Some((&self.rules[rule], &self.entities[place]))
    }

    /// The place an entity is located in by a rule: the place a built entity is built from, or the place of
    /// which a listed entity is what a rule builds (`detroit-police-department` for Detroit).
    pub fn located_in(&self, index: usize) -> Option<usize> {
        match self.built.source(index) {
            Some((_, place)) => Some(place),
            None => self.built.listed_place(index),
        }
    }

    /// The entity at an index: a listed one as it is, a built one made now, with its id and name from the rule's
    /// templates, the rule's type, no forms of its own, and the attributes `origin` (`rule`), `rule` and
    /// `located_in`.
    pub fn entity(&self, index: usize) -> Cow<'_, Entity> {
        if let Some(entity) = self.entities.get(index) {
            return Cow::Borrowed(entity);
        }
        let (rule, place) = self.built_from(index).expect("an entity index is below entity_space()");
        let shared = |name: &str| Arc::<str>::from(name);
        Cow::Owned(Entity {
            id: rule.built_id(place),
            name: rule.built_name(place),
            kind: rule.kind.clone(),
            aliases: Vec::new(),
            rule: MatchRule::default(),
            owner: None,
            adjectives: Vec::new(),
            attributes: vec![
                (shared("located_in"), place.id.clone()),
                (shared("origin"), "rule".to_string()),
                (shared("rule"), rule.id.clone()),
            ],
            origin: rule.origin.clone(),
        })
    }

    /// The id of the entity at an index (see [`Gazetteer::entity`]).
    pub fn id_of(&self, index: usize) -> Cow<'_, str> {
        match self.entities.get(index) {
            Some(entity) => Cow::Borrowed(entity.id.as_str()),
            None => Cow::Owned(self.entity(index).id.clone()),
        }
    }

    /// The type of the entity at an index.
    pub fn kind_of(&self, index: usize) -> &str {
        match self.entities.get(index) {
            Some(entity) => &entity.kind,
            None => {
                &self
                    .built_from(index)
                    .expect("an entity index is below entity_space()")
                    .0
                    .kind
            }
        }
    }

    /// The names of the extra columns of all files, sorted.
    pub fn attribute_names(&self) -> &[String] {
        &self.attribute_names
    }

    /// SHA-256 of the files' names and bytes, in load order: what a graph's metadata records so a result can be
    /// traced to the gazetteer that made it.
    pub fn sha256(&self) -> &str {
        &self.sha256
    }

    /// The files loaded, in order (the shipped ones as `<shipped>/agencies.csv`, …).
    pub fn files(&self) -> &[PathBuf] {
        &self.files
    }

    /// What the gazetteer was loaded from with [`Gazetteer::open`] (empty when it was made from bytes).
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// What rows of later files changed in the entities of earlier ones, in the order of the rows; an entity
    /// no row changed is as its own row defines it ([`Entity::origin`]).
    pub fn changes(&self) -> &[Change] {
        &self.changes
    }

    /// The entities a later row removed.
    pub fn removed(&self) -> &[Removed] {
        &self.removed
    }

    /// Problems that did not stop the load (an empty alias between two `|`, say).
    pub fn warnings(&self) -> &[Problem] {
        &self.warnings
    }
}

/// The id derived from a name when a row has none, and the id of an entity found in the text: lower case,
/// runs of anything but letters and digits replaced by one `-`, Latin letters without their accents, German
/// umlauts and `ß` as German writes them without (`ae`, `oe`, `ue`, `ss`). `Detroit Police Department` becomes
/// `detroit-police-department`, `Christoph Pölzl` `christoph-poelzl`, `José Pérez` `jose-perez`: ids are ASCII,
/// as the shipped gazetteer's and the gold sets' are, easy to type and to link to.
pub fn slug(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '_' {
            if dash && !slug.is_empty() {
                slug.push('-');
            }
            match c {
                'ä' | 'Ä' => slug.push_str("ae"),
                'ö' | 'Ö' => slug.push_str("oe"),
                'ü' | 'Ü' => slug.push_str("ue"),
                'ß' => slug.push_str("ss"),
                c if c.is_ascii() => slug.push(c.to_ascii_lowercase()),
                // (a letter of another script stays as it is)
                c => slug.extend(crate::text::fold::without_marks(c).flat_map(char::to_lowercase)),
            }
            dash = false;
        } else {
            dash = true;
        }
    }
    slug
}

/// The attribute columns a built entity has (see [`Gazetteer::entity`]), which a gazetteer column may not be
/// called.
pub const BUILT_ATTRIBUTES: &[&str] = &["located_in", "origin", "rule"];

/// Whether a surface form is an acronym, written all in capitals (`ICE`, `U.S.`, `NYPD`, `LT2-F`): such forms
/// match only as written, so that `Das` and `das` are never the Domain Awareness System while `DAS` is.
pub fn is_acronym(form: &str) -> bool {
    form.chars().any(char::is_uppercase) && !form.chars().any(char::is_lowercase)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_ids() {
        for (name, id) in [
            ("Detroit Police Department", "detroit-police-department"),
            ("Christoph Pölzl", "christoph-poelzl"),
            ("Amt für Heeresentwicklung", "amt-fuer-heeresentwicklung"),
            ("Straße", "strasse"),
            ("José Pérez", "jose-perez"),
            ("Zürich", "zuerich"),
            ("  Sheriff's  Office ", "sheriff-s-office"),
            ("Москва", "москва"),
        ] {
            assert_eq!(slug(name), id, "{name}");
        }
    }

    /// An entity with nothing but an id, a name and a type, for tests.
    pub(crate) fn entity(id: &str, name: &str, kind: &str) -> Entity {
        Entity {
            id: id.to_string(),
            name: name.to_string(),
            kind: kind.to_string(),
            aliases: Vec::new(),
            rule: MatchRule::default(),
            owner: None,
            adjectives: Vec::new(),
            attributes: Vec::new(),
            origin: Origin {
                file: Arc::from(Path::new("test.csv")),
                line: 2,
            },
        }
    }
}
