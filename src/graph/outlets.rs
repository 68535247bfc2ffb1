//! Outlets: which publications report an entity or an edge, counted exactly.
//!
//! A count of documents says how often something was written; a count of outlets says how many newsrooms wrote
//! it, which a wire story reprinted forty times does not inflate. Outlets are numbered as they are first seen
//! ([`Outlets`]), and every entity, pair and relation keeps the set of numbers of the outlets whose documents
//! name it ([`OutletSet`]).
//!
//! The sets are exact, because a count that merges exactly across shards must be (a sketch such as
//! HyperLogLog would merge exactly too, but it would answer 9 or 11 for ten outlets, and a reader checks such a
//! number against the evidence). They stay small: a set holds at most one number per outlet, not per
//! document, so it grows with the number of outlets in the corpus (hundreds, a few thousand for a national
//! crawl), never with the number of articles. Most pairs are reported by one or two outlets and cost nothing
//! beyond the set's 24 bytes; a set that would take more room as a list than as one bit per outlet known
//! becomes a bitmap, so the worst case is an eighth of a byte per outlet per pair.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The outlets seen so far, numbered in the order first seen.
#[derive(Clone, Debug, Default)]
pub(super) struct Outlets {
    names: Vec<String>,
    numbers: FxHashMap<String, u32>,
}

impl Outlets {
    /// The number of an outlet, given it by this call if it has none; `None` for a name with no letters or
    /// digits. Names are compared case-insensitively, with runs of white space as one space: `Der Spiegel`
    /// and `DER  SPIEGEL` are one outlet, `spiegel.de` another.
    pub fn number(&mut self, name: &str) -> Option<u32> {
        let key = key(name)?;
        if let Some(&n) = self.numbers.get(&key) {
            return Some(n);
        }
        let n = self.names.len() as u32;
        self.names.push(key.clone());
        self.numbers.insert(key, n);
        Some(n)
    }

    /// How many outlets have a number.
    pub fn len(&self) -> u32 {
        self.names.len() as u32
    }

    /// The outlets' names (their comparison keys), by number.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Renumbers the outlets in name order and returns, for each old number, the new one, so that what is
    /// written of them depends only on which outlets were seen, not in which order.
    pub fn sort(&mut self) -> Vec<u32> {
        let mut order: Vec<u32> = (0..self.len()).collect();
        order.sort_unstable_by(|&a, &b| self.names[a as usize].cmp(&self.names[b as usize]));
        let mut new = vec![0; order.len()];
        for (rank, &old) in order.iter().enumerate() {
            new[old as usize] = rank as u32;
        }
        let names = std::mem::take(&mut self.names);
        let mut sorted: Vec<Option<String>> = names.into_iter().map(Some).collect();
        self.names = order
            .iter()
            .map(|&old| sorted[old as usize].take().expect("each outlet once"))
            .collect();
        for (n, name) in self.names.iter().enumerate() {
            self.numbers.insert(name.clone(), n as u32);
        }
        new
    }
}

/// What an outlet is compared by: its name in lower case, white space collapsed.
fn key(name: &str) -> Option<String> {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
    key.chars().any(char::is_alphanumeric).then_some(key)
}

/// A set of outlet numbers: none, one, a short sorted list, or a bitmap over every outlet known.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) enum OutletSet {
    #[default]
    Empty,
    One(u32),
    /// Sorted, without repeats, at least two.
    Few(Box<[u32]>),
    /// Bit `n` of word `n / 64` for outlet `n`.
    Bits(Box<[u64]>),
}

impl OutletSet {
    pub fn is_empty(&self) -> bool {
        matches!(self, OutletSet::Empty)
    }

    /// Adds outlet `n`; `known` is how many outlets are numbered (more than `n`), which decides when a list
    /// becomes a bitmap.
    pub fn insert(&mut self, n: u32, known: u32) {
        match self {
            OutletSet::Empty => *self = OutletSet::One(n),
            OutletSet::One(m) if *m == n => {}
            OutletSet::One(m) => *self = OutletSet::Few(if *m < n { [*m, n] } else { [n, *m] }.into()),
            OutletSet::Few(list) => {
                let Err(at) = list.binary_search(&n) else { return };
                let words = known.div_ceil(64) as usize;
                if (list.len() + 1) * 4 > words * 8 {
                    let mut bits = vec![0u64; words].into_boxed_slice();
                    for &m in list.iter().chain([&n]) {
                        set_bit(&mut bits, m);
                    }
                    *self = OutletSet::Bits(bits);
                } else {
                    let mut grown = Vec::with_capacity(list.len() + 1);
                    grown.extend_from_slice(&list[..at]);
                    grown.push(n);
                    grown.extend_from_slice(&list[at..]);
                    *list = grown.into_boxed_slice();
                }
            }
            OutletSet::Bits(bits) => {
                if (n / 64) as usize >= bits.len() {
                    let mut grown = bits.to_vec();
                    grown.resize(known.max(n + 1).div_ceil(64) as usize, 0);
                    *bits = grown.into_boxed_slice();
                }
                set_bit(bits, n);
            }
        }
    }

    /// Number of outlets in the set.
    pub fn len(&self) -> u64 {
        match self {
            OutletSet::Empty => 0,
            OutletSet::One(_) => 1,
            OutletSet::Few(list) => list.len() as u64,
            OutletSet::Bits(bits) => bits.iter().map(|w| u64::from(w.count_ones())).sum(),
        }
    }

    /// The outlet numbers, ascending.
    pub fn iter(&self) -> Box<dyn Iterator<Item = u32> + '_> {
        match self {
            OutletSet::Empty => Box::new(std::iter::empty()),
            OutletSet::One(n) => Box::new(std::iter::once(*n)),
            OutletSet::Few(list) => Box::new(list.iter().copied()),
            OutletSet::Bits(bits) => Box::new(bits.iter().enumerate().flat_map(|(i, &word)| {
                (0..64)
                    .filter(move |b| word & (1 << b) != 0)
                    .map(move |b| (i * 64 + b) as u32)
            })),
        }
    }

    /// Adds every outlet of `other`, whose numbers `map` translates into this set's (the identity when
    /// `None`).
    pub fn union(&mut self, other: &OutletSet, map: Option<&[u32]>, known: u32) {
        for n in other.iter() {
            self.insert(map.map_or(n, |map| map[n as usize]), known);
        }
    }

    /// The same set under new numbers.
    pub fn renumbered(&self, new: &[u32], known: u32) -> OutletSet {
        let mut set = OutletSet::Empty;
        set.union(self, Some(new), known);
        set
    }
}

fn set_bit(bits: &mut [u64], n: u32) {
    bits[(n / 64) as usize] |= 1 << (n % 64);
}

/// Written as the ascending list of numbers.
impl Serialize for OutletSet {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// Read from an ascending list of numbers; the reader of a partial translates them and checks their range.
impl<'de> Deserialize<'de> for OutletSet {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<OutletSet, D::Error> {
        let list = Vec::<u32>::deserialize(deserializer)?;
        if list.windows(2).any(|w| w[0] >= w[1]) {
            return Err(serde::de::Error::custom("outlet numbers out of order"));
        }
        let known = list.last().map_or(0, |&n| n.saturating_add(1));
        let mut set = OutletSet::Empty;
        for n in list {
            set.insert(n, known);
        }
        Ok(set)
    }
}

#[cfg(test)]
mod tests {
    use super::{OutletSet, Outlets};

    #[test]
    fn names_are_compared_without_case_and_extra_spaces() {
        let mut outlets = Outlets::default();
        assert_eq!(outlets.number("Der Spiegel"), Some(0));
        assert_eq!(outlets.number("  DER   spiegel "), Some(0));
        assert_eq!(outlets.number("spiegel.de"), Some(1));
        assert_eq!(outlets.number(" – "), None);
        assert_eq!(outlets.len(), 2);
    }

    /// Whatever its representation, the set answers like a set, and renumbering keeps it.
    #[test]
    fn sets_grow_from_one_to_a_list_to_a_bitmap() {
        let known = 1000;
        let mut set = OutletSet::Empty;
        let mut all = std::collections::BTreeSet::new();
        for i in 0..300u32 {
            let n = (i * 7919) % known;
            set.insert(n, known);
            set.insert(n, known);
            all.insert(n);
            assert_eq!(set.len(), all.len() as u64);
        }
        assert!(matches!(set, OutletSet::Bits(_)));
        assert!(set.iter().eq(all.iter().copied()));
        let reverse: Vec<u32> = (0..known).rev().collect();
        let renumbered = set.renumbered(&reverse, known);
        assert!(renumbered.iter().eq(all.iter().rev().map(|n| known - 1 - n)));
        let mut few = OutletSet::Empty;
        for n in [5, 1, 3, 1] {
            few.insert(n, known);
        }
        assert_eq!(few, OutletSet::Few(vec![1, 3, 5].into()));
        let json = serde_json::to_string(&few).unwrap();
        assert_eq!(json, "[1,3,5]");
        assert_eq!(serde_json::from_str::<OutletSet>(&json).unwrap().len(), 3);
        assert!(serde_json::from_str::<OutletSet>("[3,1]").is_err());
    }

    #[test]
    fn sorting_numbers_outlets_by_name() {
        let mut outlets = Outlets::default();
        for name in ["zeit.de", "ANP", "bbc"] {
            outlets.number(name);
        }
        assert_eq!(outlets.sort(), vec![2, 0, 1]);
        assert_eq!(outlets.names(), ["anp", "bbc", "zeit.de"]);
        assert_eq!(outlets.number("Zeit.de"), Some(2));
    }
}
