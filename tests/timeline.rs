//! The timeline on the five seed articles (read from `../shared/seeds` with the publication
//! dates of `../shared/eval/dev/seed-*.json`; outside this project the test says so and passes),
//! and the merge's guarantees.

use std::path::PathBuf;

use arabic_timeline::{Document, Event, Extraction, Extractor, Level, Status, Timeline};
use chrono::NaiveDate;

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// The seeds' extractions, or `None` where the shared folder is absent.
fn seeds() -> Option<Vec<Extraction>> {
    let dir = shared().join("eval/dev");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!(
            "{} is absent: skipping the seed timeline test",
            dir.display()
        );
        return None;
    };
    let mut names: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("seed-"))
        })
        .collect();
    names.sort();
    let extractor = Extractor::new();
    let mut out = Vec::new();
    for gold in names {
        let meta: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&gold).ok()?).ok()?;
        let file = gold.parent()?.join(meta["file"].as_str()?);
        let text = std::fs::read_to_string(file).ok()?;
        let published = meta["published"]
            .as_str()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        let doc = Document::new(meta["id"].as_str()?, &text).published_opt(published);
        out.push(extractor.extract(&doc));
    }
    Some(out)
}

#[test]
fn seed_timeline_facts() {
    let Some(extractions) = seeds() else { return };
    assert_eq!(extractions.len(), 5);
    let timeline = Timeline::from_extractions(extractions);

    // The Washington ministerial of 2019-02-06: one entry, reported by seed-001 and seed-003.
    let washington: Vec<_> = timeline
        .entries
        .iter()
        .filter(|en| {
            matches!(&en.event, Event::Meeting(m)
            if m.when.as_ref().is_some_and(|w| w.value.to_string() == "2019-02-06"))
        })
        .collect();
    assert_eq!(washington.len(), 1, "{timeline}");
    assert_eq!(washington[0].documents(), ["seed-001", "seed-003"]);
    assert!(washington[0].mentions() >= 4);

    // The Kuwait ministerial of 2018-02-13: one entry with its mentions.
    let kuwait: Vec<_> = timeline
        .entries
        .iter()
        .filter(|en| matches!(&en.event, Event::Meeting(m)
            if m.level == Level::Ministerial && m.when.as_ref().is_some_and(|w| w.value.to_string() == "2018-02-13")))
        .collect();
    assert_eq!(kuwait.len(), 1, "{timeline}");
    assert!(kuwait[0].mentions() >= 3, "{}", kuwait[0].mentions());

    // The coalition's size as one chronological series.
    let series: Vec<(String, u64)> = timeline
        .coalition_sizes()
        .iter()
        .map(|p| (p.when.to_string(), p.count))
        .collect();
    let counts: Vec<u64> = series.iter().map(|s| s.1).collect();
    assert_eq!(counts.first(), Some(&11), "{series:?}");
    assert_eq!(series[0].0, "2014-09");
    let order: Vec<u64> = counts
        .iter()
        .copied()
        .filter(|c| [68, 74, 79, 76].contains(c))
        .collect();
    assert_eq!(order, [68, 74, 79, 76], "{series:?}");
    // «نحو 76» and «أكثر من 75» on one day: both stay, each naming the other.
    let on_day: Vec<_> = timeline
        .entries
        .iter()
        .filter(|en| matches!(&en.event, Event::CoalitionSize(c) if c.count == 76 || c.count == 75))
        .collect();
    assert_eq!(on_day.len(), 2);
    assert!(on_day.iter().all(|en| !en.conflicts.is_empty()));
}

#[test]
fn merging_is_order_independent_and_idempotent() {
    let Some(extractions) = seeds() else { return };
    let forward = Timeline::from_extractions(extractions.clone());
    let mut reversed = extractions.clone();
    reversed.reverse();
    assert_eq!(Timeline::from_extractions(reversed), forward);
    let mut rotated = extractions.clone();
    rotated.rotate_left(2);
    assert_eq!(Timeline::from_extractions(rotated), forward);
    let twice: Vec<Extraction> = extractions.iter().chain(&extractions).cloned().collect();
    assert_eq!(Timeline::from_extractions(twice), forward);
}

#[test]
fn a_meeting_merges_with_the_report_of_its_own_level() {
    // One report tells of the ministerial meeting; another of a bilateral meeting on its
    // sidelines, in the same sentence as the ministerial one: each goes to its own entry.
    let extractor = Extractor::new();
    let doc = |id: &str, day: u32, text: &str| {
        extractor.extract(
            &Document::new(id, text).published(NaiveDate::from_ymd_opt(2024, 3, day).unwrap()),
        )
    };
    let timeline = Timeline::from_extractions([
        doc(
            "a",
            14,
            "تستضيف عمان يوم الأحد المقبل اجتماعا وزاريا للتحالف الدولي.",
        ),
        doc(
            "b",
            18,
            "والتقى وزير الخارجية الأردني نظيره المصري في عمان يوم الأحد على هامش الاجتماع الوزاري للتحالف.",
        ),
    ]);
    let meetings: Vec<(Level, Vec<&str>)> = timeline
        .iter()
        .filter_map(|e| match &e.event {
            Event::Meeting(m) => Some((m.level, e.documents())),
            _ => None,
        })
        .collect();
    // The two foreign ministers' meeting is ministerial too, and still an entry of its own.
    assert_eq!(
        meetings,
        [
            (Level::Ministerial, vec!["a", "b"]),
            (Level::Ministerial, vec!["b"])
        ]
    );
}

#[test]
fn a_meeting_takes_the_status_of_the_latest_report() {
    let extractor = Extractor::new();
    let doc = |id: &str, day: u32, text: &str| {
        extractor.extract(
            &Document::new(id, text).published(NaiveDate::from_ymd_opt(2024, 3, day).unwrap()),
        )
    };
    // «b», named first, is the earlier report: the merge keeps its event, with the status of
    // the later one, whichever order the reports come in.
    let planned = doc(
        "b",
        14,
        "تستضيف عمان يوم الأحد المقبل اجتماعا وزاريا للتحالف الدولي.",
    );
    let held = doc(
        "c",
        18,
        "واختتم في عمان يوم الأحد الاجتماع الوزاري للتحالف الدولي.",
    );
    for reports in [[planned.clone(), held.clone()], [held, planned]] {
        let timeline = Timeline::from_extractions(reports);
        let statuses: Vec<(Status, Vec<&str>)> = timeline
            .iter()
            .filter_map(|e| match &e.event {
                Event::Meeting(m) => Some((m.status, e.documents())),
                _ => None,
            })
            .collect();
        assert_eq!(statuses, [(Status::Held, vec!["b", "c"])]);
    }
}

#[test]
fn undated_events_are_kept() {
    let x = Extractor::new().extract(&Document::new("u", "وقال المتحدث إن الوضع هادئ."));
    let timeline = Timeline::from_extractions([x]);
    assert!(timeline.entries.is_empty());
    assert_eq!(timeline.undated.len(), 1);
    assert!(timeline.to_string().contains("undated:"));
}

#[test]
fn timeline_json_has_entries_with_sources() {
    let x = Extractor::new().extract(
        &Document::new("d", "عقد وزراء الدفاع اجتماعا في بروكسل أمس.")
            .published(NaiveDate::from_ymd_opt(2024, 3, 14).unwrap()),
    );
    let v = serde_json::to_value(Timeline::from_extractions([x])).unwrap();
    let entry = &v["entries"][0];
    assert_eq!(entry["event"]["kind"], "meeting");
    assert_eq!(entry["sources"][0]["id"], "d");
    assert_eq!(entry["sources"][0]["start"], 0);
    assert!(entry["conflicts"].as_array().unwrap().is_empty());
}
