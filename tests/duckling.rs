//! Duckling's Arabic numeral and ordinal corpus (`../shared/corpora/duckling-ar/`), read with
//! `parse_number` and `parse_ordinal`. Outside this project the folder is absent: the test says
//! so and passes.

use std::path::PathBuf;

use arabic_timeline::{parse_number, parse_ordinal};
use serde_json::Value;

fn corpus(name: &str) -> Option<Vec<Value>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpora/duckling-ar")
        .join(name);
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!(
            "{} is absent: skipping the Duckling corpus test",
            path.display()
        );
        return None;
    };
    Some(
        text.lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect(),
    )
}

#[test]
fn standard_arabic_numerals_and_ordinals_read_correctly() {
    let (Some(numerals), Some(ordinals)) = (corpus("numeral.jsonl"), corpus("ordinal.jsonl"))
    else {
        return;
    };
    let mut total = 0;
    let mut failures = Vec::new();
    for row in numerals.iter().filter(|r| r["locale"] == "AR") {
        total += 1;
        let text = row["text"].as_str().unwrap_or_default();
        let want = row["expected"]["value"].as_f64();
        let got = parse_number(text);
        if got.zip(want).is_none_or(|(g, w)| (g - w).abs() > 1e-9) {
            failures.push(format!("numeral {text:?}: want {want:?}, got {got:?}"));
        }
    }
    for row in ordinals.iter().filter(|r| r["locale"] == "AR") {
        total += 1;
        let text = row["text"].as_str().unwrap_or_default();
        let want = row["expected"]["value"].as_u64();
        let got = parse_ordinal(text).map(u64::from);
        if got != want {
            failures.push(format!("ordinal {text:?}: want {want:?}, got {got:?}"));
        }
    }
    let rate = 1.0 - failures.len() as f64 / total as f64;
    eprintln!(
        "duckling numerals+ordinals: {}/{total} ({rate:.3})",
        total - failures.len()
    );
    assert!(total > 150, "the corpus shrank to {total} rows");
    eprintln!("{}", failures.join("\n"));
    assert!(rate >= 0.98, "{rate:.3} < 0.98");
}
