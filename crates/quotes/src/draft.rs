//! Quotations found but not yet resolved to speakers: direct ones from
//! quoted stretches, indirect ones from reported speech.

use dossier_core::Span;

use crate::attribute::{cover, Attribution, Who};
use crate::context::Context;
use crate::marks::Segment;

/// Longest line that can be a headline, in bytes.
const HEADLINE_BYTES: usize = 400;

/// A quotation before its speaker is resolved.
#[derive(Clone, Debug)]
pub struct Draft {
    pub who: Who,
    /// The quoted pieces (several when "he said" splits a quotation) or
    /// the reported content.
    pub pieces: Vec<Span>,
    pub direct: bool,
    /// Quotation and attribution together.
    pub span: Span,
    verb: Option<Span>,
}

impl Context<'_> {
    /// Direct quotations: attributed quoted stretches, with the pieces of
    /// a split quotation joined.
    pub fn direct_drafts(&self, segments: &[Segment]) -> Vec<Draft> {
        let mut drafts: Vec<Draft> = Vec::new();
        let mut draft_of_prev: Option<usize> = None;
        for (i, seg) in segments.iter().enumerate() {
            let prev = i.checked_sub(1).map(|j| &segments[j]);
            if let (true, Some(d)) = (seg.continues, draft_of_prev) {
                drafts[d].pieces.push(seg.content);
                drafts[d].span = cover(drafts[d].span, Span::new(seg.open, seg.end));
                continue;
            }
            let mut follows = false;
            let found = if !seg.double && self.is_headline(seg.open) {
                None
            } else {
                self.attribute(seg, prev, segments.get(i + 1)).or_else(|| {
                    follows = self.follow_on(seg, drafts.last());
                    follows.then_some(Attribution::previous(seg.open))
                })
            };
            let Some(att) = found else {
                draft_of_prev = None;
                continue;
            };
            let span = cover(Span::new(seg.open, seg.end), att.span);
            let continued = if follows { drafts.len().checked_sub(1) } else { draft_of_prev };
            match (att.who, continued) {
                (Who::Previous, None) => {
                    draft_of_prev = None;
                    continue;
                }
                (_, Some(d)) if att.verb.is_some() && drafts[d].verb == att.verb => {
                    drafts[d].pieces.push(seg.content);
                    drafts[d].span = cover(drafts[d].span, span);
                    continue;
                }
                _ => {}
            }
            let mut pieces = vec![seg.content];
            let mut span = span;
            if let Some(p) = prev.filter(|_| seg.continues) {
                pieces.insert(0, p.content);
                span = cover(span, Span::new(p.open, p.end));
            }
            drafts.push(Draft { who: att.who, pieces, direct: true, span, verb: att.verb });
            draft_of_prev = Some(drafts.len() - 1);
        }
        drafts
    }

    /// A quotation with no attribution of its own right after an
    /// attributed one (next in its paragraph, or a quoted paragraph after
    /// it): the same speaker goes on.
    fn follow_on(&self, seg: &Segment, last: Option<&Draft>) -> bool {
        let Some(last) = last.filter(|d| d.direct && d.span.end <= seg.open) else { return false };
        let paragraph = self.paragraph(seg.open);
        let same_paragraph = paragraph.start <= last.span.start;
        let alone = self.text.get(paragraph.start..seg.open).is_some_and(|s| s.trim().is_empty())
            && self.text.get(seg.end..paragraph.end).is_some_and(|s| !s.contains(char::is_alphanumeric));
        // Only marks and spaces between: a short gap, checked without
        // walking back over a long stretch.
        const MAX_GAP: usize = 64;
        let adjacent = seg.open - last.span.end <= MAX_GAP
            && self.text.get(last.span.end..seg.open).is_some_and(|s| !s.contains(char::is_alphanumeric));
        seg.double && (alone || same_paragraph) && adjacent && self.more_words_than(seg.content, 1)
    }

    /// Adds to `drafts`, the direct quotations, the indirect ones outside
    /// them, in verb order.
    pub fn add_indirect_drafts(&self, segments: &[Segment], drafts: &mut Vec<Draft>) {
        // Room for every draft and segment: the list is never grown.
        let mut taken: Vec<Span> = Vec::with_capacity(drafts.len() + segments.len());
        taken.extend(drafts.iter().map(|d| d.span));
        taken.extend(segments.iter().filter(|s| s.double && s.over_three_words).map(|s| Span::new(s.open, s.end)));
        let indirect = self.indirect_quotes(&taken).map(|q| Draft {
            who: q.attribution.who,
            pieces: vec![q.content],
            direct: false,
            span: q.attribution.span,
            verb: q.attribution.verb,
        });
        // At most one indirect quotation per verb: the list grows once.
        drafts.reserve(self.verbs.len());
        drafts.extend(indirect);
    }

    /// A short line without closing punctuation: a headline or caption,
    /// where single-quoted words are titles, not speech.
    fn is_headline(&self, at: usize) -> bool {
        let paragraph = self.paragraph(at);
        if paragraph.len() > HEADLINE_BYTES {
            return false;
        }
        let paragraph = paragraph.of(self.text).trim();
        let ends_sentence = paragraph.ends_with(['.', '!', '?', '"', '”', '’', '\'', ')']);
        !ends_sentence && paragraph.split_whitespace().count() < 30
    }
}
