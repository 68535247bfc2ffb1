//! A US state's postal code after one of its cities: `WICHITA FALLS, TX`, `Dallas, TX 75201`.
//!
//! US datelines and addresses write the state after the city by its two-letter postal code. Alone, two capitals
//! are anything (`TX` a transmitter, `IN` a word in a heading, `OR`, `ME`), so the codes are no forms of the
//! states; right after a comma that follows a city of that very state they can only be the state. The city is
//! known by then (a mention), and its state and the state's code are in the place files (`state`, `admin1`).

use rustc_hash::FxHashMap;

use super::Mention;
use super::names::overlaps;
use crate::gazetteer::Gazetteer;

/// For each US city of a gazetteer whose state it lists, the state's postal code and the state.
pub(super) fn codes(gazetteer: &Gazetteer) -> FxHashMap<u32, ([u8; 2], u32)> {
    let mut codes = FxHashMap::default();
    for (city, entity) in gazetteer.entities().iter().enumerate() {
        if entity.kind != "city" || entity.attribute("country") != Some("US") {
            continue;
        }
        let (Some(code), Some(state)) = (entity.attribute("admin1"), entity.attribute("state")) else {
            continue;
        };
        let (Ok(code), Some(state)) = (<[u8; 2]>::try_from(code.as_bytes()), gazetteer.index_of(state)) else {
            continue;
        };
        if code.iter().all(u8::is_ascii_uppercase) {
            codes.insert(city as u32, (code, state as u32));
        }
    }
    codes
}

/// Adds to `mentions[from..]` (of `text`, in text order) the postal code of a US city's state that stands right
/// after a mention of the city, `, XX` and no letter or digit after, as a mention of the state.
pub(super) fn add_states(text: &str, codes: &FxHashMap<u32, ([u8; 2], u32)>, mentions: &mut Vec<Mention>, from: usize) {
    if codes.is_empty() {
        return;
    }
    let before = mentions.len();
    for i in from..before {
        let m = mentions[i];
        let Some(&(code, state)) = codes.get(&m.entity) else {
            continue;
        };
        let rest = text.as_bytes().get(m.end..).unwrap_or_default();
        let written = rest.starts_with(b", ")
            && rest.get(2..4) == Some(&code[..])
            && !rest.get(4).is_some_and(u8::is_ascii_alphanumeric);
        let span = m.end + 2..m.end + 4;
        if written && !overlaps(&mentions[from..before], &span) {
            mentions.push(Mention {
                start: span.start,
                end: span.end,
                entity: state,
                ..m
            });
        }
    }
    if mentions.len() > before {
        mentions[from..].sort_by_key(|m| m.start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_after_a_city_of_its_state() {
        let gazetteer = Gazetteer::from_csv(
            "p.csv",
            "id,name,type,aliases,country,admin1,state\n\
             texas,Texas,state,,US,,\n\
             dallas,Dallas,city,,US,TX,texas\n\
             paris,Paris,city,,FR,11,\n",
        )
        .unwrap();
        let codes = codes(&gazetteer);
        // (text, the city's span, whether the state is found after it)
        let rows: &[(&str, std::ops::Range<usize>, bool)] = &[
            ("DALLAS, TX (AP) - The police said.", 0..6, true),
            ("Dallas, TX 75201", 0..6, true),
            ("Dallas, TXU bought it.", 0..6, false),
            ("Dallas, Tx said.", 0..6, false),
            ("Dallas, OK?", 0..6, false),
            ("Dallas , TX", 0..6, false),
        ];
        for (text, city, expected) in rows {
            let mut mentions = vec![Mention {
                start: city.start,
                end: city.end,
                entity: gazetteer.index_of("dallas").unwrap() as u32,
                paragraph: 0,
                sentence: 0,
            }];
            add_states(text, &codes, &mut mentions, 0);
            let found = mentions
                .iter()
                .any(|m| m.entity == gazetteer.index_of("texas").unwrap() as u32);
            assert_eq!(found, *expected, "{text}");
        }
    }
}
