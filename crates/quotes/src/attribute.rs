//! Who said a quoted stretch: the attribution after it ("…,” she said) or
//! before it (She said, “…”), or the speaker of the quotation before it
//! (“…,” adding, “…”).

use dossier_core::Span;

use crate::context::{Context, REACH};
use crate::marks::Segment;
use crate::speaker::{Speaker, SpeakerKind};
use crate::vocab::VerbKind;
use crate::words::first_sentence_end;

/// Most words between a speech verb and the quotation it introduces.
const MAX_GAP_WORDS: usize = 15;
/// Most words between a quotation and the verb that follows it.
const MAX_AFTER_WORDS: usize = 10;

/// Who a quotation belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    Speaker(Speaker),
    /// The same speaker as the quotation just before ("adding", "and").
    Previous,
}

/// An attribution found for a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attribution {
    pub who: Who,
    /// Verb and speaker phrase together.
    pub span: Span,
    /// The speech verb, to tell one attribution shared by two pieces of a
    /// split quotation ("A,” he said, “B").
    pub verb: Option<Span>,
}

impl Attribution {
    /// Whether the speaker is only a pronoun ("he said").
    fn is_pronoun(&self) -> bool {
        matches!(self.who, Who::Speaker(s) if s.kind == SpeakerKind::Pronoun)
    }

    /// The speaker of the quotation before, with no words of its own.
    pub fn previous(at: usize) -> Attribution {
        Attribution { who: Who::Previous, span: Span::new(at, at), verb: None }
    }
}

impl Context<'_> {
    /// The attribution of `seg`, or `None` for scare quotes, titles and
    /// unattributed marks.
    pub fn attribute(&self, seg: &Segment, prev: Option<&Segment>, next: Option<&Segment>) -> Option<Attribution> {
        // Quotations of three words or fewer are scare quotes unless the
        // verb is adjacent.
        let short = !seg.over_three_words;
        if short && self.runs_on(seg) {
            return None;
        }
        let after = self.after(seg, next);
        if after.is_some_and(|a| !a.is_pronoun()) {
            return after;
        }
        // "X said, “A.\n“B,” she said": the name before beats the pronoun
        // after, which only refers back to it.
        let before = self.before(seg, prev, short || !seg.double);
        match before {
            Some(b) if after.is_none() || matches!(b.who, Who::Speaker(s) if s.kind != SpeakerKind::Pronoun) => Some(b),
            _ => after,
        }
    }

    /// A few quoted words the sentence runs on after, with no punctuation
    /// of their own ("the ‘so-called’ agreement was void", "a “very
    /// productive” meeting"): a term or scare quote inside someone else's
    /// sentence, not speech.
    fn runs_on(&self, seg: &Segment) -> bool {
        let ends_clause = seg.content.of(self.text).ends_with(|c: char| c.is_ascii_punctuation());
        let after = self.text.get(seg.end..).unwrap_or("").trim_start_matches([' ', '\u{a0}']);
        !ends_clause && after.starts_with(|c: char| c.is_alphanumeric())
    }

    /// "…,” she said" / "…,” said Jane Roe" / "…,” according to X".
    fn after(&self, seg: &Segment, next: Option<&Segment>) -> Option<Attribution> {
        let last = seg.content.of(self.text).chars().last()?;
        if matches!(last, '.' | ':') {
            return None;
        }
        let mut end = self.sentence_end(seg.end).min(seg.end + REACH);
        if let Some(n) = next {
            end = end.min(n.open.max(seg.end));
        }
        let end = first_sentence_end(self.text, Span::new(seg.end, end), |w| self.reader.vocab.titles.contains(w));
        let region = Span::new(seg.end, end);
        let verb = *self.verbs_in(region).first()?;
        if matches!(last, '?' | '!') && next.is_some_and(|n| !self.more_words_than(Span::new(verb.span.end, n.open), 3)) {
            return None;
        }
        if self.more_words_than(Span::new(seg.end, verb.span.start), MAX_AFTER_WORDS) {
            return None;
        }
        let before_verb = Span::new(seg.end, verb.span.start);
        let speaker = match verb.kind {
            VerbKind::Finite if self.more_words_than(before_verb, 0) => self.reader.subject_before(seg.end, verb.span.start),
            VerbKind::Finite | VerbKind::According => self.reader.speaker_after(Span::new(verb.span.end, end)),
            VerbKind::Participle => None,
        }?;
        let span = cover(verb.span, speaker.phrase);
        Some(Attribution { who: Who::Speaker(speaker), span, verb: Some(verb.span) })
    }

    /// "She said, “…”", "according to X, “…”", "…, adding, “…”".
    fn before(&self, seg: &Segment, prev: Option<&Segment>, adjacent_only: bool) -> Option<Attribution> {
        let sentence_start = self.sentence_start(seg.open);
        let clause_start = prev.map_or(sentence_start, |p| p.end.max(sentence_start)).min(seg.open);
        let region = Span::new(clause_start, seg.open);
        let follows_prev = prev.is_some_and(|p| p.end >= sentence_start && p.end <= seg.open);
        let Some(verb) = self.verbs_in(region).last().copied() else {
            let joined = follows_prev && !self.more_words_than(region, 2);
            return joined.then_some(Attribution::previous(seg.open));
        };
        let max_gap = if adjacent_only { 2 } else { MAX_GAP_WORDS };
        if self.more_words_than(Span::new(verb.span.end, seg.open), max_gap) {
            return None;
        }
        let who = match verb.kind {
            VerbKind::Finite => match self.reader.subject_before(clause_start, verb.span.start) {
                Some(s) => Who::Speaker(s),
                None if follows_prev && !self.more_words_than(Span::new(clause_start, verb.span.start), 1) => Who::Previous,
                None => return None,
            },
            VerbKind::Participle if follows_prev => Who::Previous,
            VerbKind::Participle => Who::Speaker(self.reader.subject_at_start(Span::new(sentence_start, verb.span.start))?),
            VerbKind::According => Who::Speaker(self.reader.speaker_after(Span::new(verb.span.end, seg.open))?),
        };
        let span = match who {
            Who::Speaker(s) => cover(verb.span, s.phrase),
            Who::Previous => verb.span,
        };
        Some(Attribution { who, span, verb: Some(verb.span) })
    }
}

/// The smallest span holding both.
pub fn cover(a: Span, b: Span) -> Span {
    Span::new(a.start.min(b.start), a.end.max(b.end))
}
