//! [`Cues`]: which of the meeting rules' word lists each token is in. Whole words come with the
//! token's look-up; the hosting and opening verbs, matched by their beginnings, and clause
//! boundaries are found once per token, as the clause scans of every trigger ask the same
//! tokens again and again.

use std::sync::LazyLock;

use super::boundary;
use crate::extract::analysis::Analysis;
use crate::lexicon::WordSet;

use crate::lexicon::meeting_cues::{CueBits, HOSTING, HOSTS, OPENING, OPENS};

/// The hosting and opening bits are known.
const PREFIXES_KNOWN: CueBits = 1 << 29;
/// [`boundary`] has been asked of the token, and its answer.
const BOUNDARY_KNOWN: CueBits = 1 << 31;
const BOUNDARY: CueBits = 1 << 30;

/// The beginnings of hosting and opening verbs, → their bits.
static CUE_PREFIXES: LazyLock<WordSet<CueBits>> = LazyLock::new(|| {
    let hosting = HOSTING.iter().map(|&w| (w, HOSTS));
    let opening = OPENING.iter().map(|&w| (w, OPENS));
    WordSet::with_values(hosting.chain(opening), |a, b| a | b)
});

/// The first three letters of the hosting and opening verbs, → the lengths in letters (as bits)
/// of the verbs that begin so: a word that begins otherwise is none, and only those lengths
/// need a probe.
static CUE_BEGINNINGS: LazyLock<WordSet<u8>> = LazyLock::new(|| {
    WordSet::with_values(
        HOSTING
            .iter()
            .chain(OPENING)
            .filter_map(|w| Some((w.get(..BEGINNING)?, 1 << w.chars().count()))),
        |a, b| a | b,
    )
});

/// Three Arabic letters.
const BEGINNING: usize = 6;

/// The meeting rules' word lists at each token: whole words from the token's look-up, verb
/// beginnings and clause boundaries found at most once per token, as the clause scans of every
/// trigger ask the same tokens again and again.
pub(super) struct Cues<'x, 'a, 't> {
    pub(super) a: &'x Analysis<'a, 't>,
    memo: Vec<std::cell::Cell<CueBits>>,
}

impl<'x, 'a, 't> Cues<'x, 'a, 't> {
    pub(super) fn new(a: &'x Analysis<'a, 't>) -> Self {
        Cues {
            a,
            memo: vec![std::cell::Cell::new(0); a.t.len()],
        }
    }

    /// The memo of token `i`, with the bits `compute` gives added the first time `known` is
    /// asked (`compute` past the end, unremembered).
    fn remembered(&self, i: usize, known: CueBits, compute: impl FnOnce() -> CueBits) -> CueBits {
        let Some(cell) = self.memo.get(i) else {
            return compute();
        };
        let bits = cell.get();
        if bits & known != 0 {
            return bits;
        }
        let bits = bits | known | compute();
        cell.set(bits);
        bits
    }

    /// The bits of token `i` for the verbs of hosting and opening, matched by their beginning
    /// («عقدت», «احتضنتها»).
    fn prefixes(&self, i: usize) -> CueBits {
        self.remembered(i, PREFIXES_KNOWN, || {
            let word = self.a.word(i);
            // The future «س» before an imperfect: «ستستضيف», «ستنطلق».
            let future = word
                .strip_prefix('س')
                .filter(|w| w.starts_with(['ت', 'ي', 'ن']));
            let mut bits = 0;
            for w in [Some(word), future].into_iter().flatten() {
                let Some(lengths) = w.get(..BEGINNING).and_then(|b| CUE_BEGINNINGS.get(b)) else {
                    continue;
                };
                for letters in 3..=7 {
                    if lengths >> letters & 1 != 0
                        && let Some(prefix) = w.get(..2 * letters)
                    {
                        bits |= CUE_PREFIXES.get(prefix).unwrap_or(0);
                    }
                }
            }
            bits
        })
    }

    pub(super) fn is(&self, i: usize, bit: CueBits) -> bool {
        let bits = if bit & (HOSTS | OPENS) != 0 {
            self.prefixes(i)
        } else {
            self.a.t.cues(i)
        };
        bits & bit != 0
    }

    /// [`boundary`] at token `k`, remembered: the clauses of neighbouring triggers overlap.
    pub(super) fn boundary(&self, k: usize) -> bool {
        let bits = self.remembered(k, BOUNDARY_KNOWN, || {
            if boundary(self, k) { BOUNDARY } else { 0 }
        });
        bits & BOUNDARY != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_verb_beginning_is_probed() {
        // `Cues::prefixes` probes beginnings of three to seven letters, the lengths its first
        // three letters name.
        for w in HOSTING.iter().chain(OPENING) {
            let letters = w.chars().count();
            assert!((3..=7).contains(&letters), "{w}: {letters} letters");
            let lengths = CUE_BEGINNINGS.get(&w[..BEGINNING]).unwrap_or(0);
            assert_eq!(lengths >> letters & 1, 1, "{w}");
            assert!(CUE_PREFIXES.get(w).is_some(), "{w}");
        }
    }
}
