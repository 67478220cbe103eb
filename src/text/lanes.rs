//! Arabic letters four at a time: eight bytes read as four two-byte characters, tested together
//! with integer arithmetic. Scanning a word one character at a time costs a mispredicted branch
//! at its end; four at a time, a word of Arabic news takes one or two steps.

/// One bit per 16-bit lane.
const LANES: u64 = 0x0001_0001_0001_0001;
/// Bit 8 of each lane: where the tests below put their answers.
const BIT8: u64 = 0x100 * LANES;

/// The lanes of `w` whose character is a letter of U+0621..U+063A (`D8 A1`..`D8 BA`) or
/// U+0641..U+064A (`D9 81`..`D9 8A`), the letters of nearly every Arabic word, as bit 8 of
/// each lane.
fn common_lanes(w: u64) -> u64 {
    // Each lane holds one character: its lead byte low, its second byte high.
    let leads = w & (0xFF * LANES);
    let seconds = (w >> 8) & (0xFF * LANES);
    // Bit 8 of a lane: its lead byte is neither D8 nor D9.
    let other_lead = (((leads | LANES) ^ (0xD9 * LANES)) + 0xFF * LANES) & BIT8;
    // 1 in the lanes led by D9, 0 in those led by D8.
    let row = leads & LANES;
    let low = 0xA1 * LANES - 0x20 * row;
    let high = 0xBA * LANES - 0x30 * row;
    // Bit 8 of a lane: the second byte is at least `low`; at least `high + 1`.
    let at_least_low = (seconds + BIT8 - low) & BIT8;
    let above_high = (seconds + BIT8 - high - LANES) & BIT8;
    at_least_low & !above_high & !other_lead
}

/// How many of the lanes, from the first, have `mask` set.
fn leading(mask: u64) -> usize {
    (!mask & BIT8).trailing_zeros() as usize / 16
}

/// How many of the four characters in `eight` (two bytes each, from the first) are common
/// Arabic letters, before the first that is not: 0 to 4.
pub(crate) fn common_letters(eight: [u8; 8]) -> usize {
    leading(common_lanes(u64::from_le_bytes(eight)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_letters_agree_with_one_at_a_time() {
        let common = |c: char| {
            ('\u{0621}'..='\u{063A}').contains(&c) || ('\u{0641}'..='\u{064A}').contains(&c)
        };
        // Every character of the Arabic block among common letters, in each position.
        let samples: Vec<char> = ('\u{0600}'..='\u{06FF}').chain(['a', ' ', '1']).collect();
        for (k, &a) in samples.iter().enumerate() {
            for &b in &[
                samples[(k * 7) % samples.len()],
                'ب',
                'ي',
                'ء',
                'غ',
                'ف',
                'ة',
                'أ',
            ] {
                for chars in [[a, b, 'ن', b], ['ن', a, b, 'ن'], ['ن', 'ن', b, a]] {
                    let text: String = chars.iter().collect();
                    let mut eight = [b' '; 8];
                    let n = text.len().min(8);
                    eight[..n].copy_from_slice(&text.as_bytes()[..n]);
                    // The letters counted are two bytes each: the lanes stay aligned up to the
                    // first character that is not one.
                    let want = chars.iter().take_while(|&&c| common(c)).count();
                    assert_eq!(common_letters(eight), want, "{text:?}");
                }
            }
        }
    }
}
