//! Sentence spans: a sentence ends at `.`, `!`, `?`, `؟`, `؛` or a line break; a `.` between two
//! digits («2.4») ends nothing.

use std::ops::Range;

/// Whether the character at byte `at` of `text` ends a sentence.
pub(crate) fn ends_sentence(text: &str, at: usize, c: char) -> bool {
    match c {
        '!' | '?' | '؟' | '؛' | '\n' => true,
        '.' => {
            let before = text[..at].chars().next_back();
            let after = text[at + 1..].chars().next();
            !(before.is_some_and(|b| b.is_ascii_digit())
                && after.is_some_and(|a| a.is_ascii_digit()))
        }
        _ => false,
    }
}

/// Byte spans of the sentences of `text`, each trimmed of white space; empty ones are skipped.
#[allow(dead_code)] // The event extractors work sentence by sentence.
pub(crate) fn sentence_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (at, c) in text.char_indices() {
        if ends_sentence(text, at, c) {
            let end = if c == '\n' { at } else { at + c.len_utf8() };
            push_trimmed(text, start..end, &mut spans);
            start = at + c.len_utf8();
        }
    }
    push_trimmed(text, start..text.len(), &mut spans);
    spans
}

fn push_trimmed(text: &str, r: Range<usize>, spans: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        spans.push(r.start + lead..r.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_arabic_and_latin_marks_but_not_decimals() {
        let text = "قال إن المبلغ 2.4 مليار. وأضاف: نعم؟ ثم\nسطر ثان؛ أخير";
        let got: Vec<&str> = sentence_spans(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            got,
            [
                "قال إن المبلغ 2.4 مليار.",
                "وأضاف: نعم؟",
                "ثم",
                "سطر ثان؛",
                "أخير"
            ]
        );
    }

    #[test]
    fn empty_text_has_no_sentences() {
        assert!(sentence_spans("").is_empty());
        assert!(sentence_spans(" \n\n ").is_empty());
    }
}
