//! The cue words of each language, read from the data files `cues/{en,de,nl}.txt` (embedded in the binary), and
//! the first names of `../extract/found/first-names.txt` (which `build` reads too).
//!
//! The lists are data, not code, so that a user who knows a language's press better can extend them without
//! reading the scanner: each file says at its head what its sections mean. An entry is matched
//! case-insensitively as whole words; `*head` matches the end of a compound (`*sprecher` is `Polizeisprecher`),
//! also with a German or Dutch genitive `-s`/`-es` (`Landeskriminalamts`).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use crate::gazetteer::words::Language;

/// A section of a cue file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Section {
    /// The most frequent function words, by which a document's language is guessed.
    Language,
    /// Skipped between a cue and a name; never a name's first word.
    Article,
    /// Joins the words of a name anywhere (`of`, `&`).
    Connector,
    /// Joins the words of a name that has a head of an agency (`für`, `and`).
    ConnectorAgency,
    /// Joins a first name to the rest of a person's name (`von`, `van der`).
    Particle,
    Title,
    Role,
    RoleOf,
    Speech,
    Legal,
    Agency,
    County,
    MediaBefore,
    MediaAfter,
    ProductBefore,
    ProductAfter,
    OrganisationBefore,
    OrganisationAfter,
    CityBefore,
    StateBefore,
    Stop,
    AgencyBefore,
    /// First words that make a name a product's (`Project Maven`, `Operation Shield`).
    ProductHead,
    /// Last words that make a name an organisation's (`Aeryon Labs`, `Quantum Systems`).
    OrganisationHead,
    /// The first parts of a German agency of one word that is a name (`Bundes…`: `Bundeskriminalamt`), not a
    /// kind of office (`Polizeibehörde`).
    ProperAgency,
    /// Words that, with the heads of agencies, say what an office is rather than name it (`City`, `Sheriff's`):
    /// a name of such words and heads alone (`the City Council`, `the Sheriff's Office`) is a description.
    Generic,
}

impl Section {
    fn parse(name: &str) -> Option<Section> {
        Some(match name {
            "language" => Section::Language,
            "article" => Section::Article,
            "connector" => Section::Connector,
            "connector-agency" => Section::ConnectorAgency,
            "particle" => Section::Particle,
            "title" => Section::Title,
            "role" => Section::Role,
            "role-of" => Section::RoleOf,
            "speech" => Section::Speech,
            "legal" => Section::Legal,
            "agency" => Section::Agency,
            "county" => Section::County,
            "media-before" => Section::MediaBefore,
            "media-after" => Section::MediaAfter,
            "product-before" => Section::ProductBefore,
            "product-after" => Section::ProductAfter,
            "organisation-before" => Section::OrganisationBefore,
            "organisation-after" => Section::OrganisationAfter,
            "city-before" => Section::CityBefore,
            "state-before" => Section::StateBefore,
            "stop" => Section::Stop,
            "agency-before" => Section::AgencyBefore,
            "product-head" => Section::ProductHead,
            "organisation-head" => Section::OrganisationHead,
            "proper-agency" => Section::ProperAgency,
            "generic" => Section::Generic,
            _ => return None,
        })
    }
}

/// The cues of one language.
#[derive(Debug, Default)]
pub(crate) struct Cues {
    /// Entries of one word, lower-cased, without a final dot.
    words: HashMap<Section, HashSet<String>>,
    /// `*head` entries, lower-cased.
    heads: HashMap<Section, Vec<String>>,
    /// `start*` entries, lower-cased.
    starts: HashMap<Section, Vec<String>>,
    /// Entries of several words, each lower-cased, without final dots.
    phrases: HashMap<Section, Vec<Vec<String>>>,
}

/// A word as cues compare it: lower case, without a final dot.
pub(crate) fn normal(word: &str) -> String {
    word.trim_end_matches('.').to_lowercase()
}

impl Cues {
    /// Parses a cue file; a section the code does not know is an error of the shipped data, caught by a test.
    pub(crate) fn parse(data: &str) -> Result<Cues, String> {
        let mut cues = Cues::default();
        let mut section = None;
        for (n, line) in data.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section =
                    Some(Section::parse(name).ok_or_else(|| format!("line {}: unknown section [{name}]", n + 1))?);
                continue;
            }
            let section = section.ok_or_else(|| format!("line {}: an entry before any section", n + 1))?;
            if let Some(start) = line.strip_suffix('*') {
                cues.starts.entry(section).or_default().push(normal(start));
            } else if let Some(head) = line.strip_prefix('*') {
                cues.heads.entry(section).or_default().push(normal(head));
            } else if line.contains(' ') {
                let words = line
                    .split(' ')
                    .filter(|w| !w.is_empty() && *w != "&")
                    .map(normal)
                    .collect();
                cues.phrases.entry(section).or_default().push(words);
            } else {
                cues.words.entry(section).or_default().insert(normal(line));
            }
        }
        Ok(cues)
    }

    /// Whether a word is an entry of `section` as written (not as a compound's head).
    pub(crate) fn is_word(&self, section: Section, word: &str) -> bool {
        self.words.get(&section).is_some_and(|w| w.contains(&normal(word)))
    }

    /// Whether a word starts with a `start*` entry of `section`, and goes on for three letters or more.
    pub(crate) fn starts(&self, section: Section, word: &str) -> bool {
        let word = normal(word);
        self.starts.get(&section).is_some_and(|s| {
            s.iter()
                .any(|start| word.starts_with(start.as_str()) && word.len() >= start.len() + 3)
        })
    }

    /// Whether a word is an entry of `section`, as a word or as the head of a compound.
    pub(crate) fn is(&self, section: Section, word: &str) -> bool {
        let acronym = crate::gazetteer::is_acronym(word);
        let lowered;
        let word = if word.bytes().all(|b| b.is_ascii_lowercase()) {
            word
        } else {
            lowered = normal(word);
            lowered.as_str()
        };
        if self.words.get(&section).is_some_and(|w| w.contains(word)) {
            return true;
        }
        self.heads.get(&section).is_some_and(|heads| {
            // The head of a compound, after at least three letters of something else; never in an acronym.
            !acronym
                && heads.iter().any(|head| {
                    let base = [
                        word,
                        word.strip_suffix("es").unwrap_or(""),
                        word.strip_suffix('s').unwrap_or(""),
                    ];
                    base.iter()
                        .any(|b| b == head || (b.ends_with(head.as_str()) && b.len() >= head.len() + 3))
                })
        })
    }

    /// Whether the words `before` (lower-cased, in text order) end with an entry of `section`; the length of the
    /// longest such entry.
    pub(crate) fn ends_with(&self, section: Section, before: &[String]) -> Option<usize> {
        let mut best = None;
        if let Some(last) = before.last()
            && self.is(section, last)
        {
            best = Some(1);
        }
        for phrase in self.phrases.get(&section).into_iter().flatten() {
            if before.ends_with(phrase) && best.is_none_or(|b| phrase.len() > b) {
                best = Some(phrase.len());
            }
        }
        best
    }

    /// Whether the words `after` (lower-cased, in text order) start with an entry of `section`.
    pub(crate) fn starts_with(&self, section: Section, after: &[String]) -> bool {
        after.first().is_some_and(|first| self.is(section, first))
            || self
                .phrases
                .get(&section)
                .into_iter()
                .flatten()
                .any(|phrase| after.starts_with(phrase))
    }

    /// How many of `words` (lower-cased) are the language's function words.
    pub(crate) fn language_score(&self, words: &[String]) -> usize {
        let set = &self.words[&Section::Language];
        words.iter().filter(|w| set.contains(w.as_str())).count()
    }
}

/// The cues of a language.
pub(crate) fn cues(language: Language) -> &'static Cues {
    static CUES: OnceLock<[Cues; 3]> = OnceLock::new();
    let all = CUES.get_or_init(|| {
        [
            include_str!("cues/de.txt"),
            include_str!("cues/en.txt"),
            include_str!("cues/nl.txt"),
        ]
        .map(|data| Cues::parse(data).expect("the shipped cue files parse (a test checks it)"))
    });
    &all[index(language)]
}

pub(crate) fn index(language: Language) -> usize {
    match language {
        Language::German => 0,
        Language::English => 1,
        Language::Dutch => 2,
    }
}

/// Whether a word is a common first name (`Jane`, `Jürgen`, `Sanne`).
pub(crate) fn first_name(word: &str) -> bool {
    static NAMES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    NAMES
        .get_or_init(|| {
            include_str!("../extract/found/first-names.txt")
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect()
        })
        .contains(word)
}

/// The language of a document: the one given (`de`, `en-US`, `nl`), or the one whose function words are most
/// frequent among its first thousand words; English on a tie.
pub(crate) fn language_of(given: Option<&str>, words: &[String]) -> Language {
    let given = given.map(str::to_ascii_lowercase);
    match given.as_deref().map(|g| g.get(..2).unwrap_or(g)) {
        Some("de") => return Language::German,
        Some("en") => return Language::English,
        Some("nl") => return Language::Dutch,
        _ => {}
    }
    let sample = &words[..words.len().min(1000)];
    let score = |l| cues(l).language_score(sample);
    let (en, de, nl) = (
        score(Language::English),
        score(Language::German),
        score(Language::Dutch),
    );
    if de > en && de >= nl {
        Language::German
    } else if nl > en && nl > de {
        Language::Dutch
    } else {
        Language::English
    }
}
