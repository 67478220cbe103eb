//! One-pass normalization of Arabic text, with a map back to the caller's bytes.
//!
//! Patterns and lexicons run on the normalized copy, so they can be written as an Arabic reader
//! writes the words («اجتماع», not «[اأإآ]جتماع»); every span found there is mapped back to the
//! original text through [`Normalized::original_span`].

use std::ops::Range;

/// Text normalized for matching, with a byte map back to the original.
#[derive(Debug, Clone)]
pub(crate) struct Normalized<'t> {
    original: &'t str,
    /// Where in `original` the normalized piece starts; the maps below are relative to it.
    base: usize,
    text: String,
    /// For each byte of `text`, the start of the original character it came from.
    src_start: Vec<u32>,
    /// For each byte of `text`, the end of the original character it came from, extended over
    /// combining marks and tatweel that follow it (they belong to that letter).
    src_end: Vec<u32>,
}

/// What normalization does with one character.
enum Fold {
    Keep,
    /// Drop it, but let the preceding letter's span cover it (harakat, tatweel).
    Attach,
    /// Drop it entirely (bidi controls, zero-width characters).
    Drop,
    Into(char),
}

fn fold(c: char) -> Fold {
    match c {
        // Harakat, Quranic marks, superscript alef; tatweel.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}' => Fold::Attach,
        // Bidi controls, zero-width characters, byte-order mark, Arabic letter mark.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{061C}'
        | '\u{FEFF}'
        | '\u{00AD}' => Fold::Drop,
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => Fold::Into('ا'),
        'ى' | 'ی' | 'ې' => Fold::Into('ي'),
        'ة' => Fold::Into('ه'),
        'ک' => Fold::Into('ك'),
        '٠'..='٩' => Fold::Into(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '۰'..='۹' => Fold::Into(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '٫' => Fold::Into('.'),
        '٬' => Fold::Into(','),
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => {
            Fold::Into(' ')
        }
        '\r' => Fold::Into('\n'),
        _ => Fold::Keep,
    }
}

impl<'t> Normalized<'t> {
    /// Normalizes `original` in one pass.
    pub(crate) fn new(original: &'t str) -> Self {
        Self::piece(original, 0..original.len())
    }

    /// Normalizes the piece `range` of `original` (on character boundaries); spans map to
    /// offsets of the whole `original`.
    pub(crate) fn piece(original: &'t str, range: Range<usize>) -> Self {
        let base = range.start;
        let piece = &original[range];
        let mut text = String::with_capacity(piece.len());
        let mut src_start = Vec::with_capacity(piece.len());
        let mut src_end = Vec::with_capacity(piece.len());
        for (at, c) in piece.char_indices() {
            let end = at + c.len_utf8();
            let out = match fold(c) {
                Fold::Keep => c,
                Fold::Into(d) => d,
                Fold::Drop => continue,
                Fold::Attach => {
                    // Extend the previous character (all its bytes) over the mark.
                    if let Some(&last_start) = src_start.last() {
                        let len = src_end.len();
                        let mut i = len;
                        while i > 0 && src_start[i - 1] == last_start {
                            src_end[i - 1] = pos(end);
                            i -= 1;
                        }
                    }
                    continue;
                }
            };
            text.push(out);
            for _ in 0..out.len_utf8() {
                src_start.push(pos(at));
                src_end.push(pos(end));
            }
        }
        Normalized {
            original,
            base,
            text,
            src_start,
            src_end,
        }
    }

    /// The normalized text the rules run on.
    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// The caller's text.
    pub(crate) fn original(&self) -> &'t str {
        self.original
    }

    /// Maps a non-empty byte range of the normalized text to the original text.
    ///
    /// Both ends of the result lie on character boundaries of the original.
    pub(crate) fn original_span(&self, r: Range<usize>) -> Range<usize> {
        if r.start >= r.end || r.end > self.text.len() {
            let at = self
                .src_start
                .get(r.start)
                .map_or(self.original.len(), |&s| self.base + s as usize);
            return at..at;
        }
        self.base + self.src_start[r.start] as usize..self.base + self.src_end[r.end - 1] as usize
    }
}

fn pos(at: usize) -> u32 {
    // The extractor cuts documents into pieces well below 4 GiB before they reach here.
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// Normalizes Arabic text the way the extractor reads it: diacritics, tatweel and bidi or
/// zero-width marks dropped; «أ إ آ ٱ» → «ا», «ى» → «ي», «ة» → «ه»; Arabic-Indic and Eastern
/// Arabic-Indic digits → ASCII. Useful to compare what the extractor returns with other text.
///
/// # Example
///
/// ```
/// assert_eq!(arabic_timeline::normalize("أَيّار ٢٠١٩ مدرسة"), "ايار 2019 مدرسه");
/// ```
pub fn normalize_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match fold(c) {
            Fold::Keep => out.push(c),
            Fold::Into(d) => out.push(d),
            Fold::Drop | Fold::Attach => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_letters_digits_and_marks() {
        let n = Normalized::new("أَيّار ٢٠١٩ مدرسة ۱۲ إلى");
        assert_eq!(n.as_str(), "ايار 2019 مدرسه 12 الي");
    }

    #[test]
    fn spans_map_back_over_dropped_marks() {
        let text = "غداً\u{200F}ـ الخميس";
        let n = Normalized::new(text);
        assert_eq!(n.as_str(), "غدا الخميس");
        // The tanween, the bidi mark and the tatweel after «غدا» stay inside its span.
        assert_eq!(&text[n.original_span(0..6)], "غداً\u{200F}ـ");
        let all = n.original_span(0..n.as_str().len());
        assert!(text.is_char_boundary(all.start) && text.is_char_boundary(all.end));
        assert_eq!(normalize_word(&text[all]), n.as_str());
    }

    #[test]
    fn empty_and_latin() {
        assert_eq!(Normalized::new("").as_str(), "");
        assert_eq!(Normalized::new("Hello, world").as_str(), "Hello, world");
        assert_eq!(Normalized::new("\u{200F}\u{064E}").as_str(), "");
    }
}
