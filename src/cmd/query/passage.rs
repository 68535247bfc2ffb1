//! Evidence passages as answers show them: the passage with what the graph knows of its document (title,
//! date, outlet, whether it is a reprint), kept apart from the answers that use them.

use std::collections::HashMap;

use gazegraph::Graph;
use gazegraph::graph::{Cue, DocumentInfo, Evidence};
use serde::Serialize;

/// An evidence passage with what is known of its document.
#[derive(Serialize)]
pub(super) struct Passage<'a> {
    pub document: &'a str,
    pub sentence: u32,
    pub text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<&'a str>,
    /// For a reprint: the document it copies, which its counts went to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reprint_of: Option<&'a str>,
    /// For a typed relation: the bytes of `text` that state it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<Cue>,
}

pub(super) struct Documents<'g>(HashMap<&'g str, &'g DocumentInfo>);

impl<'g> Documents<'g> {
    pub fn of(graph: &'g Graph) -> Documents<'g> {
        Documents(graph.documents.iter().map(|d| (d.id.as_str(), d)).collect())
    }

    pub fn passage(&self, e: &'g Evidence) -> Passage<'g> {
        let info = self.0.get(e.document.as_str());
        Passage {
            document: &e.document,
            sentence: e.sentence,
            text: &e.text,
            title: info.and_then(|d| d.title.as_deref()),
            date: info.and_then(|d| d.date.as_deref()),
            url: info.and_then(|d| d.url.as_deref()),
            lang: info.and_then(|d| d.lang.as_deref()),
            outlet: info.and_then(|d| d.outlet.as_deref()),
            reprint_of: info.and_then(|d| d.reprint_of.as_deref()),
            cue: e.cue,
        }
    }
}

/// A passage's text on one line, its cue (the words that state a relation) between « and ».
pub(super) fn marked(p: &Passage) -> String {
    let text = match p.cue {
        Some(Cue { start, end })
            if p.text.is_char_boundary(start as usize) && p.text.is_char_boundary(end as usize) && start < end =>
        {
            let (s, e) = (start as usize, end as usize);
            format!("{}«{}»{}", &p.text[..s], &p.text[s..e], &p.text[e..])
        }
        _ => p.text.to_string(),
    };
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Passage<'_> {
    /// `doc, sentence 3 — "Title" (2018-11, en) https://…`
    pub fn source(&self) -> String {
        let mut s = format!("{}, sentence {}", self.document, self.sentence);
        if let Some(title) = self.title {
            s.push_str(&format!(" — “{title}”"));
        }
        let extra: Vec<&str> = [self.outlet, self.date, self.lang].into_iter().flatten().collect();
        if !extra.is_empty() {
            s.push_str(&format!(" ({})", extra.join(", ")));
        }
        if let Some(url) = self.url {
            s.push(' ');
            s.push_str(url);
        }
        if let Some(original) = self.reprint_of {
            s.push_str(&format!(" [reprint of {original}]"));
        }
        s
    }
}
