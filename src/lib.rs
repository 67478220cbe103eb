//! Arabic news text in, dated events out.
//!
//! `arabic_timeline` reads Arabic news reports and finds their temporal expressions —
//! «السادس من شباط/فبراير المقبل», «يوم 22 مارس الجاري», «١٢ نيسان ٢٠١٩», «الخميس المقبل»,
//! «29 رجب 1439 هـ» — each with a [TIMEX3] value resolved against the document's publication
//! date, and their events: [`Meeting`]s, [`Statement`]s and [`CoalitionSize`]s, every field
//! traceable to a span of the caller's text. It is rule-based and deterministic: no model files,
//! no network.
//!
//! [TIMEX3]: https://en.wikipedia.org/wiki/TimeML
//!
//! # Example
//!
//! ```
//! use arabic_timeline::{Document, Extractor};
//! use chrono::NaiveDate;
//!
//! let text = "تستضيف واشنطن الخميس المقبل اجتماعا وزاريا يستمر مدة يومين، \
//!             بعد اجتماع عقد في الكويت يوم 13 شباط/فبراير 2018.";
//! let doc = Document::new("demo", text).published(NaiveDate::from_ymd_opt(2019, 11, 9).unwrap());
//! let extraction = Extractor::new().extract(&doc);
//!
//! let values: Vec<String> = extraction.dates.iter().map(|d| d.value.to_string()).collect();
//! assert_eq!(values, ["2019-11-14", "P2D", "2018-02-13"]);
//! // Every span is a byte range of the caller's own text.
//! assert_eq!(&text[extraction.dates[0].span.clone()], "الخميس المقبل");
//! ```
//!
//! # The flow
//!
//! ```text
//! Document { id, text, published }
//!   → normalization (diacritics, tatweel, bidi marks, alef/ya/ta-marbuta, three digit scripts),
//!     with a byte map back to the caller's text
//!   → tokens, each looked up once in the lexicon (proclitics و ف ب ل ك ال tolerated)
//!   → the temporal grammar (longest match) → resolution against `published`
//!   → statements, coalition sizes, meetings (per sentence, then document-level coreference)
//!   → Extraction { id, published, dates: Vec<TimeExpr>, events: Vec<Event> }
//! many Extractions → Timeline { entries (chronological, merged, every source), undated }
//! ```
//!
//! The types: [`Document`] (input), [`Extractor`] (the rules; [`Extractor::builder`] extends its
//! lexicon), [`Extraction`] (the result), [`TimeExpr`] (one expression with its span and rule),
//! [`TimeValue`] (its TIMEX3 value), [`Event`] (a [`Meeting`], [`Statement`] or
//! [`CoalitionSize`], each with a [`When`] that says where its date came from), [`Timeline`]
//! (many documents' events merged into one chronology of [`Entry`]s with their [`Source`]s).
//!
//! # Guarantees
//!
//! - **Spans are valid.** Every `span` lies on character boundaries of the text you passed, so
//!   `&text[span]` never panics, and `text` fields equal that slice.
//! - **No panics on any input**: empty text, Latin text, megabytes of tatweel, lone bidi marks,
//!   «31 شباط», four hundred digits. Bad text yields fewer results, never an error.
//! - **Linear time.** The text is read once to normalize and tokenize it; every rule looks at a
//!   bounded number of tokens from its start.
//! - **No guessed year.** Without a publication date, «6 فبراير» is `XXXX-02-06` and «غدا» is
//!   `FUTURE_REF`; with one, the year follows the guidelines: «المقبل» is the next such date,
//!   «الماضي» the last one, and a past-tense verb moves a later month into the previous year.
//!   A Hijri month without a year is placed the same way against the publication date's Hijri
//!   year («شهر رمضان», «رمضان الماضي»); a bare «رمضان» or «رجب» may be a name and is left.
//!
//! # Not supported
//!
//! - Clock times («الساعة الثالثة») and time zones: values are days at the finest.
//! - Quarters of a year («الربع الأول من 2025») and vague spans («الأيام القليلة المقبلة»).
//!   Halves («النصف الثاني من العام») are read as modifiers of their period, like «أواخر».
//! - Holidays («عيد الفطر», «الكريسماس») and dates relative to them.
//! - Hijri dates outside 1343–1500 AH (1924–2077), the range of the Umm al-Qura table.
//! - By default modifiers («مطلع», «منتصف», «أواخر») narrow nothing: «أواخر آذار» is `2019-03`,
//!   with [`Modifier::End`] beside the value, as TIMEX3 and the guidelines have it;
//!   [`ModifierValues::Narrow`] reads them as Duckling does (days 21 to 31).
//! - Events other than meetings, statements and coalition sizes; pronoun speakers are resolved
//!   to the last speaker or the sentence's subject only.
//!
//! # JSON
//!
//! [`Extraction`], [`Event`] and [`Timeline`] serialize with serde to the shape the evaluation
//! scorer reads:
//!
//! ```json
//! {"id": "seed-001", "published": "2019-01-30",
//!  "dates": [{"start": 120, "end": 160, "char_start": 64, "char_end": 84,
//!             "text": "السادس من فبراير المقبل", "value": "2019-02-06", "type": "date",
//!             "rule": "day_month"}],
//!  "events": [{"kind": "meeting", "start": 0, "end": 310, "char_start": 0, "char_end": 170,
//!              "when": {"value": "2019-02-06", "source": "text", "start": 120, "end": 160},
//!              "when_source": "text", "trigger": "اجتماع", "location": "واشنطن",
//!              "level": "ministerial", "status": "planned", "rule": "meeting"},
//!             {"kind": "statement", …, "speaker": "وزارة الخارجية الأميركية", "verb": "قالت",
//!              "content": "…"},
//!             {"kind": "coalition_size", …, "count": 79, "qualifier": "exact",
//!              "coalition": "التحالف الدولي ضد داعش"}]}
//! ```
//!
//! `start`/`end` are UTF-8 byte offsets, `char_start`/`char_end` character offsets; a date's
//! `type` is `date`, `duration` or `range`, and `mod` (`start`, `mid`, `end`) appears when a
//! modifier does. An event's span is its sentence; `when` is `null` and `when_source` `none`
//! when nothing dates it. Enum values are snake case: level `ministerial`,
//! `political_directors`, `summit`, `working`, `other`; status `planned`, `ongoing`, `held`;
//! qualifier `exact`, `approximately`, `more_than`, `at_least`, `less_than`. A timeline is
//! `{"entries": [{"event": {…}, "sources": [{"id", "start", "end"}], "conflicts": [index]}],
//! "undated": […]}`.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
#![deny(rustdoc::broken_intra_doc_links)]

mod document;
mod error;
mod event;
mod extract;
mod lexicon;
mod numbers;
mod text;
mod time;
mod timeline;

pub use document::Document;
pub use error::Error;
pub use event::{
    CoalitionSize, Event, Level, Meeting, Mention, Qualifier, Statement, Status, When, WhenSource,
};
pub use extract::{Extraction, Extractor, ExtractorBuilder};
pub use numbers::{parse_number, parse_ordinal};
pub use text::normalize_word as normalize;
pub use time::{
    Duration, DurationUnit, Modifier, ModifierValues, Reference, TimeExpr, TimeType, TimeValue,
};
pub use timeline::{Entry, SizePoint, Source, Timeline};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
