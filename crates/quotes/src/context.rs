//! The document as the quote finders see it: text, sentence and paragraph
//! bounds, speech verbs, and the speaker reader.

use dossier_core::Span;

use crate::speaker::Reader;
use crate::vocab::{VerbHit, Vocabulary};
use crate::words::{first_sentence_end, floor_boundary, more_words_than};

/// Farthest an attribution may sit from its quotation, in bytes.
pub const REACH: usize = 300;

/// One document prepared for quote finding.
pub struct Context<'a> {
    pub text: &'a str,
    pub reader: Reader<'a>,
    /// Sentences, or paragraphs when no sentences were found.
    pub sentences: &'a [Span],
    pub paragraphs: &'a [Span],
    /// Speech verbs in text order.
    pub verbs: Vec<VerbHit>,
}

impl<'a> Context<'a> {
    pub fn new(text: &'a str, vocab: &'a Vocabulary, sentences: &'a [Span], paragraphs: &'a [Span]) -> Self {
        Context { text, reader: Reader::new(text, vocab), sentences, paragraphs, verbs: vocab.find_verbs(text) }
    }

    /// Start of the sentence holding `at`, or `at` itself between sentences;
    /// never before a sentence end the segmenter missed.
    pub fn sentence_start(&self, at: usize) -> usize {
        let i = self.sentences.partition_point(|s| s.end <= at);
        let start = match self.sentences.get(i) {
            Some(s) if s.start <= at => s.start.max(floor_boundary(self.text, at.saturating_sub(REACH))),
            _ => at,
        }
        .max(self.paragraph(at).start);
        self.after_last_sentence_end(Span::new(start, at))
    }

    /// The byte after the last sentence end inside `span`, or its start.
    fn after_last_sentence_end(&self, span: Span) -> usize {
        let mut from = span.start;
        loop {
            let end = first_sentence_end(self.text, Span::new(from, span.end), |w| self.reader.vocab.titles.contains(w));
            if end >= span.end {
                return from;
            }
            from = end;
        }
    }

    /// End of the sentence holding `at` (or starting just after it).
    pub fn sentence_end(&self, at: usize) -> usize {
        let i = self.sentences.partition_point(|s| s.end <= at);
        let end = match self.sentences.get(i) {
            Some(s) if s.start <= at + 3 => s.end,
            _ => at,
        };
        end.min(self.paragraph(at).end).min(at + REACH)
    }

    /// The sentence holding `at`, or an empty span at `at`.
    pub fn sentence(&self, at: usize) -> Span {
        Span::new(self.sentence_start(at), self.sentence_end(at).max(at))
    }

    /// The paragraph holding `at`, or the whole text.
    pub fn paragraph(&self, at: usize) -> Span {
        let i = self.paragraphs.partition_point(|p| p.end < at);
        self.paragraphs.get(i).copied().filter(|p| p.start <= at).unwrap_or(Span::new(0, self.text.len()))
    }

    /// Speech verbs lying wholly inside `span`.
    pub fn verbs_in(&self, span: Span) -> &[VerbHit] {
        let from = self.verbs.partition_point(|v| v.span.start < span.start);
        let to = self.verbs.partition_point(|v| v.span.end <= span.end);
        &self.verbs[from..to.max(from)]
    }

    /// Whether `span` has more than `n` words: every caller compares a
    /// word count with a small limit, so only `n + 1` words are walked.
    pub fn more_words_than(&self, span: Span, n: usize) -> bool {
        more_words_than(self.text, span, n)
    }
}
