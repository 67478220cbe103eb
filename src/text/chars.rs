//! Character offsets for byte offsets, in constant time after one pass.

use std::ops::Range;

/// Bytes per block of the prefix table.
const BLOCK: usize = 64;
/// Bytes per word: a look-up counts the characters of one word at most.
const WORD: usize = 8;

/// Counts characters before any byte offset of a text: a prefix table of characters per block,
/// the characters before each word within its block, then a count inside one word.
///
/// The two tables take a quarter of the text's size.
#[derive(Debug)]
pub(crate) struct CharIndex<'t> {
    text: &'t str,
    /// Characters before each block.
    before_block: Vec<usize>,
    /// Characters before each word, counted from the start of its block (at most 56).
    in_block: Vec<u8>,
}

impl<'t> CharIndex<'t> {
    pub(crate) fn new(text: &'t str) -> CharIndex<'t> {
        let bytes = text.as_bytes();
        let mut before_block = Vec::with_capacity(bytes.len() / BLOCK + 2);
        let mut in_block = Vec::with_capacity(bytes.len() / WORD + 2);
        let mut count = 0;
        for block in bytes.chunks(BLOCK) {
            before_block.push(count);
            let mut within = 0;
            for word in block.chunks(WORD) {
                in_block.push(within);
                let n = word.len() - lane_sum(continuation_lanes(word_of(word)));
                within += n as u8;
            }
            count += usize::from(within);
        }
        // The end of a text whose length is a multiple of the block or word starts a block or
        // word of its own.
        if bytes.len() % BLOCK == 0 {
            before_block.push(count);
        }
        if bytes.len() % WORD == 0 {
            in_block.push(if bytes.len() % BLOCK == 0 {
                0
            } else {
                (count - before_block.last().copied().unwrap_or(0)) as u8
            });
        }
        CharIndex {
            text,
            before_block,
            in_block,
        }
    }

    /// Characters before byte `at` (a character boundary).
    pub(crate) fn at(&self, at: usize) -> usize {
        let bytes = self.text.as_bytes();
        let at = at.min(bytes.len());
        let word = at / WORD * WORD;
        let before = self.before_block.get(at / BLOCK).copied().unwrap_or(0)
            + usize::from(self.in_block.get(at / WORD).copied().unwrap_or(0));
        // The bytes of the word before `at`: characters but for UTF-8 continuation bytes.
        let partial = at - word;
        if partial == 0 {
            return before;
        }
        let mask = u64::MAX >> (8 * (WORD - partial));
        let word = bytes.get(word..).map_or(0, word_of) & mask;
        before + partial - lane_sum(continuation_lanes(word))
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

/// A 1 in each byte of `w` that is a UTF-8 continuation byte (`10xxxxxx`), a 0 in the others;
/// a zero byte of padding is none.
fn continuation_lanes(w: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Bit 7 set and bit 6 clear.
    (w & !(w << 1) & HIGH) >> 7
}

/// The sum of the eight byte lanes of `lanes`.
fn lane_sum(lanes: u64) -> usize {
    // The multiplication gathers every lane into the top byte (the sum is at most 8).
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
