//! Tokens of the normalized text, each with what the lexicon says it can mean.
//!
//! A word is looked up as written, then without its proclitics (و ف, then ب ل ك, with «لل» read
//! as «ل» + «ال»): «وبالخميس» is «الخميس», while «مارسته» and «البغدادي» stay unknown, since a
//! lexicon word must be the whole rest of the token.

use std::ops::Range;

use super::lanes::common_letters;
use super::sentences::ends_sentence;
use crate::lexicon::meeting_cues::CueBits;
use crate::lexicon::{HashState, Hit, Lexicon, Meanings, Term, hash_word, same_word};

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
    /// The [`Term::kind_bit`]s of its meanings.
    pub(crate) kinds: u32,
    /// The meanings found, as a range into [`Tokens::hits`].
    hits: Range<u32>,
    /// The meeting rules' word lists its word (from `stem` on) is in.
    cues: CueBits,
    /// The [`hash_word`] of an Arabic word, found as it was scanned; 0 for other tokens.
    hash: u64,
}

impl Token {
    /// A token of `kind` over `range`, before its look-up.
    fn new(range: Range<usize>, kind: Kind, hash: u64) -> Token {
        Token {
            start: range.start,
            end: range.end,
            stem: range.start,
            kind,
            kinds: 0,
            hits: 0..0,
            cues: 0,
            hash,
        }
    }

    /// Whether this token is the punctuation `c`.
    pub(crate) fn is_punct(&self, c: char) -> bool {
        matches!(self.kind, Kind::Punct { c: d, .. } if d == c)
    }

    /// Whether this token is a comma, Arabic «،» or Latin «,».
    pub(crate) fn is_comma(&self) -> bool {
        self.is_punct('،') || self.is_punct(',')
    }

    /// Whether this token is a quotation mark: «"», «“», «”», ««» or «»».
    pub(crate) fn is_quote(&self) -> bool {
        matches!(
            self.kind,
            Kind::Punct {
                c: '"' | '“' | '”' | '«' | '»',
                ..
            }
        )
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

    /// The meeting rules' word lists its word is in (see [`Tokens::cues`]).
    pub(crate) fn cues(&self) -> CueBits {
        self.cues
    }
}

/// The tokens of a text and the lexicon's meanings for them.
#[derive(Debug)]
pub(crate) struct Tokens<'n> {
    pub(crate) text: &'n str,
    pub(crate) toks: Vec<Token>,
    hits: Vec<Hit>,
}

/// What a character is to the tokenizer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    Space,
    Other,
}

/// The classes of U+0600..U+06FF, indexed like `normalize`'s table.
static ARABIC_CLASSES: std::sync::LazyLock<[Class; 256]> = std::sync::LazyLock::new(|| {
    let mut table = [Class::Other; 256];
    for (k, slot) in table.iter_mut().enumerate() {
        if char::from_u32(0x0600 + k as u32).is_some_and(is_letter) {
            *slot = Class::Letter;
        }
    }
    table
});

/// The letters of U+0600..U+06FF as bits: bit `b & 0x3F` of word `lead & 0x03` for the two
/// bytes `lead b` of a character.
static ARABIC_LETTERS: std::sync::LazyLock<[u64; 4]> = std::sync::LazyLock::new(|| {
    let mut bits = [0u64; 4];
    for (k, &class) in ARABIC_CLASSES.iter().enumerate() {
        if class == Class::Letter {
            bits[k >> 6] |= 1 << (k & 63);
        }
    }
    bits
});

/// The common letters ([`common_letters`]) at the start of `bytes`, four at a time: their length
/// in bytes, and their [`hash_word`] as a word of their own (none within eight bytes of the end).
fn common_run(bytes: &[u8]) -> (usize, Option<u64>) {
    let mut at = 0;
    let mut hash = HashState::default();
    while let Some(&eight) = bytes.get(at..).and_then(|b| b.first_chunk::<8>()) {
        let n = common_letters(eight);
        let unit = u64::from_le_bytes(eight);
        if n == 4 {
            hash.eight(unit);
            at += 8;
            continue;
        }
        at += 2 * n;
        // The letters of a last, partial eight bytes, zero-padded as `hash_word` reads them.
        let mask = (1u64 << (16 * n)).wrapping_sub(1);
        return (at, Some(hash.last(unit & mask, at)));
    }
    (at, None)
}

/// The class and length of the character at byte `i` of `text` (a character boundary).
fn class_at(text: &str, i: usize, arabic: &[Class; 256]) -> (Class, usize) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        let class = match b {
            b'0'..=b'9' => Class::Digit,
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            b' ' | b'\t' | b'\r' | 0x0B | 0x0C => Class::Space,
            _ => Class::Other,
        };
        return (class, 1);
    }
    if (0xD8..=0xDB).contains(&b) && i + 1 < bytes.len() {
        let k = usize::from(b & 0x03) << 6 | usize::from(bytes[i + 1] & 0x3F);
        return (arabic[k], 2);
    }
    let Some(c) = text[i..].chars().next() else {
        return (Class::Other, 1);
    };
    let class = if is_letter(c) {
        Class::Letter
    } else if c.is_whitespace() {
        Class::Space
    } else {
        Class::Other
    };
    (class, c.len_utf8())
}

impl<'n> Tokens<'n> {
    /// Tokenizes normalized text and looks every word up in the built-in lexicon.
    #[cfg(test)]
    pub(crate) fn new(text: &'n str) -> Tokens<'n> {
        Self::with_lexicon(text, &crate::lexicon::LEXICON)
    }

    /// Tokenizes normalized text and looks every word up in `lexicon`.
    pub(crate) fn with_lexicon(text: &'n str, lexicon: &Lexicon) -> Tokens<'n> {
        let arabic = &*ARABIC_CLASSES;
        let letters = &*ARABIC_LETTERS;
        let bytes = text.as_bytes();
        // How many bytes of Arabic letters, of any row, start at `from`.
        let arabic_run = |from: usize| {
            2 * bytes[from..]
                .chunks_exact(2)
                .take_while(|c| {
                    c[0] & 0xFC == 0xD8
                        && letters[usize::from(c[0] & 0x03)] >> (c[1] & 0x3F) & 1 != 0
                })
                .count()
        };
        // Arabic news has about one token every five bytes.
        let mut toks = Vec::with_capacity(text.len() / 4);
        let mut i = 0;
        while i < bytes.len() {
            let start = i;
            if bytes[i] == b' ' {
                i += 1;
                continue;
            }
            let (run, hash) = common_run(&bytes[i..]);
            if run > 0 {
                // The common case: a word of Arabic letters, most often followed by a space, and
                // its hash found on the way.
                i += run;
                // Most words end at a space, in the common letters they were scanned in.
                if bytes.get(i) == Some(&b' ')
                    && let Some(hash) = hash
                {
                    toks.push(Token::new(start..i, Kind::Word, hash));
                    i += 1;
                    continue;
                }
                i += arabic_run(i);
                while i < bytes.len() && bytes[i] != b' ' {
                    let (next, len) = class_at(text, i, arabic);
                    if next != Class::Letter {
                        break;
                    }
                    i += len;
                    i += arabic_run(i);
                }
                let hash = hash
                    .filter(|_| i == start + run)
                    .unwrap_or_else(|| hash_word(&bytes[start..i]));
                toks.push(Token::new(start..i, Kind::Word, hash));
                continue;
            }
            let (class, len) = class_at(text, i, arabic);
            i += len;
            let kind = match class {
                Class::Space => continue,
                Class::Other => {
                    let c = text[start..].chars().next().unwrap_or(' ');
                    Kind::Punct {
                        c,
                        ends_sentence: ends_sentence(text, start, c),
                    }
                }
                Class::Digit | Class::Letter => {
                    loop {
                        if class == Class::Letter {
                            i += arabic_run(i);
                        }
                        if i >= bytes.len() || bytes[i] == b' ' {
                            break;
                        }
                        let (next, len) = class_at(text, i, arabic);
                        if next != class {
                            break;
                        }
                        i += len;
                    }
                    if class == Class::Digit {
                        Kind::Digits
                    } else {
                        Kind::Word
                    }
                }
            };
            toks.push(Token::new(start..i, kind, 0));
        }
        let mut tokens = Tokens {
            text,
            toks,
            hits: Vec::new(),
        };
        let mut hits = Vec::with_capacity(text.len() / 16);
        for i in 0..tokens.toks.len() {
            if tokens.toks[i].kind == Kind::Word {
                let from = hits.len();
                tokens.look_up(i, lexicon, &mut hits);
                tokens.toks[i].hits = pos(from)..pos(hits.len());
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
    #[inline]
    pub(crate) fn raw(&self, i: usize) -> &'n str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// The normalized text of token `i` without its proclitics.
    #[inline]
    pub(crate) fn stem(&self, i: usize) -> &'n str {
        self.toks.get(i).map_or("", |t| &self.text[t.stem..t.end])
    }

    /// The meanings found at token `i`.
    #[inline]
    pub(crate) fn hits(&self, i: usize) -> &[Hit] {
        self.toks.get(i).map_or(&[], |t| {
            &self.hits[t.hits.start as usize..t.hits.end as usize]
        })
    }

    /// The meeting rules' word lists ([`crate::lexicon::meeting_cues`]) token `i`'s word is in;
    /// none past the end.
    #[inline]
    pub(crate) fn cues(&self, i: usize) -> CueBits {
        self.toks.get(i).map_or(0, |t| t.cues)
    }

    /// Whether token `i` has a meaning of one of the kinds in `kinds` (see [`Term::kind_bit`]).
    #[inline]
    pub(crate) fn has_kind(&self, i: usize, kinds: u32) -> bool {
        self.toks.get(i).is_some_and(|t| t.kinds & kinds != 0)
    }

    /// Whether token `i` has the meaning `term`; tokens without its kind are passed over at once.
    #[inline]
    pub(crate) fn has_term(&self, i: usize, term: Term) -> bool {
        self.has_kind(i, term.kind_bit()) && self.hits(i).iter().any(|h| h.term == term)
    }

    /// The first meaning at token `i` that `f` accepts, with the number of tokens it spans.
    pub(crate) fn find<T>(&self, i: usize, f: impl Fn(Term) -> Option<T>) -> Option<(T, usize)> {
        self.hits(i)
            .iter()
            .find_map(|h| f(h.term).map(|v| (v, h.tokens as usize)))
    }

    /// How many tokens the longest meaning at token `i` that `f` accepts spans: «مكة المكرمة»
    /// rather than «مكة».
    pub(crate) fn longest(&self, i: usize, f: impl Fn(Term) -> bool) -> Option<usize> {
        self.hits(i)
            .iter()
            .filter(|h| f(h.term))
            .map(|h| h.tokens as usize)
            .max()
    }

    /// Whether token `i` is a comma ([`Token::is_comma`]); none past the end.
    pub(crate) fn is_comma(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(Token::is_comma)
    }

    /// Whether tokens `i` and `i + 1` touch (no space between them).
    pub(crate) fn touching(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    /// Finds the meanings of word `i`: as written, else without proclitics (see
    /// [`proclitic_readings`]); and the word lists its stem is in.
    fn look_up(&mut self, i: usize, lexicon: &Lexicon, hits: &mut Vec<Hit>) {
        let text = self.text;
        let word = text
            .as_bytes()
            .get(self.toks[i].start..self.toks[i].end)
            .unwrap_or(&[]);
        // Proclitics add at most three letters (six bytes) to a lexicon word.
        if word.len() > lexicon.longest_word + 6 {
            return;
        }
        let literal = Reading {
            stem: 0,
            article: false,
        };
        let hash = match self.toks[i].hash {
            0 => hash_word(word),
            scanned => scanned,
        };
        let mut literal_cues = 0;
        let found = lexicon.may_have(hash)
            && self.read(i, word, lexicon, hits, (literal, hash), &mut literal_cues);
        // The stem is the whole word, unless a proclitic reading below means something.
        self.toks[i].cues = literal_cues;
        if found {
            return;
        }
        // Only a word that begins with a proclitic's letter has other readings: most do not.
        if !matches!(
            word,
            [0xD9, 0x88 | 0x81 | 0x84 | 0x83, ..] | [0xD8, 0xA8, ..]
        ) {
            return;
        }
        let (readings, n) = proclitic_readings(word);
        // A word that is only in the meeting rules' lists («وتتواصل»): its first such reading.
        let mut listed: Option<(Reading, CueBits)> = None;
        for &reading in &readings[..n] {
            let mut cues = 0;
            let hash = reading.hash(word);
            if lexicon.may_have(hash)
                && self.read(i, word, lexicon, hits, (reading, hash), &mut cues)
            {
                // The stem of a «لل» reading («للاسبوع») is in no list.
                self.toks[i].cues = if reading.article { 0 } else { cues };
                return;
            }
            if cues != 0 && !reading.article && listed.is_none() {
                listed = Some((reading, cues));
            }
        }
        if let Some((reading, cues)) = listed {
            let tok = &mut self.toks[i];
            tok.stem = tok.start + reading.stem;
            tok.cues = cues;
        }
    }

    /// Collects the meanings of `word` (token `i`) read as `reading`, whose hash is given;
    /// whether there were any.
    /// `cues` gets the word lists of the reading, if it is a lexicon word.
    #[inline]
    fn read(
        &mut self,
        i: usize,
        word: &[u8],
        lexicon: &Lexicon,
        hits: &mut Vec<Hit>,
        (reading, hash): (Reading, u64),
        cues: &mut CueBits,
    ) -> bool {
        let Some(meanings) = lexicon.meanings(hash, |key| reading.is(word, key)) else {
            return false;
        };
        *cues = meanings.cues;
        // A phrase head counts only when its phrase follows («سان» of «سان فرانسيسكو»).
        let before = hits.len();
        let kinds = self.collect(i, meanings, hits);
        if hits.len() == before {
            return false;
        }
        let tok = &mut self.toks[i];
        tok.stem = tok.start + reading.stem;
        tok.kinds = kinds;
        true
    }

    /// Adds the meanings of word `i` to `hits`: alone, and the phrases that follow it; returns
    /// their kinds.
    fn collect(&self, i: usize, meanings: &Meanings, hits: &mut Vec<Hit>) -> u32 {
        hits.extend(meanings.alone.iter().map(|&term| Hit { term, tokens: 1 }));
        let mut kinds = meanings.alone_kinds;
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
                kinds |= term.kind_bit();
            }
        }
        kinds
    }
}

fn pos(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
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

/// Arabic letters are two bytes in UTF-8.
const LETTER: usize = 2;

/// One way to read a word: from byte `stem` on, with «ال» put back before it when `article`
/// (the preposition of «للاسبوع» swallowed the article's alef).
#[derive(Clone, Copy)]
struct Reading {
    stem: usize,
    article: bool,
}

impl Reading {
    /// The [`hash_word`] of this reading of `word`: computed only when it is tried, as the
    /// first reading that means something ends the look-up.
    fn hash(&self, word: &[u8]) -> u64 {
        let rest = word.get(self.stem..).unwrap_or(&[]);
        if self.article {
            hash_word(with_article(rest.get(2 * LETTER..).unwrap_or(&[])).as_slice())
        } else {
            hash_word(rest)
        }
    }

    /// Whether `key` is this reading of `word`.
    fn is(&self, word: &[u8], key: &[u8]) -> bool {
        let rest = word.get(self.stem..).unwrap_or(&[]);
        if self.article {
            // The word's «لل» stands for «ل» + «ال»: the key is «ال» + what follows them.
            key.strip_prefix("ال".as_bytes())
                .is_some_and(|k| same_word(k, rest.get(2 * LETTER..).unwrap_or(&[])))
        } else {
            same_word(key, rest)
        }
    }
}

/// The readings of a word past the literal one, most literal first: without «و»/«ف», and with
/// a preposition (ب ل ك) off the word or off that; «لل» is read as «ل» + «ال». A reading keeps
/// two letters at least. Read from the bytes: a third of a text's unknown words begin with one
/// of these letters.
fn proclitic_readings(word: &[u8]) -> ([Reading; 4], usize) {
    // Whether at least two characters follow byte `at` (a character boundary).
    let two_after = |at: usize| {
        word.get(at)
            .is_some_and(|&lead| word.len() > at + utf8_width(lead))
    };
    let plain = |stem: usize| Reading {
        stem,
        article: false,
    };
    let mut out = [plain(0); 4];
    let mut n = 0;
    let mut push = |r: Reading| {
        out[n] = r;
        n += 1;
    };
    // «و», «ف».
    let conj = matches!(word, [0xD9, 0x88 | 0x81, ..]) && two_after(LETTER);
    for skip in [0, LETTER] {
        if skip > 0 {
            if !conj {
                break;
            }
            push(plain(skip));
        }
        match word.get(skip..).unwrap_or(&[]) {
            // «لل»: «ل» + «ال» («للاسبوع»), else «ل» + a word beginning with «ل» («للقاء»).
            [0xD9, 0x84, 0xD9, 0x84, ..] if two_after(skip + 2 * LETTER) => {
                push(Reading {
                    stem: skip,
                    article: true,
                });
                push(plain(skip + LETTER));
            }
            // Too short for «ل» + «ال», and not «ل» + a word beginning with «ل» either.
            [0xD9, 0x84, 0xD9, 0x84, ..] => {}
            // «ب», «ل», «ك».
            [0xD8, 0xA8, ..] | [0xD9, 0x84 | 0x83, ..] if two_after(skip + LETTER) => {
                push(plain(skip + LETTER));
            }
            _ => {}
        }
    }
    (out, n)
}

/// The length in bytes of the UTF-8 character whose first byte is `lead`.
fn utf8_width(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// «ال» + `rest`, on the stack: the word a «لل» reading looks up. A rest too long for any
/// lexicon word is cut, which only changes a hash no key has.
fn with_article(rest: &[u8]) -> ArticleWord {
    let mut bytes = [0u8; 64];
    bytes[..4].copy_from_slice("ال".as_bytes());
    let len = rest.len().min(60);
    bytes[4..4 + len].copy_from_slice(&rest[..len]);
    ArticleWord {
        bytes,
        len: 4 + len,
    }
}

struct ArticleWord {
    bytes: [u8; 64],
    len: usize,
}

impl ArticleWord {
    fn as_slice(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Dir;

    #[test]
    fn a_scanned_word_hashes_as_the_lexicon_does() {
        let text = "في الاجتماع الوزاري التحضيري ليوم الخميس المقبل";
        for (start, word) in text.split(' ').scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        }) {
            // Within eight bytes of the end, the scan leaves the word to the slow path.
            if text.len() - start < word.len() + 8 {
                continue;
            }
            let (run, hash) = common_run(&text.as_bytes()[start..]);
            assert_eq!(run, word.len(), "{word}");
            assert_eq!(hash, Some(hash_word(word.as_bytes())), "{word}");
        }
        let t = Tokens::new("الاجتماع الوزاري");
        assert!(!t.hits(0).is_empty(), "found by the scanned hash");
    }

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
    fn proclitic_readings_keep_two_characters() {
        // The readings as characters count them, whatever their width in bytes.
        let readings = |w: &str| {
            let (r, n) = proclitic_readings(w.as_bytes());
            r[..n]
                .iter()
                .map(|r| (w[r.stem..].chars().count(), r.article))
                .collect::<Vec<_>>()
        };
        assert_eq!(readings("وبالخميس"), [(7, false), (6, false)]);
        assert_eq!(readings("وللاسبوع"), [(7, false), (7, true), (6, false)]);
        assert_eq!(readings("للعام"), [(5, true), (4, false)]);
        assert_eq!(readings("كما"), [(2, false)]);
        // Two characters must follow, of any script and width.
        assert_eq!(readings("بa"), []);
        assert_eq!(readings("بab"), [(2, false)]);
        assert_eq!(readings("ب漢字"), [(2, false)]);
        assert_eq!(readings("وب"), []);
        assert_eq!(readings("ولل"), [(2, false)]);
        assert_eq!(readings("للا"), []);
        assert_eq!(readings("مارس"), []);
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
