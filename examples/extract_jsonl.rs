//! Extracts from JSON Lines: one `{"id", "text", "published"}` document a line on standard input,
//! one extraction a line on standard output, in input order.
//!
//! ```text
//! echo '{"id":"a","text":"يعقد الاجتماع الخميس المقبل","published":"2019-11-09"}' \
//!     | cargo run --release --example extract_jsonl
//! ```
//!
//! prints `{"id":"a","published":"2019-11-09","dates":[{"start":26,…,"value":"2019-11-14",…}],"events":[…]}`.
//!
//! A line that cannot be read (not UTF-8, not JSON, no `text`, a bad `published`, or empty) is
//! reported on standard error with its line number; every other line is still processed, and the
//! exit status is then 1, so nothing is lost silently.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use arabic_timeline::{Document, Extractor};
use chrono::NaiveDate;
use serde::Deserialize;

#[derive(Deserialize)]
struct Input {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    published: Option<String>,
}

fn main() -> Result<ExitCode, Box<dyn std::error::Error>> {
    let extractor = Extractor::new();
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = 0usize;
    for (n, line) in stdin.split(b'\n').enumerate() {
        let line = line?;
        match read_line(&line) {
            Ok((id, text, published)) => {
                let doc = Document::new(id, &text).published_opt(published);
                let extraction = extractor.extract(&doc);
                serde_json::to_writer(&mut out, &extraction)?;
                out.write_all(b"\n")?;
            }
            Err(why) => {
                failed += 1;
                eprintln!("extract_jsonl: line {}: {why}", n + 1);
            }
        }
    }
    out.flush()?;
    if failed > 0 {
        eprintln!("extract_jsonl: {failed} line(s) could not be read");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// One input line: the id (a string, or any JSON value written as text), the text, the date.
fn read_line(line: &[u8]) -> Result<(String, String, Option<NaiveDate>), String> {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let line = std::str::from_utf8(line).map_err(|e| format!("not UTF-8: {e}"))?;
    if line.trim().is_empty() {
        return Err("empty line".to_owned());
    }
    let input: Input = serde_json::from_str(line).map_err(|e| format!("not a document: {e}"))?;
    let id = match input.id {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    };
    let published = match input.published.as_deref() {
        None => None,
        Some(s) => Some(
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map_err(|e| format!("invalid published date {s:?}: {e}"))?,
        ),
    };
    Ok((id, input.text, published))
}
