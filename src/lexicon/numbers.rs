//! Number words: cardinals in their gender, case and dual forms, and ordinals.

/// What a number word contributes to the number it is part of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum NumWord {
    /// 0–10: «صفر», «ثلاث», «ثلاثة», «عشرة».
    Unit(u8),
    /// «عشر» / «عشرة» after a unit: 11–19.
    TeenTen,
    /// 20–90: «عشرون», «تسعين».
    Tens(u8),
    /// 100–900 written as one word: «مائة», «مئتين», «ثلاثمائة».
    Hundreds(u16),
    /// «مائة» / «مئة» after a unit word: «ثلاث مائة».
    HundredAfterUnit,
    /// A multiplier, singular or plural, as its power of ten: «ألف», «آلاف» (3), «مليون»,
    /// «ملايين» (6). A power rather than the value keeps every meaning of a word small.
    Scale(u8),
    /// The dual of a multiplier: «ألفين», «مليونان» (twice the scale).
    ScaleDual(u8),
}

impl NumWord {
    /// The value of a multiplier's power of ten.
    pub(crate) fn scale(power: u8) -> u64 {
        10u64.pow(u32::from(power))
    }
}

/// `(spelling, meaning)`. Alef and ta-marbuta variants come from normalization.
pub(crate) static CARDINALS: &[(&str, NumWord)] = &[
    ("صفر", NumWord::Unit(0)),
    ("واحد", NumWord::Unit(1)),
    ("واحدة", NumWord::Unit(1)),
    ("إحدى", NumWord::Unit(1)),
    ("أحد", NumWord::Unit(1)),
    ("اثنان", NumWord::Unit(2)),
    ("اثنين", NumWord::Unit(2)),
    ("اثنتان", NumWord::Unit(2)),
    ("اثنتين", NumWord::Unit(2)),
    ("اثنا", NumWord::Unit(2)),
    ("اثني", NumWord::Unit(2)),
    ("اثنتا", NumWord::Unit(2)),
    ("اثنتي", NumWord::Unit(2)),
    ("ثلاث", NumWord::Unit(3)),
    ("ثلاثة", NumWord::Unit(3)),
    ("أربع", NumWord::Unit(4)),
    ("أربعة", NumWord::Unit(4)),
    ("خمس", NumWord::Unit(5)),
    ("خمسة", NumWord::Unit(5)),
    ("ست", NumWord::Unit(6)),
    ("ستة", NumWord::Unit(6)),
    ("سبع", NumWord::Unit(7)),
    ("سبعة", NumWord::Unit(7)),
    ("ثمان", NumWord::Unit(8)),
    ("ثماني", NumWord::Unit(8)),
    ("ثمانية", NumWord::Unit(8)),
    ("تسع", NumWord::Unit(9)),
    ("تسعة", NumWord::Unit(9)),
    // The accusative with tanween: «خمسا وثمانين».
    ("ثلاثا", NumWord::Unit(3)),
    ("أربعا", NumWord::Unit(4)),
    ("خمسا", NumWord::Unit(5)),
    ("ستا", NumWord::Unit(6)),
    ("سبعا", NumWord::Unit(7)),
    ("ثمانيا", NumWord::Unit(8)),
    ("تسعا", NumWord::Unit(9)),
    ("عشر", NumWord::TeenTen),
    ("عشرة", NumWord::TeenTen),
    ("عشرون", NumWord::Tens(20)),
    ("عشرين", NumWord::Tens(20)),
    ("ثلاثون", NumWord::Tens(30)),
    ("ثلاثين", NumWord::Tens(30)),
    ("أربعون", NumWord::Tens(40)),
    ("أربعين", NumWord::Tens(40)),
    ("خمسون", NumWord::Tens(50)),
    ("خمسين", NumWord::Tens(50)),
    ("ستون", NumWord::Tens(60)),
    ("ستين", NumWord::Tens(60)),
    ("سبعون", NumWord::Tens(70)),
    ("سبعين", NumWord::Tens(70)),
    ("ثمانون", NumWord::Tens(80)),
    ("ثمانين", NumWord::Tens(80)),
    ("تسعون", NumWord::Tens(90)),
    ("تسعين", NumWord::Tens(90)),
    ("مائة", NumWord::Hundreds(100)),
    ("مئة", NumWord::Hundreds(100)),
    ("مائتان", NumWord::Hundreds(200)),
    ("مائتين", NumWord::Hundreds(200)),
    ("مائتا", NumWord::Hundreds(200)),
    ("مائتي", NumWord::Hundreds(200)),
    ("مئتان", NumWord::Hundreds(200)),
    ("مئتين", NumWord::Hundreds(200)),
    ("مئتا", NumWord::Hundreds(200)),
    ("مئتي", NumWord::Hundreds(200)),
    ("ثلاثمائة", NumWord::Hundreds(300)),
    ("ثلاثمئة", NumWord::Hundreds(300)),
    ("أربعمائة", NumWord::Hundreds(400)),
    ("أربعمئة", NumWord::Hundreds(400)),
    ("خمسمائة", NumWord::Hundreds(500)),
    ("خمسمئة", NumWord::Hundreds(500)),
    ("ستمائة", NumWord::Hundreds(600)),
    ("ستمئة", NumWord::Hundreds(600)),
    ("سبعمائة", NumWord::Hundreds(700)),
    ("سبعمئة", NumWord::Hundreds(700)),
    ("ثمانمائة", NumWord::Hundreds(800)),
    ("ثمانمئة", NumWord::Hundreds(800)),
    ("ثمانيمائة", NumWord::Hundreds(800)),
    ("تسعمائة", NumWord::Hundreds(900)),
    ("تسعمئة", NumWord::Hundreds(900)),
    ("ألف", NumWord::Scale(3)),
    ("ألفا", NumWord::Scale(3)),
    ("آلاف", NumWord::Scale(3)),
    ("ألوف", NumWord::Scale(3)),
    ("ألفان", NumWord::ScaleDual(3)),
    ("ألفين", NumWord::ScaleDual(3)),
    ("ألفي", NumWord::ScaleDual(3)),
    ("مليون", NumWord::Scale(6)),
    ("ملايين", NumWord::Scale(6)),
    ("مليونان", NumWord::ScaleDual(6)),
    ("مليونين", NumWord::ScaleDual(6)),
    ("مليوني", NumWord::ScaleDual(6)),
    ("مليار", NumWord::Scale(9)),
    ("مليارات", NumWord::Scale(9)),
    ("ملياران", NumWord::ScaleDual(9)),
    ("مليارين", NumWord::ScaleDual(9)),
    ("ملياري", NumWord::ScaleDual(9)),
    ("بليون", NumWord::Scale(9)),
    ("تريليون", NumWord::Scale(12)),
];

/// Ordinal stems without the article: `(spelling, value)`. The article form («السادس») and the
/// feminine («السادسة») are derived when the lexicon is built. «حادي» only occurs in compounds.
pub(crate) static ORDINALS: &[(&str, u8)] = &[
    ("أول", 1),
    ("أولى", 1),
    ("حادي", 1),
    ("ثاني", 2),
    ("ثان", 2),
    ("ثالث", 3),
    ("رابع", 4),
    ("خامس", 5),
    ("سادس", 6),
    ("سابع", 7),
    ("ثامن", 8),
    ("تاسع", 9),
    ("عاشر", 10),
];
