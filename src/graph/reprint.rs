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
/// letters and digits, lower-cased; everything else (spaces, punctuation, quotation marks) separates words. A
/// word's hash is FNV-1a of its lower-cased characters (ASCII ones as bytes, others as code points).
///
/// This reads every byte of every article a build collapses reprints in, so the common case is kept short: an
/// ASCII byte is classed and lower-cased by one table, a run of ASCII letters and digits hashed in a tight loop,
/// and only the other characters (a few in a hundred, in German text) are decoded ([`fold`]).
fn for_each_shingle(text: &str, mut each: impl FnMut(u64)) {
    let bytes = text.as_bytes();
    let mut shingle = Shingle::default();
    let mut word = FNV;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        // a run of ASCII letters and digits, most of any text
        let start = i;
        while let Some(lower) = bytes.get(i).map(|&b| ASCII_LOWER[usize::from(b)])
            && lower != 0
        {
            word = (word ^ u64::from(lower)).wrapping_mul(PRIME);
            i += 1;
        }
        in_word |= i > start;
        let Some(&b) = bytes.get(i) else {
            break;
        };
        // then another character: part of the word (`ü`), or one that ends it
        if b.is_ascii() {
            i += 1;
        } else {
            let c = text[i..].chars().next().expect("a character starts here");
            i += c.len_utf8();
            if fold(c, |lower| word = (word ^ u64::from(lower)).wrapping_mul(PRIME)) {
                in_word = true;
                continue;
            }
        }
        if in_word {
            shingle.push(word, &mut each);
            word = FNV;
            in_word = false;
        }
    }
    if in_word {
        shingle.push(word, &mut each);
    }
}

/// FNV-1a's offset basis and prime, for 64 bits.
const FNV: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// Each ASCII letter and digit's lower case; zero for the other bytes.
static ASCII_LOWER: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0u8;
    while b < 128 {
        if b.is_ascii_alphanumeric() {
            table[b as usize] = b.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// Calls `each` with the lower case of `c` (one character or more) and returns true when it is a letter or
/// digit; returns false when it separates words. The same as `c.is_alphanumeric()` and `c.to_lowercase()`,
/// which a test checks for every character, with the non-ASCII characters of German and Dutch text (Latin-1
/// letters, typographic quotation marks and dashes) answered without looking them up in Unicode's tables.
fn fold(c: char, mut each: impl FnMut(char)) -> bool {
    match c {
        // Latin-1 capitals (À…Þ but ×) lower-case to the letter 0x20 after them
        'À'..='Þ' if c != '×' => each(char::from_u32(u32::from(c) + 0x20).expect("a Latin-1 letter")),
        // Latin-1 small letters (ß…ÿ but ÷) are their own lower case
        'ß'..='ÿ' if c != '÷' => each(c),
        // General Punctuation: spaces, dashes, typographic quotation marks
        '\u{2000}'..='\u{206f}' => return false,
        _ if c.is_alphanumeric() => c.to_lowercase().for_each(each),
        _ => return false,
    }
    true
}

/// The last [`WORDS`] words' hashes, oldest first, to hash each shingle from.
#[derive(Default)]
struct Shingle {
    words: [u64; WORDS],
    seen: usize,
}

impl Shingle {
    /// Adds a word; once there are [`WORDS`], calls `each` with the hash of the shingle that ends with it.
    fn push(&mut self, word: u64, each: &mut impl FnMut(u64)) {
        // shifted by hand rather than with `copy_within`, which kept the words in memory, not in registers
        let [_, a, b, c] = self.words;
        self.words = [a, b, c, word];
        self.seen += 1;
        if self.seen >= WORDS {
            // the words in order, each rotated by its place, then mixed once
            let x = (0..WORDS).fold(0, |x, i| x ^ self.words[i].rotate_left(16 * i as u32));
            each(splitmix(x));
        }
    }
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

    /// What `for_each_shingle` computes, written plainly: words split at every character that is not a letter
    /// or digit, lower-cased character by character, hashed and combined.
    fn shingles_plainly(text: &str) -> Vec<u64> {
        use super::{FNV, PRIME, WORDS, splitmix};
        let words: Vec<u64> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(|word| {
                word.chars()
                    .flat_map(char::to_lowercase)
                    .fold(FNV, |hash, c| (hash ^ u64::from(c)).wrapping_mul(PRIME))
            })
            .collect();
        words
            .windows(WORDS)
            .map(|w| splitmix((0..WORDS).fold(0, |x, i| x ^ w[i].rotate_left(16 * i as u32))))
            .collect()
    }

    #[test]
    fn shingles_are_what_the_plain_reading_gives() {
        let texts = [
            "„Überwachung“ – sagt Müller, 2019: ÄRGER über Straße; İstanbul, \u{212a}elvin, ΣΊΣΥΦΟΣ, emoji 🙂 ok.",
            "word\u{2019}s end\u{a0}with no-break spaces and a soft\u{ad}hyphen, ½ and ² and Ⅻ count",
            "Ünder Ëvery Ïtem Ödd Ærø Øre Þorn ×÷ ß ÿ",
            "",
            "one",
            "  trailing   spaces  and   a   last   word  ",
        ];
        for text in texts
            .into_iter()
            .chain(["en_wire", "de_wire", "nl_wire", "de_reprint"].map(fixture))
        {
            assert_eq!(shingles(text), shingles_plainly(text), "{text}");
        }
    }

    /// `fold` answers like Unicode's tables for every character.
    #[test]
    fn fold_is_is_alphanumeric_and_to_lowercase() {
        for c in char::MIN..=char::MAX {
            let mut lower = Vec::new();
            let is_word = super::fold(c, |l| lower.push(l));
            assert_eq!(is_word, c.is_alphanumeric(), "{c:?}");
            assert!(
                if is_word {
                    lower.iter().copied().eq(c.to_lowercase())
                } else {
                    lower.is_empty()
                },
                "{c:?}"
            );
        }
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
