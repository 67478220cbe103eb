//! [`Extractor`] and its result, [`Extraction`].

mod analysis;
mod coalition;
mod meeting;
mod statement;

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

use std::sync::{Arc, LazyLock};

use crate::document::Document;
use crate::error::Error;
use crate::event::Event;
use crate::lexicon::{Extra, LEXICON, Lexicon};
use crate::text::{CharIndex, Normalized, Tokens};
use crate::time::{ModifierValues, TimeExpr, find_dates};

use analysis::Analysis;
pub(crate) use analysis::name_words;

/// Texts longer than this (1 MiB, far beyond a news article) are read in pieces cut at line or
/// sentence ends, which bounds memory, keeps the time per byte of a huge text that of an article,
/// and keeps every offset in the span map's range.
const PIECE: usize = 1 << 20;

/// Finds temporal expressions in documents.
///
/// Creating one is cheap: the lexicon and patterns are compiled once per process, on the first
/// call to [`Extractor::new`]. An extractor is `Send + Sync` and can be shared by threads.
///
/// # Example
///
/// ```
/// use arabic_timeline::{Document, Extractor};
/// use chrono::NaiveDate;
///
/// let text = "وصل الوزير أمس الثلاثاء إلى الكويت، ويغادرها يوم غد الخميس.";
/// let doc = Document::new("demo", text).published(NaiveDate::from_ymd_opt(2018, 2, 14).unwrap());
/// let extraction = Extractor::new().extract(&doc);
/// let found: Vec<(&str, String)> =
///     extraction.dates.iter().map(|d| (&text[d.span.clone()], d.value.to_string())).collect();
/// assert_eq!(found, [("أمس الثلاثاء", "2018-02-13".to_owned()), ("يوم غد الخميس", "2018-02-15".to_owned())]);
/// ```
#[derive(Clone, Default)]
pub struct Extractor {
    /// A caller's lexicon, when the builder added to the built-in one.
    custom: Option<Arc<Lexicon>>,
    modifiers: ModifierValues,
}

impl fmt::Debug for Extractor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Extractor")
            .field("custom_lexicon", &self.custom.is_some())
            .field("modifiers", &self.modifiers)
            .finish()
    }
}

impl Extractor {
    /// An extractor with the built-in lexicon. The first call in a process builds the lexicon
    /// (a few milliseconds); later calls cost nothing.
    pub fn new() -> Extractor {
        LazyLock::force(&LEXICON);
        Extractor::default()
    }

    /// A builder to add places, titles, organizations and speech verbs to the lexicon.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_timeline::{Document, Event, Extractor};
    ///
    /// let extractor = Extractor::builder().place("بلدة الخير")?.speech_verb("أبلغ")?.build();
    /// let doc = Document::new("x", "أبلغ المتحدث الصحفيين أن اجتماعا عقد في بلدة الخير عام 2020.");
    /// let events = extractor.extract(&doc).events;
    /// assert!(events.iter().any(|e| matches!(e, Event::Statement(s) if s.verb.text == "أبلغ")));
    /// assert!(events.iter().any(|e| matches!(e, Event::Meeting(m)
    ///     if m.location.as_ref().is_some_and(|l| l.text == "بلدة الخير"))));
    /// assert!(Extractor::builder().place("في").is_err());
    /// # Ok::<(), arabic_timeline::Error>(())
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    fn lexicon(&self) -> &Lexicon {
        self.custom.as_deref().unwrap_or(&LEXICON)
    }

    /// Finds only the temporal expressions of a document: the first stage of
    /// [`extract`](Self::extract), for callers who need no events.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_timeline::{Document, Extractor};
    ///
    /// let dates = Extractor::new().dates(&Document::new("x", "في ١٢ نيسان ٢٠١٩"));
    /// assert_eq!(dates[0].value.to_string(), "2019-04-12");
    /// ```
    pub fn dates(&self, doc: &Document<'_>) -> Vec<TimeExpr> {
        let mut dates = Vec::new();
        self.run(doc, false, &mut dates, &mut Vec::new());
        dates
    }

    /// Reads `doc` piece by piece: its dates, and its events when `events` is asked for.
    fn run(
        &self,
        doc: &Document<'_>,
        with_events: bool,
        dates: &mut Vec<TimeExpr>,
        events: &mut Vec<Event>,
    ) {
        let text = doc.text();
        let reference = doc.published_on();
        let chars = CharIndex::new(text);
        let mut at = 0;
        while at < text.len() {
            let end = piece_end(text, at);
            let norm = Normalized::piece(text, at..end);
            let tokens = Tokens::with_lexicon(norm.as_str(), self.lexicon());
            let found = find_dates(&norm, &tokens, &chars, reference, self.modifiers);
            if with_events {
                let a = Analysis::new(&norm, &tokens, &chars, &found, reference);
                let statements = statement::statements(&a);
                let sizes = coalition::coalition_sizes(&a, &statements);
                let meetings = meeting::meetings(&a, &statements);
                events.extend(meetings.into_iter().map(Event::Meeting));
                events.extend(
                    statements
                        .into_iter()
                        .map(|f| Event::Statement(f.statement)),
                );
                events.extend(sizes.into_iter().map(Event::CoalitionSize));
            }
            dates.extend(found.into_iter().map(|(d, _)| d));
            at = end;
        }
    }

    /// Extracts from one document. Never fails and never panics: text with nothing to find
    /// gives an empty [`Extraction`].
    pub fn extract(&self, doc: &Document<'_>) -> Extraction {
        let (mut dates, mut events) = (Vec::new(), Vec::new());
        self.run(doc, true, &mut dates, &mut events);
        let reference = doc.published_on();
        events.sort_by_key(|e| e.span().start);
        Extraction {
            id: doc.id().to_owned(),
            published: reference,
            dates,
            events,
        }
    }
}

/// Builds an [`Extractor`] whose lexicon has entries of the caller's.
///
/// # Example
///
/// ```
/// use arabic_timeline::{Document, Event, Extractor};
///
/// let extractor = Extractor::builder()
///     .title("المستشار")?
///     .organization("هيئة الأمم")?
///     .speech_verb("أفصح")?
///     .place("قرية السلام")?
///     .build();
/// let text = "أفصح المستشار في هيئة الأمم سامي الخطيب أن اللقاء عقد في قرية السلام عام 2020.";
/// let events = extractor.extract(&Document::new("x", text)).events;
/// assert!(events.iter().any(|e| matches!(e, Event::Statement(s)
///     if s.speaker.as_ref().unwrap().text == "المستشار في هيئة الأمم سامي الخطيب")));
/// # Ok::<(), arabic_timeline::Error>(())
/// ```
///
/// Each method checks its entry: an empty entry, one with no Arabic letter, or one that would
/// match almost every sentence (a single letter, a function word such as «في») is an
/// [`Error`], never a panic.
#[derive(Clone, Default)]
pub struct ExtractorBuilder {
    lexicon: Option<Lexicon>,
    modifiers: ModifierValues,
}

impl fmt::Debug for ExtractorBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExtractorBuilder").finish_non_exhaustive()
    }
}

impl ExtractorBuilder {
    fn add(mut self, entry: &str, kind: Extra) -> Result<ExtractorBuilder, Error> {
        let lexicon = self.lexicon.get_or_insert_with(|| LEXICON.clone());
        lexicon
            .add_extra(entry, kind)
            .map_err(|why| Error::lexicon(entry, why))?;
        Ok(self)
    }

    /// Adds a city or venue where meetings are held («بلدة الخير»).
    ///
    /// # Errors
    ///
    /// An entry that is empty, has no Arabic letter, or would match everywhere.
    pub fn place(self, name: &str) -> Result<ExtractorBuilder, Error> {
        self.add(name, Extra::Place)
    }

    /// Adds a speech verb, in the form the text uses («أبلغ», «صرّحت»).
    ///
    /// # Errors
    ///
    /// As [`place`](Self::place), and an entry of more than one word.
    pub fn speech_verb(self, verb: &str) -> Result<ExtractorBuilder, Error> {
        self.add(verb, Extra::SpeechVerb)
    }

    /// Adds a title that opens a person's name («المستشار»).
    ///
    /// # Errors
    ///
    /// As [`place`](Self::place).
    pub fn title(self, title: &str) -> Result<ExtractorBuilder, Error> {
        self.add(title, Extra::Title)
    }

    /// Adds an organization or office («هيئة الأمم»), so that «في» before it continues a
    /// speaker's title («المستشار في هيئة الأمم»).
    ///
    /// # Errors
    ///
    /// As [`place`](Self::place).
    pub fn organization(self, name: &str) -> Result<ExtractorBuilder, Error> {
        self.add(name, Extra::Organization)
    }

    /// Sets the value a date with a modifier takes: the whole period (the default, as TIMEX3
    /// and the guidelines have it) or the part of a month the modifier names, as Duckling reads
    /// it. See [`ModifierValues`].
    pub fn modifier_values(mut self, modifiers: ModifierValues) -> ExtractorBuilder {
        self.modifiers = modifiers;
        self
    }

    /// The extractor.
    pub fn build(self) -> Extractor {
        LazyLock::force(&LEXICON);
        Extractor {
            custom: self.lexicon.map(Arc::new),
            modifiers: self.modifiers,
        }
    }
}

/// Where the piece of `text` starting at `from` ends: at the last line or sentence end before
/// [`PIECE`] bytes, else at the last space, else at a character boundary.
fn piece_end(text: &str, from: usize) -> usize {
    if text.len() - from <= PIECE {
        return text.len();
    }
    let mut limit = from + PIECE;
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &text[from..limit];
    let cut = window
        .rfind('\n')
        .or_else(|| window.rfind(['.', '؟', '!', '؛']))
        .or_else(|| window.rfind(' '))
        .map(|i| from + i + 1);
    cut.filter(|&c| c > from).unwrap_or(limit)
}

/// What the extractor found in one document.
///
/// `Display` lists the dates and events, one a line; serde writes the JSON of the crate docs.
///
/// # Example
///
/// ```
/// use arabic_timeline::{Document, Extractor};
/// use chrono::NaiveDate;
///
/// let doc = Document::new("d", "وقال الوزير أمس إن الاجتماع يعقد في عمان يوم 20 مارس الجاري.")
///     .published(NaiveDate::from_ymd_opt(2024, 3, 14).unwrap());
/// let x = Extractor::new().extract(&doc);
/// assert_eq!((x.id.as_str(), x.dates.len(), x.events.len()), ("d", 2, 2));
/// assert!(x.to_string().starts_with("d (published 2024-03-14): dates 2, events 2\n"));
/// let json = serde_json::to_value(&x).unwrap();
/// assert_eq!(json["published"], "2024-03-14");
/// ```
#[derive(Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Extraction {
    /// The document's identifier.
    pub id: String,
    /// The publication date relative expressions were resolved against.
    pub published: Option<NaiveDate>,
    /// Temporal expressions, in text order.
    pub dates: Vec<TimeExpr>,
    /// Events, in text order.
    pub events: Vec<Event>,
}

impl fmt::Debug for Extraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Extraction")
            .field("id", &self.id)
            .field("published", &self.published)
            .field("dates", &self.dates)
            .field("events", &self.events)
            .finish()
    }
}

impl fmt::Display for Extraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (dates, events) = (self.dates.len(), self.events.len());
        match self.published {
            Some(p) => writeln!(
                f,
                "{} (published {p}): dates {dates}, events {events}",
                self.id
            )?,
            None => writeln!(
                f,
                "{} (no publication date): dates {dates}, events {events}",
                self.id
            )?,
        }
        for d in &self.dates {
            writeln!(f, "  {d}")?;
        }
        for e in &self.events {
            writeln!(f, "  {e}")?;
        }
        Ok(())
    }
}
