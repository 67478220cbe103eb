//! Meetings: every mention of a gathering, with its date, place, level and status as a reader
//! knows them from the whole article.
//!
//! 1. Mentions: a meeting noun or verb, with the date and place of its own clause («اجتماع
//!    المديرين السياسيين الذي عقد في مدينة لاهاي في 7 ديسمبر»). A mention with no date, place,
//!    participants or level of its own («أجندة الاجتماع») repeats a meeting already annotated.
//! 2. Meetings: mentions that share a place or a date, or that name neither, are one meeting
//!    (the latest of their class); it takes the first day, the place and the level they give, and
//!    the dateline's city when none does.
//! 3. Status, per meeting: planned after the publication date, held before it or when closed,
//!    under way on it.

mod cues;

use std::ops::Range;

use super::analysis::{Analysis, WINDOW};
use super::statement;
use crate::event::{Level, Meeting, Mention, Status, WhenSource};
use crate::lexicon::{MeetingClass, Tense, Term};

use crate::lexicon::meeting_cues::{
    ASSEMBLY, BODY, CHIEF, CITY, CLOSES, CONTINUES, COUNCIL, DIALOGUE, DIRECTORS, DISCUSSES,
    EXPERTS, GROUP, HOSTS, INSTEAD, LEVEL_OF, MATCH, NOT_MEETING, OPENS, PARTY, POLITICAL,
    PORTFOLIO, POSTPONES, RELATIVE, ROUND, SAME_TIME_CUE, SMALL, TAKES_PART, THEN, TITLE, TOPIC,
    WORKING, WORKS,
};
use crate::text::Kind;
use crate::time::{Duration, DurationUnit, Modifier, TimeValue, after_ala_an};
use chrono::Datelike;
use cues::Cues;

/// How many earlier meetings a mention may be matched with.
const RECENT: usize = 64;

struct MentionAt {
    sentence: usize,
    trigger: Range<usize>,
    class: MeetingClass,
    date: Option<usize>,
    /// The date is the closing day («اختتم … اليوم»).
    closing: bool,
    /// The first day, from a closing day and how long the gathering lasted («اختتمت أمس
    /// أعمال الاجتماعات التي استمرت يومين»).
    first_day: Option<chrono::NaiveDate>,
    place: Option<Range<usize>>,
    level: Option<Level>,
    /// Tense of the clause.
    tense: Option<Tense>,
    /// «الاجتماع المقبل»: the next one, to come whatever the clause's verb.
    next: bool,
    /// Its clause holds or chairs it in the past on the day of the report, and does not open
    /// it: «ترأس الرئيس اليوم اجتماعا», «عقد الوزراء اليوم اجتماعا» were held; what opened
    /// today («انطلقت اليوم») is under way.
    held_today: bool,
    /// Its clause holds it in the past, opening nothing, in a month, week or year that the
    /// report may fall in: held, not under way.
    held_in_period: bool,
    /// Held in the present tense, as headlines tell what was done: «الرئيس يستقبل …», «مجلس
    /// الوزراء يعقد جلسته» (a meeting verb, or a verb of holding that opens nothing).
    held_in_present: bool,
    /// A future cue in the sentence before it or in its clause («من المقرر أن يعقد»).
    future: bool,
    /// Its holding is agreed, decided or prepared («اتفقا على عقد الاجتماع»): a meeting to
    /// come, none of those already held or under way.
    prospective: bool,
    /// A plural with no date or place («لقاءات على نحو متكرر»): gatherings in general.
    generic: bool,
    /// A last day the clause gives with «حتى».
    until: Option<chrono::NaiveDate>,
    /// The kind of gathering it is held on the sidelines of, or within.
    host: Option<MeetingClass>,
    /// The mention of the same sentence it is the host or the guest of («التقى … على هامش
    /// الاجتماع»): two gatherings, never one entity.
    partner: Option<usize>,
    /// Its sentence turns to another story («من جهة أخرى، استقبل …»): a gathering of its own.
    new_topic: bool,
    /// Its clause names a capital by its country («في العاصمة السعودية»): most often the
    /// dateline's city.
    names_capital: bool,
    /// Told in the pluperfect («وكان الوزراء قد عقدوا اجتماعا»), dated or not.
    pluperfect_told: bool,
    /// Held by video or online («عبر الاتصال المرئي», «افتراضيا»): in no city.
    remote: bool,
    /// One who meets on the sidelines of a gathering of the sentence («التقى سموه على هامش
    /// الاجتماع وزير …»).
    meets_at_host: bool,
    /// Named again with only its level: it tells the meeting's attributes, and is no event.
    silent: bool,
    /// An indefinite noun a past verb of chairing or holding takes as its object («ترأس
    /// الوزير اجتماعا»): a gathering the text brings in, none named before.
    introduced: bool,
}

impl MentionAt {
    /// A dated mention told in the pluperfect: held before the report, whatever day it names.
    fn pluperfect(&self) -> bool {
        self.date.is_some() && self.pluperfect_told
    }
}

struct Entity {
    class: MeetingClass,
    place: Option<Range<usize>>,
    date: Option<usize>,
    weak_date: Option<usize>,
    /// The first day its closing day and length give, for `weak_date`.
    first_day: Option<chrono::NaiveDate>,
    level: Option<Level>,
    closing: bool,
    future: bool,
    /// The last day, from «وتستمر حتى يوم غد».
    until: Option<chrono::NaiveDate>,
    /// Gatherings in general: no later mention is one of them.
    generic: bool,
    /// The kind of gathering it is held on the sidelines of, or within («على هامش المؤتمر»).
    host: Option<MeetingClass>,
    /// That gathering, when a sentence names both: its date is this one's when it has none.
    host_entity: Option<usize>,
    /// Told in the pluperfect («وكان الوزيران قد عقدا جلسة»): held before the report.
    pluperfect: bool,
    /// Held by video or online, by one of its mentions: in no city.
    remote: bool,
    /// Told by one of its mentions as held on the report's day («استقبل … صباح اليوم»): a
    /// headline's present («يستقبل») is the same audience, over too.
    held_today: bool,
}

/// Finds the meeting mentions of a text.
pub(crate) fn meetings(a: &Analysis<'_, '_>, statements: &[statement::Found]) -> Vec<Meeting> {
    let cues = Cues::new(a);
    let dateline_at = dateline_tokens(a);
    let mentions = mentions(&cues, statements, dateline_at.as_ref());
    let mut entities: Vec<Entity> = Vec::new();
    let mut of_mention = Vec::with_capacity(mentions.len());
    for m in &mentions {
        let partner = m.partner.and_then(|p| of_mention.get(p).copied());
        let found = if m.generic || m.new_topic {
            None
        } else {
            find_entity(a, &entities, m, partner)
        };
        let k = match found {
            Some(k) => k,
            None => {
                entities.push(Entity {
                    class: m.class,
                    place: None,
                    date: None,
                    weak_date: None,
                    first_day: None,
                    level: None,
                    closing: false,
                    future: false,
                    until: None,
                    generic: m.generic,
                    host: None,
                    host_entity: None,
                    pluperfect: false,
                    remote: false,
                    held_today: false,
                });
                entities.len() - 1
            }
        };
        // «ومن المرتقب أن تختتم أشغال الندوة مساء اليوم», «وتختتم غدا … جولة المحادثات»: a
        // closing still to come gives the last day of a meeting under way; a closing day after
        // the report is not its first day either.
        let after_report = m.date.is_some_and(|d| a.after_report(d));
        // «تختتم اليوم أعمال القمة»: closing in the present on the day of the report, still
        // under way.
        let closes_today = m.tense == Some(Tense::NonPast)
            && m.date.is_some_and(|d| {
                let v = a.dates[d].0.value;
                v.start().is_some() && v.start() == a.reference && v.end() == a.reference
            });
        let future_closing = m.closing
            && (m.future || m.tense == Some(Tense::Future) || after_report || closes_today);
        let e = &mut entities[k];
        // A city the meeting is held in names it better than the country that hosts it, or
        // than a seat of government in it («قصر الإليزيه», then «بباريس»).
        let broader = |q: &Range<usize>, p: &Range<usize>| {
            country_only(a, q) && !country_only(a, p)
                || seat(a, q.start) && !seat(a, p.start) && !country_only(a, p)
        };
        if let Some(p) = &m.place
            && e.place.as_ref().is_none_or(|q| broader(q, p))
        {
            e.place = Some(p.clone());
        }
        if let Some(d) = m.date.filter(|_| !(m.closing && after_report)) {
            let slot = if m.closing {
                &mut e.weak_date
            } else {
                &mut e.date
            };
            // The first day wins; a day inside a week or month already known refines it.
            // The first date the article gives the meeting stands; a day inside it refines it.
            let better = match *slot {
                None => true,
                Some(old) => finer_within(&a.dates[d].0.value, &a.dates[old].0.value),
            };
            if better {
                *slot = Some(d);
                if m.closing {
                    e.first_day = m.first_day;
                }
            }
        }
        // A meeting word joined to a gathering of another kind says nothing of its level.
        if let Some(l) = m.level.filter(|_| m.class == e.class) {
            e.level.get_or_insert(l);
        }
        // The meeting of a closing to come is neither over nor yet to begin.
        let closing_day = m
            .date
            .filter(|_| future_closing)
            .and_then(|d| a.dates[d].0.value.end());
        e.closing |= m.closing && !future_closing;
        // «وقرر الاجتماع تمديد الخفض حتى نهاية مارس 2024»: a last day more than a month after
        // the meeting's first is something else's end (a mention's own first day was asked).
        let first_day = e
            .date
            .or(e.weak_date)
            .and_then(|d| a.dates[d].0.value.start());
        let until = m
            .until
            .filter(|&u| first_day.is_none_or(|f| f <= u && (u - f).num_days() <= 31));
        for u in until.into_iter().chain(closing_day) {
            e.until = Some(e.until.map_or(u, |x: chrono::NaiveDate| x.max(u)));
        }
        e.future |= m.future && !future_closing;
        e.pluperfect |= m.pluperfect_told;
        e.remote |= m.remote;
        e.held_today |= m.held_today;
        if e.host.is_none() {
            e.host = m.host;
        }
        // Host and guest of one sentence: the guest learns which entity its host is.
        if let Some(p) = partner {
            let (guest, host) = if m.host.is_some() { (k, p) } else { (p, k) };
            entities[guest].host_entity.get_or_insert(host);
        }
        of_mention.push(k);
    }
    let dateline = dateline_at.map(|r| a.mention(&r));
    let mut out = Vec::new();
    // One event per meeting a sentence mentions: the meetings of the sentence so far (mentions
    // come in text order).
    let (mut sentence, mut seen) = (usize::MAX, Vec::new());
    for (m, &k) in mentions.iter().zip(&of_mention) {
        if sentence != m.sentence {
            sentence = m.sentence;
            seen.clear();
        }
        // «استقبل ولي العهد … الوزير الأمريكي، كما استقبل سموه …»: «كما» before a meeting verb
        // tells a second gathering of the sentence, on the same day and in the same place.
        let again = m.trigger.start > 0
            && a.t.raw(m.trigger.start - 1) == "كما"
            && a.has_term(m.trigger.start, Term::MeetingVerb);
        if seen.contains(&k) && !again || m.silent {
            continue;
        }
        seen.push(k);
        let e = &entities[k];
        // A meeting on the sidelines of another is held while that one is.
        let date = e.date.or(e.weak_date).or_else(|| {
            e.host_entity
                .and_then(|h| entities.get(h))
                .and_then(|h| h.date.or(h.weak_date))
        });
        let when = date.map(|d| {
            let mut when = a.when_of_date(d);
            if e.date.is_none()
                && e.weak_date == Some(d)
                && let Some(f) = e.first_day
            {
                when.value = TimeValue::Day(f);
            }
            when
        });
        let location = e
            .place
            .as_ref()
            .map(|r| a.mention(r))
            .or_else(|| host_place(a, &entities, k))
            // An earlier meeting told in the pluperfect, a month or more before, may have
            // been anywhere, unless the clause names a capital by its country; one of the days
            // before («وكان المندوبون قد عقدوا الثلاثاء الماضي اجتماعا») prepared the news
            // where it is.
            .or_else(|| {
                dateline.clone().filter(|_| {
                    !e.remote && (!(m.pluperfect() && far_from_report(a, date)) || m.names_capital)
                })
            });
        let level = m.level.or(e.level).unwrap_or(match m.class {
            MeetingClass::Summit => Level::Summit,
            _ => Level::Other,
        });
        let span = a.sentence_span(&a.sentences[m.sentence]);
        out.push(Meeting {
            char_span: a.chars.span(&span),
            span,
            trigger: a.mention(&m.trigger),
            status: status(a, e, date, m),
            when,
            location,
            level,
            rule: "meeting",
        });
    }
    out
}

/// Whether date `d` is a month or more from the report.
fn far_from_report(a: &Analysis<'_, '_>, d: Option<usize>) -> bool {
    let value = d.map(|d| a.dates[d].0.value);
    let (Some(start), Some(end), Some(r)) = (
        value.and_then(|v| v.start()),
        value.and_then(|v| v.end()),
        a.reference,
    ) else {
        return false;
    };
    (r - end).num_days() > 31 || (start - r).num_days() > 31
}

/// Whether a tatweel stands alone as a dash between tokens `k` and `next` («بيروت ـ
/// «النهار»»): normalization drops it, so the caller's text is asked.
fn tatweel_dash(a: &Analysis<'_, '_>, k: usize, next: usize) -> bool {
    let (Some(before), Some(after)) = (a.t.toks.get(k), a.t.toks.get(next)) else {
        return false;
    };
    let from = a.norm.original_span(before.start..before.end).end;
    let to = a.norm.original_span(after.start..after.end).start;
    a.norm
        .original()
        .get(from..to)
        .is_some_and(|gap| gap.split_whitespace().any(|w| w == "\u{0640}"))
}

/// Whether the place at `p` is a country and no city of that name («مصر», not «الكويت»).
fn country_only(a: &Analysis<'_, '_>, p: &Range<usize>) -> bool {
    a.has_term(p.start, Term::Country) && !a.has_term(p.start, Term::Place)
}

/// Whether two places have the same normalized name.
fn same_place(a: &Analysis<'_, '_>, p: &Range<usize>, q: &Range<usize>) -> bool {
    p.len() == q.len()
        && p.clone()
            .zip(q.clone())
            .all(|(i, j)| a.word(i) == a.word(j))
}

/// Whether `a` is a day (or shorter period) inside the coarser `b`.
fn finer_within(a: &TimeValue, b: &TimeValue) -> bool {
    let (Some(a0), Some(a1), Some(b0), Some(b1)) = (a.start(), a.end(), b.start(), b.end()) else {
        return false;
    };
    (a1 - a0) < (b1 - b0) && b0 <= a0 && a1 <= b1
}

/// Whether two dates can name the same meeting: they overlap; or `closing` is its last day,
/// at most a month after its first.
fn compatible(a: &TimeValue, b: &TimeValue, closing: bool) -> bool {
    let (Some(a0), Some(a1), Some(b0), Some(b1)) = (a.start(), a.end(), b.start(), b.end()) else {
        return true;
    };
    if a0 <= b1 && b0 <= a1 {
        return true;
    }
    closing && b0 <= a0 && (a0 - b0).num_days() <= 31
}

/// The meeting a mention belongs to, if an earlier one fits: the latest with its place and a
/// compatible date; else the latest with its date; a mention naming neither is the article's
/// first meeting of its kind. Never `partner`, the entity of its host or guest.
fn find_entity(
    a: &Analysis<'_, '_>,
    entities: &[Entity],
    m: &MentionAt,
    partner: Option<usize>,
) -> Option<usize> {
    let place = m.place.as_ref();
    let value = m.date.map(|d| a.dates[d].0.value);
    let fits_date = |e: &Entity| match (value, e.date.or(e.weak_date)) {
        // «ستعقد الجلسة المقبلة نهاية الأسبوع الجاري … وكان قد التقى أول من أمس»: what had
        // been held is none of the meetings to come.
        (Some(_), Some(_)) if m.pluperfect() && e.future => false,
        (Some(v), Some(d)) => {
            let ev = a.dates[d].0.value;
            if e.date.is_none() {
                compatible(&v, &ev, true) || compatible(&ev, &v, true)
            } else {
                compatible(&v, &ev, m.closing)
            }
        }
        // «وكانت موسكو قد استضافت في نوفمبر الماضي اجتماعا»: a dated meeting told in the
        // pluperfect is an earlier one, not the undated gathering the article is about; nor is
        // a meeting to come one told in the pluperfect («وكان الوزيران قد عقدا جلسة»).
        (Some(d), None) => {
            let to_come = d.start().zip(a.reference).is_some_and(|(s, r)| s > r);
            !(m.pluperfect() || e.pluperfect && to_come)
        }
        _ => true,
    };
    // Coreference looks back over the last meetings of the text, which keeps a huge document
    // linear; the article's first meeting of each kind is always in view.
    let recent = entities.len().saturating_sub(RECENT);
    // A meeting to be held is none that has begun by the report.
    let begun = |e: &Entity| {
        e.date
            .or(e.weak_date)
            .and_then(|d| a.dates[d].0.value.start())
            .zip(a.reference)
            .is_some_and(|(start, r)| start <= r)
    };
    // «اجتماعا فنيا قبل الاجتماع الوزاري»: gatherings at two levels are two.
    let same_level = |e: &Entity| m.level.zip(e.level).is_none_or(|(x, y)| x == y);
    // A gathering held before the report is none to come.
    let to_come = |e: &Entity| e.date.or(e.weak_date).is_some_and(|d| a.after_report(d));
    let open = |k: usize| {
        Some(k) != partner
            && !((m.prospective || m.next) && begun(&entities[k]))
            && !(m.pluperfect_told && to_come(&entities[k]))
            && same_level(&entities[k])
    };
    let latest = |f: &dyn Fn(&Entity) -> bool| {
        (recent..entities.len())
            .rev()
            .find(|&k| open(k) && !entities[k].generic && f(&entities[k]))
    };
    let first = |f: &dyn Fn(&Entity) -> bool| {
        let head = entities.len().min(RECENT);
        (0..head)
            .find(|&k| open(k) && !entities[k].generic && f(&entities[k]))
            .or_else(|| latest(f))
    };
    // A conference and a meeting on its sidelines are two gatherings: kinds must agree.
    match (&place, value) {
        (Some(p), _) => latest(&|e| {
            // A seat of government and a city are one place told finer or coarser.
            e.place.as_ref().is_some_and(|q| {
                same_place(a, q, p)
                    || seat(a, q.start) != seat(a, p.start)
                        && a.has_term(q.start, Term::Place)
                        && a.has_term(p.start, Term::Place)
            }) && e.class == m.class
                && fits_date(e)
        })
        .or_else(|| {
            // «أول قمة تحتضنها موريتانيا» after the summit in Nouakchott: a hosting country
            // with no date of its own is where the city is.
            let country = country_only(a, p);
            (country && value.is_none())
                .then(|| {
                    latest(&|e| {
                        e.class == m.class
                            && e.place
                                .as_ref()
                                .is_some_and(|q| a.has_term(q.start, Term::Place))
                    })
                })
                .flatten()
        })
        .or_else(|| {
            // «مصر تستضيف مؤتمر المناخ» before «تنطلق في شرم الشيخ فعاليات المؤتمر»: the city
            // is in the hosting country, undated.
            let city = a.has_term(p.start, Term::Place);
            city.then(|| {
                latest(&|e| {
                    e.class == m.class
                        && e.date.or(e.weak_date).is_none()
                        && e.place.as_ref().is_some_and(|q| country_only(a, q))
                })
            })
            .flatten()
        })
        .or_else(|| {
            // «يستضيف أردوغان الثلاثاء قمة …» then «أن القمة ستعقد في العاصمة أنقرة»: the
            // gathering to come named again with the article, and the place the first lacked.
            let again = value.is_none()
                && m.tense == Some(Tense::Future)
                && !m.pluperfect()
                && a.t.raw(m.trigger.start).starts_with("ال");
            again
                .then(|| {
                    latest(&|e| {
                        e.place.is_none()
                            && e.host.is_none()
                            && e.class == m.class
                            && !e.pluperfect
                            && e.date.is_some_and(|d| a.after_report(d))
                    })
                })
                .flatten()
        })
        .or_else(|| {
            // A meeting on the sidelines of another gathering is where that one is.
            latest(&|e| {
                e.place.is_none()
                    && e.host.is_none()
                    && e.class == m.class
                    && fits_date(e)
                    && value.is_some()
            })
        }),
        (None, Some(_)) => {
            latest(&|e| e.date.or(e.weak_date).is_some() && e.class == m.class && fits_date(e))
                .or_else(|| {
                    first(&|e| e.date.is_none() && e.weak_date.is_none() && e.class == m.class)
                })
        }
        // One who meets on the sidelines, with nothing of its own, meets when and where the
        // host gathering is.
        (None, None) if m.meets_at_host => first(&|e| Some(e.class) == m.host),
        (None, None) if m.introduced => None,
        (None, None) => first(&|e| e.class == m.class).or_else(|| first(&|_| true)),
    }
}

/// Planned, under way or held, as of the publication date: meeting `e` on `date`, as mention
/// `m` tells it.
fn status(a: &Analysis<'_, '_>, e: &Entity, date: Option<usize>, m: &MentionAt) -> Status {
    let (tense, pluperfect, next) = (m.tense, m.pluperfect_told && date.is_some(), m.next);
    // «الملك يستقبل وزير الخارجية» over «استقبل الملك صباح اليوم …»: a headline's present
    // tells the meeting another mention says was held today.
    // «وأسدى الرئيس خلال الاجتماع …» after «ترأس الرئيس اليوم اجتماعا»: a later mention that
    // tells no other tense is of the meeting held today.
    let held_today = m.held_today
        || e.held_today && (m.held_in_present || matches!(m.tense, None | Some(Tense::Past)));
    let reference = a.reference;
    let (first, mut last) = match date.map(|d| &a.dates[d].0.value) {
        Some(TimeValue::Range { start, end }) => (Some(*start), Some(*end)),
        Some(v) => (v.start(), v.end()),
        None => (None, None),
    };
    if let (Some(l), Some(u)) = (last, e.until) {
        last = Some(l.max(u));
    }
    // «نهاية الشهر الجاري», «منتصف الشهر الجاري» on the 10th: the part of the month named is
    // still to come.
    let part_to_come = date.is_some_and(|d| {
        let (expr, _) = &a.dates[d];
        let from = match expr.modifier {
            Some(Modifier::End) => 21,
            Some(Modifier::Mid) => 11,
            _ => return false,
        };
        matches!((expr.value, reference), (TimeValue::Month { year, month }, Some(r))
            if (year, u32::from(month)) == (r.year(), r.month()) && r.day() < from)
    });
    // «انطلق أمس المؤتمر الذي سيستمر ثلاثة أيام»: a meeting that began on a day before the
    // report goes on, whatever future its clause tells.
    let began_on_a_day = |f: chrono::NaiveDate| {
        reference.is_some_and(|r| f < r)
            && date.is_some_and(|d| matches!(a.dates[d].0.value, TimeValue::Day(_)))
    };
    match (first, last, reference) {
        (Some(f), Some(l), Some(r)) => {
            if f > r || part_to_come && !pluperfect && tense != Some(Tense::Past) {
                Status::Planned
            } else if e.closing
                || pluperfect
                // «استقبل … اليوم الاثنين» before «ومن المقرر أن يلتقي … في وقت لاحق اليوم»:
                // the mention's own past verb of the day tells it held, whatever is to come.
                || l == r && (m.held_today || held_today && !e.future)
                || m.held_in_period
            {
                Status::Held
            } else if l >= r && (e.future || tense == Some(Tense::Future)) && !began_on_a_day(f) {
                // «تنطلق اليوم … وسيعقد», «سيعقدون اجتماعا منتصف الشهر الجاري», «من المقرر أن
                // تعقد … نهاية الشهر الجاري»: a period that has begun, for a meeting to come.
                Status::Planned
            } else if l >= r {
                Status::Ongoing
            } else {
                Status::Held
            }
        }
        // «وأكد الوزير أهمية اجتماعهما المقبل»: the next one is to come, whatever was said.
        _ if next => Status::Planned,
        _ => match tense {
            Some(Tense::Future) => Status::Planned,
            Some(Tense::Past) => Status::Held,
            // «من المقرر أن تحتضن …», «الدورة المقبلة»: a future cue without a date.
            _ if e.future => Status::Planned,
            _ if e.closing => Status::Held,
            _ => Status::Ongoing,
        },
    }
}

/// The tokens of the dateline's city: «الرياض - …» at the start of a line.
fn dateline_tokens(a: &Analysis<'_, '_>) -> Option<Range<usize>> {
    (0..a.t.len().min(400)).find_map(|i| {
        if !a.t.has_kind(i, Term::Place.kind_bit()) {
            return None;
        }
        // A dateline opens its line.
        if i > 0 && !a.t.toks[i - 1].is_punct('\n') {
            return None;
        }
        let n = a.t.longest(i, |m| m == Term::Place)?;
        // «تونس (وات) -», «بغداد/ المدى -»: an agency's name may stand between, after the
        // day of the report («عمان 10 كانون الثاني (بترا) -»).
        let mut j = i + n;
        let slash = |k: usize| a.t.toks.get(k).is_some_and(|t| t.is_punct('/'));
        // «الرباط/ 30 ماي 2019/ ومع/», «أبوظبي في 30 مايو / وام /»: the day after a slash or
        // «في».
        if (slash(j) || a.t.raw(j) == "في") && a.date_starts_at(j + 1) {
            j += 1;
        }
        // «مكة المكرمة 25 رمضان 1440 هـ الموافق 30 مايو 2019 م واس»: the day in both calendars.
        while let Some(k) = a.date_covering(j).filter(|_| a.date_starts_at(j)) {
            j = a.dates[k].1.end;
            if a.t.raw(j) == "الموافق" {
                j += 1;
            }
        }
        // The line may end with the agency's name and no dash: a dateline of its own line.
        let own_line = j > i + n
            && (j..(j + 4).min(a.t.len() + 1))
                .any(|k| k == a.t.len() || a.t.toks[k].is_punct('\n'))
            && (j..(j + 3).min(a.t.len()))
                .all(|k| a.t.toks[k].kind == Kind::Word || a.t.toks[k].is_punct('\n'));
        // «/ وام /»: the agency between slashes, after the day, closes the dateline.
        let between_slashes = j > i + n
            && slash(j)
            && (j + 2..(j + 5).min(a.t.len()))
                .find(|&k| slash(k))
                .is_some_and(|k| (j + 1..k).all(|w| a.t.toks[w].kind == Kind::Word));
        let agency_from = j;
        if a.t.toks.get(j).is_some_and(|t| t.is_punct('(')) {
            j = (j..(j + 5).min(a.t.len())).find(|&k| a.t.toks[k].is_punct(')'))? + 1;
        } else if a.t.toks.get(j).is_some_and(|t| t.is_punct('/')) {
            j += 1;
            while j < (i + n + 5).min(a.t.len()) && a.t.toks[j].kind == Kind::Word {
                j += 1;
            }
        } else if j > i + n {
            // «رام الله 12-3-2024 وفا-»: the agency's bare name after the day, before its dash.
            let name_end = (j..(j + 3).min(a.t.len()))
                .find(|&k| a.t.toks[k].kind != Kind::Word || !a.t.hits(k).is_empty());
            if let Some(k) = name_end.filter(|&k| k > j) {
                j = k;
            }
        }
        let dash =
            a.t.toks
                .get(j)
                .is_some_and(|t| t.is_punct('-') || t.is_punct('–'))
                || tatweel_dash(a, i + n - 1, i + n);
        // «بغداد/ المدى», «بغداد (المدى)»: the agency closes its own line.
        let agency_line = (agency_from..j).any(|k| a.t.toks[k].kind == Kind::Word)
            && a.t.toks.get(j).is_none_or(|t| t.is_punct('\n'));
        (dash || own_line || between_slashes || agency_line).then_some(i..i + n)
    })
}

/// The kinds of meaning of the meeting words: nouns and verbs.
fn meeting_kinds() -> u32 {
    Term::MeetingNoun(MeetingClass::Meeting).kind_bit() | Term::MeetingVerb.kind_bit()
}

/// Every mention with the attributes of its own clause.
fn mentions(
    c: &Cues<'_, '_, '_>,
    statements: &[statement::Found],
    dateline_at: Option<&Range<usize>>,
) -> Vec<MentionAt> {
    let a = c.a;
    let mut out = Vec::new();
    let meeting_kinds = meeting_kinds();
    for (si, s) in a.sentences.iter().enumerate() {
        // Every trigger is a meeting word, or «أعمال».
        let (kinds, cues) = a.sentence_words[si];
        // «الجولة الأولى من الحوار»: a round of a dialogue needs both words.
        // «الجولة الأولى من الحوار», «وكانت الجولة السادسة قد عقدت»: rounds of talks.
        let rounds = cues & ROUND != 0;
        // Talks told by «بحث … مع» only (asked last: the verb is frequent, its talks rare).
        let talks = || {
            cues & DISCUSSES != 0
                && s.clone()
                    .any(|i| discusses(a, i) && discusses_with(a, i, s))
        };
        if kinds & meeting_kinds == 0 && cues & WORKS == 0 && !rounds && !talks() {
            continue;
        }
        let mut triggers = triggers(c, s, rounds, cues);
        // «وتقرر عقد الدورة القادمة بطرابلس» after «الدورة الثالثة للجنة المشتركة»: a session
        // named alone is one of the sessions named before, of a committee as they were.
        for (t, class) in &mut triggers {
            if *class != MeetingClass::Summit || !a.word(t.start).contains("دور") {
                continue;
            }
            let of_summit = (t.end..(t.end + 3).min(s.end)).any(|k| {
                a.has_term(k, Term::MeetingNoun(MeetingClass::Summit)) && a.word(k) != "الدوره"
            });
            // «الدورة العشرين لحوار المنامة», «الدورة الثالثة للجنة المشتركة»: a session of a
            // dialogue, a committee, an assembly or a forum is a meeting, not a summit.
            let of_body = (t.end..(t.end + 4).min(s.end)).any(|k| {
                let raw = a.t.raw(k);
                raw.starts_with('ل')
                    && (a.t.cues(k) & DIALOGUE != 0
                        || matches!(
                            a.word(k),
                            "لجنه"
                                | "اللجنه"
                                | "الجمعيه"
                                | "المنتدي"
                                | "منتدي"
                                | "الهيئه"
                                | "البرلمان"
                        ))
            });
            if of_body && !of_summit {
                *class = MeetingClass::Meeting;
                continue;
            }
            if !of_summit {
                // «الدورة الرابعة عشرة للاجتماع رفيع المستوى» made a mention of the noun it
                // governs: the session word may stand a few words before the trigger.
                let session = |k: usize| {
                    a.word(k).contains("دور")
                        && a.has_term(k, Term::MeetingNoun(MeetingClass::Summit))
                };
                if let Some(m) = out.iter().rev().find(|m: &&MentionAt| {
                    let from = m.trigger.start.saturating_sub(4);
                    (from.max(a.sentences[m.sentence].start)..m.trigger.end).any(session)
                }) {
                    *class = m.class;
                }
            }
        }
        let hosts = if triggers.len() > 1 {
            sidelines(a, s, &triggers)
        } else {
            Vec::new()
        };
        // The first mention of a sentence that turns to another story is a gathering of its own.
        let (sentence_first, turns_topic) = (out.len(), a.turns_topic(s));
        // The mention each trigger of the sentence made, if it made one.
        let mut mention_of: Vec<Option<usize>> = Vec::with_capacity(triggers.len());
        for (n, (trigger, class)) in triggers.iter().enumerate() {
            mention_of.push(None);
            let clause = clause_of(c, trigger, s);
            // Attributes after the trigger belong to it up to the next trigger; past the host
            // it is held on the sidelines of («سيلتقي الوزير على هامش الاجتماع نظيره»).
            let host_next = hosts
                .iter()
                .any(|&(guest, host)| guest == n && host == n + 1);
            let next = triggers
                .get(n + 1 + usize::from(host_next))
                .map_or(clause.end, |(t, _)| t.start.min(clause.end));
            let prev = if n > 0 {
                triggers[n - 1].0.end.max(clause.start)
            } else {
                clause.start
            };
            // «اجتمعوا في بروكسل … تمهيدا للقمة»: the gathering prepared for is another, later
            // one; nothing before it is its own.
            // «وشهدت المنطقة أمس تصعيدا قبل الاجتماع»: what comes before the meeting word is
            // the other event's (not after «عقب», «قبيل»: right after or before it, most often
            // the same day).
            let before_or_after =
                trigger.start > 0 && matches!(a.t.raw(trigger.start - 1), "قبل" | "بعد");
            let own = if prepared_for(a, trigger.start) || before_or_after {
                trigger.start..next
            } else {
                prev..next
            };
            let reach = Reach::of(c, &own, trigger);
            // «أعلنت الجماعة أول أمس عن استعدادها للانخراط في جولة من المشاورات»: the day of
            // the speaking, before what was said, is not the meeting's.
            let told = content_around(statements, trigger)
                .filter(|c| c.start > own.start)
                .map_or(own.clone(), |c| c.start..own.end);
            let mut date = nearest_date(c, &told, trigger, &reach)
                .or_else(|| said_at(a, s, trigger, statements));
            if date.is_none() && n > 0 && (clause.clone()).any(|i| c.is(i, SAME_TIME_CUE)) {
                date = out.last().and_then(|m: &MentionAt| m.date);
            }
            // «مؤتمر الكويت، الذي يعقد في إطاره اجتماع التحالف يقام في الفترة من 12 إلى 14
            // فبراير»: past the guest named in its host's frame, a hosting verb takes up the
            // host again, and its date is the host's.
            if let Some(d) = date
                && let Some(host) = framed_guest_of(a, &triggers, &hosts, n)
                && (trigger.end..a.dates[d].1.start).any(|k| c.is(k, HOSTS))
            {
                date = None;
                if let Some(m) = mention_of[host].and_then(|k| out.get_mut(k))
                    && m.date.is_none()
                {
                    m.date = Some(d);
                }
            }
            // «وتأجل الاجتماع الذي كان مقررا الأحد إلى الأسبوع المقبل»: a postponed meeting is
            // on the date it is put off to, if the text gives one, and is to come.
            // «أرجأ المجلس في جلسته الأخيرة البت في …»: what was put off in a meeting is not it.
            let in_it =
                trigger.start > 0 && matches!(a.t.raw(trigger.start - 1), "في" | "خلال" | "اثناء");
            let postponed =
                cues & POSTPONES != 0 && !in_it && (clause.clone()).any(|i| c.is(i, POSTPONES));
            if postponed {
                date = a
                    .calendar_dates_in(own.clone())
                    .find(|(_, tr)| tr.start > 0 && a.word(tr.start - 1) == "الي")
                    .map(|(k, _)| k);
            }
            let mut place = place_in(c, &own, trigger, &reach)
                .or_else(|| host_before_an(a, &clause))
                .or_else(|| {
                    venue_without_city(a, &own).map(|v| {
                        // «جنيف - تنطلق غدا في مقر الأمم المتحدة أعمال …»: a building's city
                        // is the one its sentence names, here in its dateline, unless the
                        // building came with its city or country («في قصر السلام بجدة»).
                        dateline_at
                            .filter(|d| d.start == s.start && is_building(a.word(v.start)))
                            .cloned()
                            .unwrap_or(v)
                    })
                })
                .or_else(|| {
                    // «وتستعد المدينة ذاتها لاحتضان …»: the city named last.
                    same_city(a, &clause)
                        .then(|| out.iter().rev().find_map(|m: &MentionAt| m.place.clone()))
                        .flatten()
                });
            // «… قمة عربية عام 1979 وأخرى عام 2004»: the other one is where the first was.
            if place.is_none() && is_another(a, trigger.start) {
                place = out
                    .last()
                    .filter(|m: &&MentionAt| m.sentence == si)
                    .and_then(|m| m.place.clone());
            }
            // One who meets a counterpart («سيلتقي الوزير على هامش الاجتماع نظيره») names the
            // parties, even within what a statement reports; other parties only outside it.
            let meets_counterpart = a.has_term(trigger.start, Term::MeetingVerb)
                && (trigger.end..own.end).any(|k| counterpart_word(a, k));
            // «التقى سموه على هامش الاجتماع وزير خارجية عمان»: the guest who meets is a meeting
            // of its own; who is met after a host already named is the guest's, no party of it.
            let guest_before = hosts.iter().any(|&(guest, host)| host == n && guest < n)
                && out.iter().any(|m: &MentionAt| m.class == *class);
            let meets_at_host = a.has_term(trigger.start, Term::MeetingVerb)
                && hosts.iter().any(|&(guest, host)| guest == n && host > n);
            // «قالت قوى الحرية والتغيير إنها ستعقد اجتماعا»: the speaker holds it, named by the
            // pronoun of what it said («أنه سيعقد اجتماع» is impersonal: the accusative tells
            // the verb has a subject).
            let pronoun = clause.start.checked_sub(1).map(|k| a.t.raw(k));
            let speaker_holds = (clause.start..(clause.start + 2).min(trigger.start))
                .any(|k| c.is(k, HOSTS))
                && match pronoun {
                    Some("انها" | "انهم" | "بانها" | "بانهم") => true,
                    Some("انه" | "بانه") => a.t.raw(trigger.start).ends_with('ا'),
                    _ => false,
                };
            let parties = meets_counterpart
                || meets_at_host
                || speaker_holds
                || !in_content(statements, trigger)
                    && names_parties(c, trigger, &clause, &own, guest_before);
            // A last day within a month of the first: «اتفقت في اجتماعها في يوليو على تمديد
            // الاتفاق حتى مارس 2020» gives the agreement's end, not the meeting's.
            let start = date.and_then(|k| a.dates[k].0.value.start());
            // «افتتحت الخميس أعمال المؤتمر، على أن تستمر حتى 12 ديسمبر»: «على أن» and a verb
            // of going on take up the gathering past its clause.
            let provided = (own.end.saturating_sub(1)..(own.end + 2).min(a.t.len()))
                .find(|&k| a.t.raw(k) == "علي" && a.t.raw(k + 1) == "ان")
                .filter(|&k| a.t.cues(k + 2) & CONTINUES != 0)
                .map_or(own.end, |k| (k + 8).min(s.end));
            let until = a
                .calendar_dates_in(own.start..provided)
                .find(|(_, tr)| after_until(a, tr))
                .and_then(|(k, _)| a.dates[k].0.value.end())
                .filter(|&u| start.is_none_or(|f| f <= u && (u - f).num_days() <= 31))
                .or_else(|| {
                    (cues & CONTINUES != 0)
                        .then_some(start)
                        .flatten()
                        .and_then(|f| lasts_until(a, &own, f))
                });
            // «أجندة الاجتماع»: the meeting already annotated, named again with nothing new. When
            // it gives the level («وقال إن الاجتماع سيعقد على مستوى وزراء الخارجية»), it tells
            // the meeting's level without being annotated again.
            // «ولم يوضح ما إذا كان الوزير سيلتقي رئيس الوزراء»: whether, or if, it meets is
            // no gathering told.
            let conditional = (trigger.start.saturating_sub(6).max(s.start)..trigger.start)
                .any(|k| matches!(a.t.raw(k), "اذا" | "واذا" | "هل" | "وهل" | "لو" | "ولو"));
            if conditional {
                continue;
            }
            // «وتنعقد هذه اللجنة بالتناوب بين البلدين», «تعقد القمة سنويا»: how a body meets
            // as a rule, no gathering.
            let habitual = date.is_none()
                && (own.clone()).any(|k| {
                    matches!(
                        a.t.raw(k),
                        "بالتناوب" | "دوريا" | "سنويا" | "شهريا" | "اسبوعيا" | "عاده"
                    )
                });
            if habitual {
                continue;
            }
            let silent = date.is_none() && place.is_none() && !parties && until.is_none();
            if silent
                && !(trigger.end..(trigger.end + 6).min(own.end)).any(|k| {
                    a.word(k) == "مستوي" && level_in(a, &(k..(k + 4).min(own.end))).is_some()
                })
            {
                continue;
            }
            // «وصل الوزير إلى دمشق اليوم في زيارة يلتقي خلالها الرئيس»: met on a visit, where
            // and when the visit is (for a meeting that is one by its own words).
            if place.is_none()
                && let Some((visited, visit)) = visit_before(a, s, trigger)
            {
                place = Some(visited);
                if date.is_none() {
                    date = a
                        .calendar_dates_in(visit.start..trigger.start)
                        .last()
                        .map(|(k, _)| k);
                }
            }
            // The guest or host before it in the sentence, if that one made a mention.
            let partner = hosts
                .iter()
                .find_map(|&(guest, host)| match (guest == n, host == n) {
                    (true, _) => Some(host),
                    (_, true) => Some(guest),
                    _ => None,
                })
                .filter(|&k| k < n)
                .and_then(|k| mention_of[k]);
            mention_of[n] = Some(out.len());
            // «البيان الختامي» is the final communiqué, which speaks of no closing day.
            let closing =
                (own.clone()).any(|i| c.is(i, CLOSES) && !(i > 0 && a.word(i - 1) == "البيان"));
            let first_day = date
                .filter(|_| closing)
                .and_then(|d| match a.dates[d].0.value {
                    TimeValue::Day(last) => lasted(a, &own).and_then(|n| {
                        last.checked_sub_days(chrono::Days::new(u64::from(n.saturating_sub(1))))
                    }),
                    _ => None,
                });
            let near = trigger.start.saturating_sub(WINDOW).max(s.start);
            // «ترأس الرئيس، السيد …، يوم الأحد، اجتماعا», «أجرى … مباحثات»: the chair's or
            // the talks' verb may stand before commas that part the clause.
            // A gathering that convened («التأم», «انعقد») has begun, like one that opened.
            let convened = |i: usize| {
                let w = a.word(i);
                w.starts_with("التام") || w.starts_with("انعقد")
            };
            // Not asked of a mention dated another day than the report's.
            let on_report_day = date.is_none_or(|d| {
                let v = a.dates[d].0.value;
                v.end().is_some() && v.end() == a.reference
            });
            // The verbs asked of are the lexicon's: their tense bit is tested first.
            let verb = |i: usize| a.t.has_kind(i, Term::Tense(Tense::Past).kind_bit());
            let held_by_verb = (clause.clone()).any(|i| {
                a.has_term(i, Term::Tense(Tense::Past))
                    && (c.is(i, HOSTS) || a.has_term(i, Term::MeetingVerb))
            });
            let opened = (clause.clone()).any(|i| verb(i) && (c.is(i, OPENS) || convened(i)));
            let held_today = on_report_day
                && (held_by_verb || (near..trigger.start).any(|i| {
                    let w = a.word(i);
                    // «خلال ترؤسه اليوم الاجتماع»: the verbal noun of chairing; «أشرف … على
                    // اجتماع»: who presided over it (over its opening, «على افتتاح أشغال
                    // الندوة», it goes on).
                    let presided = matches!(a.t.raw(i), "اشرف" | "واشرف")
                        && (i + 1..trigger.start).any(|k| a.t.raw(k) == "علي")
                        && !(i + 1..trigger.start).any(|k| a.word(k).starts_with("افتتاح"));
                    chaired(a, i) || w.starts_with("ترؤس") || w == "اجري" || presided
                }) || discussed(a, trigger.start)
                    // «بحث الرئيس خلال استقباله اليوم …», «أكد الملك خلال لقائه اليوم …»: what
                    // was done during it tells it was held.
                    || trigger.start > near
                        && matches!(a.t.raw(trigger.start - 1), "خلال" | "اثناء")
                        && (near..trigger.start - 1).any(|i| {
                            verb(i) && a.has_term(i, Term::Tense(Tense::Past))
                                || c.is(i, DISCUSSES) && a.word(i).starts_with("بحث")
                        }))
                && !opened;
            // Words before a summit name those around it («وزراء الخارجية … عشية القمة»), not
            // its level: a summit's level is its own clause's, else a summit.
            // «يلتقي وزراء الخارجية على هامش القمة»: who meet before «على هامش» are the
            // guest's, not the host gathering's.
            let hosts_earlier = hosts.iter().any(|&(guest, host)| host == n && guest < n);
            // Nor do the host's words after it («على هامش الاجتماع الوزاري») tell the guest's.
            let level_end = if host_next {
                triggers[n + 1].0.start.min(own.end)
            } else {
                own.end
            };
            let level_own = if hosts_earlier {
                trigger.start..level_end
            } else {
                own.start..level_end
            };
            // «اجتماعا فنيا», «الاجتماع التقني»: a technical meeting is of experts.
            let technical = matches!(
                a.t.raw(trigger.end),
                "فني"
                    | "فنيا"
                    | "فنيه"
                    | "الفني"
                    | "الفنيه"
                    | "تقني"
                    | "تقنيا"
                    | "التقني"
                    | "التقنيه"
            );
            // «وسيسبق الاجتماع الوزاري اجتماع على مستوى المديرين السياسيين»: the level the
            // noun is given right after it is its own, whatever its clause names before.
            let given = (a.t.raw(trigger.end) == "علي" && a.word(trigger.end + 1) == "مستوي")
                .then(|| level_in(a, &(trigger.end..(trigger.end + 5).min(own.end))))
                .flatten();
            // A summit is one, whoever else its clause names («على مستوى المندوبين»).
            let level = given
                .or_else(|| level_in(a, &level_own))
                .filter(|&l| !(l == Level::Other && *class == MeetingClass::Summit))
                .or_else(|| technical.then_some(Level::Working))
                .or_else(|| counterparts_level(a, trigger, &level_own, near))
                .or_else(|| {
                    (*class != MeetingClass::Summit && !hosts_earlier)
                        .then(|| level_in(a, &(near..trigger.start)))
                        .flatten()
                });
            let prospective = to_be_held(a, trigger.start);
            let future = prospective
                // A later gathering's words («محادثات … تناولت التحضير للقمة المزمع عقدها») are
                // its own.
                || future_cue(
                    a,
                    trigger,
                    &(near..trigger.start.max(near)),
                    &(clause.start..next.max(clause.start)),
                    &own,
                );
            // «القمة التي عقدت في الكويت مطلع الشهر الجاري», «اجتمع الوزراء هذا الشهر»: held
            // in a period the report falls in, by a verb that opens nothing.
            let held_in_period = held_by_verb
                && !opened
                && !future
                && date.is_some_and(|d| {
                    matches!(
                        a.dates[d].0.value,
                        TimeValue::Month { .. } | TimeValue::Week { .. } | TimeValue::Year(_)
                    )
                });
            // «على أن تعقد اجتماعها الثالث في بغداد»: «على أن» and an imperfect look ahead.
            let tensed = (clause.clone()).find_map(|i| {
                a.t.hits(i).iter().find_map(|h| match h.term {
                    Term::Tense(Tense::NonPast) if after_ala_an(a.t, i) => Some((i, Tense::Future)),
                    // «ستستمر حتى الخميس»: going on, not to come.
                    Term::Tense(Tense::Future) if a.t.cues(i) & CONTINUES != 0 => {
                        Some((i, Tense::NonPast))
                    }
                    Term::Tense(x) => Some((i, x)),
                    _ => None,
                })
            });
            // «أطلع المجلس على نتائج استقباله رئيس جمهورية كوريا»: a gathering with results
            // is over, held before the report.
            let over = trigger.start > 0
                && matches!(
                    a.t.raw(trigger.start - 1),
                    "نتائج" | "بنتائج" | "لنتائج" | "حصيله" | "مخرجات" | "بمخرجات"
                );
            // «للقمة الحكومية الجزائرية الإيطالية المزمع عقدها»: an adjective of what is
            // expected after the noun, before any verb, tells a gathering to come.
            let expected_after = (trigger.end..(trigger.end + 6).min(own.end))
                .find(|&k| expected(a.t.raw(k)) || self::tensed(a, k))
                .is_some_and(|k| expected(a.t.raw(k)));
            let tense = if postponed || expected_after {
                Some(Tense::Future)
            } else if over {
                Some(Tense::Past)
            } else {
                tensed.map(|(_, x)| x)
            };
            let held_in_present = tense == Some(Tense::NonPast)
                && (a.has_term(trigger.start, Term::MeetingVerb)
                    || tensed.is_some_and(|(i, _)| c.is(i, HOSTS) && !c.is(i, OPENS)));
            // Dated, for its status and the entity it may join; undated, for the meetings to
            // come that may not join its entity.
            let pluperfect_told = over || held_before(c, &clause);
            let next = next_one(a, trigger, &own);
            // «لقاءات على نحو متكرر»: gatherings in general, unless «حتى» ties them to one.
            // A round («الجولة المقبلة», «الجولة السادسة») is one of several: it is none of the
            // other gatherings of the text, and none of them is it.
            // «الاجتماعات» with the article are those already named: not gatherings in general.
            let word = a.word(trigger.start);
            let generic = word.ends_with("ات")
                && !word.starts_with("ال")
                && date.is_none()
                && place.is_none()
                && until.is_none()
                || a.t.cues(trigger.start) & ROUND != 0;
            out.push(MentionAt {
                sentence: si,
                trigger: trigger.clone(),
                class: *class,
                date,
                closing,
                first_day,
                place,
                level,
                tense,
                pluperfect_told,
                next,
                held_today,
                held_in_period,
                held_in_present,
                future,
                prospective,
                generic,
                until,
                host: hosts
                    .iter()
                    .find(|&&(guest, _)| guest == n)
                    .map(|&(_, host)| triggers[host].1),
                partner,
                new_topic: turns_topic && out.len() == sentence_first,
                names_capital: (clause.clone()).any(|k| capital_by_country(a, k)),
                remote: (own.clone()).any(|k| remote_at(a, k)),
                meets_at_host,
                silent,
                introduced: !a.has_term(trigger.start, Term::MeetingVerb)
                    && a.t.raw(trigger.start).ends_with('ا')
                    && !a.t.raw(trigger.start).ends_with("ها")
                    && !a.t.stem(trigger.start).starts_with("ال")
                    && (trigger.start.saturating_sub(8).max(clause.start)..trigger.start).any(
                        |k| {
                            (chaired(a, k) || c.is(k, HOSTS))
                                && a.has_term(k, Term::Tense(Tense::Past))
                        },
                    ),
            });
        }
    }
    out
}

/// The last day of a meeting that began on `first` and «continues» in `own`: «الذي انطلق أمس
/// ويستمر ثلاثة أيام» ends on its third day; «ويتواصل» with no length goes on past the report.
fn lasts_until(
    a: &Analysis<'_, '_>,
    own: &Range<usize>,
    first: chrono::NaiveDate,
) -> Option<chrono::NaiveDate> {
    let k = own.clone().find(|&k| a.t.cues(k) & CONTINUES != 0)?;
    match days_after(a, k, own) {
        Some(days) if (1..=31).contains(&days) => {
            first.checked_add_days(chrono::Days::new(u64::from(days - 1)))
        }
        Some(_) => None,
        None => a.reference.filter(|&r| first <= r),
    }
}

/// The length in days of a duration in days or weeks within three words after the verb at
/// `k`: «ويستمر ثلاثة أيام», «التي استمرت أسبوعا».
fn days_after(a: &Analysis<'_, '_>, k: usize, own: &Range<usize>) -> Option<u32> {
    a.dates_in(k + 1..(k + 4).min(own.end))
        .find_map(|(d, _)| match a.dates[d].0.value {
            TimeValue::Duration(Duration {
                amount,
                unit: DurationUnit::Day,
            }) => Some(amount),
            TimeValue::Duration(Duration {
                amount,
                unit: DurationUnit::Week,
            }) => Some(amount.saturating_mul(7)),
            _ => None,
        })
}

/// How many days a gathering closed in `own` lasted: «التي استمرت يومين», «الذي استمر ثلاثة
/// أيام».
fn lasted(a: &Analysis<'_, '_>, own: &Range<usize>) -> Option<u32> {
    let k = own
        .clone()
        .find(|&k| matches!(a.word(k), "استمر" | "استمرت" | "استمرا" | "دام" | "دامت"))?;
    days_after(a, k, own).filter(|n| (1..=31).contains(n))
}

/// Whether the clause says the meeting had been held: «كان» … «قد» + a verb of holding,
/// hosting, meeting or taking part («وكان الوزراء قد عقدوا اجتماعا … يوم الأربعاء», «وكانت
/// موسكو قد استضافت», «وكان الحريري قد شارك في»). An opening so told
/// («وكانت القمة قد انطلقت أمس») says nothing of its end.
fn held_before(c: &Cues<'_, '_, '_>, clause: &Range<usize>) -> bool {
    let a = c.a;
    let Some(k) = clause.clone().find(|&k| a.t.raw(k) == "قد") else {
        return false;
    };
    let verb = k + 1;
    (clause.start..k).any(|j| matches!(a.word(j), "كان" | "كانت" | "كانوا" | "كانا"))
        && verb < clause.end
        && !c.is(verb, OPENS)
        && (a.has_term(verb, Term::MeetingVerb)
            || c.is(verb, HOSTS)
            || c.is(verb, TAKES_PART)
            || a.word(verb).starts_with("عقد")
            || a.word(verb).starts_with("انعقد"))
}

/// Whether the trigger stands in what a statement reports («وقال إن القمة …»).
fn in_content(statements: &[statement::Found], trigger: &Range<usize>) -> bool {
    content_around(statements, trigger).is_some()
}

/// What a statement reports, if the trigger stands in it.
fn content_around<'s>(
    statements: &'s [statement::Found],
    trigger: &Range<usize>,
) -> Option<&'s Range<usize>> {
    let k =
        statements.partition_point(|f| f.content.as_ref().is_none_or(|c| c.start <= trigger.start));
    statements[..k]
        .iter()
        .rev()
        .take(4)
        .filter_map(|f| f.content.as_ref())
        .find(|c| c.contains(&trigger.start))
}

/// Whether the trigger's clause names who meets: a verb of taking part, a participant right
/// after or before the meeting word, or the body that meets.
fn names_parties(
    c: &Cues<'_, '_, '_>,
    trigger: &Range<usize>,
    clause: &Range<usize>,
    own: &Range<usize>,
    guest_before: bool,
) -> bool {
    let a = c.a;
    let taking_part = || (clause.clone()).any(|i| c.is(i, TAKES_PART));
    // Up to the next gathering word: «وتسبق القمة اجتماعات المجلس» names the council's.
    let named_after =
        || (trigger.end..(trigger.end + 2).min(own.end)).any(|i| c.is(i, PARTY | ASSEMBLY));
    // «يجدد الرئيس الأمريكي خلال القمة», «وتسلم ولي العهد رئاسة القمة»: a participant is the
    // clause's subject; not one who speaks of it («وأعلن الملك …»), nor one after a preposition
    // («أمام القادة»), nor of gatherings in general («اجتماعات الجامعة»).
    let verb_trigger = a.has_term(trigger.start, Term::MeetingVerb);
    let named_before = || {
        // «تحدث الوزير أمام القادة عن القمة»: who speaks about a gathering is no party of it.
        let about = trigger.start > 0 && a.t.raw(trigger.start - 1) == "عن";
        !about
            && !a.word(trigger.start).ends_with("ات")
            && (trigger.start.saturating_sub(6).max(clause.start)..trigger.start).any(|i| {
                // A committee is a party only as a verb's subject («وعقد المجلس جلسة»,
                // «لجنة المراقبة ستجتمع»): «وتعود فكرة اللجنة إلى مؤتمر …» names no party.
                // «مجلس الأمن يعقد جلسة»: the subject before its hosting verb too.
                let party = c.is(i, PARTY)
                    || c.is(i, ASSEMBLY)
                        && (verb_trigger
                            || i > 0 && tensed(a, i - 1)
                            || (i + 1..(i + 3).min(trigger.start)).any(|k| c.is(k, HOSTS)));
                if !party {
                    return false;
                }
                let governed = a.t.toks[i].has_proclitic() && !a.t.raw(i).starts_with('و')
                    || i > 0
                        && (a.has_term(i - 1, Term::Speech)
                            || matches!(
                                a.t.raw(i - 1),
                                "امام"
                                    | "مع"
                                    | "الي"
                                    | "علي"
                                    | "عن"
                                    | "من"
                                    | "في"
                                    | "لدي"
                                    | "بين"
                            ) && !a.is_name_ali(i - 1));
                !governed
            })
    };
    // «الاجتماع الوزاري للتحالف», «لقاءات … يعقدها التحالف»: the body that meets.
    let body_after = || {
        (trigger.end..(trigger.end + 3).min(own.end)).any(|i| {
            let raw = a.t.raw(i);
            raw.starts_with('ل')
                && (a.has(i, |m| {
                    matches!(
                        m,
                        Term::Coalition | Term::MemberUnit | Term::Level(Level::Ministerial)
                    )
                }) || matches!(
                    raw,
                    "للمجلس" | "لمجلس" | "للجنه" | "للهيئه" | "لهيئه" | "للبرلمان" | "لبرلمان"
                ))
        })
    };
    // «وسيجتمع التحالف …», «اجتمع الحلف»: a meeting verb with the body as its subject.
    let body_meets = || {
        verb_trigger
            && (trigger.end..(trigger.end + 2).min(own.end)).any(|i| a.has_term(i, Term::Coalition))
    };
    // «الذي يعقده التحالف»: the body before its hosting verb.
    let body_hosts = || {
        (clause.start..trigger.start)
            .position(|i| c.is(i, HOSTS))
            .is_some_and(|p| {
                (clause.start + p..trigger.start).any(|i| a.has_term(i, Term::Coalition))
            })
    };
    // «خلال لقائهما»: the two it belongs to are its parties.
    let dual = || a.word(trigger.start).ends_with("هما");
    // «لقاء ثلاثي يضم الأردن والعراق ومصر», «قمة تجمع الزعيمين»: who it brings together.
    let brings_together = || {
        (trigger.end..(trigger.end + 3).min(own.end)).any(|k| {
            matches!(a.t.raw(k), "يضم" | "تضم" | "يجمع" | "تجمع")
                && (a.has_term(k + 1, Term::Country) || c.is(k + 1, PARTY))
        })
    };
    // «يعقد الخبراء اجتماعا قبل الاجتماع الوزاري»: a gathering that only tells the time of
    // another has none of its clause's subject; only its own words name who meets.
    if trigger.start > clause.start && tells_time_of_another(a, trigger.start) {
        return named_after() || body_after() || dual();
    }
    // A host named again after its guest: the words around it are the guest's.
    if guest_before {
        return body_after() || dual();
    }
    // «ترأس ميقاتي اجتماعا وزاريا»: who chairs it is a party, named or not by a title; so is
    // a delegation received («ثم استقبل ميقاتي وفدا من البنك الدولي»).
    // The chair's verb stands a name before its object: a few words are asked, not the clause.
    let chaired_by = || {
        (trigger.start.saturating_sub(8).max(clause.start)..trigger.start).any(|i| chaired(a, i))
    };
    let delegation = || {
        verb_trigger && (trigger.end..(trigger.end + 4).min(own.end)).any(|i| delegation_word(a, i))
    };
    taking_part()
        || named_after()
        || named_before()
        || body_after()
        || body_meets()
        || body_hosts()
        || dual()
        || brings_together()
        || chaired_by()
        || delegation()
}

/// Whether the meeting is yet to come by its words: the next one («الدورة المقبلة»), a future
/// verb or cue before it in its sentence (`before`) or in its clause.
fn future_cue(
    a: &Analysis<'_, '_>,
    trigger: &Range<usize>,
    before: &Range<usize>,
    clause: &Range<usize>,
    own: &Range<usize>,
) -> bool {
    // «وفي وقت لاحق، ترأس الوزير اجتماعا»: later in a day told in the past.
    let told_past = || {
        clause
            .clone()
            .any(|k| a.has_term(k, Term::Tense(Tense::Past)))
    };
    next_one(a, trigger, own)
        || before.clone().chain(clause.clone()).any(|i| {
            // «إن المفاوضات ستستمر حتى الخميس»: what will go on has begun.
            a.has_term(i, Term::Tense(Tense::Future)) && a.t.cues(i) & CONTINUES == 0
                || a.has_term(i, Term::MeetingVerb) && a.t.raw(i).starts_with('س')
                // «يعقد مجلس الأمن، في وقت لاحق اليوم، جلسة»: later today, not yet begun.
                || a.t.raw(i) == "وقت" && a.t.raw(i + 1) == "لاحق" && !told_past()
        })
}

/// Whether the verbal noun of holding before token `t` looks ahead: «تمهيدا لعقد الاجتماع»,
/// «اتفقا على عقد الاجتماع», «قرر عقد قمة», «دعا إلى عقد مؤتمر».
fn to_be_held(a: &Analysis<'_, '_>, t: usize) -> bool {
    // «عزمهما عقد الدورة الثالثة عشرة للاجتماع»: the session words of the gathering stand
    // between the verbal noun and its word.
    let t = (t.saturating_sub(5)..t)
        .find(|&k| a.word(k).contains("دوره"))
        .unwrap_or(t);
    let raw = |k: usize| if k < t { a.t.raw(k) } else { "" };
    let Some(noun) = t.checked_sub(1) else {
        return false;
    };
    if prepared_for(a, t) {
        return true;
    }
    match raw(noun) {
        "لعقد" => true,
        "عقد" => {
            let (one, two) = (noun.saturating_sub(1), noun.saturating_sub(2));
            // «عزمهما عقد الدورة»: intended, as decided.
            let decided =
                |w: &str| w.starts_with("قرر") || w.starts_with("تقرر") || w.starts_with("عزم");
            decided(a.word(one))
                || raw(one) == "علي" && a.word(two).starts_with("اتفق")
                || raw(one) == "الي"
                    && (a.word(two).starts_with("دعا") || a.word(two).starts_with("دعت"))
        }
        _ => false,
    }
}

/// Whether the meeting word at `t` only tells the time of another event: «قبل الاجتماع
/// الوزاري», «بعد القمة», «عقب اللقاء». (Not «خلال القمة»: who acts during a gathering takes
/// part in it.)
fn tells_time_of_another(a: &Analysis<'_, '_>, t: usize) -> bool {
    t > 0 && matches!(a.t.raw(t - 1), "قبل" | "بعد" | "قبيل" | "عقب" | "اثر")
}

/// Whether the meeting word at `t` is what another gathering prepares: «تمهيدا للقمة»,
/// «تحضيرا للاجتماع», «استعدادا للمؤتمر».
fn prepared_for(a: &Analysis<'_, '_>, t: usize) -> bool {
    t > 0
        && matches!(
            a.t.raw(t - 1),
            "تمهيدا"
                | "تحضيرا"
                | "استعدادا"
                | "للتحضير"
                | "للاعداد"
                | "للاستعداد"
                | "والتحضير"
        )
        && a.t.raw(t).starts_with("لل")
}

/// The host trigger of guest `n` when the guest is named in its frame after it, with a pronoun
/// («مؤتمر …، الذي يعقد في إطاره اجتماع …»).
fn framed_guest_of(
    a: &Analysis<'_, '_>,
    triggers: &[(Range<usize>, MeetingClass)],
    hosts: &[(usize, usize)],
    n: usize,
) -> Option<usize> {
    let &(_, host) = hosts
        .iter()
        .find(|&&(guest, host)| guest == n && host < n)?;
    let between = triggers[host].0.end..triggers[n].0.start;
    between
        .into_iter()
        .any(|k| matches!(a.word(k), "هامشه" | "هامشها" | "اطاره" | "اطارها"))
        .then_some(host)
}

/// «أكد الوزير اليوم أن … . جاء ذلك خلال لقائه …»: a sentence that opens with «جاء ذلك»
/// tells where the last statement was made, and a meeting in it is on that statement's day; so
/// is one its own sentence's speech was given before («في كلمة أمام جلسة لمجلس الأمن»).
fn said_at(
    a: &Analysis<'_, '_>,
    s: &Range<usize>,
    trigger: &Range<usize>,
    statements: &[statement::Found],
) -> Option<usize> {
    let opens = matches!(a.t.raw(s.start), "جاء" | "وجاء") && a.t.raw(s.start + 1) == "ذلك";
    // «دعا غوتيريش، مساء الأربعاء، …، وذلك في كلمة أمام جلسة لمجلس الأمن»: the gathering a
    // speech of the sentence was given before is on the day of that statement.
    let before_speech = trigger.start >= 2
        && matches!(a.t.raw(trigger.start - 1), "امام" | "خلال" | "اثناء")
        && (trigger.start.saturating_sub(4)..trigger.start - 1).any(|k| {
            matches!(
                a.word(k),
                "كلمه"
                    | "كلمته"
                    | "كلمتها"
                    | "خطاب"
                    | "خطابه"
                    | "خطابها"
                    | "مداخلته"
                    | "مداخلتها"
            )
        });
    let sentence_start = a.span(&(s.start..s.start + 1)).start;
    let found = if opens {
        statements
            .iter()
            .rev()
            .find(|f| f.statement.span.end <= sentence_start)?
    } else if before_speech {
        statements
            .iter()
            .rev()
            .find(|f| f.statement.span.start == sentence_start)?
    } else {
        return None;
    };
    let span = found
        .statement
        .when
        .as_ref()
        .filter(|w| w.source == WhenSource::Text)?
        .span
        .clone()?;
    a.dates.iter().position(|(d, _)| d.span == span)
}

/// Whether token `k` names a delegation: «وفد», «وفدا», «الوفد».
fn delegation_word(a: &Analysis<'_, '_>, k: usize) -> bool {
    matches!(a.word(k), "وفد" | "وفدا" | "وفودا" | "الوفد")
}

/// Whether token `k` names one's counterpart: «نظيره», «نظيرته», «نظيريه», «نظرائه».
fn counterpart_word(a: &Analysis<'_, '_>, k: usize) -> bool {
    matches!(a.word(k), "نظيره" | "نظيرته" | "نظيريه" | "نظرائه")
}

/// Whether tokens `r` name the place told of before: «المدينة ذاتها», «العاصمة نفسها», «المقر
/// نفسه».
fn same_city(a: &Analysis<'_, '_>, r: &Range<usize>) -> bool {
    r.clone().any(|k| {
        matches!(a.word(k), "المدينه" | "العاصمه") && matches!(a.t.raw(k + 1), "ذاتها" | "نفسها")
            // «استقبل أمس في المقر نفسه …», «في المكان ذاته».
            || matches!(a.word(k), "المقر" | "المكان" | "القصر")
                && matches!(a.t.raw(k + 1), "ذاته" | "نفسه")
    })
}

/// Whether the meeting is the next one: «الاجتماع المقبل», «الدورة القادمة» (a direction that
/// is no part of a date).
fn next_one(a: &Analysis<'_, '_>, trigger: &Range<usize>, own: &Range<usize>) -> bool {
    (trigger.end..(trigger.end + 2).min(own.end)).any(|i| {
        a.date_covering(i).is_none() && a.has(i, |m| m == Term::Rel(crate::lexicon::Dir::Next))
    })
}

/// The meetings of a sentence held on the sidelines of, or within, another gathering of it:
/// «على هامش المؤتمر» or «في إطار القمة» belongs to the nearest other meeting word of the
/// sentence; «على هامشه», «في إطاره» to the next one after it. Returns (the meeting's index
/// among `triggers`, the host's index).
fn sidelines(
    a: &Analysis<'_, '_>,
    s: &Range<usize>,
    triggers: &[(Range<usize>, MeetingClass)],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for i in s.clone() {
        let pronoun = match a.word(i) {
            "هامش" | "اطار" => false,
            "هامشه" | "هامشها" | "اطاره" | "اطارها" => true,
            _ => continue,
        };
        let before = if i > s.start { a.t.raw(i - 1) } else { "" };
        if !matches!(before, "علي" | "وعلي" | "في" | "وفي") {
            continue;
        }
        let (host, guest) = if pronoun {
            let host = triggers.iter().rposition(|(t, _)| t.end <= i);
            let guest = triggers.iter().position(|(t, _)| t.start > i);
            (host, guest)
        } else {
            let Some(host) = triggers.iter().position(|(t, _)| t.start == i + 1) else {
                continue;
            };
            let distance = |t: &Range<usize>| t.start.abs_diff(i);
            let guest = (0..triggers.len())
                .filter(|&k| k != host)
                .min_by_key(|&k| distance(&triggers[k].0));
            (Some(host), guest)
        };
        if let (Some(host), Some(guest)) = (host, guest) {
            out.push((guest, host));
        }
    }
    out
}

/// The place of the gathering a meeting is held on the sidelines of: the first of the host's
/// kind that names one.
fn host_place(a: &Analysis<'_, '_>, entities: &[Entity], k: usize) -> Option<Mention> {
    let host = entities[k].host?;
    entities
        .iter()
        .enumerate()
        .find(|(j, e)| *j != k && !e.generic && e.class == host && e.place.is_some())
        .and_then(|(_, e)| e.place.as_ref())
        .map(|r| a.mention(r))
}

/// The meeting words of a sentence; a noun governed by the one before it («الجلسة الرئيسية
/// للقمة») is part of it.
fn triggers(
    c: &Cues<'_, '_, '_>,
    s: &Range<usize>,
    rounds: bool,
    sentence_cues: crate::lexicon::meeting_cues::CueBits,
) -> Vec<(Range<usize>, MeetingClass)> {
    let a = c.a;
    let mut out: Vec<(Range<usize>, MeetingClass)> = Vec::new();
    let meeting_kinds = meeting_kinds();
    // Straight quotes seen so far in the sentence, counted as the loop goes (one pass).
    let mut quotes = 0usize;
    for i in s.clone() {
        let quotes_before = quotes;
        if a.t.toks[i].is_punct('"') {
            quotes += 1;
        }
        let works_word = a.t.cues(i) & WORKS != 0;
        if !a.t.has_kind(i, meeting_kinds) && !works_word {
            // «احتضنت قمة عربية عام 1979 وأخرى عام 2004»: «وأخرى» with a date of its own is a
            // second gathering of the kind named before it.
            if let Some(&(_, class)) = out.last()
                && is_another(a, i)
            {
                out.push((i..i + 1, class));
            }
            // «اجتماعات تحضيرية على مستوى المندوبين يوم 26 مارس، ثم على مستوى وزراء الخارجية
            // يوم 29 مارس»: the same kind of gathering again, at another level and date.
            if let Some(&(_, class)) = out.last()
                && is_level_sequel(a, i, s)
            {
                out.push((i + 2..i + 3, class));
            }
            // «الجولة الأولى من الحوار الاستراتيجي»: a round of dialogue is a meeting.
            if rounds && (is_round_of_dialogue(a, i, s) || is_round_held(a, i, s)) {
                out.push((i..i + 1, MeetingClass::Meeting));
            }
            // «بحث الوزير اليوم مع نظيره العراقي»: talks; but «وخلال اللقاء، بحث الوزير مع
            // ضيفه» tells what the meeting just named was about.
            let during_last = out.last().is_some_and(|(t, _)| {
                t.end + 3 >= i
                    && t.start > 0
                    && matches!(a.t.raw(t.start - 1), "خلال" | "وخلال" | "اثناء" | "واثناء")
            });
            if discusses(a, i) && !during_last && discusses_with(a, i, s) {
                out.push((i..i + 1, MeetingClass::Meeting));
            }
            continue;
        }
        let class = a.t.hits(i).iter().find_map(|h| match h.term {
            Term::MeetingNoun(c) => Some(c),
            Term::MeetingVerb => Some(MeetingClass::Meeting),
            _ => None,
        });
        // «تنطلق … أعمال اللجنة», «تبدأ أعمالها»: the work of a body that opens or closes.
        // The verb may stand a few adverbials before («تنطلق غدا في مقر الأمم المتحدة أعمال …»):
        // the nearest verb before the noun must be the opening one.
        // «ترأس رئيس الحكومة … أشغال مجلس الحكومة»: the works one chairs are a gathering too.
        let chairs = |k: usize| chaired(a, k) || a.word(k).starts_with("يتراس");
        let opened = || {
            (i.saturating_sub(14).max(s.start)..i)
                .rev()
                .find(|&k| {
                    c.is(k, OPENS)
                        || chairs(k)
                        || a.t.has_kind(k, Term::Tense(Tense::Past).kind_bit())
                })
                .is_some_and(|k| c.is(k, OPENS) || chairs(k))
        };
        // «أعمال المؤتمر», «أعمال الجولة الثانية عشرة من محادثات أستانا»: the works of a
        // gathering named just after are that gathering's.
        let works = works_word
            && opened()
            && !(i + 1..(i + 7).min(s.end))
                .any(|k| a.has(k, |m| matches!(m, Term::MeetingNoun(_))))
            && !(i.saturating_sub(8).max(s.start)..i)
                .any(|k| a.has(k, |m| matches!(m, Term::MeetingNoun(_))));
        let class = class.or(works.then_some(MeetingClass::Conference));
        let Some(mut class) = class else { continue };
        // «دورة» is a summit's session, but «دورة اللجنة العليا المشتركة» a committee's and
        // «الدورة الأولى للملتقى» a forum's.
        if class == MeetingClass::Summit && a.word(i).contains("دور") {
            let governed = (i + 1..(i + 4).min(s.end)).find_map(|k| {
                // «الدورة السادسة للمجلس»: a council's session, but «الدورة العادية لمجلس
                // الجامعة على مستوى القمة» (a sentence that names the summit) and the GCC's
                // Supreme Council's are summits. «للمجلس» is in no list: its spelling is asked.
                let council = (c.is(k, ASSEMBLY) || matches!(a.t.raw(k), "للمجلس" | "للجنه"))
                    && !s.clone().any(|j| a.word(j) == "القمه")
                    && !a.has_term(k, Term::Level(Level::Summit));
                if matches!(a.word(k), "اللجنه" | "لجنه") || council {
                    return Some(MeetingClass::Meeting);
                }
                a.t.hits(k).iter().find_map(|h| match h.term {
                    Term::MeetingNoun(c) if c != MeetingClass::Summit => Some(c),
                    _ => None,
                })
            });
            if let Some(c) = governed {
                class = c;
            }
            // «عقد مجلس الجامعة على مستوى المندوبين دورة غير عادية»: a council's session, a
            // summit only «على مستوى القمة».
            let council = || (i.saturating_sub(14).max(s.start)..i).any(|k| c.is(k, ASSEMBLY));
            let summit_level = || {
                s.clone()
                    .any(|k| a.word(k) == "مستوي" && a.word(k + 1) == "القمه")
            };
            if governed.is_none() && council() && !summit_level() {
                class = MeetingClass::Meeting;
            }
            // «الحوار الاستراتيجي … في دورته السادسة»: a session of what was named before,
            // a summit's only when that is one.
            if matches!(a.word(i), "دورته" | "دورتها") {
                let before = (i.saturating_sub(8).max(s.start)..i).rev().find_map(|k| {
                    a.t.hits(k).iter().find_map(|h| match h.term {
                        Term::MeetingNoun(c) => Some(c),
                        _ => None,
                    })
                });
                class = before.unwrap_or(MeetingClass::Meeting);
            }
        }
        // A name in quotation marks («"قمة القدس"») is no gathering. A straight quote closes
        // when an odd number stand before it in the sentence: «ضد "داعش" يجتمعون».
        let quoted = i > 0
            && match a.t.toks[i - 1].kind {
                Kind::Punct {
                    c: '«' | '“', ..
                } => true,
                // Those before the quote at `i - 1`: all but itself.
                Kind::Punct { c: '"', .. } => quotes_before.saturating_sub(1) % 2 == 0,
                _ => false,
            };
        // «على مستوى القمة» is a level, «علم الاجتماع» sociology; «بقصر المؤتمرات» and
        // «بالمركز الدولي للمؤتمرات» name a building.
        let abstract_noun = || {
            i > 0
                && (matches!(a.word(i - 1), "مستوي" | "علم" | "عالم" | "علماء")
                    || names_building(a, i, s))
        };
        let by_phone = a.t.raw(i + 1) == "عبر" && a.t.raw(i + 2) == "الهاتف";
        // «أغلق المؤشر العام للبورصة جلسة اليوم»: a market's session.
        let market = || {
            a.word(i).contains("جلس")
                && (i.saturating_sub(5).max(s.start)..i).any(|k| {
                    matches!(
                        a.word(k),
                        "البورصه" | "للبورصه" | "المؤشر" | "الاسهم" | "بورصه" | "السوق"
                    )
                })
        };
        // «مباراة القمة», «يلتقي الأهلي والزمالك في قمة الدوري»: a match («اجتماعه الدوري» is
        // a periodic meeting).
        let match_play = || {
            sentence_cues & MATCH != 0
                && (i.saturating_sub(6).max(s.start)..(i + 7).min(s.end)).any(|k| {
                    c.is(k, MATCH)
                        && (a.t.raw(k) != "الدوري" || k > 0 && a.word(k - 1).contains("قمه"))
                })
        };
        // «بدلا من اجتماع حضوري», «عوضا عن عقد قمة»: the gathering not held.
        let instead = || {
            sentence_cues & INSTEAD != 0
                && (i.saturating_sub(3).max(s.start)..i).any(|k| {
                    c.is(k, INSTEAD)
                        && matches!(a.t.raw(k + 1), "من" | "عن")
                        && (k + 2 == i || k + 3 == i && matches!(a.t.raw(k + 2), "عقد" | "انعقاد"))
                })
        };
        // The checks that look around the word come last: most meeting words pass them all.
        if c.is(i + 1, NOT_MEETING)
            || by_phone
            || quoted
            || abstract_noun()
            || market()
            || instead()
            || match_play()
            || !receives_in_person(c, i, s)
        {
            continue;
        }
        let is_verb = a.has_term(i, Term::MeetingVerb);
        if let Some((last, _)) = out.last() {
            // Adjectives of the first noun («الجلسة الرئيسية للقمة»), not a verb and its object:
            // «الاجتماع يأتي استكمالا لمؤتمر …» names two gatherings.
            // («الدورة العادية السابعة والثلاثين لمؤتمر …»: an ordinal of two words.)
            let words_between = (last.end..i).all(|k| {
                a.t.toks[k].kind == Kind::Word
                    && (a.t.raw(k).starts_with("ال") || a.t.raw(k).starts_with("وال"))
                    && !a.t.has_kind(
                        k,
                        Term::Tense(Tense::Past).kind_bit() | Term::Speech.kind_bit(),
                    )
            });
            // «جلسة مباحثات», «جولة مفاوضات»: a noun and the one it governs name one gathering.
            // The first takes no article («وتسبق القمة اجتماعات» is a subject and its object).
            let compound = i == last.end && !is_verb && !a.word(last.start).starts_with("ال");
            // «الجلسة الرئيسية للقمة»: a noun governed by the one before it.
            // («لقاء», «لقائه» begin with the letter, not the preposition.)
            let governed = i - last.end <= 4
                && words_between
                && a.t.raw(i).starts_with('ل')
                && !a.t.raw(i).starts_with("لقا");
            // «الاجتماع التحضيري للقمة» prepares the summit, and is no session of it.
            let preparatory = (last.end..i).any(|k| a.word(k).starts_with("التحضيري"));
            // «وكانت القمة … قد التأمت»: the meeting's own verb; a name in quotation marks
            // after the noun («مؤتمر "دعم مستقبل سوريا" الذي ينعقد») is not counted.
            let own_verb = is_verb
                && i - after_quoted_name(a, last.end, i) <= 6
                && !(last.end..i).any(|k| c.boundary(k));
            // «انعقدت يوم الأحد أشغال الدورة»: a convening verb's subject is the gathering it
            // convenes, one meeting, named by the noun.
            let convened = !is_verb
                && a.has_term(last.start, Term::MeetingVerb)
                && c.is(last.start, HOSTS)
                && i - last.end <= 12
                && !(last.end..i).any(|k| c.boundary(k));
            // «اجتماعات الجولة الثانية عشرة من محادثات أستانا»: the talks a round is of are
            // the series, named in the round's gathering.
            // The round follows that gathering's word: «ويأتي الاجتماع قبل أسبوع من الجولة
            // الخامسة من اجتماعات اللجنة» names two.
            let series = a.t.raw(i - 1) == "من"
                && i - last.end <= 6
                && a.t.cues(last.end) & ROUND != 0
                && !(last.end..i).any(|k| c.boundary(k));
            if series {
                continue;
            }
            // «أن يجتمع قادة الاتحاد في قمة يومي 27 و28 يونيو»: who convene in a gathering
            // hold that one («التقى الرئيس نظيره في القمة» met within it: two).
            let convene_in = !is_verb
                && a.t.raw(i - 1) == "في"
                && i - last.end <= 6
                && a.word(last.start).contains("جتمع")
                && !(last.end..i).any(|k| c.boundary(k));
            if (convened || convene_in)
                && let Some(last) = out.last_mut()
            {
                *last = (i..i + 1, class);
                continue;
            }
            if governed || own_verb || compound {
                // «الجلسة الرئيسية للقمة» is a session of a summit.
                if governed
                    && class == MeetingClass::Summit
                    && !preparatory
                    && let Some(last) = out.last_mut()
                {
                    last.1 = MeetingClass::Summit;
                }
                continue;
            }
        }
        out.push((i..i + 1, class));
    }
    out
}

/// Whether the meeting noun at `i` ends the name of a building: «قصر المؤتمرات», «بالمركز
/// الدولي للمؤتمرات», «قاعة الاجتماعات الكبرى» (its adjectives may stand between).
fn names_building(a: &Analysis<'_, '_>, i: usize, s: &Range<usize>) -> bool {
    let building = |k: usize| {
        let w = a.t.raw(k);
        matches!(
            past_ba_al(w.strip_prefix('و').unwrap_or(w)),
            "قصر" | "مركز" | "قاعه" | "دار"
        )
    };
    // With adjectives between, the noun is the building's complement, definite: «في قصر
    // الإليزيه قمة» is a summit held in a palace.
    let definite = a.t.raw(i).starts_with("ال") || a.t.raw(i).starts_with("لل");
    (i.saturating_sub(3).max(s.start)..i).rev().any(|k| {
        building(k)
            && (k + 1 == i
                || definite
                    && (k + 1..i)
                        .all(|j| a.t.toks[j].kind == Kind::Word && a.t.raw(j).starts_with("ال")))
    })
}

/// Where the tokens from `from` on resume after a name in quotation marks that opens them
/// («"دعم مستقبل سوريا"»), if it closes before `end`; else `from`.
fn after_quoted_name(a: &Analysis<'_, '_>, from: usize, end: usize) -> usize {
    let opens =
        a.t.toks
            .get(from)
            .is_some_and(|t| t.is_punct('"') || t.is_punct('«'));
    if !opens {
        return from;
    }
    (from + 1..end)
        .find(|&k| a.t.toks[k].is_punct('"') || a.t.toks[k].is_punct('»'))
        .map_or(from, |k| k + 1)
}

/// Whether «استقبل» at token `i`, if it is that verb, receives someone in person: a title near
/// it («استقبل الرئيس … وزير الخارجية»), and no call or letter received («استقبل اتصالا
/// هاتفيا»). An airport «receives» flights, a country refugees.
fn receives_in_person(c: &Cues<'_, '_, '_>, i: usize, s: &Range<usize>) -> bool {
    let a = c.a;
    // Meeting verbs are few; «استقبل», «يستقبل», «سنستقبل» all hold «ستقبل», as does the
    // audience «خلال استقباله».
    if !a.t.has_kind(i, meeting_kinds()) || !a.word(i).contains("ستقبل") {
        return true;
    }
    let after = |n: usize| i + 1..(i + n).min(s.end);
    // «استقبل في الرابع والعشرين من شباط الماضي الرئيس …»: the guest after the date.
    let dated = (i + 1..(i + 3).min(s.end))
        .find_map(|k| a.date_covering(k).filter(|_| a.date_starts_at(k)))
        .map_or(0, |d| a.dates[d].1.len() + 1);
    // «استقبل بوتين في الكرملين أمس الرئيس التركي», «استقبل الشيخ محمد بن زايد في قصر
    // الشاطئ اليوم رئيس وزراء الهند»: a name, a place and a day may come before.
    // «أن الرئيس سيستقبل نظيره اللبناني»: a counterpart is a guest of rank.
    // «ثم استقبل ميقاتي وفدا من البنك الدولي»: a delegation is received in person.
    // A long style of the host may come first too («استقبل حضرة صاحب السمو الشيخ تميم بن حمد
    // آل ثاني أمير البلاد المفدى، بمكتبه في قصر البحر صباح اليوم، دولة رئيس وزراء باكستان»).
    let titled = (i + 1..(i + 22 + dated).min(s.end)).any(|k| {
        a.has_term(k, Term::SpeakerHead)
            || c.is(k, TITLE)
            || counterpart_word(a, k)
            || delegation_word(a, k)
    });
    let remote = after(8).any(|k| {
        matches!(
            a.word(k),
            "اتصالا" | "اتصال" | "مكالمه" | "رساله" | "برقيه" | "اوراق"
        )
    });
    titled && !remote
}

/// Whether token `i` is a round («الجولة السادسة») that is held, opens or closes: «وكانت الجولة
/// السادسة قد عقدت في الدوحة», «الجولة المقبلة ستنطلق في …», «اختتمت … الجولة السابعة». A round
/// that someone makes («بدأ الوزير جولة خليجية») is a tour, and a round of talks named after
/// it («الجولة السابعة من المحادثات») is that noun's.
fn is_round_held(a: &Analysis<'_, '_>, i: usize, s: &Range<usize>) -> bool {
    if a.t.cues(i) & ROUND == 0 {
        return false;
    }
    // «الجولة السابعة من المحادثات», «جولة محادثات»: the talks' noun names the meeting.
    let talks = |k: usize| a.has(k, |m| matches!(m, Term::MeetingNoun(_)));
    let of_talks =
        talks(i + 1) || (i + 1..(i + 4).min(s.end)).any(|k| a.t.raw(k) == "من" && talks(k + 1));
    // Held: a form of «عقد» near it, its own verb.
    let held = |k: usize| {
        let w = a.word(k);
        ["عقد", "انعقد", "تعقد", "يعقد", "ستعقد", "تنعقد", "ستنعقد"]
            .iter()
            .any(|p| w.starts_with(p))
    };
    // Opened or closed: the verb right before it, or right after it. Not the OPENING list,
    // whose «بدأ» begins a tour as well as a round.
    let starts_or_ends = |k: usize| {
        let w = a.word(k);
        [
            "انطلق",
            "تنطلق",
            "ستنطلق",
            "اختتم",
            "تختتم",
            "ستختتم",
            "استؤنف",
            "تستانف",
            "افتتح",
            "انتهت",
            "تنتهي",
        ]
        .iter()
        .any(|p| w.starts_with(p))
    };
    let near = i.saturating_sub(3).max(s.start)..(i + 5).min(s.end);
    // After it, as its own verb or in its relative clause: «جولة "جنيف 4" التي افتتحها …».
    let own_verb = |k: usize| {
        (k <= i + 3 || matches!(a.t.raw(k - 1), "التي" | "الذي")) && (held(k) || starts_or_ends(k))
    };
    // «في ختام الجولة السابقة», «مع انطلاق الجولة الرابعة»: the opening or closing of a round
    // of a series (its rank or place in the series after it; a tour has neither).
    let noun_before = i > s.start
        && matches!(
            a.word(i - 1),
            "ختام" | "اختتام" | "افتتاح" | "انطلاق" | "انعقاد" | "انطلاقه"
        )
        && (crate::numbers::ordinal_at(a.t, i + 1).is_some()
            || matches!(
                a.word(i + 1),
                "السابقه"
                    | "الماضيه"
                    | "المقبله"
                    | "القادمه"
                    | "الاخيره"
                    | "الحاليه"
                    | "الجديده"
            ));
    // «الجولة السابقة التي جرت في شهر مايو»: a round that took place, of no other noun
    // («الجولة الأولى من الانتخابات التي جرت»), in a report that has named a gathering.
    let took_place = |k: usize| {
        matches!(a.t.raw(k - 1), "التي" | "الذي")
            && matches!(a.word(k), "جرت" | "جري" | "تجري" | "ستجري")
    };
    let of_nothing = !(i + 1..(i + 4).min(s.end)).any(|k| a.t.raw(k) == "من");
    let gathering_named = || {
        a.sentences
            .iter()
            .zip(&a.sentence_words)
            .take_while(|(r, _)| r.start < s.start)
            .any(|(_, &(kinds, _))| kinds & meeting_kinds() != 0)
    };
    !of_talks
        && (near.clone().any(held)
            || i > s.start && starts_or_ends(i - 1)
            || noun_before
            || (i + 1..(i + 8).min(s.end)).any(own_verb)
            || of_nothing && (i + 2..(i + 5).min(s.end)).any(took_place) && gathering_named())
}

/// Whether token `i` is «الحوار» after «جولة (…) من»: a round of a dialogue, which meets.
fn is_round_of_dialogue(a: &Analysis<'_, '_>, i: usize, s: &Range<usize>) -> bool {
    // «جولة الحوار الفلسطيني»: the round in construct with the dialogue.
    let construct =
        i > s.start && a.t.cues(i - 1) & ROUND != 0 && !a.t.stem(i - 1).starts_with("ال");
    a.t.cues(i) & DIALOGUE != 0
        && (construct
            || i >= s.start + 2
                && a.t.raw(i - 1) == "من"
                && (i.saturating_sub(5).max(s.start)..i - 1).any(|k| a.t.cues(k) & ROUND != 0))
}

/// Whether «ثم على مستوى …» at token `i`, with a date of its own within a few words, names
/// the gathering before it again at another level.
fn is_level_sequel(a: &Analysis<'_, '_>, i: usize, s: &Range<usize>) -> bool {
    a.t.cues(i) & THEN != 0
        && a.t.raw(i + 1) == "علي"
        && a.word(i + 2) == "مستوي"
        && (i + 3..(i + 9).min(s.end)).any(|k| a.date_starts_at(k))
}

/// Whether the verb «بحث» at token `i` tells of talks: «مع» names the other side a few words
/// on, in the same clause, and no telephone carries them («بحث هاتفيا مع», «في اتصال»).
fn discusses_with(a: &Analysis<'_, '_>, i: usize, s: &Range<usize>) -> bool {
    // A verb, not the verbal noun of purpose («لبحث سبل التعاون»).
    let raw = a.t.raw(i);
    if raw.strip_prefix(['و', 'ف']).unwrap_or(raw) != a.word(i) {
        return false;
    }
    // A long title may stand between: «بحث نائب رئيس الوزراء وزير الخارجية … مع».
    let end = (i + 20).min(s.end);
    let Some(with) = (i + 1..end)
        .take_while(|&k| !matches!(a.t.raw(k), "ان" | "انه" | "بان" | "الذي" | "التي"))
        .find(|&k| a.t.raw(k) == "مع")
    else {
        return false;
    };
    let phone = |k: usize| {
        matches!(
            a.word(k),
            "هاتفيا" | "هاتفي" | "الهاتفي" | "الهاتف" | "اتصال" | "اتصالا" | "الاتصال"
        )
    };
    // «مع نظيره المصري بدر عبد العاطي، في اتصال هاتفي»: the telephone may come after a name,
    // up to the next verb.
    let call_end = (with + 1..(with + 12).min(s.end))
        .find(|&k| tensed(a, k))
        .unwrap_or((with + 12).min(s.end));
    a.t.toks.get(with + 1).is_some_and(|t| t.kind == Kind::Word)
        && !(i.saturating_sub(2).max(s.start)..call_end).any(phone)
}

/// Whether token `i` is a form of «بحث» («بحث», «يبحث», «سيبحثان»).
fn discusses(a: &Analysis<'_, '_>, i: usize) -> bool {
    a.t.cues(i) & DISCUSSES != 0
}

/// Whether token `i` is the perfect of «بحث» («بحث», «بحثت», «بحثا»): talks held.
fn discussed(a: &Analysis<'_, '_>, i: usize) -> bool {
    discusses(a, i) && a.word(i).starts_with("بحث")
}

/// Whether token `i` is «وأخرى»/«وآخر» followed at once by a date: another gathering, elided.
fn is_another(a: &Analysis<'_, '_>, i: usize) -> bool {
    matches!(a.t.raw(i), "واخري" | "واخر") && a.date_starts_at(i + 1)
}

/// The clause around a trigger: between commas, complementizers and the sentence's ends.
fn clause_of(c: &Cues<'_, '_, '_>, trigger: &Range<usize>, s: &Range<usize>) -> Range<usize> {
    let near = trigger.start.saturating_sub(WINDOW).max(s.start);
    let start = (near..trigger.start)
        .rev()
        .find(|&k| c.boundary(k))
        .map_or(near, |k| k + 1);
    let far = (trigger.end + WINDOW).min(s.end);
    let end = (trigger.end..far).find(|&k| c.boundary(k)).unwrap_or(far);
    start..end
}

/// Whether token `k` opens a new clause: a complementizer, «في حين», «بينما», «حيث», or a comma
/// before a verb. A comma around an adverbial («انطلقت، اليوم الأربعاء بمراكش، أشغال») is not.
fn boundary(c: &Cues<'_, '_, '_>, k: usize) -> bool {
    let a = c.a;
    let tok = &a.t.toks[k];
    if matches!(
        a.t.raw(k),
        "ان" | "انه"
            | "انها"
            | "انهم"
            | "بان"
            | "بانه"
            | "بانها"
            | "بينما"
            | "حيث"
            | "حين"
            | "بعدما"
            | "عندما"
            | "فيما"
    ) {
        return true;
    }
    if tok.is_comma() {
        let comma = |j: usize| a.t.is_comma(j);
        // «الاجتماع الوزاري للتحالف، الذي يضم 41 دولة، في الرياض يوم الأحد»: a short aside
        // about who meets, and the meeting's place or time after it.
        if c.is(k + 1, RELATIVE)
            && let Some(j) = (k + 3..(k + 9).min(a.t.len())).find(|&j| comma(j))
            && a.t.raw(j + 1) == "في"
            && time_or_place(a, &(j + 1..tail_end(a, j + 1)))
        {
            return false;
        }
        // «…، الذي يعقد يوم الاثنين»: a relative clause that holds the meeting goes on with it,
        // also past a short aside with no verb («، المعروفة بصيغة رامشتاين، الذي يعقد غدا»).
        let holding_relative =
            |r: usize| c.is(r, RELATIVE) && (r + 1..(r + 3).min(a.t.len())).any(|j| c.is(j, HOSTS));
        if holding_relative(k + 1) {
            return false;
        }
        if let Some(j) = (k + 2..(k + 8).min(a.t.len())).find(|&j| comma(j))
            && holding_relative(j + 1)
            && !(k + 1..j).any(|v| tensed(a, v))
        {
            return false;
        }
        // «اجتماع لوزراء الرقمنة، عقد في اليابان في أبريل»: after an indefinite meeting noun,
        // a clause with no relative pronoun describes it.
        let indefinite_meeting = |j: usize| {
            a.t.has_kind(j, meeting_kinds())
                && !a.has_term(j, Term::MeetingVerb)
                && !a.t.stem(j).starts_with("ال")
        };
        if c.is(k + 1, HOSTS)
            && a.has_term(k + 1, Term::Tense(Tense::Past))
            && (k.saturating_sub(6)..k).any(indefinite_meeting)
        {
            return false;
        }
        // «…، وذلك بمقر التحالف في الرياض»: «وذلك» takes up the clause to tell its
        // circumstances, as «، بمشاركة وزراء الخارجية» tells at what level it is; «توجه إلى
        // بروكسل، للمشاركة في مؤتمر …»: the purpose of the going.
        let with_level = matches!(
            a.t.raw(k + 1),
            "بمشاركه" | "وبمشاركه" | "بحضور" | "وبحضور" | "برئاسه" | "وبرئاسه"
        ) && a.has(k + 2, |t| matches!(t, Term::Level(_)))
            // «المنتدى الإقليمي للاتحاد، على مستوى وزراء الخارجية،».
            || a.t.raw(k + 1) == "علي" && a.word(k + 2) == "مستوي";
        if a.t.raw(k + 1) == "وذلك" || with_level || attends(a, k + 1) {
            return false;
        }
        // «الدورة المقبلة للجنة العليا المشتركة، المرتقبة بنواكشوط في فبراير»: an adjective
        // after the comma tells where and when the noun before it is to be held.
        if expected(a.t.raw(k + 1)) {
            return false;
        }
        // A comma around an adverbial of time or place («، اليوم الأربعاء بمراكش،») joins.
        // «، خلال لقائهما،», «، على هامش القمة،»: a short adverbial of occasion joins too.
        let occasion = |r: &Range<usize>| {
            r.len() <= 4
                && matches!(
                    a.t.raw(r.start),
                    "خلال" | "اثناء" | "عقب" | "قبيل" | "علي" | "وعلي" | "وخلال"
                )
                && (r.start + 1..r.end).any(|j| a.t.has_kind(j, meeting_kinds()))
        };
        // «استقبل رئيس الجمهورية، السيد عبد المجيد تبون، يوم الأحد …»: a name after a title,
        // between commas, is the titled one's.
        let name_aside = |r: &Range<usize>| {
            (1..=5).contains(&r.len())
                && r.start >= 2
                && (r.start.saturating_sub(4)..r.start - 1).any(|j| title_level(a, j).is_some())
                && r.clone().all(|j| {
                    let tok = &a.t.toks[j];
                    tok.kind == Kind::Word
                        && !tok.has_proclitic()
                        && (tok.kinds == 0 || j == r.start && honorific(a.word(j)))
                })
        };
        let adverbial = |r: Range<usize>| {
            !r.is_empty() && (occasion(&r) || time_or_place(a, &r) || name_aside(&r))
        };
        // Sixteen words hold a day in both calendars («، يوم الثلاثاء 13 جمادى الآخرة 1445هـ
        // الموافق 26 ديسمبر 2023م،»).
        let next_end = (k + 1..(k + 16).min(a.t.len())).find(|&j| comma(j));
        let prev_start = (k.saturating_sub(16)..k)
            .rev()
            .find(|&j| a.t.toks[j].is_comma());
        let opens_adverbial =
            next_end.is_some_and(|e| adverbial(k + 1..e)) || a.date_starts_at(k + 1);
        let closes_adverbial = prev_start.is_some_and(|p| adverbial(p + 1..k));
        // «قد عقدت في طهران، في السابع من أيلول»: the day after the place of a hosting verb.
        let day_after_venue = a.t.raw(k + 1) == "في"
            && a.date_starts_at(k + 2)
            && (k.saturating_sub(5)..k).any(|j| c.is(j, HOSTS))
            && k > 0
            && a.t
                .has_kind(k - 1, Term::Place.kind_bit() | Term::Country.kind_bit());
        // The comma that closes an aside («، الذي يضم 41 دولة،») before «في» and the
        // meeting's place or time.
        let closes_aside = prev_start.is_some_and(|p| c.is(p + 1, RELATIVE))
            && a.t.raw(k + 1) == "في"
            && time_or_place(a, &(k + 1..tail_end(a, k + 1)));
        // «عقدت اللجنة الخماسية، والمكونة من خمس دول، اجتماعا»: an aside between the hosting
        // verb's subject and its object, the meeting word in the accusative.
        let object_at = |j: usize| {
            a.t.has_kind(j, meeting_kinds())
                && !a.has_term(j, Term::MeetingVerb)
                && a.t.raw(j).ends_with('ا')
        };
        let hosted_before = |p: usize| (p.saturating_sub(8)..p).any(|j| c.is(j, HOSTS));
        let aside_before_object = next_end.is_some_and(|e| object_at(e + 1) && hosted_before(k))
            || prev_start.is_some_and(|p| object_at(k + 1) && hosted_before(p));
        return !(opens_adverbial
            || closes_adverbial
            || closes_aside
            || day_after_venue
            || aside_before_object);
    }
    false
}

/// Whether `word` says that what it describes is expected: «المرتقبة», «المقررة», «المزمع».
fn expected(word: &str) -> bool {
    matches!(
        word,
        "المرتقبه"
            | "المرتقب"
            | "المقرره"
            | "المقرر"
            | "المزمع"
            | "المزمعه"
            | "المنتظره"
            | "المنتظر"
    )
}

/// Whether `word` is an honorific that opens a name: «السيد», «الدكتور», «الشيخ».
fn honorific(word: &str) -> bool {
    matches!(
        word,
        "السيد" | "السيده" | "الدكتور" | "الدكتوره" | "الشيخ" | "الشيخه" | "المهندس"
    )
}

/// Where the words from token `from` end: at a comma or the sentence's end, twelve tokens on
/// at most.
fn tail_end(a: &Analysis<'_, '_>, from: usize) -> usize {
    let end = (from + 12).min(a.t.len());
    (from..end)
        .find(|&e| {
            let t = &a.t.toks[e];
            t.is_comma() || t.ends_sentence()
        })
        .unwrap_or(end)
}

/// Where the trigger's own attributes stop: at a relative clause that is not about holding it
/// («الهجوم الذي استهدف … في مانشستر»).
fn own_end(c: &Cues<'_, '_, '_>, r: &Range<usize>, trigger: &Range<usize>) -> usize {
    let a = c.a;
    let comma = |k: usize| a.t.is_comma(k);
    let mut k = trigger.end;
    while k < r.end {
        if c.is(k, RELATIVE)
            && !(k + 1..(k + 3).min(r.end)).any(|j| c.is(j, HOSTS))
            && k > trigger.end + 1
        {
            // «الاجتماع الوزاري للتحالف، الذي يضم 41 دولة، في الرياض يوم الأحد»: a short
            // relative clause between commas is an aside, and the meeting's words go on after.
            let aside_end = (k + 2..(k + 8).min(r.end)).find(|&j| comma(j));
            match aside_end {
                Some(j) if comma(k - 1) && a.t.raw(j + 1) == "في" => k = j + 1,
                _ => return k,
            }
        }
        k += 1;
    }
    r.end
}

/// How far a trigger's own attributes reach in its clause `r`.
struct Reach {
    /// Where they stop ([`own_end`]).
    own_end: usize,
    /// Where distances after the trigger are measured from ([`host_after`]).
    anchor: usize,
}

impl Reach {
    fn of(c: &Cues<'_, '_, '_>, r: &Range<usize>, trigger: &Range<usize>) -> Reach {
        let own_end = own_end(c, r, trigger);
        Reach {
            own_end,
            anchor: host_after(c, own_end, trigger),
        }
    }
}

/// The calendar date of the clause nearest the trigger.
fn nearest_date(
    c: &Cues<'_, '_, '_>,
    r: &Range<usize>,
    trigger: &Range<usize>,
    reach: &Reach,
) -> Option<usize> {
    // Farther after the trigger than before it: a long name of who meets may come between
    // («اجتماعا لوزراء خارجية الدول الأعضاء في التحالف الدولي ضد تنظيم الدولة الإسلامية في
    // السادس من فبراير»), or a host's long style («استقبل حضرة صاحب السمو الشيخ … أمير
    // البلاد المفدى، بمكتبه في قصر البحر صباح اليوم»). A relative clause that holds the
    // gathering is asked for nearer.
    const NEAR: usize = 12;
    const NEAR_AFTER: usize = 22;
    const NEAR_RELATIVE: usize = 16;
    let a = c.a;
    let anchor = reach.anchor;
    let end = reach.own_end.min(anchor + NEAR_AFTER);
    let relative_end = reach.own_end.min(anchor + NEAR_RELATIVE);
    let start = r.start.max(trigger.start.saturating_sub(NEAR));
    // «الاجتماع يأتي في إطار الحوار الاستراتيجي الذي انطلق قبل خمس سنوات»: past a frame
    // that is no gathering, the day of its relative clause is the frame's («وكانت آخر قمة في
    // إطار المسار قد عقدت في أيلول» still dates the summit).
    // The frame is found once, when a day after the trigger asks, and the relative clause is
    // asked of each such day.
    let frame = std::cell::OnceCell::new();
    let framed = |tr: &Range<usize>| {
        tr.start > trigger.end
            && frame
                .get_or_init(|| {
                    (trigger.end..end).find(|&k| {
                        matches!(a.word(k), "اطار" | "ضمن" | "سياق")
                            && !(k + 1..(k + 3).min(end)).any(|j| a.t.has_kind(j, meeting_kinds()))
                    })
                })
                .is_some_and(|k| {
                    k < tr.start && (k + 1..tr.start).any(|j| matches!(a.t.raw(j), "الذي" | "التي"))
                })
    };
    let own = |(_, tr): &(usize, &Range<usize>)| {
        !dates_other(a, tr) && !after_until(a, tr) && !framed(tr)
    };
    // «يتوجه الوزير غدا … للمشاركة في مؤتمر …، الذي يعقد يوم الاثنين»: the day of a relative
    // clause that holds the meeting is its own, however near another day stands.
    let holding_clause = (trigger.end..relative_end)
        .find(|&k| c.is(k, RELATIVE) && (k + 1..(k + 3).min(relative_end)).any(|j| c.is(j, HOSTS)));
    if let Some(k) = holding_clause
        && let Some((d, _)) = a.calendar_dates_in(k + 1..relative_end).find(own)
    {
        return Some(d);
    }
    a.calendar_dates_in(start..end)
        .filter(own)
        .min_by_key(|(_, tr)| distance(tr.start, trigger, anchor))
        .map(|(k, _)| k)
}

/// The place of a visit the meeting is held on, and the tokens from the visit's word to the
/// meeting: «وصل الوزير إلى دمشق في زيارة يلتقي خلالها الرئيس», «ويزور الرئيس الجزائر الأسبوع
/// المقبل حيث سيلتقي نظيره». Only for those who meet or talk («التقى», «لقاء», «محادثات»)
/// within twelve words of the place, with no «أن» between (what someone said of a visit).
fn visit_before(
    a: &Analysis<'_, '_>,
    s: &Range<usize>,
    trigger: &Range<usize>,
) -> Option<(Range<usize>, Range<usize>)> {
    let meets = a.has_term(trigger.start, Term::MeetingVerb)
        || matches!(
            a.word(trigger.start),
            "لقاء"
                | "لقاءات"
                | "محادثات"
                | "مباحثات"
                | "اجتماعا"
                | "اجتماعات"
                // «سيتوجه إلى جدة الأسبوع القادم لاستئناف المحادثات».
                | "المحادثات"
                | "المباحثات"
                | "مفاوضات"
                | "المفاوضات"
        );
    if !meets {
        return None;
    }
    let from = trigger.start.saturating_sub(16).max(s.start);
    let is_visit = |k: usize| {
        let w = a.word(k);
        // «زيارة», and «زيارته» before a pronoun.
        const VISITS: [&str; 10] = [
            "وصل",
            "يصل",
            "توجه",
            "يتوجه",
            "زار",
            "يزور",
            "سيزور",
            "زياره",
            "زيارت",
            "وصول",
        ];
        // Maghrebi «يحل الوزير بالجزائر»: arrives (matched whole: «يحلل» analyses).
        // «سيصل», «ستتوجه»: the future's «س» before the present.
        let w = w
            .strip_prefix('س')
            .filter(|r| r.starts_with(['ي', 'ت']))
            .unwrap_or(w);
        VISITS.iter().any(|p| w.starts_with(p)) || matches!(w, "يحل" | "تحل")
    };
    // The place visited, right after the word («يزور الجزائر») or after «إلى» and a
    // description («إلى العاصمة السورية دمشق»); the nearest visit that names one.
    let (visit, place, n) = (from..trigger.start)
        .rev()
        .filter(|&k| is_visit(k))
        .find_map(|v| {
            // «زيارة للعراق» has no span that writes the country's name. A subject and a day
            // may come between («سيتوجه رئيس مجلس السيادة الأحد المقبل إلى أسمرا»).
            (v + 1..(v + 10).min(trigger.start)).find_map(|k| {
                a.t.longest(k, |m| matches!(m, Term::Place | Term::Country))
                    .filter(|_| !a.t.raw(k).starts_with("لل"))
                    .map(|n| (v, k, n))
            })
        })?;
    let said = (visit..trigger.start).any(|k| matches!(a.t.raw(k), "ان" | "انه" | "بان"));
    (trigger.start - (place + n) <= 12 && !said).then_some((place..place + n, visit..trigger.start))
}

/// «وسبق لتونس أن احتضنت قمة عربية»: the host named before «أن», which opens the clause.
fn host_before_an(a: &Analysis<'_, '_>, clause: &Range<usize>) -> Option<Range<usize>> {
    let k = clause.start.checked_sub(2)?;
    let place = a.has_term(k, Term::Place) || a.has_term(k, Term::Country);
    // «لتونس»; «للقاهرة» has no span that writes the city's name, so it is left alone.
    let given = a.t.raw(k).starts_with('ل') && a.t.toks[k].has_proclitic();
    (k >= 1 && a.t.raw(k + 1) == "ان" && matches!(a.t.raw(k - 1), "سبق" | "وسبق") && place && given)
        .then_some(k..k + 1)
}

/// Whether a date follows «حتى», «لغاية» or «إلى غاية»: a last day, not the first.
fn after_until(a: &Analysis<'_, '_>, tr: &Range<usize>) -> bool {
    let before = |k: usize| tr.start.checked_sub(k).map_or("", |i| a.word(i));
    // «حتى», «لغاية», and the Maghrebi «إلى غاية».
    matches!(before(1), "حتي" | "لغايه") || before(1) == "غايه" && before(2) == "الي"
}

/// The end of a hosting verb after the trigger («… الذي عقد في …»), else the trigger's end:
/// attributes after it are measured from there.
fn host_after(c: &Cues<'_, '_, '_>, own_end: usize, trigger: &Range<usize>) -> usize {
    let a = c.a;
    let end = own_end.min(trigger.end + 14);
    (trigger.end..end)
        .find(|&k| {
            // The cheap tests first: a hosting verb is matched by its beginnings.
            (k == trigger.end
                || matches!(a.word(k - 1), "الذي" | "التي" | "قد") && k <= trigger.end + 14)
                && (k <= trigger.end + 7 || a.word(k - 1) == "قد")
                && c.is(k, HOSTS)
        })
        .map_or(trigger.end, |k| k + 1)
}

/// Tokens between `i` and the trigger, or the hosting verb after it.
fn distance(i: usize, trigger: &Range<usize>, anchor: usize) -> usize {
    if i >= anchor {
        i - anchor
    } else if i >= trigger.end {
        i - trigger.end
    } else {
        trigger.start - i
    }
}

/// Whether a date belongs to something else: what began «منذ» it, or the speaking of a verb it
/// follows («أعلنوا الاثنين», «أعلن في فبراير الماضي»).
fn dates_other(a: &Analysis<'_, '_>, tr: &Range<usize>) -> bool {
    // Within the date's clause: «منذ انتهاء ولاية الرئيس ميشال عون في 31 تشرين الأول».
    let clause_words = (tr.start.saturating_sub(10)..tr.start)
        .rev()
        .take_while(|&k| !a.t.is_comma(k) && !a.t.toks[k].ends_sentence());
    for k in clause_words {
        // «أول قمة منذ قمة تونس في مارس 2019»: the gathering named after «منذ» has the day.
        if a.word(k) == "منذ" && !(k + 1..tr.start).any(|j| a.t.has_kind(j, meeting_kinds())) {
            return true;
        }
        // «وتأتي هذه المشاورات بعد زيارة … في أبريل»: what the meeting comes after or before
        // has the day.
        // Not when a gathering is named after the word: «ويأتي اجتماع مراكش بعد الاجتماع
        // الوزاري الذي احتضنته روما في 28 يونيو» dates that one.
        if matches!(a.t.raw(k), "بعد" | "قبل" | "عقب" | "اثر" | "قبيل")
            && a.date_covering(k + 1).is_none()
            && !(k + 1..tr.start).any(|j| a.t.has_kind(j, meeting_kinds()))
            && (k.saturating_sub(6)..k).any(|j| {
                matches!(
                    a.t.raw(j),
                    "ياتي" | "تاتي" | "وياتي" | "وتاتي" | "جاء" | "جاءت"
                )
            })
        {
            return true;
        }
    }
    // «مشروع قانون المالية لسنة 2025»: a year with «ل» is the noun's before it, unless that
    // noun (or the one an adjective follows) is the gathering («الدورة العادية لعام 2024»).
    let of_year = a.t.raw(tr.start).starts_with('ل')
        && matches!(a.word(tr.start), "سنه" | "السنه" | "عام" | "العام");
    if of_year && !(tr.start.saturating_sub(2)..tr.start).any(|j| a.t.has_kind(j, meeting_kinds()))
    {
        return true;
    }
    let mut k = tr.start;
    if k > 0 && matches!(a.t.raw(k - 1), "في" | "يوم") {
        k -= 1;
    }
    k > 0 && a.has_term(k - 1, Term::Speech)
}

/// The place of the clause nearest the trigger, not a person's («أمير الكويت»).
fn place_in(
    c: &Cues<'_, '_, '_>,
    r: &Range<usize>,
    trigger: &Range<usize>,
    reach: &Reach,
) -> Option<Range<usize>> {
    const NEAR: usize = 16;
    let a = c.a;
    let anchor = reach.anchor;
    let end = reach.own_end.min(anchor + NEAR);
    let (mut best, mut seat_best): (Option<(usize, Range<usize>)>, _) = (None, None);
    let mut i = r.start.max(trigger.start.saturating_sub(NEAR));
    while i < end {
        let known = a.t.longest(i, |m| matches!(m, Term::Place | Term::Country));
        if let Some(n) = known.or_else(|| unknown_city(a, i).then_some(1)) {
            // A city named with the gathering («محادثات أستانا», «اجتماع مراكش») is most often
            // where it is, but one given as the venue («في نور سلطان») says so outright; so is
            // the city that names a track of talks («اجتماع ضامني مسار أستانا»).
            let named = i == trigger.end
                || i > 0 && matches!(a.word(i - 1), "مسار" | "صيغه" | "منصه" | "عمليه");
            // A city named as the venue is where a country hosts it: «يحتضن المغرب الملتقى
            // … في مكناس».
            // An unknown city named as one («جزيرة كابري») is a city.
            let country = known.is_some() && !a.has_term(i, Term::Place);
            // «في القاهرة … جولة المفاوضات بشأن التهدئة في غزة»: a place after what the
            // gathering is about is most often the topic's; the venue named elsewhere wins.
            let topic = (trigger.end..i).any(|k| about(a.word(k)));
            let dist = distance(i, trigger, anchor)
                + NEAR * (usize::from(named) + usize::from(country) + usize::from(topic));
            if venue(c, i, n, trigger) {
                // «في قصر الإليزيه بالعاصمة الفرنسية باريس»: a seat of government is a
                // building, and the city the sentence names with it is the place.
                let slot = if seat(a, i) {
                    &mut seat_best
                } else {
                    &mut best
                };
                if slot.as_ref().is_none_or(|(d, _)| dist < *d) {
                    *slot = Some((dist, i..i + n));
                }
            }
            i += n;
        } else {
            i += 1;
        }
    }
    best.or(seat_best).map(|(_, r)| r)
}

/// Whether the place at token `i` is a seat of government the gazetteer names («البيت
/// الأبيض», «الكرملين», «قصر الإليزيه»), a building rather than a city.
fn seat(a: &Analysis<'_, '_>, i: usize) -> bool {
    let word = past_ba_al(a.t.raw(i));
    matches!(word, "بيت" | "كرملين") || is_building(word)
}

/// `word` past a leading «ب» and article: «بالقصر» → «قصر».
fn past_ba_al(word: &str) -> &str {
    let w = word.strip_prefix('ب').unwrap_or(word);
    w.strip_prefix("ال").unwrap_or(w)
}

/// Whether `word` names a building that may be a venue: «مقر», «قصر», «فندق», «مبنى», and
/// with the article the palace and the Levantine seat of government: «القصر الجمهوري»,
/// «السراي الحكومي».
fn is_building(word: &str) -> bool {
    matches!(
        word,
        "مقر"
            | "قصر"
            | "فندق"
            | "مبني"
            | "القصر"
            | "السراي"
            | "سراي"
            // «بديوان عام الوزارة», «في الديوان الأميري», «بدار الضيافة».
            | "ديوان"
            | "الديوان"
            | "دار"
            // «في قاعدة رامشتاين», «في القاعدة الجوية»: a military base.
            | "قاعده"
            | "القاعده"
    )
}

/// A venue named with «في» when no city is: «في مقر وزارة الخارجية», «في قصر الإليزيه»; the
/// building and up to three words of its name. Not a hall («في قاعة واحدة»): too common a
/// word for a place of its own.
fn venue_without_city(a: &Analysis<'_, '_>, own: &Range<usize>) -> Option<Range<usize>> {
    let k = own
        .clone()
        .find(|&k| matches!(a.t.raw(k), "في" | "وفي") && is_building(a.word(k + 1)))?;
    let start = k + 1;
    let name_word = |j: usize| {
        a.t.toks[j].kind == Kind::Word
            && a.date_covering(j).is_none()
            // «مقر قيادة التحالف بالعاصمة»: «ب» opens another place.
            && !(a.t.toks[j].has_proclitic() && a.t.raw(j).starts_with('ب'))
            && !matches!(
                a.t.raw(j),
                "في" | "من"
                    | "الي"
                    | "علي"
                    | "عن"
                    | "مع"
                    | "الذي"
                    | "التي"
                    | "بعد"
                    | "قبل"
                    | "خلال"
            )
            && !a.has(j, |m| matches!(m, Term::Tense(_) | Term::Speech))
            // A name's words after a definite one are definite: «في قصر الحسينية وفدا» ends
            // before the object.
            && (a.t.raw(j).starts_with("ال") || !a.t.raw(j - 1).starts_with("ال"))
    };
    let end = (start + 1..(start + 4).min(own.end))
        .find(|&j| !name_word(j))
        .unwrap_or((start + 4).min(own.end));
    // «في قصر السلام بجدة», «في القاعدة الجوية الأمريكية بألمانيا»: the city or country named
    // with the building, farther than a place is looked for, is where it is.
    let city_after =
        (end < own.end && a.t.toks[end].has_proclitic() && a.t.raw(end).starts_with('ب'))
            .then(|| {
                a.t.longest(end, |m| matches!(m, Term::Place | Term::Country))
            })
            .flatten();
    if let Some(n) = city_after {
        return Some(end..end + n);
    }
    (end > start + 1).then_some(start..end)
}

/// Whether tokens `r` only tell a time or a place: dates, places (of one or more words), «في»,
/// «خلال», and a city named as one («بالعاصمة الإثيوبية أديس أبابا»).
fn time_or_place(a: &Analysis<'_, '_>, r: &Range<usize>) -> bool {
    let mut j = r.start;
    while j < r.end {
        if let Some(n) = a.t.longest(j, |m| matches!(m, Term::Place | Term::Country)) {
            j += n;
            continue;
        }
        // «في قصر الحسينية», «بمقر الأمانة العامة», «بالقصر الجمهوري», «بمكتبه»: a building
        // and up to two words of its name.
        let building = past_ba_al(a.t.raw(j));
        if is_building(building) || matches!(building, "مكتب" | "مكتبه" | "مكتبها") {
            j += 1;
            let mut named = 0;
            // «بمكتبه في قصر البحر»: «في» and another building open a place of their own.
            while named < 2
                && j < r.end
                && a.t.toks[j].kind == Kind::Word
                && a.date_covering(j).is_none()
                && !a.has(j, |m| matches!(m, Term::Tense(_) | Term::Speech))
                && !matches!(a.t.raw(j), "في" | "وفي")
                && !is_building(past_ba_al(a.t.raw(j)))
            {
                j += 1;
                named += 1;
            }
            continue;
        }
        let joins = a.date_covering(j).is_some()
            || matches!(
                a.t.raw(j),
                "في" | "وفي" | "خلال" | "الفتره" | "طيله" | "الموافق"
            )
            || a.t.cues(j) & CITY != 0
            || j > r.start && a.t.cues(j - 1) & CITY != 0 && nisba(a.t.raw(j));
        if !joins {
            return false;
        }
        j += 1;
    }
    true
}

/// Whether token `k` names a capital by its country: «العاصمة السعودية».
fn capital_by_country(a: &Analysis<'_, '_>, k: usize) -> bool {
    a.t.cues(k) & CITY != 0 && a.word(k) == "العاصمه" && nisba(a.t.raw(k + 1))
}

/// Whether `word` is a definite feminine adjective of origin («الإثيوبية»), as may follow
/// «العاصمة» or «مدينة».
fn nisba(word: &str) -> bool {
    word.starts_with("ال") && word.ends_with("يه")
}

/// Whether token `k` says why one goes to a meeting: «للمشاركة», «لحضور», «لافتتاح»,
/// «لترؤس».
fn attends(a: &Analysis<'_, '_>, k: usize) -> bool {
    matches!(a.t.raw(k), "للمشاركه" | "لحضور" | "لافتتاح" | "لترؤس")
}

/// Whether token `i` is a city the gazetteer does not know, named as one: «في مدينة بياريتز»,
/// «في العاصمة البوركينية واغادوغو». Not an adjective of «مدينة», which agrees with it in the
/// feminine («مدينة كبيرة»).
fn unknown_city(a: &Analysis<'_, '_>, i: usize) -> bool {
    // The word before, asked first: a bit of its word lists.
    let city = |k: usize| a.t.cues(k) & CITY != 0;
    // «في رامشتاين بألمانيا»: a word after «في» and before the country it is in.
    let in_country = || {
        i > 0
            && a.t.raw(i - 1) == "في"
            && a.t.raw(i + 1).starts_with('ب')
            && a.t.toks.get(i + 1).is_some_and(|t| t.has_proclitic())
            && a.has_term(i + 1, Term::Country)
    };
    if i == 0 || !(city(i - 1) || i > 1 && city(i - 2) || in_country()) {
        return false;
    }
    let raw = a.t.raw(i);
    let named_as_city = city(i - 1) || i > 1 && capital_by_country(a, i - 2) || in_country();
    // «بمدينة الحمامات», «في مدينة الجديدة»: after «مدينة» without the article, a definite
    // word is its name in construct, never its adjective.
    let name_in_construct =
        raw.starts_with("ال") && city(i - 1) && !a.t.stem(i - 1).starts_with("ال");
    // «بالعاصمة أشغال القمة»: a word of the meeting rules' lists names no city.
    named_as_city
        && a.t.toks[i].kind == Kind::Word
        && a.t.hits(i).is_empty()
        && a.t.cues(i) == 0
        && (name_in_construct
            || !raw.starts_with("ال")
                // A feminine word is most often an adjective of «مدينة» («في مدينة
                // ساحلية»), unless a definite nisba follows: «في مدينة بوزنيقة المغربية».
                && (!raw.ends_with('ه') || nisba(a.t.raw(i + 1))))
        && raw.chars().count() >= 3
}

/// Whether token `k` is a verb in any tense.
fn tensed(a: &Analysis<'_, '_>, k: usize) -> bool {
    a.has(k, |m| matches!(m, Term::Tense(_)))
}

/// Whether token `k` is a verb of chairing in the past: «ترأس», or «رأس» opening its clause
/// («رأس الملك الجلسة»; «على رأس» is a noun).
fn chaired(a: &Analysis<'_, '_>, k: usize) -> bool {
    a.word(k).starts_with("تراس")
        || matches!(a.t.raw(k), "راس" | "وراس") && (k == 0 || a.t.toks[k - 1].kind != Kind::Word)
}

/// Whether a word says what a gathering is about: «بشأن», «بخصوص», «حول».
fn about(word: &str) -> bool {
    matches!(word, "بشان" | "وبشان" | "بخصوص" | "وبخصوص" | "حول" | "وحول")
}

/// Whether the country at `i` is where the meeting is. A country is as often what a meeting
/// discusses («الأوضاع في سوريا») as where it is, so it counts only beside a hosting verb
/// («تستضيف قطر»), or after «في» or «ب» that follow the meeting word, its hosting verb or its
/// date («اجتماع وزاري في البحرين», «عقدت في الأردن», «أمس في مصر»).
fn country_venue(c: &Cues<'_, '_, '_>, i: usize, n: usize, trigger: &Range<usize>) -> bool {
    let a = c.a;
    if i > 0 && c.is(i - 1, HOSTS) || hosts_after(c, i + n) {
        return true;
    }
    let preposition = if i > 0 && matches!(a.t.raw(i - 1), "في" | "وفي") {
        i - 1
    } else if a.t.toks[i].has_proclitic() && a.t.raw(i).trim_start_matches('و').starts_with('ب') {
        i
    } else {
        return false;
    };
    let Some(before) = preposition.checked_sub(1) else {
        return false;
    };
    if c.is(before, TOPIC) {
        return false;
    }
    // «في القاعدة الجوية الأمريكية بألمانيا»: the country a named building is in.
    let building = (preposition.saturating_sub(4)..preposition)
        .any(|k| k > 0 && matches!(a.t.raw(k - 1), "في" | "وفي") && is_building(a.word(k)));
    (trigger.start..trigger.end + 2).contains(&before)
        || c.is(before, HOSTS)
        || a.date_covering(before).is_some()
        || building
}

/// Whether a hosting verb stands at `k`, or after «قد» there: what precedes it is the host
/// («تحتضن», «قد استضافت»).
fn hosts_after(c: &Cues<'_, '_, '_>, k: usize) -> bool {
    c.is(k, HOSTS) || c.a.word(k) == "قد" && c.is(k + 1, HOSTS)
}

/// Whether the place at `i` is where the meeting is: right after its noun («اجتماع مراكش»),
/// after «في»/«ب» («في روما», «بمدينة جدة»), or beside a hosting verb («تستضيف … روما»); not
/// a person's («أمير الكويت») nor a name in quotes («"قمة القدس"»).
fn venue(c: &Cues<'_, '_, '_>, i: usize, n: usize, trigger: &Range<usize>) -> bool {
    let a = c.a;
    let quoted = |k: usize| {
        a.t.toks
            .get(k)
            .is_some_and(|t| t.is_punct('"') || t.is_punct('«') || t.is_punct('»'))
    };
    if i > 0 && (quoted(i - 1) || quoted(i + n)) {
        return false;
    }
    // «مؤتمر الاستجابة لغزة يعقد في …»: a place after «ل» is whom it is for, never its venue.
    let raw = a.t.raw(i);
    if a.t.toks[i].has_proclitic() && (raw.starts_with('ل') || raw.starts_with("ول")) {
        return false;
    }
    // «الاجتماع المقبل حول سوريا سيعقد في كازاخستان»: what it is about, right before its
    // verb, is no host.
    if i > 0 && about(a.t.raw(i - 1)) {
        return false;
    }
    if country_only(a, &(i..i + n)) {
        return country_venue(c, i, n, trigger);
    }
    if i == trigger.end {
        return true;
    }
    // «أن اللقاء سيتناول جهود وقف إطلاق النار في غزة», «اجتماع لبحث الأوضاع في سوريا»: the
    // first place in what the gathering discusses is its topic, unless a hosting verb or a
    // comma comes between («… في سوريا غدا في القاهرة» is held in Cairo).
    let place_kinds = Term::Place.kind_bit() | Term::Country.kind_bit();
    // Eight words hold the verb and its object («سيتناول جهود التوصل إلى وقف إطلاق النار في»).
    let discusses_topic = (trigger.end.max(i.saturating_sub(8))..i)
        .rev()
        .take_while(|&k| !c.is(k, HOSTS) && !a.t.is_comma(k) && !a.t.has_kind(k, place_kinds))
        .any(|k| {
            let w = a.word(k);
            [
                "تناول",
                "يتناول",
                "سيتناول",
                "ناقش",
                "يناقش",
                "سيناقش",
                "بحث",
                "يبحث",
                "سيبحث",
            ]
            .iter()
            .any(|p| w.starts_with(p))
        });
    if discusses_topic {
        return false;
    }
    // «وصل الوزير إلى بروكسل للمشاركة في اجتماع …», «سيتوجه إلى العاصمة الأمريكية واشنطن
    // الأسبوع المقبل، للمشاركة في اجتماع …»: where one goes to attend the meeting.
    let goes_to = i > 0
        && (a.t.raw(i - 1) == "الي"
            || i > 2
                && a.t.raw(i - 3) == "الي"
                && a.t.cues(i - 2) & CITY != 0
                && nisba(a.t.raw(i - 1)));
    if goes_to {
        // A day and a comma may stand between the place and the purpose.
        let mut after = i + n;
        if let Some(d) = a.date_covering(after).filter(|_| a.date_starts_at(after)) {
            after = a.dates[d].1.end;
        }
        if a.t.is_comma(after) {
            after += 1;
        }
        if (i + n..trigger.start.min(after + 3)).any(|k| attends(a, k)) {
            return true;
        }
    }
    // A city farther on, past the parties named with the gathering («الدورة المقبلة لمجلس
    // الشراكة بين المغرب والاتحاد الأوروبي ببروكسل»), with nothing but words between.
    let city_past_parties = || {
        a.has_term(i, Term::Place)
            && i <= trigger.end + 10
            && (trigger.end..i).all(|k| a.t.toks[k].kind == Kind::Word && !tensed(a, k))
    };
    let close = i + 6 >= trigger.start && i <= trigger.end + 6 || city_past_parties()
        // «…، المرتقبة بنواكشوط»: where the noun before the adjective is to be held.
        || i > 0 && expected(a.t.raw(i - 1));
    // «ستنعقد في 26 أفريل القادم بالجزائر»: a place with «ب» right after the meeting's date.
    let after_date = i > 0 && a.date_covering(i - 1).is_some();
    if (close || after_date)
        && a.t.toks[i].has_proclitic()
        && (raw.starts_with('ب') || raw.starts_with("وب"))
    {
        return true;
    }
    // «في العاصمة الإيطالية روما», «بمدينة واتفورد»: look back over the place's description.
    let from = i.saturating_sub(4);
    for k in (from..i).rev() {
        let w = a.t.raw(k);
        if w == "في" || w == "وفي" {
            // «التطورات في غزة» is what is discussed, not where.
            return !(k > 0 && c.is(k - 1, TOPIC));
        }
        // «جلسة طارئة بشأن غزة», «حول سوريا»: what it is about.
        if about(w) {
            return false;
        }
        if w.starts_with('ب') && a.t.toks[k].has_proclitic() {
            return true;
        }
        if c.is(k, HOSTS) {
            return true;
        }
        if c.is(k, TITLE) || a.has_term(k, Term::Title) {
            return false;
        }
        // The description ends at a mark: the previous sentence's, or a comma.
        if a.t.toks[k].kind != Kind::Word {
            break;
        }
    }
    // «روما تحتضن …», «وكانت القاهرة قد استضافت …», «والقاهرة التي تستضيف …»: the host
    // before its verb; not a dateline's city before its dash («روما - تستضيف جزيرة كابري»).
    let word = |k: usize| a.t.toks[k].kind == Kind::Word;
    (i + n..(i + n + 2).min(a.t.len())).any(|k| c.is(k, HOSTS) && (i + n..k).all(word))
}

/// The level a title gives to one side of a meeting: a foreign or defence minister, or a head
/// of state or government («الرئيس», «الملك», «رئيس الوزراء»).
fn title_level(a: &Analysis<'_, '_>, k: usize) -> Option<Level> {
    match a.word(k) {
        // «وزير الخارجية», «وزير الشؤون الخارجية».
        // Not a deputy's or an assistant's title: «نائب وزير الخارجية».
        "وزير" | "وزيره"
            if (k == 0 || a.t.cues(k - 1) & CHIEF == 0)
                && (a.t.cues(k + 1) & PORTFOLIO != 0
                    || matches!(a.t.raw(k + 1), "الشوون" | "شوون" | "الشؤون")
                        && a.t.cues(k + 2) & PORTFOLIO != 0) =>
        {
            Some(Level::Ministerial)
        }
        // «جلالته», «فخامته»: a king's and a president's honorific pronoun.
        "الرئيس" | "الملك" | "العاهل" | "جلالته" | "فخامته" => {
            Some(Level::Summit)
        }
        "رئيس"
            if matches!(
                a.t.raw(k + 1),
                "الوزراء" | "وزراء" | "الحكومه" | "الجمهوريه" | "دوله" | "الدوله"
            ) =>
        {
            Some(Level::Summit)
        }
        _ => None,
    }
}

/// The level of two counterparts who meet: «التقى وزير الخارجية الأردني نظيره المصري» is
/// ministerial, «اجتمع الملك … مع الرئيس الأمريكي» a summit. The subject's title, right after
/// the meeting verb, sets it when «نظيره» or a title of the same level names the other side.
fn counterparts_level(
    a: &Analysis<'_, '_>,
    trigger: &Range<usize>,
    own: &Range<usize>,
    near: usize,
) -> Option<Level> {
    let counterpart_word = |k: usize| counterpart_word(a, k);
    // «بحث الوزير مع نظيره» as «التقى الوزير نظيره».
    let verb = a.has_term(trigger.start, Term::MeetingVerb) || discusses(a, trigger.start);
    if !verb {
        // «أجرى وزير الخارجية … مباحثات مع نظيره الموريتاني»: the title before the talks,
        // «نظيره» after them (asked first: few mentions have it).
        if !(trigger.end..(trigger.end + 4).min(own.end)).any(counterpart_word) {
            return None;
        }
        // The title may stand before commas that part the clause: «أجرى وزير …، السيد ناصر
        // بوريطة، اليوم بالرباط، مباحثات مع نظيره».
        return (near.min(own.start)..trigger.start).find_map(|k| title_level(a, k));
    }
    let after = (trigger.end..(trigger.end + 3).min(own.end))
        .find_map(|k| title_level(a, k).map(|level| (k, level)));
    let Some((subject, level)) = after else {
        // «وكان وزير الخارجية قد التقى أمس نظيره»: the subject before the verb, and its
        // counterpart after it.
        let level = (trigger.start.saturating_sub(5).max(own.start)..trigger.start)
            .rev()
            .find_map(|k| title_level(a, k))?;
        return (trigger.end..own.end)
            .any(|k| counterpart_word(k) || title_level(a, k) == Some(level))
            .then_some(level);
    };
    // «وكان جلالته قد التقى الرئيس بايدن»: a subject of the same level before the verb.
    let subject_before = (trigger.start.saturating_sub(5).max(own.start)..trigger.start)
        .rev()
        .find_map(|k| title_level(a, k));
    if subject_before == Some(level) {
        return Some(level);
    }
    // A title's next word is still its own («الرئيس الأمريكي»); an honorific pronoun («جلالته»)
    // is the whole subject.
    let pronoun = matches!(a.word(subject), "جلالته" | "فخامته");
    let counterpart = (subject + 1..own.end).any(|k| {
        counterpart_word(k) || (pronoun || k > subject + 1) && title_level(a, k) == Some(level)
    });
    counterpart.then_some(level)
}

/// Whether token `k` says a gathering is held by video or online: «عبر الاتصال المرئي», «عبر
/// تقنية الفيديو», «عبر الإنترنت», «افتراضيا», «عن بعد».
fn remote_at(a: &Analysis<'_, '_>, k: usize) -> bool {
    match a.t.raw(k) {
        "عبر" => matches!(
            a.t.raw(k + 1),
            "الاتصال"
                | "تقنيه"
                | "الفيديو"
                | "الانترنت"
                | "الشبكه"
                | "دائره"
                | "الدائره"
        ),
        "افتراضيا" | "افتراضي" | "الافتراضي" => true,
        "عن" => a.t.raw(k + 1) == "بعد",
        _ => false,
    }
}

/// Whether `next`, after «قادة» or «زعماء», names those who lead no state: parties, blocs,
/// factions, armed forces («اجتماع لقادة الكتل», «لقاء بين قادة أحزاب الأغلبية» is no summit).
fn leads_no_state(next: &str) -> bool {
    const GROUPS: [&str; 21] = [
        "الكتل",
        "كتل",
        "الاحزاب",
        "احزاب",
        "الفصائل",
        "فصائل",
        "القوي",
        "قوي",
        "الحركات",
        "حركات",
        "الاغلبيه",
        "الجيش",
        "الجيوش",
        "الاجهزه",
        "اجهزه",
        "الشرطه",
        "العشائر",
        "المعارضه",
        "الميليشيات",
        "الوحدات",
        "الاركان",
    ];
    GROUPS.contains(&next)
}

/// The level the words of `r` give, if any.
fn level_in(a: &Analysis<'_, '_>, r: &Range<usize>) -> Option<Level> {
    let mut found: Option<Level> = None;
    for i in r.clone() {
        // The word lists each word is in, from its look-up (words without proclitics).
        let prev = if i > r.start { a.t.cues(i - 1) } else { 0 };
        let w = a.t.cues(i);
        let level = if w & POLITICAL != 0 && prev & DIRECTORS != 0 {
            Some(Level::PoliticalDirectors)
        } else if a.has_term(i, Term::Level(Level::Ministerial))
            && prev & CHIEF == 0
            // «مصادر وزارية» are sources in a ministry, no level; «لرئاسة الوزراء» is the
            // premiership («برئاسة وزيري الخارجية» is chaired by ministers).
            && !(i > 0 && matches!(a.word(i - 1), "مصادر" | "مصدر"))
            && !(i > 0
                && matches!(a.t.raw(i - 1), "رئاسه" | "لرئاسه" | "ورئاسه")
                && a.word(i) == "الوزراء")
            // «مجلس الوزراء» is a cabinet; «مجلس وزراء الخارجية» foreign ministers.
            && (prev & COUNCIL == 0 || a.t.cues(i + 1) & PORTFOLIO != 0)
        {
            Some(Level::Ministerial)
        } else if a.has_term(i, Term::Level(Level::Summit)) && !leads_no_state(a.word(i + 1))
            // «رؤساء الدول والحكومات», not «رؤساء الوفود» or «رؤساء الأركان».
            || matches!(a.word(i), "رؤساء" | "الرؤساء")
                && matches!(a.t.raw(i + 1), "دول" | "الدول" | "حكومات" | "الحكومات")
        {
            Some(Level::Summit)
        } else if (w & WORKING != 0 && prev & GROUP != 0)
            || w & EXPERTS != 0
            // «للمجموعة المصغرة»: a «لل» reading is in no list, so its spelling is asked.
            || w & SMALL != 0
                && (prev & BODY != 0
                    || i > r.start && matches!(a.t.raw(i - 1), "للمجموعه" | "للهيئه"))
        {
            Some(Level::Working)
        } else if w & LEVEL_OF != 0
            && matches!(
                a.t.raw(i + 1),
                "المندوبين" | "السفراء" | "كبار" | "الممثلين" | "ممثلي" | "المستشارين"
            )
        {
            // «على مستوى المندوبين الدائمين»: a level of its own, no ministers' meeting.
            Some(Level::Other)
        } else {
            None
        };
        found = match (found, level) {
            (Some(f), Some(l)) => Some(f.min(l)),
            (f, l) => f.or(l),
        };
    }
    found
}
