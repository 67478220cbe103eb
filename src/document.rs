//! [`Document`]: a text to extract from, with its identity and publication date.

use chrono::NaiveDate;

/// A news text to extract from: an identifier, the caller's text, and the publication date that
/// relative expressions («غدا», «الخميس المقبل») resolve against.
///
/// The text is borrowed, never copied or altered: every span the extractor reports is a byte
/// range of exactly this `&str`.
///
/// # Example
///
/// ```
/// use arabic_timeline::Document;
/// use chrono::NaiveDate;
///
/// let doc = Document::new("seed-001", "يعقد الاجتماع غدا").published(NaiveDate::from_ymd_opt(2019, 1, 30).unwrap());
/// assert_eq!(doc.id(), "seed-001");
/// assert_eq!(doc.published_on(), NaiveDate::from_ymd_opt(2019, 1, 30));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Document<'t> {
    id: String,
    text: &'t str,
    published: Option<NaiveDate>,
}

impl<'t> Document<'t> {
    /// A document with no publication date: relative expressions then stay unresolved
    /// (`XXXX-02-06`, `FUTURE_REF`) rather than guessed.
    pub fn new(id: impl Into<String>, text: &'t str) -> Document<'t> {
        Document {
            id: id.into(),
            text,
            published: None,
        }
    }

    /// Sets the publication date, the reference for relative expressions.
    #[must_use]
    pub fn published(mut self, date: NaiveDate) -> Document<'t> {
        self.published = Some(date);
        self
    }

    /// Sets or clears the publication date.
    ///
    /// ```
    /// use arabic_timeline::Document;
    ///
    /// let doc = Document::new("x", "غدا").published_opt(None);
    /// assert_eq!(doc.published_on(), None);
    /// assert_eq!(doc.text(), "غدا");
    /// ```
    #[must_use]
    pub fn published_opt(mut self, date: Option<NaiveDate>) -> Document<'t> {
        self.published = date;
        self
    }

    /// The document's identifier.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The caller's text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The publication date, if known.
    pub fn published_on(&self) -> Option<NaiveDate> {
        self.published
    }
}
