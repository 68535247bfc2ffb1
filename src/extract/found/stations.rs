//! US broadcasters by their call letters, as local news cites them: `WICHITA FALLS, TX (KAUZ) -`, `…, WISN
//! reported`, `told KGTV`, `WTHR-TV`, `WISN 12 News`.
//!
//! A US radio or television station's call sign is a `K` or a `W` and two or three more capitals, and local
//! news names the station that reports, or that it copies, by it: in the dateline's bracket, as the subject of
//! `reported`, after `told`, with `-TV` or a channel number. Alone, four capitals are anything (a headline's
//! `WHAT`, an agency's acronym), so only those places count, only in English paragraphs, and never a word the
//! word lists know.

use std::ops::Range;

use super::{FoundKind, Taken};
use crate::gazetteer::words::ordinary_word;

/// Whether `text[at..]` begins a word of call letters: `K` or `W` and two or three more ASCII capitals, then
/// no letter or digit. Returns where the letters end.
pub(super) fn letters_end(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if !matches!(bytes.get(at), Some(b'K' | b'W')) {
        return None;
    }
    let len = bytes[at..]
        .iter()
        .take(5)
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    let end = at + len;
    let bounded = !bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric());
    ((3..=4).contains(&len) && bounded).then_some(end)
}

/// The station whose call letters begin at `at` of `text[para]`, if they stand where news cites a station (see
/// the module's docs) and are no word: (the span of the mention, the span of the name, organisation).
pub(super) fn named_at(
    text: &str,
    para: &Range<usize>,
    at: usize,
    taken: &Taken<'_>,
) -> Option<(Range<usize>, Range<usize>, FoundKind)> {
    let end = letters_end(text, at)?;
    let letters = &text[at..end];
    if !ordinary_word(letters).is_empty() {
        return None;
    }
    let before = &text[para.start..at];
    let after = &text[end..para.end];
    let bracketed = before.ends_with('(') && after.starts_with(')');
    let suffixed = ["-TV", "-DT", "-FM", "-AM", " News", " reported", " reports", " said"]
        .iter()
        .any(|s| after.starts_with(s))
        || after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
    let told = before.ends_with("told ");
    let span = at..end;
    ((bracketed || suffixed || told) && !taken.covers(&span)).then(|| (span.clone(), span, FoundKind::Organisation))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn call_letters_where_news_cites_a_station() {
        // (paragraph, the station found, if one)
        let rows: &[(&str, Option<&str>)] = &[
            ("WICHITA FALLS, TX (KAUZ) - The council approved the app.", Some("KAUZ")),
            (
                "The police paused the plan after a hearing, WISN reported.",
                Some("WISN"),
            ),
            ("The sheriff told KGTV that the drone was cheap.", Some("KGTV")),
            ("A WTHR-TV crew filmed the drone.", Some("WTHR")),
            ("She spoke to WISN 12 News on Monday.", Some("WISN")),
            // no station: a word in capitals, letters elsewhere, too long or short, not K or W
            ("WHAT THE POLICE SAID (WHAT) was unclear.", None),
            ("The KAUZ building is old.", None),
            ("The agency (WADIM) said so.", None),
            ("Police (KA) said so.", None),
            ("The station (ABCD) said so.", None),
        ];
        let mut failures = Vec::new();
        for &(text, expected) in rows {
            let taken = Taken { listed: &[] };
            let para = 0..text.len();
            let found = (0..text.len())
                .filter(|&i| text.is_char_boundary(i) && (i == 0 || !text.as_bytes()[i - 1].is_ascii_alphanumeric()))
                .find_map(|at| named_at(text, &para, at, &taken))
                .map(|(_, name, _)| &text[name]);
            if found != expected {
                failures.push(format!("{text:?}: expected {expected:?}, got {found:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
