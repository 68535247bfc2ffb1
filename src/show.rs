//! Text from articles, gazetteers, file names and arguments shown to a person: control characters escaped.
//!
//! An article holding `ESC ] 0 ; … BEL` would set a terminal's title when its sentence is printed, `ESC [ 2 J`
//! clear the screen, and an entity name or argument with `\r\n` forge a line of output. Messages and tables
//! show such characters as escapes (`\u{1b}`, `\r`, `\n`), as Rust's `{:?}` does, and leave every other
//! character, of any script, as it is; JSON output is exact and needs none of this.

use std::borrow::Cow;
use std::fmt;

/// Whether `c` is a control character: C0 (U+0000–U+001F), DEL, or C1 (U+0080–U+009F, where U+009B is a CSI to
/// terminals that read eight-bit controls).
pub fn is_control(c: char) -> bool {
    c.is_control()
}

/// `text` with every control character escaped, line breaks too: for one value inside a line.
pub fn escape(text: &str) -> Cow<'_, str> {
    escape_but(text, |_| false)
}

/// `text` with every control character escaped but line feeds: for whole messages of several lines.
pub fn escape_lines(text: &str) -> Cow<'_, str> {
    escape_but(text, |c| c == '\n')
}

fn escape_but(text: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(|c| is_control(c) && !keep(c)) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            c if !is_control(c) || keep(c) => shown.push(c),
            '\n' => shown.push_str("\\n"),
            '\r' => shown.push_str("\\r"),
            '\t' => shown.push_str("\\t"),
            c => shown.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
    }
    Cow::Owned(shown)
}

/// A value shown inside a message: `format!("no entity is called \"{}\"", Escaped(name))`.
pub struct Escaped<'a>(pub &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&escape(self.0))
    }
}

/// A path shown inside a message, escaped like any other text (and lossily decoded where it is not UTF-8).
pub struct ShownPath<'a>(pub &'a std::path::Path);

impl fmt::Display for ShownPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&escape(&self.0.to_string_lossy()))
    }
}

#[cfg(test)]
mod tests {
    use super::{escape, escape_lines};

    #[test]
    fn control_characters_are_escaped_and_nothing_else() {
        let cases = [
            ("Amazon verkauft Rekognition", "Amazon verkauft Rekognition"),
            ("\u{1b}]0;owned\u{7}\u{1b}[2J", "\\u{1b}]0;owned\\u{7}\\u{1b}[2J"),
            ("ICE\r\ngazegraph: forged", "ICE\\r\\ngazegraph: forged"),
            ("tab\there", "tab\\there"),
            ("NUL\0", "NUL\\u{0}"),
            ("C1 \u{9b}31m", "C1 \\u{9b}31m"),
            ("DEL \u{7f}", "DEL \\u{7f}"),
            ("right-to-left \u{200f} and Ü", "right-to-left \u{200f} and Ü"),
            ("C:\\Users\\news", "C:\\Users\\news"),
        ];
        for (text, shown) in cases {
            assert_eq!(escape(text), shown, "{text:?}");
        }
        assert_eq!(escape_lines("one\ntwo\r\n"), "one\ntwo\\r\n");
    }
}
