//! The crate's one error type.

/// An error from a caller's mistake: a malformed TIMEX3 value, a bad custom lexicon entry.
///
/// Text is never an error: text with no dates or events yields an empty result.
///
/// # Example
///
/// ```
/// use arabic_timeline::TimeValue;
///
/// let err = "2019-02-30".parse::<TimeValue>().unwrap_err();
/// assert!(err.is_timex());
/// assert_eq!(
///     err.to_string(),
///     r#"invalid TIMEX3 value "2019-02-30": expected e.g. 2019-02-06, 2019-02, 2019, 2019-W44, 2018-02-12/2018-02-14, P2D, XXXX-02-06 or PRESENT_REF"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(transparent)]
pub struct Error(Kind);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum Kind {
    #[error(
        "invalid TIMEX3 value {0:?}: expected e.g. 2019-02-06, 2019-02, 2019, 2019-W44, \
         2018-02-12/2018-02-14, P2D, XXXX-02-06 or PRESENT_REF"
    )]
    Timex(String),
    #[error("invalid lexicon entry {entry:?}: it {why}")]
    Lexicon { entry: String, why: String },
}

impl Error {
    pub(crate) fn timex(input: &str) -> Error {
        // Keep the message short for megabyte inputs.
        let shown: String = input.chars().take(64).collect();
        Error(Kind::Timex(shown))
    }

    pub(crate) fn lexicon(entry: &str, why: String) -> Error {
        Error(Kind::Lexicon {
            entry: entry.chars().take(64).collect(),
            why,
        })
    }

    /// Whether this error is a malformed TIMEX3 value.
    pub fn is_timex(&self) -> bool {
        matches!(self.0, Kind::Timex(_))
    }

    /// Whether this error is an invalid custom lexicon entry.
    ///
    /// ```
    /// let err = arabic_timeline::Extractor::builder().place("في").unwrap_err();
    /// assert!(err.is_lexicon() && !err.is_timex());
    /// ```
    pub fn is_lexicon(&self) -> bool {
        matches!(self.0, Kind::Lexicon { .. })
    }
}
