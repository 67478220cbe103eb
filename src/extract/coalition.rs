//! Coalition sizes: a count of members stated of a coalition or alliance.
//!
//! A number counts a coalition's members when its sentence names a coalition before it, a
//! membership word stands between the two («يضم», «المكون من», «عدد أعضائه»), and a member noun
//! follows it («دولة», «عضوا») or a membership word just precedes it. «الدول الثماني والعشرين
//! الأعضاء في حلف …» names the alliance after the count.

use std::ops::Range;

use super::analysis::{Analysis, WINDOW};
use super::statement;
use crate::event::{CoalitionSize, Qualifier};
use crate::lexicon::{Tense, Term};
use crate::numbers::{cardinal_at, integer_at, ordinal_at};
use crate::text::Kind;

/// Words that end a coalition's name.
const NAME_STOPS: &[&str] = &[
    "الذي",
    "التي",
    "المكون",
    "المؤلف",
    "البالغ",
    "بقياده",
    "بزعامه",
    // «أعلن التحالف انضمام دولتين»: who joins is not the coalition's name.
    "انضمام",
    // «التحالف بات يضم تسعين عضوا»: the verb of becoming, which the lexicon leaves out
    // («بات رايدر» is a name).
    "بات",
    "باتت",
    "الي",
    "في",
    "من",
    "منذ",
    "حين",
    "عندما",
    "عند",
    "لدي",
    "عن",
    "علي",
    "مع",
    "قبل",
    "بعد",
    "بين",
    // «تحالف سائرون أن كتلته تضم»: what is said of it.
    "ان",
    "انه",
    "بان",
];

/// Finds the coalition sizes of a text; `statements` give the time of a size said in one.
pub(crate) fn coalition_sizes(
    a: &Analysis<'_, '_>,
    statements: &[statement::Found],
) -> Vec<CoalitionSize> {
    let mut out = Vec::new();
    for (s, &(kinds, _)) in a.sentences.iter().zip(&a.sentence_words) {
        // Every count is read against a coalition word of its sentence.
        if kinds & Term::Coalition.kind_bit() == 0 {
            continue;
        }
        let mut i = s.start;
        while i < s.end {
            match size_at(a, i, s) {
                Some((count, number, coalition)) => {
                    out.push(build(a, s, count, number.clone(), coalition, statements));
                    i = continued_count(a, number.end, s);
                }
                None => i += 1,
            }
        }
    }
    out
}

/// A count at token `i`: its value, its tokens, and the coalition word's token.
fn size_at(a: &Analysis<'_, '_>, i: usize, s: &Range<usize>) -> Option<(u64, Range<usize>, usize)> {
    // A count is digits or a number word, or the «الدول» before an ordinal.
    let number_kinds = Term::Num {
        word: crate::lexicon::NumWord::Unit(1),
        article: false,
    }
    .kind_bit();
    if matches!(a.word(i), "العضو" | "الدوله" | "البلد") {
        return nth_member(a, i, s);
    }
    let tok = &a.t.toks[i];
    if tok.kind != Kind::Digits && !a.t.has_kind(i, number_kinds) && a.word(i) != "الدول" {
        return None;
    }
    if a.date_covering(i).is_some() {
        return None;
    }
    // «الدول الثماني والعشرين الأعضاء في حلف شمال الأطلسي», «الدول الـ79 الأعضاء في التحالف».
    if a.word(i) == "الدول"
        && let Some((n, number)) =
            definite_count(a, i + 1).filter(|(n, _)| (2..=10_000).contains(n))
        && a.word(number.end) == "الاعضاء"
        && let Some(c) =
            (number.end + 1..(number.end + 4).min(s.end)).find(|&k| a.has_term(k, Term::Coalition))
    {
        return Some((n, number, c));
    }
    // «دول التحالف الـ14»: the count after the name, with the article.
    if tok.kind == Kind::Digits
        && i >= s.start + 3
        && a.t.raw(i - 1) == "ال"
        && a.t.touching(i - 1)
        && a.has_term(i - 2, Term::Coalition)
        && matches!(a.word(i - 3), "دول" | "الدول" | "اعضاء" | "الاعضاء")
        && let Some(count) = integer_at(a.t, i).filter(|c| (2..=10_000).contains(c))
    {
        return Some((count, i - 1..i + 1, i - 2));
    }
    let n = cardinal_at(a.t, i)?;
    let count = n.int.filter(|c| (2..=10_000).contains(c))?;
    if n.end > s.end {
        return None;
    }
    // «ثلاثا وعشرين دولة، منها ثلاث عشرة دولة عضوا في أوبك وعشر دول من خارجها»: counts after
    // «منها», «بينها» are parts of the one before, up to a new coalition or membership word.
    let part = (i.saturating_sub(8).max(s.start)..i)
        .rev()
        .take_while(|&k| !a.has_term(k, Term::Coalition) && !a.has_term(k, Term::Membership))
        .any(|k| matches!(a.t.raw(k), "بينهم" | "بينها" | "منهم" | "منها" | "ومنها"));
    if part {
        return None;
    }
    let near = i.saturating_sub(WINDOW).max(s.start);
    let coalition = (near..i).rev().find(|&k| a.has_term(k, Term::Coalition))?;
    // «وتضم المجموعة المصغرة للتحالف 9 دول»: a body of the coalition, not the coalition.
    let of_a_body = a.t.raw(coalition).starts_with("لل")
        && coalition > s.start
        && matches!(
            a.word(coalition - 1),
            "المصغره" | "المجموعه" | "اللجنه" | "الهيئه" | "القياده" | "الامانه"
        );
    if of_a_body {
        return None;
    }
    // «ويضم الحلف حاليا 29 دولة»: the membership word may open the clause before the name,
    // which may hold a second coalition word («عدد أعضاء حلف شمال الأطلسي (الناتو)»).
    let name_start = (coalition.saturating_sub(4).max(near)..coalition)
        .find(|&k| {
            a.has_term(k, Term::Coalition)
                && !a.t.toks[k].has_proclitic()
                && (k + 1..coalition).all(|j| in_name(a, j) || a.t.toks[j].is_punct('('))
        })
        .unwrap_or(coalition);
    let cue_from = name_start.saturating_sub(3).max(s.start);
    // A cue of several words may begin before that and reach into it: «ويبلغ عدد الدول
    // الأعضاء في التحالف 79 دولة».
    let cue_between = (cue_from.saturating_sub(2).max(s.start)..i).any(|k| {
        a.t.find(k, |m| (m == Term::Membership).then_some(()))
            .is_some_and(|((), n)| k + n > cue_from)
    });
    // «أعمال الاجتماع الوزاري للتحالف بمشاركة ممثلين عن 74 دولة»: who take part in the
    // coalition's meeting are no count of its members («تشكيل التحالف بمشاركة 34 دولة» is).
    let meeting_kinds = Term::MeetingNoun(crate::lexicon::MeetingClass::Meeting).kind_bit();
    // «وسبق أن عقد التحالف اجتماعا مماثلا … بمشاركة 80 دولة»: the meeting after the name too.
    let at_its_meeting = (name_start.saturating_sub(3).max(s.start)..i)
        .any(|k| a.t.has_kind(k, meeting_kinds))
        || (name_start..i).any(|k| matches!(a.word(k), "ممثلين" | "ممثلي" | "ممثلو" | "وفود"));
    let only_taking_part = at_its_meeting
        && (cue_from..i).all(|k| {
            !a.has_term(k, Term::Membership) || a.word(k) == "بمشاركه" || a.word(k) == "مشاركه"
        });
    if only_taking_part {
        return None;
    }
    // «انطلق بأربع وثلاثين دولة»: a coalition began with its members, the count after «ب»;
    // what began otherwise («انطلق اجتماع التحالف بحضور 74 دولة») was something else.
    let by = a.t.raw(i).starts_with('ب') || i > s.start && a.t.raw(i - 1) == "ب";
    let began = |k: usize| matches!(a.word(k), "انطلق" | "انطلقت");
    let began_only = (cue_from..i).any(began)
        && (cue_from..i).all(|k| !a.has_term(k, Term::Membership) || began(k));
    if began_only && !by {
        return None;
    }
    let cue_between = cue_between || takes_part_in(a, name_start, s);
    let unit_after = a.has_term(n.end, Term::MemberUnit);
    // «تشكيل تحالف إسلامي عسكري من 34 دولة», «ائتلاف من أكثر من عشرين حزبا»: a coalition
    // made of its members, the «من» right after its name.
    let cue_between = cue_between || unit_after && made_of(a, name_start, i, s);
    let cue_just_before =
        (i.saturating_sub(6).max(s.start)..i).any(|k| a.has_term(k, Term::Membership));
    // «أعضائه … إلى أكثر من 75»: the member noun may be left out after a membership word.
    if !cue_between || !(unit_after || cue_just_before && is_end_of_phrase(a, n.end)) {
        return None;
    }
    Some((count, i..n.end, name_start))
}

/// «لتصبح العضو الـ32 في حلف شمال الأطلسي», «العضو الثمانين فيه», «الدولة الثلاثين في الحلف»:
/// the newest member's rank is the count of members, at `i` on «العضو», «الدولة» or «البلد».
fn nth_member(
    a: &Analysis<'_, '_>,
    i: usize,
    s: &Range<usize>,
) -> Option<(u64, Range<usize>, usize)> {
    // «العضو رقم 81»: the rank as a number.
    let (n, number) = if a.t.raw(i + 1) == "رقم" {
        (integer_at(a.t, i + 2)?, i + 1..i + 3)
    } else {
        definite_count(a, i + 1)?
    };
    if !(2..=10_000).contains(&n) || number.end > s.end {
        return None;
    }
    // «ومن المنتظر أن تنضم … الشهر المقبل، لتصبح العضو التاسع والعشرين»: a member to come
    // is no count yet.
    let to_come = (s.start..i).any(|k| a.has_term(k, Term::Tense(Tense::Future)))
        || a.calendar_dates_in(s.start..i)
            .any(|(k, _)| a.after_report(k));
    if to_come {
        return None;
    }
    let coalition = match a.t.raw(number.end) {
        "في" => (number.end + 1..(number.end + 3).min(s.end))
            .find(|&k| a.has_term(k, Term::Coalition))?,
        // «فيه»: the coalition named before in the sentence.
        "فيه" | "فيها" => (s.start..i)
            .rev()
            .find(|&k| a.has_term(k, Term::Coalition))?,
        // «انضمت الفلبين إلى التحالف لتكون العضو الثمانين.»: the coalition joined.
        _ if number.end >= s.end || a.t.toks[number.end].kind != Kind::Word => {
            let coalition = (s.start..i)
                .rev()
                .find(|&k| a.has_term(k, Term::Coalition))?;
            // Joined before or after the name («قبل أن تلتحق بها السويد … لتصبح العضو الـ32»);
            // not what is yet to join («على أن تنضم إليه مقدونيا … لتصبح العضو الثلاثين»).
            let joined = (s.start..i).any(|k| {
                let w = a.word(k);
                let joins = ["انضم", "تنضم", "ينضم", "التحق", "تلتحق", "يلتحق"]
                    .iter()
                    .any(|p| w.starts_with(p));
                // «قبل أن تلتحق» tells a past in the subjunctive; «على أن تنضم» what is to be.
                let to_be = w.starts_with(['ت', 'ي'])
                    && k > s.start
                    && matches!(a.t.raw(k - 1), "ان" | "لن")
                    && !(k > s.start + 1 && matches!(a.t.raw(k - 2), "قبل" | "بعد"));
                joins && !to_be
            });
            if !joined {
                return None;
            }
            coalition
        }
        _ => return None,
    };
    Some((n, number, coalition))
}

/// Where a count's phrase ends, from token `j` just after its number: past its member noun and
/// any further members joined by «و» («74 دولة وخمس منظمات») or named as a part of it («79
/// عضوا بينهم 4 منظمات»), which are parts of the same count, not sizes of their own.
fn continued_count(a: &Analysis<'_, '_>, j: usize, s: &Range<usize>) -> usize {
    let mut end = j;
    while end < s.end && a.has_term(end, Term::MemberUnit) {
        // «79 عضوا بينهم 4 منظمات», «من بينها»: a part of the count named after it.
        let among = |k: usize| matches!(a.t.raw(k), "بينهم" | "بينها" | "منهم" | "منها");
        let part = if among(end + 1) {
            Some(end + 2)
        } else if a.t.raw(end + 1) == "من" && among(end + 2) {
            Some(end + 3)
        } else {
            None
        };
        // «وخمس», or «و» apart from digits: «و5».
        let next = part.unwrap_or(end + 1 + usize::from(a.t.raw(end + 1) == "و"));
        let joined = part.is_some()
            || next > end + 1
            || a.t.toks.get(next).is_some_and(|t| t.has_proclitic())
                && a.t.raw(next).starts_with('و');
        match cardinal_at(a.t, next).filter(|n| joined && n.end < s.end) {
            Some(n) => end = n.end,
            None => return end + 1,
        }
    }
    end
}

/// «وتشارك في التحالف … 60 دولة», «عدد الدول المشاركة في الحلف»: taking part in the coalition
/// itself (its word right after «في») is belonging to it; taking part in its meeting is not.
fn takes_part_in(a: &Analysis<'_, '_>, name_start: usize, s: &Range<usize>) -> bool {
    name_start >= s.start + 2
        && a.t.raw(name_start - 1) == "في"
        && matches!(
            a.word(name_start - 2),
            "يشارك"
                | "تشارك"
                | "يشاركون"
                | "المشاركه"
                | "المشاركين"
                | "المشاركون"
                | "يشترك"
                | "تشترك"
                | "المشتركه"
        )
}

/// A count with the article at token `j`: «الـ79» (the article apart from the digits) or an
/// ordinal word «الثامن والعشرين»; its value and tokens.
fn definite_count(a: &Analysis<'_, '_>, j: usize) -> Option<(u64, Range<usize>)> {
    if a.t.raw(j) == "ال" && a.t.touching(j) {
        return Some((integer_at(a.t, j + 1)?, j..j + 2));
    }
    let (n, article, end) = ordinal_at(a.t, j)?;
    article.then_some((u64::from(n), j..end))
}

/// Whether the name starting at `name_start` is indefinite («تحالف», not «التحالف … ممثلون
/// من 30 دولة») and ends in «من» just before the count at `i`, or before a qualifier that ends
/// there («من أكثر من 30»).
fn made_of(a: &Analysis<'_, '_>, name_start: usize, i: usize, s: &Range<usize>) -> bool {
    let of = name_at(a, name_start, s, i).end;
    !a.t.stem(name_start).starts_with("ال")
        && a.t.raw(of) == "من"
        && (of + 1 == i
            || a.t
                .hits(of + 1)
                .iter()
                .any(|h| matches!(h.term, Term::Qualifier(_)) && of + 1 + h.tokens as usize == i))
}

/// Whether token `k` is a membership verb in the present («يضم», «وتتألف»), with no «كان»
/// from token `from` on before it («وكان الحلف يضم في 2004 …», a dated past).
fn is_present_membership(a: &Analysis<'_, '_>, k: usize, from: usize) -> bool {
    matches!(
        a.word(k),
        "يضم"
            | "تضم"
            | "يضمان"
            | "يتكون"
            | "تتكون"
            | "يتالف"
            | "تتالف"
            | "يتشكل"
            | "تتشكل"
            | "ينضوي"
            | "تنضوي"
            // «التحالف المكون من 86 عضوا»: the participles hold now, as the verbs do.
            | "المكون"
            | "المكونه"
            | "المتكون"
            | "المتكونه"
            | "المؤلف"
            | "المؤلفه"
    ) && !(from..k)
        .rev()
        .take_while(|&j| !matches!(a.t.raw(j), "الذي" | "التي"))
        .any(|j| {
            // «وكان تحالف أوبك+ الذي يضم 22 دولة قد عقد …»: a relative clause has its own tense.
            matches!(a.word(j), "كان" | "كانت")
        })
}

/// Whether token `j` can be a word inside a coalition's name («شمال», «الأطلسي»): a word that
/// is no preposition, membership word, member noun or verb.
fn in_name(a: &Analysis<'_, '_>, j: usize) -> bool {
    a.t.toks[j].kind == Kind::Word
        && !a.t.toks[j].has_proclitic()
        && (!matches!(
            a.t.raw(j),
            "في" | "من" | "الي" | "علي" | "عن" | "مع" | "ان" | "انه" | "الذي" | "التي"
        ) || a.is_name_ali(j))
        && !a.has(j, |m| {
            matches!(
                m,
                Term::Membership | Term::MemberUnit | Term::Tense(_) | Term::Speech
            )
        })
}

/// Whether nothing counted follows a bare number («أكثر من 75 وتقوده …»).
fn is_end_of_phrase(a: &Analysis<'_, '_>, j: usize) -> bool {
    match a.t.toks.get(j) {
        None => true,
        Some(t) if t.kind != Kind::Word => true,
        Some(_) => a.t.raw(j).starts_with('و'),
    }
}

fn build(
    a: &Analysis<'_, '_>,
    s: &Range<usize>,
    count: u64,
    number: Range<usize>,
    coalition: usize,
    statements: &[statement::Found],
) -> CoalitionSize {
    let span = a.sentence_span(s);
    CoalitionSize {
        char_span: a.chars.span(&span),
        span,
        count,
        qualifier: qualifier_before(a, number.start, s),
        count_text: a.mention(&number),
        coalition: Some(a.mention(&name_at(a, coalition, s, number.start))),
        when: when_of(a, s, &number, statements),
        rule: "coalition_size",
    }
}

/// «نحو 76», «إلى أكثر من 75», «ما يزيد على 60».
fn qualifier_before(a: &Analysis<'_, '_>, i: usize, s: &Range<usize>) -> Qualifier {
    // «قرابة الـ70 دولة»: the article of the count is the count's.
    let i = if i > s.start && a.t.raw(i - 1) == "ال" && a.t.touching(i - 1) {
        i - 1
    } else {
        i
    };
    let from = i.saturating_sub(4).max(s.start);
    (from..i)
        .rev()
        .find_map(|k| {
            a.t.hits(k).iter().find_map(|h| match h.term {
                Term::Qualifier(q) if k + h.tokens as usize == i => Some(q),
                _ => None,
            })
        })
        .or_else(|| exceeds_count(a, i, s).then_some(Qualifier::MoreThan))
        .unwrap_or(Qualifier::Exact)
}

/// «وتجاوز عدد أعضاء التحالف 80 دولة», «يتخطى عددهم ثمانين»: the count is what the number of
/// members went past, the verb before «عدد» in the count's clause.
fn exceeds_count(a: &Analysis<'_, '_>, i: usize, s: &Range<usize>) -> bool {
    (i.saturating_sub(8).max(s.start)..i)
        .rev()
        .take_while(|&k| !a.t.is_comma(k))
        .any(|k| {
            // The verbs are in no lexicon list: their «و» is taken off here.
            let raw = a.t.raw(k);
            matches!(
                raw.strip_prefix('و').unwrap_or(raw),
                "تجاوز" | "يتجاوز" | "تخطي" | "يتخطي" | "تعدي" | "يتعدي" | "فاق"
            ) && a.word(k + 1).starts_with("عدد")
        })
}

/// The coalition's name: its word and what follows, to a comma, a relative clause or the count
/// at token `count` («ويضم التحالف ثلاثا وعشرين دولة»).
fn name_at(a: &Analysis<'_, '_>, c: usize, s: &Range<usize>, count: usize) -> Range<usize> {
    let limit = if count > c { count.min(s.end) } else { s.end };
    // «في "تحالف حارس الازدهار" البحري»: a name in quotation marks ends with them.
    let quoted = c > 0 && a.t.toks[c - 1].is_punct('"');
    let mut end = c + 1;
    while end < limit && end - c < 8 {
        let tok = &a.t.toks[end];
        if quoted && tok.is_punct('"') {
            break;
        }
        // «تحالف "أوبك+"»: a plus touching the word before it is part of the name.
        let quote = matches!(
            tok.kind,
            Kind::Punct {
                c: '"' | '(' | ')',
                ..
            }
        ) || tok.is_punct('+') && a.t.touching(end - 1);
        // «التحالف الدولي من أجل حل الدولتين»: «من أجل» is part of a name.
        let for_the_sake = a.t.raw(end) == "من" && a.t.raw(end + 1) == "اجل";
        if !(tok.kind == Kind::Word || quote) || NAME_STOPS.contains(&a.t.raw(end)) && !for_the_sake
        {
            break;
        }
        // «عدد الدول في التحالف ارتفع إلى ثمانين»: an indefinite word before «إلى» is a verb
        // of reaching.
        if tok.kind == Kind::Word && a.t.raw(end + 1) == "الي" && !a.t.raw(end).starts_with("ال")
        {
            break;
        }
        // «ويضم التحالف الدول الـ13»: a member noun before a count is the count's.
        let counted = |k: usize| a.t.toks.get(k).is_some_and(|t| t.kind == Kind::Digits);
        if a.has_term(end, Term::MemberUnit)
            && (counted(end + 1) || a.t.raw(end + 1) == "ال" && counted(end + 2))
        {
            break;
        }
        // «الحلف في نيسان 2023», «التحالف … حاليا»: a date ends the name.
        let dated = |k: usize| a.date_covering(k).is_some();
        if dated(end) || matches!(a.t.raw(end), "في" | "منذ") && dated(end + 1) {
            break;
        }
        // «التحالف الإسلامي العسكري لمحاربة الإرهاب اجتماعه الثاني»: a meeting is the object.
        if a.has(end, |m| {
            matches!(
                m,
                Term::Membership
                    | Term::Tense(_)
                    | Term::Speech
                    | Term::Qualifier(_)
                    | Term::MeetingNoun(_)
            )
        }) {
            break;
        }
        end += 1;
    }
    // A closing quotation mark belongs to the name; an opening one left alone does not. A
    // name that opens a quotation («أن "تحالف الطائرات المسيرة" الذي …») leaves its closing
    // mark out with the opening one.
    let quotes = (c..end).filter(|&k| a.t.toks[k].is_punct('"')).count();
    if quotes % 2 == 1 {
        if a.t.toks.get(end).is_some_and(|t| t.is_punct('"')) {
            end += 1;
        } else if end > c + 1 && a.t.toks[end - 1].is_punct('"') {
            end -= 1;
        }
    }
    c..end
}

/// When the size held: a date of its own clause (no comma between); else the time of the
/// statement it is said in; else the publication date.
fn when_of(
    a: &Analysis<'_, '_>,
    s: &Range<usize>,
    number: &Range<usize>,
    statements: &[statement::Found],
) -> Option<crate::event::When> {
    let i = number.start;
    let is_comma = |k: usize| a.t.toks[k].is_comma();
    let near = i.saturating_sub(WINDOW).max(s.start);
    let clause_start = (near..i)
        .rev()
        .find(|&k| is_comma(k))
        .map_or(near, |k| k + 1);
    // «أعلن تشكيل التحالف في 18 كانون الأول، بعضوية عشر دول»: «بعضوية» after a comma tells
    // the clause before it.
    let clause_start = if a.t.raw(clause_start) == "بعضويه" && clause_start > near {
        (near..clause_start - 1)
            .rev()
            .find(|&k| is_comma(k))
            .map_or(near, |k| k + 1)
    } else {
        clause_start
    };
    let far = (number.end + WINDOW).min(s.end);
    let clause_end = (number.end..far).find(|&k| is_comma(k)).unwrap_or(far);
    // «ارتفع من 60 دولة في 2015 إلى 79 دولة حاليا»: what stands before the «إلى» of the
    // count («إلى 79», «إلى أكثر من 75») is the count it rose from, with its own date.
    let clause_start = (i.saturating_sub(3).max(clause_start)..i)
        .rev()
        .find(|&k| a.t.raw(k) == "الي")
        .map_or(clause_start, |k| k + 1);
    // «الذي تأسس في ديسمبر 2015 ويضم 41 دولة»: a membership verb in the present opens a
    // clause of its own, which holds now; the date before it is another verb's.
    let clause_start = (clause_start..i)
        .rev()
        .find(|&k| is_present_membership(a, k, clause_start))
        .map_or(clause_start, |k| k + 1);
    // «وكان الاجتماع الأول قد عقد في تشرين الثاني 2017، حين كان التحالف يضم أربعين دولة»:
    // a clause of «حين/عندما كان» is at the time of the clause before it.
    let then = matches!(a.t.raw(clause_start), "حين" | "عندما" | "حينما" | "وقتما")
        && (clause_start + 1..(clause_start + 3).min(i))
            .any(|k| matches!(a.t.raw(k), "كان" | "كانت"));
    if then && clause_start > near {
        let prior = a
            .calendar_dates_in(near..clause_start)
            .filter(|&(k, _)| !a.after_report(k))
            .last();
        if let Some((k, _)) = prior {
            return Some(a.when_of_date(k));
        }
    }
    // The member noun and a word of time right after the count: «79 دولة حاليا».
    let just_after = number.end..(number.end + 3).min(clause_end);
    if a.present_in(clause_start..i) || a.present_in(just_after) {
        return a.reference_when();
    }
    // A size is a fact of the past or present: a date after the report is some other event's.
    // «ويضم الحلف 31 دولة منذ انضمام فنلندا في نيسان الماضي»: what holds now «منذ» a day
    // holds on the report's.
    let present =
        (clause_start.saturating_sub(1).max(near)..i).any(|k| is_present_membership(a, k, near));
    let since = |tr: &Range<usize>| present && a.since_before(tr, near);
    let not_future = |&(k, tr): &(usize, &Range<usize>)| !a.after_report(k) && !since(tr);
    let before = a
        .calendar_dates_in(clause_start..i)
        .filter(not_future)
        .last()
        .map(|(k, _)| k);
    // «وكان تحالف أوبك+ الذي يضم 22 دولة قد عقد اجتماعه في 30 نوفمبر»: past the present
    // membership verb's clause, a verb in the past dates its own event.
    let after_end = if present {
        (number.end..clause_end)
            .find(|&k| a.t.raw(k) == "قد" || a.has_term(k, Term::Tense(Tense::Past)))
            .unwrap_or(clause_end)
    } else {
        clause_end
    };
    let after = || {
        a.calendar_dates_in(number.end..after_end)
            .find(not_future)
            .map(|(k, _)| k)
    };
    if let Some(k) = before.or_else(after) {
        return Some(a.when_of_date(k));
    }
    // Said in a statement, with no date of its own clause: as of the statement.
    // Statements come in text order; their contents do not overlap.
    let k = statements.partition_point(|f| f.content.as_ref().is_none_or(|c| c.start <= i));
    let within = statements[..k]
        .iter()
        .rev()
        .take(4)
        .find(|f| f.content.as_ref().is_some_and(|c| c.contains(&i)));
    if let Some(st) = within {
        return st.statement.when.clone();
    }
    a.reference_when()
}
