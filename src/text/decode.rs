//! Turning a file's bytes into text.
//!
//! Articles arrive as UTF-8 (with or without a byte-order mark), as UTF-16 with a byte-order mark (Windows
//! "Unicode" exports), or in a legacy single-byte encoding (Windows-1252 and ISO-8859-1 are common for German and
//! Dutch text). UTF-8 is taken when the bytes are valid UTF-8; otherwise `chardetng`, the detector Firefox uses,
//! guesses the legacy encoding, and `encoding_rs` decodes it. A guess can be wrong (ISO-8859-15 is read as
//! Windows-1252, so `€` becomes `¤`), which is why a caller can name the encoding instead.
//!
//! Half-broken UTF-8 stays UTF-8: a file cut off in the middle of a character, or an article with a few stray
//! bytes among many well-formed accented letters, is decoded as UTF-8 with U+FFFD for the damage. Read as
//! Windows-1252 instead, every `ü` of it would become `Ã¼` and every name with an umlaut would be lost. Legacy
//! text is not mistaken for it: it almost never holds a well-formed multi-byte UTF-8 sequence.
//!
//! Files that are not text at all (images, PDFs, archives, anything with NUL bytes) are refused rather than
//! decoded into noise that could match short names by accident.

use encoding_rs::{Encoding, UTF_8};

/// Decoded text and how it was decoded.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// The encoding's WHATWG name (`UTF-8`, `UTF-16LE`, `windows-1252`, …).
    pub encoding: &'static str,
    /// Whether malformed sequences were replaced by U+FFFD.
    pub replaced: bool,
}

/// Why bytes could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("empty")]
    Empty,
    #[error("not text: looks like {0}")]
    Binary(&'static str),
    #[error("not text: contains NUL bytes")]
    NulBytes,
    #[error("JSONL must be UTF-8, this is UTF-16; save it as UTF-8")]
    Utf16Jsonl,
}

/// Decodes `bytes`: by their byte-order mark, else as UTF-8 when valid, else as `fallback` when given, else as
/// the legacy encoding `chardetng` guesses.
pub fn decode(bytes: Vec<u8>, fallback: Option<&'static Encoding>) -> Result<Decoded, DecodeError> {
    let decoded = if let Some((encoding, bom)) = Encoding::for_bom(&bytes) {
        with(encoding, &bytes[bom..])
    } else {
        sniff(&bytes)?;
        // simdutf8 validates at several times the speed of `String::from_utf8`: every byte of every article
        // goes through here.
        if simdutf8::basic::from_utf8(&bytes).is_ok() {
            Decoded {
                // SAFETY: the bytes were validated as UTF-8 just above.
                text: unsafe { String::from_utf8_unchecked(bytes) },
                encoding: UTF_8.name(),
                replaced: false,
            }
        } else {
            with(detect(&bytes, fallback), &bytes)
        }
    };
    if decoded.text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(decoded)
}

fn with(encoding: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, replaced) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        replaced,
    }
}

/// Refuses bytes that are not text: a known binary format, or NUL bytes (which no text encoding without a
/// byte-order mark produces).
pub(crate) fn sniff(bytes: &[u8]) -> Result<(), DecodeError> {
    if let Some(kind) = magic(bytes) {
        return Err(DecodeError::Binary(kind));
    }
    if memchr::memchr(0, bytes).is_some() {
        return Err(DecodeError::NulBytes);
    }
    Ok(())
}

/// The encoding of bytes without a byte-order mark: UTF-8 when they are UTF-8, perhaps damaged (see
/// [`damaged_utf8`]), else `fallback`, else the legacy encoding `chardetng` (Firefox's detector) guesses.
/// `bytes` may be the head of a longer file, cut anywhere.
pub(crate) fn detect(bytes: &[u8], fallback: Option<&'static Encoding>) -> &'static Encoding {
    if damaged_utf8(bytes) {
        return UTF_8;
    }
    fallback.unwrap_or_else(|| {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        detector.guess(None, chardetng::Utf8Detection::Deny)
    })
}

/// Whether `bytes` are UTF-8 with at most some damage: valid, or valid but for a sequence cut off at the end,
/// or with fewer malformed sequences than well-formed non-ASCII characters.
pub(crate) fn damaged_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    let mut chunks = bytes.utf8_chunks().peekable();
    while let Some(chunk) = chunks.next() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        let invalid = chunk.invalid();
        let cut_off = chunks.peek().is_none() && std::str::from_utf8(invalid).is_err_and(|e| e.error_len().is_none());
        if !invalid.is_empty() && !cut_off {
            bad += 1;
        }
    }
    bad == 0 || good > bad
}

/// The kind of a few binary formats people drop into article folders by mistake, by their first bytes.
fn magic(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF"),
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt document)"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"\xD0\xCF\x11\xE0", "an old Office document"),
        (b"\x7FELF", "a program"),
    ];
    MAGIC
        .iter()
        .find(|(prefix, _)| bytes.starts_with(prefix))
        .map(|&(_, kind)| kind)
}

/// The encoding a WHATWG label names (`latin1`, `iso-8859-15`, `windows-1252`, `utf-16le`, …).
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_by_bom_and_by_guess() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Ü".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(utf16, None).unwrap().text, "Ü");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Ö".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(be, None).unwrap().encoding, "UTF-16BE");
        let latin1 = b"M\xfcnchen und K\xf6ln: Stra\xdfenverkehr f\xfcr B\xfcrger".to_vec();
        let decoded = decode(latin1, None).unwrap();
        assert_eq!(decoded.text, "München und Köln: Straßenverkehr für Bürger");
        assert_eq!(decoded.encoding, "windows-1252");
    }

    #[test]
    fn refuses_binary_and_empty() {
        assert_eq!(
            decode(b"%PDF-1.7\n".to_vec(), None).unwrap_err(),
            DecodeError::Binary("a PDF")
        );
        assert_eq!(decode(b"ab\0cd".to_vec(), None).unwrap_err(), DecodeError::NulBytes);
        assert_eq!(decode(b" \n\t".to_vec(), None).unwrap_err(), DecodeError::Empty);
        assert_eq!(decode(Vec::new(), None).unwrap_err(), DecodeError::Empty);
        assert_eq!(decode(b"\xEF\xBB\xBF".to_vec(), None).unwrap_err(), DecodeError::Empty);
        assert_eq!(
            decode(b"\xFF\xFE \0\n\0".to_vec(), None).unwrap_err(),
            DecodeError::Empty
        );
    }

    #[test]
    fn damaged_utf8_stays_utf8_and_legacy_text_is_not_taken_for_it() {
        // cut off in the middle of the `ü` of a second `München`
        let cut = "München und Mü".as_bytes();
        let decoded = decode(cut[..cut.len() - 1].to_vec(), None).unwrap();
        assert_eq!(
            (decoded.text.as_str(), decoded.encoding),
            ("München und M\u{FFFD}", "UTF-8")
        );
        // a stray Windows-1252 byte in a UTF-8 article
        let stray = b"Gr\xC3\xBC\xC3\x9Fe aus M\xC3\xBCnchen, K\xF6ln und D\xC3\xBCsseldorf".to_vec();
        let decoded = decode(stray, None).unwrap();
        assert_eq!(decoded.text, "Grüße aus München, K\u{FFFD}ln und Düsseldorf");
        assert!(decoded.replaced);
        // legacy text with one accidental well-formed pair (`Ã` then `¼` in Windows-1252) is still legacy text
        let legacy = b"Gr\xfc\xdfe aus M\xfcnchen, K\xf6ln und D\xfcsseldorf: \xc3\xbc".to_vec();
        let decoded = decode(legacy, None).unwrap();
        assert_ne!(decoded.encoding, "UTF-8");
        assert!(
            decoded.text.starts_with("Grüße aus München, Köln und Düsseldorf"),
            "{decoded:?}"
        );
        assert!(!damaged_utf8(b"M\xfcnchen"));
        assert!(damaged_utf8(b"plain ASCII cut at \xE2\x82"));
    }
}
