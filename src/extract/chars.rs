//! Characters of folded text, read where matching needs them: shared by the matcher and the name rules
//! around it, so that neither reaches into the other.

/// Letters, digits, combining marks and `_`: what a name may not continue into.
pub(crate) fn is_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0..0x80 => 1,
        0xC0..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

/// The character starting at byte `i` of valid UTF-8, if any. Decoded by hand: it runs for every candidate, and
/// the folded text is valid by construction, so there is nothing to check again.
pub(crate) fn char_at(bytes: &[u8], i: usize) -> Option<char> {
    let first = *bytes.get(i)?;
    let len = utf8_len(first);
    let tail = bytes.get(i + 1..i + len)?;
    let lead = match len {
        1 => return Some(first as char),
        2 => (first & 0x1F) as u32,
        3 => (first & 0x0F) as u32,
        _ => (first & 0x07) as u32,
    };
    char::from_u32(tail.iter().fold(lead, |c, &b| (c << 6) | (b & 0x3F) as u32))
}
