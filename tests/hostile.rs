//! Hostile input returns without a panic, with valid spans, in reasonable size.

use arabic_timeline::{Document, Extractor};
use chrono::NaiveDate;

fn check(text: &str) -> usize {
    let doc = Document::new("h", text).published(NaiveDate::from_ymd_opt(2019, 1, 30).unwrap());
    let extraction = Extractor::new().extract(&doc);
    for d in &extraction.dates {
        assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
        assert_eq!(&text[d.span.clone()], d.text);
    }
    extraction.dates.len()
}

#[test]
fn empty_latin_and_marks_only() {
    assert_eq!(check(""), 0);
    assert_eq!(
        check("The summit opens on 6 February 2019 in Washington."),
        0
    );
    assert_eq!(check(&"ـ".repeat(200_000)), 0);
    assert_eq!(check(&"\u{200F}\u{064E}".repeat(50_000)), 0);
    assert_eq!(check("\u{FEFF}"), 0);
}

#[test]
fn megabytes_of_text() {
    let sentence = "عقد الاجتماع في 5 مارس 2017، ويستمر مدة يومين. ";
    let text = sentence.repeat(40_000);
    assert!(text.len() > 2_500_000);
    assert_eq!(check(&text), 80_000);
}

#[test]
fn pieces_of_a_huge_text_keep_their_offsets() {
    // Longer than several pieces (1 MiB each), with no line break to cut at: cuts fall on
    // sentence ends.
    let sentence = "وصل الوفد يوم 12 شباط 2018 إلى المدينة. ";
    let text = sentence.repeat(9 << 20 >> 6);
    assert!(text.len() > 8 << 20);
    let found = check(&text);
    assert_eq!(found, text.matches("يوم 12 شباط 2018").count());
}

#[test]
fn digits_numbers_and_impossible_dates() {
    assert_eq!(check(&"9".repeat(400)), 0);
    assert_eq!(check(&"١".repeat(100_000)), 0);
    assert_eq!(
        check("31 شباط 2019 و30 فبراير 2020 و0 مارس و32 يناير"),
        0,
        "no impossible day reads"
    );
    check(&"تريليون ".repeat(10_000));
    check(&"ثلاثة آلاف ".repeat(10_000));
    check("في عام 99999999999999999999999 هـ");
}

#[test]
fn repeated_month_names_and_brackets() {
    check(&"شباط ".repeat(100_000));
    check(&"شباط/".repeat(100_000));
    check(&"((((«\"".repeat(20_000));
    check(&"من 1 إلى ".repeat(50_000));
    check(&"الأسبوع ".repeat(50_000));
}

#[test]
fn mixed_scripts_and_broken_glyphs() {
    check("Meeting اجتماع 2019-02-06 في ٦ فبراير 2019 и 6 февраля");
    check("\u{0301}\u{0301}شباط\u{0301}2019");
    check("ﻻ ﷺ ﷽ 𝟙𝟚 ١٢/١٢/٢٠١٢");
}
