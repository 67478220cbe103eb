//! Month names: the Gregorian-derived, Levantine/Iraqi, Maghrebi (with Moroccan) and Hijri families.
//!
//! One row per spelling, written as an Arabic reader writes it; rows are normalized by the same
//! function as the text, so «أبريل» also covers «ابريل» and «إبريل».

/// The family a month name belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Family {
    /// يناير، فبراير … (Egypt, the Gulf, most agencies).
    Gregorian,
    /// كانون الثاني، شباط … (the Levant and Iraq).
    Levantine,
    /// جانفي، فيفري … (Algeria, Tunisia) and the Moroccan ماي، يوليوز، غشت …
    Maghrebi,
    /// محرم، صفر … (the Hijri calendar).
    Hijri,
}

/// `(spelling, month number, family)`.
pub(crate) static MONTHS: &[(&str, u8, Family)] = &[
    // Gregorian-derived.
    ("يناير", 1, Family::Gregorian),
    ("فبراير", 2, Family::Gregorian),
    ("مارس", 3, Family::Gregorian),
    ("أبريل", 4, Family::Gregorian),
    ("مايو", 5, Family::Gregorian),
    ("يونيو", 6, Family::Gregorian),
    ("يونيه", 6, Family::Gregorian),
    ("يوليو", 7, Family::Gregorian),
    ("يوليه", 7, Family::Gregorian),
    ("أغسطس", 8, Family::Gregorian),
    ("سبتمبر", 9, Family::Gregorian),
    ("أكتوبر", 10, Family::Gregorian),
    ("نوفمبر", 11, Family::Gregorian),
    ("ديسمبر", 12, Family::Gregorian),
    // Levantine and Iraqi.
    ("كانون الثاني", 1, Family::Levantine),
    ("شباط", 2, Family::Levantine),
    ("آذار", 3, Family::Levantine),
    ("نيسان", 4, Family::Levantine),
    ("أيار", 5, Family::Levantine),
    ("حزيران", 6, Family::Levantine),
    ("تموز", 7, Family::Levantine),
    ("آب", 8, Family::Levantine),
    ("أيلول", 9, Family::Levantine),
    ("تشرين الأول", 10, Family::Levantine),
    ("تشرين الثاني", 11, Family::Levantine),
    ("كانون الأول", 12, Family::Levantine),
    // Maghrebi (Algeria, Tunisia).
    ("جانفي", 1, Family::Maghrebi),
    ("فيفري", 2, Family::Maghrebi),
    ("أفريل", 4, Family::Maghrebi),
    ("ماي", 5, Family::Maghrebi),
    ("جوان", 6, Family::Maghrebi),
    ("جويلية", 7, Family::Maghrebi),
    ("أوت", 8, Family::Maghrebi),
    // Moroccan.
    ("يوليوز", 7, Family::Maghrebi),
    ("غشت", 8, Family::Maghrebi),
    ("شتنبر", 9, Family::Maghrebi),
    ("نونبر", 11, Family::Maghrebi),
    ("دجنبر", 12, Family::Maghrebi),
    // Hijri.
    ("محرم", 1, Family::Hijri),
    ("صفر", 2, Family::Hijri),
    ("ربيع الأول", 3, Family::Hijri),
    ("ربيع الثاني", 4, Family::Hijri),
    ("ربيع الآخر", 4, Family::Hijri),
    ("جمادى الأولى", 5, Family::Hijri),
    ("جمادى الأول", 5, Family::Hijri),
    ("جمادى الآخرة", 6, Family::Hijri),
    ("جمادى الثانية", 6, Family::Hijri),
    ("جمادى الثاني", 6, Family::Hijri),
    ("رجب", 7, Family::Hijri),
    ("شعبان", 8, Family::Hijri),
    ("رمضان", 9, Family::Hijri),
    ("شوال", 10, Family::Hijri),
    ("ذو القعدة", 11, Family::Hijri),
    ("ذي القعدة", 11, Family::Hijri),
    ("ذو الحجة", 12, Family::Hijri),
    ("ذي الحجة", 12, Family::Hijri),
];
