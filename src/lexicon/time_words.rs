//! The other words of temporal expressions: deictic days, relative words, modifiers, units,
//! era marks, vague references and the function words the grammar reads.

use super::{Dir, Key, Mod, Unit, Vague};

/// Day words relative to the reference date: `(spelling, day offset)`.
pub(crate) static DEICTIC_DAYS: &[(&str, i8)] = &[
    ("اليوم", 0),
    ("الليلة", 0),
    ("الليلة الماضية", -1),
    ("أمس", -1),
    ("الأمس", -1),
    ("البارحة", -1),
    ("امبارح", -1),
    ("مبارح", -1),
    ("غدا", 1),
    ("غد", 1),
    ("الغد", 1),
    ("بكرة", 1),
    ("بكرا", 1),
];

/// Words that place a period relative to the reference: `(spelling, direction)`.
pub(crate) static RELATIVE: &[(&str, Dir)] = &[
    ("المقبل", Dir::Next),
    ("المقبلة", Dir::Next),
    ("القادم", Dir::Next),
    ("القادمة", Dir::Next),
    ("التالي", Dir::Next),
    ("التالية", Dir::Next),
    ("الجاي", Dir::Next),
    ("الماضي", Dir::Prev),
    ("الماضية", Dir::Prev),
    ("الماض", Dir::Prev),
    ("المنصرم", Dir::Prev),
    ("المنصرمة", Dir::Prev),
    ("الفائت", Dir::Prev),
    ("الفائتة", Dir::Prev),
    ("السابق", Dir::Prev),
    ("السابقة", Dir::Prev),
    ("الفارط", Dir::Prev),
    ("المنقضي", Dir::Prev),
    ("الجاري", Dir::This),
    ("الجارية", Dir::This),
    ("الحالي", Dir::This),
    ("الحالية", Dir::This),
    // After a dual («اليومين المقبلين», «الأسبوعين الماضيين») or two weekdays.
    ("المقبلين", Dir::Next),
    ("المقبلتين", Dir::Next),
    ("القادمين", Dir::Next),
    ("القادمتين", Dir::Next),
    ("الماضيين", Dir::Prev),
    ("الماضيتين", Dir::Prev),
    ("المنصرمين", Dir::Prev),
];

/// Modifiers that narrow a period but keep its value: `(spelling, which part)`.
pub(crate) static MODIFIERS: &[(&str, Mod)] = &[
    ("مطلع", Mod::Start),
    ("بداية", Mod::Start),
    ("بدايات", Mod::EarlyDays),
    ("أوائل", Mod::EarlyDays),
    ("مستهل", Mod::Start),
    ("منتصف", Mod::Mid),
    ("أواسط", Mod::MidDays),
    ("نصف", Mod::Mid),
    ("نص", Mod::Mid),
    ("نهاية", Mod::End),
    ("نهايات", Mod::LateDays),
    ("ختام", Mod::End),
    // Moroccan «متم الشهر الجاري»: at the end of; Tunisian «موفى فيفري», «موفّى السنة».
    ("متم", Mod::End),
    ("موفى", Mod::End),
    ("أواخر", Mod::LateDays),
    ("آخر", Mod::End),
    ("النصف الأول", Mod::FirstHalf),
    ("النصف الثاني", Mod::SecondHalf),
];

/// Calendar units: `(spelling, unit, grammatical number)`. `Count::One` is the bare singular,
/// `Count::Acc` the singular after numbers from 11 («عاما»), `Count::Two` the dual.
pub(crate) static UNITS: &[(&str, Unit, super::Count)] = {
    use super::Count::{Acc, Many, One, Two};
    &[
        ("يوم", Unit::Day, One),
        ("يوما", Unit::Day, Acc),
        ("أيام", Unit::Day, Many),
        ("يومين", Unit::Day, Two),
        ("يومان", Unit::Day, Two),
        ("أسبوع", Unit::Week, One),
        ("أسبوعا", Unit::Week, Acc),
        ("أسابيع", Unit::Week, Many),
        ("أسبوعين", Unit::Week, Two),
        ("أسبوعان", Unit::Week, Two),
        ("شهر", Unit::Month, One),
        ("شهرا", Unit::Month, Acc),
        ("أشهر", Unit::Month, Many),
        ("شهور", Unit::Month, Many),
        ("شهرين", Unit::Month, Two),
        ("شهران", Unit::Month, Two),
        ("سنة", Unit::Year, One),
        ("سنوات", Unit::Year, Many),
        ("سنين", Unit::Year, Many),
        ("سنتين", Unit::Year, Two),
        ("سنتان", Unit::Year, Two),
        ("عام", Unit::Year, One),
        ("عاما", Unit::Year, Acc),
        ("أعوام", Unit::Year, Many),
        ("عامين", Unit::Year, Two),
        ("عامان", Unit::Year, Two),
        ("ساعة", Unit::Hour, One),
        ("ساعات", Unit::Hour, Many),
        ("ساعتين", Unit::Hour, Two),
        ("ساعتان", Unit::Hour, Two),
        ("دقيقة", Unit::Minute, One),
        ("دقائق", Unit::Minute, Many),
        ("دقيقتين", Unit::Minute, Two),
        ("دقيقتان", Unit::Minute, Two),
    ]
};

/// The same units with the article, as they name the current, next or previous period
/// («الأسبوع المقبل», «العام الجاري»): `(spelling, unit)`.
pub(crate) static DEFINITE_UNITS: &[(&str, Unit)] = &[
    ("اليوم", Unit::Day),
    ("الأسبوع", Unit::Week),
    ("الأسابيع", Unit::Week),
    ("الشهر", Unit::Month),
    ("الأشهر", Unit::Month),
    ("الشهور", Unit::Month),
    ("العام", Unit::Year),
    ("السنة", Unit::Year),
    ("الأيام", Unit::Day),
    ("السنوات", Unit::Year),
    ("الأعوام", Unit::Year),
];

/// Era marks after a year: `(spelling, hijri)`. «هـ» is «ه» once tatweel is dropped.
pub(crate) static ERAS: &[(&str, bool)] = &[
    ("م", false),
    ("ميلادي", false),
    ("ميلادية", false),
    ("للميلاد", false),
    ("ه", true),
    ("هجري", true),
    ("هجرية", true),
    ("للهجرة", true),
];

/// Vague references, kept as TIMEX3 `PRESENT_REF` / `PAST_REF` / `FUTURE_REF`.
pub(crate) static VAGUE: &[(&str, Vague)] = &[
    ("الآن", Vague::Present),
    ("حاليا", Vague::Present),
    ("المستقبل", Vague::Future),
    ("مستقبلا", Vague::Future),
];

/// Function words the grammar reads.
pub(crate) static KEYWORDS: &[(&str, Key)] = &[
    ("من", Key::From),
    ("منذ", Key::Since),
    ("إلى", Key::To),
    ("الى", Key::To),
    ("حتى", Key::Until),
    ("لغاية", Key::Until),
    ("بين", Key::Between),
    ("و", Key::And),
    ("يوم", Key::Day),
    // Moroccan news: «يومه الخميس», this very Thursday.
    ("يومه", Key::Day),
    ("يومي", Key::Days),
    ("شهر", Key::Month),
    // «في شهري آذار ونيسان».
    ("شهري", Key::Month),
    ("عام", Key::Year),
    ("العام", Key::Year),
    ("سنة", Key::Year),
    ("السنة", Key::Year),
    // «عامي 2017 و2018»: the dual before two years.
    ("عامي", Key::Year),
    ("سنتي", Key::Year),
    // «في الأعوام 2013 و2014 و2015»: the plural before a list of years.
    ("الأعوام", Key::Year),
    ("الموافق", Key::CorrespondingTo),
    ("الموافقة", Key::CorrespondingTo),
    ("في", Key::In),
    ("هذا", Key::This),
    ("هذه", Key::This),
    ("قبل", Key::Before),
    ("القبل", Key::Before),
    ("بعد", Key::After),
    ("مدة", Key::Span),
    ("طوال", Key::Span),
    ("طيلة", Key::Span),
    ("خلال", Key::Span),
    ("غضون", Key::Span),
    ("وقت", Key::Time),
    ("عيد", Key::Feast),
    ("رأس", Key::Feast),
    ("متأخر", Key::Late),
    ("لاحق", Key::Late),
    ("مبكر", Key::Early),
    ("سابق", Key::Early),
    ("آخر", Key::Last),
    ("الأخير", Key::Last),
    ("الأخيرة", Key::Last),
    ("الذي", Key::Which),
    ("التي", Key::Which),
    ("الي", Key::Which),
    ("صباح", Key::DayPart),
    ("مساء", Key::DayPart),
    ("ظهر", Key::DayPart),
    ("عصر", Key::DayPart),
    ("فجر", Key::DayPart),
    ("ليلة", Key::DayPart),
    ("ليل", Key::DayPart),
    ("صبيحة", Key::DayPart),
    ("عشية", Key::DayPart),
    ("ظهيرة", Key::DayPart),
    ("نحو", Key::About),
    ("قرابة", Key::About),
];
