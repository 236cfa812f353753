//! A borrowed view of one sentence's tokens, so the matchers read words by
//! index without copying any text.

use dossier_core::{SentenceTokens, Span, Token, TokenKind};

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

    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The token's text, or "" past the end (or when the span does not fit).
    /// Sliced here as `Span::of` does, because that call is not inlined
    /// across crates and this one runs several times per token.
    #[inline]
    pub(crate) fn get(&self, i: usize) -> &'t str {
        self.tokens.get(i).and_then(|t| self.text.get(t.span.start..t.span.end)).unwrap_or("")
    }

    /// The token's bytes, or none past the end: for prefilters, which
    /// need no char boundaries checked (a span off them, which `get`
    /// reads as "", only lets a few more tokens through to the matchers).
    #[inline]
    pub(crate) fn bytes(&self, i: usize) -> &'t [u8] {
        self.tokens.get(i).and_then(|t| self.text.as_bytes().get(t.span.start..t.span.end)).unwrap_or(b"")
    }

    #[inline]
    pub(crate) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Whether token `i` is `word`, ignoring ASCII case.
    #[inline]
    pub(crate) fn is(&self, i: usize, word: &str) -> bool {
        self.get(i).eq_ignore_ascii_case(word)
    }

    #[inline]
    pub(crate) fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let w = self.get(i);
        words.iter().any(|x| x.eq_ignore_ascii_case(w))
    }

    /// Token `i` is a lowercase word (a common noun, verb or adjective).
    pub(crate) fn is_lower_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word) && self.get(i).chars().next().is_some_and(char::is_lowercase)
    }

    /// Whether tokens `i` and `i + 1` touch (no space between them).
    #[inline]
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

/// The tokens and the paragraph of each sentence in turn, as
/// `Annotations::tokens_in` and a `partition_point` over the paragraphs
/// give them, found by walking on from the previous sentence (see
/// [`SentenceTokens`]). A sentence starting before the previous one
/// restarts the walk from the beginning.
pub(crate) struct SentenceWalk<'a> {
    tokens: SentenceTokens<'a>,
    paragraphs: &'a [Span],
    /// Paragraphs ending at or before the last sentence's start.
    paragraph: usize,
    last_start: usize,
}

impl<'a> SentenceWalk<'a> {
    pub(crate) fn new(tokens: &'a [Token], paragraphs: &'a [Span]) -> Self {
        SentenceWalk { tokens: SentenceTokens::new(tokens), paragraphs, paragraph: 0, last_start: 0 }
    }

    /// The index of the paragraph `sentence` lies in (the paragraph count
    /// when none) and the tokens inside it.
    pub(crate) fn next(&mut self, sentence: Span) -> (usize, &'a [Token]) {
        if sentence.start < self.last_start {
            self.paragraph = 0;
        }
        self.last_start = sentence.start;
        while self.paragraphs.get(self.paragraph).is_some_and(|p| p.end <= sentence.start) {
            self.paragraph += 1;
        }
        (self.paragraph, self.tokens.of(sentence))
    }
}

/// Generated token sequences for the prefilter tests: words that reach
/// every shape and reader, in random case, with random glue and kinds.
#[cfg(test)]
mod tests {
    use dossier_core::{Annotations, Span, Token, TokenKind};
    use proptest::prelude::*;

    use super::SentenceWalk;

    /// Spans in text order, some empty, some touching, from (gap, length)
    /// pairs.
    fn in_order(gaps: Vec<(usize, usize)>) -> Vec<Span> {
        let mut at = 0;
        let mut out = Vec::new();
        for (gap, len) in gaps {
            out.push(Span::new(at + gap, at + gap + len));
            at += gap + len;
        }
        out
    }

    /// Tokens and paragraphs in order, and sentences in or out of order,
    /// overlapping or not.
    fn layout() -> impl Strategy<Value = (Vec<Token>, Vec<Span>, Vec<Span>)> {
        let tokens = prop::collection::vec((0usize..3, 0usize..4), 0..40);
        let paragraphs = prop::collection::vec((0usize..8, 0usize..30), 0..6);
        let sentences = prop::collection::vec((0usize..120, 0usize..30), 0..12);
        (tokens, sentences, paragraphs, any::<bool>()).prop_map(|(tokens, sentences, paragraphs, sorted)| {
            let tokens = in_order(tokens).into_iter().map(|span| Token { span, kind: TokenKind::Word }).collect();
            let mut sentences: Vec<Span> = sentences.into_iter().map(|(s, l)| Span::new(s, s + l)).collect();
            if sorted {
                sentences.sort();
            }
            (tokens, sentences, in_order(paragraphs))
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn the_walk_finds_what_the_binary_searches_find((tokens, sentences, paragraphs) in layout()) {
            let ann = Annotations { tokens: tokens.clone(), paragraphs: paragraphs.clone(), ..Annotations::default() };
            let mut walk = SentenceWalk::new(&tokens, &paragraphs);
            for sentence in sentences {
                let paragraph = paragraphs.partition_point(|p| p.end <= sentence.start);
                prop_assert_eq!(walk.next(sentence), (paragraph, ann.tokens_in(sentence)), "{:?}", sentence);
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod testing {
    use dossier_core::{Span, Token, TokenKind};
    use proptest::prelude::*;

    /// Words the matchers react to, plus near misses and other scripts.
    const VOCAB: &[&str] = &[
        "january", "march", "may", "sept", "sept.", "dec.", "march.", "mayor", "monday", "tues.", "tue", "sun.",
        "zero", "one", "three", "twelve", "nineteen", "twenty", "ninety", "twenty-five", "forty-zero", "twenty-",
        "hundred", "thousand", "million", "dozen", "tens", "dozens", "hundreds", "thousands", "a", "an", "several",
        "few", "the", "that", "this", "last", "next", "same", "previous", "following", "yesterday", "today",
        "tonight", "tomorrow", "day", "days", "week", "month", "year", "years", "ago", "of", "on", "in", "to",
        "and", "since", "early", "earlier", "late", "later", "mid", "middle", "first", "fourth", "before", "after",
        "will", "said", "was", "plans", "old", "percent", "per", "cent", "%", "$", "€", "page", "a.m.", ":", "-",
        "–", "/", ",", ".", "'s", "missiles", "troops", "Kim", "é", "日本", "٣", "1", "5", "18", "31", "32", "05",
        "100", "1,000", "2.5", ".5", ",", "1799", "1800", "2019", "2024", "2200", "1st", "18th", "32nd", "1.2bn",
        "300mn", "bn", "mid-march", "mid-2023", "early-may", "late-", "late-2019", "mid-", "18T09", "+5",
    ];

    /// Every word of the vocabulary as written, capitalised and in upper case.
    pub(crate) fn vocabulary() -> Vec<String> {
        VOCAB.iter().flat_map(|w| [w.to_string(), capitalised(w), w.to_uppercase()]).collect()
    }

    /// `words` as one sentence, separated by spaces; digits are numbers.
    pub(crate) fn tokens(words: &[&str]) -> (String, Vec<Token>) {
        let mut text = String::new();
        let mut out = Vec::new();
        for word in words {
            if !text.is_empty() {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(word);
            let numeric = word.bytes().next().is_some_and(|b| b.is_ascii_digit());
            let kind = if numeric { TokenKind::Number } else { TokenKind::Word };
            out.push(Token { span: Span::new(start, text.len()), kind });
        }
        (text, out)
    }

    /// `word` with its first letter in upper case.
    pub(crate) fn capitalised(word: &str) -> String {
        let mut chars = word.chars();
        chars.next().map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
    }

    /// `word` in a random case: as written, capitalised or upper case.
    fn cased() -> impl Strategy<Value = String> {
        (prop::sample::select(VOCAB), 0u8..4, "[a-zA-Z0-9.,'’-]{1,7}").prop_map(|(word, case, random)| match case {
            0 => word.to_string(),
            1 => capitalised(word),
            2 => word.to_uppercase(),
            _ => random,
        })
    }

    /// A sentence: its text and its tokens (glued to the one before or
    /// not, of any kind).
    pub(crate) fn sentence() -> impl Strategy<Value = (String, Vec<Token>)> {
        let token = (cased(), any::<bool>(), 0u8..3);
        prop::collection::vec(token, 0..12).prop_map(|tokens| {
            let mut text = String::new();
            let mut out = Vec::new();
            for (word, glued, kind) in tokens {
                if !glued && !text.is_empty() {
                    text.push(' ');
                }
                let start = text.len();
                text.push_str(&word);
                let kind = [TokenKind::Word, TokenKind::Number, TokenKind::Punct][usize::from(kind)];
                out.push(Token { span: Span::new(start, text.len()), kind });
            }
            (text, out)
        })
    }
}
