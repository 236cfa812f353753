//! One sentence's tokens seen together with the gazetteer hits that cover
//! them, so shape rules can ask "is this a free capitalised word?" cheaply.

use dossier_core::{Token, TokenKind};

use crate::lexicon;
use crate::matcher::{Form, Hit, Target};
use crate::names;

pub(crate) struct View<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub hits: &'a [Hit],
    /// For each token, the hit overlapping it.
    cover: Vec<Option<usize>>,
}

impl<'a> View<'a> {
    /// `hits` must be sorted and hold every hit of the sentence (others
    /// are ignored).
    pub fn new(text: &'a str, tokens: &'a [Token], hits: &'a [Hit]) -> View<'a> {
        let mut cover = vec![None; tokens.len()];
        let mut h = 0;
        for (i, token) in tokens.iter().enumerate() {
            while h < hits.len() && hits[h].span.end <= token.span.start {
                h += 1;
            }
            if hits.get(h).is_some_and(|hit| hit.span.start < token.span.end) {
                cover[i] = Some(h);
            }
        }
        View { text, tokens, hits, cover }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The text of token `i`, or "" past the end.
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.span.of(self.text))
    }

    pub fn hit(&self, i: usize) -> Option<&'a Hit> {
        self.cover.get(i).copied().flatten().map(|h| &self.hits[h])
    }

    /// The country a token's hit names, with how it is named.
    pub fn country(&self, i: usize) -> Option<(usize, Form)> {
        match self.hit(i)?.target {
            Target::Country(c, form) => Some((c, form)),
            _ => None,
        }
    }

    /// A capitalised word no gazetteer name covers and no function word:
    /// the stuff unknown names are made of.
    pub fn free_cap(&self, i: usize) -> bool {
        let Some(token) = self.tokens.get(i) else { return false };
        let word = self.word(i);
        token.kind == TokenKind::Word
            && self.cover[i].is_none()
            && names::is_capitalised(word)
            && word.chars().any(char::is_lowercase)
            && !lexicon::is_function_word(word.trim_end_matches('.'))
    }

    /// Whether token `i` starts with a capital letter: the cheap test every
    /// name rule makes first.
    pub fn starts_upper(&self, i: usize) -> bool {
        let Some(token) = self.tokens.get(i) else { return false };
        match self.text.as_bytes()[token.span.start] {
            b if b.is_ascii() => b.is_ascii_uppercase(),
            _ => names::is_capitalised(self.word(i)),
        }
    }

    /// `'s` or `’s`.
    pub fn is_possessive(&self, i: usize) -> bool {
        matches!(self.word(i), "'s" | "’s")
    }

    pub fn is(&self, i: usize, word: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(word)
    }
}
