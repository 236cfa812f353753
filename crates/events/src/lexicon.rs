//! What the event coder knows about a lowercase word, found with one hash
//! lookup per item of a sentence: its grammar classes and, for a word some
//! pattern names, its word id in [`Patterns`] (which gives the patterns
//! anchored on it and lets pattern words be compared as ids).

use rustc_hash::FxHashMap as HashMap;

use crate::grammar::{Classes, Grammar};
use crate::patterns::{Patterns, WordId};

/// The entry of every word the grammar or a pattern names.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    entries: HashMap<String, Entry>,
    /// By [`ends_row`] of a word's first and last bytes, the lengths
    /// (bit `min(len, 31)`) of the words with an entry; empty for no
    /// entries. Most words of a sentence have no entry, and this turns
    /// many of them away with one load instead of hashing.
    lengths_by_ends: Vec<u32>,
}

/// What the lexicon knows about one word; the default for any other.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    pub classes: Classes,
    /// The word's id among the pattern words, if a pattern names it.
    pub word: Option<WordId>,
    /// Some pattern is anchored on the word: the only items the coder
    /// tries patterns at.
    pub anchors: bool,
}

impl Lexicon {
    pub fn new(grammar: &Grammar, patterns: &Patterns) -> Lexicon {
        let mut entries: HashMap<String, Entry> = HashMap::default();
        for (word, classes) in grammar.words() {
            entries.entry(word.to_string()).or_default().classes |= classes;
        }
        for (word, id) in patterns.words() {
            let entry = entries.entry(word.to_string()).or_default();
            entry.word = Some(id);
            entry.anchors = !patterns.anchored_on_word(id).is_empty();
        }
        let mut lengths_by_ends = vec![0u32; if entries.is_empty() { 0 } else { 1024 }];
        for word in entries.keys() {
            if let Some(row) = ends_row(word.as_bytes()) {
                lengths_by_ends[row] |= length_bit(word.len());
            }
        }
        Lexicon { entries, lengths_by_ends }
    }

    /// The entry of lowercase `word`.
    #[inline]
    pub fn entry(&self, word: &str) -> Entry {
        let may_have = ends_row(word.as_bytes())
            .and_then(|row| self.lengths_by_ends.get(row))
            .is_some_and(|lengths| lengths & length_bit(word.len()) != 0);
        if !may_have {
            return Entry::default();
        }
        self.entries.get(word).copied().unwrap_or_default()
    }
}

/// The row of [`Lexicon::lengths_by_ends`] for a word's first and last
/// bytes (none for ""); any two bytes give a row, two words with the same
/// ends the same one.
#[inline]
fn ends_row(word: &[u8]) -> Option<usize> {
    Some((usize::from(*word.first()? & 31) << 5) | usize::from(*word.last()? & 31))
}

#[inline]
fn length_bit(len: usize) -> u32 {
    1 << len.min(31)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::Class;

    #[test]
    fn one_entry_holds_a_words_classes_and_its_pattern_id() {
        let grammar = Grammar::parse("g", "class\twords\npreposition\tby|to\npassive\twas\n").unwrap();
        let patterns = Patterns::parse("p", "code\tpattern\tflags\n042\tS visit+ T\t\n043\tS host+ T to\t\n").unwrap();
        let lexicon = Lexicon::new(&grammar, &patterns);
        let to = lexicon.entry("to");
        assert_eq!(to.classes, Class::Preposition.bit());
        assert!(to.word.is_some_and(|id| patterns.anchored_on_word(id).is_empty()));
        let visited = lexicon.entry("visited");
        assert_eq!(visited.classes, 0);
        assert_eq!(visited.word.map(|id| patterns.anchored_on_word(id)), Some(&[0][..]));
        assert_eq!(lexicon.entry("was"), Entry { classes: Class::Passive.bit(), word: None, anchors: false });
        assert!(visited.anchors && !to.anchors);
        assert_eq!(lexicon.entry("Visited"), Entry::default());
        assert_eq!(lexicon.entry(""), Entry::default());
        assert_eq!(Lexicon::default().entry("to"), Entry::default());
    }

    /// The entry as the map alone gives it, without the quick test.
    fn mapped(lexicon: &Lexicon, word: &str) -> Entry {
        lexicon.entries.get(word).copied().unwrap_or_default()
    }

    /// The lexicon of the embedded data, built once for every case.
    static EMBEDDED: std::sync::LazyLock<Lexicon> =
        std::sync::LazyLock::new(|| Lexicon::new(&Grammar::embedded().unwrap(), &Patterns::embedded().unwrap()));

    #[test]
    fn the_quick_test_turns_away_no_word_of_the_embedded_lexicon() {
        let lexicon = &*EMBEDDED;
        for word in lexicon.entries.keys() {
            assert_eq!(lexicon.entry(word), mapped(lexicon, word), "{word:?}");
            assert_ne!(lexicon.entry(word), Entry::default(), "{word:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_quick_test_answers_as_the_map(word in "[a-zé’'.,-]{0,9}") {
            proptest::prop_assert_eq!(EMBEDDED.entry(&word), mapped(&EMBEDDED, &word));
        }
    }
}
