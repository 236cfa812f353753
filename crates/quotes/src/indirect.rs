//! Reported speech without quotation marks: "X said that …", "…, saying
//! that …", "according to X, …" and "…, according to X".

use dossier_core::Span;

use crate::attribute::{cover, Attribution, Who};
use crate::context::Context;
use crate::vocab::{Reporting, VerbHit, VerbKind};
use crate::words::{is_capitalized, only_space_between, that_may_open_within, trim, word_iter};

/// Most words between the verb and "that" ("said on Monday that").
const MAX_BEFORE_THAT: usize = 6;
/// Reported content shorter than this is not worth a quote.
const MIN_CONTENT_WORDS: usize = 4;

/// One reported statement found without quotation marks.
#[derive(Clone, Copy, Debug)]
pub struct Indirect {
    pub attribution: Attribution,
    pub content: Span,
}

impl Context<'_> {
    /// Every indirect quotation whose verb lies outside `taken` (the
    /// quoted stretches and their attributions), in verb order, found as
    /// they are asked for: no list of them is made.
    pub fn indirect_quotes<'s>(&'s self, taken: &[Span]) -> impl Iterator<Item = Indirect> + 's {
        let taken = Taken::new(taken);
        (0..self.verbs.len()).filter_map(move |i| {
            let verb = &self.verbs[i];
            let reports = verb.indirect != Reporting::No && !taken.overlaps(verb.span);
            if reports {
                self.indirect_at(i, &taken)
            } else {
                None
            }
        })
    }

    /// Whether reported `content` makes a quote: outside `taken`, and long
    /// enough. Asked as soon as the content is known, before its speaker
    /// is read, which costs more.
    fn is_worth_reporting(&self, content: Span, taken: &Taken) -> bool {
        !taken.overlaps(content) && self.more_words_than(content, MIN_CONTENT_WORDS - 1)
    }

    /// The indirect quotation of verb `index`, if it reports one.
    fn indirect_at(&self, index: usize, taken: &Taken) -> Option<Indirect> {
        let verb = &self.verbs[index];
        if verb.kind == VerbKind::According {
            return self.according(verb, self.sentence(verb.span.start), taken);
        }
        // Most verbs report nothing: the sentence start, which costs a walk
        // back over the sentence, is found only for those that do, and
        // whose content makes a quote.
        let sentence_end = self.sentence_end(verb.span.start).max(verb.span.start);
        let content_start = self.reported_start(verb, sentence_end)?;
        let content = trim(self.text, Span::new(content_start, self.content_end(index, content_start, sentence_end)), &['.', ',', ';']);
        if !self.is_worth_reporting(content, taken) {
            return None;
        }
        let sentence = Span::new(self.sentence_start(verb.span.start), sentence_end);
        let speaker = match verb.kind {
            VerbKind::Participle => self.reader.subject_at_start(Span::new(sentence.start, verb.span.start))?,
            _ => self.reader.subject_before(sentence.start, verb.span.start)?,
        };
        let span = cover(cover(verb.span, speaker.phrase), content);
        Some(Indirect { attribution: Attribution { who: Who::Speaker(speaker), span, verb: Some(verb.span) }, content })
    }

    /// Where the reported content starts: after "that" (a few words after
    /// the verb at most), or right after a verb that may drop "that" when
    /// a clause follows at once ("said the talks failed").
    fn reported_start(&self, verb: &VerbHit, sentence_end: usize) -> Option<usize> {
        let rest = Span::new(verb.span.end, sentence_end);
        let mut after_verb = word_iter(self.text, rest).take(MAX_BEFORE_THAT + 1);
        let first = after_verb.next()?;
        // Most verbs have no "that" after them in their sentence, or only
        // past more than the words walked: told by a search of the bytes
        // and by the words that follow a space before it, without reading
        // the words.
        if !that_may_open_within(rest.of(self.text).as_bytes(), MAX_BEFORE_THAT) {
            return self.bare_start(verb, first);
        }
        // Only the first "that" counts.
        if let Some(that) = std::iter::once(first).chain(after_verb).find(|w| w.of(self.text).eq_ignore_ascii_case("that")) {
            let between = Span::new(verb.span.end, that.start);
            if !between.of(self.text).contains([',', '“', '"', ';']) {
                return Some(that.end);
            }
        }
        self.bare_start(verb, first)
    }

    /// The start of a clause right after a verb that may drop "that", at
    /// its `first` word.
    fn bare_start(&self, verb: &VerbHit, first: Span) -> Option<usize> {
        let bare = verb.indirect == Reporting::Bare
            && verb.kind == VerbKind::Finite
            && only_space_between(self.text, verb.span.end, first.start)
            && self.opens_clause(first.of(self.text));
        bare.then_some(first.start)
    }

    /// Where reported content starting at `start` ends: at the sentence
    /// end, or before a speech participle that reports the next statement
    /// ("said the plan was sound, adding that …").
    /// The verbs after verb `index` are walked from it, not searched for:
    /// those inside the content are the next few.
    fn content_end(&self, index: usize, start: usize, sentence_end: usize) -> usize {
        let rest = Span::new(start, sentence_end.max(start));
        let after = self.verbs.get(index + 1..).unwrap_or(&[]);
        let inside = after.iter().skip_while(|v| v.span.start < rest.start).take_while(|v| v.span.end <= rest.end);
        inside.filter(|v| v.kind == VerbKind::Participle).map(|v| v.span.start).next().unwrap_or(sentence_end)
    }

    /// Words that can open a reported clause: determiners, pronouns and
    /// names ("said the", "said it", "said Northland").
    fn opens_clause(&self, word: &str) -> bool {
        const OPENERS: &[&str] = &["the", "a", "an", "it", "he", "she", "they", "we", "i", "there", "this", "its", "his", "her", "their"];
        let is_opener = OPENERS.iter().any(|o| o.eq_ignore_ascii_case(word));
        let is_name = is_capitalized(word) && !self.reader.vocab.is_skip(word);
        is_opener || is_name
    }

    /// "According to X, content." or "Content, according to X."
    fn according(&self, verb: &VerbHit, sentence: Span, taken: &Taken) -> Option<Indirect> {
        let lead = Span::new(sentence.start, verb.span.start);
        let opens_sentence = word_iter(self.text, lead).all(|w| self.reader.vocab.is_skip(w.of(self.text)));
        let rest = Span::new(verb.span.end, sentence.end);
        let (source, content) = if opens_sentence {
            let comma = rest.start + rest.of(self.text).find(',')?;
            (Span::new(rest.start, comma), Span::new(comma + 1, sentence.end))
        } else if lead.of(self.text).trim_end().ends_with(',') {
            (rest, lead)
        } else {
            return None;
        };
        let content = trim(self.text, content, &['.', ',', ';']);
        if !self.is_worth_reporting(content, taken) {
            return None;
        }
        let speaker = self.reader.speaker_after(source)?;
        if self.is_news_outlet(speaker.name) || self.has_own_attribution(content) {
            return None;
        }
        let span = cover(cover(verb.span, speaker.phrase), content);
        Some(Indirect { attribution: Attribution { who: Who::Speaker(speaker), span, verb: Some(verb.span) }, content })
    }
}

impl Context<'_> {
    /// "According to <a news outlet>" sources a news report, as "<the
    /// outlet> reported" does: the outlet relays, it does not speak.
    fn is_news_outlet(&self, name: Span) -> bool {
        self.reader.vocab.media.contains(name.of(self.text).trim())
    }

    /// "According to X, the ministry announced that …": the content names
    /// its own speaker, so X is only the channel (as in "said through X");
    /// the inner speaker's verb is found on its own.
    fn has_own_attribution(&self, content: Span) -> bool {
        self.verbs_in(content)
            .iter()
            .filter(|v| v.kind == VerbKind::Finite)
            .any(|v| self.reader.subject_before(content.start, v.span.start).is_some())
    }
}

/// Spans already claimed, merged and sorted for binary search.
struct Taken(Vec<Span>);

impl Taken {
    fn new(spans: &[Span]) -> Taken {
        let mut sorted = spans.to_vec();
        sorted.sort_by_key(|s| s.start);
        let mut merged: Vec<Span> = Vec::with_capacity(sorted.len());
        for s in sorted {
            match merged.last_mut() {
                Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
                _ => merged.push(s),
            }
        }
        Taken(merged)
    }

    fn overlaps(&self, span: Span) -> bool {
        let i = self.0.partition_point(|t| t.end <= span.start);
        self.0.get(i).is_some_and(|t| t.overlaps(span))
    }
}
