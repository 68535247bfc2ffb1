//! Acronyms an article defines as something else than the gazetteer's entity.
//!
//! An acronym names many things: `NSA` is the National Security Agency to the gazetteer and the National
//! Sheriffs' Association to an article about sheriffs; `BK` is Austria's criminal police office, `DAS` a
//! surveillance system or an article. News style defines an acronym at its first use, the name in full and the
//! acronym in brackets: `the National Sheriffs’ Association (NSA)`. When an article does so with words that are
//! not the listed entity's name (a bracket that no mention of the entity stands before) and whose initials spell
//! the acronym, the article says what it means by it, and none of its uses of the acronym is the listed entity.
//!
//! The check is narrow on purpose: the words before the bracket must spell the acronym, letter for letter, by
//! their capitals (`of`, `and`, `für`, `van`… may stand between), so that an explanation in other words
//! (`die US-Einwanderungsbehörde (ICE)`) leaves the acronym to the entity.

use super::Mention;

/// Small words a name's initials skip: `Immigration and Customs Enforcement`, `Bureau of Investigation`.
const SKIPPED: &[&str] = &[
    "of", "and", "for", "the", "on", "in", "&", "und", "für", "der", "die", "des", "van", "voor", "de", "het", "en",
];

/// Drops from `mentions[from..]` (of `text`) every mention written as an acronym that the text defines as
/// something else: `Words That Spell It (WTSI)` where no mention of the same entity ends right before the
/// bracket. The bracketed acronym is a mention itself, so the definitions are found among the mentions, with
/// no search of the text.
pub(super) fn drop_redefined(text: &str, mentions: &mut Vec<Mention>, from: usize) {
    let written = |m: &Mention| &text[m.start..m.end];
    let defines_otherwise = |m: &&Mention| {
        let word = written(m);
        let acronym = word.len() <= 8 && word.bytes().all(|b| b.is_ascii_uppercase());
        let bracketed = text[..m.start].ends_with('(') && text[m.end..].starts_with(')');
        if !(acronym && bracketed) {
            return false;
        }
        let open = m.start - 1;
        let by_entity = mentions[from..]
            .iter()
            .any(|n| n.entity == m.entity && n.end <= open && text[n.end..open].trim().is_empty());
        !by_entity && spells(text[..open].trim_end(), word)
    };
    let redefined: Vec<(u32, &str)> = mentions[from..]
        .iter()
        .filter(defines_otherwise)
        .map(|m| (m.entity, written(m)))
        .collect();
    if redefined.is_empty() {
        return;
    }
    let mut index = 0;
    mentions.retain(|m| {
        index += 1;
        index <= from || !redefined.iter().any(|&(e, w)| e == m.entity && w == written(m))
    });
}

/// Whether the words at the end of `before` spell `acronym` by their capitals: one capitalised word per
/// letter, read backwards, small words ([`SKIPPED`]) between them skipped.
pub(super) fn spells(before: &str, acronym: &str) -> bool {
    let mut letters = acronym.chars().rev().peekable();
    let mut words = before.rsplit(|c: char| c.is_whitespace()).filter(|w| !w.is_empty());
    while letters.peek().is_some() {
        let Some(word) = words.next() else {
            return false;
        };
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if SKIPPED.contains(&word) {
            continue;
        }
        let first = word.chars().next();
        if !first.is_some_and(char::is_uppercase) || first != letters.next() {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::spells;

    #[test]
    fn names_spell_their_acronyms() {
        let rows = [
            ("the National Sheriffs’ Association", "NSA", true),
            ("U.S. Immigration and Customs Enforcement", "ICE", true),
            ("das Bundesamt für Sicherheit in der Informationstechnik", "BSI", true),
            ("die US-Einwanderungsbehörde", "ICE", false),
            ("the national sheriffs association", "NSA", false),
            ("Sheriffs Association", "NSA", false),
            ("", "NSA", false),
        ];
        for (before, acronym, expected) in rows {
            assert_eq!(spells(before, acronym), expected, "{before:?} {acronym}");
        }
    }
}
