//! Character offsets for byte offsets, in constant time after one pass.

use std::ops::Range;

/// Bytes per block of the prefix table: a look-up counts at most this many bytes.
const BLOCK: usize = 64;

/// Counts characters before any byte offset of a text: a prefix table of characters per block,
/// then a count inside the block.
#[derive(Debug)]
pub(crate) struct CharIndex<'t> {
    text: &'t str,
    /// Characters before each block.
    before_block: Vec<usize>,
}

impl<'t> CharIndex<'t> {
    pub(crate) fn new(text: &'t str) -> CharIndex<'t> {
        let mut before_block = Vec::with_capacity(text.len() / BLOCK + 2);
        let mut count = 0;
        for block in text.as_bytes().chunks(BLOCK) {
            before_block.push(count);
            count += chars_in(block);
        }
        // The end of a text whose length is a multiple of the block starts a block of its own.
        before_block.push(count);
        CharIndex { text, before_block }
    }

    /// Characters before byte `at` (a character boundary).
    pub(crate) fn at(&self, at: usize) -> usize {
        let at = at.min(self.text.len());
        let block = at / BLOCK;
        let base = self.before_block.get(block).copied().unwrap_or(0);
        base + chars_in(&self.text.as_bytes()[block * BLOCK..at])
    }

    /// A byte span as a character span.
    pub(crate) fn span(&self, r: &Range<usize>) -> Range<usize> {
        self.at(r.start)..self.at(r.end)
    }
}

/// The characters that start in `bytes`: the bytes that are not UTF-8 continuation bytes
/// (`10xxxxxx`), counted eight at a time.
fn chars_in(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut continuations = 0;
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        // Bit 7 set and bit 6 clear.
        continuations += (w & !(w << 1) & HIGH).count_ones() as usize;
    }
    let rest = chunks.remainder();
    continuations += rest.iter().filter(|&&b| b & 0xC0 == 0x80).count();
    bytes.len() - continuations
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_up_to_the_end_of_a_text_of_whole_blocks() {
        for len in [0, BLOCK, 2 * BLOCK, 3 * BLOCK + 2] {
            let text = "ب".repeat(len / 2);
            assert_eq!(CharIndex::new(&text).at(text.len()), text.chars().count());
        }
    }

    #[test]
    fn counts_like_chars() {
        let text = "في ٦ فبراير 2019 x".repeat(40);
        let idx = CharIndex::new(&text);
        for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(idx.at(at), text[..at].chars().count());
        }
    }
}
