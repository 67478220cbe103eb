//! Numbers in digits and in words, cardinal and ordinal.
//!
//! The readers here work on tokens for the temporal layer and the event extractors; [`parse_number`]
//! and [`parse_ordinal`] read a whole phrase for callers who have one.

use crate::lexicon::{LEXICON, NumWord, Term};
use crate::text::{Kind, Normalized, Tokens};

/// A number read from tokens: its value and the tokens it took (`end` is exclusive).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct NumberAt {
    pub(crate) value: f64,
    /// The value when it is a whole number that fits in `u64`.
    pub(crate) int: Option<u64>,
    pub(crate) end: usize,
    /// Whether it was written in digits.
    pub(crate) digits: bool,
}

/// The largest digit run read as a number; longer runs are not numbers (ids, phone numbers).
const MAX_DIGITS: usize = 15;

/// Reads a cardinal number at token `i`: digits (with a decimal part and a scale word:
/// «2.4 مليار», «10 آلاف») or number words («تسعة وسبعين», «ثلاثة آلاف وخمسمائة»).
pub(crate) fn cardinal_at(t: &Tokens<'_>, i: usize) -> Option<NumberAt> {
    match t.toks.get(i)?.kind {
        Kind::Digits => digits_at(t, i),
        Kind::Word => words_at(t, i, false),
        Kind::Punct { .. } => None,
    }
}

/// Reads an integer written in digits at token `i` (no decimal part, no scale word).
pub(crate) fn integer_at(t: &Tokens<'_>, i: usize) -> Option<u64> {
    let tok = t.toks.get(i)?;
    if tok.kind != Kind::Digits || tok.end - tok.start > MAX_DIGITS {
        return None;
    }
    t.raw(i).parse().ok()
}

fn digits_at(t: &Tokens<'_>, i: usize) -> Option<NumberAt> {
    let whole = integer_at(t, i)?;
    let mut value = whole as f64;
    let mut int = Some(whole);
    let mut end = i + 1;
    // Thousands groups «1,000,000» and a decimal part «2.4».
    while t.touching(end - 1)
        && t.toks.get(end).is_some_and(|p| p.is_punct(','))
        && t.touching(end)
        && t.toks
            .get(end + 1)
            .is_some_and(|d| d.kind == Kind::Digits && d.end - d.start == 3)
    {
        let group = integer_at(t, end + 1)?;
        int = int
            .and_then(|v| v.checked_mul(1000))
            .and_then(|v| v.checked_add(group));
        value = value * 1000.0 + group as f64;
        end += 2;
    }
    if t.touching(end - 1)
        && t.toks.get(end).is_some_and(|p| p.is_punct('.'))
        && t.touching(end)
        && t.toks.get(end + 1).is_some_and(|d| d.kind == Kind::Digits)
    {
        let frac = t.raw(end + 1);
        if frac.len() <= MAX_DIGITS {
            value += format!("0.{frac}").parse::<f64>().unwrap_or(0.0);
            if frac.bytes().any(|b| b != b'0') {
                int = None;
            }
            end += 2;
        }
    }
    if let Some((scale, _)) = t.find(end, scale_of) {
        value *= scale as f64;
        int = int
            .and_then(|v| v.checked_mul(scale))
            .or_else(|| whole_value(value));
        end += 1;
    }
    Some(NumberAt {
        value,
        int,
        end,
        digits: true,
    })
}

fn whole_value(v: f64) -> Option<u64> {
    (v.fract() == 0.0 && (0.0..1e18).contains(&v)).then_some(v as u64)
}

fn scale_of(term: Term) -> Option<u64> {
    match term {
        Term::Num {
            word: NumWord::Scale(s),
            article: false,
        } => Some(NumWord::scale(s)),
        _ => None,
    }
}

fn num_word(term: Term, article: bool) -> Option<NumWord> {
    match term {
        Term::Num { word, article: a } if a == article => Some(word),
        _ => None,
    }
}

/// Whether token `j` continues a number with the conjunction «و» (attached or alone).
fn joined_by_and(t: &Tokens<'_>, j: usize) -> Option<usize> {
    let tok = t.toks.get(j)?;
    if tok.kind == Kind::Word && tok.has_proclitic() && t.raw(j).starts_with('و') {
        return Some(j);
    }
    if t.raw(j) == "و" {
        return Some(j + 1);
    }
    None
}

/// Reads number words at `i`; `article` reads the definite forms («الثلاثين»).
fn words_at(t: &Tokens<'_>, i: usize, article: bool) -> Option<NumberAt> {
    let (first, _) = t.find(i, |m| num_word(m, article))?;
    // «أحد» and «إحدى» alone mean «one of», not the number one.
    if first == NumWord::Unit(1) && matches!(t.stem(i), "احد" | "احدي" | "الاحد" | "الاحدي")
    {
        let next = t.find(i + 1, |m| num_word(m, false));
        if !matches!(next, Some((NumWord::TeenTen, _))) && joined_by_and(t, i + 1).is_none() {
            return None;
        }
    }
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut last: Option<NumWord> = None;
    let mut j = i;
    loop {
        let at = if j == i { Some(j) } else { joined_by_and(t, j) };
        // Without «و», only a teen's «عشر», «مائة» after a unit, or a scale word may follow.
        let (word, at) =
            match at.and_then(|a| t.find(a, |m| num_word(m, article)).map(|w| (w.0, a))) {
                Some((w, a)) => (w, a),
                None => match t.find(j, |m| num_word(m, article).or_else(|| num_word(m, false))) {
                    Some((
                        w @ (NumWord::TeenTen | NumWord::Scale(_) | NumWord::ScaleDual(_)),
                        _,
                    )) if j > i && t.stem(j) == t.raw(j) => (w, j),
                    Some((NumWord::Hundreds(100), _))
                        if j > i && matches!(last, Some(NumWord::Unit(_))) =>
                    {
                        (NumWord::HundredAfterUnit, j)
                    }
                    _ => break,
                },
            };
        match word {
            NumWord::Unit(u) => {
                if current % 100 != 0 && j > i {
                    break;
                }
                current += u64::from(u);
            }
            NumWord::TeenTen => match last {
                Some(NumWord::Unit(u)) if at == j && u > 0 && u < 10 => current += 10,
                None => current += 10,
                _ => break,
            },
            NumWord::Tens(n) => {
                if current % 100 >= 10 {
                    break;
                }
                current += u64::from(n);
            }
            NumWord::Hundreds(h) => {
                if current % 1000 >= 100 || (current > 0 && j > i && at == j) {
                    break;
                }
                current += u64::from(h);
            }
            NumWord::HundredAfterUnit => {
                let u = current % 10;
                current = current - u + u * 100;
            }
            NumWord::Scale(_) if current == 0 && last.is_some() => break,
            NumWord::Scale(s) => {
                let times = if current == 0 { 1 } else { current };
                total = total.checked_add(times.checked_mul(NumWord::scale(s))?)?;
                current = 0;
            }
            NumWord::ScaleDual(s) => {
                if current != 0 {
                    break;
                }
                total = total.checked_add(NumWord::scale(s).checked_mul(2)?)?;
            }
        }
        last = Some(word);
        j = at + 1;
    }
    let value = total.checked_add(current)?;
    Some(NumberAt {
        value: value as f64,
        int: Some(value),
        end: j,
        digits: false,
    })
}

/// Reads an ordinal at token `i`: «السادس», «التاسع عشر», «الحادي والثلاثين», «العشرين»,
/// «ثالث». Returns the value, whether it carries the article, and the end token.
pub(crate) fn ordinal_at(t: &Tokens<'_>, i: usize) -> Option<(u32, bool, usize)> {
    let ordinal = t.find(i, |m| match m {
        Term::Ordinal { value, article } => Some((value, article)),
        _ => None,
    });
    if let Some(((unit, article), _)) = ordinal {
        // «التاسع عشر», «الثالثة عشرة».
        if let Some((NumWord::TeenTen, _)) = t.find(i + 1, |m| num_word(m, false))
            && t.stem(i + 1) == t.raw(i + 1)
            && unit < 10
        {
            return Some((u32::from(unit) + 10, article, i + 2));
        }
        // «الحادي والعشرين», «الخامس و العشرون».
        if let Some(k) = joined_by_and(t, i + 1)
            && let Some((NumWord::Tens(n), _)) = t.find(k, |m| num_word(m, article))
            && unit < 10
        {
            return Some((u32::from(unit) + u32::from(n), article, k + 1));
        }
        if matches!(t.stem(i), "الحادي" | "حادي" | "الحاديه" | "حاديه") {
            return None;
        }
        return Some((u32::from(unit), article, i + 1));
    }
    // Definite cardinals used as ordinals: «العشرين», «الواحد والثلاثين», «الأحد عشر».
    let n = words_at(t, i, true)?;
    let value = u32::try_from(n.int?).ok().filter(|&v| v > 0)?;
    // «الأحد عشر» reads one token as article and the next without.
    if value < 10 {
        if let Some((NumWord::TeenTen, _)) = t.find(i + 1, |m| num_word(m, false)) {
            return Some((value + 10, true, i + 2));
        }
        return None;
    }
    Some((value, true, n.end))
}

/// Parses a whole phrase as a cardinal number: digits of any script («٧٩», «1,000», «٢٫٥»),
/// words («تسعة وسبعين», «ثلاثة آلاف»), a sign, a decimal «فاصلة» or a fraction «١١/١٠».
///
/// Returns `None` when the phrase is not exactly one number.
///
/// # Example
///
/// ```
/// use arabic_timeline::parse_number;
///
/// assert_eq!(parse_number("تسعة وسبعين"), Some(79.0));
/// assert_eq!(parse_number("٢٫٥ مليون"), Some(2_500_000.0));
/// assert_eq!(parse_number("إحدى وأربعين"), Some(41.0));
/// assert_eq!(parse_number("76 دولة"), None);
/// ```
pub fn parse_number(text: &str) -> Option<f64> {
    let norm = Normalized::new(text);
    let t = Tokens::with_lexicon(norm.as_str(), &LEXICON);
    let (sign, start) = if t.toks.first()?.is_punct('-') {
        (-1.0, 1)
    } else {
        (1.0, 0)
    };
    let first = cardinal_at(&t, start).or_else(|| leading_fraction_point(&t, start))?;
    let mut value = first.value;
    let mut end = first.end;
    if end < t.len() && t.raw(end) == "فاصله" {
        let frac = cardinal_at(&t, end + 1)?;
        value += format!("0.{}", frac.int?).parse::<f64>().ok()?;
        end = frac.end;
    } else if end + 1 < t.len() && t.toks[end].is_punct('/') && first.digits {
        let den = cardinal_at(&t, end + 1)?;
        if den.value == 0.0 {
            return None;
        }
        value /= den.value;
        end = den.end;
    }
    (end == t.len()).then_some(sign * value)
}

/// «.77»: a decimal without its leading zero.
fn leading_fraction_point(t: &Tokens<'_>, i: usize) -> Option<NumberAt> {
    if !t.toks.get(i)?.is_punct('.') || !t.touching(i) {
        return None;
    }
    let frac = t.raw(i + 1);
    if t.toks.get(i + 1)?.kind != Kind::Digits || frac.len() > MAX_DIGITS {
        return None;
    }
    let value = format!("0.{frac}").parse().ok()?;
    Some(NumberAt {
        value,
        int: None,
        end: i + 2,
        digits: true,
    })
}

/// Parses a whole phrase as an ordinal: «الأول», «التاسع عشر», «الحادي والعشرين», «ثالث».
///
/// # Example
///
/// ```
/// use arabic_timeline::parse_ordinal;
///
/// assert_eq!(parse_ordinal("التاسع عشر"), Some(19));
/// assert_eq!(parse_ordinal("الحادي والثلاثين"), Some(31));
/// assert_eq!(parse_ordinal("ثلاثة"), None);
/// ```
pub fn parse_ordinal(text: &str) -> Option<u32> {
    let norm = Normalized::new(text);
    let t = Tokens::with_lexicon(norm.as_str(), &LEXICON);
    let (value, _, end) = ordinal_at(&t, 0)?;
    (end == t.len()).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cardinals_in_words_and_digits() {
        let cases: &[(&str, f64)] = &[
            ("79", 79.0),
            ("٧٩", 79.0),
            ("۷۹", 79.0),
            ("تسعة وسبعين", 79.0),
            ("إحدى وأربعين", 41.0),
            ("ثلاث", 3.0),
            ("ثلاثين", 30.0),
            ("ثلاثون", 30.0),
            ("مائة", 100.0),
            ("مئة", 100.0),
            ("ألف", 1000.0),
            ("ألفا", 1000.0),
            ("ألفين", 2000.0),
            ("ألفي", 2000.0),
            ("عشرة آلاف", 10_000.0),
            ("ثلاثة آلاف وخمسمائة وتسعة وسبعين", 3579.0),
            ("مليون", 1e6),
            ("ثلاثة ملايين", 3e6),
            ("ثلاث مائة", 300.0),
            ("ستة عشر", 16.0),
            ("200 مليون", 2e8),
            ("2.4", 2.4),
            ("١٫٥", 1.5),
            ("1,000,000", 1e6),
            ("خمسمائة و خمسة و عشرون", 525.0),
        ];
        let failed: Vec<_> = cases
            .iter()
            .filter(|(s, v)| parse_number(s) != Some(*v))
            .collect();
        assert!(failed.is_empty(), "{failed:?}");
    }

    #[test]
    fn not_numbers() {
        for s in [
            "",
            "أحد",
            "أحد المسؤولين",
            "76 دولة",
            "عشرين ثلاثين",
            "1234567890123456789",
            "hello",
        ] {
            assert_eq!(parse_number(s), None, "{s}");
        }
    }

    #[test]
    fn giant_number_words_are_rejected_not_overflowed() {
        let huge = "تريليون ".repeat(50);
        let _ = parse_number(&huge);
        assert_eq!(parse_number("عشرة ملايين مليار تريليون تريليون"), None);
    }

    #[test]
    fn ordinals() {
        let cases: &[(&str, u32)] = &[
            ("الأول", 1),
            ("الأولى", 1),
            ("السادس", 6),
            ("السادسة", 6),
            ("العاشر", 10),
            ("الحادي عشر", 11),
            ("التاسع عشر", 19),
            ("الثالثة عشرة", 13),
            ("العشرين", 20),
            ("الحادي والعشرين", 21),
            ("السابع والعشرين", 27),
            ("الثلاثين", 30),
            ("الحادي والثلاثين", 31),
            ("الأحد عشر", 11),
            ("ثالث", 3),
        ];
        let failed: Vec<_> = cases
            .iter()
            .filter(|(s, v)| parse_ordinal(s) != Some(*v))
            .collect();
        assert!(failed.is_empty(), "{failed:?}");
        assert_eq!(parse_ordinal("الحادي"), None);
    }
}
