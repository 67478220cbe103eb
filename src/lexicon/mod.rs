//! Static word tables and the one map they compile into.
//!
//! The tables are data only, one file per family of words; this module normalizes every row with
//! the same function as the text, derives the regular forms (articles, feminine ordinals, verb
//! persons) and answers one question: what can this word mean?

mod events;
pub(crate) mod meeting_cues;
mod months;
mod numbers;
mod time_words;
mod verbs;
mod weekdays;

use std::sync::LazyLock;

use crate::text::normalize_word;

pub(crate) use crate::event::{Level, Qualifier};
pub(crate) use months::Family;
pub(crate) use numbers::NumWord;

/// Direction of a relative word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Dir {
    /// «المقبل», «القادم».
    Next,
    /// «الماضي», «المنصرم».
    Prev,
    /// «الجاري», «الحالي», «هذا».
    This,
}

/// Which part of a period a modifier names: a point («بداية», «منتصف», «نهاية») or a span of
/// days («أوائل», «أواسط», «أواخر», «النصف الأول من»).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Mod {
    Start,
    Mid,
    End,
    EarlyDays,
    MidDays,
    LateDays,
    /// «النصف الأول من»: days 1 to 15 of a month.
    FirstHalf,
    /// «النصف الثاني من»: day 16 to the last.
    SecondHalf,
}

/// Calendar units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Unit {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// Grammatical number of a unit word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Count {
    One,
    Acc,
    Two,
    Many,
}

/// Vague references.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Vague {
    Present,
    Future,
}

/// What a verb form says of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Tense {
    Past,
    /// The imperfect without «س»: present, or scheduled future in news («تعقد الجلسة الأربعاء»).
    NonPast,
    Future,
}

/// Function words the grammar reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Key {
    From,
    Since,
    To,
    Until,
    Between,
    And,
    Day,
    Days,
    Month,
    Year,
    CorrespondingTo,
    In,
    This,
    Before,
    After,
    Span,
    Time,
    Late,
    Early,
    Last,
    Which,
    DayPart,
    About,
    /// «عيد», «رأس»: a feast named by the words after it.
    Feast,
}

impl Key {
    /// Whether a temporal expression may begin with this word («من 12 إلى 14», «عام 2014»,
    /// «قبل يومين»); the others («في», «إلى», «الموافق») only join or precede one.
    pub(crate) fn opens_date(self) -> bool {
        matches!(
            self,
            Key::From
                | Key::Between
                | Key::Days
                | Key::Day
                | Key::Month
                | Key::Year
                | Key::Span
                | Key::Before
                | Key::After
                | Key::DayPart
                | Key::This
                | Key::Last
                | Key::Time
                | Key::Feast
        )
    }
}

/// The kinds of meaning (see [`Term::kind_bit`]) a temporal expression may begin with.
pub(crate) const DATE_OPENERS: u32 = 1 << 0 // Month
    | 1 << 1 // Weekday
    | 1 << 2 // Deictic
    | 1 << 4 // Mod
    | 1 << 5 // Unit
    | 1 << 6 // DefUnit
    | 1 << 8 // Vague
    | 1 << 9 // Key that opens a date
    | 1 << 10 // Num
    | 1 << 11; // Ordinal

/// What kind of gathering a meeting noun names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum MeetingClass {
    /// «اجتماع», «لقاء», «جلسة», «محادثات», and the verbs «اجتمع», «التقى».
    Meeting,
    /// «مؤتمر», «منتدى», «ملتقى».
    Conference,
    /// «قمة».
    Summit,
}

/// One meaning of one word (or of a phrase that starts at that word).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Term {
    Month {
        month: u8,
        family: Family,
    },
    Weekday {
        day: u8,
        bare: bool,
    },
    Deictic(i8),
    Rel(Dir),
    Mod(Mod),
    Unit(Unit, Count),
    DefUnit(Unit),
    Era {
        hijri: bool,
    },
    Vague(Vague),
    Key(Key),
    /// A cardinal number word; `article` for «العشرين», «الواحد».
    Num {
        word: NumWord,
        article: bool,
    },
    /// An ordinal word; `article` for «السادس».
    Ordinal {
        value: u8,
        article: bool,
    },
    Tense(Tense),
    /// A finite speech verb («قال», «أكدت»).
    Speech,
    /// A noun naming a gathering.
    MeetingNoun(MeetingClass),
    /// A verb whose subject meets («اجتمعوا», «سيلتقي»).
    MeetingVerb,
    /// A word that sets a meeting's level.
    Level(Level),
    /// A city or venue.
    Place,
    /// A country, a venue only after «في» or «ب» or beside a hosting verb («في البحرين»).
    Country,
    /// «التحالف», «الحلف».
    Coalition,
    /// «دولة», «عضوا»: what a coalition counts.
    MemberUnit,
    /// «يضم», «المكون من»: a number that follows is a membership.
    Membership,
    /// «نحو», «أكثر من».
    Qualifier(Qualifier),
    /// A title that opens a person's name («المستشار»), from a caller's lexicon.
    Title,
    /// An organization or office («وزارة الخارجية»), from a caller's lexicon.
    Organization,
    /// A word that heads a speaker's title («وزير», «المتحدث», «مصدر»).
    SpeakerHead,
}

/// What a caller may add to the lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Extra {
    Place,
    SpeechVerb,
    Title,
    Organization,
}

/// A meaning found at a token: the term and how many tokens it spans (2 for «كانون الثاني»).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) term: Term,
    pub(crate) tokens: u8,
}

impl Term {
    /// One bit for each kind of term, so that a token can say in one word what kinds of
    /// meaning it has, and rules can skip tokens without reading their meanings.
    pub(crate) fn kind_bit(self) -> u32 {
        1 << match self {
            Term::Month { .. } => 0,
            Term::Weekday { .. } => 1,
            Term::Deictic(_) => 2,
            Term::Rel(_) => 3,
            Term::Mod(_) => 4,
            Term::Unit(..) => 5,
            Term::DefUnit(_) => 6,
            Term::Era { .. } => 7,
            Term::Vague(_) => 8,
            Term::Key(k) if k.opens_date() => 9,
            Term::Key(_) => 24,
            Term::Num { .. } => 10,
            Term::Ordinal { .. } => 11,
            Term::Tense(_) => 12,
            Term::Speech => 13,
            Term::MeetingNoun(_) => 14,
            Term::MeetingVerb => 15,
            Term::Level(_) => 16,
            Term::Place => 17,
            Term::Coalition => 18,
            Term::MemberUnit => 19,
            Term::Membership => 20,
            Term::Qualifier(_) => 21,
            Term::Title => 22,
            Term::Organization => 23,
            Term::SpeakerHead => 25,
            Term::Country => 26,
        }
    }
}

/// The hash of a word: eight bytes a step, the last (one to seven bytes, or none) padded with
/// zeros, then its length. A multiplicative scheme (FxHash's constant): the keys are our own
/// words, not an attacker's, and a text's words only ever probe the tables. The tokenizer
/// computes the same hash while it scans a word ([`HashState`]).
pub(crate) fn hash_word(bytes: &[u8]) -> u64 {
    let mut state = HashState::default();
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        state.eight(u64::from_le_bytes([
            c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
        ]));
    }
    let rest = chunks.remainder();
    state.last(if rest.is_empty() { 0 } else { tail(rest) }, bytes.len())
}

/// A [`hash_word`] under way.
#[derive(Clone, Copy, Default)]
pub(crate) struct HashState(u64);

impl HashState {
    /// Adds the next eight bytes of the word.
    #[inline]
    pub(crate) fn eight(&mut self, unit: u64) {
        self.0 = step(self.0, unit);
    }

    /// The hash, given the word's last bytes (fewer than eight, zero-padded) and its length.
    #[inline]
    pub(crate) fn last(self, unit: u64, len: usize) -> u64 {
        step(step(self.0, unit), len as u64)
    }
}

/// The last one to seven bytes of a word as a number, read in at most two overlapping loads
/// (a byte-length copy into a buffer calls `memcpy`, which costs more than the whole hash).
fn tail(rest: &[u8]) -> u64 {
    let n = rest.len();
    let u32_at = |i: usize| {
        u64::from(u32::from_le_bytes([
            rest[i],
            rest[i + 1],
            rest[i + 2],
            rest[i + 3],
        ]))
    };
    let u16_at = |i: usize| u64::from(u16::from_le_bytes([rest[i], rest[i + 1]]));
    match n {
        4..=7 => u32_at(0) | u32_at(n - 4) << (8 * (n - 4)),
        2 | 3 => u16_at(0) | u16_at(n - 2) << (8 * (n - 2)),
        1 => u64::from(rest[0]),
        _ => 0,
    }
}

/// Whether two words are the same bytes, compared eight at a time: a word is a few bytes long,
/// and a call to `memcmp` costs more than the comparison.
pub(crate) fn same_word(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (mut a8, mut b8) = (a.chunks_exact(8), b.chunks_exact(8));
    for (x, y) in (&mut a8).zip(&mut b8) {
        if x.iter().zip(y).fold(0, |d, (p, q)| d | (p ^ q)) != 0 {
            return false;
        }
    }
    let (x, y) = (a8.remainder(), b8.remainder());
    x.is_empty() || tail(x) == tail(y)
}

fn step(state: u64, unit: u64) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    (state.rotate_left(5) ^ unit).wrapping_mul(K)
}

/// A fixed set of normalized words, for the extractors' short lists: one hash probe instead of
/// a comparison with every entry. Each word may carry a value (a bit set of the lists it is in).
pub(crate) struct WordSet<V: Copy = ()> {
    /// Open addressing, a power of two long, at most a quarter full; `""` marks an empty slot.
    slots: Vec<(u64, &'static str, V)>,
}

impl WordSet {
    /// A set of `words`, given in normalized form (as [`normalize_word`] writes them).
    pub(crate) fn new(words: &[&'static str]) -> WordSet {
        WordSet::with_values(words.iter().map(|&w| (w, ())), |_, _| ())
    }
}

impl<V: Copy + Default> WordSet<V> {
    /// A map of normalized words to values; a word given twice gets `merge` of its values.
    pub(crate) fn with_values(
        words: impl IntoIterator<Item = (&'static str, V)>,
        merge: impl Fn(V, V) -> V,
    ) -> WordSet<V> {
        let words: Vec<(&'static str, V)> = words.into_iter().filter(|w| !w.0.is_empty()).collect();
        // Text words are normalized before they are looked up; a list word must be too.
        debug_assert!(
            words.iter().all(|(w, _)| normalize_word(w) == *w),
            "a word of a list is not normalized"
        );
        let size = (words.len() * 4).next_power_of_two().max(8);
        let mut slots = vec![(0, "", V::default()); size];
        for (w, v) in words {
            let hash = hash_word(w.as_bytes());
            let mut k = slot_of(hash, size);
            while !slots[k].1.is_empty() && slots[k].1 != w {
                k = (k + 1) & (size - 1);
            }
            let old = if slots[k].1.is_empty() {
                v
            } else {
                merge(slots[k].2, v)
            };
            slots[k] = (hash, w, old);
        }
        WordSet { slots }
    }

    /// The value of `word`, if it is in the set.
    pub(crate) fn get(&self, word: &str) -> Option<V> {
        let mask = self.slots.len() - 1;
        let hash = hash_word(word.as_bytes());
        let mut k = slot_of(hash, self.slots.len());
        loop {
            let (h, w, v) = self.slots[k];
            if w.is_empty() {
                return None;
            }
            if h == hash && same_word(w.as_bytes(), word.as_bytes()) {
                return Some(v);
            }
            k = (k + 1) & mask;
        }
    }

    /// Whether `word` is in the set.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}

/// The slot of `hash` in a table of `size` slots, a power of two: the high bits of a
/// multiplicative hash are its best mixed (the low bits of an Arabic word's are nearly all
/// alike, its letters' lead bytes being).
fn slot_of(hash: u64, size: usize) -> usize {
    (hash >> (64 - size.trailing_zeros())) as usize
}

/// An open-addressing table from words to entries, probed by [`hash_word`].
#[derive(Clone, Default)]
struct WordIndex {
    /// Each slot holds the top [`TAG_BITS`] of an entry's hash above 1 + the entry's index, or
    /// 0 when empty: four bytes a slot keep the table in the first-level cache, and a probe
    /// compares the tag before it reads the entry. The length is a power of two.
    slots: Vec<u32>,
    /// Each entry's word, its hash and its meanings.
    entries: Vec<(String, u64, Meanings)>,
}

/// Bits of a slot that hold the hash's tag; the rest hold the entry's index.
const TAG_BITS: u32 = 12;
/// The most entries the table can index.
pub(crate) const MAX_WORDS: usize = (1 << (32 - TAG_BITS)) - 2;

impl WordIndex {
    fn slot_of(&self, hash: u64) -> usize {
        slot_of(hash, self.slots.len())
    }

    fn tag(hash: u64) -> u32 {
        // Bits below those `slot_of` uses.
        ((hash >> 20) as u32) & ((1 << TAG_BITS) - 1)
    }

    /// The entry of the word with hash `hash`, if any; `same` says whether a key is the word.
    #[inline]
    fn find(&self, hash: u64, same: impl Fn(&[u8]) -> bool) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let tag = Self::tag(hash);
        let mut k = self.slot_of(hash);
        loop {
            let slot = self.slots[k];
            if slot == 0 {
                return None;
            }
            if slot >> (32 - TAG_BITS) == tag {
                let e = (slot & ((1 << (32 - TAG_BITS)) - 1)) as usize - 1;
                if same(self.entries[e].0.as_bytes()) {
                    return Some(e);
                }
            }
            k = (k + 1) & mask;
        }
    }

    /// Whether a word with hash `hash` may be in the table: false when its home slot is empty,
    /// the answer for about half the words that are not.
    #[inline]
    fn may_have(&self, hash: u64) -> bool {
        !self.slots.is_empty() && self.slots[self.slot_of(hash)] != 0
    }

    /// The meanings of `word`, created empty when new (the caller keeps the table below
    /// [`MAX_WORDS`]).
    fn entry(&mut self, word: &str) -> &mut Meanings {
        let hash = hash_word(word.as_bytes());
        if let Some(e) = self.find(hash, |k| k == word.as_bytes()) {
            return &mut self.entries[e].2;
        }
        // Keep the table at most half full: a miss ends after a probe or two, all in one cache
        // line, and the built-in lexicon's table stays within 32 KB.
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            let size = (self.slots.len() * 2).max(1024);
            self.slots = vec![0; size];
            for e in 0..self.entries.len() {
                self.place(e);
            }
        }
        self.entries
            .push((word.to_owned(), hash, Meanings::default()));
        let e = self.entries.len() - 1;
        self.place(e);
        &mut self.entries[e].2
    }

    fn place(&mut self, e: usize) {
        let mask = self.slots.len() - 1;
        let hash = self.entries[e].1;
        let mut k = self.slot_of(hash);
        while self.slots[k] != 0 {
            k = (k + 1) & mask;
        }
        let index = u32::try_from(e + 1).unwrap_or(u32::MAX) & ((1 << (32 - TAG_BITS)) - 1);
        self.slots[k] = Self::tag(hash) << (32 - TAG_BITS) | index;
    }
}

/// The persons of a perfect news uses: 3rd singular and plural, masculine and feminine, and
/// the dual («قال», «قالت», «قالوا», «قالا», «قالتا»; «دعا» → «دعت», «دعوا»).
fn perfect_forms(perfect: &str) -> Vec<String> {
    let p = normalize_word(perfect);
    if p.is_empty() {
        return Vec::new();
    }
    let mut out = vec![
        p.clone(),
        format!("{p}ت"),
        format!("{p}وا"),
        format!("{p}ا"),
        format!("{p}تا"),
    ];
    if let Some(stem) = p.strip_suffix(['ي', 'ا']) {
        out.extend([format!("{stem}ت"), format!("{stem}وا")]);
    }
    out
}

/// The persons of an imperfect news uses (3rd singular and plural, 1st plural), each also with
/// the future «س»: `(form, is_future)`.
fn imperfect_forms(imperfect: &str) -> Vec<(String, bool)> {
    let i = normalize_word(imperfect);
    let Some(stem) = i.strip_prefix('ي') else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for prefix in ["ي", "ت", "ن"] {
        for suffix in ["", "ون", "ان"] {
            let form = format!("{prefix}{stem}{suffix}");
            out.push((format!("س{form}"), true));
            out.push((form, false));
        }
    }
    out
}

/// What one word can mean: alone, and as the first word of longer entries.
#[derive(Clone, Default)]
pub(crate) struct Meanings {
    pub(crate) alone: Vec<Term>,
    /// The [`Term::kind_bit`]s of `alone`.
    pub(crate) alone_kinds: u32,
    /// Multi-word entries it opens: the following words and the meaning.
    pub(crate) phrases: Vec<(Vec<String>, Term)>,
    /// The meeting rules' word lists it is in ([`meeting_cues`]), whatever it means.
    pub(crate) cues: meeting_cues::CueBits,
}

/// The compiled lexicon.
#[derive(Clone)]
pub(crate) struct Lexicon {
    /// Every word with its meanings alone and the phrases it opens, in one table: one probe a
    /// reading of a token.
    words: WordIndex,
    /// The longest key, in bytes: a longer token needs no look-up.
    pub(crate) longest_word: usize,
}

/// The process-wide lexicon, built on first use.
pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

impl Lexicon {
    fn build() -> Lexicon {
        let mut lx = Lexicon {
            words: WordIndex::default(),
            longest_word: 0,
        };
        for &(w, month, family) in months::MONTHS {
            lx.add(w, Term::Month { month, family });
        }
        for &(w, day) in weekdays::WEEKDAYS {
            lx.add(w, Term::Weekday { day, bare: false });
        }
        for &(w, day) in weekdays::BARE_WEEKDAYS {
            lx.add(w, Term::Weekday { day, bare: true });
        }
        for &(w, off) in time_words::DEICTIC_DAYS {
            lx.add(w, Term::Deictic(off));
        }
        for &(w, dir) in time_words::RELATIVE {
            lx.add(w, Term::Rel(dir));
        }
        for &(w, m) in time_words::MODIFIERS {
            lx.add(w, Term::Mod(m));
        }
        for &(w, unit, count) in time_words::UNITS {
            lx.add(w, Term::Unit(unit, count));
            // «اليومين المقبلين», «خلال الشهرين الماضيين»: the dual with the article.
            if count == Count::Two {
                lx.add(&format!("ال{w}"), Term::Unit(unit, count));
            }
        }
        for &(w, unit) in time_words::DEFINITE_UNITS {
            lx.add(w, Term::DefUnit(unit));
        }
        for &(w, hijri) in time_words::ERAS {
            lx.add(w, Term::Era { hijri });
        }
        for &(w, v) in time_words::VAGUE {
            lx.add(w, Term::Vague(v));
        }
        for &(w, k) in time_words::KEYWORDS {
            lx.add(w, Term::Key(k));
        }
        for &(w, word) in numbers::CARDINALS {
            lx.add(
                w,
                Term::Num {
                    word,
                    article: false,
                },
            );
            lx.add(
                &format!("ال{w}"),
                Term::Num {
                    word,
                    article: true,
                },
            );
        }
        // «الفاتح من نوفمبر», «فاتح يوليوز»: the first of a month in Maghrebi news.
        lx.add(
            "الفاتح",
            Term::Ordinal {
                value: 1,
                article: true,
            },
        );
        // «فاتح يوليوز», «غرة رمضان»: the first of a month.
        for w in ["فاتح", "غرة"] {
            lx.add(
                w,
                Term::Ordinal {
                    value: 1,
                    article: false,
                },
            );
        }
        for &(w, value) in numbers::ORDINALS {
            lx.add(
                w,
                Term::Ordinal {
                    value,
                    article: false,
                },
            );
            lx.add(
                &format!("ال{w}"),
                Term::Ordinal {
                    value,
                    article: true,
                },
            );
            if value > 1 {
                lx.add(
                    &format!("{w}ة"),
                    Term::Ordinal {
                        value,
                        article: false,
                    },
                );
                lx.add(
                    &format!("ال{w}ة"),
                    Term::Ordinal {
                        value,
                        article: true,
                    },
                );
            }
        }
        for &(perfect, imperfect) in verbs::VERBS {
            lx.add_verb(perfect, imperfect);
        }
        for &w in verbs::FUTURE_MARKERS {
            lx.add(w, Term::Tense(Tense::Future));
        }
        for &w in verbs::PAST_MARKERS {
            lx.add(w, Term::Tense(Tense::Past));
        }
        lx.add_event_words();
        for (list, bit) in meeting_cues::CUE_LISTS {
            for &w in list {
                lx.longest_word = lx.longest_word.max(w.len());
                lx.words.entry(w).cues |= bit;
                // An imperfect verb's future with «س» is in its list too: «ستعقد», «سيشارك».
                if w.starts_with(['ي', 'ت']) {
                    let future = format!("س{w}");
                    lx.longest_word = lx.longest_word.max(future.len());
                    lx.words.entry(&future).cues |= bit;
                }
            }
        }
        lx
    }

    /// Adds one spelling; a spelling of several words goes to the phrase table.
    fn add(&mut self, spelling: &str, term: Term) {
        let norm = normalize_word(spelling);
        let mut words = norm.split(' ').filter(|w| !w.is_empty());
        let Some(first) = words.next() else { return };
        self.longest_word = self.longest_word.max(first.len());
        let rest: Vec<String> = words.map(str::to_owned).collect();
        let meanings = self.words.entry(first);
        if rest.is_empty() {
            if !meanings.alone.contains(&term) {
                meanings.alone.push(term);
                meanings.alone_kinds |= term.kind_bit();
            }
        } else {
            meanings.phrases.push((rest, term));
        }
    }

    /// Adds the persons of a verb that news uses, and its future with «س».
    fn add_verb(&mut self, perfect: &str, imperfect: &str) {
        for form in perfect_forms(perfect) {
            self.add(&form, Term::Tense(Tense::Past));
        }
        for (form, future) in imperfect_forms(imperfect) {
            self.add(
                &form,
                Term::Tense(if future {
                    Tense::Future
                } else {
                    Tense::NonPast
                }),
            );
        }
    }

    fn add_event_words(&mut self) {
        for &v in events::SPEECH_VERBS {
            for form in perfect_forms(v) {
                self.add(&form, Term::Speech);
            }
        }
        for &v in events::SPEECH_VERBS_WITH_OBJECT {
            let p = normalize_word(v);
            for person in ["", "ت"] {
                for object in ["ه", "ها"] {
                    self.add(&format!("{p}{person}{object}"), Term::Speech);
                }
            }
        }
        for &v in events::SPEECH_IMPERFECTS {
            self.add(v, Term::Speech);
        }
        for &(w, class) in events::MEETING_NOUNS {
            let term = Term::MeetingNoun(class);
            self.add(w, term);
            self.add(&format!("ال{w}"), term);
            let n = normalize_word(w);
            let base = match n.strip_suffix('ه') {
                Some(b) if w.ends_with('ة') => format!("{b}ت"),
                _ => n.clone(),
            };
            for suffix in ["ه", "ها", "هم", "هما"] {
                self.add(&format!("{base}{suffix}"), term);
                // «خلال لقائه»: before a pronoun, a final hamza sits on yeh in the genitive.
                if let Some(stem) = base.strip_suffix('ء') {
                    self.add(&format!("{stem}ئ{suffix}"), term);
                }
            }
        }
        // «خلال استقباله وزير الخارجية»: an audience, told by the verbal noun with its host's
        // pronoun (the bare noun receives refugees and flights too).
        for w in ["استقباله", "استقبالها"] {
            self.add(w, Term::MeetingNoun(MeetingClass::Meeting));
        }
        // «خلال استقبال سموه الأمين العام»: the host's honorific pronoun as a word of its own.
        for h in [
            "سموه",
            "سموها",
            "جلالته",
            "فخامته",
            "معاليه",
            "سعادته",
            "دولته",
        ] {
            self.add(
                &format!("استقبال {h}"),
                Term::MeetingNoun(MeetingClass::Meeting),
            );
        }
        for &(perfect, imperfect) in events::MEETING_VERBS {
            for form in perfect_forms(perfect) {
                self.add(&form, Term::MeetingVerb);
            }
            for (form, _) in imperfect_forms(imperfect) {
                self.add(&form, Term::MeetingVerb);
            }
        }
        for &(w, level) in events::LEVEL_WORDS {
            self.add(w, Term::Level(level));
        }
        for &w in events::PLACES {
            self.add(w, Term::Place);
        }
        for &w in events::COALITION_WORDS {
            self.add(w, Term::Coalition);
        }
        for &w in events::MEMBER_UNITS {
            self.add(w, Term::MemberUnit);
        }
        for &w in events::MEMBERSHIP_CUES {
            self.add(w, Term::Membership);
        }
        for &(w, q) in events::QUALIFIERS {
            self.add(w, Term::Qualifier(q));
        }
        for &w in events::SPEAKER_HEADS {
            self.add(w, Term::SpeakerHead);
        }
        for &w in events::COUNTRIES {
            self.add(w, Term::Country);
        }
    }

    /// Adds a caller's entry, or says why it cannot be one.
    pub(crate) fn add_extra(&mut self, entry: &str, kind: Extra) -> Result<(), String> {
        let norm = normalize_word(entry);
        let words: Vec<&str> = norm.split_whitespace().collect();
        if words.is_empty() {
            return Err("is empty".to_owned());
        }
        if !norm.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)) {
            return Err("has no Arabic letter".to_owned());
        }
        if words.len() > 8 || norm.len() > 200 {
            return Err("is longer than eight words".to_owned());
        }
        // One letter, or nothing but function words, would match everywhere.
        let function = |w: &str| {
            w.chars().count() < 2
                || self
                    .word(w)
                    .iter()
                    .any(|t| matches!(t, Term::Key(_) | Term::Tense(_)))
        };
        if words.iter().all(|w| function(w)) {
            return Err(
                "would match almost every sentence (a letter or a function word)".to_owned(),
            );
        }
        // Each word of an entry may open a new table entry.
        if self.words.entries.len() + words.len() > MAX_WORDS {
            return Err(format!("would pass the lexicon's {MAX_WORDS} words"));
        }
        let phrase = words.join(" ");
        match kind {
            Extra::Place => self.add(&phrase, Term::Place),
            Extra::Title => self.add(&phrase, Term::Title),
            Extra::Organization => self.add(&phrase, Term::Organization),
            Extra::SpeechVerb => {
                if words.len() != 1 {
                    return Err("is not one word".to_owned());
                }
                self.add(&phrase, Term::Speech);
                self.add(&phrase, Term::Tense(Tense::Past));
            }
        }
        Ok(())
    }

    /// The meanings of one normalized word (no proclitics stripped).
    pub(crate) fn word(&self, word: &str) -> &[Term] {
        self.meanings(hash_word(word.as_bytes()), |k| k == word.as_bytes())
            .map_or(&[], |m| m.alone.as_slice())
    }

    /// Multi-word entries starting with `word`.
    #[cfg(test)]
    pub(crate) fn phrases(&self, word: &str) -> &[(Vec<String>, Term)] {
        self.meanings(hash_word(word.as_bytes()), |k| k == word.as_bytes())
            .map_or(&[], |m| m.phrases.as_slice())
    }

    /// Whether the word with hash `hash` may have meanings: a test of one slot, inline, before
    /// the full look-up of [`meanings`](Self::meanings).
    #[inline]
    pub(crate) fn may_have(&self, hash: u64) -> bool {
        self.words.may_have(hash)
    }

    /// Everything a word (without proclitics) can mean, alone or as a phrase head: the word is
    /// given by its [`hash_word`] and a test of a key against it.
    #[inline]
    pub(crate) fn meanings(&self, hash: u64, same: impl Fn(&[u8]) -> bool) -> Option<&Meanings> {
        self.words
            .find(hash, same)
            .map(|e| &self.words.entries[e].2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn a_word_tail_is_its_bytes_zero_padded() {
        let bytes: Vec<u8> = (0u8..16).map(|b| b.wrapping_mul(37) ^ 0xA5).collect();
        for n in 1..8 {
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(tail(&bytes[..n]), u64::from_le_bytes(padded), "{n} bytes");
        }
    }

    #[test]
    fn words_compare_as_their_bytes() {
        let base: Vec<u8> = "الاجتماع الوزاري".bytes().collect();
        for len in 0..base.len() {
            let a = &base[..len];
            assert!(same_word(a, a));
            assert!(!same_word(a, &base[..len + 1]));
            for k in 0..len {
                let mut b = a.to_vec();
                b[k] ^= 1;
                assert!(!same_word(a, &b), "byte {k} of {len}");
            }
        }
    }

    #[test]
    fn every_family_has_twelve_months() {
        for family in [Family::Gregorian, Family::Levantine, Family::Hijri] {
            for m in 1..=12 {
                assert!(
                    months::MONTHS
                        .iter()
                        .any(|&(_, n, f)| n == m && f == family),
                    "{family:?} lacks month {m}"
                );
            }
        }
        // The Maghrebi family borrows مارس، سبتمبر، أكتوبر، نوفمبر، ديسمبر from the Gregorian.
        for m in [1, 2, 4, 5, 6, 7, 8] {
            assert!(
                months::MONTHS
                    .iter()
                    .any(|&(_, n, f)| n == m && f == Family::Maghrebi)
            );
        }
    }

    #[test]
    fn no_spelling_is_empty_or_has_two_months() {
        let mut seen: HashMap<String, u8> = HashMap::new();
        for &(w, m, f) in months::MONTHS {
            let n = normalize_word(w);
            assert!(!n.is_empty(), "{w}");
            if f == Family::Hijri {
                continue;
            }
            if let Some(&old) = seen.get(&n) {
                assert_eq!(old, m, "{w} names two months");
            }
            seen.insert(n, m);
        }
    }

    #[test]
    fn tables_have_no_empty_rows() {
        let all = time_words::KEYWORDS
            .iter()
            .map(|r| r.0)
            .chain(time_words::UNITS.iter().map(|r| r.0));
        for w in all.chain(numbers::CARDINALS.iter().map(|r| r.0)) {
            assert!(!normalize_word(w).is_empty(), "{w:?}");
        }
    }

    #[test]
    fn words_have_their_meanings() {
        let lx = &*LEXICON;
        assert!(lx.word("شباط").contains(&Term::Month {
            month: 2,
            family: Family::Levantine
        }));
        assert!(lx.word("ابريل").contains(&Term::Month {
            month: 4,
            family: Family::Gregorian
        }));
        assert!(lx.word("الخميس").contains(&Term::Weekday {
            day: 4,
            bare: false
        }));
        assert!(lx.word("السادسه").contains(&Term::Ordinal {
            value: 6,
            article: true
        }));
        assert!(lx.word("سيعقد").contains(&Term::Tense(Tense::Future)));
        assert!(lx.word("التقت").contains(&Term::Tense(Tense::Past)));
        assert_eq!(lx.phrases("كانون").len(), 2);
        assert!(lx.word("مارسته").is_empty());
    }
}
