//! A borrowed view of one sentence's tokens, so the matchers read words by
//! index without copying any text.

use dossier_core::{Span, Token, TokenKind};

/// The tokens of one sentence and the text they point into. Every accessor
/// takes any index: past the end it answers "nothing" instead of panicking.
#[derive(Clone, Copy)]
pub(crate) struct Words<'t> {
    text: &'t str,
    tokens: &'t [Token],
}

impl<'t> Words<'t> {
    pub(crate) fn new(text: &'t str, tokens: &'t [Token]) -> Self {
        Words { text, tokens }
    }

    pub(crate) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The token's text, or "" past the end (or when the span does not fit).
    pub(crate) fn get(&self, i: usize) -> &'t str {
        self.tokens.get(i).map_or("", |t| t.span.of(self.text))
    }

    pub(crate) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Whether token `i` is `word`, ignoring ASCII case.
    pub(crate) fn is(&self, i: usize, word: &str) -> bool {
        self.get(i).eq_ignore_ascii_case(word)
    }

    pub(crate) fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let w = self.get(i);
        words.iter().any(|x| x.eq_ignore_ascii_case(w))
    }

    /// Token `i` is a lowercase word (a common noun, verb or adjective).
    pub(crate) fn is_lower_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word) && self.get(i).chars().next().is_some_and(char::is_lowercase)
    }

    /// Whether tokens `i` and `i + 1` touch (no space between them).
    pub(crate) fn touching(&self, i: usize) -> bool {
        match (self.tokens.get(i), self.tokens.get(i + 1)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    /// The byte span from the start of token `from` to the end of token
    /// `to - 1`; `None` for an empty or out-of-range run.
    pub(crate) fn span(&self, from: usize, to: usize) -> Option<Span> {
        let first = self.tokens.get(from)?;
        let last = self.tokens.get(to.checked_sub(1)?)?;
        (from < to).then(|| Span::new(first.span.start, last.span.end))
    }

    /// The text from the start of token `from` to the end of token
    /// `to - 1`, or "" for an empty or out-of-range run.
    pub(crate) fn slice(&self, from: usize, to: usize) -> &'t str {
        self.span(from, to).map_or("", |s| s.of(self.text))
    }
}
