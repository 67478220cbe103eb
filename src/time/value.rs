//! [`TimeValue`]: what a temporal expression fixes, written as TIMEX3.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::Error;

/// The value of a temporal expression: what the text fixes, and no more.
///
/// `Display` writes the TIMEX3 value (`2019-02-06`, `2019-02`, `2019`, `2019-W44`,
/// `2018-02-12/2018-02-14`, `P2D`, `XXXX-02-06`, `PRESENT_REF`); [`FromStr`] reads it back, and
/// serde uses the same string.
///
/// Values order as a timeline does: dated values by their first day, finer before coarser on the
/// same day; then values whose year is unknown, vague references and durations.
///
/// # Example
///
/// ```
/// use arabic_timeline::TimeValue;
///
/// let day: TimeValue = "2019-02-06".parse()?;
/// let month: TimeValue = "2019-02".parse()?;
/// assert!(day > month, "the 6th starts after the 1st, where the month starts");
/// assert!("2019-02-01".parse::<TimeValue>()? < month, "finer first on the same start");
/// assert_eq!("XXXX-02-06".parse::<TimeValue>()?.to_string(), "XXXX-02-06");
/// assert!("2019-02-30".parse::<TimeValue>().is_err());
/// # Ok::<(), arabic_timeline::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimeValue {
    /// A calendar day: `2019-02-06`.
    Day(NaiveDate),
    /// A month of a year: `2019-02`.
    Month {
        /// The year.
        year: i32,
        /// The month, 1–12.
        month: u8,
    },
    /// A year: `2019`.
    Year(i32),
    /// An ISO 8601 week: `2019-W44`.
    Week {
        /// The ISO week-numbering year.
        year: i32,
        /// The week, 1–53.
        week: u8,
    },
    /// An inclusive range of days: `2018-02-12/2018-02-14`.
    Range {
        /// The first day.
        start: NaiveDate,
        /// The last day (inclusive).
        end: NaiveDate,
    },
    /// A day or month whose year the text does not fix and no reference date supplies:
    /// `XXXX-02-06`, `XXXX-02`, or a range of such days `XXXX-02-12/XXXX-02-14`.
    Partial {
        /// The month, 1–12.
        month: u8,
        /// The day of the month, if given.
        day: Option<u8>,
        /// The last day of a range within the month, if the expression is a range.
        end_day: Option<u8>,
    },
    /// A weekday not tied to a week: `XXXX-WXX-4` (Thursday).
    Weekday(Weekday),
    /// An amount of time: `P2D`.
    Duration(Duration),
    /// A vague reference to the present, past or future: `PRESENT_REF`.
    Reference(Reference),
}

/// An amount of time, written as an ISO 8601 duration (`P2D`, `P3W`, `P4Y`, `PT5H`).
///
/// ```
/// use arabic_timeline::{Duration, DurationUnit, TimeValue};
///
/// let v: TimeValue = "P2W".parse()?;
/// assert_eq!(v, TimeValue::Duration(Duration { amount: 2, unit: DurationUnit::Week }));
/// # Ok::<(), arabic_timeline::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Duration {
    /// How many units.
    pub amount: u32,
    /// Which unit.
    pub unit: DurationUnit,
}

/// The unit of a [`Duration`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DurationUnit {
    /// Minutes (`PT5M`).
    Minute,
    /// Hours (`PT5H`).
    Hour,
    /// Days (`P2D`).
    Day,
    /// Weeks (`P2W`).
    Week,
    /// Months (`P2M`).
    Month,
    /// Years (`P2Y`).
    Year,
}

/// A vague temporal reference (TIMEX3 `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`).
///
/// ```
/// use arabic_timeline::{Reference, TimeValue};
///
/// assert_eq!(TimeValue::Reference(Reference::Present).to_string(), "PRESENT_REF");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reference {
    /// «الآن», «حاليا».
    Present,
    /// «سابقا», or a past day word without a reference date.
    Past,
    /// «المستقبل», «مستقبلا», or a future day word without a reference date.
    Future,
}

/// The grammatical type of a temporal expression, as the JSON `type` field names it.
///
/// ```
/// use arabic_timeline::{TimeType, TimeValue};
///
/// assert_eq!("2018-02-12/2018-02-14".parse::<TimeValue>()?.time_type(), TimeType::Range);
/// # Ok::<(), arabic_timeline::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeType {
    /// A point or period of the calendar.
    Date,
    /// An amount of time.
    Duration,
    /// A range of days.
    Range,
}

impl TimeValue {
    /// The first day the value covers, when it is tied to the calendar.
    ///
    /// ```
    /// use arabic_timeline::TimeValue;
    /// use chrono::NaiveDate;
    ///
    /// let week: TimeValue = "2019-W45".parse()?;
    /// assert_eq!(week.start(), NaiveDate::from_ymd_opt(2019, 11, 4));
    /// assert_eq!("P2D".parse::<TimeValue>()?.start(), None);
    /// # Ok::<(), arabic_timeline::Error>(())
    /// ```
    pub fn start(&self) -> Option<NaiveDate> {
        match *self {
            TimeValue::Day(d) => Some(d),
            TimeValue::Month { year, month } => NaiveDate::from_ymd_opt(year, month.into(), 1),
            TimeValue::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1),
            TimeValue::Week { year, week } => {
                NaiveDate::from_isoywd_opt(year, week.into(), Weekday::Mon)
            }
            TimeValue::Range { start, .. } => Some(start),
            _ => None,
        }
    }

    /// The last day the value covers, when it is tied to the calendar.
    ///
    /// ```
    /// use arabic_timeline::TimeValue;
    /// use chrono::NaiveDate;
    ///
    /// let month: TimeValue = "2024-02".parse()?;
    /// assert_eq!(month.end(), NaiveDate::from_ymd_opt(2024, 2, 29));
    /// # Ok::<(), arabic_timeline::Error>(())
    /// ```
    pub fn end(&self) -> Option<NaiveDate> {
        match *self {
            TimeValue::Day(d) => Some(d),
            TimeValue::Month { year, month } => {
                let next = if month == 12 {
                    NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(year, u32::from(month) + 1, 1)
                };
                next?.pred_opt()
            }
            TimeValue::Year(y) => NaiveDate::from_ymd_opt(y, 12, 31),
            TimeValue::Week { year, week } => {
                NaiveDate::from_isoywd_opt(year, week.into(), Weekday::Sun)
            }
            TimeValue::Range { end, .. } => Some(end),
            _ => None,
        }
    }

    /// The JSON `type` of an expression with this value: `range`, `duration` or `date`.
    pub fn time_type(&self) -> TimeType {
        match self {
            TimeValue::Range { .. } => TimeType::Range,
            TimeValue::Partial {
                end_day: Some(_), ..
            } => TimeType::Range,
            TimeValue::Duration(_) => TimeType::Duration,
            _ => TimeType::Date,
        }
    }

    /// The ISO week of a day, as a value.
    pub(crate) fn week_of(day: NaiveDate) -> TimeValue {
        let w = day.iso_week();
        TimeValue::Week {
            year: w.year(),
            week: w.week() as u8,
        }
    }

    /// Rank of precision on a shared start: finer first.
    fn precision(&self) -> u8 {
        match self {
            TimeValue::Day(_) => 0,
            TimeValue::Range { .. } => 1,
            TimeValue::Week { .. } => 2,
            TimeValue::Month { .. } => 3,
            TimeValue::Year(_) => 4,
            _ => 5,
        }
    }

    /// Which block of the order the value sorts in.
    fn block(&self) -> u8 {
        match self {
            TimeValue::Partial { .. } | TimeValue::Weekday(_) => 1,
            TimeValue::Reference(_) => 2,
            TimeValue::Duration(_) => 3,
            _ => 0,
        }
    }
}

impl Ord for TimeValue {
    fn cmp(&self, other: &Self) -> Ordering {
        self.block()
            .cmp(&other.block())
            .then_with(|| self.start().cmp(&other.start()))
            .then_with(|| self.precision().cmp(&other.precision()))
            .then_with(|| self.end().cmp(&other.end()))
            .then_with(|| self.to_string().cmp(&other.to_string()))
    }
}

impl PartialOrd for TimeValue {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for TimeValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            TimeValue::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            TimeValue::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            TimeValue::Year(y) => write!(f, "{y:04}"),
            TimeValue::Week { year, week } => write!(f, "{year:04}-W{week:02}"),
            TimeValue::Range { start, end } => {
                write!(f, "{}/{}", start.format("%Y-%m-%d"), end.format("%Y-%m-%d"))
            }
            TimeValue::Partial {
                month,
                day,
                end_day,
            } => {
                write!(f, "XXXX-{month:02}")?;
                if let Some(d) = day {
                    write!(f, "-{d:02}")?;
                }
                if let Some(e) = end_day {
                    write!(f, "/XXXX-{month:02}-{e:02}")?;
                }
                Ok(())
            }
            TimeValue::Weekday(w) => write!(f, "XXXX-WXX-{}", w.number_from_monday()),
            TimeValue::Duration(d) => d.fmt(f),
            TimeValue::Reference(r) => r.fmt(f),
        }
    }
}

impl fmt::Debug for TimeValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TimeValue({self})")
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (time, letter) = match self.unit {
            DurationUnit::Minute => (true, 'M'),
            DurationUnit::Hour => (true, 'H'),
            DurationUnit::Day => (false, 'D'),
            DurationUnit::Week => (false, 'W'),
            DurationUnit::Month => (false, 'M'),
            DurationUnit::Year => (false, 'Y'),
        };
        write!(f, "P{}{}{letter}", if time { "T" } else { "" }, self.amount)
    }
}

impl fmt::Debug for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Duration({self})")
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Reference::Present => "PRESENT_REF",
            Reference::Past => "PAST_REF",
            Reference::Future => "FUTURE_REF",
        })
    }
}

impl FromStr for TimeValue {
    type Err = Error;

    fn from_str(s: &str) -> Result<TimeValue, Error> {
        parse_timex(s).ok_or_else(|| Error::timex(s))
    }
}

fn num<T: FromStr>(s: &str, len: usize) -> Option<T> {
    (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
}

fn parse_day(s: &str) -> Option<NaiveDate> {
    let mut parts = s.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(num(y, 4)?, num(m, 2)?, num(d, 2)?)
}

fn parse_timex(s: &str) -> Option<TimeValue> {
    match s {
        "PRESENT_REF" => return Some(TimeValue::Reference(Reference::Present)),
        "PAST_REF" => return Some(TimeValue::Reference(Reference::Past)),
        "FUTURE_REF" => return Some(TimeValue::Reference(Reference::Future)),
        _ => {}
    }
    if let Some(rest) = s.strip_prefix('P') {
        return parse_duration(rest).map(TimeValue::Duration);
    }
    if let Some(w) = s.strip_prefix("XXXX-WXX-") {
        let n: u8 = num(w, 1)?;
        return Some(TimeValue::Weekday(
            Weekday::try_from(n.checked_sub(1)?).ok()?,
        ));
    }
    if let Some((a, b)) = s.split_once('/') {
        if let (Some(start), Some(end)) = (parse_day(a), parse_day(b)) {
            return (start <= end).then_some(TimeValue::Range { start, end });
        }
        let (
            TimeValue::Partial {
                month,
                day: Some(d),
                end_day: None,
            },
            TimeValue::Partial {
                month: m2,
                day: Some(e),
                end_day: None,
            },
        ) = (parse_timex(a)?, parse_timex(b)?)
        else {
            return None;
        };
        return (month == m2 && d <= e).then_some(TimeValue::Partial {
            month,
            day: Some(d),
            end_day: Some(e),
        });
    }
    if let Some(rest) = s.strip_prefix("XXXX-") {
        let (m, d) = match rest.split_once('-') {
            Some((m, d)) => (m, Some(d)),
            None => (rest, None),
        };
        let month: u8 = num(m, 2)?;
        let day: Option<u8> = match d {
            Some(d) => Some(num(d, 2)?),
            None => None,
        };
        // Valid in some year: the 29th of February is, the 30th never.
        NaiveDate::from_ymd_opt(2000, month.into(), day.unwrap_or(1).into())?;
        return Some(TimeValue::Partial {
            month,
            day,
            end_day: None,
        });
    }
    let parts: Vec<&str> = s.split('-').collect();
    match parts.as_slice() {
        [y] => {
            let year: i32 = num(y, 4)?;
            Some(TimeValue::Year(year))
        }
        [y, w] if w.starts_with('W') => {
            let (year, week): (i32, u32) = (num(y, 4)?, num(&w[1..], 2)?);
            NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)?;
            Some(TimeValue::Week {
                year,
                week: week as u8,
            })
        }
        [y, m] => {
            let (year, month): (i32, u8) = (num(y, 4)?, num(m, 2)?);
            (1..=12)
                .contains(&month)
                .then_some(TimeValue::Month { year, month })
        }
        [_, _, _] => parse_day(s).map(TimeValue::Day),
        _ => None,
    }
}

fn parse_duration(rest: &str) -> Option<Duration> {
    let (time, rest) = match rest.strip_prefix('T') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let letter = rest.chars().last()?;
    let digits = &rest[..rest.len() - letter.len_utf8()];
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let amount = digits.parse().ok()?;
    let unit = match (time, letter) {
        (true, 'M') => DurationUnit::Minute,
        (true, 'H') => DurationUnit::Hour,
        (false, 'D') => DurationUnit::Day,
        (false, 'W') => DurationUnit::Week,
        (false, 'M') => DurationUnit::Month,
        (false, 'Y') => DurationUnit::Year,
        _ => return None,
    };
    Some(Duration { amount, unit })
}

impl Serialize for TimeValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<TimeValue, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timex_round_trips() {
        for s in [
            "2019-02-06",
            "2019-02",
            "2019",
            "2019-W44",
            "2018-02-12/2018-02-14",
            "P2D",
            "P3W",
            "P4Y",
            "P2M",
            "PT5H",
            "PT30M",
            "XXXX-02-06",
            "XXXX-02",
            "XXXX-02-29",
            "XXXX-02-12/XXXX-02-14",
            "XXXX-WXX-4",
            "PRESENT_REF",
            "PAST_REF",
            "FUTURE_REF",
        ] {
            let v: TimeValue = s.parse().unwrap_or_else(|e| panic!("{s}: {e}"));
            assert_eq!(v.to_string(), s);
        }
    }

    #[test]
    fn bad_timex_is_an_error_naming_the_input() {
        for s in [
            "",
            "2019-02-30",
            "2019-13",
            "2019-W54",
            "XXXX-02-30",
            "P",
            "PxD",
            "2018-02-14/2018-02-12",
            "19",
            "２０１９",
        ] {
            let err = s.parse::<TimeValue>().expect_err(s);
            assert!(err.to_string().contains(&format!("{s:?}")), "{err}");
        }
    }

    #[test]
    fn order_is_start_then_precision() {
        let mut v: Vec<TimeValue> = [
            "P2D",
            "2019",
            "2019-02",
            "2019-02-01",
            "2019-W05",
            "XXXX-02",
            "2018-12-31",
            "PRESENT_REF",
        ]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
        v.sort();
        let got: Vec<String> = v.iter().map(ToString::to_string).collect();
        assert_eq!(
            got,
            [
                "2018-12-31",
                "2019",
                "2019-W05",
                "2019-02-01",
                "2019-02",
                "XXXX-02",
                "PRESENT_REF",
                "P2D"
            ]
        );
    }

    #[test]
    fn serde_uses_the_timex_string() {
        let v: TimeValue = "2019-W44".parse().unwrap();
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(json, "\"2019-W44\"");
        assert_eq!(serde_json::from_str::<TimeValue>(&json).unwrap(), v);
        assert!(serde_json::from_str::<TimeValue>("\"2019-02-30\"").is_err());
    }
}
