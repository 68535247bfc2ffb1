//! Aligned text tables for the terminal. Widths are display widths (`unicode-width`), so labels with
//! umlauts, typographic quotes or CJK characters line up; long cells are shortened with `…`.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Columns are left-aligned unless marked numeric.
pub struct Table {
    header: Vec<&'static str>,
    numeric: Vec<bool>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// Columns whose name starts with `>` are right-aligned (numbers).
    pub fn new(columns: &[&'static str]) -> Table {
        Table {
            header: columns.iter().map(|c| c.trim_start_matches('>')).collect(),
            numeric: columns.iter().map(|c| c.starts_with('>')).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        debug_assert_eq!(cells.len(), self.header.len());
        self.rows.push(cells);
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The table, each line indented by `indent` spaces, without trailing spaces.
    pub fn render(&self, indent: usize) -> String {
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.width()).collect();
        for row in &self.rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.width());
            }
        }
        let mut out = String::new();
        let header: Vec<String> = self.header.iter().map(|h| h.to_string()).collect();
        for row in std::iter::once(&header).chain(&self.rows) {
            let mut line = " ".repeat(indent);
            for (i, cell) in row.iter().enumerate() {
                if i > 0 {
                    line.push_str("  ");
                }
                let pad = " ".repeat(widths[i] - cell.width());
                if self.numeric[i] {
                    line.push_str(&pad);
                    line.push_str(cell);
                } else {
                    line.push_str(cell);
                    line.push_str(&pad);
                }
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }
}

/// `text` cut to at most `max` display columns, at a word boundary when one is near, ending in `…`.
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.width() <= max {
        return text;
    }
    let mut width = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let w = c.width().unwrap_or(0);
        if width + w > max.saturating_sub(1) {
            break;
        }
        width += w;
        end = i + c.len_utf8();
    }
    let cut = &text[..end];
    let cut = match cut.rfind(' ') {
        Some(space) if cut[space..].width() <= 15 => &cut[..space],
        _ => cut,
    };
    format!("{}…", cut.trim_end_matches([' ', ',', ';', ':']))
}

/// `words` joined by `, ` into lines of at most `max` display columns, each after `indent` spaces.
pub fn wrap_list(words: &[String], max: usize, indent: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for (i, word) in words.iter().enumerate() {
        let piece = if i + 1 < words.len() {
            format!("{word},")
        } else {
            word.clone()
        };
        if !line.is_empty() && line.width() + 1 + piece.width() > max {
            out.push_str(&" ".repeat(indent));
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&piece);
    }
    if !line.is_empty() {
        out.push_str(&" ".repeat(indent));
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_by_display_width() {
        let mut t = Table::new(&["name", ">n"]);
        t.row(vec!["Ministerium für Heimatschutz".into(), "3".into()]);
        t.row(vec!["„Rekognition“".into(), "12".into()]);
        let text = t.render(0);
        let lines: Vec<&str> = text.lines().collect();
        let widths: Vec<usize> = lines.iter().map(|l| l.width()).collect();
        assert_eq!(widths[1], widths[2], "{text}");
        assert!(lines[2].ends_with("12") && lines[1].ends_with(" 3"));
    }

    #[test]
    fn shortens_at_words_within_the_width() {
        let s = "Amazon will seine umstrittene Gesichtserkennungssoftware „Rekognition“ an ICE verkaufen.";
        let short = shorten(s, 40);
        assert!(short.width() <= 40 && short.ends_with('…'), "{short}");
        assert!(short.starts_with("Amazon will seine umstrittene"), "{short}");
        assert_eq!(shorten("short", 40), "short");
        assert_eq!(shorten("a\n  b", 40), "a b");
        let wrapped = wrap_list(&["Amazon".into(), "ICE".into(), "Palantir".into()], 12, 2);
        assert_eq!(wrapped, "  Amazon, ICE,\n  Palantir\n");
    }
}
