//! A sentence as a row of items: words, punctuation and actors.
//!
//! Built from the segmenter's tokens and the actor stage's mentions. A
//! mention becomes one [`Item::Actor`], whatever the tokens inside it;
//! consecutive mentions joined only by capitalised title words ("Russian
//! Foreign Minister Sergey Lavrov") become one actor, the most specific.

use dossier_core::{Annotations, EntityKind, Mention, Span, Token, TokenKind};

use crate::grammar::Class;
use crate::lexicon::{Entry, Lexicon};
use crate::patterns::WordId;

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    Word,
    Punct,
    Actor {
        /// The entity the actor stands for.
        entity: usize,
        /// Followed by `'s`: "Russia's assistance".
        possessive: bool,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub span: Span,
    pub kind: Kind,
}

impl Item {
    pub fn actor(&self) -> Option<usize> {
        match self.kind {
            Kind::Actor { entity, .. } => Some(entity),
            _ => None,
        }
    }

    pub fn is_possessive(&self) -> bool {
        matches!(self.kind, Kind::Actor { possessive: true, .. })
    }
}

/// The items of a sentence, with each item's lowercase text and what the
/// lexicon knows of it at hand: the matcher compares words and asks their
/// classes many times per item. One row is filled sentence after sentence,
/// so that its buffers are allocated once.
#[derive(Default)]
#[cfg_attr(test, derive(Debug, PartialEq))]
pub struct Row {
    pub items: Vec<Item>,
    /// The sentence lowercased with every character keeping its byte length,
    /// so an item's lowercase text sits at its own span, shifted by `offset`.
    lower: String,
    offset: usize,
    /// What is known of each item's lowercase text, filled in one pass
    /// once the items are made.
    known: Vec<Known>,
}

/// What a row knows of one item's lowercase text.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Known {
    /// The lexicon's entry for it.
    entry: Entry,
    /// The text when it is one byte (punctuation the matcher and the cues
    /// look for), else 0: told without slicing the text.
    single: u8,
}

impl Row {
    pub fn new(text: &str, ann: &Annotations, sentence: Span, lexicon: &Lexicon) -> Row {
        let mut row = Row::default();
        row.fill(text, ann, sentence, ann.tokens_in(sentence), ann.mentions_in(sentence), lexicon);
        row
    }

    /// Makes this the row of `sentence`, whose tokens and actor mentions
    /// are `tokens` and `mentions`.
    pub fn fill(&mut self, text: &str, ann: &Annotations, sentence: Span, tokens: &[Token], mentions: &[Mention], lexicon: &Lexicon) {
        self.fill_walking(text, ann, sentence, tokens, mentions, lexicon, false);
    }

    /// [`Row::fill`], which with `every_token` walks the mentions at every
    /// token instead of taking the shortcut for tokens before the next
    /// one: the tests' reference.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    fn fill_walking(&mut self, text: &str, ann: &Annotations, sentence: Span, tokens: &[Token], mentions: &[Mention], lexicon: &Lexicon, every_token: bool) {
        self.items.clear();
        self.known.clear();
        // About one item a token: one allocation for the document's first
        // sentences instead of growing step by step.
        self.items.reserve(tokens.len());
        self.known.reserve(tokens.len());
        lowercase_keeping_lengths(slice(text, sentence), &mut self.lower);
        self.offset = sentence.start;
        let mut m = 0;
        let mut at = sentence.start;
        // The span of mention `m`, none past the last.
        let none = Span::new(usize::MAX, usize::MAX);
        let mut next = mentions.first().map_or(none, |x| x.span);
        for token in tokens {
            if token.span.end <= at {
                continue;
            }
            let span = token.span;
            // Most tokens stand wholly before the next mention, which the
            // walk below would neither pass nor enter: one plain item.
            if !every_token && at <= span.start && span.start < span.end && span.end <= next.start && span.start < next.end {
                self.push_plain(text, span, token.kind);
                at = span.end;
                continue;
            }
            let mut start = token.span.start.max(at);
            while start < token.span.end {
                while m < mentions.len() && mentions[m].span.end <= start {
                    m += 1;
                }
                match mentions.get(m) {
                    Some(mention) if mention.span.start <= start => {
                        let end = mention.span.end;
                        self.push_actor(text, ann, mention.entity, Span::new(mention.span.start, end));
                        start = end;
                    }
                    next => {
                        let end = next.map_or(token.span.end, |n| n.span.start.min(token.span.end));
                        self.push_plain(text, Span::new(start, end), token.kind);
                        start = end;
                    }
                }
            }
            next = mentions.get(m).map_or(none, |x| x.span);
            at = start.max(token.span.end);
        }
        let (lower, offset) = (self.lower.as_str(), self.offset);
        // One extend of a known length rather than a push per item, which
        // tests the capacity and stores the length every time.
        self.known.extend(self.items.iter().map(|item| {
            // As [`Row::word`] slices.
            let (start, end) = (item.span.start.wrapping_sub(offset), item.span.end.wrapping_sub(offset));
            Known { entry: lexicon.entry(lower.get(start..end).unwrap_or("")), single: single_byte(lower, start, end) }
        }));
    }

    fn push_item(&mut self, item: Item) {
        self.items.push(item);
    }

    #[inline(always)]
    fn push_plain(&mut self, text: &str, span: Span, kind: TokenKind) {
        let piece = slice(text, span);
        if is_blank(piece) {
            return;
        }
        if let Some(last) = self.items.last_mut() {
            if last.actor().is_some() && is_possessive_mark(piece) {
                if let Kind::Actor { possessive, .. } = &mut last.kind {
                    *possessive = true;
                }
                last.span.end = span.end;
                return;
            }
        }
        let kind = match kind {
            TokenKind::Punct => Kind::Punct,
            _ if starts_alphanumeric(piece) => Kind::Word,
            _ => Kind::Punct,
        };
        self.push_item(Item { span, kind });
    }

    fn push_actor(&mut self, text: &str, ann: &Annotations, entity: usize, span: Span) {
        if let Some(titles) = self.title_run_before(text) {
            let (head, _) = titles;
            let Some(Kind::Actor { entity: prev, .. }) = self.items.get(head).map(|i| i.kind.clone()) else { return };
            if more_specific(ann, entity, prev) {
                self.items.truncate(head + 1);
                let item = &mut self.items[head];
                item.kind = Kind::Actor { entity, possessive: false };
                item.span.end = span.end;
                return;
            }
        }
        let start = match ann.entities.get(entity).map(|e| e.kind) {
            Some(EntityKind::Person) => self.absorb_title(text),
            _ => span.start,
        }
        .min(span.start);
        self.push_item(Item { span: Span::new(start, span.end), kind: Kind::Actor { entity, possessive: false } });
    }

    /// Takes back the capitalised words right before a person ("handed
    /// President Putin a rifle"), so that the title stands inside the actor
    /// slot; a sentence's first word is left alone ("Since", "When").
    fn absorb_title(&mut self, text: &str) -> usize {
        let mut keep = self.items.len();
        while keep > 1 && self.items.len() - keep < 4 {
            let item = &self.items[keep - 1];
            let capitalised = item.kind == Kind::Word && slice(text, item.span).starts_with(|c: char| c.is_uppercase());
            if !capitalised {
                break;
            }
            keep -= 1;
        }
        let start = self.items.get(keep).map_or(usize::MAX, |i| i.span.start);
        self.items.truncate(keep);
        start
    }

    /// When the items since the last actor are only capitalised words (a
    /// title such as "Foreign Minister"), the index of that actor.
    fn title_run_before(&self, text: &str) -> Option<(usize, usize)> {
        let head = self.items.iter().rposition(|i| i.actor().is_some())?;
        let between = &self.items[head + 1..];
        let titles = between.len() <= 4
            && !self.items[head].is_possessive()
            && between.iter().all(|i| i.kind == Kind::Word && slice(text, i.span).starts_with(|c: char| c.is_uppercase()));
        titles.then_some((head, between.len()))
    }

    /// Lowercase text of item `i`.
    #[inline]
    pub fn word(&self, i: usize) -> &str {
        match self.items.get(i) {
            Some(item) => self.lower.get(item.span.start - self.offset..item.span.end - self.offset).unwrap_or(""),
            None => "",
        }
    }

    /// Whether the lowercase text of item `i` (none past the end) is the
    /// one byte `b`, which is not 0: `row.word(i) == ","` without slicing.
    #[inline]
    pub fn is_char(&self, i: usize, b: u8) -> bool {
        self.known.get(i).is_some_and(|k| k.single == b)
    }

    /// The lowercase text of item `i` when it is one byte, else 0.
    #[inline]
    pub fn single(&self, i: usize) -> u8 {
        self.known.get(i).map_or(0, |k| k.single)
    }

    /// Whether item `i` (none past the end) is a word of `class`.
    #[inline]
    pub fn is(&self, i: usize, class: Class) -> bool {
        self.known.get(i).is_some_and(|k| k.entry.classes & class.bit() != 0)
    }

    /// The pattern word id of item `i`'s lowercase text, if a pattern
    /// names it (none past the end).
    #[inline]
    pub fn word_id(&self, i: usize) -> Option<WordId> {
        self.known.get(i).and_then(|k| k.entry.word)
    }

    /// Gives back its buffers after a very long sentence, so that a row
    /// kept from document to document holds no more than most need.
    pub fn shed_if_oversized(&mut self) {
        const MOST_ITEMS: usize = 1 << 12;
        if self.items.capacity() > MOST_ITEMS || self.lower.capacity() > MOST_ITEMS * 16 {
            *self = Row::default();
        }
    }

    /// Whether some pattern is anchored on item `i`'s lowercase text.
    #[inline]
    pub fn is_anchor(&self, i: usize) -> bool {
        self.known.get(i).is_some_and(|k| k.entry.anchors)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// `text` in lowercase into `lower`, each character keeping its byte
/// length so that offsets into `text` hold in the result; the rare letter
/// whose lowercase is longer or shorter ("İ") stays as written. News text
/// is mostly ASCII, which needs no Unicode case tables.
fn lowercase_keeping_lengths(text: &str, lower: &mut String) {
    lower.clear();
    // Quotation marks and dashes make most sentences non-ASCII, but few
    // hold a non-ASCII capital; only the non-ASCII characters, found by
    // their lead bytes, are decoded to tell.
    if text.is_ascii() || !non_ascii_chars(text).any(char::is_uppercase) {
        lower.push_str(text);
        lower.make_ascii_lowercase();
        return;
    }
    lowercase_each_char(text, lower);
}

/// The characters of `text` beyond ASCII, in order.
fn non_ascii_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        at += bytes.get(at..)?.iter().position(|b| !b.is_ascii())?;
        // A non-ASCII byte after ASCII ones, or at the start, leads a
        // character.
        let c = text.get(at..)?.chars().next()?;
        at += c.len_utf8();
        Some(c)
    })
}

/// [`lowercase_keeping_lengths`] character by character: each character
/// whose lowercase is one character of its byte length is lowercased.
fn lowercase_each_char(text: &str, lower: &mut String) {
    lower.clear();
    for c in text.chars() {
        let mut lowered = c.to_lowercase();
        match (lowered.next(), lowered.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => lower.push(l),
            _ => lower.push(c),
        }
    }
}

/// The text of `span`, or "" when it does not fit ([`Span::of`], which
/// is not inlined across crates).
#[inline]
fn slice(text: &str, span: Span) -> &str {
    text.get(span.start..span.end).unwrap_or("")
}

/// The text of `lower` from `start` to `end` when it is one byte, else 0:
/// one ASCII byte is a character (a lone byte beyond ASCII is not and,
/// as [`Row::word`] slices, gives "").
#[inline]
fn single_byte(lower: &str, start: usize, end: usize) -> u8 {
    match lower.as_bytes().get(start) {
        Some(&b) if end.wrapping_sub(start) == 1 && b.is_ascii() => b,
        _ => 0,
    }
}

/// Whether `piece` is only white space (or empty); a piece opening with
/// an ASCII byte other than white space is told by that byte.
#[inline]
fn is_blank(piece: &str) -> bool {
    match piece.as_bytes().first() {
        Some(&b) if b.is_ascii() && !matches!(b, b' ' | b'\t'..=b'\r') => false,
        _ => piece.chars().all(char::is_whitespace),
    }
}

/// Whether `piece` opens with a letter or digit; ASCII told by its byte.
#[inline]
fn starts_alphanumeric(piece: &str) -> bool {
    match piece.as_bytes().first() {
        Some(&b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        _ => piece.chars().next().is_some_and(char::is_alphanumeric),
    }
}

fn is_possessive_mark(piece: &str) -> bool {
    matches!(piece, "'s" | "’s" | "'" | "’" | "'S" | "’S")
}

/// A person or organisation is more specific than the country named before
/// their title ("Russian President Putin" → Putin).
fn more_specific(ann: &Annotations, entity: usize, than: usize) -> bool {
    let kind = |i: usize| ann.entities.get(i).map(|e| e.kind);
    matches!(kind(than), Some(EntityKind::Country)) && matches!(kind(entity), Some(EntityKind::Person | EntityKind::Organization))
}

/// Test helpers of the row for other modules' tests.
#[cfg(test)]
impl Row {
    /// The row as [`Row::fill`] makes it, walking the mentions at every token.
    pub(crate) fn walking_every_token(text: &str, ann: &Annotations, sentence: Span, lexicon: &Lexicon) -> Row {
        let mut row = Row::default();
        row.fill_walking(text, ann, sentence, ann.tokens_in(sentence), ann.mentions_in(sentence), lexicon, true);
        row
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    /// Lowercasing as first written: every character decoded when the
    /// text is not ASCII.
    fn lowercase_simply(text: &str) -> String {
        let mut lower = String::new();
        if text.is_ascii() || !text.chars().any(|c| !c.is_ascii() && c.is_uppercase()) {
            lower.push_str(text);
            lower.make_ascii_lowercase();
        } else {
            super::lowercase_each_char(text, &mut lower);
        }
        lower
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn lowercasing_reads_only_non_ascii_characters_as_before(text in "([a-zA-Z ,.]|É|é|İ|ǅ|Ⅻ|“|”|—|ß|Σ){0,24}") {
            prop_assert_eq!(lowercase(&text), lowercase_simply(&text));
        }

        #[test]
        fn byte_tests_answer_as_the_char_tests(piece in "([a-z0-9 ,.\t\x0b\x0c\r\n\x1c]|É|“|\u{a0}|\u{2003}|١){0,3}") {
            prop_assert_eq!(super::is_blank(&piece), piece.chars().all(char::is_whitespace));
            prop_assert_eq!(super::starts_alphanumeric(&piece), piece.chars().next().is_some_and(char::is_alphanumeric));
        }

        #[test]
        fn single_byte_answers_as_the_slice(text in "([a-z,.]|é|“){0,6}", start in 0usize..10, len in 0usize..3) {
            let end = start + len;
            let word = text.get(start..end).unwrap_or("");
            let expected = match word.as_bytes() { &[b] => b, _ => 0 };
            prop_assert_eq!(super::single_byte(&text, start, end), expected);
        }
    }

    fn lowercase(text: &str) -> String {
        let mut lower = "left over".to_string();
        super::lowercase_keeping_lengths(text, &mut lower);
        lower
    }

    #[test]
    fn lowercasing_keeps_every_offset() {
        assert_eq!(lowercase("Seoul SAID “No”"), "seoul said “no”");
        assert_eq!(lowercase("ÉLYSÉE and Über"), "élysée and über");
        // Its lowercase is longer: left as written so later offsets hold.
        assert_eq!(lowercase("İzmir TALKS"), "İzmir talks");
    }
}
