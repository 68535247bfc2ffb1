//! Where a name can start: the word starts of a folded text whose first bytes begin some pattern.
//!
//! Every pattern is a space followed by a folded form, so a mention can only start at a space of the folded
//! text. Rather than run an unanchored automaton over every byte (about 20 instructions a byte with the
//! aho-corasick DFA, most of them for words that begin no name), the scan looks at the spaces sixteen bytes at a
//! time, checks the bytes after each against three small bit tables built from the patterns, and runs the
//! automaton anchored only where they allow a pattern: on the benchmark corpus with the seeds' gazetteer, at
//! about one word in five. The tables say "maybe"; the automaton decides.

use crate::text::simd;

/// The first bytes after the leading space of every pattern.
#[derive(Clone, Debug)]
pub(super) struct Starts {
    /// Patterns with one byte after the space, by that byte.
    one: [u64; 256 / 64],
    /// Patterns with two bytes after the space, by those bytes.
    two: Box<[u64; 65536 / 64]>,
    /// Longer patterns, by a hash of their first three bytes after the space.
    three: Box<[u64; 65536 / 64]>,
}

impl Starts {
    /// The tables for `keys`, the patterns (each a space and a folded form).
    pub(super) fn new<'k>(keys: impl IntoIterator<Item = &'k [u8]>) -> Starts {
        let mut starts = Starts {
            one: [0; 256 / 64],
            two: Box::new([0; 65536 / 64]),
            three: Box::new([0; 65536 / 64]),
        };
        for key in keys {
            match key {
                [_, a] => set(&mut starts.one, *a as usize),
                [_, a, b] => set(&mut starts.two[..], pair(*a, *b)),
                [_, a, b, c, ..] => set(&mut starts.three[..], triple(*a, *b, *c)),
                // The empty form folds to a lone space, which the loader never lets through.
                _ => {}
            }
        }
        starts
    }

    /// Whether a pattern may start at the space `hay[at]`.
    #[inline]
    fn may_start(&self, hay: &[u8], at: usize) -> bool {
        let one = |a: u8| get(&self.one, a as usize);
        let two = |a: u8, b: u8| get(&self.two[..], pair(a, b));
        let three = |a: u8, b: u8, c: u8| get(&self.three[..], triple(a, b, c));
        match hay.get(at + 1..) {
            Some(&[a, b, c, ..]) => three(a, b, c) || two(a, b) || one(a),
            Some(&[a, b]) => two(a, b) || one(a),
            Some(&[a]) => one(a),
            _ => false,
        }
    }

    /// The first space at or after `from` where a pattern may start.
    pub(super) fn next(&self, hay: &[u8], from: usize) -> Option<usize> {
        let mut at = from;
        while let Some(block) = hay.get(at..at + 16) {
            // A bit for each byte of the block that is a space; the lowest is the first space.
            let mut spaces = simd::spaces(block.try_into().expect("16 bytes"));
            while spaces != 0 {
                let space = at + spaces.trailing_zeros() as usize;
                if self.may_start(hay, space) {
                    return Some(space);
                }
                spaces &= spaces - 1;
            }
            at += 16;
        }
        (at..hay.len()).find(|&space| hay[space] == b' ' && self.may_start(hay, space))
    }
}

fn pair(a: u8, b: u8) -> usize {
    (a as usize) << 8 | b as usize
}

/// A 16-bit hash of three bytes (multiplicative: the high bits of the product mix all three).
fn triple(a: u8, b: u8, c: u8) -> usize {
    (u32::from_le_bytes([a, b, c, 0]).wrapping_mul(0x9E37_79B1) >> 16) as usize
}

fn set(bits: &mut [u64], i: usize) {
    bits[i / 64] |= 1 << (i % 64);
}

#[inline]
fn get(bits: &[u64], i: usize) -> bool {
    bits[i / 64] & (1 << (i % 64)) != 0
}
