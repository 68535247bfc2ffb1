//! Arbitrary bytes as an input of unknown kind, as standard input is read: gzip or not, sniffed as JSONL, a WARC,
//! a web page or text, and read with that format's reader. No panic, no endless loop, and what is read holds:
//! every WARC record at an offset inside the input, every page's text non-empty.

#![no_main]

use gazegraph::text::html::{self, Hints};
use gazegraph::text::jsonl::{self, Lines};
use gazegraph::text::open::{self, Opened};
use gazegraph::text::warc::{Record, Records};
use gazegraph::text::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(Opened { format, stream }) = open::open_reader(Box::new(std::io::Cursor::new(data.to_vec())), None) else {
        return;
    };
    match format {
        Format::Jsonl => {
            let Ok(mut lines) = Lines::new(stream) else { return };
            while let Ok(Some((number, line))) = lines.next_line() {
                let _ = jsonl::parse_line("fuzz", "fuzz.jsonl", number, &line);
            }
        }
        Format::Warc => {
            let mut records = Records::new(stream);
            let mut seen = 0;
            while let Some(record) = records.next_record() {
                seen += 1;
                assert!(seen <= data.len() + 1, "more records than bytes: a loop");
                let offset = match &record {
                    Ok(Record::Page { offset, hints, body }) => {
                        if let Ok(doc) = html::page("p".into(), body, hints, None) {
                            assert!(!doc.text.trim().is_empty());
                        }
                        *offset
                    }
                    Ok(Record::Other { offset, .. }) => *offset,
                    Err(e) => e.offset,
                };
                assert!(offset <= data.len() as u64);
            }
        }
        Format::Html | Format::Text => {
            let mut bytes = Vec::new();
            let mut stream = stream;
            if std::io::Read::read_to_end(&mut stream, &mut bytes).is_ok() && format == Format::Html {
                if let Ok(doc) = html::page("p".into(), &bytes, &Hints::default(), None) {
                    assert!(!doc.text.trim().is_empty());
                }
            }
        }
    }
});
