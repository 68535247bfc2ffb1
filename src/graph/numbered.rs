//! The entities found in the text (see [`crate::extract::found`]), numbered for the graph; the accumulator
//! keeps them (see `Accumulator::number_found`).
//!
//! A document numbers its found entities itself, after the gazetteer's indices, in the order it finds them;
//! two documents may give one name two numbers, or two names one. The accumulator gives each id one number,
//! in the order documents are added, which is input order (or a partial's sorted order), so that the graph,
//! its partials and every output are the same whatever the number of threads; and it renumbers each
//! contribution to it before adding it.

use std::borrow::Cow;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::extract::found::Found;
use crate::gazetteer::{Entity, Gazetteer, MatchRule, Origin};

/// The found entities of a build, numbered from `base`.
#[derive(Clone, Debug, Default)]
pub(super) struct Numbered {
    base: u32,
    list: Vec<Found>,
    by_id: FxHashMap<String, u32>,
}

impl Numbered {
    pub fn new(base: usize) -> Numbered {
        Numbered {
            base: base as u32,
            ..Numbered::default()
        }
    }

    /// The number of a found entity, given one when it is new (a name found again under another kind keeps
    /// the kind it was found as first).
    pub fn number(&mut self, found: &Found) -> u32 {
        if let Some(&n) = self.by_id.get(&found.id) {
            return n;
        }
        let n = self.base + self.list.len() as u32;
        self.by_id.insert(found.id.clone(), n);
        self.list.push(found.clone());
        n
    }

    /// The found entity numbered `index`.
    pub fn get(&self, index: usize) -> Option<&Found> {
        index.checked_sub(self.base as usize).and_then(|k| self.list.get(k))
    }

    /// The number of a found entity's id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).map(|&n| n as usize)
    }

    /// The first number.
    pub fn base(&self) -> u32 {
        self.base
    }

    /// One past the last number.
    pub fn end(&self) -> usize {
        self.base as usize + self.list.len()
    }
}

/// A found entity as the graph shows it: its id, name and type, and the attributes `origin` (`text`) and
/// `found_by`, how the text named it.
fn entity(found: &Found) -> Entity {
    let shared = |name: &str| Arc::<str>::from(name);
    Entity {
        id: found.id.clone(),
        name: found.name.clone(),
        kind: found.kind.type_name().to_string(),
        aliases: Vec::new(),
        rule: MatchRule::default(),
        owner: None,
        adjectives: Vec::new(),
        attributes: vec![
            (shared("found_by"), found.kind.how().to_string()),
            (shared("origin"), "text".to_string()),
        ],
        origin: Origin {
            file: Arc::from(std::path::Path::new("")),
            line: 0,
        },
    }
}

impl Numbered {
    /// The entity at an index: the gazetteer's, or one found in the text.
    pub fn entity<'g>(&self, gazetteer: &'g Gazetteer, index: usize) -> Cow<'g, Entity> {
        match self.get(index) {
            Some(found) => Cow::Owned(entity(found)),
            None => gazetteer.entity(index),
        }
    }

    /// The id of the entity at an index.
    pub fn id_of<'g>(&'g self, gazetteer: &'g Gazetteer, index: usize) -> Cow<'g, str> {
        match self.get(index) {
            Some(found) => Cow::Borrowed(found.id.as_str()),
            None => gazetteer.id_of(index),
        }
    }
}
