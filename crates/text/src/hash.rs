//! A fast hasher for the fixed word tables (abbreviations, function
//! words) that are looked up once per word. Their keys come from the data
//! files, not from the page, so SipHash's guard against chosen keys buys
//! nothing there and costs a good share of the lookup.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A map keyed by words of a data file.
pub(crate) type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
/// A set of words of a data file.
pub(crate) type WordSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;

/// Multiply-rotate hashing, eight bytes at a time (as in rustc's FxHash).
#[derive(Clone, Copy, Default)]
pub(crate) struct WordHasher(u64);

const K: u64 = 0xf135_7aea_2e62_a9c5;

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0 ^ word).wrapping_mul(K);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        // The table picks buckets by the low bits; the product's best
        // mixed bits are the high ones.
        self.0.rotate_left(26)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_by_their_borrowed_form() {
        let mut map: WordMap<String, usize> = WordMap::default();
        for (i, word) in ["a.m.", "Gen.", "administration", "x"].iter().enumerate() {
            map.insert(word.to_string(), i);
        }
        assert_eq!(map.get("administration"), Some(&2));
        assert_eq!(map.get("Gen."), Some(&1));
        assert_eq!(map.get("gen."), None);
    }
}
