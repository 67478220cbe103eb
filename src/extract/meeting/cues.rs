//! The word lists of the meeting rules, and [`Cues`]: which lists each token is in, found once
//! per token, as the clause scans of every trigger ask the same tokens again and again.

use std::sync::LazyLock;

use super::boundary;
use crate::extract::analysis::Analysis;
use crate::lexicon::WordSet;

/// Verbs of a relative clause that hold the meeting it follows («الذي عقد في», «التي احتضنتها»).
const HOSTING: &[&str] = &[
    "عقد",
    "انعقد",
    "ينعقد",
    "يعقد",
    "تعقد",
    "احتضن",
    "تحتضن",
    "يحتضن",
    "استضاف",
    "تستضيف",
    "يستضيف",
    "التام",
    "انطلق",
    "تنطلق",
    "اختتم",
    "افتتح",
    "انتظم",
    "جرت",
    "يجري",
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
];

/// Verbs that open or close a gathering's work: «انطلقت أعمال …».
const OPENING: &[&str] = &[
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
];

/// Closing words: a date in their clause is the last day, not the first.
const CLOSING: &[&str] = &[
    "اختتم",
    "اختتمت",
    "تختتم",
    "يختتم",
    "ختام",
    "اختتام",
    "الختامي",
    "الختاميه",
];

/// Words of simultaneity: the meeting shares the date of the one before it.
const SAME_TIME: &[&str] = &[
    "تزامن",
    "بالتزامن",
    "تزامنا",
    "متزامنا",
    "بالتوازي",
    "بموازاه",
];

/// Verbs and nouns of taking part: «ويشارك في الاجتماع …», «بحضور …».
const TAKING_PART: &[&str] = &[
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
const PARTIES: &[&str] = &[
    "ممثلو",
    "ممثلي",
    "وفود",
    "رؤساء",
    "المشاركون",
    "الرئيس",
    "ولي",
    "الملك",
    "الامير",
    "وزراء",
    "قاده",
    "القاده",
    "زعماء",
    "نظيره",
    "نظيرته",
    "نظيريه",
    "نظراءه",
    "نظرائه",
];

/// Titles before a place that make it a person's, not the venue: «أمير الكويت».
const TITLES: &[&str] = &[
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
];

/// Nouns of what is discussed: a place after them and «في» is their subject, not a venue
/// («التطورات في غزة», «الأوضاع في القدس»).
const TOPICS: &[&str] = &[
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

/// Words after a meeting noun that make it no meeting of parties: «مؤتمر صحفي».
const NOT_MEETINGS: &[&str] = &["صحفي", "صحافي", "الصحفي", "الصحافي", "صحفيا"];

/// Which of this module's word lists a token's word is in: bits of [`Cues::is`].
pub(super) const HOSTS: u16 = 1 << 0;
pub(super) const OPENS: u16 = 1 << 1;
pub(super) const CLOSES: u16 = 1 << 2;
pub(super) const SAME_TIME_CUE: u16 = 1 << 3;
pub(super) const TAKES_PART: u16 = 1 << 4;
pub(super) const PARTY: u16 = 1 << 5;
pub(super) const TITLE: u16 = 1 << 6;
pub(super) const NOT_MEETING: u16 = 1 << 7;
/// «الذي», «التي», «الذين».
pub(super) const RELATIVE: u16 = 1 << 8;
pub(super) const TOPIC: u16 = 1 << 9;
const KNOWN: u16 = 1 << 15;
/// The hosting and opening bits are known.
const PREFIXES_KNOWN: u16 = 1 << 12;
/// [`boundary`] has been asked of the token, and its answer.
const BOUNDARY_KNOWN: u16 = 1 << 14;
const BOUNDARY: u16 = 1 << 13;

/// The word lists above as one map, word → the bits of the lists it is in.
static CUE_WORDS: LazyLock<WordSet<u16>> = LazyLock::new(|| {
    let lists: [(&[&'static str], u16); 8] = [
        (CLOSING, CLOSES),
        (SAME_TIME, SAME_TIME_CUE),
        (TAKING_PART, TAKES_PART),
        (PARTIES, PARTY),
        (TITLES, TITLE),
        (NOT_MEETINGS, NOT_MEETING),
        (TOPICS, TOPIC),
        (&["الذي", "التي", "الذين"], RELATIVE),
    ];
    WordSet::with_values(
        lists
            .into_iter()
            .flat_map(|(list, bit)| list.iter().map(move |&w| (w, bit))),
        |a, b| a | b,
    )
});

/// The beginnings of hosting and opening verbs, → their bits.
static CUE_PREFIXES: LazyLock<WordSet<u16>> = LazyLock::new(|| {
    let hosting = HOSTING.iter().map(|&w| (w, HOSTS));
    let opening = OPENING.iter().map(|&w| (w, OPENS));
    WordSet::with_values(hosting.chain(opening), |a, b| a | b)
});

/// The first letters of the hosting and opening verbs: a word that begins otherwise is none.
static CUE_INITIALS: LazyLock<Initials> =
    LazyLock::new(|| Initials::of(HOSTING.iter().chain(OPENING)));

/// A set of Arabic letters (U+0621..U+064A), as bits of their UTF-8 bytes.
struct Initials(u128);

impl Initials {
    fn of<'w>(words: impl Iterator<Item = &'w &'w str>) -> Initials {
        Initials(
            words
                .filter_map(|w| Self::bit(w.as_bytes()))
                .fold(0, |set, b| set | 1 << b),
        )
    }

    fn bit(word: &[u8]) -> Option<u32> {
        match word {
            [lead @ (0xD8 | 0xD9), b, ..] => Some(u32::from(lead & 1) << 6 | u32::from(b & 0x3F)),
            _ => None,
        }
    }

    fn may_begin(&self, word: &str) -> bool {
        Self::bit(word.as_bytes()).is_some_and(|b| self.0 >> b & 1 != 0)
    }
}

/// The word lists above, matched at most once per token: the clause scans of every trigger
/// ask the same tokens again and again.
pub(super) struct Cues<'x, 'a, 't> {
    pub(super) a: &'x Analysis<'a, 't>,
    memo: Vec<std::cell::Cell<u16>>,
}

impl<'x, 'a, 't> Cues<'x, 'a, 't> {
    pub(super) fn new(a: &'x Analysis<'a, 't>) -> Self {
        Cues {
            a,
            memo: vec![std::cell::Cell::new(0); a.t.len()],
        }
    }

    /// The memo of token `i`, with the bits `compute` gives added the first time `known` is
    /// asked (`compute` past the end, unremembered).
    fn remembered(&self, i: usize, known: u16, compute: impl FnOnce() -> u16) -> u16 {
        let Some(cell) = self.memo.get(i) else {
            return compute();
        };
        let bits = cell.get();
        if bits & known != 0 {
            return bits;
        }
        let bits = bits | known | compute();
        cell.set(bits);
        bits
    }

    /// The bits of token `i` for the lists that hold whole words.
    fn words(&self, i: usize) -> u16 {
        self.remembered(i, KNOWN, || CUE_WORDS.get(self.a.word(i)).unwrap_or(0))
    }

    /// The bits of token `i` for the verbs of hosting and opening, matched by their beginning
    /// («عقدت», «احتضنتها»).
    fn prefixes(&self, i: usize) -> u16 {
        self.remembered(i, PREFIXES_KNOWN, || {
            let word = self.a.word(i);
            // The future «س» before an imperfect: «ستستضيف», «ستنطلق».
            let future = word
                .strip_prefix('س')
                .filter(|w| w.starts_with(['ت', 'ي', 'ن']));
            let mut bits = 0;
            for w in [Some(word), future].into_iter().flatten() {
                if CUE_INITIALS.may_begin(w) {
                    for len in (3..=7).map(|letters| 2 * letters) {
                        if let Some(prefix) = w.get(..len) {
                            bits |= CUE_PREFIXES.get(prefix).unwrap_or(0);
                        }
                    }
                }
            }
            bits
        })
    }

    pub(super) fn is(&self, i: usize, bit: u16) -> bool {
        let bits = if bit & (HOSTS | OPENS) != 0 {
            self.prefixes(i)
        } else {
            self.words(i)
        };
        bits & bit != 0
    }

    /// [`boundary`] at token `k`, remembered: the clauses of neighbouring triggers overlap.
    pub(super) fn boundary(&self, k: usize) -> bool {
        let bits = self.remembered(k, BOUNDARY_KNOWN, || {
            if boundary(self.a, k) { BOUNDARY } else { 0 }
        });
        bits & BOUNDARY != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_verb_beginning_is_probed() {
        // `Cues::prefixes` probes beginnings of three to seven letters, after the initial test.
        for w in HOSTING.iter().chain(OPENING) {
            let letters = w.chars().count();
            assert!((3..=7).contains(&letters), "{w}: {letters} letters");
            assert!(CUE_INITIALS.may_begin(w), "{w}");
            assert!(CUE_PREFIXES.get(w).is_some(), "{w}");
        }
    }

    #[test]
    fn lists_are_normalized() {
        let all = HOSTING
            .iter()
            .chain(OPENING)
            .chain(CLOSING)
            .chain(SAME_TIME)
            .chain(TAKING_PART)
            .chain(PARTIES)
            .chain(TITLES)
            .chain(NOT_MEETINGS)
            .chain(TOPICS);
        for w in all {
            assert_eq!(
                crate::text::normalize_word(w),
                *w,
                "{w} is matched against normalized words"
            );
        }
    }
}
