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
    /// For each token, the hit overlapping it and the tests every shape
    /// rule makes of it, made once here rather than by each rule again.
    facts: Vec<Facts>,
}

#[derive(Clone, Copy, Default)]
struct Facts {
    hit: Option<usize>,
    upper: bool,
    free_cap: bool,
}

impl<'a> View<'a> {
    /// `hits` must be sorted and hold every hit of the sentence (others
    /// are ignored).
    pub fn new(text: &'a str, tokens: &'a [Token], hits: &'a [Hit]) -> View<'a> {
        let mut facts = Vec::with_capacity(tokens.len());
        let mut h = 0;
        for token in tokens {
            while h < hits.len() && hits[h].span.end <= token.span.start {
                h += 1;
            }
            let hit = hits.get(h).is_some_and(|hit| hit.span.start < token.span.end).then_some(h);
            let word = token.span.of(text);
            let upper = starts_upper(text, token, word);
            let free_cap = upper && hit.is_none() && is_free_cap(token, word);
            facts.push(Facts { hit, upper, free_cap });
        }
        View { text, tokens, hits, facts }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The text of token `i`, or "" past the end.
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.span.of(self.text))
    }

    pub fn hit(&self, i: usize) -> Option<&'a Hit> {
        self.facts.get(i).and_then(|f| f.hit).map(|h| &self.hits[h])
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
        self.facts.get(i).is_some_and(|f| f.free_cap)
    }

    /// Whether token `i` starts with a capital letter: the cheap test every
    /// name rule makes first.
    pub fn starts_upper(&self, i: usize) -> bool {
        self.facts.get(i).is_some_and(|f| f.upper)
    }

    /// `'s` or `’s`.
    pub fn is_possessive(&self, i: usize) -> bool {
        matches!(self.word(i), "'s" | "’s")
    }

    pub fn is(&self, i: usize, word: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(word)
    }
}

/// Whether a token starts with a capital letter, ASCII without decoding.
fn starts_upper(text: &str, token: &Token, word: &str) -> bool {
    match text.as_bytes()[token.span.start] {
        b if b.is_ascii() => b.is_ascii_uppercase(),
        _ => names::is_capitalised(word),
    }
}

/// A capitalised word (of a token no hit covers) that may be part of a
/// name: it has lower-case letters and is no function word.
fn is_free_cap(token: &Token, word: &str) -> bool {
    token.kind == TokenKind::Word
        && names::is_capitalised(word)
        && word.chars().any(char::is_lowercase)
        && !lexicon::is_function_word(word.trim_end_matches('.'))
}
