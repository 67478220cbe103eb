//! The text layer: normalization with a span map, tokens, sentences.

mod chars;
mod lanes;
mod normalize;
mod sentences;
mod tokens;

pub(crate) use chars::CharIndex;
pub(crate) use normalize::Normalized;
pub use normalize::normalize_word;
pub(crate) use tokens::{Kind, Tokens, is_letter};
