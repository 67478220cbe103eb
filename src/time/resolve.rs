//! Resolution: what the words say ([`Raw`]) plus the reference date and the verb's tense give
//! the [`TimeValue`].
//!
//! Without a reference date nothing relative is guessed: a day and month stay `XXXX-MM-DD`,
//! «غدا» becomes `FUTURE_REF`. A day the calendar does not have («31 شباط») gives no value.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::expr::{Feast, MonthRef, Raw};
use super::hijri;
use super::value::{Duration, DurationUnit, Reference, TimeValue};
use crate::lexicon::{Dir, Mod, Tense, Unit, Vague};

/// Resolves a reading against the reference date and the tense of its verb.
pub(crate) fn resolve(
    raw: Raw,
    reference: Option<NaiveDate>,
    tense: Option<Tense>,
) -> Option<TimeValue> {
    let r = Resolver { reference, tense };
    match raw {
        Raw::Date {
            day,
            month,
            weekday,
            ordinal,
        } => r.date(day, month, weekday, ordinal),
        Raw::Month(m) => r.month(m),
        Raw::Year(y) => year(y),
        Raw::HijriYear(y) => {
            let (start, _) = hijri::month_range(y, 1)?;
            let (_, end) = hijri::month_range(y, 12)?;
            Some(TimeValue::Range { start, end })
        }
        Raw::DayOffset(n) => match reference {
            Some(d) => add_days(d, i64::from(n)).map(TimeValue::Day),
            None => Some(TimeValue::Reference(sign_reference(i64::from(n)))),
        },
        Raw::Weekday { day, dir, week } => r.weekday(day, dir, week),
        Raw::WeekdayRange { first, last, dir } => {
            let start = r.weekday(first, dir, None)?;
            let (TimeValue::Day(start), Some(w1), Some(w2)) =
                (start, weekday_of(first), weekday_of(last))
            else {
                // Without a publication date, the first of the two days as a weekday.
                return Some(start);
            };
            let days = (i64::from(w2.num_days_from_monday())
                - i64::from(w1.num_days_from_monday()))
            .rem_euclid(7);
            let end = add_days(start, days)?;
            Some(TimeValue::Range { start, end })
        }
        Raw::Period { unit, dir } => r.period(unit, dir),
        Raw::PeriodBeforeLast(unit) => r.period_back(unit, 2),
        Raw::WeekdayBeforeLast(day) => match r.weekday(day, Some(Dir::Prev), None)? {
            TimeValue::Day(d) => add_days(d, -7).map(TimeValue::Day),
            other => Some(other),
        },
        Raw::Periods { unit, n, dir } => r.periods(unit, n, dir),
        Raw::Shift { n, unit } => r.shift(n, unit),
        Raw::Range {
            first,
            first_month,
            last,
            month,
        } => r.range(first, first_month, last, month),
        Raw::NthWeekday { n, day, month } => {
            let (y, m) = r.month_of(month, None)?;
            nth_weekday(y?, m, n, weekday_of(day)?).map(TimeValue::Day)
        }
        Raw::NthWeek { last, month } => {
            let (y, m) = r.month_of(month, None)?;
            let y = y?;
            let first = NaiveDate::from_ymd_opt(y, m.into(), 1)?;
            let day = if last {
                let mut d = month_end(y, m)?;
                while d.weekday() != Weekday::Sun {
                    d = d.pred_opt()?;
                }
                d
            } else {
                let mut d = first;
                while d.weekday() != Weekday::Mon {
                    d = d.succ_opt()?;
                }
                d
            };
            Some(TimeValue::week_of(day))
        }
        Raw::LastDay(month) => {
            let (y, m) = r.month_of(month, None)?;
            month_end(y?, m).map(TimeValue::Day)
        }
        Raw::Duration { n, unit } => Some(TimeValue::Duration(Duration {
            amount: n,
            unit: duration_unit(unit),
        })),
        Raw::Vague(v) => Some(TimeValue::Reference(match v {
            Vague::Present => Reference::Present,
            Vague::Future => Reference::Future,
        })),
        Raw::Feast { feast, year } => r.feast(feast, year),
        Raw::Numeric {
            year: y,
            month,
            day,
        } => match day {
            Some(d) => NaiveDate::from_ymd_opt(y, month.into(), d.into()).map(TimeValue::Day),
            None => (1..=12)
                .contains(&month)
                .then_some(TimeValue::Month { year: y, month }),
        },
    }
}

/// A year this large after a Hijri month is Gregorian: the calendar's table ends in 1500 AH.
const GREGORIAN_AFTER_HIJRI: i32 = 1600;

struct Resolver {
    reference: Option<NaiveDate>,
    tense: Option<Tense>,
}

impl Resolver {
    /// A feast's day: in the year written, else in the reference's year, moved a year on or
    /// back when the verb's tense points past it («بعد عيد الفطر» in December is next year's).
    fn feast(&self, feast: Feast, year: Option<i32>) -> Option<TimeValue> {
        let y = year.or_else(|| self.reference.map(|r| r.year()))?;
        let day = feast_day(feast, y)?;
        let moved = match (year, self.reference, self.tense) {
            (None, Some(r), Some(Tense::Future)) if day < r => feast_day(feast, y + 1),
            (None, Some(r), Some(Tense::Past)) if day > r => feast_day(feast, y - 1),
            _ => Some(day),
        };
        moved.map(TimeValue::Day)
    }

    /// The year and month a month reference names; the year is `None` when neither the text nor
    /// a reference date fixes it. `day` helps place «7 ديسمبر الماضي» before the reference.
    /// Hijri months are returned converted only by the callers that take days.
    fn month_of(&self, m: MonthRef, day: Option<u8>) -> Option<(Option<i32>, u8)> {
        match m {
            MonthRef::Relative(dir) => {
                let r = self.reference?;
                let first = r.with_day(1)?;
                let d = match dir {
                    Dir::This => first,
                    Dir::Next => first.checked_add_months(Months::new(1))?,
                    Dir::Prev => first.checked_sub_months(Months::new(1))?,
                };
                Some((Some(d.year()), d.month() as u8))
            }
            MonthRef::Named {
                month,
                year,
                dir,
                year_dir,
                hijri,
            } => {
                if hijri {
                    return None;
                }
                if let Some(y) = year {
                    return Some((Some(y), month));
                }
                let Some(r) = self.reference else {
                    return Some((None, month));
                };
                if let Some(d) = year_dir {
                    return Some((Some(r.year() + step(d)), month));
                }
                let now = (r.year(), r.month() as u8, r.day() as u8);
                Some((Some(self.year_of(now, month, day, dir)), month))
            }
        }
    }

    /// The year of `month` (and `day`) against the reference's (year, month, day), in the
    /// direction the text or the verb's tense gives: the reference's year unless that puts it
    /// on the wrong side of the reference.
    fn year_of(
        &self,
        (y, rm, rd): (i32, u8, u8),
        month: u8,
        day: Option<u8>,
        dir: Option<Dir>,
    ) -> i32 {
        // Compare (month, day) with the reference inside its year.
        let here = (month, day.unwrap_or(0));
        let now = (rm, if day.is_some() { rd } else { 0 });
        match dir {
            Some(Dir::This) => y,
            Some(Dir::Next) => {
                if here > now {
                    y
                } else {
                    y + 1
                }
            }
            Some(Dir::Prev) => {
                if here < now {
                    y
                } else {
                    y - 1
                }
            }
            None => match self.tense {
                Some(Tense::Past) if here > now => y - 1,
                Some(Tense::Future) if here < now => y + 1,
                _ => y,
            },
        }
    }

    /// A Hijri month with its year: as written, else placed against the reference date's
    /// Hijri year as a Gregorian month is against its year («في رمضان» in January 2019 is
    /// Ramadan 1440). Without a reference date, or outside the calendar's table, no year.
    fn with_hijri_year(&self, m: MonthRef, day: Option<u8>) -> MonthRef {
        // «رمضان 2019»: a Gregorian year after a Hijri month names the one that begins in it.
        if let MonthRef::Named {
            month,
            year: Some(g),
            dir,
            year_dir,
            hijri: true,
        } = m
            && g >= GREGORIAN_AFTER_HIJRI
            && let Some(h) = hijri::year_with(g, month, 1)
        {
            return MonthRef::Named {
                month,
                year: Some(h),
                dir,
                year_dir,
                hijri: true,
            };
        }
        let MonthRef::Named {
            month,
            year: None,
            dir,
            year_dir,
            hijri: true,
        } = m
        else {
            return m;
        };
        let Some((y, rm, rd)) = self.reference.and_then(hijri::from_gregorian) else {
            return m;
        };
        let year = match year_dir {
            Some(d) => y + step(d),
            None => self.year_of((y, rm, rd), month, day, dir),
        };
        MonthRef::Named {
            month,
            year: Some(year),
            dir,
            year_dir,
            hijri: true,
        }
    }

    fn date(&self, day: u8, m: MonthRef, weekday: Option<u8>, ordinal: bool) -> Option<TimeValue> {
        let m = self.with_hijri_year(m, Some(day));
        if let MonthRef::Named {
            month,
            year: Some(y),
            hijri: true,
            ..
        } = m
        {
            return hijri::to_gregorian(y, month, day).map(TimeValue::Day);
        }
        // Only the tense chose the year: a weekday the text gives may choose better.
        let tense_year = matches!(
            m,
            MonthRef::Named {
                year: None,
                dir: None,
                year_dir: None,
                ..
            }
        );
        let (year, month) = self.month_of(m, Some(day))?;
        let Some(y) = year else {
            // Valid in some year (a leap year has them all).
            NaiveDate::from_ymd_opt(2000, month.into(), day.into())?;
            return Some(TimeValue::Partial {
                month,
                day: Some(day),
                end_day: None,
            });
        };
        let date = NaiveDate::from_ymd_opt(y, month.into(), day.into());
        // «الثلاثاء الثالث من أيلول»: when the 3rd is no Tuesday, it is the third Tuesday.
        if let Some(w) = weekday.and_then(weekday_of)
            && ordinal
            && day <= 5
            && date.is_none_or(|d| d.weekday() != w)
        {
            return nth_weekday(y, month, day as i8, w).map(TimeValue::Day);
        }
        // «أعلن صباح الأحد الموافق 13 يناير» on Thursday 10 January 2019: the 13th that is a
        // Sunday is this year's, whatever the verb's tense says; the year next to it if that
        // one is.
        if let Some(w) = weekday.and_then(weekday_of)
            && tense_year
            && self.reference.is_some()
            && date.is_some_and(|d| d.weekday() != w)
            && let Some(d) = [y - 1, y, y + 1]
                .into_iter()
                .filter_map(|y| NaiveDate::from_ymd_opt(y, month.into(), day.into()))
                .filter(|d| d.weekday() == w)
                .min_by_key(|d| self.reference.map_or(0, |r| (*d - r).num_days().abs()))
        {
            return Some(TimeValue::Day(d));
        }
        date.map(TimeValue::Day)
    }

    fn month(&self, m: MonthRef) -> Option<TimeValue> {
        let m = self.with_hijri_year(m, None);
        if let MonthRef::Named {
            month,
            year: Some(y),
            hijri: true,
            ..
        } = m
        {
            let (start, end) = hijri::month_range(y, month)?;
            return Some(TimeValue::Range { start, end });
        }
        let (year, month) = self.month_of(m, None)?;
        Some(match year {
            Some(y) => TimeValue::Month {
                year: valid_year(y)?,
                month,
            },
            None => TimeValue::Partial {
                month,
                day: None,
                end_day: None,
            },
        })
    }

    fn weekday(&self, day: u8, dir: Option<Dir>, week: Option<Dir>) -> Option<TimeValue> {
        let w = weekday_of(day)?;
        let Some(r) = self.reference else {
            return Some(TimeValue::Weekday(w));
        };
        if let Some(wd) = week {
            let monday =
                r.checked_sub_days(Days::new(u64::from(r.weekday().num_days_from_monday())))?;
            let monday = add_days(monday, 7 * i64::from(step(wd)))?;
            return add_days(monday, i64::from(w.num_days_from_monday())).map(TimeValue::Day);
        }
        // Days forward to the next such weekday (0 if today is one), and back to the last.
        let ahead = (i64::from(w.num_days_from_monday())
            - i64::from(r.weekday().num_days_from_monday()))
        .rem_euclid(7);
        let back = (7 - ahead) % 7;
        let offset = match dir {
            Some(Dir::Next) => {
                if ahead == 0 {
                    7
                } else {
                    ahead
                }
            }
            Some(Dir::Prev) => {
                if back == 0 {
                    -7
                } else {
                    -back
                }
            }
            Some(Dir::This) => ahead,
            // A bare weekday: in the direction of the verb; today if it is that day.
            None => match self.tense {
                Some(Tense::Past) => -back,
                Some(Tense::NonPast) => ahead,
                Some(Tense::Future) => ahead,
                // No verb to go by: the coming one, as a schedule reads.
                None => {
                    if ahead == 0 {
                        7
                    } else {
                        ahead
                    }
                }
            },
        };
        add_days(r, offset).map(TimeValue::Day)
    }

    fn period(&self, unit: Unit, dir: Dir) -> Option<TimeValue> {
        if self.reference.is_none() {
            return Some(TimeValue::Reference(match dir {
                Dir::This => Reference::Present,
                Dir::Next => Reference::Future,
                Dir::Prev => Reference::Past,
            }));
        }
        self.period_back(unit, -step(dir))
    }

    /// The day, week, month or year `back` units before the reference's (after it if negative).
    fn period_back(&self, unit: Unit, back: i32) -> Option<TimeValue> {
        let Some(r) = self.reference else {
            return Some(TimeValue::Reference(sign_reference(-i64::from(back))));
        };
        let s = -back;
        match unit {
            Unit::Day | Unit::Hour | Unit::Minute => add_days(r, i64::from(s)).map(TimeValue::Day),
            Unit::Week => add_days(r, 7 * i64::from(s)).map(TimeValue::week_of),
            Unit::Month => month_from(r, i64::from(s)),
            Unit::Year => year(r.year() + s),
        }
    }

    fn periods(&self, unit: Unit, n: u32, dir: Dir) -> Option<TimeValue> {
        let r = self.reference?;
        let n64 = i64::from(n);
        let (start, end) = match (unit, dir) {
            (Unit::Day, Dir::Next) => (add_days(r, 1)?, add_days(r, n64)?),
            (Unit::Day, _) => (add_days(r, -n64)?, add_days(r, -1)?),
            (Unit::Week, d) => {
                let monday = add_days(r, -i64::from(r.weekday().num_days_from_monday()))?;
                if d == Dir::Next {
                    let first = add_days(monday, 7)?;
                    (first, add_days(first, 7 * n64 - 1)?)
                } else {
                    (add_days(monday, -7 * n64)?, add_days(monday, -1)?)
                }
            }
            (Unit::Month, d) => {
                let first = r.with_day(1)?;
                if d == Dir::Next {
                    let s = first.checked_add_months(Months::new(1))?;
                    (s, s.checked_add_months(Months::new(n))?.pred_opt()?)
                } else {
                    (first.checked_sub_months(Months::new(n))?, first.pred_opt()?)
                }
            }
            (Unit::Year, d) => {
                let y = r.year();
                let n = i32::try_from(n).ok()?;
                let (first, last) = if d == Dir::Next {
                    (y + 1, y + n)
                } else {
                    (y - n, y - 1)
                };
                (
                    NaiveDate::from_ymd_opt(first, 1, 1)?,
                    NaiveDate::from_ymd_opt(last, 12, 31)?,
                )
            }
            _ => return None,
        };
        Some(TimeValue::Range { start, end })
    }

    fn shift(&self, n: i64, unit: Unit) -> Option<TimeValue> {
        let Some(r) = self.reference else {
            return Some(TimeValue::Reference(sign_reference(n)));
        };
        match unit {
            Unit::Minute | Unit::Hour => Some(TimeValue::Day(r)),
            Unit::Day => add_days(r, n).map(TimeValue::Day),
            Unit::Week => add_days(r, n.checked_mul(7)?).map(TimeValue::Day),
            Unit::Month => month_from(r, n),
            Unit::Year => year(i32::try_from(i64::from(r.year()).checked_add(n)?).ok()?),
        }
    }

    fn range(
        &self,
        first: u8,
        first_month: Option<u8>,
        last: u8,
        m: MonthRef,
    ) -> Option<TimeValue> {
        if let MonthRef::Named {
            month,
            year: Some(y),
            hijri: true,
            ..
        } = m
        {
            let end = hijri::to_gregorian(y, month, last)?;
            let start = hijri::to_gregorian(y, first_month.unwrap_or(month), first)?;
            return (start <= end).then_some(TimeValue::Range { start, end });
        }
        let (year, month) = self.month_of(m, Some(last))?;
        let start_month = first_month.unwrap_or(month);
        let Some(y) = year else {
            NaiveDate::from_ymd_opt(2000, month.into(), last.into())?;
            return (start_month == month && first < last).then_some(TimeValue::Partial {
                month,
                day: Some(first),
                end_day: Some(last),
            });
        };
        let start_year = if start_month > month { y - 1 } else { y };
        let start = NaiveDate::from_ymd_opt(start_year, start_month.into(), first.into())?;
        let end = NaiveDate::from_ymd_opt(y, month.into(), last.into())?;
        (start < end).then_some(TimeValue::Range { start, end })
    }
}

fn step(d: Dir) -> i32 {
    match d {
        Dir::Next => 1,
        Dir::Prev => -1,
        Dir::This => 0,
    }
}

/// The month `n` months after the reference's (before it if negative).
fn month_from(r: NaiveDate, n: i64) -> Option<TimeValue> {
    let first = r.with_day(1)?;
    let m = Months::new(u32::try_from(n.unsigned_abs()).ok()?);
    let d = if n < 0 {
        first.checked_sub_months(m)?
    } else {
        first.checked_add_months(m)?
    };
    Some(TimeValue::Month {
        year: d.year(),
        month: d.month() as u8,
    })
}

fn sign_reference(n: i64) -> Reference {
    match n.signum() {
        -1 => Reference::Past,
        1 => Reference::Future,
        _ => Reference::Present,
    }
}

/// The first day of `feast` in Gregorian year `y` (for Hijri feasts, within the Umm al-Qura
/// table's years).
fn feast_day(feast: Feast, y: i32) -> Option<NaiveDate> {
    let hijri = |month: u8, day: u8| {
        hijri::year_with(y, month, day).and_then(|h| hijri::to_gregorian(h, month, day))
    };
    match feast {
        Feast::Fitr => hijri(10, 1),
        Feast::Adha => hijri(12, 10),
        Feast::HijriNewYear => hijri(1, 1),
        Feast::Christmas => NaiveDate::from_ymd_opt(y, 12, 25),
        Feast::Easter => easter(y),
    }
}

/// Western Easter Sunday of year `y` (the anonymous Gregorian computus).
fn easter(y: i32) -> Option<NaiveDate> {
    if !(1583..=9999).contains(&y) {
        return None;
    }
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

fn year(y: i32) -> Option<TimeValue> {
    valid_year(y).map(TimeValue::Year)
}

/// Years TIMEX3 writes in four digits.
fn valid_year(y: i32) -> Option<i32> {
    (1..=9999).contains(&y).then_some(y)
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let date = if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs()))?
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))?
    };
    valid_year(date.year()).map(|_| date)
}

fn month_end(y: i32, m: u8) -> Option<NaiveDate> {
    TimeValue::Month { year: y, month: m }.end()
}

fn weekday_of(iso: u8) -> Option<Weekday> {
    Weekday::try_from(iso.checked_sub(1)?).ok()
}

/// The nth weekday of a month (n ≥ 1), or the last one (n = −1).
fn nth_weekday(y: i32, m: u8, n: i8, w: Weekday) -> Option<NaiveDate> {
    if n < 0 {
        let mut d = month_end(y, m)?;
        while d.weekday() != w {
            d = d.pred_opt()?;
        }
        return Some(d);
    }
    let n = u8::try_from(n).ok().filter(|&n| n >= 1)?;
    NaiveDate::from_weekday_of_month_opt(y, m.into(), w, n)
}

fn duration_unit(u: Unit) -> DurationUnit {
    match u {
        Unit::Minute => DurationUnit::Minute,
        Unit::Hour => DurationUnit::Hour,
        Unit::Day => DurationUnit::Day,
        Unit::Week => DurationUnit::Week,
        Unit::Month => DurationUnit::Month,
        Unit::Year => DurationUnit::Year,
    }
}

/// The part of a month a modifier names (see [`super::ModifierValues::Narrow`]); any other
/// value is returned as it is.
pub(crate) fn narrow(value: TimeValue, m: Mod) -> TimeValue {
    let (year, month) = match value {
        TimeValue::Month { year, month } => (year, month),
        TimeValue::Partial {
            month,
            day: None,
            end_day: None,
        } => return narrow_partial(value, month, m),
        _ => return value,
    };
    let day = |d: u32| NaiveDate::from_ymd_opt(year, u32::from(month), d);
    let Some(last) = (28..=31).rev().find_map(day) else {
        return value;
    };
    let days = |from: u32, to: Option<NaiveDate>| match (day(from), to) {
        (Some(start), Some(end)) => TimeValue::Range { start, end },
        _ => value,
    };
    match m {
        Mod::Start => day(1).map_or(value, TimeValue::Day),
        Mod::Mid => day(15).map_or(value, TimeValue::Day),
        Mod::End => TimeValue::Day(last),
        Mod::EarlyDays => days(1, day(10)),
        Mod::MidDays => days(11, day(20)),
        Mod::LateDays => days(21, Some(last)),
        Mod::FirstHalf => days(1, day(15)),
        Mod::SecondHalf => days(16, Some(last)),
    }
}

/// [`narrow`] for a month whose year is unknown: February's last days are left open.
fn narrow_partial(value: TimeValue, month: u8, m: Mod) -> TimeValue {
    let last = match month {
        4 | 6 | 9 | 11 => Some(30),
        2 => None,
        _ => Some(31),
    };
    let part = |day: u8, end_day: Option<u8>| TimeValue::Partial {
        month,
        day: Some(day),
        end_day,
    };
    match (m, last) {
        (Mod::Start, _) => part(1, None),
        (Mod::Mid, _) => part(15, None),
        (Mod::EarlyDays, _) => part(1, Some(10)),
        (Mod::MidDays, _) => part(11, Some(20)),
        (Mod::End, Some(l)) => part(l, None),
        (Mod::LateDays, Some(l)) => part(21, Some(l)),
        (Mod::FirstHalf, _) => part(1, Some(15)),
        (Mod::SecondHalf, Some(l)) => part(16, Some(l)),
        (Mod::End | Mod::LateDays | Mod::SecondHalf, None) => value,
    }
}
