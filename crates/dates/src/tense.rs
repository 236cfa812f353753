//! Whether a temporal expression is governed by a future or a past cue,
//! which decides the side of the publication date it resolves to.

use crate::view::Words;
use crate::words::{is_future_before_to, is_future_word, is_past_word, is_reporting_verb, is_tense_word};

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
pub(crate) fn tense_of(w: &Words, start: usize, end: usize) -> Tense {
    let mut tense = Tense::default();
    for i in 0..start {
        match cue(w, i) {
            Some(true) => tense = Tense { future: true, past: false },
            Some(false) => tense = Tense { future: false, past: true },
            None => {}
        }
    }
    if start <= 2 && tense == Tense::default() {
        // "On the 17th, the agency said the envoy will come": the date
        // belongs to the saying, so a reporting verb closes the window.
        let window = end..w.len().min(end + OPENING_WINDOW);
        let mut cues = window.take_while(|&i| !is_reporting_verb(w.get(i))).filter_map(|i| cue(w, i));
        if let Some(future) = cues.next() {
            tense = Tense { future, past: !future };
        }
    }
    tense
}

/// `Some(true)` for a future cue at `i`, `Some(false)` for a past one.
fn cue(w: &Words, i: usize) -> Option<bool> {
    let word = w.get(i);
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
