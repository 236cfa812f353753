//! Finding quoted stretches: pairs quotation marks, tolerating the marks of
//! scraped text (straight or curly, a closing mark typed as an opening one,
//! a missing closing mark) without letting one stray mark swallow the rest
//! of the article.

use dossier_core::Span;

use crate::block_bits::{block_bits, Class};
use crate::words::{floor_boundary, trim, word_iter};

/// Longest stretch an unclosed quotation may reach, in bytes.
const MAX_UNCLOSED: usize = 1500;

/// One quoted stretch of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Byte where the opening mark starts.
    pub open: usize,
    /// The words inside the marks, trimmed.
    pub content: Span,
    /// Byte just after the closing mark (or after the content when the
    /// closing mark is missing).
    pub end: usize,
    /// Marked with double quotation marks (else single).
    pub double: bool,
    /// Its opening mark also ended the quotation before it, which had no
    /// closing mark ("“A. “B,” she said"): the two are one quotation.
    pub continues: bool,
    /// The content has more than three words: counted once here, for the
    /// attribution (a short quote may be a term) and the indirect finder
    /// (a long one is taken) both ask.
    pub over_three_words: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    at: usize,
    len: usize,
    role: Role,
}

fn is_double(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '″')
}

fn is_single(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’' | '‹' | '›')
}

fn is_quote_char(c: char) -> bool {
    is_double(c) || is_single(c)
}

/// The role a mark's neighbours give it; the glyph decides when they do not.
fn role(c: char, prev: Option<char>, next: Option<char>) -> Role {
    let opens_before = |p: Option<char>| p.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p) || is_quote_char(p));
    let closes_after =
        |n: Option<char>| n.is_none_or(|n| n.is_whitespace() || ".,;:!?)]}—–-…".contains(n) || is_quote_char(n));
    let left = opens_before(prev) && next.is_some_and(|n| !n.is_whitespace());
    let right = prev.is_some_and(|p| !p.is_whitespace()) && closes_after(next);
    match (left, right) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => match c {
            '“' | '„' | '«' | '‘' | '‹' => Role::Open,
            '”' | '»' | '’' | '›' => Role::Close,
            _ => Role::Either,
        },
    }
}

/// Double and single marks of `text`, in order; apostrophes are left out.
/// Looks at bytes and decodes characters only where a mark can start (an
/// ASCII mark, or the lead byte of the Unicode ones), which keeps this
/// pass over the whole text cheap.
fn scan(text: &str) -> (Vec<Mark>, Vec<Mark>) {
    let (mut doubles, mut singles) = (Vec::new(), Vec::new());
    for at in mark_starts(text.as_bytes()) {
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else { continue };
        if !is_quote_char(c) {
            continue;
        }
        let prev = text[..at].chars().next_back();
        let next = text[at + c.len_utf8()..].chars().next();
        if is_double(c) {
            doubles.push(Mark { at, len: c.len_utf8(), role: role(c, prev, next) });
        } else if !is_apostrophe(prev, next) {
            singles.push(Mark { at, len: c.len_utf8(), role: role(c, prev, next) });
        }
    }
    (doubles, singles)
}

/// Where a mark can start: an ASCII mark, or the lead byte of the Unicode
/// ones.
fn is_mark_start(b: u8) -> bool {
    Class::MarkStart.holds(b)
}

/// Offsets of the bytes where a mark can start, in order: a bit mask of
/// them is made for 64 bytes at a time, and only its set bits are visited.
fn mark_starts(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    const BLOCK: usize = 64;
    let blocks = bytes.chunks_exact(BLOCK);
    let tail = bytes.len() - blocks.remainder().len();
    blocks
        .enumerate()
        .filter_map(|(k, block)| {
            let mask = block.try_into().map_or(0, |block| block_bits(block, Class::MarkStart));
            (mask != 0).then_some((k, mask))
        })
        .flat_map(|(k, mask)| set_bits(mask).map(move |i| k * BLOCK + i))
        .chain((tail..bytes.len()).filter(|&i| is_mark_start(bytes[i])))
}

/// The positions of the set bits of `mask`, lowest first.
fn set_bits(mut mask: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        let at = (mask != 0).then(|| mask.trailing_zeros() as usize)?;
        mask &= mask - 1;
        Some(at)
    })
}

fn is_apostrophe(prev: Option<char>, next: Option<char>) -> bool {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    (alnum(prev) && alnum(next)) || (prev.is_none_or(char::is_whitespace) && next.is_some_and(|n| n.is_ascii_digit()))
}

/// Paragraph lookups for bounding a quotation's reach.
struct Bounds<'a> {
    paragraphs: &'a [Span],
    text_len: usize,
}

impl Bounds<'_> {
    fn paragraph(&self, at: usize) -> usize {
        self.paragraphs.partition_point(|p| p.end <= at)
    }

    fn paragraph_start(&self, index: usize) -> usize {
        self.paragraphs.get(index).map_or(0, |p| p.start)
    }

    /// Where an unclosed quotation opened at `open` in paragraph
    /// `paragraph` stops.
    fn unclosed_end(&self, open: usize, paragraph: usize) -> usize {
        let end = self.paragraphs.get(paragraph).map_or(self.text_len, |p| p.end);
        end.min(open + MAX_UNCLOSED)
    }
}

/// Paragraph spans of `text`: the given ones, or its lines when there are
/// none.
pub fn paragraphs_or_lines(text: &str, paragraphs: &[Span]) -> Vec<Span> {
    if !paragraphs.is_empty() {
        return paragraphs.to_vec();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('\n') {
        out.push(Span::new(start, i));
        start = i + 1;
    }
    out.push(Span::new(start, text.len()));
    out
}

/// Every quoted stretch of `text`, in order: double-quoted ones, and
/// single-quoted ones that are not inside a double-quoted one.
pub fn segments(text: &str, paragraphs: &[Span]) -> Vec<Segment> {
    let bounds = Bounds { paragraphs, text_len: text.len() };
    let (doubles, singles) = scan(text);
    let double = pair_doubles(text, &doubles, &bounds);
    let single = pair_singles(text, &singles, &bounds);
    let outer: Vec<Segment> = single
        .into_iter()
        .filter(|s| !double.iter().any(|d| d.open <= s.open && s.end <= d.end))
        .collect();
    let mut all: Vec<Segment> = outer
        .into_iter()
        .chain(double)
        .filter(|s| !s.content.is_empty())
        .collect();
    all.sort_by_key(|s| s.open);
    all
}

fn segment(text: &str, open: Mark, content_end: usize, end: usize, double: bool) -> Segment {
    let content_end = floor_boundary(text, content_end);
    let content = trim(text, Span::new(open.at + open.len, content_end.max(open.at + open.len)), &[]);
    let over_three_words = word_iter(text, content).nth(3).is_some();
    Segment { open: open.at, content, end: floor_boundary(text, end).max(content.end), double, continues: false, over_three_words }
}

/// Pairs double marks, one paragraph at a time, continuing a quotation
/// into the next paragraph when that one opens with a mark (the
/// convention for quotes that run over several paragraphs).
fn pair_doubles(text: &str, marks: &[Mark], bounds: &Bounds) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut open: Option<(Mark, usize)> = None;
    let mut continued: Vec<usize> = Vec::new();
    for (i, &mark) in marks.iter().enumerate() {
        let paragraph = bounds.paragraph(mark.at);
        if let Some((first, reached)) = open {
            if paragraph != reached {
                let continues = paragraph == reached + 1
                    && mark.role != Role::Close
                    && text.get(bounds.paragraph_start(paragraph)..mark.at).is_some_and(|s| s.trim().is_empty());
                if continues {
                    open = Some((first, paragraph));
                    continue;
                }
                let end = bounds.unclosed_end(first.at, reached);
                out.push(segment(text, first, end, end, true));
                open = None;
            }
        }
        open = match (open, mark.role) {
            (None, Role::Close) => None,
            (None, _) => Some((mark, paragraph)),
            (Some((first, _)), Role::Open) if next_closes(marks, i, bounds, paragraph) => {
                out.push(segment(text, first, mark.at, mark.at, true));
                continued.push(mark.at);
                Some((mark, paragraph))
            }
            (Some((first, _)), _) => {
                out.push(segment(text, first, mark.at, mark.at + mark.len, true));
                None
            }
        };
    }
    if let Some((first, reached)) = open {
        let end = bounds.unclosed_end(first.at, reached);
        out.push(segment(text, first, end, end, true));
    }
    for at in continued {
        mark_continued(&mut out, at);
    }
    out
}

/// Flags the segment opened at `at`; `segments` are in opening order (double
/// marks never nest), so a binary search finds it.
fn mark_continued(segments: &mut [Segment], at: usize) {
    if let Ok(i) = segments.binary_search_by_key(&at, |s| s.open) {
        segments[i].continues = true;
    }
}

/// Whether the mark after `i`, in the same paragraph, can close a quote:
/// then the opening mark at `i` really opens a new quotation; otherwise it
/// is a closing mark typed as an opening one.
fn next_closes(marks: &[Mark], i: usize, bounds: &Bounds, paragraph: usize) -> bool {
    marks.get(i + 1).is_some_and(|m| bounds.paragraph(m.at) == paragraph && m.role != Role::Open)
}

/// Pairs single marks within a paragraph; an unclosed single mark is an
/// apostrophe or a typo, never a quotation.
fn pair_singles(text: &str, marks: &[Mark], bounds: &Bounds) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut open: Option<(Mark, usize)> = None;
    for &mark in marks {
        let paragraph = bounds.paragraph(mark.at);
        open = match (open, mark.role) {
            (Some((first, p)), Role::Close | Role::Either) if p == paragraph => {
                out.push(segment(text, first, mark.at, mark.at + mark.len, false));
                None
            }
            (_, Role::Open | Role::Either) => Some((mark, paragraph)),
            (current, _) => current,
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        let paragraphs = paragraphs_or_lines(text, &[]);
        segments(text, &paragraphs).into_iter().map(|s| s.content.of(text)).collect()
    }

    #[test]
    fn mark_starts_are_found_in_every_chunk_and_the_tail() {
        let text = format!("{}\"a{}’b{}'", "x".repeat(63), "y".repeat(70), "z".repeat(5));
        let every: Vec<usize> = text.bytes().enumerate().filter(|&(_, b)| is_mark_start(b)).map(|(i, _)| i).collect();
        assert_eq!(every.len(), 3);
        assert_eq!(mark_starts(text.as_bytes()).collect::<Vec<_>>(), every);
    }

    #[test]
    fn pairs_straight_and_curly_marks() {
        assert_eq!(quoted(r#"He said "yes" and “no” today."#), ["yes", "no"]);
    }

    #[test]
    fn single_marks_inside_double_ones_are_nested() {
        assert_eq!(quoted("She said, “We met an ‘opportunity’ there.”"), ["We met an ‘opportunity’ there."]);
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(quoted("The leader’s plan isn’t new, ‘so-called’ or not."), ["so-called"]);
    }

    #[test]
    fn closing_mark_typed_as_opening_one_closes() {
        let text = "“We are ready to act, “the minister said on Monday in the capital.";
        assert_eq!(quoted(text), ["We are ready to act,"]);
    }

    #[test]
    fn opening_mark_inside_a_quote_starts_a_new_one_when_a_close_follows() {
        let text = "He added, “We will act. “The rest will follow,” he said.";
        assert_eq!(quoted(text), ["We will act.", "The rest will follow,"]);
    }

    #[test]
    fn a_quote_continues_into_a_paragraph_that_opens_with_a_mark() {
        let text = "She said: “First part.\n“Second part.”\nNot quoted.";
        assert_eq!(quoted(text), ["First part.\n“Second part."]);
    }

    #[test]
    fn an_unclosed_quote_stops_at_its_paragraph() {
        let text = "He said, “never closed\nNext paragraph is not quoted.";
        assert_eq!(quoted(text), ["never closed"]);
    }
}
