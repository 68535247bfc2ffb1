//! Cutting a sentence into the words and marks the scanner looks at.
//!
//! A word is a run of letters and digits, with the dots, apostrophes and ampersands that join letters inside a
//! name (`B.V`, `Sheriff's`, `AT&T`, `O’Brien`); a hyphen cuts a word into parts that remember they were joined
//! (`Palantir-Chef` is `Palantir` and a joined `Chef`), so that a compound's head can be read as a cue and a
//! known name inside a compound masked. A dot right after a word is kept as a flag rather than as part of it
//! (`Inc.` is `Inc` with a dot), so that `Inc.` and `Inc` are one cue and a sentence's last word is a word.
//! Every other visible character is a mark of its own (`,`, `(`, `„`).

/// One word or mark, with its byte span in the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token<'t> {
    pub start: usize,
    pub end: usize,
    pub text: &'t str,
    pub word: bool,
    /// A word glued to the one before by a hyphen (`Chef` in `Palantir-Chef`).
    pub joined: bool,
    /// A word directly followed by a dot (`Inc.`, `Dr.`, or the last word of a sentence).
    pub dot: bool,
    /// Covered by a mention of a known entity, and of what kind.
    pub known: Option<Known>,
}

/// What a known mention is, as far as the scanner cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Known {
    /// A city, county, state or country: it may begin a longer name (`Washington Post`, `US-Militär`).
    Place,
    /// An organisation: a name right after it may be its product (`Genetec Stratocast`).
    Organisation,
    Other,
}

impl Token<'_> {
    /// Starts with a capital letter, or has one after a small letter (`iPhone`).
    pub fn capitalised(&self) -> bool {
        self.word
            && self
                .text
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || self.camel())
    }

    /// Written in capitals, with at least two letters (`NYPD`, `LKA`, `B.V`).
    pub fn acronym(&self) -> bool {
        self.word
            && crate::gazetteer::is_acronym(self.text)
            && self.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
    }

    /// A quantity with its unit (`64GB`, `3200mAh`, `5G`, `4K`): digits first, then a few letters. Such words are
    /// written in capitals or with one inside, and would otherwise pass for acronyms or brands.
    pub fn quantity(&self) -> bool {
        let rest = self
            .text
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        self.text.starts_with(|c: char| c.is_ascii_digit())
            && (1..=4).contains(&rest.len())
            && rest.chars().all(|c| c.is_ascii_alphabetic())
    }

    /// An English contraction of a pronoun or a verb (`I’m`, `We’ve`, `They’ll`, `I'd`, `Don't`): capitalised at a
    /// sentence's start or in a quote, and no name (a possessive, `Microsoft’s`, is another thing).
    pub fn contraction(&self) -> bool {
        self.text
            .rsplit_once(['\'', '’'])
            .is_some_and(|(_, tail)| matches!(tail, "m" | "ve" | "ll" | "re" | "d" | "t"))
    }

    /// A capital after a small letter: `PimEyes`, `ShotSpotter`, `iPhone`; not a German `EinwanderInnen`, nor
    /// words glued together by a scraper (`imageAmazon`, `meForgot`: more than one small letter first).
    pub fn camel(&self) -> bool {
        if self.text.ends_with("In") || self.text.ends_with("Innen") {
            return false;
        }
        let lower_start = self.text.chars().take_while(|c| c.is_lowercase()).count();
        if lower_start > 1 {
            return false;
        }
        let mut previous_lower = false;
        for c in self.text.chars() {
            if c.is_uppercase() && previous_lower {
                return true;
            }
            previous_lower = c.is_lowercase();
        }
        false
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '.' | '\'' | '’' | '&')
}

/// A German gender mark inside a word: `Beamt:innen`, `Bürger*innen`, `Nutzer_innen`.
fn is_gender_mark(c: char, rest: &str) -> bool {
    matches!(c, ':' | '*' | '_' | '/') && rest.starts_with("in")
}

/// The tokens of `text[range]`, with `known` set on words that overlap one of `known` (sorted byte spans).
pub(crate) fn tokens<'t>(
    text: &'t str,
    range: std::ops::Range<usize>,
    known: &[(usize, usize, Known)],
) -> Vec<Token<'t>> {
    let mut out: Vec<Token<'t>> = Vec::new();
    let slice = &text[range.clone()];
    let mut chars = slice.char_indices().peekable();
    let mut joined = false;
    while let Some((i, c)) = chars.next() {
        let at = range.start + i;
        if c.is_alphanumeric() {
            let mut end = at + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    end = range.start + j + d.len_utf8();
                    chars.next();
                } else if (is_joiner(d)
                    && slice[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric))
                    || is_gender_mark(d, &slice[j + d.len_utf8()..])
                {
                    chars.next();
                } else {
                    break;
                }
            }
            let dot = text[end..].starts_with('.');
            out.push(Token {
                start: at,
                end,
                text: &text[at..end],
                word: true,
                joined,
                dot,
                known: None,
            });
            joined = false;
            if dot {
                chars.next();
            }
        } else if c == '-' && out.last().is_some_and(|t| t.word && t.end == at) {
            // A hyphen right after a word joins it to the next one, if a word follows at once.
            joined = slice[i + 1..].chars().next().is_some_and(char::is_alphanumeric);
            if !joined {
                out.push(mark(text, at, c));
            }
        } else if !c.is_whitespace() {
            joined = false;
            out.push(mark(text, at, c));
        } else {
            joined = false;
        }
    }
    let mut k = 0;
    for token in out.iter_mut().filter(|t| t.word) {
        while k < known.len() && known[k].1 <= token.start {
            k += 1;
        }
        token.known = (k < known.len() && known[k].0 < token.end).then(|| known[k].2);
    }
    out
}

fn mark(text: &str, at: usize, c: char) -> Token<'_> {
    let end = at + c.len_utf8();
    Token {
        start: at,
        end,
        text: &text[at..end],
        word: false,
        joined: false,
        dot: false,
        known: None,
    }
}
