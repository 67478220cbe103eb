//! The events the crate extracts: [`Meeting`], [`Statement`], [`CoalitionSize`], under [`Event`].

use std::fmt;
use std::ops::Range;

use serde::{Serialize, Serializer};

use crate::time::TimeValue;

/// A piece of the caller's text that an event field comes from.
///
/// # Example
///
/// ```
/// use arabic_timeline::{Document, Event, Extractor};
///
/// let text = "وقال وزير الخارجية أيمن الصفدي إن الحل سياسي.";
/// let events = Extractor::new().extract(&Document::new("x", text)).events;
/// let Event::Statement(s) = &events[0] else { unreachable!() };
/// let speaker = s.speaker.as_ref().unwrap();
/// assert_eq!(&text[speaker.span.clone()], speaker.text);
/// assert_eq!(speaker.to_string(), "وزير الخارجية أيمن الصفدي");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Mention {
    /// UTF-8 byte offsets into the caller's text.
    pub span: Range<usize>,
    /// The same span in characters.
    pub char_span: Range<usize>,
    /// The text as it stands (for a resolved mention, the fuller name given earlier).
    pub text: String,
}

impl fmt::Display for Mention {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Where an event's date comes from.
///
/// # Example
///
/// ```
/// use arabic_timeline::{Document, Extractor, WhenSource};
/// use chrono::NaiveDate;
///
/// let doc = Document::new("x", "وقال المتحدث أمس إن الوضع هادئ. وقال الوزير إن الوفد وصل.")
///     .published(NaiveDate::from_ymd_opt(2024, 3, 14).unwrap());
/// let sources: Vec<WhenSource> =
///     Extractor::new().extract(&doc).events.iter().map(|e| e.when().unwrap().source).collect();
/// assert_eq!(sources, [WhenSource::Text, WhenSource::Reference]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WhenSource {
    /// A date in the text fixed it (in the event's sentence, or an earlier mention of the same
    /// meeting or speaker).
    Text,
    /// Nothing in the text did: it is the publication date, the date of the report.
    Reference,
    /// Neither the text nor a publication date gives one.
    None,
}

/// An event's date, with where it comes from.
///
/// # Example
///
/// ```
/// use arabic_timeline::{Document, Extractor, WhenSource};
/// use chrono::NaiveDate;
///
/// let text = "وكان الوزير قد أعلن الأسبوع الماضي أن الوفد وصل.";
/// let doc = Document::new("x", text).published(NaiveDate::from_ymd_opt(2024, 3, 14).unwrap());
/// let events = Extractor::new().extract(&doc).events;
/// let when = events[0].when().unwrap();
/// assert_eq!(when.value.to_string(), "2024-W10");
/// assert_eq!(when.source, WhenSource::Text);
/// assert_eq!(&text[when.span.clone().unwrap()], "الأسبوع الماضي");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct When {
    /// The value (for a meeting, its first day).
    pub value: TimeValue,
    /// Where the value comes from.
    pub source: WhenSource,
    /// The expression that gave it, when it is in the text.
    pub span: Option<Range<usize>>,
}

impl Serialize for When {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Json<'a> {
            value: &'a TimeValue,
            source: WhenSource,
            #[serde(skip_serializing_if = "Option::is_none")]
            start: Option<usize>,
            #[serde(skip_serializing_if = "Option::is_none")]
            end: Option<usize>,
        }
        Json {
            value: &self.value,
            source: self.source,
            start: self.span.as_ref().map(|r| r.start),
            end: self.span.as_ref().map(|r| r.end),
        }
        .serialize(s)
    }
}

/// The level a meeting is held at.
///
/// Serialized in snake case: `ministerial`, `political_directors`, `summit`, `working`, `other`.
///
/// ```
/// assert_eq!(serde_json::to_string(&arabic_timeline::Level::PoliticalDirectors).unwrap(), r#""political_directors""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Foreign or defence ministers.
    Ministerial,
    /// Political directors («المديرين السياسيين», «الإدارات السياسية»).
    PoliticalDirectors,
    /// Heads of state or government.
    Summit,
    /// Working groups, experts, small groups.
    Working,
    /// Anything else (a conference, a committee).
    Other,
}

/// Whether a meeting is planned, under way or held, as of the publication date.
///
/// ```
/// assert_eq!(serde_json::to_string(&arabic_timeline::Status::Ongoing).unwrap(), r#""ongoing""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// It will be held.
    Planned,
    /// It is under way.
    Ongoing,
    /// It was held.
    Held,
}

/// How a coalition's size is qualified.
///
/// ```
/// assert_eq!(serde_json::to_string(&arabic_timeline::Qualifier::MoreThan).unwrap(), r#""more_than""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// No qualifier.
    Exact,
    /// «نحو», «حوالي», «قرابة».
    Approximately,
    /// «أكثر من», «ما يزيد على».
    MoreThan,
    /// «لا يقل عن».
    AtLeast,
    /// «أقل من».
    LessThan,
}

/// A meeting, conference, summit or session that was, is being, or will be held.
///
/// # Example
///
/// ```
/// use arabic_timeline::{Document, Event, Extractor, Level, Status};
/// use chrono::NaiveDate;
///
/// let doc = Document::new("x", "عقد وزراء الدفاع اجتماعا في بروكسل أمس.")
///     .published(NaiveDate::from_ymd_opt(2024, 3, 14).unwrap());
/// let Event::Meeting(m) = &Extractor::new().extract(&doc).events[0] else { unreachable!() };
/// assert_eq!(m.when.as_ref().unwrap().value.to_string(), "2024-03-13");
/// assert_eq!(m.location.as_ref().unwrap().text, "بروكسل");
/// assert_eq!((m.level, m.status), (Level::Ministerial, Status::Held));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Meeting {
    /// The sentence that states it (UTF-8 byte offsets).
    pub span: Range<usize>,
    /// The same span in characters.
    pub char_span: Range<usize>,
    /// The word that names the gathering («اجتماع», «القمة», «سيلتقي»).
    pub trigger: Mention,
    /// Its first day.
    pub when: Option<When>,
    /// The city or venue.
    pub location: Option<Mention>,
    /// The level it is held at.
    pub level: Level,
    /// Planned, under way or held.
    pub status: Status,
    /// The rule that found it.
    pub rule: &'static str,
}

/// Reported speech: who said it, when, and what.
///
/// # Example
///
/// ```
/// use arabic_timeline::{Document, Event, Extractor};
///
/// let text = "وأكدت الوزارة أن الموعد لم يحدد.";
/// let Event::Statement(s) = &Extractor::new().extract(&Document::new("x", text)).events[0] else { unreachable!() };
/// assert_eq!(s.verb.text, "أكدت");
/// assert_eq!(s.speaker.as_ref().unwrap().text, "الوزارة");
/// assert_eq!(s.content.as_ref().unwrap().text, "أن الموعد لم يحدد");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Statement {
    /// The sentence that states it (UTF-8 byte offsets).
    pub span: Range<usize>,
    /// The same span in characters.
    pub char_span: Range<usize>,
    /// Who spoke; a later «الوزارة» or a bare «وأضاف» is resolved to the fuller name given before.
    pub speaker: Option<Mention>,
    /// The speech verb («قال», «أكدت») or the phrase that attributes the words.
    pub verb: Mention,
    /// What was said: the clause after «أن»/«إن»/«:», the quotation, or the verb's object
    /// («أكد الوزيران ضرورة وقف التصعيد»).
    pub content: Option<Mention>,
    /// When it was said.
    pub when: Option<When>,
    /// The rule that found it.
    pub rule: &'static str,
}

/// A number of members of a coalition or alliance, as of a time.
///
/// # Example
///
/// ```
/// use arabic_timeline::{Document, Event, Extractor, Qualifier};
///
/// let text = "التحالف الذي يصل عدد أعضائه إلى نحو ستة وثمانين عضوا.";
/// let Event::CoalitionSize(c) = &Extractor::new().extract(&Document::new("x", text)).events[0] else { unreachable!() };
/// assert_eq!((c.count, c.qualifier), (86, Qualifier::Approximately));
/// assert_eq!(c.count_text.text, "ستة وثمانين");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct CoalitionSize {
    /// The sentence that states it (UTF-8 byte offsets).
    pub span: Range<usize>,
    /// The same span in characters.
    pub char_span: Range<usize>,
    /// The number of members.
    pub count: u64,
    /// How the number is qualified.
    pub qualifier: Qualifier,
    /// The number as written («تسعة وسبعين», «79»).
    pub count_text: Mention,
    /// The coalition, as named nearest before.
    pub coalition: Option<Mention>,
    /// When the size held.
    pub when: Option<When>,
    /// The rule that found it.
    pub rule: &'static str,
}

/// An event found in a document.
///
/// `Display` writes one readable line; serde writes the JSON the crate documents (`kind`,
/// `start`, `end`, `char_start`, `char_end`, `when`, `when_source`, the kind's fields, `rule`).
///
/// # Example
///
/// ```
/// use arabic_timeline::{Document, Extractor};
/// use chrono::NaiveDate;
///
/// let doc = Document::new("x", "عقد وزراء الدفاع اجتماعا في بروكسل أمس.")
///     .published(NaiveDate::from_ymd_opt(2024, 3, 14).unwrap());
/// let event = &Extractor::new().extract(&doc).events[0];
/// assert_eq!(event.kind(), "meeting");
/// assert_eq!(event.rule(), "meeting");
/// assert_eq!(event.to_string(), "2024-03-13 meeting «اجتماعا» in بروكسل (Ministerial, Held)");
/// assert_eq!(serde_json::to_value(event).unwrap()["when_source"], "text");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Event {
    /// A meeting, conference or summit.
    Meeting(Meeting),
    /// Reported speech.
    Statement(Statement),
    /// A coalition's number of members.
    CoalitionSize(CoalitionSize),
}

impl Event {
    /// The sentence that states the event (UTF-8 byte offsets into the caller's text).
    pub fn span(&self) -> &Range<usize> {
        match self {
            Event::Meeting(m) => &m.span,
            Event::Statement(s) => &s.span,
            Event::CoalitionSize(c) => &c.span,
        }
    }

    /// The same sentence in characters.
    pub fn char_span(&self) -> &Range<usize> {
        match self {
            Event::Meeting(m) => &m.char_span,
            Event::Statement(s) => &s.char_span,
            Event::CoalitionSize(c) => &c.char_span,
        }
    }

    /// The event's date, if any.
    pub fn when(&self) -> Option<&When> {
        match self {
            Event::Meeting(m) => m.when.as_ref(),
            Event::Statement(s) => s.when.as_ref(),
            Event::CoalitionSize(c) => c.when.as_ref(),
        }
    }

    /// The kind as the JSON `kind` field names it: `meeting`, `statement`, `coalition_size`.
    pub fn kind(&self) -> &'static str {
        match self {
            Event::Meeting(_) => "meeting",
            Event::Statement(_) => "statement",
            Event::CoalitionSize(_) => "coalition_size",
        }
    }

    /// The name of the rule that produced it.
    pub fn rule(&self) -> &'static str {
        match self {
            Event::Meeting(m) => m.rule,
            Event::Statement(s) => s.rule,
            Event::CoalitionSize(c) => c.rule,
        }
    }
}

fn when_text(w: Option<&When>) -> String {
    w.map_or_else(|| "undated".to_owned(), |w| w.value.to_string())
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Event::Meeting(m) => {
                write!(f, "{} meeting «{}»", when_text(m.when.as_ref()), m.trigger)?;
                if let Some(l) = &m.location {
                    write!(f, " in {l}")?;
                }
                write!(f, " ({:?}, {:?})", m.level, m.status)
            }
            Event::Statement(s) => {
                let who = s
                    .speaker
                    .as_ref()
                    .map_or("unknown speaker", |m| m.text.as_str());
                write!(
                    f,
                    "{} statement by {who} «{}»",
                    when_text(s.when.as_ref()),
                    s.verb
                )
            }
            Event::CoalitionSize(c) => {
                let name = c
                    .coalition
                    .as_ref()
                    .map_or("a coalition", |m| m.text.as_str());
                write!(
                    f,
                    "{} {name}: {} members ({:?})",
                    when_text(c.when.as_ref()),
                    c.count,
                    c.qualifier
                )
            }
        }
    }
}

impl Serialize for Event {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("kind", self.kind())?;
        let span = self.span();
        map.serialize_entry("start", &span.start)?;
        map.serialize_entry("end", &span.end)?;
        let chars = self.char_span();
        map.serialize_entry("char_start", &chars.start)?;
        map.serialize_entry("char_end", &chars.end)?;
        map.serialize_entry("when", &self.when())?;
        let source = self.when().map_or(WhenSource::None, |w| w.source);
        map.serialize_entry("when_source", &source)?;
        match self {
            Event::Meeting(m) => {
                map.serialize_entry("trigger", &m.trigger.text)?;
                map.serialize_entry("location", &m.location.as_ref().map(|l| &l.text))?;
                map.serialize_entry("level", &m.level)?;
                map.serialize_entry("status", &m.status)?;
            }
            Event::Statement(x) => {
                map.serialize_entry("speaker", &x.speaker.as_ref().map(|l| &l.text))?;
                map.serialize_entry("verb", &x.verb.text)?;
                map.serialize_entry("content", &x.content.as_ref().map(|l| &l.text))?;
            }
            Event::CoalitionSize(c) => {
                map.serialize_entry("count", &c.count)?;
                map.serialize_entry("qualifier", &c.qualifier)?;
                map.serialize_entry("coalition", &c.coalition.as_ref().map(|l| &l.text))?;
            }
        }
        map.serialize_entry("rule", self.rule())?;
        map.end()
    }
}
