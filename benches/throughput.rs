//! Throughput on the dev corpus, std timing only (`cargo bench --bench throughput`).
//!
//! The texts of `../shared/eval/dev/texts` and `../shared/seeds` (else a built-in sample) are
//! repeated to at least 8 MB of documents. For each stage it prints the median of at least 10
//! samples in MB/s (the stages take turns, so that a drift in the machine's speed reaches them
//! all): decoding alone (`chars().count()`, the baseline), normalization, dates only,
//! the full extraction, and a timeline merge of 10,000 extractions; then the full extraction's
//! ratio to the baseline and the cold start. The last line is a one-line summary.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use arabic_timeline::{Document, Extraction, Extractor, Timeline, normalize};
use chrono::NaiveDate;

const TARGET_BYTES: usize = 8 << 20;
const SAMPLES: usize = 10;

const FALLBACK: &str = "تستضيف العاصمة الأردنية عمّان يوم الأحد المقبل اجتماعا وزاريا لدول التحالف الدولي، \
الذي يضم 86 دولة. وقالت وزارة الخارجية في بيان أمس الأربعاء إن الاجتماع السابق عُقد في السادس من \
شباط/فبراير الماضي، بعد لقاء في ١٢ نيسان ٢٠٢٣ في جدة.";

fn load_texts() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let mut texts = Vec::new();
    for dir in [root.join("eval/dev/texts"), root.join("seeds")] {
        if let Ok(entries) = std::fs::read_dir(&dir) {
            let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            texts.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
        }
    }
    if texts.is_empty() {
        eprintln!("no shared corpus beside the repository: using the built-in sample");
        texts.push(FALLBACK.to_owned());
    }
    texts
}

/// Median seconds of `SAMPLES` runs of each stage (after one warm-up run of each). The stages
/// take turns, sample by sample: a shared machine's speed drifts, and each stage's median must
/// see the same drift for their ratios to mean something.
fn medians<const N: usize>(mut stages: [&mut dyn FnMut(); N]) -> [f64; N] {
    for f in stages.iter_mut() {
        f();
    }
    let mut times: [Vec<Duration>; N] = std::array::from_fn(|_| Vec::with_capacity(SAMPLES));
    for _ in 0..SAMPLES {
        for (f, t) in stages.iter_mut().zip(&mut times) {
            let start = Instant::now();
            f();
            t.push(start.elapsed());
        }
    }
    times.map(|mut t| {
        t.sort();
        t[SAMPLES / 2].as_secs_f64()
    })
}

fn mbps(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / 1e6 / secs
}

fn main() {
    let cold = Instant::now();
    let extractor = Extractor::new();
    let texts = load_texts();
    let first = extractor.extract(&Document::new("cold", &texts[0]));
    let cold_ms = cold.elapsed().as_secs_f64() * 1e3;
    black_box(first);

    let mut docs: Vec<&str> = Vec::new();
    let mut bytes = 0;
    while bytes < TARGET_BYTES {
        for t in &texts {
            docs.push(t);
            bytes += t.len();
        }
    }
    let day = NaiveDate::from_ymd_opt(2019, 1, 30).expect("a date");
    let documents: Vec<Document<'_>> = docs
        .iter()
        .enumerate()
        .map(|(i, t)| Document::new(format!("d{i}"), t).published(day))
        .collect();
    println!(
        "corpus: {} documents, {:.1} MB",
        documents.len(),
        bytes as f64 / 1e6
    );

    let mut found = 0;
    let [decode, norm, dates, full] = medians([
        &mut || {
            black_box(
                docs.iter()
                    .map(|t| black_box(t).chars().count())
                    .sum::<usize>(),
            );
        },
        &mut || {
            for t in &docs {
                black_box(normalize(black_box(t)));
            }
        },
        &mut || {
            for d in &documents {
                black_box(extractor.dates(d));
            }
        },
        &mut || {
            found = 0;
            for d in &documents {
                found += black_box(extractor.extract(d)).events.len();
            }
        },
    ]);
    assert!(found > 0, "the extraction found events");
    println!(
        "baseline (chars().count()) {:>9.1} MB/s",
        mbps(bytes, decode)
    );
    println!("normalization              {:>9.1} MB/s", mbps(bytes, norm));
    println!(
        "dates only                 {:>9.1} MB/s",
        mbps(bytes, dates)
    );
    println!(
        "full extraction            {:>9.1} MB/s  ({found} events)",
        mbps(bytes, full)
    );

    let extractions: Vec<Extraction> = documents
        .iter()
        .cycle()
        .take(10_000)
        .map(|d| extractor.extract(d))
        .collect();
    let merge_bytes: usize = docs.iter().cycle().take(10_000).map(|t| t.len()).sum();
    // The clone of the input is part of each sample: `from_extractions` takes ownership.
    let [merge] = medians([&mut || {
        black_box(Timeline::from_extractions(extractions.clone()));
    }]);
    println!(
        "timeline merge of 10,000   {:>9.1} MB/s  ({:.0} ms)",
        mbps(merge_bytes, merge),
        merge * 1e3
    );
    println!("full / baseline            {:>9.3}", decode / full);

    // Linear time: one 16 MB document against one 1 MB document, and hostile 1 MB inputs
    // against news text, per byte.
    let news: String = texts.concat();
    let sized = |n: usize| {
        news.repeat(n / news.len() + 1)[..]
            .char_indices()
            .take_while(|(i, _)| *i < n)
            .map(|(_, c)| c)
            .collect::<String>()
    };
    let one_mb = sized(1 << 20);
    let sixteen_mb = sized(16 << 20);
    let time_doc = |text: &str| {
        let doc = Document::new("big", text).published(day);
        let t = Instant::now();
        black_box(extractor.extract(&doc));
        t.elapsed().as_secs_f64()
    };
    // Each round times the 16 MB text once and the 1 MB text sixteen times, the same amount of
    // work back to back, and the ratio is the median of the rounds': a shared machine's load
    // drifts over seconds, and a ratio of two runs far apart (or of two minima) measures the
    // drift.
    // The hostile inputs below are held to the fastest 1 MB run, the strictest yardstick.
    let mut fastest_one_mb = f64::MAX;
    let mut rounds: Vec<(f64, f64)> = (0..5)
        .map(|_| {
            let t16 = time_doc(&sixteen_mb);
            let ones: Vec<f64> = (0..16).map(|_| time_doc(&one_mb)).collect();
            fastest_one_mb = ones.iter().copied().fold(fastest_one_mb, f64::min);
            (ones.iter().sum::<f64>() / 16.0, t16)
        })
        .collect();
    rounds.sort_by(|a, b| (a.1 / a.0).total_cmp(&(b.1 / b.0)));
    let (t1, t16) = rounds[rounds.len() / 2];
    println!(
        "linearity: 1 MB {:.1} ms, 16 MB {:.1} ms, ratio {:.2} (16 is linear)",
        t1 * 1e3,
        t16 * 1e3,
        t16 / t1
    );
    let per_byte_news = fastest_one_mb / one_mb.len() as f64;
    let hostile: Vec<(&str, String)> = vec![
        ("only digits", "1234567890".repeat(1 << 17)),
        ("one month name repeated", "شباط ".repeat(1 << 17)),
        ("no spaces", "الاجتماعالوزاري".repeat(1 << 15)),
        ("only diacritics", "\u{064E}".repeat(1 << 19)),
        ("nested quotes and brackets", "«(\"".repeat(100_000)),
        // Every meeting word after a straight quote asks whether the quote opens a name.
        ("quoted meeting words", "\"اجتماع ".repeat(1 << 16)),
        (
            "one sentence of 10 MB",
            sized(10 << 20).replace(['.', '\n', '؟', '!', '؛'], "،"),
        ),
    ];
    let mut worst: f64 = 0.0;
    for (name, text) in &hostile {
        let t = (0..2).map(|_| time_doc(text)).fold(f64::MAX, f64::min);
        let ratio = t / text.len() as f64 / per_byte_news;
        worst = worst.max(ratio);
        println!(
            "hostile: {name:<28} {:>8.1} ms  {:>5.2}× news per byte",
            t * 1e3,
            ratio
        );
    }
    println!(
        "linear: 16 MB / 1 MB = {:.2}; worst hostile input {:.2}× news per byte",
        t16 / t1,
        worst
    );
    println!("cold start                 {:>9.1} ms", cold_ms);
    println!(
        "summary: full {:.1} MB/s, dates {:.1} MB/s, normalize {:.1} MB/s, baseline {:.1} MB/s, merge 10k {:.0} ms, cold start {:.1} ms",
        mbps(bytes, full),
        mbps(bytes, dates),
        mbps(bytes, norm),
        mbps(bytes, decode),
        merge * 1e3,
        cold_ms
    );
}
