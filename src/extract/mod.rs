//! [`Extractor`] and its result, [`Extraction`].

mod analysis;
mod coalition;
mod meeting;
mod statement;

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

use crate::document::Document;
use crate::event::Event;
use crate::text::{CharIndex, Normalized, Tokens};
use crate::time::{TimeExpr, find_dates};

use analysis::Analysis;

/// Texts longer than this are read in pieces cut at line or sentence ends, which bounds memory
/// and keeps every offset in the span map's range.
const PIECE: usize = 8 << 20;

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
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    _private: (),
}

impl Extractor {
    /// An extractor with the built-in lexicon. The first call in a process builds the lexicon
    /// (a few milliseconds); later calls cost nothing.
    pub fn new() -> Extractor {
        std::sync::LazyLock::force(&crate::lexicon::LEXICON);
        Extractor { _private: () }
    }

    /// Extracts from one document. Never fails and never panics: text with nothing to find
    /// gives an empty [`Extraction`].
    pub fn extract(&self, doc: &Document<'_>) -> Extraction {
        let text = doc.text();
        let reference = doc.published_on();
        let chars = CharIndex::new(text);
        let mut dates = Vec::new();
        let mut events = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let end = piece_end(text, at);
            let norm = Normalized::piece(text, at..end);
            let tokens = Tokens::new(norm.as_str());
            let found = find_dates(&norm, &tokens, &chars, reference);
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
            dates.extend(found.into_iter().map(|(d, _)| d));
            at = end;
        }
        events.sort_by_key(|e| e.span().start);
        Extraction {
            id: doc.id().to_owned(),
            published: reference,
            dates,
            events,
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
        match self.published {
            Some(p) => writeln!(f, "{} (published {p}): {} dates", self.id, self.dates.len())?,
            None => writeln!(
                f,
                "{} (no publication date): {} dates",
                self.id,
                self.dates.len()
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
