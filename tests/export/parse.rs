//! Reading the exports back as their users' tools do: XML with quick-xml's reader (attribute values normalised as
//! the XML spec says), DOT with graphviz-rust's parser and Graphviz's own string rules.

use std::collections::BTreeMap;
use std::path::Path;

use graphviz_rust::dot_structures::{Attribute, Graph as DotGraph, Id, Stmt};
use quick_xml::XmlVersion;
use quick_xml::events::Event;

/// An XML element as a parser sees it: attribute values normalised as the XML spec says (a literal line break
/// in a value becomes a space), text with its references resolved.
#[derive(Debug, Default)]
pub struct Element {
    pub name: String,
    pub attributes: BTreeMap<String, String>,
    pub text: String,
    pub children: Vec<Element>,
}

impl Element {
    /// Every descendant named `name`, in document order.
    pub fn all<'a>(&'a self, name: &str) -> Vec<&'a Element> {
        let mut found = Vec::new();
        for child in &self.children {
            if child.name == name {
                found.push(child);
            }
            found.extend(child.all(name));
        }
        found
    }

    pub fn attr(&self, key: &str) -> &str {
        self.attributes.get(key).map_or_else(
            || panic!("<{}> has no {key}: {:?}", self.name, self.attributes),
            String::as_str,
        )
    }
}

/// Parses a whole XML document, panicking on anything a conforming parser would reject.
pub fn parse_xml(path: &Path) -> Element {
    let bytes = std::fs::read(path).unwrap();
    let mut reader = quick_xml::Reader::from_reader(bytes.as_slice());
    let mut stack = vec![Element::default()];
    let mut buf = Vec::new();
    let element = |e: &quick_xml::events::BytesStart| Element {
        name: e.name().as_ref().to_string(),
        attributes: e
            .attributes()
            .map(|a| {
                let a = a.unwrap_or_else(|err| panic!("{}: {err}", path.display()));
                (
                    a.key.as_ref().to_string(),
                    a.normalized_value(XmlVersion::Implicit1_0).unwrap().into_owned(),
                )
            })
            .collect(),
        ..Element::default()
    };
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => stack.push(element(&e)),
            Ok(Event::Empty(e)) => stack.last_mut().unwrap().children.push(element(&e)),
            Ok(Event::End(_)) => {
                let done = stack.pop().unwrap();
                stack.last_mut().unwrap().children.push(done);
            }
            Ok(Event::Text(t)) => stack
                .last_mut()
                .unwrap()
                .text
                .push_str(&t.xml_content(XmlVersion::Implicit1_0)),
            Ok(Event::GeneralRef(r)) => {
                let resolved = match r.resolve_char_ref().unwrap() {
                    Some(c) => c.to_string(),
                    None => quick_xml::escape::resolve_predefined_entity(&r)
                        .unwrap_or_else(|| panic!("{}: unknown entity", path.display()))
                        .to_string(),
                };
                stack.last_mut().unwrap().text.push_str(&resolved);
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!(
                "{}: not well-formed XML at {}: {e}",
                path.display(),
                reader.buffer_position()
            ),
        }
        buf.clear();
    }
    assert_eq!(stack.len(), 1, "{}: unclosed elements", path.display());
    let mut root = stack.pop().unwrap();
    assert_eq!(root.children.len(), 1, "{}: one root element", path.display());
    root.children.pop().unwrap()
}

/// What the DOT lexer makes of a quoted string: `\"` is a quote, everything else stays.
fn dot_string(id: &Id) -> String {
    let Id::Escaped(s) = id else {
        return match id {
            Id::Plain(s) | Id::Html(s) => s.clone(),
            _ => panic!("{id:?}"),
        };
    };
    s[1..s.len() - 1].replace("\\\"", "\"")
}

/// What Graphviz draws for a label string: escString (`\\` a backslash, `\n`/`\l`/`\r` line breaks), then
/// HTML entities decoded.
pub fn drawn(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match (c, chars.clone().next()) {
            ('\\', Some('\\')) => {
                out.push('\\');
                chars.next();
            }
            ('\\', Some('n' | 'l' | 'r')) => {
                out.push('\n');
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Node statements of a DOT file: id → attributes.
pub fn dot_nodes(path: &Path) -> BTreeMap<String, BTreeMap<String, String>> {
    let text = std::fs::read_to_string(path).unwrap();
    let graph = graphviz_rust::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let DotGraph::Graph { stmts, .. } = graph else {
        panic!("not an undirected graph")
    };
    stmts
        .iter()
        .filter_map(|s| match s {
            Stmt::Node(n) => Some((
                dot_string(&n.id.0),
                n.attributes
                    .iter()
                    .map(|Attribute(k, v)| (dot_string(k), dot_string(v)))
                    .collect(),
            )),
            _ => None,
        })
        .collect()
}
