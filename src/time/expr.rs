//! The grammar of Arabic temporal expressions, over tokens.
//!
//! [`find_all`] walks the tokens left to right; at each token every rule is tried and the longest
//! match wins, so «اليوم الأربعاء ١٤ شباط ٢٠١٨» is one expression, not three. A rule yields a
//! [`Raw`] reading: what the words say, before the reference date resolves it.

use std::cell::Cell;

use crate::lexicon::{Count, DATE_OPENERS, Dir, Family, Key, Mod, NumWord, Term, Unit, Vague};
use crate::numbers::{cardinal_at, integer_at, ordinal_at};
use crate::text::{Kind, Tokens};

/// A month as the text names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MonthRef {
    /// A named or numbered month, with the year or direction the text gives.
    Named {
        month: u8,
        year: Option<i32>,
        dir: Option<Dir>,
        year_dir: Option<Dir>,
        hijri: bool,
    },
    /// «الشهر المقبل», «هذا الشهر».
    Relative(Dir),
}

/// A feast that names its day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Feast {
    /// «عيد الفطر»: 1 Shawwal.
    Fitr,
    /// «عيد الأضحى»: 10 Dhu al-Hijja.
    Adha,
    /// «رأس السنة الهجرية»: 1 Muharram.
    HijriNewYear,
    /// «عيد الميلاد»: 25 December.
    Christmas,
    /// «عيد الفصح»: the Western Easter Sunday.
    Easter,
}

/// What the words of an expression say, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Raw {
    /// A day of a month: «السادس من شباط المقبل». `weekday` as the text gives it, and whether
    /// the day was an ordinal word (then «الثلاثاء الثالث من أيلول» may be the third Tuesday).
    Date {
        day: u8,
        month: MonthRef,
        weekday: Option<u8>,
        ordinal: bool,
    },
    /// A whole month: «أيلول/سبتمبر 2014», «مايو من العام الماضي».
    Month(MonthRef),
    /// A year: «عام 2014».
    Year(i32),
    /// A Hijri year: «1440 هـ», the range of its Gregorian days.
    HijriYear(i32),
    /// Days from the reference: «اليوم» 0, «أمس» −1, «بعد غد» +2.
    DayOffset(i8),
    /// A weekday: «الخميس المقبل», «الاثنين من الأسبوع الماضي».
    Weekday {
        day: u8,
        dir: Option<Dir>,
        week: Option<Dir>,
    },
    /// The current, next or previous day, week, month or year: «الأسبوع المقبل».
    Period { unit: Unit, dir: Dir },
    /// The week, month or year before the previous one: «العام قبل الماضي».
    PeriodBeforeLast(Unit),
    /// The weekday before the last such weekday: «الأحد قبل الماضي».
    WeekdayBeforeLast(u8),
    /// The next or last N units as a range of days: «الأسابيع الثلاثة القادمة».
    Periods { unit: Unit, n: u32, dir: Dir },
    /// A point N units from the reference: «قبل 75 عاما» (negative), «بعد ثلاثة أيام».
    Shift { n: i64, unit: Unit },
    /// Two weekdays as a range: «يومي الأحد والاثنين المقبلين», «من الأحد إلى الثلاثاء».
    WeekdayRange {
        first: u8,
        last: u8,
        dir: Option<Dir>,
    },
    /// A range of days: «من 12 إلى 14 شباط».
    Range {
        first: u8,
        first_month: Option<u8>,
        last: u8,
        month: MonthRef,
    },
    /// The nth (1-based; −1 = last) weekday of a month: «ثالث ثلاثاء في أيلول».
    NthWeekday { n: i8, day: u8, month: MonthRef },
    /// The first or last full week of a month: «أول أسبوع بشهر أكتوبر».
    NthWeek { last: bool, month: MonthRef },
    /// The last day of a month: «آخر يوم بشهر عشرة».
    LastDay(MonthRef),
    /// An amount of time: «مدة يومين».
    Duration { n: u32, unit: Unit },
    /// «الآن», «المستقبل».
    Vague(Vague),
    /// A feast, with the Gregorian year written after it: «عيد الأضحى», «عيد الميلاد 2020».
    Feast { feast: Feast, year: Option<i32> },
    /// A numeric date «12/3/2019», «2019-03-12».
    Numeric {
        year: i32,
        month: u8,
        day: Option<u8>,
    },
}

/// An expression found in the tokens.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found {
    /// First token.
    pub(crate) start: usize,
    /// One past the last token.
    pub(crate) end: usize,
    pub(crate) raw: Raw,
    pub(crate) modifier: Option<Mod>,
    pub(crate) rule: &'static str,
}

/// Finds every temporal expression, left to right, longest first, without overlaps.
pub(crate) fn find_all(t: &Tokens<'_>) -> Vec<Found> {
    let g = Grammar {
        t,
        last_day: Cell::new(None),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        // Every rule opens on a lexicon word or digits, but for «الـ 23».
        let tok = &t.toks[i];
        let may_open = match tok.kind {
            Kind::Digits => true,
            Kind::Word => tok.kinds & DATE_OPENERS != 0 || t.raw(i) == "ال",
            Kind::Punct { .. } => false,
        };
        if !may_open {
            i += 1;
            continue;
        }
        match g.longest_at(i) {
            Some(f) => {
                i = f.end;
                out.push(f);
            }
            None => i += 1,
        }
    }
    out
}

/// The words that open an anchored date.
struct Lead {
    /// Where the date proper may start.
    end: usize,
    deictic: Option<i8>,
    weekday: Option<u8>,
    /// Just after the weekday (or after the deictic word when there is no weekday).
    weekday_end: usize,
}

struct Grammar<'a, 'n> {
    t: &'a Tokens<'n>,
    /// The last [`day`](Grammar::day) read, by its first token: the rules tried at one opener
    /// read the same day again and again.
    last_day: Cell<Option<(usize, Option<Day>)>>,
}

/// A day of the month read: (the token after it, the day, whether an ordinal wrote it).
type Day = (usize, u8, bool);

type Rule<'a, 'n> = fn(&Grammar<'a, 'n>, usize) -> Option<Found>;

// What a rule's first token may be ([`Grammar::first`]).
const DIGITS: u32 = 1 << 0;
/// Digits, «الـ» before digits, an ordinal or a number word: a day of the month.
const DAY_NUMBER: u32 = 1 << 1;
const MONTH: u32 = 1 << 2;
const WEEKDAY: u32 = 1 << 3;
const DEICTIC: u32 = 1 << 4;
/// A word that opens an anchored date: «يوم», a day part, a deictic day, a weekday.
const LEAD: u32 = 1 << 5;
const MOD: u32 = 1 << 6;
const UNIT: u32 = 1 << 7;
const DEF_UNIT: u32 = 1 << 8;
const VAGUE: u32 = 1 << 9;
const NUM: u32 = 1 << 10;
const FROM: u32 = 1 << 11;
const BETWEEN: u32 = 1 << 12;
const DAYS: u32 = 1 << 13;
const MONTH_WORD: u32 = 1 << 14;
const YEAR_WORD: u32 = 1 << 15;
const SPAN: u32 = 1 << 16;
const BEFORE: u32 = 1 << 17;
const AFTER: u32 = 1 << 18;
const THIS: u32 = 1 << 19;
const LAST: u32 = 1 << 20;
const TIME: u32 = 1 << 21;
const FEAST: u32 = 1 << 22;

impl<'a, 'n> Grammar<'a, 'n> {
    fn longest_at(&self, i: usize) -> Option<Found> {
        // Each rule with what its first token must be (a superset: the rule decides).
        let rules: [(Rule<'a, 'n>, u32); 14] = [
            (
                Grammar::range,
                FROM | BETWEEN | DAYS | MONTH_WORD | DEF_UNIT | MONTH | DAY_NUMBER,
            ),
            (Grammar::weekday_range, FROM | BETWEEN | DAYS | WEEKDAY),
            (
                Grammar::anchored,
                LEAD | DAY_NUMBER | BEFORE | AFTER | THIS | WEEKDAY,
            ),
            (Grammar::day_of_month, LEAD | DAY_NUMBER),
            (Grammar::month, MONTH_WORD | MONTH | DEF_UNIT),
            (Grammar::year, YEAR_WORD | DIGITS),
            (Grammar::period, THIS | DEF_UNIT),
            (Grammar::dual_period, UNIT),
            (
                Grammar::duration,
                SPAN | BEFORE | AFTER | UNIT | DIGITS | NUM,
            ),
            (
                Grammar::nth,
                LAST | DAY_NUMBER | WEEKDAY | DEF_UNIT | DEICTIC,
            ),
            (Grammar::numeric, DIGITS),
            (Grammar::vague, VAGUE | TIME),
            (Grammar::modified, MOD | TIME),
            (Grammar::feast, FEAST),
        ];
        let first = self.first(i);
        let mut best: Option<Found> = None;
        for (rule, needs) in rules {
            if first & needs == 0 {
                continue;
            }
            if let Some(f) = rule(self, i)
                && f.end > i
                && best.is_none_or(|b| f.end > b.end)
            {
                best = Some(f);
            }
        }
        best
    }

    /// What token `i` can be as the first of a rule: the `FIRST_*` bits below.
    fn first(&self, i: usize) -> u32 {
        let t = self.t;
        let Some(tok) = t.toks.get(i) else {
            return 0;
        };
        let mut bits = 0;
        if tok.kind == Kind::Digits {
            bits |= DIGITS | DAY_NUMBER;
        }
        let raw = t.raw(i);
        if raw == "ال" {
            bits |= DAY_NUMBER;
        }
        for h in t.hits(i) {
            bits |= match h.term {
                Term::Month { .. } => MONTH,
                Term::Weekday { .. } => WEEKDAY | LEAD,
                Term::Deictic(_) => DEICTIC | LEAD,
                Term::Mod(_) => MOD,
                Term::Unit(..) => UNIT,
                Term::DefUnit(_) => DEF_UNIT,
                Term::Vague(_) => VAGUE,
                Term::Num { .. } => NUM | DAY_NUMBER,
                Term::Ordinal { .. } => DAY_NUMBER,
                Term::Key(k) => match k {
                    Key::From => FROM,
                    Key::Between => BETWEEN,
                    Key::Days => DAYS,
                    Key::Day | Key::DayPart => LEAD,
                    Key::Month => MONTH_WORD,
                    Key::Year => YEAR_WORD,
                    Key::Span => SPAN,
                    Key::Before => BEFORE,
                    Key::After => AFTER,
                    Key::This => THIS,
                    Key::Last => LAST,
                    Key::Time => TIME,
                    Key::Feast => FEAST,
                    _ => 0,
                },
                _ => 0,
            };
        }
        bits
    }

    // ----- Token tests -----

    fn key(&self, i: usize, k: Key) -> bool {
        self.t.has_term(i, Term::Key(k))
    }

    /// `key` on a token that carries no proclitic.
    fn bare_key(&self, i: usize, k: Key) -> bool {
        self.key(i, k) && i < self.t.len() && !self.t.toks[i].has_proclitic()
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.t.toks.get(i).is_some_and(|tok| tok.is_punct(c))
    }

    /// «قبل الماضي» at `i`: the one before the last.
    fn before_last(&self, i: usize) -> bool {
        self.t.raw(i) == "قبل" && self.rel(i + 1) == Some(Dir::Prev)
    }

    fn rel(&self, i: usize) -> Option<Dir> {
        self.t
            .find(i, |m| if let Term::Rel(d) = m { Some(d) } else { None })
            .map(|x| x.0)
    }

    fn def_unit(&self, i: usize) -> Option<Unit> {
        self.t
            .find(i, |m| {
                if let Term::DefUnit(u) = m {
                    Some(u)
                } else {
                    None
                }
            })
            .map(|x| x.0)
    }

    fn weekday(&self, i: usize, bare_ok: bool) -> Option<u8> {
        self.t
            .find(i, |m| match m {
                Term::Weekday { day, bare } if bare_ok || !bare => Some(day),
                _ => None,
            })
            .map(|x| x.0)
    }

    /// A deictic day at `i`, with the number of tokens it spans: the longest reading, so
    /// that «الليلة الماضية» is last night, not tonight.
    fn deictic_at(&self, i: usize) -> Option<(i8, usize)> {
        self.t
            .hits(i)
            .iter()
            .filter_map(|h| match h.term {
                Term::Deictic(d) => Some((d, usize::from(h.tokens))),
                _ => None,
            })
            .max_by_key(|&(_, n)| n)
    }

    fn deictic(&self, i: usize) -> Option<i8> {
        self.deictic_at(i).map(|(d, _)| d)
    }

    /// A modifier at `i`, with the number of tokens it spans.
    fn modifier(&self, i: usize) -> Option<(Mod, usize)> {
        self.t
            .find(i, |m| if let Term::Mod(x) = m { Some(x) } else { None })
    }

    fn era(&self, i: usize) -> Option<bool> {
        self.t
            .find(i, |m| {
                if let Term::Era { hijri } = m {
                    Some(hijri)
                } else {
                    None
                }
            })
            .map(|x| x.0)
    }

    fn found(&self, start: usize, end: usize, raw: Raw, rule: &'static str) -> Option<Found> {
        Some(Found {
            start,
            end,
            raw,
            modifier: None,
            rule,
        })
    }

    // ----- Pieces -----

    /// A day of the month: «12», «الـ 23», «السادس», «التاسع عشر». Returns (end, day, ordinal).
    fn day(&self, i: usize) -> Option<Day> {
        match self.last_day.get() {
            Some((at, day)) if at == i => day,
            _ => {
                let day = self.read_day(i);
                self.last_day.set(Some((i, day)));
                day
            }
        }
    }

    /// [`day`](Grammar::day), read.
    fn read_day(&self, i: usize) -> Option<Day> {
        let t = self.t;
        let tok = t.toks.get(i)?;
        if tok.kind == Kind::Digits {
            let len = tok.end - tok.start;
            let d = integer_at(t, i)?;
            return (len <= 2 && (1..=31).contains(&d)).then_some((i + 1, d as u8, false));
        }
        if t.raw(i) == "ال" && t.toks.get(i + 1).is_some_and(|n| n.kind == Kind::Digits) {
            let (end, d, _) = self.day(i + 1)?;
            return Some((end, d, false));
        }
        let (value, article, end) = ordinal_at(t, i)?;
        // «في أول شباط», «فاتح يوليوز», «غرة رمضان»: bare «أول», «فاتح» and «غرة» name the
        // first day too.
        let first = value == 1 && matches!(t.stem(i), "اول" | "فاتح" | "غره");
        ((article || first) && (1..=31).contains(&value)).then_some((end, value as u8, true))
    }

    /// A month name (with its paired spelling), «شهر» + number, or «الشهر» + ordinal.
    /// Returns (end, month, hijri, whether a name or «شهر» made it unambiguous).
    fn month_name(&self, i: usize) -> Option<(usize, u8, bool)> {
        let t = self.t;
        let mut j = i;
        let has_word = self.key(j, Key::Month) && !self.key(j, Key::Year);
        if has_word {
            j += 1;
        }
        let named = t.find(j, |m| {
            if let Term::Month { month, family } = m {
                Some((month, family))
            } else {
                None
            }
        });
        if let Some(((month, family), n)) = named {
            let mut end = j + n;
            let hijri = family == Family::Hijri;
            // The paired spelling: «شباط/فبراير», «نيسان (أبريل)», «سبتمبر أيلول».
            let same = |k: usize| {
                t.find(k, |m| match m {
                    Term::Month {
                        month: m2,
                        family: f2,
                    } if m2 == month && f2 != family && !hijri => Some(()),
                    _ => None,
                })
                .map(|x| x.1)
            };
            if (self.punct(end, '/') || self.punct(end, '(') || self.punct(end, '-'))
                && let Some(n2) = same(end + 1)
            {
                end += 1 + n2;
                if self.punct(end, ')') {
                    end += 1;
                }
            } else if let Some(n2) = same(end) {
                end += n2;
            }
            return Some((end, month, hijri));
        }
        if has_word {
            // «شهر 3», «شهر ثلاثة», «شهر عشرة».
            let n = cardinal_at(t, j)?;
            let m = n.int.filter(|m| (1..=12).contains(m))?;
            return Some((n.end, m as u8, false));
        }
        if self.def_unit(i) == Some(Unit::Month) {
            let (value, article, end) = ordinal_at(t, i + 1)?;
            return (article && (1..=12).contains(&value)).then_some((end, value as u8, false));
        }
        None
    }

    /// A four-digit year with an optional era mark, or «عام/سنة» + year. Returns (end, year, hijri).
    fn year_number(&self, i: usize, allow_bare: bool) -> Option<(usize, i32, bool)> {
        let t = self.t;
        let mut j = i;
        // «عام ألفين وتسعة عشر»: a year in words, only after the word for year.
        if self.key(j, Key::Year)
            && t.toks.get(j + 1).is_some_and(|w| w.kind == Kind::Word)
            && let Some(n) = cardinal_at(t, j + 1)
            && let Some(y) = n.int.filter(|y| (1000..=2999).contains(y))
        {
            return Some((n.end, y as i32, false));
        }
        let marked = self.key(j, Key::Year) && integer_at(t, j + 1).is_some();
        if marked {
            j += 1;
        }
        let tok = t.toks.get(j)?;
        if tok.kind != Kind::Digits {
            return None;
        }
        let len = tok.end - tok.start;
        let y = integer_at(t, j)?;
        let mut end = j + 1;
        let era = self
            .era(end)
            .filter(|_| t.toks[end].stem == t.toks[end].start);
        if let Some(h) = era {
            end += 1;
            // «هـ» is often written «هـ.» or followed by «الموافق».
            if !(3..=4).contains(&len) || y == 0 {
                return None;
            }
            return Some((end, y as i32, h));
        }
        let plausible = len == 4 && (1000..=2999).contains(&y);
        (plausible && (marked || allow_bare)).then_some((end, y as i32, false))
    }

    /// What may follow a month: a year, a direction, «من العام الماضي». Returns the month
    /// reference and the end.
    fn month_tail(&self, i: usize, month: u8, hijri: bool) -> (usize, MonthRef) {
        let mut named = MonthRef::Named {
            month,
            year: None,
            dir: None,
            year_dir: None,
            hijri,
        };
        let MonthRef::Named {
            year,
            dir,
            year_dir,
            hijri: h,
            ..
        } = &mut named
        else {
            unreachable!()
        };
        let mut j = i;
        if self.punct(j, ',') || self.punct(j, '،') {
            // «نيسان، 2018» keeps the year; a comma before anything else ends the expression.
            if let Some((end, y, eh)) = self.year_number(j + 1, true) {
                *year = Some(y);
                *h |= eh;
                return (end, named);
            }
        }
        if let Some((end, y, eh)) = self.year_number(j, true) {
            *year = Some(y);
            *h |= eh;
            return (end, named);
        }
        // «من عام 2014», «في سنة 2014», «لعام 2014».
        if (self.bare_key(j, Key::From) || self.bare_key(j, Key::In))
            && self.key(j + 1, Key::Year)
            && let Some((end, y, eh)) = self.year_number(j + 1, false)
        {
            *year = Some(y);
            *h |= eh;
            return (end, named);
        }
        if let Some(d) = self.rel(j) {
            *dir = Some(d);
            j += 1;
            return (j, named);
        }
        // «من العام الماضي», «من هذا العام», «العام المقبل».
        let k = if self.bare_key(j, Key::From) {
            j + 1
        } else {
            j
        };
        if let Some((end, d)) = self.year_period(k) {
            *year_dir = Some(d);
            return (end, named);
        }
        (j, named)
    }

    /// «العام الماضي», «السنة القادمة», «هذا العام».
    fn year_period(&self, i: usize) -> Option<(usize, Dir)> {
        let (end, unit, dir) = self.rel_period(i)?;
        (unit == Unit::Year).then_some((end, dir))
    }

    /// «الأسبوع المقبل», «هذا الشهر», «العام الجاري». Returns (end, unit, dir).
    fn rel_period(&self, i: usize) -> Option<(usize, Unit, Dir)> {
        if self.key(i, Key::This)
            && let Some(u) = self.def_unit(i + 1)
        {
            return Some((i + 2, u, Dir::This));
        }
        let u = self.def_unit(i)?;
        // «الأسابيع المقبلة» are the weeks to come in general, not the next week; a count
        // makes them a period («الأسابيع الثلاثة المقبلة», in `period`).
        if self.t.raw(i) == "اليوم"
            || matches!(
                self.t.stem(i),
                "الايام"
                    | "الاسابيع"
                    | "الاشهر"
                    | "الشهور"
                    | "السنوات"
                    | "الاعوام"
                    | "السنين"
            )
        {
            return None;
        }
        let d = self.rel(i + 1)?;
        Some((i + 2, u, d))
    }

    /// A month with what follows it: «شباط/فبراير المقبل», «مايو من العام الماضي», «الشهر المقبل».
    fn month_ref(&self, i: usize) -> Option<(usize, MonthRef)> {
        if let Some((end, m, hijri)) = self.month_name(i) {
            return Some(self.month_tail(end, m, hijri));
        }
        let (end, unit, dir) = self.rel_period(i)?;
        (unit == Unit::Month).then_some((end, MonthRef::Relative(dir)))
    }

    /// Words that may open an anchored date: [day part] [«يوم»] [«اليوم»/«أمس»/«غدا»] [weekday]
    /// [«الموافق»] [«،»]. Returns (end, deictic, weekday).
    fn lead(&self, i: usize) -> Lead {
        let mut j = i;
        // «بعد ظهر الاثنين», «قبل ظهر الخميس»: the afternoon or the forenoon, no «after».
        let part =
            j + usize::from(matches!(self.t.raw(j), "بعد" | "قبل") && self.t.raw(j + 1) == "ظهر");
        // «فجر اليوم», «مساء الخميس», «فجر يوم السبت».
        let after_part = part + 1 + usize::from(self.bare_key(part + 1, Key::Day));
        // «مساء أول من أمس», «صباح بعد غد» too.
        if self.key(part, Key::DayPart)
            && (self.deictic(after_part).is_some()
                || self.weekday(after_part, false).is_some()
                || self.day_after_before(after_part, after_part).is_some())
        {
            j = part + 1;
        }
        if self.bare_key(j, Key::Day) && j + 1 < self.t.len() {
            j += 1;
        }
        let mut deictic = None;
        if let Some((d, n)) = self.deictic_at(j) {
            deictic = Some(d);
            j += n;
        }
        let mut weekday = None;
        let mut weekday_end = j;
        if let Some(w) = self.weekday(j, false) {
            weekday = Some(w);
            j += 1;
            weekday_end = j;
            if self.key(j, Key::CorrespondingTo) {
                j += 1;
            }
            if self.punct(j, '،') || self.punct(j, ',') {
                // A comma belongs to the expression only when a date follows it.
                if self.day(j + 1).is_some() {
                    j += 1;
                }
            }
            if self.bare_key(j, Key::In) && self.day(j + 1).is_some() {
                j += 1;
            }
        }
        Lead {
            end: j,
            deictic,
            weekday,
            weekday_end,
        }
    }

    // ----- Rules -----

    /// A day of a month, or a deictic day or weekday with what the lead words say.
    fn anchored(&self, i: usize) -> Option<Found> {
        let Lead {
            end: j,
            deictic,
            weekday,
            weekday_end,
        } = self.lead(i);
        // «يوم الثلاثاء الموافق 12/3/2024», «الأحد 10/3/2024», «يوم 10/3/2024»: one expression.
        if j > i
            && let Some(f) = self.numeric(j)
            && matches!(f.raw, Raw::Numeric { day: Some(_), .. } | Raw::Date { .. })
        {
            return self.found(i, f.end, f.raw, "numeric_date");
        }
        // «يوم 10/1», «الخميس 10/1»: a day and month without a year, after a lead word only.
        if j > i
            && let Some((day, month)) = self.day_slash_month(j)
        {
            let raw = Raw::Date {
                day,
                month: MonthRef::Named {
                    month,
                    year: None,
                    dir: None,
                    year_dir: None,
                    hijri: false,
                },
                weekday,
                ordinal: false,
            };
            return self.found(i, j + 3, raw, "numeric_date");
        }
        // «اليوم الأول من المؤتمر» is a day of the conference, not today.
        if let Some((end, day, ordinal)) = self.day(j) {
            let k = if self.bare_key(end, Key::From) {
                end + 1
            } else {
                end
            };
            let named = ordinal && j == i && k == end && self.ordinal_of_noun(i);
            let month_ref = self
                .month_ref(k)
                .filter(|(_, m)| !(named && matches!(m, MonthRef::Relative(_))));
            if let Some((end, month)) = month_ref {
                let raw = Raw::Date {
                    day,
                    month,
                    weekday,
                    ordinal,
                };
                return self.found(i, end, raw, "day_month");
            }
            if deictic == Some(0) && ordinal {
                return None;
            }
        }
        if let Some(off) = deictic {
            // «أمس الأول»: the day before yesterday.
            if off == -1 && weekday.is_none() && self.t.stem(j) == "الاول" {
                return self.found(i, j + 1, Raw::DayOffset(-2), "deictic_day");
            }
            if self.t.raw(i) == "اليوم" && weekday_end == i + 1 {
                // «اليوم الماضي», «اليوم السابق»: the day before.
                if self.rel(j) == Some(Dir::Prev) {
                    return self.found(i, j + 1, Raw::DayOffset(-1), "deictic_day");
                }
                // «في اليوم التالي», «اليوم نفسه», «نفس اليوم»: a day of the story, not of the
                // report.
                let same = |k: usize| matches!(self.t.raw(k), "نفسه" | "ذاته" | "نفس" | "ذات");
                if self.rel(j) == Some(Dir::Next) || same(j) || i > 0 && same(i - 1) {
                    return None;
                }
                if let Some(f) = self.day_after_before(i, i + 1) {
                    return Some(f);
                }
            }
            return self.found(i, weekday_end, Raw::DayOffset(off), "deictic_day");
        }
        if let Some(f) = self.day_after_before(i, j) {
            return Some(f);
        }
        if let Some(day) = weekday {
            // A trailing «الموافق» or comma the lead took for a date that did not come is left out.
            return self.weekday_tail(i, weekday_end, day);
        }
        // «هذا الاثنين».
        if self.key(i, Key::This)
            && let Some(day) = self.weekday(i + 1, false)
        {
            return self.found(
                i,
                i + 2,
                Raw::Weekday {
                    day,
                    dir: Some(Dir::This),
                    week: None,
                },
                "weekday",
            );
        }
        // «احد الاسبوع الماضي»: a bare weekday before its week.
        if let Some(day) = self.weekday(i, true)
            && let Some((end, Unit::Week, week)) = self.rel_period(i + 1)
        {
            return self.found(
                i,
                end,
                Raw::Weekday {
                    day,
                    dir: None,
                    week: Some(week),
                },
                "weekday_of_week",
            );
        }
        None
    }

    /// «قبل أمس», «بعد غد», «أول أمس», «اليوم الذي بعد الغد» starting at `j` (lead from `i`).
    fn day_after_before(&self, i: usize, mut j: usize) -> Option<Found> {
        if j > i && self.key(j, Key::Which) {
            j += 1;
        }
        let sign = if self.key(j, Key::Before) || self.t.stem(j) == "اول" {
            -1
        } else if self.key(j, Key::After) {
            1
        } else {
            return None;
        };
        let mut k = j + 1;
        if sign < 0 && self.bare_key(k, Key::From) {
            k += 1;
        }
        let off = self.deictic(k)?;
        if off == 0 || off.signum() != sign {
            return None;
        }
        let end = k + 1 + usize::from(self.weekday(k + 1, false).is_some());
        self.found(i, end, Raw::DayOffset(2 * sign), "deictic_day")
    }

    /// After a weekday: «المقبل», «من الأسبوع الماضي», «الأسبوع الحالي».
    fn weekday_tail(&self, i: usize, end: usize, day: u8) -> Option<Found> {
        if self.before_last(end) {
            return self.found(i, end + 2, Raw::WeekdayBeforeLast(day), "weekday_relative");
        }
        if let Some(dir) = self.rel(end) {
            return self.found(
                i,
                end + 1,
                Raw::Weekday {
                    day,
                    dir: Some(dir),
                    week: None,
                },
                "weekday_relative",
            );
        }
        let k = if self.bare_key(end, Key::From) {
            end + 1
        } else {
            end
        };
        if let Some((e, Unit::Week, week)) = self.rel_period(k) {
            return self.found(
                i,
                e,
                Raw::Weekday {
                    day,
                    dir: None,
                    week: Some(week),
                },
                "weekday_of_week",
            );
        }
        self.found(
            i,
            end,
            Raw::Weekday {
                day,
                dir: None,
                week: None,
            },
            "weekday",
        )
    }

    /// Whether the ordinal word at `i` follows a noun with no preposition between: «قمة
    /// العشرين الشهر المقبل» is the G20's summit next month, no day of it.
    fn ordinal_of_noun(&self, i: usize) -> bool {
        i > 0
            && self.t.toks[i - 1].kind == Kind::Word
            && !matches!(
                self.t.raw(i - 1),
                "في" | "وفي" | "حتي" | "منذ" | "بتاريخ" | "الي" | "قبل" | "بعد"
            )
    }

    /// «يوم 13 الجاري», «الـ 23 من الجاري», «الثالث عشر من الشهر الجاري».
    fn day_of_month(&self, i: usize) -> Option<Found> {
        let Lead {
            end: j, weekday, ..
        } = self.lead(i);
        let (end, day, ordinal) = self.day(j)?;
        let k = if self.bare_key(end, Key::From) {
            end + 1
        } else {
            end
        };
        let (end, dir) = match self.rel(k) {
            // The month is masculine: «الساعات الـ24 الماضية» counts hours, no day of a month.
            Some(d) if !self.t.raw(k).ends_with('ه') => (k + 1, d),
            Some(_) => return None,
            None => {
                let (e, unit, d) = self.rel_period(k)?;
                if unit != Unit::Month || ordinal && j == i && k == end && self.ordinal_of_noun(i) {
                    return None;
                }
                (e, d)
            }
        };
        let raw = Raw::Date {
            day,
            month: MonthRef::Relative(dir),
            weekday,
            ordinal,
        };
        self.found(i, end, raw, "day_of_relative_month")
    }

    /// A month: «أيلول/سبتمبر 2014», «مايو من العام الماضي», «فبراير الماضي»; a bare month only
    /// after «في», «إلى», «منذ», «حتى», «خلال» or «شهر», where it cannot be a verb or a name.
    fn month(&self, i: usize) -> Option<Found> {
        let (end, month, hijri) = self.month_name(i)?;
        let (end2, mut mref) = self.month_tail(end, month, hijri);
        let MonthRef::Named {
            year,
            dir,
            year_dir,
            ..
        } = &mut mref
        else {
            return None;
        };
        // «في آذار ونيسان 2018», «في آذار ونيسان الماضيين»: a month joined to another shares
        // its year, and a direction in the dual or plural.
        if year.is_none() && dir.is_none() && year_dir.is_none() && end2 == end {
            if let Some(MonthRef::Named {
                year: y2,
                dir: d2,
                year_dir: yd2,
                ..
            }) = self.joined_month(end, hijri)
            {
                *year = y2;
                *year_dir = yd2;
                *dir = d2;
            }
        }
        let (year, dir, year_dir) = (*year, *dir, *year_dir);
        let explicit = year.is_some() || dir.is_some() || year_dir.is_some();
        // «في آذار ونيسان»: the second month is introduced by the first.
        let after_month = i > 0
            && self.t.raw(i).starts_with('و')
            && self.t.toks[i].has_proclitic()
            && (i.saturating_sub(3)..i).any(|k| self.month_name(k).is_some_and(|(e, ..)| e == i));
        let introduced = i > 0
            && (self.bare_key(i - 1, Key::In)
                || self.bare_key(i - 1, Key::To)
                || self.key(i - 1, Key::Since)
                || self.key(i - 1, Key::Until)
                || self.key(i - 1, Key::Span))
            || self.key(i, Key::Month)
            || after_month;
        // Hijri months are names too («رجب طيب أردوغان», «طارق رمضان»), and «محرم», «صفر» are
        // words: without a year one is a month after «شهر» or with a direction.
        if hijri && year.is_none() && !self.key(i, Key::Month) && dir.is_none() {
            return None;
        }
        if !explicit && !introduced {
            return None;
        }
        self.found(i, end2, Raw::Month(mref), "month")
    }

    /// The reference of a month joined by «و» at `i` («ونيسان 2018», «ونيسان الماضيين»), when
    /// it has a year, or a direction in the dual or plural that covers both.
    fn joined_month(&self, i: usize, hijri: bool) -> Option<MonthRef> {
        let tok = self.t.toks.get(i)?;
        if !(tok.has_proclitic() && self.t.raw(i).starts_with('و')) {
            return None;
        }
        let (end, m2, h2) = self.month_name(i)?;
        if h2 != hijri {
            return None;
        }
        let (_, tail) = self.month_tail(end, m2, h2);
        let MonthRef::Named { year, dir, .. } = tail else {
            return None;
        };
        let both = dir.is_some() && self.t.raw(end).ends_with("ين");
        (year.is_some() || both).then_some(tail)
    }

    /// «عام 2014», «٢٠١٤م», «1439 هـ»; «في 2014» when nothing counted follows.
    fn year(&self, i: usize) -> Option<Found> {
        if let Some((end, y, hijri)) = self.year_number(i, false) {
            let raw = if hijri {
                Raw::HijriYear(y)
            } else {
                Raw::Year(y)
            };
            return self.found(i, end, raw, "year");
        }
        // «بين 2015 و2018», «عامي 2017 و2018»: a second year joined to a first.
        let joined = i >= 2
            && self.t.raw(i - 1) == "و"
            && self.t.touching(i - 1)
            && self.year_number(i - 2, true).is_some();
        let after_prep = i > 0
            && (self.bare_key(i - 1, Key::In)
                || self.bare_key(i - 1, Key::Between)
                || self.key(i - 1, Key::Since)
                || self.key(i - 1, Key::Until)
                || joined);
        if after_prep && let Some((end, y, _)) = self.year_number(i, true) {
            // «في 2014 جنديا» counts soldiers; a function word, a verb or a number that
            // counts something else («في 2004 ستا وعشرين دولة») may follow a year.
            let next_is_noun =
                self.t.toks.get(end).is_some_and(|n| n.kind == Kind::Word)
                    && !self.t.hits(end).iter().any(|h| {
                        matches!(h.term, Term::Key(_) | Term::Tense(_) | Term::Num { .. })
                    });
            // A number past the hundreds counts a noun in the accusative, with no article:
            // «2016 جنديا», «2016 دولة»; «احتضن في 2016 مؤتمر الأطراف» is a year.
            let next = self.t.raw(end);
            let counted = next_is_noun
                && (y % 100 == 0
                    || !next.starts_with("ال") && (next.ends_with('ا') || next.ends_with('ه')));
            if !counted {
                return self.found(i, end, Raw::Year(y), "year");
            }
        }
        None
    }

    /// «الأسبوع المقبل», «العام الجاري», «هذه السنة», «الأسابيع الثلاثة القادمة».
    fn period(&self, i: usize) -> Option<Found> {
        if let Some((end, unit, dir)) = self.rel_period(i) {
            return self.found(i, end, Raw::Period { unit, dir }, "relative_period");
        }
        // «الأسبوع قبل الماضي», «العام قبل الماضي».
        if let Some(unit) = self.def_unit(i).filter(|&u| u != Unit::Day)
            && self.before_last(i + 1)
        {
            return self.found(i, i + 3, Raw::PeriodBeforeLast(unit), "relative_period");
        }
        // «الأيام الثلاثة المقبلة».
        let u = self.def_unit(i)?;
        let n = cardinal_at(self.t, i + 1).or_else(|| self.definite_count(i + 1))?;
        let dir = self.rel(n.end)?;
        let count = u32::try_from(n.int?)
            .ok()
            .filter(|&c| (1..=1000).contains(&c))?;
        if dir == Dir::This {
            return None;
        }
        self.found(
            i,
            n.end + 1,
            Raw::Periods {
                unit: u,
                n: count,
                dir,
            },
            "relative_periods",
        )
    }

    /// «اليومين المقبلين», «الأسبوعين الماضيين»: a dual with the article and a direction.
    fn dual_period(&self, i: usize) -> Option<Found> {
        let unit = self.definite_dual(i)?;
        let dir = self.rel(i + 1).filter(|&d| d != Dir::This)?;
        self.found(
            i,
            i + 2,
            Raw::Periods { unit, n: 2, dir },
            "relative_periods",
        )
    }

    /// The unit of a dual with the article at `i` («اليومين», «الأسبوعين»).
    fn definite_dual(&self, i: usize) -> Option<Unit> {
        if !self.t.raw(i).starts_with("ال") {
            return None;
        }
        self.t
            .find(i, |m| match m {
                Term::Unit(u, Count::Two) => Some(u),
                _ => None,
            })
            .map(|x| x.0)
    }

    /// «الثلاثة» in «الأسابيع الثلاثة»: a cardinal with the article.
    fn definite_count(&self, i: usize) -> Option<crate::numbers::NumberAt> {
        // «الثلاثة», «العشرة», «العشرين».
        let (word, _) = self.t.find(i, |m| match m {
            Term::Num {
                word: NumWord::Unit(u) | NumWord::Tens(u),
                article: true,
            } => Some(u),
            Term::Num {
                word: NumWord::TeenTen,
                article: true,
            } => Some(10),
            _ => None,
        })?;
        Some(crate::numbers::NumberAt {
            value: f64::from(word),
            int: Some(u64::from(word)),
            end: i + 1,
            digits: false,
        })
    }

    /// Durations «مدة يومين», «4 سنوات», «خلال أسبوعين»; «قبل 75 عاما» is a point in time.
    fn duration(&self, i: usize) -> Option<Found> {
        let mut j = i;
        let mut lead = None;
        if self.key(j, Key::Span) || self.key(j, Key::Before) || self.key(j, Key::After) {
            lead = Some(j);
            j += 1;
            // «قبل نحو شهرين», «بعد حوالي أسبوع»: about as long.
            if matches!(self.t.raw(j), "نحو" | "حوالي" | "قرابه" | "زهاء") {
                j += 1;
            }
        }
        let (end, n, unit) = self.amount(j, lead.is_some())?;
        // «بعد ثلاث سنوات على القمة», «قبل يومين من الافتتاح»: counted from another event, so
        // only the amount is a time expression.
        // «بعد عام كامل على اندلاع الحرب»: past an adjective of the amount.
        let after_amount = if matches!(
            self.t.raw(end),
            "كامل" | "كامله" | "كاملين" | "كاملتين" | "كاملا" | "فقط"
        ) {
            end + 1
        } else {
            end
        };
        let anchored_elsewhere = matches!(self.t.raw(after_amount), "علي" | "من" | "عن");
        if anchored_elsewhere
            && lead.is_some_and(|l| self.key(l, Key::Before) || self.key(l, Key::After))
        {
            return self.found(j, end, Raw::Duration { n, unit }, "duration");
        }
        let raw = match lead {
            Some(l) if self.key(l, Key::Before) => Raw::Shift {
                n: -i64::from(n),
                unit,
            },
            Some(l) if self.key(l, Key::After) => Raw::Shift {
                n: i64::from(n),
                unit,
            },
            _ => Raw::Duration { n, unit },
        };
        let rule = if matches!(raw, Raw::Shift { .. }) {
            "shift"
        } else {
            "duration"
        };
        self.found(i, end, raw, rule)
    }

    /// An amount of units: «ثلاثة أيام», «١٢ عاما», «يومين»; a bare singular only if `single_ok`.
    fn amount(&self, i: usize, single_ok: bool) -> Option<(usize, u32, Unit)> {
        let unit_at = |k: usize| {
            self.t
                .find(k, |m| {
                    if let Term::Unit(u, c) = m {
                        Some((u, c))
                    } else {
                        None
                    }
                })
                .map(|x| x.0)
        };
        if let Some((u, c)) = unit_at(i) {
            return match c {
                // «اليومين» names two days the text knows («اليومين المقبلين»), no amount.
                Count::Two if self.definite_dual(i).is_some() => None,
                Count::Two => Some((i + 1, 2, u)),
                Count::One if single_ok && !self.t.toks[i].has_proclitic() => {
                    // «خلال شهر رمضان» names a month, not an amount.
                    let next_is_month = self
                        .t
                        .find(i + 1, |m| matches!(m, Term::Month { .. }).then_some(()))
                        .is_some();
                    (!next_is_month && cardinal_at(self.t, i + 1).is_none()).then_some((
                        i + 1,
                        1,
                        u,
                    ))
                }
                _ => None,
            };
        }
        let n = cardinal_at(self.t, i)?;
        let count = u32::try_from(n.int?)
            .ok()
            .filter(|c| (1..=100_000).contains(c))?;
        let (u, c) = unit_at(n.end)?;
        if self.t.toks[n.end].has_proclitic() {
            return None;
        }
        let fits = match c {
            Count::Many => (2..=10).contains(&count) || n.digits,
            Count::Acc => count >= 11 || n.digits,
            Count::One => n.digits || count >= 100,
            Count::Two => false,
        };
        // «1 عام» after digits reads too; «عام 2014» is a year, handled elsewhere.
        fits.then_some((n.end + 1, count, u))
    }

    /// The nth weekday, week or day of a month (Duckling's corpus has many): «ثالث ثلاثاء في
    /// أيلول», «آخر اثنين من شهر آذار», «أول أسبوع بشهر أكتوبر 2014», «آخر يوم بشهر عشرة».
    fn nth(&self, i: usize) -> Option<Found> {
        let t = self.t;
        // Which one: «ثالث», «أول», «آخر» before the noun, or «الأول», «الأخير» after it.
        let before: Option<(i8, usize)> =
            if self.key(i, Key::Last) && !self.t.raw(i).starts_with("ال") {
                Some((-1, i + 1))
            } else {
                ordinal_at(t, i)
                    .filter(|&(v, art, _)| !art && v <= 5)
                    .map(|(v, _, e)| (v as i8, e))
            };
        let after = |k: usize| -> Option<(i8, usize)> {
            if self.key(k, Key::Last) && t.raw(k).starts_with("ال") {
                return Some((-1, k + 1));
            }
            ordinal_at(t, k)
                .filter(|&(v, art, _)| art && v <= 5)
                .map(|(v, _, e)| (v as i8, e))
        };
        let month_after = |k: usize| -> Option<(usize, MonthRef)> {
            let k = if self.bare_key(k, Key::From) || self.bare_key(k, Key::In) {
                k + 1
            } else {
                k
            };
            self.month_ref(k)
        };
        if let Some((n, j)) = before {
            // «ثالث يوم ثلاثاء», «ثالث ثلاثاء», «آخر اثنين».
            let j2 = if self.bare_key(j, Key::Day) && self.weekday(j + 1, true).is_some() {
                j + 1
            } else {
                j
            };
            if let Some(day) = self.weekday(j2, true)
                && let Some((end, month)) = month_after(j2 + 1)
            {
                return self.found(i, end, Raw::NthWeekday { n, day, month }, "nth_weekday");
            }
            if self.t.stem(j) == "اسبوع"
                && let Some((end, month)) = month_after(j + 1)
            {
                return self.found(i, end, Raw::NthWeek { last: n < 0, month }, "nth_week");
            }
            if self.bare_key(j, Key::Day)
                && let Some((end, month)) = month_after(j + 1)
            {
                let raw = if n < 0 {
                    Raw::LastDay(month)
                } else {
                    Raw::Date {
                        day: n as u8,
                        month,
                        weekday: None,
                        ordinal: true,
                    }
                };
                return self.found(i, end, raw, "nth_day");
            }
            return None;
        }
        // «الاثنين الأخير من شهر ثلاثة», «الأسبوع الأول من شهر عشرة», «اليوم الأخير من …».
        if let Some(day) = self.weekday(i, false)
            && let Some((n, j)) = after(i + 1)
            && n < 0
            && let Some((end, month)) = month_after(j)
        {
            return self.found(i, end, Raw::NthWeekday { n, day, month }, "nth_weekday");
        }
        if let Some(Unit::Week) = self.def_unit(i)
            && let Some((n, j)) = after(i + 1)
            && let Some((end, month)) = month_after(j)
        {
            return self.found(i, end, Raw::NthWeek { last: n < 0, month }, "nth_week");
        }
        if t.raw(i) == "اليوم"
            && self.key(i + 1, Key::Last)
            && let Some((end, month)) = month_after(i + 2)
        {
            return self.found(i, end, Raw::LastDay(month), "nth_day");
        }
        None
    }

    /// «12/3/2019», «12-3-2019», «2019-03-12», «3/2019».
    fn numeric(&self, i: usize) -> Option<Found> {
        let t = self.t;
        let a = integer_at(t, i)?;
        let sep = t.toks.get(i + 1)?;
        let c = match sep.kind {
            Kind::Punct {
                c: c @ ('/' | '-' | '.'),
                ..
            } => c,
            _ => return None,
        };
        if !t.touching(i) || !t.touching(i + 1) {
            return None;
        }
        let b = integer_at(t, i + 2)?;
        let third = t.touching(i + 2) && self.punct(i + 3, c) && t.touching(i + 3);
        if third {
            let d = integer_at(t, i + 4)?;
            let len_a = t.toks[i].end - t.toks[i].start;
            let (y, m, day) = if len_a == 4 { (a, b, d) } else { (d, b, a) };
            let len_y = if len_a == 4 {
                4
            } else {
                t.toks[i + 4].end - t.toks[i + 4].start
            };
            if len_y != 4 || !(1..=12).contains(&m) || !(1..=31).contains(&day) {
                return None;
            }
            // «5-7-1440هـ», «12/3/1440 هـ»: a Hijri date, by its era mark or its year.
            let era = self.era(i + 5);
            if era == Some(true) || era.is_none() && (1300..=1500).contains(&y) {
                let raw = Raw::Date {
                    day: day as u8,
                    month: MonthRef::Named {
                        month: m as u8,
                        year: Some(y as i32),
                        dir: None,
                        year_dir: None,
                        hijri: true,
                    },
                    weekday: None,
                    ordinal: false,
                };
                return self.found(i, i + 5 + usize::from(era.is_some()), raw, "numeric_date");
            }
            let raw = Raw::Numeric {
                year: y as i32,
                month: m as u8,
                day: Some(day as u8),
            };
            return self.found(
                i,
                i + 5 + usize::from(era == Some(false)),
                raw,
                "numeric_date",
            );
        }
        let len_b = t.toks[i + 2].end - t.toks[i + 2].start;
        if c == '/' && len_b == 4 && (1..=12).contains(&a) && (1900..=2100).contains(&b) {
            return self.found(
                i,
                i + 3,
                Raw::Numeric {
                    year: b as i32,
                    month: a as u8,
                    day: None,
                },
                "numeric_month",
            );
        }
        None
    }

    /// «10/1» at `j`: a day and a month with a slash, nothing more joined to them.
    fn day_slash_month(&self, j: usize) -> Option<(u8, u8)> {
        let t = self.t;
        let day = integer_at(t, j).filter(|d| (1..=31).contains(d))?;
        let joined = |k: usize| t.touching(k) && t.toks.get(k + 1).is_some();
        if !(self.punct(j + 1, '/') && joined(j) && joined(j + 1)) {
            return None;
        }
        let month = integer_at(t, j + 2).filter(|m| (1..=12).contains(m))?;
        // «10/1/2019» is a numeric date, «10/1.5» no date.
        if t.touching(j + 2) && t.toks.get(j + 3).is_some_and(|x| x.kind != Kind::Word) {
            return None;
        }
        Some((day as u8, month as u8))
    }

    /// A feast: «عيد الفطر», «عيد الأضحى المبارك», «رأس السنة الهجرية», «عيد الميلاد المجيد»,
    /// «عيد الفصح», with a Gregorian year after it or none.
    fn feast(&self, i: usize) -> Option<Found> {
        let t = self.t;
        // «بعيد الفصح», «قبيل عيد الفطر»: the feast may carry a proclitic.
        if !self.key(i, Key::Feast) {
            return None;
        }
        let (feast, mut end) = match (t.stem(i), t.raw(i + 1), t.raw(i + 2)) {
            ("عيد", "الفطر", _) => (Feast::Fitr, i + 2),
            ("عيد", "الاضحي", _) => (Feast::Adha, i + 2),
            ("عيد", "الميلاد", _) => (Feast::Christmas, i + 2),
            ("عيد", "الفصح", _) => (Feast::Easter, i + 2),
            ("راس", "السنه", "الهجريه") => (Feast::HijriNewYear, i + 3),
            _ => return None,
        };
        if matches!(t.raw(end), "المبارك" | "المجيد" | "السعيد") {
            end += 1;
        }
        let year = self
            .year_number(end, true)
            .filter(|&(_, _, hijri)| !hijri)
            .map(|(e, y, _)| {
                end = e;
                y
            });
        self.found(i, end, Raw::Feast { feast, year }, "feast")
    }

    /// «الآن», «حاليا», «المستقبل», «في وقت لاحق».
    fn vague(&self, i: usize) -> Option<Found> {
        if let Some((v, _)) = self.t.find(i, |m| {
            if let Term::Vague(v) = m {
                Some(v)
            } else {
                None
            }
        }) {
            return self.found(i, i + 1, Raw::Vague(v), "vague");
        }
        if self.key(i, Key::Time) && self.t.raw(i + 1) == "لاحق" {
            return self.found(i, i + 2, Raw::Vague(Vague::Future), "vague");
        }
        None
    }

    /// A modifier before a period, kept in the span: «مطلع العام الجاري», «أواخر تشرين الأول»,
    /// «وقت متأخر من الشهر الماضي», «منتصف 2019».
    fn modified(&self, i: usize) -> Option<Found> {
        // «في وقت لاحق (من) اليوم», «وقت متأخر من مساء أمس»: a time of a day is that day.
        let mut of_time = false;
        let (m, j) = if let Some((m, n)) = self.modifier(i) {
            // «النصف الثاني من مارس»: a half takes «من» before its period.
            let half = matches!(m, Mod::FirstHalf | Mod::SecondHalf);
            let from = half && self.bare_key(i + n, Key::From);
            (m, i + n + usize::from(from))
        } else if self.bare_key(i, Key::Time)
            && (self.key(i + 1, Key::Late) || self.key(i + 1, Key::Early))
        {
            let m = if self.key(i + 1, Key::Late) {
                Mod::LateDays
            } else {
                Mod::EarlyDays
            };
            of_time = true;
            let j = if self.bare_key(i + 2, Key::From) {
                i + 3
            } else if self.key(i + 1, Key::Late) && self.t.raw(i + 2) == "اليوم" {
                i + 2
            } else {
                return None;
            };
            (m, j)
        } else {
            return None;
        };
        // «نهاية العام», «مطلع الشهر»: the current one.
        let current = self
            .def_unit(j)
            .filter(|u| matches!(u, Unit::Week | Unit::Month | Unit::Year))
            .filter(|_| self.t.raw(j) != "اليوم" && self.rel(j + 1).is_none())
            .map(|unit| Found {
                start: j,
                end: j + 1,
                raw: Raw::Period {
                    unit,
                    dir: Dir::This,
                },
                modifier: None,
                rule: "relative_period",
            });
        let inner = [
            current,
            self.month(j),
            self.anchored(j),
            self.period(j),
            self.year(j),
            self.year_number(j, true).map(|(end, y, hijri)| Found {
                start: j,
                end,
                raw: if hijri {
                    Raw::HijriYear(y)
                } else {
                    Raw::Year(y)
                },
                modifier: None,
                rule: "year",
            }),
            self.month_name(j).map(|(end, month, hijri)| {
                let (end, mref) = self.month_tail(end, month, hijri);
                Found {
                    start: j,
                    end,
                    raw: Raw::Month(mref),
                    modifier: None,
                    rule: "month",
                }
            }),
        ];
        let best = inner
            .into_iter()
            .flatten()
            .filter(|f| f.start == j)
            .max_by_key(|f| f.end)?;
        let day = matches!(
            best.raw,
            Raw::DayOffset(_) | Raw::Weekday { .. } | Raw::WeekdayBeforeLast(_)
        );
        if day && of_time {
            return Some(Found {
                start: i,
                end: best.end,
                raw: best.raw,
                modifier: None,
                rule: "modified",
            });
        }
        if day || matches!(best.raw, Raw::Duration { .. }) {
            return None;
        }
        Some(Found {
            start: i,
            end: best.end,
            raw: best.raw,
            modifier: Some(m),
            rule: "modified",
        })
    }

    /// Ranges of days: «من 12 إلى 14 شباط», «يومي 24 و25 فيفري», «بين 3 و4 ديسمبر»,
    /// «من 13 تموز الى 15 تموز», «يوليو 13-15», «١٢-١٤ شباط».
    fn range(&self, i: usize) -> Option<Found> {
        let mut j = i;
        let mut opened = false;
        if self.bare_key(j, Key::From) || self.bare_key(j, Key::Between) {
            opened = true;
            j += 1;
            if self.key(j, Key::Days) {
                j += 1;
            }
        } else if self.key(j, Key::Days) {
            opened = true;
            j += 1;
        }
        // Month first: «يوليو 13-15», «تموز 13 الى 15».
        if !opened && let Some((m_end, month, hijri)) = self.month_name(j) {
            let (d1_end, first, _) = self.day(m_end)?;
            let d2_start = self.connector(d1_end, false)?;
            let (end, last, _) = self.day(d2_start)?;
            let (end, mref) = self.month_tail(end, month, hijri);
            let raw = Raw::Range {
                first,
                first_month: None,
                last,
                month: mref,
            };
            return self.found(i, end, raw, "day_range");
        }
        let (d1_end, first, ordinal) = self.day(j)?;
        // Optional month after the first day: «من 13 تموز الى 15 تموز».
        let (after_first, first_month) = match self.month_name(d1_end) {
            Some((e, m, _)) if opened => (e, Some(m)),
            _ => (d1_end, None),
        };
        // «في 7 و8 كانون الأول», «السابع والثامن من»: two days in digits or ordinals joined
        // by «و» are a range too.
        let digits = self.t.toks.get(j).is_some_and(|t| t.kind == Kind::Digits);
        let d2_start = self.connector(after_first, opened || digits || ordinal)?;
        let (d2_end, last, _) = self.day(d2_start)?;
        let k = if self.bare_key(d2_end, Key::From) {
            d2_end + 1
        } else {
            d2_end
        };
        let (end, month) = match self.month_ref(k) {
            Some(x) => x,
            None => {
                // «من الـ 12 إلى الـ 14 من الشهر الجاري», «من 27 إلى 29 الجاري».
                let dir = self.rel(k)?;
                (k + 1, MonthRef::Relative(dir))
            }
        };
        if first_month.is_none() && first > last {
            return None;
        }
        let raw = Raw::Range {
            first,
            first_month,
            last,
            month,
        };
        self.found(i, end, raw, "day_range")
    }

    /// «يومي الأحد والاثنين المقبلين», «من الأحد إلى الثلاثاء», «بين يومي الأحد والثلاثاء»: two
    /// weekdays after a word that opens a range, the second within the week after the first.
    fn weekday_range(&self, i: usize) -> Option<Found> {
        let mut j = i;
        if self.bare_key(j, Key::From) || self.bare_key(j, Key::Between) {
            j += 1;
        }
        if self.key(j, Key::Days) || self.bare_key(j, Key::Day) {
            j += 1;
        }
        let opened = j > i;
        let first = self.weekday(j, false)?;
        let mut k = self.connector(j + 1, true)?;
        if self.bare_key(k, Key::Day) {
            k += 1;
        }
        let last = self.weekday(k, false)?;
        if last == first {
            return None;
        }
        let dir = self.rel(k + 1);
        // «الأحد والاثنين المقبلين»: without an opening word, the plural direction joins them.
        let plural = matches!(
            self.t.stem(k + 1),
            "المقبلين" | "القادمين" | "الماضيين" | "المنصرمين"
        );
        if !opened && !plural {
            return None;
        }
        let end = k + 1 + usize::from(dir.is_some());
        // «يومي الثلاثاء والأربعاء في 3 و4 كانون الأول»: the days of the month that follow
        // say which Tuesday and Wednesday; one expression.
        let days_from =
            end + usize::from(self.bare_key(end, Key::In) || self.key(end, Key::CorrespondingTo));
        if let Some(days) = self.range(days_from) {
            return self.found(i, days.end, days.raw, days.rule);
        }
        self.found(
            i,
            end,
            Raw::WeekdayRange { first, last, dir },
            "weekday_range",
        )
    }

    /// The word between two days of a range: «إلى», «حتى», «و», «-»; «و» only when `and_ok`.
    /// Returns where the second day starts.
    fn connector(&self, i: usize, and_ok: bool) -> Option<usize> {
        let t = self.t;
        let tok = t.toks.get(i)?;
        if tok.is_punct('-') || tok.is_punct('–') {
            return Some(i + 1);
        }
        if self.key(i, Key::To) || self.key(i, Key::Until) {
            return Some(i + 1);
        }
        // «و25»: the conjunction glued to the digits, or alone; after «من/بين/يومي», or
        // between days in digits.
        // «والثامن»: the conjunction on an ordinal; the day is read past it.
        if and_ok && tok.has_proclitic() && t.raw(i).starts_with('و') {
            return Some(i);
        }
        if and_ok && t.raw(i) == "و" {
            if self.key(i + 1, Key::Until) {
                return Some(i + 2);
            }
            return Some(i + 1);
        }
        None
    }
}
