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
//! exit status is then 1, so nothing is lost silently. `--threads N` extracts on N threads;
//! the output keeps the input's order. `--narrow-modifiers` gives a date with «مطلع», «منتصف»
//! or «أواخر» the part of the month it names, as Duckling does, instead of the whole month
//! (see `ModifierValues`).

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use arabic_timeline::{Document, Extractor, ModifierValues};
use chrono::NaiveDate;
use serde::Deserialize;

#[derive(Deserialize)]
struct Input {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    published: Option<String>,
}

/// Lines read and processed together: enough to keep every thread busy, few enough to keep
/// memory to a small multiple of the largest documents.
const BATCH: usize = 256;

fn main() -> Result<ExitCode, Box<dyn std::error::Error>> {
    let Options { threads, modifiers } = options()?;
    let extractor = Extractor::builder().modifier_values(modifiers).build();
    let mut stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = 0usize;
    let mut line_no = 0usize;
    loop {
        let mut batch: Vec<Vec<u8>> = Vec::with_capacity(BATCH);
        for _ in 0..BATCH {
            let mut line = Vec::new();
            if stdin.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            if line.last() == Some(&b'\n') {
                line.pop();
            }
            batch.push(line);
        }
        if batch.is_empty() {
            break;
        }
        for (k, result) in process(&extractor, &batch, threads).into_iter().enumerate() {
            match result {
                Ok(json) => {
                    out.write_all(json.as_bytes())?;
                    out.write_all(b"\n")?;
                }
                Err(why) => {
                    failed += 1;
                    eprintln!("extract_jsonl: line {}: {why}", line_no + k + 1);
                }
            }
        }
        line_no += batch.len();
    }
    out.flush()?;
    if failed > 0 {
        eprintln!("extract_jsonl: {failed} line(s) could not be read");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// The command line: `--threads N` (default 1), `--narrow-modifiers`.
struct Options {
    threads: usize,
    modifiers: ModifierValues,
}

fn options() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut options = Options {
        threads: 1,
        modifiers: ModifierValues::Period,
    };
    while let Some(a) = args.next() {
        match a.as_str() {
            "--threads" => {
                let n = args.next().ok_or("--threads needs a number")?;
                options.threads = n
                    .parse()
                    .ok()
                    .filter(|&t| t >= 1)
                    .ok_or(format!("--threads {n:?}: expected a number from 1"))?;
            }
            "--narrow-modifiers" => options.modifiers = ModifierValues::Narrow,
            other => {
                return Err(format!(
                    "unknown argument {other:?}; usage: extract_jsonl [--threads N] [--narrow-modifiers]"
                ));
            }
        }
    }
    Ok(options)
}

/// Extracts a batch of lines on `threads` threads; results in input order.
fn process(
    extractor: &Extractor,
    batch: &[Vec<u8>],
    threads: usize,
) -> Vec<Result<String, String>> {
    let one = |line: &Vec<u8>| -> Result<String, String> {
        let (id, text, published) = read_line(line)?;
        let doc = Document::new(id, &text).published_opt(published);
        serde_json::to_string(&extractor.extract(&doc)).map_err(|e| e.to_string())
    };
    if threads == 1 {
        return batch.iter().map(one).collect();
    }
    let chunk = batch.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = batch
            .chunks(chunk)
            .map(|part| {
                (
                    part.len(),
                    scope.spawn(move || part.iter().map(one).collect::<Vec<_>>()),
                )
            })
            .collect();
        // A thread that stopped reports each of its lines, so that line numbers stay right.
        handles
            .into_iter()
            .flat_map(|(n, h)| {
                h.join()
                    .unwrap_or_else(|_| vec![Err("the extractor thread stopped".to_owned()); n])
            })
            .collect()
    })
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
