//! The analysis the event extractors read: tokens, sentences and dates of one text, with the
//! helpers that turn token ranges into spans of the caller's text.

use std::cell::OnceCell;
use std::ops::Range;

use chrono::NaiveDate;

use crate::event::{Mention, When, WhenSource};
use crate::lexicon::Term;
use crate::lexicon::meeting_cues::CueBits;
use crate::text::{CharIndex, Kind, Normalized, Tokens};
use crate::time::{TimeExpr, TimeValue};

/// One text, analysed.
pub(crate) struct Analysis<'a, 't> {
    pub(crate) norm: &'a Normalized<'t>,
    pub(crate) t: &'a Tokens<'a>,
    pub(crate) chars: &'a CharIndex<'t>,
    /// Dates with the tokens they cover, in text order.
    pub(crate) dates: &'a [(TimeExpr, Range<usize>)],
    /// Sentences as token ranges.
    pub(crate) sentences: Vec<Range<usize>>,
    /// For each sentence, the kinds of meaning ([`Term::kind_bit`]) and the meeting rules' word
    /// lists ([`Tokens::cues`]) of its tokens: a rule whose words a sentence lacks passes it by.
    pub(crate) sentence_words: Vec<(u32, CueBits)>,
    /// For each token, 1 + the index of the date covering it, or 0.
    date_of: Vec<u32>,
    pub(crate) reference: Option<NaiveDate>,
    /// Whether the text spells the preposition «على» with alef maqsura (see
    /// [`Analysis::is_name_ali`]); read on first use.
    maqsura_ala: OnceCell<bool>,
}

/// How many tokens a rule looks back or ahead within a sentence: far enough for any clause of
/// news prose, and a bound that keeps every extractor linear on hostile input.
pub(crate) const WINDOW: usize = 40;

impl<'a, 't> Analysis<'a, 't> {
    pub(crate) fn new(
        norm: &'a Normalized<'t>,
        t: &'a Tokens<'a>,
        chars: &'a CharIndex<'t>,
        dates: &'a [(TimeExpr, Range<usize>)],
        reference: Option<NaiveDate>,
    ) -> Self {
        let mut sentences = Vec::new();
        let mut sentence_words = Vec::new();
        let mut start = 0;
        let (mut kinds, mut cues) = (0, 0);
        for (i, tok) in t.toks.iter().enumerate() {
            kinds |= tok.kinds;
            cues |= tok.cues();
            if tok.ends_sentence() {
                if i > start {
                    sentences.push(start..i + 1);
                    sentence_words.push((kinds, cues));
                }
                start = i + 1;
                (kinds, cues) = (0, 0);
            }
        }
        if t.len() > start {
            sentences.push(start..t.len());
            sentence_words.push((kinds, cues));
        }
        let mut date_of = vec![0u32; t.len()];
        for (k, (_, r)) in dates.iter().enumerate() {
            for slot in &mut date_of[r.clone()] {
                *slot = u32::try_from(k + 1).unwrap_or(u32::MAX);
            }
        }
        Analysis {
            norm,
            t,
            chars,
            dates,
            sentences,
            sentence_words,
            date_of,
            reference,
            maqsura_ala: OnceCell::new(),
        }
    }

    /// Whether token `i` is the name «علي», not the preposition «على». Normalization writes
    /// both alike (alef maqsura becomes yeh); but a text that spells the prepositions with alef
    /// maqsura («على», «إلى», «حتى») spells the name with yeh, so there a «علي» written with yeh
    /// is the name. In a text that writes them with yeh, «علي» stays the preposition, by far the
    /// commoner word, except after an honorific that only a name follows («السيد علي»).
    pub(crate) fn is_name_ali(&self, i: usize) -> bool {
        const MAQSURA: char = '\u{0649}';
        if self.word(i) != "علي" {
            return false;
        }
        let honorific = i > 0
            && matches!(
                self.t.raw(i - 1),
                "السيد"
                    | "الشيخ"
                    | "الدكتور"
                    | "المهندس"
                    | "الاستاذ"
                    | "اللواء"
                    | "العميد"
                    | "العقيد"
                    | "الفريق"
                    | "الرائد"
                    | "السفير"
            );
        if honorific {
            return true;
        }
        let spelled_with_maqsura = |k: usize| {
            let tok = &self.t.toks[k];
            let span = self.norm.original_span(tok.stem..tok.end);
            self.norm.original()[span].contains(MAQSURA)
        };
        let maqsura_ala = *self.maqsura_ala.get_or_init(|| {
            (0..self.t.len())
                .any(|k| matches!(self.word(k), "علي" | "الي" | "حتي") && spelled_with_maqsura(k))
        });
        maqsura_ala && !spelled_with_maqsura(i)
    }

    /// Whether token `i` is the name «آن» (Anne), not «أن» or «إن»: normalization writes them
    /// alike, but no text writes the conjunction with madda.
    pub(crate) fn is_name_anne(&self, i: usize) -> bool {
        // «آن الأوان»: the verb «it is time».
        if self.t.raw(i) != "ان" || self.t.raw(i + 1) == "الاوان" {
            return false;
        }
        let tok = &self.t.toks[i];
        let span = self.norm.original_span(tok.start..tok.end);
        self.norm.original()[span].starts_with('\u{0622}')
    }

    /// Whether sentence `s` turns to another story: «من جهة أخرى»، «على صعيد آخر»، «في سياق
    /// منفصل»، «في شأن آخر». What it tells is not what the sentences before told.
    pub(crate) fn turns_topic(&self, s: &Range<usize>) -> bool {
        let w = |k: usize| if k < s.end { self.t.raw(k) } else { "" };
        let (first, second, third) = (w(s.start), w(s.start + 1), w(s.start + 2));
        let other = matches!(third, "اخري" | "ثانيه" | "اخر" | "منفصل" | "مختلف");
        other
            && match first {
                "من" | "ومن" => matches!(second, "جهه" | "ناحيه"),
                "علي" | "وعلي" => matches!(second, "صعيد" | "جانب"),
                "في" | "وفي" => matches!(second, "سياق" | "شان" | "موضوع" | "ملف"),
                _ => false,
            }
    }

    /// The date covering token `i`, as an index into `dates`.
    pub(crate) fn date_covering(&self, i: usize) -> Option<usize> {
        match self.date_of.get(i) {
            Some(&k) if k > 0 => Some(k as usize - 1),
            _ => None,
        }
    }

    /// Whether a date starts at token `i`.
    pub(crate) fn date_starts_at(&self, i: usize) -> bool {
        self.date_covering(i)
            .is_some_and(|k| self.dates[k].1.start == i)
    }

    /// The caller's bytes for tokens `r` (from the first token's stem, past its proclitics).
    pub(crate) fn span(&self, r: &Range<usize>) -> Range<usize> {
        if r.start >= r.end || r.end > self.t.len() {
            return 0..0;
        }
        self.norm
            .original_span(self.t.toks[r.start].stem..self.t.toks[r.end - 1].end)
    }

    /// The caller's bytes for a sentence, without its closing mark.
    pub(crate) fn sentence_span(&self, s: &Range<usize>) -> Range<usize> {
        let mut end = s.end;
        while end > s.start + 1 && matches!(self.t.toks[end - 1].kind, Kind::Punct { .. }) {
            end -= 1;
        }
        let r = s.start..end;
        if r.is_empty() {
            return 0..0;
        }
        self.norm
            .original_span(self.t.toks[r.start].start..self.t.toks[r.end - 1].end)
    }

    /// The mention of tokens `r` past the proclitic «ل» of the first, which the look-up left
    /// on it («بيان لمكتب رئيس الوزراء» → «مكتب رئيس الوزراء»).
    pub(crate) fn mention_past_lam(&self, r: &Range<usize>) -> Mention {
        let Some(first) = self.t.toks.get(r.start).filter(|_| r.end <= self.t.len()) else {
            return self.mention(r);
        };
        if first.stem != first.start || !self.t.raw(r.start).starts_with('ل') {
            return self.mention(r);
        }
        let span = self
            .norm
            .original_span(first.start + 'ل'.len_utf8()..self.t.toks[r.end - 1].end);
        self.mention_of_span(span)
    }

    /// A mention of tokens `r` with the first one's proclitics: «والي» is a title, not «و» +
    /// «إلى».
    pub(crate) fn mention_with_proclitics(&self, r: &Range<usize>) -> Mention {
        match self.t.toks.get(r.start).filter(|_| r.end <= self.t.len()) {
            Some(first) => self.mention_of_span(
                self.norm
                    .original_span(first.start..self.t.toks[r.end - 1].end),
            ),
            None => self.mention(r),
        }
    }

    /// A mention of tokens `r`.
    pub(crate) fn mention(&self, r: &Range<usize>) -> Mention {
        self.mention_of_span(self.span(r))
    }

    /// The mention of a span of the caller's text.
    fn mention_of_span(&self, span: Range<usize>) -> Mention {
        Mention {
            text: self.norm.original()[span.clone()].to_owned(),
            char_span: self.chars.span(&span),
            span,
        }
    }

    /// Whether token `i` has a meaning `f` accepts.
    pub(crate) fn has(&self, i: usize, f: impl Fn(Term) -> bool) -> bool {
        self.t.hits(i).iter().any(|h| f(h.term))
    }

    /// Whether token `i` has the meaning `term`; tokens without its kind are passed over at once.
    #[inline]
    pub(crate) fn has_term(&self, i: usize, term: Term) -> bool {
        self.t.has_term(i, term)
    }

    /// The normalized word of token `i` without proclitics.
    #[inline]
    pub(crate) fn word(&self, i: usize) -> &str {
        self.t.stem(i)
    }

    /// Dates that are points or periods of the calendar (not durations or vague references)
    /// within tokens `r`, as (index into `dates`, token range).
    pub(crate) fn calendar_dates_in(
        &self,
        r: Range<usize>,
    ) -> impl Iterator<Item = (usize, &Range<usize>)> + '_ {
        self.dates_in(r).filter(|&(k, _)| {
            let d = &self.dates[k].0;
            d.value.start().is_some() || matches!(d.value, TimeValue::Partial { .. })
        })
    }

    /// Every date that overlaps tokens `r`, in text order, as (index into `dates`, token
    /// range): a binary search to the first, then a walk.
    pub(crate) fn dates_in(
        &self,
        r: Range<usize>,
    ) -> impl Iterator<Item = (usize, &Range<usize>)> + '_ {
        let first = self.dates.partition_point(|(_, tr)| tr.end <= r.start);
        self.dates[first..]
            .iter()
            .enumerate()
            .take_while(move |(_, (_, tr))| tr.start < r.end)
            .map(move |(k, (_, tr))| (first + k, tr))
    }

    /// Whether a vague present («الآن», «حاليا») stands within tokens `r`.
    pub(crate) fn present_in(&self, r: Range<usize>) -> bool {
        self.dates_in(r).any(|(k, _)| {
            self.dates[k].0.value == TimeValue::Reference(crate::time::Reference::Present)
        })
    }

    /// Whether date `k` starts after the publication date (never without one).
    pub(crate) fn after_report(&self, k: usize) -> bool {
        let start = self.dates[k].0.value.start();
        start.zip(self.reference).is_some_and(|(d, r)| d > r)
    }

    /// Whether «منذ» stands within six tokens before the date at tokens `tr` (from token `from`
    /// on): the date tells when something began («منذ بدء الحرب في شباط 2022»).
    pub(crate) fn since_before(&self, tr: &Range<usize>, from: usize) -> bool {
        (tr.start.saturating_sub(6).max(from)..tr.start).any(|k| self.word(k) == "منذ")
    }

    /// The `When` of date `k`, for an event.
    pub(crate) fn when_of_date(&self, k: usize) -> When {
        let (d, _) = &self.dates[k];
        let value = match d.value {
            // A meeting or statement dated by a range of days starts on its first day; a Hijri
            // month or year («خلال شهر شوال المقبل») is a period like a Gregorian month, no day.
            TimeValue::Range { start, .. } if !matches!(d.rule, "month" | "year") => {
                TimeValue::Day(start)
            }
            v => v,
        };
        When {
            value,
            source: WhenSource::Text,
            span: Some(d.span.clone()),
        }
    }

    /// The publication date as a `When`, if there is one.
    pub(crate) fn reference_when(&self) -> Option<When> {
        self.reference.map(|d| When {
            value: TimeValue::Day(d),
            source: WhenSource::Reference,
            span: None,
        })
    }
}

impl<'a> Analysis<'a, '_> {
    /// [`name_words`] of the mention of tokens `r`, read from the tokens: the same words, without
    /// normalizing the text again (nor copying them).
    pub(crate) fn name_words_of(&self, r: &Range<usize>) -> Vec<&'a str> {
        let t: &'a Tokens<'a> = self.t;
        r.clone()
            .filter(|&i| t.toks.get(i).is_some_and(|tok| tok.kind == Kind::Word))
            .map(|i| {
                // The mention starts past the first word's proclitics.
                let w = if i == r.start { t.stem(i) } else { t.raw(i) };
                name_word(w)
            })
            .collect()
    }
}

/// A word of a name as [`name_words`] compares it: without the article.
fn name_word(w: &str) -> &str {
    w.strip_prefix("ال")
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(w)
}

/// Normalized word sets for comparing names: a later «الوزارة» is contained in «وزارة الخارجية
/// الأمريكية»; words compare without the article, and a singular matches its plural's prefix.
pub(crate) fn name_words(text: &str) -> Vec<String> {
    crate::text::normalize_word(text)
        .split(|c: char| !crate::text::is_letter(c))
        .filter(|w| !w.is_empty())
        .map(|w| name_word(w).to_owned())
        .collect()
}

/// Whether every word of `short` begins a word of `long`.
pub(crate) fn contained(short: &[impl AsRef<str>], long: &[impl AsRef<str>]) -> bool {
    !short.is_empty()
        && short
            .iter()
            .all(|s| long.iter().any(|l| l.as_ref().starts_with(s.as_ref())))
}
