//! Byte-class tests on eight bytes at once ("SIMD within a register"), for the two scans that touch every byte
//! of every article before matching: folding and looking for sentence ends. A byte at a time, each ran at
//! 200–300 MB/s here; a word at a time they stay far behind the Aho-Corasick scan that follows.
//!
//! Every function returns a word with the high bit of each byte set where the byte is in the class, exactly (no
//! false positives from borrows), so the lowest set bit finds the first such byte: `mask.trailing_zeros() / 8`.
//! Words are read little-endian, so byte `k` of the slice is bits `8k..8k+8`.

/// `0x01` in every byte.
const LO: u64 = 0x0101_0101_0101_0101;
/// `0x80` in every byte.
const HI: u64 = 0x8080_8080_8080_8080;

/// The eight bytes at `at` as a word, or `None` near the end.
pub fn word(bytes: &[u8], at: usize) -> Option<u64> {
    bytes
        .get(at..at + 8)
        .map(|w| u64::from_le_bytes(w.try_into().expect("eight bytes")))
}

/// Bytes equal to `b`.
pub fn eq(x: u64, b: u8) -> u64 {
    let y = x ^ (LO * b as u64);
    !(((y & !HI) + !HI) | y) & HI
}

/// Bytes less than `n` (for `n` ≤ 0x80).
pub fn lt(x: u64, n: u8) -> u64 {
    debug_assert!(n <= 0x80);
    !(((x & !HI) + LO * (0x80 - n as u64)) | x) & HI
}

/// Bytes greater than or equal to `n` (for `n` ≥ 0x80).
pub fn ge(x: u64, n: u8) -> u64 {
    debug_assert!(n >= 0x80);
    ((x & !HI) + LO * (0x100 - n as u64)) & x & HI
}

/// Bytes that are not printable ASCII or the space (below 0x20, or 0x7F and above).
pub fn not_printable(x: u64) -> u64 {
    let low = x & !HI;
    (!((low + LO * 0x60) | x) | (low + LO) | x) & HI
}

/// The index of the first flagged byte, or 8.
pub fn first(mask: u64) -> usize {
    (mask.trailing_zeros() / 8) as usize
}

/// ASCII bytes from `lo` to `hi` inclusive (both below 0x80).
pub fn range(x: u64, lo: u8, hi: u8) -> u64 {
    debug_assert!(lo <= hi && hi < 0x80);
    let low = x & !HI;
    (low + LO * (0x80 - lo as u64)) & !(low + LO * (0x7F - hi as u64)) & !x & HI
}

/// Folds printable ASCII as `fold` does: upper case to lower case, everything but letters, digits and `_` to a
/// space.
pub fn fold_ascii(x: u64) -> u64 {
    let upper = range(x, b'A', b'Z');
    let word = upper | range(x, b'a', b'z') | range(x, b'0', b'9') | eq(x, b'_');
    let other = (!word & HI) >> 7;
    ((x | (upper >> 2)) & !(other * 0xFF)) | (other * b' ' as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every class against its one-byte definition, for every byte value in every position.
    #[test]
    fn classes_are_exact() {
        let flags = |x: u64, class: &dyn Fn(u8) -> bool| -> u64 {
            x.to_le_bytes()
                .iter()
                .enumerate()
                .map(|(k, &b)| (class(b) as u64) << (8 * k + 7))
                .sum()
        };
        for b in 0..=255u8 {
            for k in 0..8 {
                // the byte among neighbours that provoke borrows and carries
                for fill in [0x00u8, 0x20, 0x7F, 0x80, 0xFF, b'A', b'Z', b'-'] {
                    let mut bytes = [fill; 8];
                    bytes[k] = b;
                    let x = u64::from_le_bytes(bytes);
                    assert_eq!(eq(x, b'.'), flags(x, &|c| c == b'.'), "{bytes:?}");
                    assert_eq!(eq(x, 0), flags(x, &|c| c == 0), "{bytes:?}");
                    assert_eq!(lt(x, 0x20), flags(x, &|c| c < 0x20), "{bytes:?}");
                    assert_eq!(ge(x, 0xC2), flags(x, &|c| c >= 0xC2), "{bytes:?}");
                    assert_eq!(not_printable(x), flags(x, &|c| !(0x20..0x7F).contains(&c)), "{bytes:?}");
                    assert_eq!(range(x, b'A', b'Z'), flags(x, &|c| c.is_ascii_uppercase()), "{bytes:?}");
                    let folded: Vec<u8> = bytes
                        .iter()
                        .map(|&c| {
                            if c.is_ascii_alphanumeric() || c == b'_' {
                                c.to_ascii_lowercase()
                            } else {
                                b' '
                            }
                        })
                        .collect();
                    if bytes.iter().all(|c| (0x20..0x7F).contains(c)) {
                        assert_eq!(fold_ascii(x).to_le_bytes().as_slice(), folded.as_slice(), "{bytes:?}");
                    }
                }
            }
        }
        assert_eq!(first(0), 8);
        assert_eq!(first(eq(u64::from_le_bytes(*b"abc.efg."), b'.')), 3);
    }
}
