//! Hijri dates, converted with the Umm al-Qura calendar.
//!
//! The calendar is a table, not arithmetic: `umm_al_qura.txt` lists, for each Hijri year from
//! 1343 to 1500, the lengths of its twelve months, from the month starts published with the
//! Umm al-Qura calendar (as the PyPI package `hijridate` carries them). 1 Muharram 1343 is
//! 1 August 1924. The few 28- and 31-day months of the early years are in the source too.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};

const FIRST_YEAR: i32 = 1343;

/// For each Hijri month from Muharram 1343, the day number (days since 1 Muharram 1343) it
/// starts on; one more entry closes the last month.
static MONTH_STARTS: LazyLock<Vec<u32>> = LazyLock::new(|| {
    let mut starts = vec![0u32];
    for line in include_str!("umm_al_qura.txt").lines() {
        for len in line.split_whitespace().skip(1) {
            let len: u32 = len.parse().expect("umm_al_qura.txt holds month lengths");
            let last = *starts.last().expect("starts is never empty");
            starts.push(last + len);
        }
    }
    starts
});

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1924, 8, 1).expect("1924-08-01 is a date")
}

/// The Gregorian day of a Hijri date, or `None` outside 1343–1500 AH or for a day the month
/// does not have.
pub(crate) fn to_gregorian(year: i32, month: u8, day: u8) -> Option<NaiveDate> {
    let (first, len) = month_bounds(year, month)?;
    if day == 0 || u32::from(day) > len {
        return None;
    }
    epoch().checked_add_days(chrono::Days::new(u64::from(first + u32::from(day) - 1)))
}

/// The first and last Gregorian days of a Hijri month.
pub(crate) fn month_range(year: i32, month: u8) -> Option<(NaiveDate, NaiveDate)> {
    let (first, len) = month_bounds(year, month)?;
    let start = epoch().checked_add_days(chrono::Days::new(u64::from(first)))?;
    Some((
        start,
        start.checked_add_days(chrono::Days::new(u64::from(len - 1)))?,
    ))
}

/// The Hijri year whose `month` and `day` fall in Gregorian year `g` (the first, when two
/// do): of the Hijri year that begins in or before January of `g` and the next one.
pub(crate) fn year_with(g: i32, month: u8, day: u8) -> Option<i32> {
    let (h, _, _) = from_gregorian(NaiveDate::from_ymd_opt(g, 1, 1)?)?;
    [h, h + 1]
        .into_iter()
        .find(|&h| to_gregorian(h, month, day).is_some_and(|d| d.year() == g))
}

/// The Hijri (year, month, day) of a Gregorian day, or `None` outside the table.
pub(crate) fn from_gregorian(date: NaiveDate) -> Option<(i32, u8, u8)> {
    let days = u32::try_from((date - epoch()).num_days()).ok()?;
    let starts = &*MONTH_STARTS;
    // The last entry only closes the last month.
    let index = starts.partition_point(|&s| s <= days).checked_sub(1)?;
    if index + 1 >= starts.len() {
        return None;
    }
    let year = FIRST_YEAR + i32::try_from(index / 12).ok()?;
    let month = u8::try_from(index % 12 + 1).ok()?;
    let day = u8::try_from(days - starts[index] + 1).ok()?;
    Some((year, month, day))
}

fn month_bounds(year: i32, month: u8) -> Option<(u32, u32)> {
    if !(1..=12).contains(&month) || year < FIRST_YEAR {
        return None;
    }
    let index = usize::try_from(year - FIRST_YEAR).ok()? * 12 + usize::from(month) - 1;
    let starts = &*MONTH_STARTS;
    let (first, next) = (*starts.get(index)?, *starts.get(index + 1)?);
    Some((first, next - first))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn known_days() {
        assert_eq!(to_gregorian(1343, 1, 1), Some(ymd(1924, 8, 1)));
        assert_eq!(to_gregorian(1439, 7, 29), Some(ymd(2018, 4, 15)));
        assert_eq!(to_gregorian(1444, 10, 29), Some(ymd(2023, 5, 19)));
        assert_eq!(to_gregorian(1440, 9, 25), Some(ymd(2019, 5, 30)));
        assert_eq!(to_gregorian(1445, 9, 1), Some(ymd(2024, 3, 11)));
        assert_eq!(to_gregorian(1500, 12, 30), Some(ymd(2077, 11, 16)));
    }

    #[test]
    fn out_of_table_or_impossible_days_are_none() {
        assert_eq!(to_gregorian(1342, 12, 1), None);
        assert_eq!(to_gregorian(1501, 1, 1), None);
        assert_eq!(to_gregorian(9999, 1, 1), None);
        assert_eq!(to_gregorian(1440, 9, 31), None);
        assert_eq!(to_gregorian(1440, 13, 1), None);
        assert_eq!(to_gregorian(1440, 9, 0), None);
    }

    #[test]
    fn gregorian_days_convert_back() {
        for (y, m, d) in [(1343, 1, 1), (1440, 9, 25), (1444, 10, 29), (1500, 12, 30)] {
            let g = to_gregorian(y, m, d).unwrap();
            assert_eq!(from_gregorian(g), Some((y, m, d)));
        }
        assert_eq!(from_gregorian(ymd(1924, 7, 31)), None);
        assert_eq!(from_gregorian(ymd(2077, 11, 17)), None);
        assert_eq!(from_gregorian(ymd(2019, 1, 10)), Some((1440, 5, 4)));
    }

    #[test]
    fn months_cover_their_days() {
        let (a, b) = month_range(1444, 9).unwrap();
        assert_eq!(a, ymd(2023, 3, 23));
        // Ramadan 1444 had 29 days: Shawwal began on 21 April 2023.
        assert_eq!(b, ymd(2023, 4, 20));
    }
}
