//! The temporal layer: the grammar finds expressions, resolution gives them TIMEX3 values.

mod expr;
mod hijri;
mod resolve;
mod tense;
mod value;

use std::fmt;
use std::ops::Range;

use chrono::NaiveDate;
use serde::Serialize;

use crate::lexicon::{Mod, Unit};
use crate::text::{CharIndex, Normalized, Tokens};
use expr::{MonthRef, Raw};

pub(crate) use tense::after_ala_an;
pub use value::{Duration, DurationUnit, Reference, TimeType, TimeValue};

/// A temporal expression found in a document: where it is, what it says, and its value.
///
/// # Example
///
/// ```
/// use arabic_timeline::{Document, Extractor, TimeType};
/// use chrono::NaiveDate;
///
/// let text = "يعقد الاجتماع في السادس من شباط/فبراير المقبل";
/// let doc = Document::new("demo", text).published(NaiveDate::from_ymd_opt(2019, 1, 20).unwrap());
/// let date = &Extractor::new().extract(&doc).dates[0];
/// assert_eq!(&text[date.span.clone()], "السادس من شباط/فبراير المقبل");
/// assert_eq!(date.value.to_string(), "2019-02-06");
/// assert_eq!(date.time_type(), TimeType::Date);
/// assert_eq!(date.rule, "day_month");
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct TimeExpr {
    /// UTF-8 byte offsets into the caller's text: `&text[span]` is the expression.
    pub span: Range<usize>,
    /// The same span in Unicode scalar values (characters), for Python and JavaScript callers.
    pub char_span: Range<usize>,
    /// The expression as it stands in the caller's text.
    pub text: String,
    /// Its normalized value.
    pub value: TimeValue,
    /// A modifier the expression carries («مطلع», «منتصف», «أواخر»), kept out of the value.
    pub modifier: Option<Modifier>,
    /// The name of the grammar rule that found it, for explaining and reporting a result.
    pub rule: &'static str,
}

/// The part of a period a modifier names (TIMEX3 `mod`: `START`, `MID`, `END`).
///
/// ```
/// use arabic_timeline::{Document, Extractor, Modifier};
///
/// let date = &Extractor::new().dates(&Document::new("x", "في أواخر تشرين الأول 2019"))[0];
/// assert_eq!((date.value.to_string(), date.modifier), ("2019-10".to_owned(), Some(Modifier::End)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Modifier {
    /// «مطلع», «بداية», «أوائل».
    Start,
    /// «منتصف», «أواسط».
    Mid,
    /// «أواخر», «نهاية», «وقت متأخر من».
    End,
}

/// What value a date with a modifier («مطلع», «منتصف», «أواخر») takes.
///
/// The modifier itself is always reported in [`TimeExpr::modifier`].
///
/// # Example
///
/// ```
/// use arabic_timeline::{Document, Extractor, ModifierValues};
/// use chrono::NaiveDate;
///
/// let doc = Document::new("x", "في أواخر آذار ومنتصف نيسان 2019")
///     .published(NaiveDate::from_ymd_opt(2019, 1, 1).unwrap());
/// let values = |e: Extractor| -> Vec<String> {
///     e.dates(&doc).iter().map(|d| d.value.to_string()).collect()
/// };
/// assert_eq!(values(Extractor::new()), ["2019-03", "2019-04"]);
/// let narrow = Extractor::builder().modifier_values(ModifierValues::Narrow).build();
/// assert_eq!(values(narrow), ["2019-03-21/2019-03-31", "2019-04-15"]);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifierValues {
    /// The whole period, as TIMEX3 and the annotation guidelines have it: «أواخر تشرين الأول
    /// 2019» is `2019-10` with `mod` `END`.
    #[default]
    Period,
    /// The part of a month the modifier names, as Duckling reads it: its first day («بداية»,
    /// «مطلع»), its first ten days («أوائل»), the 15th («منتصف», «نصف»), days 11 to 20
    /// («أواسط»), days 21 to its end («أواخر»), its last day («نهاية»). Years, weeks and
    /// other values keep their period.
    Narrow,
}

impl TimeExpr {
    /// The JSON `type` of the expression: `date`, `duration` or `range`.
    ///
    /// ```
    /// use arabic_timeline::{Document, Extractor, TimeType};
    ///
    /// let dates = Extractor::new().dates(&Document::new("x", "من 12 إلى 14 شباط 2018 مدة ثلاثة أيام"));
    /// let types: Vec<TimeType> = dates.iter().map(|d| d.time_type()).collect();
    /// assert_eq!(types, [TimeType::Range, TimeType::Duration]);
    /// ```
    pub fn time_type(&self) -> TimeType {
        self.value.time_type()
    }
}

impl fmt::Display for TimeExpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} «{}» [{}..{}]",
            self.value, self.text, self.span.start, self.span.end
        )
    }
}

impl fmt::Debug for TimeExpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TimeExpr")
            .field("span", &self.span)
            .field("text", &self.text)
            .field("value", &self.value)
            .field("modifier", &self.modifier)
            .field("rule", &self.rule)
            .finish()
    }
}

impl Serialize for TimeExpr {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Json<'a> {
            start: usize,
            end: usize,
            char_start: usize,
            char_end: usize,
            text: &'a str,
            value: &'a TimeValue,
            #[serde(rename = "type")]
            kind: TimeType,
            #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
            modifier: Option<Modifier>,
            rule: &'a str,
        }
        Json {
            start: self.span.start,
            end: self.span.end,
            char_start: self.char_span.start,
            char_end: self.char_span.end,
            text: &self.text,
            value: &self.value,
            kind: self.time_type(),
            modifier: self.modifier,
            rule: self.rule,
        }
        .serialize(s)
    }
}

/// Finds and resolves every temporal expression of a normalized text; each comes with the
/// tokens it covers.
/// Whether tokens `start..end` are one word in quotation marks: the name of a newspaper or a
/// programme («لـ"الغد"», «صحيفة "اليوم"»), not a day.
fn quoted_word(tokens: &Tokens<'_>, start: usize, end: usize) -> bool {
    let quote = |k: Option<usize>| {
        k.and_then(|k| tokens.toks.get(k))
            .is_some_and(|t| t.is_quote())
    };
    end == start + 1 && quote(start.checked_sub(1)) && quote(Some(end))
}

pub(crate) fn find_dates(
    norm: &Normalized<'_>,
    tokens: &Tokens<'_>,
    chars: &CharIndex,
    reference: Option<NaiveDate>,
    modifiers: ModifierValues,
) -> Vec<(TimeExpr, Range<usize>)> {
    let original = norm.original();
    let mut out: Vec<(TimeExpr, Range<usize>)> = Vec::new();
    // The Hijri day last pushed, if the last expression was one: its index in `out`.
    let mut hijri_day: Option<usize> = None;
    for found in expr::find_all(tokens) {
        if quoted_word(tokens, found.start, found.end) {
            continue;
        }
        let tense = tense::tense_around(tokens, found.start, found.end);
        let anchor = following_anchor(tokens, &found, &out).or(reference);
        let Some(mut value) = resolve::resolve(found.raw, anchor, tense) else {
            continue;
        };
        if let (ModifierValues::Narrow, Some(m)) = (modifiers, found.modifier) {
            value = resolve::narrow(value, m);
        }
        let first = &tokens.toks[found.start];
        let span = norm.original_span(first.stem..tokens.toks[found.end - 1].end);
        if span.is_empty() {
            continue;
        }
        let expr = TimeExpr {
            text: original[span.clone()].to_owned(),
            char_span: chars.span(&span),
            span,
            value,
            modifier: found.modifier.map(|m| match m {
                Mod::Start | Mod::EarlyDays | Mod::FirstHalf => Modifier::Start,
                Mod::Mid | Mod::MidDays => Modifier::Mid,
                Mod::End | Mod::LateDays | Mod::SecondHalf => Modifier::End,
            }),
            rule: found.rule,
        };
        // «الثلاثاء 14 صفر 1446هـ الموافق 20 أغسطس 2024م»: the text tells the Gregorian day of
        // its Hijri one, and that day stands for both when a calendar other than Umm al-Qura
        // (a sighting a day apart) gave the Hijri date.
        if let Some(h) = hijri_day.take()
            && let TimeValue::Day(day) = expr.value
            && matches!(out[h].0.value, TimeValue::Day(_))
            && equivalence_between(tokens, out[h].1.end, found.start)
        {
            out[h].0.value = TimeValue::Day(day);
        }
        let hijri = matches!(
            found.raw,
            Raw::Date {
                month: MonthRef::Named { hijri: true, .. },
                ..
            }
        );
        if hijri {
            hijri_day = Some(out.len());
        }
        out.push((expr, found.start..found.end));
    }
    out
}

/// The day «العام التالي», «الشهر التالي» follow from: the first day of the sentence's last
/// date before them, when that date is as fine as the unit («تأسست عام 2009 … وانضمت إليها
/// جنوب أفريقيا في العام التالي» is 2010). Else they follow the reference, as «المقبل» does.
fn following_anchor(
    tokens: &Tokens<'_>,
    found: &expr::Found,
    out: &[(TimeExpr, Range<usize>)],
) -> Option<NaiveDate> {
    let expr::Raw::Period { unit, .. } = found.raw else {
        return None;
    };
    if !matches!(tokens.raw(found.end - 1), "التالي" | "التاليه") {
        return None;
    }
    let (prev, at) = out.last()?;
    if (at.end..found.start).any(|k| tokens.toks[k].ends_sentence()) {
        return None;
    }
    let fine_enough = matches!(
        (unit, &prev.value),
        (_, TimeValue::Day(_))
            | (Unit::Week, TimeValue::Week { .. })
            | (
                Unit::Month | Unit::Year,
                TimeValue::Month { .. } | TimeValue::Range { .. }
            )
            | (Unit::Year, TimeValue::Year(_))
    );
    fine_enough.then(|| prev.value.start()).flatten()
}

/// Whether tokens `from..to` join two sides of one day: «الموافق» with a comma at most, or
/// nothing when the first side took «الموافق» in.
fn equivalence_between(tokens: &Tokens<'_>, from: usize, to: usize) -> bool {
    let joined = from > 0 && tokens.raw(from - 1) == "الموافق";
    to >= from
        && to - from <= 2
        && (from..to).all(|k| tokens.raw(k) == "الموافق" || tokens.is_comma(k))
        && (joined || (from..to).any(|k| tokens.raw(k) == "الموافق"))
}
