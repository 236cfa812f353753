//! Whether a temporal expression is governed by a future or a past cue,
//! which decides the side of the publication date it resolves to.

use crate::view::Words;
use crate::words::{is_future_before_to, is_future_word, is_past_word, is_reporting_verb, is_tense_word, may_be_tense_word};

/// How far after a sentence-opening expression a cue is looked for
/// ("On the 18th, the minister will visit ...").
const OPENING_WINDOW: usize = 8;

/// The tense cues that govern an expression over tokens `start..end`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Tense {
    pub future: bool,
    pub past: bool,
}

/// The nearest cue before the expression decides ("since" right before
/// it counts); an expression opening the sentence takes the first cue
/// after it instead.
#[cfg(test)]
pub(crate) fn tense_of(w: &Words, start: usize, end: usize) -> Tense {
    let mut tense = Tense::default();
    for i in 0..start {
        tense = after_cue(w, i, tense);
    }
    with_opening_cue(w, start, end, tense)
}

/// [`tense_of`] for the expressions of one sentence in turn: they come in
/// text order, so the cues before each are read on from where the last
/// expression's reading stopped, once per sentence instead of once per
/// expression.
#[derive(Default)]
pub(crate) struct TenseReader {
    /// Tokens `..scanned` are read; `before` is their last cue's tense.
    scanned: usize,
    before: Tense,
}

impl TenseReader {
    /// The tense of the expression over tokens `start..end` of `w`, the
    /// sentence every call reads.
    pub(crate) fn tense_of(&mut self, w: &Words, start: usize, end: usize) -> Tense {
        if start < self.scanned {
            *self = TenseReader::default();
        }
        for i in self.scanned..start {
            self.before = after_cue(w, i, self.before);
        }
        self.scanned = start;
        with_opening_cue(w, start, end, self.before)
    }
}

/// `tense` changed by the cue at token `i`, if one is there.
#[inline]
fn after_cue(w: &Words, i: usize, tense: Tense) -> Tense {
    match cue(w, i) {
        Some(true) => Tense { future: true, past: false },
        Some(false) => Tense { future: false, past: true },
        None => tense,
    }
}

/// `tense`, the cues' before the expression over `start..end`, or for an
/// expression opening the sentence without one the first cue after it.
fn with_opening_cue(w: &Words, start: usize, end: usize, mut tense: Tense) -> Tense {
    if start <= 2 && tense == Tense::default() {
        // "On the 17th, the agency said the envoy will come": the date
        // belongs to the saying, so a reporting verb closes the window.
        let window = end..w.len().min(end + OPENING_WINDOW);
        let mut cues = window.take_while(|&i| !is_reporting_verb(w.bytes(i))).filter_map(|i| cue(w, i));
        if let Some(future) = cues.next() {
            tense = Tense { future, past: !future };
        }
    }
    tense
}

/// `Some(true)` for a future cue at `i`, `Some(false)` for a past one.
/// Inlined in the reader's loop, where the sieve turns most tokens away.
#[inline(always)]
fn cue(w: &Words, i: usize) -> Option<bool> {
    let word = w.bytes(i);
    if !may_be_tense_word(word) {
        return None;
    }
    tense_of_cue(w, i, word)
}

/// [`cue`] for a word the sieve let through.
#[inline(never)]
fn tense_of_cue(w: &Words, i: usize, word: &[u8]) -> Option<bool> {
    if !is_tense_word(word) {
        return None;
    }
    if is_future_word(word) || (is_future_before_to(word) && w.is(i + 1, "to")) {
        Some(true)
    } else if is_past_word(word) {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::view::testing::sentence;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        /// Reading on from the last expression gives what reading each
        /// expression's sentence from its start gives.
        #[test]
        fn the_reader_gives_each_expression_its_own_tense(
            (text, tokens) in sentence(),
            spans in prop::collection::vec((0usize..14, 0usize..4), 0..6),
        ) {
            let w = Words::new(&text, &tokens);
            let mut reader = TenseReader::default();
            for (start, len) in spans {
                let end = start + len;
                prop_assert_eq!(reader.tense_of(&w, start, end), tense_of(&w, start, end), "{}..{} of {:?}", start, end, text);
            }
        }
    }
}
