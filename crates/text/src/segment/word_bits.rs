//! Classes of the bytes of a text, one bit per byte, worked out for the
//! whole text at once before the tokenizer walks it: the length of a word
//! is then one count of trailing ones, and a run of words each followed
//! by one space is found in one step, where a byte-by-byte or eight-byte
//! scan costs a branch per word and loads that each wait for the one
//! before.

/// Bit `i % 64` of entry `i / 64` is set when byte `i` of the text is in
/// the class. Bytes past the end of the text are in none.
pub(super) struct WordBits {
    /// ASCII letters and digits.
    words: Vec<u64>,
    /// ASCII letters.
    letters: Vec<u64>,
    /// Spaces.
    spaces: Vec<u64>,
}

impl WordBits {
    /// The bits of `bytes`, classed sixteen bytes at a time where the
    /// processor allows (see [`crate::vector`]).
    pub fn new(bytes: &[u8]) -> WordBits {
        let entries = bytes.len() / 64 + 1;
        let mut bits = WordBits { words: Vec::with_capacity(entries), letters: Vec::with_capacity(entries), spaces: Vec::with_capacity(entries) };
        let blocks = bytes.chunks_exact(64);
        let rest = blocks.remainder();
        for block in blocks {
            bits.push(block.try_into().map_or_else(|_| crate::vector::token_bits_one_by_one(block), crate::vector::token_bits));
        }
        if !rest.is_empty() {
            bits.push(crate::vector::token_bits(&padded(rest)));
        }
        bits
    }

    fn push(&mut self, [words, letters, spaces]: [u64; 3]) {
        self.words.push(words);
        self.letters.push(letters);
        self.spaces.push(spaces);
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

    /// The words from byte `at` on (where a letter must be) each followed
    /// by one space and then a letter, within the next 64 bytes and the
    /// first `limit`: the spaces that follow them, bit `i` for byte
    /// `at + i`. Every byte before the last of those spaces is a letter,
    /// a digit or one of them.
    #[inline(always)]
    pub fn spaced_words(&self, at: usize, limit: usize) -> u64 {
        let below = |n: usize| if n >= 64 { u64::MAX } else { (1 << n) - 1 };
        let (words, letters, spaces) = (window(&self.words, at), window(&self.letters, at), window(&self.spaces, at));
        // A space is a gap between two such words when a letter follows
        // it inside the limit (bit 63 has no byte after it in the window).
        let gaps = spaces & letters >> 1 & below(limit.saturating_sub(1));
        let stops = !(words | gaps) | !below(limit);
        gaps & below(stops.trailing_zeros() as usize)
    }
}

/// The last partial block of a text, zeros after it: classed with the
/// vector code like the full blocks (a zero byte is in no class), which
/// costs less than the byte-by-byte loop over the tail of every document.
fn padded(rest: &[u8]) -> [u8; 64] {
    let mut block = [0; 64];
    block[..rest.len()].copy_from_slice(rest);
    block
}

/// The 64 bits of `class` from byte `at` on.
#[inline(always)]
fn window(class: &[u64], at: usize) -> u64 {
    let (index, shift) = (at / 64, at % 64);
    let low = class.get(index).copied().unwrap_or(0);
    let high = class.get(index + 1).copied().unwrap_or(0);
    ((u128::from(high) << 64 | u128::from(low)) >> shift) as u64
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

    /// [`WordBits::spaced_words`], byte by byte.
    fn simple_spaced_words(bytes: &[u8], at: usize, limit: usize) -> u64 {
        let limit = limit.min(64).min(bytes.len().saturating_sub(at));
        let (mut spaces, mut i) = (0, 0);
        loop {
            let run = simple_run(bytes, at + i).min(limit - i.min(limit));
            let gap = i + run;
            if run == 0 || gap + 1 >= limit || bytes[at + gap] != b' ' || !bytes[at + gap + 1].is_ascii_alphabetic() {
                return spaces;
            }
            spaces |= 1 << gap;
            i = gap + 1;
        }
    }

    proptest::proptest! {
        #[test]
        fn spaced_words_are_found_as_byte_by_byte(mut bytes in proptest::collection::vec(proptest::sample::select(b"aZ09  .-'\x80\n".to_vec()), 0..200), at in 0usize..200, limit in 0usize..100) {
            // A word starts at `at`.
            let at = at.min(bytes.len());
            bytes.insert(at, b'a');
            proptest::prop_assert_eq!(WordBits::new(&bytes).spaced_words(at, limit), simple_spaced_words(&bytes, at, limit));
        }

        #[test]
        fn runs_are_counted_as_byte_by_byte(bytes in proptest::collection::vec(proptest::sample::select(b"aZ09 .-'\x80\xff@[`{/:\n".to_vec()), 0..300), at in 0usize..310) {
            let bits = WordBits::new(&bytes);
            proptest::prop_assert_eq!(bits.run_from(at), simple_run(&bytes, at));
        }
    }
}
