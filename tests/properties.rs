//! Property tests: on any input, extraction never panics, every span lies on character
//! boundaries and slices to its reported text, and the output is deterministic.

use arabic_timeline::{Document, Event, Extractor, Mention};
use chrono::NaiveDate;
use proptest::prelude::*;

fn check(text: &str) -> Result<(), TestCaseError> {
    let extractor = Extractor::new();
    let doc = Document::new("p", text).published(NaiveDate::from_ymd_opt(2019, 1, 30).unwrap());
    let a = extractor.extract(&doc);
    for d in &a.dates {
        prop_assert!(d.span.start < d.span.end);
        check_span(text, &d.span, &d.char_span)?;
        prop_assert_eq!(&text[d.span.clone()], d.text.as_str());
    }
    for e in &a.events {
        check_span(text, e.span(), e.char_span())?;
        let mentions: Vec<&Mention> = match e {
            Event::Meeting(m) => [Some(&m.trigger), m.location.as_ref()]
                .into_iter()
                .flatten()
                .collect(),
            Event::Statement(s) => [s.speaker.as_ref(), Some(&s.verb), s.content.as_ref()]
                .into_iter()
                .flatten()
                .collect(),
            Event::CoalitionSize(c) => [Some(&c.count_text), c.coalition.as_ref()]
                .into_iter()
                .flatten()
                .collect(),
            _ => Vec::new(),
        };
        for m in mentions {
            check_span(text, &m.span, &m.char_span)?;
            prop_assert_eq!(&text[m.span.clone()], m.text.as_str());
        }
    }
    prop_assert_eq!(a, extractor.extract(&doc));
    Ok(())
}

/// A byte span on character boundaries, and the character span that counts the same text.
fn check_span(
    text: &str,
    span: &std::ops::Range<usize>,
    chars: &std::ops::Range<usize>,
) -> Result<(), TestCaseError> {
    prop_assert!(span.start <= span.end && span.end <= text.len());
    prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    prop_assert_eq!(text[..span.start].chars().count(), chars.start);
    prop_assert_eq!(text[..span.end].chars().count(), chars.end);
    Ok(())
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(512)
}

/// Words and marks the grammar reads, to build inputs that reach the rules.
const PIECES: &[&str] = &[
    "في",
    "من",
    "إلى",
    "و",
    "يوم",
    "يومي",
    "اليوم",
    "أمس",
    "غدا",
    "الخميس",
    "الأحد",
    "المقبل",
    "الماضي",
    "الجاري",
    "شباط",
    "فبراير",
    "كانون",
    "الأول",
    "الثاني",
    "/",
    "(",
    ")",
    "،",
    ".",
    "\n",
    "12",
    "٢٠١٨",
    "2019",
    "هـ",
    "م",
    "رجب",
    "1440",
    "السادس",
    "عشر",
    "والعشرين",
    "ثلاثة",
    "أيام",
    "عاما",
    "قبل",
    "بعد",
    "منذ",
    "مدة",
    "الأسبوع",
    "الشهر",
    "العام",
    "هذا",
    "مطلع",
    "أواخر",
    "آخر",
    "ثالث",
    "ثلاثاء",
    "-",
    "ـ",
    "\u{064E}",
    "\u{200F}",
    "31",
    "0",
    "99999",
    "الـ",
];

fn grammar_soup() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(PIECES), prop::bool::ANY), 0..40).prop_map(
        |parts| {
            let mut s = String::new();
            for (p, space) in parts {
                s.push_str(p);
                if space {
                    s.push(' ');
                }
            }
            s
        },
    )
}

proptest! {
    // 512 cases in `cargo test`; `PROPTEST_CASES=1000000` for a long run.
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn any_unicode(text in "\\PC{0,200}") {
        check(&text)?;
    }

    #[test]
    fn arabic_and_digits(text in "[\u{0600}-\u{06FF}0-9 /()\\-.،\n]{0,200}") {
        check(&text)?;
    }

    #[test]
    fn grammar_words_in_any_order(text in grammar_soup()) {
        check(&text)?;
    }

    #[test]
    fn mutated_dev_like_text(cut in 0usize..400, insert in "\\PC{0,5}") {
        let base = "وقالت الوزارة إن الاجتماع سيعقد يوم الخميس السادس من شباط/فبراير المقبل، من 12 إلى 14 \
                    آذار، بعد ثلاثة أيام من اجتماع عقد في ١٢ نيسان ٢٠١٩ والأحد 29 رجب 1439 هـ.";
        let mut at = cut.min(base.len());
        while !base.is_char_boundary(at) {
            at -= 1;
        }
        let text = format!("{}{}{}", &base[..at], insert, &base[at..]);
        check(&text)?;
    }
}
