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

/// Lines handed to a thread at a time: enough to make the hand-over cheap, few enough to keep
/// memory to a small multiple of the largest documents.
const BATCH: usize = 32;

fn main() -> Result<ExitCode, Box<dyn std::error::Error>> {
    let Options { threads, modifiers } = options()?;
    let extractor = Extractor::builder().modifier_values(modifiers).build();
    let stdin = io::stdin().lock();
    let failed = if threads == 1 {
        let mut out = Output::new(io::stdout().lock());
        for (first, batch) in Batches::new(stdin) {
            out.write(first, batch?.iter().map(|line| one(&extractor, line)))?;
        }
        out.finish()?
    } else {
        parallel(&extractor, threads, stdin)?
    };
    if failed > 0 {
        eprintln!("extract_jsonl: {failed} line(s) could not be read");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// Standard output, and how many lines could not be read.
struct Output<W: Write> {
    out: BufWriter<W>,
    failed: usize,
}

impl<W: Write> Output<W> {
    fn new(out: W) -> Self {
        Output {
            out: BufWriter::new(out),
            failed: 0,
        }
    }

    /// Flushes the output; the number of lines that could not be read.
    fn finish(mut self) -> io::Result<usize> {
        self.out.flush()?;
        Ok(self.failed)
    }

    /// Writes the results of the lines numbered from `first` (0-based), in order.
    fn write(
        &mut self,
        first: usize,
        results: impl IntoIterator<Item = Result<String, String>>,
    ) -> io::Result<()> {
        for (k, result) in results.into_iter().enumerate() {
            match result {
                Ok(json) => {
                    self.out.write_all(json.as_bytes())?;
                    self.out.write_all(b"\n")?;
                }
                Err(why) => {
                    self.failed += 1;
                    eprintln!("extract_jsonl: line {}: {why}", first + k + 1);
                }
            }
        }
        Ok(())
    }
}

/// The input in batches of [`BATCH`] lines, each with the number of its first line (0-based).
struct Batches<R> {
    input: R,
    next_line: usize,
}

impl<R: BufRead> Batches<R> {
    fn new(input: R) -> Self {
        Batches {
            input,
            next_line: 0,
        }
    }
}

impl<R: BufRead> Iterator for Batches<R> {
    type Item = (usize, io::Result<Vec<Vec<u8>>>);

    fn next(&mut self) -> Option<Self::Item> {
        let first = self.next_line;
        let mut batch = Vec::with_capacity(BATCH);
        while batch.len() < BATCH {
            let mut line = Vec::new();
            match self.input.read_until(b'\n', &mut line) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => return Some((first, Err(e))),
            }
            if line.last() == Some(&b'\n') {
                line.pop();
            }
            batch.push(line);
        }
        self.next_line += batch.len();
        (!batch.is_empty()).then_some((first, Ok(batch)))
    }
}

/// One line's extraction as JSON, or why the line could not be read.
fn one(extractor: &Extractor, line: &[u8]) -> Result<String, String> {
    let (id, text, published) = read_line(line)?;
    let doc = Document::new(id, &text).published_opt(published);
    serde_json::to_string(&extractor.extract(&doc)).map_err(|e| e.to_string())
}

/// Reads, extracts and writes at once: this thread reads batches, `threads` threads extract
/// them, and a writer puts the results out in input order. The queues are bounded, so memory
/// stays a small multiple of the largest documents.
fn parallel(extractor: &Extractor, threads: usize, input: impl BufRead) -> io::Result<usize> {
    use std::collections::BTreeMap;
    use std::sync::mpsc::sync_channel;
    use std::sync::{Arc, Mutex};

    type Job = (usize, Vec<Vec<u8>>);
    type Done = (usize, Vec<Result<String, String>>);
    let (job_tx, job_rx) = sync_channel::<Job>(2 * threads);
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (done_tx, done_rx) = sync_channel::<Done>(2 * threads);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let (jobs, done) = (Arc::clone(&job_rx), done_tx.clone());
            scope.spawn(move || {
                loop {
                    let job = match jobs.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok((first, lines)) = job else { return };
                    // Extraction does not panic; should it, the batch is reported, not lost.
                    let results = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        lines.iter().map(|l| one(extractor, l)).collect::<Vec<_>>()
                    }))
                    .unwrap_or_else(|_| vec![Err("the extractor stopped".to_owned()); lines.len()]);
                    if done.send((first, results)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);
        let writer = scope.spawn(move || -> io::Result<usize> {
            let mut out = Output::new(io::stdout());
            // Batches arrive in any order; they leave in the input's.
            let mut pending: BTreeMap<usize, Vec<Result<String, String>>> = BTreeMap::new();
            let mut next = 0;
            for (first, results) in done_rx {
                pending.insert(first, results);
                while let Some(results) = pending.remove(&next) {
                    next += results.len();
                    out.write(next - results.len(), results)?;
                }
            }
            out.finish()
        });
        let mut read: io::Result<()> = Ok(());
        for (first, batch) in Batches::new(input) {
            match batch {
                Ok(lines) => {
                    if job_tx.send((first, lines)).is_err() {
                        break;
                    }
                }
                Err(e) => {
                    read = Err(e);
                    break;
                }
            }
        }
        drop(job_tx);
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the writer stopped")));
        read.and(written)
    })
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
