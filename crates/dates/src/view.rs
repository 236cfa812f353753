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

    /// Whether token `i` is `word` (not empty), ignoring ASCII case.
    /// Compared as bytes: a token whose bytes are a whole word's starts
    /// and ends on char boundaries, so `get` would give the same answer
    /// without checking them.
    #[inline]
    pub(crate) fn is(&self, i: usize, word: &str) -> bool {
        self.bytes(i).eq_ignore_ascii_case(word.as_bytes())
    }

    /// Whether token `i` is one of `words` (none empty), as [`Words::is`].
    #[inline]
    pub(crate) fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let w = self.bytes(i);
        words.iter().any(|x| x.as_bytes().eq_ignore_ascii_case(w))
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

/// The tokens a stage's first test lets through in a whole document, and
/// whether its tokens and sentences lie in text order without overlaps.
/// In that order each sentence's tokens are a run of the document's, and
/// a stage can visit only the sentences holding a token that passed
/// ([`visit_sentences`]) instead of walking every token of every sentence
/// twice (once to find it, once to test it).
pub(crate) struct Candidates {
    /// Indices into the document's tokens, ascending.
    pub(crate) tokens: Vec<usize>,
    pub(crate) in_order: bool,
}

/// What a stage's first test says of one token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Opens {
    /// Nothing the stage reads starts at the token.
    Nothing,
    /// Something may start at the token.
    Here,
    /// Something may start `k` tokens before this one, which the test
    /// would not have known from that token alone ("three" before "days
    /// ago").
    Before(usize),
}

impl Candidates {
    /// The tokens of `ann` that `may_start` lets through. `may_start` sees
    /// the token's bytes and the whole document's tokens: whatever it
    /// reads past the token (the next words) lies in the sentence or
    /// beyond it, so a test that wants a word there and finds "" past a
    /// sentence's end in the stage is only more lenient here.
    pub(crate) fn find(text: &str, tokens: &[Token], sentences: &[Span], may_start: impl Fn(&[u8], &Words, usize) -> Opens) -> Candidates {
        let w = Words::new(text, tokens);
        let bytes = text.as_bytes();
        // Room for one token in sixteen: the stages let through fewer,
        // and the vector then grows at most once or twice.
        let mut found = Vec::with_capacity(tokens.len() / 16 + 4);
        let mut last_end = 0;
        let mut in_order = true;
        for (i, t) in tokens.iter().enumerate() {
            let Span { start, end } = t.span;
            in_order &= last_end <= start;
            last_end = end;
            // A reversed span is out of order; one past the text's end is
            // "" to the stages, which nothing starts with.
            let Some(word) = bytes.get(start..end) else {
                in_order &= start <= end;
                continue;
            };
            match may_start(word, &w, i) {
                Opens::Nothing => {}
                Opens::Here => found.push(i),
                Opens::Before(k) => insert_sorted(&mut found, i.saturating_sub(k)),
            }
        }
        in_order &= spans_in_order(sentences);
        Candidates { tokens: found, in_order }
    }
}

/// `at` put in its place in `found` (ascending), unless already there.
fn insert_sorted(found: &mut Vec<usize>, at: usize) {
    let place = found.partition_point(|&c| c < at);
    if found.get(place) != Some(&at) {
        found.insert(place, at);
    }
}

/// Whether `spans` follow each other in text order, none overlapping the
/// next and none reversed.
fn spans_in_order(spans: &[Span]) -> bool {
    spans.iter().all(|s| s.start <= s.end) && spans.windows(2).all(|p| p[0].end <= p[1].start)
}

/// One sentence holding candidates: its paragraph (as [`SentenceWalk`]
/// gives it), its tokens, the index of its first token in the document,
/// and the candidates in it (document indices).
pub(crate) struct Visit<'a, 'c> {
    pub(crate) paragraph: usize,
    pub(crate) tokens: &'a [Token],
    pub(crate) first: usize,
    pub(crate) candidates: &'c [usize],
}

/// Calls `visit` for every sentence of `sentences` (in order) that holds
/// one of `found` (which must be [`Candidates::in_order`]), with what
/// [`SentenceWalk`] gives for it. The other sentences are passed over in
/// a few instructions each: a stage sees nothing in them.
pub(crate) fn visit_sentences<'a>(
    tokens: &'a [Token],
    sentences: &[Span],
    paragraphs: &[Span],
    found: &[usize],
    mut visit: impl FnMut(Visit<'a, '_>),
) {
    let mut next = 0;
    let mut paragraph = 0;
    // Tokens before `low` start before the last visited sentence.
    let mut low = 0;
    for &sentence in sentences {
        while found.get(next).is_some_and(|&c| tokens[c].span.start < sentence.start) {
            next += 1;
        }
        let inside = next;
        while found.get(next).is_some_and(|&c| tokens[c].span.end <= sentence.end) {
            next += 1;
        }
        let (Some(&first_found), Some(&last_found)) = (found.get(inside), found[inside..next].last()) else {
            continue;
        };
        while paragraphs.get(paragraph).is_some_and(|p| p.end <= sentence.start) {
            paragraph += 1;
        }
        let from = low + tokens[low..first_found].partition_point(|t| t.span.start < sentence.start);
        let to = last_found + 1 + run_length(&tokens[last_found + 1..], |t| t.span.end <= sentence.end);
        low = from;
        visit(Visit { paragraph, tokens: &tokens[from..to], first: from, candidates: &found[inside..next] });
    }
}

/// The length of the run of `items` that `pred` holds for, from the
/// start (`pred` holds for a prefix): galloping, as the run is usually
/// short and the slice long.
fn run_length<T>(items: &[T], pred: impl Fn(&T) -> bool) -> usize {
    let mut known = 0;
    let mut step = 1;
    while known + step <= items.len() && pred(&items[known + step - 1]) {
        known += step;
        step *= 2;
    }
    let window = &items[known..items.len().min(known + step)];
    known + window.partition_point(pred)
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
    use dossier_core::{Document, Span, Token, TokenKind};
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
        words(0..12)
    }

    /// A document: the text and tokens of some words, its sentences and
    /// paragraphs (in order, or for a few documents anywhere, edges
    /// between tokens or inside them), and a publication date or none.
    pub(crate) fn document() -> impl Strategy<Value = Document> {
        let cuts = || prop::collection::vec((0usize..200, any::<bool>()), 0..14);
        (words(0..40), cuts(), cuts(), 0u8..8, 1u8..=28, 1u8..=12).prop_map(
            |((text, tokens), sentences, paragraphs, layout, day, month)| {
                let mut doc = Document::new("test", "test", text.clone());
                doc.text = text;
                doc.published = (layout % 2 == 0).then(|| jiff::civil::date(2024, month as i8, day as i8));
                let len = doc.text.len();
                doc.annotations.sentences = if layout == 7 { anywhere(&sentences, len) } else { in_order(&sentences, len) };
                doc.annotations.paragraphs = in_order(&paragraphs, len);
                doc.annotations.tokens = tokens;
                doc
            },
        )
    }

    /// Spans in text order between the cut points (folded into the text),
    /// kept where the flag says: touching, apart or empty.
    fn in_order(cuts: &[(usize, bool)], len: usize) -> Vec<Span> {
        let mut points: Vec<usize> = cuts.iter().map(|&(at, _)| at % (len + 1)).collect();
        points.sort();
        points.windows(2).zip(cuts).filter(|(_, &(_, keep))| keep).map(|(p, _)| Span::new(p[0], p[1])).collect()
    }

    /// Spans anywhere: overlapping, out of order, reversed.
    fn anywhere(cuts: &[(usize, bool)], len: usize) -> Vec<Span> {
        cuts.windows(2).map(|p| Span::new(p[0].0 % (len + 1), p[1].0 % (len + 1))).collect()
    }

    /// `count` words as in [`sentence`].
    fn words(count: std::ops::Range<usize>) -> impl Strategy<Value = (String, Vec<Token>)> {
        let token = (cased(), any::<bool>(), 0u8..3);
        prop::collection::vec(token, count).prop_map(|tokens| {
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
