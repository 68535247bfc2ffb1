//! Paragraphs and sentences.
//!
//! Paragraphs end at blank lines. Sentences follow Unicode's UAX #29 rules, as the `unicode-segmentation` crate
//! implements them, plus what German, Dutch and English news need on top: an abbreviation (`z.B.`, `Dr.`,
//! `U.S.`, `bzw.`), an initial (`J. Edgar`) or a German ordinal before a month or a counted noun (`11. Juni`,
//! `21. Jahrhundert`) does not end a sentence. Numbers (`3.000`) and dates (`11.12.2020`) already don't.
//!
//! UAX #29 can only break after a sentence terminator (`.`, `!`, `?` and their kin in other scripts) or a line
//! separator, and whether it breaks there depends on a few characters around it: the one before the terminator
//! and those after it up to the next letter. So instead of running the crate's segmenter over every byte (about
//! 20 MB/s here), we find those few places with a byte scan and run it over a small window around each; the
//! result is the same (a test checks it against whole texts), at the speed of the scan.
//!
//! Extraction matches over whole paragraphs and assigns mentions to sentences afterwards, so a wrong split
//! costs at most a co-occurrence, never half a name.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::{simd, swar};

/// The byte ranges of the paragraphs of `text[within]`: runs of lines separated by lines that hold only white
/// space (a line ends at LF, CRLF or CR), trimmed of surrounding white space. Empty paragraphs are skipped.
pub fn paragraphs(text: &str, within: Range<usize>) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    paragraphs_into(text, within, &mut found);
    found
}

/// [`paragraphs`], appending to `out`.
pub fn paragraphs_into(text: &str, within: Range<usize>, out: &mut Vec<Range<usize>>) {
    let bytes = &text.as_bytes()[..within.end];
    let mut start = within.start;
    let mut line_start = within.start;
    while let Some(at) = memchr::memchr2(b'\n', b'\r', &bytes[line_start..]).map(|i| line_start + i) {
        let next = if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
            at + 2
        } else {
            at + 1
        };
        if is_blank(&text[line_start..at]) {
            push_trimmed(text, start..line_start, out);
            start = next;
        }
        line_start = next;
    }
    push_trimmed(text, start..within.end, out);
}

fn is_blank(line: &str) -> bool {
    // Decided by the first byte that is not ASCII white space, so that a line of text costs a byte or two.
    match line.bytes().find(|b| !matches!(b, b' ' | b'\t' | b'\x0B' | b'\x0C')) {
        None => true,
        Some(b) if b < 0x80 => false,
        Some(_) => line.trim().is_empty(),
    }
}

fn push_trimmed(text: &str, range: Range<usize>, found: &mut Vec<Range<usize>>) {
    let trimmed = trim(text, range);
    if !trimmed.is_empty() {
        found.push(trimmed);
    }
}

/// The range without the white space at either end.
pub fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    // Most sentences start and end in a visible ASCII character: nothing to trim.
    if let (Some(&first), Some(&last)) = (slice.as_bytes().first(), slice.as_bytes().last())
        && first.is_ascii_graphic()
        && last.is_ascii_graphic()
    {
        return range;
    }
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.end - (slice.len() - slice.trim_end().len());
    start..end.max(start)
}

/// The byte ranges of the sentences of the paragraph `text[para]`, trimmed, in order. They cover every
/// non-space character of the paragraph.
pub fn sentences(text: &str, para: Range<usize>) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    sentences_into(text, para, &mut found);
    found
}

/// [`sentences`], appending to `out`.
pub fn sentences_into(text: &str, para: Range<usize>, out: &mut Vec<Range<usize>>) {
    let mut start = para.start;
    for_each_uax29_break(text, para.clone(), |at| {
        if !keeps_together(text, para.start, at) {
            push_trimmed(text, start..at, out);
            start = at;
        }
    });
    push_trimmed(text, start..para.end, out);
}

/// Where UAX #29 breaks inside `text[para]` (never at its ends), found by running `unicode-segmentation` over a
/// window around each place a break is possible.
pub fn uax29_breaks(text: &str, para: Range<usize>) -> Vec<usize> {
    let mut found = Vec::new();
    for_each_uax29_break(text, para, |at| found.push(at));
    found
}

/// Calls `found` with each UAX #29 break inside `text[para]`, in increasing order.
fn for_each_uax29_break(text: &str, para: Range<usize>, mut found: impl FnMut(usize)) {
    let bytes = text.as_bytes();
    let mut last = para.start;
    let mut report = |at: usize| {
        if at > last && at < para.end {
            last = at;
            found(at);
        }
    };
    let mut covered = para.start;
    let mut i = para.start;
    while i < para.end {
        // Skip sixteen bytes at a time while none may end a sentence where the processor allows (`simd`), then
        // eight at a time (`swar`; a superset of the candidates).
        i += simd::skip_sentence_plain(&bytes[i..para.end]);
        while let Some(x) = swar::word(&bytes[..para.end], i) {
            let mask =
                swar::eq(x, b'.') | swar::eq(x, b'!') | swar::eq(x, b'?') | swar::lt(x, 0x20) | swar::ge(x, 0xC2);
            let skip = swar::first(mask);
            i += skip;
            if skip < 8 {
                break;
            }
        }
        if i >= para.end {
            break;
        }
        let b = bytes[i];
        if !MAY_BREAK[b as usize] {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().expect("on a char boundary");
        let len = c.len_utf8();
        if b >= 0x80 && !is_terminator_or_separator(c) {
            i += len;
            continue;
        }
        if i < covered {
            i += len;
            continue;
        }
        if let Some((next, breaks)) = common_case(bytes, i, para.end) {
            if breaks {
                report(next);
            }
            covered = next;
            i = next;
            continue;
        }
        let window = window_around(text, para.clone(), i);
        for (at, _) in text[window.clone()].split_sentence_bound_indices() {
            let at = window.start + at;
            if at > window.start && at < window.end {
                report(at);
            }
        }
        // A line separator always ends a sentence (UAX #29 rule SB4), also at the window's end.
        if text[..window.end].ends_with(is_separator) {
            report(window.end);
        }
        covered = window.end;
        i += len;
    }
}

/// The decision UAX #29 makes in the common cases, without running the segmenter: a `.`, `!` or `?` followed by
/// spaces and an ASCII letter. After spaces, a `.` (ATerm) is followed by a break before a capital (rule SB11)
/// and none before a small letter (SB8); `!` and `?` (STerm) are followed by a break before any letter or
/// digit (SB11); nothing breaks between a terminator followed by nothing but spaces and the end (SB9, SB10).
/// A line break always breaks after it, and a `.` right before a digit, a small letter, or (after a letter) a
/// capital never does. Returns where the next sentence would start and whether it breaks there; `None` for
/// anything else, which the segmenter decides.
fn common_case(bytes: &[u8], at: usize, end: usize) -> Option<(usize, bool)> {
    let terminator = bytes[at];
    match terminator {
        // A line break always ends a sentence, after a CR LF pair as a whole (SB3, SB4).
        b'\n' => return Some((at + 1, true)),
        b'\r' => return Some((at + 1 + (bytes.get(at + 1) == Some(&b'\n')) as usize, true)),
        b'.' | b'!' | b'?' => {}
        _ => return None,
    }
    if terminator == b'.'
        && let Some(&c) = bytes.get(at + 1).filter(|_| at + 1 < end)
    {
        // A dot inside a number (`3.000`, SB6), before a small letter (`flurfunk.de`, SB8), or between letters
        // and a capital (`U.S.`, SB7) ends nothing.
        let after_letter = at > 0 && bytes[at - 1].is_ascii_alphabetic();
        if c.is_ascii_digit() || c.is_ascii_lowercase() || (c.is_ascii_uppercase() && after_letter) {
            return Some((at + 1, false));
        }
    }
    let mut next = at + 1;
    while next < end && bytes[next] == b' ' {
        next += 1;
    }
    if next >= end {
        // The last sentence of the paragraph: nothing follows that could break inside it (SB9, SB10).
        return Some((end, false));
    }
    if next == at + 1 {
        return None;
    }
    let c = bytes[next];
    match terminator {
        b'.' if c.is_ascii_uppercase() => Some((next, true)),
        b'.' if c.is_ascii_lowercase() => Some((next, false)),
        b'!' | b'?' if c.is_ascii_alphanumeric() => Some((next, true)),
        _ => None,
    }
}

/// The window whose segmentation decides the break after the terminator or separator at `at`: from the
/// character before it (skipping back over combining marks and format characters, which UAX #29 attaches to
/// what precedes them) to the first letter after it, or after the first line separator. Bounded, so that a run
/// of punctuation cannot make the scan quadratic.
fn window_around(text: &str, para: Range<usize>, at: usize) -> Range<usize> {
    const LOOKAHEAD: usize = 256;
    let mut start = at;
    for (i, c) in text[para.start..at].char_indices().rev().take(8) {
        start = para.start + i;
        if !(unicode_normalization::char::is_combining_mark(c) || super::fold::is_invisible(c)) {
            break;
        }
    }
    let here = text[at..].chars().next().expect("on a char boundary");
    if is_separator(here) {
        let mut end = at + here.len_utf8();
        if here == '\r' && text.as_bytes().get(end) == Some(&b'\n') {
            end += 1;
        }
        return start..end.min(para.end);
    }
    let mut limit = (at + LOOKAHEAD).min(para.end);
    // The window must end between characters (found by fuzzing: 256 bytes on can fall inside one).
    while !text.is_char_boundary(limit) {
        limit += 1;
    }
    let mut end = limit;
    let mut chars = text[at..para.end].char_indices();
    chars.next();
    for (i, c) in chars {
        let here = at + i;
        if here >= limit {
            end = here;
            break;
        }
        if c.is_alphabetic() || is_separator(c) {
            end = here + c.len_utf8();
            if c == '\r' && text.as_bytes().get(end) == Some(&b'\n') {
                end += 1;
            }
            break;
        }
    }
    start..end.min(para.end).max(at + here.len_utf8())
}

/// Whether the rules on top of UAX #29 veto the break at `at` (the start of the next sentence).
///
/// This runs at every sentence end of every article, so the common case, an ASCII word before the dot, is
/// decided on bytes; anything else goes to [`keeps_together_by_chars`], which decides every case the same way.
fn keeps_together(text: &str, para_start: usize, at: usize) -> bool {
    let bytes = text.as_bytes();
    let mut end = at;
    while end > para_start && bytes[end - 1] == b' ' {
        end -= 1;
    }
    match bytes[para_start..end].last() {
        Some(b'.') => {}
        Some(&b) if b < 0x80 => return false,
        Some(_) => return keeps_together_by_chars(text, para_start, at),
        None => return false,
    }
    let mut start = end - 1;
    while start > para_start {
        let b = bytes[start - 1];
        if b >= 0x80 {
            return keeps_together_by_chars(text, para_start, at);
        }
        if matches!(
            b,
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0B' | b'\x0C' | b'(' | b'[' | b'{' | b'"' | b'\''
        ) {
            break;
        }
        start -= 1;
        if end - start > MAX_TOKEN {
            return false;
        }
    }
    let token = &text[start..end];
    is_abbreviation(token) || is_ordinal(token, &text[at..])
}

/// [`keeps_together`] on characters: white space and quotes beyond ASCII (`\u{A0}`, `„`).
fn keeps_together_by_chars(text: &str, para_start: usize, at: usize) -> bool {
    let before = text[para_start..at].trim_end_matches([' ', '\u{A0}']);
    if !before.ends_with('.') {
        return false;
    }
    // Abbreviations and ordinals are short; most sentences end in a longer word. So the token before the dot
    // is looked for in the last few bytes only: this runs at every sentence end of every article.
    let mut floor = before.len().saturating_sub(MAX_TOKEN + 1);
    while !before.is_char_boundary(floor) {
        floor -= 1;
    }
    let token_start = match before[floor..].rfind(token_boundary) {
        Some(i) => floor + i + before[floor + i..].chars().next().map_or(1, char::len_utf8),
        None if floor == 0 => 0,
        None => return false,
    };
    let token = &before[token_start..];
    if token.len() > MAX_TOKEN {
        return false;
    }
    is_abbreviation(token) || is_ordinal(token, &text[at..])
}

/// Whether `c` ends the token before a sentence end looking back: white space, or an opening quote or bracket
/// (the ASCII ones are what [`keeps_together`] looks for on bytes).
fn token_boundary(c: char) -> bool {
    c.is_whitespace() || OPENERS.contains(&c)
}

/// The longest abbreviation or ordinal, with its dot, that can keep a sentence going, in bytes.
const MAX_TOKEN: usize = 12;

/// Characters that can open a quote or bracket right before an abbreviation: `(z.B.`, `„Dr.`.
const OPENERS: &[char] = &[
    '(', '[', '{', '"', '\'', '„', '“', '”', '‚', '‘', '’', '«', '»', '‹', '›',
];

/// An abbreviation that does not end a sentence: a dotted one (`z.B.`, `U.S.`, `u.a.`, `d.h.`, `e.g.`), an
/// initial (`J.`), or one of the common German, Dutch and English short forms. Short forms that often end a
/// sentence (`usw.`, `etc.`, `enz.`, `Inc.`) are deliberately not listed: a missed break joins two sentences,
/// which adds co-occurrences the text does not support.
pub fn is_abbreviation(token: &str) -> bool {
    let Some(stem) = token.strip_suffix('.') else {
        return false;
    };
    if !stem.contains('.') {
        // Neither dotted nor a listed dotted form: an initial, or a listed short form.
        let mut chars = stem.chars();
        let initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
        return initial || (stem.len() <= MAX_ABBREVIATION && ABBREVIATIONS.binary_search(&stem).is_ok());
    }
    let dotted = stem.split('.').count() >= 2
        && stem
            .split('.')
            .all(|part| (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic));
    let initial = {
        let mut chars = stem.chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
    };
    dotted || initial || ABBREVIATIONS.binary_search(&stem).is_ok()
}

/// The longest of [`ABBREVIATIONS`], in bytes.
const MAX_ABBREVIATION: usize = 6;

/// Short forms written with a final dot that do not end a sentence (without the dot; sorted for binary search).
/// The English ranks and titles (`Lt.`, `Sgt.`, `Gov.`, `Sen.`) stand before a name, as `Dr.` does.
const ABBREVIATIONS: &[&str] = &[
    "Abb", "Abs", "Art", "Bd", "Capt", "Cmdr", "Col", "Cpl", "Det", "Dipl", "Dr", "Drs", "Fa", "Gen", "Gov", "Hrsg",
    "Ing", "Insp", "Jh", "Jr", "Kap", "Lt", "Maj", "Mio", "Mr", "Mrd", "Mrs", "Ms", "Nr", "Prof", "Rep", "Sen", "Sgt",
    "Sr", "St", "Str", "Supt", "Tel", "Vol", "approx", "bijv", "bzgl", "bzw", "ca", "dhr", "dr", "evtl", "ggf", "i.e",
    "inkl", "ir", "max", "mevr", "min", "mr", "mw", "nr", "prof", "resp", "sog", "vgl", "vs", "zgl",
];

/// A German ordinal (`11.`, `3.`) followed (in `after`) by a month or a noun that is counted that way.
fn is_ordinal(token: &str, after: &str) -> bool {
    let Some(number) = token.strip_suffix('.') else {
        return false;
    };
    (1..=3).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit()) && {
        let next_word = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        ORDINAL_HEADS.binary_search(&next_word).is_ok()
    }
}

/// Words that follow a German ordinal number (sorted for binary search): months and counted nouns.
const ORDINAL_HEADS: &[&str] = &[
    "April",
    "August",
    "Dezember",
    "Februar",
    "Geburtstag",
    "Jahrestag",
    "Jahrhundert",
    "Jahrhunderts",
    "Jahrtausend",
    "Januar",
    "Juli",
    "Juni",
    "Jänner",
    "Klasse",
    "Kongress",
    "Mai",
    "Mal",
    "März",
    "November",
    "Oktober",
    "Platz",
    "Quartal",
    "September",
    "Stock",
    "Tag",
    "Wahlperiode",
];

fn is_separator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Characters after which UAX #29 may break a sentence: terminators (Sentence_Break STerm and ATerm) and
/// paragraph separators, as `unicode-segmentation` classifies them (a test re-derives the table from it).
pub fn is_terminator_or_separator(c: char) -> bool {
    let c = c as u32;
    let i = BREAKERS.partition_point(|&(_, hi)| hi < c);
    BREAKERS.get(i).is_some_and(|&(lo, _)| lo <= c)
}

/// First bytes of UTF-8 sequences that may encode a terminator or separator (ASCII ones exactly).
pub(crate) static MAY_BREAK: [bool; 256] = {
    let mut table = [false; 256];
    table[b'\n' as usize] = true;
    table[b'\r' as usize] = true;
    table[b'!' as usize] = true;
    table[b'.' as usize] = true;
    table[b'?' as usize] = true;
    let mut lead = 0xC2;
    while lead < 0xF5 {
        // 0xC3..=0xD4 start U+00C0..=U+053F, where no terminator lives: most Latin, Greek and Cyrillic letters.
        table[lead] = !(lead >= 0xC3 && lead <= 0xD4);
        lead += 1;
    }
    table
};

/// Inclusive code point ranges of [`is_terminator_or_separator`].
pub(crate) const BREAKERS: &[(u32, u32)] = &[
    (0x000A, 0x000A),
    (0x000D, 0x000D),
    (0x0021, 0x0021),
    (0x002E, 0x002E),
    (0x003F, 0x003F),
    (0x0085, 0x0085),
    (0x0589, 0x0589),
    (0x061D, 0x061F),
    (0x06D4, 0x06D4),
    (0x0700, 0x0702),
    (0x07F9, 0x07F9),
    (0x0837, 0x0837),
    (0x0839, 0x0839),
    (0x083D, 0x083E),
    (0x0964, 0x0965),
    (0x104A, 0x104B),
    (0x1362, 0x1362),
    (0x1367, 0x1368),
    (0x166E, 0x166E),
    (0x1735, 0x1736),
    (0x17D4, 0x17D5),
    (0x1803, 0x1803),
    (0x1809, 0x1809),
    (0x1944, 0x1945),
    (0x1AA8, 0x1AAB),
    (0x1B4E, 0x1B4F),
    (0x1B5A, 0x1B5B),
    (0x1B5E, 0x1B5F),
    (0x1B7D, 0x1B7F),
    (0x1C3B, 0x1C3C),
    (0x1C7E, 0x1C7F),
    (0x2024, 0x2024),
    (0x2028, 0x2029),
    (0x203C, 0x203D),
    (0x2047, 0x2049),
    (0x2CF9, 0x2CFB),
    (0x2E2E, 0x2E2E),
    (0x2E3C, 0x2E3C),
    (0x2E53, 0x2E54),
    (0x3002, 0x3002),
    (0xA4FF, 0xA4FF),
    (0xA60E, 0xA60F),
    (0xA6F3, 0xA6F3),
    (0xA6F7, 0xA6F7),
    (0xA876, 0xA877),
    (0xA8CE, 0xA8CF),
    (0xA92F, 0xA92F),
    (0xA9C8, 0xA9C9),
    (0xAA5D, 0xAA5F),
    (0xAAF0, 0xAAF1),
    (0xABEB, 0xABEB),
    (0xFE12, 0xFE12),
    (0xFE15, 0xFE16),
    (0xFE52, 0xFE52),
    (0xFE56, 0xFE57),
    (0xFF01, 0xFF01),
    (0xFF0E, 0xFF0E),
    (0xFF1F, 0xFF1F),
    (0xFF61, 0xFF61),
    (0x10A56, 0x10A57),
    (0x10F55, 0x10F59),
    (0x10F86, 0x10F89),
    (0x11047, 0x11048),
    (0x110BE, 0x110C1),
    (0x11141, 0x11143),
    (0x111C5, 0x111C6),
    (0x111CD, 0x111CD),
    (0x111DE, 0x111DF),
    (0x11238, 0x11239),
    (0x1123B, 0x1123C),
    (0x112A9, 0x112A9),
    (0x113D4, 0x113D5),
    (0x1144B, 0x1144C),
    (0x115C2, 0x115C3),
    (0x115C9, 0x115D7),
    (0x11641, 0x11642),
    (0x1173C, 0x1173E),
    (0x11944, 0x11944),
    (0x11946, 0x11946),
    (0x11A42, 0x11A43),
    (0x11A9B, 0x11A9C),
    (0x11C41, 0x11C42),
    (0x11EF7, 0x11EF8),
    (0x11F43, 0x11F44),
    (0x16A6E, 0x16A6F),
    (0x16AF5, 0x16AF5),
    (0x16B37, 0x16B38),
    (0x16B44, 0x16B44),
    (0x16D6E, 0x16D6F),
    (0x16E98, 0x16E98),
    (0x1BC9F, 0x1BC9F),
    (0x1DA88, 0x1DA88),
];

#[cfg(test)]
pub(crate) fn assert_word_lists_sorted() {
    for list in [ABBREVIATIONS, ORDINAL_HEADS] {
        let mut sorted = list.to_vec();
        sorted.sort_unstable();
        assert_eq!(list, sorted.as_slice());
    }
    assert_eq!(ABBREVIATIONS.iter().map(|a| a.len()).max(), Some(MAX_ABBREVIATION));
}

/// [`keeps_together`] and [`keeps_together_by_chars`] at `at`, for a test that they agree.
#[cfg(test)]
pub(crate) fn keeps_together_both_ways(text: &str, para_start: usize, at: usize) -> (bool, bool) {
    (
        keeps_together(text, para_start, at),
        keeps_together_by_chars(text, para_start, at),
    )
}
