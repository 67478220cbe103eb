//! Builds one chronological timeline from several Arabic news reports and prints it.
//!
//! ```text
//! cargo run --release --example timeline                      # the built-in sample reports
//! cargo run --release --example timeline -- --published 2019-01-30 a.txt --published 2019-01-31 b.txt
//! cargo run --release --example timeline -- --manifest docs.jsonl   # {"id","text","published"} a line
//! cargo run --release --example timeline -- --json            # the Timeline as JSON
//! cargo run --release --example timeline -- --svg timeline.svg  # and a picture of it
//! ```
//!
//! The table has one line an entry: date, kind, the event, how many mentions in which reports,
//! and `[disputed]` where reports disagree.

use std::error::Error;
use std::fmt::Write as _;

use arabic_timeline::{Document, Entry, Event, Extractor, Timeline};
use chrono::NaiveDate;

/// Three short reports written for this example: one ministerial meeting seen by two outlets,
/// with dates written three ways, and a coalition's size over time.
const SAMPLES: &[(&str, &str, &str)] = &[
    (
        "sample-amman",
        "2024-03-14",
        "عمّان - تستضيف العاصمة الأردنية عمّان يوم الأحد المقبل اجتماعا وزاريا لدول التحالف الدولي، \
         الذي يضم 86 دولة، بحسب ما أعلنت وزارة الخارجية الأردنية اليوم.\n\
         وقالت الوزارة إن الاجتماع يبحث سبل دعم الاستقرار في المنطقة، ويستمر مدة يومين.\n\
         وكان آخر اجتماع وزاري للتحالف قد عقد في الرباط في السادس من شباط/فبراير 2023.",
    ),
    (
        "sample-gulf",
        "2024-03-16",
        "الرياض - تنطلق غدا الأحد في العاصمة الأردنية عمّان أعمال الاجتماع الوزاري للتحالف الدولي، \
         بمشاركة وزراء خارجية الدول الأعضاء.\n\
         وأكد مسؤول في الأمانة العامة للتحالف أن التحالف بدأ مسيرته في سبتمبر 2014 بـ 12 دولة فقط.",
    ),
    (
        "sample-maghreb",
        "2024-03-18",
        "الرباط - اختتمت أمس في عمّان أشغال الاجتماع الوزاري للتحالف الدولي، الذي انعقد يوم 17 مارس الجاري.\n\
         وكان وزراء خارجية دول التحالف قد اجتمعوا في الرباط يوم 6 فيفري 2023.",
    ),
];

struct Args {
    json: bool,
    svg: Option<String>,
    docs: Vec<(String, String, Option<NaiveDate>)>,
}

fn parse_args() -> Result<Args, Box<dyn Error>> {
    let mut args = Args {
        json: false,
        svg: None,
        docs: Vec::new(),
    };
    let mut published: Option<NaiveDate> = None;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => args.json = true,
            "--svg" => args.svg = Some(it.next().ok_or("--svg needs a file name")?),
            "--published" => {
                let d = it.next().ok_or("--published needs a date")?;
                published = Some(
                    NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                        .map_err(|e| format!("--published {d:?}: {e}"))?,
                );
            }
            "--manifest" => {
                let path = it.next().ok_or("--manifest needs a file")?;
                for (n, line) in std::fs::read_to_string(&path)?.lines().enumerate() {
                    if line.trim().is_empty() {
                        continue;
                    }
                    let v: serde_json::Value =
                        serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
                    let id = v["id"]
                        .as_str()
                        .map_or_else(|| format!("{path}:{}", n + 1), str::to_owned);
                    let text = v["text"]
                        .as_str()
                        .ok_or_else(|| format!("{path}:{}: no text", n + 1))?
                        .to_owned();
                    let date = match v["published"].as_str() {
                        Some(d) => Some(
                            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                                .map_err(|e| format!("{path}:{}: {e}", n + 1))?,
                        ),
                        None => None,
                    };
                    args.docs.push((id, text, date));
                }
            }
            file => {
                let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
                args.docs.push((file.to_owned(), text, published.take()));
            }
        }
    }
    if args.docs.is_empty() {
        for &(id, date, text) in SAMPLES {
            args.docs.push((
                id.to_owned(),
                text.to_owned(),
                NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
            ));
        }
    }
    Ok(args)
}

fn main() -> Result<(), Box<dyn Error>> {
    let args = parse_args()?;
    let extractor = Extractor::new();
    let extractions = args.docs.iter().map(|(id, text, date)| {
        let doc = Document::new(id.as_str(), text).published_opt(*date);
        extractor.extract(&doc)
    });
    let timeline = Timeline::from_extractions(extractions.collect::<Vec<_>>());
    if args.json {
        println!("{}", serde_json::to_string_pretty(&timeline)?);
    } else {
        print!("{timeline}");
    }
    if let Some(path) = args.svg {
        std::fs::write(&path, svg(&timeline))?;
        eprintln!("wrote {path}");
    }
    Ok(())
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// One short Arabic label for an entry, cut to fit its row; «⚠» where reports disagree.
fn label(en: &Entry) -> String {
    const MAX: usize = 44;
    let full = full_label(en);
    let mut text: String = full.chars().take(MAX).collect();
    if full.chars().count() > MAX {
        text.push('…');
    }
    if !en.conflicts.is_empty() {
        text.push_str(" ⚠");
    }
    text
}

fn full_label(en: &Entry) -> String {
    match &en.event {
        Event::Meeting(m) => {
            let place = m
                .location
                .as_ref()
                .map_or(String::new(), |l| format!(" في {}", l.text));
            format!("{}{place}", m.trigger.text)
        }
        Event::Statement(s) => s.speaker.as_ref().map_or_else(
            || s.verb.text.clone(),
            |m| format!("{}: {}", m.text, s.verb.text),
        ),
        Event::CoalitionSize(c) => format!("{} عضوا", c.count),
        _ => String::new(),
    }
}

/// The timeline as a picture: a vertical axis of dates, one labelled row an entry, the Arabic
/// labels right-to-left.
fn svg(timeline: &Timeline) -> String {
    const ROW: usize = 34;
    const WIDTH: usize = 900;
    let rows: Vec<&Entry> = timeline.iter().collect();
    let height = 80 + ROW * rows.len().max(1);
    let mut out = String::new();
    let _ = writeln!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="'Noto Naskh Arabic', 'DejaVu Sans', sans-serif">"##
    );
    let _ = writeln!(
        out,
        r##"<rect width="100%" height="100%" fill="#ffffff"/>"##
    );
    let _ = writeln!(
        out,
        r##"<text x="{}" y="36" font-size="20" text-anchor="middle" fill="#222">Timeline</text>"##,
        WIDTH / 2
    );
    let axis_x = 210;
    let _ = writeln!(
        out,
        r##"<line x1="{axis_x}" y1="56" x2="{axis_x}" y2="{}" stroke="#888" stroke-width="2"/>"##,
        height - 16
    );
    for (i, en) in rows.iter().enumerate() {
        let y = 76 + i * ROW;
        let color = match en.event {
            Event::Meeting(_) => "#1f77b4",
            Event::Statement(_) => "#2ca02c",
            Event::CoalitionSize(_) => "#d62728",
            _ => "#555",
        };
        let when = en
            .event
            .when()
            .map_or_else(|| "—".to_owned(), |w| w.value.to_string());
        let docs = en.documents().join(", ");
        let _ = writeln!(
            out,
            r##"<text x="{}" y="{}" font-size="14" text-anchor="end" fill="#333">{}</text>"##,
            axis_x - 14,
            y + 5,
            escape(&when)
        );
        let _ = writeln!(
            out,
            r##"<circle cx="{axis_x}" cy="{y}" r="7" fill="{color}"/>"##
        );
        let _ = writeln!(
            out,
            r##"<text x="{}" y="{}" font-size="16" direction="rtl" unicode-bidi="embed" xml:lang="ar" text-anchor="start" fill="{color}">{}</text>"##,
            WIDTH - 20,
            y + 6,
            escape(&label(en))
        );
        let _ = writeln!(
            out,
            r##"<text x="{}" y="{}" font-size="11" fill="#777">{} · {}×{}</text>"##,
            axis_x + 16,
            y + 5,
            en.event.kind(),
            en.mentions(),
            escape(&format!(" {docs}"))
        );
    }
    out.push_str("</svg>\n");
    out
}
