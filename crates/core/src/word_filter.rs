//! A quick test that a word may be one of a short list, made before the
//! list is searched or hashed.

/// Lengths with a slot of their own; longer words share the last one.
const SLOTS: usize = 32;

/// For each word length, a bit per first byte modulo 32 of the listed words
/// of that length. Modulo 32 an ASCII letter and its capital share a bit,
/// so the test folds ASCII case. It may let through a word the list lacks,
/// never turn away one it holds; most words of a text have another length
/// or opening and are turned away in a few instructions.
#[derive(Clone, Debug)]
pub struct WordFilter {
    bits: [u32; SLOTS],
}

impl WordFilter {
    /// The filter of `words`, built at compile time where it is a `const`.
    pub const fn of(words: &[&str]) -> WordFilter {
        let mut filter = WordFilter::empty();
        let mut i = 0;
        while i < words.len() {
            filter.add(words[i].as_bytes());
            i += 1;
        }
        filter
    }

    /// A filter that turns every word away, until words are added.
    pub const fn empty() -> WordFilter {
        WordFilter { bits: [0; SLOTS] }
    }

    /// Lets `word` through from now on.
    pub const fn add(&mut self, word: &[u8]) {
        let (slot, bit) = slot_and_bit(word);
        self.bits[slot] |= bit;
    }

    /// False only for words none of the added words can be (in any ASCII
    /// case).
    #[inline]
    pub fn may_hold(&self, word: &[u8]) -> bool {
        let (slot, bit) = slot_and_bit(word);
        self.bits[slot] & bit != 0
    }
}

impl Default for WordFilter {
    fn default() -> WordFilter {
        WordFilter::empty()
    }
}

#[inline]
const fn slot_and_bit(word: &[u8]) -> (usize, u32) {
    let slot = if word.len() < SLOTS { word.len() } else { SLOTS - 1 };
    let bit = match word.first() {
        Some(&b) => 1 << (b % 32),
        None => 1,
    };
    (slot, bit)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// A filter never turns down one of its words, in any ASCII case,
        /// whatever the words (empty, long, not ASCII).
        #[test]
        fn filters_keep_their_words(words in proptest::collection::vec("[A-Za-z0-9é.-]{0,40}", 1..20), pick in 0usize..20) {
            let listed: Vec<&str> = words.iter().map(String::as_str).collect();
            let filter = WordFilter::of(&listed);
            let word = listed[pick % listed.len()];
            proptest::prop_assert!(filter.may_hold(word.as_bytes()));
            proptest::prop_assert!(filter.may_hold(word.to_ascii_uppercase().as_bytes()));
            proptest::prop_assert!(filter.may_hold(word.to_ascii_lowercase().as_bytes()));
        }
    }

    #[test]
    fn other_lengths_and_openings_are_turned_away() {
        let filter = WordFilter::of(&["Minister", "Gen"]);
        assert!(filter.may_hold(b"minister") && filter.may_hold(b"GEN"));
        assert!(!filter.may_hold(b"Ministry!") && !filter.may_hold(b"Pen") && !filter.may_hold(b""));
        assert!(WordFilter::of(&[""]).may_hold(b""));
    }
}
