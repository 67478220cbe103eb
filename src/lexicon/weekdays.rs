//! Weekday names, with and without the article.

/// `(spelling, ISO weekday number 1 = Monday … 7 = Sunday)`. Forms with the article stand alone
/// («الخميس»); the bare forms are read only where grammar asks for a weekday («ثالث ثلاثاء»,
/// «احد الاسبوع الماضي»), since «أحد» and «اثنين» are also numbers.
pub(crate) static WEEKDAYS: &[(&str, u8)] = &[
    ("الاثنين", 1),
    ("الإثنين", 1),
    ("الثلاثاء", 2),
    ("الثلاثا", 2),
    ("الأربعاء", 3),
    ("الأربعا", 3),
    ("الخميس", 4),
    ("الجمعة", 5),
    ("السبت", 6),
    ("الأحد", 7),
];

/// Bare weekday forms (no article).
pub(crate) static BARE_WEEKDAYS: &[(&str, u8)] = &[
    ("اثنين", 1),
    ("إثنين", 1),
    ("ثلاثاء", 2),
    ("ثلاثا", 2),
    ("أربعاء", 3),
    ("أربعا", 3),
    ("خميس", 4),
    ("جمعة", 5),
    ("سبت", 6),
    ("أحد", 7),
];
