//! Reprints: the same article published again by another outlet, lightly edited (a new headline, a sentence of
//! its own, other quotes, the end cut), found so that a wire story carried by forty outlets counts as one
//! report with forty outlets.
//!
//! An article is reduced to the set of its four-word sequences ("shingles", lower-cased, punctuation ignored)
//! and that set to a MinHash fingerprint: for each of [`HASHES`] hash functions, the least hash of any shingle.
//! Two articles agree on a function's least hash with a chance equal to the Jaccard similarity of their
//! shingle sets, so the share of equal positions estimates it. A later article is a reprint of an earlier one
//! when at least [`SHARE`] of its shingles are estimated to be in the earlier one's: a copy cut short is still
//! a reprint, and a longer article that quotes a short one is not. The earlier one is the first such article
//! in input order, so the choice depends on the inputs, never on threads.
//!
//! Measured on the test fixtures (`tests/fixtures/reprints`: wire stories in English, German and Dutch, copies
//! edited as outlets edit them, and other articles on the same events), copies share 76–99 % of their
//! shingles with the wire story (Jaccard 0.54–0.95), other articles on the same story 0.6–4 % (Jaccard under
//! 0.02): four-word shingles separate them by a factor of twenty. Three-word shingles raised the other
//! articles' share to 3–8 %, five-word ones lowered the copies' a little.
//!
//! Candidates are found by locality-sensitive hashing: the first [`BANDED`] hashes are cut into bands of two,
//! and an article is compared only with the earlier ones that agree with it on a whole band (a copy of
//! Jaccard 0.5 shares a band with a chance of 99 %, an unrelated article of Jaccard 0.02 with 0.6 %). The
//! index keeps, for each article that is not a reprint, its bands (a 32-bit key each, in one hash map), one
//! byte of each hash to check candidates with, its number of shingles and its id: about 300 bytes an
//! article, the one thing a build with reprint detection holds that grows with the corpus (measured in
//! BENCHMARKS.md); `--reprints keep` holds none of it.

use rustc_hash::FxHashMap;

/// Hash functions per fingerprint.
pub const HASHES: usize = 64;
/// Hashes cut into bands for finding candidates.
const BANDED: usize = 32;
/// Hashes per band.
const ROWS: usize = 2;
const BANDS: usize = BANDED / ROWS;
/// Words per shingle.
const WORDS: usize = 4;
/// Articles with fewer shingles (about 25 words) are neither checked nor indexed: too short to tell a reprint
/// from two briefs that say the same thing.
pub const MIN_SHINGLES: u32 = 20;
/// The share of a later article's shingles that must be in an earlier one for it to be a reprint.
pub const SHARE: f64 = 0.6;

/// An article's MinHash fingerprint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    mins: [u32; HASHES],
    /// Distinct shingles in the article.
    shingles: u32,
}

/// SplitMix64's step and finaliser: a well-mixed 64-bit value of a 64-bit value.
const fn splitmix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl Fingerprint {
    /// The fingerprint of an article's text, or `None` when it is too short to compare
    /// ([`MIN_SHINGLES`]).
    ///
    /// One permutation hashing (Li, Owen and Zhang 2012): each shingle is hashed once, its hash's top six bits
    /// pick one of the [`HASHES`] bins and the rest compete for the bin's least value. That costs one hash a
    /// shingle where [`HASHES`] functions would cost as many, and estimates the same similarity for articles
    /// of more shingles than bins. A bin no shingle fell into borrows the value of the next one that has one,
    /// shifted by the distance (rotation, Shrivastava and Li 2014), so that two articles still agree on it with
    /// the chance they agree on that one.
    pub fn of(text: &str) -> Option<Fingerprint> {
        let mut mins = [u32::MAX; HASHES];
        let mut filled = 0u64;
        let mut shingles = 0u32;
        for_each_shingle(text, |x| {
            let bin = (x >> 58) as usize;
            mins[bin] = mins[bin].min(x as u32);
            filled |= 1 << bin;
            shingles = shingles.saturating_add(1);
        });
        if shingles < MIN_SHINGLES {
            return None;
        }
        for bin in 0..HASHES {
            if filled & (1 << bin) == 0 {
                let distance = (filled.rotate_right(bin as u32)).trailing_zeros() as usize;
                let from = (bin + distance) % HASHES;
                mins[bin] = mins[from].wrapping_add((distance as u32).wrapping_mul(0x9e37_79b9));
            }
        }
        Some(Fingerprint { mins, shingles })
    }

    /// The keys of its bands: each band's hashes and number mixed into 32 bits.
    fn bands(&self) -> impl Iterator<Item = u32> + '_ {
        self.mins.chunks(ROWS).take(BANDS).enumerate().map(|(band, rows)| {
            let packed = rows
                .iter()
                .fold(band as u64, |key, &row| splitmix(key ^ u64::from(row)));
            (packed >> 32) as u32
        })
    }

    /// One byte of each hash, which is what the index keeps to check a candidate with.
    fn sketch(&self) -> [u8; HASHES] {
        self.mins.map(|m| m as u8)
    }
}

/// Calls `each` with the hash of every shingle of `text`, in order, repeats included. A word is a run of
/// letters and digits, lower-cased; everything else (spaces, punctuation, quotation marks) separates words.
fn for_each_shingle(text: &str, mut each: impl FnMut(u64)) {
    const FNV: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut words = [0u64; WORDS];
    let mut seen = 0usize;
    let mut word = FNV;
    let mut in_word = false;
    let mut end_word = |word: &mut u64, in_word: &mut bool| {
        if !*in_word {
            return;
        }
        words[seen % WORDS] = *word;
        seen += 1;
        if seen >= WORDS {
            // the words in order, each rotated by its place, then mixed once
            let mut x = 0u64;
            for i in 0..WORDS {
                x ^= words[(seen + i) % WORDS].rotate_left(16 * i as u32);
            }
            each(splitmix(x));
        }
        *word = FNV;
        *in_word = false;
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                word = (word ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(PRIME);
                in_word = true;
            } else {
                end_word(&mut word, &mut in_word);
            }
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().expect("a character starts here");
        if c.is_alphanumeric() {
            for lower in c.to_lowercase() {
                word = (word ^ u64::from(lower)).wrapping_mul(PRIME);
            }
            in_word = true;
        } else {
            end_word(&mut word, &mut in_word);
        }
        i += c.len_utf8();
    }
    end_word(&mut word, &mut in_word);
}

/// The articles that were not reprints, by fingerprint, in input order: what a later article is checked
/// against.
#[derive(Clone, Debug, Default)]
pub struct Index {
    /// Band key → the first article with it. A later article with the same key is not listed under it (it
    /// is found by its other bands).
    bands: FxHashMap<u32, u32>,
    sketches: Vec<[u8; HASHES]>,
    shingles: Vec<u32>,
    /// The articles' ids, one after the other, and where each ends.
    ids: String,
    ends: Vec<usize>,
}

impl Index {
    /// The id of the earliest article indexed that `fingerprint`'s article is a reprint of.
    pub fn original(&self, fingerprint: &Fingerprint) -> Option<&str> {
        let mut candidates: Vec<u32> = fingerprint
            .bands()
            .filter_map(|key| self.bands.get(&key).copied())
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let sketch = fingerprint.sketch();
        let found = candidates.into_iter().find(|&c| {
            share(
                &sketch,
                fingerprint.shingles,
                &self.sketches[c as usize],
                self.shingles[c as usize],
            ) >= SHARE
        })?;
        Some(self.id(found))
    }

    /// Adds an article that is not a reprint.
    pub fn insert(&mut self, fingerprint: &Fingerprint, id: &str) {
        let Ok(slot) = u32::try_from(self.sketches.len()) else {
            return;
        };
        for key in fingerprint.bands() {
            self.bands.entry(key).or_insert(slot);
        }
        self.sketches.push(fingerprint.sketch());
        self.shingles.push(fingerprint.shingles);
        self.ids.push_str(id);
        self.ends.push(self.ids.len());
    }

    /// Number of articles indexed.
    pub fn len(&self) -> usize {
        self.sketches.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sketches.is_empty()
    }

    fn id(&self, slot: u32) -> &str {
        let slot = slot as usize;
        let start = if slot == 0 { 0 } else { self.ends[slot - 1] };
        &self.ids[start..self.ends[slot]]
    }
}

/// The estimated share of the later article's shingles (`shingles` of them, fingerprint sketch `sketch`) that
/// are among the earlier one's. The Jaccard similarity J is the share of equal hashes, less the chance that
/// two different least hashes agree on one byte; the shared shingles are then J (a + b) / (1 + J).
pub fn share(sketch: &[u8; HASHES], shingles: u32, earlier: &[u8; HASHES], earlier_shingles: u32) -> f64 {
    let equal = sketch.iter().zip(earlier).filter(|(a, b)| a == b).count() as f64 / HASHES as f64;
    let chance = 1.0 / 256.0;
    let jaccard = ((equal - chance) / (1.0 - chance)).max(0.0);
    let shared = jaccard * (f64::from(shingles) + f64::from(earlier_shingles)) / (1.0 + jaccard);
    shared / f64::from(shingles.max(1))
}

#[cfg(test)]
mod tests {
    use super::{Fingerprint, Index, MIN_SHINGLES, SHARE};

    fn shingles(text: &str) -> Vec<u64> {
        let mut all = Vec::new();
        super::for_each_shingle(text, |x| all.push(x));
        all
    }

    fn story(words: usize, seed: u64) -> String {
        let mut state = seed;
        (0..words)
            .map(|_| {
                state = super::splitmix(state);
                format!("w{}", state % 5000)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn shingles_ignore_case_and_punctuation() {
        assert_eq!(
            shingles("Axon wins the Chicago contract."),
            shingles("axon — WINS the chicago, contract")
        );
        assert_eq!(shingles("one two three four five").len(), 2);
        assert!(shingles("one two three").is_empty());
    }

    #[test]
    fn a_copy_is_found_and_another_story_is_not() {
        let wire = story(300, 1);
        let mut index = Index::default();
        index.insert(&Fingerprint::of(&wire).unwrap(), "wire");
        // the end cut and a sentence of its own added: still a reprint
        let edited = format!("Our own intro sentence here. {}", &wire[..wire.len() * 3 / 4]);
        assert_eq!(index.original(&Fingerprint::of(&edited).unwrap()), Some("wire"));
        assert_eq!(index.original(&Fingerprint::of(&story(300, 2)).unwrap()), None);
        // a longer article that quotes a quarter of the wire story is no reprint of it
        let quoting = format!("{} {}", &wire[..wire.len() / 4], story(300, 3));
        assert_eq!(index.original(&Fingerprint::of(&quoting).unwrap()), None);
    }

    #[test]
    fn short_texts_have_no_fingerprint() {
        assert!(Fingerprint::of(&story(MIN_SHINGLES as usize + 2, 4)).is_none());
        assert!(Fingerprint::of(&story(MIN_SHINGLES as usize + 3, 4)).is_some());
    }

    /// The fixtures' articles without their header lines, as a build reads them.
    fn fixture(name: &str) -> &'static str {
        let text = match name {
            "de_wire" => include_str!("../../tests/fixtures/reprints/de_wire.txt"),
            "de_reprint" => include_str!("../../tests/fixtures/reprints/de_reprint.txt"),
            "de_same_topic" => include_str!("../../tests/fixtures/reprints/de_same_topic.txt"),
            "en_wire" => include_str!("../../tests/fixtures/reprints/en_wire.txt"),
            "en_reprint_headline" => include_str!("../../tests/fixtures/reprints/en_reprint_headline.txt"),
            "en_reprint_quotes" => include_str!("../../tests/fixtures/reprints/en_reprint_quotes.txt"),
            "en_reprint_trimmed" => include_str!("../../tests/fixtures/reprints/en_reprint_trimmed.txt"),
            "en_same_topic" => include_str!("../../tests/fixtures/reprints/en_same_topic.txt"),
            "nl_wire" => include_str!("../../tests/fixtures/reprints/nl_wire.txt"),
            "nl_reprint" => include_str!("../../tests/fixtures/reprints/nl_reprint.txt"),
            "nl_same_topic" => include_str!("../../tests/fixtures/reprints/nl_same_topic.txt"),
            other => panic!("no fixture {other}"),
        };
        &text[crate::text::header(text).end..]
    }

    /// The exact share of `later`'s distinct shingles that are among `earlier`'s, which the fingerprints
    /// estimate.
    fn exact_share(later: &str, earlier: &str) -> f64 {
        let set = |text: &str| shingles(text).into_iter().collect::<std::collections::HashSet<u64>>();
        let (later, earlier) = (set(later), set(earlier));
        later.intersection(&earlier).count() as f64 / later.len() as f64
    }

    /// Wire copy as outlets edit it (a headline and intro of their own, quotes swapped, the end cut) is a
    /// reprint of the wire story; another article on the same event, naming the same companies, is not — in
    /// each language, whichever of the two comes first.
    #[test]
    fn edited_wire_copy_is_a_reprint_and_other_articles_on_the_story_are_not() {
        let table: &[(&str, &str, bool)] = &[
            ("en_wire", "en_reprint_headline", true),
            ("en_wire", "en_reprint_quotes", true),
            ("en_wire", "en_reprint_trimmed", true),
            ("en_wire", "en_same_topic", false),
            ("de_wire", "de_reprint", true),
            ("de_wire", "de_same_topic", false),
            ("nl_wire", "nl_reprint", true),
            ("nl_wire", "nl_same_topic", false),
            // across languages and stories, nothing
            ("en_wire", "de_reprint", false),
            ("de_wire", "nl_reprint", false),
            ("en_reprint_quotes", "en_same_topic", false),
        ];
        for &(earlier, later, reprint) in table {
            let (a, b) = (fixture(earlier), fixture(later));
            let exact = exact_share(b, a);
            // the threshold is far from both kinds: copies share over 0.75, other articles under 0.05
            assert_eq!(exact >= SHARE, reprint, "{later} of {earlier}: exact share {exact:.3}");
            assert!(
                !(0.05..=0.75).contains(&exact),
                "{later} of {earlier}: exact share {exact:.3}"
            );
            let mut index = Index::default();
            index.insert(&Fingerprint::of(a).unwrap(), earlier);
            let found = index.original(&Fingerprint::of(b).unwrap());
            assert_eq!(
                found,
                reprint.then_some(earlier),
                "{later} of {earlier}: exact share {exact:.3}"
            );
            // the copy cut short is a reprint of the wire story, the wire story no reprint of it (it says
            // more); a full copy goes both ways
            if reprint {
                let mut index = Index::default();
                index.insert(&Fingerprint::of(b).unwrap(), later);
                let back = index.original(&Fingerprint::of(a).unwrap()).is_some();
                assert_eq!(back, exact_share(a, b) >= SHARE, "{earlier} of {later}");
            }
        }
    }

    /// The estimate from 64 one-byte hashes is close to the exact share on real-looking articles.
    #[test]
    fn the_estimated_share_is_close_to_the_exact_one() {
        let names = [
            "en_wire",
            "en_reprint_headline",
            "en_reprint_quotes",
            "en_reprint_trimmed",
            "en_same_topic",
            "de_wire",
            "de_reprint",
            "de_same_topic",
            "nl_wire",
            "nl_reprint",
            "nl_same_topic",
        ];
        for a in names {
            for b in names {
                let (fa, fb) = (
                    Fingerprint::of(fixture(a)).unwrap(),
                    Fingerprint::of(fixture(b)).unwrap(),
                );
                let estimate = super::share(&fb.sketch(), fb.shingles, &fa.sketch(), fa.shingles);
                let exact = exact_share(fixture(b), fixture(a));
                assert!(
                    (estimate - exact).abs() < 0.2,
                    "{b} of {a}: estimate {estimate:.3}, exact {exact:.3}"
                );
            }
        }
    }

    #[test]
    fn the_earliest_original_is_chosen() {
        let wire = story(200, 5);
        let mut index = Index::default();
        index.insert(&Fingerprint::of(&story(200, 6)).unwrap(), "other");
        index.insert(&Fingerprint::of(&wire).unwrap(), "first");
        index.insert(&Fingerprint::of(&wire).unwrap(), "second");
        assert_eq!(index.original(&Fingerprint::of(&wire).unwrap()), Some("first"));
        assert_eq!(index.len(), 3);
    }
}
