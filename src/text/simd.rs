//! Sixteen bytes at a time with SSE2, which every x86-64 processor has: the folding of plain ASCII text, the
//! one scan that copies every byte of every article before matching. [`super::swar`] does the same work eight
//! bytes at a time on other processors, and finishes what a block here leaves (a block stops at the first byte
//! that needs more than a table: a non-ASCII character, a control character, two spaces in a row).
//!
//! Measured on the benchmark corpus (German, English and Dutch news): folding took 12 instructions a byte with
//! eight-byte words and a loop the compiler vectorised, about a sixth of a whole build.

/// Folds the plain ASCII at the start of `bytes` as [`super::fold`] does (letters to lower case, digits and `_`
/// kept, every other printable character to a space), appending it to `out`, and returns how many bytes it
/// folded. It stops where folding needs more than a byte-to-byte map: at a byte that is not printable ASCII, at
/// a space followed by another, and before a block-final space whose next byte is a space or not printable (or
/// is missing), so that white-space runs stay whole for the caller to collapse.
#[cfg(target_arch = "x86_64")]
pub fn fold_plain(bytes: &[u8], out: &mut Vec<u8>) -> usize {
    // Each block is stored whole, and only its plain bytes counted: room for a whole block past the end.
    out.reserve(bytes.len() + 16);
    let mut done = 0;
    while done + 16 <= bytes.len() {
        let block: &[u8; 16] = bytes[done..done + 16].try_into().expect("16 bytes");
        let next_special = bytes
            .get(done + 16)
            .is_none_or(|&n| !(0x20..0x7F).contains(&n) || n == b' ');
        let spare: &mut [std::mem::MaybeUninit<u8>; 16] = (&mut out.spare_capacity_mut()[..16])
            .try_into()
            .expect("reserved above");
        // SAFETY: SSE2 is part of x86-64 itself: every processor this code is compiled for has it.
        let plain = unsafe { x86::fold_block(block, next_special, spare) };
        // SAFETY: `fold_block` wrote all 16 bytes of the spare capacity; the first `plain` become the vector's.
        unsafe { out.set_len(out.len() + plain) };
        done += plain;
        if plain < 16 {
            break;
        }
    }
    done
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use std::arch::x86_64::*;

    /// Writes one block folded to `out` and returns how many of its bytes are plain (16 when all are).
    #[target_feature(enable = "sse2")]
    pub(super) fn fold_block(block: &[u8; 16], next_special: bool, out: &mut [std::mem::MaybeUninit<u8>; 16]) -> usize {
        // SAFETY: `block` is 16 readable bytes; an unaligned load reads exactly them.
        let x = unsafe { _mm_loadu_si128(block.as_ptr().cast()) };
        // Signed comparisons: bytes from 0x80 are negative, so `< 0x20` also catches every non-ASCII byte.
        let not_printable = _mm_or_si128(_mm_cmplt_epi8(x, splat(0x20)), _mm_cmpeq_epi8(x, splat(0x7F)));
        let spaces = _mm_movemask_epi8(_mm_cmpeq_epi8(x, splat(b' '))) as u32;
        let runs = (spaces & (spaces >> 1)) | (spaces & ((next_special as u32) << 15));
        let stop = (_mm_movemask_epi8(not_printable) as u32) | runs;
        let plain = stop.trailing_zeros().min(16) as usize;
        let upper = between(x, b'A', b'Z');
        let word = _mm_or_si128(
            _mm_or_si128(upper, between(x, b'a', b'z')),
            _mm_or_si128(between(x, b'0', b'9'), _mm_cmpeq_epi8(x, splat(b'_'))),
        );
        let lowered = _mm_or_si128(x, _mm_and_si128(upper, splat(0x20)));
        let folded = _mm_or_si128(_mm_and_si128(word, lowered), _mm_andnot_si128(word, splat(b' ')));
        // SAFETY: `out` is 16 writable bytes; an unaligned store writes exactly them.
        unsafe { _mm_storeu_si128(out.as_mut_ptr().cast(), folded) };
        plain
    }

    /// A bit per byte of the block that may end a sentence (see `skip_sentence_plain`).
    #[target_feature(enable = "sse2")]
    pub(super) fn sentence_stops(block: &[u8; 16]) -> u32 {
        // SAFETY: `block` is 16 readable bytes.
        let x = unsafe { _mm_loadu_si128(block.as_ptr().cast()) };
        let terminators = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(x, splat(b'.')), _mm_cmpeq_epi8(x, splat(b'!'))),
            _mm_or_si128(_mm_cmpeq_epi8(x, splat(b'?')), _mm_cmpeq_epi8(x, splat(b'\n'))),
        );
        // Signed: lead bytes 0xD5..=0xFF are -43..=-1.
        let high_leads = _mm_and_si128(_mm_cmpgt_epi8(x, splat(0xD4)), _mm_cmplt_epi8(x, splat(0)));
        let others = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(x, splat(b'\r')), _mm_cmpeq_epi8(x, splat(0xC2))),
            high_leads,
        );
        _mm_movemask_epi8(_mm_or_si128(terminators, others)) as u32
    }

    /// A bit per byte of the block that is a space.
    #[target_feature(enable = "sse2")]
    pub(super) fn spaces(block: &[u8; 16]) -> u32 {
        // SAFETY: `block` is 16 readable bytes.
        let x = unsafe { _mm_loadu_si128(block.as_ptr().cast()) };
        _mm_movemask_epi8(_mm_cmpeq_epi8(x, splat(b' '))) as u32
    }

    #[target_feature(enable = "sse2")]
    fn splat(b: u8) -> __m128i {
        _mm_set1_epi8(b as i8)
    }

    /// Bytes from `lo` to `hi` (both ASCII).
    #[target_feature(enable = "sse2")]
    fn between(x: __m128i, lo: u8, hi: u8) -> __m128i {
        _mm_and_si128(_mm_cmpgt_epi8(x, splat(lo - 1)), _mm_cmplt_epi8(x, splat(hi + 1)))
    }
}

/// Elsewhere the eight-byte path does all the work.
#[cfg(not(target_arch = "x86_64"))]
pub fn fold_plain(_bytes: &[u8], _out: &mut Vec<u8>) -> usize {
    0
}

/// How many bytes at the start of `bytes` can be skipped by the sentence scan because none of them may end a
/// sentence: the count stops (on a 16-byte block) before the first `.`, `!`, `?`, line feed, carriage return, or
/// lead byte of a character outside U+0080..U+053F (where no terminator lives, see `segment::MAY_BREAK`). It
/// may stop early; the caller looks at bytes one by one from there.
#[cfg(target_arch = "x86_64")]
pub fn skip_sentence_plain(bytes: &[u8]) -> usize {
    let mut done = 0;
    while done + 16 <= bytes.len() {
        let block: &[u8; 16] = bytes[done..done + 16].try_into().expect("16 bytes");
        // SAFETY: SSE2 is part of x86-64 itself.
        let stop = unsafe { x86::sentence_stops(block) };
        if stop != 0 {
            return done + stop.trailing_zeros() as usize;
        }
        done += 16;
    }
    done
}

#[cfg(not(target_arch = "x86_64"))]
pub fn skip_sentence_plain(_bytes: &[u8]) -> usize {
    0
}

/// A bit per byte of the block that is a space (bit `k` for byte `k`): where the word starts of folded text
/// are, for the matcher.
#[cfg(target_arch = "x86_64")]
pub fn spaces(block: &[u8; 16]) -> u32 {
    // SAFETY: SSE2 is part of x86-64 itself.
    unsafe { x86::spaces(block) }
}

/// [`spaces`], eight bytes at a time.
#[cfg(not(target_arch = "x86_64"))]
pub fn spaces(block: &[u8; 16]) -> u32 {
    let mask = |word: &[u8]| {
        let flags = super::swar::eq(u64::from_le_bytes(word.try_into().expect("8 bytes")), b' ') >> 7;
        // One bit per byte, gathered into the top byte of the product.
        (flags.wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32
    };
    mask(&block[..8]) | (mask(&block[8..]) << 8)
}

#[cfg(test)]
mod tests {
    use super::{fold_plain, skip_sentence_plain, spaces};

    #[test]
    fn spaces_are_flagged_byte_by_byte() {
        let block = *b" a  b\x20\xa0\t-  x yz ";
        let expected: u32 = block.iter().enumerate().map(|(k, &b)| ((b == b' ') as u32) << k).sum();
        assert_eq!(spaces(&block), expected);
        assert_eq!(spaces(&[b' '; 16]), 0xFFFF);
        assert_eq!(spaces(&[b'a'; 16]), 0);
    }

    /// The sentence scan skips exactly the bytes the one-byte table says cannot start a sentence end (bytes
    /// from 0xF5 never occur in UTF-8).
    #[test]
    fn sentence_skip_stops_where_the_table_says() {
        for b in 0..=255u8 {
            let may_break = crate::text::segment::MAY_BREAK[b as usize] || b >= 0xF5;
            for k in 0..20 {
                let mut bytes = [b'a'; 40];
                bytes[k] = b;
                let skipped = skip_sentence_plain(&bytes);
                if cfg!(target_arch = "x86_64") {
                    let expected = if may_break { k } else { 32 };
                    assert_eq!(skipped, expected, "byte {b:#x} at {k}");
                } else {
                    assert_eq!(skipped, 0);
                }
            }
        }
    }

    /// The block fold against the byte-by-byte definition, at every length and alignment of a few texts that
    /// hold each kind of stop.
    #[test]
    fn folds_like_the_byte_map_and_stops_where_it_must() {
        let texts: [&[u8]; 6] = [
            b"Amazon will seine umstrittene Gesichtserkennungssoftware an die US-Polizei verkaufen, sagt ICE_2018.",
            b"Two  spaces in a row are a run for the caller, and so is a space before a line break \nhere.",
            b"Non-ASCII stops a block: M\xc3\xbcnchen, and so does a control byte \x01 or a DEL \x7f in the text.",
            b"A block-final space before another space: 0123456789abcde  and after it more text to fold.",
            b"[]{}()<>!?.,;:'\"`~@#$%^&*-+=|\\/ punctuation of every kind folds to spaces, ZZ and zz AA aa 09.",
            b"end with a space ",
        ];
        for text in texts {
            for start in 0..text.len() {
                let bytes = &text[start..];
                let mut out = vec![b'#'];
                let n = fold_plain(bytes, &mut out);
                assert_eq!(out.len(), n + 1);
                let expected: Vec<u8> = bytes[..n]
                    .iter()
                    .map(|&c| {
                        if c.is_ascii_alphanumeric() || c == b'_' {
                            c.to_ascii_lowercase()
                        } else {
                            b' '
                        }
                    })
                    .collect();
                assert_eq!(&out[1..], expected.as_slice(), "{:?}", String::from_utf8_lossy(bytes));
                assert!(bytes[..n].iter().all(|c| (0x20..0x7F).contains(c)));
                assert!(!bytes[..n].windows(2).any(|w| w == b"  "));
                if cfg!(target_arch = "x86_64") && n < bytes.len().saturating_sub(16) {
                    // a stop inside the first unfinished block is the first byte that needs the caller
                    let b = bytes[n];
                    let next = bytes.get(n + 1).copied();
                    let special = |c: Option<u8>| c.is_none_or(|c| !(0x20..0x7F).contains(&c) || c == b' ');
                    assert!(
                        !(0x20..0x7F).contains(&b) || (b == b' ' && special(next)),
                        "stopped at {n} in {:?}",
                        String::from_utf8_lossy(bytes)
                    );
                }
            }
        }
    }
}
