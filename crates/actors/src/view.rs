//! One sentence's tokens seen together with the gazetteer hits that cover
//! them, so shape rules can ask "is this a free capitalised word?" cheaply.

use dossier_core::{Token, TokenKind};

use crate::lexicon::{Lexicon, WordFacts, WordKind};
use crate::matcher::{Form, Hit, Target};
use crate::names;

pub(crate) struct View<'a> {
    pub text: &'a str,
    /// The words that give names their shape.
    pub lexicon: &'a Lexicon,
    pub tokens: &'a [Token],
    pub hits: &'a [Hit],
    /// For each token, the tests every shape rule makes of it (the
    /// [`Facts`] bits), made once here rather than by each rule again.
    facts: &'a [u8],
    /// The tokens that start with a capital letter, in order: where name
    /// rules start.
    pub uppers: &'a [u32],
    /// The free capitalised words ([`View::free_cap`]), in order: where
    /// people's names start.
    pub free_caps: &'a [u32],
    /// The head nouns ([`View::head`]), in order: where the names of
    /// organisations and places are sought from.
    pub heads: &'a [u32],
    /// For each token whose [`Facts::LOOKED`] bit is set, the lexicon's
    /// facts of it as written and without its final dots (others hold
    /// what an earlier sentence left).
    words: &'a [(WordFacts, WordFacts)],
}

/// Room for a sentence's token facts, kept from one sentence to the next
/// so a document's views share one allocation.
#[derive(Default)]
pub(crate) struct ViewBuffer {
    facts: Vec<u8>,
    uppers: Vec<u32>,
    free_caps: Vec<u32>,
    heads: Vec<u32>,
    /// Only grown: read only where the sentence's facts say it was written.
    words: Vec<(WordFacts, WordFacts)>,
}

/// The bits of a token's facts.
struct Facts;

impl Facts {
    const UPPER: u8 = 1;
    const FREE_CAP: u8 = 2;
    const NAME_WORD: u8 = 4;
    /// A free capitalised word that is the head noun of an organisation's
    /// or a place's name. (Every head noun is a capitalised word with
    /// lower-case letters and no function word, so where no hit covers
    /// it, it is a free one: the lexicon's checks see to that.)
    const HEAD: u8 = 8;
    /// The lexicon was asked about the word (a capitalised word with
    /// lower-case letters no hit covers): its answers are kept.
    const LOOKED: u8 = 16;
}

impl ViewBuffer {
    /// The most tokens of a sentence it has room for.
    pub fn capacity(&self) -> usize {
        self.facts.capacity().max(self.words.capacity())
    }
}

impl<'a> View<'a> {
    /// `hits` must be sorted and hold every hit of the sentence (others
    /// are ignored).
    pub fn new(
        text: &'a str,
        lexicon: &'a Lexicon,
        tokens: &'a [Token],
        hits: &'a [Hit],
        buffer: &'a mut ViewBuffer,
    ) -> View<'a> {
        let ViewBuffer { facts, uppers, free_caps, heads, words } = buffer;
        facts.clear();
        // Most tokens start with no capital: their facts are all false.
        facts.resize(tokens.len(), 0);
        if words.len() < tokens.len() {
            words.resize(tokens.len(), Default::default());
        }
        free_caps.clear();
        heads.clear();
        // First the capitalised tokens, in a loop that does nothing else
        // (most tokens are not), then their facts.
        uppers.clear();
        for (i, token) in tokens.iter().enumerate() {
            if starts_upper(text, token) {
                uppers.push(i as u32);
            }
        }
        // The capitalised tokens come in order: the hits that may cover
        // them are walked once, not searched for each.
        let mut h = 0;
        for &u in uppers.iter() {
            let i = u as usize;
            let token = &tokens[i];
            while h < hits.len() && hits[h].span.end <= token.span.start {
                h += 1;
            }
            let covered = hits.get(h).is_some_and(|hit| hit.span.start < token.span.end);
            let word = token.span.of(text);
            let name_shaped = !covered && is_name_shaped(token, word);
            if !name_shaped {
                facts[i] = Facts::UPPER;
                continue;
            }
            // The lexicon's facts of the word as written and without a
            // final dot ("Gen."), asked once for every rule.
            let (written, bare) = lexicon.facts_written_and_bare(word);
            words[i] = (written, bare);
            let free_cap = !bare.is(WordKind::NotAName);
            let head = free_cap && written.is_head_noun();
            let name_word = free_cap && !head && is_name_word(written, bare);
            if free_cap {
                free_caps.push(u);
            }
            if head {
                heads.push(u);
            }
            facts[i] = Facts::UPPER
                | Facts::LOOKED
                | (u8::from(free_cap) * Facts::FREE_CAP)
                | (u8::from(name_word) * Facts::NAME_WORD)
                | (u8::from(head) * Facts::HEAD);
        }
        View { text, lexicon, tokens, hits, facts, uppers, free_caps, heads, words: &words[..tokens.len()] }
    }

    /// The lexicon's facts of token `i` as written and without its final
    /// dots, where the view asked for them: the free capitalised words and
    /// the words barred from names (see [`Facts::LOOKED`]). Rules asking
    /// about other tokens ask the lexicon.
    #[inline]
    pub fn lexicon_facts(&self, i: usize) -> Option<(WordFacts, WordFacts)> {
        if self.fact(i, Facts::LOOKED) {
            self.words.get(i).copied()
        } else {
            None
        }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The text of token `i`, or "" past the end.
    #[inline]
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.span.of(self.text))
    }

    #[inline]
    pub fn hit(&self, i: usize) -> Option<&'a Hit> {
        hit_of(self.hits, self.tokens.get(i)?)
    }

    #[inline]
    fn fact(&self, i: usize, fact: u8) -> bool {
        self.facts.get(i).is_some_and(|&f| f & fact != 0)
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
    #[inline]
    pub fn free_cap(&self, i: usize) -> bool {
        self.fact(i, Facts::FREE_CAP)
    }

    /// A free capitalised word that is neither a title nor an institution
    /// noun: a word a person's name may have (asked up to three times of
    /// each token as names are sought from each capitalised word).
    #[inline]
    pub fn name_word(&self, i: usize) -> bool {
        self.fact(i, Facts::NAME_WORD)
    }

    /// An organisation's or a place's head noun no gazetteer name covers:
    /// where the names of unknown organisations and places end.
    #[inline]
    pub fn head(&self, i: usize) -> bool {
        self.fact(i, Facts::HEAD)
    }

    /// Whether token `i` starts with a capital letter: the cheap test every
    /// name rule makes first.
    #[inline]
    pub fn starts_upper(&self, i: usize) -> bool {
        self.fact(i, Facts::UPPER)
    }

    /// `'s` or `’s`.
    pub fn is_possessive(&self, i: usize) -> bool {
        matches!(self.word(i), "'s" | "’s")
    }

    #[inline]
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(word)
    }
}

/// The hit overlapping `token`, of `hits` sorted and apart (so their ends
/// are sorted too): asked only near capitalised words, seldom of a
/// sentence with more than a few hits.
#[inline]
fn hit_of<'h>(hits: &'h [Hit], token: &Token) -> Option<&'h Hit> {
    let h = hits.partition_point(|hit| hit.span.end <= token.span.start);
    hits.get(h).filter(|hit| hit.span.start < token.span.end)
}

/// Whether a token starts with a capital letter, ASCII without decoding
/// (or slicing: most tokens are lower-case words).
pub(crate) fn starts_upper(text: &str, token: &Token) -> bool {
    match text.as_bytes()[token.span.start] {
        b if b.is_ascii() => b.is_ascii_uppercase(),
        _ => names::is_capitalised(token.span.of(text)),
    }
}

/// A capitalised word with lower-case letters. It is a free capitalised
/// word, one that may be part of a name, when no hit covers it and the
/// lexicon does not bar it from names.
fn is_name_shaped(token: &Token, word: &str) -> bool {
    token.kind == TokenKind::Word && names::is_capitalised(word) && word.chars().any(char::is_lowercase)
}

/// A free capitalised word, no head noun, that may be part of a person's
/// name: no title and no other institution noun either.
/// `written` are the lexicon's facts of the word as written, `bare`
/// without a final dot.
fn is_name_word(written: WordFacts, bare: WordFacts) -> bool {
    bare.title_role().is_none() && !written.is(WordKind::Office)
}
