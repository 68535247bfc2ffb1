//! The other forms of places: the adjectives German, Dutch and English build from them, which rules use
//! (`Kölner Polizei`, `de Amsterdamse politie`, `bayerisches Innenministerium`, `the German interior ministry`).
//!
//! Adjectives never name the place on their own (`Kölner Dom` is a church, `amerikanische Firmen` no
//! country): they exist for rules. The regular ones are derived here, per language, from a city's names; a
//! place row gives the rest in its `adjectives` column, each tagged with its language: `de:Münchner`,
//! `de:bayerisch|nl:Beiers|en:Bavarian`. What is derived, and why:
//!
//! - German city adjectives add `-er` to the name (`Köln` → `Kölner`, `Essen` → `Essener`, `New York` → `New
//!   Yorker`), `-r` after an `-e` (`Rheine` → `Rheiner`), and `-ingen` becomes `-inger` (`Göttingen` →
//!   `Göttinger`). They do not inflect. The
//!   irregular ones (`Münchner` beside the derived `Münchener`, `Bremer`, `Hannoveraner`) come from the row.
//! - Dutch city adjectives add `-se` (`Amsterdam` → `Amsterdamse`, `Eindhoven` → `Eindhovense`), except that
//!   `-ingen` becomes `-ingse` (`Groningen` → `Groningse`). The uninflected `-s` form is rare before an
//!   institution (`de Amsterdamse politie`, `het Amsterdamse stadsbestuur`) and left out. Irregular ones
//!   (`Haagse`, `Leidse`) come from the row.
//! - A German adjective in `-sch` given by a row is inflected (`bayerisch` → `bayerische`, `bayerischen`,
//!   `bayerischer`, `bayerisches`, `bayerischem`; `deutsch` → `deutsche` …), and a Dutch one in `-s` or `-sch`
//!   gets its `-e` (`Beiers` → `Beierse`, `Amerikaans` → `Amerikaanse`, `Belgisch` → `Belgische`, `Chinees` →
//!   `Chinese`: a doubled vowel is written single in the open syllable).
//!
//! Derivation runs over names that look like a city's name in running text: letters, spaces and hyphens, not
//! an acronym, not a qualified name (`Paris, Texas`). It over-generates (`Cologne` → `Cologner`), which costs
//! a little memory and never a false match, since an adjective only counts inside a rule.

use super::{Entity, is_acronym};

/// Parses an `adjectives` cell: `|`-separated `lang:form` items.
pub(super) fn parse_adjectives(cell: &str) -> Result<Vec<(String, String)>, String> {
    let mut adjectives = Vec::new();
    for item in cell.split('|').map(str::trim).filter(|i| !i.is_empty()) {
        let Some((lang, form)) = item.split_once(':') else {
            return Err(format!(
                "`{item}` has no language: write adjectives as `lang:form` (`de:bayerisch|nl:Beiers|en:Bavarian`)"
            ));
        };
        let (lang, form) = (lang.trim().to_lowercase(), form.trim());
        if lang.len() < 2 || lang.len() > 3 || !lang.chars().all(|c| c.is_ascii_lowercase()) {
            return Err(format!(
                "`{item}`: `{lang}` is not a language code such as de, en or nl"
            ));
        }
        if form.is_empty() || !form.chars().any(char::is_alphabetic) {
            return Err(format!("`{item}` has no adjective after its language"));
        }
        adjectives.push((lang, form.to_string()));
    }
    Ok(adjectives)
}

/// Every adjective form of a place, with its language: the row's, inflected, and, for a city, the derived
/// ones. In a stable order, without repeats.
pub fn adjective_forms(place: &Entity) -> Vec<(&str, String)> {
    let mut forms: Vec<(&str, String)> = Vec::new();
    let add = |lang: &'static str, form: String, forms: &mut Vec<(&str, String)>| {
        if !forms.iter().any(|(l, f)| *l == lang && *f == form) {
            forms.push((lang, form));
        }
    };
    for (lang, form) in &place.adjectives {
        let lang: &'static str = match lang.as_str() {
            "de" => "de",
            "nl" => "nl",
            "en" => "en",
            _ => {
                // Languages the derivation knows nothing of keep their forms as given.
                if !forms.iter().any(|(l, f)| l == lang && f == form) {
                    forms.push((lang.as_str(), form.clone()));
                }
                continue;
            }
        };
        for inflected in inflect(lang, form) {
            add(lang, inflected, &mut forms);
        }
    }
    if place.kind == "city" {
        for name in place.forms().filter(|n| derivable(n)) {
            add("de", german_city_adjective(name), &mut forms);
            add("nl", dutch_city_adjective(name), &mut forms);
        }
    }
    forms
}

/// A form as given and its inflections: German `-sch` takes the five endings, Dutch `-s` its `-e`.
fn inflect(lang: &str, form: &str) -> Vec<String> {
    let mut forms = vec![form.to_string()];
    match lang {
        "de" if form.ends_with("sch") => {
            forms.extend(
                ["e", "en", "er", "es", "em"]
                    .iter()
                    .map(|ending| format!("{form}{ending}")),
            );
        }
        "nl" => forms.extend(dutch_inflected(form)),
        _ => {}
    }
    forms
}

/// A Dutch adjective's `-e` form, by the spelling rules: `-s` and `-sch` add it (`Frans` → `Franse`,
/// `Belgisch` → `Belgische`), and a long vowel written double before the final `-s` is written single once the
/// syllable is open (`Chinees` → `Chinese`, `Indiaas` → `Indiase`). Other endings (`Beiers` aside, few country
/// adjectives end otherwise) are left to the row.
fn dutch_inflected(form: &str) -> Option<String> {
    if form.ends_with("sch") {
        return Some(format!("{form}e"));
    }
    let stem = form.strip_suffix('s')?;
    let mut tail = stem.chars().rev();
    match (tail.next(), tail.next()) {
        (Some(a), Some(b)) if a == b && "aeou".contains(a) => Some(format!("{}se", &stem[..stem.len() - a.len_utf8()])),
        _ => Some(format!("{form}e")),
    }
}

/// Whether a name is one a city adjective is built from: letters, spaces, hyphens and apostrophes, not an
/// acronym.
fn derivable(name: &str) -> bool {
    name.chars().any(char::is_lowercase)
        && !is_acronym(name)
        && name
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'')
}

fn german_city_adjective(name: &str) -> String {
    match name.strip_suffix("ingen") {
        Some(stem) => format!("{stem}inger"),
        None if name.ends_with('e') => format!("{name}r"),
        None => format!("{name}er"),
    }
}

fn dutch_city_adjective(name: &str) -> String {
    match name.strip_suffix("ingen") {
        Some(stem) => format!("{stem}ingse"),
        None => format!("{name}se"),
    }
}

/// The place names an adjective may come from, by undoing the derivation of [`adjective_forms`]: for reading
/// a listed name such as `Detroiter Polizei` back as a rule's form.
pub(super) fn derived_from(lang: &str, adjective: &str) -> Vec<String> {
    let mut names = Vec::new();
    match lang {
        "de" => {
            if let Some(stem) = adjective.strip_suffix("inger") {
                names.push(format!("{stem}ingen"));
            }
            if let Some(name) = adjective.strip_suffix("er") {
                names.push(name.to_string());
            }
            if let Some(name) = adjective.strip_suffix("er").filter(|n| !n.ends_with('e')) {
                names.push(format!("{name}e"));
            }
        }
        "nl" => {
            if let Some(stem) = adjective.strip_suffix("ingse") {
                names.push(format!("{stem}ingen"));
            }
            if let Some(name) = adjective.strip_suffix("se") {
                names.push(name.to_string());
            }
        }
        _ => {}
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(name: &str, kind: &str, aliases: &[&str], adjectives: &str) -> Entity {
        let mut place = crate::gazetteer::tests::entity("p", name, kind);
        place.aliases = aliases.iter().map(|a| a.to_string()).collect();
        place.adjectives = parse_adjectives(adjectives).unwrap();
        place
    }

    fn forms(place: &Entity, lang: &str) -> Vec<String> {
        adjective_forms(place)
            .into_iter()
            .filter(|(l, _)| *l == lang)
            .map(|(_, f)| f)
            .collect()
    }

    #[test]
    fn city_adjectives_are_derived_per_language() {
        // name, aliases, the `adjectives` cell, the German and the Dutch adjectives expected
        type Row<'a> = (&'a str, &'a [&'a str], &'a str, &'a [&'a str], &'a [&'a str]);
        let table: &[Row] = &[
            (
                "Cologne",
                &["Köln", "Keulen"],
                "",
                &["Cologner", "Kölner", "Keulener"],
                &["Colognese", "Kölnse", "Keulense"],
            ),
            ("Göttingen", &[], "", &["Göttinger"], &["Göttingse"]),
            ("Groningen", &[], "", &["Groninger"], &["Groningse"]),
            (
                "New York City",
                &["New York", "NYC"],
                "",
                &["New York Cityer", "New Yorker"],
                &["New York Cityse", "New Yorkse"],
            ),
            (
                "Munich",
                &["München"],
                "de:Münchner",
                &["Münchner", "Municher", "Münchener"],
                &["Munichse", "Münchense"],
            ),
            (
                "The Hague",
                &["Den Haag"],
                "nl:Haagse",
                &["The Haguer", "Den Haager"],
                &["Haagse", "The Haguese", "Den Haagse"],
            ),
            ("Paris, Texas", &[], "", &[], &[]),
        ];
        for (name, aliases, given, german, dutch) in table {
            let city = place(name, "city", aliases, given);
            assert_eq!(forms(&city, "de"), *german, "{name}");
            assert_eq!(forms(&city, "nl"), *dutch, "{name}");
        }
    }

    #[test]
    fn given_adjectives_are_inflected_and_only_cities_derive() {
        let bavaria = place("Bavaria", "state", &["Bayern"], "de:bayerisch|nl:Beiers|en:Bavarian");
        assert_eq!(
            forms(&bavaria, "de"),
            [
                "bayerisch",
                "bayerische",
                "bayerischen",
                "bayerischer",
                "bayerisches",
                "bayerischem"
            ]
        );
        assert_eq!(forms(&bavaria, "nl"), ["Beiers", "Beierse"]);
        for (given, inflected) in [
            ("Amerikaans", "Amerikaanse"),
            ("Duits", "Duitse"),
            ("Belgisch", "Belgische"),
            ("Israëlisch", "Israëlische"),
            ("Chinees", "Chinese"),
            ("Portugees", "Portugese"),
            ("Indiaas", "Indiase"),
            ("Pools", "Poolse"),
            ("Fries", "Friese"),
        ] {
            let country = place("X", "country", &[], &format!("nl:{given}"));
            assert_eq!(forms(&country, "nl"), [given, inflected], "{given}");
        }
        assert_eq!(forms(&bavaria, "en"), ["Bavarian"]);
        let usa = place("United States", "country", &[], "en:American|da:amerikansk");
        assert_eq!(forms(&usa, "en"), ["American"]);
        assert_eq!(
            forms(&usa, "da"),
            ["amerikansk"],
            "a language of its own keeps its forms"
        );
    }

    #[test]
    fn derivation_is_undone_for_reading_listed_names() {
        assert_eq!(derived_from("de", "Detroiter"), ["Detroit", "Detroite"]);
        assert_eq!(derived_from("de", "Rheiner"), ["Rhein", "Rheine"]);
        assert_eq!(derived_from("de", "Göttinger"), ["Göttingen", "Götting", "Göttinge"]);
        assert_eq!(derived_from("nl", "Amsterdamse"), ["Amsterdam"]);
        assert_eq!(derived_from("nl", "Groningse"), ["Groningen", "Groning"]);
        assert!(derived_from("en", "American").is_empty());
    }

    #[test]
    fn malformed_cells_are_refused() {
        for (cell, expected) in [
            ("bayerisch", "has no language"),
            ("german:bayerisch", "not a language code"),
            ("de:", "no adjective"),
        ] {
            let error = parse_adjectives(cell).unwrap_err();
            assert!(error.contains(expected), "{cell}: {error}");
        }
        assert_eq!(parse_adjectives(" de:a | nl:b |").unwrap().len(), 2);
    }
}
