//! Character offsets for byte offsets, in constant time after one pass.

use std::ops::Range;

/// Bytes per block of the prefix table.
const BLOCK: usize = 256;

/// Counts characters before any byte offset of a text: a prefix table of characters per block,
/// then a count inside the block.
#[derive(Debug)]
pub(crate) struct CharIndex<'t> {
    text: &'t str,
    before_block: Vec<usize>,
}

impl<'t> CharIndex<'t> {
    pub(crate) fn new(text: &'t str) -> CharIndex<'t> {
        let mut before_block = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut count = 0;
        for block in text.as_bytes().chunks(BLOCK) {
            before_block.push(count);
            count += block.iter().filter(|&&b| !is_continuation(b)).count();
        }
        CharIndex { text, before_block }
    }

    /// Characters before byte `at` (a character boundary).
    pub(crate) fn at(&self, at: usize) -> usize {
        let at = at.min(self.text.len());
        let block = at / BLOCK;
        let base = self.before_block.get(block).copied().unwrap_or(0);
        base + self.text.as_bytes()[block * BLOCK..at]
            .iter()
            .filter(|&&b| !is_continuation(b))
            .count()
    }

    /// A byte span as a character span.
    pub(crate) fn span(&self, r: &Range<usize>) -> Range<usize> {
        self.at(r.start)..self.at(r.end)
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_like_chars() {
        let text = "في ٦ فبراير 2019 x".repeat(40);
        let idx = CharIndex::new(&text);
        for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(idx.at(at), text[..at].chars().count());
        }
    }
}
