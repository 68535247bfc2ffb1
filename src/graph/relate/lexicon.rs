//! The cue lexicon: the words that say which relation a sentence states, per language, as data.
//!
//! A lexicon is a CSV file with the columns `cue,kind,direction,where` (and `note`, for the reader):
//!
//! - `cue`: the words, in lower case, as they stand (`sells to`, `läuft auf`, `maakt gebruik van`); a `…`
//!   splits a German or Dutch separable verb whose particle follows the object (`setzt … ein`: `ICE setzt die
//!   Software von Palantir ein`), the first part standing between the two names, the second after them.
//! - `kind`: `supplies`, `runs_on`, `partners_with`, `owned_by`, `made_by`, `works_for`; or a word that
//!   changes how the sentence is read: `passive` (`von`, `door`: a verb that stands after the second name
//!   then says the relation the other way round), `negation`, `denial`, `ended`, `demand`, `planned` (a
//!   clause with any of these states no current relation, and a sentence with a denial none: see [`super`]);
//!   or `phrase`, a fixed phrase that begins with such a word and says nothing of the kind (`gaat om`: `het gaat
//!   om de software`, it is about the software, plans nothing).
//! - `direction`: `forward` when the name before the cue is the relation's source (`Amazon sells to ICE`),
//!   `backward` when it is the target (`ICE uses Palantir`), `types` when the types of the two decide (the
//!   vendor supplies the agency in `a contract with`; the person works for the organisation), `none` for a
//!   relation without direction. With `passive`, `auxiliary` (`wird`, `wordt`: the passive needs one, or `von`
//!   is only `of`).
//! - `requires`: `public` when the customer of a `supplies` must be an agency or a place (`tests`: a critic
//!   tests a product too); `private` when the owner of an `owned_by` must be an organisation or a person, and
//!   what is owned no product, named after no `from` (`bought`: a company that buys a company owns it, an
//!   agency that buys, buys a product; `bought cameras from Hikvision` buys no Hikvision); `clause` for a `works_for` cue that is a verb of the clause (`founded`, `gegründet`,
//!   `opgericht`), read as the verbs of other relations are (no other name between the two), not as a role
//!   that stands right beside the person or the organisation.
//! - `where`: empty when the cue stands between the two names; `tail` when it may also stand after the second
//!   (a German or Dutch verb at the end of its clause: `dass ICE die Software nutzt`); `end` when it stands only
//!   there (a participle that closes its clause, `der im Ministerium gearbeitet hat`: between the names it is
//!   another clause's, `dat de politie met Clearview heeft gewerkt en minister Dekker …`); `before` when it
//!   stands right before the first (`eine Kooperation zwischen Amazon und dem Militär`); `agent` when it is a
//!   noun of the act before the first, with `of` or the like between, and the second is its agent after `by`,
//!   `durch`, `door` (`the purchase of Gotham by ICE`, `die Beschaffung der Software Gotham durch das BKA`).
//!
//! The shipped lexicons are `cues/{de,en,nl}.csv`; a user's file (`build --cues FILE`) adds to them.

use super::tokens::{Tokens, Vocabulary};
use super::words::ROLE_TAIL;
use crate::graph::EdgeKind;

/// What a cue says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Says {
    Relation(EdgeKind, Direction),
    /// The agent of a passive (`von`, `door`), which turns round a participle standing after the second name.
    Passive,
    /// A passive's auxiliary (`wird`, `wordt`), without which `von` is only `of`.
    Auxiliary,
    /// A word by which the sentence states no current relation.
    Gate(Gate),
    /// A fixed phrase that begins with a cue's word and says nothing (`het gaat om`, it is about): as the
    /// longest cue there, it keeps the shorter one (`gaat`, a plan) from being read.
    Phrase,
}

/// Why a sentence states no current relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gate {
    /// `not`, `kein`, `geen`: for every relation in its clause.
    Negation,
    /// `denied`, `bestreitet`, `ontkent`: for every relation of the sentence, wherever it stands (`Palantir
    /// supplies ICE, a spokesperson denied`).
    Denial,
    /// `stopped`, `beendet`, `former`: for every relation.
    Ended,
    /// `should`, `fordern`, `eisen`: for what is done, not for who someone is (a role stands).
    Demand,
    /// `will`, `plant`, `zou`: likewise.
    Planned,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Direction {
    Forward,
    Backward,
    Types,
    None,
}

/// Where a cue stands relative to the two names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Place {
    Between,
    /// Between, or after the second name within its clause.
    Tail,
    /// Only after the second name, within its clause.
    End,
    Before,
    /// Before the first name, the second after an agent's preposition.
    Agent,
}

#[derive(Clone, Debug)]
pub(super) struct Cue {
    /// What the cue's `requires` column asks.
    pub requires: Requires,
    /// The words (of the first part, for a separable verb).
    pub words: Vec<Box<str>>,
    /// The words of a separable verb's second part, which stand after the second name; empty otherwise.
    pub particle: Vec<Box<str>>,
    /// The numbers of `words` and of `particle` in the [`Vocabulary`] the lexicon was last [numbered
    /// by](Lexicon::number).
    pub ids: Vec<u32>,
    pub particle_ids: Vec<u32>,
    pub says: Says,
    pub place: Place,
}

/// What a cue asks of the pair it types (the lexicon's `requires` column).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Requires {
    /// `public`: the customer of a `supplies` must be an agency or a place (a critic tests a product too:
    /// `ACLU testete Rekognition`).
    pub public: bool,
    /// `private`: the owner of an `owned_by` must be an organisation or a person, and what it owns no product
    /// and not named after `from` (`Amazon bought Ring`, but `ICE bought Gotham`, `bought cameras from
    /// Hikvision`).
    pub private: bool,
    /// `clause`: a `works_for` verb (`founded`), read as other relations' verbs are, not as a role.
    pub clause: bool,
}

/// The cues of one or more files, indexed by the number of their first word once [numbered](Lexicon::number).
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    pub(super) cues: Vec<Cue>,
    /// The cues that begin with each word, by its number.
    by_first: Vec<Vec<u32>>,
    /// Whether the lexicon's language builds compounds on its roles (German, Dutch): a word that ends in a role
    /// of [`heads`](Self::heads) is that role (`Pressesprecher`, `Verteidigungsminister`,
    /// `politiewoordvoerder`, `biometriespecialist`). The press builds them freely, and no list has them all.
    pub(super) compounds: bool,
    /// The one-word roles of four letters or more (`works_for` cues that are no verb), by their word, with the
    /// index of their cue; filled by [`number`](Self::number) when the lexicon [`compounds`](Self::compounds).
    heads: rustc_hash::FxHashMap<Box<str>, u32>,
    /// The lengths the heads have, longest first. Every word of a sentence with two names is asked whether it
    /// ends in one, and reading every suffix of each cost a seventh of a build: a word is looked up only when
    /// its last bytes are a head's (a bit the tokens carry, see `ROLE_TAIL`), and then only at these lengths.
    head_lengths: Vec<usize>,
}

/// A lexicon file that cannot be read, with where.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct LexiconError {
    pub file: String,
    pub line: u64,
    pub message: String,
}

impl Lexicon {
    /// Reads a lexicon from a CSV text, naming `file` in errors.
    pub fn parse(file: &str, text: &str) -> Result<Lexicon, LexiconError> {
        let mut lexicon = Lexicon::default();
        lexicon.add(file, text)?;
        Ok(lexicon)
    }

    /// Adds the cues of a CSV text.
    pub fn add(&mut self, file: &str, text: &str) -> Result<(), LexiconError> {
        let error = |line: u64, message: String| LexiconError {
            file: file.to_string(),
            line,
            message,
        };
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
        let headers: Vec<String> = reader
            .headers()
            .map_err(|e| error(1, format!("cannot read the header: {e}")))?
            .iter()
            .map(|h| h.trim().to_lowercase())
            .collect();
        let column = |name: &str| headers.iter().position(|h| h == name);
        let (Some(cue_at), Some(kind_at)) = (column("cue"), column("kind")) else {
            return Err(error(1, "the header needs the columns cue and kind".into()));
        };
        let (direction_at, where_at, requires_at) = (column("direction"), column("where"), column("requires"));
        for record in reader.records() {
            let record = record.map_err(|e| error(e.position().map_or(0, |p| p.line()), e.to_string()))?;
            let line = record.position().map_or(0, |p| p.line());
            let cell = |at: Option<usize>| at.and_then(|i| record.get(i)).unwrap_or("").trim().to_lowercase();
            let cue = cell(Some(cue_at));
            if cue.is_empty() {
                continue;
            }
            let direction = match cell(direction_at).as_str() {
                "" | "none" => Direction::None,
                "forward" => Direction::Forward,
                "backward" => Direction::Backward,
                "types" => Direction::Types,
                other => {
                    return Err(error(
                        line,
                        format!("unknown direction `{other}` (forward, backward, types, none)"),
                    ));
                }
            };
            let kind = cell(Some(kind_at));
            let says = match kind.as_str() {
                "passive" => Says::Passive,
                "auxiliary" => Says::Auxiliary,
                "negation" => Says::Gate(Gate::Negation),
                "denial" => Says::Gate(Gate::Denial),
                "ended" => Says::Gate(Gate::Ended),
                "demand" => Says::Gate(Gate::Demand),
                "planned" => Says::Gate(Gate::Planned),
                "phrase" => Says::Phrase,
                name => match EdgeKind::from_name(name)
                    .filter(|k| *k != EdgeKind::Cooccurrence && *k != EdgeKind::LocatedIn)
                {
                    Some(kind) => Says::Relation(kind, direction),
                    None => {
                        return Err(error(
                            line,
                            format!(
                                "unknown kind `{name}` (supplies, runs_on, partners_with, owned_by, made_by, works_for, \
                                 passive, negation, denial, ended, demand, planned, phrase)"
                            ),
                        ));
                    }
                },
            };
            let place = match cell(where_at).as_str() {
                "" | "between" => Place::Between,
                "tail" => Place::Tail,
                "end" => Place::End,
                "before" => Place::Before,
                "agent" => Place::Agent,
                other => {
                    return Err(error(
                        line,
                        format!("unknown place `{other}` (between, tail, end, before, agent)"),
                    ));
                }
            };
            let (public, private, clause) = match cell(requires_at).as_str() {
                "" => (false, false, false),
                "public" => (true, false, false),
                "private" if matches!(says, Says::Relation(EdgeKind::OwnedBy, _)) => (false, true, false),
                "private" => {
                    return Err(error(
                        line,
                        "`requires: private` is for owned_by cues (a verb such as `bought`)".into(),
                    ));
                }
                "clause" if matches!(says, Says::Relation(EdgeKind::WorksFor, _)) => (false, false, true),
                "clause" => {
                    return Err(error(
                        line,
                        "`requires: clause` is for works_for cues (a verb such as `founded`)".into(),
                    ));
                }
                other => {
                    return Err(error(
                        line,
                        format!("unknown requirement `{other}` (public, private, clause)"),
                    ));
                }
            };
            let split = |part: &str| -> Vec<Box<str>> {
                part.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(Box::from)
                    .collect()
            };
            let (first, particle) = match cue.split_once('…') {
                Some((first, particle)) => (split(first), split(particle)),
                None => (split(&cue), Vec::new()),
            };
            if first.is_empty() || (cue.contains('…') && particle.is_empty()) {
                return Err(error(line, format!("`{cue}` has no words on one side of its …")));
            }
            self.cues.push(Cue {
                requires: Requires {
                    public,
                    private,
                    clause,
                },
                words: first,
                particle,
                ids: Vec::new(),
                particle_ids: Vec::new(),
                says,
                place,
            });
        }
        Ok(())
    }

    /// Numbers the cues' words by `vocabulary`, adding those it lacks, and indexes the cues by their first
    /// word: what [`at`](Self::at) reads. Needed again after [`add`](Self::add).
    pub(super) fn number(&mut self, vocabulary: &mut Vocabulary) {
        self.by_first.clear();
        self.heads.clear();
        if self.compounds {
            for (i, cue) in self.cues.iter().enumerate() {
                let role = matches!(cue.says, Says::Relation(EdgeKind::WorksFor, Direction::Types));
                if role && !cue.requires.clause && cue.words.len() == 1 && cue.words[0].chars().count() >= 4 {
                    self.heads.entry(cue.words[0].clone()).or_insert(i as u32);
                }
            }
        }
        for head in self.heads.keys() {
            vocabulary.add_role_tail(head);
        }
        self.head_lengths = self.heads.keys().map(|h| h.len()).collect();
        self.head_lengths.sort_unstable_by(|a, b| b.cmp(a));
        self.head_lengths.dedup();
        for (i, cue) in self.cues.iter_mut().enumerate() {
            cue.ids = cue.words.iter().map(|w| vocabulary.add(w)).collect();
            cue.particle_ids = cue.particle.iter().map(|w| vocabulary.add(w)).collect();
            let first = cue.ids[0] as usize;
            if self.by_first.len() <= first {
                self.by_first.resize(first + 1, Vec::new());
            }
            self.by_first[first].push(i as u32);
        }
        // the longest first, and cues of the same words together (split cues share their first part: `für …
        // gebaut`, `für … entwickelt`), so that `longest_at` tests each part once and stops at the shorter
        let cues = &self.cues;
        for list in &mut self.by_first {
            list.sort_by(|&a, &b| {
                let (a_ids, b_ids) = (&cues[a as usize].ids, &cues[b as usize].ids);
                b_ids
                    .len()
                    .cmp(&a_ids.len())
                    .then_with(|| a_ids.cmp(b_ids))
                    .then(a.cmp(&b))
            });
        }
    }

    /// The longest cues whose words start at token `at` (several when they are as long), appended to `out`:
    /// asked for every word of a sentence, in one pass over the few candidates, into a vector that is there.
    pub(super) fn longest_at<'l>(&'l self, tokens: &Tokens, at: usize, out: &mut Vec<&'l Cue>) {
        let Some(candidates) = self.by_first.get(tokens.ids[at] as usize) else {
            // (an unknown word may be a compound on a role)
            if tokens.is(at, ROLE_TAIL) {
                out.extend(self.compound_role(tokens, at));
            }
            return;
        };
        let from = out.len();
        let mut longest = 0;
        // (the candidates come longest first, the same words together: see `number`)
        let mut tested: (&[u32], bool) = (&[], false);
        for &i in candidates {
            let cue = &self.cues[i as usize];
            if cue.ids.len() < longest {
                break;
            }
            if tested.0 != cue.ids.as_slice() {
                tested = (&cue.ids, tokens.matches(at, &cue.ids));
            }
            if !tested.1 {
                continue;
            }
            longest = cue.ids.len();
            out.push(cue);
        }
        if out.len() == from && tokens.is(at, ROLE_TAIL) {
            out.extend(self.compound_role(tokens, at));
        }
    }

    /// The role the word at token `at` ends in as a compound, with three letters or more before it
    /// (`Pressesprecher`: `sprecher`), in a lexicon that [`compounds`](Self::compounds); asked where no cue of
    /// the lexicon begins.
    pub(super) fn compound_role(&self, tokens: &Tokens, at: usize) -> Option<&Cue> {
        if self.heads.is_empty() || !tokens.is(at, ROLE_TAIL) {
            return None;
        }
        let word = tokens.word(at);
        // the longest head first, with three letters or more before it
        self.head_lengths
            .iter()
            .filter(|&&l| word.len() >= l + 3 && word.is_char_boundary(word.len() - l))
            .find_map(|&l| self.heads.get(&word[word.len() - l..]))
            .filter(|_| word.chars().count() >= 7)
            .map(|&i| &self.cues[i as usize])
    }

    /// The longest cues whose words start at token `at`.
    pub(super) fn at(&self, tokens: &Tokens, at: usize) -> impl Iterator<Item = &Cue> {
        let mut cues = Vec::new();
        self.longest_at(tokens, at, &mut cues);
        cues.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_lexicons_load() {
        for (name, text) in super::super::SHIPPED {
            let lexicon = Lexicon::parse(name, text).unwrap();
            assert!(lexicon.cues.len() > 100, "{name}");
        }
    }

    #[test]
    fn errors_name_file_and_line() {
        for (text, expected) in [
            ("cue,kind\nsells,likes\n", "x.csv:2: unknown kind `likes`"),
            (
                "cue,kind,direction\nsells,supplies,sideways\n",
                "x.csv:2: unknown direction `sideways`",
            ),
            (
                "cue,kind,where\nsells,supplies,above\n",
                "x.csv:2: unknown place `above`",
            ),
            ("cue,kind\nsetzt …,supplies\n", "x.csv:2: `setzt …` has no words"),
            ("word,kind\n", "x.csv:1: the header needs"),
            ("cue,kind\nx,located_in\n", "unknown kind `located_in`"),
            ("cue,kind\nx,cooccurrence\n", "unknown kind `cooccurrence`"),
            (
                "cue,kind,direction,where,requires\nsold,supplies,forward,,clause\n",
                "x.csv:2: `requires: clause` is for works_for cues",
            ),
        ] {
            let error = Lexicon::parse("x.csv", text).unwrap_err().to_string();
            assert!(error.starts_with(expected) || error.contains(expected), "{error}");
        }
        let mut lexicon = Lexicon::parse("x.csv", "cue,kind,direction\nsetzt … ein,supplies,backward\n").unwrap();
        assert_eq!(lexicon.cues[0].words, vec![Box::<str>::from("setzt")]);
        assert_eq!(lexicon.cues[0].particle, vec![Box::<str>::from("ein")]);
        lexicon
            .add("y.csv", "cue,kind,requires\nnicht,negation,\ntestet,supplies,public\n")
            .unwrap();
        assert_eq!(lexicon.cues[1].says, Says::Gate(Gate::Negation));
        assert!(lexicon.cues[2].requires.public);
        assert!(Lexicon::parse("z.csv", "cue,kind,requires\nx,supplies,friends\n").is_err());
    }
}
