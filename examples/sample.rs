//! Runs the extractor on a built-in sample article (written for this crate) and prints every
//! temporal expression with its value, type, rule and evidence.
//!
//! ```text
//! cargo run --release --example sample
//! ```
//!
//! Each line reads `VALUE  TYPE  RULE  «EVIDENCE»`, in text order.

use arabic_timeline::{Document, Extractor};
use chrono::NaiveDate;

/// A short report in the style of the Arabic press, with dates written the many ways outlets
/// write them. Published on Thursday 14 March 2024.
const ARTICLE: &str = "\
عمّان - تستضيف العاصمة الأردنية يوم الأحد المقبل اجتماعا وزاريا لدول التحالف، يستمر مدة يومين، \
على أن يُعقد اجتماع تحضيري على مستوى الخبراء غداً الجمعة.
وقالت وزارة الخارجية في بيان أمس الأربعاء إن الاجتماع السابق عُقد في السادس من شباط/فبراير الماضي \
في الرباط، بعد لقاء سبقه في ١٢ نيسان ٢٠٢٣ في جدة.
وأضاف البيان أن الدول الأعضاء ستعقد من 20 إلى 22 أيار/مايو المقبل جولة محادثات فنية، \
وأن القمة المقبلة تُعقد مطلع العام القادم، بعد ثلاث سنوات على قمة الظهران.
يذكر أن التحالف تأسس في أيلول/سبتمبر 2014، الموافق ذو القعدة 1435 هـ، وعقد أول اجتماع له \
في التاسع عشر من كانون الأول 2014.";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let published = NaiveDate::from_ymd_opt(2024, 3, 14).ok_or("bad sample date")?;
    let doc = Document::new("sample", ARTICLE).published(published);
    let extraction = Extractor::new().extract(&doc);
    println!(
        "{} — published {published}, {} temporal expressions:\n",
        doc.id(),
        extraction.dates.len()
    );
    for date in &extraction.dates {
        println!(
            "{:<24} {:<9} {:<22} «{}»",
            date.value.to_string(),
            format!("{:?}", date.time_type()).to_lowercase(),
            date.rule,
            &ARTICLE[date.span.clone()]
        );
    }
    Ok(())
}
