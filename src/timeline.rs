//! [`Timeline`]: the events of many documents, in chronological order, merged.
//!
//! Mentions of one event, within a report and across reports, become one [`Entry`] that keeps
//! every source. Meetings merge when their dates overlap at the coarser precision and their
//! places agree (or one has none at the same level); coalition sizes when the coalition and count
//! agree within a week; statements when the speaker, the date and the words of what was said
//! agree. Where reports disagree — a meeting on two dates, two sizes for one coalition on one
//! day — both entries stay and each names the other in [`Entry::conflicts`].
//!
//! The result does not depend on the order of the input, and feeding a document twice changes
//! nothing.

use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate};
use std::fmt;
use std::ops::Range;

use serde::Serialize;

use crate::event::{Event, Level, Qualifier};
use crate::extract::Extraction;
use crate::extract::name_words;
use crate::time::TimeValue;

/// Where a mention of an event stands: a document and a byte span of its text.
///
/// Serialized as `{"id", "start", "end"}`.
///
/// ```
/// use arabic_timeline::Source;
///
/// let s = Source { id: "seed-001".into(), span: 0..42 };
/// assert_eq!(serde_json::to_string(&s).unwrap(), r#"{"id":"seed-001","start":0,"end":42}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Source {
    /// The document's identifier.
    pub id: String,
    /// The event's span in that document's text.
    #[serde(flatten, with = "span_json")]
    pub span: Range<usize>,
}

impl Ord for Source {
    fn cmp(&self, other: &Self) -> Ordering {
        (&self.id, self.span.start, self.span.end).cmp(&(
            &other.id,
            other.span.start,
            other.span.end,
        ))
    }
}

impl PartialOrd for Source {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

mod span_json {
    use std::ops::Range;

    use serde::{Serialize, Serializer};

    pub(super) fn serialize<S: Serializer>(r: &Range<usize>, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Span {
            start: usize,
            end: usize,
        }
        Span {
            start: r.start,
            end: r.end,
        }
        .serialize(s)
    }
}

/// One event of the timeline, with every report of it.
///
/// # Example
///
/// ```
/// use arabic_timeline::{Document, Extractor, Timeline};
/// use chrono::NaiveDate;
///
/// let x = Extractor::new().extract(
///     &Document::new("d", "عقد وزراء الدفاع اجتماعا في بروكسل أمس. وشارك في الاجتماع ممثلو 30 دولة.")
///         .published(NaiveDate::from_ymd_opt(2024, 3, 14).unwrap()),
/// );
/// let entry = &Timeline::from_extractions([x]).entries[0];
/// assert_eq!(entry.mentions(), 2);
/// assert_eq!(entry.documents(), ["d"]);
/// assert!(entry.conflicts.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Entry {
    /// The event as first reported (by document id, then position); its fields are what the
    /// reports agree on, but a meeting's status is the one of the latest report that tells of
    /// it (planned, then held).
    pub event: Event,
    /// Every mention: document and span, sorted.
    pub sources: Vec<Source>,
    /// Indices (into the same list) of entries that report the same event differently.
    pub conflicts: Vec<usize>,
}

impl Entry {
    /// How many mentions the entry merges.
    pub fn mentions(&self) -> usize {
        self.sources.len()
    }

    /// The documents that report it, sorted, without repeats.
    pub fn documents(&self) -> Vec<&str> {
        let set: BTreeSet<&str> = self.sources.iter().map(|s| s.id.as_str()).collect();
        set.into_iter().collect()
    }

    fn when(&self) -> Option<TimeValue> {
        self.event.when().map(|w| w.value)
    }
}

/// The events of many documents: dated entries in chronological order, then the undated.
///
/// # Example
///
/// ```
/// use arabic_timeline::{Document, Extractor, Timeline};
/// use chrono::NaiveDate;
///
/// let extractor = Extractor::new();
/// let day = |d| NaiveDate::from_ymd_opt(2024, 3, d).unwrap();
/// let a = extractor.extract(&Document::new("a", "تستضيف عمان الأحد المقبل اجتماعا وزاريا للتحالف.").published(day(14)));
/// let b = extractor.extract(&Document::new("b", "تستعد عمان لاستضافة اجتماع وزاري للتحالف يوم 17 مارس الجاري.").published(day(15)));
/// let timeline = Timeline::from_extractions([a, b]);
/// let entry = &timeline.entries[0];
/// assert_eq!(entry.documents(), ["a", "b"]);
/// assert_eq!(entry.event.when().unwrap().value.to_string(), "2024-03-17");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[non_exhaustive]
pub struct Timeline {
    /// Dated entries, ordered by date (start, then finer before coarser), then kind and text.
    pub entries: Vec<Entry>,
    /// Entries whose date no report gives; never dropped.
    pub undated: Vec<Entry>,
}

/// One size of a coalition in [`Timeline::coalition_sizes`] (see its example).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SizePoint {
    /// When the size held.
    pub when: TimeValue,
    /// The number of members.
    pub count: u64,
    /// How the number is qualified.
    pub qualifier: Qualifier,
    /// The coalition as the first report names it.
    pub coalition: Option<String>,
    /// The reports.
    pub sources: Vec<Source>,
}

impl Timeline {
    /// Merges the events of many extractions.
    pub fn from_extractions(extractions: impl IntoIterator<Item = Extraction>) -> Timeline {
        let mut mentions: Vec<(Source, Event, Option<NaiveDate>)> = Vec::new();
        for x in extractions {
            for e in x.events {
                mentions.push((
                    Source {
                        id: x.id.clone(),
                        span: e.span().clone(),
                    },
                    e,
                    x.published,
                ));
            }
        }
        // A canonical order first: the result must not depend on the input's. Within a
        // sentence, meetings of a known level go first: «التقى … على هامش الاجتماع الوزاري»
        // names two meetings, and the ministerial one is the one other reports tell of.
        mentions.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| a.1.kind().cmp(b.1.kind()))
                .then_with(|| level_unknown(&a.1).cmp(&level_unknown(&b.1)))
                .then_with(|| anchor(&a.1).cmp(&anchor(&b.1)))
        });
        mentions.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
        // The publication date of the report each entry's status comes from.
        let mut status_as_of: Vec<Option<NaiveDate>> = Vec::new();

        // Entries indexed by kind and time, so that each mention is compared with the few
        // entries it could be: the merge stays near-linear over archives.
        let mut entries: Vec<Entry> = Vec::new();
        let mut keys: Vec<Keys> = Vec::new();
        let mut index: HashMap<Bucket, Vec<usize>> = HashMap::new();
        let mut candidates: Vec<usize> = Vec::new();
        for (source, event, published) in mentions {
            let year = year_of(&event);
            let k_new = Keys::of(&event);
            candidates.clear();
            for bucket in Bucket::around(&event) {
                if let Some(v) = index.get(&bucket) {
                    candidates.extend_from_slice(v);
                }
            }
            candidates.sort_unstable();
            candidates.dedup();
            // The first entry, in order of creation, that this mention reports: within a year of
            // it, not yet fed by this source (two events of one sentence of one report are two
            // events), and the same event.
            let near_year = |k: usize| match (year, year_of(&entries[k].event)) {
                (Some(y), Some(z)) => (z - y).abs() <= 1,
                (None, None) => true,
                _ => false,
            };
            // Of several, the first at the mention's own level, else the first.
            let mut found = None;
            for &k in &candidates {
                if near_year(k)
                    && entries[k].sources.binary_search(&source).is_err()
                    && same_event(&entries[k].event, &keys[k], &event, &k_new)
                {
                    if same_level(&entries[k].event, &event) {
                        found = Some(k);
                        break;
                    }
                    found.get_or_insert(k);
                }
            }
            match found {
                Some(k) => {
                    // A later report knows better whether the meeting was held.
                    if let (Event::Meeting(m), Event::Meeting(new)) =
                        (&mut entries[k].event, &event)
                        && published > status_as_of[k]
                    {
                        m.status = new.status;
                        status_as_of[k] = published;
                    }
                    let at = entries[k]
                        .sources
                        .binary_search(&source)
                        .unwrap_or_else(|at| at);
                    entries[k].sources.insert(at, source);
                }
                None => {
                    for bucket in Bucket::of(&event) {
                        index.entry(bucket).or_default().push(entries.len());
                    }
                    entries.push(Entry {
                        event,
                        sources: vec![source],
                        conflicts: Vec::new(),
                    });
                    keys.push(k_new);
                    status_as_of.push(published);
                }
            }
        }
        let (mut dated, mut undated): (Vec<Entry>, Vec<Entry>) =
            entries.into_iter().partition(|e| e.when().is_some());
        dated.sort_by(entry_order);
        undated.sort_by(entry_order);
        mark_conflicts(&mut dated);
        Timeline {
            entries: dated,
            undated,
        }
    }

    /// Every coalition size, chronological: a coalition's growth as one list.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_timeline::{Document, Extractor, Timeline};
    /// use chrono::NaiveDate;
    ///
    /// let x = Extractor::new().extract(
    ///     &Document::new("a", "بدأ التحالف مسيرته في سبتمبر 2014 بـ 11 دولة، ويضم التحالف اليوم 79 دولة.")
    ///         .published(NaiveDate::from_ymd_opt(2019, 1, 30).unwrap()),
    /// );
    /// let counts: Vec<u64> = Timeline::from_extractions([x]).coalition_sizes().iter().map(|p| p.count).collect();
    /// assert_eq!(counts, [11, 79]);
    /// ```
    pub fn coalition_sizes(&self) -> Vec<SizePoint> {
        self.entries
            .iter()
            .filter_map(|en| match &en.event {
                Event::CoalitionSize(c) => Some(SizePoint {
                    when: c.when.as_ref()?.value,
                    count: c.count,
                    qualifier: c.qualifier,
                    coalition: c.coalition.as_ref().map(|m| m.text.clone()),
                    sources: en.sources.clone(),
                }),
                _ => None,
            })
            .collect()
    }

    /// All entries, dated first.
    ///
    /// ```
    /// use arabic_timeline::{Document, Extractor, Timeline};
    ///
    /// let x = Extractor::new().extract(&Document::new("u", "وقال المتحدث إن الوضع هادئ."));
    /// let timeline = Timeline::from_extractions([x]);
    /// assert_eq!(timeline.iter().count(), timeline.entries.len() + timeline.undated.len());
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().chain(&self.undated)
    }
}

/// The year an event's date starts in, for the merge's index.
/// Where the merge files an entry, and looks for the entries a mention may report: by kind and
/// week for a date of a few weeks at most, by kind and year for a longer one, and by kind and
/// exact value for a value without calendar days («XXXX-02-06», none).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Bucket {
    Week(&'static str, i64),
    Year(&'static str, i32),
    Value(&'static str, Option<TimeValue>),
}

/// Dates longer than this many days are filed by year, not by week.
const FINE_DAYS: i64 = 62;

impl Bucket {
    fn days(e: &Event) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
        let w = e.when()?;
        Some((w.value.start()?, w.value.end()?))
    }

    fn week(d: chrono::NaiveDate) -> i64 {
        i64::from(d.num_days_from_ce()).div_euclid(7)
    }

    /// The buckets an entry for `e` is filed under.
    fn of(e: &Event) -> Vec<Bucket> {
        let kind = e.kind();
        match Self::days(e) {
            Some((start, end)) if (end - start).num_days() <= FINE_DAYS => (Self::week(start)
                ..=Self::week(end))
                .map(|w| Bucket::Week(kind, w))
                .collect(),
            Some((start, end)) => (start.year()..=end.year())
                .map(|y| Bucket::Year(kind, y))
                .collect(),
            None => vec![Bucket::Value(kind, e.when().map(|w| w.value))],
        }
    }

    /// The buckets of every entry `e` may report: any that overlaps it or starts within a week
    /// of it.
    fn around(e: &Event) -> Vec<Bucket> {
        let kind = e.kind();
        let Some((start, end)) = Self::days(e) else {
            return Self::of(e);
        };
        let week = chrono::Duration::days(7);
        let (from, to) = (start - week, end + week);
        let weeks = (Self::week(from)..=Self::week(to)).map(|w| Bucket::Week(kind, w));
        let years = (from.year()..=to.year()).map(|y| Bucket::Year(kind, y));
        weeks.chain(years).collect()
    }
}

fn year_of(e: &Event) -> Option<i32> {
    e.when().and_then(|w| w.value.start()).map(|d| d.year())
}

/// Where in its sentence an event's own word stands: the trigger, the verb, the count.
fn anchor(e: &Event) -> usize {
    match e {
        Event::Meeting(m) => m.trigger.span.start,
        Event::Statement(s) => s.verb.span.start,
        Event::CoalitionSize(c) => c.count_text.span.start,
    }
}

/// Whether `e` is a meeting the text gives no level.
fn level_unknown(e: &Event) -> bool {
    matches!(e, Event::Meeting(m) if m.level == Level::Other)
}

/// Whether two events are meetings of one level (true for other kinds).
fn same_level(a: &Event, b: &Event) -> bool {
    match (a, b) {
        (Event::Meeting(x), Event::Meeting(y)) => x.level == y.level,
        _ => true,
    }
}

fn entry_order(a: &Entry, b: &Entry) -> Ordering {
    a.when()
        .cmp(&b.when())
        .then_with(|| a.event.kind().cmp(b.event.kind()))
        .then_with(|| a.sources.cmp(&b.sources))
        .then_with(|| anchor(&a.event).cmp(&anchor(&b.event)))
}

/// Whether two dates overlap at the coarser of their precisions.
fn dates_meet(a: Option<TimeValue>, b: Option<TimeValue>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => match (x.start(), x.end(), y.start(), y.end()) {
            (Some(a0), Some(a1), Some(b0), Some(b1)) => a0 <= b1 && b0 <= a1,
            _ => x == y,
        },
        (None, None) => true,
        _ => false,
    }
}

fn days_apart(a: Option<TimeValue>, b: Option<TimeValue>) -> Option<i64> {
    let (x, y) = (a?.start()?, b?.start()?);
    Some((x - y).num_days().abs())
}

/// The normalized names an event is compared by, computed once per mention.
struct Keys {
    /// Location, speaker or coalition.
    name: Vec<String>,
    /// The words of a statement's content.
    content: BTreeSet<String>,
}

impl Keys {
    fn of(e: &Event) -> Keys {
        match e {
            Event::Meeting(m) => Keys {
                name: words(&m.location),
                content: BTreeSet::new(),
            },
            Event::Statement(s) => Keys {
                name: words(&s.speaker),
                content: words(&s.content).into_iter().collect(),
            },
            Event::CoalitionSize(c) => Keys {
                name: words(&c.coalition),
                content: BTreeSet::new(),
            },
        }
    }
}

fn words(m: &Option<crate::event::Mention>) -> Vec<String> {
    m.as_ref().map(|m| name_words(&m.text)).unwrap_or_default()
}

fn same_name(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return a.is_empty() && b.is_empty();
    }
    let contains = |x: &[String], y: &[String]| x.iter().all(|w| y.contains(w));
    contains(a, b) || contains(b, a)
}

/// Whether two events are reports of one.
fn same_event(a: &Event, ka: &Keys, b: &Event, kb: &Keys) -> bool {
    let (wa, wb) = (a.when().map(|w| w.value), b.when().map(|w| w.value));
    match (a, b) {
        (Event::Meeting(x), Event::Meeting(y)) => {
            let (la, lb) = (&ka.name, &kb.name);
            let place = if la.is_empty() || lb.is_empty() {
                x.level == y.level && x.level != Level::Other
            } else {
                same_name(la, lb)
            };
            dates_meet(wa, wb) && place && (la.is_empty() == lb.is_empty() || x.level == y.level)
        }
        (Event::CoalitionSize(x), Event::CoalitionSize(y)) => {
            x.count == y.count
                && x.qualifier == y.qualifier
                && days_apart(wa, wb).is_some_and(|d| d <= 7)
        }
        (Event::Statement(_), Event::Statement(_)) => {
            let (ca, cb) = (&ka.content, &kb.content);
            let overlap = || {
                let shared = ca.intersection(cb).count();
                !ca.is_empty() && !cb.is_empty() && shared * 2 >= ca.len().min(cb.len())
            };
            wa == wb && same_name(&ka.name, &kb.name) && overlap()
        }
        _ => false,
    }
}

/// Marks entries that report one event differently: a meeting in one place, at one level, on
/// two dates within a week; two sizes of one coalition on one day.
fn mark_conflicts(entries: &mut [Entry]) {
    let n = entries.len();
    let start = |e: &Entry| e.when().and_then(|w| w.start());
    // The names compared, once per entry.
    let names: Vec<Vec<String>> = entries
        .iter()
        .map(|e| match &e.event {
            Event::Meeting(m) => words(&m.location),
            Event::CoalitionSize(c) => words(&c.coalition),
            _ => Vec::new(),
        })
        .collect();
    for i in 0..n {
        let Some(si) = start(&entries[i]) else {
            continue;
        };
        if matches!(entries[i].event, Event::Statement(_)) {
            continue;
        }
        // Entries are sorted by date: only those within a week can disagree with this one.
        for j in i + 1..n {
            let Some(sj) = start(&entries[j]) else {
                continue;
            };
            if (sj - si).num_days() > 7 {
                break;
            }
            let (a, b) = (&entries[i].event, &entries[j].event);
            let (wa, wb) = (a.when().map(|w| w.value), b.when().map(|w| w.value));
            let disagree = match (a, b) {
                (Event::Meeting(x), Event::Meeting(y)) => {
                    !names[i].is_empty()
                        && x.level == y.level
                        && days_apart(wa, wb).is_some_and(|d| d > 0 && d <= 7)
                        && same_name(&names[i], &names[j])
                }
                (Event::CoalitionSize(x), Event::CoalitionSize(y)) => {
                    wa == wb && x.count != y.count && same_name(&names[i], &names[j])
                }
                _ => false,
            };
            if disagree {
                entries[i].conflicts.push(j);
                entries[j].conflicts.push(i);
            }
        }
    }
}

impl fmt::Display for Timeline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let row = |f: &mut fmt::Formatter<'_>, en: &Entry| {
            let when = en.when().map_or_else(|| "—".to_owned(), |w| w.to_string());
            let docs = en.documents().join(", ");
            let flag = if en.conflicts.is_empty() {
                ""
            } else {
                "  [disputed]"
            };
            writeln!(
                f,
                "{when:<24} {:<15} {}  ({} × {docs}){flag}",
                en.event.kind(),
                summary(&en.event),
                en.mentions()
            )
        };
        for en in &self.entries {
            row(f, en)?;
        }
        if !self.undated.is_empty() {
            writeln!(f, "undated:")?;
            for en in &self.undated {
                row(f, en)?;
            }
        }
        Ok(())
    }
}

/// One line for an event, without its date.
pub(crate) fn summary(e: &Event) -> String {
    match e {
        Event::Meeting(m) => {
            let place = m.location.as_ref().map_or("?", |l| l.text.as_str());
            format!(
                "{} in {place} ({:?}, {:?})",
                m.trigger.text, m.level, m.status
            )
        }
        Event::Statement(s) => {
            let who = s.speaker.as_ref().map_or("?", |m| m.text.as_str());
            format!("{who}: {}", s.verb.text)
        }
        Event::CoalitionSize(c) => {
            let name = c
                .coalition
                .as_ref()
                .map_or("coalition", |m| m.text.as_str());
            format!("{name}: {} members ({:?})", c.count, c.qualifier)
        }
    }
}
