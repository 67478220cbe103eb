//! The tense of the verb that governs an expression: the nearest verb cue before it in its
//! clause, else the nearest after it.

use crate::lexicon::{Dir, Tense, Term};
use crate::text::{Kind, Tokens};

/// How far to look for a verb, in tokens: back over a long title between a verb and its date.
const BACK: usize = 20;
const AHEAD: usize = 6;

/// Whether token `i` follows «على أن»: «على أن تعقد الجولة العاشرة في شباط», where an
/// imperfect tells what is to be.
pub(crate) fn after_ala_an(t: &Tokens<'_>, i: usize) -> bool {
    i >= 2 && t.raw(i - 1) == "ان" && t.raw(i - 2) == "علي"
}

/// The tense cue nearest to tokens `start..end`, within the sentence.
pub(crate) fn tense_around(t: &Tokens<'_>, start: usize, end: usize) -> Option<Tense> {
    // «الاجتماع المقبل في يناير»: a direction on the noun before the date points as a verb
    // would (it is no part of the date: the search starts before it).
    let cue = |i: usize| {
        // «قد يؤجل»: «قد» before an imperfect says «may», no past. Not before «ت», which also
        // opens perfects («قد تأجل», «قد تقرر»).
        if matches!(t.raw(i), "قد" | "وقد") && t.raw(i + 1).starts_with(['ي', 'ن']) {
            return None;
        }
        // «عمان - بحث الوزير …», «وبحث الجانبان …», «تونس - أشرف الرئيس …», «نيويورك - صوّت
        // مجلس الأمن …»: opening its clause, «بحث», «أشرف» and «صوّت» are perfects (elsewhere a
        // noun, a name or an elative).
        let opens_clause = i == 0 || t.toks[i - 1].kind != Kind::Word;
        if opens_clause
            && matches!(
                t.raw(i),
                "بحث" | "وبحث" | "اشرف" | "واشرف" | "صوت" | "وصوت" | "صوتت" | "وصوتت"
            )
        {
            return Some(Tense::Past);
        }
        t.hits(i).iter().find_map(|h| match h.term {
            Term::Tense(Tense::NonPast) if after_ala_an(t, i) => Some(Tense::Future),
            Term::Tense(x) => Some(x),
            Term::Rel(Dir::Next) => Some(Tense::Future),
            Term::Rel(Dir::Prev) => Some(Tense::Past),
            _ => None,
        })
    };
    for i in (start.saturating_sub(BACK)..start).rev() {
        // «وأضاف أن موسكو ملتزمة بالاتفاق حتى نهاية يونيو»: the verb of saying, before what is
        // said, does not govern its times.
        if t.toks[i].ends_sentence() || matches!(t.raw(i), "ان" | "انه" | "انها" | "بان")
        {
            break;
        }
        if let Some(x) = cue(i) {
            return Some(x);
        }
    }
    for i in end..(end + AHEAD).min(t.len()) {
        if t.toks[i].ends_sentence() {
            break;
        }
        if let Some(x) = cue(i) {
            return Some(x);
        }
    }
    None
}
