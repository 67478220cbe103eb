//! Tokens of the normalized text, each with what the lexicon says it can mean.
//!
//! A word is looked up as written, then without its proclitics (و ف, then ب ل ك, with «لل» read
//! as «ل» + «ال»): «وبالخميس» is «الخميس», while «مارسته» and «البغدادي» stay unknown, since a
//! lexicon word must be the whole rest of the token.

use std::ops::Range;

use super::sentences::ends_sentence;
use crate::lexicon::{Hit, Lexicon, Meanings, Term};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits (every digit script is folded to ASCII before).
    Digits,
    /// Any other visible character, one per token; `ends_sentence` if it closes a sentence.
    Punct { c: char, ends_sentence: bool },
}

/// One token of the normalized text.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    /// Byte range in the normalized text.
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Where the word proper starts, after any proclitics.
    pub(crate) stem: usize,
    pub(crate) kind: Kind,
    /// The meanings found, as a range into [`Tokens::hits`].
    hits: Range<u32>,
}

impl Token {
    /// Whether this token is the punctuation `c`.
    pub(crate) fn is_punct(&self, c: char) -> bool {
        matches!(self.kind, Kind::Punct { c: d, .. } if d == c)
    }

    /// Whether this token closes a sentence.
    pub(crate) fn ends_sentence(&self) -> bool {
        matches!(
            self.kind,
            Kind::Punct {
                ends_sentence: true,
                ..
            }
        )
    }

    /// Whether a proclitic was stripped from this word.
    pub(crate) fn has_proclitic(&self) -> bool {
        self.stem > self.start
    }
}

/// The tokens of a text and the lexicon's meanings for them.
#[derive(Debug)]
pub(crate) struct Tokens<'n> {
    pub(crate) text: &'n str,
    pub(crate) toks: Vec<Token>,
    hits: Vec<Hit>,
}

impl<'n> Tokens<'n> {
    /// Tokenizes normalized text and looks every word up in the built-in lexicon.
    #[cfg(test)]
    pub(crate) fn new(text: &'n str) -> Tokens<'n> {
        Self::with_lexicon(text, &crate::lexicon::LEXICON)
    }

    /// Tokenizes normalized text and looks every word up in `lexicon`.
    pub(crate) fn with_lexicon(text: &'n str, lexicon: &Lexicon) -> Tokens<'n> {
        let mut toks = Vec::with_capacity(text.len() / 6);
        let mut hits = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            let kind = if c.is_ascii_digit() {
                Kind::Digits
            } else if is_letter(c) {
                Kind::Word
            } else if c == '\n' || !c.is_whitespace() {
                Kind::Punct {
                    c,
                    ends_sentence: ends_sentence(text, start, c),
                }
            } else {
                continue;
            };
            let mut end = start + c.len_utf8();
            if !matches!(kind, Kind::Punct { .. }) {
                while let Some(&(at, d)) = chars.peek() {
                    let same = match kind {
                        Kind::Digits => d.is_ascii_digit(),
                        _ => is_letter(d),
                    };
                    if !same {
                        break;
                    }
                    end = at + d.len_utf8();
                    chars.next();
                }
            }
            toks.push(Token {
                start,
                end,
                stem: start,
                kind,
                hits: 0..0,
            });
        }
        let mut tokens = Tokens {
            text,
            toks,
            hits: Vec::new(),
        };
        for i in 0..tokens.toks.len() {
            if tokens.toks[i].kind == Kind::Word {
                let from = hits.len() as u32;
                tokens.look_up(i, lexicon, &mut hits);
                tokens.toks[i].hits = from..hits.len() as u32;
            }
        }
        tokens.hits = hits;
        tokens
    }

    /// The number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.toks.len()
    }

    /// The normalized text of token `i` (whole, with proclitics).
    /// Out of range, it is the empty string, so rules may look past the end freely.
    pub(crate) fn raw(&self, i: usize) -> &'n str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// The normalized text of token `i` without its proclitics.
    pub(crate) fn stem(&self, i: usize) -> &'n str {
        self.toks.get(i).map_or("", |t| &self.text[t.stem..t.end])
    }

    /// The meanings found at token `i`.
    pub(crate) fn hits(&self, i: usize) -> &[Hit] {
        self.toks.get(i).map_or(&[], |t| {
            &self.hits[t.hits.start as usize..t.hits.end as usize]
        })
    }

    /// The first meaning at token `i` that `f` accepts, with the number of tokens it spans.
    pub(crate) fn find<T>(&self, i: usize, f: impl Fn(Term) -> Option<T>) -> Option<(T, usize)> {
        self.hits(i)
            .iter()
            .find_map(|h| f(h.term).map(|v| (v, h.tokens as usize)))
    }

    /// Whether tokens `i` and `i + 1` touch (no space between them).
    pub(crate) fn touching(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    /// Finds the meanings of word `i`: as written, else without proclitics.
    fn look_up(&mut self, i: usize, lexicon: &Lexicon, hits: &mut Vec<Hit>) {
        let word = self.raw(i);
        // Proclitics add at most three letters (six bytes) to a lexicon word.
        if word.len() > lexicon.longest_word + 6 {
            return;
        }
        let start = self.toks[i].start;
        for (skip, candidate) in candidates(word) {
            // A phrase head counts only when its phrase follows («سان» of «سان فرانسيسكو»).
            if let Some(meanings) = lexicon.meanings(&candidate) {
                let before = hits.len();
                self.collect(i, meanings, hits);
                if hits.len() > before {
                    self.toks[i].stem = start + skip;
                    return;
                }
            }
        }
    }

    fn collect(&self, i: usize, meanings: &Meanings, hits: &mut Vec<Hit>) {
        hits.extend(meanings.alone.iter().map(|&term| Hit { term, tokens: 1 }));
        for (rest, term) in &meanings.phrases {
            let fits = rest.iter().enumerate().all(|(k, w)| {
                let j = i + 1 + k;
                j < self.toks.len() && self.toks[j].kind == Kind::Word && self.raw(j) == w
            });
            if fits {
                hits.push(Hit {
                    term: *term,
                    tokens: 1 + rest.len() as u8,
                });
            }
        }
    }
}

/// Whether `c` is a letter, answering Arabic and ASCII without the general Unicode tables
/// (the slow path of `char::is_alphabetic` is a quarter of the run time on Arabic text).
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z'
        | 'A'..='Z'
        | '\u{0621}'..='\u{063A}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{06D3}' => true,
        '\u{0000}'..='\u{007F}' | '\u{0600}'..='\u{06FF}' => matches!(
            c,
            '\u{06D5}' | '\u{06EE}' | '\u{06EF}' | '\u{06FA}'..='\u{06FC}' | '\u{06FF}'
        ),
        _ => c.is_alphabetic(),
    }
}

/// The readings of a word, as (bytes of proclitics skipped, word to look up), most literal first.
fn candidates<'w>(word: &'w str) -> impl Iterator<Item = (usize, std::borrow::Cow<'w, str>)> {
    use std::borrow::Cow;
    const LETTER: usize = 2; // Arabic letters are two bytes in UTF-8.
    let long_enough = |w: &str| w.chars().count() >= 2;
    // At most four readings: as written, without «و»/«ف», and a preposition off either.
    let mut out: [Option<(usize, Cow<'w, str>)>; 4] =
        [Some((0, Cow::Borrowed(word))), None, None, None];
    let mut n = 1;
    let mut push = |c: (usize, Cow<'w, str>)| {
        out[n] = Some(c);
        n += 1;
    };
    let conj = (word.starts_with('و') || word.starts_with('ف')) && long_enough(&word[LETTER..]);
    let bases: &[usize] = if conj { &[0, LETTER] } else { &[0] };
    for &skip in bases {
        let w = &word[skip..];
        if skip > 0 {
            push((skip, Cow::Borrowed(w)));
        }
        if let Some(rest) = w.strip_prefix("لل") {
            if long_enough(rest) {
                // The preposition has swallowed the article's alef: keep the whole token.
                push((skip, Cow::Owned(format!("ال{rest}"))));
            }
        } else if (w.starts_with('ب') || w.starts_with('ل') || w.starts_with('ك'))
            && long_enough(&w[LETTER..])
        {
            push((skip + LETTER, Cow::Borrowed(&w[LETTER..])));
        }
    }
    out.into_iter().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Dir;

    #[test]
    fn splits_words_digits_and_marks() {
        let t = Tokens::new("في 1444ه، الأسبوع");
        let raw: Vec<&str> = (0..t.len()).map(|i| t.raw(i)).collect();
        assert_eq!(raw, ["في", "1444", "ه", "،", "الأسبوع"]);
        assert!(t.touching(1));
        assert!(!t.touching(3));
    }

    #[test]
    fn proclitics_are_stripped_only_to_a_known_word() {
        let t = Tokens::new("وبالخميس للاسبوع المقبل مارسته والماضي");
        assert_eq!(t.stem(0), "الخميس");
        assert_eq!(t.stem(1), "للاسبوع");
        assert!(!t.hits(1).is_empty());
        assert!(t.hits(3).is_empty(), "مارسته is not a month");
        assert!(
            t.find(4, |m| matches!(m, Term::Rel(Dir::Prev)).then_some(()))
                .is_some()
        );
    }

    #[test]
    fn phrases_span_tokens() {
        let t = Tokens::new("كانون الثاني");
        assert_eq!(
            t.find(0, |m| matches!(m, Term::Month { .. }).then_some(())),
            Some(((), 2))
        );
    }
}
