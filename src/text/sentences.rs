//! Sentence ends: a sentence ends at `.`, `!`, `?`, `؟`, `؛` or a line break; a `.` between two
//! digits («2.4») ends nothing.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_and_latin_marks_end_sentences_but_decimals_do_not() {
        let text = "قال 2.4 مليار. نعم؟ ثم\nسطر؛ أخير!";
        let ends: Vec<char> = text
            .char_indices()
            .filter(|&(at, c)| ends_sentence(text, at, c))
            .map(|(_, c)| c)
            .collect();
        assert_eq!(ends, ['.', '؟', '\n', '؛', '!']);
    }
}
