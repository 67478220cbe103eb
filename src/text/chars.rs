//! Character offsets for byte offsets, in constant time after one pass.

use std::ops::Range;

/// Bytes per block of the prefix table: a look-up counts within one block at most.
const BLOCK: usize = 32;
/// Bytes per word: blocks are counted a word at a time.
const WORD: usize = 8;

/// Counts characters before any byte offset of a text: a prefix table of characters per block,
/// then a count inside the block, a word at a time.
#[derive(Debug)]
pub(crate) struct CharIndex<'t> {
    text: &'t str,
    /// Characters before each block.
    before_block: Vec<usize>,
}

impl<'t> CharIndex<'t> {
    pub(crate) fn new(text: &'t str) -> CharIndex<'t> {
        let bytes = text.as_bytes();
        let mut before_block = Vec::with_capacity(bytes.len() / BLOCK + 2);
        let mut count = 0;
        let mut blocks = bytes.chunks_exact(BLOCK);
        for block in &mut blocks {
            before_block.push(count);
            let mut lanes = 0;
            for word in block.chunks_exact(WORD) {
                lanes += continuation_lanes(word_of(word));
            }
            count += BLOCK - lane_sum(lanes);
        }
        // The last, partial block; or, for a text of whole blocks, the empty block at its end.
        before_block.push(count);
        CharIndex { text, before_block }
    }

    /// Characters before byte `at` (a character boundary).
    pub(crate) fn at(&self, at: usize) -> usize {
        let bytes = self.text.as_bytes();
        let at = at.min(bytes.len());
        let start = at / BLOCK * BLOCK;
        let before = self.before_block.get(at / BLOCK).copied().unwrap_or(0);
        // The bytes of the block before `at`, whole words then a masked one: characters but for
        // UTF-8 continuation bytes.
        let mut lanes = 0;
        let mut k = start;
        while k + WORD <= at {
            lanes += continuation_lanes(word_of(&bytes[k..]));
            k += WORD;
        }
        if k < at {
            let mask = u64::MAX >> (8 * (WORD - (at - k)));
            lanes += continuation_lanes(word_of(&bytes[k..]) & mask);
        }
        before + (at - start) - lane_sum(lanes)
    }

    /// A byte span as a character span.
    pub(crate) fn span(&self, r: &Range<usize>) -> Range<usize> {
        self.at(r.start)..self.at(r.end)
    }
}

/// The first eight bytes of `bytes` as a little-endian word, zero-padded past its end.
fn word_of(bytes: &[u8]) -> u64 {
    match bytes.first_chunk::<WORD>() {
        Some(&eight) => u64::from_le_bytes(eight),
        None => {
            let mut eight = [0u8; WORD];
            for (slot, &b) in eight.iter_mut().zip(bytes) {
                *slot = b;
            }
            u64::from_le_bytes(eight)
        }
    }
}

/// A 1 in each byte of `w` that is a UTF-8 continuation byte (`10xxxxxx`), a 0 in the others
/// (zero bytes of padding among them): lanes to add up over the words of a block.
fn continuation_lanes(w: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Bit 7 set and bit 6 clear.
    (w & !(w << 1) & HIGH) >> 7
}

/// The sum of the eight byte lanes of `lanes`, which must be below 256: a block's words add
/// up to `BLOCK` at most.
fn lane_sum(lanes: u64) -> usize {
    // The multiplication gathers every lane into the top byte.
    (lanes.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_up_to_the_end_of_a_text_of_whole_blocks() {
        for len in [
            0,
            WORD,
            2 * WORD,
            BLOCK - WORD,
            BLOCK,
            BLOCK + WORD,
            2 * BLOCK,
            3 * BLOCK + 2,
        ] {
            let text = "ب".repeat(len / 2);
            assert_eq!(CharIndex::new(&text).at(text.len()), text.chars().count());
        }
    }

    #[test]
    fn counts_like_chars() {
        // NUL bytes are characters too, and a text may end inside a word of eight bytes.
        for text in [
            "في ٦ فبراير 2019 x".repeat(40),
            "\0ب\0\0中🙂a".repeat(9) + "ب",
        ] {
            let idx = CharIndex::new(&text);
            for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(idx.at(at), text[..at].chars().count(), "{text:?} at {at}");
            }
        }
    }
}
