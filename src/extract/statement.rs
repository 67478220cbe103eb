//! Statements: a speech verb, its speaker, what was said, and when.
//!
//! The speaker is the noun phrase after the verb («وقال وزير الخارجية …»), or before it after
//! «كان» or «أن» («وكان المسؤولون قد أعلنوا», «أن الوزير أعرب»); a verb with neither continues
//! the last speaker («وأضاف أن …»). A later short name («الوزارة», «المسؤول») is the same speaker
//! as an earlier fuller one it fits into, and takes that speaker's name and earlier time.

use std::ops::Range;
use std::sync::LazyLock;

use super::analysis::{Analysis, WINDOW, contained};
use crate::event::{Mention, Statement, When, WhenSource};
use crate::lexicon::{Term, WordSet};
use crate::text::Kind;

/// Words that end a speaker's noun phrase.
static STOP_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "ان",
        "انه",
        "انها",
        "انهم",
        "بان",
        "بانه",
        "بانها",
        "خلال",
        "امام",
        "علي",
        "الي",
        "عن",
        "عبر",
        "مع",
        "بعد",
        "قبل",
        "حول",
        "عقب",
        "اثناء",
        "ضمن",
        "حيث",
        "الذي",
        "التي",
        "الذين",
        "اليوم",
        "امس",
        "بشكل",
        "فيها",
        "فيه",
        "قائلا",
        "قائله",
        "قوله",
        "قولها",
        "قولهم",
        "مؤكدا",
        "مضيفا",
        "ضيفا",
        "من",
        "منذ",
        "لا",
        "ما",
        "لم",
        "لن",
        "قد",
        "كما",
        "ايضا",
        "كذلك",
        "اذ",
        "لكن",
        "بينما",
        // What was confirmed: «وأكدت المتحدثة هيذر ناورت ذلك».
        "ذلك",
        "تلك",
        // A quantifier opens the object: «دعا إليها الوزير جميع الأطراف».
        "جميع",
        "كافه",
        // Times of day after a name («ستيليانيدس عشية الذكرى»); not «صباح», also a name.
        "عشيه",
        "مساء",
        "فجر",
        "ظهر",
        "عصر",
        "ليله",
        "صبيحه",
    ])
});

/// Words after «في» that keep a title going («أحد كبار المسؤولين في وزارة الخارجية»).
static INSTITUTIONS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "وزاره",
        "الوزاره",
        "مجلس",
        "المجلس",
        "مكتب",
        "جامعه",
        "الامم",
        "منظمه",
        "حلف",
        "الحلف",
        "الحكومه",
        "حكومه",
        "هيئه",
        "لجنه",
        "البيت",
        "الخارجيه",
        "الكونغرس",
        "الكونجرس",
        "الاتحاد",
        "البرلمان",
        "الجيش",
        "القوات",
        "التحالف",
        "السفاره",
        "الرئاسه",
        "الديوان",
        "الحزب",
        "حركه",
        "الاداره",
        "اداره",
        "البنتاغون",
        "الكرملين",
        "الامانه",
        "المفوضيه",
        "مفوضيه",
        "البنك",
        "صندوق",
    ])
});

/// Courtesy titles before an office: «سمو رئيس مجلس الوزراء», «معالي الوزير».
const COURTESY_TITLES: [&str; 7] = ["سمو", "معالي", "سعاده", "فخامه", "جلاله", "دوله", "سماحه"];

/// Outlets, named by a common noun before their name: «صحيفة "الغارديان"».
const OUTLETS: [&str; 10] = [
    "صحيفه",
    "وكاله",
    "قناه",
    "موقع",
    "مجله",
    "شبكه",
    "اذاعه",
    "فضائيه",
    "تلفزيون",
    "جريده",
];

/// Media and addressees after a speaker: «لوكالة فرانس برس», «للصحفيين».
static ADDRESSEES: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "لوكاله",
        "للصحفيين",
        "للصحافيين",
        "لصحيفه",
        "لقناه",
        "لوسائل",
        "لموقع",
        "لتلفزيون",
        "لاذاعه",
        "لشبكه",
        "لمجله",
        "للصحافه",
        "للوكاله",
        "للتلفزيون",
        "للاذاعه",
        // Outlets by name: «لرويترز», «للجزيرة», «لفرانس برس».
        "للجزيره",
        "للعربيه",
        "لرويترز",
        "لفرانس",
        "للاناضول",
        "لاسوشيتد",
        "لسكاي",
        "لسبوتنيك",
        "للحياه",
        "لبي",
        "لسي",
        "لبلومبرغ",
        "لشينخوا",
        "لدويتشه",
        "لواشنطن",
        "لنيويورك",
        "لفايننشال",
        "للشرق",
        "للنهار",
        "لرووداو",
        "لاكسيوس",
        // People spoken to: «قال بري لزواره», «للمراسلين», «لنظيره».
        "لزواره",
        "لزوارها",
        "لزائريه",
        "لضيوفه",
        "لضيوفها",
        "لمحدثيه",
        "لمقربيه",
        "لمرافقيه",
        "للمراسلين",
        "لنظيره",
        "لنظيرته",
        "للحضور",
        "للنواب",
        "للمشاركين",
    ])
});

/// Title words that begin with «ب» but belong to the speaker: «المتحدث باسم», «بالوكالة»,
/// «رئيس بعثة الاتحاد الأوروبي».
const B_TITLES: &[&str] = &["باسم", "بالوكاله", "بالانابه", "بعثه", "بعثته", "بعثتها"];

/// Words that label a headline before a colon, naming no speaker: «عاجل: …», «فيديو: …».
const HEADLINE_LABELS: &[&str] = &[
    "عاجل",
    "فيديو",
    "بالفيديو",
    "صور",
    "بالصور",
    "تحليل",
    "تقرير",
    "حصري",
    "خاص",
    "شاهد",
    "راي",
    "مقال",
    "تحديث",
    "انفوجراف",
    "انفوغراف",
    "متابعه",
    "ملف",
    "حوار",
    "مقابله",
    "بيان",
    "تنويه",
    "توضيح",
    "تصريح",
    "مباشر",
];

/// Honorific pronouns of the Gulf and Levantine press: «سموه» (his highness), «معاليه» (his
/// excellency, a minister), «سعادته», «فخامته», «جلالته», «دولته», and their feminine forms.
const HONORIFICS: &[&str] = &[
    "سموه",
    "سموها",
    "معاليه",
    "معاليها",
    "سعادته",
    "سعادتها",
    "فخامته",
    "جلالته",
    "دولته",
    "سيادته",
];

/// The subject of the first past verb of the sentence before `si`: who an honorific pronoun
/// means when no one has spoken yet («افتتح ولي العهد … . وأكد سموه»).
fn subject_before(a: &Analysis<'_, '_>, si: usize) -> Option<Range<usize>> {
    let s = a.sentences.get(si.checked_sub(1)?)?;
    let verb = s
        .clone()
        .take(WINDOW)
        .find(|&k| a.has_term(k, Term::Tense(crate::lexicon::Tense::Past)))?;
    let mut np = np_after(a, verb + 1, s)?;
    // «افتتح الأمير … الاجتماع»: the subject ends where the gathering it opened begins.
    let meeting = |k: usize| a.has(k, |m| matches!(m, Term::MeetingNoun(_)));
    if let Some(k) = (np.start..np.end).find(|&k| meeting(k)) {
        np.end = k;
    }
    // «صاحب السمو», «جلالة الملك», «فخامة الرئيس», «معالي الوزير»: honorific titles too.
    let titled = a.has_term(np.start, Term::SpeakerHead)
        || matches!(
            a.word(np.start),
            "صاحب" | "جلاله" | "فخامه" | "سمو" | "معالي" | "سعاده" | "دوله"
        );
    (titled && np.len() >= 2).then_some(np)
}

/// The issuer of the last document named in sentence `si` or the two before it, where no
/// statement told it: «وفقا لبيان صادر عن الخارجية الإيطالية».
fn issuer_before(a: &Analysis<'_, '_>, si: usize) -> Option<Range<usize>> {
    a.sentences[si.saturating_sub(2)..=si]
        .iter()
        .rev()
        .find_map(|s| {
            s.clone().rev().find_map(|k| {
                // «لبيان», «ببيان»: the look-up leaves the preposition on a word it lacks.
                let raw = a.t.raw(k);
                let document = is_document(a, k)
                    || raw
                        .strip_prefix(['ل', 'ب'])
                        .is_some_and(|w| DOCUMENTS.contains(&w));
                let issued = document
                    && matches!(a.word(k + 1), "صادر" | "الصادر")
                    && a.t.raw(k + 2) == "عن";
                issued.then(|| np_after(a, k + 3, s)).flatten()
            })
        })
}

/// Whether token `k` is a document's issuer after «ل»: «لمكتب», «لوزارة»; not «للرئاسة».
fn lam_issuer(a: &Analysis<'_, '_>, k: usize) -> bool {
    let raw = a.t.raw(k);
    raw.starts_with('ل') && raw != "ل" && !raw.starts_with("لل")
}

/// The issuer after «ل» of the document that opens `np` («بيان لمكتب رئيس الوزراء»).
fn issuer_after_lam(
    a: &Analysis<'_, '_>,
    np: &Range<usize>,
    s: &Range<usize>,
) -> Option<Range<usize>> {
    (lam_issuer(a, np.start + 1) && np.end > np.start + 1)
        .then(|| with_bracketed_name(a, np.start + 1..np.end, s))
}

/// Whether token `k` is a document, with or without the article: «بيان», «البيان».
fn is_document(a: &Analysis<'_, '_>, k: usize) -> bool {
    let w = a.word(k);
    DOCUMENTS.contains(&w.strip_prefix("ال").unwrap_or(w))
}

/// Nouns that carry the words of an institution: «وجاء في بيان الوزارة».
const DOCUMENTS: &[&str] = &["بيان", "تقرير", "رساله", "كلمه", "تصريح", "بلاغ", "مذكره"];

/// Verbal nouns that open the object of a speech verb, not a speaker's name: «أكد بلينكن التزام
/// بلاده», «أعلنت اللجنة فرار …», «أكد الوزير ضرورة …». Only bare (no article, no proclitic),
/// and only after the speaker's first word.
static OBJECT_NOUNS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "ضروره",
        "اهميه",
        "التزام",
        "دعم",
        "رفض",
        "استعداد",
        "حرص",
        "تمسك",
        "عزم",
        "رغبه",
        "استمرار",
        "تضامن",
        "وقوف",
        "فرار",
        "مقتل",
        "سقوط",
        "نجاح",
        "فشل",
        "ادانه",
        "ترحيب",
        "تاييد",
        "موافقه",
        "اعتزام",
        "انسحاب",
        "تراجع",
        "ارتفاع",
        "انخفاض",
        "وصول",
        "توقيع",
        "اعتقال",
        "عدم",
        "استحاله",
        "صعوبه",
        "امكانيه",
        "احتمال",
        "وجود",
        // «أعلنت السعودية تشكيل التحالف», «أعلن الوزير تأجيل الاجتماع».
        "تشكيل",
        "تاسيس",
        "انطلاق",
        "تاجيل",
        "ارجاء",
        "الغاء",
        "مشاركه",
        "حضور",
        "انضمام",
        // «أعلنت الوساطة استئناف المفاوضات», «أعلن الوزير إطلاق مبادرة».
        "استئناف",
        "بدء",
        "اطلاق",
        "اجراء",
        "قلق",
        // «تعهد الرئيس بدعم لبنان», «أكد الوزير تعزيز التعاون».
        "تقديم",
        "مواصله",
        "بذل",
        "تعزيز",
        "توفير",
        // What is given or issued: «أصدرت الوزارة بيانا أكدت فيه», «ألقى كلمة دعا فيها».
        "بيانا",
        "خطابا",
        "تصريحا",
        "كلمه",
        "رساله",
        "تغريده",
    ])
});

const MAX_SPEAKER: usize = 14;

/// The longest content kept, in tokens: a news sentence is shorter, and a bound keeps a
/// document of one endless sentence linear.
const MAX_CONTENT: usize = 400;

/// How many earlier speakers a short name may refer back to: enough for any article, and a
/// bound that keeps a huge document linear.
const RECENT: usize = 64;

/// A statement with what the other extractors need of it.
pub(crate) struct Found {
    pub(crate) statement: Statement,
    /// Tokens of the content clause, if any.
    pub(crate) content: Option<Range<usize>>,
}

struct Speaker<'a> {
    name: Mention,
    words: Vec<&'a str>,
    when: Option<When>,
}

/// Finds the statements of a text, in order.
pub(crate) fn statements(a: &Analysis<'_, '_>) -> Vec<Found> {
    let mut out = Vec::new();
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut last: Option<usize> = None;
    for (si, s) in a.sentences.iter().enumerate() {
        // «أكد الوزير أن … . وأضاف … . جاء ذلك خلال لقائه أمس …»: the sentence that tells
        // where the last speaker's statements were made gives their day, when they had none of
        // their own.
        if si > 0
            && let Some(k) = last
            && let Some(when) = occasion_day(a, s)
        {
            let undated =
                |w: &Option<When>| w.as_ref().is_none_or(|w| w.source == WhenSource::Reference);
            let name = speakers[k].name.clone();
            for f in out
                .iter_mut()
                .rev()
                .take_while(|f: &&mut Found| f.statement.speaker.as_ref() == Some(&name))
            {
                if undated(&f.statement.when) {
                    f.statement.when = Some(when.clone());
                }
            }
            if undated(&speakers[k].when) {
                speakers[k].when = Some(when);
            }
        }
        let mut in_quote = false;
        for i in s.clone() {
            match a.t.toks[i].kind {
                Kind::Punct {
                    c: '"' | '“' | '”',
                ..
                } => in_quote = !in_quote,
                Kind::Punct { c: '«', .. } => in_quote = true,
                Kind::Punct { c: '»', .. } => in_quote = false,
                _ => {}
            }
            if in_quote {
                continue;
            }
            let Some(Trigger { verb, np, rule }) = trigger(a, i, s) else {
                continue;
            };
            let content = content_after(
                a,
                &verb,
                np.as_ref().map_or(verb.end, |r| r.end.max(verb.end)),
                s,
            );
            // «وأكد سموه», «وأضاف معاليه»: an honorific pronoun is the last speaker, else the
            // subject of the sentence before.
            let honorific = np
                .as_ref()
                .is_some_and(|r| r.len() == 1 && HONORIFICS.contains(&a.t.raw(r.start)));
            // «وأضاف البيان»: the document named again is its issuer, the last speaker; with no
            // speaker before («وفقا لبيان صادر عن الخارجية الإيطالية … وأوضح البيان»), the
            // issuer the document was named with.
            let document_again = np.as_ref().is_some_and(|r| {
                r.len() == 1 && a.word(r.start).starts_with("ال") && is_document(a, r.start)
            });
            let np = match (honorific, last) {
                (true, Some(_)) => None,
                (true, None) => subject_before(a, si).or(np),
                (false, Some(_)) if document_again => None,
                (false, None) if document_again => issuer_before(a, si).or(np),
                _ => np,
            };
            // The speaker: named here, or the last one.
            let entity = match &np {
                Some(r) => {
                    let after_document =
                        r.start > 0 && is_document(a, r.start - 1) && lam_issuer(a, r.start);
                    let mention = if after_document {
                        a.mention_past_lam(r)
                    } else if a.t.raw(r.start) == "والي" {
                        a.mention_with_proclitics(r)
                    } else {
                        a.mention(r)
                    };
                    let words = a.name_words_of(r);
                    if words.is_empty() {
                        continue;
                    }
                    // Only a short definite name («الوزارة», «الوزير تيلرسون») or a lone
                    // surname («بوريطة», «أبو ردينة») refers back; «مسؤول أميركي» is someone
                    // new.
                    let definite =
                        a.t.raw(r.start).starts_with("ال") || a.word(r.start).starts_with("ال");
                    // «أبو ردينة», «بن فرحان»: a surname of two words.
                    let compound = words.len() == 2
                        && matches!(words[0], "ابو" | "بن" | "ابن" | "ال" | "عبد" | "ولد");
                    let short = words.len() == 1 || words.len() == 2 && definite || compound;
                    let known = if short {
                        let recent = speakers.len().saturating_sub(RECENT);
                        speakers[recent..]
                            .iter()
                            .rposition(|sp| contained(&words, &sp.words))
                            .map(|k| k + recent)
                    } else {
                        let recent = speakers.len().saturating_sub(RECENT);
                        speakers[recent..]
                            .iter()
                            .rposition(|sp| sp.words == words)
                            .map(|k| k + recent)
                    };
                    match known {
                        Some(k) => k,
                        None => {
                            speakers.push(Speaker {
                                name: mention,
                                words,
                                when: None,
                            });
                            speakers.len() - 1
                        }
                    }
                }
                None => match last {
                    Some(k) => k,
                    None => continue,
                },
            };
            let limit = content
                .as_ref()
                .map_or(s.end, |c| c.start)
                .min(verb.end + WINDOW);
            // «تعهد بهزيمة (داعش) …، وأرسل قادة البنتاغون خطة … الشهر الماضي»: a verb joined by
            // «و» after a comma opens another clause, with times of its own. Asked only of the
            // tokens up to a date after the verb: most statements have none.
            let new_clause = |r: Range<usize>| {
                r.into_iter().any(|k| {
                    a.t.toks[k].is_comma()
                        && a.t.raw(k + 1).starts_with('و')
                        && a.t.toks.get(k + 1).is_some_and(|t| t.has_proclitic())
                        && is_verb(a, k + 1)
                })
            };
            let from = verb.start.saturating_sub(WINDOW).max(s.start);
            let welcomes = ["رحب", "ترحب", "يرحب", "اشاد", "تشيد", "يشيد", "ثمن", "يثمن"]
                .iter()
                .any(|p| a.word(verb.start).starts_with(p));
            // «منذ يوم الجمعة», «منذ بدء الحرب في شباط 2022» date what began, not the speaking.
            let own = a
                .calendar_dates_in(from..limit.max(from))
                .filter(|(k, tr)| {
                    let since = a.since_before(tr, 0);
                    let beyond = tr.start > verb.end && new_clause(verb.end..tr.start);
                    // «تعقد جلسة يوم الجمعة المقبل، بحسب ما أفاد دبلوماسيون»: what was said
                    // was not said after the report, unless the verb is to come («سيعلن»).
                    let later = a.after_report(*k) && !a.t.raw(verb.start).starts_with('س');
                    // «وقال الوزير، الذي وصل إلى بغداد أمس، إن …»: the speaker's arrival.
                    let aside = tr.start > verb.end
                        && (verb.end..tr.start)
                            .rev()
                            .find(|&p| a.t.toks[p].is_comma())
                            .is_some_and(|p| matches!(a.t.raw(p + 1), "الذي" | "التي" | "الذين"));
                    // «رحب … بنتائج القمة التي استضافتها المملكة في 16 مايو»: the day of what
                    // was welcomed, in a relative clause of the object; not of an occasion
                    // («تعهدت الدول خلال المؤتمر الذي عقد في …» spoke then).
                    // The object comes with a preposition («بنتائج», «لنتائج», «عن»: read off
                    // any word after a verb of welcoming, whose object it always is), and the
                    // day stands in its clause, before any comma.
                    let of_object = tr.start > verb.end
                        && (verb.end..tr.start)
                            .rev()
                            .find(|&p| matches!(a.t.raw(p), "الذي" | "التي"))
                            .is_some_and(|p| {
                                // Eight words hold the object and its adjectives
                                // («بنتائج القمة العربية الإسلامية المشتركة غير العادية»).
                                let before = p.saturating_sub(8).max(verb.end)..p;
                                let object = before.clone().any(|k| {
                                    let raw = a.t.raw(k);
                                    (a.t.toks[k].has_proclitic() || welcomes)
                                        && raw.starts_with(['ب', 'ل'])
                                        || raw == "عن"
                                });
                                let occasion = before.clone().any(|k| {
                                    matches!(
                                        a.t.raw(k),
                                        "خلال"
                                            | "اثناء"
                                            | "في"
                                            | "امام"
                                            | "هامش"
                                            | "ختام"
                                            | "عقب"
                                    )
                                });
                                object
                                    && !occasion
                                    && !(p..tr.start).any(|k| a.t.toks[k].is_comma())
                            });
                    // «أكد الجانبان … عزمهما عقد الدورة قبل نهاية السنة الجارية»: a deadline
                    // or a time after something is not when it was said.
                    let bound = tr.start > 0
                        && matches!(a.t.raw(tr.start - 1), "قبل" | "بعد" | "حتي" | "بحلول");
                    !since && !beyond && !later && !aside && !of_object && !bound
                })
                .min_by_key(|(_, tr)| distance(tr, &verb))
                .map(|(k, _)| a.when_of_date(k));
            let when = own
                .or_else(|| speakers[entity].when.clone())
                .or_else(|| a.reference_when());
            speakers[entity].when = when.clone();
            // «قال أوشاكوف إن عشرين رئيسا أكدوا مشاركتهم. وأشار إلى …»: one who speaks inside
            // what another said is not the one a later «وأشار» continues.
            let nested = out
                .last()
                .and_then(|f: &Found| f.content.as_ref())
                .is_some_and(|c| c.contains(&verb.start));
            if !nested {
                last = Some(entity);
            }
            let span = a.sentence_span(s);
            out.push(Found {
                statement: Statement {
                    char_span: a.chars.span(&span),
                    span,
                    speaker: Some(speakers[entity].name.clone()),
                    verb: a.mention(&verb),
                    content: content
                        .clone()
                        .or_else(|| {
                            said_as_object(
                                a,
                                np.as_ref().map_or(verb.end, |r| r.end.max(verb.end)),
                                s,
                                welcomes,
                            )
                        })
                        .map(|c| a.mention(&(c.start..trim_end(a, &c)))),
                    when,
                    rule,
                },
                content,
            });
        }
    }
    out
}

/// The day a sentence opening with «جاء ذلك» gives to the occasion it names («جاء ذلك خلال
/// لقائه أمس»), if it is not after the report nor what began «منذ» it.
fn occasion_day(a: &Analysis<'_, '_>, s: &Range<usize>) -> Option<When> {
    let opens = matches!(a.t.raw(s.start), "جاء" | "وجاء") && a.t.raw(s.start + 1) == "ذلك";
    if !opens {
        return None;
    }
    a.calendar_dates_in(s.clone())
        .find(|(k, tr)| !a.after_report(*k) && !a.since_before(tr, s.start))
        .map(|(k, _)| a.when_of_date(k))
}

fn distance(a: &Range<usize>, b: &Range<usize>) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// The content ends before the sentence's closing mark.
fn trim_end(a: &Analysis<'_, '_>, c: &Range<usize>) -> usize {
    let mut end = c.end;
    while end > c.start + 1 && a.t.toks[end - 1].ends_sentence() {
        end -= 1;
    }
    end
}

/// What attributes the words: the verb (or phrase), the speaker's tokens if named, the rule.
struct Trigger {
    verb: Range<usize>,
    np: Option<Range<usize>>,
    rule: &'static str,
}

/// Whether token `i` is a verb: it ends a speaker's phrase.
fn is_verb(a: &Analysis<'_, '_>, i: usize) -> bool {
    a.has(i, |m| {
        matches!(m, Term::Speech | Term::Tense(_) | Term::MeetingVerb)
    })
}

/// Whether token `i` is a word and no verb: part of a name.
fn name_word(a: &Analysis<'_, '_>, i: usize) -> bool {
    a.t.toks.get(i).is_some_and(|t| t.kind == Kind::Word) && !is_verb(a, i)
}

/// The longest headline speaker before its colon, in words.
const MAX_HEADLINE_SPEAKER: usize = 6;

/// «وزير الخارجية الأمريكي: لم نلحق …»: a title and a colon, with no verb before them.
fn headline(a: &Analysis<'_, '_>, colon: usize, s: &Range<usize>) -> Option<Trigger> {
    // «وزير الخارجية لـ"الغد":»: the outlet spoken to, in quotes after «لـ», stands between.
    let quote = |k: usize| a.t.toks[k].is_quote();
    let colon_at = colon;
    let colon = if colon > s.start + 2 && quote(colon - 1) {
        (colon.saturating_sub(6).max(s.start + 1)..colon - 1)
            .rev()
            .find(|&k| quote(k))
            .filter(|&k| k > s.start && a.t.raw(k - 1) == "ل")
            .map_or(colon, |k| k - 1)
    } else {
        colon
    };
    let mut k = colon;
    while k > s.start && colon - k < MAX_HEADLINE_SPEAKER {
        let j = k - 1;
        if !name_word(a, j) {
            break;
        }
        k = j;
        // «… ووزير الخارجية:»: the conjunction opens the speaker.
        if a.t.toks[j].has_proclitic() && a.t.raw(j).starts_with('و') {
            break;
        }
    }
    // The title opens the line, follows a mark, or is joined by «و» («ووزير الخارجية:»); «لوزير»
    // is someone spoken to.
    let proclitic = a.t.toks[k].has_proclitic();
    let opened = if proclitic {
        a.t.raw(k).starts_with('و')
    } else {
        k == s.start || a.t.toks[k - 1].kind != Kind::Word
    };
    // «بومبيو: لن نغادر سوريا»: a bare name of one or two words opening the line; a label
    // («عاجل:», «فيديو:») or a known place is no speaker.
    let bare_name = k == s.start
        && (1..=2).contains(&(colon - k))
        && (k..colon).all(|j| {
            let raw = a.t.raw(j);
            a.t.toks[j].kind == Kind::Word
                && a.t.hits(j).is_empty()
                && !raw.starts_with("ال")
                && raw.chars().count() >= 3
                && !HEADLINE_LABELS.contains(&raw)
                && !derived_imperfect(raw)
        });
    (k < colon && (opened && a.has_term(k, Term::SpeakerHead) || bare_name)).then(|| Trigger {
        verb: colon_at..colon_at + 1,
        np: Some(k..colon),
        rule: "statement_headline",
    })
}

/// Speech verbs in the present that headlines use after their subject: «الملك يدعو …».
const HEADLINE_VERBS: &[&str] = &[
    "يدعو", "تدعو", "يؤكد", "تؤكد", "يعلن", "تعلن", "يحذر", "تحذر", "يرحب", "ترحب", "يشدد", "تشدد",
    "يعرب", "تعرب", "يقول", "تقول",
];

/// A headline's speaker before its present speech verb at `verb`: the line is one sentence
/// that ends at its line break with no full stop, and the subject is a speaker as before a
/// headline's colon («الرئيس الفرنسي يحذر من …», «غوتيريش يدعو إلى …»).
fn headline_present(a: &Analysis<'_, '_>, verb: usize, s: &Range<usize>) -> Option<Trigger> {
    let line_end = a.t.toks[s.end.checked_sub(1)?].is_punct('\n');
    let starts_line = s.start == 0 || a.t.toks[s.start - 1].is_punct('\n');
    if !(line_end && starts_line) || (s.start..verb).any(|k| !name_word(a, k)) {
        return None;
    }
    let t = headline(a, verb, s)?;
    (t.np.as_ref()?.start == s.start).then_some(Trigger {
        verb: verb..verb + 1,
        ..t
    })
}

/// Whether an unknown word has the prefix of an imperfect verb of a derived form, which no
/// name has: «بريكس تتوسع:» is a headline's subject and verb, no speaker («تتوسع», «يتفاوض»,
/// «تستضيف», «ينتخب»; not «ن», which opens «نتنياهو»).
fn derived_imperfect(raw: &str) -> bool {
    raw.chars().count() >= 5
        && ["تت", "يت", "تست", "يست", "تنت", "ينت"]
            .iter()
            .any(|p| raw.starts_with(p))
}

/// «وختم الوزير كلمته بالقول إن …», «واختتم بالقول»: a verb that is no speech verb speaks
/// with «بالقول» (at `i`) a few words after it; its subject, if any, stands between them, up
/// to what was ended («كلمته», «حديثه»).
fn closing_words(a: &Analysis<'_, '_>, i: usize, s: &Range<usize>) -> Option<Trigger> {
    // The verb is a known one, else the word opening the clause («وختم», «ورد», «واكتفى»).
    let near = i.saturating_sub(5).max(s.start)..i;
    let opens = |k: usize| k == s.start || a.t.toks[k - 1].kind != Kind::Word;
    let v = near.clone().rev().find(|&k| is_verb(a, k)).or_else(|| {
        near.clone()
            .find(|&k| opens(k) && a.t.toks[k].kind == Kind::Word)
    })?;
    // «ويمكن تلخيص الموقف بالقول»: a modal has no speaker.
    if matches!(
        a.word(v),
        "يمكن" | "ويمكن" | "يجب" | "ويجب" | "ينبغي" | "وينبغي"
    ) {
        return None;
    }
    let end = (v + 1..i)
        .find(|&k| {
            let w = a.word(k);
            w.ends_with('ه') || w.ends_with("ها") || stops(a, k)
        })
        .unwrap_or(i);
    Some(Trigger {
        verb: v..v + 1,
        np: (end > v + 1).then_some(v + 1..end),
        rule: "statement_verb_subject",
    })
}

/// Whether a word (without its «و») may be one of the fixed words of [`trigger`]: they all begin
/// with «نق», «نا», «تا», «جا» or «بي». A test of four bytes, for every token.
fn may_be_fixed_word(word: &[u8]) -> bool {
    matches!(
        word,
        [0xD9, 0x86, 0xD9, 0x82, ..]
            | [0xD9, 0x86, 0xD8, 0xA7, ..]
            | [0xD8, 0xAA | 0xAC, 0xD8, 0xA7, ..]
            | [0xD8, 0xA8, 0xD9, 0x8A, ..]
    )
}

/// A statement trigger at token `i`.
fn trigger(a: &Analysis<'_, '_>, i: usize, s: &Range<usize>) -> Option<Trigger> {
    if a.t.toks[i].is_punct(':') {
        return headline(a, i, s);
    }
    // «غوتيريش يدعو إلى وقف فوري لإطلاق النار»: a headline's subject and present verb.
    // Its cheap tests first: every token of a sentence's first words is asked.
    if i > s.start
        && i - s.start <= MAX_HEADLINE_SPEAKER
        && a.t.toks[s.end - 1].is_punct('\n')
        && a.t.raw(i).starts_with(['ي', 'ت'])
        && HEADLINE_VERBS.contains(&a.t.raw(i))
        && let Some(t) = headline_present(a, i, s)
    {
        return Some(t);
    }
    // Most tokens are neither a speech verb nor one of the fixed words below, which all begin
    // with «نق», «نا», «تا», «جا» or «بي», after an «و» or not: a quick answer for them.
    let raw = a.t.raw(i).as_bytes();
    let after_and = raw.strip_prefix("و".as_bytes()).unwrap_or(raw);
    if !may_be_fixed_word(after_and) && !a.t.has_kind(i, Term::Speech.kind_bit()) {
        return None;
    }
    // These fixed words take no proclitic but «و».
    let w = a.t.raw(i);
    let w = w
        .strip_prefix('و')
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(w);
    // «نقلا عن X», «ناقلة على لسان X».
    if matches!(w, "نقلا" | "ناقله" | "ناقلا") {
        let after = if a.t.raw(i + 1) == "عن" {
            i + 2
        } else if a.t.raw(i + 1) == "علي" && a.t.raw(i + 2) == "لسان" {
            i + 3
        } else {
            return None;
        };
        let np = np_after(a, after, s)?;
        return Some(Trigger {
            verb: i..after,
            np: Some(np),
            rule: "statement_quoted_source",
        });
    }
    // «ونقلت وكالة رويترز عن مسؤول أمريكي قوله …»: the source after «عن» speaks; «نقل» alone
    // is more often «moved», so the «عن» after the reporter's name is required.
    if matches!(w, "نقل" | "نقلت" | "نقلوا") {
        let from = (i + 1..(i + 8).min(s.end)).find(|&k| a.t.raw(k) == "عن")?;
        // The agency's short name may follow it: «وكالة الأنباء السعودية (واس)».
        // «ونقلت القناة 12 الإسرائيلية عن مصادر»: a channel's number is part of its name.
        let reporter_only = (i + 1..from).all(|k| {
            let t = &a.t.toks[k];
            name_word(a, k)
                || t.is_punct('(')
                || t.is_punct(')')
                || t.is_quote()
                || t.kind == Kind::Digits && k > i + 1
        });
        if !reporter_only || from == i + 1 {
            return None;
        }
        let np = np_after(a, from + 1, s)?;
        // «ونقلت الوكالة عن بلاغ لوزارة الانتقال الطاقي أن …»: the document's issuer speaks.
        let np = if is_document(a, np.start) {
            issuer_after_lam(a, &np, s).unwrap_or(np)
        } else {
            np
        };
        return Some(Trigger {
            verb: i..i + 1,
            np: Some(np),
            rule: "statement_quoted_source",
        });
    }
    // «وتابع قائلا …», «وتابعت أن …»: «تابع» («followed») reports speech only so introduced.
    if matches!(w, "تابع" | "تابعت" | "تابعوا")
        && (matches!(a.t.raw(i + 1), "قائلا" | "قائله" | "ان" | "انه" | "بان")
            || a.t.toks.get(i + 1).is_some_and(|t| t.is_punct(':')))
    {
        return Some(Trigger {
            verb: i..i + 1,
            np: None,
            rule: "statement_continued",
        });
    }
    // «وبيّن الوزير أن …»: «بين» reports speech only when it opens a clause and a speaker and
    // «أن» follow it; «وبين الطرفين خلافات», «للتعاون بين البلدين أن يسهم» are the preposition.
    if w == "بين" {
        let opens = a.t.raw(i).starts_with('و')
            || i == s.start
            || matches!(a.t.raw(i - 1), "قد" | "وقد" | "كما")
            || a.t.toks[i - 1].kind != Kind::Word;
        if !opens {
            return None;
        }
        let np = np_after(a, i + 1, s)?;
        // A day may stand between: «وبين الوزير اليوم أن …».
        let after = a
            .date_covering(np.end)
            .filter(|_| a.date_starts_at(np.end))
            .map_or(np.end, |d| a.dates[d].1.end);
        return matches!(
            a.t.raw(after),
            "ان" | "انه" | "انها" | "انهم" | "بان" | "بانه"
        )
        .then_some(Trigger {
            verb: i..i + 1,
            np: Some(np),
            rule: "statement_verb_subject",
        });
    }
    // «وجاء في بيان وزارة الخارجية».
    if w == "جاء" && a.t.raw(i + 1) == "في" && DOCUMENTS.contains(&a.t.raw(i + 2)) {
        let np = np_after(a, i + 3, s)?;
        return Some(Trigger {
            verb: i..i + 3,
            np: Some(np),
            rule: "statement_document",
        });
    }
    // «وجاء في البيان المشترك لوزراء الخارجية»: the document with the article, its
    // adjectives, and its issuer after «ل».
    if w == "جاء"
        && a.t.raw(i + 1) == "في"
        && let Some(document) = a.t.raw(i + 2).strip_prefix("ال")
        && DOCUMENTS.contains(&document)
    {
        let issuer = (i + 3..(i + 6).min(s.end))
            .find(|&k| !(a.t.raw(k).starts_with("ال") && a.t.toks[k].kind == Kind::Word))?;
        // Not «للقمة»: the text has no span that reads «القمة».
        if !lam_issuer(a, issuer) {
            return None;
        }
        let np = np_after(a, issuer, s)?;
        return Some(Trigger {
            verb: i..i + 3,
            np: Some(np),
            rule: "statement_document",
        });
    }
    if !a.has_term(i, Term::Speech) {
        return None;
    }
    if w == "بالقول" {
        return closing_words(a, i, s);
    }
    let verb = i..i + 1;
    // «وهو ما أكدته الوزارة», «وفق ما ذكرته رويترز»: the pronoun of what was said, after
    // «ما»; «وذكّره الوزير بالاتفاق» reminds.
    let w = a.word(i);
    if (w.ends_with('ه') || w.ends_with("ها"))
        && !(i > s.start && matches!(a.t.raw(i - 1), "ما" | "مما" | "كما"))
    {
        return None;
    }
    // «الذي أعلن عنه في …»: something announced, no one speaking; «القمة التي دعا إليها
    // الملك»: something called for.
    if matches!(a.t.raw(i + 1), "عنه" | "عنها" | "عنهم" | "عنهما")
        || i > s.start
            && matches!(a.t.raw(i - 1), "التي" | "الذي")
            && matches!(
                a.t.raw(i + 1),
                "اليه" | "اليها" | "اليهم" | "عليه" | "عليها"
            )
    {
        return None;
    }
    // «وكان X قد أعلن»: the subject stands before the verb.
    if let Some(np) = np_before(a, i, s, true) {
        return Some(Trigger {
            verb,
            np: Some(np),
            rule: "statement_subject_verb",
        });
    }
    // «ترامب يقول إن …», «الوزير أكد التزام بلاده»: the subject opens the sentence, the verb
    // follows it, and what was said follows the verb.
    let says_that = matches!(
        a.t.raw(i + 1),
        "ان" | "انه" | "انها" | "انهم" | "بان" | "بانه"
    ) || a.t.toks.get(i + 1).is_some_and(|t| t.is_punct(':'))
        || is_object_noun(a.t.raw(i + 1));
    if says_that
        && i > s.start
        && i - s.start <= MAX_HEADLINE_SPEAKER
        && (s.start..i).all(|j| name_word(a, j))
        && !a.t.toks[s.start].has_proclitic()
        && (a.has_term(s.start, Term::SpeakerHead) || a.t.hits(s.start).is_empty())
    {
        return Some(Trigger {
            verb,
            np: Some(s.start..i),
            rule: "statement_subject_verb",
        });
    }
    // «أما وزير الخارجية الفرنسي فقال …»: the topic after «أما» is the speaker, unless one
    // follows the verb («أما بالنسبة للاجتماع، فقال الوزير …»).
    if a.t.raw(i).starts_with('ف')
        && np_after(a, i + 1, s).is_none()
        && let Some(k) = (i.saturating_sub(MAX_SPEAKER + 1).max(s.start)..i)
            .rev()
            .find(|&k| matches!(a.t.raw(k), "اما" | "واما"))
        && k + 1 < i
        && (k + 1..i).all(|j| a.t.toks[j].kind == Kind::Word || a.t.toks[j].is_punct('،'))
    {
        let end = if a.t.toks[i - 1].is_punct('،') {
            i - 1
        } else {
            i
        };
        return Some(Trigger {
            verb,
            np: Some(k + 1..end),
            rule: "statement_subject_verb",
        });
    }
    // «أعلن عن تأسيسه ولي العهد»: a preposition and its object, with a pronoun, may stand
    // before the subject, which a title opens.
    let subject_at = if matches!(a.t.raw(i + 1), "عن" | "علي")
        && !a.t.raw(i + 2).starts_with("ال")
        && a.t.raw(i + 2).ends_with(['ه', 'ا'])
        && a.has_term(i + 3, Term::SpeakerHead)
    {
        i + 3
    } else {
        i + 1
    };
    // «أن الرئيس رحب بضيفه»: what is welcomed, right after the verb, is no subject.
    let welcomed_first = a.word(i).starts_with("رحب")
        && a.t.raw(subject_at).starts_with('ب')
        && !B_TITLES.contains(&a.t.raw(subject_at));
    // A plural verb («وتعهدوا») carries its subject as a pronoun.
    // «ما يزيد على 75 دولة أكدت مشاركتها», «أعلن تأجيل الاجتماع»: a verbal noun right after
    // the verb is its object; the subject stands before it or is the verb's pronoun.
    if !a.t.raw(i).ends_with("وا")
        && !welcomed_first
        && !is_object_noun(a.t.raw(subject_at))
        && let Some(mut np) = np_after(a, subject_at, s)
    {
        if let Some(k) = object_after_name(a, i, &np) {
            np.end = k;
        }
        // «وذكر بيان صادر عن الرئاسة أن …»: the issuer of the document speaks; so does the one
        // after «ل» («ذكر بيان لمكتب رئيس الوزراء»), not «لل», which no span writes whole.
        if is_document(a, np.start) {
            // «بيان صادر عن», «بيان مشترك صدر عقب اللقاء»: the issuing word, after an adjective
            // at most, ends the document's name; the issuer follows «عن».
            let issued = (np.start + 1..(np.start + 3).min(np.end))
                .find(|&k| matches!(a.t.raw(k), "صادر" | "الصادر" | "صدر"));
            if let Some(k) = issued {
                // «بيان ختامي صدر عن الاجتماع»: a gathering issues no statement of its own;
                // the document speaks for it.
                match np_after(a, k + 2, s) {
                    Some(issuer)
                        if a.t.raw(k + 1) == "عن"
                            && !a.has(issuer.start, |m| matches!(m, Term::MeetingNoun(_))) =>
                    {
                        np = issuer
                    }
                    _ => np.end = k,
                }
            } else if let Some(issuer) = issuer_after_lam(a, &np, s) {
                np = issuer;
            }
        }
        // «ورحب الاتحاد الأوروبي بنتائج الاجتماع»: what is welcomed comes with «ب».
        if a.word(i).starts_with("رحب")
            && let Some(k) = (np.start + 1..np.end)
                .find(|&k| a.t.raw(k).starts_with('ب') && !B_TITLES.contains(&a.t.raw(k)))
        {
            np.end = k;
        }
        return Some(Trigger {
            verb,
            np: Some(np),
            rule: "statement_verb_subject",
        });
    }
    if let Some(np) = np_before(a, i, s, false) {
        return Some(Trigger {
            verb,
            np: Some(np),
            rule: "statement_subject_verb",
        });
    }
    // «وأوضح الوزير أن ما يزيد على 75 دولة أكدت مشاركتها»: a verb with no conjunction in what
    // was said, past words of its own subject, has that subject, not found: no statement of
    // the one who said it («إلا أنه اعترف» has its subject in the pronoun).
    let in_content = (i.saturating_sub(WINDOW).max(s.start)..i)
        .rev()
        .find(|&k| matches!(a.t.raw(k), "ان" | "انه" | "انها" | "بان" | "بانه" | "بانها"))
        .is_some_and(|k| k + 1 < i);
    if in_content && !a.t.toks[i].has_proclitic() {
        return None;
    }
    // «استقال X … وقال»: the subject of the sentence's earlier verb.
    if let Some(np) = (i.saturating_sub(WINDOW).max(s.start)..i)
        .rev()
        .find_map(|k| {
            let past = a.has(k, |m| {
                matches!(m, Term::Tense(crate::lexicon::Tense::Past) | Term::Speech)
            });
            if past && !a.t.raw(k).ends_with("وا") {
                // «وألقى كلمة دعا فيها»: the verb's object, its subject left out; look further.
                // «وحضر القمة الرئيس …»: the gathering attended before the subject.
                np_after(a, k + 1, s)
                    .filter(|np| !is_object_noun(a.t.raw(np.start)))
                    .map(|np| {
                        let object_first = a.has(np.start, |m| matches!(m, Term::MeetingNoun(_)))
                            && a.has_term(np.start + 1, Term::SpeakerHead);
                        if object_first {
                            np.start + 1..np.end
                        } else {
                            np
                        }
                    })
            } else {
                None
            }
        })
    {
        return Some(Trigger {
            verb,
            np: Some(np),
            rule: "statement_same_subject",
        });
    }
    Some(Trigger {
        verb,
        np: None,
        rule: "statement_continued",
    })
}

/// Whether token `i` ends a speaker's noun phrase.
/// Whether «في» + a country at token `i` says where the office of the title at `start` is:
/// «المتحدث باسم قوات التحالف في اليمن», «مسؤول في العراق»; not where a person spoke
/// («وأضاف كاتلين في العراق») or a city («الوزير في القاهرة»).
fn office_in(a: &Analysis<'_, '_>, start: usize, i: usize) -> bool {
    matches!(a.t.raw(i), "في" | "وفي")
        && a.has_term(i + 1, Term::Country)
        && a.has_term(start, Term::SpeakerHead)
}

/// Whether token `i` is the «عن» of a member for a bloc, party, province or region («النائب عن
/// ائتلاف دولة القانون», «عضو مجلس النواب عن محافظة البصرة», «عضو اللجنة عن المنطقة
/// الشرقية»), which belongs to the speaker's name; «عن» of what is spoken about does not name
/// one of these.
fn member_for(a: &Analysis<'_, '_>, start: usize, i: usize) -> bool {
    const BODIES: [&str; 20] = [
        "كتله",
        "الكتله",
        "ائتلاف",
        "تحالف",
        "حزب",
        "الحزب",
        "التيار",
        "تيار",
        "حركه",
        "الحركه",
        "قائمه",
        "القائمه",
        "محافظه",
        "دائره",
        // «عضو اللجنة عن المنطقة الشرقية»: a region one sits for.
        "المنطقه",
        "منطقه",
        "اقليم",
        "الاقليم",
        "ولايه",
        "مدينه",
    ];
    a.t.raw(i) == "عن"
        && (start..i).any(|k| matches!(a.word(k), "النائب" | "نائب" | "النائبه" | "العضو" | "عضو"))
        && (BODIES.contains(&a.t.raw(i + 1))
            || a.has_term(i + 1, Term::Coalition)
            || a.has_term(i + 1, Term::Place)
            || a.has_term(i + 1, Term::Country))
}

/// Whether `word` is one of [`OBJECT_NOUNS`], alone, after «ب», or with a possessive pronoun:
/// «رفضه», «التزامها», «رغبته» (whose «ة» is written «ت» before the pronoun).
fn is_object_noun(word: &str) -> bool {
    if OBJECT_NOUNS.contains(word) {
        return true;
    }
    // «تعهد الرئيس بدعم لبنان», «اعترف المسؤول بوجود خلافات»: the complement after «ب».
    if let Some(rest) = word.strip_prefix('ب')
        && OBJECT_NOUNS.contains(rest)
    {
        return true;
    }
    let Some(stem) = ["هما", "هم", "ها", "ه"]
        .iter()
        .find_map(|p| word.strip_suffix(p))
        .filter(|s| s.chars().count() >= 3)
    else {
        return false;
    };
    OBJECT_NOUNS.contains(stem)
        || stem
            .strip_suffix('ت')
            .is_some_and(|s| OBJECT_NOUNS.contains(&format!("{s}ه")))
}

/// Whether token `i` follows a coalition word in construct, as the word that names it: «تحالف
/// دعم الشرعية», «ائتلاف دولة القانون».
fn names_coalition(a: &Analysis<'_, '_>, i: usize) -> bool {
    i > 0 && a.has_term(i - 1, Term::Coalition) && !a.t.stem(i - 1).starts_with("ال")
}

fn stops(a: &Analysis<'_, '_>, i: usize) -> bool {
    let Some(tok) = a.t.toks.get(i) else {
        return true;
    };
    // «أوبك+»: a plus touching the word before it is part of the name.
    if tok.kind != Kind::Word && !(tok.is_punct('+') && i > 0 && a.t.touching(i - 1)) {
        return true;
    }
    if a.date_starts_at(i) {
        return true;
    }
    let raw = a.t.raw(i);
    // A verb ends the phrase; «فيصل» is a name, not «ف» + «يصل»; nor does a word of a
    // coalition's name («قوات تحالف دعم الشرعية»).
    if is_verb(a, i)
        && !(raw.starts_with('ف') && a.t.toks[i].has_proclitic())
        && !names_coalition(a, i)
        || a.has(i, |m| matches!(m, Term::Qualifier(_)))
    {
        return true;
    }
    let w = a.word(i);
    // «مصدر مطلع طلب عدم الكشف عن اسمه»: the source's request is no part of its name.
    if matches!(raw, "طلب" | "فضل" | "رفض") && matches!(a.t.raw(i + 1), "عدم" | "الكشف")
    {
        return true;
    }
    // «لـ"الشرق الأوسط"»: a preposition standing alone before a quoted name.
    if matches!(raw, "ل" | "ب" | "ك") {
        return true;
    }
    if (STOP_WORDS.contains(raw) || STOP_WORDS.contains(w))
        && !a.is_name_ali(i)
        && !a.is_name_anne(i)
        || ADDRESSEES.contains(raw)
    {
        return true;
    }
    // «أحد كبار المسؤولين في وزارة الخارجية».
    if raw == "في" || raw == "وفي" {
        // «مصادر في تحالف أوبك+», «قيادي في الإطار التنسيقي»: a coalition too.
        return !(INSTITUTIONS.contains(a.t.raw(i + 1))
            || a.has(i + 1, |m| matches!(m, Term::Organization | Term::Coalition)));
    }
    // «بهزيمة», «بمواصلة», «بتقديم», «بالانسحاب»: the object, not the speaker.
    let object =
        ["بال", "بت", "بم", "بع"].iter().any(|p| raw.starts_with(p)) && raw.chars().count() >= 4;
    object && !B_TITLES.contains(&raw)
}

/// Where the object of a verb that calls on or warns someone begins inside the noun phrase
/// `np` after it: «ودعا الوزير مايك بومبيو الدول الأعضاء إلى …», «وحذر الرئيس بوتين الولايات
/// المتحدة من …». The object stands between the speaker's name and the verb's preposition, and
/// begins with a known kind of party right after a word of the name.
fn object_after_name(a: &Analysis<'_, '_>, verb: usize, np: &Range<usize>) -> Option<usize> {
    if Some(a.t.raw(np.end)) != preposition_of(a.word(verb)) {
        return None;
    }
    let party = |k: usize| {
        a.has(k, |m| {
            matches!(
                m,
                Term::Country
                    | Term::Place
                    | Term::Organization
                    | Term::MemberUnit
                    | Term::SpeakerHead
                    | Term::Coalition
            )
        })
    };
    // «إدارة الرئيس», «حكومة بلاده», «الكونغرس», «المجتمع الدولي»: bodies addressed.
    let addressed = |k: usize| {
        matches!(
            a.t.raw(k),
            "اداره"
                | "حكومه"
                | "الحكومه"
                | "سلطات"
                | "السلطات"
                | "قياده"
                | "الاطراف"
                | "الكونغرس"
                | "البرلمان"
                | "المجتمع"
                | "الشعب"
        )
    };
    // A word of a personal name: no article, nothing the lexicon knows. A name has two such
    // words («مايك بومبيو»), or one alone as the whole speaker; «لجامعة» after a title is not one.
    // A courtesy title («سمو رئيس مجلس الوزراء») opens a title, not a name.
    let name_word = |k: usize| {
        a.t.toks[k].kind == Kind::Word
            && !a.t.raw(k).starts_with("ال")
            && a.t.raw(k).chars().count() >= 3
            && a.t.hits(k).is_empty()
            && !COURTESY_TITLES.contains(&a.t.raw(k))
    };
    // The name's last word may carry the article («عادل الجبير», «عادل عبد المهدي»).
    let ends_name = |k: usize| {
        name_word(k - 1) && (k - 1 == np.start || name_word(k - 2))
            || k >= np.start + 2 && a.t.raw(k - 1).starts_with("ال") && name_word(k - 2)
            // «ودعا سمو الأمير الدول الأعضاء»: a courtesy title and the office it honours.
            || k >= np.start + 2
                && a.t.raw(k - 1).starts_with("ال")
                && COURTESY_TITLES.contains(&a.t.raw(k - 2))
    };
    (np.start + 1..np.end).find(|&k| ends_name(k) && (party(k) || addressed(k)))
}

/// The preposition a speech verb takes what is said with, or whom it addresses: «أشار إلى»,
/// «دعا إلى», «أعرب عن», «أعلن عن», «شدد على», «حث على», «حذر من».
fn preposition_of(verb: &str) -> Option<&'static str> {
    let takes = |stems: &[&str]| stems.iter().any(|p| verb.starts_with(p));
    if takes(&["اشار", "لفت", "دعا", "دعت", "دعو"]) {
        Some("الي")
    } else if takes(&["اعرب", "كشف", "اعلن"]) {
        Some("عن")
    } else if takes(&["شدد", "اكد", "حرص", "حث"]) {
        Some("علي")
    } else if takes(&["حذر"]) {
        Some("من")
    } else {
        None
    }
}

/// Whether token `i` is the «إلى», «لدى» or «في» of an envoy's post in the name that began at
/// `start`: «المبعوث الأممي إلى سوريا غير بيدرسون», «سفير فرنسا لدى الأمم المتحدة», «السفير
/// الأمريكي في بغداد دوغلاس سيليمان», «السفارة الأمريكية في بغداد».
fn envoy_to(a: &Analysis<'_, '_>, start: usize, i: usize) -> bool {
    matches!(a.t.raw(i), "الي" | "لدي" | "في")
        && (start..i).any(|k| {
            matches!(
                a.word(k),
                "المبعوث"
                    | "مبعوث"
                    | "السفير"
                    | "سفير"
                    | "المندوب"
                    | "مندوب"
                    | "الممثل"
                    | "ممثل"
                    | "السفاره"
                    | "سفاره"
                    | "القنصل"
                    | "قنصل"
            )
        })
        && (a.has_term(i + 1, Term::Country)
            || a.has_term(i + 1, Term::Place)
            || a.has_term(i + 1, Term::Organization))
}

/// The speaker's noun phrase starting at `start`, if there is one.
fn np_after(a: &Analysis<'_, '_>, start: usize, s: &Range<usize>) -> Option<Range<usize>> {
    // «قال خلاله الرئيس»: an adverbial with a pronoun before a titled subject (not «كلمة دعا
    // فيها الدول العربية», a relative clause whose subject is the antecedent's).
    let start = if matches!(a.t.raw(start), "خلاله" | "خلالها" | "فيه" | "فيها")
        && a.has_term(start + 1, Term::SpeakerHead)
    {
        start + 1
    } else {
        start
    };
    // «ما أفادت به الوكالة», «وقال لهم الوزير»: a pronoun object before the subject.
    let start = if matches!(
        a.t.raw(start),
        "به" | "بها"
            | "له"
            | "لها"
            | "لهم"
            | "لنا"
            | "لي"
            | "اليه"
            | "اليها"
            | "اليهم"
            | "عليه"
            | "عليها"
            | "عليهم"
    ) {
        start + 1
    } else {
        start
    };
    // «رحبت كل من روسيا وتركيا»: «كل من» opens a list of speakers.
    let start = if a.t.raw(start) == "كل" && a.t.raw(start + 1) == "من" {
        start + 2
    } else {
        start
    };
    let mut end = start;
    // «وصرح والي بنك المغرب»: the Maghrebi governor's title, which reads like «وإلى», opens
    // the subject (no verb is followed by «وإلى»).
    if a.t.raw(start) == "والي" && name_word(a, start + 1) && start + 1 < s.end {
        end += 1;
    }
    while end < s.end
        && end - start < MAX_SPEAKER
        && (!stops(a, end)
            || envoy_to(a, start, end)
            || office_in(a, start, end)
            || member_for(a, start, end))
        && !(end > start && is_object_noun(a.t.raw(end)) && !names_coalition(a, end))
    {
        end += 1;
    }
    // «وزير الخارجية التونسي، محمد علي النفطي، …»: a name between commas after a title.
    let comma = |k: usize| a.t.is_comma(k);
    // Only after a title that takes a name: «مصدر دبلوماسي، طلب عدم كشف هويته،» names no one.
    let titled = a.has_term(start, Term::SpeakerHead)
        && !matches!(
            a.word(start),
            "مصدر" | "مصادر" | "مسؤول" | "وزاره" | "الخارجيه"
        );
    if titled && end > start && comma(end) && !stops(a, end + 1) {
        // Words only, no verb: a name («محمد علي النفطي»), not a clause.
        let name_end = (end + 1..(end + 6).min(s.end)).find(|&k| !name_word(a, k));
        if let Some(k) = name_end.filter(|&k| comma(k) && k > end + 1) {
            end = k;
        }
    }
    (end > start).then_some(with_bracketed_name(a, start..end, s))
}

/// Whether token `i` names a body that a quoted name may follow: a coalition word, or a
/// movement, party, front or group.
fn body(a: &Analysis<'_, '_>, i: usize) -> bool {
    a.has_term(i, Term::Coalition)
        || matches!(
            a.word(i),
            "حركه"
                | "جماعه"
                | "حزب"
                | "جبهه"
                | "تنظيم"
                | "تجمع"
                | "تيار"
                | "كتله"
                | "منظمه"
                | "جمعيه"
                | "هيئه"
                | "مجموعه"
                | "قوي"
                | "فصيل"
                | "ميليشيا"
                | "مليشيا"
        )
}

/// The speaker `np` with its name in brackets before what is said, when it is told by a common
/// noun alone («وقالت فضائية (الحرة) إن …»); after a full name («وكالة الأنباء السعودية
/// (واس)») the brackets hold a short name, no part of it. An outlet's name in quotation marks
/// is its name too, with the adjectives after it («ذكرت صحيفة "الغارديان" البريطانية»).
fn with_bracketed_name(a: &Analysis<'_, '_>, np: Range<usize>, s: &Range<usize>) -> Range<usize> {
    let end = np.end;
    let punct = |k: usize, c: char| a.t.toks.get(k).is_some_and(|t| t.is_punct(c));
    let quote = |k: usize| k < s.end && a.t.toks[k].is_quote();
    if np.len() == 1 && OUTLETS.contains(&a.word(np.start)) && quote(end) {
        let close = (end + 2..(end + 8).min(s.end)).find(|&k| quote(k));
        if let Some(close) = close.filter(|&k| (end + 1..k).all(|j| name_word(a, j))) {
            let mut last = close + 1;
            while last < s.end && a.t.raw(last).starts_with("ال") && !stops(a, last) {
                last += 1;
            }
            return np.start..last;
        }
    }
    // «التحالف المدني المعارض "تقدم"، الذي …», «حركة "حماس" إن …»: a short quoted name right
    // after a body, then a comma, a colon, a relative or what is said, names it (a quotation of what
    // is said goes on with more words, and follows a person as well).
    let word = |j: usize| a.t.toks[j].kind == Kind::Word;
    if quote(end)
        && np.clone().any(|j| body(a, j))
        && let Some(close) = (end + 2..(end + 5).min(s.end)).find(|&k| quote(k))
        && (end + 1..close).all(word)
        // «نائب رئيس حركة "حماس" بالدعوة»: a body in construct takes the name as its
        // genitive, whatever follows.
        && (!a.t.stem(end - 1).starts_with("ال") && body(a, end - 1)
            || a.t.is_comma(close + 1)
            || punct(close + 1, ':')
            || matches!(
                a.t.raw(close + 1),
                "ان" | "انه" | "انها" | "بان" | "الذي" | "التي"
            ))
    {
        return np.start..close + 1;
    }
    if np.len() == 1
        && end + 3 <= s.end
        && punct(end, '(')
        && punct(end + 2, ')')
        && a.t.toks[end + 1].kind == Kind::Word
        && matches!(a.t.raw(end + 3), "ان" | "انه" | "انها" | "بان")
    {
        np.start..end + 3
    } else {
        np
    }
}

/// The speaker before the verb at `v`: after «كان» («وكان X قد أكد», `after_kana`) or after
/// «أن» («أن الوزير أعرب»).
fn np_before(
    a: &Analysis<'_, '_>,
    v: usize,
    s: &Range<usize>,
    after_kana: bool,
) -> Option<Range<usize>> {
    let mut end = v;
    if end > s.start && a.word(end - 1) == "قد" {
        end -= 1;
    }
    if end > s.start && a.t.toks[end - 1].is_comma() {
        end -= 1;
    }
    let mut k = end;
    while k > s.start && end - k < MAX_SPEAKER {
        let j = k - 1;
        let w = a.word(j);
        let opener = if after_kana {
            matches!(w, "كان" | "كانت" | "كانوا")
        } else {
            matches!(a.t.raw(j), "ان" | "انه" | "بان")
        };
        if opener {
            return (k < end).then_some(k..end);
        }
        // «أن 13 من القادة العرب أكدوا», «بأن 13 رئيس دولة أكدوا»: a count opens the subject.
        let count_opens = !after_kana
            && a.t.toks[j].kind == Kind::Digits
            && a.t.toks.get(k).is_some_and(|t| t.kind == Kind::Word)
            && j > s.start
            && matches!(a.t.raw(j - 1), "ان" | "بان");
        if a.t.toks[j].kind != Kind::Word && !count_opens
            || is_verb(a, j) && !(a.t.raw(j).starts_with('ف') && a.t.toks[j].has_proclitic())
        {
            return None;
        }
        k = j;
    }
    None
}

/// The content clause: from «أن»/«إن»/«:»/a quotation mark after `from` to the sentence end.
/// «أشار إلى», «أعرب عن», «شدد على» open the content too. Not the quotation marks of a name
/// after «لـ» («في حديث لـ"المدى"»).
fn content_after(
    a: &Analysis<'_, '_>,
    verb: &Range<usize>,
    from: usize,
    s: &Range<usize>,
) -> Option<Range<usize>> {
    let preposition = preposition_of(a.word(verb.start));
    let place = |k: usize| a.has_term(k, Term::Place) || a.has_term(k, Term::Country);
    let end = (from + WINDOW).min(s.end);
    // The quotation marks of a name after «لـ» and their closing ones.
    // «لقناة "الإخبارية"», «صحيفة "الغد"»: after an outlet's noun or a body's too.
    let name_quote = |j: usize| {
        let opens = |k: usize| {
            a.t.toks[k].is_quote()
                && k > 0
                && (matches!(a.t.raw(k - 1), "ل" | "ب")
                    || ADDRESSEES.contains(a.t.raw(k - 1))
                    || OUTLETS.contains(&a.word(k - 1))
                    // «لمكافحة تنظيم "داعش"», «حركة "حماس"»: a body's name.
                    || body(a, k - 1))
        };
        opens(j) || (j.saturating_sub(4).max(from)..j).any(opens)
    };
    let complementizer = |raw: &str| {
        matches!(
            raw,
            "ان" | "انه" | "انها" | "انهم" | "بان" | "بانه" | "بانها"
        )
    };
    // «أكد الوزير، لدى إشرافه أمس على اجتماع تحضيري، أن …»: the preposition of a verbal
    // noun in an aside between commas, with «أن» after the aside.
    let in_aside = |j: usize| {
        (from..j).any(|k| a.t.is_comma(k))
            && (j + 1..end)
                .find(|&k| a.t.is_comma(k))
                .is_some_and(|k| complementizer(a.t.raw(k + 1)))
    };
    (from..end)
        .find(|&j| {
            let raw = a.t.raw(j);
            complementizer(raw)
                // «خلال زيارته إلى باريس» is where, not what.
                || Some(raw) == preposition && !a.is_name_ali(j) && !place(j + 1) && !in_aside(j)
                || matches!(
                    a.t.toks[j].kind,
                    Kind::Punct {
                        c: ':' | '"' | '«' | '“',
                        ..
                    }
                ) && !(a.t.toks[j].is_quote() && name_quote(j))
        })
        .map(|j| {
            // «…، وذلك في كلمة أمام جلسة لمجلس الأمن»: «وذلك» after a comma tells where or
            // when it was said, no part of what was.
            let last = s.end.min(j + MAX_CONTENT);
            let end = (j + 1..last)
                .find(|&k| a.t.is_comma(k) && a.t.raw(k + 1) == "وذلك")
                .unwrap_or(last);
            j..end
        })
}

/// «أكد الوزيران ضرورة وقف التصعيد»: what was said as the verb's object, a verbal noun of
/// saying's matter within a few words after the speaker, up to the sentence's end. Reported
/// as the content only: unlike the clause after «أن», it bounds no date of the speaking.
fn said_as_object(
    a: &Analysis<'_, '_>,
    from: usize,
    s: &Range<usize>,
    welcomes: bool,
) -> Option<Range<usize>> {
    (from..(from + 4).min(s.end))
        .take_while(|&j| a.t.toks[j].kind == Kind::Word || a.t.toks[j].is_comma())
        .find(|&j| {
            let raw = a.t.raw(j);
            // After a verb of welcoming or praise, its object with «ب» («رحب سموه بنتائج
            // القمة»).
            if welcomes && raw.starts_with('ب') && raw.chars().nth(3).is_some() {
                return true;
            }
            // «في كلمتها أمام الاجتماع»: where it was said, after a preposition, is no object.
            let governed = j > 0 && matches!(a.t.raw(j - 1), "في" | "خلال" | "عبر" | "امام");
            is_object_noun(raw) && !raw.starts_with('ب') && !GIVEN.contains(&raw) && !governed
        })
        .map(|j| j..s.end.min(j + MAX_CONTENT))
}

/// What is given or issued («ألقى كلمة»), no matter of what was said.
const GIVEN: [&str; 6] = ["بيانا", "خطابا", "تصريحا", "كلمه", "رساله", "تغريده"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_words_pass_the_quick_test() {
        let fixed = [
            "نقلا",
            "ناقله",
            "ناقلا",
            "نقل",
            "نقلت",
            "نقلوا",
            "تابع",
            "تابعت",
            "تابعوا",
            "جاء",
        ];
        for w in fixed {
            assert!(may_be_fixed_word(w.as_bytes()), "{w}");
        }
        for w in ["نحو", "تعاون", "جديد", "قال", "ن", ""] {
            assert!(!may_be_fixed_word(w.as_bytes()), "{w}");
        }
    }
}
