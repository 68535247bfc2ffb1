//! What the benchmarks, the measuring examples (`examples/gazetteer_scale.rs`, `examples/automaton_kinds.rs`)
//! and their test share: deterministic inputs (gazetteers of any size, made up but shaped like real ones, and
//! corpora recombined from the seed articles) and a reading of the process's memory.
//!
//! Inputs are generated in memory from a seed, never read from `../shared`, so that a benchmark measures the
//! same inputs on every clone and every run. Each user of this module needs only part of it.
#![allow(dead_code)]

use std::collections::HashSet;

use gazegraph::Document;
use gazegraph::text::fold::fold;

/// A deterministic pseudo-random source (SplitMix64).
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

// Word material in German, Dutch and English. Stems made of syllables give the millions of distinct names a
// large gazetteer needs; the words around them give the names the look (and the folding work: umlauts, `ß`,
// `ij`, hyphens, dots, apostrophes) of real ones. The letters beyond German and Dutch matter too: every byte
// a pattern uses widens the rows of a DFA.
// (Laid out by hand: rustfmt would give every word a line.)
#[rustfmt::skip]
mod words {
    pub const SYLLABLES: &[&str] = &[
        "ka", "lo", "ver", "na", "tor", "mi", "sen", "da", "rix", "bel", "qua", "zen", "lum", "tra", "vo", "nex",
        "sol", "ar", "fi", "gor", "hel", "is", "jun", "kel", "mar", "nor", "pex", "ral", "sa", "tek", "ul", "vin",
        "wal", "xe", "yor", "zu", "ber", "lin", "dor", "ha", "mö", "rü", "gen", "stein", "ij", "sel", "wes", "ter",
        // the foreign names of news: Łódź, São Paulo, Tromsø, Ålesund, Çorlu, Niš, Nuñez, Kraków
        "łó", "são", "sø", "ål", "çor", "š", "ñe", "kó",
    ];
    pub const SECTORS: &[&str] = &[
        "Systems", "Analytics", "Labs", "Technologies", "Security", "Robotics", "Surveillance", "Data", "Cloud",
        "Networks", "Solutions", "Vision", "Dynamics", "Intelligence", "Sensors", "Defense", "Logistics",
        "Sicherheitstechnik", "Datensysteme", "Überwachungstechnik", "Software", "Verkehrstechnik", "Analytik",
        "Beveiliging", "Technologie", "Gegevensdiensten", "Bewakingssystemen", "Adviesgroep", "Beratung",
    ];
    pub const LEGAL_FORMS: &[&str] = &[
        "", "", "", "", "GmbH", "AG", "SE", "GmbH & Co. KG", "B.V.", "N.V.", "Inc.", "Ltd", "LLC", "Corp.", "plc",
    ];
    pub const BRAND_ENDINGS: &[&str] = &["werk", "tec", "soft", "data", "ix", "on", "a", "io", "net", "sys"];
    pub const FIRST_NAMES: &[&str] = &[
        "Anna", "Lukas", "Jan", "Sanne", "Pieter", "Emma", "Thomas", "Sophie", "Daan", "Lotte", "Felix", "Jürgen",
        "Ingrid", "Maarten", "Femke", "James", "Olivia", "Noah", "Grace", "Henrik", "Mia", "Jörg", "Klaus", "Bram",
        "Anouk", "Ruth", "Oliver", "Hannah", "Stefan", "Ilse", "Mohammed", "Fatma", "Ayşe", "Wim", "Gerrit",
        "Ursula", "Michael", "Sarah", "David", "Laura", "Kees", "Joost", "Marieke", "Heinz", "Brigitte", "Tobias",
        "Charlotte",
    ];
    pub const PARTICLES: &[&str] = &["", "", "", "", "", "van", "de", "van der", "von", "ter", "van den", "O'"];
    pub const SURNAME_ENDINGS: &[&str] = &[
        "mann", "er", "sen", "berg", "stra", "ink", "ema", "ley", "ton", "wood", "ke", "hoff", "ski", "dijk", "huis",
    ];
    pub const PLACE_PREFIXES: &[&str] = &[
        "", "", "", "", "Bad ", "Sankt ", "Nieuw-", "Oud-", "North ", "East ", "Groß ", "Klein ", "Port ", "'s-",
    ];
    pub const PLACE_ENDINGS: &[&str] = &[
        "burg", "dorf", "hausen", "heim", "stadt", "feld", "dam", "drecht", "hoven", "wijk", "ton", "ford", "bridge",
        "field", "chester", "au", "ingen", "rode", "ville", "haven",
    ];
    pub const RIVERS: &[&str] = &[
        "Main", "Oder", "Saale", "Donau", "Maas", "IJssel", "Rijn", "Thames", "Severn", "Elbe",
    ];
    pub const OFFICES: &[&str] = &[
        "Bundesamt für", "Landesamt für", "Bundesministerium für", "Ministerie van", "Rijksdienst voor",
        "Department of", "Office of", "Ministry of", "Agency for",
    ];
    pub const DOMAIN_TOPICS: &[&str] = &[
        "Migration", "Grenzschutz", "Datenschutz", "Cybersecurity", "Immigration", "Homeland Security", "Defence",
        "Infrastructure", "Binnenlandse Zaken", "Defensie", "Verkehr", "Innere Sicherheit", "Public Safety",
        "Energie",
    ];
    pub const AGENCY_FORMS: &[&str] = &[
        "Polizei", "Politie", "Police Department", "Staatsanwaltschaft", "Gemeente", "County Sheriff's Office",
        "Landeskriminalamt", "Kriminalpolizei", "Fire Department", "Ordnungsamt",
    ];
    pub const PRODUCT_LINES: &[&str] = &[
        "Vision", "Guard", "Sense", "Track", "Cloud", "Scan", "Eye", "Shield", "Pulse", "Map", "Wächter", "Blick",
        "Zicht", "Radar", "Insight", "Gesichtserkennung",
    ];
    pub const PRODUCT_MODELS: &[&str] = &["", "", "Pro", "X200", "3", "Enterprise", "2.0", "Mobile", "One", "NX-5"];
}
use words::*;

/// A generated gazetteer file.
pub struct SyntheticGazetteer {
    pub csv: String,
    pub entities: usize,
    /// Surface forms: names and aliases, all distinct once folded.
    pub forms: usize,
}

/// A gazetteer CSV of exactly `forms` surface forms (names and aliases) with the columns a real one has (`id`,
/// `name`, `type`, `aliases`, `match`, `context`, `owner` and a `wikidata` attribute), about 1.8 forms per entity.
/// Entities are organisations, people, places, agencies and products, with acronyms, case-sensitive products,
/// owners and a few context rules; no folded form is given twice, nor any in `avoid` (folded forms of a
/// gazetteer it will be loaded with), so the result always loads.
pub fn gazetteer(forms: usize, seed: u64, avoid: &HashSet<String>) -> SyntheticGazetteer {
    let mut g = Generator {
        rng: Rng(seed),
        taken: HashSet::with_capacity(forms + avoid.len()),
        avoid,
        organisations: Vec::new(),
        words: COMMON_WORDS
            .iter()
            .flat_map(|list| list.lines())
            .filter(|w| !w.starts_with('#'))
            .collect(),
        writer: csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new()),
        entities: 0,
        forms: 0,
    };
    g.write(["id", "name", "type", "aliases", "match", "context", "owner", "wikidata"]);
    while g.forms < forms {
        g.entity(forms - g.forms);
    }
    let csv = String::from_utf8(g.writer.into_inner().expect("writing to memory")).expect("generated UTF-8");
    SyntheticGazetteer {
        csv,
        entities: g.entities,
        forms: g.forms,
    }
}

struct Generator<'a> {
    rng: Rng,
    /// Folded forms given out.
    taken: HashSet<String>,
    avoid: &'a HashSet<String>,
    /// Ids of organisations, the owners of products.
    organisations: Vec<String>,
    /// Common words, which no acronym spells.
    words: HashSet<&'static str>,
    writer: csv::Writer<Vec<u8>>,
    entities: usize,
    forms: usize,
}

impl Generator<'_> {
    fn write<const N: usize>(&mut self, record: [&str; N]) {
        self.writer.write_record(record).expect("writing to memory");
    }

    /// Claims a form unless it is taken (after folding, as the loader compares forms).
    fn claim(&mut self, form: &str) -> bool {
        let key = fold(form);
        !self.avoid.contains(&key) && self.taken.insert(key)
    }

    fn stem(&mut self) -> String {
        let n = 2 + self.rng.below(2);
        let stem: String = (0..n).map(|_| self.rng.pick(SYLLABLES)).collect();
        capitalise(&stem)
    }

    /// Writes one entity with at most `room` forms (fewer when a form is taken); nothing when its name is.
    fn entity(&mut self, room: usize) {
        let roll = self.rng.unit();
        let (kind, name, aliases) = if roll < 0.30 {
            self.organisation()
        } else if roll < 0.55 {
            self.person()
        } else if roll < 0.80 {
            self.place()
        } else if roll < 0.90 {
            self.agency()
        } else {
            self.product()
        };
        if !self.claim(&name) {
            return;
        }
        let aliases: Vec<String> = aliases.into_iter().take(room - 1).filter(|a| self.claim(a)).collect();
        let id = format!("{}-{:07}", &kind[..3], self.entities);
        let rule = if kind == "product" && self.rng.chance(0.15) {
            "case-sensitive"
        } else {
            ""
        };
        // A one-word name that is also an ordinary word needs a context rule; a few real names have one.
        let context = match self.organisations.len() {
            n if n > 0 && !name.contains(' ') && self.rng.chance(0.05) => self.organisations[self.rng.below(n)].clone(),
            _ => String::new(),
        };
        let owner = match self.organisations.len() {
            n if kind == "product" && n > 0 => self.organisations[self.rng.below(n)].clone(),
            _ => String::new(),
        };
        let wikidata = format!("Q{}", 1000 + self.rng.below(120_000_000));
        let joined = aliases.join("|");
        self.write([&id, &name, kind, &joined, rule, &context, &owner, &wikidata]);
        if kind == "organisation" {
            self.organisations.push(id);
        }
        self.entities += 1;
        self.forms += 1 + aliases.len();
    }

    fn organisation(&mut self) -> (&'static str, String, Vec<String>) {
        let stem = self.stem();
        let name = match self.rng.below(4) {
            0 => format!("{stem}{}", self.rng.pick(BRAND_ENDINGS)),
            1 => {
                let place = self.place_name();
                format!("{place} {}", self.rng.pick(SECTORS))
            }
            _ => format!("{stem} {}", self.rng.pick(SECTORS)),
        };
        let legal = self.rng.pick(LEGAL_FORMS);
        let full = if legal.is_empty() {
            name.clone()
        } else {
            format!("{name} {legal}")
        };
        let mut aliases = Vec::new();
        if !legal.is_empty() {
            aliases.push(name.clone());
        }
        if self.rng.chance(0.3) {
            aliases.extend(acronym(&full, &self.words));
        }
        ("organisation", full, aliases)
    }

    fn surname(&mut self) -> String {
        format!("{}{}", self.stem(), self.rng.pick(SURNAME_ENDINGS))
    }

    fn person(&mut self) -> (&'static str, String, Vec<String>) {
        let first = self.rng.pick(FIRST_NAMES);
        let particle = self.rng.pick(PARTICLES);
        let last = match particle {
            "" => self.surname(),
            "O'" => format!("O'{}", self.surname()),
            p => format!("{p} {}", self.surname()),
        };
        let name = format!("{first} {last}");
        let mut aliases = vec![format!(
            "{}. {last}",
            &first[..first.chars().next().unwrap().len_utf8()]
        )];
        if self.rng.chance(0.3) {
            let middle = self.rng.pick(FIRST_NAMES);
            aliases.push(format!("{first} {middle} {last}"));
        }
        ("person", name, aliases)
    }

    fn place_name(&mut self) -> String {
        let stem = self.stem();
        format!(
            "{}{stem}{}",
            self.rng.pick(PLACE_PREFIXES),
            self.rng.pick(PLACE_ENDINGS)
        )
    }

    fn place(&mut self) -> (&'static str, String, Vec<String>) {
        let name = self.place_name();
        let mut aliases = Vec::new();
        if self.rng.chance(0.4) {
            let joiner = self.rng.pick(&["an der", "aan de", "on"]);
            aliases.push(format!("{name} {joiner} {}", self.rng.pick(RIVERS)));
        }
        if self.rng.chance(0.2) {
            aliases.push(format!("{name}er Land"));
        }
        ("city", name, aliases)
    }

    fn agency(&mut self) -> (&'static str, String, Vec<String>) {
        let name = if self.rng.chance(0.5) {
            let office = self.rng.pick(OFFICES);
            let place = self.place_name();
            format!("{office} {} {place}", self.rng.pick(DOMAIN_TOPICS))
        } else {
            let place = self.place_name();
            let form = self.rng.pick(AGENCY_FORMS);
            if form.contains(' ') {
                format!("{place} {form}")
            } else {
                format!("{form} {place}")
            }
        };
        let aliases = acronym(&name, &self.words).into_iter().collect();
        ("agency", name, aliases)
    }

    fn product(&mut self) -> (&'static str, String, Vec<String>) {
        let brand = self.stem();
        let line = self.rng.pick(PRODUCT_LINES);
        let model = self.rng.pick(PRODUCT_MODELS);
        let name = if model.is_empty() {
            format!("{brand} {line}")
        } else {
            format!("{brand} {line} {model}")
        };
        let aliases = if model.is_empty() {
            vec![format!("{brand}{line}")]
        } else {
            vec![format!("{brand} {line}")]
        };
        ("product", name, aliases)
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The capitals of a name's capitalised words (`Bundesamt für Migration Lindenau` is `BML`), when there are
/// three to five of them and they do not spell a common word: `DER` or `VAN` would be candidates in every
/// sentence, which a curated gazetteer avoids (the shipped one has `DAS`, which shows that it happens).
fn acronym(name: &str, words: &HashSet<&str>) -> Option<String> {
    let acronym: String = name
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    ((3..=5).contains(&acronym.chars().count()) && !words.contains(acronym.to_lowercase().as_str())).then_some(acronym)
}

/// The common German, English and Dutch words `gazetteer check` knows.
const COMMON_WORDS: [&str; 3] = [
    include_str!("../../src/gazetteer/words/de.txt"),
    include_str!("../../src/gazetteer/words/en.txt"),
    include_str!("../../src/gazetteer/words/nl.txt"),
];

/// The five seed articles, compiled in so that a benchmark needs no files at run time.
pub const SEEDS: [&str; 5] = [
    include_str!("../../seeds/000_5fc0c75c47dbb2ca.txt"),
    include_str!("../../seeds/001_5cb7b3a923d436c0.txt"),
    include_str!("../../seeds/002_f08923bbbf1d2df1.txt"),
    include_str!("../../seeds/003_9be7f01c49a02bb1.txt"),
    include_str!("../../seeds/004_c6ac50e79292f642.txt"),
];

/// About `bytes` bytes of documents of 3 to 8 KB, each a random draw of the seeds' paragraphs (German, English
/// and Dutch prose with the entities of the shipped gazetteer) under a date line: the shape of
/// `../shared/bench/make_corpus.py`'s corpus, made in memory.
pub fn corpus(bytes: usize, seed: u64) -> Vec<Document> {
    let bodies: Vec<String> = SEEDS
        .iter()
        .map(|text| Document::from_text(String::new(), text.to_string()).body().to_string())
        .collect();
    let paragraphs: Vec<&str> = bodies
        .iter()
        .flat_map(|body| body.split("\n\n"))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut rng = Rng(seed);
    let mut documents = Vec::new();
    let mut total = 0;
    while total < bytes {
        let size = 3000 + rng.below(5000);
        let mut text = format!(" date 20{:02}-{:02}\n", 15 + rng.below(8), 1 + rng.below(12));
        while text.len() < size {
            text.push_str(paragraphs[rng.below(paragraphs.len())]);
            text.push_str("\n\n");
        }
        total += text.len();
        documents.push(Document::from_text(format!("doc{:06}", documents.len()), text));
    }
    documents
}

/// The folded forms of a loaded gazetteer, for [`gazetteer`]'s `avoid`.
pub fn folded_forms(gazetteer: &gazegraph::Gazetteer) -> HashSet<String> {
    gazetteer.entities().iter().flat_map(|e| e.forms()).map(fold).collect()
}

/// The patterns `Extractor::new` compiles for a gazetteer: one per folded form, led by a space, in order of
/// first appearance. For measuring the bare automaton beside the extractor.
pub fn patterns(gazetteer: &gazegraph::Gazetteer) -> Vec<String> {
    let mut seen = HashSet::new();
    gazetteer
        .entities()
        .iter()
        .flat_map(|e| e.forms())
        .map(|f| format!(" {}", fold(f)))
        .filter(|k| seen.insert(k.clone()))
        .collect()
}

/// The shipped gazetteer padded with a generated one to about `forms` surface forms, written to `dir` (a
/// loaded gazetteer is tied to its files). The padding never occurs in the seeds' text but grows the automaton,
/// as most of a large real gazetteer would.
pub fn padded_gazetteer(forms: usize, dir: &std::path::Path) -> gazegraph::Gazetteer {
    let shipped = shipped_gazetteer();
    let shipped_forms: usize = shipped.entities().iter().map(|e| e.forms().count()).sum();
    let padding = gazetteer(forms.saturating_sub(shipped_forms), 42, &folded_forms(&shipped));
    let file = dir.join("padding.csv");
    std::fs::write(&file, padding.csv).expect("writing the padding");
    gazegraph::Gazetteer::load(&[std::path::PathBuf::from(SHIPPED), file]).expect("the padded gazetteer loads")
}

const SHIPPED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/gazetteer");

/// The shipped gazetteer (`gazetteer/` of the repository).
pub fn shipped_gazetteer() -> gazegraph::Gazetteer {
    gazegraph::Gazetteer::load(&[SHIPPED]).expect("the shipped gazetteer loads")
}

/// A memory figure of this process from `/proc/self/status` (`VmRSS`, resident now; `VmHWM`, the peak), in MB
/// of 10^6 bytes. Linux only: elsewhere it is an error that says so.
pub fn status_mb(key: &str) -> Result<f64, String> {
    let status = std::fs::read_to_string("/proc/self/status")
        .map_err(|e| format!("/proc/self/status: {e} (memory is measured on Linux only)"))?;
    let kb: f64 = status
        .lines()
        .find_map(|line| {
            line.strip_prefix(key)?
                .strip_prefix(':')?
                .trim()
                .strip_suffix("kB")?
                .trim()
                .parse()
                .ok()
        })
        .ok_or_else(|| format!("no {key} in /proc/self/status"))?;
    Ok(kb * 1024.0 / 1e6)
}

/// Runs this program again with `args` and returns what it printed to standard output, or an error with what
/// it printed to standard error. A measurement made in a process of its own has a peak memory of its own.
pub fn run_self<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Result<String, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let out = std::process::Command::new(exe)
        .args(args)
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).trim().to_string());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
