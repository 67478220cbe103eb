//! The public API: thread safety, the JSON shape, Display, errors.

use arabic_timeline::{Document, Error, Extraction, Extractor, TimeExpr, TimeValue};
use chrono::NaiveDate;
use serde_json::json;

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_and_sync() {
    assert_send_sync::<Document<'static>>();
    assert_send_sync::<Extractor>();
    assert_send_sync::<Extraction>();
    assert_send_sync::<TimeExpr>();
    assert_send_sync::<TimeValue>();
    assert_send_sync::<Error>();
}

fn seed_like() -> (&'static str, Extraction) {
    let text = "قال المسؤول إن الاجتماع سيعقد يوم الخميس المقبل، ويستمر مدة يومين.";
    let doc = Document::new("doc-1", text).published(NaiveDate::from_ymd_opt(2019, 11, 9).unwrap());
    (text, Extractor::new().extract(&doc))
}

#[test]
fn json_has_the_documented_shape() {
    let (text, extraction) = seed_like();
    let v = serde_json::to_value(&extraction).unwrap();
    assert_eq!(v["id"], "doc-1");
    assert_eq!(v["published"], "2019-11-09");
    let first = &v["dates"][0];
    let start = first["start"].as_u64().unwrap() as usize;
    let end = first["end"].as_u64().unwrap() as usize;
    assert_eq!(&text[start..end], "يوم الخميس المقبل");
    assert_eq!(first["text"], "يوم الخميس المقبل");
    assert_eq!(first["value"], "2019-11-14");
    assert_eq!(first["type"], "date");
    assert_eq!(first["rule"], "weekday_relative");
    // Character offsets: what Python's text[char_start:char_end] gives.
    let cs = first["char_start"].as_u64().unwrap() as usize;
    let ce = first["char_end"].as_u64().unwrap() as usize;
    let by_chars: String = text.chars().skip(cs).take(ce - cs).collect();
    assert_eq!(by_chars, "يوم الخميس المقبل");
    assert_eq!(v["dates"][1]["type"], "duration");
    assert_eq!(v["dates"][1]["value"], "P2D");
    assert!(
        first.get("mod").is_none(),
        "mod appears only with a modifier"
    );
}

#[test]
fn modifier_is_serialized_as_mod() {
    let doc = Document::new("m", "منذ مطلع العام الجاري")
        .published(NaiveDate::from_ymd_opt(2019, 3, 29).unwrap());
    let v = serde_json::to_value(Extractor::new().extract(&doc)).unwrap();
    assert_eq!(
        v["dates"][0],
        json!({
            "start": 7, "end": 39, "char_start": 4, "char_end": 21, "text": "مطلع العام الجاري",
            "value": "2019", "type": "date", "mod": "start", "rule": "modified"
        })
    );
}

#[test]
fn display_reads_as_one_line_per_date() {
    let (_, extraction) = seed_like();
    let shown = extraction.to_string();
    assert!(
        shown.starts_with("doc-1 (published 2019-11-09): dates 2, events 2\n"),
        "{shown}"
    );
    assert!(shown.contains("2019-11-14 «يوم الخميس المقبل»"), "{shown}");
    assert_eq!(
        format!("{:?}", "P2D".parse::<TimeValue>().unwrap()),
        "TimeValue(P2D)"
    );
}

#[test]
fn without_publication_date_nothing_relative_is_guessed() {
    let doc = Document::new(
        "x",
        "يعقد الاجتماع الخميس المقبل في 6 فبراير، وقد وصل الوفد أمس.",
    );
    let values: Vec<String> = Extractor::new()
        .extract(&doc)
        .dates
        .iter()
        .map(|d| d.value.to_string())
        .collect();
    assert_eq!(values, ["XXXX-WXX-4", "XXXX-02-06", "PAST_REF"]);
}

#[test]
fn timex_errors_name_the_input() {
    let err = "2019-13-01".parse::<TimeValue>().unwrap_err();
    assert!(err.is_timex());
    assert!(err.to_string().contains("\"2019-13-01\""));
    let long = "9".repeat(10_000);
    assert!(
        long.parse::<TimeValue>().unwrap_err().to_string().len() < 300,
        "long input is cut in the message"
    );
}

#[test]
fn extraction_is_deterministic_and_extractors_agree() {
    let (_, a) = seed_like();
    let (_, b) = seed_like();
    assert_eq!(a, b);
}
