//! One-pass normalization of Arabic text, with a map back to the caller's bytes.
//!
//! Patterns and lexicons run on the normalized copy, so they can be written as an Arabic reader
//! writes the words («اجتماع», not «[اأإآ]جتماع»); every span found there is mapped back to the
//! original text through [`Normalized::original_span`].

use std::ops::Range;

/// Text normalized for matching, with a byte map back to the original.
///
/// The map is sparse: normalization keeps most characters as they are, so it records only the
/// places where the distance between a normalized offset and its original offset changes (after
/// a dropped mark, or a digit folded to ASCII), and answers by binary search between them.
#[derive(Debug, Clone)]
pub(crate) struct Normalized<'t> {
    original: &'t str,
    /// Where in `original` the normalized piece starts; the map below is relative to it.
    base: usize,
    text: String,
    /// `(normalized offset, original offset)`: from each normalized offset on, until the next
    /// anchor, a byte of `text` comes from the byte at the same distance in the original.
    anchors: Vec<(u32, u32)>,
}

/// What normalization does with one character.
#[derive(Clone, Copy)]
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

/// `fold` for the two-byte characters U+0600..U+06FF, by their last six bits and the low bits
/// of the lead byte: the Arabic block is most of a news text, and a table beats the match.
static ARABIC_FOLDS: std::sync::LazyLock<[Fold; 256]> = std::sync::LazyLock::new(|| {
    let mut table = [Fold::Keep; 256];
    for (k, slot) in table.iter_mut().enumerate() {
        if let Some(c) = char::from_u32(0x0600 + k as u32) {
            *slot = fold(c);
        }
    }
    table
});

/// For every pair of bytes `first << 8 | second`, 1 if a character normalization changes may
/// begin with them, else 0. A pair is set when any character beginning with those two bytes
/// changes (tab and carriage return whatever follows them), so a byte whose pair is not set
/// starts no character to change, and a continuation byte none. One byte a pair: a test is one
/// load, and the pairs of Arabic text fall in a few rows of the table.
static CHANGED_PAIRS: std::sync::LazyLock<Box<[u8; 1 << 16]>> = std::sync::LazyLock::new(|| {
    let mut table = Box::new([0u8; 1 << 16]);
    for b in [b'\t', b'\r'] {
        for next in 0..256 {
            table[usize::from(b) << 8 | next] = 1;
        }
    }
    // The first two bytes of every character `fold` changes (none lies beyond U+FFFF).
    for c in ('\u{80}'..='\u{FFFF}').filter(|&c| !matches!(fold(c), Fold::Keep)) {
        let mut buf = [0u8; 4];
        let bytes = c.encode_utf8(&mut buf).as_bytes();
        table[usize::from(bytes[0]) << 8 | usize::from(bytes[1])] = 1;
    }
    table
});

/// How many bytes at the start of `bytes` normalization leaves as they are: those before the
/// first that starts a character it changes (see [`CHANGED_PAIRS`]).
///
/// Each byte is tested on its own, eight at a time, so that no test waits on the one before;
/// stepping from character to character would chain them.
fn unchanged_prefix(bytes: &[u8], changed: &[u8; 1 << 16]) -> usize {
    let is_changed = |first: u8, second: u8| {
        u32::from(changed[usize::from(u16::from_be_bytes([first, second]))])
    };
    let mut i = 0;
    while let Some(nine) = bytes.get(i..).and_then(|b| b.first_chunk::<9>()) {
        let mut found = 0u32;
        for k in 0..8 {
            found |= is_changed(nine[k], nine[k + 1]) << k;
        }
        if found != 0 {
            return i + found.trailing_zeros() as usize;
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        if is_changed(b, bytes.get(i + 1).copied().unwrap_or(0)) != 0 {
            return i;
        }
        i += 1;
    }
    i
}

/// Marks after a word are part of its span up to this many bytes: enough for any spelling,
/// and a bound on the work a span costs when a text is nothing but marks.
const MAX_ATTACHED: usize = 256;

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
        let bytes = piece.as_bytes();
        let folds = &*ARABIC_FOLDS;
        let mut text = String::with_capacity(piece.len());
        let mut anchors = vec![(0u32, 0u32)];
        // Unchanged characters are copied a run at a time; `run` is where the current run began.
        let mut run = 0;
        let mut i = 0;
        let changed = &**CHANGED_PAIRS;
        while i < bytes.len() {
            i += unchanged_prefix(&bytes[i..], changed);
            let Some(&b) = bytes.get(i) else {
                break;
            };
            let (len, action) = if b < 0x80 {
                match b {
                    b'\t' => (1, Fold::Into(' ')),
                    b'\r' => (1, Fold::Into('\n')),
                    _ => {
                        i += 1;
                        continue;
                    }
                }
            } else if (0xD8..=0xDB).contains(&b) && i + 1 < bytes.len() {
                let k = usize::from(b & 0x03) << 6 | usize::from(bytes[i + 1] & 0x3F);
                match folds[k] {
                    Fold::Keep => {
                        i += 2;
                        continue;
                    }
                    action => (2, action),
                }
            } else {
                let Some(c) = piece[i..].chars().next() else {
                    break;
                };
                match fold(c) {
                    Fold::Keep => {
                        i += c.len_utf8();
                        continue;
                    }
                    action => (c.len_utf8(), action),
                }
            };
            text.push_str(&piece[run..i]);
            if let Fold::Into(c) = action {
                text.push(c);
            }
            i += len;
            run = i;
            // From here on, normalized and original offsets keep a new distance (or the same,
            // for a letter folded into another of its length: then no anchor is needed).
            let anchor = (pos(text.len()), pos(i));
            let last = anchors.len() - 1;
            if anchors[last].0 == anchor.0 {
                anchors[last] = anchor;
            } else if anchors[last].1.wrapping_sub(anchors[last].0)
                != anchor.1.wrapping_sub(anchor.0)
            {
                anchors.push(anchor);
            }
        }
        text.push_str(&piece[run..]);
        Normalized {
            original,
            base,
            text,
            anchors,
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

    /// Where the character at normalized offset `at` starts in the caller's text.
    fn original_start(&self, at: usize) -> usize {
        let at = pos(at);
        let k = self.anchors.partition_point(|a| a.0 <= at).max(1) - 1;
        let (norm, orig) = self.anchors[k];
        self.base + orig.wrapping_add(at.wrapping_sub(norm)) as usize
    }

    /// Maps a non-empty byte range of the normalized text to the original text: from the start
    /// of its first character to the end of its last, with the marks attached to that one.
    ///
    /// Both ends of the result lie on character boundaries of the original.
    pub(crate) fn original_span(&self, r: Range<usize>) -> Range<usize> {
        if r.start >= r.end || r.end > self.text.len() || !self.text.is_char_boundary(r.start) {
            let at = if r.start < self.text.len() && self.text.is_char_boundary(r.start) {
                self.original_start(r.start)
            } else {
                self.base + self.original_len()
            };
            return at..at;
        }
        let mut last = r.end - 1;
        while !self.text.is_char_boundary(last) {
            last -= 1;
        }
        let last = self.original_start(last);
        let mut end = last
            + self.original[last..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
        // Marks that follow the last letter belong to it; bidi marks between them are crossed.
        let mut k = end;
        let from = end;
        for c in self.original[end..].chars() {
            if k - from > MAX_ATTACHED {
                break;
            }
            match fold(c) {
                Fold::Attach => {
                    k += c.len_utf8();
                    end = k;
                }
                Fold::Drop => k += c.len_utf8(),
                _ => break,
            }
        }
        self.original_start(r.start)..end
    }

    /// The length of the original piece.
    fn original_len(&self) -> usize {
        let &(norm, orig) = self.anchors.last().unwrap_or(&(0, 0));
        orig.wrapping_add(pos(self.text.len()).wrapping_sub(norm)) as usize
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
    Normalized::new(word).text
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

    /// The map as a per-character table, built the slow way, for comparison.
    fn reference_map(original: &str) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for (at, c) in original.char_indices() {
            let end = at + c.len_utf8();
            match fold(c) {
                Fold::Keep | Fold::Into(_) => out.push((at, end)),
                Fold::Attach => {
                    if let Some(last) = out.last_mut() {
                        last.1 = end;
                    }
                }
                Fold::Drop => {}
            }
        }
        out
    }

    #[test]
    fn normalize_folds_each_character() {
        let text = "\u{200F}غداً\u{200F}ـ الخميس\r\n\t٣١ شباط ٫٥ x ۹۹ ى ة ک é中🙂";
        let by_char: String = text
            .chars()
            .filter_map(|c| match fold(c) {
                Fold::Keep => Some(c),
                Fold::Into(d) => Some(d),
                Fold::Drop | Fold::Attach => None,
            })
            .collect();
        assert_eq!(normalize_word(text), by_char);
    }

    #[test]
    fn every_character_folds_as_fold_says() {
        // Each character between letters, in every position of the eight-byte steps.
        let chars = ('\0'..='\u{FFFF}').chain(('\u{10000}'..=char::MAX).step_by(97));
        for c in chars {
            let want = match fold(c) {
                Fold::Keep => c.to_string(),
                Fold::Into(d) => d.to_string(),
                Fold::Drop | Fold::Attach => String::new(),
            };
            let pad = "a".repeat(c as usize % 9);
            let text = format!("ب{pad}{c}ب");
            assert_eq!(normalize_word(&text), format!("ب{pad}{want}ب"), "{c:?}");
        }
    }

    #[test]
    fn sparse_map_agrees_with_a_per_character_map() {
        let texts = [
            "أَيّار ٢٠١٩ مدرسة ۱۲ إلى",
            "\u{200F}غداً\u{200F}ـ الخميس\r\n\t٣١ شباط ٫٥ x",
            "ـــ\u{064E}\u{064E}أ\u{FEFF}ب\u{00A0}۹۹۹ é中 ٢",
            "",
        ];
        for text in texts {
            let n = Normalized::new(text);
            let map = reference_map(text);
            let starts: Vec<usize> = n.as_str().char_indices().map(|(i, _)| i).collect();
            assert_eq!(starts.len(), map.len(), "{text:?}");
            for (k, &s) in starts.iter().enumerate() {
                let e = starts.get(k + 1).copied().unwrap_or(n.as_str().len());
                assert_eq!(
                    n.original_span(s..e),
                    map[k].0..map[k].1,
                    "{text:?} char {k}"
                );
                assert_eq!(
                    n.original_span(starts[0]..e),
                    map[0].0..map[k].1,
                    "{text:?} up to {k}"
                );
            }
        }
        // A piece maps to offsets of the whole text.
        let text = "abc ٢٠ أيار";
        let n = Normalized::piece(text, 4..text.len());
        assert_eq!(n.as_str(), "20 ايار");
        assert_eq!(&text[n.original_span(3..n.as_str().len())], "أيار");
    }

    #[test]
    fn empty_and_latin() {
        assert_eq!(Normalized::new("").as_str(), "");
        assert_eq!(Normalized::new("Hello, world").as_str(), "Hello, world");
        assert_eq!(Normalized::new("\u{200F}\u{064E}").as_str(), "");
    }
}
