//! What the GEXF and GraphML writers share: an indenting quick-xml writer over text XML 1.0 can hold.
//!
//! quick-xml escapes markup, and in attribute values also the line breaks and tabs that every XML parser
//! would otherwise turn into spaces, so a label with a newline comes back with its newline. What no escaping
//! can carry are the characters XML 1.0 forbids outright (C0 controls other than tab, line feed and carriage
//! return; U+FFFE; U+FFFF): not even a character reference may name them, and one of them makes a parser reject
//! the whole file. Article text can hold them (a form feed left by a PDF extraction), so [`clean`] replaces
//! each with U+FFFD before it reaches the writer: the file stays readable and the loss is visible.

use std::borrow::Cow;
use std::io::Write;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

/// `s` with the characters XML 1.0 cannot represent replaced by U+FFFD.
pub fn clean(s: &str) -> Cow<'_, str> {
    let forbidden =
        |c: char| matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}');
    if s.contains(forbidden) {
        Cow::Owned(s.chars().map(|c| if forbidden(c) { '\u{fffd}' } else { c }).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// An XML document being written, two spaces per level.
pub(crate) struct Xml<'w> {
    writer: Writer<&'w mut dyn Write>,
}

impl<'w> Xml<'w> {
    /// Starts a UTF-8 document.
    pub fn new(out: &'w mut dyn Write) -> std::io::Result<Xml<'w>> {
        let mut writer = Writer::new_with_indent(out, b' ', 2);
        writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        Ok(Xml { writer })
    }

    fn tag<'a>(name: &'a str, attributes: &[(&'a str, &'a str)]) -> BytesStart<'a> {
        let mut tag = BytesStart::new(name);
        for &(key, value) in attributes {
            tag.push_attribute((key, clean(value)));
        }
        tag
    }

    /// Opens an element.
    pub fn open(&mut self, name: &str, attributes: &[(&str, &str)]) -> std::io::Result<()> {
        self.writer.write_event(Event::Start(Self::tag(name, attributes)))
    }

    /// Closes the element `name`.
    pub fn close(&mut self, name: &str) -> std::io::Result<()> {
        self.writer.write_event(Event::End(BytesEnd::new(name)))
    }

    /// Writes an element without content.
    pub fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) -> std::io::Result<()> {
        self.writer.write_event(Event::Empty(Self::tag(name, attributes)))
    }

    /// Writes an element holding only `text`.
    pub fn text(&mut self, name: &str, attributes: &[(&str, &str)], text: &str) -> std::io::Result<()> {
        self.open(name, attributes)?;
        let text = clean(text);
        self.writer.write_event(Event::Text(BytesText::new(&text)))?;
        self.close(name)
    }

    /// Ends the document with a line break, as text files do.
    pub fn finish(mut self) -> std::io::Result<()> {
        self.writer.get_mut().write_all(b"\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_characters_become_replacement_characters() {
        assert_eq!(clean("a\u{1}b\u{c}c\u{ffff}"), "a\u{fffd}b\u{fffd}c\u{fffd}");
        assert!(matches!(clean("tab\tline\nreturn\r\u{202e}ok"), Cow::Borrowed(_)));
    }

    #[test]
    fn attribute_values_keep_line_breaks_and_cannot_close_the_tag() {
        let mut out = Vec::new();
        let mut xml = Xml::new(&mut out).unwrap();
        xml.empty("n", &[("label", "a\"b'<c>&d\ne\tf\rg")]).unwrap();
        xml.text("t", &[], "x<y&z\r\n").unwrap();
        xml.finish().unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains(r#"<n label="a&quot;b&apos;&lt;c&gt;&amp;d&#10;e&#9;f&#13;g"/>"#),
            "{text}"
        );
        assert!(text.contains("<t>x&lt;y&amp;z&#13;\n</t>"), "{text}");
    }
}
