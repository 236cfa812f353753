//! The number at the core of a number phrase: digits ("1,000", "2.5
//! million"), words ("three", "two hundred"), "a dozen", and the vague
//! plurals ("hundreds of", "tens of thousands of").

use dossier_core::TokenKind;

use crate::view::{Opens, Words};
use crate::words::{self, has_hyphen_at, lookup, number_word, scale, Sieve, WordSet, WordTable};

/// A number over tokens `start..end`; `of_after` says a vague plural
/// wants "of" before its noun ("thousands of troops").
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Number {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// Written with digits (so it may be a year, a time or a page number).
    pub digits: bool,
    /// "hundreds of", "a dozen": a round figure, not a count.
    pub vague: bool,
}

/// Vague plurals and the figure each stands for: the order of magnitude
/// it names, a floor rather than a guess ("hundreds of" → 100,
/// "tens of thousands of" → 10 × 1,000).
const PLURAL_SCALES: [(&str, f64); 7] = [
    ("tens", 10.0),
    ("dozens", 12.0),
    ("hundreds", 1e2),
    ("thousands", 1e3),
    ("millions", 1e6),
    ("billions", 1e9),
    ("trillions", 1e12),
];

/// The number starting at token `i`, if any.
#[inline(always)]
pub(crate) fn number_at(w: &Words, i: usize) -> Option<Number> {
    if may_start(w.bytes(i)) {
        read_number(w, i)
    } else {
        None
    }
}

/// Whether a number could start with `word`, in at most one lookup:
/// digits (or a separator before them, ".5"), a word hyphenated where a
/// tens word ends ("twenty-five"), or one of the words a number may open
/// with. Most tokens are other words or punctuation, turned away here
/// before the readers below try them one by one. It must never turn away
/// a token the readers accept: a unit test checks that on generated
/// tokens.
#[inline(always)]
fn may_start(word: &[u8]) -> bool {
    match word.first() {
        Some(b'0'..=b'9' | b'.' | b',') => true,
        Some(b) if b.is_ascii_alphabetic() => {
            has_hyphen_at(word, 5..8) || (STARTER_SIEVE.may_hold(word) && STARTERS.contains_bytes(word))
        }
        _ => false,
    }
}

/// The first test of the quantity stage over a whole document: whether a
/// number may start at token `i` of `w`, whose bytes are `word`. It lets
/// through no fewer tokens than [`may_start`] does in any sentence holding
/// the token, where `w` ends with the sentence (a word wanted after the
/// token is "" past that end, here the next sentence's), and turns away
/// more: a lone period or comma, an article or quantifier without a
/// scale word next ("a dozen"), a vague plural without "of" next. A
/// property test compares it with [`number_at`].
#[inline(always)]
pub(crate) fn may_open(word: &[u8], w: &Words, i: usize) -> Opens {
    let Some(&first) = word.first() else { return Opens::Nothing };
    let opens = if (first | 0x20).is_ascii_lowercase() {
        if !OPENING_WORD_SIEVE.may_hold(word) {
            return Opens::Nothing;
        }
        starter_opens(word, w, i)
    } else {
        // Digits, or digits after a separator (two bytes at least).
        first.is_ascii_digit() || (matches!(first, b'.' | b',') && word.len() > 1)
    };
    if opens {
        Opens::Here
    } else {
        Opens::Nothing
    }
}

/// The words a number may open with and the tens words hyphenated to a
/// unit ("twenty-five"): one test turns away the words that are none.
static OPENING_WORD_SIEVE: Sieve = Sieve::new(&STARTER_WORDS, false).with_hyphenated_numbers();

/// [`may_open`] for a word the sieve let through: a number word (or a
/// tens word and a unit), a vague plural before "of", an article or
/// quantifier before a scale word.
#[inline(never)]
fn starter_opens(word: &[u8], w: &Words, i: usize) -> bool {
    match STARTERS.position_bytes(word) {
        Some(k) if k < words::NUMBER_WORDS.len() => true,
        Some(k) if k < words::NUMBER_WORDS.len() + PLURAL_SCALES.len() => w.is(i + 1, "of"),
        Some(_) => scale(w.get(i + 1)).is_some(),
        None => has_hyphen_at(word, 5..8) && std::str::from_utf8(word).ok().and_then(number_word).is_some(),
    }
}

/// Words a number may open with: number words, vague plurals, and the
/// articles and quantifiers before a scale ("a dozen", "several hundred").
const STARTER_WORDS: [&str; words::NUMBER_WORDS.len() + PLURAL_SCALES.len() + SCALE_OPENERS.len()] = words::concat(
    &words::concat::<{ words::NUMBER_WORDS.len() + PLURAL_SCALES.len() }>(
        &words::NUMBER_WORDS,
        &words::names::<_, { PLURAL_SCALES.len() }>(&PLURAL_SCALES),
    ),
    SCALE_OPENERS,
);
static STARTERS: WordSet = WordSet::new(&STARTER_WORDS);
static STARTER_SIEVE: Sieve = Sieve::new(&STARTER_WORDS, false);

/// Words before a scale word that make a vague number ("a dozen").
const SCALE_OPENERS: &[&str] = &["a", "an", "several", "few"];

/// The kinds of number that can start with token `i`, in their usual
/// order (digits, number word, glued scale, article and scale, vague
/// plural): digits cannot spell a number word and a word cannot be
/// digits. Skipping the others only saves time (the prefilter test
/// compares with every reader tried in turn).
#[inline(never)]
pub(crate) fn read_number(w: &Words, i: usize) -> Option<Number> {
    if w.bytes(i).first().is_some_and(u8::is_ascii_alphabetic) {
        word_number(w, i).or_else(|| scale_after_article(w, i)).or_else(|| vague_plural(w, i))
    } else {
        digit_number(w, i).or_else(|| glued_scale_number(w, i))
    }
}

/// Every kind of number in turn at token `i`.
#[cfg(test)]
fn all_readers(w: &Words, i: usize) -> Option<Number> {
    digit_number(w, i)
        .or_else(|| word_number(w, i))
        .or_else(|| glued_scale_number(w, i))
        .or_else(|| scale_after_article(w, i))
        .or_else(|| vague_plural(w, i))
}

/// "1,000", "2.5 million".
fn digit_number(w: &Words, i: usize) -> Option<Number> {
    let n = digits(w.get(i)).filter(|_| w.kind(i) == Some(TokenKind::Number))?;
    let (value, end) = scaled(w, n, i + 1);
    Some(Number { start: i, end, value, digits: end == i + 1, vague: false })
}

/// "three", "twenty-five thousand".
fn word_number(w: &Words, i: usize) -> Option<Number> {
    let n = number_word(w.get(i))?;
    let (value, end) = scaled(w, n, i + 1);
    Some(Number { start: i, end, value, digits: false, vague: false })
}

/// "1.2bn".
fn glued_scale_number(w: &Words, i: usize) -> Option<Number> {
    let n = abbreviated_scale(w.get(i))?;
    Some(Number { start: i, end: i + 1, value: n, digits: false, vague: false })
}

/// "a dozen", "several hundred", "a million".
fn scale_after_article(w: &Words, i: usize) -> Option<Number> {
    if !w.is_any(i, SCALE_OPENERS) {
        return None;
    }
    let s = scale(w.get(i + 1))?;
    let (value, end) = scaled(w, s, i + 2);
    Some(Number { start: i, end, value, digits: false, vague: true })
}

/// Scales glued to digits in headlines and money: "1.2bn", "300mn".
const GLUED_SCALES: [(&str, f64); 3] = [("bn", 1e9), ("mn", 1e6), ("tn", 1e12)];

/// "1.2bn" → 1,200,000,000.
fn abbreviated_scale(word: &str) -> Option<f64> {
    let split = word.len().checked_sub(2)?;
    let scale = lookup(word.get(split..)?, &GLUED_SCALES)?;
    digits(&word[..split]).map(|n| n * scale)
}

/// "1,000" → 1000, "2.5" → 2.5; `None` for anything else (other scripts'
/// digits, misplaced commas).
pub(crate) fn digits(word: &str) -> Option<f64> {
    let mut value = 0f64;
    let mut fraction = 0f64;
    let mut seen_point = false;
    let mut any = false;
    for b in word.bytes() {
        match b {
            b'0'..=b'9' if seen_point => {
                fraction /= 10.0;
                value += f64::from(b - b'0') * fraction;
            }
            b'0'..=b'9' => {
                value = value * 10.0 + f64::from(b - b'0');
                any = true;
            }
            b',' if !seen_point => {}
            b'.' if !seen_point => {
                seen_point = true;
                fraction = 1.0;
            }
            _ => return None,
        }
    }
    any.then_some(value)
}

/// `n` times the scale words from token `at` on ("two hundred thousand").
fn scaled(w: &Words, n: f64, at: usize) -> (f64, usize) {
    let mut value = n;
    let mut end = at;
    let mut last = f64::INFINITY;
    while let Some(s) = scale(w.get(end)) {
        // "hundred thousand" multiplies; "thousand hundred" is not a number.
        if s >= last && last != 1e2 {
            break;
        }
        value *= s;
        last = s;
        end += 1;
    }
    (value, end)
}

/// "hundreds of", "tens of thousands of", "dozens of": ends before the
/// last "of", which the unit reader skips.
fn vague_plural(w: &Words, i: usize) -> Option<Number> {
    let first = plural_scale(w.get(i))?;
    if !w.is(i + 1, "of") {
        return None;
    }
    let (value, end) = match plural_scale(w.get(i + 2)) {
        Some(second) if second > first => (first * second, i + 3),
        _ if first == 10.0 => return None,
        _ => (first, i + 1),
    };
    Some(Number { start: i, end, value, digits: false, vague: true })
}

fn plural_scale(word: &str) -> Option<f64> {
    PLURAL_SCALE_TABLE.get(word)
}

static PLURAL_SCALE_TABLE: WordTable<f64> = WordTable::new(&PLURAL_SCALES);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::view::testing::sentence;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        /// Every token a reader accepts in the sentence `tokens[from..to]`
        /// is one the first test over the whole document lets through.
        #[test]
        fn the_document_test_turns_away_no_number((text, tokens) in sentence(), a in 0usize..14, b in 0usize..14) {
            let (from, to) = (a.min(b).min(tokens.len()), a.max(b).min(tokens.len()));
            let found = crate::view::Candidates::find(&text, &tokens, &[], may_open).tokens;
            let w = Words::new(&text, &tokens[from..to]);
            for i in 0..w.len() {
                prop_assert!(all_readers(&w, i).is_none() || found.contains(&(from + i)), "token {} of {:?}", from + i, text);
            }
        }

        #[test]
        fn the_prefilter_turns_away_no_number((text, tokens) in sentence()) {
            let w = Words::new(&text, &tokens);
            for i in 0..=tokens.len() {
                prop_assert_eq!(number_at(&w, i), all_readers(&w, i), "token {} of {:?}", i, text);
            }
        }
    }

    /// Every word of the test vocabulary, in every case, before the
    /// words a number reader looks at next.
    #[test]
    fn the_document_test_turns_away_no_word_before_a_scale() {
        const AFTER: &[&[&str]] = &[&[], &["of"], &["of", "thousands"], &["hundred"], &["dozen"], &["million", "troops"]];
        for word in crate::view::testing::vocabulary().iter().map(String::as_str).chain(["Twenty-Five", "ninety-nine", "a"]) {
            for after in AFTER {
                let words: Vec<&str> = [word].into_iter().chain(after.iter().copied()).collect();
                let (text, tokens) = crate::view::testing::tokens(&words);
                let found = crate::view::Candidates::find(&text, &tokens, &[], may_open).tokens;
                let w = Words::new(&text, &tokens);
                for cut in 1..=tokens.len() {
                    let w = Words::new(&text, &tokens[..cut]);
                    assert!(all_readers(&w, 0).is_none() || found.contains(&0), "{text:?} cut at {cut}");
                }
                assert!(all_readers(&w, 0).is_none() || found.contains(&0), "{text:?}");
            }
        }
    }

    #[test]
    fn digits_with_separators() {
        assert_eq!(digits("1,000"), Some(1000.0));
        assert_eq!(digits("2.5"), Some(2.5));
        assert_eq!(digits("1,000.25"), Some(1000.25));
        assert_eq!(digits("1.2.3"), None);
        assert_eq!(digits("٣"), None);
        assert_eq!(digits(","), None);
    }
}
