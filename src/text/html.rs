//! Web pages: the article a page holds, and what the page says about it.
//!
//! A saved news page is mostly furniture: menus, a cookie banner, "related articles", teasers, comments and a
//! footer, all naming companies the article does not. Matching the whole page would link the article's
//! entities to every company in the site's menu, so only the article is kept: `dom_smoothie` (a port of
//! Firefox's Readability) finds the main text, and its "formatted" text mode keeps headings and paragraphs as
//! blank-line separated paragraphs, which sentence and paragraph windows need. Readability scores blocks, so
//! an advertisement or a "listen to this article" widget *inside* the article's body survives it; elements
//! whose class or id marks them as such (`ad-slot`, `audio-player`, `related-box`, …) are removed first.
//!
//! The metadata comes from the page: title (`og:title`, else `<title>` minus the site's suffix), date
//! (`article:published_time`, JSON-LD `datePublished`, else the first `<time datetime>`), URL (`canonical`, else
//! `og:url`), language (`<html lang>`), outlet (`og:site_name`, else the URL's host). What the page lacks, a
//! crawl's record may give ([`Hints`]).
//!
//! The document's text is the extracted article, and mention spans are offsets into it: `gazegraph text PAGE`
//! prints it.

use dom_query::Document as Dom;
use encoding_rs::{Encoding, UTF_8};

use super::Document;
use super::decode::{DecodeError, detect};

/// A page larger than this is not an article (the largest news pages are a few megabytes with their scripts).
pub const MAX_PAGE_BYTES: usize = 32 << 20;

/// What is known of a page from outside it: a crawl record's URL and date, the HTTP charset.
#[derive(Clone, Debug, Default)]
pub struct Hints {
    pub url: Option<String>,
    pub date: Option<String>,
    /// The `charset` of the HTTP `Content-Type`.
    pub charset: Option<String>,
}

/// Why a page gave no document.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PageError {
    #[error(transparent)]
    Decode(#[from] DecodeError),
    #[error("a web page with no article text found in it")]
    NoArticle,
    #[error("a web page over {} MiB is no article", MAX_PAGE_BYTES >> 20)]
    TooLarge,
}

/// The article of the HTML page `bytes`, as a document with the id `id`.
pub fn page(
    id: String,
    bytes: &[u8],
    hints: &Hints,
    fallback: Option<&'static Encoding>,
) -> Result<Document, PageError> {
    if bytes.len() > MAX_PAGE_BYTES {
        return Err(PageError::TooLarge);
    }
    let html = decode_html(bytes, hints.charset.as_deref(), fallback)?;
    let dom = Dom::from(html.as_str());
    let meta = Meta::of(&dom);
    remove_furniture(&dom);
    let config = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let article = dom_smoothie::Readability::with_document(dom, None, Some(config))
        .and_then(|mut readability| readability.parse())
        .map_err(|_| PageError::NoArticle)?;
    let text = paragraphs(&article.text_content);
    if text.trim().is_empty() {
        return Err(PageError::NoArticle);
    }
    let url = meta.url.or_else(|| hints.url.clone());
    let outlet = article
        .site_name
        .as_deref()
        .and_then(nonempty)
        .or_else(|| url.as_deref().and_then(host));
    let date = [
        article.published_time.as_deref(),
        meta.date.as_deref(),
        hints.date.as_deref(),
    ]
    .into_iter()
    .flatten()
    .find_map(super::normalize_date);
    Ok(Document {
        id,
        text,
        body_start: 0,
        title: nonempty(&article.title),
        date,
        lang: article.lang.as_deref().and_then(language),
        url,
        outlet,
    })
}

/// Decodes a page: by its byte-order mark, else as UTF-8 when it is (a page that is valid UTF-8 but says
/// otherwise is UTF-8: pages that lie in that direction are common, the reverse almost never valid), else as
/// the HTTP or `<meta>` charset says, else as `fallback`, else as guessed.
fn decode_html(bytes: &[u8], http: Option<&str>, fallback: Option<&'static Encoding>) -> Result<String, DecodeError> {
    let encoding = if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return Ok(encoding.decode_without_bom_handling(&bytes[bom..]).0.into_owned());
    } else if simdutf8::basic::from_utf8(bytes).is_ok() {
        UTF_8
    } else {
        http.or_else(|| meta_charset(bytes))
            .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
            .or(fallback)
            .unwrap_or_else(|| detect(bytes, None))
    };
    let text = encoding.decode_without_bom_handling(bytes).0.into_owned();
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(text)
}

/// The charset a page names in its first kilobytes (`<meta charset=…>` or `content="text/html; charset=…"`).
fn meta_charset(bytes: &[u8]) -> Option<&str> {
    let head = &bytes[..bytes.len().min(4096)];
    let at = head.windows(8).position(|w| w.eq_ignore_ascii_case(b"charset="))?;
    let rest = &head[at + 8..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
        .unwrap_or(rest.len());
    std::str::from_utf8(&rest[..end]).ok().filter(|s| !s.is_empty())
}

/// What the page's head and markup say that Readability does not read: the URL, and dates it misses (JSON-LD
/// in a `@graph`, `<time>` elements).
struct Meta {
    url: Option<String>,
    date: Option<String>,
}

impl Meta {
    fn of(dom: &Dom) -> Meta {
        let attr = |selector: &str, name: &str| {
            dom.select(selector)
                .iter()
                .find_map(|s| s.attr(name).and_then(|v| nonempty(&v)))
        };
        let url = attr("link[rel=canonical]", "href")
            .or_else(|| attr("meta[property='og:url']", "content"))
            .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
        let json_ld_date = dom
            .select("script[type='application/ld+json']")
            .iter()
            .filter_map(|s| serde_json::from_str::<serde_json::Value>(&s.text()).ok())
            .find_map(|v| find_key(&v, "datePublished"));
        let date = json_ld_date.or_else(|| attr("time[datetime]", "datetime"));
        Meta { url, date }
    }
}

/// The first string value of `key` anywhere in a JSON value.
fn find_key(value: &serde_json::Value, key: &str) -> Option<String> {
    match value {
        serde_json::Value::Object(map) => map
            .get(key)
            .and_then(|v| v.as_str().map(String::from))
            .or_else(|| map.values().find_map(|v| find_key(v, key))),
        serde_json::Value::Array(items) => items.iter().find_map(|v| find_key(v, key)),
        _ => None,
    }
}

/// Words that mark an element as furniture when they are one of the `-`/`_`-separated parts of its class or id:
/// advertisements (in English, German and Dutch), players, share bars, teasers, related links, consent banners.
const FURNITURE: &[&str] = &[
    "ad",
    "ads",
    "adslot",
    "advert",
    "advertisement",
    "advertentie",
    "anzeige",
    "sponsored",
    "promo",
    "player",
    "share",
    "sharing",
    "social",
    "newsletter",
    "teaser",
    "related",
    "cookie",
    "cookiewall",
    "consent",
    "cmp",
    "paywall",
    "outbrain",
    "taboola",
];

/// Removes elements whose class or id marks them as furniture, and dialogs and hidden elements, unless they
/// hold the article itself.
fn remove_furniture(dom: &Dom) {
    let marked = |value: Option<tendril::StrTendril>| {
        value.is_some_and(|v| {
            v.split_ascii_whitespace()
                .flat_map(|token| token.split(['-', '_']))
                .any(|part| FURNITURE.iter().any(|word| part.eq_ignore_ascii_case(word)))
        })
    };
    let candidates = dom.select("body [class], body [id], [role=dialog], [aria-hidden=true], [hidden]");
    for node in candidates.iter() {
        let furniture = node.is("[role=dialog], [aria-hidden=true], [hidden]")
            || marked(node.attr("class"))
            || marked(node.attr("id"));
        if furniture
            && !node.is("html, body, main, article, [itemprop=articleBody]")
            && node.select("article, main, [itemprop=articleBody]").is_empty()
        {
            node.remove();
        }
    }
}

/// Readability's formatted text with its paragraphs separated by exactly one blank line and no trailing
/// white space on lines.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push_str("\n\n");
        } else if !out.is_empty() {
            out.push('\n');
        }
        blank = false;
        out.push_str(line.trim_start_matches([' ', '\t']));
    }
    out.push('\n');
    out
}

/// The host of a URL without `www.`: an outlet's name when the page gives none.
pub fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host).to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

/// A language tag's primary language, lower-cased (`en-GB` → `en`), so that pages of one language group.
fn language(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (primary.len() >= 2 && primary.len() <= 3 && primary.bytes().all(|b| b.is_ascii_alphabetic())).then_some(primary)
}

fn nonempty(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_charsets_and_languages() {
        assert_eq!(
            host("https://www.spiegel.de/netzwelt/a-1.html").as_deref(),
            Some("spiegel.de")
        );
        assert_eq!(host("http://user@NOS.nl:8080?x").as_deref(), Some("nos.nl"));
        assert_eq!(host("not a url"), None);
        assert_eq!(meta_charset(b"<meta charset=\"ISO-8859-1\">"), Some("ISO-8859-1"));
        assert_eq!(
            meta_charset(b"<meta http-equiv=content-type content='text/html; charset=windows-1252'>"),
            Some("windows-1252")
        );
        assert_eq!(language("en-GB").as_deref(), Some("en"));
        assert_eq!(language("nl_NL").as_deref(), Some("nl"));
        assert_eq!(language("x"), None);
    }

    #[test]
    fn a_legacy_page_is_decoded_as_it_says_and_a_utf8_page_that_lies_as_utf8() {
        let latin1 = b"<html><head><meta charset=\"windows-1252\"></head><body><p>M\xfcnchen</p></body></html>";
        assert!(decode_html(latin1, None, None).unwrap().contains("München"));
        let lying = "<meta charset=\"iso-8859-1\"><p>Köln</p>".as_bytes();
        assert!(decode_html(lying, None, None).unwrap().contains("Köln"));
    }

    #[test]
    fn paragraphs_are_separated_by_one_blank_line() {
        assert_eq!(paragraphs("  a \n\n\n\nb\nc  \n\n"), "a\n\nb\nc\n");
    }
}
