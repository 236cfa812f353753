//! A read-only map from words to small values, for the few hundred words of
//! the lexicon asked about nearly every capitalised word of a text.
//!
//! A general hash map hashes every byte of the word and compares it in
//! full. Here a word is packed into one `u64` with its length: words of up
//! to eight bytes are told apart by that number alone, longer ones compare
//! only their bytes past the eighth, and only when the number matches.

/// The slots of an open-addressing table: each holds a packed key and the
/// index of its word, or [`EMPTY`].
#[derive(Clone, Debug)]
pub(crate) struct WordTable<V> {
    slots: Vec<Slot>,
    /// The words in the order they were given, with their values.
    words: Vec<(Box<str>, V)>,
    /// How far right the hash is shifted to index `slots`.
    shift: u32,
}

#[derive(Clone, Copy, Debug)]
struct Slot {
    key: u64,
    len: u32,
    word: u32,
}

const EMPTY: u32 = u32::MAX;

impl<V> Default for WordTable<V> {
    fn default() -> WordTable<V> {
        WordTable::of(Vec::new())
    }
}

impl<V> WordTable<V> {
    /// The table of `words`, each given once.
    pub fn of(words: Vec<(Box<str>, V)>) -> WordTable<V> {
        // At most a quarter full: most words are found, or found missing,
        // at their first slot.
        let size = (4 * words.len()).next_power_of_two().max(2);
        let mut table = WordTable {
            slots: vec![Slot { key: 0, len: 0, word: EMPTY }; size],
            words,
            shift: 64 - size.trailing_zeros(),
        };
        for w in 0..table.words.len() {
            let bytes = table.words[w].0.as_bytes();
            let (key, len) = (packed(bytes), bytes.len() as u32);
            let mut s = table.home(key, len);
            while table.slots[s].word != EMPTY {
                s = (s + 1) & (size - 1);
            }
            table.slots[s] = Slot { key, len, word: w as u32 };
        }
        table
    }

    /// The value of `word`, if the table holds it.
    #[inline(always)]
    pub fn get(&self, word: &str) -> Option<&V> {
        let bytes = word.as_bytes();
        let (key, len) = (packed(bytes), bytes.len() as u32);
        let mask = self.slots.len() - 1;
        let mut s = self.home(key, len);
        loop {
            let slot = self.slots[s];
            if slot.word == EMPTY {
                return None;
            }
            if slot.key == key && slot.len == len {
                let (listed, value) = &self.words[slot.word as usize];
                // Words of eight bytes or fewer are their key.
                if bytes.len() <= 8 || listed.as_bytes()[8..] == bytes[8..] {
                    return Some(value);
                }
            }
            s = (s + 1) & mask;
        }
    }

    /// The words and their values, in the order given.
    #[cfg(test)]
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.words.iter().map(|(w, v)| (&**w, v))
    }

    #[inline(always)]
    fn home(&self, key: u64, len: u32) -> usize {
        let mixed = (key ^ u64::from(len).rotate_right(8)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (mixed >> self.shift) as usize
    }
}

/// A number that, with the length, tells apart every word of up to eight
/// bytes: its first eight bytes, or for shorter words bytes read so that
/// together they cover the word (they may overlap).
#[inline(always)]
fn packed(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let u32_at = |i: usize| u64::from(u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]));
    match n {
        0 => 0,
        1..=3 => u64::from(bytes[0]) | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]) << 16,
        4..=7 => u32_at(0) | u32_at(n - 4) << 32,
        _ => u64::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7]]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The table answers as a search of its words does, for listed words,
        /// words near them (sharing the first eight bytes) and any others.
        #[test]
        fn answers_as_a_search_does(
            words in proptest::collection::vec("[a-cA-C.\\-]{0,12}|\\PC{0,10}", 0..40),
            asked in "[a-cA-C.\\-]{0,12}|\\PC{0,10}",
            pick in 0usize..40,
        ) {
            let mut listed: Vec<(Box<str>, usize)> = Vec::new();
            for w in &words {
                if !listed.iter().any(|(l, _)| **l == **w) {
                    listed.push((w.as_str().into(), listed.len()));
                }
            }
            let search = |word: &str| listed.iter().find(|(l, _)| **l == *word).map(|(_, v)| *v);
            let table = WordTable::of(listed.clone());
            proptest::prop_assert_eq!(table.get(&asked).copied(), search(&asked));
            if let Some((word, _)) = listed.get(pick % listed.len().max(1)) {
                proptest::prop_assert_eq!(table.get(word).copied(), search(word));
            }
        }
    }

    #[test]
    fn short_words_are_told_apart_by_their_key() {
        let table = WordTable::of(vec![("ab".into(), 1), ("ba".into(), 2), ("abc".into(), 3), ("".into(), 4), ("Minister".into(), 5)]);
        assert_eq!(table.get("ab"), Some(&1));
        assert_eq!(table.get("ba"), Some(&2));
        assert_eq!(table.get("abc"), Some(&3));
        assert_eq!(table.get(""), Some(&4));
        assert_eq!(table.get("Minister"), Some(&5));
        assert_eq!(table.get("aab"), None);
        assert_eq!(table.get("Ministers"), None);
        assert_eq!(table.get("a"), None);
    }
}
