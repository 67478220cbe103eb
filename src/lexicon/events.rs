//! The words of events: speech verbs, meeting nouns and levels, places, coalitions, members and
//! qualifiers.

use super::{Level, MeetingClass, Qualifier};

/// Speech verbs, perfect 3rd person masculine singular; the feminine and plural are derived.
/// «بين» and «نقل» are left out: alone they are far more often «between» and «moved».
pub(crate) static SPEECH_VERBS: &[&str] = &[
    "قال", "أكد", "أضاف", "أعلن", "حذر", "أشار", "لفت", "شدد", "أوضح", "اعترف", "ذكر", "صرح", "تعهد",
    "أعرب", "رحب", "دعا", "أفاد",
];

/// Speech verbs in the imperfect that report speech in news («ويقول»).
pub(crate) static SPEECH_IMPERFECTS: &[&str] = &["يقول", "تقول", "يقولون"];

/// Nouns that name a gathering: `(spelling, class)`. Possessive forms («اجتماعهم», «قمتها») are
/// derived.
pub(crate) static MEETING_NOUNS: &[(&str, MeetingClass)] = &[
    ("اجتماع", MeetingClass::Meeting),
    ("اجتماعا", MeetingClass::Meeting),
    ("اجتماعات", MeetingClass::Meeting),
    ("لقاء", MeetingClass::Meeting),
    ("لقاءات", MeetingClass::Meeting),
    ("جلسة", MeetingClass::Meeting),
    ("جلسات", MeetingClass::Meeting),
    ("محادثات", MeetingClass::Meeting),
    ("مباحثات", MeetingClass::Meeting),
    ("منتدى", MeetingClass::Conference),
    ("ملتقى", MeetingClass::Conference),
    ("مؤتمر", MeetingClass::Conference),
    ("مؤتمرا", MeetingClass::Conference),
    ("مؤتمرات", MeetingClass::Conference),
    ("قمة", MeetingClass::Summit),
    ("قمم", MeetingClass::Summit),
];

/// Verbs whose subject meets: «اجتمع الوزراء», «سيلتقي الوزراء», «التأمت القمة».
pub(crate) static MEETING_VERBS: &[(&str, &str)] =
    &[("اجتمع", "يجتمع"), ("التقى", "يلتقي"), ("التأم", "يلتئم"), ("انعقد", "ينعقد")];

/// Words that set a meeting's level: `(spelling, level)`.
pub(crate) static LEVEL_WORDS: &[(&str, Level)] = &[
    ("وزاري", Level::Ministerial),
    ("وزاريا", Level::Ministerial),
    ("وزارية", Level::Ministerial),
    ("الوزاري", Level::Ministerial),
    ("الوزارية", Level::Ministerial),
    ("وزراء", Level::Ministerial),
    ("الوزراء", Level::Ministerial),
    ("قادة", Level::Summit),
    ("القادة", Level::Summit),
    ("زعماء", Level::Summit),
    ("الزعماء", Level::Summit),
    ("الملوك", Level::Summit),
    ("السياسيين", Level::PoliticalDirectors),
    ("السياسية", Level::PoliticalDirectors),
    ("الخبراء", Level::Working),
    ("خبراء", Level::Working),
    ("المصغرة", Level::Working),
    ("صغرى", Level::Working),
    ("العمل", Level::Working),
    ("الفنية", Level::Working),
];

/// Cities, capitals and venues, in their Arabic spellings; a country only where its capital
/// bears its name («الكويت», «تونس», «الجزائر»).
pub(crate) static PLACES: &[&str] = &[
    "واشنطن", "نيويورك", "بروكسل", "روما", "باريس", "لندن", "برلين", "مدريد", "لشبونة", "أمستردام",
    "لاهاي", "جنيف", "فيينا", "ستوكهولم", "أوسلو", "كوبنهاغن", "هلسنكي", "وارسو", "براغ", "بودابست",
    "بوخارست", "صوفيا", "أثينا", "أنقرة", "إسطنبول", "اسطنبول", "موسكو", "سوتشي", "كييف", "مينسك",
    "ميونخ", "دافوس", "واتفورد", "ويلز", "فيلنيوس", "مدريد", "لوكسمبورغ", "بكين", "طوكيو", "سيول",
    "نيودلهي", "إسلام آباد", "كابول", "طهران", "بغداد", "أربيل", "دمشق", "بيروت", "عمان", "القدس",
    "رام الله", "غزة", "القاهرة", "شرم الشيخ", "الإسكندرية", "الرياض", "جدة", "الظهران", "مكة",
    "المدينة المنورة", "العلا", "الدوحة", "أبوظبي", "أبو ظبي", "دبي", "المنامة", "مسقط", "الكويت",
    "صنعاء", "عدن", "الخرطوم", "طرابلس", "سرت", "بنغازي", "تونس", "الجزائر", "وهران", "الرباط",
    "مراكش", "الدار البيضاء", "طنجة", "نواكشوط", "أديس أبابا", "نيروبي", "أبوجا", "داكار", "باماكو",
    "نيامي", "نجامينا", "مقديشو", "جيبوتي", "البحر الميت", "العقبة", "أستانا", "آستانة", "الدوحة",
    "أوتاوا", "مونتريال", "تورونتو", "مكسيكو", "برازيليا", "بوينس آيرس", "سانتياغو", "كانبيرا",
    "سيدني", "جاكرتا", "كوالالمبور", "سنغافورة", "بانكوك", "مانيلا", "هانوي", "بنوم بنه", "تبليسي",
    "يريفان", "باكو", "طشقند", "عشق آباد", "بيشكيك", "دوشنبه", "نور سلطان", "ميلانو", "نابولي",
    "فلورنسا", "مانشستر", "شيكاغو", "لوس أنجلوس", "سان فرانسيسكو", "ميامي", "هلسنكي", "تالين",
    "ريغا", "زغرب", "بلغراد", "سراييفو", "تيرانا", "سكوبيي", "بودغوريتسا", "ليوبليانا", "براتيسلافا",
    "دبلن", "إدنبره", "ستراسبورغ", "بون", "هامبورغ", "فرانكفورت", "زيورخ", "لوزان", "بازل",
    "الكويت", "كربلاء", "النجف", "الموصل", "البصرة", "حلب", "إدلب", "الرقة", "دير الزور",
];

/// Words that name a coalition or an alliance.
pub(crate) static COALITION_WORDS: &[&str] =
    &["تحالف", "التحالف", "حلف", "الحلف", "الائتلاف", "ائتلاف", "الناتو"];

/// Nouns that count members: `(spelling)`.
pub(crate) static MEMBER_UNITS: &[&str] = &[
    "دولة", "دول", "الدول", "عضو", "عضوا", "أعضاء", "الأعضاء", "بلد", "بلدا", "بلدان", "شريك", "شريكا",
    "شركاء", "دولة عضو", "أعضائه", "أعضائها",
];

/// Words that say the number is a membership: «يضم», «المكون من», «عدد أعضائه», «البالغ».
pub(crate) static MEMBERSHIP_CUES: &[&str] = &[
    "يضم", "تضم", "ضم", "ضمت", "يضمان", "المكون", "المكونة", "المؤلف", "المؤلفة", "يتكون", "يتألف",
    "تتكون", "تتألف", "أعضائه", "أعضائها", "عضويته", "عضويتها", "عددهم", "عددها", "البالغ",
    "البالغة", "بمشاركة", "وصل", "يصل", "تصل", "بلغ", "يبلغ", "تأسس", "تأسست", "بدأ", "بتوقيع", "مسيرته",
];

/// Qualifiers before a count: `(spelling, qualifier)`. Two-word ones are phrases.
pub(crate) static QUALIFIERS: &[(&str, Qualifier)] = &[
    ("نحو", Qualifier::Approximately),
    ("حوالي", Qualifier::Approximately),
    ("قرابة", Qualifier::Approximately),
    ("زهاء", Qualifier::Approximately),
    ("ما يقارب", Qualifier::Approximately),
    ("ما يقرب من", Qualifier::Approximately),
    ("أكثر من", Qualifier::MoreThan),
    ("أزيد من", Qualifier::MoreThan),
    ("ما يزيد على", Qualifier::MoreThan),
    ("ما يزيد عن", Qualifier::MoreThan),
    ("ما يربو على", Qualifier::MoreThan),
    ("لا يقل عن", Qualifier::AtLeast),
    ("ما لا يقل عن", Qualifier::AtLeast),
    ("أقل من", Qualifier::LessThan),
];
