//! Which bytes of a text are ASCII letters or digits, one bit per byte,
//! worked out for the whole text at once before the tokenizer walks it:
//! the length of a word is then one count of trailing ones, where a
//! byte-by-byte or eight-byte scan costs a branch and more per word.

/// Bit `i % 64` of word `i / 64` is set when byte `i` of the text is an
/// ASCII letter or digit. Bytes past the end of the text are not set.
pub(super) struct WordBits {
    words: Vec<u64>,
}

impl WordBits {
    /// The bits of `bytes`, classed sixteen bytes at a time where the
    /// processor allows (see [`crate::vector`]).
    pub fn new(bytes: &[u8]) -> WordBits {
        let mut words = Vec::with_capacity(bytes.len() / 64 + 1);
        let blocks = bytes.chunks_exact(64);
        let rest = blocks.remainder();
        for block in blocks {
            words.push(crate::vector::word_bits(block.try_into().unwrap_or(&[0; 64])));
        }
        if !rest.is_empty() {
            words.push(crate::vector::word_bits_one_by_one(rest));
        }
        WordBits { words }
    }

    /// Length of the run of ASCII letters and digits from byte `at`.
    #[inline(always)]
    pub fn run_from(&self, at: usize) -> usize {
        let (mut word, shift) = (at / 64, at % 64);
        // Inverted and shifted, the run is the trailing zeros; the bits
        // shifted in from above read as a stop at the word's end.
        let Some(&first) = self.words.get(word) else { return 0 };
        let mut run = (!(first >> shift)).trailing_zeros() as usize;
        if run < 64 - shift {
            return run;
        }
        // The run reaches the next word: a word that crosses a multiple
        // of 64 bytes, about one in ten.
        run = 64 - shift;
        loop {
            word += 1;
            let Some(&next) = self.words.get(word) else { return run };
            let ones = next.trailing_ones() as usize;
            run += ones;
            if ones < 64 {
                return run;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The run from `at`, byte by byte.
    fn simple_run(bytes: &[u8], at: usize) -> usize {
        bytes.get(at..).unwrap_or_default().iter().take_while(|b| b.is_ascii_alphanumeric()).count()
    }

    #[test]
    fn every_byte_is_classed_as_one_by_one() {
        for b in 0..=255u8 {
            let block = [b; 64];
            assert_eq!(WordBits::new(&block).run_from(0), simple_run(&block, 0), "{b}");
        }
    }

    #[test]
    fn runs_cross_words_and_stop_at_the_end() {
        let text = format!("{} {}", "a".repeat(130), "b9".repeat(40));
        let bits = WordBits::new(text.as_bytes());
        for at in [0, 1, 63, 64, 65, 127, 128, 129, 130, 131, 150, text.len() - 1, text.len(), text.len() + 70] {
            assert_eq!(bits.run_from(at), simple_run(text.as_bytes(), at), "{at}");
        }
        assert_eq!(WordBits::new(b"").run_from(0), 0);
    }

    proptest::proptest! {
        #[test]
        fn runs_are_counted_as_byte_by_byte(bytes in proptest::collection::vec(proptest::sample::select(b"aZ09 .-'\x80\xff@[`{/:\n".to_vec()), 0..300), at in 0usize..310) {
            let bits = WordBits::new(&bytes);
            proptest::prop_assert_eq!(bits.run_from(at), simple_run(&bytes, at));
        }
    }
}
