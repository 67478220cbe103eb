//! The word lists of the meeting rules. Whole words are compiled into the lexicon, so that a
//! token knows the lists its word is in from its one look-up ([`CUE_LISTS`]); the hosting and
//! opening verbs are matched by their beginnings, in `extract::meeting::cues`.

/// Verbs of a relative clause that hold the meeting it follows («الذي عقد في», «التي احتضنتها»).
pub(crate) const HOSTING: &[&str] = &[
    "عقد",
    "انعقد",
    "ينعقد",
    "تنعقد",
    "يعقد",
    "تعقد",
    "احتضن",
    "تحتضن",
    "يحتضن",
    "استضاف",
    "تستضيف",
    "يستضيف",
    "التام",
    "يلتئم",
    "تلتئم",
    "انطلق",
    "تنطلق",
    "اختتم",
    "افتتح",
    "انتظم",
    "جرت",
    "جري",
    "يجري",
    "تجري",
    "بدا",
    "تبدا",
    "يقام",
    "تقام",
    "اقيم",
    "تستعد",
    "يستعد",
    "احتضان",
    "انعقاد",
    "استضافه",
    "تنظيم",
    // «شهدت العاصمة الرياض انعقاد الاجتماع»: the place that saw it.
    "شهدت",
    "تشهد",
    "يشهد",
];

/// Verbs that open or close a gathering's work: «انطلقت أعمال …».
pub(crate) const OPENING: &[&str] = &[
    "انطلق",
    "تنطلق",
    "ينطلق",
    "بدا",
    "تبدا",
    "يبدا",
    "اختتم",
    "تختتم",
    "افتتح",
    "استانف",
    // The passive: «استؤنفت أعمال اللجنة».
    "استؤنف",
];

/// Closing words: a date in their clause is the last day, not the first.
pub(crate) const CLOSING: &[&str] = &[
    "اختتم",
    "اختتمت",
    "تختتم",
    "يختتم",
    "ختام",
    "اختتام",
    "الختامي",
    "الختاميه",
    "انتهت",
    "انتهي",
    "تنتهي",
    "ينتهي",
];

/// Words of postponement: the meeting is on the date after «إلى», not the one it was set for.
pub(crate) const POSTPONING: &[&str] = &[
    "تاجل",
    "تاجلت",
    "يتاجل",
    "اجلت",
    "ارجئ",
    "ارجئت",
    "ارجا",
    "ارجات",
    "تاجيل",
    "ارجاء",
];

/// Words of simultaneity: the meeting shares the date of the one before it.
pub(crate) const SAME_TIME: &[&str] = &[
    "تزامن",
    "بالتزامن",
    "تزامنا",
    "متزامنا",
    "بالتوازي",
    "بموازاه",
];

/// Verbs and nouns of taking part: «ويشارك في الاجتماع …», «بحضور …».
pub(crate) const TAKING_PART: &[&str] = &[
    "يشارك",
    "شارك",
    "تشارك",
    "يشاركون",
    "حضر",
    "حضره",
    "حضرها",
    "بحضور",
    "بمشاركه",
];

/// Participants named right after the meeting word: «وحضر القمة الرئيس …».
pub(crate) const PARTIES: &[&str] = &[
    "ممثلو",
    "ممثلي",
    "وفود",
    "رؤساء",
    "المشاركون",
    "الرئيس",
    // «يلتقي رئيس الجمهورية», «التقى وزير الخارجية»: a title in construct.
    "رئيس",
    "وزير",
    // «التقى الوزير السوداني الأمين العام للجامعة»: a title told before, with the article.
    "الوزير",
    "امين",
    "الامين",
    "ولي",
    "الملك",
    "الامير",
    "وزراء",
    "قاده",
    "القاده",
    "زعماء",
    // Two who meet: «يلتقي الوزيران», «قمة الرئيسين», «اجتماع الطرفين».
    "وزيرا",
    "وزيري",
    "الوزيران",
    "الوزيرين",
    "الرئيسان",
    "الرئيسين",
    "الزعيمان",
    "الزعيمين",
    "الطرفان",
    "الطرفين",
    "الجانبان",
    "الجانبين",
    "الوفدان",
    "الوفدين",
    "نظيره",
    "نظيرته",
    "نظيريه",
    "نظراءه",
    "نظرائه",
];

/// Titles before a place that make it a person's, not the venue: «أمير الكويت».
pub(crate) const TITLES: &[&str] = &[
    "امير",
    "ملك",
    "رئيس",
    "وزير",
    "سفير",
    "حكومه",
    "شعب",
    "عاهل",
    "ولي",
    "ممثل",
    "مندوب",
    "خارجيه",
    "الي",
    // «استقبل … أمس في المقر نفسه المنسق الخاص للأمم المتحدة»: envoys and officials.
    "منسق",
    "مبعوث",
    "قنصل",
    "مفوض",
    "سفيره",
    "مستشار",
    "قائد",
    "المنسق",
    "القنصل",
    "المفوض",
    "السفيره",
    "المستشار",
    "القائد",
];

/// Nouns of what is discussed: a place after them and «في» is their subject, not a venue
/// («التطورات في غزة», «الأوضاع في القدس»).
pub(crate) const TOPICS: &[&str] = &[
    "الاوضاع",
    "الوضع",
    "التطورات",
    "المستجدات",
    "الازمه",
    "الازمات",
    "الحرب",
    "الاحداث",
    "القتال",
    "السلام",
    "الاستقرار",
    "الامن",
    "النزاع",
    "الصراع",
    "التصعيد",
    "العمليات",
    "الهجمات",
    "الانتخابات",
    "المفاوضات",
];

/// Words after a meeting noun that make it no meeting of parties: «مؤتمر صحفي», «ندوة صحفية»
/// (Maghrebi for a press conference); talks by telephone («محادثات هاتفية») meet no one; a
/// trading session («جلسة التداول») or a football summit («قمة كروية») neither. Not «الدوري»:
/// the league's, but also «اجتماعهم الدوري», their periodic meeting.
pub(crate) const NOT_MEETINGS: &[&str] = &[
    "التداول",
    "تداول",
    "كرويه",
    "الكرويه",
    "صحفي",
    "صحافي",
    "الصحفي",
    "الصحافي",
    "صحفيا",
    "صحفيه",
    "صحافيه",
    "الصحفيه",
    "الصحافيه",
    "هاتفيه",
    "الهاتفيه",
    "هاتفيا",
];

/// Which of these word lists a word is in, as bits.
pub(crate) type CueBits = u32;

pub(crate) const HOSTS: CueBits = 1 << 0;
pub(crate) const OPENS: CueBits = 1 << 1;
pub(crate) const CLOSES: CueBits = 1 << 2;
pub(crate) const SAME_TIME_CUE: CueBits = 1 << 3;
pub(crate) const TAKES_PART: CueBits = 1 << 4;
pub(crate) const PARTY: CueBits = 1 << 5;
pub(crate) const TITLE: CueBits = 1 << 6;
pub(crate) const NOT_MEETING: CueBits = 1 << 7;
/// «الذي», «التي», «الذين».
pub(crate) const RELATIVE: CueBits = 1 << 8;
pub(crate) const TOPIC: CueBits = 1 << 9;
// Words that set a meeting's level with their neighbours (`extract::meeting::level_in`).
/// «السياسيين», after «المديرين»: political directors.
pub(crate) const POLITICAL: CueBits = 1 << 10;
pub(crate) const DIRECTORS: CueBits = 1 << 11;
/// «العمل», «صغرى» after «مجموعة», «فريق»: a working group.
pub(crate) const WORKING: CueBits = 1 << 12;
pub(crate) const GROUP: CueBits = 1 << 13;
/// «الخبراء»: experts.
pub(crate) const EXPERTS: CueBits = 1 << 14;
/// «المصغرة», after «الهيئة» or «المجموعة»: a small body.
pub(crate) const SMALL: CueBits = 1 << 15;
pub(crate) const BODY: CueBits = 1 << 16;
/// «رئيس» before «الوزراء»: a prime minister, not ministers; «نواب», «مساعدو», «وكلاء» before
/// «وزراء»: their deputies, assistants and under-secretaries.
pub(crate) const CHIEF: CueBits = 1 << 17;
/// «مجلس» before «الوزراء»: a cabinet, unless a portfolio follows («مجلس وزراء الخارجية»).
pub(crate) const COUNCIL: CueBits = 1 << 18;
pub(crate) const PORTFOLIO: CueBits = 1 << 19;
/// «أعمال», «أعمالها», «أعماله»: the works of a body, a gathering when a verb opens them.
pub(crate) const WORKS: CueBits = 1 << 20;
pub(crate) const POSTPONES: CueBits = 1 << 21;
/// «الحوار»: a meeting when it is a round's («الجولة الأولى من الحوار»).
pub(crate) const DIALOGUE: CueBits = 1 << 22;
/// «جولة»: a round, of talks or of a dialogue.
pub(crate) const ROUND: CueBits = 1 << 23;
/// A committee or council: who meets when it is a meeting verb's subject («ستجتمع اللجنة»,
/// «لجنة المراقبة ستجتمع») or follows a meeting noun («اجتماع اللجنة»).
pub(crate) const ASSEMBLY: CueBits = 1 << 24;
/// «يستمر», «تتواصل»: a meeting that goes on.
pub(crate) const CONTINUES: CueBits = 1 << 25;
/// «مدينة», «العاصمة»: what names the next word a city.
pub(crate) const CITY: CueBits = 1 << 26;
/// «ثم»: a sequel («ثم على مستوى وزراء الخارجية»).
pub(crate) const THEN: CueBits = 1 << 27;
/// «بحث», «يبحث»: discussed, a meeting when «مع» names the other side («بحث الوزير مع نظيره»).
pub(crate) const DISCUSSES: CueBits = 1 << 28;
/// «بدلا», «عوضا»: what is named after them is not held («بدلا من اجتماع حضوري»).
pub(crate) const INSTEAD: CueBits = 1 << 29;
/// «مباراة», «ملعب», «الدوري»: a match, no meeting («مباراة القمة», «قمة الدوري»).
pub(crate) const MATCH: CueBits = 1 << 30;
/// «مستوى»: a level named by the next words («على مستوى المندوبين»).
pub(crate) const LEVEL_OF: CueBits = 1 << 31;
/// The lists of whole words, with their bits.
pub(crate) const CUE_LISTS: [(&[&str], CueBits); 30] = [
    (CLOSING, CLOSES),
    (POSTPONING, POSTPONES),
    (SAME_TIME, SAME_TIME_CUE),
    (TAKING_PART, TAKES_PART),
    (PARTIES, PARTY),
    (TITLES, TITLE),
    (NOT_MEETINGS, NOT_MEETING),
    (TOPICS, TOPIC),
    (&["الذي", "التي", "الذين"], RELATIVE),
    (&["السياسيين", "السياسيون", "السياسيه"], POLITICAL),
    (
        &[
            "الادارات",
            "المديرين",
            "المديرون",
            "المدراء",
            "مديري",
            "مديرو",
            "ادارات",
        ],
        DIRECTORS,
    ),
    (&["العمل", "صغري"], WORKING),
    (&["مجموعه", "مجموعات", "فريق"], GROUP),
    (&["الخبراء"], EXPERTS),
    (&["المصغره"], SMALL),
    (&["الهيئه", "المجموعه"], BODY),
    (
        &[
            "رئيس",
            "نائب",
            "نواب",
            "مساعد",
            "مساعدو",
            "مساعدي",
            "وكيل",
            "وكلاء",
        ],
        CHIEF,
    ),
    (&["مجلس"], COUNCIL),
    (&["الخارجيه", "الدفاع", "خارجيه", "دفاع"], PORTFOLIO),
    // «أشغال» in Maghrebi news.
    (
        &["اعمال", "اعمالها", "اعماله", "اشغال", "اشغالها", "اشغاله"],
        WORKS,
    ),
    (&["الحوار", "حوار"], DIALOGUE),
    (&["جوله", "الجوله", "جولات", "الجولات"], ROUND),
    (&["لجنه", "اللجنه", "مجلس", "المجلس"], ASSEMBLY),
    (&["يستمر", "تستمر", "يتواصل", "تتواصل"], CONTINUES),
    (&["مدينه", "العاصمه", "جزيره", "بلده", "منتجع"], CITY),
    (&["ثم"], THEN),
    (
        &[
            "بحث",
            "بحثت",
            "بحثا",
            "بحثتا",
            "بحثوا",
            "يبحث",
            "تبحث",
            "يبحثان",
            "تبحثان",
            "يبحثون",
        ],
        DISCUSSES,
    ),
    (&["بدلا", "بدل", "عوضا"], INSTEAD),
    (
        &[
            "مباراه",
            "المباراه",
            "ملعب",
            "الملعب",
            "بطوله",
            "البطوله",
            "الكلاسيكو",
            "ديربي",
            "الدوري",
        ],
        MATCH,
    ),
    (&["مستوي"], LEVEL_OF),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_normalized() {
        let whole = CUE_LISTS.iter().flat_map(|(list, _)| list.iter());
        for w in HOSTING.iter().chain(OPENING).chain(whole) {
            assert_eq!(
                crate::text::normalize_word(w),
                *w,
                "{w} is matched against normalized words"
            );
        }
    }

    #[test]
    fn a_token_knows_its_lists() {
        let t = crate::text::Tokens::new("الذي بحضور مسؤول");
        assert_eq!(t.cues(0), RELATIVE);
        assert_eq!(t.cues(1), TAKES_PART);
        assert_eq!(t.cues(2), 0);
        assert_eq!(t.cues(3), 0, "past the end");
    }

    #[test]
    fn a_word_only_in_a_list_is_found_after_its_proclitic() {
        // «تتواصل» means nothing to the lexicon but is in a list: «وتتواصل» is read as it.
        let t = crate::text::Tokens::new("وتتواصل بمدينه");
        assert_eq!(t.cues(0), CONTINUES);
        assert_eq!(t.stem(0), "تتواصل");
        assert_eq!(t.cues(1), CITY);
    }
}
