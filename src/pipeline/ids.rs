//! The document ids a build has given out, so that a repeated one gets another (`id~2`, `id~3`, …).
//!
//! A build must remember every id it gave, which for a million articles is the only thing it holds that grows
//! with the corpus rather than with the graph. So a build keeps a 64-bit hash of each, in a sorted array
//! (8 bytes an id, where the ids themselves took about 100 with their strings and map entries, and a hash set
//! of the hashes 14 to 27 as it grew): the 1 GB benchmark corpus (175,000 articles) then peaks within a few
//! percent of its 100 MB sample. Two different ids that hash alike would make the second `~2` by mistake, a
//! renamed document and nothing else, with a chance of about one in a billion for 175,000 documents. A partial
//! build keeps the ids themselves, because it lists them for `merge`.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHashSet};

pub(super) enum Ids {
    /// Every id, with how often it was asked for.
    Kept(FxHashMap<String, u32>),
    /// The hash of every id; and how often it was asked for, for the ids asked for more than once.
    Hashed {
        given: Hashes,
        repeated: FxHashMap<u64, u32>,
    },
}

impl Ids {
    pub(super) fn new(keep: bool) -> Ids {
        if keep {
            Ids::Kept(FxHashMap::default())
        } else {
            Ids::Hashed {
                given: Hashes::default(),
                repeated: FxHashMap::default(),
            }
        }
    }

    /// A new id for a document whose id is taken, or `None` when it is free (and now taken).
    pub(super) fn claim(&mut self, id: &str) -> Option<String> {
        // The k-th document with an id takes the first free of `id~k`, `id~(k+1)`, …
        let mut n = match self {
            Ids::Kept(ids) => {
                let seen = ids.entry(id.to_string()).or_insert(0);
                *seen += 1;
                *seen
            }
            Ids::Hashed { given, repeated } => {
                let hash = hash(id);
                if given.insert(hash) {
                    1
                } else {
                    let seen = repeated.entry(hash).or_insert(1);
                    *seen += 1;
                    *seen
                }
            }
        };
        if n == 1 {
            return None;
        }
        let mut new = format!("{id}~{n}");
        while self.contains(&new) {
            n += 1;
            new = format!("{id}~{n}");
        }
        self.insert(&new);
        Some(new)
    }

    fn contains(&self, id: &str) -> bool {
        match self {
            Ids::Kept(ids) => ids.contains_key(id),
            Ids::Hashed { given, .. } => given.contains(hash(id)),
        }
    }

    fn insert(&mut self, id: &str) {
        match self {
            Ids::Kept(ids) => {
                ids.insert(id.to_string(), 1);
            }
            Ids::Hashed { given, .. } => {
                given.insert(hash(id));
            }
        }
    }

    /// The ids given out, when they were kept.
    pub(super) fn into_list(self) -> Vec<String> {
        match self {
            Ids::Kept(ids) => ids.into_keys().collect(),
            Ids::Hashed { .. } => Vec::new(),
        }
    }
}

/// The id's SipHash (the standard library's, with fixed keys: the same everywhere, so that outputs never
/// depend on a run).
fn hash(id: &str) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    id.hash(&mut hasher);
    hasher.finish()
}

/// A set of hashes in 8 bytes each: a sorted array, and the newest few in a small hash set until there are
/// enough of them to merge in. The array is reserved for a million hashes up front (address space, not memory:
/// only what is written is resident), so that it grows in place, with no copy to hold twice.
#[derive(Default)]
pub(super) struct Hashes {
    sorted: Vec<u64>,
    recent: FxHashSet<u64>,
}

/// Hashes kept apart before they are merged into the sorted array.
const RECENT: usize = 4096;

impl Hashes {
    fn contains(&self, hash: u64) -> bool {
        self.recent.contains(&hash) || self.sorted.binary_search(&hash).is_ok()
    }

    /// Adds a hash; whether it was new.
    fn insert(&mut self, hash: u64) -> bool {
        if self.contains(hash) {
            return false;
        }
        self.recent.insert(hash);
        if self.recent.len() >= RECENT {
            self.merge();
        }
        true
    }

    fn merge(&mut self) {
        let mut add: Vec<u64> = self.recent.drain().collect();
        add.sort_unstable();
        if self.sorted.capacity() == 0 {
            self.sorted.reserve_exact(1 << 20);
        }
        // Merge from the back, in place: both runs are sorted.
        let (n, m) = (self.sorted.len(), add.len());
        self.sorted.resize(n + m, 0);
        let (mut i, mut j) = (n, m);
        while j > 0 {
            let k = i + j - 1;
            if i > 0 && self.sorted[i - 1] > add[j - 1] {
                self.sorted[k] = self.sorted[i - 1];
                i -= 1;
            } else {
                self.sorted[k] = add[j - 1];
                j -= 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Ids;

    /// The hash set answers like a set across merges of its recent hashes into the sorted array.
    #[test]
    fn hashes_are_a_set() {
        let mut hashes = super::Hashes::default();
        let mut state = 1u64;
        let mut all = Vec::new();
        for _ in 0..3 * super::RECENT + 17 {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            assert!(hashes.insert(state));
            all.push(state);
        }
        assert!(hashes.sorted.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(hashes.sorted.len() + hashes.recent.len(), all.len());
        for &h in &all {
            assert!(hashes.contains(h) && !hashes.insert(h));
        }
        assert!(!hashes.contains(12345));
    }

    /// Kept or hashed, the same ids come out, in the same order of asking.
    #[test]
    fn repeated_ids_get_the_first_free_number_either_way() {
        for keep in [true, false] {
            let mut ids = Ids::new(keep);
            let given: Vec<Option<String>> = ["a", "b", "a", "a~3", "a", "b", "a"]
                .iter()
                .map(|id| ids.claim(id))
                .collect();
            assert_eq!(
                given,
                [None, None, Some("a~2"), None, Some("a~4"), Some("b~2"), Some("a~5")].map(|id| id.map(String::from)),
                "keep: {keep}"
            );
        }
    }
}
